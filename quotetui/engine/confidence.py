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
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from quotetui.files import write_atomically
from quotetui.model import Method

SAY_VERBS = frozenset({"say", "tell", "write", "ask"})
SURE = 0.9
DATA_FILE = "data/confidence.json"


@dataclass(frozen=True)
class Calibration:
    """Precision on PolNeAR train by key (keys with at least ``min_cases`` cases, smoothed),
    and by rule alone for keys too rare to measure on their own — span found and *mention*
    right, which PolNeAR can say for thousands of quotes.

    ``by_name`` holds what name-scored gold says (resolved-train and the seeds): for each
    (kind of evidence, resolution path) cell, how many attributions were right by canonical
    name out of how many. :func:`by_name` shrinks the cell's precision toward the mention
    precision times the path's factor (``resolution``: right by name among right by mention),
    so a well-filled cell speaks for itself and a thin one leans on the product."""

    table: dict[str, float]
    rules: dict[str, float]
    default: float = 0.5
    data: str = ""  # what it was measured on
    min_cases: int = 30
    about: str = field(default="", compare=False)
    resolution: dict[str, float] = field(default_factory=dict)
    by_name: dict[str, tuple[int, int]] = field(default_factory=dict)
    name_data: str = ""
    # How far below a cell's precision confidence is set (see lower_bound); 0: the estimate.
    bound: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "data": self.data,
            "min_cases": self.min_cases,
            "table": dict(sorted(self.table.items())),
            "rules": dict(sorted(self.rules.items())),
            "default": self.default,
            "name_data": self.name_data,
            "resolution": dict(sorted(self.resolution.items())),
            "by_name": {k: list(v) for k, v in sorted(self.by_name.items())},
            "bound": self.bound,
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
            resolution={str(k): float(v) for k, v in data.get("resolution", {}).items()},
            by_name={str(k): (int(v[0]), int(v[1])) for k, v in data.get("by_name", {}).items()},
            name_data=str(data.get("name_data", "")),
            bound=float(data.get("bound", 0.0)),
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
    write_atomically(path, lambda f: f.write(text))


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


# How the canonical name was reached, in the groups confidence is calibrated by.
RESOLUTION_GROUPS = {
    "person named": "named",
    "proper name": "named",
    "name two people share": "shared",
    "organisation named": "named",
    "transcript label": "named",
    "he or she": "pronoun",
    "it or they: earlier speaker": "pronoun",
    "it or they: organisation named before": "pronoun",
    "first person in a quote": "pronoun",
    "he or she unresolved": "unresolved",
    "it or they unresolved": "unresolved",
    "first or second person": "unresolved",
    "role of a named person": "role",
    "role of an earlier speaker": "role",
    # Uncalibrated as yet: a description's group, the path it was split from.
    "description of the last subject": "description",
    "organisation by its head noun": "role",
    "issuer of a document": "role",
    "indefinite description": "description",
    "organisation described": "description",
    "description": "description",
}
CLEAR_MARGIN = 40.0  # a pronoun whose antecedent led the runner-up by this much salience


def resolution_group(path: str | None, margin: float | None, resolved: bool = True) -> str:
    """ "named", "shared", "pronoun:clear", "pronoun:close", "role", "description",
    "unresolved"."""
    if path is None or not resolved:
        return "unresolved"
    group = RESOLUTION_GROUPS.get(path, "description")
    if group == "pronoun":
        return "pronoun:clear" if margin is None or margin >= CLEAR_MARGIN else "pronoun:close"
    return group


def evidence_group(key: str) -> str:
    """The kind of evidence a structure key rests on, coarsely: a cue next to the quote, a
    cue further off, the previous speaker carried on, the ranker, a fallback."""
    parts = key.split("|")
    rule = parts[0]
    if rule == Method.CONTINUATION.value:
        return "carried"
    if rule == Method.RANKER.value:
        return "ranker"
    if rule in (
        "sentence subject",
        "previous sentence",
        "previous subject",
        "unattributed",
        Method.WORDS_OF.value,
        Method.ECHO.value,
    ):
        return "fallback"
    return "cue:adjacent" if len(parts) > 1 and parts[1] == "adj" else "cue:far"


SHRINK = 10.0  # name-scored cases worth as much as the product estimate


def by_name(key: str, group: str, calibration: Calibration | None = None) -> float:
    """The confidence of an attribution by canonical name: the precision its kind of evidence
    has by mention times how often its resolution path names the right speaker, pulled toward
    the name-scored precision of its (evidence, path) cell."""
    cal = calibration or CALIBRATION
    rule = key.split("|", 1)[0]
    mention = cal.table.get(key, cal.rules.get(rule, cal.default))
    if group == "unresolved":
        # No name: never right by name, whatever the words around it say.
        factor = cal.resolution.get(group, 0.0)
    else:
        factor = cal.resolution.get(group, cal.resolution.get(group.split(":")[0], 1.0))
    prior = mention * factor
    if rule not in cal.rules:
        # A rule never measured: its cell's precision says nothing about it.
        return round(max(0.01, min(0.99, lower_bound(prior, SHRINK, cal.bound))), 3)
    right, total = cal.by_name.get(f"{evidence_group(key)}|{group}", (0, 0))
    value = (right + SHRINK * prior) / (total + SHRINK)
    return round(max(0.01, min(0.99, lower_bound(value, total + SHRINK, cal.bound))), 3)


def lower_bound(p: float, n: float, z: float) -> float:
    """The Wilson score interval's lower end for a precision ``p`` measured on ``n`` cases,
    ``z`` standard errors down (0: ``p`` itself). The cells were measured on the articles the
    rules were developed on, so their point estimates flatter the engine on unseen text; the
    bound takes most from the thin cells, whose estimates say least."""
    if z <= 0.0 or n <= 0.0:
        return p
    z2 = z * z
    centre = p + z2 / (2 * n)
    spread = z * math.sqrt(max(0.0, p * (1 - p)) / n + z2 / (4 * n * n))
    return (centre - spread) / (1 + z2 / n)


def score(key: str, penalty: float = 0.0) -> float:
    """The confidence for an attribution with this key, in [0, 1]."""
    rule = key.split("|", 1)[0]
    cal = CALIBRATION
    base = cal.table.get(key, cal.rules.get(rule, cal.default))
    return round(max(0.01, min(0.99, base * (1.0 - penalty))), 3)
