"""Rule components of the German pipeline, tested on hand-made docs (no trained model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.nlp import MODELS_DIR
from newsgraph.nlp.components import (
    NAME_MODEL_FILE,
    WORD_PROB,
    CommonWords,
    FalsePersons,
    GivenNames,
    Konjunktiv,
    LemmaTable,
    NameModel,
    PersonNames,
    PlaceAfterPreposition,
    konjunktiv_i_3sg,
)


def test_konjunktiv_i_forms() -> None:
    assert konjunktiv_i_3sg("haben") == "habe"
    assert konjunktiv_i_3sg("sein") == "sei"
    assert konjunktiv_i_3sg("genießen") == "genieße"
    assert konjunktiv_i_3sg("ändern") == "ändere"
    assert konjunktiv_i_3sg("tun") == "tue"


def _doc(words: list[str], tags: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, lemmas=lemmas)
    return doc


def test_konjunktiv_marks_stem_e_forms_only() -> None:
    doc = _doc(
        ["Sie", "sagte", ",", "er", "komme", "und", "ich", "komme", "auch"],
        ["PPER", "VVFIN", "$,", "PPER", "VVFIN", "KON", "PPER", "VVFIN", "ADV"],
        ["PRON", "VERB", "PUNCT", "PRON", "VERB", "CCONJ", "PRON", "VERB", "ADV"],
        ["sie", "sagen", ",", "er", "kommen", "und", "ich", "kommen", "auch"],
    )
    doc[7].set_morph("Person=1")
    Konjunktiv()(doc)
    assert doc[4].morph.get("Mood") == ["Sub"]
    assert doc[1].morph.get("Mood") == []  # sagte: preterite, not stem + e
    assert doc[7].morph.get("Mood") == []  # ich komme: first person indicative


def test_lemma_table_overrides_and_fixes_finite_verb_pos() -> None:
    table = {("Autos", "N"): "Auto", ("genieße", "V"): "genießen"}
    doc = _doc(
        ["Autos", "genieße", "Vertrauen"],
        ["NN", "VVFIN", "NN"],
        ["NOUN", "ADJ", "NOUN"],
        ["Autos", "genieße", "vertrau"],
    )
    LemmaTable(table)(doc)
    assert [t.lemma_ for t in doc] == ["Auto", "genießen", "Vertrau"]
    assert doc[1].pos_ == "VERB"


def test_person_names_rule() -> None:
    rule = PersonNames(frozenset({"Heidegger", "Heideggers", "Krause"}))
    nlp = spacy.blank("de")
    doc = nlp.make_doc("Das schrieb Heidegger 1927 , Heideggers Buch und Minister Krause Peter .")
    rule(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Heidegger", "PER"), ("Heideggers", "PER")]
    start = nlp.make_doc("Heidegger schrieb .")
    rule(start)
    assert list(start.ents) == []  # sentence-initial: ambiguous, left to the model


def _ents(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("de").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_place_after_preposition_retypes_bare_org() -> None:
    rule = PlaceAfterPreposition(frozenset({"Gazprom"}))
    doc = rule(_ents(["Gefechte", "in", "Kupjansk", "dauern", "an"], [(2, 3, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Kupjansk", "LOC")]
    doc = rule(_ents(["Flüge", "nach", "Kupjansk"], [(2, 3, "ORG")]))
    assert doc.ents[0].label_ == "LOC"
    # an article in between, an acronym, a known organisation, another preposition: unchanged
    for words, ent in (
        (["Streit", "in", "der", "Fraktion", "Linke"], (4, 5, "ORG")),
        (["Mitglied", "in", "NATO"], (2, 3, "ORG")),
        (["Anteile", "an", "Gazprom"], (2, 3, "ORG")),
        (["Geld", "aus", "Gazprom"], (2, 3, "ORG")),
        (["Arbeit", "bei", "Siemens"], (2, 3, "ORG")),
        (["Ärger", "in", "Bayern", "München"], (2, 4, "ORG")),
    ):
        doc = rule(_ents(words, [ent]))
        assert [e.label_ for e in doc.ents] == ["ORG"], words


def _per(rule: CommonWords, text: str, ents: list[tuple[int, int, str]]) -> list[str]:
    doc = rule(_ents(text.split(), ents))
    return [f"{e.text}/{e.label_}" for e in doc.ents]


def test_common_words_drop_ordinary_words_tagged_person() -> None:
    pytest.importorskip("HanTa")
    rule = CommonWords(frozenset({"Kern"}))
    # sentence-initial adjective and verb, rare and compound nouns
    assert _per(rule, "Heikler wird es für die Regierung", [(0, 1, "PER")]) == []
    assert _per(rule, "Komme was wolle , sagt sie", [(0, 1, "PER")]) == []
    assert _per(rule, "Dann kam die Melancholie zurück", [(3, 4, "PER")]) == []
    assert _per(rule, "Auf der Inselrepublik wird gewählt", [(2, 3, "PER")]) == []
    # a sentence-initial adverb before a name is cut off, a title stays outside
    assert _per(rule, "Apropos Mayerhofer : er kam", [(0, 2, "PER")]) == ["Mayerhofer/PER"]
    # other types are left alone
    assert _per(rule, "Die Melancholie GmbH klagt", [(1, 3, "ORG")]) == ["Melancholie GmbH/ORG"]


def test_common_words_keep_names() -> None:
    pytest.importorskip("HanTa")
    rule = CommonWords(frozenset({"Kern"}))
    # a surname of the shipped list, an unknown foreign name, a known proper noun
    assert _per(rule, "Das sagte Kern gestern", [(2, 3, "PER")]) == ["Kern/PER"]
    assert _per(rule, "Das sagte Yüksekdag gestern", [(2, 3, "PER")]) == ["Yüksekdag/PER"]
    assert _per(rule, "Das sagte Seehofer gestern", [(2, 3, "PER")]) == ["Seehofer/PER"]
    # the word is part of a longer person name in the same doc
    text = "Minister Sebastian Kurz kam . Kurz sagte nichts"
    assert _per(rule, text, [(1, 3, "PER"), (5, 6, "PER")]) == [
        "Sebastian Kurz/PER",
        "Kurz/PER",
    ]
    assert _per(rule, "Kurz sagte nichts", [(0, 1, "PER")]) == []
    # right after a given name the model left out ("Karin Baier")
    assert _per(rule, "sagte Bürgermeisterin Karin Baier gestern", [(3, 4, "PER")]) == ["Baier/PER"]
    text = "Minister Frank-Walter Steinmeier kam . Steinmeier sagte nichts"
    assert _per(rule, text, [(2, 3, "PER"), (5, 6, "PER")]) == [
        "Steinmeier/PER",
        "Steinmeier/PER",
    ]
    # a name that starts lower-case is the model's decision
    assert _per(rule, "Minister de Maizière kam", [(1, 3, "PER")]) == ["de Maizière/PER"]


@pytest.fixture(scope="module")
def name_model() -> NameModel:
    path = MODELS_DIR / NAME_MODEL_FILE
    if not path.is_file():
        pytest.skip("name model not shipped")
    return NameModel.read(path)


def test_name_model_tells_unknown_names_from_unknown_words(name_model: NameModel) -> None:
    # compounds, brand and place names and loanwords HanTa does not know
    for word in ("Werbeblockersperre", "Musikantenstadl", "Flixtrain", "Mattersburg"):
        assert name_model.p_word(word) >= WORD_PROB, word
    # surnames and given names, German and foreign, none of them in the training lists' test part
    for word in ("Mitterlehner", "Galazka", "Laachraoui", "Kerschbaumer", "Doskozil", "Najim"):
        assert name_model.p_word(word) < 0.5, word


def test_common_words_drop_unknown_words_by_name_model(name_model: NameModel) -> None:
    pytest.importorskip("HanTa")
    rule = CommonWords(frozenset({"Kern"}), name_model)
    assert _per(rule, "Die Werbeblockersperre kommt bald", [(1, 2, "PER")]) == []
    assert _per(rule, "Das sagte Galazka gestern", [(2, 3, "PER")]) == ["Galazka/PER"]
    # a form of a longer person name in the same doc stays
    text = "Minister Hans Werbeblockersperre kam . Werbeblockersperre sagte nichts"
    assert _per(rule, text, [(1, 3, "PER"), (5, 6, "PER")]) == [
        "Hans Werbeblockersperre/PER",
        "Werbeblockersperre/PER",
    ]
    # without the name model, HanTa alone does not know the compound
    plain = CommonWords(frozenset({"Kern"}))
    assert _per(plain, "Die Werbeblockersperre kommt bald", [(1, 2, "PER")]) == [
        "Werbeblockersperre/PER"
    ]


def _false_persons() -> FalsePersons:
    return FalsePersons(
        places=frozenset({"China", "Kupjansk"}),
        english=frozenset({"future", "warning", "link", "camera"}),
        first_names=frozenset({"Ami", "Harriet", "William"}),
        english_surnames=frozenset({"Warning"}),
    )


def _labels(words: str, ents: list[tuple[int, int, str]]) -> list[str]:
    doc = _false_persons()(_ents(words.split(), ents))
    return [f"{e.text}/{e.label_}" for e in doc.ents]


def test_false_persons_places_become_locations() -> None:
    assert _labels("Auch China kritisierte das", [(1, 2, "PER")]) == ["China/LOC"]
    assert _labels("Chinas Führung sagt", [(0, 1, "PER")]) == ["Chinas/LOC"]
    # a lone name after a bare "in" is a place, not before a noun ("in Merkels Kabinett")
    assert _labels("Kinder in Flint sind krank", [(2, 3, "PER")]) == ["Flint/LOC"]
    assert _labels("in Merkels Kabinett", [(1, 2, "PER")]) == ["Merkels/PER"]


def test_false_persons_drop_english_words_brands_titles() -> None:
    assert _labels("bei einem Future in Marokko", [(2, 3, "PER")]) == []
    assert _labels("unter diesem Link zu finden", [(2, 3, "PER")]) == []
    assert _labels("mit der Cardboard Camera , einer App", [(2, 4, "PER")]) == []
    assert _labels("Ron ( Beauty , Sons of Anarchy )", [(4, 5, "PER")]) == []
    assert _labels("die Bill of Rights gilt", [(1, 4, "PER")]) == []
    assert _labels("bleiben bei Tele2 , sagt er", [(2, 3, "PER")]) == []
    assert _labels("berichtet TorrentFreak heute", [(1, 2, "PER")]) == []
    assert _labels("Musik in „ Mondsand “ von ihm", [(3, 4, "PER")]) == []
    # a URL or number in front is cut off
    assert _labels("lab pic.twitter.com/Z9 Hunt entschuldigte sich", [(1, 3, "PER")]) == [
        "Hunt/PER"
    ]


def test_false_persons_keep_names() -> None:
    # a given name in front, an English word that is a surname, a longer name of the doc
    assert _labels("die Sängerin Ami Warning singt", [(2, 4, "PER")]) == ["Ami Warning/PER"]
    assert _labels("Harriet Green , ihre Mutter", [(1, 2, "PER")]) == ["Green/PER"]
    assert _labels("Guid Warning sagt", [(0, 2, "PER")]) == ["Guid Warning/PER"]
    assert _labels("William FitzEmpress kam", [(0, 2, "PER")]) == ["William FitzEmpress/PER"]
    assert _labels("McAuliffe sagte", [(0, 1, "PER")]) == ["McAuliffe/PER"]
    assert _labels("Harriet Future kam . Future sagte", [(0, 2, "PER"), (4, 5, "PER")]) == [
        "Harriet Future/PER",
        "Future/PER",
    ]
    # other labels are left alone
    assert _labels("Die Future GmbH", [(1, 3, "ORG")]) == ["Future GmbH/ORG"]


def test_false_persons_common_words_in_longer_spans() -> None:
    pytest.importorskip("HanTa")
    check = _false_persons()
    check.common_words = CommonWords(frozenset())

    def labels(words: str, ents: list[tuple[int, int, str]]) -> list[str]:
        return [f"{e.text}/{e.label_}" for e in check(_ents(words.split(), ents)).ents]

    assert labels("Niessls Gunst erwarb er", [(0, 2, "PER")]) == ["Niessls/PER"]
    assert labels("am 27. August . Jenem Tag , an dem", [(4, 6, "PER")]) == []
    # no genitive name in front: a common word ("Boss") or a first name ("Harriet Stark")
    assert labels("betonte Club-Boss Nasser heute", [(1, 3, "PER")]) == ["Club-Boss Nasser/PER"]
    assert labels("sagte Harriet Stark heute", [(1, 3, "PER")]) == ["Harriet Stark/PER"]


def test_false_persons_hyphenated_common_compound_counts_as_common_word() -> None:
    pytest.importorskip("HanTa")
    check = _false_persons()
    check.common_words = CommonWords(frozenset({"Schmidt"}))

    def labels(words: str, ents: list[tuple[int, int, str]]) -> list[str]:
        return [f"{e.text}/{e.label_}" for e in check(_ents(words.split(), ents)).ents]

    # "Tutorial-Videos Einsteiger": a compound of common words and a common noun
    assert labels("mit Tutorial-Videos Einsteiger bei Schritten", [(1, 3, "PER")]) == []
    # a double surname keeps the span
    assert labels("sagte Lisa Müller-Schmidt heute", [(1, 3, "PER")]) == ["Lisa Müller-Schmidt/PER"]


def _given_rule() -> GivenNames:
    """The given-name rule with small hand-made lists (HanTa judges the common words)."""
    rule = GivenNames(
        first=frozenset({"Axel", "Mary", "Ella", "Kabinett"}),
        wide=frozenset({"Åke", "Nienke", "Volkbert", "Hedi", "György", "Mona", "Severin"}),
        places=frozenset({"Wien", "Moskau"}),
        known_orgs=frozenset({"Gazprom"}),
        english=frozenset({"phone", "the"}),
        english_surnames=frozenset(),
    )
    rule.common_words = CommonWords(frozenset({"Keßler"}))
    return rule


def _given(words: str, ents: list[tuple[int, int, str]] | None = None) -> list[str]:
    doc = _given_rule()(_ents(words.split(), ents or []))
    return [f"{e.text}/{e.label_}" for e in doc.ents]


def test_given_name_and_unknown_word_become_a_person() -> None:
    pytest.importorskip("HanTa")
    assert _given("Zuletzt verlässt Åke Walleborn die Band") == ["Åke Walleborn/PER"]
    # name particles before the surname, not after it
    assert _given("Forscher um Nienke van der Marel von der Sternwarte Leiden") == [
        "Nienke van der Marel/PER"
    ]
    # a genitive name before its noun ends the name
    assert _given("eine Antwort auf Axel Springers Werbeblockersperre") == ["Axel Springers/PER"]


def test_given_name_rule_leaves_common_words_places_and_noun_phrases() -> None:
    pytest.importorskip("HanTa")
    # a common noun after the given name ("Freund"), a place, an English word
    assert _given("Er landete vor Severin Freund auf Rang zwei") == []
    assert _given("Der Zug von Hedi Wien fuhr ab") == []
    assert _given("Das Update für Mary Phone kommt") == []
    # an article before the given name: a noun phrase ("die Mona Lisa")
    assert _given("Sie sahen die Mona Lisa im Louvre") == []
    # a word of the corpus list that HanTa knows as a common noun is no given name
    assert _given("Das Kabinett Faymann tritt zusammen") == []


def test_given_name_extends_and_retypes_person_spans() -> None:
    pytest.importorskip("HanTa")
    # the model left out the given name, or stopped at it
    assert _given("Meine Unterstützung hat Volkbert Keßler gestern", [(4, 5, "PER")]) == [
        "Volkbert Keßler/PER"
    ]
    assert _given("Ihre Tochter Mary Ella Simmons kam", [(2, 4, "PER")]) == [
        "Mary Ella Simmons/PER"
    ]
    # a surname the model called a place, a given name and surname it called MISC
    assert _given("Dann spielte György Garics durch", [(3, 4, "LOC")]) == ["György Garics/PER"]
    assert _given("Die Kandidatin Hedi Weiler-Kiderlen sagte", [(2, 4, "MISC")]) == [
        "Hedi Weiler-Kiderlen/PER"
    ]
    # a known organisation stays
    assert _given("Dann zahlte Axel Gazprom nichts", [(3, 4, "ORG")]) == ["Gazprom/ORG"]
