"""Review operations: confirm, reject, correct, undo and speaker merges.

Each changes one quote row (or one speaker's rows) inside a short write transaction and logs
what it did, so two processes deciding on different quotes never lose each other's writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlite_utils

from quotetui.identity import Decision, DecisionKind
from quotetui.model import (
    ANNOTATION_ACTIONS,
    DECISION_ACTIONS,
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
    SpeakerUndoRefused,
    UndoRefused,
    UndoResult,
)
from quotetui.store.identity import (
    deactivate_decision,
    members_of,
    record_decision,
    undo_edit,
)
from quotetui.store.log import next_entry_id, read_entry, set_review_fields, write_log
from quotetui.store.queries import _QUOTE_SELECT, _quote_row, find_speaker, get_quote
from quotetui.store.speakers import add_aliases, resolve_speaker_id, speaker_for_name
from quotetui.store.sql import Conflict, NotFound, fetch_all, fetch_one, marks, now, transaction

_UNSET: Any = object()
# Log actions that change a quote's decision.
_DECIDING = (*(a.value for a in DECISION_ACTIONS), ReviewAction.UNDO.value)


def _current_quote_id(db: sqlite_utils.Database, qid: str) -> str | None:
    """The id a decision now lives under, by the carries logged since: for decisions logged
    before decisions named their entry (``ReviewState.decision_id``) and for merges."""
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
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    with transaction(db):
        seen = get_quote(db, qid)
        if seen is None:
            if expected is not None:
                raise Conflict(qid, None)
            raise NotFound(f"no quote {qid!r}")
        if expected is not None and seen != expected:
            # Compare-and-set: written only over the state the analyst saw.
            raise Conflict(qid, seen)
        before = seen.review
        entry = next_entry_id(db)
        # A decision is a fresh look: it clears a mark for re-review, and names its entry.
        after = before.replace(
            **changes, reviewer=reviewer, reviewed_at=now(), recheck=None, decision_id=entry
        )
        set_review_fields(db, qid, after.to_json())
        write_log(db, qid, action, before, after, reviewer, session=session, entry_id=entry)
    quote = get_quote(db, qid)
    assert quote is not None
    return quote


def confirm(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    *,
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    """Mark the attribution as shown (engine values, or an earlier correction) as right.

    ``expected``: the quote as the analyst saw it; if it is no longer so, ``Conflict`` is
    raised and nothing is written. ``session``: the review session deciding (undo is per
    session)."""
    return _decide(
        db,
        quote_id,
        reviewer,
        ReviewAction.CONFIRM,
        {"status": ReviewStatus.CONFIRMED},
        expected,
        session,
    )


def reject(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    *,
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    """Not a quote, or unattributable (``expected`` and ``session`` as for ``confirm``)."""
    return _decide(
        db,
        quote_id,
        reviewer,
        ReviewAction.REJECT,
        {"status": ReviewStatus.REJECTED},
        expected,
        session,
    )


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
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    """Correct speaker and/or occasion; status becomes ``corrected``.

    ``speaker_id`` picks an existing speaker; ``speaker_name`` finds one by name or alias, or
    creates it (slug id, the name as alias). ``occasion``, ``occasion_date``, ``occasion_type``
    (one of ``model.OccasionType``) and ``occasion_place`` left out keep the current value;
    ``None`` records that there is none (stored as '' so it overrides the engine).
    ``expected`` and ``session`` as for ``confirm`` (a refused correction creates no speaker).
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
        return _decide(db, quote_id, reviewer, ReviewAction.CORRECT, changes, expected, session)


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
    expected: Mapping[str, QuoteRow] | None = None,
    session: str | None = None,
) -> list[QuoteRow]:
    """One occasion for several quotes (all of a speaker's quotes in an article, all quotes of
    one event): each becomes ``corrected`` with these values, in one transaction, each with
    its row in the log; the rows share a batch, so one undo takes them all back.

    ``expected``: quotes as the analyst saw them, by id; if any of them changed since, nothing
    is written (``Conflict``). ``session`` as for ``confirm``."""
    changes = _occasion_changes(occasion, occasion_date, occasion_type, occasion_place)
    changes["status"] = ReviewStatus.CORRECTED
    ids = list(dict.fromkeys(quote_ids))
    with transaction(db):
        # The batch is the id the first row will get (ids are AUTOINCREMENT, never reused,
        # and the write lock is held): the log is append-only, so it is known before.
        batch = next_entry_id(db)
        at = now()
        for index, qid in enumerate(ids):
            seen = get_quote(db, qid)
            if seen is None:
                raise NotFound(f"no quote {qid!r}")
            if expected is not None and qid in expected and seen != expected[qid]:
                raise Conflict(qid, seen)
            before = seen.review
            entry = next_entry_id(db)
            after = before.replace(
                **changes, reviewer=reviewer, reviewed_at=at, recheck=None, decision_id=entry
            )
            set_review_fields(db, qid, after.to_json())
            written = write_log(
                db, qid, ReviewAction.CORRECT, before, after, reviewer, None, batch,
                session=session, entry_id=entry,
            )  # fmt: skip
            if index == 0 and written != batch:
                raise RuntimeError("the review log's ids are not in sequence")
    rows = [get_quote(db, qid) for qid in ids]
    return [row for row in rows if row is not None]


# --------------------------------------------------------------------------- many at once

# The columns of quotes_final that come from the quote's own row, but its note and flag:
# what a decision rests on. A quote whose values differ from the ones the analyst counted is
# not decided by a bulk decision.
_VERSION_FIELDS = tuple(
    f.name
    for f in fields(QuoteRow)
    if f.name not in ("note", "flag", "speaker_name", "speaker_kind", "engine_speaker_name")
    and not f.name.startswith("document_")
)
QuoteVersion = tuple[Any, ...]


def quote_version(quote: QuoteRow) -> QuoteVersion:
    """What a decision on ``quote`` rests on, to compare later (``decide_many``): the engine's
    answer, the analyst's decision and the words, without the names shown beside them."""
    return tuple(getattr(quote, name) for name in _VERSION_FIELDS)


@dataclass(frozen=True)
class BulkResult:
    """What ``decide_many`` did: the quotes decided, those skipped because they changed since
    they were counted (or are gone), and the batch the log rows share (None: nothing done)."""

    decided: tuple[str, ...]
    skipped: tuple[str, ...]
    batch: int | None


_BULK_ACTIONS = {
    ReviewAction.CONFIRM: ReviewStatus.CONFIRMED,
    ReviewAction.REJECT: ReviewStatus.REJECTED,
}


def decide_many(
    db: sqlite_utils.Database,
    action: ReviewAction,
    expected: Mapping[str, QuoteVersion],
    reviewer: str,
    *,
    session: str | None = None,
) -> BulkResult:
    """Confirm or reject many quotes as one step: each quote of ``expected`` (id → its
    ``quote_version`` when the analyst counted it) that is still so, in one transaction, each
    with its row in the log; the rows share a batch, so one undo takes them all back. A quote
    that changed since (someone decided it, an ingest moved it) is skipped, never overwritten."""
    status = _BULK_ACTIONS.get(action)
    if status is None:
        raise ValueError(f"a bulk decision confirms or rejects, not {action.value!r}")
    ids = list(expected)
    decided: list[str] = []
    skipped: list[str] = []
    with transaction(db):
        batch = next_entry_id(db)
        entry = batch
        at = now()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = {
                row["id"]: _quote_row(row)
                for row in fetch_all(db, _QUOTE_SELECT + f" WHERE q.id IN ({marks(chunk)})", chunk)
            }
            for qid in chunk:
                seen = rows.get(qid)
                if seen is None or quote_version(seen) != expected[qid]:
                    skipped.append(qid)
                    continue
                before = seen.review
                after = before.replace(
                    status=status, reviewer=reviewer, reviewed_at=at, recheck=None,
                    decision_id=entry,
                )  # fmt: skip
                set_review_fields(db, qid, after.to_json())
                written = write_log(
                    db, qid, action, before, after, reviewer, None, batch, session=session,
                    entry_id=entry,
                )  # fmt: skip
                if written != entry:
                    raise RuntimeError("the review log's ids are not in sequence")
                decided.append(qid)
                entry += 1
    return BulkResult(tuple(decided), tuple(skipped), batch if decided else None)


# --------------------------------------------------------------------------- notes and flags


def set_note(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    note: str | None,
    *,
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    """Write the analyst's note on a quote (None or blank: no note), logged; its decision is
    left as it is. ``expected``: the quote as the analyst saw it; if its note or flag changed
    since, ``Conflict`` (nothing written). ``session`` as for ``confirm``."""
    text = note.strip() if note is not None else ""
    return _annotate(
        db, quote_id, reviewer, ReviewAction.NOTE, {"note": text or None}, expected, session
    )


def set_flag(
    db: sqlite_utils.Database,
    quote_id: str,
    reviewer: str,
    flag: bool,
    *,
    expected: QuoteRow | None = None,
    session: str | None = None,
) -> QuoteRow:
    """Flag a quote "check later" (or take the flag off), logged; ``expected`` and ``session``
    as for ``set_note``."""
    return _annotate(
        db, quote_id, reviewer, ReviewAction.FLAG, {"flag": bool(flag)}, expected, session
    )


def _annotate(
    db: sqlite_utils.Database,
    qid: str,
    reviewer: str,
    action: ReviewAction,
    changes: dict[str, Any],
    expected: QuoteRow | None,
    session: str | None,
) -> QuoteRow:
    with transaction(db):
        seen = get_quote(db, qid)
        if seen is None:
            if expected is not None:
                raise Conflict(qid, None)
            raise NotFound(f"no quote {qid!r}")
        if expected is not None and (seen.note, seen.flag) != (expected.note, expected.flag):
            raise Conflict(qid, seen)
        before = seen.review
        after = before.replace(**changes)
        if after != before:
            set_review_fields(db, qid, changes)
            write_log(db, qid, action, before, after, reviewer, session=session)
    quote = get_quote(db, qid)
    assert quote is not None
    return quote


def _undo_annotation(
    db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str, session: str | None
) -> DecisionUndone | UndoRefused:
    """Take back a note or a flag, unless it was changed again since (by anyone)."""
    before, after = entry.before, entry.after
    assert isinstance(before, ReviewState) and isinstance(after, ReviewState)
    assert entry.quote_id is not None
    qid = _current_quote_id(db, entry.quote_id)
    if qid is None:
        write_log(
            db, entry.quote_id, ReviewAction.UNDO, None, before, reviewer, entry.id,
            session=session,
        )  # fmt: skip
        return DecisionUndone(entry.action, entry.quote_id)
    current = _review_state(db, qid)
    assert current is not None
    # Only the field this entry changed: a note written since does not hold back a flag's undo.
    field = "note" if entry.action is ReviewAction.NOTE else "flag"
    if getattr(current, field) != getattr(after, field):
        return UndoRefused(entry.id, entry.action, qid, current)
    restored = current.replace(**{field: getattr(before, field)})
    set_review_fields(db, qid, {field: getattr(restored, field)})
    write_log(
        db, qid, ReviewAction.UNDO, current, restored, reviewer, undo_of=entry.id, session=session
    )
    return DecisionUndone(entry.action, qid)


# --------------------------------------------------------------------------- undo


def undo_last(
    db: sqlite_utils.Database,
    reviewer: str,
    *,
    session: str | None = None,
    skip: Iterable[int] = (),
) -> UndoResult | None:
    """Take back the most recent decision or speaker merge not undone yet: ``session``'s when
    given (undo belongs to the session that decided), else ``reviewer``'s. ``skip``: log entries
    to pass over (undos refused before).

    Logs an 'undo' row pointing at it, so the next call goes one step further back. Returns
    what was undone (``DecisionUndone`` with the id the decision lives under now, or
    ``MergeUndone`` with the speaker split off again); ``UndoRefused`` when someone decided the
    quote since (nothing is written: a later decision is never overwritten); None when nothing
    is left.
    """
    actions = [a.value for a in UNDOABLE_ACTIONS]
    passed = sorted(set(skip))
    owner, who = ("r.session = ?", session) if session is not None else ("r.reviewer = ?", reviewer)
    with transaction(db):
        row = fetch_one(
            db,
            f"SELECT * FROM reviews r WHERE {owner} AND r.action IN ({marks(actions)})"
            f" AND r.id NOT IN ({marks(passed)})"
            " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id)"
            " ORDER BY r.id DESC LIMIT 1",
            (who, *actions, *passed),
        )
        if row is None:
            return None
        entry = read_entry(row)
        if entry.action is ReviewAction.MERGE:
            refusal = _merge_undo_refusal(db, entry)
            if refusal is not None:
                return refusal
            _unmerge_members(db, entry)
            return _undo_merge(db, entry, reviewer, session)
        if entry.action in SPEAKER_ACTIONS:
            return undo_edit(db, entry, reviewer, session=session)
        if entry.action in ANNOTATION_ACTIONS:
            return _undo_annotation(db, entry, reviewer, session)
        if entry.batch is not None:
            return _undo_batch(db, entry, reviewer, session)
        return _undo_decision(db, entry, reviewer, session)


def _merge_undo_refusal(db: sqlite_utils.Database, entry: ReviewEntry) -> SpeakerUndoRefused | None:
    """A merge is not taken back over the quotes someone decided since under the speaker it
    merged into: the undo would give them back to the other speaker."""
    before, after = entry.before, entry.after
    assert isinstance(before, MergedSpeaker) and isinstance(after, MergeLink)
    ids = sorted(
        {q for q in (_current_quote_id(db, i) for i in (*before.engine_quotes,
                                                         *before.reviewed_quotes)) if q}
    )  # fmt: skip
    decided: list[str] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        decided += [r or "someone" for (r,) in db.execute(
            f"SELECT reviewer FROM quotes WHERE id IN ({marks(chunk)}) AND decision_id > ?"
            " AND status != 'unreviewed'", (*chunk, entry.id))]  # fmt: skip
    if not decided:
        return None
    target = resolve_speaker_id(db, after.merged_into) or after.merged_into
    name = db.execute("SELECT name FROM speakers WHERE id = ?", (target,)).fetchone()
    who = ", ".join(sorted(set(decided)))
    return SpeakerUndoRefused(
        entry.id, entry.action, before.speaker_id,
        f"{who} decided {len(decided)} of its quotes under {name[0] if name else target!r}"
        " since",
    )  # fmt: skip


def _unmerge_members(db: sqlite_utils.Database, entry: ReviewEntry) -> None:
    """The articles' speakers a merge moved go back to the source, and identity forgets it;
    one split off elsewhere since stays there."""
    row = db.execute(
        "SELECT payload FROM speaker_decisions WHERE review_id = ? AND active = 1", (entry.id,)
    ).fetchone()
    deactivate_decision(db, entry.id)
    if row is None:
        return
    payload = json.loads(row[0])
    after = entry.after
    assert isinstance(after, MergeLink)
    target = resolve_speaker_id(db, after.merged_into) or after.merged_into
    db.conn.executemany(
        "UPDATE article_speakers SET speaker_id = ? WHERE document_id = ? AND local_id = ?"
        " AND speaker_id = ?",
        [(payload["other_id"], d, local, target) for d, local in payload["other_members"] or ()],
    )


def _undo_batch(
    db: sqlite_utils.Database, last: ReviewEntry, reviewer: str, session: str | None
) -> DecisionsUndone | UndoRefused:
    """Take back every decision of a batch that is not undone yet, as one step; those someone
    decided over since are left alone (all of them: UndoRefused for the last)."""
    owner, who = ("r.session = ?", session) if session is not None else ("r.reviewer = ?", reviewer)
    rows = fetch_all(
        db,
        f"SELECT * FROM reviews r WHERE r.batch = ? AND {owner}"
        " AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undo_of = r.id) ORDER BY r.id DESC",
        (last.batch, who),
    )
    results = [_undo_decision(db, read_entry(row), reviewer, session) for row in rows]
    undone = [r.quote_id for r in results if isinstance(r, DecisionUndone)]
    if not undone:
        refused = [r for r in results if isinstance(r, UndoRefused)]
        if refused:
            return refused[0]
    return DecisionsUndone(last.action, tuple(reversed(undone)))


def _holder(db: sqlite_utils.Database, entry: ReviewEntry) -> tuple[str | None, bool]:
    """Where the decision of ``entry`` is, and whether it is still in force there: (the id of
    the quote that holds it or last held it, None when that is gone; in force)."""
    assert isinstance(entry.after, ReviewState) and entry.quote_id is not None
    found = db.execute(
        "SELECT id FROM quotes WHERE decision_id = ? LIMIT 1", (entry.id,)
    ).fetchone()
    if found is not None:
        return found[0], True
    # Not named on any quote: decided over since, an entry from before decisions were named,
    # or the quote is gone. The carries logged since say where it went.
    qid = _follow(db, entry)
    if qid is None:
        return None, False
    current = _review_state(db, qid)
    assert current is not None
    if current.decision_id is not None:
        return qid, False  # another decision is in force there
    # A quote decided before decisions were named: in force unless the log has a decision (or
    # an undo) on that quote after this one.
    later = db.execute(
        f"SELECT 1 FROM reviews WHERE id > ? AND quote_id = ? AND action IN ({marks(_DECIDING)})"
        " LIMIT 1",
        (entry.id, qid, *_DECIDING),
    ).fetchone()
    return qid, later is None and current.status is entry.after.status


def _follow(db: sqlite_utils.Database, entry: ReviewEntry) -> str | None:
    """The quote a decision was carried to, by the carries logged after it."""
    assert entry.quote_id is not None
    current, at = entry.quote_id, entry.id
    for _ in range(1000):
        row = db.execute(
            "SELECT id, quote_id FROM reviews WHERE action = 'carry' AND id > ?"
            " AND json_extract(before, '$.quote_id') = ?"
            " AND json_extract(before, '$.reviewed_at') IS ?"
            " ORDER BY id LIMIT 1",
            (at, current, getattr(entry.after, "reviewed_at", None)),
        ).fetchone()
        if row is None:
            break
        at, current = row
    exists = db.execute("SELECT 1 FROM quotes WHERE id = ?", (current,)).fetchone()
    return current if exists else None


def _undo_decision(
    db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str, session: str | None
) -> DecisionUndone | UndoRefused:
    assert isinstance(entry.before, ReviewState) and entry.quote_id is not None
    qid, in_force = _holder(db, entry)
    before = entry.before
    # The speaker it pointed to may have been merged away since.
    restored = before.replace(
        reviewed_speaker_id=resolve_speaker_id(db, before.reviewed_speaker_id)
    )
    if qid is None:
        # The quote is gone (only unreviewed quotes are ever deleted); record the undo so the
        # next call moves on.
        write_log(
            db, entry.quote_id, ReviewAction.UNDO, None, restored, reviewer, entry.id,
            session=session,
        )  # fmt: skip
        return DecisionUndone(entry.action, entry.quote_id)
    current = _review_state(db, qid)
    assert current is not None
    if not in_force:
        return UndoRefused(entry.id, entry.action, qid, current)
    # A note or a flag is not part of the decision: it stays as it is now.
    restored = restored.replace(note=current.note, flag=current.flag)
    restored = _still_marked(db, qid, restored, current)
    set_review_fields(db, qid, restored.to_json())
    write_log(
        db, qid, ReviewAction.UNDO, current, restored, reviewer, undo_of=entry.id, session=session
    )
    return DecisionUndone(entry.action, qid)


def _still_marked(
    db: sqlite_utils.Database, qid: str, restored: ReviewState, current: ReviewState
) -> ReviewState:
    """The restored decision keeps the marks ingest set since (its words or the engine's
    speaker changed after it too), and is marked when it is older than the article as last
    ingested: what the engine said when it was made is not known any more."""
    if restored.status is ReviewStatus.UNREVIEWED:
        return restored.replace(recheck=None)
    reasons = [r for r in (restored.recheck or "").split("; ") if r]
    reasons += [r for r in (current.recheck or "").split("; ") if r and r not in reasons]
    row = db.execute(
        "SELECT d.ingested_at FROM quotes q JOIN documents d ON d.id = q.document_id"
        " WHERE q.id = ?",
        (qid,),
    ).fetchone()
    older = restored.reviewed_at is not None and row is not None and row[0] > restored.reviewed_at
    if older and not reasons:
        reasons.append("restored by an undo after the article was ingested again")
    return restored.replace(recheck="; ".join(reasons) or None)


def _undo_merge(
    db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str, session: str | None
) -> MergeUndone:
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
    write_log(
        db, None, ReviewAction.UNDO, after, SpeakerSplit(source), reviewer, entry.id,
        session=session,
    )  # fmt: skip
    return MergeUndone(source, target)


# --------------------------------------------------------------------------- merges


def merge_speakers(
    db: sqlite_utils.Database,
    source_id: str,
    target_id: str,
    reviewer: str,
    *,
    session: str | None = None,
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
        review = write_log(db, None, ReviewAction.MERGE, moved, link, reviewer, session=session)
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
