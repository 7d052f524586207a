"""Session 17: page furniture of English news pages (tickers, breadcrumbs, update stamps, contact
lines, site markers, caption credits) kept out of the body; snippets written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.readers import read_string
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
