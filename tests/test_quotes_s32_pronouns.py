"""Session 32 (helper "rspk"): speakers of reported speech read wrong on fresh text. A German
form of address shows a person's gender ("Frau Merkel" is no "er"); the pronoun of a cue after
the reported words does not mean a person those words name ("Noch sei unklar, wohin Obamas
Politik führe, sagt er"); the body of a person's role phrase ("Sprecher der
Generalprokuratur") stands only for that person, not for whoever was named last. Sentences
written for the tests after fresh 10kGNAD text (records 0–801); the shipped German pipeline."""

from __future__ import annotations

from newsgraph.model import Entity, Mention
from newsgraph.quotes.speaker_gender import gender
from tests.test_quotes_s27_org import _speaker_of


def _person(name: str, *spans: tuple[str, int]) -> Entity:
    mentions = [Mention(text=t, start=s, end=s + len(t)) for t, s in spans]
    return Entity(id="per-1", type="PER", name=name, mentions=mentions)


def test_frau_before_a_surname_makes_a_woman() -> None:
    text = "Schließlich haben die USA auch Frau Merkel abhören lassen."
    at = text.index("Merkel")
    assert gender(_person("Merkel", ("Merkel", at)), text) == "f"


def test_herrn_before_a_surname_makes_a_man() -> None:
    text = "Ich kaufe Herrn Kickl den lieben alten Opa nicht ab."
    at = text.index("Kickl")
    assert gender(_person("Kickl", ("Kickl", at)), text) == "m"


def test_no_form_of_address_leaves_the_gender_open() -> None:
    # guard: a bare surname says nothing
    text = "Schließlich haben die USA auch Merkel abhören lassen."
    at = text.index("Merkel")
    assert gender(_person("Merkel", ("Merkel", at)), text) is None


def test_a_woman_addressed_as_frau_is_not_the_er_of_the_next_cue() -> None:
    text = (
        "Der Künstler Ai Weiwei wird überwacht. Davon wusste ich. Schließlich haben die USA "
        "auch Frau Merkel abhören lassen. Nie hätte er gedacht, dass seine Räume verwanzt "
        "seien, sagte er."
    )
    assert _speaker_of(text, "Räume verwanzt") == ["Ai Weiwei"]


def test_a_person_the_reported_words_name_is_not_the_pronoun_of_the_cue_after_them() -> None:
    text = (
        "US-Präsident Barack Obama hat die Öffnung eingeleitet. Auch Peter Berger, einst "
        "Diplomat in Fidel Castros Diensten, heute Dozent in Miami, rät zum Abwarten. Noch sei "
        "unklar, wohin Obamas Öffnungspolitik genau führe und wem sie nutze, sagt er."
    )
    assert _speaker_of(text, "Öffnungspolitik") == ["Peter Berger"]


def test_the_subject_that_opens_the_reported_words_stays_the_pronoun_of_the_cue() -> None:
    # guard: "Jordi werde, wie sie sagte, …": the subject that opens the sentence
    text = (
        "Die Sängerin Francine Jordi hat Pläne. Francine Jordi werde im Herbst eine neue "
        "Sendung moderieren, sagte sie."
    )
    assert _speaker_of(text, "neue Sendung") == ["Francine Jordi"]


def test_the_body_of_a_role_phrase_is_not_the_person_named_last() -> None:
    text = (
        "Den Anfang macht der Senat mit dem Freispruch gegen den ehemaligen "
        "BZÖ-Geschäftsführer Arno Eccher. Die Generalprokuratur moniert in ihrer Stellungnahme "
        "nämlich, dass wesentliche Ergebnisse nicht berücksichtigt worden seien. Das "
        "erläuterte Generalanwalt Martin Ulrich, Sprecher der Generalprokuratur."
    )
    assert _speaker_of(text, "wesentliche Ergebnisse") != ["Arno Eccher"]


def test_a_plural_of_organisations_is_not_the_organisation_named_before() -> None:
    text = (
        "Die SPÖ hat das Gesetz am Montag beschlossen. Die Gewerkschaften erklärten, dass sie "
        "dagegen streiken würden."
    )
    assert _speaker_of(text, "dagegen streiken") == [None]


def test_a_plural_of_people_after_a_sentence_on_one_organisation_speaks_for_it() -> None:
    # guard: "Die Rebellen riefen …" after the organisation's representatives (session 17)
    text = (
        "Kerry traf in Havanna die Vertreter der FARC. Die Rebellen erklärten, dass sie zu "
        "Verhandlungen bereit seien."
    )
    assert _speaker_of(text, "Verhandlungen bereit") == ["FARC"]


def test_two_bare_plurals_joined_name_nobody() -> None:
    text = (
        "Indiens Premierminister Narendra Modi hat das Abkommen begrüßt. Am Abend brach "
        "Hektik aus – und Delegierte und Beobachter fragten sich, ob die Sitzung je eröffnet "
        "werde."
    )
    assert _speaker_of(text, "je eröffnet") == [None]


def test_a_company_noun_points_back_to_a_broadcaster_named_as_a_company() -> None:
    text = (
        "Beim britischen Bezahlfernsehkonzern Sky nimmt der Einfluss der Familie wieder zu. "
        "James Murdoch wird künftig wieder an der Spitze des Aufsichtsrats stehen, wie das "
        "Unternehmen am Freitag in London mitteilte."
    )
    assert _speaker_of(text, "Spitze des Aufsichtsrats") == ["Sky"]


def test_an_authority_noun_does_not_point_back_to_a_relaying_agency() -> None:
    # guard: session 22 — a noun for anything but a company or medium skips the agency
    text = (
        "Die Lage sei ruhig, sagte ein Sprecher der Nachrichtenagentur AFP. Die Behörde teilte "
        "mit, dass die Straße gesperrt bleibe."
    )
    assert _speaker_of(text, "Straße gesperrt") != ["AFP"]
