"""Session 34 (issue #5, helper "evprec"): parties of events read the wrong way round because
the parser missed the subject. A clause-opening "Sie"/"Er" the parser hung as an adverb is the
subject (the phrase after the verb is the object); "der" before a noun whose ending makes it
feminine is no nominative; a verb that is an event only with "sich" takes the phrase read as its
object for its subject; a participle-shaped present ("kritisiert") with a phrase after it is
no headline passive. The sentences are written for the tests after the pattern of 10kGNAD
records (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events


def _parties(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([a.name for a in e.actors], [t.name for t in e.targets])
        for e in _events(text)
        if e.type == etype
    ]


def test_a_fronted_pronoun_is_the_subject() -> None:
    text = (
        "Die Ministerin Maria Berger sprach am Montag. "
        "Sie bezichtigt die regierende AKP, die Krise provoziert zu haben."
    )
    assert _parties(text, "ACCUSE") == [(["Maria Berger"], ["AKP"])]


def test_der_before_a_feminine_noun_is_no_subject() -> None:
    text = (
        "Während er der EU-Parlamentarierin Julia Reda (Piraten) Rosen als fachkundigste "
        "Abgeordnete streute, teile Kommissar Günther Oettinger ihre Ansichten nicht."
    )
    parties = _parties(text, "SUPPORT")
    assert parties and all("Julia Reda" not in actors for actors, _ in parties)


def test_the_phrase_beside_a_reflexive_is_the_subject() -> None:
    text = "Bis zum 29. Februar will sich die Koalition auf Reformen einigen."
    assert _parties(text, "AGREE") == [(["Koalition"], [])]
    text = (
        "Die Diskussion sei sehr heftig gewesen, vor allem die ÖVP-Proponenten sprachen sich "
        "gegen Quoten für die Bezirke aus."
    )
    assert _parties(text, "REJECT") == [(["ÖVP-Proponenten"], [])]
    # the subject the parse found stays
    text = "Die SPÖ und die ÖVP haben sich am Montag auf ein Budget geeinigt."
    assert _parties(text, "AGREE") == [(["SPÖ", "ÖVP"], [])]


def test_a_present_with_the_shape_of_a_participle_is_no_headline_passive() -> None:
    text = "Seit Jahren kritisiert Microsoft die vermeintliche Manipulation von Suchergebnissen."
    assert _parties(text, "ACCUSE") == [(["Microsoft"], [])]
    # a headline's participle ends its clause: nobody named did it
    assert _parties("Zwei Palästinenser erschossen und vier Israelis verletzt.", "ASSAULT") == [
        ([], [])
    ]
