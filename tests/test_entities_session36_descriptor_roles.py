"""Session 36 (issue #3, helper "drole"): a descriptor's role keeps its complement.

Since session 36 a descriptor reads its complement (`descriptor_complements.read_complement`)
and its mention runs to the end of it; the role the person got from it was still the bare
noun ("heutiger Präsident" for "der heutige Präsident der EU-Kommission"). The gold writes
such roles with the complement ("Senator aus Florida", "Staatssekretär im Außenministerium"),
as the named role phrases already do (`roles._role_np`). `stage._roles` now writes the
descriptor's complement (`RolePhrase.complement`) after its role text; the text itself stays
the bare noun, so the offices a country is read from (`stage._home_office`) are unchanged.

Short excerpts of 10kGNAD records (CC BY-NC-SA 4.0; the record is named in each test);
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_entities_rules import persons_by_name


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


DELLA_VEDOVA = (
    # 10kGNAD record of tuning file gnad-0268 (its first 1,700 characters)
    "Mit einer neuen parlamentarischen Initiative könnte der Staat zum Dealer werden. "
    "Millionen von Italienern rauchen Joints. Sie sind gezwungen, in der Illegalität zu "
    "leben, sagt Benedetto Della Vedova. Der Staatssekretär im Außenministerium gehört der "
    "Partei von Expremier Mario Monti an und ist Autor eines neuen Gesetzesentwurfs zur "
    "Legalisierung des Cannabiskonsums in Italien. Zwar sei der Genuss von Haschisch und "
    "Marihuana wie jener von Alkohol und Nikotin gesundheitsschädlich. Die Kriminalisierung "
    "habe aber nicht zu einer Verminderung des Konsums geführt, sondern einzig zur Steigerung"
    " der Mafiagewinne, begründet Della Vedova seine Initiative. Der Gesetzesentwurf ist "
    "bereits von über 200 Parlamentariern mitunterzeichnet worden. Die meisten von ihnen "
    "gehören der Protestpartei des Exkomikers Beppe Grillo und dem sozialdemokratischen PD "
    "von Regierungschef Matteo Renzi an. Vereinzelt haben sich aber auch Vertreter der "
    "Berlusconi-Partei der Initiative angeschlossen. Die parlamentarische Antimafiakommission"
    " unterstützt ebenfalls das Vorhaben. Die Initiative Della Vedovas fordert nicht die "
    "generelle Freigabe von Cannabis. Straflos soll künftig bloß der Besitz von fünf Gramm "
    "(im öffentlichen Raum) bis maximal 15 Gramm (in den eigenen vier Wänden) sein. Außerdem "
    "sollen die italienischen Hanffreunde künftig bis zu fünf Pflanzen pro Jahr selber "
    "kultivieren dürfen. Strafbar bleiben der Handel mit Cannabis sowie jeglicher Konsum oder"
    " Besitz durch Minderjährige. Ebenfalls nicht gestattet wird der Konsum in der "
    "Öffentlichkeit. Joints dürfen nur zu Hause oder bei Freunden geraucht werden – oder in "
    "sogenannten Cannabis Social Clubs, eine Art Coffeeshop auf Italienisch."
)


def test_a_descriptor_role_keeps_its_complement(nlp_de: Language) -> None:
    person = persons_by_name(nlp_de, DELLA_VEDOVA)["Benedetto Della Vedova"]
    assert person.roles == ["Staatssekretär im Außenministerium"]
    # the office with no country stated is still the report's own state's
    assert person.affiliation == "Italien"


def test_a_title_descriptor_role_keeps_its_field(nlp_de: Language) -> None:
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
    roles = persons["Yuka Sasaki"].roles
    assert "Professorin für Kognitive Linguistik und Psychologie" in roles
    assert "Professorin" not in roles
