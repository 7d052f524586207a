"""Session 26 (lead): people named after an organisation or a person they do not speak for
("die Apple-Unterstützer", "SPÖ-Anhänger", "Trump-Gegner") are not that speaker, while the ones
who do ("SPÖ-Sprecher") still are. Sentences written for the tests after fresh 10kGNAD text;
the shipped German pipeline."""

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


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Apple hat ein neues Telefon vorgestellt. Die Apple-Unterstützer fordern etwa, dass "
            "unterhalb von Apps künftig ein neuer Bereich erscheint.",
            "neuer Bereich",
        ),
        (
            "Die SPÖ hat die Wahl verloren. Viele SPÖ-Anhänger sagten, die Partei habe keine "
            "Zukunft mehr.",
            "keine Zukunft",
        ),
        (
            "Donald Trump hat die Wahl gewonnen. Trump-Gegner sagten, das sei ein schwarzer Tag.",
            "schwarzer Tag",
        ),
    ],
)
def test_outsiders_named_after_a_party_do_not_speak_for_it(text: str, fragment: str) -> None:
    found = [s for t, s in _speakers(text) if fragment in t]
    assert found == [None]


def test_a_spokesman_named_after_a_party_still_speaks_for_it() -> None:
    found = _speakers(
        "Die SPÖ hat die Wahl verloren. Ein SPÖ-Sprecher sagte, die Partei habe eine Zukunft."
    )
    assert [s for t, s in found if "eine Zukunft" in t] == ["SPÖ"]


@pytest.mark.parametrize(
    "text",
    [
        # fresh 10kGNAD: the tagger reads these preterites as Konjunktiv II; nobody spoke
        "Doch in der 64. Minute traf Anton Berger nach einer Flanke per Kopf zur Führung. Die "
        "Borussia bäumte sich in der Folge vergeblich auf.",
        "Danny Welbeck traf zum Tor des Tages. Die Londoner gewannen bei West Bromwich Albion "
        "mit 3:0.",
    ],
)
def test_a_preterite_after_a_narrated_sentence_is_no_reported_speech(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der frühere Präsident Paul Berger war befragt worden. Er wurde lediglich zum Zeugen "
        "mit Rechtsbeistand erklärt. Nun könnten die Ermittlungen eingestellt werden.",
        "Das Gericht hat die Wahl am Montag für ungültig erklärt. Es habe Unregelmäßigkeiten "
        "gegeben.",
    ],
)
def test_declaring_somebody_or_something_so_is_no_cue(text: str) -> None:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"),
        stages=["entities", "quotes"],
        nlp=load_nlp("de"),
    )
    assert [q.cue for q in article.quotes if q.cue is not None] == []


def test_explaining_with_a_zur_phrase_stays_a_cue() -> None:
    found = _speakers(
        "Der Minister Peter Huber hat zur Überraschung von Investoren erklärt, die Steuer werde "
        "steigen."
    )
    assert found == [("die Steuer werde steigen", "Peter Huber")]


def test_a_bare_organisation_noun_names_the_source_before_the_organisation_named_last() -> None:
    # fresh 10kGNAD: the source phrase names the observatory; the militia is named after it
    found = _speakers(
        "Bei einem Drohnenangriff nahe Raqqa ist nach Angaben der Syrischen Beobachtungsstelle "
        "für Menschenrechte ein Kommandant der Jihadistenmiliz Islamischer Staat (IS) getötet "
        "worden. Wie die Organisation am Donnerstag mitteilte, wurde der Kommandant am "
        "Mittwochabend getroffen."
    )
    assert [s for t, s in found if "Mittwochabend" in t] == [
        "Syrische Beobachtungsstelle für Menschenrechte"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # fresh 10kGNAD: the writer's speculation about the person named last, who has not
        # spoken, and irreal comparisons after narration
        "Der Tennisspieler Dominic Thiem gewann am Montag. Thiem könnte im Falle eines Sieges "
        "seinen Geburtstag auf einem der großen Courts verbringen.",
        "Usain Bolt gewann das Finale. Dabei sah es lange so aus, als wäre Justin Gatlin "
        "nahezu unschlagbar.",
    ],
)
def test_the_writers_konjunktiv_ii_after_narration_is_no_reported_speech(text: str) -> None:
    assert _speakers(text) == []


def test_a_konjunktiv_ii_right_after_reported_speech_still_continues_it() -> None:
    found = _speakers(
        "Die Regierung werde den Inhalt der Note sorgfältig prüfen, hieß es. Dazu würden "
        "Mitarbeiter des Kanzleramts Anfang der Woche zusammenkommen."
    )
    assert [t for t, _s in found if "Mitarbeiter" in t] == [
        "Dazu würden Mitarbeiter des Kanzleramts Anfang der Woche zusammenkommen."
    ]


def test_critics_accusing_two_coordinated_parties_are_the_speakers_not_the_first_party() -> None:
    found = _speakers(
        "Der türkische Präsident Recep Tayyip Erdogan reiste nach Ankara. Kritiker werfen "
        "Erdogan und der AKP-Regierung immer wieder vor, die Pressefreiheit zu beschneiden."
    )
    assert [s for t, s in found if "Pressefreiheit" in t] == [None]
