"""Strings that can never be a speaker's name (:func:`is_junk_name`)."""

from __future__ import annotations

import functools
import re

from quotetui.dates import MONTH_WORDS, WEEKDAY_WORDS
from quotetui.engine.coref.words import PRONOUNS
from quotetui.names import (
    name_key,
)

_NUMERIC = re.compile(r"[\d\s.,:;%/$€£#+-]*\d[\d\s.,:;%/$€£#+-]*(?:[ap]\.?m\.?|percent|pct)?")


_TIME_WORDS = (
    WEEKDAY_WORDS
    | MONTH_WORDS
    | frozenset(
        """
        today yesterday tomorrow tonight percent morning afternoon evening night week weekend
        month year
        """.split()
    )
)


_QUANTIFIERS = frozenset(
    "other others some many several both all few most each either neither none of them".split()
)


def is_junk_name(name: str | None) -> bool:
    """A string that can never be a speaker's name: empty, a pronoun, a number, a time, a
    date, a percentage, an all-caps heading of several words, or text holding quotation marks
    or brackets."""
    return True if not name else _is_junk(name)


@functools.lru_cache(maxsize=65536)
def _is_junk(name: str) -> bool:
    text = " ".join(name.split())
    if any(c in text for c in '"“”„«»()[]{}<>') or "''" in text or "``" in text:
        return True
    # A plural possessive inside a name ("the Supporters' Trust") is no quotation mark.
    marks = re.sub(r"(?<=\ws)['’](?=\s+\w)", "", text)
    if re.search(r"(?:^|\s)['‘’]|['‘’](?:\s|$)", marks) and not re.search(r"\w['’]s$", marks):
        return True
    key = name_key(text)
    words = key.split()
    if not words:
        return True
    acronym = len(words) == 1 and len(text) > 1 and text.isalpha() and text.isupper()
    if not acronym and all(w in PRONOUNS or w in _QUANTIFIERS or w.isdigit() for w in words):
        return True  # "he", "29 others", "some of them"; but "the WHO", "the US" are bodies
    if _NUMERIC.fullmatch(text.lower()) or all(w.isdigit() or w in _TIME_WORDS for w in words):
        return True
    # "IOWA POLLS NOT NECESSARILY WRONG": a heading, not a name.
    letters = re.findall(r"[^\W\d_]+", text)
    return len(letters) >= 2 and all(w.isupper() and len(w) > 1 for w in letters)
