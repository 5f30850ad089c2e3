"""Names of speakers: the one place that says when two written names are the same key.

The engine (resolving speakers across articles), the store (finding a speaker by name or
alias, ``quotetui review --speaker``) and the scorer all compare names through
:func:`name_key`, so a name the engine treats as one speaker is found by the store's lookup and
vice versa. No spaCy here.
"""

from __future__ import annotations

import re
import unicodedata

# Words that never belong to a canonical name.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev".split())

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?<=\w)'s(?!\w)|(?<=s)'(?!\w)")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Compatibility-normalised, accent-free, casefolded text ("José" → "jose")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def name_key(text: str | None) -> str:
    """The comparison key of a name: accents folded, case folded, a possessive dropped,
    punctuation gone, words joined by single spaces. "José Martí" and "Jose Marti" share one
    key; so do "Trump's campaign" and "Trump campaign"."""
    if not text:
        return ""
    text = fold(text.translate(_APOSTROPHES))
    text = _POSSESSIVE.sub("", text)
    return " ".join(_WORD.findall(text))


def slugify(text: str | None, default: str = "unknown") -> str:
    """A speaker id from a name: ``Georgy Zinoviev`` → ``georgy-zinoviev``."""
    return "-".join(name_key(text).replace("_", " ").split()) or default
