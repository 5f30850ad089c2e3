"""Review operations: confirm, reject, correct, undo and speaker merges.

Each changes one quote row (or one speaker's rows) inside a short write transaction and logs
what it did, so two processes deciding on different quotes never lose each other's writes.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from quotetui.store.log import (
    REVIEW_FIELDS,
    UNDOABLE_ACTIONS,
    review_state,
    set_review_fields,
    write_log,
)
from quotetui.store.queries import find_speaker, get_quote
from quotetui.store.speakers import add_aliases, resolve_speaker_id, speaker_for_name
from quotetui.store.sql import NotFound, fetch_one, now, transaction

_UNSET: Any = object()


def _current_quote_id(db: sqlite_utils.Database, qid: str) -> str | None:
    """The id a decision now lives under: ingest may have carried it to a moved span."""
    seen: set[str] = set()
    current = qid
    while current not in seen:
        seen.add(current)
        if db.execute("SELECT 1 FROM quotes WHERE id = ?", (current,)).fetchone():
            return current
        row = db.execute(
            "SELECT quote_id FROM reviews WHERE action = 'carry'"
            " AND json_extract(before, '$.quote_id') = ? ORDER BY id DESC LIMIT 1",
            (current,),
        ).fetchone()
        if row is None:
            return None
        current = row[0]
    return None


def _decide(
    db: sqlite_utils.Database, qid: str, reviewer: str, action: str, changes: dict[str, Any]
) -> dict[str, Any]:
    with transaction(db):
        row = fetch_one(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
        if row is None:
            raise NotFound(f"no quote {qid!r}")
        before = review_state(row)
        after = {**before, **changes, "reviewer": reviewer, "reviewed_at": now()}
        set_review_fields(db, qid, after)
        write_log(db, qid, action, before, after, reviewer)
    quote = get_quote(db, qid)
    assert quote is not None
    return quote


def confirm(db: sqlite_utils.Database, quote_id: str, reviewer: str) -> dict[str, Any]:
    """Mark the attribution as shown (engine values, or an earlier correction) as right."""
    return _decide(db, quote_id, reviewer, "confirm", {"status": "confirmed"})


def reject(db: sqlite_utils.Database, quote_id: str, reviewer: str) -> dict[str, Any]:
    """Not a quote, or unattributable."""
    return _decide(db, quote_id, reviewer, "reject", {"status": "rejected"})


def correct(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    speaker_name: str | None = None,
    *,
    speaker_id: str | None = None,
    occasion: str | None = _UNSET,
    occasion_date: str | None = _UNSET,
) -> dict[str, Any]:
    """Correct speaker and/or occasion; status becomes ``corrected``.

    ``speaker_id`` picks an existing speaker; ``speaker_name`` finds one by name or alias, or
    creates it (slug id, the name as alias). ``occasion``/``occasion_date`` left out keep the
    current value; ``None`` records that there is none (stored as '' so it overrides the engine).
    """
    changes: dict[str, Any] = {"status": "corrected"}
    with transaction(db):
        if speaker_id is not None:
            resolved = resolve_speaker_id(db, speaker_id)
            if db.execute("SELECT 1 FROM speakers WHERE id = ?", (resolved,)).fetchone() is None:
                raise NotFound(f"no speaker {speaker_id!r}")
            changes["reviewed_speaker_id"] = resolved
        elif speaker_name is not None and speaker_name.strip():
            changes["reviewed_speaker_id"] = speaker_for_name(db, speaker_name.strip())
        if occasion is not _UNSET:
            changes["reviewed_occasion"] = "" if occasion is None else occasion
        if occasion_date is not _UNSET:
            changes["reviewed_occasion_date"] = "" if occasion_date is None else occasion_date
        return _decide(db, quote_id, reviewer, "correct", changes)


def undo_last(db: sqlite_utils.Database, reviewer: str) -> dict[str, Any] | None:
    """Take back ``reviewer``'s most recent decision or speaker merge that is not undone yet.

    Logs an 'undo' row pointing at it, so the next call goes one step further back. Returns
    ``{"action", "quote_id", "speaker_id"}``: for a decision the quote id (where the decision
    lives now), for a merge the id of the speaker split off again; None when nothing is left.
    """
    placeholders = ", ".join("?" for _ in UNDOABLE_ACTIONS)
    with transaction(db):
        entry = fetch_one(
            db,
            f"SELECT * FROM reviews r WHERE r.reviewer = ? AND r.action IN ({placeholders})"
            " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id)"
            " ORDER BY r.id DESC LIMIT 1",
            (reviewer, *UNDOABLE_ACTIONS),
        )
        if entry is None:
            return None
        if entry["action"] == "merge":
            speaker_id = _undo_merge(db, entry, reviewer)
            return {"action": "merge", "quote_id": None, "speaker_id": speaker_id}
        restored = json.loads(entry["before"])
        # The speaker it pointed to may have been merged away since.
        restored["reviewed_speaker_id"] = resolve_speaker_id(
            db, restored.get("reviewed_speaker_id")
        )
        undone = {"action": entry["action"], "quote_id": entry["quote_id"], "speaker_id": None}
        qid = _current_quote_id(db, entry["quote_id"])
        if qid is None:
            # The quote is gone (only unreviewed quotes are ever deleted); record the undo so
            # the next call moves on.
            write_log(db, entry["quote_id"], "undo", None, restored, reviewer, undo_of=entry["id"])
            return undone
        row = fetch_one(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
        assert row is not None
        set_review_fields(db, qid, {f: restored.get(f) for f in REVIEW_FIELDS})
        write_log(db, qid, "undo", review_state(row), restored, reviewer, undo_of=entry["id"])
        return {**undone, "quote_id": qid}


def _undo_merge(db: sqlite_utils.Database, entry: dict[str, Any], reviewer: str) -> str:
    """Split a merged speaker off again: its quotes, aliases and the merges that went into it
    return to it from wherever the merge target has gone since. Quotes a later ingest created
    keep the target until the next ingest, which asks the engine again."""
    before, after = json.loads(entry["before"]), json.loads(entry["after"])
    source = before["speaker_id"]
    target = resolve_speaker_id(db, after["merged_into"])
    for column, ids in (
        ("engine_speaker_id", before.get("engine_quotes", [])),
        ("reviewed_speaker_id", before.get("reviewed_quotes", [])),
    ):
        current = [q for q in (_current_quote_id(db, i) for i in ids) if q is not None]
        db.conn.executemany(
            f"UPDATE quotes SET {column} = ? WHERE id = ? AND {column} = ?",
            [(source, q, target) for q in current],
        )
    # Only the aliases still with the target go back: an undo since may have moved some on.
    on_target = {
        r[0]
        for r in db.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (target,))
    }
    db.conn.executemany(
        "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
        [(target, a) for a in after.get("added_aliases", [])],
    )
    add_aliases(db, source, [a for a in before.get("aliases", []) if a in on_target])
    db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (source,))
    db.conn.executemany(
        "UPDATE speakers SET merged_into = ? WHERE id = ? AND merged_into = ?",
        [(source, s, target) for s in before.get("merged_here", [])],
    )
    write_log(
        db,
        None,
        "undo",
        after,
        {"speaker_id": source, "merged_into": None},
        reviewer,
        undo_of=entry["id"],
    )
    return source


def merge_speakers(
    db: sqlite_utils.Database, source_id: str, target_id: str, reviewer: str
) -> dict[str, Any]:
    """Merge speaker ``source_id`` into ``target_id``; returns the target speaker.

    Quotes (engine and reviewed speaker), aliases and earlier merges into the source move to the
    target; the source row stays with ``merged_into`` set, so a re-ingest where the engine again
    says the source id lands on the target.
    """
    with transaction(db):
        source = fetch_one(db, "SELECT * FROM speakers WHERE id = ?", (source_id,))
        if source is None:
            raise NotFound(f"no speaker {source_id!r}")
        if source["merged_into"] is not None:
            raise ValueError(
                f"speaker {source_id!r} was already merged into {source['merged_into']!r}"
            )
        target = resolve_speaker_id(db, target_id)
        if db.execute("SELECT 1 FROM speakers WHERE id = ?", (target,)).fetchone() is None:
            raise NotFound(f"no speaker {target_id!r}")
        if target == source_id:
            raise ValueError("cannot merge a speaker into itself")
        aliases = [
            r[0]
            for r in db.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
                (source_id,),
            )
        ]
        # What the merge changes, so that undo_last can take it back.
        engine_quotes = [
            r[0]
            for r in db.execute("SELECT id FROM quotes WHERE engine_speaker_id = ?", (source_id,))
        ]
        reviewed_quotes = [
            r[0]
            for r in db.execute("SELECT id FROM quotes WHERE reviewed_speaker_id = ?", (source_id,))
        ]
        merged_here = [
            r[0] for r in db.execute("SELECT id FROM speakers WHERE merged_into = ?", (source_id,))
        ]
        target_aliases = {
            r[0]
            for r in db.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (target,))
        }
        added_aliases = sorted(
            {a.strip() for a in [*aliases, source["name"]] if a} - target_aliases
        )
        moved = len(set(engine_quotes) | set(reviewed_quotes))
        db.execute(
            "UPDATE quotes SET engine_speaker_id = ? WHERE engine_speaker_id = ?",
            (target, source_id),
        )
        db.execute(
            "UPDATE quotes SET reviewed_speaker_id = ? WHERE reviewed_speaker_id = ?",
            (target, source_id),
        )
        add_aliases(db, target, [*aliases, source["name"]])
        db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (source_id,))
        # Keep chains one step long.
        db.execute("UPDATE speakers SET merged_into = ? WHERE merged_into = ?", (target, source_id))
        db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (target, source_id))
        write_log(
            db,
            None,
            "merge",
            {
                "speaker_id": source_id,
                "name": source["name"],
                "kind": source["kind"],
                "aliases": aliases,
                "quotes": moved,
                "engine_quotes": engine_quotes,
                "reviewed_quotes": reviewed_quotes,
                "merged_here": merged_here,
            },
            {"speaker_id": source_id, "merged_into": target, "added_aliases": added_aliases},
            reviewer,
        )
    speaker = find_speaker(db, target)
    assert speaker is not None
    return speaker
