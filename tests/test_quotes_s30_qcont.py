"""Session 30 (helper "qcont"): one rule decides the speaker's own subject of a verb of saying
(``guards.own_subject``): the cue rule (``VerbCues._first_person_subject``: "Also können wir
nicht sagen, dass …" is no author's cue) and the frame before a colon
(``ColonBlocks._own_frame``: "Da habe ich mir gesagt: …", "…, und du bekommst alles …
mitgeteilt: …", the whole sentence one quote of the speaker who goes on) both ask it; the frame
counts the listener's "du" too. Sentences of tuning records gnad-0578, gnad-0131 and
session 29's test, and sentences written for the guards."""

from __future__ import annotations

from typing import Any

from newsgraph.quotes.guards import own_subject
from newsgraph.quotes.text import Token, tokenize
from tests.event_helpers import analyse_de


def _toks(sentence: str, participle: str | None = None) -> list[Token]:
    toks = tokenize(sentence, 0)
    for t in toks:
        if t.text == participle:
            t.tag = "VVPP"
    return toks


def _ask(sentence: str, verb: str, addressed: bool = False, participle: bool = False) -> bool:
    toks = _toks(sentence, verb if participle else None)
    i = next(k for k, t in enumerate(toks) if t.text == verb)
    end = next((k for k, t in enumerate(toks) if t.text in (",", ":")), len(toks))
    start = max((k + 1 for k, t in enumerate(toks[:i]) if t.text == ","), default=0)
    return own_subject(toks, (start, end), i, addressed=addressed)


def test_a_first_person_before_the_verb_is_the_speakers_own() -> None:
    assert _ask("Da habe ich mir gesagt: Da muss was geschehen.", "gesagt", participle=True)
    assert _ask("Also können wir nicht sagen, dass es besser wird.", "sagen")
    assert _ask("Dann sagte ich, es sei zu spät.", "sagte")  # right after the verb


def test_the_listener_counts_only_for_a_frame() -> None:
    frame = "Und du bekommst alles nur im Fernsehen mitgeteilt: Ja, wo samma denn?"
    assert not _ask(frame, "mitgeteilt", participle=True)
    assert _ask(frame, "mitgeteilt", addressed=True, participle=True)


def test_a_passive_first_person_is_the_one_spoken_to() -> None:
    sentence = "Im Restaurant wurde ich dreimal gefragt, ob ich noch etwas wünsche."
    assert not _ask(sentence, "gefragt", participle=True)
    assert not _ask(sentence, "gefragt", addressed=True, participle=True)


def test_a_third_person_subject_is_an_authors_cue() -> None:
    assert not _ask("Der Minister sagte: Das wird teuer.", "sagte", addressed=True)
    # a first person in another clause of the sentence is not the cue's subject
    assert not _ask("Wir kamen spät, sagte der Trainer: Das war schlecht.", "sagte")


# -- reflexive frames before a colon that report a finding, not words (session 30) ----------


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


def test_an_impersonal_sich_zeigen_before_a_colon_introduces_no_words(nlp_de_trained: Any) -> None:
    # written for the test, after the shape of a record of 10kGNAD lines 300-801
    text = (
        "Das Spiel startet nach jeder Unterbrechung neu. Was dies bedeutet, zeigte sich im "
        "Test: Insgesamt dreimal verlor das Spiel die Verbindung zum Server."
    )
    assert not any(k == "direct" for k, _, _ in _quotes(text, nlp_de_trained))


def test_readers_shocked_before_a_colon_are_no_speakers(nlp_de_trained: Any) -> None:
    # 10kGNAD records 0-299 (the Boulevard paper's photograph): the writer says what shocked
    text = (
        "Leser des Boulevardblatts zeigten sich am Freitag beim Aufschlagen der Zeitung "
        "entsetzt: Auf Seite 3 war ein Bild der toten Körper auf der Ladefläche zu sehen."
    )
    assert not any(k == "direct" for k, _, _ in _quotes(text, nlp_de_trained))


def test_a_reflexive_bestaetigen_before_a_colon_is_a_finding(nlp_de_trained: Any) -> None:
    text = (
        "Das Handy wird beim Spielen warm. Dies bestätigt sich auch in einer Reihe von "
        "Benchmarks: So kommt das Gerät bei Antutu auf etwas mehr als 56.000 Punkte."
    )
    assert not any(k == "direct" for k, _, _ in _quotes(text, nlp_de_trained))


def test_a_person_who_shows_an_attitude_before_a_colon_speaks(nlp_de_trained: Any) -> None:
    # the guard: "Danach zeigte sich Djokovic sehr selbstkritisch: Ich habe …" (gnad-0210)
    text = (
        "Der Minister Hans Müller sprach in Wien. Danach zeigte sich Müller sehr "
        "selbstkritisch: Ich habe das Match praktisch geschenkt."
    )
    quotes = _quotes(text, nlp_de_trained)
    assert ("direct", "Ich habe das Match praktisch geschenkt.", "Hans Müller") in quotes, quotes


def test_sich_befinden_is_no_cue(nlp_de_trained: Any) -> None:
    # gnad-0788: "soll sich … auf der Liste befinden" was a cue of Kohl's for the next sentence
    text = (
        "Denn schon ein Vertrauter des früheren Bundeskanzlers Helmut Kohl soll sich laut "
        "Süddeutscher Zeitung auf der Liste befinden. Die NSA soll ein besonderes Interesse an "
        "der Finanzpolitik gehegt haben."
    )
    quotes = _quotes(text, nlp_de_trained)
    assert not any(s == "Helmut Kohl" for _, _, s in quotes), quotes


# -- a post-posed verb and subject after a fronted adverbial or condition (session 30) -------


def test_a_fronted_participle_before_a_verb_that_says_nothing_is_no_quote(
    nlp_de_trained: Any,
) -> None:
    # gnad-0731 (a portrait of Milena Jesenská), gnad-0363 (a review of an Iggy Pop album)
    for text in (
        "Die Journalistin Milena Jesenská lebte in Wien. Zurückgekehrt nach Prag, schloss sie "
        "sich in den späten 1920ern Avantgardezirkeln an.",
        "Der Sänger Iggy Pop nahm ein Album auf. Dorthin, nach West-Berlin, begleitete er Ende "
        "der 1970er-Jahre seinen Freund David Bowie.",
    ):
        quotes = _quotes(text, nlp_de_trained)
        assert not any(k == "direct" for k, _, _ in quotes), quotes


def test_a_verb_first_condition_before_the_main_clause_is_no_quote(nlp_de_trained: Any) -> None:
    # gnad-0601, shortened
    text = (
        "Der Musiker Krzysztof Dobrek spielt Akkordeon. Trägt er allerdings den Wunsch in sich, "
        "eine CD mit dem New Yorker aufzunehmen, steht er vor einem gewissen Dilemma."
    )
    assert not any(k == "direct" for k, _, _ in _quotes(text, nlp_de_trained))


def test_a_verbless_answer_or_an_imperative_before_the_cue_stays(nlp_de_trained: Any) -> None:
    # gnad-0341 and gnad-0018: the gold's direct quotes
    quotes = _quotes(
        "Der Politiker Harald Mahrer sprach in Wien. Zu früh, winkt Mahrer ab.", nlp_de_trained
    )
    assert ("direct", "Zu früh", "Harald Mahrer") in quotes, quotes
    quotes = _quotes(
        "Der Analyst James Butterfill sprach in London. Kaufen Sie Kupfer!, schließt er.",
        nlp_de_trained,
    )
    assert any(k == "direct" and t.startswith("Kaufen Sie Kupfer") for k, t, _ in quotes), quotes


# -- an unnamed group's words before a post-posed cue are reported (session 30) ---------------


def test_words_of_a_bare_plural_subject_are_reported(nlp_de_trained: Any) -> None:
    # gnad-0199 and gnad-0355 (the gold reads both as reported speech)
    for text, words in (
        (
            "Die Chefs legten ein Papier vor. Der Kompromiss ist in Wahrheit schon ziemlich "
            "fertig, sagten EU-Abgeordnete, die bei den Vorverhandlungen dabei waren.",
            "Der Kompromiss ist in Wahrheit schon ziemlich fertig",
        ),
        (
            "Die Küstenwache fand fünf Tote. Noch unklar ist die Todesursache, berichteten "
            "italienische Medien.",
            "Noch unklar ist die Todesursache",
        ),
    ):
        quotes = _quotes(text, nlp_de_trained)
        assert any(k == "indirect" and t == words for k, t, _ in quotes), quotes
        assert not any(k == "direct" for k, _, _ in quotes), quotes


def test_words_of_a_definite_or_counted_group_stay_direct(nlp_de_trained: Any) -> None:
    # gnad-0213 and gnad-0146: the gold's direct quotes
    quotes = _quotes(
        "Die Griechen protestieren. Raus aus diesem Europa, sagen die Enttäuschten.",
        nlp_de_trained,
    )
    assert any(k == "direct" and t == "Raus aus diesem Europa" for k, t, _ in quotes), quotes
    quotes = _quotes(
        "In Bath kreisen Möwen. Der Lärm war nicht auszuhalten, berichtet eine Stadtverordnete.",
        nlp_de_trained,
    )
    assert any(k == "direct" and t == "Der Lärm war nicht auszuhalten" for k, t, _ in quotes), (
        quotes
    )
