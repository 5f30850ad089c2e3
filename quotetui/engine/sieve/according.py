"""``according to``: "according to X"."""

from __future__ import annotations

import bisect

from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.model import Method


class AccordingTo:
    """ "…, according to the city engineer": the object of "according to" in the quote's
    sentence."""

    method = Method.ACCORDING_TO
    scope = Scope.QUOTE
    base = 0.75

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        doc = article.doc
        start, end = article.sentence_bounds(ctx)
        first = bisect.bisect_left(article.according, start)
        for i in article.according[first : bisect.bisect_left(article.according, end)]:
            tok, nxt = doc[i], doc[i + 1]
            if article.inside[tok.i] != -1:
                continue
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is None and nxt.i + 1 < len(doc):
                obj = doc[nxt.i + 1]
                while (
                    obj.dep_ in ("det", "compound", "amod", "poss", "case") and obj.head.i > obj.i
                ):
                    obj = obj.head
            if obj is not None and article.inside[obj.i] == -1:
                return cue(self, doc[tok.i : nxt.i + 1], obj)
        return _in_the_words_of(self, article, ctx)


def _in_the_words_of(rule: AccordingTo, article: Article, ctx: QuoteContext) -> Cue | None:
    """ "In the words of Councillor Pryce, “…”", "in Pryce's words, “…”": whose words."""
    for tok in article.left_frame(ctx)[:12]:
        if tok.lower_ != "words" or tok.head.lower_ != "in" or article.inside[tok.i] != -1:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is not None and owner.lower_ not in ("my", "our", "your"):
            return cue(rule, article.doc[tok.head.i : tok.i + 1], owner)
    return None
