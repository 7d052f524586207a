"""Session 33 (helper "qprec"): a sentence that names its would-be speaker before any
first-person word is the writer's sentence about them, not their direct speech: the forward chain
after a speaker's words stops at it (``StatementPasses.forward_pass``), a first-person sentence
does not go on the current person's speech with it (``FirstPerson.own_account``), and a
first-person block does not start there (``FirstPerson.first_person_block``). The writer's
lead-in before a colon is cut off ("Der 54-Jährige versprach jedoch: Wir sind …"), and first-
person words before a colon after which the writer names the speaker end there ("Wir nehmen
eure Ängste ernst: Diese Botschaft will X vermitteln"). A name after the first person (a
post-posed cue clause: "…, war die Fußballerin selbst überrascht") changes nothing.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0121 (tuning gnad-0104),
10kgnad-test-0971 (tuning gnad-0759), 10kgnad-test-0965 (tuning gnad-0756) and
10kgnad-test-0913 (fresh text, records 300–801)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

COMMISSIONER = (
    "Das sei eine Lüge, sagt Vytenis Andriukaitis. Ich war zuletzt in Berlin, als die großen "
    "Demos stattfanden. Großartig! Die Leute riefen, dass wir unsere hohen Gesundheits- und "
    "Umweltstandards bewahren müssen, so der Kommissar, ich habe also Verbündete, Balsam für "
    "mich. Es bestehe keine Gefahr, dass das Gesundheitssystem ausgehöhlt werde durch billige "
    "Medikamente, denn über unsere Standards werde nicht verhandelt. Andriukaitis findet es gut, "
    "wenn über TTIP gestritten wird, das zeigt allen – auch in den USA -, dass wir bereit sind, "
    "für unsere Produktion, für unsere Pharmazeutika, für unsere Lebensmittel zu kämpfen."
)

TRADE = (
    "Am Montag hat EU-Handelskommissarin Cecilia Malmström in Österreich einen neuen Anlauf "
    "unternommen, um diese Horrorliste etwas kürzer werden zu lassen. Die Schwedin traf sich in "
    "Wien mit Vertretern von ÖGB, Arbeiterkammer, Attac, Global 2000, also einigen der schärfsten"
    " TTIP-Gegner, um über das Freihandelsabkommen zu diskutieren. Wir nehmen eure Ängste ernst: "
    "Diese Botschaft will Malmström gern vermittelt."
)

COACH = (
    "Österreichs Teamchef Marcel Koller hat bei der Nominierung seines 23-Mann-Kaders für die "
    "Länderspiele in der EM-Qualifikation zu Hause gegen Moldau (5. September) und in Schweden "
    "(8. September) neuerlich auf Überraschungen verzichtet. Ansonsten setzt Koller wie gehabt "
    "auf Kontinuität in seiner Kaderpolitik. Wir bleiben unserer Linie treu, erklärte der "
    "Schweizer. Ein Spiel fertig spielen Es wird wichtig sein, dass wir so spielen wie immer. Wir"
    " dürfen uns keine Gedanken machen, dass wir jetzt plötzlich über die Ziellinie gehen könnten"
    " und vor lauter Vorfreude nervös werden, meinte Koller. Der 54-Jährige versprach jedoch: Wir"
    " sind noch nicht dort. Wir sind guter Hoffnung und alle heiß, dass wir das packen."
)

JUMPER = (
    "Daniela Iraschko-Stolz hat am Samstag den ersten Skisprung-Weltcup-Bewerb in Nischnij Tagil "
    "gewonnen. Ich bin total happy, freute sich die Weltcup-Titelverteidigerin. Dabei waren die "
    "Vorzeichen gar nicht so gut gewesen. Iraschko-Stolz hatte nach den Anreisestrapazen gar "
    "einen Startverzicht in Erwägung gezogen. In der Früh habe ich mich ganz schlecht gefühlt, da"
    " war ich tot, wollte eigentlich gar nicht springen. Dann hat aber alles gut funktioniert, "
    "ich weiß nicht, was da passiert ist, war die Hobby-Fußballerin selbst überrascht."
)


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


def test_the_forward_chain_stops_at_a_sentence_naming_the_speaker(nlp_de_trained: Any) -> None:
    quotes = _quotes(COMMISSIONER, nlp_de_trained)
    assert ("direct", "Großartig!", "Vytenis Andriukaitis") in quotes  # the chain itself stays
    assert not any(t.startswith("Andriukaitis findet") for _k, t, _s in quotes)


def test_first_person_words_end_at_the_colon_of_a_clause_naming_the_speaker(
    nlp_de_trained: Any,
) -> None:
    quotes = _quotes(TRADE, nlp_de_trained)
    assert ("direct", "Wir nehmen eure Ängste ernst", "Cecilia Malmström") in quotes
    assert not any("Diese Botschaft" in t for _k, t, _s in quotes)


def test_the_writers_lead_in_before_a_colon_is_cut_off(nlp_de_trained: Any) -> None:
    quotes = _quotes(COACH, nlp_de_trained)
    assert ("direct", "Wir sind noch nicht dort.", "Marcel Koller") in quotes
    assert not any(t.startswith("Der 54-Jährige") for _k, t, _s in quotes)


def test_a_name_after_the_first_person_keeps_the_speech(nlp_de_trained: Any) -> None:
    quotes = _quotes(JUMPER, nlp_de_trained)
    assert (
        "direct",
        "Dann hat aber alles gut funktioniert, ich weiß nicht, was da passiert ist",
        "Daniela Iraschko-Stolz",
    ) in quotes
