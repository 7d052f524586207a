"""Session 22: speakers of reported speech. A Konjunktiv sentence that opens with a plural noun
of hearsay nobody owns ("In Mailand kursieren Gerüchte, X könnte …", "Berichten zufolge …")
names its own source; it went on with the current speaker. Sentences written for the tests;
blank pipelines, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of

BEFORE = (
    "Bankchef Franz Huber dementierte am Montag eine Kapitalerhöhung, sagte Huber. "
    "Die Bank sei solide aufgestellt, betonte Huber. "
)


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("In Wien kursieren freilich Gerüchte, die Bank könnte ihre Töchter verkaufen.", "Töchter"),
        ("Zuletzt waren Überlegungen aufgekommen, die Bank würde Filialen schließen.", "Filialen"),
        ("Berichten zufolge beliefen sich die Verluste auf 80 Millionen Euro.", "Verluste"),
    ],
)
def test_a_sentence_opening_with_unowned_hearsay_names_nobody(
    blank_de: Language, sentence: str, fragment: str
) -> None:
    quotes = quotes_of(blank_de, BEFORE + sentence, [("Franz Huber", "PER"), ("Huber", "PER")])
    assert speaker_of(quotes, fragment) is None


def test_owned_hearsay_and_plain_continuations_stay_with_the_speaker(blank_de: Language) -> None:
    # guards: a possessive owns the noun ("seine Befürchtungen"); a sentence with no hearsay
    # noun goes on with the current speaker as before
    quotes = quotes_of(
        blank_de,
        BEFORE
        + "Seine Befürchtungen, die Bank könnte Kunden verlieren, seien unbegründet. "
        + "Man werde die Filialen behalten.",
        [("Franz Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "unbegründet") == "Franz Huber"
    assert speaker_of(quotes, "Filialen behalten") == "Franz Huber"


def test_a_name_in_apposition_inside_a_wie_clause_is_its_subject(blank_de: Language) -> None:
    # "…, wie der Projektleiter der X, Y, am Montag mitteilte: …": the comma after the name
    # cut the clause, and "am Montag" alone named no speaker (10kGNAD record 45 had none)
    quotes = quotes_of(
        blank_de,
        "Die Raumfahrtagentur hatte ein Kommando an die Sonde geschickt. Ohne Erfolg, wie der "
        "Projektleiter der Agentur, Stefan Ullmann, am Montag mitteilte: Es ist zu keiner "
        "Kontaktaufnahme gekommen.",
        [("Stefan Ullmann", "PER")],
    )
    assert speaker_of(quotes, "Kontaktaufnahme") == "Stefan Ullmann"


def test_a_name_before_a_clause_with_its_own_subject_is_not_taken(blank_de: Language) -> None:
    # guard: the words before the verb name a speaker of their own ("die Agentur"), so the
    # name in apposition before the comma is not the subject
    quotes = quotes_of(
        blank_de,
        "Ohne Erfolg, wie der Projektleiter der Agentur, Stefan Ullmann, berichtete, und wie "
        "Sprecherin Eva Berger am Montag mitteilte: Es ist zu keiner Kontaktaufnahme gekommen.",
        [("Stefan Ullmann", "PER"), ("Eva Berger", "PER")],
    )
    assert speaker_of(quotes, "Kontaktaufnahme") != "Stefan Ullmann"


@pytest.mark.parametrize(
    "sentence",
    [
        "Huber strahlte: Sechs Monate sei es her, dass er die Bank übernommen habe.",
        "Überhaupt scheint Huber nur ein Problem zu sehen: Die Aufsicht sei zu streng.",
    ],
)
def test_the_subject_before_a_colon_is_the_source_of_the_konjunktiv_after_it(
    blank_de: Language, sentence: str
) -> None:
    # "Hofer strahlte: Sechs Monate sei es her, …" went to nobody (no verb of saying before
    # the colon); the narrated clause's subject, named at its start, is the source
    quotes = quotes_of(
        blank_de,
        "Die Opposition kritisierte den Plan. " + sentence,
        [("Huber", "PER"), ("Opposition", "ORG")],
    )
    q = [q for q in quotes if "sei" in q.text]
    assert q and q[0].speaker is not None and q[0].speaker.name == "Huber"
    assert not q[0].text.startswith(("Huber", "Überhaupt"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Eines ist Huber nicht zum Vorwurf zu machen: Er sei zu wenig entscheidungsfreudig.",
        "Er griff auch Bankchef Huber an: Dieser verdiene selbst Millionen.",
    ],
)
def test_an_object_before_a_colon_is_not_the_source(blank_de: Language, sentence: str) -> None:
    # guards: a name after a copula or after a pronoun subject is an object
    quotes = quotes_of(
        blank_de,
        "Die Opposition kritisierte den Plan. " + sentence,
        [("Huber", "PER"), ("Opposition", "ORG")],
    )
    assert all(q.speaker is None or q.speaker.name != "Huber" for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dazu heißt es vonseiten der Universität Graz, man prüfe die Studie.", "Universität Graz"),
        ("Aus dem Büro Berger heißt es dazu, man prüfe die Studie.", "Eva Berger"),
    ],
)
def test_an_impersonal_report_comes_from_the_body_of_its_origin_phrase(
    blank_de: Language, sentence: str, speaker: str
) -> None:
    # "heißt es vonseiten der X" and a fronted "Aus dem Büro X heißt es" went on with the
    # speaker before (the origin phrase was not read)
    quotes = quotes_of(
        blank_de,
        "Stadträtin Eva Berger lobte die Studie. Sie sei gut gemacht, sagte Huber. " + sentence,
        [("Eva Berger", "PER"), ("Huber", "PER"), ("Berger", "PER"), ("Universität Graz", "ORG")],
    )
    assert speaker_of(quotes, "prüfe die Studie") == speaker


def test_a_document_compound_names_its_owner(blank_de: Language) -> None:
    # "In dem Times-Bericht hieß es, …" went on with the politician quoted before; the first
    # part of the compound names the newspaper
    quotes = quotes_of(
        blank_de,
        "Die britische Zeitung Times berichtete über die Pläne. Der Abgeordnete Karl Huber "
        "kritisierte die Pläne. Die EU sei zu mächtig, sagte Huber. In dem Times-Bericht hieß "
        "es, die neue Strategie sehe ein Hauptquartier vor.",
        [("Times", "ORG"), ("Karl Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "Hauptquartier") == "Times"


def test_an_authority_noun_does_not_point_back_to_the_news_agency(blank_de: Language) -> None:
    # "Die Behörde sprach von …" right after "…, sagte X der Nachrichtenagentur AFP" went to
    # AFP, the organisation named last; a noun for anything but a medium skips media
    quotes = quotes_of(
        blank_de,
        "Die Präfektur meldete am Freitag Krawalle im Lager. Die Lage sei ruhig, sagte "
        "Staatsanwalt Karl Huber der Nachrichtenagentur AFP. Die Behörde sprach davon, dass "
        "zwei Polizisten verletzt worden seien.",
        [("Präfektur", "ORG"), ("Karl Huber", "PER"), ("AFP", "ORG")],
    )
    assert speaker_of(quotes, "zwei Polizisten") == "Präfektur"
