"""Session 22: times anchored to a named event ("seit dem Attentat", "im Vorfeld der Synode"),
vague references the later gold files list ("mittelfristig", "bis auf Weiteres", "umgehend")
and frequency adverbs ("immer wieder", "regelmäßig"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def _times(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.relative) for t in find_times(text, language="de")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an event after "seit": with an article, a possessive, a head such as "Beginn", a
        # genitive name; a genitive noun phrase and a capitalised adjective belong to it
        (
            "Die Mutter ist seit dem Attentat gelähmt.",
            [("seit dem Attentat", None, "anaphoric:since")],
        ),
        (
            "Die Frage stellt sich seit Beginn der Flüchtlingskrise.",
            [("seit Beginn der Flüchtlingskrise", None, "anaphoric:since")],
        ),
        (
            "Das Spiel wird seit seinem Start gelobt.",
            [("seit seinem Start", None, "anaphoric:since")],
        ),
        (
            "Das Projekt läuft seit Krautwaschls Weihe sehr gut.",
            [("seit Krautwaschls Weihe", None, "anaphoric:since")],
        ),
        (
            "Die Lage hat sich seit dem Eingreifen Saudi-Arabiens verschlechtert.",
            [("seit dem Eingreifen Saudi-Arabiens", None, "anaphoric:since")],
        ),
        (
            "Die Staaten stoßen seit der Industriellen Revolution mehr Gase aus.",
            [("seit der Industriellen Revolution", None, "anaphoric:since")],
        ),
        (
            "Die Zahl stieg seit der Schließung der Balkanroute stark.",
            [("seit der Schließung der Balkanroute", None, "anaphoric:since")],
        ),
        # "im Vorfeld", alone or with the event; a verb after it is no part of it
        (
            "Im Vorfeld der Synode gab es Streit.",
            [("Im Vorfeld der Synode", None, "anaphoric:before")],
        ),
        ("Im Vorfeld haben Politiker gewarnt.", [("Im Vorfeld", None, "anaphoric:before")]),
        # vague references
        ("Mittelfristig braucht es eine Reform.", [("Mittelfristig", "FUTURE_REF", None)]),
        ("Das wird bis auf Weiteres nicht geschehen.", [("bis auf Weiteres", "PRESENT_REF", None)]),
        ("Die Kritiker verstummten umgehend.", [("umgehend", None, "anaphoric:after")]),
        # frequency adverbs: a set with no period
        ("Er hat sich immer wieder beschwert.", [("immer wieder", None, "set:often")]),
        ("Die Behörde prüft regelmäßig die Anlagen.", [("regelmäßig", None, "set:regular")]),
        ("Immer häufiger kommt es zu Streit.", [("Immer häufiger", None, "set:often")]),
    ],
)
def test_session22_forms(sentence: str, expected: list) -> None:
    assert _times(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a head that names a time is left to the calendar patterns
        ("Er ist seit dem Wochenende krank.", [("seit dem Wochenende", None, "weekend:last")]),
        ("Seit dem Wahltag ist er still.", [("Seit dem Wahltag", None, "anaphoric:since")]),
        # a year after the event dates it
        ("Sie ist seit den Wahlen 2014 Stadträtin.", [("2014", "2014", None)]),
        # "seit" as a conjunction is not taken
        ("Seit ich politisch aktiv bin, ist das so.", []),
        # adjectives of frequency are no times
        ("Es gab regelmäßige Besuche und unregelmäßig Zahlungen.", []),
    ],
)
def test_session22_controls(sentence: str, expected: list) -> None:
    assert _times(sentence) == expected
