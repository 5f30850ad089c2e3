"""Ingest reconciliation, as a pure function: what the quotes already stored for a document and
the engine's new answer for it mean for the store.

No SQLite here (``ingest`` reads the old rows and applies the changes). The rules:

- Every quote the engine finds is written (one row per span), with the engine's values; the
  review columns are the analyst's and are never touched by that.
- A decision on a quote the engine still finds at the same span stays (``kept``). If the
  engine's speaker, occasion or date under a confirmed or corrected decision changed, the value
  the analyst decided on is written down as the reviewed value (``pins``), so the decision keeps
  its meaning instead of silently approving the new engine output.
- A decision on a quote no longer found passes to the nearest unreviewed new quote with the same
  text (``carries``: an edited article moved it). Failing that, it is kept and marked stale
  (``orphaned``): nothing an analyst decided is lost.
- Unreviewed quotes the engine no longer finds are deleted.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from quotetui.model import (
    PREDICTION_FIELDS,
    QuoteRecord,
    ReviewState,
    ReviewStatus,
    SpeakerRecord,
)
from quotetui.names import slugify


def quote_id(document_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{document_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class EngineQuote:
    """A ``quotes`` row as the engine fills it (the review columns are the analyst's)."""

    id: str
    document_id: str
    start: int
    end: int
    text: str
    kind: str | None = None
    partial: int = 0
    engine_speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    occasion: str | None = None
    occasion_date: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None
    occasion_date_text: str | None = None
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: str | None = None
    occasion_start: int | None = None
    occasion_end: int | None = None
    confidence: float | None = None
    method: str | None = None
    reasons: str | None = None  # a JSON list: the top reasons behind the attribution


# The columns ingest writes; the ones named as in a prediction record are copied from it.
ENGINE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(EngineQuote) if f.name != "id")
_COPIED = tuple(c for c in ENGINE_COLUMNS if c in PREDICTION_FIELDS)
# Engine values an analyst's decision rests on, and the review column that overrides each.
_OVERRIDDEN = (
    ("engine_speaker_id", "reviewed_speaker_id"),
    ("occasion", "reviewed_occasion"),
    ("occasion_date", "reviewed_occasion_date"),
    ("occasion_type", "reviewed_occasion_type"),
    ("occasion_place", "reviewed_occasion_place"),
)
# Fields a decision cannot have rested on while the engine gave none: a type or a place no
# engine (or no engine of the time: they came later) showed was never confirmed as "none".
_PINNED_ONLY_WHEN_GIVEN = frozenset({"reviewed_occasion_type", "reviewed_occasion_place"})


@dataclass(frozen=True)
class StoredQuote:
    """What reconciliation needs of a quote already stored."""

    id: str
    start: int
    end: int
    text: str
    review: ReviewState = ReviewState()
    stale: bool = False
    engine_speaker_id: str | None = None
    occasion: str | None = None
    occasion_date: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None

    @property
    def reviewed(self) -> bool:
        return self.review.status is not ReviewStatus.UNREVIEWED


@dataclass(frozen=True)
class Pin:
    """A kept decision whose engine values changed: the analyst's values, written down."""

    quote_id: str
    before: ReviewState
    after: ReviewState


@dataclass(frozen=True)
class Carry:
    """A decision passed from a quote no longer found to the same text at a new span."""

    old: StoredQuote
    new: EngineQuote
    state: ReviewState  # the decision, pinned to what the analyst saw


@dataclass(frozen=True)
class Changes:
    upserts: tuple[EngineQuote, ...]  # every quote the engine found, one per span
    pins: tuple[Pin, ...]
    carries: tuple[Carry, ...]
    orphaned: tuple[StoredQuote, ...]  # reviewed, no longer found, not carried: kept stale
    deletes: tuple[str, ...]  # unreviewed, no longer found
    kept: int  # decisions that stay on the same quote id
    new_quotes: int  # spans not stored before
    speakers: int  # distinct speakers of the engine's quotes

    @property
    def newly_stale(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.orphaned if not q.stale)

    def quotes_by_kind(self) -> dict[str, int]:
        return dict(Counter(q.kind or "unknown" for q in self.upserts))


# --------------------------------------------------------------------------- engine records


def speaker_entries(
    speakers: Iterable[SpeakerRecord], quotes: Sequence[QuoteRecord]
) -> tuple[list[SpeakerRecord], list[str | None]]:
    """The speakers to store (the result's, and any a quote names without listing it) and each
    quote's engine speaker id (None: no speaker)."""
    entries = [s for s in speakers if s.id]
    quote_speakers = [q.speaker_id or (slugify(q.speaker) if q.speaker else None) for q in quotes]
    listed = {s.id for s in entries}
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        if sid is not None and sid not in listed:
            entries.append(SpeakerRecord(id=sid, name=quote.speaker or sid))
            listed.add(sid)
    return entries, quote_speakers


def engine_quotes(
    document_id: str,
    quotes: Sequence[QuoteRecord],
    quote_speakers: Sequence[str | None],
    stored_ids: Mapping[str, str],
) -> list[EngineQuote]:
    """The rows of the engine's quotes; ``stored_ids`` maps engine speaker ids to the ids they
    are stored under (an analyst may have merged them)."""
    rows = []
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        # int() refuses a record without a span before anything is written.
        start, end = int(quote.start), int(quote.end)
        values: dict[str, Any] = {c: _column_value(getattr(quote, c)) for c in _COPIED}
        values.update(start=start, end=end, partial=int(bool(quote.partial)))
        rows.append(
            EngineQuote(
                id=quote_id(document_id, start, end),
                document_id=document_id,
                engine_speaker_id=stored_ids[sid] if sid else None,
                **values,
            )
        )
    return rows


def _column_value(value: Any) -> Any:
    # Enums are stored as their values (a StrEnum is a str, but sqlite3 wants the plain type);
    # a list of strings (the reasons) as JSON, none as NULL.
    if isinstance(value, tuple | list):
        return json.dumps([str(v) for v in value], ensure_ascii=False) if value else None
    return str(value) if isinstance(value, str) else value


# --------------------------------------------------------------------------- reconciliation


def pinned(old: StoredQuote, new: EngineQuote) -> ReviewState | None:
    """The decision with the analyst's values written down where the engine changed its answer
    under a confirmed or corrected decision; None when nothing needs pinning.

    A decision without an explicit reviewed value rests on the engine's value at the time; the
    pinned state keeps that value, so the decision keeps its meaning.
    """
    if old.review.status not in (ReviewStatus.CONFIRMED, ReviewStatus.CORRECTED):
        return None
    pins: dict[str, str | None] = {}
    for engine_field, review_field in _OVERRIDDEN:
        was, now = getattr(old, engine_field), getattr(new, engine_field)
        if getattr(old.review, review_field) is None and was != now:
            if was is not None:
                pins[review_field] = was
            elif review_field in _PINNED_ONLY_WHEN_GIVEN:
                continue
            elif review_field != "reviewed_speaker_id":
                # '' records "there was none", which overrides whatever the engine says now.
                pins[review_field] = ""
            # A confirmed "no speaker" cannot be pinned as a speaker id; nothing to do then.
    return old.review.replace(**pins) if pins else None


def reconcile(old: Iterable[StoredQuote], new: Sequence[EngineQuote]) -> Changes:
    """What storing ``new`` (the engine's quotes of a document) over ``old`` (its stored
    quotes) changes; see the module docstring for the rules."""
    old_by_id = {q.id: q for q in old}
    new_by_id = {q.id: q for q in new}  # duplicate spans collapse to one

    pins = []
    for qid, stored in old_by_id.items():
        if qid in new_by_id and stored.reviewed:
            after = pinned(stored, new_by_id[qid])
            if after is not None:
                pins.append(Pin(qid, stored.review, after))

    gone = [q for qid, q in old_by_id.items() if qid not in new_by_id]
    reviewed_gone = [q for q in gone if q.reviewed]
    carries = _carries(reviewed_gone, old_by_id, new_by_id)
    carried = {c.old.id for c in carries}
    return Changes(
        upserts=tuple(new_by_id.values()),
        pins=tuple(pins),
        carries=tuple(carries),
        orphaned=tuple(q for q in reviewed_gone if q.id not in carried),
        deletes=tuple(q.id for q in gone if not q.reviewed),
        kept=sum(1 for qid, q in old_by_id.items() if qid in new_by_id and q.reviewed),
        new_quotes=sum(1 for qid in new_by_id if qid not in old_by_id),
        speakers=len({q.engine_speaker_id for q in new if q.engine_speaker_id}),
    )


def _carries(
    reviewed_gone: list[StoredQuote],
    old_by_id: Mapping[str, StoredQuote],
    new_by_id: Mapping[str, EngineQuote],
) -> list[Carry]:
    """Each reviewed quote no longer found passes its decision to the nearest unreviewed new
    quote with the same text (whitespace aside); each new quote takes at most one."""
    targets = [
        q for qid, q in new_by_id.items() if qid not in old_by_id or not old_by_id[qid].reviewed
    ]
    pairs = sorted(
        (abs(new.start - old.start), old.start, new.start, old.id, new.id)
        for old in reviewed_gone
        for new in targets
        if _text_key(new.text) == _text_key(old.text)
    )
    by_id = {q.id: q for q in reviewed_gone}
    carries: list[Carry] = []
    taken_from: set[str] = set()
    taken_to: set[str] = set()
    for _distance, _old_start, _new_start, old_id, new_id in pairs:
        if old_id in taken_from or new_id in taken_to:
            continue
        taken_from.add(old_id)
        taken_to.add(new_id)
        old, new = by_id[old_id], new_by_id[new_id]
        carries.append(Carry(old, new, pinned(old, new) or old.review))
    return carries


def _text_key(text: str) -> str:
    return " ".join(text.split())
