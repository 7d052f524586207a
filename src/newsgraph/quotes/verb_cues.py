"""Cues of verbs of saying: the verb (a separable one with its particle), its subject
(before it, inverted after it, shared with a coordinated verb, after an auxiliary or a post-posed
clause) and the guards that make a verb no cue here (negated, dative, first person, participle
clause, fronted main clause without content)."""

from __future__ import annotations

import re

from newsgraph.model import Entity
from newsgraph.quotes import english, mood
from newsgraph.quotes.extractor_state import Cue
from newsgraph.quotes.guards import (
    PASSIVE_AUXILIARIES,
    _genitive,
    _has_finite_tag,
    _inner_period,
    _is_mark,
    _own_subject_follows,
    own_subject,
)
from newsgraph.quotes.lexicon import VerbEntry, grammar
from newsgraph.quotes.pronoun_subjects import OBJECT_ARTICLES
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import (
    AUXILIARIES,
    BOUNDARY,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    MODALS,
    NON_MAIN_OPENERS,
    OPENING_WORDS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    WERDEN_FORMS,
)
from newsgraph.quotes.source_phrases import SourcePhrases
from newsgraph.quotes.speaker_gender import compatible
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS, PLURAL_QUANTIFIERS, PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.quotes.wie_clauses import wie_before_apposition
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS
from newsgraph.words_de import participle_shape

PREFIX_PARTICLE = re.compile(
    r"^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|hervor|hin|hinzu|los|mit|nach|"
    r"statt|teil|vor|weg|weiter|zurück|zusammen|zu|entgegen|voraus|vorher)$"
)
NOT_CUE_WORDS = grammar("not_cue_words")
DECLARATION_VERBS = grammar("declaration_verbs")
PASSIVE_AGENT_WORDS = grammar("passive_agent_words")
PASSIVE_PLACE_WORDS = grammar("passive_place_words")
PASSIVE_SPEAKER_VERBS = grammar("passive_speaker_verbs")
# the tagger reads some participles as adjectives ("betont") or infinitives ("hingewiesen")
PARTICIPLE_TAGS = frozenset(["VVPP", "ADJD", "VVINF"])
CONTENT_WH_WORDS = grammar("content_wh_words")
WH_PREPOSITIONS = frozenset(["über", "von", "an", "für", "um", "auf", "mit"])
SUBJECT_DETERMINERS = DEFINITE | frozenset(["ein", "eine", "einer", "einige", "viele"])
MODAL_INFINITIVES = frozenset(["müssen", "können", "dürfen", "wollen", "sollen", "haben", "lassen"])


# the respondents of a survey ("die Hälfte der Befragten"), who speak for its owner
RESPONDENT_NOUNS = grammar("respondent_nouns")


class VerbCues(SourcePhrases):
    """The verb cues of a sentence and their subjects."""

    def verb_cues(self, sent: Sentence, j: int, verdict: bool = False) -> list[Cue]:
        """The cues of verbs of saying in the sentence (``verdict``: of the verbs that only
        give verdicts, ``verdict_verbs`` in cues.de.yaml)."""
        joined_forms = self.lex.verdict_joined if verdict else self.lex.joined_forms
        verb_forms = self.lex.verdict_forms if verdict else self.lex.verb_forms
        cues: list[Cue] = []
        passives: list[Cue] = []  # cues whose subject a passive made spoken of
        toks = sent.tokens
        for i, t in enumerate(toks):
            if not t.is_word or sent.inside_quote(t.start):
                continue
            if t.is_upper and i > 0 and toks[i - 1].text not in '„»"':
                continue
            low = t.lower
            if low in self.lex.first_person:
                continue
            entry = joined_forms.get(low)
            last = i
            if entry is None:
                if not verb_forms.get(low):
                    continue  # no verb of saying (most words: _verb_entry finds no entry)
                entry, last = self._verb_entry(sent, i, verdict)
                if entry is None:
                    continue
            if low == entry.lemma.lower() or low in joined_forms:
                prev = toks[i - 1].lower if i > 0 else ""
                nxt = toks[last + 1].lower if last + 1 < len(toks) else ""
                after = toks[last + 2].lower if last + 2 < len(toks) else ""
                if prev == "zu" or nxt in MODALS or (nxt == "zu" and after in MODAL_INFINITIVES):
                    # an infinitive: "um … zu sprechen", "nicht erläutern wollte", "euch
                    # mitteilen zu müssen"
                    continue
                if self._impersonal_infinitive(sent, i):
                    continue  # "Man müsse davon ausgehen, dass …": reported as a whole
            if self._negated(sent, i):
                continue  # "erklärt nicht, was …": nothing was said
            if entry.lemma in DECLARATION_VERBS and self._declaration(sent, i):
                continue  # "Er wurde zum Zeugen erklärt", "für ungültig erklärt": no speech
            if self.lex.language == "en" and english.noun_use(toks, i, self.lex):
                continue  # "the ministry's claim", "the call": a noun, not a verb of saying
            if self.lex.language == "en" and english.gerund_use(toks, i):
                continue  # "It's worth noting that …", "by noting": no participle of saying
            if self.lex.language == "en" and english.naming_use(toks, i, self.lex):
                continue  # "it is called “…”", "a poem called “…”": a name, nobody speaks
            if (
                i == 0
                and len(toks) > 2
                and toks[1].lower == "man"
                and toks[-1].text != "?"
                and any(x.text == "," for x in toks)
            ):
                continue  # "Rechnet man mit …, dann wären …": a verb-first condition
            clause = self.clause_bounds(sent, i)
            if entry.lemma in self.lex.dative_verbs and self._dative_use(sent, i, clause):
                continue  # "Dem Spieler droht ein Ausfall": something threatens, nobody speaks
            if self._participle_clause(sent, i, entry, clause):
                continue  # "…, sagt X, angesprochen auf Y": an adverbial participle clause
            if self._wh_content_clause(sent, i, clause):
                continue  # "…, was sie versprochen haben": the verb's content is the "was"
            if not sent.quotes and self._first_person_subject(sent, i, clause):
                continue  # "Wir können uns nicht beklagen, dass …": the speaker's own words
            if last > i:
                clause = (clause[0], max(clause[1], last + 1))
            if self.lex.language == "de":
                wie = wie_before_apposition(toks, i, clause)
                if wie is not None:
                    clause = (wie, clause[1])  # "…, wie X, Generaldirektor für …, ausführte"
            aux = self._bracket_auxiliary(sent, i, clause, entry.lemma in PASSIVE_SPEAKER_VERBS)
            if aux is not None:
                # "…, hatte die Staatsanwältin, X, gesagt": the cue clause opens with the
                # auxiliary after the content; its subject follows the auxiliary
                clause = (aux, i + 1)
                speaker = self.resolver.subject(sent, aux, clause, self.active(j))
                # "HDP-Chef X – dem die Immunität entzogen werden soll – hatte die AKP gewarnt":
                # the name before the inserted relative clause, not the object after "hatte"
                speaker = self._subject_before_inserted_clause(sent, clause, speaker) or speaker
                words = (
                    self._words(toks, aux, i) if i - aux < 10 else f"{toks[aux].text} … {t.text}"
                )
                cues.append(Cue("verb", aux, i, clause, words, speaker, entry, bracket=True))
                continue
            speaker = self.resolver.subject(sent, i, clause, self.active(j))
            if speaker.entity is None and speaker.at is None:
                fronted = self._opening_name_subject(sent, i, clause)
                if fronted is not None:
                    speaker = fronted  # "X von Y, einer Firma, die …, sagt, dass …"
            if (
                speaker.at is not None
                and i > 0
                and toks[i - 1].text == ","
                and last == i
                and _genitive(toks, speaker.at[1])
            ):
                post = self._postposed_subject(sent, i, j)
                if post is not None and post[0] is not speaker.entity:
                    # ", entgegnete Xs Vorgängerin, Y": not the genitive name
                    speaker = Resolved(post[0], 0.8, "name", at=(i + 1, post[1]))
            if (
                speaker.how == "pronoun"
                and i > 0
                and toks[i - 1].text == ","
                and i + 1 < len(toks)
                and toks[i + 1].lower in ("er", "sie")
            ):
                # "Verschnupft reagierte X. …, ließ er den Chef wissen": the person the
                # sentence before introduced
                post = self._postposed_subject(sent, i, j)
                if post is not None and post[0] is not speaker.entity:
                    speaker = Resolved(post[0], 0.75, "pronoun", at=(i + 1, i + 1))
            if (
                speaker.entity is not None
                and i + 2 < len(toks)
                and toks[i + 1].lower in PLURAL_QUANTIFIERS
                and toks[i + 2].is_upper
                and self.resolver.index.covering(toks[i + 2].start, toks[i + 2].end) is None
            ):
                # "werfen einige Blogs mittlerweile Microsoft … vor": the unnamed group right
                # after the verb is its subject, not a name further on
                speaker = Resolved(None, 0.4, "none", at=(i + 1, i + 2))
            if speaker.entity is not None and speaker.entity.type != "PER":
                # "HDP-Chef X – dem … – hatte die AKP gewarnt" (the tagger may read "hatte …
                # gewarnt" as one verb): an organisation after the verb is its object
                speaker = self._subject_before_inserted_clause(sent, clause, speaker) or speaker
            if self._accused_after_plural_verb(sent, i, entry.lemma, speaker):
                # "werfen die Abgeordneten X vor", "Viele werfen X vor": a plural verb of
                # accusing has no one person after it as its subject: X is the accused
                speaker = Resolved(None, 0.4, "none")
            if (
                self.lex.language == "en"
                and english.after_comma(toks, i)
                and low.endswith("ing")
                and i + 1 < len(toks)
            ):
                # "He urged X to …, saying “…”", "X declined …, saying it would …": the
                # participle's subject opens the sentence (not the subject of its content)
                speaker = self._participle_subject(
                    j, sent, Cue("verb", i, last, clause, "", speaker)
                )
            if self._anonymous(sent, clause):
                # "aus Sicherheitskreisen": nobody known; "in Regierungskreisen": the government
                at = speaker.at
                speaker = self.anonymous_speaker(sent, clause)
                speaker.at = at
            if entry.lemma in self.lex.origin_verbs:
                speaker = self._document_origin(sent, clause, i)  # "geht aus X hervor"
            if speaker.entity is None and self.lex.language == "de":
                owned = self._respondents(sent, i, clause)
                if owned is not None:
                    speaker = owned  # "gab die Hälfte der Befragten an": the survey's owner
            if speaker.entity is None and self.lex.language == "de":
                origin = self._passive_origin(sent, i, entry.lemma, clause)
                if origin is not None:
                    speaker = origin  # "Im Finanzministerium wurde betont, dass …"
            elif self.lex.language == "de" and self._passive_subject(sent, i, entry.lemma, clause):
                # "Die SPÖ wurde auf den zweiten Platz verwiesen", "wird die FPÖ als
                # rechtsextreme Partei bezeichnet": the subject of a passive is spoken of; the
                # agent ("von X", "durch X") or the origin speaks, else nobody named
                agent = self._passive_agent(sent, i, clause)
                origin = self._passive_origin(sent, i, entry.lemma, clause)
                speaker = agent or origin or Resolved(None, 0.4, "none", at=speaker.at)
                if agent is None and origin is None:
                    passives.append(Cue("verb", i, last, clause, "", speaker, entry))
            words = self._words(toks, i, last) if last - i < 4 else f"{t.text} … {toks[last].text}"
            if speaker.at is not None:
                a, b = min(i, speaker.at[0]), max(i, speaker.at[1])
                if b - a <= 8 and last - i < 4:
                    words = self._words(toks, a, max(b, last))
            if toks[clause[0]].lower in ("wie", "as") and clause[1] - clause[0] <= 14:
                end = clause[1] - 1
                while end > i and not (toks[end].is_word or _is_mark(toks[end])):
                    end -= 1
                words = self._words(toks, clause[0], end)  # wie X mitteilte
            if speaker.entity is None and speaker.at is None and cues:
                shared = self._shared_subject(sent, cues[-1], i)
                if shared is not None:
                    # "…, meinte X, betonte aber: …": the second verb has the first one's subject
                    speaker = shared
                    words = f"{cues[-1].words}, {t.text}"
            cues.append(Cue("verb", i, last, clause, words, speaker, entry))
        return self._without_coordinated_passives(sent, cues, passives)

    def _respondents(self, sent: Sentence, i: int, clause: tuple[int, int]) -> Resolved | None:
        """ "gab rund die Hälfte der Befragten an", "Etwa einer von drei Befragten erklärte":
        the respondents of a survey named before with its owner speak for that owner (the
        survey's result), as the gold has it (session 29). The respondent noun stands in the
        cue's clause before the verb or right after it."""
        toks = sent.tokens
        lo, hi = clause
        for k in range(lo, min(hi, len(toks))):
            if k == i or toks[k].text not in RESPONDENT_NOUNS or sent.inside_quote(toks[k].start):
                continue
            if k > i and any(t.text in ",:;" for t in toks[i:k]):
                break
            owner = self.owned_document_at("umfrage", toks[k].start)
            if owner is not None:
                return Resolved(owner, 0.55, "role", at=(k, k))
        return None

    def _without_coordinated_passives(
        self, sent: Sentence, cues: list[Cue], passives: list[Cue]
    ) -> list[Cue]:
        """ "X wurde gefragt und sagte, …": the passive's subject also speaks the active verb
        coordinated after it in the same clause, whose content follows; the passive is no cue
        of its own there (it gave the content to nobody) (session 29)."""
        if not passives:
            return cues
        toks = sent.tokens
        dropped: set[int] = set()
        for p in passives:
            nxt = next((c for c in cues if c.index > p.last and c.clause == p.clause), None)
            if (
                nxt is not None
                and nxt.speaker.entity is not None
                and any(t.lower in ("und", "oder", "aber") for t in toks[p.last + 1 : nxt.index])
                and not any(t.text in ",;:" for t in toks[p.last + 1 : nxt.index])
            ):
                dropped.add(p.index)
        return [c for c in cues if c.index not in dropped]

    def _passive_subject(self, sent: Sentence, i: int, lemma: str, clause: tuple[int, int]) -> bool:
        """A participle of a verb of saying with a form of "werden" in its clause (not
        "würde(n)"/"werde", which take an infinitive): a passive, whose subject is spoken of.
        "X wird mit den Worten zitiert" keeps X (``passive_speaker_verbs``)."""
        toks = sent.tokens
        if toks[i].tag not in ("VVPP", "VVFIN", "VVINF") or toks[i].lower == lemma.lower():
            return False
        if lemma in PASSIVE_SPEAKER_VERBS:
            return False
        lo, hi = clause
        werden = [
            k
            for k in range(lo, hi)
            if toks[k].lower in WERDEN_FORMS and toks[k].lower not in ("würde", "würden", "werde")
        ]
        if toks[i].tag != "VVPP":
            # "Die SPÖ wurde auf den zweiten Platz verwiesen": a participle that is also the
            # preterite plural, tagged finite or infinitive after the clause's finite "wurde"
            # (an infinitive would be the lemma; one clause has one finite verb) (session 28)
            # a participle's shape ("verwiesen", "bezeichnet", "kritisiert"; not "sagte"), and
            # no coordination between ("wurde gefragt und sagte": a verb of its own)
            low = toks[i].lower
            return participle_shape(low) and any(
                k < i
                and toks[k].tag == "VAFIN"
                and not any(t.lower in ("und", "oder", "aber") for t in toks[k + 1 : i])
                for k in werden
            )
        return bool(werden)

    def _passive_agent(self, sent: Sentence, i: int, clause: tuple[int, int]) -> Resolved | None:
        """The agent of a passive: a person or organisation after "von"/"vom"/"durch" in the
        clause ("wird von der Regierung kritisiert")."""
        toks = sent.tokens
        lo, hi = clause
        for k in range(lo, hi - 1):
            if toks[k].lower in ("von", "vom", "durch") and not sent.inside_quote(toks[k].start):
                end = self._np_end(sent, k + 1)
                ent, _ = self.resolver.np_entity(sent, k + 1, end)
                if ent is not None and ent.type in ("ORG", "PER"):
                    return Resolved(ent, 0.6, "name", at=(k + 1, end - 1))
        return None

    def _passive_origin(
        self, sent: Sentence, i: int, lemma: str, clause: tuple[int, int]
    ) -> Resolved | None:
        """Who speaks in an agentless passive of a verb of saying (session 23): "Im
        Finanzministerium wurde betont, dass …", "In einer Studie des Wifo wurde darauf
        hingewiesen, dass …", "Von der Polizei wurde mitgeteilt, …". The cue verb is a
        participle with a form of "werden" in its clause; an organisation (or person) after
        "von"/"vom"/"seitens"/"aus", an organisation right after "im"/"in der"/"beim", or the
        owner of a document after "in"/"im" is the speaker."""
        toks = sent.tokens
        lo, hi = clause
        werden = next((k for k in range(lo, hi) if toks[k].lower in WERDEN_FORMS), None)
        participle = toks[i].tag in PARTICIPLE_TAGS or toks[i].tag is None  # (no tagger)
        if not participle or toks[i].lower == lemma.lower() or werden is None:
            return None
        after = [t.lower for t in toks[hi : hi + 2]]
        if not (after[:1] == [":"] or (after[:1] == [","] and after[1:] in (["dass"], ["ob"]))):
            # only with a content clause or a colon: "In der Mitteilung des Ministeriums wurden
            # zwar die Sanktionen erwähnt, es fehlte aber …" is the writer's account
            return None
        # only the phrase before the auxiliary (the fronted field of a main clause): "wurde
        # Unternehmen von den Finanzbehörden mitgeteilt, in welchem Umfang …" is narration,
        # "wird das Volumen bei der KTB geschätzt" a place inside the subject
        for k in range(lo, werden - 1):
            low = toks[k].lower
            if sent.inside_quote(toks[k].start):
                continue
            if low in PASSIVE_AGENT_WORDS:
                end = self._np_end(sent, k + 1)
                ent, _ = self.resolver.np_entity(sent, k + 1, end, prefer_person=False)
                if ent is not None and ent.type in ("ORG", "PER"):
                    return Resolved(ent, 0.6, "name", at=(k + 1, end - 1))
            elif low in PASSIVE_PLACE_WORDS:
                first = k + 1
                if low in ("in", "bei") and toks[first].lower in ("der", "dem"):
                    first += 1
                ent = self.resolver.index.covering(toks[first].start, toks[first].end)
                if ent is not None and ent.type == "ORG":
                    return Resolved(ent, 0.6, "name", at=(k, first))
                if low in ("in", "im"):
                    owner = self._document_owner(sent, k + 1, werden)
                    if owner is not None:
                        return Resolved(owner, 0.6, "name", at=(k, k))
        return None

    def _opening_name_subject(
        self, sent: Sentence, i: int, clause: tuple[int, int]
    ) -> Resolved | None:
        """The subject of a main verb that stands alone between commas after an apposition or
        a relative clause ("Sam Baker von Bromium, einer Firma, die sich auf X spezialisiert
        hat, sagt, dass …"): the name that opens the sentence, alone in its comma segment."""
        toks = sent.tokens
        if clause[0] != i or i < 4 or toks[i - 1].text != ",":
            return None
        if i + 1 < len(toks) and toks[i + 1].text not in ",:":
            return None
        first_comma = next((k for k in range(i) if toks[k].text in BOUNDARY), None)
        if first_comma is None or first_comma == i - 1:
            return None
        lo = 1 if toks[0].lower in OPENING_WORDS else 0
        ent, idx = self.resolver.np_entity(sent, lo, first_comma)
        if ent is None or idx != lo:
            return None
        end = self.resolver._mention_end(sent, idx, ent)
        rest = toks[end + 1 : first_comma]
        if rest and rest[0].lower not in ("von", "vom", "aus", "der", "des", "bei", "beim"):
            return None  # "X sagte am Montag, …": not a bare subject
        if any(t.tag in FINITE_TAGS for t in rest):
            return None
        return Resolved(ent, 0.75, "name", at=(idx, end))

    def _shared_subject(self, sent: Sentence, prev: Cue, i: int) -> Resolved | None:
        """The subject of a cue verb coordinated with the cue clause right before it ("…, meinte
        X, betonte aber: …", "sagte X und fügte hinzu: …"): a finite verb with no subject of its
        own right after the previous cue's subject and a comma or "und"."""
        toks = sent.tokens
        at = prev.speaker.at
        if prev.speaker.entity is None or at is None:
            return None
        if at[1] < prev.index:
            return self._coordinated_subject(sent, prev, i)
        if at[0] <= prev.index:
            return None
        if at[1] + 2 != i or toks[i - 1].lower not in (",", "und", "and"):
            return None
        if prev.entry is None or prev.entry.weight < 0.6:
            return None  # "Aus Sicht der Hardware überzeugt X, schreibt …": no cue before
        if _own_subject_follows(toks, i):
            return None  # "…, sagte X, betonte Y", "…, schreibt die Seite Y": its own subject
        return Resolved(prev.speaker.entity, prev.speaker.confidence * 0.9, prev.speaker.how)

    def _coordinated_subject(self, sent: Sentence, prev: Cue, i: int) -> Resolved | None:
        """The subject before a verb also governs a verb coordinated after its clause ("X sprach
        für alle und betonte, dass …", "X begrüßte die Initiative, monierte aber, dass …"): no
        finite verb in between, the second verb after "und" or a comma, no subject of its own
        after it."""
        toks = sent.tokens
        if toks[i - 1].lower not in (",", "und", "and") or i - prev.index < 2:
            return None
        if sent.inside_quote(toks[prev.index].start):
            return None
        between = toks[prev.index + 1 : i - 1]
        if any(t.tag in FINITE_TAGS or t.lower in SUBORDINATORS for t in between):
            return None  # a clause of its own ("…, der …", "…, dass er …") stands in between
        if any(t.text in ":;" or _is_mark(t) for t in between):
            return None
        if _own_subject_follows(toks, i):
            return None  # "…, betonte Y": its own subject
        s = prev.speaker
        return Resolved(s.entity, s.confidence * 0.9, s.how)

    def _subject_before_inserted_clause(
        self, sent: Sentence, clause: tuple[int, int], speaker: Resolved
    ) -> Resolved | None:
        """The person who opens the sentence when a relative clause set off by commas or
        dashes stands between them and the finite verb that opens the cue's clause, and the
        speaker read is a name after that verb (session 24). The callers ask after an
        auxiliary for any speaker read, after a main verb only for one that is no person:
        there a person after the verb ("X, der …, sagte der Minister Y") may well be its
        subject."""
        toks = sent.tokens
        lo = clause[0]
        if (
            speaker.entity is None
            or speaker.at is None
            or speaker.at[1] <= lo
            or lo < 4
            or toks[lo - 1].text not in (",", "–", "-")
            or toks[lo].tag not in FINITE_TAGS
        ):
            return None
        start = 1 if toks[0].lower in OPENING_WORDS else 0
        first = next((k for k in range(start, lo) if toks[k].text in (",", "–", "-")), None)
        if first is None or first + 1 >= lo or toks[first + 1].lower not in RELATIVE_PRONOUNS:
            return None
        ent, idx = self.resolver.np_entity(sent, start, first)
        if ent is None or idx is None or ent.type != "PER" or ent is speaker.entity:
            return None
        end = self.resolver._mention_end(sent, idx, ent)
        if end + 1 != first:
            return None  # the name ends right before the inserted clause
        return Resolved(ent, 0.75, "name", at=(idx, end))

    def _accused_after_plural_verb(
        self, sent: Sentence, i: int, lemma: str, speaker: Resolved
    ) -> bool:
        """The one person a plural verb of accusing (``accused``/``denied`` frames) found after
        itself is its dative object, not its subject (session 24)."""
        if (
            speaker.entity is None
            or speaker.entity.type != "PER"
            or speaker.at is None
            or speaker.at[0] <= i
            or self.lex.characterising.get(lemma) not in ("accused", "denied")
            or not sent.tokens[i].lower.endswith("en")
        ):
            return False
        toks = sent.tokens
        a, b = speaker.at
        before = toks[a - 1].lower if a > 0 else ""
        after = toks[b + 1].lower if b + 1 < len(toks) else ""
        if before not in ("und", ",") and after not in ("und", ",", "sowie"):
            return True
        # "Kritiker werfen Horvath und der AKP-Regierung vor, …": a plain plural noun before the
        # verb is its subject; the coordinated names after it are the dative objects
        field = toks[:i]
        return (
            0 < len(field) <= 2
            and field[-1].tag in ("NN", "NE")
            and field[-1].is_upper
            and self.resolver.index.covering(field[-1].start, field[-1].end) is None
            and (len(field) == 1 or field[0].tag in ("PIAT", "PIDAT", "ART", "ADJA"))
        )

    def _third_party_cue(self, sent: Sentence, i: int) -> bool:
        """A verb of saying at token i (a separable one only with its particle) whose subject
        is not the first person ("Wir können uns nicht beklagen" is the speaker's own)."""
        t = sent.tokens[i]
        if i > 0 and t.is_upper and t.tag in ("NN", "NE"):
            return False  # "einen fließfähigen Zustand": a noun, not "zustand" (zustehen)
        if t.lower not in self.lex.joined_forms and self._verb_entry(sent, i)[0] is None:
            return False
        return not self._first_person_subject(sent, i, self.clause_bounds(sent, i))

    def _first_person_subject(self, sent: Sentence, i: int, clause: tuple[int, int]) -> bool:
        """A verb of saying whose subject is ``ich``/``wir`` outside quotation marks ("Wir
        können uns nicht beklagen, dass …", "Dann sagte ich, …"): no author's cue but the
        speaker's own words, which the first-person rules attribute (``guards.own_subject``,
        the rule the colon frames ask too; session 29: anywhere before the verb in its clause
        — "Also können wir nicht sagen, dass …")."""
        return own_subject(sent.tokens, clause, i)

    def _bracket_auxiliary(
        self, sent: Sentence, i: int, clause: tuple[int, int], passive: bool = False
    ) -> int | None:
        """The auxiliary that opens a post-posed cue clause: the "hat/hatte" right after the
        content's comma when the clause starts with it and its subject follows ("…, hat der
        Minister gesagt."), or, when the participle stands alone after an apposition ("…, hatte
        die Anwältin der Stadt, X, gesagt."), the nearest "hat/hatte" right after a comma before
        the participle, with no finite verb in between. ``passive``: a verb whose passive
        subject is the speaker (``passive_speaker_verbs``): "wird/wurde" opens the clause as
        well ("…, wurde er auf der Homepage des Klubs zitiert."; session 32)."""
        toks = sent.tokens
        if i + 1 < len(toks) and toks[i + 1].is_word:
            return None
        openers: tuple[str, ...] = ("hat", "hatte", "haben", "hatten")
        k = clause[0]
        if (
            passive
            and (toks[i].tag == "VVPP" or participle_shape(toks[i].lower))
            and 0 < k < i - 1
            and (toks[k + 1].is_upper or toks[k + 1].lower in ("er", "sie"))
        ):
            # the tagger reads "zitiert" after "wurde X" as finite or as an adjective too; the
            # subject a name or a pronoun ("wird der Linksaktivist zitiert": a role noun that
            # the resolver binds to the wrong person on tuning, left)
            openers += ("wird", "wurde", "werden", "wurden")
        if (
            0 < k < i - 1
            and toks[k].lower in openers
            and toks[k - 1].text == ","
            and (
                toks[k + 1].is_upper
                or toks[k + 1].lower in DEFINITE
                or toks[k + 1].lower in ("er", "sie", "ein", "eine", "einer")
            )
            and not any(t.tag in FINITE_TAGS for t in toks[k + 1 : i])
            and _has_finite_tag(toks[:k])
            and toks[0].lower not in SUBORDINATORS | NON_MAIN_OPENERS | {"wie"}
        ):
            # "…, hat der Minister gesagt.", "…, hatte X … geschworen, als …": the cue clause
            # opens with the auxiliary right after the content, its subject follows it (not
            # after a fronted subordinate clause: "Wie X berichteten, hat Y … festgehalten")
            return k
        if clause[0] != i or i == 0 or toks[i - 1].text != ",":
            return None
        for k in range(i - 2, max(0, i - 14), -1):
            if toks[k].lower in ("hat", "hatte", "haben", "hatten") and toks[k - 1].text == ",":
                return k
            if toks[k].tag in FINITE_TAGS or toks[k].text in ".;:":
                return None
        return None

    def _wh_content_clause(self, sent: Sentence, i: int, clause: tuple[int, int]) -> bool:
        """The verb stands late in a clause opened by a wh-word that is its content ("weil sie
        nicht liefern, was sie versprochen haben", "das, worüber er gesprochen hat", "über was
        sie reden"), or in a "wie" clause whose content is a pronoun ("wie er es angekündigt
        hatte"): a relative or free relative clause, no cue of the sentence. Not a question
        ("Was sagte er?": the verb right after the wh-word) and not a clause whose content
        follows ("was er damit begründete, dass …", "was sie so kommentierte: …")."""
        toks = sent.tokens
        lo = clause[0]
        if toks[lo].lower == "wie" and i > lo + 1:
            # "wie er es angekündigt hatte", "wie das die Partei fordert": the verb's content
            # is the pronoun (a thing named before), not the sentence around the clause
            # ("wie es aus X verlautete": "es" the subject, a cue; right after "wie" the pronoun
            # counts only before a subject with its article: "wie es die Agentur nannte")
            return any(
                toks[k].lower in ("es", "das", "dies")
                and not toks[k + 1].is_upper
                and (k > lo + 1 or toks[k + 1].lower in SUBJECT_DETERMINERS)
                for k in range(lo + 1, i)
            )
        if lo + 1 < len(toks) and toks[lo].lower in WH_PREPOSITIONS and toks[lo + 1].lower == "was":
            lo += 1  # "über was sie sprechen"
        if toks[lo].lower not in CONTENT_WH_WORDS or i <= lo + 1:
            return False
        hi = clause[1]
        if hi < len(toks) and (toks[hi].text == ":" or _is_mark(toks[hi])):
            return False
        nxt = toks[hi + 1].lower if hi + 1 < len(toks) else ""
        return nxt not in ("dass", "ob", "wonach") and not (
            hi + 1 < len(toks) and _is_mark(toks[hi + 1])
        )

    def _participle_clause(
        self, sent: Sentence, i: int, entry: VerbEntry, clause: tuple[int, int]
    ) -> bool:
        """A past participle that opens a clause after a comma, with no finite verb in that
        clause ("…, sagt X, angesprochen auf Y", "…, befragt nach Z"): an adverbial participle
        clause about the speaker, not a verb of saying with its own subject."""
        toks = sent.tokens
        low = toks[i].lower
        prefix = (entry.particle or "").lower()
        if not (low.startswith("ge") or (prefix and low.startswith(prefix + "ge"))):
            return False
        if i == 0 or toks[i - 1].text != "," or clause[0] != i:
            return False
        if i + 1 >= len(toks) or not toks[i + 1].is_word:
            return False  # "…, hatte die Anwältin, Y, gesagt.": the end of the verbal bracket
        return not any(
            t.tag in FINITE_TAGS or t.lower in FINITE_AUXILIARIES or t.lower in AUXILIARIES
            for t in toks[clause[0] : clause[1]]
            if t is not toks[i]
        )

    def _fronted_main_without_content(self, sent: Sentence, i: int) -> bool:
        """The main verb after a fronted subordinate or verb-first conditional clause, with no
        content clause after it ("Sollte es zum Prozess kommen, drohen X zehn Jahre Haft.",
        "Weil …, fordert X mehr Geld."): not a verb of saying here."""
        toks = sent.tokens
        if i == 0 or toks[i - 1].text != "," or toks[-1].text == "?":
            return False
        first = 1 if toks[0].lower in ("und", "aber", "doch", "denn") else 0
        opener = toks[first].lower
        if opener == "dass":
            return False  # "Dass …, räumt X ein": the fronted clause is the verb's content
        if not (
            opener in SUBORDINATORS
            or (toks[first].is_upper and (opener in MODALS or opener in AUXILIARIES))
        ):
            return False
        if self._fronted_main_verb(sent, first) not in (i, None):
            return False
        _lo, hi = self.clause_bounds(sent, i)
        return not (hi < len(toks) and toks[hi].text in ",:;")

    def _impersonal_infinitive(self, sent: Sentence, i: int) -> bool:
        """An infinitive verb of saying or thinking with the impersonal subject "man" under a
        Konjunktiv I verb ("Man müsse davon ausgehen, dass …", "Man brauche nicht glauben,
        dass …"): not a cue of its own but reported speech of the current source."""
        toks = sent.tokens
        lo, _hi = self.clause_bounds(sent, i)
        before = toks[lo:i]
        return any(t.lower == "man" for t in before) and mood.konj1(before, self.lex)

    def _dative_use(self, sent: Sentence, i: int, clause: tuple[int, int]) -> bool:
        """A verb such as "drohen" with a dative and no speaker before it: the field before the
        verb is a dative noun phrase ("Dem Niederländer droht …", "Den Verdächtigen, die …,
        drohen Haftstrafen") or holds only adverbs while a dative follows ("nun droht den
        Findern Ärger")."""
        toks = sent.tokens
        field = toks[clause[0] : i]
        datives = ("dem", "den", "einem")
        if toks[0].lower in datives and (not field or field[0].lower in datives or i == 1):
            return True
        if field and field[0].lower in datives:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.lower in datives
            and all(
                t.is_word and not t.is_upper and t.lower not in PERSONAL_PRONOUNS for t in field
            )
            and (clause[0] == 0 or toks[clause[0] - 1].text != "," or bool(field))
        )

    def _declaration(self, sent: Sentence, i: int) -> bool:
        """A verb of declaring, not of saying: "für" and an adjective right before it ("für
        ungültig erklärt", "erklärte den Vertrag für nichtig"), or a passive with "zum"/"zur"
        and a noun in its clause ("Er wurde lediglich zum Zeugen mit Rechtsbeistand erklärt",
        "… zum Notstandsgebiet erklärt worden")."""
        toks = sent.tokens
        lo = i
        while lo > 0 and toks[lo - 1].text not in ",;:–—":
            lo -= 1
        hi = i
        while hi < len(toks) and toks[hi].text not in ",;:–—.":
            hi += 1
        words = [t.lower for t in toks[lo:hi]]
        for k in range(lo, hi - 1):
            if toks[k].lower == "für" and toks[k + 1].tag == "ADJD" and k + 1 != i:
                return True
        if not any(w in PASSIVE_AUXILIARIES for w in words) or not toks[i].lower.endswith("t"):
            return False  # (the participle; "wird … zur Lage erklären" is a future of saying)
        return any(
            toks[k].lower in ("zum", "zur") and toks[k + 1].is_upper for k in range(lo, i - 1)
        )

    def _negated(self, sent: Sentence, i: int) -> bool:
        """A verb of saying negated right after it ("sagte nicht", "erklärt nicht, was …")."""
        toks = sent.tokens
        return i + 1 < len(toks) and toks[i + 1].lower in ("nicht", "nichts", "not", "nothing")

    def _verb_entry(
        self, sent: Sentence, i: int, verdict: bool = False
    ) -> tuple[VerbEntry | None, int]:
        """The speech verb at token i: a separable verb whose particle follows, else a plain one
        (``verdict``: among the verbs that only give verdicts)."""
        forms = self.lex.verdict_forms if verdict else self.lex.verb_forms
        entries = forms.get(sent.tokens[i].lower, [])
        plain: VerbEntry | None = None
        for entry in entries:
            if entry.particle:
                last = self._particle(sent, i, entry.particle)
                if last >= 0:
                    return entry, last
                if self._particle_before(sent, i, entry.particle):
                    return entry, i  # "wie X durchblicken ließ", "bekannt gab"
            elif plain is None:
                plain = entry
        return plain, i

    def _particle_before(self, sent: Sentence, i: int, particle: str) -> bool:
        """A particle word written apart right before its verb at the end of a clause ("wie er
        durchblicken ließ", "als sie bekannt gab", "zu bedenken gab"); prefixes such as ``mit``
        are written joined there (mitteilte), so they never count."""
        parts = particle.lower().split()
        toks = sent.tokens
        if parts == ["sich"] or (len(parts) == 1 and PREFIX_PARTICLE.match(parts[0])):
            return False
        if i < len(parts) or [t.lower for t in toks[i - len(parts) : i]] != parts:
            return False
        return i + 1 >= len(toks) or toks[i + 1].text in ",.;:!?"

    def _particle(self, sent: Sentence, i: int, particle: str) -> int:
        parts = particle.lower().split()
        toks = sent.tokens
        if parts == ["sich"]:
            for k in range(i + 1, min(len(toks), i + 3)):
                if toks[k].lower == "sich":
                    return k
            return -1
        for k in range(i + 1, len(toks)):
            if toks[k].text in ".!?" and not _inner_period(toks, k):
                break
            if [x.lower for x in toks[k : k + len(parts)]] == parts:
                nxt = toks[k + len(parts)].text if k + len(parts) < len(toks) else "."
                if (
                    nxt in ",.:;!?"
                    or not toks[k + len(parts)].is_word
                    # (a particle that is also a preposition before a capitalised word is the
                    # preposition: "sagten … zu Reuters" is no "zusagen"; session 29)
                    or (nxt[:1].isupper() and not (len(parts) == 1 and parts[0] in PREPOSITIONS))
                    or nxt in ("und", "zu")
                ):
                    return k + len(parts) - 1
            if (
                toks[k].text in ",;:"
                and k > i + 8
                # "…, gab der Gouverneur der Provinz X, Y, bekannt": the comma closes an
                # apposition right before the particle
                and [x.lower for x in toks[k + 1 : k + 1 + len(parts)]] != parts
            ):
                break
        return -1

    def _postposed_cue(self, sent: Sentence, j: int, lo: int) -> tuple[int, Entity, int] | None:
        """The first post-posed cue clause from token lo on: (verb index, speaker, last index)."""
        toks = sent.tokens
        first = (
            lo + 1 if lo < len(toks) and toks[lo].lower in ("und", "aber", "doch", "denn") else lo
        )
        main_pending = first < len(toks) and (
            toks[first].lower in SUBORDINATORS
            # "Sollte es zum Prozess kommen, drohen X …": a verb-first conditional
            or (
                toks[first].is_upper
                and (toks[first].lower in MODALS or toks[first].lower in AUXILIARIES)
                and toks[-1].text != "?"
            )
        )
        if first < len(toks) and toks[first].lower in ("um", "ohne", "statt", "anstatt"):
            comma = next((k for k in range(first, len(toks)) if toks[k].text == ","), len(toks))
            # "Um sie zu trainieren, musste X …": an infinitive clause, then the main verb
            main_pending = any(t.lower == "zu" for t in toks[first:comma])
        for i in range(lo + 3, len(toks) - 1):
            t = toks[i]
            if toks[i - 1].text != "," or not t.is_word or t.is_upper:
                continue
            if sent.inside_quote(t.start):
                continue
            low = t.lower
            if low in NOT_CUE_WORDS or low in FUNCTION_WORDS or low in SUBORDINATORS:
                continue
            if low in PREPOSITIONS or toks[i + 1].lower in PREPOSITIONS:
                continue
            # a lower-case word in -te right after a comma is a preterite: an adjective there
            # would need an article ("…, deponierte X" is tagged as an adjective at times)
            preterite = low.endswith("te") and t.tag in ("ADJA", "ADJD", "NN")
            # so is one in -t read as an adjective or a number ("…, analysiert Brandt",
            # "…, zerstreut Bürgermeister X"): a person's name must follow it as the subject
            present = low.endswith("t") and t.tag in ("ADJA", "ADJD", "CARD")
            if t.tag is not None and t.tag not in FINITE_TAGS and not (preterite or present):
                continue
            if main_pending:
                main_pending = False  # "Wenn …, soll er …": the verb of the main clause
                continue
            subject = self._postposed_subject(sent, i, j)
            if subject is not None:
                return i, subject[0], subject[1]
        return None

    def _opening_person(self, sent: Sentence, pronoun: str, offset: int) -> bool:
        """A person the pronoun may stand for opens the sentence itself ("Ramos, der …,
        verspricht keine Wunder: …, betonte er"): the sentence before does not decide
        (session 24)."""
        toks = sent.tokens
        limit = toks[min(4, len(toks) - 1)].start
        return any(
            ent.type == "PER"
            and s < limit
            and compatible(ent, pronoun, self.lex, self.article.text)
            for s, _e, ent in self.resolver.index.starting_in(sent.start, offset)
        )

    def _introduced_person(self, j: int) -> Entity | None:
        """The one person named in the sentence before j when that sentence holds no speech."""
        if j == 0 or j - 1 in self.quoted_sentences:
            return None
        prev = self.sentences[j - 1]
        if prev.segment != self.sentences[j].segment:
            return None
        persons = {
            e.id: e
            for _s, _e, e in self.resolver.index.starting_in(prev.start, prev.end)
            if e.type == "PER"
        }
        return next(iter(persons.values())) if len(persons) == 1 else None

    def _postposed_subject(self, sent: Sentence, i: int, j: int) -> tuple[Entity, int] | None:
        """The person right after the verb at i (after "sich"): a pronoun, a name, or the name in
        apposition to a role noun that a genitive name governs ("Xs früherer Chef, Y")."""
        toks = sent.tokens
        k = i + 1
        if k < len(toks) and toks[k].lower == "sich":
            k += 1
        if k >= len(toks):
            return None
        if toks[k].lower in ("er", "sie") and not toks[k].is_upper:
            # the person the sentence before introduced ("Verschnupft reagierte X. …, ließ er
            # … wissen"), else the pronoun's usual antecedent
            prev = self._introduced_person(j)
            if (
                prev is not None
                and compatible(prev, toks[k].lower, self.lex, self.article.text)
                and not self._opening_person(sent, toks[k].lower, toks[k].start)
            ):
                return prev, k
            res = self.resolver.pronoun(sent, toks[k].lower, self.active(j), toks[k].start)
            if res.entity is not None and res.entity.type == "PER":
                return res.entity, k
            return None
        stop = k
        while stop < len(toks) and stop - k < 8 and toks[stop].text not in ",;:.!?":
            stop += 1
        ent, idx = self.resolver.np_entity(sent, k, stop, max_start=k + 6)
        if ent is None or idx is None or ent.type != "PER":
            return None
        if any(t.lower in PREPOSITIONS or t.lower in SUBORDINATORS for t in toks[k:idx]):
            return None  # "…, ging nach Angaben von X zurück": the name is no subject
        if _object_article_before(toks, k, idx):
            return None  # "…, verleihe die Reform dem Regierungschef …": a dative, no subject
        end = self.resolver._mention_end(sent, idx, ent)
        if _genitive(toks, end):
            # a genitive ("Lehners früherer Chef, …"): the speaker is the one in apposition
            ent2, idx2 = self.resolver.np_entity(
                sent, end + 1, min(len(toks), end + 10), max_start=end + 8
            )
            if ent2 is None or idx2 is None or ent2.type != "PER":
                return None
            return ent2, self.resolver._mention_end(sent, idx2, ent2)
        return ent, end

    def _fronted_main_verb(self, sent: Sentence, first: int) -> int | None:
        """The finite verb of the main clause after a fronted subordinate clause ("Wenn …,
        (dann) soll er …"): the first finite verb right after a comma."""
        toks = sent.tokens
        for k in range(first + 1, len(toks) - 1):
            if toks[k].text != ",":
                continue
            v = k + 1
            if toks[v].lower in ("dann", "so") and v + 1 < len(toks):
                v += 1
            if toks[v].is_upper:
                continue
            if (
                toks[v].tag in FINITE_TAGS
                or toks[v].lower in AUXILIARIES
                or toks[v].lower in MODALS
            ):
                return v
        return None


def _object_article_before(toks: list[Token], lo: int, idx: int) -> bool:
    """The mention at ``idx`` opens with a dative or accusative article ("dem
    Regierungschef", "einem früheren Minister"): an object of the verb, not its subject; only
    adjectives may stand between the article and the mention (``lo``: the first word after
    the verb; the mention may take in its article)."""
    if toks[idx].lower in OBJECT_ARTICLES:
        return True
    p = idx - 1
    while p >= lo and toks[p].tag in ("ADJA", "ADJD"):
        p -= 1
    return p >= lo and toks[p].lower in OBJECT_ARTICLES
