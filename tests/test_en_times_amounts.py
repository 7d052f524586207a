"""English times and amounts, session 10: forms read on the English tuning pages (html-en),
in sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

PUB = "2019-11-20"  # a Wednesday


def _times(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (t.text, t.type, t.value, t.relative)
        for t in find_times(sentence, published=PUB, language="en")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a duration as a compound adjective; an age is none
        ("They signed a 25-year partnership.", [("25-year", "DURATION", "P25Y", None)]),
        ("The five-year plan was shelved.", [("five-year", "DURATION", "P5Y", None)]),
        ("It was a 12-hour shoot.", [("12-hour", "DURATION", "PT12H", None)]),
        ("The 53-day-long festival opens.", [("53-day-long", "DURATION", "P53D", None)]),
        ("A 17-year-old boy was hurt.", []),
        ("The 13.8-billion-year history of the cosmos.", []),
        ("She took a last-minute flight.", []),
        # vague numbers of units
        (
            "Sales slumped over the past several months.",
            [("the past several months", "DURATION", "PXM", None)],
        ),
        (
            "A deal could come in the next few weeks.",
            [("in the next few weeks", "DATE", "FUTURE_REF", None)],
        ),
        ("He left a couple of years ago.", [("couple of years ago", "DATE", "PAST_REF", None)]),
        (
            "A couple of months later, he quit.",
            [("couple of months later", "DATE", None, "anaphoric:after")],
        ),
        ("It lasted a few minutes.", [("few minutes", "DURATION", "PTXM", None)]),
        # "annual" is a set
        ("He had his annual physical.", [("annual", "SET", "P1Y", None)]),
        # sports seasons stay relative
        ("He scored twice this season.", [("this season", "DATE", None, "sportseason:+0")]),
        ("They won the title last season.", [("last season", "DATE", None, "sportseason:-1")]),
        # times told before
        (
            "At the time, the agency said nothing.",
            [("At the time", "DATE", None, "anaphoric:then")],
        ),
        ("He was back by the next morning.", [("the next morning", "DATE", None, "anaphoric:+1D")]),
        # "earlier this year", "later today" as one expression
        ("The drama began earlier this year.", [("earlier this year", "DATE", "2019", None)]),
        ("They will announce it later today.", [("later today", "DATE", "2019-11-20", None)]),
        # a quarter of a company's year, not a game's
        (
            "The retailer reported third-quarter earnings.",
            [("third-quarter", "DATE", "2019-Q3", None)],
        ),
        ("They scored 24 points in the third quarter.", []),
        # no times: a conjunction, a name, a shop button, an idiom
        ("He left as soon as the talks ended.", []),
        ("The deal funded Dr. Patrick Soon-Shiong's purchase.", []),
        ("Apple AirPods Pro for $235. See it now: Amazon", []),
        ("Apple AirPods Pro Buy Now", []),
        ("Every now and again, it lagged.", []),
        ("Sony has offered its Sony Now service.", []),
        ("It will come soon.", [("soon", "DATE", "FUTURE_REF", None)]),
        ("Now we spend money.", [("Now", "DATE", "2019-11-20", None)]),
        # a game clock, a timestamp's pieces, a copyright line, an age decade: no times
        ("James' 3-pointer put the Lakers up with 3:08 to play.", []),
        ("He scored 17:46 into the third period.", []),
        ("Copyright 2019 Hawaii News. All rights reserved.", []),
        ("A resolution of 1080 pixels by 1920 pixels.", []),
        ("Roles for women in their mid-50s are rare.", []),
        ("Posted 2019-11-19T08:57:40+01:00", [("2019-11-19", "DATE", "2019-11-19", None)]),
        ("The meeting starts at 19:30.", [("at 19:30", "TIME", "T19:30", None)]),
        # "in less than five months" is a stretch of time, not a moment ahead
        (
            "Two crashes in less than five months killed 346 people.",
            [("in less than five months", "DURATION", "P5M", None)],
        ),
        ("They meet again in three days.", [("in three days", "DATE", "2019-11-23", None)]),
        # a set word or a holiday inside a name or before the thing it names
        ("The mouthpiece, the People's Daily, warned them.", []),
        ("He sent his Christmas cards to friends.", []),
        ("He came home at Christmas.", [("at Christmas", "DATE", "2018-12-25", None)]),
        ("The daily newsletter is free.", [("daily", "SET", "P1D", None)]),
        (
            "The shift ran until shortly after midnight.",
            [("shortly after midnight", "TIME", "T00:00", None)],
        ),
        ("Jobs were lost in recent decades.", [("in recent decades", "DATE", "PAST_REF", None)]),
        (
            "He was removed from the watch days later.",
            [("days later", "DATE", None, "anaphoric:after")],
        ),
        ("Two days later the talks ended.", [("Two days later", "DATE", None, "anaphoric:+2D")]),
        (
            "It lost $304.7 million in the third quarter ended Sept. 29.",
            [
                ("in the third quarter", "DATE", "2019-Q3", None),
                ("Sept. 29", "DATE", "2019-09-29", None),
            ],
        ),
    ],
)
def test_english_times_session_10(sentence: str, expected: list) -> None:
    assert _times(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # an irregular past form dates its clause in the past, before a future of the sentence
        ("The merger, which became final Tuesday, will create a bigger chain.", "2019-11-19"),
        # "plans" as a noun beside a past verb makes no future
        ("Clark in October revealed lofty plans to expand the fleet.", "2019-10"),
        # a real future stays one
        ("The details will be divulged in a meeting on Friday.", "2019-11-22"),
        ("The tariff they had planned to impose Dec. 15 was dropped.", "2019-12-15"),
        # a present of a scheduled event points ahead; a report verb or a possessive does not
        ("The Gophers play Saturday against the Wildcats.", "2019-11-23"),
        ("Lowe's reports earnings Thursday.", "2019-11-21"),
        ("The company said Monday that it is cutting jobs.", "2019-11-18"),
        ("Hopes are slim after Monday's loss to the Chiefs.", "2019-11-18"),
    ],
)
def test_english_past_and_future_cues(sentence: str, value: str) -> None:
    assert [t.value for t in find_times(sentence, published=PUB, language="en")] == [value]


def _amounts(sentence: str) -> list[tuple[str, float | None, str | None]]:
    from newsgraph.amounts import find_amounts

    return [(a.text, a.value, a.unit) for a in find_amounts(sentence, language="en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second number of a score or a model name counts nothing; a rising range stays
        ("They earned a 2-1 win over Russia.", []),
        ("The U.S. jumped out to a 3-0 lead.", []),
        ("The 787-9 jet is longer.", []),
        ("It ordered Airbus A350-900 jets.", []),
        (
            "Delivery takes 24-48 hours.",
            [("24-48 hours", 24.0, "hours")],  # session 34: one amount per range
        ),
        # no plain space between English thousands groups
        ("Roughly 400 737 Max jets were grounded.", [("Roughly 400", 400.0, None)]),
        # ages after "age", "aged", "the age of"
        ("He retired at age 51 last year.", [("age 51", 51.0, "years")]),
        ("The actor died at the age of 96.", [("the age of 96", 96.0, "years")]),
        ("An actor dies aged 96", [("aged 96", 96.0, "years")]),
        # Indian scale words and currencies named with their country
        ("They handed out 50 lakh masks.", [("50 lakh masks", 5000000.0, "masks")]),
        ("A share costs 176 Hong Kong dollars.", [("176 Hong Kong dollars", 176.0, "HKD")]),
        # a capitalised plural of people is counted; a title's capitalised plural is not
        (
            "Five of the 10 Democrats on stage are jurors.",
            [("Five", 5.0, "Democrats"), ("10 Democrats", 10.0, "Democrats")],
        ),
        ("Here are 10 Things in Tech today.", []),
        # a vague quantity before a scale word, with or without its noun
        ("Gannett laid off several hundred.", [("several hundred", 100.0, None)]),
        ("Several thousand people marched.", [("Several thousand people", 1000.0, "people")]),
        ("The Pentagon announces a $10.1 mln deal.", [("$10.1 mln", 10100000.0, "USD")]),
        # no binary noise in a scaled value
        (
            "Edmunds expects 16.6 million vehicles.",
            [("16.6 million vehicles", 16600000.0, "vehicles")],
        ),
    ],
)
def test_english_amounts_session_10(sentence: str, expected: list) -> None:
    assert _amounts(sentence) == expected
