"""The entity a noun phrase names: a person first, else an organisation, past
descriptors, place attributes, owners and outsiders (``Smith's advisers``, ``Twitter users``),
possessive owners of a role holder; and aliases (a word the entity layer left unmarked)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes import english
from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.organisations import Organisations
from newsgraph.quotes.resolver_base import _bare_heads
from newsgraph.quotes.speaker_words import (
    FUNCTION_WORDS,
    NAME_PHRASE_PREPOSITIONS,
    PREPOSITIONS,
    SUBORDINATORS,
)
from newsgraph.quotes.text import Sentence
from newsgraph.words_de import DEFINITE_ARTICLES

OUTSIDER_HEADS = grammar("outsider_heads")


class NounPhraseEntities(Organisations):
    """The speaker entity inside a noun phrase."""

    def np_entity(
        self,
        sent: Sentence,
        lo: int,
        hi: int,
        prefer_person: bool = True,
        max_start: int | None = None,
    ) -> tuple[Entity | None, int | None]:
        """The speaker entity inside tokens [lo, hi): a person first, else an organisation."""
        found: list[tuple[int, Entity]] = []
        aliases: list[tuple[int, Entity]] = []
        for i in range(lo, min(hi, len(sent.tokens))):
            if sent.inside_quote(sent.tokens[i].start):
                continue
            if not self.english and sent.tokens[i].text.rpartition("-")[2] in OUTSIDER_HEADS:
                continue  # "Viele SPÖ-Anhänger sagten": the supporters do not speak for the SPÖ
            ent = self.index.covering(sent.tokens[i].start, sent.tokens[i].end)
            if ent is None:
                if not self._pointing_head(sent, i, lo):
                    continue
                alias = self.alias(sent.tokens[i].text, sent.tokens[i].start)
                if alias is not None:
                    aliases.append((i, alias))
                continue
            if any(e is ent for _, e in found):
                continue
            if ent.type == "MISC":
                continue  # a work, an event or a common noun the entity layer took ("Hacker")
            if self.english and ent.type == "LOC" and self._english_place_attribute(sent, i, ent):
                continue  # "A California transit chief says", "Middle East observers say"
            if self.english and ent.type == "ORG" and self._outsiders_of(sent, i, ent):
                continue  # "some Twitter users argue": the users do not speak for Twitter
            if self.english and ent.type == "PER" and self._english_owner(sent, i, ent):
                continue  # "President Smith's advisers suggested": the advisers speak
            if ent.type == "ORG" and self._descriptor_of_next(sent, i, ent, hi):
                continue  # "die US-Ratingagentur Moodys": the name after the descriptor
            found.append((i, ent))
        if max_start is not None:
            found = [f for f in found if f[0] <= max_start]
            aliases = [f for f in aliases if f[0] <= max_start]
        if not found and self.english:
            # "says the World Health Organization": a name the entity layer missed, before a
            # bare word of another name ("Health" of "Ministry of Health")
            made = self.institution(sent, lo, hi if max_start is None else min(hi, max_start + 1))
            if made is not None:
                return made
        if not found:
            found = aliases  # words the entity layer left unmarked, only when nothing is marked
        if not found and lo <= hi < len(sent.tokens) and sent.tokens[hi].text[:1].islower():
            # "laut golem.de", "laut dem Technologieportal golem.de": a portal's lower-case
            # name right after the noun phrase, which the phrase scan stops before
            ent = self.index.covering(sent.tokens[hi].start, sent.tokens[hi].end)
            if (
                ent is not None
                and ent.type == "ORG"
                and not sent.inside_quote(sent.tokens[hi].start)
            ):
                found = [(hi, ent)]
        if not found:
            end = hi if max_start is None else min(hi, max_start + 1)
            made = self.institution(sent, lo, end)
            if made is None:
                made = self.unmarked_body(sent, lo, end)
            return made if made is not None else (None, None)
        if found[0][1].type == "LOC" and found[0][0] > lo:
            # "seitens des Militärkommandos Steiermark", "die Staatsanwaltschaft Wien": an
            # institution noun right before the place is the seat's institution
            k, place = found[0]
            made = self.institution(sent, lo, k, place=(k, self._mention_end(sent, k, place)))
            if made is not None:
                return made
        found = self._role_holders_first(sent, found)
        if prefer_person:
            for i, ent in found:
                if ent.type == "PER":
                    return ent, i
        if found[0][1].type == "LOC" and len(found) > 1:
            # "die in London ansässige Beobachtungsstelle": the place is part of an attribute
            # (lower-case words up to the organisation's name) of the organisation after it
            i, ent = found[1]
            between = sent.tokens[found[0][0] + 1 : i]
            if (
                ent.type == "ORG"
                and 0 < len(between) <= 2
                and all(t.text.islower() and t.lower not in FUNCTION_WORDS for t in between)
            ):
                return ent, i
        return found[0][1], found[0][0]

    def _descriptor_of_next(self, sent: Sentence, i: int, ent: Entity, hi: int) -> bool:
        """A one-word organisation the entity layer took apart from the name right after it,
        whose word ends in an organisation noun: a descriptor ("die US-Ratingagentur Moodys",
        "nach Angaben der Kurdenpartei HDP", "Experten der US-Großbank JP Morgan")."""
        if self.english:
            return False
        end = self._mention_end(sent, i, ent)
        toks = sent.tokens
        if end != i or end + 1 >= min(hi, len(toks)):
            return False
        nxt = self.index.covering(toks[end + 1].start, toks[end + 1].end)
        if nxt is None or nxt is ent or nxt.type != "ORG":
            return False
        word = toks[i].text.split("-")[-1]
        low = word.lower()
        return self.lex.organisation_noun(word) is not None or any(
            low.endswith(h.lower()) for h in _bare_heads()
        )

    def _english_place_attribute(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: a place named as an attribute of a noun after it, not as a subject ("South
        Dakota governor", "A California transit chief", "Middle East observers", "Austria's
        interior minister", "Kidnapped Fort Worth Girl"); a bare name before a verb stays
        ("Austria says", "Delhi remains")."""
        toks = sent.tokens
        end = self._mention_end(sent, i, ent)
        if toks[end].lower.endswith(("'s", "’s")):
            return True
        if end + 1 >= len(toks):
            return False
        nxt = toks[end + 1]
        low = nxt.lower.replace("’", "'")
        if low in ("'s", "s") and nxt.start == toks[end].end:
            return True
        if not nxt.is_word or self.index.covering(nxt.start, nxt.end) is not None:
            return False
        if nxt.is_upper:
            return not (nxt.lower in self.lex.verb_forms or low in self.lex.pronouns)
        verbs = (
            english.word_class(self.lex, "finite")
            | english.word_class(self.lex, "before_verb")
            | english.word_class(self.lex, "subordinators")
            | english.word_class(self.lex, "after_cue")
        )
        # an inflected verb form ("says", "warned"), not a bare one that is also a noun ("state")
        inflected = any(v.lemma.lower() != low for v in self.lex.verb_forms.get(low, []))
        return not (
            len(low) < 3
            or inflected
            or low in verbs
            or low in NAME_PHRASE_PREPOSITIONS
            or low in ("and", "or", "but", "who", "which", "that", "has", "had")
            or low.endswith(("ly", "ed"))
        )

    def _english_owner(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: a person named as the owner of people who speak ("Smith's advisers",
        "Jones's lawyer"), not of words that are the person's own ("Smith's statement",
        "Brown's office": ``own_speech_nouns``)."""
        toks = sent.tokens
        end = self._mention_end(sent, i, ent)
        if (
            end + 1 < len(toks)
            and toks[end + 1].lower.endswith(("'s", "’s"))
            and toks[end + 1].text[:-2] in ent.name.split()
        ):
            end += 1  # "President Smith’s": the mention stops before the genitive token
        k = end + 1
        if toks[end].lower.endswith(("'s", "’s")):
            pass
        elif (
            k < len(toks)
            and toks[k].text in ("'s", "’s", "'", "’")
            and toks[k].start == toks[end].end
        ):
            k += 1
        else:
            return False
        if k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
        return toks[k].lower not in english.word_class(self.lex, "own_speech_nouns")

    def _outsiders_of(self, sent: Sentence, i: int, ent: Entity) -> bool:
        """English: an organisation named before a noun for people who do not speak for it
        ("Twitter users", "Apple fans", "Netflix subscribers"; ``outsider_nouns``)."""
        end = self._mention_end(sent, i, ent)
        if end + 1 >= len(sent.tokens):
            return False
        return sent.tokens[end + 1].lower in english.word_class(self.lex, "outsider_nouns")

    def _pointing_head(self, sent: Sentence, i: int, lo: int = 0) -> bool:
        """May token i alias a named entity? A bare organisation noun ("Ministerium") only
        with a definite article that follows no noun: "erklärte das Ministerium", "aus dem
        Ministerium" point back; "ein Gericht", "die Vorhaben der Kommission" do not. A noun
        before ``lo`` is outside the phrase the caller gave ("nach Angaben | der Stelle"), a
        capitalised function word opening the sentence no noun ("Wie die Stelle meldete")."""
        toks = sent.tokens
        if toks[i].text not in self._head_aliases:
            return True
        if i == 0 or toks[i - 1].lower not in DEFINITE_ARTICLES:
            return False
        if (
            toks[i - 1].lower == "dem"
            and (i == 1 or toks[i - 2].text in ",;:")
            and not (i + 1 < len(toks) and toks[i + 1].lower == "zufolge")
        ):
            return False  # "Dem Senat wurde mitgeteilt": a dative with no preposition, no source
        if i < 2 or i - 2 < lo:
            return True
        prev = toks[i - 2]
        if i == 2 and (
            prev.tag not in (None, "NN", "NE")
            or prev.lower in SUBORDINATORS
            or prev.lower in FUNCTION_WORDS
            or prev.lower in PREPOSITIONS
        ):
            return True
        return not (prev.text[:1].isupper() and prev.is_word)

    def _role_holders_first(
        self, sent: Sentence, found: list[tuple[int, Entity]]
    ) -> list[tuple[int, Entity]]:
        """A possessive owner before a role noun and its holder ("Brandts Anwalt Max
        Kessler", "Maiers Sprecher X"): the holder of the role speaks, not the owner."""
        if len(found) < 2:
            return found
        toks = sent.tokens
        out = list(found)
        for n, (i, ent) in enumerate(found[:-1]):
            span = self.mention_at_token(sent, i)
            last = span[0] if span else i
            word = toks[last].text
            if not word.endswith(("s", "'", "’")) or last + 1 >= len(toks):
                continue
            role = toks[last + 1]
            nxt = found[n + 1]
            holder = nxt[1].type == "PER" or ent.type != "PER"
            if role.is_upper and self.lex.is_role_noun(role.text) and nxt[0] <= last + 4 and holder:
                out.remove((i, ent))
                out.append((i, ent))
        return out

    def alias(self, word: str, offset: int) -> Entity | None:
        """An entity named by a word the entity layer left unmarked ("wie die Polizei mitteilte");
        the one person whose full name, named before, opens with the word ("Li sagte")."""
        if not word[:1].isupper() or len(word) < 2 or self.lex.is_role_noun(word):
            return None
        if self.english and word.lower() in english.word_class(self.lex, "organisation_nouns"):
            return None  # "Company management said": a noun, not "Dow Jones & Company"
        first = self._first_words.get(word, [])
        if (
            word not in self._aliases
            and len(first) == 1
            and any(m.start < offset for m in first[0].mentions)
        ):
            return first[0]
        if len(word) < 3:
            return None
        keys = [word, word.split("-")[0]] if "-" in word else [word]
        if word.endswith("s") and len(word) > 4:
            keys.append(word[:-1])
        for key in keys:
            ents = self._aliases.get(key)
            if not ents:
                continue
            before = [
                e for e in self.index.before(offset, ("PER", "ORG", "LOC", "MISC")) if e in ents
            ]
            return before[0] if before else ents[0]
        return None
