"""The kind of unquoted speech (``indirect`` for Konjunktiv and hearsay, ``direct`` for the
indicative and the first person, None for the writer's own narration) and the adding of it as a
quote (a news medium's indicative report stays the writer's)."""

from __future__ import annotations

from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Cue, ExtractorState, Found
from newsgraph.quotes.guards import (
    _advice_sollte,
    _conditional,
    _hearsay_perfect,
    _past,
    _sollen_main_clause,
    _source_marked,
)
from newsgraph.quotes.rule_words import INDICATIVE_AUXILIARIES, NON_MAIN_OPENERS, SUBORDINATORS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS


def head_clause(toks: list[Token]) -> list[Token] | None:
    """The tokens before the sentence's first comma (the clause that opens it), or None when
    it has no comma."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    return None if comma is None else toks[:comma]


class SpeechKind(ExtractorState):
    """The mood tests of unquoted content and :meth:`add_reported`."""

    def _kind_unquoted(self, sent: Sentence, span: tuple[int, int], plans: bool = True) -> str:
        """``plans``: a third-person "soll"/"sollen" main clause is reported (not after a
        label's colon: "X: Das Unternehmen soll …" is the person's statement)."""
        if self.lex.language == "en":
            return "indirect"  # English prints direct speech in quotation marks
        toks = sent.tokens[span[0] : span[1]]
        first = mood.first_person(toks, self.lex)
        if (
            not first
            and toks
            and toks[0].lower in ("er", "he")
            and (self.lex.language != "de" or self._past_report(toks))
        ):
            return "indirect"  # "Er begrüßte die Diskussion, erklärte Ban": a paraphrase
        if mood.konj1(toks, self.lex, use_tagger=not first):
            return "indirect"
        if not first and _hearsay_perfect(toks):
            return "indirect"  # "So soll X seine Freundin hinrichten haben lassen, sagte Y"
        if mood.konj2(toks, self.lex, use_tagger=True) and not first:
            if self._indicative_subclause(toks):
                return "direct"  # "Man hätte denken können, dass das nicht X ist": an irreal
            if self._indicative_coordinate(toks):
                # "Ein Sieg wäre verdient gewesen, aber das Glück hat gefehlt": reported speech
                # would say "habe gefehlt", so the Konjunktiv II is the speaker's own irreal
                return "direct"
            if _conditional(toks):
                return "direct"  # "Es wäre lustig gewesen, wenn er da gewesen wäre": an irreal
            if self._konj2_in_subclause_only(toks):
                # "Es fehlt der Anreiz, weil sie … müssten": the main clause is indicative
                # (reported speech would say "fehle"); the Konjunktiv II is the speaker's own
                return "direct"
            return "indirect"
        if plans and not first and _sollen_main_clause(toks):
            # "Solche Heime sollen nicht in Ballungszentren errichtet werden, sagt er": a plan or
            # hearsay the speaker passes on, told in the third person, is reported speech
            return "indirect"
        if not first and mood.weak_preterite_plural(toks):
            # "Die USA und Ägypten bewegten sich …, sagte Brunner": the plural preterite stands in
            # for a Konjunktiv that would look like the indicative
            return "indirect"
        return "direct"

    def _past_report(self, toks: list[Token]) -> bool:
        """Content that narrates in the past ("Er würdigte die Arbeit …"), not a statement in
        the present ("Er ist ein sehr guter Spieler"): a finite past form in the main clause, or
        a weak preterite in -te right after the opening pronoun when the tagger is silent."""
        if any(_past(t) for t in self._main_clause(toks)):
            return True
        verb = toks[1] if len(toks) > 1 else None
        return (
            verb is not None
            and verb.tag is None
            and not verb.is_upper
            and verb.lower.endswith(("te", "ten"))
            and verb.lower not in self.lex.konj2
        )

    def _konj2_in_subclause_only(self, toks: list[Token]) -> bool:
        """An indicative main clause opening the content ("Es fehlt noch der Anreiz", "Viele
        Sender bedeuten") with the Konjunktiv II only in a dependent clause after a comma
        (weil/dass/wenn/relative)."""
        head = head_clause(toks)
        if head is None or len(head) + 1 >= len(toks):
            return False
        rest = toks[len(head) + 1 :]
        if head and head[0].lower in SUBORDINATORS | NON_MAIN_OPENERS:
            return False
        if not self._indicative_clause(head) or mood.konj2(head, self.lex, use_tagger=True):
            return False
        opener = rest[0]
        if opener.lower == "als" and len(rest) > 1 and rest[1].lower in ("dass", "ob", "wenn"):
            # "Diese Teilchen sind zu kurzlebig, als dass man sie messen könnte", "…, als ob
            # …": the Konjunktiv II these clauses demand says nothing about reporting
            return True
        return (
            opener.lower in SUBORDINATORS
            or opener.lower in self.lex.complementisers
            or opener.tag in ("PRELS", "PRELAT")
        )

    def _indicative_coordinate(self, toks: list[Token]) -> bool:
        """A main clause joined by a conjunction after a comma ("…, aber das Glück hat
        gefehlt") whose finite verb is indicative (the tagger's Mood=Ind; without tags an
        indicative auxiliary) and which holds no Konjunktiv."""
        for k, t in enumerate(toks[:-2]):
            if t.text != "," or toks[k + 1].lower not in ("aber", "doch", "und", "sondern"):
                continue
            clause: list[Token] = []
            for u in toks[k + 2 :]:
                if u.text in ",;:":
                    break
                clause.append(u)
            if self._indicative_clause(clause):
                return True
        # the indicative main clause first: "Es wird kein Geld geben und das hätte …"
        # (reported speech would say "werde"); the clause runs from the sentence start
        for k, t in enumerate(toks[1:-2], start=1):
            if t.lower not in ("und", "aber", "doch") or toks[k - 1].text in ",;:":
                continue
            first = toks[:k]
            if any(u.text in ",;:" for u in first) or not self._indicative_clause(first):
                continue
            if mood.konj2(toks[k + 1 :], self.lex):
                return True
        return False

    def _indicative_clause(self, clause: list[Token]) -> bool:
        """A clause without Konjunktiv whose finite verb is indicative (the tagger's Mood=Ind;
        without tags an indicative auxiliary)."""
        if mood.subjunctive(clause, self.lex):
            return False
        for u in clause:
            if u.is_upper:
                continue
            if u.tag is not None:
                if u.tag in FINITE_TAGS and u.mood == "Ind":
                    return True
            elif u.lower in INDICATIVE_AUXILIARIES:
                return True
        return False

    def _indicative_subclause(self, toks: list[Token]) -> bool:
        """A dass/ob clause with a present indicative verb: reported speech would put it in the
        Konjunktiv too ("…, dass das nicht X sei"), so the Konjunktiv II before it is the
        speaker's own irreal."""
        for k, t in enumerate(toks[:-1]):
            if t.text != "," or toks[k + 1].lower not in self.lex.complementisers:
                continue
            for u in toks[k + 2 :]:
                if u.text in ",;:":
                    break
                if u.tag in FINITE_TAGS and u.tense == "Pres" and u.mood == "Ind":
                    return True
        return False

    def add_reported(
        self,
        j: int,
        sent: Sentence,
        span: tuple[int, int],
        c: Cue,
        kind: str,
        min_tokens: int = 2,
    ) -> bool:
        toks = sent.tokens
        a, b = span
        while b > a and toks[b - 1].text in ",;:–—":
            b -= 1
        if b - a < min_tokens:
            return False
        start, end = toks[a].start, toks[b - 1].end
        # a quotation inside the span carries that speech already
        quoted = sum(
            min(end, q.close + 1) - max(start, q.open)
            for q in sent.quotes
            if q.open < end and q.close >= start
        )
        if quoted > 0.4 * (end - start):
            return False
        if kind == "direct" and sent.quotes:
            kind = "indirect" if mood.subjunctive(toks[a:b], self.lex) else "direct"
            if quoted:
                return False
        if kind == "direct" and self._news_report(c, toks[a:b]):
            kind = "indirect"
        if (
            kind == "direct"
            and c.kind == "verb"
            and c.entry is not None
            and c.entry.lemma in self.lex.announce_verbs
            and b <= c.index
            and not mood.first_person(toks[a:b], self.lex)
        ):
            # "Die Ausgangssperre endete um 7 Uhr, gab der Gouverneur X bekannt": an announced
            # fact before the cue is retold, not the announcer's wording
            kind = "indirect"
        if (
            kind == "direct"
            and c.kind in ("verb", "so")
            and not mood.first_person(toks[a:b], self.lex)
            and (_advice_sollte(toks[a:b]) or _source_marked(toks[a:b]))
        ):
            # "Es sollte dort eine Reduktion geben, wo …, sagte X": advice; "Pro Kopf ist demnach
            # Österreich …, rechnete X vor", "Sie sollen laut Informationen aus Ungarn …, so X":
            # the writer retells a report
            kind = "indirect"
        conf = {"direct": 0.7, "indirect": 0.75}[kind] * (0.5 + 0.5 * c.speaker.confidence)
        self.add(Found(kind, start, end, c.speaker, c.words, j, conf, c.kind))
        return True

    def _news_report(self, c: Cue, content: list[Token]) -> bool:
        """Unquoted indicative content of a report by a news medium or another organisation
        ("Drei Menschen wurden … überrascht, berichtete die Zeitung The State", "…, meldete
        Anadolu", "…, berichtet das Branchenmedium atmedia.at"): the writer retells the report,
        it is no one's wording (``indirect``). A person who reports ("berichtet Huber") speaks
        their own words; ``schreiben`` (a letter, a post, a portal's article) keeps its kind."""
        entry = c.entry
        if c.kind != "verb" or entry is None or entry.lemma not in self.lex.report_verbs:
            return False
        if entry.lemma == "schreiben" or mood.first_person(content, self.lex):
            return False
        ent = c.speaker.entity
        if ent is not None:
            return ent.type != "PER" or ent.name.lower() in self.lex.media_names
        words = [w.lower().strip(".,") for w in c.words.split()]
        return any(
            w in self.lex.media_heads or w.endswith(("journalist", "journalistin", "reporter"))
            for w in words
        )
