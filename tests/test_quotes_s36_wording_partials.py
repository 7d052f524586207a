"""Session 36 (helper "qrec"): a phrase closed by "…, wie es X formuliert" is X's partial quote.

10kGNAD prints partial quotes without their marks; a "wie" clause whose object "es" points back
at the phrase before it and whose verb names a wording (``formulieren``, ``bezeichnen``,
``nennen``) gives the phrase a speaker (``WordingPartials.wording_partial_pass``). A "wie" clause
that retells without "es" (``wie Acer seine Produkte nennt``) or with another verb is no such cue.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0988 (tuning gnad-0773),
10kgnad-test-0997 (tuning gnad-0780), 10kgnad-test-0491 (tuning gnad-0383) and
10kgnad-test-0834 (fresh text, records 300–801)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

MICROSOFT = (
    "Microsoft hat die Frist für das kostenlose Upgrade auf Windows 10 nicht verlängert. Das "
    "Gratis-Update wird allerdings für eine Nutzergruppe bestehen bleiben. Nämlich jene "
    "Menschen, die auf assistive Technologien angewiesen sind, wie es Microsoft in einem "
    "Blogbeitrag formuliert. Windows 10 kann etwa mit speziellen Tastaturen genutzt werden."
)

NASA = (
    "Die NASA hat eine neue Aufnahme des Hubble-Teleskops veröffentlicht. Die Bilder gewähren "
    "damit auch einen Einblick in die Entwicklung von Galaxien und Sternen von der Gegenwart bis "
    "in die tiefe Vergangenheit: ein Familienbild, wie es die NASA in einer Aussendung zur Studie "
    "bezeichnete."
)

PRONOUN = (
    "Das Team Stronach will der Bildungsreform auf keinen Fall zustimmen. Vor allem die Pläne zu "
    "den Modellregionen für die gemeinsame Schule sind laut Klubchef Robert Lugar eine "
    "gefährliche Drohung, wie er es am Mittwoch bei einer Pressekonferenz nannte."
)

NAMING = (
    "Acer hat neue Geräte vorgestellt. Die Predator-Reihe, wie Acer seine Produkte für "
    "Videospieler nennt, wurde schon im Sommer um ein Tablet erweitert."
)


def _partials(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
        if q.kind == "partial"
    ]


def test_the_phrase_before_wie_es_x_formuliert_is_xs_partial(nlp_de_trained: Any) -> None:
    partials = _partials(MICROSOFT, nlp_de_trained)
    texts = [t for t, _ in partials]
    assert "jene Menschen, die auf assistive Technologien angewiesen sind" in texts
    assert dict(partials)["jene Menschen, die auf assistive Technologien angewiesen sind"] == (
        "Microsoft"
    )


def test_the_phrase_after_a_colon(nlp_de_trained: Any) -> None:
    partials = _partials(NASA, nlp_de_trained)
    assert [t for t, _ in partials] == ["ein Familienbild"]


def test_the_pronoun_before_es_is_the_person_the_sentence_named(nlp_de_trained: Any) -> None:
    assert _partials(PRONOUN, nlp_de_trained) == [("eine gefährliche Drohung", "Robert Lugar")]


def test_a_wie_clause_without_es_names_no_wording(nlp_de_trained: Any) -> None:
    assert _partials(NAMING, nlp_de_trained) == []
