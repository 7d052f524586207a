"""English reported speech (session 9): the word order around a verb of saying decides what is
content, as English has no reportive mood. Sentences written for the tests; a blank English
pipeline, the statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Article, Entity, Mention, ParagraphBlock, Quote, Source
from newsgraph.quotes.extract import extract_quotes
from tests.test_speakers import quotes_of


@pytest.fixture(scope="session")
def blank_en() -> Language:
    return spacy.blank("en")


def indirect(quotes: list[Quote]) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in quotes if q.kind == "indirect"}


def test_said_with_and_without_that(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Mayor Anna Berg said the bridge will reopen in May. Tom Reyes said on Tuesday that "
        "the council had approved the budget. He said the vote was close.",
        [("Anna Berg", "PER"), ("Tom Reyes", "PER")],
    )
    got = indirect(quotes)
    assert got["the bridge will reopen in May."] == "Anna Berg"
    assert got["that the council had approved the budget."] == "Tom Reyes"
    assert got["the vote was close."] == "Tom Reyes"


def test_told_an_addressee_then_the_content(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Police Chief Ed Lopez told reporters at a news conference that officers found a "
        "knife. Lopez told Reuters the suspect has been arrested.",
        [("Ed Lopez", "PER"), ("Lopez", "PER"), ("Reuters", "ORG")],
    )
    got = indirect(quotes)
    assert got["that officers found a knife."] == "Ed Lopez"
    assert got["the suspect has been arrested."] == "Ed Lopez"


def test_cue_after_the_content_and_inverted_cue(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Selling a product is difficult, Maria Hege said on Monday. Prices will rise next "
        "year, said Ross Burke, a political scientist at Boise State University.",
        [("Maria Hege", "PER"), ("Ross Burke", "PER"), ("Boise State University", "ORG")],
    )
    got = indirect(quotes)
    assert got["Selling a product is difficult"] == "Maria Hege"
    assert got["Prices will rise next year"] == "Ross Burke"


def test_cue_inserted_in_the_content_gives_the_whole_sentence(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Warden Kathy Sawyer spoke to the senators. Many of the prisons, she said, are aging "
        "and need repairs. That, Audi says, allows the car to see road markings. Costs rose, "
        "Audi wrote in a report, which was published on Monday.",
        [("Kathy Sawyer", "PER"), ("Audi", "ORG")],
    )
    got = indirect(quotes)
    assert got["Many of the prisons, she said, are aging and need repairs."] == "Kathy Sawyer"
    assert got["That, Audi says, allows the car to see road markings."] == "Audi"
    assert got["Costs rose"] == "Audi"


def test_saying_takes_the_clause_after_it(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "John Roth declined to give a date, saying it would depend on the task order.",
        [("John Roth", "PER")],
    )
    assert indirect(quotes) == {"it would depend on the task order.": "John Roth"}


def test_a_subordinate_cue_clause_ends_its_content_at_the_comma(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Although his family suggested he may have been murdered, the director told "
        "lawmakers no evidence supports that.",
        [],
    )
    got = indirect(quotes)
    assert "he may have been murdered" in got
    assert "no evidence supports that." in got


def test_no_content_without_a_clause(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Brad Marchand added three assists to lead Boston. That said, the market is calm. "
        "You can ask questions or play music. The data is for Colorado, a state where the "
        "drug is legal. Jobs would leave early, but always stop by his office to exchange "
        "notes for the day.",
        [("Brad Marchand", "PER"), ("Colorado", "LOC")],
    )
    assert indirect(quotes) == {}


def test_a_quotation_after_saying_is_not_reported_speech(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        'After the hearing, Kathy Sawyer issued a statement, saying, "I am committed to '
        'this agency."',
        [("Kathy Sawyer", "PER")],
    )
    assert indirect(quotes) == {}
    assert [q.text for q in quotes] == ["I am committed to this agency."]


def test_an_unknown_name_before_the_verb_is_no_other_person(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Mike Glass, the coach of the team, praised the fans. Coach P.J. Fleck said Morgan "
        "has made progress this week.",
        [("Mike Glass", "PER"), ("Morgan", "PER")],
    )
    # the speaker is the coach named before the verb (since session 11 the English entity layer
    # finds "P.J. Fleck" by the cue), never the other person named before
    assert indirect(quotes)["Morgan has made progress this week."] == "P.J. Fleck"


def test_a_pronoun_after_an_unknown_speaker_is_not_the_person_before(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Officer Michael Thomas was charged on Tuesday. His lawyer, Montell Figgins, said the "
        "case is weak. Sometimes employees don't follow the rules, he said.",
        [("Michael Thomas", "PER")],
    )
    got = indirect(quotes)
    assert got["Sometimes employees don't follow the rules"] is None


def test_a_genitive_apostrophe_in_an_apposition_is_no_quotation_mark(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        'Sales rose in October. "The end of the year is a popular time for purchases," '
        "Jessica Caldwell, Edmunds' executive director of industry analysis, said.",
        [("Jessica Caldwell", "PER"), ("Edmunds", "ORG")],
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("direct", "Jessica Caldwell")
    ]


def test_a_place_before_based_does_not_speak(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Washington-based analysts who have done the calculations say China cannot buy that much.",
        [("Washington", "LOC"), ("China", "LOC")],
    )
    assert indirect(quotes) == {"China cannot buy that much.": None}


def test_according_to_an_unnamed_source_reports_the_clause(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "The attorney general is investigating the company, according to two people familiar "
        "with the matter. Volker told the committee he tried to work with the lawyer.",
        [("Volker", "PER")],
    )
    got = indirect(quotes)
    assert (
        got[
            "The attorney general is investigating the company, according to two people "
            "familiar with the matter."
        ]
        is None
    )
    assert got["he tried to work with the lawyer."] == "Volker"


# -- session 10: speakers -----------------------------------------------------------------


def test_he_is_the_person_the_sentence_before_is_about(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        '"We will appeal the ruling," Daniel Price said. The hearing lasted four hours. '
        "Carl Mendez was the last witness who listened to the call of Mayor Tom Ortiz. He said "
        "the payments had stopped in July.",
        [("Daniel Price", "PER"), ("Carl Mendez", "PER"), ("Tom Ortiz", "PER")],
    )
    assert indirect(quotes)["the payments had stopped in July."] == "Carl Mendez"


def test_she_passes_back_over_a_sentence_opened_by_she(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        '"The role changed my life," Nora Blake said. As it turned out, Ellen Frost had spent '
        "years writing songs. And despite her fame, she was nervous about the studio. "
        '"It was terrifying," she said.',
        [("Nora Blake", "PER"), ("Ellen Frost", "PER")],
    )
    direct = {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"}
    assert direct["It was terrifying,"] == "Ellen Frost"


def test_a_verb_before_the_first_name_leaves_the_pronoun_to_the_speaker(
    blank_en: Language,
) -> None:
    quotes = quotes_of(
        blank_en,
        "Jason Foy said his client would fight the charges. Foy declined to say whether Mark "
        "Hill had slept on the job. He said the guards were short-staffed.",
        [("Jason Foy", "PER"), ("Foy", "PER"), ("Mark Hill", "PER")],
    )
    assert indirect(quotes)["the guards were short-staffed."] == "Jason Foy"


def test_the_company_is_the_organisation_named_as_subject_before(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "In August, Northwind Energy announced that it would close two plants. At the time, "
        "the company said the plants were no longer profitable. A report by Reuters followed. "
        "The group said the workers had not been told.",
        [("Northwind Energy", "ORG"), ("Reuters", "ORG")],
    )
    got = indirect(quotes)
    assert got["the plants were no longer profitable."] == "Northwind Energy"
    assert got["the workers had not been told."] is None  # a group, no organisation named


def test_a_place_before_a_noun_does_not_speak(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "A Texas transit chief says the line will reopen on Monday. Texas says the money is "
        "already spent.",
        [("Texas", "LOC")],
    )
    got = indirect(quotes)
    assert got["the line will reopen on Monday."] is None
    assert got["the money is already spent."] == "Texas"


def test_the_medium_after_told_is_the_addressee_not_the_speaker(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        '"This is how epidemics begin," Dr. Luz Moreno, a member of the group, told NBC News. '
        "Some Twitter users argued that the ads were cruel.",
        [("NBC News", "ORG"), ("Twitter", "ORG")],
    )
    speakers = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert speakers["This is how epidemics begin,"] != "NBC News"
    assert speakers["that the ads were cruel."] is None


def test_they_is_no_organisation_named_long_before(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Harbor Polytechnic University closed the campus last week. Many in "
        "the city deplore the violence and the fires on the bridges, and more and more people "
        "stand by the cause of the movement in the streets of the old harbour. The police "
        "cleared two roads on Sunday and arrested dozens of people near the old railway "
        "station in the north of the city. Meanwhile, they note that the army took to the "
        "streets to clear barricades.",
        [("Harbor Polytechnic University", "ORG")],
    )
    assert indirect(quotes)["that the army took to the streets to clear barricades."] is None


def test_a_relative_after_a_preposition_keeps_its_pronoun_subject(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Tim Walsh spoke on Tuesday. Walsh referred to his earlier testimony, in which he said "
        "others had raised concerns about the budget.",
        [("Tim Walsh", "PER"), ("Walsh", "PER")],
    )
    assert indirect(quotes)["others had raised concerns about the budget."] == "Tim Walsh"


def test_a_possessive_after_said_opens_the_content(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Mark Hill was charged on Monday. Dana Royce, who represents Hill, said his client "
        "chose not to accept a plea agreement.",
        [("Mark Hill", "PER"), ("Hill", "PER")],
    )
    speakers = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    got = [v for k, v in speakers.items() if "chose not to accept" in k]
    assert got and got[0] != "Mark Hill"


def test_the_advisers_of_a_person_are_not_the_person(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "When President Mark Hill’s advisers suggested that the city buy more buses, he "
        "refused. People familiar with Chinese trade policy said the talks had stalled.",
        [("Mark Hill", "PER")],
    )
    got = indirect(quotes)
    assert got["that the city buy more buses"] is None
    assert got["the talks had stalled."] is None


def test_a_second_surname_after_a_name_is_the_same_person(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        '"This is how epidemics begin," said Dr. Luz Contreras Arroyo, a family physician. '
        "But Arroyo said the government had vaccinated migrants before.",
        [("Luz Contreras", "PER")],
    )
    assert indirect(quotes)["the government had vaccinated migrants before."] == "Luz Contreras"


def test_she_after_a_fronted_clause_is_the_person_it_names(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        '"The ad works," Mia Stone said. While the campaign did not appeal to Julie Marsh, a '
        "health officer, she said she did not want to judge it.",
        [("Mia Stone", "PER"), ("Julie Marsh", "PER")],
    )
    assert indirect(quotes)["she did not want to judge it."] == "Julie Marsh"


def test_agency_officials_speak_for_the_agency_named_as_subject(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Orbis plans to spend $2 billion on the contracts through 2028, agency officials said.",
        [("Orbis", "ORG")],
    )
    got = indirect(quotes)
    assert got["Orbis plans to spend $2 billion on the contracts through 2028"] == "Orbis"
    quotes = quotes_of(
        blank_en,
        "The Harbor Trust's questions include the budget. A company spokesperson said the "
        "review would take weeks.",
        [("Harbor Trust", "ORG")],
    )
    assert indirect(quotes)["the review would take weeks."] is None  # only a genitive


def test_the_spokesperson_speaks_for_the_organisation_of_the_context(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Harbor Transit did not accept the offer. "
        '"Operating such a program is not feasible," the spokesperson said.',
        [("Harbor Transit", "ORG")],
    )
    direct = {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"}
    assert direct["Operating such a program is not feasible,"] == "Harbor Transit"


def test_a_verb_after_and_shares_the_subject_that_opens_the_sentence(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Rep. Dan Morley, R-Ohio, visited the border near El Paso, Texas, and argued that the "
        "country needs more agents. When Ann Ruiz met the mayor, the crowd cheered and said "
        "that the plan was good.",
        [("Dan Morley", "PER"), ("Ann Ruiz", "PER")],
    )
    got = indirect(quotes)
    assert got["that the country needs more agents."] == "Dan Morley"
    assert got["that the plan was good."] is None  # the subject does not open the sentence


def test_the_last_two_words_of_a_long_name_are_the_person(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Joel Eriksson Ek scored twice on Tuesday. "
        '"I didn’t really see him coming," Eriksson Ek said.',
        [("Joel Eriksson Ek", "PER")],
    )
    direct = {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"}
    assert direct["I didn’t really see him coming,"] == "Joel Eriksson Ek"


def test_the_rest_of_a_name_before_an_apposition_is_the_person() -> None:
    # session 11: the entity layer cut the name short ("Ana Ruiz" of "Dr. Ana Ruiz Molina");
    # the entities are given as that layer left them
    text = (
        "The clinic wrote to the agency in May. "
        '"This is how outbreaks begin," Dr. Ana Ruiz Molina, a member of the group and '
        'signatory to the letter, told City News. "It is not only the patients."'
    )
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )
    art.entities = [
        Entity(
            id="per-1",
            type="PER",
            name=name,
            mentions=[Mention(text=name, start=at, end=at + len(name))],
        )
        for name, at in [("Ana Ruiz", text.index("Ana Ruiz"))]
    ] + [
        Entity(
            id="org-1",
            type="ORG",
            name="City News",
            mentions=[
                Mention(
                    text="City News", start=text.index("City News"), end=text.index("City News") + 9
                )
            ],
        )
    ]
    direct = {
        q.text: q.speaker.name if q.speaker else None
        for q in extract_quotes(art)
        if q.kind == "direct"
    }
    assert direct["This is how outbreaks begin,"] == "Ana Ruiz"
    assert direct["It is not only the patients."] == "Ana Ruiz"


def test_a_verb_form_after_a_determiner_is_a_noun(blank_en: Language) -> None:
    # session 11: "the ministry's claim", "the call" are nouns, no cues of the nearer person
    quotes = quotes_of(
        blank_en,
        "Cmdr. Paul Hart, a spokesperson for the coalition, told correspondent Mia Stone on "
        "Monday that the ministry’s claim “is patently false.” Later Mia Stone wrote about "
        'the call and its "long silences."',
        [("Paul Hart", "PER"), ("Mia Stone", "PER")],
    )
    got = {q.text: (q.speaker.name if q.speaker else None, q.cue) for q in quotes}
    assert got["is patently false."][0] == "Paul Hart"
    assert got.get("long silences.", (None, None))[1] != "call"


def test_reported_speech_after_longer_subjects_and_objects(blank_en: Language) -> None:
    # session 11: a relative clause with an infinitive before "said", a lower-case subject of
    # more than five words, a contracted subject, a web address as the addressee, a subject of
    # nine words before its verb
    quotes = quotes_of(
        blank_en,
        "A spokesperson who did not wish to be named because of agency policy said in a "
        "statement that the agency never gave vaccines. Carmaker executive Lena Falk said "
        "strong demand and a software-update glitch led to long delays. Lena Falk says "
        "it’ll be doing that with all models. Omar Reyes told Factcheck.org the ministry’s "
        "figures are false. Omar Reyes says the first step for any aspiring early retiree "
        "is to count the money.",
        [("Lena Falk", "PER"), ("Omar Reyes", "PER")],
    )
    got = indirect(quotes)
    assert "that the agency never gave vaccines." in got
    assert got["strong demand and a software-update glitch led to long delays."] == "Lena Falk"
    assert got["it’ll be doing that with all models."] == "Lena Falk"
    assert got["the ministry’s figures are false."] == "Omar Reyes"
    assert got["the first step for any aspiring early retiree is to count the money."] == (
        "Omar Reyes"
    )


def test_a_verb_after_and_in_a_long_object_opens_no_content(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "Ada Moss wrote hundreds of songs that summer and sent twelve of them to a lawyer.",
        [("Ada Moss", "PER")],
    )
    assert indirect(quotes) == {}


def test_a_month_is_no_modal_and_saying_takes_the_sentence_subject(blank_en: Language) -> None:
    # session 11: "in May" held the modal "may", so the fronted phrase read as a clause and the
    # content after "said" was lost; "He urged X to …, saying “…”" is the subject's quotation
    quotes = quotes_of(
        blank_en,
        "In a letter to the president in May, Ray Dunn, the head of the Farm Union, said "
        "farmers faced “great hardship” stemming from the tariffs. He urged Mr. Cole to make "
        "a deal soon, saying “time is running out for many farmers.”",
        [("Ray Dunn", "PER"), ("Cole", "PER"), ("Farm Union", "ORG")],
    )
    assert indirect(quotes) == {
        "farmers faced “great hardship” stemming from the tariffs.": "Ray Dunn"
    }
    got = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert got["time is running out for many farmers."] == "Ray Dunn"


def test_a_question_mark_before_the_cue_closes_no_sentence(blank_en: Language) -> None:
    # session 11: '"…?" Adam Cole asked.' — the cue after a quotation that ends in "?" or "!"
    quotes = quotes_of(
        blank_en,
        "Kurt Lang said the call changed his view. "
        '"So you have not fixed the problem?" Adam Cole asked. '
        '"Can I give it to James?" Ann Roe tearfully asked before leaving.',
        [("Kurt Lang", "PER"), ("Adam Cole", "PER"), ("Ann Roe", "PER")],
    )
    direct = {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"}
    assert direct["So you have not fixed the problem?"] == "Adam Cole"
    assert direct["Can I give it to James?"] == "Ann Roe"


def test_an_indefinite_spokesperson_speaks_for_the_body_of_the_context(blank_en: Language) -> None:
    # session 11: "A spokesperson who … said" is the organisation named before; "A spokesperson
    # for X" is X
    quotes = quotes_of(
        blank_en,
        "Harbor Transit did not accept the offer. A spokesperson who asked not to be named said "
        "the agency never gave vaccines. A spokesperson for Nordbank said the loan was repaid.",
        [("Harbor Transit", "ORG"), ("Nordbank", "ORG")],
    )
    got = indirect(quotes)
    assert got["the agency never gave vaccines."] == "Harbor Transit"
    assert got["the loan was repaid."] == "Nordbank"


def test_recalled_and_quipped_frame_a_quotation(blank_en: Language) -> None:
    # session 11: verbs that frame a quotation after it (quote_only in speech_verbs.en.yaml)
    quotes = quotes_of(
        blank_en,
        "Ray Dunn founded the firm in 1990. Its first editor was Elise Marr. "
        "“Life was not long enough,” Marr recalled in an email. "
        "“We were young,” Dunn quipped.",
        [("Ray Dunn", "PER"), ("Elise Marr", "PER")],
    )
    direct = {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"}
    assert direct["Life was not long enough,"] == "Elise Marr"
    assert direct["We were young,"] == "Ray Dunn"


def test_an_english_headline_quote_is_not_the_place_named_after_it() -> None:
    # session 11: "‘…’: 3 … killed in clashes with Bolivia's police" names no speaker; a
    # person right after the colon does ("‘…’: Lynn says …")
    from newsgraph.model import Span

    for title, want in [
        ("‘He died in my hands’: 3 killed in clashes with the Ostland Police", None),
        ("‘We needed to win this game’: Tom Lynn says", "Tom Lynn"),
    ]:
        body = "The clashes went on until the evening."
        text = title + "\n\n" + body
        name = "Tom Lynn" if "Lynn" in title else "Ostland Police"
        at = text.index(name)
        art = Article(
            id="test",
            source=Source(reader="text", content_hash="0"),
            language="en",
            title=title,
            title_span=Span(start=0, end=len(title)),
            text=text,
            blocks=[ParagraphBlock(text=body, start=len(title) + 2, end=len(text))],
            entities=[
                Entity(
                    id="e-1",
                    type="PER" if name == "Tom Lynn" else "ORG",
                    name=name,
                    mentions=[Mention(text=name, start=at, end=at + len(name))],
                )
            ],
        )
        got = [q.speaker.name if q.speaker else None for q in extract_quotes(art)]
        assert got == [want], title


def test_the_texts_own_pronoun_decides_a_persons_gender(blank_en: Language) -> None:
    # session 17: the first name read "Hawk" and "Luz" as men's names, so "she" passed them
    # over (to nobody, or to a woman named in a caption); the he/she the text itself uses after
    # the name as a subject decides first
    quotes = quotes_of(
        blank_en,
        "Hawk Sawyer said she could not comment on the inquiry. She said the agency would "
        "review its rules. Lucy Mendel, a nurse, was at the hearing. Dr. Luz Ortega said the "
        "vaccines were safe. She said the program is cheap.",
        [("Hawk Sawyer", "PER"), ("Lucy Mendel", "PER"), ("Luz Ortega", "PER")],
    )
    got = indirect(quotes)
    assert got["the agency would review its rules."] == "Hawk Sawyer"
    assert got["the program is cheap."] == "Luz Ortega"


def test_a_name_before_another_name_casts_no_vote(blank_en: Language) -> None:
    # "Harper knew in his bones that she was perfect": the first gendered word after the
    # subject counts (his), not a later one about somebody else; a capitalised word before
    # any pronoun stops the count
    from newsgraph.quotes.speaker_gender import english_pronoun_gender

    text = (
        "Harper knew in his bones that she was perfect for the part. Jones told Mary Rowe she "
        "had won."
    )
    ents = {
        name: Entity(
            id=name,
            type="PER",
            name=name,
            mentions=[Mention(text=name, start=text.index(name), end=text.index(name) + len(name))],
        )
        for name in ("Harper", "Jones")
    }
    assert english_pronoun_gender(ents["Harper"], text) == "m"
    assert english_pronoun_gender(ents["Jones"], text) is None


def test_a_pronoun_after_but_is_the_subject(blank_en: Language) -> None:
    # session 17: "But she acknowledged …", "…, but she said …" had no speaker (the
    # conjunction hid the pronoun)
    quotes = quotes_of(
        blank_en,
        "Toni Berg said the launch could begin in 2022. But she acknowledged that the "
        "rocket is not ready. Such flights carry cargo only, but she said they could serve "
        "as a first step.",
        [("Toni Berg", "PER")],
    )
    got = indirect(quotes)
    assert got["that the rocket is not ready."] == "Toni Berg"
    assert got["they could serve as a first step."] == "Toni Berg"


def test_a_long_apposition_with_places_before_said(blank_en: Language) -> None:
    # session 17: an apposition of more than three comma-separated parts (a place and its
    # state: "in Greenbelt, Maryland, and … in Washington, D.C.,") hid the name before it
    quotes = quotes_of(
        blank_en,
        '"Water is hard to find beyond Earth," lead author Lucas Pagan, a planetary '
        "scientist at the Goddard Space Flight Center in Greenbelt, Maryland, and Atlantic "
        'University in Washington, D.C., said in a statement. "The next best thing is '
        'vapor," Tom Reyes, a physicist at the Ostland Institute, has said.',
        [
            ("Lucas Pagan", "PER"),
            ("Goddard Space Flight Center", "ORG"),
            ("Atlantic University", "ORG"),
            ("Tom Reyes", "PER"),
            ("Ostland Institute", "ORG"),
        ],
    )
    got = {q.text: (q.speaker.name if q.speaker else None) for q in quotes}
    assert got["Water is hard to find beyond Earth,"] == "Lucas Pagan"
    assert got["The next best thing is vapor,"] == "Tom Reyes"


def test_comments_frames_a_quotation(blank_en: Language) -> None:
    # session 17: "“…,” comments X in a statement" had no cue
    quotes = quotes_of(
        blank_en,
        "“We are excited about the tour,” comments Tom Johns in a statement.",
        [("Tom Johns", "PER")],
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We are excited about the tour,", "Tom Johns")
    ]


def test_no_speaker_for_titles_and_places(blank_en: Language) -> None:
    # session 17: a paragraph that is only a quotation without a sentence's end is a title or
    # a heading; a place speaks no uncued quotation
    from newsgraph.entities.stage import extract_entities
    from newsgraph.pipeline import Segment
    from tests.test_speakers import tag_spans

    paras = [
        "“The songs are new,” Mary Stone said.",
        "“Wild Rose”",
        "Air pollution in Delhi remains “unhealthy” this week.",
    ]
    names = [("Mary Stone", "PER"), ("Delhi", "LOC")]
    text = "\n\n".join(paras)
    blocks, segments, pos = [], [], 0
    for para in paras:
        blocks.append(ParagraphBlock(text=para, start=pos, end=pos + len(para)))
        tagged = [(n, t) for n, t in names if n in para]
        segments.append(
            Segment(
                pos, pos + len(para), "paragraph", len(segments), tag_spans(blank_en(para), tagged)
            )
        )
        pos += len(para) + 2
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        blocks=blocks,
    )
    art.entities, _ = extract_entities(art, segments)
    got = {q.text: (q.speaker.name if q.speaker else None) for q in extract_quotes(art)}
    assert got["The songs are new,"] == "Mary Stone"
    assert got.get("Wild Rose") is None
    assert got.get("unhealthy") is None


def test_the_subject_of_saying_opens_the_sentence(blank_en: Language) -> None:
    # session 17: "…, saying he/they …" took the subject of the content ("he", "they") or an
    # owner opening the sentence ("Hours before X's goals, coach Y …") as the speaker
    quotes = quotes_of(
        blank_en,
        "Hours before Tom Lane’s two goals on Tuesday, coach Bruce Hale expressed confidence "
        "in the winger, saying he always finds a way to score. The Carlyle Fund bought the "
        "label last year. Big Machine has denied the singer’s claims, saying they were “false "
        "and shocking.” After the hearing, Anna Berg issued a statement, saying, “We will "
        "restore the public’s trust.”",
        [("Tom Lane", "PER"), ("Bruce Hale", "PER"), ("Carlyle Fund", "ORG"), ("Anna Berg", "PER")],
    )
    got = {q.text: (q.speaker.name if q.speaker else None) for q in quotes}
    assert got["he always finds a way to score."] == "Bruce Hale"
    assert got["false and shocking."] is None
    assert got["We will restore the public’s trust."] == "Anna Berg"


def test_the_brokerage_is_the_organisation_named_as_subject(blank_en: Language) -> None:
    # session 17: "the brokerage said" pointed back to nobody
    quotes = quotes_of(
        blank_en,
        "Harlow Equities said it remains sceptical of a quick recovery. An extended slowdown "
        "could hurt the market, the brokerage said.",
        [("Harlow Equities", "ORG")],
    )
    assert indirect(quotes)["An extended slowdown could hurt the market"] == "Harlow Equities"


def test_english_womens_names_ending_in_a_consonant(blank_en: Language) -> None:
    # session 17: "Beth", "Caitlyn" were read as men's names, so "she" passed them over
    from newsgraph.quotes.speaker_gender import gender

    for name in ("Beth Meacham", "Caitlyn Smith", "Kathleen Moore"):
        ent = Entity(id="e", type="PER", name=name, mentions=[])
        assert gender(ent) == "f", name


def test_the_actor_is_the_person_the_text_is_about(blank_en: Language) -> None:
    # session 17: "said the actor", "the actress said" named nobody ("actor" was no role noun)
    quotes = quotes_of(
        blank_en,
        "James Vander was eliminated from the show on Monday. “You never know why these things "
        "happen,” said the actor.",
        [("James Vander", "PER")],
    )
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["James Vander"]


def test_reports_received_by_an_organisation_come_from_it(blank_en: Language) -> None:
    # session 17: "according to credible reports received by X" named nobody ("reports" is an
    # anonymous head); the organisation after "by"/"from" is the source
    quotes = quotes_of(
        blank_en,
        "Rights Watch International said the toll was rising. At least 106 protesters have "
        "been killed, according to credible reports received by Rights Watch International. "
        "Prices fell, according to reports.",
        [("Rights Watch International", "ORG")],
    )
    got = indirect(quotes)
    killed = next(t for t in got if "106 protesters" in t)
    assert got[killed] == "Rights Watch International"
    fell = next(t for t in got if "Prices fell" in t)
    assert got[fell] is None


def test_he_is_nobody_when_the_last_man_named_is_far_back(blank_en: Language) -> None:
    # session 17: "Tommy — who … — retired …, he wrote" went to a man named 700 characters
    # before (the nearest compatible person); the article's main person still counts
    filler = "Saving early matters, and spending less is a habit worth keeping for years. " * 8
    quotes = quotes_of(
        blank_en,
        "Anna Ziegler retired at 40. Anna Ziegler saves money. Many stick to Warren Buffett’s "
        "favourite investment, index funds. "
        + filler
        + "Tommy, who only goes by his first name online, retired at age 51. He never earned a "
        "big salary, but saved consistently, he wrote in a blog post.",
        [("Anna Ziegler", "PER"), ("Warren Buffett", "PER")],
    )
    got = indirect(quotes)
    never = next(t for t in got if "never earned" in t)
    assert got[never] is None


def test_the_name_in_apposition_after_according_to_is_the_source(blank_en: Language) -> None:
    # session 17: "According to his aunt, Jane Roe, “…”" went to the owner of "his"
    quotes = quotes_of(
        blank_en,
        "John Fenn was born in 1957. According to his aunt, Jane Roe, “He was brilliant from "
        "the start.” According to a spokeswoman, Mary Holt, the plan was dropped.",
        [("John Fenn", "PER"), ("Jane Roe", "PER"), ("Mary Holt", "PER")],
    )
    got = {q.text: (q.speaker.name if q.speaker else None) for q in quotes}
    assert got["He was brilliant from the start."] == "Jane Roe"
    dropped = next(t for t in got if "plan was dropped" in t)
    assert got[dropped] == "Mary Holt"


def test_apposition_then_said_that_takes_the_content(blank_en: Language) -> None:
    # session 20: "X, a Y who …, said that Z …": the content after "said that", not the subject
    # phrase before the comma (a capitalised word after "that" is no inverted subject)
    quotes = quotes_of(
        blank_en,
        "Ann Lee spoke first. A neighbour of the family, a retired teacher who asked not to be "
        "named, said that the Berlin office was closed for weeks.",
        [("Ann Lee", "PER"), ("Berlin", "LOC")],
    )
    got = indirect(quotes)
    assert "that the Berlin office was closed for weeks." in got
    assert not any(t.startswith("A neighbour") for t in got)


def test_pronoun_after_fronted_clause_naming_the_person(blank_en: Language) -> None:
    # session 20: "Although X had …, he struggled …. On Monday, he emailed Y …. “…,” he wrote.":
    # the person the fronted clause names is the one the chain of "he" is about, not the
    # object named last
    quotes = quotes_of(
        blank_en,
        "Tom Reyes wrote novels. “Fine work,” Paul Kent said. They were all amazed by it. "
        "Although Reyes had outlined the book "
        "in a notebook, he struggled to finish it. On July 27, 2006, he emailed Kent about the "
        "plot. “It is not easy to write action,” he wrote.",
        [("Tom Reyes", "PER"), ("Paul Kent", "PER"), ("Reyes", "PER"), ("Kent", "PER")],
    )
    direct = {q.text: (q.speaker.name if q.speaker else None) for q in quotes if q.kind == "direct"}
    assert direct["It is not easy to write action,"] == "Tom Reyes"


def test_pronoun_subject_behind_an_organisation_title(blank_en: Language) -> None:
    # session 20: "Acme engineer Ann Kent, who …, could see …. “…,” she said.": the
    # organisation is part of the person's title; the person is the subject the pronoun takes
    quotes = quotes_of(
        blank_en,
        "“We will fix it,” Mary Cole said. Last week, Cole had promised a repair. Acme engineer "
        "Ann Kent, who joked about Cole’s plans, could see the trouble. “She is used to "
        "winning,” she said.",
        [("Mary Cole", "PER"), ("Cole", "PER"), ("Acme", "ORG"), ("Ann Kent", "PER")],
    )
    direct = {q.text: (q.speaker.name if q.speaker else None) for q in quotes if q.kind == "direct"}
    assert direct["She is used to winning,"] == "Ann Kent"


def test_naming_participle_is_no_cue(blank_en: Language) -> None:
    # session 20: "a play called “…”", "it is called “…”", "what's called “…”" name a thing;
    # nobody speaks. "Ann Lee called the plan “reckless”" still quotes Ann Lee.
    quotes = quotes_of(
        blank_en,
        "Tom Reyes staged a play called “Blue Harbour,” which opened in May. When bees swarm "
        "in winter, it is called “cold clustering.” Ann Lee called the plan “reckless.”",
        [("Tom Reyes", "PER"), ("Ann Lee", "PER")],
    )
    got = {q.text: (q.speaker.name if q.speaker else None) for q in quotes}
    assert not any(t.startswith(("Blue Harbour", "cold clustering")) for t in got)
    assert got["reckless."] == "Ann Lee"


def test_an_apposition_the_writer_left_unclosed_before_the_verb(blank_en: Language) -> None:
    # the comma that should close the apposition before "told" is missing (as in a CBS News
    # report of the html-en pages): the name before the apposition is still the speaker
    quotes = quotes_of(
        blank_en,
        'The air improved. "This is mainly due to the change in wind direction," Mira Sen, '
        "a research analyst at the Council on Energy, Environment and Water think tank told "
        "CBS News.",
        [
            ("Mira Sen", "PER"),
            ("Council on Energy, Environment and Water", "ORG"),
            ("CBS News", "ORG"),
        ],
    )
    speakers = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert speakers["This is mainly due to the change in wind direction,"] == "Mira Sen"


def test_a_passive_after_a_name_and_comma_is_no_apposition(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        "In an email sent by chairman Mark Cole, employees were told that layoffs will begin.",
        [("Mark Cole", "PER")],
    )
    assert indirect(quotes) == {"that layoffs will begin.": None}


def test_a_report_from_an_organisation_speaks_for_it(blank_en: Language) -> None:
    # gold convention (e.g. "according to the TexAuto Facts report from InfoNation" → InfoNation):
    # a document of an organisation as the subject of a speech verb, before or after it
    quotes = quotes_of(
        blank_en,
        'Stocks rose. "The market is factoring in a recovery," said a report from Kestrel Equities. '
        '"Growth will return," a statement from Nordbank said.',
        [("Kestrel Equities", "ORG"), ("Nordbank", "ORG")],
    )
    speakers = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert speakers["The market is factoring in a recovery,"] == "Kestrel Equities"
    assert speakers["Growth will return,"] == "Nordbank"
