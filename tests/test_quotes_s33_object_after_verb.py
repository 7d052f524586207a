"""Session 33 (helper "qspk"): a post-posed verb after a comma (``person_after_comma``) whose
person follows as a dative or accusative object ("…, verleihe die Reform dem Regierungschef
…") has another subject: the person is no speaker and the clause no cue. Excerpt of tuning
record gnad-0049 (10kGNAD, CC BY-NC-SA 4.0; shortened) and a sentence written for the guard;
the whole pipeline."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

GNAD_0049 = (
    "Die Regierung von Matteo Renzi verspricht sich von der Reform eine schnellere "
    "Gesetzgebung. Kritikern geht das alles viel zu weit: In Kombination mit dem neuen "
    "Wahlgesetz, das der stärksten Partei automatisch zu einer absoluten Mehrheit in der "
    "Abgeordnetenkammer verhelfen wird, verleihe die Verfassungsreform dem Regierungschef eine "
    "zu viel Macht. Nicht wenige bezeichnen die Vorlage als Reform, die sich Renzi auf den Leib "
    "habe schneidern lassen."
)


def test_dative_person_after_the_verb_is_no_speaker(nlp_de_trained: Any) -> None:
    quotes = analyse_de(GNAD_0049, nlp_de_trained).quotes
    renzi = [q for q in quotes if q.speaker is not None and "Renzi" in q.speaker.name]
    assert not renzi, [(q.kind, q.speaker, q.text) for q in renzi]
    macht = [q for q in quotes if "zu viel Macht" in q.text]
    assert macht and all(q.kind == "indirect" for q in macht), [(q.kind, q.text) for q in macht]


def test_nominative_subject_after_the_verb_still_speaks(nlp_de_trained: Any) -> None:
    text = (
        "Der Trainer Franz Beckenbauer war empört. Das ist ein Skandal, zeigte sich der Trainer "
        "Franz Beckenbauer verärgert."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert any(
        q.kind == "direct"
        and q.text.startswith("Das ist ein Skandal")
        and q.speaker is not None
        and q.speaker.name == "Franz Beckenbauer"
        for q in quotes
    ), [(q.kind, q.speaker, q.text) for q in quotes]


# gnad-0393: after the colon a fronted adverbial, then the main verb and its subject
GNAD_0393 = (
    "Lange hat Ursula Stenzel ihre Entscheidung hinausgezögert. Rein organisatorisch stellt ein "
    "Antritt mit eigener Liste keine riesige Hürde dar: Bis 4. September, 13 Uhr, braucht "
    "Stenzel 50 Unterstützungserklärungen von Anrainern. Der Kostenbeitrag für die Kandidatur "
    "im Bezirk beträgt 72,67 Euro."
)


def test_adverbial_after_a_colon_is_no_content(nlp_de_trained: Any) -> None:
    quotes = analyse_de(GNAD_0393, nlp_de_trained).quotes
    assert not any(q.kind == "direct" for q in quotes), [(q.kind, q.text) for q in quotes]


def test_first_person_before_a_colon_stays_speech(nlp_de_trained: Any) -> None:
    text = (
        "Der Trainer Hans Müller war enttäuscht. Wir haben alles versucht: Leider vergeblich, "
        "zeigte sich Müller enttäuscht."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert any(q.text.startswith("Wir haben alles versucht") for q in quotes), [
        (q.kind, q.text) for q in quotes
    ]
