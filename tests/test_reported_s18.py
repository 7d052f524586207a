"""Session 18: reported speech the extractor did not find (issue #4). Sentences written for the
tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def _reported(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [(q.text, _speaker(q)) for q in _pipeline_quotes(text, nlp) if q.kind == "indirect"]


def test_nominal_content_of_a_perfect_cue(german_nlp: Any) -> None:
    # "hatte … von X gesprochen": the noun phrase stands before the participle
    text = (
        "Der Politiker Johann Gudenus wurde geklagt. Er hatte ähnlich wie andere Politiker "
        "von einer inszenierten Aufnahme gesprochen."
    )
    assert ("einer inszenierten Aufnahme", "Johann Gudenus") in _reported(text, german_nlp)
    text = (
        "Die Landwirtschaftskammer hat von einem Verlust in Höhe von 150 Millionen Euro gesprochen."
    )
    assert [t for t, _ in _reported(text, german_nlp)] == [
        "einem Verlust in Höhe von 150 Millionen Euro"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a von-phrase inside another object, a relative clause, a passive agent
        "Ich habe mit den Bewohnern von Mürzzuschlag gesprochen, und dabei ist ein anderes "
        "Bild entstanden.",
        "Eine Beobachtung wie die, von der nun das Max-Planck-Institut berichtet, ist folgerichtig.",
    ],
)
def test_no_nominal_content_without_the_perfect_frame(text: str, german_nlp: Any) -> None:
    assert _reported(text, german_nlp) == []


def test_nominal_content_after_an_inverted_subject(german_nlp: Any) -> None:
    text = (
        "In einem Blogeintrag spricht die deutsche EU-Abgeordnete Julia Reda (Piraten) von "
        "einem Frontalangriff auf den Hyperlink."
    )
    assert _reported(text, german_nlp) == [("einem Frontalangriff auf den Hyperlink", "Julia Reda")]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Dass der Artikel ein Grund für das Scheitern gewesen sein soll, weist Minister "
            "Josef Ostermayer zurück.",
            "Dass der Artikel ein Grund für das Scheitern gewesen sein soll",
        ),
        (
            "Dass die Vorschläge nicht reichen, räumt der Forscher Hans Aslan ebenfalls ein.",
            "Dass die Vorschläge nicht reichen",
        ),
    ],
)
def test_a_fronted_dass_clause_before_an_inverted_cue(
    text: str, content: str, german_nlp: Any
) -> None:
    assert [t for t, _ in _reported(text, german_nlp)] == [content]


def test_a_fronted_dass_clause_without_a_cue_stays_out(german_nlp: Any) -> None:
    text = "Dass die Mannschaft gewonnen hat, freut den Trainer Hans Müller sehr."
    assert _reported(text, german_nlp) == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Russland gibt an, Stellungen von Terroristen, vor allem des Islamischen Staates "
            "(IS), zu bombardieren.",
            "Stellungen von Terroristen, vor allem des Islamischen Staates (IS), zu bombardieren",
        ),
        (
            "Die Bank Unicredit hat angekündigt, das Osteuropageschäft (CEE), das derzeit noch "
            "zur Bank Austria ressortiert, abzuziehen und das Filialgeschäft zu verkaufen.",
            "das Osteuropageschäft (CEE), das derzeit noch zur Bank Austria ressortiert, "
            "abzuziehen und das Filialgeschäft zu verkaufen",
        ),
        (
            "In der Begründung werfen die Abgeordneten der Ministerin vor, ihre Vorgangsweise, "
            "insbesondere die Weigerung, mit den Gläubigern zu verhandeln, habe zur Ablehnung "
            "geführt.",
            "ihre Vorgangsweise, insbesondere die Weigerung, mit den Gläubigern zu verhandeln, "
            "habe zur Ablehnung geführt",
        ),
    ],
)
def test_content_interrupted_by_an_apposition(text: str, content: str, german_nlp: Any) -> None:
    assert content in [t for t, _ in _reported(text, german_nlp)]


@pytest.mark.parametrize(
    "text",
    [
        # a purpose clause, an enumeration of objects before an infinitive with its own object
        "Der Minister Hans Müller kritisierte das Gesetz, das im Mai beschlossen wurde, um die "
        "Steuern zu senken.",
        "Der Minister Hans Müller forderte die Länder, die Gemeinden und den Bund, endlich zu "
        "handeln.",
    ],
)
def test_no_interrupted_content(text: str, german_nlp: Any) -> None:
    assert all(
        not t.startswith(("das Gesetz", "die Länder")) for t, _ in _reported(text, german_nlp)
    )


def test_separable_zu_infinitive_with_more_particles(german_nlp: Any) -> None:
    text = "Der Minister Hans Müller versprach, alles dem Abstiegskampf unterzuordnen."
    assert _reported(text, german_nlp) == [("alles dem Abstiegskampf unterzuordnen", "Hans Müller")]


def test_findings_and_recommendations(german_nlp: Any) -> None:
    text = (
        "In ihren Experimenten haben die Psychologen herausgefunden, dass die Konfrontation mit "
        "der Macht zu einem negativen Gefühl führt."
    )
    assert [t for t, _ in _reported(text, german_nlp)] == [
        "dass die Konfrontation mit der Macht zu einem negativen Gefühl führt"
    ]
    text = (
        "Der Sicherheitsausschuss hatte den Behörden am Wochenende empfohlen, alle "
        "Vorbereitungen für die Errichtung eines Zauns zu treffen."
    )
    assert [t for t, _ in _reported(text, german_nlp)] == [
        "alle Vorbereitungen für die Errichtung eines Zauns zu treffen"
    ]
    # the reflexive "empfiehlt es sich" is advice of the writer, nobody's speech
    text = "Zudem empfiehlt es sich, die Makro-Funktion in Dokumenten zu deaktivieren."
    assert _reported(text, german_nlp) == []


def test_no_colon_speech_after_a_recommendation(german_nlp: Any) -> None:
    # the colon after "empfahl … keine Restitution" opens the writer's reason
    text = (
        "In der Causa Fritz Grünbaum empfahl man hingegen keine Restitution: Die Zeichnung "
        "und ein Aquarell bleiben im Bestand der Albertina."
    )
    assert [q.text for q in _pipeline_quotes(text, german_nlp)] == []
