"""Session 36 (issue #3, helper "ment"): a role phrase's complement belongs to its mention.

- A role phrase in apposition to a name keeps its complement in the mention ("Franco Foda,
  der Trainer des SK Sturm Graz,", "Der Chefredakteur der regierungskritischen Zeitung
  Cumhuriyet, Can Dündar,"; `roles._role_np`, `roles._apposition_before`: `phrase_end`), but
  not another person's name ("Spencer Gibb, dem Sohn von Bee-Gees-Mitglied Robin Gibb").
- A definite role phrase with a genitive complement and no name ("den Chef der pro-kurdischen
  Partei") is a descriptor (`descriptors.find_descriptors`, `descriptor_complements`), bound
  only to the person the text gives that complement; one the person is not known by names
  another office ("Der Präsident der Wahlkommission" is not "Präsident Mohammed Morsi").
- Quote layer: a speaker's mention that runs on into the complement ("betonte die Chefin der
  Staatsholding, Martha Oberndorfer") reads its gender from the role noun
  (`quotes.roles._misbound_descriptor`).

Short excerpts of 10kGNAD records (CC BY-NC-SA 4.0; the record is named in each test);
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.pipeline import analyze
from tests.test_entities_rules import make_article, persons_by_name
from tests.test_entities_rules import texts as _texts


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_an_apposition_after_the_name_keeps_its_complement(nlp_de: Language) -> None:
    # 10kGNAD test record on line 163 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "500 Euro muss Franco Foda, der Trainer des SK Sturm Graz, wegen "
        "Schiedsrichterbeleidigung berappen.",
    )
    assert "der Trainer des SK Sturm Graz" in _texts(persons["Franco Foda"])
    assert "der Trainer" not in _texts(persons["Franco Foda"])


def test_a_role_phrase_before_the_name_keeps_its_complement(nlp_de: Language) -> None:
    # 10kGNAD test record on line 289 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "Kritiker werfen Erdogan und der AKP-Regierung immer wieder vor, die Pressefreiheit zu "
        "beschneiden. Der Chefredakteur der regierungskritischen Zeitung Cumhuriyet, Can "
        "Dündar, warnte nach dem AKP-Wahlsieg vom Sonntag: Man muss sich auf eine Zeit "
        "verschärfter Repressionen einstellen.",
    )
    assert "Der Chefredakteur der regierungskritischen Zeitung Cumhuriyet" in _texts(
        persons["Can Dündar"]
    )


def test_a_complement_that_names_a_person_is_not_part_of_the_mention(nlp_de: Language) -> None:
    # 10kGNAD test record on line 416 of 10kgnad.jsonl (fresh text)
    persons = persons_by_name(
        nlp_de,
        "Die Nachricht von seinem Tod wurde von Spencer Gibb, dem Sohn von Bee-Gees-Mitglied "
        "Robin Gibb, am Dienstag auf Facebook veröffentlicht.",
    )
    texts = _texts(persons["Spencer Gibb"])
    assert not any("Robin" in t for t in texts)


DEMIRTAS = (
    # 10kGNAD record of tuning file gnad-0453
    "In der Türkei ermittelt die Staatanwaltschaft Medienberichten zufolge gegen den Chef der "
    "pro-kurdischen Oppositionspartei HDP, Selahattin Demirtaş, weil er im Herbst "
    "Demonstranten aufgehetzt und bewaffnet haben soll. Das Verfahren gegen Demirtaş wurde "
    "demnach am Donnerstag in der überwiegend von Kurden bewohnten Provinz Diyarbakır "
    "eingeleitet. Sollte es zu einem Prozess gegen den Chef der pro-kurdischen Partei kommen, "
    "drohen Demirtaş bis zu 24 Jahre Haft."
)


def test_a_genitive_complement_binds_the_person_known_by_it(nlp_de: Language) -> None:
    persons = persons_by_name(nlp_de, DEMIRTAS)
    texts = _texts(persons["Selahattin Demirtaş"])
    assert "den Chef der pro-kurdischen Partei" in texts
    assert "den Chef der pro-kurdischen Oppositionspartei HDP" in texts


def test_a_genitive_complement_the_person_is_not_known_by_binds_nobody(
    nlp_de: Language,
) -> None:
    # 10kGNAD record of tuning file gnad-0729: two sentences of the article, the second one
    # first; the commission's president is not the state president
    persons = persons_by_name(
        nlp_de,
        "Einige ihrer Wortführer stammen aus der Bewegung Tamarod (Rebellion), die die "
        "Unterschriftensammlung gegen Präsident Mohammed Morsi lanciert hatte. Der Präsident "
        "der Wahlkommission gab am Sonntagabend die Daten für den komplizierten Wahlvorgang "
        "bekannt.",
    )
    assert not any("Wahlkommission" in t for t in _texts(persons["Mohammed Morsi"]))


def test_a_speaker_phrase_with_a_complement_keeps_its_speaker(nlp_de: Language) -> None:
    # 10kGNAD record of tuning file gnad-0028: "der Staatsholding" is no masculine article
    # of the role noun "Chefin"
    article = analyze(
        make_article(
            "Eine Vereinfachung der Eigentümerstruktur wäre ganz im Sinne der Öbib. Wie die "
            "endgültige Eigentümerstruktur aussehen werde, sei jedoch wegen der aufrechten "
            "Vorkaufsrechte der Syndikatspartner noch nicht absehbar, betonte die Chefin der "
            "Staatsholding, Martha Oberndorfer, am Sonntag in einer Aussendung."
        ),
        nlp=nlp_de,
    )
    quote = next(q for q in article.quotes if q.text.startswith("Wie die endgültige"))
    assert quote.speaker is not None and quote.speaker.name == "Martha Oberndorfer"


def test_a_role_phrase_beside_the_persons_genitive_is_someone_else(nlp_de: Language) -> None:
    # 10kGNAD test record on line 94 of 10kgnad.jsonl (fresh text): the coach speaks of
    # Schicker's potential; Schicker is the assistant coach of the club
    persons = persons_by_name(
        nlp_de,
        "Andreas Schicker, der aktuelle Assistenztrainer des Fußball-Bundesliga-Absteigers SC "
        "Wiener Neustadt, arbeitet nach seiner Hand-Amputation am Comeback als Profispieler. "
        "Ob der 29-Jährige im Falle einer Rückkehr den Assistenztrainerposten zurücklegt, steht "
        "unterdessen ebenfalls noch nicht fest. Keinen Zweifel ließ der Trainer der Neustädter "
        "am sportlichen Potenzial Schickers aufkommen.",
    )
    assert not any("Neustädter" in t for t in _texts(persons["Andreas Schicker"]))
