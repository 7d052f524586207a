"""Nominal speech: a noun phrase as the reported content (``sprach von einem Erfolg``),
a passive verb of accusing and a verb cue with a speech noun but no content."""

from __future__ import annotations

from newsgraph.quotes.extractor_state import Cue, ExtractorState
from newsgraph.quotes.guards import _is_mark
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import (
    BOUNDARY,
    NON_MAIN_OPENERS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    WERDEN_FORMS,
)
from newsgraph.quotes.text import Sentence

NP_CONTINUERS = grammar("np_continuers")
_HABEN_FINITE = frozenset(["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "hast"])


class NominalContent(ExtractorState):
    """Content that is a noun phrase."""

    def _summary_cue(self, sent: Sentence, verbs: list[Cue]) -> Cue | None:
        """A verb cue with a named subject and a speech noun as its object but no content
        ("Strobl nannte … eine Vielzahl von Forderungen", "X übte scharfe Kritik an Y")."""
        for c in verbs:
            if c.speaker.entity is None or c.speaker.how not in ("name", "role"):
                continue
            lo, hi = c.clause
            if any(t.lower in self.lex.speech_nouns for t in sent.tokens[lo:hi] if t.is_upper):
                return c
        return None

    def _nominal_content(self, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """ "sprach von einem glücklichen Erfolg": a noun phrase as reported content."""
        if c.entry is None:
            return None
        preps = self.lex.nominal_cues.get(c.entry.lemma)
        toks = sent.tokens
        if not preps:
            return None
        before = self._nominal_before_participle(sent, c, preps)
        if before is not None:
            return before
        k = c.last + 1
        at = c.speaker.at
        if at is not None and c.last < at[0] <= c.last + 3 and at[1] - at[0] <= 8:
            # "spricht die EU-Abgeordnete X (Partei) von …": the subject after the verb
            k = at[1] + 1
            if k < len(toks) and toks[k].text == "(":
                while k < len(toks) and toks[k].text != ")":
                    k += 1
                k += 1
            if k < len(toks) and toks[k].lower in preps:
                return self._nominal_rest(sent, k)
            k = c.last + 1
        while k < len(toks) and k <= c.last + 4 and toks[k].lower not in preps:
            if toks[k].text in BOUNDARY or _is_mark(toks[k]):
                return None
            k += 1
        if k >= len(toks) or toks[k].lower not in preps:
            return None
        return self._nominal_rest(sent, k)

    def _nominal_rest(self, sent: Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase after the preposition at k, to the end of its clause."""
        toks = sent.tokens
        end = k + 1
        while end < len(toks) and toks[end].text not in ".!?":
            if toks[end].text in BOUNDARY:
                nxt = toks[end + 1].lower if end + 1 < len(toks) else ""
                if toks[end].text != "," or nxt not in NP_CONTINUERS:
                    break  # "…, davon 16.000 in Y": an apposition goes on; a clause does not
            if _is_mark(toks[end]):
                return None  # „…“ after "sprach von" is a partial quote
            end += 1
        if end - (k + 1) < 2 and not (end == k + 2 and toks[k + 1].is_upper):
            return None  # one word only when it is a noun ("spricht von Vertrauensverlust")
        return k + 1, end

    def _nominal_before_participle(
        self, sent: Sentence, c: Cue, preps: frozenset[str]
    ) -> tuple[int, int] | None:
        """ "X hatte von einer inszenierten Aufnahme gesprochen": in the perfect the noun phrase
        stands between the preposition and the participle that closes the clause. Only with a
        finite form of "haben" earlier in the clause (a passive "von X gesprochen werden" names
        the agent), the preposition not opening a clause ("…, von der X berichtet": a relative
        clause) and no "mit" before it ("mit den Bewohnern von Y gesprochen": a von-phrase
        inside another object)."""
        toks = sent.tokens
        i = c.index
        if c.last != i or c.bracket:
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.lower not in ("und", "haben", "hat", "hatte"):
            return None  # the participle closes its clause
        aux = None
        for k in range(i - 1, -1, -1):
            if toks[k].text in BOUNDARY or _is_mark(toks[k]):
                break
            if toks[k].lower in _HABEN_FINITE:
                aux = k
                break
        if aux is None and (nxt is None or nxt.lower not in ("haben", "hat", "hatte")):
            return None
        lo = aux + 1 if aux is not None else i - 1
        if aux is None:
            while lo > 0 and toks[lo - 1].text not in BOUNDARY and not _is_mark(toks[lo - 1]):
                lo -= 1
        for k in range(lo, i - 1):
            if toks[k].lower == "mit":
                return None
            if toks[k].lower in preps:
                if k == 0 or toks[k - 1].text in BOUNDARY:
                    return None
                if toks[k + 1].tag in ("PRELS", "PWS", "PWAV") or toks[k + 1].lower in (
                    "denen",
                    "welchem",
                    "welcher",
                ):
                    return None
                if i - (k + 1) < 2 and not (i == k + 2 and toks[k + 1].is_upper):
                    return None
                if any(_is_mark(t) for t in toks[k + 1 : i]):
                    return None
                return k + 1, i
        return None

    def _passive_accusation(self, sent: Sentence, c: Cue) -> Cue | None:
        """A passive verb of accusing ("Ihnen werden Diebstähle vorgeworfen", "Hager wird von
        den USA Korruption vorgeworfen"): the cue with the agent of a von-phrase as the
        speaker, or nobody; the dative before the verb is the accused, not the speaker."""
        if (
            self.lex.language != "de"
            or c.kind != "verb"
            or c.entry is None
            or c.last != c.index
            or self.lex.characterising.get(c.entry.lemma) != "accused"
            or sent.quotes
        ):
            return None
        toks = sent.tokens
        lo = c.clause[0]
        if not any(t.lower in WERDEN_FORMS for t in toks[lo : c.index + 3]):
            return None
        if toks[lo].lower in SUBORDINATORS | NON_MAIN_OPENERS | RELATIVE_PRONOUNS or (
            toks[lo].lower in ("und", "oder")
        ):
            return None  # inside a subordinate or coordinated clause: not the sentence's report
        agent = None
        for k in range(lo, c.index):
            if toks[k].lower in ("von", "vom") and k + 1 < c.index:
                for m in range(k + 1, min(c.index, k + 4)):
                    ent = self.resolver.index.covering(toks[m].start, toks[m].end)
                    if ent is not None and ent.type in ("PER", "ORG", "LOC"):
                        agent = ent
                        break
        speaker = Resolved(agent, 0.6, "name") if agent else Resolved(None, 0.4, "none")
        return Cue("verb", c.index, c.last, c.clause, c.words, speaker, c.entry)
