"""``newsgraph eval intervals``: bootstrap intervals of a saved quotes or events report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsgraph.cli.app import eval_app
from newsgraph.cli.common import AsJson, err_console, print_json, table_console


@eval_app.command("intervals")
def eval_intervals(
    report: Annotated[
        Path,
        typer.Argument(
            help="A saved report: newsgraph eval quotes|events GOLD_DIR --json > report.json."
        ),
    ],
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="A report of the same gold folder from other code: the intervals are those "
            "of the difference report - baseline, resampled in pairs.",
        ),
    ] = None,
    resamples: Annotated[
        int, typer.Option("--resamples", min=100, max=100_000, help="Bootstrap resamples.")
    ] = 2000,
    level: Annotated[
        float, typer.Option("--level", min=0.5, max=0.999, help="Coverage of the interval.")
    ] = 0.95,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the resampling.")] = 0,
    as_json: AsJson = False,
) -> None:
    """How far each score could move on another sample of such articles: percentile bootstrap
    intervals over the articles of a saved ``eval quotes`` or ``eval events`` report."""
    from newsgraph.evaluation.intervals import ReportError, report_intervals

    try:
        kind, n, found = report_intervals(
            report, baseline=baseline, resamples=resamples, level=level, seed=seed
        )
    except ReportError as exc:
        err_console.print(f"error: {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        print_json(
            {
                "kind": kind,
                "articles": n,
                "resamples": resamples,
                "level": level,
                "paired": baseline is not None,
                "scores": [i.to_dict() for i in found],
            }
        )
        return

    def fmt(x: float | None, signed: bool = False) -> str:
        if x is None:
            return "-"
        return f"{x:+.3f}" if signed else f"{x:.3f}"

    title = f"{kind}: {n} articles, {level:.0%} bootstrap intervals ({resamples} resamples)"
    table = Table(title=title)
    table.add_column("score", justify="left")
    paired = baseline is not None
    cols = (
        ("baseline", "report", "difference", "low", "high", "higher")
        if paired
        else (
            "value",
            "low",
            "high",
        )
    )
    for col in cols:
        table.add_column(col, justify="right")
    for i in found:
        if paired:
            table.add_row(
                i.score,
                fmt(i.baseline),
                fmt(i.value),
                fmt(i.difference, True),
                fmt(i.low, True),
                fmt(i.high, True),
                fmt(i.share_higher),
            )
        else:
            table.add_row(i.score, fmt(i.value), fmt(i.low), fmt(i.high))
    table_console(110).print(table)
