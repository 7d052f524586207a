"""Session 36 (helper "rspk"): reported zu-infinitive contents.

1. A speech noun in the writer's own sentence whose owner is named with it ("die Forderung der
   Wiener SPÖ auf, … einzuräumen") gives the owner the zu-infinitive after its comma
   (``NounOwners._writer_noun_owners``); a noun phrase that goes on past the noun ("die
   Darstellung des Universitätsprofessors zum Anlass, …") owns nothing.
2. A subordinate clause after a zu-infinitive content that closes with its finite verb ("…,
   damit wir den Klassenerhalt schaffen") belongs to the content (``guards._infinitive_chain``).
3. A post-posed wie-clause whose subject carries an apposition between commas ("…, wie Konrad
   Kogler, Generaldirektor für die öffentliche Sicherheit, ausführte") is the cue of the words
   before it (``wie_clauses.wie_before_apposition``).

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0883 (tuning gnad-0693),
10kgnad-test-0513 (gnad-0400), 10kgnad-test-1020 (gnad-0798) and 10kgnad-test-0362
(gnad-0286)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

DEMAND = (
    "Der mögliche Antritt einer türkischen Liste in Wien bringt die etablierten Parteien unter "
    "Zugzwang. Die Fäden zieht die UETD, die der AKP und Türkeis Präsident Erdogan nahesteht. "
    "Ende vergangener Woche tauchte die Forderung der Wiener SPÖ auf, auch jenen 400.000 "
    "Bewohnern das Wahlrecht für die Gemeinderatswahl einzuräumen, die keinen österreichischen "
    "Pass besitzen. Anfang dieser Woche machte eine Foto-Lovestory die Runde."
)

OCCASION = (
    "Mit den Ergebnissen seiner Vorstudie zur Evaluierung islamischer Kindergärten in Wien hat "
    "Ednan Aslan, Professor am Institut für Islamische Studien der Universität Wien, eine breite "
    "Debatte ausgelöst. Integrationsminister Sebastian Kurz (ÖVP) nahm die Darstellung des "
    "Universitätsprofessors zum Anlass, politische Anliegen bei der Integration voranzutreiben."
)

PROMISE = (
    "Nun ist er gegen die überraschend auf Platz sechs stehenden Mainzer wieder mit von der "
    "Partie. Ich habe die Sache abgehakt, für mich ist es mit der Bestrafung vorbei, sagte der "
    "ÖFB-Teamspieler Zlatko Junuzovic. Er versprach, alles dem Abstiegskampf unterzuordnen, damit "
    "wir den Klassenerhalt schaffen."
)


def test_the_owner_of_a_demand_in_the_writers_sentence_speaks_its_infinitive(
    nlp_de_trained: Any,
) -> None:
    quotes = analyse_de(DEMAND, nlp_de_trained).quotes
    demand = [q for q in quotes if q.text.startswith("auch jenen 400.000 Bewohnern")]
    assert demand, [q.text for q in quotes]
    assert demand[0].kind == "indirect"
    assert demand[0].speaker is not None and "SPÖ" in demand[0].speaker.name
    assert demand[0].text.endswith("die keinen österreichischen Pass besitzen")


def test_a_noun_phrase_that_goes_on_past_the_noun_owns_no_content(nlp_de_trained: Any) -> None:
    quotes = analyse_de(OCCASION, nlp_de_trained).quotes
    assert not [q for q in quotes if "politische Anliegen" in q.text], [q.text for q in quotes]


def test_a_purpose_clause_after_a_promised_infinitive_is_part_of_the_promise(
    nlp_de_trained: Any,
) -> None:
    quotes = analyse_de(PROMISE, nlp_de_trained).quotes
    promise = [q for q in quotes if q.text.startswith("alles dem Abstiegskampf")]
    assert promise, [q.text for q in quotes]
    assert promise[0].kind == "indirect"
    assert promise[0].text.endswith("damit wir den Klassenerhalt schaffen")


PATROLS = (
    "Der Bau selbst wird bis zu sechs Wochen dauern – und bis dahin sollen auch für die "
    "25-Kilometer-Variante entsprechende Bodenvorrichtungen geschaffen werden. Schon demnächst "
    "wird der gesamte Grenzraum rund um Spielfeld bestreift , mit Patrouillen aus Polizei und "
    "Militär, wie Konrad Kogler, Generaldirektor für die öffentliche Sicherheit, ausführte. Denn "
    "im internen Expertenpapier wird festgehalten, dass der Zaun ohne Überwachung binnen 30 "
    "Minuten überwindbar ist."
)


def test_a_wie_clause_with_an_apposition_is_the_cue_of_the_words_before_it(
    nlp_de_trained: Any,
) -> None:
    quotes = analyse_de(PATROLS, nlp_de_trained).quotes
    patrols = [q for q in quotes if q.text.startswith("Schon demnächst")]
    assert patrols, [q.text for q in quotes]
    assert patrols[0].kind == "indirect"
    assert patrols[0].speaker is not None and patrols[0].speaker.name == "Konrad Kogler"
    assert "wie Konrad Kogler" not in patrols[0].text
