"""Hand-written expected structures of real articles (tests/fixtures/structure/, see its README).

This module checks the plain-text (news-de) fixtures; the HTML fixtures are checked in
test_reader_html_fixtures.py; both compare with tests/structure_expect.py. Conventions are those of the fixtures' README: strings compared after
whitespace normalisation, datelines case-insensitively, missing keys not asserted.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.readers import read_string
from tests.conftest import FIXTURES, REPO
from tests.structure_expect import expectation_problems

STRUCTURE = FIXTURES / "structure"


def load_fixtures(reader: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(STRUCTURE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["reader"] == reader:
            out.append((path.stem, data))
    return out


def read_fixture_input(data: dict[str, Any], gnad_records: dict[str, dict[str, Any]]) -> Article:
    if "record_id" in data:
        record = gnad_records[data["record_id"]]
        return read_string(
            json.dumps(record, ensure_ascii=False), name=data["record_id"], format="jsonl"
        )
    path = (REPO / data["input"]).resolve()
    return read_string(path.read_text(encoding="utf-8"), name=str(path), format="text")


TEXT_FIXTURES = load_fixtures("text")


def test_there_are_enough_fixtures() -> None:
    assert len(list(STRUCTURE.glob("*.json"))) >= 15


@pytest.mark.parametrize(("name", "data"), TEXT_FIXTURES, ids=[n for n, _ in TEXT_FIXTURES])
def test_text_fixture(
    name: str, data: dict[str, Any], gnad_records: dict[str, dict[str, Any]]
) -> None:
    article = read_fixture_input(data, gnad_records)
    problems = expectation_problems(article, data["expect"])
    assert not problems, f"{name}: " + "; ".join(problems)


def test_offsets_hold_for_fixtures(gnad_records: dict[str, dict[str, Any]]) -> None:
    for _, data in TEXT_FIXTURES:
        article = read_fixture_input(data, gnad_records)
        for block in article.blocks:
            assert article.text[block.start : block.end] == block.text
