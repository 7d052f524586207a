"""Classify the lines of a scraped report: text, media leftovers, credits, boilerplate, bylines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from newsgraph.structure.rules import StructureRules


class LineKind(Enum):
    TEXT = "text"
    SOURCE = "source"  # an image/video URL or file name left over from the page
    CREDIT = "credit"  # a whole-line photo/video credit
    CAPTION = "caption"  # a caption with its credit inline
    BOILERPLATE = "boilerplate"
    AUTHOR = "author"
    AGENCY = "agency"
    DATE = "date"


@dataclass
class Line:
    """One line of input; ``hint`` carries what a structured reader (HTML) already knows."""

    text: str
    hint: str | None = None  # title | heading | paragraph | caption | media | quote | list
    # | boilerplate (a reader already knows it is not body text; data["reason"] says why)
    # | lead (a reader knows the paragraph is the lead/standfirst)
    source_hint: str | None = None
    credit: str | None = None
    kind: LineKind = LineKind.TEXT
    data: dict[str, str] = field(default_factory=dict)


def classify(line: Line, rules: StructureRules) -> Line:
    """Set ``line.kind`` (and ``line.data``) from the rules; hints of structured readers win."""
    text = line.text
    if line.hint == "media":
        line.kind = LineKind.SOURCE
        return line
    if line.hint == "boilerplate":
        line.kind = LineKind.BOILERPLATE
        line.data["reason"] = line.data.get("reason") or rules.boilerplate_reason(text) or "teaser"
        return line
    if line.hint == "caption":
        line.kind = LineKind.CAPTION
        _split_inline_credit(line, rules)
        return line
    if any(p.search(text) for p in rules.media_source):
        line.kind = LineKind.SOURCE
        line.source_hint = clean_source_hint(text, rules)
        return line
    reason = rules.boilerplate_reason(text) or _every_line_boilerplate(text, rules)
    if reason:
        line.kind = LineKind.BOILERPLATE
        line.data["reason"] = reason
        return line
    for pattern in rules.date_line:
        m = pattern.match(text)
        if m:
            line.kind = LineKind.DATE
            line.data["date"] = m.group("date")
            if m.groupdict().get("sources"):
                line.data["sources"] = m.group("sources")
            return line
    agencies = agency_tokens(text, rules)
    if agencies is None:
        agencies = source_tokens(text, rules)
    if agencies is not None:
        line.kind = LineKind.AGENCY
        line.data["agencies"] = "/".join(agencies)
        return line
    for pattern in rules.author_line:
        m = pattern.match(text)
        if m:
            line.kind = LineKind.AUTHOR
            names, desks = _split_desks(m.group("authors"), rules)
            line.data["authors"] = names
            rest = ", ".join(part for part in (*desks, m.group("rest") or "") if part)
            if rest:
                line.data["rest"] = rest
            return line
    for pattern in rules.credit_line:
        m = pattern.match(text)
        if m and line.hint not in ("paragraph", "heading", "title"):
            line.kind = LineKind.CREDIT
            line.credit = m.group("credit").strip()
            label = m.groupdict().get("label")
            if label and label.lower() in rules.credit_label_kind:
                line.data["credit_kind"] = rules.credit_label_kind[label.lower()]
            return line
    if line.hint is None and _split_inline_credit(line, rules):
        line.kind = LineKind.CAPTION
    return line


def _every_line_boilerplate(text: str, rules: StructureRules) -> str | None:
    """The reason of a text of several lines that are each boilerplate (a table cell of a
    ticker: "USD476.98EUR527.92" / "Yerevan+10 ... +28 C"; session 17): its first line's."""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    if len(parts) < 2:
        return None
    reasons = [rules.boilerplate_reason(part) for part in parts]
    return reasons[0] if all(reasons) else None


_NAME_SEPARATORS = re.compile(r"(\s*(?:,|\bund\b|\band\b|&)\s*)")


def _split_desks(authors: str, rules: StructureRules) -> tuple[str, list[str]]:
    """The names of an author line without the desks among them ("Lena Ebner-Kühn, ARD-Studio
    Istanbul" → the name, and "ARD-Studio Istanbul" as the rest of the line)."""
    parts = _NAME_SEPARATORS.split(authors)
    names, desks = parts[:1], []
    if _is_desk(parts[0], rules):
        names, desks = [], [parts[0]]
    for sep, part in zip(parts[1::2], parts[2::2], strict=True):
        if _is_desk(part, rules):
            desks.append(part)
        else:
            names += [sep, part] if names else [part]
    return "".join(names), desks


def _is_desk(part: str, rules: StructureRules) -> bool:
    """A desk, an outlet or a place in an author line: a desk word ("ARD-Studio Istanbul"), one
    word in capitals ("By Jane Doe, CNN") or one word alone — a person's name has two at
    least, so "Von Max Muster, Berlin" names where he writes from."""
    word = part.strip()
    return any(w in word.lower() for w in rules.author_desk_words) or len(word.split()) == 1


def _split_inline_credit(line: Line, rules: StructureRules) -> bool:
    for pattern in rules.inline_credit:
        m = pattern.search(line.text)
        if m and m.start() > 0:
            line.credit = m.group("credit").strip()
            line.text = line.text[: m.start()].rstrip()
            return True
    return False


def clean_source_hint(text: str, rules: StructureRules) -> str:
    hint = text.strip()
    for pattern in rules.media_source_strip:
        hint = pattern.sub("", hint)
    return hint.strip()


def media_kind(source_hint: str | None, rules: StructureRules) -> str:
    if not source_hint:
        return "unknown"
    for kind, pattern in rules.media_kind_by_source.items():
        if pattern.search(source_hint):
            return kind
    return "unknown"


_SPLIT = re.compile(r"\s*[/,;|]\s*|\s+(?:und|and)\s+")


def agency_tokens(text: str, rules: StructureRules) -> list[str] | None:
    """Canonical agencies of an agency line ("RND/dpa", "dpa/AFP/ker", "(AP)"), else None.

    Every token must be a known agency or an editor's initials, and one at least an agency.
    """
    m = rules.agency_line.match(text.strip())
    if not m:
        return None
    found: list[str] = []
    for token in _SPLIT.split(m.group("agencies")):
        token = token.strip()
        if not token:
            continue
        canonical = rules.agency(token)
        if canonical:
            if canonical not in found:
                found.append(canonical)
        elif not rules.initials.match(token):
            return None
    return found or None


def source_tokens(text: str, rules: StructureRules) -> list[str] | None:
    """Canonical agencies of a closing source line ("Quelle: ntv.de, mli/dpa", "red,
    ORF.at/Agenturen", "© SZ/dpa/saul"), else None: every token an agency, initials, a web site,
    an outlet's code or a source word, and a web site or initials among them."""
    if rules.source_site is None or rules.source_line_prefix is None:
        return None
    body = rules.source_line_prefix.sub("", text.strip(), count=1).strip(" .")
    if not body or len(body) > 80:
        return None
    found: list[str] = []
    marked = False  # a web site or an editor's initials: the line is a source line
    for token in _SPLIT.split(body):
        canonical = rules.agency(token)
        if canonical:
            if canonical not in found:
                found.append(canonical)
        elif rules.source_site.match(token) or rules.initials.match(token):
            marked = True
        elif token not in rules.source_words and not (
            rules.source_outlet is not None and rules.source_outlet.match(token)
        ):
            return None
    return found if marked else None


def looks_like_heading(text: str, rules: StructureRules) -> bool:
    """Short, no sentence-final punctuation: the shape of a headline or subheading."""
    stripped = text.strip()
    if not stripped or len(stripped) > rules.subheading_max_chars:
        return False
    if len(stripped.split()) > rules.subheading_max_words:
        return False
    return not rules.sentence_end.search(stripped)
