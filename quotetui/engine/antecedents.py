"""The learned choice of the person a "he" or "she" means.

The salience pass (:mod:`quotetui.engine.coref`) keeps, for every person of the article, how
salient they are (Lappin & Leass) and where and how they were last mentioned (:class:`Seen`).
At a third-person pronoun the persons that agree with it in gender, number and animacy are the
candidates; :func:`features` describes each by what news text uses to point a pronoun back:
salience and its rank, sentences and paragraphs since the last mention, the grammatical role of
that mention (the subject of a reporting verb, a main-clause subject, a subject embedded in
someone else's clause, an object, a possessor), whether the person was introduced or named in
full in the pronoun's paragraph, whether they are the latest person or latest subject named,
how many other candidates were named since, what the gender evidence says, and the pronoun's
own role (a "he said" subject leans to the last reporting verb's subject).

A linear model scores the candidates and a softmax over them gives each a probability. The
weights are learned on the hand-resolved train articles (``benchmarks/train_antecedents.py``,
scikit-learn, fixed seed, cross-validated by article) and would ship as
``data/antecedents.json``, read here with plain Python. None ships today: on the 300 he/she
speakers of resolved-train the most salient candidate is right 94% of the time and the model,
cross-validated, did not beat it, so without a model file the most salient candidate wins.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotetui.engine import model_files

MODEL_FILE = "data/antecedents.json"

# Roles of a mention, as the features name them.
SPEAKER = "speaker"  # subject of a reporting verb
SUBJECT = "subject"  # subject of the sentence's main clause
EMBEDDED = "embedded"  # subject of a clause inside another ("said Trump continued")
OBJECT = "object"
POSSESSOR = "poss"
OTHER = "other"
SUBJECTS = frozenset({SPEAKER, SUBJECT, EMBEDDED})


@dataclass
class Seen:
    """Where and how one person was mentioned so far, in reading order."""

    first: int  # token of the first mention
    last: int  # token of the latest mention
    last_sentence: int
    last_paragraph: int
    last_role: str
    last_inside: bool  # the latest mention was inside a quote or a caption
    first_paragraph: int
    full_paragraphs: set[int] = field(default_factory=set)  # paragraphs naming them in full
    count: int = 0
    subject_sentence: int = -1  # latest sentence where they were a subject, outside quotes
    told: int = 0  # mentions in the reporter's own words (outside quotes and captions)


@dataclass(frozen=True)
class Pronoun:
    """The pronoun being resolved."""

    token: int
    sentence: int
    paragraph: int
    role: str  # SPEAKER, SUBJECT, EMBEDDED, OBJECT, POSSESSOR or OTHER


@dataclass(frozen=True)
class Candidate:
    entity: int
    salience: float
    seen: Seen
    gender: str  # "match", "unknown", "lean" (an undecided name leaning the other way)
    uses: float


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def features(pronoun: Pronoun, candidates: Sequence[Candidate]) -> list[dict[str, float]]:
    """The features of each candidate, in order."""
    if not candidates:
        return []
    ranked = sorted(range(len(candidates)), key=lambda k: -candidates[k].salience)
    rank = {k: r for r, k in enumerate(ranked)}
    latest = max(c.seen.last for c in candidates)
    subjects = [c.seen.last for c in candidates if c.seen.last_role in SUBJECTS]
    latest_subject = max(subjects) if subjects else -1
    out = []
    for k, c in enumerate(candidates):
        s = c.seen
        f: dict[str, float] = {
            "salience": math.log1p(max(0.0, c.salience)) / 5.0,
            "uses": math.log1p(c.uses) / 3.0,
            f"sentences:{_bucket(pronoun.sentence - s.last_sentence, (0, 1, 2, 4, 8))}": 1.0,
            f"last:{s.last_role}": 1.0,
            f"gender:{c.gender}": 1.0,
            "intervening": math.log1p(sum(1 for o in candidates if o.seen.last > s.last)),
        }
        if rank[k] == 0:
            f["top"] = 1.0
        elif rank[k] == 1:
            f["second"] = 1.0
        if s.last_paragraph == pronoun.paragraph:
            f["same_paragraph"] = 1.0
        elif s.last_paragraph == pronoun.paragraph - 1:
            f["previous_paragraph"] = 1.0
        if s.first_paragraph == pronoun.paragraph:
            f["introduced_here"] = 1.0
        if pronoun.paragraph in s.full_paragraphs:
            f["full_name_here"] = 1.0
        if s.last_inside:
            f["last_inside_quote"] = 1.0
        if s.last == latest:
            f["latest"] = 1.0
        if s.last == latest_subject:
            f["latest_subject"] = 1.0
        if pronoun.role in SUBJECTS and s.last_role in SUBJECTS:
            f["parallel_subject"] = 1.0
        if pronoun.role == SPEAKER:
            f[f"speaker_pronoun&last:{s.last_role}"] = 1.0
        out.append(f)
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    about: str = ""

    def score(self, feats: dict[str, float]) -> float:
        w = self.weights
        return sum(w.get(name, 0.0) * value for name, value in feats.items())

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            weights={str(k): float(v) for k, v in data.get("weights", {}).items()},
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> Model:
    """The model in ``path``, by default the shipped one (none: an empty model)."""
    data = model_files.read(MODEL_FILE, path)
    return Model({}) if data is None else Model.from_json(data)


def save(model: Model, path: Path) -> None:
    model_files.write(model.to_json(), path)


MODEL = load()


def use(model: Model) -> None:
    """Make ``model`` the one the engine uses (training and cross-validation)."""
    global MODEL
    MODEL = model


def choose(
    pronoun: Pronoun, candidates: Sequence[Candidate]
) -> tuple[int, float, list[dict[str, float]]] | None:
    """The chosen candidate's entity, its lead over the runner-up (100 × the difference of
    their probabilities) and the candidates' features; None without candidates. Without a
    model the most salient candidate wins, the lead is in salience points and the features
    are computed only for the trainer (:data:`COLLECT`)."""
    if not candidates:
        return None
    model = MODEL
    if not model.weights:
        feats = features(pronoun, candidates) if COLLECT is not None else []
        order = sorted(range(len(candidates)), key=lambda k: -candidates[k].salience)
        top = order[0]
        runner = candidates[order[1]].salience if len(order) > 1 else 0.0
        return candidates[top].entity, candidates[top].salience - runner, feats
    feats = features(pronoun, candidates)
    scores = [model.score(f) for f in feats]
    peak = max(scores)
    exp = [math.exp(s - peak) for s in scores]
    total = sum(exp)
    probs = [e / total for e in exp]
    order = sorted(range(len(candidates)), key=lambda k: -probs[k])
    top = order[0]
    runner = probs[order[1]] if len(order) > 1 else 0.0
    return candidates[top].entity, 100.0 * (probs[top] - runner), feats


# Training hook: when a list, every pronoun choice is appended as (pronoun's character offset,
# [(entity index, entity name, entity forms, features)]), so the trainer can label them.
COLLECT: list[tuple[int, list[tuple[int, str, tuple[str, ...], dict[str, float]]]]] | None = None
