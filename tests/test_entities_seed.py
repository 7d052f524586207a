"""Acceptance of the entity layer on the reference report (issue 3, sections 2–4).

Runs with a blank German pipeline (rules and gazetteers only) and, when it ships, with the
trained pipeline of ``newsgraph.nlp``: the entity layer must hold up with either.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Article, Entity
from newsgraph.nlp import load_pipeline, nlp_available
from newsgraph.pipeline import analyze
from newsgraph.readers import read_inputs
from tests.conftest import SEED_TXT

PIPELINES = ["blank", pytest.param("trained", marks=pytest.mark.slow)]


@pytest.fixture(scope="session", params=PIPELINES)
def seed_article(request: pytest.FixtureRequest) -> Article:
    if request.param == "trained":
        if not nlp_available("de"):
            pytest.skip("the trained German pipeline is not built")
        nlp: Language = load_pipeline("de")
    else:
        nlp = spacy.blank("de")
    (article,) = list(read_inputs([str(SEED_TXT)]))
    assert isinstance(article, Article)
    return analyze(article, stages=["entities"], nlp=nlp)


def _person(article: Article, name: str) -> Entity:
    surname = name.split()[-1]
    found = [e for e in article.entities if e.type == "PER" and surname in e.name]
    assert len(found) == 1, f"{name}: {[e.name for e in found]}"
    return found[0]


def test_each_gold_person_once_with_full_name(
    seed_article: Article, seed_gold: dict[str, Any]
) -> None:
    persons = [e for e in seed_article.entities if e.type == "PER"]
    names = sorted(e.name for e in persons)
    assert names == sorted(p["name"] for p in seed_gold["persons"])


def test_mentions_merged(seed_article: Article, seed_gold: dict[str, Any]) -> None:
    for gold in seed_gold["persons"]:
        ent = _person(seed_article, gold["name"])
        texts = {m.text for m in ent.mentions}
        missing = set(gold["mentions"]) - texts
        assert not missing, f"{gold['name']}: missing {missing}"
        for m in ent.mentions:
            assert seed_article.text[m.start : m.end] == m.text


def test_mention_counts(seed_article: Article) -> None:
    text = seed_article.text
    putin = _person(seed_article, "Wladimir Putin")
    # every occurrence of the surname in the analysed text (boilerplate excluded) is a mention
    body = [(b.start, b.end) for b in seed_article.blocks if b.type != "boilerplate"] + (
        [(seed_article.title_span.start, seed_article.title_span.end)]
        if seed_article.title_span
        else []
    )
    expected = {
        i
        for i in range(len(text))
        if text.startswith("Putin", i) and any(s <= i < e for s, e in body)
    }
    assert expected <= {m.start for m in putin.mentions} | {
        m.start + len("Wladimir ") for m in putin.mentions if m.text.startswith("Wladimir")
    }


def test_roles_and_affiliations(seed_article: Article) -> None:
    def roles(name: str) -> str:
        return " | ".join(_person(seed_article, name).roles)

    assert "russischer Präsident" in roles("Wladimir Putin")
    assert "Kremlchef" in roles("Wladimir Putin")
    assert "belarussischer Amtskollege" in roles("Alexander Lukaschenko")
    assert "Staatschef" in roles("Alexander Lukaschenko")
    assert "Außenminister" in roles("Sergej Lawrow")
    assert _person(seed_article, "Sergej Schoigu").roles == ["russischer Verteidigungsminister"]
    assert "Kremlsprecher" in roles("Dmitri Peskow")
    assert "Kollege" in roles("Viktor Chrenin")
    assert "Verteidigungsminister" in roles("Viktor Chrenin")
    assert "Außenminister" in roles("Sergej Alejnik")
    expected = {
        "Wladimir Putin": "Russland",
        "Alexander Lukaschenko": "Belarus",
        "Sergej Lawrow": "Russland",
        "Sergej Schoigu": "Russland",
        "Dmitri Peskow": "Russland",
        "Viktor Chrenin": "Belarus",
    }
    for name, country in expected.items():
        assert _person(seed_article, name).affiliation == country, name


def test_organisations(seed_article: Article) -> None:
    orgs = {e.name: e for e in seed_article.entities if e.type == "ORG"}
    for name in ("Pool Perwogo", "Tass", "Ria Nowosti", "Kreml", "RND", "dpa", "Reuters",
                 "IMAGO", "ITAR-TASS"):  # fmt: skip
        assert name in orgs, name
    ministries = {e.affiliation for e in orgs.values() if e.name.endswith("Außenministerium")}
    assert ministries == {"Russland", "Belarus"}
    assert orgs["Kreml"].affiliation == "Russland"


def test_locations(seed_article: Article) -> None:
    locs = [e.name for e in seed_article.entities if e.type == "LOC"]
    assert len(locs) == len(set(locs))
    for name in ("Belarus", "Minsk", "Moskau", "Russland", "Ukraine"):
        assert name in locs
    russland = next(e for e in seed_article.entities if e.name == "Russland")
    assert "Russlands" in {m.text for m in russland.mentions}
    # the adjective "russisch" is an affiliation, never a mention of the country
    assert not any(m.text.lower().startswith("russisch") for m in russland.mentions)


def test_ids_stable_and_ordered(seed_article: Article) -> None:
    ids = [e.id for e in seed_article.entities]
    assert len(ids) == len(set(ids))
    for prefix in ("per", "org", "loc"):
        numbers = [int(i.split("-")[1]) for i in ids if i.startswith(prefix + "-")]
        assert numbers == list(range(1, len(numbers) + 1))
    assert _person(seed_article, "Wladimir Putin").id == "per-1"
    assert _person(seed_article, "Alexander Lukaschenko").id == "per-2"


def test_json_contract(seed_article: Article) -> None:
    data = seed_article.to_dict()
    ent = data["entities"][0]
    assert set(ent) == {"id", "type", "name", "mentions", "roles", "affiliation"}
    assert set(ent["mentions"][0]) == {"text", "start", "end"}
