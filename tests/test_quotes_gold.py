"""Quotes on real articles, through the full pipeline: the reference report and the gold folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation.quotes import Report, evaluate_dir, same_speaker, score_article
from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import ReaderOptions, read_inputs

GOLD_DIR = Path(__file__).resolve().parent / "fixtures" / "gold"

# Regression guards, measured with `newsgraph eval quotes tests/fixtures/gold` (see docs/quotes.md);
# each threshold is the measured value less a small margin (about two quotes for F1). Session 5's
# rule 17 measured on the 59 files of then: F1 0.935 (P 0.973, R 0.900), speaker 0.960, reported
# recall 0.936 (speaker 0.904). Session 6 moved the fifth check set (10 files, 49 direct/partial and
# 95 reported quotes, never tuned on: F1 0.74 there) into the folder; the same code on the 69 files:
# F1 0.907 (P 0.956, R 0.863; 284 of 329 found), speaker accuracy 0.965, reported-speech recall
# 0.919 (speaker 0.868) -- below the F1 target of 0.95, which these guards therefore do not
# claim; the issue note says where the numbers stand. Session 6's rules (docs/quotes.md, "Session
# 6") on the same 69 files: F1 0.924 (P 0.964, R 0.888; 292 of 329 found), speaker accuracy 0.966,
# reported-speech recall 0.919 (speaker 0.870). Then the sixth check set (10 files, 53
# direct/partial and 69 reported quotes, F1 0.74 there, never tuned on) moved in; on the 79 files:
# F1 0.901 (P 0.953, R 0.853; 326 of 382 found), speaker accuracy 0.960, reported-speech recall
# 0.902 (speaker 0.863). Session 7 moved the seventh check set in (10 files, 29 direct/partial and
# 63 reported quotes, F1 0.61 there, never tuned on); on the 89 files: F1 0.883 (P 0.947, R 0.827;
# 340 of 411 found), speaker accuracy 0.953, reported-speech recall 0.894 (speaker 0.849).
# Session 7's rules (docs/quotes.md "Session 7") on the same 89 files: F1 0.886 (P 0.950, R 0.830),
# speaker 0.950, reported-speech recall 0.898 (speaker 0.870). Then the eighth check set moved in
# (10 files, 25 direct/partial and 54 reported quotes, F1 0.67 there, never tuned on); on the 99
# files: F1 0.874 (P 0.939, R 0.817; 356 of 436 found), speaker 0.944, reported-speech recall 0.896
# (speaker 0.860). Session 8's rules (docs/quotes.md "Session 8") on the 99 files with the entity
# layer of 02:56: F1 0.885 (P 0.948, R 0.830), speaker 0.939, reported-speech recall 0.900
# (speaker 0.866). Session 8 round 2 (docs/quotes.md "Session 8, round 2"), live at 03:33: F1
# 0.891 (P 0.953, R 0.837), speaker 0.945, reported-speech recall 0.903 (speaker 0.884). Then
# the ninth check set moved in (17 files, 38 direct/partial and 90 reported quotes, F1 0.61 at the
# session's start and 0.71 at its end, never tuned on); on the 116 files with the end code
# (889bdad): F1 0.876 (P 0.931, R 0.827; 392 of 474 found), speaker 0.931, reported-speech recall
# 0.886 (speaker 0.869) — the guards below were lowered to these values because the set grew by
# a harder, fresh part, not because a rule got worse. Raise them when the numbers rise.
# Session 9 (docs/quotes.md "Session 9: detection"), live at 04:58: F1 0.881 (P 0.942, R 0.827;
# 392 of 474 found), speaker 0.939, reported-speech recall 0.893 (speaker 0.875); F1, precision
# and reported recall raised. Session 9 speakers (docs/quotes.md "Session 9: speakers"): the two
# speaker guards raised to those live values less a margin of two quotes. Then the tenth check set
# moved in (10 files, 32 direct/partial and 34 reported quotes, F1 0.68 at the start of sessions 8
# and 9 and 0.67 at the end of session 9, never tuned on); on the 126 files with the session-9
# end code (92b19a2): F1 0.867 (P 0.928, R 0.814), speaker 0.932, reported-speech recall 0.888
# (speaker 0.864) — the guards below are those values less about two quotes, lowered because a
# harder, fresh part joined, not because a rule got worse. Session 10 (docs/quotes.md "Session
# 10: detection"), live at 07:35: F1 0.872 (P 0.932, R 0.818; 414 of 506 found), speaker 0.930,
# reported-speech recall 0.889 (speaker 0.881); F1, precision and both reported-speech guards
# raised to those values less about two quotes (the reported-speaker guard less about five, as
# the speakers work moves it at the same time). End of session 10, live at 08:02: F1 0.871 (P 0.934,
# R 0.816), speaker 0.930, reported-speech recall 0.907 (speaker 0.879); precision and reported
# recall raised again (less about three quotes). Session 10 round 2, live at 08:28: F1 0.876
# (P 0.935, R 0.824), speaker 0.935, reported-speech recall 0.910 (speaker 0.885); F1, speaker
# and reported speaker raised (less about three quotes). Then the eleventh check set moved in (20
# files, 20 direct/partial and 82 reported quotes, F1 0.53 at the start and 0.52 at the end of
# session 10, never tuned on); on the 146 files with the session-10 end code (116bb51): F1 0.865
# (P 0.930, R 0.808; 425 of 526 found), speaker 0.934, reported-speech recall 0.888 (speaker
# 0.869) — the guards below are those values less about two quotes, lowered because a harder,
# fresh part joined, not because a rule got worse. Session 10 round 3 (`demnach` and `laut dem
# Unternehmen` point back to the organisation named before): reported speaker 0.874, its guard
# raised (less about four quotes). Session 11: check set 12 moved in (24 files, 121 direct/partial
# and 249 reported quotes, F1 0.657 with the session-11 start code, never tuned on); on the 170
# files with that code (155130a): F1 0.828 (P 0.905, R 0.763), speaker 0.927, reported-speech
# recall 0.866 (speaker 0.853) — the guards below are those values less about two quotes, lowered
# because a harder, fresh part joined, not because a rule got worse (speaker: 0.9237 live at
# 10:08 after the session's first detection rules found more quotes, guard 0.920). Session 11
# detection, live at 10:15 on the 170 files: F1 0.832 (P 0.906, R 0.770), speaker 0.926,
# reported-speech recall 0.885 (1093 of 1235; speaker 0.855): F1 and reported recall raised
# (less about three quotes). Session 11 chains (docs/quotes.md "Session 11: chains"), live at
# 10:43 on the 170 files: F1 0.832 (P 0.906, R 0.770), speaker 0.932, reported-speech recall
# 0.886 (speaker 0.861): speaker and reported speaker raised (less about three quotes).
# End of session 11: the 55 tuning articles annotated in the session joined (225 files; many
# unmarked direct quotes and reported chains: their F1 is far below the older files') and the
# NER fine-tuned on news gold data shipped; on the 225 files F1 0.782 (P 0.893, R 0.696), speaker
# 0.908, reported-speech recall 0.838 (speaker 0.827) — with the previous NER the same code gives
# 0.781 / 0.905 / 0.839 / 0.825, so the drop is the new files, not a rule; guards those values
# less about four quotes. Session 11 round 2 (docs/quotes.md "Session 11, round 2": interview
# answers go on to the next turn), live at 11:15 on the 225 files: F1 0.801 (P 0.897, R 0.723),
# speaker 0.912, reported-speech recall 0.839 (speaker 0.827): F1 raised (less about four quotes).
# Then the 52 tuning articles of round 2 joined (277 files): F1 0.792 (P 0.889, R 0.715), speaker
# 0.908, reported-speech recall 0.828 (speaker 0.807) with the code of e24345c — lowered by the
# new files, guards those values less about four quotes. Session 12: check set 13 moved in (16
# files, 126 direct/partial and 95 reported quotes, F1 0.703 with the session-12 start code,
# never tuned on); on the 293 files with that code (590d534): F1 0.783 (P 0.881, R 0.705),
# speaker 0.904, reported-speech recall 0.818 (speaker 0.801) — guards those values less about
# four quotes, lowered because a harder, fresh part joined, not because a rule got worse.
# End of session 12 on the 294 files: 0.783 (P 0.881), speaker 0.903, reported 0.831 / 0.814.
# Session 13: check set 14 moved in (24 files, 183 direct/partial and 150 reported quotes, F1
# 0.765, reported recall 0.493 with the session-13 start code, never tuned on); on the 318 files
# with that code (ba8f115): F1 0.780 (P 0.877, R 0.703), speaker 0.903, reported-speech recall
# 0.807 (speaker 0.809) — guards those values less about four quotes; the reported-recall floor
# is lowered because a harder, fresh part joined, not because a rule got worse. Session 13
# detection (docs/quotes.md "Session 13: detection": interview answers, a demonstrative comment
# after reported speech, third-person "sollen" plans reported), live at 16:15 (f7ecbc4) on the 318
# files: F1 0.801 (P 0.887, R 0.730), speaker 0.910, reported-speech recall 0.811 (speaker 0.814):
# all five raised (those values less about four quotes). Session 13 round 2 (docs/quotes.md
# "Session 13, round 2: reported speech": Konjunktiv I by the lemma, perfect cues, labels), at
# 17:07 (ce2c328) on the 318 files: F1 0.803 (P 0.888, R 0.733), speaker 0.911, reported-speech
# recall 0.816 (speaker 0.812): F1, precision and reported recall raised (less about four
# quotes); the reported speaker floor stays (0.8141 -> 0.8124: the newly found passages of
# gnad-0097 and gnad-0228 carry wrong speakers). The final code of session 13 (b6ce5d2, the
# Konjunktiv I lexicon from the GSD training file only) on the 318 files: F1 0.803, P 0.888,
# speaker 0.911, reported 0.817 (speaker 0.8125); the reported-speaker floor, left at the
# measured value by round 2, is set to that value less about four quotes like the others.
# Session 14: check set 15 moved in (15 files, 118 direct/partial and 85 reported quotes, F1
# 0.702, reported recall 0.835 / speaker 0.606 with the session-14 start code, never tuned on); on
# the 333 files with that code (c966ad7): F1 0.796 (P 0.884, R 0.723), speaker 0.912,
# reported-speech recall 0.818 (speaker 0.805) — guards those values less about four quotes; F1,
# precision and the reported-speaker floor are lowered because a harder, fresh part joined, not
# because a rule got worse. Session 14 speakers (docs/quotes.md "Session 14: speakers": nouns the
# role lexicon lacks, first-person sentences before a cue), on the 333 files with main at 53a4bd9:
# F1 0.797 -> 0.799 (P 0.885), speaker 0.918 -> 0.927, reported-speech recall 0.818 (speaker
# 0.806 -> 0.811); the two speaker floors raised to those values less about four quotes.
# Session 15: check set 16 moved in (18 files, 43 direct/partial and 76 reported quotes, F1 0.548,
# reported recall 0.789 / speaker 0.767 with the session-15 start code, never tuned on); on the
# 351 files with that code (20762fc): F1 0.793 (P 0.885, R 0.718), speaker 0.930, reported-speech
# recall 0.817 (speaker 0.812) — guards those values less about four quotes; F1 and reported
# recall are lowered because a harder, fresh part joined, not because a rule got worse.
# Session 15 quotes (docs/quotes.md "Session 15: quotes": unmarked speech after a colon, interview
# turns, lead-ins and closing clauses cut off, Konjunktiv look-alikes), on the 351 files with main
# at f12267c: F1 0.793 -> 0.804 (P 0.885 -> 0.891, R 0.718 -> 0.732; 1103 -> 1125 of 1536
# found), speaker 0.930 -> 0.932, reported-speech recall 0.816 (speaker 0.813); F1, precision and
# speaker floors raised to those values less about four quotes.
# Session 16 speakers (docs/quotes.md "Session 16: speakers of reported speech": institutions
# named by a common noun speak), on the 351 files with main at a447c4e: reported-speech speaker
# 0.813 -> 0.819 (1545 -> 1557 of 1901 found), speaker 0.932 -> 0.933, the rest unchanged; the
# reported-speaker floor raised to that value less about four quotes. Then an institution's seat
# and its officers (`sagte die Polizeichefin`): reported-speech speaker 0.821 (1561 of 1901 found);
# the floor raised again (less about four quotes).
# Session 17 chains (docs/quotes.md "Session 17: speakers of reported-speech chains": a name
# after a run-in subheading, an organisation before its relative clause, a second verb of saying
# after "und" are the subjects of their cues and head their chains), on the 351 files, main
# 30b834c against 411a0f0 in the same hour: reported-speech speaker 0.822 -> 0.827 (1562 -> 1572
# of 1901 found); the floor raised to that value less about four quotes.
# Session 21 reported speech (docs/quotes.md "Session 21: reported speech": pronouns after any
# conjunction, bare plurals, a party's name for one member, unnamed members of an institution),
# on the 351 files (now 1922 of 2329 reported passages found): reported-speech speaker 0.828 ->
# 0.833 (1592 -> 1601); the floor raised to that value less about four quotes.
# Session 22 speakers (docs/quotes.md "Session 22: speakers of reported speech": unowned hearsay,
# the subject before a colon, impersonal origins, document compounds), on the 351 files:
# reported-speech speaker 0.833 -> 0.841 (1601 -> 1616 of 1922 found); the floor raised to that
# value less about four quotes.
TARGET_F1 = 0.800
TARGET_PRECISION = 0.888
TARGET_SPEAKER = 0.928
TARGET_INDIRECT_RECALL = 0.815
TARGET_INDIRECT_SPEAKER = 0.838


@pytest.fixture(scope="session")
def seed_article(seed_gold: dict[str, Any]) -> Article:
    from tests.conftest import SEED_TXT

    options = ReaderOptions(published=seed_gold["published"])
    article = next(a for a in read_inputs([str(SEED_TXT)], options) if isinstance(a, Article))
    return analyze(article, stages=["entities", "quotes"], nlp=load_nlp("de"))


@pytest.fixture(scope="session")
def gold_report() -> Report:
    if not list(GOLD_DIR.glob("*.gold.json")):
        pytest.fail(f"no gold files in {GOLD_DIR}")
    return evaluate_dir(GOLD_DIR, with_misses=True)


def test_reference_direct_and_partial_quotes(
    seed_article: Article, seed_gold: dict[str, Any]
) -> None:
    score = score_article(seed_article, seed_gold, "seed")
    assert score.gold_quotes == 6
    assert score.matched_quotes == 6, score.misses
    assert score.speaker_correct == 6, score.misses
    assert score.precision == 1.0, score.misses


def test_reference_reported_speech(seed_article: Article, seed_gold: dict[str, Any]) -> None:
    score = score_article(seed_article, seed_gold, "seed")
    assert score.gold_indirect == 9
    assert score.indirect_speaker_correct >= 8, score.misses


def test_reference_quote_records_are_consistent(seed_article: Article) -> None:
    ids = {e.id: e.name for e in seed_article.entities}
    assert seed_article.quotes
    for q in seed_article.quotes:
        assert seed_article.text[q.start : q.end] == q.text
        assert q.text in q.sentence
        if q.speaker is not None:
            assert ids.get(q.speaker.id) == q.speaker.name
    kinds = {q.kind for q in seed_article.quotes}
    assert kinds == {"direct", "partial", "indirect"}


def test_same_speaker_rules() -> None:
    assert same_speaker("Wladimir Putin", "Putin")
    assert same_speaker("Außenministerium", "Außenministerium (Moskau)")
    assert same_speaker(None, None)
    assert not same_speaker("Dmitri Peskow", "Wladimir Putin")
    assert not same_speaker(None, "Tass")
    assert same_speaker("Judith Schwentner", "Birgit Schatz", ["Judith Schwentner"])


def test_gold_dir_scores_every_file(gold_report: Report) -> None:
    names = {f.name for f in gold_report.files}
    assert len(names) == len(list(GOLD_DIR.glob("*.gold.json")))
    assert not [f.name for f in gold_report.files if f.error]
    total = gold_report.total
    assert total.gold_quotes > 50 and total.gold_indirect > 100
    # well above chance, whatever the targets below say
    assert total.f1 > 0.6 and total.indirect_recall > 0.6


def _measured(report: Report) -> str:
    t = report.total
    return (
        f"measured: direct+partial F1 {t.f1:.3f} (P {t.precision:.3f}, R {t.recall:.3f}), "
        f"speaker accuracy {t.speaker_accuracy:.3f}, reported-speech recall "
        f"{t.indirect_recall:.3f} (speaker {t.indirect_speaker_accuracy:.3f})"
    )


# measured 2026-11-26 on tests/fixtures/gold (41 files: 25 tuning files, check sets 1 and 2):
# direct+partial F1 0.952 (P 0.987, R 0.920); speaker accuracy 0.973; reported-speech recall
# 0.931 (speaker 0.843). Later on 49 files (check set 3 and the html pages added): F1 0.950
# (P 0.983, R 0.919), speaker 0.977, reported-speech recall 0.923 (speaker 0.890); with the
# characterising and multi-word cues: reported-speech recall 0.944 (speaker 0.904).
def test_gold_direct_partial_f1_target(gold_report: Report) -> None:
    assert gold_report.total.f1 >= TARGET_F1, _measured(gold_report)


def test_gold_direct_partial_precision(gold_report: Report) -> None:
    assert gold_report.total.precision >= TARGET_PRECISION, _measured(gold_report)


def test_gold_speaker_accuracy_target(gold_report: Report) -> None:
    assert gold_report.total.speaker_accuracy >= TARGET_SPEAKER, _measured(gold_report)


def test_gold_reported_speech_recall_target(gold_report: Report) -> None:
    assert gold_report.total.indirect_recall >= TARGET_INDIRECT_RECALL, _measured(gold_report)


def test_gold_reported_speech_speaker_accuracy(gold_report: Report) -> None:
    assert gold_report.total.indirect_speaker_accuracy >= TARGET_INDIRECT_SPEAKER, _measured(
        gold_report
    )


def test_eval_quotes_cli_json(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import SEED_GOLD, SEED_TXT

    shutil.copy(SEED_TXT, tmp_path / SEED_TXT.name)
    shutil.copy(SEED_GOLD, tmp_path / SEED_GOLD.name)
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "quotes", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [f["file"] for f in data["files"]] == ["putin-minsk-2022-12-19"]
    overall = data["overall"]
    assert overall["gold_direct_partial"] == 6 and overall["f1"] == 1.0
    assert overall["gold_indirect"] == 9 and overall["indirect_recall"] >= 8 / 9
    table = runner.invoke(app, ["eval", "quotes", str(tmp_path)])
    assert table.exit_code == 0 and "overall" in table.stdout
    empty = runner.invoke(app, ["eval", "quotes", str(tmp_path / "nothing")])
    assert empty.exit_code != 0


def test_quotes_cli_filters_by_speaker(tmp_path: Path) -> None:
    from tests.conftest import SEED_TXT

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "quotes",
            str(SEED_TXT),
            "--speaker",
            "Peskow",
            "--published",
            "2022-12-19",
            "-f",
            "jsonl",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows and all(r["speaker"] == "Dmitri Peskow" for r in rows)
    assert any(r["text"] == "dumme und unbegründete Hirngespinste" for r in rows)
    csv_out = runner.invoke(app, ["quotes", str(SEED_TXT), "-f", "csv"])
    assert csv_out.exit_code == 0
    assert csv_out.stdout.splitlines()[0].startswith("article,published,kind,speaker")


def test_quotes_cli_needs_paths_or_db() -> None:
    result = CliRunner().invoke(app, ["quotes"])
    assert result.exit_code != 0


def test_quotes_cli_reads_the_store(tmp_path: Path) -> None:
    from tests.conftest import SEED_TXT

    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    runner = CliRunner()
    ingest = runner.invoke(app, ["ingest", str(SEED_TXT), "--db", db])
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(app, ["quotes", "--speaker", "Peskow", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["speaker"] for r in rows} == {"Dmitri Peskow"}
    assert "dumme und unbegründete Hirngespinste" in {r["text"] for r in rows}


def test_speech_found_whatever_its_kind_is_counted(
    seed_article: Article, seed_gold: dict[str, Any]
) -> None:
    from newsgraph.evaluation.quotes import score_article as score

    gold = dict(seed_gold)
    # the reference's first direct quote, annotated as if it were reported speech: the strict
    # measure loses it, the kind-blind one still finds the speech
    first = next(q for q in seed_gold["quotes"] if q["kind"] == "direct")
    gold["quotes"] = [first, {**first, "kind": "indirect"}]
    strict = score(seed_article, {**gold, "quotes": [first]}, "seed")
    assert (strict.matched_quotes, strict.speech_found) == (1, 1)
    relabelled = score(seed_article, {**gold, "quotes": [{**first, "kind": "indirect"}]}, "seed")
    assert relabelled.gold_quotes == relabelled.matched_quotes == 0
    assert relabelled.speech_right >= 1  # the predicted direct quote lies on gold speech


def test_reported_speech_precision_counts_predictions_off_gold_speech(
    seed_article: Article, seed_gold: dict[str, Any]
) -> None:
    from newsgraph.evaluation.quotes import score_article as score

    full = score(seed_article, seed_gold, "seed")
    predicted = [q for q in seed_article.quotes if q.kind == "indirect"]
    assert full.predicted_indirect == len(predicted) >= 8
    assert full.indirect_right >= 8
    # without the gold's reported speech, the predictions that lay only on it are no longer right
    direct_only = [q for q in seed_gold["quotes"] if q["kind"] != "indirect"]
    bare = score(seed_article, {**seed_gold, "quotes": direct_only}, "seed")
    assert bare.predicted_indirect == full.predicted_indirect
    assert bare.indirect_right <= full.indirect_right - 8
    assert bare.numbers()["indirect_precision"] < full.numbers()["indirect_precision"]


def _org_article(text: str, speaker_type: str, mentions: list[str]) -> Article:
    from newsgraph.model import Entity, EntityRef, Mention, Quote, Source

    spans = [Mention(text=m, start=text.index(m), end=text.index(m) + len(m)) for m in mentions]
    ent = Entity(id="org-1", type=speaker_type, name=mentions[0], mentions=spans)  # type: ignore[arg-type]
    said = "die Lage sei ernst"
    start = text.index(said)
    quote = Quote(
        kind="indirect",
        text=said,
        start=start,
        end=start + len(said),
        speaker=EntityRef(id="org-1", name=mentions[0]),
        cue="teilte mit",
        sentence=text,
        confidence=0.9,
    )
    source = Source(reader="text", content_hash="0" * 64)
    return Article(id="t", source=source, text=text, language="de", entities=[ent], quotes=[quote])


def test_organisation_speaker_under_another_name_counts_right() -> None:
    """Session 13: a body the text names twice (`Bundesnachrichtendienst (BND)`) is the right
    speaker under either name when the gold lists both among its organisation mentions; a bare
    noun (`Regierung`) shared by two bodies, or a person, never counts that way."""
    text = "Der Bundesnachrichtendienst (BND) teilte mit, die Lage sei ernst."
    gold = {
        "quotes": [{"kind": "indirect", "text": "die Lage sei ernst", "speaker": "BND"}],
        "organization_mentions": {"BND": ["Bundesnachrichtendienst", "BND"]},
    }
    score = score_article(_org_article(text, "ORG", ["Bundesnachrichtendienst", "BND"]), gold)
    assert (score.found_indirect, score.indirect_speaker_correct) == (1, 1)
    assert score.indirect_speaker_correct_by_name == 0  # the measure of earlier sessions
    assert score.numbers()["indirect_speaker_accuracy_by_name"] == 0.0

    text = "Die australische Regierung teilte mit, die Lage sei ernst. Die Regierung schwieg."
    gold = {
        "quotes": [{"kind": "indirect", "text": "die Lage sei ernst", "speaker": "Nauru"}],
        "organization_mentions": {"Nauru": ["Regierung"]},
    }
    article = _org_article(text, "ORG", ["australische Regierung", "Regierung"])
    assert score_article(article, gold).indirect_speaker_correct == 0

    text = "Der Abgeordnete Meier vom BND teilte mit, die Lage sei ernst."
    gold = {
        "quotes": [{"kind": "indirect", "text": "die Lage sei ernst", "speaker": "BND"}],
        "organization_mentions": {"BND": ["BND"]},
    }
    article = _org_article(text, "PER", ["Meier", "BND"])
    assert score_article(article, gold).indirect_speaker_correct == 0


def test_an_acronym_with_lower_case_letters_names_the_organisation() -> None:
    """Session 25: the gold lists the EU court as `EuGH` with the mention `des EuGH`; the
    entity named `Europäischer Gerichtshof` with a mention `EuGH` is that speaker. A
    capitalised common word (`Gericht`) is no acronym."""
    text = "Der Europäische Gerichtshof (EuGH) teilte mit, die Lage sei ernst."
    gold = {
        "quotes": [{"kind": "indirect", "text": "die Lage sei ernst", "speaker": "EuGH"}],
        "organization_mentions": {"EuGH": ["des EuGH"]},
    }
    article = _org_article(text, "ORG", ["Europäische Gerichtshof", "EuGH"])
    assert score_article(article, gold).indirect_speaker_correct == 1

    text = "Das Bezirksgericht Wien teilte mit, die Lage sei ernst. Das Gericht schwieg."
    gold = {
        "quotes": [{"kind": "indirect", "text": "die Lage sei ernst", "speaker": "Landesgericht"}],
        "organization_mentions": {"Landesgericht": ["Gericht"]},
    }
    article = _org_article(text, "ORG", ["Bezirksgericht Wien", "Gericht"])
    assert score_article(article, gold).indirect_speaker_correct == 0


def test_an_organisation_name_in_another_case_is_the_same_alias() -> None:
    """Session 25: the gold lists `Dem türkischen Militär` among the mentions of its
    `türkische Streitkräfte`; the entity is named `türkisches Militär`."""
    text = "Das Militär (türkisches Militär) teilte mit, die Lage sei ernst."
    gold = {
        "quotes": [
            {"kind": "indirect", "text": "die Lage sei ernst", "speaker": "türkische Streitkräfte"}
        ],
        "organization_mentions": {"türkische Streitkräfte": ["Dem türkischen Militär"]},
    }
    article = _org_article(text, "ORG", ["türkisches Militär", "Militär"])
    assert score_article(article, gold).indirect_speaker_correct == 1


def test_a_name_with_and_without_its_hyphen_is_the_same_speaker() -> None:
    assert same_speaker("Kolinda Grabar Kitarovic", "Kolinda Grabar-Kitarovic")
    assert not same_speaker("Kolinda Grabar Kitarovic", "Andrej Plenković")
