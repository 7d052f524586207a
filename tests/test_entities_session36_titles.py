"""Session 36 (issue #3, helper "prof"): a title noun with its complement is a role phrase.

"Professor" is a title ("Prof. X") and an office. `roles.role_phrase_left` steps over titles to
the noun before them, so "der Professor für Verwaltungsrecht" never became a descriptor. Since
session 36 `descriptors.find_descriptors` reads a title that is an office as the role noun; the
main-person rule (`protagonist.bind_to_protagonist`) takes a phrase with a complement (it
refused every one before) only for a person the text already gives that complement
("Verwaltungsrechtler Andreas Hauer"), and a genitive complement no other rule bound gets that
chance too ("Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS)").

Short excerpts of 10kGNAD records (CC BY-NC-SA 4.0; the record is named in each test);
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import persons_by_name
from tests.test_entities_rules import texts as _texts


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


HAUER = (
    # 10kGNAD record of tuning file gnad-0020
    "Verwaltungsrechtler Andreas Hauer zerpflückt den Entwurf des neuen Eisenbahngesetzes. "
    "Wien – Schwere Kritik an der geplanten Reform des Eisenbahngesetzes in Österreich übt "
    "Verwaltungsrechtler Andreas Hauer von der Uni Linz. Die in Begutachtung geschickte Novelle "
    "verstoße mehrfach gegen EU-Richtlinien und die österreichische Verfassung. Würde der "
    "Gesetzesentwurf beschlossen, wäre die Konsequenz eine Drosselung des Wettbewerbs, "
    "schreibt der Professor {field} in einem Gutachten."
)


def test_a_title_with_its_complement_refers_to_the_person_known_by_it(nlp_de: Language) -> None:
    persons = persons_by_name(nlp_de, HAUER.format(field="für Verwaltungsrecht"))
    assert "der Professor für Verwaltungsrecht" in _texts(persons["Andreas Hauer"])


def test_a_title_with_its_complement_after_a_speech_verb(nlp_de: Language) -> None:
    # 10kGNAD test record on line 53 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "Darauf haben nun Neurowissenschafter von der Brown University in Providence erstmals "
        "eine Antwort gefunden. Wie die Forscher um Yuka Sasaki im Fachjournal Current Biology "
        "schreiben, bleibt während der Tiefschlafphase ein bestimmtes Netzwerk der linken "
        "Gehirnhemisphäre in einer Art Alarmmodus. Wir wissen, dass Meerestiere und manche Vögel "
        "einen solchen Ein-Hemisphären-Schlaf haben, erläutert die Professorin für Kognitive "
        "Linguistik und Psychologie.",
    )
    assert "die Professorin für Kognitive Linguistik und Psychologie" in _texts(
        persons["Yuka Sasaki"]
    )


def test_a_bare_title_refers_back_like_an_office(nlp_de: Language) -> None:
    # 10kGNAD test record on line 639 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "Auch Juan Antonio Blanco-Gil, einst Diplomat in Fidel Castros Diensten, heute Dozent in "
        "Miami, rät zum Abwarten. Die Regierung in Havanna müsste eigentlich werben, sagt "
        "Blanco-Gil und macht keinen Hehl aus seiner Skepsis. Bei dieser Ausgangslage sei es "
        "durchaus denkbar, dass man sie wie auf Kommando privatisiere. Was dann folge, orakelt "
        "der Professor, lasse ihn eher ein Szenario befürchten.",
    )
    assert "der Professor" in _texts(persons["Juan Antonio Blanco-Gil"])


def test_a_genitive_complement_no_rule_bound_goes_to_the_main_person(nlp_de: Language) -> None:
    # 10kGNAD test record on line 224 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "Der nationalkonservative polnische Parteichef Jarosław Kaczyński hat Deutschland "
        "Demokratie-Defizite vorgeworfen. Der Vorsitzende der Partei Recht und Gerechtigkeit "
        "(PiS), der als starker Mann hinter der Regierung gilt, wies Kritik wegen demokratischer "
        "Missstände in seinem eigenen Land am Montag zurück. Kaczyński wehrte sich zugleich "
        "gegen jede Einmischung aus dem Ausland.",
    )
    assert "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS)" in _texts(
        persons["Jarosław Kaczyński"]
    )


def test_a_complement_the_main_person_is_not_known_by_binds_nothing(nlp_de: Language) -> None:
    # the record above with another body: the chairman of a body the text never gives him
    persons = persons_by_name(
        nlp_de,
        "Der nationalkonservative polnische Parteichef Jarosław Kaczyński hat Deutschland "
        "Demokratie-Defizite vorgeworfen. Der Vorsitzende der Bischofskonferenz, der als "
        "starker Mann hinter der Regierung gilt, wies Kritik wegen demokratischer "
        "Missstände in seinem eigenen Land am Montag zurück. Kaczyński wehrte sich zugleich "
        "gegen jede Einmischung aus dem Ausland.",
    )
    assert not any("Bischofskonferenz" in t for t in _texts(persons["Jarosław Kaczyński"]))
