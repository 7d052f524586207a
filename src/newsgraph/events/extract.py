"""Events of an article: triggers → arguments → modality, time, place, source → merged."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.events.arguments import ArgumentReader, Arguments, clause_of, verb_among
from newsgraph.events.capitals import states_for_capitals
from newsgraph.events.demands import reported_demands
from newsgraph.events.doubtful import non_agent_subject, non_agent_undergoer, prune
from newsgraph.events.lexicon import (
    CLAUSE_PUNCT,
    EventLexicon,
    TriggerMatch,
    event_lexicon,
    find_triggers,
    verb_form_matches,
)
from newsgraph.events.merge import Heading, merge_events, participants
from newsgraph.events.modality import claimed, modality, refused, reported_by
from newsgraph.events.places import (
    finer_place,
    governing_verb,
    is_country,
    is_town,
    named_places,
)
from newsgraph.events.pronoun_subject import plural_clause_actors
from newsgraph.events.refs import RefResolver, named_as_body
from newsgraph.events.sentences import Sentence, rejoin_cut_sentences
from newsgraph.events.setting import carry_setting
from newsgraph.events.sport import reports_match, sporting_sense
from newsgraph.model import Article, EntityRef, Event, TimeExpression
from newsgraph.pipeline import AnalysisContext
from newsgraph.words_de import PRONOMINAL_ADVERB_TAGS, participle_shape

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token


# a party's own phrase: a place attributed to it says where the party is ("der Botschafter in
# Moskau"), not where the event happened
PARTY_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "appos"}
# types whose target may be a town or region ("beschossen Charkiw")
PLACE_TARGET_TYPES = {"ASSAULT", "FIGHT", "COERCE", "SANCTION", "MOBILIZE"}


@cache
def _tokenizer(lang: str) -> Language:
    import spacy

    from newsgraph.nlp import components  # noqa: F401  (registers newsgraph_token_edges)

    nlp = spacy.blank(lang)
    nlp.add_pipe("newsgraph_token_edges")  # consistent token edges without a parser
    return nlp


def _sentence_span(sent: Sentence, lang: str) -> tuple[Span, int]:
    """The spaCy span of a sentence and the Article offset its token offsets count from."""
    if sent.span is not None:
        seg_base = sent.start - sent.span.start_char
        return sent.span, seg_base
    doc = _tokenizer(lang)(sent.text)
    return doc[:], sent.start


def extract_events(
    ctx: AnalysisContext, sentences: list[Sentence], times: list[TimeExpression]
) -> list[Event]:
    article = ctx.article
    sentences = rejoin_cut_sentences(ctx, sentences)
    lex = event_lexicon(article.language)
    refs = RefResolver(
        article,
        sentences,
        lex.section("plural_words"),
        lex.words("actor_nouns"),
        lex.words("state_nouns"),
        lex.words("plural_state_nouns"),
        lex.words("member_nouns"),
        lex.words("group_heads"),
        lex.words("office_heads"),
        lex.section("group_kinds"),
        lex.words("definite_plural_words"),
        lex.words("side_nouns"),
        lex.words("private_nouns"),
        lex.words("leader_words"),
    )
    reader = ArgumentReader(lex, refs)
    dateline = _dateline_ref(ctx)
    at_dateline = lex.words("dateline_types")
    if dateline is not None and is_town(dateline):
        at_dateline |= lex.words("town_dateline_types")
    published = (article.published or "")[:10] or None
    events: list[Event] = []
    undated: set[int] = set()  # events that may take the publication date
    hosts: dict[int, EntityRef] = {}  # visits: the country visited
    answers: dict[int, str] = {}  # rejections of an accusation or demand: its event type
    unnamed_partners: set[int] = set()  # meetings with a group no name is given for
    person_spans = sorted(
        (m.start, m.end) for e in article.entities if e.type == "PER" for m in e.mentions
    )
    sport_lemmas = lex.words("sport_sense_lemmas")
    match_report = reports_match(article.text)
    for sent in sentences:
        span, base = _sentence_span(sent, lex.language)
        matches = _without_light_verbs(find_triggers(span, lex), reader)
        demands, asked = reported_demands(span, base, sent.text, article, reader)
        events.extend(demands)
        for i, match in enumerate(matches):
            if _demanded(match, matches[:i], span) or match.token.i in asked:
                continue
            if match.entry.pos == "NOUN" and _in_person_name(match, base, person_spans):
                continue  # (session 10: a surname ending in "-demos" is a person, no "Demos")
            if sporting_sense(match.entry.lemma, sport_lemmas, match_report):
                continue  # (session 35: "hatte beim Hamburger SV (1:1) getroffen")
            event = _event(match, matches[:i], span, base, sent, ctx, reader, refs, times, hosts)
            if event is None:
                continue
            if event.modality == "asserted" and _promised(match, lex):
                event.modality = "planned"  # "sagte zu, ihn zu unterstützen": not done yet
            answered = _answered(match, event, lex)
            if answered:
                answers[id(event)] = answered
            if event.time is None and not _has_unresolved_time(sent, times):
                undated.add(id(event))
            if _unnamed_partner(match, base, article, event):
                unnamed_partners.add(id(event))
            events.append(event)
    _answer_targets(events, answers)
    visits = [e for e in events if id(e) in hosts]
    for event in visits:
        # session 11: the state visited is the target before merging, so a visit to a
        # country stays apart from the meetings held there ("bei seinem Besuch in Ägypten"
        # and "traf er mit seinem Kollegen X zusammen": two events, as the gold files code);
        # not when another mention of the visit names whom the visitor came to see ("X
        # besucht Y in Prag" … "bei seinem Besuch in Prag": one visit, to Y)
        ids = {a.id for a in event.actors}
        seen = [v for v in events if v.type == event.type and "visit" in (v.mode or "")]
        if not any(len(participants(v)) > 1 and ids & {a.id for a in v.actors} for v in seen):
            _host_target(event, hosts, refs)
    # session 35: "Pjöngjang hatte … bekannt gegeben": a capital acting is its state
    states_for_capitals(events, article, lex)
    merged = merge_events(events, refs.lies_in, _heading_test(article), refs.country_of)
    for event in merged:
        _host_target(event, hosts, refs)
        visit = _visit_of(event, merged, refs) if event.type == "CONSULT" else None
        if visit is not None:
            event.location = event.location or visit.location
            event.time = event.time or visit.time
        if event.location is None and dateline is not None and event.type.lower() in at_dateline:
            event.location = dateline  # a meeting reported from a place happens there
        dated_by_report = id(event) in undated and event.modality == "asserted"
        if event.time is None and published and dated_by_report:
            event.time = published
    # session 36: violence told after its place was named happened there too
    carry_setting(merged, article, sentences, lex.words("setting_types"))
    # session 6: a meeting, visit, invitation or cooperation needs two parties; with one named
    # the trigger's sense is doubtful ("bei einem Besuch in Cornwall", "Zuseher empfingen X")
    # (a visit to a capital or a country is a state visit: "Obamas Besuch in Havanna")
    two_party = lex.words("two_party_modes")
    return [
        e
        for e in merged
        if not (_modes(e.mode) & two_party)
        or len(participants(e)) > 1
        # (a group named by a noun is several: "das Treffen der Regierungschefs")
        or any(r.id.startswith("nominal:") for r in e.actors + e.targets)
        # (session 29: so is a group named with "mit": "will sich mit den anderen
        # Wahlkampfteams treffen")
        or id(e) in unnamed_partners
        or (
            any(m.startswith("visit") for m in _modes(e.mode))
            and refs.host_country(e.location) is not None
        )
    ]


def _heading_test(article: Article) -> Heading:
    """Whether an offset lies in the title, the lead (teaser) or a subheading: text that
    announces what the running text tells."""
    spans = [
        (b.start, b.end)
        for b in article.blocks
        if b.type == "subheading" or (b.type == "paragraph" and b.lead)
    ]
    if article.title_span is not None:
        spans.append((article.title_span.start, article.title_span.end))
    return lambda offset: any(start <= offset < end for start, end in spans)


def _unnamed_partner(match: TriggerMatch, base: int, article: Article, event: Event) -> bool:
    """Session 29: the one party of a meeting or cooperation is its actor, and the partner
    is a group the trigger's "mit" phrase names by a plural noun and no name ("will sich mit
    den anderen Wahlkampfteams treffen", "koordinieren unsere Bemühungen mit den
    europäischen Partnern"): the partner is there, but is nobody the text names."""
    tok = match.token
    if len(participants(event)) != 1 or not event.actors or not tok.doc.has_annotation("DEP"):
        return False
    for c in tok.children:
        if not any(g.dep_ == "case" and g.text.lower() == "mit" for g in c.children):
            continue
        if c.pos_ != "NOUN" or not _dative_plural(c):
            return False
        sub = list(c.subtree)
        start, end = base + sub[0].idx, base + sub[-1].idx + len(sub[-1])
        return not any(
            start < m.end and m.start < end for e in article.entities for m in e.mentions
        )
    return False


def _dative_plural(noun: Token) -> bool:
    """A noun after "mit" in the plural, by its article ("den", "seinen", an article the
    parser calls plural) or, with none, its dative plural ending ("mit Vertretern"); the
    tagger's number on the noun itself is often wrong ("Wahlkampfteams" singular)."""
    dets = [d for d in noun.children if d.dep_ in ("det", "det:poss") and d.i < noun.i]
    if not dets:
        return noun.text.endswith("n")
    first = dets[0]
    low = first.text.lower()
    return (
        low == "den"
        or (low.endswith("en") and first.tag_ == "PPOSAT")
        or ("Plur" in first.morph.get("Number", []) and low not in ("der", "die", "das"))
    )


def _visit_of(event: Event, events: list[Event], refs: RefResolver) -> Event | None:
    """Session 22: the visit during which talks or a meeting were held — a visit of the
    article whose visitor takes part in them, where all such visits name one place and the
    talks name none or the same ("sagte X bei einem Besuch in Athen. Im Gespräch mit Y betonte
    X …"; "bei einem Besuch in Ägypten … In Kairo traf er mit Y zusammen"): the talks take
    its place and, when they have no date, its date."""
    if any(m.startswith("visit") for m in _modes(event.mode)):
        return None
    ids = participants(event)
    visits = [
        v
        for v in events
        if v is not event
        and v.type == event.type
        and v.location is not None
        and any(m.startswith("visit") for m in _modes(v.mode))
        and ids & {a.id for a in v.actors}
    ]
    if len({v.location.id for v in visits if v.location is not None}) != 1:
        return None
    here, there = event.location, visits[0].location
    if here is None or there is None or here.id == there.id:
        return visits[0]
    if refs.lies_in(here, there) or refs.lies_in(there, here):
        return visits[0]
    return None


def _modes(mode: str | None) -> set[str]:
    """The modes of an event, lower-cased; a merged event joins them with "; " ("meeting;
    talks"), and each counts (session 20: a merged meeting escaped the two-party check)."""
    return {m.strip().lower() for m in (mode or "").split(";") if m.strip()}


def _indefinite(match: TriggerMatch, lex: EventLexicon) -> bool:
    """The trigger noun's phrase opens with an indefinite article ("ein", "einem", …)."""
    words = lex.words("indefinite_articles")
    return any(c.dep_ == "det" and c.text.lower() in words for c in match.token.children)


def _host_target(event: Event, hosts: dict[int, EntityRef], refs: RefResolver) -> None:
    """A visit by a state, organisation or office holder to a country or its capital, with
    nobody else met there, is a visit to that state ("bei seinem Besuch in Kairo" → Ägypten;
    a singer's visit to a London concert is not)."""
    host = hosts.get(id(event))
    if (
        host is not None
        and not event.targets
        and len(event.actors) == 1
        and refs.holds_office(event.actors[0])
    ):
        event.targets = [host]


def _clause_place(
    match: TriggerMatch,
    span: Span,
    base: int,
    reader: ArgumentReader,
    refs: RefResolver,
    args: Arguments,
) -> EntityRef | None:
    """Session 22: an event without a place read from its own phrases takes the first place
    after a place preposition (``clause_place_preps``) in its clause, wherever the parser hung
    it ("hat in einer Lagerhalle im Weinviertel 50 Papageien beschlagnahmt", "bei einem
    Treffen mit X am Mittwoch in Peking"). Not a direction ("in die USA": an accusative
    article), not a place attributed to a party's phrase ("der Botschafter in Moskau gab …
    die Schuld"), not a party of the event."""
    found = _place_in_clause(match.token, span, base, reader, refs, args)
    gov = governing_verb(match.token) if found is None else None
    if gov is not None:  # session 32: "marschierte in X auf, um … zu protestieren"
        found = _place_in_clause(gov, span, base, reader, refs, args)
    return found


def _place_in_clause(
    tok: Token,
    span: Span,
    base: int,
    reader: ArgumentReader,
    refs: RefResolver,
    args: Arguments,
) -> EntityRef | None:
    if not tok.doc.has_annotation("DEP"):
        return None
    preps = reader.lex.words("clause_place_preps")
    towards = reader.lex.words("direction_articles")
    taken = {r.id for r in args.actors + args.targets}
    cstart, cend = clause_of(tok, span)
    for t in tok.doc[cstart:cend]:
        low = t.text.lower()
        if t.dep_ != "case" or low not in preps or t.head.i <= t.i:
            continue
        dets = [c for c in t.head.children if c.dep_ == "det"]
        if any("Acc" in c.morph.get("Case", []) for c in dets) or (
            low == "in" and any(c.text.lower() in towards for c in dets)
        ):
            continue
        gov = t.head.head
        if gov.i != tok.i and gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in PARTY_DEPS:
            continue
        found = [
            r
            for r in reader.heads_refs([t.head], base)
            if refs.is_location(r) and r.id not in taken
        ]
        if not found:  # session 32: "im Flüchtlingscamp von Calais", "in der Nähe von X"
            named = named_places(t.head, reader.lex.language)
            found = [
                r
                for r in reader.heads_refs(named, base)
                if refs.is_location(r) and r.id not in taken
            ]
        if found:
            return found[0]
    return None


def _phrase_place(
    match: TriggerMatch, base: int, reader: ArgumentReader, refs: RefResolver
) -> EntityRef | None:
    """The first place after "in" or "nach" inside the trigger noun's phrase (its subtree
    after the noun, not inside a clause of its own)."""
    tok = match.token
    if not tok.doc.has_annotation("DEP"):
        return None
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ not in ("nmod", "obl"):
            continue
        if any(a.dep_ in ("acl", "acl:relcl", "ccomp", "advcl") for a in _ancestors_to(t, tok)):
            continue
        if reader.prep_of(t) not in ("in", "nach"):
            continue
        found = [r for r in reader.heads_refs([t], base) if refs.is_location(r)]
        if found:
            return found[0]
    return None


def _ancestors_to(t: Token, top: Token) -> list[Token]:
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def _in_person_name(match: TriggerMatch, base: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a noun trigger lies in a person's name (a name ending in a trigger noun)."""
    offset = base + match.token.idx
    k = bisect_right(spans, (offset, 1 << 62)) - 1
    return any(s <= offset < e for s, e in spans[max(0, k - 3) : k + 1])


def _demanded(match: TriggerMatch, earlier: list[TriggerMatch], span: Span) -> bool:
    """Session 7: the zu-infinitive a demand asks for ("forderte X auf, sich von Y zu
    distanzieren", "bat ihn, die Gespräche wieder aufzunehmen") has not happened; the REQUEST
    event tells it. Session 21: so does an English to-infinitive ("urged X to release …",
    "called on X to resign": not X's release or resignation, nor the asker's)."""
    tok, entry = match.token, match.entry
    if entry.pos != "VERB" or entry.type == "REQUEST":
        return False
    low = tok.text.lower()
    particle = (entry.particle or "").lower()
    infinitive = (tok.i > 0 and tok.doc[tok.i - 1].text.lower() in ("zu", "to")) or bool(
        particle and low.startswith(particle + "zu") and low.endswith(("en", "ern", "eln"))
    )
    if not infinitive:
        return False
    start, _ = clause_of(tok, span)
    for other in earlier:
        if other.entry.type != "REQUEST" or other.entry.pos != "VERB" or other.token.i >= tok.i:
            continue
        if tok.head.i == other.token.i:
            return True
        _, other_end = clause_of(other.token, span)
        if other_end == start - 1 and tok.doc[start - 1].text == ",":
            return True
    return False


def _promised(match: TriggerMatch, lex: EventLexicon) -> bool:
    """A verb trigger that is the infinitive of a verb of promising (``promise_verbs``)."""
    tok = match.token
    if match.entry.pos != "VERB" or not tok.doc.has_annotation("DEP"):
        return False
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
        return False
    head = tok.head
    particle = "".join(
        c.text.lower() for c in head.children if c.dep_ == "compound:prt" and c.i > head.i
    )
    # (session 9: and verbs of announcing or threatening: "kündigte an, gegen X vorzugehen",
    # "drohte, X anzugreifen" — not done yet)
    if verb_among(head, lex.words("plan_verbs")):
        return True
    promises = lex.words("promise_verbs")
    if head.lemma_.lower() in promises or particle + head.lemma_.lower() in promises:
        return True
    # (the lemmatiser is not always right: the lexicon's stems, "sagte … zu")
    return any(
        e.lemma.lower() in promises
        and (e.particle or "").lower() == particle
        and verb_form_matches(head.text.lower(), e)
        for e in lex.verbs
    )


def _answered(match: TriggerMatch, event: Event, lex: EventLexicon) -> str | None:
    """The event type a rejection without target answers: its object is an accusation or a
    demand ("wies die Vorwürfe zurück", "bestreitet den Vorwurf") — ``answered_nouns``."""
    if event.type != "REJECT" or event.targets or not event.actors:
        return None
    if match.entry.pos != "VERB" or not match.token.doc.has_annotation("DEP"):
        return None
    nouns: dict[str, str] = {
        str(k).lower(): str(v) for k, v in lex.section("answered_nouns").items()
    }
    for c in match.token.children:
        if c.dep_ not in ("obj", "nsubj:pass") or not c.text[:1].isupper():
            continue
        low = c.text.lower()
        for noun, etype in nouns.items():
            if low == noun or (low.endswith(noun) and len(noun) >= 5):
                return etype
    return None


def _answer_targets(events: list[Event], answers: dict[int, str]) -> None:
    """A rejection of "the accusation" or "the demand" answers the last accusation or demand of
    the article made against its actor: whoever made it is the target ("X kritisierte Y. Y
    wies die Kritik zurück" → Y rejects X)."""
    for i, event in enumerate(events):
        etype = answers.get(id(event))
        if etype is None:
            continue
        mine = {a.id for a in event.actors}
        for earlier in reversed(events[:i]):
            if earlier.type != etype or not mine & {t.id for t in earlier.targets}:
                continue
            found = [a for a in earlier.actors if a.id not in mine]
            if found:
                event.targets = found
                break


def _context_actor(
    match: TriggerMatch, span: Span, base: int, refs: RefResolver, targets: list[EntityRef]
) -> list[EntityRef]:
    """The party across from a meeting's or agreement's partner when the noun names only the
    partner ("Gespräche mit X"): the subject of the verb the noun is the object of ("begrüßte
    die Einigung mit X"), or, for a noun that is its clause's subject ("Verhandlungen
    mit X scheiterten"), the subject of the main clause before it in the sentence or of the
    sentence before (as the entity layer and the pronouns resolve it); nothing else."""
    tok = match.token
    if not tok.doc.has_annotation("DEP"):
        return []
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    subject: Token | None = None
    head = tok.head
    if tok.dep_ == "obj" and head.pos_ in ("VERB", "AUX"):
        # (not a phrase: "bedankte sich bei der Polizei für die Zusammenarbeit mit der
        # Caritas" is the police's cooperation)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "nsubj" or (
        # session 29: an "object" of a verb with no subject is its subject misread ("Für den
        # Nachmittag stand noch das Treffen mit den Grünen an")
        tok.dep_ == "obj"
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in head.children)
        and not any(c.dep_ == "obj" and c.i != tok.i for c in head.children)
    ):
        doc = tok.doc
        earlier = [
            t
            for t in doc[span.start : tok.i]
            if t.dep_ == "nsubj" and t.head.i != head.i and t.head.dep_ in ("ROOT", "conj")
        ]
        if earlier:
            subject = earlier[-1]
        elif span.start > 0 and not any(t.dep_ == "nsubj" for t in doc[span.start : tok.i]):
            before = doc[span.start - 1].sent
            root = before.root
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    taken = {t.id for t in targets}
    found = [
        r
        for r in refs.refs_for_head(subject, base)
        if r.id not in taken and refs.can_take_part(r, strict=False)
    ]
    return found[:1]


def _without_light_verbs(matches: list[TriggerMatch], reader: ArgumentReader) -> list[TriggerMatch]:
    """A verb that carries a trigger noun as its object is the noun's light verb, not an event
    of its own ("sagte Unterstützung zu" is the support, not a pledge besides it); a verb of
    promising whose infinitive is a trigger is that event's promise, not one of its own ("sagte
    X zu, ihn zu unterstützen" is the support — ``promise_verbs``)."""
    if not matches or not matches[0].token.doc.has_annotation("DEP"):
        return matches  # (a token of an unparsed doc has no children to read)
    nouns = {m.token.i for m in matches if m.entry.pos == "NOUN"}
    verbs = {m.token.i for m in matches if m.entry.pos == "VERB"}
    promises = reader.lex.words("promise_verbs")
    return [
        m
        for m in matches
        if m.entry.pos == "NOUN"
        or (
            not (
                reader.is_light_verb(m.token)
                and any(c.i in nouns and c.dep_ in ("obj", "nsubj:pass") for c in m.token.children)
            )
            and not (
                m.entry.lemma.lower() in promises
                and any(c.i in verbs and c.dep_ in ("xcomp", "ccomp") for c in m.token.children)
            )
        )
    ]


def _event(
    match: TriggerMatch,
    earlier: list[TriggerMatch],
    span: Span,
    base: int,
    sent: Sentence,
    ctx: AnalysisContext,
    reader: ArgumentReader,
    refs: RefResolver,
    times: list[TimeExpression],
    hosts: dict[int, EntityRef],
) -> Event | None:
    lex = reader.lex
    if _adverbial_participle(match):
        return None
    for entry in match.readings:  # the first reading whose requirements hold
        reading = TriggerMatch(match.token, entry, match.particle)
        args = reader.read(reading, span, base)
        if sent.index not in refs.plural_actors:
            # session 34: the subject of a plural main-clause verb, for a plural "sie" in the
            # next sentence (whether or not this reading makes an event)
            found = plural_clause_actors(match.token, args.actors)
            if found:
                refs.plural_actors[sent.index] = found
        if _requirements_hold(entry.requires, args, reading, lex, refs):
            match = reading
            break
    else:
        return None
    place_target = entry.type in PLACE_TARGET_TYPES
    s_start, s_end = base + span.start_char, base + span.end_char
    # actors as the parse found them (the NER may call a person a place); targets strictly
    for group, strict in ((args.actors, False), (args.targets, not place_target)):
        for ref in [
            r
            for r in group
            if not refs.can_take_part(r, place_target, strict=strict)
            and not _named_as_body(r, ctx.article, s_start, s_end, lex)
        ]:
            group.remove(ref)
            if args.location is None and refs.is_location(ref):
                args.location = ref
    # session 6: the trigger itself, a date, a town after "von", a storm or an animal
    prune(match, args, span, base, ctx.article, lex, times)
    if _thing_object(match, args, span, base, lex, ctx.article):
        return None  # "unterstützt die Todesstrafe": support of a measure, no party backed
    if entry.pos == "NOUN" and entry.lemma.lower() in lex.words("partyless_nouns"):
        # session 12: a civil war is told without its sides ("während des Bürgerkriegs
        # leugnet X": X is no party of it)
        args.actors, args.targets = [], []
    if (
        not args.actors
        and args.targets
        and entry.pos == "NOUN"
        and entry.type.lower() in lex.words("context_actor_types")
    ):
        # session 10, round 2: "begrüßte die Einigung mit X", "Verhandlungen mit X
        # scheiterten": the other party is the subject of the clause around the noun
        args.actors = _context_actor(match, span, base, refs, args.targets)
    if (
        not args.actors
        and entry.type.lower() in lex.words("speech_act_types")
        and not _passive_participle(match, span, reader)  # ("X wird vorgeworfen")
    ):
        # session 10: a verb of accusing, demanding or rejecting that is the cue of a quote
        # is its speaker's act ("…, kritisiert das Ministerium": the parse read the speaker
        # as the object; "…, warf Huber dem Minister vor")
        speaker = _cue_speaker(match, sent, base, ctx.article)
        tok = match.token
        if (
            speaker is not None
            and tok.i > 0
            and tok.doc[tok.i - 1].text == ","
            and any(t.id == speaker.id for t in args.targets)
        ):
            # session 32: a cue after what was said ("…, kritisiert das Ministerium" with
            # "das Ministerium" read as the object and named): the speaker is no target
            args.targets = [t for t in args.targets if t.id != speaker.id]
        # ("Mehrere Abgeordnete warfen ihm vor": they did, whoever the quote layer names)
        # (nor when the clause makes the speaker the target: "Kritiker werfen Präsident X vor,
        # …" with X taken for the speaker of the reproach)
        if (
            speaker is not None
            and not _other_subject(match, speaker.name)
            and all(t.id != speaker.id for t in args.targets)
        ):
            args.actors = [speaker]
    if len(args.actors) > 1 and not args.targets and _clause_has(match, lex.words("reciprocals")):
        # "X und Y machten einander Vorhaltungen": each is the other's target
        args.targets = list(args.actors)
    if not args.actors and non_agent_subject(match, lex):
        return None  # "Silbermöwen attackierten …": no party of a political event
    if non_agent_undergoer(match, lex):
        return None  # "Mehrfach wurden geschützte Greifvögel getötet": an animal undergoes it
    unnamed = entry.type.lower() in lex.words("unnamed_party_types") and (
        entry.pos == "VERB"
        or entry.lemma.lower() in lex.words("unnamed_party_nouns")
        # a compound says what kind of attack ("Messerangriff"); a bare "Angriff" may be a
        # football move or a figure of speech ("Angriff auf unser Sozialsystem")
        or (match.token.text.lower() not in entry.forms and "-" not in match.token.text)
    )
    # a curfew or a state of emergency restricts everybody: an event even when the text names
    # no authority ("wurde eine Ausgangssperre verhängt")
    unnamed = unnamed or (
        entry.pos == "NOUN" and entry.lemma.lower() in lex.words("unnamed_restriction_nouns")
    )
    # session 14: arrests, detentions, raids, seizures, deportations (and searches of premises)
    # are events even when the text names nobody: the police or the state did them (a verb
    # only as a participle, the passive or headline form: "wurden festgenommen"; an active
    # form with nobody named is another sense, "setzte ein Biermaß fest")
    unnamed = unnamed or (
        (entry.mode or "") in lex.words("unnamed_party_modes")
        and (entry.pos == "NOUN" or match.token.tag_ == "VVPP" or _passive_finite(match, lex))
    )
    unnamed = unnamed or (
        entry.pos == "NOUN" and entry.lemma.lower() in lex.words("unnamed_party_nouns")
    )
    if not args.actors and _verdict(match, args, span, base, refs, lex):
        # session 31: "ist zu drei Jahren Haft verurteilt worden. Das habe das Landesgericht
        # Graz entschieden": the court or judge named with it passed the sentence
        # (the sentence right before or after names the court only for the verdict of the
        # day, told in the present perfect: "ist … verurteilt worden"; a verdict told in the
        # past or pluperfect is an earlier one, whose court the text names elsewhere if at all)
        args.actors = refs.court_near(
            base + span.start_char,
            base + span.end_char,
            lex.words("court_words"),
            lex.words("judge_words"),
            adjacent=_present_perfect(match, span, lex),
            skip=_subject_spans(match, base),
        )
    if not args.actors and not args.targets and not unnamed:
        # (violence and protest are events even when the text names nobody: "Unbekannte
        # warfen eine Handgranate")
        return None
    if entry.pos == "NOUN" and not args.actors and _compared(match, lex):
        # "empfand es als Anschlag auf die Nerven", "wie ein Angriff": what something is
        # called or likened to, not an event of its own
        return None
    etype, mode = entry.type, entry.mode
    for prep, override in entry.with_prep.items():
        if override.get("only") == "passive" and not _passive_participle(match, span, reader):
            continue  # session 33: "ist wegen X verurteilt worden" (not "verurteilte X wegen Y")
        if prep in args.preps or _material_pp(match, span, prep, refs, base):
            # "unterstützt … mit Luftangriffen" is AID, not SUPPORT
            etype = override.get("type", etype)
            mode = override.get("mode", mode)
            break
    cue_negation = False
    for cue in entry.with_words:
        if cue.get("negation_is_cue") and not _clause_has(match, lex.words("negation")):
            continue
        if _clause_has(match, cue["words"]) or (cue.get("colon") and _clause_ends_in_colon(match)):
            etype = str(cue.get("type", etype))
            mode = cue.get("mode", mode)
            # "schloss einen Angriff nicht aus" threatens one: the negation is the cue's
            cue_negation = bool(cue.get("negation_is_cue"))
            break
    if (
        etype == "SUPPORT"
        and not args.targets
        and entry.lemma.lower() in lex.words("measure_advocacy_lemmas")
        and not _names_after(match, span, "für", ctx.article, base)
    ):
        # session 11, round 2: "plädiert für eine Absenkung", "tritt für eine Stärkung … ein":
        # pleading for a measure, with no party backed, is a call for it (PLOVER REQUEST);
        # "setzt sich für X ein" with X named stays support of X
        etype, mode = "REQUEST", "advocacy"
    if (
        etype.lower() in lex.words("person_withdrawal_types")
        and args.actors
        and all(_person(r, refs) for r in args.actors)
    ):
        # session 29: a person's withdrawal is a resignation ("teilte den Rückzug des
        # 72-Jährigen mit", "hat sich … zurückgezogen"; the gold files code it as CONCEDE);
        # troops, states and firms withdraw (RETREAT)
        etype, mode = "CONCEDE", "resignation"
    source = reported_by(match, span, base, ctx.article, lex, refs)
    if source is not None and _attribution_phrase(sent.text, lex):
        # "nach Angaben der HDP wurden … getötet": the reporter is no participant
        args.actors = [r for r in args.actors if r.id != source.id]
        args.targets = [r for r in args.targets if r.id != source.id]
        if not args.actors and not args.targets and not unnamed:
            return None
    reporters = _report_phrases(span, base, lex)
    if reporters:
        # "wird nach Angaben der Nachrichtenagentur X vorgeworfen": who reports the event
        # takes no part in it unless the sentence names it elsewhere too
        args.actors = [r for r in args.actors if not _only_reports(r, sent, reporters, refs)]
        args.targets = [r for r in args.targets if not _only_reports(r, sent, reporters, refs)]
        if not args.actors and not args.targets and not unnamed:
            return None
        if source is None:
            # session 8: "nach Angaben der Nachrichtenagentur Anadolu" tells who reports it
            source = _reporter(reporters, span, base, lex, refs)
    mood = modality(match, span, lex, earlier, ignore_negation=cue_negation)
    if (
        mood == "denied"
        and etype.lower() in lex.words("refusal_types")
        and refused(match, span, lex)
    ):
        # not agreeing, not yielding, not supporting is a refusal (PLOVER REJECT): "werde
        # keinem Plan zustimmen", "ist nicht zurückgetreten"
        mode = f"refusal ({mode})" if mode else "refusal"
        etype = "REJECT"
        mood = modality(match, span, lex, earlier, ignore_negation=True)
    if mood == "denied" and not args.actors and not args.targets:
        # session 30: a denied event naming nobody is none ("Es kam zu keinen Verhaftungen",
        # "keine Hinweise auf Terroranschlag", "dass man nicht entführt wurde"); the gold
        # files code no such event
        return None
    if mood == "asserted" and claimed(match, span, base, ctx.article, lex):
        # session 8, round 2: "X behauptete, Y habe Z angegriffen" is X's claim
        mood = "hypothetical"
    tokens = match.tokens
    start = base + min(t.idx for t in tokens)
    end = base + max(t.idx + len(t) for t in tokens)
    trigger = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    event = Event(
        type=etype,
        mode=mode,
        actors=args.actors,
        targets=args.targets,
        location=args.location,
        time=_time_for(match, span, base, sent, times),
        trigger=trigger,
        sentence=sent.text,
        start=start,
        end=end,
        modality=mood,
        source=source,
    )
    if (
        not event.actors
        and not event.targets
        and event.location is None
        and event.time is None
        and entry.pos == "NOUN"
        and mood == "asserted"
        and _indefinite(match, lex)
        and reader.prep_of(match.token) not in lex.words("occurrence_preps")
    ):
        # session 11: an attack or protest naming nobody, no place and no date, brought in by
        # an indefinite article is a kind, not an event ("wenn gerade ein Anschlag passiert",
        # "ob es sich um einen Anschlag handelte", "eine 14-minütige Demo"); not one told as
        # the occasion of what happened ("bei einer Schlägerei wurden 40 Menschen verletzt",
        # "nach einem Raketenangriff"); a possible one keeps its modality
        return None
    if event.location is None:
        event.location = _clause_place(match, span, base, reader, refs, args)
    elif is_country(event.location):  # session 32: "an der … Grenze bei Idomeni"
        taken = {r.id for r in args.actors + args.targets}
        event.location = finer_place(match.token, span, base, reader, refs, taken) or (
            event.location
        )
    visited_thing = (
        entry.pos == "VERB"
        and match.token.doc.has_annotation("DEP")  # (an unparsed Doc must not be walked)
        and any(c.dep_ == "obj" for c in match.token.children)  # "besuchte ein Konzert"
    )
    if entry.type == "CONSULT" and "visit" in (entry.mode or "") and not visited_thing:
        if event.location is None and entry.pos == "NOUN":
            # session 11: "des Besuchs von US-Präsident X in Kuba" with "in Kuba" hung on the
            # visitor: a place phrase inside the visit's noun phrase is where it happened
            event.location = _phrase_place(match, base, reader, refs)
        host = refs.host_country(event.location)
        if host is not None and all(host.id != a.id for a in args.actors):
            hosts[id(event)] = host
    return event


def _verdict(
    match: TriggerMatch,
    args: Arguments,
    span: Span,
    base: int,
    refs: RefResolver,
    lex: EventLexicon,
) -> bool:
    """Whether the reading is a sentence passed by a court ("verurteilt … zu"): a mode of
    ``verdict_modes`` given by a preposition of the trigger, found as the type override
    finds it (the trigger's own phrase, or a phrase naming no entity that the parser hung
    elsewhere in the clause: "zu drei Jahren Haft")."""
    modes = lex.words("verdict_modes")
    return any(
        str(override.get("mode", "")).lower() in modes
        and (prep in args.preps or _material_pp(match, span, prep, refs, base))
        for prep, override in match.entry.with_prep.items()
    )


def _subject_spans(match: TriggerMatch, base: int) -> list[tuple[int, int]]:
    """The character spans of the trigger verb's subjects ("Der Mann namens X wurde …
    verurteilt": whoever is named there is the one sentenced, not the judge, whatever role
    the entity layer gave him)."""
    tok = match.token
    if not tok.doc.has_annotation("DEP"):
        return []
    heads = [tok] + ([tok.head] if tok.head.pos_ == "AUX" else [])
    out: list[tuple[int, int]] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubj:pass"):
                toks = list(c.subtree)
                out.append((base + toks[0].idx, base + toks[-1].idx + len(toks[-1])))
    return out


def _present_perfect(match: TriggerMatch, span: Span, lex: EventLexicon) -> bool:
    """A passive participle told in the present perfect: "ist / sind … verurteilt worden"
    in its clause (words of ``present_perfect_auxiliaries`` and ``worden``)."""
    start, end = clause_of(match.token, span)
    words = {t.text.lower() for t in span.doc[start:end]}
    return "worden" in words and bool(words & lex.words("present_perfect_auxiliaries"))


def _named_as_body(
    ref: EntityRef, article: Article, start: int, end: int, lex: EventLexicon
) -> bool:
    """Session 26: the town is named in the sentence as its administration ("Die Stadt
    Amsterdam hat sich … geeinigt")."""
    ent = article.entity(ref.id)
    if ent is None or ent.type != "LOC":
        return False
    words, preps = lex.words("body_place_words"), lex.words("prepositions")
    return any(
        named_as_body(article.text, m.start, words, preps)
        for m in ent.mentions
        if start <= m.start and m.end <= end
    )


def _thing_object(
    match: TriggerMatch, args: Arguments, span: Span, base: int, lex: EventLexicon, article: Article
) -> bool:
    """Session 21: a verb of a type whose object is a party (``party_object_types``) with no
    target read and a direct object that is a thing: an abstract noun (``abstract_suffixes``),
    a neuter nominalised infinitive ("das Vorgehen") or a demonstrative pronoun ("das
    unterstützen wir") — not a noun naming actors, and not where the clause names anybody
    besides the actors (the thing's owner or partner: "die Politik von Minister X", "die
    Einigung mit seinem Amtskollegen X", the phrase hung on the verb)."""
    entry, tok = match.entry, match.token
    if (
        entry.pos != "VERB"
        or args.targets
        or entry.type.lower() not in lex.words("party_object_types")
        or not tok.doc.has_annotation("DEP")
    ):
        return False
    cstart, cend = clause_of(tok, span)
    lo = base + tok.doc[cstart].idx
    hi = base + tok.doc[cend - 1].idx + len(tok.doc[cend - 1])
    acting = {a.id for a in args.actors}
    for ent in article.entities:
        if ent.id not in acting and any(lo <= m.start < hi for m in ent.mentions):
            return False
    actors = lex.words("actor_nouns") | lex.words("state_nouns") | lex.words("back_words")
    for obj in tok.children:
        if obj.dep_ != "obj":
            continue
        low = obj.text.lower()
        if obj.tag_ == "PDS":
            if low in lex.words("thing_demonstratives"):
                return True
            continue
        if obj.pos_ != "NOUN" or low in actors or low.endswith(tuple(lex.words("group_heads"))):
            continue
        abstract = low.endswith(tuple(lex.words("abstract_suffixes")))
        infinitive = (
            low.endswith("en")
            and not low.endswith("chen")
            and "Neut" in obj.morph.get("Gender", [])
        )
        if abstract or infinitive:
            return True
    return False


def _other_subject(match: TriggerMatch, speaker: str) -> bool:
    """The parse gives the verb a subject that is not the speaker: a plural ("Mehrere
    Abgeordnete", "Viele Experten") or a phrase that names the speaker only as its owner
    ("Days Familie"); a subject the speaker's name contains is the speaker ("die Tierschützer"
    for "Italienische Tierschützer")."""
    tok = match.token
    if not tok.doc.has_annotation("DEP"):
        return False
    words = set(speaker.lower().split())
    for subj in tok.children:
        if subj.dep_ != "nsubj" or subj.text.lower() in words:
            continue
        if "Plur" in subj.morph.get("Number", []):
            return True
        if any(t.text.lower().removesuffix("s") in words for t in subj.subtree if t.i != subj.i):
            return True
    return False


def _passive_participle(match: TriggerMatch, span: Span, reader: ArgumentReader) -> bool:
    """A participle with a passive auxiliary in its clause ("wird … vorgeworfen", "werde
    verdächtigt")."""
    if not reader._participle(match):
        return False
    cstart, cend = clause_of(match.token, span)
    words = {t.text.lower() for t in span.doc[cstart:cend]}
    return bool(words & (reader.passive_aux | {"werde", "würde", "würden"}))


def _cue_speaker(
    match: TriggerMatch, sent: Sentence, base: int, article: Article
) -> EntityRef | None:
    """The speaker of a quote of the trigger's sentence whose cue is the trigger's verb (the
    trigger standing outside the quoted words)."""
    offset = base + match.token.idx
    word = match.token.text.lower()
    for quote in article.quotes:
        if quote.speaker is None or not quote.cue or quote.start <= offset < quote.end:
            continue
        if quote.start >= sent.end or quote.end <= sent.start:
            continue  # (the quote must lie in the trigger's sentence)
        if word in quote.cue.lower().replace("…", " ").split():
            return quote.speaker
    return None


def _person(ref: EntityRef, refs: RefResolver) -> bool:
    ent = refs.article.entity(ref.id)
    return ent is not None and ent.type == "PER"


def _passive_finite(match: TriggerMatch, lex: EventLexicon) -> bool:
    """Session 31: a participle the tagger calls finite in a passive ("Migranten werden nach
    Athen zurückgeschickt", tagged VVFIN): a word of participle shape, the separable particle
    off, with a form of "werden" hung on it as its auxiliary."""
    tok = match.token
    low = tok.text.lower()
    particle = (match.entry.particle or "").lower()
    if particle and low.startswith(particle):
        low = low[len(particle) :]
    if not low.endswith("t") or not participle_shape(low):
        return False
    passive = lex.words("passive_aux")
    return any(c.dep_.startswith("aux") and c.text.lower() in passive for c in tok.children)


def _adverbial_participle(match: TriggerMatch) -> bool:
    """A participle right before another full verb is an adverb ("hat geschickt variiert":
    skilfully, no sending)."""
    tok = match.token
    participle = tok.tag_ in ("VVPP", "ADJD") or tok.text.lower().startswith("ge")
    if match.entry.pos != "VERB" or not participle or match.particle:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ in ("VVPP", "VVINF", "VVIZU", "VVFIN")


_PRONOMINAL = re.compile(r"^dar?(.+)$")


def _adverb_preps(match: TriggerMatch) -> set[str]:
    """The prepositions of pronominal adverbs on a verb trigger that stand for a phrase or a
    clause ("drängt darauf, … zu", "pocht darauf, dass …", "wirbt dafür"): "darauf" is "auf"."""
    tok = match.token
    if not tok.doc.has_annotation("DEP") or tok.pos_ not in ("VERB", "AUX"):
        return set()
    found: set[str] = set()
    for c in tok.children:
        m = _PRONOMINAL.match(c.text.lower())
        if c.tag_ in PRONOMINAL_ADVERB_TAGS and m:
            found.add(m.group(1))
    after = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
    for c in tok.subtree if after == "," else ():
        # session 32: one the parser hung on a phrase of the verb's, before the verb, that
        # announces the clause after it ("hatte die EU-Kommission Griechenland dazu gedrängt,
        # … anzunehmen" with "dazu" a part of "Griechenland"): the first verb above it is the
        # trigger (not "spricht von X und damit von Y": no clause announced)
        m = _PRONOMINAL.match(c.text.lower())
        if c.i >= tok.i or m is None or (c.tag_ not in PRONOMINAL_ADVERB_TAGS and c.tag_ != "ADJD"):
            continue
        h = c.head
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.i == tok.i:
            found.add(m.group(1))
    return found


def _requirements_hold(
    req: dict[str, object],
    args: Arguments,
    match: TriggerMatch,
    lex: EventLexicon,
    refs: RefResolver,
) -> bool:
    not_forms = req.get("not_forms")  # "geriet" (got into) is no form of "raten" (advise)
    if isinstance(not_forms, list) and match.token.text.lower() in set(map(str, not_forms)):
        return False
    preps = req.get("prep")  # one preposition or a list of them ("gegen" or "für")
    if preps and not set(preps if isinstance(preps, list) else [preps]) & (
        set(args.preps) | _adverb_preps(match)
    ):
        return False
    listed = req.get("clause_word")  # "nannte X absurd": a word of this list in the clause
    if listed and not _clause_has(match, lex.words(str(listed))):
        return False
    charges = req.get("charge_after_von")  # "spricht von Betrug", "von Betrug sprach er"
    if charges and not _charge_after_von(match, lex.words(str(charges))):
        return False
    goods = req.get("target_or_clause_word")  # "liefert Waffen", "lieferte Jets an Ägypten"
    if goods and not args.targets and not _clause_has(match, lex.words(str(goods))):
        return False
    unwanted = req.get("no_clause_word")  # "das Feld räumen" is an idiom
    for name in unwanted if isinstance(unwanted, list) else [unwanted] if unwanted else []:
        if _clause_has(match, lex.words(str(name))):
            return False
    modifiers = req.get("no_modifier")  # "wegen fahrlässiger Tötung": no attack
    if modifiers and _modified_by(match, lex.words(str(modifiers))):
        return False
    risk = req.get("no_risk_word")  # "X droht die Staatspleite" (not "drohte mit Strafen")
    if risk and _clause_has(match, lex.words(str(risk)), skip_after="mit"):
        return False
    case = req.get("case")  # a noun only after this preposition ("auf die Straße")
    if not match.token.doc.has_annotation("DEP"):
        # (an unparsed Doc must not be walked): the word before the phrase
        if case and not _preceded_by(match, str(case)):
            return False
    elif case and not any(
        c.dep_ == "case" and c.text.lower() == case for c in match.token.children
    ):
        return False
    verbs = req.get("head_verb")
    if isinstance(verbs, list) and not _head_verb_in(match, {str(v).lower() for v in verbs}):
        return False
    unwanted_preps = req.get("no_prep")  # "trifft auf X" (faces X) is no meeting
    if isinstance(unwanted_preps, list) and set(map(str, unwanted_preps)) & set(args.preps):
        return False
    unwanted_case = req.get("no_case")  # "mit Hilfe der Schüler" (by means of) is no aid
    if (
        isinstance(unwanted_case, list)
        and match.token.doc.has_annotation("DEP")
        and any(
            c.dep_ == "case" and c.text.lower() in set(map(str, unwanted_case))
            for c in match.token.children
        )
    ):
        return False
    # "ist im Gespräch" (a candidate) is no talks, "im Gespräch mit X" is
    idiom_case = req.get("case_needs_mit")
    if (
        isinstance(idiom_case, list)
        and match.token.doc.has_annotation("DEP")
        and "mit" not in args.preps
        and any(
            c.dep_ == "case" and c.text.lower() in set(map(str, idiom_case))
            for c in match.token.children
        )
    ):
        return False
    if req.get("no_medium") and _with_medium(match, lex):
        return False
    if req.get("body_actor") and args.actors and all(_person(r, refs) for r in args.actors):
        return False  # "Ich habe beschlossen, …": one person's resolve, no body's decision
    if req.get("party") and not args.actors and not args.targets:
        return False  # "Der war stark besetzt": nobody occupies anything
    party_case = req.get("party_with_case")  # "stehen unter Beschuss": a figure of speech
    if (
        isinstance(party_case, list)
        and not args.actors
        and not args.targets
        and match.token.doc.has_annotation("DEP")
        and any(
            c.dep_ == "case" and c.text.lower() in set(map(str, party_case))
            for c in match.token.children
        )
    ):
        return False
    if req.get("target") and not args.targets:
        return False  # "informiert die Behörde in einer Aussendung": nobody briefed
    if req.get("actor") and not args.actors:
        return False  # "Ihm drohen 24 Jahre Haft": no threat without a threatener
    if req.get("no_infinitive") and _clause_infinitive(match):
        return False  # "droht zu verschwinden": a risk, no threat
    if (
        req.get("no_lone_infinitive")
        and _to_infinitive_after(match)
        and len({r.id for r in args.actors + args.targets}) < 2
        and "with" not in args.preps
    ):
        return False  # "SoftBank agreed to inject …": one party consents; the act is the event
    if req.get("named_subject") and args.unnamed_subject:
        return False  # "Minimalismus zeichnete X aus": what marks X out, no award
    if req.get("reflexive") and not args.reflexive:
        return False
    if req.get("reflexive") is False and args.reflexive:
        return False  # "wies sich aus" (showed his papers) is no expulsion
    if req.get("no_stative") and args.stative:
        return False  # "sind dem Finanzministerium unterstellt" (subordinate): no insinuation
    if req.get("no_object") and args.has_object and not _object_read_as_subject(match, args):
        return False  # "ermittelt" (investigates) — "ermittelte den Wert" is no investigation
    if req.get("office_target") and not any(refs.holds_office(t) for t in args.targets):
        return False  # "der Sturz des Machthabers X" — not a fall from a bike
    return not (req.get("person") and not args.person_argument)


def _object_read_as_subject(match: TriggerMatch, args: Arguments) -> bool:
    """Session 23: the parser's only "object" of a verb, when the argument reader took it for
    the actor, is the subject after a fronted phrase ("Seitdem ermittelt die
    Staatsanwaltschaft": *Seitdem* parsed as ``nsubj``, *Staatsanwaltschaft* as ``obj``)."""
    tok = match.token
    if not args.actors or not tok.doc.has_annotation("DEP"):
        return False
    objects = [c for c in tok.children if c.dep_ == "obj" and c.pos_ != "PRON"]
    if len(objects) != 1:
        return False
    phrase = " ".join(t.text for t in objects[0].subtree).lower()
    words = set(phrase.split())
    for actor in args.actors:
        name = actor.name.lower()
        # session 29: the actor may carry a word the phrase lacks ("Seitdem ermittelt die
        # Staatsanwaltschaft" read as "deutsche Staatsanwaltschaft"): its head word is there
        if name in phrase or (name.split() and name.split()[-1] in words):
            return True
    return False


def _clause_has(match: TriggerMatch, words: frozenset[str], skip_after: str = "") -> bool:
    """Whether the comma-delimited clause of the trigger has one of ``words`` (also as the
    head of a compound: "Rechtsbruch"); with ``skip_after``, not a word up to three words
    after that preposition ("drohte mit harten Strafen")."""
    doc, i = match.token.doc, match.token.i
    start, end = i, i + 1
    while start > 0:
        prev = doc[start - 1].text
        if prev == ")":  # a bracket inside the clause: "Huber (72) hat sein Amt … niedergelegt"
            opening = next((j for j in range(start - 2, -1, -1) if doc[j].text == "("), None)
            if opening is not None and ")" not in {t.text for t in doc[opening : start - 1]}:
                start = opening
                continue
        if prev in CLAUSE_PUNCT:
            break
        start -= 1
    while end < len(doc) and doc[end].text not in CLAUSE_PUNCT:
        end += 1
    # session 36: the compound heads listed once per call, not once per word of the clause
    heads = tuple(w for w in words if len(w) > 5)
    return any(
        ((low := t.text.lower()) in words or low.endswith(heads))
        and not (
            skip_after and any(p.text.lower() == skip_after for p in doc[max(start, t.i - 3) : t.i])
        )
        for t in doc[start:end]
    )


_VON = frozenset({"von", "vom"})
_SPAN_STOPS = frozenset({",", ";", ":", "–", "—", "„", "“", "”", '"', "«", "»", "?", "!", "."})


def _charge_after_von(match: TriggerMatch, words: frozenset[str]) -> bool:
    """Session 33: a "von" phrase of the trigger's clause whose first four words hold one of
    ``words`` (also as the end of a compound of six letters or more: "Wahlbetrug"). Brackets
    do not end the clause ("spricht die Abgeordnete X (Piraten) von einem Frontalangriff",
    where the parser hangs the phrase on the subject)."""
    doc, i = match.token.doc, match.token.i
    start, end = i, i + 1
    while start > 0 and doc[start - 1].text not in _SPAN_STOPS:
        start -= 1
    while end < len(doc) and doc[end].text not in _SPAN_STOPS:
        end += 1

    def charge(text: str) -> bool:
        low = text.lower()
        return low in words or any(low.endswith(w) for w in words if len(w) > 5)

    return any(
        t.text.lower() in _VON and any(charge(u.text) for u in doc[t.i + 1 : min(t.i + 5, end)])
        for t in doc[start:end]
    )


def _modified_by(match: TriggerMatch, words: frozenset[str]) -> bool:
    """Session 30: one of ``words`` among the adjectives and adverbs right before the trigger
    ("wegen fahrlässiger Tötung", "um grob fahrlässige Tötung", "mehrfache fahrlässige
    Tötung")."""
    doc = match.token.doc
    j = match.token.i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "ADV"):
        if doc[j].text.lower() in words:
            return True
        j -= 1
    return False


def _clause_ends_in_colon(match: TriggerMatch) -> bool:
    """Whether the trigger's clause ends in a colon ("greift die Bahn an: „Warum …“")."""
    doc = match.token.doc
    end = match.token.i + 1
    while end < len(doc) and doc[end].text not in CLAUSE_PUNCT:
        end += 1
    return end < len(doc) and doc[end].text == ":"


def _with_medium(match: TriggerMatch, lex: EventLexicon) -> bool:
    """Whether "mit" after the trigger introduces a news medium ("im Gespräch mit dem
    STANDARD", "mit dem ORF-Fernsehen"): an interview (``media_words``)."""
    words = lex.words("media_words")
    doc, i = match.token.doc, match.token.i
    prefix, _, rest = match.token.text.lower().rpartition("-")
    if prefix and rest and prefix in words:
        return True  # "im STANDARD-Gespräch", "ORF-Interview"
    after = next(
        (
            j
            for j in range(i + 1, min(len(doc), i + 6))
            if doc[j].text.lower() == "mit" or doc[j].text in CLAUSE_PUNCT
        ),
        None,
    )
    if after is None or doc[after].text.lower() != "mit":
        return False
    for tok in doc[after + 1 : after + 6]:
        if tok.text in CLAUSE_PUNCT:
            return False
        low = tok.text.lower()
        if low in words or any(low.endswith(w) for w in words if len(w) >= 6):
            return True
        if low.rsplit("-", 1)[-1] in words:
            return True
    return False


def _clause_infinitive(match: TriggerMatch) -> bool:
    """A "zu" + infinitive after the trigger in its own comma-delimited clause ("droht in
    der Versenkung zu verschwinden"; not "drohte, X anzugreifen")."""
    doc, i = match.token.doc, match.token.i
    manner = i >= 3 and doc[i - 3].text.lower() in ("um", "statt", "anstatt", "ohne")
    if i >= 2 and _infinitive_before(doc[i - 2], doc[i - 1]) and not manner:
        # session 23: in a verb-final clause the infinitive comes first ("die unter ein
        # neues Gesetz zu fallen drohen", "abzustürzen droht")
        return True
    for j in range(i + 1, len(doc)):
        tok = doc[j]
        if tok.text in CLAUSE_PUNCT:
            return False
        if tok.text.lower() == "zu" and j + 1 < len(doc):
            nxt = doc[j + 1]
            if nxt.text[:1].islower() and nxt.text.lower().endswith(("en", "ern", "eln")):
                return True
    return False


def _infinitive_before(zu: Token, verb: Token) -> bool:
    """ "zu" + infinitive, or a fused zu-infinitive ("abzustürzen"), right before a word."""
    if verb.tag_ == "VVIZU":
        return True
    return (
        zu.text.lower() == "zu"
        and verb.text[:1].islower()
        and verb.text.lower().endswith(("en", "ern", "eln"))
    )


def _to_infinitive_after(match: TriggerMatch) -> bool:
    """An English to-infinitive right after the trigger ("agreed to return"; not "agreed to a
    rescue", "agreed to the terms")."""
    doc, i = match.token.doc, match.token.i
    if i + 2 >= len(doc) or doc[i + 1].text.lower() != "to":
        return False
    nxt = doc[i + 2]
    if doc.has_annotation("TAG") and nxt.tag_:
        return nxt.tag_ == "VB"
    return nxt.text.islower() and nxt.text.lower() not in ("a", "an", "the", "its", "their")


def _compared(match: TriggerMatch, lex: EventLexicon) -> bool:
    """Whether the trigger noun's phrase follows a comparison particle ("als", "wie"; tag
    KOKOM when the tagger gives one: temporal "als" (KOUS) opens a clause, no comparison), with
    only articles, adjectives, adverbs or numbers between."""
    words = lex.words("comparison_words")
    doc, j = match.token.doc, match.token.i - 1
    while j >= 0 and match.token.i - j <= 5:
        tok = doc[j]
        low = tok.text.lower()
        if low in words:
            return not tok.tag_ or tok.tag_ == "KOKOM"
        tagged = tok.pos_ in ("DET", "ADJ", "ADV", "NUM")
        if not (tagged or (not tok.pos_ and tok.text[:1].islower() and tok.is_alpha)):
            return False
        j -= 1
    return False


def _preceded_by(match: TriggerMatch, word: str) -> bool:
    """Whether ``word`` stands at most three words before the trigger ("auf die Straße")."""
    doc, i = match.token.doc, match.token.i
    return any(doc[j].text.lower() == word for j in range(max(0, i - 3), i))


def _names_after(match: TriggerMatch, span: Span, prep: str, article: Article, base: int) -> bool:
    """Whether the phrase after ``prep`` in the trigger's clause (its first four words) names
    a party ("setzt sich für den früheren Chefdiplomaten X ein", with X not found as the
    target; not "für eine Stärkung der Urheberrechte bei einer EU-weiten Reform")."""
    cstart, cend = clause_of(match.token, span)
    doc = span.doc
    at = next((t.i for t in doc[cstart:cend] if t.text.lower() == prep), None)
    if at is None:
        return False
    last = doc[min(at + 4, cend - 1)]
    lo, hi = base + doc[at].idx, base + last.idx + len(last)
    return any(
        lo <= m.start < hi
        for e in article.entities
        if e.type in ("PER", "ORG", "LOC")
        for m in e.mentions
    )


def _material_pp(match: TriggerMatch, span: Span, prep: str, refs: RefResolver, base: int) -> bool:
    """A phrase with ``prep`` in the trigger's clause, after a finite trigger or before a
    clause-final one, that names no entity: what the trigger is done with ("unterstützt das
    Regime seit Mai mit Luftangriffen", "mit 23,7 Milliarden Euro" — the parser may hang it on
    another noun), not whom
    ("unterstützt die Gespräche mit Russland")."""
    if not span.doc.has_annotation("DEP"):
        return False
    cstart, cend = clause_of(match.token, span)
    for tok in span.doc[cstart:cend]:
        if tok.text.lower() != prep or tok.pos_ != "ADP" or tok.head.i == match.token.i:
            continue
        noun = tok.head
        # (a number heads an amount: "unterstützte den Bau mit 23,7 Milliarden Euro")
        if noun.pos_ not in ("NOUN", "NUM") or noun.i <= tok.i:
            continue
        if refs.span_ref(base + noun.idx, base + noun.idx + len(noun)) is None:
            return True
    return False


def _head_verb_in(match: TriggerMatch, verbs: set[str]) -> bool:
    """Whether the verb a noun trigger depends on is one of ``verbs`` (lemma or word form;
    "gab ihm die Schuld")."""
    head = match.token.head
    for _ in range(2):
        if head.lemma_.lower() in verbs or head.text.lower() in verbs:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _report_phrases(span: Span, base: int, lex: EventLexicon) -> list[tuple[int, int]]:
    """Article offsets of the source phrases of a sentence ("nach Angaben der Polizei",
    "laut X", "Medienberichten zufolge"): from the preposition to the next verb or punctuation,
    or back from a postposition."""
    after = lex.words("report_postpositions")
    preps = [tuple(p.split()) for p in lex.words("report_preps") if p not in after]
    toks = list(span)
    out: list[tuple[int, int]] = []
    parsed = span.doc.has_annotation("DEP")

    def stop(t: Token) -> bool:
        return t.text in CLAUSE_PUNCT or t.pos_ in ("VERB", "AUX")

    lows = [t.text.lower() for t in toks]
    for i, tok in enumerate(toks):
        low = lows[i]
        if low in after and i > 0:
            k = i
            while k > 0 and i - k < 8 and not stop(toks[k - 1]):
                prev, right = toks[k - 1], toks[k]
                # a noun joins the phrase as its head, before a genitive article or a name
                # ("Angaben des Ministeriums", "Sprecher Peter X"), not before another noun
                # ("betonte X Medienberichten zufolge": X is outside)
                nounish = prev.pos_ in ("NOUN", "PROPN") or prev.text[:1].isupper()
                if nounish and k < i and right.pos_ not in ("DET", "PROPN"):
                    break
                k -= 1
            if k < i:
                out.append((base + toks[k].idx, base + tok.idx))
            continue
        for words in preps:
            if words[0] != low or tuple(lows[i : i + len(words)]) != words:
                continue
            if len(words) == 1 and tok.pos_ not in ("ADP", ""):
                continue  # "laut protestieren" is no source phrase
            j = k = i + len(words)
            while k < len(toks) and k - j < 8 and not stop(toks[k]):
                k += 1
            head = tok.head if parsed else tok
            if parsed and tok.dep_ == "case" and head.i > tok.i and head.i < toks[0].i + k:
                # session 8: the phrase the parse hangs on the preposition, not every word up
                # to the verb ("nach Angaben von Reuters Berg verhaftet": Berg is arrested)
                last = max(t.i for t in head.subtree if t.i < toks[0].i + k)
                end, k = k, last - toks[0].i + 1
                if k < end and toks[k].text.lower() in ("der", "des"):
                    # a genitive the parse hung elsewhere ("nach Angaben der Agentur X")
                    k += 1
                    while k < end and toks[k].pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
                        k += 1
            if k > j:
                out.append((base + tok.idx, base + toks[k - 1].idx + len(toks[k - 1])))
            break
    return out


def _reporter(
    reporters: list[tuple[int, int]], span: Span, base: int, lex: EventLexicon, refs: RefResolver
) -> EntityRef | None:
    """The first organisation or person named inside a source phrase and hanging on its
    words in the parse ("nach Angaben der Nachrichtenagentur X", "laut X"; not a place: "nach
    Angaben der Polizei in Wien" is not Wien's report; not a phrase after it: "nach Angaben
    unabhängiger Experten Senfgas")."""
    if not span.doc.has_annotation("DEP"):
        return None
    cue_words = {w for p in lex.words("report_preps") for w in p.split()}
    at = {base + t.idx: t for t in span}
    best: tuple[int, EntityRef] | None = None
    for ent in refs.article.entities:
        if ent.type in ("LOC", "MISC"):
            continue
        for m in ent.mentions:
            tok = at.get(m.start)
            inside = any(s <= m.start and m.end <= e for s, e in reporters)
            if tok is None or not inside or (best is not None and m.start >= best[0]):
                continue
            chain = [tok]
            while len(chain) < 4 and chain[-1].head.i != chain[-1].i:
                chain.append(chain[-1].head)
            # (the cue itself, or its case word: "laut" is the case child of the name)
            hung = any(t.text.lower() in cue_words for t in chain[1:]) or any(
                c.dep_ == "case" and c.text.lower() in cue_words for c in tok.children
            )
            if hung:
                best = (m.start, ent.ref())
    return best[1] if best else None


def _only_reports(
    ref: EntityRef, sent: Sentence, reporters: list[tuple[int, int]], refs: RefResolver
) -> bool:
    """Whether the sentence names ``ref`` inside a source phrase and nowhere else."""
    ent = refs.article.entity(ref.id)
    if ent is None:
        return False
    inside = outside = False
    for m in ent.mentions:
        if m.start < sent.start or m.end > sent.end:
            continue
        if any(a <= m.start and m.end <= b for a, b in reporters):
            inside = True
        else:
            outside = True
    return inside and not outside


def _attribution_phrase(sentence: str, lex: EventLexicon) -> bool:
    low = sentence.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in lex.words("report_preps"))


def _usable(t: TimeExpression) -> bool:
    return (
        t.type in ("DATE", "TIME")
        and t.value is not None
        and not t.value.startswith("P")
        and not t.value.endswith("_REF")
    )


def _time_for(
    match: TriggerMatch, span: Span, base: int, sent: Sentence, times: list[TimeExpression]
) -> str | None:
    """The date of the trigger's clause, else the nearest date of its sentence, else a
    relative time of its clause ("hatte in den vergangenen Tagen … beschossen" → PAST_REF;
    session 17: such an event took no time at all, and no publication date either)."""
    in_sentence = [t for t in times if t.start >= sent.start and t.end <= sent.end]
    inside = [t for t in in_sentence if _usable(t)]
    relative = [t for t in in_sentence if _relative(t)]
    if not inside and not relative:
        return None
    cstart, cend = clause_of(match.token, span)
    doc = span.doc
    lo = base + doc[cstart].idx
    hi = base + doc[cend - 1].idx + len(doc[cend - 1])
    in_clause = [t for t in inside if t.start >= lo and t.end <= hi]
    pool = in_clause or inside or [t for t in relative if t.start >= lo and t.end <= hi]
    if not pool:
        return None
    pos = base + match.token.idx
    best = min(pool, key=lambda t: abs(t.start - pos))
    return best.value


def _relative(t: TimeExpression) -> bool:
    """A past, present or future reference with no date ("vor einigen Tagen", "künftig")."""
    return t.type == "DATE" and t.value is not None and t.value.endswith("_REF")


def _has_unresolved_time(sent: Sentence, times: list[TimeExpression]) -> bool:
    return any(
        t.start >= sent.start and t.end <= sent.end and t.type in ("DATE", "TIME") for t in times
    )


def _dateline_ref(ctx: AnalysisContext) -> EntityRef | None:
    dateline = (ctx.article.dateline or "").strip()
    if not dateline:
        return None
    for ent in ctx.article.entities:
        if ent.type == "LOC" and (ent.name == dateline or dateline in ent.name.split()):
            return ent.ref()
    return None
