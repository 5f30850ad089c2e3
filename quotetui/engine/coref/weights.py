"""Salience: what a mention adds to its entity by its grammatical role, and how the
scores fade and lean."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine import antecedents
from quotetui.engine.coref.words import OBJECT_DEPS, SUBJECT_DEPS
from quotetui.engine.syntax import is_cue_word

# Salience weights (Lappin & Leass 1994, adapted to news: the subject of a reporting verb is
# the one a following "he said" most often means).
W_SUBJECT = 80.0


W_SPEAKER = 50.0


W_OBJECT = 40.0


W_POSSESSOR = 30.0


W_OTHER = 25.0


W_MODIFIER = 10.0


W_INSIDE_QUOTE = 0.1  # a name inside someone's quoted words is rarely what "he" means next


DECAY = 0.5  # per sentence


SAME_PARAGRAPH = 40.0  # he/she leans to a person named in its own paragraph, outside quotes


CONTINUITY = 40.0  # a sentence-opening subject pronoun leans to the last sentence's subject


PARALLEL = 20.0  # a subject pronoun leans to an entity last seen as a subject


SINGULAR_BODY = 30.0  # "they" is a weaker match for one organisation than for a group


UNKNOWN_GENDER = 15.0  # an entity whose gender nothing tells is a weaker match for he/she


OTHER_GENDER = 60.0  # a person whose given name alone tells the other gender, mostly


EPITHET_HORIZON = 3  # sentences back an epithet ("the teenager") looks for its person


EPITHET_MARGIN = 30.0  # how far that person must lead the runner-up in salience


HORIZON = 12  # sentences after which an entity is no longer a pronoun's candidate


MAX_CANDIDATES = 40  # entities a pronoun looks at, most recently mentioned first


def _viewpoint(token: Token) -> bool:
    """A person whose view the sentence gives, named in an opening "For X," ("For Jonathan
    Chait, Williamson is exposing …", "For Major, a retiree, making calls is …"): whom the
    quote after it is by, as if they were the speaker of a reporting verb."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    if prep.head.dep_ != "ROOT" or prep.head.i < token.i:
        return False
    sent = token.sent
    # (The parse may start the sentence at the closing mark and paragraph break before it.)
    before = sent[: prep.i - sent.start]
    if any(not (t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV")) for t in before):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.text == ","


def _role_weight(token: Token) -> float:
    dep = token.dep_
    if _viewpoint(token):
        return W_SUBJECT + W_SPEAKER
    if dep in SUBJECT_DEPS:
        return W_SUBJECT + (W_SPEAKER if is_cue_word(token.head) else 0.0)
    if dep == "poss":
        return W_POSSESSOR
    if dep in OBJECT_DEPS:
        return W_OBJECT
    if dep in ("appos", "conj"):
        # A name in apposition or coordination takes its head's role ("Flynn, a surrogate,").
        head = token.head
        if head.dep_ in SUBJECT_DEPS:
            return W_SUBJECT + (W_SPEAKER if is_cue_word(head.head) else 0.0)
        if head.dep_ in OBJECT_DEPS:
            return W_OBJECT
    if dep == "compound":
        return W_MODIFIER  # "the Clinton campaign" is about the campaign
    return W_OTHER


OTHER_ROLE = antecedents.OTHER


def _role_category(token: Token) -> str:
    """A mention's grammatical role, as the antecedent model reads it."""
    dep = token.dep_
    if dep in ("appos", "conj") and token.head.i != token.i:
        token = token.head  # "Flynn, a surrogate," takes its head's role
        dep = token.dep_
    if _viewpoint(token):
        return antecedents.SPEAKER
    if dep in SUBJECT_DEPS:
        if is_cue_word(token.head):
            return antecedents.SPEAKER
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return antecedents.SUBJECT if verb.dep_ == "ROOT" else antecedents.EMBEDDED
    if dep == "poss":
        return antecedents.POSSESSOR
    if dep in OBJECT_DEPS:
        return antecedents.OBJECT
    return antecedents.OTHER
