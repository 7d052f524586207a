"""Session 22: false times of every gold convention — an age after "ab", a difference of ages,
a part of the day opening a compound. Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def _times(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.relative) for t in find_times(text, language="de")]


@pytest.mark.parametrize(
    "sentence",
    [
        # an age after "ab" and a difference of ages are no durations
        "Die Sender erreichen 35 Prozent der Hörer ab 10 Jahren.",
        "Gegen den ein Jahr älteren Spanier verlor er.",
        "Sie ist zwei Jahre jünger als ihr Bruder.",
        # a part of the day opening a compound is no time
        "Die Partei fordert mehr Sicherheit in der Nacht-U-Bahn.",
    ],
)
def test_no_time(sentence: str) -> None:
    assert _times(sentence) == []


def test_prison_term_after_ab_stays_a_duration() -> None:
    assert _times("Ab drei Jahren Haft droht die Abschiebung.") == [("drei Jahren", "P3Y", None)]
