"""``newsgraph quotes`` (who said what) and ``newsgraph eval quotes`` (score against gold)."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.cli.analyze import InputFormat, Language, MaxMb, Published, Strict
from newsgraph.cli.app import app, eval_app
from newsgraph.cli.common import (
    AsJson,
    GoldDir,
    RunReport,
    analysed_articles,
    emit,
    err_console,
    existing_store_url,
    finish,
    gold_report,
    print_json,
    reader_options,
    table_console,
)
from newsgraph.model import Article

FORMATS = ("json", "jsonl", "csv", "text")
CSV_FIELDS = (
    "article",
    "published",
    "kind",
    "speaker",
    "speaker_id",
    "text",
    "cue",
    "confidence",
    "start",
    "end",
    "sentence",
)


def _matches(name: str | None, wanted: str | None) -> bool:
    if wanted is None:
        return True
    if name is None:
        return False
    from newsgraph.evaluation.quotes import same_speaker

    return same_speaker(name, wanted) or wanted.casefold() in name.casefold()


def quote_rows(article: Article, speaker: str | None = None) -> list[dict[str, Any]]:
    """The quotes of an analysed article as flat records (optionally of one speaker)."""
    rows = []
    for q in article.quotes:
        name = q.speaker.name if q.speaker else None
        if not _matches(name, speaker):
            continue
        rows.append(
            {
                "article": article.source.path or article.source.url or article.id,
                "title": article.title,
                "published": article.published,
                "kind": q.kind,
                "speaker": name,
                "speaker_id": q.speaker.id if q.speaker else None,
                "text": q.text,
                "cue": q.cue,
                "confidence": q.confidence,
                "start": q.start,
                "end": q.end,
                "sentence": q.sentence,
            }
        )
    return rows


def _write(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "text":
        console = Console()
        for r in rows:
            who = r["speaker"] or "?"
            console.print(
                f"[green]{r['kind']}[/green] [bold]{escape(who)}[/bold]: {escape(r['text'])}"
                f" [dim]({escape(str(r['cue'] or ''))}; {r['confidence']:.2f})[/dim]",
                highlight=False,
            )
    elif fmt == "jsonl":
        emit(iter(rows), "jsonl")
    else:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def _from_store(db: str, speaker: str | None, limit: int) -> list[dict[str, Any]]:
    from newsgraph.store import StoreError, open_store, queries

    try:
        store = open_store(db)
    except StoreError as exc:
        err_console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    page = queries.quotes(store, speaker=speaker, limit=limit)
    rows = []
    for rec in page.items:
        rows.append(
            {
                "article": rec.article_id,
                "title": rec.article_title,
                "published": rec.published,
                "kind": rec.kind,
                "speaker": rec.speaker.name if rec.speaker else None,
                "speaker_id": rec.speaker.id if rec.speaker else None,
                "text": rec.text,
                "cue": rec.cue,
                "confidence": rec.confidence,
                "start": rec.start,
                "end": rec.end,
                "sentence": rec.sentence,
            }
        )
    return rows


@app.command()
def quotes(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, directories, globs or '-' (omit with --db to query the store)."
        ),
    ] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only quotes of this speaker (name or surname).")
    ] = None,
    published: Published = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json|jsonl|csv|text")] = "json",
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store to query when no PATH is given (default: $NEWSGRAPH_DB or ./newsgraph.sqlite).",
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most quotes read from the store.")] = 200,
    input_format: InputFormat = "auto",
    max_mb: MaxMb = 20.0,
    strict: Strict = False,
    language: Language = None,
) -> None:
    """Who said what: the direct, partial and reported quotes of news reports, with speakers."""
    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if not paths:
        db = existing_store_url(db)
        _write(_from_store(db, speaker, limit), format)
        return

    options = reader_options(input_format, max_mb, published, language)
    report = RunReport()
    rows: list[dict[str, Any]] = []
    for article in analysed_articles(
        paths, options, report, strict=strict, stages=["entities", "quotes"]
    ):
        rows.extend(quote_rows(article, speaker))
    _write(rows, format)
    finish(report)


@eval_app.command("quotes")
def eval_quotes(
    gold_dir: GoldDir,
    as_json: AsJson = False,
    misses: Annotated[
        bool, typer.Option("--misses", help="List the quotes missed or mis-attributed.")
    ] = False,
) -> None:
    """Score quotes against gold files: direct+partial F1, speaker accuracy, reported-speech recall."""
    from newsgraph.evaluation.quotes import evaluate_dir

    report = gold_report(gold_dir, lambda d: evaluate_dir(d, with_misses=misses))
    if as_json:
        data = report.to_dict()
        if misses:
            data["misses"] = {f.name: f.misses for f in report.files}
        print_json(data)
        return
    table = Table(title="quotes vs gold")
    for col in (
        "file",
        "dp gold",
        "P",
        "R",
        "F1",
        "speaker",
        "ind gold",
        "ind recall",
        "ind speaker",
    ):
        table.add_column(col, justify="left" if col == "file" else "right")
    for f in [*report.files, report.total]:
        if f.error:
            table.add_row(escape(f.name), f"[red]{escape(f.error)}[/red]", *[""] * 7)
            continue
        table.add_row(
            escape(f.name),
            str(f.gold_quotes),
            f"{f.precision:.2f}",
            f"{f.recall:.2f}",
            f"{f.f1:.2f}",
            f"{f.speaker_accuracy:.2f}",
            str(f.gold_indirect),
            f"{f.indirect_recall:.2f}",
            f"{f.indirect_speaker_accuracy:.2f}",
        )
    console = table_console(160)
    console.print(table)
    numbers = report.total.numbers()
    console.print(
        f"speech found whatever its kind or extent: recall {numbers['speech_recall']:.2f}, "
        f"precision {numbers['speech_precision']:.2f}; reported speech precision "
        f"{numbers['indirect_precision']:.2f} ({numbers['indirect_right']} of "
        f"{numbers['predicted_indirect']} predicted lie on gold speech)",
        highlight=False,
    )
    if misses:
        for f in report.files:
            for m in f.misses:
                console.print(
                    f"{escape(f.name)}: {m['kind']} {escape(m['problem'])}: {escape(m['text'][:100])}",
                    highlight=False,
                )
