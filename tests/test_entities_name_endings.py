"""Names with noun endings (session 21; sentences written for the tests; the trained pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.tokens import looks_common_noun
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_name_with_a_noun_ending_after_a_role_is_a_person(nlp_de: Language) -> None:
    # Greek given names and surnames end like German nouns in -nis ("Ergebnis"): the noun
    # ending marked them as common nouns, so neither the role rule nor the NER's span made
    # a person of them, and their speech had no speaker
    text = (
        "Ein Bericht\n\n"
        "Athen – Das Geld fehlt nach Angaben von Energieminister Giannis Lafazanis. "
        "Wir haben kein Geld, sagte Lafazanis am Donnerstag."
    )
    p = _persons(nlp_de, text)
    assert set(p) == {"Giannis Lafazanis"}
    assert p["Giannis Lafazanis"].roles == ["Energieminister"]


def test_name_prone_noun_endings_count_for_known_words_only(nlp_de: Language) -> None:
    doc = nlp_de("Das Ergebnis der Koalition überraschte Giannis und Marion.")
    words = {t.text: t for t in doc}
    assert looks_common_noun(words["Ergebnis"], True)
    assert looks_common_noun(words["Koalition"], True)
    assert not looks_common_noun(words["Giannis"], True)
    assert not looks_common_noun(words["Marion"], True)
    # the other endings stay endings: an unknown "-ung" word is a noun
    doc = nlp_de("Die Verzwurbelung begann.")
    assert looks_common_noun(doc[1], True)
