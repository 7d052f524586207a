"""English events without a parse (session 9): trigger forms, nouns and verbs, passives,
phrasal verbs, possessives, pronouns and negation, on English sentences written for these
tests. Entities are built by hand (every mention of the listed forms), so the event rules are
checked on their own, on the path without a parse (since session 14 English ships a parser:
`tests/test_events_english_parsed.py` covers that path)."""

from __future__ import annotations

from typing import Any

from newsgraph.events.stage import run as run_events_stage
from newsgraph.model import Article, EntityRef, Event
from newsgraph.pipeline import AnalysisContext
from newsgraph.readers import read_string
from tests.test_events import _entities


def _article(text: str, spec: dict[str, Any]) -> Article:
    """``{name: (type, [surface forms])}`` → an English article with these entities, events run."""
    article = read_string(text, language="en", published="2024-03-05")
    _entities(article, spec)
    run_events_stage(AnalysisContext(article=article, segments=[], nlp=None))
    return article


def _names(refs: list[EntityRef]) -> set[str]:
    return {r.name for r in refs}


def _triples(article: Article) -> list[tuple[str, set[str], set[str]]]:
    return [(e.type, _names(e.actors), _names(e.targets)) for e in article.events]


def _only(article: Article, etype: str) -> Event:
    found = [e for e in article.events if e.type == etype]
    assert len(found) == 1, _triples(article)
    return found[0]


PEOPLE = {
    "Anna Berg": ("PER", ["Anna Berg", "Berg"]),
    "Tom Hale": ("PER", ["Tom Hale", "Hale"]),
    "Norway": ("LOC", ["Norway"]),
    "Sweden": ("LOC", ["Sweden"]),
    "International Monetary Fund": ("ORG", ["International Monetary Fund"]),
    "Federal Police": ("ORG", ["Federal Police"]),
}


def test_word_forms_that_only_begin_like_a_trigger_are_none() -> None:
    # "meth" is no form of "meet", "signal" none of "sign", "accusers"/"supporters"/"trainer"
    # are people, "Fund" inside a name is no verb, nor "accused" after a preposition
    article = _article(
        "Berg said the meth epidemic is growing. Hale gave mixed signals about Norway. "
        "Berg's accusers and Hale's supporters gathered. Berg works at the International "
        "Monetary Fund in Sweden. Hale reported on accused smuggler Anna Berg.",
        PEOPLE,
    )
    assert article.events == []


def test_inflected_forms_and_irregular_forms_trigger() -> None:
    article = _article(
        "Anna Berg met Tom Hale on Monday. Norway and Sweden signed a trade deal. "
        "Hale denied the reports.",
        PEOPLE,
    )
    consult = _only(article, "CONSULT")
    assert (_names(consult.actors), _names(consult.targets)) == ({"Anna Berg"}, {"Tom Hale"})
    agree = _only(article, "AGREE")
    assert _names(agree.actors) == {"Norway", "Sweden"}
    assert _names(_only(article, "REJECT").actors) == {"Tom Hale"}


def test_a_verb_form_used_as_a_noun_is_no_verb() -> None:
    # "consumer demand", "fast charging support", "the request": nouns, no events; a noun of
    # the lexicon after a possessive still triggers, with its owner as the doer
    article = _article(
        "Berg said consumer demand in Norway is high. Sweden has fast charging support. "
        "Hale saw the request. Hale repeated his demands on Friday.",
        PEOPLE,
    )
    request = _only(article, "REQUEST")
    assert request.trigger == "demands"
    assert _names(request.actors) == {"Tom Hale"}
    assert len(article.events) == 1


def test_passive_with_by_and_reduced_passive() -> None:
    article = _article(
        "Tom Hale was arrested by the Federal Police in Sweden. Three protesters killed in Norway.",
        PEOPLE,
    )
    coerce = _only(article, "COERCE")
    assert (_names(coerce.actors), _names(coerce.targets)) == ({"Federal Police"}, {"Tom Hale"})
    assert coerce.location is not None and coerce.location.name == "Sweden"
    assault = _only(article, "ASSAULT")
    assert not assault.actors  # the protesters are the victims, not the attackers
    assert [t.id for t in assault.targets] == ["nominal:protesters"]


def test_a_passive_takes_only_the_phrase_next_to_its_auxiliary() -> None:
    # "water vapour being released": Berg found it, nothing released her
    article = _article("Berg reported that they detected water vapour being released.", PEOPLE)
    assert article.events == []


def test_phrasal_verbs_and_requests() -> None:
    article = _article(
        "Anna Berg called on Norway to end the blockade. Tom Hale called for a ceasefire.",
        PEOPLE,
    )
    requests = [e for e in article.events if e.type == "REQUEST"]
    assert sorted(
        (e.trigger, tuple(_names(e.actors)), tuple(_names(e.targets))) for e in requests
    ) == [
        ("called for", ("Tom Hale",), ()),
        ("called on", ("Anna Berg",), ("Norway",)),
    ]


def test_pronouns_and_possessives_without_a_parse() -> None:
    article = _article(
        "Tom Hale arrived in Sweden on Monday. He urged Norway to open its border. "
        "Anna Berg held talks with his deputy.",
        {**PEOPLE, "Tom Hale": ("PER", ["Tom Hale", "Hale", "his"])},
    )
    request = _only(article, "REQUEST")
    assert (_names(request.actors), _names(request.targets)) == ({"Tom Hale"}, {"Norway"})
    # "with his deputy" is talks with the deputy, not with Hale ("his" owns the phrase)
    assert not _only(article, "CONSULT").targets


def test_negation_stands_before_its_verb() -> None:
    article = _article(
        "Berg did not meet Hale. Tom Hale pleaded not guilty in Sweden. "
        "Norway does not support the plan of Sweden.",
        PEOPLE,
    )
    consult = _only(article, "CONSULT")
    assert consult.modality == "denied"
    plea = next(e for e in article.events if e.mode == "not-guilty plea")
    assert plea.type == "REJECT" and plea.modality == "asserted"
    assert _names(plea.actors) == {"Tom Hale"}
    refusal = next(e for e in article.events if e.trigger == "support")
    assert refusal.type == "REJECT"  # a negated support is a refusal
    assert _names(refusal.actors) == {"Norway"}


def test_aid_needs_aid_and_release_needs_someone_released() -> None:
    article = _article(
        "Apple delivered a new phone. Norway will send troops to Sweden. Berg helped Hale "
        "prepare the speech. Sweden released the report. Norway released two hostages.",
        PEOPLE,
    )
    assert sorted((e.type, e.trigger) for e in article.events) == [
        ("AID", "send"),
        ("CONCEDE", "released"),
    ]
    aid = _only(article, "AID")
    assert (_names(aid.actors), _names(aid.targets), aid.modality) == (
        {"Norway"},
        {"Sweden"},
        "planned",
    )
    assert _names(_only(article, "CONCEDE").actors) == {"Norway"}


def test_on_is_a_preposition_of_the_lexicon() -> None:
    # (YAML reads a bare `on` as true: the English attack target "on X" was lost before)
    article = _article("Norway launched an attack on Sweden.", PEOPLE)
    attack = _only(article, "ASSAULT")
    assert (_names(attack.actors), _names(attack.targets)) == ({"Norway"}, {"Sweden"})


def test_a_clause_opening_with_its_verb_takes_the_sentence_subject() -> None:
    article = _article(
        "Anna Berg, the foreign minister, urged Norway to act. Tom Hale, who arrived on "
        "Monday, accused Sweden of lying.",
        PEOPLE,
    )
    request = _only(article, "REQUEST")
    assert (_names(request.actors), _names(request.targets)) == ({"Anna Berg"}, {"Norway"})
    accuse = _only(article, "ACCUSE")
    assert (_names(accuse.actors), _names(accuse.targets)) == ({"Tom Hale"}, {"Sweden"})


def test_the_month_may_is_no_modal() -> None:
    article = _article("Tom Hale resigned in May 2020. Anna Berg may resign.", PEOPLE)
    modes = sorted((_names(e.actors).pop(), e.modality) for e in article.events)
    assert modes == [("Anna Berg", "hypothetical"), ("Tom Hale", "asserted")]


def test_country_adjectives_name_the_country() -> None:
    article = _article(
        "Russian forces attacked Sweden on Monday. The route carries Iranian military aid to "
        "Norwegian government forces.",
        PEOPLE,
    )
    attack = _only(article, "ASSAULT")
    assert (_names(attack.actors), _names(attack.targets)) == ({"Russia"}, {"Sweden"})
    aid = _only(article, "AID")
    assert (_names(aid.actors), _names(aid.targets)) == ({"Iran"}, {"Norway"})


def test_investigations_and_tariffs_follow_the_english_conventions() -> None:
    # English gold conventions: investigations are ACCUSE, tariffs SANCTION
    article = _article(
        "The Federal Police are investigating Tom Hale. Sweden imposed tariffs on Norway.",
        PEOPLE,
    )
    accuse = _only(article, "ACCUSE")
    assert (_names(accuse.actors), _names(accuse.targets)) == ({"Federal Police"}, {"Tom Hale"})
    sanction = _only(article, "SANCTION")
    assert (_names(sanction.actors), _names(sanction.targets)) == ({"Sweden"}, {"Norway"})


def test_armed_conflict_between_forces_is_fight_as_in_german() -> None:
    """Session 13: invasions, offensives and clashes are PLOVER FIGHT (as de.yaml since session
    12); an attack on someone stays ASSAULT."""
    article = _article("Norway invaded Sweden on Monday. Sweden attacked Anna Berg.", PEOPLE)
    fight = _only(article, "FIGHT")
    assert (fight.mode, _names(fight.actors)) == ("invasion", {"Norway"})
    assert _names(_only(article, "ASSAULT").actors) == {"Sweden"}
    article = _article("The clashes in Norway went on. Sweden's invasion failed.", PEOPLE)
    assert {e.mode for e in article.events if e.type == "FIGHT"} >= {"invasion"}
