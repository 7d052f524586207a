"""English events (session 21): requests with "called on X", the infinitive a request asks
for, a past form tagged as a participle with its subject parsed, deal verbs that carry a deal
noun, contract awards, confessions, and one party's consent ("agreed to return …"). Sentences
written for these tests, with the shipped English parse; entities built by hand."""

from __future__ import annotations

import pytest

from newsgraph.nlp import nlp_available
from tests.test_events_english_parsed import _article, _triples

pytestmark = pytest.mark.skipif(not nlp_available("en"), reason="English model not built")

NAMES = {
    "Tom Hale": ("PER", ["Tom Hale", "Hale"]),
    "Anna Berg": ("PER", ["Anna Berg", "Berg"]),
    "Norland": ("LOC", ["Norland"]),
    "Vestia": ("LOC", ["Vestia"]),
    "Harbour Party": ("ORG", ["Harbour Party"]),
    "Orbital Freight": ("ORG", ["Orbital Freight"]),
    "Lunatech": ("ORG", ["Lunatech"]),
    "Skyway Airline": ("ORG", ["Skyway Airline"]),
}


def test_called_on_names_whom_the_request_addresses() -> None:
    article = _article("The Harbour Party called on Norland to attack Vestia.", NAMES)
    triples = _triples(article)
    assert ("REQUEST", {"Harbour Party"}, {"Norland"}) in triples
    # the attack is asked for, not done (and the party is not its target)
    assert not [t for t in triples if t[0] == "ASSAULT"]


def test_the_infinitive_a_request_asks_for_is_no_event() -> None:
    article = _article("Anna Berg urged Norland to release the prisoners.", NAMES)
    assert _triples(article) == [("REQUEST", {"Anna Berg"}, {"Norland"})]


def test_a_deal_finalized_and_a_contract_awarded() -> None:
    article = _article(
        "Skyway Airline finalized a deal to buy 30 jets on Wednesday. In May, Lunatech "
        "awarded task orders to Orbital Freight and the Harbour Party.",
        NAMES,
    )
    triples = _triples(article)
    assert ("AGREE", {"Skyway Airline"}, set()) in triples
    assert ("COOPERATE", {"Lunatech"}, {"Orbital Freight", "Harbour Party"}) in triples


def test_an_award_that_is_no_contract_is_no_event() -> None:
    article = _article("Tom Hale was awarded a prize by the Harbour Party in May.", NAMES)
    assert _triples(article) == []


def test_a_confession_and_a_lone_consent() -> None:
    article = _article(
        "Tom Hale confessed to the crime. Anna Berg agreed to return the cash.", NAMES
    )
    assert _triples(article) == [("CONCEDE", {"Tom Hale"}, set())]


def test_consent_with_a_partner_stays_an_agreement() -> None:
    article = _article("Norland agreed with Vestia to end the fighting.", NAMES)
    assert ("AGREE", {"Norland"}, {"Vestia"}) in _triples(article)
