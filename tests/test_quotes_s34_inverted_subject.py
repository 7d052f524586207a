"""Session 34 (helper "rspk"): a Konjunktiv I sentence with no current source takes as its
source the person named right after the finite verb of the narrated sentence before it, when a
fronted field that names nobody stands before that verb (German inverted order: "Den Kunden
entgegenkommen will X …"), as session 23 did for a subject that opens the sentence
(``Continuations._narrated_subject``, ``_subject_after_fronted_field``); not the name after a
passive auxiliary, a patient.

Excerpt of 10kGNAD test record 10kgnad-test-0300 (tuning gnad-0240; CC BY-NC-SA 4.0)."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

CRITIC = (
    "Einer der bekanntesten Kritiker ist Radiohead-Sänger Thom Yorke, der sich zuletzt auf "
    "Youtube eingeschossen hat. "
)
FRONTED = (
    "Den Kunden entgegenkommen will Oettinger in puncto Geoblocking, also die Beschränkung von "
    "digitalen Diensten auf Basis des Standortes des Nutzers. "
)
PASSIVE = (
    "Erst wurde Oettinger in Brüssel von den Abgeordneten zu Geoblocking und Urheberrecht befragt. "
)
SPEECH = (
    "Hier solle es die Möglichkeit geben, Dienste wie Sky wenigstens auf Reisen für einige Tage "
    "auch in anderen EU-Staaten nutzen zu können."
)


def _speaker(text: str, nlp: Any) -> str | None:
    quote = next(q for q in analyse_de(text, nlp).quotes if q.text.startswith("Hier solle"))
    return quote.speaker.name if quote.speaker else None


def test_the_name_after_the_verb_of_an_inverted_sentence_is_the_source(
    nlp_de_trained: Any,
) -> None:
    speaker = _speaker(CRITIC + FRONTED + SPEECH, nlp_de_trained)
    assert speaker is not None and speaker.endswith("Oettinger")


def test_the_patient_of_a_passive_is_no_source(nlp_de_trained: Any) -> None:
    # "Erst wurde X … befragt": the name after a passive auxiliary is no speaker
    speaker = _speaker(CRITIC + PASSIVE + SPEECH, nlp_de_trained)
    assert speaker is None or not speaker.endswith("Oettinger")
