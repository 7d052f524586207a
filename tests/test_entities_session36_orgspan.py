"""Organisation names that run on into a genitive field (session 36, helper "orgspan", issue
#3; `mentions._institution_genitive`, `entities/genitive_bodies.py`, "kammer" in `for_heads`):
"Hauptverband des Österreichischen Buchhandels" is one body, not "Österreichischen
Buchhandels"; "der Akademie der Wissenschaften" after "der Österreichischen Akademie der
Wissenschaften" is the same body; "den Bund der Ehe" and "das Amt des Bundespräsidenten" name
none, nor "in das Zentrum der Reportage". Excerpts of 10kGNAD records (tuning gnad-0767,
0697, 0747, 0441; fresh records 131, 146; CC BY-NC-SA 4.0); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import entities_of as _entities
from tests.test_entities_rules import org_names as _orgs


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_an_association_with_a_genitive_field_is_one_name(nlp_de: Language) -> None:
    # tuning gnad-0767
    text = (
        "Ziel der Auszeichnung ist laut den Organisatoren (Bundeskanzleramt, Hauptverband des "
        "Österreichischen Buchhandels (HVB) und Arbeiterkammer Wien) die Qualität. Einreichen "
        "können Verlage, die Mitglieder in den jeweiligen Verbänden sind (HVB, Börsenverein des "
        "Deutschen Buchhandels)."
    )
    orgs = _orgs(nlp_de, text)
    assert "Hauptverband des Österreichischen Buchhandels" in orgs
    assert "Börsenverein des Deutschen Buchhandels" in orgs
    assert not [n for n in orgs if n.startswith("Österreichische")]


def test_an_academy_after_an_article(nlp_de: Language) -> None:
    # tuning gnad-0697; 10kGNAD record 131 (fresh text): a verb after the field
    text = (
        "Eines davon ist das Wiener Institut für Hochenergiephysik der Akademie der "
        "Wissenschaften und der Technischen Universität Wien, an dem er arbeitete. Nach einer "
        "ersten Markteinschätzung des Fachverbands der Mineralölindustrie lag der Verbrauch "
        "von Benzin und Diesel bei 8,1 Millionen Tonnen."
    )
    orgs = _orgs(nlp_de, text)
    assert "Akademie der Wissenschaften" in orgs
    assert "Fachverband der Mineralölindustrie" in orgs


def test_the_name_without_its_adjective_is_the_same_body(nlp_de: Language) -> None:
    # tuning gnad-0747
    text = (
        "Die Junge Kurie der Österreichischen Akademie der Wissenschaften (ÖAW) warnt vor einem "
        "Engpass. Die Lage sei ernst, sagt die Junge Kurie der Akademie der Wissenschaften."
    )
    academies = [e for e in _entities(nlp_de, text) if "Akademie" in e.name]
    assert [e.name for e in academies] == ["Österreichische Akademie der Wissenschaften"]
    assert len(academies[0].mentions) == 3


def test_an_ordinary_genitive_names_no_body(nlp_de: Language) -> None:
    # the guards: tuning gnad-0441 ("den Bund der Ehe"), an office, a university's institute
    text = (
        "Der Antrag, der es zwei Männern erlauben soll, den Bund der Ehe einzugehen, wurde "
        "abgelehnt. Er übernahm das Amt des Bundespräsidenten und besuchte das Institut der "
        "Universität Wien. Bei 360-Grad-Videos rücken die Zuseher in das Zentrum der Reportage "
        "und erfahren von den Auswirkungen der Krise."  # 10kGNAD record 146 (fresh text)
    )
    orgs = _orgs(nlp_de, text)
    assert not [n for n in orgs if " der " in n or " des " in n]
