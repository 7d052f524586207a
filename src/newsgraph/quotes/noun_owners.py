"""Speech nouns inside reported speech (``Zu Schellings Argument, es gebe …``): the
owner of the noun speaks the content clause after it."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import BOUNDARY
from newsgraph.quotes.speaker_phrases import SpeakerPhrases
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS


class NounOwners(SpeakerPhrases):
    """The noun-owner pass."""

    def noun_owner_pass(self) -> None:
        """The owner of a speech noun speaks its content ("Zu Schellings Argument, es gebe …",
        "für die Mitterlehner-Aussage, wonach …", "an der Ankündigung des Unternehmens, …
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
                head = toks[k].text.rsplit("-", 1)[-1]
                if head.lower() not in nouns or not head[:1].isupper():
                    continue
                if sent.inside_quote(toks[k].start):
                    continue
                owner, comma = self._noun_owner(sent, k)
                if owner is None or comma is None or owner is f.speaker.entity:
                    continue
                span = self._owned_content(sent, comma + 1, f.end)
                if span is None:
                    continue
                lo, hi = span
                new = Found(
                    "indirect",
                    toks[lo].start,
                    toks[hi - 1].end,
                    Resolved(owner, 0.7, "name"),
                    self._words(toks, k, k),
                    f.sentence,
                    0.6,
                    origin="noun",
                )
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

    def _noun_owner(self, sent: Sentence, k: int) -> tuple[Entity | None, int | None]:
        """The owner of the speech noun at k and the comma that closes its noun phrase: a
        compound's first part ("Mitterlehner-Aussage"), a genitive name before it
        ("Schellings Argument") or a genitive or von-phrase after it ("des Unternehmens")."""
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
                or self.resolver.alias(prev.text, prev.start)  # "Schellings" of Schelling
            )
            if ent is not None and ent.type in ("PER", "ORG"):
                owner = ent
        if k + 1 < len(toks) and toks[k + 1].text == ",":
            comma = k + 1
        elif owner is None and k + 2 < len(toks) and toks[k + 1].lower in ("des", "der", "von"):
            end = self._np_end(sent, k + 2)
            if end < len(toks) and toks[end].text == ",":
                ent, _ = self.resolver.np_entity(sent, k + 2, end, prefer_person=True)
                if ent is not None and ent.type in ("PER", "ORG"):
                    owner, comma = ent, end
        return owner, comma

    def _owned_content(self, sent: Sentence, lo: int, limit: int) -> tuple[int, int] | None:
        """The content clause after a speech noun's comma: "wonach …" (without the word),
        "dass …", a Konjunktiv I clause ("es gebe …") or a zu-infinitive ("… zu schaffen");
        up to a dash, a semicolon or colon, or the end of the quote it lies in."""
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
        clause = toks[lo : next((n for n in range(lo, hi) if toks[n].text == ","), hi)]
        if mood.konj1(clause, self.lex):
            return lo, hi
        return None
