"""English organisations and group nouns as speakers (session 21). Sentences written for the
tests; a blank English pipeline, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Quote
from tests.test_speakers import quotes_of


@pytest.fixture(scope="session")
def blank_en() -> Language:
    return spacy.blank("en")


def speakers(quotes: list[Quote]) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in quotes}


def test_subject_of_a_subordinate_cue_clause_far_into_the_sentence(blank_en: Language) -> None:
    # the subject stands right after the subordinator, more than eight words into the field;
    # "because of" is a preposition, and a subordinator inside a relative clause of the
    # subject does not open the cue's clause
    quotes = quotes_of(
        blank_en,
        "The regional bank shares were mixed in early trading on Tuesday after Harbor Daily "
        "reported that the merger talks had stalled. A spokesperson for Nordfin who did not "
        "wish to be named because of company policy said that the talks would go on.",
        [("Harbor Daily", "ORG"), ("Nordfin", "ORG")],
    )
    got = speakers(quotes)
    assert got["that the merger talks had stalled."] == "Harbor Daily"
    assert got["that the talks would go on."] == "Nordfin"


def test_an_organisation_the_entity_layer_missed(blank_en: Language) -> None:
    # a capitalised name that ends in an organisation head (or opens with one before "of") is
    # the organisation that speaks; its acronym later (one the entity layer leaves unmarked,
    # as it reads "WHO" as a word) is the same organisation; another name's bare word
    # ("Health") does not stand for it
    quotes = quotes_of(
        blank_en,
        "The Ministry of Health counted 40 cases. Most patients recover within a week, says "
        'the World Health Organization. The disease is "rarely fatal", says WHO. The '
        "Northern Railway Association reported last year that 12 lines were closed.",
        [],
    )
    got = speakers(quotes)
    assert got["Most patients recover within a week"] == "World Health Organization"
    assert got["rarely fatal"] == "World Health Organization"
    assert got["that 12 lines were closed."] == "Northern Railway Association"


def test_a_capitalised_phrase_without_an_organisation_head_stays_unknown(
    blank_en: Language,
) -> None:
    quotes = quotes_of(
        blank_en,
        "The weather was calm. The Silver Lake Marathon said that the race was ready.",
        [],
    )
    assert speakers(quotes)["that the race was ready."] is None


def test_the_group_named_in_apposition_speaks(blank_en: Language) -> None:
    # "The group, X, formed …" names the group; "the group said" later is X, also as the
    # subject of a coordinated verb after a sentence adverb
    quotes = quotes_of(
        blank_en,
        "About 300 cleaners will lose their jobs, according to a group of employees. The "
        "group, Cleaners United, formed last month and wrote to the board. The group "
        "announced on Sunday that Brightdesk had agreed to rehire them. However, the group "
        "criticised the terms, and said that workers had to sign by Monday.",
        [("Brightdesk", "ORG"), ("Cleaners United", "ORG")],
    )
    got = speakers(quotes)
    assert got["that Brightdesk had agreed to rehire them."] == "Cleaners United"
    assert got["that workers had to sign by Monday."] == "Cleaners United"
    assert (
        got["About 300 cleaners will lose their jobs, according to a group of employees."] is None
    )


def test_participles_of_saying_after_a_main_clause(blank_en: Language) -> None:
    # "…, noting that … “…”", "…, telling X, “…”", "…, declaring, “…”": the participle's
    # subject opens the sentence, also after the closing mark of a quotation
    quotes = quotes_of(
        blank_en,
        "Tom Reyes left the stage, noting that the delay was “a disgrace.” Anna Berg stood "
        "up, telling the board, “We are done here.” Reyes later tweeted that the vote "
        "“needs a recount,” adding “we want every ballot read.”",
        [("Tom Reyes", "PER"), ("Anna Berg", "PER"), ("Reyes", "PER"), ("Berg", "PER")],
    )
    got = speakers(quotes)
    assert got["a disgrace."] == "Tom Reyes"
    assert got["We are done here."] == "Anna Berg"
    assert got["we want every ballot read."] == "Tom Reyes"


def test_gerunds_that_open_no_speech(blank_en: Language) -> None:
    # the writer's asides and a participle before a particle report nobody's words
    quotes = quotes_of(
        blank_en,
        "It is worth noting that the figures are old. We start by noting that the data are "
        "thin. The city is investigating the firm, adding to a series of problems that have "
        "hurt it.",
        [],
    )
    assert quotes == []
