"""Session 35 (issue #3, helper "ment"): definite role phrases that point back to a person.

- A role phrase after a speech verb that follows a statement ("…, meinte der französische
  Weltmeister") names the speaker of the sentence before; when that sentence names several
  persons, the one it is about — the name that opens it, or the parse's subject of its main
  verb — speaks on (`stage._main_subjects`).
- A definite office phrase whose compound names an organisation ("Der CSU-Chef") names the one
  person the text gives that organisation, by a bracket ("Horst Seehofer (CSU)") or a role
  (`descriptors.resolve`, rule 3).

Short excerpts of 10kGNAD test records that no gold set annotates (CC BY-NC-SA 4.0; records
named in each test); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Entity
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article, persons_by_name


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


_persons = persons_by_name


def _texts(ent: Entity) -> set[str]:
    return {m.text for m in ent.mentions}


def test_the_speaker_after_a_statement_is_the_subject_of_the_sentence_before(
    nlp_de: Language,
) -> None:
    # 10kGNAD test record 352 (derStandard.at): Blanc opens the sentence, the players he
    # rested are named after him
    persons = _persons(
        nlp_de,
        "24 Punkte liegt die Mannschaft von Trainer Laurent Blanc in der Ligue 1 schon vor dem "
        "ersten Verfolger Monaco. Blanc schonte dabei aber seine Stars Zlatan Ibrahimovic, "
        "Thiago Motta und Thiago Silva. Wir haben einen Polster in der Liga, deshalb können wir "
        "uns gewisse Dinge erlauben, meinte der französische Weltmeister von 1998.",
    )
    assert "der französische Weltmeister" in _texts(persons["Laurent Blanc"])
    assert not any("Weltmeister" in t for t in _texts(persons["Zlatan Ibrahimovic"]))


ZIDANE = (
    # 10kGNAD record of tuning file gnad-0422: Zidane opens the sentence, Benitez is named
    # inside it and inside the statement
    "Real ist nach zwölf Spieltagen nur Dritter. Zinedine Zidane, der als möglicher Nachfolger "
    "von Benitez gehandelt wurde, wies entsprechende Spekulationen zurück. Ich bin der Trainer "
    "des B-Teams, Benitez ist der Trainer der ersten Mannschaft, und das ist auch gut so, "
    "sagte der Franzose."
)


def test_an_inhabitant_noun_after_a_statement_names_the_person_the_sentence_before_is_about(
    nlp_de: Language,
) -> None:
    persons = _persons(nlp_de, "Trainer Rafael Benitez bleibt.", ZIDANE)
    assert "der Franzose" in _texts(persons["Zinedine Zidane"])
    assert "der Franzose" not in _texts(persons["Rafael Benitez"])


def test_a_given_name_in_ine_does_not_make_the_quote_layer_drop_that_binding(
    nlp_de: Language,
) -> None:
    # the quote layer read "Zinedine" as a woman's name by its ending and, with the entity
    # layer's "der Franzose" bound to him, gave the statement no speaker
    art = analyze(
        make_article("Trainer Rafael Benitez bleibt.", ZIDANE),
        stages=["entities", "quotes"],
        nlp=nlp_de,
    )
    (quote,) = [q for q in art.quotes if q.text.startswith("Ich bin der Trainer")]
    assert quote.speaker is not None and quote.speaker.name == "Zinedine Zidane"


def test_an_office_compound_names_the_one_person_bracketed_with_its_organisation(
    nlp_de: Language,
) -> None:
    # 10kGNAD record of tuning file gnad-0401: a second person is named between
    persons = _persons(
        nlp_de,
        "Ministerpräsident Horst Seehofer (CSU) habe seine mehrfach angedrohte "
        "Verfassungsklage gegen den Bund wegen ungesicherter Grenzen nicht eingereicht, "
        "begründete der AfD-Landesvorsitzende Peter Bystron am Dienstag den Gang vor das "
        "Verwaltungsgericht München. Eine Gerichtssprecherin bestätigte den Eingang der Klage. "
        "Der CSU-Chef sei vor Bundeskanzlerin Angela Merkel (CDU) schon wieder eingeknickt, "
        "erklärte Bystron.",
    )
    assert "Der CSU-Chef" in _texts(persons["Horst Seehofer"])


def test_an_office_compound_binds_nobody_when_two_persons_have_its_organisation(
    nlp_de: Language,
) -> None:
    persons = _persons(
        nlp_de,
        "Ministerpräsident Horst Seehofer (CSU) habe seine mehrfach angedrohte "
        "Verfassungsklage gegen den Bund nicht eingereicht, sagte Markus Söder (CSU). "
        "Eine Gerichtssprecherin bestätigte den Eingang der Klage. "
        "Der CSU-Chef sei vor Bundeskanzlerin Angela Merkel (CDU) schon wieder eingeknickt, "
        "erklärte der AfD-Landesvorsitzende Peter Bystron.",
    )
    assert not any("CSU-Chef" in t for e in persons.values() for t in _texts(e))
