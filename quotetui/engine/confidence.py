"""Confidence: how often an attribution made this way is right.

An attribution is described by a short key: the rule that decided and a few features of the
evidence — whether the cue sits right next to the quote, whether it is a plain "say"-type verb,
whether the quote is a fragment of the reporter's sentence; for a continuation, whether it
crosses a paragraph and how sure the attribution it continues was. The confidence is the
precision that kind of attribution had on PolNeAR train (span found and speaker right), measured
by ``benchmarks/calibrate.py`` and written into the tables below, lowered a little when the
canonical speaker rests on resolving a pronoun or a role noun (which PolNeAR does not score).
"""

from __future__ import annotations

SAY_VERBS = frozenset({"say", "tell", "add", "write", "ask"})
SURE = 0.9

# Precision on PolNeAR train by key (benchmarks/calibrate.py; keys with ≥ 30 cases, smoothed).
TABLE: dict[str, float] = {
    "adjacent cue|adj|other|full": 0.845,
    "adjacent cue|adj|other|partial": 0.378,
    "adjacent cue|adj|say|full": 0.875,
    "adjacent cue|adj|say|partial": 0.791,
    "colon intro|far|other|full": 0.467,
    "continuation|next|sure|full": 0.75,
    "continuation|next|unsure|full": 0.442,
    "continuation|same|sure|full": 0.977,
    "continuation|same|unsure|full": 0.887,
    "cue-verb subject|adj|other|full": 0.912,
    "cue-verb subject|adj|other|partial": 0.773,
    "cue-verb subject|adj|say|full": 0.959,
    "cue-verb subject|adj|say|partial": 0.846,
    "cue-verb subject|far|other|full": 0.75,
    "cue-verb subject|far|other|partial": 0.799,
    "cue-verb subject|far|say|full": 0.854,
    "cue-verb subject|far|say|partial": 0.869,
    "sentence subject|adj|other|partial": 0.421,
    "sentence subject|far|other|full": 0.182,
    "sentence subject|far|other|partial": 0.452,
    "sentence subject|far|say|partial": 0.4,
}
# Precision by rule alone, for keys too rare to measure on their own.
RULES: dict[str, float] = {
    "according to": 0.667,
    "adjacent cue": 0.772,
    "colon intro": 0.549,
    "continuation": 0.928,
    "cue-verb subject": 0.9,
    "dash": 0.857,
    "intro clause": 0.59,
    "previous sentence": 0.621,
    "previous subject": 0.294,
    "sentence subject": 0.411,
    "unattributed": 0.003,
}
DEFAULT = 0.5


def cue_key(rule: str, *, adjacent: bool, say: bool, partial: bool) -> str:
    return "|".join(
        (
            rule,
            "adj" if adjacent else "far",
            "say" if say else "other",
            "partial" if partial else "full",
        )
    )


def continuation_key(*, same_paragraph: bool, previous: float, partial: bool) -> str:
    return "|".join(
        (
            "continuation",
            "same" if same_paragraph else "next",
            "sure" if previous >= SURE else "unsure",
            "partial" if partial else "full",
        )
    )


def score(key: str, penalty: float = 0.0) -> float:
    """The confidence for an attribution with this key, in [0, 1]."""
    rule = key.split("|", 1)[0]
    base = TABLE.get(key, RULES.get(rule, DEFAULT))
    return round(max(0.01, min(0.99, base * (1.0 - penalty))), 3)
