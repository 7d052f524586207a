"""Session 31 (issue #5, helper "evmerge"): an event told in the title or lead and again in
the running text is traced to its first telling in the running text — the sentence that
reports it, which is the one a reader (and the gold files) cite; a telling in the text that
only supposes what the heading asserts leaves the heading's. Sentences written for the tests."""

from __future__ import annotations

from newsgraph.events.merge import merge_events
from newsgraph.model import Article, EntityRef, Event
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _events(text: str) -> list[Event]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"), nlp=load_nlp("de")
    )
    return article.events


A = EntityRef(id="org-1", name="Greenpeace")


def _ev(sentence: str, start: int, modality: str = "asserted", mode: str = "demand") -> Event:
    return Event(
        type="REQUEST",
        mode=mode,
        trigger=sentence.split()[1],
        sentence=sentence,
        start=start,
        end=start + 5,
        modality=modality,  # type: ignore[arg-type]
        actors=[A],
    )


def test_a_demand_in_the_title_is_traced_to_the_report() -> None:
    text = (
        "Greenpeace fordert Verbot von Plastiktüten\n\n"
        "Die Umweltschutzorganisation legte am Montag in Wien einen Bericht vor. "
        "Greenpeace forderte darin ein Verbot von Plastiktüten in allen Staaten der EU."
    )
    requests = [e for e in _events(text) if e.type == "REQUEST"]
    assert [(e.sentence, e.trigger) for e in requests] == [
        (
            "Greenpeace forderte darin ein Verbot von Plastiktüten in allen Staaten der EU.",
            "forderte",
        )
    ]


def test_two_tellings_in_the_text_keep_the_first() -> None:
    first = _ev("Greenpeace forderte ein Verbot.", 100)
    second = _ev("Greenpeace verlangte ein Verbot.", 200)
    merged = merge_events([first, second], heading=lambda offset: offset < 50)
    assert [e.sentence for e in merged] == ["Greenpeace forderte ein Verbot."]


def test_the_heading_stays_without_a_heading_test_or_for_a_supposition() -> None:
    title = _ev("Greenpeace fordert Verbot", 0)
    body = _ev("Greenpeace forderte ein Verbot.", 100)
    assert [e.sentence for e in merge_events([title, body])] == ["Greenpeace fordert Verbot"]
    title = _ev("Greenpeace fordert Verbot", 0)
    body = _ev("Greenpeace würde ein Verbot fordern.", 100, "hypothetical")
    merged = merge_events([title, body], heading=lambda offset: offset < 50)
    assert [e.sentence for e in merged] == ["Greenpeace fordert Verbot"]
    title = _ev("Greenpeace fordert Verbot", 0)
    body = _ev("Greenpeace forderte ein Verbot.", 100)
    merged = merge_events([title, body], heading=lambda offset: offset < 50)
    assert [(e.sentence, e.start) for e in merged] == [("Greenpeace forderte ein Verbot.", 100)]


def test_another_act_merged_with_the_heading_leaves_it() -> None:
    # (events of one type naming nobody merge; a seizure in the lead is not traced to an
    # arrest, but to the seizure told further down)
    title = _ev("Ausgabe einer Zeitschrift beschlagnahmt.", 0, mode="seizure")
    arrest = _ev("Zwei Redakteure seien festgenommen worden.", 100, mode="arrest")
    merged = merge_events([title, arrest], heading=lambda offset: offset < 50)
    assert [e.sentence for e in merged] == ["Ausgabe einer Zeitschrift beschlagnahmt."]
    title = _ev("Ausgabe einer Zeitschrift beschlagnahmt.", 0, mode="seizure")
    arrest = _ev("Zwei Redakteure seien festgenommen worden.", 100, mode="arrest")
    seizure = _ev("Die Polizei beschlagnahmte die Ausgabe.", 200, mode="seizure")
    merged = merge_events([title, arrest, seizure], heading=lambda offset: offset < 50)
    assert [(e.sentence, e.mode) for e in merged] == [
        ("Die Polizei beschlagnahmte die Ausgabe.", "seizure; arrest")
    ]


def test_a_telling_that_absorbed_another_act_is_still_the_same_act() -> None:
    # (the text's two demands merged first, then into the title's larger one: the mode of the
    # text's event is "demand; appeal", its own act a demand; each mode is listed once)
    title = Event(
        type="REQUEST",
        mode="demand",
        trigger="fordert",
        sentence="Greenpeace fordert von der Regierung Verbot",
        start=0,
        end=7,
        actors=[A],
        targets=[EntityRef(id="org-2", name="Regierung")],
    )
    first = _ev("Greenpeace forderte ein Verbot.", 100)
    second = _ev("Greenpeace appellierte an alle Staaten.", 200, mode="appeal")
    merged = merge_events([title, first, second], heading=lambda offset: offset < 50)
    assert [(e.sentence, e.mode) for e in merged] == [
        ("Greenpeace forderte ein Verbot.", "demand; appeal")
    ]
