"""One HanTa German morphological analyser per process, shared by its users: the NER's
common-word filter (:mod:`newsgraph.nlp.components`) and the entity layer's name-word test
(:mod:`newsgraph.entities.namewords`). Its lexicon costs about 30 MB and 0.15 s to load.
HanTa is a runtime dependency; without it (or its model) this gives ``None`` and its users
do nothing."""

from __future__ import annotations

from functools import cache


@cache
def german_tagger() -> object | None:
    """The shared ``HanoverTagger`` for German, or ``None`` when HanTa is not installed."""
    try:
        from HanTa import HanoverTagger

        return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    except (ImportError, OSError):
        return None
