"""Speaker resolution (session 9): groups that speak for an organisation, spokespersons
introduced without a name, compound spokesperson nouns, role nouns after the content and
their gender, and English word order. Sentences written for the tests; blank pipelines, the
statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Article, ParagraphBlock, Quote, Source
from newsgraph.pipeline import Segment
from newsgraph.quotes.extract import extract_quotes
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def blank_en() -> Language:
    return spacy.blank("en")


def quotes_of(nlp: Language, text: str, tagged: list[tuple[str, str]]) -> list[Quote]:
    """Quotes of a one-paragraph article whose Doc carries the given NER spans."""
    lang = nlp.lang
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language=lang,
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )
    if lang == "de":
        art.entities = _with_ner(nlp, text, tagged)
    else:
        from spacy.tokens import Span

        doc = nlp(text)
        spans: list[Span] = []
        for words, label in tagged:
            n = len(words.split())
            for k in range(len(doc) - n + 1):
                free = all(k >= s.end or k + n <= s.start for s in spans)
                if doc[k : k + n].text == words and free:
                    spans.append(Span(doc, k, k + n, label=label))
        doc.ents = sorted(spans, key=lambda s: s.start)
        art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    return extract_quotes(art)


def speaker_of(quotes: list[Quote], fragment: str) -> str | None:
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r}: {[q.text for q in quotes]}"
    q = found[0]
    return q.speaker.name if q.speaker else None


def test_a_group_named_after_an_organisation_speaks_for_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Beobachtungsstelle für Menschenrechte meldete neue Kämpfe im Norden. Am Abend "
        "seien zwölf Zivilisten getötet worden, teilten die Menschenrechtler mit. Die "
        "Rechnungsprüfer des Landesrechnungshofs legten einen Bericht vor. Das Projekt sei viel "
        "zu teuer gewesen, schrieben die Prüfer.",
        [("Beobachtungsstelle für Menschenrechte", "ORG"), ("Landesrechnungshofs", "ORG")],
    )
    assert speaker_of(quotes, "zwölf Zivilisten") == "Beobachtungsstelle für Menschenrechte"


def test_a_group_near_an_unrelated_organisation_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Bei den Laptops haben sich die Tester für ein Modell von Lenovo entschieden. Keines "
        "der Geräte sei perfekt, aber dieses sei robust, schrieben die Tester.",
        [("Lenovo", "ORG")],
    )
    assert speaker_of(quotes, "Keines der Geräte") is None


def test_the_spokesperson_introduced_before_speaks_for_the_body_again(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Es gebe keine Lebensgefahr, sagte ein Sprecher der Stadtverwaltung. Das bestätigte "
        "Staatsanwalt Pierre Dupont der Agentur AFP. Später seien auch Zelte angezündet "
        "worden, sagte der Sprecher.",
        [("Stadtverwaltung", "ORG"), ("Pierre Dupont", "PER"), ("AFP", "ORG")],
    )
    assert speaker_of(quotes, "Zelte angezündet") == "Stadtverwaltung"


def test_a_spokesperson_compound_with_a_person_s_name_speaks_for_the_person(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Senatorin Hanna Kowalski steht wegen ihrer E-Mails in der Kritik. Die Polizei "
        "ermittelt. Ein Kowalski-Sprecher erklärte, der Bericht zeige keine Verstöße.",
        [("Hanna Kowalski", "PER"), ("Polizei", "ORG")],
    )
    assert speaker_of(quotes, "keine Verstöße") == "Hanna Kowalski"


def test_a_name_in_the_content_is_not_the_role_noun_after_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Verein steht schlecht da. Thomas Berger, der als Nachfolger von Klaus Huber "
        "gehandelt wurde, wies das zurück. Ich trainiere die Jugend, Huber ist der Trainer der "
        "ersten Mannschaft, und das ist gut so, sagte der 45-Jährige.",
        [("Thomas Berger", "PER"), ("Klaus Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "Ich trainiere die Jugend") == "Thomas Berger"


def test_a_feminine_role_noun_is_no_man_named_before(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Anna Berger schilderte den Streit vor Gericht. Sie wie auch der Mitbewohner Peter "
        "Huber hätten gern ein Auto gehabt. Peter Huber sei jedoch strikt dagegen gewesen, "
        "sagte die Angeklagte.",
        [("Anna Berger", "PER"), ("Peter Huber", "PER")],
    )
    assert speaker_of(quotes, "strikt dagegen") == "Anna Berger"
