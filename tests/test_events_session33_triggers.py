"""Session 33 (issue #5, helper "evrec"): triggers of gold events of the tuning files that had
no trigger in their sentence — mockery and fault-finding, a wish addressed to someone, arson,
a rising put down, removal from power, a lawsuit ("vor Gericht ziehen"), a penalty received.
Sentences written for the tests (after tuning records)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events, _types


def _read(text: str) -> list[tuple[str, str | None, list[str], list[str], str]]:
    return [
        (e.type, e.mode, [a.name for a in e.actors], [t.name for t in e.targets], e.modality)
        for e in _events(text)
    ]


def test_fault_finding_and_mockery() -> None:
    text = "Im Vorjahr beanstandete die Volksanwaltschaft in 40 Fällen die Zustände in Heimen."
    assert _read(text) == [("ACCUSE", "criticism", ["Volksanwaltschaft"], [], "asserted")]
    text = "Über das Polizeiaufgebot spottet selbst der Bürgermeister Peter Maier."
    assert _read(text) == [("ACCUSE", "mockery", ["Peter Maier"], [], "asserted")]
    # "spottet jeder Beschreibung" mocks nobody
    assert _types("Der Zustand der Straße spottet jeder Beschreibung.") == []


def test_a_wish_addressed_to_someone() -> None:
    text = "Von der SPÖ wünscht sich Peter Maier mehr Unterstützung für Vereine."
    assert _read(text) == [("REQUEST", "wish", ["Peter Maier"], ["SPÖ"], "asserted")]
    # a wish addressed to nobody, and "lässt zu wünschen übrig", are no request
    assert _types("Peter Maier wünscht sich einen ruhigen Sommer.") == []
    assert _types("Die Umsetzung lässt einiges zu wünschen übrig.") == []


def test_arson_but_not_candles() -> None:
    text = "In der Nacht seien mehrere Unterkünfte in der Siedlung angezündet worden."
    assert _read(text) == [("ASSAULT", "arson", [], [], "asserted")]
    assert _types("Die Trauernden können vor der Kirche Kerzen anzünden.") == []


def test_a_rising_put_down_and_a_removal_from_power() -> None:
    text = "Das Museum erinnert an die blutige Niederschlagung der Proteste im Jahr 1956."
    assert _types(text) == ["ASSAULT"]
    text = "Der König wurde im Oktober 1910 durch das Militär entmachtet."
    assert _types(text) == ["COERCE"]


def test_a_lawsuit_carried_by_its_verb() -> None:
    text = "Apple zog gegen Samsung vor Gericht."
    assert _read(text) == [("ACCUSE", "lawsuit", ["Apple"], ["Samsung"], "asserted")]
    # a trial held is no lawsuit brought ("stand vor Gericht")
    assert _types("Apple stand wegen der Patente vor Gericht.") == []


def test_a_penalty_received_hits_the_subject() -> None:
    text = "Der Stürmer Marko Arnautovic erhielt vom ÖFB eine Geldstrafe von 5.000 Euro."
    assert _read(text) == [("COERCE", "penalty", ["ÖFB"], ["Marko Arnautovic"], "asserted")]
    # a penalty without an imposing or receiving verb stays none ("drohen Geldstrafen")
    assert _types("Den Verdächtigen drohen hohe Geldstrafen.") == []


def test_a_fence_put_up_at_a_border() -> None:
    text = "Slowenien errichtete im Herbst einen Zaun an der Grenze zu Kroatien."
    assert _read(text) == [("COERCE", "border fence", ["Slowenien"], [], "asserted")]
    assert _types("Ungarn baut einen Grenzzaun.") == ["COERCE"]
    # a garden fence is none
    assert _types("Der Nachbar Peter Maier baute einen neuen Gartenzaun.") == []


def test_the_plain_order_repairs_the_verb_that_carries_a_noun() -> None:
    # after this sentence the parser reads "Slowenien" as an adverb of "errichtete"
    text = (
        "Am Sonntag kamen mehr als 7.300 Flüchtlinge aus Serbien an, wie das kroatische "
        "Innenministerium mitteilte. Slowenien errichtete derzeit einen Zaun an der Grenze "
        "zu Kroatien."
    )
    assert _read(text) == [("COERCE", "border fence", ["Slowenien"], [], "asserted")]
