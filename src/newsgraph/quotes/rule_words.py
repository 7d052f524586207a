"""Word lists the quote extractor's rules share (most from ``grammar.de.yaml``): clause
boundaries, subordinators, auxiliaries, the verbs and pronouns the rules test. A list that one
rule module alone reads stands in that module."""

from __future__ import annotations

import re

from newsgraph.quotes.lexicon import grammar
from newsgraph.words_de import THIRD_PERSON_PRONOUNS

OPENING_WORDS = frozenset(["auch", "und", "aber", "doch", "selbst", "sogar"])
SEPARABLE_ZU_INFINITIVE = re.compile(
    r"^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|hin|hinzu|los|mit|nach|statt|teil|"
    r"vor|weg|weiter|zurück|zusammen|"
    # (session 18) "unterzuordnen", "umzusetzen", "durchzuführen", "zuzustimmen", "offenzulegen"
    r"um|durch|unter|über|wieder|zu|voran|voraus|hervor|herum|hinaus|hinein|heran|herbei|"
    r"bekannt|sicher|klar|offen|bereit|fern|kennen|entgegen|gegenüber|wahr|nieder|hoch|vorbei)"
    r"zu[a-zäöüß]{3,}en$"
)
WEB_ADDRESS = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)*\.[a-z]{2,6}(/\S*)?", re.IGNORECASE)
INDEFINITE_ARTICLES = frozenset(["ein", "eine", "einer", "eines", "einem", "einen"])
BOUNDARY = frozenset(",:;()–—")
HEADING_TYPES = frozenset({"title", "subheading", "media"})
FUNCTION_WORDS = grammar("function_words")
SUBORDINATORS = grammar("subordinators")
AUXILIARIES = frozenset(
    ["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "sei", "wurde"]
)
INDICATIVE_AUXILIARIES = frozenset(
    ["hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden"]
)
PAST_FORMS = grammar("past_forms")
DOCUMENT_NOUNS = grammar("document_nouns")
MODALS = grammar("modals")
FINITE_AUXILIARIES = PAST_FORMS | MODALS | grammar("present_auxiliaries")
THIRD_PERSON = grammar("third_person_words")
#: the third-person pronouns of a sentence the speaker resolver can bind to someone
BINDABLE_PRONOUNS = THIRD_PERSON_PRONOUNS
WH_WORDS = grammar("question_words")
RELATIVE_PRONOUNS = grammar("relative_pronouns")
NON_MAIN_OPENERS = grammar("non_main_openers")
WERDEN_FORMS = grammar("werden_forms")
REFLEXIVE_NOT_SAYING = grammar("reflexive_not_saying")
INFINITIVE_OPENERS = grammar("infinitive_openers")
MAX_ACTIVE_GAP = 4  # sentences a source stays current without being named again
