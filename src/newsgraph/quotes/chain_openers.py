"""Words that open a sentence by tying it to the sentence before it.

The backward chain (``StatementPasses.backward_pass``) takes plain statements before a
speaker's cue sentence as the opening of their words. A sentence opened by a narrative link
("Dann wird diskutiert …", "Darüber hinaus werden …", "Seither schläft …", "Bis dato hat …")
goes on with what stands before it, so it opens nobody's words there (session 35,
docs/quotes.md). The words are data (``grammar.yaml``: ``narrative_links``, several words
joined by a space).
"""

from __future__ import annotations

from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.text import Token

NARRATIVE_LINKS = tuple(tuple(w.split()) for w in sorted(grammar("narrative_links")))


def opens_with_link(tokens: list[Token]) -> bool:
    """The sentence's first words are a narrative link (``NARRATIVE_LINKS``)."""
    words = [t.lower for t in tokens if t.is_word]
    return any(tuple(words[: len(link)]) == link for link in NARRATIVE_LINKS)
