"""Command-line interface: ``newsgraph …``.

Each command lives in a module of this package named for what it does; importing the
module registers its commands on :data:`newsgraph.cli.app.app`.
"""

from __future__ import annotations

from newsgraph.cli import analyze as _analyze  # noqa: F401  (registers commands)
from newsgraph.cli import batch as _batch  # noqa: F401
from newsgraph.cli import eval_intervals as _eval_intervals  # noqa: F401
from newsgraph.cli import eval_ner as _eval_ner  # noqa: F401
from newsgraph.cli import eval_structure as _eval_structure  # noqa: F401
from newsgraph.cli import events as _events  # noqa: F401
from newsgraph.cli import quotes as _quotes  # noqa: F401
from newsgraph.cli import store_commands as _store_commands  # noqa: F401
from newsgraph.cli.app import app


def main() -> None:
    app()
