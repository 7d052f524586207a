"""Short forms of organisations: "die Syrische Beobachtungsstelle für Menschenrechte" …
"die Beobachtungsstelle", "das Bundesministerium für Gesundheit" … "das Ministerium".

A definite noun phrase whose noun is the head noun of exactly one organisation named earlier
in the article (or the last part of that head, from `short_form_heads` in orgs.yaml:
"Bundesministerium" → "Ministerium", "Nationalbank" → "Bank") is a mention of that
organisation. A bare one-word organisation cluster with that noun ("Universität" after "die
Technische Universität Graz") joins it. The noun must not start a name of its own ("die
Universität Wien", "das Ministerium für Inneres"); two organisations with the same head
("Zentralbank", "Nationalbank" → "die Bank") make it ambiguous, and so does another
organisation named after the last mention of the one with the head ("… die EZB … auf
Unicredit. Die Bank erklärte"): nothing is bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.entities.cluster import Cluster
from newsgraph.entities.mentions import Cand, span_cand
from newsgraph.entities.namewords import common_word_tag
from newsgraph.entities.tokens import has_pos, is_adjective, token_texts
from newsgraph.words_de import DEFINITE_ARTICLES as ARTICLES  # open a short form

if TYPE_CHECKING:
    from newsgraph.entities.lexicon import Lexicon
    from newsgraph.pipeline import Segment

#: contractions that open a short form; the mention starts after them
CONTRACTIONS = frozenset(["vom", "zum", "zur", "beim", "im", "am", "ins"])
#: words after the noun that make it the head of another name ("das Ministerium für Inneres")
NAME_GOES_ON = frozenset(["für", "der", "des", "von", "vom", "zur", "zum", "gegen"])
#: words inside a name that end its head part ("Beobachtungsstelle für Menschenrechte")
HEAD_ENDS = NAME_GOES_ON | frozenset(["und", "in", "am", "an", "im"])


def _heads(cl: Cluster, lex: Lexicon) -> list[str]:
    """The nouns a short form of this organisation may use (capitalised): those of its key and
    of its names of several words (session 22: a lexicon institution clusters under its
    canonical form, "EZB", and "die Europäische Zentralbank" still has the head "Bank")."""
    base = cl.key.partition("|")[0] or (cl.members[0].text if cl.members else "")
    found: list[str] = []
    for text in [base] + [m.text for m in cl.members if " " in m.text and m.text != base]:
        for h in _heads_of(text, lex):
            if h not in found:
                found.append(h)
    return found


def _heads_of(base: str, lex: Lexicon) -> list[str]:
    words = base.split()
    head = None
    for w in words:
        if w.lower() in HEAD_ENDS:
            break
        if common_word_tag(w) == "NN":
            head = w
    if head is None:
        return []
    found = [head] if len(words) > 1 else []
    low = head.lower()
    for tail in lex.short_form_heads:
        if low.endswith(tail) and low != tail:
            found.append(tail.capitalize())
    return found


def bind_short_forms(
    segments: list[Segment], others: list[Cluster], cands: list[Cand], lex: Lexicon
) -> list[Cluster]:
    """Add the short forms of the organisations to their clusters; returns the clusters left
    (bare one-word clusters merged into their organisation are gone)."""
    owners: dict[str, list[Cluster]] = {}
    for cl in others:
        if cl.type != "ORG" or not cl.members:
            continue
        for h in _heads(cl, lex):
            if cl not in owners.setdefault(h, []):
                owners[h].append(cl)
    unique = {h: cls[0] for h, cls in owners.items() if len(cls) == 1}
    if not unique:
        return others
    # "Universität" alone, after "die Technische Universität Graz": the same organisation
    left: list[Cluster] = []
    for cl in others:
        base = cl.key.partition("|")[0]
        target = unique.get(base) if cl.type == "ORG" and " " not in base else None
        if (
            target is not None
            and target is not cl
            and "|" not in cl.key
            and target.first_start < cl.first_start
        ):
            target.descriptors.extend(cl.members)
            continue
        left.append(cl)
    covered = {(c.seg, k) for c in cands for k in range(c.i, c.j)}
    for cl in left:
        covered.update((d.seg, k) for d in cl.descriptors for k in range(d.i, d.j))
    for idx, seg in enumerate(segments):
        doc = seg.doc
        pos = has_pos(doc)
        for k, word in enumerate(token_texts(doc)):
            if not word[:1].isupper() or (idx, k) in covered:
                continue
            forms = [word]
            if word.endswith("es"):
                forms.append(word[:-2])
            if word.endswith("s"):
                forms.append(word[:-1])
            target = next((unique[f] for f in forms if f in unique), None)
            if target is None:
                continue
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in NAME_GOES_ON):
                continue
            m = k - 1
            while m >= 0 and k - m <= 2 and is_adjective(doc[m], pos):
                m -= 1
            if m < 0 or doc[m].lower_ not in ARTICLES | CONTRACTIONS:
                continue
            first = m if doc[m].lower_ in ARTICLES else m + 1
            start = seg.start + doc[first].idx
            if start <= target.first_start:
                continue  # a short form points back to the name
            last = max((o.last_before(start), id(o)) for o in left if o.type == "ORG" and o.members)
            if last[1] != id(target):
                continue  # "… auf Unicredit. Die Bank erklärte": another organisation came last
            target.descriptors.append(span_cand(idx, seg, first, k + 1, "ORG", "shortform"))
    return left
