"""The counts a scoring run keeps, per speaker scoring and overall, until the report is frozen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quotetui.evaluate.report import CONFIDENCE_BANDS, PRF, Band, Miss, Scoring, SpeakerScore


def _band_index(confidence: float | None) -> int:
    c = 0.0 if confidence is None else confidence
    for i, (low, high) in enumerate(CONFIDENCE_BANDS):
        if low <= c < high:
            return i
    return 0


@dataclass
class _SpeakerTally:
    scoring: Scoring
    correct: int = 0
    matched: int = 0
    band_right: list[int] = field(default_factory=lambda: [0] * len(CONFIDENCE_BANDS))
    band_total: list[int] = field(default_factory=lambda: [0] * len(CONFIDENCE_BANDS))

    def freeze(self, n_pred: int, n_gold: int) -> SpeakerScore:
        bands = tuple(
            Band(low, high, r, t)
            for (low, high), r, t in zip(
                CONFIDENCE_BANDS, self.band_right, self.band_total, strict=True
            )
        )
        return SpeakerScore(
            self.scoring, self.correct, self.matched, PRF.of(self.correct, n_pred, n_gold), bands
        )


@dataclass
class _Tally:
    """Counts gathered document by document; frozen into a Report at the end."""

    name: _SpeakerTally = field(default_factory=lambda: _SpeakerTally(Scoring.NAME))
    mention: _SpeakerTally = field(default_factory=lambda: _SpeakerTally(Scoring.MENTION))
    documents: int = 0
    gold_quotes: int = 0
    pred_quotes: int = 0
    matched: int = 0
    resolved_quotes: int = 0
    gold_mentions: int = 0
    matched_as_term: int = 0
    date_right: int = 0
    date_total: int = 0
    terms_total: int = 0
    terms_unattributed: int = 0
    structured: int = 0
    type_right: Counter[str] = field(default_factory=Counter)
    type_total: Counter[str] = field(default_factory=Counter)
    undated: int = 0
    undated_dated: int = 0
    place: int = 0
    place_found: int = 0
    occasions: int = 0
    occasions_found: int = 0
    has_entities: bool = False
    identities: list[tuple[str, str, str | None]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
