"""The ``newsgraph analyze`` and ``schema`` commands as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from tests.conftest import SEED_TXT

runner = CliRunner()


def test_analyze_json_structure_only() -> None:
    result = runner.invoke(
        app, ["analyze", str(SEED_TXT), "--stages", "none", "--published", "2022-12-19"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dateline"] == "Minsk" and data["published"] == "2022-12-19"
    assert data["agencies"] == ["RND", "dpa"]
    assert sum(b["type"] == "paragraph" for b in data["blocks"]) == 9


def test_analyze_text_format() -> None:
    result = runner.invoke(app, ["analyze", str(SEED_TXT), "--stages", "none", "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "dateline: Minsk" in result.stdout and "boilerplate (teaser)" in result.stdout


def test_bad_inputs_exit_2_and_good_ones_still_printed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(empty), str(SEED_TXT), "--stages", "none", "-f", "jsonl"]
    )
    assert result.exit_code == 2
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and json.loads(lines[0])["dateline"] == "Minsk"
    assert f"{empty}: empty input" in result.output
    assert "Traceback" not in result.output


def test_strict_stops_at_first_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(empty), str(SEED_TXT), "--stages", "none", "--strict"]
    )
    assert result.exit_code == 2
    assert "Minsk" not in result.stdout


def test_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsgraph", "analyze", "-", "--stages", "none", "-f", "jsonl"],
        input=SEED_TXT.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["source"]["path"] == "<stdin>"


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"text", "blocks", "agencies", "dateline", "schema_version"} <= set(schema["properties"])


def test_help_everywhere() -> None:
    for args in (["--help"], ["analyze", "--help"], ["schema", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage" in result.stdout
