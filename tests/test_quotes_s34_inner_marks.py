"""Session 34 (helper "qspan"): 10kGNAD prints speech without its double quotation marks but keeps
the single marks of a quotation inside it, so "Es ist ein bisschen so, als ob man ein ‚geheimes
Passwort‘ besitzt, erklärt die IWF." is unmarked direct speech with inner marks, not a partial
quote of two words (``MarkedQuotes.inner_marks``). Double marks around the words keep the marked
reading.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0237 (tuning gnad-0196) and
10kgnad-test-0134 (fresh record 62 of the 0–299 range)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

INNER = (
    "Unter bestimmten Endungen der Internetadressen, die nicht direkt verlinkt werden, können "
    "Eingeweihte jedoch auf kinderpornografische Inhalte zugreifen. Das könnte bedeuten, dass "
    "auch unschuldige Nutzer ins Visier der Behörden gelangen, warnt nun die Internet Watch "
    "Foundation (IWF). Es ist ein bisschen so, als ob man ein ‚geheimes Passwort‘ besitzt, "
    "erklärt die IWF in ihrem Bericht."
)

OUTER = (
    'Bischof Zsifkokvics übergab St. Martinsorden in Gold – Polizeichef "gleichsam als ein '
    "'Fels in der Brandung'\". Eisenstadt – Der burgenländische Landespolizeidirektor Hans Peter "
    "Doskozil ist mit der höchsten Auszeichnung der Diözese Eisenstadt geehrt worden."
)


def test_single_marks_inside_unmarked_speech_are_inner_marks(nlp_de_trained: Any) -> None:
    quotes = analyse_de(INNER, nlp_de_trained).quotes
    assert any(
        q.kind == "direct"
        and q.text.startswith("Es ist ein bisschen so")
        and q.text.endswith("besitzt")
        for q in quotes
    )
    assert not any(q.text == "geheimes Passwort" for q in quotes)


def test_single_marks_inside_double_marks_keep_the_marked_quote(nlp_de_trained: Any) -> None:
    quotes = analyse_de(OUTER, nlp_de_trained).quotes
    assert any("Fels in der Brandung" in q.text and q.kind == "partial" for q in quotes)
