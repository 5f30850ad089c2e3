"""``speaker label``: a transcript label opening the quoted words ("“PENCE: Well, look …”"), or
a round-up's source label before them ("Pollsters agree - Carl Bialik: “…”")."""

from __future__ import annotations

import re

from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.engine.sieve.colon import dash_label
from quotetui.model import Method

# An upper-case name and a colon opening the quoted words: "PENCE: …", "MR. TRUMP: …".
_SPEAKER_LABEL = re.compile(r"\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")


class SpeakerLabel:
    """The label names the speaker of its own piece only: the other pieces of a transcript
    quoted over several paragraphs have labels of their own."""

    method = Method.SPEAKER_LABEL
    scope = Scope.PIECE
    base = 0.8

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        m = _SPEAKER_LABEL.match(article.text, ctx.quote.inner_start)
        if m is None:
            # A round-up's "Pollsters agree - Carl Bialik: “…”": the label before the quote.
            words = dash_label(article, ctx)
            if words is None:
                return None
            span = article.doc[words[0].i : words[-1].i + 1]
            return cue(self, None, words[-1], label_span=span)
        label = article.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if label is None or not len(label):
            return None
        return cue(self, None, label[-1], label_span=label)
