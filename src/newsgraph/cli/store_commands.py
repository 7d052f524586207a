"""``newsgraph ingest``, ``search``, ``entity``, ``export`` and ``serve``: the knowledge store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from newsgraph.cli.app import app
from newsgraph.cli.common import RunReport, err_console, finish, iter_articles, reader_options
from newsgraph.readers.inputs import expand_paths
from newsgraph.store import (
    OverrideError,
    Overrides,
    Store,
    StoreError,
    default_url,
    ingest_article,
    open_store,
)
from newsgraph.store.ingest import stored_unchanged

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store URL: sqlite:///file.sqlite (default: $NEWSGRAPH_DB or sqlite:///newsgraph.sqlite) "
        "or postgresql+psycopg://user:pass@host/db.",
        show_default=False,
    ),
]
OutFormat = Annotated[str, typer.Option("--format", "-f", help="text|json")]


DOC_FILES = {"README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG", "AUTHORS"}
"""File names (without suffix) that are documentation, not reports, when a directory is walked."""


def report_paths(paths: list[str]) -> list[str]:
    """The inputs with documentation files (README.md, LICENSE, …) of walked directories left out.

    Files named explicitly are always kept.
    """
    out: list[str] = []
    for raw in paths:
        if raw != "-" and Path(raw).is_dir():
            walked = [n for n in expand_paths([raw]) if Path(n).stem.upper() not in DOC_FILES]
            out.extend(walked or [raw])
        else:
            out.append(raw)
    return out


def connect(db: str | None) -> Store:
    """Open the store or exit with a clear message (exit code 2)."""
    try:
        return open_store(db or default_url())
    except StoreError as exc:
        err_console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs or '-' (any input `analyze` reads)."),
    ],
    db: Db = None,
    overrides: Annotated[
        Path | None,
        typer.Option(help="YAML file with entity merge/split rules (see docs/store.md)."),
    ] = None,
    input_format: Annotated[
        str, typer.Option("--input-format", help="auto|text|html|jsonl|csv|warc|feed")
    ] = "auto",
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO) for articles that state none.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Force the language (ISO code).")] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Largest input accepted, in MiB.")
    ] = 20.0,
    text_field: Annotated[str | None, typer.Option(help="JSONL/CSV text field.")] = None,
    title_field: Annotated[str | None, typer.Option(help="JSONL/CSV title field.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSONL/CSV URL field.")] = None,
    date_field: Annotated[str | None, typer.Option(help="JSONL/CSV date field.")] = None,
) -> None:
    """Analyse reports and store them with their facts (new / updated / skipped / failed).

    Each article is stored in its own transaction: a failure loses nothing stored before.
    Exit code 2 when any input or article failed.
    """
    from newsgraph.pipeline import analyze as run_pipeline

    options = reader_options(
        input_format, max_mb, published, language, text_field, title_field, url_field, date_field
    )
    try:
        rules = Overrides.load(overrides)
    except OverrideError as exc:
        raise typer.BadParameter(str(exc), param_hint="--overrides") from exc
    store = connect(db)
    counts = {"new": 0, "updated": 0, "skipped": 0, "failed": 0}
    report = RunReport()
    try:
        for article in iter_articles(report_paths(paths), options, report):
            name = article.source.path or article.id
            if article.source.record is not None:
                name = f"{name}#{article.source.record}"
            try:
                result = stored_unchanged(store, article)
                if result is None:
                    result = ingest_article(store, run_pipeline(article), rules)
            except Exception as exc:  # one bad article must not stop the run
                counts["failed"] += 1
                report.failed += 1
                report.ok -= 1
                err_console.print(
                    f"[red]failed:[/red] {escape(name)}: {escape(type(exc).__name__)}: "
                    f"{escape(str(exc))}",
                    highlight=False,
                )
                continue
            counts[result.outcome] += 1
    finally:
        store.close()
    counts["failed"] += len(report.errors)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    err_console.print(
        f"ingest: {summary} (store: {escape(_shown(store.url))})", highlight=False, soft_wrap=True
    )
    finish(report)


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command()
def relink(
    overrides: Annotated[
        Path | None, typer.Option(help="YAML file with entity merge/split rules.")
    ] = None,
    db: Db = None,
) -> None:
    """Rebuild entity identity for all stored reports (e.g. after changing the override file)."""
    from newsgraph.store import relink as relink_store

    try:
        rules = Overrides.load(overrides)
    except OverrideError as exc:
        raise typer.BadParameter(str(exc), param_hint="--overrides") from exc
    store = connect(db)
    with store:
        n = relink_store(store, rules)
    err_console.print(f"relinked the entities of {n} article(s)", highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur; word* = prefix).")],
    db: Db = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    format: OutFormat = "text",
) -> None:
    """Full-text search over the stored articles, quotes and entity names."""
    from newsgraph.store import queries

    store = connect(db)
    with store:
        res = queries.search(store, query, limit=limit)
    if format == "json":
        print(res.model_dump_json(indent=2))
        return
    console = Console()
    console.print(f"[bold]{res.articles.total}[/bold] article(s) for {escape(query)!r}")
    for hit in res.articles.items:
        a = hit.article
        console.print(
            f"[cyan]#{a.id}[/cyan] {escape(a.published or '')} [bold]{escape(a.title or '(untitled)')}[/bold]"
        )
        parts = queries.snippet_parts(hit.snippet)
        console.print(
            "   " + "".join(f"[yellow]{escape(t)}[/yellow]" if h else escape(t) for t, h in parts)
        )
    if res.quotes:
        console.rule("quotes")
        for q in res.quotes:
            who = q.speaker.name if q.speaker else "?"
            console.print(
                f"[green]{escape(who)}[/green]: „{escape(q.text)}“ [dim]#{q.article_id}[/dim]"
            )
    if res.entities:
        console.rule("entities")
        for e in res.entities:
            console.print(f"{e.type} {escape(e.name)} [dim]({e.mention_count} mentions)[/dim]")


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Name or alias of a person, organisation, place…")],
    db: Db = None,
    type: Annotated[str | None, typer.Option("--type", help="PER|ORG|LOC|MISC")] = None,
    format: OutFormat = "text",
) -> None:
    """What the store knows about an entity: aliases, roles, quotes, events, co-actors."""
    from newsgraph.store import queries

    store = connect(db)
    with store:
        found = queries.entity(store, name, type)
        others = queries.entity_candidates(store, name, type) if found else []
    if found is None:
        err_console.print(f"no entity matches {escape(name)!r}", highlight=False)
        raise typer.Exit(1)
    if format == "json":
        print(found.model_dump_json(indent=2))
        return
    c = Console()
    c.rule(f"{escape(found.name)} ({found.type})")
    c.print(
        f"{found.mention_count} mentions in {found.article_count} article(s), "
        f"{found.quote_count} quote(s), {found.event_count} event(s)"
    )
    if found.aliases:
        c.print("[bold]aliases:[/bold] " + escape(", ".join(found.aliases)))
    for r in found.roles:
        first, last = (r.first_seen or "")[:10], (r.last_seen or "")[:10]
        span = first if first == last else f"{first} – {last}"
        when = f" [dim]({escape(span)})[/dim]" if span else ""
        c.print(f"[bold]role:[/bold] {escape(r.role)}{when}")
    for q in found.quotes:
        c.print(f"[green]{q.kind}[/green] {escape(q.published or '')}: „{escape(q.text)}“")
    for ev in found.events:
        actors = ", ".join(a.name for a in ev.actors)
        targets = ", ".join(t.name for t in ev.targets)
        c.print(
            f"[magenta]{escape(ev.event_date or '?')} {escape(ev.type)}[/magenta] "
            f"{escape(actors)} → {escape(targets)} ({escape(ev.trigger)})"
        )
    if found.co_actors:
        c.print(
            "[bold]co-actors:[/bold] "
            + escape(
                ", ".join(
                    f"{x.entity.name} ({x.shared_events}/{x.shared_articles})"
                    for x in found.co_actors[:10]
                )
            )
        )
    rest = [o for o in others if o.id != found.id]
    if rest:
        c.print("[dim]also matching: " + escape(", ".join(o.name for o in rest[:10])) + "[/dim]")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl|csv|parquet|graphml")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file (jsonl, graphml; default stdout) or directory (csv, parquet; "
            "default ./newsgraph-export).",
        ),
    ] = None,
    db: Db = None,
    since: Annotated[str | None, typer.Option(help="graphml: events from this date")] = None,
    until: Annotated[str | None, typer.Option(help="graphml: events up to this date")] = None,
    type: Annotated[
        list[str] | None, typer.Option("--type", help="graphml: event type(s), e.g. CONSULT")
    ] = None,
) -> None:
    """Export the store: Article JSON lines, every table as CSV/Parquet, or the actor network."""
    from newsgraph.store.export import (
        EXPORT_FORMATS,
        export_tables,
        iter_article_json,
        write_graphml,
    )
    from newsgraph.store.queries import parse_date

    if format not in EXPORT_FORMATS:
        raise typer.BadParameter(
            f"choose one of {', '.join(EXPORT_FORMATS)}", param_hint="--format"
        )
    try:
        parse_date(since, "--since")
        parse_date(until, "--until")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    store = connect(db)
    with store:
        if format == "jsonl":
            fh = out.open("w", encoding="utf-8") if out else sys.stdout
            n = 0
            try:
                for doc in iter_article_json(store):
                    fh.write(json.dumps(json.loads(doc), ensure_ascii=False) + "\n")
                    n += 1
            finally:
                if out:
                    fh.close()
            err_console.print(f"exported {n} article(s)", highlight=False)
        elif format == "graphml":
            if out:
                with out.open("wb") as bfh:
                    nodes, edges = write_graphml(store, bfh, since=since, until=until, types=type)
            else:
                nodes, edges = write_graphml(
                    store, sys.stdout.buffer, since=since, until=until, types=type
                )
            err_console.print(f"exported {nodes} node(s), {edges} edge(s)", highlight=False)
        else:
            files = export_tables(store, out or Path("newsgraph-export"), format)
            err_console.print(
                f"exported {len(files)} table(s) to {escape(str(files[0].parent))}", highlight=False
            )


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the web UI and the REST API (OpenAPI docs at /docs)."""
    import uvicorn

    from newsgraph.api.app import create_app

    store = connect(db)
    err_console.print(
        f"serving {escape(_shown(store.url))} at http://{host}:{port}/ (API docs at /docs)",
        highlight=False,
    )
    uvicorn.run(create_app(store), host=host, port=port, log_level="info")
