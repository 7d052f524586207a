"""HTML pages: trafilatura finds the main text, the raw markup adds what it drops.

trafilatura (XML output with ``<head>``, ``<p>``, ``<list>``, ``<quote>``, ``<graphic>``) gives the
body in reading order; htmldate the publication date. Figure captions and credits, which
trafilatura mostly drops, come from the ``<figure>`` elements of the raw page and are put back
where they stand relative to the body. Every line then goes through :func:`structure` with a hint
(heading, paragraph, caption, media), so the same data rules flag boilerplate, credits, bylines
and datelines as for scraped text.
"""

from __future__ import annotations

import copy
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import yaml
from lxml import etree
from lxml.html import HtmlElement

from newsgraph.errors import InputError
from newsgraph.model import Article, Source
from newsgraph.readers.inputs import normalise_text
from newsgraph.structure.builder import Metadata, structure
from newsgraph.structure.dates import normalise_published, parse_date, plausible_published
from newsgraph.structure.lines import Line, LineKind, classify
from newsgraph.structure.rules import StructureRules, data_text, given_names, load_rules
from newsgraph.times.sentences import full_stop_is_no_end

_WS = re.compile(r"\s+")
LINK_SHARE = 0.8
"""A body line whose text is at least this share link text is a link, not prose."""


@dataclass(frozen=True)
class HtmlRules:
    credit_class: re.Pattern[str]
    caption_class: re.Pattern[str]
    media_tags: frozenset[str]
    src_attributes: tuple[str, ...]
    image_link: re.Pattern[str]
    credit_strip: tuple[re.Pattern[str], ...]
    author_not_person: re.Pattern[str]
    author_prefix: re.Pattern[str]
    name_particles: frozenset[str]
    caption_credit: tuple[re.Pattern[str], ...]
    byline_class: re.Pattern[str]
    byline_max_chars: int
    standfirst_class: re.Pattern[str]
    ui_label: re.Pattern[str]
    bold_heading_max_chars: int = 0


@lru_cache(maxsize=1)
def load_html_rules() -> HtmlRules:
    raw: dict[str, Any] = yaml.safe_load(data_text("readers", "html.yaml"))
    return HtmlRules(
        credit_class=re.compile(raw["credit_class"]),
        caption_class=re.compile(raw["caption_class"]),
        media_tags=frozenset(raw["media_tags"]),
        src_attributes=tuple(raw["src_attributes"]),
        image_link=re.compile(raw["image_link"]),
        credit_strip=tuple(re.compile(p) for p in raw["credit_strip"]),
        author_not_person=re.compile(raw["author_not_person"]),
        author_prefix=re.compile(raw.get("author_prefix") or "(?!)"),
        name_particles=frozenset(str(w).lower() for w in raw.get("name_particles") or []),
        caption_credit=tuple(re.compile(p) for p in raw["caption_credit"]),
        byline_class=re.compile(raw["byline_class"]),
        byline_max_chars=int(raw["byline_max_chars"]),
        standfirst_class=re.compile(raw["standfirst_class"]),
        ui_label=re.compile(raw["ui_label"]),
        bold_heading_max_chars=int(raw.get("bold_heading_max_chars") or 0),
    )


# trafilatura settings: the XML keeps subheadings, lists, quotes and images in reading order.
EXTRACT_OPTIONS: dict[str, Any] = {
    "output_format": "xml",
    "include_formatting": True,
    "include_images": True,
    "include_tables": True,
    "include_comments": True,
    "include_links": True,
    "with_metadata": True,
    "deduplicate": False,
}


def read_html(html: str, source: Source, *, meta: Metadata | None = None) -> Article:
    """One Article from an HTML page (title, date, authors, site, language, body, media)."""
    with _quiet("trafilatura", "htmldate", "courlan"):
        return _read_html(html, source, meta)


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """The libraries log bad pages as errors; newsgraph reports them as InputErrors instead."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _read_html(html: str, source: Source, meta: Metadata | None) -> Article:
    import trafilatura

    name = source.path or source.url or "<html>"
    if not html or not html.strip():
        raise InputError(name, "empty HTML page")
    tree = _parse(html)
    if tree is None:
        raise InputError(name, "broken HTML: no document could be parsed")
    _drop_cards_in_paragraphs(tree)
    raw_tree = copy.deepcopy(tree)  # trafilatura cleans the tree it is given
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        xml = trafilatura.extract(tree, url=source.url, **EXTRACT_OPTIONS)
        if xml is None:  # a very short or unusual page: ask for recall
            xml = trafilatura.extract(
                copy.deepcopy(raw_tree), url=source.url, favor_recall=True, **EXTRACT_OPTIONS
            )
    doc = _xml(xml) if xml else None
    lines = _body_lines(doc) if doc is not None else []
    if not lines:
        lines = _fallback_lines(raw_tree)
    if not any(line.hint in ("paragraph", "heading") for line in lines):
        raise InputError(name, "no article text found in the HTML page")

    info = doc.attrib if doc is not None else {}
    meta = meta or Metadata()
    rules = load_rules()
    hrules = load_html_rules()
    if not meta.title:
        meta.title = _title(info.get("title"), raw_tree)
        if meta.title and not meta.kicker:
            meta.kicker, meta.title = _kicker_split(meta.title, info.get("title"), raw_tree)
    if meta.title:
        lines = _drop_title(lines, meta.title)
    page = _Page.of(raw_tree, lines, meta.title)
    header = page.header()
    if not meta.published:
        meta.published = _published(raw_tree, header, info.get("date"), rules)
    if not meta.authors:
        meta.authors = _authors(info.get("author"), hrules)
    _byline(page, header, meta, rules, hrules)
    # "By TOM SMITH": a name in capitals is written as a name
    meta.authors = [a.title() if a.isupper() and " " in a else a for a in meta.authors]
    lines = _leading_summary(lines, meta)
    lines = _deck(lines, meta)
    description = _clean(info.get("description") or "")
    # without a headline element the window before the body is no header: no standfirst then
    standfirst = _standfirst(header, hrules, lines) if page.h1 is not None else None
    lines = _add_figures(lines, page, rules, hrules)
    _cut_site_marker(lines, _clean(info.get("sitename") or ""), rules)
    _section_label(lines, rules)
    article = structure(lines, source, meta=meta, detect_title=False, rules=rules)
    if not article.body.strip():
        raise InputError(name, "no article text found in the HTML page (only boilerplate)")

    updates: dict[str, Any] = {}
    if meta.title and not article.title:
        updates["title"] = meta.title
    url = _clean(info.get("url") or "") or None
    if url and not source.url:
        updates["source"] = source.model_copy(update={"url": url})
    site = _clean(info.get("sitename") or "") or None
    if not site or _DOMAIN.fullmatch(site):
        site = _title_site(raw_tree, meta.title) or site
    if site:
        updates["site_name"] = site
    lang = _body_language(_language(raw_tree), article.body)
    if lang:
        updates["language"] = lang
    if not article.lead and standfirst:
        updates["lead"] = standfirst
    elif not article.lead and description and _is_standfirst(description, header, lines):
        updates["lead"] = description
    tags = [t.strip() for t in (info.get("categories") or "").split(",") if t.strip()]
    if tags and not article.section:
        updates["section"] = tags[0]
    elif not article.section and (section := _meta_section(raw_tree, meta.title)):
        updates["section"] = section
    elif not article.section and (
        crumb := next((x.data["crumb"] for x in lines if "crumb" in x.data), None)
    ):
        updates["section"] = crumb
    return article.model_copy(update=updates) if updates else article


#: a site name that is only the host name in lower case ("piratenpartei-mv.de"; a brand the
#: site writes so, "Space.com", stays)
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+")
#: the separators between headline and site name in a page's <title>
_TITLE_SEPARATOR = re.compile(r"\s+[|›»·–—-]\s+")
_SITE_MAX_CHARS = 80


def _title_site(tree: HtmlElement | None, headline: str | None) -> str | None:
    """The site's name from the page's <title> when the page names no site but its host
    ("Grundeinkommen ist ein Menschenrecht! › Piratenpartei Mecklenburg-Vorpommern"): the part
    beside the headline (session 16)."""
    if tree is None or not headline:
        return None
    el = tree.find(".//head/title")
    parts = _TITLE_SEPARATOR.split(_clean(el.text_content() if el is not None else ""))
    if len(parts) != 2:
        return None
    want = _clean(headline).casefold()
    for mine, other in (parts, parts[::-1]):
        if mine.casefold() == want and 0 < len(other) <= _SITE_MAX_CHARS:
            return other
    return None


# -- parsing -------------------------------------------------------------------------------


def _parse(html: str) -> HtmlElement | None:
    from trafilatura import load_html

    try:
        tree = load_html(html)
    except (ValueError, etree.ParserError):
        return None
    if tree is None or not isinstance(tree, HtmlElement):
        return None
    return tree


def _drop_cards_in_paragraphs(tree: HtmlElement) -> None:
    """Remove cards hidden inside running text: an element within a paragraph that holds a
    picture and several links (profile hover cards: "Jane DoeJane DoeOther headline | …")."""

    def card(el: HtmlElement) -> bool:
        return el.find(".//img") is not None and len(el.findall(".//a")) >= 2

    cards = []
    for p in tree.iter("p"):
        for el in p.iterdescendants("span", "div"):
            # the innermost such element: the card, not the text around it
            if card(el) and not any(card(sub) for sub in el.iterdescendants("span", "div")):
                cards.append(el)
    for el in cards:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text


def _xml(xml: str) -> etree._Element | None:
    try:
        return etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return None


def _clean(text: str) -> str:
    return _WS.sub(" ", normalise_text(text)).strip()


def _text(el: etree._Element, *, skip: tuple[str, ...] = ()) -> str:
    """The text of an element, with ``<lb/>`` as line breaks (``skip``: child tags left out)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if child.tag not in skip:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = normalise_text("".join(parts))
    return "\n".join(_WS.sub(" ", part).strip() for part in text.split("\n") if part.strip())


# -- body from trafilatura's XML -----------------------------------------------------------


def _body_lines(doc: etree._Element) -> list[Line]:
    main = doc.find("main")
    if main is None:
        return []
    lines: list[Line] = []
    _walk(main, lines)
    lines = _flag_link_groups(lines)
    lines = _join_breadcrumb(lines)
    hrules = load_html_rules()
    for line in lines:
        if line.hint in ("paragraph", "heading") and hrules.ui_label.match(line.text):
            line.hint = "boilerplate"
            line.data["reason"] = "navigation"
    comments = doc.find("comments")
    if comments is not None:  # readers' comments: kept, but not body text
        for el in comments:
            text = _text(el)
            if text:
                line = Line(text=text, hint="boilerplate")
                line.data["reason"] = "comments"
                lines.append(line)
    return lines


#: a breadcrumb trail that the extraction broke after its separator ("News>" / "Nation")
_CRUMB_OPEN = re.compile(r"[A-Z][\w&-]*(?: [\w&-]+)?\s?>")
_CRUMB = re.compile(r"[A-Z][\w&-]*(?: [\w&-]+)?")


def _join_breadcrumb(lines: list[Line]) -> list[Line]:
    """A line that is a crumb and its separator (``News>``) and the crumb on the next line
    (``Nation``) are one breadcrumb line (``News> Nation``), flagged as navigation by the
    structure rules; the last crumb is kept as the page's section (session 17)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and line.hint == "paragraph"
            and nxt.hint in ("paragraph", "heading")
            and _CRUMB_OPEN.fullmatch(line.text)
            and _CRUMB.fullmatch(nxt.text)
        ):
            joined = Line(text=f"{line.text} {nxt.text}", hint="boilerplate")
            joined.data["reason"] = "navigation"
            joined.data["crumb"] = nxt.text
            out.append(joined)
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def _walk(el: etree._Element, lines: list[Line]) -> None:
    for child in el:
        tag = child.tag
        if tag == "head":
            _add(lines, _text(child), "heading", child)
        elif tag == "p":
            if child.find(".//graphic") is not None:
                for graphic in child.iter("graphic"):
                    _add_graphic(lines, graphic)
            bold = _bold_heading(child)
            if bold is None:
                _add(lines, _text(child), "paragraph", child)
            else:
                _add(lines, bold[0], "heading")
                _add(lines, bold[1], "paragraph", child)
        elif tag == "list":
            for item in child.iter("item"):
                nested = item.find("list")
                if nested is not None:  # the item's own text, the nested items follow
                    _add(lines, _text(item, skip=("list",)), "paragraph", None, origin="item")
                else:
                    _add(lines, _text(item), "paragraph", item, origin="item")
        elif tag == "quote":
            if child.find("p") is not None or child.find("list") is not None:
                _walk(child, lines)
            else:
                _add(lines, _text(child), "paragraph")
        elif tag == "graphic":
            _add_graphic(lines, child)
        elif tag == "table":
            if any(c.tag == "head" for cell in child.iter("cell") for c in cell):
                _layout_table(child, lines)
                continue
            for row in child.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                _add(lines, " | ".join(c for c in cells if c), "paragraph")
        elif tag in ("code", "div", "hi", "ref"):
            if len(child) and all(c.tag in ("p", "head", "list", "quote") for c in child):
                _walk(child, lines)
            else:
                _add(lines, _text(child), "paragraph")


def _is_layout_cell(cell: etree._Element) -> bool:
    """A table cell that holds paragraphs or headings of its own (a table used for layout)."""
    return any(c.tag in ("p", "head") for c in cell)


def _layout_table(table: etree._Element, lines: list[Line]) -> None:
    """A page laid out in a table (a cell holds a heading, the headline; a data table holds
    none, and its rows stay lines of " | "-joined cells): each paragraph
    and heading is a line of its own (session 17: a cell was joined into one line, a whole
    report into one paragraph); the pictures of the cells are the layout's (icons, logos,
    tickers) and are left out as before; from the heading of a box of other stories on ("Top
    stories", "Most popular"), the rest of the table is one related-links line (its sidebar)."""
    own: list[Line] = []
    for cell in table.iter("cell"):
        if cell.find("cell") is not None:
            continue
        if _is_layout_cell(cell):
            _walk(cell, own)
        else:
            _add(own, _text(cell), "paragraph")
    own = [line for line in own if line.hint != "media"]
    rules = load_rules()
    box = next(
        (
            k
            for k, line in enumerate(own)
            if len(line.text.split()) <= 8 and rules.boilerplate_reason(line.text) == "teaser-box"
        ),
        None,
    )
    if box is not None:
        tail = Line(text="\n".join(line.text for line in own[box:]), hint="boilerplate")
        tail.data["reason"] = "related-links"
        own = [*own[:box], tail]
    lines.extend(own)


def _is_bold(el: etree._Element) -> bool:
    return el.tag == "hi" and "#b" in (el.get("rend") or "")


def _bold_heading(p: etree._Element) -> tuple[str, str] | None:
    """(heading, rest) of a paragraph that is a heading set in bold: all of it bold, or a bold
    first line before a line break ("<p><b>Programm:</b></p>", "<p><b>Ernte</b><br/> Zentrale
    Ergebnisse …</p>"), one short phrase that ends in no full stop or comma (session 16: blogs and
    party sites mark their subheadings so). A bold name that runs into the text ("<b>Prof. Lena
    Berg, </b>Professorin …") or a bold teaser of sentences stays a paragraph."""
    limit = load_html_rules().bold_heading_max_chars
    children = list(p)
    if not limit or not children or (p.text or "").strip() or not _is_bold(children[0]):
        return None
    first = children[0]
    if (first.tail or "").strip():
        return None
    if len(children) == 1:
        rest = ""
    elif children[1].tag == "lb":
        rest = "\n".join(_text(p).split("\n")[1:])
    else:
        return None
    heading = _text(first)
    if (
        not heading
        or "\n" in heading
        or len(heading) > limit
        or not heading[0].isalnum()  # "– Name**" under a review, "[VIDEO]", a quotation
        or heading.endswith((",", ";"))
        or (heading.endswith(".") and not full_stop_is_no_end(heading))  # "& Co." ends none
        or (heading.endswith("!") and not heading.endswith("?!"))  # a call, a slogan
        or (heading.endswith("?") and len(heading.split()) > _QUESTION_HEADING_WORDS)
        or re.search(r"[.!?]\s+\S|@|://", heading)  # sentences, an account, a link
        or len(re.findall(r"\d+", heading)) > 2  # a row of scores
        or any(  # a name set in bold above its description; "Moderation: Lena Berg"
            part.split()[0] in given_names() for part in heading.split(":") if part.strip()
        )
    ):
        return None
    return heading, rest


#: a bold question of more words is an interviewer's question, not a heading ("Was geht im
#: Land?" is one)
_QUESTION_HEADING_WORDS = 5


def _add(
    lines: list[Line],
    text: str,
    hint: str,
    el: etree._Element | None = None,
    *,
    origin: str | None = None,
) -> None:
    if not text:
        return
    line = Line(text=text, hint=hint)
    if origin:
        line.data["from"] = origin
    if el is not None:
        linked = sum(len(_WS.sub("", "".join(ref.itertext()))) for ref in el.iter("ref"))
        line.data["link_share"] = f"{linked / max(1, len(_WS.sub('', text))):.2f}"
    lines.append(line)


def _flag_link_groups(lines: list[Line]) -> list[Line]:
    """Lines that are nothing but links (lists of other articles) and the short heading or
    intro ("Das könnte Sie auch interessieren:") right before them are related-links
    boilerplate, not body."""

    def linky(line: Line) -> bool:
        share = float(line.data.get("link_share", "0"))
        return (
            line.hint == "paragraph"
            and share >= LINK_SHARE
            and len(line.text) <= 250
            and len(line.text.split()) >= 3
        )

    flags = [linky(line) for line in lines]
    for k, line in enumerate(lines):
        if flags[k] or line.hint not in ("heading", "paragraph") or len(line.text) > 80:
            continue
        intro = line.text.rstrip().endswith(":")
        words = line.text.split()
        if k + 1 < len(lines) and flags[k + 1] and (line.hint == "heading" or intro):
            flags[k] = True  # the heading or intro of a list of links
        elif intro and (k + 1 == len(lines) or (line.hint == "heading" and len(words) <= 2)):
            flags[k] = True  # an intro whose links the extraction left out ("More:")
    for line, flag in zip(lines, flags, strict=True):
        if flag:
            line.hint = "boilerplate"
            line.data["reason"] = "related-links"
    return lines


def _add_graphic(lines: list[Line], graphic: etree._Element) -> None:
    src = graphic.get("src") or ""
    line = Line(text="", hint="media", source_hint=_source_hint(src) or None)
    line.data["src"] = src
    line.data["kind"] = _media_kind(src, "img")  # trafilatura's <graphic> is an image
    lines.append(line)
    title = _clean(graphic.get("title") or "")
    if title:
        lines.append(Line(text=title, hint="caption"))


def _source_hint(src: str) -> str:
    if not src or src.startswith("data:"):
        return ""
    parts = urlsplit(src)
    return (parts.netloc + parts.path).strip("/") or src


def _fallback_lines(tree: HtmlElement) -> list[Line]:
    """When trafilatura finds nothing: headings and paragraphs of the page as they stand."""
    lines: list[Line] = []
    body = tree.find("body")
    if body is None:
        return lines
    for el in body.iter("h2", "h3", "h4", "p", "li", "blockquote"):
        if _in_skipped(el):
            continue
        text = _clean(el.text_content())
        if len(text) < 2:
            continue
        _add(lines, text, "heading" if el.tag.startswith("h") else "paragraph")
    return lines


_SKIPPED = frozenset(("nav", "header", "footer", "aside", "script", "style", "form", "noscript"))


def _in_skipped(el: HtmlElement, *, allow: frozenset[str] = frozenset()) -> bool:
    skipped = _SKIPPED - allow
    return any(anc.tag in skipped for anc in el.iterancestors())


# -- metadata ------------------------------------------------------------------------------


def _title(meta_title: str | None, tree: HtmlElement) -> str | None:
    """The page's <h1> when it is the headline (it may add a kicker), else the metadata title."""
    title = _clean(meta_title or "")
    h1s = [_clean(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300]
    if title:
        words = set(_norm(title).split())
        for h1 in h1s:
            if _norm(title) in _norm(h1) or (len(h1) > 15 and _norm(h1) in _norm(title)):
                return h1
            # the same headline, edited for social media: most of its words are in the h1
            shared = words & set(_norm(h1).split())
            if len(words) >= 4 and len(shared) >= 0.75 * len(words):
                return h1
        return title
    return h1s[0] if h1s else None


#: class-name parts of the element that holds a headline's kicker (Dachzeile) inside the <h1>
_KICKER_CLASSES = ("kicker", "dachzeile", "overline", "topline", "roofline", "eyebrow")
_KICKER_MAX_WORDS = 4


def _kicker_split(title: str, meta_title: str | None, tree: HtmlElement) -> tuple[str | None, str]:
    """(kicker, headline) of a title that carries its kicker: a kicker element inside the <h1>
    ("<span class=…kicker>Zugverkehr</span>: Im ICE …"), or "Kicker: Headline" whose headline
    alone is the page's metadata title ("Deutschlandtakt: Flixbus attackiert Deutsche Bahn" with
    og:title "Flixbus attackiert Deutsche Bahn")."""
    for h1 in tree.iter("h1"):
        if _clean(h1.text_content()) != title:
            continue
        for el in h1.iter():
            cls = str(el.get("class") or "").lower()
            if el is not h1 and any(k in cls for k in _KICKER_CLASSES):
                kicker = _clean(el.text_content())
                rest = title[len(kicker) :].lstrip(" :–-|") if title.startswith(kicker) else ""
                if kicker and rest:
                    return kicker, rest
    head, sep, rest = title.partition(": ")
    meta = _clean(meta_title or "")
    if sep and rest and len(head.split()) <= _KICKER_MAX_WORDS and _norm(rest) == _norm(meta):
        return head, rest
    return None, title


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _drop_title(lines: list[Line], title: str) -> list[Line]:
    """trafilatura sometimes repeats the headline as the first heading: drop it."""
    target = _norm(title)
    out = []
    for k, line in enumerate(lines):
        if (
            k < 3
            and line.hint in ("heading", "paragraph", "caption")
            and _norm(line.text) == target
        ):
            continue
        out.append(line)
    return out


def _published(
    tree: HtmlElement, header: list[HtmlElement], fallback: str | None, rules: StructureRules
) -> str | None:
    """The publication date: what the markup states explicitly, a date shown under the
    headline, else htmldate's best guess."""
    from htmldate import find_date

    found = _stated_date(tree)
    if found and not plausible_published(normalise_published(found)):
        found = None
    if not found:
        shown = _header_dates(header, rules)
        # the first date under the headline is the article's (a second may be its update);
        # three or more different ones are a list of other articles' teasers, and then
        # htmldate's reading of the page decides
        if shown and (len(shown) < 3 or len({d[:10] for d in shown}) == 1):
            return shown[0]
    if found:
        iso = normalise_published(found)
        return iso if plausible_published(iso) else None
    labelled = _labelled_dates(tree, rules)
    if len(set(labelled)) == 1:
        # one "Veröffentlicht am …" line anywhere on the page (often under the body) says more
        # than htmldate's guess, which may take a teaser's date
        return labelled[0]
    if not fallback:  # trafilatura's metadata holds htmldate's guess already
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fallback = find_date(copy.deepcopy(tree), original_date=True)
        except Exception:  # htmldate is defensive, but a broken page must never crash a reader
            fallback = None
    iso = normalise_published(fallback) if fallback else None
    # htmldate fills a bare year ("Potsdam 2015" in a footer) up to 1 January: a made-up day
    # that would anchor "heute" or "im Frühjahr"; no date is better than a guessed one
    if iso and plausible_published(iso) and not (len(iso) == 10 and iso.endswith(_YEAR_ONLY_GUESS)):
        return iso
    return None


_YEAR_ONLY_GUESS = "-01-01"


_PUBLISHED_META = re.compile(
    r"(?i)^(?:article:published_time|og:published_time|datepublished|date|pubdate|"
    r"publishdate|dc\.date\.issued|dcterms\.created|sailthru\.date|parsely-pub-date)$"
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_DATE_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _header_dates(header: list[HtmlElement], rules: StructureRules) -> list[str]:
    """The dates shown as date lines in the window between the headline and the body."""
    dates: list[str] = []
    for el in header:
        raw = el.text_content()
        if len(raw) > 200 or el.tag == "time":
            continue
        found = _line_date(_clean(raw), rules)
        if found:
            dates.append(found)
    return dates


def _line_date(text: str, rules: StructureRules) -> str | None:
    """The plausible date of a short line that is nothing but a date line ("Stand: …")."""
    if len(text) > 60:
        return None
    for pattern in rules.date_line:
        m = pattern.match(text)
        if m:
            parsed = parse_date(m.group("date"))
            return parsed if parsed and plausible_published(parsed) else None
    return None


def _in_teaser(el: HtmlElement) -> bool:
    """Inside a link, a figure or a list item: a teaser of another article, not this one."""
    return any(a.tag in ("a", "figure", "li") for a in el.iterancestors())


_PUBLISHED_LABEL = re.compile(
    r"^\s*(?:Veröffentlicht|Erschienen|Publiziert|Published|First published)\b", re.I
)


_LABEL_WORDS = re.compile(r"^\S+(?:\s+(?:am|on)\b)?", re.I)


def _labelled_dates(tree: HtmlElement, rules: StructureRules) -> list[str]:
    """The dates of short lines labelled as the publication ("Veröffentlicht am 07.06.2019",
    "Published on 13 March 2023") anywhere outside links, lists and skipped page parts."""
    dates: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el.text and _PUBLISHED_LABEL.match(el.text) and el.tag not in ("a", "li"):
            line, holder = el.text_content(), el  # <p>Veröffentlicht am …</p>
        elif el.tail and _PUBLISHED_LABEL.match(el.tail) and el.getparent() is not None:
            line, holder = el.tail, el.getparent()  # <br>Veröffentlicht am …
        else:
            continue
        if _in_skipped(holder) or _in_teaser(holder):
            continue
        # a label in capitals ("VERÖFFENTLICHT AM 07.06.2019") reads as written in lower case
        found = _line_date(_LABEL_WORDS.sub(lambda m: m.group(0).lower(), _clean(line)), rules)
        if found:
            dates.append(found)
    return dates


def _stated_date(tree: HtmlElement) -> str | None:
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        value = (meta.get("content") or "").strip()
        if _PUBLISHED_META.match(key.strip()) and _DATE_START.match(value):
            return value
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            m = _JSONLD_DATE.search(script.text)
            if m and _DATE_START.match(m.group(1)):
                return m.group(1)
    for el in tree.iter("time"):
        value = (el.get("datetime") or el.get("content") or "").strip()
        if not _DATE_START.match(value) or _in_skipped(el):
            continue
        if _in_teaser(el):
            continue  # the date of a linked teaser or a list of other articles
        return value
    return None


def _authors(raw: str | None, hrules: HtmlRules) -> list[str]:
    if not raw:
        return []
    out: list[str] = []
    for part in re.split(r"\s*(?:;|,|\||\band\b|\bund\b|&)\s*", raw):
        name = hrules.author_prefix.sub("", _clean(part)).strip(" .")
        if not name or hrules.author_not_person.search(name):
            continue
        words = name.split()
        # "Niklas Brenner ebrosia": a site's name in lower case after the person's
        while words and words[-1][:1].islower() and words[-1] not in hrules.name_particles:
            words.pop()
        name = " ".join(words)
        if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
            continue
        if any(w[:1].islower() and w.lower() not in hrules.name_particles for w in words):
            continue  # "Syrian defense ministries": a phrase, no name
        if any(name.startswith(known) for known in out):
            continue  # "Jane DoeBusiness Columnist" after "Jane Doe"
        out.append(name)
    return out


_ARTICLE_SECTION = re.compile(r'"articleSection"\s*:\s*"([^"]{1,60})"')


def _meta_section(tree: HtmlElement, title: str | None = None) -> str | None:
    """The page's section from ``<meta property="article:section">``, JSON-LD
    ``articleSection`` or the breadcrumb trail."""
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "article:section":
            section = _clean(meta.get("content") or "")
            if section:
                return section
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "") and script.text:
            m = _ARTICLE_SECTION.search(script.text)
            if m:
                return _clean(m.group(1))
    return _breadcrumb_section(tree, title) or _category_link(tree)


def _category_link(tree: HtmlElement) -> str | None:
    """The first link the page marks as the post's category (``rel="category tag"``, the
    blog engines' microformat: "Abgelegt in: Allgemein"; session 16)."""
    for a in tree.iter("a"):
        if "category" in (a.get("rel") or "").lower().split():
            name = _clean(a.text_content())
            if name and not _NOT_SECTION.search(name):
                return name
    return None


# a handle, a mail link or a button that a page put into its trail
_NOT_SECTION = re.compile(
    r"@|^[^A-Za-zÄÖÜäöü]*$|\d{1,2}/\d{4}"
    r"|(?i:\be-?mail\b|\blog ?in\b|\banmelden\b|\bsubscribe\b|\babonnieren\b|\bteilen\b"
    r"|\bshare\b|\btwitter\b|\bfacebook\b|\binstagram\b|\blinkedin\b)"
)
_HOME_WORDS = frozenset({"home", "start", "startseite", "homepage", "news", "nachrichten", "index"})


def _breadcrumb_section(tree: HtmlElement, title: str | None) -> str | None:
    """The last link of the page's breadcrumb trail ("Startseite › Stars › <headline>" →
    Stars) that is neither the home page nor the headline."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html"):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if "breadcrumb" not in marks:
            continue
        links = [_clean(a.text_content()) for a in el.iter("a")]
        norm_title = _norm(title or "")
        names = [
            t
            for t in links
            if t and t.lower() not in _HOME_WORDS and (not norm_title or _norm(t) != norm_title)
        ]
        if not names:
            return None
        # the trail's last step, when it reads like a section; a link row that only calls
        # itself a breadcrumb (an author's mail and social links) gives none
        last = names[-1]
        return last if 2 <= len(last) <= 60 and not _NOT_SECTION.search(last) else None
    return None


def _language(tree: HtmlElement) -> str | None:
    for el in (tree, tree.find("body")):
        if el is None:
            continue
        lang = (el.get("lang") or el.get("xml:lang") or "").strip().lower()
        m = re.match(r"^([a-z]{2})(?:[-_]|$)", lang)
        if m:
            return m.group(1)
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language" or (
            meta.get("property") or ""
        ).lower() == "og:locale":
            m = re.match(r"^([a-z]{2})(?:[-_]|$)", (meta.get("content") or "").strip().lower())
            if m:
                return m.group(1)
    return None


def _body_language(declared: str | None, body: str) -> str | None:
    """The page's declared language, unless its body is plainly in another one (an English
    report on a page whose template says ``lang="de"``)."""
    from newsgraph.language import SUPPORTED, detect_language

    # the detector knows only its own languages: "id" or "ja" stay as the page says
    if not declared or declared not in SUPPORTED or len(body) < 400:
        return declared

    detected = detect_language(body)
    return detected if detected and detected != declared else declared


def _is_standfirst(description: str, header: list[HtmlElement], lines: list[Line]) -> bool:
    """The meta description is the lead when the page shows it between headline and body
    (and it is not simply the start of the first paragraph)."""
    target = _norm(description)[:80]
    if len(target) < 20:
        return False
    if any(_norm(line.text).startswith(target) for line in lines[:3]):
        return False
    return any(
        el.tag in ("p", "div", "h2", "span")
        and len(el) <= 3
        and _norm(el.text_content()[:300]).startswith(target)
        for el in header
    )


# -- figures from the raw page -------------------------------------------------------------


@dataclass
class Figure:
    position: int
    src: str = ""
    caption: str = ""
    credit: str = ""
    teaser: bool = False
    kind: str = "unknown"


def _add_figures(
    lines: list[Line], page: _Page, rules: StructureRules, hrules: HtmlRules
) -> list[Line]:
    """Put the captions and credits of the page's figures back among the body lines."""
    figures = [f for f in _figures(page.tree, page.order, hrules) if f.caption or f.credit]
    if not figures or page.first is None or page.last is None:
        return lines
    positions = page.positions
    start = page.first if page.h1 is None else min(page.first, page.h1)
    # a figure between the headline and the end of the body belongs to the article
    figures = [f for f in figures if start <= f.position <= page.last]
    captions = {
        _norm(f.caption)[:80]: (_norm(f.caption).replace(" ", ""), len(f.caption))
        for f in figures
        if len(f.caption) >= 20
    }
    by_src = {_src_key(f.src): f for f in figures if f.src}
    out: list[Line] = []
    placed: set[int] = set()
    pending = sorted(figures, key=lambda f: f.position)
    for line, pos in zip(lines, positions + [None] * (len(lines) - len(positions)), strict=True):
        if line.hint == "media":
            fig = by_src.get(_src_key(line.data.get("src", "")))
            if fig is not None and id(fig) not in placed:
                placed.add(id(fig))
                out.extend(_figure_lines(fig, rules, hrules, line))
                continue
        if pos is not None:
            while pending and pending[0].position < pos:
                fig = pending.pop(0)
                if id(fig) not in placed:
                    placed.add(id(fig))
                    out.extend(_figure_lines(fig, rules, hrules))
        if line.hint == "paragraph" and _is_caption(_undouble(line.text), captions):
            continue  # trafilatura kept a caption as a paragraph
        if line.hint == "caption" and out and out[-1].hint == "caption":
            continue
        out.append(line)
    for fig in pending:
        if id(fig) not in placed:
            out.extend(_figure_lines(fig, rules, hrules))
    return out


def _is_caption(text: str, captions: dict[str, tuple[str, int]]) -> bool:
    """A paragraph that repeats a caption (perhaps with its credit glued to it: "… isn't
    easy.Name/Getty"; or without it), not one quoted by it, nor a paragraph that only opens with
    the caption's words (session 17: "… was released Monday." under a video captioned "… was
    released on Monday. (Published …)"), nor a short paragraph that a caption opens with."""
    key = _norm(text)[:80]
    norm = _norm(text).replace(" ", "")  # without spaces: the page may glue words ("lessNew")
    return any(
        len(text) <= size + 80
        and (norm.startswith(caption) or (key == start and caption.startswith(norm)))
        for start, (caption, size) in captions.items()
    )


def _figure_lines(
    fig: Figure, rules: StructureRules, hrules: HtmlRules, media: Line | None = None
) -> list[Line]:
    if fig.teaser:
        line = Line(text=fig.caption or fig.credit, hint="boilerplate")
        line.data["reason"] = "related-links"
        return [line]
    src_hint = _source_hint(fig.src) or None
    media = media or Line(text="", hint="media", source_hint=src_hint)
    media.source_hint = media.source_hint or src_hint
    media.data["kind"] = fig.kind
    media.credit = fig.credit or None
    out = [media]
    if fig.caption:
        if rules.boilerplate_reason(fig.caption):  # a promo in a figcaption
            out.append(Line(text=fig.caption, hint="boilerplate"))
        else:
            out.append(Line(text=fig.caption, hint="caption", credit=fig.credit or None))
    return out


def _figure_containers(tree: HtmlElement, hrules: HtmlRules) -> list[HtmlElement]:
    """<figure> elements, and the small boxes around a caption outside any figure (an image
    with a caption and a credit element; a figcaption beside its figure)."""
    found: list[HtmlElement] = []
    for fig in tree.iter("figure"):
        if not any(a.tag == "figure" for a in fig.iterancestors()):
            found.append(fig)
    inside = {id(el) for fig in found for el in fig.iter()}
    for el in tree.iter():
        if not isinstance(el.tag, str) or id(el) in inside:
            continue
        if el.tag != "figcaption" and not hrules.caption_class.search(_classes(el)):
            continue
        box = el.getparent()
        if box is None or box.tag in ("body", "html") or id(box) in inside:
            continue
        if len(_clean(box.text_content())) > len(_clean(el.text_content())) + 300:
            continue  # the caption sits in the article body itself, not in a box of its own
        if box.find(".//img") is None and box.find(".//picture") is None and el.tag != "figcaption":
            continue
        found.append(box)
        inside.update(id(x) for x in box.iter())
    for img in tree.iter("img"):
        box = _credit_box(img, hrules)
        if box is not None and id(box) not in inside:
            found.append(box)
            inside.update(id(x) for x in box.iter())
    return found


def _credit_box(img: HtmlElement, hrules: HtmlRules) -> HtmlElement | None:
    """The small box around a bare image that also holds its credit (``<div><img><div>©
    privat</div></div>``), found one or two levels up."""
    box = img.getparent()
    for _ in range(2):
        if box is None or box.tag in ("body", "html", "a", "p", "li"):
            return None
        raw = box.text_content()
        if len(raw) > 400 or box.find(".//p") is not None:
            return None
        if raw.strip():
            credit = any(
                isinstance(el.tag, str) and hrules.credit_class.search(_classes(el))
                for el in box.iter()
            )
            return box if credit or _clean(raw).startswith("©") else None
        box = box.getparent()
    return None


def _figures(tree: HtmlElement, order: dict[Any, int], hrules: HtmlRules) -> Iterator[Figure]:
    for fig in _figure_containers(tree, hrules):
        caption_el = _caption_element(fig, hrules)
        credit_parts: list[str] = []
        caption = ""
        if caption_el is not None:
            caption, credit_parts = _split_caption(caption_el, hrules)
            members = set(caption_el.iter())
        else:
            members = set()
        for el in fig.iter():
            if el is caption_el or not isinstance(el.tag, str) or el in members:
                continue
            if hrules.credit_class.search(_classes(el)) and el.tag not in ("img", "source"):
                text = _clean(el.text_content())
                if text and text not in credit_parts:
                    credit_parts.append(text)
        caption = _undouble(caption)
        if not credit_parts and caption:
            caption, found = _caption_credit(caption, hrules)
            if found:
                credit_parts.append(found)
        if not credit_parts and caption_el is not None:
            caption, found = _trailing_credit_element(caption_el, caption)
            if found:
                credit_parts.append(found)
        if not credit_parts and not caption:
            text = _clean(fig.text_content())
            if text.startswith("©") and len(text) <= 120:  # a bare "© privat" beside the image
                credit_parts.append(text)
        credit = _clean_credit(" ".join(credit_parts), hrules)
        src, tag = _figure_src(fig, hrules)
        yield Figure(
            position=order.get(fig, 0),
            src=src,
            kind=_media_kind(src, tag) if src else "unknown",
            caption=caption,
            credit=credit,
            teaser=_is_teaser(fig, hrules),
        )


def _undouble(caption: str) -> str:
    """A caption the page writes twice in its caption element (a full and a truncated copy, a
    gallery's two views: "X (AP Photo/Y) X"): the longer copy once."""
    words = caption.split()
    if len(words) < 16:
        return caption
    head = " ".join(words[:8])
    pos = caption.find(head, len(head))
    if pos < 0:
        return caption
    first, second = caption[:pos].strip(), caption[pos:].strip()
    if first.startswith(second) or second.startswith(first):
        return max(first, second, key=len)
    return caption


def _caption_credit(caption: str, hrules: HtmlRules) -> tuple[str, str]:
    for pattern in hrules.caption_credit:
        m = pattern.search(caption)
        if m and m.start() > 0:
            return caption[: m.start()].rstrip(), m.group("credit").strip()
    return caption, ""


def _trailing_credit_element(caption_el: HtmlElement, caption: str) -> tuple[str, str]:
    """A caption made of a text element and a last short element without a sentence end:
    the last one is the credit (``<span>The house …</span><span>Name / Agency</span>``)."""
    parts = [c for c in caption_el if isinstance(c.tag, str) and _clean(c.text_content())]
    if len(parts) < 2 or _clean(caption_el.text or ""):
        return caption, ""
    last = _clean(parts[-1].text_content())
    if len(last) > 80 or re.search(r"[.!?:]$", last) or len(last.split()) > 10:
        return caption, ""
    rest = _clean(" ".join(_clean(p.text_content()) for p in parts[:-1]))
    if len(rest) < len(last):
        return caption, ""
    return rest, last


def _classes(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"


def _caption_element(fig: HtmlElement, hrules: HtmlRules) -> HtmlElement | None:
    found = fig.find(".//figcaption")
    if found is not None:
        return found
    for el in fig.iter():
        if isinstance(el.tag, str) and el is not fig and hrules.caption_class.search(_classes(el)):
            return el
    nxt = fig.getnext()
    if nxt is not None and isinstance(nxt.tag, str) and hrules.caption_class.search(_classes(nxt)):
        return nxt
    return None


def _split_caption(el: HtmlElement, hrules: HtmlRules) -> tuple[str, list[str]]:
    """Caption text and credit parts (sub-elements named like credits) of a caption element."""
    credit_els = [
        sub
        for sub in el.iter()
        if sub is not el and isinstance(sub.tag, str) and hrules.credit_class.search(_classes(sub))
    ]
    credits = [_clean(c.text_content()) for c in credit_els]
    clone = copy.deepcopy(el)
    for sub in list(clone.iter()):
        if sub is clone or not isinstance(sub.tag, str):
            continue
        if hrules.credit_class.search(_classes(sub)) or sub.tag in ("script", "style", "button"):
            parent = sub.getparent()
            if parent is not None:
                sub.drop_tree() if isinstance(sub, HtmlElement) else parent.remove(sub)
    text = _clean(" ".join(clone.itertext()))
    return text, [c for c in credits if c]


def _clean_credit(text: str, hrules: HtmlRules) -> str:
    text = _clean(text)
    for _ in range(3):
        before = text
        for pattern in hrules.credit_strip:
            text = pattern.sub("", text).strip()
        if text == before:
            break
    return text if len(text) > 1 else ""


def _figure_src(fig: HtmlElement, hrules: HtmlRules) -> tuple[str, str]:
    """The source of a figure's picture or video, and the tag that holds it."""
    for el in fig.iter():
        if not isinstance(el.tag, str) or el.tag not in hrules.media_tags:
            continue
        for attr in hrules.src_attributes:
            value = (el.get(attr) or "").strip()
            if value and not value.startswith("data:") and "missing-image" not in value:
                return value, el.tag
        srcset = el.get("srcset") or el.get("data-srcset")
        if srcset:
            return srcset.split(",")[0].split()[0], el.tag
    return "", ""


_TAG_KIND = {"img": "image", "picture": "image", "a-img": "image", "amp-img": "image"}
_TAG_KIND.update({"video": "video", "audio": "audio", "source": "image", "noscript": "image"})


def _media_kind(src: str, tag: str) -> str:
    """What the source says (the structure rules), else what the HTML element is."""
    from newsgraph.structure.lines import media_kind

    kind = media_kind(_source_hint(src) or None, load_rules())
    return kind if kind != "unknown" else _TAG_KIND.get(tag, "unknown")


def _src_key(src: str) -> str:
    path = urlsplit(src).path.rstrip("/")
    return path.rsplit("/", 1)[-1].lower()


def _is_teaser(fig: HtmlElement, hrules: HtmlRules) -> bool:
    """A figure wrapped in a link to another page teases that page."""
    for a in fig.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or hrules.image_link.search(href):
            continue
        if a.find(".//img") is not None or a.find(".//figcaption") is not None:
            return True
        if a.getparent() is fig or _norm(a.text_content()) == _norm(fig.text_content()):
            return True
    return False


def _line_positions(
    lines: list[Line], tree: HtmlElement, order: dict[Any, int]
) -> list[int | None]:
    """Document position of each body line in the raw page (None where it is not found).

    Text that stands twice on a page (a teaser in the header, then the article) is placed
    where it continues the lines before it, outside a <header> when possible."""
    index: dict[str, list[tuple[int, bool]]] = {}
    body = tree.find("body")
    if body is None:
        return [None] * len(lines)
    for el in body.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "td"):
        if el.tag == "div" and any(isinstance(c.tag, str) for c in el):
            continue
        key = _norm(el.text_content()[:200])[:60]
        if len(key) >= 12:
            in_header = any(a.tag == "header" for a in el.iterancestors())
            index.setdefault(key, []).append((order.get(el, 0), in_header))
    out: list[int | None] = []
    previous = -1
    for line in lines:
        key = _norm(line.text)[:60]
        body = line.hint in ("paragraph", "heading", "lead")
        found = index.get(key) if len(key) >= 12 and body else None
        if not found:
            out.append(None)
            continue
        ranked = sorted(found, key=lambda c: (c[1], c[0] <= previous, c[0]))
        out.append(ranked[0][0])
        previous = ranked[0][0]
    return out


# -- the page around the body: headline, header, bylines, standfirst --------------------------


_HEADER = frozenset(("header", "aside", "form"))  # between headline and body: byline, date, dek


@dataclass
class _Page:
    tree: HtmlElement
    order: dict[Any, int]
    elements: list[Any]  # in document order: elements[order[el]] is el
    positions: list[int | None]
    first: int | None  # document position of the first body line found in the page
    last: int | None
    h1: int | None  # position of the headline

    @classmethod
    def of(cls, tree: HtmlElement, lines: list[Line], title: str | None) -> _Page:
        elements = list(tree.iter())
        order = {el: k for k, el in enumerate(elements)}
        positions = _line_positions(lines, tree, order)
        known = [p for p in positions if p is not None]
        first = min(known) if known else None
        h1 = None
        target = _norm(title or "")
        for h in tree.iter("h1"):
            if first is not None and order[h] > first:
                break
            h1 = order[h]
            if target and _norm(h.text_content()) == target:
                break
        return cls(tree, order, elements, positions, first, max(known) if known else None, h1)

    def header(self) -> list[HtmlElement]:
        """Elements between the headline and the first body line (at most 400)."""
        if self.first is None:
            return []
        start = self.h1 if self.h1 is not None else max(0, self.first - 150)
        out = []
        for el in self.elements[start + 1 : self.first]:
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "svg"):
                continue
            if not _in_skipped(el, allow=_HEADER) and not any(
                a.tag == "a" for a in el.iterancestors()
            ):
                out.append(el)
                if len(out) >= 400:
                    break
        return out


def _byline(
    page: _Page, header: list[HtmlElement], meta: Metadata, rules: StructureRules, hrules: HtmlRules
) -> None:
    """Authors (or agencies) of the byline under the headline or of a byline element."""
    from newsgraph.structure.lines import LineKind, classify

    candidates = list(header)
    if page.last is not None:
        low = page.h1 if page.h1 is not None else page.first or 0
        seen = set(header)
        for el in page.elements[low : page.last + 300]:
            if (
                isinstance(el.tag, str)
                and el not in seen
                and hrules.byline_class.search(_classes(el))
                and not _in_skipped(el)
            ):
                candidates.append(el)
    for el in candidates:
        raw = el.text_content()
        if len(raw) > 3 * hrules.byline_max_chars:
            continue
        text = _clean(raw)
        if not 4 <= len(text) <= hrules.byline_max_chars:
            continue
        line = classify(Line(text=text), rules)
        if line.kind is LineKind.AGENCY:
            meta.add_agencies(line.data["agencies"].split("/"))
            return
        if line.kind is not LineKind.AUTHOR:
            continue
        found = Metadata()
        found.add_authors(line.data["authors"])
        for name in found.authors:
            agency = rules.agency(name)
            if agency:
                meta.add_agencies([agency])
            elif (
                len(name.split()) >= 2
                and not hrules.author_not_person.search(name)
                and name not in meta.authors
            ):
                meta.authors.append(name)
        return


#: words two paragraphs must open with alike for the first to be the excerpt of the second
_EXCERPT_WORDS = 8


def _opening_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())[:_EXCERPT_WORDS]


def _leading_summary(lines: list[Line], meta: Metadata) -> list[Line]:
    """Bullet points before the first paragraph of the body summarise it: they are the lead.
    So is an excerpt above the post that opens with the same words as its first paragraph
    (session 16: a blog's "manual excerpt", with plain quotes where the post has typographic
    ones)."""
    opening = _opening_words(lines[0].text) if len(lines) >= 2 else []
    if (
        len(opening) == _EXCERPT_WORDS
        and lines[0].hint == "paragraph"
        and lines[1].hint == "paragraph"
        and opening == _opening_words(lines[1].text)
    ):
        lines[0].hint = "lead"
        meta.lead = meta.lead or lines[0].text
        return lines
    k = 0
    while k < len(lines) and lines[k].data.get("from") == "item" and lines[k].hint == "paragraph":
        k += 1
    if not 1 <= k <= 5 or k >= len(lines) or lines[k].hint != "paragraph":
        return lines
    if any(len(line.text) < 40 for line in lines[:k]):
        return lines
    for line in lines[:k]:
        line.hint = "lead"
    if not meta.lead:
        meta.lead = " ".join(line.text for line in lines[:k])
    return lines


def _cut_site_marker(lines: list[Line], site: str, rules: StructureRules) -> None:
    """The outlet's own name before a dash at the start of the first paragraph ("Example.Net -
    Verified video footage …") marks the source like a dateline without a place: cut
    (session 17)."""
    if len(site) < 3:
        return
    first = next(
        (
            line
            for line in lines
            if line.hint in ("paragraph", "heading", "lead")
            and classify(Line(text=line.text), rules).kind is LineKind.TEXT
        ),
        None,
    )
    if first is None or first.hint != "paragraph":
        return
    m = re.match(re.escape(site) + r"\s*[–—-]{1,2}\s+(?=\S)", first.text)
    if m and len(first.text) - m.end() >= 20:
        first.text = first.text[m.end() :]


def _section_label(lines: list[Line], rules: StructureRules) -> None:
    """A word or two in capitals opening the body right above a date line ("TECH" / "5:45 AM
    PST 11/19/2019 by …") is the page's section label: navigation, and the section when no
    other is known (session 17)."""
    text = [k for k, line in enumerate(lines) if line.hint not in ("boilerplate", "media")]
    if len(text) < 2:
        return
    first, second = lines[text[0]], lines[text[1]]
    if (
        first.hint in ("paragraph", "heading")
        and first.text.isupper()
        and len(first.text.split()) <= 2
        and re.fullmatch(r"[\w&' -]+", first.text)
        and classify(Line(text=second.text), rules).kind is LineKind.DATE
    ):
        first.hint = "boilerplate"
        first.data["reason"] = "navigation"
        first.data["crumb"] = first.text.title()


#: a deck (dek) is a sentence: at least this many words and a sentence's end
_DECK_MIN_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]?$")


def _deck(lines: list[Line], meta: Metadata) -> list[Line]:
    """A heading that opens the body, written as a sentence of eight words or more ("There are
    more devices … Here's how to figure out what's best for your wallet.") and followed by a
    paragraph, is the deck under the headline: the lead, not a subheading (session 17; a
    subheading is a phrase, not a sentence)."""
    k = next((k for k, line in enumerate(lines) if line.hint not in ("boilerplate", "media")), None)
    if k is None or k + 1 >= len(lines) or meta.lead:
        return lines
    line = lines[k]
    nxt = next((x for x in lines[k + 1 :] if x.hint not in ("boilerplate", "media")), None)
    if (
        line.hint == "heading"
        and nxt is not None
        and nxt.hint == "paragraph"
        and len(line.text.split()) >= _DECK_MIN_WORDS
        and _SENTENCE_END.search(line.text)
    ):
        line.hint = "lead"
        meta.lead = line.text
    return lines


_CODE_TAGS = frozenset({"script", "style", "noscript", "template"})


def _visible_text(el: HtmlElement) -> str:
    """``text_content()`` without scripts, styles and comments."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _CODE_TAGS:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _standfirst(header: list[HtmlElement], hrules: HtmlRules, lines: list[Line]) -> str | None:
    """The dek/standfirst: an element named like one between the headline and the body that
    is neither a list of links nor the first paragraph of the body itself."""
    starts = {_norm(line.text)[:60] for line in lines[:3] if line.text}
    for el in header:
        if el.tag in ("h1", "figure", "figcaption", "img", "time"):
            continue
        if not hrules.standfirst_class.search(_classes(el)):
            continue
        raw = el.text_content()
        if len(raw) > 1500:
            continue
        # a script inside the element ("!function(n){…}") is no text of the standfirst
        text = _clean(_visible_text(el))
        if not (30 <= len(text) <= 600 and len(text.split()) >= 6):
            continue
        linked = sum(len(a.text_content()) for a in el.iter("a"))
        if linked > 0.3 * len(raw) or _norm(text)[:60] in starts:
            continue
        return text
    return None
