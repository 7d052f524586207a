"""Session 31 (helper evargs): parties of events — the court that passed a sentence told in the
passive, and who acts with a demand or reproach named in a "mit" phrase. Sentences written for
the tests, modelled on tuning-set sentences (gnad-0169, gnad-0231, gnad-0707, gnad-0720)."""

from __future__ import annotations

from tests.test_events_session27_triggers import _events, _read


def test_the_court_named_after_a_passive_verdict_passed_it() -> None:
    events = _events(
        "Ein US-Student ist zu 15 Jahren Arbeitslager verurteilt worden. Das habe der Oberste "
        "Gerichtshof entschieden, meldete die Agentur."
    )
    assert [_read(e) for e in events] == [("COERCE", ["Oberster Gerichtshof"], [])]


def test_the_court_named_in_the_sentence_passed_it() -> None:
    events = _events(
        "Eine Hundezüchterin ist am Mittwoch im Landesgericht Linz zu 24 Monaten Haft "
        "verurteilt worden."
    )
    assert [_read(e) for e in events] == [("COERCE", ["Landesgericht Linz"], [])]


def test_the_judge_named_in_the_next_sentence_passed_it() -> None:
    events = _events(
        "Der Täter ist zu einer lebenslangen Haftstrafe verurteilt worden. Richter Carlos Samour "
        "verkündete am Freitag das Urteil."
    )
    assert [_read(e) for e in events] == [("COERCE", ["Carlos Samour"], [])]


def test_a_court_named_two_sentences_later_did_not() -> None:
    # guard: the appeal court of a later stage is no party of the first verdict
    events = _events(
        "Der Kapitän war 2015 zu 16 Jahren Haft verurteilt worden. Er lebt in Neapel. Das "
        "Berufungsgericht tagt am Montag."
    )
    assert [_read(e) for e in events] == []


def test_a_condemnation_is_no_verdict() -> None:
    # guard: "verurteilte den Anschlag" has its subject; no court is made its party
    events = _events(
        "Der Bürgermeister Hans Berger verurteilte die Tat. Das Landesgericht Linz tagt."
    )
    assert [_read(e) for e in events] == [("ACCUSE", ["Hans Berger"], [])]


def test_who_acts_with_a_demand_makes_it() -> None:
    events = _events(
        "Donald Trump ist ein Kandidat. Zuletzt sorgte er mit der Forderung nach einem "
        "Einreiseverbot für Muslime für Empörung."
    )
    assert [_read(e) for e in events] == [("REQUEST", ["Donald Trump"], [])]


def test_who_reacts_with_criticism_criticises() -> None:
    events = _events("Die SPÖ reagierte mit scharfer Kritik.")
    assert [_read(e) for e in events] == [("ACCUSE", ["SPÖ"], [])]


def test_who_has_to_cope_with_criticism_does_not_criticise() -> None:
    # guard: "hat mit Kritik zu kämpfen" — the subject faces it
    events = _events("Die ÖVP hat derzeit mit heftiger Kritik zu kämpfen.")
    assert [_read(e) for e in events] == []


def test_who_is_confronted_with_demands_does_not_demand() -> None:
    # guard: a passive subject faces the demands
    events = _events("Die Regierung wurde mit Forderungen konfrontiert.")
    assert [_read(e) for e in events] == []


def test_a_court_named_beside_an_earlier_verdict_did_not_pass_it() -> None:
    # guard: a verdict told in the pluperfect is an earlier one; the supreme court named in
    # the sentence before reviews it (a 10kGNAD record of lines 300-801)
    events = _events(
        "Noch keinen Termin gibt es beim Obersten Gerichtshof. Der Broker Johann Wanovits war "
        "zu fünf Jahren Haft verurteilt worden."
    )
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("COERCE", [])]


def test_the_one_sentenced_is_no_judge() -> None:
    # guard: the entity layer gives "Iliass K." the role of "der Richter" named before; the
    # subject of the passive verdict is the one sentenced (10kGNAD records 300-801, a Brussels
    # report; licence CC BY-NC-SA 4.0)
    events = _events(
        "Dennoch habe der Richter vergangene Woche keine sofortige Inhaftierung angeordnet. "
        "Der Mann namens Iliass K. wurde zu fünf Jahren Haft verurteilt, die Hälfte davon auf "
        "Bewährung."
    )
    verdicts = [e for e in events if e.trigger == "verurteilt"]
    assert all(not e.actors for e in verdicts)


def test_the_leader_of_a_party_is_its_one_member_named_before() -> None:
    # modelled on gnad-0401: "Der CSU-Chef" was read as the party
    events = _events(
        "Ministerpräsident Horst Seehofer (CSU) und Kanzlerin Angela Merkel (CDU) trafen sich. "
        "Der CSU-Chef hatte gefordert, die Grenzen zu schließen."
    )
    assert ("REQUEST", ["Horst Seehofer"], []) in [_read(e) for e in events]


def test_the_leader_is_nobody_in_particular_among_two_members() -> None:
    # guard: two persons of the party named before, neither called a leader
    events = _events(
        "Horst Seehofer (CSU) und Markus Söder (CSU) sprachen in München. Der CSU-Chef hatte "
        "gefordert, die Grenzen zu schließen."
    )
    assert ("REQUEST", ["CSU"], []) in [_read(e) for e in events]
