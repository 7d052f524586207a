"""Session 31 (helper "qreact"): the plain statement right after a named person's reaction
("Der Mehrheitsführer Mitch McConnell zeigte sich enttäuscht. Diese Vereinbarung ist …") is
that person's direct speech (``quotes/reactions.py``). Excerpts of 10kGNAD test records
(CC BY-NC-SA 4.0): 10kgnad-test-0096 (tuning gnad-0080), 10kgnad-test-0717 (gnad-0563),
10kgnad-test-0939 (gnad-0732); the guards are written for the test after shapes seen on tuning
and fresh text."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de


def _quotes(text: str, nlp: Any) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in analyse_de(text, nlp).quotes
    ]


def _direct(text: str, nlp: Any) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text, nlp) if k == "direct"]


def test_a_present_statement_after_zeigte_sich_is_the_persons(nlp_de_trained: Any) -> None:
    text = (
        "Während Demokraten das Ergebnis vom Donnerstag lobten, kündigten die Republikaner "
        "weiteren Widerstand an. Der republikanische Mehrheitsführer Mitch McConnell zeigte sich "
        "enttäuscht. Diese Vereinbarung ist eine Metapher für all die Fehler, die der Präsident "
        "gemacht hat. Zwar hat der US-Kongress noch bis kommenden Donnerstag Zeit, das Abkommen "
        "zu kippen."
    )
    assert (
        "Diese Vereinbarung ist eine Metapher für all die Fehler, die der Präsident gemacht hat.",
        "Mitch McConnell",
    ) in _direct(text, nlp_de_trained)


def test_after_reagierte_the_words_go_on_and_name_the_other_party(nlp_de_trained: Any) -> None:
    # the second sentence names the colleague and binds "er" to him: still the coach's words
    text = (
        "Die UEFA betonte, dass die Regeln im Einklang mit dem Code der Welt-Anti-Doping-Agentur "
        "stünden. Dinamo-Trainer Zoran Mamic reagierte mit deutlichen Worten auf die Aussagen "
        "seines Kollegen. Mister Wenger kann denken und sagen, was er will. Die Entscheidungen "
        "treffen aber andere Leute und das wird auch in Zukunft so sein."
    )
    direct = _direct(text, nlp_de_trained)
    assert ("Mister Wenger kann denken und sagen, was er will.", "Zoran Mamic") in direct
    assert (
        "Die Entscheidungen treffen aber andere Leute und das wird auch in Zukunft so sein.",
        "Zoran Mamic",
    ) in direct  # the forward chain goes on from the reaction's words


def test_a_verbless_line_after_freut_sich(nlp_de_trained: Any) -> None:
    text = (
        "Der Salzburger Stefan Kraft landete nur auf dem elften Rang. Michael Hayböck gewann das "
        "Springen. Kraft freut sich mit Freund Hayböck mit. Eine coole Sache."
    )
    assert ("Eine coole Sache.", "Stefan Kraft") in _direct(text, nlp_de_trained)


def test_what_happened_next_is_the_writers(nlp_de_trained: Any) -> None:
    # a past tense after the reaction tells the story on (the shape of three fresh records)
    text = (
        "Der britische Premierminister David Cameron reagierte bei einem Besuch in Cornwall auf "
        "die Meldungen über aggressive Möwen. In St. Ives verlor ein Vierjähriger seinen Hotdog "
        "und musste ärztlich behandelt werden."
    )
    assert _direct(text, nlp_de_trained) == []


def test_reported_speech_or_the_person_named_again_is_no_direct_continuation(
    nlp_de_trained: Any,
) -> None:
    konjunktiv = (
        "Innenministerin Johanna Mikl-Leitner zeigte sich davon unbeeindruckt. Die Südtiroler "
        "sollten sich bei der Regierung für einen besseren Grenzschutz starkmachen."
    )
    assert _direct(konjunktiv, nlp_de_trained) == []
    named = (
        "Der Tennisspieler Philipp Kohlschreiber zeigte sich erleichtert. Kohlschreiber ist der "
        "erste deutsche Sieger des Turniers."
    )
    assert _direct(named, nlp_de_trained) == []
