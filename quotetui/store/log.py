"""Decisions: the review columns of a quote and the append-only review log.

Each log row's ``before`` and ``after`` is the JSON of one declared payload type
(``model.ReviewPayload``); which one depends on the action. The JSON is the same as before the
types were declared, so the logs of existing databases read as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlite_utils

from quotetui.model import (
    DECISION_ACTIONS,
    REVIEW_FIELDS,
    UNDOABLE_ACTIONS,
    CarriedState,
    MergedSpeaker,
    MergeLink,
    ReviewAction,
    ReviewEntry,
    ReviewPayload,
    ReviewState,
    ReviewStatus,
    SpeakerEdit,
    SpeakerSplit,
    StaleFlag,
)
from quotetui.store.sql import fetch_all, now

__all__ = [
    "DECISION_ACTIONS",
    "REVIEW_FIELDS",
    "STATUSES",
    "UNDOABLE_ACTIONS",
    "next_entry_id",
    "read_entry",
    "review_log",
    "set_review_fields",
    "write_log",
]

STATUSES: tuple[str, ...] = tuple(s.value for s in ReviewStatus)

Parse = Callable[[dict[str, Any]], ReviewPayload]
# action → (payload type of ``before``, of ``after``). Undo rows depend on what they undid.
_PAYLOADS: dict[ReviewAction, tuple[Parse, Parse]] = {
    **{a: (ReviewState.from_json, ReviewState.from_json) for a in DECISION_ACTIONS},
    ReviewAction.PIN: (ReviewState.from_json, ReviewState.from_json),
    ReviewAction.RECHECK: (ReviewState.from_json, ReviewState.from_json),
    ReviewAction.NOTE: (ReviewState.from_json, ReviewState.from_json),
    ReviewAction.FLAG: (ReviewState.from_json, ReviewState.from_json),
    ReviewAction.CARRY: (CarriedState.from_json, CarriedState.from_json),
    ReviewAction.STALE: (StaleFlag.from_json, StaleFlag.from_json),
    ReviewAction.MERGE: (MergedSpeaker.from_json, MergeLink.from_json),
    **{
        a: (SpeakerEdit.from_json, SpeakerEdit.from_json)
        for a in (
            ReviewAction.RENAME,
            ReviewAction.KIND,
            ReviewAction.SPLIT,
            ReviewAction.SPLIT_QUOTES,
            ReviewAction.DIFFERENT,
        )
    },
}
_UNDO_OF_EDIT: tuple[Parse, Parse] = (SpeakerEdit.from_json, SpeakerEdit.from_json)
_UNDO_OF_DECISION: tuple[Parse, Parse] = (ReviewState.from_json, ReviewState.from_json)
_UNDO_OF_MERGE: tuple[Parse, Parse] = (MergeLink.from_json, SpeakerSplit.from_json)


_EDITS = frozenset(
    a.value
    for a in (
        ReviewAction.RENAME,
        ReviewAction.KIND,
        ReviewAction.SPLIT,
        ReviewAction.SPLIT_QUOTES,
        ReviewAction.DIFFERENT,
    )
)


def write_log(
    db: sqlite_utils.Database,
    quote: str | None,
    action: ReviewAction,
    before: ReviewPayload | None,
    after: ReviewPayload | None,
    reviewer: str | None,
    undo_of: int | None = None,
    batch: int | None = None,
    *,
    session: str | None = None,
    entry_id: int | None = None,
) -> int:
    """Append one entry; ``entry_id`` is the id ``next_entry_id`` gave (a decision names its own
    entry in its state), else the next one."""
    cursor = db.execute(
        "INSERT INTO reviews (id, quote_id, action, before, after, reviewer, at, undo_of,"
        " batch, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry_id,
            quote,
            action.value,
            _dump(before),
            _dump(after),
            reviewer,
            now(),
            undo_of,
            batch,
            session,
        ),
    )
    return int(cursor.lastrowid or 0)


def next_entry_id(db: sqlite_utils.Database) -> int:
    """The id the next log entry gets (AUTOINCREMENT never reuses one). Call it inside the
    write transaction that writes the entry: nobody else can take it meanwhile."""
    row = db.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'reviews'), 0),"
        " coalesce((SELECT max(id) FROM reviews), 0))"
    ).fetchone()
    return int(row[0]) + 1


def set_review_fields(db: sqlite_utils.Database, qid: str, values: dict[str, Any]) -> None:
    # One UPDATE of named review columns: concurrent writers on other quotes are untouched.
    unknown = set(values) - set(REVIEW_FIELDS)
    if unknown:
        raise ValueError(f"not review columns: {sorted(unknown)}")
    assignments = ", ".join(f"{f} = :{f}" for f in values)
    db.execute(f"UPDATE quotes SET {assignments} WHERE id = :_id", {**values, "_id": qid})


def read_entry(row: dict[str, Any], undone_action: str | None = None) -> ReviewEntry:
    """A log row as its typed entry. For an undo row, ``undone_action`` (the action of the row
    it undid) says which payloads it holds; without it the JSON's keys do."""
    action = ReviewAction(row["action"])
    before, after = _json(row["before"]), _json(row["after"])
    if action is ReviewAction.UNDO and undone_action in _EDITS:
        parse = _UNDO_OF_EDIT
    elif action is ReviewAction.UNDO:
        is_merge = (
            undone_action == ReviewAction.MERGE
            if undone_action is not None
            else "merged_into" in (after or {})
        )
        parse = _UNDO_OF_MERGE if is_merge else _UNDO_OF_DECISION
    else:
        parse = _PAYLOADS[action]
    return ReviewEntry(
        id=row["id"],
        action=action,
        at=row["at"],
        quote_id=row["quote_id"],
        before=None if before is None else parse[0](before),
        after=None if after is None else parse[1](after),
        reviewer=row["reviewer"],
        undo_of=row["undo_of"],
        batch=row.get("batch"),
        session=row.get("session"),
    )


def review_log(
    db: sqlite_utils.Database, quote_id: str | None = None, *, after: int | None = None
) -> list[ReviewEntry]:
    """The log in order, typed; only one quote's entries when ``quote_id`` is given, only the
    entries after the one with id ``after`` when that is."""
    sql = (
        "SELECT r.*, u.action AS undone_action FROM reviews r"
        " LEFT JOIN reviews u ON u.id = r.undo_of"
    )
    where: list[str] = []
    params: list[Any] = []
    if quote_id is not None:
        where.append("r.quote_id = ?")
        params.append(quote_id)
    if after is not None:
        where.append("r.id > ?")
        params.append(after)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [
        read_entry(r, r["undone_action"]) for r in fetch_all(db, sql + " ORDER BY r.id", params)
    ]


def _dump(payload: ReviewPayload | None) -> str | None:
    return None if payload is None else json.dumps(payload.to_json(), ensure_ascii=False)


def _json(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"a review log payload is not a JSON object: {text[:80]!r}")
    return data
