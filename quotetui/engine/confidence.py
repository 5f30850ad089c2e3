"""Confidence: how often an attribution made this way is right.

An attribution is described by a short key: the rule that decided and a few features of the
evidence — whether the cue sits right next to the quote, whether it is a plain "say"-type verb,
whether the quote is a fragment of the reporter's sentence; for a continuation, whether it
crosses a paragraph and how sure the attribution it continues was. The confidence is the
precision that kind of attribution had on PolNeAR train (span found and speaker right), measured
and written to ``data/confidence.json`` by ``benchmarks/calibrate.py --write``, lowered a little
when the canonical speaker rests on resolving a pronoun or a role noun (which PolNeAR does not
score; the penalties are ``data/penalties.json``, read by :mod:`quotetui.engine.entities`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from quotetui.model import Method

SAY_VERBS = frozenset({"say", "tell", "write", "ask"})
SURE = 0.9
DATA_FILE = "data/confidence.json"


@dataclass(frozen=True)
class Calibration:
    """Precision on PolNeAR train by key (keys with at least ``min_cases`` cases, smoothed),
    and by rule alone for keys too rare to measure on their own."""

    table: dict[str, float]
    rules: dict[str, float]
    default: float = 0.5
    data: str = ""  # what it was measured on
    min_cases: int = 30
    about: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "data": self.data,
            "min_cases": self.min_cases,
            "table": dict(sorted(self.table.items())),
            "rules": dict(sorted(self.rules.items())),
            "default": self.default,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Calibration:
        return cls(
            table={str(k): float(v) for k, v in data["table"].items()},
            rules={str(k): float(v) for k, v in data["rules"].items()},
            default=float(data.get("default", 0.5)),
            data=str(data.get("data", "")),
            min_cases=int(data.get("min_cases", 30)),
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> Calibration:
    """The calibration in ``path``, by default the one shipped with the engine."""
    if path is None:
        text = resources.files("quotetui.engine").joinpath(DATA_FILE).read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return Calibration.from_json(json.loads(text))


def save(calibration: Calibration, path: Path) -> None:
    """Write a calibration where :func:`load` reads it (``benchmarks/calibrate.py --write``)."""
    text = json.dumps(calibration.to_json(), indent=2, ensure_ascii=False) + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


CALIBRATION = load()


def is_plain_say(lemma: str, tag: str) -> bool:
    """ "said", "told", "wrote", "asks": the plainest cues, which mislead least; a participle
    ("saying …") hangs on another clause and misleads more."""
    return lemma in SAY_VERBS and tag in ("VBD", "VBZ", "VBP")


def cue_key(method: Method, *, adjacent: bool, say: bool, partial: bool) -> str:
    return "|".join(
        (
            method.value,
            "adj" if adjacent else "far",
            "say" if say else "other",
            "partial" if partial else "full",
        )
    )


def continuation_key(*, same_paragraph: bool, previous: float, partial: bool) -> str:
    return "|".join(
        (
            Method.CONTINUATION.value,
            "same" if same_paragraph else "next",
            "sure" if previous >= SURE else "unsure",
            "partial" if partial else "full",
        )
    )


def ranker_key(*, overridden: str, probability: float, partial: bool) -> str:
    return "|".join(
        (
            Method.RANKER.value,
            "sure" if probability >= SURE else "unsure",
            "partial" if partial else "full",
        )
    )


def score(key: str, penalty: float = 0.0) -> float:
    """The confidence for an attribution with this key, in [0, 1]."""
    rule = key.split("|", 1)[0]
    cal = CALIBRATION
    base = cal.table.get(key, cal.rules.get(rule, cal.default))
    return round(max(0.01, min(0.99, base * (1.0 - penalty))), 3)
