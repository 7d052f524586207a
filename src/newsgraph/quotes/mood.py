"""Konjunktiv and person: what marks a clause as reported or as the speaker's own words."""

from __future__ import annotations

from newsgraph.caching import bounded
from newsgraph.quotes.lexicon import Lexicon
from newsgraph.quotes.text import Token
from newsgraph.words_de import FINITE_VERB_TAGS, PREP_ARTICLE_TAGS


def konj1(tokens: list[Token], lex: Lexicon, use_tagger: bool = True) -> bool:
    """A Konjunktiv I form (sei, habe, genieße …) that is not next to "ich" and not in a
    comparison ("als lege er nur eine Pause ein", "als ob es … gebe": the speaker's own irreal)."""
    # (the comparison test, the costlier one, only for the forms that count otherwise)
    return any(
        _konj1_form(tokens, i, lex, use_tagger) and not _comparative(tokens, i)
        for i in range(len(tokens))
    )


def _konj1_form(tokens: list[Token], i: int, lex: Lexicon, use_tagger: bool) -> bool:
    """Token i is a Konjunktiv I form for :func:`konj1`, comparisons aside."""
    t = tokens[i]
    low = t.lower
    if _either_or(tokens, i):
        return False
    finite = t.tag in ("VAFIN", "VMFIN", "VVFIN")
    # a finite verb in -e that is not first person is Konjunktiv I (3rd person indicative
    # ends in -t, plural in -en): "berge", "schüre", even when the tagger misses the mood
    tagged = (
        finite
        and low.endswith("e")
        and not low.endswith(("te", "de"))
        and not _coordinated_attribute(tokens, i)
        and not (t.is_upper and i > 0)  # a noun inside the clause: "eine Weiße-Männer-Domäne"
        and not _after_article(tokens, i)
    )
    if tagged and use_tagger and low not in lex.konj2 and not _has_ich(tokens):
        return True
    if (
        i == 1
        and tokens[0].lower in lex.v2_subjects
        and _v2_konj1(t, tokens[2] if len(tokens) > 2 else None, lex)
    ):
        return True  # "Das berge ein …": the verb-second slot after a pronoun subject
    by_lemma = (
        use_tagger
        and lemma_konj1(t)
        and not _coordinated_attribute(tokens, i)
        and not (i > 0 and tokens[i - 1].tag in _DETERMINER_TAGS)  # "das finanzmarode Heer"
    )
    if (low not in lex.konj1 and not by_lemma) or (t.is_upper and i > 0):
        return False
    if (
        t.tag is not None
        and (t.tag[:1] not in ("V", "N", "A") or t.tag == "ART")
        and low not in ("sei", "seien")
    ):
        # the tagger reads it as another word class: "einige" (PIAT, also ART: "auf einige
        # hundert Kommentare"), not "einigen"; of the tags in "A" only the article ("ADV"
        # stays: the tagger calls Konjunktiv forms adverbs, "Der Abschluss … erfolge
        # vorbehaltlich …")
        return False
    if i == 0 and _noun_subject(tokens):
        return False  # a noun opening the clause before its verb: "Teile von Tigern sind …"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if (
        t.tag == "ADJA"
        and nxt is not None
        and nxt.is_upper
        and prev is not None
        and (
            prev.tag in _DETERMINER_TAGS
            or (prev.lower in _COORDINATORS and "ADJ(A)" in _hanta(low)[0])
        )
    ):
        # an attributive adjective before its noun: "eine gewisse Strategiewende", and one of a
        # row that HanTa knows as an adjective: "die nahe, sichere Destination"
        return False
    if t.tag == "NN" and nxt is not None and nxt.lower in _NOUN_FOLLOWERS:
        return False  # a noun with its genitive: "Folge des Streiks"
    near = {x.lower for x in tokens[max(0, i - 3) : i + 3]}
    # "ich habe", "Ich habe …, werde aber …": an indicative first person
    first_person = "ich" in near or (
        low not in ("sei", "seien")
        and any(x.lower == "ich" for x in tokens)
        and not _own_subject_clause(tokens, i)
    )
    return not first_person


_EITHER_OR_OPENERS = frozenset([",", "–", "-", ":", "("])


def _either_or(tokens: list[Token], i: int) -> bool:
    """ "sei es" opening a clause before a preposition or an article, with an "oder" after it:
    the concessive "whether … or …" ("sie wollen nach Großbritannien – sei es zur Arbeit oder
    wegen der Familie", "Sei es mit Warnungen … oder mit … Videos – fad wird es …"), no
    reported speech; not "…, sei es zudem wichtig, … oder …" (a predicate after "es")."""
    if tokens[i].lower not in ("sei", "seien") or i + 2 >= len(tokens):
        return False
    if i > 0 and tokens[i - 1].text not in _EITHER_OR_OPENERS:
        return False
    return (
        tokens[i + 1].lower == "es"
        and tokens[i + 2].tag in ("APPR", "APPRART", "APPR_ART", "ART")
        and any(x.lower == "oder" for x in tokens[i + 3 :])
    )


def _noun_subject(tokens: list[Token]) -> bool:
    """The first word, read as a noun by the tagger, is a noun when a finite verb of its clause
    follows: "Teile von Tigern sind begehrt", "Ende November soll er …" (``teile``, ``ende``
    are Konjunktiv forms too); "Komme in den nächsten Wochen nichts heraus, …" (no other finite
    verb before the clause ends) stays a verb-first Konjunktiv. So too when its clause ends
    first and a later finite verb of the sentence is an indicative one in no Konjunktiv form:
    "Versuche, eine solche Armee aufzubauen, waren …", "Spiele, die … verloren hätte, gestalten
    die Violetten nun …" (a subject noun with a clause after it; the verb-first Konjunktiv of
    a condition is followed by a Konjunktiv: "Komme …, würde …")."""
    first = tokens[0]
    if not first.is_upper or first.tag not in ("NN", "NE") or first.lower in ("sei", "seien"):
        return False
    for k, t in enumerate(tokens[1:], 1):
        if t.text in _CLAUSE_BOUNDS:
            # "Komme …, werde …": the verb of the next clause says nothing; an indicative one
            # later in the sentence does
            return any(
                x.tag in FINITE_VERB_TAGS and x.mood == "Ind" and not x.lower.endswith("e")
                for x in tokens[k + 1 :]
            )
        if t.tag in FINITE_VERB_TAGS:
            return True
    return False


def lemma_konj1(t: Token) -> bool:
    """A verb of a -t/-d stem that is its lemma's stem + e ("verwerten" → "verwerte",
    "abbilden" → "abbilde") is a Konjunktiv I (or a first person, which the callers rule out by
    "ich"). The form alone cannot tell it from a weak preterite in -te/-de ("sagte", lemma
    "sagen"; the preterite of a -t/-d stem ends in -ete: "verwertete"), so ``konj1`` leaves these
    endings to the lexicon; the pipeline's lemma tells them apart. A full verb, finite or read as
    a participle ("abbilde", "aufbürde"); not a present participle in -ende/-rnde/-lnde, whose
    guessed lemma looks the same ("schreiende" → "schreienden")."""
    if t.tag not in ("VVFIN", "VVPP"):
        return False  # (most words: decided before the lemma is lower-cased)
    lemma = (t.lemma or "").lower()
    low = t.lower
    return (
        low.endswith(("te", "de"))
        and not low.endswith(("ende", "rnde", "lnde"))
        and len(low) >= 4
        and not t.is_upper
        and lemma.endswith("en")
        and lemma[:-1] == low
    )


_NOUN_FOLLOWERS = frozenset(["des", "der", "eines", "einer"])
_COORDINATORS = frozenset([",", "und", "oder"])


def _coordinated_attribute(tokens: list[Token], i: int) -> bool:
    """A word in -e between a comma or "und" on both sides ("Die dauerhafte, treue und stabile,
    fruchtbare Liebe"): one of a row of adjectives the tagger read as a finite verb."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].lower in _COORDINATORS
        and tokens[i + 1].lower in _COORDINATORS
    )


# (the tagger writes a fused preposition APPR_ART, so "APPRART" here never matches; adding
# APPR_ART changed nothing on tuning or 407 fresh records and was not kept: session 35)
_DETERMINER_TAGS = frozenset(["ART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "APPRART", "ADJA"])
# articles that open a noun phrase (not "das"/"die" as a demonstrative subject: "Das treffe …")
_NOUN_ARTICLE_TAGS = frozenset(["ART", "PPOSAT"]) | PREP_ARTICLE_TAGS


def _after_article(tokens: list[Token], i: int) -> bool:
    """The word at i follows an article inside the clause ("in der jeunesse dorée", "auf ihr
    irreguläre …"): an attributive adjective or a noun the tagger read as a finite verb. Not an
    article that opens the sentence, which the tagger gives to a demonstrative subject too
    ("Das treffe in Österreich …")."""
    return i > 1 and tokens[i - 1].tag in _NOUN_ARTICLE_TAGS and tokens[i - 2].text not in ".!?:"


def _own_subject_clause(tokens: list[Token], i: int) -> bool:
    """The verb at i has a subject of its own before it in its clause and no "ich" in that
    clause ("Es könne …, als sich zu überlegen, wie ich …": the "ich" is another clause's), unlike
    "Ich habe …, werde aber …", where the verb opens its clause and shares the subject."""
    lo = i
    while lo > 0 and tokens[lo - 1].text not in ",;:–—":
        lo -= 1
    hi = i
    while hi < len(tokens) and tokens[hi].text not in ",;:–—":
        hi += 1
    if i == lo or any(t.lower == "ich" for t in tokens[lo:hi]):
        return False
    if lo > 0 and tokens[lo].tag in FINITE_VERB_TAGS and _coordinated_with_ich(tokens, lo):
        return False  # "Ich arbeite …, bin … und werde …": a conjunct sharing the subject
    return tokens[lo].lower not in ("und", "aber", "doch", "sondern", "oder")


def _comparative(tokens: list[Token], i: int) -> bool:
    """Token i stands in an "als …"/"als ob …" clause of comparison."""
    if i > 0 and tokens[i - 1].lower == "als":
        return True
    for k in range(i - 1, max(-1, i - 10), -1):
        if tokens[k].text in ",;:–—":
            return False
        if tokens[k].lower in ("ob", "wenn") and k > 0 and tokens[k - 1].lower == "als":
            return True
    return False


def _v2_konj1(t: Token, nxt: Token | None, lex: Lexicon) -> bool:
    low = t.lower
    return (
        t.is_word
        and not t.is_upper
        and len(low) >= 4
        and low.endswith("e")
        and not low.endswith(("te", "de"))
        and low not in lex.konj2
        and nxt is not None
        and nxt.lower in lex.v2_followers
    )


def _has_ich(tokens: list[Token]) -> bool:
    return any(x.lower == "ich" for x in tokens)


def konj2(
    tokens: list[Token],
    lex: Lexicon,
    use_tagger: bool = False,
    cueless: bool = False,
    tagged_preterites: bool = True,
    irreal: bool = True,
) -> bool:
    """A Konjunktiv II form; the tagger's Mood=Sub (noisy) only where a cue already marks speech.
    In a sentence without a cue (``cueless``) the forms that equal the preterite plural ("Zehn
    Prozent blieben im Land") are the writer's past tense, and a modal like "möchte" at the end
    of a subordinate clause is its present tense. Without ``tagged_preterites`` the tagger's
    Mood=Sub does not count on a form that equals an indicative (:func:`_indicative_form`); without ``irreal`` no form of a comparison ("als wäre …") or of
    what nearly happened ("hätte beinahe …", :func:`_near_miss`) counts."""
    for i, t in enumerate(tokens):
        if t.is_upper and i > 0:
            continue  # a noun: "mit Würde"
        if cueless and t.lower in lex.konj2_preterite:
            continue
        if not irreal and (_comparative(tokens, i) or _near_miss(tokens, i)):
            continue  # "als wäre X unschlagbar", "hätte er beinahe verstolpert": the writer's
        if (
            cueless
            and t.lower in lex.konj2_modal
            and (i + 1 >= len(tokens) or not tokens[i + 1].is_word)
        ):
            continue  # "Wer … ohne Reklame sehen möchte, muss …": a subordinate clause's modal
        if _idiom(tokens, i):
            continue
        if t.lower in lex.konj2:
            return True
        if (
            use_tagger
            and t.mood == "Sub"
            and t.tag in ("VAFIN", "VMFIN", "VVFIN")
            and t.lower.endswith(("e", "en", "est", "et"))  # every Konjunktiv ending has its -e-
            and not _coordinated_attribute(tokens, i)
            and not _after_article(tokens, i)
            and not (t.tag == "VVFIN" and _governed_infinitive(tokens, i))
            and not _next_to_ich(tokens, i)
            and (tagged_preterites or not _indicative_form(t))
            and not (cueless and _plain_indicative(t.lower, lex))
        ):
            return True
    return False


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _plain_indicative(low: str, lex: Lexicon) -> bool:
    """A form the tagger calls Konjunktiv that can only be an indicative in a sentence of a
    news text: a present in -et/-est ("unterscheidet", "sendet": the Konjunktiv with that
    ending is a second person's) or a preterite whose Konjunktiv II is the same form with an
    umlaut ("hatten" → "hätten", "durfte" → "dürfte", "wurde" → "würde")."""
    if low.endswith(("et", "est")):
        return True
    return any(
        c in _UMLAUT and low[:k] + _UMLAUT[c] + low[k + 1 :] in lex.konj2 for k, c in enumerate(low)
    )


def _idiom(tokens: list[Token], i: int) -> bool:
    """A Konjunktiv form frozen in an idiom: "gang und gäbe" (common practice) says nothing
    about the mood of its clause ("Was … gang und gäbe ist, war in Wien nicht möglich")."""
    return tokens[i].lower == "gäbe" and [t.lower for t in tokens[max(0, i - 2) : i]] == [
        "gang",
        "und",
    ]


_NEAR_MISS_WORDS = frozenset(["beinahe", "fast"])  # not "knapp": "knapp 50 Prozent"


def _near_miss(tokens: list[Token], i: int) -> bool:
    """A Konjunktiv II pluperfect of what nearly happened ("Dabei hätte er den Endlauf beinahe
    verstolpert", "wäre fast gescheitert"): "beinahe"/"fast" in the clause of "hätte"/"wäre" and
    a participle after it — the writer's irreal, not reported speech."""
    if tokens[i].lower not in ("hätte", "hätten", "wäre", "wären"):
        return False
    hi = i + 1
    while hi < len(tokens) and tokens[hi].text not in ",;:–—.":
        hi += 1
    clause = tokens[i + 1 : hi]
    return any(t.lower in _NEAR_MISS_WORDS for t in clause) and any(t.tag == "VVPP" for t in clause)


def _indicative_form(t: Token) -> bool:
    """A form the tagger may call Konjunktiv that equals an indicative: a preterite
    (:func:`_preterite_form`) or a present plural that is its own lemma ("Sie verfügen oft nur
    über eine Zeile": the Konjunktiv I plural looks the same)."""
    low = t.lower
    return _preterite_form(low) or (low.endswith("en") and (t.lemma or "").lower() == low)


def _preterite_form(low: str) -> bool:
    """A form the tagger may call Konjunktiv II that equals an indicative preterite: a weak
    verb's ("bäumte … auf", "zeigten": the two moods look alike) or a strong verb's plural
    without an umlaut ("gewannen"; the Konjunktiv has one or ends in -e: "gewännen")."""
    if low.endswith(("te", "ten", "tet", "test")):
        return True
    return low.endswith("en") and not any(c in low for c in "äöü")


def _next_to_ich(tokens: list[Token], i: int) -> bool:
    """ "ich" within two words of the verb at i, no comma between: the tagger's Mood=Sub on a
    form outside the Konjunktiv II lexicon is then the indicative present ("ich glaube", "fühle
    ich mich", "die ich gelesen habe"); the lexicon's "ich hätte", "würde ich" are read before."""
    for k in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= k < len(tokens) or tokens[k].lower != "ich":
            continue
        lo, hi = min(i, k), max(i, k)
        if not any(x.text in _CLAUSE_BOUNDS for x in tokens[lo:hi]):
            return True
    return _coordinated_with_ich(tokens, i)


_SUBJECT_PRONOUNS = frozenset(["ich", "du", "er", "sie", "es", "wir", "ihr", "man"])


def _coordinated_with_ich(tokens: list[Token], i: int) -> bool:
    """The verb at i opens a conjunct with no subject of its own ("ich wache … auf und denke",
    "Ich arbeite …, bin … und werde …"): right after "und"/"oder"/"aber" or a comma, and the
    nearest personal pronoun before it is "ich"."""
    if i == 0 or not (tokens[i - 1].lower in ("und", "oder", "aber") or tokens[i - 1].text == ","):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.tag == "PPER" or nxt.lower in _SUBJECT_PRONOUNS):
        return False  # "…, glaube er": the verb's own subject follows it
    for t in reversed(tokens[: i - 1]):
        if t.tag == "PPER" or t.lower in _SUBJECT_PRONOUNS:
            return t.lower == "ich"
    return False


def subjunctive(tokens: list[Token], lex: Lexicon) -> bool:
    return konj1(tokens, lex) or konj2(tokens, lex)


def first_person(tokens: list[Token], lex: Lexicon) -> bool:
    return first_person_at(tokens, lex) < len(tokens)


def first_person_at(tokens: list[Token], lex: Lexicon) -> int:
    """The index of the first first-person (or second-person) word in ``tokens``, their
    length when there is none."""
    for i, t in enumerate(tokens):
        if t.lower in lex.first_person and not (
            t.is_upper and i > 0 and t.lower in ("meine", "meinen")
        ):
            return i
        if t.text in lex.second_person and t.text not in ("Sie", "Ihr", "Ihre", "ihr"):
            return i
    return len(tokens)


_FUTURE_AUXILIARIES = ("wird", "werden", "wirst", "werdet")
_CLAUSE_BOUNDS = (",", ";", ":", "–", "-")


def _governed_infinitive(tokens: list[Token], i: int) -> bool:
    """A verb after a finite modal or a future auxiliary of its clause is an infinitive, whatever
    the tagger reads ("Die PKK muss das Schlachtfeld … fernhalten", "wird … arbeiten"), and so is
    one right after "zu" and one in a clause opened by "um"/"ohne"/"statt" ("…, um im
    gesetzlichen Rahmen einzuschreiten": the zu-infinitive read as a finite verb)."""
    if i > 0 and tokens[i - 1].lower == "zu":
        return True
    for t in reversed(tokens[:i]):
        if t.text in _CLAUSE_BOUNDS:
            return False
        if t.tag in ("VMFIN", "KOUI") or t.lower in _FUTURE_AUXILIARIES:
            return True
    return False


def weak_preterite_plural(tokens: list[Token]) -> bool:
    """A finite weak verb in -ten (bewegten, hofften): Konjunktiv II and preterite look alike.
    Not an infinitive the tagger took for a finite verb (``_governed_infinitive``), and not a
    present plural that is its own lemma ("unterhalten", "arbeiten", "gelten": the preterite
    of these ends in -ten only as "unterhielten", "arbeiteten", "galten")."""
    return any(
        t.tag == "VVFIN"
        and t.lower.endswith("ten")
        and t.tense in (None, "Past")
        and (t.lemma is None or t.lemma.lower() != t.lower)
        and not _governed_infinitive(tokens, i)
        for i, t in enumerate(tokens)
    )


# -- the tagger's word class of a verb form, checked against HanTa's lexicon ----------------

#: HanTa readings of closed-class words and adverbs: a form with only these is no verb
_NOT_VERB_READINGS = frozenset(
    [
        "PIAT",
        "PIS",
        "PWAT",
        "PWS",
        "PWAV",
        "PRELS",
        "PRELAT",
        "PDAT",
        "PDS",
        "PPOSAT",
        "PPOSS",
        "PPER",
        "ART",
        "KOUS",
        "KON",
        "KOKOM",
        "APPR",
        "APPRART",
        "APPO",
        "ADV",
        "PAV",
        "PTKVZ",
        "PTKNEG",
        "PTKANT",
    ]
)
_HANTA_FINITE = {"VV(FIN)": "VVFIN", "VA(FIN)": "VAFIN", "VM(FIN)": "VMFIN"}
#: HanTa's tags that are no STTS tag, by the STTS tag of the word class
_STTS = {"ADJ(A)": "ADJA", "ADJ(D)": "ADJD", "NNA": "NN"}


def known_verb(word: str) -> bool:
    """HanTa knows the lower-case ``word`` as a verb form (any reading); without HanTa, True."""
    readings, _ = _hanta(word)
    return not readings or any(r.startswith("V") for r in readings)


def known_participle(word: str) -> bool:
    """HanTa knows the lower-case ``word`` as a past participle ("befragt", "verhört")."""
    return "VV(PP)" in _hanta(word)[0]


def _adjective_only(readings: tuple[str, ...]) -> bool:
    """HanTa knows the word as an adjective or a conjunction (besides nouns, names or foreign
    words) and never as a verb: "wahre", "heikle", "kaufmännische", "ehe". A word it knows only
    as a noun stays as tagged (its guess for an unknown verb form can be a noun)."""
    return (
        bool(readings)
        and not any(r.startswith("V") for r in readings)
        and any(r in ("ADJ(A)", "ADJ(D)", "KOUS") for r in readings)
    )


#: HanTa readings of answer particles and interjections ("danke", "bitte")
_PARTICLE_READINGS = frozenset(["PTKANT", "ITJ"])
_NON_FINITE_NEXT = frozenset(["PTKZU", "VVPP", "VVINF", "VAINF", "VMINF", "VVIZU"])


_HANTA: dict[str, tuple[tuple[str, ...], str]] = {}


def _hanta(word: str) -> tuple[tuple[str, ...], str]:
    """HanTa's readings of a lower-case word (best first) and the lemma of the best one; empty
    without HanTa. Cached per word, bounded like the other per-word caches."""
    known = _HANTA.get(word)
    if known is None:
        known = bounded(_HANTA)[word] = _hanta_readings(word)
    return known


def _hanta_readings(word: str) -> tuple[tuple[str, ...], str]:
    from newsgraph.nlp.hanta import german_tagger

    tagger = german_tagger()
    if tagger is None:
        return (), ""
    tags = tagger.tag_word(word, cutoff=5)  # type: ignore[attr-defined]
    if not tags:
        return (), ""
    # the best tag given: HanTa's analyze would otherwise run its forward pass over the word
    # again to find that very tag (session 26: half the cost of a word not yet cached)
    lemma = tagger.analyze(word, pos=tags[0][0])[0]  # type: ignore[attr-defined]
    return tuple(t for t, _ in tags), str(lemma).lower()


def repair_verb_tags(tokens: list[Token], lex: Lexicon) -> None:
    """Correct the tagger's word class of verb forms the mood tests read, by HanTa's lexicon.

    * A Konjunktiv I the tagger calls an adverb, adjective or pronominal adverb ("Deutschland
      hinke … hinterher", "Darauf deute … nichts hin", "Doch nun drohe …"): a lower-case word in
      -e whose best HanTa reading is a finite verb with the lemma form + "n" (stem + e: the
      Konjunktiv I or the first person, which "ich" tells apart) becomes that finite verb. Not an
      attributive adjective HanTa also knows before its noun ("traditionell reiche Nahrung"),
      not a word before a zu-infinitive, a participle or another Konjunktiv form ("infrage zu
      stellen", "infrage käme"), not one after the finite verb of its clause ("kommt als
      Innenverteidiger infrage"), and not a word HanTa also knows as an answer particle or
      interjection ("Nein, danke."). A first person ("da greife ich nicht vor") is repaired too:
      the finite verb lets a continuation after a cue count as a clause of speech.
    * A word the tagger calls a finite verb that HanTa reads only as a pronoun, determiner,
      conjunction, preposition or adverb ("etliche", "welche", "hingegen") is that word, not a
      Konjunktiv; one in -e that HanTa knows as an adjective or a subordinator and never as a
      verb ("wahre", "heikle", "ehe") becomes that adjective or subordinator.
    """
    for i, t in enumerate(tokens):
        tag = t.tag
        if tag is None or not t.is_word:
            continue
        low = t.lower
        if tag in ("VVFIN", "VAFIN", "VMFIN"):
            if not low.endswith(("e", "en")):
                continue
            readings, _ = _hanta(low)
            if readings and all(r in _NOT_VERB_READINGS for r in readings):
                t.tag, t.mood = readings[0], None
            elif low.endswith("e") and _adjective_only(readings):
                # "bizarre Geschichten – wahre und unwahre", "zum Teil heikle und private
                # Daten", "noch ehe es …": an adjective or a conjunction with no verb reading;
                # not a plural in -en ("strengen … eine Klage an": HanTa's "streng")
                t.tag, t.mood = _STTS.get(readings[0], readings[0]), None
            continue
        if (
            tag.startswith("V")
            or t.text != low
            or len(low) < 4
            or not low.endswith("e")
            or low.endswith(("ende", "rnde", "lnde"))
        ):
            continue
        readings, lemma = _hanta(low)
        if not readings or readings[0] not in _HANTA_FINITE or lemma != low + "n":
            continue
        if _PARTICLE_READINGS.intersection(readings):
            continue  # "Nein, danke.": an answer particle or interjection, no verb of a clause
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and (
            nxt.tag in _NON_FINITE_NEXT or nxt.lower in lex.konj2 or nxt.lower in lex.konj1
        ):
            continue
        if "ADJ(A)" in readings and nxt is not None and nxt.is_upper:
            continue
        if _finite_before(tokens, i):
            continue  # "stellen … die Voraussetzung infrage": the clause has its verb
        t.tag, t.lemma = _HANTA_FINITE[readings[0]], lemma
        t.pos = "AUX" if t.tag == "VAFIN" else "VERB"


_CLAUSE_JOINERS = frozenset(["und", "oder", "aber", "sondern", "denn"])


def _finite_before(tokens: list[Token], i: int) -> bool:
    """A finite verb stands before token i in its clause (back to a comma or a coordinator)."""
    for t in reversed(tokens[:i]):
        if t.text in _CLAUSE_BOUNDS or t.lower in _CLAUSE_JOINERS:
            return False
        if t.tag in FINITE_VERB_TAGS:
            return True
    return False
