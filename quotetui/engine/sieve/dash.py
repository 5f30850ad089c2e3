"""``dash``: "“…” — Name" (posts, epigraphs)."""

from __future__ import annotations

import re

from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.model import Method

_DASH_AFTER = re.compile(r"\s*(?:—|―|–|--)\s*")


class Dash:
    """ "“…” — Jane Doe": read on the characters, as the dash is often glued to the mark."""

    method = Method.DASH
    scope = Scope.QUOTE
    base = 0.8

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        text, doc = article.text, article.doc
        m = _DASH_AFTER.match(text, ctx.quote.end)
        if m is None:
            return None
        name = doc.char_span(m.end(), min(len(text), m.end() + 80), alignment_mode="expand")
        if name is None or not len(name) or name[0].pos_ != "PROPN":
            return None
        if article.inside[name[0].i] != -1:
            return None
        k = name[0].i
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        dash = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return cue(self, dash, doc[k])
