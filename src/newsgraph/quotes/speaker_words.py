"""Word lists the speaker rules share (prepositions, pronouns, auxiliaries, sentence ends
and abbreviations), some read by the quote rules too. A list that one module alone reads stands
in that module."""

from __future__ import annotations

import re

from newsgraph.quotes.lexicon import grammar

PREPOSITIONS = grammar("prepositions")
PERSONAL_PRONOUNS = frozenset(["er", "sie", "he", "she", "they"])
INDEFINITE = grammar("indefinite")
FUNCTION_WORDS = grammar("function_words")
SUBORDINATORS = grammar("subordinators")
BOUNDARY_MARKS = frozenset(",:;()–—")
QUOTE_MARK_CHARS = frozenset("\"„“”»«‚‘’'")

# quantifiers of a plural noun phrase: an unnamed group ("Mehrere Abgeordnete", "Viele Experten")
PLURAL_QUANTIFIERS = frozenset(
    [
        "mehrere",
        "einige",
        "viele",
        "zahlreiche",
        "etliche",
        "manche",
        "weitere",
        "wenige",
        "several",
        "many",
        "some",
        "numerous",
    ]
)

# finite auxiliaries and modals: finite verbs where no tagger ran
FINITE_AUXILIARIES = (
    grammar("present_auxiliaries")
    | grammar("past_forms")
    | grammar("modals")
    | grammar("werden_forms")
)
NAME_PHRASE_PREPOSITIONS = frozenset(
    ["of", "at", "in", "for", "the", "with", "from", "on", "by", "and", "to"]
)

# English sentence ends (a period, a question or exclamation mark, closing quotation marks, a
# line break) and abbreviations before a period that end no sentence ("Mr.", "Gov.", "U.S.")
SENTENCE_END = re.compile(r"[.!?]+[\"”’']*(?=\s)|\n")
ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z]?|[a-z])\.")
