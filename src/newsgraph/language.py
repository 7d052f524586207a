"""Language detection for article text."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

SUPPORTED = ("de", "en", "fr", "it", "es", "nl", "pl", "pt", "ru", "uk", "tr", "sv", "da", "cs")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    # the identifier keeps the table of all its 142 classes to allow set_languages() again;
    # we never widen the set, so only the selected columns (a copy) stay: 28 MB less
    if hasattr(ident, "_full_model"):  # py3langid ≥ 0.4
        ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


def detector_loaded() -> bool:
    """Whether the language model is in memory."""
    return _identifier.cache_info().currsize > 0


def release_detector() -> None:
    """Let the language model go (≈ 50 MB); the next detection loads it again (≈ 0.4 s).

    A Spark worker reads and analyses in one process: it detects the languages of a chunk of
    articles, releases the model, then analyses them, so the model and the CNNs' work arrays
    are never resident together."""
    _identifier.cache_clear()


def detect_language(text: str, *, min_chars: int = 20) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = " ".join(text[:3000].split())[:1500]
    if len(sample) < min_chars:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None
