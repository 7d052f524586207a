"""Session 29 (helper "qcont"): a cue clause before a colon whose subject is "ich", "wir" or
"du" and that names nobody ("Da habe ich mir gesagt: …") is part of someone's speech: the whole
sentence is one direct quote of the speaker who goes on (the gold's convention), not the words
after the colon alone with no speaker (``ColonBlocks.colon_content``, ``_own_frame``).
Excerpts of tuning records gnad-0578 and gnad-0131 (shortened, a first sentence that names the
person added), and sentences written for the guards; the whole pipeline."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

VOGL = (
    "Der Helfer Mike Vogl fuhr an die Grenze. Dann habe ich gesehen, dass Kinder auf der Straße "
    "schlafen müssen. Da habe ich mir gesagt: Da muss was geschehen, jetzt mach ich auch was."
)

BECKENBAUER = (
    "Franz Beckenbauer ist enttäuscht, sagte er. Wenn man sich so lange kennt, und dann kommt "
    "keine Reaktion, und du bekommst alles nur im Fernsehen mitgeteilt: Ja, wo samma denn?"
)

NAMED = "Der Minister Hans Müller sprach in Wien. Der Minister sagte: Das wird teuer."


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "direct"
    ]


def test_a_first_person_frame_is_part_of_the_quote(nlp_de_trained: Any) -> None:
    quotes = _direct(VOGL, nlp_de_trained)
    whole = "Da habe ich mir gesagt: Da muss was geschehen, jetzt mach ich auch was."
    assert (whole, "Mike Vogl") in quotes, quotes
    assert not any(t == "Da muss was geschehen, jetzt mach ich auch was." for t, _ in quotes)


def test_a_second_person_frame_is_part_of_the_quote(nlp_de_trained: Any) -> None:
    quotes = _direct(BECKENBAUER, nlp_de_trained)
    assert any(
        t.startswith("Wenn man sich so lange kennt") and t.endswith("Ja, wo samma denn?")
        for t, _ in quotes
    ), quotes
    assert ("Ja, wo samma denn?", None) not in quotes


def test_a_named_speakers_frame_stays_outside(nlp_de_trained: Any) -> None:
    quotes = _direct(NAMED, nlp_de_trained)
    assert ("Das wird teuer.", "Hans Müller") in quotes, quotes
