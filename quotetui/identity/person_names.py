"""A person's name in parts (first names, surname, suffix), as transliterations, titles and
initials leave it, and when two first names are one person's."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quotetui.names import HONORIFICS, TITLES, fold, straight_apostrophes

_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii",
             "iv": "iv", "2nd": "ii", "3rd": "iii"}  # fmt: skip


_PARTICLES = frozenset("de da di del della der den van von du la le st bin ibn al el ter".split())


_NOT_NAME = TITLES | HONORIFICS


@functools.cache
def _nicknames() -> object | None:
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return NickNamer()


def skeleton(word: str) -> str:
    """A surname or first name as transliterations agree on it: accents, hyphens and case
    gone, doubled letters single, y as i ("Zelenskyy", "Zelenskiy", "Zelensky" → "zelenski";
    "Holtz-Eakin" → "holtzeakin")."""
    letters = re.sub(r"[^a-z]", "", fold(word))
    letters = letters.replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", letters)


@dataclass(frozen=True)
class PersonName:
    first: str  # skeleton of the first given name; "" for a bare surname
    first_word: str  # the first given name folded, for nickname lookups
    middles: str  # initials of the middle names ("j" for Donald J. Trump)
    last: str  # skeleton of the surname (particles and hyphens joined)
    suffix: str  # "jr", "ii" … or ""

    @property
    def bare(self) -> bool:
        return not self.first

    @property
    def key(self) -> tuple[str, str, str]:
        return self.first, self.last, self.suffix


def parse_person(name: str) -> PersonName | None:
    """The parts of a person's name, titles dropped; None when nothing of a name is left."""
    text = fold(straight_apostrophes(name))
    text = re.sub(r"'s\b", "", text)
    words = [w.strip(".'") for w in re.split(r"[\s,]+", text) if w.strip(".,'")]
    words = [w for w in words if any(c.isalpha() or c.isdigit() for c in w)]
    while len(words) > 1 and words[0].rstrip(".") in _NOT_NAME:
        words.pop(0)
    suffix = ""
    if len(words) > 1 and words[-1] in _SUFFIXES:
        suffix = _SUFFIXES[words.pop()]
    if not words:
        return None
    # The surname starts at its particles: "Bill de Blasio", "Ludwig van Beethoven".
    start = len(words) - 1
    while start > 0 and words[start - 1] in _PARTICLES:
        start -= 1
    last = skeleton("".join(words[start:]))
    given = words[:start]
    if not last:
        return None
    if not given:
        return PersonName("", "", "", last, suffix)
    first = given[0]
    middles = "".join(w[0] for w in given[1:] if w)
    return PersonName(skeleton(first), first, middles, last, suffix)


def first_names_agree(a: PersonName, b: PersonName) -> bool:
    """Same first name, or one a usual variant of the other (Len / Leonard, Joe / Joseph)."""
    if a.first == b.first:
        return True
    namer = _nicknames()
    if namer is None or not a.first_word or not b.first_word:
        return False
    x, y = a.first_word, b.first_word
    related = (
        namer.nicknames_of(x) | namer.canonicals_of(x),  # type: ignore[attr-defined]
        namer.nicknames_of(y) | namer.canonicals_of(y),  # type: ignore[attr-defined]
    )
    return (
        y in related[0]
        or x in related[1]
        or bool(
            namer.canonicals_of(x) & namer.canonicals_of(y)  # type: ignore[attr-defined]
        )
    )


def _initial_agrees(a: PersonName, b: PersonName) -> bool:
    # "J. Smith" and "John Smith": a first name given as its initial.
    short, long_ = (a, b) if len(a.first) <= len(b.first) else (b, a)
    return len(short.first) == 1 and long_.first.startswith(short.first)
