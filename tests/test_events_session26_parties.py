"""Session 26: parties of events whose trigger is read. A name set off from its verb by an
apposition or a relative clause is the verb's subject ("Andreas X, Vorsitzender des
Dachverbands, begrüßt …"); the "von" phrase of a participle attribute is the agent of the noun
it opens ("die von Finanzminister X erhobene Forderung"). Sentences written for the tests
(modelled on tuning-set sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


def _read(ev: Event) -> tuple[str, list[str], list[str]]:
    return ev.type, [a.name for a in ev.actors], [t.name for t in ev.targets]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine, begrüßt die Idee "
            "des Bildungskompasses.",
            ("SUPPORT", ["Andreas Ehlers"], []),
        ),
        (
            "Hans Lotter, der rote Bürgermeister, widerspricht dem vehementest.",
            ("REJECT", ["Hans Lotter"], []),
        ),
    ],
)
def test_a_name_set_off_by_an_apposition_is_the_subject(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert [_read(e) for e in _events(text)] == [expected]


def test_a_speech_parenthesis_is_no_apposition() -> None:
    # "X, sagte Y, …": the inserted clause has a verb and no relative pronoun
    events = _events("Frankreich, sagte der Minister, kritisierte Russland.")
    assert all("Frankreich" not in [a.name for a in e.actors] for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die von Finanzminister Hans Jörg Schelling erhobene Forderung stößt auf Kritik.",
            ("REQUEST", ["Hans Jörg Schelling"], []),
        ),
        (
            "Die von den USA verhängten Strafmaßnahmen gegen den Iran bleiben in Kraft.",
            ("SANCTION", ["USA"], ["Iran"]),
        ),
    ],
)
def test_the_agent_of_a_participle_attribute_does_the_noun(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert expected in [_read(e) for e in _events(text)]


def test_a_merged_event_is_told_by_its_real_telling_not_a_supposed_one() -> None:
    """A hypothetical telling ("für den Fall seiner Festnahme") merged with the asserted one
    ("wurde er festgenommen") takes the latter's sentence and trigger as its evidence."""
    from newsgraph.events.merge import merge_events
    from newsgraph.model import EntityRef

    student = EntityRef(id="per-1", name="Peter Meier")
    supposed = Event(
        type="COERCE",
        targets=[student],
        trigger="Festnahme",
        sentence="Für den Fall seiner Festnahme sei ihm Geld versprochen worden.",
        start=0,
        end=1,
        modality="hypothetical",
    )
    real = Event(
        type="COERCE",
        targets=[student],
        trigger="festgenommen",
        sentence="Bei der Ausreise wurde er festgenommen.",
        start=100,
        end=112,
    )
    merged = merge_events([supposed, real])
    assert [(e.modality, e.trigger, e.sentence, e.start) for e in merged] == [
        ("asserted", "festgenommen", "Bei der Ausreise wurde er festgenommen.", 100)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auch in Österreich haben Portale Probleme mit den Behörden. Die Stadt Amsterdam hat "
            "sich nun mit Airbnb geeinigt.",
            ("AGREE", ["Amsterdam"], ["Airbnb"]),
        ),
        (
            "Die Gemeinde Hallstatt kritisierte den Tourismusverband Salzkammergut.",
            ("ACCUSE", ["Hallstatt"], ["Tourismusverband Salzkammergut"]),
        ),
    ],
)
def test_a_town_named_with_stadt_or_gemeinde_is_a_party(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert expected in [_read(e) for e in _events(text)]


def test_a_town_acting_as_a_party_acts_at_home() -> None:
    # (the dateline "Wien" is no place of an agreement the town of Amsterdam made)
    events = _events(
        "Wien – Auch in Österreich haben Portale Probleme mit den Behörden. Die Stadt Amsterdam "
        "hat sich nun mit Airbnb geeinigt."
    )
    agree = [e for e in events if e.type == "AGREE"]
    assert [(e.location.name if e.location else None) for e in agree] == ["Amsterdam"]


def test_in_der_stadt_stays_the_place() -> None:
    events = _events("In der Stadt Azaz kritisierte der Bürgermeister Hans Meier die Regierung.")
    assert all("Azaz" not in [a.name for a in e.actors + e.targets] for e in events)
