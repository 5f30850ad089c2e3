"""Whether the head of a mention could be anyone who says things (:func:`can_speak`).

A sieve rule picks the subject of a reporting clause; when the parse hangs the quote on the
wrong clause that subject is a thing, an event or an idea ("voter mistrust", "the first
incident", "the political theme that …"), and naming it as the speaker is always wrong. The
test is deliberately narrow: it says no only for a common noun that the engine's word lists
give to nobody who speaks (no person, body, document or medium) and that is a listed thing or
idea or built as abstract nouns are. Names, pronouns and every noun the lists do not know
stay speakers: an unknown word is as likely a person ("the skywriters") as not.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.words import ORG_ROLES, RELATIVES
from quotetui.engine.lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    BODIES_LIKE_ABSTRACTS,
    DOCUMENT_NOUNS,
    NON_SPEAKER_NOUNS,
    PEOPLE_LIKE_ABSTRACTS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    WRITTEN_NOUNS,
    lemma,
)

# Entity types whose bearer can speak (a person, a body, a people, a place's government) or be
# a medium that does (a work, a law): a tagged name is never judged by its words.
_SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})


def can_speak(token: Token) -> bool:
    """False only when ``token`` heads a phrase for a thing, an event or an idea; a relative
    pronoun ("the theme that would carry him …") is judged by the noun it stands for."""
    if token.lower_ in RELATIVES and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        token = token.head.head
    if not any(c.isalpha() for c in token.text):
        return False  # punctuation or a number the parse took for a noun
    if token.ent_type_ in _SPEAKING_ENTS:
        return True
    # A lower-case word tagged as a proper noun ("waylaid by voter mistrust") is a common noun
    # the tagger took for a name: judged as one.
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)
    if not common:
        return True
    return not is_non_speaker_noun(lemma(token))


def is_non_speaker_noun(word: str) -> bool:
    """A common noun (a lemma, lower case) for a thing, an event or an idea, never for anyone
    who speaks: listed as such, or built as abstract nouns are and known as nothing else."""
    word = word.lower()
    if _listed_speaker(word):
        return False
    if word in NON_SPEAKER_NOUNS:
        return True
    if len(word) > 5 and word.isalpha() and word.endswith(ABSTRACT_NOUN_ENDINGS):
        return word not in PEOPLE_LIKE_ABSTRACTS
    # An unlisted noun of any other build stays a speaker: "the impostor", "the skywriters".
    # (coref's is_person_noun rejects the same listed and abstract nouns before its guess by
    # ending, so "involvement" and "incident" are no person there either.)
    return False


def _listed_speaker(word: str) -> bool:
    """A word the engine's lists give to someone who speaks: a person's role, a body, a
    document or a medium."""
    return (
        word in ROLE_NOUNS
        or word in ORG_ROLES
        or word in SPEECH_NOUNS
        or word in DOCUMENT_NOUNS
        or word in WRITTEN_NOUNS
        or word in BODIES_LIKE_ABSTRACTS
        or genders.of_noun(word) is not None
    )
