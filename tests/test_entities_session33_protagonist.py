"""Role nouns that point back to the article's main person (session 33, helper mentions,
issue #3): "… schikanierten die Behörden den Konzeptkünstler" is Ai Weiwei, named just before
and most often; not a role noun in the named person's own clause ("Orban setzte den
zuständigen Staatssekretär ab"), a party of a trial the person is not ("der Richter"), or a
role noun after an unrecognised name's apposition ("Grischa Gantschew, Chef von Petrol … an
den Unternehmer"). Short excerpts of 10kGNAD test records that no gold set annotates (CC BY-NC-SA
4.0; records named in each test) and sentences written for the guards; the trained German
pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.evaluate import score_persons
from newsgraph.model import Entity
from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _mentions(nlp: Language, text: str) -> dict[str, list[str]]:
    art = analyze(make_article(text), stages=["entities"], nlp=nlp)
    return {e.name: [m.text for m in e.mentions] for e in art.entities if e.type == "PER"}


def _held_by(mentions: dict[str, list[str]], text: str) -> list[str]:
    return [name for name, texts in mentions.items() if text in texts]


def test_a_role_noun_points_back_to_the_main_person_named_last(nlp_de: Language) -> None:
    # 10kGNAD test record 0418
    text = (
        "Im Flugzeug von Berlin nach Peking war sich Ai Weiwei unsicher, was ihn bei der "
        "Einreise zu Hause erwarten würde. 2011 war Ai überfallsartig von den Behörden für 81 "
        "Tage in bis heute unerklärte Willkürhaft genommen und mit Psychoterror malträtiert "
        "worden. Auf internationalen Druck kam er frei. Man erhob eine absurde "
        "Steuerbetrugsklage gegen ihn. Vier Jahre lang schikanierten die Behörden den "
        "Konzeptkünstler, während seine Werkschauen im Ausland Erfolge feierten."
    )
    assert _held_by(_mentions(nlp_de, text), "den Konzeptkünstler") == ["Ai Weiwei"]


def test_no_role_noun_in_the_named_persons_own_clause(nlp_de: Language) -> None:
    # after 10kGNAD test record 0633
    text = (
        "Die Regierung von Viktor Orban war bereits vorsichtig zurückgerudert. Auch am Samstag "
        "klagten wieder viele Lehrer über Überlastung. Orban setzte den zuständigen "
        "Staatssekretär ab."
    )
    assert _held_by(_mentions(nlp_de, text), "den zuständigen Staatssekretär") == []


def test_no_party_of_a_trial_the_person_is_not(nlp_de: Language) -> None:
    text = (
        "Der Prozess gegen den Bauunternehmer Karl Huber begann im Mai. Huber bestritt alle "
        "Vorwürfe. Am Ende empfahl der Richter eine bedingte Haftstrafe."
    )
    assert _held_by(_mentions(nlp_de, text), "der Richter") == []


def test_no_role_noun_after_an_apposition_to_another_name(nlp_de: Language) -> None:
    # 10kGNAD test record 0092
    text = (
        "Tswetan Wassilew soll hinter dem Geschäft stehen. Zessionen sollen ein anderer Weg "
        "sein, den Wassilews Vertreter in Bulgarien beschreiten. Das Nachrichtenportal Bivol "
        "berichtete von Vereinbarungen, die Grischa Gantschew, Chef von Petrol, mit "
        "Kontenbesitzern der KTB traf. Sie traten ihre Forderungen an den Unternehmer ab."
    )
    assert "Wassilew" not in " ".join(_held_by(_mentions(nlp_de, text), "den Unternehmer"))


def test_the_scorer_lists_each_missed_mention() -> None:
    art = make_article("Karl Huber kam. Huber sprach.")
    art.entities = [Entity(id="per-1", type="PER", name="Karl Huber")]
    gold = {"persons": [{"name": "Karl Huber", "mentions": ["Karl Huber", "der Minister"]}]}
    problems = score_persons(art, gold).problems
    assert "missed mention: Karl Huber: 'der Minister'" in problems
    assert "missed mention: Karl Huber: 'Karl Huber'" in problems


def test_an_age_noun_the_tagger_reads_plural(nlp_de: Language) -> None:
    # 10kGNAD record of tuning file gnad-0291: "der 22-Jährige" is tagged plural, its article
    # says singular
    text = (
        "Dominic Thiem steht im 598.865-Dollar-Turnier in Buenos Aires im Halbfinale. Der als "
        "Nummer fünf gesetzte Niederösterreicher gewann am Freitag gegen seinen Doppelpartner "
        "Dusan Lajovic aus Serbien 6:4,6:2 und trifft nun auf den topgesetzten Spanier Rafael "
        "Nadal. Thiem hatte gegen den Serben, mit dem er in Buenos Aires ins "
        "Doppel-Viertelfinale vorgestoßen war, von Beginn an kaum Probleme. Beim Stand von 3:3 "
        "nahm er der Nummer 79 des ATP-Ranking erstmals das Service ab und zog dann mit eigenem "
        "Aufschlag auf 5:3 davon. Nach 36 Minuten servierte der 22-Jährige zum 6:4 aus."
    )
    assert _held_by(_mentions(nlp_de, text), "der 22-Jährige") == ["Dominic Thiem"]


def test_an_inhabitant_noun_names_the_one_person_of_no_other_country(nlp_de: Language) -> None:
    # 10kGNAD record of tuning file gnad-0056
    text = (
        "Auch Vorjahressieger Marin Cilic erreichte die Runde der besten 32. Der "
        "Weltranglisten-Neunte besiegte den Russen Jewgeni Donskoj sicher mit 6:2,6:3,7:5 und "
        "trifft nun am Freitag überraschend auf Michail Kukuschkin. Der Kasache setzte sich in "
        "einer der spannendsten Partien durch."
    )
    assert _held_by(_mentions(nlp_de, text), "Der Kasache") == ["Michail Kukuschkin"]
