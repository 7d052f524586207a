"""Role nouns that refer back to a person: "der Kremlchef", "Der Minister", "Sein Gastgeber"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsgraph.entities.cluster import Cluster
from newsgraph.entities.descriptor_complements import read_complement
from newsgraph.entities.lexicon import INDEFINITE, Lexicon, RoleInfo
from newsgraph.entities.mentions import Cand, RolePhrase
from newsgraph.entities.roles import (
    adjectival,
    role_gender,
    role_phrase_left,
)
from newsgraph.entities.tokens import (
    doc_text,
    has_pos,
    is_adjective,
    is_cap,
    is_name_like,
    looks_common_noun,
    token_lemmas,
    token_lowers,
    token_texts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.pipeline import Segment

# how far back (in sentences) a role noun may point to a person matched only by the office
HEAD_WINDOW = 6


@dataclass
class Visit:
    sent: int
    host: Cluster
    guest: Cluster


def find_visits(
    segments: list[Segment], sents: list[tuple[int, int, int]], persons: list[Cluster], lex: Lexicon
) -> list[Visit]:
    """Who hosted whom: "X hat Y besucht" (host = object), "X hat Y empfangen" (host = subject)."""
    out = []
    for sid, (seg_idx, a, b) in enumerate(sents):
        doc = segments[seg_idx].doc
        words = token_lowers(doc)[a:b]
        lemmas = {lemma.lower() for lemma in token_lemmas(doc)[a:b] if lemma}
        obj = any(w in lex.host_is_object for w in words) or "besuchen" in lemmas
        subj = any(w in lex.host_is_subject for w in words) or "empfangen" in lemmas
        if not (obj or subj):
            continue
        seen: list[tuple[Cand, Cluster]] = []
        for cl in persons:
            for m in cl.members:
                if m.seg == seg_idx and a <= m.i < b and all(c is not cl for _, c in seen):
                    seen.append((m, cl))
        seen.sort(key=lambda x: x[0].i)
        if len(seen) < 2:
            continue
        (_m1, c1), (m2, c2) = seen[0], seen[1]
        passive = any(w in ("wurde", "wird", "worden", "wurden") for w in words) and (
            m2.i > 0 and doc[m2.i - 1].lower_ in ("von", "vom")
        )
        first, second = (c2, c1) if passive else (c1, c2)
        host, guest = (second, first) if obj and not subj else (first, second)
        out.append(Visit(sid, host, guest))
    return out


def _covered_tokens(cands: list[Cand]) -> dict[int, set[int]]:
    """Token indices inside a candidate mention, per segment."""
    covered: dict[int, set[int]] = {}
    for c in cands:
        covered.setdefault(c.seg, set()).update(range(c.i, c.j))
    return covered


def find_descriptors(
    segments: list[Segment],
    seg_sents: list[list[tuple[int, int, int]]],
    cands: list[Cand],
    used: dict[int, set[int]],
    lex: Lexicon,
    lead: int,
) -> list[Cand]:
    """Definite singular role-noun phrases that are not attached to a name; a region's
    genitive opens one only in the sentences before ``lead`` (`lead_roles.lead_end`)."""
    covered = _covered_tokens(cands)
    out = []
    for seg_idx, seg in enumerate(segments):
        doc = seg.doc
        pos = has_pos(doc)
        texts = token_texts(doc)
        seg_text = ""  # doc.text joins every token anew: made once, when first needed
        for a, b, sid in seg_sents[seg_idx]:
            for k in range(a, b):
                text = texts[k]
                if k in used.get(seg_idx, ()) or k in covered.get(seg_idx, ()):
                    continue
                if not text[:1].isupper() and not (text[:1].isdigit() and "-" in text):
                    continue  # "Der 96-Trainer" may start with a club number
                tok = doc[k]
                info = lex.role(tok.text)
                if info is None or info.kind == "title":
                    continue
                if info.head.lower().endswith(lex.no_anaphor or ("\0",)):
                    continue  # "der Gemeinderat beschloss": the council
                # (session 36) a title that is an office too ("der Professor für
                # Verwaltungsrecht"): `role_phrase_left` steps over titles ("Minister Dr. X"),
                # here the title is the role noun itself
                title = lex.is_title(text)
                left = role_phrase_left(
                    seg, doc, k + 1, lex, pos, indefinite=True, noun_info=info if title else None
                )
                if left is None:
                    continue
                rp, _start = left
                rp.headline = rp.det is None and _headline_subject(doc, a, _start, k, b, pos)
                if (
                    rp.det is None
                    and not rp.headline
                    and not _place_determiner(doc, _start, k, rp, lex, region=sid < lead)
                ):
                    continue
                # the phrase's number (`role_phrase_left`: article, adjective ending, tagger,
                # "der" in a nominative slot) is the only test since session 35; a headline's
                # singular verb tells the number
                if rp.plural and not rp.headline:
                    continue
                if rp.det == "die" and adjectival(info.lemma) and tok.text.endswith("e"):
                    # "die Angeklagte", "die Vorsitzende": the article tells the gender
                    rp.info = replace(info, feminine=True)
                if rp.det in INDEFINITE and (rp.det not in ("ein", "eine") or _start != a):
                    continue  # "Ein Historiker nannte …": only to introduce the next name
                # a name follows: an unrecognised name, not an anaphor
                if (
                    k + 1 < b
                    and is_name_like(doc[k + 1], lex, pos)
                    and not looks_common_noun(doc[k + 1], pos)  # "dem Minister Zynismus"
                    and k + 1 not in covered.get(seg_idx, ())
                ) and (
                    not doc[k + 1].text.endswith("s") or lex.countries.get(doc[k + 1].text) is None
                ):
                    continue
                # "der Sprecher des Präsidenten": a complement names someone else; since
                # session 36 one that names no person belongs to the phrase ("die ehemalige
                # Präsidentin des Obersten Gerichtshofs", "dem EU-Kommissar für Digitalwirtschaft")
                # a relation's place is no part of it ("Sein Gastgeber in Minsk")
                comp = None if info.kind == "relation" else read_complement(doc, k, b, lex, pos)
                if comp is not None and comp.names_person:
                    continue
                if (
                    comp is None
                    and k + 2 < b
                    and doc[k + 1].lower_ in ("des", "der")
                    and (lex.countries.get(doc[k + 2].text) is None)
                ):
                    continue
                if comp is not None:
                    last = doc[comp.end - 1]
                    rp.phrase_end = seg.start + last.idx + len(last)
                    rp.complement = " ".join(doc[k + 1 : comp.end].text.split())
                    if doc[k + 1].lower_ in ("des", "der") and (
                        lex.countries.get(doc[k + 2].text) is None
                    ):
                        rp.known_complement = comp.words or ("",)
                if (
                    k + 1 < b
                    and (gc := lex.countries.get(doc[k + 1].text))
                    and doc[k + 1].text.endswith("s")
                ):
                    rp.country, rp.country_from = gc, "genitive"
                seg_text = seg_text or doc_text(doc)
                d = Cand(
                    seg=seg_idx,
                    i=k,
                    j=k + 1,
                    start=rp.start,
                    end=rp.end,
                    type="PER",
                    text=seg_text[rp.start - seg.start : rp.end - seg.start],
                    source="descriptor",
                    sent=sid,
                    descriptor=rp,
                )
                out.append(d)
    return out


def _headline_subject(doc: Doc, a: int, start: int, k: int, b: int, pos: bool) -> bool:
    """Is the role noun at ``k`` a headline's subject: no article or adjective, opening its
    sentence, right before a finite verb in the singular ("EU-Digitalkommissar will
    Urheberrechte stärken", "Biochemiker plädierte auf Fachtagung …")? Headlines drop the
    article; running text writes one ("Der Kommissar will …")."""
    if not pos or start != a or k != a or k + 1 >= b:
        return False
    verb = doc[k + 1]
    morph = str(verb.morph)
    return verb.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in morph and "Number=Sing" in morph


def _place_determiner(
    doc: Doc, start: int, k: int, rp: RolePhrase, lex: Lexicon, *, region: bool
) -> bool:
    """Does a country's genitive open the role phrase as its determiner ("Dänemarks Teamchef
    hat …", "Senegals U23-Teamspieler konnte …")? Such a phrase points back like "der Teamchef"
    (session 28), but not a team noun ("Portugals Meister muss …": a club, roles.yaml
    `team_heads`). With ``region`` (in the lead, `lead_roles`, session 34) a region's or
    capital's genitive does too ("Kärntens Landeshauptmann", `roles.role_phrase_left`); further
    on, "Tirols SPÖ-Chef" after another person's name is as often someone else (session 33)."""
    if rp.country_from == "genitive":
        if lex.countries.get(doc[start].text) is None:
            return False
    elif not (region and rp.country_from == "region"):
        return False
    return (
        start < k and doc[start].text.endswith("s") and rp.info.head.lower() not in lex.team_heads
    )


def resolve(
    d: Cand,
    persons: list[Cluster],
    visits: list[Visit],
    sent_of: dict[int, int],
    unnamed_heads: tuple[str, ...] = (),
) -> Cluster | None:
    """The person a role-noun phrase refers to, or None when the text does not bind it."""
    rp = d.descriptor
    assert rp is not None
    if rp.det in INDEFINITE:
        return None  # a new person: bound, if at all, to a name that follows
    info = rp.info
    if info.kind == "relation":
        if info.relation in ("host", "guest"):
            before = [v for v in visits if v.sent <= d.sent]
            if not before:
                return None
            v = before[-1]
            return v.host if info.relation == "host" else v.guest
        return None

    def compatible(cl: Cluster) -> bool:
        offices = [r for r in cl.roles if r.info.kind == "office"]
        if offices and info.kind == "office":
            # "die deutsche Kanzlerin" is not "Bundeskanzler X"; an adjectival noun by its
            # form: "Die EU-Außenbeauftragte" is "die EU-Außenbeauftragte Giulia Bianchi"
            genders = {role_gender(r) for r in offices} - {None}
            want = role_gender(rp)
            if want is not None and genders and want not in genders:
                return False
        # "dem SPÖ-Chef" is not "ÖVP-Chef X": the compounds name different organisations
        if info.org is not None and info.kind == "office":
            orgs = {r.info.org for r in cl.roles if r.info.head == info.head and r.info.org}
            if orgs and info.org not in orgs:
                return False
        if rp.country is None:
            return True
        countries = {r.country for r in cl.roles if r.country}
        return not countries or rp.country in countries

    def recent(found: list[Cluster], window: int | None) -> Cluster | None:
        scored = []
        for cl in found:
            last = cl.last_before(d.start)
            if last < 0:
                continue
            if window is not None and d.sent - sent_of.get(last, d.sent) > window:
                continue
            scored.append((last, cl))
        return max(scored, key=lambda x: x[0])[1] if scored else None

    # 1. the same role noun was attached to a name (anywhere in the text)
    bound = [
        cl for cl in persons if compatible(cl) and any(r.info.lemma == info.lemma for r in cl.roles)
    ]
    if bound:
        hit = recent(bound, None)
        if hit is not None:
            return hit
        return bound[0] if len(bound) == 1 else None
    # 2. same office (Kremlchef ~ russischer Präsident) or same head (Minister ~ Außenminister)
    function = info.function or info.lemma
    low = info.lemma.lower()
    same = []
    for cl in persons:
        if not compatible(cl):
            continue
        for r in cl.roles:
            rf = r.info.function or r.info.lemma
            if (
                rf == function
                and (rp.country is None or r.country in (None, rp.country))
                and (info.country is None or r.country == info.country)
            ):
                same.append(cl)
                break
            if r.info.lemma.lower().endswith(low) and info.country is None:
                same.append(cl)
                break
            if info.org and r.info.org == info.org and r.info.kind == "office":
                same.append(cl)  # "der UN-Chef" ~ "UN-Generalsekretär"
                break
    hit = recent(same, HEAD_WINDOW)
    if hit is not None or info.org is None or info.kind != "office" or rp.det not in DEFINITE:
        return hit
    if unnamed_heads and info.lemma.lower().endswith(unnamed_heads):
        return None  # "der Öbib-Pressesprecher": a source the text may never name
    # 3. "Der CSU-Chef" after "Jan Muster (CSU)": the one person the text gives the
    # compound's organisation in a bracket, and nobody else that one (not a role of that
    # body: "Vorstand Jan Huber" is not "der Öbib-Pressesprecher")
    members = [cl for cl in persons if any(info.org in m.orgs for m in cl.members)]
    if len(members) != 1 or not compatible(members[0]):
        return None
    return recent(members, HEAD_WINDOW)


AGE_NOUN = re.compile(r"^\d{1,3}-Jährige[nr]?$")
DEFINITE = frozenset(["der", "die", "des", "dem", "den"])


#: prepositions that take only the dative: "mit den Serben" is plural, "gegen den Serben" not
DATIVE_PREPOSITIONS = frozenset(
    ["mit", "von", "bei", "aus", "nach", "zu", "seit", "gegenüber", "samt", "nebst"]
)


def _singular(info: RoleInfo, text: str, det: str, before: str = "") -> bool:
    """Is an age or inhabitant noun singular: "der 48-Jährige", "die 31-Jährige", "des
    72-Jährigen", "der Däne", "die Nigerianerin", "den Italiener", "des Österreichers", "dem
    Serben" (not "die Griechen", "den Italienern", "mit den Serben")? ``before`` is the word
    before the article."""
    if info.kind == "age":
        return not (det == "die" and text.endswith("n"))
    if text.endswith("in"):
        return det in ("die", "der")  # feminine singular
    lemma = info.lemma
    if text == lemma:
        # "der Däne"; "dem/den Italiener" (the plural would be "den Italienern")
        return det == "der" or (det in ("dem", "den") and lemma.endswith("er"))
    if lemma.endswith("er") and text == lemma + "s":
        return det == "des"  # "des Österreichers"
    if lemma.endswith("e") and text == lemma + "n":
        # weak nouns: "des/dem Serben"; "den Serben" unless a dative preposition makes it plural
        return det in ("des", "dem") or (det == "den" and before not in DATIVE_PREPOSITIONS)
    return False


def find_person_nouns(
    segments: list[Segment],
    seg_sents: list[list[tuple[int, int, int]]],
    cands: list[Cand],
    used: dict[int, set[int]],
    lex: Lexicon,
) -> list[Cand]:
    """Definite nouns that name a person by age or origin, not by office: "der 48-Jährige",
    "des 72-Jährigen", "der Däne", "die Nigerianerin" (not followed by a name: then they are
    a premodifier, read by the role rules)."""
    covered = _covered_tokens(cands)
    # "Der Schweizer musste …": a one-word place mention that is an inhabitant noun after an
    # article ("Schweizer" is also a form of Schweiz) may still be a person noun
    lone_places = {(c.seg, c.i) for c in cands if c.type == "LOC" and c.j == c.i + 1 and c.i >= 0}
    out = []
    for seg_idx, seg in enumerate(segments):
        doc = seg.doc
        pos = has_pos(doc)
        texts = token_texts(doc)
        for a, b, sid in seg_sents[seg_idx]:
            for k in range(a + 1, b):
                text = texts[k]
                if k in used.get(seg_idx, ()):
                    continue
                if k in covered.get(seg_idx, ()) and (
                    (seg_idx, k) not in lone_places
                    or lex.demonym(text) is None
                    or lex.countries.get(text) == text  # "der Ukraine": the country
                ):
                    continue
                if AGE_NOUN.match(text):
                    info = RoleInfo(lemma=text, head="jährige", kind="age")
                elif text[:1].isupper() and lex.role(text) is None:
                    dem = lex.demonym(text, cities=True, genitive=True)
                    if dem is None:
                        continue
                    if (
                        lex.demonym(text, genitive=True) is None
                        or lex.place_adjective_base(text) is not None
                    ) and (k + 1 < b and doc[k + 1].text[:1].isupper()):
                        # "der Salzburger Landtag", "den Schweizer Durchzugsverkehr": a place's
                        # adjective
                        continue
                    info = RoleInfo(lemma=dem[0], head=dem[0], kind="demonym", country=dem[1])
                else:
                    continue
                tok = doc[k]
                if k + 1 < b and (
                    is_name_like(doc[k + 1], lex, pos) or k + 1 in covered.get(seg_idx, ())
                ):
                    continue  # "der Däne Lars Nilsen": a premodifier
                m = k - 1
                # "der 34-jährige Basler": lower-case attributes and age adjectives
                while m > a and is_adjective(doc[m], pos) and not doc[m].text[:1].isupper():
                    m -= 1
                det = doc[m].lower_
                if det not in DEFINITE:
                    continue
                before = doc[m - 1].lower_ if m > 0 else ""
                local = info.kind == "demonym" and lex.demonym(text, genitive=True) is None
                if local and det != "der" and not text.endswith("in"):
                    continue  # "dem Kärntner", "den Burgenländer": only the nominative
                if not _singular(info, tok.text, det, before) or (
                    det == "der" and m > a and is_cap(doc[m - 1]) and not doc[m - 1].is_sent_start
                ):
                    continue  # "die Griechen", "den Italienern"; "Forderungen der Nigerianer"
                start = seg.start + doc[m].idx
                end = seg.start + tok.idx + len(tok)
                rp = RolePhrase(
                    doc[m : k + 1].text, start, end, info, country=info.country, det=doc[m].lower_
                )
                rp.country_from = "demonym" if info.country else None
                out.append(
                    Cand(
                        seg=seg_idx,
                        i=k,
                        j=k + 1,
                        start=start,
                        end=end,
                        type="PER",
                        text=doc[m : k + 1].text,
                        source="descriptor",
                        sent=sid,
                        descriptor=rp,
                    )
                )
    return out
