"""Entities stage: mentions → per-article entities with roles and affiliations.

``run(ctx)`` fills ``ctx.article.entities`` and leaves the mention index in
``ctx.data["entity_mentions"]`` (``[(start, end, entity_id)]``, sorted) for later stages.
See docs/entities.md for the design.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.lang.de.stop_words import STOP_WORDS

from newsgraph.entities.cluster import (
    Cluster,
    attach_stray,
    cluster_others,
    cluster_persons,
    core,
    fold,
    same_first_name,
)
from newsgraph.entities.coordinated_names import extend_coordinated_names
from newsgraph.entities.descriptor_complements import complement_known, named_as_owner
from newsgraph.entities.descriptors import (
    find_descriptors,
    find_person_nouns,
    find_visits,
    resolve,
)
from newsgraph.entities.english import (
    add_appositions,
    add_references,
    clean_candidates,
    is_english,
    office_country,
)
from newsgraph.entities.genitive_bodies import join_short_genitive_names
from newsgraph.entities.inflection import nominative_names
from newsgraph.entities.institute_compounds import institute_compounds
from newsgraph.entities.lead_roles import bind_lead_phrases, lead_end
from newsgraph.entities.lexicon import (
    DETERMINERS,
    FEMININE_HEADS,
    INDEFINITE,
    NAME_PARTICLES,
    Lexicon,
    load_lexicon,
)
from newsgraph.entities.match_opponents import match_opponents
from newsgraph.entities.mentions import (
    HOME,
    Cand,
    Gazetteer,
    RolePhrase,
    _initials_match,
    bracket_name_end,
    clause_noun,
    common_noun_opener,
    company_names,
    inside_wider_ner,
    is_acronym,
    known_place_word,
    legal_form_names,
    ner_candidates,
    org_name_prefix,
    plural_body,
    rule_candidates,
    select,
    span_cand,
    work_cue,
)
from newsgraph.entities.name_adjectives import extend_name_adjectives, region_body_country
from newsgraph.entities.named_bodies import (
    drop_kind_compounds,
    drop_left_not_party,
    drop_member_compounds,
    drop_nouns_before_names,
    drop_parent_prefixes,
    join_bare_to_named,
    merge_one_body_nouns,
    place_bare_local_bodies,
)
from newsgraph.entities.namewords import common_word_tag, is_listed_surname, word_probability
from newsgraph.entities.party_adjective_orgs import adjective_party, party_adjective_orgs
from newsgraph.entities.places import genitive_place_keys, place_candidates
from newsgraph.entities.protagonist import bind_to_protagonist
from newsgraph.entities.roles import (
    attach_roles,
    pronoun_predicates,
    results_table_countries,
    role_gender,
)
from newsgraph.entities.short_forms import bind_short_forms
from newsgraph.entities.source_bodies import laut_bodies
from newsgraph.entities.team_context import club_subject_affiliations
from newsgraph.entities.team_lists import lineup_clubs
from newsgraph.entities.tokens import (
    has_pos,
    is_cap,
    is_det,
    is_particle,
    looks_common_noun,
    sentence_spans,
    token_starts,
    token_texts,
)
from newsgraph.entities.von_bodies import bodies_after_von
from newsgraph.model import Article, Entity, Mention
from newsgraph.words_de import DEFINITE_ARTICLES, THIRD_PERSON_PRONOUNS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from newsgraph.pipeline import AnalysisContext, Segment

PREFIX = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}
COUNTRY_WEIGHT = {
    "demonym": 3,
    "adjective": 3,
    "genitive": 3,
    "apposition": 3,
    "prefix": 3,
    "lexicon": 2,
}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_lexicon())


@lru_cache(maxsize=1)
def _blank_de() -> Language:
    import spacy

    from newsgraph.nlp import components  # noqa: F401  (registers newsgraph_token_edges)

    nlp = spacy.blank("de")
    nlp.add_pipe("newsgraph_token_edges")  # consistent token edges without a parser
    return nlp


def fallback_segments(article: Article) -> list[Segment]:
    """Segments tokenised by a blank German pipeline, for when no trained model is loaded."""
    from newsgraph.pipeline import Segment, text_segments

    nlp = _blank_de()
    spans = text_segments(article)
    docs = nlp.pipe([article.text[s:e] for s, e, _, _ in spans])
    return [Segment(s, e, t, b, doc) for (s, e, t, b), doc in zip(spans, docs, strict=True)]


def run(ctx: AnalysisContext) -> None:
    segments = ctx.segments or fallback_segments(ctx.article)
    entities, index = extract_entities(ctx.article, segments)
    ctx.article.entities = entities
    ctx.data["entity_mentions"] = index


def extract_entities(
    article: Article, segments: list[Segment], lex: Lexicon | None = None
) -> tuple[list[Entity], list[tuple[int, int, str]]]:
    """The entities of an article from its analysed segments, and the mention index."""
    lex = lex or load_lexicon()
    gaz = gazetteer()
    seg_sents: list[list[tuple[int, int, int]]] = []
    sents: list[tuple[int, int, int]] = []
    for idx, seg in enumerate(segments):
        rows = []
        for a, b in sentence_spans(seg.doc):
            rows.append((a, b, len(sents)))
            sents.append((idx, a, b))
        seg_sents.append(rows)

    cands: list[Cand] = []
    for idx, seg in enumerate(segments):
        found = ner_candidates(seg, lex) + rule_candidates(seg, lex, gaz)
        found += company_names(seg, found, lex)
        found += legal_form_names(seg, lex)
        found += laut_bodies(seg, found, lex)
        found += place_candidates(seg, found, lex)
        for c in found:
            c.seg = idx
            if c.type == "PER" and c.j - c.i > 1:
                c.type = lex.foreign_name_heads.get(seg.doc[c.j - 1].lower_, "PER")
                c.type = lex.name_intro_words.get(seg.doc[c.i].text, c.type)
        _places_after_preposition(seg.doc, found)
        _names_after_in(seg.doc, found, lex)
        cands.extend(select(inside_wider_ner(found, seg.doc, lex)))
    if not is_english(article.language):  # "die US-Notenbank Fed", "der europäischen Linken"
        cands += match_opponents(segments, cands, lex)  # "im Heimspiel gegen Horn 3:0": the club
        cands = bodies_after_von(segments, cands, lex)  # "X von der Polizei Wien"
        cands = institute_compounds(segments, cands, lex)  # "vom Münchner ifo-Institut"
        cands = drop_left_not_party(segments, drop_nouns_before_names(segments, cands, lex))
        cands = drop_kind_compounds(cands)  # "die damalige Koalitionsregierung"
        cands = drop_parent_prefixes(cands, article.text, lex)  # "der UNO-Truppe MINUSMA"
    # "Kessler-Sprecher": a compound's name part that is a person of the article is no organisation
    person_words = {core(w) for c in cands if c.type == "PER" for w in c.text.split()}
    cands = [c for c in cands if not (c.name_prefix and core(c.text) in person_words)]
    # "Kessler-Klubobmann" beside "Team Kessler": a compound's name part that ends a name of
    # several words of the article's organisations is that organisation
    org_ends = {
        c.key.split()[-1]: c.key for c in cands if c.type == "ORG" and c.key and " " in c.key
    }
    for c in cands:
        if c.name_prefix and c.text in org_ends:
            c.key = org_ends[c.text]
    _seated_institutions(cands, lex)
    if is_english(article.language):
        cands = clean_candidates(segments, cands, lex.first_names, article.text)
    if any(c.country == HOME for c in cands):
        art_country = _article_country(article, segments, lex)
        bare_ok = art_country is None and _dateline_home(article, lex) is None
        cands = _home_institutions(art_country, cands, segments, lex, bare_ok)
    for c in cands:
        if c.i < 0:  # inside a compound: index it by its token
            c.i = c.j = _token_at(segments[c.seg], c.start)
    _bind_bracketed_acronyms(segments, cands, lex)
    _key_acronyms(cands)
    if not is_english(article.language):
        _extend_name_tail(segments, cands, lex)
        extend_coordinated_names(
            segments, cands, lex
        )  # "im Wissenschafts- und Wirtschaftsministerium"
    _cut_at_genitive(segments, cands)
    _trim_to_known_surname(segments, cands, lex)
    _trim_trailing_noun(segments, cands, lex)
    _mark_lead_nouns(segments, cands, lex)
    _one_sense_places(cands)
    cands = _legal_form_sense(segments, cands)
    propagated = _propagate(segments, cands, lex)
    if is_english(article.language):  # "Brandt is the CEO of DH": a surname's apposition
        add_appositions(segments, propagated, cands + propagated)
    cands.extend(propagated)
    if not is_english(article.language):
        extend_name_adjectives(segments, cands, lex)
    _one_sense_things(segments, cands, lex)
    _one_sense_works(segments, cands, lex)
    cands.sort(key=lambda c: c.start)
    for c in cands:
        if not is_english(article.language):  # English "Kyrgios' win" is a possessive
            _attach_apostrophe(segments[c.seg], c)
    for c in cands:
        c.sent = _sentence_of(seg_sents[c.seg], c.i)

    used: dict[int, set[int]] = {}
    for idx, seg in enumerate(segments):
        attach_roles(seg, [c for c in cands if c.seg == idx], lex, used.setdefault(idx, set()))
    _possessor_genitives(segments, cands)

    _retype_lone_names(cands, lex)
    _mark_genitive_names(segments, cands, lex)
    _share_surnames(segments, cands, lex)
    persons = cluster_persons(cands, lex)
    was_person = {id(c) for c in cands if c.type == "PER"}
    attach_stray(cands, persons)
    # (session 33) a surname the NER took for a place or body joins its person only now: its
    # role phrase ("gegen den Spanier Ortega", "Zielpunkt-Eigentümer Kessler") is read now
    strays = [c for c in cands if c.type == "PER" and id(c) not in was_person]
    for idx, seg in enumerate(segments):
        if mine := [c for c in strays if c.seg == idx]:
            attach_roles(seg, mine, lex, used.setdefault(idx, set()))
    for cl in persons:  # "sagt Weinbauer Huber": the noun before the name is his role
        for m in cl.members:
            noun = m.text.split()[0]
            if m.lead_noun and lex.country_of(noun) is None and noun not in cl.extra_roles:
                cl.extra_roles.append(noun)

    visits = find_visits(segments, sents, persons, lex)
    sent_of = {m.start: m.sent for cl in persons for m in cl.members}
    unbound: list[Cand] = []
    known_rest: list[Cand] = []  # genitive complements no rule bound (session 36)
    headlines: list[Cand] = []
    lead = lead_end(segments, seg_sents)
    for d in find_descriptors(segments, seg_sents, cands, used, lex, lead):
        sent_of[d.start] = d.sent
        if d.descriptor is not None and d.descriptor.headline:
            headlines.append(d)  # bound by the role noun only, below
            continue
        target = resolve(d, persons, visits, sent_of, lex.unnamed_source_heads)
        known = d.descriptor.known_complement if d.descriptor is not None else ()
        if known:
            # (session 36) a genitive complement binds only the person known by it
            if (
                target is not None
                and complement_known(known, target, lex)
                and not named_as_owner(target, d.sent)
            ):
                target.descriptors.append(d)
            elif target is None:
                known_rest.append(d)  # the main person's, when known by it (below)
        elif target is not None:
            target.descriptors.append(d)
        else:
            unbound.append(d)
    _bind_across_sentences(unbound, persons, segments, sents, lex)
    _bind_same_descriptor(unbound, persons)
    _bind_headline_subjects(headlines, persons)
    ages = _stated_ages(article.text, persons)
    person_nouns = find_person_nouns(segments, seg_sents, cands, used, lex)
    for d in person_nouns:
        # "Ich bin …, Ruiz ist …, sagte der Franzose": the persons of the speaker's own
        # sentence are inside what is said
        quoted = _after_speech_verb(segments[d.seg], d.start)
        # "Lehner hatte gegen den Serben …": an inhabitant noun in an oblique case is not the
        # person named before it in its own sentence
        oblique = (
            d.descriptor is not None
            and d.descriptor.info.kind == "demonym"
            and (d.descriptor.det in ("dem", "den", "des"))
        )
        target = _aged(d, ages)
        if target is None and oblique and not quoted:
            target = _object_in_own_sentence(d, persons, segments)
        if target is None:
            target = _person_named_last(
                d,
                persons,
                sents,
                segments,
                first_back=1 if quoted or oblique else 0,
                speaker=quoted and _after_statement(segments[d.seg], d.start),
            )
            if target is not None and _age_of(d) is not None and _age_conflict(d, target, ages):
                target = None  # "der 43-Jährige" is not the person the text says is 30
        if target is not None:
            target.descriptors.append(d)
            # "Der Schweizer musste …" bound to a person: not also a mention of Schweiz
            cands = [
                c for c in cands if not (c.type == "LOC" and c.seg == d.seg and c.end == d.end)
            ]
    # what no rule bound: the article's main person named just before (session 33), or a
    # lead's role phrase before any name: the main person named first after it (session 34)
    rest = sorted(unbound + person_nouns, key=lambda c: c.start)
    mains = sorted(rest + known_rest, key=lambda c: c.start)
    bound = bind_to_protagonist(mains, persons, segments, _gender_fits, _countries, lex)
    bound += bind_lead_phrases(rest, persons, segments, _gender_fits, _countries, lex, lead)
    # "der Schweizer" bound to a person: not also a mention of Schweiz
    ends = {(d.seg, d.end) for d in bound}
    cands = [c for c in cands if not (c.type == "LOC" and (c.seg, c.end) in ends)]
    _pronoun_copula_roles(segments, seg_sents, persons, lex)
    _infer_colleague_roles(persons, lex)
    _group_leaders(persons, segments, lex)
    _owner_countries(cands, persons)
    genitive_place_keys(segments, cands, lex)
    # "die Nationalratsabgeordnete X", "bei der Nationalratswahl": no organisation named
    cands = drop_member_compounds(cands, article.text)
    compounds = drop_member_compounds(_compound_orgs(article, persons, lex), article.text)
    others = merge_one_body_nouns(cluster_others(cands + compounds, lex))
    if not is_english(article.language):  # "die Landesregierung" of a report on Kärnten
        # "die Staatsanwaltschaft Stuttgart … die Staatsanwaltschaft"
        others = join_bare_to_named(others, article.text)
        # "der Akademie der Wissenschaften" after "der Österreichischen Akademie der …"
        join_short_genitive_names(others, lex)
        place_bare_local_bodies(others, article.text, lex)
        others = bind_short_forms(segments, others, cands, lex)

    _complement_affiliations(persons, others, lex)
    _prefix_affiliations(persons, others, lex)
    _type_prefix_affiliations(persons, others, lex)
    _party_adjectives(persons, article.text, lex)
    if not is_english(article.language):  # "der grüne Agrarsprecher X": the party Grüne
        others += party_adjective_orgs(persons, others, article.text, lex)
    _dominant_org_affiliations(persons, others, lex)
    if is_english(article.language):  # "he", "the president" (English only)
        add_references(segments, persons)
    persons += _metadata_people(article, persons, lex)
    clusters = persons + others + _metadata_orgs(article, others, lex)
    clusters += _dateline_places(article, others, lex)
    clusters = [cl for cl in clusters if cl.members or cl.no_text]
    if not is_english(article.language):
        _media_after_report_verb(clusters, article.text, lex)
        person_tokens = {
            (m.seg, k)
            for cl in clusters
            if cl.type == "PER"
            for m in cl.members
            if m.start >= 0
            for k in range(m.i, m.j)
        }
        clusters = [
            cl
            for cl in clusters
            if not _lone_word_after_preposition(cl, article.text, lex)
            and not _never_acts(cl, segments, person_tokens, lex)
            and not _word_with_article(cl, article.text, lex, segments)
            and not _name_with_article(cl, segments, lex)
        ]
    emptied = _surnames_with_particles(segments, [cl for cl in clusters if cl.type == "PER"])
    clusters = [cl for cl in clusters if id(cl) not in emptied]  # a lone "Van" taken away
    clusters.sort(key=lambda cl: cl.first_start)
    entities: list[Entity] = []
    counters: Counter[str] = Counter()
    index: list[tuple[int, int, str]] = []
    home: list[str | None] = []  # the dateline's country, computed once when needed
    for cl in clusters:
        counters[cl.type] += 1
        affiliation = _affiliation(cl)
        office = _home_office(cl, lex) if affiliation is None and cl.type == "PER" else None
        if office is not None:
            if not home:
                home.append(_office_country(article, segments, lex))
                # a mayor or a regional office in a report from one place is that place's
                # unless another country is named twice more often ("Wien – … Bürgermeister X")
                home.append(_article_country(article, segments, lex))
            local = _local_office(cl, lex)
            country = home[0] or (home[1] if local else None)
            if country and not _other_country_near(article.text, office, country, lex):
                affiliation = country
            elif not local:
                # "Slowenien müsse …, sagte Außenminister X", "Bulgarien baut … aus. …, sagte
                # Außenminister X": the country that is the subject of the sentence
                affiliation = _subject_country(office, segments, sents, lex)
                if affiliation is None:
                    # "… nach Österreich kommen und Gespräche mit Gesundheitsministerin X
                    # führen": the one country named shortly before a state office
                    affiliation = _country_near(article.text, office, lex)
        if cl.type == "PER" and affiliation is not None:
            affiliation = region_body_country(affiliation, lex) or affiliation
        if cl.type == "PER" and affiliation is not None and affiliation in lex.generic_bodies:
            # "Landtag", "Nationalrat", "Polizei" alone say less than the country whose body
            # it is: the one the report is from, when the text names no other near the person
            if not home:
                home.append(_office_country(article, segments, lex))
                home.append(_article_country(article, segments, lex))
            country = home[0] or (home[1] if affiliation in lex.local_bodies else None)
            start = min((m.start for m in cl.members if m.start >= 0), default=-1)
            if (
                country
                and start >= 0
                and not _other_country_near(article.text, start, country, lex)
            ):
                affiliation = country
        if affiliation is None and cl.type == "PER" and is_english(article.language):
            affiliation = office_country(cl, clusters, article.text)  # "President X" -> USA
        ent_id = f"{PREFIX[cl.type]}-{counters[cl.type]}"
        mentions = _mentions(article, cl)
        entities.append(
            Entity(
                id=ent_id,
                type=cl.type,  # type: ignore[arg-type]
                name=_name(cl, lex),
                mentions=mentions,
                roles=_roles(cl) if cl.type == "PER" else [],
                affiliation=affiliation,
            )
        )
        index.extend((m.start, m.end, ent_id) for m in mentions)
    index.sort()
    nominative_names(entities, article.text, lex)
    _affiliation_names(entities, lex)
    results_table_countries(article, entities, lex)
    lineup_clubs(article, entities, lex)
    club_subject_affiliations(entities, segments, sents, article.text, lex)
    return entities, index


#: prepositions after which a name that the NER calls a place is a place ("in Rio de Janeiro")
PLACE_PREPOSITIONS = frozenset(["in", "nach", "aus", "bei"])


def _seated_institutions(cands: list[Cand], lex: Lexicon) -> None:
    """A one-word lexicon institution that the article also names with one seat after it
    ("teilte die Wirtschaftskammer Burgenland mit" … "Im Burgenland warnt die
    Wirtschaftskammer") is that regional body wherever it stands bare (with two seats, "die
    Arbeiterkammer Wien" and "… Tirol", the bare one stays apart). Only a seat noun's
    institution: a bare "die SPÖ" beside "die SPÖ Tirol" is the federal party."""
    seated: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "ORG" and c.source == "intro" and c.key and " " in c.key:
            head, _, seat = c.key.partition(" ")
            if head in lex.institutions and lex.is_seat_head(head) and " " not in seat:
                seated.setdefault(head, set()).add(c.key)
    for c in cands:
        keys = seated.get(c.key or "")
        if c.type == "ORG" and c.source == "gazetteer" and keys and len(keys) == 1:
            c.key = next(iter(keys))


def _places_after_preposition(doc: Doc, found: list[Cand]) -> None:
    """A person span of several words that is a listed institution's name is that
    organisation. A given-name rule person after "in/nach/aus/bei" that the NER tags as a place over the
    very same words is that place ("in Rio de Janeiro"); its other uses follow it (one sense per
    article). A person after a comma or a verb keeps the rule's word ("…, Leoluca Orlando,")."""
    places = {(c.i, c.j) for c in found if c.source == "ner" and c.type == "LOC"}
    # "der neue Trainer Red Bull Salzburg": a listed institution's full name is no person
    institutions = {(c.i, c.j) for c in found if c.source == "gazetteer" and c.type == "ORG"}
    for c in found:
        if c.type == "PER" and c.j - c.i > 1 and (c.i, c.j) in institutions:
            c.type = "ORG"
        if (
            c.source == "name"
            and c.type == "PER"
            and (c.i, c.j) in places
            and c.i > 0
            and doc[c.i - 1].lower_ in PLACE_PREPOSITIONS
        ):
            c.type = "LOC"
            c.by_place_context = True


def _names_after_in(doc: Doc, found: list[Cand], lex: Lexicon) -> None:
    """A person span right after a bare "in" ("in Flushing Meadows", "In Liskeard trauert
    …") whose first word is no given name, and (one word) no listed surname, is a place; its
    other uses follow it (one sense per article). Not a genitive before a noun ("in Kramers
    Amerika")."""
    for c in found:
        if c.type != "PER" or c.i < 1 or c.j > len(doc) or doc[c.i - 1].text not in ("in", "In"):
            continue
        words = c.text.split()
        if not words or words[0] in lex.first_names or not all(w[:1].isupper() for w in words):
            continue
        if len(words) == 1 and (is_listed_surname(words[0]) or is_listed_surname(words[0][:-1])):
            continue
        if words[-1].endswith("s") and c.j < len(doc) and doc[c.j].text[:1].isupper():
            continue
        c.type = "LOC"
        c.by_place_context = True


def _possessor_genitives(segments: list[Segment], cands: list[Cand]) -> None:
    """ "als mögliche Nachfolgerin Brunners": a surname in the genitive after a relational noun
    (successor, colleague, wife …) is whose relative is meant, not the relative; the noun is
    no role of that person. Not before a noun ("Ehefrau Brandts Lena")."""
    surnames = {c.text.split()[-1] for c in cands if c.type == "PER" and c.j - c.i > 1}
    for c in cands:
        if (
            c.type != "PER"
            or c.j - c.i != 1
            or not c.text.endswith("s")
            or c.text[:-1] not in surnames
            or not any(r.info.kind == "relation" for r in c.roles)
        ):
            continue
        doc = segments[c.seg].doc
        if c.j < len(doc) and doc[c.j].text[:1].isupper():
            continue
        c.roles = [r for r in c.roles if r.info.kind != "relation"]


def _complement_affiliations(persons: list[Cluster], others: list[Cluster], lex: Lexicon) -> None:
    """ "Geschäftsführer von Häusle", "Direktorin des Kluge-Zentrums": a role complement that
    the lexicon does not know as an organisation is the person's organisation when the article
    names it as one elsewhere (the NER or a rule found it)."""
    names: dict[str, str] = {}
    for cl in others:
        if cl.type != "ORG":
            continue
        for m in cl.members:
            names.setdefault(m.text, m.key or m.text)
        if cl.key:
            names.setdefault(cl.key.partition("|")[0], cl.key.partition("|")[0])
    if not names:
        return
    # "Vorstandschef der Hagelversicherung" … "der Österreichischen Hagelversicherung": the last
    # word of one several-word name of the article names it too
    edges = _name_edge_words(others, lex)
    for cl in persons:
        for r in cl.roles:
            word = r.complement_name
            if word is None or r.org or r.country:
                continue
            for form in (word, word[:-1] if word.endswith("s") else "", word[:-2]):
                if form and form in names:
                    r.org = names[form]
                    break
                if form and " " not in form and edges.get(form):
                    r.org = edges[form]
                    break


def _affiliation_names(entities: list[Entity], lex: Lexicon) -> None:
    """A person's organisation under the name its entity got: "vom Autoclub ADAC" → ADAC when
    the article's organisation is called "ADAC"."""
    names: dict[str, str] = {}
    for e in entities:
        if e.type == "ORG":
            names.setdefault(e.name, e.name)
            for m in e.mentions:
                names.setdefault(m.text, e.name)
    for e in entities:
        aff = e.affiliation
        if e.type != "PER" or aff is None or aff in lex.countries:
            continue
        if aff in names:
            if _inflected_form(aff, names[aff]):
                e.affiliation = names[aff]
            continue
        head, _, rest = aff.partition(" ")
        if rest in names and lex.is_intro(head):
            e.affiliation = names[rest]


def _inflected_form(text: str, name: str) -> bool:
    """Is a mention's text its entity's name inflected or with a club prefix ("Deutschen
    Bank" of Deutsche Bank, "SK Sturm Graz" of Sturm Graz)? Not a short form or acronym of it
    ("BKA" of Bundeskriminalamt), which names the organisation as well."""
    if text == name:
        return False
    if text.endswith(" " + name):
        return True
    words, name_words = text.split(), name.split()
    return len(words) == len(name_words) and all(
        w[: max(3, len(n) - 2)] == n[: max(3, len(n) - 2)]
        for w, n in zip(words, name_words, strict=True)
    )


def _dateline_home(article: Article, lex: Lexicon) -> str | None:
    """The country of the dateline's first place ("Ankara –" → Türkei)."""
    if not article.dateline:
        return None
    first = article.dateline.replace(",", "/").split("/")[0].strip()
    return lex.country_of(first) or lex.regions.get(first)


def _country_counts(segments: list[Segment], lex: Lexicon) -> Counter[str]:
    """How often the text names each country (name, adjective, inhabitants)."""
    named: Counter[str] = Counter()
    for seg in segments:
        for text in token_texts(seg.doc):
            if not text.isalpha():  # = Token.is_alpha
                continue
            if text[:1].isupper():
                c = lex.countries.get(text)
                if c is None and (dem := lex.demonym(text)) is not None:
                    c = dem[1]
            else:
                c = lex.country_of_adjective(text)
            if c is not None:
                named[c] += 1
    return named


def _dateline_country(article: Article, segments: list[Segment], lex: Lexicon) -> str | None:
    """The country of the dateline's first place ("Ankara –" → Türkei, "Innsbruck –" →
    Österreich) when the text names that country (name, adjective, inhabitants) more often
    than any other: a report from Havanna about Colombia's peace talks is no Cuban report."""
    home = _dateline_home(article, lex)
    if home is None:
        return None
    ranked = _country_counts(segments, lex).most_common(2)
    if not ranked or ranked[0][0] != home or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return home


def _office_country(article: Article, segments: list[Segment], lex: Lexicon) -> str | None:
    """The country of a state or local office with no country stated (`home_offices`): the
    dateline's when it names one place and the text names no other country more often
    ("Graz – … Landtagspräsidentin X", "Belgrad – …" with Serbia named as often as Libya; not
    "Wien – …" about a US series that names the USA once); with several dateline places, only
    when the text names the first one's country most ("Wien/London –" about Brexit); without a
    dateline, the country the text names most, at least three times and twice as often as any
    other (a report on Greece's government)."""
    home = _dateline_home(article, lex)
    if home is not None and "/" in (article.dateline or "").replace(",", "/"):
        return _dateline_country(article, segments, lex)
    counts = _country_counts(segments, lex)
    if home is not None:
        if any(n > counts[home] for c, n in counts.items() if c != home):
            return None
        return home
    return _clearly_most_named(counts)


def _clearly_most_named(counts: Counter[str]) -> str | None:
    """The country a text names most, at least three times and twice as often as any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _article_country(article: Article, segments: list[Segment], lex: Lexicon) -> str | None:
    """The country of a bare state institution ("die Staatsanwaltschaft"): the dateline's,
    unless the text names another country at least twice more often ("Wien –" with Austria
    named once or never is still Austrian; "Havanna –" about Colombia is not Cuban); without a
    dateline country, the country the text names most, at least three times and twice as often
    as any other."""
    counts = _country_counts(segments, lex)
    home = _dateline_home(article, lex)
    if home is not None:
        if any(n >= counts[home] + 2 for c, n in counts.items() if c != home):
            return None
        return home
    return _clearly_most_named(counts)


def _home_institutions(
    home: str | None, cands: list[Cand], segments: list[Segment], lex: Lexicon, bare_ok: bool
) -> list[Cand]:
    """ "Ankara – … Die Polizei nahm …": a bare state institution is the dateline country's;
    without a dateline country it is no entity, except (``bare_ok``: the article has no
    dateline country at all, not one outweighed by another) a ``home_bare`` body named as "die
    Polizei" (session 25: not "Mitglieder der Polizei", not "die Polizei Wien") in an article
    with no other organisation that holds the word ("Landespolizeidirektion")."""
    out = []
    regional = _regional_report(segments, lex)
    for c in cands:
        if c.country == HOME and _genitive_plural_body(c, segments, lex):
            continue
        if c.country == HOME and regional and (c.key or c.text) in lex.regional_bodies:
            continue  # "in der Regierung" of a Land's or town's politics (session 32)
        if c.country == HOME:
            if home is None:
                if not (bare_ok and _bare_body(c, cands, segments, lex)):
                    continue
                c.country = None
            else:
                c.country = home
        out.append(c)
    return out


def _regional_report(segments: list[Segment], lex: Lexicon) -> bool:
    """Does the report name a Land's or town's government, parliament or their members
    ("Landtag", "Landesrat", "Gemeinderat") and nothing of the national government
    ("Bundeskanzler", "Nationalrat")? Words of their own, case endings aside
    ("des Landtags"; not "Landtagswahl")."""
    # session 36: from the listed token texts (no Token objects)
    caps = {w for seg in segments for w in token_texts(seg.doc) if w[:1].isupper()}
    words = caps | {_stem_word(w) for w in caps}
    return bool(words & lex.regional_cues) and not words & lex.national_cues


def _stem_word(word: str) -> str:
    """A noun without a genitive or plural ending: "Landtags" → Landtag, "Landesräten" →
    Landesräte."""
    for ending in ("es", "s", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= 6:
            return word[: -len(ending)]
    return word


def _genitive_plural_body(c: Cand, segments: list[Segment], lex: Lexicon) -> bool:
    """ "Reform der Streitkräfte", "Gebäude der Verwaltung und der Sicherheitskräfte": forces
    named in the plural genitive with no country in the text are a kind, no body the report
    names (session 31: 0 of 3 in the tuning gold). "Die Sicherheitskräfte gehen gegen … vor"
    stays the dateline country's: an event's party (gnad-0527's gold)."""
    doc = segments[c.seg].doc
    return plural_body(c.text, lex) and c.i > 0 and doc[c.i - 1].lower_ == "der"


def _bare_body(c: Cand, cands: list[Cand], segments: list[Segment], lex: Lexicon) -> bool:
    """Is the bare institution ``c`` ("die Staatsanwaltschaft") one to keep without a country?"""
    if c.text not in lex.home_bare or c.i <= 0:
        return False
    doc = segments[c.seg].doc
    if doc[c.i - 1].lower_ != "die" or (c.j < len(doc) and doc[c.j].text[:1].isupper()):
        return False
    low = c.text.lower()
    return not any(o.type == "ORG" and o.text != c.text and low in o.text.lower() for o in cands)


def _bind_bracketed_acronyms(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "Long Name (ACR)": an acronym in brackets right after an organisation names it, even
    when its letters do not spell the name ("Ärzte ohne Grenzen (MSF)", "der
    Privatangestellten-Gewerkschaft (GPA-djp)"). A name the NER cut before a link word
    ("Ärzte" | "ohne Grenzen") is extended to the bracket, at every place it stands so."""
    for a in cands:
        doc = segments[a.seg].doc
        paren = a.i - 1
        if not (
            a.type == "ORG"
            and a.j - a.i == 1
            and paren > 0
            and doc[paren].text == "("
            and a.j < len(doc)
            and doc[a.j].text == ")"
            and a.text not in lex.agencies
        ):
            continue
        if a.source in ("gazetteer", "ner"):
            # (session 32) a short form the NER or the lexicon knows, in brackets right after a
            # name: "die Europäische Fußball-Union (UEFA)", "des Museum of Modern Art (MoMA)",
            # "GmbH (Öbib)" — the name is that organisation
            _bind_known_short_form(a, paren, doc, cands, lex)
            continue
        if not (a.source == "intro" and a.key == a.text):
            continue
        owner = next(
            (o for o in cands if o.seg == a.seg and o.type == "ORG" and o.j == paren), None
        )
        if owner is None:
            owner = next(
                (
                    o
                    for o in cands
                    if o.seg == a.seg
                    and o.type == "ORG"
                    and o.source in ("ner", "intro")
                    and o.j < paren
                    and bracket_name_end(doc, o.j, paren)
                ),
                None,
            )
            if owner is None:
                continue
            tail = [t.text for t in doc[owner.j : paren]]
            short = owner.text
            for o in cands:
                odoc = segments[o.seg].doc
                if (
                    o.type == "ORG"
                    and o.text == short
                    and [t.text for t in odoc[o.j : o.j + len(tail)]] == tail
                ):
                    j = o.j + len(tail)
                    o.j, o.end = j, segments[o.seg].start + odoc[j - 1].idx + len(odoc[j - 1])
                    o.text = odoc[o.i : j].text
                    o.key = o.text
        if owner.source == "orgnoun" and owner.country is None:
            # a named organisation, not a noun for a state's body: so are its other uses
            # ("des Innenministeriums (BMI)" … "des Innenministeriums")
            lemma = owner.key or owner.text
            for o in cands:
                if o.source == "orgnoun" and o.country is None and (o.key or o.text) == lemma:
                    o.source, o.key = "intro", lemma
        if owner.source == "orgnoun":
            continue
        owner.key = owner.key or owner.text
        a.key = owner.key
        for o in cands:
            if o.type == "ORG" and o.key == "" and o.text == owner.text:
                o.key = owner.key


def _bind_known_short_form(a: Cand, paren: int, doc: Doc, cands: list[Cand], lex: Lexicon) -> None:
    """ "Name (Short)" where the NER or the lexicon found the short form: one organisation.
    A lexicon institution names the organisation before it unless the capitalised words there
    spell the acronym otherwise ("die Internet Watch Foundation (IWF)" is no Währungsfonds);
    a short form the NER found (mixed case, "MoMA", "Öbib") is keyed by the name."""
    owner = next(
        (
            o
            for o in cands
            if o.seg == a.seg
            and o.type == "ORG"
            and o.j == paren
            and o.source not in ("orgnoun", "gazetteer")
        ),
        None,
    )
    if owner is None or (a.source == "ner" and not a.text[:1].isupper()):
        return
    if a.source == "gazetteer":
        k = owner.i - 1
        while k >= 0 and is_cap(doc[k]) and owner.i - k < 4:
            k -= 1
        caps = [t.text for t in doc[k + 1 : paren] if is_cap(t)]
        if _initials_match(a.text, caps):
            return  # the text spells the acronym its own way
        short, key = owner.text, a.key or a.text
        for o in cands:
            if o.type == "ORG" and o.source != "orgnoun" and o.text == short:
                o.key = key
        return
    owner.key = owner.key or owner.text
    a.key = owner.key
    for o in cands:
        if o.type == "ORG" and o.source in ("ner", "acronym") and o.text == a.text:
            o.key = owner.key


def _key_acronyms(cands: list[Cand]) -> None:
    """An acronym defined in brackets ("Kunsthaus Bregenz (KUB)") names the same organisation
    wherever else it stands alone ("Das KUB zeigt …"); one with a lowercase tail also by its
    capitals ("GPA-djp" … "Die GPA")."""
    spelled = {c.text: c.key for c in cands if c.source == "intro" and c.key and c.key != c.text}
    for text, key in list(spelled.items()):
        head, dash, _ = text.partition("-")
        if dash and head.isupper():
            spelled.setdefault(head, key)
    for c in cands:
        if c.type == "ORG" and c.text in spelled and c.source in ("acronym", "ner", "compound"):
            c.key = spelled[c.text]


def _no_office(cl: Cluster) -> bool:
    return not any(r.info.kind == "office" for r in cl.roles) and not any(
        d.descriptor is not None and d.descriptor.info.kind == "office" for d in cl.descriptors
    )


def _bind_across_sentences(
    unbound: list[Cand],
    persons: list[Cluster],
    segments: list[Segment],
    sents: list[tuple[int, int, int]],
    lex: Lexicon,
) -> None:
    """Definite role phrases that no rule bound, bound by their position:
    - at the start of a sentence, to the only person named in the sentence before, when the
      text has given that person no office yet, or when it has but the phrase's gender,
      country and role noun do not contradict it and neither the sentence before (no other
      role phrase) nor the one before that (no other name) offers another person ("…, sagte Jan Berg. Der Goalie hielt …"),
      or in the nearest sentence before that names anyone when every sentence between opens
      with "er" / "sie" of the phrase's gender ("Dani ist fit. Er hat … Der spanische
      Innenverteidiger war …");
    - else, at the start of a sentence too, to the first person introduced in the next sentence
      who has no office ("Der syrische Botschafter gab … die Schuld. …, sagte Karim Amrani";
      "Ein isländischer Historiker nannte … . …, sagte Einar Jonsson");
    - right after a speech verb that follows a statement ("…, so der Forscher", "…, meinte
      der Porto-Coach"), in the nominative, to the one person named before it in its own
      sentence or, when its sentence names none before it, in the nearest of the two sentences
      before (same paragraph) that names anyone, unless gender, country or role noun
      contradict; not a spokesperson ("sagte der Sprecher": often a source never named)."""
    for d in unbound:
        rp = d.descriptor
        if rp is None or rp.info.kind not in ("office", "function"):
            continue
        # a function noun ("so der Sozialdemokrat") only in a reporting clause (below)
        office = rp.info.kind == "office"
        seg_idx, a, _b = sents[d.sent]
        seg = segments[seg_idx]
        # a source only ("laut Ostermann") is not who a role phrase points back to
        named = [
            (m, cl)
            for cl in persons
            for m in cl.members
            if m.source != "descriptor" and m.start >= 0 and not _source_mention(segments, m)
        ]
        sentence_initial = seg.start + seg.doc[a].idx == rp.start
        before_in_sent = [m for m, _cl in named if m.sent == d.sent and m.start < d.start]
        prev, back = _nearest_named(named, d.sent, sents, seg_idx)
        target = None
        definite = rp.det not in INDEFINITE
        if office and definite and sentence_initial and not before_in_sent and len(prev) == 1:
            (only,) = prev.values()
            if (
                _no_office(only)
                and _gender_fits(rp, only)
                and (
                    back == 1
                    or _only_pronoun_between(segments, sents, d.sent, back, rp.info.feminine)
                )
            ) or (
                # a person with an office already: "Maier hat … Der CSU-Chef hatte …"
                back == 1
                and rp.det in ("der", "die")  # not "Das NATO-Mitglied" (a state)
                and not _other_named(named, only, d.sent - 2, sents, seg_idx)
                and not any(x is not d and x.sent == d.sent - 1 for x in unbound)
                and _may_name(rp, only, persons)
            ):
                target = only
        if (
            target is None
            and office
            and definite
            and not before_in_sent
            and not sentence_initial
            and _nominative(d, rp)
            and not _attribute(seg, d)
            and not _after_speech_verb(seg, rp.start)
            and not _coordinated_after(seg, d.end)
        ):
            target = _named_shortly_before(named, d, sents, seg_idx)
        if (
            target is None
            and rp.det in ("der", "die")
            and not before_in_sent
            and _nominative_form(d, rp)
            and _subject(seg, d)
            and not _home_office_noun(rp, lex)
            and not _after_speech_verb(seg, rp.start)
            and not _coordinated_after(seg, d.end)
        ):
            target = _subject_named_before(named, d, sents, seg_idx, persons, segments)
            if target is not None and _other_role_between(target, d, unbound):
                target = None
        if (
            target is None
            and definite
            and not sentence_initial
            and _nominative_form(d, rp)
            and _after_speech_verb(seg, rp.start)
            and _after_statement(seg, rp.start)
            and not _coordinated_after(seg, d.end)
            and not rp.info.lemma.lower().endswith(lex.unnamed_source_heads or ("\0",))
        ):
            target = _speaker_named_before(named, d, sents, seg_idx, persons, seg)
            if target is not None and _other_role_between(target, d, unbound):
                target = None
        if (
            target is None
            and office
            and sentence_initial
            # "… Erik Sander (56): Der britische Filmschauspieler …", "… auf Jan Lehner
            # verzichten. …, sagte Trainer X. Der ÖFB-Teamspieler …": a person with no office
            # named in the two sentences before may be the one meant; no forward guess then
            and not _unplaced_before(named, d.sent, sents, seg_idx)
        ):
            after = sorted(
                (m.start, cl)
                for m, cl in named
                if m.sent == d.sent + 1 and min(x.start for x in cl.members if x.start >= 0) > d.end
            )
            target = next((cl for _s, cl in after if _no_office(cl)), None)
            if target is not None and not _gender_fits(rp, target):
                # "Ein Chemiker wurde … verurteilt. Das Urteil des Schöffengerichts (Vorsitz:
                # Vera Pichler) …": the judge is not the chemist
                target = None
        if (
            target is None
            and office
            and rp.det in DEFINITE_ARTICLES
            and not _attribute(seg, d)
            and not _coordinated_after(seg, d.end)
            and not rp.info.lemma.lower().endswith(lex.unnamed_source_heads or ("\0",))
            and not _home_office_noun(rp, lex)
        ):
            target = _sole_unplaced_near(named, d, sents, persons, segments, lex)
        if target is not None:
            target.descriptors.append(d)


#: how many sentences before its own a role phrase that no other rule bound looks back for
#: the one person the text has given no office (session 33)
SOLE_WINDOW = 1


def _sole_unplaced_near(
    named: list[tuple[Cand, Cluster]],
    d: Cand,
    sents: list[tuple[int, int, int]],
    persons: list[Cluster],
    segments: list[Segment],
    lex: Lexicon,
) -> Cluster | None:
    """A definite role phrase that no other rule bound names the one person, of those named
    before it in its sentence and in the :data:`SOLE_WINDOW` sentences before (same
    paragraph), that the text has given no office, when that person has a full name and the
    phrase's gender, country and role noun do not contradict it ("Ritter und Kramer lieferten
    sich … einen Schlagabtausch. So bezeichnete Ritter den US-Milliardär als Hochstapler":
    Ritter is a senator, so the billionaire is Kramer). The caller leaves out offices of the
    report's own state that the text may leave unnamed ("Die Innenministerin",
    `_home_office_noun`). Not in a sentence that speaks in the first person (a quote: "Ich
    habe dem Linienrichter meine Brille angeboten"); a nominative after persons named in its
    own sentence speaks of the one of them, if it has no office ("betrauert Reiter, und der
    Filmemacher setzt nach": the producer, not the actor named before)."""
    rp = d.descriptor
    assert rp is not None
    seg_idx, a, b = sents[d.sent]
    doc = segments[seg_idx].doc
    if any(doc[k].lower_ in FIRST_PERSON for k in range(a, b)):
        return None
    k0 = _token_at(segments[d.seg], rp.start)
    if k0 > 0 and doc[k0 - 1].lower_ in ("als", "wie"):
        return None  # "Sie sah Eva Lorenz als die Siegerin": a predicate or a comparison
    if any(doc[k].lower_ in THIRD_PERSON_PRONOUNS for k in range(a, k0)):
        return None  # "Dort traf er sich mit dem Kammerpräsidenten": "er" is someone else
    if any(doc[k].lemma_.lower() in PLAY_VERBS for k in range(a, k0)):
        return None  # "In Clockwise spielt Cleese den Schuldirektor": a part, not an office
    if rp.info.head.lower() in lex.team_heads or rp.info.lemma.lower() in lex.team_heads:
        return None  # "Für den Titelverteidiger war außerdem Kowalski erfolgreich": the club
    # a name in brackets is an aside ("Der Anwalt Jim Carter (Hugo Brunner) soll den
    # sowjetischen Spion verteidigen": the actor who plays the lawyer)
    named = [(m, cl) for m, cl in named if not _bracketed(segments[m.seg].doc, m)]
    before = [(m, cl) for m, cl in named if m.sent == d.sent and m.start < d.start]
    if before and _nominative_form(d, rp):
        # "Emil Kramer schwebte …, wo der 69-jährige Industriemagnat bekanntgab": the subject
        # goes on speaking of the one person named before it in its sentence; not one named
        # after a preposition ("Ein Pass auf Ole Hartmann …, die Hereingabe verwertete
        # der Stürmer": the scorer is someone else)
        own = {id(cl): cl for _m, cl in before}
        if len(own) != 1 or any(_after_preposition(doc, m.i) for m, _cl in before):
            return None
        (only,) = own.values()
        fits = [only] if _no_office(only) and _may_name(rp, only, persons) else []
    else:
        window = [
            (m, cl)
            for m, cl in named
            if (d.sent - SOLE_WINDOW <= m.sent < d.sent and sents[m.sent][0] == seg_idx)
            or (m.sent == d.sent and m.start < d.start)
        ]
        near = {id(cl): cl for _m, cl in window}
        fits = [cl for cl in near.values() if _no_office(cl) and _may_name(rp, cl, persons)]
        if len(fits) == 1 and _only_oblique(fits[0], window, segments, rp):
            return None
    if len(fits) != 1 or not _gender_fits(rp, fits[0]):
        return None
    # a full name: a lone word may be no person at all ("jede Art von Krebs")
    return fits[0] if any(g for g in fits[0].givens) else None


def _only_oblique(
    cl: Cluster, window: list[tuple[Cand, Cluster]], segments: list[Segment], rp: RolePhrase
) -> bool:
    """Is the person named near the role phrase only after a preposition, while another
    person of the phrase's gender is named there otherwise ("Reeves hatte mit einem Aufsatz
    über die Grabkammer von Tutanchamun für Schlagzeilen gesorgt. Der Wissenschafter will …":
    the scientist is Reeves, whose office the text gave before)?"""

    def oblique(m: Cand) -> bool:
        return _after_preposition(segments[m.seg].doc, m.i)

    if not all(oblique(m) for m, other in window if other is cl):
        return False
    return any(
        other is not cl and not oblique(m) and _gender_fits(rp, other) for m, other in window
    )


def _bracketed(doc: Doc, m: Cand) -> bool:
    """Does the name stand alone in brackets ("(Tom Hanks)")?"""
    return m.i > 0 and m.j < len(doc) and doc[m.i - 1].text == "(" and doc[m.j].text == ")"


#: verbs of acting a part: the role phrase after them is the part played
PLAY_VERBS = frozenset(["spielen", "verkörpern", "mimen"])

#: (first-person pronouns: `FIRST_PERSON`, defined below with `PERSON_PRONOUNS`)


#: how many sentences before its own a pronoun may look for the person it means
PRONOUN_WINDOW = 4


def _pronoun_copula_roles(
    segments: list[Segment],
    seg_sents: list[list[tuple[int, int, int]]],
    persons: list[Cluster],
    lex: Lexicon,
) -> None:
    """ "Darius Petraitis hat viel Leid gesehen. … Heute ist er EU-Kommissar für
    Gesundheit", "Weber holte Kolar in die Parteizentrale, er wurde Kommunikationschef der
    SPÖ": the predicate of a copula with "er"/"sie" as subject (`roles.pronoun_predicates`) is
    a role of the person the pronoun means — the nearest sentence (its own before the pronoun,
    else up to :data:`PRONOUN_WINDOW` before it in the same paragraph) that names anyone (or
    holds a role phrase bound to someone) must name exactly one person whose gender the
    pronoun allows (`_person_gender`: unknown allows both); else nothing is given."""
    for seg_idx, seg in enumerate(segments):
        doc = seg.doc
        pos = has_pos(doc)
        if not pos:
            continue
        own_members = [m for cl in persons for m in cl.members if m.seg == seg_idx and m.start >= 0]
        starts = frozenset(m.i for m in own_members)
        person_tokens = {k for m in own_members for k in range(m.i, m.j)}
        for p, feminine, rp, _first in pronoun_predicates(seg, doc, lex, pos, starts):
            offset = seg.start + doc[p].idx
            sent = _sentence_of(seg_sents[seg_idx], p)
            sent_start = next((a for a, _b, sid in seg_sents[seg_idx] if sid == sent), 0)
            own = {row[2] for row in seg_sents[seg_idx]}
            want = "f" if feminine else "m"
            for k in range(sent, sent - PRONOUN_WINDOW - 1, -1):
                if k not in own:
                    break
                found = {
                    id(cl): cl
                    for cl in persons
                    for m in cl.members + cl.descriptors
                    if m.sent == k and 0 <= m.start < offset and m.seg == seg_idx
                }
                if not found:
                    continue
                if k < sent and _pronoun_chain(doc, seg_sents[seg_idx], k, doc[p].lower_, found):
                    # "…, heiratete eine Schwester des Lyrikers Lorenz, mit der er zwei
                    # Kinder bekam. Lange arbeitete er als Journalist": that sentence's "er"
                    # is its subject, the person named there is not; look further back
                    continue
                fits = [cl for cl in found.values() if _person_gender(cl) in (None, want)]
                if len(fits) == 1:
                    (person,) = fits
                    anchor = max(
                        (m for m in person.members if 0 <= m.start < offset),
                        key=lambda m: m.start,
                        default=None,
                    )
                    # an unknown name in the pronoun's own sentence before it may be the
                    # person meant
                    first = max(anchor.j, sent_start) if anchor is not None else p
                    if anchor is not None and not _unknown_name_between(
                        doc, first, p, person_tokens, lex
                    ):
                        anchor.roles.append(rp)
                break


def _pronoun_chain(
    doc: Doc, rows: list[tuple[int, int, int]], sent: int, pronoun: str, found: dict[int, Cluster]
) -> bool:
    """Is the same pronoun the subject in sentence ``sent`` while none of the persons named
    there is (the parser's ``nsubj``)? Then that sentence speaks of someone named before it."""
    a, b = next(((x, y) for x, y, sid in rows if sid == sent), (0, 0))
    if not any(t.lower_ == pronoun and t.dep_ in ("nsubj", "nsubj:pass") for t in doc[a:b]):
        return False
    return not any(
        m.sent == sent and m.i >= 0 and doc[m.i : m.j].root.dep_ in ("nsubj", "nsubj:pass")
        for cl in found.values()
        for m in cl.members
    )


def _unknown_name_between(doc: Doc, a: int, b: int, person_tokens: set[int], lex: Lexicon) -> bool:
    """Does a proper noun that is no person found, no known place, no acronym and no role noun
    stand between tokens ``a`` and ``b`` ("… Tariq bin Taimur. … Die drei sind: …, sein
    Halbbruder Haitham …, und dessen Bruder Shihab (…), bis 2004 war er Chef der Marine": the
    pronoun may mean a person the text names but the recogniser missed)?"""
    return any(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and not t.is_sent_start
        and t.i not in person_tokens
        and not t.text.isupper()
        and not _known_place(t.text, lex)
        and lex.role(t.text) is None
        for t in doc[a:b]
    )


def _unplaced_before(
    named: list[tuple[Cand, Cluster]], sent: int, sents: list[tuple[int, int, int]], seg_idx: int
) -> bool:
    """Does one of the two sentences before ``sent`` (same paragraph) name a person the text
    has given no office (session 27: the forward rule bound "Der britische Filmschauspieler"
    after "… Oscar für Erik Sander (56):" to the next sentence's Gino Bianchi)?"""
    return any(
        m.sent in (sent - 1, sent - 2) and sents[m.sent][0] == seg_idx and _no_office(cl)
        for m, cl in named
    )


def _other_named(
    named: list[tuple[Cand, Cluster]],
    cl: Cluster,
    sent: int,
    sents: list[tuple[int, int, int]],
    seg_idx: int,
) -> bool:
    """Does sentence ``sent`` (same paragraph) name a person other than ``cl``? ("… auf
    Jan Lehner verzichten. …, sagte Trainer Emil Brandt. Der ÖFB-Teamspieler …")"""
    if sent < 0 or sents[sent][0] != seg_idx:
        return False
    return any(m.sent == sent and other is not cl for m, other in named)


def _may_name(rp: RolePhrase, cl: Cluster, persons: list[Cluster]) -> bool:
    """May a sentence-initial role phrase name the one person of the sentence before who has
    an office already ("Maier warnte … Der CSU-Chef hatte gefordert …")? Not when its
    gender or country contradicts the person's, nor when its role noun is another person's."""
    want = "f" if rp.info.feminine else "m"
    if _person_gender(cl) not in (None, want):
        return False
    if rp.country is not None and _countries(cl) - {rp.country}:
        return False
    lemma = rp.info.lemma
    return not any(
        other is not cl
        and (
            any(r.info.lemma == lemma for r in other.roles)
            or any(
                x.descriptor is not None and x.descriptor.info.lemma == lemma
                for x in other.descriptors
            )
        )
        for other in persons
    )


#: how many sentences back a sentence-initial role phrase may look for the person it names
BACK_WINDOW = 3


def _nearest_named(
    named: list[tuple[Cand, Cluster]], sent: int, sents: list[tuple[int, int, int]], seg_idx: int
) -> tuple[dict[int, Cluster], int]:
    """The persons named in the nearest sentence before ``sent`` (same paragraph, at most
    :data:`BACK_WINDOW` back) that names any, and how far back it is."""
    for back in range(1, BACK_WINDOW + 1):
        k = sent - back
        if k < 0 or sents[k][0] != seg_idx:
            break
        found = {id(cl): cl for m, cl in named if m.sent == k}
        if found:
            return found, back
    return {}, 0


def _only_pronoun_between(
    segments: list[Segment],
    sents: list[tuple[int, int, int]],
    sent: int,
    back: int,
    feminine: bool,
) -> bool:
    """ "Dani ist fit. Er hat keine Schmerzen. Der spanische Innenverteidiger war …": every
    sentence between the name and the role phrase opens with a personal pronoun of the third
    person singular of the role noun's gender, so the text still speaks of that person."""
    pronoun = "sie" if feminine else "er"
    for k in range(sent - back + 1, sent):
        seg_idx, a, _b = sents[k]
        if segments[seg_idx].doc[a].lower_ != pronoun:
            return False
    return True


def _bind_same_descriptor(unbound: list[Cand], persons: list[Cluster]) -> None:
    """A role phrase left unbound whose role noun is a bound descriptor of exactly one person
    names that person again: "Der Hacker betont …", "dem Hacker ein Jobangebot" after "der
    Hacker" was bound to Erik Smith (the first binding may come from the sentence position,
    after the role rules ran)."""
    bound = {id(d) for cl in persons for d in cl.descriptors}
    for d in unbound:
        rp = d.descriptor
        if id(d) in bound or rp is None or rp.info.kind != "office" or rp.det in INDEFINITE:
            continue
        same = [
            cl
            for cl in persons
            if any(
                x.descriptor is not None and x.descriptor.info.lemma == rp.info.lemma
                for x in cl.descriptors
            )
        ]
        if len(same) == 1:
            same[0].descriptors.append(d)
            bound.add(id(d))


def _role_noun(lemma: str) -> str:
    """A role lemma without its hyphenated prefix: "EU-Digitalkommissar" → "Digitalkommissar"."""
    return lemma.rsplit("-", 1)[-1]


def _bind_headline_subjects(headlines: list[Cand], persons: list[Cluster]) -> None:
    """A headline's subject ("EU-Digitalkommissar will Urheberrechte stärken",
    "US-Sicherheitsforscher konnte …"; `descriptors._headline_subject`) names the one person
    of the article whose role, premodifier or bound descriptor, has the same role noun, a
    prefix aside ("Digitalkommissar Emil Keller", "der Sicherheitsforscher"); none when
    no person or several do."""
    for d in headlines:
        rp = d.descriptor
        if rp is None or rp.info.kind not in ("office", "function"):
            continue
        noun = _role_noun(rp.info.lemma)
        same = [
            cl
            for cl in persons
            if any(
                not r.plural and _role_noun(r.info.lemma) == noun
                for m in cl.members
                for r in m.roles
            )
            or any(
                x.descriptor is not None and _role_noun(x.descriptor.info.lemma) == noun
                for x in cl.descriptors
            )
        ]
        if len(same) == 1 and _gender_fits(rp, same[0]):
            same[0].descriptors.append(d)


AGE_AFTER = re.compile(r"\A,? \((\d{1,3})\)|\A, (\d{1,3}),")
#: "der 43-jährige Jan Hartmann", "seiner 83-jährigen Mutter Chen Li" (a role noun between)
AGE_BEFORE = re.compile(r"(\d{1,3})-jährige[rn]? (?:[A-ZÄÖÜ][\w-]+ )?\Z")
AGE_IN = re.compile(r"(\d{1,3})-[Jj]ährige")


def _stated_ages(text: str, persons: list[Cluster]) -> dict[str, list[tuple[int, Cluster]]]:
    """Ages the text gives persons next to their name: "Jan Hartmann (43)", "der 43-jährige
    Jan Hartmann", "Hartmann, 43, …" — age -> [(offset, person)]."""
    out: dict[str, list[tuple[int, Cluster]]] = {}
    for cl in persons:
        for m in cl.members:
            if m.start < 0 or m.source == "descriptor":
                continue
            after = AGE_AFTER.match(text[m.end : m.end + 8])
            before = AGE_BEFORE.search(text[max(0, m.start - 40) : m.start])
            for hit in (after, before):
                if hit is not None:
                    age = next(g for g in hit.groups() if g)
                    out.setdefault(age, []).append((m.start, cl))
    return out


def _age_of(d: Cand) -> str | None:
    rp = d.descriptor
    if rp is None or rp.info.kind != "age":
        return None
    hit = AGE_IN.search(d.text)
    return hit.group(1) if hit else None


def _aged(d: Cand, ages: dict[str, list[tuple[int, Cluster]]]) -> Cluster | None:
    """ "der 43-Jährige" after "Jan Hartmann (43)": the one person the text gave that age
    before."""
    age = _age_of(d)
    if age is None:
        return None
    found = {id(cl): cl for start, cl in ages.get(age, []) if start < d.start}
    return next(iter(found.values())) if len(found) == 1 else None


def _age_conflict(d: Cand, target: Cluster, ages: dict[str, list[tuple[int, Cluster]]]) -> bool:
    """The text gives ``target`` another age than the age noun ``d``."""
    age = _age_of(d)
    return any(cl is target and a != age for a, rows in ages.items() for _s, cl in rows)


def _person_named_last(
    d: Cand,
    persons: list[Cluster],
    sents: list[tuple[int, int, int]],
    segments: list[Segment],
    first_back: int = 0,
    speaker: bool = False,
) -> Cluster | None:
    """ "Luc de Smet kennt das. Seit 2008 verzichtet der Technikjournalist auf Flüge. „…“,
    erzählt der 48-Jährige", "…, sagte der Däne": the only person mentioned in the nearest
    sentence (its own or one of the four before) that mentions one; an inhabitant noun only
    for a person of no other country. After a statement (``speaker``), of several persons of
    that sentence the one it is about (`_main_subjects`: "Muster schonte … seine Stars X, Y
    und Z. …, meinte der französische Weltmeister")."""
    rp = d.descriptor
    assert rp is not None
    for back in range(first_back, 5):
        k = d.sent - back
        if k < 0:
            return None
        found = {
            id(cl): cl
            for cl in persons
            for m in cl.members + cl.descriptors
            # a source only ("wird laut Lang … leiten. … fungiert der 43-Jährige …") is not
            # who the noun points back to (session 30, as in `_bind_across_sentences`)
            if m.sent == k and 0 <= m.start < d.start and not _source_mention(segments, m)
        }
        if not found:
            continue
        if len(found) > 1 and speaker:
            # "Muster, der als Nachfolger von Huber gehandelt wurde, wies … zurück. „…“,
            # sagte der Franzose": the one the sentence is about speaks on
            seg_idx, a, b = sents[k]
            subjects = _main_subjects(
                [
                    (m, cl)
                    for cl in found.values()
                    for m in cl.members
                    if m.sent == k and m.seg == seg_idx and m.start >= 0
                ],
                segments[seg_idx].doc[a:b],
            )
            if len(subjects) == 1:
                found = subjects
        if rp.country is not None:
            # "… Pavel Kolar, der tschechische Ex-Teamspieler … Der Tscheche": the one person
            # of that country among several
            same = [cl for cl in found.values() if rp.country in _countries(cl)]
            if len(same) == 1:
                return same[0] if _same_gender(rp, same[0]) else None
            # (session 33) "… besiegte den Russen Oleg Petrov und trifft nun auf Boris
            # Sokolow. Der Kasache …": the one person the text gives no other country
            open_ = [cl for cl in found.values() if not _countries(cl)]
            if len(found) > 1 and len(open_) == 1:
                found = {id(open_[0]): open_[0]}
        if len(found) != 1:
            # "Lena X und Luc Y … sagte der Schweizer": the one person whose gender the
            # noun allows, when every other one's gender excludes it
            want = _noun_gender(rp, d.text)
            fits = [cl for cl in found.values() if _person_gender(cl) in (None, want)]
            if want is None or len(fits) != 1:
                return None
            found = {id(fits[0]): fits[0]}
        (only,) = found.values()
        if rp.country is not None:
            countries = _countries(only)
            if countries and rp.country not in countries:
                return None
        if rp.info.kind == "demonym" and not _same_gender(rp, only):
            return None  # "den Burgenländer" is not "Innenministerin X"
        want = _noun_gender(rp, d.text)
        if want is not None and _person_gender(only, strict=True) not in (None, want):
            return None  # "Die 55-Jährige" is not the one man named before
        return only
    return None


def _object_in_own_sentence(
    d: Cand, persons: list[Cluster], segments: list[Segment]
) -> Cluster | None:
    """ "Gegen Gino Bianchi kündigt sich ein Hit an, denn Ramos hat zweimal gegen den
    Italiener verloren", "… der Sieg für Jure Zupan: Doch ein Coup kostete den Slowenen …": an
    inhabitant noun in an oblique case names the one person named before it in its own sentence
    right after a preposition there (so not its subject: in "Lehner hatte gegen den Serben …" the
    Serb is someone else) and whose country, gender and office nouns do not contradict it
    (session 27; otherwise the sentences before are searched as before)."""
    rp = d.descriptor
    if rp is None or rp.country is None:
        return None
    fits: list[Cluster] = []
    for cl in persons:
        here = [
            m for m in cl.members if m.sent == d.sent and m.seg == d.seg and 0 <= m.start < d.start
        ]
        if not here:
            continue
        doc = segments[d.seg].doc
        if not all(_after_preposition(doc, m.i) for m in here):
            continue  # the parse's subjects are unreliable: only a name after a preposition
        countries = _countries(cl)
        if countries and rp.country not in countries:
            continue
        fits.append(cl)
    if len(fits) != 1 or not _same_gender(rp, fits[0]):
        return None
    want = _noun_gender(rp, d.text)
    if want is not None and _person_gender(fits[0]) not in (None, want):
        return None
    return fits[0]


def _after_preposition(doc: Doc, i: int) -> bool:
    """Does a preposition (with an article or adjectives) stand right before token ``i``
    ("gegen Gino Bianchi", "für den Spanier X")?"""
    k = i - 1
    while k >= 0 and (doc[k].pos_ in ("DET", "ADJ") and doc[k].text[:1].islower()):
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP"


def _noun_gender(rp: RolePhrase, text: str) -> str | None:
    """The gender an inhabitant or age noun phrase shows: "der Schweizer", "den 34-Jährigen"
    (m); "die Schweizerin", "die 34-Jährige", "der 34-Jährigen" (f); None when the form does
    not tell."""
    noun = text.rsplit(" ", 1)[-1]
    if rp.info.kind == "demonym":
        return "f" if noun.endswith("in") else "m"
    if rp.info.kind == "age":
        if noun.endswith("e"):
            return {"der": "m", "die": "f"}.get(rp.det or "")
        return {"den": "m", "des": "m", "dem": "m", "der": "f"}.get(rp.det or "")
    return None


def _person_gender(cl: Cluster, strict: bool = False) -> str | None:
    """A person's gender from the role nouns the text gives it (`_role_genders`: all
    feminine or all masculine) or, failing that, from the first given name of a full name: a
    woman's name in a consonant of the quote layer's list ("Edith") f; else the gender
    Wiktionary's given-name categories give it (`Lexicon.given_name_genders`, session 30:
    "Mechthild", "Heike" f, "Hugo" m); else only where its ending is clear: "-a" (not
    "Nicola": the quote layer's list of men's names in -a) f, a consonant ("Olaf") m;
    other names in "-e", "-i", "-y" ("Kalle", "Sami") tell nothing. ``strict``: not the
    ending rule ("Akira", "Mattia" in "-a" are men; the rules that bind one person named before
    ask this way)."""
    from newsgraph.quotes.lexicon import grammar

    fem = _role_genders(cl)
    if fem:
        if all(fem):
            return "f"
        if not any(fem):
            return "m"
        return None
    given = next((g[0] for g in cl.givens if g), "").split("-")[0]
    if len(given) < 3 or not given[:1].isupper() or not given.isalpha():
        return None
    if given in grammar("female_names_ending_in_a_consonant"):
        return "f"
    known = load_lexicon().given_name_genders.get(given)
    if known is not None:
        return known  # "Mechthild" f, "Heike" f, "Hugo" m (Wiktionary's categories)
    if strict:
        return None
    if given.endswith("a"):
        return None if given in grammar("male_names_ending_in_a_or_e") else "f"
    if given[-1] in "aeiouyäöü":
        return None
    return "m"


def _countries(cl: Cluster) -> set[str]:
    """The countries the text gives a person (roles, inhabitant nouns, inhabitant nouns
    bound to it before: "der Serbe" … not "der Basler")."""
    countries = {r.country for r in cl.roles if r.country}
    countries |= {m.country for m in cl.members if m.country}
    countries |= {
        d.descriptor.country
        for d in cl.descriptors
        if d.descriptor is not None and d.descriptor.info.kind == "demonym" and d.descriptor.country
    }
    return countries


def _same_gender(rp: RolePhrase, cl: Cluster) -> bool:
    """An inhabitant noun's gender ("die Schottin", "der Schotte") does not contradict the
    person's role nouns (`_role_genders`: all feminine or all masculine)."""
    fem = _role_genders(cl)
    if not fem:
        return True
    feminine = rp.info.lemma.endswith("in")
    return any(fem) if feminine else not all(fem)


def _gender_fits(rp: RolePhrase, cl: Cluster) -> bool:
    """Does a role phrase's gender (`roles.role_gender`) not contradict the person's?
    ("Carmen Huber kam. Der Minister sagte …": he is someone else.)"""
    want = role_gender(rp)
    return want is None or _person_gender(cl, strict=True) in (None, want)


def _role_genders(cl: Cluster) -> list[bool]:
    """For each singular role noun the text gives a person that shows a gender
    (`roles.role_gender`: an office noun, a feminine noun, a kinship noun, an adjectival noun
    by its form): is it feminine? Session 30: before, only office nouns counted and adjectival
    ones as masculine ("die EU-Außenbeauftragte Giulia Bianchi" read as a man)."""
    return [g == "f" for r in cl.roles if not r.plural and (g := role_gender(r)) is not None]


def _nominative(d: Cand, rp: RolePhrase) -> bool:
    """ "der Wirtschaftskammerpräsident": "der" before a masculine singular noun in its base
    form is the nominative (a subject), never an object ("traf den/dem Präsidenten")."""
    noun = d.text.rsplit(" ", 1)[-1]
    return rp.det == "der" and not rp.info.feminine and noun == rp.info.lemma.rsplit(" ", 1)[-1]


def _nominative_form(d: Cand, rp: RolePhrase) -> bool:
    """ "der Forscher", "die Forscherin", "das Stadtoberhaupt": the masculine base form after
    "der" (see :func:`_nominative`), a feminine noun in -in after "die", a neuter noun in its
    base form after "das"."""
    noun = d.text.rsplit(" ", 1)[-1]
    if rp.det == "die":
        # "die Forscherin", "die Kammer-Obfrau" (a feminine head not in -in)
        return rp.info.feminine and (
            noun.endswith("in") or noun.endswith(FEMININE_HEADS) or noun.endswith("e")
        )
    if rp.det == "das":  # a neuter noun: "sagte das Stadtoberhaupt"
        return noun == rp.info.lemma.rsplit(" ", 1)[-1]
    return _nominative(d, rp)


#: how many sentences back a role phrase after a speech verb may look for its speaker
SPEAKER_BACK = 2
#: sentences whose subject is a pronoun of the role noun's gender (and that name nobody) that a
#: role phrase after a speech verb may look past besides (session 29), or that speak in the
#: first person (the statement going on; session 30)
PRONOUN_BACK = 2
SPEAKER_PRONOUNS = frozenset({"ich", "mich", "mir", "wir", "uns"})


def _pronoun_subject(span: Span, feminine: bool) -> bool:
    """Is a personal pronoun of the third person singular of the given gender the subject of a
    clause of ``span`` ("Nun ist er wieder mit von der Partie.")? The text still speaks of the
    person named before. ``sie`` only with a singular verb (not the plural or the polite form
    … as far as the morphology tells)."""
    pronoun = "sie" if feminine else "er"
    for t in span:
        if t.lower_ != pronoun or t.dep_ not in ("sb", "nsubj", "nsubj:pass"):
            continue
        if not feminine or "Sing" in t.head.morph.get("Number", []):
            return True
    return False


def _speaker_named_before(
    named: list[tuple[Cand, Cluster]],
    d: Cand,
    sents: list[tuple[int, int, int]],
    seg_idx: int,
    persons: list[Cluster],
    seg: Segment,
) -> Cluster | None:
    """ "Das Ausmaß der Gewalt ist erschreckend, erklärte der SPD-Politiker": the person a
    role phrase after a speech verb names — the only person named before it in its sentence
    ahead of a colon that opens the statement ("X betonte: …, sagte der Minister"), or (none
    there) the only person of the nearest sentence before, at most :data:`SPEAKER_BACK` back
    in the same paragraph, that names anyone. A person named inside the statement is what is
    said, not who says it ("Ob der Weise weise ist, weiß ich nicht, kritisierte der Landeschef";
    session 28)."""
    rp = d.descriptor
    assert rp is not None
    _s, a, b = sents[d.sent]
    colon = max(
        (seg.start + t.idx for t in seg.doc[a:b] if t.text == ":" and seg.start + t.idx < d.start),
        default=-1,
    )
    found = {id(cl): cl for m, cl in named if m.sent == d.sent and m.start < min(d.start, colon)}
    k = d.sent
    counted = 0
    someone = bool(found)
    while not found and counted < SPEAKER_BACK and d.sent - k < SPEAKER_BACK + PRONOUN_BACK:
        k -= 1
        if k < 0 or sents[k][0] != seg_idx:
            return None
        # a mention counts in every sentence it overlaps: the segmenter sometimes splits
        # inside a name ("Emil | Brunner, der … die Erben nach X vertritt, hatte …")
        _s, a, b = sents[k]
        found = {id(cl): cl for m, cl in named if m.seg == seg_idx and m.i < b and m.j > a}
        if not found and _pronoun_subject(seg.doc[a:b], rp.info.feminine):
            continue  # "X war nicht dabei. Nun ist er wieder fit. …, sagte der Teamspieler"
        if not found and any(t.lower_ in SPEAKER_PRONOUNS for t in seg.doc[a:b]):
            # "…, räumte Fachverbandsobfrau X ein. Wir sind am Limit. … , so die
            # Kammer-Obfrau": the statement goes on in the first person (session 30)
            continue
        counted += 1
        someone = someone or bool(found)
        if len(found) > 1:
            # "Muster, der als Nachfolger von Huber gehandelt wurde, wies … zurück. …, sagte
            # der Franzose": of several persons the one the sentence is about speaks on
            found = _main_subjects(
                [(m, cl) for m, cl in named if m.seg == seg_idx and m.i < b and m.j > a],
                seg.doc[a:b],
            )
    if not someone:  # the look-back read only sentences that name nobody
        found = _statement_speaker(named, d, sents, seg_idx, seg, k)
    if len(found) != 1:
        return None
    (only,) = found.values()
    return only if _may_name(rp, only, persons) else None


#: how many sentences back a role phrase after a speech verb may find the person who opened
#: the statement it closes with a speech verb of their own (session 35)
STATEMENT_BACK = 5


def _statement_speaker(
    named: list[tuple[Cand, Cluster]],
    d: Cand,
    sents: list[tuple[int, int, int]],
    seg_idx: int,
    seg: Segment,
    k: int,
) -> dict[int, Cluster]:
    """ "In seiner Ansprache warnte Papst X vor … . Man erlebt … . Es gibt … . Viel Freiheit,
    aber wenig Autonomie. Immer mehr Menschen fühlen sich einsam, sagte der Heilige Vater": a
    statement of more than :data:`SPEAKER_BACK` sentences that names nobody, opened by a
    sentence whose only person is the subject of a speech verb ("warnte X", "sagt X", "X
    sagte:"), at most :data:`STATEMENT_BACK` sentences back in the same paragraph. The
    sentences between are what that person says; the role phrase closing them names the
    same speaker. ``k`` is the last sentence the look-back of :func:`_speaker_named_before`
    read (it named nobody)."""
    from newsgraph.quotes.lexicon import load

    verbs = load("de").verb_forms
    while k > 0 and d.sent - k < STATEMENT_BACK:
        k -= 1
        if sents[k][0] != seg_idx:
            return {}
        _s, a, b = sents[k]
        here = [(m, cl) for m, cl in named if m.seg == seg_idx and m.i < b and m.j > a]
        if not here:
            continue
        found = {id(cl): cl for _m, cl in here}
        if len(found) != 1:
            return {}
        speaks = any(
            t.dep_ in SUBJECT_DEPS and t.head.lower_ in verbs and a <= t.head.i < b
            for m, _cl in here
            for t in seg.doc[m.i : m.j]
        ) or any(
            (m.i > a and seg.doc[m.i - 1].lower_ in verbs)
            or (m.j < b and seg.doc[m.j].lower_ in verbs)
            for m, _cl in here
        )
        return found if speaks else {}
    return {}


#: dependency labels of a clause's subject (the German model's TIGER labels and UD's)
SUBJECT_DEPS = frozenset({"sb", "nsubj", "nsubj:pass"})


def _main_subjects(mentions: list[tuple[Cand, Cluster]], span: Span) -> dict[int, Cluster]:
    """The persons of ``mentions`` named as the subject of ``span``'s main clause: the name
    that opens the sentence ("Muster, der …, wies … zurück"), or the parse's subject of the
    verb at its root or of a verb joined to it ("…, sagte Huber"). Nobody when another
    person is an argument of that verb too ("Jan Berg traf Emil Kessler. …, sagte der
    40-Jährige": either may speak); a name inside a phrase ("seine Stars X, Y und Z", "als
    Nachfolger von Huber") is not."""
    if not span.doc.has_annotation("DEP"):
        return {}  # no parse, no telling who the sentence is about
    root = span.root
    verbs = {root.i} | {t.i for t in root.children if t.pos_ in ("VERB", "AUX")}
    found: dict[int, Cluster] = {}
    arguments: set[int] = set()
    for m, cl in mentions:
        toks = [t for t in span.doc[m.i : m.j] if not (m.i <= t.head.i < m.j)]
        if m.i == span.start or any(t.dep_ in SUBJECT_DEPS and t.head.i in verbs for t in toks):
            found[id(cl)] = cl
        elif any(t.head.i in verbs for t in toks):
            arguments.add(id(cl))
    return {} if arguments - set(found) else found


#: how many sentences back a role phrase that is the subject of its clause may look for the
#: person it names
SUBJECT_BACK = 3


def _subject(seg: Segment, d: Cand) -> bool:
    """Is the role phrase the subject of its clause (the parse's ``nsubj`` on its noun)? Not a
    genitive or object that looks nominative ("Ins Visier der Ermittler", "einer der Gründe")."""
    k = _token_at(seg, d.end - 1)
    return seg.doc[k].dep_ in ("nsubj", "nsubj:pass")


#: pronouns that show a sentence still speaks of one person: the third person singular of
#: the role noun's gender, and the first person singular (the person quoted)
PERSON_PRONOUNS = {
    False: frozenset({"er", "ihm", "ihn", "sein", "seine", "seinen", "seinem", "seiner", "seines"}),
    True: frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}),
}
#: the first person singular: a sentence with one is (mostly) a quote (also `_sole_unplaced_near`)
FIRST_PERSON = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner"})


def _still_about(
    cl: Cluster,
    segments: list[Segment],
    sents: list[tuple[int, int, int]],
    sent: int,
    back: int,
    rp: RolePhrase,
) -> bool:
    """Does every sentence between the person's and the role phrase's still speak of the person:
    a pronoun of the phrase's gender or of the first person ("Kessler raucht nicht. Sein
    Blutdruck … Der Geschäftsmann …"; a quote: "Da war ich tot, war die Hobby-Fußballerin
    überrascht"), a role phrase already bound to it ("ist der Litauer … Herzchirurg
    geworden"), or a piece of a sentence the segmenter split ("In Ole Huber | hat die
    Sportart …", lower case)? Not "Maier ist fit. Das Wetter war schlecht. Der spanische
    Innenverteidiger …" (session 20's guard)."""
    pronouns = PERSON_PRONOUNS[rp.info.feminine] | FIRST_PERSON
    for k in range(sent - back + 1, sent):
        seg_idx, a, b = sents[k]
        toks = segments[seg_idx].doc[a:b]
        if not (
            toks.text[:1].islower()
            or any(t.lower_ in pronouns for t in toks)
            or any(x.sent == k for x in cl.members + cl.descriptors)
        ):
            return False
    return True


def _home_office_noun(rp: RolePhrase, lex: Lexicon) -> bool:
    """ "Die Innenministerin", "Der Landeshauptmann": an office of the report's own state or
    region with no country or organisation stated (`home_offices` in roles.yaml, as
    :func:`_home_office` reads them); the text may speak of its holder without naming them."""
    if rp.country or rp.org or rp.info.org:
        return False
    forms = _office_forms(rp.info.lemma.lower().removeprefix("ex-"))
    exact = {h[1:] for h in lex.home_offices if h.startswith("=")}
    plain = tuple(h for h in lex.home_offices if not h.startswith("="))
    return any(f.endswith(plain) for f in forms) or bool(forms & exact)


def _attribute(seg: Segment, d: Cand) -> bool:
    """Is the role phrase a noun's attribute (the parse's ``nmod``)? "Die Arbeit der Forscher
    dauerte drei Jahre": "der Forscher" looks like a nominative but is a genitive plural."""
    k = _token_at(seg, d.end - 1)
    return seg.doc[k].dep_ == "nmod"


def _subject_named_before(
    named: list[tuple[Cand, Cluster]],
    d: Cand,
    sents: list[tuple[int, int, int]],
    seg_idx: int,
    persons: list[Cluster],
    segments: list[Segment],
) -> Cluster | None:
    """ "Kessler raucht nicht. Sein Blutdruck beträgt laut Ostermann 110 zu 65. Der Geschäftsmann
    ist nie an Krebs erkrankt": a definite role phrase that is the subject of its clause names
    the only person of the nearest sentence before (same paragraph, at most
    :data:`SUBJECT_BACK` back) that names anyone, when every sentence between still speaks of a
    person of the phrase's gender (a pronoun: "Sein Blutdruck", not "Das Wetter war schlecht"),
    the text has given that person no office yet, the text gave it a full name, and the
    phrase's gender, country and role noun do not contradict it."""
    rp = d.descriptor
    assert rp is not None
    for back in range(1, SUBJECT_BACK + 1):
        k = d.sent - back
        if k < 0 or sents[k][0] != seg_idx:
            return None
        # a mention counts in every sentence it overlaps (see _speaker_named_before)
        _s, a, b = sents[k]
        found = {id(cl): cl for m, cl in named if m.seg == seg_idx and m.i < b and m.j > a}
        if not found:
            continue
        if len(found) != 1:
            return None
        (only,) = found.values()
        if not _still_about(only, segments, sents, d.sent, back, rp):
            return None
        # a full name: a lone word may be no person at all ("Bonus/Malus")
        full = any(g for g in only.givens)
        return only if full and _no_office(only) and _may_name(rp, only, persons) else None
    return None


#: words that make a name next to them the source of a statement, not its subject
SOURCE_BEFORE = frozenset(["laut"])
SOURCE_AFTER = frozenset(["zufolge"])


def _source_mention(segments: list[Segment], m: Cand) -> bool:
    """ "Sein Blutdruck beträgt laut Ostermann 110 zu 65", "Ostermann zufolge …": the name
    is only where the statement comes from (session 29: with Ostermann found there, "Der
    Geschäftsmann ist nie an Krebs erkrankt" went to the doctor instead of Kessler)."""
    doc = segments[m.seg].doc
    return (m.i > 0 and doc[m.i - 1].lower_ in SOURCE_BEFORE) or (
        m.j < len(doc) and doc[m.j].lower_ in SOURCE_AFTER
    )


#: what ends a statement right before the speech verb of its reporting clause
STATEMENT_ENDS = frozenset([",", '"', "“", "”", "«", "»", "'"])


def _after_statement(seg: Segment, start: int) -> bool:
    """ "…, erklärte der SPD-Politiker", "…, so der Forscher": the reporting clause follows
    what was said (a comma or closing quote before the verb), so it speaks of someone the text
    has already been quoting; not "Damals sagte der Minister, …", which may bring in a new
    speaker."""
    k = _token_at(seg, start)
    if k < 2:
        return False
    doc = seg.doc
    return doc[k - 1].lower_ == "so" or doc[k - 2].text in STATEMENT_ENDS


def _other_role_between(cl: Cluster, d: Cand, unbound: list[Cand]) -> bool:
    """ "Integrationsminister X nahm die Darstellung des Universitätsprofessors zum Anlass … .
    …, räumt der Studienautor ein": another role phrase that no rule bound stands between the
    person's last mention and ``d``, so the text may speak of someone else."""
    last = cl.last_before(d.start)
    return any(x is not d and last < x.start < d.start for x in unbound)


def _after_speech_verb(seg: Segment, start: int) -> bool:
    """ "…, sagte der Polizeisprecher", "so der Sprecher": the source of a statement is often
    someone not named before, so such a phrase is not bound by position."""
    from newsgraph.quotes.lexicon import load

    k = _token_at(seg, start)
    if k == 0:
        return False
    prev = seg.doc[k - 1].lower_
    return prev in ("so", "laut") or prev in load("de").verb_forms


def _coordinated_after(seg: Segment, end: int) -> bool:
    """ "der Bischof oder Kirchenvertreter": a role noun coordinated with another is generic."""
    k = _token_at(seg, end - 1)
    return k + 1 < len(seg.doc) and seg.doc[k + 1].lower_ in ("oder", "und", "sowie")


def _named_shortly_before(
    named: list[tuple[Cand, Cluster]], d: Cand, sents: list[tuple[int, int, int]], seg_idx: int
) -> Cluster | None:
    """ "Luc de Smet kennt das. Seit 2008 verzichtet der belgische Technikjournalist auf
    Flüge", "Girard wies … aus. Jetzt ist der Autor … gestorben": a definite role noun as the
    subject inside a sentence refers to the only person of the sentence before (same
    paragraph), when that person has no office yet."""
    k = d.sent - 1
    if k < 0 or sents[k][0] != seg_idx:
        return None
    found = {id(cl): cl for m, cl in named if m.sent == k}
    if len(found) != 1:
        return None
    (only,) = found.values()
    rp = d.descriptor
    return only if _no_office(only) and (rp is None or _gender_fits(rp, only)) else None


#: words that join two given names before one surname ("Bob und Tim Morgan")
NAME_PAIR_LINKS = frozenset(["und", "&"])


def _share_surnames(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "Bob und Tim Morgan", "Lena und Erik Sander": a person named by one given name only,
    joined by "und" to a full name right after it, bears that name's surname (siblings, a
    couple), not a person of their own named "Bob"."""
    by_start = {(c.seg, c.i): c for c in cands if c.type == "PER"}
    for c in cands:
        if c.type != "PER" or c.source == "descriptor" or c.i < 0 or c.shared_surname:
            continue
        if c.j - c.i != 1 or c.text not in lex.first_names:
            continue  # not "Vera Lorenz und Sasha X", whose surname is a given name too
        doc = segments[c.seg].doc
        if c.j >= len(doc) or doc[c.j].text not in NAME_PAIR_LINKS:
            continue
        full = by_start.get((c.seg, c.j + 1))
        if full is None or full.j - full.i < 2:
            continue
        names = full.text.split()
        if names[0] in lex.first_names:  # the surname may be a given name too ("Morgan")
            c.shared_surname = names[-1]


def _retype_lone_names(cands: list[Cand], lex: Lexicon) -> None:
    """A lone word tagged as a person that the article uses as a place ("aus Rutshuru" …
    "die Kontrolle über Rutshuru") or names as the organisation of someone's role ("der
    Deutschland-Chef von Flixbus" … "Flixbus fürchtet"), or a name that a rule read as an
    organisation ("die Zeitung „The Sun“" … "laut der The Sun"), is that place or organisation,
    unless it is a given name or the surname of a person named in full."""
    surnames = {core(c.text.split()[-1]) for c in cands if c.type == "PER" and c.j - c.i > 1}
    employers = {
        r.complement_name
        for c in cands
        if c.type == "PER"
        for r in c.roles
        if r.complement_name and lex.is_org_relative(r.info)
    }
    places = {c.text for c in cands if c.type == "LOC" and c.text not in employers}
    # a lone word the NER calls an organisation once and a person elsewhere ("Rovio fällt es
    # schwer" … "erklärte Rovio") is that organisation: one sense per article
    employers |= {
        c.text for c in cands if c.type == "ORG" and c.source == "ner" and " " not in c.text
    }
    # names a rule read as organisations ("die Zeitung „The Sun“") are no persons elsewhere
    ruled = {c.text for c in cands if c.type == "ORG" and c.source in ("intro", "gazetteer")}
    employers |= ruled
    # a given name that a rule read as an organisation ("die EU-Betrugsbekämpfungsbehörde
    # Olaf" … "so Olaf") is that organisation unless a person of the article bears it
    named = {w for c in cands if c.type == "PER" and c.j - c.i > 1 for w in c.text.split()}
    org_given = {t for t in ruled if t in lex.first_names and t not in named}
    given = _folded_first_names(lex)
    family = {
        core(c.text.split()[-1])
        for c in cands
        if c.type == "PER" and c.j - c.i > 1 and fold(c.text.split()[0]) in given
    }
    for c in cands:
        if _relative_of_named_person(c, family, lex):
            c.type = "PER"  # "Mirosław Kowalski" … "Tomasz Kowalski" (NER: ORG)
            continue
        if c.type == "LOC" and c.text in employers and not _known_place(c.text, lex):
            c.type = "ORG"  # "Chef von Flixbus" where the NER saw a place
            continue
        if (
            c.type == "PER"
            and c.source != "descriptor"
            and (
                _known_place(c.text, lex)
                or (c.text.endswith("s") and _known_place(c.text[:-1], lex))  # "Odessas"
                or _town_word(c.text, lex)  # "Gänserndorf", "Neustadts"
            )
            and not any(r.info.kind == "office" for r in c.roles)
            and c.text not in lex.first_names
            and not any(
                o.type == "PER"
                and o.j - o.i > 1
                and o.text != c.text
                and core(o.text.split()[-1]) == core(c.text.split()[-1])
                for o in cands
            )
        ):
            c.type = "LOC"  # "zu Gänserndorf", "Olympia-Gastgeber Rio de Janeiro": a known place
            continue
        if (
            c.type != "PER"
            or c.source == "descriptor"
            or (" " in c.text and c.text not in employers)
            or c.roles
            or (c.text in lex.first_names and c.text not in org_given)
            or core(c.text) in surnames
        ):
            continue
        if c.text in employers:
            c.type = "ORG"
        elif c.text in places:
            c.type = "LOC"


_FOLDED_FIRST: dict[int, frozenset[str]] = {}


def _folded_first_names(lex: Lexicon) -> frozenset[str]:
    """The given names without diacritics ("Mirosław" → "miroslaw"), once per lexicon."""
    if id(lex) not in _FOLDED_FIRST:
        _FOLDED_FIRST.clear()
        _FOLDED_FIRST[id(lex)] = frozenset(fold(n) for n in lex.first_names)
    return _FOLDED_FIRST[id(lex)]


def _relative_of_named_person(c: Cand, surnames: set[str], lex: Lexicon) -> bool:
    """A two-word NER organisation that is a word and the surname of a person named in full
    with a known given name ("Mirosław Kowalski" … "Tomasz Kowalski" tagged ORG)."""
    if c.type != "ORG" or c.source != "ner" or len(words := c.text.split()) != 2:
        return False
    first, last = words
    return (
        core(last) in surnames
        and first.isalpha()
        and first[:1].isupper()
        and not first.isupper()
        and first not in lex.institutions
        and lex.role(first) is None
        and lex.country_of(first) is None
        and not lex.is_intro(first)
        and first not in lex.name_intro_words  # "Kabinett Bianchi" … "Gino Bianchi"
    )


def _one_sense_things(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """A one-word name that follows a noun for a kind of thing once is that thing everywhere in
    the article: "das Action-Rollenspiel Vampyr … Vampyr erscheint 2017", "das
    Beruhigungsmittel Midazolam … von Midazolam" (the NER tags the other mention PER, or the
    first one only by propagation). Not the surname of a person named in full."""
    surnames = {c.text.split()[-1] for c in cands if c.type == "PER" and c.j - c.i > 1}
    kinds: dict[str, str] = {}
    for c in cands:
        if c.j - c.i != 1 or c.i < 1 or c.text in surnames:
            continue
        doc = segments[c.seg].doc
        kind = lex.thing_kind(doc[c.i - 1].text)
        if kind and not known_place_word(c.text, lex) and lex.role(doc[c.i - 1].text) is None:
            kinds.setdefault(c.text, kind)
    if not kinds:
        return
    for c in cands:
        if c.type == "PER" and c.j - c.i == 1 and c.text in kinds:
            c.type = kinds[c.text]


def _one_sense_works(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """A name the text once names as a work (``work_cue``: after "Drama", "Staffel von", with
    its year or its sequel's number) is that work at every mention in the article, not an
    organisation where the NER tags it ORG ("Nach dem Teenagerinnen-Drama Life Is Strange …
    die Umsetzung von Life Is Strange": the NER tagged the second, the first came by
    propagation). Not a name the lexicon knows, an acronym or a medium's word."""
    works: set[str] = set()
    for c in cands:
        if c.type in ("ORG", "MISC") and work_cue(segments[c.seg].doc, c.i, c.j, lex):
            works.add(c.text)
    if not works:
        return
    # "zum Gangsterepos Grand Theft Auto 5 … GTA 5": the work's acronym is the work too
    # (session 30)
    # and so is a name it opens ("des Multiplayer-Modus GTA Online")
    spelt = [[w for w in work.split() if w[:1].isalpha()] for work in works]
    for c in cands:
        first = c.text.split()[0]
        if (
            c.type == "ORG"
            and c.source in ("ner", "propagated")
            and is_acronym(first, lex)
            and any(len(words) >= 2 and _initials_match(first, words) for words in spelt)
        ):
            c.type = "MISC"
    for c in cands:
        if (
            c.type == "ORG"
            and c.text in works
            and c.source in ("ner", "propagated", "company")
            and c.text not in lex.institutions
            and c.text not in lex.media_words
            and not is_acronym(c.text, lex)
        ):
            c.type = "MISC"


def _mark_genitive_names(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "Nach Jan Lehners 3:0", "Jan Webers Rede": a full name ending in -s right before a
    noun or a score is a genitive (a name ending in -s takes an apostrophe instead).

    Also (session 11): "Tom McCarthys Enthüllungsdrama" (a noun the tagger calls a proper noun
    but HanTa a common one); "Erik Kellers Actionspektakel Mad Max" as one NER span (the
    person ends at the genitive); "die Werke Emil Brunners, die …" (a genitive after a noun).
    The last two need the name without its -s to be a listed surname ("Erik Hess" stays).

    Also (session 18, :func:`_genitive_before`): "Brunners Oper" (one word whose base is
    a listed surname), "Jan Brandts FC Köln" (before an organisation's name), "Erik Smiths
    Weltraumabenteuer" (a base that is a known name word), "im Magna-Konzern Emil Kesslers"
    (after a compound noun); never a word the article also ends a full name with where no
    capitalised word follows ("Vera Weiss sagte" … "Weiss Amtszeit")."""
    plain = _plain_surnames(segments, cands)
    for c in cands:
        if c.type != "PER" or c.source == "descriptor" or c.roles:
            continue  # "Richter Jim Brooks Botschaften": after a role, the name is no genitive
        doc = segments[c.seg].doc
        if _genitive_before(segments[c.seg], c, cands, plain, lex):
            c.genitive = True
            continue
        if c.j - c.i < 2:
            continue
        if c.source == "ner" and c.j - c.i >= 3:
            first = doc[c.i].text in lex.first_names
            for k in range(c.i + 2, c.j):
                gen = _genitive_word(doc[k - 1].text, strict=True) or (
                    first and _unlisted_genitive(doc[k - 1].text, lex)
                )
                if gen and (_common_noun(doc[k]) or (first and _compound_noun(doc[k].text))):
                    c.j, c.text = k, doc[c.i : k].text
                    c.end = segments[c.seg].start + doc[k - 1].idx + len(doc[k - 1])
                    c.genitive = True
                    break
            if c.genitive:
                continue
        last = c.text.split()[-1]
        if not _genitive_word(last, strict=False):
            continue
        if c.j < len(doc):
            nxt = doc[c.j]
            noun = nxt.text[:1].isupper() and (
                nxt.pos_ == "NOUN"
                or nxt.text in lex.common_nouns
                or looks_common_noun(nxt, False)
                or (_genitive_word(last, strict=True) and _common_noun(nxt))
                or (
                    doc[c.i].text in lex.first_names
                    and _unlisted_genitive(last, lex)
                    and _compound_noun(nxt.text)
                )
            )
            # "Asif Kapadias umstrittene Biografie", "Lew Wallaces gleichnamigem Roman",
            # "Quentin Tarantinos The Hateful Eight": an attributive adjective or an English
            # title after a full name in -s that is no listed name (session 32)
            attributive = _unlisted_genitive(last, lex) and (
                nxt.text == "The"
                # "Kenneth De Baets untersuchte": a verb the tagger may call an adjective
                or (nxt.tag_ == "ADJA" and lex.adjective_ending(nxt.text) is not None)
            )
            if noun or attributive or re.match(r"\d+:\d+$", nxt.text):
                c.genitive = True
                continue
        if c.i >= 1 and _genitive_word(last, strict=True):
            prev = doc[c.i - 1]
            if (
                _common_noun(prev)
                and lex.role(prev.text) is None
                and prev.text not in lex.time_nouns
                and not prev.text.endswith(lex.day_parts)
                and (c.j >= len(doc) or not doc[c.j].text[:1].isupper())
            ):
                c.genitive = True  # "um Werke Emil Brunners, die …"


def _plain_surnames(segments: list[Segment], cands: list[Cand]) -> dict[str, list[Cand]]:
    """Last words of the article's person names of several words where no capitalised word
    follows the name ("Vera Weiss sagte", "Yannis Papadakis."): surnames that end in -s."""
    out: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type != "PER" or c.j - c.i < 2 or c.i < 0:
            continue
        doc = segments[c.seg].doc
        if c.j >= len(doc) or not doc[c.j].text[:1].isupper():
            out.setdefault(doc[c.j - 1].text, []).append(c)
    return out


def _genitive_before(
    seg: Segment, c: Cand, cands: list[Cand], plain: dict[str, list[Cand]], lex: Lexicon
) -> bool:
    """The session-18 genitives of :func:`_mark_genitive_names` (see there)."""
    doc = seg.doc
    if c.i < 0 or c.j <= c.i or c.j > len(doc):
        return False
    last = doc[c.j - 1].text
    if not _genitive_word(last, strict=False) or last in lex.first_names:
        return False
    if any(o is not c for o in plain.get(last, ())):
        return False
    base = last[:-1]
    nxt = doc[c.j] if c.j < len(doc) else None
    prev = doc[c.i - 1] if c.i > 0 else None
    if c.j - c.i == 1:
        # "Brunners Oper", "Kellers Bau": a listed surname's genitive before a noun
        return (
            nxt is not None
            and is_listed_surname(base)
            and base not in lex.first_names
            and (prev is None or not is_det(prev))
            and _common_noun(nxt)
            and lex.role(nxt.text) is None
        )
    first = doc[c.i].text in lex.first_names
    if nxt is not None and nxt.text[:1].isupper():
        # "Jan Brandts FC Köln": before the name of an organisation (that starts with no
        # common noun: "Tom Hanks Regie-Debüt That Thing …" tagged ORG stays)
        if (
            first
            and not _noun_word(nxt.text)
            and any(o.seg == c.seg and o.i == c.j and o.type == "ORG" for o in cands if o is not c)
        ):
            return True
        # "Erik Smiths Weltraumabenteuer": a base the lists know as a name word, the word
        # itself none ("Tom Hanks Regie-Debüt" stays)
        return (
            (base in lex.first_names or is_listed_surname(base))
            and not is_listed_surname(last)
            and _compound_noun(nxt.text)
        )
    # "im Magna-Konzern Emil Kesslers in Kanada": after a compound noun
    return (
        first
        and prev is not None
        and is_listed_surname(base)
        and lex.role(prev.text) is None
        and "-" in prev.text
        and _noun_word(prev.text)
    )


def _noun_word(word: str) -> bool:
    """A compound noun (:func:`_compound_noun`), also one whose hyphenated last part is a common
    noun ("Magna-Konzern", "Regie-Debüt")."""
    return _compound_noun(word) or ("-" in word and common_word_tag(word.rsplit("-", 1)[1]) == "NN")


def _genitive_word(word: str, *, strict: bool) -> bool:
    """A name word that may carry a genitive -s; ``strict``: its base form is a listed surname."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "'s")):
        return False
    return not strict or is_listed_surname(word[:-1])


def _unlisted_genitive(word: str, lex: Lexicon) -> bool:
    """ "Rostons", "Iñárritus": a name word in -s whose base is no first name and that is no
    listed surname or first name itself ("Peters", "Brooks", "Hans" stay names)."""
    return (
        _genitive_word(word, strict=False)
        and word[:-1] not in lex.first_names
        and word not in lex.first_names
        and not is_listed_surname(word)
    )


def _compound_noun(word: str) -> bool:
    """A capitalised compound whose last part HanTa reads as a common noun
    ("Weltraumabenteuer", "Western-Rachedrama"): unknown as a whole, a noun by its head (a head
    HanTa lists as an English word, "Drama", counts too)."""
    if not word[:1].isupper():
        return False
    if common_word_tag(word) == "NN":
        return True
    tail = word.rsplit("-", 1)[-1]
    for cut in range(1, len(tail) - 4):
        part = tail[cut:]
        if len(part) >= 5 and common_word_tag(part.capitalize()) in ("NN", "EN"):
            return True
    return False


def _common_noun(tok: Token) -> bool:
    """A capitalised word HanTa reads as a common noun (NN), or the tagger's noun."""
    return tok.text[:1].isupper() and (tok.pos_ == "NOUN" or common_word_tag(tok.text) == "NN")


def _town_word(name: str, lex: Lexicon) -> bool:
    """One capitalised word with the ending of a town name (`place_suffixes` in words.yaml:
    "Gänserndorf", "Neustadt", genitive "Neustadts"), longer than the ending alone."""
    word = name[:-1] if name.endswith("s") else name
    return (
        " " not in name
        and "-" not in name
        and word[:1].isupper()
        and any(word.endswith(x) and len(word) > len(x) + 2 for x in lex.place_suffixes)
    )


def _known_place(name: str, lex: Lexicon) -> bool:
    return lex.country_of(name) is not None or name in lex.regions or name in lex.world_regions


def _one_sense_places(cands: list[Cand]) -> None:
    """A name read as a place once ("die Stadt Marat Numan") is a place everywhere."""
    places = {c.text for c in cands if c.by_place_context}
    for c in cands:
        if c.type == "PER" and c.text in places and not c.roles:
            c.type = "LOC"


#: the name model's P(word) below which an unknown capitalised word reads as a name's part
NAME_LIKE_WORD = 0.5
#: tagger POS of words that are no part of a name
NOT_NAME_POS = frozenset(["VERB", "AUX"])
SENTENCE_END = frozenset([".", "!", "?", ":", ";"])
#: an initial of a name: "H."
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")


def _extend_name_tail(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "gegen Yuki Sato einige Male", "so Tran Van Hoang, Wissenschafter": a person span
    of the NER that stops before one more capitalised word ends there when that word is no
    entity, no ordinary word (HanTa), no word of the lexicons, reads as a name to the name
    model, and no capitalised word follows it."""
    covered = {(c.seg, k) for c in cands for k in range(c.i, c.j) if c.i >= 0}
    for c in cands:
        if c.type != "PER" or c.source != "ner" or c.i < 0 or not 1 <= c.j - c.i <= 3:
            continue
        doc = segments[c.seg].doc
        k = c.j
        if k >= len(doc) or (c.seg, k) in covered or doc[k].ent_type_:
            continue
        tok = doc[k]
        word = tok.text
        if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
            continue
        last = doc[k - 1].text
        if last in SENTENCE_END or (last.endswith(".") and not INITIAL.match(last)):
            continue  # a new sentence (the parser also starts some after a name: "Yuki | Sato")
        if k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            continue  # a run of capitalised words: a noun phrase, not one more name part
        if doc[c.j - 1].text.endswith(("s", "'")) or tok.pos_ in NOT_NAME_POS:
            continue  # "Hubers Wahlkampf"
        p_word = word_probability(word)
        if (
            p_word is None
            or p_word >= NAME_LIKE_WORD
            or common_word_tag(word) is not None
            or word in lex.news_first_names
            or lex.role(word) is not None
            or lex.country_of(word) is not None
            or word in lex.institutions
            or lex.is_intro(word)
            or lex.thing_kind(word)
        ):
            continue
        seg = segments[c.seg]
        c.j = k + 1
        c.end = seg.start + tok.idx + len(tok)
        c.text = doc[c.i : c.j].text
        covered.add((c.seg, k))


def _cut_at_genitive(segments: list[Segment], cands: list[Cand]) -> None:
    """ "Amranis Rücktritt" tagged as one name: a known surname in the genitive ends it."""
    cores = {core(c.text.split()[-1]) for c in cands if c.type == "PER" and " " in c.text}
    for c in cands:
        if c.type != "PER" or c.j - c.i < 2:
            continue
        doc = segments[c.seg].doc
        for k in range(c.i, c.j - 1):
            text = doc[k].text
            if text.endswith("s") and core(text[:-1]) in cores and core(text) not in cores:
                c.j = k + 1
                c.end = segments[c.seg].start + doc[k].idx + len(doc[k])
                c.text = doc[c.i : c.j].text
                break


def _trim_to_known_surname(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "Propaganda Kayas" tagged as a name: keep the surname another mention gives."""
    multi = [c for c in cands if c.type == "PER" and c.j - c.i > 1]
    for c in multi:
        doc = segments[c.seg].doc
        first = doc[c.i].text
        if c.source != "ner" or first in lex.first_names:
            continue
        if any(is_particle(t) for t in doc[c.i + 1 : c.j - 1]):
            continue  # "Karim El Amrani" … "Farid El Amrani": brothers, not a genitive
        last = c.text.split()[-1]
        lcore = core(last)
        others = [
            o
            for o in multi
            if o is not c
            and core(o.text.split()[-1]) in (lcore, lcore[:-1])
            and first not in o.text.split()
            and not same_first_name(first, o.text.split()[0])
            # "Jorge de la Vega" … "De la Vega": the same name with or without given name
            and not c.text.lower().endswith(o.text.lower())
            and not o.text.lower().endswith(c.text.lower())
        ]
        if others:
            c.i = c.j - 1
            c.start = segments[c.seg].start + doc[c.i].idx
            c.text = doc[c.i].text


def _trim_trailing_noun(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "Freund Emil Keller Rosen" (streute … Rosen): a full name given earlier in the
    article, followed by a word the NER took along, ends before that word."""
    first_full: dict[str, int] = {}
    surname_of: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "PER" and c.j - c.i >= 2:
            first_full[c.text] = min(c.start, first_full.get(c.text, c.start))
            surname_of.setdefault(c.text.split()[-1], set()).add(c.text)
    for c in cands:
        if c.type != "PER" or c.j - c.i < 3:
            continue
        doc = segments[c.seg].doc
        head = doc[c.i : c.j - 1].text
        last = doc[c.j - 1].text
        # "Dann habe Landeshauptmann Emil Brunner Hartmann angeschrien": two people run
        # together, the head named in full elsewhere and the last word another's surname
        two_people = head in first_full and bool(surname_of.get(last, set()) - {c.text, head})
        if (first_full.get(head, c.start) < c.start or two_people) and last not in lex.first_names:
            c.j -= 1
            c.end = segments[c.seg].start + doc[c.j - 1].idx + len(doc[c.j - 1])
            c.text = head
    # "bei Keller und Emil Ritter Anleihen genommen", "Ole Brandt Platz machen": given
    # name, surname and a common noun of the clause; "war Nationalsozialist und Meisl Jude",
    # "versucht Leibnitz Trost zu spenden": the surname of a person the article names in full
    # and a common noun (session 32)
    full_surnames = {c.text.split()[-1] for c in cands if c.type == "PER" and c.j - c.i >= 2}
    for c in cands:
        if c.type != "PER" or c.source != "ner" or c.i < 0 or not 2 <= c.j - c.i <= 3:
            continue
        doc = segments[c.seg].doc
        words = [t.text for t in doc[c.i : c.j]]
        if not clause_noun(words[-1], lex) or any(w in lex.first_names for w in words[1:]):
            continue
        if len(words) == 3:
            named = words[0] in lex.first_names and words[1][:1].isupper()
        else:
            named = words[0] in full_surnames and words[0] not in lex.first_names
        if named:
            c.j -= 1
            c.end = segments[c.seg].start + doc[c.j - 1].idx + len(doc[c.j - 1])
            c.text = doc[c.i : c.j].text


#: endings of German nouns for persons ("Weinbauer", "Österreicher", "Pianist", "Lehrling")
PERSON_NOUN_ENDINGS = ("er", "ist", "ent", "ant", "eur", "mann", "ling")


def _mark_lead_nouns(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> None:
    """ "sagt Weinbauer Huber", "Sein Konterpart Shuan Fatah", "Siege für Österreicher
    Grabner": a name span that opens with a German common noun (no given name, listed surname
    or title) names the person by the words after it. The mention keeps its span (the quote
    cues read "sagt Weinbauer Huber" as one speaker); only its name drops the noun (session
    32)."""
    for c in cands:
        if c.type != "PER" or c.source not in ("ner", "name") or c.i < 0 or c.j - c.i < 2:
            continue
        doc = segments[c.seg].doc
        nxt = doc[c.i + 1].text
        word = doc[c.i].text
        # a noun for a person by its ending ("Weinbauer", "Österreicher"), or any noun after
        # an article ("Sein Tiroler Konterpart Shuan Fatah"): not an unlisted given name that is
        # a German word as well ("Ami Warning", "Mensur Suljović", "Sampo Terho")
        after_det = (c.i >= 1 and is_det(doc[c.i - 1])) or (
            c.i >= 2 and is_det(doc[c.i - 2]) and doc[c.i - 1].text.endswith("er")
        )
        if (
            (word.endswith(PERSON_NOUN_ENDINGS) or after_det)
            and common_noun_opener(word, lex)
            and nxt[:1].isupper()
            and not nxt.isupper()  # "Gewässergüte II"
            and common_word_tag(doc[c.j - 1].text) != "EN"  # "Redmond Pie": no German opener
        ):
            c.lead_noun = True


def _attach_apostrophe(seg: Segment, c: Cand) -> None:
    """ "Scholz'": the genitive apostrophe belongs to the name."""
    doc = seg.doc
    if c.type != "PER" or c.j >= len(doc) or c.text[-1:] not in ("s", "x", "z", "ß"):
        return
    last, nxt = doc[c.j - 1], doc[c.j]
    if nxt.text in ("'", "’") and not last.whitespace_:
        c.j += 1
        c.end += 1
        c.text += nxt.text


def _token_at(seg: Segment, offset: int) -> int:
    """The token of ``seg`` holding the character ``offset`` (0 when none does): tokens never
    overlap, so only the last one that starts at or before it can hold it."""
    starts = token_starts(seg.doc)
    k = bisect_right(starts, offset - seg.start) - 1
    if k >= 0 and offset - seg.start < starts[k] + len(token_texts(seg.doc)[k]):
        return k
    return 0


def _sentence_of(rows: list[tuple[int, int, int]], i: int) -> int:
    for a, b, sid in rows:
        if a <= i < b:
            return sid
    return rows[-1][2] if rows else 0


def _surname_before_verb(doc: Doc, k: int, lex: Lexicon) -> bool:
    """A known surname the tagger calls an adverb or verb at the start of a sentence, followed
    by a finite verb: "Lang kam zum Ergebnis" (not "Lange hat es gedauert", "Kurz nach
    der Pause": an adjective form, or no verb after it)."""
    tok = doc[k]
    return (
        k + 1 < len(doc)
        and doc[k + 1].tag_.endswith("FIN")
        and tok.lower_ not in lex.sentence_adverbs
        and lex.adjective_ending(tok.text) is None
        and tok.lower_ not in lex.base_adjectives
    )


#: what may stand before a sentence that opens with a speaker's name and a colon
LINE_OPENERS = frozenset([".", "!", "?", '"', "“", "”", "„", "«", "»", ":"])


def _speaker_before_colon(doc: Doc, k: int) -> bool:
    """ "Brunner: Es bleibt uns …", "Pichler: Die Aufforderung …": a word that opens a sentence
    (or follows the end of one) right before a colon, as in an interview or a statement."""
    if k + 1 >= len(doc) or doc[k + 1].text != ":":
        return False
    return k == 0 or doc[k].is_sent_start or doc[k - 1].text in LINE_OPENERS


def _after_finite_verb(doc: Doc, k: int) -> bool:
    """ "stellte Lang in Abrede", "sagte Lang klar", "drohen Yıldız bis zu 24 Jahre": a
    capitalised word inside a sentence right after a finite verb (or "laut"), with no
    capitalised word after it that could continue another name."""
    if k == 0 or doc[k].is_sent_start:
        return False
    prev = doc[k - 1]
    if not (prev.tag_.endswith("FIN") or prev.lower_ == "laut"):
        return False
    return k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper()


def _legal_form_sense(segments: list[Segment], cands: list[Cand]) -> list[Cand]:
    """One sense per article for a company named with its legal form (session 22): "Die
    Energie Steiermark AG" makes every other "Energie Steiermark" that company, whatever the
    NER called it there (a place "Steiermark", a MISC span). A name of two or more words
    replaces the place/MISC/organisation spans inside it; a one-word name ("Zielpunkt GmbH")
    only retypes NER spans of exactly that word (its uses as an ordinary word stay apart). A
    place/MISC span of the name's first words (two or more, or one hyphenated) is the company
    too ("der Leipnik-Lundenburger Invest" beside "Leipnik-Lundenburger Invest Beteiligungs
    AG")."""
    bases: dict[tuple[str, ...], str] = {}
    for c in cands:
        if c.source == "company" and c.type == "ORG" and c.key and c.key != c.text:
            bases.setdefault(tuple(c.key.split()), c.key)
    if not bases:
        return cands
    drop: set[int] = set()
    added: list[Cand] = []
    for base, key in bases.items():
        n = len(base)
        for c in cands:
            words = tuple(c.text.split())
            if (
                c.source == "ner"
                and c.type in ("LOC", "MISC")
                and words == base[: len(words)]
                and (len(words) == n or len(words) >= 2 or "-" in c.text)
            ):
                # "der Leipnik-Lundenburger Invest" (MISC) … "Leipnik-Lundenburger Invest
                # Beteiligungs AG": the name's beginning is the same company
                c.type, c.key = "ORG", key
        if n == 1:
            continue
        for idx, seg in enumerate(segments):
            texts = token_texts(seg.doc)
            for k in range(len(texts) - n + 1):
                if tuple(texts[k : k + n]) != base:
                    continue
                inside = [c for c in cands if c.seg == idx and c.i < k + n and c.j > k]
                if any(c.type == "PER" or c.i < k or c.j > k + n for c in inside):
                    continue  # the company span itself, or a person: leave it
                drop.update(id(c) for c in inside)
                c = span_cand(idx, seg, k, k + n, "ORG", "company")
                c.key = key
                added.append(c)
    return [c for c in cands if id(c) not in drop] + added


def _propagate(segments: list[Segment], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Other occurrences of names already found (one sense per article): "Huber", "Prag"."""
    per_forms: dict[str, str] = {}
    other_forms: dict[tuple[str, ...], tuple[str, str]] = {}
    first_forms: set[str] = set()
    colon_forms: set[str] = set()  # surnames that are also role nouns: only "X:" speaks
    capitalised: set[str] = set()  # the capitalised words of the article
    for seg in segments:
        capitalised.update(t for t in token_texts(seg.doc) if t[:1].isupper())
    for c in cands:
        toks = c.text.split()
        if c.type == "PER":
            if len(toks) > 1 or c.source in ("ner", "rolename"):
                sur = toks[-1]
                bases = [sur]
                if (
                    len(toks) > 1
                    and sur.endswith("s")
                    and len(sur) >= 5
                    and sur[:-1] in capitalised
                    and sur[:-1] not in lex.first_names
                ):
                    bases.append(sur[:-1])  # "Jan-Erik Brandts" … "Brandt hatte"
                if "-" in sur and sur.split("-")[0].islower():  # al-Amrani → Amrani
                    bases.append(sur.split("-", 1)[1])
                if len(toks) >= 3 and toks[-2][:1].isupper() and toks[-2] not in lex.first_names:
                    bases.append(f"{toks[-2]}-{sur}")  # "Ivana Kolar Babic"
                for base in bases:
                    if len(base) >= 3 and lex.role(base) is None:
                        for form in (base, base + "s", base + "'", base + "’"):
                            per_forms.setdefault(form, base)
                    elif len(base) >= 3:
                        colon_forms.add(base)  # "Jan Brunner" … "Brunner: Es bleibt …"
            if len(toks) == 2 and toks[0] in lex.first_names and lex.role(toks[0]) is None:
                first_forms.add(toks[0])  # "Hanna" after "Hanna Kessler"
        elif c.source not in ("gazetteer", "orgnoun") and len(c.text) >= 2:
            other_forms.setdefault(tuple(toks), (c.type, c.key))
        if c.type == "ORG" and c.key and len(words := c.key.split()) >= 2:
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(initials) >= 2 and initials == "".join(w[0] for w in words):
                other_forms.setdefault((initials,), ("ORG", initials))
    out: list[Cand] = []
    covered = {(c.seg, k) for c in cands for k in range(c.i, c.j)}
    # the other forms by their first word, in the order they were found
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
    for ftoks, found in other_forms.items():
        if ftoks:
            by_first.setdefault(ftoks[0], []).append((ftoks, found))
    for idx, seg in enumerate(segments):
        doc = seg.doc
        pos = has_pos(doc)
        texts = token_texts(doc)
        for k in range(len(texts)):
            if (idx, k) in covered or not texts[k][:1].isupper():
                continue
            tok = doc[k]
            if (
                tok.text in per_forms
                and (_speaker_before_colon(doc, k) or _after_finite_verb(doc, k))
            ) or (tok.text in colon_forms and _speaker_before_colon(doc, k)):
                # "Pichler: Die Aufforderung …", "stellte Lang in Abrede": a surname of the
                # article in a person's place, whatever the tagger calls the word
                out.append(span_cand(idx, seg, k, k + 1, "PER", "propagated"))
                covered.add((idx, k))
                continue
            if tok.lower_ in STOP_WORDS or (
                pos
                and tok.pos_ in ("ADV", "ADP", "VERB", "AUX", "DET")
                and not (tok.text in per_forms and _surname_before_verb(doc, k, lex))
            ):
                continue
            if tok.text in per_forms:
                out.append(span_cand(idx, seg, k, k + 1, "PER", "propagated"))
                covered.add((idx, k))
                continue
            if tok.text in first_forms and not (
                k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
            ):  # a given name alone, not the start of another full name
                out.append(span_cand(idx, seg, k, k + 1, "PER", "propagated"))
                covered.add((idx, k))
                continue
            for ftoks, (type_, key) in by_first.get(tok.text, ()):
                n = len(ftoks)
                if tuple(t.text for t in doc[k : k + n]) == ftoks:
                    if any((idx, x) in covered for x in range(k, k + n)):
                        break
                    end = doc[k + n - 1]
                    c = Cand(idx, k, k + n, seg.start + tok.idx, seg.start + end.idx + len(end),
                             type_, doc[k : k + n].text, "propagated", key=key)  # fmt: skip
                    out.append(c)
                    covered.update((idx, x) for x in range(k, k + n))
                    break
    return out


def _surname_particles(toks: list[str]) -> tuple[str, ...]:
    """The particles a full name puts before its surname, lower case: "Erik Van der
    Berg" → ("van", "der"), "Luc de Smet" → ("de",); none when no given name stands
    before them ("Van der Berg" alone) or the name has no particle."""
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    return tuple(t.lower() for t in toks[k:-1]) if k < len(toks) - 1 else ()


def _surnames_with_particles(segments: list[Segment], persons: list[Cluster]) -> set[int]:
    """ "Erik Van der Berg" … "Van der Berg sagte", "laut van der Linde": a one-word
    surname mention takes the particles the person's full name puts before the surname when
    the text has them right before it (the NER and the surname propagation find "Berg",
    "Linde" alone; session 23). A particle that was taken for a name of its own there ("Van",
    a given name in the list) is dropped; returns the ids of the persons left with no mention."""
    members = [m for cl in persons for m in cl.members if m.i >= 0]
    particles: dict[str, tuple[str, ...]] = {}
    for c in members:
        toks = c.text.split()
        if len(toks) >= 3 and (found := _surname_particles(toks)):
            particles.setdefault(toks[-1], found)
    if not particles:
        return set()
    covered = {(c.seg, k) for c in members if c.text.lower() not in NAME_PARTICLES
               for k in range(c.i, c.j)}  # fmt: skip
    taken: set[tuple[int, int]] = set()
    for c in members:
        if c.j != c.i + 1:
            continue
        word = c.text
        parts = particles.get(word) or (particles.get(word[:-1]) if word.endswith("s") else None)
        if not parts:
            continue
        doc = segments[c.seg].doc
        a = _particles_before(doc, c.i, parts)
        if a == c.i or any((c.seg, x) in covered for x in range(a, c.i)):
            continue
        covered.update((c.seg, x) for x in range(a, c.i))
        taken.update((c.seg, x) for x in range(a, c.i))
        c.i = a
        c.start = segments[c.seg].start + doc[a].idx
        c.text = doc[a : c.j].text
    emptied: set[int] = set()
    for cl in persons if taken else ():
        kept = [m for m in cl.members if not (m.j == m.i + 1 and (m.seg, m.i) in taken)]
        if len(kept) < len(cl.members):
            cl.members = kept
            if not kept:
                emptied.add(id(cl))
    return emptied


def _particles_before(doc: Doc, k: int, parts: tuple[str, ...]) -> int:
    """Where the surname at token ``k`` starts with the particles of the person's full name
    right before it ("Van der Berg sagte", "laut van der Linde"): the first particle's token;
    else ``k``. A surname mention keeps its particles, as the full name does."""
    n = len(parts)
    if not n or k < n or tuple(t.lower_ for t in doc[k - n : k]) != parts:
        return k
    return k - n


def _owner_countries(cands: list[Cand], persons: list[Cluster]) -> None:
    """ "Szabós Regierung": the organisation takes the country of the person."""
    for c in cands:
        if c.owner is None or c.country is not None:
            continue
        owner = next((cl for cl in persons if cl.surname == core(c.owner)), None)
        if owner is not None:
            c.country = _affiliation(owner)
            if c.country is not None and c.country not in load_lexicon().country_info:
                c.country = None


def _prefix_affiliations(persons: list[Cluster], others: list[Cluster], lex: Lexicon) -> None:
    """ "Ingolstadt-Trainer X" where the article names Ingolstadt (the club, the city's team):
    a role compound whose first part is an organisation or place of the article gives it as
    the person's organisation (not for roles held abroad: "Moskau-Korrespondent")."""
    names = {m.text for cl in others for m in cl.members} | {cl.key for cl in others}
    parts = _name_edge_words(others, lex)
    surnames = {cl.surname for cl in persons if cl.surname}
    for cl in persons:
        for m in cl.members:
            for r in m.roles:
                prefix, _, rest = r.info.lemma.partition("-")
                if (
                    not rest[:1].isupper()
                    or r.country
                    or r.org
                    or prefix in lex.not_org_prefixes
                    or lex.is_posted(r.info)
                ):
                    continue
                if prefix in names:
                    m.orgs.append(prefix)
                elif parts.get(prefix):  # "Augsburg-Manager" … "FC Augsburg"
                    m.orgs.append(parts[prefix])
                elif _name_prefix(prefix, rest, surnames, lex):  # "Springer-Chef"
                    m.orgs.append(prefix)
                elif prefix in lex.media_words and rest.lower().removesuffix("in").endswith(
                    MEDIA_JOBS
                ):  # "Falter-Journalistin", "Kurier-Fotograf": the paper
                    m.orgs.append(lex.media_words[prefix][0])
                elif (
                    "-" not in rest
                    and lex.is_club_head(rest)
                    and (prefix in lex.regions or prefix in lex.capital_country)
                ):  # "Basel-Stürmer X": the club of Basel, which the article does not name
                    m.orgs.append(prefix)
    # (session 34) "Der 96-Trainer" pointing back to a person: a club's number as the prefix
    # of a club function is the club of the article whose name ends in it ("Hannover 96")
    for cl in persons:
        for d in cl.descriptors:
            rp = d.descriptor
            if rp is None or rp.country or rp.org or rp.info.org:
                continue
            prefix, _, rest = rp.info.lemma.partition("-")
            if (
                prefix.isdigit()
                and "-" not in rest
                and lex.is_club_head(rest)
                and parts.get(prefix)
            ):
                rp.org = parts[prefix]


#: jobs at a newspaper or broadcaster whose compound prefix may name it ("Kurier-Fotograf")
MEDIA_JOBS = (
    "journalist",
    "fotograf",
    "redakteur",
    "reporter",
    "kolumnist",
    "herausgeber",
    "chefredakteur",
    "kritiker",
    "autor",
)


#: mentions the article's main organisation needs, and how many times the next one's
DOMINANT_MIN, DOMINANT_RATIO = 3, 2


def _dominant_org_affiliations(persons: list[Cluster], others: list[Cluster], lex: Lexicon) -> None:
    """ "Air France … Personalchef X": a function inside an organisation (`org_relative`:
    Personalchef, Sprecherin, Geschäftsführer) with no organisation or country stated belongs
    to the organisation the article is about — named at least three times and at least twice
    as often as any other (agencies and media left out)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for cl in others:
        if cl.type != "ORG" or not cl.members:
            continue
        key = cl.key or cl.members[0].text
        if key in lex.agencies or any(m.text in lex.agencies for m in cl.members):
            continue
        if _known_place(cl.key.partition("|")[0] or cl.members[0].text, lex):
            continue  # a region the NER called an organisation ("Baden-Württemberg")
        counts[key] += sum(1 for m in cl.members if m.start >= 0)
        names[key] = cl.key.partition("|")[0] or cl.members[0].text
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN:
        return
    if len(ranked) > 1 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]:
        return
    main = names[ranked[0][0]]
    for cl in persons:
        if any(m.orgs or m.country for m in cl.members) or any(
            r.org or r.country or r.info.org or r.info.country for r in cl.roles
        ):
            continue
        if all(_no_own_org(r) for r in cl.roles) and any(
            _own_function(r, main, lex) for r in cl.roles
        ):
            first = next(m for m in cl.members if m.roles)
            first.orgs.append(main)


#: words that start a role's complement ("Vorstandschef der Hagelversicherung")
COMPLEMENT_WORDS = frozenset(["der", "des", "von", "vom", "bei", "beim", "für", "im", "am"])
#: kinds of organisation that any firm is ("Konzernchef" of the article's company)
FIRM_WORDS = frozenset(["konzern", "firmen", "firma", "unternehmen", "vorstand"])


def _no_own_org(r: RolePhrase) -> bool:
    """The role names no organisation of its own ("Bundesbank-Vorstand", "Chef der X")."""
    return "-" not in r.info.lemma and not (COMPLEMENT_WORDS & set(r.text.split()))


def _own_function(r: RolePhrase, main: str, lex: Lexicon) -> bool:
    """Is ``r`` a bare function inside an organisation that may be the article's main one?
    Not with a complement, a hyphenated prefix ("Bundesbank-Chef" names its own), another
    kind of organisation as first part ("Gewerkschaftssekretär" at a firm) nor a founder."""
    lemma = r.info.lemma
    if (
        not lex.is_org_relative(r.info)
        or r.complement_name
        or r.plural
        or "-" in lemma
        or COMPLEMENT_WORDS & set(r.text.split())
        or r.info.head.lower() == "gründer"
    ):
        return False
    low = lemma.lower()
    first = low[: len(low) - len(r.info.head)] if low.endswith(r.info.head.lower()) else ""
    return not any(
        kind in first and kind not in FIRM_WORDS and kind not in main.lower()
        for kind in lex.org_suffix_tuple + lex.org_intro
        if len(kind) >= MIN_TYPE_PREFIX + 1
    )  # "Gewerkschaftssekretär" is not at the firm the article is about


#: inflection endings of an attributive adjective ("grüne", "republikanischen")
ADJ_ENDINGS = ("", "e", "er", "en", "es", "em")


def _party_adjectives(persons: list[Cluster], text: str, lex: Lexicon) -> None:
    """ "die grüne Abgeordnete X" → Grüne, "der republikanische Senator Y" → Republikaner
    (`party_adjectives` in roles.yaml): an adjective of a role phrase that names a party gives
    it when the role has no organisation or country of its own."""
    low_text = text.lower()
    for cl in persons:
        for m in cl.members:
            for r in m.roles:
                if r.org or r.country or r.plural:
                    continue
                for word in r.text.split()[:-1]:
                    party = adjective_party(word.lower(), low_text, lex, ADJ_ENDINGS)
                    if party is not None:
                        m.orgs.append(party)
                        break


#: shortest type noun that starts a role compound ("Kammer" of "Kammerpräsident")
MIN_TYPE_PREFIX = 4


def _type_prefix_affiliations(persons: list[Cluster], others: list[Cluster], lex: Lexicon) -> None:
    """ "… in der Wirtschaftskammer. Kammerpräsident X", "die Fraktion … Fraktionsvorsitzender
    X", "Bankchef X" after "die Hypo-Bank": a role compound whose first part is the kind of
    organisation (Kammer, Partei, Bank, Fraktion, Gericht …) and whose head is a function inside
    one (`prefix_org_heads`) takes the organisation of the article with that word in its name
    mentioned last before it; nothing when none is named before."""
    orgs: list[tuple[int, str, str]] = []  # (start, lowercase name, name)
    for cl in others:
        if cl.type != "ORG":
            continue
        name = cl.key.partition("|")[0] or cl.members[0].text
        for m in cl.members:
            if m.start >= 0:
                orgs.append((m.start, m.text.lower(), m.key or name))
    if not orgs:
        return
    orgs.sort()
    for cl in persons:
        for m in cl.members:
            for r in m.roles:
                if r.country or r.org or r.plural or r.info.org or r.info.country:
                    continue
                lemma = r.info.lemma
                if "-" in lemma or lemma.lower().startswith(lex.state_prefixes):
                    continue
                kind = _type_prefix(lemma, lex)
                if kind is None:
                    continue
                before = [o for o in orgs if o[0] < r.start and kind in o[1]]
                if before:
                    m.orgs.append(before[-1][2])


#: first parts of a role compound that name the federation or a state, not a kind of
#: organisation ("Bundespräsident" is no office of the "Bundesheer" or "Bundesregierung")
FEDERAL_PREFIXES = frozenset({"bund", "bunde", "lande"})


def _type_prefix(lemma: str, lex: Lexicon) -> str | None:
    """ "kammer" of "Kammerpräsident", "partei" of "Parteichefin": the lowercase first part of
    a closed role compound whose head is in `prefix_org_heads`, without a linking -s."""
    low = lemma.lower()
    forms = [low, low[:-2]] if low.endswith("in") else [low]
    heads = [h for h in lex.prefix_org_heads] + [
        h[:-1] for h in lex.prefix_org_heads if h.endswith("der")
    ]  # "Vorsitzende"
    for form in forms:
        for h in sorted(heads, key=len, reverse=True):
            if form.endswith(h) and len(form) - len(h) >= MIN_TYPE_PREFIX:
                prefix = form[: -len(h)]
                if prefix.endswith("s") and len(prefix) > MIN_TYPE_PREFIX:
                    prefix = prefix[:-1]
                if prefix in FEDERAL_PREFIXES:
                    return None  # "Bundespräsident": the federation, no kind of organisation
                return prefix if lex.role(prefix.capitalize()) is None else None
    return None


#: prepositions after which a lone unknown word named once is a firm, club, product or work
#: rather than a person ("bei Bing", "gegen Gijon", "für Lucky"; session 10)
THING_PREPOSITIONS = frozenset(["bei", "beim", "gegen", "für"])
#: words after which it is one too unless it is a given name ("von Sphero", "und Bluetooth",
#: "zwei von Anel", "von Geekwire"; not "Marianne und Michael"; session 10, round 2)
THING_WORDS_NOT_GIVEN = frozenset(
    ["von", "vom", "und", "mit", "wie", "über", "an", "auf", "als", "zu", "durch", "oder"]
)
#: "Emil (66)": an age in brackets after a name makes it a person
AGE_BRACKET = re.compile(r"\A \(\d{1,3}\)")


def _lone_unknown_word(cl: Cluster) -> Cand | None:
    """The mention of a person named once by one capitalised word, with no role, descriptor,
    organisation or country (None otherwise)."""
    if cl.type != "PER" or len(cl.members) != 1 or cl.descriptors or cl.roles:
        return None
    m = cl.members[0]
    if m.start < 0 or m.orgs or m.country or not m.text.isalpha() or not m.text[:1].isupper():
        return None
    if is_listed_surname(m.text) or is_listed_surname(m.text[:-1]):
        return None
    return m


def _media_after_report_verb(clusters: list[Cluster], text: str, lex: Lexicon) -> None:
    """ "berichtet Kotaku", "schreibt Geekwire": a lone unknown word named once right after a
    report verb of the media (`media_verbs` in orgs.yaml) is the medium, not a person."""
    for cl in clusters:
        m = _lone_unknown_word(cl)
        if m is None:
            continue
        before = text[max(0, m.start - 16) : m.start].split()
        if before and before[-1] in lex.media_verbs:
            cl.type = m.type = "ORG"


def _lone_word_after_preposition(cl: Cluster, text: str, lex: Lexicon) -> bool:
    """A person named once by one word after bei/gegen/für, with no role, no descriptor and
    no organisation, that is no surname of the shipped list: "bei Bing", "gegen Gijon", "für
    Lucky" name firms, clubs and works (given names alone too: Bing, Lucky, Carol are in the
    given-name list); after von/und/mit/wie … only a word that is no given name ("von
    Sphero", "und Bluetooth"); never with an age after it ("Emil (66)")."""
    m = _lone_unknown_word(cl)
    if m is None:
        return False
    if AGE_BRACKET.match(text[m.end : m.end + 6]):
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    if not before:
        return False
    return before[-1] in THING_PREPOSITIONS or (
        before[-1] in THING_WORDS_NOT_GIVEN and m.text not in lex.first_names
    )


#: dependency labels of a word that acts in its clause: the subject of a verb
SUBJECT_DEPS = frozenset(["nsubj", "nsubj:pass"])
#: the name model's P(word) from which a one-word name reads as an ordinary word
WORDLIKE_NAME = 0.1
#: tags of a determiner of the word itself (article, demonstrative, possessive)
OWN_DETERMINER_TAGS = frozenset(["ART", "PDAT", "PPOSAT", "PIAT"])
#: words that join the items of a list of names
LIST_LINKS = frozenset([",", "und", "sowie", "oder"])


def _acts(seg: Segment, c: Cand, person_tokens: set[tuple[int, int]]) -> bool:
    """Does the name ``c`` show itself as a person in its sentence: the subject of a
    verb (also as a conjunct of one: "X und Y trennen sich"), a speaker before a colon ("X:
    Wenn wir …"), an age in brackets ("X (66)"), a genitive before a noun ("Xs Bau"), or a
    common noun right before it ("der Prophet X", "Techie X")?"""
    doc = seg.doc
    if c.i < 0 or c.j > len(doc) or c.j <= c.i or not doc.has_annotation("DEP"):
        return True  # no parse (the blank fallback): nothing to judge by
    # the word of the name that the parser hangs outside it (the last one otherwise)
    tok = next((t for t in doc[c.i : c.j] if not c.i <= t.head.i < c.j), doc[c.j - 1])
    prev = doc[c.i - 1] if c.i > 0 else None
    if prev is not None and prev.tag_ in OWN_DETERMINER_TAGS and c.i <= prev.head.i < c.j:
        return False  # "das Wahlprogramm der Partei", "dieser Wächter": a common noun
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if tok.dep_ in SUBJECT_DEPS or head.dep_ in SUBJECT_DEPS:
        return True
    nxt = doc[c.j] if c.j < len(doc) else None
    if nxt is not None and (
        nxt.text == ":" or (nxt.text == "(" and c.j + 1 < len(doc) and doc[c.j + 1].like_num)
    ):
        return True
    if nxt is not None and doc[c.j - 1].text.endswith(("s", "'")) and nxt.tag_ == "NN":
        return True
    if prev is not None and prev.tag_ == "NN" and "Plur" not in prev.morph.get("Number", []):
        return True  # "des Propheten X", "Techie X"; not "250 Millionen X", "300 Polizisten X"
    # one of a list of persons: "X und Y Z sind verletzt, W gesperrt"
    if prev is not None and prev.text in LIST_LINKS and (c.seg, c.i - 2) in person_tokens:
        return True
    return nxt is not None and nxt.text in LIST_LINKS and (c.seg, c.j + 1) in person_tokens


#: the name model's P(word) from which one word makes a name of several words read as a
#: thing's name ("Ars Electronica", "Papua Neu-Guinea", "Gewässergüte II")
WORDLIKE_PART = 0.7


def _word_like_name(words: list[str], lex: Lexicon) -> bool:
    """A name of several words with no given name first and no listed surname, one of whose
    words the name model reads as an ordinary word."""
    if words[0] in lex.first_names or any(is_listed_surname(w) for w in words):
        return False
    probs = [word_probability(w) for w in words]
    return any(p is not None and p >= WORDLIKE_PART for p in probs)


def _never_acts(
    cl: Cluster, segments: list[Segment], person_tokens: set[tuple[int, int]], lex: Lexicon
) -> bool:
    """A person known only by one word (or by one name of several words that
    :func:`_word_like_name`), with no role, descriptor, organisation or country, whose mentions
    never :func:`_acts`: an NER person that the article uses as a thing ("gegen X", "für X",
    "ums X", "Bonus/X", "in Papua Neu-Guinea"), not as someone who does or says something."""
    if cl.type != "PER" or cl.descriptors or cl.roles or cl.no_text:
        return False
    words = {core(m.text) for m in cl.members}
    if len(words) != 1 or any(m.start < 0 or m.orgs or m.country for m in cl.members):
        return False
    if any(not m.text[:1].isupper() for m in cl.members):
        return False
    word = cl.members[0].text
    if " " in word:
        return _word_like_name(word.split(), lex) and not any(
            _acts(segments[m.seg], m, person_tokens) for m in cl.members
        )
    # a surname's form ("Dumont", "Lefèvre" the parser misses as subjects) stays; a given name
    # alone or a form the name model reads as an ordinary word must act
    p_word = word_probability(word)
    if word not in lex.news_first_names and (p_word is None or p_word < WORDLIKE_NAME):
        return False
    return not any(_acts(segments[m.seg], m, person_tokens) for m in cl.members)


#: determiners, contracted prepositions and attributive adjectives before a common noun
_ARTICLE_WORDS = "|".join(sorted(DETERMINERS))
_ADJECTIVE_BEFORE = r"(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}"


def _word_with_article(
    cl: Cluster, text: str, lex: Lexicon, segments: list[Segment] | None = None
) -> bool:
    """A person known only by one word that is no given name, with no role, organisation or
    country of its own, and that the article uses with an article or a demonstrative, also
    across attributive adjectives ("der schnittige Sager", "diese Wächter"): a common noun
    (German names take no article), whatever the NER says of its other uses. Session 24: or,
    when the word is no listed surname, right after an attributive adjective the tagger reads
    as one ("zur Entstehung neuer Sterne", "entstehen laufend neue Sterne")."""
    if cl.type != "PER" or cl.no_text or not cl.members:
        return False
    if any(m.start < 0 or m.roles or m.orgs or m.country for m in cl.members):
        return False
    words = {m.text for m in cl.members}
    if len(words) != 1:
        return False
    word = next(iter(words))
    if not word.isalpha() or not word[:1].isupper() or word in lex.first_names:
        return False
    pattern = rf"(?<![\w-])(?i:{_ARTICLE_WORDS})\s+{_ADJECTIVE_BEFORE}{re.escape(word)}(?![\w-])"
    if re.search(pattern, text) is not None:
        return True
    if segments is None or is_listed_surname(word):
        return False
    for m in cl.members:
        doc = segments[m.seg].doc
        if 0 < m.i <= len(doc):
            prev = doc[m.i - 1]
            if prev.tag_ == "ADJA" and prev.text[:1].islower():
                return True
    return False


def _name_with_article(cl: Cluster, segments: list[Segment], lex: Lexicon) -> bool:
    """A person of a name of several words with no role of its own that the article writes
    once with its own definite article right before it ("Die Magna Carta gilt …", "der Roman
    Conversazione"): the name of a thing (names of persons in news German take no article;
    a relative pronoun after a comma is no article: ", der Laura X … beschert")."""
    if cl.type != "PER" or cl.no_text:
        return False
    if any(m.start < 0 or m.roles for m in cl.members):
        return False
    for m in cl.members:
        words = m.text.split()
        if len(words) < 2 or (words[0] in lex.first_names and is_listed_surname(words[-1])):
            continue  # "für die Laura Carter": a given name and a surname name a role
        doc = segments[m.seg].doc
        if m.i < 1 or m.j > len(doc) or not doc.has_annotation("DEP"):
            continue
        prev = doc[m.i - 1]
        if (
            prev.tag_ == "ART"
            and prev.lower_ in DEFINITE_ARTICLES
            and m.i <= prev.head.i < m.j
            and not any(k >= 0 and doc[k].text == "," for k in (m.i - 2, m.i - 3))
        ):
            return True
    return False


def _name_prefix(prefix: str, head: str, surnames: set[str], lex: Lexicon) -> bool:
    """ "Springer-Chef": see :func:`mentions.org_name_prefix`; not a person's surname."""
    return core(prefix) not in surnames and org_name_prefix(prefix, head, lex)


def _name_edge_words(others: list[Cluster], lex: Lexicon) -> dict[str, str]:
    """Last words of the article's several-word organisation names ("Augsburg" of "FC
    Augsburg", "Post" of "Deutsche Post") and the word after a club prefix ("Sturm" of "SK Sturm
    Graz"), each to that name; "" where two organisations share the word. Generic nouns
    ("Bank"), countries and roles are left out. (First words name other things too:
    "Youtube-Star" … "Youtube Red".)"""
    out: dict[str, str] = {}
    for cl in others:
        if cl.type != "ORG":
            continue
        for m in cl.members:
            words = m.text.split()
            if len(words) < 2:
                continue
            # "Sturm" of "SK Sturm Graz", "Bayern" of "FC Bayern München": after a club prefix
            after_prefix = (words[1],) if len(words) > 2 and words[0] in lex.club_prefixes else ()
            for w in (words[-1], *after_prefix):
                # a club's number: "96" of "Hannover 96" ("der 96-Trainer")
                club_number = w.isdigit() and len(w) >= 2 and w == words[-1]
                if not club_number and (
                    len(w) < 3
                    or not w[:1].isupper()
                    or not w.isalpha()
                    or lex.is_intro(w)
                    or lex.country_of(w)
                    or lex.role(w) is not None
                ):
                    continue
                if out.get(w, m.text) != m.text:
                    out[w] = ""
                else:
                    out[w] = m.text
    return out


def _compound_orgs(article: Article, persons: list[Cluster], lex: Lexicon) -> list[Cand]:
    """The institution inside a role compound: "Kreml" in "Kremlsprecher" (lexicon ``org``)."""
    out = []
    phrases = [r for cl in persons for r in cl.roles]
    phrases += [d.descriptor for cl in persons for d in cl.descriptors if d.descriptor]
    for r in phrases:
        org = r.info.org
        if not org or r.noun_start < 0 or not article.text.startswith(org, r.noun_start):
            continue
        start = r.noun_start
        country = lex.institutions.get(org, (org, r.info.country))[1]
        c = Cand(-1, -1, -1, start, start + len(org), "ORG", org, "compound", key=org)
        c.country = country
        out.append(c)
    return out


def _group_leaders(persons: list[Cluster], segments: list[Segment], lex: Lexicon) -> None:
    """ "die Biologen um Erik Sander", "Die Wissenschafter um Hanna Lorenz": the person a
    group of the same profession is named after holds that role (in the singular; since
    session 36 a woman the feminine noun: "die Forscher um Yuka Sasaki" → "Forscherin"; and
    a bare plural: "Wie Forscher um X berichten", "haben Astronomen um X", `_bare_plural`)."""
    for cl in persons:
        for m in cl.members:
            if m.source == "descriptor" or m.i < 2 or m.seg < 0 or m.j - m.i < 2:
                continue
            doc = segments[m.seg].doc
            if doc[m.i - 1].lower_ != "um":
                continue
            noun = doc[m.i - 2]
            info = lex.role(noun.text)
            if info is None or info.kind != "office":
                continue
            det = doc[m.i - 3].lower_ if m.i >= 3 else ""
            if det in ("die", "den", "der"):
                # a group: "die Biologen", "die Forscher" (plural = singular after "die")
                if noun.text == info.lemma and (det != "die" or info.feminine):
                    continue
            elif not _bare_plural(noun, info.lemma, det):
                continue
            role = info.lemma
            if not info.feminine and _person_gender(cl, strict=True) == "f":
                role = _gendered(role, True, lex)
            if role not in cl.extra_roles:
                cl.extra_roles.append(role)


def _bare_plural(noun: Token, lemma: str, before: str) -> bool:
    """Is an office noun with no article before "um NAME" a plural ("haben Astronomen um X";
    "Forscher um X", whose plural is its singular: a singular would need an article)? Not
    after a determiner ("seinem Trainer um …") nor after "als" ("als Trainer um X": one
    person)."""
    if before in DETERMINERS or before == "als":
        return False
    return (
        noun.text != lemma or "Plur" in noun.morph.get("Number", []) or lemma.endswith(("er", "el"))
    )


def _institution_countries(cl: Cluster, lex: Lexicon) -> set[str]:
    """Countries of the lexicon institutions a person's mentions and roles name (ÖFB →
    Österreich)."""
    orgs = [o for m in cl.members for o in m.orgs]
    orgs += [r.org or r.info.org or "" for r in cl.roles]
    return {inst[1] for o in orgs if o and (inst := lex.institutions.get(o)) and inst[1]}


def _infer_colleague_roles(persons: list[Cluster], lex: Lexicon) -> None:
    """ "Baerbock sprach mit ihrem Kollegen X": X holds the same office as Baerbock; "Bans
    Vorgänger X" held Ban's office before him, "sein Nachfolger X" holds it after him."""
    owner = {id(m): cl for cl in persons for m in cl.members}
    for cl in persons:
        for r in cl.roles:
            relation = r.info.relation
            if relation not in ("colleague", "predecessor", "successor", "compatriot"):
                continue
            other = owner.get(id(r.possessor)) if r.possessor is not None else None
            if other is None or other is cl:
                continue
            if relation == "compatriot":
                # "Brunner … vor seinem Landsmann X": X shares the possessor's one country
                # "die ÖFB-Teamspieler X und Y … mit ihren Landsleuten": the ÖFB's country
                countries = _countries(other) or _institution_countries(other, lex)
                if r.country is None and len(countries) == 1:
                    r.country, r.country_from = next(iter(countries)), "demonym"
                continue
            for orole in other.roles:
                if orole.info.kind == "office":
                    if relation == "colleague":
                        office = orole.info.function or orole.info.lemma
                        office = _gendered(office, r.info.feminine, lex)
                    else:
                        # "Bans Vorgänger X": X held Ban's office ("früherer UN-Generalsekretär")
                        office = orole.info.lemma
                        if relation == "predecessor":
                            office = ("frühere " if r.info.feminine else "früherer ") + office
                        if orole.info.org and cl.members:
                            cl.members[0].orgs.append(orole.info.org)
                    if office not in cl.extra_roles:
                        cl.extra_roles.append(office)
                    break


#: masculine office nouns whose feminine form has an umlaut ("Rätin", "Anwältin", "Ärztin")
UMLAUT_FEMININE = (("rat", "rät"), ("anwalt", "anwält"), ("arzt", "ärzt"))


def _gendered(office: str, feminine: bool, lex: Lexicon) -> str:
    """An office noun in the gender of the relation noun that passes it on: "seine deutsche
    Amtskollegin X" of Chancellor Y holds "Kanzlerin", "Nichols Enterprise-Kollege X" of an
    actress "Schauspieler" (session 28: the possessor's own form was copied)."""
    info = lex.role(office)
    if info is None or " " in office or info.feminine == feminine:
        return office
    if feminine:
        base = office[:-1] if office.endswith("e") else office
        for plain, umlaut in UMLAUT_FEMININE:
            if base.lower().endswith(plain):
                base = base[: -len(plain)] + (
                    umlaut if base[-len(plain)].islower() else umlaut.capitalize()
                )
                break
        cands = [base + "in"]
    else:
        stem = office[:-2]
        cands = [stem, stem.translate(UMLAUT_BASE), stem + "e"]
    for cand in cands:
        found = lex.role(cand)
        if found is not None and found.feminine == feminine and found.lemma == cand:
            return cand
    return office


def _credit_parts(article: Article) -> list[str]:
    parts: list[str] = []
    for block in article.media:
        if block.credit:
            parts.extend(p.strip() for p in block.credit.replace(",", "/").split("/"))
    return [p for p in parts if p]


def _person_like(name: str, lex: Lexicon) -> bool:
    """ "Jan Kessler" in a credit is a photographer, "Getty Images" is not."""
    toks = name.split()
    return (
        2 <= len(toks) <= 4
        and toks[0] in lex.first_names
        and all(t[:1].isupper() or t in ("von", "van", "de", "der") for t in toks)
    )


#: the roles the metadata gives a German report's people (English: see _drop_credited_persons)
_AUTHOR, _PHOTOGRAPHER = "Autor", "Fotograf"


def _metadata_people(article: Article, persons: list[Cluster], lex: Lexicon) -> list[Cluster]:
    """Authors of the byline ("Autor") and photographers of the credits ("Fotograf"); in an
    English report they are structure, not persons (:func:`_drop_credited_persons`)."""
    if is_english(article.language):
        _drop_credited_persons(article, persons)
        return []
    wanted = [(a.strip(), _AUTHOR) for a in article.authors if a.strip()]
    wanted += [(p, _PHOTOGRAPHER) for p in _credit_parts(article) if _person_like(p, lex)]
    out: list[Cluster] = []
    for name, role in wanted:
        toks = name.split()
        known = next(
            (
                cl
                for cl in persons + out
                if cl.surname == core(toks[-1])
                and (not cl.firsts or any(same_first_name(toks[0], f) for f in cl.firsts))
            ),
            None,
        )
        if known is None:
            known = Cluster("PER", surname=core(toks[-1]), no_text=True)
            known.firsts.add(toks[0])
            known.members.append(Cand(-1, 0, 0, -1, -1, "PER", name, "metadata", key=name))
            for bp in article.boilerplate:
                pos = _find_word(bp.text, name)
                if pos >= 0:
                    known.members[0].start = bp.start + pos
                    known.members[0].end = bp.start + pos + len(name)
                    break
            out.append(known)
        if role not in known.extra_roles:
            known.extra_roles.append(role)
    return out


def _drop_credited_persons(article: Article, persons: list[Cluster]) -> None:
    """English: the byline's authors and the photographers of the credits are the page's
    structure (``Article.authors``, ``MediaBlock.credit``), not persons of the text (the English
    gold lists the people the article body names). A person all of whose mentions stand in a
    media block and whose name is one of its credits ("… in Littleton, Colo. (AP
    Photo/Emma Carter)") goes."""
    credits = {core(p.split()[-1]) for p in _credit_parts(article) if p.split()}
    media = [(b.start, b.end) for b in article.media]

    def in_media(c: Cand) -> bool:
        return any(a <= c.start and c.end <= b for a, b in media)

    persons[:] = [
        cl
        for cl in persons
        if not (cl.members and cl.surname in credits and all(in_media(m) for m in cl.members))
    ]


def _metadata_orgs(article: Article, others: list[Cluster], lex: Lexicon) -> list[Cluster]:
    """Agencies of the byline and media credits as organisations (mentions where in the text)."""
    names: list[str] = list(article.agencies)
    names += [p for p in _credit_parts(article) if not _person_like(p, lex)]
    existing = {cl.key.split("|")[0].lower(): cl for cl in others}
    out: list[Cluster] = []
    for name in dict.fromkeys(names):
        if name.lower() in existing:
            continue
        cl = Cluster("ORG", key=name, no_text=True)
        for bp in article.boilerplate:
            pos = _find_word(bp.text, name)
            if pos >= 0:
                start = bp.start + pos
                cl.members.append(
                    Cand(-1, 0, 0, start, start + len(name), "ORG", name, "metadata", key=name)
                )
                break
        existing[name.lower()] = cl
        out.append(cl)
    return out


def _dateline_places(article: Article, others: list[Cluster], lex: Lexicon) -> list[Cluster]:
    """The place(s) of the dateline ("Wien/Berlin –"), which readers keep out of the text."""
    if not article.dateline:
        return []
    existing = {cl.key.split("|")[0] for cl in others}
    out = []
    parts = [p.strip() for p in article.dateline.replace(",", "/").split("/")]
    for k, name in enumerate(parts):
        if not name or not name[:1].isupper() or len(name) > 40:
            continue
        if k and name in lex.place_qualifiers:
            continue  # "Frankfurt/Main": the river tells the town apart, it is no place here
        key = lex.countries.get(name, name)
        if key in existing:
            continue
        cl = Cluster("LOC", key=key, no_text=True)
        country = lex.country_of(name)
        if country and country != key:
            cl.key = key
            cl.meta_country = country
        existing.add(key)
        out.append(cl)
    return out


def _find_word(text: str, word: str) -> int:
    start = 0
    while (pos := text.find(word, start)) >= 0:
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(word)] if pos + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return pos
        start = pos + 1
    return -1


ENGLISH_PRONOUNS = frozenset(["he", "she", "his", "her", "him", "it", "they", "i", "we"])


def _mentions(article: Article, cl: Cluster) -> list[Mention]:
    spans: set[tuple[int, int]] = set()
    for m in cl.members:
        if m.start < 0:  # known from metadata only
            continue
        spans.add((m.start, m.end))
        for r in m.roles:
            if not r.plural and r.is_mention:
                # (session 36) the role phrase with its complement is the mention: "der
                # Vorstandschef des Unternehmens", not "der Vorstandschef"
                spans.add((r.start, max(r.end, r.phrase_end)))
    for d in cl.descriptors:
        end = d.descriptor.phrase_end if d.descriptor is not None else -1
        spans.add((d.start, max(d.end, end)))
    if cl.type == "PER" and is_english(article.language):
        # "Carter’s stake": the possessive belongs to the mention, as the German genitive
        # ("Hubers", "Weiss'") does
        text = article.text

        def possessive(s: int, e: int) -> int:
            word = text[s:e]
            if not word[:1].isupper() or word.lower() in ENGLISH_PRONOUNS:
                return 0  # "He’s" is "he is"
            if text.startswith(("’s", "'s"), e):
                return 2
            # "Jennings’ coach"; after another letter the mark closes a quotation
            return 1 if word[-1:] in "sxz" and text.startswith(("’ ", "' "), e) else 0

        spans = {(s, e + possessive(s, e)) for s, e in spans}
    return [Mention(text=article.text[s:e], start=s, end=e) for s, e in sorted(spans)]


def _name(cl: Cluster, lex: Lexicon) -> str:
    if cl.type == "PER":
        keys = [m.key or m.text for m in cl.members if m.source != "descriptor"]
        return max(keys, key=lambda k: (len(k.split()), keys.count(k), -keys.index(k)))
    base, _, country = cl.key.partition("|")
    prefix = base.split("-", 1)[0] if "-" in base else ""
    if country and prefix and (lex.prefixes.get(prefix) or lex.countries.get(prefix)) == country:
        return base  # "US-Regierung" names its country already: not "amerikanische US-Regierung"
    if country:
        nouns = [m for m in cl.members if m.source == "orgnoun"]
        # the gender of the noun that names the body ("türkische Streitkräfte" beside "Militär")
        gender = next((m.gender for m in nouns if m.key == base), nouns[0].gender if nouns else "f")
        adj = lex.country_info[country].adjective if country in lex.country_info else ""
        if adj:
            ending = {"m": "er", "f": "e", "n": "es", "pl": "e"}[gender]
            return f"{adj}{ending} {base}"
    return base or cl.members[0].text


def _roles(cl: Cluster) -> list[str]:
    texts: list[str] = []
    for r in sorted(cl.roles, key=lambda r: r.start):
        if r.info.kind not in ("title", "demonym") and r.info.relation != "compatriot":
            texts.append(r.text)
    for d in cl.descriptors:
        rp = d.descriptor
        if rp is not None and rp.info.kind == "office":
            # a complement as the named role phrases write it: "heutiger Präsident der
            # EU-Kommission" (`roles._role_np`)
            texts.append(f"{rp.text} {rp.complement}" if rp.complement else rp.text)
    texts.extend(cl.extra_roles)
    texts = list(dict.fromkeys(texts))
    low = [t.lower() for t in texts]
    return [
        t
        for t, lt in zip(texts, low, strict=True)
        if not any(o != lt and o.endswith(lt) for o in low)
    ]


def _home_office(cl: Cluster, lex: Lexicon) -> int | None:
    """Where a person is first given a state or local office with no country, organisation
    or complement stated ("Bürgermeister Emil Brandt", "Staatspräsident X"; `home_offices` in
    roles.yaml); None when there is none. Not roles held abroad (Botschafter), compounds with
    a prefix ("EU-Kommissar") nor "Präsident der Uno-Vollversammlung"."""
    phrases = list(cl.roles) + [d.descriptor for d in cl.descriptors if d.descriptor]
    starts = []
    # "=präsident": that word alone or after a state prefix, not a group's president
    # ("Kurdenpräsident", "Vereinspräsident"); session 36: split once per call, not per phrase
    exact, suffixes = _home_office_forms(lex.home_offices)
    for r in phrases:
        info = r.info
        if info.kind != "office" or r.country or r.org or info.org or lex.is_posted(info):
            continue
        # "Ex-Außenminister" is a former office of the same state, no prefix organisation
        lemma = info.lemma.lower().removeprefix("ex-")
        if r.complement_name or len(r.text.split()) > 2 or "-" in lemma:
            continue
        forms = _office_forms(lemma)
        if any(f.endswith(suffixes) for f in forms) or (forms & exact):
            starts.append(r.start)
    return min(starts) if starts else None


@cache
def _home_office_forms(home_offices: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The `home_offices` entries split: the exact words ("=präsident" → "präsident") and the
    endings that make an office a home office."""
    exact = frozenset(h[1:] for h in home_offices if h.startswith("="))
    return exact, tuple(h for h in home_offices if not h.startswith("="))


#: the umlaut of a feminine form's last vowel ("Landesrätin", "Anwältin") and its base vowel
UMLAUT_BASE = str.maketrans("äöü", "aou")


def _office_forms(lemma: str) -> set[str]:
    """The lower-case lemma of an office and, for a feminine form, the masculine one
    ("gesundheitsministerin" → "gesundheitsminister", "landesrätin" → "landesrat"): the
    office tables list masculine forms."""
    low = lemma.lower()
    forms = {low}
    if low.endswith("in") and len(low) > 4:
        base = low[:-2]
        forms.add(base)
        m = re.search(r"[äöü](?=[^aeiouäöü]*$)", base)
        if m:
            forms.add(base[: m.start()] + base[m.start()].translate(UMLAUT_BASE) + base[m.end() :])
    return forms


#: how far before a home office another country named last keeps it from the home country
NEAR_COUNTRY_CHARS = 120


def _local_office(cl: Cluster, lex: Lexicon) -> bool:
    """Does the person hold a local or regional office (`local_offices` in roles.yaml:
    Bürgermeister, Landeshauptmann, Landesrat)?"""
    phrases = list(cl.roles) + [d.descriptor for d in cl.descriptors if d.descriptor]
    return any(f.endswith(lex.local_offices) for r in phrases for f in _office_forms(r.info.lemma))


def _subject_country(
    start: int, segments: list[Segment], sents: list[tuple[int, int, int]], lex: Lexicon
) -> str | None:
    """The country that opens, as its subject, the sentence of a state office with no country
    or the sentence before ("Ägypten versucht …, der seit dem Sturz des islamistischen
    Präsidenten Farid Amrani …", "Bulgarien baut indes den Schutz seiner Grenzen aus. …,
    sagte Außenminister Boris Petrov"): a country's name first in the sentence with a
    lower-case word after it (a verb, not a list "Slowenien, Kroatien und …"); None when the two
    sentences open with different countries or none (session 27: 4 right, none wrong on the
    tuning set; 4 right, none wrong on 10kGNAD)."""
    spans = []
    for idx, a, b in sents:
        seg = segments[idx]
        spans.append((seg.start + seg.doc[a].idx, seg.start + seg.doc[b - 1].idx, idx, a, b))
    here = next((n for n, sp in enumerate(spans) if sp[0] <= start <= sp[1]), None)
    if here is None:
        return None
    found = set()
    for n in (here - 1, here):
        if n < 0:
            continue
        _, _, idx, a, b = spans[n]
        doc = segments[idx].doc
        k = a
        while k < b and (doc[k].is_punct or doc[k].is_quote):
            k += 1
        word = doc[k].text if k < b else ""
        country = lex.countries.get(word)
        if (
            country is not None
            and not word.endswith("s")
            and k + 1 < b
            and doc[k + 1].text[:1].islower()
        ):
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _country_near(text: str, start: int, lex: Lexicon) -> str | None:
    """The one country the text names before a state office in the office's own sentence:
    "… nach Österreich kommen und Gespräche mit Gesundheitsministerin X führen". None for none,
    two different ones or a list ("Slowenien, Kroatien und Mazedonien"); a country that
    qualifies another office ("Frankreichs Präsident Y", "der britische Premier") is not
    counted. Not a sentence before ("… hat Österreich einen der liberalsten Arbeitsmärkte.
    Selbst die Pläne der Regierung von Premier Luc Dumont …")."""
    low = max(0, start - NEAR_COUNTRY_CHARS)
    ends = list(re.finditer(r"[.!?]\s", text[low:start]))
    if ends:
        low += ends[-1].end()
    matches = list(re.finditer(r"[\w-]+|,", text[max(0, low - 40) : start]))
    words = [m.group() for m in matches]
    offset = max(0, low - 40)

    found = set()
    for n, word in enumerate(words):
        if offset + matches[n].start() < low or (c := _word_country(word, lex)) is None:
            continue
        after = words[n + 1 : n + 3]
        before = words[max(0, n - 2) : n]
        if (len(after) == 2 and after[0] in LIST_WORDS and _word_country(after[1], lex)) or (
            len(before) == 2 and before[1] in LIST_WORDS and _word_country(before[0], lex)
        ):
            return None  # "Slowenien, Kroatien und Mazedonien"
        if after and after[0][:1].isupper() and lex.role(after[0]) is not None:
            continue
        found.add(c)
    return found.pop() if len(found) == 1 else None


#: words that join the members of a list ("Slowenien, Kroatien und Mazedonien")
LIST_WORDS = frozenset([",", "und", "oder", "sowie"])


def _other_country_near(text: str, start: int, home: str, lex: Lexicon) -> bool:
    """Does the text shortly before a role (about two sentences) name a country other than
    ``home``? "Deutschland hat … verloren. Finanzminister Erik Brandt …" in a report
    from Helsinki: the minister is not Finnish."""
    last = None
    for word in re.findall(r"[\w-]+", text[max(0, start - NEAR_COUNTRY_CHARS) : start]):
        if (c := _word_country(word, lex)) is not None:
            last = c
    return last is not None and last != home


def _word_country(word: str, lex: Lexicon) -> str | None:
    """The country a word names: its name, its adjective ("ungarischen") or, capitalised, its
    inhabitants ("Franzosen")."""
    c = lex.countries.get(word) or lex.country_of_adjective(word)
    if c is None and word[:1].isupper() and (dem := lex.demonym(word)) is not None:
        c = dem[1]
    return c


def _affiliation(cl: Cluster) -> str | None:
    votes: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    regional: Counter[str] = Counter()  # "der Innsbrucker SPÖ-Chef": the party says more
    for m in cl.members:
        for r in m.roles:
            if r.country and r.country_from == "region":
                regional[r.country] += 1
                if r.org:
                    orgs[r.org] += 1
            elif r.country:
                votes[r.country] += COUNTRY_WEIGHT.get(r.country_from or "", 1)
            elif r.org:
                orgs[r.org] += 1
        if m.country and cl.type == "PER":
            votes[m.country] += 1
        for o in m.orgs:
            orgs[o] += 2
    for d in cl.descriptors:
        rp = d.descriptor
        if rp is not None and rp.country:
            (regional if rp.country_from == "region" else votes)[rp.country] += 1
        elif rp is not None and (org := rp.org or rp.info.org):
            orgs[org] += 1  # "der FPÖ-Chef" pointing back to a person
    if cl.type != "PER":
        if cl.meta_country:
            return cl.meta_country
        key_country = cl.key.partition("|")[2]
        member = next((m.country for m in cl.members if m.country), None)
        country = key_country or member
        return None if country == cl.key else country
    if votes:
        return votes.most_common(1)[0][0]
    if orgs:
        return orgs.most_common(1)[0][0]
    if regional:
        return regional.most_common(1)[0][0]
    return None
