"""Session 28 (helper "qcont"): speech after a colon and quotation marks.

- A writer's frame before a colon that points at one person with a third-person singular
  pronoun ("ist ihm angeboren:", "will ihr nicht in den Kopf:") introduces that person's
  first-person words (``ColonBlocks._pronoun_frame_person``; tuning records gnad-0697, gnad-0731,
  shortened). The pronoun's gender decides; a frame without a person's pronoun gives no speaker.
- A plural present the tagger reads as a participle (``betonen`` VVPP) is a finite cue before its
  colon (``_no_speech_before_colon``; gnad-0760, shortened); "Genauer gesagt:" stays no cue.
- A frame naming a person before the colon introduces no speech when the words after it tell
  of that person or open with another one, not in the first person (``ColonBlocks._told_about``;
  gnad-0720, shortened): the writer goes on. A person named late in the words stays their own.
- The line a pronoun frame cites starts no chain: the writer goes on after it (forward chains
  and the learned sandwich skip it; gnad-0731, gnad-0697).
- One letter in single quotation marks is no quote ("Rock 'n' Roll", gnad-0544).
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import Quote
from tests.event_helpers import analyse_de

KNUENZ = (
    "Der Physiker Valentin Knünz forscht am Cern. Die Liebe zu großen Datenmengen ist ihm dabei "
    "scheinbar angeboren: Ich habe mich immer für Zahlen interessiert, und es war klar, dass ich "
    "in der Richtung auch etwas studieren möchte."
)

JESENSKA = (
    "Die Journalistin Milena Jesenská schrieb aus dem Gefängnis. Der Krieg will ihr nicht in den "
    "Kopf: Mein Gott, warum haben wir alle nach dem Krieg gelebt, wenn er wieder möglich ist?"
)

GENDER = (
    "Der Minister Karl Huber kam mit seiner Frau Anna Huber. Das Fest gefiel ihm: Ich bin "
    "begeistert."
)

BIFIE = (
    "13 Prozent erreichen die Standards nicht. Die Forscherinnen vom Bundesinstitut für "
    "Bildungsforschung (Bifie) betonen allerdings: Das ist weniger besorgniserregend, als es auf "
    "den ersten Blick erscheint."
)

GESAGT = (
    "13 Prozent erreichen die Standards nicht. Genauer gesagt: Das ist weniger "
    "besorgniserregend, als es auf den ersten Blick erscheint."
)

ROCK = (
    "Lemmy Kilmister war der letzte große Unbelehrbare des Rock 'n' Roll. Mit seiner Band "
    "Motörhead schrieb er Geschichte."
)


HOLMES = (
    "Der Attentäter James Holmes erschoss zwölf Menschen. Die Staatsanwaltschaft hatte die "
    "Todesstrafe angestrebt und Holmes 165 Mal angeklagt: Für jeden der zwölf Toten ist Holmes "
    "des Mordes und des Totschlags angeklagt, für jeden der 70 Verletzten des versuchten "
    "Totschlags und versuchten Mordes – ergibt 164 Fälle."
)

SCHMIDT = (
    "Der Obmann Karl Schmidt gründete die Bürgerwehr. Die Guardian Angels sind für Schmidt aber "
    "kein Vorbild: Wir machen unsere eigene Sache, und Karl Schmidt bleibt Karl Schmidt."
)


REVIEW = (
    "Die Journalistin Milena Jesenská starb 1944. Liest man Milenas Briefe aus ihren letzten, "
    "unendlich entbehrungsreichen Jahren, so sticht das wiedergewonnene Vertrauen zum Vater ins "
    "Auge. In der Widersetzlichkeit der (blutjungen) Tochter erkennt sie ihr eigenes, so schwer "
    "zu disziplinierendes Wesen wieder. Der Krieg will ihr nicht in den Kopf: Mein Gott, warum "
    "haben wir alle nach dem Krieg gelebt, wenn er wieder möglich ist? Aus den wie "
    "hingehuschten Zeilen spricht nicht nur die Angst vor der Zensur. Spürbar wird die Inventur "
    "eines Lebens: Aber wie werde ich einmal die Augen/ den Zorn der Menschen vergessen/ welchen "
    "ich begegnet bin auf all den Grenzen/ den weggebrachten Menschen, die uns nur anschauen "
    "konnten/ helfen konnten wir nicht."
)


def _quote(quotes: list[Quote], fragment: str) -> Quote:
    q = next((q for q in quotes if fragment in q.text), None)
    assert q is not None, f"no quote with {fragment!r}: {[x.text for x in quotes]}"
    return q


def test_a_pronoun_frame_introduces_the_persons_first_person_words(
    nlp_de_trained: Any,
) -> None:
    q = _quote(analyse_de(KNUENZ, nlp_de_trained).quotes, "Ich habe mich immer")
    assert q.kind == "direct"
    assert q.text.startswith("Ich habe mich immer")
    assert q.speaker is not None and q.speaker.name == "Valentin Knünz"
    q = _quote(analyse_de(JESENSKA, nlp_de_trained).quotes, "Mein Gott")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Milena Jesenská"


def test_the_frame_pronouns_gender_chooses_the_person(nlp_de_trained: Any) -> None:
    q = _quote(analyse_de(GENDER, nlp_de_trained).quotes, "Ich bin begeistert")
    assert q.speaker is not None and q.speaker.name == "Karl Huber"


def test_a_plural_present_read_as_a_participle_is_a_cue(nlp_de_trained: Any) -> None:
    q = _quote(analyse_de(BIFIE, nlp_de_trained).quotes, "weniger besorgniserregend")
    assert q.kind == "direct"
    assert q.text.startswith("Das ist weniger")


def test_a_bare_participle_before_a_colon_stays_no_cue(nlp_de_trained: Any) -> None:
    quotes = analyse_de(GESAGT, nlp_de_trained).quotes
    assert not any("weniger besorgniserregend" in q.text for q in quotes)


def test_one_letter_in_quotation_marks_is_no_quote(nlp_de_trained: Any) -> None:
    quotes = analyse_de(ROCK, nlp_de_trained).quotes
    assert not any(q.text == "n" for q in quotes), [q.text for q in quotes]


def test_a_frame_whose_words_tell_of_the_person_is_the_writers(nlp_de_trained: Any) -> None:
    quotes = analyse_de(HOLMES, nlp_de_trained).quotes
    assert not any(q.kind == "direct" and "Für jeden der zwölf Toten" in q.text for q in quotes), [
        q.text for q in quotes
    ]


def test_first_person_words_after_a_named_frame_stay_the_persons(nlp_de_trained: Any) -> None:
    q = _quote(analyse_de(SCHMIDT, nlp_de_trained).quotes, "Wir machen unsere eigene Sache")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Karl Schmidt"


def test_the_line_a_pronoun_frame_cites_starts_no_chain(nlp_de_trained: Any) -> None:
    quotes = analyse_de(REVIEW, nlp_de_trained).quotes
    q = _quote(quotes, "Mein Gott")
    assert q.speaker is not None and q.speaker.name == "Milena Jesenská"
    assert not any("hingehuschten Zeilen" in q.text for q in quotes)
