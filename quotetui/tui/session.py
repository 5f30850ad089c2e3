"""The review session: filters, the loaded page of quotes, the cursor, decisions and undo.

A plain class over the store, with no Textual in it, so the logic that matters is tested
directly. The app shows what this holds and forwards keys to it.

Quotes are loaded a page at a time from ``store.iter_quotes`` (keyset paging), so a filter on a
million quotes costs one index seek, not a scan; the table asks for more as the cursor nears the
end of what is loaded.
"""

from __future__ import annotations

import dataclasses
import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import sqlite_utils

from quotetui import store
from quotetui.model import (
    DecisionsUndone,
    DecisionUndone,
    MergeUndone,
    OccasionType,
    QuoteRow,
    ReviewAction,
    ReviewEntry,
    SpeakerEditUndone,
    SpeakerKind,
    SpeakerRow,
    SpeakerUndoRefused,
    UndoRefused,
)
from quotetui.names import name_key
from quotetui.tui.text import one_line
from quotetui.wording import plural

# `s` cycles through these; None means every status.
STATUS_CYCLE: tuple[str | None, ...] = ("unreviewed", None, "confirmed", "corrected", "rejected")
# `t` cycles through these; None means every type, store.NO_TYPE the quotes without one.
TYPE_CYCLE: tuple[str | None, ...] = (None, *(t.value for t in OccasionType), store.NO_TYPE)
ORDERS = ("position", "confidence")
ORDER_LABELS = {"position": "article order", "confidence": "lowest confidence first"}
# The queue as it opens: every quote but the terms (scare quotes, titles, ids), which nobody
# said; they are reviewed under their own kind filter.
DEFAULT_FILTER = store.QuoteFilter(kind=store.NOT_TERMS)
KIND_LABELS = {
    None: "every kind",
    store.NOT_TERMS: "quotes (no terms)",
    "speech": "speech",
    "written": "written",
    "term": "terms",
}
# Capitalised mentions that are no names (sentence-initial pronouns and descriptions).
_NOT_NAMES = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "this"}
)
_DETERMINERS = frozenset({"the", "a", "an"})


def status_label(status: str | None) -> str:
    return "all statuses" if status is None else status


def type_label(occasion_type: str | None) -> str:
    if occasion_type is None:
        return "every occasion type"
    return "no occasion type" if occasion_type == store.NO_TYPE else occasion_type


def count_progress(
    db: sqlite_utils.Database,
    speaker_id: str | None,
    occasion_type: str | None = None,
    where: store.QuoteFilter | None = None,
) -> tuple[int, int]:
    """(left to review, total) for one speaker, or for every quote when ``speaker_id`` is None;
    of one occasion type when ``occasion_type`` is given; of the other filters ``where``."""
    speakers = None if speaker_id is None else [speaker_id]
    types = None if occasion_type is None else [occasion_type]
    left = store.count_quotes(
        db, speakers, statuses=["unreviewed"], occasion_types=types, where=where
    )
    total = store.count_quotes(db, speakers, occasion_types=types, where=where)
    return left, total


def describe_filter(where: store.QuoteFilter) -> list[str]:
    """The filters of ``where`` that differ from the default queue's, in words."""
    parts: list[str] = []
    if where.kind != DEFAULT_FILTER.kind:
        parts.append(f"kind: {KIND_LABELS.get(where.kind, where.kind)}")
    if where.min_confidence is not None or where.below_confidence is not None:
        low = "" if where.min_confidence is None else f"{where.min_confidence:g} ≤ "
        high = "" if where.below_confidence is None else f" < {where.below_confidence:g}"
        parts.append(f"{low}confidence{high}")
    if where.document_id is not None:
        parts.append(f"article {one_line(where.document_id, 24)}")
    if where.source is not None:
        parts.append(f"outlet {one_line(where.source, 24)}")
    if where.published_from or where.published_to:
        parts.append(f"published {where.published_from or '…'}–{where.published_to or '…'}")
    if where.reviewer is not None:
        parts.append(f"decided by {one_line(where.reviewer, 20)}")
    if where.flagged:
        parts.append("flagged")
    if where.noted:
        parts.append("with a note")
    if where.search:
        parts.append(f"search “{one_line(where.search, 30)}”")
    return parts


def admits(where: store.QuoteFilter, row: QuoteRow) -> bool | None:
    """Whether ``row`` passes ``where`` (None: cannot tell without the database: a search)."""
    if where.search:
        return None
    kind = str(row.kind) if row.kind is not None else None
    if where.kind == store.NOT_TERMS and kind == "term":
        return False
    if where.kind not in (None, store.NOT_TERMS) and kind != where.kind:
        return False
    confidence = row.confidence
    if where.min_confidence is not None and (
        confidence is None or confidence < where.min_confidence
    ):
        return False
    if where.below_confidence is not None and (
        confidence is None or confidence >= where.below_confidence
    ):
        return False
    if where.document_id is not None and row.document_id != where.document_id:
        return False
    if where.source is not None and row.document_source != where.source:
        return False
    if where.published_from or where.published_to:
        date = row.document_date
        high = (where.published_to or "9999") + "\uffff"
        if date is None or not (where.published_from or "") <= date <= high:
            return False
    if where.reviewer is not None and row.reviewer != where.reviewer:
        return False
    if where.flagged and not row.flag:
        return False
    return not (where.noted and row.note is None)


class Counted(Protocol):
    """What counting needs of a quote (a ``QuoteRow`` has it)."""

    @property
    def speaker_id(self) -> str | None: ...

    @property
    def status(self) -> str: ...

    @property
    def final_occasion_type(self) -> str | None: ...


def count_delta(
    before: Counted,
    after: Counted,
    speaker_id: str | None,
    occasion_type: str | None = None,
    where: store.QuoteFilter | None = None,
) -> tuple[int, int]:
    """How one decision changes (left, total) of ``count_progress`` for ``speaker_id`` (and
    ``occasion_type``, and ``where``, which must not hold a search: see ``admits``): exact
    for a decision this session made, so the counts need no recount after each key."""

    def inside(row: Counted) -> bool:
        if where is not None and isinstance(row, QuoteRow) and admits(where, row) is False:
            return False
        if occasion_type is not None and (row.final_occasion_type or store.NO_TYPE) != (
            occasion_type
        ):
            return False
        return speaker_id is None or row.speaker_id == speaker_id

    def left(row: Counted) -> bool:
        return inside(row) and row.status == "unreviewed"

    return int(left(after)) - int(left(before)), int(inside(after)) - int(inside(before))


@dataclass(frozen=True)
class Suggestion:
    """A speaker the correction dialog offers: a known one (``speaker_id``) or a name from the
    article that is no speaker yet (``speaker_id`` None: saved as a new name)."""

    label: str
    speaker_id: str | None
    name: str
    origin: str  # why it is offered ("in this article", "12 quotes")


@dataclass(frozen=True)
class UndoneDecision:
    """Undo took back a decision; ``quote`` is the quote as it is now (None: the article no
    longer has it), ``shown`` as this session showed it before (None: not in the list)."""

    quote_id: str
    quote: QuoteRow | None
    shown: QuoteRow | None = None


@dataclass(frozen=True)
class UndoneDecisions:
    """Undo took back decisions made together (an occasion applied to several quotes)."""

    quote_ids: tuple[str, ...]
    quotes: list[QuoteRow]  # as they are now, those in the list
    action: str = "correct"  # the action taken back: "confirm"/"reject" for a bulk decision


@dataclass(frozen=True)
class UndoneMerge:
    """Undo split a merged speaker off again."""

    speaker_id: str
    speaker: SpeakerRow | None


@dataclass(frozen=True)
class UndoneEdit:
    """Undo took back a rename, kind, split or "different people"."""

    action: str
    speaker_id: str
    speaker: SpeakerRow | None


@dataclass(frozen=True)
class UndoNotDone:
    """Undo left a decision alone: someone decided the quote since. ``quote`` is the quote as
    it is now; the next undo goes further back."""

    quote_id: str
    quote: QuoteRow | None


@dataclass(frozen=True)
class EditNotUndone:
    """Undo left a speaker edit or merge alone: ``reason`` is the later decision resting on
    it; the next undo goes further back."""

    action: str
    speaker_id: str
    reason: str


Undone = UndoneDecision | UndoneDecisions | UndoneMerge | UndoneEdit | UndoNotDone | EditNotUndone


@dataclass
class Changed:
    """What other sessions (and ingests) changed since the last look (``ReviewSession.poll``)."""

    entries: list[ReviewEntry] = field(default_factory=list)  # their new log entries
    current: ReviewEntry | None = None  # one that changed the quote under the cursor
    speakers: bool = False  # a merge (or its undo): names and counts moved
    rows: int = 0  # loaded rows re-read


def _is_description(mention: str) -> bool:
    words = mention.casefold().split()
    return not words or mention.casefold() in _NOT_NAMES or words[0] in _DETERMINERS


class ReviewSession:
    """What one analyst is looking at and deciding on."""

    def __init__(self, db: sqlite_utils.Database, reviewer: str, *, page_size: int = 50) -> None:
        self.db = db
        self.reviewer = reviewer
        # Undo belongs to the session: two windows under one reviewer name undo their own.
        self.session_id = uuid.uuid4().hex[:16]
        self.page_size = page_size
        self.recheck_only = False  # only decisions marked for re-review
        self._refused_undos: set[int] = set()
        self._last_entry = self._log_end()
        self._data_version = self._version()
        self.speaker_id: str | None = None
        self.speaker_name: str | None = None
        self.status: str | None = STATUS_CYCLE[0]
        self.occasion_type: str | None = None
        # The filters beside speaker, status and occasion type (kind, confidence, article,
        # outlet, dates, reviewer, flags, notes, search).
        self.where: store.QuoteFilter = DEFAULT_FILTER
        self.order = "position"
        self.rows: list[QuoteRow] = []
        self.cursor = 0
        self.exhausted = True
        # Row positions whose content changed since the view last looked (see take_changed).
        self.changed: set[int] = set()
        # A loaded row now stands for another quote id (ingest carried its decision): the view
        # must rebuild its rows, which are keyed by id.
        self.rekeyed = False
        self._positions: dict[str, int] = {}
        self._pages: Iterator[QuoteRow] | None = None

    # ------------------------------------------------------------------ filters and paging

    def describe(self) -> str:
        who = self.speaker_name or "All speakers"
        kinds = "" if self.occasion_type is None else f" · {type_label(self.occasion_type)}"
        showing = "to re-review" if self.recheck_only else status_label(self.status)
        extra = "".join(f" · {part}" for part in describe_filter(self.where))
        return f"{who} · showing {showing}{kinds}{extra} · {ORDER_LABELS[self.order]}"

    def set_filter(self, where: store.QuoteFilter) -> None:
        """The filters beside speaker, status and occasion type (``store.QuoteFilter``)."""
        self.where = where
        self.reload()

    def update_filter(self, **changes: object) -> None:
        """Change some fields of the filter, keeping the others."""
        self.set_filter(dataclasses.replace(self.where, **changes))  # type: ignore[arg-type]

    def set_search(self, text: str | None) -> None:
        """Search the quotes' words, speakers and titles (None or blank: no search)."""
        self.update_filter(search=(text or "").strip() or None)

    def set_speaker(self, speaker_id: str | None, name: str | None = None) -> None:
        self.speaker_id = speaker_id
        self.speaker_name = None if speaker_id is None else (name or speaker_id)
        self.reload()

    def set_status(self, status: str | None) -> None:
        if status is not None and status not in store.STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self.status = status
        self.recheck_only = False
        self.reload()

    def cycle_status(self) -> str | None:
        position = STATUS_CYCLE.index(self.status)
        self.set_status(STATUS_CYCLE[(position + 1) % len(STATUS_CYCLE)])
        return self.status

    def set_recheck(self, on: bool) -> None:
        """Show only the decisions marked for re-review (any status), or the status filter."""
        self.recheck_only = on
        self.reload()

    def toggle_recheck(self) -> bool:
        self.set_recheck(not self.recheck_only)
        return self.recheck_only

    def set_occasion_type(self, occasion_type: str | None) -> None:
        if occasion_type not in TYPE_CYCLE:
            raise ValueError(f"unknown occasion type {occasion_type!r}")
        self.occasion_type = occasion_type
        self.reload()

    def cycle_occasion_type(self) -> str | None:
        position = TYPE_CYCLE.index(self.occasion_type)
        self.set_occasion_type(TYPE_CYCLE[(position + 1) % len(TYPE_CYCLE)])
        return self.occasion_type

    def set_order(self, order: str) -> None:
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}")
        self.order = order
        self.reload()

    def toggle_order(self) -> str:
        self.set_order("confidence" if self.order == "position" else "position")
        return self.order

    def reload(self) -> None:
        """Start the list again from the first page of the current filter."""
        self._pages = store.iter_quotes(
            self.db,
            speaker_ids=None if self.speaker_id is None else [self.speaker_id],
            statuses=None if self.status is None or self.recheck_only else [self.status],
            order=self.order,
            batch=self.page_size,
            occasion_types=None if self.occasion_type is None else [self.occasion_type],
            recheck_only=self.recheck_only,
            where=self.where,
        )
        self.rows = []
        self._positions = {}
        self.cursor = 0
        self.exhausted = False
        self.changed.clear()
        self.load_more()

    def load_more(self) -> list[QuoteRow]:
        """Load the next page; returns the rows added (none when the filter is exhausted)."""
        if self.exhausted or self._pages is None:
            return []
        page = list(itertools.islice(self._pages, self.page_size))
        if len(page) < self.page_size:
            self.exhausted = True
            self._pages = None
        for row in page:
            self._positions[row.id] = len(self.rows)
            self.rows.append(row)
        return page

    def ensure_loaded(self, position: int, margin: int = 0) -> None:
        """Load pages until ``position + margin`` is loaded or nothing is left."""
        while position + margin >= len(self.rows) and not self.exhausted:
            if not self.load_more():
                break

    # ------------------------------------------------------------------ cursor

    @property
    def current(self) -> QuoteRow | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def position_of(self, quote_id: str) -> int | None:
        return self._positions.get(quote_id)

    def move_to(self, position: int) -> int:
        """Put the cursor at ``position`` (clamped to the list), loading pages as needed."""
        self.ensure_loaded(position)
        self.cursor = max(0, min(position, len(self.rows) - 1))
        return self.cursor

    def move(self, delta: int) -> int:
        return self.move_to(self.cursor + delta)

    def take_changed(self) -> set[int]:
        changed, self.changed = self.changed, set()
        return changed

    def refresh(self, quote_id: str) -> QuoteRow | None:
        """Re-read one loaded quote (another analyst may have decided it)."""
        position = self._positions.get(quote_id)
        if position is None:
            return None
        row = store.get_quote(self.db, quote_id)
        if row is not None and row != self.rows[position]:
            self.rows[position] = row
            self.changed.add(position)
        return row

    # ------------------------------------------------------------------ decisions

    def _decided(self, row: QuoteRow, advance: bool = True) -> QuoteRow:
        position = self._positions.get(row.id)
        if position is not None:
            self.rows[position] = row
            self.changed.add(position)
            if position == self.cursor and advance:
                # One key decides and moves on.
                self.move(1)
        return row

    def _seen(self, quote_id: str, seen: QuoteRow | None) -> QuoteRow | None:
        """The quote as the analyst saw it: what the list shows (or the dialog was opened on)."""
        if seen is not None:
            return seen
        position = self._positions.get(quote_id)
        return None if position is None else self.rows[position]

    def _refused(self, exc: store.Conflict) -> None:
        # Show what is there now, so the analyst decides on that.
        position = self._positions.get(exc.quote_id)
        if position is not None and exc.current is not None:
            self.rows[position] = exc.current
            self.changed.add(position)

    def confirm(
        self, quote_id: str, seen: QuoteRow | None = None, *, advance: bool = True
    ) -> QuoteRow:
        """Confirm; ``store.Conflict`` (the row refreshed) when the quote changed since seen."""
        try:
            row = store.confirm(
                self.db,
                quote_id,
                self.reviewer,
                expected=self._seen(quote_id, seen),
                session=self.session_id,
            )
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._decided(row, advance)

    def reject(
        self, quote_id: str, seen: QuoteRow | None = None, *, advance: bool = True
    ) -> QuoteRow:
        try:
            row = store.reject(
                self.db,
                quote_id,
                self.reviewer,
                expected=self._seen(quote_id, seen),
                session=self.session_id,
            )
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._decided(row, advance)

    def correct_speaker(
        self,
        quote_id: str,
        *,
        speaker_id: str | None = None,
        speaker_name: str | None = None,
        seen: QuoteRow | None = None,
        advance: bool = True,
    ) -> QuoteRow:
        if speaker_id is None and not (speaker_name and speaker_name.strip()):
            raise ValueError("a speaker id or a name is needed")
        try:
            row = store.correct(
                self.db,
                quote_id,
                self.reviewer,
                speaker_name,
                speaker_id=speaker_id,
                expected=self._seen(quote_id, seen),
                session=self.session_id,
            )
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._decided(row, advance)

    def correct_occasion(
        self,
        quote_id: str,
        occasion: str | None,
        occasion_date: str | None,
        seen: QuoteRow | None = None,
        **fields: str | None,
    ) -> QuoteRow:
        """Correct the occasion and its date; ``fields``: ``occasion_type`` and
        ``occasion_place`` when the analyst changed them (left out: kept)."""
        try:
            row = store.correct(
                self.db,
                quote_id,
                self.reviewer,
                occasion=occasion,
                occasion_date=occasion_date,
                expected=self._seen(quote_id, seen),
                session=self.session_id,
                **fields,
            )
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._decided(row)

    # ------------------------------------------------------------------ notes and flags

    def _annotated(self, row: QuoteRow) -> QuoteRow:
        position = self._positions.get(row.id)
        if position is not None:
            self.rows[position] = row
            self.changed.add(position)
        return row

    def set_note(self, quote_id: str, note: str | None, seen: QuoteRow | None = None) -> QuoteRow:
        """Write (blank: clear) the note on a quote; the cursor stays."""
        try:
            row = store.set_note(
                self.db, quote_id, self.reviewer, note, expected=self._seen(quote_id, seen),
                session=self.session_id,
            )  # fmt: skip
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._annotated(row)

    def toggle_flag(self, quote_id: str, seen: QuoteRow | None = None) -> QuoteRow:
        """Flag the quote "check later", or take the flag off; the cursor stays."""
        shown = self._seen(quote_id, seen)
        flag = not (shown.flag if shown is not None else False)
        try:
            row = store.set_flag(
                self.db, quote_id, self.reviewer, flag, expected=shown, session=self.session_id
            )
        except store.Conflict as exc:
            self._refused(exc)
            raise
        return self._annotated(row)

    # ------------------------------------------------------------------ many at once

    def bulk_where(self, threshold: float) -> store.QuoteFilter:
        """The current filter narrowed to confidence ≥ ``threshold``."""
        low = self.where.min_confidence
        return dataclasses.replace(
            self.where, min_confidence=threshold if low is None else max(low, threshold)
        )

    def count_bulk(self, threshold: float) -> int:
        """How many unreviewed quotes of the current filter have confidence ≥ ``threshold``:
        a bulk decision never overrides a decision already made."""
        return store.count_quotes(
            self.db,
            None if self.speaker_id is None else [self.speaker_id],
            statuses=["unreviewed"],
            occasion_types=None if self.occasion_type is None else [self.occasion_type],
            where=self.bulk_where(threshold),
        )

    def bulk_decide(
        self, action: ReviewAction, threshold: float, count: int
    ) -> store.BulkResult | None:
        """Confirm or reject every unreviewed quote of the current filter with confidence ≥
        ``threshold``: one step in the log (one ``u`` undoes it), one row per quote. ``count``
        is how many the analyst agreed to; when the filter holds another number now (an ingest
        or another session since), nothing is decided and None comes back."""
        quotes = store.iter_quotes(
            self.db,
            speaker_ids=None if self.speaker_id is None else [self.speaker_id],
            statuses=["unreviewed"],
            batch=500,
            occasion_types=None if self.occasion_type is None else [self.occasion_type],
            where=self.bulk_where(threshold),
        )
        expected = {q.id: store.quote_version(q) for q in quotes}
        if len(expected) != count:
            return None
        result = store.decide_many(
            self.db, action, expected, self.reviewer, session=self.session_id
        )
        for qid in result.decided:
            self.refresh(qid)
        return result

    # ------------------------------------------------------------------ the article

    def article_quotes(self, document_id: str) -> list[QuoteRow]:
        """Every quote of one article (every status and kind), in article order."""
        return list(store.iter_quotes(self.db, document_id=document_id, batch=200))

    def occasion_scope(self, quote: QuoteRow, scope: str) -> list[str]:
        """The quotes ``apply_occasion`` would change: see ``store.occasion_scope``."""
        return store.occasion_scope(self.db, quote, scope)

    def apply_occasion(self, quote: QuoteRow, scope: str) -> list[QuoteRow]:
        """``quote``'s final occasion (type, words, place, date) for every quote of ``scope``:
        one step in the log, undone by one ``u``. The cursor stays on ``quote``."""
        ids = self.occasion_scope(quote, scope)
        try:
            rows = self._correct_occasions(quote, ids)
        except store.Conflict as exc:
            self._refused(exc)
            raise
        for row in rows:
            position = self._positions.get(row.id)
            if position is not None:
                self.rows[position] = row
                self.changed.add(position)
        return rows

    def _correct_occasions(self, quote: QuoteRow, ids: list[str]) -> list[QuoteRow]:
        return store.correct_occasions(
            self.db,
            ids,
            self.reviewer,
            occasion=quote.final_occasion,
            occasion_type=quote.final_occasion_type,
            occasion_place=quote.final_occasion_place,
            occasion_date=quote.final_occasion_date,
            expected={quote.id: quote},
            session=self.session_id,
        )

    def undo(self) -> Undone | None:
        """Take back this session's last decision or merge not yet undone; the cursor goes to
        that quote when it is in the list. A decision someone made since is never overwritten:
        ``UndoNotDone`` says so, and the next undo goes to the one before. None if nothing
        was left to undo."""
        undone = store.undo_last(
            self.db, self.reviewer, session=self.session_id, skip=self._refused_undos
        )
        if undone is None:
            return None
        if isinstance(undone, MergeUndone):
            speaker = store.find_speaker(self.db, undone.speaker_id)
            self._reload_keeping_cursor()  # quotes move back to the speaker: names, filters
            return UndoneMerge(undone.speaker_id, speaker)
        if isinstance(undone, SpeakerEditUndone):
            speaker = store.find_speaker(self.db, undone.speaker_id)
            self._reload_keeping_cursor()
            return UndoneEdit(undone.action.value, undone.speaker_id, speaker)
        if isinstance(undone, DecisionsUndone):
            refreshed = [self.refresh(qid) for qid in undone.quote_ids]
            positions = [self._positions[q] for q in undone.quote_ids if q in self._positions]
            if positions:
                self.cursor = min(positions)
            return UndoneDecisions(
                undone.quote_ids, [r for r in refreshed if r is not None], undone.action.value
            )
        if isinstance(undone, SpeakerUndoRefused):
            self._refused_undos.add(undone.entry_id)
            return EditNotUndone(undone.action.value, undone.speaker_id, undone.reason)
        if isinstance(undone, UndoRefused):
            self._refused_undos.add(undone.entry_id)
            row = self.refresh(undone.quote_id) or store.get_quote(self.db, undone.quote_id)
            return UndoNotDone(undone.quote_id, row)
        assert isinstance(undone, DecisionUndone)
        row = store.get_quote(self.db, undone.quote_id)
        position = self._positions.get(undone.quote_id)
        shown = None if position is None else self.rows[position]
        if row is not None and position is not None:
            self.rows[position] = row
            self.changed.add(position)
            self.cursor = position
        return UndoneDecision(undone.quote_id, row, shown)

    # ------------------------------------------------------------------ other sessions

    def _log_end(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0])

    def _version(self) -> int:
        # Changes when another connection commits: no need to read the log otherwise.
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> Changed:
        """Catch up with what other sessions and ingests wrote since the last poll: their log
        entries, and the loaded quotes they touched re-read (a quote carried to another span
        is followed there). Cheap when nothing changed: one pragma."""
        changed = Changed()
        version = self._version()
        if version == self._data_version:
            return changed
        self._data_version = version
        rows = [
            e
            for e in store.review_log(self.db, after=self._last_entry)
            if e.session != self.session_id
        ]
        self._last_entry = max([self._last_entry, *(e.id for e in rows)])
        changed.entries = rows
        current = self.current.id if self.current else None
        touched: set[str] = set()
        for entry in rows:
            if entry.quote_id is None:
                changed.speakers = True  # a merge or its undo
                continue
            moved_from = getattr(entry.before, "quote_id", None)
            if entry.action is ReviewAction.CARRY and moved_from is not None:
                self._follow(moved_from, entry.quote_id)
                if moved_from == current:
                    current = entry.quote_id
            touched.add(entry.quote_id)
            if entry.quote_id == current:
                changed.current = entry
        if current is not None:
            touched.add(current)  # an ingest may have changed it without a log entry
            if current in self._positions and store.get_quote(self.db, current) is None:
                # Re-ingested: an unreviewed quote moves without a log entry. Its words in
                # its article say where it is now.
                self._find_again(current)
        for qid in touched:
            before = self.rows[self._positions[qid]] if qid in self._positions else None
            row = self.refresh(qid)
            if row is not None and row != before:
                changed.rows += 1
        return changed

    def _find_again(self, old_id: str) -> None:
        shown = self.rows[self._positions[old_id]]
        same = [
            q
            for q in store.iter_quotes(self.db, document_id=shown.document_id, batch=200)
            if q.text == shown.text and q.id not in self._positions
        ]
        if same:
            nearest = min(same, key=lambda q: abs(q.start - shown.start))
            self._follow(old_id, nearest.id)

    def _follow(self, old_id: str, new_id: str) -> None:
        """A loaded quote's decision moved to another span: the row follows it there (unless
        that span is loaded too, in which case both rows are simply re-read)."""
        position = self._positions.get(old_id)
        if position is None or new_id in self._positions:
            return
        row = store.get_quote(self.db, new_id)
        if row is None:
            return
        del self._positions[old_id]
        self._positions[new_id] = position
        self.rows[position] = row
        self.rekeyed = True

    def _reload_keeping_cursor(self) -> None:
        keep = self.current.id if self.current else None
        self.reload()
        if keep is not None and (position := self._positions.get(keep)) is not None:
            self.cursor = position

    def merge_speaker(self, source_id: str, target_id: str) -> SpeakerRow:
        """Merge one speaker into another; the list is reloaded (names and filters move)."""
        target = store.merge_speakers(
            self.db, source_id, target_id, self.reviewer, session=self.session_id
        )
        if self.speaker_id == source_id:
            self.speaker_id, self.speaker_name = target.id, target.name
        self._reload_keeping_cursor()
        return target

    # ------------------------------------------------------------------ speakers

    def rename_speaker(self, speaker_id: str, name: str) -> SpeakerRow | None:
        sid = store.rename_speaker(
            self.db, speaker_id, name, self.reviewer, session=self.session_id
        )
        if self.speaker_id == sid:
            self.speaker_name = name
        self._reload_keeping_cursor()
        return store.find_speaker(self.db, sid)

    def set_speaker_kind(self, speaker_id: str, kind: SpeakerKind) -> SpeakerRow | None:
        sid = store.set_speaker_kind(
            self.db, speaker_id, kind, self.reviewer, session=self.session_id
        )
        return store.find_speaker(self.db, sid)

    def split_off(
        self, speaker_id: str, to: str, alias: str | None, quote_ids: list[str]
    ) -> SpeakerRow | None:
        """An alias (its articles' speakers and quotes) or the chosen quotes go to the speaker
        named ``to`` (a name, alias or id), or to a new speaker of that name."""
        known = store.find_speaker(self.db, to)
        target = None if known is None or known.id == speaker_id else known.id
        if alias is not None:
            sid = store.split_alias(
                self.db, speaker_id, alias, self.reviewer, target_id=target,
                new_name=None if target else to, session=self.session_id,
            )  # fmt: skip
        else:
            sid = store.split_quotes(
                self.db, quote_ids, self.reviewer, target_id=target,
                new_name=None if target else to, session=self.session_id,
            )  # fmt: skip
        self._reload_keeping_cursor()
        return store.find_speaker(self.db, sid)

    def duplicates(self) -> list[store.DuplicateRow]:
        return store.list_duplicates(self.db, limit=200)

    def merge_pair(self, pair: store.DuplicateRow) -> SpeakerRow:
        """A suggested pair is one speaker: the one with fewer quotes goes into the other."""
        source, target = (pair.a, pair.b) if pair.a_quotes < pair.b_quotes else (pair.b, pair.a)
        return self.merge_speaker(source, target)

    def mark_different(self, pair: store.DuplicateRow) -> None:
        store.mark_different(self.db, pair.a, pair.b, self.reviewer, session=self.session_id)

    # ------------------------------------------------------------------ suggestions

    def speaker_suggestions(
        self, quote: QuoteRow, search: str | None = None, limit: int = 9
    ) -> list[Suggestion]:
        """Who else the quote might be by, best first: speakers and named mentions of the
        other quotes in the same article, then known speakers (matching ``search`` if given).
        A mention that is no known speaker yet has no id and is saved as a new name."""
        needle = name_key(search) if search and search.strip() else ""
        current = quote.speaker_id
        out: list[Suggestion] = []
        seen_ids: set[str] = set()
        seen_names: set[str] = set()
        # Names already offered (or the current speaker's): a mention that contains one
        # ("Russian Ambassador Georgy Zinoviev") is that speaker with a title, not someone new.
        covered = {name_key(quote.speaker_name or "")} - {""}

        def add(speaker_id: str | None, name: str, origin: str) -> None:
            key = name_key(name)
            if speaker_id == current and current is not None:
                return
            if speaker_id is None and any(known in key for known in covered):
                return
            if (speaker_id and speaker_id in seen_ids) or key in seen_names or not key:
                return
            if needle and needle not in key and (not speaker_id or needle not in speaker_id):
                return
            out.append(Suggestion(label=name, speaker_id=speaker_id, name=name, origin=origin))
            if speaker_id:
                seen_ids.add(speaker_id)
            seen_names.add(key)
            covered.add(key)

        in_article = list(
            itertools.islice(
                store.iter_quotes(self.db, document_id=quote.document_id, batch=200), 500
            )
        )
        for other in in_article:
            if other.speaker_id and other.speaker_name:
                add(other.speaker_id, other.speaker_name, "in this article")
        for other in in_article:
            mention = (other.speaker_mention or "").strip()
            if not mention[:1].isupper():
                continue  # "he", "the envoy": no name worth offering
            known = store.find_speaker(self.db, mention)
            if known is not None:
                add(known.id, known.name, "in this article")
            elif not _is_description(mention):
                add(None, mention, "named in this article")
        if len(out) < limit:
            for speaker in store.list_speakers(self.db, search=search or None, limit=limit * 2):
                add(speaker.id, speaker.name, plural(speaker.total, "quote"))
        return out[:limit]
