"""``newsgraph analyze`` and ``newsgraph schema``."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.cli.app import app
from newsgraph.cli.common import RunReport, emit, finish, iter_articles, reader_options
from newsgraph.model import Article, json_schema
from newsgraph.pipeline import STAGES
from newsgraph.pipeline import analyze as run_pipeline

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Files, directories, globs or '-' for stdin (.txt, .html, .jsonl, .csv, .warc, feeds; .gz too)."
    ),
]
InputFormat = Annotated[
    str, typer.Option("--input-format", help="auto|text|html|jsonl|csv|warc|feed")
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date (ISO) for articles that state none; relative dates resolve against it.",
    ),
]
MaxMb = Annotated[
    float,
    typer.Option(
        "--max-mb", help="Largest input accepted, in MiB (a WARC file: its largest record)."
    ),
]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input.")]
Language = Annotated[
    str | None,
    typer.Option("--language", help="Force the language (ISO code) instead of detecting it."),
]
TextField = Annotated[
    str | None, typer.Option("--text-field", help="JSONL/CSV field with the article text.")
]
TitleField = Annotated[
    str | None, typer.Option("--title-field", help="JSONL/CSV field with the title.")
]
UrlField = Annotated[str | None, typer.Option("--url-field", help="JSONL/CSV field with the URL.")]
DateField = Annotated[
    str | None, typer.Option("--date-field", help="JSONL/CSV field with the publication date.")
]


@app.command()
def analyze(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", "-f", help="json|jsonl|text")] = "json",
    published: Published = None,
    stages: Annotated[
        str,
        typer.Option(
            help=f"Comma-separated stages to run after structure ({','.join(STAGES)}), or 'none'."
        ),
    ] = ",".join(STAGES),
    input_format: InputFormat = "auto",
    max_mb: MaxMb = 20.0,
    strict: Strict = False,
    language: Language = None,
    text_field: TextField = None,
    title_field: TitleField = None,
    url_field: UrlField = None,
    date_field: DateField = None,
) -> None:
    """Read news reports and print them as structured Articles with their facts."""
    if format not in ("json", "jsonl", "text"):
        raise typer.BadParameter("choose json, jsonl or text", param_hint="--format")
    wanted = [] if stages.strip() in ("", "none") else [s.strip() for s in stages.split(",")]
    unknown = [s for s in wanted if s not in STAGES]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {', '.join(unknown)}", param_hint="--stages")
    options = reader_options(
        input_format, max_mb, published, language, text_field, title_field, url_field, date_field
    )
    report = RunReport()
    articles = (
        run_pipeline(a, stages=wanted) for a in iter_articles(paths, options, report, strict=strict)
    )
    if format == "text":
        console = Console()
        for article in articles:
            print_article(article, console)
    elif format == "jsonl":
        emit((a.to_dict() for a in articles), "jsonl")
    else:
        emit([a.to_dict() for a in articles], "json")
    finish(report)


def print_article(article: Article, console: Console) -> None:
    """A human-readable view of an Article."""
    from rich.markup import escape

    console.rule(escape(article.title or article.source.path or article.id))
    meta = [
        ("dateline", article.dateline),
        ("published", article.published),
        ("language", article.language),
        ("agencies", ", ".join(article.agencies) or None),
        ("authors", ", ".join(article.authors) or None),
        ("lead", article.lead),
    ]
    for key, value in meta:
        if value:
            console.print(f"[bold]{key}:[/bold] {escape(value)}")
    for block in article.blocks:
        label: str = block.type
        if block.type == "media":
            extra = ", ".join(
                f"{k}={v}" for k, v in (("kind", block.kind), ("credit", block.credit)) if v
            )
            label = f"media ({extra})"
        elif block.type == "boilerplate":
            label = f"boilerplate ({block.reason})"
        console.print(f"[dim]{escape(label)}:[/dim] {escape(block.text)}")
    for entity in article.entities:
        roles = f" — {', '.join(entity.roles)}" if entity.roles else ""
        console.print(f"[cyan]{entity.type}[/cyan] {escape(entity.name)}{escape(roles)}")
    for quote in article.quotes:
        who = quote.speaker.name if quote.speaker else "?"
        console.print(f"[green]{quote.kind}[/green] {escape(who)}: {escape(quote.text)}")
    for event in article.events:
        actors = ", ".join(a.name for a in event.actors)
        targets = ", ".join(t.name for t in event.targets)
        console.print(
            f"[magenta]{event.type}[/magenta] {escape(actors)} → {escape(targets)} ({escape(event.trigger)})"
        )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Article."""
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
