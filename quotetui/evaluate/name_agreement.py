"""When a predicted speaker's name and a gold name are one: case, punctuation, articles and
titles before a name aside."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from quotetui.names import HONORIFICS, name_key

# Role titles are dropped only before a name of two or more words, so "Ambassador Georgy
# Zinoviev" → "georgy zinoviev" but "Foreign Ministry" stays itself. (Honorifics come from
# quotetui.names; this list stays here until the title lists are consolidated there.)
TITLES = frozenset(
    """
    president vice prime minister chancellor premier governor gov sen senator rep representative
    congressman congresswoman mayor ambassador envoy secretary general gen col lt capt sgt adm
    judge justice chief spokesman spokeswoman spokesperson king queen prince princess pope
    sheikh chairman chairwoman chair ceo director commissioner deputy foreign first
    """.split()
)


ARTICLES = frozenset({"the", "a", "an"})


_LEADING_WORD = re.compile(r"\W*(\w+)")


def normalise_name(name: str | None) -> str:
    """The name key (``quotetui.names.name_key``) without leading articles, honorifics and,
    before a name of two or more words, role titles."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name)
    while True:
        head = _LEADING_WORD.match(text)
        if head is None:
            break
        word = name_key(head.group(1))
        rest = text[head.end() :]
        following = _LEADING_WORD.match(rest)
        is_title = (
            word in TITLES
            and following is not None
            and following.group(1)[:1].isupper()
            and len(name_key(rest).split()) >= 2
        )
        if word in HONORIFICS or word in ARTICLES or is_title:
            text = rest
        else:
            break
    return name_key(text)


def names_agree(predicted: str | None, names: Iterable[str | None]) -> bool:
    """The resolved-gold name rule: equal keys, or the words of one all contained in the
    other's ("Caddell" ↔ "Pat Caddell", "Claire McCaskill" ↔ "Sen. Claire McCaskill (D-Mo.)")."""
    key = normalise_name(predicted)
    if not key:
        return False
    words = set(key.split())
    for name in names:
        other = set(normalise_name(name).split())
        if other and (words <= other or other <= words):
            return True
    return False
