"""``newsgraph eval structure``: how the readers structure the articles of gold files."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsgraph.cli.app import eval_app
from newsgraph.cli.common import AsJson, GoldDir, gold_report, print_json, table_console


@eval_app.command("structure")
def eval_structure(
    gold_dir: GoldDir,
    as_json: AsJson = False,
    misses: Annotated[
        bool, typer.Option("--misses", help="List every failed check: gold value, read value.")
    ] = False,
) -> None:
    """Score title, dateline, lead, agencies, authors, subheadings, media, boilerplate and body
    against the ``structure`` of gold files (readers only, no language analysis)."""
    from newsgraph.evaluation.structure import FIELDS, evaluate_dir

    report = gold_report(gold_dir, evaluate_dir)
    if as_json:
        data = report.to_dict()
        if misses:
            data["misses"] = {f.name: f.misses for f in report.files}
        print_json(data)
        return
    table = Table(title="structure vs gold")
    table.add_column("field", justify="left")
    for col in ("checks", "passed", "accuracy"):
        table.add_column(col, justify="right")
    total = report.total
    for key in FIELDS:
        acc = total.field_accuracy(key)
        if acc is not None:
            table.add_row(key, str(total.checks[key]), str(total.passed[key]), f"{acc:.3f}")
    table.add_row(
        "[b]all checks[/b]",
        str(sum(total.checks.values())),
        str(sum(total.passed.values())),
        f"[b]{total.accuracy:.3f}[/b]",
    )
    console = table_console(100)
    console.print(table)
    for f in report.files:
        if f.error:
            console.print(f"{escape(f.name)}: [red]error[/red] {escape(f.error)}", highlight=False)
        for m in f.misses if misses else []:
            console.print(f"{escape(f.name)}: {escape(m[:240])}", highlight=False)
