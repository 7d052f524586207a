"""Session 15: direct speech that the corpus printed without quotation marks. Sentences written
for the tests; token-level checks set the tagger's tag and lemma by hand, the pipeline checks
run the shipped model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.quotes import mood
from newsgraph.quotes.lexicon import load
from newsgraph.quotes.text import tokenize
from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


def _tagged(sentence: str, tags: dict[str, tuple[str, str | None, str | None]]) -> list[Any]:
    """The tokens of a sentence with tag, lemma and tense set on the words named."""
    toks = tokenize(sentence, 0)
    for t in toks:
        if t.text in tags:
            t.tag, t.lemma, t.tense = tags[t.text]
    return toks


def test_a_present_plural_that_is_its_own_lemma_is_no_preterite() -> None:
    # "unterhalten", "arbeiten": a finite verb in -ten equal to its infinitive is a present
    # plural; a weak preterite in -ten ("bewegten", lemma "bewegen") may stand in for a
    # Konjunktiv II and still counts
    present = _tagged(
        "Alle unterhalten sich über das Spiel",
        {"unterhalten": ("VVFIN", "unterhalten", None)},
    )
    assert not mood.weak_preterite_plural(present)
    past = _tagged("Die Staaten bewegten sich", {"bewegten": ("VVFIN", "bewegen", None)})
    assert mood.weak_preterite_plural(past)
    # without a lemma the tag and the ending alone decide, as before
    no_lemma = _tagged(
        "Alle unterhalten sich über das Spiel", {"unterhalten": ("VVFIN", None, None)}
    )
    assert mood.weak_preterite_plural(no_lemma)


def test_a_noun_opening_its_clause_before_the_verb_is_no_konjunktiv() -> None:
    # "Teile", "Ende" are Konjunktiv I forms of "teilen", "enden" too; read as a noun by the
    # tagger and followed by the clause's finite verb they are the subject or an adverbial
    lex = load("de")
    noun = _tagged(
        "Teile von Tigern sind in Asien begehrt",
        {"Teile": ("NN", "Teil", None), "sind": ("VAFIN", "sein", "Pres")},
    )
    assert not mood.konj1(noun, lex)
    time = _tagged(
        "Ende Juni muss Athen Kredite zurückzahlen",
        {"Ende": ("NN", "Ende", None), "muss": ("VMFIN", "müssen", "Pres")},
    )
    assert not mood.konj1(time, lex)
    # a verb-first Konjunktiv with no other finite verb in its clause stays one, whatever the
    # tagger reads ("Komme …, werde …": the next clause's verb says nothing)
    verb_first = _tagged(
        "Komme in den nächsten Wochen nichts heraus, werde man handeln",
        {"Komme": ("NN", "Komme", None), "werde": ("VAFIN", "werden", "Pres")},
    )
    assert mood.konj1(verb_first, lex)


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_indicative_speech_with_a_present_plural_before_its_cue(german_nlp: Any) -> None:
    text = (
        "Wien – Der Trainer Peter Huber war nach dem Training zufrieden. Alle brennen und "
        "unterhalten sich ständig darüber, wie sie den Gegner besiegen können, sagte Huber."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Alle brennen")
    assert q.kind == "direct" and _speaker(q) == "Peter Huber"


def test_speech_opening_with_a_noun_that_looks_like_a_konjunktiv(german_nlp: Any) -> None:
    text = (
        "Wien – Die Tierschützerin Anna Berger stellte am Montag einen Bericht vor. Teile von "
        "Nashörnern sind in Asien sehr begehrt und werden noch immer verkauft, sagte Berger."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Teile von Nashörnern")
    assert q.kind == "direct" and _speaker(q) == "Anna Berger"


def test_first_person_words_after_a_colon_closing_a_sentence_that_names_one_person(
    german_nlp: Any,
) -> None:
    # "X ist nachdenklich: Ich …": no verb of saying, but the sentence before the colon names
    # one person and what follows speaks in the first person
    text = (
        "Graz – Die Weinberge liegen ruhig in der Sonne. Der Winzer Reinhold Berger ist "
        "nachdenklich: Ich habe den ersten Tag selbst miterlebt. Die Trauben sind reif."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Ich habe den ersten Tag")
    assert q.kind == "direct" and _speaker(q) == "Reinhold Berger"
    assert "nachdenklich" not in q.text
    text = (
        "Wien – In Wien gibt es neue Bürgerwehren. Die Stadtwache ist für Mario Gruber aber kein "
        "Vorbild: Wir machen unsere eigene Sache. Die Gruppe wurde 1979 gegründet."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Wir machen unsere eigene Sache")
    assert q.kind == "direct" and _speaker(q) == "Mario Gruber"


def test_no_first_person_frame_for_two_persons_or_for_third_person_words(
    german_nlp: Any,
) -> None:
    two = (
        "Graz – Die Weinberge liegen ruhig in der Sonne. Der Winzer Reinhold Berger traf am "
        "Montag Anna Huber: Ich habe den ersten Tag selbst miterlebt. Die Trauben sind reif."
    )
    assert not [q for q in _pipeline_quotes(two, german_nlp) if "ersten Tag" in q.text]
    third = (
        "Graz – Die Weinberge liegen ruhig in der Sonne. Der Winzer Reinhold Berger ist "
        "nachdenklich: Die Ernte beginnt im September. Die Trauben sind reif."
    )
    assert not [q for q in _pipeline_quotes(third, german_nlp) if "Ernte" in q.text]


def test_colon_speech_with_its_own_cue_after_it_keeps_the_cue_out(german_nlp: Any) -> None:
    text = (
        "Berlin – Das Team spielte schwach. Joachim Berger gab ihm recht: Wie wir gespielt "
        "haben, das ist nicht unser Anspruch, sagte der frühere Trainer."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Wie wir gespielt haben")
    assert q.kind == "direct" and "sagte" not in q.text


def test_a_later_answer_that_reports_others_is_the_interviewees_and_goes_on(
    german_nlp: Any,
) -> None:
    # "Bösch: Es gibt Leute, die sagen, das Smartphone sei auserzählt." — the report inside
    # stays; the whole sentence and the rest of the answer are the interviewee's
    text = (
        "Wien – Der Entwickler Marcus Berger spricht über Spiele. STANDARD: Was ist ein "
        "Newsgame? Berger: Ein Newsgame ist ein Spiel, das Nachrichten erklärt. STANDARD: Kann "
        "sich das noch steigern? Berger: Es gibt schon seit Jahren Leute, die sagen, das "
        "Smartphone sei technologisch auserzählt. Was man immer machen kann, ist, die Qualität "
        "zu verbessern. Auch die Brillen weisen noch einen spannenden Weg."
    )
    qs = _pipeline_quotes(text, german_nlp)
    whole = _by_text(qs, "Es gibt schon seit Jahren Leute")
    assert whole.kind == "direct" and _speaker(whole) == "Marcus Berger"
    assert any(q.kind == "indirect" and q.text.startswith("das Smartphone sei") for q in qs)
    for fragment in ("Was man immer machen kann", "Auch die Brillen"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Marcus Berger"


def test_a_name_label_not_introduced_before_speaks_first_person_words(german_nlp: Any) -> None:
    # "Fink: Wenn wir …" — the label's name appears here first; the first person after it
    # shows the label speaks (a third-person sentence after such a name stays unread)
    text = (
        "Wien – Der LASK reist als Außenseiter nach Wien. An der Favoritenrolle der Austria "
        "ändert sich nichts. Fink: Wenn wir unsere Leistung bringen, dann werden wir eine "
        "Runde weiter kommen. Das Spiel beginnt um 19 Uhr."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Wenn wir unsere Leistung")
    assert q.kind == "direct" and _speaker(q) == "Fink"
    third = (
        "Wien – Der LASK reist als Außenseiter nach Wien. An der Favoritenrolle der Austria "
        "ändert sich nichts. Fink: Die Mannschaft reist am Dienstag an. Das Spiel beginnt um "
        "19 Uhr."
    )
    assert not [q for q in _pipeline_quotes(third, german_nlp) if "Mannschaft reist" in q.text]


def test_joy_and_making_clear_as_post_posed_cues(german_nlp: Any) -> None:
    text = (
        "Wien – Die Skispringerin Daniela Huber gewann am Samstag in Villach. Ich bin total "
        "glücklich, freute sich Huber. Würden alle Abfälle in Lkws geladen, ergibt das eine "
        "Kolonne bis Bregenz, verdeutlichte die Expertin Ulla Berger."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Ich bin total glücklich")
    assert q.kind == "direct" and _speaker(q) == "Daniela Huber" and "freute" not in q.text
    q = _by_text(qs, "Würden alle Abfälle")
    assert q.kind == "direct" and _speaker(q) == "Ulla Berger" and "verdeutlichte" not in q.text
    # joy without content after it tells no speech
    plain = "Wien – Die Skispringerin Daniela Huber gewann. Sie freute sich über den Sieg."
    assert not _pipeline_quotes(plain, german_nlp)


def test_a_writers_lead_in_before_a_colon_stays_out_of_the_speech(german_nlp: Any) -> None:
    # an organisation's present-tense clause or a verbless connective before the colon is the
    # writer's; the speech before the post-posed cue starts after the colon
    text = (
        "Wien – Bürgerwehren sorgen für Aufsehen. Die Polizei beobachtet die Entwicklungen mit "
        "kritischem Blick: Dass jemand paramilitärisch herumgeht, davon halten wir sehr wenig, "
        "sagt Hans Gruber von der Polizei Wien. Der Bahnhof ist voll. Allerdings: Der Bahnhof "
        "ist kein Flughafen, den man absperren kann, sagte Gruber."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Dass jemand paramilitärisch")
    assert q.kind == "direct" and q.text.startswith("Dass jemand")
    q = _by_text(qs, "kein Flughafen")
    assert q.text.startswith("Der Bahnhof ist kein Flughafen")
    # a lead-in with a finite verb and no party named stays the speaker's ("Schön war: …")
    own = (
        "Wien – Die Aufnahmen dauerten eine Woche. Schön war: Während wir schon zufrieden "
        "waren, wollte er noch einmal aufnehmen, sagte der Musiker Karl Huber."
    )
    q = _by_text(_pipeline_quotes(own, german_nlp), "Während wir schon zufrieden")
    assert q.text.startswith("Schön war")


def test_a_short_inverted_clause_closing_uncued_speech_is_cut_off(german_nlp: Any) -> None:
    # "…, ist er optimistisch.", "…, war die Skispringerin selbst überrascht." close a
    # first-person sentence that no verb of saying marks: the clause frames the speech
    text = (
        "Wien – Der Richter Walter Berger sprach am Montag. Ich bin kein Pistolero, sagte "
        "Berger. Ich habe nicht den Eindruck, dass eine Mehrheit den Ausschuss abdrehen will, "
        "ist er optimistisch."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Ich habe nicht den Eindruck")
    assert q.text.endswith("abdrehen will") and _speaker(q) == "Walter Berger"
    # after a fronted clause the verb after the comma is the speech's own main verb
    fronted = (
        "Wien – Der Minister Karl Huber sprach am Montag. Es ist ernst, sagte Huber. Bei allen "
        "Projekten, die ich gemacht habe, ist die Partei mitgegangen."
    )
    q = _by_text(_pipeline_quotes(fronted, german_nlp), "Bei allen Projekten")
    assert q.text.endswith("mitgegangen.")


def test_speech_before_an_inverted_cue_with_a_second_predicate_after_it(
    german_nlp: Any,
) -> None:
    # "…, sagte X und fügte hinzu, …", "…, erklärte X – mit der Auflage, …": the clause after
    # hangs on the second predicate; the speech before the cue is found as well
    text = (
        "Genf – Der Berichterstatter Karl Berger legte einen Bericht vor. Die Lage ist leider "
        "sehr ernst, sagte Berger und fügte hinzu, die Schuldigen würden nicht bestraft. Ich "
        "habe den klaren Auftrag bekommen, sagte Berger – mit der Auflage, keine Koalition zu "
        "bilden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Lage ist leider sehr ernst")
    assert q.kind == "direct" and _speaker(q) == "Karl Berger"
    assert any(x.kind == "indirect" and "Schuldigen" in x.text for x in qs)
    q = _by_text(qs, "Ich habe den klaren Auftrag")
    assert q.kind == "direct" and _speaker(q) == "Karl Berger"
    # a clause right after the cue is its content alone ("Zur Frage, ob …, sagte X, dies sei …")
    frame = (
        "Wien – Der Minister Karl Berger sprach. Zur Frage, ob es Neuwahlen gebe, sagte Berger, "
        "dies sei nicht der Fall."
    )
    assert [q.text for q in _pipeline_quotes(frame, german_nlp)] == ["dies sei nicht der Fall"]
