"""The engine's record of one quote between the parse and ``attribute.finalise``: what the
article alone says (a date as written, a speaker without a corpus-wide id).

It is made inside the spaCy component, so it may be made in a worker process: the component
stores its JSON form in ``doc._.quote_attributions`` (plain values survive
``nlp.pipe(n_process=…)``, ``DocBin`` and pickling), and the pipeline reads it back with
:meth:`Attribution.from_json`. No spaCy here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from quotetui.model import DateSource, Method, OccasionType, QuoteKind, SpeakerKind

# Fields holding character offsets into the document text (shifted when a long document is
# parsed in parts).
OFFSET_FIELDS = (
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "occasion_date_start",
    "occasion_date_end",
    "occasion_start",
    "occasion_end",
)


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    text: str
    speaker: str | None = None  # canonical name in the article, or the mention as written
    speaker_kind: SpeakerKind | None = None
    speaker_aliases: tuple[str, ...] = ()
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = QuoteKind.SPEECH
    partial: bool = False
    occasion: str | None = None
    occasion_type: OccasionType | None = None
    occasion_place: str | None = None
    occasion_date_phrase: str | None = None  # as written; resolved by finalise
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: DateSource | None = None
    occasion_start: int | None = None
    occasion_end: int | None = None
    confidence: float | None = None
    method: Method | None = None
    group: int = 0  # pieces of one multi-paragraph quote share it (see quotes.QuoteSpan)
    piece: int = 0
    closed: bool = True
    confidence_key: str = ""  # the calibration key (confidence.py); "" for terms
    reasons: tuple[str, ...] = ()  # the ranker's verdict and top features

    def shifted(self, offset: int, group_base: int) -> Attribution:
        """The record of a part of a document, placed in the whole document."""
        if not offset and not group_base:
            return self
        changes: dict[str, Any] = {
            name: value + offset
            for name in OFFSET_FIELDS
            if (value := getattr(self, name)) is not None
        }
        return dataclasses.replace(self, group=self.group + group_base, **changes)

    def to_json(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Attribution:
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        values["speaker_aliases"] = tuple(values.get("speaker_aliases") or ())
        values["reasons"] = tuple(values.get("reasons") or ())
        values["kind"] = QuoteKind(values.get("kind", QuoteKind.SPEECH))
        for name, enum in _ENUM_FIELDS.items():
            if values.get(name) is not None:
                values[name] = enum(values[name])
        return cls(**values)


_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "speaker_kind": SpeakerKind,
    "occasion_type": OccasionType,
    "occasion_date_source": DateSource,
    "method": Method,
}


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value
