"""Session 35 (helper "qrec"): direct speech that 10kGNAD prints without quotation marks.

- A statement with "ich" that no rule took, in a text that prints no double quotation marks,
  is somebody's direct speech (``UnmarkedFirstPerson.unmarked_first_person_pass``): an unnamed
  farmer's words after the sentence that introduces him. A text whose opening sentences are
  in the first person is the writer's own (a literary walk, a column): the rule stays out.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0532 (tuning gnad-0417) and
10kgnad-test-0347 (tuning gnad-0277)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

FARMER = (
    "Die dramatischen Szenen sind in Spielfeld nach wie vor präsent. Am zweiten Tag haben sich "
    "etliche auch hierher verirrt und sind die Straße lang gezogen. Je weiter weg vom Hotspot "
    "Spielfeld, desto beschaulicher die Herbstkulisse. Gut zehn Kilometer von Spielfeld entfernt "
    "dreht ein Bauer mit dem Traktor seine Runden am Feld. Nein, ich krieg da gar nix mit. Ich "
    "hab noch nie einen Flüchtling gesehen. Gerüchte, dass am nächsten Grenzübergang in Langegg "
    "das Bundesheer schon mit Aufbauten zur Grenzsicherung begänne, erweisen sich, wie so vieles "
    "in diesen Wochen, als bloßes Gerücht."
)

WRITER = (
    "Vierter literarischer Streifzug durch Paris: Marguerite Duras und Elio Vittorini.\n\n"
    "Je suis en route, vor einem Lokal in der Rue Saint-Benoît halte ich inne. Die Terrasse des "
    "Cafés noch unbelegt. Das Lokal ist seit Jahrzehnten unverändert. Die Kellner kennen ihre "
    "Gäste. Heute trinke ich dort einen Kaffee."
)

MARKED = (
    "Die dramatischen Szenen sind in Spielfeld nach wie vor präsent. „Die Lage ist jetzt ruhig“, "
    "sagt Bürgermeister Reinhold Höflechner. Am zweiten Tag haben sich etliche auch hierher "
    "verirrt und sind die Straße lang gezogen. Je weiter weg vom Hotspot Spielfeld, desto "
    "beschaulicher die Herbstkulisse. Gut zehn Kilometer von Spielfeld entfernt dreht ein Bauer "
    "mit dem Traktor seine Runden am Feld. Nein, ich krieg da gar nix mit."
)


def _direct(text: str, nlp: Any) -> list[str]:
    return [q.text for q in analyse_de(text, nlp).quotes if q.kind == "direct"]


def test_an_unnamed_persons_first_person_words_are_direct_speech(nlp_de_trained: Any) -> None:
    direct = _direct(FARMER, nlp_de_trained)
    assert "Nein, ich krieg da gar nix mit." in direct
    assert "Ich hab noch nie einen Flüchtling gesehen." in direct
    assert not any(t.startswith("Gerüchte") for t in direct)


def test_a_writer_who_opens_in_the_first_person_is_no_speaker(nlp_de_trained: Any) -> None:
    assert not any("trinke ich" in t for t in _direct(WRITER, nlp_de_trained))


def test_a_text_with_quotation_marks_marks_its_speech(nlp_de_trained: Any) -> None:
    assert not any("krieg da" in t for t in _direct(MARKED, nlp_de_trained))


# helper "uspk" (issue #4): 10kgnad-test-0800 (tuning gnad-0629), the coach's first-person words
# closed by a frame whose name the tagger reads as a common noun
FRAMED = (
    "Salzburg-Trainer Peter Zeidler steht unter Druck. Das 0:2 gegen Dinamo Minsk ließ die "
    "Stimmung beim Titelverteidiger wieder gen Nullpunkt sinken. Seine Stützen Martin Hinteregger "
    "und Jonatan Soriano könnten für die Partie fit werden. Gegen die Austria haben die "
    "Mozartstädter zu Hause immerhin eine hervorragende Bilanz. Vergangene Saison gab es nach dem "
    "Aus gegen Malmö null Punkte. Jetzt haben wir dieses eine Spiel gegen die Austria, und ich "
    "traue uns zu, dass wir zur Austria aufschließen, das ist unser kurzfristiges Ziel, war "
    "Zeidler dennoch guten Mutes."
)


def test_a_closing_frame_names_the_speaker_and_ends_the_words(nlp_de_trained: Any) -> None:
    quotes = [q for q in analyse_de(FRAMED, nlp_de_trained).quotes if "traue uns zu" in q.text]
    assert len(quotes) == 1
    assert quotes[0].text.endswith("unser kurzfristiges Ziel")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Peter Zeidler"
