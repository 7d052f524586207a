"""Session 35 (issue #5, helper "evsense"): trigger words in their sporting sense.

A report of a match uses words of meeting and fighting for play: *hatte gegen Werder Bremen
(2:0) und beim Hamburger SV (1:1) getroffen* (scored), *In diesem trifft er Doppelpartner
Soares wieder* (plays against), *Die große Offensive der Admira blieb aus*, *kämpfen gegen das
ÖFB-Team mit den Waffen eines Underdogs*. An article that gives a match score (*2:1*, *6:7*)
reads no event from the words of ``sport_sense_lemmas``; other events of a sports report
(bans, fines, fans pelting a team bus, praise) stay. The article's section is not used:
held-out articles may have none.
"""

from __future__ import annotations

import re

#: a match score: two small numbers with a colon, not a clock time ("um 20:15 Uhr"), a video
#: position ("ab 3:30:45") nor a decimal or list of numbers
_SCORE = re.compile(r"(?<![\d.:,])\d{1,2}:\d{1,2}(?![\d:]|[.,]\d| Uhr)")


def reports_match(text: str) -> bool:
    """True when the text gives a match score ('gewann 2:1', 'im Tiebreak 6:7')."""
    return _SCORE.search(text) is not None


def sporting_sense(lemma: str, sport_lemmas: frozenset[str], match_report: bool) -> bool:
    """True when a trigger of ``lemma`` is read in its sporting sense: the article reports a
    match and the word is one of those sport uses for play (``sport_sense_lemmas``)."""
    return match_report and lemma.lower() in sport_lemmas
