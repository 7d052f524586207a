"""Clubs of players and coaches from team context, session 33 (helper "clubs"): the team
lists behind a sports report's sign-off and the club that is the subject of a coach's
sentence or the one before. Excerpts of tuning records gnad-0629, gnad-0798, gnad-0087 and
sentences written for the tests; the trained German pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, BoilerplateBlock, Entity, ParagraphBlock, Source
from newsgraph.pipeline import analyze
from tests.test_entities_session12 import _persons


@pytest.fixture(scope="session")
def nlp_de(nlp_de_trained: Language) -> Language:
    return nlp_de_trained


def _with_table(nlp: Language, body: str, table: str) -> dict[str, Entity]:
    text = body + "\n\n" + table
    art = Article(
        id="test",
        source=Source(reader="text", content_hash="0"),
        language="de",
        text=text,
        blocks=[
            ParagraphBlock(text=body, start=0, end=len(body)),
            BoilerplateBlock(
                text=table, start=len(body) + 2, end=len(text), reason="after-signoff"
            ),
        ],
    )
    analyze(art, stages=["entities"], nlp=nlp)
    return {e.name: e for e in art.entities if e.type == "PER"}


def test_a_line_up_behind_the_sign_off_gives_its_club(nlp_de: Language) -> None:
    # gnad-0629: the Salzburg line-up runs on through "Ersatz:" and "Fraglich:" to the next
    # club's label
    body = (
        "Im Schlager der sechsten Runde gastiert die Wiener Austria am Sonntag in Salzburg. "
        "Seine Stützen Martin Hinteregger und Jonatan Soriano könnten für die Partie fit werden. "
        "Bei der Austria ist Alexander Gorgon in Form."
    )
    table = (
        "Salzburg: Walke – Schwegler, Miranda, Ulmer – Lazaro, Keita – Nielsen, Reyna Ersatz: "
        "C. Stankovic – Lainer, Soriano, Oberlin Es fehlen: Djuricin (Knöchelverletzung) "
        "Fraglich: Soriano (Muskelprobleme im Oberschenkel), Hinteregger (Bauchmuskelzerrung) "
        "Austria: Almer – De Paula, Sikov, Martschinko – Gorgon, Grünwald – Zulechner"
    )
    persons = _with_table(nlp_de, body, table)
    assert persons["Martin Hinteregger"].affiliation == "Salzburg"
    assert persons["Jonatan Soriano"].affiliation == "Salzburg"
    assert persons["Alexander Gorgon"].affiliation == "Austria"  # as the list writes it


def test_a_programme_gives_the_club_before_the_bracket(nlp_de: Language) -> None:
    # gnad-0798: "VfB Stuttgart (Klein, Harnik fraglich/verletzt)"; a surname under two clubs
    # and a venue in brackets give nothing
    body = (
        "Der VfB Stuttgart empfängt am Sonntag Bayer Leverkusen. Martin Harnik ist angeschlagen, "
        "Florian Klein darf auf einen Einsatz hoffen. Bei Werder Bremen fehlt Thomas Müller, "
        "Schiedsrichter ist Harald Lechner."
    )
    table = (
        "Sonntag, 15.30: VfB Stuttgart (Klein, Harnik fraglich/verletzt, Müller) – Bayer "
        "Leverkusen (Lechner) Werder Bremen (Müller) – Mainz 05 (Mercedes-Benz Arena, 15.30 "
        "Uhr, SR Lechner)"
    )
    persons = _with_table(nlp_de, body, table)
    assert persons["Martin Harnik"].affiliation == "VfB Stuttgart"
    assert persons["Florian Klein"].affiliation == "VfB Stuttgart"
    assert persons["Thomas Müller"].affiliation is None  # listed under two clubs
    assert persons["Harald Lechner"].affiliation == "Bayer Leverkusen"  # not Mainz's venue


def test_a_coach_takes_the_club_that_is_the_subject_before_him(nlp_de: Language) -> None:
    # gnad-0087
    text = (
        "Der LASK reiste in einer ungewohnten Rolle in die Bundeshauptstadt. Es ist eine "
        "angenehme Ausgangssituation, sagte Trainer Oliver Glasner."
    )
    assert _persons(nlp_de, text)["Oliver Glasner"].affiliation == "LASK"


def test_not_from_a_sentence_in_the_first_person(nlp_de: Language) -> None:
    # gnad-0798: the sentence before is the coach's own quote about the rival
    text = (
        "Dortmund kann sieben Siege in Folge machen, aber es hängt von uns ab. Jedes Spiel ist "
        "ein Finale, sagte Trainer Josep Guardiola."
    )
    assert _persons(nlp_de, text)["Josep Guardiola"].affiliation is None


def test_not_when_two_clubs_are_subjects(nlp_de: Language) -> None:
    text = (
        "Rapid schlug Sturm Graz mit 2:0. Die Grazer hatten kaum Chancen, sagte Trainer Franco "
        "Foda."
    )
    persons = _persons(nlp_de, text)
    assert persons["Franco Foda"].affiliation is None


def test_not_a_former_function(nlp_de: Language) -> None:
    text = "Der LASK gewann in Wien. Im Stadion saß auch der frühere Trainer Karl Daxbacher."
    assert _persons(nlp_de, text)["Karl Daxbacher"].affiliation is None


def test_goals_before_and_after_bzw_are_the_two_sides(nlp_de: Language) -> None:
    # the shape of 10kGNAD's Erste Liga round tables (test record 0853, names changed)
    body = (
        "Wacker Innsbruck gewann bei Austria Klagenfurt 2:1. Florian Jamnig und Alexander "
        "Gründler trafen für die Tiroler, Rajko Rep verkürzte."
    )
    table = (
        "Austria Klagenfurt – Wacker Innsbruck 1:2 (0:1) Wörthersee-Stadion, SR Muckenhammer. "
        "Tore: Rep (48.) bzw. Jamnig (45.+2), Gründler (60.) FAC – FC Liefering 1:5 (0:3)"
    )
    persons = _with_table(nlp_de, body, table)
    assert persons["Florian Jamnig"].affiliation == "Wacker Innsbruck"
    assert persons["Alexander Gründler"].affiliation == "Wacker Innsbruck"
    assert persons["Rajko Rep"].affiliation == "Austria Klagenfurt"


def test_a_squad_list_gives_the_club_after_the_full_name(nlp_de: Language) -> None:
    # the shape of 10kGNAD's ÖFB squads (test record 0913)
    body = "Teamchef Marcel Koller nominierte die Torhüter Heinz Lindner und Robert Almer."
    table = (
        "Tor: Robert Almer (Austria, 22 Länderspiele), Heinz Lindner (Frankfurt, 7), Ramazan "
        "Özcan (Ingolstadt, 4)"
    )
    persons = _with_table(nlp_de, body, table)
    assert persons["Heinz Lindner"].affiliation == "Frankfurt"
    assert persons["Robert Almer"].affiliation == "Austria"
