"""Modality of an event (asserted, planned, denied, hypothetical) and who reports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.events.arguments import clause_of, verb_among
from newsgraph.events.lexicon import EventLexicon, TriggerMatch
from newsgraph.events.refs import RefResolver
from newsgraph.model import Article, EntityRef, Modality
from newsgraph.words_de import FINITE_VERB_TAGS as _FINITE
from newsgraph.words_de import participle_shape

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _words(tokens: list[Token]) -> set[str]:
    # (session 9: "May" inside a clause is the month, not the English modal: "in May 2020")
    return {t.text.lower() for k, t in enumerate(tokens) if not (k and t.text == "May")}


def modality(
    match: TriggerMatch,
    sent: Span,
    lex: EventLexicon,
    earlier: list[TriggerMatch],
    ignore_negation: bool = False,
) -> Modality:
    """Denied > hypothetical > planned > asserted, from the cues of the trigger's clause
    (``ignore_negation``: the modality of a refusal, "wird nicht zustimmen" is planned)."""
    tok = match.token
    start, end = clause_of(tok, sent)
    clause = list(sent.doc[start:end])
    words = _words(clause)
    if not ignore_negation and _negated(match, clause, lex):
        # "schließt Streiks nicht aus": a possibility, not a denial
        return "hypothetical" if _possibility(clause, lex) else "denied"
    if words & lex.words("cancel_words"):
        return "denied"
    denial_types = lex.words("denial_types")
    stances = lex.words("stance_modes")
    for other in earlier:
        if (
            other.entry.type.lower() in denial_types
            and other.token.i < start
            and (other.entry.mode or "").lower() not in stances
        ):
            return "denied"  # the content of a denial: "trat Vermutungen entgegen, X wolle …"
    if words & lex.words("hypothetical") or _possible_noun(match, lex):
        return "hypothetical"
    if _conditional(sent, start, end, lex) or _counterfactual(clause, sent, lex):
        return "hypothetical"
    governed = _governed_modality(match, lex) or _governing_clause(match, sent, lex)
    if governed is not None:
        return governed
    participle = match.entry.pos == "VERB" and _participle_shape(match)
    cues = words & lex.words("planned")
    if cues and _present_passive(match, clause, cues, lex):
        return "asserted"  # "Dem Konzern wird … vorgeworfen": done now, not planned
    if cues and not participle and not _perfect_infinitive(clause, lex):
        return "planned"
    return "asserted"


def _present_passive(
    match: TriggerMatch, clause: list[Token], cues: set[str] | frozenset[str], lex: EventLexicon
) -> bool:
    """A participle trigger whose only cue of a plan is the passive auxiliary "wird/werden"
    (no passive infinitive "verurteilt werden", no "soll", "will", …)."""
    aux = lex.words("passive_present")
    tok = match.token
    passive_aux = any(c.dep_ == "aux:pass" and c.text.lower() in aux for c in tok.children)
    if match.entry.pos != "VERB" or not (
        tok.tag_ == "VVPP" or passive_aux or _participle_shape(match) or _weak_participle(match)
    ):
        return False
    infinitive = any(t.text.lower() in aux and t.tag_ == "VAINF" for t in clause)
    return not infinitive and cues <= aux


def _governed_modality(match: TriggerMatch, lex: EventLexicon) -> Modality | None:
    """Session 10, round 2: a noun trigger that a verb or noun of calling for or threatening
    governs is not done yet ("rief zum Streik auf", "forderte Sanktionen": planned; "drohte mit
    Sanktionen": hypothetical; ``governed_modality`` of the lexicon). Only the noun itself (or a
    noun coordinated with it) as the verb's object or prepositional phrase counts, not a noun
    inside another ("forderte ein Ende der Angriffe": the attacks are going on)."""
    table = lex.section("governed_modality")
    tok = match.token
    if not table or match.entry.pos != "NOUN" or not tok.doc.has_annotation("DEP"):
        return None
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("obj", "obl", "nmod", "obl:arg") or tok.head.i == tok.i:
        return None
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ != "nmod" or not any(c.dep_ == "case" for c in tok.children):
            return None  # "Aufruf zum Streik", not "Forderung der Gewerkschaft"
        value = table.get(head.lemma_.lower()) or table.get(head.text.lower())
        if value not in ("planned", "hypothetical"):
            return None
        return "planned" if value == "planned" else "hypothetical"
    if head.pos_ not in ("VERB", "AUX") or tok.dep_ == "nmod":
        return None
    for word, value in table.items():
        if value in ("planned", "hypothetical") and verb_among(head, frozenset([str(word)])):
            return "planned" if value == "planned" else "hypothetical"
    return None


def _governing_clause(match: TriggerMatch, sent: Span, lex: EventLexicon) -> Modality | None:
    """Session 21: a zu-infinitive trigger in a clause of its own takes the modality of the
    clause that governs it, where the comma cut the cues off: "Es gab niemals die Absicht …,
    eine Mission … zu entsenden" (denied), "Russland sei bereit, der Armee … zu helfen"
    (hypothetical), "hat angekündigt, das Geschäft abzuziehen", "sagte … zu, ihn … zu
    unterstützen", "forderte X auf, … zu räumen" (planned). Not a purpose or a manner ("um …
    zu", "ohne … zu"): what was done for it may have happened."""
    tok = match.token
    if match.entry.pos != "VERB" or not tok.doc.has_annotation("DEP"):
        return None
    marks = {c.text.lower() for c in tok.children if c.dep_ == "mark"}
    particle = (match.entry.particle or "").lower()
    fused = bool(particle) and tok.text.lower().startswith(particle + "zu")  # "abzuziehen"
    if not (tok.tag_ == "VVIZU" or "zu" in marks or fused):
        return None
    head = tok.head
    start, end = clause_of(tok, sent)
    if {t.text.lower() for t in tok.doc[start : tok.i]} & {"um", "ohne", "statt", "anstatt"}:
        return None  # (wherever the parser hung "um")
    if head.i == tok.i or start <= head.i < end:
        return None  # (governed inside its own clause: its cues are the clause's)
    hstart, hend = clause_of(head, sent)
    clause = list(sent.doc[hstart:hend])
    neg, keep = lex.words("negation"), lex.words("negation_exceptions")
    doc = tok.doc
    heads = {head.i} | ({head.head.i} if head.pos_ in ("NOUN", "ADJ") else set())
    if any(
        t.text.lower() in neg
        and t.head.i in heads
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text.lower() in keep)
        for t in clause
    ):
        # "schloss nicht aus, X zu verklagen": a possibility (the particle may hang elsewhere)
        ruled_out = _possibility(clause, lex) or any(
            t.tag_ == "PTKVZ"
            and t.text.lower() + head.lemma_.lower() in lex.words("possibility_verbs")
            for t in clause
        )
        return "hypothetical" if ruled_out else "denied"
    words = _words(clause)
    if words & lex.words("hypothetical"):
        return "hypothetical"
    table = lex.section("governed_modality")
    for word, value in table.items():
        if value in ("planned", "hypothetical") and verb_among(head, frozenset([str(word)])):
            return "planned" if value == "planned" else "hypothetical"
    promised = lex.words("promise_verbs") | lex.words("plan_verbs")
    if words & lex.words("planned") or verb_among(head, promised):
        return "planned"
    return None


def _participle_shape(match: TriggerMatch) -> bool:
    """A past participle by its form: "ge…" or, for a separable verb, particle + "ge…"
    ("vorgeworfen", "festgenommen"; session 9: the tagger calls some of them finite)."""
    low = match.token.text.lower()
    particle = (match.entry.particle or "").lower()
    return low.startswith("ge") or bool(particle and low.startswith(particle + "ge"))


def _weak_participle(match: TriggerMatch) -> bool:
    """Session 29: a participle without "ge-" that the tagger calls finite: an -iert verb or a
    verb of an inseparable prefix in -t ("wird von der ÖVP kritisiert", "wird von Deutschland
    unterstützt", "wird verhaftet"): with "wird" a present passive, no plan (the future takes
    the infinitive: "wird kritisieren"). Session 30: the shape test is
    ``words_de.participle_shape``, shared with the quote layer."""
    low = match.token.text.lower()
    particle = (match.entry.particle or "").lower()
    if particle and low.startswith(particle):
        low = low[len(particle) :]
    return low.endswith("t") and participle_shape(low)


def _perfect_infinitive(clause: list[Token], lex: EventLexicon) -> bool:
    """Whether the clause has a perfect infinitive ("ermordet haben", "getötet worden sein"):
    "sollen … ermordet haben" reports a past act (reportive *sollen*), "wird … getan haben"
    supposes one — neither plans it (a form of "haben"/"sein" right after a participle)."""
    aux = lex.words("perfect_infinitives")
    low = [t.text.lower() for t in clause]
    return any(
        # (the tagger often calls that "haben" finite)
        (w in aux and i > 0 and clause[i - 1].tag_.endswith("PP"))
        # session 10, round 2: the perfect of "lassen" with its substitute infinitive ("soll
        # ihn hinrichten haben lassen", "soll ihn haben hinrichten lassen")
        or (w == "haben" and "lassen" in low[i + 1 : i + 3])
        for i, w in enumerate(low)
    )


def _conditional(sent: Span, start: int, end: int, lex: EventLexicon) -> bool:
    """Session 15: a condition told by verb-first order ("Sollte X eine Partei gründen oder
    finanzieren, könnte das …"), and the main clause right after it ("Sollte X angreifen,
    verhängt die EU Sanktionen"): the clause opens (at the start of the sentence, after a comma
    or a coordinator) with a finite verb of ``condition_verbs`` (the tagger calls such a verb a
    noun at the start of a sentence) and the next clause opens with a finite verb or
    "dann"/"so" — the order of a conditional clause and its main clause, not of a question."""
    if sent.text.rstrip().endswith("?"):
        return False
    doc = sent.doc
    if _condition_clause(sent, start, end, lex):
        return True
    if start - 2 >= sent.start and doc[start - 1].text == ",":
        before, _ = clause_of(doc[start - 2], sent)
        return _condition_clause(sent, before, start - 1, lex)
    return False


def _condition_clause(sent: Span, start: int, end: int, lex: EventLexicon) -> bool:
    doc = sent.doc
    first = start
    while first < end and doc[first].text.lower() in lex.words("condition_skip"):
        first += 1
    if first >= end or doc[first].text.lower() not in lex.words("condition_verbs"):
        return False
    if end + 1 >= sent.end or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    return nxt.tag_ in _FINITE or nxt.text.lower() in lex.words("condition_then")


def _counterfactual(clause: list[Token], sent: Span, lex: EventLexicon) -> bool:
    """Session 15: what would have been: "hätte" with the infinitive of a modal verb ("hätte
    ihn auffordern müssen", "hätte es verhindern können"), or "hätte"/"wäre" in a clause whose
    sentence holds a condition of the same mood ("ich hätte es unterschrieben, wenn man mir …
    versprochen hätte"). Not "hätte" alone: in reported speech it stands for the indicative
    ("sie sagte, er hätte unterschrieben")."""
    irrealis = lex.words("counterfactual_aux")
    low = [t.text.lower() for t in clause]
    if not irrealis & set(low):
        return False
    if any(t.tag_ == "VMINF" for t in clause):
        return True
    clause_ids = {t.i for t in clause}
    subjunctions = lex.words("condition_subjunctions")
    for t in sent:
        if t.i in clause_ids or t.text.lower() not in subjunctions:
            continue
        # the condition: its clause (to the next comma) holds a subjunctive auxiliary
        rest = []
        for u in sent.doc[t.i + 1 : sent.end]:
            if u.text in (",", ";", ":") or u.i in clause_ids:
                break
            rest.append(u.text.lower())
        if irrealis & set(rest) or lex.words("hypothetical") & set(rest):
            return True
    return False


def _possibility(clause: list[Token], lex: EventLexicon) -> bool:
    """Whether a verb of ruling out is in the clause ("nicht ausschließen", "schloss … nicht
    aus", "ist nicht ausgeschlossen"): its negation leaves the event possible."""
    verbs = lex.words("possibility_verbs")
    for t in clause:
        low = t.text.lower()
        if low in verbs or t.lemma_.lower() in verbs:
            return True
        particles = [c.text.lower() for c in t.children if c.tag_ == "PTKVZ"]
        if any(p + t.lemma_.lower() in verbs for p in particles):
            return True
    return False


def _possible_noun(match: TriggerMatch, lex: EventLexicon) -> bool:
    """A noun trigger qualified as possible ("einem möglichen Anschlag")."""
    if match.entry.pos != "NOUN":
        return False
    doc, i = match.token.doc, match.token.i
    words = lex.words("possible_adjectives")
    j = i - 1
    while j >= 0 and doc[j].tag_ == "ADJA":  # "eines möglichen neuen Angriffs"
        if doc[j].text.lower() in words:
            return True
        j -= 1
    # session 29: the case of an event ("im Falle einer Verurteilung", "für den Fall seiner
    # Festnahme") is a condition: an indefinite article or a possessive, "Fall(e)" and a
    # preposition before the noun ("im Fall der Festnahme von X" may be the matter at hand)
    if j < 2 or not (doc[j].tag_ == "PPOSAT" or doc[j].lemma_.lower() == "ein"):
        return False
    j -= 1
    if doc[j].text.lower() not in lex.words("case_nouns"):
        return False
    before = doc[j - 1]
    return before.tag_.startswith("APPR") or (
        j >= 2 and before.tag_ == "ART" and doc[j - 2].tag_.startswith("APPR")
    )


def refused(match: TriggerMatch, sent: Span, lex: EventLexicon) -> bool:
    """Whether the trigger itself is negated ("stimmte nicht zu", "ist nicht zurückgetreten",
    "werde keinem Plan zustimmen") — not cancelled and not the content of a denial."""
    start, end = clause_of(match.token, sent)
    clause = list(sent.doc[start:end])
    return _negated(match, clause, lex) and not _words(clause) & lex.words("cancel_words")


def _negated(match: TriggerMatch, clause: list[Token], lex: EventLexicon) -> bool:
    neg = lex.words("negation")
    # "nicht nur … sondern auch", "nicht zuletzt", "nicht selten": no negation
    keep = lex.words("negation_exceptions")
    doc = match.token.doc
    cues = [
        t
        for t in clause
        if t.text.lower() in neg and not (t.i + 1 < len(doc) and doc[t.i + 1].text.lower() in keep)
    ]
    tok = match.token
    if tok.doc.has_annotation("DEP"):
        # "nicht" on the verb (or on the verb of a noun trigger), "keine" on it or its object;
        # session 28: not the verb of a noun that is the cause, time or topic of the clause
        # ("wegen des Verbots nicht anerkannt", "zu den Anschlägen keine Angaben gemacht",
        # "keine Ausgangslage für die Zusammenarbeit": the ban, the attacks, the cooperation are
        # no denied events); "kam nicht zu einer Einigung" denies the agreement
        heads = {tok.i} | (
            {tok.head.i} if match.entry.pos == "NOUN" and not _circumstance(tok, lex) else set()
        )
        objects = {c.i for h in heads for c in tok.doc[h].children if c.dep_ in ("obj", "iobj")}
        return any(t.head.i in heads | objects for t in cues)
    if lex.language == "en":
        # session 9: without a parse an English negation stands right before its verb or noun
        # ("did not meet", "has never signed", "no agreement"); "pleaded not guilty and were
        # released" does not deny the release
        return any(tok.i - 3 <= t.i < tok.i for t in cues)
    return bool(cues)


def _circumstance(tok: Token, lex: EventLexicon) -> bool:
    """A noun trigger in a phrase of cause, time or topic ("wegen des Verbots", "zu den
    Anschlägen"); "zu" after a form of "kommen" is the event that came about ("kam zu einer
    Einigung")."""
    preps = {c.text.lower() for c in tok.children if c.dep_ == "case"}
    if not preps & lex.words("circumstance_preps"):
        return False
    head = tok.head.text.lower()
    return not (preps == {"zu"} and head.startswith(("kam", "komm", "kom", "gekomm")))


def reported_by(
    match: TriggerMatch,
    sent: Span,
    base: int,
    article: Article,
    lex: EventLexicon,
    refs: RefResolver,
) -> EntityRef | None:
    """The speaker of a quote covering the trigger, else the subject of a reporting clause of
    the same sentence ("…, sagte Huber", "wie die Agentur Tass berichtete", "laut X")."""
    offset = base + match.token.idx
    for quote in article.quotes:
        if quote.start <= offset < quote.end and quote.speaker is not None:
            return quote.speaker
    report = lex.words("report_verbs")
    tstart, tend = clause_of(match.token, sent)
    for tok in sent:
        low = tok.text.lower()
        if low in report and not (tstart <= tok.i < tend):
            cstart, cend = clause_of(tok, sent)
            ref = _first_agent(sent, base, cstart, cend, refs)
            if ref is None:
                # session 8, round 2: an unnamed institution ("teilte die Polizei mit")
                ref = _nominal_subject(tok, base, refs)
            if ref is not None:
                return ref
        if low in ("laut", "zufolge", "according") and not (tstart <= tok.i < tend):
            cstart, cend = clause_of(tok, sent)
            ref = _first_agent(sent, base, cstart, cend, refs)
            if ref is not None:
                return ref
    return None


def claimed(
    match: TriggerMatch, sent: Span, base: int, article: Article, lex: EventLexicon
) -> bool:
    """Whether the event is told as somebody's claim: the cue of a quote covering the trigger,
    or a verb of another clause of its sentence, is a verb of claiming (``claim_stems``:
    "behauptete X, die Armee habe …")."""
    stems = tuple(lex.words("claim_stems"))
    if not stems:
        return False
    offset = base + match.token.idx
    for quote in article.quotes:
        if quote.start <= offset < quote.end and quote.cue and quote.speaker is not None:
            cue = quote.cue.lower().split()
            # "als X vermutet hatte" compares what happened with what was expected
            if "als" not in cue and any(w.startswith(stems) for w in cue):
                return True
    if not match.token.doc.has_annotation("DEP"):
        return False
    # the claim governs the trigger ("behauptete, … habe … angegriffen") or stands beside it
    # ("… habe … angegriffen, behauptete X"); "als X vermutet hatte" compares, claims nothing
    chain = [match.token, *match.token.ancestors]
    for tok in chain[1:]:
        if tok.text.lower().startswith(stems) and tok.pos_ in ("VERB", "AUX"):
            return True
    return any(
        child.dep_ == "parataxis" and child.text.lower().startswith(stems)
        for tok in chain
        for child in tok.children
    )


def _nominal_subject(verb: Token, base: int, refs: RefResolver) -> EntityRef | None:
    """The subject of a reporting verb when it names an institution without a name ("wie die
    Polizei mitteilte" → Polizei; ``actor_nouns`` of the lexicon), else None."""
    if not verb.doc.has_annotation("DEP"):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            found = refs.refs_for_head(child, base)
            if found and found[0].id.startswith("nominal:"):
                return found[0]
    return None


def _first_agent(
    sent: Span, base: int, start: int, end: int, refs: RefResolver
) -> EntityRef | None:
    doc = sent.doc
    if end <= start:
        return None
    cstart = base + doc[start].idx
    cend = base + doc[end - 1].idx + len(doc[end - 1])
    best: tuple[int, EntityRef] | None = None
    for ent in refs.article.entities:
        if ent.type == "LOC":
            continue
        for m in ent.mentions:
            if m.start >= cstart and m.end <= cend and (best is None or m.start < best[0]):
                best = (m.start, ent.ref())
    if best is not None:
        return best[1]
    for tok in doc[start:end]:
        if tok.text.lower() in ("er", "he"):
            persons = refs.persons_before(base + tok.idx)
            return persons[0] if persons else None
    return None
