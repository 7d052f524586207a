"""The per-event score of ``newsgraph eval events``: one gold event to one predicted event told in
its evidence sentence, with its type and overlapping parties (session 25). Gold events and
articles are written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation.events import (
    FileScore,
    describe_article,
    event_pair,
    evidence_fragments,
    in_evidence,
    match_events,
    score_article,
)
from newsgraph.evaluation.intervals import report_intervals
from newsgraph.model import Article, EntityRef, Event, Source

S1 = "Vertreter der USA, Russlands, Chinas und Frankreichs trafen sich am Montag in Genf."
S2 = "Die Polizei nahm den Verdächtigen am Abend fest."
S3 = "Außenminister Lawrow warf der Nato Provokationen vor."
S4 = "Lawrow und Blinken telefonierten am Dienstag erneut."


def _ref(name: str) -> EntityRef:
    return EntityRef(id=name.casefold().replace(" ", "-"), name=name)


def _event(etype: str, actors: list[str], targets: list[str], sentence: str) -> Event:
    return Event(
        type=etype,
        actors=[_ref(a) for a in actors],
        targets=[_ref(t) for t in targets],
        trigger="x",
        sentence=sentence,
        start=0,
        end=1,
    )


def _article(*events: Event) -> Article:
    return Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        text=" ".join([S1, S2, S3, S4]),
        events=list(events),
    )


def _gold(
    etype: str, actors: list[str], counterparts: list[str], evidence: str, **more: Any
) -> dict[str, Any]:
    gold = {"type": etype, "actors": actors, "counterparts": counterparts, "evidence": evidence}
    return gold | more


def _score(article: Article, *events: dict[str, Any]) -> FileScore:
    return score_article(article, {"events": list(events)}, "t")


def test_a_list_sentence_is_one_event_not_six_triples() -> None:
    gold = _gold("CONSULT", ["USA", "Russland", "China", "Frankreich"], [], S1)
    # the reader names two of the four: one event found (not exact), 1 of 6 gold triples
    score = _score(_article(_event("CONSULT", ["USA", "Russland"], [], S1)), gold)
    assert (score.gold_events, score.matched) == (6, 1)
    assert (score.event_gold, score.event_predicted, score.event_matched) == (1, 1, 1)
    assert score.event_exact == 0
    # all four: the same one event, now with every party right
    full = _event("CONSULT", ["USA", "Russland", "China", "Frankreich"], [], S1)
    score = _score(_article(full), gold)
    assert (score.event_matched, score.event_exact, score.matched) == (1, 1, 6)


def test_the_type_and_the_sentence_must_agree() -> None:
    gold = _gold("ACCUSE", ["Sergej Lawrow"], ["Nato"], S3)
    assert (
        _score(_article(_event("REJECT", ["Sergej Lawrow"], ["Nato"], S3)), gold).event_matched == 0
    )
    # the same accusation read from another sentence: not matched, but counted as read elsewhere
    elsewhere = _score(_article(_event("ACCUSE", ["Sergej Lawrow"], ["Nato"], S4)), gold)
    assert (elsewhere.event_matched, elsewhere.event_elsewhere) == (0, 1)
    data = elsewhere.to_dict()["per_event"]
    assert data["any_sentence"] == {"matched": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["precision"] == 0.0
    assert elsewhere.event_misses[0].endswith("[read in another sentence]")


def test_directed_parties_overlap_in_their_roles() -> None:
    gold = _gold("ACCUSE", ["Sergej Lawrow"], ["Nato"], S3)
    # the actor right, the target missing: matched, not exact
    half = _score(_article(_event("ACCUSE", ["Lawrow"], [], S3)), gold)
    assert (half.event_matched, half.event_exact, half.matched) == (1, 0, 0)
    # actor and target swapped: no party in its role
    swapped = _score(_article(_event("ACCUSE", ["Nato"], ["Sergej Lawrow"], S3)), gold)
    assert swapped.event_matched == 0
    assert swapped.event_extra == [f"ACCUSE Nato -> Sergej Lawrow | {S3}"]


def test_symmetric_types_take_the_parties_in_either_order() -> None:
    gold = _gold("CONSULT", ["Sergej Lawrow"], ["Antony Blinken"], S4)
    score = _score(_article(_event("CONSULT", ["Blinken"], ["Lawrow"], S4)), gold)
    assert (score.event_matched, score.event_exact) == (1, 1)


def test_alternatives_of_the_gold_are_accepted() -> None:
    gold = _gold("ACCUSE", ["Sergej Lawrow"], ["Nato"], S3, actor_alternatives=["Russland"]) | {
        "type_alternatives": ["REJECT"]
    }
    score = _score(_article(_event("REJECT", ["Russland"], ["Nato"], S3)), gold)
    assert (score.event_matched, score.event_exact) == (1, 1)
    assert score.to_dict()["per_event"]["by_type"] == {
        "ACCUSE": {"gold": 1, "predicted": 0, "matched": 1},
        "REJECT": {"gold": 0, "predicted": 1, "matched": 0},
    }


def test_a_gold_event_naming_nobody_takes_any_event_of_its_type_in_its_sentence() -> None:
    gold = _gold("COERCE", [], ["der Verdächtige"], S2, group_labels=["Polizei"])
    gold["counterparts"] = []
    score = _score(_article(_event("COERCE", ["Polizei"], [], S2)), gold)
    assert (score.event_matched, score.event_exact) == (1, 0)
    # but not one in another sentence (nothing to recognise it by)
    other = _score(_article(_event("COERCE", ["Polizei"], [], S1)), gold)
    assert (other.event_matched, other.event_elsewhere) == (0, 0)


def test_matching_is_one_to_one_and_maximal() -> None:
    a = _gold("CONSULT", ["Sergej Lawrow"], ["Antony Blinken"], S4)
    b = _gold("CONSULT", ["Sergej Lawrow"], [], S4)
    only_lawrow = _event("CONSULT", ["Lawrow"], [], S4)
    both = _event("CONSULT", ["Lawrow", "Blinken"], [], S4)
    # two gold events, one predicted: one match, one miss
    assert _score(_article(both), a, b).event_matched == 1
    # the first gold event could take either prediction; the matching leaves each its own
    m = match_events(_article(only_lawrow, both), {"events": [a, b]})
    assert sorted(j for j in m.match if j is not None) == [0, 1]
    assert m.exact == [True, True]
    # two predictions of one gold event: one match, one extra
    score = _score(_article(both, only_lawrow), a)
    assert (score.event_matched, score.event_predicted, len(score.event_extra)) == (1, 2, 1)


def test_evidence_fragments_and_sentences() -> None:
    frags = evidence_fragments("Russland setzt Angriffe fort / Der russische Angriff …")
    assert frags == ["russland setzt angriffe fort", "der russische angriff"]
    assert in_evidence(frags, "Der russische Angriff, einer der größten, legte Teile lahm.")
    assert not in_evidence(frags, "Die Ukraine meldete neue Angriffe.")
    # evidence over two sentences takes an event of the second one
    two = evidence_fragments(f"{S3} {S4}")
    assert in_evidence(two, S4) and in_evidence(two, S3) and not in_evidence(two, S2)


def test_event_pair_needs_some_party() -> None:
    gold = _gold("REQUEST", ["Grüne"], ["Angela Merkel"], S1)
    assert event_pair(gold, _event("REQUEST", [], [], S1)) == (False, False)
    assert event_pair(gold, _event("REQUEST", ["Grüne"], ["Merkel"], S1)) == (True, True)
    assert event_pair(gold, _event("REQUEST", ["SPD"], ["Merkel"], S1)) == (True, False)


def test_totals_add_the_types() -> None:
    total = FileScore("TOTAL")
    gold = _gold("ACCUSE", ["Sergej Lawrow"], ["Nato"], S3)
    for _ in range(2):
        total.add(_score(_article(_event("ACCUSE", ["Lawrow"], ["Nato"], S3)), gold))
    total.add(_score(_article(), gold))
    per_event = total.to_dict()["per_event"]
    assert per_event["by_type"] == {"ACCUSE": {"gold": 3, "predicted": 2, "matched": 2}}
    assert (per_event["precision"], per_event["recall"]) == (1.0, round(2 / 3, 4))
    assert per_event["exact"] == 2


TEXT = (
    "Merkel trifft Macron\n\n"
    "Berlin – Bundeskanzlerin Angela Merkel hat am Montag den französischen Präsidenten Emmanuel "
    "Macron in Berlin getroffen. Die beiden sprachen über die Lage in der Ukraine. Der russische "
    "Präsident Wladimir Putin kritisierte das Treffen scharf. Die Grünen forderten von Merkel "
    "mehr Hilfe für die Ukraine.\n"
)


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("gold")
    (d / "merkel.txt").write_text(TEXT, encoding="utf-8")
    sentences = [
        "Bundeskanzlerin Angela Merkel hat am Montag den französischen Präsidenten Emmanuel "
        "Macron in Berlin getroffen.",
        "Die beiden sprachen über die Lage in der Ukraine.",
        "Der russische Präsident Wladimir Putin kritisierte das Treffen scharf.",
        "Die Grünen forderten von Merkel mehr Hilfe für die Ukraine.",
    ]
    events = [
        _gold("CONSULT", ["Angela Merkel"], ["Emmanuel Macron"], sentences[0]),
        _gold("CONSULT", ["Angela Merkel", "Emmanuel Macron"], [], sentences[1]),
        _gold("ACCUSE", ["Wladimir Putin"], ["Angela Merkel", "Emmanuel Macron"], sentences[2]),
        _gold("REQUEST", ["Grüne"], ["Angela Merkel"], sentences[3]),
    ]
    gold = {"source_file": "merkel.txt", "published": "2022-05-09", "events": events}
    (d / "merkel.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return d


def test_cli_json_has_the_per_event_keys_and_misses(gold_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "events", str(gold_dir), "--json", "--misses"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    total = data["total"]
    assert set(total["events"]) >= {"gold", "predicted", "matched", "precision", "recall", "f1"}
    per_event = total["per_event"]
    assert per_event["gold"] == 4
    misses = data["misses"]["merkel"]
    # every gold event is matched or listed as missed, every prediction matched or extra
    assert per_event["matched"] + len(misses["missed_events"]) == 4
    assert per_event["matched"] + len(misses["extra_events"]) == per_event["predicted"]
    # the demand is read in its sentence with both parties
    assert not any(m.startswith("REQUEST") for m in misses["missed_events"])
    assert per_event["exact"] >= 1 and per_event["by_type"]["REQUEST"]["matched"] == 1
    # the per-event counts carry over into bootstrap intervals
    report = tmp_path / "report.json"
    report.write_text(result.output, encoding="utf-8")
    _, _, found = report_intervals(report, resamples=50)
    recall = next(i for i in found if i.score == "per_event_recall")
    assert recall.value == pytest.approx(per_event["recall"], abs=1e-4)


def test_cli_text_prints_the_per_event_line(gold_dir: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "events", str(gold_dir), "--misses"])
    assert result.exit_code == 0, result.output
    assert "per event: gold 4," in result.output
    assert "per event, by type" in result.output
    assert "merkel: missed event" in result.output or "merkel: extra event" in result.output


def test_intervals_of_a_report_saved_before_the_per_event_score(tmp_path: Path) -> None:
    entry = {
        "file": "a",
        "events": {"gold": 3, "predicted": 2, "matched": 1},
        "times": {"gold": 1, "found": 1, "predicted": 1, "precision": 1.0},
        "amounts": {"gold": 0, "found": 0, "predicted": 0, "precision": 0.0},
    }
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"files": [entry]}), encoding="utf-8")
    _, _, found = report_intervals(old, resamples=20)
    assert "events_recall" in {i.score for i in found}
    assert not any(i.score.startswith("per_event_") for i in found)
    new = tmp_path / "new.json"
    per_event = {"gold": 2, "predicted": 2, "matched": 1}
    new.write_text(json.dumps({"files": [entry | {"per_event": per_event}]}), encoding="utf-8")
    _, _, found = report_intervals(new, resamples=20)
    assert next(i for i in found if i.score == "per_event_precision").value == 0.5
    # against an old baseline the per-event scores cannot be compared: left out
    _, _, paired = report_intervals(new, baseline=old, resamples=20)
    assert not any(i.score.startswith("per_event_") for i in paired)


def test_the_reading_aid_marks_each_gold_events_match(gold_dir: Path) -> None:
    text = describe_article(gold_dir / "merkel.gold.json")
    request = next(line for line in text.splitlines() if "REQUEST   Grüne" in line)
    assert "=P" in request  # the demand is matched in its sentence
    assert all(
        line.split()[2] in {"-"} or line.split()[2][:2] in {"=P", "~P"}
        for line in text.splitlines()
        if line.startswith("  G ")
    )
