"""Turn classified lines into an Article: title, dateline, lead, agencies, authors, blocks.

Used by every reader: plain text hands over bare lines, HTML hands over lines with hints
(heading, paragraph, caption, media) — the same rules then flag boilerplate, credits and bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from newsgraph.model import Article, Source
from newsgraph.structure.assemble import ArticleAssembler
from newsgraph.structure.dates import text_date
from newsgraph.structure.lines import (
    Line,
    LineKind,
    agency_tokens,
    classify,
    looks_like_heading,
    media_kind,
)
from newsgraph.structure.rules import StructureRules, load_rules
from newsgraph.structure.runin import split_runin_headings
from newsgraph.times.sentences import full_stop_is_no_end


@dataclass
class Pending:
    """A block before offsets are known."""

    type: str
    text: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Metadata:
    title: str | None = None
    kicker: str | None = None
    dateline: str | None = None
    lead: str | None = None
    published: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)

    def add_agencies(self, names: list[str]) -> None:
        for name in names:
            if name and name not in self.agencies:
                self.agencies.append(name)

    def add_authors(self, raw: str) -> None:
        for name in re.split(r"\s*(?:,|\bund\b|\band\b|&)\s*", raw):
            name = name.strip(" .")
            if name.isupper() and len(name) > 4:  # "By TOM SMITH": capitals of the byline
                name = name.title()
            if name and name not in self.authors:
                self.authors.append(name)


def split_lines(text: str) -> list[Line]:
    return [Line(text=line.strip()) for line in text.split("\n") if line.strip()]


def _cut_teaser_boxes(lines: list[Line], rules: StructureRules) -> list[Line]:
    """A text line of several lines (a page laid out in table cells) that runs on into a box of
    other stories: from the box's heading ("Top stories", "Most popular") on, its lines are
    related-links boilerplate, not body; so are the headline-shaped lines right after it (the
    box's other teasers)."""
    out: list[Line] = []
    in_box = False
    for line in lines:
        if in_box and line.hint in (None, "paragraph") and looks_like_heading(line.text, rules):
            teaser = Line(text=line.text, hint="boilerplate")
            teaser.data["reason"] = "related-links"
            out.append(teaser)
            continue
        in_box = False
        parts = line.text.split("\n")
        if (
            line.hint == "boilerplate"
            and rules.boilerplate_reason(parts[0].strip()) == "teaser-box"
        ):
            out.append(line)  # a reader cut the box already (a table's sidebar; session 17)
            in_box = True
            continue
        cut = next(
            (
                k
                for k, part in enumerate(parts)
                if k > 0
                and len(part.split()) <= 8
                and rules.boilerplate_reason(part.strip()) == "teaser-box"
            ),
            None,
        )
        if line.hint not in (None, "paragraph") or cut is None:
            out.append(line)
            continue
        head = "\n".join(parts[:cut]).strip()
        if head:
            out.append(replace(line, text=head, data=dict(line.data)))
        tail = Line(text="\n".join(parts[cut:]).strip(), hint="boilerplate")
        tail.data["reason"] = "related-links"
        out.append(tail)
        in_box = True
    return out


def structure(
    lines: list[Line],
    source: Source,
    *,
    meta: Metadata | None = None,
    detect_title: bool = True,
    rules: StructureRules | None = None,
) -> Article:
    """Build the Article from lines (see module doc). ``meta`` may carry reader-known metadata."""
    rules = rules or load_rules()
    meta = meta or Metadata()
    items = [classify(line, rules) for line in _cut_teaser_boxes(lines, rules)]
    pending = _group(items, meta, rules, detect_title=detect_title)
    _dateline_and_lead(pending, meta, rules)
    _signoff(pending, meta, rules)
    _reference_tail(pending, rules)
    pending = _split_runin_headings(pending)
    assembler = ArticleAssembler()
    if meta.title:
        assembler.set_title(meta.title)
    for block in pending:
        if block.type == "paragraph":
            assembler.paragraph(block.text, lead=bool(block.fields.get("lead")))
        elif block.type == "subheading":
            assembler.subheading(block.text)
        elif block.type == "boilerplate":
            assembler.boilerplate(block.text, block.fields["reason"])
        elif block.type == "media":
            assembler.media(**block.fields)
    return assembler.build(
        source,
        kicker=meta.kicker,
        section=meta.section,
        dateline=meta.dateline,
        lead=meta.lead,
        published=meta.published,
        authors=meta.authors,
        agencies=meta.agencies,
    )


def _is_title_candidate(line: Line, rules: StructureRules) -> bool:
    if line.kind is not LineKind.TEXT or len(line.text) > rules.title_max_chars:
        return False
    # at most one sentence: a headline may end with ? or ! but holds no second sentence
    return len(re.findall(r"[.!?](?:\s+|$)", line.text.rstrip(".!?"))) == 0


def _is_kicker(first: Line, second: Line, rules: StructureRules) -> bool:
    """A very short heading line directly above a longer headline-shaped line."""
    return (
        second.hint is None
        and second.kind is LineKind.TEXT
        and len(first.text.split()) <= rules.kicker_max_words
        and looks_like_heading(first.text, rules)
        and looks_like_heading(second.text, rules)
        and len(second.text) > len(first.text)
    )


#: lines that may stand between a section label and the headline of a page
_MASTHEAD_KINDS = (LineKind.DATE, LineKind.BOILERPLATE, LineKind.AUTHOR)


def _masthead(items: list[Line], rules: StructureRules) -> tuple[int, int | None, int] | None:
    """(section, kicker, title) line indices when the page opens with a short section label
    followed by date/boilerplate lines and then the headline, or by a kicker and the headline
    above the date line, else None."""
    first = items[0] if items else None
    if (
        first is None
        or first.hint is not None
        or first.kind is not LineKind.TEXT
        or len(first.text.split()) > 2
        or not looks_like_heading(first.text, rules)
    ):
        return None
    j = 1
    while j < len(items) and items[j].kind in _MASTHEAD_KINDS:
        j += 1
    if j >= len(items) or not _is_title_candidate(items[j], rules):
        return None
    if not looks_like_heading(items[j].text, rules):
        return None
    if j == 1:
        # "POLITIK" / "Migrationspolitik" / headline / date line: three heading lines
        k = 3
        if (
            k < len(items)
            and items[k].kind in _MASTHEAD_KINDS
            and _is_kicker(items[1], items[2], rules)
        ):
            return 0, 1, 2
        return None
    if j + 2 < len(items) and _is_kicker(items[j], items[j + 1], rules):
        return 0, j, j + 1
    return 0, None, j


def _group(
    items: list[Line], meta: Metadata, rules: StructureRules, *, detect_title: bool
) -> list[Pending]:
    out: list[Pending] = []
    n = len(items)
    i = 0
    if detect_title and not meta.title:
        titles = [k for k, it in enumerate(items) if it.hint == "title"]
        if titles:
            meta.title = items[titles[0]].text
            items = [it for k, it in enumerate(items) if k != titles[0]]
            n = len(items)
        elif (masthead := _masthead(items, rules)) is not None:
            # "Politik" / "Dienstag, 14. März 2023" / kicker / headline: a section label above
            # the page's date line; the headline (and its kicker) follow the date
            section, kicker, title = masthead
            meta.section, meta.title = items[section].text, items[title].text
            meta.kicker = items[kicker].text if kicker is not None else None
            used = {section, title, kicker}
            items = [it for k, it in enumerate(items) if k not in used]
            n = len(items)
        elif n > 1 and items[0].hint is None and _is_title_candidate(items[0], rules):
            if n > 2 and _is_kicker(items[0], items[1], rules):
                # "Krieg in der Ukraine" / "Huber droht …": a kicker line above the headline
                meta.kicker = items[0].text
                meta.title = items[1].text
                i = 2
            else:
                meta.title = items[0].text
                i = 1

    def kind_at(k: int) -> LineKind | None:
        return items[k].kind if 0 <= k < n else None

    while i < n:
        it = items[i]
        kind = it.kind
        if kind is LineKind.SOURCE:
            fields: dict[str, Any] = {
                "source_hint": it.source_hint,
                "kind": media_kind(it.source_hint, rules)
                if "kind" not in it.data
                else it.data["kind"],
            }
            j = i + 1
            if kind_at(j) is LineKind.CAPTION:
                fields["caption"], fields["credit"] = items[j].text, items[j].credit
                j += 1
            elif kind_at(j) is LineKind.TEXT and kind_at(j + 1) is LineKind.CREDIT:
                fields["caption"] = items[j].text
                fields.update(_credit_fields(items[j + 1], fields["kind"]))
                j += 2
            elif kind_at(j) is LineKind.CREDIT:
                fields.update(_credit_fields(items[j], fields["kind"]))
                j += 1
            if it.credit and not fields.get("credit"):
                fields["credit"] = it.credit
            out.append(Pending("media", fields=fields))
            i = j
        elif kind is LineKind.CAPTION:
            out.append(Pending("media", fields={"caption": it.text, "credit": it.credit}))
            i += 1
        elif kind is LineKind.CREDIT:
            # a credit after a caption-less media block belongs to it; else it stands alone
            last = out[-1] if out else None
            if last and last.type == "media" and not last.fields.get("credit"):
                last.fields.update(_credit_fields(it, last.fields.get("kind")))
            else:
                out.append(Pending("media", fields=_credit_fields(it)))
            i += 1
        elif kind is LineKind.BOILERPLATE:
            reason = it.data["reason"]
            out.append(Pending("boilerplate", it.text, {"reason": reason}))
            i += 1
            if reason == "caption-label" and kind_at(i) is LineKind.TEXT:
                # "Image caption," / the caption: it belongs to the media block above
                last = next((b for b in reversed(out) if b.type == "media"), None)
                if last is not None and not last.fields.get("caption"):
                    last.fields["caption"] = items[i].text
                else:
                    out.append(Pending("media", fields={"caption": items[i].text}))
                i += 1
                continue
            # a bare "Lesen Sie auch:" / "Mehr zum Thema" announces the teased headline below it
            if (
                reason == "related-links"
                and len(it.text.split()) <= 4
                and kind_at(i) is LineKind.TEXT
                and items[i].hint is None
                and looks_like_heading(items[i].text, rules)
            ):
                out.append(Pending("boilerplate", items[i].text, {"reason": reason}))
                i += 1
        elif kind is LineKind.AUTHOR:
            meta.add_authors(it.data["authors"])
            if it.data.get("rest"):
                meta.add_agencies(agency_tokens(it.data["rest"], rules) or [])
                # "Von Max Muster | 12.03.2023, 14:27 Uhr": the date beside the name
                dated = next((m for p in rules.date_line if (m := p.match(it.data["rest"]))), None)
                if dated and not meta.published:
                    meta.published = text_date(dated.group("date"))
            out.append(Pending("boilerplate", it.text, {"reason": "byline"}))
            i += 1
            # "By Tom Smith" / "BBC News": the author's desk on the line below
            if kind_at(i) is LineKind.TEXT and _is_desk_line(items[i].text, rules):
                out.append(Pending("boilerplate", items[i].text, {"reason": "byline"}))
                i += 1
        elif kind is LineKind.AGENCY:
            meta.add_agencies(it.data["agencies"].split("/"))
            out.append(Pending("boilerplate", it.text, {"reason": "byline"}))
            i += 1
        elif kind is LineKind.DATE:
            if not meta.published:
                meta.published = text_date(it.data["date"])
            for token in re.split(r"\s*[,;/]\s*", it.data.get("sources", "")):
                canonical = rules.agency(token)
                if canonical:
                    meta.add_agencies([canonical])
            out.append(Pending("boilerplate", it.text, {"reason": "date"}))
            i += 1
        else:  # TEXT
            heading = it.hint == "heading" or (
                it.hint is None and looks_like_heading(it.text, rules)
            )
            # a titled media item: title line, caption line, credit line (video players); the
            # player's own lines between title and caption ("1:24 min") are flagged, not text
            j = _after_player_lines(items, i + 1)
            if (
                heading
                and kind_at(j) is LineKind.TEXT
                and kind_at(j + 1) is LineKind.CREDIT
                and _caption_shaped(items[j].text)
            ):
                for k in range(i + 1, j):
                    out.append(
                        Pending("boilerplate", items[k].text, {"reason": items[k].data["reason"]})
                    )
                out.append(
                    Pending(
                        "media",
                        fields={
                            "title": it.text,
                            "caption": items[j].text,
                            "kind": "video",  # unless its credit says "Foto: …"
                            **_credit_fields(items[j + 1]),
                        },
                    )
                )
                i = j + 2
                continue
            if (
                kind_at(i + 1) is LineKind.CREDIT
                and it.hint != "heading"
                and (it.hint == "caption" or _caption_shaped(it.text))
                and _match_dateline(it.text, rules, allow_period=False) is None
            ):
                out.append(
                    Pending("media", fields={"caption": it.text, **_credit_fields(items[i + 1])})
                )
                i += 2
                continue
            if heading and (it.hint == "heading" or _paragraph_follows(items, i)):
                out.append(Pending("subheading", it.text))
            else:  # a structured reader may know a paragraph is the lead (hint "lead")
                para: dict[str, Any] = {"lead": True} if it.hint == "lead" else {}
                if it.hint is None:
                    para["plain"] = True  # a line of plain text, no reader's hint
                out.append(Pending("paragraph", it.text, para))
            i += 1
    return out


def _credit_fields(line: Line, kind: str | None = None) -> dict[str, Any]:
    """A credit line's fields for its media block: the credit, and the kind its label tells
    ("Foto: …" → image) where the block's kind is not known otherwise (``kind`` None/unknown)."""
    fields: dict[str, Any] = {"credit": line.credit}
    told = line.data.get("credit_kind")
    if told and kind in (None, "unknown"):
        fields["kind"] = told
    elif kind:
        fields["kind"] = kind
    return fields


#: the longest text taken for a caption by the credit line under it alone
_CAPTION_MAX_CHARS = 400
_CAPTION_MAX_SENTENCES = 2


def _caption_shaped(text: str) -> bool:
    """Short enough for a caption: a paragraph of three sentences above a credit-like line
    ("Quelle: WELT/Max Mustermann") is body text, and the line stands alone."""
    return (
        len(text) <= _CAPTION_MAX_CHARS
        and len(_SENTENCE_BREAK.findall(text)) < _CAPTION_MAX_SENTENCES
    )


#: the longest desk line under a byline ("BBC News", "Political correspondent")
_DESK_MAX_WORDS = 4


def _is_desk_line(text: str, rules: StructureRules) -> bool:
    words = text.split()
    if not words or len(words) > _DESK_MAX_WORDS or rules.sentence_end.search(text):
        return False
    low = text.lower()
    return any(w in low for w in (*rules.desk_line_words, *rules.author_desk_words))


#: boilerplate of a media player that may stand between a video's title and its caption
PLAYER_REASONS = ("navigation", "player")


def _after_player_lines(items: list[Line], i: int) -> int:
    """The index of the first line from ``i`` on that is not a player's duration or label."""
    while (
        i < len(items)
        and items[i].kind is LineKind.BOILERPLATE
        and items[i].data.get("reason") in PLAYER_REASONS
    ):
        i += 1
    return i


def _paragraph_follows(items: list[Line], i: int) -> bool:
    """A heading-shaped line is a subheading when body text follows it."""
    for it in items[i + 1 :]:
        if it.kind is LineKind.TEXT:
            return True
        if it.kind not in (LineKind.SOURCE, LineKind.CAPTION, LineKind.CREDIT):
            return False
    return False


_SENTENCE_BREAK = re.compile(r"(?<=[.!?\"“”»«])\s+(?=[A-ZÄÖÜ])")


def _sentence_breaks(text: str) -> list[re.Match[str]]:
    """The sentence breaks of ``text``, not after an abbreviation, number or initial ("des
    frühen 20. Jahrhunderts", "Dr. Berg"; session 14)."""
    return [
        m
        for m in _SENTENCE_BREAK.finditer(text)
        if not (
            text[m.start() - 1] == "."
            and full_stop_is_no_end(text[max(0, m.start() - 40) : m.start()], years_end=True)
        )
    ]


def _dateline_and_lead(pending: list[Pending], meta: Metadata, rules: StructureRules) -> None:
    """Find the dateline in the first body paragraph; text before it on the line is the lead."""
    teaser = _teaser(pending)
    if teaser is not None:
        pending[teaser].fields["lead"] = True
        meta.lead = meta.lead or pending[teaser].text
    first = next(
        (k for k, b in enumerate(pending) if b.type == "paragraph" and not b.fields.get("lead")),
        None,
    )
    if first is None:
        return
    # only if no subheading precedes the first paragraph's dateline
    block = pending[first]
    text = block.text
    match = _match_dateline(text, rules, allow_period=True)
    if match is not None:
        place, agencies, rest = match
        meta.dateline = meta.dateline or place or None
        meta.add_agencies(agencies)
        block.text = rest
        return
    # lead sentence(s), then "Ort – …" on the same line (10kGNAD / derStandard style)
    for brk in _sentence_breaks(text)[:6]:
        if brk.start() > 600:
            break
        match = _match_dateline(text[brk.end() :], rules, allow_period=False)
        if match is not None:
            place, agencies, rest = match
            lead = text[: brk.start()].strip()
            meta.dateline = meta.dateline or place or None
            meta.lead = meta.lead or lead
            meta.add_agencies(agencies)
            block.text = rest
            pending.insert(first, Pending("paragraph", lead, {"lead": True}))
            return
    # a lead paragraph of its own, then the dateline in the next paragraph
    nxt = first + 1
    if nxt < len(pending) and pending[nxt].type == "paragraph":
        match = _match_dateline(pending[nxt].text, rules, allow_period=False)
        if match is not None:
            place, agencies, rest = match
            meta.dateline = meta.dateline or place or None
            meta.lead = meta.lead or block.text
            meta.add_agencies(agencies)
            block.fields["lead"] = True
            pending[nxt].text = rest
            return
    _first_sentence_lead(pending, first, meta, rules)


#: a text that came as one line needs this many sentences before its first is taken as lead
_ONE_LINE_MIN_SENTENCES = 4
_ONE_LINE_LEAD_MIN_CHARS = 30
_ONE_LINE_LEAD_MAX_CHARS = 300
#: a second sentence this short still belongs to the teaser ("Huber dahinter.", "Woran aber
#: dann?"; session 16: on the tuning set no body opens with a sentence under 36 characters)
_TEASER_SECOND_LINE_MAX_CHARS = 30


def _first_sentence_lead(
    pending: list[Pending], first: int, meta: Metadata, rules: StructureRules
) -> None:
    """A whole report on one line with no dateline (a corpus record: "Internationales Team
    weist … nach. Das Krim-Kongo Virus ist …"): its first sentence is the teaser, the lead.
    Not when the text opens with a quotation (a scene, not a standfirst)."""
    if meta.lead or sum(1 for b in pending if b.type in ("paragraph", "subheading")) != 1:
        return
    if not pending[first].fields.get("plain"):
        return  # a reader that knows the page's structure (HTML) said it is one paragraph
    text = pending[first].text
    breaks = _sentence_breaks(text)
    if len(breaks) + 1 < _ONE_LINE_MIN_SENTENCES or text[:1] in "\"„“»«'‚":
        return
    lead = text[: breaks[0].start()].strip()
    if not _ONE_LINE_LEAD_MIN_CHARS <= len(lead) <= _ONE_LINE_LEAD_MAX_CHARS:
        return
    end = breaks[0].end()
    if rules.interview_label.match(text[breaks[1].end() :]):
        # "… Oppositionsarbeit. STANDARD: Das Motto …": two sentences before the first question
        lead = text[: breaks[1].start()].strip()
        end = breaks[1].end()
    elif len(breaks) >= _ONE_LINE_MIN_SENTENCES and _teaser_goes_on(
        text[end : breaks[1].start()].strip(), text[: breaks[1].start()].strip(), rules
    ):
        lead = text[: breaks[1].start()].strip()
        end = breaks[1].end()
    meta.lead = lead
    pending[first].text = text[end:]
    pending.insert(first, Pending("paragraph", lead, {"lead": True}))


def _teaser_goes_on(second: str, both: str, rules: StructureRules) -> bool:
    """Whether the second sentence of a one-line record still belongs to its teaser: a short
    line ("… Unicredit. Die EZB ist besorgt. Italiens Banken …") or, within the longest lead, a
    sentence that points back at the first ("… Kessler … schmäler. ÖVP und Grüne wollen
    dennoch bis 2018 durchhalten."; ``teaser_continuation`` in rules.yaml)."""
    if len(second) <= _TEASER_SECOND_LINE_MAX_CHARS:
        return True
    return (
        rules.teaser_continuation is not None
        and len(both) <= _ONE_LINE_LEAD_MAX_CHARS
        and rules.teaser_continuation.search(second) is not None
    )


#: bylines and date lines that stand between a page's teaser and its body
_BYLINE_REASONS = ("byline", "date")
#: the longest teaser paragraph taken for the lead
_TEASER_MAX_CHARS = 500


def _teaser(pending: list[Pending]) -> int | None:
    """The index of a teaser paragraph: the first text of the page, short, and followed by the
    byline or date line before the body starts ("Der Präsident wirbt … / Von X / 09.02.2023")."""
    first = next((k for k, b in enumerate(pending) if b.type in ("paragraph", "subheading")), None)
    if first is None or pending[first].type != "paragraph" or pending[first].fields.get("lead"):
        return None
    if len(pending[first].text) > _TEASER_MAX_CHARS:
        return None
    bylines = 0
    for b in pending[first + 1 :]:
        if b.type == "paragraph":
            return first if bylines else None
        if b.type == "boilerplate" and b.fields.get("reason") in _BYLINE_REASONS:
            bylines += 1
        elif b.type not in ("boilerplate", "media"):
            return None
    return None


def _split_runin_headings(pending: list[Pending]) -> list[Pending]:
    """Paragraphs with a subheading run into them ("… anreisen. Zeit drängt Allerdings …")
    become paragraph, subheading, paragraph (``structure.runin``)."""
    out: list[Pending] = []
    for block in pending:
        if block.type != "paragraph" or block.fields.get("lead"):
            out.append(block)
            continue
        parts = split_runin_headings(block.text)
        if len(parts) == 1:
            out.append(block)
            continue
        out.extend(Pending(kind, text) for kind, text in parts)
    return out


#: what a sign-off's part did ("Text:", "Video:", "Fotos:"): a capitalised word and a colon
_SIGNOFF_LABEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+:\s*")
#: an author in a sign-off: one to four words, the first capitalised
_SIGNOFF_NAME = re.compile(r"[A-ZÄÖÜ][\w.\-]+(?:\s+[A-ZÄÖÜ\w][\w.\-]+){0,3}")


def _reference_tail(pending: list[Pending], rules: StructureRules) -> None:
    """A pointer to the study or the video at the end of the last paragraph ("…
    zurückgreifen. AbstractScientific Reports: Chimpanzees and bonobos …", "… in diesen
    Videos: --> Behavioral Ecology: …") is a link box, not text: with the sentence that
    announces it (ending in a colon) it becomes boilerplate (session 16)."""
    paragraphs = [b for b in pending if b.type == "paragraph" and not b.fields.get("lead")]
    if rules.reference_tail is None or not paragraphs:
        return
    last = paragraphs[-1]
    m = rules.reference_tail.search(last.text)
    if m is None or m.start() == 0:
        return
    cut = m.start()
    before = last.text[:cut].rstrip()
    if before.endswith(":"):  # "Wie das aussieht, sehen Sie in diesen Videos:"
        breaks = _sentence_breaks(before)
        cut = breaks[-1].end() if breaks else 0
    if cut == 0:
        return
    tail = last.text[cut:].strip()
    last.text = last.text[:cut].rstrip()
    pending.insert(
        pending.index(last) + 1, Pending("boilerplate", tail, {"reason": "related-links"})
    )


def _signoff(pending: list[Pending], meta: Metadata, rules: StructureRules) -> None:
    """Move a trailing sign-off "(Name, 19.1.2016)" out of the last paragraph into metadata.

    Where the sign-off has more text after it in its paragraph ("… (APA, 31.1.2016) Ergebnisse:
    1. …"), the article ends there: the rest of that paragraph and every later paragraph or
    subheading (results tables, line-ups, related links) become boilerplate."""
    paragraphs = [b for b in pending if b.type == "paragraph"]
    if not paragraphs:
        return
    last = paragraphs[-1]
    m = rules.signoff.search(last.text)
    if m and m.start() > 0 and _is_signoff(m, rules):
        _take_signoff(m, meta, rules)
        last.text = last.text[: m.start()].rstrip()
        pending.insert(
            pending.index(last) + 1,
            Pending("boilerplate", m.group(0).strip(), {"reason": "byline"}),
        )
        return
    m = rules.signoff_date_only.search(last.text)
    if m and m.start() > 0:  # "… nachwirken. (1.3.2016)": a sign-off without a name (session 14)
        if not meta.published:
            meta.published = text_date(re.sub(r"\s+", "", m.group("date")))
        last.text = last.text[: m.start()].rstrip()
        pending.insert(
            pending.index(last) + 1, Pending("boilerplate", m.group(0).strip(), {"reason": "date"})
        )
        return
    m = rules.signoff_agencies_only.search(last.text)
    if m and m.start() > 0:  # "… einbringen. (stro, APA)": agencies without a date (session 16)
        agencies = agency_tokens(re.sub(r"\s*,\s*", "/", m.group("who").strip()), rules)
        if agencies:
            meta.add_agencies(agencies)
            last.text = last.text[: m.start()].rstrip()
            pending.insert(
                pending.index(last) + 1,
                Pending("boilerplate", m.group(0).strip(), {"reason": "byline"}),
            )
            return
    for block in paragraphs:
        m = next(
            (
                m
                for m in rules.signoff_inline.finditer(block.text)
                if m.start() > 0 and block.text[m.end() :].strip() and _is_signoff(m, rules)
            ),
            None,
        )
        if m is None:
            continue
        _take_signoff(m, meta, rules)
        at = pending.index(block)
        tail = block.text[m.end() :].strip()
        block.text = block.text[: m.start()].rstrip()
        after = [
            Pending("boilerplate", b.text, {"reason": "after-signoff"})
            if b.type in ("paragraph", "subheading")
            else b
            for b in pending[at + 1 :]
        ]
        pending[at + 1 :] = [
            Pending("boilerplate", m.group(0).strip(), {"reason": "byline"}),
            Pending("boilerplate", tail, {"reason": "after-signoff"}),
            *after,
        ]
        return


def _is_signoff(m: re.Match[str], rules: StructureRules) -> bool:
    """A comma (or ";", a dash) before the date, or a bare space after agencies or a name:
    "(Stand 4.9.2015)" is text; "(APA 4.9.2015)", "(Lena Berg; 1.11.2015)" sign."""
    return "," in (m.groupdict().get("sep") or ",") or _signoff_who(m.group("who"), rules)


def _take_signoff(m: re.Match[str], meta: Metadata, rules: StructureRules) -> None:
    """The agencies, authors and date of a sign-off into the article's metadata."""
    for token in re.split(r"\s*[,;]\s*", m.group("who")):
        token = re.sub(r"\s+(?:aus|in|from)\s+.*$", "", token.strip())
        token = _SIGNOFF_LABEL.sub("", token)  # "Text: Tom Brenner, Video: Ina von Holm"
        if not token or token in rules.signoff_ignore:
            continue
        agencies = agency_tokens(token, rules)  # before initials: "dpa" is both (session 16)
        if agencies:
            meta.add_agencies(agencies)
        elif rules.initials.match(token):
            continue
        elif not token.isupper() and _SIGNOFF_NAME.fullmatch(token):
            meta.add_authors(token)
    if not meta.published:
        meta.published = text_date(re.sub(r"\s+", "", m.group("date")))


def _signoff_who(who: str, rules: StructureRules) -> bool:
    """Without a comma before the date, a sign-off names agencies or a person (two or more
    capitalised words): a lone word such as "Stand" or "seit" is ordinary text."""
    who = who.strip()
    if agency_tokens(who, rules) or who.split("/")[0] in rules.signoff_ignore:
        return True
    words = who.split()
    return (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and bool(_SIGNOFF_NAME.fullmatch(who))
    )


def _match_dateline(
    text: str, rules: StructureRules, *, allow_period: bool
) -> tuple[str, list[str], str] | None:
    styles = ["caps_date", "caps", "dash", "paren", "agency"] + (["period"] if allow_period else [])
    for style in styles:
        m = rules.dateline[style].match(text)
        if not m:
            continue
        place = m.group("place").strip()
        words = re.split(r"[\s/]+", place)
        if any(w in rules.dateline_stopwords for w in words if w[:1].isupper()):
            continue
        rest = text[m.end() :].strip()
        if len(rest) < 20:
            continue
        agencies: list[str] = []
        raw_agencies = m.groupdict().get("agencies")
        if raw_agencies:
            found = agency_tokens(raw_agencies, rules)
            if found is None:
                if style in ("paren", "agency"):
                    continue
            else:
                agencies = found
        head, comma, qualifier = place.partition(",")  # "KYIV, Ukraine": the state stays
        if head.isupper():
            head = "/".join(w.title() if w.isupper() else w for w in head.split("/"))
            place = head + comma + qualifier
        return place, agencies, rest
    return None
