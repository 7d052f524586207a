"""How sure a score is: bootstrap intervals over the articles of an ``eval … --json`` report.

A gold set of a few dozen articles gives scores that move by several points when other
articles of the same kind are drawn. This module resamples the *articles* of a saved report
(``newsgraph eval quotes|events DIR --json > report.json``) with replacement and recomputes
each micro-averaged score from the per-article counts, so an interval says how far the score
could move on another sample of such articles. Given a second report on the same gold folder
(``baseline``), the resampling is paired (the same articles drawn for both) and the interval
is that of the difference: a change whose interval holds 0 is not shown to be one.

Scores (the counts each ``files`` entry carries):

- quotes: direct+partial precision, recall and F1 (``matched_direct_partial`` of
  ``predicted_direct_partial`` / ``gold_direct_partial``), speaker accuracy of the matched ones,
  reported-speech recall and its speaker accuracy;
- events: strict event precision, recall and F1, times recall and precision, amounts recall and
  precision.

Speaker accuracies are stored per article as ratios; their counts are recovered as
``round(ratio × matched)``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Counts = dict[str, int]
Score = Callable[[Counts], float | None]


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _f1(matched: int, predicted: int, gold: int) -> float | None:
    if not predicted and not gold:
        return None
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def quote_counts(entry: Mapping[str, Any]) -> Counts:
    """The counts of one article of a ``newsgraph eval quotes --json`` report."""
    matched = int(entry["matched_direct_partial"])
    found = int(entry["found_indirect"])
    return {
        "gold": int(entry["gold_direct_partial"]),
        "predicted": int(entry["predicted_direct_partial"]),
        "matched": matched,
        "speaker_right": round(float(entry["speaker_accuracy"]) * matched),
        "reported_gold": int(entry["gold_indirect"]),
        "reported_found": found,
        "reported_speaker_right": round(float(entry["indirect_speaker_accuracy"]) * found),
    }


def event_counts(entry: Mapping[str, Any]) -> Counts:
    """The counts of one article of a ``newsgraph eval events --json`` report (the per-event
    counts where the report has them: reports saved before session 25 do not)."""
    ev, times, amounts = entry["events"], entry["times"], entry["amounts"]
    per_event = entry.get("per_event")
    extra: Counts = {}
    if isinstance(per_event, Mapping):
        extra = {
            "event_gold": int(per_event["gold"]),
            "event_predicted": int(per_event["predicted"]),
            "event_matched": int(per_event["matched"]),
        }
    return extra | {
        "gold": int(ev["gold"]),
        "predicted": int(ev["predicted"]),
        "matched": int(ev["matched"]),
        "times_gold": int(times["gold"]),
        "times_found": int(times["found"]),
        "times_predicted": int(times["predicted"]),
        "times_matched": round(float(times["precision"]) * int(times["predicted"])),
        "amounts_gold": int(amounts["gold"]),
        "amounts_found": int(amounts["found"]),
        "amounts_predicted": int(amounts["predicted"]),
        "amounts_matched": round(float(amounts["precision"]) * int(amounts["predicted"])),
    }


QUOTE_SCORES: dict[str, Score] = {
    "direct_precision": lambda c: _ratio(c["matched"], c["predicted"]),
    "direct_recall": lambda c: _ratio(c["matched"], c["gold"]),
    "direct_f1": lambda c: _f1(c["matched"], c["predicted"], c["gold"]),
    "speaker_accuracy": lambda c: _ratio(c["speaker_right"], c["matched"]),
    "reported_recall": lambda c: _ratio(c["reported_found"], c["reported_gold"]),
    "reported_speaker_accuracy": lambda c: _ratio(c["reported_speaker_right"], c["reported_found"]),
}

EVENT_SCORES: dict[str, Score] = {
    "events_precision": lambda c: _ratio(c["matched"], c["predicted"]),
    "events_recall": lambda c: _ratio(c["matched"], c["gold"]),
    "events_f1": lambda c: _f1(c["matched"], c["predicted"], c["gold"]),
    "per_event_precision": lambda c: _ratio(c["event_matched"], c["event_predicted"]),
    "per_event_recall": lambda c: _ratio(c["event_matched"], c["event_gold"]),
    "per_event_f1": lambda c: _f1(c["event_matched"], c["event_predicted"], c["event_gold"]),
    "times_recall": lambda c: _ratio(c["times_found"], c["times_gold"]),
    "times_precision": lambda c: _ratio(c["times_matched"], c["times_predicted"]),
    "amounts_recall": lambda c: _ratio(c["amounts_found"], c["amounts_gold"]),
    "amounts_precision": lambda c: _ratio(c["amounts_matched"], c["amounts_predicted"]),
}


class ReportError(ValueError):
    """A file that is not a per-article ``eval quotes`` / ``eval events`` JSON report."""


def read_report(path: Path) -> tuple[str, dict[str, Counts]]:
    """The kind (``quotes`` or ``events``) and the per-article counts of a saved report;
    articles the evaluation could not read (``error``) are left out."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"{path}: not a readable JSON report ({exc})") from exc
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not files:
        raise ReportError(f"{path}: no 'files' list (save the report with --json)")
    first = next((f for f in files if isinstance(f, dict) and not f.get("error")), None)
    if first is None:
        raise ReportError(f"{path}: every article has an error")
    if "matched_direct_partial" in first:
        kind, read = "quotes", quote_counts
    elif isinstance(first.get("events"), dict):
        kind, read = "events", event_counts
    else:
        raise ReportError(f"{path}: neither an 'eval quotes' nor an 'eval events' report")
    try:
        counts = {str(f["file"]): read(f) for f in files if not f.get("error")}
    except (KeyError, TypeError, ValueError) as exc:
        raise ReportError(f"{path}: an article entry lacks a count ({exc})") from exc
    return kind, counts


def _total(counts: Sequence[Counts]) -> Counts:
    out: Counts = {}
    for c in counts:
        for k, v in c.items():
            out[k] = out.get(k, 0) + v
    return out


@dataclass
class Interval:
    """A score of the report with its interval; with a baseline, also the baseline's score,
    the difference and its interval (``low``/``high`` are then those of the difference), and
    the share of resamples in which the report scores higher than the baseline."""

    score: str
    value: float | None
    low: float | None
    high: float | None
    baseline: float | None = None
    difference: float | None = None
    share_higher: float | None = None
    paired: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"score": self.score, "value": _round(self.value)}
        if self.paired:
            out["baseline"] = _round(self.baseline)
            out["difference"] = _round(self.difference)
            out["share_higher"] = _round(self.share_higher)
        out["low"], out["high"] = _round(self.low), _round(self.high)
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _quantile(sorted_values: list[float], q: float) -> float:
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def _table(counts: Mapping[str, Counts], names: list[str], keys: list[str]) -> list[list[int]]:
    return [[counts[n].get(k, 0) for k in keys] for n in names]


def _sum(rows: list[list[int]], draw: list[int], keys: list[str]) -> Counts:
    totals = [0] * len(keys)
    for i in draw:
        for j, v in enumerate(rows[i]):
            totals[j] += v
    return dict(zip(keys, totals, strict=True))


def intervals(
    counts: Mapping[str, Counts],
    scores: Mapping[str, Score],
    *,
    baseline: Mapping[str, Counts] | None = None,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> list[Interval]:
    """Percentile bootstrap intervals of each score over the articles of ``counts``. With a
    ``baseline`` (the same articles scored by other code), the interval is that of the
    difference report − baseline, resampled in pairs over the articles both hold."""
    if not 0 < level < 1:
        raise ValueError("level must lie between 0 and 1")
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    names = sorted(counts if baseline is None else set(counts) & set(baseline))
    if not names:
        raise ValueError("no article in common")
    keys = sorted({k for n in names for k in counts[n]})
    rows = _table(counts, names, keys)
    base_rows = _table(baseline, names, keys) if baseline is not None else None
    everything = list(range(len(names)))
    total = _sum(rows, everything, keys)
    base_total = _sum(base_rows, everything, keys) if base_rows is not None else None
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {k: [] for k in scores}
    higher = dict.fromkeys(scores, 0)
    for _ in range(resamples):
        draw = [rng.randrange(len(names)) for _ in names]
        got = _sum(rows, draw, keys)
        ref = _sum(base_rows, draw, keys) if base_rows is not None else None
        for key, score in scores.items():
            v = score(got)
            if v is None:
                continue
            if ref is None:
                samples[key].append(v)
                continue
            b = score(ref)
            if b is not None:
                samples[key].append(v - b)
                higher[key] += v > b
    tail = (1 - level) / 2
    out = []
    for key, score in scores.items():
        value = score(total)
        found = sorted(samples[key])
        low = _quantile(found, tail) if found else None
        high = _quantile(found, 1 - tail) if found else None
        if base_total is None:
            out.append(Interval(key, value, low, high))
            continue
        base = score(base_total)
        diff = value - base if value is not None and base is not None else None
        share = higher[key] / len(found) if found else None
        out.append(Interval(key, value, low, high, base, diff, share, paired=True))
    return out


def report_intervals(
    path: Path,
    *,
    baseline: Path | None = None,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[str, int, list[Interval]]:
    """:func:`intervals` for saved reports: the kind, the number of articles, the intervals."""
    kind, counts = read_report(path)
    base_counts = None
    if baseline is not None:
        base_kind, base_counts = read_report(baseline)
        if base_kind != kind:
            raise ReportError(f"{baseline}: an 'eval {base_kind}' report, {path} is '{kind}'")
    scores = QUOTE_SCORES if kind == "quotes" else EVENT_SCORES
    both = [counts] if base_counts is None else [counts, base_counts]
    if kind == "events" and not all(
        any("event_gold" in c for c in report.values()) for report in both
    ):
        # a report saved before the per-event score: its scores only
        scores = {k: v for k, v in scores.items() if not k.startswith("per_event_")}
    n = len(counts if base_counts is None else set(counts) & set(base_counts))
    found = intervals(
        counts, scores, baseline=base_counts, resamples=resamples, level=level, seed=seed
    )
    return kind, n, found
