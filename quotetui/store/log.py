"""Writing decisions: the review columns of a quote and the append-only review log."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from quotetui.model import ReviewPayload
from quotetui.store.sql import now

STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")
REVIEW_FIELDS = (
    "status",
    "reviewed_speaker_id",
    "reviewed_occasion",
    "reviewed_occasion_date",
    "reviewer",
    "reviewed_at",
)
# Decisions on one quote; undo_last takes these back, and speaker merges too.
DECISION_ACTIONS = ("confirm", "reject", "correct")
UNDOABLE_ACTIONS = (*DECISION_ACTIONS, "merge")


def review_state(row: dict[str, Any]) -> dict[str, Any]:
    return {f: row.get(f) for f in REVIEW_FIELDS}


def write_log(
    db: sqlite_utils.Database,
    quote: str | None,
    action: str,
    before: ReviewPayload | dict[str, Any] | None,
    after: ReviewPayload | dict[str, Any] | None,
    reviewer: str | None,
    undo_of: int | None = None,
) -> int:
    cursor = db.execute(
        "INSERT INTO reviews (quote_id, action, before, after, reviewer, at, undo_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            quote,
            str(action),
            _json(before),
            _json(after),
            reviewer,
            now(),
            undo_of,
        ),
    )
    return int(cursor.lastrowid or 0)


def set_review_fields(db: sqlite_utils.Database, qid: str, values: dict[str, Any]) -> None:
    # One UPDATE of named review columns: concurrent writers on other quotes are untouched.
    assignments = ", ".join(f"{f} = :{f}" for f in values)
    db.execute(f"UPDATE quotes SET {assignments} WHERE id = :_id", {**values, "_id": qid})


def _json(payload: ReviewPayload | dict[str, Any] | None) -> str | None:
    if payload is None:
        return None
    data = payload if isinstance(payload, dict) else payload.to_json()
    return json.dumps(data, ensure_ascii=False)
