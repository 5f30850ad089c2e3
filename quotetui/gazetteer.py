"""Countries and the ways news writes them, from the ``countryinfo`` package's data: the name
("South Korea"), the other spellings the data lists ("Republic of Korea"), the capital used
for the government ("Seoul said"), and the demonym ("South Korean officials").

``quotetui.identity`` uses it to see that "Seoul's Foreign Ministry" and "South Korea's Ministry
of Foreign Affairs" name one body, and that "Seoul" speaking is South Korea's government. The
data is the package's, loaded once on first use; nothing here is a hand-made list of places.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from quotetui.names import name_key


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2
    name: str  # "South Korea"
    demonym: str | None  # "South Korean"
    capital: str | None  # "Seoul"


@dataclass(frozen=True)
class Place:
    """A country as written: which country, and how ("name", "capital", "demonym")."""

    country: Country
    how: str


@functools.cache
def _table() -> tuple[dict[str, Place], int]:
    from countryinfo import CountryInfo

    # key → (rank, Place): a country's own name before a capital or demonym, then the more
    # populous country ("American" is the United States', not the Northern Mariana Islands').
    best: dict[str, tuple[tuple[int, int, str], Place]] = {}
    countries: dict[str, Any] = dict(CountryInfo.all())  # the data may lack any field
    for _, info in sorted(countries.items()):
        code = str((info.get("ISO") or {}).get("alpha2") or "").upper()
        name = info.get("name")
        if not code or not name:
            continue
        capital = info.get("capital") or None
        demonym = info.get("demonym") or None
        population = int(info.get("population") or 0)
        country = Country(code, str(name), demonym, capital)
        written: list[tuple[str, str]] = [(str(name), "name")]
        for alt in info.get("altSpellings") or ():
            alt = str(alt)
            # Two- and three-letter codes ("KR", "USA") are words too often ("US" aside).
            if len(alt) > 3:
                written.append((alt, "name"))
            elif alt in ("US", "USA", "UK"):
                written += [(alt, "name"), (".".join(alt) + ".", "name")]  # "U.S."
        if capital:
            written.append((str(capital), "capital"))
            # "Washington D.C." is written "Washington": the capital without its abbreviation.
            short = re.sub(r"\s+(?:[A-Z]\.)+$|,.*$", "", str(capital))
            if short != capital:
                written.append((short, "capital"))
        if demonym:
            written.append((str(demonym), "demonym"))
        for text, how in written:
            key = name_key(text)
            if not key:
                continue
            rank = (0 if how == "name" else 1, -population, code)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, Place(country, how))
    forms = {key: place for key, (_, place) in best.items()}
    longest = max((len(key.split()) for key in forms), default=1)
    return forms, longest


def lookup(text: str) -> Place | None:
    """The country ``text`` names as a whole ("Seoul", "South Korean", "the U.S."), or None."""
    key = name_key(text)
    if key.startswith("the "):
        key = key[4:]
    return _table()[0].get(key)


def find_prefix(words: list[str]) -> tuple[Place, int] | None:
    """The country the first words name, and how many words that takes (longest first)."""
    forms, longest = _table()
    for n in range(min(longest, len(words)), 0, -1):
        place = forms.get(" ".join(words[:n]))
        if place is not None:
            return place, n
    return None


def find_suffix(words: list[str]) -> tuple[Place, int] | None:
    """The country the last words name ("… of South Korea"), and how many words it takes."""
    forms, longest = _table()
    for n in range(min(longest, len(words)), 0, -1):
        place = forms.get(" ".join(words[-n:]))
        if place is not None:
            return place, n
    return None


def countries_in(names: list[str] | tuple[str, ...]) -> set[str]:
    """The codes of the countries a list of names (an article's) mentions in any form."""
    out: set[str] = set()
    for name in names:
        place = lookup(name)
        if place is not None:
            out.add(place.country.code)
    return out
