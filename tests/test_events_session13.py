"""Session 13: argument roles of events from the clause structure (sentences written for the
tests): the subject of a light verb the parser read as an object, a plural "sie" as the
plural subject of the sentence before, "das Land" as the state named before it, and a comma
between two attributes that ends no clause."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.nlp import load_pipeline, nlp_available
from tests.event_helpers import analyse_de

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    if not nlp_available("de"):
        pytest.skip("the trained German pipeline is not built")
    return load_pipeline("de")


def _events(article: Article, etype: str) -> list[Event]:
    return [e for e in article.events if e.type == etype]


def _names(refs: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in refs]


def test_light_verb_subject_read_as_an_object(nlp: object) -> None:
    # "die Staatsanwaltschaft" parsed as an object (of the noun): the one phrase before the
    # noun that may be nominative and agrees with "hat" is the subject of "aufgenommen"
    article = analyse_de(
        "Seit Dienstag hat auch die Staatsanwaltschaft Ermittlungen gegen den Bürgermeister"
        " Karl Bauer aufgenommen.",
        nlp,
    )
    (ev,) = _events(article, "ACCUSE")
    assert _names(ev.actors) == ["Staatsanwaltschaft"]
    assert _names(ev.targets) == ["Karl Bauer"]


def test_plural_sie_is_the_plural_subject_before(nlp: object) -> None:
    article = analyse_de(
        "Die Grünen und die Neos kritisierten den Plan. Sie forderten den Minister Hans Huber"
        " zum Rücktritt auf.",
        nlp,
    )
    (ev,) = _events(article, "REQUEST")
    assert sorted(_names(ev.actors)) == ["Grüne", "Neos"]
    assert _names(ev.targets) == ["Hans Huber"]


def test_singular_sie_is_not_read_as_a_group(nlp: object) -> None:
    # a singular verb: "sie" is one woman, never the plural subject before
    article = analyse_de(
        "Die Grünen und die Neos kritisierten den Plan. Sie forderte den Minister Hans Huber"
        " zum Rücktritt auf.",
        nlp,
    )
    for ev in _events(article, "REQUEST"):
        assert "Grüne" not in _names(ev.actors)


def test_das_land_is_the_state_named_before(nlp: object) -> None:
    # with a comma between two attributes of one noun inside the clause ("ein großes,
    # dreijähriges Hilfspaket"): the subject before it stays in the verb's clause
    article = analyse_de(
        "Portugal steckt tief in der Krise. Das Land hat am Montag überraschend ein großes,"
        " dreijähriges Hilfspaket beim Euro-Hilfsfonds ESM beantragt.",
        nlp,
    )
    (ev,) = _events(article, "REQUEST")
    assert _names(ev.actors) == ["Portugal"]
    assert _names(ev.targets) == ["ESM"]


def test_das_land_after_a_town_names_nobody(nlp: object) -> None:
    # the last place named is a town, not a state: "das Land" is left unresolved
    article = analyse_de(
        "In Graz regnete es am Sonntag. Das Land hat am Montag ein Hilfspaket beim Bund beantragt.",
        nlp,
    )
    for ev in article.events:
        assert "Graz" not in _names(ev.actors)


def test_possessive_noun_inside_an_object_is_the_subjects(nlp: object) -> None:
    # "ihrer Streiks" hangs on "Ausweitung", the object of "angekündigt": Verdi's strikes
    article = analyse_de(
        "Die Gewerkschaft Verdi hat eine Ausweitung ihrer Streiks gegen die Deutsche Post"
        " angekündigt.",
        nlp,
    )
    (ev,) = _events(article, "PROTEST")
    assert _names(ev.actors) == ["Verdi"]


def test_singular_possessive_is_not_a_plural_subjects(nlp: object) -> None:
    # "seiner" (one) cannot stand for the plural subject "Die Grünen und die Neos"
    article = analyse_de(
        "Die Grünen und die Neos verurteilten die Fortsetzung seiner Angriffe auf die Presse.",
        nlp,
    )
    for ev in _events(article, "ASSAULT"):
        assert not {"Grüne", "Neos"} & set(_names(ev.actors))


def test_relative_clause_after_the_closing_verb(nlp: object) -> None:
    # ", die … kritisiert hatten" after "zurück": the plural noun before the particle that
    # names somebody ("der Grünen"), not the singular "Anzeige"
    article = analyse_de(
        "Das Verfahren geht auf eine Anzeige der Grünen zurück, die den Minister Hans Huber"
        " scharf kritisiert hatten.",
        nlp,
    )
    (ev,) = _events(article, "ACCUSE")
    assert _names(ev.actors) == ["Grüne"]
    assert _names(ev.targets) == ["Hans Huber"]


def test_name_in_commas_parsed_as_a_conjunct_of_the_subject(nlp: object) -> None:
    # "Sein Vertreter, Kanzleramtsminister X, gibt …": the name in commas (parsed as a
    # conjunct of "Vertreter") ends right before the clause of the verb and belongs to it
    article = analyse_de(
        "Sein Vertreter, Kanzleramtsminister Peter Maier, gibt Huber ganz offen die Schuld am"
        " Scheitern des Gipfels.",
        nlp,
    )
    (ev,) = _events(article, "ACCUSE")
    assert _names(ev.actors) == ["Peter Maier"]
    assert _names(ev.targets) == ["Huber"]


# session 13, round 2


def test_singular_sie_is_the_feminine_organisation_before(nlp: object) -> None:
    # "sie" with a singular verb after "Die Türkei …" as subject: the state, not a woman
    article = analyse_de(
        "Die Türkei kritisierte die Angriffe der YPG scharf. Zugleich griff sie die Kurdenmiliz"
        " PYD an.",
        nlp,
    )
    (ev,) = [e for e in _events(article, "ASSAULT") if "PYD" in _names(e.targets)]
    assert _names(ev.actors) == ["Türkei"]


def test_singular_sie_after_a_company_named_by_a_feminine_noun(nlp: object) -> None:
    article = analyse_de(
        "Die Firma Siemens wies die Vorwürfe zurück. Sie verklagte den Journalisten Karl Bauer.",
        nlp,
    )
    (ev,) = [e for e in article.events if "Karl Bauer" in _names(e.targets)]
    assert _names(ev.actors) == ["Siemens"]


def test_singular_sie_after_a_woman_stays_the_woman(nlp: object) -> None:
    article = analyse_de(
        "Die Ministerin Anna Berger lobte den Plan. Sie kritisierte die Gewerkschaft Verdi.",
        nlp,
    )
    (ev,) = [e for e in _events(article, "ACCUSE") if "Verdi" in _names(e.targets)]
    assert _names(ev.actors) == ["Anna Berger"]


def test_plural_sie_in_a_clause_under_a_plural_subject(nlp: object) -> None:
    # the plural subject of the clause that holds "sie" comes before the sentence before
    article = analyse_de(
        "Die Ermittler fanden keine Spuren. Die Abgeordneten der Grünen erklärten am Montag, sie"
        " lehnten den Plan von Minister Hans Huber ab.",
        nlp,
    )
    (ev,) = _events(article, "REJECT")
    assert _names(ev.actors) == ["Grüne"]
    assert _names(ev.targets) == ["Hans Huber"]


def test_plural_sie_in_a_dass_clause(nlp: object) -> None:
    article = analyse_de(
        "Die Gewerkschaften kündigten an, dass sie den Konzern Siemens verklagen würden.", nlp
    )
    (ev,) = _events(article, "ACCUSE")
    assert _names(ev.actors) == ["Gewerkschaften"]
    assert _names(ev.targets) == ["Siemens"]
