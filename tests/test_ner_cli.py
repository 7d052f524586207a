"""``newsgraph eval ner`` on small gold excerpts."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli.app import app

FIX = Path(__file__).resolve().parent / "fixtures" / "ner"
runner = CliRunner()


def test_eval_ner_json_on_germeval_excerpt() -> None:
    res = runner.invoke(app, ["eval", "ner", str(FIX / "germeval_excerpt.tsv"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"overall", "per_type", "tokens_per_s"}
    assert set(data["overall"]) == {"precision", "recall", "f1"}
    assert set(data["per_type"]) == {"PER", "ORG", "LOC", "MISC"}
    assert data["per_type"]["PER"]["support"] == 3
    assert data["per_type"]["LOC"]["support"] == 4  # the 2 LOCderiv are not scored
    assert data["tokens_per_s"] > 0
    assert 0.3 <= data["overall"]["f1"] <= 1.0


def test_eval_ner_table_on_conll_iob1() -> None:
    res = runner.invoke(app, ["eval", "ner", str(FIX / "conll_iob1.txt")])
    assert res.exit_code == 0, res.output
    assert "overall" in res.stdout and "PER" in res.stdout
    assert "3 sentences" in res.stdout


def test_eval_ner_bad_input(tmp_path: Path) -> None:
    res = runner.invoke(app, ["eval", "ner", str(tmp_path / "nope.tsv")])
    assert res.exit_code == 2
    bad = tmp_path / "bad.conll"
    bad.write_text("onlyonecolumn\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", "ner", str(bad), "--json"])
    assert res.exit_code == 2
