"""Session 33 (helper "qorder"): a past-tense sentence between a person's direct speech and
more of it whose cue follows the words ("…, sagt X. <past>. <words>, so X.") is that
person's speech (``StatementPasses.sandwich_pass``); before, a past tense there was taken only
when the speech after it had no cue of its own. An organisation's statements around a
past-tense sentence leave it the writer's report.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0662 (tuning gnad-0525),
10kgnad-test-0135 (fresh text 0–299, record 63); the first sentence of the first excerpt is
written for the test."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


GAECHTER = (
    "Der Arbeitsmarktexperte August Gächter hat die Integration der Bosnier untersucht. Die "
    "Integration erleichtert hat den Bosniern schließlich auch die Stimmung in Österreich, sagt "
    "Gächter. Das Mitgefühl und damit die Hilfsbereitschaft gegenüber den Kriegsflüchtlingen war "
    "groß. Hinzu kamen staatliche Integrationsprojekte, so der Forscher. Bosnier erhielten "
    "leichter Beschäftigungsbewilligungen."
)

MINISTRY = (
    "Sie stellten um 1,1 Prozent weniger her als im Vormonat, teilte das deutsche "
    "Wirtschaftsministerium heute, Freitag, in Berlin mit. Nach der guten Entwicklung im ersten "
    "Halbjahr spürt die deutsche Industrie aktuell den leichten Gegenwind der Weltkonjunktur, "
    "erklärte das Ministerium. Die Industrie sammelte auch deshalb drei Monate in Folge weniger "
    "Aufträge ein – die längste Negativserie seit 2011. Das Geschäftsklima in der Industrie ist "
    "nach wie vor gut und spricht für eine zeitlich begrenzte Durststrecke, betonte das "
    "Ministerium."
)


def test_a_past_tense_between_a_persons_speech_and_a_postposed_cue_is_theirs(
    nlp_de_trained: Any,
) -> None:
    quotes = _quotes(GAECHTER, nlp_de_trained)
    middle = (
        "Das Mitgefühl und damit die Hilfsbereitschaft gegenüber den Kriegsflüchtlingen war groß."
    )
    assert ("direct", middle, "August Gächter") in quotes
    assert ("direct", "Hinzu kamen staatliche Integrationsprojekte", "August Gächter") in quotes


def test_a_past_tense_between_an_organisations_statements_stays_the_writers(
    nlp_de_trained: Any,
) -> None:
    quotes = _quotes(MINISTRY, nlp_de_trained)
    assert not any(text.startswith("Die Industrie sammelte") for _kind, text, _s in quotes)
    # the statements around it are still found
    assert any(text.startswith("Das Geschäftsklima in der Industrie") for _k, text, _s in quotes)
