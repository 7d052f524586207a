"""The scraped-text rules on varied snippets written for the tests (several outlets' styles)."""

from __future__ import annotations

import pytest

from newsgraph.readers import read_string
from newsgraph.structure.dates import plausible_published, text_date


def _article(text: str):  # type: ignore[no-untyped-def]
    return read_string(text, format="text")


BODY = (
    "Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Förderung von "
    "Solaranlagen deutlich ausweitet. Kritiker sprechen von einem überfälligen Schritt."
)


@pytest.mark.parametrize(
    ("first", "place", "agencies"),
    [
        ("Berlin (dpa) - ", "Berlin", ["dpa"]),
        ("BERLIN/MOSKAU (AFP) – ", "Berlin/Moskau", ["AFP"]),
        ("Washington – ", "Washington", []),
        ("Frankfurt am Main (Reuters) – ", "Frankfurt am Main", ["Reuters"]),
        ("Rio de Janeiro – ", "Rio de Janeiro", []),
        ("Kiew. ", "Kiew", []),
        ("St. Pölten – ", "St. Pölten", []),
    ],
)
def test_datelines(first: str, place: str, agencies: list[str]) -> None:
    art = _article(
        f"Neues Gesetz für Solarstrom\n{first}{BODY}\nZweiter Absatz mit mehr Text hier."
    )
    assert art.dateline == place
    assert art.agencies == agencies
    assert art.paragraphs[0].text.startswith("Die Regierung hat am Dienstag")


@pytest.mark.parametrize(
    "first",
    [
        "Die Grünen – allen voran die Parteichefin – fordern mehr Tempo beim Ausbau der Netze.",
        "Aber. Das ist kein Anfang einer Meldung, sondern ein Satz.",
        "Er sagte: Wir werden das prüfen und uns dann äußern.",
    ],
)
def test_no_false_datelines(first: str) -> None:
    art = _article(f"Eine Überschrift\n{first} {BODY}")
    assert art.dateline is None
    assert art.paragraphs[0].text.startswith(first[:20])


def test_lead_then_dateline_on_one_line() -> None:
    text = (
        "Die Gewerkschaft startet einen Online-Rechner für Arbeitsverträge. "
        "Wien – Die Gewerkschaft sieht Handlungsbedarf bei sogenannten All-in-Verträgen. "
        "Für mehr Transparenz gibt es nun ein Werkzeug."
    )
    art = _article(text)
    assert art.title is None
    assert art.dateline == "Wien"
    assert art.lead == "Die Gewerkschaft startet einen Online-Rechner für Arbeitsverträge."
    assert art.paragraphs[0].lead is True
    assert art.paragraphs[1].text.startswith("Die Gewerkschaft sieht Handlungsbedarf")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Foto: Kay Nietfeld/dpa", "Kay Nietfeld/dpa"),
        ("Bild: picture alliance / Geisler-Fotopress", "picture alliance / Geisler-Fotopress"),
        ("© Quelle: IMAGO/Future Image", "IMAGO/Future Image"),
        ("Quelle: Reuters", "Reuters"),
        ("Photo: Jane Doe/AP", "Jane Doe/AP"),
        ("Credit: Getty Images", "Getty Images"),
        ("(Foto: dpa)", "dpa"),
    ],
)
def test_caption_and_credit_lines(line: str, credit: str) -> None:
    text = (
        "Titel der Meldung\n"
        "Die Kanzlerin spricht im Bundestag zu den Abgeordneten.\n"
        f"{line}\n"
        f"{BODY}"
    )
    art = _article(text)
    (media,) = art.media
    assert media.caption == "Die Kanzlerin spricht im Bundestag zu den Abgeordneten."
    assert media.credit == credit
    assert len(art.paragraphs) == 1
    assert credit not in art.body


def test_inline_credit_in_caption() -> None:
    text = (
        "Titel der Meldung\n"
        "https://cdn.example.org/images/2023/05/merkel-bundestag.jpg\n"
        "Die Kanzlerin im Bundestag. Foto: Kay Nietfeld/dpa\n"
        f"{BODY}"
    )
    art = _article(text)
    (media,) = art.media
    assert media.kind == "image"
    assert media.caption == "Die Kanzlerin im Bundestag."
    assert media.credit == "Kay Nietfeld/dpa"
    assert media.source_hint == "cdn.example.org/images/2023/05/merkel-bundestag.jpg"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("+++ Alle Entwicklungen im Liveblog +++", "teaser"),
        ("Lesen Sie auch: Wie die Energiewende gelingen kann", "related-links"),
        ("Mehr zum Thema", "related-links"),
        ("Jetzt unseren Newsletter kostenlos abonnieren!", "promo"),
        ("Laden Sie unsere App herunter und lesen Sie mehr.", "promo"),
        ("Folgen Sie uns auf Instagram", "social"),
        ("Anzeige", "ad"),
        ("Read more: How the energy transition works", "related-links"),
        ("Bild 3 von 12", "navigation"),
        ("Zur Bildergalerie", "navigation"),
        ("01:45 min", "navigation"),
        ("Video", "navigation"),
        ("Artikel anhören • 3 Minuten", "player"),
        ("Mehr zu diesem Thema:", "related-links"),
        ("Zur Merkliste hinzufügen", "social"),
        ("X.com Facebook E-Mail Messenger WhatsApp", "social"),
        ("Link kopieren", "social"),
        ("Empfohlener redaktioneller Inhalt", "embed-consent"),
        (
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
            "personenbezogene Daten an Drittplattformen übermittelt werden.",
            "embed-consent",
        ),
        ("Hinweis der Redaktion: Dieser Artikel wurde aktualisiert.", "editorial-note"),
        ("Das Wichtigste zum Krieg in der Ukraine:", "teaser"),
        (
            "Über dieses Thema berichtete die tagesschau am 07. Februar 2023 um 09:00 Uhr.",
            "broadcast-note",
        ),
        ("Listen to this article", "player"),
        ("Bildbeschreibung einblenden", "navigation"),
        ("Artikelrechte erwerben", "navigation"),
        ("Zum Kommentarbereich", "navigation"),
        ("Über die Autorin: Anna Muster schreibt seit 2010 über Wirtschaft.", "author-bio"),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    art = _article(f"Titel der Meldung\n{BODY}\n{line}\nNoch ein Absatz des Artikels folgt hier.")
    (boiler,) = art.boilerplate
    assert boiler.text == line
    assert boiler.reason == reason
    assert line not in art.body
    assert len(art.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("RND/dpa", ["RND", "dpa"]),
        ("dpa/AFP/ker", ["dpa", "AFP"]),
        ("(AP)", ["AP"]),
        ("AFP, Reuters", ["AFP", "Reuters"]),
    ],
)
def test_agency_lines(line: str, agencies: list[str]) -> None:
    art = _article(f"Titel der Meldung\n{BODY}\n{line}")
    assert art.agencies == agencies
    assert art.boilerplate[-1].reason == "byline"
    assert line not in art.body


def test_author_line_at_start() -> None:
    art = _article(f"Titel der Meldung\nVon Max Muster und Erika Mustermann\n{BODY}")
    assert art.authors == ["Max Muster", "Erika Mustermann"]
    assert art.paragraphs[0].text.startswith("Die Regierung")


def test_date_line_sets_published() -> None:
    art = _article(f"Titel der Meldung\n19.12.2022, 15:30 Uhr\n{BODY}")
    assert art.published == "2022-12-19T15:30:00"
    assert art.boilerplate[0].reason == "date"


def test_a_sentence_that_starts_like_a_teaser_stays_text() -> None:
    line = "Das Wichtigste zur Rente ist, dass sie sicher bleibt."
    art = _article(f"Titel der Meldung\n{BODY}\n{line}")
    assert not art.boilerplate and art.paragraphs[-1].text == line


def test_subheading_needs_following_text() -> None:
    art = _article(f"Titel der Meldung\n{BODY}\nStreit um die Kosten\n{BODY}\nAm Ende ohne Punkt")
    assert [s.text for s in art.subheadings] == ["Streit um die Kosten"]
    assert art.paragraphs[-1].text == "Am Ende ohne Punkt"


def test_single_line_text_has_no_title() -> None:
    art = _article(BODY)
    assert art.title is None
    assert len(art.paragraphs) == 1


def test_english_report() -> None:
    text = (
        "Ministers agree on new climate targets\n"
        "By Jane Doe\n"
        "BRUSSELS (Reuters) - European ministers agreed on Monday to cut emissions faster, "
        "officials said after talks that lasted into the night.\n"
        "Photo: John Smith/Reuters\n"
        "The deal still needs the approval of the European Parliament."
    )
    art = _article(text)
    assert art.language == "en"
    assert art.dateline == "Brussels"
    assert art.agencies == ["Reuters"]
    assert art.authors == ["Jane Doe"]


def test_kicker_above_headline() -> None:
    art = _article(f"Energiewende\nRegierung beschließt Gesetz für mehr Solarstrom\n{BODY}\n{BODY}")
    assert art.kicker == "Energiewende"
    assert art.title == "Regierung beschließt Gesetz für mehr Solarstrom"
    assert len(art.paragraphs) == 2 and not art.subheadings


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Oliver Mayer-Rüth, ARD-Studio Istanbul", ["Oliver Mayer-Rüth"]),
        ("Aus Brüssel berichtet Markus Becker", ["Markus Becker"]),
        (
            "Mit Informationen von Anna Muster und Ben Beispiel, ARD-Hauptstadtstudio",
            ["Anna Muster", "Ben Beispiel"],
        ),
        ("Eine Analyse von Erika Mustermann", ["Erika Mustermann"]),
    ],
)
def test_author_lines_without_their_desks(line: str, authors: list[str]) -> None:
    art = _article(f"Titel der Meldung\n{line}\n{BODY}")
    assert art.authors == authors
    assert art.boilerplate[0].reason == "byline"
    assert line not in art.body


def test_a_teaser_above_the_byline_is_the_lead() -> None:
    teaser = "Die Regierung will Solarstrom fördern. Die Opposition ist skeptisch."
    art = _article(
        f"Titel der Meldung\n{teaser}\nAus Berlin berichtet Max Muster\n09.02.2023, 18.32 Uhr\n"
        f"{BODY}\n{BODY}"
    )
    assert art.lead == teaser
    assert art.paragraphs[0].lead and not art.paragraphs[1].lead
    assert art.authors == ["Max Muster"]
    # without a byline after it the first paragraph is body text
    plain = _article(f"Titel der Meldung\n{teaser}\n{BODY}")
    assert plain.lead is None


def test_an_update_line_with_its_sources() -> None:
    line = "Aktualisiert am 5. März 2024, 14:12 Uhr Quelle: ZEIT ONLINE, dpa, AFP, rtr, mkh"
    art = _article(f"Titel der Meldung\n{line}\n{BODY}")
    assert art.published == "2024-03-05T14:12:00"
    assert art.agencies == ["dpa", "AFP", "Reuters"]
    assert art.boilerplate[0].reason == "date"
    assert "ZEIT" not in art.body


def test_section_label_and_date_line_above_kicker_and_headline() -> None:
    text = (
        "Politik\nDienstag, 14. März 2023\n„Keine Denkverbote“\n"
        f"Ministerpräsident fordert längere Laufzeiten für Kraftwerke\n{BODY}\n{BODY}"
    )
    art = _article(text)
    assert art.section == "Politik"
    assert art.kicker == "„Keine Denkverbote“"
    assert art.title == "Ministerpräsident fordert längere Laufzeiten für Kraftwerke"
    assert art.published == "2023-03-14"
    assert len(art.paragraphs) == 2 and not art.subheadings


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("Quelle: ntv.de, mli/dpa", ["dpa"]), ("red, ORF.at/Agenturen", [])],
)
def test_closing_source_lines_are_bylines(line: str, agencies: list[str]) -> None:
    art = _article(
        f"Titel der Meldung\n{BODY}\nNoch ein kurzer Absatz.\n{line}\nLinks:\nBundeskanzleramt"
    )
    assert art.agencies == agencies
    assert [b.reason for b in art.boilerplate] == ["byline", "related-links", "related-links"]
    assert len(art.paragraphs) == 2 and not art.media


def test_an_ap_style_report() -> None:
    text = (
        "Leaders pledge more aid in surprise visit\n"
        "By JANE DOE and JOHN ROE\n"
        "Updated 11:32 AM EST, February 20, 2023\n"
        "Share\n"
        "KYIV, Ukraine (AP) — The president made an unannounced visit to the capital on Monday.\n"
        "Officials did not immediately comment on the trip or its timing.\n"
        "___\n"
        "Associated Press writer Max Muster contributed to this report."
    )
    art = _article(text)
    assert (art.dateline, art.agencies) == ("Kyiv, Ukraine", ["AP"])
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == "2023-02-20"
    assert [b.reason for b in art.boilerplate] == [
        "byline",
        "date",
        "social",
        "separator",
        "contributors",
    ]
    assert art.paragraphs[0].text.startswith("The president made")
    assert len(art.paragraphs) == 2


def test_section_kicker_headline_above_a_date_line_with_reading_time() -> None:
    text = (
        "POLITIK\nMigrationspolitik\nMinisterin will Grenzkontrollen ausweiten\n"
        "Veröffentlicht am 16.10.2023 | Lesedauer: 2 Minuten\nVon Max Muster\n"
        f"{BODY}\n{BODY}"
    )
    art = _article(text)
    assert (art.section, art.kicker, art.title) == (
        "POLITIK",
        "Migrationspolitik",
        "Ministerin will Grenzkontrollen ausweiten",
    )
    assert art.published == "2023-10-16" and art.authors == ["Max Muster"]
    assert art.lead is None and len(art.paragraphs) == 2


def test_a_long_paragraph_above_a_credit_like_line_stays_body() -> None:
    para = "Die Ministerin will handeln. Das teilte ihr Haus mit. Die Maßnahme gilt zehn Tage."
    art = _article(f"Titel der Meldung\n{para}\nQuelle: WELT/Max Muster\n{BODY}")
    assert [p.text for p in art.paragraphs] == [para, BODY]
    (media,) = art.media
    assert (media.caption, media.credit) == (None, "WELT/Max Muster")


def test_an_outlet_sign_off_with_initials_is_a_byline() -> None:
    art = _article(f"Titel der Meldung\nLesezeit: 2 min\n{BODY}\nNoch ein Absatz.\n© SZ/dpa/saul")
    assert art.agencies == ["dpa"]
    assert [b.reason for b in art.boilerplate] == ["reading-time", "byline"]
    assert len(art.paragraphs) == 2 and not art.media


def test_a_reuters_style_report() -> None:
    text = (
        "Chancellor says no decision yet on missiles\n"
        "By Jane Doe and John Roe\n"
        "February 26, 2024 3:05 PM GMT+1 Updated 2 hours ago\n"
        "BERLIN, Feb 26 (Reuters) - The chancellor said on Monday that no decision had been made.\n"
        "Officials did not immediately comment on the decision or its timing.\n"
        "Reporting by Jane Doe; Editing by Max Muster\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    art = _article(text)
    assert (art.dateline, art.agencies, art.published) == ("Berlin", ["Reuters"], "2024-02-26")
    assert art.authors == ["Jane Doe", "John Roe"]
    assert [b.reason for b in art.boilerplate] == ["byline", "date", "byline", "standards"]
    assert art.paragraphs[0].text.startswith("The chancellor said")
    assert len(art.paragraphs) == 2


def test_closing_wire_credits_and_contact_lines_are_boilerplate() -> None:
    """The bracketed closing credit of a syndicated wire story and a "Write to … at <e-mail>"
    line close the body; their names are neither authors nor text (session 13)."""
    text = (
        "Council approves the new harbour plan\n"
        "The city council approved the new harbour plan on Tuesday after a long debate.\n"
        "Work on the first pier is to start in the spring, the mayor said.\n"
        "(Reporting by Jane Doe, John Roe, with reporting by Ann Poe; editing by Max Muster.)\n"
        "Write to Kim Loe at kim.loe@example.com"
    )
    art = _article(text)
    assert [b.reason for b in art.boilerplate] == ["contributors", "contact"]
    assert len(art.paragraphs) == 2 and art.authors == []


def test_a_credit_label_tells_the_media_kind() -> None:
    art = _article(
        f"Titel der Meldung\n{BODY}\nDie Präsidentin im Parlament\nFoto: Max Muster / EPA\n{BODY}"
    )
    (media,) = art.media
    assert (media.kind, media.caption, media.credit) == (
        "image",
        "Die Präsidentin im Parlament",
        "Max Muster / EPA",
    )


def test_author_line_with_agency() -> None:
    art = _article(f"Titel der Meldung\nVon Max Muster, dpa\n{BODY}")
    assert art.authors == ["Max Muster"]
    assert art.agencies == ["dpa"]


@pytest.mark.parametrize("announce", ["Lesen Sie auch:", "Mehr zum Thema", "Auch interessant"])
def test_bare_related_links_line_takes_the_teased_headline(announce: str) -> None:
    art = _article(
        f"Titel der Meldung\n{BODY}\n{announce}\nWie die Energiewende gelingen kann\n{BODY}"
    )
    assert [b.text for b in art.boilerplate] == [announce, "Wie die Energiewende gelingen kann"]
    assert not art.subheadings and len(art.paragraphs) == 2


@pytest.mark.parametrize(
    ("end", "published", "agencies", "authors"),
    [
        (" (red, 16. 5. 2016)", "2016-05-16", [], []),
        (" (APA, Reuters, 2.8.2015)", "2015-08-02", ["APA", "Reuters"], []),
        (" (APA 4.9.2015)", "2015-09-04", ["APA"], []),
        (" (Anna Berger; 01.11.2015)", "2015-11-01", [], ["Anna Berger"]),
        (" (APA/red – 8.8. 2015)", "2015-08-08", ["APA"], []),  # APA (session 16)
    ],
)
def test_signoff_at_the_end_becomes_metadata(
    end: str, published: str, agencies: list[str], authors: list[str]
) -> None:
    art = _article("Neues Gesetz\n\nWien – " + BODY + end)
    assert art.published == published
    assert art.agencies == agencies
    assert art.authors == authors
    assert art.blocks[-1].type == "boilerplate"
    assert end.strip() not in "".join(b.text for b in art.blocks if b.type == "paragraph")


def test_a_signoff_date_in_the_far_future_is_no_publication_date() -> None:
    # a typo in the agency tag ("3015" for 2015): the sign-off is still read, the date is not
    art = _article("Neues Gesetz\n\nWien – " + BODY + " (APA, 30.9.3015)")
    assert art.published is None
    assert art.agencies == ["APA"]
    assert art.blocks[-1].type == "boilerplate"
    # a plain date line with an impossible year is no date either
    assert text_date("30.9.3015") is None and text_date("30.9.2015") == "2015-09-30"
    assert plausible_published("1848-03-13", earliest_year=1800)
    assert not plausible_published("0001-01-01")


def test_text_after_a_signoff_in_its_paragraph_is_boilerplate() -> None:
    # a results table glued to the article's last paragraph after the agency's sign-off
    table = (
        "Ergebnisse vom Sonntag: 1. Lena Huber (AUT) 26:45,8 Min. – 2. Mara Olsen (NOR) + 18,7 "
        "Sek. – 3. Jana Kraus (GER) + 1:09,1 Min."
    )
    art = _article("Neues Gesetz\n\nWien – " + BODY + " (APA, 31.1.2016) " + table)
    assert art.published == "2016-01-31" and art.agencies == ["APA"]
    body = " ".join(p.text for p in art.paragraphs)
    assert body.endswith("überfälligen Schritt.") and "Huber" not in body
    reasons = [(b.type, getattr(b, "reason", None)) for b in art.blocks[-2:]]
    assert reasons == [("boilerplate", "byline"), ("boilerplate", "after-signoff")]
    assert art.blocks[-1].text.startswith("Ergebnisse vom Sonntag")


def test_paragraphs_after_a_signoff_with_text_after_it_are_boilerplate() -> None:
    art = _article(
        "Neues Gesetz\n\nWien – "
        + BODY
        + " (Anna Berger, 5.11.2015) Das Spiel ist ab 12 Jahren erschienen.\n"
        + "Preis: 20 Euro. Plattformen: PC und Konsolen."
    )
    assert art.authors == ["Anna Berger"]
    assert [b.type for b in art.blocks[-3:]] == ["boilerplate"] * 3
    assert "Preis" not in " ".join(p.text for p in art.paragraphs)


@pytest.mark.parametrize("inner", [" (Stand 4.9.2015) ", " (Ausgabe vom 3.2.2016) "])
def test_a_dated_parenthesis_inside_the_text_ends_nothing(inner: str) -> None:
    art = _article("Neues Gesetz\n\nWien – " + BODY + inner + "Ein weiterer Satz folgt.")
    assert art.published is None
    assert art.blocks[-1].type == "paragraph"
    assert art.blocks[-1].text.endswith("Ein weiterer Satz folgt.")


@pytest.mark.parametrize("end", [" (Stand 4.9.2015)", " (seit 2.3.2015)"])
def test_a_parenthesis_with_one_word_and_a_date_stays_text(end: str) -> None:
    art = _article("Neues Gesetz\n\nWien – " + BODY + end)
    assert art.published is None
    assert art.blocks[-1].type == "paragraph"
    assert art.blocks[-1].text.endswith(end.strip())


def test_video_with_a_label_and_a_duration_between_title_and_caption() -> None:
    # a scraped video player: label, title, duration, caption, credit
    text = (
        "Titel der Meldung\n"
        f"{BODY}\n"
        "Video\n"
        "Regierungschefs treffen sich zum Abendessen\n"
        "1:24 min\n"
        "Der Kanzler reist zum ersten Mal seit Wochen in die Hauptstadt.\n"
        "© Quelle: Reuters\n"
        "Noch ein Absatz des Artikels folgt hier."
    )
    art = _article(text)
    (media,) = art.media
    assert media.kind == "video"
    assert media.title == "Regierungschefs treffen sich zum Abendessen"
    assert media.caption == "Der Kanzler reist zum ersten Mal seit Wochen in die Hauptstadt."
    assert media.credit == "Reuters"
    assert [b.text for b in art.boilerplate] == ["Video", "1:24 min"]
    assert "Abendessen" not in art.body and "1:24" not in art.body
    assert len(art.paragraphs) == 2


def test_subheadings_run_into_a_one_line_record() -> None:
    # 10kGNAD keeps no line breaks: the subheading stands between two sentences
    text = (
        "Die Regierung hat am Dienstag ein Gesetz beschlossen, das die Förderung ausweitet. "
        "Die Opposition kritisierte den Entwurf als unzureichend und viel zu spät. Zeit drängt "
        "Allerdings drängt die Zeit, denn die Frist endet im Frühjahr. Kritiker sprechen von "
        "einem überfälligen Schritt. Der Slogan Mit Sicherheit immer für uns soll das zeigen."
    )
    art = _article(text)
    assert [h.text for h in art.subheadings] == ["Zeit drängt"]
    assert "Zeit drängt Allerdings" not in art.body
    assert "Der Slogan Mit Sicherheit" in art.body  # a title whose quotation marks were lost


def test_questions_are_no_run_in_subheadings() -> None:
    text = (
        "Der Minister stellte sich den Fragen. STANDARD: Wie beurteilen Sie die Lage? "
        "Minister: Sie ist ernst. Sind Sie zuversichtlich? Ja. Die Regierung handelt."
    )
    assert not _article(text).subheadings
    inverted = (
        "Die Stadt hat neue Bezirke. Die Liste aller Bezirke finden Sie auf der Website. "
        "Ein Sprecher sagte dazu nichts. Lob für Diskussion Er begrüßte die offene Debatte."
    )
    assert [h.text for h in _article(inverted).subheadings] == ["Lob für Diskussion"]


def test_run_in_subheadings_before_conjunctions_and_of_one_plural_noun() -> None:
    text = (
        "Die Kammer legte am Montag ihren Bericht vor und forderte rasche Reformen. "
        "Ein Sprecher des Ministeriums wollte das nicht kommentieren. Schneller gründen Neben "
        "der Senkung der Gebühren soll die Gründung online möglich werden. Die Kritik der Kammer "
        "blieb trotzdem laut. Meldepflichten Auch die Meldepflichten sollen wegfallen, hieß es. "
        "Ob das reicht, ist offen."
    )
    assert [h.text for h in _article(text).subheadings] == ["Schneller gründen", "Meldepflichten"]


def test_run_in_subheadings_before_a_counted_start_word_or_a_repeated_subject() -> None:
    # session 14: "Dagegen" is in the counted list (lower-case inside sentences); the second
    # heading names the company its paragraph opens with; two spaces after a heading
    text = (
        "Der Konzern legte am Montag seine Zahlen vor und übertraf die Erwartungen deutlich. "
        "Analysten hatten mit weniger gerechnet. Kritik der Aktionäre Dagegen wandten sich "
        "mehrere Fonds gegen die Boni. Die Hauptversammlung ist im Mai. Stahlwerk will mehr "
        "Stahlwerk will seine Beteiligung an der Hütte aufstocken. Das wurde bestätigt. "
        "Neue Filialen  Zudem sollen zehn Filialen eröffnen."
    )
    heads = [h.text for h in _article(text).subheadings]
    assert heads == ["Kritik der Aktionäre", "Stahlwerk will mehr", "Neue Filialen"]
    body = _article(text).body
    assert "Aktionäre Dagegen" not in body and "mehr Stahlwerk" not in body


def test_no_run_in_subheading_after_an_abbreviation_or_before_a_noun() -> None:
    text = (
        "Die Stadt lud zum Empfang. Mit freundlichen Grüßen Dr. Anna Berg und Jan Hofer "
        "Redaktion Am Markt. Der Bürgermeister sprach. Der wendige Von Berg ist ein Läufer. "
        "Der Verein gewann. An handwerklichem Können fehlt es nicht. Die Partei tagte am "
        "Abend. Der Kinofilm Das Leben der Anderen lief danach."
    )
    assert not _article(text).subheadings


def test_a_compound_ending_in_a_title_noun_is_a_heading_without_an_article() -> None:
    text = (
        "Die Regierung hat sich noch nicht festgelegt. Viele Details sind offen. Prioritätsfrage "
        "Wie berichtet, sind die Mittel knapp. Die Opposition drängt auf eine rasche Lösung."
    )
    assert [h.text for h in _article(text).subheadings] == ["Prioritätsfrage"]


def test_run_in_subheadings_before_an_adverb_or_verb_that_only_starts_sentences() -> None:
    # session 16: a capitalised word the lemma table knows only as an adverb, an uninflected
    # adjective or a verb form in -t starts a sentence ("Generell", "Vergleicht")
    text = (
        "Der Ausschuss tagte am Montag zum ersten Mal seit dem Sommer. Die Sitzung dauerte "
        "bis in den Abend. Offene Fragen Generell sei man sich einig, sagte der Vorsitzende. "
        "Die Details folgen im Herbst. Neue Regeln Vergleicht man die Entwürfe, fällt wenig auf."
    )
    art = _article(text)
    assert [h.text for h in art.subheadings] == ["Offene Fragen", "Neue Regeln"]
    assert "Offene Fragen Generell" not in art.body


def test_run_in_subheadings_before_a_comparative_and_a_copula() -> None:
    # session 32: a comparative fronted before "wird", "wäre", … opens a sentence ("Heikler
    # wird …"); not after a phrase of one word or one opening with an article, where a surname
    # of the same form may follow a role ("Der Trainer Kleiner ist …")
    text = (
        "Der Ausschuss tagte am Montag zum ersten Mal seit dem Sommer. Die Sitzung dauerte "
        "bis in den Abend. Widerstand der Länder Heikler wird ein anderes Vorhaben des "
        "Ministers. Die Details folgen im Herbst. Kosten für den Bund Dramatischer wäre, dass "
        "die Mittel fehlen. Der Trainer Kleiner ist zufrieden. Stürmer Kleiner ist fit."
    )
    art = _article(text)
    assert [h.text for h in art.subheadings] == ["Widerstand der Länder", "Kosten für den Bund"]
    assert "Der Trainer Kleiner ist zufrieden. Stürmer Kleiner ist fit." in art.body


def test_a_run_in_subheading_may_end_in_a_passive_infinitive() -> None:
    # session 32: "werden" may end a heading; before a pronoun it is still the verb of a clause
    text = (
        "Die Reform tritt im Jänner in Kraft. Die Namen sollen nicht geändert werden Bei den "
        "Gemeinden gibt es keine Änderung. Die Gebühren können gesenkt werden Sie sinken um "
        "zehn Prozent."
    )
    art = _article(text)
    assert [h.text for h in art.subheadings] == ["Die Namen sollen nicht geändert werden"]


def test_run_in_subheadings_may_open_with_mit_or_auf() -> None:
    # session 16: "mit" and "auf" left not_first; a heading is often a prepositional phrase
    text = (
        "Die Umfrage kam am Montag. Viele arbeiten von zu Hause aus. Mit eigenen Laptops "
        "arbeiten Die Kosten trägt meist der Arbeitgeber. Das Büro bleibt wichtig. Auf die "
        "Straße Die Beschäftigten wollen am Freitag protestieren."
    )
    heads = [h.text for h in _article(text).subheadings]
    assert heads == ["Mit eigenen Laptops arbeiten", "Auf die Straße"]


def test_no_run_in_subheading_before_such_a_word_inside_a_name_or_a_sentence() -> None:
    # "kurz" is an adjective, "Kurz" also a surname: after a given name or a phrase with a
    # verb in it the word goes on the sentence
    text = (
        "Die Debatte hält an. Die Umfrage kam am Montag. Integrationsminister Sebastian Kurz "
        "nahm das zum Anlass für Kritik. Die Wahl ist im Herbst. Laut der Umfrage liegt die "
        "Liste Kurz klar vorn."
    )
    assert not _article(text).subheadings


def test_the_first_sentence_of_a_one_line_record_without_dateline_is_the_lead() -> None:
    teaser = "Internationales Team weist Erreger einer Infektionskrankheit in Fledertieren nach."
    text = f"{teaser} Das Virus wird von Zecken übertragen. {BODY} Mehr ist noch nicht bekannt."
    art = _article(text)
    assert art.lead == teaser
    assert art.paragraphs[0].lead and art.paragraphs[1].text.startswith("Das Virus")
    # an opening quotation is a scene, no teaser; a short text has no lead either
    quoted = _article(f'"Was wir brauchen, ist Ruhe." {BODY} Mehr ist noch nicht bekannt.')
    assert quoted.lead is None
    assert _article(f"{teaser} {BODY}").lead is None


def test_a_one_line_teaser_keeps_its_short_second_line() -> None:
    # session 16: a second sentence of at most 30 characters still belongs to the teaser
    first = "Die Stadt muss beim Bau der neuen Brücke deutlich mehr Geld ausgeben."
    text = f"{first} Die Opposition tobt. {BODY} Mehr ist noch nicht bekannt."
    art = _article(text)
    assert art.lead == f"{first} Die Opposition tobt."
    assert art.paragraphs[1].text.startswith("Die Regierung hat")
    longer = f"{first} Die Opposition im Gemeinderat will das prüfen. {BODY} Mehr nicht."
    assert _article(longer).lead == first


def test_a_one_line_teaser_keeps_a_second_sentence_that_points_back() -> None:
    # session 32: a contrasting adverb ("dennoch", "allerdings") or "Das" summing the first
    # sentence up keeps a longer second sentence in the teaser
    first = "Die Stadt muss beim Bau der neuen Brücke deutlich mehr Geld ausgeben."
    for second in (
        "Die Opposition im Gemeinderat will dennoch zustimmen.",
        "Die Zahlen der Verwaltung sind allerdings noch vorläufig.",
        "Das sei ein Skandal, sagt die Opposition im Gemeinderat.",
    ):
        art = _article(f"{first} {second} {BODY} Mehr ist noch nicht bekannt.")
        assert art.lead == f"{first} {second}"
        assert art.paragraphs[1].text.startswith("Die Regierung hat")
    # "Das" as an article, or no pointer back: the body starts with the second sentence
    for second in (
        "Das neue Bauwerk soll im Herbst 2018 eröffnet werden.",
        "Die Opposition im Gemeinderat will das prüfen lassen.",
    ):
        assert _article(f"{first} {second} {BODY} Mehr nicht.").lead == first


def test_the_teaser_of_a_one_line_interview_runs_to_the_first_question() -> None:
    # session 16: an interviewer's label in capitals opens the questions; the two sentences
    # before it are the teaser
    teaser = (
        "Der Verband rechnet mit einem schwierigen Winter für die Bauern. Die Präsidentin "
        "fordert rasche Hilfe vom Bund."
    )
    text = (
        f"{teaser} ZEITUNG: Wie schlimm ist die Lage? Müller: Sie ist ernst, sagte sie. "
        "ZEITUNG: Was muss geschehen? Müller: Der Bund muss zahlen."
    )
    art = _article(text)
    assert art.lead == teaser
    assert art.paragraphs[1].text.startswith("ZEITUNG: Wie schlimm")


def test_a_one_line_lead_runs_past_ordinals_and_abbreviations_but_not_past_a_year() -> None:
    # session 14: "20. Jahrhunderts", "St. Johann" do not end the teaser; "… 2011." does
    body = f"Das Virus wird von Zecken übertragen. {BODY} Mehr ist noch nicht bekannt."
    teaser = "Ein neues Spiel führt ins London des frühen 20. Jahrhunderts und nach St. Johann."
    art = _article(f"{teaser} {body}")
    assert art.lead == teaser
    assert art.paragraphs[1].text.startswith("Das Virus")
    dated = _article(f"Bußgeld wegen Absprachen zwischen März 2007 und Juli 2011. Traun – {body}")
    assert dated.lead == "Bußgeld wegen Absprachen zwischen März 2007 und Juli 2011."
    assert dated.dateline == "Traun"


def test_a_date_alone_in_parentheses_after_the_last_sentence_is_a_sign_off() -> None:
    # session 14: "(1.3.2016)" closes the report like "(APA, 1.3.2016)", without a name
    art = _article(f"Neues Gesetz für Solarstrom\n{BODY} Die Bilder wirken nach. (1.3.2016)")
    assert art.body.endswith("Die Bilder wirken nach.")
    assert [b.text for b in art.boilerplate] == ["(1.3.2016)"]
    assert art.published is not None and art.published.startswith("2016-03-01")
    # a date in parentheses inside a sentence is text
    inside = _article(f"Neues Gesetz für Solarstrom\n{BODY} Es gilt seit dem Beschluss (1.3.2016)")
    assert inside.body.endswith("(1.3.2016)") and not inside.boilerplate


def test_sign_offs_with_labels_or_without_their_closing_parenthesis() -> None:
    # session 14: "Text:"/"Video:" label the authors' parts; a cut text may lose the ")"
    labelled = _article(
        f"Neues Gesetz für Solarstrom\n{BODY} (Text: Anna Berg, Video: Jan von Hofer, 1.10.2015)"
    )
    assert labelled.authors == ["Anna Berg", "Jan von Hofer"]
    assert labelled.body.endswith("Schritt.")
    cut = _article(f"Neues Gesetz für Solarstrom\n{BODY} (Anna Berg, 23.11.2015")
    assert cut.authors == ["Anna Berg"] and cut.body.endswith("Schritt.")


def test_sign_offs_of_agencies_without_a_date_or_with_lower_case_agencies() -> None:
    # session 16: "(stro, APA)" has no date; "dpa" is an agency, not an editor's initials;
    # "APA/red" names APA ("red" is the desk's mark)
    no_date = _article(f"Neues Gesetz für Solarstrom\n{BODY} (stro, APA)")
    assert no_date.agencies == ["APA"] and no_date.body.endswith("Schritt.")
    two = _article(f"Neues Gesetz für Solarstrom\n{BODY}  (APA, dpa,  20.5.2016)")
    assert two.agencies == ["APA", "dpa"]
    desk = _article(f"Neues Gesetz für Solarstrom\n{BODY} (APA/red – 8.8. 2015)")
    assert desk.agencies == ["APA"] and desk.body.endswith("Schritt.")
    remark = _article(f"Neues Gesetz für Solarstrom\n{BODY} (Stand: Mai)")
    assert not remark.agencies and remark.body.endswith("(Stand: Mai)")


def test_a_bbc_style_page() -> None:
    text = (
        "Leaders urge allies to speed up deliveries\n"
        "2 hours ago\n"
        "Share\n"
        "Image source, Getty Images\n"
        "Image caption,\n"
        "The president addressed the summit by video link\n"
        "By Jane Doe\n"
        "BBC News\n"
        "The president has urged Western allies to speed up deliveries of air defence systems.\n"
        "Officials said members had agreed to send more systems to the front."
    )
    art = _article(text)
    (media,) = art.media
    assert (media.kind, media.caption, media.credit) == (
        "image",
        "The president addressed the summit by video link",
        "Getty Images",
    )
    assert art.authors == ["Jane Doe"]
    assert [b.reason for b in art.boilerplate] == [
        "relative-date",
        "social",
        "caption-label",
        "byline",
        "byline",
    ]
    assert len(art.paragraphs) == 2 and not art.subheadings


@pytest.mark.parametrize(
    ("opening", "dateline", "agencies"),
    [
        ("Frankfurt a.M. (epd). Die Kirche", "Frankfurt a.M.", ["epd"]),
        ("Freiburg i.Br. (KNA) Die Kirche", "Freiburg i.Br.", ["KNA"]),
        ("Frankfurt am Main (dpa-AFX) - Der Dax", "Frankfurt am Main", ["dpa-AFX"]),
        ("BERLIN (dpa-AFX) - Der Dax", "Berlin", ["dpa-AFX"]),
        ("Halle an der Saale (dpa) - Die Stadt", "Halle an der Saale", ["dpa"]),
        ("Rothenburg ob der Tauber – Die Stadt", "Rothenburg ob der Tauber", []),
    ],
)
def test_datelines_with_place_qualifiers_and_more_agencies(
    opening: str, dateline: str, agencies: list[str]
) -> None:
    art = _article(
        f"Titel des Berichts\n\n{opening} hat am Montag Zahlen vorgelegt. Ein Sprecher sagte, "
        "man sei zufrieden."
    )
    assert (art.dateline, art.agencies) == (dateline, agencies)
    assert art.body.split()[0] in ("Die", "Der")


def test_british_date_lines_and_topic_links() -> None:
    art = _article(
        "Ukraine war: Zelenskyy says Bakhmut defence will continue\n\n"
        "Mon 13 Mar 2023 14.27 GMT\n\nLast modified on Mon 13 Mar 2023 16.05 GMT\n\n"
        "Volodymyr Zelenskyy has said Ukrainian forces will continue to defend the city, despite "
        "heavy losses. He spoke in his nightly address.\n\n"
        "Russia's defence ministry said its troops had made gains.\n\n"
        "Explore more on these topics\n\nReuse this content"
    )
    assert art.published == "2023-03-13"
    assert [(b.reason, b.text) for b in art.boilerplate] == [
        ("date", "Mon 13 Mar 2023 14.27 GMT"),
        ("date", "Last modified on Mon 13 Mar 2023 16.05 GMT"),
        ("related-links", "Explore more on these topics"),
        ("related-links", "Reuse this content"),
    ]
    assert len(art.paragraphs) == 2


def test_an_outlet_in_capitals_is_no_author_and_a_weekday_in_an_update_line() -> None:
    art = _article(
        "Biden announces new sanctions on Russia\n\nBy Jane Doe and John Roe, CNN\n\n"
        "Updated 3:45 PM EST, Mon March 13, 2023\n\n"
        "Washington (CNN) — President Joe Biden on Monday announced new sanctions, the White "
        "House said. It was the third round.\n\nThe measures target banks and energy firms."
    )
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == "2023-03-13"
    assert art.dateline == "Washington"
    wire = _article(
        "Storm hits coast\n\nBy Jane Doe, AP\n\nThe storm hit the coast on Monday. Thousands "
        "lost power, officials said.\n\nRepairs will take days."
    )
    assert (wire.authors, wire.agencies) == (["Jane Doe"], ["AP"])


@pytest.mark.parametrize(
    ("byline", "authors", "agencies"),
    [
        ("Von Max Muster, Berlin", ["Max Muster"], []),  # where he writes from
        (
            "Von Max Muster, Kairo, und Erika Mustermann, Beirut",
            ["Max Muster", "Erika Mustermann"],
            [],
        ),
        ("Von unserem Korrespondenten Max Muster", ["Max Muster"], []),
        ("Von dpa", [], ["dpa"]),
    ],
)
def test_bylines_with_places_correspondents_and_agencies(
    byline: str, authors: list[str], agencies: list[str]
) -> None:
    art = _article(
        f"Koalition einigt sich auf Haushalt\n\n{byline}\n\nDie Koalition hat sich am Sonntag "
        "auf den Haushalt geeinigt. Das teilte ein Sprecher mit.\n\nDie Opposition kritisierte das."
    )
    assert (art.authors, art.agencies) == (authors, agencies)
    assert [b.text for b in art.boilerplate] == [byline]


def test_a_date_beside_the_author_is_the_publication_date() -> None:
    art = _article(
        "Koalition einigt sich auf Haushalt\n\nVon Max Muster | 12.03.2023, 14:27 Uhr\n\nDie "
        "Koalition hat sich am Sonntag auf den Haushalt geeinigt. Das teilte ein Sprecher mit."
        "\n\nDie Opposition kritisierte das."
    )
    assert (art.authors, art.published) == (["Max Muster"], "2023-03-12T14:27:00")


@pytest.mark.parametrize(
    ("line", "published", "reason"),
    [
        ("12.03.2023 14:27 | Aktualisiert: 12.03.2023 15:00", "2023-03-12T14:27:00", "date"),
        ("Publiziert: 12.03.2023, 14:27", "2023-03-12T14:27:00", "date"),
        ("So., 12.03.2023, 14:27", "2023-03-12T14:27:00", "date"),
        ("Erschienen am 12.03.2023", "2023-03-12", "date"),
        ("Publiziert heute um 14:27 Uhr", None, "relative-date"),
        ("vor 2 Std.", None, "relative-date"),
        ("Fehler gefunden? Jetzt melden.", None, "promo"),
    ],
)
def test_date_and_page_lines_of_austrian_and_swiss_outlets(
    line: str, published: str | None, reason: str
) -> None:
    art = _article(
        f"Koalition einigt sich auf Haushalt\n\n{line}\n\nDie Koalition hat sich am Sonntag auf "
        "den Haushalt geeinigt. Das teilte ein Sprecher mit.\n\nDie Opposition kritisierte das."
    )
    assert art.published == published
    assert [(b.reason, b.text) for b in art.boilerplate] == [(reason, line)]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "President Joe Biden speaks at the White House. (AP Photo/Evan Vucci)",
            "President Joe Biden speaks at the White House.",
            "AP Photo/Evan Vucci",
        ),
        (
            "President Biden speaks. Photograph: Evan Vucci/AP",
            "President Biden speaks.",
            "Evan Vucci/AP",
        ),
        ("Joe Biden in Ohio. Picture: Reuters", "Joe Biden in Ohio.", "Reuters"),
    ],
)
def test_english_caption_credits(line: str, caption: str, credit: str) -> None:
    art = _article(
        "Biden speaks on economy\n\nWASHINGTON (AP) — President Joe Biden spoke on Monday about "
        f"the economy. He said jobs were growing.\n\n{line}\n\nRepublicans criticised the "
        "speech. They called it misleading."
    )
    assert [(m.caption, m.credit) for m in art.media] == [(caption, credit)]
    assert len(art.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "agencies", "reason"),
    [
        ("Mit Material von dpa", ["dpa"], "byline"),
        ("Mit Material der Nachrichtenagenturen dpa und AFP", ["dpa", "AFP"], "byline"),
        ("Dieser Artikel ist Teil unseres Schwerpunkts Klima.", [], "related-links"),
        ("Mehr Nachrichten aus Berlin", [], "related-links"),
        ("Hier geht es zum Liveblog.", [], "teaser"),
        ("Diese Meldung wurde zuletzt am 12.03.2023 aktualisiert.", [], "editorial-note"),
        ("Unterstützen Sie unabhängigen Journalismus", [], "promo"),
    ],
)
def test_closing_lines_of_web_stories(line: str, agencies: list[str], reason: str) -> None:
    art = _article(
        "Koalition einigt sich auf Haushalt\n\nBerlin - Die Koalition hat sich am Sonntag auf den "
        "Haushalt geeinigt. Das teilte ein Sprecher mit.\n\nDie Opposition kritisierte das. Sie "
        f"sprach von einem Fehler.\n\n{line}"
    )
    assert art.agencies == agencies
    assert [(b.reason, b.text) for b in art.boilerplate] == [(reason, line)]
    assert len(art.paragraphs) == 2


def test_a_teaser_box_inside_a_multi_line_cell_ends_the_body() -> None:
    """A page laid out in table cells gives the report and the box of other stories as one text
    line of several lines: from the box's heading on, it is boilerplate, and so are the
    headline-shaped lines after it (session 13)."""
    from newsgraph.model import Source
    from newsgraph.structure.builder import structure
    from newsgraph.structure.lines import Line

    body = "The council approved the harbour plan on Tuesday after a long debate in the hall."
    cell = (
        f"{body}\nWork on the first pier is to start in the spring, the mayor said.\n"
        "Top stories\nA singer of the old town band died on Sunday at the age of 90, "
        "the local paper reports.\nMost popular in the section | Festival dates announced"
    )
    lines = [
        Line(text="Council approves the harbour plan", hint="title"),
        Line(text=cell, hint="paragraph"),
        Line(text="Old town band singer dies aged 90", hint="paragraph"),
        Line(text="Festival dates announced for the summer", hint="paragraph"),
    ]
    art = structure(lines, Source(reader="html", content_hash="0"))
    (para,) = art.paragraphs
    assert para.text.startswith(body) and para.text.endswith("the mayor said.")
    assert [b.reason for b in art.boilerplate] == ["related-links"] * 3


def test_a_pointer_to_the_study_at_the_end_is_boilerplate() -> None:
    # session 16: "Abstract" glued to the journal's name (the line break was lost) or "-->"
    # with the sentence announcing it closes a science report: a link box, not text
    text = (
        f"Neue Studie zu Affen\n{BODY} Schimpansen nutzen öfter Werkzeug als Bonobos. "
        "AbstractNature Primates: Tool use in great apes differs by species"
    )
    art = _article(text)
    assert art.body.endswith("als Bonobos.")
    assert any(b.text.startswith("AbstractNature") for b in art.boilerplate)
    video = _article(
        f"Neue Studie zu Spinnen\n{BODY} Wie das aussieht, zeigen diese Videos: --> Animal "
        "Behaviour: Jumping spiders assess rivals by size"
    )
    assert video.body.endswith("überfälligen Schritt.")
    plain = _article(f"Neue Studie\n{BODY} Das Abstract ist lang: es hat drei Seiten.")
    assert plain.body.endswith("drei Seiten.")
