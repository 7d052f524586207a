"""Session 30 (lead): "laut" or "gemäß" before a law, contract, budget or policy
("laut Grundversorgungsgesetz", "laut Budget", "gemäß einer Vereinbarung") reports nobody's
words, and "gemäß" names a source only with a name; a quote must say a word (no links, no
author's sigil). Sentences from tuning-set articles gnad-0513, gnad-0248 and gnad-0696, from
10kGNAD records 55129149 and ec1b43e1 (lines 0-299, in no gold set; derStandard.at,
CC BY-NC-SA 4.0), and sentences written for the tests; the shipped German pipeline."""

from __future__ import annotations

import pytest

from newsgraph.quotes.guards import has_words
from tests.test_quotes_session29 import _quotes


@pytest.mark.parametrize(
    "text",
    [
        "Laut Grundversorgungsgesetz können Hilfstätigkeiten in den Betreuungseinrichtungen "
        "und Unterkünften mit einem Anerkennungsbeitrag entlohnt werden.",
        "Vielmehr ressortiert der Verfassungsschutz laut geplantem Gesetz bei der "
        "Generaldirektion für die öffentliche Sicherheit.",
        "Im Finanzministerium sind dagegen laut Budget derzeit maximal 350 Millionen Euro "
        "veranschlagt.",
        "Seit Dienstag werden die Flüchtlinge gemäß einer Vereinbarung zwischen den beiden "
        "Ländern von der serbischen Grenzstadt Sid mit Zügen direkt nach Slavonski Brod "
        "befördert.",
    ],
)
def test_a_rule_named_after_laut_or_gemaess_is_no_source(text: str) -> None:
    assert _quotes(text) == []


def test_a_named_source_after_laut_still_speaks() -> None:
    text = "Die Wirtschaft wuchs laut Wifo im dritten Quartal etwas stärker als erwartet."
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [("indirect", "Wifo")]


def test_a_contract_later_in_the_sentence_leaves_the_source_phrase() -> None:
    # the first noun after "nach Angaben" decides, not a contract the sentence is about
    text = "Der Verteidiger erhielt nach Angaben des Vereins vom Samstag einen Zweijahresvertrag."
    found = _quotes(text)
    assert len(found) == 1 and found[0][0] == "indirect"
    assert found[0][3] is not None and found[0][3].startswith("nach Angaben")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("pic.twitter.com/iNyMLt6wTY", False),
        ("http://t.co/7ie96ixIWy", False),
        ("(tberg)", False),
        ("(...)", False),
        ("Ja.", True),
        ("WSJ", True),
        ("Love it! http://t.co/7ie96ixIWy", True),
    ],
)
def test_a_quote_must_say_a_word(text: str, says: bool) -> None:
    assert has_words(text) is says


def test_an_author_sigil_after_a_quote_is_no_quote() -> None:
    # 10kGNAD record ec1b43e1 (lines 0-299): derStandard closes a report with the author's
    # sigil in brackets; it was a direct quote of the last speaker
    text = (
        "Dank ihrer leichten Verständlichkeit und Vergleichbarkeit bietet eine Beschriftung mit "
        "dem Bewegungs-Äquivalent der enthaltenen Kalorien eine Referenz, mit der praktisch "
        "jeder etwas anfangen kann, meint Shirley Cramer von der Royal Society of Public Health. "
        "(tberg)\n\nAbstractThe BMJ: Food should be labelled."
    )
    found = _quotes(text)
    assert [(q[0], q[2]) for q in found] == [("direct", "Shirley Cramer")]
    assert "tberg" not in found[0][1]


def test_a_hedged_konjunktiv_ii_after_speech_is_the_writers_guess() -> None:
    # the writer's "vermutlich" after a survey's reported words (tuning gnad-0097)
    text = (
        "Nur die FPÖ könnte gewinnen. Am wahrscheinlichsten wäre – laut Umfrage – eine "
        "schwarz-blaue Mehrheit. Die Grünen wären in einer neuen Landesregierung vermutlich "
        "nicht mehr vertreten."
    )
    found = _quotes(text)
    assert any("schwarz-blaue Mehrheit" in q[1] for q in found)
    assert not [q for q in found if "Landesregierung" in q[1]]


def test_theoretisch_opens_the_writers_guess_after_a_speakers_words() -> None:
    text = (
        "Sein Interesse an einer Einigung sei also gering, glaubt der Politologe Alexander "
        "Kawa. Die Partei streitet jede Verzögerungstaktik ab. Theoretisch könnte der "
        "Präsident vorgezogene Neuwahlen ausrufen."
    )
    found = _quotes(text)
    assert any(q[2] == "Alexander Kawa" for q in found)
    assert not [q for q in found if "Neuwahlen" in q[1]]


@pytest.mark.parametrize(
    "text",
    [
        # a hedge inside a noun phrase before the verb is no hedge of the sentence
        "Es werde geprüft, ob Straftaten vorliegen, teilte die Staatsanwaltschaft am Montag "
        "mit. Auch möglicherweise dadurch entstandene Schäden würden ermittelt.",
        # nor is a predicate after "als"
        "Die Forscher hätten das lange diskutiert, so die Wissenschafter. Langfristige Effekte "
        "wären dabei als wahrscheinlich angesehen worden.",
    ],
)
def test_a_hedge_word_that_is_no_sentence_adverb_keeps_the_continuation(text: str) -> None:
    last = text.rsplit(". ", 1)[1]
    assert any(q[0] == "indirect" and last.rstrip(".") in q[1] for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        # tuning gnad-0045 and gnad-0109: the report goes on to overturn the belief
        "Bisher wurde angenommen, dass der Spracherwerb bei nichtmenschlichen Primaten "
        "unabhängig von älteren Artgenossen verläuft.",
        "Bislang gingen Forscher davon aus, dass mit dem Virus infizierte Zecken sich an "
        "Zugvögel anheften.",
    ],
)
def test_a_belief_held_until_now_is_no_statement(text: str) -> None:
    assert _quotes(text) == []


def test_a_present_belief_and_bisher_in_the_content_stay_reported() -> None:
    found = _quotes(
        "Die Wiener Forscher gehen davon aus, dass die Zahlungsmoral vom Machtgefüge abhängt. "
        "Der Ökonom Ernst Fehr glaubt, dass die Lage bisher stabil sei."
    )
    assert [q[3] for q in found] == [
        "Die Wiener Forscher gehen davon aus",
        "Der Ökonom Ernst Fehr glaubt",
    ]
    assert found[1][2] == "Ernst Fehr"


def test_no_speech_goes_on_through_a_superseded_belief() -> None:
    # tuning gnad-0109: the scientist's unquoted words before it do not carry on into it
    text = (
        "Erstaunlich ist das Verbreitungsmuster, das auf eine Einschleppung des Virus aus "
        "einzelnen Regionen hinweist, sagt Marcel A. Müller vom Institut für Virologie. "
        "Bislang gingen Forscher davon aus, dass infizierte Zecken sich an Zugvögel anheften. "
        "Zugvögel legen weite Strecken zurück."
    )
    found = _quotes(text)
    assert [q[2] for q in found] == ["Marcel A. Müller"]
    assert "Erstaunlich" in found[0][1]
