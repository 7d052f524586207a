"""Session 29 (helper "qcont"): a post-posed verb and its subject after a comma
(``ContentBeforeCue.person_after_comma``) is no cue when what stands before the comma is one
clause opened by "als" or a question word and closed by its verb (the time or the object of the
main clause), or when the clause after the subject denies the speech ("…, macht X allerdings
nicht.") or is a verb-first clause of cause or condition ("…, sollte X doch …"). Excerpts of
tuning records gnad-0172, gnad-0505, gnad-0138, gnad-0693 and gnad-0541 (shortened, a first
sentence that names the person added), and sentences written for the guards; the whole
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_helpers import analyse_de

NO_SPEECH = [
    # gnad-0172: a temporal als-clause before the main clause
    "Die Fluchthelferin Harriet Tubman führte Hunderte in den Norden. Als 1861 der Bürgerkrieg "
    "beginnt, stellt Tubman ihre intimen Kenntnisse verschlungener Wege durch den Süden in den "
    "Dienst der Nordstaatenarmee.",
    # gnad-0505: a participle phrase opened by "Als"
    "Der Kombinierer Bernhard Gruber wurde Zehnter. Als Sechster in die Loipe gestartet, hielt er "
    "sich lange Zeit in einer Gruppe, die um Platz drei kämpfte.",
    # gnad-0693: an indirect question as the object of "weiß"
    "Die Unternehmerin Sirvan Ekici kennt die Szene. Wie schwierig es für Migranten ist, weiß "
    "auch die Unternehmerin Sirvan Ekici.",
    # gnad-0138: the cue clause denies the speech
    "Der Hacker Matt Jakubowski hat die Puppe geknackt. Nähere Angaben dazu, wie ihm das "
    "gelungen ist, macht Jakubowski allerdings nicht.",
    # gnad-0541: a verb-first conditional clause with "doch"
    "Der Stürmer Antonio Sisto blieb. Nicht auszudenken, was passiert, sollte Sisto doch zu "
    "einem Topklub wechseln.",
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_no_cue_after_the_comma(text: str, nlp_de_trained: Any) -> None:
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert not any(q.kind == "direct" for q in quotes), [(q.kind, q.text) for q in quotes]


SPEECH = [
    # a verbless answer before a post-posed verb stays speech
    ("Der Minister Hans Müller lehnte ab. Zu früh, winkt Müller ab.", "Zu früh"),
    # a question ends in its question mark, not in the verb
    (
        "Der Trainer Franz Beckenbauer war empört. Was ist denn das für ein Niveau?, frug "
        "Beckenbauer.",
        "Was ist denn das für ein Niveau?",
    ),
    # a negation inside the cue clause that does not close it
    (
        "Der Trainer Franz Beckenbauer war empört. Das ist ein Skandal, sagte Beckenbauer nicht "
        "ohne Zorn.",
        "Das ist ein Skandal",
    ),
]


@pytest.mark.parametrize(("text", "quote"), SPEECH)
def test_the_post_posed_cue_still_holds(text: str, quote: str, nlp_de_trained: Any) -> None:
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert any(q.kind == "direct" and q.text == quote for q in quotes), [
        (q.kind, q.text) for q in quotes
    ]
