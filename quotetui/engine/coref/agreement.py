"""Agreement: whether a person's gender is decided and which way it leans, and whether two
names can be one person's."""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.records import Entity
from quotetui.engine.resolution import (
    PERSON,
)


def _decided(votes: Counter[str]) -> str | None:
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    if rest and rest[0][1] >= n:
        return None
    return top


# Gender evidence as log-odds: a title or gendered noun said of the person ("Mrs.", "his wife,
# X") outweighs the first-name lexicon; a pronoun bound to the name counts less, but two of
# them overrule a given name that most, not all, of its bearers share ("Marty", "Lindsey").
TITLE_EVIDENCE = 5.0


BOUND_EVIDENCE = 2.0


GENDER_DECIDES = math.log(85 / 15)


LEANS = 70  # percent of a given name's bearers of one gender for an undecided name to lean


def _lean(e: Entity) -> str | None:
    if e.bound or e.titles:
        return None  # the article's own evidence left it undecided: the name decides nothing
    if len(e.words) == 1:
        return genders.of_given_name(e.words[0])
    given = next((w for w in e.words[:-1] if len(w) > 1), None)
    pct = genders.share_women(given) if given is not None else None
    if pct is None or 100 - LEANS < pct < LEANS:
        return None
    return "f" if pct >= LEANS else "m"


SOFT_SHARE = 10  # percent of a given name's bearers of the other gender that keeps it a lean


def _name_alone_decides(e: Entity) -> bool:
    """Whether the person's gender rests on their given name only, a name borne by at least
    :data:`SOFT_SHARE` percent of the other gender (no title, gendered noun or bound pronoun)."""
    if e.kind != PERSON or e.titles or e.bound or len(e.words) < 2:
        return False
    given = next((w for w in e.words[:-1] if len(w) > 1), None)
    pct = genders.share_women(given) if given is not None else None
    return pct is not None and SOFT_SHARE <= pct <= 100 - SOFT_SHARE


def _person_gender(e: Entity) -> str | None:
    """The gender the article's evidence and the lexicon decide together, or None."""
    score = TITLE_EVIDENCE * (e.titles["f"] - e.titles["m"])
    given = next((w for w in e.words[:-1] if len(w) > 1), None) if len(e.words) > 1 else None
    # A name used alone may be a given name ("Melanie") or a family name ("Clinton"): the
    # lexicon counts for half.
    lone = given is None and len(e.words) == 1
    pct = genders.share_women(given or e.words[0]) if given or lone else None
    if pct is not None:
        p = min(99.0, max(1.0, float(pct))) / 100
        score += math.log(p / (1 - p)) * (0.5 if lone else 1.0)
    score += BOUND_EVIDENCE * (e.bound["f"] - e.bound["m"])
    if score >= GENDER_DECIDES:
        return "f"
    if score <= -GENDER_DECIDES:
        return "m"
    return None


def _in_other_relative(tok: Token, verb: Token, subject: Token) -> bool:
    """Whether a pronoun sits in a relative clause of some other noun than the subject
    ("Melanie said to the nominee, who began his speech"): it is that noun's pronoun."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.i != subject.i:
            return True
        node = node.head
    return False


def _compatible(longer: tuple[str, ...] | list[str], other: list[str]) -> bool:
    a, b = list(longer), list(other)
    if len(a) < len(b):
        a, b = b, a
    if _contains(a, b):
        return True
    # "J. Smith" and "John Smith": an initial stands for the given name.
    return (
        len(a) == len(b) == 2
        and a[-1] == b[-1]
        and (len(a[0]) == 1 or len(b[0]) == 1)
        and a[0][0] == b[0][0]
    )


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether one name holds the other: same last word, the shorter's words in order."""
    if len(shorter) > len(longer) or not shorter or longer[-1] != shorter[-1]:
        return False
    it = iter(longer)
    return all(word in it for word in shorter)


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed, for names of five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))
