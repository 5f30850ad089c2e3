"""An organisation's name as the words that identify it (in any order, with the synonyms of
government bodies and the country it belongs to), and the country a gazetteer code names."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from quotetui import gazetteer
from quotetui.names import name_key

_ORG_STOP = frozenset("the of for and on to at in 's".split())


# Words that say the same thing of a government body in other words.
_ORG_SYNONYMS = {
    "affairs": "",  # "Ministry of Foreign Affairs" is the "Foreign Ministry"
    "dept": "department",
    "govt": "government",
    "gov": "government",
    "intl": "international",
    "natl": "national",
    "corp": "corporation",
    "co": "company",
    "inc": "",
    "ltd": "",
    "ministries": "ministry",
}


# A country "government" or "administration" is the country speaking.
_GOVERNMENT = frozenset({"government", "administration", "state"})


@dataclass(frozen=True)
class OrgName:
    words: frozenset[str]  # content words, synonyms applied; empty: the country itself
    country: str  # ISO code of the country it belongs to, or ""
    how: str  # how the country was written ("name", "capital", "demonym") or ""


def parse_org(name: str) -> OrgName | None:
    words = name_key(_without_descriptors(name)).split()
    while words and words[0] == "the":
        words.pop(0)
    if not words:
        return None
    country, how = "", ""
    found = gazetteer.find_prefix(words)
    if found is not None and found[1] <= len(words):
        place, n = found
        country, how = place.country.code, place.how
        words = words[n:]
    else:
        for link in ("of", "in"):
            if link in words[:-1]:
                at = len(words) - 1 - words[::-1].index(link)
                tail = gazetteer.find_suffix(words[at + 1 :])
                if tail is not None and tail[1] == len(words) - at - 1:
                    country, how = tail[0].country.code, tail[0].how
                    words = words[:at]
                    break
    content = set()
    for word in words:
        word = _ORG_SYNONYMS.get(word, word)
        if word and word not in _ORG_STOP:
            content.add(word)
    if country and content <= _GOVERNMENT:
        content = set()
    if not content and not country:
        return None
    return OrgName(frozenset(content), country, how)


def _without_descriptors(name: str) -> str:
    """A proper name without the lowercase words the writer put before it ("federal", "the
    state-run"): "the federal Securities and Exchange Commission" is the Commission. A name
    with no capitalised word after them ("the government") stays as it is."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and words[start].islower():
        start += 1
    return " ".join(words[start:]) if words[start:] and not words[start].islower() else name


@functools.cache
def _country(code: str) -> gazetteer.Country | None:
    for place in gazetteer._table()[0].values():
        if place.country.code == code:
            return place.country
    return None
