"""The HTML reader on real pages (read from ../shared/data, never copied into the repository)."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import InputError
from newsgraph.model import Article, Source
from newsgraph.readers import read_inputs
from newsgraph.readers.html import read_html
from tests.conftest import DATA

DE = DATA / "html-de"
EN = DATA / "html-en"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", "").replace("\u00a0", " ")).strip()


def _page(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def _read(path: Path) -> Article:
    (result,) = list(read_inputs([str(path)]))
    assert isinstance(result, Article), result
    return result


@pytest.fixture(scope="module")
def expectations() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DE / "expectations.json").read_text(encoding="utf-8"))
    return {item["file"]: item for item in data.values()}


@pytest.fixture(scope="module")
def ground_truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EN / "ground-truth.json").read_text(encoding="utf-8"))
    return data


# pages of several kinds: news, magazine, official site, blog, shop
DE_PAGES = [
    "sueddeutsche.de.flixtrain.html",
    "heise.de.lithium.html",
    "zeit.de.zugverkehr.html",
    "rnz.de.witzel.html",
    "brandenburg.de.homo-brandenburgensis.html",
    "piratenpartei-mv.de.grundeinkommen.html",
    "ebrosia.de.zinfandel.html",
    "jolie.de.adele.html",
]


@pytest.mark.parametrize("file", DE_PAGES)
def test_german_pages_with_and_without(file: str, expectations: dict[str, Any]) -> None:
    article = _read(DE / "pages" / f"{file}.gz")
    expected = expectations[file]
    body = _norm(article.body)
    assert article.source.reader == "html"
    assert article.language == "de"
    assert article.title
    for text in expected["with"]:
        assert _norm(text) in body, text
    for text in expected["without"]:
        assert _norm(text) not in body, text


def _f1(pred: str, gold: str) -> float:
    p = Counter(w.lower() for w in re.findall(r"\w+", pred))
    g = Counter(w.lower() for w in re.findall(r"\w+", gold))
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


EN_PAGES = [
    "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5",  # NBC News (Reuters)
    "686bb170effe273eaff1c0f88e412172e8d97251",  # Space.com
    "5fa3154ec031ab35411a457d78eb5a",  # The Guardian
    "7916ecca",  # Al Jazeera
    "1ace8c85",  # TechCrunch
]


def _en_key(prefix: str, ground_truth: dict[str, Any]) -> str:
    (key,) = [k for k in ground_truth if k.startswith(prefix)]
    return key


@pytest.mark.parametrize("prefix", EN_PAGES)
def test_english_pages_body_f1(prefix: str, ground_truth: dict[str, Any]) -> None:
    key = _en_key(prefix, ground_truth)
    article = _read(EN / "pages" / f"{key}.html.gz")
    assert article.language == "en"
    assert article.title
    assert article.published and re.match(r"^\d{4}-\d{2}-\d{2}", article.published)
    assert _f1(article.body, ground_truth[key]["articleBody"]) >= 0.9
    # every body paragraph is text of the true article body
    gold = _norm(ground_truth[key]["articleBody"])
    found = sum(_norm(p.text)[:40] in gold for p in article.paragraphs)
    assert found >= 0.8 * len(article.paragraphs)


def test_metadata_of_a_german_news_page() -> None:
    article = _read(DE / "pages" / "sueddeutsche.de.flixtrain.html.gz")
    # the <h1> carries the kicker that og:title drops: kicker and headline apart
    assert article.kicker == "Deutschlandtakt"
    assert article.title == "Flixbus attackiert Deutsche Bahn"
    assert article.title_span is not None
    assert article.text[article.title_span.start : article.title_span.end] == article.title
    # the page's <time> says 15 May; a modification date in a script says 17 May
    assert article.published is not None and article.published.startswith("2019-05-15")
    assert article.site_name == "Süddeutsche.de"
    assert article.source.url is not None and "sueddeutsche.de" in article.source.url
    assert [s.text for s in article.subheadings] == [
        "Im ICE zahlen Passagiere sieben Prozent Mehrwertsteuer, im Fernbus aber 19"
    ]


def test_captions_and_credits_from_figures() -> None:
    article = _read(DE / "pages" / "sueddeutsche.de.flixtrain.html.gz")
    (photo,) = [m for m in article.media if m.caption]
    assert photo.caption is not None and photo.caption.startswith(
        "Wettbewerb, jetzt auch auf der Schiene"
    )
    assert photo.credit == "Christian Charisius/dpa"
    assert photo.kind == "image"
    # the caption comes before the body, the credit is in no body block
    assert photo.start < article.paragraphs[0].start
    assert "Charisius" not in article.body
    # figures that tease other articles are boilerplate, not captions or body
    teasers = [b for b in article.boilerplate if b.reason == "related-links"]
    assert any("Dieser Mann setzt die Deutsche Bahn unter Druck" in b.text for b in teasers)
    assert "Dieser Mann setzt die Deutsche Bahn unter Druck" not in article.body
    # offsets index the text
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


def test_credit_without_caption_and_caption_with_credit() -> None:
    heise = _read(DE / "pages" / "heise.de.lithium.html.gz")
    assert any(m.credit == "Audi" for m in heise.media)
    zeit = _read(DE / "pages" / "zeit.de.zugverkehr.html.gz")
    (photo,) = [m for m in zeit.media if m.caption]
    assert photo.caption is not None and "Zugreisen durch europäische Länder" in photo.caption
    assert photo.credit is not None and "Ben Stansall" in _norm(photo.credit)
    assert photo.kind == "image"  # an <img> whose URL has no file extension


def test_links_lists_and_promo_figcaptions_are_boilerplate(ground_truth: dict[str, Any]) -> None:
    key = _en_key("686bb170", ground_truth)
    article = _read(EN / "pages" / f"{key}.html.gz")
    body = article.body
    assert "Need more space? Subscribe" not in body
    assert "Related: Possible Water Plumes" not in _norm(body)
    texts = " ".join(b.text for b in article.boilerplate)
    assert "Need more space?" in texts


def test_byline_and_standfirst() -> None:
    article = _read(DE / "pages" / "heise.de.lithium.html.gz")
    assert article.authors == ["Denis Dilba"]
    assert (
        article.lead
        == "Eine niedersächsische Firma hat die Wiederverwertung ausgedienter Akkus optimiert."
    )
    assert article.lead not in article.body


def test_broken_html_still_gives_the_text() -> None:
    html = (
        "<html><head><title>Stadtrat beschließt neuen Radweg</title><body><div><p>"
        "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs "
        "entlang der Hauptstraße beschlossen. <b>Die Arbeiten sollen im Frühjahr beginnen"
        "<p>Die Kosten von rund 1,2 Millionen Euro teilen sich Stadt und Land, wie ein "
        "Sprecher der Verwaltung mitteilte. Anwohner hatten den Radweg seit Jahren gefordert."
        "<div><span>Foto: Max Muster</div></table></html"
    )
    article = read_html(html, Source(path="x.html", reader="html", content_hash="0"))
    assert article.title == "Stadtrat beschließt neuen Radweg"
    assert "Die Kosten von rund 1,2 Millionen Euro" in article.body
    assert "Der Stadtrat hat am Dienstag" in article.body


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n  ",
        "<html><head><title>x</title></head><body></body></html>",
        "<<<>>> \x01\x02 <div <p",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_html_without_text_is_a_clear_error(html: str) -> None:
    with pytest.raises(InputError) as info:
        read_html(html, Source(path="page.html", reader="html", content_hash="0"))
    assert "page.html" in str(info.value)


def test_bad_html_files_are_reported_and_the_good_ones_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    good = DE / "pages" / "rnz.de.witzel.html.gz"
    results = list(read_inputs([str(empty), str(good)]))
    assert len(results) == 2
    error, article = results
    assert isinstance(error, InputError) and "empty.html" in str(error)
    assert isinstance(article, Article) and article.paragraphs


def test_html_dispatch_by_content(tmp_path: Path) -> None:
    page = tmp_path / "page"  # no suffix: sniffed from the first bytes
    page.write_text(_page(DE / "pages" / "rnz.de.witzel.html.gz"), encoding="utf-8")
    (article,) = list(read_inputs([str(page)]))
    assert isinstance(article, Article)
    assert article.source.reader == "html"
    assert article.source.path == str(page)
    assert article.source.url  # the page's canonical URL


def test_credit_beside_a_bare_image(ground_truth: dict[str, Any]) -> None:
    sonntag = _read(DE / "pages" / "sonntag-sachsen.de.emanuel.html.gz")
    assert any(m.credit == "privat" for m in sonntag.media)
    assert "privat" not in sonntag.body.split()
    hill = _read(EN / "pages" / f"{_en_key('6ebac05f', ground_truth)}.html.gz")
    assert any(m.credit == "Aaron Schwartz" for m in hill.media)


def test_date_shown_under_the_headline_beats_a_cms_date() -> None:
    # rnz.de: meta dateCreated 2019-05-07 (CMS), the page shows "12.10.2015, 19:16 Uhr"
    article = _read(DE / "pages" / "rnz.de.witzel.html.gz")
    assert article.published == "2015-10-12T19:16:00"
    assert article.dateline == "Frankfurt/Main"
    assert article.agencies == ["dpa"]
    assert len(article.paragraphs) == 1  # the teaser repeating the text is not body


def test_standfirst_and_agency_byline(ground_truth: dict[str, Any]) -> None:
    nbc = _read(EN / "pages" / f"{_en_key('5a822960', ground_truth)}.html.gz")
    assert nbc.lead == (
        "The government's move aims to prevent building from becoming a pilgrimage site "
        "for neo-Nazis."
    )
    assert nbc.agencies == ["Reuters"]  # "By Reuters" is an agency, not a person
    assert nbc.authors == []
    assert nbc.dateline is not None and nbc.dateline.lower() == "vienna"
    guardian = _read(EN / "pages" / f"{_en_key('5fa3154e', ground_truth)}.html.gz")
    assert guardian.lead is not None
    assert guardian.lead.startswith("The authorities’ repression has only fuelled the crisis.")
    assert guardian.dateline is None


def test_implausible_dates_and_organisation_authors_are_dropped() -> None:
    html = (
        "<html><head><title>Rathaus saniert</title>"
        '<meta property="article:published_time" content="0001-01-01T00:00:00">'
        '<meta name="author" content="Muster Verlag GmbH; Erika Mustermann">'
        "</head><body><article><h1>Rathaus saniert</h1>"
        '<div class="date">Stand: 03.04.2023</div>'
        "<p>Das Rathaus wird ab Mai für zwei Jahre saniert. Die Verwaltung zieht solange in "
        "ein Bürogebäude am Bahnhof, wie die Stadt am Montag mitteilte.</p>"
        "<p>Die Kosten liegen nach ersten Schätzungen bei rund 14 Millionen Euro. Der "
        "Gemeinderat hatte die Sanierung im vergangenen Herbst beschlossen.</p>"
        "</article></body></html>"
    )
    article = read_html(html, Source(path="rathaus.html", reader="html", content_hash="0"))
    assert article.published == "2023-04-03"  # the date under the headline, not year 1
    assert article.authors == ["Erika Mustermann"]
    assert len(article.paragraphs) == 2


def test_a_bare_year_is_no_publication_date() -> None:
    # htmldate turns "Potsdam 2016" in an imprint into 2016-01-01; a made-up day would anchor
    # "heute" and "im Frühjahr", so the page gets no date (relative times stay unresolved)
    html = (
        "<html><head><title>Wehrmauer saniert</title></head><body><article>"
        "<h1>Wehrmauer saniert</h1>"
        "<p>Die alte Wehrmauer am Fluss wird heute wieder für Besucher geöffnet. Im Frühjahr "
        "hatten Handwerker die Steine gesichert, wie der Heimatverein mitteilte.</p>"
        "<p>Der Verein sammelte dafür über zwei Jahre Spenden bei seinen Mitgliedern.</p>"
        "</article><footer><p>Herausgegeben vom Heimatverein, Potsdam 2016</p></footer>"
        "</body></html>"
    )
    article = read_html(html, Source(path="wehr.html", reader="html", content_hash="0"))
    assert "Wehrmauer" in article.text
    assert article.published is None
    dated = html.replace("</title>", '</title><meta name="date" content="2016-01-01">')
    article = read_html(dated, Source(path="wehr.html", reader="html", content_hash="0"))
    assert article.published == "2016-01-01"  # stated in the markup: a real 1 January


def test_html_field_of_a_jsonl_record(tmp_path: Path) -> None:
    html = _page(DE / "pages" / "heise.de.lithium.html.gz")
    record = {
        "title": "Recycling: Lithium aus dem Schredder",
        "url": "https://x.example/a",
        "html": html,
    }
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.source.reader == "jsonl"
    assert article.source.url == "https://x.example/a"  # the record's URL, not the page's
    assert article.title == "Recycling: Lithium aus dem Schredder"  # the record's title wins
    assert [s.text for s in article.subheadings] == [
        "Schredder statt Ofen",
        "Nur die Folie bleibt zurück",
    ]
    assert any(m.credit == "Audi" for m in article.media)


def test_section_from_the_article_section_meta() -> None:
    article = _read(DE / "pages" / "cnet.de.schutz.html.gz")
    assert article.section == "Aktuell"  # <meta property="article:section" content="Aktuell">


def test_section_from_the_breadcrumb_trail() -> None:
    # "Startseite › Stars › <headline>": the trail's last step that is no home page nor headline
    assert _read(DE / "pages" / "jolie.de.adele.html.gz").section == "Stars"
    assert _read(DE / "pages" / "gruen-digital.de.jahrestagung.html.gz").section == (
        "Aus den Ländern"
    )


def test_a_breadcrumb_ending_in_a_mail_or_social_link_gives_no_section() -> None:
    from lxml import html as lxml_html

    from newsgraph.readers.html import _breadcrumb_section

    def section(trail: str) -> str | None:
        page = lxml_html.fromstring(
            f'<html><body><div class="breadcrumbs">{trail}</div></body></html>'
        )
        return _breadcrumb_section(page, "Ein Titel")

    assert section('<a href="/">Home</a> <a href="/w">Wirtschaft</a> Ein Titel') == "Wirtschaft"
    assert section('<a href="/">Home</a> <a href="/w">Wirtschaft</a> <a>Ein Titel</a>') == (
        "Wirtschaft"
    )
    assert section('<a href="mailto:x@y.com">x@y.com</a>') is None
    assert section('<a href="/a">Autorin</a> <a href="https://x.com/a">Twitter</a>') is None


def test_a_list_of_teaser_dates_under_the_headline_is_not_the_article_date() -> None:
    # six dates of other articles' teasers in the header window; the page's own date (htmldate:
    # "Erstellt am 22.05.2014") stands
    page = _read(DE / "pages" / "cdu-fraktion-erfurt.de.waldorfschule.html.gz")
    assert page.published is not None and page.published.startswith("2014-05-22")


def test_a_labelled_publication_line_beside_the_body_beats_a_teaser_date() -> None:
    # no date in the meta data or under the headline; "VERÖFFENTLICHT AM 07.06.2019" stands
    # after a <br> in the info box beside the body, while htmldate took a podcast teaser's
    # 09.12.2019
    page = _read(DE / "pages" / "sonntag-sachsen.de.emanuel.html.gz")
    assert page.published == "2019-06-07"


def _en(prefix: str) -> Article:
    (path,) = [p for p in (EN / "pages").iterdir() if p.name.startswith(prefix)]
    return _read(path)


@pytest.mark.parametrize(
    ("prefix", "authors"),
    [
        # "Tanza Loudenback; Business Insider": the publication is no author
        ("f81c6c", ["Tanza Loudenback"]),
        ("d605bd", ["Jill Disis"]),
        # "Analysis by Chris Cillizza": the label goes
        ("ef4e67", ["Chris Cillizza"]),
        # "By GREG BEACHAM, AP Sports Writer": no job title, the agency apart
        ("eecd25", ["Greg Beacham"]),
        # "Meg JamesStaff Writer" beside "Meg James"
        ("098bb3", ["Meg James"]),
        # "The Russian and Syrian defense ministries" is no byline
        ("1ee91d", []),
    ],
)
def test_english_author_fields_hold_persons_only(prefix: str, authors: list[str]) -> None:
    assert _en(prefix).authors == authors


def test_english_page_with_a_german_template_language_reads_as_english() -> None:
    # Business Insider's template says lang="de"; the report is English
    assert _en("f81c6c").language == "en"


def test_a_script_in_the_standfirst_element_is_no_lead() -> None:
    article = _en("87bf60")
    assert not (article.lead or "").startswith("!function")
    assert article.authors == ["Madeline Fry"]


def test_a_title_before_a_name_is_no_dateline() -> None:
    # "South Dakota Gov. Kristi Noem (R) is defending …": no dateline "South Dakota Gov"
    article = _en("156770")
    assert article.dateline is None
    assert "South Dakota Gov. Kristi Noem" in article.text


def test_a_caption_the_page_writes_twice_is_read_once() -> None:
    """A caption element with a full and a truncated copy of the caption ("X (AP Photo/Y) X"):
    the caption once, its bracketed credit apart, and a body paragraph that repeats the doubled
    caption is no body text (session 13)."""
    caption = (
        "In this Sunday, Nov. 10, 2019, photograph, a long row of unsold sports-utility "
        "vehicles sits at a dealership in Littleton, Colo. (AP Photo/Rita Holloway)"
    )
    short = caption.split(" (AP")[0]
    html = (
        "<html><head><title>New car sales plunge</title></head><body><article>"
        "<h1>New car sales plunge</h1>"
        '<figure><img src="https://example.com/cars.jpg"><div class="caption">'
        f'<div class="caption-full"><p>{caption}</p></div>'
        f'<div class="caption-truncated"><p>{short}</p></div></div></figure>'
        "<p>New vehicle sales in the area plunged 10 percent last month, despite low interest "
        "rates and clearance deals offered by many of the local dealers.</p>"
        "<p>Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the "
        "second-highest sales volume of the year but still down from a year ago.</p>"
        "</article></body></html>"
    )
    article = read_html(html, Source(path="cars.html", reader="html", content_hash="0"))
    (media,) = article.media
    assert media.caption == short
    assert media.credit == "AP Photo/Rita Holloway"
    assert all("Littleton" not in p.text for p in article.paragraphs)


def test_a_paragraph_set_in_bold_is_a_subheading() -> None:
    # session 16: blogs and party sites set subheadings as bold paragraphs; a bold name above
    # its description, a bold sentence and a bold interviewer's question stay text
    body = (
        "Die Stadt lädt am Samstag zu einem Fest im Park ein. Vereine stellen sich vor, es gibt "
        "Musik und Essen für alle Gäste."
    )
    html = (
        "<html><head><title>Fest im Park</title></head><body><article><h1>Fest im Park</h1>"
        f"<p>{body}</p>"
        "<p><strong>Ablauf am Nachmittag</strong></p>"
        f"<p>{body}</p>"
        "<p><strong>Musik</strong><br/> Zwei Bands spielen bis zum Abend auf der Wiese.</p>"
        "<p><strong>Anna Berg</strong><br/> Leiterin des Kulturamts, begrüßt die Gäste.</p>"
        "<p><strong>Das Fest ist kostenlos. Spenden sind willkommen.</strong></p>"
        "<p><strong>Wie lange planen Sie so ein Fest schon im Voraus?</strong></p>"
        f"<p>{body}</p>"
        "<p><strong>Vereine, Bands &amp; Co.</strong></p>"
        f"<p>{body}</p>"
        "</article></body></html>"
    )
    article = read_html(html, Source(path="fest.html", reader="html", content_hash="0"))
    heads = [h.text for h in article.subheadings]
    assert heads == ["Ablauf am Nachmittag", "Musik", "Vereine, Bands & Co."]
    assert "Zwei Bands spielen" in article.body
    assert "Anna Berg" in article.body


def test_the_site_name_beside_the_headline_in_the_title_beats_the_host_name() -> None:
    # session 16: a page without og:site_name names its site in <title> next to the headline
    body = (
        "<p>Das Rathaus wird ab Mai für zwei Jahre saniert. Die Verwaltung zieht solange in "
        "ein Bürogebäude am Bahnhof, wie die Stadt am Montag mitteilte.</p>"
        "<p>Die Kosten liegen nach ersten Schätzungen bei rund 14 Millionen Euro. Der "
        "Gemeinderat hatte die Sanierung im vergangenen Herbst beschlossen.</p>"
    )
    html = (
        "<html><head><title>Rathaus wird saniert | Stadtanzeiger Musterstadt</title></head>"
        f"<body><article><h1>Rathaus wird saniert</h1>{body}</article></body></html>"
    )
    source = Source(
        path="rathaus.html",
        url="https://www.stadtanzeiger-muster.de/a/1",
        reader="html",
        content_hash="0",
    )
    article = read_html(html, source)
    assert article.site_name == "Stadtanzeiger Musterstadt"


def test_section_from_a_category_link() -> None:
    # session 16: blog engines mark the post's category with rel="category tag"
    body = (
        "<p>Das Rathaus wird ab Mai für zwei Jahre saniert. Die Verwaltung zieht solange in "
        "ein Bürogebäude am Bahnhof, wie die Stadt am Montag mitteilte.</p>"
        "<p>Die Kosten liegen nach ersten Schätzungen bei rund 14 Millionen Euro. Der "
        "Gemeinderat hatte die Sanierung im vergangenen Herbst beschlossen.</p>"
    )
    html = (
        "<html><head><title>Rathaus wird saniert</title></head><body><article>"
        f"<h1>Rathaus wird saniert</h1>{body}"
        '<footer>Abgelegt in: <a href="/kategorie/stadt/" rel="category tag">Stadtleben</a>'
        "</footer></article></body></html>"
    )
    article = read_html(html, Source(path="rathaus.html", reader="html", content_hash="0"))
    assert article.section == "Stadtleben"


def test_an_excerpt_above_the_post_that_opens_like_it_is_the_lead() -> None:
    # session 16: a blog prints a "manual excerpt" above the post, worded a little otherwise
    excerpt = (
        'Unter dem Motto "Stadt im Wandel - wie wir morgen leben" lädt der Verein am Samstag '
        "zu einer Tagung ins Rathaus, an der viele Fachleute teilnehmen."
    )
    first = (
        "Unter dem Motto „Stadt im Wandel – wie wir morgen leben“ lädt der Verein am Samstag "
        "zu einer Tagung ins Rathaus ein, an der auch ich teilnehme."
    )
    html = (
        "<html><head><title>Tagung im Rathaus</title></head><body><article>"
        f'<h1>Tagung im Rathaus</h1><p class="manual-excerpt">{excerpt}</p><p>{first}</p>'
        "<p>Die Teilnahme ist kostenlos, eine Anmeldung ist bis Freitag möglich. Das Programm "
        "steht auf der Seite des Vereins.</p></article></body></html>"
    )
    article = read_html(html, Source(path="tagung.html", reader="html", content_hash="0"))
    assert article.lead == excerpt
    body = [p.text for p in article.paragraphs if not p.lead]
    assert body[0].startswith("Unter dem Motto „Stadt")
