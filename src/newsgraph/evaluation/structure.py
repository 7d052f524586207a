"""Score the structure of read articles against the ``structure`` part of gold files.

The gold format is the reference annotation's (``../shared/seed/*.gold.json``): title, kicker,
section, dateline, lead, agencies, authors, subheadings, media (caption, credit, kind),
boilerplate lines, the number of body paragraphs, the body's first and last words and strings
the body must not contain. Each key the gold gives (``*_note`` keys and unknown keys aside) is
one check of a file; a check passes when the read article says the same after whitespace and
quote marks are normalised. ``newsgraph eval structure GOLD_DIR`` prints the share of passed
checks per field.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.model import Article

#: metadata fields compared as one normalised string (None = absent)
TEXT_FIELDS = ("title", "kicker", "section", "dateline", "lead", "site_name")
#: compared without case: a dateline set in capitals ("WASHINGTON —") names the same place as
#: the reader's "Washington" (session 14)
CASELESS_FIELDS = frozenset({"dateline"})
#: metadata fields compared as sets of names
SET_FIELDS = ("agencies", "authors")
#: every field a report lists, in this order
FIELDS = (
    *TEXT_FIELDS,
    *SET_FIELDS,
    "subheadings",
    "media",
    "media_captions",
    "media_credits",
    "boilerplate",
    "body_paragraphs",
    "body_first_words",
    "body_last_words",
    "body_must_not_contain",
)

_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›"})


def norm(text: str | list[str] | None) -> str:
    """Whitespace collapsed, typographic quote marks made plain, outer punctuation kept (a list,
    as some gold files give a lead of several parts, is joined)."""
    if text is None:
        return ""
    if isinstance(text, list):
        text = " ".join(text)
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


@dataclass
class FileScore:
    name: str
    checks: Counter[str] = field(default_factory=Counter)
    passed: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    error: str | None = None

    def check(self, key: str, ok: bool, gold: Any = None, pred: Any = None) -> None:
        self.checks[key] += 1
        if ok:
            self.passed[key] += 1
        else:
            self.misses.append(f"{key}: gold {gold!r} | read {pred!r}")

    def add(self, other: FileScore) -> None:
        self.checks.update(other.checks)
        self.passed.update(other.passed)

    @property
    def accuracy(self) -> float:
        total = sum(self.checks.values())
        return sum(self.passed.values()) / total if total else 0.0

    def field_accuracy(self, key: str) -> float | None:
        n = self.checks.get(key, 0)
        return self.passed.get(key, 0) / n if n else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.name,
            "checks": sum(self.checks.values()),
            "passed": sum(self.passed.values()),
            "accuracy": round(self.accuracy, 4),
            "fields": {
                k: {"checks": self.checks[k], "passed": self.passed.get(k, 0)}
                for k in FIELDS
                if self.checks.get(k)
            },
        }
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class Report:
    files: list[FileScore]
    total: FileScore

    def to_dict(self) -> dict[str, Any]:
        return {"files": [f.to_dict() for f in self.files], "overall": self.total.to_dict()}


_DESCRIPTION = re.compile(r"\s*\([^()]*\)\s*$")
#: shortest quoted piece of a boilerplate line worth looking for in the body
_PROBE_MIN_CHARS = 12


def boilerplate_probe(line: str) -> str | None:
    """The quoted part of a gold boilerplate entry: its text before a trailing description in
    parentheses ("(byline)"), an ellipsis or a " / " between two quoted parts; None when what is
    left is a short description ("cookie notice", "contact form")."""
    text = _DESCRIPTION.sub("", norm(line))
    for sep in ("…", " / ", "..."):
        text = text.split(sep)[0]
    text = text.strip(" '\"")
    if len(text) < _PROBE_MIN_CHARS or text.islower() or (":" in text[:20] and "'" in text):
        return None
    return text


def _body_paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs if not p.lead]


def score_article(article: Article, gold: dict[str, Any], name: str = "") -> FileScore:
    """The checks of one article against its gold ``structure``."""
    score = FileScore(name)
    want: dict[str, Any] = gold.get("structure") or {}
    for key in TEXT_FIELDS:
        if key in want:
            pred = getattr(article, key, None)
            same = norm(want[key]) == norm(pred)
            if key in CASELESS_FIELDS:
                same = norm(want[key]).casefold() == norm(pred).casefold()
            score.check(key, same, want[key], pred)
    for key in SET_FIELDS:
        if key in want:
            gold_set = {norm(x).lower() for x in want[key] or []}
            pred_set = {norm(x).lower() for x in getattr(article, key) or []}
            score.check(key, gold_set == pred_set, sorted(gold_set), sorted(pred_set))
    if "subheadings" in want:
        pred_heads = {norm(h.text) for h in article.subheadings}
        for head in want["subheadings"] or []:
            score.check("subheadings", norm(head) in pred_heads, head, None)
        for head in pred_heads - {norm(h) for h in want["subheadings"] or []}:
            score.check("subheadings", False, None, head)  # a subheading the gold does not have
    if "media" in want:
        _score_media(score, want["media"] or [], article)
    body_paras = _body_paragraphs(article)
    body = norm("\n".join(body_paras))
    if "boilerplate" in want:
        # boilerplate must stay out of the body (flagged or dropped by the reader); the gold may
        # describe a box instead of quoting it ("cookie notice"): only quoted text is checked
        for line in want["boilerplate"] or []:
            probe = boilerplate_probe(line)
            if probe:
                score.check("boilerplate", probe not in body, probe, "in the body")
    if isinstance(want.get("body_paragraphs"), int):
        score.check(
            "body_paragraphs",
            len(body_paras) == want["body_paragraphs"],
            want["body_paragraphs"],
            len(body_paras),
        )
    if want.get("body_first_words"):
        first = norm(want["body_first_words"])
        score.check("body_first_words", body.startswith(first), first, body[: len(first) + 20])
    if want.get("body_last_words"):
        last = norm(want["body_last_words"])
        score.check("body_last_words", body.endswith(last), last, body[-len(last) - 20 :])
    for bad in want.get("body_must_not_contain") or []:
        score.check("body_must_not_contain", norm(bad) not in body, bad, "in the body")
    return score


def _score_media(score: FileScore, gold_media: list[dict[str, Any]], article: Article) -> None:
    media = article.media
    score.check("media", len(media) == len(gold_media), len(gold_media), len(media))
    captions = {norm(m.caption) for m in media if m.caption}
    credits = {norm(m.credit) for m in media if m.credit}
    for item in gold_media:
        if item.get("caption"):
            cap = norm(item["caption"])
            score.check("media_captions", cap in captions, cap, sorted(captions))
        if item.get("credit"):
            cred = norm(item["credit"])
            score.check("media_credits", cred in credits, cred, sorted(credits))


def evaluate_dir(gold_dir: Path) -> Report:
    """Read every ``*.gold.json`` article of a folder (readers only) and score its structure."""
    from newsgraph.evaluation.quotes import read_gold_article

    files: list[FileScore] = []
    total = FileScore("overall")
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        try:
            article, gold = read_gold_article(gold_path)
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            files.append(FileScore(name, error=str(exc)))
            continue
        if not gold.get("structure"):
            continue
        score = score_article(article, gold, name)
        files.append(score)
        total.add(score)
    return Report(files=files, total=total)
