"""Review operations: confirm, reject, correct, undo and speaker merges.

Each changes one quote row (or one speaker's rows) inside a short write transaction and logs
what it did, so two processes deciding on different quotes never lose each other's writes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from quotetui.identity import Decision, DecisionKind
from quotetui.model import (
    SPEAKER_ACTIONS,
    UNDOABLE_ACTIONS,
    DecisionsUndone,
    DecisionUndone,
    MergedSpeaker,
    MergeLink,
    MergeUndone,
    OccasionType,
    QuoteRow,
    ReviewAction,
    ReviewEntry,
    ReviewState,
    ReviewStatus,
    SpeakerRow,
    SpeakerSplit,
    UndoResult,
)
from quotetui.store.identity import (
    deactivate_decision,
    members_of,
    record_decision,
    undo_edit,
)
from quotetui.store.log import read_entry, set_review_fields, write_log
from quotetui.store.queries import find_speaker, get_quote
from quotetui.store.speakers import add_aliases, resolve_speaker_id, speaker_for_name
from quotetui.store.sql import NotFound, fetch_all, fetch_one, marks, now, transaction

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


def _review_state(db: sqlite_utils.Database, qid: str) -> ReviewState | None:
    row = fetch_one(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
    return None if row is None else ReviewState.from_json(row)


def _decide(
    db: sqlite_utils.Database,
    qid: str,
    reviewer: str,
    action: ReviewAction,
    changes: dict[str, Any],
) -> QuoteRow:
    with transaction(db):
        before = _review_state(db, qid)
        if before is None:
            raise NotFound(f"no quote {qid!r}")
        after = before.replace(**changes, reviewer=reviewer, reviewed_at=now())
        set_review_fields(db, qid, after.to_json())
        write_log(db, qid, action, before, after, reviewer)
    quote = get_quote(db, qid)
    assert quote is not None
    return quote


def confirm(db: sqlite_utils.Database, quote_id: str, reviewer: str) -> QuoteRow:
    """Mark the attribution as shown (engine values, or an earlier correction) as right."""
    return _decide(db, quote_id, reviewer, ReviewAction.CONFIRM, {"status": ReviewStatus.CONFIRMED})


def reject(db: sqlite_utils.Database, quote_id: str, reviewer: str) -> QuoteRow:
    """Not a quote, or unattributable."""
    return _decide(db, quote_id, reviewer, ReviewAction.REJECT, {"status": ReviewStatus.REJECTED})


def correct(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    speaker_name: str | None = None,
    *,
    speaker_id: str | None = None,
    occasion: str | None = _UNSET,
    occasion_date: str | None = _UNSET,
    occasion_type: str | None = _UNSET,
    occasion_place: str | None = _UNSET,
) -> QuoteRow:
    """Correct speaker and/or occasion; status becomes ``corrected``.

    ``speaker_id`` picks an existing speaker; ``speaker_name`` finds one by name or alias, or
    creates it (slug id, the name as alias). ``occasion``, ``occasion_date``, ``occasion_type``
    (one of ``model.OccasionType``) and ``occasion_place`` left out keep the current value;
    ``None`` records that there is none (stored as '' so it overrides the engine).
    """
    changes: dict[str, Any] = {"status": ReviewStatus.CORRECTED}
    with transaction(db):
        if speaker_id is not None:
            resolved = resolve_speaker_id(db, speaker_id)
            if db.execute("SELECT 1 FROM speakers WHERE id = ?", (resolved,)).fetchone() is None:
                raise NotFound(f"no speaker {speaker_id!r}")
            changes["reviewed_speaker_id"] = resolved
        elif speaker_name is not None and speaker_name.strip():
            changes["reviewed_speaker_id"] = speaker_for_name(db, speaker_name.strip())
        changes.update(_occasion_changes(occasion, occasion_date, occasion_type, occasion_place))
        return _decide(db, quote_id, reviewer, ReviewAction.CORRECT, changes)


def _occasion_changes(
    occasion: str | None, occasion_date: str | None, occasion_type: str | None,
    occasion_place: str | None,
) -> dict[str, Any]:  # fmt: skip
    if occasion_type is not _UNSET and occasion_type is not None:
        OccasionType(occasion_type)  # refuses a type outside the closed set
    changes: dict[str, Any] = {}
    for column, value in (
        ("reviewed_occasion", occasion),
        ("reviewed_occasion_date", occasion_date),
        ("reviewed_occasion_type", occasion_type),
        ("reviewed_occasion_place", occasion_place),
    ):
        if value is not _UNSET:
            changes[column] = "" if value is None else str(value)
    return changes


def correct_occasions(
    db: sqlite_utils.Database,
    quote_ids: Sequence[str],
    reviewer: str,
    *,
    occasion: str | None = _UNSET,
    occasion_date: str | None = _UNSET,
    occasion_type: str | None = _UNSET,
    occasion_place: str | None = _UNSET,
) -> list[QuoteRow]:
    """One occasion for several quotes (all of a speaker's quotes in an article, all quotes of
    one event): each becomes ``corrected`` with these values, in one transaction, each with
    its row in the log; the rows share a batch, so one undo takes them all back."""
    changes = _occasion_changes(occasion, occasion_date, occasion_type, occasion_place)
    changes["status"] = ReviewStatus.CORRECTED
    ids = list(dict.fromkeys(quote_ids))
    with transaction(db):
        # The batch is the id the first row will get (ids are AUTOINCREMENT, never reused,
        # and the write lock is held): the log is append-only, so it is known before.
        seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'reviews'").fetchone()
        batch = (seq[0] if seq else 0) + 1
        at = now()
        for index, qid in enumerate(ids):
            before = _review_state(db, qid)
            if before is None:
                raise NotFound(f"no quote {qid!r}")
            after = before.replace(**changes, reviewer=reviewer, reviewed_at=at)
            set_review_fields(db, qid, after.to_json())
            written = write_log(db, qid, ReviewAction.CORRECT, before, after, reviewer, None, batch)
            if index == 0 and written != batch:
                raise RuntimeError("the review log's ids are not in sequence")
    rows = [get_quote(db, qid) for qid in ids]
    return [row for row in rows if row is not None]


# --------------------------------------------------------------------------- undo


def undo_last(db: sqlite_utils.Database, reviewer: str) -> UndoResult | None:
    """Take back ``reviewer``'s most recent decision or speaker merge that is not undone yet.

    Logs an 'undo' row pointing at it, so the next call goes one step further back. Returns
    what was undone (``DecisionUndone`` with the id the decision lives under now, or
    ``MergeUndone`` with the speaker split off again); None when nothing is left.
    """
    actions = [a.value for a in UNDOABLE_ACTIONS]
    with transaction(db):
        row = fetch_one(
            db,
            f"SELECT * FROM reviews r WHERE r.reviewer = ? AND r.action IN ({marks(actions)})"
            " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id)"
            " ORDER BY r.id DESC LIMIT 1",
            (reviewer, *actions),
        )
        if row is None:
            return None
        entry = read_entry(row)
        if entry.action is ReviewAction.MERGE:
            _unmerge_members(db, entry.id)
            return _undo_merge(db, entry, reviewer)
        if entry.action in SPEAKER_ACTIONS:
            return undo_edit(db, entry, reviewer)
        if entry.batch is not None:
            return _undo_batch(db, entry, reviewer)
        return _undo_decision(db, entry, reviewer)


def _unmerge_members(db: sqlite_utils.Database, review_id: int) -> None:
    """The articles' speakers a merge moved go back to the source, and identity forgets it."""
    row = db.execute(
        "SELECT payload FROM speaker_decisions WHERE review_id = ? AND active = 1", (review_id,)
    ).fetchone()
    deactivate_decision(db, review_id)
    if row is None:
        return
    payload = json.loads(row[0])
    db.conn.executemany(
        "UPDATE article_speakers SET speaker_id = ? WHERE document_id = ? AND local_id = ?",
        [(payload["other_id"], d, local) for d, local in payload.get("other_members") or ()],
    )


def _undo_batch(db: sqlite_utils.Database, last: ReviewEntry, reviewer: str) -> DecisionsUndone:
    """Take back every decision of a batch that is not undone yet, as one step."""
    rows = fetch_all(
        db,
        "SELECT * FROM reviews r WHERE r.batch = ? AND r.reviewer = ?"
        " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id) ORDER BY r.id DESC",
        (last.batch, reviewer),
    )
    undone = [_undo_decision(db, read_entry(row), reviewer).quote_id for row in rows]
    return DecisionsUndone(last.action, tuple(reversed(undone)))


def _undo_decision(db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str) -> DecisionUndone:
    assert isinstance(entry.before, ReviewState) and entry.quote_id is not None
    # The speaker it pointed to may have been merged away since.
    restored = entry.before.replace(
        reviewed_speaker_id=resolve_speaker_id(db, entry.before.reviewed_speaker_id)
    )
    qid = _current_quote_id(db, entry.quote_id)
    if qid is None:
        # The quote is gone (only unreviewed quotes are ever deleted); record the undo so the
        # next call moves on.
        write_log(db, entry.quote_id, ReviewAction.UNDO, None, restored, reviewer, entry.id)
        return DecisionUndone(entry.action, entry.quote_id)
    current = _review_state(db, qid)
    set_review_fields(db, qid, restored.to_json())
    write_log(db, qid, ReviewAction.UNDO, current, restored, reviewer, undo_of=entry.id)
    return DecisionUndone(entry.action, qid)


def _undo_merge(db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str) -> MergeUndone:
    """Split a merged speaker off again: its quotes, aliases and the merges that went into it
    return to it from wherever the merge target has gone since. Quotes a later ingest created
    keep the target until the next ingest, which asks the engine again."""
    before, after = entry.before, entry.after
    assert isinstance(before, MergedSpeaker) and isinstance(after, MergeLink)
    source = before.speaker_id
    target = resolve_speaker_id(db, after.merged_into)
    for column, ids in (
        ("engine_speaker_id", before.engine_quotes),
        ("reviewed_speaker_id", before.reviewed_quotes),
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
        [(target, a) for a in after.added_aliases],
    )
    add_aliases(db, source, [a for a in before.aliases if a in on_target])
    db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (source,))
    db.conn.executemany(
        "UPDATE speakers SET merged_into = ? WHERE id = ? AND merged_into = ?",
        [(source, s, target) for s in before.merged_here],
    )
    write_log(db, None, ReviewAction.UNDO, after, SpeakerSplit(source), reviewer, entry.id)
    return MergeUndone(source, target)


# --------------------------------------------------------------------------- merges


def merge_speakers(
    db: sqlite_utils.Database, source_id: str, target_id: str, reviewer: str
) -> SpeakerRow:
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
        if target is None or _missing(db, target):
            raise NotFound(f"no speaker {target_id!r}")
        if target == source_id:
            raise ValueError("cannot merge a speaker into itself")
        moved = _merged_speaker(db, source)
        decision = Decision(
            DecisionKind.MERGE,
            target,
            members_of(db, target),
            source_id,
            members_of(db, source_id),
            by=reviewer,
        )
        target_aliases = set(_column(db, "alias", "speaker_aliases", "speaker_id", target))
        added_aliases = sorted(
            {a.strip() for a in [*moved.aliases, moved.name] if a} - target_aliases
        )
        db.execute(
            "UPDATE quotes SET engine_speaker_id = ? WHERE engine_speaker_id = ?",
            (target, source_id),
        )
        db.execute(
            "UPDATE quotes SET reviewed_speaker_id = ? WHERE reviewed_speaker_id = ?",
            (target, source_id),
        )
        add_aliases(db, target, [*moved.aliases, moved.name])
        db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (source_id,))
        # Keep chains one step long.
        db.execute("UPDATE speakers SET merged_into = ? WHERE merged_into = ?", (target, source_id))
        db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (target, source_id))
        db.execute(
            "UPDATE article_speakers SET speaker_id = ? WHERE speaker_id = ?", (target, source_id)
        )
        link = MergeLink(source_id, target, tuple(added_aliases))
        review = write_log(db, None, ReviewAction.MERGE, moved, link, reviewer)
        # What identity joins on every ingest from now on.
        record_decision(db, review, decision)
    speaker = find_speaker(db, target)
    assert speaker is not None
    return speaker


def _merged_speaker(db: sqlite_utils.Database, source: dict[str, Any]) -> MergedSpeaker:
    """What a merge of ``source`` changes, so that undo_last can take it back."""
    sid = source["id"]
    engine_quotes = _column(db, "id", "quotes", "engine_speaker_id", sid)
    reviewed_quotes = _column(db, "id", "quotes", "reviewed_speaker_id", sid)
    return MergedSpeaker(
        speaker_id=sid,
        name=source["name"],
        kind=source["kind"],
        aliases=tuple(sorted(_column(db, "alias", "speaker_aliases", "speaker_id", sid))),
        quotes=len(set(engine_quotes) | set(reviewed_quotes)),
        engine_quotes=tuple(engine_quotes),
        reviewed_quotes=tuple(reviewed_quotes),
        merged_here=tuple(_column(db, "id", "speakers", "merged_into", sid)),
    )


def _column(db: sqlite_utils.Database, column: str, table: str, key: str, value: str) -> list[str]:
    sql = f"SELECT {column} FROM {table} WHERE {key} = ?"
    return [r[0] for r in db.execute(sql, (value,))]


def _missing(db: sqlite_utils.Database, speaker_id: str) -> bool:
    return db.execute("SELECT 1 FROM speakers WHERE id = ?", (speaker_id,)).fetchone() is None
