"""Name normalisation and the entity override file (merge or split names).

Two mentions in different articles are the same entity when they have the same type and the
same normalised name, or when one is a known alias of the other. The override file corrects
what these rules get wrong::

    # overrides.yaml
    merge:                      # these names are one entity, shown under `name`
      - type: PER
        name: Jurij Kowalenko
        aliases: [Juri Kowalenko, Yuriy Kovalenko]
    split:                      # this name is its own entity: never joined to another one
      - type: PER               # by surname or alias
        name: Huber
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.caching import CACHE_LIMIT

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")

_QUOTES = re.compile(r"[\"'„“”‚‘’«»‹›]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=CACHE_LIMIT)
def normalise_name(name: str) -> str:
    """Key for comparing names: NFKC, no quote marks, one kind of dash and space, casefolded."""
    # remembered per name: the store's ingest asks 3–5 times for each name (session 23)
    text = unicodedata.normalize("NFKC", name)
    text = _QUOTES.sub("", text)
    text = _DASHES.sub("-", text)
    return _SPACE.sub(" ", text).strip(" .,;:").casefold()


class OverrideError(ValueError):
    """The override file is malformed."""


@dataclass
class Overrides:
    """Merge and split rules for entity identity."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)
    """(type, normalised alias or name) → canonical display name."""
    split: set[tuple[str, str]] = field(default_factory=set)
    """(type, normalised name) pairs that must stay their own entity."""

    def canonical_name(self, type_: str, name: str) -> str:
        return self.canonical.get((type_, normalise_name(name)), name)

    def is_split(self, type_: str, name: str) -> bool:
        return (type_, normalise_name(name)) in self.split

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, origin: str = "overrides") -> Overrides:
        out = cls()
        if not data:
            return out
        if not isinstance(data, dict):
            raise OverrideError(f"{origin}: top level must be a mapping with 'merge'/'split'")
        unknown = set(data) - {"merge", "split"}
        if unknown:
            raise OverrideError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))}")
        for i, item in enumerate(data.get("merge") or [], 1):
            type_, name = _type_and_name(item, f"{origin}: merge #{i}")
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise OverrideError(f"{origin}: merge #{i}: 'aliases' must be a list of names")
            for alias in [name, *aliases]:
                out.canonical[(type_, normalise_name(alias))] = name
        for i, item in enumerate(data.get("split") or [], 1):
            out.split.add(
                (_type_and_name(item, f"{origin}: split #{i}")[0], normalise_name(item["name"]))
            )
        return out

    @classmethod
    def load(cls, path: str | Path | None) -> Overrides:
        if path is None:
            return cls()
        p = Path(path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except OSError as exc:
            raise OverrideError(f"cannot read override file {p}: {exc.strerror}") from exc
        except yaml.YAMLError as exc:
            raise OverrideError(f"override file {p} is not valid YAML: {exc}") from exc
        return cls.from_dict(data, str(p))


def _type_and_name(item: Any, where: str) -> tuple[str, str]:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise OverrideError(f"{where}: needs 'type' and 'name'")
    type_ = str(item.get("type", "")).upper()
    if type_ not in ENTITY_TYPES:
        raise OverrideError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}")
    return type_, item["name"]
