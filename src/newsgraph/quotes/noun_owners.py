"""Speech nouns inside reported speech (``Zu Hubers Argument, es gebe …``): the
owner of the noun speaks the content clause after it."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.guards import _infinitive_chain
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import BOUNDARY, INFINITIVE_OPENERS, SEPARABLE_ZU_INFINITIVE
from newsgraph.quotes.speaker_phrases import SpeakerPhrases
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS


class NounOwners(SpeakerPhrases):
    """The noun-owner pass."""

    def noun_owner_pass(self) -> None:
        """The owner of a speech noun speaks its content ("Zu Hubers Argument, es gebe …",
        "für die Huber-Aussage, wonach …", "an der Ankündigung des Unternehmens, …
        zu schaffen"): inside reported speech found for somebody else, the content clause after
        the noun is the owner's. The part before the noun stays its speaker's when it is
        reported itself (a Konjunktiv I), else it is the writer's and goes."""
        nouns = self.lex.owned_speech_nouns
        if not nouns:
            return
        for f in list(self.found):
            if f.kind != "indirect" or f.origin == "noun":
                continue
            sent = self.sentences[f.sentence]
            toks = sent.tokens
            inside = [k for k, t in enumerate(toks) if f.start <= t.start and t.end <= f.end]
            for k in inside[:-2]:
                if not _speech_noun(toks[k].text, nouns):
                    continue
                if sent.inside_quote(toks[k].start):
                    continue
                owner, comma = self._noun_owner(sent, k)
                if owner is None or comma is None or owner is f.speaker.entity:
                    continue
                span = self._owned_content(sent, comma + 1, f.end)
                if span is None:
                    continue
                new = self._owned_found(sent, f.sentence, k, owner, span)
                pre = [t for t in toks[:k] if t.start >= f.start]
                if pre and (pre[0].lower in self.lex.complementisers or mood.konj1(pre, self.lex)):
                    # "…, dass die Position der FPÖ, dass …, absurd ist": the noun lies inside
                    # what the speaker reports, whose words those are too
                    break
                # the words before the noun are the writer's: the content is the owner's
                self.found.remove(f)
                held = self.quoted_sentences.get(f.sentence, [])
                if f in held:
                    held.remove(f)
                self.add(new)
                break
        self._writer_noun_owners()

    def _writer_noun_owners(self) -> None:
        """A speech noun in the writer's own sentence whose owner is named right with it and
        whose content follows its comma ("tauchte die Forderung der Wiener SPÖ auf, … das
        Wahlrecht … einzuräumen", "an der Ankündigung des Unternehmens, … Stellen zu schaffen",
        session 36): the content is the owner's reported speech, as inside reported speech
        above. Only a zu-infinitive or a "dass"/"wonach" clause counts (a Konjunktiv clause
        has its own rules), the noun and its content lie in no speech found and no quotation
        marks, and the noun phrase ends at the comma (a separable particle of the verb may
        stand between: "tauchte die Forderung … auf, …")."""
        nouns = self.lex.owned_speech_nouns
        for j, sent in enumerate(self.sentences):
            toks = sent.tokens
            if len(toks) < 6 or sent.quotes:
                continue
            held = self.quoted_sentences.get(j, [])
            for k, tok in enumerate(toks[:-3]):
                if not _speech_noun(tok.text, nouns):
                    continue
                if any(f.start <= tok.start < f.end for f in held):
                    continue
                owner, comma = self._noun_owner(sent, k, particle=True)
                if owner is None or comma is None:
                    continue
                span = self._owned_content(sent, comma + 1, toks[-1].end, clauses_only=True)
                if span is None:
                    continue
                lo, hi = span
                if any(f.start < toks[hi - 1].end and toks[lo].start < f.end for f in held):
                    continue
                self.add(self._owned_found(sent, j, k, owner, span))
                break

    def _owned_found(
        self, sent: Sentence, j: int, k: int, owner: Entity, span: tuple[int, int]
    ) -> Found:
        """The owner's reported speech: the content tokens [lo, hi) of the speech noun at k."""
        toks = sent.tokens
        lo, hi = span
        return Found(
            "indirect",
            toks[lo].start,
            toks[hi - 1].end,
            Resolved(owner, 0.7, "name"),
            self._words(toks, k, k),
            j,
            0.6,
            origin="noun",
        )

    def _noun_owner(
        self, sent: Sentence, k: int, particle: bool = False
    ) -> tuple[Entity | None, int | None]:
        """The owner of the speech noun at k and the comma that closes its noun phrase: a
        compound's first part ("Huber-Aussage"), a genitive name before it
        ("Hubers Argument") or a genitive or von-phrase after it ("des Unternehmens").
        With ``particle`` a separable verb particle may stand before the comma ("tauchte die
        Forderung der SPÖ auf, …")."""
        toks = sent.tokens
        tok = toks[k]
        owner: Entity | None = None
        comma: int | None = None
        if "-" in tok.text:
            prefix = tok.text.rsplit("-", 1)[0]
            ent = self._entity_by_head(prefix, tok.start)
            if ent is not None and ent.type in ("PER", "ORG"):
                owner = ent
        elif k > 0 and toks[k - 1].is_upper and toks[k - 1].text.endswith("s"):
            prev = toks[k - 1]
            ent = (
                self.resolver.index.covering(prev.start, prev.end)
                or self.resolver.index.covering(prev.start, prev.end - 1)
                or self.resolver.alias(prev.text, prev.start)  # "Hubers" of Huber
            )
            if ent is not None and ent.type in ("PER", "ORG"):
                owner = ent
        if k + 1 < len(toks) and toks[k + 1].text == ",":
            comma = k + 1
        elif owner is None and k + 2 < len(toks) and toks[k + 1].lower in ("des", "der", "von"):
            end = self._np_end(sent, k + 2)
            if particle and end + 1 < len(toks) and toks[end].tag == "PTKVZ":
                end += 1  # "tauchte die Forderung der Wiener SPÖ auf, …"
            if end < len(toks) and toks[end].text == ",":
                ent, _ = self.resolver.np_entity(sent, k + 2, end, prefer_person=True)
                if ent is not None and ent.type in ("PER", "ORG"):
                    owner, comma = ent, end
        return owner, comma

    def _owned_content(
        self, sent: Sentence, lo: int, limit: int, clauses_only: bool = False
    ) -> tuple[int, int] | None:
        """The content clause after a speech noun's comma: "wonach …" (without the word),
        "dass …", a Konjunktiv I clause ("es gebe …") or a zu-infinitive ("… zu schaffen",
        "… einzuräumen", with the relative and infinitive clauses that depend on it); up to a
        dash, a semicolon or colon, or the end of the quote it lies in. With ``clauses_only``
        no Konjunktiv clause."""
        toks = sent.tokens
        hi = lo
        while (
            hi < len(toks)
            and toks[hi].end <= limit
            and toks[hi].text not in ("–", "—", ";", ":", ".", "!", "?")
        ):
            hi += 1
        body = toks[lo:hi]
        if len(body) < 3:
            return None
        first = body[0].lower
        if first in ("wonach", "dass", "daß"):
            # the subordinate clause ends after its finite verb
            end = next(
                (
                    n + 1
                    for n in range(lo + 2, hi)
                    if toks[n].tag in FINITE_TAGS and (n + 1 == hi or toks[n + 1].text in BOUNDARY)
                ),
                hi,
            )
            return (lo + 1 if first == "wonach" else lo), end
        zu = next(
            (
                n
                for n in range(lo, hi - 1)
                if toks[n].lower == "zu"
                and toks[n + 1].tag in ("VVINF", "VAINF", "VMINF")
                and (n + 2 == hi or toks[n + 2].text in BOUNDARY)
            ),
            None,
        )
        if zu is not None and not any(t.tag in FINITE_TAGS for t in toks[lo:zu]):
            return lo, zu + 2
        comma = next((n for n in range(lo, hi) if toks[n].text == ","), hi)
        clause = toks[lo:comma]
        if clauses_only:
            if (
                len(clause) >= 2
                and clause[0].lower not in INFINITIVE_OPENERS
                and SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
                and not any(t.tag in FINITE_TAGS for t in clause[:-1])  # the tagger may say VVFIN
            ):
                return lo, _infinitive_chain(toks, comma, hi)  # "…, das Wahlrecht … einzuräumen"
            return None
        if mood.konj1(clause, self.lex):
            return lo, hi
        return None


def _speech_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether a word is a speech noun an owner may hold, alone or as a compound's head
    ("Forderung", "Huber-Aussage")."""
    head = word.rsplit("-", 1)[-1]
    return head.lower() in nouns and head[:1].isupper()
