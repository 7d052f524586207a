"""Role nouns that point back to the article's main person (session 33, issue #3).

"Pavel Kolar … Im Falle einer Verurteilung drohen dem Insektenkundler bis zu drei Jahre
Haft", "… sagte Wang. Auch streute der Chefdiplomat seinem Ratgeber …": a definite singular
role phrase that no other rule bound (`descriptors.resolve`, `stage._bind_across_sentences`,
the age and inhabitant rules) refers to the person named last before it when that person is
the one the article names most often and no other person is named in its own sentence or the
two before it. German news texts vary the noun for their protagonist ("der Experte", "den
Torjäger", "des Politikers"); another person is introduced by name first.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsgraph.entities.descriptor_complements import complement_known, named_as_owner
from newsgraph.entities.tokens import token_starts, token_texts
from newsgraph.quotes.lexicon import load as load_quote_lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from newsgraph.entities.cluster import Cluster
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand, RolePhrase
    from newsgraph.pipeline import Segment

#: how many sentences back the person named last may stand
BACK = 4
#: the sentences before the phrase's own in which no other person may be named
CLEAR = 2
#: kinds of role nouns bound this way (not relations: "seine Ehefrau" is someone else)
KINDS = frozenset(["office", "function", "age", "demonym"])
DEFINITE = frozenset(["der", "die", "dem", "den", "des"])
#: words before the article that make the phrase an office, a comparison or a counterpart, not
#: the person named before: "das Amt des Staatspräsidenten", "zum Präsidenten gewählt", "als
#: der Favorit", "gegen den Schiedsrichter", "mit dem Trainer", "durch den Beauftragten"
NOT_AFTER = frozenset(
    [
        "Amt",
        "Posten",
        "Wahl",
        "zum",
        "zur",
        "als",
        "wie",
        "gegen",
        "mit",
        "gegenüber",
        "durch",
        "neben",
    ]
)
#: words before a genitive "der" that make it plural: "einer der Gründe", "alle der …"
QUANTIFIERS = frozenset(
    [
        "einer",
        "eines",
        "keiner",
        "viele",
        "vieler",
        "einige",
        "alle",
        "aller",
        "mehrere",
        "beide",
        "beider",
    ]
)
#: words after the noun that open a complement naming someone or something else: "der Chef
#: der Gruppe", "der Manager eines Konkurrenten", "der Sonderberichterstatter für …"
COMPLEMENT = frozenset(
    ["der", "des", "von", "vom", "für", "eines", "einer", "aus", "im", "in", "an", "am", "bei"]
)


def _token_at(seg: Segment, d: Cand, start: int) -> int:
    """The index of the token of ``d``'s segment that starts at character ``start``."""
    doc = seg.doc
    k = d.i
    while k > 0 and seg.start + doc[k].idx > start:
        k -= 1
    return k


def word_before(seg: Segment, d: Cand, start: int) -> str:
    """The word before the token that starts at character ``start`` in ``d``'s segment."""
    k = _token_at(seg, d, start)
    return token_texts(seg.doc)[k - 1] if k > 0 else ""


def complement_follows(d: Cand, seg: Segment) -> bool:
    """Does a complement follow the phrase ``d`` (a capitalised word or a preposition of
    :data:`COMPLEMENT`: "der Professor für …", "der Trainer Name")?"""
    texts = token_texts(seg.doc)
    after = texts[d.j] if d.j < len(texts) else ""
    return after[:1].isupper() or after in COMPLEMENT


def _reporting_wie(doc: Doc, j: int) -> bool:
    """Does a verb of saying close the "wie" clause whose noun phrase ends before token ``j``
    ("…, wie der Wirtschaftskammerpräsident zusammen mit X am Montag verkündete": a report of
    what he said, no comparison; session 34)?"""
    verbs = load_quote_lexicon("de").verb_forms
    for tok in doc[j : j + 12]:
        if tok.text in (",", ".", ";", ":", "?", "!", "–"):
            return False
        if tok.lower_ in verbs and "VerbForm=Fin" in str(tok.morph):
            return True
    return False


def _turn_label(m: Cand, segments: list[Segment]) -> bool:
    """Is the name an interview's turn label, opening its sentence with a colon right after it
    ("Brunner: Das ist …"; not "Strafhöhe, für Kessler: 1.100 Euro")?"""
    if m.seg < 0:
        return False
    texts = token_texts(segments[m.seg].doc)
    opens = m.i == 0 or texts[m.i - 1] in (".", "?", "!", "…")
    return opens and m.j < len(texts) and texts[m.j] == ":"


def _role_noun_between(
    start: int, end: int, last: Cluster, segments: list[Segment], lex: Lexicon
) -> bool:
    """Does a role noun in apposition to a capitalised word, no role of ``last``, stand between
    the offsets ("Grischa Gantschew, Chef von Petrol, … an den Unternehmer": a person the
    layer did not recognise may be meant)?"""
    own = [(r.start, r.end) for m in last.members for r in m.roles]
    own += [(d.start, d.end) for d in last.descriptors]
    for seg in segments:
        if seg.start >= end or seg.start + len(seg.doc.text) <= start:
            continue
        texts = token_texts(seg.doc)
        starts = token_starts(seg.doc)
        for k, text in enumerate(texts):
            at = seg.start + starts[k]
            if not start <= at < end or not text[:1].isupper():
                continue
            # an apposition to a capitalised word: "Grischa Gantschew, Chef von Petrol"
            if k < 2 or texts[k - 1] != "," or not texts[k - 2][:1].isupper():
                continue
            info = lex.role(text)
            if info is None or info.kind not in ("office", "function"):
                continue
            if not any(a <= at < b for a, b in own):
                return True
    return False


def complement_words(rp: RolePhrase, seg: Segment) -> tuple[str, ...]:
    """The words of the complement `descriptors.find_descriptors` read after the role noun
    ("für Verwaltungsrecht", "des Labors für …"; session 36), or () when it read none."""
    if rp.phrase_end <= rp.end:
        return ()
    return tuple(seg.doc.text[rp.end - seg.start : rp.phrase_end - seg.start].split())


def _phrase_fits(d: Cand, rp: RolePhrase, seg: Segment, complement: bool = False) -> bool:
    """A definite singular role phrase with no complement (or, with ``complement``, one whose
    complement `find_descriptors` read), not an office or a counterpart."""
    # the phrase's number as `roles.role_phrase_left` read it (article, adjective ending, the
    # tagger, "der" in a nominative slot); session 35: not the tagger's number again ("der
    # weltgrößte Drogenboss" is singular whatever the tagger says)
    if rp.det not in DEFINITE or rp.info.kind not in KINDS or rp.plural:
        return False
    if complement_follows(d, seg) and not complement:
        return False
    doc = seg.doc
    before = word_before(seg, d, rp.start)
    if before in NOT_AFTER and not (before == "wie" and _reporting_wie(doc, d.j)):
        return False
    # attributes are adjectives (a place's -er adjective too: "der Wiener", "der
    # US-amerikanische"); a noun among them is a misread phrase ("der 30-Jährige überlegen
    # Cup-Schützenkönig")
    words = d.text.split()
    if any(w.split("-")[-1][:1].isupper() and not w.endswith("er") for w in words[1:-1]):
        return False
    # a genitive plural: "einer der Gründe", "Drittel der Parlamentarier"
    return not (rp.det == "der" and (before in QUANTIFIERS or before[:1].isupper()))


#: the parties of a trial, by the ending of the role noun: a judge, a prosecutor, counsel, an
#: expert and a witness are different persons ("Richterin X" … "die Staatsanwältin"), and none
#: of them is the defendant the article is about
COURT_PARTIES = (
    (("staatsanwalt", "staatsanwältin"), "prosecutor"),
    (("richter", "richterin"), "judge"),
    (("anwalt", "anwältin", "verteidiger", "verteidigerin"), "counsel"),
    (("gutachter", "gutachterin", "sachverständige", "sachverständiger"), "expert"),
    (("zeuge", "zeugin"), "witness"),
)


def _court_party(lemma: str) -> str | None:
    low = lemma.lower()
    return next((party for ends, party in COURT_PARTIES if low.endswith(ends)), None)


def other_kind(rp: RolePhrase, cl: Cluster) -> bool:
    """Does the text already give the person a role of the same head noun that the phrase
    does not generalise, or a party of a trial it is not given? "medizinischer Sachverständiger Emil
    Lang" … "des Verkehrssachverständigen" is another expert, "Richterin X" … "die
    Staatsanwältin" another person; "Finanzminister X" … "der Minister" is X."""
    head = rp.info.head.lower()
    noun = rp.info.lemma.lower()
    party = _court_party(noun)
    if party and party not in {_court_party(r.info.lemma) for r in cl.roles}:
        return True  # "… wurde Al-Asir verurteilt – der Richter empfahl …": the judge
    for r in cl.roles:
        if r.info.head.lower() != head:
            continue
        lemma = r.info.lemma.lower()
        if not (lemma.endswith(noun) or lemma.endswith(noun + "r")):
            return True
    return False


def bind_to_protagonist(
    found: list[Cand],
    persons: list[Cluster],
    segments: list[Segment],
    gender_fits: Callable[[RolePhrase, Cluster], bool],
    countries: Callable[[Cluster], set[str]],
    lex: Lexicon,
) -> list[Cand]:
    """Bind each role phrase of ``found`` that no person holds yet to the person named last
    before it (at most :data:`BACK` sentences back) when that person is named at least twice
    and at least as often as anyone else in the article, no other person is named in the
    phrase's sentence or the :data:`CLEAR` before it, and gender and country agree. Returns
    the phrases bound."""
    out: list[Cand] = []
    held = {id(d) for cl in persons for d in cl.descriptors}
    counts = Counter({id(cl): sum(1 for m in cl.members if m.start >= 0) for cl in persons})
    most = max(counts.values(), default=0)
    if most < 2:
        return out
    named = sorted(
        ((m.start, m.sent, cl, m) for cl in persons for m in cl.members if m.start >= 0),
        key=lambda x: x[0],
    )
    for d in found:
        rp = d.descriptor
        if rp is None or id(d) in held:
            continue
        # (session 36) a phrase with its complement ("der Professor für Verwaltungsrecht")
        # only for a person the text already gives that complement ("Verwaltungsrechtler X")
        words = complement_words(rp, segments[d.seg])
        if not _phrase_fits(d, rp, segments[d.seg], complement=bool(words)):
            continue
        before = [(sent, cl, m) for start, sent, cl, m in named if start < d.start]
        if not before:
            continue
        sent, last, mention = before[-1]
        if _turn_label(mention, segments):
            continue  # "Brunner: Das ist … Der Rechtsschutzbeauftragte …": someone he speaks of
        if d.sent - sent > BACK or counts[id(last)] < most:
            continue
        seg = segments[d.seg]
        between = seg.doc.text[mention.end - seg.start : rp.start - seg.start]
        if sent == d.sent and (mention.seg != d.seg or between != ", "):
            continue  # "Szabó setzte den zuständigen Staatssekretär ab": someone else
        if any(cl is not last for s, cl, _m in before if s >= d.sent - CLEAR):
            continue
        if _role_noun_between(mention.end, rp.start, last, segments, lex):
            continue
        if not gender_fits(rp, last) or other_kind(rp, last):
            continue
        if words and (not complement_known(words, last, lex) or named_as_owner(last, d.sent)):
            continue
        known = countries(last)
        if rp.country and known and rp.country not in known:
            continue  # "Der Indonesier" is not the Italian captain named before
        last.descriptors.append(d)
        held.add(id(d))
        out.append(d)
    return out
