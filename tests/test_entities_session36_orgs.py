"""Bodies named by their kind, associations, institutes named by a hyphen compound, a parent
named before its body, a bare noun after the name it stood before, a paper's title in a bare
genitive (session 36, helper "orgs", issue #3; `named_bodies._head_kind` with `head_kinds`,
`named_bodies.drop_parent_prefixes` with `parent_heads` in named_bodies.yaml,
`named_bodies.join_bare_to_named`, the suffix "verband" in orgs.yaml,
`entities/institute_compounds.py`, `mentions._media_word`): "das Berufungsgericht des
italienischen Fußball-Verbandes" names the association, not its court; "am Wiener
Landesgericht" and "das Kartellgericht" stay bodies; "des Umweltverbandes" is a body, "des
Dachverbands" none; "vom Münchner ifo-Institut" and "des Ökologie-Instituts" are institutes,
"des Südosteuropa-Zentrums" is left to the NER; "der UNO-Truppe MINUSMA" names MINUSMA, not
the UN; "Die Journalistin des Kurier" names the paper Kurier, "Das Fahrrad des Kuriers" the
courier. Excerpts of 10kGNAD records (tuning gnad-0791, 0666, 0602, 0130, 0168, 0016, 0295,
0187, 0094, 0120; CC BY-NC-SA 4.0); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import entities_of as _entities
from tests.test_entities_rules import org_names as _orgs


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_court_named_by_its_kind_is_no_organisation(nlp_de: Language) -> None:
    # tuning gnad-0791, 0666, 0602
    text = (
        "Die Sperre für den Torjäger wurde von vier auf drei Spiele reduziert, wie das "
        "Berufungsgericht des italienischen Fußball-Verbandes am Freitag entschied. Das Urteil "
        "des Schöffengerichts ist nicht rechtskräftig. Bei der Eröffnung des Berufungsgericht "
        "war auch ein Anwalt der Reederei anwesend."
    )
    orgs = _orgs(nlp_de, text)
    assert not [n for n in orgs if "gericht" in n.lower()]
    assert "italienischer Fußball-Verband" in orgs


def test_a_court_named_by_its_seat_stays(nlp_de: Language) -> None:
    # the guard: a court with its seat, or a court of its own name, is a body
    text = (
        "Prozessgegenstand am Wiener Landesgericht war vielmehr der Umstand, dass der Chemiker "
        "die Ampullen umetikettiert hatte. Das Kartellgericht hat die Fusion genehmigt."
    )
    orgs = _orgs(nlp_de, text)
    assert "Kartellgericht" in orgs
    assert [n for n in orgs if "Landesgericht" in n]


def test_a_papers_title_in_a_bare_genitive(nlp_de: Language) -> None:
    # tuning gnad-0130: "des Kurier" without the genitive "-s" is the paper's title
    text = (
        "Man hätte das Vertrauen schnöde missbraucht, sagte Klug. Die Journalistin des Kurier "
        "fasste die Errungenschaften der Ära noch einmal zusammen."
    )
    assert "Kurier" in _orgs(nlp_de, text)
    text = "Der Bote fuhr los. Das Fahrrad des Kuriers stand vor dem Haus."
    assert "Kurier" not in _orgs(nlp_de, text)


def test_an_association_named_by_its_field_not_by_its_kind(nlp_de: Language) -> None:
    # tuning gnad-0168; the guard: "Dachverband" says only the kind
    text = (
        "Biomüll in Plastiksäcken zu sammeln, sei Wunsch der Gemeinden und des "
        "Umweltverbandes, sagt Harald Dreher. Der Dachverband will das prüfen."
    )
    orgs = _orgs(nlp_de, text)
    assert "Umweltverband" in orgs
    assert "Dachverband" not in orgs


def test_an_institute_named_by_a_hyphen_compound(nlp_de: Language) -> None:
    # tuning gnad-0016, 0295, 0187
    text = (
        "Der deutsche Bildungsökonom Ludger Wößmann vom Münchner ifo-Institut hat unterdessen "
        "die Diskussionen bereichert. 491.000 Tonnen sind laut Studie des Ökologie-Instituts "
        "vermeidbar. Sie kombiniert Filme mit Textfragmenten aus Biografien der Künstlerinnen "
        "der Prinzhorn-Sammlung."
    )
    orgs = _orgs(nlp_de, text)
    assert {"ifo-Institut", "Ökologie-Institut", "Prinzhorn-Sammlung"} <= orgs
    # the guard: a place's institute is left to the NER ("Potsdam-Institut für …")
    text = "Das sagte der Leiter des Südosteuropa-Zentrums der Uni Graz."
    assert "Südosteuropa-Zentrum" not in _orgs(nlp_de, text)


def test_a_bare_noun_joins_the_name_it_stood_before(nlp_de: Language) -> None:
    # the noun before the name is no mention of its own ("des Digitalverbands Bitkom"); the
    # bare noun after it is that body, no second one (fresh 10kGNAD text, session 36)
    text = (
        "37 Prozent würden ein Auto kaufen, geht aus einer Umfrage des Digitalverbands Bitkom "
        "hervor. Weitere 73 Prozent sind bereit. Dem Digitalverband zufolge sind Verbraucher "
        "aufgeschlossen."
    )
    orgs = {e.name: e for e in _entities(nlp_de, text) if e.type == "ORG"}
    assert "Digitalverband" not in orgs
    assert [m.text for m in orgs["Bitkom"].mentions] == ["Bitkom", "Digitalverband"]


def test_a_parent_named_only_before_its_bodys_name(nlp_de: Language) -> None:
    # tuning gnad-0094, 0120: the body is named, the UN only says whose it is
    text = (
        "Frankreich übergab den Militäreinsatz später der UNO-Truppe MINUSMA. Nach Angaben des "
        "UN-Flüchtlingshilfswerks UNHCR nahmen dieses Jahr viele Menschen die Route."
    )
    orgs = _orgs(nlp_de, text)
    assert {"MINUSMA", "UNHCR"} <= orgs
    assert "Vereinte Nationen" not in orgs
    # the guards: a firm before its product, a role compound before a person
    text = "Das zeigt der Google-Browser Chrome. Der EU-Kommissar Günther Oettinger sagte das."
    assert {"Google", "Europäische Union"} <= _orgs(nlp_de, text)
