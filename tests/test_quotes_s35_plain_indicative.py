"""Session 35 (helper "rspk"): in a sentence without a cue, a form the tagger calls Konjunktiv
that can only be an indicative does not carry reported speech on (``mood.konj2`` with
``cueless``, ``mood._plain_indicative``): a present in -et ("Generell unterscheidet Fuchs …")
and a preterite whose Konjunktiv II is the same form with an umlaut ("durfte" → "dürfte",
"hatten" → "hätten"). The lexicon's own Konjunktiv II forms still do ("Zudem hätten …").

Excerpts of 10kGNAD test records (CC BY-NC-SA 4.0): 10kgnad-test-0757 (tuning gnad-0594) and
10kgnad-test-0965 (tuning gnad-0756)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

VIGILANTES = (
    "Walter Fuchs vom Institut für Rechts- und Kriminalsoziologie (IRKS) sagt, Bürgerwehren würden "
    "immer wieder gegründet. Aktuelle Zahlen habe er keine, eine etwaige Häufung könne mit der "
    "derzeitigen Krisenlage zu tun haben. Ob sie das Sicherheitsgefühl wirklich zu erhöhen "
    "vermögen, sieht Fuchs skeptisch. Zudem hätten solche Privatinitiativen in der Regel keinen "
    "langen Atem: Sie scheitern oft an Langeweile oder an ihrer Lächerlichkeit. Generell "
    "unterscheidet Fuchs zwischen kommerziellen Sicherheitsunternehmen, "
    "Vereinsgründungen, die aus der Bevölkerung kommen oder politisch angestoßen sein können und "
    "Initiativen, die durch staatliche Seite gefördert werden."
)

SKI_JUMPING = (
    "Ich habe nicht zu viel nachgedacht und es hat gut funktioniert, freute sich Eva Pinkelnig, "
    "die in der Gesamtwertung nun Vierte (96 Punkte) ist. Die Oberösterreicherin Jacqueline "
    "Seifriedsberger durfte sich als Zehnte (218,4) ebenfalls noch über eine Top-Ten-Platzierung "
    "freuen."
)


def _reported(text: str, nlp: Any) -> list[str]:
    return [q.text for q in analyse_de(text, nlp).quotes if q.kind == "indirect"]


def test_a_present_in_et_is_no_konjunktiv(nlp_de_trained: Any) -> None:
    reported = _reported(VIGILANTES, nlp_de_trained)
    assert not any(t.startswith("Generell unterscheidet") for t in reported)
    # the lexicon's "hätten" right before it still goes on with Fuchs
    assert any(t.startswith("Zudem hätten") for t in reported)


def test_a_preterite_without_its_umlaut_is_no_konjunktiv(nlp_de_trained: Any) -> None:
    reported = _reported(SKI_JUMPING, nlp_de_trained)
    assert not any(t.startswith("Die Oberösterreicherin") for t in reported)
