"""A phrase the writer marks as somebody's wording with a closing "wie es X formuliert" clause.

10kGNAD prints partial quotes without their marks, so "… für eine Nutzergruppe bestehen
bleiben. Nämlich jene Menschen, die auf assistive Technologien angewiesen sind, wie es
Microsoft in einem Blogbeitrag formuliert." holds Microsoft's words only in the clause after
them: a "wie" clause whose object "es" points back at the phrase before it and whose verb names
a wording (``formulieren``, ``bezeichnen``, ``nennen``, ``ausdrücken``, ``umschreiben``). The
verb test (``VerbCues._wh_content_clause``) keeps such a clause from being a cue of the whole
sentence; here it is the cue of the phrase right before it (session 36)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes.extractor_state import ExtractorState, Found
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.speaker_gender import compatible
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import FINITE_VERB_TAGS

#: the lemmas of verbs that name a wording ("wie es X formuliert", "wie es X nannte")
WORDING_VERBS = grammar("wording_verbs")

#: the longest "wie" clause, in tokens from "wie" to its verb ("wie es die NASA in einer
#: Aussendung zur Studie bezeichnete")
CLAUSE_REACH = 12

#: the tags of a noun phrase's words, read back from its end ("jene Menschen", "ein
#: Familienbild", "eine gefährliche Drohung")
NOUN_PHRASE_TAGS = frozenset(["NN", "ADJA", "ART", "PDAT", "PIAT", "PPOSAT", "CARD", "TRUNC"])

#: subject pronouns that may stand before "es" ("wie er es … nannte")
SUBJECT_PRONOUNS = frozenset(["er", "sie"])

#: the auxiliaries that may close the clause after a participle ("wie es X genannt hat")
CLOSING_AUXILIARIES = frozenset(["hat", "hatte", "habe", "haben", "hatten"])


class WordingPartials(ExtractorState):
    """:meth:`wording_partial_pass`."""

    def wording_partial_pass(self) -> None:
        """Each phrase before ", wie es X <wording verb>" is X's partial quote."""
        if self.lex.language != "de":
            return
        for j, sent in enumerate(self.sentences):
            if sent.quotes:
                continue  # the text marks its quotes: the marks say which words are whose
            toks = sent.tokens
            for k in range(1, len(toks) - 3):
                if toks[k].text != "," or toks[k + 1].lower != "wie":
                    continue
                clause = self._wording_clause(toks, k + 1)
                if clause is None:
                    continue
                speaker = self._wording_speaker(sent, k + 1, clause)
                lo = self._phrase_start(toks, k)
                if lo is None:
                    continue
                start, end = toks[lo].start, toks[k - 1].end
                if any(
                    f.kind in ("direct", "partial") and f.start < end and f.end > start
                    for f in self.found
                ):
                    continue
                cue = " ".join(t.text for t in toks[k + 1 : clause[1] + 1])
                self.add(Found("partial", start, end, speaker, cue, j, 0.5, "wording"))

    def _wording_clause(self, toks: list[Token], wie: int) -> tuple[int, int] | None:
        """(index of "es", index of the verb) when the clause opened by ``wie`` is "wie es …
        <verb>" or "wie er es … <verb>" and ends with a wording verb (an auxiliary may follow
        a participle), else None."""
        k = wie + 1
        if k < len(toks) and toks[k].lower in SUBJECT_PRONOUNS:
            k += 1
        if k >= len(toks) or toks[k].lower != "es":
            return None
        for v in range(k + 1, min(len(toks), wie + CLAUSE_REACH + 1)):
            t = toks[v]
            if t.text in ",;:.!?()–—":
                return None
            if (t.lemma or t.lower) not in WORDING_VERBS or t.is_upper:
                continue
            nxt = v + 1
            if (
                nxt < len(toks)
                and toks[nxt].lower in CLOSING_AUXILIARIES
                and t.tag not in FINITE_VERB_TAGS
            ):
                nxt += 1
            if nxt >= len(toks) or toks[nxt].text in ",;:.!?)–—":
                return k, v
            return None
        return None

    def _wording_speaker(self, sent: Sentence, wie: int, clause: tuple[int, int]) -> Resolved:
        """The subject of the clause: a name between "es" and the verb ("wie es Microsoft …
        formuliert"), else the pronoun before "es" read as a cue pronoun."""
        es, verb = clause
        ent: Entity | None
        ent, _at = self.resolver.np_entity(sent, es + 1, verb)
        if ent is not None:
            return Resolved(ent, 0.6, "name")
        pron = sent.tokens[wie + 1]
        if pron.lower not in SUBJECT_PRONOUNS:
            return Resolved(None, 0.3, "none")
        # "… sind laut Klubchef X eine gefährliche Drohung, wie er es … nannte": the pronoun
        # points at the person the sentence named before it, else it is read as a cue pronoun
        for _s, _e, ent in reversed(self.resolver.index.starting_in(sent.start, pron.start)):
            if ent.type == "PER" and compatible(ent, pron.lower, self.lex, self.article.text):
                return Resolved(ent, 0.55, "pronoun")
        return self.resolver.pronoun(sent, pron.text, None, pron.start)

    def _phrase_start(self, toks: list[Token], comma: int) -> int | None:
        """The first token of the noun phrase that ends before ``comma``, with a relative
        clause after it ("jene Menschen, die … angewiesen sind"): read back over the phrase's
        words from the comma (or from the comma before the relative clause). None when the
        words hold no noun."""
        end = comma - 1
        k = end
        while k > 0 and toks[k].text not in ",;:–—()":
            k -= 1
        if toks[k].text == "," and k + 1 < end and toks[k + 1].tag in ("PRELS", "APPR"):
            # the phrase before a relative clause: "jene Menschen, die auf … angewiesen sind"
            rel = k + (2 if toks[k + 1].tag == "APPR" else 1)
            if toks[rel].tag != "PRELS":
                return None
            end = k - 1
        lo = end
        while lo >= 0 and toks[lo].tag in NOUN_PHRASE_TAGS and toks[lo].text not in ",;:":
            lo -= 1
        lo += 1
        if lo > end or not any(t.tag == "NN" for t in toks[lo : end + 1]):
            return None
        return lo
