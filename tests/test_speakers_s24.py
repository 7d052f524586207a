"""Session 24: how far a speaker's continuation reaches. A Konjunktiv I that stands only in a
subordinate clause of a narrated main clause about another person or organisation is theirs
("X hatte öffentlich gemacht, dass sie … getestet worden sei"); a verb cue whose subject is an
indefinite noun phrase naming nobody ("Ein Behördenvertreter sagte, …") ends the source
before. Sentences written for the tests after tuning-set passages (gnad-0630, 0029, 0185);
blank pipelines, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("text", "tagged", "fragment", "speaker"),
    [
        (
            # gnad-0630: went on with Niggli, who spoke before
            "Die Werte sprechen eine deutliche Sprache, sagte Olivier Niggli der Zeitung. Er "
            "betonte allerdings, es sei nicht an ihm, in dem Fall zu entscheiden. Maria "
            "Scharapowa hatte am 8. März öffentlich gemacht, dass sie im Jänner positiv auf "
            "das Mittel Meldonium getestet worden sei.",
            [("Olivier Niggli", "PER"), ("Maria Scharapowa", "PER")],
            "Meldonium",
            "Maria Scharapowa",
        ),
        (
            # gnad-0029: an organisation as the subject, after an article and "auch"
            "Johann Gudenus hatte in einem Interview von einer gestellten Aufnahme gesprochen, "
            "behauptete er. Auch der Kurier hat eine Klage prüfen lassen, verzichtete aber "
            "darauf, weil Gudenus Zielscheibe nicht die Zeitung gewesen sei.",
            [("Johann Gudenus", "PER"), ("Gudenus", "PER"), ("Kurier", "ORG")],
            "Zielscheibe",
            "Kurier",
        ),
    ],
)
def test_a_konjunktiv_in_a_subordinate_clause_of_a_narrated_subject(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], fragment: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(blank_de, text, tagged), fragment) == speaker


def test_a_konjunktiv_in_the_main_clause_stays_with_the_source(blank_de: Language) -> None:
    # guard: the person named first in a sentence whose main clause is itself reported is
    # part of what the source says
    quotes = quotes_of(
        blank_de,
        "Das Land müsse sparen, sagte Finanzminister Hans Jörg Schelling. Reinhold "
        "Mitterlehner habe ihn dabei unterstützt, weil die Lage ernst sei.",
        [("Hans Jörg Schelling", "PER"), ("Reinhold Mitterlehner", "PER")],
    )
    assert speaker_of(quotes, "Lage ernst") == "Hans Jörg Schelling"


def test_an_unnamed_speaker_ends_the_source_before(blank_de: Language) -> None:
    # gnad-0185: the Konjunktiv after the official's statement went on with the news agency
    quotes = quotes_of(
        blank_de,
        "Wie die Nachrichtenagentur SPA meldete, halten sich bereits 800.000 Pilger im Land "
        "auf. Ein Behördenvertreter sagte, die Hadsch werde trotz des Unglücks wie geplant "
        "stattfinden. Der beschädigte Gebäudeteil werde in wenigen Tagen repariert sein.",
        [("SPA", "ORG")],
    )
    assert speaker_of(quotes, "Gebäudeteil") is None


def test_an_unnamed_spokesperson_of_a_named_organisation_goes_on(blank_de: Language) -> None:
    # guard: "Ein Sprecher der Polizei" names the organisation that speaks
    quotes = quotes_of(
        blank_de,
        "Ein Sprecher der Polizei sagte, der Mann sei festgenommen worden. Er werde morgen "
        "dem Haftrichter vorgeführt.",
        [("Polizei", "ORG")],
    )
    assert speaker_of(quotes, "Haftrichter") == "Polizei"


def test_sich_versprechen_is_no_promise(blank_de: Language) -> None:
    # gnad-0049: "verspricht sich von der Reform" (expects) made the government the source of
    # the critics' Konjunktiv after it
    quotes = quotes_of(
        blank_de,
        "Die Regierung von Matteo Renzi verspricht sich von der Reform eine schnellere "
        "Gesetzgebung. Kritikern geht das alles viel zu weit: In Kombination mit dem neuen "
        "Wahlgesetz sei die Macht des Regierungschefs zu groß.",
        [("Matteo Renzi", "PER")],
    )
    assert speaker_of(quotes, "zu groß") is None


def test_a_genitive_name_after_a_source_phrase_opens_a_new_phrase(blank_de: Language) -> None:
    # gnad-0742: "laut deutschen Medien Dobrindts freihändige Vergabe" named Dobrindt as the
    # source, and the Konjunktiv sentences after it went on with him
    quotes = quotes_of(
        blank_de,
        "Verkehrsminister Alexander Dobrindt plant eine Maut. Hintergrund des Rechtsstreits "
        "ist laut deutschen Medien Dobrindts freihändige Vergabe an das Konsortium. Das "
        "Urteil solle am Donnerstag fallen.",
        [("Alexander Dobrindt", "PER"), ("Dobrindts", "PER")],
    )
    assert speaker_of(quotes, "Hintergrund") is None
    assert speaker_of(quotes, "Urteil solle") is None


def test_a_genitive_name_after_the_source_noun_is_the_source(blank_de: Language) -> None:
    # guard: "laut Angaben Dobrindts" (no noun after the name) names its source
    quotes = quotes_of(
        blank_de,
        "Die Maut bringe laut Angaben Dobrindts eine Milliarde Euro.",
        [("Dobrindts", "PER")],
    )
    assert speaker_of(quotes, "Milliarde") == "Dobrindts"


def test_so_between_dashes_is_a_cue(blank_de: Language) -> None:
    # gnad-0594: "– so X –" inside the sentence was no cue; the speech on both sides of it
    # and the Konjunktiv after it went to the expert quoted before
    quotes = quotes_of(
        blank_de,
        "Das sei keine Bürgerwehr, sagt der Kriminologe Walter Fuchs. Ab Sommer werden "
        "Sicherheitspartner patrouillieren und – so Landesrat Johann Tschürtz – für mehr "
        "Sicherheit sorgen. Ersatzpolizei sei das aber keineswegs.",
        [("Walter Fuchs", "PER"), ("Johann Tschürtz", "PER")],
    )
    assert speaker_of(quotes, "Ab Sommer") == "Johann Tschürtz"
    assert speaker_of(quotes, "für mehr Sicherheit") == "Johann Tschürtz"
    assert speaker_of(quotes, "Ersatzpolizei") == "Johann Tschürtz"


def test_so_between_dashes_after_no_statement_is_an_example(blank_de: Language) -> None:
    # guard: "– so SPÖ und Grüne –" after a bare noun gives examples, nobody speaks
    quotes = quotes_of(
        blank_de,
        "Mehrere Parteien – so SPÖ und Grüne – lehnen den Plan ab.",
        [("SPÖ", "ORG"), ("Grüne", "ORG")],
    )
    assert not any("Parteien" in q.text or "lehnen" in q.text for q in quotes)
