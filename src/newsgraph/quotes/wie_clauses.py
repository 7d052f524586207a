"""A post-posed wie-clause whose subject carries an apposition between commas ("…, wie Jan
Huber, Generaldirektor für die öffentliche Sicherheit, ausführte."): the comma before the verb
does not open the cue's clause; the clause opens with "wie" (session 36)."""

from __future__ import annotations

from newsgraph.quotes.rule_words import RELATIVE_PRONOUNS
from newsgraph.quotes.text import Token
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

#: at most this many tokens in the name after "wie" and in the apposition
_MAX_NAME = 6
_MAX_APPOSITION = 12


def wie_before_apposition(toks: list[Token], i: int, clause: tuple[int, int]) -> int | None:
    """The index of the "wie" that opens the cue clause of the verb at ``i`` when the verb's
    comma segment follows an apposition to the name after "wie": ``wie NAME , APPOSITION ,
    [adverbials] VERB``. The name is capitalised words only (no finite verb), the apposition
    opens with no relative pronoun and holds no finite verb, the verb's segment holds no finite
    verb before the verb, and the wie-clause stands after a comma, a dash or a bracket. None
    when the shape does not hold."""
    lo = clause[0]
    if lo < 6 or toks[lo - 1].text != ",":
        return None
    if any(t.tag in FINITE_TAGS for t in toks[lo:i]):
        return None
    comma = next(
        (k for k in range(lo - 2, max(lo - 2 - _MAX_APPOSITION, 0), -1) if toks[k].text == ","),
        None,
    )
    if comma is None:
        return None
    apposition = toks[comma + 1 : lo - 1]
    if (
        not apposition
        or apposition[0].lower in RELATIVE_PRONOUNS
        or any(t.tag in FINITE_TAGS or t.text in "–—:;()" for t in apposition)
    ):
        return None
    wie = next(
        (k for k in range(comma - 1, max(comma - 2 - _MAX_NAME, -1), -1) if toks[k].lower == "wie"),
        None,
    )
    if wie is None or wie == 0 or toks[wie - 1].text not in (",", "–", "—", "("):
        return None
    name = toks[wie + 1 : comma]
    if not name or not all(t.is_upper and t.is_word and t.tag not in FINITE_TAGS for t in name):
        return None
    return wie
