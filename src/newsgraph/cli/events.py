"""``newsgraph events`` (who did what with whom, where and when) and ``newsgraph eval events``."""

from __future__ import annotations

import csv
import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

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
from newsgraph.model import Article, EntityRef, Event

if TYPE_CHECKING:
    from newsgraph.evaluation.events import FileScore

FORMATS = ("json", "jsonl", "csv", "text")
CSV_FIELDS = (
    "article",
    "published",
    "type",
    "mode",
    "actors",
    "targets",
    "location",
    "time",
    "modality",
    "source",
    "trigger",
    "start",
    "end",
    "sentence",
)


def _name_matches(refs: list[EntityRef], wanted: str) -> bool:
    from newsgraph.evaluation.events import same_name

    return any(same_name(r.name, wanted) or wanted.casefold() in r.name.casefold() for r in refs)


def event_rows(
    article: Article, type_: str | None = None, actor: str | None = None
) -> list[dict[str, Any]]:
    """The events of an analysed article as records, filtered by type and participant."""
    types = {t.strip().upper() for t in type_.split(",")} if type_ else None
    rows = []
    for ev in article.events:
        if types and ev.type not in types:
            continue
        if actor and not _name_matches(ev.actors + ev.targets, actor):
            continue
        rows.append(_row(article, ev))
    return rows


def _ref(ref: Any) -> dict[str, str] | None:
    """``{id, name}`` of an entity reference (of an Article or of a store record)."""
    return None if ref is None else {"id": str(ref.id), "name": str(ref.name)}


def _row(article: Article, ev: Event) -> dict[str, Any]:
    return {
        "article": article.source.path or article.source.url or article.id,
        "title": article.title,
        "published": article.published,
        "type": ev.type,
        "mode": ev.mode,
        "actors": [_ref(a) for a in ev.actors],
        "targets": [_ref(t) for t in ev.targets],
        "location": _ref(ev.location),
        "time": ev.time,
        "modality": ev.modality,
        "source": _ref(ev.source),
        "trigger": ev.trigger,
        "start": ev.start,
        "end": ev.end,
        "sentence": ev.sentence,
    }


def _names(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(v["name"] for v in value if v)
    if isinstance(value, dict):
        return str(value.get("name", ""))
    return str(value)


def write_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            flat = dict(r)
            for key in ("actors", "targets", "location", "source"):
                flat[key] = _names(r.get(key))
            writer.writerow(flat)
    elif fmt == "text":
        console = Console()
        for r in rows:
            where = f" in {_names(r['location'])}" if r.get("location") else ""
            when = f" on {r['time']}" if r.get("time") else ""
            src = f" (per {_names(r['source'])})" if r.get("source") else ""
            mod = f" [{r['modality']}]" if r.get("modality") != "asserted" else ""
            console.print(
                f"[magenta]{r['type']}[/magenta]{escape(mod)} "
                f"[bold]{escape(_names(r['actors']) or '?')}[/bold] → "
                f"{escape(_names(r['targets']) or '-')}{escape(where + when + src)}"
                f" [dim]({escape(r['trigger'])}: {escape(r.get('mode') or '')})[/dim]",
                highlight=False,
            )
    elif fmt == "jsonl":
        emit(iter(rows), "jsonl")
    else:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def _from_store(
    db: str, type_: str | None, actor: str | None, since: str | None, limit: int
) -> list[dict[str, Any]]:
    from newsgraph.store import StoreError, open_store, queries

    try:
        store = open_store(db)
    except StoreError as exc:
        err_console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    types = [t.strip().upper() for t in type_.split(",")] if type_ else None
    try:
        page = queries.events(store, actor=actor, type=types, since=since, limit=limit)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from exc
    rows = []
    for rec in page.items:
        rows.append(
            {
                "article": rec.article_id,
                "title": rec.article_title,
                "published": None,
                "type": rec.type,
                "mode": rec.mode,
                "actors": [_ref(a) for a in rec.actors],
                "targets": [_ref(t) for t in rec.targets],
                "location": _ref(rec.location),
                "time": rec.event_date,
                "modality": rec.modality,
                "source": _ref(rec.reported_by),
                "trigger": rec.trigger,
                "start": rec.start,
                "end": rec.end,
                "sentence": rec.sentence,
            }
        )
    return rows


@app.command()
def events(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, directories, globs or '-' (omit with --db to query the store)."
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", help="Only events of these PLOVER types (comma-separated)."),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Only events this entity takes part in (name or surname)."),
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
    since: Annotated[
        str | None,
        typer.Option("--since", help="Store query (no PATH): events on or after this date."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most events read from the store.")] = 200,
    input_format: InputFormat = "auto",
    max_mb: MaxMb = 20.0,
    strict: Strict = False,
    language: Language = None,
) -> None:
    """Who did what with whom, where and when: PLOVER-coded events of news reports."""
    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if not paths:
        db = existing_store_url(db)
        write_rows(_from_store(db, type_, actor, since, limit), format)
        return
    if since is not None:
        raise typer.BadParameter("--since filters the store: give no PATH", param_hint="--since")
    options = reader_options(input_format, max_mb, published, language)
    report = RunReport()
    rows: list[dict[str, Any]] = []
    for article in analysed_articles(paths, options, report, strict=strict):
        rows.extend(event_rows(article, type_, actor))
    write_rows(rows, format)
    finish(report)


@eval_app.command("events")
def eval_events(
    gold_dir: GoldDir,
    as_json: AsJson = False,
    misses: Annotated[
        bool,
        typer.Option(
            "--misses",
            help="List missed and extra (type, actor, target) triples and gold and predicted "
            "events left unmatched by the per-event score.",
        ),
    ] = False,
) -> None:
    """Score events (type, actor, target triples; and event by event in its sentence), times and
    amounts against gold files."""
    from newsgraph.evaluation.events import evaluate_dir

    report = gold_report(gold_dir, evaluate_dir)
    if as_json:
        data = report.to_dict()
        if misses:
            data["misses"] = {
                f.name: {
                    "missed": f.misses,
                    "extra": f.extra,
                    "time_values": f.value_misses,
                    "missed_events": f.event_misses,
                    "extra_events": f.event_extra,
                }
                for f in report.files
            }
        print_json(data)
        return
    table = Table(title="events vs gold")
    cols: tuple[str, ...] = ("file", "gold", "pred", "P", "R", "F1", "relaxed F1")
    cols += ("times R", "amounts R", "times P", "amounts P", "time values")
    for col in cols:
        if col == "file":
            table.add_column(col, justify="left", overflow="fold", min_width=14)
        else:
            table.add_column(col, justify="right")
    for f in [*report.files, report.total]:
        if f.error:
            table.add_row(escape(f.name), f"[red]{escape(f.error)}[/red]", *[""] * 10)
            continue
        table.add_row(
            escape(f.name),
            str(f.gold_events),
            str(f.predicted_events),
            f"{f.precision:.2f}",
            f"{f.recall:.2f}",
            f"{f.f1:.2f}",
            f"{f.relaxed_f1:.2f}",
            f"{f.times_recall:.2f}" if f.gold_times else "-",
            f"{f.amounts_recall:.2f}" if f.gold_amounts else "-",
            f"{f.times_precision:.2f}" if f.predicted_times else "-",
            f"{f.amounts_precision:.2f}" if f.predicted_amounts else "-",
            f"{f.values_right}/{f.values_checked}" if f.values_checked else "-",
        )
    console = table_console(120)
    console.print(table)
    t = report.total
    console.print(
        f"matched events: places right {t.places_right}/{t.places_gold} "
        f"(precision {t.places_right}/{t.places_given}, added to {t.places_added} of "
        f"{t.places_unlocated} unplaced), dates right {t.dates_right}/{t.dates_checked}; "
        f"time values right {t.values_right}/{t.values_checked}",
        highlight=False,
    )
    _print_per_event(console, t)
    if misses:
        for f in report.files:
            for m in f.misses:
                console.print(f"{escape(f.name)}: missed {escape(m)}", highlight=False)
            for m in f.extra:
                console.print(f"{escape(f.name)}: extra  {escape(m)}", highlight=False)
            for m in f.value_misses:
                console.print(f"{escape(f.name)}: time value {escape(m)}", highlight=False)
            for m in f.event_misses:
                console.print(f"{escape(f.name)}: missed event {escape(m)}", highlight=False)
            for m in f.event_extra:
                console.print(f"{escape(f.name)}: extra event  {escape(m)}", highlight=False)


def _print_per_event(console: Console, t: FileScore) -> None:
    """The per-event score of the whole gold folder: one gold event to one predicted event of its
    sentence (``newsgraph.evaluation.events.match_events``), and its counts per type."""
    anywhere = t.any_sentence()
    console.print(
        f"per event: gold {t.event_gold}, predicted {t.event_predicted}, matched "
        f"{t.event_matched} (every party right {t.event_exact}): P {t.event_precision:.3f} "
        f"R {t.event_recall:.3f} F1 {t.event_f1:.3f}; {t.event_elsewhere} more gold events read "
        f"in another sentence (counting them: P {anywhere['precision']:.3f} "
        f"R {anywhere['recall']:.3f} F1 {anywhere['f1']:.3f})",
        highlight=False,
    )
    if not t.event_types:
        return
    table = Table(title="per event, by type")
    for col in ("type", "gold", "pred", "matched", "P", "R"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for etype, (gold, pred, matched) in sorted(t.event_types.items()):
        table.add_row(
            etype,
            str(gold),
            str(pred),
            str(matched),
            f"{matched / pred:.2f}" if pred else "-",
            f"{matched / gold:.2f}" if gold else "-",
        )
    console.print(table)
