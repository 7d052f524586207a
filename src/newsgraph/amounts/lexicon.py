"""Loading the YAML lexicons under ``newsgraph/data/`` (cached per file)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# the C parser when PyYAML has it (same data, several times faster than the Python one)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_yaml(folder: str, name: str) -> dict[str, Any]:
    """The parsed YAML file ``newsgraph/data/<folder>/<name>`` (an empty dict if absent)."""
    path = resources.files("newsgraph") / "data" / folder / name
    if not path.is_file():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{folder}/{name}: expected a mapping at the top level")
    return data


def lang_key(language: str | None) -> str:
    """The lexicon language for an article language: 'en' for English, else German."""
    return "en" if (language or "").lower().startswith("en") else "de"


def alternation(words: list[str] | Any) -> str:
    """A regex alternation of literal words, longest first (so prefixes don't win)."""
    import re

    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in items)
