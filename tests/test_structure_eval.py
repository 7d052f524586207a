"""``newsgraph eval structure``: the structure of read articles against gold files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation.structure import boilerplate_probe, evaluate_dir, score_article
from newsgraph.readers import read_string
from tests.conftest import FIXTURES, SEED_GOLD, SEED_TXT


def test_reference_report_passes_every_structure_check() -> None:
    report = evaluate_dir(SEED_GOLD.parent)
    (seed,) = [f for f in report.files if f.name.startswith("putin")]
    assert seed.error is None
    assert sum(seed.checks.values()) >= 15
    assert seed.misses == []


def test_wrong_structure_fails_its_checks() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    # the reference text without its line breaks: no title, media or subheadings can be found
    flat = read_string(" ".join(SEED_TXT.read_text(encoding="utf-8").split("\n")), format="text")
    score = score_article(flat, gold, "flat")
    failed = {m.split(":")[0] for m in score.misses}
    assert {"title", "media", "subheadings", "body_must_not_contain"} <= failed
    assert score.accuracy < 0.6


def test_boilerplate_probes_skip_descriptions() -> None:
    assert boilerplate_probe("cookie notice") is None
    assert boilerplate_probe("navigation (Start Blog Aus den Ländern …)") is None
    assert boilerplate_probe("Zurück zur Übersicht (link)") == "Zurück zur Übersicht"
    assert (
        boilerplate_probe("Es darf gelacht werden / Vom Kalauer (box)") == "Es darf gelacht werden"
    )


def test_cli_eval_structure_json_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(SEED_GOLD, gold_dir / SEED_GOLD.name)
    shutil.copy(SEED_TXT, gold_dir / SEED_TXT.name)
    result = runner.invoke(app, ["eval", "structure", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["accuracy"] == 1.0
    assert data["overall"]["fields"]["subheadings"]["passed"] == 3
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["eval", "structure", str(empty)]).exit_code == 2
    assert runner.invoke(app, ["eval", "structure", str(tmp_path / "missing")]).exit_code == 2


def test_a_dateline_in_capitals_matches_without_case() -> None:
    # session 14: "WASHINGTON —" in the gold file and the reader's "Washington" name one place
    article = read_string(
        "Senate passes the budget\nWASHINGTON — The Senate passed the budget on Tuesday after "
        "a long debate. Officials said the vote was close.\nA second paragraph follows here.",
        format="text",
    )
    assert article.dateline == "Washington"
    for written, ok in [("WASHINGTON", True), ("Washington", True), ("Wash.", False)]:
        score = score_article(article, {"structure": {"dateline": written}}, "dl")
        assert (score.misses == []) is ok


def test_structure_of_the_gold_folder_keeps_its_floor() -> None:
    # Guard of the tuning set (tests/fixtures/gold, 351 files): session 16 measured 2362 of 2467
    # checks (0.957; start 2311, 0.937) and subheadings 101 of 132; the floors are the measured
    # values less about five checks (three subheadings), so a change that loses more fails here.
    report = evaluate_dir(FIXTURES / "gold")
    assert all(f.error is None for f in report.files)
    assert len(report.files) >= 351
    assert report.total.accuracy >= 0.955
    subheadings = report.total.field_accuracy("subheadings")
    assert subheadings is not None and subheadings >= 0.74
