"""Session 30 (helper "qcont"): one rule decides the speaker's own subject of a verb of saying
(``guards.own_subject``): the cue rule (``VerbCues._first_person_subject``: "Also können wir
nicht sagen, dass …" is no author's cue) and the frame before a colon
(``ColonBlocks._own_frame``: "Da habe ich mir gesagt: …", "…, und du bekommst alles …
mitgeteilt: …", the whole sentence one quote of the speaker who goes on) both ask it; the frame
counts the listener's "du" too. Sentences of tuning records gnad-0578, gnad-0131 and
session 29's test, and sentences written for the guards."""

from __future__ import annotations

from newsgraph.quotes.guards import own_subject
from newsgraph.quotes.text import Token, tokenize


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
