"""Session 28 (helper "qspk"): speakers that stayed None although the text names them. An
extended attribute between the article and the head noun of an inverted subject ("erklärt der
ebenfalls an der Studie beteiligte Politologe X"); male given names in -e ("Enrique"); an
organisation noun with attributes ("der deutsche Konzern") or as the genitive or compound owner
of a spokesperson ("eine Sprecherin des Unternehmens", "eine Unternehmenssprecherin"). Sentences
written for the tests after fresh 10kGNAD text (lines 300–801) and the tuning set; the shipped
German pipeline."""

from __future__ import annotations

from tests.test_quotes_s27_org import _speaker_of


def test_a_name_after_an_extended_attribute_speaks() -> None:
    text = (
        "Die Geschichte ist kompliziert. Das sei nicht haltbar, erklärt der ebenfalls an der "
        "Studie beteiligte Politologe Georg Spitaler vom Verein für Geschichtsschreibung."
    )
    assert _speaker_of(text, "nicht haltbar") == ["Georg Spitaler"]


def test_a_demonym_after_an_extended_attribute_points_back() -> None:
    text = (
        "Vitali Klitschko kämpft am Samstag in Hamburg. Die einen kommen, um mich verlieren zu "
        "sehen, die anderen um mich anzufeuern, sagte der in Hamburg und den USA lebende Ukrainer."
    )
    assert _speaker_of(text, "Die einen kommen") == ["Vitali Klitschko"]


def test_an_adjective_inside_the_attribute_does_not_end_it() -> None:
    # guard: "vergangenen" stands after an article inside the attribute; the phrase is read
    # from "ernannte", and the name after the role noun speaks
    text = (
        "Der Landtag tagte am Montag. Die Lage sei ernst, sagte der in der vergangenen Woche "
        "ernannte Minister Hans Huber."
    )
    assert _speaker_of(text, "Lage sei ernst") == ["Hans Huber"]


def test_a_male_given_name_in_e_takes_er() -> None:
    text = (
        "Mexikos Präsident Enrique Peña Nieto hatte eine Abkehr von der Prohibition gefordert. "
        "Tausende Leben hängen davon ab, sagte er."
    )
    assert _speaker_of(text, "Tausende Leben") == ["Enrique Peña Nieto"]


def test_an_organisation_noun_with_an_attribute_points_back() -> None:
    text = (
        "Die Lufthansa startet ein neues Preismodell. Das berichtet die Süddeutsche Zeitung. Wie "
        "der deutsche Konzern bereits mehrfach angedeutet hatte, werden dazu drei Tarife "
        "eingeführt."
    )
    assert _speaker_of(text, "drei Tarife") == ["Lufthansa"]


def test_the_spokesperson_of_an_organisation_noun_speaks_for_the_company() -> None:
    text = (
        "Die Lufthansa startet ein neues Preismodell. Eine Sprecherin des Unternehmens sagte, "
        "die Preise würden steigen."
    )
    assert _speaker_of(text, "Preise würden steigen") == ["Lufthansa"]


def test_a_spokesperson_compound_of_an_organisation_noun_speaks_for_the_company() -> None:
    text = (
        "Die Lufthansa startet ein neues Preismodell. Die Preise würden steigen, sagte eine "
        "Unternehmenssprecherin."
    )
    assert _speaker_of(text, "Preise würden steigen") == ["Lufthansa"]


def test_the_spokesperson_of_an_organisation_noun_among_two_companies_is_nobody_known() -> None:
    # guard: two companies named in the last sentences, neither by the noun: no guess
    text = (
        "Die Lufthansa verhandelt mit der Air Berlin über Flugzeuge. Eine Sprecherin des "
        "Unternehmens sagte, die Gespräche würden fortgesetzt."
    )
    assert _speaker_of(text, "Gespräche würden") == [None]


def test_a_news_agency_after_a_spokesperson_is_told_when_a_company_is_in_context() -> None:
    # the control "ein Sprecher der Agentur Reuters" after news about Reuters is in
    # tests/test_quotes_s27_org.py
    text = (
        "Die Lufthansa streicht die Gebühren. Die Tarife sollen ab April gelten, sagte ein "
        "Sprecher der dpa."
    )
    assert _speaker_of(text, "Tarife sollen") == ["Lufthansa"]


def test_government_circles_speak_for_the_government_named_before() -> None:
    text = (
        "Die österreichische Regierung will Kontingente einführen. Man werde sich nach dem "
        "Andrang richten, erklärte man in Regierungskreisen dem STANDARD."
    )
    assert _speaker_of(text, "Andrang richten") == ["österreichische Regierung"]


def test_circles_named_after_an_organisation_speak_for_it() -> None:
    text = (
        "Ein UN-Soldat wurde im Kongo getötet. Aus UN-Kreisen verlautete, dass es sich um einen "
        "Soldaten aus Malawi handelte."
    )
    assert _speaker_of(text, "Soldaten aus Malawi") == ["Vereinte Nationen"]


def test_circles_of_a_field_name_nobody_known() -> None:
    # guard: security circles are no organisation (the gold's convention too)
    text = (
        "Die Touristen wurden in der Wüste beschossen. Die Reisegruppe habe Rast gemacht, "
        "verlautete am Montag aus Sicherheitskreisen."
    )
    assert _speaker_of(text, "Rast gemacht") == [None]


def test_party_circles_among_two_parties_name_nobody_known() -> None:
    # guard: two parties named before, neither by the noun: no guess
    text = (
        "Die SPÖ und die ÖVP verhandeln am Montag. In Parteikreisen hieß es, der Vorsitzende "
        "werde nicht zurücktreten."
    )
    assert _speaker_of(text, "nicht zurücktreten") == [None]


def test_an_institution_compound_document_names_its_institution() -> None:
    text = (
        "Die Landespolizeidirektion Oberösterreich ermittelt. Der Beschuldigte werde auf freiem "
        "Fuß angezeigt, hieß es in dem Polizeibericht."
    )
    assert _speaker_of(text, "freiem Fuß") == ["Landespolizeidirektion Oberösterreich"]


def test_laut_an_institution_compound_document() -> None:
    text = (
        "Der Landesrechnungshof prüfte die Holding. Größter Kreditnehmer ist laut "
        "Rechnungshofbericht die Holding selbst gewesen."
    )
    assert _speaker_of(text, "Größter Kreditnehmer") == ["Landesrechnungshof"]


def test_a_compound_document_of_another_kind_names_nobody_known() -> None:
    # guard: a ministry's report after news about a bank: no ministry named, no guess
    text = (
        "Die Bank Austria legte Zahlen vor. Die Zahlen seien gut, hieß es in dem "
        "Ministeriumsbericht."
    )
    assert _speaker_of(text, "Zahlen seien gut") == [None]
