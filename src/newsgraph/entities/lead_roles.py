"""Role phrases of the lead that name the main person before the text does (session 34,
issue #3).

A German news report's lead often speaks of its main person by office alone and names them
only later: "Diesmal führe kein Weg mehr an einer Debatte vorbei, sagt Kärntens
Landeshauptmann. STANDARD: … Jan Brunner: …", "Nach der Niederlage … muss Griechenlands
Premier die Vereinbarungen … durchs Parlament bringen. … Mit dem Instinkt eines Volkstribuns
hat Yannis Papadakis …". Every other binding rule looks back (`descriptors.resolve`,
`stage._bind_across_sentences`, `protagonist.bind_to_protagonist`); a phrase that stands
before any person is named has no one to point back to. It points forward to the person named
first after it when that person is the one the article names most often.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsgraph.entities.protagonist import (
    DEFINITE,
    KINDS,
    NOT_AFTER,
    complement_follows,
    other_kind,
    word_before,
)
from newsgraph.entities.tokens import token_texts

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsgraph.entities.cluster import Cluster
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.entities.mentions import Cand, RolePhrase
    from newsgraph.pipeline import Segment

#: the lead: the article's first sentences (the teaser, or a headline and the first sentence)
LEAD_SENTENCES = 2


def lead_end(segments: list[Segment], seg_sents: list[list[tuple[int, int, int]]]) -> int:
    """The global index of the first sentence after the lead: the first :data:`LEAD_SENTENCES`
    sentences of two words or more (the parser makes a sentence of a lone quotation mark:
    '"Ich will etwas Festes …", sagt der Regisseur.')."""
    seen = 0
    for seg, rows in zip(segments, seg_sents, strict=True):
        texts = token_texts(seg.doc)
        for a, b, sid in rows:
            if sum(1 for t in texts[a:b] if t[:1].isalpha()) >= 2:
                seen += 1
                if seen == LEAD_SENTENCES:
                    return sid + 1
    return LEAD_SENTENCES


#: how often the main person must be named at least
MIN_NAMED = 3


def _lead_phrase(d: Cand, rp: RolePhrase, seg: Segment, lex: Lexicon) -> bool:
    """A singular role phrase opened by an article or by a country's or region's genitive
    ("der ehemalige Präsidentschaftskandidat", "Griechenlands Premier", "Kärntens
    Landeshauptmann"), with no complement after it, not an office or a counterpart, and not a
    team noun ("Der Meister hat mit der Admira seinen Spaß": the club)."""
    if rp.info.kind not in KINDS or rp.plural or rp.headline:  # the phrase's number (session 35)
        return False
    if rp.info.head.lower() in lex.team_heads:
        return False
    if rp.det not in DEFINITE and not (
        rp.det is None and rp.country_from in ("genitive", "region")
    ):
        return False
    if complement_follows(d, seg):
        return False
    return word_before(seg, d, rp.start) not in NOT_AFTER


def bind_lead_phrases(
    found: list[Cand],
    persons: list[Cluster],
    segments: list[Segment],
    gender_fits: Callable[[RolePhrase, Cluster], bool],
    countries: Callable[[Cluster], set[str]],
    lex: Lexicon,
    end: int = LEAD_SENTENCES,
) -> list[Cand]:
    """Bind each role phrase of ``found`` that no person holds, stands in the lead (the
    sentences before ``end``, see :func:`lead_end`) and before any person is named, to the person named first
    after it when that person is named at least :data:`MIN_NAMED` times and more often than
    anyone else, and gender, country and role noun agree. Returns the phrases bound."""
    out: list[Cand] = []
    counts = Counter({id(cl): sum(1 for m in cl.members if m.start >= 0) for cl in persons})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_NAMED:
        return out
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return out  # no one main person
    # the person named first (the main person is named, so someone is)
    first_start, first = min(
        ((m.start, cl) for cl in persons for m in cl.members if m.start >= 0),
        key=lambda x: x[0],
    )
    if id(first) != ranked[0][0]:
        return out
    held = {id(d) for cl in persons for d in cl.descriptors}
    for d in found:
        rp = d.descriptor
        if rp is None or id(d) in held or d.sent >= end or d.seg < 0:
            continue
        if d.end > first_start or not _lead_phrase(d, rp, segments[d.seg], lex):
            continue  # a person is named before it: the rules that look back decide
        if not gender_fits(rp, first) or other_kind(rp, first):
            continue
        known = countries(first)
        if rp.country and known and rp.country not in known:
            continue  # "Serie des Serben beendet – Der Schweizer X …"
        first.descriptors.append(d)
        held.add(id(d))
        out.append(d)
    return out
