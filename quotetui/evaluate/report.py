"""The report's records, what :func:`quotetui.evaluate.score` gives and ``quotetui eval
--json`` prints."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from quotetui.evaluate.records import GoldQuote, PredQuote

JSONValue: TypeAlias = "None | bool | int | float | str | list[JSONValue] | dict[str, JSONValue]"


CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0001))


HIGH_CONFIDENCE = 0.9


class MissKind(StrEnum):
    WRONG_SPEAKER = "wrong speaker"
    WRONG_DATE = "wrong date"
    EXTRA_SPAN = "extra span"
    MISSED_SPAN = "missed span"
    TERM_ATTRIBUTED = "term attributed"


@dataclass(frozen=True)
class Ratio:
    """``right`` of ``total``; ``value`` is None when there is nothing to count."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def counts(self) -> tuple[int, int]:
        return self.right, self.total

    def to_json(self) -> dict[str, JSONValue]:
        return {"right": self.right, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, n_pred: int, n_gold: int) -> PRF:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)

    def as_tuple(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1

    def to_json(self) -> dict[str, JSONValue]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Band:
    """Predicted quotes with ``low <= confidence < high`` and how many are right."""

    low: float
    high: float
    right: int = 0
    total: int = 0

    @property
    def label(self) -> str:
        return f"{self.low:.1f}–{min(self.high, 1.0):.1f}"

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def counts(self) -> tuple[int, int]:
        return self.right, self.total

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "band": self.label,
            "low": self.low,
            "high": min(self.high, 1.0),
            "right": self.right,
            "total": self.total,
            "accuracy": self.accuracy,
        }


class Scoring(StrEnum):
    """How a speaker score counts a speaker right."""

    NAME = "name"  # resolved gold: canonical name only
    MENTION = "name or mention"  # resolved gold: by name, or the mention overlaps
    PLAIN = "plain"  # plain gold: names agree, or the mention overlaps


@dataclass(frozen=True)
class SpeakerScore:
    scoring: Scoring
    correct: int
    matched: int
    attribution: PRF
    bands: tuple[Band, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def high_confidence(self) -> Ratio:
        """Right among predictions with confidence ≥ 0.9."""
        high = [b for b in self.bands if b.low >= HIGH_CONFIDENCE]
        return Ratio(sum(b.right for b in high), sum(b.total for b in high))

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "scoring": self.scoring.value,
            "right": self.correct,
            "matched": self.matched,
            "accuracy": self.accuracy,
            "attribution": self.attribution.to_json(),
            "high_confidence": self.high_confidence.to_json(),
            "confidence_bands": [b.to_json() for b in self.bands],
        }


@dataclass(frozen=True)
class OccasionScore:
    """Occasion metrics over matched quotes whose gold gives a structured occasion."""

    type_accuracy: Ratio
    by_type: tuple[tuple[str, Ratio], ...]  # gold type → right/total, in OccasionType order
    undated_given_date: Ratio  # gold undated, prediction dated (lower is better)
    place_recall: Ratio
    occasion_recall: Ratio

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "type_accuracy": self.type_accuracy.to_json(),
            "by_type": {name: ratio.to_json() for name, ratio in self.by_type},
            "undated_given_date": self.undated_given_date.to_json(),
            "place_recall": self.place_recall.to_json(),
            "occasion_recall": self.occasion_recall.to_json(),
        }


@dataclass(frozen=True)
class PairAgreement:
    """Over pairs of matched quotes: "same predicted speaker_id" against "same gold
    speaker_entity"."""

    same_both: int
    same_predicted: int
    same_gold: int

    @property
    def precision(self) -> float | None:
        return self.same_both / self.same_predicted if self.same_predicted else None

    @property
    def recall(self) -> float | None:
        return self.same_both / self.same_gold if self.same_gold else None

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "same_both": self.same_both,
            "same_predicted": self.same_predicted,
            "same_gold": self.same_gold,
        }


@dataclass(frozen=True)
class IdentityScore:
    quotes: int  # matched quotes with a gold speaker_entity
    all_pairs: PairAgreement
    cross_article: PairAgreement

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "quotes": self.quotes,
            "all": self.all_pairs.to_json(),
            "cross_article": self.cross_article.to_json(),
        }


@dataclass(frozen=True)
class Miss:
    doc_id: str
    what: MissKind
    gold: GoldQuote | None
    pred: PredQuote | None

    @property
    def start(self) -> int:
        quote = self.gold or self.pred
        return quote.start if quote else 0

    def to_json(self) -> dict[str, JSONValue]:
        g, p = self.gold, self.pred
        return {
            "doc_id": self.doc_id,
            "what": self.what.value,
            "gold": None
            if g is None
            else {
                "start": g.start,
                "end": g.end,
                "text": g.text,
                "speaker": g.speaker,
                "speaker_canonical": g.speaker_canonical,
                "occasion_date": g.occasion_date,
            },
            "pred": None
            if p is None
            else {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "kind": p.kind,
                "speaker": p.speaker,
                "speaker_mention": p.speaker_mention,
                "occasion_date": p.occasion_date,
                "confidence": p.confidence,
                "method": p.method,
            },
        }


@dataclass(frozen=True)
class Report:
    """Everything ``quotetui eval`` reports. ``speaker`` is the headline score as the gold
    calls for it (by canonical name where resolved); ``speaker_by_mention`` is the
    mention-overlap figure beside it on resolved gold that gives mentions."""

    documents: int
    gold_quotes: int  # non-term gold quotes
    pred_quotes: int  # predictions that count for precision
    matched: int
    resolved_quotes: int  # gold quotes scored by canonical name
    gold_mentions: int  # matched gold quotes that give a mention span
    matched_as_term: int  # matched gold quotes the engine called a term (resolved gold)
    speaker: SpeakerScore
    speaker_by_mention: SpeakerScore | None
    date_accuracy_ratio: Ratio
    terms: Ratio  # gold terms the system leaves unattributed
    occasion: OccasionScore | None
    identity: IdentityScore | None
    misses: tuple[Miss, ...] = ()
    problems: tuple[str, ...] = ()

    # The figures by the names FORMATS.md gives them.
    @property
    def span_prf(self) -> tuple[float, float, float]:
        return PRF.of(self.matched, self.pred_quotes, self.gold_quotes).as_tuple()

    @property
    def attribution_prf(self) -> tuple[float, float, float]:
        return self.speaker.attribution.as_tuple()

    @property
    def speaker_correct(self) -> int:
        return self.speaker.correct

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker.accuracy

    @property
    def bands(self) -> tuple[Band, ...]:
        return self.speaker.bands

    def band(self, label: str) -> Band:
        return next(b for b in self.speaker.bands if b.label == label)

    @property
    def date_total(self) -> int:
        return self.date_accuracy_ratio.total

    @property
    def date_correct(self) -> int:
        return self.date_accuracy_ratio.right

    @property
    def date_accuracy(self) -> float:
        return self.date_accuracy_ratio.value or 0.0

    @property
    def terms_total(self) -> int:
        return self.terms.total

    @property
    def terms_unattributed(self) -> int:
        return self.terms.right

    @property
    def term_unattributed_share(self) -> float:
        value = self.terms.value
        return 1.0 if value is None else value

    def to_json(self) -> dict[str, JSONValue]:
        """The report as ``quotetui eval --json`` prints it (keys: docs/FORMATS.md)."""
        return {
            "documents": self.documents,
            "gold_quotes": self.gold_quotes,
            "pred_quotes": self.pred_quotes,
            "matched": self.matched,
            "resolved_quotes": self.resolved_quotes,
            "gold_mentions": self.gold_mentions,
            "matched_as_term": self.matched_as_term,
            "span": PRF.of(self.matched, self.pred_quotes, self.gold_quotes).to_json(),
            "speaker": self.speaker.to_json(),
            "speaker_by_mention": None
            if self.speaker_by_mention is None
            else self.speaker_by_mention.to_json(),
            "occasion_date": self.date_accuracy_ratio.to_json(),
            "terms_unattributed": self.terms.to_json(),
            "occasion": None if self.occasion is None else self.occasion.to_json(),
            "speaker_identity": None if self.identity is None else self.identity.to_json(),
            "misses": [m.to_json() for m in self.misses],
            "problems": list(self.problems),
        }
