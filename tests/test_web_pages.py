"""Web UI pages over a real store: content, highlights, two-click reach, XSS, CSP."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.store import Store, queries
from newsgraph.web.highlight import Mark, pieces, safe_url
from tests.store_fixtures import (
    filled_store_fixture,  # noqa: F401  (fixture)
)

HTML = {"accept": "text/html"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each element kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text: list[tuple[tuple[str, ...], str]] = []
        self.attrs_stack: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "link", "input", "br", "img"):
            self.stack.append(tag)
            self.attrs_stack.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack:
                self.attrs_stack.pop()
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data: str) -> None:
        classes = tuple(a.get("class") or "" for a in self.attrs_stack)
        self.text.append((classes, data))

    def links(self) -> list[str]:
        return [a["href"] or "" for t, a in self.tags if t == "a" and "href" in a]


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


@pytest.fixture(scope="module")
def client(filled_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(filled_store)) as c:
        yield c


def article_id(store: Store, word: str) -> int:
    return queries.search(store, word).articles.items[0].article.id


def test_start_page_has_search_and_people(client: TestClient) -> None:
    r = client.get("/", headers=HTML)
    assert r.status_code == 200
    page = parse(r.text)
    assert any(t == "form" and a.get("action") == "/search" for t, a in page.tags)
    assert "Wladimir Putin" in r.text and "Dmitri Peskow" in r.text


def test_every_quote_of_a_person_within_two_clicks(client: TestClient, filled_store: Store) -> None:
    start = parse(client.get("/", headers=HTML).text)
    people_links = [h for h in start.links() if h.startswith("/entities/")]
    checked = 0
    for person in queries.entities(filled_store, type="PER").items:
        if not person.quote_count:
            continue
        link = f"/entities/{person.id}"
        assert link in people_links, f"{person.name} not linked from the start page"  # click 1
        page = parse(client.get(link, headers=HTML).text)  # the page after the first click
        shown = {t for cls, t in page.text if any("quote-text" in c for c in cls)}
        every = queries.quotes(filled_store, speaker_id=person.id, limit=1000).items
        assert len(every) == person.quote_count
        for q in every:
            assert q.text in shown, (person.name, q.text)
        checked += 1
    assert checked >= 4  # Putin, Lukaschenko, Lawrow, Peskow (+ the hostile one)


def test_article_page_highlights_entities_quotes_events_and_credits(
    client: TestClient, filled_store: Store
) -> None:
    aid = article_id(filled_store, "Hirngespinste")
    r = client.get(f"/articles/{aid}", headers=HTML)
    assert r.status_code == 200
    page = parse(r.text)
    quoted = "".join(t for cls, t in page.text if any("hl-quote" in c for c in cls))
    assert "dumme und unbegründete Hirngespinste" in quoted
    ents = {t for cls, t in page.text if any("hl-entity" in c for c in cls)}
    assert {"Wladimir Putin", "Lukaschenko", "Kremlchef", "Minsk"} <= ents
    events = {t for cls, t in page.text if any("hl-event" in c for c in cls)}
    assert {"besucht", "einigten sich"} <= events
    # the speaker of each quote is shown and linked
    speakers = {t for cls, t in page.text if any(c == "speaker" for c in cls)}
    assert {"Dmitri Peskow", "Wladimir Putin", "Alexander Lukaschenko"} <= speakers
    # media credits shown; boilerplate not part of the text
    credits = {t for cls, t in page.text if any(c == "credit" for c in cls)}
    assert {"© IMAGO/ITAR-TASS", "© Reuters"} <= credits
    assert "Liveblog" in r.text  # the boilerplate line is shown, marked as such
    # highlighted mentions link to the entity page
    assert any(h.startswith("/entities/") for h in page.links())


def test_entity_page_roles_quotes_timeline(client: TestClient, filled_store: Store) -> None:
    ent = queries.entity(filled_store, "Wladimir Putin")
    assert ent is not None
    r = client.get(f"/entities/{ent.id}", headers=HTML)
    assert r.status_code == 200
    assert "Kremlchef" in r.text and "2015-06-22" in r.text
    page = parse(r.text)
    timeline_days = [t for cls, t in page.text if t.strip().startswith("2022-12-19")]
    assert timeline_days
    assert "Und das machen wir auch ziemlich überzeugend und effektiv." in r.text


def test_search_and_list_pages(client: TestClient) -> None:
    r = client.get("/search", params={"q": "Hirngespinste"}, headers=HTML)
    assert r.status_code == 200
    assert "<mark>Hirngespinste</mark>" in r.text
    assert client.get("/articles", headers=HTML).status_code == 200
    assert "Sergej Lawrow" in client.get("/entities", params={"type": "PER"}, headers=HTML).text


def test_network_page_uses_vendored_library_only(client: TestClient) -> None:
    r = client.get("/network", params={"type": "CONSULT"}, headers=HTML)
    assert r.status_code == 200
    page = parse(r.text)
    scripts = [a.get("src") for t, a in page.tags if t == "script"]
    assert scripts == ["/static/vendor/vis-network.min.js", "/static/network.js"]
    box = next(a for t, a in page.tags if a.get("id") == "network")
    assert box["data-api"] == (
        "/api/network?type=CONSULT&entity_type=PER&min_cooccurrence=2&max_edges=300"
    )
    # the API the page draws from answers that URL with the graph the table shows
    net = client.get(box["data-api"] or "").json()
    assert len(net["edges"]) == len(page_edges(r.text))
    assert "Sergej Alejnik" in r.text  # the edge table lists who met whom
    lib = client.get("/static/vendor/vis-network.min.js")
    assert lib.status_code == 200 and len(lib.content) > 100_000
    assert client.get("/static/vendor/vis-network.LICENSE-MIT").status_code == 200


def page_edges(page_html: str) -> list[str]:
    body = page_html.split('id="edges"', 1)[1]
    return [row for row in body.split("<tr>")[2:] if "/entities/" in row]


def test_network_page_filters(client: TestClient, filled_store: Store) -> None:
    events_only = client.get("/network", params={"together": 0}, headers=HTML).text
    pairs = page_edges(events_only)
    # events only: Putin–Lukaschenko (CONSULT, AGREE) and Lawrow–Alejnik (CONSULT)
    assert len(pairs) == 2
    with_reports = client.get("/network", params={"together": 1}, headers=HTML).text
    assert len(page_edges(with_reports)) > 2
    assert "Dmitri Peskow" in client.get("/network", headers=HTML).text  # named with Putin 3×
    orgs = client.get("/network", params={"together": 1, "orgs": "true"}, headers=HTML).text
    assert "Tass" in orgs and "Tass" not in with_reports
    lawrow = queries.entity(filled_store, "Lawrow")
    assert lawrow is not None
    focused = client.get("/network", params={"entity_id": lawrow.id}, headers=HTML).text
    assert all("Sergej Lawrow" in row for row in page_edges(focused))


def test_unknown_pages_give_html_errors(client: TestClient) -> None:
    r = client.get("/articles/999999", headers=HTML)
    assert r.status_code == 404 and "<h1>404</h1>" in r.text
    assert client.get("/entities/abc", headers=HTML).status_code == 422


HOSTILE_MARKERS = ("alert(", "pwned")


def assert_inert(page_html: str) -> None:
    """No element, attribute or URL from article content can run script."""
    page = parse(page_html)
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "svg", "img", "object", "embed", "b"), tag
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:"))
    # the hostile strings are there, but only as text
    scripts = [t for cls, t in page.text if "script" in cls]
    assert not any(m in s for s in scripts for m in HOSTILE_MARKERS)


def test_hostile_article_is_escaped_everywhere(client: TestClient, filled_store: Store) -> None:
    aid = next(a.id for a in queries.articles(filled_store).items if a.published == "2024-01-02")
    art = client.get(f"/articles/{aid}", headers=HTML)
    assert art.status_code == 200
    assert_inert(art.text)
    assert "&lt;script&gt;" in art.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in art.text
    assert 'href="javascript:' not in art.text
    ent = queries.entity(filled_store, "Mustermann")
    assert ent is not None
    for url in (
        f"/entities/{ent.id}",
        "/",
        "/articles",
        "/entities?type=PER",
        "/network",
        "/search?q=alert",
        "/search?q=%3Cscript%3Ealert(9)%3C%2Fscript%3E",
    ):
        r = client.get(url, headers=HTML)
        assert r.status_code == 200, url
        assert_inert(r.text)
    # the API returns the text as data (JSON), unchanged
    body = client.get(f"/api/articles/{aid}").json()
    assert body["title"].startswith('<script>alert("title")</script>')


def test_csp_header_on_pages(client: TestClient) -> None:
    r = client.get("/", headers=HTML)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in csp


def test_pieces_cut_text_without_markup() -> None:
    text = "Max <b>Muster</b> sagte: „Hallo“."
    marks = [
        Mark(0, 17, "entity", "Max", 1, "PER"),
        Mark(26, 31, "quote", "quote"),
        Mark(18, 23, "event", "event"),
    ]
    out = pieces(text, 0, len(text), marks)
    assert "".join(p.text for p in out) == text
    assert out[0].text == "Max <b>Muster</b>" and out[0].kinds == ["entity"]
    assert [p.text for p in out if "quote" in p.kinds] == ["Hallo"]
    assert [p.text for p in out if "event" in p.kinds] == ["sagte"]


def test_safe_url() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("//evil.example") is None
