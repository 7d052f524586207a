"""Language detection of article text, and letting its model go (batch workers)."""

from __future__ import annotations

import json

from newsgraph.language import detect_language, detector_loaded, release_detector
from newsgraph.readers import read_string
from tests.conftest import DATA, SEED_TXT


def _gnad_texts(n: int) -> list[str]:
    with (DATA / "news-de" / "10kgnad.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(next(lines))["text"] for _ in range(n)]


ENGLISH = (
    "The minister said on Tuesday that the government would not change its plans, although "
    "several members of the opposition had asked for a delay of the vote until the spring."
)


def test_german_english_and_too_short() -> None:
    assert detect_language(SEED_TXT.read_text(encoding="utf-8")) == "de"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("Kurz.") is None


def test_released_model_is_loaded_again_with_the_same_answers() -> None:
    texts = [*_gnad_texts(12), ENGLISH]
    before = [detect_language(t) for t in texts]
    assert detector_loaded()
    release_detector()
    assert not detector_loaded()
    assert [detect_language(t) for t in texts] == before
    assert detector_loaded()
    assert before.count("de") == 12 and before[-1] == "en"


def test_reader_fills_the_detected_language() -> None:
    article = read_string(ENGLISH * 3)
    assert article.language == "en"
