"""Session 30 (helper "qspk"): German cue pronouns read against the subject of the clause
before. A plural "sie" (a plural finite verb) is never one person: an unnamed plural group
that is the subject of the sentence before speaks (nobody known, or the organisation it belongs
to), and an organisation named in the pronoun's own clause is not its antecedent; "er" after a
clause whose subject is "der" and an organisation noun is that organisation. Sentences written
for the tests after fresh 10kGNAD text and the tuning set; the shipped German pipeline."""

from __future__ import annotations

from tests.test_quotes_s27_org import _speaker_of


def test_a_plural_group_subject_before_a_plural_sie_names_nobody_known() -> None:
    text = (
        "Der Konzern Apple hat ein neues Update veröffentlicht. Wegen Problemen mit dem Update "
        "strengen über 100 Nutzer eine Sammelklage gegen den Gerätehersteller Apple an. Sie "
        "erklären, die neue Version habe ihre Telefone unbenutzbar gemacht."
    )
    assert _speaker_of(text, "unbenutzbar gemacht") == [None]


def test_a_group_before_its_verb_with_a_source_phrase_names_nobody_known() -> None:
    text = (
        "Die Gewerkschaft Verdi hatte zum Streik aufgerufen. Rund 4000 Mitarbeiter waren Verdi "
        "zufolge vor die Zentrale gezogen. Wir bleiben hier, riefen sie immer wieder."
    )
    assert _speaker_of(text, "Wir bleiben hier") == [None]


def test_a_group_of_an_organisation_speaks_for_it() -> None:
    text = (
        "In Salzburg regiert eine Koalition. Die Strategen und Berater der Salzburger ÖVP und "
        "der Grünen haben derzeit viel zu tun. Gebetsmühlenartig wiederholen sie das neue "
        "Mantra: Die Regierung ist stabil."
    )
    assert _speaker_of(text, "Die Regierung ist stabil") == ["ÖVP"]


def test_a_plural_sie_is_not_the_woman_named_before() -> None:
    text = (
        "Der Künstler Ai Weiwei ist zurück. Die USA haben auch Frau Merkel abhören lassen, sagte "
        "er. Die Nachricht machte unter den Bloggern schnell die Runde. Sie sprachen von einem "
        "großen Erfolg."
    )
    assert _speaker_of(text, "großen Erfolg") == [None]


def test_an_organisation_in_the_pronouns_own_clause_is_not_a_plural_sie() -> None:
    text = (
        "In diese Richtung geht der Vorschlag britischer Forscher: Im Fachblatt The British "
        "Medical Journal fordern sie, dass auf Lebensmitteln die nötige Bewegung vermerkt wird."
    )
    assert _speaker_of(text, "nötige Bewegung") == [None]


def test_a_plural_organisation_name_keeps_its_plural_sie() -> None:
    # guard: "die Grünen" is an organisation the plural stands for
    text = (
        "Die Grünen haben am Montag ihr Programm vorgestellt. Sie fordern, dass die Steuern sinken."
    )
    assert _speaker_of(text, "Steuern sinken") == ["Grüne"]


def test_er_after_a_masculine_organisation_noun_is_the_organisation() -> None:
    text = (
        "Ein Kunde hatte sich öffentlich über Tesla beschwert. Nun hat der Fahrzeughersteller "
        "reagiert: Er gab bekannt, dass der Kunde alle Vorschriften ignoriert habe."
    )
    assert _speaker_of(text, "alle Vorschriften") == ["Tesla"]


def test_er_after_an_organisation_with_a_person_named_between_stays_the_person() -> None:
    # guard: a man named after the organisation is the nearer antecedent
    text = (
        "Der Konzern Siemens hat seinen Chef Joe Kaeser bestätigt. Er sagte, dass die Zahlen "
        "gut seien."
    )
    assert _speaker_of(text, "Zahlen gut") == ["Joe Kaeser"]


def test_a_singular_sie_keeps_the_woman_named_before() -> None:
    # guard: the singular verb is no plural group
    text = (
        "Die Demonstranten zogen vor das Rathaus. Bürgermeisterin Maria Huber empfing eine "
        "Abordnung. Sie sagte, dass sie die Sorgen verstehe."
    )
    assert _speaker_of(text, "Sorgen verstehe") == ["Maria Huber"]


def test_a_singular_sie_is_no_organisation_called_der() -> None:
    text = (
        "Das Verfahren muss wiederholt werden. Mit dieser Entscheidung ist der OGH nicht ganz "
        "der Empfehlung der Generalprokuratur nachgekommen. Sie hatte zum Beispiel empfohlen, "
        "das Urteil zu bestätigen."
    )
    assert _speaker_of(text, "Urteil zu bestätigen") == [None]


def test_a_participle_after_a_singular_sie_is_no_plural_verb() -> None:
    # guard: "hatte sie bestritten" — the finite verb before the pronoun decides
    text = (
        "Die Angeklagte Beate Zschäpe sagte am Mittwoch aus. In ihrer ersten Aussage hatte sie "
        "bestritten, in die Pläne der Gruppe eingeweiht gewesen zu sein."
    )
    assert _speaker_of(text, "in die Pläne") == ["Beate Zschäpe"]


def test_a_demonstrative_subject_is_the_organisation_named_last() -> None:
    text = (
        "Die Affäre könnte sie im Wahlkampf gegen den Kandidaten der Republikaner belasten. "
        "Diese haben erklärt, die frühere First Lady habe den Zugang zu Unterlagen verhindern "
        "wollen."
    )
    assert _speaker_of(text, "Zugang zu Unterlagen") == ["Republikaner"]


def test_an_inverted_demonstrative_subject_is_the_organisation_named_last() -> None:
    text = (
        "Was Geier leisten, listet nun eine Studie der University of Utah auf. Zugleich weist "
        "diese darauf hin, dass Geier eine bedrohte Vogelgruppe sind."
    )
    assert _speaker_of(text, "bedrohte Vogelgruppe") == ["University of Utah"]


def test_diese_before_a_noun_is_no_demonstrative_subject() -> None:
    # guard: "Diese Woche" is a determiner and its noun, not the subject
    text = "Diese Woche erklärte der Minister Hans Huber, dass alles gut sei."
    assert _speaker_of(text, "alles gut") == ["Hans Huber"]
