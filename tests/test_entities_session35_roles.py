"""Session 35 (issue #3, helper "roles"): role-noun forms of agent nouns in -ter. Only an
adjectival noun (a participle: "Abgeordneter" / "die Abgeordnete") has a form in -te; an agent
noun in -ter ("Leiter", "Gutachter", "Richter", "Dichter") has none, and reading one gave
role nouns to common words ("Gutachten", "Nachrichten", "Heimpleite", "Bevölkerungsdichte")."""

from __future__ import annotations

import pytest

from newsgraph.entities.lexicon import load_lexicon


@pytest.mark.parametrize(
    "word",
    ["Gutachten", "Nachrichten", "Heimpleite", "Auswärtspleite", "Bevölkerungsdichte", "Meiste"],
)
def test_no_role_noun_in_te_from_an_agent_noun_in_ter(word: str) -> None:
    assert load_lexicon().role(word) is None


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Gutachter", "gutachter"),
        ("Sendeleiter", "leiter"),
        ("Schiedsrichter", "richter"),
        ("Abgeordnete", "abgeordneter"),
        ("Abgeordneten", "abgeordneter"),
        ("Sonderbeauftragte", "sonderbeauftragter"),
        ("Gesandten", "gesandter"),
        ("Beamte", "beamter"),
        ("Vorsitzende", "vorsitzender"),
        ("Sachverständige", "sachverständiger"),
    ],
)
def test_agent_nouns_and_adjectival_nouns_keep_their_forms(word: str, head: str) -> None:
    info = load_lexicon().role(word)
    assert info is not None and info.head == head
