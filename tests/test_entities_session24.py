"""Persons of session 24 (sentences written for the tests, after gnad-0703; the trained German
pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_name_does_not_run_into_the_particle_of_the_next_surname(nlp_de: Language) -> None:
    # the NER reads "Kickl Van" as one person: the capitalised particle begins the next
    # person's surname ("Van der Bellen"), so the span ends before it
    text = (
        "Ein Bericht\n\n"
        "Alexander Van der Bellen und Herbert Kickl stritten am Montag. "
        "Im Übrigen forderte Kickl Van der Bellen auf, sich von linken Krawallbrüdern zu "
        "distanzieren."
    )
    persons = _persons(nlp_de, text)
    assert "Kickl Van" not in persons
    assert "Kickl" in [m.text for m in persons["Herbert Kickl"].mentions]
    assert "Van der Bellen" in [m.text for m in persons["Alexander Van der Bellen"].mentions]


def test_a_name_that_ends_in_a_particle_word_keeps_it_before_a_verb(nlp_de: Language) -> None:
    # the cut needs a name after the particle: "Louis Van Gaal" stays whole
    text = "Ein Bericht\n\nDer Trainer Louis Van Gaal lobte die Mannschaft. Van Gaal war froh."
    persons = _persons(nlp_de, text)
    assert "Louis Van Gaal" in persons


def test_a_word_after_an_attributive_adjective_is_no_person(nlp_de: Language) -> None:
    # gnad-0780: the NER read "Sterne" (stars) as a person, who then took five reported
    # statements of the researcher; a word the article writes after an attributive adjective
    # ("neuer Sterne") is a common noun unless it is a listed surname
    text = (
        "Ein Bericht\n\n"
        "Das junge Universum produzierte im Hochtakt Sterne, sagte der Astronom Peter "
        "Behroozi. Gewaltige Mengen an Gas führen zur Entstehung neuer Sterne. Auch in der "
        "Milchstraße entstehen laufend neue Sterne."
    )
    persons = _persons(nlp_de, text)
    assert "Sterne" not in persons
    assert "Peter Behroozi" in persons


def test_a_listed_surname_after_an_adjective_stays_a_person(nlp_de: Language) -> None:
    text = "Ein Bericht\n\nAm Ende jubelte überglücklicher Müller über den Sieg, sagte der Trainer."
    assert "Müller" in _persons(nlp_de, text)


def test_an_abbreviation_with_an_organisation_noun_is_no_place(nlp_de: Language) -> None:
    # gnad-0728: the NER tagged "US-Unternehmen" (a US company) as a place, which then took
    # the company's quote ("so das milliardenschwere US-Unternehmen Airbnb")
    from newsgraph.pipeline import analyze
    from newsgraph.readers import read_string

    article = analyze(
        read_string(
            "Amtshilfeansuchen an USA und Irland – US-Unternehmen mag Daten nicht "
            "herausrücken.\n\nDie Finanz will an die Daten. Wir nehmen die persönlichen Daten "
            "unserer Community sehr ernst, so das milliardenschwere US-Unternehmen Airbnb.",
            language="de",
        ),
        nlp=nlp_de,
    )
    assert "US-Unternehmen" not in [e.name for e in article.entities]
    assert "USA" in [e.name for e in article.entities if e.type == "LOC"]
