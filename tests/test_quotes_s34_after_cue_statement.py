"""Session 34 (helper "qspan"): an indicative main clause after a pre-posed cue and its comma
("…, gaben X und Y an, letzteres kann so sein, …") is read as unquoted direct speech only after a
verb that surely marks speech and only in the present (``ContentAfterCue._plain_statement_after``):
a stance verb ("hatte sich … stark gemacht, zuletzt scheint …", "bekennt sich … schuldig, mehr
will er …") or a past tense after the comma ("schrieb … darüber, daneben hatte man …") is the
writer's narration.

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0084 (tuning gnad-0069),
10kgnad-test-0226 (tuning gnad-0188), 10kgnad-test-0803 (tuning gnad-0632) and
10kgnad-test-0546 (tuning gnad-0430)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

STANCE = (
    "EU-Digitalkommissar Günther Oettinger hatte sich immer wieder für eine solche Regelung stark "
    "gemacht, zuletzt scheint aber auch EU-Vizepräsident Andrus Ansip, der bislang als Gegner "
    "solcher Gesetze galt, seinen Widerstand aufgegeben zu haben. Und doch kommt der Vorstoß "
    "zumindest teilweise überraschend."
)

PLEA = (
    "Wien – Sie war die Liebe meines Lebens, ich hätte in meiner Fettn besser gegen einen Baum "
    "krachen sollen, zitiert Verteidiger Rudolf Mayer aus einem SMS seines Mandanten Emanuel S. "
    "an ihn. Um zu demonstrieren, dass der 30-jährige Angeklagte in einem Prozess um grob "
    "fahrlässige Tötung sehr wohl bereut, dass er im vergangenen Sommer seine Lebensgefährtin "
    "überrollt hat. "
    "Artikulieren kann das S. im Landesgericht Korneuburg nicht. Er sitzt vor Richterin Astrid "
    "Raufer und bekennt sich der fahrlässigen Tötung für schuldig, mehr will er aber nicht sagen."
    " Also sollen die Gutachter Licht in die Ereignisse bringen."
)

PAST = (
    "Nobelpreisträger Paul Krugmann schrieb etwa in der New York Times ständig darüber, daneben "
    "hatte man große Geschichten über den Kunstmarkt und in den Himmel schießende "
    "Auktionspreise, aber die Verbindung zwischen beidem wurde nicht hergestellt."
)

STATEMENT = (
    "Die bisherige Chefin der Sozialdemokraten in der Landeshauptstadt, Gabi Schiessling, wird "
    "nicht mehr kandidieren, erklärte sie am Montag bei einer Pressekonferenz. Schiessling und "
    "der SPÖ-Klubchef im Gemeinderat, Arno Grünbacher, gaben an, letzteres kann so sein, muss "
    "aber nicht so sein."
)


def _direct(text: str, nlp: Any) -> list[str]:
    return [q.text for q in analyse_de(text, nlp).quotes if q.kind == "direct"]


def test_a_stance_verb_before_the_comma_opens_no_statement(nlp_de_trained: Any) -> None:
    direct = _direct(STANCE, nlp_de_trained)
    assert not any(t.startswith(("zuletzt scheint", "Und doch kommt")) for t in direct)


def test_a_plea_before_the_comma_opens_no_statement(nlp_de_trained: Any) -> None:
    assert not any(t.startswith("mehr will er") for t in _direct(PLEA, nlp_de_trained))


def test_a_past_tense_after_the_comma_is_the_writers(nlp_de_trained: Any) -> None:
    assert not any(t.startswith("daneben hatte man") for t in _direct(PAST, nlp_de_trained))


def test_a_present_statement_after_a_verb_of_saying_stays_direct(nlp_de_trained: Any) -> None:
    quotes = analyse_de(STATEMENT, nlp_de_trained).quotes
    assert any(q.kind == "direct" and q.text.startswith("letzteres kann so sein") for q in quotes)
