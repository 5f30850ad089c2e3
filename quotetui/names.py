"""Names of speakers: the one place that says when two written names are the same key.

The engine (resolving speakers across articles), the store (finding a speaker by name or
alias, ``quotetui review --speaker``) and the scorer all compare names through
:func:`name_key`, so a name the engine treats as one speaker is found by the store's lookup and
vice versa. No spaCy here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence

# Words that never belong to a canonical name.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev".split())
# Honorifics that tell a person's gender (for resolving "he" and "she").
FEMALE_TITLES = frozenset("mrs ms miss madam madame mme lady dame queen princess duchess".split())
MALE_TITLES = frozenset("mr sir lord king prince duke monsieur".split())

# Words that, at the start of a name, are a title rather than part of the name: forms of
# address, offices and ranks (civil, parliamentary, judicial, police, military, academic,
# clerical), British abbreviations written without a full stop ("Cllr", "Supt", "Det Insp")
# among them. A title this list lacks is still found by :func:`title_length`'s other tests.
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev revd reverend father fr
    president vice prime minister chancellor premier governor gov sen senator rep
    representative congressman congresswoman mayor ambassador envoy secretary general gen
    col lt capt sgt adm admiral judge justice chief spokesman spokeswoman spokesperson king
    queen prince princess pope sheikh chairman chairwoman chair ceo director commissioner
    deputy foreign first attorney leader speaker candidate nominee former acting interim
    state defense defence finance interior home trade economy agriculture health education
    labor labour justice sen. rep. gov. gen. dr. mr. mrs. ms. st. lt. col. capt. sgt.
    senior junior assistant associate executive managing officer professor coach
    democratic republican democrat gop conservative tory
    cllr councillor councilor alderman alderwoman supt superintendent insp inspector det
    detective constable pc dc ds dci dcs dsi ch sergeant magistrate coroner sheriff marshal
    baron baroness earl countess duke duchess viscount rt hon mp mep msp ms qc kc
    major captain colonel brigadier corporal lieutenant commander commodore
    bishop archbishop canon cardinal rabbi imam pastor
    """.split()
)

# Titles that are as often given names: before a lone family name they are the given name.
_GIVEN_TITLES = frozenset("earl duke baron major".split())

# Nouns for bodies rather than people ("the company said", "the ministry"); the engine's
# lexicon and identity share them.
ORGANISATION_NOUNS = frozenset(
    """
    ministry government embassy agency department office council committee commission
    administration campaign party company firm group organization organisation bank court
    police military army navy service union association institute university newspaper
    paper network channel station magazine outlet kremlin house team board center centre
    """.split()
)

DETERMINERS = frozenset("a an the this that these those another".split())
_NOT_NAME = TITLES | HONORIFICS
_VOWELS = frozenset("aeiouy")
# Lower-case words that begin family names ("de Blasio", "van der Berg"): never descriptors.
NAME_PARTICLES = frozenset(
    "de del della der den di da das dos du la le van von ter ten al el bin ibn ben".split()
)


def is_title_word(word: str, known: Collection[str] = ()) -> bool:
    """A word that is a title wherever it starts a name: a listed title, one this article
    showed to be a title (``known``), an abbreviation ("Supt.", "Insp.") or a word of
    consonants only ("Cllr", "Sgt")."""
    bare = fold(word).rstrip(".")
    if not bare:
        return False
    if bare in _NOT_NAME or bare in known:
        return True
    letters = [c for c in bare if c.isalpha()]
    if word.endswith(".") and 2 <= len(letters) <= 5 and "." not in word[:-1]:
        return True  # "Supt.", "Insp.", "Det." — but "J." is an initial
    return len(letters) >= 3 and word[:1].isupper() and not _VOWELS & set(letters)


def title_length(
    words: Sequence[str],
    is_given_name: Callable[[str], bool] | None = None,
    known: Collection[str] = (),
) -> int:
    """How many of a person's name's leading words are titles or descriptors, not the name.

    A word counts when it is a title (:func:`is_title_word`), or written in lower case ("striker
    Luca Ferreira"), or — given ``is_given_name`` — when a given name follows it and a family
    name that given name: "Det Insp Kevin Marr", "Coach Tony Marsh", "Headteacher Alison
    Greaves" (the words before the given name are no given names themselves). At least one word
    is always left."""
    if len(words) == 2 and fold(words[0]) in _GIVEN_TITLES and words[1][:1].isupper():
        return 0  # "Earl Blumenauer", "Major Garrett": a given name, not a title
    n = 0
    while n < len(words) - 1:
        word = words[n]
        lower = word[:1].islower() and word.isalpha() and word not in NAME_PARTICLES
        if is_title_word(word, known) or lower:
            n += 1
            continue
        break
    if is_given_name is not None and n < len(words) - 2:
        for j in range(n + 1, min(len(words) - 1, n + 4)):
            lead = words[n:j]
            if is_given_name(words[j]) and not any(is_given_name(w) for w in lead):
                if all(w[:1].isupper() and w.rstrip(".").isalpha() for w in lead):
                    return j
                break
    return n


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def straight_apostrophes(text: str) -> str:
    """Every apostrophe a text may carry as the plain one: a turned comma (‘) or an acute
    accent stands for it in the wild ("Trump‘s") as often as the right quotation mark."""
    return text.translate(_APOSTROPHES)


_POSSESSIVE = re.compile(r"(?<=\w)'s(?!\w)|(?<=s)'(?!\w)")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Compatibility-normalised, accent-free, casefolded text ("José" → "jose")."""
    if text.isascii():
        return text.casefold()  # NFKD leaves ASCII as it is, and it has no combining marks
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    text = fold(straight_apostrophes(text))
    text = _POSSESSIVE.sub("", text)
    return " ".join(_WORD.findall(text))


def name_key(text: str | None) -> str:
    """The comparison key of a name: accents folded, case folded, a possessive dropped,
    punctuation gone, words joined by single spaces. "José Martí" and "Jose Marti" share one
    key; so do "Trump's campaign" and "Trump campaign"."""
    if not text:
        return ""
    return _key(text)  # the same names come back on every page of a corpus: cached


def slugify(text: str | None, default: str = "unknown") -> str:
    """A speaker id from a name: ``Georgy Zinoviev`` → ``georgy-zinoviev``."""
    return "-".join(name_key(text).replace("_", " ").split()) or default


def clean_name(
    text: str,
    is_given_name: Callable[[str], bool] | None = None,
    known: Collection[str] = (),
) -> str:
    """A name as an analyst would write it: no leading titles (:func:`title_length`),
    possessive or stray punctuation ("Ambassador Georgy Zinoviev’s" → "Georgy Zinoviev",
    "Cllr Dawn Pryce" → "Dawn Pryce"); a lone title stays."""
    text = " ".join(straight_apostrophes(text).split())
    text = re.sub(r"'s?$", "", text).strip(" ,.;:-—–―\"“”'")
    if re.search(r"\b(?:Jr|Sr)$", text):
        text += "."  # a suffix keeps its full stop: "Donald Trump Jr."
    words = text.split()
    return " ".join(words[title_length(words, is_given_name, known) :])


_DANGLING = frozenset(
    "and or nor but of the a an for to in with at by from as & who which that".split()
)


# A name ending in an initialism ("the U.N.", "D.C."): its last period is part of the name.
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")


def _strip_ends(text: str, chars: str) -> str:
    """``text`` stripped of ``chars`` at both ends, keeping an initialism's final period."""
    stripped = text.strip(chars)
    whole = stripped + "."
    if text.rstrip(chars.replace(".", "")).endswith(whole) and _INITIALISM_END.search(whole):
        return whole
    return stripped


def describe_nominal(text: str) -> str:
    """ "A spokesperson for the NSC" → "spokesperson for the NSC": the descriptive name."""
    words = _strip_ends(" ".join(text.split()), " ,.;:").split(" ")
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words.pop(0)
    # A phrase the parse cut short ("former secretary of state and", "book co-") ends where
    # its last whole word does.
    while len(words) > 1 and (words[-1].lower() in _DANGLING or words[-1].endswith("-")):
        words.pop()
    return " ".join(words).strip(" ,;:")


def clean_org(name: str) -> str:
    """An organisation's name without a leading article or stray punctuation."""
    name = re.sub(r"^(?:a|an|the)\s+", "", name.strip(" —–―-"), flags=re.I)
    return _strip_ends(name, " ,.;:—–―")
