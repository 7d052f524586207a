"""Tests on a sentence's tokens that the quote rules ask before they take or refuse speech:
hearsay and conditional mood, past narration, subordinate clauses, zu-infinitives, quotation
marks, web addresses (functions of tokens alone, no extractor state)."""

from __future__ import annotations

import re
from itertools import pairwise

from newsgraph.quotes import mood
from newsgraph.quotes.lexicon import Lexicon, grammar
from newsgraph.quotes.rule_words import (
    AUXILIARIES,
    BOUNDARY,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    INDEFINITE_ARTICLES,
    NON_MAIN_OPENERS,
    PAST_FORMS,
    RELATIVE_PRONOUNS,
    SEPARABLE_ZU_INFINITIVE,
    SUBORDINATORS,
    WEB_ADDRESS,
    WH_WORDS,
)
from newsgraph.quotes.speaker_words import PERSONAL_PRONOUNS, PREPOSITIONS
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE
from newsgraph.words_de import FINITE_VERB_TAGS as FINITE_TAGS

CONDITIONAL = grammar("conditional_openers")
INFINITIVE_TAIL_SUBORDINATORS = grammar("infinitive_tail_subordinators")
ARGUMENT_OPENERS = grammar("argument_openers")
OWN_SUBJECTS = grammar("own_subject_pronouns")
ADDRESSED_SUBJECTS = grammar("addressed_subject_pronouns")
PASSIVE_AUXILIARIES = frozenset(["wurde", "wurden", "worden", "wird", "werden"])
CLAUSE_CONJUNCTIONS = ("und", "aber", "doch", "denn", "wie", "als", "so")


def own_subject(
    toks: list[Token], clause: tuple[int, int], i: int, addressed: bool = False
) -> bool:
    """The verb of saying at ``i`` has the speaker's own subject, ``ich``/``wir`` (with
    ``addressed`` also ``du``), anywhere before it in its clause or right after it ("Also
    können wir nicht sagen, dass …", "Dann sagte ich, …", "Da habe ich mir gesagt: …"): no
    author's cue but the speaker's own words. A passive's first person is the one spoken to
    ("Im Restaurant wurde ich gefragt, ob …"). The one rule for cues (``VerbCues``) and for
    frames before a colon (``ColonBlocks``), session 30."""
    lo = clause[0]
    while lo < i and toks[lo].lower in CLAUSE_CONJUNCTIONS:
        lo += 1
    passive = toks[i].tag == "VVPP" and any(t.lower in PASSIVE_AUXILIARIES for t in toks[lo:i])
    subject = [toks[lo]] if passive and lo < i else list(toks[lo:i])
    if i + 1 < len(toks):
        subject.append(toks[i + 1])  # "Dann sagte ich", "Das sagten wir"
    pronouns = OWN_SUBJECTS | ADDRESSED_SUBJECTS if addressed else OWN_SUBJECTS
    return any(t.lower in pronouns for t in subject)


def _argument_opener(toks: list[Token]) -> bool:
    """A connective or a demonstrative pronoun opening the sentence ("Aber es ist …", "Das ist
    …"); "das"/"dies" before a noun is an article ("Das Grundproblem wird …")."""
    if not toks or toks[0].lower not in ARGUMENT_OPENERS:
        return False
    if toks[0].lower in ("das", "dies") and len(toks) > 1:
        nxt = toks[1]
        if nxt.tag in ("NN", "NE", "ADJA") or (nxt.tag is None and nxt.is_upper):
            return False
    return True


def _attribute(toks: list[Token], i: int) -> bool:
    """A participle used as an adjective before a noun ("die als X bezeichneten Grazer
    sind …"): the tagger reads it as an adjective and the clause has another finite verb."""
    if toks[i].tag != "ADJA":
        return False
    lo = i
    while lo > 0 and toks[lo - 1].text not in BOUNDARY:
        lo -= 1
    hi = i + 1
    while hi < len(toks) and toks[hi].text not in BOUNDARY:
        hi += 1
    return any(
        k != i and (toks[k].tag in FINITE_TAGS or toks[k].lower in FINITE_AUXILIARIES)
        for k in range(lo, hi)
    )


def _genitive(toks: list[Token], end: int) -> bool:
    """A name ending at token end in -s that governs the noun after it ("Xs früherer Chef")."""
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return (
        toks[end].text.endswith("s")
        and nxt is not None
        and nxt.is_word
        and nxt.lower not in PREPOSITIONS
    )


def _reportative(toks: list[Token], sent: Sentence) -> bool:
    """Hearsay "sollen" with a perfect infinitive: "X soll … bekommen haben", "… sollen …
    getötet worden sein" reports what others say."""
    words = [t for t in toks if t.is_word and not sent.inside_quote(t.start)]
    if len(words) < 4 or not any(t.lower in ("soll", "sollen") for t in words[:-2]):
        return False
    last, before = words[-1], words[-2]
    return (
        last.lower in ("haben", "sein")
        and not before.is_upper
        and (before.lower in ("worden", "gewesen") or before.lower.endswith(("t", "en")))
    )


def _hearsay_perfect(toks: list[Token], modals: tuple[str, ...] = ("soll", "sollen")) -> bool:
    """A finite "soll"/"sollen" with a perfect infinitive in its clause ("X soll … bekommen
    haben", "… sollen … festgenommen worden sein", "soll … hinrichten haben lassen"): hearsay,
    the retelling of what others say, never a plan (which takes a plain infinitive). With
    ``modals`` "will"/"wollen": the subject's claim ("will es nicht gewusst haben")."""
    for i, t in enumerate(toks):
        if t.lower not in modals or (t.tag is not None and t.tag not in FINITE_TAGS):
            continue
        for k in range(i + 2, len(toks)):
            w = toks[k]
            if w.text in BOUNDARY or w.text in ".!?":
                break
            prev = toks[k - 1]
            if prev.is_upper or not prev.is_word:
                continue
            if w.lower == "haben" and prev.lower.endswith(("t", "en")):
                return True
            if w.lower == "sein" and prev.lower in ("worden", "gewesen"):
                return True
    return False


def _source_marked(toks: list[Token]) -> bool:
    """A source marker inside the content: "demnach", "demzufolge", "zufolge", "nach eigenen
    Angaben", "laut" before a name or an article (not "laut gelacht")."""
    for k, t in enumerate(toks):
        if t.lower in ("demnach", "demzufolge", "zufolge"):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.lower == "laut" and nxt is not None and (nxt.is_upper or nxt.lower in DEFINITE):
            return True
        if (
            t.lower == "nach"
            and k + 2 < len(toks)
            and toks[k + 1].lower == "eigenen"
            and toks[k + 2].lower == "angaben"
        ):
            return True
    return False


def _advice_sollte(toks: list[Token]) -> bool:
    """Advice or a demand in "sollte(n)" as the first finite verb ("Frauen sollten in separaten
    Labors arbeiten", "Statt …, sollte sich die Wirtschaft …"): as reported speech the
    Konjunktiv II stands for the speaker's "soll"; not after a condition ("Wenn …, sollte man
    …", "Sollten … werden, ist …"), not in a question ("Warum sollte …?")."""
    if not toks or toks[0].lower in CONDITIONAL or any(t.text == "?" for t in toks):
        return False
    for t in toks[1:]:  # a verb in first place ("Sollten weitere Anteile …, ist …"): a condition
        if t.tag in FINITE_TAGS or t.lower in ("sollte", "sollten"):
            return t.lower in ("sollte", "sollten")
    return False


def _conditional(toks: list[Token]) -> bool:
    """A conditional sentence: a clause opened by "wenn"/"falls" at its start or after a comma,
    or a verb-first clause before a comma ("Wird die Regelung vollzogen, könnten …")."""
    if not toks or toks[-1].text == "?":
        return False
    for k, t in enumerate(toks):
        if t.lower in CONDITIONAL and (k == 0 or toks[k - 1].text in ",;–—"):
            return True
    first = toks[0]
    return (
        first.tag in FINITE_TAGS
        and first.lower not in SUBORDINATORS
        and any(t.text == "," for t in toks[2:])
    )


def _sollen_main_clause(toks: list[Token]) -> bool:
    """ "Die Stellen sollen im Herbst ausgeschrieben werden": "soll"/"sollen" as the finite verb
    of a main clause that opens the span with a noun phrase subject (not "es"/"man", not a
    question, not inside a subordinate clause: "…, wohin die Reise gehen soll")."""
    if not toks or toks[-1].text == "?" or not toks[0].is_upper:
        return False
    first = toks[0].lower
    if first in SUBORDINATORS or first in WH_WORDS or first in ("es", "man"):
        return False
    for t in toks[1:]:
        if t.text in (",", ":", ";", "–", "-"):
            return False
        if t.lower in ("soll", "sollen"):
            return t.tag is None or t.tag in FINITE_TAGS
        if t.tag in FINITE_TAGS:
            return False  # another finite verb holds the second place
    return False


def _zu_infinitive(toks: list[Token]) -> bool:
    """Whether a clause ends in a zu-infinitive ("… zu verringern", "… anzubringen", "…
    gewährleisten zu können"), not in "zu Ende"."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or words[-1].is_upper:
        return False
    last = words[-1].lower
    return words[-2].lower == "zu" or (len(last) > 6 and "zu" in last[2:-3])


def _past(t: Token) -> bool:
    """A finite past-tense verb (a listed form only where the tagger reads a finite verb: the
    German pronoun "was" is not the English "was")."""
    if t.tag is not None and t.tag not in FINITE_TAGS:
        return False
    return t.lower in PAST_FORMS or t.tense == "Past"


def _participle(t: Token) -> bool:
    """A past participle (the tagger's VVPP/VAPP/VMPP; without tags a lower-case ge…t/ge…en)."""
    if t.tag is not None:
        return t.tag in ("VVPP", "VAPP", "VMPP")
    return (
        t.is_word and not t.is_upper and t.lower.startswith("ge") and t.lower.endswith(("t", "en"))
    )


def _narrated_past(toks: list[Token]) -> bool:
    """A past-tense main clause: a finite past form, or a perfect (auxiliary + participle)."""
    if any(_past(t) for t in toks):
        return True
    return any(t.lower in AUXILIARIES for t in toks) and any(_participle(t) for t in toks)


def _inner_period(toks: list[Token], k: int) -> bool:
    """A period inside the sentence after an ordinal or abbreviation ("Leopold II. wissen",
    "Dr. X"): a lower-case word follows it, so it does not end the clause."""
    return (
        toks[k].text == "."
        and k + 1 < len(toks)
        and toks[k + 1].is_word
        and not toks[k + 1].is_upper
        and k > 0
        and toks[k - 1].is_word
    )


def _infinitive_chain(toks: list[Token], sub_end: int, end: int) -> int:
    """The end of a zu-infinitive content with the infinitive clauses that depend on it
    ("…, ihn dabei zu unterstützen, die Wahl zu gewinnen"), its relative clauses and the
    subordinate clauses that close with their finite verb ("…, alles dem Abstiegskampf
    unterzuordnen, damit wir den Klassenerhalt schaffen", session 36)."""
    while sub_end < end and toks[sub_end].text == ",":
        k = sub_end + 1
        while k < end and toks[k].text not in ",;:":
            k += 1
        clause = toks[sub_end + 1 : k]
        relative = (
            len(clause) >= 3
            and (clause[0].lower in RELATIVE_PRONOUNS or clause[0].lower in WH_WORDS)
            and clause[-1].is_word
            and not clause[-1].is_upper
        )  # "…, die Immunität für Abgeordnete aufzuheben, denen er Verbindungen unterstellt",
        # "…, eine Debatte darüber zu führen, was man dem Verfassungsschutz erlauben will"
        subordinate = (
            len(clause) >= 3
            and clause[0].lower in INFINITIVE_TAIL_SUBORDINATORS
            and clause[-1].tag in FINITE_TAGS
        )
        if len(clause) < 2 or not (
            clause[-2].lower == "zu"
            or SEPARABLE_ZU_INFINITIVE.match(clause[-1].text)
            or relative
            or subordinate
        ):
            break
        sub_end = k
    return sub_end


def _verb_final(toks: list[Token], start: int, end: int) -> bool:
    """The clause from ``start`` to the next boundary (or ``end``) ends in its verb: a
    subordinate or relative clause ("das der APA vorliegt"), not a main clause ("der Terrorismus
    sei global vernetzt und nutze die Möglichkeiten")."""
    k = start
    while k < end and toks[k].text not in BOUNDARY:
        k += 1
    last = toks[k - 1].tag or ""
    # the tagger reads some finite verbs at the end as participles ("das der APA vorliegt")
    return (
        k - start >= 3
        and last.startswith("V")
        and not any(t.tag in FINITE_TAGS for t in toks[start : max(start, k - 3)])
    )


def _infinitive_sein(toks: list[Token], k: int) -> bool:
    """ "sein" as the infinitive at the end of a clause ("Dann werden es die Juden sein."), not
    the possessive ("sein Buch"): the tagger's VAINF, else a clause boundary right after it."""
    if toks[k].lower != "sein":
        return False
    if toks[k].tag is not None:
        return toks[k].tag == "VAINF"
    return k + 1 >= len(toks) or not toks[k + 1].is_word


def _chunks(toks: list[Token]) -> list[list[Token]]:
    """The tokens split at commas, semicolons and dashes."""
    out: list[list[Token]] = [[]]
    for t in toks:
        if t.text in (",", ";", "–", "—"):
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def _subordinate_only(toks: list[Token]) -> bool:
    """Content whose finite verbs all stand in clauses that are no main clause ("Als die
    Deutschen … besetzen", "Statt individueller Regelungen, die … vorsieht", "Was davor
    geschah"), or verbless content opened by a preposition or subordinator ("In der Liga
    praktisch konkurrenzlos"): no statement before a post-posed verb."""
    chunks = _chunks(toks)
    if not chunks or not any(t.tag is not None for t in toks):
        return False
    if not _has_finite_tag(toks):
        return chunks[0][0].lower in SUBORDINATORS | NON_MAIN_OPENERS | PREPOSITIONS
    closed = FUNCTION_WORDS | RELATIVE_PRONOUNS | SUBORDINATORS | NON_MAIN_OPENERS | PREPOSITIONS
    for n, chunk in enumerate(chunks):
        # a finite verb first or second is a main clause ("…, das ist …"); so is a lower-case
        # open-class word opening a later part ("Als Kulisse, die …, dient ein Raum": the
        # tagger misreads such verbs at times)
        if chunk[0].tag in FINITE_TAGS or (len(chunk) > 1 and chunk[1].tag in FINITE_TAGS):
            return False
        head = chunk[0]
        if (
            n > 0
            and head.is_word
            and not head.is_upper
            and head.lower not in closed
            and head.tag not in ("ADJA", "ADJD", "CARD", "PTKNEG", "ADV")
        ) or (n > 0 and head.tag == "ADV" and head.lower.endswith("t") and len(chunk) > 1):
            return False
        first = head.lower
        if (first in SUBORDINATORS or first in NON_MAIN_OPENERS) and not (
            first == "als" and head.tag == "APPR"
        ):
            continue
        if n > 0 and first in RELATIVE_PRONOUNS and head.tag in (None, "PRELS", "PRELAT"):
            continue
        # "Auch wenn …": a subordinator right after a focus particle
        if len(chunk) > 1 and chunk[1].lower in SUBORDINATORS:
            continue
        # a participle without ge- is often a present form the tagger misread ("zeigt")
        if _has_finite_tag(chunk) or any(
            t.tag == "VVPP" and "ge" not in t.lower[:6] for t in chunk
        ):
            return False
    return True


def _konj1_verb_second(toks: list[Token], lex: Lexicon) -> bool:
    """The first clause of ``toks`` has a Konjunktiv I that more words of the clause follow
    ("das zu klären sei Sache der Gemeinde"): a main clause with its verb second, not a relative
    clause, whose finite verb stands at its end ("die dort arbeite,")."""
    for n, t in enumerate(toks):
        if t.text in BOUNDARY or t.text == ",":
            return False
        if t.tag in FINITE_TAGS:
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            return (
                mood.konj1([t], lex)
                and nxt is not None
                and nxt.is_word
                and nxt.text not in BOUNDARY
            )
    return False


def _has_finite_tag(toks: list[Token]) -> bool:
    """A token the tagger reads as a finite verb."""
    return any(t.tag in FINITE_TAGS for t in toks)


def name_with_relative_clause(toks: list[Token]) -> bool:
    """A name (the caller checks that the first token is one) and the relative clause hung on
    it, nothing else: "Ramos, der für die kleine, nationalistische Partei antritt und mehrere
    Unternehmen gegründet hat" before ", verspricht …" is the verb's subject, not its content
    (session 24). The clause is verb-final and
    ends the tokens; a comma right after one of its finite verbs would open a main clause
    ("Jan, der das weiß, schweigt")."""
    if (
        len(toks) < 5
        or not toks[0].is_upper
        or toks[1].text != ","
        or toks[2].tag not in ("PRELS", "PRELAT")
        or toks[-1].tag not in FINITE_TAGS
    ):
        return False
    return not any(t.text == "," and prev.tag in FINITE_TAGS for prev, t in pairwise(toks[3:]))


def _has_finite(toks: list[Token]) -> bool:
    """A finite verb among the tokens (always true without the tagger's tags)."""
    tags = [t.tag for t in toks if t.tag is not None]
    return not tags or any(tag in FINITE_TAGS for tag in tags)


def _live_mark(sent: Sentence, t: Token) -> bool:
    """A quotation mark of a quote (not of a title such as „The Sun“)."""
    return _is_mark(t) and sent.inside_quote(t.start)


_TOP_LEVEL_DOMAINS = frozenset(["de", "at", "ch", "com", "org", "net", "eu", "info", "tv", "io"])


def _web_name_at(toks: list[Token], i: int) -> bool:
    """Whether ``golem . de`` (a web address split by the tokenizer) starts at token i."""
    return (
        i + 2 < len(toks)
        and toks[i].is_word
        and toks[i + 1].text == "."
        and toks[i + 2].lower in _TOP_LEVEL_DOMAINS
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].start == toks[i + 1].end
    )


def _own_subject_follows(toks: list[Token], i: int) -> bool:
    """Whether the cue verb at ``i`` has a subject of its own right after it (a name, a pronoun,
    an article) or ends the sentence: then it does not inherit the speaker before it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is None
        or nxt.is_upper
        or nxt.lower in PERSONAL_PRONOUNS
        or nxt.lower in DEFINITE
        or nxt.lower in INDEFINITE_ARTICLES
    )


def _is_mark(t: Token) -> bool:
    return t.text in "„“”\"»«‚‘’'‹›"


# an author's sigil in brackets after the last quote ("(tberg)")
AUTHOR_SIGIL = re.compile(r"\(\w{1,10}\)")


def has_words(text: str) -> bool:
    """Whether a quote says anything: a word of two letters once web addresses
    (``rule_words.WEB_ADDRESS``: "pic.twitter.com/iNyMLt6wTY"), author sigils in brackets and
    ellipses are gone ("(tberg)" and "(...)" are no speech; "Ja." is; session 30)."""
    rest = AUTHOR_SIGIL.sub(" ", WEB_ADDRESS.sub(" ", text))
    return any(len(w) > 1 for w in re.findall(r"[^\W\d_]+", rest))
