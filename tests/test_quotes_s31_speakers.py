"""Session 31 (helper "qspk"): speakers of reported speech named by a group or a spokesperson.
A definite plural of people who work for a body, tied to its name right after them ("die
Rechtsanwälte von X", "die Forscherinnen vom Institut X"), speaks for that body; a team named
after a person ("die Forscher um X", "das Team um X") speaks with that person's voice; a news
agency after a spokesperson compound that names its own body ("eine Behördensprecherin der
APA", "ein Ministeriumssprecher der APA") is told, not the spokesperson's employer. Sentences
written for the tests after fresh 10kGNAD text (records 0–801) and the tuning set; the shipped
German pipeline."""

from __future__ import annotations

from tests.test_quotes_s27_org import _speaker_of


def test_lawyers_of_a_named_firm_speak_for_the_firm() -> None:
    text = (
        "Die Firma Schirnhofer ist insolvent. Zielpunkt sei mit einem Umsatzanteil von 37 "
        "Prozent mit Abstand größter Kunde, schreiben die Rechtsanwälte von Graf & Pitkowitz "
        "in ihrem Antrag."
    )
    assert _speaker_of(text, "größter Kunde") == ["Graf & Pitkowitz"]


def test_researchers_of_a_named_institute_speak_for_it() -> None:
    text = (
        "Die Lesestudie wurde vorgestellt. Die Forscherinnen vom Bundesinstitut für "
        "Bildungsforschung betonen allerdings, das sei weniger besorgniserregend, als es scheine."
    )
    assert _speaker_of(text, "weniger besorgniserregend") == [
        "Bundesinstitut für Bildungsforschung"
    ]


def test_researchers_around_a_named_person_speak_with_her_voice() -> None:
    text = (
        "Forscher haben den Schlaf untersucht. Wie die Forscher um Yuka Sasaki im Fachjournal "
        "Current Biology schreiben, bleibt während der Tiefschlafphase ein Netzwerk aktiv."
    )
    assert _speaker_of(text, "ein Netzwerk aktiv") == ["Yuka Sasaki"]


def test_a_team_around_a_named_person_speaks_with_his_voice() -> None:
    text = "Die Studie ist neu. Das Team um Daniel Takahashi schreibt, dass die Affen lernen."
    assert _speaker_of(text, "die Affen lernen") == ["Daniel Takahashi"]


def test_critics_of_a_body_do_not_speak_for_it() -> None:
    # guard: only people who work in or for the body speak for it
    text = "Die Regierung plant Kürzungen. Die Kritiker der Regierung sagen, dass das falsch sei."
    assert _speaker_of(text, "falsch sei") == [None]


def test_an_agency_after_a_spokesperson_compound_is_told() -> None:
    text = (
        "Das Innenministerium prüft den Fall. Die Grenze bleibe offen, sagte ein "
        "Ministeriumssprecher der APA."
    )
    assert _speaker_of(text, "Grenze bleibe") == ["Innenministerium"]


def test_an_agency_after_a_spokesperson_compound_before_the_verb_is_told() -> None:
    text = (
        "Gegen die Firma MPC wird ermittelt. Auf der Strafrechtsebene ermittelt die "
        "Wirtschafts-und Korruptionsstaatsanwaltschaft (WKStA) seit Monaten gegen "
        "Verantwortliche bei MPC, wie eine Behördensprecherin der APA bestätigte."
    )
    assert _speaker_of(text, "seit Monaten") == [None]


def test_the_spokesperson_of_a_named_agency_speaks_for_it() -> None:
    # guard: a plain spokesperson noun before a news agency the text is about (session 28)
    text = (
        "Die Agentur Reuters baut Stellen ab. Die Lage sei ernst, sagte ein Sprecher der "
        "Agentur Reuters."
    )
    assert _speaker_of(text, "Lage sei") == ["Reuters"]


def test_an_unnamed_spokesperson_speaks_for_the_organisation_that_opens_the_sentence() -> None:
    text = (
        "Die Wiener Grünen warnten am Freitag davor, dass die U-Bahnlinien am Kapazitätslimit "
        "kratzen. Sie fordern daher, dass weiter ein ÖBB-Fernzug pro Stunde in Hütteldorf hält. "
        "Die Wiener Linien waren um Beruhigung bemüht: Wir haben die Intervalle verdichtet. Wir "
        "sind vorbereitet, sagte ein Sprecher. Zu Stoßzeiten betrügen die Intervalle drei Minuten."
    )
    assert _speaker_of(text, "Stoßzeiten") == ["Wiener Linien"]


def test_an_unnamed_spokesperson_after_an_organisation_named_inside_a_sentence() -> None:
    # guard: an organisation named inside the sentence before (no subject at its start) does
    # not take the spokesperson from the current source
    text = (
        "In Dortmund gab es ähnliche Übergriffe, teilte die Polizei mit. Die Zahl der Fälle, "
        "die auch die Gewerkschaft Verdi zählt, steigt. Die Art der Delikte sei vergleichbar, sagte "
        "ein Sprecher."
    )
    assert _speaker_of(text, "Art der Delikte") == ["Polizei"]


def test_an_unnamed_spokesperson_after_a_descriptor_and_a_name_opening_the_sentence() -> None:
    text = (
        "In Dortmund gab es ähnliche Übergriffe, teilte die Polizei mit. Die Gewerkschaft Verdi "
        "zählt die Fälle seit Jahren. Die Zahl sei gestiegen, sagte ein Sprecher."
    )
    assert _speaker_of(text, "Die Zahl sei") == ["Verdi"]
