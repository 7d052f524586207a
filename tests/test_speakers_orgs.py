"""Organisations that speak (session 8, round 2): time words, indicators and units are no
organisations, web portals and media are, state bodies take the article's country; and the
quote speaker is that organisation. Sentences written for the tests; blank German pipeline,
the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Article, Entity, ParagraphBlock, Quote, Source
from newsgraph.pipeline import Segment
from newsgraph.quotes.extract import extract_quotes
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def make_article(text: str, dateline: str | None = None) -> Article:
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="de",
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )
    art.dateline = dateline
    return art


def entities_of(
    blank: Language, text: str, tagged: list[tuple[str, str]] = (), dateline: str | None = None
) -> list[Entity]:
    """Entities of a one-paragraph article whose Doc carries the given NER spans."""
    return _with_ner(blank, text, list(tagged), dateline)


def names(entities: list[Entity], type_: str) -> set[str]:
    return {e.name for e in entities if e.type == type_}


def test_time_words_indicators_and_units_are_no_organisations(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Die Dividende wird gekürzt, teilte der Konzern Mittwochabend mit. Das BIP wuchs, "
        "das BIP-Wachstum lag bei zwei Prozent. Die Lampe hat 100 Watt. Watt sagte nichts. "
        "Der Windpark hat eine Gesamtleistung von 39 Megawatt (MW).",
        [("BIP", "ORG"), ("BIP-Wachstum", "ORG"), ("Watt", "PER")],
    )
    found = names(ents, "ORG") | names(ents, "PER")
    assert not found & {"Mittwochabend", "BIP", "BIP-Wachstum", "Watt", "Megawatt", "MW"}


def test_state_bodies_take_the_dateline_country_unless_another_is_named_much_more(
    blank: Language,
) -> None:
    text = "Neben den Behörden ermittelt auch die Staatsanwaltschaft. Ein Mann aus der Schweiz."
    assert "österreichische Staatsanwaltschaft" in names(
        entities_of(blank, text, dateline="Lustenau"), "ORG"
    )
    text = (
        "Die Polizei nahm zwei Kolumbianer fest. Kolumbien und Kolumbiens Regierung verhandeln, "
        "die kolumbianische Armee wartet."
    )
    assert not {"kubanische Polizei", "kolumbianische Polizei"} & names(
        entities_of(blank, text, dateline="Havanna"), "ORG"
    )


def test_state_bodies_without_a_dateline_take_the_country_the_text_names_most(
    blank: Language,
) -> None:
    text = (
        "Griechenlands Premier braucht die Vereinbarung, das Parlament stimmt ab. Die griechischen "
        "Banken bleiben zu, die Griechen warten. Deutschland schweigt."
    )
    assert "griechisches Parlament" in names(entities_of(blank, text), "ORG")
    text = "Die Polizei nahm einen Griechen fest. Ein Deutscher sah zu."
    # no country is clearly the article's: no qualified police (since session 25 the bare
    # "Polizei" stays, as the gold lists it where no dateline names the country)
    orgs = names(entities_of(blank, text), "ORG")
    assert not any("Polizei" in n and n != "Polizei" for n in orgs)


def test_portals_named_by_their_address_are_organisations(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Laut golem.de bleibt die Hilfe nicht ohne Folgen, berichtet das Branchenmedium "
        "atmedia.at. Die Daten stehen auf www.parlament.gv.at, z.B. im Archiv.",
    )
    orgs = names(ents, "ORG")
    assert {"atmedia.at"} <= orgs
    assert any(e.type == "ORG" and "golem.de" in {m.text for m in e.mentions} for e in ents)
    assert not {"www.parlament.gv.at", "parlament.gv.at", "z.B."} & orgs


def test_media_named_by_ordinary_words_only_in_a_media_context(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Der Konzern sei weit vorangekommen, berichtete der Kurier am Samstag. Das sagte er "
        "der deutschen Zeitung Die Welt. Es lasen Anna Berger (Die Furche) und andere. Die "
        "Welt ist klein, die Zeit drängt, und der Kurier brachte die Post.",
    )
    orgs = {e.name: e for e in ents if e.type == "ORG"}
    assert {"Kurier", "Die Welt", "Die Furche"} <= set(orgs)
    assert orgs["Kurier"].affiliation == "Österreich"
    # the common words elsewhere are no mention of the medium
    assert {m.text for m in orgs["Die Welt"].mentions} == {"Welt"}
    assert len(orgs["Die Welt"].mentions) == 1
    assert "Die Zeit" not in orgs


def test_bodies_named_by_common_noun_compounds_are_organisations(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Auch die Armutskonferenz warnt vor Kürzungen. Laut Entschärfungsdienst war es eine "
        "Granate. Experten des Entschärfungsdienstes kamen. Die Industriellenvereinigung "
        "schwieg.",
    )
    orgs = {e.name: e for e in ents if e.type == "ORG"}
    assert {"Armutskonferenz", "Entschärfungsdienst", "Industriellenvereinigung"} <= set(orgs)
    assert len(orgs["Entschärfungsdienst"].mentions) == 2
    assert orgs["Industriellenvereinigung"].affiliation == "Österreich"


def test_name_after_a_role_phrase_wins_over_an_unknown_one_word_place(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Das sei unvorstellbar, sagte der AU-Sondergesandte für Burundi, Ibrahima Fall, am "
        "Sonntag. Der Chef der Partei, Erich Wien, schwieg.",
        [("Ibrahima", "LOC"), ("Wien", "LOC")],
    )
    assert "Ibrahima Fall" in names(ents, "PER")
    assert "Ibrahima" not in names(ents, "LOC")
    assert "Erich Wien" not in names(ents, "PER")  # a known place stays a place


def quotes_of(blank: Language, text: str, dateline: str | None = None) -> list[Quote]:
    """Quotes of a one-paragraph article whose entities the entity layer found (blank
    pipeline: no NER spans)."""
    art = make_article(text, dateline)
    doc = blank(art.text)
    art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    return extract_quotes(art)


def speaker_of(quotes: list[Quote], fragment: str) -> str | None:
    (q,) = [q for q in quotes if fragment in q.text]
    return q.speaker.name if q.speaker else None


def test_organisations_found_in_round_2_speak(blank: Language) -> None:
    quotes = quotes_of(
        blank,
        "Der Konzern sei mit seinen Angeboten weit vorangekommen, berichtete der Kurier am "
        "Samstag. Die Redaktion der Tagesschau bietet nun Nachrichten auf Arabisch an. Das teilte die ARD "
        "am Montag auf tagesschau.de mit. Ein Verdächtiger wurde festgenommen, teilte die "
        "Polizei mit.",
        dateline="Wien",
    )
    assert speaker_of(quotes, "weit vorangekommen") == "Kurier"
    assert speaker_of(quotes, "Nachrichten auf Arabisch") == "ARD"
    assert speaker_of(quotes, "festgenommen") == "österreichische Polizei"


def test_a_portal_named_after_its_intro_noun_is_the_source(blank: Language) -> None:
    quotes = quotes_of(
        blank,
        "Laut dem deutschen Technologieportal golem.de bleibt die Hilfe nicht ohne Folgen, "
        "die Kanzlei verlange 50.000 Euro.",
    )
    assert speaker_of(quotes, "bleibt die Hilfe") == "Golem"  # orgs.yaml: golem.de is Golem


def test_a_prefix_that_names_the_country_is_not_doubled_by_an_adjective(blank: Language) -> None:
    ents = entities_of(blank, "Die US-Regierung schwieg, die US-Behörden ermitteln.")
    orgs = names(ents, "ORG")
    assert "US-Regierung" in orgs
    # plural authorities are no organisation since session 31 (the tuning gold lists 1 of 13)
    # unless the parse shows them acting (the blank pipeline has none)
    assert not any("Behörde" in n for n in orgs)
    assert not any(n.startswith("amerikanische") for n in orgs)


def test_a_bare_organisation_noun_points_back_to_the_named_one(blank: Language) -> None:
    text = (
        "Das Bildungsministerium verweist auf einen Erlass. Werbung dürfe nie auf Kosten der "
        "Schule gehen, erklärte das Ministerium. Im Jahr 2000 sprach ihn ein Gericht vom "
        "Vorwurf frei, das Handelsgericht schwieg."
    )
    art = make_article(text)
    doc = blank(text)
    # the statistical NER tags the bare noun: no organisation of its own
    doc.ents = [
        Span(doc, k, k + 1, label="ORG") for k, t in enumerate(doc) if t.text == "Ministerium"
    ]
    art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    assert "Ministerium" not in names(art.entities, "ORG")
    quotes = extract_quotes(art)
    assert speaker_of(quotes, "Werbung dürfe") == "Bildungsministerium"
    assert all(q.speaker is None or q.speaker.name != "Handelsgericht" for q in quotes)


def test_a_paper_the_ner_tags_by_its_common_word_takes_the_paper_s_name(blank: Language) -> None:
    ents = entities_of(
        blank,
        "Man arbeite am Bericht, sagte eine Sprecherin zum Standard.",
        [("Standard", "ORG")],
    )
    orgs = {e.name: e.affiliation for e in ents if e.type == "ORG"}
    assert orgs == {"Der Standard": "Österreich"}
