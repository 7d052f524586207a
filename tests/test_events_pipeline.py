"""Events through the whole pipeline: the reference report, sentences written for the tests,
real 10kGNAD articles, the ``newsgraph events`` and ``newsgraph eval events`` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluation.events import (
    evaluate_dir,
    gold_triples,
    match_count,
    predicted_triples,
    same_name,
    triples,
)
from newsgraph.model import Article, Event
from newsgraph.nlp import load_pipeline, nlp_available
from newsgraph.pipeline import analyze
from newsgraph.readers import ReaderOptions, read_inputs, read_string

TESTS = Path(__file__).resolve().parent
SEED_DIR = TESTS.parent.parent / "shared" / "seed"
SEED_TXT = SEED_DIR / "putin-minsk-2022-12-19.txt"
PIPELINES = ["blank", pytest.param("trained", marks=pytest.mark.slow)]


def _nlp(kind: str) -> Any:
    if kind == "trained":
        if not nlp_available("de"):
            pytest.skip("the trained German pipeline is not built")
        return load_pipeline("de")
    from newsgraph.nlp import _blank

    return _blank("de")


@pytest.fixture(scope="session", params=PIPELINES)
def seed_events(request: pytest.FixtureRequest) -> tuple[str, Article]:
    (article,) = list(read_inputs([str(SEED_TXT)], ReaderOptions(published="2022-12-19")))
    assert isinstance(article, Article)
    return request.param, analyze(article, nlp=_nlp(request.param))


def _find(article: Article, etype: str, actor: str) -> Event:
    found = [
        e
        for e in article.events
        if e.type == etype and any(same_name(a.name, actor) for a in e.actors)
    ]
    assert found, [(e.type, [a.name for a in e.actors]) for e in article.events]
    return found[0]


def test_reference_report_events(seed_events: tuple[str, Article], seed_gold: dict) -> None:
    kind, article = seed_events
    gold, pred = gold_triples(seed_gold), predicted_triples(article.events)
    hits = match_count(gold, pred)
    if kind == "trained":
        assert hits == len(gold) == 6
        assert len(pred) - hits <= 2
    else:  # no parse: clause reading only
        assert hits >= 4
    visit = _find(article, "CONSULT", "Wladimir Putin")
    assert {a.name for a in visit.actors + visit.targets} >= {
        "Wladimir Putin",
        "Alexander Lukaschenko",
    }
    assert visit.location is not None and visit.location.name == "Minsk"
    assert visit.time == "2022-12-19"
    assert "visit" in (visit.mode or "")
    training = _find(article, "AID", "Russland")
    assert training.modality == "planned"
    assert [t.name for t in training.targets] == ["Belarus"]
    assert training.source is not None and training.source.name == "Wladimir Putin"
    denial = _find(article, "REJECT", "Dmitri Peskow")
    assert denial.mode == "denial"
    assert denial.modality == "asserted"
    talks = _find(article, "CONSULT", "Sergej Lawrow")
    assert "Sergej Alejnik" in {r.name for r in talks.actors + talks.targets}
    assert talks.time == "2022-12-19"
    attack = _find(article, "ASSAULT", "Russland")
    assert attack.modality == "asserted"
    if kind == "trained":
        assert [t.name for t in attack.targets] == ["Ukraine"]
        assert attack.location is not None and attack.location.name == "Donezk"
    for ev in article.events:
        assert article.text[ev.start : ev.end].split()[0] == ev.trigger.split()[0]
        assert ev.sentence in article.text


def test_reference_report_without_publication_date() -> None:
    (article,) = list(read_inputs([str(SEED_TXT)]))
    assert isinstance(article, Article)
    article = analyze(article, nlp=_nlp("blank"))
    assert article.published is None
    assert all(e.time is None for e in article.events)  # never a guess
    visit = _find(article, "CONSULT", "Putin")
    assert visit.location is not None and visit.location.name == "Minsk"


SENTENCES = [
    (
        "Bundeskanzler Olaf Scholz hat am Dienstag den französischen Präsidenten Emmanuel Macron"
        " in Paris besucht.",
        "CONSULT",
        "Olaf Scholz",
        "Emmanuel Macron",
        "asserted",
    ),
    (
        "Frankreich wird der Ukraine keine Kampfjets liefern, sagte Macron.",
        "AID",
        "Frankreich",
        "Ukraine",
        "denied",
    ),
    (
        "Die USA könnten Sanktionen gegen den Iran verhängen.",
        "SANCTION",
        "USA",
        "Iran",
        "hypothetical",
    ),
    (
        "Der türkische Präsident Recep Tayyip Erdogan warf Deutschland Nazi-Methoden vor.",
        "ACCUSE",
        "Recep Tayyip Erdogan",
        "Deutschland",
        "asserted",
    ),
    (
        "Die Polizei hat am Mittwoch die Büros der Zeitung Cumhuriyet in Istanbul durchsucht.",
        "COERCE",
        "Polizei",
        "Cumhuriyet",
        "asserted",
    ),
    (
        "Die Umweltorganisation Greenpeace beschuldigte die Autoindustrie, Abgaswerte zu fälschen.",
        "ACCUSE",
        "Greenpeace",
        "Autoindustrie",
        "asserted",
    ),
    (
        "Die Abschiebung von 50 Afghanen durch Deutschland stieß auf Kritik.",
        "COERCE",
        "Deutschland",
        None,
        "asserted",
    ),
    (
        "Russland werde seine Truppen aus der Region abziehen, sagte Außenminister Sergej Lawrow.",
        "RETREAT",
        "Russland",
        None,
        "planned",
    ),
    # session 10: acts found in the vocabulary of unseen records (rescues are AID and
    # extraditions COERCE, as in the gold files)
    (
        "Die Hilfsorganisation SOS Méditerranée hat am Sonntag 300 Flüchtlinge aus dem Mittelmeer"
        " gerettet.",
        "AID",
        "SOS Méditerranée",
        None,
        "asserted",
    ),
    (
        "Die Niederlande haben den Terrorverdächtigen Thomas Berger an Deutschland ausgeliefert.",
        "COERCE",
        "Niederlande",
        "Thomas Berger",
        "asserted",
    ),
    (
        "Der Oppositionsführer Ilir Meta beschwerte sich in Brüssel über Ministerpräsident Edi"
        " Rama.",
        "ACCUSE",
        "Ilir Meta",
        "Edi Rama",
        "asserted",
    ),
    (
        "Der Konzern Siemens wehrte sich am Montag gegen die Vorwürfe der Staatsanwaltschaft"
        " München.",
        "REJECT",
        "Siemens",
        "Staatsanwaltschaft München",
        "asserted",
    ),
    (
        "Die Europäische Union bekundete ihre Solidarität mit Frankreich.",
        "SUPPORT",
        "Europäische Union",
        "Frankreich",
        "asserted",
    ),
    # a warning against what a party does is criticism of it; "kein Verständnis" a refusal
    (
        "Die Gewerkschafterin Anna Huber warnte vor einem Ausverkauf der Voestalpine.",
        "ACCUSE",
        "Anna Huber",
        "Voestalpine",
        "asserted",
    ),
    (
        "Kein Verständnis hat der Minister Hans Berger für die Forderung der Grünen.",
        "REJECT",
        "Hans Berger",
        None,
        "asserted",
    ),
    # session 10, round 3: a pronominal adverb stands for the phrase a verb needs ("darauf")
    (
        "Die Gewerkschaft Verdi drängt darauf, die Löhne der Pflegekräfte noch heuer zu erhöhen.",
        "REQUEST",
        "Verdi",
        None,
        "asserted",
    ),
    (
        "Die Regierung Sloweniens will Polizisten nach Mazedonien schicken.",
        "AID",
        "Slowenien",
        None,
        "planned",
    ),
    # session 11: "in Kuba" hung on the visitor is the visit's place, the state its target;
    # a lawsuit against "die Republik Österreich" is against the state
    (
        "Am Rande des historischen Besuchs von US-Präsident Barack Obama in Kuba haben die"
        " Vereinigten Staaten versucht, in den Friedensverhandlungen zu vermitteln.",
        "CONSULT",
        "Barack Obama",
        "Kuba",
        "asserted",
    ),
    (
        "Der Anwalt Herbert Gruber hatte eine Klage gegen die Republik Österreich in den USA"
        " angekündigt.",
        "ACCUSE",
        "Herbert Gruber",
        "Republik Österreich",
        "planned",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "etype", "actor", "target", "modality"), SENTENCES)
def test_sentences_with_the_trained_pipeline(
    text: str, etype: str, actor: str, target: str | None, modality: str
) -> None:
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    ev = _find(article, etype, actor)
    assert [t.name for t in ev.targets] == ([target] if target else [])
    assert ev.modality == modality


# session 8: other senses and modality on fresh text (sentences written for the tests)
NOT_EVENTS = [
    # an accident is no attack
    (
        "Ein 40-jähriger Radfahrer wurde am Sonntag bei einem Verkehrsunfall in Linz getötet.",
        "ASSAULT",
    ),
    # "ist … unterstellt" (subordinate to) is no insinuation
    ("Die Behörde ist direkt dem Innenministerium unterstellt.", "ACCUSE"),
    # a player's contract with a club is no agreement between parties
    ("Der Verteidiger Lukas Berger unterschrieb am Freitag beim Zweitligisten aus Graz.", "AGREE"),
    # a model or data "delivered" is no supply
    (
        "Die Studie der Universität Wien liefert ein neues Erklärungsmodell für den Klimawandel.",
        "AID",
    ),
    # a word that only ends in a trigger ("Strukturbereinigung" is no "Einigung")
    (
        "Der Verkauf sei ein weiterer Schritt der Strukturbereinigung der Raiffeisen Holding,"
        " sagte Erwin Pröll.",
        "AGREE",
    ),
    # "zeichnete sich … aus" (distinguished himself) is no award
    (
        "Der Stürmer Marko Arnautović zeichnete sich beim Sieg in Wien als zweifacher Torschütze"
        " aus.",
        "SUPPORT",
    ),
    # "sagte in einem Gespräch" without a partner: an interview, no talks
    (
        "Der Minister Peter Hanke sagte in einem Gespräch am Rande des Parteitags, er sei"
        " zufrieden.",
        "CONSULT",
    ),
    # "geschickt" before another verb is an adverb (skilfully), no sending
    ("Er sagte, Roger Federer habe sehr effizient aufgeschlagen und geschickt variiert.", "AID"),
    # one person's resolve is no body's decision
    ("Der Regisseur Paolo Sorrentino hat beschlossen, einen Horrorfilm zu drehen.", "AGREE"),
    # a title or a round to defend is sport
    (
        "Der Österreicher Dominic Thiem hat bei den French Open sein Achtelfinale zu verteidigen.",
        "SUPPORT",
    ),
    # session 10: a goalkeeper's save rescues nobody; an injury of one's own, or a player
    # out injured, is no assault; goods "ausgeliefert" are no extradition
    ("Torhüter Daniel Bachmann rettete in der 80. Minute gegen den Stürmer Kevin Danso.", "AID"),
    ("Die Sängerin Anna Netrebko hat sich bei der Probe am Knie verletzt.", "ASSAULT"),
    ("Der Stürmer Marko Arnautović ist verletzt und fehlt gegen Salzburg.", "ASSAULT"),
    ("Das Unternehmen Apple liefert das neue iPhone ab Freitag aus.", "COERCE"),
    # a warning of the weather, or of a danger to a party, blames nobody
    ("Die Meteorologin Eva Brunner warnte vor Glatteis in Tirol.", "ACCUSE"),
    ("Die Gewerkschafterin Anna Huber warnte vor einer Gefährdung der Voestalpine.", "ACCUSE"),
    # a pronominal adverb of another preposition ("danach": after that) is no "drängen auf"
    ("Die Ministerin Eva Berger drängte danach mit ihrem Team in den Saal.", "REQUEST"),
    # session 11: sending greetings or a letter is no aid (sending police officers is)
    ("Der Regisseur Georg Riha schickt Grüße aus Österreich in die Welt.", "AID"),
    ("Der Verlag Axel Springer schickte dem Programmierer eine Unterlassungserklärung.", "AID"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_other_senses_are_no_events(text: str, etype: str) -> None:
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    assert [e.trigger for e in article.events if e.type == etype] == []


MODALITIES = [
    # "wird … aufgefordert": a present passive, done now; "soll … verurteilt werden" is planned
    (
        "In dem Antrag wird die Landesregierung von Kärnten aufgefordert, die Haftungen zu prüfen.",
        "REQUEST",
        "asserted",
    ),
    ("Der Angeklagte Peter Berg soll am Montag verurteilt werden.", "ACCUSE", "planned"),
    # "kündigten … an": announced, not yet done
    ("Die Republikaner kündigten Widerstand gegen Barack Obama an.", "REJECT", "planned"),
    # reportive "soll … getötet haben" tells a past act, it plans nothing
    (
        "Die Terrormiliz Boko Haram soll im Mai zwanzig Dorfbewohner getötet haben.",
        "ASSAULT",
        "asserted",
    ),
    # "schließt … nicht aus": possible, not denied
    ("Die Gewerkschaft Verdi schließt Streiks bei der Post nicht aus.", "PROTEST", "hypothetical"),
    # "einem möglichen Anschlag"
    (
        "Die Konferenz in Wien wurde von der Sorge vor einem möglichen Anschlag überschattet.",
        "ASSAULT",
        "hypothetical",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "etype", "modality"), MODALITIES)
def test_modality_of_reported_possible_and_ruled_out_events(
    text: str, etype: str, modality: str
) -> None:
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    assert [e.modality for e in article.events if e.type == etype] == [modality]


@pytest.mark.slow
def test_a_decision_of_a_body_stays_an_event() -> None:
    text = "Der Landtag von Kärnten hat am Freitag einstimmig beschlossen, die Haftungen prüfen zu lassen."
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    assert [[a.name for a in e.actors] for e in article.events if e.type == "AGREE"] == [
        ["Landtag von Kärnten"]
    ]


@pytest.mark.slow
def test_a_sending_told_by_its_participle_stays_an_event() -> None:
    text = "Die Regierung von Ungarn hat Soldaten an die Grenze geschickt."
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    assert [e.trigger for e in article.events if e.type == "AID"] == ["geschickt"]


@pytest.mark.slow
def test_a_private_person_is_no_stand_in_for_the_state() -> None:
    for text in (
        "Seit Oktober wurden bei Angriffen in Hebron zwölf Israelis und ein US-Bürger getötet.",
        "Palästinensische Angreifer haben am Montag eine israelische Frau in Hebron angegriffen.",
    ):
        article = analyze(
            read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained")
        )
        names = {r.name for e in article.events for r in e.actors + e.targets}
        assert [e.type for e in article.events] == ["ASSAULT"]
        assert not names & {"Israel", "USA", "Vereinigte Staaten"}, article.events
    # session 10: a priest, a crew member is no party for his state either
    text = "Ein kanadischer Priester wurde in Pjöngjang zu lebenslanger Haft verurteilt."
    article = analyze(read_string(text, language="de"), nlp=_nlp("trained"))
    assert not {r.name for e in article.events for r in e.actors + e.targets} & {"Kanada"}


@pytest.mark.slow
def test_a_demand_told_by_a_modal_in_reported_speech() -> None:
    """Session 8: "X sollte zurücktreten, sagte Y" is Y's demand to X (the resignation has not
    happened: no event of its own); a condition or a habit is no demand."""
    nlp = _nlp("trained")
    text = "Innenminister Max Huber sollte zurücktreten, sagte der Grünen-Abgeordnete Peter Pilz."
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=nlp)
    assert [
        (e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in article.events
    ] == [("REQUEST", ["Peter Pilz"], ["Max Huber"])]
    assert article.events[0].source is not None and article.events[0].source.name == "Peter Pilz"
    for text in (
        "Sollte die Regierung zurücktreten, werde es Neuwahlen geben, sagte Peter Pilz.",
        "Die Firma Siemens müsse immer wieder Mitarbeiter entlassen, sagte Peter Pilz.",
    ):
        article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=nlp)
        assert [e for e in article.events if e.type == "REQUEST"] == []


@pytest.mark.slow
def test_a_particle_after_a_name_in_apposition_closes_the_verb() -> None:
    """Session 10: "riefen X, Y, auf" — the comma after a name in apposition does not end the
    clause of "aufrufen"; a lone possessive the parser made the subject leaves the clause to
    the clause reading ("Republikaner werfen ihr vor" had no event)."""
    for text, target in (
        (
            "Die Umweltschützer riefen den Bürgermeister von Graz, Siegfried Nagl, auf, das"
            " Projekt zu stoppen.",
            "Siegfried Nagl",
        ),
        (
            "Die Gewerkschaft forderte den Konzernchef, Herbert Diess, auf, die Pläne"
            " zurückzunehmen.",
            "Herbert Diess",
        ),
    ):
        article = analyze(read_string(text, language="de"), nlp=_nlp("trained"))
        requests = [e for e in article.events if e.type == "REQUEST"]
        assert [[t.name for t in e.targets] for e in requests] == [[target]], text
    text = "Republikaner werfen ihr vor, Spenderlisten verschwiegen zu haben."
    article = analyze(read_string(text, language="de"), nlp=_nlp("trained"))
    _find(article, "ACCUSE", "Republikaner")


@pytest.mark.slow
def test_unnamed_subject_before_the_verb_leaves_the_names_as_targets() -> None:
    text = "Kritiker werfen Präsident Viktor Orbán vor, die Medien zu kontrollieren."
    article = analyze(read_string(text, language="de", published="2024-03-05"), nlp=_nlp("trained"))
    ev = next(e for e in article.events if e.type == "ACCUSE")
    assert ([a.name for a in ev.actors], [t.name for t in ev.targets]) == ([], ["Viktor Orbán"])


def test_real_articles_events_are_well_formed(gnad_records: dict) -> None:
    """10kGNAD articles (no date known): events point into the text and carry no guessed date."""
    nlp = _nlp("blank")
    n_events = 0
    for rec in list(gnad_records.values())[:40]:
        article = read_string(rec["text"], language="de")
        article = analyze(article, nlp=nlp)
        for ev in article.events:
            n_events += 1
            # (violence and protest are told without parties too: "Unbekannte schossen …")
            assert ev.actors or ev.targets or ev.type in ("ASSAULT", "FIGHT", "PROTEST")
            # no duration and no guessed date; a relative reference of the event's clause
            # ("in den vergangenen Tagen" → PAST_REF) is no guess (session 17)
            assert ev.time is None or ev.time.endswith("_REF") or not ev.time.startswith(("P", "X"))
            assert article.text[ev.start : ev.end]
            assert ev.sentence in article.text
            ids = {e.id for e in article.entities}
            for ref in ev.actors + ev.targets:
                assert ref.id in ids or ref.id.startswith(("country:", "nominal:"))
    assert n_events >= 15


def test_triples_and_names() -> None:
    assert triples("CONSULT", ["A", "B"], []) == {("CONSULT", "A", "B")}
    assert triples("CONSULT", ["B"], ["A"]) == {("CONSULT", "A", "B")}
    assert triples("ACCUSE", ["A"], []) == {("ACCUSE", "A", "-")}
    assert same_name("Putins", "Wladimir Putin")
    assert same_name("Polizei", "mazedonische Polizei")
    assert not same_name("Lawrow", "Schoigu")
    # gold labels of unnamed groups ("Regierung (Mexiko)") and the text's country adjective
    assert same_name("mexikanische Regierung", "Regierung (Mexiko)")
    assert same_name("ägyptische Sicherheitskräfte", "Sicherheitskräfte (Ägypten)")
    assert not same_name("russische Regierung", "Regierung (Mexiko)")
    assert not same_name("Deutsche Bank", "Deutschland")
    # a hyphen and a space join the parts of a name alike; a hyphenated compound is no bare noun
    assert same_name("Kolinda Grabar Kitarovic", "Grabar-Kitarovic")
    assert same_name("Heinz-Christian Strache", "Heinz Christian Strache")
    assert not same_name("US-Regierung", "Regierung")
    assert not same_name("Grabar-Kitarovic", "Kitarovic-Stiftung")
    gold = {
        ("CONSULT", "Alexander Lukaschenko", "Wladimir Putin"),
        ("REJECT", "Dmitri Peskow", "-"),
    }
    pred = {("CONSULT", "Lukaschenko", "Putin"), ("REJECT", "Peskow", "Putin")}
    assert match_count(gold, pred) == 1
    assert match_count(gold, pred, relaxed=True) == 2
    # a predicted entity matches a gold name that is one of its mentions, nothing looser
    gold = {("CONSULT", "GPA-djp", "Raiffeisen")}
    pred = {("CONSULT", "GPA", "Raiffeisen")}
    assert match_count(gold, pred) == 0
    assert match_count(gold, pred, aliases={"GPA": frozenset({("gpa",), ("gpa-djp",)})}) == 1
    assert match_count(gold, pred, aliases={"GPA": frozenset({("gewerkschaft",)})}) == 0


def test_gold_alternatives_widen_a_slot_and_add_no_triples() -> None:
    from newsgraph.evaluation.events import event_alternatives, gold_alternatives

    gold_file = {
        "events": [
            # the union's head, or the union itself
            {
                "type": "REQUEST",
                "actors": ["Karl Huber"],
                "counterparts": ["Regierung"],
                "actor_alternatives": ["Gewerkschaft Bau"],
            },
            # no named actor: the federation that imposed the ban may stand for it
            {
                "type": "COERCE",
                "actors": [],
                "counterparts": ["Jan Novak"],
                "actor_alternatives": ["Fußballverband"],
            },
            # symmetric: the counterpart's alternative belongs to the counterpart's slot only
            {
                "type": "CONSULT",
                "actors": ["Anna Berg"],
                "counterparts": ["Zoltan Kiss"],
                "counterpart_alternatives": ["Ungarn"],
            },
        ]
    }
    g = gold_triples(gold_file)
    alts = gold_alternatives(gold_file)
    assert len(g) == 3
    pred = {
        ("REQUEST", "Gewerkschaft Bau", "Regierung"),
        ("COERCE", "Fußballverband", "Jan Novak"),
        ("CONSULT", "Anna Berg", "Ungarn"),  # sorted, as triples() gives it
    }
    assert match_count(g, pred) == 0
    assert match_count(g, pred, alts=alts) == 3
    assert match_count(g, pred, relaxed=True, alts=alts) == 3
    # the gold names still match; an alternative does not move to another slot
    assert match_count(g, {("COERCE", "-", "Jan Novak")}, alts=alts) == 1
    assert match_count(g, {("REQUEST", "Regierung", "Gewerkschaft Bau")}, alts=alts) == 0
    assert match_count(g, {("CONSULT", "Ungarn", "Zoltan Kiss")}, alts=alts) == 0
    one = event_alternatives(gold_file["events"][2])
    assert one[("CONSULT", "Anna Berg", "Zoltan Kiss")] == (frozenset(), frozenset({"Ungarn"}))


def test_eval_events_on_the_seed_folder() -> None:
    report = evaluate_dir(SEED_DIR)
    (score,) = report.files
    assert score.error is None
    assert score.gold_events == 6
    assert score.recall >= 0.66
    assert score.times_recall == 1.0
    assert score.amounts_recall == 1.0


def test_cli_events_and_eval(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(
        app,
        ["events", str(SEED_TXT), "--published", "2022-12-19", "--type", "REJECT", "-f", "jsonl"],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [r["type"] for r in rows] == ["REJECT"]
    assert rows[0]["actors"][0]["name"] == "Dmitri Peskow"
    res = runner.invoke(app, ["events", str(SEED_TXT), "--actor", "Lawrow", "-f", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("article,published,type")
    assert len(lines) >= 2 and all("Lawrow" in line for line in lines[1:])
    res = runner.invoke(app, ["eval", "events", str(SEED_DIR), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["total"]["events"]["gold"] == 6
    assert data["total"]["times"]["recall"] == 1.0
    res = runner.invoke(app, ["eval", "events", str(tmp_path)])
    assert res.exit_code == 2


def test_cli_events_from_the_store(tmp_path: Path) -> None:
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    res = runner.invoke(app, ["ingest", str(SEED_TXT), "--published", "2022-12-19", "--db", db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(
        app, ["events", "--db", db, "--since", "2022-12-01", "--type", "REJECT", "-f", "jsonl"]
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [(r["type"], r["actors"][0]["name"], r["time"]) for r in rows] == [
        ("REJECT", "Dmitri Peskow", "2022-12-19")
    ]
    res = runner.invoke(app, ["events", "--db", db, "--since", "2023-01-01", "-f", "jsonl"])
    assert res.exit_code == 0 and res.stdout.strip() == ""
    res = runner.invoke(app, ["events", str(SEED_TXT), "--since", "2022-12-01"])
    assert res.exit_code != 0  # --since needs --db


@pytest.mark.slow
def test_eval_events_on_the_gold_folder() -> None:
    """Hand-annotated articles (10kGNAD and web pages): a floor under today's numbers."""
    if not nlp_available("de"):
        pytest.skip("the trained German pipeline is not built")
    report = evaluate_dir(TESTS / "fixtures" / "gold")
    assert not [f.name for f in report.files if f.error]
    total = report.total
    assert total.gold_events >= 150
    # (session 8: 0.42 / 0.23 on 99 files; was a floor of 0.2 / 0.12; session 9: 0.404 /
    # 0.226 on 116 files, floor raised from 0.38 / 0.21; session 10: 0.399 / 0.232 on 126
    # files, recall floor raised from 0.215; then check set 11 joined (20 fresh files, events F1
    # 0.10 on them): 0.395 / 0.222 on 146 files, floors lowered to 0.385 / 0.215 because a
    # harder part joined. Times / amounts recall 0.921 / 0.925 on 146 files, floors raised
    # from 0.85; session 11: check set 12 joined (24 fresh files, events F1 0.16 on them):
    # 0.376 / 0.209 on 170 files, floors lowered to 0.370 / 0.205 because a harder part joined)
    # end of session 11: 55 tuning articles joined (225 files) and the news-tuned NER shipped:
    # 0.345 / 0.179 (0.349 / 0.178 with the previous NER); times / amounts recall 0.907 / 0.875
    # (the new files list counts and ranges the rules miss), amounts floor lowered to 0.87
    # then the 52 round-2 tuning articles joined (277 files): 0.333 / 0.169, floors 0.325 / 0.165
    # session 13: check set 14 joined (24 fresh files, times recall 0.798 on them): on the 318
    # files 0.340 / 0.173, times / amounts recall 0.893 / 0.878 — times floor lowered to 0.88
    # because a harder part joined; session 13, events recall work (argument roles from the
    # clause structure): 0.344 / 0.1775 on the 1,448 gold triples of the folder (0.341 /
    # 0.173 with the events code of the session start), floors raised from 0.325 / 0.165;
    # session 15: amounts in compounds ("20-Dollar-Note"), in "-fach", "eine halbe Million",
    # ranges ending in a bare scale: amounts recall 0.873 -> 0.887 on the 351 files, floor
    # raised from 0.87
    assert total.precision >= 0.335 and total.recall >= 0.172
    assert total.times_recall >= 0.88
    assert total.amounts_recall >= 0.88


@pytest.mark.slow
def test_a_sentence_the_parser_cut_is_read_whole() -> None:
    """Session 9: the parser cuts "Jürgen Kremb erhebt nun" | "schwere Vorwürfe gegen …" (no
    sentence-final mark between the pieces); the events read the pieces put together and
    parsed again, so the accusation has its actor and its target."""
    from newsgraph.events.sentences import article_sentences, rejoin_cut_sentences
    from newsgraph.pipeline import build_context

    nlp = _nlp("trained")
    text = "Jürgen Kremb erhebt nun schwere Vorwürfe gegen Michael Häupl. Häupl schwieg."
    ctx = build_context(read_string(text, language="de"), nlp)
    pieces = article_sentences(ctx)
    joined = rejoin_cut_sentences(ctx, pieces)
    assert [s.text for s in joined][:1] == [
        "Jürgen Kremb erhebt nun schwere Vorwürfe gegen Michael Häupl."
    ]
    assert [s.index for s in joined] == list(range(len(joined)))
    article = analyze(read_string(text, language="de"), nlp=nlp)
    accusations = [
        ([a.name for a in e.actors], [t.name for t in e.targets])
        for e in article.events
        if e.type == "ACCUSE"
    ]
    assert accusations == [(["Jürgen Kremb"], ["Michael Häupl"])]
