"""Session 11, chains: reported-speech chains and the speakers they carry (extract.py).
Sentences written for the tests; blank pipelines, the statistical NER's spans given by hand."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from newsgraph.model import Quote
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string
from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def nlp_de() -> Any:
    return load_nlp("de")


def test_bescheinigen_is_a_cue_that_starts_a_chain(blank_de: Language) -> None:
    # "…, bescheinigte X vom Y-Krankenhaus": the forward cue names the speaker of the
    # Konjunktiv sentence and of the one after it
    quotes = quotes_of(
        blank_de,
        "Der Kandidat ist gesund. Der 69-Jährige verfüge über große Ausdauer und habe keine "
        "Beschwerden gehabt, bescheinigte Harald Bornholm vom Stadtspital. Auch das Herz des "
        "Kandidaten sei kräftig.",
        [("Harald Bornholm", "PER")],
    )
    first = next(q for q in quotes if "große Ausdauer" in q.text)
    assert first.cue == "bescheinigte Harald Bornholm"
    assert "bescheinigte" not in first.text
    assert speaker_of(quotes, "Herz des Kandidaten") == "Harald Bornholm"


def _pipeline_quotes(text: str, nlp: Any) -> list[Quote]:
    return analyze(read_string(text, language="de"), stages=["entities", "quotes"], nlp=nlp).quotes


def test_a_konjunktiv_ii_participle_in_a_chain_is_no_new_source(nlp_de: Any) -> None:
    # "Die französischen Behörden hätten … ersucht.": the Konjunktiv II stands for the
    # Konjunktiv I that looks like the indicative; the prosecutors go on speaking, the
    # authorities do not take the chain over
    text = (
        "Rotterdam – Die Polizei nahm am Sonntag einen Mann fest. Nach Angaben der "
        "Staatsanwaltschaft Rotterdam soll der 32-jährige Franzose schnell an Frankreich "
        "ausgeliefert werden. Die französischen Behörden hätten bereits am Freitag um dessen "
        "Festnahme ersucht. Der Mann sei im Zuge von Ermittlungen identifiziert worden."
    )
    qs = _pipeline_quotes(text, nlp_de)
    got = {q.text: (q.speaker.name if q.speaker else None) for q in qs if q.kind == "indirect"}
    src = got.get(next((t for t in got if "ausgeliefert" in t), ""), "missing")
    assert src is not None and "Staatsanwaltschaft" in src, got
    reported = [t for t in got if "identifiziert worden" in t]
    assert reported and got[reported[0]] == src, got
    assert any("um dessen Festnahme ersucht" in t and got[t] == src for t in got), got


def test_a_bare_hiess_es_after_the_writers_sentence_names_nobody(blank_de: Language) -> None:
    # "…, hieß es." after a sentence of the writer's own does not go back to the speaker
    # before it; right after that speaker's speech, or with "weiter", it does
    quotes = quotes_of(
        blank_de,
        "Graz – Die Sitzung werde lange dauern, sagte Lambert Schönauer. Erstmals war die "
        "Sitzung von Dolmetscherinnen begleitet. Bis 2017 solle es ein Angebot geben, hieß es.",
        [("Lambert Schönauer", "PER")],
    )
    assert speaker_of(quotes, "Sitzung werde lange") == "Lambert Schönauer"
    assert speaker_of(quotes, "Bis 2017 solle") is None
    quotes = quotes_of(
        blank_de,
        "Graz – Die Sitzung werde lange dauern, sagte Lambert Schönauer. Erstmals war die "
        "Sitzung von Dolmetscherinnen begleitet. Bis 2017 solle es ein Angebot geben, hieß es "
        "weiter.",
        [("Lambert Schönauer", "PER")],
    )
    assert speaker_of(quotes, "Bis 2017 solle") == "Lambert Schönauer"


def test_the_origin_of_an_impersonal_cue_after_es_or_an_adverbial(blank_de: Language) -> None:
    # "verlautete es aus dem X", "hieß es am Freitag seitens des X": the origin is the source
    quotes = quotes_of(
        blank_de,
        "Bern – Die Zahlen stiegen stark an, berichtete die Bundeskanzlei. Wir könnten in "
        "Schwierigkeiten geraten, verlautete es aus dem Finanzdepartement. Wie lange die Hilfe "
        "dauere, sei noch unklar, hieß es am Freitag seitens des Militärkommandos Tessin.",
        [
            ("Bundeskanzlei", "ORG"),
            ("Finanzdepartement", "ORG"),
            ("Militärkommandos Tessin", "ORG"),
        ],
    )
    assert speaker_of(quotes, "in Schwierigkeiten") == "Finanzdepartement"
    # the name in the nominative since "kommando" is a seat head of the entity layer (session 16)
    assert speaker_of(quotes, "Wie lange die Hilfe") == "Militärkommando Tessin"


def test_the_owner_of_a_speech_noun_speaks_its_content(blank_de: Language) -> None:
    # "Zu Schellings Argument, es gebe …", "die Mitterlehner-Aussage, wonach …": the content
    # clause after the noun is its owner's, not the chain's current speaker's
    quotes = quotes_of(
        blank_de,
        "Wien – Finanzminister Hans Schellberg verlangt Reformen. Die Notstandshilfe garantiere "
        "Sicherheit, sagte ÖGB-Chef Erich Fogel. Zu Schellbergs Argument, es gebe einen akuten "
        "Fachkräftemangel, gibt Fogel zu bedenken: Der Fachkräftemangel ist ein Mythos.",
        [("Erich Fogel", "PER"), ("Hans Schellberg", "PER")],
    )
    owned = next(q for q in quotes if "akuten Fachkräftemangel" in q.text)
    assert owned.text == "es gebe einen akuten Fachkräftemangel"
    assert speaker_of(quotes, "akuten Fachkräftemangel") == "Hans Schellberg"
    assert speaker_of(quotes, "ist ein Mythos") == "Erich Fogel"
    quotes = quotes_of(
        blank_de,
        "Wien – Vizekanzler Reinhold Mitterhuber verlangt Reformen. Die Sozialpartner hätten "
        "stets Vorschläge gemacht, beklagte sich Rudolf Kasper. Kein Verständnis hat er auch für "
        "die Mitterhuber-Aussage, wonach die Arbeitnehmer ständig neue Regeln fordern würden.",
        [("Rudolf Kasper", "PER"), ("Reinhold Mitterhuber", "PER")],
    )
    owned = next(q for q in quotes if "neue Regeln" in q.text)
    assert owned.text == "die Arbeitnehmer ständig neue Regeln fordern würden"
    assert speaker_of(quotes, "neue Regeln") == "Reinhold Mitterhuber"


def test_a_speech_noun_inside_reported_content_keeps_the_speaker(blank_de: Language) -> None:
    # "…, dass die Position der FPÖ, dass …, absurd sei": the noun is part of what the speaker
    # reports; the whole clause stays the speaker's
    quotes = quotes_of(
        blank_de,
        "Wien – Die Grünen wollen mehr Hilfe. Ihre Chefin Eva Glawar sagte, dass die Position "
        "der FPÖ, dass niemand mehr hereinkomme, ebenso absurd sei wie offene Grenzen.",
        [("Eva Glawar", "PER"), ("FPÖ", "ORG")],
    )
    assert speaker_of(quotes, "ebenso absurd") == "Eva Glawar"
