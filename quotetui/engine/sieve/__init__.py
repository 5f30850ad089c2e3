"""The speaker sieve: which words in the text a quote's attribution rests on.

:data:`SIEVE` *is* the sieve: its rules, strongest first. For every quote the first rule that
fires decides. A rule names its method (``quotetui.model.Method``: the name stored in
predictions and in calibration keys) and its scope:

- ``PIECE`` and ``QUOTE`` rules find a cue in the text ("said", "according to", a colon …). A
  ``QUOTE`` cue found for any piece of a multi-paragraph quote serves every piece (the
  strongest of them wins); a ``PIECE`` cue (a transcript label) serves its own piece only.
- ``TURN`` rules are tried in reading order, for a quote no cue rule attributed, once the quote
  before it is attributed: the fallbacks and the continuation of the previous speaker. They may
  also decide that the quote is a term.

So every ``PIECE``/``QUOTE`` rule comes before every ``TURN`` rule (checked on import). A quote
no rule attributes is a term when short, else unattributed. Each rule gives a base confidence
used to pick the strongest cue; the confidence reported is :mod:`quotetui.engine.confidence`'s.
Turning the mention into a canonical speaker is :mod:`quotetui.engine.entities`' job.

Adding a rule: write a class with ``method``, ``scope``, ``base`` and ``find`` in the module of
its family (or a new one), add its name to ``Method`` if new, and put an instance in ``SIEVE``.
"""

from __future__ import annotations

from quotetui.engine.sieve.according import AccordingTo
from quotetui.engine.sieve.adjacent import AdjacentCue
from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import (
    Cue,
    Earlier,
    Finding,
    QuoteContext,
    Rule,
    Scope,
    Verdict,
)
from quotetui.engine.sieve.colon import ColonIntro
from quotetui.engine.sieve.continuation import Continuation
from quotetui.engine.sieve.dash import Dash
from quotetui.engine.sieve.fallback import (
    PreviousSentence,
    PreviousSubject,
    SentenceSubject,
    looks_short,
)
from quotetui.engine.sieve.governing import GoverningCueVerb
from quotetui.engine.sieve.intro import IntroClause
from quotetui.engine.sieve.label import SpeakerLabel
from quotetui.engine.speakable import can_speak
from quotetui.model import Method

__all__ = [
    "SIEVE",
    "Article",
    "Cue",
    "Earlier",
    "Finding",
    "QuoteContext",
    "Rule",
    "Scope",
    "Verdict",
    "cues_by_quote",
    "in_turn",
    "looks_short",
]

SIEVE: tuple[Rule, ...] = (
    SpeakerLabel(),
    GoverningCueVerb(),
    AccordingTo(),
    AdjacentCue(),
    ColonIntro(),
    Dash(),
    IntroClause(),
    SentenceSubject(),
    PreviousSentence(),
    PreviousSubject(),
    Continuation(),
)


def _check_order(rules: tuple[Rule, ...]) -> None:
    turn = [rule.scope is Scope.TURN for rule in rules]
    if turn != sorted(turn):
        raise ValueError("the sieve's TURN rules must come after its cue rules")


_check_order(SIEVE)


def cues_by_quote(
    article: Article,
    pieces: list[QuoteContext],
    rules: tuple[Rule, ...] = SIEVE,
    proposals: dict[int, dict[int, list[str]]] | None = None,
) -> dict[int, Cue]:
    """The cue of each quote piece by the ``PIECE``/``QUOTE`` rules, by piece index: a
    multi-paragraph quote shares the strongest cue of its pieces, but a piece that names its
    own speaker ("“PIKE: …") keeps it. ``proposals``, when given, is filled with every rule's
    proposed speaker head for each piece (piece index → token index → rule names), for the
    ranker: all rules are then tried, not only up to the first that fires."""
    own: dict[int, Cue] = {}
    best: dict[int, Cue] = {}
    shared: dict[int, bool] = {}
    for ctx in pieces:
        if proposals is not None:
            found = _all_cues(article, ctx, rules, proposals.setdefault(ctx.index, {}))
        else:
            found = _first_cue(article, ctx, rules)
        if found is None:
            continue
        cue, scope = found
        own[ctx.index] = cue
        shared[ctx.index] = scope is Scope.QUOTE
        current = best.get(ctx.quote.group)
        if scope is Scope.QUOTE and (current is None or cue.confidence > current.confidence):
            best[ctx.quote.group] = cue
    cues = {}
    for ctx in pieces:
        mine = own.get(ctx.index)
        chosen = (
            mine if mine is not None and not shared[ctx.index] else best.get(ctx.quote.group, mine)
        )
        if chosen is not None:
            cues[ctx.index] = chosen
    return cues


def _speakable(found: Finding | None) -> Finding | None:
    """A rule's finding, or None when the subject it names is a thing, an event or an idea
    ("voter mistrust", "the first incident"): the parse hung the quote on the wrong clause, so
    the rule has not fired and the next one tries (or nobody is named)."""
    if (
        isinstance(found, Cue)
        and found.subject is not None
        and found.label_span is None
        and not can_speak(found.subject)
    ):
        return None
    return found


def _first_cue(
    article: Article, ctx: QuoteContext, rules: tuple[Rule, ...]
) -> tuple[Cue, Scope] | None:
    for rule in rules:
        if rule.scope is Scope.TURN:
            break
        found = _speakable(rule.find(article, ctx, None))
        if isinstance(found, Cue):
            return found, rule.scope
    return None


def _all_cues(
    article: Article, ctx: QuoteContext, rules: tuple[Rule, ...], proposed: dict[int, list[str]]
) -> tuple[Cue, Scope] | None:
    """The first cue as ``_first_cue`` finds it, trying every cue rule and the fallbacks that
    need no earlier attribution, noting the speaker each proposes."""
    first: tuple[Cue, Scope] | None = None
    for rule in rules:
        if rule.method is Method.CONTINUATION:
            continue
        found = _speakable(rule.find(article, ctx, None))
        if not isinstance(found, Cue):
            continue
        if found.subject is not None and article.inside[found.subject.i] == -1:
            proposed.setdefault(found.subject.i, []).append(rule.method.value)
        if first is None and rule.scope is not Scope.TURN:
            first = (found, rule.scope)
    return first


def in_turn(
    article: Article,
    ctx: QuoteContext,
    previous: Earlier | None,
    rules: tuple[Rule, ...] = SIEVE,
) -> tuple[Rule, Finding] | None:
    """The first ``TURN`` rule that fires for a quote no cue rule attributed, and its finding."""
    for rule in rules:
        if rule.scope is not Scope.TURN:
            continue
        found = _speakable(rule.find(article, ctx, previous))
        if found is not None:
            return rule, found
    return None
