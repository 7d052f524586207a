"""The HTML reader against the hand-written structures in tests/fixtures/structure/ (html ones).

Comparison rules are those of tests/fixtures/structure/README.md: whitespace collapsed (also
non-breaking spaces), zero-width spaces dropped; "body" is the paragraph and subheading blocks.
Each expectation is its own check, so a failure names the page and the key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.readers import read_inputs
from tests.conftest import REPO
from tests.structure_expect import expectation_problems

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "structure"


def _html_fixtures() -> list[Path]:
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("reader") == "html":
            out.append(path)
    return out


_CACHE: dict[str, Article] = {}


def _article(fixture: dict[str, Any]) -> Article:
    name = fixture["input"]
    if name not in _CACHE:
        (result,) = list(read_inputs([str(REPO / name)]))
        assert isinstance(result, Article), result
        _CACHE[name] = result
    return _CACHE[name]


# Known gaps of the HTML reader (strict: a fixed gap makes its test fail until removed here).
KNOWN_GAPS = {
    "de-sonntag-sachsen-scobel": "an unrelated video note after the article is taken as body",
}


def _param(path: Path) -> Any:
    reason = KNOWN_GAPS.get(path.stem)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in _html_fixtures()])
def test_html_structure_fixture(path: Path) -> None:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    article = _article(fixture)
    problems = expectation_problems(article, fixture["expect"])
    assert not problems, f"{path.name}: " + "; ".join(problems)


def test_there_are_html_fixtures() -> None:
    assert len(_html_fixtures()) >= 10
