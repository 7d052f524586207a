"""Characterising and estimating cues: the evaluation or the estimate is what was said.

* ``bezeichnete X als Y``, ``wertete X als Y`` → ``X als Y``; ``Als Y bezeichnete es X, …`` →
  the sentence from ``Als``
* ``nannte X absurd`` / ``nannte X einen Skandal`` → ``X absurd`` / ``X einen Skandal``
* ``sprach X Y ab`` → ``Y`` (what was denied to X)
* ``wirft X Y vor`` → ``X Y`` (the accused and the charge, when no clause follows)
* ``verspricht (für Z) einen Y`` → the promised noun phrase
* ``schätzt X auf Z`` (a number in Z) → the whole sentence

The functions work on the tokens of one sentence and return a token span ``(start, end)``; the
extractor checks that the subject of the cue is a person or an organisation. Which verbs take
which frame is listed in ``cues.de.yaml`` (``characterising``, ``estimate_*``).
"""

from __future__ import annotations

from newsgraph.quotes.lexicon import grammar
from newsgraph.quotes.text import Sentence, Token
from newsgraph.words_de import DEFINITE_ARTICLES as DEFINITE

PREPOSITIONS = grammar("prepositions")
FUNCTION_WORDS = grammar("function_words")
INDEFINITE = grammar("indefinite") | frozenset(["kein", "keine", "keinen", "keinem", "keiner"])
DATIVE_PRONOUNS = frozenset(["ihm", "ihr", "ihnen", "uns", "mir", "dir", "euch", "sich"])
COORDINATORS = frozenset(["und", "oder", "sowie", "sogar"])
CLAUSE_END = frozenset(",:;.!?()–—")
COMPARATIVES = frozenset(["mehr", "weniger", "eher", "lieber", "anders", "sowohl", "so", "ebenso"])
SUBJECT_PRONOUNS = frozenset(["er", "sie", "es", "man", "wir", "ich", "ihr"])
PERFECT_AUXILIARIES = frozenset(["hat", "hatte", "haben", "hatten", "habe", "hätte"])


def _end(toks: list[Token], k: int) -> int:
    """The end of the clause that runs on from token k (before a comma, colon, period …)."""
    while k < len(toks) and toks[k].text not in CLAUSE_END:
        k += 1
    return k


def _start(toks: list[Token], k: int) -> int:
    while k > 0 and toks[k - 1].text not in CLAUSE_END:
        k -= 1
    return k


def _trim(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The span a..b without punctuation at its end."""
    while b > a and not toks[b - 1].is_word:
        b -= 1
    return (a, b) if b > a else None


def als_complement(
    sent: Sentence,
    index: int,
    last: int,
    subject: tuple[int, int] | None,
    fronted: bool = False,
) -> tuple[int, int] | None:
    """ "bezeichnete den Plan als unsozial", "hat X als notwendig … bezeichnet", "Als nicht
    akzeptabel bezeichnete es X, dass …", "wies die Vorwürfe als haltlos zurück": the thing
    judged and the words after ``als`` up to the cue verb, its particle or the end of the clause
    (a fronted "Als Y bezeichnete er X" with X; ``fronted``: a fronted object too, "Das sieht
    er als Problem")."""
    toks = sent.tokens
    lo, hi = _start(toks, index), _end(toks, index)
    for k in range(lo, hi):
        if toks[k].lower != "als" or (subject and subject[0] <= k <= subject[1]):
            continue
        if k > lo and toks[k - 1].lower in COMPARATIVES:
            return None  # "mehr als", "sowohl … als auch"
        if k + 1 < hi and toks[k + 1].lower in SUBJECT_PRONOUNS:
            return None  # "als er kam": a temporal clause
        return _complement(toks, k, lo, hi, index, last, subject, fronted)
    return None


INTENSIFIERS = frozenset(
    [
        "nicht",
        "zu",
        "sehr",
        "so",
        "eher",
        "durchaus",
        "wenig",
        "äußerst",
        "völlig",
        "absolut",
        "ganz",
        "besonders",
        "gar",
        "ziemlich",
        "kaum",
        "noch",
        "weiterhin",
        "wohl",
    ]
)
LOCATIVES = frozenset(["in", "im", "darin"])
RELATIVES = grammar("relative_pronouns") | frozenset(["was", "wo", "wie"])
# particles of other verbs built on "sehen" ("sieht gut aus", "sieht eine Erhöhung vor")
SEHEN_PARTICLES = frozenset(
    [
        "aus",
        "vor",
        "voraus",
        "zu",
        "ein",
        "an",
        "fern",
        "nach",
        "ab",
        "um",
        "durch",
        "weg",
        "hin",
        "entgegen",
        "fest",
        "sich",
    ]
)


def fuer_complement(
    sent: Sentence, index: int, last: int, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "hält die Entscheidung für richtig", "hielt das für einen Fehler", "Für einen
    Wermutstropfen hält die WKÖ, dass …": the thing judged and the verdict after ``für`` (an
    adjective, after "nicht", "zu" …, or an indefinite noun phrase); "hielt für die Partei eine
    Rede" is none."""
    toks = sent.tokens
    lo, hi = _start(toks, index), _end(toks, index)
    if toks[lo].lower in RELATIVES and lo > 0:
        return None  # "…, was die Partei für zu teuer hält": the verdict of a relative clause
    for k in range(lo, hi):
        if toks[k].lower != "für" or (subject and subject[0] <= k <= subject[1]):
            continue
        m = k + 1
        while m < hi and toks[m].lower in INTENSIFIERS:
            m += 1
        if m >= hi or not (_predicate_word(toks[m], ("ADJD",)) or toks[m].lower in INDEFINITE):
            continue
        return _complement(toks, k, lo, hi, index, last, subject, fronted=True)
    return None


def seen_complement(
    sent: Sentence, index: int, last: int, subject: tuple[int, int] | None, adverbs: frozenset[str]
) -> tuple[int, int] | None:
    """ "sieht X als Y" (as ``als_complement``), "sieht in X eine Chance" / "sieht darin keinen
    Widerspruch" (from the preposition), "sieht seine Analysen bestätigt" / "sieht das kritisch"
    (the object and a predicative adjective or participle closing the clause). Not "sieht gut
    aus", "sieht eine Erhöhung vor", "sah sich gezwungen"."""
    toks = sent.tokens
    lo, hi = _start(toks, index), _end(toks, index)
    if last > index or any(
        t.lower in SEHEN_PARTICLES and (t.tag == "PTKVZ" or (t.tag is None and k + 1 == hi))
        for k, t in enumerate(toks[lo:hi], lo)
    ):
        return None
    if toks[lo].lower in RELATIVES and lo > 0:
        return None  # "…, was er für ein Zeichen hält": the verdict of a relative clause
    if any(t.lower == "als" for t in toks[lo:hi]):
        return als_complement(sent, index, last, subject, fronted=True)
    for p in range(lo, hi):
        if toks[p].lower not in LOCATIVES or (subject and subject[0] <= p <= subject[1]):
            continue
        q = next((m for m in range(p + 1, hi) if toks[m].lower in INDEFINITE), None)
        if q is None:
            return None
        if index > q:
            return _trim(toks, p, index)  # "hat in X eine Chance gesehen"
        if p < index:
            return _trim(toks, p, hi)  # "Darin sieht er eine Chance"
        return _trim(toks, p, _before_coordinated_verb(toks, q, hi))
    aux = next((k for k in range(lo, index) if toks[k].lower in PERFECT_AUXILIARIES), None)
    if toks[index].lower.startswith("ge") and aux is not None:
        first, stop = aux + 1, index  # "hat die Lage kritisch gesehen"
    else:
        first, stop = index + 1, hi
    if subject and subject[0] <= first <= subject[1]:
        first = subject[1] + 1
    while first < stop and toks[first].lower in SUBJECT_PRONOUNS:
        first += 1
    if first >= stop or toks[first].lower == "sich":
        return None  # "sah sich gezwungen"
    obj = _skip_adverbials(toks, first, stop)
    for k in range(obj, stop):
        t = toks[k]
        nxt = toks[k + 1].lower if k + 1 < stop else "."
        if (
            _predicate_word(t, ("ADJD", "VVPP"))
            and t.lower not in adverbs
            and (k + 1 == stop or nxt in COORDINATORS)
        ):
            if k == obj:
                # "Ob sie helfen, sieht X skeptisch": the fronted clause is the thing judged;
                # "Die Selbstbewaffnung sieht X kritisch": the fronted object
                if lo > 0 and toks[0].lower in FRONTED_CONTENT:
                    return 0, k + 1
                fronted = subject is not None and subject[0] > index > lo
                return (lo, k + 1) if fronted else None
            return obj, _before_coordinated_verb(toks, k, stop)
    return None


FRONTED_CONTENT = frozenset(["dass", "ob", "wie", "was", "wer", "warum", "wann"])


def _predicate_word(t: Token, tags: tuple[str, ...]) -> bool:
    """A predicative adjective or participle: by the tagger's tag, or (without tags) a
    lower-case word that is no function word."""
    if not t.is_word or t.is_upper or t.lower in FUNCTION_WORDS:
        return False
    return t.tag in tags if t.tag is not None else True


def _complement(
    toks: list[Token],
    k: int,
    lo: int,
    hi: int,
    index: int,
    last: int,
    subject: tuple[int, int] | None,
    fronted: bool = False,
) -> tuple[int, int] | None:
    """The thing judged and the verdict from the word at ``k`` ("als", "für"): the object
    between the verb and ``k``, and the words after ``k`` up to the cue verb, its particle or
    the end of the clause; ``fronted``: an object before the verb ("Die Entscheidung hält sie
    für richtig") is the thing judged."""
    if k < index and k == lo and last + 1 >= hi:
        return None  # "Als die Polizei den Mann sah, …": a temporal clause, no verdict
    if k < index:
        end = index  # "Als Y bezeichnete es X", "hat X als Y bezeichnet"
    elif last > k:
        end = last  # "stufte X als Y ein"
    else:
        end = _before_coordinated_verb(toks, k, hi)
    start = _object_start(toks, lo, k, index, last, subject)
    if fronted and start is not None and all(t.tag in ("ADV", "PAV") for t in toks[start:k]):
        start = None  # "Eine Eröffnung hält X daher für …": an adverb, no object
    if start is None and k == lo and last + 1 < hi and toks[last + 1].is_word:
        # "Als wesentlich bezeichnete er die Entscheidung für …": the thing judged follows
        return _trim(toks, k, hi)
    if start is None and fronted and lo < index < k and not (subject and subject[0] == lo):
        return _trim(toks, lo, end)  # "Die Entscheidung … hält sie für richtig"
    return _trim(toks, k + 1 if start is None else start, end)


def _object_start(
    toks: list[Token],
    lo: int,
    als: int,
    index: int,
    last: int,
    subject: tuple[int, int] | None,
) -> int | None:
    """Where the thing judged starts before ``als`` ("bezeichnete den Plan als …", "hat die Lage
    als … bezeichnet"): after the verb (or the perfect auxiliary) and a subject standing there;
    None when nothing stands between them."""
    if als > index:
        a = last + 1 if last < als else index + 1
    else:
        aux = next((k for k in range(lo, als) if toks[k].lower in PERFECT_AUXILIARIES), None)
        if aux is None:
            return None
        a = aux + 1
    if subject and subject[0] <= a <= subject[1]:
        a = subject[1] + 1
    if a < als and toks[a].lower in SUBJECT_PRONOUNS:
        a += 1
    a = _skip_adverbials(toks, a, als)
    return a if a < als else None


def _skip_adverbials(toks: list[Token], a: int, stop: int) -> int:
    """The first word of the object after adverbials ("in einer Branchenanalyse die Lage", "im
    Gespräch mit dem STANDARD …", "darin Horvath"): a prepositional phrase runs to its noun."""
    while a < stop:
        t = toks[a]
        if t.tag == "PAV" or t.lower in ("darin", "dabei", "damit", "dazu"):
            a += 1
            if a < stop and t.lower == "darüber" and toks[a].lower == "hinaus":
                a += 1  # "darüber hinaus"
            continue
        if t.lower not in PREPOSITIONS and t.tag not in ("APPR", "APPRART", "APPR_ART"):
            return a
        k = a + 1
        while k < stop and not (toks[k].is_upper and toks[k].tag in ("NN", "NE", None)):
            k += 1
        if k >= stop:
            return a
        a = k + 1
    return a


def _before_coordinated_verb(toks: list[Token], k: int, stop: int) -> int:
    """The end of a verdict before a verb coordinated after it ("… schockierend und zitierte X
    zu sich", "einen Terroristen und erinnert ihn"): the ``und`` before a finite verb."""
    for m in range(k, stop - 1):
        if toks[m].lower in COORDINATORS and toks[m + 1].tag in ("VVFIN", "VAFIN", "VMFIN"):
            return m
    return stop


def predicative_complement(
    sent: Sentence, index: int, subject: tuple[int, int] | None, adverbs: frozenset[str]
) -> tuple[int, int] | None:
    """ "nannte Xs Verhalten am Mittwoch absurd", "nannte die Entscheidung einen Skandal",
    "hat X einen Fehler genannt": an object, then a predicative adjective (closing the clause
    or before ``und``; not an adverb of manner or time, ``adverbs``) or an indefinite noun
    phrase; the span holds the object and its verdict."""
    toks = sent.tokens
    lo, hi = _start(toks, index), _end(toks, index)
    if any(t.lower == "als" for t in toks[lo:hi]):
        return None
    aux = next((k for k in range(lo, index) if toks[k].lower in PERFECT_AUXILIARIES), None)
    if toks[index].lower.startswith("ge") and aux is not None:
        first, stop = aux + 1, index  # "hat X einen Fehler genannt"
    else:
        first, stop = index + 1, hi
    if subject and subject[0] == first:
        first = subject[1] + 1
    if first >= stop or toks[first].lower in PREPOSITIONS or not toks[first].is_word:
        return None  # "nannte am Mittwoch keine Details": no object
    obj = _skip_adverbials(toks, first, stop)
    for k in range(first + 1, stop):
        t = toks[k]
        nxt = toks[k + 1].lower if k + 1 < stop else "."
        # the tagger reads a closing predicative adjective as ADJD, or as a verb particle
        adjective = t.is_word and not t.is_upper and t.tag in (None, "ADJD", "PTKVZ")
        if (
            adjective
            and t.lower not in adverbs
            and t.lower not in FUNCTION_WORDS
            and (k + 1 == stop or nxt in COORDINATORS)
        ):
            # the thing judged with its verdict ("den Vergleich schockierend"), not a verb
            # coordinated after it ("… schockierend und zitierte X zu sich")
            return obj, _before_coordinated_verb(toks, k, stop)
        if t.lower in INDEFINITE and toks[k - 1].lower not in PREPOSITIONS:
            return obj, _before_coordinated_verb(toks, k, stop)
    return None


def denied_object(sent: Sentence, index: int, last: int) -> tuple[int, int] | None:
    """ "sprach der Regierung jede Kompetenz ab": the accusative object before the particle
    (a dative pronoun or a dative noun phrase before it is the one it was denied to)."""
    toks = sent.tokens
    if last <= index + 1 or any(t.lower == "sich" for t in toks[index + 1 : last]):
        return None  # "sprach sich mit X ab": an agreement
    a = index + 1
    if toks[a].lower in ("er", "sie", "es"):
        a += 1
    if a < last and toks[a].lower in DATIVE_PRONOUNS:
        a += 1
    elif a < last and toks[a].lower in ("dem", "der", "einem", "einer"):
        k = a + 1
        while k < last and not toks[k].is_upper:
            k += 1
        a = k + 1
    if a >= last or toks[a].lower in PREPOSITIONS:
        return None  # "sprach mit X ab": an agreement
    return _trim(toks, a, last)


def accused_object(
    sent: Sentence, index: int, last: int, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Die Staatsanwaltschaft wirft X zahlreiche Vergehen vor", "warf X Y persönlich Spionage
    vor": the persons and the charge between the verb (and a subject after it) and the particle
    closing the sentence; a content clause after the particle ("warf X vor, … zu haben") is the
    ordinary reported clause."""
    toks = sent.tokens
    if last <= index + 1:
        return None
    after = toks[last + 1].text if last + 1 < len(toks) else "."
    if after not in ".!?":
        return None
    a = index + 1
    if subject and subject[0] <= a <= subject[1]:
        a = subject[1] + 1
    while a < last and toks[a].lower in SUBJECT_PRONOUNS:
        a += 1
    if a >= last or toks[a].lower in PREPOSITIONS:
        return None
    return _trim(toks, a, last)


def promised_object(
    sent: Sentence, index: int, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Er verspricht für die Stadt einen künstlerischen Höhepunkt", "versprechen lückenlose
    Aufklärung": the object after the verb (no content clause: a comma or an infinitive with
    ``zu`` is the ordinary reported clause)."""
    toks = sent.tokens
    hi = _end(toks, index)
    if hi - index < 2 or any(t.lower == "zu" for t in toks[index + 1 : hi]):
        return None
    if hi < len(toks) and toks[hi].text == ":":
        return None  # "versprachen viel: …": what follows the colon is the content
    if index > 0 and toks[index - 1].text == ",":
        return None  # "…, versprach X": the content stands before the cue
    a = index + 1
    if toks[a].lower in SUBJECT_PRONOUNS:
        a += 1
    if subject and subject[0] >= a:
        if subject[0] > a:
            return None  # "versprach noch 2012 der Leiter X": the subject, no object
        a = subject[1] + 1
    while a < hi and toks[a].lower in DATIVE_PRONOUNS:
        a += 1
    if a >= hi or not toks[a].is_word:
        return None
    if not any(t.is_upper for t in toks[a:hi]):
        return None  # "versprach es nicht": no noun
    return a, hi


def estimate(
    sent: Sentence, index: int, last: int, preps: frozenset[str], numbers: frozenset[str]
) -> bool:
    """ "schätzt die Kosten auf mindestens eine Million Euro": the preposition and a number
    within a few words after it, in the cue's clause."""
    toks = sent.tokens
    hi = _end(toks, index)
    for k in range(index + 1, hi):
        if toks[k].lower in preps:
            for t in toks[k + 1 : min(hi, k + 6)]:
                if t.text[:1].isdigit() or t.tag == "CARD" or t.lower in numbers:
                    return True
    return False


# particles of other verbs built on "rechnen" ("rechnete mit seinen Kritikern ab")
RECHNEN_PARTICLES = frozenset(["ab", "vor", "hoch", "aus", "nach", "um", "zusammen", "durch"])


def forecast(sent: Sentence, index: int, lemma: str, subject: tuple[int, int] | None) -> bool:
    """A forecast with a noun phrase and no number (session 12): "rechnet mit einer
    Entscheidung", "erwartet ein rückläufiges Angebot", "erwartet über kurz oder lang wieder
    steigende Ölpreise" — for ``erwarten`` an indefinite or adjective-led noun phrase after the
    verb, no definite one, no name ("erwartet am Sonntag Rapid", "erwartet den Meister": a host)."""
    toks = sent.tokens
    lo, hi = _start(toks, index), _end(toks, index)
    if lemma == "rechnen":
        if any(
            t.lower in RECHNEN_PARTICLES and t.tag in ("PTKVZ", None) for t in toks[hi - 1 : hi]
        ):
            return False
        return any(
            toks[k].lower == "mit" and k + 1 < hi and toks[k + 1].is_word
            for k in range(lo, hi)
            if not (subject and subject[0] <= k <= subject[1])
        )
    if lemma != "erwarten" or index + 1 >= hi:
        return False
    for k in range(index + 1, hi):
        t = toks[k]
        if subject and subject[0] <= k <= subject[1]:
            continue
        if t.lower == "sich" or t.lower in DEFINITE or t.tag in ("NE", "PPER", "PDS"):
            return False  # "erwartet sich …", "erwartet den Meister", "erwartet Rapid"
        nxt = toks[k + 1] if k + 1 < hi else t
        adjective = t.tag == "ADJA" or (t.tag is None and nxt.is_upper and t.lower[-1:] in "enrs")
        if t.lower in INDEFINITE or (adjective and not t.is_upper):
            return any(x.is_upper and x.tag in ("NN", None) for x in toks[k + 1 : hi])
        if t.is_upper:
            return False  # "erwartet Besucher aus aller Welt": a bare noun, no forecast
    return False
