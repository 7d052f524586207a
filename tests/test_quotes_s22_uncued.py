"""Session 22 (issue #4, direct speech not found): speech the extractor missed without a cue
of its own. Sentences written for the tests, run through the shipped model and the entity layer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_quotes import _by_text, _pipeline_quotes, _speaker


@pytest.fixture(scope="module")
def german_nlp() -> Any:
    from newsgraph.pipeline import load_nlp

    return load_nlp("de")


def test_a_name_label_in_the_title_line_speaks(german_nlp: Any) -> None:
    # the title line ("… – Huber: <statement>") labels the words of a person the body introduces
    text = (
        "Regierung legt neues Sparpaket vor – Huber: Die Pensionen werden nicht gekürzt. "
        "Wien – Die Regierung hat am Dienstag ein Sparpaket vorgestellt. Sozialministerin Eva "
        "Huber verteidigte die Pläne im Parlament."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Pensionen werden nicht gekürzt.")
    assert q.kind == "direct" and _speaker(q) == "Eva Huber", [(x.text, _speaker(x)) for x in qs]
    assert q.text.strip() == "Die Pensionen werden nicht gekürzt."
    # a role noun before the name, the words up to the next dash
    text = (
        "Ministerin Huber: Die Pensionen werden nicht gekürzt – Opposition kündigt Widerstand an. "
        "Wien – Die Regierung hat am Dienstag ein Sparpaket vorgestellt. Sozialministerin Eva "
        "Huber verteidigte die Pläne im Parlament."
    )
    qs = _pipeline_quotes(text, german_nlp)
    q = _by_text(qs, "Die Pensionen werden nicht gekürzt")
    assert q.kind == "direct" and _speaker(q) == "Eva Huber"
    assert "Opposition" not in q.text


def test_a_title_label_needs_a_person_named_below(german_nlp: Any) -> None:
    # a newspaper or a name the body never takes up again labels no speech of a person
    text = (
        "Zeitung: Die Pensionen werden nicht gekürzt. Wien – Die Regierung hat am Dienstag ein "
        "Sparpaket vorgestellt. Die Opposition kündigte Widerstand an."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not [q for q in qs if q.kind == "direct"], [(q.text, _speaker(q)) for q in qs]
    text = (
        "Streit um Sparpaket – Huber: Die Pensionen werden nicht gekürzt. Wien – Die Regierung "
        "hat am Dienstag ein Sparpaket vorgestellt. Die Opposition kündigte Widerstand an."
    )
    qs = _pipeline_quotes(text, german_nlp)
    assert not [q for q in qs if q.kind == "direct"], [(q.text, _speaker(q)) for q in qs]
