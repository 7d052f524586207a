"""English reported speech around a verb of saying.

English has no reportive mood: what a speaker said is told in the indicative, and the word order
around the verb decides what is content (``X said (that) …``, ``X told Y (that) …``, ``…, X
said.``, ``…, said X, the Y of Z.``, ``…, X said, …``). The word classes live in
``cues.en.yaml`` (``content_clause``); English pages carry no tagger output, so a clause is found
by its words: a subject opener and a finite form soon after it.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.quotes.lexicon import Lexicon
from newsgraph.quotes.text import Token

BOUNDARY = frozenset(",;:()–—")
RELATIVES = frozenset(["that", "which", "who", "whom", "whose", "where"])
MARKS = frozenset("\"„“”»«‚‘’'")
TIME_HEADS = frozenset(
    ["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "day"]
)


def _norm(t: Token) -> str:
    return t.lower.replace("’", "'")


def word_class(lex: Lexicon, name: str) -> frozenset[str]:
    """A word class of ``content_clause`` in cues.en.yaml (lower-case words)."""
    return lex.content_clause.get(name, frozenset())


_word_class = word_class


PRONOUNS = frozenset(["he", "she", "it", "that", "there", "what", "who", "here", "this"])
CONTRACTED_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "you", "i", "there", "that"])


def noun_use(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """The verb form at ``i`` is a noun: a determiner or a possessive before it (``the claim``,
    ``all states``, ``his call``, ``the ministry's claim``; word class ``noun_after``); not
    ``he's said`` (``'s`` after a pronoun is ``has``)."""
    if i == 0:
        return False
    prev = _norm(toks[i - 1])
    if prev in _word_class(lex, "noun_after"):
        return True
    if prev == "'s":
        return i >= 2 and _norm(toks[i - 2]) not in PRONOUNS and toks[i - 2].is_word
    return prev.endswith("'s") and len(prev) > 2 and prev[:-2] not in PRONOUNS


def after_comma(toks: list[Token], i: int) -> bool:
    """A comma right before ``i``, or a comma and the closing mark of a quotation (``“…,”
    adding …``)."""
    if i > 0 and toks[i - 1].text == ",":
        return True
    return i > 1 and toks[i - 1].text in MARKS and toks[i - 2].text == ","


PARTICIPLE_OPENERS = frozenset(["was", "were", "is", "are", "am", "been", "as", "while"])
GERUND_PARTICLES = frozenset(["to", "up", "of", "for", "into"])


def gerund_use(toks: list[Token], i: int) -> bool:
    """An -ing form that opens no participle clause of saying (session 21): not after a comma
    (``…, noting that …``, ``“…,” adding …``) or a dash, a form of *be* (``was telling
    reporters``), ``as`` or ``while``; so ``it's worth noting``, ``by noting``, ``Warning:``;
    nor one before a particle (``…, adding to a series of problems``). (``saying`` keeps its
    own reading: ``a statement saying …``, ``quoted as saying``.)"""
    low = _norm(toks[i])
    if not low.endswith("ing") or low == "saying":
        return False
    if i + 1 < len(toks) and _norm(toks[i + 1]) in GERUND_PARTICLES:
        return True  # "…, adding to a series of problems": no speech
    if after_comma(toks, i) or (i > 0 and toks[i - 1].text in ("—", "–")):
        return False
    return not (i > 0 and _norm(toks[i - 1]) in PARTICIPLE_OPENERS)


NAMING_FORMS = frozenset(["called", "dubbed", "named", "titled", "nicknamed"])
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "what's", "that's"])
NAMING_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "you", "who", "it"])


def naming_use(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A naming participle, no verb of saying: ``it is called “pigeon breeder's lung”``,
    ``what's called “farmer's lung”`` (a form of *be* before it), ``a script called “Wild
    Rose”`` (a common noun right before it and the quotation right after it: a title); not
    ``Baker called the campaign “bold”``, ``officials called the plan “…”``, ``some have
    called …``."""
    if _norm(toks[i]) not in NAMING_FORMS or i == 0:
        return False
    prev = _norm(toks[i - 1])
    if prev in BE_FORMS or prev in ("also", "often", "sometimes", "commonly"):
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return (
        nxt in MARKS
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower()
        and prev not in NAMING_SUBJECTS
        and prev not in _word_class(lex, "before_verb")
        and prev not in ("have", "has", "had", "would", "will", "and", "but", "also")
    )


def is_clause(
    toks: list[Token], lex: Lexicon, across: bool = False, conjoined: bool = True
) -> bool:
    """A word run that holds a finite verb: a finite form of the lexicon (not inside a relative
    clause), a past form in ``-ed`` that no article or possessive precedes, or a present form in
    ``-s`` after a pronoun subject (``it depends``). It ends at a comma unless ``across``; a
    verb right after ``and``/``or``/``but`` counts only when ``conjoined``."""
    finite = _word_class(lex, "finite")
    openers = _word_class(lex, "subject_openers")
    for k, t in enumerate(toks):
        if t.text in BOUNDARY:
            if across:
                continue
            return False
        low = _norm(t)
        if k > 0 and _norm(toks[k - 1]) in RELATIVES:
            continue
        if not conjoined and k > 0 and _norm(toks[k - 1]) in ("and", "or", "but"):
            continue  # "wrote hundreds of songs that summer and sent …": the writer's verb
        prev = _norm(toks[k - 1]) if k > 0 else ""
        if low == "'s" or (low.endswith("'s") and len(low) > 2):
            # "he's", "it 's": a verb after a pronoun; "Austria's": a genitive
            if (low == "'s" and prev in PRONOUNS) or low[:-2] in PRONOUNS:
                return True
            continue
        if low in finite or any(low.endswith(s) for s in ("'re", "'ll", "'d", "n't")):
            if k > 0 and t.text[:1].isupper():
                continue  # "in May": a month or a name, no modal
            if k > 0:
                return True
            if low.split("'")[0] in CONTRACTED_SUBJECTS:
                return True  # "it'll be …", "they're …": a subject with its verb
            continue
        if (
            k > 0
            and len(low) > 4
            and low.endswith("ed")
            and t.text.islower()
            and (prev not in openers or prev in ("he", "she", "it", "they", "we", "i", "you"))
        ):
            return True
        if (
            k > 0
            and low.endswith("s")
            and t.text.islower()
            and prev in ("he", "she", "it", "there", "this", "that")
        ):
            return True
    return False


def _subject_start(t: Token, lex: Lexicon) -> bool:
    low = _norm(t)
    return (
        t.text[:1].isupper()
        or t.text[:1].isdigit()
        or low in _word_class(lex, "subject_openers")
        or low in lex.number_words
    )


def clause_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A content clause opens at ``k``: a subject and a finite verb within seven words, before any
    comma."""
    if k >= len(toks):
        return False
    if not _subject_start(toks[k], lex):
        # "says transit officers quickly searched …", "said overwhelming demand led …", "said
        # returning to the moon was …": a lower-case subject, a finite verb soon after
        low = _norm(toks[k])
        return (
            len(low) > 2
            and toks[k].text.islower()
            and low not in _word_class(lex, "finite")
            and low not in _word_class(lex, "not_clause_openers")
            and is_clause(toks[k : k + 9], lex, conjoined=False)
        )
    if _norm(toks[k]) in ("to", "of", "about", "for", "so", "yes"):
        return False
    run: list[Token] = []
    for t in toks[k : k + 10]:
        if t.text in BOUNDARY or t.text in ".!?":
            break
        run.append(t)
    return len(run) >= 2 and is_clause(run, lex)


def _skip_adjuncts(toks: list[Token], k: int, lex: Lexicon) -> int:
    """The index after time words and short time phrases (``on Tuesday``, ``last week``,
    ``Monday``, ``earlier``) right after the verb."""
    openers = _word_class(lex, "adjunct_openers")
    while k < len(toks):
        low = _norm(toks[k])
        if low in ("on", "last", "this", "late", "early") and k + 1 < len(toks):
            nxt = _norm(toks[k + 1])
            if nxt in openers or nxt in TIME_HEADS:
                k += 2
                if k < len(toks) and _norm(toks[k]) in TIME_HEADS:
                    k += 1  # "on Tuesday night"
                continue
            return k
        if low in openers and low not in ("on", "in", "at", "for", "to", "from", "over", "through"):
            if low in ("during", "after", "before", "via", "while", "when", "told"):
                return k
            k += 1
            continue
        return k
    return k


def content_after(
    toks: list[Token], last: int, lemma: str, lex: Lexicon, inside: Callable[[int], bool]
) -> int | None:
    """Where the content clause after the cue verb begins (``said (on Tuesday) (that) X …``,
    ``told reporters (at a news conference) (that) X …``), or None."""
    n = len(toks)
    k = last + 1
    if lemma == "tell" and k < n:
        if _norm(toks[k]) in _word_class(lex, "tell_objects"):
            k += 1
        elif toks[k].text[:1].isupper():
            while k < n and (toks[k].text[:1].isupper() or toks[k].text in (".", "&")):
                if (
                    toks[k].text == "."
                    and 0 < k < n - 1
                    and toks[k - 1].end == toks[k].start
                    and toks[k].end == toks[k + 1].start
                    and toks[k + 1].text.isalpha()
                ):
                    k += 2  # "told Polygraph.info the …": a web address
                    continue
                if toks[k].text == "." and (k + 1 >= n or not toks[k + 1].text[:1].isupper()):
                    break
                k += 1
        else:
            # "told the committee (that) he tried …": a short object, then "that" or a pronoun
            head = k
            while (
                k < n
                and k - head < 4
                and _norm(toks[k]) not in ("that", "he", "she", "they", "it", "we", "i")
                and toks[k].text not in BOUNDARY
            ):
                k += 1
            if k >= n or k == head or _norm(toks[k]) not in ("that", "he", "she", "they", "it"):
                return None
            if _norm(toks[k]) != "that" and not clause_after(toks, k, lex):
                return None
    k = _skip_adjuncts(toks, k, lex)
    if k >= n or inside(toks[k].start) or toks[k].text in MARKS:
        return None
    if _norm(toks[k]) in ("that", "whether"):
        return k if n - k >= 4 else None
    if _norm(toks[k]) in _word_class(lex, "adjunct_openers"):
        # "said in a statement emailed to NBC News that …": a longer adjunct, then "that"
        for m in range(k + 1, min(n, k + 12)):
            if toks[m].text in BOUNDARY or inside(toks[m].start):
                return None
            if _norm(toks[m]) == "that":
                return m if n - m >= 4 else None
        return None
    if lemma not in _word_class(lex, "bare_verbs"):
        return None
    return k if clause_after(toks, k, lex) else None


def subject_before(toks: list[Token], index: int, lex: Lexicon) -> int | None:
    """The first index of the subject words right before the verb, back to a comma or the
    sentence start (``Baker said``, ``Austria's interior minister said``, ``she said``), when they
    look like a subject: at most eight words, no finite verb, no subordinator first."""
    lo = index
    while lo > 0 and toks[lo - 1].text not in BOUNDARY:
        lo -= 1
    while lo < index and toks[lo].text in MARKS and lo > 0 and toks[lo - 1].text in BOUNDARY:
        lo += 1  # "…, “is our dream,” Benioff said": the closing mark of a partial quote
    region = toks[lo:index]
    longest = 14 if region and region[0].text[:1].isupper() else 8
    if not region or len(region) > longest:
        return None
    if any(t.text in MARKS for t in region):
        return None  # "“…,” said X": a quote before
    while len(region) > 1 and _norm(region[-1]) in _word_class(lex, "before_verb"):
        region = region[:-1]  # "X has since said", "X have long warned"
    relative = next((m for m, t in enumerate(region) if _norm(t) in RELATIVES and m > 0), None)
    if relative is not None:
        region = region[:relative]  # "A spokesperson who did not wish to be named said"
    if any(_norm(t) == "to" for t in region):
        return None  # "to exchange notes": an infinitive (not one inside a relative clause)
    first = _norm(region[0])
    if first in ("and", "but", "or") and len(region) < 2:
        return None
    if _norm(region[-1]) in _word_class(lex, "not_after"):
        return None
    if any(_norm(t) in _word_class(lex, "no_speaker_subjects") for t in region[-2:]):
        return None
    if is_clause(region, lex) and first not in ("who", "which"):
        return None
    return lo


def nothing_after(toks: list[Token], last: int, lemma: str, lex: Lexicon) -> bool:
    """The cue verb closes its clause (``…, X said.``, ``…, X said on Tuesday.``, ``…, X told
    reporters.``, ``…, X said, adding …``): no object, no quotation, no content follows."""
    n = len(toks)
    k = last + 1
    if lemma == "tell" and k < n:
        if _norm(toks[k]) in _word_class(lex, "tell_objects"):
            k += 1
        while k < n and toks[k].text[:1].isupper():
            k += 1
    k = _skip_adjuncts(toks, k, lex)
    if k >= n or toks[k].text in ".!?":
        return True
    if toks[k].text in BOUNDARY:
        return not (k + 1 < n and toks[k + 1].text in MARKS)
    return _norm(toks[k]) in _word_class(lex, "after_cue")


def subordinate(t: Token, lex: Lexicon) -> bool:
    """A subject region opened by a subordinator (``after Politico reported …``): the cue
    clause is no main clause, so no clause before it is its content."""
    return _norm(t) in _word_class(lex, "subordinators")


def subject_after(toks: list[Token], last: int, lex: Lexicon) -> bool:
    """A subject follows a cue verb that closes the content (``…, said Monica de Bolle``,
    ``…, says the World Health Organization``, ``…, say officials``, ``…, said a WeWork
    spokesperson``): a pronoun, an anonymous plural, or a name within three words; not an
    object (``…, reported a methamphetamine use disorder``)."""
    k = last + 1
    if k >= len(toks):
        return False
    low = _norm(toks[k])
    if low in ("he", "she", "they") or low in lex.anonymous_heads:
        return True
    return any(t.text[:1].isupper() for t in toks[k : k + 3] if t.text not in BOUNDARY)


def goes_on(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """The content goes on after a cue inserted between commas: a finite form (``…, she said,
    are aging``, ``That, Audi says, allows …``) or a subject with its verb (``…, Doctor says,
    they're trying …``)."""
    low = _norm(toks[k])
    if not toks[k].text.islower() or low in RELATIVES or low in ("and", "but", "or"):
        return False  # "…, X wrote in the paper, which was …", "…, Ford wrote, and wrote"
    if low in _word_class(lex, "finite"):
        return True
    if len(low) > 3 and low.endswith("s") and low not in _word_class(lex, "not_clause_openers"):
        return k + 1 < len(toks) and _norm(toks[k + 1]) in _word_class(lex, "subject_openers")
    return is_clause(toks[k : k + 3], lex)


def join_cue_tails(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """English ``"…?" Schiff asked.``, ``"…!" Brooke tearfully asked …``: a quotation that ends
    in ``?`` or ``!`` closes no sentence when its cue follows (one to four capitalised words,
    an adverb in ``-ly`` allowed, then a verb of saying); the two spans become one."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe]
            if len(prev) >= 2 and prev[-1] in MARKS and prev[-2] in "?!" and s - pe <= 2:
                words = text[s:e].split()
                k = 0
                while k < min(len(words), 4) and words[k][:1].isupper():
                    k += 1
                if 0 < k < len(words) and words[k].endswith("ly"):
                    k += 1
                verb = words[k].rstrip(".,").lower() if 0 < k < len(words) else ""
                if verb in lex.verb_forms and words[0].lower() not in PRONOUNS:
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out
