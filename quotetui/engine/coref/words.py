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


# Last words of a company's name that no one bears as a family name: "Anglian Water",
# "Halvorsen Media", "Norland Motors" are bodies whatever the NER called them.
COMPANY_NAME_ENDS = frozenset(
    """
    water energy media motors holdings airlines airways foods systems technologies
    pharmaceuticals capital partners group plc ltd inc corp llc gmbh
    """.split()
)


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
    "panel": "committee",  # "the House Select Committee …", then "the panel"
}


# Organisation nouns general enough to mean the article's organisation of that kind whatever
# its name says ("the company" for "Lumora Inc.", "the club" for "Leeds United").
GENERIC_ORG_NOUNS = frozenset(
    "company firm group organisation organization club team business agency outfit".split()
)


# Nouns for a body by what it does, which the article gives one organisation ("Ofwat, the
# economic regulator"): "the regulator" is that one, never the article's other bodies.
FUNCTION_ORG_NOUNS = frozenset({"regulator", "watchdog"})


# Nouns for a news outlet ("the newspaper", "the tabloid", "the network"): the article's body
# whose name says it is one (:data:`OUTLET_NAME_ENDS`), whatever words its name has.
OUTLET_NOUNS = frozenset(
    "newspaper tabloid magazine broadsheet publication outlet network broadcaster".split()
)


# Last words of an outlet's name: "The Wall Street Journal", "the Daily News", "CNN".
OUTLET_NAME_ENDS = frozenset(
    """
    times post news journal tribune herald gazette telegraph guardian observer independent
    chronicle daily press magazine mail mirror express standard register bulletin courier
    dispatch inquirer enquirer examiner sentinel globe echo argus advocate star sun weekly
    cnn nbc abc cbs bbc npr pbs msnbc cnbc itv politico axios reuters breitbart
    """.split()
)


ORG_ROLES = ORGANISATION_NOUNS | GENERIC_ORG_NOUNS | FUNCTION_ORG_NOUNS | OUTLET_NOUNS


def _is_given_name(word: str) -> bool:
    """A word the first-name lexicon knows as somebody's given name."""
    return genders.share_women(word) is not None


def canonical_role(word: str) -> str:
    word = word.lower().rstrip(".")
    word = ROLE_OF_TITLE.get(word, word)
    return ROLE_SYNONYMS.get(word, word)


_PLACES = frozenset({"GPE", "FAC", "LOC"})


# Words that end the name of an institution of another type than a company: "the company"
# or "the group" is not the European Commission, the Missouri Senate or Temple University.
NOT_A_COMPANY = frozenset(
    """
    ministry government embassy agency department office council committee commission
    administration campaign party court police military army navy service union association
    institute university college school senate house assembly parliament congress board
    kremlin authority regulator tribunal state city county
    """.split()
)


# Bodies that serve one person and go by their name: "the Trump campaign", "her campaign".
PERSONAL_BODIES = frozenset("campaign administration camp".split())


# The generic nouns that name a company or a group of people, never an institution.
COMPANY_NOUNS = frozenset("company firm business outfit group".split())


# Verbs whose subject handles a document someone else wrote.
_NOT_ISSUING = frozenset("read quote cite obtain see receive leak show hold".split())
