"""The same store, queries and API on a real PostgreSQL server (tsvector full-text search).

The server is started for the session by ``postgres_url`` (tests/store_fixtures.py). The tests
are those of the SQLite store, run again here against PostgreSQL with the same code path.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from newsgraph.store import Store, ingest_article, open_store, queries
from tests.store_fixtures import (
    all_test_articles,
    pg_store_fixture,  # noqa: F401  (fixture)
    postgres_url_fixture,  # noqa: F401  (fixture)
    seed_article,
)

# the shared tests, collected again in this module with the PostgreSQL fixtures below
from tests.test_api_rest import (  # noqa: F401
    client,
    test_article_detail,
    test_articles_list_and_pagination,
    test_clear_json_errors,
    test_entities_and_entity_detail,
    test_network_endpoint,
    test_quotes_and_events_endpoints,
    test_search_endpoint,
)
from tests.test_store_ingest import (  # noqa: F401
    test_changed_report_with_same_url_replaces_its_facts,
    test_cross_article_identity_by_name_and_surname,
    test_failure_mid_ingest_rolls_back_and_keeps_earlier_data,
    test_ingest_new_then_skipped_changes_nothing,
    test_lone_surname_joins_the_one_full_name,
    test_models_match_migrations,
    test_override_file_merges_and_splits,
    test_relink_applies_new_overrides_to_stored_articles,
    test_same_content_from_another_path_is_skipped,
    test_sql_injection_in_values_is_stored_as_text,
    test_update_drops_entities_no_fact_refers_to,
)
from tests.test_store_queries import (  # noqa: F401
    test_article_detail_has_blocks_with_media_credits_and_facts,
    test_entities_list_filters_and_orders,
    test_entity_detail_roles_over_time_quotes_events_coactors,
    test_events_filter_by_actor_type_and_date,
    test_export_csv_and_parquet_tables,
    test_export_graphml,
    test_export_jsonl_round_trips_articles,
    test_fts_finds_words_in_text_ranked_with_snippet,
    test_fts_matches_all_words_prefixes_and_titles,
    test_fts_pagination,
    test_network_edges_from_shared_events_and_cooccurrence,
    test_quotes_filter_by_speaker_date_and_kind,
    test_search_syntax_from_users_never_breaks,
    test_views_join_speakers_and_actors,
)

pytestmark = pytest.mark.postgres


@pytest.fixture(name="empty_store")
def empty_pg_store(pg_store: Store) -> Store:
    return pg_store


@pytest.fixture(scope="module", name="filled_store")
def filled_pg_store(postgres_url: str) -> Iterator[Store]:
    import psycopg

    dsn = postgres_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "filled" WITH (FORCE)')
        conn.execute('CREATE DATABASE "filled"')
    store = open_store(f"{postgres_url}/filled")
    for article in all_test_articles():
        ingest_article(store, article)
    yield store
    store.close()


def test_postgres_schema_has_tsvector_views_and_foreign_keys(pg_store: Store) -> None:
    assert pg_store.dialect == "postgresql"
    with pg_store.engine.connect() as conn:
        kinds = dict(
            conn.execute(
                text(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_name = 'articles'"
                )
            ).all()
        )
        assert kinds["search_vector"] == "tsvector"
        views = set(
            conn.execute(
                text("SELECT table_name FROM information_schema.views WHERE table_schema='public'")
            ).scalars()
        )
        assert views == {"quotes_with_speaker", "events_with_actors"}
        fks = conn.execute(
            text(
                "SELECT count(*) FROM information_schema.table_constraints "
                "WHERE constraint_type = 'FOREIGN KEY'"
            )
        ).scalar()
        assert fks and fks >= 12


def test_postgres_websearch_syntax(filled_store: Store) -> None:
    assert queries.search(filled_store, '"unbegründete Hirngespinste"').articles.total == 1
    assert queries.search(filled_store, "Hirngespinste or Chemiewaffen").articles.total == 2
    assert queries.search(filled_store, "Peskow -Hirngespinste").articles.total == 2


LONG_MODE = "attack; killing; air strike; shelling"  # 37 characters, as events merge modes


def _mode_type(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(
            conn.execute(
                text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name = 'events' AND column_name = 'mode'"
                )
            ).scalar()
        )


def test_postgres_keeps_a_long_list_of_event_modes(pg_store: Store) -> None:
    # VARCHAR(32) refused such articles before migration 0004
    assert _mode_type(pg_store) == "text"
    article = seed_article()
    article.events[0].mode = LONG_MODE
    assert ingest_article(pg_store, article).outcome == "new"
    with pg_store.engine.connect() as conn:
        modes = set(conn.execute(text("SELECT mode FROM events")).scalars())
    assert LONG_MODE in modes


def test_postgres_store_of_0003_is_upgraded_to_text_modes(pg_store: Store) -> None:
    from alembic import command
    from alembic.config import Config

    from newsgraph.store.db import MIGRATIONS, migrate

    assert ingest_article(pg_store, seed_article()).outcome == "new"
    with pg_store.engine.connect() as conn:
        before = sorted(conn.execute(text("SELECT id, mode FROM events")).all())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with pg_store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    assert _mode_type(pg_store) == "character varying"
    migrate(pg_store.engine)
    assert _mode_type(pg_store) == "text"
    with pg_store.engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT id, mode FROM events")).all()) == before
