"""REST API over a real store: endpoints, pagination, validation and 4xx JSON errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.store import Store
from tests.store_fixtures import (
    filled_store_fixture,  # noqa: F401  (fixture)
)


@pytest.fixture(scope="module")
def client(filled_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(filled_store)) as c:
        yield c


def entity_id(client: TestClient, name: str) -> int:
    items = client.get("/api/entities", params={"q": name}).json()["items"]
    return int(next(e["id"] for e in items if e["name"] == name))


def test_articles_list_and_pagination(client: TestClient) -> None:
    r = client.get("/api/articles", params={"limit": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 5 and body["limit"] == 2 and len(body["items"]) == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 4}).json()
    assert len(rest["items"]) == 1
    ids = {a["id"] for a in body["items"]} | {a["id"] for a in rest["items"]}
    assert len(ids) == 3
    dated = client.get("/api/articles", params={"since": "2022-01-01", "until": "2022-12-31"})
    assert [a["published"] for a in dated.json()["items"]] == ["2022-12-19"]


def test_article_detail(client: TestClient) -> None:
    aid = client.get("/api/search", params={"q": "Hirngespinste"}).json()["articles"]["items"][0][
        "article"
    ]["id"]
    art = client.get(f"/api/articles/{aid}").json()
    assert art["title"].startswith("Putin in Belarus")
    assert {b["credit"] for b in art["blocks"] if b["type"] == "media"} == {
        "IMAGO/ITAR-TASS",
        "Reuters",
    }
    speakers = {q["speaker"]["name"] for q in art["quotes"]}
    assert speakers == {"Wladimir Putin", "Alexander Lukaschenko", "Dmitri Peskow"}
    assert art["agencies"] == ["RND", "dpa"]


def test_search_endpoint(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Peskow"}).json()
    assert body["articles"]["total"] == 3
    assert any(e["name"] == "Dmitri Peskow" for e in body["entities"])
    assert client.get("/api/search", params={"q": "Zzzzunbekannt"}).json()["articles"]["total"] == 0


def test_entities_and_entity_detail(client: TestClient) -> None:
    people = client.get("/api/entities", params={"type": "PER", "order": "quotes"}).json()
    assert people["items"][0]["quote_count"] >= people["items"][1]["quote_count"]
    pid = entity_id(client, "Wladimir Putin")
    detail = client.get(f"/api/entities/{pid}").json()
    assert detail["article_count"] == 3
    assert {r["role"] for r in detail["roles"]} >= {"Präsident", "Kremlchef"}
    assert len(detail["quotes"]) == 3
    assert {e["type"] for e in detail["events"]} == {"CONSULT", "AGREE"}
    co = {c["entity"]["name"]: c for c in detail["co_actors"]}
    assert co["Alexander Lukaschenko"]["shared_events"] == 2


def test_quotes_and_events_endpoints(client: TestClient) -> None:
    q = client.get("/api/quotes", params={"speaker": "Peskow", "since": "2015-07-01"}).json()
    assert q["total"] == 2
    pid = entity_id(client, "Dmitri Peskow")
    assert client.get("/api/quotes", params={"speaker_id": pid}).json()["total"] == 3
    ev = client.get("/api/events", params={"actor": "Putin", "type": "CONSULT"}).json()
    assert ev["total"] == 1
    assert ev["items"][0]["targets"][0]["name"] == "Alexander Lukaschenko"
    many = client.get("/api/events", params=[("type", "CONSULT"), ("type", "AGREE")]).json()
    assert many["total"] == 4


def test_network_endpoint(client: TestClient) -> None:
    net = client.get("/api/network", params={"type": "CONSULT", "cooccurrence": "false"}).json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    pairs = {frozenset((names[e["source"]], names[e["target"]])) for e in net["edges"]}
    assert pairs == {
        frozenset(("Wladimir Putin", "Alexander Lukaschenko")),
        frozenset(("Sergej Lawrow", "Sergej Alejnik")),
    }
    dated = client.get("/api/network", params={"since": "2015-01-01", "until": "2015-12-31"})
    assert all(e["shared_events"] == 0 for e in dated.json()["edges"])


@pytest.mark.parametrize(
    ("url", "params", "status", "words"),
    [
        ("/api/articles/999999", {}, 404, "not found"),
        ("/api/entities/999999", {}, 404, "not found"),
        ("/api/articles/abc", {}, 422, "article_id"),
        ("/api/articles", {"limit": 0}, 422, "limit"),
        ("/api/articles", {"limit": 5000}, 422, "limit"),
        ("/api/articles", {"offset": -1}, 422, "offset"),
        ("/api/quotes", {"since": "gestern"}, 422, "since"),
        ("/api/quotes", {"since": "2020-01-02", "until": "2020-01-01"}, 400, "after"),
        ("/api/quotes", {"kind": "shouted"}, 422, "kind"),
        ("/api/entities", {"type": "PERSON"}, 422, "type"),
        ("/api/events", {"type": "CON SULT;"}, 422, "type"),
        ("/api/search", {}, 422, "q"),
        ("/api/network", {"entity_type": "X"}, 422, "entity_type"),
        ("/api/nothing-here", {}, 404, "Not Found"),
    ],
)
def test_clear_json_errors(
    client: TestClient, url: str, params: dict[str, object], status: int, words: str
) -> None:
    r = client.get(url, params=params)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status
    assert words in err["message"]
    if status == 422:
        assert err["details"] and all("location" in d for d in err["details"])


def test_openapi_and_docs_are_served_locally(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/quotes",
        "/api/events",
        "/api/network",
    ):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.replace("http-equiv", "")  # no CDN
    bundle = client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    assert bundle.headers["content-encoding"] == "gzip"  # stored and sent compressed
    assert "SwaggerUIBundle" in bundle.text
    plain = client.get(
        "/static/vendor/swagger-ui/swagger-ui-bundle.js", headers={"Accept-Encoding": "identity"}
    )
    assert "content-encoding" not in plain.headers
    assert plain.content == bundle.content and plain.headers["content-type"].startswith(
        "text/javascript"
    )


def test_security_headers_on_api_responses(client: TestClient) -> None:
    r = client.get("/api/articles")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
