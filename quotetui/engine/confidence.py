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

SAY_VERBS = frozenset({"say", "tell", "write", "ask"})
SURE = 0.9

# Precision on PolNeAR train by key (benchmarks/calibrate.py; keys with ≥ 30 cases, smoothed).
TABLE: dict[str, float] = {
    "adjacent cue|adj|other|full": 0.865,
    "adjacent cue|adj|other|partial": 0.415,
    "adjacent cue|adj|say|full": 0.873,
    "adjacent cue|adj|say|partial": 0.848,
    "colon intro|far|other|full": 0.5,
    "continuation|next|sure|full": 0.763,
    "continuation|next|unsure|full": 0.474,
    "continuation|same|sure|full": 0.976,
    "continuation|same|unsure|full": 0.909,
    "cue-verb subject|adj|other|full": 0.895,
    "cue-verb subject|adj|other|partial": 0.784,
    "cue-verb subject|adj|say|full": 0.967,
    "cue-verb subject|adj|say|partial": 0.854,
    "cue-verb subject|far|other|full": 0.745,
    "cue-verb subject|far|other|partial": 0.806,
    "cue-verb subject|far|say|full": 0.858,
    "cue-verb subject|far|say|partial": 0.877,
    "sentence subject|adj|other|partial": 0.415,
    "sentence subject|far|other|full": 0.176,
    "sentence subject|far|other|partial": 0.445,
    "sentence subject|far|say|partial": 0.368,
}
# Precision by rule alone, for keys too rare to measure on their own.
RULES: dict[str, float] = {
    "according to": 0.667,
    "adjacent cue": 0.774,
    "colon intro": 0.567,
    "continuation": 0.93,
    "cue-verb subject": 0.9,
    "intro clause": 0.596,
    "previous sentence": 0.621,
    "previous subject": 0.278,
    "sentence subject": 0.403,
    "speaker label": 0.167,
    "unattributed": 0.003,
}
DEFAULT = 0.5


def is_plain_say(lemma: str, tag: str) -> bool:
    """ "said", "told", "wrote", "asks": the plainest cues, which mislead least; a participle
    ("saying …") hangs on another clause and misleads more."""
    return lemma in SAY_VERBS and tag in ("VBD", "VBZ", "VBP")


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
