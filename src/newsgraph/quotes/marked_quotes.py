"""Stretches in quotation marks: direct or partial quotes, their speaker (the governing
cue, a cue elsewhere in the sentence, the current source, a label), titles in quotation marks
that are no quotes, editor's notes inside quoted words, the heading quotes that the body repeats,
and the Quote objects made from what was found."""

from __future__ import annotations

import re

from newsgraph.model import Entity, EntityRef, Quote
from newsgraph.quotes.english_cues import EnglishCues
from newsgraph.quotes.extractor_state import Cue, Found
from newsgraph.quotes.guards import _is_mark, has_words
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import FUNCTION_WORDS, HEADING_TYPES, WEB_ADDRESS
from newsgraph.quotes.text import _DOUBLE, _GUILLEMETS, _SINGLE, QuoteMarks, Sentence

ENGLISH_NAME_WORDS = frozenset(["of", "on", "the", "for", "and", "to"])
# the marks of a quotation inside a quotation, and the double marks of an outer one (the
# families the quotation-mark pairing knows)
INNER_MARKS = _SINGLE
DOUBLE_MARKS = _DOUBLE + _GUILLEMETS
NAME_PREFIXES = ("sogenannt", "so genannt", "genannt", "titel", "motto", "hashtag", "slogan")


class MarkedQuotes(EnglishCues):
    """Quotation-marked spans and the quotes made of what was found."""

    def editor_note(self, j: int, sent: Sentence) -> bool:
        """ "Zu viele … können …, und die Gesellschaft (die X, Anm. d. Red.) ist …": an editor
        annotates only quoted words, so the sentence is direct speech, of the subject of the
        sentence before (or the current speaker)."""
        if not any(note in sent.text for note in self.lex.editor_notes) or j == 0:
            return False
        prev = self.sentences[j - 1]
        toks = prev.tokens
        stop = next((i for i, t in enumerate(toks) if t.text in ",:;"), len(toks))
        ent, _ = self.resolver.np_entity(prev, 0, stop, prefer_person=False)
        if ent is None:
            ent = self.active(j)
        sp = Resolved(ent, 0.5, "continuation") if ent else Resolved(None, 0.3, "none")
        self.add(
            Found("direct", sent.tokens[0].start, sent.tokens[-1].end, sp, None, j, 0.4, "note")
        )
        return True

    def marked_quote(
        self, j: int, sent: Sentence, q: object, cues: list[Cue], heading: bool
    ) -> None:
        from newsgraph.quotes.text import QuoteMarks

        assert isinstance(q, QuoteMarks)
        text = self.article.text
        a, b = q.inner
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            return
        content = text[a:b]
        before = text[sent.start : q.open].strip()
        after = text[q.close + 1 : sent.end].strip()
        at_start = before == "" or before.endswith(":") or before[-1:] in '„»«"“'
        ends_ok = (
            after == ""
            or after[:1] in ".!?;,)–—-:"
            or after[:1] in '“”"«»'
            or content[-1:] in ",!?"
        )
        words = re.findall(r"\w+", content)
        kind = "direct" if at_start and ends_ok else "partial"
        if kind == "direct" and before.endswith(":") and len(words) <= 3 and content[:1].islower():
            kind = "partial"
        lowered = before.lower()
        if kind == "partial":
            if lowered.endswith(NAME_PREFIXES) or any(
                lowered.endswith(p + " ") for p in NAME_PREFIXES
            ):
                return
            content_words = [w for w in words if w.lower() not in FUNCTION_WORDS]
            if (
                content_words
                and all(w[:1].isupper() or w[:1].isdigit() for w in content_words)
                and not heading
                and not (self._lead_line(sent) and ":" in before)  # "Sprecher: … „…“"
                and not self._governing_cue(sent, q, cues)
            ):
                return  # a name or a title in quotation marks („Chefkoch“, „Besondere Leistungen“)
            if not cues and not heading and not before.endswith(":") and not self._lead_line(sent):
                return
        speaker, cue_words = self._marked_speaker(j, sent, q, cues, kind, heading, before)
        conf = (0.9 if kind == "direct" else 0.85) * (0.5 + 0.5 * speaker.confidence)
        self.add(Found(kind, a, b, speaker, cue_words, j, conf, "marks"))

    def _governing_cue(self, sent: Sentence, q: QuoteMarks, cues: list[Cue]) -> bool:
        """A speech verb whose clause runs into the quote ("sprach von „…“", "nannte es „…“")
        or that follows its closing mark ("„…“, sagte er")."""
        toks = sent.tokens
        after = next((i for i, t in enumerate(toks) if t.start > q.close), len(toks))
        for c in cues:
            if c.kind not in ("verb", "so"):
                continue
            e = c.entry
            weak = e is not None and e.weight < 0.6 and not e.quote_only
            if weak and e is not None and e.lemma not in self.lex.nominal_cues:
                continue
            between = toks[after : c.index]
            if after <= c.index <= after + 2 and all(t.text in ',“”"«»' for t in between):
                return True
            _lo, hi = self.clause_bounds(sent, c.index)
            if c.index < after and hi < len(toks) and toks[hi].start == q.open:
                return True
        return False

    def inner_marks(self, sent: Sentence, q: QuoteMarks) -> bool:
        """Single marks inside unmarked speech whose post-posed cue follows ("Es ist ein
        bisschen so, als ob man ein ‚geheimes Passwort‘ besitzt, erklärt die IWF."): the inner
        marks of a quotation whose outer marks the text lost (10kGNAD prints speech without its
        double marks but keeps the single ones), so the sentence is read as unmarked speech.
        Only in German, single marks around at most four words, with words before them in the
        sentence, no double marks in the sentence, and a comma followed by a verb of saying
        after them."""
        text = self.article.text
        if self.lex.language != "de":
            return False  # English prints its outer quotes in single marks
        if text[q.open] not in INNER_MARKS or any(m in sent.text for m in DOUBLE_MARKS):
            return False
        if len(re.findall(r"\w+", text[q.open + 1 : q.close])) > 4:
            return False
        toks = sent.tokens
        if not any(t.is_word and t.end <= q.open for t in toks):
            return False
        return any(
            toks[k - 1].text == ","
            and toks[k].start > q.close
            and toks[k].lower in self.lex.verb_forms
            and not sent.inside_quote(toks[k].start)
            for k in range(1, len(toks))
        )

    def _title_quote(self, sent: Sentence, q: QuoteMarks) -> bool:
        """A name or title in quotation marks: die Zeitung „The Sun“, im „Spiegel“."""
        content = self.article.text[q.open + 1 : q.close]
        if WEB_ADDRESS.fullmatch(content.strip()):
            return True  # „tt.com“, „www.example.de“: an address, not speech
        words = re.findall(r"\w[\w-]*", content)
        if not words or len(words) > 5:
            return False
        before = [t for t in sent.tokens if t.end <= q.open][-2:]
        prev = before[-1].lower if before else ""
        if any(
            prev.endswith(n) and len(n) >= 4 and len(prev) > len(n) + 2
            for n in self.lex.title_nouns
        ):
            return True  # a compound of a title noun: der Kurzfilm „Alles wird gut“
        if not all(
            w[:1].isupper()
            or w[:1].isdigit()
            or w.lower() in FUNCTION_WORDS
            or w.lower() in ENGLISH_NAME_WORDS
            for w in words
        ):
            return False
        if len(words) > 1 and any(w in ENGLISH_NAME_WORDS for w in words):
            return True  # „Times of London“, „The Independent on Sunday“: an English name
        if not before:
            return False
        return prev in self.lex.title_nouns or (
            prev in self.lex.title_articles
            and len(words) >= 1
            and words[0][:1].isupper()
            and (len(before) < 2 or before[0].lower not in self.lex.verb_forms)
        )

    def _marked_speaker(
        self,
        j: int,
        sent: Sentence,
        q: object,
        cues: list[Cue],
        kind: str,
        heading: bool,
        before: str,
    ) -> tuple[Resolved, str | None]:
        from newsgraph.quotes.text import QuoteMarks

        assert isinstance(q, QuoteMarks)
        toks = sent.tokens
        after_idx = next((i for i, t in enumerate(toks) if t.start > q.close), len(toks))
        before_idx = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= q.open), -1)
        # a cue right after the closing mark: „…“, sagte X / „…“, so X
        for c in cues:
            if (
                c.kind in ("verb", "so")
                and after_idx <= c.index <= after_idx + 2
                and all(t.text in ',“”"«»' for t in toks[after_idx : c.index])
            ):
                return c.speaker, c.words
        # X sagte: „…“ / sprach von „…“ / beurteilte … als „…“ — the nearest verb cue before
        prior = [c for c in cues if c.kind in ("verb", "so") and c.index <= before_idx]
        if prior:
            c = prior[-1]
            return c.speaker, c.words
        # a "…“, sagte er" cue further on in the same sentence
        later = [c for c in cues if c.kind in ("verb", "so") and c.index > before_idx]
        if later:
            return later[0].speaker, later[0].words
        if cues:
            return cues[0].speaker, cues[0].words
        # "Jan Maier: „…“" / a heading that names its speaker
        if before.endswith(":") or heading or self._lead_line(sent):
            ent = None
            if before.endswith(":"):
                # "X zur Frage: „…“, Stürmer Y: „…“": the label right before this colon
                lo = before_idx
                while lo > 0 and not (toks[lo - 1].text in ",;" or _is_mark(toks[lo - 1])):
                    lo -= 1
                ent, _ = self.resolver.np_entity(sent, lo, max(0, before_idx + 1))
            if ent is None:
                ent, _ = self.resolver.np_entity(sent, 0, max(0, before_idx + 1))
            if ent is None and heading and self.lex.language == "en":
                # "‘He died in my hands’: 3 … killed in clashes with Bolivia's police": an
                # English headline names its speaker right after the colon ("‘…’: Lynn says"),
                # a person; a name further on is what the story is about
                k = after_idx + (after_idx < len(toks) and toks[after_idx].text == ":")
                found = self.resolver.mention_at_token(sent, k) if k < len(toks) else None
                if found is not None and found[1].type == "PER":
                    ent = found[1]
            elif ent is None and heading:
                ent, _ = self.resolver.np_entity(sent, 0, len(toks))
            if ent is not None:
                return Resolved(ent, 0.7, "heading"), None
        # continuation: „…“, sagte Maier. „Und …“
        if (
            kind == "direct"
            and j - 1 in self.quoted_sentences
            and self.sentences[j - 1].segment == sent.segment
        ):
            prev = self.quoted_sentences[j - 1][-1]
            if prev.kind in ("direct", "partial") and prev.speaker.entity is not None:
                return Resolved(prev.speaker.entity, 0.8, "continuation"), prev.cue
        act = self.active(j)
        if act is not None and kind == "direct":
            return Resolved(act, 0.5, "continuation"), None
        return Resolved(None, 0.3, "none"), None

    def heading_speakers(self) -> None:
        """A quote in a heading or lead line without a speaker takes the speaker of the body
        quote that repeats its words ("Sprecher: … „Schande von Idomeni“" → the body's source)."""
        text = self.article.text
        for f in self.found:
            if f.speaker.entity is not None or f.origin != "marks":
                continue
            sent = self.sentences[f.sentence]
            if sent.block_type not in HEADING_TYPES and not self._lead_line(sent):
                continue
            words = text[f.start : f.end].casefold()
            for g in self.found:
                if g is f or g.speaker.entity is None or g.start < f.end:
                    continue
                if words in text[g.start : g.end].casefold():
                    f.speaker = Resolved(g.speaker.entity, 0.6, "heading")
                    f.cue = g.cue
                    break
            if f.speaker.entity is None:
                # "Biochemiker plädierte für …, weil „…“", "„…“, sagt der frühere Kandidat":
                # the headline's role noun is the person the lead names first
                role = next(
                    (
                        t
                        for t in sent.tokens
                        if t.is_upper
                        and (
                            t.end <= f.start
                            # after the quote only as the subject of its cue: "„…“, sagt
                            # der frühere Kandidat"
                            or (f.cue is not None and f.end < t.start <= f.end + 40)
                        )
                        and not sent.inside_quote(t.start)
                        and self.lex.is_role_noun(t.text)
                    ),
                    None,
                )
                if role is not None:
                    lead = self._lead_person(f.sentence)
                    if lead is not None:
                        f.speaker = Resolved(lead, 0.5, "heading")
                        f.cue = role.text

    def _lead_person(self, j: int) -> Entity | None:
        """The first person named in the two sentences after heading sentence ``j``."""
        for sent in self.sentences[j + 1 : j + 3]:
            people = [
                e
                for _s, _e, e in self.resolver.index.starting_in(sent.start, sent.end)
                if e.type == "PER"
            ]
            if people:
                return people[0]
        return None

    def quotes(self) -> list[Quote]:
        out = self._quotes()
        self.resolver.adopt_institutions({q.speaker.id for q in out if q.speaker is not None})
        return out

    def _over_own_cue(self) -> set[int]:
        """Direct speech that runs over the cue of a shorter direct quote inside it with a
        named speaker ("Steiner zeigte sich beeindruckt: In dem Spiel war … Qualität, meinte
        er." read by a colon frame as one quote beside "…, meinte er"): the ids of the longer
        ones (session 25)."""
        direct = [f for f in self.found if f.kind == "direct"]
        out: set[int] = set()
        for a in direct:
            for b in direct:
                if b is a or b.speaker.entity is None or not b.cue:
                    continue
                if a.start <= b.start and b.end < a.end and b.sentence == a.sentence:
                    tail = self.article.text[b.end : a.end]
                    if b.cue.split()[0] in tail:
                        out.add(id(a))
        return out

    def _quotes(self) -> list[Quote]:
        out: list[Quote] = []
        seen: set[tuple[int, int, str]] = set()
        over = self._over_own_cue()
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            key = (f.start, f.end, f.kind)
            if key in seen or id(f) in over or not has_words(self.article.text[f.start : f.end]):
                continue  # (a link or an author's sigil says nothing: session 30)
            seen.add(key)
            sent = self.sentences[f.sentence]
            ent = f.speaker.entity
            if ent is not None and f.cue is None and self.lex.language == "en":
                ent = self._english_uncued_speaker(f.start, f.end, ent)
            out.append(
                Quote(
                    kind=f.kind,  # type: ignore[arg-type]
                    text=self.article.text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    speaker=EntityRef(id=ent.id, name=ent.name) if ent is not None else None,
                    cue=f.cue,
                    sentence=sent.text,
                    confidence=round(max(0.05, min(1.0, f.confidence)), 3),
                )
            )
        return out
