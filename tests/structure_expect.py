"""Compare an Article with a hand-written expected structure (tests/fixtures/structure/).

Comparison rules are those of tests/fixtures/structure/README.md: whitespace collapsed (also
non-breaking spaces), zero-width spaces dropped; "body" is the paragraph and subheading blocks,
lead paragraphs excepted; datelines case-insensitive; keys that are absent are not checked.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.model import Article


def norm(text: str | None) -> str:
    text = (text or "").replace("\u200b", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def expectation_problems(article: Article, expect: dict[str, Any]) -> list[str]:
    """Every expectation that the article does not meet, as a readable line."""
    problems: list[str] = []
    # as in test_structure_fixtures: lead paragraphs (standfirst, summary) are not body
    blocks = [
        b
        for b in article.blocks
        if b.type in ("paragraph", "subheading") and not getattr(b, "lead", False)
    ]
    body_blocks = [norm(b.text) for b in blocks]
    body = " ".join(body_blocks)
    paragraphs = [norm(b.text) for b in blocks if b.type == "paragraph"]

    def check(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    if "language" in expect:
        check(article.language == expect["language"], f"language {article.language!r}")
    if "title" in expect:
        check(norm(article.title) == norm(expect["title"]), f"title {article.title!r}")
    if "kicker" in expect:
        check(norm(article.kicker) == norm(expect["kicker"]), f"kicker {article.kicker!r}")
    if "dateline" in expect:
        want, got = expect["dateline"], article.dateline
        if want is None:
            check(got is None, f"dateline {got!r} (none expected)")
        else:
            ok = got is not None and (
                got.lower() == want.lower() or got.lower() == want.split(",")[0].strip().lower()
            )
            check(ok, f"dateline {got!r} != {want!r}")
    if "lead_startswith" in expect:
        check(
            norm(article.lead).startswith(norm(expect["lead_startswith"])),
            f"lead {article.lead!r}",
        )
    if "published" in expect:
        check(
            (article.published or "")[:10] == expect["published"],
            f"published {article.published!r} != {expect['published']}",
        )
    for name in expect.get("authors_include", []):
        check(name in article.authors, f"author {name!r} not in {article.authors}")
    for agency in expect.get("agencies", []):
        check(agency in article.agencies, f"agency {agency!r} not in {article.agencies}")
    if "body_first_words" in expect:
        first = paragraphs[0] if paragraphs else ""
        check(first.startswith(norm(expect["body_first_words"])), f"first paragraph {first[:80]!r}")
    if "body_last_words" in expect:
        last = paragraphs[-1] if paragraphs else ""
        check(last.endswith(norm(expect["body_last_words"])), f"last paragraph …{last[-80:]!r}")
    for text in expect.get("body_contains", []):
        check(norm(text) in body, f"body lacks {text!r}")
    for text in expect.get("body_not_contains", []):
        check(all(norm(text) not in b for b in body_blocks), f"body has {text!r}")
    if "subheadings" in expect:
        got = [norm(s.text) for s in article.subheadings]
        check(got == [norm(s) for s in expect["subheadings"]], f"subheadings {got}")
    n = len(paragraphs)
    if "paragraphs_min" in expect:
        check(n >= expect["paragraphs_min"], f"{n} paragraphs < {expect['paragraphs_min']}")
    if "paragraphs_max" in expect:
        check(n <= expect["paragraphs_max"], f"{n} paragraphs > {expect['paragraphs_max']}")
    captions = [norm(m.caption) for m in article.media if m.caption]
    credits = [norm(m.credit) for m in article.media if m.credit]
    for text in expect.get("captions_contain", []):
        check(any(norm(text) in c for c in captions), f"no caption with {text!r}")
    for text in expect.get("credits_contain", []):
        check(any(norm(text) in c for c in credits), f"no credit with {text!r}")
    return problems
