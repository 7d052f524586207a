"""Session 21: speakers of reported speech. A pronoun that is the subject of a verb-final
clause after a conjunction other than the few the resolver skipped ("…, obwohl er betonte, …",
"wenngleich auch er betonte", "auch wenn sie sagte") was not read, so the clause's speech had
no speaker. Sentences written for the tests; blank pipelines, the NER's spans given by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tests.test_speakers import quotes_of, speaker_of


@pytest.fixture(scope="session")
def blank_de() -> Language:
    return spacy.blank("de")


@pytest.mark.parametrize(
    "clause",
    [
        "obwohl er betonte",
        "wenngleich auch er betonte",
        "auch wenn er betonte",
        "obgleich er sagte",
    ],
)
def test_a_pronoun_after_a_concessive_conjunction_is_the_subject(
    blank_de: Language, clause: str
) -> None:
    quotes = quotes_of(
        blank_de,
        "Bürgermeister Franz Huber traf am Montag die Verhandler. Huber lobte das Klima, "
        f"{clause}, dass es noch ein weiter Weg bis zu einer Einigung sei.",
        [("Franz Huber", "PER"), ("Huber", "PER")],
    )
    assert speaker_of(quotes, "ein weiter Weg") == "Franz Huber"


def test_a_noun_after_a_conditional_conjunction_stays_no_subject(blank_de: Language) -> None:
    # guard: only a pronoun is read after the newly skipped conjunctions; "Wenn die Polizei …
    # untersucht" names no speaker of what follows
    quotes = quotes_of(
        blank_de,
        "Der Chef der Stiftung warnte am Montag. Wenn die Polizei nun die Besucher der Seite "
        "untersucht, könnte sie auch unschuldige Nutzer verfolgen.",
        [("Polizei", "ORG")],
    )
    assert all(q.speaker is None or q.speaker.name != "Polizei" for q in quotes)


def test_a_bare_plural_subject_is_an_unnamed_group_not_a_person_named_before(
    blank_de: Language,
) -> None:
    # "sagten EU-Abgeordnete": a plural with no article names an unnamed group, as "mehrere
    # Abgeordnete" does; before, the role noun went to the person named last
    quotes = quotes_of(
        blank_de,
        "Ratspräsident Donald Kessler legte am Montag ein Papier vor. Der Kompromiss sei in "
        "Wahrheit schon fertig, sagten EU-Abgeordnete, die bei den Verhandlungen dabei waren.",
        [("Donald Kessler", "PER")],
    )
    assert speaker_of(quotes, "schon fertig") is None


def test_a_definite_plural_and_a_title_before_a_name_keep_their_person(
    blank_de: Language,
) -> None:
    # guards: "die Forscher" points back to the researchers named; "Innenminister X" is a title
    quotes = quotes_of(
        blank_de,
        "Der Biologe Marcel Huber leitete die Studie. Die Zecken seien selten, sagten die "
        "Forscher. Die Lage sei ernst, sagten Innenminister Hans Berger und Ministerin Eva Roth.",
        [("Marcel Huber", "PER"), ("Hans Berger", "PER"), ("Eva Roth", "PER")],
    )
    assert speaker_of(quotes, "Zecken seien selten") == "Marcel Huber"
    assert speaker_of(quotes, "Lage sei ernst") == "Hans Berger"


def test_a_party_noun_with_a_singular_verb_is_a_member_not_the_party(blank_de: Language) -> None:
    # "Doch der Grüne beklagt": the singular names one member (here the one person of the
    # sentence before); "Die Grünen fordern" stays the party
    quotes = quotes_of(
        blank_de,
        "Nicht abgeneigt ist der deutsche EU-Abgeordnete Sven Gieseking. Doch der Grüne beklagt "
        "in einem Brief, dass die Bewegung nicht klar sage, wer entscheide. Die Grünen fordern, "
        "dass das Gesetz zurückgenommen werde.",
        [("Sven Gieseking", "PER"), ("Grüne", "ORG"), ("Grünen", "ORG")],
    )
    assert speaker_of(quotes, "wer entscheide") == "Sven Gieseking"
    assert speaker_of(quotes, "zurückgenommen werde") in ("Grüne", "Grünen")


def test_a_party_noun_names_the_member_introduced_with_it(blank_de: Language) -> None:
    # guard of the fallback: the member introduced as "Der Linke X" earlier, not the one
    # person of the sentence right before
    quotes = quotes_of(
        blank_de,
        "Der Linke Fabio Demler formulierte eine ähnliche Kritik. Hierfür müsse Jean Kessler die "
        "Verantwortung übernehmen. Der Linke betonte außerdem, dass die Vorschläge zu schwach "
        "seien.",
        [("Fabio Demler", "PER"), ("Jean Kessler", "PER"), ("Linke", "ORG")],
    )
    assert speaker_of(quotes, "zu schwach") == "Fabio Demler"


def test_an_unnamed_member_speaks_for_the_institution_named_before(blank_de: Language) -> None:
    # "sagte ein malischer Offizier" after "nach Armeeangaben": the army (made by the
    # institution rule of session 16); its Konjunktiv continuation goes on with it
    quotes = quotes_of(
        blank_de,
        "Nahe der Grenze haben malische Soldaten nach Armeeangaben ein Lager zerstört. Bei "
        "Einsätzen seien 15 Kämpfer festgenommen worden, sagte ein malischer Offizier am "
        "Dienstag. Unter den Festgenommenen sei ein Prediger. Ein anderer malischer "
        "Militärvertreter sagte, die Soldaten hätten Waffen beschlagnahmt.",
        [],
    )
    assert speaker_of(quotes, "Kämpfer festgenommen") == "Armee"
    assert speaker_of(quotes, "ein Prediger") == "Armee"
    assert speaker_of(quotes, "Waffen beschlagnahmt") == "Armee"


def test_a_member_of_another_country_or_of_no_named_body_speaks_for_nobody(
    blank_de: Language,
) -> None:
    # guards: another country's officer; a police officer with no police named before
    quotes = quotes_of(
        blank_de,
        "Nahe der Grenze haben malische Soldaten nach Armeeangaben ein Lager zerstört. Bei "
        "Einsätzen seien 15 Kämpfer festgenommen worden, sagte ein ägyptischer Offizier am "
        "Dienstag. Die Lage sei ruhig, sagte ein Polizist.",
        [],
    )
    assert speaker_of(quotes, "Kämpfer festgenommen") is None
    assert speaker_of(quotes, "Lage sei ruhig") is None
