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
    return ident


def detect_language(text: str, *, min_chars: int = 20) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = " ".join(text[:3000].split())[:1500]
    if len(sample) < min_chars:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None
