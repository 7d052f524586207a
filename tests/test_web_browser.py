"""The web UI in headless Chromium (Debian's chromium, driven by Playwright; no browser download).

End to end: the bundled example reports go through the real pipeline into a store
(``pipeline_store``); the pages are checked against what the store holds and against the
reference annotation of the seed report. Screenshots are saved to test-artifacts/.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.store import Store, queries
from tests.store_fixtures import (
    REPO,
    pipeline_store_fixture,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def chromium_path() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def server(pipeline_store: Store) -> Iterator[str]:
    """The app served by uvicorn on a free local port, in a thread."""
    import uvicorn

    from newsgraph.api.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(
        create_app(pipeline_store), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = chromium_path()
    if exe is None:
        pytest.skip(
            "chromium not found; install Debian's chromium package (scripts/ci-system-deps.sh)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright (extra 'browser') missing"
    )
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=exe, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    context.close()


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_seed_article_page_shows_highlights_and_speakers(
    server: str, page: Any, pipeline_store: Store
) -> None:
    aid = queries.search(pipeline_store, "Hirngespinste").articles.items[0].article.id
    stored = queries.article(pipeline_store, aid)
    assert stored is not None and stored.quotes and stored.events and stored.entities
    page.goto(f"{server}/articles/{aid}")
    assert page.locator("h1.title").inner_text().startswith("Putin in Belarus")
    # every stored quote is listed with its speaker, and highlighted in the text
    assert page.locator("#quotes li.quote").count() == len(stored.quotes)
    quoted = " ".join(page.locator("#article-text .hl-quote").all_inner_texts())
    for q in stored.quotes:
        assert q.text.split()[0] in quoted
    # the reference annotation: Peskow's "dumme und unbegründete Hirngespinste"
    assert "Hirngespinste" in quoted
    peskow = page.locator("#quotes li.quote", has_text="Hirngespinste").locator(".speaker")
    assert peskow.inner_text() == "Dmitri Peskow"
    entities = set(page.locator("#article-text .hl-entity").all_inner_texts())
    assert {"Lukaschenko", "Minsk"} <= entities
    assert page.locator("#article-text .hl-event").count() >= 1
    # highlights are visibly styled
    bg = page.locator("#article-text .hl-entity").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "© Reuters" in page.locator("figcaption .credit").all_inner_texts()
    assert shot(page, "article-seed.png").stat().st_size > 10_000


def test_two_clicks_from_start_to_all_quotes_of_a_person(
    server: str, page: Any, pipeline_store: Store
) -> None:
    peskow = queries.entity(pipeline_store, "Dmitri Peskow")
    assert peskow is not None and peskow.quote_count >= 2
    page.goto(server + "/")
    page.locator("#people a", has_text="Dmitri Peskow").click()  # click 1
    page.wait_for_url(f"**/entities/{peskow.id}")
    texts = page.locator("#quotes + ul .quote-text").all_inner_texts()
    assert len(texts) == peskow.quote_count
    assert any("Hirngespinste" in t for t in texts)
    assert len({q.article_id for q in peskow.quotes}) >= 2  # quotes from several reports
    shot(page, "entity-peskow.png")


def test_network_view_draws_the_graph(server: str, page: Any, pipeline_store: Store) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/network?type=CONSULT")
    page.wait_for_selector("#network[data-ready]")
    expected = queries.network(
        pipeline_store, types=["CONSULT"], entity_types=["PER"], min_cooccurrence=2, max_edges=300
    )
    assert int(page.locator("#network").get_attribute("data-ready") or 0) == len(expected.nodes)
    assert len(expected.nodes) >= 2
    assert page.locator("#network canvas").count() >= 1
    assert errors == []
    assert shot(page, "network.png").stat().st_size > 5_000


def test_hostile_article_runs_no_script(server: str, page: Any, pipeline_store: Store) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    aid = next(a.id for a in queries.articles(pipeline_store).items if a.published == "2024-01-02")
    page.goto(f"{server}/articles/{aid}")
    page.wait_for_load_state("networkidle")
    page.locator("#article-text .hl-quote").hover()
    assert dialogs == []
    assert page.title() != "pwned"
    assert page.locator("#article-text img, #article-text iframe, #article-text svg").count() == 0
    assert "<script>" in page.locator("h1.title").inner_text()  # shown as text
    shot(page, "article-hostile.png")


def test_api_docs_render_under_the_csp(server: str, page: Any) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/api/articles", "/api/quotes", "/api/network"} <= {p.strip() for p in paths}
    assert not [e for e in errors if "Content Security Policy" in e]
