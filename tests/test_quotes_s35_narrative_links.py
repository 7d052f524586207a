"""Session 35 (helper "qchain"): the backward chain takes plain statements before a speaker's
cue sentence as the opening of their words; a sentence opened by a narrative link ("Darüber
hinaus werden …", "Dann wird diskutiert …") goes on with the narration before it and opens
nobody's words (``chain_openers.opens_with_link`` in ``StatementPasses.backward_pass``).
Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0424 (tuning gnad-0333) and
10kgnad-test-0127 (tuning gnad-0107); the guard is written for the test."""

from __future__ import annotations

from typing import Any

from newsgraph.quotes.chain_openers import opens_with_link
from newsgraph.quotes.text import tokenize
from tests.event_helpers import analyse_de


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "direct"
    ]


def test_links_are_read_at_the_start_only() -> None:
    assert opens_with_link(tokenize("Darüber hinaus werden die Kulturforen eingegliedert."))
    assert opens_with_link(tokenize("Bis dato hat die Finanz auf Granit gebissen."))
    assert not opens_with_link(tokenize("Es wird dann diskutiert."))
    assert not opens_with_link(tokenize("Bis 2019 sollen 39 Millionen Euro eingespart werden."))


def test_a_linked_sentence_before_the_cue_is_the_writers(nlp_de_trained: Any) -> None:
    text = (
        "Außenminister Sebastian Kurz schließt die Botschaften in Estland, Litauen und Lettland. "
        "Gleichzeitig sollen nicht mehr benötigte Objekte verkauft und bei Mieten für "
        "Botschaftsgebäude und Amtswohnungen nachjustiert werden. Darüber hinaus werden die "
        "bisher selbstständigen Kulturforen in Budapest, London, Rom und Warschau in die "
        "Botschaften eingegliedert. Wie andere Ministerien auch, stehen wir unter "
        "Einsparungsdruck, sagte der Minister."
    )
    quotes = _direct(text, nlp_de_trained)
    assert any(t.startswith("Wie andere Ministerien auch") for t, _s in quotes)
    assert not any(t.startswith("Darüber hinaus") for t, _s in quotes)


def test_a_linked_event_before_first_person_words_is_the_writers(nlp_de_trained: Any) -> None:
    text = (
        "Initiativen und Privatpersonen sind eingeladen, sich in maximal dreiminütigen "
        "Impulsreferaten vorzustellen und ihre Vision zu formulieren. Dann wird diskutiert und "
        "vernetzt – und damit die Basis für weitere Veranstaltungen geschaffen. Wir wollen "
        "einfach einmal schauen, was passiert, erläutert Kurator Günter Mayer."
    )
    quotes = _direct(text, nlp_de_trained)
    assert any(t.startswith("Wir wollen einfach") for t, _s in quotes)
    assert not any(t.startswith("Dann wird diskutiert") for t, _s in quotes)


def test_a_first_person_sentence_with_a_link_still_opens_the_words(nlp_de_trained: Any) -> None:
    # the link does not matter where the sentence speaks in the first person
    text = (
        "Der Trainer war nach dem Spiel erleichtert. Danach haben wir das Spiel besser "
        "kontrolliert. Wir sind froh über den Punkt, sagte Trainer Peter Stöger."
    )
    assert ("Danach haben wir das Spiel besser kontrolliert.", "Peter Stöger") in _direct(
        text, nlp_de_trained
    )
