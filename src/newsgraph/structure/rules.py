"""Load the structure rules (patterns and lexicons kept as data files)."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "newsgraph.data"


def data_text(*parts: str) -> str:
    """Read a packaged data file (``newsgraph/data/...``) as text."""
    ref = resources.files(DATA_PACKAGE)
    for part in parts:
        ref = ref.joinpath(part)
    return ref.read_text(encoding="utf-8")


def read_list(*parts: str) -> list[str]:
    """A packaged one-item-a-line list; ``#`` starts a comment line."""
    items = []
    for line in data_text(*parts).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            items.append(line)
    return items


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The entity lexicon's given names (``data/entities/first_names.txt.gz``): a layout rule
    asks whether a line opens with, or a phrase ends in, a person's given name."""
    with (
        resources.files(DATA_PACKAGE).joinpath("entities/first_names.txt.gz").open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as fh,
    ):
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


def _compile(patterns: list[str] | str) -> list[re.Pattern[str]]:
    if isinstance(patterns, str):
        patterns = [patterns]
    return [re.compile(p) for p in patterns]


#: the longest line the boilerplate patterns are tried on (consent boxes and teasers are shorter;
#: the patterns scan a 2,000-character one-line record for nothing)
BOILERPLATE_MAX_CHARS = 800


@dataclass(frozen=True)
class StructureRules:
    media_source: list[re.Pattern[str]]
    media_kind_by_source: dict[str, re.Pattern[str]]
    media_source_strip: list[re.Pattern[str]]
    credit_line: list[re.Pattern[str]]
    inline_credit: list[re.Pattern[str]]
    boilerplate: dict[str, list[re.Pattern[str]]]
    author_line: list[re.Pattern[str]]
    agency_line: re.Pattern[str]
    initials: re.Pattern[str]
    dateline: dict[str, re.Pattern[str]]
    dateline_stopwords: frozenset[str]
    date_line: list[re.Pattern[str]]
    signoff: re.Pattern[str]
    signoff_inline: re.Pattern[str]
    signoff_date_only: re.Pattern[str]
    signoff_agencies_only: re.Pattern[str]
    interview_label: re.Pattern[str]
    teaser_continuation: re.Pattern[str] | None
    reference_tail: re.Pattern[str] | None
    signoff_ignore: frozenset[str]
    subheading_max_chars: int
    subheading_max_words: int
    sentence_end: re.Pattern[str]
    title_max_chars: int
    kicker_max_words: int
    agencies: dict[str, str] = field(default_factory=dict)  # lower-case form → canonical
    author_desk_words: tuple[str, ...] = ()
    desk_line_words: tuple[str, ...] = ()  # "BBC News" on the line under a byline
    source_line_prefix: re.Pattern[str] | None = None  # "Quelle: ntv.de, mli/dpa"
    source_site: re.Pattern[str] | None = None  # "ntv.de", "ORF.at"
    source_outlet: re.Pattern[str] | None = None  # "SZ" in "© SZ/dpa/saul"
    source_words: frozenset[str] = frozenset()  # "Agenturen"
    credit_label_kind: dict[str, str] = field(
        default_factory=dict
    )  # "foto" → image  # "ARD-Studio Istanbul" in an author line: no name

    def agency(self, token: str) -> str | None:
        """The canonical agency name for a token, or None."""
        return self.agencies.get(token.strip().lower())

    def boilerplate_reason(self, line: str) -> str | None:
        if len(line) > BOILERPLATE_MAX_CHARS:
            return None  # a whole report on one line (corpus records): no boilerplate line
        for reason, patterns in self.boilerplate.items():
            if any(p.search(line) for p in patterns):
                return reason
        return None


def _agencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in read_list("structure", "agencies.txt"):
        name, _, canonical = line.partition("\t")
        table.setdefault(name.strip().lower(), (canonical or name).strip())
    return table


@lru_cache(maxsize=1)
def raw_rules() -> dict[str, Any]:
    """rules.yaml as parsed, once (the structure rules and the run-in headings read it)."""
    raw: dict[str, Any] = yaml.safe_load(data_text("structure", "rules.yaml"))
    return raw


@lru_cache(maxsize=1)
def load_rules() -> StructureRules:
    raw = raw_rules()
    return StructureRules(
        media_source=_compile(raw["media_source"]),
        media_kind_by_source={k: re.compile(v) for k, v in raw["media_kind_by_source"].items()},
        media_source_strip=_compile(raw["media_source_strip"]),
        credit_line=_compile(raw["credit_line"]),
        inline_credit=_compile(raw["inline_credit"]),
        boilerplate={k: _compile(v) for k, v in raw["boilerplate"].items()},
        author_line=_compile(raw["author_line"]),
        agency_line=re.compile(raw["agency_line"]),
        initials=re.compile(raw["initials"]),
        dateline={k: re.compile(v) for k, v in raw["dateline"].items()},
        dateline_stopwords=frozenset(read_list("structure", raw["dateline_stopwords_file"])),
        date_line=_compile(raw["date_line"]),
        signoff=re.compile(raw["signoff"]),
        signoff_inline=re.compile(raw["signoff_inline"]),
        signoff_date_only=re.compile(raw["signoff_date_only"]),
        signoff_agencies_only=re.compile(raw["signoff_agencies_only"]),
        interview_label=re.compile(raw["interview_label"]),
        teaser_continuation=(
            re.compile(raw["teaser_continuation"]) if raw.get("teaser_continuation") else None
        ),
        reference_tail=re.compile(raw["reference_tail"]) if raw.get("reference_tail") else None,
        signoff_ignore=frozenset(raw["signoff_ignore"]),
        subheading_max_chars=int(raw["subheading"]["max_chars"]),
        subheading_max_words=int(raw["subheading"]["max_words"]),
        sentence_end=re.compile(raw["subheading"]["sentence_end"]),
        title_max_chars=int(raw["title"]["max_chars"]),
        kicker_max_words=int(raw["title"]["kicker_max_words"]),
        agencies=_agencies(),
        credit_label_kind={str(k): str(v) for k, v in raw.get("credit_label_kind", {}).items()},
        source_line_prefix=re.compile(raw["source_line_prefix"]),
        source_site=re.compile(raw["source_site"]),
        source_outlet=re.compile(raw["source_outlet"]),
        source_words=frozenset(raw.get("source_words", [])),
        author_desk_words=tuple(w.lower() for w in raw.get("author_desk_words", [])),
        desk_line_words=tuple(w.lower() for w in raw.get("desk_line_words", [])),
    )
