"""The domain types that cross quotetui's layers: the closed vocabularies as enums and the
records passed from the reader to the engine, from the engine to the store and from the store
to the review app and the export.

No spaCy, SQLite or Textual here: every layer imports this module, and nothing else of each
other's. A field added to a record is added here once; the prediction writer, the store's
columns and the export derive their fields from these classes (``docs/FORMATS.md`` is the
contract they follow).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

# --------------------------------------------------------------------------- vocabularies


class QuoteKind(StrEnum):
    """What a quotation is: spoken or stated words, written words, or a term nobody said."""

    SPEECH = "speech"
    WRITTEN = "written"
    TERM = "term"  # scare quotes, titles, names


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"  # company, party, government body, campaign, outlet
    UNNAMED = "unnamed"  # an unnamed person or group described by role
    DOCUMENT = "document"  # a report, memo, ad, poll … when the document itself speaks


class OccasionType(StrEnum):
    """The closed set of OCCASION-GUIDELINES.md."""

    STATEMENT = "statement"
    INTERVIEW = "interview"
    PRESS = "press"
    SPEECH = "speech"
    DEBATE = "debate"
    HEARING = "hearing"
    BROADCAST = "broadcast"
    SOCIAL_POST = "social_post"
    DOCUMENT = "document"
    MEETING = "meeting"
    OTHER = "other"


class DateSource(StrEnum):
    """Where an occasion date was read."""

    TEXT = "text"  # in the quote's own attribution
    CARRIED = "carried"  # from an occasion named elsewhere in the article


class Method(StrEnum):
    """The rule (or model) that decided an attribution. The values are the names stored in
    predictions and databases, so they never change once written."""

    SPEAKER_LABEL = "speaker label"
    CUE_VERB_SUBJECT = "cue-verb subject"
    ACCORDING_TO = "according to"
    ADJACENT_CUE = "adjacent cue"
    COLON_INTRO = "colon intro"
    DASH = "dash"
    INTRO_CLAUSE = "intro clause"
    PASSIVE_NAMING = "passive naming"
    CONTINUATION = "continuation"
    PREVIOUS_SENTENCE = "previous sentence"
    PREVIOUS_SUBJECT = "previous subject"
    SENTENCE_SUBJECT = "sentence subject"
    NESTED = "nested"  # a quote inside a quote: a term
    RANKER = "ranker"  # the learned ranker overrode the sieve (or found what no rule did)


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    """One news article as read from a file (``docs/FORMATS.md``, "Documents")."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None  # publication date, "YYYY-MM-DD" (or None)
    path: str | None = None  # file it came from (for messages)


# --------------------------------------------------------------------------- engine records


@dataclass(frozen=True)
class QuoteRecord:
    """One attributed quotation: a line item of a prediction (``docs/FORMATS.md``,
    "Predictions"). Field order is the order of the JSON written by ``quotetui extract``."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_kind: SpeakerKind | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = QuoteKind.SPEECH
    partial: bool = False
    occasion: str | None = None
    occasion_date: str | None = None
    confidence: float | None = None
    method: Method | None = None
    # Why it was decided so: the ranker's verdict on the rule's choice and the features that
    # weighed most ("ranker agrees with cue-verb subject (0.97)", "cue:say (+1.4)" …).
    reasons: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object of a prediction line (enums as their values)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteRecord:
        """A record from a prediction line; unknown keys are ignored, missing ones are None."""
        values: dict[str, Any] = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        if values.get("kind") is not None:
            values["kind"] = QuoteKind(values["kind"])
        if values.get("method") is not None:
            values["method"] = Method(values["method"])
        if values.get("speaker_kind") is not None:
            values["speaker_kind"] = SpeakerKind(values["speaker_kind"])
        values["reasons"] = tuple(values.get("reasons") or ())
        values["partial"] = bool(values.get("partial"))
        return cls(**values)

    def replace(self, **changes: Any) -> QuoteRecord:
        return dataclasses.replace(self, **changes)


PREDICTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(QuoteRecord))


@dataclass(frozen=True)
class SpeakerRecord:
    """A speaker the engine resolved, with the corpus-wide id its quotes carry."""

    id: str
    name: str
    kind: SpeakerKind | None = None
    aliases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": _plain(self.kind),
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class DocumentResult:
    """What the engine found in one document."""

    doc_id: str
    quotes: tuple[QuoteRecord, ...] = ()
    speakers: tuple[SpeakerRecord, ...] = ()
    parts: int = 1  # how many pieces a long document was parsed in
    error: str | None = None  # why the engine failed on (part of) the document
    notes: tuple[str, ...] = field(default=())  # warnings worth telling the user

    def to_prediction(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "quotes": [q.to_json() for q in self.quotes]}


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value
