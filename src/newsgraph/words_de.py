"""German closed-class words that several extraction stages share (one definition, one place)."""

from __future__ import annotations

#: the forms of the definite article ("der Minister", "des Ministers", "den Ministern")
DEFINITE_ARTICLES = frozenset(["der", "die", "das", "des", "dem", "den"])

#: the third-person personal pronouns that stand for one person ("er", "sie", "ihn", "ihm"; no
#: "ihr", which is also a possessive): the pronouns the quote layer binds to a speaker and those
#: before a role phrase that mean someone else than the phrase
THIRD_PERSON_PRONOUNS = frozenset(["er", "sie", "ihn", "ihm"])

#: the STTS tags of finite verbs: full, auxiliary and modal ("sagt", "hat", "will")
FINITE_VERB_TAGS = frozenset(["VVFIN", "VAFIN", "VMFIN"])

#: the tags of a pronominal adverb ("darauf", "dafür", "davor"): the shipped tagger writes
#: ``PAV`` (STTS 1995), the TIGER tag set ``PROAV``; a test of the spaCy tag takes both
PRONOMINAL_ADVERB_TAGS = frozenset(["PAV", "PROAV"])

#: the tags of a preposition fused with the article ("am", "im", "zum", "beim", "vom"): the
#: shipped tagger (trained on UD GSD) writes ``APPR_ART``, STTS and HanTa ``APPRART``; a test
#: of the spaCy tag must take both (session 35: tests of ``APPRART`` alone never fired)
PREP_ARTICLE_TAGS = frozenset(["APPRART", "APPR_ART"])

#: the endings of a plural finite verb form, for one the tagger gives no number ("fordern",
#: "sammeln", "kritisierten"; the third person singular ends in "t" or "e")
PLURAL_VERB_ENDINGS = ("en", "ern", "eln")

#: the first letters of a past participle with no separable particle before them: "ge-" and
#: the inseparable prefixes ("gesagt", "verwiesen", "bezeichnet", "erklärt", "unterstützt",
#: "überprüft", "widersprochen")
PARTICIPLE_PREFIXES = (
    "ge",
    "be",
    "emp",
    "ent",
    "er",
    "miss",
    "ver",
    "zer",
    "unter",
    "über",
    "hinter",
    "wider",
)


def participle_shape(word: str) -> bool:
    """Session 30: a past participle by its shape alone (the tagger calls some of them finite
    or infinitives: "kritisiert", "verwiesen", "unterstützt"): a word of one of
    :data:`PARTICIPLE_PREFIXES` or an -iert verb; the one test of the quote layer
    (``verb_cues``: "wurde auf den zweiten Platz verwiesen") and of event modality
    (``modality._weak_participle``: "wird von der ÖVP kritisiert")."""
    low = word.lower()
    return low.startswith(PARTICIPLE_PREFIXES) or low.endswith("iert")


#: endings of nouns that are always feminine ("Kanzlerin", "Präsidentin", "Regierung",
#: "Opposition", "Behörde" is not listed: no ending tells it): "der" before such a noun in the
#: singular is a dative or genitive, never a nominative ("der Ministerin", "der Regierung")
FEMININE_ENDINGS = (
    "erin",
    "orin",
    "entin",
    "antin",
    "istin",
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "sion",
    "tät",
)


def feminine_noun(word: str) -> bool:
    """Session 34: a common noun whose ending makes it feminine (:data:`FEMININE_ENDINGS`)."""
    return word.lower().endswith(FEMININE_ENDINGS)
