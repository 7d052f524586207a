"""Session 34 (helper "rspk"): a word in -e that the tagger reads as a finite verb but that
HanTa knows only as an adjective or a conjunction ("namenlose", "männliche", "heikle", "ehe") is
no Konjunktiv I (``mood.repair_verb_tags``, ``mood._adjective_only``), so a narrated sentence
holding one does not go on with the reported speech before it.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0829 (tuning gnad-0651),
10kgnad-test-0999 (tuning gnad-0781) and 10kgnad-test-0628 (tuning gnad-0496)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

SPIDERS = (
    "Sie lauern am Boden oder an Wänden ihrer Beute auf, die sie dank ihres exzellenten Seh- und "
    "Geruchssinns wahrnehmen, und springen diese blitzschnell an. Doch nicht nur Beutetiere kann "
    "es treffen: Begegnen sich zwei paarungswillige Männchen einer Spezies, kommt es manchmal zu "
    "Kämpfen, die durchaus tödlich enden können. Mitunter zieht sich aber ein Kontrahent auch "
    "zurück, noch ehe es zum physischen Kontakt mit dem Gegner kommt."
)

GAME = (
    "Christian Kesler ist der Entwickler hinter Allison Road, das sehr an den spielbaren Teaser "
    "erinnert. Eine rund 14-minütige Demo erlaubt es, sich erste Eindrücke des "
    "First-Person-Horrorgames zu verschaffen. Wie bei P.T. spielt die Handlung in einem "
    "verlassenen Haus, in dem mysteriöse Dinge vor sich gehen. Der namenlose, männliche "
    "Protagonist, wacht dort ohne jegliche Erinnerung auf."
)

RATING = (
    "Die Ukraine – von Moodys ebenfalls mit dem zweitschlechtesten Rating Ca bewertet – ist mit "
    "einer sehr ernsten wirtschaftlichen, finanziellen und politischen Krise konfrontiert, die "
    "sich nach Einschätzung der Ratingagentur noch in diesem Jahr verschärfen wird. Die fragile "
    "externe Position und der andauernde militärische Konflikt im Osten des Landes belaste die "
    "Ukraine."
)


def _reported(text: str, nlp: Any) -> list[str]:
    return [q.text for q in analyse_de(text, nlp).quotes if q.kind == "indirect"]


def test_a_conjunction_read_as_a_verb_is_no_konjunktiv(nlp_de_trained: Any) -> None:
    assert not any(t.startswith("Mitunter zieht") for t in _reported(SPIDERS, nlp_de_trained))


def test_adjectives_read_as_verbs_are_no_konjunktiv(nlp_de_trained: Any) -> None:
    assert not any(t.startswith("Der namenlose") for t in _reported(GAME, nlp_de_trained))


def test_a_konjunktiv_after_an_adjective_still_reports(nlp_de_trained: Any) -> None:
    # "fragile" is an adjective, "belaste" the Konjunktiv I of the agency's assessment
    assert any(t.startswith("Die fragile externe") for t in _reported(RATING, nlp_de_trained))
