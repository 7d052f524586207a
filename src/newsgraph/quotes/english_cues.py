"""English speech around a verb cue (``X said (that) …``, ``…, X said.``), the subject of
a ``saying …`` participle, the person in apposition to an ``according to`` phrase and the speaker
of a quotation no cue frames."""

from __future__ import annotations

import re

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.extractor_state import Cue, ExtractorState
from newsgraph.quotes.guards import _is_mark
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.text import Sentence


class EnglishCues(ExtractorState):
    """The English-only rules of the extractor."""

    def _english_apposition_source(self, sent: Sentence, lo: int, hi: int) -> Resolved | None:
        """English ``according to his aunt, Mary Roe, …``, ``according to a spokeswoman, Mary
        Roe, …``: a source phrase that names nobody (a possessive or an article and a noun) and
        a person's name in apposition after its comma is that person, not the owner."""
        toks = sent.tokens
        if self.lex.language != "en" or hi + 2 >= len(toks) or toks[hi].text != ",":
            return None
        if hi - lo < 2 or toks[lo].lower not in ("his", "her", "their", "a", "an", "the"):
            return None
        if any(self.resolver.index.covering(t.start, t.end) for t in toks[lo + 1 : hi]):
            return None
        found = self.resolver.mention_at_token(sent, hi + 1)
        if found is None or found[1].type != "PER":
            return None
        end = found[0]
        if end + 1 >= len(toks) or toks[end + 1].text != ",":
            return None
        return Resolved(found[1], 0.8, "name", at=(hi + 1, end))

    def _participle_subject(self, j: int, sent: Sentence, c: Cue) -> Resolved:
        """English ``X declined …, saying it would …``: the participle's subject is the
        subject that opens the sentence (a name, or he/she), also after a fronted phrase and
        its comma ("After the hearing, X issued a statement, saying …"); not an owner ("Hours
        before X's goals, coach Y expressed …, saying …") and not a name coordinated with
        another ("X and Y disputed …, saying …"). Without one, the cue's own reading, unless
        that is a word after the participle (the subject of its content: "saying they …")."""
        toks = sent.tokens
        fallback = c.speaker
        if fallback.at is not None and fallback.at[0] > c.index:
            fallback = Resolved(None, 0.3, "none")
        k = 1 if toks and toks[0].lower in ("but", "and") else 0
        if k >= c.index or _is_mark(toks[k]):
            return fallback
        starts = [k] + [
            m + 1
            for m in range(k, c.index - 1)
            if toks[m].text == "," and not sent.inside_quote(toks[m].start)
        ]
        for pos in starts:
            if pos >= c.index:
                break
            if toks[pos].lower in ("he", "she"):
                res = self.resolver.pronoun(sent, toks[pos].lower, self.active(j), toks[pos].start)
                res.at = (pos, pos)
                named_after = res.entity is not None and any(
                    toks[pos].end <= m.start < toks[c.index].start for m in res.entity.mentions
                )
                if named_after:
                    res = Resolved(None, 0.3, "none", at=(pos, pos))  # "He urged X to …": not X
                bound = self.resolver.mention_at_token(sent, pos)
                if res.entity is None and bound is not None and bound[1].type == "PER":
                    # the person the entity layer bound the pronoun to
                    return Resolved(bound[1], 0.7, "pronoun", at=(pos, pos))
                return res
            ent, idx = self.resolver.np_entity(
                sent, pos, min(c.index, pos + 7), max_start=min(c.index - 1, pos + 3)
            )
            if ent is None or idx is None or ent.type not in ("PER", "ORG"):
                continue
            if self.resolver.index.covering(toks[idx].start, toks[idx].end) is not ent:
                continue  # "In a letter to the president, …": a role noun, not the subject
            end = idx
            while (
                end + 1 < c.index
                and self.resolver.index.covering(toks[end + 1].start, toks[end + 1].end) is ent
            ):
                end += 1
            owner = toks[end].text.endswith(("’s", "'s", "s’", "s'")) or (
                end + 1 < c.index and toks[end + 1].text in ("’s", "'s", "’", "'")
            )
            if owner:
                continue  # "Hours before X's performance, …": not the subject
            if end + 2 < c.index and toks[end + 1].lower == "and" and toks[end + 2].is_upper:
                return Resolved(None, 0.4, "none", at=(idx, end + 2))  # "X and Y disputed"
            return Resolved(ent, 0.75, "name", at=(idx, end))
        return fallback

    def _english_content(self, sent: Sentence, c: Cue) -> tuple[int, int] | None:
        """English reported speech around a verb cue (``quotes/english.py``): ``X said (that)
        …`` and ``X told Y (that) …`` (the content after the verb), ``…, X said.`` and ``…, said
        X, the Y of Z.`` (the clause before), ``…, X said, …`` (the whole sentence)."""
        toks = sent.tokens
        e = c.entry
        if c.kind != "verb" or e is None or e.quote_only or c.bracket or e.weight < 0.6:
            return None
        lex = self.lex
        if e.lemma in lex.content_clause.get("no_content_verbs", frozenset()):
            return None  # "asked", "promised to": no content clause
        # a cue after its content takes only verbs that report a statement
        closing = e.lemma in lex.content_clause.get("bare_verbs", frozenset())
        i, n = c.index, len(toks)
        prev = toks[i - 1].lower.replace("’", "'") if i > 0 else ""
        if prev in lex.content_clause.get("not_after", frozenset()) or prev.endswith("'s"):
            return None  # "was told", "to say", "That said", "doctor's reports"
        inside = sent.inside_quote

        def clause_before(end: int) -> bool:
            return (
                end >= 2
                and not (end == 2 and toks[1].lower in lex.verb_forms)  # "He said, she said"
                and not inside(toks[0].start)
                and not _is_mark(toks[0])
                and english.is_clause(toks[:end], lex, across=True)
            )

        if prev == ",":
            if toks[i].lower.endswith("ing"):
                # "…, saying it would depend on …": the participle's content follows
                k = english.content_after(toks, c.last, e.lemma, lex, inside)
                return (k, n) if k is not None else None
            that = c.last + 1 < n and toks[c.last + 1].lower in ("that", "whether")
            if closing and clause_before(i - 1) and not that:
                # ("…, a retired teacher who …, said that …": the content follows "that")
                if english.subject_after(toks, c.last, lex):
                    return (0, i - 1)  # "…, said Monica de Bolle, a senior fellow at X."
                return None
            k = english.content_after(toks, c.last, e.lemma, lex, inside)
            return (k, n) if k is not None else None  # "X, R-Texas, said the death is …"
        lo = english.subject_before(toks, i, lex)
        if lo is None:
            return None
        k = english.content_after(toks, c.last, e.lemma, lex, inside)
        if k is not None:
            if english.subordinate(toks[lo], lex):
                # "Although X suggested Y may …, Z told …": the content ends with the clause
                stop = next((m for m in range(k, n) if toks[m].text == ","), n)
                return (k, stop)
            return (k, n)
        before = lo - 1
        while before > 0 and _is_mark(toks[before]):
            before -= 1
        if (
            closing
            and before > 0
            and toks[before].text == ","
            and not english.subordinate(toks[lo], lex)
            and not any(t.lower in english.RELATIVES for t in toks[lo:i])
            and not inside(toks[0].start)
            and english.nothing_after(toks, c.last, e.lemma, lex)
            and not (toks[lo].lower in ("a", "an") and toks[i].lower.endswith("ed"))
        ):  # not "…, a deal announced at …"
            comma = next(
                (m for m in range(c.last + 1, min(n, c.last + 9)) if toks[m].text == ","), None
            )
            if comma is not None and comma + 1 < n and english.goes_on(toks, comma + 1, lex):
                return (0, n)  # "Many of the prisons, she said, are aging …"
            if clause_before(before):
                return (0, lo)  # "Selling a product is difficult, Baker said."
        return None

    def _english_uncued_speaker(self, start: int, end: int, ent: Entity) -> Entity | None:
        """English: the speaker of a quotation no cue frames, or nobody: not a place
        ("Air pollution in Delhi remains “unhealthy”"), not a person the quotation itself names
        ("“We all miss Sam so much,” X weighed in"), and nobody for a paragraph that is only a
        quotation without a sentence's end (a title or a heading: "“Wild Rose”", "6. “The …
        problem”", "“… prevent the evacuation of the civilians”")."""
        if ent.type == "LOC":
            return None
        if any(start <= m.start < end for m in ent.mentions):
            return None
        text = self.article.text
        block = next((b for b in self.article.blocks if b.start <= start < b.end), None)
        if block is None:
            return ent
        para = re.sub(r"^\d+\.\s*", "", text[block.start : block.end].strip())
        quote = text[start:end].strip()
        if len(para) <= len(quote) + 4 and not re.search(r"[.!?…][\"”’']*$", para):
            return None
        return ent
