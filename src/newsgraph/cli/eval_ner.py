"""``newsgraph eval ner``: strict span P/R/F1 of the shipped NER on a gold file."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.cli.app import eval_app
from newsgraph.evaluation.ner import NerFormatError, evaluate_ner, read_gold

EXIT_BAD_INPUT = 2


@eval_app.command("ner")
def eval_ner(
    file: Annotated[
        str,
        typer.Argument(
            help="Gold file: GermEval 2014 TSV (index, token, outer, inner; '#' lines) or "
            "CoNLL style (token first, tag last; IOB1/IOB2; blank line between sentences)."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    language: Annotated[str, typer.Option("--language", help="Pipeline language.")] = "de",
) -> None:
    """Score named entities (PER, ORG, LOC, MISC; strict span match) against a gold file."""
    err = Console(stderr=True, soft_wrap=True)
    try:
        sentences = read_gold(file)
    except NerFormatError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_BAD_INPUT) from exc

    from newsgraph.nlp import load_pipeline, ner_pipe_names

    nlp = load_pipeline(language)
    if not ner_pipe_names(nlp):
        err.print(f"[yellow]warning:[/yellow] no NER model for language {language!r}")
    result = evaluate_ner(nlp, sentences)
    if as_json:
        typer.echo(json.dumps(result))
        return

    overall = result["overall"]
    per_type = result["per_type"]
    assert isinstance(overall, dict) and isinstance(per_type, dict)
    table = Table(title=f"NER, strict span match: {file}")
    for col in ("type", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for typ, s in per_type.items():
        table.add_row(
            typ, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["support"])
        )
    support = sum(int(s["support"]) for s in per_type.values())
    table.add_row(
        "overall",
        f"{overall['precision']:.3f}",
        f"{overall['recall']:.3f}",
        f"{overall['f1']:.3f}",
        str(support),
        style="bold",
    )
    console = Console()
    console.print(table)
    console.print(f"{len(sentences)} sentences, {result['tokens_per_s']:.0f} tokens/s")
