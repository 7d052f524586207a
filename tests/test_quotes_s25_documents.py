"""Session 25 (helper "blocks"): documents quoted in full (``quotes/quoted_documents.py``).

A letter printed after an "im Wortlaut:" frame is its writer's direct speech, one quote per
sentence, the writer the first person of the signature (gnad-0648); the plain sentences after a
first-person letter sentence that "heißt es im Brief" gives to a document go on quoting it, with
the letter's owner as speaker, up to the writer's narration (gnad-0088). Excerpts of tuning-set
records (shortened) and sentences written for the tests; the whole pipeline."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Quote
from tests.event_helpers import analyse_de

LETTER = (
    "Bürgermeister kritisiert Reportage. "
    "In einer Stellungnahme an den Mürzzuschlager Bürgermeister verteidigen Heidi "
    "Lackner-Prinz, Sendungsverantwortliche für Am Schauplatz und Peter Resetarits, "
    "Verantwortlicher für Am Schauplatz Gericht, die Reportage. Hier finden Sie die Antwort im "
    "Wortlaut: Sehr geehrter Herr Bürgermeister! Danke für Ihr Feedback! Wir bedauern, dass "
    "Ihnen unsere gestrige Reportage nicht gefallen hat. Dieses Bild hat sich in den Recherchen "
    "von Robert Gordon und Julia Kovarik leider nicht bestätigen lassen. Sie werfen ihr vor, "
    "Suggestivfragen gestellt zu haben. Sie haben sich verhört. Kollegin Kovariks Frage "
    "lautete: Ist es schwer Arbeit zu finden? Und diese Frage muss angesichts unserer "
    "Rechercheergebnisse erlaubt sein. Mit freundlichen Grüßen Dr. Peter Resetarits und "
    "Heidemarie Lackner-Prinz Redaktion Am Schauplatz"
)

GRISS = (
    "Schulsprecher verstimmt. "
    "Verstimmung bei Bundesschulsprecher Maximilian Gnesda löst ein Brief von "
    "Präsidentschaftskandidatin Irmgard Griss an zahlreiche Schulsprecher aus. Gnesda bezeichnet "
    "den Brief aufgrund des Polit-Werbeverbots an Schulen als problematisch. Ich möchte dich und "
    "dein Umfeld über unsere Kampagne informieren, heißt es im Brief. Denn die Kandidatur von "
    "Irmgard Griss ist die einer Bürgerin, die von Bürgern beauftragt wurde zu kandidieren. Das "
    "ist in Österreich so nicht vorgesehen. Dementsprechend haben wir auch Hindernisse vor uns. "
    "Das soll offenbar mit Hilfe der Schulsprecher bzw. der Schüler gelingen. Praktischerweise "
    "ist auch gleich ein Leitfaden für die Unterstützungserklärungen beigelegt."
)


def _quote(quotes: list[Quote], fragment: str) -> Quote | None:
    return next((q for q in quotes if fragment in q.text), None)


def _speaker(quotes: list[Quote], fragment: str) -> str | None:
    q = _quote(quotes, fragment)
    assert q is not None, f"no quote with {fragment!r}: {[x.text for x in quotes]}"
    return q.speaker.name if q.speaker else None


def test_a_letter_in_full_is_its_signatory_s_direct_speech(nlp_de_trained: Any) -> None:
    quotes = analyse_de(LETTER, nlp_de_trained).quotes
    for fragment in (
        "Danke für Ihr Feedback!",
        "Wir bedauern, dass Ihnen",
        "Dieses Bild hat sich",
        "Sie werfen ihr vor",
        "Sie haben sich verhört.",
        "Und diese Frage muss",
    ):
        q = _quote(quotes, fragment)
        assert q is not None and q.kind == "direct", fragment
        # the first signatory, not the first name of the sentence before the frame
        assert _speaker(quotes, fragment) == "Peter Resetarits"
    # one quote per sentence
    assert _quote(quotes, "Danke für Ihr Feedback! Wir bedauern") is None


def test_the_frame_salutation_and_signature_are_no_speech(nlp_de_trained: Any) -> None:
    quotes = analyse_de(LETTER, nlp_de_trained).quotes
    assert _quote(quotes, "Sehr geehrter") is None
    assert _quote(quotes, "im Wortlaut") is None
    assert _quote(quotes, "Mit freundlichen Grüßen") is None
    # the question of a third party the letter quotes is not the writer's sentence
    q = _quote(quotes, "Kollegin Kovariks Frage lautete")
    assert q is not None and "Ist es schwer" not in q.text


def test_a_frame_without_signature_ends_at_narration_naming_the_writer(
    nlp_de_trained: Any,
) -> None:
    text = (
        "Gemeinde beschwert sich über Bericht. Die Bürgermeisterin Anna Berger hat der Redaktion "
        "einen Brief geschickt. Hier der Brief "
        "im Wortlaut: Wir sind über die Berichterstattung enttäuscht. Unsere Gemeinde hat viel "
        "erreicht. Berger hatte schon im Vorjahr eine Beschwerde eingebracht. Der Gemeinderat "
        "tagt am Montag."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert _speaker(quotes, "Unsere Gemeinde hat viel erreicht") == "Anna Berger"
    assert _quote(quotes, "Beschwerde eingebracht") is None
    assert _quote(quotes, "Der Gemeinderat tagt") is None


def test_a_first_person_letter_goes_on_after_its_impersonal_cue(nlp_de_trained: Any) -> None:
    quotes = analyse_de(GRISS, nlp_de_trained).quotes
    # the letter's owner, not the person named last before the cue
    assert _speaker(quotes, "Ich möchte dich") == "Irmgard Griss"
    for fragment in (
        "Denn die Kandidatur von Irmgard Griss",
        "Das ist in Österreich so nicht vorgesehen",
        "Dementsprechend haben wir",
    ):
        q = _quote(quotes, fragment)
        assert q is not None and q.kind == "direct", fragment
        assert _speaker(quotes, fragment) == "Irmgard Griss"
    # the writer's doubt ends the letter, and nothing after it is read as the letter's
    assert _quote(quotes, "Das soll offenbar") is None
    assert _quote(quotes, "Praktischerweise") is None


def test_an_impersonal_document_in_the_third_person_does_not_go_on(
    nlp_de_trained: Any,
) -> None:
    # gnad-0073: a press release that speaks of "man", not a letter; what follows is the
    # writer's description of the game
    text = (
        "Neues Spiel der Entwickler. Das Action-Rollenspiel Vampyr versetzt Spieler in die Haut eines Arztes. In erster Linie "
        "ist man ein tödliches Raubtier, heißt es in einer Aussendung der Entwickler. So wird man "
        "als Untoter akzeptieren müssen, dass man andere Menschen opfern muss."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert _quote(quotes, "So wird man als Untoter") is None


def test_a_press_release_in_the_first_person_stops_at_plain_narration(
    nlp_de_trained: Any,
) -> None:
    # written for the test: a first-person press release, then the writer's facts about the
    # company (no connective, no first person: not the release's words)
    text = (
        "Firma erweitert Werk. Die Firma Holzbau Berger baut ihr Werk in Kärnten aus. Wir "
        "investieren zehn Millionen Euro in den Standort, heißt es in einer Aussendung. Die "
        "Firma beschäftigt 300 Mitarbeiter. Der Bau beginnt im Frühjahr."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert _quote(quotes, "Wir investieren") is not None
    assert _quote(quotes, "beschäftigt 300 Mitarbeiter") is None
    assert _quote(quotes, "Der Bau beginnt") is None


APPLE = (
    "Apple erntet Spott für Design. In Techmedien und auf Twitter wird darüber gelästert. Owen "
    "Williams, Webentwickler und Autor bei The Next Web, hat es in einem Tweet auf den Punkt "
    "gebracht, in dem er noch weitere Design-Fails des Unternehmens zeigt. apples 2015 lineup is "
    "looking great pic.twitter.com/302S7jstSp So gab es auch bereits bei der neuen Apple-Maus "
    "Kritik am Design. Und auch das iPad Pro Smart Cover sorgt nicht für Begeisterungsstürme, da "
    "es aufgrund der Tasten eine unschöne Delle aufweist. #FunTechFact This is how to charge "
    "Apples new pencil! pic.twitter.com/j2Ekks6y49 @kikin81 @jose_otero My favorite is this iPad "
    "Pro Smart Cover with Keyboard. Gross. pic.twitter.com/fSmurbQDuP Es sind aber nicht nur "
    "Apples Zusatzprodukte, bei denen zweifelhafte Design-Entscheidungen getroffen wurden."
)


def test_an_embedded_tweet_is_direct_speech_of_the_account_the_text_names(
    nlp_de_trained: Any,
) -> None:
    # gnad-0083: the text before the link, back to the sentence before it
    quotes = analyse_de(APPLE, nlp_de_trained).quotes
    q = _quote(quotes, "apples 2015 lineup")
    assert q is not None and q.kind == "direct"
    assert q.text == "apples 2015 lineup is looking great"
    assert _speaker(quotes, "apples 2015 lineup") == "Owen Williams"


def test_tweets_of_unnamed_accounts_have_no_speaker_and_stop_at_their_link(
    nlp_de_trained: Any,
) -> None:
    quotes = analyse_de(APPLE, nlp_de_trained).quotes
    q = _quote(quotes, "This is how to charge")
    assert q is not None and q.text == "#FunTechFact This is how to charge Apples new pencil!"
    assert q.speaker is None
    # a reply: the handles left out, one quote per sentence
    q = _quote(quotes, "My favorite is")
    assert q is not None and q.text == "My favorite is this iPad Pro Smart Cover with Keyboard."
    assert q.speaker is None
    assert any(x.text == "Gross." for x in quotes)
    # the writer's sentences before and after a tweet are no part of it
    assert _quote(quotes, "So gab es auch") is None
    assert _quote(quotes, "Und auch das iPad") is None
    assert all("pic.twitter" not in x.text for x in quotes)


def test_a_tweet_that_quotes_someone_is_not_read_whole(nlp_de_trained: Any) -> None:
    # gnad-0081: the tweet quotes the scientist in quotation marks; it is not an account's
    # own words from its first word on
    text = (
        "Nobelpreisträger unter Beschuss. Die Äußerungen des Biochemikers stießen umgehend auf "
        "scharfe Kritik. Nobel scientist Tim Hunt FRS @royalsociety says at Korean women lunch "
        "“I’m a chauvinist and keep ‘girls’ single lab pic.twitter.com/Z9NhykaTPv Hunt "
        "entschuldigte sich später in einer Radiosendung."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert _quote(quotes, "Nobel scientist") is None


def test_a_tweet_ends_at_its_short_link_and_takes_its_english_sentences(
    nlp_de_trained: Any,
) -> None:
    # gnad-0172: a tweet of two English sentences before a t.co link; the German sentence
    # before it and the signature and narration after the link are no part of it
    text = (
        "Harriet Tubman kommt auf die Banknote. Doch Pattisons Enkeltochter ignoriert diesen "
        "letzten Willen. A woman, a leader, and a freedom fighter. I cant think of a better "
        "choice for the $20 bill than Harriet Tubman: https://t.co/YcsZC4ZrKg -H 1849 sollen "
        "Araminta und zwei ihrer Brüder an verschiedene Herren verkauft werden."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    q = _quote(quotes, "A woman, a leader")
    assert q is not None and q.text == "A woman, a leader, and a freedom fighter."
    q = _quote(quotes, "I cant think")
    assert q is not None and q.kind == "direct" and "t.co" not in q.text
    assert _quote(quotes, "Enkeltochter") is None


def test_a_statement_without_signature_ends_at_the_writer_s_narration(
    nlp_de_trained: Any,
) -> None:
    # written for the test: a statement printed in full in the middle of a report; the
    # report goes on in the past tense and with another speaker's cue
    text = (
        "Streit um Baustelle. Die Baufirma Huber hat eine Stellungnahme veröffentlicht. Die "
        "Stellungnahme im Wortlaut: Wir bedauern die Verzögerungen. Ihre Sicherheit hat für uns "
        "Vorrang. Die Anrainer beschwerten sich am Montag erneut über den Lärm. Das ist nicht "
        "hinnehmbar, sagte Bürgermeister Karl Gruber."
    )
    quotes = analyse_de(text, nlp_de_trained).quotes
    assert _quote(quotes, "Wir bedauern die Verzögerungen") is not None
    assert _quote(quotes, "Ihre Sicherheit hat") is not None
    assert _quote(quotes, "Die Anrainer beschwerten sich") is None
    assert _speaker(quotes, "Das ist nicht hinnehmbar") == "Karl Gruber"
