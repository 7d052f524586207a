"""Session 35 (issue #5, helper "evrec"): a capital that acts stands for its state
(`events/capitals.py`). Sentences from 10kGNAD records (CC BY-NC-SA 4.0; record ids at each
test), others written for the tests."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in _events(text)
    ]


def test_a_capital_announcing_a_launch_is_its_state() -> None:
    # 10kgnad-test-0291 (tuning gnad-0231)
    text = (
        "Pjöngjang hatte im Jänner seinen vierten Atomwaffentest und einen Monat später den "
        "Start einer Langstreckenrakete bekanntgegeben."
    )
    read = _read(text)
    assert read and all("Pjöngjang" not in actors for _, actors, _ in read)
    assert any("Nordkorea" in actors for _, actors, _ in read)


def test_a_capital_reproached_is_its_state() -> None:
    # written for the test
    text = "Der Botschafter warf Warschau vor, die Kontakte zu Moskau einzufrieren."
    assert ("ACCUSE", [], ["Polen"]) in _read(text)


def test_a_city_attacked_stays_the_city() -> None:
    # written for the test: the target of force is the place itself
    text = "Russische Truppen haben am Montag Kiew angegriffen."
    assert any("Kiew" in targets for t, _, targets in _read(text) if t == "ASSAULT")


def test_a_town_with_a_body_of_its_own_stays_the_town() -> None:
    # written for the test: the article names the city's administration
    text = "Die Stadt Wien hat den Vertrag gekündigt. Wien fordert nun mehr Geld vom Bund."
    read = _read(text)
    assert any(t == "REQUEST" and "Wien" in actors for t, actors, _ in read)
    assert all("Österreich" not in actors for _, actors, _ in read)


def test_english_capitals_are_left_alone() -> None:
    # written for the test: the lexicon's country names are German
    from newsgraph.pipeline import analyze
    from newsgraph.readers import read_string

    article = analyze(
        read_string(
            "London sharply criticised Washington on Monday for the new sanctions.",
            format="text",
            published="2020-01-01",
            language="en",
        )
    )
    names = {r.name for e in article.events for r in e.actors + e.targets}
    assert not names & {"Großbritannien", "USA"}
    assert {"London", "Washington"} & names
