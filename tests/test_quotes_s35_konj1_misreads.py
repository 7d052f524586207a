"""Session 35 (helper "rspk"): words the tagger reads as a finite verb in -e that are no
Konjunktiv I (``mood._konj1_form``, ``mood._noun_subject``): a noun opening the sentence with a
clause after it and an indicative main verb ("Versuche, …, waren …", "Spiele, die …, gestalten
…"), an article the tagger calls ``ART`` ("auf einige hundert Kommentare"), a capitalised noun
inside the clause ("eine Weiße-Männer-Domäne") and a word after an article ("der jeunesse
dorée"). A narrated sentence holding one no longer goes on with the reported speech before it.
The verb-first Konjunktiv of a condition still reports ("Komme …, würde er …").

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0169 (tuning gnad-0144),
10kgnad-test-0198 (gnad-0164), 10kgnad-test-0207 (gnad-0172), 10kgnad-test-0938 (gnad-0731),
10kgnad-test-0822 (gnad-0646) and 10kgnad-test-0106 (gnad-0089)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_helpers import analyse_de

ARMY = (
    "In dem Times-Bericht hieß es, die neue Globalstrategie Mogherinis sehe die Entwicklung neuer "
    "europäischer militärischer und operationeller Strukturen einschließlich eines Hauptquartiers "
    "vor. Dies werde von Deutschland und anderen Ländern als erster Schritt zu einer EU-Armee "
    "unterstützt. Versuche, eine solche Armee aufzubauen, waren von Großbritannien bisher immer im "
    "Ansatz erstickt worden."
)

FOOTBALL = (
    "Die Austria ist Herbstmeister. Darauf hätten die wenigsten vor Saisonbeginn gesetzt. Der im "
    "Sommer geholte Deutsche schaffte es, einem verunsicherten Team neuen Mut einzuimpfen. Spiele, "
    "die die Austria in den vergangenen beiden Jahren wohl verloren hätte, gestalten die mit "
    "deutlich mehr Selbstvertrauen ausgestatteten Violetten nun erfolgreich."
)

PUZZLE = (
    "Die Antworten darauf wird er aber nicht alle durchsehen können, sagte der 18-jährige Senad "
    "Hasani. Seine offizielle Facebook-Seite hat knapp 14.000 Fans, deine Facebook-Postings kommen "
    "schon einmal auf einige hundert Kommentare."
)

BANKNOTE = (
    "Von Barack Obama stammt der schöne Satz, dass er eben anders aussehe als all die anderen "
    "Präsidenten auf den Dollarscheinen. Und diese sind auch heute noch eine Weiße-Männer-Domäne – "
    "weshalb umso bemerkenswerter ist, dass demnächst eine schwarze Frau einen solchen Schein "
    "zieren wird."
)

PRAGUE = (
    "Aus Eigensinn soll Milena einmal die Moldau durchschwommen haben, erzählte ihre Freundin. "
    "Mit den Prager deutschen Literaten wie Franz Werfel, Max Brod oder Johannes Urzidil stand sie "
    "als Exponentin der jeunesse dorée auf gutem Fuß."
)

CONDITION = (
    "Das könne er mit seinem Sozialpartnerherz nur schwer mittragen, meinte Klubobmann Andreas "
    "Schieder. Komme in den nächsten Wochen wieder nichts heraus auf Sozialpartnerebene, würde er "
    "solch ein Vorgehen unterstützen."
)


def _reported(text: str, nlp: Any) -> list[str]:
    return [q.text for q in analyse_de(text, nlp).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (ARMY, "Versuche, eine solche"),
        (FOOTBALL, "Spiele, die die Austria"),
        (PUZZLE, "Seine offizielle"),
        (BANKNOTE, "Und diese sind"),
        (PRAGUE, "Mit den Prager"),
    ],
)
def test_a_misread_word_is_no_konjunktiv(text: str, opening: str, nlp_de_trained: Any) -> None:
    assert not any(t.startswith(opening) for t in _reported(text, nlp_de_trained))


def test_a_verb_first_condition_still_reports(nlp_de_trained: Any) -> None:
    assert any(t.startswith("Komme in den") for t in _reported(CONDITION, nlp_de_trained))


CALAIS = (
    "Man werde niemanden zwingen, in ein Auffangzentrum zu gehen, erklärte die Präfektur. Doch die "
    "Migranten wollen nicht in Frankreich bleiben, sie wollen nach Großbritannien – sei es zur "
    "Arbeit oder wegen der Familie."
)

FROGS = (
    "Die Forscher warnen vor exotischen Fischen in Gartenteichen. Damit sich die gefährlichen "
    "Viren nicht weiter ausbreiten, sei es zudem wichtig, Fische, Froschlaich oder Teichpflanzen "
    "nicht von einem Teich in einen anderen zu bringen."
)


def test_either_or_is_no_konjunktiv(nlp_de_trained: Any) -> None:
    # "sei es … oder …": whether … or …, the writer's narration
    assert not any(t.startswith("Doch die Migranten") for t in _reported(CALAIS, nlp_de_trained))


def test_sei_es_with_a_predicate_still_reports(nlp_de_trained: Any) -> None:
    assert any("sei es zudem wichtig" in t for t in _reported(FROGS, nlp_de_trained))
