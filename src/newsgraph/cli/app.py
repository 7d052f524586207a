"""The Typer applications every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsgraph",
    help="Turn news reports into a knowledge graph: who said what, who did what with whom, where and when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

eval_app = typer.Typer(
    help="Score newsgraph against gold data (NER, structure, quotes, events).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")
