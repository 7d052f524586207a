"""Person roles of session 33 (helper "roles"): a role phrase that no other rule bound names
the one person near it that the text has given no office; a role noun right before "wie"
is the role of the names listed after it. Sentences written for the tests (the Rubio one
after gnad-0156, the Trump one after gnad-0736, the Werfel one after gnad-0731, all 10kGNAD records, CC BY-NC-SA 4.0);
the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.entities.lexicon import load_lexicon
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def test_a_role_phrase_names_the_one_person_near_it_without_an_office(
    nlp_de: Language,
) -> None:
    text = (
        "Der Senator Marco Rubio und Donald Trump lieferten sich einen heftigen "
        "Schlagabtausch. So bezeichnete Rubio den US-Milliardär als Hochstapler."
    )
    persons = _persons(nlp_de, text)
    # Rubio holds an office already: the billionaire is the other one
    assert "US-Milliardär" in persons["Donald Trump"].roles
    assert "den US-Milliardär" in [m.text for m in persons["Donald Trump"].mentions]
    assert "US-Milliardär" not in persons["Marco Rubio"].roles


def test_two_persons_without_an_office_leave_the_role_phrase_unbound(
    nlp_de: Language,
) -> None:
    text = (
        "Der Senator Marco Rubio traf Donald Trump und Peter Huber. So bezeichnete Rubio den "
        "US-Milliardär als Hochstapler."
    )
    persons = _persons(nlp_de, text)
    assert "US-Milliardär" not in persons["Donald Trump"].roles
    assert "US-Milliardär" not in persons["Peter Huber"].roles


def test_a_first_person_sentence_binds_no_role_phrase(nlp_de: Language) -> None:
    # the coach speaks: "dem Linienrichter" is someone the text never names
    text = (
        "Trainer Peter Stöger lobte Leon Andreasen. Ich habe dem Linienrichter meine Brille "
        "angeboten, sagte Stöger."
    )
    persons = _persons(nlp_de, text)
    assert "Linienrichter" not in persons["Leon Andreasen"].roles


def test_a_nominative_role_phrase_speaks_of_the_person_of_its_sentence(
    nlp_de: Language,
) -> None:
    text = (
        "Donald Trump schwebte über die Rolltreppe zu seinem Rednerpult, wo der 69-jährige "
        "Industriemagnat am Dienstag bekanntgab, für die Republikaner zu kandidieren."
    )
    assert _persons(nlp_de, text)["Donald Trump"].roles == ["Industriemagnat"]


def test_a_nominative_role_phrase_after_a_person_with_an_office_binds_no_one_else(
    nlp_de: Language,
) -> None:
    text = (
        "Am Ende fehlte nur Gert Voss. Das war ein Schock, sagt Produzent John Lueftner, und "
        "der Filmemacher setzt nach: Das Schlimmste."
    )
    assert "Filmemacher" not in _persons(nlp_de, text)["Gert Voss"].roles


def test_a_role_noun_before_wie_is_the_role_of_the_names_after_it(nlp_de: Language) -> None:
    text = (
        "Mit den Prager deutschen Literaten wie Franz Werfel, Max Brod oder Johannes Urzidil "
        "stand sie auf gutem Fuß."
    )
    persons = _persons(nlp_de, text)
    for name in ("Franz Werfel", "Max Brod", "Johannes Urzidil"):
        assert persons[name].roles == ["Prager deutscher Literat"], name


def test_wie_after_an_adjective_gives_no_role(nlp_de: Language) -> None:
    # "so bekannt wie X" compares: the role noun is not right before "wie"
    text = "Kaum ein anderer Designer ist so bekannt wie Jonathan Ive."
    assert _persons(nlp_de, text)["Jonathan Ive"].roles == []


def test_an_office_of_the_reports_own_state_stays_unbound(nlp_de: Language) -> None:
    # the minister is never named: not the one person of the sentence before
    text = (
        "Wenn sich Conchita Wurst je einem Kompetenzcheck stellen müsste: Gehört die nun in "
        "die Männergruppe oder zu den Frauen? Die Innenministerin sollte Klarheit bringen."
    )
    assert "Innenministerin" not in _persons(nlp_de, text)["Conchita Wurst"].roles


def test_a_nominative_role_phrase_does_not_name_a_person_after_a_preposition(
    nlp_de: Language,
) -> None:
    # the pass went to Standfest; the striker who scored is Ouedraogo
    text = (
        "Fünf Minuten nach Wiederbeginn traf Ouedraogo erneut. Ein Pass auf Joachim Standfest "
        "hebelte die Abwehr aus, die Hereingabe verwertete der Stürmer aus Burkina Faso."
    )
    assert "Stürmer" not in " ".join(_persons(nlp_de, text)["Joachim Standfest"].roles)


def test_a_name_in_brackets_is_no_candidate(nlp_de: Language) -> None:
    text = (
        "Der Wirtschaftsanwalt James Donovan (Tom Hanks) soll den sowjetischen Spion vor "
        "Gericht vertreten."
    )
    assert _persons(nlp_de, text)["Tom Hanks"].roles == []


def test_reasons_are_no_founders() -> None:
    # "Gründer" is no adjectival noun: "Gründe" is no role noun (session 33)
    lex = load_lexicon()
    assert lex.role("Gründen") is None
    assert lex.role("Hintergründe") is None
    assert lex.role("Gründer") is not None
    assert lex.role("Vorsitzende") is not None


def test_a_person_named_only_after_a_preposition_yields_to_another_one(
    nlp_de: Language,
) -> None:
    # the scientist is Reeves (an office already), not the pharaoh of the tomb
    text = (
        "Der britische Ägyptologe Nicholas Reeves sprach. Damati kündigte eine Pressekonferenz "
        "an. Reeves hatte mit einem Aufsatz über die Grabkammer von Pharao Tutanchamun für "
        "Schlagzeilen gesorgt. Der Wissenschafter will darin Durchgänge erkannt haben."
    )
    assert _persons(nlp_de, text)["Pharao Tutanchamun"].roles == []


def test_a_part_played_and_a_title_holder_club_are_no_roles(nlp_de: Language) -> None:
    text = (
        "John Cleese spaltet die Kritik. In Clockwise spielt Cleese den Schuldirektor unter "
        "Termindruck."
    )
    assert _persons(nlp_de, text)["John Cleese"].roles == []
    text = (
        "Juventus feierte einen Erfolg auch dank zweier Treffer von Mario Mandzukic. Für den "
        "Titelverteidiger war außerdem Paul Pogba erfolgreich."
    )
    assert _persons(nlp_de, text)["Mario Mandzukic"].roles == []
