"""Session 36 (issue #3, helper "roles"): the woman a group of one profession is named after
("die Forscher um X") holds the feminine role noun (`stage._group_leaders`).

Short excerpts of 10kGNAD test records that no gold set annotates (CC BY-NC-SA 4.0; records
named in each test); the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import persons_by_name


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


_persons = persons_by_name


def test_a_woman_leading_the_group_holds_the_feminine_noun(nlp_de: Language) -> None:
    # 10kGNAD test record 0064 (excerpt)
    persons = _persons(
        nlp_de,
        "Darauf haben nun Neurowissenschafter von der Brown University in Providence erstmals "
        "eine Antwort gefunden. Wie die Forscher um Yuka Sasaki im Fachjournal Current Biology "
        "schreiben, bleibt während der Tiefschlafphase ein Netzwerk der linken Gehirnhemisphäre "
        "in einer Art Alarmmodus.",
    )
    assert persons["Yuka Sasaki"].roles == ["Forscherin"]
