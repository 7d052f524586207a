"""Source phrases as cues: ``so X``, ``laut X``, ``X zufolge``, ``nach Angaben von X``,
``nach ihren Worten``, ``Für X ist …``, ``hieß es (aus …)``, ``war von … die Rede``, ``geht aus …
hervor``, and the Konjunktiv participle that reports without a content clause."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes.extractor_state import Cue
from newsgraph.quotes.guards import _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.organisations import unknown_name
from newsgraph.quotes.resolver_base import Resolved, _finite
from newsgraph.quotes.rule_words import BOUNDARY, FINITE_AUXILIARIES, INDEFINITE_ARTICLES
from newsgraph.quotes.speaker_phrases import NP_WORDS, SpeakerPhrases
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS, PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

# laws, contracts, budgets and policies: "laut X" on one of them reports nobody (session 30)
NORM_NOUNS = tuple(n.lower() for n in grammar("norm_nouns"))

# words that open the source after "nach Angaben …" ("des Ministeriums", "von X", "eines Arztes")
GENITIVE_OPENERS = frozenset(
    ["des", "der", "eines", "einer", "von", "vom", "seines", "seiner", "ihres", "ihrer", "dessen"]
)
# prepositions that name where an impersonal report comes from ("hieß es aus dem Ministerium",
# "heißt es vonseiten der Universität", and since session 25 "heißt es bei Zielpunkt")
IMPERSONAL_ORIGIN_WORDS = frozenset(["aus", "von", "vom", "seitens", "vonseiten", "bei", "beim"])
# participles of the perfect after "ist für X …" when the tagger gives no tags (session 26)
PERFECT_PARTICIPLES = frozenset(["geworden", "gewesen", "geblieben"])
# "eigenen Angaben zufolge": the statement is the clause subject's own
OWN_WORDS = frozenset(["eigenen", "eigener", "eigenem", "eigene"])


def _norm_noun(word: str) -> bool:
    """A law, contract, budget or policy by its head ("Grundversorgungsgesetz", "Gesetzen")."""
    return word.rpartition("-")[2].lower().endswith(NORM_NOUNS)


def _verb_final_clause(rest: list[Token]) -> bool:
    """The words after a "so" up to the next punctuation end in a finite verb: "so" is the
    conjunction of a conditional or comparative clause ("so eine Anschaffung gerade ansteht",
    "so Gott will"), not the "so X" of a source."""
    clause: list[Token] = []
    for t in rest:
        if t.text in BOUNDARY or t.text in (".", "!", "?", "-"):
            break
        clause.append(t)
    return len(clause) >= 2 and clause[-1].tag in FINITE_TAGS


class SourcePhrases(SpeakerPhrases):
    """The cues of source phrases and impersonal reports."""

    def so_cue(self, sent: Sentence, j: int) -> Cue | None:
        so = self.lex.so_cue
        toks = sent.tokens
        if not so:
            return None
        for i in range(1, len(toks) - 1):
            if toks[i].lower != so or sent.inside_quote(toks[i].start):
                continue
            if toks[i - 1].text in ("–", "—"):
                inserted = self._dashed_so_cue(sent, i, j)
                if inserted is not None:
                    return inserted
                continue
            if toks[i - 1].text != ",":
                continue
            rest = toks[i + 1 :]
            if len(rest) > 16 or not (
                rest[0].is_upper or rest[0].lower in ("der", "die", "das", "ein", "eine")
            ):
                continue
            if _verb_final_clause(rest):
                continue  # "…, so eine Anschaffung gerade ansteht": "so" opens a condition
            ent, idx = self.resolver.np_entity(sent, i + 1, len(toks))
            demonym = None
            if ent is not None and idx is not None and self._demonym_at(sent, i + 1, idx, ent):
                # "so der gebürtige St. Pöltner": a description of a person, who is bound as
                # by a role noun
                demonym = self.resolver.role(sent, idx, self.active(j))
                ent = None
            if ent is not None and idx is not None and ent.type != "PER":
                # ", so die Vize-Chefin des X in Y, Z.": the person in apposition
                end = self.resolver._mention_end(sent, idx, ent)
                person = self.resolver._apposition_after(sent, end)
                if person is not None and self.resolver._role_in(sent, i + 1, idx, self.active(j)):
                    ent = person.entity
            if ent is not None:
                sp = Resolved(ent, 0.85, "name")
            elif demonym is not None:
                sp = demonym
            else:
                role = self.resolver._role_in(sent, i + 1, min(len(toks), i + 6), self.active(j))
                sp = role or Resolved(None, 0.3, "none")
            return Cue("so", i, i, (i, len(toks)), toks[i].text, sp)
        return None

    def _extended_attribute(self, sent: Sentence, k: int, hi: int) -> tuple[int, int] | None:
        """ "laut dem am Mittwoch präsentierten Jahresbericht der Ombudsstelle", "laut einer
        ebenfalls beschlossenen ergänzenden Entschließung": an article whose noun phrase stops
        at an extended attribute; the phrase from the adjective or participle right before the
        noun on (not an article: "einer von der Stadt … gegebenen Untersuchung") (session 25)."""
        toks = sent.tokens
        if hi != k + 1 or toks[k].lower not in DEFINITE | INDEFINITE_ARTICLES:
            return None
        for m in range(k + 1, min(len(toks) - 1, k + 8)):
            t = toks[m]
            if t.text in BOUNDARY or not (t.is_word or t.text[:1].isdigit()):
                return None
            nxt = toks[m + 1]
            if (
                not t.is_upper
                and t.lower.endswith(("e", "en", "er", "es", "em"))
                and t.lower not in NP_WORDS
                and nxt.is_upper
                and nxt.is_word
            ):
                end = self._np_end(sent, m)
                return (m, end) if end > m + 1 else None
        return None

    def _demonym_at(self, sent: Sentence, lo: int, idx: int, ent: Entity) -> bool:
        """A place entity the cue phrase names with a definite article and a demonym ending
        ("der gebürtige St. Pöltner", "die Vorarlbergerin"): the statistical NER read the
        description of a person as a place (session 25)."""
        toks = sent.tokens
        if ent.type != "LOC" or toks[lo].lower not in ("der", "die"):
            return False
        for k in range(lo + 1, idx):
            abbreviation = len(toks[k].text) <= 3 and toks[k + 1].text == "."  # "St. Pöltner"
            if toks[k].is_upper and not abbreviation:
                return False  # "die Bürgermeisterin der Steirer": another head noun
        k = idx
        while (
            k + 1 < len(toks)
            and self.resolver.index.covering(toks[k + 1].start, toks[k + 1].end) is ent
        ):
            k += 1
        return toks[k].lower.endswith(("er", "erin"))

    def _dashed_so_cue(self, sent: Sentence, i: int, j: int) -> Cue | None:
        """ "… und sorgen – so Sicherheitsreferent X – für eine …", "das – so X – ohne …
        abgeschafft werden könnte": "so" and a named person or organisation between dashes
        inside the sentence, no verb among them (session 24). The cue's clause ends at the
        closing dash; the content stands on both sides of it."""
        toks = sent.tokens
        close = next(
            (x for x in range(i + 2, min(len(toks) - 1, i + 12)) if toks[x].text in BOUNDARY),
            None,
        )
        if close is None or toks[close].text != toks[i - 1].text:
            return None
        inside = toks[i + 1 : close]
        if not inside[0].is_upper or any(
            _finite(t) or not (t.is_word or t.text in ".-") for t in inside
        ):
            return None
        ent, idx = self.resolver.np_entity(sent, i + 1, close)
        if ent is None or idx is None or ent.type not in ("PER", "ORG"):
            return None
        if not any(_finite(t) for t in toks[: i - 1]):
            return None  # "Mehrere Parteien – so SPÖ und Grüne – lehnen ab": an example
        if ent.type == "ORG" and any(t.lower in ("und", "oder", "sowie") for t in inside):
            return None  # "…, wie – so etwa SPÖ und Grüne – …": an enumeration
        words = self._words(toks, i, close - 1)
        return Cue("so", i, close - 1, (i, close), words, Resolved(ent, 0.85, "name"))

    def source_cues(self, sent: Sentence, j: int) -> list[Cue]:
        toks = sent.tokens
        lows = [t.lower for t in toks]
        cues: list[Cue] = []
        view = self._view_of(sent, j) or self._inner_view(sent, j)
        if view is not None:
            cues.append(view)
        for i in range(len(toks)):
            if sent.inside_quote(toks[i].start):
                continue
            for phrase in self.lex.source_after_by_first.get(lows[i], ()):
                n = len(phrase)
                if tuple(lows[i : i + n]) != phrase:
                    continue
                k = i + n
                if k < len(toks) and lows[k] in ("aus", "from"):
                    break  # "nach Angaben aus Prag": a place, no speaker
                owner = next(
                    (self.lex.possessives[w] for w in phrase if w in self.lex.possessives), None
                )
                if owner is not None:
                    sp = self._possessive_speaker(sent, owner, i, j, last=k - 1)
                    cues.append(Cue("source", i, k - 1, (i, k), self._words(toks, i, k - 1), sp))
                    break
                if (
                    self.lex.language == "de"
                    and k < len(toks)
                    and phrase[-1][:1].isalpha()
                    and len(phrase) > 1
                    and (toks[k].text[:1].isdigit() or (toks[k].is_word and not toks[k].is_upper))
                    and lows[k] not in GENITIVE_OPENERS
                    # "Geht es nach den Plänen der X": the dative after a phrase ending in "nach"
                    and not (phrase[-1] == "nach" and lows[k] in DEFINITE)
                ):
                    # "starben nach jüngsten Angaben 38 Menschen", "nach vorläufigen
                    # Erkenntnissen 921 Delikte von X": no source named after the phrase
                    if any(t.lower in self.lex.continuation_adverbs for t in toks):
                        break  # "… habe demnach nach vorläufigen Erkenntnissen …": the report
                    sp = Resolved(None, 0.4, "none")
                    cues.append(Cue("source", i, k - 1, (i, k), self._words(toks, i, k - 1), sp))
                    break
                hi = self._np_end(sent, k)
                if hi == k:
                    break
                lo = k
                attributed = self._extended_attribute(sent, k, hi)
                if attributed is not None:
                    lo, hi = attributed
                sp = self._np_speaker(sent, lo, hi, j)
                if (
                    sp.entity is None
                    and sp.how == "none"
                    and self._document_kind(toks[hi - 1].text.rpartition("-")[2]) is None
                ):
                    # not "einer Yougov-Umfrage für die Times": the client of a document
                    attached = self._attached_organisation(sent, hi)
                    if attached is not None:
                        sp = Resolved(attached, 0.6, "name")
                if sp.entity is None and (
                    lows[i] == "gemäß"
                    or _norm_noun(next((t.text for t in toks[k:hi] if t.is_upper), ""))
                ):
                    # "laut Staatsschutzgesetz", "laut Budget", "gemäß einer Vereinbarung",
                    # "Gemäß der … Einwanderungspolitik": what a rule provides, nobody's words
                    # ("gemäß" names a speaker only with a name: "gemäß Polizeisprecher X")
                    break
                cues.append(Cue("source", i, hi - 1, (i, hi), self._words(toks, i, hi - 1), sp))
                break
            postposed = self._postposed_nach(sent, i, j) if lows[i] == "nach" and not cues else None
            if postposed is not None:
                cues.append(postposed)
                continue
            genitive = self._genitive_source(sent, i) if lows[i] == "nach" and not cues else None
            if genitive is not None:
                cues.append(genitive)
                continue
            if (
                lows[i] == "nach"
                and i + 2 < len(toks)
                and not cues
                and toks[i + 1].is_word
                and not toks[i + 1].is_upper
                and lows[i + 1].endswith("en")
                and lows[i + 1] not in ("diesen", "jenen", "denselben")  # point back
                and lows[i + 2] in self.lex.adjective_source_nouns
                and (i + 3 >= len(toks) or lows[i + 3] not in GENITIVE_OPENERS)
                and not any(t.lower in self.lex.continuation_adverbs for t in toks)
                and not any(c.index == i for c in cues)
            ):
                # "nach nordkoreanischen Angaben", "nach offiziellen Informationen": a source
                # phrase that names no source of its own
                cues.append(
                    Cue(
                        "source",
                        i,
                        i + 2,
                        (i, i + 3),
                        self._words(toks, i, i + 2),
                        Resolved(None, 0.4, "none"),
                    )
                )
            for phrase in self.lex.source_before:
                if lows[i] != phrase[0]:
                    continue
                lo = i
                while lo > 0 and toks[lo - 1].text not in BOUNDARY and i - lo < 8:
                    lo -= 1
                    if toks[lo].lower in ("sagte", "sagt") or toks[lo].lower in self.lex.verb_forms:
                        lo += 1
                        break
                    if toks[lo].tag in FINITE_TAGS or toks[lo].lower in FINITE_AUXILIARIES:
                        # "Bei einem Angriff auf die Stadt X wurden den Angaben zufolge …": the
                        # source is the noun phrase right before "zufolge", not a name before
                        # the finite verb
                        lo += 1
                        break
                if lo == i:
                    continue
                if any(lows[k] in OWN_WORDS for k in range(lo, i)):
                    # "Eigenen Angaben zufolge hat der Oligarch …": the clause's subject
                    sp = self._possessive_speaker(sent, "self", lo, j, last=i)
                else:
                    sp = self._np_speaker(sent, lo, i, j)
                cues.append(Cue("source", i, i, (lo, i + 1), self._words(toks, lo, i), sp))
            if (
                lows[i] in ("nach",)
                and i + 1 < len(toks)
                and any(
                    lows[i + 1].endswith(s) and len(lows[i + 1]) > len(s) + 2
                    for s in self.lex.compound_suffixes
                )
            ):
                word = toks[i + 1].text
                prefix = next(
                    word[: -len(s)] for s in self.lex.compound_suffixes if word.lower().endswith(s)
                )
                ent = self._entity_by_head(prefix, toks[i].start)
                if ent is None:
                    # "nach Polizeiangaben", "nach Armeeangaben": an institution with no name
                    made = self.resolver.institution(sent, i + 1, i + 2)
                    ent = made[0] if made is not None else None
                if ent is None:
                    # "nach Konzernangaben", "nach Gewerkschaftsangaben": the organisation of
                    # that kind named before
                    ent = self.resolver.organisation_by_kind(prefix, toks[i].start)
                sp = Resolved(ent, 0.6 if ent else 0.3, "name" if ent else "none")
                cues.append(Cue("source", i, i + 1, (i, i + 2), f"{toks[i].text} {word}", sp))
        for phrase in self.lex.impersonal:
            for i in range(len(toks)):
                if phrase and lows[i] != phrase[0]:
                    continue  # (the first word decides at most places, without a slice)
                if tuple(lows[i : i + len(phrase)]) == phrase:
                    act = self._impersonal_active(j, sent, i)
                    sp = (
                        Resolved(act, 0.5, "continuation", explicit=False)
                        if act
                        else Resolved(None, 0.3, "none", explicit=False)
                    )
                    if self._anonymous(sent, self.clause_bounds(sent, i)):
                        # "In Sicherheitskreisen hieß es": nobody known; "In Regierungskreisen
                        # hieß es": the government named before
                        sp = self.anonymous_speaker(sent, self.clause_bounds(sent, i))
                    else:
                        origin = self._impersonal_origin(sent, i, i + len(phrase))
                        if origin is not None:
                            sp = Resolved(origin, 0.7, "name")  # "hieß es aus dem Ministerium"

                    cues.append(
                        Cue(
                            "impersonal",
                            i,
                            i + len(phrase) - 1,
                            self.clause_bounds(sent, i),
                            self._words(toks, i, i + len(phrase) - 1),
                            sp,
                        )
                    )
        cues.extend(self._rede_cues(sent, j))
        return cues

    def _impersonal_active(self, j: int, sent: Sentence, i: int) -> Entity | None:
        """The current source an impersonal cue ("heißt es") goes on with: only one whose
        speech (not a sentence about them) ran up to the sentence before, or any current one with "weiter" in the cue
        clause ("hieß es weiter"); after a sentence of the writer's own the cue names nobody
        ("… gewählt. Erstmals war die Sitzung … begleitet. Bis 2017 solle es …, hieß es.")."""
        act = self.active(j)
        # "Brunner kam in Wien an. Frühestens im August, heißt es, hat er Zeit …": the person a
        # sentence of the writer's is about has not spoken — only a colon, "weiter" or a
        # definite document of theirs ("X hat einen Entwurf vorgelegt. …, heißt es in dem
        # Entwurf") gives them the cue
        topic = self.state.active_sentence in self.topic_sentences
        if act is None or (j - self.state.active_sentence <= 1 and not topic):
            return act
        lo, hi = self.clause_bounds(sent, i)
        toks = sent.tokens
        if hi < len(toks) and toks[hi].text == ":":
            return act  # "In einer Mitteilung seines Büros hieß es: …" introduces what follows
        if any(t.lower in self.lex.impersonal_onward for t in toks[lo:hi]):
            return act
        # "heißt es in der Aussendung", "im Antrag": a definite document is the current
        # source's (not "in einem Support-Dokument")
        for k in range(lo, hi - 1):
            if toks[k].lower == "im" or (
                toks[k].lower == "in" and toks[k + 1].lower in ("der", "dem", "den", "diesem")
            ):
                return act
        return None

    def _rede_cues(self, sent: Sentence, j: int) -> list[Cue]:
        """ "In Justizkreisen war von acht Toten die Rede": a nominal impersonal cue at the end
        of its clause after a form of "sein"; its content is the von-phrase."""
        toks = sent.tokens
        lows = [t.lower for t in toks]
        out: list[Cue] = []
        for phrase in self.lex.impersonal_nominal:
            n = len(phrase)
            for i in range(2, len(toks) - n + 1):
                if tuple(lows[i : i + n]) != phrase or sent.inside_quote(toks[i].start):
                    continue
                lo, hi = self.clause_bounds(sent, i)
                while hi > i + n and not toks[hi - 1].is_word:
                    hi -= 1
                if (
                    i + n < hi - 1
                    and lows[i - 1] in self.lex.impersonal_nominal_verbs
                    and lows[i + n] in ("von", "vom")
                ):
                    # "In Foren war die Rede von Voodoomodellen": the von-phrase after the cue
                    verb, content = i - 1, (i + n, hi)
                elif i + n != hi:
                    continue  # "die Rede des Ministers …": a speech, not a cue
                else:
                    found = next(
                        (k for k in range(lo, i) if lows[k] in self.lex.impersonal_nominal_verbs),
                        None,
                    )
                    if found is None:
                        continue
                    verb = found
                    von = next((k for k in range(verb + 1, i) if lows[k] in ("von", "vom")), None)
                    if von is None:
                        continue
                    content = (von, i)
                # "Zunächst war von 35 Toten die Rede", "In der Fachsprache ist von … die
                # Rede": nobody, not the current source (the gold's three such cues are
                # null, session 31); an origin named in the clause speaks ("war im
                # Ministerium von … die Rede")
                origin = self._impersonal_origin(sent, verb, verb + 1)
                sp = (
                    Resolved(origin, 0.6, "name")
                    if origin is not None
                    else Resolved(None, 0.3, "none", explicit=False)
                )
                if self._anonymous(sent, (lo, hi)):
                    sp = self.anonymous_speaker(sent, (lo, hi))
                words = f"{toks[verb].text} … {self._words(toks, i, i + n - 1)}"
                out.append(Cue("nominal", i, i + n - 1, content, words, sp))
        return out

    def _reported_participle(self, sent: Sentence, c: Cue) -> bool:
        """A participle or infinitive cue whose auxiliary or modal is a Konjunktiv I and that
        introduces nothing ("Er habe ja jetzt der Zeitung Rede und Antwort gestanden.", "Demnach
        wolle X das Angebot annehmen."): the sentence is reported speech itself, the verb no cue
        of its own."""
        toks = sent.tokens
        # the tagger reads some participles without ge- as finite ("hätten … ersucht"), some
        # as infinitives ("habe … angenommen")
        if c.index != c.last or c.bracket or toks[c.index].tag not in ("VVPP", "VVFIN", "VVINF"):
            return False
        lo = c.clause[0]
        # "Die Behörden hätten bereits um seine Festnahme ersucht.": the Konjunktiv II stands
        # for the Konjunktiv I that looks like the indicative (haben); "Demnach wolle die Firma
        # das Angebot annehmen.": an infinitive under a Konjunktiv I modal or "werde"
        aux = (
            *("habe", "haben", "sei", "seien", "hätte", "hätten", "wäre", "wären", "werde"),
            *("wolle", "könne", "müsse", "dürfe", "solle", "möge"),
        )
        return any(t.lower in aux for t in toks[lo : c.index]) and (
            c.index + 1 >= len(toks) or toks[c.index + 1].text in ".!?"
        )

    def _document_origin(self, sent: Sentence, clause: tuple[int, int], i: int) -> Resolved:
        """The source of "geht aus der Antwort der Bundesregierung hervor": the organisation or
        person of the aus-phrase, or nobody (the subject "Das" points back to the content)."""
        toks = sent.tokens
        for k in range(clause[0], clause[1]):
            if toks[k].lower != "aus" or k == i:
                continue
            end = self._np_end(sent, k + 1)
            found: tuple[Entity, int] | None = None
            m = k + 1
            while m < end:
                ent = self.resolver.index.covering(toks[m].start, toks[m].end)
                if ent is None:
                    m += 1
                    continue
                stop = m + 1
                while (
                    stop < end
                    and self.resolver.index.covering(toks[stop].start, toks[stop].end) is ent
                ):
                    stop += 1
                attribute = stop + 1 < len(toks) and (
                    toks[stop].tag == "ADJA"
                    or (toks[stop].is_word and not toks[stop].is_upper and toks[stop + 1].is_upper)
                )
                if ent.type in ("ORG", "PER") and not attribute:
                    found = (ent, m)  # not "aus dem der APA vorliegenden Programm"
                m = stop
            if found is not None:
                return Resolved(found[0], 0.6, "name", at=(found[1], found[1]))
            break
        return Resolved(None, 0.4, "none")

    def _impersonal_origin(self, sent: Sentence, lo: int, hi: int) -> Entity | None:
        """The organisation or person an impersonal cue comes from: "hieß es aus dem
        Ministerium", "aus der Partei verlautete", "hieß es von Seiten der Polizei"."""
        toks = sent.tokens
        c_lo, c_hi = self.clause_bounds(sent, lo)
        after = hi + 1 if hi < len(toks) and toks[hi].lower == "es" else hi  # "verlautete es aus"
        # "hieß es am Freitag seitens des Militärkommandos": a short adverbial may come first
        # "Aus dem Büro X heißt es": a fronted phrase opens the clause (session 22)
        spots = [
            k
            for k in (after, after + 1, after + 2, lo - 3, lo - 2, lo - 1, c_lo)
            if c_lo <= k < c_hi
        ]
        for k in spots:
            if k < 0 or k >= len(toks) or toks[k].lower not in IMPERSONAL_ORIGIN_WORDS:
                continue
            end = self._np_end(sent, k + 1)
            if toks[k].lower == "von" and end > k + 1 and toks[k + 1].lower == "seiten":
                end = self._np_end(sent, k + 2)
            if end <= k + 1:
                continue
            ent, _ = self.resolver.np_entity(sent, k + 1, end, prefer_person=False)
            if ent is not None and ent.type in ("ORG", "PER"):
                return ent
        # "heißt es in dem Bericht des Rechnungshofs", "In einem Papier des Dienstes heißt es":
        # a document with its owner, anywhere before the cue in its clause or right after it
        for k in [*range(max(c_lo, 0), lo), *spots]:
            if 0 <= k < len(toks) and toks[k].lower in ("in", "im"):
                owner = self._document_owner(sent, k + 1, c_hi)
                if owner is not None:
                    return owner
        # "hieß es im Innenministerium", "Im Verteidigungsministerium hieß es": an
        # organisation the report comes from, right after the cue or fronted before it (not a
        # place: "in Moskau hieß es")
        for k in (after, after + 1, after + 2, c_lo):
            if not c_lo <= k < c_hi or toks[k].lower not in ("in", "im"):
                continue
            end = self._np_end(sent, k + 1)
            if end <= k + 1:
                continue
            ent, _ = self.resolver.np_entity(sent, k + 1, end, prefer_person=False)
            if ent is not None and ent.type == "ORG":
                return ent
        return None

    def _possessive_speaker(
        self, sent: Sentence, owner: str, i: int, j: int, last: int | None = None
    ) -> Resolved:
        """ "nach ihren Worten" → sie; "nach eigenen Angaben" → the subject of the sentence.
        ``last``: the phrase's last token."""
        act = self.active(j)
        if owner == "self":
            # "Weil er nach eigenen Angaben …", "Die Firma hat nach eigenen Angaben …": the
            # first pronoun or name before the phrase in its clause owns the statement
            toks = sent.tokens
            lo = self.clause_bounds(sent, i)[0]
            if self.lex.language == "de":
                relative = self._relative_owner(sent, lo, i)
                if relative is not None:
                    return relative
            for k in range(lo, i):
                t = toks[k]
                if t.lower in PERSONAL_PRONOUNS and (k == 0 or not t.is_upper):
                    return self.resolver.pronoun(sent, t.lower, act, t.start)
                if (
                    self.lex.language == "de"
                    and k > lo
                    and any(x.lower in PREPOSITIONS for x in toks[max(lo, k - 3) : k])
                ):
                    continue  # "Hinter HD Austria steht …", "in Köln", "der in X ansässigen"
                named = [
                    ent
                    for _s, _e, ent in self.resolver.index.starting_in(t.start, t.end)
                    if ent.type in ("PER", "ORG") and _e <= toks[i].start
                ]
                if named:
                    return Resolved(named[0], 0.6, "name")
            if self.lex.language == "de":
                ent, at = self.resolver.np_entity(sent, lo, i)
                if (
                    ent is not None
                    and at is not None
                    and not any(x.lower in PREPOSITIONS for x in toks[max(lo, at - 3) : at])
                ):
                    return Resolved(ent, 0.6, "name")  # "Die USA haben nach eigenen Angaben"
            if self.lex.language == "de" and last is not None:
                after = self._subject_after_finite(sent, last, act)
                if after is not None:
                    # "Eigenen Angaben zufolge hat der Oligarch …", "Nach eigenen Angaben hat
                    # Fortinet …": the subject after the finite verb that follows the phrase
                    return after
            if self.lex.language == "de":
                # a name after a preposition is no subject ("Hinter HD Austria steht die M7
                # Group … nach eigenen Angaben", "in Köln haben die Ermittler …")
                ent = next(
                    (
                        e
                        for k, t in enumerate(toks)
                        if not any(x.lower in PREPOSITIONS for x in toks[max(0, k - 3) : k])
                        for _s, _e, e in self.resolver.index.starting_in(t.start, t.end)
                        if e.type in ("PER", "ORG")
                    ),
                    None,
                )
            else:
                ent, _ = self.resolver.np_entity(sent, 0, len(sent.tokens))
            if ent is not None:
                return Resolved(ent, 0.6, "name")
            for t in sent.tokens:
                if t.lower in PERSONAL_PRONOUNS:
                    return self.resolver.pronoun(sent, t.lower, act, t.start)
            return Resolved(act, 0.5, "continuation") if act else Resolved(None, 0.3, "none")
        return self.resolver.pronoun(sent, owner, act, sent.tokens[i].start)

    def _relative_owner(self, sent: Sentence, lo: int, i: int) -> Resolved | None:
        """ "Richter, der nach eigenen Angaben …", "der Beobachtungsstelle, die nach eigenen
        Angaben …": a relative pronoun right before the phrase; the name before its comma owns
        the statement (nobody known when no name ends there: "Richter, der …" with a name
        the entity layer did not tag, not the person the relative clause names)."""
        toks = sent.tokens
        if not (lo >= 2 and lo + 1 == i and toks[lo - 1].text == ","):
            return None
        if toks[lo].lower not in ("der", "die", "das"):
            return None
        for t in reversed(toks[max(0, lo - 3) : lo - 1]):
            # the name, or the name and a clause-final verb ("vom Hacker X enthüllt, der …")
            if not t.is_word:
                break
            ent = self.resolver.index.covering(t.start, t.end)
            if ent is not None:
                return Resolved(ent, 0.6, "name") if ent.type in ("PER", "ORG") else None
        return Resolved(None, 0.4, "none")

    def _subject_after_finite(
        self, sent: Sentence, last: int, act: Entity | None
    ) -> Resolved | None:
        """The subject right after the finite verb that follows a fronted phrase ending at
        ``last``: a pronoun, a name, or a definite role noun."""
        toks = sent.tokens
        v = last + 1
        if v >= len(toks) or not (
            toks[v].tag in FINITE_TAGS or toks[v].lower in FINITE_AUXILIARIES
        ):
            return None
        a = v + 1
        if a >= len(toks):
            return None
        if toks[a].lower in PERSONAL_PRONOUNS:
            return self.resolver.pronoun(sent, toks[a].lower, act, toks[a].start)
        ent, _ = self.resolver.np_entity(sent, a, min(len(toks), a + 5), max_start=a + 2)
        if ent is not None and ent.type in ("PER", "ORG"):
            return Resolved(ent, 0.6, "name")
        if toks[a].lower in ("der", "die"):
            return self.resolver._role_in(sent, a, min(len(toks), a + 3), act)
        if self.lex.language == "de" and unknown_name(toks[a].text):
            # "Nach eigenen Angaben hat Fortinet …": a name the entity layer missed is the
            # subject; nobody known, not the source of the sentences before (session 29)
            return Resolved(None, 0.4, "none")
        return None

    def _postposed_nach(self, sent: Sentence, i: int, j: int) -> Cue | None:
        """ "Seiner Einschätzung nach werden …", "Ihrer Meinung nach": a possessive and an
        owned source noun before a postposed "nach" (session 25)."""
        toks = sent.tokens
        if i < 2 or toks[i - 1].lower not in self.lex.owned_source_nouns:
            return None
        owner = self.lex.possessives.get(toks[i - 2].lower)
        if owner is None or owner == "self":
            return None
        if (toks[i - 2].is_upper and i - 2 > 0) or toks[-1].text == "?":
            return None  # "Wer hat Ihrer Meinung nach recht?": the interviewer asks "Sie"
        if i + 1 < len(toks) and toks[i + 1].is_upper and toks[i + 1].is_word:
            return None  # "seiner Ansicht nach Wien": a place after the preposition
        sp = self._possessive_speaker(sent, owner, i - 2, j)
        return Cue("source", i - 2, i, (i - 2, i + 1), self._words(toks, i - 2, i), sp)

    def _genitive_source(self, sent: Sentence, i: int) -> Cue | None:
        """ "Nach Kellers Darstellung", "nach Apples Darstellung" (session 12): ``nach``, a
        person or organisation in the genitive and an owned source noun."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 2].lower not in self.lex.owned_source_nouns:
            return None
        name = toks[i + 1]
        if not (name.is_upper and name.text.endswith(("s", "'", "’", "ß", "x", "z"))):
            return None
        ent = next(
            (
                e
                for _s, _e, e in self.resolver.index.starting_in(name.start, name.end)
                if e.type in ("PER", "ORG")
            ),
            None,
        )
        if ent is None:
            # the genitive of a name mentioned before: "Kellers" of "Keller"
            bare = name.text.rstrip("'’")
            bare = bare[:-1] if bare == name.text and bare.endswith("s") else bare
            ent = next(
                (
                    e
                    for e in self.article.entities
                    if e.type in ("PER", "ORG")
                    and any(m.text == bare or m.text.endswith(" " + bare) for m in e.mentions)
                    and any(m.start < name.start for m in e.mentions)
                ),
                None,
            )
        if ent is None:
            return None
        sp = Resolved(ent, 0.8, "name")
        return Cue("source", i, i + 2, (i, i + 3), self._words(toks, i, i + 2), sp)

    def _view_of(self, sent: Sentence, j: int) -> Cue | None:
        """ "Für Lorenz sind die Ergebnisse ein Grund, …", "Für die Chefin der Jugend, X, ist
        all das ein Schlag gegen …" (session 12): a sentence opening with ``Für`` and a person,
        then a finite verb in the present, tells that person's view."""
        toks = sent.tokens
        if self.lex.language != "de" or len(toks) < 5 or toks[0].lower != "für":
            return None
        if toks[-1].text == "?" or sent.inside_quote(toks[0].start):
            return None
        hi = self._np_end(sent, 1)
        while hi < len(toks) and toks[hi].text == "," and hi + 1 < len(toks):
            nxt = self._np_end(sent, hi + 1)  # "Für die Chefin der X, Lena Ritter, ist …"
            if nxt == hi + 1 or nxt >= len(toks) or toks[nxt].text != ",":
                break
            hi = nxt + 1
        if hi <= 1 or hi >= len(toks):
            return None
        head = next((t for t in toks[1:hi] if t.is_upper), None)
        if head is not None and self._document_kind(head.text) is not None:
            return None  # "Für ihre Untersuchung haben die Forscher …": a purpose, not a view
        verb = toks[hi]
        # "Für Schober ergeben sich …": a participle form right before "sich" is the finite verb
        reflexive = hi + 1 < len(toks) and toks[hi + 1].lower == "sich" and verb.tag == "VVPP"
        if not (self._finite_among([verb]) or reflexive) or _past(verb) or verb.mood == "Sub":
            return None
        after = [t.lower for t in toks[hi + 1 : hi + 3]]
        if (
            after[:1] == ["es"]
            and len(after) == 2
            and (after[1] in DEFINITE or after[1][:1].isdigit())
        ):
            return None  # "Für Berg ist es das zweite Halbfinale": an event of the person
        sp = self._np_speaker(sent, 1, hi, j)
        if sp.entity is None or sp.entity.type != "PER":
            return None
        return Cue("source", 0, hi - 1, (0, hi), self._words(toks, 0, hi - 1), sp)

    def _inner_view(self, sent: Sentence, j: int) -> Cue | None:
        """ "Die Abwicklung ist für Kainz sehr sensibel, weil …", "Wasser zu sparen, macht für
        Jansen wenig Sinn" (session 26): ``für`` and a named person right after the finite
        copula or evaluating verb of a main clause (``view_verbs``), a predicate after the
        name, tells that person's view. Not a benefactive ``für die Kinder`` (no person), not
        ``war für Berg der zweite Sieg`` (an event of the person: a definite article or a
        number after the name), not ``steht für Max Huber.`` (no predicate)."""
        toks = sent.tokens
        if self.lex.language != "de" or not self.lex.view_verbs or len(toks) < 6:
            return None
        if toks[-1].text == "?":
            return None
        for k in range(2, len(toks) - 3):
            if toks[k].lower != "für" or toks[k].is_upper or sent.inside_quote(toks[k].start):
                continue
            verb = toks[k - 1]
            if verb.lower not in self.lex.view_verbs or not self._finite_among([verb]):
                continue
            if verb.mood == "Sub":
                continue
            if not toks[k + 1].is_upper or toks[k + 1].lower in DEFINITE:
                continue  # a name only: not "für ihn", "für die Partei", "für alle"
            hi = k + 1  # the capitalised words of the name ("für Richter Tim Adler")
            while hi < len(toks) and hi - k <= 4 and toks[hi].is_word and toks[hi].is_upper:
                hi += 1
            if hi >= len(toks) - 1 or toks[hi].text in BOUNDARY:
                continue
            nxt = toks[hi].lower
            if nxt in DEFINITE or nxt[:1].isdigit() or nxt in self.lex.number_words:
                continue
            stop = next((m for m in range(hi, len(toks)) if toks[m].text in BOUNDARY), len(toks))
            if any(
                t.tag in ("VAPP", "VVPP") or t.lower in PERFECT_PARTICIPLES for t in toks[hi:stop]
            ):
                continue  # "ist für X zu einer Hochschaubahn geworden": the writer's perfect
            sp = self._np_speaker(sent, k + 1, hi, j)
            if sp.entity is None or sp.entity.type != "PER":
                continue
            return Cue("source", k, hi - 1, (k, hi), self._words(toks, k, hi - 1), sp)
        return None
