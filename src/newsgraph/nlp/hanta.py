"""One HanTa German morphological analyser per process, shared by its users: the NER's
common-word filter (:mod:`newsgraph.nlp.components`) and the entity layer's name-word test
(:mod:`newsgraph.entities.namewords`). Its lexicon costs about 30 MB and 0.15 s to load.
HanTa is a runtime dependency; without it (or its model) this gives ``None`` and its users
do nothing."""

from __future__ import annotations

from functools import cache

#: HanTa tags that say "not an ordinary word": proper noun, foreign material, non-word
NAME_TAGS = frozenset({"NE", "FM", "XY", "TRUNC"})
#: HanTa log-probabilities below this come from its guesser for unknown forms, not a lexicon
#: or compound analysis ("Inselrepublik" -12.6; unknown names such as "Wrzolek" below -28)
KNOWN_WORD_LOGP = -26.0
#: a word HanTa also reads as a proper noun within this many log-prob units stays a name
#: ("Bauer", "Koch", "Wolf")
NAME_MARGIN = 2.0


@cache
def german_tagger() -> object | None:
    """The shared ``HanoverTagger`` for German, or ``None`` when HanTa is not installed."""
    try:
        from HanTa import HanoverTagger

        return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    except (ImportError, OSError):
        return None


def common_word_tag(tagger: object, word: str, min_logp: float = KNOWN_WORD_LOGP) -> str | None:
    """HanTa's best tag of ``word`` when it reads ``word`` as an ordinary word: the tag is no
    name tag, its log-probability at least ``min_logp`` (a lexicon or compound analysis, not the
    guesser's) and clearly ahead of any name reading (``NAME_MARGIN``); otherwise ``None``.
    The one test of the NER's common-word filter, the entity layer's name-word test and the
    given-name list builders."""
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    if not tags:
        return None
    tag, logp = str(tags[0][0]), float(tags[0][1])
    ne = max((float(p) for t, p in tags if t in NAME_TAGS), default=None)
    if tag not in NAME_TAGS and logp >= min_logp and (ne is None or logp - ne >= NAME_MARGIN):
        return tag
    return None
