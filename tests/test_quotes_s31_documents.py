"""Session 31 (helper "qdocs"): documents and their owners as sources of reported speech, and
sources the gold leaves unnamed. The authors of a document speak for its owner ("laut den
Autoren des Berichts" → the body the report was made by, the one registered under the same
word, not another report named in between); a source phrase ends before a new article after its
noun ("nach Angaben der beteiligten Forscher das Ministerium …": the ministry is the subject,
not the source); an impersonal "war von … die Rede" names nobody unless its clause names an
origin (not the current source). Sentences written for the tests after the tuning set and
fresh 10kGNAD text (records 0–801); the shipped German pipeline."""

from __future__ import annotations

from tests.test_quotes_s27_org import _speaker_of, _speakers


def test_the_authors_of_a_report_speak_for_the_body_that_made_it() -> None:
    text = (
        "Erstellt wurde der Bericht vom Forum gegen Antisemitismus, das seit der Einstellung "
        "des Rechtsextremismusberichts des Innenministeriums Fälle sammelt. Laut den Autoren "
        "des Berichts ist es schwierig, die Fälle eindeutig zuzuordnen."
    )
    assert _speaker_of(text, "eindeutig zuzuordnen") == ["Forum gegen Antisemitismus"]


def test_the_authors_of_a_study_named_with_its_owner() -> None:
    text = (
        "Die Arbeitslosigkeit steigt weiter. Laut den Verfassern der Studie des Wifo wird "
        "die Arbeitslosigkeit erst im Jahr 2018 sinken."
    )
    assert _speaker_of(text, "erst im Jahr 2018") == ["Wifo"]


def test_the_authors_of_a_document_nobody_owns_name_nobody() -> None:
    text = (
        "Die Stadt Graz plant eine neue Straßenbahnlinie. Laut den Autoren der Studie ist "
        "die Linie zu teuer."
    )
    assert _speaker_of(text, "zu teuer") == [None]


def test_a_new_article_after_the_source_noun_opens_the_subject() -> None:
    text = (
        "In Wien wurde ein Forschungszentrum gegründet. Für die Finanzierung von Projekten hat "
        "nach Angaben der beteiligten Wissenschafter das Infrastrukturministerium Mittel in "
        "Aussicht gestellt."
    )
    assert _speaker_of(text, "Mittel in Aussicht") == [None]


def test_a_genitive_article_after_the_source_noun_goes_on() -> None:
    text = (
        "Die Preise steigen. Laut einer Studie der Arbeiterkammer Wien sind die Mieten um zehn "
        "Prozent gestiegen."
    )
    assert _speaker_of(text, "die Mieten") == ["Arbeiterkammer Wien"]


def test_an_impersonal_rede_cue_is_not_the_current_source() -> None:
    text = (
        "Vier Patienten seien im Krankenhaus ihren Verletzungen erlegen, teilte "
        "Gesundheitsministerin Maggie De Block mit. Zunächst war von 35 Toten einschließlich "
        "der Attentäter die Rede."
    )
    speakers = _speakers(text)
    assert [s for t, s in speakers if "35 Toten" in t] == [None]
    assert [s for t, s in speakers if "Verletzungen" in t] == ["Maggie De Block"]


def test_anonymous_circles_in_a_rede_cue_stay_nobody() -> None:
    text = (
        "Der Staatsanwalt ermittelt. In ägyptischen Justizkreisen war jedoch von acht "
        "getöteten Touristen die Rede."
    )
    assert _speaker_of(text, "acht") == [None]
