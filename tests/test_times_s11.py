"""Session 11: time expressions the fresh (later-round) gold files list."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

PUB = "2016-05-11"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "derzeit", "zurzeit", "mittlerweile": the present as of publication
        ("Derzeit sind 20 Menschen im Spital.", [("Derzeit", PUB)]),
        ("Italien versorge zurzeit 86.000 Flüchtlinge.", [("zurzeit", PUB)]),
        ("Tesla versucht mittlerweile zu beschwichtigen.", [("mittlerweile", PUB)]),
    ],
)
def test_present_words(sentence: str, expected: list) -> None:
    assert [(t.text, t.value) for t in find_times(sentence, published=PUB)] == expected


def test_present_words_stay_relative_without_a_date() -> None:
    found = find_times("Die Firma prüft derzeit den Fall.", published=None)
    assert [(t.text, t.value, t.relative) for t in found] == [("derzeit", None, "present")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # vague stretches of "Zeit"
        ("In der EU läuft schon seit einiger Zeit eine Diskussion.", "seit einiger Zeit", "PX"),
        ("In letzter Zeit jedoch gab es Schwierigkeiten.", "In letzter Zeit", "PAST_REF"),
        ("Die Schaulustigen applaudieren noch einige Zeit.", "noch einige Zeit", "PX"),
        ("Das Unternehmen steht schon länger in der Kritik.", "schon länger", "PX"),
        ("Der Start ist auf unbestimmte Zeit verschoben.", "auf unbestimmte Zeit", "FUTURE_REF"),
        ("Man wird sie nach einiger Zeit zurückbekommen.", "nach einiger Zeit", None),
    ],
)
def test_vague_stretches_of_time(sentence: str, text: str, value: str | None) -> None:
    found = {t.text: t.value for t in find_times(sentence, published=PUB)}
    assert text in found
    assert found[text] == value
