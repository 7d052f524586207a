"""The English clean-up of the rule-based entity layer, on sentences written for the tests.

English has no NER model: ``load_pipeline("en")`` is the syntax pipeline en_newsgraph (session 14),
and the entities come from the capitalisation rules plus ``newsgraph.entities.english``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.entities.english import is_english, load_english
from newsgraph.entities.stage import extract_entities
from newsgraph.model import (
    Article,
    Entity,
    MediaBlock,
    ParagraphBlock,
    Source,
    SubheadingBlock,
)
from newsgraph.nlp import load_pipeline
from newsgraph.pipeline import Segment


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline("en")


def analyse(nlp: Language, *paragraphs: str, heading: str | None = None) -> list[Entity]:
    parts = ([heading] if heading else []) + list(paragraphs)
    text = "\n".join(parts)
    blocks: list[ParagraphBlock | SubheadingBlock] = []
    pos = 0
    for k, p in enumerate(parts):
        cls = SubheadingBlock if heading and k == 0 else ParagraphBlock
        blocks.append(cls(text=p, start=pos, end=pos + len(p)))
        pos += len(p) + 1
    article = Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        blocks=blocks,  # type: ignore[arg-type]
    )
    segments = [
        Segment(b.start, b.end, b.type, i, nlp(b.text)) for i, b in enumerate(article.blocks)
    ]
    entities, _ = extract_entities(article, segments)
    return entities


def names(entities: list[Entity], type_: str | None = None) -> set[str]:
    return {e.name for e in entities if type_ is None or e.type == type_}


def test_language_check() -> None:
    assert is_english("en") and is_english("en-GB") and is_english("EN_us")
    assert not is_english("de") and not is_english(None)


def test_word_lists_load() -> None:
    words = load_english()
    assert words.countries["u.s."] == "United States"
    assert words.country_de["United States"] == "USA"
    assert words.demonyms["french"] == "France"
    assert ("prime", "minister") in words.roles


def test_determiner_and_country_are_no_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The United States beat Canada on Friday. The French pair won the doubles later.",
    )
    assert "The United States" not in names(ents)
    assert "United States" in names(ents, "LOC")
    assert not any("French" in n for n in names(ents))
    assert not names(ents, "PER")


def test_role_before_name(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "President Maria Lindqvist met Dr. Paul Okafor in the capital on Tuesday.",
        "Lindqvist said the talks went well.",
    )
    persons = {e.name: e for e in ents if e.type == "PER"}
    assert "Maria Lindqvist" in persons and "President" in persons["Maria Lindqvist"].roles
    assert "Paul Okafor" in persons
    # the surname alone is the same person
    texts = [m.text for m in persons["Maria Lindqvist"].mentions]
    assert "Maria Lindqvist" in texts and "Lindqvist" in texts
    assert not any(n.startswith(("President", "Dr")) for n in persons)


def test_possessive_is_cut(nlp: Language) -> None:
    ents = analyse(nlp, "Yesterday Paul Benedetti's lawyers appealed. Benedetti's team was calm.")
    persons = [e for e in ents if e.type == "PER"]
    assert [e.name for e in persons] == ["Paul Benedetti"]
    # the name is cut; the mention keeps the possessive as the English gold writes it (session 13)
    assert [m.text for m in persons[0].mentions] == ["Paul Benedetti's", "Benedetti's"]


def test_headline_in_capitals(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Norway won the match 3-1 at 2 p.m. local time (1300 GMT) in Oslo.",
        heading="NORWAY CRUISES PAST HOSTS",
    )
    found = names(ents)
    assert not found & {"CRUISES", "PAST", "HOSTS", "GMT"}


def test_acronym_kept_outside_headings(nlp: Language) -> None:
    ents = analyse(nlp, "The agency said NASA would launch the probe from Florida next year.")
    assert "NASA" in names(ents, "ORG")


def test_postal_code_after_comma(nlp: Language) -> None:
    ents = analyse(nlp, "The concert in Houston, TX was sold out within a day.")
    assert "TX" not in names(ents)


def test_sentence_initial_words_and_months(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "When Hannah Lorimer arrived in December, nobody expected her. "
        "Monday was quiet. This Week the board will meet.",
    )
    found = names(ents)
    assert "Hannah Lorimer" in names(ents, "PER")
    assert not any(n.startswith("When") for n in found)
    assert not found & {"Monday", "December", "This Week"}


def test_team_after_the_is_no_person(nlp: Language) -> None:
    ents = analyse(nlp, "The Falconers beat the Rovers 2-0 as Tomas Heller scored twice.")
    assert names(ents, "PER") == {"Tomas Heller"}
    assert "Falconers" in names(ents, "ORG")


def test_one_word_after_the(nlp: Language) -> None:
    ents = analyse(nlp, "The Hill reported that the Davis Cup starts in Madrid.")
    assert "Hill" in names(ents, "ORG")
    assert not names(ents, "PER")


def test_institution_heads_and_places(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Researchers at the Karl Lindgren Institute and doctors at Victoria Hospital in "
        "Hong Kong published the study with Anna Solberg.",
    )
    assert "Karl Lindgren Institute" in names(ents, "ORG")
    assert "Victoria Hospital" in names(ents, "ORG")
    assert "Hong Kong" in names(ents, "LOC")
    assert names(ents, "PER") == {"Anna Solberg"}


def test_hyphenated_given_name(nlp: Language) -> None:
    ents = analyse(nlp, "Later Jean-Marc Duval signed the contract in Lyon.")
    assert "Jean-Marc Duval" in names(ents, "PER")


def test_capitals_for_emphasis_and_dateline(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "TORONTO (Reuters) - The council said the plan was ready.",
        "Step one is the PLAN stage, and the ACME group will fund it.",
    )
    assert "PLAN" not in names(ents)  # "plan" is written in lower case too
    assert "ACME" in names(ents, "ORG")
    assert "TORONTO" in names(ents, "LOC")


def test_role_inside_a_capitalised_run(nlp: Language) -> None:
    ents = analyse(nlp, "Yesterday Nordwind Logistics Chief Executive Paul Hartley resigned.")
    persons = {e.name: e for e in ents if e.type == "PER"}
    assert "Paul Hartley" in persons
    assert "Chief Executive" in persons["Paul Hartley"].roles


def test_possessive_apostrophe_after_s(nlp: Language) -> None:
    ents = analyse(nlp, "It was Paul Jennings' third title. Jennings' coach was pleased.")
    persons = [e for e in ents if e.type == "PER"]
    assert [e.name for e in persons] == ["Paul Jennings"]
    assert [m.text for m in persons[0].mentions] == ["Paul Jennings'", "Jennings'"]


def test_title_case_heading_after_the(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The Monthly Fee Seems High",
        "The Doobie Brothers played while Laura Brennan sang along.",
    )
    found = names(ents)
    assert not any("Monthly" in n for n in found)
    assert "Doobie Brothers" in names(ents, "ORG")
    assert "Laura Brennan" in names(ents, "PER")


def test_byline_authors_and_photo_credits_are_no_persons_of_the_text(nlp: Language) -> None:
    """English gold lists the people the article body names: the byline (``Article.authors``)
    and a photographer named only in a caption's credit are the page's structure (session 13;
    before, they were persons with the roles "author" and "photographer")."""
    caption = "A row of unsold cars at a dealership in Littleton. (AP Photo/Rita Holloway)"
    body = "Jane Doe met the mayor of Springfield on Monday. She said the talks went well."
    text = f"{caption}\n{body}"
    article = Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        authors=["Mike Wall"],
        blocks=[
            MediaBlock(
                text=caption,
                start=0,
                end=len(caption),
                caption=caption,
                credit="AP Photo/Rita Holloway",
            ),
            ParagraphBlock(text=body, start=len(caption) + 1, end=len(text)),
        ],  # type: ignore[list-item]
    )
    segments = [
        Segment(b.start, b.end, b.type, i, nlp(b.text)) for i, b in enumerate(article.blocks)
    ]
    entities, _ = extract_entities(article, segments)
    assert names(entities, "PER") == {"Jane Doe"}
    assert article.authors == ["Mike Wall"]


def person(entities: list[Entity], name: str) -> Entity:
    (found,) = [e for e in entities if e.type == "PER" and e.name == name]
    return found


def test_organisations_without_a_given_name(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The Treasury Department said on Monday that the White House had asked the Department "
        "of Homeland Security and Dorvan Kell for a report. Congress was not told.",
        "Officials at the Bureau of Prisons and the Lindgren County Health Department agreed.",
    )
    orgs = names(ents, "ORG")
    assert {"Treasury Department", "White House", "Department of Homeland Security"} <= orgs
    assert {"Congress", "Bureau of Prisons", "Lindgren County Health Department"} <= orgs
    # "and" joins a name to the organisation only after "of": no "Security and Dorvan Kell"
    assert not any("Kell" in o for o in orgs)


def test_and_between_two_companies(nlp: Language) -> None:
    ents = analyse(
        nlp, "The merger of the newspaper chains Harwick and Bellmont Media Group closed."
    )
    orgs = names(ents, "ORG")
    assert "Bellmont Media Group" in orgs
    assert not any(o.startswith("Harwick and") for o in orgs)


def test_role_with_organisation_or_country_before_the_name(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "White House press secretary Linda Marrow said the trip was routine. Taliban spokesman "
        "Qari Yusufzai denied it. U.S. Attorney Dana Whitcombe filed charges, and Nordic "
        "Steel's chief executive Paul Hartley did not comment. Afghan President Omid Rahimi "
        "met Republican Gov. Kristen Dahl.",
    )
    marrow = person(ents, "Linda Marrow")
    assert marrow.roles == ["White House press secretary"] and marrow.affiliation == "White House"
    assert person(ents, "Qari Yusufzai").affiliation == "Taliban"
    assert person(ents, "Dana Whitcombe").affiliation == "USA"  # the German row name
    assert person(ents, "Paul Hartley").affiliation == "Nordic Steel"
    assert person(ents, "Omid Rahimi").affiliation == "Afghanistan"
    dahl = person(ents, "Kristen Dahl")
    assert dahl.roles == ["Republican Gov."] and dahl.affiliation == "Republican Party"


def test_party_tags_after_the_name(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Rep. Ilsa Varnum (D-Minn.) and Sen. Brody Tallis, R-Texas, wrote a letter. "
        "Varnum said it was urgent.",
    )
    varnum = person(ents, "Ilsa Varnum")
    assert varnum.roles == ["Rep."] and varnum.affiliation == "Democratic Party"
    assert {m.text for m in varnum.mentions} >= {"Ilsa Varnum", "Varnum"}
    assert person(ents, "Brody Tallis").affiliation == "Republican Party"


def test_appositions_give_roles(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Kevin Lorne, a spokesman for the Harbor Transit Authority, declined to comment. "
        "Maria Costa, 45, a teacher, was hurt. Peter Vance, the U.S. attorney for the district, "
        "spoke. Sarah Winfield, a China scholar with the Brookline Institute, disagreed.",
    )
    lorne = person(ents, "Kevin Lorne")
    assert lorne.roles == ["spokesman for the Harbor Transit Authority"]
    assert lorne.affiliation == "Harbor Transit Authority"
    assert person(ents, "Maria Costa").roles == ["teacher"]
    assert person(ents, "Peter Vance").affiliation == "USA"
    assert person(ents, "Sarah Winfield").affiliation == "Brookline Institute"


def test_no_name_after_a_role_word_that_is_no_title(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The Star Wars sequel opened. She wrote How to Adopt an Online Leader Success Mindset.",
        "A leader needs success and the right mindset.",
    )
    assert not names(ents, "PER") & {"Wars", "Success Mindset"}


def test_pronouns_and_role_nouns_refer_back(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Rep. Ilsa Varnum met Gov. Paul Hartley on Monday. She said he was wrong.",
        "The governor disagreed, and his aide left. Varnum said her plan stood.",
    )
    varnum = {m.text for m in person(ents, "Ilsa Varnum").mentions}
    hartley = {m.text for m in person(ents, "Paul Hartley").mentions}
    assert {"She", "her"} <= varnum and not {"he", "his"} & varnum
    assert {"he", "his", "The governor"} <= hartley and "She" not in hartley


def test_pronoun_without_a_person_before_it(nlp: Language) -> None:
    ents = analyse(nlp, "He said the Treasury Department would act. Thomas Pell agreed.")
    assert "He" not in {m.text for m in person(ents, "Thomas Pell").mentions}


def test_company_before_a_role_is_the_affiliation(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Ousted Harwell CEO Adam Kessler left on Monday. Jefferies analyst Jonathan Brill "
        "disagreed. Hawaii Rep. Tulsi Marlow and Trump adviser Peter Navarro were there.",
        "President Donald Trump did not comment.",
    )
    kessler = person(ents, "Adam Kessler")
    assert kessler.roles == ["Harwell CEO"] and kessler.affiliation == "Harwell"
    assert person(ents, "Jonathan Brill").affiliation == "Jefferies"
    assert person(ents, "Tulsi Marlow").affiliation is None  # a state, not an organisation
    assert person(ents, "Peter Navarro").affiliation is None  # a person, not an organisation


def test_role_phrases_that_are_no_names(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Senate Leader, Ahmad Lawan raises a motion. Mary Steenburgen Wrote a song.",
        "The Blue Jackets won, and Blue Jackets 5, Canadiens 2 was the score.",
        "Trump went to Walter Reed hospital. The visit to Walter Reed was short.",
    )
    pers = names(ents, "PER")
    assert not pers & {"Senate Leader", "Mary Steenburgen Wrote", "Blue Jackets", "Walter Reed"}
    assert person(ents, "Ahmad Lawan").roles == ["Senate Leader"]
    assert "Mary Steenburgen" in pers and "Walter Reed" in names(ents, "ORG")


def test_unknown_names_before_an_apposition(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Kym Lino, a spokesperson for Instagram, confirmed it. Hogan Gidley, the principal "
        "deputy White House press secretary, said so. The Black Death, say officials, is back.",
    )
    assert person(ents, "Kym Lino").affiliation == "Instagram"
    assert person(ents, "Hogan Gidley").affiliation == "White House"
    assert "Black Death" not in names(ents, "PER")


def test_english_place_names(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The governor of California met officials from North Carolina and Munich in "
        "Brooklyn, New York. The New York Times reported it.",
        "Defense Secretary Lloyd Austin went to Texas. Austin said it was fine.",
    )
    places = names(ents, "LOC")
    assert {"California", "North Carolina", "Munich", "Brooklyn", "New York", "Texas"} <= places
    assert "Austin" not in places  # a word of a person's name in the article
    assert "New York Times" in names(ents, "ORG")


def by_name(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


def test_countries_written_the_english_way_are_places(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Talks between Germany and the Netherlands stalled, while Spain and the U.S. waited. "
        "Officials in Bosnia and Herzegovina said nothing.",
    )
    places = names(ents, "LOC")
    assert {"Germany", "Netherlands", "Spain", "U.S.", "Bosnia and Herzegovina"} <= places
    assert by_name(ents, "Germany").affiliation == "Deutschland"


def test_a_country_inside_a_longer_name_is_no_place(nlp: Language) -> None:
    ents = analyse(nlp, "The U.S. Attorney Office and Mexico City officials met in Dallas.")
    assert "U.S." not in names(ents, "LOC") and "Mexico" not in names(ents, "LOC")


def test_cities_with_their_states(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The man was arrested in Hayward, Calif., on Monday and taken to Fort Worth, Texas. "
        "His brother lives in Dekalb, Ill., and a cousin in Tinley Park, IL.",
    )
    places = names(ents, "LOC")
    assert {"Hayward", "Fort Worth", "Texas", "Dekalb", "Tinley Park"} <= places
    # an abbreviated state is named by the state's name, its mention is the written form
    assert {m.text for m in by_name(ents, "Illinois").mentions} == {"Ill.", "IL"}
    assert {m.text for m in by_name(ents, "California").mentions} == {"Calif."}


def test_a_party_tag_state_is_no_city_state(nlp: Language) -> None:
    ents = analyse(nlp, "The bill was written by Rep. Dana Korr, R-Texas, and two others.")
    assert "Dana Korr" in names(ents, "PER")
    assert by_name(ents, "Dana Korr").affiliation == "Republican Party"


def test_institutions_of_a_place_are_organisations(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The Afghan government rejected the offer. Hong Kong police fired tear gas, and the "
        "U.S. military said it had no plans to leave.",
    )
    orgs = names(ents, "ORG")
    assert {"Afghan government", "Hong Kong police", "U.S. military"} <= orgs
    assert by_name(ents, "Afghan government").affiliation == "Afghanistan"
    assert "U.S." not in names(ents, "LOC")


def test_camel_case_words_are_companies(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Shares of WeWork fell after SoftBank cut its stake. Ronald McDonald was not asked.",
    )
    orgs = names(ents, "ORG")
    assert {"WeWork", "SoftBank"} <= orgs
    assert "McDonald" not in orgs


def test_an_organisation_a_role_names_is_found_everywhere(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Zorbex chief executive Ines Valdano said the plan would work.",
        "Analysts doubted that Zorbex could pay its debts.",
    )
    org = by_name(ents, "Zorbex")
    assert org.type == "ORG" and len(org.mentions) == 2
    assert by_name(ents, "Ines Valdano").affiliation == "Zorbex"


def test_person_runs_that_run_on(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "© Lucy Nicholson Detainees wait at the border. The detainees were moved on Friday.",
        "Then Ben Bruce Drag IGP Idris spoke. Mary E. Lovely called the plan lovely.",
    )
    persons = names(ents, "PER")
    assert "Lucy Nicholson" in persons and "Lucy Nicholson Detainees" not in persons
    assert not any("IGP" in p for p in persons)
    assert "Mary E. Lovely" in persons


def test_a_place_opening_a_capitalised_run_makes_no_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Congress passed the Hong Kong Human Rights and Democracy Act. "
        "Kevin Maier, president of Ascom North America, agreed.",
    )
    persons = names(ents, "PER")
    assert not any(p.startswith("Hong Kong") for p in persons)
    assert "Ascom North America" not in persons


def test_a_birthplace_is_no_affiliation(nlp: Language) -> None:
    ents = analyse(nlp, "Michael Anastassiades, a London-based designer born in Cyprus, spoke.")
    assert by_name(ents, "Michael Anastassiades").affiliation is None


def test_organisations_marked_by_their_kind_or_their_people(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Shoppers left the retailer Home Depot early. Zentrix, a global software provider "
        "based in Oslo, sued. Kalmora leaders denied it, and Kalmora's stock fell.",
        "Nia Barlow shares the formula. Home Depot said nothing.",
    )
    orgs = names(ents, "ORG")
    assert {"Home Depot", "Zentrix", "Kalmora"} <= orgs
    assert len(by_name(ents, "Home Depot").mentions) == 2
    assert len(by_name(ents, "Kalmora").mentions) == 2
    assert "Barlow" not in orgs and "Nia Barlow" not in orgs


def test_a_kind_noun_makes_a_person_run_an_organisation(nlp: Language) -> None:
    ents = analyse(nlp, "The contract went to the company Blue Origin on Monday.")
    assert "Blue Origin" in names(ents, "ORG") and "Blue Origin" not in names(ents, "PER")


def test_a_state_office_takes_the_country_the_article_names_most(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Gov. Dana Lorrin spoke in Austin, Texas, on Monday. Texas and the U.S. economy grew.",
        "Sen. Mel Okafor, who also spoke in Texas, agreed. The U.S. Senate votes next week.",
    )
    assert by_name(ents, "Dana Lorrin").affiliation == "USA"
    assert by_name(ents, "Mel Okafor").affiliation == "USA"


def test_no_home_country_without_a_clear_one(nlp: Language) -> None:
    ents = analyse(nlp, "President Dana Lorrin visited Texas and then France and Spain.")
    assert by_name(ents, "Dana Lorrin").affiliation is None


def test_a_name_before_a_product_noun_is_no_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The firm showed its Blue Moon lander on Thursday. Blue Moon could fly in 2024.",
        "She listened to the Howard Jones song again.",
    )
    persons = names(ents, "PER")
    assert not any("Moon" in p for p in persons)
    assert "Howard Jones" in persons


def test_a_name_after_an_inner_role_is_read_to_its_end(nlp: Language) -> None:
    ents = analyse(nlp, "Hong Kong Chief Executive Carrie Lam's recent trip to Beijing failed.")
    assert "Carrie Lam" in names(ents, "PER")
    assert by_name(ents, "Carrie Lam").roles == ["Chief Executive"]


def test_party_members_outlets_and_dotted_acronyms(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "House Democrats met on Monday; the Democratic Party said the U.N. was wrong.",
        "Republicans disagreed, the Daily Express and Axios.com reported.",
    )
    assert {m.text for m in by_name(ents, "Democratic Party").mentions} == {
        "Democrats",
        "Democratic Party",
    }
    orgs = names(ents, "ORG")
    assert {"Republican Party", "U.N.", "Daily Express", "Axios.com"} <= orgs


def test_police_forces_are_organisations(nlp: Language) -> None:
    ents = analyse(nlp, "The Hong Kong Police Force fired, and Bolivia's police said nothing.")
    orgs = names(ents, "ORG")
    assert {"Hong Kong Police Force", "Bolivia's police"} <= orgs
    assert "Hong Kong Police Force" not in names(ents, "PER")


def test_capitalised_runs_ending_in_a_place_head_are_places(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Two soldiers died in Logar Province on Monday. Penn State quarterback Sean Clifford "
        "was not there.",
    )
    assert "Logar Province" in names(ents, "LOC")
    assert "Penn State" not in names(ents, "LOC")


def test_a_surname_after_a_name_with_a_suffix_is_the_same_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Patrick Carlineo Jr., 55, pleaded guilty on Monday. Carlineo threatened a lawmaker.",
    )
    persons = [e for e in ents if e.type == "PER"]
    assert [p.name for p in persons] == ["Patrick Carlineo Jr."]
    assert "Carlineo" in {m.text for m in persons[0].mentions}


def test_one_word_left_of_a_heading_or_after_an_opener_is_no_person(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "A Little More Obsessed follows the same plan. It has a True Depth front camera.",
        "The Lakers beat the Thunder. He Jianxiong, a former executive director, spoke.",
    )
    persons = names(ents, "PER")
    assert "Little" not in persons and "Depth" not in persons
    assert "Lakers" in names(ents, "ORG")


def test_unknown_names_next_to_a_speech_verb_are_persons(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "“We will appeal the ruling,” Dravenholt said. Officials said the court would rule "
        "soon. “It is over,” said Quillan Marsh, a lawyer for the family.",
        "The company said Zentrivo would grow. Critics say the deal is bad, the Guardian said.",
    )
    persons = names(ents, "PER")
    assert {"Dravenholt", "Quillan Marsh"} <= persons
    assert not persons & {"Officials", "Zentrivo", "Critics", "Guardian"}


def test_a_one_word_speaker_takes_the_full_name_the_article_writes(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Brannock Vasquell scored twice on Tuesday night.",
        "“It felt good to help the team,” Vasquell said.",
    )
    persons = [e for e in ents if e.type == "PER"]
    assert [p.name for p in persons] == ["Brannock Vasquell"]
    assert "Vasquell" in {m.text for m in persons[0].mentions}


def test_person_scores_of_an_english_page_use_the_english_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m newsgraph.entities.evaluate`` analyses each gold page with its language's
    pipeline, as ``newsgraph analyze`` does (it gave English pages the German model's NER)."""
    import spacy

    import newsgraph.nlp
    from newsgraph.entities import evaluate

    loaded: list[str] = []

    def fake(language: str = "de") -> Language:
        loaded.append(language)
        return spacy.blank(language)

    monkeypatch.setattr(newsgraph.nlp, "load_pipeline", fake)
    (tmp_path / "page.txt").write_text(
        "Jane Doe met the mayor of Springfield on Monday. She said the talks went well and "
        "that the city would build a new bridge over the river next year.\n"
    )
    gold = tmp_path / "page.gold.json"
    gold.write_text(json.dumps({"source_file": "page.txt", "persons": [{"name": "Jane Doe"}]}))
    evaluate.main([str(gold)])
    assert loaded == ["en"]
    assert '"recall": 1.0' in capsys.readouterr().out


def test_names_after_a_plural_title_are_persons_with_that_role(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Two other candidates in the race — Sens. Lorna Quist and Tobias Wrenfield — have "
        "struggled to gain momentum.",
        "On Monday, Govs. Hattie Brannock, Elmer Quade and Sybil Marchetti met in the capital.",
    )
    for name, role in [
        ("Lorna Quist", "Sens"),
        ("Tobias Wrenfield", "Sens"),
        ("Hattie Brannock", "Govs"),
        ("Elmer Quade", "Govs"),
        ("Sybil Marchetti", "Govs"),
    ]:
        assert role in person(ents, name).roles


def test_roles_from_a_predicate_a_role_in_capitals_and_a_title_case_office(
    nlp: Language,
) -> None:
    ents = analyse(
        nlp,
        "Michelle Hargrove is the CEO of Brightwell Media, a firm in Ohio.",
        "“We must act,” said Philip Lanter, Research and Advocacy Director for the Middle East "
        "at Amnesty International.",
        "Introducing Junior Gaspard, New CEO at Brightwell",
    )
    assert person(ents, "Michelle Hargrove").roles == ["CEO of Brightwell Media"]
    assert person(ents, "Michelle Hargrove").affiliation == "Brightwell Media"
    assert person(ents, "Philip Lanter").roles[0].startswith("Research and Advocacy Director")
    assert person(ents, "Junior Gaspard").roles == ["New CEO"]


def test_a_role_and_a_comma_before_a_name_inside_a_sentence(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Regulators look at whether the firm’s founder and former CEO, Adam Norquist, enriched "
        "himself.",
        "The suspect, Michael Webbert, was convicted on Thursday.",
        "He met the mayor, John Smith and Jane Doe on Monday.",
    )
    assert person(ents, "Adam Norquist").roles == ["former CEO"]
    assert person(ents, "Michael Webbert").roles == ["suspect"]
    assert person(ents, "John Smith").roles == []  # a list, not an apposition


def test_a_predicate_after_a_surname_mention_is_a_role(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "The response of Michelle Hargrove was concern.",
        "Hargrove is the CEO of Brightwell Media, a firm in Ohio.",
    )
    hargrove = person(ents, "Michelle Hargrove")
    assert hargrove.roles == ["CEO of Brightwell Media"]
    assert hargrove.affiliation == "Brightwell Media"


def test_a_possessive_belongs_to_the_mention(nlp: Language) -> None:
    ents = analyse(
        nlp,
        "Adam Norquist’s stake in the company was sold. Norquist's lawyer declined to comment.",
        "Paul Jennings’ coach praised him. He’s expected to play on Sunday.",
    )
    assert {m.text for m in person(ents, "Adam Norquist").mentions} >= {
        "Adam Norquist’s",
        "Norquist's",
    }
    texts = {m.text for m in person(ents, "Paul Jennings").mentions}
    assert "Paul Jennings’" in texts and "He’" not in texts
