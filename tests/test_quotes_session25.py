"""Session 25 (lead): a bare or definite source phrase on a document ("laut Befragung",
"laut der Umfrage") names the owner of the document of that kind named earlier with its owner
("Teilnehmer einer Befragung der Arbeiterkammer Niederösterreich", gnad-0270); an adjective
("laut der deutschen Untersuchung") or an indefinite article (a new document) keeps it apart.
Sentences written for the tests after gnad-0270; blank pipeline, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of

OPENING = (
    "Zumindest gaben das drei von vier Teilnehmern einer Befragung der Arbeiterkammer über "
    "flexibles Arbeiten an. Der Bericht erschien am Montag. "
)
AK = [("Arbeiterkammer", "ORG")]


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    "phrase",
    ["laut Befragung", "laut der Befragung", "laut der Umfrage", "laut Erhebung"],
)
def test_a_source_phrase_on_a_survey_names_the_owner_named_before(
    blank_de: Language, phrase: str
) -> None:
    quotes = quotes_of(
        blank_de,
        OPENING + f"Regelungen zum flexiblen Arbeiten sind {phrase} nur selten vorhanden.",
        AK,
    )
    assert speaker_of(quotes, "Regelungen zum flexiblen") == "Arbeiterkammer"


@pytest.mark.parametrize(
    "phrase",
    ["laut der deutschen Befragung", "laut einer Befragung"],
)
def test_another_document_does_not_take_the_owner(blank_de: Language, phrase: str) -> None:
    quotes = quotes_of(
        blank_de,
        OPENING + f"Regelungen zum flexiblen Arbeiten sind {phrase} nur selten vorhanden.",
        AK,
    )
    found = [q for q in quotes if "Regelungen zum flexiblen" in q.text]
    assert found
    assert all(q.speaker is None or q.speaker.name != "Arbeiterkammer" for q in found)


def test_a_compound_names_its_kind(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Volksanwaltschaft legte am Mittwoch den Jahresbericht der Volksanwaltschaft vor. "
        "Die Zahl der Beschwerden ist laut Jahresbericht um zwölf Prozent gesunken.",
        [("Volksanwaltschaft", "ORG"), ("Volksanwaltschaft", "ORG")],
    )
    assert speaker_of(quotes, "Zahl der Beschwerden") == "Volksanwaltschaft"


def test_another_document_of_the_kind_named_without_owner_ends_the_owner(
    blank_de: Language,
) -> None:
    # after a fresh-text record (10kGNAD, lines 0-299): the court's ruling named with its owner,
    # then another court's ruling without one; "laut Urteil" is the second
    quotes = quotes_of(
        blank_de,
        "Im Frühjahr war ein Urteil des Obersten Gerichtshofs ergangen. Das Handelsgericht "
        "verwirft in einem nicht rechtskräftigen Urteil den Einwand der Versicherung. Der Kunde "
        "hat laut Urteil auch seine Pflicht nicht verletzt.",
        [("Obersten Gerichtshofs", "ORG"), ("Handelsgericht", "ORG")],
    )
    found = [q for q in quotes if "Pflicht nicht verletzt" in q.text]
    assert found
    assert all(q.speaker is None or q.speaker.name != "Oberster Gerichtshof" for q in found)


def test_a_demonym_the_ner_read_as_a_place_describes_the_person(blank_de: Language) -> None:
    # gnad-0087: "…, so der gebürtige St. Pöltner." after the coach is named; the NER tags
    # "Pöltner" as a place
    quotes = quotes_of(
        blank_de,
        "Der nunmehrige Coach Karl Daxbacher sah seine Wölfe nun erneut hungrig. Wir gehen als "
        "Außenseiter ins Spiel, sehen aber durchaus Chancen, so der gebürtige St. Pöltner.",
        [("Karl Daxbacher", "PER"), ("Pöltner", "LOC")],
    )
    assert speaker_of(quotes, "Außenseiter") == "Karl Daxbacher"


def test_a_country_with_its_article_still_speaks(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Gespräche in Genf gingen weiter. Man sei zu einem Abkommen bereit, so die Schweiz.",
        [("Genf", "LOC"), ("Schweiz", "LOC")],
    )
    assert speaker_of(quotes, "Abkommen bereit") == "Schweiz"


def test_a_source_phrase_with_an_extended_attribute_reaches_its_noun(blank_de: Language) -> None:
    # gnad-0667 / gnad-0171: the cue stopped at the article ("Laut dem"); a für-phrase after a
    # document names its client, not its source
    quotes = quotes_of(
        blank_de,
        "Die Beschwerden gingen zurück. Laut dem am Mittwoch präsentierten Jahresbericht des "
        "Rechnungshofs entspricht das einem Rückgang um zwölf Prozent.",
        [("Rechnungshofs", "ORG")],
    )
    found = [q for q in quotes if "Rückgang" in q.text]
    assert found and found[0].cue is not None and "Jahresbericht" in found[0].cue
    assert speaker_of(quotes, "Rückgang") == "Rechnungshof"
    quotes = quotes_of(
        blank_de,
        "Beide Lager kommen laut einer am Mittwoch veröffentlichten Yougov-Umfrage für die "
        "Times auf 41 Prozent.",
        [("Times", "ORG")],
    )
    # not the client (Times); the pollster named by its study is the source (session 26, the
    # tuning gold's speaker of gnad-0171)
    assert speaker_of(quotes, "41 Prozent") == "Yougov"
    quotes = quotes_of(
        blank_de,
        "Laut einer ebenfalls beschlossenen ergänzenden Entschließung soll es bereits 2018 eine "
        "erste Bestandsaufnahme geben.",
        [],
    )
    found = [q for q in quotes if "Bestandsaufnahme" in q.text]
    assert found and found[0].cue is not None and "Entschließung" in found[0].cue


def test_a_poll_with_no_owner_is_not_the_party_named_before(blank_de: Language) -> None:
    # gnad-0097: "Am wahrscheinlichsten wäre – laut Umfrage – eine schwarz-blaue Mehrheit."
    # after the FPÖ is named; the gold has no speaker
    quotes = quotes_of(
        blank_de,
        "Die FPÖ legte in Oberösterreich deutlich zu. Am wahrscheinlichsten wäre laut Umfrage "
        "eine schwarz-blaue Mehrheit.",
        [("FPÖ", "ORG"), ("Oberösterreich", "LOC")],
    )
    found = [q for q in quotes if "schwarz-blaue" in q.text]
    assert found
    assert all(q.speaker is None for q in found)


def test_an_impersonal_cue_with_bei_names_its_origin(blank_de: Language) -> None:
    # gnad-0388: "…, und wir bedauern dies sehr, heißt es bei Zielpunkt."
    quotes = quotes_of(
        blank_de,
        "Die Handelskette Zielpunkt ist pleite. Dass diese Situation extrem unbefriedigend ist, "
        "ist uns mehr als bewusst, und wir bedauern dies sehr, heißt es bei Zielpunkt.",
        [("Zielpunkt", "ORG"), ("Zielpunkt", "ORG")],
    )
    assert speaker_of(quotes, "unbefriedigend") == "Zielpunkt"


def test_a_colon_frame_does_not_run_over_the_cue_of_the_speech_after_it(
    blank_de: Language,
) -> None:
    # gnad-0798: the colon frame read "In dem Spiel …, meinte er." as one quote beside the
    # quote its own cue "meinte er" closes
    quotes = quotes_of(
        blank_de,
        "Trainer Peter Stöger zeigte sich nach dem Auftritt der Bayern tief beeindruckt: In dem "
        "Spiel war unfassbar viel Fußball-Qualität, meinte er. Bremen kann wieder auf Zlatko "
        "Junuzovic zurückgreifen.",
        [
            ("Peter Stöger", "PER"),
            ("Bayern", "ORG"),
            ("Bremen", "ORG"),
            ("Zlatko Junuzovic", "PER"),
        ],
    )
    spans = [q.text for q in quotes if q.kind == "direct" and "Fußball-Qualität" in q.text]
    assert spans
    assert all("meinte" not in s for s in spans)


@pytest.mark.parametrize(
    ("text", "tagged", "speaker", "cue_word"),
    [
        # gnad-0018
        (
            "Der Analyst Rainer Bunge sieht Chancen. Geht es nach Bunge, heißt es nun auf die "
            "nächste Aufwärtsbewegung warten.",
            [("Rainer Bunge", "PER"), ("Bunge", "PER")],
            "Rainer Bunge",
            "es nach",
        ),
        # gnad-0428
        (
            "Die Opec trifft sich am Freitag. Spekulationen über eine Kursänderung dürften sich "
            "nicht bewahrheiten, wenn es nach Eugen Weinberg von der Commerzbank geht.",
            [("Opec", "ORG"), ("Eugen Weinberg", "PER"), ("Commerzbank", "ORG")],
            "Eugen Weinberg",
            "es nach",
        ),
        # gnad-0729: a dative article after "nach"
        (
            "Geht es nach den Plänen der Wahlkommission, kann Ende des Jahres das Parlament "
            "seine Arbeit aufnehmen.",
            [("Wahlkommission", "ORG")],
            "Wahlkommission",
            "es nach",
        ),
        # gnad-0654 / gnad-0127: the paper's own information as a compound source
        (
            "Die Radiosender warten auf die Zahlen. Bei Ö3 sind es nach STANDARD-Infos bis zu "
            "drei Prozentpunkte.",
            [("Ö3", "ORG"), ("STANDARD", "ORG")],
            "Der Standard",
            "infos",
        ),
        # gnad-0293
        (
            "Der Frost in Kärnten verursachte nach Berechnungen der Hagelversicherung einen "
            "Schaden von zehn Millionen Euro.",
            [("Kärnten", "LOC"), ("Hagelversicherung", "ORG")],
            "Hagelversicherung",
            "berechnungen",
        ),
    ],
)
def test_source_phrases_of_session_25(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], speaker: str, cue_word: str
) -> None:
    """ "Geht es nach X", "wenn es nach X geht", "nach STANDARD-Infos", "nach Berechnungen der
    X" report X's view or information."""
    reported = [q for q in quotes_of(blank_de, text, tagged) if q.kind == "indirect"]
    assert reported
    assert reported[-1].speaker is not None and reported[-1].speaker.name == speaker
    assert reported[-1].cue is not None and cue_word in reported[-1].cue.lower()


def test_a_possessive_source_phrase_with_a_postposed_nach(blank_de: Language) -> None:
    # gnad-0225: "Seiner Einschätzung nach werden jene Unternehmen …"
    quotes = quotes_of(
        blank_de,
        "Apple-Chef Tim Cook sprach am Montag in Berlin. Seiner Einschätzung nach werden jene "
        "Unternehmen mit den vielfältigsten Teams die besten Produkte entwickeln.",
        [("Tim Cook", "PER"), ("Apple", "ORG"), ("Berlin", "LOC")],
    )
    assert speaker_of(quotes, "vielfältigsten Teams") == "Tim Cook"
    # the interviewer's formal "Ihrer" in a question reports nobody's view (fresh text)
    quotes = quotes_of(
        blank_de,
        "Die Polizeigewerkschaft kritisiert den Einsatz. STANDARD: Wer hat Ihrer Meinung nach "
        "recht?",
        [("Polizeigewerkschaft", "ORG")],
    )
    assert not [q for q in quotes if "recht" in q.text and q.kind == "indirect"]


def test_a_zu_infinitive_content_keeps_its_wh_clause(blank_de: Language) -> None:
    # gnad-0248: the span stopped at the comma before "was …"
    quotes = quotes_of(
        blank_de,
        "Der Soziologe Reinhard Kreissl kritisiert die Novelle. Er fordert, eine Debatte "
        "darüber zu führen, was man dem Verfassungsschutz erlauben will.",
        [("Reinhard Kreissl", "PER")],
    )
    found = [q for q in quotes if "Debatte" in q.text]
    assert found and "Verfassungsschutz" in found[0].text
