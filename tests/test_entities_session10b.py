"""Entity rules of session 10, round 2: organisations and names the NER splits, ranks, false
persons (sentences written for the tests; blank German pipeline, the statistical NER's spans
given by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Entity
from tests.test_entities_rules import _with_ner


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("de")


def by_type(entities: list[Entity], kind: str) -> set[str]:
    return {e.name for e in entities if e.type == kind}


def test_military_rank_before_a_name_makes_a_person(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Nach Aussagen von Generalmajor Tomer Lavi kam es zu Streit. Auch Oberstleutnant "
        "Dana Regev schwieg.",
        [("Generalmajor Tomer", "ORG"), ("Lavi", "PER"), ("Dana Regev", "PER")],
    )
    people = {e.name: e for e in ents if e.type == "PER"}
    assert "Tomer Lavi" in people
    assert people["Tomer Lavi"].roles == ["Generalmajor"]
    assert people["Dana Regev"].roles == ["Oberstleutnant"]
    assert not any(name.startswith("Generalmajor") for name in by_type(ents, "ORG"))


def test_company_name_split_by_the_ner_or_cut_by_the_lexicon_is_one_organisation(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Die Tochter der Raiffeisen Bank International, die Raiffeisen Bank Aval, verliert "
        "Kunden. Gericht stellt die Koza Ipek Holding unter Aufsicht. Beteiligt ist die Uniqa "
        "Insurance Group. Die Strafe zahlt die Zielpunkt GmbH, sagte ein Sprecher von "
        "Zielpunkt. Berater ist der Unternehmensberater Alix Partners.",
        [
            ("Raiffeisen Bank International", "ORG"),
            ("Aval", "ORG"),
            ("Ipek Holding", "ORG"),
            ("Uniqa", "ORG"),
            ("Insurance Group", "ORG"),
            ("Zielpunkt", "ORG"),
            ("Unternehmensberater Alix Partners", "ORG"),
        ],
    )
    orgs = by_type(ents, "ORG")
    assert "Raiffeisen Bank International" in orgs  # not the lexicon's "Raiffeisen"
    assert "Raiffeisen Bank Aval" in orgs
    assert "Koza Ipek Holding" in orgs
    assert "Uniqa Insurance Group" in orgs
    assert not {"Raiffeisen", "Aval", "International", "Insurance Group"} & orgs
    # the legal form names the same firm as the bare name
    zielpunkt = [e for e in ents if e.type == "ORG" and e.name.startswith("Zielpunkt")]
    assert len(zielpunkt) == 1
    # a role noun is no part of the firm's name
    assert not any("Unternehmensberater" in o for o in orgs)


def test_lone_unknown_word_after_von_or_und_is_no_person_unless_a_given_name(
    blank: Language,
) -> None:
    ents = _with_ner(
        blank,
        "Anders als der Ball von Sphero rollt dieser nicht. Gesteuert wird er per WLAN und "
        "Bluetooth. Zwei Minister kommen von Anel. Wir freuen uns, sagte das Duo Marianne und "
        "Michael dem Blatt. Es gratulierte auch Anna Berger und Gerlinde (66).",
        [
            ("Sphero", "PER"),
            ("Bluetooth", "PER"),
            ("Anel", "PER"),
            ("Marianne", "PER"),
            ("Michael", "PER"),
            ("Anna Berger", "PER"),
            ("Gerlinde", "PER"),
        ],
    )
    people = by_type(ents, "PER")
    assert not {"Sphero", "Bluetooth", "Anel"} & people
    assert {"Marianne", "Michael", "Anna Berger", "Gerlinde"} <= people


def test_role_noun_bound_to_one_person_names_that_person_again(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Software hat Tobias Rendl selbst entwickelt. Der Hacker betont, dass sie noch "
        "früh ist. Musk soll dem Hacker ein Jobangebot gemacht haben.",
        [("Tobias Rendl", "PER"), ("Musk", "PER")],
    )
    rendl = next(e for e in ents if e.name == "Tobias Rendl")
    texts = {m.text for m in rendl.mentions}
    assert "Der Hacker" in texts
    assert "dem Hacker" in texts


def test_organisation_span_after_a_noun_for_a_work_is_that_work(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die Macher der TV-Serie Walking Dead drehen einen Film. Ihr Debütalbum Part Of Me "
        "erschien 2015. Das EGT sank, 2016 soll EGT wieder steigen, sagte die Firma Sony.",
        [("Walking Dead", "ORG"), ("Part Of Me", "ORG"), ("EGT", "ORG"), ("Sony", "ORG")],
    )
    assert {"Walking Dead", "Part Of Me"} <= by_type(ents, "MISC")
    orgs = by_type(ents, "ORG")
    assert not {"Walking Dead", "Part Of Me", "EGT"} & orgs  # EGT: Ergebnis vor Steuern
    assert "Sony" in orgs


def test_forces_named_in_the_plural_keep_the_plural(blank: Language) -> None:
    ents = _with_ner(
        blank,
        "Die französischen Behörden hätten um seine Festnahme ersucht. Die Armee übergab ihn "
        "den türkischen Sicherheitskräften.",
        [],
    )
    orgs = by_type(ents, "ORG")
    # session 31: a country's authorities in the plural are no organisation (the tuning gold
    # lists 1 of 13) unless they act, which the blank pipeline's missing parse cannot tell;
    # never the singular
    assert not {"französische Behörden", "französische Behörde"} & orgs
    assert "türkische Sicherheitskräfte" in orgs  # a plural noun keeps its name in the dative
