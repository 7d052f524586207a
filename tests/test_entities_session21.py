"""Entity rules of session 21 (false persons on fresh text): things, works and places the NER
or the given-name rule reads as persons. Sentences written for the tests; blank German
pipeline, the statistical NER's spans (and where needed an article's tag and head) given by
hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Entity
from newsgraph.pipeline import Segment
from tests.test_entities_rules import _with_ner, make_article


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def persons(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "PER"}


def _tagged(
    blank: Language,
    text: str,
    spans: list[tuple[str, int, str]],
    articles: list[tuple[str, int]] = (),  # type: ignore[assignment]
) -> list[Entity]:
    """Entities of a one-paragraph article whose Doc carries NER spans given as (words, k,
    label): the k-th occurrence (from 0) of the words; and, for each (words, k) of
    ``articles``, the token before that occurrence tagged ART with the name as its head."""
    art = make_article(text)
    doc = blank(art.text)

    def at(words: str, k: int) -> tuple[int, int]:
        n = len(words.split())
        hits = [i for i in range(len(doc) - n + 1) if doc[i : i + n].text == words]
        return hits[k], hits[k] + n

    doc.ents = sorted(
        (Span(doc, *at(w, k), label=label) for w, k, label in spans), key=lambda s: s.start
    )
    if articles:
        heads = list(range(len(doc)))
        deps = ["ROOT"] * len(doc)
        tags = [""] * len(doc)
        for w, k in articles:
            i, j = at(w, k)
            heads[i - 1], deps[i - 1], tags[i - 1] = j - 1, "nk", "ART"
        doc = Doc(
            doc.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            heads=heads,
            deps=deps,
            tags=tags,
            ents=[
                f"{'B' if t.ent_iob_ == 'B' else 'I'}-{t.ent_type_}" if t.ent_type_ else "O"
                for t in doc
            ],
        )
    entities, _ = extract_entities(art, [Segment(0, len(art.text), "paragraph", 0, doc)])
    return entities


def test_a_name_after_a_noun_for_a_work_is_that_work(blank: Language) -> None:
    # session 21 (tuning gnad-0544, 10kGNAD record 222): "Für deren Hit Silver Machine",
    # "Das Pongauer Dreitagesfestival Herbstlärm": several words after (or opened by) a noun of
    # `thing_heads` name the work, not a person
    ents = _with_ner(
        blank,
        "Für ihren Hit Silver Machine bekam die Band Preise. Das Dreitagesfestival Sommerklang "
        "zeigt Bands aus der Region, sagte Karl Huber.",
        [
            ("Silver Machine", "PER"),
            ("Dreitagesfestival Sommerklang", "PER"),
            ("Karl Huber", "PER"),
        ],
    )
    names = persons(ents)
    assert "Silver Machine" not in names
    assert not any("Sommerklang" in n for n in names)
    assert "Karl Huber" in names


def test_a_genitive_full_name_after_a_noun_for_a_work_stays_a_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Das Album Michael Jacksons verkaufte sich gut.",
        [("Michael Jacksons", "PER")],
    )
    assert any(n.startswith("Michael Jackson") for n in persons(ents))


def test_a_name_after_a_bare_in_is_a_place(blank: Language) -> None:
    # session 21 (tuning gnad-0146, gnad-0756, 10kGNAD record 274): "in Flushing Meadows",
    # "In Liskeard trauert eine Familie", "in Nischnij Tagil"
    ents = _with_ner(
        blank,
        "Er spielt in Flushing Meadows. In Liskeard trauert eine Familie. Sie sieht in Angela "
        "Merkel eine Partnerin.",
        [("Flushing Meadows", "PER"), ("Liskeard", "PER"), ("Angela Merkel", "PER")],
    )
    names = persons(ents)
    assert "Flushing Meadows" not in names and "Liskeard" not in names
    assert "Angela Merkel" in names  # a given name first: a person
    places = {e.name for e in ents if e.type == "LOC"}
    assert "Flushing Meadows" in places


def test_a_lone_word_the_ner_calls_an_organisation_once_is_one_everywhere(
    blank: Language,
) -> None:
    # session 21 (10kGNAD record 217): "Rovio fällt es schwer …" (ORG) … "erklärte Rovio" (PER)
    ents = _tagged(
        blank,
        "Rovio streicht Stellen. Rovio wolle sich auf Kernbereiche konzentrieren, erklärte "
        "Rovio am Mittwoch. Das sagte Karl Huber.",
        [("Rovio", 0, "ORG"), ("Rovio", 1, "PER"), ("Rovio", 2, "PER"), ("Karl Huber", 0, "PER")],
    )
    assert "Rovio" not in persons(ents)
    assert "Karl Huber" in persons(ents)
    assert "Rovio" in {e.name for e in ents if e.type == "ORG"}


def test_a_name_of_several_words_with_its_own_article_is_no_person(blank: Language) -> None:
    # session 21 (10kGNAD record 43, tuning gnad-0277): "Die Magna Carta gilt als Grundstein",
    # "der Roman Conversazione": German news write no article before a person's name
    ents = _tagged(
        blank,
        "Die Magna Carta gilt als Grundstein der Demokratie. Das sagte Karl Huber.",
        [("Magna Carta", 0, "PER"), ("Karl Huber", 0, "PER")],
        articles=[("Magna Carta", 0)],
    )
    assert "Magna Carta" not in persons(ents)
    assert "Karl Huber" in persons(ents)


def test_a_given_name_and_surname_after_an_article_stay_a_person(blank: Language) -> None:
    # "Für die Claire Underwood gewann sie den Preis": a given name and a listed surname (a
    # role named by a person's name) stay; so does a name after a relative pronoun
    ents = _tagged(
        blank,
        "Für die Claire Underwood gewann sie den Preis.",
        [("Claire Underwood", 0, "PER")],
        articles=[("Claire Underwood", 0)],
    )
    assert "Claire Underwood" in persons(ents)
