"""Session 34 (issue #5, helper "evsubj"): a bare "die Staatsanwaltschaft", which the entity
layer made a body of the article's country ("deutsche Staatsanwaltschaft"), after "die
Staatsanwaltschaft Stuttgart" is that body. Since helper "bodyjoin" the entity layer joins it
(`entities/named_bodies.join_bare_to_named`) and the events read its answer. The sentences are
written for the tests after the pattern of 10kGNAD records (CC BY-NC-SA 4.0)."""

from __future__ import annotations

from tests.test_events_session28_triggers import _events

TEXT = (
    "Stuttgart. Die Staatsanwaltschaft Stuttgart wirft dem Drogeriemarkt-Gründer Anton Berger "
    "Bankrott vor. Der Unternehmer soll vor der Pleite Vermögen beiseitegeschafft haben. "
    "Im Prozess forderte die Staatsanwaltschaft eine Haftstrafe von drei Jahren."
)


def test_the_bare_noun_is_the_body_named_before() -> None:
    events = [(e.type, [a.name for a in e.actors]) for e in _events(TEXT)]
    # before: the demand's party was "deutsche Staatsanwaltschaft"
    assert ("REQUEST", ["Staatsanwaltschaft Stuttgart"]) in events
    assert not any("deutsche Staatsanwaltschaft" in a for _, a in events)


def test_no_body_named_so_keeps_the_country() -> None:
    # with no "Staatsanwaltschaft X" before, the entity layer's reading stays
    text = (
        "Berlin. Der Unternehmer Anton Berger soll Vermögen beiseitegeschafft haben. "
        "Im Prozess forderte die Staatsanwaltschaft eine Haftstrafe von drei Jahren."
    )
    events = [(e.type, [a.name for a in e.actors]) for e in _events(text)]
    assert not any("Stuttgart" in " ".join(a) for _, a in events)
