"""Session 27: a bare noun for a kind of organisation ("die Firma", "der Konzern", "das
Unternehmen", "die Partei") stands for an organisation of that kind named before it; "die Post"
is "Deutsche Post" (the last word of its name). Sentences written for the tests (modelled on
tuning-set and 10kGNAD sentences)."""

from __future__ import annotations

from tests.test_events_session27_triggers import _events, _read


def test_the_firm_is_the_company_named_before() -> None:
    events = _events(
        "Das kanadische Unternehmen TransCanada Corp wollte die Pipeline bauen. "
        "US-Präsident Barack Obama hat das Projekt gestoppt. "
        "Nach der Entscheidung Obamas kündigte die Firma eine Klage gegen die USA an."
    )
    assert [_read(e) for e in events if e.type == "ACCUSE"] == [
        ("ACCUSE", ["TransCanada"], ["USA"])
    ]


def test_the_group_is_the_company_named_most_not_the_agency_named_last() -> None:
    # "der Konzern" after "Apple … dem FBI": the company the article is about, not the FBI
    events = _events(
        "Apple hat eine Präsentation angekündigt. Apple wurde von einer Richterin "
        "angewiesen, dem FBI zu helfen. Die Bundespolizei verlangt, der Konzern solle eine "
        "Software schreiben."
    )
    requests = [_read(e) for e in events if e.type == "REQUEST"]
    assert requests == [("REQUEST", ["Bundespolizei"], ["Apple"])]


def test_the_post_is_deutsche_post() -> None:
    events = _events(
        "Die Gewerkschaft Verdi stellt sich auf einen Streik bei der Deutschen Post ein. "
        "Die Post hatte einen Verzicht auf die neuen Firmen immer wieder strikt abgelehnt."
    )
    assert ("REJECT", ["Deutsche Post"], []) in [_read(e) for e in events]


def test_a_company_noun_never_stands_for_a_union_or_a_party() -> None:
    # nothing before "das Unternehmen" is a company: it stays a nominal party
    events = _events(
        "Die Gewerkschaft GPA kritisierte die SPÖ. Das Unternehmen lehnte die Forderung ab."
    )
    rejects = [_read(e) for e in events if e.type == "REJECT"]
    assert rejects and all(
        "GPA" not in " ".join(a) and "SPÖ" not in " ".join(a) for _, a, _ in rejects
    )
