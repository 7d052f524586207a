"""Session 17: page furniture of English news pages (tickers, breadcrumbs, update stamps, contact
lines, site markers, caption credits) kept out of the body; snippets written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.readers import read_string
from newsgraph.structure.lines import Line, LineKind, classify
from newsgraph.structure.rules import load_rules

PARAS = "".join(
    f"<p>Paragraph {k} of the report tells what the council decided on Tuesday and why.</p>"
    for k in range(1, 5)
)


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Council approves the new budget</title>{head}</head><body>"
        f"<article><h1>Council approves the new budget</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("USD412.50EUR455.10GBP530.20", "ticker"),
        ("Springfield+4 ... +19 C", "ticker"),
        ("Sports> Hockey", "navigation"),
        ("Reach the reporter on Twitter at http://twitter.com/janeroe", "contact"),
        ("Contact the writers at newsdesk@example.com", "contact"),
        ("jane.roe@example.com twitter.com/janeroe", "contact"),
        ("john.doe@example.com / (555) 123-4567", "contact"),
        ("Mary Major contributed reporting from Lagos.", "contributors"),
        ("Click here to subscribe to the Morning Brief newsletter", "promo"),
        ("Get the top stories in your inbox by subscribing to our newsletter.", "promo"),
        ("Liked this article? Share it with a friend!", "social"),
        ("Follow @ExampleDeals on Twitter to keep up with the latest deals.", "social"),
        ("View Comments", "comments"),
        ("Tell us what YOU think...", "comments"),
        ("Tiempo de lectura: 4 minutos", "reading-time"),
        ("Copyright ©2021 Example Media Group, Inc. All Rights Reserved", "copyright"),
        ("copyright Example Magazine 2020 - ISSN: 1234-5678", "copyright"),
        ("Order Reprints", "reprints"),
        ("This copy is for your personal, non-commercial use only.", "reprints"),
        ("Filed under: Elections |", "tags"),
        ("Get the magazine every month. 12 issues for £20. Click here for details.", "promo"),
        (
            "More AP Hockey: https://apnews.com/hockey and https://twitter.com/AP_Sports",
            "related-links",
        ),
    ],
)
def test_furniture_lines_are_boilerplate(line: str, reason: str) -> None:
    assert load_rules().boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The euro rose to USD 1.08 on Tuesday, traders said.",
        "Readers can reach the council at its office on Main Street.",
        "She contributed to the campaign for years.",
        "Sports",
        "Copyright: dpa",
        "The copyright dispute of 2019 went to court.",
        "Tell us what you think about the plan, the mayor asked.",
    ],
)
def test_sentences_are_no_furniture(line: str) -> None:
    assert load_rules().boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("UPDATED: Tue., Nov. 19, 2019", "Nov. 19, 2019"),
        ("November 20, 2019 - 11:28 AMT", "November 20, 2019"),
        ("Published Dec. 3, 2021 at 9:15 a.m.", "Dec. 3, 2021"),
        ("7:10 PM EST 3/4/2021 by Jane Roe", "3/4/2021"),
    ],
)
def test_english_date_lines(line: str, date: str) -> None:
    m = next((m for p in load_rules().date_line if (m := p.match(line))), None)
    assert m is not None and m.group("date") == date


def test_update_stamp_and_breadcrumb_stay_out_of_the_body() -> None:
    html = _page("<p>Politics&gt;</p><p>Region</p><p>UPDATED: Wed., Mar. 4, 2020</p>" + PARAS)
    article = read_string(html, format="html")
    assert article.body.startswith("Paragraph 1")
    assert "UPDATED" not in article.body and "Region" not in article.body
    assert article.section == "Region"


def test_page_laid_out_in_a_table_keeps_its_paragraphs() -> None:
    html = (
        "<html><head><title>Council approves the new budget</title></head><body><table><tr>"
        "<td><h1>Council approves the new budget</h1>" + PARAS + "</td></tr></table>"
        "<table><tr><td><p>Name</p><p>Price</p></td><td><p>Lamp</p><p>20</p></td></tr></table>"
        "</body></html>"
    )
    article = read_string(html, format="html")
    paragraphs = [b.text for b in article.blocks if b.type == "paragraph"]
    assert paragraphs[:4] == [
        f"Paragraph {k} of the report tells what the council decided on Tuesday and why."
        for k in range(1, 5)
    ]


def test_deck_under_the_headline_is_the_lead() -> None:
    html = _page(
        "<h2>The council needed four sessions, but the budget for the coming year is now"
        " in place.</h2>" + PARAS
    )
    article = read_string(html, format="html")
    assert article.lead is not None and article.lead.startswith("The council needed")
    assert not [b for b in article.blocks if b.type == "subheading"]
    assert article.body.count("Paragraph") == 4


def test_a_short_subheading_first_stays_a_subheading() -> None:
    html = _page("<h2>What happens next?</h2>" + PARAS)
    article = read_string(html, format="html")
    assert [b.text for b in article.blocks if b.type == "subheading"] == ["What happens next?"]


def test_agency_without_place_and_site_marker_are_cut() -> None:
    text = "The council approved the budget on Tuesday after four sessions of debate."
    html = _page(f"<p>(Reuters) — {text}</p>" + PARAS)
    article = read_string(html, format="html")
    assert article.body.startswith("The council approved")
    assert article.agencies == ["Reuters"] and article.dateline is None
    head = '<meta property="og:site_name" content="Example.Net">'
    article = read_string(_page(f"<p>Example.Net - {text}</p>" + PARAS, head), format="html")
    assert article.body.startswith("The council approved")


def test_unknown_parenthesis_before_a_dash_is_no_dateline() -> None:
    html = _page(
        "<p>(Updated) — The council approved the budget on Tuesday after a debate.</p>" + PARAS
    )
    article = read_string(html, format="html")
    assert article.body.startswith("(Updated) —")


def test_web_site_in_parentheses_ends_a_caption_as_its_credit() -> None:
    figure = (
        '<figure><img src="https://example.com/img/poster.jpg">'
        "<figcaption>Posters of the new campaign. (example.org)</figcaption></figure>"
    )
    article = read_string(_page(figure + PARAS), format="html")
    (media,) = [b for b in article.blocks if b.type == "media"]
    assert media.caption == "Posters of the new campaign." and media.credit == "example.org"


def test_text_of_ticker_lines_is_boilerplate() -> None:
    line = classify(Line(text="USD412.50EUR455.10\nSpringfield+4 ... +19 C"), load_rules())
    assert line.kind is LineKind.BOILERPLATE and line.data["reason"] == "ticker"
    line = classify(Line(text="USD412.50EUR455.10\nThe council met."), load_rules())
    assert line.kind is LineKind.TEXT


def test_section_label_above_the_date_line() -> None:
    html = _page("<p>POLITICS</p><p>9:05 AM PST 11/19/2019 by Jane Roe</p>" + PARAS)
    article = read_string(html, format="html")
    assert article.body.startswith("Paragraph 1")
    assert article.section == "Politics"


def test_a_sentence_that_mentions_clicking_stays() -> None:
    line = "Voters were told to click here and there on the new machines, officials said."
    assert load_rules().boilerplate_reason(line) is None


def test_paragraph_that_opens_like_a_caption_stays_in_the_body() -> None:
    common = "A video showing the moment police freed the hostages in the old harbour hotel was"
    figure = (
        '<figure><video src="https://example.com/video/rescue.mp4"></video>'
        f"<figcaption>{common} released on Monday. (Published Monday, Nov. 18)</figcaption>"
        "</figure>"
    )
    article = read_string(
        _page(figure + f"<p>{common} released Monday.</p>" + PARAS), format="html"
    )
    assert article.body.startswith(f"{common} released Monday.")
    # a paragraph that repeats the caption with its credit is no body text
    repeat = f"<p>{common} released on Monday. (Published Monday, Nov. 18) Photo: Jane Roe</p>"
    article = read_string(_page(figure + repeat + PARAS), format="html")
    assert article.body.startswith("Paragraph 1")


def test_paragraph_of_a_short_caption_and_its_glued_credit_is_no_body_text() -> None:
    figure = (
        '<figure><img src="https://example.com/img/harbour.jpg">'
        "<figcaption>The harbour was quiet on Sunday morning.</figcaption></figure>"
    )
    glued = "<p>The harbour was quiet on Sunday morning.Jane Roe/Getty</p>"
    article = read_string(_page(figure + glued + PARAS), format="html")
    assert "Jane Roe/Getty" not in article.body
    # a short paragraph that the caption only opens with stays
    start = "<p>The harbour was quiet</p>"
    article = read_string(_page(figure + start + PARAS), format="html")
    assert "The harbour was quiet" in article.body
