"""The review session: filters, the loaded page of quotes, the cursor, decisions and undo.

A plain class over the store, with no Textual in it, so the logic that matters is tested
directly. The app shows what this holds and forwards keys to it.

Quotes are loaded a page at a time from ``store.iter_quotes`` (keyset paging), so a filter on a
million quotes costs one index seek, not a scan; the table asks for more as the cursor nears the
end of what is loaded.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import sqlite_utils

from quotetui import store
from quotetui.model import (
    DecisionsUndone,
    DecisionUndone,
    MergeUndone,
    OccasionType,
    QuoteRow,
    SpeakerEditUndone,
    SpeakerKind,
    SpeakerRow,
)
from quotetui.names import name_key
from quotetui.tui.text import plural

# `s` cycles through these; None means every status.
STATUS_CYCLE: tuple[str | None, ...] = ("unreviewed", None, "confirmed", "corrected", "rejected")
# `t` cycles through these; None means every type, store.NO_TYPE the quotes without one.
TYPE_CYCLE: tuple[str | None, ...] = (None, *(t.value for t in OccasionType), store.NO_TYPE)
ORDERS = ("position", "confidence")
ORDER_LABELS = {"position": "article order", "confidence": "lowest confidence first"}
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
    db: sqlite_utils.Database, speaker_id: str | None, occasion_type: str | None = None
) -> tuple[int, int]:
    """(left to review, total) for one speaker, or for every quote when ``speaker_id`` is None;
    of one occasion type when ``occasion_type`` is given."""
    speakers = None if speaker_id is None else [speaker_id]
    types = None if occasion_type is None else [occasion_type]
    left = store.count_quotes(db, speakers, statuses=["unreviewed"], occasion_types=types)
    total = store.count_quotes(db, speakers, occasion_types=types)
    return left, total


class Counted(Protocol):
    """What counting needs of a quote (a ``QuoteRow`` has it)."""

    @property
    def speaker_id(self) -> str | None: ...

    @property
    def status(self) -> str: ...

    @property
    def final_occasion_type(self) -> str | None: ...


def count_delta(
    before: Counted, after: Counted, speaker_id: str | None, occasion_type: str | None = None
) -> tuple[int, int]:
    """How one decision changes (left, total) of ``count_progress`` for ``speaker_id`` (and
    ``occasion_type``): exact for a decision this session made, so the counts need no recount
    after each key."""

    def inside(row: Counted) -> bool:
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


Undone = UndoneDecision | UndoneDecisions | UndoneMerge | UndoneEdit


def _is_description(mention: str) -> bool:
    words = mention.casefold().split()
    return not words or mention.casefold() in _NOT_NAMES or words[0] in _DETERMINERS


class ReviewSession:
    """What one analyst is looking at and deciding on."""

    def __init__(self, db: sqlite_utils.Database, reviewer: str, *, page_size: int = 50) -> None:
        self.db = db
        self.reviewer = reviewer
        self.page_size = page_size
        self.speaker_id: str | None = None
        self.speaker_name: str | None = None
        self.status: str | None = STATUS_CYCLE[0]
        self.occasion_type: str | None = None
        self.order = "position"
        self.rows: list[QuoteRow] = []
        self.cursor = 0
        self.exhausted = True
        # Row positions whose content changed since the view last looked (see take_changed).
        self.changed: set[int] = set()
        self._positions: dict[str, int] = {}
        self._pages: Iterator[QuoteRow] | None = None

    # ------------------------------------------------------------------ filters and paging

    def describe(self) -> str:
        who = self.speaker_name or "All speakers"
        kinds = "" if self.occasion_type is None else f" · {type_label(self.occasion_type)}"
        return f"{who} · showing {status_label(self.status)}{kinds} · {ORDER_LABELS[self.order]}"

    def set_speaker(self, speaker_id: str | None, name: str | None = None) -> None:
        self.speaker_id = speaker_id
        self.speaker_name = None if speaker_id is None else (name or speaker_id)
        self.reload()

    def set_status(self, status: str | None) -> None:
        if status is not None and status not in store.STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self.status = status
        self.reload()

    def cycle_status(self) -> str | None:
        position = STATUS_CYCLE.index(self.status)
        self.set_status(STATUS_CYCLE[(position + 1) % len(STATUS_CYCLE)])
        return self.status

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
            statuses=None if self.status is None else [self.status],
            order=self.order,
            batch=self.page_size,
            occasion_types=None if self.occasion_type is None else [self.occasion_type],
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

    def _decided(self, row: QuoteRow) -> QuoteRow:
        position = self._positions.get(row.id)
        if position is not None:
            self.rows[position] = row
            self.changed.add(position)
            if position == self.cursor:
                # One key decides and moves on.
                self.move(1)
        return row

    def confirm(self, quote_id: str) -> QuoteRow:
        return self._decided(store.confirm(self.db, quote_id, self.reviewer))

    def reject(self, quote_id: str) -> QuoteRow:
        return self._decided(store.reject(self.db, quote_id, self.reviewer))

    def correct_speaker(
        self, quote_id: str, *, speaker_id: str | None = None, speaker_name: str | None = None
    ) -> QuoteRow:
        if speaker_id is None and not (speaker_name and speaker_name.strip()):
            raise ValueError("a speaker id or a name is needed")
        row = store.correct(self.db, quote_id, self.reviewer, speaker_name, speaker_id=speaker_id)
        return self._decided(row)

    def correct_occasion(
        self,
        quote_id: str,
        occasion: str | None,
        occasion_date: str | None,
        **fields: str | None,
    ) -> QuoteRow:
        """Correct the occasion and its date; ``fields``: ``occasion_type`` and
        ``occasion_place`` when the analyst changed them (left out: kept)."""
        row = store.correct(
            self.db,
            quote_id,
            self.reviewer,
            occasion=occasion,
            occasion_date=occasion_date,
            **fields,
        )
        return self._decided(row)

    def occasion_scope(self, quote: QuoteRow, scope: str) -> list[str]:
        """The quotes ``apply_occasion`` would change: see ``store.occasion_scope``."""
        return store.occasion_scope(self.db, quote, scope)

    def apply_occasion(self, quote: QuoteRow, scope: str) -> list[QuoteRow]:
        """``quote``'s final occasion (type, words, place, date) for every quote of ``scope``:
        one step in the log, undone by one ``u``. The cursor stays on ``quote``."""
        ids = self.occasion_scope(quote, scope)
        rows = store.correct_occasions(
            self.db,
            ids,
            self.reviewer,
            occasion=quote.final_occasion,
            occasion_type=quote.final_occasion_type,
            occasion_place=quote.final_occasion_place,
            occasion_date=quote.final_occasion_date,
        )
        for row in rows:
            position = self._positions.get(row.id)
            if position is not None:
                self.rows[position] = row
                self.changed.add(position)
        return rows

    def undo(self) -> Undone | None:
        """Take back this reviewer's last decision or merge not yet undone; the cursor goes to
        that quote when it is in the list. None if nothing was left to undo."""
        undone = store.undo_last(self.db, self.reviewer)
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
            return UndoneDecisions(undone.quote_ids, [r for r in refreshed if r is not None])
        assert isinstance(undone, DecisionUndone)
        row = store.get_quote(self.db, undone.quote_id)
        position = self._positions.get(undone.quote_id)
        shown = None if position is None else self.rows[position]
        if row is not None and position is not None:
            self.rows[position] = row
            self.changed.add(position)
            self.cursor = position
        return UndoneDecision(undone.quote_id, row, shown)

    def _reload_keeping_cursor(self) -> None:
        keep = self.current.id if self.current else None
        self.reload()
        if keep is not None and (position := self._positions.get(keep)) is not None:
            self.cursor = position

    def merge_speaker(self, source_id: str, target_id: str) -> SpeakerRow:
        """Merge one speaker into another; the list is reloaded (names and filters move)."""
        target = store.merge_speakers(self.db, source_id, target_id, self.reviewer)
        if self.speaker_id == source_id:
            self.speaker_id, self.speaker_name = target.id, target.name
        self._reload_keeping_cursor()
        return target

    # ------------------------------------------------------------------ speakers

    def rename_speaker(self, speaker_id: str, name: str) -> SpeakerRow | None:
        sid = store.rename_speaker(self.db, speaker_id, name, self.reviewer)
        if self.speaker_id == sid:
            self.speaker_name = name
        self._reload_keeping_cursor()
        return store.find_speaker(self.db, sid)

    def set_speaker_kind(self, speaker_id: str, kind: SpeakerKind) -> SpeakerRow | None:
        sid = store.set_speaker_kind(self.db, speaker_id, kind, self.reviewer)
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
                new_name=None if target else to,
            )  # fmt: skip
        else:
            sid = store.split_quotes(
                self.db, quote_ids, self.reviewer, target_id=target,
                new_name=None if target else to,
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
        store.mark_different(self.db, pair.a, pair.b, self.reviewer)

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
