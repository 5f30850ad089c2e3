"""Repairs of the NER's names: family names cut off or run on, people tagged as bodies,
headings, and where a name really starts and ends."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.words import ORG_ROLES, _is_given_name
from quotetui.engine.lexicon import (
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    lemma,
)
from quotetui.names import (
    HONORIFICS,
    fold,
    is_title_word,
    title_length,
)

# Speech nouns the NER runs into a name in headings ("President Obama Speech"). Only words
# nobody bears as a family name: Post, Banner, Book, Note, Paper, Review and Plan are surnames.
_NEVER_A_SURNAME = frozenset(
    "speech speeches remarks statement interview testimony tweet transcript address".split()
)


_MISTAGGED = frozenset({"PRODUCT", "WORK_OF_ART", "ORG", "NORP", "EVENT"})


# What the NER calls a company it does not know ("Severn Water" as a work of art).
_MISSED_ORG = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _family_name_cut_off(ent: Span, nxt: Token) -> bool:
    """Whether the NER ended a person's name one word early: the next word is a capitalised
    proper noun the name's last word is compounded with ("Cllr Joan | Ashby"), standing alone
    (not part of a longer name of its own) and no organisation noun."""
    last = ent[-1]
    return (
        nxt.pos_ == "PROPN"
        and nxt.is_title
        and last.head.i == nxt.i
        and last.dep_ in ("compound", "flat")
        and _entity_length(nxt) <= 1
        and lemma(nxt) not in ORG_ROLES
        and nxt.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    )


_CAMEL_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def name_cased(tok: Token) -> bool:
    """A word written as a name is: "Novak", and "McCain", "VanderSloot", "DeSantis", whose
    inner capital ``is_title`` refuses."""
    return tok.is_title or _CAMEL_NAME.fullmatch(tok.text) is not None


def _person_name_tagged_a_body(ent: Span, known_titles: Collection[str] = ()) -> bool:
    """A name the NER called an organisation in one sentence ("Gavin Rourke"): a decisive
    given name and a family name, with no word of a body in it, after any titles ("Mrs
    Justice Amelia Hart", "Nurse Abena Owusu"), may be a person whatever the tag says; the
    caller asks for evidence beside it ("Fox" is a given name too)."""
    if ent.label_ not in ("ORG", "FAC", "NORP"):
        return False  # "Nurse Abena Owusu" has been taken for a building
    ent = _without_possessive(ent)
    name = ent[_title_words(ent, known_titles) :]
    honorific = fold(ent[0].text).rstrip(".") in HONORIFICS
    if not (2 if not honorific or len(name) == len(ent) else 1) <= len(name) <= 3:
        return False  # "Mrs Justice Hart": an honorific before one family name is a person's
    if not all(name_cased(t) and t.is_alpha and t.pos_ == "PROPN" for t in name):
        return False
    if any(lemma(t) in ORG_ROLES or t.lower_ in ORGANISATION_NOUNS for t in name):
        return False
    return len(name) == 1 or genders.of_given_name(name[0].text) is not None


def _family_name_tagged_a_body(
    ent: Span, family_names: Collection[str], known_titles: Collection[str] = ()
) -> bool:
    """A one-word name the NER called an organisation that is a person's: the family name of
    someone the article names in full ("Chris Christie … Christie's been making the case"), or
    one a person's role stands in apposition to ("Priebus, the GOP chairman,")."""
    if ent.label_ != "ORG":
        return False
    name = _without_possessive(ent)
    if len(name) != 1:
        return False
    word = name[0]
    if not (word.is_title and word.is_alpha and word.pos_ == "PROPN"):
        return False
    if lemma(word) in ORG_ROLES or word.lower_ in ORGANISATION_NOUNS:
        return False
    return word.lower_ in family_names or _told_as_person(ent, known_titles)


def _title_words(ent: Span, known_titles: Collection[str] = ()) -> int:
    """How many of the entity's leading words are a person's titles or roles ("Mrs Justice",
    "Nurse"); 0 when they are anything else ("the Washington Post", "New York Times")."""
    n = title_length([t.text for t in ent], _is_given_name, known_titles)
    for t in ent[:n]:
        role = lemma(t)
        if not t.is_title or not (
            is_title_word(t.text, known_titles) or (role in ROLE_NOUNS and role not in ORG_ROLES)
        ):
            return 0
    return n


def _told_as_person(ent: Span, known_titles: Collection[str] = ()) -> bool:
    """Evidence that a given and family name the NER called a body is a person: a title or a
    person's role before it ("Mrs Justice Amelia Hart", "Nurse Abena Owusu"), or it stands in
    apposition to a person's role noun ("The company's chief executive, Marcus Delaney,"); a
    company named after its founder ("John Lewis said") has neither."""
    if _title_words(ent, known_titles) > 0:
        return True
    root = ent.root
    head = root.head
    if ent.start > 0:
        # "Star guard Malik Townsend laughed": a person's role compounded before the name.
        before = ent.doc[ent.start - 1]
        role = lemma(before)
        if (
            before.dep_ == "compound"
            and before.head.i == root.i
            and before.pos_ == "NOUN"
            and role in ROLE_NOUNS
            and role not in ORG_ROLES
        ):
            return True
    if root.dep_ == "appos" and head.i < ent.start:
        role = lemma(head)
        return role in ROLE_NOUNS and role not in ORG_ROLES
    for c in root.children:
        if c.i < ent.end:
            continue
        # "Roman Smbatyan, a faculty member at UC Irvine,": a person's role in apposition.
        if c.dep_ == "appos" and c.pos_ == "NOUN" and _person_role(c):
            return True
        # "said Vanessa Iampaglia, who graduated in 2009": "who" is said of people.
        if c.dep_ == "relcl" and any(
            w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children
        ):
            return True
        # "said Sofía Quispe of the Salares Observatory": a member of a body, named apart.
        if (
            c.dep_ == "prep"
            and c.lower_ in ("of", "at", "from")
            and c.i == ent.end
            and any(w.dep_ == "pobj" and w.ent_type_ == "ORG" for w in c.children)
        ):
            return True
    return False


def _without_possessive(ent: Span) -> Span:
    """The name without the possessive the NER took into it ("Christie's")."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].dep_ == "case":
        end -= 1
    return ent.doc[ent.start : end]


def _person_role(noun: Token) -> bool:
    role = lemma(noun)
    if noun.tag_ in ("NNS", "NNPS") or role in ORG_ROLES:
        return False
    return role in ROLE_NOUNS or genders.of_noun(noun.lower_) is not None


def _plausible_name(ent: Span) -> bool:
    """NER calls headline words names ("Trump Stands Tall"); a name has no verbs in it."""
    if len(ent) > 5:
        return False
    if all(t.lower_ in ORG_ROLES or not t.is_alpha for t in ent):
        return False  # "the USA TODAY NETWORK": an organisation's word is nobody's name
    if len(ent) == 1 and ent[0].tag_ == "NNS":
        return False  # "Campaigners said …": a plural common noun is a group, no one's name
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBZ", "VBD", "VBP") for t in ent)


_FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "ADV", "PART", "PRON", "INTJ"})


def _name_start(ent: Span) -> int:
    """Where a person's name starts in an entity the NER began a word early: "Without
    Bloomberg", "Neither Cruz" (a function word is no part of a name)."""
    start = ent.start
    doc = ent.doc
    while (
        start < ent.end - 1
        and doc[start].pos_ in _FUNCTION_POS
        and doc[start].is_stop  # a tagger's slip on a name ("Barack" as a preposition) stays
        and not _is_given_name(doc[start].text)
    ):
        start += 1
    return start


def _entity_length(token: Token) -> int:
    if token.ent_iob_ in ("", "O"):
        return 0
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start
