"""A sentence's final mark starts the next sentence before the parser reads (session 29).

The sentences marked with a 10kGNAD record are excerpts of derStandard.at articles (CC BY-NC-SA
4.0, see ../shared/data/README.md): "gnad-0798" of the tuning set, "fresh" of records 0-299 in
no gold set. The others are written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from newsgraph.nlp.sentence_starts import sentence_start_after
from tests.test_entities_session12 import _persons


def _starts(text: str) -> list[str]:
    """The words a preset start falls on (the tokenizer only, no model)."""
    doc = spacy.blank("de")(text)
    return [doc[k].text for i in range(len(doc)) if (k := sentence_start_after(doc, i))]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Er kam. Dann ging er.", ["Dann"]),
        ("Wer kommt? Niemand!", ["Niemand"]),
        ("„Wir bleiben.“ Dann ging er.", ["Dann"]),
        ("Er sagte es. „Wir bleiben“, sagte er.", ["„"]),
        ("Die Wahl im Bez. Kitzbühel war knapp.", []),  # an abbreviation the tokenizer keeps
        ("Die Seite derstandard.at ist online.", []),
        ("Er kam. danach ging er.", []),  # lower case: left to the parser
        ("The Sound of... Merkel Roots", []),  # an ellipsis in a title
        # fresh (records 300-801): a mark inside brackets ends no sentence
        ("Er kam als Ergebnis einer (Achtung, ironisch!) Kostümidee.", []),
    ],
)
def test_a_final_mark_presets_the_next_capitalised_word(text: str, starts: list[str]) -> None:
    assert _starts(text) == starts


def test_a_verb_final_clause_no_longer_runs_into_the_next_sentence(nlp_de_trained: Any) -> None:
    # fresh: the parser hung "Apple sträubt sich …" on the clause before
    text = (
        "Die Bundespolizei verlangt, der Konzern solle eine Software schreiben, die es den "
        "Ermittlern erlaubt, beliebig viele Passwörter durchzuprobieren, ohne dass sich der "
        "Inhalt des Telefons automatisch löscht. Apple sträubt sich gegen die Forderung."
    )
    sents = [s.text for s in nlp_de_trained(text).sents]
    assert sents[-1] == "Apple sträubt sich gegen die Forderung."


def test_a_closing_quote_mark_stays_with_its_sentence(nlp_de_trained: Any) -> None:
    sents = [s.text for s in nlp_de_trained("„Wir bleiben hier.“ Dann ging er nach Hause.").sents]
    assert sents == ["„Wir bleiben hier.“", "Dann ging er nach Hause."]


def test_a_speaker_role_looks_past_sentences_about_him(nlp_de_trained: Any) -> None:
    # gnad-0798: with the sentences split right, the player is named three sentences before
    # the role phrase; the two between speak of him with "er"
    text = (
        "Nicht dabei war Werder-Mittelfeldspieler Junuzovic wegen einer fünften Gelben Karte. "
        "Dafür bekam er vom DFB-Sportgericht nachträglich eine Geldstrafe aufgebrummt. Nun ist "
        "er gegen die Mainzer wieder mit von der Partie. Ich habe die Sache abgehakt, für mich "
        "ist es mit der Bestrafung vorbei, sagte der ÖFB-Teamspieler."
    )
    person = _persons(nlp_de_trained, text)["Junuzovic"]
    assert "der ÖFB-Teamspieler" in {m.text for m in person.mentions}


def test_a_speaker_role_does_not_look_past_a_plural_sie(nlp_de_trained: Any) -> None:
    # written for the test: "sie" with a plural verb speaks of others, not of the woman named
    text = (
        "Die Bürgermeisterin Anna Berger eröffnete das Fest. Danach kamen die Gäste. Sie "
        "tanzten bis in die Nacht. Sie feierten auch am Sonntag. Es war ein schöner Abend, "
        "sagte die Politikerin."
    )
    person = _persons(nlp_de_trained, text)["Anna Berger"]
    assert "die Politikerin" not in {m.text for m in person.mentions}
