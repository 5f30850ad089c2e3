"""Spans in the parse: a name in apposition, the span a mention's antecedent covers, a chain of
proper nouns."""

from __future__ import annotations

from spacy.tokens import Span, Token

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
