"""Is a word a proper name rather than an ordinary word? (HanTa's lexicon, when installed.)

Used for the first part of a hyphenated role compound: "Springer-Chef", "Wifo-Chef",
"Lega-Spitzenpolitiker" name an organisation, "Verbands-Geschäftsführer", "Team-Chef",
"Rekord-Sieger" do not. HanTa (a runtime dependency, also used by the NER's common-word
filter) tags names NE; without it no word counts as a name.
"""

from __future__ import annotations

from functools import cache

from newsgraph.nlp.hanta import german_tagger

#: HanTa tags of names: proper noun, foreign material
NAME_TAGS = frozenset({"NE", "FM"})


@cache
def is_name_word(word: str) -> bool:
    """HanTa's best reading of the capitalised ``word`` is a proper noun or foreign word."""
    tagger = german_tagger()
    if tagger is None or not word[:1].isupper():
        return False
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    return bool(tags) and tags[0][0] in NAME_TAGS
