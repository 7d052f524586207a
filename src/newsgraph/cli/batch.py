"""``newsgraph batch`` (local processes or Spark → Parquet) and ``newsgraph load`` (→ store)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsgraph.cli.analyze import (
    DateField,
    InputFormat,
    Language,
    MaxMb,
    Published,
    TextField,
    TitleField,
    UrlField,
)
from newsgraph.cli.app import app
from newsgraph.cli.common import err_console, reader_options
from newsgraph.pipeline import STAGES

ENGINES = ("local", "spark")


@app.command()
def batch(
    inputs: Annotated[
        list[str], typer.Argument(help="WARC files, JSONL files, HTML/text directories, globs.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory for the Parquet tables.")
    ],
    engine: Annotated[str, typer.Option(help="local (process pool) or spark (PySpark).")] = "local",
    master: Annotated[str | None, typer.Option(help="Spark master URL (default local[*]).")] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Processes (local) or partitions (spark); default: all cores."),
    ] = None,
    stages: Annotated[
        str, typer.Option(help=f"Stages to run ({','.join(STAGES)}) or 'none'.")
    ] = ",".join(STAGES),
    published: Published = None,
    input_format: InputFormat = "auto",
    max_mb: MaxMb = 20.0,
    language: Language = None,
    text_field: TextField = None,
    title_field: TitleField = None,
    url_field: UrlField = None,
    date_field: DateField = None,
) -> None:
    """Analyse a corpus into Parquet tables (articles, entities, mentions, quotes, events, times,
    amounts, errors) plus the cross-article entity index and actor network."""
    if engine not in ENGINES:
        raise typer.BadParameter("choose local or spark", param_hint="--engine")
    wanted = () if stages.strip() in ("", "none") else tuple(s.strip() for s in stages.split(","))
    unknown = [s for s in wanted if s not in STAGES]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {', '.join(unknown)}", param_hint="--stages")
    if workers is not None and workers < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--workers")
    options = reader_options(
        input_format, max_mb, published, language, text_field, title_field, url_field, date_field
    )
    if engine == "spark":
        from newsgraph.batch.spark import run_spark

        summary = run_spark(inputs, out, options, master=master, partitions=workers, stages=wanted)
    else:
        from newsgraph.batch.local import run_local

        progress = Progress(
            TextColumn("analysing"),
            BarColumn(pulse_style="cyan"),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        )
        with progress:
            task = progress.add_task("batch", total=None)
            summary = run_local(
                inputs,
                out,
                options,
                workers=workers,
                stages=wanted,
                on_article=lambda: progress.advance(task),
            )
    table = Table(title=f"newsgraph batch ({summary.engine}, {summary.workers} workers) → {out}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.tables.items():
        table.add_row(name, f"{count:,}")
    Console(stderr=True).print(table)
    err_console.print(
        f"{summary.articles:,} articles in {summary.seconds:.1f} s ({summary.articles_per_s:.1f}/s); "
        f"{summary.errors:,} errors (see {out}/errors); peak worker RSS {summary.peak_worker_rss_mb:.0f} MB",
        highlight=False,
        soft_wrap=True,
    )
    if summary.errors:
        raise typer.Exit(2)


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="Output directory of `newsgraph batch`.")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Database URL (default: $NEWSGRAPH_DB or sqlite:///newsgraph.sqlite)."
        ),
    ] = None,
) -> None:
    """Load the articles of a batch result into the store (idempotent)."""
    from newsgraph.batch.loader import load_batch

    if not (directory / "articles").is_dir():
        err_console.print(
            f"[red]error:[/red] {directory}: not a batch output (no articles/ table)",
            soft_wrap=True,
        )
        raise typer.Exit(2)
    counts = load_batch(directory, db)
    err_console.print(", ".join(f"{k}: {v}" for k, v in counts.items()), highlight=False)
    if counts.get("failed"):
        raise typer.Exit(2)
