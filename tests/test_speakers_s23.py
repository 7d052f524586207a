"""Session 23: speakers of reported speech. An agentless passive of a verb of saying names its
source in the phrase before the auxiliary ("Im Finanzministerium wurde betont, dass …"); a
definite "der Sprecher" points back to the spokesperson introduced last, also by a compound
("ein Polizeisprecher"); a Konjunktiv sentence with no current source goes with the
organisation or person that opened the narrated sentence right before ("Der Presserat hatte …
abgemahnt. Diese sei …"). Sentences written for the tests after tuning-set and 10kGNAD
passages; blank pipelines, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("text", "tagged", "fragment", "speaker"),
    [
        (
            "Die Kommission will eine schwarze Liste. Im Finanzministerium wurde betont, dass "
            "stattdessen ein Mechanismus existiere.",
            [("Kommission", "ORG"), ("Finanzministerium", "ORG")],
            "Mechanismus",
            "Finanzministerium",
        ),
        (
            "In einer Studie des Wirtschaftsforschungsinstituts Wifo wurde darauf hingewiesen, "
            "dass Österreich zu wenig exportiere.",
            [("Wirtschaftsforschungsinstituts Wifo", "ORG")],
            "zu wenig",
            "Wifo",
        ),
    ],
)
def test_an_agentless_passive_names_its_source_before_the_auxiliary(
    blank_de: Language, text: str, tagged: list[tuple[str, str]], fragment: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(blank_de, text, tagged), fragment) == speaker


def test_an_organisation_after_the_auxiliary_is_no_source(blank_de: Language) -> None:
    # guard (10kGNAD, fresh text): "wurde Unternehmen von den Finanzbehörden mitgeteilt, in
    # welchem Umfang …" is narration after the auxiliary; the Konjunktiv after it stays with
    # the politician who spoke before
    quotes = quotes_of(
        blank_de,
        "Der Abgeordnete Fabio De Masi formulierte eine ähnliche Kritik, sagte De Masi. "
        "In solchen Bescheiden wurde Unternehmen von den Finanzbehörden vorab mitgeteilt, wie "
        "viel sie zahlen müssen. Hierfür müsse der Präsident die Verantwortung übernehmen.",
        [("Fabio De Masi", "PER"), ("De Masi", "PER"), ("Finanzbehörden", "ORG")],
    )
    assert speaker_of(quotes, "Hierfür müsse") == "Fabio De Masi"


def test_the_spokesperson_introduced_last_by_a_compound(blank_de: Language) -> None:
    # gnad-0709: "sagte der Sprecher" went to the fire brigade's spokesman introduced before
    # the last one, since the compound "ein Polizeisprecher" was not read as an introduction
    quotes = quotes_of(
        blank_de,
        "Die Polizei ermittelt nach der Explosion. Einer der Verletzten habe nur Abschürfungen "
        "erlitten, sagte ein Sprecher der Feuerwehr. Zeugen hätten eine maskierte Person "
        "fliehen sehen, sagte ein Polizeisprecher. Für einen Anschlag gebe es keine Hinweise, "
        "sagte der Sprecher.",
        [("Polizei", "ORG"), ("Feuerwehr", "ORG")],
    )
    assert speaker_of(quotes, "keine Hinweise") == "Polizei"


def test_a_konjunktiv_after_a_narrated_subject_with_no_current_source(
    blank_de: Language,
) -> None:
    # gnad-0459: the Konjunktiv sentences after "Der Presserat hatte … abgemahnt." had no
    # speaker (no source before them, the Presserat no entity of the NER)
    quotes = quotes_of(
        blank_de,
        "Der Mann wurde auf dem Foto erkannt. Der Presserat hatte die Zeitung für die "
        "Veröffentlichung abgemahnt. Diese sei mit dem Ehrenkodex nicht vereinbar.",
        [],
    )
    assert speaker_of(quotes, "Ehrenkodex") == "Presserat"


@pytest.mark.parametrize(
    "speech",
    ["Doskozil sei das bewusst, Mikl-Leitner aber eher nicht.", "Ihm sei das bewusst."],
)
def test_no_narrated_subject_beside_another_person(blank_de: Language, speech: str) -> None:
    # guards (10kGNAD, fresh text): after "Doskozil drängt … – und Mikl-Leitner macht …" the
    # Konjunktiv is an unnamed observer's; the sentence before names two people
    quotes = quotes_of(
        blank_de,
        "Die Regierung plant neue Einsätze an der Grenze. Doskozil drängt das Heer zu "
        "Polizeiaufgaben – und Mikl-Leitner macht das Feld auf. " + speech,
        [("Doskozil", "PER"), ("Mikl-Leitner", "PER")],
    )
    assert speaker_of(quotes, "bewusst") is None


HAIMBUCHNER = "Ein gemeinsames Reiseziel gebe es noch nicht, ergänzte Haimbuchner. "


def test_a_konjunktiv_ii_clause_of_a_narrated_sentence_about_another_person(
    blank_de: Language,
) -> None:
    # gnad-0326: "Pühringer hingegen war sichtlich bemüht, …, dass Schwarz-Blau die einzige
    # Option sein könnte." was read as Haimbuchner's speech, and his source went on; it is
    # Pühringer's view (gnad-0020: "Hauer sieht dieses Gebot gefährdet, weil … würde")
    quotes = quotes_of(
        blank_de,
        HAIMBUCHNER + "Pühringer hingegen war sichtlich bemüht, jeden Eindruck zu vermeiden, "
        "dass Schwarz-Blau die einzige Option sein könnte. Er sei auf der Suche nach einer "
        "breiten Zusammenarbeit.",
        [("Haimbuchner", "PER"), ("Pühringer", "PER")],
    )
    assert speaker_of(quotes, "bemüht") == "Pühringer"
    assert speaker_of(quotes, "Suche") == "Pühringer"


def test_a_konjunktiv_ii_clause_about_the_current_speaker_goes_on(blank_de: Language) -> None:
    # guard: the current speaker named as the subject keeps the passage and the source
    quotes = quotes_of(
        blank_de,
        HAIMBUCHNER + "Haimbuchner war sichtlich bemüht, jeden Eindruck zu vermeiden, dass "
        "Schwarz-Blau die einzige Option sein könnte. Er sei auf der Suche nach Partnern.",
        [("Haimbuchner", "PER")],
    )
    assert speaker_of(quotes, "Suche") == "Haimbuchner"
