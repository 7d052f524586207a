"""Session 26 (helper "qcues", issue #4): ``für X`` inside a sentence tells X's view ("Die
Abwicklung ist für Nowotny sehr sensibel", gnad-0679; "sind für Schmidt aber kein Vorbild",
gnad-0594), and cue verbs the lexicon missed. Excerpts of the tuning set and sentences written
for the tests; blank pipeline, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


def test_a_view_with_fuer_and_a_name_inside_the_sentence(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Notenbankchef Ewald Nowotny sprach in Alpbach über die Bankenunion. Die Abwicklung "
        "der Banken via der neuen EZB-Bankenaufsicht ist für Nowotny sehr sensibel, weil in "
        "Eigentumsrechte eingegriffen wird.",
        [("Ewald Nowotny", "PER"), ("Nowotny", "PER"), ("EZB-Bankenaufsicht", "ORG")],
    )
    assert speaker_of(quotes, "Abwicklung der Banken") == "Ewald Nowotny"


@pytest.mark.parametrize(
    ("text", "tagged", "fragment"),
    [
        # benefactive: no person after "für"
        (
            "Der Bürgermeister Hans Berger eröffnete den Spielplatz. Der Platz ist für die "
            "Kinder der Siedlung ein Gewinn.",
            [("Hans Berger", "PER")],
            "Der Platz",
        ),
        # an event of the person: a definite article after the name
        (
            "Dominic Thiem gewann in Kitzbühel. Es war für Thiem der zweite Turniersieg in "
            "diesem Jahr.",
            [("Dominic Thiem", "PER"), ("Thiem", "PER")],
            "zweite Turniersieg",
        ),
        # the writer's perfect (10kGNAD record of lines 0-299, shortened)
        (
            "Marko Arnautovic traf zweimal. Das Heimspiel gegen Sunderland ist für Marko "
            "Arnautovic zu einer Hochschaubahn der Gefühle geworden.",
            [("Marko Arnautovic", "PER")],
            "Hochschaubahn",
        ),
        # no predicate after the name
        (
            "Der Preis wurde nach Max Berger benannt. Das Kürzel steht für Max Berger.",
            [("Max Berger", "PER")],
            "Kürzel",
        ),
    ],
)
def test_fuer_without_a_view(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], fragment: str
) -> None:
    quotes = quotes_of(blank_de, text, tagged)
    assert not [q for q in quotes if fragment in q.text]


@pytest.mark.parametrize(
    ("text", "tagged", "fragment", "speaker"),
    [
        # gnad-0481: with the tagger's tags the continuation gave it to the man who spoke
        # before; the blank pipeline finds her by the post-posed subject too (a guard here)
        (
            "Das sei ein großer Tag, sagte Michael Beyer. Die Arbeit des Bildregisseurs komme "
            "der eines Dirigenten gleich, streute ORF-Moderatorin Barbara Rett dem Team Rosen.",
            [("Michael Beyer", "PER"), ("ORF", "ORG"), ("Barbara Rett", "PER")],
            "Bildregisseurs",
            "Barbara Rett",
        ),
        # gnad-0197: a company's advertising, post-posed
        (
            "Das sei ein wichtiger Schritt, sagte Minister Winfried Hermann. Die "
            "Autopilot-Lastwagen würden effizienter, sicherer und vernetzter, bewirbt Daimler "
            "seine Neuentwicklung.",
            [("Winfried Hermann", "PER"), ("Daimler", "ORG")],
            "Autopilot-Lastwagen",
            "Daimler",
        ),
        # gnad-0279: a colon after a verb of mocking
        (
            "Über das massive Polizeiaufgebot spottet selbst EU-Kommissionspräsident "
            "Jean-Claude Juncker: Ich werde am Sonntag am Treffen teilnehmen, wenn mich die "
            "Polizei nicht daran hindert.",
            [("Jean-Claude Juncker", "PER")],
            "Ich werde",
            "Jean-Claude Juncker",
        ),
        # gnad-0104: "fährt er fort:" opens the speech after the colon
        (
            "Vytenis Andriukaitis ist empört. Ich kann nicht verstehen, wie man auf die Idee "
            "kommen kann, fährt er fort: Es ist unmoralisch, solche Botschaften zu verbreiten.",
            [("Vytenis Andriukaitis", "PER")],
            "unmoralisch",
            "Vytenis Andriukaitis",
        ),
    ],
)
def test_cue_verbs_added_in_session_26(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], fragment: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(blank_de, text, tagged), fragment) == speaker


def test_bewerben_sich_is_no_cue(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Stadt sucht einen neuen Intendanten. Die Stelle sei gut dotiert, sagte Anna Berg. "
        "Um den Posten bewirbt sich auch Karl Huber.",
        [("Anna Berg", "PER"), ("Karl Huber", "PER")],
    )
    assert not [q for q in quotes if "Posten" in q.text]
