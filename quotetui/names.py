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
# Honorifics that tell a person's gender (for resolving "he" and "she").
FEMALE_TITLES = frozenset("mrs ms miss madam lady dame queen princess".split())
MALE_TITLES = frozenset("mr sir lord king prince".split())

# Words that, at the start of a name, are a title rather than part of the name.
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev reverend father
    president vice prime minister chancellor premier governor gov sen senator rep
    representative congressman congresswoman mayor ambassador envoy secretary general gen
    col lt capt sgt adm admiral judge justice chief spokesman spokeswoman spokesperson king
    queen prince princess pope sheikh chairman chairwoman chair ceo director commissioner
    deputy foreign first attorney leader speaker candidate nominee former acting interim
    state defense defence finance interior home trade economy agriculture health education
    labor labour justice sen. rep. gov. gen. dr. mr. mrs. ms. st. lt. col. capt. sgt.
    senior junior assistant associate executive managing officer professor coach
    democratic republican democrat gop
    """.split()
)

DETERMINERS = frozenset("a an the this that these those another".split())
_NOT_NAME = TITLES | HONORIFICS

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


def clean_name(text: str) -> str:
    """A name as an analyst would write it: no leading titles, possessive or stray punctuation
    ("Ambassador Georgy Zinoviev’s" → "Georgy Zinoviev"); a lone title stays."""
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"'s?$", "", text).strip(" ,.;:-—–―\"“”'")
    if re.search(r"\b(?:Jr|Sr)$", text):
        text += "."  # a suffix keeps its full stop: "Donald Trump Jr."
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _NOT_NAME:
        words.pop(0)
    return " ".join(words)


def describe_nominal(text: str) -> str:
    """ "A spokesperson for the NSC" → "spokesperson for the NSC": the descriptive name."""
    words = " ".join(text.split()).strip(" ,.;:").split(" ")
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)


def clean_org(name: str) -> str:
    """An organisation's name without a leading article or stray punctuation."""
    name = re.sub(r"^(?:a|an|the)\s+", "", name.strip(), flags=re.I)
    return name.strip(" ,.;:")
