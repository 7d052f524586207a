"""Session 26 (lead): people named after an organisation or a person they do not speak for
("die Apple-Unterstützer", "SPÖ-Anhänger", "Trump-Gegner") are not that speaker, while the ones
who do ("SPÖ-Sprecher") still are. Sentences written for the tests after fresh 10kGNAD text;
the shipped German pipeline."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"),
        stages=["entities", "quotes"],
        nlp=load_nlp("de"),
    )
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Apple hat ein neues Telefon vorgestellt. Die Apple-Unterstützer fordern etwa, dass "
            "unterhalb von Apps künftig ein neuer Bereich erscheint.",
            "neuer Bereich",
        ),
        (
            "Die SPÖ hat die Wahl verloren. Viele SPÖ-Anhänger sagten, die Partei habe keine "
            "Zukunft mehr.",
            "keine Zukunft",
        ),
        (
            "Donald Trump hat die Wahl gewonnen. Trump-Gegner sagten, das sei ein schwarzer Tag.",
            "schwarzer Tag",
        ),
    ],
)
def test_outsiders_named_after_a_party_do_not_speak_for_it(text: str, fragment: str) -> None:
    found = [s for t, s in _speakers(text) if fragment in t]
    assert found == [None]


def test_a_spokesman_named_after_a_party_still_speaks_for_it() -> None:
    found = _speakers(
        "Die SPÖ hat die Wahl verloren. Ein SPÖ-Sprecher sagte, die Partei habe eine Zukunft."
    )
    assert [s for t, s in found if "eine Zukunft" in t] == ["SPÖ"]
