"""Noun phrases that describe people: person nouns, epithets ("the 29-year-old", "the
British"), their modifiers, and whether a phrase is definite or introduces someone."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.records import Entity
from quotetui.engine.coref.tagging import _entity_length
from quotetui.engine.coref.words import ORG_ROLES, SUBJECT_DEPS, canonical_role
from quotetui.engine.lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    DOCUMENT_NOUNS,
    NON_SPEAKER_NOUNS,
    PEOPLE_LIKE_ABSTRACTS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    lemma,
)
from quotetui.engine.syntax import is_cue_word
from quotetui.names import (
    TITLES,
    name_key,
)


def _people(description: str) -> bool:
    """Whether an unnamed speaker's description names people ("supporters", "a spokesman",
    "one of the residents"), not a body a neuter pronoun could mean ("the coalition")."""
    words = description.lower().split()
    if not words:
        return False
    head = words[0] if words[0] in ("one", "some", "many", "several") else words[-1]
    for word in (head, head[:-1] if head.endswith("s") else head):
        if word in ("one", "some", "many", "several") or is_person_noun(word):
            return True
    return False


_ELDER = frozenset({"elder", "older", "senior"})


_YOUNGER = frozenset({"younger", "junior"})


_PARENT_ROLES = frozenset({"father", "mother", "dad", "mom", "grandfather", "grandmother"})


_CHILD_ROLES = frozenset({"son", "daughter", "grandson", "granddaughter"})


def _generation(e: Entity) -> int:
    """+1 for a parent (a parent's role, "Sr."), -1 for a child ("his son", "Jr."), else 0."""
    if e.roles & _PARENT_ROLES or e.suffix in ("sr",):
        return 1
    if e.roles & _CHILD_ROLES or e.suffix in ("jr", "ii", "iii"):
        return -1
    return 0


def _people_noun(head: Token) -> bool:
    """A common noun for people by their role ("supporters", "official"), not for a body
    ("the Sanders campaign") nor a thing ("the Rove ad")."""
    role = canonical_role(lemma(head))
    if head.pos_ != "NOUN" or role in ORG_ROLES:
        return False
    # "Sanders protesters", "Trump impersonators": a plural built as agent nouns are is people
    # as much as a listed role (a singular "takeover" is not).
    return role in ROLE_NOUNS or (head.tag_ == "NNS" and is_person_noun(role))


def _the_name(head: Token) -> bool:
    """A proper name right after "the" and nothing else before it ("the Post", "the Orlando
    Sentinel"; not "the environmental nonprofit E3G", whose words say what it is)."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return False
    return all(c.pos_ == "PROPN" and c.dep_ == "compound" for c in lefts[1:])


def _indefinite(tok: Token) -> bool:
    """ "a spokesperson", "another official", "one person": someone introduced, not named."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one"))
        or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in tok.children
    )


def _definite(tok: Token) -> bool:
    """ "the senator", "this company", "its embassy", "Moscow's ambassador": a definite noun
    phrase."""
    if any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "poss" and c.lower_ not in ("my", "our", "your", "their"))
        for c in tok.children
    ):
        return True
    # "The former secretary of state and current … nominee": the parse hangs the article on
    # the first of two coordinated roles, a modifier of the head noun.
    first = tok.left_edge
    return (
        first.dep_ == "det"
        and first.lower_ in ("the", "this", "that")
        and first.head.head.i == tok.i
        and first.head.dep_ in ("nmod", "compound")
        and first.head.pos_ == "NOUN"
    )


_AGENT_SUFFIXES = (
    "er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "person", "eer", "ee",
    "ive", "ary", "ier",
)  # fmt: skip


_LONG_ROLES = tuple(r for r in ROLE_NOUNS if len(r) >= 6 and r.isalpha())


def is_person_noun(word: str) -> bool:
    """Whether a common noun can be a person's role: a listed role or title, a gendered noun,
    or a word built as agent nouns are ("headteacher", "striker", "councillor", "physicist",
    "trustee", "representative"); never an organisation, a document or a medium."""
    word = word.lower().rstrip(".")
    if word in ORG_ROLES or word in SPEECH_NOUNS or word in DOCUMENT_NOUNS:
        return False
    if word in ROLE_NOUNS or word in TITLES or genders.of_noun(word):
        return True
    if any(word.endswith(role) and len(word) - len(role) >= 3 for role in _LONG_ROLES):
        return True  # "neurosurgeon", "congresswoman": a listed role with a prefix
    if word in NON_SPEAKER_NOUNS or (
        word.endswith(ABSTRACT_NOUN_ENDINGS) and word not in PEOPLE_LIKE_ABSTRACTS
    ):
        return False  # "incident", "involvement": an event or an idea, though built like "agent"
    return len(word) > 4 and word.isalpha() and word.endswith(_AGENT_SUFFIXES)


def _is_demonym_epithet(noun: Token) -> bool:
    """ "the Spaniard", "the Dane": one person called by their nationality (a singular
    demonym after "the", which the NER tags as a group), not a people nor a body."""
    if noun.ent_type_ != "NORP" or noun.tag_ not in ("NN", "NNP") or not noun.is_title:
        return False
    if _entity_length(noun) != 1 or noun.lower_.endswith("s"):
        return False
    lefts = list(noun.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and lefts[0].dep_ == "det"


# A person called by age alone; "old" only after "year(s)" ("the 46-year-old").
_AGE_NOUNS = frozenset(("teenager", "teen", "pensioner", "toddler", "octogenarian", "nonagenarian"))
# The words ``_is_age_epithet`` may hold of a token, whatever its part of speech.
AGE_WORDS = _AGE_NOUNS | {"old"}


def _is_age_epithet(noun: Token) -> bool:
    """ "the 46-year-old", "the teenager", "the pensioner": a person described by age alone."""
    word = noun.lower_
    if word in _AGE_NOUNS:
        return True
    return word == "old" and any(t.lower_ in ("year", "years") for t in noun.lefts)


def _is_described_speaker(noun: Token, tags_quote: bool = False) -> bool:
    """ "said the retired neurosurgeon", "the former Republican presidential candidate
    continued": a person's role with a word that describes them, as the subject of a reporting
    verb — a reporter's second reference to someone just named, not a new person, who would
    be introduced ("a retired neurosurgeon"). A bare role ("the spokesman") may be another.
    ``tags_quote``: the verb, whatever its word, tags a quote ("“…,” the nominee riffed")."""
    if noun.dep_ not in SUBJECT_DEPS or noun.tag_ == "NNS":
        return False
    if not (tags_quote or is_cue_word(noun.head)):
        return False
    if not is_person_noun(noun.lower_) or noun.lower_ in ORG_ROLES:
        return False
    if any(t.ent_type_ == "PERSON" and t.i > noun.i for t in noun.subtree):
        return False  # "WFP's country director in Chad, Idriss Baldé,": named in its phrase
    return any(
        c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") and c.is_alpha
        for c in noun.children
    )


def _modifiers(noun: Token) -> list[str]:
    """The lower-cased noun and proper-name modifiers of a role noun ("council" in "council
    leader", "Manchester" in "Manchester striker"); not "former" or "senior", which tell no
    one apart."""
    return [
        c.lower_
        for c in noun.children
        if c.i < noun.i
        and c.is_alpha
        and (c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.pos_ == "PROPN"))
    ]


def _capitalised_modifiers(noun: Token) -> list[str]:
    """Capitalised adjectives before a role noun, lower-cased ("Republican" in "the
    Republican presidential nominee"): a party, a nationality, a place."""
    return [
        c.lower_
        for c in noun.children
        if c.i < noun.i
        and c.dep_ == "amod"
        and c.is_alpha
        and c.text[:1].isupper()
        and not c.is_sent_start
    ]


def _tied(role: str, mod: str) -> bool:
    """Whether a role the article gave someone carries the modifier ("republican contender",
    or "republican" alone where the parse split it from its noun)."""
    return role == mod or role.startswith(f"{mod} ")


def _head_word(description: str) -> str:
    """The head noun of a short description: the last word before "for", "at", "of" …
    ("senior official at the ministry" → "official")."""
    words = name_key(description).split()
    for k, w in enumerate(words):
        if w in ("for", "at", "of", "in", "with", "close", "from", "to", "who", "on") and k:
            return words[k - 1]
    return words[-1] if words else ""
