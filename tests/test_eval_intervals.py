"""Bootstrap intervals over the articles of saved eval reports (newsgraph eval intervals)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation.intervals import (
    QUOTE_SCORES,
    ReportError,
    intervals,
    read_report,
    report_intervals,
)

runner = CliRunner()


def _quote_entry(name: str, gold: int, pred: int, matched: int, speaker_right: int) -> dict:
    """One article as `newsgraph eval quotes --json` writes it."""
    return {
        "file": name,
        "gold_direct_partial": gold,
        "predicted_direct_partial": pred,
        "matched_direct_partial": matched,
        "speaker_accuracy": round(speaker_right / matched, 4) if matched else 1.0,
        "gold_indirect": 4,
        "found_indirect": 3,
        "indirect_speaker_accuracy": round(2 / 3, 4),
    }


def _event_entry(name: str, gold: int, pred: int, matched: int) -> dict:
    return {
        "file": name,
        "events": {"gold": gold, "predicted": pred, "matched": matched},
        "times": {"gold": 5, "found": 4, "predicted": 6, "precision": round(4 / 6, 4)},
        "amounts": {"gold": 2, "found": 2, "predicted": 3, "precision": round(2 / 3, 4)},
        "error": None,
    }


def _write(path: Path, files: list[dict]) -> Path:
    path.write_text(json.dumps({"files": files, "overall": {}}), encoding="utf-8")
    return path


@pytest.fixture
def quotes_report(tmp_path: Path) -> Path:
    files = [_quote_entry(f"a{i:02d}", 4, 4, 3, 3) for i in range(12)]
    files += [_quote_entry(f"b{i:02d}", 2, 3, 0, 0) for i in range(4)]
    files.append({"file": "broken", "error": "source file missing"})
    return _write(tmp_path / "quotes.json", files)


def test_values_are_the_micro_scores_and_lie_inside_their_intervals(quotes_report: Path) -> None:
    kind, counts = read_report(quotes_report)
    assert kind == "quotes" and len(counts) == 16  # the unreadable article is left out
    found = {i.score: i for i in intervals(counts, QUOTE_SCORES, resamples=500)}
    # 36 matched of 60 predicted and of 56 gold
    assert found["direct_precision"].value == pytest.approx(36 / 60)
    assert found["direct_recall"].value == pytest.approx(36 / 56)
    assert found["speaker_accuracy"].value == pytest.approx(1.0)
    assert found["reported_speaker_accuracy"].value == pytest.approx(2 / 3)
    for i in found.values():
        assert i.low is not None and i.high is not None and i.value is not None
        assert i.low <= i.value <= i.high
    # articles of two kinds: the precision really varies between resamples
    p = found["direct_precision"]
    assert p.low is not None and p.high is not None and p.high - p.low > 0.05
    # every article alike: nothing to vary
    assert found["reported_recall"].low == found["reported_recall"].high == 0.75


def test_the_same_seed_gives_the_same_interval(quotes_report: Path) -> None:
    a = report_intervals(quotes_report, resamples=300, seed=7)[2]
    b = report_intervals(quotes_report, resamples=300, seed=7)[2]
    assert [x.to_dict() for x in a] == [x.to_dict() for x in b]


def test_paired_difference_against_a_baseline(tmp_path: Path) -> None:
    base = [_quote_entry(f"a{i:02d}", 4, 4, 2, 2) for i in range(20)]
    # the new code finds one more quote in every article: a change no resample can hide
    better = [_quote_entry(f"a{i:02d}", 4, 4, 3, 3) for i in range(20)]
    b = _write(tmp_path / "base.json", base)
    n = _write(tmp_path / "new.json", better)
    kind, articles, found = report_intervals(n, baseline=b, resamples=400)
    assert (kind, articles) == ("quotes", 20)
    recall = next(i for i in found if i.score == "direct_recall")
    assert recall.baseline == pytest.approx(0.5) and recall.value == pytest.approx(0.75)
    assert recall.difference == pytest.approx(0.25)
    assert recall.low == pytest.approx(0.25) and recall.share_higher == 1.0
    # against itself: no difference, never higher
    same = report_intervals(b, baseline=b, resamples=100)[2]
    assert all(i.difference in (0, None) and not i.share_higher for i in same)


def test_events_reports_and_a_change_that_may_be_noise(tmp_path: Path) -> None:
    base = [_event_entry(f"e{i:02d}", 3, 2, 1) for i in range(30)]
    new = [dict(e) for e in base]
    new[0] = _event_entry("e00", 3, 2, 2)  # one more match in one article
    b = _write(tmp_path / "base.json", base)
    n = _write(tmp_path / "new.json", new)
    kind, _, found = report_intervals(n, baseline=b, resamples=1000)
    assert kind == "events"
    recall = next(i for i in found if i.score == "events_recall")
    assert recall.difference == pytest.approx(1 / 90)
    assert recall.low == 0.0  # most resamples miss the one article: not shown to be a gain
    assert recall.share_higher is not None and 0.4 < recall.share_higher < 0.8
    times = next(i for i in found if i.score == "times_precision")
    assert times.value == pytest.approx(4 / 6) and times.difference == 0


def test_bad_reports_are_clear_errors(tmp_path: Path, quotes_report: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ReportError, match="not a readable JSON report"):
        read_report(empty)
    table = _write(tmp_path / "structure.json", [{"file": "x", "checks": {}}])
    with pytest.raises(ReportError, match="neither"):
        read_report(table)
    events = _write(tmp_path / "events.json", [_event_entry("x", 1, 1, 1)])
    with pytest.raises(ReportError, match="'eval events' report"):
        report_intervals(quotes_report, baseline=events)
    result = runner.invoke(app, ["eval", "intervals", str(empty)])
    assert result.exit_code == 2
    assert "not a readable JSON report" in result.output


def test_cli_prints_json_and_a_table(quotes_report: Path) -> None:
    result = runner.invoke(
        app, ["eval", "intervals", str(quotes_report), "--json", "--resamples", "200"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "quotes" and data["articles"] == 16 and not data["paired"]
    f1 = next(s for s in data["scores"] if s["score"] == "direct_f1")
    assert f1["low"] <= f1["value"] <= f1["high"]
    result = runner.invoke(
        app,
        ["eval", "intervals", str(quotes_report), "--baseline", str(quotes_report)],
    )
    assert result.exit_code == 0, result.output
    assert "difference" in result.output and "direct_f1" in result.output
