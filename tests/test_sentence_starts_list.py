"""The counted list of sentence-start words (scripts/structure/sentence_starts.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "structure" / "sentence_starts.py"
SHIPPED = REPO / "src" / "newsgraph" / "data" / "structure" / "sentence_starts.de.txt"
DATA = REPO.parent / "shared" / "data"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sentence_starts_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_words_written_lower_case_inside_sentences_qualify() -> None:
    script = _script()
    sentences = [
        "Dagegen protestierten viele. Die Partei war dagegen, sagte sie.",
        "Dagegen half nichts. Wir sind dagegen. Sie waren dagegen und blieben dagegen.",
        "Berlin ist groß. Die Stadt Berlin wächst. Berlin bleibt Berlin.",
        "Neue Pläne gibt es. Die Neue Zürcher schrieb über neue Pläne.",
    ]
    starts, inside = script.count(iter(sentences))
    assert starts["Dagegen"] == 2 and inside["dagegen"] == 4 and inside["Dagegen"] == 0
    words = script.sentence_starts(starts, inside, min_starts=2, min_lower=3, ratio=10)
    # "Berlin" has no lower-case form; "Neue" is capitalised inside a sentence too (a name)
    assert words == ["Dagegen"]


def test_the_shipped_list_is_what_the_script_builds(tmp_path: Path) -> None:
    if not (DATA / "smartdata-de" / "train.json.gz").is_file():
        pytest.skip("../shared/data is not available")
    out = tmp_path / "starts.txt"
    argv = sys.argv
    sys.argv = [str(SCRIPT), "--data", str(DATA), "--out", str(out)]
    try:
        _script().main()
    finally:
        sys.argv = argv
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")
    words = [w for w in out.read_text(encoding="utf-8").splitlines() if not w.startswith("#")]
    assert {"Allerdings", "Dagegen", "Nicht"} <= set(words)
    assert not {"Berlin", "Regierung"} & set(words)
