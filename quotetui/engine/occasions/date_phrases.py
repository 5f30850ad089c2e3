"""Date phrases in the parse: which words of the text say when something was said ("on
Wednesday", "earlier in February", "Saturday's"), kept as written with their offsets. Turning a
phrase into a date is :mod:`quotetui.dates`' job (the one home of date rules); nothing here
resolves one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotetui.dates import looks_like_date, names_a_day
from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.occasion_types import noun_type
from quotetui.engine.occasions.shows import in_title
from quotetui.engine.syntax import entity_of

_DATE_PREPS = ("in", "on", "earlier", "later", "late", "early", "since", "at")
_DAY_PARTS = frozenset("morning afternoon evening night".split())


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase as written ("on Wednesday", "earlier this month") and where it is."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The words that say which day, for telling two phrases of one day apart from two
        days ("On Wednesday night" and "Wednesday" name one day)."""
        kept = [w for w in self.text.lower().replace("’s", "").replace("'s", "").split()]
        return " ".join(w for w in kept if w not in _DATE_PREPS and w not in _DAY_PARTS)


_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_ONLY = re.compile(r"^\W*(?:in\s+|the\s+)?(?:19|20)\d\d\W*$|\byears?\s+ago\b", re.I)


def _date_entity(token: Token) -> Span | None:
    """The date entity a token is in, when it places something in time ("last night" is a
    TIME to the parser, and a day to an occasion; "10 a.m." is neither)."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return None
    ent = entity_of(token)
    if ent is None:
        return None
    nouns = [t.i for t in ent if t.pos_ == "NOUN" and noun_type(t)[0] is not None]
    if nouns:
        # "an interview last week" tagged as one date: the date is "last week".
        if token.i <= nouns[-1]:
            return None
        ent = Span(token.doc, nouns[-1] + 1, ent.end, label=ent.label)  # still a TIME
    if not looks_like_date(ent.text):
        return None
    if ent.label_ == "TIME" and not names_a_day(ent.text):
        return None
    doc = token.doc
    if ent.start > 0 and doc[ent.start - 1].is_quote and doc[ent.start - 1].is_left_punct:
        return None  # “This Week”: the name of a show
    if in_title(ent[0]):
        return None  # “Fox News Sunday”: a title's word, not the day
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("for", "until", "till", "by"):
        return None  # "filed for Sunday's show", "by Friday": a deadline or a purpose
    if ent.start > 0 and doc[ent.start - 1].tag_ == "POS":
        return None  # "BBC Radio 4's Today programme"
    if ent.end < len(doc) and doc[ent.end].lower_ in ("programme", "program", "show"):
        return None
    return ent


def occasion_date_entity(token: Token) -> Span | None:
    """The date entity a token is in, when it places something in time (see
    ``_date_entity``)."""
    return _date_entity(token)


def date_phrase(ent: Span) -> DatePhrase:
    """The date phrase with the words that place it: "earlier in February", "last week"."""
    doc = ent.doc
    start = ent.start
    while start - 1 >= 0 and doc[start - 1].lower_ in _DATE_PREPS and ent.start - start < 3:
        start -= 1
    end = ent.end
    while end < len(doc) and doc[end].lower_ in _DAY_PARTS:
        end += 1  # "Wednesday" + "evening", which the parser may tag apart
    # "Saturday's debate": the date is "Saturday's" as written, the possessive kept.
    if (
        end < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1])
    ):
        end += 1
    span = doc[start:end]
    return DatePhrase(span.text, span.start_char, span.end_char)


def date_near(verb: Token, quoted: Sequence[bool]) -> DatePhrase | None:
    """The date phrase attached to a verb: "Wednesday", "on Friday", "in a statement on
    Feb 22" — reached through its modifiers, never through its subject ("Gonzalez, 64,") or
    another clause."""
    best: tuple[int, Span] | None = None
    doc = verb.doc
    for i in range(verb.left_edge.i, verb.right_edge.i + 1):
        tok = doc[i]
        if tok.ent_iob_ != "B" or quoted[i]:
            continue
        ent = _date_entity(tok)
        if ent is None or _modifies_other_noun(ent):
            continue
        hops = _hops_to(ent.root, verb)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, ent)
    if best is None:
        return None
    return date_phrase(best[1])


def _modifies_other_noun(ent: Span) -> bool:
    """ "November's election", "the 2012 law": a date that says which thing, not when."""
    root = ent.root
    if root.dep_ not in ("poss", "compound", "nmod", "amod", "nummod"):
        return False
    if root.head.lower_ in _DAY_PARTS:
        return False  # "Wednesday evening"
    return noun_type(root.head)[0] is None


def _hops_to(token: Token, verb: Token) -> int | None:
    """Steps from a token up to the verb, or None when the way passes through a subject,
    an apposition, another verb or someone's occasion ("called Mr. Obama's remarks on
    Saturday “a wake-up call”": the day of his remarks, not of the calling)."""
    node = token
    for hops in range(1, 7):
        if node.dep_ in ("nsubj", "nsubjpass", "appos", "relcl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.i == verb.i:
            return hops
        if node.pos_ in ("VERB", "AUX") and not (meanwhile(node) and node.head.i == verb.i):
            return None
        if _owned_occasion(node):
            return None
    return None


def meanwhile(verb: Token) -> bool:
    """ "As he shook hands with brunch-goers Sunday afternoon, Sanders said …": a clause of
    what was done at the same time as the verb it hangs on, whose day is that verb's."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words.MEANWHILE_MARKS for c in verb.children
    )


def _owned_occasion(noun: Token) -> bool:
    """ "Mr. Obama's remarks", "her speech": an occasion of someone's, with its own time."""
    if noun.pos_ != "NOUN" or noun_type(noun)[0] is None:
        return False
    return any(
        c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") and c.ent_type_ not in ("DATE", "TIME")
        for c in noun.children
    )


def _date_of_clause(verb: Token, quoted: Sequence[bool]) -> DatePhrase | None:
    """The date of what a verb tells, or of the verb it completes ("threatened Thursday
    night to run away …", "suspended his campaign Wednesday, telling supporters …")."""
    for _ in range(3):
        date = date_near(verb, quoted)
        if date is not None:
            return date
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
