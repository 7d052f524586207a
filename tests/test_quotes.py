"""Quotes layer: quotation marks, Konjunktiv, speakers, continuation, source phrases, English.

The sentences here were written for these tests. Entities are built by hand (``_entities``) so
the quote logic is checked on its own; the reference report and the gold folder run the full
pipeline (tests/test_quotes_gold.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsgraph.model import Article, Entity, Mention, Quote
from newsgraph.quotes import mood
from newsgraph.quotes.extract import extract_quotes
from newsgraph.quotes.lexicon import load, weak_forms
from newsgraph.quotes.text import find_quote_marks, split_sentences, tokenize
from newsgraph.readers import read_string


def _article(
    text: str,
    people: dict[str, list[str]],
    orgs: dict[str, list[str]] | None = None,
    language: str = "de",
) -> Article:
    article = read_string(text, language=language)
    ents = []
    spec = [(n, "PER", f) for n, f in people.items()] + [
        (n, "ORG", f) for n, f in (orgs or {}).items()
    ]
    for k, (name, typ, forms) in enumerate(spec):
        mentions = []
        for form in sorted(set([*forms, name]), key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", article.text):
                if not any(
                    x.start <= m.start() < x.end for e in ents for x in e.mentions
                ) and not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(text=m.group(0), start=m.start(), end=m.end()))
        ents.append(
            Entity(
                id=f"{typ.lower()}-{k}",
                type=typ,
                name=name,
                mentions=sorted(mentions, key=lambda x: x.start),
            )
        )
    article.entities = ents
    return article


def _quotes(
    text: str,
    people: dict[str, list[str]],
    orgs: dict[str, list[str]] | None = None,
    language: str = "de",
) -> list[Quote]:
    article = _article(text, people, orgs, language)
    quotes = extract_quotes(article)
    for q in quotes:
        assert article.text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
    return quotes


def _by_text(quotes: list[Quote], fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote with {fragment!r} in {[q.text for q in quotes]}"
    return hits[0]


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# -- quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, inner",
    [
        ("Er sagte: „Wir bleiben hier.“ Dann ging er.", "Wir bleiben hier."),
        ("»Das ist falsch«, sagte sie.", "Das ist falsch"),
        ("«Das ist falsch», sagte sie.", "Das ist falsch"),
        ('"Das ist falsch", sagte sie.', "Das ist falsch"),
        ("Sie nannte das ‚völlig absurd‘.", "völlig absurd"),
        ("Sie nannte das 'völlig absurd'.", "völlig absurd"),
        ("“We are ready,” she said.", "We are ready,"),
    ],
)
def test_quote_mark_styles(text: str, inner: str) -> None:
    pairs = find_quote_marks(text)
    assert [text[p.open + 1 : p.close] for p in pairs] == [inner]


def test_apostrophes_are_not_quotes() -> None:
    text = "Das war's, sagte er. Don't panic, it's Jones' car."
    assert find_quote_marks(text) == []


def test_sentences_do_not_split_inside_quotes() -> None:
    text = "„Wir kommen. Ganz sicher“, sagte er am 3. März. Dann ging er."
    spans = split_sentences(text, find_quote_marks(text))
    assert [text[a:b] for a, b in spans] == [
        "„Wir kommen. Ganz sicher“, sagte er am 3. März.",
        "Dann ging er.",
    ]


# -- lexicon and mood ---------------------------------------------------------------------


def test_speech_verb_forms_are_generated() -> None:
    lex = load("de")
    assert {"sagt", "sagte", "gesagt"} <= set(weak_forms("sagen"))
    assert "berichtete" in weak_forms("berichten")
    assert "kritisiert" in weak_forms("kritisieren") and "gekritisiert" not in weak_forms(
        "kritisieren"
    )
    assert "mitteilte" in lex.joined_forms and "teilte" in lex.verb_forms
    assert "verwies" in lex.verb_forms and "sprach" in lex.verb_forms


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("die Wirtschaft genieße Priorität", True),
        ("Russland sei bereit", True),
        ("das Land habe keine Informationen", True),
        ("Ich habe keine Informationen", False),
        ("die Wirtschaft wächst", False),
    ],
)
def test_konjunktiv_one(sentence: str, expected: bool) -> None:
    assert mood.konj1(tokenize(sentence), load("de")) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dramatischer wäre, dass die EU ihre größte Militärmacht verlöre", True),
        ("Was anderswo gang und gäbe ist, war in Wien bisher nicht möglich", False),
        ("Er sagte, es gäbe keine Alternative", True),
    ],
)
def test_konjunktiv_two_but_not_in_an_idiom(sentence: str, expected: bool) -> None:
    assert mood.konj2(tokenize(sentence), load("de"), cueless=True) is expected


# -- direct and partial quotes --------------------------------------------------------------


def test_direct_quote_with_inverted_cue_and_continuation() -> None:
    text = (
        "Die Ministerin Anna Berger besuchte am Montag die Werft.\n\n"
        "„Wir investieren in diese Region“, sagte Berger. „Und das bleibt auch so.“ "
        "Danach fuhr sie weiter."
    )
    qs = _quotes(text, {"Anna Berger": ["Berger"]})
    first = _by_text(qs, "Wir investieren")
    second = _by_text(qs, "Und das bleibt")
    assert first.kind == second.kind == "direct"
    assert _speaker(first) == _speaker(second) == "Anna Berger"
    assert first.cue and "sagte" in first.cue


def test_partial_quote_and_pronoun_speaker() -> None:
    text = (
        "Der Bürgermeister Klaus Huber traf sich mit Vertretern der Händler. "
        "Er beurteilte das Treffen als „sehr konstruktiv“. "
        "Die Pläne seien „ein guter Anfang“, sagte er."
    )
    qs = _quotes(text, {"Klaus Huber": ["Huber"]})
    a = _by_text(qs, "sehr konstruktiv")
    b = _by_text(qs, "ein guter Anfang")
    assert a.kind == b.kind == "partial"
    assert _speaker(a) == _speaker(b) == "Klaus Huber"


def test_role_noun_speaker_bound_by_mentions() -> None:
    text = (
        "Kanzlerin Petra Lang empfing den Gast aus Paris. "
        "Die Regierungschefin sprach von „offenen und freundlichen“ Gesprächen."
    )
    qs = _quotes(text, {"Petra Lang": ["Lang", "Kanzlerin", "Die Regierungschefin"]})
    q = _by_text(qs, "offenen und freundlichen")
    assert q.kind == "partial" and _speaker(q) == "Petra Lang"


def test_pronoun_prefers_current_speaker_over_later_mention() -> None:
    text = (
        "Der Sprecher Jens Maurer wies Berichte zurück, Tom Weber wolle zurücktreten. "
        "Das seien „haltlose Gerüchte“, sagte er."
    )
    qs = _quotes(text, {"Jens Maurer": ["Maurer"], "Tom Weber": ["Weber"]})
    assert _speaker(_by_text(qs, "haltlose Gerüchte")) == "Jens Maurer"
    reported = _by_text(qs, "wolle zurücktreten")
    assert reported.kind == "indirect" and _speaker(reported) == "Jens Maurer"


def test_quote_in_heading_takes_the_headings_person() -> None:
    text = "Berger: „Wir bleiben standhaft“\n\nDie Ministerin Anna Berger reiste ab."
    qs = _quotes(text, {"Anna Berger": ["Berger"]})
    q = _by_text(qs, "Wir bleiben standhaft")
    assert q.kind == "direct" and _speaker(q) == "Anna Berger"


def test_quoted_names_are_not_quotes() -> None:
    text = "Die Zeitung „Neue Presse“ erschien am Montag mit einer Sonderausgabe."
    assert _quotes(text, {}) == []


# -- unquoted direct speech (10kGNAD style) ----------------------------------------------------


def test_unquoted_direct_speech_with_trailing_cue() -> None:
    text = (
        "Der Trainer Max Roth war enttäuscht. Ich habe so etwas noch nie erlebt. "
        "Das Spiel war eine Katastrophe, sagte Roth nach dem Abpfiff."
    )
    qs = _quotes(text, {"Max Roth": ["Roth"]})
    cue = _by_text(qs, "Das Spiel war eine Katastrophe")
    assert cue.kind == "direct" and cue.text == "Das Spiel war eine Katastrophe"
    assert _speaker(cue) == "Max Roth"
    before = _by_text(qs, "Ich habe so etwas")
    assert before.kind == "direct" and _speaker(before) == "Max Roth"


def test_so_cue() -> None:
    text = "Die Lage ist ernst, so der Minister Paul Kern am Dienstag."
    q = _by_text(_quotes(text, {"Paul Kern": ["Kern"]}), "Die Lage ist ernst")
    assert q.kind == "direct" and _speaker(q) == "Paul Kern"


# -- reported speech -------------------------------------------------------------------------


def test_konjunktiv_clause_after_speech_verb() -> None:
    text = "Beim Treffen sagte Laura Stein, die Wirtschaft wachse wieder."
    q = _by_text(_quotes(text, {"Laura Stein": ["Stein"]}), "die Wirtschaft wachse")
    assert q.kind == "indirect" and _speaker(q) == "Laura Stein"
    assert q.text == "die Wirtschaft wachse wieder"


def test_dass_clause_after_speech_verb() -> None:
    text = "Laura Stein traf den Gouverneur. Die Politikerin verwies darauf, dass die Exporte gestiegen seien."
    q = _by_text(_quotes(text, {"Laura Stein": ["Stein"]}), "dass die Exporte")
    assert q.kind == "indirect" and _speaker(q) == "Laura Stein"


def test_source_phrases_and_continuation() -> None:
    text = (
        "Drei Menschen wurden verletzt, wie die Feuerwehr mitteilte. "
        "Der Brand sei gegen Mitternacht ausgebrochen. "
        "Laut Polizei gab es keine Hinweise auf Brandstiftung. "
        "Der Schaden liegt der Versicherung zufolge bei einer Million Euro."
    )
    qs = _quotes(text, {}, {"Feuerwehr": [], "Polizei": [], "Versicherung": []})
    assert _speaker(_by_text(qs, "Drei Menschen wurden verletzt")) == "Feuerwehr"
    cont = _by_text(qs, "Der Brand sei")
    assert cont.kind == "indirect" and _speaker(cont) == "Feuerwehr"
    assert _speaker(_by_text(qs, "keine Hinweise")) == "Polizei"
    assert _speaker(_by_text(qs, "Der Schaden liegt")) == "Versicherung"
    assert all(q.kind == "indirect" for q in qs)


def test_unnamed_speaker_is_null() -> None:
    text = "Ein Augenzeuge sagte, die Explosion sei sehr laut gewesen."
    q = _by_text(_quotes(text, {}), "die Explosion sei")
    assert q.kind == "indirect" and q.speaker is None


def test_place_only_source_is_not_a_quote() -> None:
    text = "Die Minister sollen nach Angaben aus Berlin an dem Treffen teilnehmen."
    assert _quotes(text, {}) == []


# -- English ---------------------------------------------------------------------------------


def test_english_quotes_and_reported_speech() -> None:
    text = (
        "Senator Mary Collins visited the plant on Monday. "
        "“We will not back down,” Collins said. "
        "She said that the plant would stay open."
    )
    qs = _quotes(text, {"Mary Collins": ["Collins"]}, language="en")
    direct = _by_text(qs, "We will not back down")
    assert direct.kind == "direct" and _speaker(direct) == "Mary Collins"
    reported = _by_text(qs, "that the plant would stay open")
    assert reported.kind == "indirect" and _speaker(reported) == "Mary Collins"


def test_unnamed_spokesman_speaks_for_the_organisation() -> None:
    text = (
        "Die Räumung war aus Sicht der Stadtverwaltung notwendig. "
        "Jede Unterkunft sei besser als das Lager, sagte ein Sprecher am Montag. "
        "Ein Arzt sagte, die Lage sei ernst."
    )
    qs = _quotes(text, {}, {"Stadtverwaltung": []})
    assert _speaker(_by_text(qs, "Jede Unterkunft sei besser")) == "Stadtverwaltung"
    assert _by_text(qs, "die Lage sei ernst").speaker is None


def test_titles_in_quotation_marks_are_names_not_quotes() -> None:
    text = (
        "Die Sängerin hat abgenommen, wie die britische Zeitung „The Sun“ berichtete. "
        "Laut der „The Sun“ trainiert sie täglich."
    )
    qs = _quotes(text, {}, {"The Sun": []})
    assert all(q.kind == "indirect" for q in qs)
    assert {_speaker(q) for q in qs} == {"The Sun"}
    assert (
        _by_text(qs, "Die Sängerin hat abgenommen").cue
        == "wie die britische Zeitung „The Sun“ berichtete"
    )


def test_colon_after_reported_speech_goes_on_directly() -> None:
    text = (
        "Der Spieler Lee Park entschuldigte sich bei den Fans, er habe die Erwartungen nicht erfüllt: "
        "Ich war machtlos."
    )
    qs = _quotes(text, {"Lee Park": ["Park"]})
    q = _by_text(qs, "Ich war machtlos")
    assert q.kind == "direct" and _speaker(q) == "Lee Park"


def test_person_after_comma_closes_a_statement() -> None:
    text = "Ich habe mit dem Pfiff gerechnet, zeigte sich auch Torwart Timo Horn verblüfft."
    q = _by_text(_quotes(text, {"Timo Horn": ["Horn"]}), "Ich habe mit dem Pfiff")
    assert q.kind == "direct" and q.text == "Ich habe mit dem Pfiff gerechnet"
    assert _speaker(q) == "Timo Horn"


def test_fronted_clause_is_not_speech() -> None:
    text = "Weil es offene Probleme gibt, fordert Florian Bieber mehr Engagement von der EU."
    assert _quotes(text, {"Florian Bieber": ["Bieber"]}) == []


def test_statement_between_two_quotes_of_one_speaker() -> None:
    text = (
        "Das Ausmaß der Gewalt ist erschreckend, erklärte der Minister Jonas Wolf. "
        "Die Täter dürfen nicht davonkommen. "
        "Sie müssen bestraft werden, forderte Wolf."
    )
    q = _by_text(_quotes(text, {"Jonas Wolf": ["Wolf"]}), "Die Täter dürfen")
    assert q.kind == "direct" and _speaker(q) == "Jonas Wolf"


def test_nominal_and_infinitive_content() -> None:
    text = (
        "Der Trainer Michael Frost sprach von einem glücklichen Erfolg. "
        "Die Gewerkschafterin Eva Lind warf dem Minister vor, Lohndumping fördern zu wollen."
    )
    qs = _quotes(text, {"Michael Frost": ["Frost"], "Eva Lind": ["Lind"]})
    nominal = _by_text(qs, "einem glücklichen Erfolg")
    assert nominal.kind == "indirect" and _speaker(nominal) == "Michael Frost"
    infinitive = _by_text(qs, "Lohndumping fördern zu wollen")
    assert infinitive.kind == "indirect" and _speaker(infinitive) == "Eva Lind"


def test_reported_clause_after_the_cue_wins() -> None:
    text = (
        "Zur Frage, ob das Land Hilfe brauche, sagte Minister Ivo Marek, dies sei nicht der Fall."
    )
    qs = _quotes(text, {"Ivo Marek": ["Marek"]})
    q = _by_text(qs, "dies sei nicht der Fall")
    assert q.kind == "indirect" and _speaker(q) == "Ivo Marek"
    assert not any("Zur Frage" in x.text for x in qs)


@pytest.mark.parametrize(
    "text",
    [
        "„Ein Zitat ohne Ende, sagte er.",
        "Nur ein Satz.",
        "»«, sagte sie. „“",
        "Er sagte: „",
        ", sagte er.",
    ],
)
def test_odd_input_does_not_break(text: str) -> None:
    for q in _quotes(text, {}):
        assert q.text.strip()


def test_quoted_names_with_a_distant_cue_are_not_quotes() -> None:
    text = (
        "Das Verfahren dauerte drei Jahre. "
        "Wie das Gericht erklärte, dürfe die Seite das Rezept „Sigara Börek mit Hack“ nicht zeigen. "
        "Der Minister Paul Kern sprach von „Hirngespinsten“."
    )
    qs = _quotes(text, {"Paul Kern": ["Kern"]})
    assert not any("Sigara" in q.text and q.kind == "partial" for q in qs)
    q = _by_text(qs, "Hirngespinsten")
    assert q.kind == "partial" and _speaker(q) == "Paul Kern"


def test_nouns_are_not_konjunktiv() -> None:
    lex = load("de")
    assert not mood.konj2(tokenize("Er hat das mit Würde gemacht"), lex)
    assert mood.konj2(tokenize("Das würde niemanden motivieren"), lex)


# -- unquoted direct speech across sentences ------------------------------------------------


def test_first_person_chain_runs_back_over_continuations_and_own_conditionals() -> None:
    text = (
        "Graz – Die Bürgermeisterin Petra Lang äußerte sich am Montag zum Haushalt. "
        "Die Stadt braucht jetzt einen klaren Plan. "
        "Eine Steuererhöhung würde vor allem die Familien treffen. "
        "Wir haben die Zahlen genau geprüft, sagte Lang."
    )
    qs = _quotes(text, {"Petra Lang": ["Lang", "Bürgermeisterin"]})
    for fragment in ("Die Stadt braucht", "Eine Steuererhöhung würde", "Wir haben die Zahlen"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Petra Lang", fragment
    assert not [q for q in qs if "äußerte sich" in q.text]


def test_konjunktiv_one_in_second_position_after_a_pronoun() -> None:
    lex = load("de")
    assert mood.konj1(tokenize("Das berge ein hohes Risiko.", 0), lex)
    assert mood.konj1(tokenize("Es brauche dafür mehr Zeit.", 0), lex)
    assert not mood.konj1(tokenize("Das ganze Land feiert.", 0), lex)
    assert not mood.konj1(tokenize("Das kleine rote Auto steht vor der Tür.", 0), lex)


def test_elliptical_sentence_goes_on_with_the_previous_quote() -> None:
    text = (
        "In einer Frage sind wir uns völlig einig, sagte die Ministerin Eva Brandt. "
        "Nämlich dass die Schulen im ganzen Jahr offen waren."
    )
    q = _by_text(_quotes(text, {"Eva Brandt": ["Brandt"]}), "Nämlich dass")
    assert q.kind == "direct" and _speaker(q) == "Eva Brandt"


def test_first_person_after_a_source_phrase_is_the_author() -> None:
    text = (
        "Laut der Insiderin Tina Kurz hat die Sängerin im Mai geheiratet. "
        "Wir freuen uns mit ihr und wünschen alles Gute."
    )
    qs = _quotes(text, {"Tina Kurz": ["Kurz"]})
    assert not [q for q in qs if "Wir freuen uns" in q.text]


def test_heading_run_into_the_text_is_cut_off_before_er() -> None:
    text = (
        "Der Präsident Karl Ober lobte die Helfer. "
        "Dank an die Helfer Er würdigte die Arbeit der Freiwilligen, erklärte Ober."
    )
    qs = _quotes(text, {"Karl Ober": ["Ober"]})
    q = _by_text(qs, "würdigte die Arbeit")
    assert q.kind == "indirect" and q.text.startswith("Er würdigte")
    assert _speaker(q) == "Karl Ober"


def test_first_person_block_without_a_cue_belongs_to_the_subject_before_it() -> None:
    text = (
        # a dateline: a one-line text without one reads its first sentence as the lead
        "Wien – Über den Starttermin wollte sich Intendant Markus Feld am Dienstag nicht äußern. "
        "Das Festival wird kleiner und persönlicher. "
        "Wir setzen auf junge Bands aus der Region. "
        "Das ist unser Weg."
    )
    qs = _quotes(text, {"Markus Feld": ["Feld"]})
    for fragment in ("Das Festival wird kleiner", "Wir setzen auf", "Das ist unser Weg"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Markus Feld", fragment
    assert not [q for q in qs if "Starttermin" in q.text]


def test_first_person_block_needs_a_subject_outside_a_relative_clause() -> None:
    text = (
        "Das Rezept, das Koch Timo Brand erfunden hat, verbreitet sich schnell im Netz. "
        "Wir sind gespannt, wie es weitergeht."
    )
    assert _quotes(text, {"Timo Brand": ["Brand"]}) == []


def test_statement_after_first_person_continuation_goes_on() -> None:
    text = (
        "Der Wohnungsmangel ist hausgemacht, kritisierte Verbandschef Tobias Renn. "
        "Wir fordern seit Jahren mehr Bauland. "
        "Da stellt sich schon die Frage, wer eigentlich die Verantwortung trägt."
    )
    q = _by_text(_quotes(text, {"Tobias Renn": ["Renn"]}), "Da stellt sich")
    assert q.kind == "direct" and _speaker(q) == "Tobias Renn"


def test_statement_about_the_speaker_does_not_continue_his_speech() -> None:
    text = (
        "Ich wurde zweimal festgenommen, sagt der Aktivist Omar Said. "
        "Ich habe meine Familie seit Monaten nicht gesehen. "
        "Jedes Mal verhandeln Freunde über seine Freilassung."
    )
    qs = _quotes(text, {"Omar Said": ["Said"]})
    assert _by_text(qs, "Ich habe meine Familie").kind == "direct"
    assert not [q for q in qs if "Freilassung" in q.text]


def test_what_the_first_person_was_told_is_their_own_account() -> None:
    text = (
        "Die Bäuerin Anna Roth lebt seit dem Hochwasser bei Verwandten. "
        "Beamte haben uns erklärt, dass die Hilfe bald komme. "
        "Ich warte noch immer darauf."
    )
    qs = _quotes(text, {"Anna Roth": ["Roth"]})
    told = _by_text(qs, "Beamte haben uns erklärt")
    assert told.kind == "direct" and _speaker(told) == "Anna Roth"
    nested = [q for q in qs if q.text == "dass die Hilfe bald komme"]
    assert len(nested) == 1 and nested[0].kind == "indirect" and _speaker(nested[0]) is None
    waits = _by_text(qs, "Ich warte")
    assert waits.kind == "direct" and _speaker(waits) == "Anna Roth"


def test_reported_part_before_a_colon_of_direct_speech() -> None:
    text = (
        "Wir sehen die Sonde noch nicht, sagte der Ingenieur Paul Weber. "
        "Bei diesem Abstand sei das Teleskop zu schwach: Wir brauchen bessere Bilder."
    )
    qs = _quotes(text, {"Paul Weber": ["Weber"]})
    reported = _by_text(qs, "sei das Teleskop zu schwach")
    assert reported.kind == "indirect" and _speaker(reported) == "Paul Weber"
    direct = _by_text(qs, "Wir brauchen bessere Bilder")
    assert direct.kind == "direct" and _speaker(direct) == "Paul Weber"


# -- post-posed cue clauses, colon cues, chains -------------------------------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # any finite verb with its subject after the content closes the statement
        (
            "Die Halle ist viel zu klein für uns, polterte Vereinschef Tobias Brandt.",
            "Die Halle ist viel zu klein für uns",
            "Tobias Brandt",
        ),
        # reflexive verb, then the name
        (
            "Bis heute hat niemand zurückgerufen, ärgerte sich Tobias Brandt.",
            "Bis heute hat niemand zurückgerufen",
            "Tobias Brandt",
        ),
        # a fronted subordinate clause: its comma is followed by the main verb, not the cue
        (
            "Wenn die Stadt nicht zahlt, muss der Verein eben selbst bauen, drohte Tobias Brandt.",
            "Wenn die Stadt nicht zahlt, muss der Verein eben selbst bauen",
            "Tobias Brandt",
        ),
        # a genitive name governs a role noun; the speaker is the name in apposition
        (
            "Das ist ein teurer Irrtum, entgegnete Brandts Vorgängerin, Kämmerin Petra Lenz.",
            "Das ist ein teurer Irrtum",
            "Petra Lenz",
        ),
    ],
)
def test_postposed_cue_clause_is_cut_off(text: str, content: str, speaker: str) -> None:
    qs = _quotes(text, {"Tobias Brandt": ["Brandt", "Brandts"], "Petra Lenz": ["Lenz"]})
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.text for q in direct] == [content]
    assert _speaker(direct[0]) == speaker


def test_postposed_pronoun_is_the_person_just_introduced() -> None:
    text = (
        "Die Trainerin Maria Stein redete lange mit dem Kapitän. "
        "Gelassen reagierte auch Sportdirektor Jonas Weiß. "
        "Wir verlieren hier nicht die Nerven, ließ er die Reporter wissen."
    )
    qs = _quotes(text, {"Maria Stein": ["Stein"], "Jonas Weiß": ["Weiß"]})
    q = _by_text(qs, "Wir verlieren hier nicht die Nerven")
    assert q.kind == "direct" and q.text == "Wir verlieren hier nicht die Nerven"
    assert _speaker(q) == "Jonas Weiß"


def test_names_after_a_preposition_are_no_postposed_subject() -> None:
    text = (
        "Die Zahl der Gäste, die aus dem Umland kommen, stieg nach Angaben von Bürgermeister "
        "Uwe Lenz deutlich."
    )
    qs = _quotes(text, {"Uwe Lenz": ["Lenz"]})
    assert not [q for q in qs if q.kind == "direct"]


def test_postposed_cue_after_a_colon() -> None:
    text = "Der Umbau sei längst geplant, aber: Bis heute fehlt jeder Cent, klagte Tobias Brandt."
    qs = _quotes(text, {"Tobias Brandt": ["Brandt"]})
    q = _by_text(qs, "Bis heute fehlt jeder Cent")
    assert q.kind == "direct" and q.text == "Bis heute fehlt jeder Cent"
    assert _speaker(q) == "Tobias Brandt"
    before = _by_text(qs, "Der Umbau sei längst geplant")
    assert before.kind == "indirect" and _speaker(before) == "Tobias Brandt"


def test_speakers_clause_before_a_colon_introduces_the_speech() -> None:
    text = (
        "Die Kapitänin Lea Hahn war enttäuscht. "
        "Hahn gab ihrer Kollegin recht: Wie wir gespielt haben, das reicht nicht, sagte Hahn."
    )
    qs = _quotes(text, {"Lea Hahn": ["Hahn"]})
    q = _by_text(qs, "Wie wir gespielt haben")
    assert q.text == "Wie wir gespielt haben, das reicht nicht"
    assert _speaker(q) == "Lea Hahn"


def test_known_name_before_a_colon_labels_a_statement() -> None:
    text = (
        "Auch die Gewerkschafterin Ruth Albers meldete sich zu Wort. "
        "Albers: Die Pläne der Regierung gehen an der Wirklichkeit vorbei."
    )
    qs = _quotes(text, {"Ruth Albers": ["Albers"]})
    q = _by_text(qs, "Die Pläne der Regierung")
    assert q.kind == "direct" and _speaker(q) == "Ruth Albers"


def test_impersonal_cue_with_colon_gives_direct_speech() -> None:
    text = (
        "Der Konzern meldete sich am Abend. "
        "In einer Mitteilung hieß es: Der Standort wird nicht geschlossen."
    )
    qs = _quotes(text, {}, {"Konzern": ["Der Konzern"]})
    q = _by_text(qs, "Der Standort wird nicht geschlossen")
    assert q.kind == "direct" and q.text.startswith("Der Standort")


def test_conjunction_and_colon_add_a_point_to_direct_speech() -> None:
    text = (
        "Wir halten an dem Projekt fest, sagte Ministerin Clara Vogt. "
        "Und: Die Finanzierung ist gesichert."
    )
    qs = _quotes(text, {"Clara Vogt": ["Vogt"]})
    q = _by_text(qs, "Die Finanzierung ist gesichert")
    assert q.kind == "direct" and q.text == "Die Finanzierung ist gesichert."
    assert _speaker(q) == "Clara Vogt"


def test_negated_verb_of_saying_is_no_cue() -> None:
    text = "Der Sprecher Tim Roth erklärte nicht, wann die Arbeiten beginnen."
    qs = _quotes(text, {"Tim Roth": ["Roth"]})
    assert qs == []


def test_konjunktiv_in_a_comparison_is_not_reported() -> None:
    lex = load("de")
    assert not mood.konj1(tokenize("Man darf nicht so tun, als habe sich nichts geändert.", 0), lex)
    assert not mood.konj1(tokenize("Es wirkt, als ob er nur eine Pause mache.", 0), lex)
    assert mood.konj1(tokenize("Er habe sich nichts vorzuwerfen.", 0), lex)


def test_run_in_subheading_lends_no_first_person() -> None:
    text = (
        "Wir sind bereit, sagte Clara Vogt. "
        "An uns nie gescheitert Für die Opposition antwortete am Abend Jan Kurz."
    )
    qs = _quotes(text, {"Clara Vogt": ["Vogt"], "Jan Kurz": ["Kurz"]})
    assert not [q for q in qs if "Opposition" in q.text]


# -- speaker attribution: subjects, relays, topics ------------------------------------------


def test_news_agency_relays_the_named_person() -> None:
    text = (
        "Der Vorsitzende des Hotelverbands, Karl Berger, sagte Reuters, die Lage sei ernst. "
        "Die Preise würden steigen, sagte Anna Roth der Nachrichtenagentur Reuters. "
        "Die Regierung plane Neuwahlen, berichtete Reuters."
    )
    qs = _quotes(text, {"Karl Berger": ["Berger"], "Anna Roth": ["Roth"]}, {"Reuters": []})
    assert _speaker(_by_text(qs, "die Lage sei ernst")) == "Karl Berger"
    assert _speaker(_by_text(qs, "Die Preise würden steigen")) == "Anna Roth"
    assert _speaker(_by_text(qs, "Die Regierung plane Neuwahlen")) == "Reuters"


def test_role_phrase_with_organisation_gives_way_to_the_name_in_apposition() -> None:
    text = (
        "Die Gespräche dauerten bis in die Nacht. Es war ein gutes Gespräch, sagte der "
        "Chefunterhändler der Regierung, Pedro de la Vega, nach dem Treffen."
    )
    qs = _quotes(text, {"Pedro de la Vega": ["Vega"]}, {"Regierung": []})
    assert _speaker(_by_text(qs, "Es war ein gutes Gespräch")) == "Pedro de la Vega"


def test_first_person_run_after_a_new_role_noun_subject_is_that_person() -> None:
    text = (
        "Wir waren heute zu nervös, sagte Trainer Max Huber. Dann lobte er Tom Berg: Tom ist "
        "unser wichtigster Mann. Der junge Mittelfeldspieler selbst ärgerte sich über das "
        "Gegentor. Wir haben zu früh aufgehört. Das tut weh, sagte er im Fernsehen."
    )
    qs = _quotes(text, {"Max Huber": ["Huber"], "Tom Berg": ["Berg", "Tom"]})
    assert _speaker(_by_text(qs, "Wir waren heute zu nervös")) == "Max Huber"
    assert _speaker(_by_text(qs, "Wir haben zu früh aufgehört")) == "Tom Berg"
    assert _speaker(_by_text(qs, "Das tut weh")) == "Tom Berg"
    assert not [q for q in qs if "ärgerte sich" in q.text]


def test_anonymous_circles_give_no_speaker() -> None:
    text = (
        "Das Ministerium teilte mit, die Grenze sei offen. In Sicherheitskreisen hieß es "
        "dagegen, die Lage sei gespannt. Die Soldaten seien verstärkt worden, verlautete am "
        "Abend aus Regierungskreisen."
    )
    qs = _quotes(text, {}, {"Ministerium": []})
    assert _speaker(_by_text(qs, "die Grenze sei offen")) == "Ministerium"
    assert _speaker(_by_text(qs, "die Lage sei gespannt")) is None
    assert _speaker(_by_text(qs, "Die Soldaten seien verstärkt worden")) is None


def test_unnamed_spokesperson_of_an_unknown_group_is_no_known_organisation() -> None:
    text = (
        "Die Polizei teilte mit, die Straße sei gesperrt. Ein Sprecher einer Initiative von "
        "Anwohnern sagte, die Sperre komme zu spät."
    )
    qs = _quotes(text, {}, {"Polizei": []})
    assert _speaker(_by_text(qs, "die Straße sei gesperrt")) == "Polizei"
    assert _speaker(_by_text(qs, "die Sperre komme zu spät")) is None


def test_feminine_role_in_a_mention_binds_sie_and_self_reference_is_reported() -> None:
    text = (
        "Die Partei wählt im Herbst neu. Die bisherige Chefin der Partei, Gabi Moser, wird nicht "
        "mehr antreten, erklärte sie am Montag."
    )
    qs = _quotes(text, {"Gabi Moser": ["Moser", "Die bisherige Chefin"]}, {"Partei": []})
    q = _by_text(qs, "wird nicht mehr antreten")
    assert _speaker(q) == "Gabi Moser"
    assert q.kind == "indirect"


def test_words_of_a_person_as_subject_and_a_bracket_after_the_name() -> None:
    text = (
        "Die Ankündigungen von Ministerin Eva Lang (SPD) versprachen viel: Der Plan habe nur "
        "Vorteile. Die Züge seien dann pünktlicher."
    )
    qs = _quotes(text, {"Eva Lang": ["Lang", "Ministerin"]}, {"SPD": []})
    assert _speaker(_by_text(qs, "Der Plan habe nur Vorteile")) == "Eva Lang"
    assert _speaker(_by_text(qs, "Die Züge seien dann pünktlicher")) == "Eva Lang"


def test_participle_attribute_does_not_hide_the_subject() -> None:
    text = (
        "Der ebenfalls bei dem Treffen anwesende Landesvorsitzende Ingo Maier meinte, dies sei "
        "eine Entscheidung der Stadt."
    )
    qs = _quotes(text, {"Ingo Maier": ["Maier", "Landesvorsitzende"]})
    assert _speaker(_by_text(qs, "dies sei eine Entscheidung")) == "Ingo Maier"


def test_so_cue_with_role_of_an_organisation_gives_the_person_in_apposition() -> None:
    text = (
        "Die Lager sind voll. Jedes Jahr kommen mehr Menschen über die Grenze, so die Vize-Chefin "
        "des Hilfswerks in Uganda, Mara Okello."
    )
    qs = _quotes(text, {"Mara Okello": ["Okello"]}, {"Hilfswerks": []})
    assert _speaker(_by_text(qs, "Jedes Jahr kommen mehr Menschen")) == "Mara Okello"


def test_definite_group_before_the_verb_is_the_subject_not_the_object_after_it() -> None:
    text = (
        "Danach traf Anton Weber die Vertreter der Union Verde. Die Rebellen riefen den Minister "
        "dazu auf, sie als Partei anzuerkennen."
    )
    qs = _quotes(text, {"Anton Weber": ["Weber", "den Minister"]}, {"Union Verde": []})
    assert _speaker(_by_text(qs, "sie als Partei anzuerkennen")) == "Union Verde"


def test_name_with_apposition_before_a_postposed_verb() -> None:
    text = (
        "Die Hilfe kommt zu spät. Paul Okoth, selbst Flüchtling, sagt, die Lager seien voll. "
        "Viele Familien hätten kein Geld."
    )
    qs = _quotes(text, {"Paul Okoth": ["Okoth", "selbst Flüchtling"]})
    assert _speaker(_by_text(qs, "die Lager seien voll")) == "Paul Okoth"
    assert _speaker(_by_text(qs, "Viele Familien hätten kein Geld")) == "Paul Okoth"


def test_indicative_main_clause_after_a_cue_comma_is_unquoted_direct_speech() -> None:
    text = (
        "Die Wahl ist im Mai. Lena Graf und Otto Brand gaben an, beides kann so sein, muss aber "
        "nicht so sein. Die Partei entscheidet im Herbst."
    )
    qs = _quotes(text, {"Lena Graf": ["Graf"], "Otto Brand": ["Brand"]})
    q = _by_text(qs, "beides kann so sein")
    assert q.kind == "direct" and _speaker(q) == "Lena Graf"


def test_hearsay_sollen_with_perfect_infinitive_is_reported_speech() -> None:
    text = (
        "Die Zeitung Morgenpost berichtete, der Vertrag sei geplatzt. Der Chef soll bereits ein "
        "Angebot abgelehnt haben. Die Firma soll morgen neu verhandeln."
    )
    qs = _quotes(text, {}, {"Morgenpost": []})
    q = _by_text(qs, "soll bereits ein Angebot abgelehnt haben")
    assert q.kind == "indirect" and _speaker(q) == "Morgenpost"
    assert not [q for q in qs if "morgen neu verhandeln" in q.text]


def test_role_noun_in_a_heading_quote_is_the_person_the_lead_names() -> None:
    text = (
        'Physiker nannte den Plan "einen teuren Irrtum". Berlin – Der Physiker Karl Ott hat den '
        "Ausbau des Labors kritisiert. Die Stadt hält an dem Plan fest."
    )
    qs = _quotes(text, {"Karl Ott": ["Ott"]})
    assert _speaker(_by_text(qs, "einen teuren Irrtum")) == "Karl Ott"


def test_colon_inside_a_dass_clause_explains_it_and_opens_no_direct_speech() -> None:
    text = (
        "Die Firma zeigt ein neues Auto. Der Gründer Jan Falk betont, dass es sich in einem Punkt "
        "unterscheidet: Es lernt laufend von selbst dazu. Der Gründer Jan Falk sagte, dass es "
        "schwer war: Wir haben zwei Jahre gebraucht."
    )
    qs = _quotes(text, {"Jan Falk": ["Falk"]})
    q = _by_text(qs, "dass es sich in einem Punkt unterscheidet")
    assert q.kind == "indirect" and "Es lernt laufend" in q.text
    assert not [x for x in qs if x.kind == "direct" and x.text.startswith("Es lernt")]
    assert _by_text(qs, "Wir haben zwei Jahre gebraucht").kind == "direct"


def test_und_opening_a_cue_sentence_of_an_unnamed_speaker_takes_one_sentence_back() -> None:
    text = (
        "Die Frist läuft im Mai ab. Es ist wichtig, dass genau verhandelt wird. Und wann das "
        "endet, das wird sich zeigen, sagte eine Sprecherin des Amtes. Die Gespräche gehen weiter."
    )
    qs = _quotes(text, {})
    q = _by_text(qs, "Es ist wichtig, dass genau verhandelt wird")
    assert q.kind == "direct" and _speaker(q) is None
    assert not [x for x in qs if "Die Frist" in x.text or "gehen weiter" in x.text]


def test_editor_note_marks_a_sentence_as_direct_speech_of_the_subject_before() -> None:
    text = (
        "Die Akademie der Künste distanzierte sich von den Aussagen. Viele junge Leute werden "
        "benachteiligt, und die Akademie (die Akademie der Künste, Anm. d. Red.) muss das "
        "ändern. Der Streit geht weiter."
    )
    qs = _quotes(text, {}, {"Akademie der Künste": []})
    q = _by_text(qs, "Viele junge Leute werden benachteiligt")
    assert q.kind == "direct" and _speaker(q) == "Akademie der Künste"
    assert not [x for x in qs if "Streit" in x.text]


def test_fronted_conditional_with_its_own_main_clause_before_the_cue() -> None:
    text = (
        "Das Gericht vertagte sich. Wenn ihn jemand kaufen will, dann soll er sich bei mir "
        "melden, sagte Jonas Reiter nach der Sitzung. Weil die Kosten steigen, fordert Reiter "
        "mehr Geld."
    )
    qs = _quotes(text, {"Jonas Reiter": ["Reiter"]})
    q = _by_text(qs, "Wenn ihn jemand kaufen will")
    assert q.kind == "direct" and _speaker(q) == "Jonas Reiter"
    assert "sagte" not in q.text
    assert not [x for x in qs if "Kosten steigen" in x.text]


def test_konjunktiv_clause_before_the_cue_wins_over_a_relative_clause_after_it() -> None:
    text = (
        "Altpapier getrennt zu sammeln, sei der Wunsch der Gemeinden, sagt Lea Brandt und "
        "wünscht sich wie ihr Kollege Ole Kern, der gern mehr Geld hätte, eine Debatte."
    )
    qs = _quotes(text, {"Lea Brandt": ["Brandt"], "Ole Kern": ["Kern"]})
    q = _by_text(qs, "Altpapier getrennt zu sammeln, sei der Wunsch der Gemeinden")
    assert q.kind == "indirect" and _speaker(q) == "Lea Brandt"
    assert not [x for x in qs if "gern mehr Geld" in x.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Es wäre schön gewesen, wenn er gekommen wäre, sagte Tim Vogt.",
        "Tim Vogt sagte: Wenn die Bahn pünktlich wäre, bräuchte niemand ein Auto.",
    ],
)
def test_konjunktiv_ii_of_a_conditional_is_the_speakers_own_irreal(sentence: str) -> None:
    qs = _quotes("Der Zug fiel aus. " + sentence, {"Tim Vogt": ["Vogt"]})
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and _speaker(direct[0]) == "Tim Vogt"
    assert "wenn" in direct[0].text.lower() and "Vogt" not in direct[0].text


def test_konjunktiv_ii_reporting_without_a_condition_stays_indirect() -> None:
    qs = _quotes(
        "Die Firmen würden dadurch Millionen sparen, sagte Tim Vogt.", {"Tim Vogt": ["Vogt"]}
    )
    q = _by_text(qs, "Die Firmen würden dadurch Millionen sparen")
    assert q.kind == "indirect" and _speaker(q) == "Tim Vogt"


def test_name_apposition_and_verb_before_a_colon_cue() -> None:
    text = (
        "Das Urteil sorgt für Unmut. Karl Bender, Chef der Verlagsgruppe Nord, sagte zum "
        "Branchendienst Medienblick: Wir sind enttäuscht und prüfen das Urteil. "
        "Auch Nora Wendt, seit 2015 Geschäftsführerin, spricht Klartext: Hier lief vieles falsch."
    )
    qs = _quotes(text, {"Karl Bender": ["Bender"], "Nora Wendt": ["Wendt"]})
    q = _by_text(qs, "Wir sind enttäuscht")
    assert q.kind == "direct" and _speaker(q) == "Karl Bender"
    assert _speaker(_by_text(qs, "Hier lief vieles falsch")) == "Nora Wendt"
    assert not [x for x in qs if "Chef der Verlagsgruppe" in x.text]


def test_lead_with_two_labelled_quotes_takes_the_nearest_label() -> None:
    text = (
        'Der Klub führt die Tabelle an. Holm zur Titelfrage: "Noch viel zu früh", '
        'Verteidiger Abara: "Wir können alles schaffen".\n\nDer Klub gewann am Samstag.'
    )
    qs = _quotes(text, {"Jens Holm": ["Holm"], "Sani Abara": ["Abara"]})
    assert _speaker(_by_text(qs, "Noch viel zu früh")) == "Jens Holm"
    assert _speaker(_by_text(qs, "Wir können alles schaffen")) == "Sani Abara"


def test_role_name_and_manner_word_before_a_colon_label_a_statement() -> None:
    text = (
        "Der Klub feierte den Sieg. Teamkollege Paul Kranz nüchtern: Das war schön, aber "
        "gewonnen haben wir noch nichts. Die Saison geht weiter."
    )
    qs = _quotes(text, {"Paul Kranz": ["Kranz"]})
    q = _by_text(qs, "Das war schön")
    assert q.kind == "direct" and _speaker(q) == "Paul Kranz"
    assert not q.text.startswith("Teamkollege")


def test_demonym_after_the_cue_is_the_person_named_before() -> None:
    text = (
        "Stürmer Ade Okafor traf zweimal. Wir müssen weiter hart arbeiten, das ist das "
        "Wichtigste, sagte der Nigerianer. Die Fans jubelten."
    )
    qs = _quotes(text, {"Ade Okafor": ["Okafor"]})
    q = _by_text(qs, "Wir müssen weiter hart arbeiten")
    assert q.kind == "direct" and _speaker(q) == "Ade Okafor"
    assert load("de").is_role_noun("Kroatin") and not load("de").is_role_noun("Länder")


def test_plain_statement_before_an_aber_cue_sentence_with_a_verb_like_gehen() -> None:
    text = (
        "Die Mannschaft führt die Tabelle an. Es kann sehr schnell bergab gehen. Aber wir sind "
        "sehr zufrieden, sagt Kapitän Max Roth."
    )
    qs = _quotes(text, {"Max Roth": ["Roth"]})
    q = _by_text(qs, "Es kann sehr schnell bergab gehen")
    assert q.kind == "direct" and _speaker(q) == "Max Roth"


def test_und_colon_goes_on_after_reported_speech_of_a_named_speaker() -> None:
    text = (
        "Die Gleichstellung sei falsch, so Eva Brunner. Und: Die Presse muss frei bleiben. "
        "Der Streit geht weiter."
    )
    qs = _quotes(text, {"Eva Brunner": ["Brunner"]})
    q = _by_text(qs, "Die Presse muss frei bleiben")
    assert q.kind == "direct" and _speaker(q) == "Eva Brunner" and not q.text.startswith("Und")


def test_web_addresses_and_capitalised_terms_in_a_lead_are_no_quotes() -> None:
    text = (
        "Urteil zu Videos\n\n"
        'Verlagen droht Ärger – "Digitale Angebote" müssen gemeldet werden – Anlass war '
        '"news.example.com".\n\nDas Gericht hat entschieden.'
    )
    assert _quotes(text, {}) == []


def test_konjunktiv_i_with_its_own_subject_despite_an_ich_in_another_clause() -> None:
    text = (
        "Es könne nämlich leichter sein, die Steuer gleich zu zahlen, als zu überlegen, wie ich "
        "sie umgehen kann, sagte Lena Horak."
    )
    q = _by_text(_quotes(text, {"Lena Horak": ["Horak"]}), "Es könne nämlich leichter sein")
    assert q.kind == "indirect" and _speaker(q) == "Lena Horak"
    assert mood.konj1(tokenize("Ich habe gewartet, werde aber gehen"), load("de")) is False


def test_past_story_after_a_verb_of_narrating_and_a_colon_is_retold() -> None:
    text = (
        "Das Beispiel hat Hugo Brandl oft erzählt: Eine Firma musste 9.000 Euro Strafe zahlen, "
        "weil sie einen Fehler gemacht hatte. Die Regeln werden nun geändert."
    )
    qs = _quotes(text, {"Hugo Brandl": ["Brandl"]})
    q = _by_text(qs, "Eine Firma musste 9.000 Euro Strafe zahlen")
    assert q.kind == "indirect" and _speaker(q) == "Hugo Brandl"
    assert not [x for x in qs if x.kind == "direct"]


def test_spokesman_of_a_named_person_speaks_for_the_person() -> None:
    text = (
        "Die Firma Lastwerk erhielt die Genehmigung. Ein Sprecher von Verkehrsminister Rolf Abel "
        "wies darauf hin, dass das Risiko sinke. Solche Forschung ist wichtig, das unterstützen "
        "wir."
    )
    qs = _quotes(text, {"Rolf Abel": ["Abel"]}, {"Lastwerk": []})
    assert _speaker(_by_text(qs, "dass das Risiko sinke")) == "Rolf Abel"
    q = _by_text(qs, "Solche Forschung ist wichtig")
    assert q.kind == "direct" and _speaker(q) == "Rolf Abel"


def test_connective_statement_between_two_reported_sentences_is_the_speakers_own() -> None:
    text = (
        "Wien – Man könne über Zölle reden, erklärte Verbandschef Udo Kranich. Aber es ist "
        "schlechter "
        "Stil, dafür die Reform schlechtzureden. Die Industrie wolle sich nur Rabatte sichern. "
        "In Berlin tagt der Ausschuss."
    )
    qs = _quotes(text, {"Udo Kranich": ["Kranich"]})
    q = _by_text(qs, "Aber es ist schlechter Stil")
    assert q.kind == "direct" and _speaker(q) == "Udo Kranich"
    assert not [x for x in qs if "Ausschuss" in x.text]


def test_possessive_owner_before_a_role_and_its_holder_the_holder_speaks() -> None:
    text = (
        "Der Musiker Tom Kessel wurde verklagt. Die Kosten dürften sich laut Kessels Anwalt "
        "Ulf Brand auf 4.000 Euro belaufen. Sollte der Kläger recht haben, werde sein Mandant "
        "zahlen müssen, so der Rechtsanwalt. Das Urteil folge im Mai."
    )
    qs = _quotes(text, {"Tom Kessel": ["Kessel", "Kessels"], "Ulf Brand": ["Anwalt Ulf Brand"]})
    assert _speaker(_by_text(qs, "Die Kosten dürften sich")) == "Ulf Brand"
    # "der Rechtsanwalt" is the person introduced as "Anwalt" (the head of the compound)
    assert _speaker(_by_text(qs, "werde sein Mandant")) == "Ulf Brand"
    assert _speaker(_by_text(qs, "Das Urteil folge im Mai")) == "Ulf Brand"


def test_role_synonym_binds_a_later_role_noun() -> None:
    text = (
        "Premier Lars Holm traf Gewerkschafter Kai Berg. Berg blieb skeptisch. Die Reform "
        "komme, sagte der Regierungschef."
    )
    qs = _quotes(text, {"Lars Holm": ["Premier Lars Holm", "Holm"], "Kai Berg": ["Berg"]})
    assert _speaker(_by_text(qs, "Die Reform komme")) == "Lars Holm"


def test_impersonal_cue_from_an_organisation_names_the_speaker() -> None:
    text = (
        "Die Stadt plant eine Brücke. Das sei noch nicht finanziert, hieß es aus dem "
        "Bauamt. Zudem fehle ein Gutachten."
    )
    qs = _quotes(text, {}, {"Bauamt": []})
    assert _speaker(_by_text(qs, "Das sei noch nicht finanziert")) == "Bauamt"
    assert _speaker(_by_text(qs, "Zudem fehle ein Gutachten")) == "Bauamt"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Die Ministerin Eva Roth machte deutlich, dass die Frist gelte.", "dass die Frist gelte"),
        ("Eva Roth hob hervor, die Schulen seien gut ausgestattet.", "die Schulen seien gut"),
        ("Eva Roth schlug vor, die Gebühren zu senken.", "die Gebühren zu senken"),
        ("Eva Roth bezweifelte, dass der Plan aufgehe.", "dass der Plan aufgehe"),
        ("Eva Roth sicherte zu, dass niemand entlassen werde.", "dass niemand entlassen werde"),
    ],
)
def test_more_verbs_of_saying_with_particles(sentence: str, content: str) -> None:
    qs = _quotes(sentence, {"Eva Roth": ["Roth"]})
    q = _by_text(qs, content)
    assert q.kind == "indirect" and _speaker(q) == "Eva Roth"


def test_definite_organisation_noun_is_the_organisation_named_before() -> None:
    text = (
        "Eine Klinik der Hilfsorganisation Medica Nord wurde getroffen. Fünf Helfer seien "
        "verletzt worden, erklärte die Organisation. Zwei würden noch vermisst."
    )
    qs = _quotes(text, {}, {"Medica Nord": []})
    assert _speaker(_by_text(qs, "Fünf Helfer seien verletzt worden")) == "Medica Nord"
    assert _speaker(_by_text(qs, "Zwei würden noch vermisst")) == "Medica Nord"


def test_zufolge_takes_the_noun_phrase_right_before_it() -> None:
    text = (
        "Bei einem Angriff auf den Politiker Max Ruh in Linz wurden den Angaben zufolge zwei "
        "Menschen verletzt."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    q = _by_text(qs, "zwei Menschen verletzt")
    assert q.kind == "indirect" and _speaker(q) is None


def test_nominal_content_goes_on_through_an_apposition() -> None:
    text = (
        "Die Gewerkschaft Metall Nord sprach von 30.000 Teilnehmern, davon 9.000 in Essen. "
        "Aktivisten berichteten von zerstörten Häusern."
    )
    qs = _quotes(text, {}, {"Metall Nord": []})
    q = _by_text(qs, "30.000 Teilnehmern, davon 9.000 in Essen")
    assert q.kind == "indirect" and _speaker(q) == "Metall Nord"
    assert _by_text(qs, "zerstörten Häusern").kind == "indirect"


def test_document_noun_is_the_source_that_used_the_same_noun() -> None:
    text = (
        "Im Winter gab es nach einem Bericht des Magazins Nordblick mehr Einbrüche. Das geht "
        "aus einer Erhebung des Landesamts Süd hervor. Der Statistik zufolge stieg die Zahl "
        "auf 900. Deutlich gestiegen ist dem Bericht zufolge der Anteil der Tagesdelikte. "
        "Im Sommer seien es weniger gewesen."
    )
    qs = _quotes(text, {}, {"Nordblick": [], "Landesamt Süd": ["Landesamts Süd"]})
    assert _speaker(_by_text(qs, "stieg die Zahl auf 900")) == "Landesamt Süd"
    assert _speaker(_by_text(qs, "der Anteil der Tagesdelikte")) == "Nordblick"
    assert _speaker(_by_text(qs, "Im Sommer seien es weniger gewesen")) == "Nordblick"


def test_den_angaben_zufolge_is_the_ongoing_unnamed_source() -> None:
    text = (
        "Die Hilfsorganisation Medica Nord meldete Angriffe auf zwei Kliniken. Nach Angaben "
        "eines Anwohners wurde auch eine Schule getroffen. In der Stadt wurden den Angaben "
        "zufolge drei Menschen verletzt."
    )
    qs = _quotes(text, {}, {"Medica Nord": []})
    q = _by_text(qs, "drei Menschen verletzt")
    assert q.kind == "indirect" and _speaker(q) is None


def test_anonymous_impersonal_cue_ends_the_current_source() -> None:
    text = (
        "Soldaten haben nach Angaben des Ministeriums Nord zwölf Touristen getötet. Die Gruppe "
        "habe Rast gemacht, verlautete aus Sicherheitskreisen. Dann hätten weitere Soldaten das "
        "Feuer eröffnet."
    )
    qs = _quotes(text, {}, {"Ministerium Nord": ["Ministeriums Nord"]})
    q = _by_text(qs, "Dann hätten weitere Soldaten das Feuer eröffnet")
    assert q.kind == "indirect" and _speaker(q) is None


def test_von_x_die_rede_is_an_impersonal_nominal_cue() -> None:
    text = (
        "Das Ministerium Nord meldete zwölf Tote. In ägyptischen Justizkreisen war dagegen von "
        "acht getöteten Touristen die Rede. Zehn Menschen seien zudem verletzt worden. Die Rede "
        "des Ministers war kurz."
    )
    qs = _quotes(text, {}, {"Ministerium Nord": []})
    q = _by_text(qs, "von acht getöteten Touristen")
    assert q.kind == "indirect" and _speaker(q) is None
    assert _speaker(_by_text(qs, "Zehn Menschen seien zudem verletzt worden")) is None
    assert not [x for x in qs if "Ministers" in x.text]


def test_man_under_konjunktiv_with_an_infinitive_verb_of_thinking_is_a_continuation() -> None:
    text = (
        "Eva Roth sagte, die Firma habe Abfall vergraben. Man müsse davon ausgehen, dass es "
        "Tonnen seien."
    )
    qs = _quotes(text, {"Eva Roth": ["Roth"]})
    q = _by_text(qs, "Man müsse davon ausgehen, dass es Tonnen seien")
    assert q.kind == "indirect" and _speaker(q) == "Eva Roth"


def test_a_person_made_subject_by_a_sentence_without_a_cue_speaks_next() -> None:
    text = (
        "Der Vorschlag stößt auf Kritik. Das sei mit dem Berufsrecht nicht vereinbar, sagt Max "
        "Ruh. Ruh sieht daher keinen Bedarf. Auch die Präsidentin der Notare, Eva Roth, ist "
        "nicht begeistert. Ihre Kammer sei zwar offen, aber nicht für alles. Dass man zu wenig "
        "tut, will Karl Bauer nicht stehen lassen. Vieles sei bereits frei."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"], "Eva Roth": ["Roth"], "Karl Bauer": ["Bauer"]})
    assert _speaker(_by_text(qs, "Ihre Kammer sei zwar offen")) == "Eva Roth"
    assert _speaker(_by_text(qs, "Vieles sei bereits frei")) == "Karl Bauer"


def test_a_subject_pronoun_after_the_verb_makes_the_field_before_an_object() -> None:
    text = (
        "Max Ruh bestritt die Vorwürfe. Dem Nordkurier sagte er, seine Worte seien verkürzt worden."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]}, {"Nordkurier": []})
    q = _by_text(qs, "seine Worte seien verkürzt worden")
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


def test_main_verb_after_a_fronted_conditional_without_content_is_no_cue() -> None:
    text = (
        "Die Agentur Nordpress berichtete, gegen Max Ruh werde ermittelt. Sollte es zu einem "
        "Prozess gegen ihn kommen, drohen Ruh bis zu zehn Jahre Haft. Hintergrund seien Proteste."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]}, {"Nordpress": []})
    assert not [q for q in qs if "Sollte es" in q.text]
    assert _speaker(_by_text(qs, "Hintergrund seien Proteste")) == "Nordpress"


def test_hearsay_before_a_named_post_posed_source_is_that_source() -> None:
    text = (
        "Max Ruh rief beide Seiten auf, die Angriffe einzustellen. Ein Ende ist nicht in Sicht: "
        "In den vergangenen Tagen sollen 190 Menschen getötet worden sein. Rund 300 Menschen "
        "seien verletzt worden, berichtet die Zeitung Nordkurier."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]}, {"Nordkurier": []})
    assert _speaker(_by_text(qs, "190 Menschen getötet worden sein")) == "Nordkurier"
    assert _speaker(_by_text(qs, "Rund 300 Menschen seien verletzt worden")) == "Nordkurier"


def test_role_noun_in_a_source_phrase_that_no_named_person_holds_is_unnamed() -> None:
    article = _article(
        "Max Ruh, Sprecher des Ministeriums, bestätigte den Angriff. Dabei kamen nach Angaben "
        "des Bürgermeisters 49 Menschen ums Leben.",
        {"Max Ruh": ["Ruh"]},
    )
    article.entities[0].roles = ["Sprecher"]
    q = _by_text(extract_quotes(article), "49 Menschen ums Leben")
    assert q.kind == "indirect" and _speaker(q) is None


# -- characterising and estimating cues ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Max Ruh nannte den Beschluss der Stadt am Montag absurd.", "absurd"),
        ("Max Ruh nannte die Entscheidung einen Skandal.", "einen Skandal"),
        ("Max Ruh nannte die Verschiebung unfair und eine Missachtung.", "unfair und eine"),
        ("Max Ruh hat den Plan als notwendig für die Sicherheit bezeichnet.", "notwendig für die"),
        ("Max Ruh bezeichnete die Vorwürfe als haltlos.", "haltlos"),
        ("Max Ruh wies die Vorwürfe als haltlos zurück.", "haltlos"),
        ("Max Ruh wertete das Ergebnis als Erfolg.", "Erfolg"),
        ("Max Ruh gab auf. Die Domain bezeichnete er als Kunstprojekt.", "Kunstprojekt"),
        ("Max Ruh sprach dem Vorstand jede Kompetenz ab.", "jede Kompetenz"),
        ("Max Ruh verspricht für die Stadt einen großen Wurf.", "einen großen Wurf"),
        ("Max Ruh spricht von Vertrauensverlust.", "Vertrauensverlust"),
    ],
)
def test_characterising_cue_reports_the_evaluation(text: str, content: str) -> None:
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    q = _by_text(qs, content)
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"
    assert "Max Ruh" not in q.text


def test_fronted_characterisation_with_a_dass_clause_reports_both() -> None:
    text = "Als nicht hinnehmbar bezeichnete es Max Ruh, dass die Firma die Preise erhöhe."
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "nicht hinnehmbar")
    assert "die Preise erhöhe" in q.text and _speaker(q) == "Max Ruh"


def test_estimate_with_a_number_is_the_whole_sentence() -> None:
    text = "Max Ruh schätzt die Kosten auf mindestens zwei Millionen Euro."
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "Max Ruh schätzt die Kosten")
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh nannte am Montag keine Details.",
        "Max Ruh nannte die Namen der Täter öffentlich.",
        "Max Ruh nannte die Zahl der Toten.",
        "Max Ruh schätzt die Arbeit auf dem Land.",
        "Max Ruh sprach sich mit dem Vorstand ab.",
        "Max Ruh las vor. Die Studie bezeichnet den Effekt als gering.",
        "Die Marke wird wachsen, versprach noch 2012 der Leiter Max Ruh.",
        "Nannte Max Ruh den Plan absurd?",
        "Max Ruh verdient mehr als sein Vorgänger.",
        "Die Ankündigungen von Max Ruh versprachen viel: Der Plan bringe Vorteile.",
    ],
)
def test_no_evaluation_without_a_characterising_frame(text: str) -> None:
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert not [q for q in qs if q.text in ("Details", "öffentlich", "dem Land", "viel", "gering")]
    assert not [q for q in qs if "Max Ruh" in q.text]


# -- multi-word cues -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Max Ruh ließ wissen, dass er nicht kandidieren werde.", "dass er nicht kandidieren"),
        ("Max Ruh ließ den Vorstand wissen, er sei enttäuscht.", "er sei enttäuscht"),
        ("Max Ruh ließ durchblicken, dass er bleiben wolle.", "dass er bleiben wolle"),
        ("Wie Max Ruh durchblicken ließ, sei die Einigung nah.", "sei die Einigung nah"),
        ("Wie Max Ruh bekannt gab, sei die Einigung nah.", "sei die Einigung nah"),
        ("Max Ruh gab zu bedenken, dass die Kosten stiegen.", "dass die Kosten stiegen"),
        ("Max Ruh machte deutlich, dass er bleibe.", "dass er bleibe"),
        ("Max Ruh zeigte sich zuversichtlich, dass eine Einigung gelingt.", "dass eine Einigung"),
    ],
)
def test_multi_word_cue_needs_both_parts(text: str, content: str) -> None:
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), content)
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh lässt die Kinder im Garten spielen. Er weiß, dass es regnet.",
        "Max Ruh will wissen, ob das stimmt. Er ließ die Frage offen.",
        "Max Ruh lässt den Vorstand warten. Dass die Mitglieder nichts wissen, ließ er kalt.",
    ],
)
def test_one_part_of_a_multi_word_cue_is_no_cue(text: str) -> None:
    assert _quotes(text, {"Max Ruh": ["Ruh"]}) == []


def test_inserted_cue_after_an_opening_ob_clause_reports_the_whole_sentence() -> None:
    text = (
        "Anna Berg sagte, der Fall sei offen. Ob Gerichte bemüht werden, lässt der Anwalt "
        "Max Ruh durchblicken, liege im Ermessen der Erben."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"], "Anna Berg": ["Berg"]}), "liege im Ermessen")
    assert q.text.startswith("Ob Gerichte") and _speaker(q) == "Max Ruh"


def test_post_posed_pronoun_cue_is_the_person_introduced_just_before() -> None:
    text = (
        "Anna Berg sagte, sie sei enttäuscht. Verärgert reagierte auch Max Ruh. Wir sind "
        "Teil der Lösung, ließ er die Ministerin wissen. Auch er betonte, die Partner hätten "
        "stets Vorschläge gemacht."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"], "Anna Berg": ["Berg"]})
    assert _speaker(_by_text(qs, "die Partner hätten")) == "Max Ruh"


# -- session 5: inserted cues, shared subjects, first-person verbs of saying ------------------


def test_participle_clause_after_a_cue_is_no_cue() -> None:
    text = "Die Lage ist ernst, sagt Anna Berg, angesprochen auf die Krise im Land."
    qs = _quotes(text, {"Anna Berg": ["Berg"]})
    assert [q.text for q in qs] == ["Die Lage ist ernst"]
    assert _speaker(qs[0]) == "Anna Berg"


@pytest.mark.parametrize(
    "text, content, kind",
    [
        (
            "Wenn die Preise steigen, könne der Absatz sinken, sagt Max Ruh, die Händler "
            "müssten dann sparen.",
            "die Händler müssten dann sparen",
            "indirect",
        ),
        (
            "Die Gäste bleiben aus, meinte der Wirt Max Ruh – aber das kümmert uns nicht.",
            "aber das kümmert uns nicht",
            "direct",
        ),
    ],
)
def test_speech_goes_on_after_an_inserted_cue(text: str, content: str, kind: str) -> None:
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), content)
    assert q.text == content and q.kind == kind and _speaker(q) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Wir bleiben hier, sagte Max Ruh, der seit Jahren im Ort wohnt.",
        "Wir bleiben hier, sagte Max Ruh, und Anna Berg ergänzte: Das stimmt nicht.",
        "Wir bleiben hier, sagte Max Ruh, als die Sitzung begann.",
    ],
)
def test_no_content_after_an_inserted_cue_without_a_clause_of_its_own(text: str) -> None:
    qs = _quotes(text, {"Max Ruh": ["Ruh"], "Anna Berg": ["Berg"]})
    assert not any(q.text.startswith(("der seit", "und Anna", "als die")) for q in qs)
    assert _speaker(_by_text(qs, "Wir bleiben hier")) == "Max Ruh"


def test_coordinated_cue_verb_shares_the_subject() -> None:
    text = (
        "Das sei schwierig, meinte Max Ruh, betonte aber gleichzeitig: Das ist kein Grund zur "
        "Sorge."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "kein Grund zur Sorge")
    assert q.kind == "direct" and _speaker(q) == "Max Ruh"


def test_verb_of_saying_with_a_first_person_subject_is_speech_not_a_cue() -> None:
    text = (
        "Für den Verein geht es am Sonntag weiter. Bis dahin gilt es, die Niederlage "
        "abzuhaken. Wir können uns nicht beklagen, dass wir verloren haben. Es war kein gutes "
        "Spiel von uns. Wir müssen mehr laufen, sagte Max Ruh."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    q = _by_text(qs, "Wir können uns nicht beklagen")
    assert q.kind == "direct" and _speaker(q) == "Max Ruh"
    assert not any(x.text.startswith("dass wir") for x in qs)
    # a plain sentence opens the speech only within two sentences of its cue
    assert not any("Bis dahin" in x.text for x in qs)  # the author's bridge


def test_infinitive_sein_is_no_third_person_word() -> None:
    text = (
        "Wir verlieren Mitglieder, meinte Max Ruh – aber das hilft uns nicht. Zuerst werden es "
        "die Jungen, dann die Alten sein."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "Zuerst werden es")
    assert q.kind == "direct" and _speaker(q) == "Max Ruh"


def test_colon_after_reported_speech_opens_direct_speech_only_about_nobody_named() -> None:
    people = {"Max Ruh": ["Ruh"]}
    named = (
        "Max Ruh sagte, die Firma wachse. Ein Plus entstehe trotzdem: Die Hausbank rechnet "
        "mit zwei Prozent."
    )
    assert not any(q.text.startswith("Die Hausbank") for q in _quotes(named, people))
    plain = "Max Ruh sagte, die Firma wachse. Das Werk sei zu klein: Da ist noch Raum nach oben."
    q = _by_text(_quotes(plain, people), "Da ist noch Raum")
    assert q.kind == "direct" and _speaker(q) == "Max Ruh"


def test_clause_final_participle_after_a_comma_is_still_a_cue() -> None:
    text = "Die Strafe sei zu mild, hatte die Staatsanwältin der Stadt, Anna Berg, gesagt."
    q = _by_text(_quotes(text, {"Anna Berg": ["Berg"]}), "Die Strafe sei zu mild")
    assert q.kind == "indirect" and _speaker(q) == "Anna Berg"


def test_konjunktiv_ii_with_an_indicative_main_clause_is_the_speakers_own_irreal() -> None:
    text = "Max Ruh ergänzte: Ein Sieg wäre möglich gewesen, aber das Glück hat gefehlt."
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "Ein Sieg wäre")
    assert q.kind == "direct" and _speaker(q) == "Max Ruh"
    reported = "Max Ruh ergänzte: Ein Sieg wäre möglich gewesen, aber das Glück habe gefehlt."
    q = _by_text(_quotes(reported, {"Max Ruh": ["Ruh"]}), "Ein Sieg wäre")
    assert q.kind == "indirect"


def test_authors_clause_running_on_into_first_person_speech() -> None:
    text = (
        "Anna Berg sagte, das Spiel sei gut gewesen. Der Gästetrainer Max Ruh war mit dem "
        "Ergebnis zufrieden, aber natürlich hätte ich gerne gewonnen."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"], "Anna Berg": ["Berg"]})
    q = _by_text(qs, "hätte ich gerne gewonnen")
    assert q.text.startswith("aber natürlich") and q.kind == "direct"
    assert _speaker(q) == "Max Ruh"
    assert not any(x.text.startswith("Der Gästetrainer") for x in qs)


def test_heading_quote_with_a_role_noun_after_it_is_the_person_named_next() -> None:
    text = (
        "„Die Pläne gehen zu weit“, sagt der frühere Kanzlerkandidat.\n\n"
        "Berlin – Der Politiker Max Ruh will nicht antreten. Das sagte Ruh am Montag."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "Die Pläne gehen zu weit")
    assert _speaker(q) == "Max Ruh"


def test_hyphenated_mann_is_a_role_noun_but_a_surname_in_mann_is_not() -> None:
    from newsgraph.quotes.lexicon import load

    lex = load("de")
    assert lex.is_role_noun("IHS-Mann") and lex.is_role_noun("SPÖ-Frau")
    assert not lex.is_role_noun("Hofmann") and not lex.is_role_noun("Neumann")


def test_past_story_about_a_person_before_a_narrating_cue_is_retold() -> None:
    text = "Die Rolle hatte sie lange nicht verstanden, erzählt Anna Berg. Es war schwer."
    q = _by_text(_quotes(text, {"Anna Berg": ["Berg"]}), "Die Rolle hatte sie")
    assert q.kind == "indirect" and _speaker(q) == "Anna Berg"
    own = "Wir haben viel gelacht, erzählt Anna Berg."
    assert _by_text(_quotes(own, {"Anna Berg": ["Berg"]}), "Wir haben").kind == "direct"


def test_a_team_opening_the_sentence_is_the_authors_subject_not_a_statement() -> None:
    text = (
        "Wir freuen uns auf die Sendung, sagt Max Ruh. Das Moderatorenteam geht voller "
        "Freude an die Arbeit."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert _speaker(_by_text(qs, "Wir freuen uns")) == "Max Ruh"
    assert not any("Moderatorenteam" in q.text for q in qs)
    plain = "Wir freuen uns auf die Sendung, sagt Max Ruh. Die Arbeit macht Freude."
    assert _speaker(_by_text(_quotes(plain, {"Max Ruh": ["Ruh"]}), "Arbeit macht")) == "Max Ruh"


def test_war_die_rede_von_reports_the_von_phrase() -> None:
    q = _by_text(_quotes("In den Foren war die Rede von Schummelei.", {}), "Schummelei")
    assert q.kind == "indirect" and q.text == "von Schummelei"
    assert _quotes("Die Rede von Max Ruh war lang.", {"Max Ruh": ["Ruh"]}) == []


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh kam zum Ergebnis, dass die Mieten stärker steigen würden.",
        "Max Ruh kam damals zu dem Schluss, dass die Mieten stärker steigen würden.",
    ],
)
def test_coming_to_a_conclusion_reports_the_content_clause(text: str) -> None:
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "dass die Mieten")
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


def test_coming_to_the_end_is_no_cue() -> None:
    assert _quotes("Max Ruh kam zum Schluss noch auf die Bühne.", {"Max Ruh": ["Ruh"]}) == []


def test_subject_before_an_apposition_and_a_relative_clause() -> None:
    text = (
        "Max Ruh von Sicherfirma, einem Anbieter, der sich auf Schlösser spezialisiert hat, "
        "sagt, dass man lange Passwörter wählen soll."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "dass man lange")
    assert _speaker(q) == "Max Ruh"


def test_zu_infinitive_content_keeps_the_infinitives_that_depend_on_it() -> None:
    text = "Max Ruh sagte der Partei zu, sie dabei zu unterstützen, die Wahl zu gewinnen."
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "sie dabei zu unterstützen")
    assert q.text.endswith("die Wahl zu gewinnen") and _speaker(q) == "Max Ruh"


def test_pronoun_after_an_unnamed_person_is_not_an_earlier_named_one() -> None:
    text = (
        "Max Ruh sprach über Anna Berg. Wir trafen einen hochrangigen Politiker, sagt Anna Berg. "
        "Er lobte die Pläne. Wir wollten wissen, wie das geht."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"], "Anna Berg": ["Berg"]})
    assert _speaker(_by_text(qs, "Wir wollten wissen")) == "Anna Berg"
    assert not any(_speaker(q) == "Max Ruh" for q in qs)


def test_content_naming_its_speaker_in_apposition_is_reported() -> None:
    text = (
        "Die bisherige Chefin der Partei in der Stadt, Anna Berg, wird nicht mehr antreten, "
        "erklärte sie am Montag."
    )
    q = _by_text(_quotes(text, {"Anna Berg": ["Berg"]}), "wird nicht mehr antreten")
    assert q.kind == "indirect" and _speaker(q) == "Anna Berg"


def test_ordinal_period_inside_a_cue_does_not_end_the_search_for_its_particle() -> None:
    text = (
        "„Gott hat euch auf den Thron gesetzt“, ließ Max Ruh seinen Sohn Karl II. wissen, "
        "„nicht zum Faulenzen, sondern zum Arbeiten.“"
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert _speaker(_by_text(qs, "Gott hat euch")) == "Max Ruh"
    assert _speaker(_by_text(qs, "nicht zum Faulenzen")) == "Max Ruh"
    web = "Das Angebot startet heute. Das teilte Max Ruh am Montag auf beispiel.de mit."
    assert _speaker(_by_text(_quotes(web, {"Max Ruh": ["Ruh"]}), "Das Angebot")) == "Max Ruh"


def test_nachsagen_is_a_cue_of_hearsay_but_sagen_nach_a_time_is_not_nachsagen() -> None:
    q = _by_text(_quotes("Man sagt ihm nach, dass er geizig sei.", {}), "dass er geizig")
    assert q.kind == "indirect" and q.speaker is None
    marked = "Später wird ihnen ein »Hang zum Streiten« nachgesagt."
    assert [q.text for q in _quotes(marked, {})] == ["Hang zum Streiten"]
    assert _quotes("Er sagt nach der Sitzung wenig.", {}) == []


def test_unnamed_subject_before_a_medium_is_nobody_the_medium_only_relays() -> None:
    orgs = {"Reuters": ["Reuters"], "Kurier": ["Kurier"]}
    text = (
        "Ich war gerade im Laden, berichtet eine junge Studentin dem Kurier, plötzlich habe "
        "ich Schreie gehört."
    )
    qs = _quotes(text, {}, orgs)
    assert {q.text for q in qs} >= {"Ich war gerade im Laden", "plötzlich habe ich Schreie gehört"}
    assert all(q.speaker is None for q in qs)
    spokesman = "Die Lage sei ernst, berichtete ein Reuters-Reporter."
    assert _speaker(_by_text(_quotes(spokesman, {}, orgs), "Die Lage")) == "Reuters"
    named = "Die Lage sei ernst, sagte Max Ruh der Agentur Reuters."
    assert _speaker(_by_text(_quotes(named, {"Max Ruh": ["Ruh"]}, orgs), "Die Lage")) == "Max Ruh"


def test_role_noun_titling_an_unknown_name_is_not_a_person_named_before() -> None:
    people = {"Max Ruh": ["Ruh"]}
    text = "Max Ruh hielt das für Unsinn. Die Lage ist ernst, sagte Innenminister Karl Huber."
    assert _speaker(_by_text(_quotes(text, people), "Die Lage")) is None
    bound = "Max Ruh kam spät. Die Lage ist ernst, sagte der Minister am Abend."
    assert _speaker(_by_text(_quotes(bound, people), "Die Lage")) == "Max Ruh"


def test_second_verb_with_its_own_subject_does_not_share_the_first_one() -> None:
    orgs = {"Techblatt": ["Techblatt"], "Brille": ["Brille"]}
    text = "Die Bildqualität ist gut, sagte Max Ruh, schreibt die Seite Techblatt."
    qs = _quotes(text, {"Max Ruh": ["Ruh"]}, orgs)
    assert not any(q.cue and "Ruh, schreibt" in q.cue for q in qs)
    shared = "Das sei schwierig, sagte Max Ruh, fügte aber hinzu: Das ist kein Grund zur Sorge."
    q = _by_text(_quotes(shared, {"Max Ruh": ["Ruh"]}), "kein Grund zur Sorge")
    assert _speaker(q) == "Max Ruh"


def test_male_given_names_in_e_take_er() -> None:
    text = (
        "Anna Berg zeigt Puppen. Lawrence Ruh, Doyen der Kunst, beschließt das Jahr. Er "
        "verspricht einen künstlerischen Geysir."
    )
    qs = _quotes(text, {"Lawrence Ruh": ["Ruh"], "Anna Berg": ["Berg"]})
    assert _speaker(_by_text(qs, "Geysir")) == "Lawrence Ruh"


def test_heike_is_a_female_given_name() -> None:
    from newsgraph.quotes.speaker_gender import gender

    assert gender(Entity(id="per-1", type="PER", name="Heike Berg")) == "f"
    assert gender(Entity(id="per-2", type="PER", name="Lawrence Ruh")) == "m"


# -- session 6 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Eva Lind leitet das Museum. Auf die Frage, ob die Sammlung verkauft werde, sagte "
            "Lind nur: Das wäre denkbar.",
            "Das wäre denkbar.",
        ),
        (
            "Eva Lind leitet das Museum. Auf Nachfrage der Zeitung, wann der Umbau beginne, "
            "antwortete Lind: Im Herbst fangen wir an.",
            "Im Herbst fangen wir an.",
        ),
        (
            "Eva Lind leitet das Museum. Gefragt, ob sie bleibe, erklärte Lind knapp: "
            "Sicher bleibe ich.",
            "Sicher bleibe ich.",
        ),
    ],
)
def test_question_frame_before_a_cue_is_not_speech(text: str, answer: str) -> None:
    qs = _quotes(text, {"Eva Lind": ["Lind"]})
    q = _by_text(qs, answer.rstrip("."))
    assert q.kind == "direct"
    assert _speaker(q) == "Eva Lind"
    assert not any(q.text.startswith(("Auf ", "Gefragt")) for q in qs)


def test_question_frame_keeps_reported_answer_after_comma() -> None:
    text = (
        "Eva Lind leitet das Museum. Auf die Frage, ob die Sammlung verkauft werde, sagte "
        "Lind, das sei nicht geplant."
    )
    qs = _quotes(text, {"Eva Lind": ["Lind"]})
    assert _by_text(qs, "das sei nicht geplant").kind == "indirect"
    assert not any(q.text.startswith("Auf ") for q in qs)


@pytest.mark.parametrize(
    ("text", "speech", "narration"),
    [
        (
            "Jonas Falk hatte lange verhandelt. Eine Einigung gab es aber nicht: Wir reden "
            "weiter miteinander, sagte Falk am Abend.",
            "Wir reden weiter miteinander",
            "Eine Einigung gab es",
        ),
        (
            "Jonas Falk führt den Verein. Zum Abstieg ist es nicht gekommen: Die Mannschaft "
            "hat Charakter gezeigt, betonte Falk.",
            "Die Mannschaft hat Charakter gezeigt",
            "Zum Abstieg",
        ),
    ],
)
def test_past_narration_before_a_colon_is_not_the_speech(
    text: str, speech: str, narration: str
) -> None:
    qs = _quotes(text, {"Jonas Falk": ["Falk"]})
    q = _by_text(qs, speech)
    assert q.text == speech
    assert _speaker(q) == "Jonas Falk"
    assert not any(narration in x.text for x in qs)


def test_present_lead_in_before_a_colon_stays_in_the_speech() -> None:
    text = (
        "Jonas Falk führt den Verein. Zwei Dinge zählen jetzt: Wir brauchen Ruhe und "
        "wir brauchen Punkte, sagte Falk."
    )
    q = _by_text(_quotes(text, {"Jonas Falk": ["Falk"]}), "Wir brauchen Ruhe")
    assert q.text.startswith("Zwei Dinge zählen jetzt")


@pytest.mark.parametrize(
    "label",
    ["Kern am Montag", "Kern nach dem Spiel", "Trainer Kern in Salzburg", "Kern dazu"],
)
def test_name_label_with_a_time_or_place_phrase(label: str) -> None:
    text = f"Lisa Kern trainiert den Klub seit Mai. {label}: Wir haben heute zu wenig riskiert."
    q = _by_text(_quotes(text, {"Lisa Kern": ["Kern"]}), "zu wenig riskiert")
    assert q.text == "Wir haben heute zu wenig riskiert."
    assert q.kind == "direct"
    assert _speaker(q) == "Lisa Kern"


def test_name_before_a_clause_and_colon_is_no_label() -> None:
    text = "Lisa Kern trainiert den Klub seit Mai. Kern am Ende der Saison in Wien: Die Bilanz."
    assert not _quotes(text, {"Lisa Kern": ["Kern"]})


def test_bestehen_is_a_cue_only_with_darauf() -> None:
    people = {"Jonas Falk": ["Falk"]}
    insist = _quotes("Jonas Falk besteht darauf, dass der Vertrag gilt.", people)
    assert _speaker(_by_text(insist, "dass der Vertrag gilt")) == "Jonas Falk"
    assert not _quotes("Jonas Falk kam spät. Es besteht die Gefahr, dass der Zug fährt.", people)
    text = (
        "Viele Köche verderben den Brei, warnt Jonas Falk. Es besteht die Gefahr, dass du den "
        "Überblick verlierst. Dann musst du alles neu machen."
    )
    qs = _quotes(text, people)
    for fragment in ("Es besteht die Gefahr", "Dann musst du"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct"
        assert _speaker(q) == "Jonas Falk"


@pytest.mark.parametrize("tail", ["ohne Details zu nennen", "um die Lage zu beruhigen"])
def test_adverbial_infinitive_after_a_cue_is_not_content(tail: str) -> None:
    text = f"Das müssen wir jetzt durchziehen, sagte Jonas Falk, {tail}."
    qs = _quotes(text, {"Jonas Falk": ["Falk"]})
    assert not any(tail in q.text for q in qs)
    q = _by_text(qs, "durchziehen")
    assert q.kind == "direct"
    assert _speaker(q) == "Jonas Falk"
    content = _quotes("Jonas Falk bestritt, die Akten zu kennen.", {"Jonas Falk": ["Falk"]})
    assert _by_text(content, "die Akten zu kennen").kind == "indirect"


def test_konjunktiv2_lead_before_a_colon_after_a_cue_sentence() -> None:
    people = {"Nina Roth": ["Roth"]}
    text = (
        "Wir brauchen bessere Akkus, sagte Nina Roth. Außerdem müssten die Preise sinken: "
        "Niemand kauft ein Auto für 80.000 Euro. Das geht so nicht weiter."
    )
    qs = _quotes(text, people)
    lead = _by_text(qs, "Außerdem müssten")
    assert lead.kind == "indirect"
    assert "Niemand" not in lead.text
    for fragment in ("Niemand kauft", "Das geht so nicht weiter"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct"
        assert _speaker(q) == "Nina Roth"
    # a Konjunktiv II only in a clause before the main clause is the writer's
    writer = (
        "Wir brauchen bessere Akkus, sagte Nina Roth. Bis die Autos billiger werden könnten, "
        "wird viel Zeit vergehen: Zuerst kommen neue Fabriken."
    )
    assert not any(
        q.kind == "direct" and "Zuerst kommen" in q.text for q in _quotes(writer, people)
    )


def test_organisation_word_that_titled_a_person_is_their_role() -> None:
    text = (
        "Notenbank-Gouverneur und Bankrat Paul Weis warnt vor Blasen. Das müssen wir ernst "
        "nehmen, sagte der Bankrat in Linz."
    )
    qs = _quotes(text, {"Paul Weis": ["Weis"]}, {"Bankrat": ["Bankrat"]})
    assert _speaker(_by_text(qs, "ernst nehmen")) == "Paul Weis"
    plain = "Der Bankrat tagt in Linz. Das müssen wir ernst nehmen, sagte der Bankrat."
    assert _speaker(_by_text(_quotes(plain, {}, {"Bankrat": ["Bankrat"]}), "ernst")) == "Bankrat"


# -- session 7 ------------------------------------------------------------------------------


def _with_places(article: Article, places: list[str]) -> Article:
    """Add place entities (type LOC) for every occurrence of each word form."""
    for k, form in enumerate(places):
        mentions = [
            Mention(text=m.group(0), start=m.start(), end=m.end())
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"\w*", article.text)
        ]
        article.entities.append(Entity(id=f"loc-{k}", type="LOC", name=form, mentions=mentions))
    return article


def test_place_before_role_noun_is_not_the_speaker() -> None:
    # gnad-0336: "sagte Österreichs Wirtschaftsdelegierter in London, Christian Kesberg"
    text = (
        "Die wirtschaftlichen Folgen eines Brexits wären für Österreich an der Grenze zum "
        "Spürbaren, sagte Österreichs Wirtschaftsdelegierter in London, Christian Kesberg. "
        "Die Russland-Sanktionen hätten sich für Österreich negativer ausgewirkt."
    )
    article = _with_places(_article(text, {"Christian Kesberg": []}), ["Österreich", "London"])
    qs = extract_quotes(article)
    for fragment in ("Die wirtschaftlichen Folgen", "Die Russland-Sanktionen"):
        assert _speaker(_by_text(qs, fragment)) == "Christian Kesberg"
    # a genitive place with no person after it: nobody, never the place
    alone = "Die Lage sei ernst, sagte Österreichs Botschafter am Montag."
    qs = extract_quotes(_with_places(_article(alone, {}), ["Österreich"]))
    assert _speaker(_by_text(qs, "Die Lage sei ernst")) is None


def test_place_compound_role_noun_is_the_person_named_before() -> None:
    # 10kGNAD record 23: "schreibt der US-Kultregisseur" after "… fest: Quentin Tarantino."
    text = (
        "Einer hält weiter an VHS-Kassetten fest: Quentin Tarantino. Ich kann mit Streaming "
        "nichts anfangen, schreibt der US-Kultregisseur in einem Buch."
    )
    article = _with_places(_article(text, {"Quentin Tarantino": []}), ["US"])
    qs = extract_quotes(article)
    assert _speaker(_by_text(qs, "Ich kann mit Streaming")) == "Quentin Tarantino"


def test_cue_inserted_after_the_first_constituent() -> None:
    # 10kGNAD record 99 and gnad-0131: the cue stands inside the content, between commas
    people = {"Yanis Varoufakis": ["Varoufakis"]}
    text = (
        "Yanis Varoufakis sprach in Wien. Renationalisierung und Austerität, so Varoufakis, "
        "seien jedoch nicht die Lösung."
    )
    q = _by_text(_quotes(text, people), "Renationalisierung")
    assert q.kind == "indirect" and q.text.endswith("nicht die Lösung")
    assert _speaker(q) == "Yanis Varoufakis"
    verb = (
        "Yanis Varoufakis sprach in Wien. Dieses Gespräch, sagte Varoufakis weiter, hätte viel "
        "früher stattfinden sollen."
    )
    q = _by_text(_quotes(verb, people), "Dieses Gespräch")
    assert q.kind == "indirect" and "früher stattfinden" in q.text
    # a complete clause before the cue keeps its own span
    whole = "Das Gespräch war gut, sagte Varoufakis, es hätte aber länger dauern sollen."
    qs = _quotes(whole, people)
    assert qs and not any("war gut" in q.text and "länger" in q.text for q in qs)


def test_role_noun_after_a_sentence_with_the_subject_after_the_verb() -> None:
    # 10kGNAD record 713: "Ansonsten setzt Koller …" names the subject after the verb
    people = {"Marcel Koller": ["Koller"], "Veli Kavlak": ["Kavlak"]}
    text = (
        "Marcel Koller gab den Kader bekannt. Veli Kavlak fehlt weiterhin. Ansonsten "
        "setzt Koller auf Kontinuität. Wir bleiben unserer Linie treu, erklärte der Schweizer."
    )
    assert _speaker(_by_text(_quotes(text, people), "Linie treu")) == "Marcel Koller"
    # a subordinate clause ("Ob der …") has no subject after its second word
    clause = (
        "Veli Kavlak fehlt. Dann sagte Marcel Koller ab. Ob der Kavlak spielt, ist offen. Wir bleiben "
        "unserer Linie treu, erklärte der Schweizer."
    )
    assert _speaker(_by_text(_quotes(clause, people), "Linie treu")) == "Marcel Koller"


def test_source_phrase_names_its_organisation_in_brackets_or_attribute() -> None:
    # gnad-0767 and gnad-0149: the source noun names nobody; the organisation follows it
    orgs = {"Bundeskanzleramt": [], "Arbeiterkammer Wien": [], "Nationales Gedenken": ["IPN"]}
    text = (
        "Ziel der Auszeichnung ist laut den Organisatoren (Bundeskanzleramt und Arbeiterkammer "
        "Wien) die Würdigung der Literatur. Der Mann hat nach Erkenntnissen des Instituts für "
        "Nationales Gedenken (IPN) für den Geheimdienst gearbeitet."
    )
    qs = _quotes(text, {}, orgs)
    assert _speaker(_by_text(qs, "Ziel der Auszeichnung")) == "Bundeskanzleramt"
    assert _speaker(_by_text(qs, "für den Geheimdienst")) == "Nationales Gedenken"
    # a place after "für" is no source
    place = "Der Preis ist laut den Veranstaltern für Wien ein Gewinn."
    assert all(_speaker(q) is None for q in _quotes(place, {}, {}))


def test_place_prefixed_role_speaks_for_the_organisation_with_that_prefix() -> None:
    # gnad-0186: "sagte ein US-Vertreter" after "Die US-Regierung …"
    text = (
        "Die US-Regierung stellte dies nicht zufrieden. Wir erwarten, Taten zu sehen, sagte "
        "ein US-Vertreter."
    )
    article = _with_places(_article(text, {}, {"US-Regierung": []}), ["US"])
    article.entities[-1].mentions = [m for m in article.entities[-1].mentions if m.start > 20]
    q = _by_text(extract_quotes(article), "Taten zu sehen")
    assert _speaker(q) == "US-Regierung"


def test_the_speaker_whose_words_the_sentence_reports_goes_on() -> None:
    # 10kGNAD record 407: two cues in one sentence; the one that reported speech continues
    people = {"Franziskus": ["Papst Franziskus"], "Herwig Hösele": ["Hösele"]}
    text = (
        "Wien – Die Kommission hat Papst Franziskus für seine klare Haltung gedankt und ihn in der "
        "Aufarbeitung bestärkt, sagte Kommissionssprecher Herwig Hösele nach dem Treffen. Zudem "
        "sei dem Papst eine Studie überreicht worden."
    )
    q = _by_text(_quotes(text, people), "Zudem sei dem Papst")
    assert _speaker(q) == "Herwig Hösele"


def test_first_word_of_a_full_name_named_before_is_that_person() -> None:
    # gnad-0186 ("Xi sagte dazu") and 10kGNAD record 569 ("sagte Zeid")
    people = {"Xi Jinping": [], "Barack Obama": ["Obama"]}
    text = (
        "Wien – Präsident Xi Jinping traf Barack Obama. Xi sagte dazu in Seattle, sein Land sei "
        "selbst Opfer von Hackerangriffen."
    )
    q = _by_text(_quotes(text, people), "sein Land sei")
    assert _speaker(q) == "Xi Jinping"
    # two persons share the first word: nobody by it alone
    two = {"Xi Jinping": [], "Xi Mingze": []}
    text2 = "Wien – Xi Jinping kam mit Xi Mingze. Das sei gut, sagte Xi."
    assert _speaker(_by_text(_quotes(text2, two), "Das sei gut")) is None


def test_pronoun_subject_after_a_relative_adverb() -> None:
    # gnad-0738: "Wobei er einräumt: …"
    text = (
        "Wien – Franz Küberl lobte die Hilfsbereitschaft vieler Österreicher. Wobei er "
        "einräumt: Fälle von Spekulanten halten sich in Grenzen."
    )
    q = _by_text(_quotes(text, {"Franz Küberl": ["Küberl"]}), "Fälle von Spekulanten")
    assert q.kind == "direct" and _speaker(q) == "Franz Küberl"


def test_speech_noun_with_the_person_before_a_colon() -> None:
    # gnad-0678: "Begründung des Landtagsabgeordneten X: …", then X's Konjunktiv goes on
    people = {"Werner Murgg": ["Murgg"], "Lambert Schönleitner": ["Schönleitner"]}
    text = (
        "Graz – Das Amt dürfe er nicht innehaben, so Abgeordneter Lambert Schönleitner. Die KPÖ "
        "erteilte eine Absage. Begründung des Landtagsabgeordneten Werner Murgg: Es ist keine "
        "gute Sitte, so zu wählen. Beim dritten Präsidenten gehe man traditionell nicht mit."
    )
    qs = _quotes(text, people)
    q = _by_text(qs, "Es ist keine gute Sitte")
    assert q.kind == "direct" and _speaker(q) == "Werner Murgg"
    assert _speaker(_by_text(qs, "Beim dritten Präsidenten")) == "Werner Murgg"
    # another noun before the person labels nothing
    other = "Graz – Die Frau des Abgeordneten Werner Murgg: Sie ist Lehrerin in Graz."
    assert not _quotes(other, people)


def test_konjunktiv_before_a_weak_inverted_cue() -> None:
    # gnad-0782: "…, befindet Generalsekretär X" after a Konjunktiv I clause
    people = {"Peter Haubner": ["Haubner"]}
    orgs = {"Wirtschaftsbund": []}
    text = (
        "Wien – Der Wirtschaftsbund forderte, dass die Regeln schärfer werden. In Österreich gebe es zu wenig "
        "Anreize für Beschäftigung, befindet Generalsekretär Peter Haubner."
    )
    q = _by_text(_quotes(text, people, orgs), "In Österreich gebe es")
    assert q.kind == "indirect" and _speaker(q) == "Peter Haubner"


@pytest.fixture(scope="session")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def _pipeline_quotes(text: str, nlp: Any) -> list[Quote]:
    from newsgraph.pipeline import analyze

    return analyze(read_string(text, language="de"), stages=["entities", "quotes"], nlp=nlp).quotes


def test_pipeline_weak_cue_and_place_subject(german_nlp: Any) -> None:
    # excerpts of gnad-0782 and gnad-0336 run through the shipped model and the entity layer
    text = (
        "Wien – Der ÖVP-Wirtschaftsbund indes forderte mehr Mut zu Reformen und eine Verschärfung "
        "der Zumutbarkeitsbestimmungen. In Österreich gebe es zu wenig Anreize für Beschäftigung, "
        "befindet Wirtschaftsbund-Generalsekretär Peter Haubner. Die wirtschaftlichen Folgen "
        "eines Brexits wären für Österreich an der Grenze zum Spürbaren, sagte Österreichs "
        "Wirtschaftsdelegierter in London, Christian Kesberg."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "In Österreich gebe es")
    assert q.kind == "indirect" and _speaker(q) == "Peter Haubner"
    assert _speaker(_by_text(qs, "Die wirtschaftlichen Folgen")) == "Christian Kesberg"


def test_source_phrase_before_a_colon_whose_speech_follows() -> None:
    # gnad-0263 and 10kGNAD record 554: the part before the colon is the source's report
    people = {"Lubomír Zaorálek": ["Zaorálek"], "Sergej Kiseljow": ["Kiseljow"]}
    text = (
        "Prag – Botschafter Sergej Kiseljow wurde einbestellt. Der Botschafter habe laut Zaorálek "
        "versucht, die Dokumentation herunterzuspielen: Nach wie vor gelte die Erklärung von "
        "damals, so Kiseljow."
    )
    qs = _quotes(text, people)
    lead = _by_text(qs, "Der Botschafter habe laut Zaorálek")
    assert lead.kind == "indirect" and _speaker(lead) == "Lubomír Zaorálek"
    assert "Nach wie vor" not in lead.text


def test_sollen_after_a_source_sentence_goes_on_with_the_report() -> None:
    # gnad-0585 and 10kGNAD record 495: "soll(en)" + infinitive right after a reported sentence
    orgs = {"Außenministerium": []}
    text = (
        "Wien – Mit dem Syrien-Fonds sollen laut Außenministerium die Nachbarländer unterstützt "
        "werden. Mit dem Afrika-Fonds sollen Projekte gegen Schlepperbanden gefördert werden."
    )
    q = _by_text(_quotes(text, {}, orgs), "Mit dem Afrika-Fonds")
    assert q.kind == "indirect" and _speaker(q) == "Außenministerium"
    # without a report before it, "sollen" is the writer's
    plain = "Wien – Mit dem Afrika-Fonds sollen Projekte gegen Schlepperbanden gefördert werden."
    assert not _quotes(plain, {}, orgs)


def test_synonym_of_an_office_is_a_role_noun() -> None:
    # session 8: "das Stadtoberhaupt" names the mayor introduced as "Bürgermeister X" (the words
    # of role_synonyms are role nouns even when no suffix covers them)
    people = {"Karl Huber": ["Bürgermeister", "Huber"]}
    text = (
        "Linz – Die neue Brücke soll im Mai fertig sein, sagte Bürgermeister Karl Huber. "
        "Die Kosten liegen im Plan, sagte das Stadtoberhaupt am Montag."
    )
    q = _by_text(_quotes(text, people), "Die Kosten liegen im Plan")
    assert q.kind == "direct" and _speaker(q) == "Karl Huber"


def test_indicative_content_before_an_impersonal_cue_is_direct() -> None:
    # session 8: "…, hieß es in der Aussendung" after an indicative present-tense statement
    # prints the statement's own words (a press release, a post, a letter), as "…, sagte X";
    # Konjunktiv, a past tense or hearsay "sollen" keep it reported
    orgs = {"Stadtwerke": []}
    text = (
        "Graz – Die Stadtwerke haben am Montag die Preise gesenkt. Die Versorgung ist "
        "gesichert, hieß es in einer Aussendung der Stadtwerke. Die Preise seien fair, hieß es "
        "weiter. Im Vorjahr stiegen die Kosten stark, hieß es."
    )
    qs = _quotes(text, {}, orgs)
    assert _by_text(qs, "Die Versorgung ist gesichert").kind == "direct"
    assert _by_text(qs, "Die Preise seien fair").kind == "indirect"
    assert _by_text(qs, "Im Vorjahr stiegen").kind == "indirect"


def test_sollen_sentence_does_not_go_on_unquoted_speech() -> None:
    # session 8: a plan or hearsay with "soll(en)" after unquoted direct speech is the writer's
    # ("Bis 2019 sollen … eingespart werden."); a plain present-tense statement goes on
    people = {"Anna Berger": ["Berger"]}
    text = (
        "Wien – Wir müssen sparen, sagte Ministerin Anna Berger. Bis 2019 sollen dadurch "
        "zehn Millionen Euro eingespart werden."
    )
    qs = _quotes(text, people)
    assert not any("Bis 2019" in q.text for q in qs)
    text = (
        "Wien – Wir müssen sparen, sagte Ministerin Anna Berger. Das ist für alle Ressorts "
        "eine große Aufgabe."
    )
    q = _by_text(_quotes(text, people), "Das ist für alle Ressorts")
    assert q.kind == "direct" and _speaker(q) == "Anna Berger"


def test_pointer_back_relays_wording_only_with_sagen() -> None:
    # session 8: "Das sagte X." makes an indicative statement before it X's direct words; "Das
    # bestätigte X." paraphrases it (reported speech)
    people = {"Jean Dupont": ["Dupont"]}
    said = "Lyon – Die Lage im Lager ist ruhig. Das sagte Staatsanwalt Jean Dupont am Freitag."
    q = _by_text(_quotes(said, people), "Die Lage im Lager")
    assert q.kind == "direct" and _speaker(q) == "Jean Dupont"
    confirmed = said.replace("Das sagte", "Das bestätigte")
    q = _by_text(_quotes(confirmed, people), "Die Lage im Lager")
    assert q.kind == "indirect" and _speaker(q) == "Jean Dupont"


def test_indicative_main_clause_before_a_konjunktiv_ii_is_direct() -> None:
    # session 8: "Es wird kein Geld geben und das hätte …" — reported speech would say "werde",
    # so the Konjunktiv II after the indicative main clause is the speaker's own conditional
    people = {"Eva Roth": ["Roth"]}
    text = (
        "Wien – Es wird kein Geld geben und das hätte schlimme Folgen für das Land, sagte "
        "Ministerin Eva Roth."
    )
    q = _by_text(_quotes(text, people), "Es wird kein Geld geben")
    assert q.kind == "direct" and _speaker(q) == "Eva Roth"
    reported = text.replace("Es wird kein Geld geben und das hätte", "Das hätte")
    assert _by_text(_quotes(reported, people), "Das hätte").kind == "indirect"


def test_subject_before_a_verb_governs_the_coordinated_cue() -> None:
    # session 8: "X begrüßte die Initiative, monierte aber, dass …" and "X sprach für alle und
    # betonte, dass …": the second verb has the subject of the first
    people = {"Karl Weber": ["Weber"]}
    text = (
        "Wien – Der frühere Minister Karl Weber begrüßte die Initiative, monierte aber, dass "
        "man mehr Geld ausgeben müsse."
    )
    q = _by_text(_quotes(text, people), "mehr Geld ausgeben")
    assert q.kind == "indirect" and _speaker(q) == "Karl Weber"
    text = "Wien – Karl Weber sprach für alle Anwesenden und betonte, dass die Lage ernst sei."
    q = _by_text(_quotes(text, people), "die Lage ernst sei")
    assert _speaker(q) == "Karl Weber"


def test_demonstrative_subject_is_the_man_named_last() -> None:
    # session 8: "Dieser betonte, dass …" points to the man named last, past a woman named later
    people = {"Anna Klein": ["Klein"], "Peter Horn": ["Horn"]}
    text = (
        "Wien – Anna Klein lobte den Premier Peter Horn, als Klein über das Abkommen sprach. "
        "Dieser betonte, dass die Reform gelingen werde."
    )
    q = _by_text(_quotes(text, people), "die Reform gelingen werde")
    assert q.kind == "indirect" and _speaker(q) == "Peter Horn"


def test_fronted_participle_cue_takes_the_subject_after_its_auxiliary() -> None:
    # session 8: "Hervorgehoben hat er, dass …": the subject follows the auxiliary
    people = {"Karl Weber": ["Weber"]}
    text = (
        "Wien – Bürgermeister Karl Weber zieht Bilanz. Hervorgehoben hat er im Gespräch, "
        "dass es ein offenes Klima gebe."
    )
    q = _by_text(_quotes(text, people), "ein offenes Klima gebe")
    assert q.kind == "indirect" and _speaker(q) == "Karl Weber"


def test_fronted_waehrend_clause_is_not_the_content_of_the_main_verb() -> None:
    # session 8: "Während X betont, dass …, berichten Betroffene von …": the fronted clause is
    # X's report, not what the "Betroffene" say
    people = {"Sara Lind": ["Lind"]}
    text = (
        "Kampala – Während Sara Lind betont, dass die Lage stabil sei, berichten Betroffene von "
        "Armut und Gewalt."
    )
    qs = _quotes(text, people)
    q = _by_text(qs, "die Lage stabil sei")
    assert _speaker(q) == "Sara Lind"
    assert not any(x.text.startswith("Während") for x in qs)


def test_web_portal_after_the_verb_is_an_inverted_subject() -> None:
    # session 8: "…, schreibt golem.de." — a lower-case web address is the subject after the
    # verb; the content before it is a quote (speaker null while the entity layer knows no
    # entity for the portal)
    text = "Berlin – Der Streitwert wird mit 50.000 Euro angegeben, schreibt golem.de."
    q = _by_text(_quotes(text, {}), "Der Streitwert wird")
    assert q.kind == "direct" and q.text.endswith("angegeben")


def test_chanted_and_headlined_words_are_speech() -> None:
    # session 8: "skandieren" (chants) and "titeln" (a paper's headline) are verbs of utterance
    orgs = {"Kurier": []}
    text = "Wien – Der Kurier berichtete über den Streik. Wir zahlen nicht, titelte der Kurier."
    q = _by_text(_quotes(text, {}, orgs), "Wir zahlen nicht")
    assert q.kind == "direct" and _speaker(q) == "Kurier"
    text = "Wien – Tausende zogen vor das Rathaus. Wir bleiben hier, skandierten die Demonstranten."
    assert _by_text(_quotes(text, {}), "Wir bleiben hier").kind == "direct"


def test_interviewer_turn_is_not_the_interviewees_speech() -> None:
    # session 8: in a printed interview the "STANDARD:" turn is the question; its sentences are
    # no speech of the interviewee, and no chain runs through them
    people = {"Peter Zeidler": ["Zeidler"]}
    text = (
        "Salzburg – Trainer Peter Zeidler spricht über seine Arbeit. Zeidler: Wir wollen "
        "Beziehungen aufbauen. Auf dem Platz müssen wir das Gleiche denken. STANDARD: Es "
        "schaut so aus, als würde der Klub sparen. Stimmt der Eindruck? Zeidler: Dem ist nicht "
        "so. Ich weiß, der Eindruck könnte entstehen."
    )
    qs = _quotes(text, people)
    assert not any("Stimmt der Eindruck" in q.text or "schaut so aus" in q.text for q in qs)
    assert _speaker(_by_text(qs, "Dem ist nicht so")) == "Peter Zeidler"
    assert _speaker(_by_text(qs, "Auf dem Platz müssen wir")) == "Peter Zeidler"


def test_statement_goes_on_after_a_labelled_first_person_answer() -> None:
    # session 8: a plain statement after "X: Ja, aber da greife ich nicht vor, …" goes on
    people = {"Alois Stöger": ["Stöger"]}
    text = (
        "Wien – Minister Alois Stöger wurde nach der Reform gefragt. STANDARD: Gibt es etwas, "
        "das die Partei umsetzen will? Stöger: Ja, aber da greife ich nicht vor, damit die "
        "Experten frei diskutieren können. Ihr Journalisten müsst ein bissl Geduld haben!"
    )
    q = _by_text(_quotes(text, people), "Ihr Journalisten")
    assert q.kind == "direct" and _speaker(q) == "Alois Stöger"
    # after the author's clause that runs on into the person's first person words
    people = {"Thomas Berger": ["Berger"]}
    text = (
        "Wien – Thomas Berger war mit dem Remis nicht unglücklich, aber natürlich hätte ich gern "
        "gewonnen. Die Leistung stimmt aber."
    )
    q = _by_text(_quotes(text, people), "Die Leistung stimmt")
    assert q.kind == "direct" and _speaker(q) == "Thomas Berger"


def test_split_particle_cue_after_the_content() -> None:
    # session 8: "…, teilte X mit." — the subject stands between the finite verb and its
    # particle; the content before the comma is the quote, without the cue
    orgs = {"Verdi": [], "Vereinte Nationen": ["UNO"]}
    text = (
        "Bonn – Der Streik geht weiter. Die Aktion habe in der Nacht begonnen, teilte Verdi "
        "mit. Zahlreiche Menschen seien verletzt worden, teilte die UNO am Montag mit."
    )
    qs = _quotes(text, {}, orgs)
    q = _by_text(qs, "Die Aktion habe")
    assert q.kind == "indirect" and _speaker(q) == "Verdi" and q.text.endswith("begonnen")
    q = _by_text(qs, "Zahlreiche Menschen")
    assert _speaker(q) == "Vereinte Nationen" and "teilte" not in q.text
    # an object after the verb: the subject stood before ("…, der …, wies Kritik … zurück")
    people = {"Jan Nowak": ["Nowak"]}
    text = (
        "Warschau – Der Vorsitzende Jan Nowak, der als starker Mann gilt, wies Kritik an der "
        "Reform am Montag zurück."
    )
    assert not any("als starker Mann" in q.text for q in _quotes(text, people))
    # a fronted infinitive clause is no content ("Um … zu …, schlagen X … vor")
    text = (
        "New York – Um die Verbrechen aufzuarbeiten, schlagen die Vereinten Nationen ein "
        "Gericht vor."
    )
    assert not any(q.text.startswith("Um die Verbrechen") for q in _quotes(text, {}, orgs))


def test_prefixed_konjunktiv_ii_forms() -> None:
    # session 8: umlaut Konjunktiv II forms with an inseparable prefix are Konjunktiv II too
    # (befänden, bestünde, betrügen); "ge-" participles (geblieben) and preterites are not
    lex = load("de")
    assert {"befänden", "bestünde", "betrügen", "ergäbe"} <= lex.konj2
    assert not {"geblieben", "gestiegen", "enthielten", "bewäre"} & lex.konj2
    orgs = {"Verdi": []}
    text = "Bonn – Mehr als 20.000 Beschäftigte befänden sich im Ausstand, teilte Verdi mit."
    q = _by_text(_quotes(text, {}, orgs), "Beschäftigte befänden")
    assert q.kind == "indirect" and _speaker(q) == "Verdi"


def test_short_labelled_answer_after_a_question(german_nlp: Any) -> None:
    # session 8: "STANDARD: Hilft Ihnen das? X: Definitiv." — a named person's short answer to
    # a question is direct speech (the tagger finds no finite verb in it: not a list)
    text = (
        "Skopje – Der mazedonische Außenminister Nikola Poposki spricht über die Grenze. "
        "STANDARD: Hilft Ihnen die Polizei aus Österreich? Poposki: Definitiv. Das ist sehr "
        "hilfreich. STANDARD: Wird die Grenze geschlossen? Poposki: Überhaupt nicht."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _by_text(qs, "Definitiv").kind == "direct"
    assert _speaker(_by_text(qs, "Überhaupt nicht")) == "Nikola Poposki"


def test_place_inside_an_attribute_of_the_speaking_organisation() -> None:
    # session 8: "Wie die in London ansässige Beobachtungsstelle X mitteilte" — the place is part
    # of the attribute; the organisation speaks
    orgs = {"Beobachtungsstelle für Menschenrechte": []}
    people: dict[str, list[str]] = {}
    article = _article(
        "Damaskus – Wie die in London ansässige Beobachtungsstelle für Menschenrechte "
        "mitteilte, bombardierten Kampfjets ein Krankenhaus.",
        people,
        orgs,
    )
    london = Entity(
        id="loc-9",
        type="LOC",
        name="London",
        mentions=[
            Mention(
                text="London",
                start=article.text.index("London"),
                end=article.text.index("London") + 6,
            )
        ],
    )
    article.entities.append(london)
    q = _by_text(extract_quotes(article), "bombardierten Kampfjets")
    assert q.kind == "indirect" and _speaker(q) == "Beobachtungsstelle für Menschenrechte"


def test_cue_clause_runs_on_through_adverbials() -> None:
    # session 8: "sagten X und Y am Rande des Spiels … in einem TV-Interview, sie hielten …":
    # a long cue clause without a finite verb of its own still leads to its content
    people = {"Rainer Koch": ["Koch"], "Reinhard Rauball": ["Rauball"]}
    text = (
        "Frankfurt – Trotzdem sagten Koch und Rauball am Rande des Länderspiels zwischen "
        "Deutschland und Frankreich am vergangenen Freitag in Paris in einem TV-Interview, sie "
        "hielten es für besser, wenn er noch einmal mit den Anwälten reden würde."
    )
    q = _by_text(_quotes(text, people), "sie hielten es für besser")
    assert q.kind == "indirect" and _speaker(q) == "Rainer Koch"


def test_indicative_before_an_anonymous_impersonal_cue_stays_reported() -> None:
    # session 8: "…, heißt es in der Branche" relays a rumour of unnamed circles: reported
    # speech with no speaker, even in the indicative
    text = "München – Die Konzerne wollen sich unabhängiger machen, heißt es in der Branche."
    q = _by_text(_quotes(text, {}), "Die Konzerne wollen")
    assert q.kind == "indirect" and q.speaker is None


def test_fronted_clause_before_a_postposed_verb_is_no_statement(german_nlp: Any) -> None:
    # session 8, round 2: content made only of a subordinate, relative or prepositional clause
    # ("Als die Truppen … besetzen, geht sie in den Widerstand", "Statt …, die …, plädiert sie
    # für …") is no speech of the subject after the verb; a main clause there still is
    text = (
        "Paris – Die Malerin lebte lange in der Stadt. Als die Truppen 1940 die Hauptstadt "
        "besetzen, geht sie in den Untergrund. Statt der bisherigen Regeln, die in vielen "
        "Ländern eine lange Frist vorsehen, plädiert die Abgeordnete Anna Berger für eine "
        "kürzere Frist. Die Regeln sind viel zu kompliziert, sagt Berger."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Als die Truppen" in q.text for q in qs)
    assert not any("Statt der bisherigen Regeln" in q.text for q in qs)
    q = _by_text(qs, "Die Regeln sind viel zu kompliziert")
    assert q.kind == "direct" and _speaker(q) == "Anna Berger"


def test_colon_after_a_cue_in_a_subordinate_clause_or_passive(german_nlp: Any) -> None:
    # session 8, round 2: a verb of saying in an "als"/"wenn" clause, in the passive or as a
    # bare participle ("genauer gesagt:") introduces nobody's words after a colon
    text = (
        "Wien – Das Geschäft endete anders, als der Händler Karl Huber vermutet hatte: Erst "
        "wurde er festgenommen, dann seine Partner. Die Listen für die Wahl wurden bestätigt: "
        "Auf den ersten Plätzen stehen drei Bürgermeister. Es geht um Vögel, genauer gesagt: "
        "um die Silbermöwe. Der Bürgermeister Franz Moser sagte: Wir sind sehr zufrieden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Erst wurde er festgenommen" in q.text for q in qs)
    assert not any("Auf den ersten Plätzen" in q.text for q in qs)
    assert not any("Silbermöwe" in q.text for q in qs)
    q = _by_text(qs, "Wir sind sehr zufrieden")
    assert q.kind == "direct" and _speaker(q) == "Franz Moser"


def test_attributive_adjectives_and_nouns_are_not_konjunktiv(german_nlp: Any) -> None:
    # session 8, round 2: "eine gewisse Strategiewende" (an adjective after its article) and
    # "Folge des Streiks" (a noun with its genitive) are no Konjunktiv I; a lead-in before a
    # colon with them is no reported speech, nor is the sentence after the colon direct speech
    text = (
        "Athen – Die Fähren blieben am Montag in den Häfen, teilte die Gewerkschaft mit. Folge "
        "des Streiks: Zahlreiche Inseln bleiben von der Außenwelt abgeschnitten. Das neue "
        "Modell bedeutet eine gewisse Wende für den Konzern: Es ist das erste billige Gerät. "
        "Es gelte Druck auf den Gegner auszuüben, sagte der Trainer Hans Weber."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Zahlreiche Inseln" in q.text or "Folge" in q.text for q in qs)
    assert not any("erste billige Gerät" in q.text or "gewisse Wende" in q.text for q in qs)
    assert _by_text(qs, "Es gelte Druck").kind == "indirect"


def test_no_forward_chain_after_narration_or_a_report(german_nlp: Any) -> None:
    # session 8, round 2: a cue sentence that goes on with the writer's narration ("…, sagt
    # sie und gibt ihrem Sohn einen Kuss", "…, sagte X, bevor er …") or a medium's report
    # ("…, berichtet Heise.") is followed by the writer's sentences, not more speech
    text = (
        "Medellín – Die Mutter sitzt in ihrem Garten. Wir sind sehr glücklich hier, sagt "
        "Maria Lopez und gibt ihrem Sohn einen Kuss. Die Verantwortung der Regierung ist keine "
        "geringe. Das Gerät ist das schnellste der Welt, berichtet Heise. Denn bei normalen "
        "Festplatten ist derzeit bei zehn Terabyte Schluss."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _speaker(_by_text(qs, "Wir sind sehr glücklich hier")) == "Maria Lopez"
    assert not any("Verantwortung der Regierung" in q.text for q in qs)
    assert not any("bei normalen Festplatten" in q.text for q in qs)


def test_writers_lead_in_before_a_colon_is_cut_from_first_person_speech(german_nlp: Any) -> None:
    # session 8, round 2: "Hier sieht X keinen Bedarf: Ich glaube, …" — the writer's clause
    # about the speaker before the colon is no part of the speech; the speaker's own lead-in
    # ("Das Wichtigste ist: Wir müssen …") stays in it
    text = (
        "Wien – Der Verfahrensrichter Walter Berger zieht Bilanz. Die Arbeit sei gut "
        "angelaufen, sagte Berger. Hier sieht Berger keinen Bedarf für Änderungen: Ich glaube, "
        "es läuft nicht schlecht."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Ich glaube, es läuft nicht schlecht")
    assert q.text.startswith("Ich glaube") and _speaker(q) == "Walter Berger"


def test_own_conditional_after_direct_words_is_direct(german_nlp: Any) -> None:
    # session 8, round 2: right after a speaker's direct words, "Es wird kein Geld geben und
    # das hätte …" (an indicative main clause beside the Konjunktiv II) is their own
    # conditional; after reported speech the same sentence stays reported
    text = (
        "Sarajevo – Der Minister Karl Brunner besuchte am Montag die Hauptstadt. Wenn es jetzt "
        "keine Einigung gibt, wird das Folgen haben, sagte Brunner. Es wird kein Geld geben "
        "und das hätte dramatische Auswirkungen auf das Land."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Es wird kein Geld geben")
    assert q.kind == "direct" and _speaker(q) == "Karl Brunner"


def test_dative_drohen_is_no_cue(german_nlp: Any) -> None:
    # session 8, round 2: "Dem Trainer droht ein Ausfall: …" — something threatens, nobody
    # speaks; "X drohte, … zu verlassen" stays a cue
    text = (
        "London – Der Klub spielt am Dienstag in Paris. Dem Trainer droht jedoch ein Ausfall: "
        "Der Verteidiger ist wegen Muskelproblemen fraglich. Der Stürmer Paul Brenner drohte, "
        "den Verein im Sommer zu verlassen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Muskelproblemen" in q.text for q in qs)
    q = _by_text(qs, "den Verein im Sommer zu verlassen")
    assert q.kind == "indirect" and _speaker(q) == "Paul Brenner"


def test_other_particle_verb_before_a_colon_is_no_cue(german_nlp: Any) -> None:
    # session 8, round 2: "Doch dann meldete er sich zurück: …" is "zurückmelden", not
    # "melden"; "sprach sich … aus: …" is no verb of saying; "teilte … mit: …" still is
    text = (
        "Berlin – Der Sprinter Max Keller war lange verletzt. Doch dann meldete er sich "
        "zurück: Bei einem Meeting in London lief er Ende August 9,87 Sekunden. Der Trainer "
        "Jan Moser teilte am Montag mit: Wir sind sehr zufrieden mit ihm."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Meeting in London" in q.text for q in qs)
    assert _speaker(_by_text(qs, "Wir sind sehr zufrieden")) == "Jan Moser"


def test_dated_event_does_not_go_on_a_statement(german_nlp: Any) -> None:
    # session 8, round 2: after "X mahnte: …", a sentence dating an event ("ab 8. Dezember")
    # is the writer's report, not more of X's statement
    text = (
        "Rio – Die Wasserqualität bleibt ein Problem. Die Forscherin Anna Weiss mahnte: Die "
        "Gewässer sind nicht sicher für Sportler. Die Segler absolvieren ab 8. Dezember ein "
        "zweiwöchiges Trainingslager in der Bucht."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _speaker(_by_text(qs, "Die Gewässer sind nicht sicher")) == "Anna Weiss"
    assert not any("Trainingslager" in q.text for q in qs)


def test_a_portal_named_by_its_address_is_a_source() -> None:
    text = (
        "Wien – Der Konzern schickte laut golem.de eine Unterlassungserklärung. "
        "Laut heise.de sei das Update fehlerhaft gewesen."
    )
    quotes = _quotes(text, {})
    assert [(q.kind, q.cue) for q in quotes] == [
        ("indirect", "laut golem.de"),
        ("indirect", "Laut heise.de"),
    ]


def test_news_report_of_an_organisation_is_retold(german_nlp: Any) -> None:
    # session 9: indicative content of a report by a news agency or paper is the writer's
    # retelling (indirect); a person who reports speaks their own words (direct)
    text = (
        "Ankara – Gegen den Politiker sind Ermittlungen wegen Betrugs eingeleitet worden, meldete "
        "die staatliche Nachrichtenagentur Anadolu. In der Region ist es schon mehrfach zu "
        "Ausbrüchen des Virus gekommen, berichtet der Virologe Karl Müller."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _by_text(qs, "Ermittlungen wegen Betrugs").kind == "indirect"
    müller = _by_text(qs, "Ausbrüchen des Virus")
    assert (müller.kind, _speaker(müller)) == ("direct", "Karl Müller")


def test_passive_clause_before_a_colon_introduces_no_speech(german_nlp: Any) -> None:
    # session 9: the auxiliary stands before commas ("werden heute, Dienstag, … erwartet:")
    text = (
        "Wien – Bis zu 1.500 Mitarbeiter werden heute, Dienstag, im Austria Center erwartet: Der "
        "Betriebsrat hat die Belegschaft zur Versammlung eingeladen. Der Betriebsratschef Peter "
        "Huber sagte: Wir sind auf alles vorbereitet."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any("Belegschaft" in q.text for q in qs)
    assert _speaker(_by_text(qs, "Wir sind auf alles vorbereitet")) == "Peter Huber"


def test_article_das_opens_no_argument_between_reported_sentences() -> None:
    # session 9: "Das Grundproblem …" (an article) is the writer's remark between two reported
    # sentences; "Das ist …" (a demonstrative) ties into the speaker's argument
    base = (
        "Calais – Die Präfektin Anne Roth erklärte, der Abbau des Lagers werde einen Monat "
        "dauern. {} Nur wenige Migranten seien bereit, in Auffangzentren zu gehen."
    )
    article = _quotes(
        base.format("Das Grundproblem wird allerdings durch die Räumung nicht gelöst."),
        {"Anne Roth": ["Roth"]},
    )
    assert not any("Grundproblem" in q.text for q in article)
    pronoun = _quotes(
        base.format("Das ist aber kein Grund zur Sorge."),
        {"Anne Roth": ["Roth"]},
    )
    assert _speaker(_by_text(pronoun, "kein Grund zur Sorge")) == "Anne Roth"


def test_hearsay_sollen_with_a_perfect_infinitive_is_reported() -> None:
    # session 9: "soll … haben" retells what others say (indirect). Session 13: a plan in a
    # third-person "soll" main clause bound to a cue is reported too (the gold marks such plans
    # indirect: gnad-0118 "Die Stellen sollen im Herbst ausgeschrieben … werden, so Thurner",
    # gnad-0618, gnad-0640, gnad-0728); session 9 had kept it direct
    hearsay = _quotes(
        "Seoul – So soll der Diktator seine Exfreundin hinrichten haben lassen, sagte der "
        "Analyst Jin Park.",
        {"Jin Park": ["Park"]},
    )
    assert [(q.kind, _speaker(q)) for q in hearsay] == [("indirect", "Jin Park")]
    plan = _quotes(
        "Wien – Die Dividende soll auf 60 Cent gekürzt werden, sagte der Vorstand Jin Park.",
        {"Jin Park": ["Park"]},
    )
    assert [q.kind for q in plan] == ["indirect"]


def test_backward_chain_stops_at_a_sentence_about_the_speaker(german_nlp: Any) -> None:
    # session 9: "Doch ihr gelang …" (dative pronoun before the verb) and "Der empfindet sich …"
    # (a demonstrative for a person) are the writer's words about someone, not speech
    text = (
        "New York – Die Schweizerin Anna Keller weinte hemmungslos und warf den Schläger. Doch "
        "ihr gelang das Kunststück, drei Matchbälle abzuwehren. Ich hätte mich so nicht benehmen "
        "sollen, sagte Keller."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert _speaker(_by_text(qs, "Ich hätte mich so nicht")) == "Anna Keller"
    assert not any("Kunststück" in q.text for q in qs)


@pytest.mark.parametrize(
    "text, kind",
    [
        # advice in "sollte" retold after a verb cue: the speaker's "soll" (gold convention)
        ("Wien – Die Wirtschaft sollte sich um Lehrlinge kümmern, meinte Jan Roth.", "indirect"),
        # a verb-first condition and a question keep the indicative main clause direct
        (
            "Wien – Sollten weitere Anteile angeboten werden, ist die Firma interessiert, sagte "
            "Jan Roth.",
            "direct",
        ),
        ("Wien – Ich glaube, man sollte das nicht unterschätzen, sagte Jan Roth.", "direct"),
    ],
)
def test_advice_in_sollte_after_a_verb_cue(text: str, kind: str) -> None:
    quotes = _quotes(text, {"Jan Roth": ["Roth"]})
    assert [(q.kind, _speaker(q)) for q in quotes] == [(kind, "Jan Roth")]


def test_unmarked_speech_candidates_and_features() -> None:
    # session 9 experiment (not in the pipeline): the unmarked sentences beside a speaker's
    # speech and what the logistic model sees of them
    from newsgraph.evaluation.unmarked_speech import candidates, features
    from newsgraph.quotes.extract import Extractor

    text = (
        "Wien – Die Arbeitslosigkeit steigt, sagte der Minister Jan Roth. Die Ministerin Eva "
        "Berg war am Montag in Linz. Wir müssen ja endlich handeln, sagte Roth."
    )
    article = _article(text, {"Jan Roth": ["Roth"], "Eva Berg": ["Berg"]})
    ex = Extractor(article)
    ex.run()
    found = {ex.sentences[c.sentence].text: c for c in candidates(ex)}
    assert list(found) == ["Die Ministerin Eva Berg war am Montag in Linz."]
    c = found["Die Ministerin Eva Berg war am Montag in Linz."]
    assert c.found.speaker.entity is not None and c.found.speaker.entity.name == "Jan Roth"
    feats = features(ex, c)
    assert {"names_person", "calendar", "anchor_before", "both_sides_same"} <= set(feats)
    assert not {"first_person", "modal_particle", "names_speaker"} & set(feats)


def test_no_content_before_a_dative_drohen_a_subject_or_a_state_passive(german_nlp: Any) -> None:
    # session 9, records 0-299: "nun droht den Findern Ärger:" after a comma is no cue (the
    # report after the colon is the paper's); a verbless subject with its apposition before
    # "warnte …:" is no content; "gemeint waren X und Y" (a state passive) is no cue
    paper = _quotes(
        "Warschau – Noch wird über den Zug gerätselt, nun droht den angeblichen Findern Ärger: "
        "Die Leiterin der Behörde erstattete Anzeige, berichtete die Zeitung Gazeta Wyborcza.",
        {},
        {"Gazeta Wyborcza": []},
    )
    assert [(q.kind, _speaker(q)) for q in paper] == [("indirect", "Gazeta Wyborcza")]
    subject = _pipeline_quotes(
        "Istanbul – Der Chefredakteur der regierungskritischen Zeitung Cumhuriyet, Can Dündar, "
        "warnte nach dem Wahlsieg vom Sonntag: Man muss sich auf eine Zeit verschärfter "
        "Repressionen einstellen.",
        german_nlp,
    )
    assert [q.text for q in subject if q.kind == "direct"] == [
        "Man muss sich auf eine Zeit verschärfter Repressionen einstellen."
    ]
    meant = _quotes(
        "Wien – Am Freitag präsentierte die Ministerin Eva Berg mit dem lieben Josef und dem "
        "lieben Gerald, gemeint waren Minister Josef Roth und Minister Gerald Klug, eine Barriere.",
        {"Eva Berg": ["Berg"], "Josef Roth": ["Roth"], "Gerald Klug": ["Klug"]},
    )
    assert meant == []


@pytest.mark.parametrize(
    "text",
    [
        'Der Eigentümer wird die Zeitung mitsamt dem Ableger "The Independent on Sunday" einstellen.',
        '"Times of London" berichtete über einen geheimen Plan der Regierung.',
        'Wien – Auch der österreichische Kurzfilm "Alles wird gut" ist nominiert.',
    ],
)
def test_quoted_names_and_titles_in_the_lead_are_no_quotes(text: str) -> None:
    # session 9: an English name (words joined by of/on/the) and a title after a compound of a
    # title noun (Kurzfilm, Fernsehserie) are names, also in the lead line
    assert [q for q in _quotes(text, {}) if q.kind in ("direct", "partial")] == []


def test_first_person_block_stops_at_another_speakers_label(german_nlp: Any) -> None:
    # session 9: "Fink: Wenn wir …" is labelled with another name than the person the text was
    # about; the first-person block must not give it (or the sentence before it) to that person
    text = (
        "Wien – Die Austria empfängt im Viertelfinale den LASK. Das Duo wird voraussichtlich zwei "
        "Wochen pausieren müssen. Ebenfalls nicht fit ist Christoph Martschinko nach einer "
        "Grippe-Erkrankung. An der Favoritenrolle des 27-fachen Cupsiegers ändert sich dennoch "
        "nichts. Fink: Wenn wir unsere Leistung bringen, das spielen, was wir können, dann werden "
        "wir eine Runde weiter kommen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not any(_speaker(q) == "Christoph Martschinko" for q in qs)


@pytest.mark.parametrize(
    "text, kind",
    [
        # session 9: a source marker inside the content: the writer retells a report
        (
            "Wien – Sie sollen laut Informationen aus Ungarn heute eintreffen, so Jan Roth.",
            "indirect",
        ),
        ("Wien – So konnte er nach eigenen Angaben die Puppe hacken, sagte Jan Roth.", "indirect"),
        ("Wien – Ich habe laut gelacht, sagte Jan Roth.", "direct"),
    ],
)
def test_source_marker_inside_unquoted_content(text: str, kind: str) -> None:
    quotes = _quotes(text, {"Jan Roth": ["Roth"]})
    assert [(q.kind, _speaker(q)) for q in quotes] == [(kind, "Jan Roth")]


def test_a_wie_clause_without_a_subject_or_as_a_comparison_names_no_source() -> None:
    text = (
        "Die Polizei teilte am Montag mit, der Mann sei festgenommen worden. Wie berichtet "
        "hatte er zuvor zwei Banken überfallen. Er habe die Tat inzwischen gestanden.\n\n"
        "Wie Huber kritisierte auch Maier den Bericht der Kommission. Der Bericht sei "
        "einseitig, sagte Maier."
    )
    quotes = _quotes(text, {"Klaus Huber": ["Huber"], "Eva Maier": ["Maier"]}, {"Polizei": []})
    assert not [q for q in quotes if "Banken" in q.text]  # the paper's own report
    assert _speaker(_by_text(quotes, "Tat inzwischen gestanden")) == "Polizei"
    assert not [q for q in quotes if _speaker(q) == "Klaus Huber"]
    # a source clause that closes with its verb, also in the passive, still reports
    quotes = _quotes(
        "Die Firma plant den Bau einer Fabrik, wie weiter erklärt wurde. Wie Huber sagte, "
        "beginne der Bau im Mai.",
        {"Klaus Huber": ["Huber"]},
    )
    assert _by_text(quotes, "Bau einer Fabrik").kind == "indirect"
    assert _speaker(_by_text(quotes, "beginne der Bau")) == "Klaus Huber"
    # a passive wie-clause with its own subject tells what is described, not who describes it
    quotes = _quotes(
        "Huber steht für ein Konzept, das nicht zum Stil passt, wie er vom Publikum erwartet wird.",
        {"Klaus Huber": ["Huber"]},
    )
    assert quotes == []


def test_the_first_reported_sentence_under_a_subheading_goes_on_with_the_last_speaker() -> None:
    text = (
        "Die Stadt habe auf Nachhaltigkeit gesetzt, versicherte Paes. Wir bauen keine weißen "
        "Elefanten, sagte Paes.\n\n## Billiger als erwartet\n\nDer gesamte Park sei billiger "
        "als das alte Stadion.\n\n## Neue Pläne\n\nDer Bürgermeister eröffnete am Montag eine "
        "Brücke. Sie sei die längste der Stadt."
    )
    quotes = _quotes(text, {"Eduardo Paes": ["Paes"]})
    assert _speaker(_by_text(quotes, "Park sei billiger")) == "Eduardo Paes"
    # a section that opens with narration starts afresh
    assert _speaker(_by_text(quotes, "längste der Stadt")) is None


def test_a_konjunktiv_two_under_a_subheading_goes_on_only_with_cueless_speech() -> None:
    # 10kGNAD record 10kgnad-test-0428 (derStandard.at, CC BY-NC-SA 4.0), shortened
    text = (
        "Die Folgen eines Brexits wären für Österreich an der Grenze zum Spürbaren, sagte "
        "Österreichs Wirtschaftsdelegierter in London, Christian Kesberg. Die Russland-Sanktionen "
        "hätten sich für Österreich negativer ausgewirkt.\n\n## EU verlöre größte Militärmacht"
        "\n\nDramatischer wäre, dass die EU bei einem Brexit ihre größte Militärmacht verlieren "
        "würde.\n\n## Neue Pläne\n\nDer Minister habe am Montag eine Brücke eröffnet, sagte "
        "Kesberg.\n\n## Im Sommer\n\nDie Brücke wäre sonst zu teuer gewesen."
    )
    quotes = _quotes(text, {"Christian Kesberg": ["Kesberg"]})
    assert _speaker(_by_text(quotes, "Sanktionen hätten")) == "Christian Kesberg"
    assert _speaker(_by_text(quotes, "Dramatischer wäre")) == "Christian Kesberg"
    # only speech that already went on without a cue carries a Konjunktiv II over a heading
    assert not [q for q in quotes if "zu teuer" in q.text]


def test_an_announced_fact_before_mitteilen_or_bekanntgeben_is_retold() -> None:
    text = (
        "Die Ausgangssperre endete um sieben Uhr früh, gab der Gouverneur der Provinz, Ali "
        "Ihsan Su, bekannt. Das Militär habe seinen Einsatz beendet.\n\n"
        "Ein Verdächtiger wurde festgenommen, teilte die Polizei mit.\n\n"
        "Wir haben alles richtig gemacht, teilte Su mit."
    )
    quotes = _quotes(text, {"Ali Ihsan Su": ["Su"]}, {"Polizei": []})
    assert _by_text(quotes, "Verdächtiger wurde").kind == "indirect"
    fact = _by_text(quotes, "Ausgangssperre endete")
    assert (fact.kind, _speaker(fact)) == ("indirect", "Ali Ihsan Su")
    assert _speaker(_by_text(quotes, "Militär habe")) == "Ali Ihsan Su"
    assert _by_text(quotes, "alles richtig gemacht").kind == "direct"  # first person: wording


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Er ist ein sehr, sehr guter Spieler, meinte Nadal.", "direct"),
        ("Er begrüßte die Diskussion über die Reform, erklärte Nadal.", "indirect"),
    ],
)
def test_content_opening_with_er_is_a_paraphrase_only_in_the_past(
    text: str, kind: str, german_nlp: Any
) -> None:
    quotes = _pipeline_quotes("Paris – Rafael Nadal gewann. " + text, german_nlp)
    assert _by_text(quotes, "Er ").kind == kind


def test_a_name_after_a_preposition_before_a_colon_labels_no_speech() -> None:
    text = (
        "Die beiden Minister verstehen sich gut. Eine weitere Parallele, die sich bei Hans "
        "Doskozil und Johanna Mikl auftut: Er und sie wissen die Landeshauptleute hinter sich."
    )
    quotes = _quotes(text, {"Hans Doskozil": ["Doskozil"], "Johanna Mikl": ["Mikl"]})
    assert not [q for q in quotes if "Landeshauptleute" in q.text]


def test_adjectives_in_a_row_tagged_as_finite_verbs_are_no_konjunktiv() -> None:
    lex = load("de")
    toks = tokenize("Die dauerhafte, treue und stabile, fruchtbare Liebe wird verhöhnt.", 0)
    for t in toks:
        t.tag = {"treue": "VVFIN", "stabile": "VVFIN", "wird": "VAFIN"}.get(t.text)
        t.mood = "Sub" if t.text == "stabile" else None
    assert not mood.konj1(toks, lex) and not mood.konj2(toks, lex, use_tagger=True)
    toks = tokenize("Es gebe und bleibe viel zu tun.", 0)
    for t in toks:
        t.tag = "VVFIN" if t.text in ("gebe", "bleibe") else None
    assert mood.konj1(toks, lex)  # a verb right after its subject still counts


def test_direct_speech_goes_on_after_an_impersonal_cue_of_a_known_source() -> None:
    text = (
        "Die Firma Billa dementierte die Berichte. Leider kursieren im Netz Falschmeldungen, "
        "hieß es auf der Billa-Facebookseite. Diese Gerüchte sind allesamt falsch."
    )
    quotes = _quotes(text, {}, {"Billa": ["Billa"]})
    follow = _by_text(quotes, "Gerüchte sind allesamt falsch")
    assert (follow.kind, _speaker(follow)) == ("direct", "Billa")


def test_a_name_inside_a_prepositional_phrase_is_not_the_subject_of_a_first_person_block(
    german_nlp: Any,
) -> None:
    text = (
        "Salzburg – Peter Zeidler ist neuer Trainer. STANDARD: Was wurde Ihnen versprochen? "
        "Zeidler: Ich kann nicht in Adi Hütter reinschauen. Versprechen ist ein großes Wort. Es "
        "ist mit den Verantwortlichen Christoph Freund und Jochen Sauer eine neue Konstellation "
        "gegeben. Wir wollen die Mannschaft entwickeln, jeden Einzelnen verbessern."
    )
    quotes = _pipeline_quotes(text, german_nlp)
    assert not [q for q in quotes if _speaker(q) == "Christoph Freund"]


def test_ausgehen_reports_only_with_a_content_clause(german_nlp: Any) -> None:
    # record 227: "ging vom Innenressort aus" (originated) introduces nothing
    quotes = _pipeline_quotes(
        "Wien – Ein Pilotprojekt startet im Kindergarten des Innenministeriums, meint Johanna "
        "Eteme, die Leiterin der Abteilung im Ministerium. "
        "Die Initiative ging vom Innenressort aus, unterstützt wird sie vom "
        "Kindergartenbetreiber Kinder in Wien (Kiwi), wo man sich vorstellen kann, dass wir das "
        "auch auf die anderen Kiwi-Kindergärten ausweiten, sagt Kiwi-Chefin Monika Riha. "
        "Ministerin Eva Berg geht davon aus, dass das Projekt ausgeweitet wird.",
        german_nlp,
    )
    assert not [q for q in quotes if q.cue and "ging" in q.cue]
    assert ("indirect", "Eva Berg") in [(q.kind, _speaker(q)) for q in quotes]


def test_a_first_person_block_leaves_out_the_writers_lead_in_before_a_colon() -> None:
    text = (
        "Am bestimmtesten noch Karl Ober, Geschäftsführer eines Senders. Aber auch Ober bleibt "
        "eher unbestimmt: Natürlich schauen wir uns jede Möglichkeit an."
    )
    quotes = _quotes(text, {"Karl Ober": ["Ober"]})
    q = _by_text(quotes, "schauen wir uns")
    assert q.text.startswith("Natürlich") and _speaker(q) == "Karl Ober"


def test_the_current_speaker_named_again_as_subject_stays_current() -> None:
    text = (
        "Die Serie sei ein Erfolg, sagte Produzent John Lueftner. Sie lief in zwölf Ländern. "
        "Die Quoten stiegen von Folge zu Folge. Dann kam die Frage nach einem deutschen Sender. "
        "Produzent Lueftner ist vorsichtig. Der Humor sei womöglich zu schwarz für ARD und ZDF."
    )
    quotes = _quotes(text, {"John Lueftner": ["Lueftner"]})
    assert _speaker(_by_text(quotes, "Humor sei")) == "John Lueftner"


def test_a_preterite_plural_that_looks_like_konjunktiv_ii_continues_no_speech() -> None:
    text = (
        "Die Lage sei schwierig, sagte die Sprecherin Eva Berg. Rund 180.000 Menschen kamen "
        "damals nach Österreich. Etwa zehn Prozent von ihnen blieben im Land."
    )
    quotes = _quotes(text, {"Eva Berg": ["Berg"]})
    assert not [q for q in quotes if "blieben" in q.text]
    # after a cue the same form stands in for the Konjunktiv
    quotes = _quotes("Berg sagte, sie hielten es für besser, zu warten.", {"Eva Berg": ["Berg"]})
    assert _by_text(quotes, "hielten").kind == "indirect"


def test_a_sentence_whose_cue_names_nobody_passes_on_the_speaker_of_its_speech(
    german_nlp: Any,
) -> None:
    # gnad-0418: "zeigt sich" names only the industry; the colon's speech is Grebe's
    text = (
        "Wien – Die heimische Automobilindustrie zeigt sich selbstbewusst: Während der "
        "Wirtschaftsstandort Österreich in allen Rankings permanent zurückfalle, bleibe "
        "Österreichs Auto-Industrie im Spitzenfeld was Innovationen und Produktion betrifft: Pro "
        "Kopf ist demnach Österreich der größte Motorenproduzent der Welt, rechnete der Chef des "
        "Zulieferers AVL List, Uwe Dieter Grebe, bei einem Pressegespräch in Wien vor. Darüber "
        "hinaus sei die Branche überdurchschnittlich innovativ."
    )
    quotes = _pipeline_quotes(text, german_nlp)
    assert _speaker(_by_text(quotes, "Branche überdurchschnittlich")) == "Uwe Dieter Grebe"


def test_moechte_at_the_end_of_a_subordinate_clause_continues_no_speech() -> None:
    text = (
        "Das Angebot werde ausgebaut, sagte Sprecherin Eva Berg. Wer die Videos ohne Reklame "
        "sehen möchte, muss dafür ein Abo abschließen. Mit den Konkurrenten möchte sie sich nicht "
        "messen."
    )
    quotes = _quotes(text, {"Eva Berg": ["Berg"]})
    assert not [q for q in quotes if "Reklame" in q.text]
    assert _speaker(_by_text(quotes, "Konkurrenten möchte")) == "Eva Berg"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Max Ruh bezeichnete die Vorwürfe als haltlos.", "die Vorwürfe als haltlos"),
        (
            "Max Ruh hat in einem Interview die Lage der Banken als schwierig bezeichnet.",
            "die Lage der Banken als schwierig",
        ),
        ("Max Ruh nannte den Vergleich schockierend.", "den Vergleich schockierend"),
        ("Max Ruh geißelte den Raubbau in Afrika als Sünde.", "den Raubbau in Afrika als Sünde"),
        (
            "Max Ruh gab auf. Als wesentlich bezeichnete er die Entscheidung für eine Schule.",
            "Als wesentlich bezeichnete er die Entscheidung für eine Schule",
        ),
    ],
)
def test_a_characterisation_reports_the_thing_judged_with_the_verdict(text: str, span: str) -> None:
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert span in [q.text for q in qs if q.kind == "indirect"]


def test_a_body_without_a_name_judges_but_a_study_does_not() -> None:
    quotes = _quotes(
        "Der Präsident Max Ruh will eine dritte Amtszeit. Die Opposition bezeichnete dies als "
        "illegal. Die Studie bezeichnet den Effekt als gering.",
        {"Max Ruh": ["Ruh"]},
    )
    q = _by_text(quotes, "als illegal")
    assert q.kind == "indirect" and _speaker(q) is None
    assert not [q for q in quotes if "gering" in q.text]


def test_infinitive_content_keeps_its_relative_clause_and_stops_at_a_dash() -> None:
    quotes = _quotes(
        "Max Ruh forderte das Parlament auf, die Immunität für Abgeordnete aufzuheben, denen er "
        "Verbindungen zur PKK unterstellt. Max Ruh betonte eingangs, mit dem Gegner freundlich "
        "umgehen zu wollen – so, dass das Amt nicht beschädigt wird.",
        {"Max Ruh": ["Ruh"]},
    )
    texts = [q.text for q in quotes if q.kind == "indirect"]
    assert (
        "die Immunität für Abgeordnete aufzuheben, denen er Verbindungen zur PKK unterstellt"
        in texts
    )
    assert any(t.startswith("mit dem Gegner freundlich umgehen zu wollen") for t in texts)


def test_content_after_an_enumerated_object_or_apposition_of_the_cue(german_nlp: Any) -> None:
    quotes = _pipeline_quotes(
        "Wien – Bundespräsident Heinz Fischer findet den Streit besorgniserregend, er mahnt "
        "Regierung, Länder und Gemeinden, im Asylstreit gemeinsam mit den Hilfsorganisationen an "
        "einem Strang zu ziehen. Er forderte auch ein rasches Follow-up der Konferenz, eine "
        "panregionale Initiative, um eine bessere Koordination zu ermöglichen.",
        german_nlp,
    )
    q = _by_text(quotes, "an einem Strang zu ziehen")
    assert q.text.startswith("im Asylstreit") and _speaker(q) == "Heinz Fischer"
    assert not [q for q in quotes if q.text.startswith("um eine bessere")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Bewerber ist nach Bekunden seines Arztes bei exzellenter Gesundheit.",
        "Er nimmt nach Auskunft seines Arztes täglich Aspirin ein.",
        "Bei den Anschlägen starben nach jüngsten Angaben des Ministeriums 38 Menschen.",
    ],
)
def test_more_source_phrases_report_the_sentence(text: str) -> None:
    quotes = _quotes(text, {}, {"Ministerium": []})
    assert [q.kind for q in quotes] == ["indirect"]


def test_a_source_phrase_followed_by_no_name_is_unnamed_unless_demnach_points_back() -> None:
    quotes = _quotes(
        "Laut der Polizei Wien gab es einen Einsatz. Bei den Anschlägen starben nach jüngsten "
        "Angaben 38 Menschen. Nach Angaben der Zeitung Kurier stieg die Zahl. Dort habe die "
        "Polizei demnach nach vorläufigen Erkenntnissen 921 Delikte von Neonazis registriert.",
        {},
        {"Polizei Wien": [], "Kurier": []},
    )
    assert _speaker(_by_text(quotes, "starben nach jüngsten Angaben")) is None
    assert _speaker(_by_text(quotes, "921 Delikte")) == "Kurier"


def test_nach_an_adjective_and_angaben_is_an_unnamed_source() -> None:
    quotes = _quotes(
        "Der Student Otto Warmbier hatte sich nach nordkoreanischen Angaben zum Diebstahl "
        "bekannt. Die Polizei stellte nach diesen Angaben viele Straftaten fest.",
        {"Otto Warmbier": ["Warmbier"]},
    )
    q = _by_text(quotes, "zum Diebstahl")
    assert q.kind == "indirect" and _speaker(q) is None
    assert not [q for q in quotes if q.cue and "diesen" in q.cue]


def test_a_reflexive_versichern_says_nothing() -> None:
    quotes = _quotes(
        "Das versicherte Karl Ober am Montag. Mit sechs von zehn Reisenden, die sich auf Reisen "
        "versichern, liege Österreich im guten Mittelfeld.",
        {"Karl Ober": ["Ober"]},
    )
    q = _by_text(quotes, "guten Mittelfeld")
    assert q.text.startswith("Mit sechs von zehn") and _speaker(q) == "Karl Ober"


def test_a_verb_of_saying_in_the_konjunktiv_i_is_reported_not_a_cue() -> None:
    quotes = _quotes(
        "Die Post habe keine Strategie, sagte Frank Bsirske. Er griff auch Konzernchef Appel "
        "scharf an: Dieser verdiene selbst Millionen, verspreche den Aktionären rosige Zeiten "
        "und setze die Mitarbeiter unter Druck.",
        {"Frank Bsirske": ["Bsirske"], "Frank Appel": ["Appel"]},
    )
    q = _by_text(quotes, "verdiene selbst Millionen")
    assert "verspreche den Aktionären" in q.text and _speaker(q) == "Frank Bsirske"


def test_an_accusation_with_a_noun_phrase_reports_the_charge() -> None:
    quotes = _quotes(
        "Die Staatsanwaltschaft wirft Anton Schlecker zahlreiche Vergehen vor. Max Ruh warf der "
        "Regierung vor, die Krise provoziert zu haben.",
        {"Anton Schlecker": ["Schlecker"], "Max Ruh": ["Ruh"]},
        {"Staatsanwaltschaft": []},
    )
    q = _by_text(quotes, "zahlreiche Vergehen")
    assert q.text == "Anton Schlecker zahlreiche Vergehen" and _speaker(q) == "Staatsanwaltschaft"
    assert _by_text(quotes, "die Krise provoziert").text == "die Krise provoziert zu haben"


def test_an_english_source_phrase_still_names_its_source() -> None:
    quotes = _quotes(
        "According to the Pentagon, the base serves as an outpost in the fight.",
        {},
        {"Pentagon": []},
        language="en",
    )
    assert [(q.kind, _speaker(q)) for q in quotes] == [("indirect", "Pentagon")]


def test_hearsay_sollen_whose_clause_ends_before_the_sentence_is_reported() -> None:
    # session 11: "soll … geholfen haben, … zu entziehen", "soll … gefunden worden sein – …":
    # the perfect infinitive closes its clause, not the sentence; with no reported speech of the
    # current source right before, the hearsay has no speaker. A plan ("soll … werden, um …")
    # and a colon's lead-in stay the writer's.
    text = (
        "Stuttgart – Die Staatsanwaltschaft erhob Anklage gegen den Gründer Jan Roth. Seine "
        "Familie soll ihm dabei geholfen haben, der Firma Vermögen zu entziehen. Viele Gerüchte "
        "erwiesen sich als falsch: So soll Roth Geld versteckt haben – später fand man nichts. "
        "Die Firma soll im Herbst verkauft werden, um die Schulden zu tilgen."
    )
    qs = _quotes(text, {"Jan Roth": ["Roth"]}, {"Staatsanwaltschaft": []})
    got = [(q.kind, q.text, _speaker(q)) for q in qs]
    assert (
        "indirect",
        "Seine Familie soll ihm dabei geholfen haben, der Firma Vermögen zu entziehen.",
        None,
    ) in got
    assert any(q.text.startswith("So soll Roth Geld versteckt haben") for q in qs)
    assert not any("Gerüchte" in q.text or "Herbst" in q.text for q in qs)


def test_sollen_right_after_reported_speech_goes_on_with_it() -> None:
    # session 11: a plan in "soll(en)" right after a reported sentence (any cue, not only a source
    # phrase) continues it ("…, sagte X. Bei 22 Verbindungen soll … reduziert werden."), also with
    # "sein" at the end; a question or first person stays out
    text = (
        "Paris – Die Firma plane weitere Kürzungen, sagte der Chef Jan Roth. Bei 22 Filialen "
        "soll die Zahl der Mitarbeiter reduziert werden. Heuer sollen es rund zwei Millionen "
        "Euro sein. Die Gewerkschaft rief zu Streiks auf. Sie warne vor Kündigungen, sagte "
        "Eva Berg. Was soll da noch geprüft werden?"
    )
    qs = _quotes(text, {"Jan Roth": ["Roth"], "Eva Berg": ["Berg"]})
    got = [(q.kind, q.text, _speaker(q)) for q in qs]
    assert (
        "indirect",
        "Bei 22 Filialen soll die Zahl der Mitarbeiter reduziert werden.",
        "Jan Roth",
    ) in got
    assert ("indirect", "Heuer sollen es rund zwei Millionen Euro sein.", "Jan Roth") in got
    assert not any("geprüft" in q.text for q in qs)


def test_an_estimate_with_mit_and_a_number_is_reported() -> None:
    # session 11: "beziffert X mit 170 Tonnen" is an estimate like "schätzt X auf …" (gold:
    # the whole sentence, indirect); "mit" without a number is no estimate
    qs = _quotes(
        "Wien – Jan Roth beziffert die Ausbringung in Österreich mit stattlichen 170 Tonnen im "
        "Jahr. Eva Berg beziffert den Schaden mit großer Vorsicht.",
        {"Jan Roth": ["Roth"], "Eva Berg": ["Berg"]},
    )
    assert [(q.kind, q.text, _speaker(q)) for q in qs] == [
        (
            "indirect",
            "Jan Roth beziffert die Ausbringung in Österreich mit stattlichen 170 Tonnen im Jahr.",
            "Jan Roth",
        )
    ]


def test_a_relative_clause_after_an_impersonal_cue_hangs_on_the_cue(german_nlp: Any) -> None:
    # session 11: "…, heißt es in einem Schreiben, das der APA vorliegt": the relative clause
    # belongs to the cue; the content before it is the quote (indicative: direct, as the gold
    # has it), without the cue; a main clause after the comma is no such clause
    text = (
        "Wien – Der Vorstand sieht keinen Anlass, ein Verfahren einzuleiten, heißt es in einem "
        "Schreiben an die Aktionäre, das der Zeitung vorliegt. Das Unternehmen will weiter "
        "wachsen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert [(q.kind, q.text) for q in qs] == [
        ("direct", "Der Vorstand sieht keinen Anlass, ein Verfahren einzuleiten")
    ]


def test_first_person_before_an_impersonal_cue_is_direct(german_nlp: Any) -> None:
    # session 11: "Wir könnten … geraten, verlautete aus dem Ministerium": the first person is the
    # source's own wording, whatever the mood the tagger reads
    text = (
        "Rom – Wir könnten wirklich in Schwierigkeiten geraten, sollten weiterhin tausende "
        "Migranten eintreffen, verlautete aus dem Innenministerium."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert [q.kind for q in qs] == ["direct"]
    assert qs[0].text.startswith("Wir könnten wirklich")


def test_rechnen_mit_a_number_is_an_estimate() -> None:
    # session 11: "Die Regierung rechnet heuer mit zwei Milliarden Euro" is an estimate (gold: the
    # sentence or its mit-phrase, indirect); a verb-first "Rechnet man damit, …, dann …" is a
    # condition, and "rechnet mit" without a number no estimate
    qs = _quotes(
        "Kosten steigen\n\nWien – Die Regierung rechnet heuer mit zwei Milliarden Euro "
        "Flüchtlingskosten.\n\n"
        "Rechnet man damit, dass die Preise weiter steigen, dann sind 600 Fahrten nötig. Die "
        "Regierung rechnet mit Widerstand.",
        {},
    )
    assert [(q.kind, q.text) for q in qs] == [
        ("indirect", "Die Regierung rechnet heuer mit zwei Milliarden Euro Flüchtlingskosten.")
    ]


def test_a_forecast_with_a_number_is_reported() -> None:
    # session 11: "erwartet X einen Rückgang von einer Million Barrel" is an estimate; "erwartet
    # die Gäste" is not
    qs = _quotes(
        "Wien – Für die USA erwartet die Agentur JBC einen Rückgang von rund einer Million Barrel "
        "pro Tag. Die Agentur JBC erwartet die Gäste am Abend.",
        {},
        {"JBC": ["Agentur JBC"]},
    )
    assert [(q.kind, q.text, _speaker(q)) for q in qs] == [
        (
            "indirect",
            "Für die USA erwartet die Agentur JBC einen Rückgang von rund einer Million Barrel pro "
            "Tag.",
            "JBC",
        )
    ]


def test_a_passive_accusation_is_reported_by_its_agent_not_the_accused() -> None:
    # session 11: "Firtasch wird von den USA Korruption vorgeworfen" is the USA's accusation (the
    # whole sentence, as the gold has it); "Anna Day wird vorgeworfen, … zu haben": Anna Day is
    # the accused, not the speaker
    qs = _quotes(
        "Wien – Jan Roth wird von den USA Korruption in Indien vorgeworfen. Anna Day wird "
        "vorgeworfen, bei der Einreise falsche Angaben gemacht zu haben.",
        {"Jan Roth": ["Roth"], "Anna Day": []},
        {"USA": []},
    )
    assert [(q.kind, q.text, _speaker(q)) for q in qs] == [
        ("indirect", "Jan Roth wird von den USA Korruption in Indien vorgeworfen.", "USA"),
        (
            "indirect",
            "Anna Day wird vorgeworfen, bei der Einreise falsche Angaben gemacht zu haben.",
            None,
        ),
    ]


def test_a_cue_inserted_after_a_fronted_clause_keeps_the_whole_content(german_nlp: Any) -> None:
    # session 11: "Wenn Apple auf Volvo zukäme, hatte er gesagt, würden die Schweden …": the
    # fronted clause is the content's first part, the auxiliary opens the inserted cue
    text = (
        "Stockholm – Volvo-Chef Hakan Samuelsson sprach über Apple. Wenn Apple auf Volvo "
        "zukäme, hatte er gesagt, würden die Schweden sicher darüber nachdenken."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert any(
        q.kind == "indirect"
        and q.text.startswith("Wenn Apple auf Volvo zukäme")
        and q.text.endswith("nachdenken")
        for q in qs
    )


def test_wuerde_right_after_reported_speech_without_a_source_goes_on() -> None:
    # session 11: "…, hieß es. Dazu würden Mitarbeiter … zusammenkommen.": the "würde" of
    # reported speech continues a reported sentence whose source is unknown; after the writer's
    # own sentence it does not
    qs = _quotes(
        "Berlin – Die Regierung werde die Note prüfen, hieß es. Dazu würden Mitarbeiter der "
        "Ämter am Montag zusammenkommen. Das Gedicht erschien im März. Dann würden viele "
        "Zuschauer lachen.",
        {},
    )
    texts = [q.text for q in qs if q.kind == "indirect"]
    assert "Dazu würden Mitarbeiter der Ämter am Montag zusammenkommen." in texts
    assert not any("Zuschauer" in t for t in texts)


def test_impersonal_cue_clauses_with_brackets_appositions_and_labels_stay_out() -> None:
    # session 11: the content before "…, verlautete aus Kreisen der OPCW (…) in Den Haag" and
    # "…, heißt es in der Begründung von X, Direktor der Y" ends before the cue; after an
    # interview label the content follows "Allgemein heißt es,"
    qs = _quotes(
        "Wien – Die Chemikalie sei verwendet worden, verlautete aus Kreisen der Organisation "
        "(OPCW) in Den Haag. Beide seien brillante Philosophen, heißt es in der Begründung von "
        "Jan Roth, Direktor der Bibliothek. STANDARD: Allgemein heißt es, der Terrorismus sei "
        "global vernetzt.",
        {"Jan Roth": ["Roth"]},
    )
    texts = [q.text for q in qs]
    assert "Die Chemikalie sei verwendet worden" in texts
    assert "Beide seien brillante Philosophen" in texts
    assert "der Terrorismus sei global vernetzt" in texts


def test_geht_aus_hervor_reports_the_sentence_before_by_the_document_owner() -> None:
    # session 11: "Das geht aus Anfragebeantwortungen des Innenministeriums hervor" points back:
    # the sentence before is the ministry's report; a name inside an attribute of the document
    # ("aus dem der APA vorliegenden Programm") is not its author
    qs = _quotes(
        "Wien – Im Burgenland wurden im Herbst mehr Straftaten angezeigt als im Jahr davor. Das "
        "geht aus parlamentarischen Anfragebeantwortungen des Innenministeriums hervor.\n\n"
        "Die Kosten steigen heuer auf zwei Milliarden Euro. Das geht aus dem der APA "
        "vorliegenden Programm hervor.",
        {},
        {"Innenministerium": ["Innenministeriums"], "APA": []},
    )
    got = [(q.kind, q.text, _speaker(q)) for q in qs]
    assert (
        "indirect",
        "Im Burgenland wurden im Herbst mehr Straftaten angezeigt als im Jahr davor",
        "Innenministerium",
    ) in got
    assert not any(s == "APA" for _, _, s in got)


def test_speech_after_an_inserted_cue_with_an_unnamed_subject() -> None:
    # session 11: "…, sagten die Klubobleute, man habe das Ohr am Bürger gehabt": the speech
    # goes on after an inserted cue whose subject is no entity, as after "…, sagte X, …"
    qs = _quotes(
        "Wien – Die Vorschläge seien berücksichtigt worden, sagten die Klubobleute, man habe das "
        "Ohr am Bürger gehabt.",
        {},
    )
    assert ("indirect", "man habe das Ohr am Bürger gehabt") in [(q.kind, q.text) for q in qs]


def test_a_konjunktiv_sentence_ending_in_a_speech_participle_is_reported(german_nlp: Any) -> None:
    # session 11: "Er habe ja jetzt der Zeitung Rede und Antwort gestanden.": the participle
    # (read as "gestehen") introduces nothing; the Konjunktiv sentence continues the speaker
    text = (
        "München – Franz Beckenbauer äußerte sich zu den Vorwürfen. Die Sache sei erledigt, "
        "erklärte Beckenbauer. Er habe ja jetzt der Zeitung Rede und Antwort gestanden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert any(q.kind == "indirect" and q.text.startswith("Er habe ja jetzt") for q in qs), [
        (q.kind, q.text) for q in qs
    ]


def test_interview_answer_goes_on_to_the_next_turn(german_nlp: Any) -> None:
    # session 11 round 2: in a printed interview every sentence of an answer is the
    # interviewee's, also one that names somebody or tells a fact ("Der Stadtrat verfügt …");
    # the next "STANDARD:" turn, an unlabelled question before the next answer and the
    # sentences of a question turn are not
    text = (
        "Graz – Die Bürgermeisterin Karin Gruber spricht über den Verkehr in ihrer Stadt. "
        "STANDARD: Braucht Graz eine neue Straßenbahn? Gruber: Das ist keine einfache Frage. "
        "Der Stadtrat verfügt über viel zu wenig Geld. Die Baufirmen warten seit Jahren auf "
        "Aufträge. STANDARD: Der Landeshauptmann hat im Frühjahr einen Plan vorgelegt. "
        "Reicht das? Gruber: Es ist ein Anfang. Der Plan sieht drei neue Linien vor."
    )
    qs = _pipeline_quotes(text, german_nlp)
    for fragment in (
        "Der Stadtrat verfügt",
        "Die Baufirmen warten",
        "Es ist ein Anfang",
        "Der Plan sieht drei",
    ):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Karin Gruber", (fragment, q)
    assert not [q for q in qs if "Landeshauptmann hat im" in q.text or "Reicht das" in q.text]


def test_interview_answer_label_with_a_name_not_introduced_before(german_nlp: Any) -> None:
    # session 11 round 2: "STANDARD: …? Peter Kaiser: …" — the answer label of an interview
    # may be the first mention of the interviewee's full name
    text = (
        "Klagenfurt – Nach der Wahl spricht der Landeshauptmann über seine Partei. "
        "STANDARD: Wie geht es jetzt weiter? Hannes Berger: Es ist schlicht eine Niederlage. "
        "Wir müssen über alles reden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Es ist schlicht eine Niederlage")
    assert q.kind == "direct" and _speaker(q) == "Hannes Berger"
    assert _speaker(_by_text(qs, "Wir müssen über alles reden")) == "Hannes Berger"


def test_infinitive_in_ten_after_a_modal_is_no_preterite(german_nlp: Any) -> None:
    # session 11 round 2: the tagger reads an infinitive in -ten after a modal as a finite verb
    # ("muss … fernhalten"); it is no plural preterite standing in for a Konjunktiv, so the
    # statement after the colon stays direct
    text = (
        "Erbil – Der Gouverneur Nawzad Hadi sprach mit Journalisten. Hadi erklärte am Sonntag: "
        "Die Regierung muss die Kämpfer von den Dörfern der Region fernhalten, damit keine "
        "Bauern Opfer dieses Konflikts werden."
    )
    q = _by_text(_pipeline_quotes(text, german_nlp), "Die Regierung muss")
    assert q.kind == "direct" and _speaker(q) == "Nawzad Hadi"


# -- session 12: verdicts with sehen / halten ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Max Ruh sieht das Schreiben an die Schulen als problematisch.",
            "Max Ruh sieht das Schreiben an die Schulen als problematisch.",
        ),
        (
            "Max Ruh sieht in den Vorschlägen eine Lösung für junge Leute.",
            "Max Ruh sieht in den Vorschlägen eine Lösung für junge Leute.",
        ),
        (
            "Max Ruh sieht seine Analysen durch neue Versuche bestätigt.",
            "Max Ruh sieht seine Analysen durch neue Versuche bestätigt.",
        ),
        (
            "Max Ruh hält die Entscheidung für richtig, aber riskant.",
            "Max Ruh hält die Entscheidung für richtig, aber riskant.",
        ),
        ("Max Ruh hielt das für einen Fehler.", "Max Ruh hielt das für einen Fehler."),
        (
            "Für einen Wermutstropfen hält Max Ruh, dass jeder zahlen muss.",
            "Für einen Wermutstropfen hält Max Ruh, dass jeder zahlen muss.",
        ),
        (
            "Dass die Stadt früher startet, sehen Max Ruh und seine Partei nicht als Problem an.",
            "Dass die Stadt früher startet, sehen Max Ruh und seine Partei nicht als Problem",
        ),
    ],
)
def test_a_verdict_with_sehen_or_halten_is_reported(text: str, span: str) -> None:
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    hits = [q for q in qs if q.kind == "indirect" and q.text == span]
    assert hits, [q.text for q in qs]
    assert _speaker(hits[0]) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh hielt für die Partei eine Rede.",
        "Als Max Ruh den Mann sah, flüchtete dieser.",
        "Max Ruh sah sich gezwungen, den Vertrag zu kündigen.",
        "Der Plan von Max Ruh sieht eine Erhöhung der Steuern vor.",
        "Max Ruh sieht gut aus.",
        "Das Haus kostet sechs Millionen Euro, was Max Ruh für zu teuer hält.",
    ],
)
def test_sehen_and_halten_without_a_verdict_report_nothing(text: str) -> None:
    # (a relative clause's verdict is left out: its holder is the antecedent's business)
    assert not [q for q in _quotes(text, {"Max Ruh": ["Ruh"]}) if q.kind == "indirect"]


def test_a_verdict_verb_is_no_cue_for_other_speech() -> None:
    # "sieht" before a colon: the speech after it stays the speaker's direct words, and "zu
    # sehen" in the next sentence does not end the first-person block
    text = (
        "Max Ruh sieht es als Auftrag, Zeichen zu setzen: Wir wollen eine gute Zusammenarbeit "
        "mit der Stadt. Wir werden die Bühne öffnen, es wird viel zu sehen geben."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert _by_text(qs, "Wir werden die Bühne").kind == "direct"
    verdict = _by_text(qs, "als Auftrag")
    assert verdict.kind == "indirect" and "Wir wollen" not in verdict.text


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh erwartet ein rückläufiges Angebot, etwa bei der Förderung von Rohöl.",
        "Er erwartet über kurz oder lang wieder steigende Preise.",
        "Anwältin Max Ruh rechnet mit einer Entscheidung in den nächsten Monaten.",
    ],
)
def test_a_forecast_with_a_noun_phrase_is_reported(text: str) -> None:
    qs = _quotes("Max Ruh ist Ökonom. " + text, {"Max Ruh": ["Ruh"]})
    q = _by_text(qs, text.rstrip("."))
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Max Ruh rechnete mit seinen Kritikern ab.",
        "Am Sonntag erwartet Max Ruh den Meister.",
        "Die Besucher erwartet ein buntes Programm.",
    ],
)
def test_no_forecast_without_one(text: str) -> None:
    assert not _quotes(text, {"Max Ruh": ["Ruh"]})


@pytest.mark.parametrize(
    "text",
    [
        "Für Max Ruh sind die Ergebnisse ein Grund, Flüchtlinge stärker zu fördern.",
        "Für die Chefin der Jugend, Max Ruh, ist all das ein Schlag gegen die Menschlichkeit.",
    ],
)
def test_a_sentence_opening_with_fuer_and_a_person_tells_their_view(text: str) -> None:
    qs = _quotes("Max Ruh ist Ökonomin. " + text, {"Max Ruh": ["Ruh"]})
    q = _by_text(qs, text.rstrip("."))
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


@pytest.mark.parametrize(
    "text",
    [
        "Für Max Ruh ist es das zweite Halbfinale in diesem Jahr.",
        "Für Max Ruh war das Spiel ein Erfolg.",
        "Für die Stadt sind die Kosten zu hoch.",
    ],
)
def test_fuer_without_a_persons_present_view_reports_nothing(text: str) -> None:
    qs = _quotes("Max Ruh spielte gut. " + text, {"Max Ruh": ["Ruh"]})
    assert not [q for q in qs if q.kind == "indirect"]


def test_an_infinitive_before_zu_and_a_modal_is_no_cue() -> None:
    # "euch mitteilen zu müssen": the verb of saying is part of the speech, not its cue
    text = (
        "Das Turnier beginnt am Sonntag. Ich bedaure sehr, euch mitteilen zu müssen, dass ich "
        "nicht antrete, erklärte Max Ruh."
    )
    qs = _quotes(text, {"Max Ruh": ["Ruh"]})
    assert [(q.kind, _speaker(q)) for q in qs] == [("direct", "Max Ruh")]


def test_nach_and_a_name_in_the_genitive_before_a_source_noun_names_the_source() -> None:
    text = (
        "Max Ruh sagte vor Gericht aus. Nach Ruhs Darstellung war der Mann ihr in Diskussionen "
        "unterlegen."
    )
    q = _by_text(_quotes(text, {"Max Ruh": ["Ruh"]}), "unterlegen")
    assert q.kind == "indirect" and _speaker(q) == "Max Ruh"


def test_interview_answer_keeps_its_conditionals_and_later_short_turns(german_nlp: Any) -> None:
    # session 13: inside an answer a Konjunktiv II sentence is the interviewee's own
    # conditional, not reported speech; "Ein Beispiel:" inside an answer is no new turn; a
    # later turn of the same interviewee is an answer however short ("Gruber: Ja.") or
    # whatever its mood ("Gruber: Die Stadt könnte …")
    text = (
        "Graz – Die Bürgermeisterin Karin Gruber spricht über den Verkehr in ihrer Stadt. "
        "STANDARD: Braucht Graz eine neue Straßenbahn? Gruber: Das ist keine einfache Frage. "
        "Ein Beispiel: Die Linie nach Puntigam ist jeden Morgen überfüllt. Eine neue Linie "
        "würde die Innenstadt entlasten. Die Baufirmen warten seit Jahren auf Aufträge. "
        "STANDARD: Ist das Geld dafür da? Gruber: Ja. Der Bund zahlt die Hälfte der Kosten. "
        "STANDARD: Und wenn der Bund nicht zahlt? Gruber: Die Stadt könnte dann einen Kredit "
        "aufnehmen. Der Gemeinderat hat das schon beschlossen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    for fragment in (
        "Die Linie nach Puntigam",
        "Eine neue Linie würde",
        "Die Baufirmen warten",
        "Der Bund zahlt die Hälfte",
        "Die Stadt könnte dann",
        "Der Gemeinderat hat das",
    ):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Karin Gruber", (fragment, q)
    assert any(q.text == "Ja." and _speaker(q) == "Karin Gruber" for q in qs)
    assert not [q for q in qs if "Ist das Geld" in q.text or "wenn der Bund nicht" in q.text]


def test_demonstrative_comment_after_reported_speech_is_direct(german_nlp: Any) -> None:
    # session 13: right after a person's reported speech, a present-tense sentence opened by
    # "Das"/"Dies" that points back at it is the person's own comment (the corpus dropped the
    # quotation marks); a sentence of the writer telling something new is not
    text = (
        "Linz – Die Landesrätin Maria Berger kritisierte den Plan am Montag. Die neuen Regeln "
        "seien viel zu streng, sagte Berger. Das ist nicht nachvollziehbar. Die Regierung "
        "beschloss das Gesetz trotzdem. Der Bürgermeister Paul Huber meinte, die Stadt habe "
        "genug Geld. Die Stadt hat im Vorjahr drei Schulen gebaut."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Das ist nicht nachvollziehbar")
    assert q.kind == "direct" and _speaker(q) == "Maria Berger"
    assert not [q for q in qs if "drei Schulen" in q.text or "beschloss das Gesetz" in q.text]


def test_interview_answer_sentence_with_a_report_inside_is_the_interviewees(
    german_nlp: Any,
) -> None:
    # session 13: a sentence of an interview answer that reports somebody else's words is the
    # interviewee's own sentence too; the report inside it stays reported
    text = (
        "Graz – Die Bürgermeisterin Karin Gruber spricht über den Verkehr in ihrer Stadt. "
        "STANDARD: Braucht Graz eine neue Straßenbahn? Gruber: Das ist keine einfache Frage. "
        "Da müssen wir klarmachen, dass die Stadt das nicht allein bezahlen kann. Im Vorjahr "
        "hieß es, der Bund werde die Hälfte übernehmen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    for fragment in ("Da müssen wir klarmachen", "Im Vorjahr hieß es"):
        q = _by_text(qs, fragment)
        assert q.kind == "direct" and _speaker(q) == "Karin Gruber", (fragment, q)
    assert any(q.kind == "indirect" and q.text.startswith("der Bund werde") for q in qs)


def test_third_person_sollen_plan_bound_to_a_cue_is_reported(german_nlp: Any) -> None:
    # session 13: a plan or hearsay with "soll"/"sollen" in a third-person main clause that a
    # speaker passes on ("Die neuen Busse sollen im Mai fahren, sagte X") is reported speech;
    # a first-person statement and a label's colon ("X: Die Stadt soll …") stay direct
    text = (
        "Graz – Der Stadtrat Paul Huber stellte am Montag das neue Verkehrskonzept vor. "
        "Die neuen Busse sollen schon im Mai durch die Innenstadt fahren, sagte Huber. "
        "Wir sollen das Geld sparsam ausgeben, sagte Huber. Die Bürgermeisterin Karin Gruber "
        "war zufrieden. Gruber: Die Stadt soll in zehn Jahren ohne Staus auskommen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die neuen Busse sollen")
    assert q.kind == "indirect" and _speaker(q) == "Paul Huber"
    assert _by_text(qs, "Wir sollen das Geld").kind == "direct"
    assert _by_text(qs, "Die Stadt soll in zehn Jahren").kind == "direct"


def test_wollen_with_a_perfect_infinitive_is_the_subjects_claim() -> None:
    # session 13: "will … gesehen haben" is what the subject claims (reported speech, the
    # subject speaking); "will … sein" with a plain infinitive is a plan, nobody's speech
    claim = _quotes(
        "Linz – Der Zeuge Paul Huber war am Abend im Park. Huber will den Täter genau "
        "gesehen haben.",
        {"Paul Huber": ["Huber"]},
    )
    assert [(q.kind, _speaker(q)) for q in claim] == [("indirect", "Paul Huber")]
    plan = _quotes(
        "Linz – Der Bürgermeister Paul Huber stellte das Projekt vor. Die Stadt will bis 2030 "
        "klimaneutral sein.",
        {"Paul Huber": ["Huber"]},
    )
    assert not plan


def _tagged(sentence: str, verb: str, tag: str, lemma: str) -> list[Any]:
    """The tokens of a sentence with the pipeline's tag and lemma set on one word."""
    toks = tokenize(sentence, 0)
    for t in toks:
        if t.text == verb:
            t.tag, t.lemma = tag, lemma
    return toks


def test_konjunktiv_one_of_a_t_or_d_stem_by_its_lemma() -> None:
    # session 13, round 2: a -t/-d stem's Konjunktiv I ("verwerte", "abbilde") looks like a weak
    # preterite ("sagte"); the pipeline's lemma (stem + e = form) tells them apart, whatever
    # the tagger's mood or its reading as a participle
    lex = load("de")
    assert mood.konj1(
        _tagged("Die Firma verwerte ihre Grundstücke.", "verwerte", "VVFIN", "verwerten"), lex
    )
    assert mood.konj1(
        _tagged("dass die Regelung die Lage nicht abbilde", "abbilde", "VVPP", "abbilden"), lex
    )
    assert mood.konj1(_tagged("Der Euro bereite ihm Sorgen.", "bereite", "VVFIN", "bereiten"), lex)
    # a preterite, a first person, a participle or adjective with a guessed lemma: none
    assert not mood.konj1(
        _tagged("Die Firma verwertete ihre Grundstücke.", "verwertete", "VVFIN", "verwerten"), lex
    )
    assert not mood.konj1(_tagged("Die Firma sagte nichts.", "sagte", "VVFIN", "sagen"), lex)
    assert not mood.konj1(_tagged("Ich bereite das vor.", "bereite", "VVFIN", "bereiten"), lex)
    assert not mood.konj1(
        _tagged("Man sah schreiende Menschen.", "schreiende", "VVPP", "schreienden"), lex
    )
    attribute = _tagged("Er half dem finanzmarode Heer.", "finanzmarode", "VVFIN", "finanzmaroden")
    attribute[2].tag = "ART"
    assert not mood.konj1(attribute, lex)
    # without the pipeline (no tags, no lemma) the form alone decides, as before
    assert not mood.konj1(tokenize("Die Firma verwerte ihre Grundstücke.", 0), lex)


def test_konjunktiv_one_of_a_t_stem_goes_on_with_the_speaker(german_nlp: Any) -> None:
    # session 13, round 2: "bereite" (the tagger: indicative first person) after a speaker's
    # reported sentence is his reported speech too
    text = (
        "Die Zinsen würden bald steigen, sagte Analyst Peter Wagner am Montag. Die Schwäche des "
        "Euro bereite ihm aber Sorgen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Schwäche des Euro bereite")
    assert q.kind == "indirect" and _speaker(q) == "Peter Wagner"


def test_content_before_a_perfect_cue_with_its_subject_after_the_auxiliary(
    german_nlp: Any,
) -> None:
    # session 13, round 2: "…, hat X gesagt" / "…, hatte X … geschworen": the cue clause opens
    # with the auxiliary right after the content's comma; the content before it is the speech
    # (not after a fronted subordinate clause: "Wie …, hat X … festgehalten" tells no speech)
    text = (
        "Linz – Der Bürgermeister Karl Huber sprach am Montag vor dem Gemeinderat. Die Stadt "
        "werde kein neues Bad bauen, hat Huber gesagt. Das ist alles, hatte der Bürgermeister "
        "schon vor einer Woche gesagt. Wie mehrere Zeitungen berichteten, hat der "
        "Gemeinderat am Dienstag an den Plänen festgehalten."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Stadt werde kein neues Bad bauen")
    assert q.kind == "indirect" and _speaker(q) == "Karl Huber"
    assert "hat Huber" not in q.text
    q = _by_text(qs, "Das ist alles")
    assert q.kind == "direct" and _speaker(q) == "Karl Huber" and "hatte" not in q.text
    assert not [q for q in qs if "Zeitungen" in q.text]


def test_speech_verb_under_a_konjunktiv_modal_is_no_cue_of_its_own(german_nlp: Any) -> None:
    # session 13, round 2: "Demnach wolle X das Angebot annehmen." — an infinitive under a
    # Konjunktiv I modal introduces nothing; the sentence goes on with the report before it
    text = (
        "Wien – Der Konzern Alpenstahl kauft sich bei der Bergbahn ein. Der Konzern sei mit "
        "seinen Angeboten schon weit vorangekommen, berichtete der Kurier am Samstag. Demnach "
        "wolle die Landesbank das Angebot von Alpenstahl annehmen."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Demnach wolle die Landesbank")
    assert q.kind == "indirect" and _speaker(q) == "Kurier"


def test_name_with_a_speech_noun_before_a_colon_labels_the_answer(german_nlp: Any) -> None:
    # session 13, round 2: "Hubers Antwort: …", "Huber Antwort: …" — a speech noun owned by an
    # introduced person's name labels what the person says after the colon
    for label in ("Hubers Antwort", "Huber Antwort"):
        text = (
            "Wien – Der Ökonom Paul Huber stellte am Montag sein Buch vor. Kritiker fragten, wer "
            f"die vielen Änderungen im Text entschieden hat. {label}: Ein Buch kann nicht von "
            "jedem gleichzeitig geschrieben werden."
        )
        q = _by_text(_pipeline_quotes(text, german_nlp), "Ein Buch kann nicht")
        assert q.kind == "direct" and _speaker(q) == "Paul Huber", label


def test_konjunktiv_clause_before_an_impersonal_cue_with_a_colon(german_nlp: Any) -> None:
    # session 13, round 2: "Man habe …, hieß es in einer Aussendung: …" — the Konjunktiv
    # clause before the impersonal cue is reported as well as the speech after the colon
    text = (
        "Linz – Die Firma Alpenbau hat ein neues Werk eröffnet. Man habe auf einen sorgsamen "
        "Umgang mit der Umwelt geachtet, hieß es seitens der Firma in einer Aussendung: "
        "Insgesamt seien 40 Auflagen erfüllt worden."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Man habe auf einen sorgsamen Umgang")
    assert q.kind == "indirect" and "hieß es" not in q.text
    assert _by_text(qs, "Insgesamt seien 40 Auflagen").kind == "indirect"


def test_object_after_an_inverted_reproach_is_no_second_content(german_nlp: Any) -> None:
    # session 13, round 2: "…, warf X der Ministerin vor": the content before the cue is what
    # X reproaches; the dative after the verb is no evaluation of its own
    text = (
        "Linz – Die Ministerin Eva Gruber verteidigte das Abkommen. Diese Versprechen seien "
        "reine Kosmetik, warf Anna Berger der Ministerin vor."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert [q.text for q in qs] == ["Diese Versprechen seien reine Kosmetik"]


def test_konjunktiv_main_clause_opening_with_das_after_an_inserted_cue(german_nlp: Any) -> None:
    # session 13, round 2: "…, sagt X, das zu klären sei Sache der Gemeinde": after the cue a
    # clause opening with "das" whose Konjunktiv I stands second is the speech going on; a
    # relative clause about the speaker ("…, die den Verein seit Jahren leite.") is none
    text = (
        "Dornbirn – Die Firma Ikea bestätigt Verhandlungen mit der Gemeinde. In die Diskussion "
        "um den Verkehr mische man sich nicht ein, sagt Pressesprecherin Barbara Riedl, das zu "
        "klären sei Sache der Gemeinde. Die Lage sei ernst, sagte die Obfrau Anna Berger, die "
        "den Verein seit Jahren leite."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "das zu klären sei Sache der Gemeinde")
    assert q.kind == "indirect" and _speaker(q) == "Barbara Riedl"
    assert not [q for q in qs if "seit Jahren leite" in q.text]


def test_a_short_first_answer_is_the_labels_speech_too() -> None:
    # session 19: an interview's first answer too short to read as speech ("Brandl: Immer.")
    # belongs to the label that later answers name; before, only the answers after the first
    # readable one were the interviewee's (whole pipeline: the parse decides what reads as speech)
    from newsgraph.pipeline import analyze

    text = (
        "Die Sängerin Anna Brandl spricht über ihr neues Album. STANDARD: Singen Sie oft? "
        "Brandl: Immer. STANDARD: Auch unter der Dusche? Brandl: Natürlich, jeden Morgen. Das "
        "gehört dazu. STANDARD: Was ist neu? Brandl: Ein bisschen. Ich habe mehr Gitarre gespielt."
    )
    qs = analyze(read_string(text), stages=("entities", "quotes")).quotes
    first = _by_text(qs, "Immer.")
    assert first.kind == "direct" and _speaker(first) == "Anna Brandl"
    assert _speaker(_by_text(qs, "Ich habe mehr Gitarre gespielt")) == "Anna Brandl"
    assert not any("Singen Sie" in q.text or "Brandl:" in q.text for q in qs)
