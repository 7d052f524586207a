"""Session 27 (lead): the writer's indicative after a source's report is not its continuation;
an organisation after "hieß es im" is the source; a pronoun is not bound by a name of its own
clause; the name before an apposition is the subject, not the place or medium after the verb;
a first-person block after "… hat ihn überzeugt" is his. Sentences written for the tests after
fresh 10kGNAD text (records 300+ that are in no gold set); the shipped German pipeline."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze, load_nlp
from newsgraph.readers import read_string


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    article: Article = analyze(
        read_string(text, format="text", published="2020-01-01"),
        stages=["entities", "quotes"],
        nlp=load_nlp("de"),
    )
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Mit der Belohnung will er sich laut Guardian ein neues Fahrrad kaufen. Junge "
            "Hacker sind keine Seltenheit, wenngleich das Alter doch auffällt. In den vergangenen "
            "Monaten entdeckten zwei indische Teenager einen Fehler in WhatsApp.",
            "entdeckten zwei indische Teenager",
        ),
        (
            "Die Geräte sind teuer, wie Technology Review berichtet. Herkömmliche Bildschirme "
            "nutzen Stifte, die ein Motor bewegt. Sie verfügen oft nur über eine Zeile und kosten "
            "mehrere tausend Dollar.",
            "verfügen oft nur",
        ),
    ],
)
def test_an_indicative_after_a_writers_sentence_is_not_the_reports_continuation(
    text: str, writer: str
) -> None:
    assert not [q for q in _quotes(text) if writer in q[1]]


def test_a_modal_demand_after_a_writers_sentence_stays_the_sources() -> None:
    found = _quotes(
        "Für den Ökonomen Ludger Wößmann sind die Ergebnisse ein Grund, Flüchtlinge stärker zu "
        "fördern. Er fordert mehr Deutschkurse. Qualifikationsmaßnahmen sollten sich mehr an der "
        "Vorbildung der Betroffenen orientieren."
    )
    assert [(k, s) for k, t, s in found if "Qualifikationsmaßnahmen" in t] == [
        ("indirect", "Ludger Wößmann")
    ]


def test_an_organisation_after_hiess_es_im_is_the_source() -> None:
    found = _quotes(
        "Das Innenministerium sucht weitere Quartiere. Zwei Kasernen sollten in den nächsten "
        "Tagen bezogen werden, hieß es im Innenministerium zur APA."
    )
    assert [s for _k, t, s in found if "Kasernen" in t] == ["Innenministerium"]


def test_a_place_after_hiess_es_in_is_nobody() -> None:
    found = _quotes("Die Lage sei ernst, hieß es in Moskau.")
    assert [s for _k, t, s in found if "Lage" in t] == [None]


def test_a_pronoun_is_not_bound_by_a_name_of_its_own_clause() -> None:
    found = _quotes(
        "Der griechische Finanzminister Yanis Varoufakis trat am Montag zurück. Schäuble warf "
        "er vor, schon seit 2012 einen Grexit zu betreiben."
    )
    assert [s for _k, t, s in found if "Grexit" in t] == ["Yanis Varoufakis"]


def test_a_pronoun_still_takes_the_name_before_its_clause() -> None:
    found = _quotes(
        "Der Trainer ist zufrieden. Jordi werde, wie er am Montag sagte, bald wieder spielen."
    )
    assert [s for _k, t, s in found if "wieder spielen" in t] == ["Jordi"]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Der griechische Verteidigungsminister Panos Kammenos kritisierte die EU. Kammenos, "
            "zugleich Chef der Partei der Unabhängigen Griechen, warf der Türkei vor, das "
            "Abkommen mit der EU nicht einzuhalten.",
            "Abkommen",
            "Panos Kammenos",
        ),
        (
            "Die Anwältin Guo Jianmei kämpft seit Jahren. Die 55-jährige Guo, die Partnerin der "
            "Pekinger Kanzlei Qianqian ist, sagte dem STANDARD, dass der Fall ein wichtiger "
            "Anstoß gewesen sei.",
            "Anstoß",
            "Guo Jianmei",
        ),
    ],
)
def test_the_name_before_an_apposition_is_the_subject_not_the_object_after_the_verb(
    text: str, fragment: str, speaker: str
) -> None:
    assert [s for _k, t, s in _quotes(text) if fragment in t] == [speaker]


def test_a_first_person_block_after_hat_ihn_ueberzeugt_is_his() -> None:
    found = _quotes(
        "Für die Freiheitlichen hat sich Michael Stumpf als 16-Jähriger entschieden. Die erste "
        "Begegnung mit seinem Vorbild Heinz-Christian Strache am Rochusmarkt hat ihn überzeugt. "
        "Ich habe ihn nur vom Fernsehen gekannt."
    )
    assert [(k, s) for k, t, s in found if "Fernsehen" in t] == [("direct", "Michael Stumpf")]


def test_the_writers_question_keeps_the_person_asked_current() -> None:
    found = _quotes(
        "Das Einkaufszentrum gehört Anton Wieser. Um Gottes Willen! Wer erzählt denn sowas?, "
        "fragt Wieser. Er habe seine Geschäfte schon am Mittwoch zugesperrt. Freiwillig und "
        "nicht auf Geheiß der Polizei. Ob das auch andere Kaufhäuser taten? Nein, da war ich der einzige, jetzt kann niemand mehr zu mir."
    )
    assert [(k, s) for k, t, s in found if "der einzige" in t] == [("direct", "Anton Wieser")]
    assert not [q for q in found if "Kaufhäuser" in q[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Das Zentrum gehört Anton Wieser, der am Samstag bestätigt, dass es zu keinen Angriffen "
        "gekommen sei.",
        "Das Zentrum gehört Anton Wieser, der dem STANDARD am Samstag bestätigt, dass es zu "
        "keinen Angriffen gekommen sei.",
    ],
)
def test_a_relative_pronoun_opening_the_cue_clause_is_its_antecedent(text: str) -> None:
    assert [s for _k, t, s in _quotes(text) if "Angriffen" in t] == ["Anton Wieser"]


def test_a_question_naming_a_person_asks_that_person() -> None:
    found = _quotes(
        "Im Zug war endlich Zeit. Ich zeigte ihm Noten, schließlich hat David Krakauer gesagt: "
        "Mach ma das! Warum wollte Krzysztof Dobrek gerade Krakauer? Es ist seine Intensität. "
        "Seit Jahren höre ich ihn gerne."
    )
    assert [s for _k, t, s in found if "höre ich ihn" in t] == ["Krzysztof Dobrek"]


def test_an_object_pronoun_for_a_thing_gives_no_first_person_speaker() -> None:
    found = _quotes(
        "Die Zeitung fragt, ob Präsident François Hollande den Weihnachtsmann rasieren lasse. "
        "Nicht jeder Bart ist verdächtig. Ziegenbärte sind harmlos. Der Backenbart ist ein "
        "Zeichen der Nostalgie. Wer ihn trägt, will sich als Aristo-Fan outen. Heikel wird es "
        "beim Vollbart, den wir hier beiseitelassen."
    )
    assert not [q for q in found if q[2] == "François Hollande" and "Vollbart" in q[1]]


def test_a_norm_cited_inside_reported_content_is_not_the_source() -> None:
    found = _quotes(
        "Das sei eine Lüge, sagt EU-Kommissar Vytenis Andriukaitis. Es gebe keine Gefahr. Und es "
        "sei festzuhalten, dass alle EU-Staaten gemäß der bestehenden Richtlinie vorbereitet "
        "seien."
    )
    assert [s for _k, t, s in found if "vorbereitet" in t] == ["Vytenis Andriukaitis"]


def test_a_frame_adverb_before_a_role_label_and_colon() -> None:
    found = _quotes(
        "EU-Kommissar Vytenis Andriukaitis widerspricht. Dazu der Kommissar: Das Risiko ist "
        "äußerst gering. Man kann das praktisch ausschließen."
    )
    assert [(k, s) for k, t, s in found if "Risiko" in t] == [("direct", "Vytenis Andriukaitis")]


def test_a_descriptor_is_not_bound_to_a_name_inside_the_speakers_own_words() -> None:
    found = _quotes(
        "Ein zehnjähriger Bub aus Finnland hat eine Lücke bei Instagram entdeckt. Ich hätte "
        "sogar Justin Biebers Kommentare entfernen können, sagte der Hacker zu einer Zeitung."
    )
    assert [s for _k, t, s in found if "Kommentare" in t] == [None]


def test_a_descriptor_still_binds_the_person_named_before() -> None:
    found = _quotes(
        "Der Sänger Justin Bieber ist empört. Ich habe das nicht gewusst, sagte der Sänger."
    )
    assert [s for _k, t, s in found if "gewusst" in t] == ["Justin Bieber"]


def test_a_descriptor_with_the_name_in_apposition_keeps_it() -> None:
    found = _quotes(
        "Die Afrikanische Union nimmt Abstand. Die Entsendung einer Friedensmission sei "
        "unvorstellbar, sagte der AU-Sondergesandte für Burundi, Ibrahima Fall, am Sonntag."
    )
    assert [s for _k, t, s in found if "Friedensmission" in t] == ["Ibrahima Fall"]


def test_an_organisation_noun_alone_in_a_source_phrase_points_back() -> None:
    found = _quotes(
        "Das Bildungsministerium hat einen Erlass verschickt. Wenn Lehrer dennoch "
        "Parteienvertreter einladen, müssen diese laut Ministerium dafür sorgen, dass keine "
        "Werbung gemacht wird."
    )
    assert [s for _k, t, s in found if "Parteienvertreter" in t] == ["Bildungsministerium"]
