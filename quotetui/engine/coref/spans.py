"""Spans in the parse: a name in apposition, the span a mention's antecedent covers, a chain of
proper nouns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotetui.engine.coref.descriptions import is_person_noun
from quotetui.names import (
    TITLES,
)


def _named_apposition(head: Token) -> Span | None:
    """A person or organisation named in apposition to a common noun, up to two levels deep."""
    frontier = [head]
    for _ in range(2):
        found = [c for t in frontier for c in t.children if c.dep_ == "appos"]
        for tok in found:
            for t in tok.subtree:
                if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B":
                    ent = _entity_starting_at(t)
                    if ent is not None:
                        return ent
        frontier = found
    return None


def _coordinated_role_name(head: Token) -> Span | None:
    """The person a role noun is coordinated with when the name carries a role of its own
    ("the television presenter and farmer Rob Harlow", "Presenter and farmer Rob Harlow"):
    one person in two roles, whom the parse reads as two coordinated people. A name with a
    determiner of its own, or with no role word before it ("the senator and Smith"), is
    another person."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    for conj in head.children:
        if conj.dep_ != "conj" or conj.ent_type_ != "PERSON" or conj.i < head.i:
            continue
        lefts = list(conj.lefts)
        if any(c.dep_ in ("det", "poss") for c in lefts):
            return None
        # The role word opens the name's own phrase, straight after the conjunction.
        # (The tagger may call it an adjective: "and campaigner Colin Dace".)
        role = lefts[0] if lefts else None
        if role is None or role.ent_type_ or not role.is_lower or not is_person_noun(role.text):
            return None
        if role.i < 1 or head.doc[role.i - 1].lower_ != "and":
            return None
        start = next((t for t in lefts if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
        return _entity_starting_at(start) if start is not None else None
    return None


def _apposition_past_phrase(head: Token) -> Span | None:
    """A person's name the parse hung on the end of a role noun's prepositional phrase
    instead of on the role ("WFP's country director in Chad, Idriss Baldé,", "the envoy to
    the UN, Lena Sauer,"): the name is the role's, not the place's or the body's."""
    if head.pos_ != "NOUN" or head.ent_type_ or not is_person_noun(head.text):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ in ("", "PERSON"):
                continue
            for c in obj.children:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > obj.i:
                    start = c.left_edge
                    while start.ent_type_ != "PERSON" and start.i < c.i:
                        start = start.doc[start.i + 1]
                    if start.ent_iob_ == "B":
                        return _entity_starting_at(start)
    return None


def _entity_starting_at(token: Token) -> Span | None:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, token.i, end, label=token.ent_type_)


def antecedent_span(token: Token) -> Span:
    """The name or short noun phrase a relative pronoun's antecedent token heads."""
    doc = token.doc
    if token.ent_iob_ in ("B", "I"):
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    return doc[token.left_edge.i if token.left_edge.i >= token.i - 4 else token.i : token.i + 1]


def _proper_chain(head: Token) -> Span:
    doc = head.doc
    start = head.i
    while (
        start > 0
        and head.i - start < 6
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in TITLES
        and any(c.isalpha() for c in doc[start - 1].text)
    ):
        start -= 1
    end = head.i + 1
    while (
        end < len(doc)
        and end - head.i < 6
        and doc[end].pos_ == "PROPN"
        and doc[end].dep_ in ("compound", "flat")
    ):
        end += 1
    return doc[start:end]
