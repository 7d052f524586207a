"""What the commands share: reading inputs with progress and clear errors, printing output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.readers import FORMATS, FieldMap, ReaderOptions, read_inputs
from newsgraph.readers.inputs import expand_paths

# soft_wrap: one error per line, never broken at the terminal width (users grep these)
err_console = Console(stderr=True, soft_wrap=True)

PROGRESS_MIN_INPUTS = 4
EXIT_INPUT_ERRORS = 2


@dataclass
class RunReport:
    """Counts of a command's run over inputs; ``failed`` decides the exit code."""

    ok: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def reader_options(
    input_format: str,
    max_mb: float,
    published: str | None,
    language: str | None,
    text_field: str | None = None,
    title_field: str | None = None,
    url_field: str | None = None,
    date_field: str | None = None,
) -> ReaderOptions:
    if input_format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--input-format")
    if max_mb <= 0:
        raise typer.BadParameter("must be positive", param_hint="--max-mb")
    return ReaderOptions(
        format=input_format,
        max_bytes=int(max_mb * 1024 * 1024),
        published=published,
        language=language,
        fields=FieldMap.with_overrides(
            text=text_field, title=title_field, url=url_field, date=date_field
        ),
    )


def iter_articles(
    paths: list[str], options: ReaderOptions, report: RunReport, *, strict: bool = False
) -> Iterator[Article]:
    """Articles from the inputs; each bad input is reported on stderr once and counted.

    With ``strict`` the first bad input stops the run (exit code 2).
    """
    names = list(expand_paths(paths))
    show = len(names) >= PROGRESS_MIN_INPUTS and err_console.is_terminal
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not show,
        transient=True,
    )
    with progress:
        task = progress.add_task("reading", total=len(names))
        for name in names:
            for outcome in read_inputs([name], options):
                if isinstance(outcome, InputError):
                    report.failed += 1
                    report.errors.append(str(outcome))
                    err_console.print(
                        f"[red]error:[/red] {escape(str(outcome))}", highlight=False, soft_wrap=True
                    )
                    if strict:
                        raise typer.Exit(EXIT_INPUT_ERRORS)
                    continue
                report.ok += 1
                yield outcome
            progress.advance(task)


def emit(items: list[dict[str, Any]] | Iterator[dict[str, Any]], fmt: str) -> None:
    """Print records as JSON (one object, or an array), or JSON lines."""
    out = sys.stdout
    if fmt == "jsonl":
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    data = list(items)
    payload: Any = data[0] if len(data) == 1 else data
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def finish(report: RunReport) -> None:
    """Exit 2 when any input failed (after everything good was processed)."""
    if report.failed:
        err_console.print(
            f"{report.failed} input(s) failed, {report.ok} article(s) processed.", highlight=False
        )
        raise typer.Exit(EXIT_INPUT_ERRORS)
    if report.ok == 0:
        err_console.print("no articles found in the inputs", highlight=False)
        raise typer.Exit(EXIT_INPUT_ERRORS)


def analysed_articles(
    paths: list[str],
    options: ReaderOptions,
    report: RunReport,
    *,
    strict: bool = False,
    stages: list[str] | None = None,
) -> Iterator[Article]:
    """Articles from the inputs, run through the pipeline (each language's model is cached)."""
    from newsgraph.pipeline import analyze

    for article in iter_articles(paths, options, report, strict=strict):
        yield analyze(article, stages=stages)


def existing_store_url(db: str | None) -> str:
    """The store to query: ``--db``, else $NEWSGRAPH_DB, else ./newsgraph.sqlite — which must exist
    (a query never creates an empty store by accident)."""
    from newsgraph.store.db import default_url, normalise_url

    url = normalise_url(db or default_url())
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            err_console.print(
                f"[red]error:[/red] no store at {escape(str(path))}: give input paths, ingest "
                "reports first (newsgraph ingest …), or name a store with --db",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_INPUT_ERRORS)
    return url


_R = TypeVar("_R")

#: the arguments every ``eval`` command takes
GoldDir = Annotated[Path, typer.Argument(help="Folder with *.gold.json files.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the numbers as JSON.")]


def gold_report(gold_dir: Path, evaluate: Callable[[Path], _R]) -> _R:
    """``evaluate(gold_dir)`` for the ``eval`` commands; a folder that is missing or holds no
    ``*.gold.json`` file is a clear error (exit 2), not an empty table."""
    if not gold_dir.is_dir():
        raise typer.BadParameter(f"{gold_dir} is not a folder", param_hint="GOLD_DIR")
    if not any(gold_dir.glob("*.gold.json")):
        err_console.print(f"no *.gold.json files in {escape(str(gold_dir))}", highlight=False)
        raise typer.Exit(2)
    return evaluate(gold_dir)


def print_json(data: dict[str, Any]) -> None:
    """One JSON document on stdout (non-ASCII kept, indented)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def table_console(width: int) -> Console:
    """The console for a wide table: the terminal's, or ``width`` columns in files and pipes."""
    console = Console()
    return console if console.is_terminal else Console(width=width)
