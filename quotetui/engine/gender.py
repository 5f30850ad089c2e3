"""What a name, a title or a noun says about a person's gender, for resolving "he" and "she".

The evidence is the text's and a lexicon's, never the resolver's own guesses: a given name from
the shipped first-name lexicon (``data/first_names.tsv.gz``, built by
``benchmarks/build_first_names.py`` from nomquamgender's cross-national name data; MIT, notice
in ``data/first_names.LICENSE``), a gendered title ("Mrs.", "Sir") or a gendered role noun
("spokeswoman", "her husband"). A given name counts only when it is used by at least 85% of the
people of one gender who bear it, so "Leslie", "Kim" or "Jordan" decide nothing.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources
from typing import Literal

from quotetui.names import FEMALE_TITLES, MALE_TITLES, fold

Gender = Literal["m", "f"]

LEXICON_FILE = "data/first_names.tsv.gz"
# A name decides when at least this share of its bearers (in percent) are of one gender.
DECISIVE = 85


# Nouns for people that say their gender ("the spokeswoman", "his wife").
FEMALE_NOUNS = frozenset(
    """
    woman women spokeswoman congresswoman chairwoman businesswoman councilwoman
    assemblywoman wife mother daughter sister grandmother aunt niece girl girlfriend
    widow actress queen princess duchess mom mum lady
    """.split()
)
MALE_NOUNS = frozenset(
    """
    man men spokesman congressman chairman businessman councilman assemblyman husband
    father son brother grandfather uncle nephew boy boyfriend widower actor king prince
    duke dad
    """.split()
)

PRONOUN_GENDER: dict[str, Gender] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


@functools.cache
def _lexicon() -> dict[str, int]:
    data = resources.files("quotetui.engine").joinpath(LEXICON_FILE).read_bytes()
    table: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, pct = line.partition("\t")
            table[name] = int(pct)
    return table


def share_women(given_name: str) -> int | None:
    """Percent of the people with this given name who are women, or None if unknown."""
    return _lexicon().get(fold(given_name).strip(".'’"))


def of_given_name(given_name: str) -> Gender | None:
    """The gender a given name tells, when it tells one decisively."""
    pct = share_women(given_name)
    if pct is None:
        return None
    if pct >= DECISIVE:
        return "f"
    if pct <= 100 - DECISIVE:
        return "m"
    return None


def of_title(word: str) -> Gender | None:
    word = fold(word).rstrip(".")
    if word in FEMALE_TITLES:
        return "f"
    if word in MALE_TITLES:
        return "m"
    return None


def of_noun(word: str) -> Gender | None:
    word = fold(word)
    if word in FEMALE_NOUNS:
        return "f"
    if word in MALE_NOUNS:
        return "m"
    return None
