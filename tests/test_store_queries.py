"""Store queries: full-text search, views, quotes/events/entity/network, exports."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import text

from newsgraph.store import Store, queries
from newsgraph.store.export import export_tables, iter_article_json, write_graphml
from tests.store_fixtures import (
    filled_store_fixture,  # noqa: F401  (fixture)
)


def test_fts_finds_words_in_text_ranked_with_snippet(filled_store: Store) -> None:
    res = queries.search(filled_store, "Hirngespinste")
    assert res.articles.total == 1
    hit = res.articles.items[0]
    assert hit.article.title and hit.article.title.startswith("Putin in Belarus")
    parts = queries.snippet_parts(hit.snippet)
    assert ("Hirngespinste", True) in parts
    # the quote with that word is found too, with its speaker
    assert [q.speaker.name for q in res.quotes if q.speaker] == ["Dmitri Peskow"]


def test_fts_matches_all_words_prefixes_and_titles(filled_store: Store) -> None:
    both = queries.search(filled_store, "Peskow Sanktionspolitik")
    assert both.articles.total == 1  # only 10kGNAD 0870 has both words
    assert (
        "Sanktionspolitik"
        in (queries.article(filled_store, both.articles.items[0].article.id) or pytest.fail()).text
    )
    peskow = queries.search(filled_store, "Peskow")
    assert peskow.articles.total == 3
    assert queries.search(filled_store, "Sanktions*").articles.total >= 2
    # words of the title count
    assert queries.search(filled_store, "ergebnisreiche").articles.total == 1
    # case and diacritics do not matter
    assert queries.search(filled_store, "LUKASCHENKO").articles.total == 1
    assert queries.search(filled_store, "Außenminister").articles.total == 3  # + EU-Außenminister


@pytest.mark.parametrize(
    "query",
    ['"', "*", "Putin OR", "NEAR(", "'; DROP TABLE articles; --", "a:b", "(", "  ", "^Putin"],
)
def test_search_syntax_from_users_never_breaks(filled_store: Store, query: str) -> None:
    res = queries.search(filled_store, query)
    assert res.articles.total >= 0
    assert queries.articles(filled_store).total == 5


def test_fts_pagination(filled_store: Store) -> None:
    first = queries.search(filled_store, "Peskow", limit=2)
    second = queries.search(filled_store, "Peskow", limit=2, offset=2)
    ids = [h.article.id for h in first.articles.items + second.articles.items]
    assert len(ids) == 3 == len(set(ids))


def test_views_join_speakers_and_actors(filled_store: Store) -> None:
    with filled_store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT speaker, quote, published FROM quotes_with_speaker WHERE speaker = :s"),
            {"s": "Wladimir Putin"},
        ).all()
        assert len(rows) == 3
        assert {r.published for r in rows} == {"2022-12-19"}
        ev = conn.execute(
            text(
                "SELECT actors, targets, location, type, event_date FROM events_with_actors "
                "WHERE trigger = :t"
            ),
            {"t": "besucht"},
        ).one()
        assert ev.actors == "Wladimir Putin"
        assert ev.targets == "Alexander Lukaschenko"
        assert ev.location == "Minsk"
        assert (ev.type, ev.event_date) == ("CONSULT", "2022-12-19")
        agree = conn.execute(
            text("SELECT actors FROM events_with_actors WHERE type = 'AGREE'")
        ).scalar()
        assert sorted(agree.split("; ")) == ["Alexander Lukaschenko", "Wladimir Putin"]


def test_quotes_filter_by_speaker_date_and_kind(filled_store: Store) -> None:
    peskow = queries.quotes(filled_store, speaker="Peskow")
    assert peskow.total == 3
    assert [q.published for q in peskow.items] == ["2022-12-19", "2015-12-25", "2015-06-22"]
    assert queries.quotes(filled_store, speaker="peskow", since="2016-01-01").total == 1
    assert queries.quotes(filled_store, speaker="Dmitri Peskow", until="2015-06-22").total == 1
    assert queries.quotes(filled_store, speaker="Dmitri Peskow", kind="indirect").total == 1
    assert queries.quotes(filled_store, speaker="Niemand Unbekannt").total == 0
    paged = queries.quotes(filled_store, limit=2, offset=1)
    assert paged.total == 9 and len(paged.items) == 2
    with pytest.raises(ValueError, match="ISO date"):
        queries.quotes(filled_store, since="gestern")


def test_events_filter_by_actor_type_and_date(filled_store: Store) -> None:
    putin = queries.events(filled_store, actor="Putin")
    assert {e.type for e in putin.items} == {"CONSULT", "AGREE"}
    consult = queries.events(filled_store, type="CONSULT")
    assert {(e.actors[0].name, e.targets[0].name) for e in consult.items if e.targets} == {
        ("Wladimir Putin", "Alexander Lukaschenko"),
        ("Sergej Lawrow", "Sergej Alejnik"),
    }
    assert queries.events(filled_store, actor="Lukaschenko", role="actor").total == 1
    assert queries.events(filled_store, actor="Lukaschenko", role="target").total == 1
    assert queries.events(filled_store, since="2023-01-01", type="CONSULT").total == 1  # hostile
    assert queries.events(filled_store, actor="Lawrow", until="2015-12-31").total == 1


def test_entity_detail_roles_over_time_quotes_events_coactors(filled_store: Store) -> None:
    putin = queries.entity(filled_store, "Putin")
    assert putin is not None and putin.name == "Wladimir Putin"
    assert putin.article_count == 3
    roles = {r.role: r for r in putin.roles}
    assert roles["Präsident"].first_seen == "2015-06-22"
    assert roles["Präsident"].last_seen == "2015-12-25"
    assert roles["Präsident"].articles == 2
    assert roles["Kremlchef"].first_seen == "2022-12-19"
    assert len(putin.quotes) == 3
    assert [e.event_date for e in putin.events] == sorted(e.event_date or "" for e in putin.events)
    co = {c.entity.name: c for c in putin.co_actors}
    assert co["Alexander Lukaschenko"].shared_events == 2
    assert co["Dmitri Peskow"].shared_articles == 3
    lawrow = queries.entity(filled_store, "sergej lawrow")
    assert lawrow is not None and lawrow.article_count == 2
    assert queries.entity(filled_store, "Niemand") is None


def test_entities_list_filters_and_orders(filled_store: Store) -> None:
    people = queries.entities(filled_store, type="PER", order="quotes")
    assert people.items[0].quote_count >= people.items[-1].quote_count
    names = [e.name for e in people.items]
    assert "Wladimir Putin" in names and "Minsk" not in names
    found = queries.entities(filled_store, q="lawr")
    assert [e.name for e in found.items] == ["Sergej Lawrow"]


def test_network_edges_from_shared_events_and_cooccurrence(filled_store: Store) -> None:
    net = queries.network(filled_store)
    names = {n.id: n.name for n in net.nodes}
    edges = {frozenset((names[e.source], names[e.target])): e for e in net.edges}
    pl = edges[frozenset(("Wladimir Putin", "Alexander Lukaschenko"))]
    assert pl.shared_events == 2 and pl.cooccurrence == 1 and pl.weight == 3
    assert pl.event_types == ["AGREE", "CONSULT"]
    pp = edges[frozenset(("Wladimir Putin", "Dmitri Peskow"))]
    assert pp.shared_events == 0 and pp.cooccurrence == 3
    # only meetings
    meet = queries.network(filled_store, types=["CONSULT"], cooccurrence=False)
    pairs = {frozenset((e.source, e.target)) for e in meet.edges}
    assert len(pairs) == 2
    # time filter: 2015 reports only
    old = queries.network(filled_store, until="2015-12-31")
    assert all(e.shared_events == 0 for e in old.edges)
    assert {n.name for n in old.nodes} >= {"Wladimir Putin", "Dmitri Peskow"}
    # one entity's edges
    lid = next(n.id for n in net.nodes if n.name == "Sergej Lawrow")
    assert all(
        lid in (e.source, e.target) for e in queries.network(filled_store, entity_id=lid).edges
    )


def test_article_detail_has_blocks_with_media_credits_and_facts(filled_store: Store) -> None:
    hit = queries.search(filled_store, "Hirngespinste").articles.items[0]
    art = queries.article(filled_store, hit.article.id)
    assert art is not None
    credits = [b["credit"] for b in art.blocks if b["type"] == "media"]
    assert credits == ["IMAGO/ITAR-TASS", "Reuters"]
    assert len(art.quotes) == 5 and len(art.events) == 3
    for q in art.quotes:
        assert art.text[q.start : q.end] == q.text
    for e in art.entities:
        for m in e.mentions:
            assert art.text[m.start : m.end] == m.text
    assert art.title_span is not None
    assert art.text[art.title_span.start : art.title_span.end] == art.title


def test_export_jsonl_round_trips_articles(filled_store: Store) -> None:
    from newsgraph.model import Article

    docs = [Article.from_json(d) for d in iter_article_json(filled_store)]
    assert len(docs) == 5
    assert sum(len(d.quotes) for d in docs) == 9


def test_export_csv_and_parquet_tables(filled_store: Store, tmp_path: Path) -> None:
    files = export_tables(filled_store, tmp_path / "csv", "csv")
    names = {f.stem for f in files}
    assert {"articles", "quotes", "quotes_with_speaker", "events_with_actors"} <= names
    with (tmp_path / "csv" / "quotes_with_speaker.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 9
    assert {r["speaker"] for r in rows} >= {"Wladimir Putin", "Dmitri Peskow"}
    import pyarrow.parquet as pq

    export_tables(filled_store, tmp_path / "pq", "parquet")
    table = pq.read_table(tmp_path / "pq" / "events_with_actors.parquet")
    assert table.num_rows == 5  # 3 + 1 + 1 events
    assert "actors" in table.column_names


def test_export_graphml(filled_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    with out.open("wb") as fh:
        nodes, edges = write_graphml(filled_store, fh)
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == nodes > 0
    assert len(root.findall(".//g:edge", ns)) == edges > 0
    labels = {d.text for d in root.findall(".//g:data[@key='node_name']", ns)}
    assert "Wladimir Putin" in labels


def test_untitled_reports_are_labelled_by_their_first_words(filled_store: Store) -> None:
    untitled = [a for a in queries.articles(filled_store).items if not a.title]
    assert len(untitled) >= 3
    for a in untitled:
        detail = queries.article(filled_store, a.id)
        assert detail is not None
        start = a.label.removesuffix(" …")
        assert " ".join(detail.text.split()).startswith(start)
        assert len(a.label) <= 92
    q = queries.quotes(filled_store, speaker="Lawrow").items[0]
    assert q.article_title is None and q.article_label.startswith("Russischer Außenminister")
