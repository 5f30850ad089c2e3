"""A web page's language, when its metadata does not say.

py3langid: its model ships inside the package (no download at run time), it needs nothing
but numpy (which spaCy brings), classifies an article in well under a millisecond, and gives
normalised probabilities, so a short or mixed text can be left undecided instead of guessed.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["detect_language", "primary_language"]

# Below this many characters, or this confidence, the answer is a guess: the page is read.
_MIN_CHARS = 200
_MIN_PROBABILITY = 0.9
# The first few thousand characters tell the language as well as the whole article.
_SAMPLE_CHARS = 5000

_IDENTIFIER: Any = None

_TAG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lower case: "en-GB" and "en_US" → "en"."""
    if not tag:
        return None
    m = _TAG.match(tag.strip())
    return m.group(0).lower() if m else None


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or None when the text is too short or the
    detector is not sure."""
    global _IDENTIFIER
    sample = text[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return None
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    lang, probability = _IDENTIFIER.classify(sample)
    if probability < _MIN_PROBABILITY:
        return None
    return str(lang)
