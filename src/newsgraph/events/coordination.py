"""Participants coordinated in the text: names joined by "und", "sowie", "oder", "als auch",
"noch" or listed with commas ("X, Y und Z", "sowohl X als auch Y", "weder X noch Y").

The trained parser often misses or garbles coordination in long sentences; the entity layer
finds the names, and the words between two names tell whether they are members of one list.
Between two members stand only a link (a comma or a coordinator) and the words that open the
next noun phrase: an article or possessive, adjectives, a title ("und Kanzler X", "und der
EU-Außenbeauftragten Y"). A name followed by a bracket keeps the bracket out of the list
("X (SPD) und Y").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from newsgraph.entities.tokens import token_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsgraph.model import Article

COMMA = "comma"
COORD = "coord"
# at most this many words open the next member after its link ("und der neue Kanzler")
MAX_OPENERS = 4
NAME_PARTS = {"flat", "flat:name", "compound"}


def coordinators(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The links of the lexicon as word sequences, longest first ("als auch" before "als")."""
    return tuple(sorted((tuple(w.split()) for w in words), key=len, reverse=True))


class Coordination:
    """Lists of entity mentions in the sentences of one article."""

    def __init__(
        self,
        article: Article,
        links: frozenset[str],
        no_comma: frozenset[str] = frozenset(),
        speaker_pronouns: frozenset[str] = frozenset(),
    ):
        spans = sorted(
            {(m.start, m.end) for ent in article.entities for m in ent.mentions if m.end > m.start}
        )
        self.spans = spans
        self._starts = [s for s, _ in spans]
        self.links = coordinators(links)
        self.speaker_pronouns = speaker_pronouns  # "Huber und ich": the speaker is listed
        # links that follow no list comma: a comma before them closed an apposition
        # ("Der Chef der X, Y, und Z …")
        self.no_comma = {tuple(w.split()) for w in no_comma}
        # session 10: a sentence's members and the links between them, read once per sentence
        # (every argument of every trigger asked again)
        self._lists: dict[tuple[int, int, int, int], tuple[Any, Any, Doc]] = {}

    def _mention_at(self, offset: int) -> tuple[int, int] | None:
        k = bisect_right(self._starts, offset) - 1
        while k >= 0:
            s, e = self.spans[k]
            if s <= offset < e:
                return s, e
            if e <= offset and s < offset - 200:
                break
            k -= 1
        return None

    def _members(self, sent: Span, base: int) -> list[tuple[int, int, int]]:
        """Token ranges of the mentions in ``sent`` that fall on token edges, outside
        brackets, with the start of the last mention of each: mentions next to each other are
        one member ("Kanzler" + "Emil Huber")."""
        doc = sent.doc
        lo, hi = base + sent.start_char, base + sent.end_char
        k = bisect_right(self._starts, lo - 1)
        out: list[tuple[int, int, int]] = []
        depth = _bracket_depths(sent)
        while k < len(self.spans) and self.spans[k][0] < hi:
            s, e = self.spans[k]
            k += 1
            span = doc.char_span(s - base, e - base)
            if span is None or depth[span.start - sent.start]:
                continue
            if out and span.start < out[-1][1]:
                continue  # (a mention inside another one)
            if out and span.start == out[-1][1]:
                out[-1] = (out[-1][0], span.end, span.start)
            else:
                out.append((span.start, span.end, span.start))
        return out

    def coordinated(self, tok: Token, base: int) -> list[tuple[int, int]]:
        """Article offsets of the other members of the list whose member mention holds
        ``tok``; empty when the mention is in no list."""
        doc = tok.doc
        # the head or a part of its name ("Sowohl Huber" parsed as a name with "Huber" flat)
        parts = [tok] + [c for c in tok.children if c.dep_ in NAME_PARTS]
        inside = [t for t in parts if self._mention_at(base + t.idx) is not None]
        sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
        key = (id(doc), sent.start, sent.end, base)
        cached = self._lists.get(key)
        if cached is None or cached[2] is not doc:
            members = self._members(sent, base)
            # links between neighbours: None (no list), COMMA or COORD
            links = [
                self._link(doc, members[k][1], members[k + 1][0]) for k in range(len(members) - 1)
            ]
            self._lists[key] = (members, links, doc)
        else:
            members, links, _ = cached
        if not inside:
            return self._before_phrase(tok, base, members, links)
        here = next(
            (k for k, (a, b, _) in enumerate(members) if any(a <= t.i < b for t in inside)), None
        )
        if here is None:
            return []
        lo = here
        while lo > 0 and links[lo - 1] is not None:
            lo -= 1
        hi = here
        while hi < len(members) - 1 and links[hi] is not None:
            hi += 1
        # a comma joins members only in a list closed by a coordinator ("X, Y und Z"; "X, Y
        # lobte" is no list) — also one whose last member names no entity ("mit X, der
        # Beauftragten Y und den Regierungschefs")
        if not self._closed_after(doc, members[hi][1], sent.end):
            while hi > lo and links[hi - 1] == COMMA:
                hi -= 1
        if hi > lo and self._new_clause(doc, members[lo][0], members[hi][1]):
            # "X kritisierte Y und Z lobte …": the last name opens a clause of its own
            hi -= 1
            while hi > lo and links[hi - 1] == COMMA:
                hi -= 1
        if not lo <= here <= hi or hi == lo:
            return []
        return self._offsets(
            doc, base, [m for k, m in enumerate(members[lo : hi + 1], lo) if k != here]
        )

    @staticmethod
    def _offsets(doc: Doc, base: int, members: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
        return [
            (base + doc[last].idx, base + doc[b - 1].idx + len(doc[b - 1]))
            for _, b, last in members
        ]

    def _before_phrase(
        self,
        tok: Token,
        base: int,
        members: list[tuple[int, int, int]],
        links: list[str | None],
    ) -> list[tuple[int, int]]:
        """A noun phrase naming no entity that closes a list of names ("mit X, der
        Beauftragten Y und den Regierungschefs"), or the speaker's own "ich"/"wir" ("Huber
        und ich haben übereingestimmt"): the names before it."""
        speaker = tok.text.lower() in self.speaker_pronouns and tok.pos_ == "PRON"
        if not speaker and (tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper()):
            return []
        start = tok.i
        while (
            start > 0
            and tok.i - start < MAX_OPENERS
            and tok.doc[start - 1].pos_
            in (
                "DET",
                "ADJ",
                "NUM",
            )
        ):
            start -= 1
        last = next((k for k in range(len(members) - 1, -1, -1) if members[k][1] <= start), None)
        if last is None or self._link(tok.doc, members[last][1], tok.i) != COORD:
            return []
        lo = last
        while lo > 0 and links[lo - 1] is not None:
            lo -= 1
        if self._new_clause(tok.doc, members[lo][0], tok.i + 1):
            return []  # "X kritisierte Y und ich lobte Z"
        return self._offsets(tok.doc, base, members[lo : last + 1])

    def _link(self, doc: Doc, end: int, start: int) -> str | None:
        """How the words between two mentions (token ``end`` up to ``start``) join them."""
        i = end
        if i < start and doc[i].text == "(":  # "X (SPD) und Y"
            close = next((j for j in range(i + 1, start) if doc[j].text == ")"), None)
            if close is None:
                return None
            i = close + 1
        words = [t.text.lower() for t in doc[i:start]]
        kind = None
        if words[:1] == [","]:
            kind, words = COMMA, words[1:]
        for link in self.links:
            if tuple(words[: len(link)]) == link:
                if kind == COMMA and link in self.no_comma:
                    return None  # ", und": the comma closed an apposition
                kind, words = COORD, words[len(link) :]
                break
        if kind is None:
            return None
        openers: list[Token] = list(doc[start - len(words) : start]) if words else []
        if len(openers) > MAX_OPENERS:
            return None
        return kind if _opens_phrase(openers) else None

    def _closed_after(self, doc: Doc, end: int, limit: int) -> bool:
        """Whether a coordinator and the opening of a noun phrase follow token ``end``."""
        i = end
        if i < limit and doc[i].text == "(":
            close = next((j for j in range(i + 1, limit) if doc[j].text == ")"), None)
            if close is None:
                return False
            i = close + 1
        words = [t.text.lower() for t in doc[i : min(limit, i + 3)]]
        for link in self.links:
            if tuple(words[: len(link)]) == link:
                nxt = i + len(link)
                return nxt < limit and _opens_phrase([doc[nxt]])
        return False

    @staticmethod
    def _new_clause(doc: Doc, first: int, end: int) -> bool:
        """Whether a finite verb follows the list right after its last member while another
        finite verb stands before the list in its clause."""
        if end >= len(doc) or not _finite(doc[end]):
            return False
        i = first - 1
        while i >= 0 and doc[i].text not in (",", ";", ":", ".", "(", ")", "„", "“", '"'):
            if _finite(doc[i]):
                return True
            i -= 1
        return False


def _finite(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_.endswith("FIN") or "Fin" in tok.morph.get("VerbForm", [])


def _opens_phrase(toks: list[Token]) -> bool:
    """Words that may open a noun phrase before a name: an article or possessive, then
    adjectives or numbers, then nouns (titles)."""
    stage = 0
    for tok in toks:
        if tok.pos_ in ("DET",) or (tok.pos_ == "PRON" and tok.tag_ == "PPOSAT"):
            if stage > 0:
                return False  # "Angriffe der …": an article after a noun opens a genitive
            stage = 1
        elif tok.pos_ in ("ADJ", "NUM"):
            if stage > 1:
                return False
            stage = 1
        elif tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper():
            stage = 2
        else:
            return False
    return True


def _bracket_depths(sent: Span) -> list[int]:
    texts = token_texts(sent.doc)[sent.start : sent.end]
    if "(" not in texts:
        return [0] * len(texts)
    depth, out = 0, []
    for text in texts:
        if text == "(":
            depth += 1
            out.append(depth)
        elif text == ")":
            out.append(depth)
            depth = max(0, depth - 1)
        else:
            out.append(depth)
    return out
