"""Session 18: direct speech that the corpus printed without quotation marks (issue #4).
Sentences written for the tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_direct_speech_goes_on_after_an_inserted_cue(german_nlp: Any) -> None:
    # "A, sagte X, aber B": after direct speech an indicative main clause after the inserted
    # cue is the speaker's too (also with the cue's adverbials before the comma)
    text = (
        "Berlin – Der Gewerkschafter Karl Berger sprach in der Halle. Wir haben lange "
        "verhandelt, sagte Berger am Abend, aber jetzt muss die Firma endlich zahlen. Das war "
        "ein schwerer Winter, sagt Berger, doch im Sommer wird alles besser."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "aber jetzt muss die Firma")
    assert q.kind == "direct" and _speaker(q) == "Karl Berger"
    assert q.text.endswith("endlich zahlen")
    q = _by_text(qs, "doch im Sommer wird alles besser")
    assert q.kind == "direct" and _speaker(q) == "Karl Berger"


def test_narration_after_an_inserted_cue_stays_out(german_nlp: Any) -> None:
    # the writer goes on after the cue: a past-tense clause ("sie suchte …"), a clause joined
    # by "und", a relative clause, and speech before the cue that is reported
    text = (
        "Paris – Die Schriftstellerin Anna Weber lebte zurückgezogen. Jeder Luxus ist mir "
        "fremd, sagte Weber, sie suchte die Stille in ihrem Haus. Wir bleiben hier, sagen die "
        "Bauern, und wieder ziehen sie vor das Rathaus. Das Werk sei verloren, sagte Weber, "
        "aber die Bücher bleiben im Regal."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("suchte die Stille" in q.text for q in qs)
    assert not any("wieder ziehen sie" in q.text for q in qs)
    assert not any(q.kind == "direct" and "Bücher bleiben" in q.text for q in qs)


def test_a_colon_after_a_closing_so_cue_opens_more_speech(german_nlp: Any) -> None:
    # "…, so die Sprecherin am Dienstag: Ja, …": the "so X" cue before the colon is the cue of
    # what follows the colon too
    text = (
        "Graz – Der Energiekonzern Verbund prüft das Projekt. Derzeit ist eine Beteiligung nicht "
        "möglich, so die Sprecherin am Dienstag: Ja, der Konzern ist aus dem Projekt "
        "ausgestiegen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _by_text(qs, "Derzeit ist eine Beteiligung").kind == "direct"
    assert _by_text(qs, "der Konzern ist aus dem Projekt").kind == "direct"


def test_the_konjunktiv_of_an_als_dass_clause_reports_nothing(german_nlp: Any) -> None:
    # "zu …, als dass … könnte" demands the Konjunktiv II: an indicative main clause before it
    # is the speaker's own words; a Konjunktiv II of the main clause still reports
    text = (
        "Genf – Der Physiker Paul Berger forscht am Cern. Diese Teilchen sind zu kurzlebig, als "
        "dass man sie direkt messen könnte, sagt Berger. Die Messung wäre zu teuer, sagte "
        "Berger."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Diese Teilchen sind zu kurzlebig")
    assert q.kind == "direct" and _speaker(q) == "Paul Berger"
    assert _by_text(qs, "Die Messung wäre zu teuer").kind == "indirect"


def test_a_question_closed_before_a_comma_ends_the_speech(german_nlp: Any) -> None:
    # "…?, grinst der Weinbauer zum Abschied.": the clause after "?," frames the speech,
    # whatever the tagger reads there (after "?," it often takes the verb for an adjective)
    text = (
        "Leutschach – Der Weinbauer Josef Huber steht an der Grenze. Wir haben ein mulmiges "
        "Gefühl hier, sagt Huber. Und was machen wir jetzt?, grinst der Weinbauer zum Abschied."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "was machen wir jetzt")
    assert q.kind == "direct" and q.text.rstrip().endswith("jetzt?")


def test_a_name_with_a_coordination_after_the_cue_is_no_speech(german_nlp: Any) -> None:
    # "…, bestätigte ein Mitarbeiter der Firma X Gesellschaft für Bau, Planung und Design mbH,
    # die …": the rest of the name after the comma goes on with the subject (the tagger may
    # read "mbH" as a finite verb)
    text = (
        "Berlin – Nach dem Baustopp gehen die Arbeiten weiter. Es geht voran, bestätigte ein "
        "Mitarbeiter der Firma GFB Gesellschaft für Architektur, Generalplanung und Design mbH, "
        "die das Projekt für den Bauherrn Paul Berger managt."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Generalplanung" in q.text for q in qs)
