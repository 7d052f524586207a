"""Store: schema and migrations, idempotent transactional ingest, entity identity, overrides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from newsgraph.model import TimeExpression
from newsgraph.store import OverrideError, Overrides, Store, ingest_article, open_store, relink
from newsgraph.store import ingest as ingest_module
from newsgraph.store.db import StoreError
from newsgraph.store.ingest import source_key
from newsgraph.store.models import (
    AliasRow,
    ArticleRow,
    EntityRow,
    EventParticipantRow,
    EventRow,
    MentionRow,
    QuoteRow,
)
from newsgraph.store.names import normalise_name
from tests.store_fixtures import (
    empty_store_fixture,  # noqa: F401  (fixture)
    gnad_article,
    hostile_article,
    seed_article,
)


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (for 'nothing changed' checks)."""
    out = {}
    with store.engine.connect() as conn:
        for table in (
            "articles",
            "blocks",
            "entities",
            "aliases",
            "mentions",
            "roles",
            "quotes",
            "events",
            "event_participants",
            "times",
            "amounts",
        ):
            out[table] = [
                tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
            ]
    return out


def test_open_creates_schema_with_wal_foreign_keys_views_and_fts(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0005"
    store.close()
    raw = sqlite3.connect(path)
    names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()
    for name in (
        "articles",
        "blocks",
        "entities",
        "aliases",
        "mentions",
        "roles",
        "quotes",
        "events",
        "event_participants",
        "times",
        "amounts",
        "quotes_with_speaker",
        "events_with_actors",
        "articles_fts",
        "quotes_fts",
    ):
        assert name in names, name
    # opening again runs the migrations again: nothing to do, nothing lost
    open_store(f"sqlite:///{path}").close()


def test_old_store_is_upgraded_on_open(tmp_path: Path) -> None:
    from newsgraph.store.db import create_store_engine, migrate

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_store_engine(url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entities (type, name, normalized_name) VALUES "
                "('PER', 'Sergej Lawrow', 'sergej lawrow'), ('ORG', 'Tass', 'tass')"
            )
        )
    engine.dispose()
    store = open_store(url)  # runs 0002 (adds and fills entities.surname), 0003, 0004, 0005
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0005"
        rows = dict(conn.execute(text("SELECT name, surname FROM entities")).all())
    assert rows == {"Sergej Lawrow": "lawrow", "Tass": None}
    # and the upgraded store links a lone surname to the stored full name
    art = gnad_article("10kgnad-test-0166")
    art.entities[0].name = "Lawrow"
    ingest_article(store, art)
    with store.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(EntityRow).where(EntityRow.type == "PER"))
            == 1
        )
    store.close()


def test_models_match_migrations(empty_store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from newsgraph.store.models import Base

    def include(
        obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
    ) -> bool:
        if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
            return False
        if name and name.endswith("search_vector"):  # PostgreSQL full-text column + index
            return False
        return not (type_ == "table" and name == "alembic_version")

    with empty_store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_ingest_new_then_skipped_changes_nothing(empty_store: Store) -> None:
    first = ingest_article(empty_store, seed_article())
    assert first.outcome == "new"
    before = snapshot(empty_store)
    again = ingest_article(empty_store, seed_article())
    assert again.outcome == "skipped"
    assert again.article_id == first.article_id
    assert snapshot(empty_store) == before
    assert count(empty_store, QuoteRow) == 5
    assert count(empty_store, EventRow) == 3


def test_same_content_from_another_path_is_skipped(empty_store: Store, tmp_path: Path) -> None:
    a = seed_article()
    ingest_article(empty_store, a)
    b = seed_article()
    b.source.path = str(tmp_path / "copy.txt")
    assert ingest_article(empty_store, b).outcome == "skipped"
    assert count(empty_store, ArticleRow) == 1


def test_changed_report_with_same_url_replaces_its_facts(empty_store: Store) -> None:
    v1 = gnad_article("10kgnad-test-0870")
    r1 = ingest_article(empty_store, v1)
    assert r1.outcome == "new"
    v2 = gnad_article("10kgnad-test-0870")
    # the publisher corrected the report: one more sentence, the quote dropped
    v2.text = v2.text + "\nKorrektur: Peskow äußerte sich am Dienstag."
    v2.source.content_hash = "0" * 64
    v2.quotes = []
    r2 = ingest_article(empty_store, v2)
    assert r2.outcome == "updated"
    assert r2.article_id == r1.article_id
    assert count(empty_store, ArticleRow) == 1
    assert count(empty_store, QuoteRow) == 0
    with empty_store.session() as s:
        row = s.get(ArticleRow, r1.article_id)
        assert row is not None
        assert row.text.endswith("am Dienstag.")
        assert row.content_hash == "0" * 64
    # the fact tables hold exactly the facts of v2 (no duplicates of v1's mentions)
    assert count(empty_store, MentionRow) == sum(len(e.mentions) for e in v2.entities)
    # and full-text search sees the new text, not the old
    from newsgraph.store import queries

    assert queries.search(empty_store, "Korrektur").articles.total == 1


def test_update_drops_entities_no_fact_refers_to(empty_store: Store) -> None:
    v1 = gnad_article("10kgnad-test-0166")
    ingest_article(empty_store, v1)
    with empty_store.session() as s:
        assert s.scalar(select(EntityRow).where(EntityRow.name == "Genf")) is not None
    v2 = gnad_article("10kgnad-test-0166")
    v2.entities = [e for e in v2.entities if e.name != "Genf"]
    v2.source.content_hash = "1" * 64
    assert ingest_article(empty_store, v2).outcome == "updated"
    with empty_store.session() as s:
        assert s.scalar(select(EntityRow).where(EntityRow.name == "Genf")) is None
        assert s.scalar(select(EntityRow).where(EntityRow.name == "Sergej Lawrow")) is not None


def test_failure_mid_ingest_rolls_back_and_keeps_earlier_data(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_article(empty_store, seed_article())
    v1 = gnad_article("10kgnad-test-0508")
    ingest_article(empty_store, v1)
    before = snapshot(empty_store)

    real_insert = ingest_module._insert_rows

    def exploding(session: object, table: type, rows: list[dict[str, object]]) -> None:
        if table is ingest_module.TimeRow:
            raise RuntimeError("disk on fire")
        real_insert(session, table, rows)  # type: ignore[arg-type]

    # a changed version of a stored report fails half-way (its old facts already deleted,
    # its new blocks, mentions and quotes already inserted: times come last) ...
    v2 = gnad_article("10kgnad-test-0508")
    v2.source.content_hash = "2" * 64
    start = v2.text.index("am Freitag")
    v2.times = [
        TimeExpression(text="am Freitag", start=start, end=start + 10, type="DATE", value=None)
    ]
    monkeypatch.setattr(ingest_module, "_insert_rows", exploding)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest_article(empty_store, v2)
    # ... and a new report fails too
    new = gnad_article("10kgnad-test-0166")
    new.times = v2.times
    with pytest.raises(RuntimeError):
        ingest_article(empty_store, new)
    monkeypatch.undo()
    # everything committed before is intact, nothing of the failed ones is stored
    assert snapshot(empty_store) == before
    # and the store keeps working
    assert ingest_article(empty_store, gnad_article("10kgnad-test-0166")).outcome == "new"


def test_cross_article_identity_by_name_and_surname(empty_store: Store) -> None:
    ingest_article(empty_store, seed_article())
    for rid in ("10kgnad-test-0166", "10kgnad-test-0870", "10kgnad-test-0508"):
        ingest_article(empty_store, gnad_article(rid))
    with empty_store.session() as s:
        putins = s.scalars(select(EntityRow).where(EntityRow.name.like("%Putin%"))).all()
        assert [p.name for p in putins] == ["Wladimir Putin"]
        lawrow = s.scalars(
            select(EntityRow).where(EntityRow.normalized_name.like("%lawrow%"))
        ).all()
        assert len(lawrow) == 1
        articles = s.scalar(
            select(func.count(func.distinct(MentionRow.article_id))).where(
                MentionRow.entity_id == lawrow[0].id
            )
        )
        assert articles == 2
        # Peskow is quoted in three reports, always linked to one entity
        speakers = set(
            s.scalars(
                select(QuoteRow.speaker_id).where(QuoteRow.speaker_name == "Dmitri Peskow")
            ).all()
        )
        assert len(speakers) == 1 and None not in speakers


def test_lone_surname_joins_the_one_full_name(empty_store: Store) -> None:
    ingest_article(empty_store, seed_article())
    art = gnad_article("10kgnad-test-0166")
    art.entities[0].name = "Lawrow"  # the entity stage only found the surname here
    for q in art.quotes:
        q.speaker = art.entities[0].ref()
    ingest_article(empty_store, art)
    with empty_store.session() as s:
        ent = s.scalar(select(EntityRow).where(EntityRow.normalized_name == "sergej lawrow"))
        assert ent is not None
        assert s.scalar(select(EntityRow).where(EntityRow.normalized_name == "lawrow")) is None
        aliases = s.scalars(select(AliasRow.alias).where(AliasRow.entity_id == ent.id)).all()
        assert "Lawrow" in aliases
        assert s.scalar(select(func.count()).where(QuoteRow.speaker_id == ent.id)) == 1


def test_names_of_one_article_resolve_against_rows_it_creates(empty_store: Store) -> None:
    """Entities created while storing an article are found by its later names: a lone surname
    joins the full name stored a moment before, and a speaker given only by name (no entity
    id of the article) links to the same row; storing it again changes nothing."""
    art = gnad_article("10kgnad-test-0166")
    first = art.entities[0]
    assert first.type == "PER" and " " in first.name
    surname = first.name.rsplit(" ", 1)[1]
    lone = first.model_copy(update={"id": "per-extra", "name": surname, "mentions": []})
    art.entities.append(lone)
    for q in art.quotes:
        q.speaker = type(q.speaker or first.ref())(id="per-unknown", name=surname)
    assert art.quotes
    result = ingest_article(empty_store, art)
    assert result.outcome == "new"
    with empty_store.session() as s:
        rows = s.scalars(
            select(EntityRow).where(EntityRow.normalized_name.like(f"%{surname.lower()}"))
        ).all()
        assert [r.name for r in rows] == [first.name]
        aliases = s.scalars(select(AliasRow.alias).where(AliasRow.entity_id == rows[0].id)).all()
        assert sorted(aliases) == sorted([first.name, surname])
        speakers = set(s.scalars(select(QuoteRow.speaker_id)).all())
        assert speakers == {rows[0].id}
    before = snapshot(empty_store)
    assert ingest_article(empty_store, art).outcome == "skipped"
    assert snapshot(empty_store) == before


def test_surname_is_not_joined_when_ambiguous(empty_store: Store) -> None:
    seed = seed_article()
    ingest_article(empty_store, seed)
    art = gnad_article("10kgnad-test-0166")
    art.entities[0].name = "Sergej"  # "Sergej" is no surname of one person: 3 Sergejs share it
    ingest_article(empty_store, art)
    with empty_store.session() as s:
        assert s.scalar(select(EntityRow).where(EntityRow.normalized_name == "sergej")) is not None


def test_override_file_merges_and_splits(tmp_path: Path, empty_store: Store) -> None:
    rules = tmp_path / "overrides.yaml"
    rules.write_text(
        "merge:\n"
        "  - type: PER\n"
        "    name: Sergej Lawrow\n"
        "    aliases: [Sergei Lavrov]\n"
        "split:\n"
        "  - type: PER\n"
        "    name: Lawrow\n",
        encoding="utf-8",
    )
    overrides = Overrides.load(rules)
    ingest_article(empty_store, seed_article(), overrides)
    english = gnad_article("10kgnad-test-0166")
    english.entities[0].name = "Sergei Lavrov"
    ingest_article(empty_store, english, overrides)
    surname = gnad_article("10kgnad-test-0870")
    surname.source.url = "https://example.org/other"
    surname.entities[0].name = "Lawrow"  # pretend: a bare surname the rules keep apart
    ingest_article(empty_store, surname, overrides)
    with empty_store.session() as s:
        names = set(s.scalars(select(EntityRow.name).where(EntityRow.type == "PER")).all())
    assert "Sergei Lavrov" not in names  # merged into the canonical name
    assert "Lawrow" in names  # split: stays its own entity
    from newsgraph.store import queries

    assert queries.quotes(empty_store, speaker="Sergei Lavrov").total == 1


def test_relink_applies_new_overrides_to_stored_articles(empty_store: Store) -> None:
    ingest_article(empty_store, seed_article())
    art = gnad_article("10kgnad-test-0166")
    art.entities[0].name = "Sergei Lavrov"
    ingest_article(empty_store, art)
    with empty_store.session() as s:
        assert s.scalar(select(func.count()).where(EntityRow.normalized_name.like("%lavrov%"))) == 1
    rules = Overrides.from_dict(
        {"merge": [{"type": "PER", "name": "Sergej Lawrow", "aliases": ["Sergei Lavrov"]}]}
    )
    assert relink(empty_store, rules) == 2
    with empty_store.session() as s:
        assert s.scalar(select(func.count()).where(EntityRow.normalized_name.like("%lavrov%"))) == 0
        lawrow = s.scalar(select(EntityRow).where(EntityRow.name == "Sergej Lawrow"))
        assert lawrow is not None
        assert (
            s.scalar(
                select(func.count(func.distinct(MentionRow.article_id))).where(
                    MentionRow.entity_id == lawrow.id
                )
            )
            == 2
        )
        assert s.scalar(select(func.count()).select_from(EventParticipantRow)) > 0


def test_bad_override_files_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge:\n  - type: PERSON\n    name: X\n", encoding="utf-8")
    with pytest.raises(OverrideError, match="type must be one of"):
        Overrides.load(bad)
    bad.write_text("merge: [\n", encoding="utf-8")
    with pytest.raises(OverrideError, match="not valid YAML"):
        Overrides.load(bad)
    bad.write_text("rename: []\n", encoding="utf-8")
    with pytest.raises(OverrideError, match="unknown key"):
        Overrides.load(bad)


def test_sqlite_without_returning_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ingest inserts with INSERT … RETURNING (SQLite 3.35+): an older library gets a clear
    # error naming the version instead of a failure half-way through an ingest
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    db = tmp_path / "old.sqlite"
    with pytest.raises(StoreError, match=r"SQLite 3\.31\.1 is too old.*3\.35"):
        open_store(f"sqlite:///{db}")
    assert not db.exists()


def test_normalise_name() -> None:
    assert normalise_name("  Wladimir   PUTIN ") == "wladimir putin"
    assert normalise_name("„Pool Perwogo“") == "pool perwogo"
    assert normalise_name("Kramp\u2013Karrenbauer") == normalise_name("Kramp-Karrenbauer")


def test_source_key_prefers_url_then_file_then_hash() -> None:
    a = gnad_article("10kgnad-test-0166")
    assert source_key(a) == "https://example.org/10kgnad/10kgnad-test-0166"
    s = seed_article()
    assert source_key(s).startswith("file:/") and source_key(s).endswith(".txt")
    h = hostile_article()
    h.source.url = None
    h.source.path = "-"
    assert source_key(h) == f"sha256:{h.source.content_hash}"


def test_sql_injection_in_values_is_stored_as_text(empty_store: Store) -> None:
    art = gnad_article("10kgnad-test-0166")
    art.title = "x'); DROP TABLE articles; --"
    art.entities[0].name = "Robert'); DROP TABLE entities;--"
    ingest_article(empty_store, art)
    from newsgraph.store import queries

    assert queries.entity(empty_store, "Robert'); DROP TABLE entities;--") is not None
    assert queries.articles(empty_store).items[0].title == "x'); DROP TABLE articles; --"


def test_amount_qualifiers_and_time_modifiers_are_stored_and_backfilled(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from newsgraph.model import Amount
    from newsgraph.store import queries
    from newsgraph.store.db import MIGRATIONS

    art = seed_article()
    art.amounts = [
        Amount(text="40 Milliarden", start=0, end=13, value=4e10, unit="USD", qualifier="up_to")
    ]
    art.times = [
        TimeExpression(text="Anfang 2023", start=20, end=31, type="DATE", value="2023", mod="START")
    ]
    url = f"sqlite:///{tmp_path / 'q.sqlite'}"
    store = open_store(url)
    aid = ingest_article(store, art).article_id

    def stored() -> tuple[object, object]:
        detail = queries.article(store, aid)
        assert detail is not None
        return detail.amounts[0]["qualifier"], detail.times[0]["mod"]

    assert stored() == ("up_to", "START")
    # a store of revision 0002 gains the columns, filled from the stored Article JSON
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    store.close()
    store = open_store(url)
    assert stored() == ("up_to", "START")
    store.close()


def test_the_upper_end_of_a_range_is_stored_and_backfilled(tmp_path: Path) -> None:
    # session 34: a range is one amount with value_to (migration 0005)
    from alembic import command
    from alembic.config import Config

    from newsgraph.model import Amount
    from newsgraph.store import queries
    from newsgraph.store.db import MIGRATIONS

    art = seed_article()
    art.amounts = [
        Amount(
            text="3.000 bis 4.000 Euro",
            start=0,
            end=20,
            value=3000.0,
            unit="EUR",
            qualifier="range",
            value_to=4000.0,
        )
    ]
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    store = open_store(url)
    aid = ingest_article(store, art).article_id

    def stored() -> tuple[object, object]:
        detail = queries.article(store, aid)
        assert detail is not None
        return detail.amounts[0]["value"], detail.amounts[0]["value_to"]

    assert stored() == (3000.0, 4000.0)
    # a store of revision 0004 gains the column, filled from the stored Article JSON
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    store.close()
    store = open_store(url)
    assert stored() == (3000.0, 4000.0)
    store.close()
