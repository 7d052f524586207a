"""Session 27 (helper "qorg"): speakers that are organisations or named by a noun phrase.
A medium in the dative or accusative after the verb is told, not the teller (`sagte dem
STANDARD`, `sagte ein Polizeisprecher dem WDR`); `den Angaben zufolge` does not go to an
organisation the reported speech before only tells of; `nach eigenen Angaben` / `eigenen Angaben
zufolge` belong to the clause's subject, not to a name after a preposition. Sentences written for
the tests after fresh 10kGNAD text (lines 300–801); the shipped German pipeline."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"),
        stages=["entities", "quotes"],
        nlp=load_nlp("de"),
    )
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _speaker_of(text: str, fragment: str) -> list[str | None]:
    return [s for t, s in _speakers(text) if fragment in t]


def test_a_medium_in_the_accusative_does_not_speak() -> None:
    text = (
        "Es ist kurz nach halb zwei und ein Beamter warnt den STANDARD, nicht zu nahe ran zu "
        "gehen: Wir wissen noch nicht, was da drinnen ist."
    )
    assert _speaker_of(text, "nicht zu nahe") == [None]


def test_the_relative_pronoun_before_a_dative_medium_is_the_teller() -> None:
    text = (
        "Ein Einkaufszentrum wurde erwähnt. Es gehört Anton Wieser, der dem STANDARD am Samstag "
        "auf Nachfrage bestätigt, dass es zu keinerlei Angriffen gekommen sei."
    )
    assert _speaker_of(text, "keinerlei Angriffen") == ["Anton Wieser"]


def test_the_spokesperson_before_a_dative_medium_speaks_for_the_police() -> None:
    text = (
        "In Dortmund gab es ähnliche Übergriffe, teilte die Polizei mit. Die Art der Delikte "
        "sei mit denen in Köln vergleichbar, sagte ein Polizeisprecher dem WDR."
    )
    assert _speaker_of(text, "Art der Delikte") == ["Polizei"]


def test_a_named_teller_before_a_dative_medium_still_speaks() -> None:
    # control: the name right after the verb was found before too
    text = "Der Bürgermeister Franz Huber sprach in Graz. Die Lage sei ernst, sagte Huber dem ORF."
    assert _speaker_of(text, "Lage sei ernst") == ["Franz Huber"]


def test_a_medium_in_the_genitive_after_a_spokesperson_still_speaks() -> None:
    # control: "ein Sprecher der Agentur X" speaks for the agency
    text = (
        "Die Agentur Reuters hat ihre Zahlen vorgelegt. Der Umsatz sei gestiegen, sagte ein "
        "Sprecher der Agentur Reuters."
    )
    assert _speaker_of(text, "Umsatz sei gestiegen") == ["Reuters"]


def test_den_angaben_zufolge_skips_an_organisation_the_speech_told_of() -> None:
    text = (
        "In Marokko ist ein Belgier festgenommen worden. Wie das marokkanische Innenministerium "
        "am Montag mitteilte, handelt es sich um einen Belgier, der sich der Jihadistenmiliz "
        "Islamischer Staat (IS) angeschlossen habe. Der Verdächtige wurde den Angaben zufolge "
        "bereits am 15. Januar in der Hafenstadt Mohammedia festgenommen."
    )
    assert _speaker_of(text, "Der Verdächtige wurde") == ["marokkanisches Innenministerium"]


def test_eigenen_angaben_zufolge_belongs_to_the_subject_after_the_verb() -> None:
    text = (
        "Lebedew kaufte die 1986 gegründete Zeitung The Independent im Jahr 2010. Eigenen "
        "Angaben zufolge hat der Oligarch mit seinem Medienhaus über 80 Millionen Euro in die "
        "Zeitungen investiert."
    )
    assert _speaker_of(text, "80 Millionen") == ["Lebedew"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Hinter HD Austria steht die M7 Group mit Sitz in Luxemburg mit bis jetzt nach "
            "eigenen Angaben 3,5 Millionen Kunden in Europa.",
            "3,5 Millionen",
        ),
        (
            "Nach den massiven Übergriffen am Silvesterabend in Köln haben die Ermittler nach "
            "eigenen Angaben mindestens drei mutmaßliche Täter identifiziert.",
            "drei mutmaßliche",
        ),
    ],
)
def test_nach_eigenen_angaben_skips_a_name_after_a_preposition(text: str, fragment: str) -> None:
    assert _speaker_of(text, fragment) == [None]


def test_nach_eigenen_angaben_after_a_named_subject() -> None:
    # control: the name that opens the clause owns the statement
    text = "Die Siemens AG hat nach eigenen Angaben 300 Mitarbeiter in Graz."
    assert _speaker_of(text, "300 Mitarbeiter") == ["Siemens"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            # fresh 10kGNAD: the NER does not find the lower-case "ver.di"
            "Die Gewerkschaft ver.di hat erneut zu Streiks beim US-Versandhändler Amazon "
            "aufgerufen. Die Aktion am Standort Koblenz habe am Montagabend begonnen, teilte "
            "ver.di mit. Ob in anderen Amazon-Versandzentren gestreikt werde, ließ die "
            "Gewerkschaft offen. Die Gewerkschaft fordert einen Tarifvertrag. Das würde für die "
            "Mitarbeiter mehr Sicherheit bedeuten.",
            "mehr Sicherheit",
        ),
        (
            "Nach einem Raketenangriff hat die israelische Armee einen Vergeltungsangriff "
            "gestartet. Die israelische Armee hatte zuvor mitgeteilt, dass eine Rakete "
            "eingeschlagen sei. Eine bisher unbekannte Jihadistengruppe namens Die Enkel der "
            "Gefährten bekannte sich zu dem Raketenangriff. Es habe sich um die erste Antwort "
            "der Jihadisten gehandelt, erklärte die Gruppe.",
            "erste Antwort",
        ),
    ],
)
def test_an_organisation_noun_after_an_unnamed_body_of_its_kind(text: str, fragment: str) -> None:
    assert _speaker_of(text, fragment) == [None]


def test_an_organisation_noun_after_a_named_body_of_its_kind() -> None:
    # control: "der Elektronikkonzern Samsung" … "erklärte der Konzern"
    text = (
        "Der Elektronikkonzern Samsung hat Zahlen vorgelegt. Der Gewinn sei gestiegen, "
        "erklärte der Konzern."
    )
    assert _speaker_of(text, "Gewinn sei gestiegen") == ["Samsung"]


def test_a_media_noun_points_back_to_the_medium() -> None:
    text = (
        "Nach Informationen der Welt am Sonntag sollen sich mindestens acht Verdächtige in "
        "Syrien aufhalten. Die meisten davon seien Franzosen, berichtete die Zeitung. Die "
        "belgische Polizei nahm einen Mann fest. Er soll Papiere gefälscht haben, wie das "
        "Sonntagsblatt weiter berichtete."
    )
    assert _speaker_of(text, "Papiere gefälscht") == ["Welt am Sonntag"]


def test_a_rival_named_after_an_organisation_does_not_speak_for_it() -> None:
    text = (
        "Peugeot hat in der ersten Jahreshälfte einen Gewinn eingefahren. Wie der Konzern am "
        "Mittwoch mitteilte, sorgte der schwache Euro für Rückenwind. In China rechnet der "
        "VW-Rivale nur noch mit einem Wachstum von drei Prozent."
    )
    assert "Volkswagen" not in _speaker_of(text, "Wachstum von drei Prozent")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Davor hat die Rundfunk und Telekom Regulierungs-GmbH (RTR) am Freitag in einer "
            "Aussendung gewarnt. Ein Fall lief so ab: Die betroffene Dame erhielt einen Anruf, "
            "sie wurde informiert, dass sie ein Glücksspiel-Abo habe.",
            "Glücksspiel-Abo",
        ),
        (
            "Den Kunden entgegenkommen will Oettinger beim Geoblocking. Die Streamingservices "
            "selber wiederum werden durch einige Künstler kritisiert, dass sie keine faire "
            "Entlohnung leisten.",
            "faire Entlohnung",
        ),
    ],
)
def test_the_subject_of_a_passive_verb_of_saying_is_spoken_of(text: str, fragment: str) -> None:
    assert _speaker_of(text, fragment) == [None]


def test_the_subject_of_a_passive_quoting_verb_speaks() -> None:
    # control: "X wird mit den Worten zitiert" (passive_speaker_verbs)
    text = "Der Minister Hans Huber wird in der Zeitung mit den Worten zitiert, die Lage sei ernst."
    assert _speaker_of(text, "Lage sei ernst") == ["Hans Huber"]
