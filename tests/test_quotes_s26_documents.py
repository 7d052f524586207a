"""Session 26 (helper "qdocs"): documents quoted in full (``quotes/quoted_documents.py``).

Reported speech that an impersonal cue gives to a document ("…, heißt es in dem Schreiben") and
that addresses its reader in the second person is the document's own wording: direct speech
(gnad-0610, where the statement follows a colon that closes the writer's frame). Its speaker is
the owner the text named with the document before (the owned-document registry of
``SpeakerPhrases``, the same one that ``laut der Studie`` uses), else the subject of the frame
before the colon. And (``colon_blocks._generic_frame``) a general statement with the generic
"man" after a colon that closes a sentence naming one person is that person's (gnad-0772,
gnad-0446). Excerpts of tuning-set records (shortened) and sentences written for the tests; the
whole pipeline."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Quote
from tests.event_helpers import analyse_de

KASSE = (
    "Flüchtlingshelfer bestraft. "
    "Und das, obwohl die Niederösterreichische Gebietskrankenkasse, die den Vorwurf ebenfalls "
    "geprüft hat, keinen Verstoß festgestellt hat, alteriert sich der ehrenamtliche "
    "Flüchtlingshelfer. Wirklich hat die Kasse bereits am 14. April 2014 Entwarnung gegeben: "
    "Die monetären Zahlungsflüsse zwischen Ihnen und Herrn Mohammed H. waren karitativer bzw. "
    "altruistischer Natur, heißt es in dem diesbezüglichen Schreiben. Konkret war zwischen "
    "Spindler und H. eine Summe von 110 Euro geflossen."
)

CARITAS = (
    "Die Caritas hat den Fall geprüft. Schon im April hat die Caritas Entwarnung gegeben: "
    "Die Zahlungen zwischen Ihnen und Herrn H. waren karitativer Natur, heißt es in dem Schreiben."
)

OWNED = (
    "Ein Brief von Bürgermeister Hans Huber an die Caritas ist aufgetaucht. Die Caritas hat ihn "
    "am Montag veröffentlicht: Die Zahlungen zwischen Ihnen und Herrn H. waren karitativer "
    "Natur, heißt es in dem Brief."
)


def _quote(quotes: list[Quote], fragment: str) -> Quote:
    q = next((q for q in quotes if fragment in q.text), None)
    assert q is not None, f"no quote with {fragment!r}: {[x.text for x in quotes]}"
    return q


def test_a_document_that_addresses_its_reader_is_quoted_directly(nlp_de_trained: Any) -> None:
    quotes = analyse_de(KASSE, nlp_de_trained).quotes
    q = _quote(quotes, "Die monetären Zahlungsflüsse")
    assert q.kind == "direct"
    assert q.text.endswith("altruistischer Natur")  # the cue is not part of it
    # the writer's account after it stays the writer's
    assert not any("110 Euro" in x.text for x in quotes)


def test_the_speaker_is_the_subject_of_the_frame_before_the_colon(nlp_de_trained: Any) -> None:
    q = _quote(analyse_de(CARITAS, nlp_de_trained).quotes, "Die Zahlungen zwischen Ihnen")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Caritas"


def test_the_speaker_is_the_owner_of_the_document_named_before(nlp_de_trained: Any) -> None:
    # the letter's owner named before wins over the subject of the frame (who published it)
    q = _quote(analyse_de(OWNED, nlp_de_trained).quotes, "Die Zahlungen zwischen Ihnen")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Hans Huber"


def test_without_the_second_person_or_a_document_it_stays_reported(nlp_de_trained: Any) -> None:
    # no one addressed: a past-tense sentence before "heißt es in …" stays reported speech
    plain = CARITAS.replace("zwischen Ihnen und Herrn H. ", "")
    assert _quote(analyse_de(plain, nlp_de_trained).quotes, "Die Zahlungen waren").kind == (
        "indirect"
    )
    # a bare "heißt es" names no document: hearsay, not a document's wording
    bare = CARITAS.replace(", heißt es in dem Schreiben.", ", heißt es.")
    assert _quote(analyse_de(bare, nlp_de_trained).quotes, "Die Zahlungen zwischen").kind == (
        "indirect"
    )


def test_the_konjunktiv_keeps_an_addressed_document_reported(nlp_de_trained: Any) -> None:
    text = CARITAS.replace("zwischen Ihnen und Herrn H. waren", "an Sie seien").replace(
        "Natur,", "Natur gewesen,"
    )
    q = _quote(analyse_de(text, nlp_de_trained).quotes, "Die Zahlungen an Sie seien")
    assert q.kind == "indirect"


# colon_blocks._generic_frame: a general statement with the generic "man" after a colon that
# closes a sentence naming one person is that person's maxim (gnad-0772, gnad-0446)
HOEKSTRA = (
    "Wasser wird knapp. "
    "Der Wissenschafter Arjen Hoekstra untersucht den Wasserverbrauch. Kein Verständnis kann "
    "Hoekstra für die Entscheidung aufbringen, aus Pflanzen Treibstoffe zu erzeugen, anstatt "
    "diese Agrarflächen zur Produktion von Nahrung einzusetzen: Das ist die dümmste Idee, die "
    "man sich nur vorstellen kann."
)


def test_a_maxim_with_man_after_a_frame_naming_one_person_is_theirs(nlp_de_trained: Any) -> None:
    q = _quote(analyse_de(HOEKSTRA, nlp_de_trained).quotes, "Das ist die dümmste Idee")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Arjen Hoekstra"


def test_no_maxim_without_one_named_person_or_in_the_past(nlp_de_trained: Any) -> None:
    # a pronoun alone does not say whose words follow (gnad-0279: the first name before it is
    # no entity, and the person named before is someone else)
    pronoun = (
        "Die Studentin Melanie Huber ist aus Berlin angereist. Ein Nachbar aus München sieht es "
        "genauso, aber dennoch stört ihn die massive Polizeipräsenz: Man kann ja keinen Schritt "
        "tun, ohne auf Polizei zu stoßen."
    )
    quotes = analyse_de(pronoun, nlp_de_trained).quotes
    assert not any("keinen Schritt" in q.text for q in quotes)
    # the writer's account in the past tense
    past = HOEKSTRA.replace(
        "Das ist die dümmste Idee, die man sich nur vorstellen kann.",
        "Das hatte man schon 2010 beschlossen.",
    )
    assert not any("2010" in q.text for q in analyse_de(past, nlp_de_trained).quotes)
