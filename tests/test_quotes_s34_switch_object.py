"""Session 34 (helper "qspan"): the switch into the first person inside the writer's sentence
("X war mit dem Remis nicht unglücklich, aber natürlich hätte ich gerne gewonnen") gives the
words after the conjunction to the person named first only when that name is no object: a name
after a dative or accusative article ("PSG braucht den besten Zlatan, und ich bin sicher, …")
is what the sentence is about, not who speaks (``FirstPerson.switch_to_first_person``).

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0001 (tuning gnad-0001) and
10kgnad-test-0933 (tuning gnad-0727)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

OBJECT = (
    "Zlatan Ibrahimovic hat in den vergangenen acht Spielen in Frankreich zwar achtmal getroffen, "
    "dennoch musste sich der Schwede mit kritischen Stimmen befassen. Wie LEquipe anmerkte, sei "
    "Ibrahimovic in der Champions League in engen Spielen kein entscheidender Faktor. "
    "Ein weiteres Tor an der Stamford Bridge würde die Kritiker vorerst verstummen lassen. David "
    "Trezeguet, ein Ex-Klubkollege bei Juventus, sah die Motivation bei Ibrahimovic vorhanden. "
    "Er will die Statistiken Lügen Strafen. PSG braucht den besten Zlatan, und ich bin sicher, "
    "dass er entscheidend sein wird."
)

SUBJECT = (
    "Mit meiner Mannschaft war ich nur 60 Minuten des Spiels zufrieden, und ich bin nie "
    "zufrieden, wenn ich nicht gewinne, erklärte der Spanier. Sturm-Coach Franco Foda war mit "
    "dem Remis nicht unglücklich, aber natürlich hätte ich gerne gewonnen."
)


def test_a_name_after_an_object_article_does_not_speak(nlp_de_trained: Any) -> None:
    quotes = analyse_de(OBJECT, nlp_de_trained).quotes
    assert not any(
        q.text.startswith("und ich bin sicher")
        and q.speaker is not None
        and "Ibrahimovic" in q.speaker.name
        for q in quotes
    )


def test_the_subject_named_first_speaks_after_the_conjunction(nlp_de_trained: Any) -> None:
    quotes = analyse_de(SUBJECT, nlp_de_trained).quotes
    assert any(
        q.kind == "direct"
        and q.text.startswith("aber natürlich hätte ich gerne gewonnen")
        and q.speaker is not None
        and q.speaker.name == "Franco Foda"
        for q in quotes
    )
