"""A person's reaction told by the writer, and the words that follow it.

The 10kGNAD texts lost their quotation marks, so "Der Mehrheitsführer zeigte sich enttäuscht.
Diese Vereinbarung ist eine Metapher für …" reads as two sentences of the writer's; the second
is the person's own words. A sentence whose subject is a named person and whose verb tells how
they reacted (``reaction_verbs`` / ``reflexive_reaction_verbs`` in grammar.yaml: "reagierte
besorgt", "zeigte sich enttäuscht", "freut sich", "widerspricht dem") holds no speech of its
own; the plain statement right after it is theirs (session 31, docs/quotes.md)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import mood
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.first_person import CALENDAR_WORDS, MONTH_AMBIGUOUS, FirstPerson
from newsgraph.quotes.guards import _past
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import BINDABLE_PRONOUNS, RELATIVE_PRONOUNS, SUBORDINATORS
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

REACTION_VERBS = grammar("reaction_verbs")
REFLEXIVE_REACTION_VERBS = grammar("reflexive_reaction_verbs")


class Reactions(FirstPerson):
    """The reaction pass."""

    def reaction_pass(self) -> None:
        """The plain statement right after a named person's reaction is their direct speech."""
        if self.lex.language != "de":
            return  # unquoted direct speech is a German (10kGNAD) convention
        for j in range(len(self.sentences) - 1):
            sent, nxt = self.sentences[j], self.sentences[j + 1]
            if (
                not sent.tokens
                or not nxt.tokens
                or sent.quotes
                or nxt.quotes
                or nxt.segment != sent.segment
                or j in self.quoted_sentences
                or j + 1 in self.quoted_sentences
            ):
                continue
            verb = self._reaction_verb(sent)
            if verb is None:
                continue
            ent = self._sentence_subject(sent)
            if ent is None or ent.type != "PER":
                continue
            if j + 1 in self.topic_sentences or not self._reaction_words(nxt, ent):
                continue
            sp = Resolved(ent, 0.5, "continuation")
            toks = nxt.tokens
            self.add(Found("direct", toks[0].start, toks[-1].end, sp, None, j + 1, 0.4, "reaction"))

    def _reaction_words(self, sent: Sentence, ent: Entity) -> bool:
        """Words that can be the person's after their reaction: present tense (a past one
        tells what happened next), no Konjunktiv (reported speech is read elsewhere), no
        dated event, no hearsay "soll", and nothing the writer says about the person (their
        name, a pronoun bound to them)."""
        toks = sent.tokens
        if mood.konj1(toks, self.lex) or mood.konj2(toks, self.lex, use_tagger=True):
            return False
        if any(_past(t) for t in toks):
            return False
        for i, t in enumerate(toks):
            if t.lower in CALENDAR_WORDS and (
                t.lower not in MONTH_AMBIGUOUS or (i > 0 and toks[i - 1].text.endswith("."))
            ):
                return False
            if t.lower in ("soll", "sollen") and (t.tag is None or t.tag in FINITE_TAGS):
                return False
        named = self.resolver.index.starting_in(sent.start, sent.end)
        if any(e is ent for _s, _e, e in named):
            return False
        for t in toks:
            if any(e.type == "PER" and s < t.start for s, _e, e in named):
                break  # "Mister Kessler kann sagen, was er will.": the person named first
            if t.lower in BINDABLE_PRONOUNS:
                w = "sie" if t.lower == "sie" else "er"
                if self.resolver.base_pronoun(sent, w, ent, t.start).entity is ent:
                    return False
        return True

    def _reaction_verb(self, sent: Sentence) -> str | None:
        """The finite verb that tells of a reaction, in a sentence of one main clause with no
        content clause (no colon, no "dass"/"ob": words after those are read by the cue rules);
        the verb of the main clause, not of a relative or subordinate clause."""
        toks = sent.tokens
        if any(t.text == ":" or t.lower in ("dass", "ob") for t in toks):
            return None
        reflexive = any(t.lower == "sich" for t in toks)
        for i, t in enumerate(toks):
            if t.tag is not None and t.tag not in FINITE_TAGS:
                continue
            lo = self.clause_bounds(sent, i)[0]
            if lo > 0 and toks[lo].lower in SUBORDINATORS | RELATIVE_PRONOUNS:
                continue  # "…, der gerne und viel lacht": a habit told in a relative clause
            lemma = t.lemma or t.lower
            if lemma in REACTION_VERBS or (reflexive and lemma in REFLEXIVE_REACTION_VERBS):
                return lemma
        return None
