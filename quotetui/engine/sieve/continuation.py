"""``continuation``: a cue-less quote goes on with the previous quote's speaker."""

from __future__ import annotations

from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Earlier, QuoteContext, Scope, Verdict
from quotetui.model import Method


class Continuation:
    """The previous attribution in the same paragraph, or in the one before when the quote
    opens its paragraph, carries on (the attribution copies its speaker and mention)."""

    method = Method.CONTINUATION
    scope = Scope.TURN
    base = 0.85

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Verdict | None:
        if previous is None or (previous.speaker is None and previous.mention is None):
            return None
        prev = previous.ctx
        if prev.paragraph == ctx.paragraph:
            return Verdict.CONTINUES
        if ctx.paragraph == prev.paragraph + 1 and _starts_paragraph(article, ctx):
            return Verdict.CONTINUES
        return None


def _starts_paragraph(article: Article, ctx: QuoteContext) -> bool:
    start = article.paragraphs[ctx.paragraph][0]
    return ctx.quote.start - start <= 1
