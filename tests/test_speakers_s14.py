"""Session 14: speakers named by a noun the role lexicon does not list. A spokesperson compound
on a body's noun ("Kommissionssprecherin", "der Ministeriumssprecher") speaks for that body; a
definite noun of a person's shape ("die Vorarlbergerin", "der Sachverständige") points back
like a role noun. Sentences written for the tests; blank pipelines, the statistical NER's spans
given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_an_unnamed_spokesperson_compound_speaks_for_the_body_it_names(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die EU-Kommission legte am Montag ihren Bericht vor. Der Plan sei nicht neu, erklärte "
        "eine Kommissionssprecherin am Abend.",
        [("EU-Kommission", "ORG")],
    )
    assert speaker_of(quotes, "nicht neu") == "EU-Kommission"


def test_a_definite_spokesperson_compound_speaks_for_the_ministry_named_before(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Das Sozialministerium prüft die Anträge seit Wochen. Die Vorgaben seien erfüllt, sagte "
        "der Ministeriumssprecher.",
        [("Sozialministerium", "ORG")],
    )
    assert speaker_of(quotes, "Vorgaben") == "Sozialministerium"


def test_a_spokesperson_compound_with_a_short_name_and_press(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Öbib verwaltet die Beteiligungen des Bundes. Vorstand Karl Huber trat im Juni "
        "zurück. Der Vertrag werde nun geprüft, bestätigt der Öbib-Pressesprecher.",
        [("Öbib", "ORG"), ("Karl Huber", "PER")],
    )
    assert speaker_of(quotes, "Vertrag werde") == "Öbib"


def test_a_person_named_with_the_spokesperson_compound_keeps_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Das Sozialministerium prüft die Anträge. Ministeriumssprecher Karl Huber kündigte "
        "Ergebnisse an. Die Vorgaben seien erfüllt, sagte der Ministeriumssprecher.",
        [("Sozialministerium", "ORG"), ("Karl Huber", "PER")],
    )
    assert speaker_of(quotes, "Vorgaben") == "Karl Huber"


def test_a_spokesperson_compound_on_an_unnamed_body_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Bank Austria legte Zahlen vor. Die Vorgaben seien erfüllt, sagte der "
        "Ministeriumssprecher.",
        [("Bank Austria", "ORG")],
    )
    assert speaker_of(quotes, "Vorgaben") is None


def test_a_feminine_person_noun_points_back_to_the_woman_named_before(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Anna Berger sprang auf den dritten Platz, vor Peter Maier. Es ist großartig, auf dem "
        "Podest zu stehen, sagte die Vorarlbergerin.",
        [("Anna Berger", "PER"), ("Peter Maier", "PER")],
    )
    assert speaker_of(quotes, "großartig") == "Anna Berger"


def test_a_feminine_person_noun_passes_over_the_man_named_last(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Anna Berger wurde Dritte. Den Sieg holte Peter Maier. Es ist großartig, auf dem Podest "
        "zu stehen, sagte die Vorarlbergerin.",
        [("Anna Berger", "PER"), ("Peter Maier", "PER")],
    )
    assert speaker_of(quotes, "großartig") == "Anna Berger"


def test_a_nominalised_adjective_points_back_to_the_person_named_before(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Das Gericht hörte den Gutachter Wolfgang Brunner. Die Werte könnten auf einen Unfall "
        "hindeuten, vermutet der Sachverständige.",
        [("Wolfgang Brunner", "PER")],
    )
    assert speaker_of(quotes, "Unfall") == "Wolfgang Brunner"


def test_first_person_sentences_before_a_cue_are_the_words_of_its_speaker(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir waren besser, sagte Arturo Vidal. Danach flog das Team aus dem Turnier. Wir haben "
        "unser Ziel nicht erreicht. Ich übernehme die Verantwortung, sagte Trainer Miguel "
        "Herrera.",
        [("Arturo Vidal", "PER"), ("Miguel Herrera", "PER")],
    )
    assert speaker_of(quotes, "Ziel nicht erreicht") == "Miguel Herrera"


def test_first_person_sentences_right_after_cued_speech_go_on_with_it(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir waren besser, sagte Arturo Vidal. Wir haben unser Ziel trotzdem nicht erreicht. Ich "
        "übernehme die Verantwortung, sagte Trainer Miguel Herrera.",
        [("Arturo Vidal", "PER"), ("Miguel Herrera", "PER")],
    )
    assert speaker_of(quotes, "Ziel trotzdem") == "Arturo Vidal"


def test_a_masculine_descriptor_before_the_name_outweighs_the_first_name(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Eine Mission ohne Zustimmung sei unvorstellbar, sagte der AU-Sondergesandte für "
        "Burundi, Ibrahima Fall, am Sonntag. Er betonte zugleich, dass die Entscheidung bei den "
        "Staaten liege.",
        [("Ibrahima Fall", "PER"), ("Burundi", "LOC")],
    )
    assert speaker_of(quotes, "Entscheidung bei den Staaten") == "Ibrahima Fall"


def test_a_pronoun_after_colon_speech_is_the_person_the_frame_names(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir müssen gewinnen, sagte Teamchef Marcel Koller. Vorsichtig gab sich auch Stürmer Marc "
        "Janko: Uns ist die Schwere des Gegners bewusst, erinnerte er an das Hinspiel.",
        [("Marcel Koller", "PER"), ("Marc Janko", "PER")],
    )
    assert speaker_of(quotes, "Schwere des Gegners") == "Marc Janko"


def test_a_pronoun_after_colon_speech_skips_a_person_of_the_other_gender(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Wir müssen gewinnen, sagte Teamchef Marcel Koller. Dazu passt ein Satz von Anna Berger: "
        "Uns ist die Schwere des Gegners bewusst, erinnerte er an das Hinspiel.",
        [("Marcel Koller", "PER"), ("Anna Berger", "PER")],
    )
    assert speaker_of(quotes, "Schwere des Gegners") == "Marcel Koller"


def test_konjunktiv_after_a_cue_that_names_demands_goes_to_their_author(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Gewerkschaft stellte am Montag ihren Rechner vor. Gewerkschaftschef Karl Huber nannte "
        "eine Vielzahl von Forderungen zu den Verträgen. Überlegt werde auch eine kürzere "
        "Arbeitszeit für alle Angestellten.",
        [("Karl Huber", "PER")],
    )
    assert speaker_of(quotes, "kürzere Arbeitszeit") == "Karl Huber"


def test_a_cue_without_a_speech_noun_names_no_source(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Gewerkschaft stellte am Montag ihren Rechner vor. Gewerkschaftschef Karl Huber nannte "
        "eine Vielzahl von Zahlen zu den Verträgen. Überlegt werde auch eine kürzere Arbeitszeit "
        "für alle Angestellten.",
        [("Karl Huber", "PER")],
    )
    assert speaker_of(quotes, "kürzere Arbeitszeit") is None


def test_a_particle_between_the_verb_and_its_pronoun_subject(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Anna Berger klagt den Obmann Johann Gudenus. Er hatte von einer inszenierten Aufnahme "
        "gesprochen. Zu dem Zeitpunkt seien gar keine Kinder anwesend gewesen, behauptete auch "
        "er.",
        [("Anna Berger", "PER"), ("Johann Gudenus", "PER")],
    )
    assert speaker_of(quotes, "gar keine Kinder") == "Johann Gudenus"
