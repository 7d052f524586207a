"""Reported speech that switches to the speaker's own words after a colon.

"Dazu versicherte sie, dass die EU-Kommission über Österreichs Pläne bereits informiert sei,
und: Es ist Schengen-konform." The writer reports the first part in the Konjunktiv I and then
gives the speaker's words as they were said; 10kGNAD drops the quotation marks that stood after
the colon, so the content rule reads the whole as one reported clause. When the part before the
colon carries a Konjunktiv I and the part after it is a present-tense statement in the
indicative (no Konjunktiv, no finite past in its head clause: "Millionenkredite gingen an …" retells), the part
after the colon is the speaker's direct speech (session 36). A writer who reports in the
indicative ("…, dass sich diese … unterscheidet: Sie basiert …") makes no such switch, and the
rule stays out."""

from __future__ import annotations

from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import ExtractorState, Found
from newsgraph.quotes.guards import _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.speech_kind import head_clause
from newsgraph.quotes.text import Token

#: the shortest statement after the colon, in words ("Es ist Schengen-konform.")
MIN_WORDS = 3

#: words that make the part after the colon a report of a source, not the speaker's words
SOURCE_WORDS = grammar("colon_switch_source_words")


class ColonSwitch(ExtractorState):
    """:meth:`colon_switch_pass`."""

    def colon_switch_pass(self) -> None:
        """Split each reported quote whose Konjunktiv part is followed by a colon and an
        indicative present statement: the statement becomes the speaker's direct speech."""
        if self.lex.language != "de":
            return
        for f in [f for f in self.found if f.kind == "indirect"]:
            if f.speaker.entity is None or not 0 <= f.sentence < len(self.sentences):
                continue
            sent = self.sentences[f.sentence]
            if sent.quotes:
                continue  # marks say which words are the speaker's
            toks = [t for t in sent.tokens if f.start <= t.start and t.end <= f.end]
            colon = self._switch_colon(toks, f)
            if colon is None:
                continue
            before, after = toks[:colon], toks[colon + 1 :]
            k = len(before) - 1
            while k > 0 and (before[k].text in ",;–—" or before[k].lower == "und"):
                k -= 1  # "…, dass die Kommission informiert sei, und: Es ist …"
            direct = Found(
                "direct",
                after[0].start,
                after[-1].end,
                f.speaker,
                f.cue,
                f.sentence,
                f.confidence,
                "colon_switch",
            )
            f.end = before[k].end
            self.add(direct)

    def _switch_colon(self, toks: list[Token], f: Found) -> int | None:
        """The index (in ``toks``) of the colon after which the reported words switch to the
        speaker's own, or None."""
        colons = [k for k, t in enumerate(toks) if t.text == ":"]
        if len(colons) != 1:
            return None
        colon = colons[0]
        before, after = toks[:colon], toks[colon + 1 :]
        words = [t for t in after if t.is_word]
        if len(words) < MIN_WORDS or not after[0].text[:1].isupper():
            return None
        if not self._finite_among(after):
            return None  # "…: Mehr Freiheit, weniger Gesetze …", a list of names: no statement
        named = self.resolver.index.starting_in(after[0].start, f.end)
        if any(ent is f.speaker.entity for _s, _e, ent in named):
            return None  # "…: Die OeNB rechnet mit …": the writer speaks of the speaker
        if not mood.konj1(before, self.lex):
            return None
        head = head_clause(after) or after
        if mood.subjunctive(after, self.lex) or any(_past(t) for t in head):
            return None  # (a past in a clause after the head: "…, welche Begriffe benutzt wurden")
        if any(t.text == "?" for t in after) or any(t.lower in SOURCE_WORDS for t in after):
            return None
        return colon
