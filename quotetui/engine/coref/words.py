"""Word classes the resolver reasons with: pronouns, dependency labels, role and
organisation nouns, and a role's canonical word."""

from __future__ import annotations

from quotetui.engine import gender as genders
from quotetui.engine.lexicon import (
    ORGANISATION_NOUNS,
    ROLE_OF_TITLE,
)

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "attr", "oprd"})


PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})


NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})


FIRST_SECOND = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yourself"}
)


RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})


PARTITIVES = frozenset("one some two three several many most few each either neither".split())


PRONOUNS = (
    frozenset(genders.PRONOUN_GENDER)
    | PLURAL_PRONOUNS
    | NEUTER_PRONOUNS
    | FIRST_SECOND
    | RELATIVES
    | frozenset("one someone anyone everyone nobody somebody this these those what".split())
)


# Roles that are the same role ("the nominee" is "the candidate").
ROLE_SYNONYMS = {
    "nominee": "candidate",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "legislator",
    "chairwoman": "chairman",
    "chair": "chairman",
    "advisor": "adviser",
    "organization": "organisation",
    "firm": "company",
    "justice": "judge",  # "Mrs Justice Hart" is "the judge"
}


# Organisation nouns general enough to mean the article's organisation of that kind whatever
# its name says ("the company" for "Lumora Inc.", "the club" for "Leeds United").
GENERIC_ORG_NOUNS = frozenset(
    "company firm group organisation organization club team business agency outfit".split()
)


ORG_ROLES = ORGANISATION_NOUNS | GENERIC_ORG_NOUNS


def _is_given_name(word: str) -> bool:
    """A word the first-name lexicon knows as somebody's given name."""
    return genders.share_women(word) is not None


def canonical_role(word: str) -> str:
    word = word.lower().rstrip(".")
    word = ROLE_OF_TITLE.get(word, word)
    return ROLE_SYNONYMS.get(word, word)


_PLACES = frozenset({"GPE", "FAC", "LOC"})


# Verbs whose subject handles a document someone else wrote.
_NOT_ISSUING = frozenset("read quote cite obtain see receive leak show hold".split())
