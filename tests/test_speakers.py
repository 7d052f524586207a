"""Speaker resolution (session 9): groups that speak for an organisation, spokespersons
introduced without a name, compound spokesperson nouns, role nouns after the content and
their gender, and English word order. Sentences written for the tests; blank pipelines, the
statistical NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from newsgraph.entities.stage import extract_entities
from newsgraph.model import Article, Entity, ParagraphBlock, Quote, Source
from newsgraph.pipeline import Segment
from newsgraph.quotes.extract import extract_quotes
from newsgraph.quotes.extractor_state import build_sentences
from newsgraph.quotes.lexicon import load
from newsgraph.quotes.speaker_gender import gender
from newsgraph.quotes.speakers import SpeakerResolver
from tests.test_entities_rules import _with_ner, tag_spans


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def blank_en() -> Language:
    return spacy.blank("en")


def quotes_of(nlp: Language, text: str, tagged: list[tuple[str, str]]) -> list[Quote]:
    """Quotes of a one-paragraph article whose Doc carries the given NER spans."""
    lang = nlp.lang
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language=lang,
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )
    if lang == "de":
        art.entities = _with_ner(nlp, text, tagged)
    else:
        doc = tag_spans(nlp(text), tagged)
        art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    return extract_quotes(art)


def speaker_of(quotes: list[Quote], fragment: str) -> str | None:
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r}: {[q.text for q in quotes]}"
    q = found[0]
    return q.speaker.name if q.speaker else None


def test_a_group_named_after_an_organisation_speaks_for_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Beobachtungsstelle für Menschenrechte meldete neue Kämpfe im Norden. Am Abend "
        "seien zwölf Zivilisten getötet worden, teilten die Menschenrechtler mit. Die "
        "Rechnungsprüfer des Landesrechnungshofs legten einen Bericht vor. Das Projekt sei viel "
        "zu teuer gewesen, schrieben die Prüfer.",
        [("Beobachtungsstelle für Menschenrechte", "ORG"), ("Landesrechnungshofs", "ORG")],
    )
    assert speaker_of(quotes, "zwölf Zivilisten") == "Beobachtungsstelle für Menschenrechte"


def test_a_group_near_an_unrelated_organisation_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Bei den Laptops haben sich die Tester für ein Modell von Lenovo entschieden. Keines "
        "der Geräte sei perfekt, aber dieses sei robust, schrieben die Tester.",
        [("Lenovo", "ORG")],
    )
    assert speaker_of(quotes, "Keines der Geräte") is None


def test_the_spokesperson_introduced_before_speaks_for_the_body_again(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Es gebe keine Lebensgefahr, sagte ein Sprecher der Stadtverwaltung. Das bestätigte "
        "Staatsanwalt Pierre Dupont der Agentur AFP. Später seien auch Zelte angezündet "
        "worden, sagte der Sprecher.",
        [("Stadtverwaltung", "ORG"), ("Pierre Dupont", "PER"), ("AFP", "ORG")],
    )
    assert speaker_of(quotes, "Zelte angezündet") == "Stadtverwaltung"


def test_a_spokesperson_compound_with_a_person_s_name_speaks_for_the_person(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Senatorin Hanna Kowalski steht wegen ihrer E-Mails in der Kritik. Die Polizei "
        "ermittelt. Ein Kowalski-Sprecher erklärte, der Bericht zeige keine Verstöße.",
        [("Hanna Kowalski", "PER"), ("Polizei", "ORG")],
    )
    assert speaker_of(quotes, "keine Verstöße") == "Hanna Kowalski"


def test_a_name_in_the_content_is_not_the_role_noun_after_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Verein steht schlecht da. Thomas Berger, der als Nachfolger von Klaus Huber "
        "gehandelt wurde, wies das zurück. Ich trainiere die Jugend, Huber ist der Trainer der "
        "ersten Mannschaft, und das ist gut so, sagte der 45-Jährige.",
        [("Thomas Berger", "PER"), ("Klaus Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "Ich trainiere die Jugend") == "Thomas Berger"


def test_a_feminine_role_noun_is_no_man_named_before(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Anna Berger schilderte den Streit vor Gericht. Sie wie auch der Mitbewohner Peter "
        "Huber hätten gern ein Auto gehabt. Peter Huber sei jedoch strikt dagegen gewesen, "
        "sagte die Angeklagte.",
        [("Anna Berger", "PER"), ("Peter Huber", "PER")],
    )
    assert speaker_of(quotes, "strikt dagegen") == "Anna Berger"


def test_sie_after_a_sentence_opened_by_an_organisation_is_that_organisation(
    blank_de: Language,
) -> None:
    text = (
        "Die Lage sei ruhig, sagte die Aktivistin Lina Haddad. Die türkische Armee hatte am "
        "Montag Stellungen jenseits der Grenze beschossen. Nach eigenen Angaben reagierte sie "
        "damit auf Beschuss ihres Gebiets."
    )
    quotes = quotes_of(blank_de, text, [("Lina Haddad", "PER"), ("türkische Armee", "ORG")])
    assert speaker_of(quotes, "reagierte sie") == "türkische Armee"


def test_the_polite_sie_of_an_interview_question_is_no_organisation(blank_de: Language) -> None:
    text = (
        "Die Polizei behält ihre Befugnisse. STANDARD: Was schlagen Sie vor? Kreisler: Man "
        "könne sich an der Schweiz orientieren, sagte Lena Kreisler."
    )
    quotes = quotes_of(blank_de, text, [("Polizei", "ORG"), ("Lena Kreisler", "PER")])
    assert all(q.speaker is None or q.speaker.name != "Polizei" for q in quotes)


def test_english_subject_stands_before_the_verb(blank_en: Language) -> None:
    text = (
        "Anna Smith met Tom Jones in London on Monday. Tom Jones said that Anna Smith had "
        "misled the committee. Officials told Anna Smith that the case was closed."
    )
    quotes = quotes_of(blank_en, text, [("Anna Smith", "PER"), ("Tom Jones", "PER")])
    assert speaker_of(quotes, "misled the committee") == "Tom Jones"
    # the cue of "Officials told Anna Smith that …": the name after the verb is an object
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="en",
        text=text,
        blocks=[ParagraphBlock(text=text, start=0, end=len(text))],
    )
    doc = blank_en(text)
    doc.ents = [
        Span(doc, k, k + 2, label="PER")
        for k in range(len(doc) - 1)
        if doc[k : k + 2].text in ("Anna Smith", "Tom Jones")
    ]
    art.entities, _ = extract_entities(art, [Segment(0, len(text), "paragraph", 0, doc)])
    resolver = SpeakerResolver(art, load("en"))
    sent = build_sentences(art, {})[2]
    verb = next(k for k, t in enumerate(sent.tokens) if t.text == "told")
    assert resolver.subject(sent, verb, (0, len(sent.tokens)), None).entity is None


def test_english_role_noun_and_apposition_after_the_quote(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        'Anna Smith met Tom Jones in London. "The deal is dead," the minister, Tom Jones, '
        'said. "We will wait," said the minister, Tom Jones. Tom Jones is the foreign '
        'minister. "We stay," the minister said. "Hands up!" an officer ordered.',
        [("Anna Smith", "PER"), ("Tom Jones", "PER")],
    )
    assert speaker_of(quotes, "The deal is dead") == "Tom Jones"
    assert speaker_of(quotes, "We will wait") == "Tom Jones"
    assert speaker_of(quotes, "We stay") == "Tom Jones"


def test_gender_from_first_names_reads_hyphenated_names_and_male_y_names() -> None:
    def person(name: str) -> Entity:
        return Entity(id="per-1", type="PER", name=name)

    assert gender(person("Jean-Claude Berger")) == "m"
    assert gender(person("Anna-Lena Huber")) == "f"
    assert gender(person("Jimmy Morton")) == "m"  # grammar.yaml: male names in -y
    assert gender(person("Mary Morton")) == "f"
    assert gender(person("Sabine Huber")) == "f"


def test_the_head_of_an_organisation_is_the_person_whose_role_names_it(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "EU-Kommissionschef Jean-Paul Weber verteidigte sich vor dem Ausschuss. Er habe davon "
        "nichts gewusst, argumentierte der heutige Präsident der EU-Kommission. Die Regeln "
        "gälten für alle, sagte der Sprecher der EU-Kommission.",
        [("Jean-Paul Weber", "PER"), ("EU-Kommission", "ORG")],
    )
    assert speaker_of(quotes, "nichts gewusst") == "Jean-Paul Weber"
    assert speaker_of(quotes, "gälten für alle") != "Jean-Paul Weber"


def test_a_medium_is_the_addressee_not_the_speaker(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Finanzminister Hans Jörg Müller verteidigte das Budget. Es gebe keinen Spielraum, "
        "sagte der Minister der Zeitung Die Welt. Der Zeitung Kurier sagte Müller, das Defizit "
        "sinke. Der Kurier berichtete, die Regierung sei uneins.",
        [
            ("Hans Jörg Müller", "PER"),
            ("Müller", "PER"),
            ("Die Welt", "ORG"),
            ("Kurier", "ORG"),
        ],
    )
    assert speaker_of(quotes, "keinen Spielraum") == "Hans Jörg Müller"
    assert speaker_of(quotes, "das Defizit sinke") == "Hans Jörg Müller"
    assert speaker_of(quotes, "die Regierung sei uneins") == "Kurier"


def test_a_description_sharing_the_stem_of_a_role_is_its_holder(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Sozialministerin Anna Berger stellte den Bericht vor. Der Gewerkschaftschef Karl "
        "Huber widersprach. Es brauche mehr Geld, so der Gewerkschafter. Das sei falsch, "
        "sagte die Gewerkschaft.",
        [("Anna Berger", "PER"), ("Karl Huber", "PER")],
    )
    assert speaker_of(quotes, "mehr Geld") == "Karl Huber"
    assert speaker_of(quotes, "Das sei falsch") != "Karl Huber"  # the union, not its chief


def test_english_name_before_an_apposition_is_the_subject(blank_en: Language) -> None:
    quotes = quotes_of(
        blank_en,
        'Growth has slowed. "Tensions are putting the brakes on growth," John Miller, the '
        "president of the regional bank, said in a speech. Sarah Brown, a scholar at the "
        "institute, said that the tariffs would stay. Jeff Stone, president of Brick & Mortar, "
        "a design agency in Spokane, said that the campaign was meant to raise eyebrows.",
        [
            ("John Miller", "PER"),
            ("Sarah Brown", "PER"),
            ("Jeff Stone", "PER"),
            ("Brick & Mortar", "ORG"),
        ],
    )
    assert speaker_of(quotes, "brakes on growth") == "John Miller"
    assert speaker_of(quotes, "tariffs would stay") == "Sarah Brown"
    assert speaker_of(quotes, "raise eyebrows") == "Jeff Stone"  # not the agency


def test_sie_after_an_unnamed_spokeswoman_is_no_organisation_named_before(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Griechenland muss im August Geld an die EZB zahlen. Es werde sorgfältig verhandelt, "
        "sagte eine Sprecherin des Finanzministers. Nach ihren Worten geht es um ein "
        "ambitioniertes Programm.",
        [("EZB", "ORG")],
    )
    assert speaker_of(quotes, "ambitioniertes Programm") is None


# -- session 10 ---------------------------------------------------------------------------


def test_a_role_phrase_and_name_opening_the_sentence_is_the_subject_of_the_auxiliary(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Vorsitzende des Bauernverbands, Hubert Kranzl, hatte die Landesregierung "
        "aufgefordert, die Förderungen rasch auszuzahlen.",
        [("Bauernverbands", "ORG"), ("Hubert Kranzl", "PER"), ("Landesregierung", "ORG")],
    )
    assert speaker_of(quotes, "die Förderungen rasch") == "Hubert Kranzl"


def test_a_dative_role_phrase_before_the_auxiliary_is_no_subject(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Dem Chef des Bauernverbands, Hubert Kranzl, wurde von einem Kollegen vorgeworfen, "
        "er habe die Förderungen verschleppt.",
        [("Bauernverbands", "ORG"), ("Hubert Kranzl", "PER")],
    )
    assert all(q.speaker is None or q.speaker.name != "Hubert Kranzl" for q in quotes)


def test_a_reporter_named_by_the_agency_compound_speaks_for_the_agency(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Streik dauerte bis zum Abend. Die Arbeiter besetzten am Montag das Werk und "
        "blockierten die Zufahrt, berichtete eine DPA-Journalistin. Auch die Agentur DPA war vor "
        "Ort.",
        [("DPA", "ORG")],
    )
    assert speaker_of(quotes, "besetzten am Montag") == "DPA"


def test_a_verb_coordinated_with_und_shares_the_subject_of_the_main_clause(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Kommissarin Lena Berger leitete die Untersuchung. Dort hatte sie weitere Verfahren "
        "angekündigt und von Beweisen gesprochen, wonach die Verträge den Wettbewerb verzerrten.",
        [("Lena Berger", "PER")],
    )
    assert speaker_of(quotes, "die Verträge den Wettbewerb") == "Lena Berger"


def test_a_coordinated_verb_with_its_own_subject_keeps_it(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Kommissarin Lena Berger leitete die Untersuchung. Dort hatte sie weitere Verfahren "
        "angekündigt und Max Huber hatte betont, dass die Verträge den Wettbewerb verzerrten.",
        [("Lena Berger", "PER"), ("Max Huber", "PER")],
    )
    assert speaker_of(quotes, "die Verträge den Wettbewerb") == "Max Huber"


def test_the_polite_sie_of_an_answer_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Das Landesgericht Linz hat den Richter Walter Pilgermann bestellt. Was im Bericht "
        "stehen wird, darüber wollte Pilgermann noch nichts sagen. Bevor ich nicht alle gehört "
        "habe – da fragen Sie besser einen Politiker. Der Bericht verwerte außerdem mehr als die "
        "Aussagen der Zeugen.",
        [("Landesgericht Linz", "ORG"), ("Walter Pilgermann", "PER"), ("Pilgermann", "PER")],
    )
    assert speaker_of(quotes, "Der Bericht verwerte") == "Walter Pilgermann"


def test_a_quantified_plural_group_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Kommissarin Lena Berger verteidigte die Entscheidung im Ausschuss. Mehrere "
        "Abgeordnete warfen ihr vor, die Affäre vertuschen zu wollen.",
        [("Lena Berger", "PER")],
    )
    assert speaker_of(quotes, "die Affäre vertuschen") is None


def test_the_medium_after_zum_is_the_addressee_of_a_spokeswoman(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Im Unterrichtsministerium kann man die Kritik nicht nachvollziehen. Die Schulleiter "
        "müssten das verantworten, sagt eine Sprecherin zum STANDARD.",
        [("Unterrichtsministerium", "ORG"), ("STANDARD", "ORG")],
    )
    assert speaker_of(quotes, "Die Schulleiter") == "Unterrichtsministerium"


def test_the_government_of_a_named_person_is_that_person(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Senat und die Abgeordnetenkammer stimmten am Dienstag ab. Die Regierung von Marco "
        "Bellini verspricht, die Reform werde das Regieren beschleunigen.",
        [("Abgeordnetenkammer", "ORG"), ("Marco Bellini", "PER")],
    )
    assert speaker_of(quotes, "das Regieren beschleunigen") == "Marco Bellini"


# -- session 11 -------------------------------------------------------------------------------


def test_an_unnamed_spokeswoman_does_not_speak_for_the_medium_she_addresses(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Über die Eröffnung eines Prozesses muss das Landgericht Stuttgart entscheiden. Eine "
        "Sprecherin sagte der Welt am Sonntag, erfahrungsgemäß könne ein solcher Beschluss "
        "nicht innerhalb weniger Wochen gefällt werden.",
        [("Landgericht Stuttgart", "ORG"), ("Welt am Sonntag", "ORG")],
    )
    assert speaker_of(quotes, "erfahrungsgemäß") == "Landgericht Stuttgart"


def test_a_spokesperson_compound_speaks_for_the_medium_it_names(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Zahlungen an das Büro in Kiew wurden gestoppt. Ein ORF-Sprecher erklärt auf "
        "Anfrage, der Korrespondent habe weiterhin Zugriff auf die Konten.",
        [("ORF", "ORG")],
    )
    assert speaker_of(quotes, "Korrespondent habe") == "ORF"


def test_an_organisation_noun_points_back_to_the_name_its_descriptor_introduced(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Der Glücksspielkonzern Novomatic steigt bei den Casinos Austria ein. Auch die MTB "
        "Privatstiftung dürfte schon unterschrieben haben. Die Beteiligung sei gesichert, "
        "teilte der Konzern am Sonntag mit.",
        [("Novomatic", "ORG"), ("Casinos Austria", "ORG"), ("MTB Privatstiftung", "ORG")],
    )
    assert speaker_of(quotes, "Beteiligung sei") == "Novomatic"


def test_a_short_form_reaches_back_to_a_descriptor_paragraphs_before(blank_de: Language) -> None:
    filler = " ".join(
        ["In etwa 2.000 Wasserverteilungssystemen wurde der Grenzwert überschritten."] * 8
    )
    quotes = quotes_of(
        blank_de,
        "Wie die Zeitung USA Today am Donnerstag berichtete, sind sechs Millionen Bürger "
        f"betroffen. {filler} Die Zeitung berichtete von einer Schule, wo der Bleigehalt "
        "42 Mal so hoch gewesen sei wie erlaubt.",
        [("USA Today", "ORG")],
    )
    assert speaker_of(quotes, "Bleigehalt") == "USA Today"


def test_an_organisation_noun_after_an_adjective_is_the_one_so_described(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Umfrage machte das Kapa-Institut für die Zeitung To Vima. Der Staat stehe vor dem "
        "Bankrott, stellt die linksliberale Zeitung im Titel fest.",
        [("Kapa-Institut", "ORG"), ("To Vima", "ORG")],
    )
    assert speaker_of(quotes, "Bankrott") == "To Vima"


def test_an_organisation_noun_after_an_adjective_names_nobody_unnamed(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Umfrage machte das Kapa-Institut im Auftrag von Mega TV. Der Staat stehe vor dem "
        "Bankrott, stellt die linksliberale Zeitung im Titel fest.",
        [("Kapa-Institut", "ORG"), ("Mega TV", "ORG")],
    )
    assert speaker_of(quotes, "Bankrott") is None


def test_sie_after_a_plural_noun_subject_names_no_organisation(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Ursprünglich haben sich die Versicherungen geweigert, Klagen gegen Banken zu bezahlen, "
        "die Fonds des Emissionshauses MPC verkauft haben. Sie haben mehrerlei Argumente "
        "vorgebracht: Geschlossene Fonds seien eine spekulative Anlage.",
        [("MPC", "ORG")],
    )
    assert speaker_of(quotes, "Geschlossene Fonds") is None


def test_sie_after_an_organisation_or_a_woman_still_finds_them(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die HDP wirft der Staatsführung Propaganda vor. Sie bezichtigt die AKP zudem, die Krise "
        "provoziert zu haben. Die Ministerin Anna Berger hat den Plan vorgestellt. Sie betonte, "
        "die Reform sei dringend nötig.",
        [("HDP", "ORG"), ("AKP", "ORG"), ("Anna Berger", "PER")],
    )
    assert speaker_of(quotes, "die Krise provoziert") == "HDP"
    assert speaker_of(quotes, "Reform sei") == "Anna Berger"


def test_a_descriptor_taken_apart_from_the_name_after_it_does_not_speak(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Nach Angaben der Kurdenpartei HDP wurden mindestens 21 Zivilisten getötet. Die "
        "US-Ratingagentur Moodys erklärte, die Lage der Banken sei extrem schwierig.",
        [("Kurdenpartei", "ORG"), ("HDP", "ORG"), ("US-Ratingagentur", "ORG"), ("Moodys", "ORG")],
    )
    assert speaker_of(quotes, "21 Zivilisten") == "HDP"
    assert speaker_of(quotes, "Lage der Banken") == "Moodys"


# -- session 12: the head noun of an organisation's name points back to it ---------------


FILLER_12 = (
    "Die Kämpfe dauerten die ganze Nacht an. Zahlreiche Familien flohen aus den Dörfern in "
    "die Berge. Die Straßen in die Stadt waren am Morgen noch gesperrt. Hilfskonvois kamen "
    "nicht durch. Die Versorgungslage in der Region gilt als katastrophal. "
) * 2 + "Der Rote Halbmond schickte Zelte. "


def test_the_head_of_a_name_with_a_complement_points_back_after_a_source_noun(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Zahlen stammen von der Unabhängigen Meldestelle für Menschenrechte in Genf. "
        f"{FILLER_12}Im Süden wurden nach Angaben der Meldestelle mindestens 25 Menschen "
        "getötet.",
        [
            ("Unabhängigen Meldestelle für Menschenrechte", "ORG"),
            ("Genf", "LOC"),
            ("Rote Halbmond", "ORG"),
        ],
    )
    assert speaker_of(quotes, "25 Menschen") == "Unabhängige Meldestelle für Menschenrechte"


def test_the_head_of_a_name_after_a_sentence_opening_wie(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Zahlen stammen von der Unabhängigen Meldestelle für Menschenrechte in Genf. "
        f"{FILLER_12}Wie die Meldestelle weiter meldete, wurden am Samstag zehn Männer "
        "hingerichtet.",
        [
            ("Unabhängigen Meldestelle für Menschenrechte", "ORG"),
            ("Genf", "LOC"),
            ("Rote Halbmond", "ORG"),
        ],
    )
    assert speaker_of(quotes, "zehn Männer") == "Unabhängige Meldestelle für Menschenrechte"


def test_the_tail_of_a_hyphenated_name_points_back(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Strafe verhängte der Unabhängige Parteien-Kontroll-Senat im Kanzleramt. "
        f"{FILLER_12}Die Auflösung sei nach Ansicht des Senats nicht statutenkonform "
        "erfolgt.",
        [("Unabhängige Parteien-Kontroll-Senat", "ORG"), ("Rote Halbmond", "ORG")],
    )
    assert (speaker_of(quotes, "statutenkonform") or "").endswith("Parteien-Kontroll-Senat")


def test_a_head_noun_in_the_dative_opening_a_sentence_does_not_speak(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Strafe verhängte der Unabhängige Parteien-Kontroll-Senat im Kanzleramt. "
        f"{FILLER_12}Dem Senat wurde lediglich mitgeteilt, dass die Vorwürfe nicht "
        "entkräftet werden konnten.",
        [("Unabhängige Parteien-Kontroll-Senat", "ORG"), ("Rote Halbmond", "ORG")],
    )
    assert all(
        q.speaker is None or "Senat" not in q.speaker.name for q in quotes if "entkräftet" in q.text
    )


def test_an_indefinite_head_noun_names_nobody(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Zahlen stammen von der Unabhängigen Meldestelle für Menschenrechte in Genf. "
        f"{FILLER_12}Eine Meldestelle in Beirut erklärte, die Lage sei unübersichtlich.",
        [
            ("Unabhängigen Meldestelle für Menschenrechte", "ORG"),
            ("Genf", "LOC"),
            ("Rote Halbmond", "ORG"),
        ],
    )
    assert speaker_of(quotes, "unübersichtlich") is None


def test_a_source_compound_opening_with_a_short_form_the_text_uses(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Vereinten Nationen schlagen Alarm. Die Uno fordert mehr Hilfe für die Region. "
        "In den ersten 20 Tagen des Jahres sind nach Uno-Angaben mehr als 35.000 Menschen "
        "angekommen.",
        [("Vereinten Nationen", "ORG"), ("Uno", "ORG")],
    )
    assert speaker_of(quotes, "35.000 Menschen") == "Vereinte Nationen"


def test_members_named_by_a_party_compound_speak_for_the_party(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Syriza hat im Parlament die Mehrheit. 15 weitere Syriza-Abgeordnete erklärten, sie "
        "seien gegen den neuen Sparkatalog.",
        [("Syriza", "ORG")],
    )
    assert speaker_of(quotes, "Sparkatalog") == "Syriza"


def test_a_compound_on_a_common_noun_of_a_name_names_no_organisation(
    blank_de: Language,
) -> None:
    quotes = quotes_of(
        blank_de,
        "Das Kunsthistorische Museum plant einen Neubau. Museums-Experten rechnen, das Projekt "
        "werde 60 Millionen Euro kosten. Mehrere Abgeordnete erklärten, der Bau sei zu teuer.",
        [("Kunsthistorische Museum", "ORG")],
    )
    assert speaker_of(quotes, "60 Millionen") is None
    assert speaker_of(quotes, "zu teuer") is None


def test_a_role_noun_after_a_long_row_of_attributes_is_read(blank_de: Language) -> None:
    quotes = quotes_of(
        blank_de,
        "Die Regierung tagte am Montag. Also befahl Innenminister Karl Berger die Räumung des "
        "Lagers. Sie solle mit Ruhe vonstattengehen, erklärte der ebenso stoische wie "
        "methodische Minister.",
        [("Karl Berger", "PER")],
    )
    assert speaker_of(quotes, "mit Ruhe") == "Karl Berger"
