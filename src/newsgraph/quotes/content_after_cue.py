"""The content clause after a verb cue (``sagte, dass …``, ``kündigte an, … zu …``,
``sagt X, die Ausgaben könnten …``) and where it ends; the colons after a cue that open nobody's
words."""

from __future__ import annotations

from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Cue
from newsgraph.quotes.guards import (
    _has_finite,
    _has_finite_tag,
    _infinitive_chain,
    _is_mark,
    _konj1_verb_second,
    _past,
)
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.rule_words import (
    AUXILIARIES,
    BOUNDARY,
    FUNCTION_WORDS,
    INFINITIVE_OPENERS,
    MODALS,
    REFLEXIVE_NOT_SAYING,
    RELATIVE_PRONOUNS,
    SEPARABLE_ZU_INFINITIVE,
    SUBORDINATORS,
    WERDEN_FORMS,
    WH_WORDS,
)
from newsgraph.quotes.speech_kind import SpeechKind
from newsgraph.quotes.text import Sentence, Token
from newsgraph.quotes.verb_cues import VerbCues
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

VERB_PARTICLES = grammar("verb_particles")
REFLEXIVE_ATTITUDE = grammar("reflexive_attitude_verbs")
REFLEXIVE_FINDINGS = grammar("reflexive_findings")
OBJECT_CONTENT_ONLY = grammar("object_content_only")
# the lexicon weight of a verb that surely marks speech (sagen, erklären, angeben: 0.9 by default;
# stance verbs such as "sich stark machen", "sich bekennen" carry 0.7)
SURE_SPEECH = 0.8


class ContentAfterCue(VerbCues, SpeechKind):
    """Content after the cue."""

    def _detached_after(self, sent: Sentence, c: Cue, after_start: int) -> bool:
        """The content after an inverted cue ("…, sagte X und fügte hinzu, …") hangs on a second
        predicate joined by "und" or on a dash, not on the cue itself: between the cue's words
        and the content's comma stand "und"/"–" and more words. Only for a cue right after a
        comma, so that the speech before it is a clause of its own."""
        toks = sent.tokens
        if c.index == 0 or toks[c.index - 1].text != ",":
            return False
        between = toks[c.last + 1 : after_start - 1]
        joint = next(
            (k for k, t in enumerate(between) if t.lower == "und" or t.text in ("–", "-")), None
        )
        return joint is not None and joint + 1 < len(between)

    def _content_after_subject(
        self, sent: Sentence, c: Cue, before: str | None = None
    ) -> tuple[tuple[int, int], str] | None:
        """The speech after an inserted cue: "…, sagt X, die Ausgaben könnten …" (Konjunktiv →
        indirect), "…, meinte X – aber das hilft uns nicht" (first person → direct). The clause
        must follow the subject at once, after a comma or a dash, and have a subject of its own
        (no "…, sagte X und verwies auf …", no relative clause, no "…, sagte X, als …").
        ``before``: the kind of the speech before the cue; after direct speech an indicative
        main clause goes on with it ("Wir haben gekämpft, sagte er, aber jetzt werden auch die
        Oligarchen zahlen": the writer would have ended the sentence at the cue)."""
        toks = sent.tokens
        at = c.speaker.at
        if at is None and c.index > 0 and toks[c.index - 1].text == ",":
            # "…, sagten die Klubobleute, man habe …": an unnamed subject right after the verb
            q = c.last + 1
            while q < min(len(toks), c.last + 7) and toks[q].text not in BOUNDARY:
                if toks[q].tag in FINITE_TAGS or _is_mark(toks[q]):
                    break
                q += 1
            if c.last + 1 < q < len(toks) and toks[q].text == "," and toks[c.last + 1].is_word:
                at = (c.last + 1, q - 1)
        if at is None or at[0] <= c.index or c.last + 1 != at[0]:
            return None
        p = at[1] + 1
        while (
            p < min(len(toks), at[1] + 6)
            and toks[p].text not in BOUNDARY
            and toks[p].is_word
            and toks[p].tag not in FINITE_TAGS
            and toks[p].lower not in SUBORDINATORS
            and toks[p].lower not in ("und", "oder")
        ):
            p += 1  # "…, sagte er in Brüssel, aber …", "…, kündigte X an, aber …": the cue's rest
        if p + 2 >= len(toks) or toks[p].text not in (",", "–", "—"):
            return None
        k = p + 1
        joined = toks[k].lower in ("aber", "und", "doch", "denn", "sondern")
        if joined:
            k += 1
        first = toks[k]
        nxt = toks[k + 1]
        v2 = nxt.tag in FINITE_TAGS or nxt.lower in AUXILIARIES | MODALS | self.lex.konj1
        if (
            not first.is_word
            or sent.inside_quote(first.start)
            or first.lower in SUBORDINATORS
            or first.lower in self.lex.complementisers
            or first.lower in WH_WORDS
            or (not first.is_upper and (first.tag in FINITE_TAGS or first.lower in AUXILIARIES))
            or (
                first.lower in DEFINITE | {"welche", "welcher", "dessen", "deren"}
                and not nxt.text[:1].isupper()
                and not joined
                and not v2
                and not _konj1_verb_second(toks[k:], self.lex)
            )
        ):
            return None
        end = len(toks)
        while end > k and toks[end - 1].text in ".!?":
            end -= 1
        body = toks[k:end]
        if len(body) < 3 or not _has_finite(body) or any(_is_mark(t) for t in body):
            return None
        if any(t.text == ":" for t in body) or any(
            self._third_party_cue(sent, x) for x in range(k, end)
        ):
            return None  # "…, meinte X, und Y ergänzte: …": a cue of its own
        if mood.konj1(body, self.lex) or mood.konj2(body, self.lex, use_tagger=True):
            return (p + 1, end), "indirect"
        if mood.first_person(body, self.lex):
            return (p + 1, end), "direct"
        if (
            before == "direct"
            and toks[p + 1].lower != "und"  # "…, sagen sie, und wieder ziehen sie …": narration
            and not any(_past(t) for t in self._main_clause(body))  # "…, sagte sie, sie suchte …"
            and self._verb_second_main(body)
            and self._kind_unquoted(sent, (k, end)) == "direct"
        ):
            return (p + 1, end), "direct"
        return None

    def _plain_statement_after(self, body: list[Token]) -> bool:
        """An indicative main clause after a pre-posed cue that surely marks speech (the caller
        asks for weight ``SURE_SPEECH``: not "hatte sich für … stark gemacht, zuletzt scheint …"
        nor "bekennt sich … schuldig, mehr will er …") and its comma is the speaker's words only
        in the present: a past tense there is the writer's narration ("X schrieb ständig
        darüber, daneben hatte man …, aber die Verbindung wurde nicht hergestellt")."""
        return not any(_past(t) for t in self._main_clause(body))

    def _verb_second_main(self, toks: list[Token]) -> bool:
        """An indicative main clause: a finite verb within the first four words, before any
        comma and after no subordinator ("jetzt werden auch die Oligarchen zahlen", "privat ist
        die Verwechslung …"), not an apposition with a relative clause ("Chef der Firma, die …")
        nor the rest of a name with a coordination ("Gesellschaft für Architektur, Planung und
        Design mbH, die …": the tagger may read "mbH" as a verb)."""
        for t in toks[1:5]:
            if (
                t.text in BOUNDARY
                or t.lower in SUBORDINATORS
                or t.tag in ("PRELS", "PRELAT", "KON")
                or t.lower in ("und", "oder", "sowie")
            ):
                return False
            if t.tag in FINITE_TAGS and t.text.isalpha() and t.text.islower():
                return t.mood != "Sub"
        return False

    def _retold(self, sent: Sentence, span: tuple[int, int], kind: str, c: Cue) -> str:
        """ "Das Beispiel hat X oft erzählt: Eine Firma musste …": a third-person story in the
        past tense after a verb of narrating and a colon is the writer's retelling."""
        body = sent.tokens[span[0] : span[1]]
        if (
            kind == "direct"
            and c.entry is not None
            and c.entry.lemma in self.lex.narrative_verbs
            and not mood.first_person(body, self.lex)
            and any(_past(t) for t in self._main_clause(body))
        ):
            return "indirect"
        return kind

    def _after_cue(self, sent: Sentence, c: Cue) -> tuple[tuple[int, int], str] | None:
        toks = sent.tokens
        k = c.last + 1
        if (
            self.lex.language == "en"
            and k < len(toks)
            and toks[k].lower in self.lex.complementisers
        ):
            return (k, len(toks)), "indirect"  # "she said that …"
        # the cue clause may run on through adverbials ("sagten X und Y am Rande des Spiels …
        # in einem TV-Interview, sie hielten …"), but holds no finite verb of its own
        while k < len(toks) and toks[k].text not in ",:;" and k - c.last < 25:
            if _is_mark(toks[k]) or (k - c.last >= 12 and toks[k].tag in FINITE_TAGS):
                return None
            k += 1
        if k - c.last >= 12 and _has_finite_tag(toks[c.last + 1 : k]):
            return None
        if k >= len(toks) or toks[k].text not in ",:" or k + 1 >= len(toks):
            return None
        if sent.inside_quote(toks[k + 1].start) or _is_mark(toks[k + 1]):
            return None
        end = len(toks)
        while end > k + 1 and toks[end - 1].text in ".!?":
            end -= 1
        body = toks[k + 1 : end]
        if len(body) < 2:
            return None
        if toks[k].text == ":":
            if self._no_speech_before_colon(sent, c):
                return None
            span = (k + 1, len(toks))
            return span, self._retold(sent, span, self._kind_unquoted(sent, span), c)
        colon = next(
            (
                i
                for i in range(k + 1, end)
                if toks[i].text == ":" and not sent.inside_quote(toks[i].start)
            ),
            None,
        )
        explains = colon is not None and self._explains_clause(sent, c.last, colon)
        if colon is not None and colon - k > 3 and not explains:
            end = colon  # "…, er habe …: Ich war machtlos." — the colon opens the next part
        first = toks[k + 1].lower
        sub_end = k + 1
        while sub_end < len(toks) and toks[sub_end].text not in ",;:–—":
            sub_end += 1
        while sub_end > k + 1 and toks[sub_end - 1].text in ".!?":
            sub_end -= 1
        clause = toks[k + 1 : sub_end]
        if first in self.lex.complementisers:
            return (k + 1, self._before_postposed_cue(sent, k + 2, end)), "indirect"
        if first in INFINITIVE_OPENERS and (
            any(t.lower == "zu" for t in clause) or SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
        ):
            return None  # "…, sagte X, ohne auf Details einzugehen": how X spoke, not what
        if mood.konj1(clause, self.lex) or mood.konj2(clause, self.lex, use_tagger=True):
            return (k + 1, end), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 2
            and clause[-2].lower == "zu"
            and clause[-1].text[:1].islower()
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 3
            and clause[-1].text[:1].islower()
            and any(t.lower == "zu" for t in clause[-3:-1])
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and len(clause) >= 2
            and SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
        ):
            return (k + 1, _infinitive_chain(toks, sub_end, end)), "indirect"  # "…, X aufzuheben"
        if (
            c.entry is not None
            and c.entry.weight >= SURE_SPEECH
            and c.speaker.entity is not None
            and toks[c.clause[0]].lower not in ("wie", "as")
            and toks[k].text == ","
            and len(clause) >= 3
            and clause[0].is_word
            and not clause[0].is_upper
            and clause[0].lower not in FUNCTION_WORDS | SUBORDINATORS
            and (clause[1].tag in FINITE_TAGS or clause[1].lower in MODALS)
            and not clause[1].is_upper
            and self._plain_statement_after(toks[k + 1 : end])
        ):
            # "…, gaben X und Y an, letzteres kann so sein, …": an indicative main clause after
            # the cue is unquoted direct speech (as 10kGNAD prints it)
            span = (k + 1, end)
            return span, self._kind_unquoted(sent, span)
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and toks[k].text == ","
            and sub_end + 2 < end
            and toks[sub_end].text == ","
            and not (c.index > 0 and toks[c.index - 1].text == ",")  # content stands before
            and clause[0].lower not in RELATIVE_PRONOUNS
            and not _has_finite(clause)
            and not any(t.lower == "zu" for t in clause)
        ):
            # "er mahnt Regierung, Länder und Gemeinden, an einem Strang zu ziehen", "sagte X,
            # Professorin für …, die Preise seien …": a verbless enumeration or apposition
            # comes before the content; only a content clause after it counts
            rest = toks[sub_end + 1 : end]
            nxt = sub_end + 1
            while nxt < end and toks[nxt].text not in ",;:–—":
                nxt += 1
            inner = toks[sub_end + 1 : nxt]
            if rest[0].lower in self.lex.complementisers or mood.konj1(inner, self.lex):
                return (sub_end + 1, end), "indirect"
            if (
                len(inner) >= 2
                and inner[0].lower not in INFINITIVE_OPENERS  # "…, um … zu ermöglichen": a purpose
                and (inner[-2].lower == "zu" or SEPARABLE_ZU_INFINITIVE.match(inner[-1].text))
            ):
                return (sub_end + 1, _infinitive_chain(toks, nxt, end)), "indirect"
        if (
            c.entry is not None
            and c.entry.weight >= 0.6
            and toks[k].text == ","
            and sub_end < end
            and toks[sub_end].text == ","
            and clause
            and not (c.index > 0 and toks[c.index - 1].text == ",")
            and (clause[0].lower not in RELATIVE_PRONOUNS or clause[0].tag == "ART")
            and not _has_finite(clause)
            and not any(t.lower == "zu" for t in clause)
        ):
            interrupted = self._interrupted_content(toks, sub_end, end)
            if interrupted is not None:
                return (k + 1, interrupted), "indirect"
        return None

    def _before_postposed_cue(self, sent: Sentence, lo: int, end: int) -> int:
        """The end of a content clause that a post-posed cue of the whole sentence closes:
        "Mein Mann hat mir gesagt, dass wir uns zu Hause sehen, …, sagt Aysha und kann kaum die
        Tränen zurückhalten" — a comma, a finite verb of saying and its subject (a capitalised
        word or a pronoun) after it are the cue of the sentence's direct speech, not part of
        what the first verb's subject said (session 29)."""
        toks = sent.tokens
        for m in range(lo, end - 2):
            verb = toks[m + 1]
            if toks[m].text != "," or verb.is_upper or verb.tag not in FINITE_TAGS:
                continue
            if sent.inside_quote(verb.start) or self._verb_entry(sent, m + 1)[0] is None:
                continue
            subject = toks[m + 2]
            if subject.is_upper or subject.lower in ("er", "sie"):
                return m
        return end

    def _interrupted_content(self, toks: list[Token], sub_end: int, end: int) -> int | None:
        """The end of a content clause after the cue whose first part, a noun phrase, is
        interrupted by an apposition or a relative clause ("gibt an, Stellungen von
        Terroristen, vor allem des IS, zu bombardieren", "kündigte an, das Geschäft (CEE), das
        …, abzuziehen", "werfen X vor, ihre Vorgangsweise, insbesondere …, habe … geführt"): a
        later part that opens with a Konjunktiv I verb, or that closes with a zu-infinitive,
        continues the first. A part that opens with "um"/"ohne" (a purpose) or any other main
        clause ends the search."""
        parts: list[tuple[int, int]] = []
        lo = sub_end + 1
        while lo < end:
            hi = lo
            while hi < end and toks[hi].text not in ",;:–—":
                hi += 1
            parts.append((lo, hi))
            if hi >= end or toks[hi].text != ",":
                break
            lo = hi + 1
        for lo, hi in parts:
            part = toks[lo:hi]
            if not part:
                return None
            head = part[0]
            if head.is_word and not head.is_upper and mood.konj1(part[:1], self.lex):
                return end  # "…, habe zur Ablehnung geführt": the verb of the first part
            if head.lower in INFINITIVE_OPENERS or head.lower in SUBORDINATORS - {"wie"}:
                return None
            if (head.lower == "zu" and len(part) >= 2) or SEPARABLE_ZU_INFINITIVE.match(head.text):
                # "…, zu bombardieren", "…, abzuziehen und …": the infinitive itself opens the
                # part, so the noun phrase before is its object ("…, die Länder und den Bund,
                # endlich zu handeln" has an object of its own: an enumeration, not this)
                return _infinitive_chain(toks, hi, end)
            if head.lower in RELATIVE_PRONOUNS or not _has_finite(part):
                continue  # an apposition, a relative clause or an infinitive inside the first part
            return None
        return None

    def _no_speech_before_colon(self, sent: Sentence, c: Cue) -> bool:
        """A verb of saying before a colon that introduces nobody's words: inside a subordinate
        clause ("…, als X vermutet hatte: …", "Auch wenn X Treue gelobt haben: …", "was an der
        Grenze droht: …"), in the passive ("Die Listen wurden bestätigt: …") or as a bare
        participle ("genauer gesagt: …")."""
        toks = sent.tokens
        lo = c.index
        while lo > 0 and toks[lo - 1].text not in (",", ";", ":", "–", "—"):
            lo -= 1
        head = [t.lower for t in toks[lo : min(lo + 2, c.index)]]
        if head and (
            head[0] in SUBORDINATORS
            or head[0] in ("als", "was")
            or (len(head) > 1 and head[1] in SUBORDINATORS)
        ):
            return True
        colon = next((k for k in range(c.last + 1, len(toks)) if toks[k].text == ":"), len(toks))
        entry = c.entry
        if entry is not None and colon > c.last + 1:
            particle = toks[colon - 1]
            if (
                particle.lower in VERB_PARTICLES
                and particle.lower != (entry.particle or "")
                and not particle.is_upper
            ):
                return True  # "meldete er sich zurück: …": another verb than "melden"
            if entry.lemma in REFLEXIVE_NOT_SAYING and any(
                t.lower == "sich" for t in toks[lo:colon]
            ):
                return True  # "… stellen sich als falsch heraus: …"
            if entry.lemma in OBJECT_CONTENT_ONLY:
                return True  # "empfahl man keine Restitution: <the writer's reason>"
        if entry is not None and (
            (entry.lemma in REFLEXIVE_ATTITUDE and c.speaker.how == "none")
            or (
                entry.lemma in REFLEXIVE_FINDINGS and any(t.lower == "sich" for t in toks[lo:colon])
            )
        ):
            # "Was dies bedeutet, zeigte sich im Test: …", "Dies bestätigt sich auch in
            # Benchmarks: …": a finding, nobody's words (session 30)
            return True
        verb = toks[c.index]
        clause = toks[lo : c.last + 1]
        # "Die Forscherinnen vom Bundesinstitut (Bifie) betonen allerdings: …": the infinitive's
        # form is the plural present the tagger read as a participle, not "genauer gesagt: …"
        infinitive = entry is not None and verb.lower == entry.lemma
        if verb.tag == "VVPP" and not infinitive:
            if any(t.lower in WERDEN_FORMS for t in clause):
                return True
            if not any(t.tag in FINITE_TAGS or t.tag == "VAINF" for t in clause):
                return True
        return self._passive_before_colon(sent, c, colon)

    def _passive_before_colon(self, sent: Sentence, c: Cue, colon: int) -> bool:
        """A participle closing a passive main clause before the colon, the auxiliary before
        commas ("Bis zu 1.500 Mitarbeiter werden heute, Dienstag, im Center erwartet: …", "So
        wird die Ankündigung, X zu verkaufen, als Schachzug verstanden: …"; the tagger may read
        the participle in -t as finite): the clause reports no one's words."""
        toks = sent.tokens
        verb = toks[c.index]
        if c.last + 1 != colon or not (
            verb.tag == "VVPP" or (verb.tag in (None, "VVFIN") and verb.lower.endswith("t"))
        ):
            return False
        start = 0
        for k in range(c.index):
            if toks[k].text in (":", ";"):
                start = k + 1
        for k in range(c.index - 1, start - 1, -1):
            t = toks[k]
            if t.lower in WERDEN_FORMS and t.tag in (None, "VAFIN"):
                return True
            if t.tag in FINITE_TAGS:
                return False  # another finite verb nearer: not the auxiliary of the participle
        return False

    def _explains_clause(self, sent: Sentence, last: int, colon: int) -> bool:
        """ "…betont, dass X sich in einem Punkt unterscheidet: Es basiert …": the colon
        explains the cue's dass-clause (no first or second person after it), it opens no
        direct speech."""
        toks = sent.tokens
        comma = next((i for i in range(last + 1, colon) if toks[i].text == ","), None)
        if comma is None or comma + 1 >= colon:
            return False
        if toks[comma + 1].lower not in self.lex.complementisers:
            return False
        after = toks[colon + 1 :]
        return not mood.first_person(after, self.lex) and not any(
            t.lower in self.lex.second_person for t in after
        )
