"""Is a short quotation someone's words, or a term (a scare quote, a title, a name)?

The rules of the sieve already call some quotes terms (Title Case names after "on", "the
so-called …", a quote no rule attributes). For the short quotes they attribute, a small
logistic model trained on PolNeAR train (``benchmarks/train_ranker.py``, with the ranker)
weighs the evidence once more: a quotation PolNeAR's annotators did not list as anyone's words
is, in practice, a term. Its features are the quote's shape (length, case, final punctuation,
mark style), what stands around it (a determiner or preposition before, a noun after, a
heading line) and how the sieve attributed it (rule, cue verb, nearness). Weights ship as
``data/terms.json``; a quote is a term when the model's probability that it is speech falls
below the threshold stored with them (chosen by cross-validation on train).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from quotetui.engine import model_files

MODEL_FILE = "data/terms.json"
MAX_WORDS = 12  # longer quotations are somebody's words; the model is not asked

_SMALL = frozenset("the of a an and in on for to at by with from or as".split())


@dataclass(frozen=True)
class TermModel:
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.0  # a quote whose probability of being speech is below is a term
    about: str = ""

    def probability(self, features: Sequence[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TermModel:
        return cls(
            weights={str(k): float(v) for k, v in data.get("weights", {}).items()},
            threshold=float(data.get("threshold", 0.0)),
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> TermModel:
    data = model_files.read(MODEL_FILE, path)
    return TermModel() if data is None else TermModel.from_json(data)


def save(model: TermModel, path: Path) -> None:
    model_files.write(model.to_json(), path)


MODEL = load()


# Training hook: when a list, every short attributed quote appends (quote, features) to it.
COLLECT: list[tuple[Any, list[str]]] | None = None


def use(model: TermModel) -> None:
    global MODEL
    MODEL = model


def _bucket(n: int) -> str:
    for limit in (1, 2, 3, 4, 6, 9):
        if n <= limit:
            return str(limit)
    return "12"


def features(
    doc: Doc,
    text: str,
    *,
    start: int,
    end: int,
    inner_start: int,
    inner_end: int,
    tok_start: int,
    tok_end: int,
    method: str,
    cue_lemma: str | None,
    adjacent: bool,
    resolved: bool,
    heading: bool,
) -> list[str]:
    """The evidence about one quotation (see the module docstring)."""
    inner = text[inner_start:inner_end].strip()
    words = inner.split()
    f = ["bias", f"len:{_bucket(len(words))}", f"method:{method}"]
    last = inner.rstrip("”’\"'")[-1:] if inner else ""
    f.append(f"end:{last if last in '.,!?;:-—…' else 'word'}")
    first = inner[:1]
    f.append(
        "starts:lower" if first.islower() else "starts:upper" if first.isupper() else "starts:other"
    )
    content = [w for w in words if w.lower().strip(".,!?;:'\"") not in _SMALL]
    if content and all(w[:1].isupper() for w in content):
        f.append("titlecase" if len(content) > 1 else "capitalised")
    if any(c.isdigit() for c in inner):
        f.append("digits")
    mark = text[start : start + 1]
    f.append("mark:single" if mark in "‘'‚‛‹" else "mark:double")
    before = tok_start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0:
        prev = doc[before]
        f.append(f"before:{prev.pos_}")
        if prev.lower_ in ("the", "a", "an", "this", "that", "his", "her", "their", "its"):
            f.append("before:determiner")
        if prev.pos_ == "ADP":
            f.append(
                f"before:prep:{prev.lower_}"
                if prev.lower_ in ("as", "of", "on", "in")
                else "before:prep"
            )
        if prev.text in (",", ":"):
            f.append(f"before:{prev.text}")
    else:
        f.append("before:start")
    after = tok_end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after < len(doc):
        nxt = doc[after]
        f.append(f"after:{nxt.pos_}")
        if nxt.pos_ in ("NOUN", "PROPN") and nxt.i < len(doc) and nxt.dep_ in ("compound", "amod"):
            f.append("after:modifies")
    else:
        f.append("after:end")
    if cue_lemma:
        f.append(f"cue:{cue_lemma}")
        f.append("cue:adjacent" if adjacent else "cue:far")
    f.append("resolved" if resolved else "unresolved")
    if heading:
        f.append("heading")
    if re.search(r"[.!?]", inner[:-1]):
        f.append("sentences")
    return f
