"""What a rule of the sieve is, and what it may find."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Span, Token

from quotetui.engine.quotes import QuoteSpan
from quotetui.model import Method

if TYPE_CHECKING:
    from quotetui.engine.entities import Speaker
    from quotetui.engine.sieve.article import Article


@dataclass(frozen=True)
class QuoteContext:
    """A quote piece with the token range it covers in the parsed Doc."""

    quote: QuoteSpan
    index: int  # position in the document's list of quotes
    tok_start: int
    tok_end: int
    paragraph: int


@dataclass(frozen=True)
class Cue:
    """The words a quote's attribution rests on."""

    method: Method  # the rule that found it
    cue: Span | None  # the reporting word(s)
    subject: Token | None  # head token of the speaker mention (None: nobody, e.g. a term)
    confidence: float  # the rule's base confidence: the stronger cue serves a whole quote
    written: bool = False  # the words were written (wrote, tweeted, a banner …)
    label_span: Span | None = None  # a transcript label inside the quote ("PENCE:")


class Verdict(Enum):
    """What a rule may decide instead of pointing at a cue."""

    TERM = "term"  # words nobody is reported as saying
    CONTINUES = "continues"  # the previous attribution's speaker goes on speaking


Finding = Cue | Verdict


class Scope(Enum):
    """Where a rule's finding holds, which is also when the sieve can try the rule."""

    PIECE = "piece"  # the quote piece it was found for only (a transcript label)
    QUOTE = "quote"  # every piece of a multi-paragraph quote, the strongest cue of all pieces
    TURN = "turn"  # tried in reading order once no cue rule fired, knowing what came before


class Earlier(Protocol):
    """The attribution of the quote before, as the rules of a turn see it."""

    @property
    def ctx(self) -> QuoteContext: ...
    @property
    def mention(self) -> Span | None: ...
    @property
    def speaker(self) -> Speaker | None: ...


class Rule(Protocol):
    """One rule of the sieve. ``method`` names it (in predictions and calibration keys);
    ``base`` is the confidence of the cues it finds; ``find`` returns None when it does not
    fire, letting the next rule try."""

    @property
    def method(self) -> Method: ...
    @property
    def scope(self) -> Scope: ...
    @property
    def base(self) -> float: ...

    def find(
        self, article: Article, ctx: QuoteContext, previous: Earlier | None
    ) -> Finding | None: ...


def cue(
    rule: Rule,
    words: Span | None,
    subject: Token | None,
    *,
    weaker: bool = False,
    written: bool = False,
    label_span: Span | None = None,
) -> Cue:
    """A cue found by ``rule``; ``weaker``: on thinner evidence than the rule's usual."""
    confidence = rule.base - 0.1 if weaker else rule.base
    return Cue(rule.method, words, subject, confidence, written=written, label_span=label_span)
