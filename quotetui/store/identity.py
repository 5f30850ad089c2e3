"""Speakers across articles in the store: identity run over every stored article, and the
analysts' speaker decisions (rename, kind, split, "different people", merge) kept as its inputs.

Ingest stores each article's own speakers (``article_speakers``) and gives their quotes a
provisional corpus speaker; :func:`resolve_identity` then runs ``quotetui.identity`` over all
articles and the active decisions and writes what it says: the speakers, their aliases, each
quote's engine speaker, why names were joined (``speaker_evidence``) and the pairs that may be
one speaker (``speaker_duplicates``). The outcome depends on the articles and the decisions
only, never on what the database held before or the order articles came in. Speakers that
identity no longer gives point (``merged_into``) to the one now holding their article speakers,
so an analyst's decision naming them still lands.

Every speaker operation here changes the rows at once (the review app shows it) and records a
decision that the next :func:`resolve_identity` applies again: an analyst's choice survives
re-ingest. Each is one transaction, logged, and undoable.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from quotetui import identity
from quotetui.identity import Decision, DecisionKind, MemberKey
from quotetui.model import (
    ReviewAction,
    ReviewEntry,
    ReviewState,
    ReviewStatus,
    SpeakerEdit,
    SpeakerEditUndone,
    SpeakerKind,
    SpeakerRecord,
    SpeakerUndoRefused,
)
from quotetui.names import name_key, slugify
from quotetui.store.log import next_entry_id, set_review_fields, write_log
from quotetui.store.speakers import add_aliases, resolve_speaker_id
from quotetui.store.sql import NotFound, fetch_all, fetch_one, marks, now, transaction


@dataclass(frozen=True)
class IdentityReport:
    speakers: int  # speakers identity gives
    moved: int  # articles' speakers whose corpus speaker changed
    duplicates: int  # pairs offered for review


@dataclass(frozen=True)
class DuplicateRow:
    a: str
    b: str
    a_name: str
    b_name: str
    a_quotes: int
    b_quotes: int
    score: float
    rule: str
    evidence: str


@dataclass(frozen=True)
class EvidenceRow:
    rule: str
    a: str  # "document id: name"
    b: str
    evidence: str
    score: float | None


# --------------------------------------------------------------------------- reading inputs


def _articles(db: sqlite_utils.Database) -> list[identity.Article]:
    docs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for doc_id, people, names in db.execute("SELECT id, people, names FROM documents"):
        docs[doc_id] = (tuple(json.loads(people or "[]")), tuple(json.loads(names or "[]")))
    speakers: dict[str, list[SpeakerRecord]] = defaultdict(list)
    for doc_id, record in db.execute("SELECT document_id, record FROM article_speakers"):
        speakers[doc_id].append(SpeakerRecord.from_json(json.loads(record)))
    return [
        identity.Article(doc_id, tuple(speakers[doc_id]), *docs.get(doc_id, ((), ())))
        for doc_id in sorted(speakers)
    ]


def decisions(db: sqlite_utils.Database) -> list[Decision]:
    """The active speaker decisions, oldest first."""
    out = []
    for (payload,) in db.execute(
        "SELECT payload FROM speaker_decisions WHERE active = 1 ORDER BY id"
    ):
        out.append(_decision(json.loads(payload)))
    return out


def _decision(data: dict[str, Any]) -> Decision:
    kind = data.get("speaker_kind")
    return Decision(
        kind=DecisionKind(data["kind"]),
        speaker_id=data["speaker_id"],
        members=tuple((m[0], m[1]) for m in data.get("members") or ()),
        other_id=data.get("other_id"),
        other_members=tuple((m[0], m[1]) for m in data.get("other_members") or ()),
        name=data.get("name"),
        speaker_kind=SpeakerKind(kind) if kind else None,
        by=data.get("by"),
    )


def _decision_json(d: Decision) -> str:
    return json.dumps(
        {
            "kind": d.kind.value,
            "speaker_id": d.speaker_id,
            "members": [list(m) for m in d.members],
            "other_id": d.other_id,
            "other_members": [list(m) for m in d.other_members],
            "name": d.name,
            "speaker_kind": None if d.speaker_kind is None else d.speaker_kind.value,
            "by": d.by,
        },
        ensure_ascii=False,
    )


def record_decision(db: sqlite_utils.Database, review_id: int, decision: Decision) -> None:
    db.execute(
        "INSERT INTO speaker_decisions (review_id, action, payload) VALUES (?, ?, ?)",
        (review_id, decision.kind.value, _decision_json(decision)),
    )


def deactivate_decision(db: sqlite_utils.Database, review_id: int) -> None:
    db.execute("UPDATE speaker_decisions SET active = 0 WHERE review_id = ?", (review_id,))


def _analyst_speakers(db: sqlite_utils.Database) -> list[identity.AnalystSpeaker]:
    rows = fetch_all(
        db,
        "SELECT s.id, s.name, s.kind, (SELECT json_group_array(alias) FROM speaker_aliases a"
        " WHERE a.speaker_id = s.id) AS aliases FROM speakers s"
        " WHERE s.origin = 'analyst' AND s.merged_into IS NULL ORDER BY s.id",
    )
    return [
        identity.AnalystSpeaker(
            r["id"], r["name"], SpeakerKind(r["kind"]) if r["kind"] else None,
            tuple(json.loads(r["aliases"] or "[]")),
        )
        for r in rows
    ]  # fmt: skip


def members_of(db: sqlite_utils.Database, speaker_id: str) -> tuple[MemberKey, ...]:
    rows = db.execute(
        "SELECT document_id, local_id FROM article_speakers WHERE speaker_id = ?"
        " ORDER BY document_id, local_id",
        (speaker_id,),
    )
    return tuple((d, local) for d, local in rows)


# --------------------------------------------------------------------------- resolving


def resolve_identity(db: sqlite_utils.Database) -> IdentityReport:
    """Run identity over every stored article and the active decisions, and store its answer
    (see the module docstring). One transaction."""
    with transaction(db):
        reserved = {
            d.other_id for d in decisions(db) if d.kind is DecisionKind.MERGE and d.other_id
        }
        corpus = identity.resolve(
            _articles(db), decisions(db), _analyst_speakers(db), reserved=reserved
        )
        return _store(db, corpus)


def _store(db: sqlite_utils.Database, corpus: identity.Identity) -> IdentityReport:
    before: dict[MemberKey, str | None] = {
        (d, local): sid
        for d, local, sid in db.execute(
            "SELECT document_id, local_id, speaker_id FROM article_speakers"
        )
    }
    existing = {
        r["id"]: r
        for r in fetch_all(db, "SELECT id, name, kind, merged_into, origin FROM speakers")
    }
    stamp = now()
    live = {s.id for s in corpus.speakers}
    for s in corpus.speakers:
        kind = None if s.kind is None else s.kind.value
        if s.id in existing:
            db.execute(
                "UPDATE speakers SET name = ?, kind = ?, merged_into = NULL WHERE id = ?",
                (s.name, kind, s.id),
            )
        else:
            db.execute(
                "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                (s.id, s.name, kind, stamp),
            )
    # Aliases: identity's, for the speakers it gives (an analyst's speaker keeps its own too).
    ids = sorted(live)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        db.execute(
            f"DELETE FROM speaker_aliases WHERE speaker_id IN ({marks(chunk)})"
            " AND speaker_id NOT IN (SELECT id FROM speakers WHERE origin = 'analyst')",
            chunk,
        )
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        [
            (s.id, alias, name_key(alias))
            for s in corpus.speakers
            for alias in {s.name, *s.aliases}
            if alias.strip()
        ],
    )
    moved = [(sid, key) for key, sid in corpus.assignment.items() if before.get(key) != sid]
    db.conn.executemany(
        "UPDATE article_speakers SET speaker_id = ? WHERE document_id = ? AND local_id = ?",
        [(sid, d, local) for sid, (d, local) in moved],
    )
    db.conn.executemany(
        "UPDATE quotes SET engine_speaker_id = ? WHERE document_id = ?"
        " AND engine_local_speaker = ? AND engine_speaker_id IS NOT ?",
        [(sid, d, local, sid) for sid, (d, local) in moved],
    )
    # Speakers identity no longer gives: to the speaker now holding most of their articles'
    # speakers, with the analysts' answers that named them.
    held: dict[str, Counter[str]] = defaultdict(Counter)
    for key, old in before.items():
        if old is not None and key in corpus.assignment:
            held[old][corpus.assignment[key]] += 1
    for old, row in existing.items():
        if old in live or row["origin"] == "analyst":
            continue
        successor = None
        if old in held:
            successor = min(held[old], key=lambda s: (-held[old][s], s))
        elif row["merged_into"] is not None:
            successor = resolve_speaker_id(db, row["merged_into"])
            successor = successor if successor in live else None
        if successor is None:
            continue
        db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (successor, old))
        db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (old,))
        db.execute("UPDATE speakers SET merged_into = ? WHERE merged_into = ?", (successor, old))
        db.execute(
            "UPDATE quotes SET reviewed_speaker_id = ? WHERE reviewed_speaker_id = ?",
            (successor, old),
        )
        db.execute(
            "UPDATE quotes SET engine_speaker_id = ? WHERE engine_speaker_id = ?",
            (successor, old),
        )
    db.execute("DELETE FROM speaker_evidence")
    db.conn.executemany(
        "INSERT INTO speaker_evidence (speaker_id, rule, a_document, a_local, b_document,"
        " b_local, evidence, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (s.id, j.rule.value, j.a[0], j.a[1], j.b[0], j.b[1], j.evidence, j.score)
            for s in corpus.speakers
            for j in s.joins
        ],
    )
    db.execute("DELETE FROM speaker_duplicates")
    db.conn.executemany(
        "INSERT OR REPLACE INTO speaker_duplicates (a, b, score, rule, evidence)"
        " VALUES (?, ?, ?, ?, ?)",
        [(d.a, d.b, d.score, d.rule, d.evidence) for d in corpus.duplicates],
    )
    return IdentityReport(len(corpus.speakers), len(moved), len(corpus.duplicates))


# --------------------------------------------------------------------------- reading


def list_duplicates(db: sqlite_utils.Database, limit: int = -1) -> list[DuplicateRow]:
    """Pairs of speakers that may be one, most likely first; both still listed speakers."""
    rows = fetch_all(
        db,
        "SELECT d.a, d.b, sa.name AS a_name, sb.name AS b_name, sa.quote_count AS a_quotes,"
        " sb.quote_count AS b_quotes, d.score, d.rule, d.evidence"
        " FROM speaker_duplicates d JOIN speakers sa ON sa.id = d.a JOIN speakers sb"
        " ON sb.id = d.b WHERE sa.merged_into IS NULL AND sb.merged_into IS NULL"
        " AND sa.quote_count > 0 AND sb.quote_count > 0"
        " ORDER BY d.score DESC, d.a, d.b LIMIT ?",
        (limit,),
    )
    return [DuplicateRow(**r) for r in rows]


def speaker_evidence(db: sqlite_utils.Database, speaker_id: str) -> list[EvidenceRow]:
    """Why a speaker's names were joined: one row per join, with its rule and evidence."""
    rows = fetch_all(
        db,
        "SELECT rule, a_document, a_local, b_document, b_local, evidence, score"
        " FROM speaker_evidence WHERE speaker_id = ? ORDER BY rule, a_document, b_document",
        (speaker_id,),
    )
    return [
        EvidenceRow(
            r["rule"],
            f"{r['a_document'] or 'analyst'}: {r['a_local']}",
            f"{r['b_document'] or 'analyst'}: {r['b_local']}",
            r["evidence"],
            r["score"],
        )
        for r in rows
    ]


# --------------------------------------------------------------------------- operations


def _speaker(db: sqlite_utils.Database, speaker_id: str) -> dict[str, Any]:
    sid = resolve_speaker_id(db, speaker_id)
    row = fetch_one(db, "SELECT * FROM speakers WHERE id = ?", (sid,))
    if row is None:
        raise NotFound(f"no speaker {speaker_id!r}")
    return row


def rename_speaker(
    db: sqlite_utils.Database,
    speaker_id: str,
    name: str,
    reviewer: str,
    *,
    session: str | None = None,
) -> str:
    """Give a speaker a new canonical name (the old one stays an alias); returns its id."""
    name = " ".join(name.split())
    if not name_key(name):
        raise ValueError("a name is needed")
    with transaction(db):
        row = _speaker(db, speaker_id)
        before = SpeakerEdit(row["id"], name=row["name"], kind=row["kind"])
        after = SpeakerEdit(row["id"], name=name, kind=row["kind"])
        db.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, row["id"]))
        add_aliases(db, row["id"], [name, row["name"]])
        review = write_log(db, None, ReviewAction.RENAME, before, after, reviewer, session=session)
        record_decision(
            db,
            review,
            Decision(DecisionKind.RENAME, row["id"], members_of(db, row["id"]), name=name,
                     by=reviewer),
        )  # fmt: skip
        return str(row["id"])


def set_speaker_kind(
    db: sqlite_utils.Database,
    speaker_id: str,
    kind: SpeakerKind | str,
    reviewer: str,
    *,
    session: str | None = None,
) -> str:
    """Say what a speaker is: person, organisation, unnamed or document."""
    kind = SpeakerKind(kind)
    with transaction(db):
        row = _speaker(db, speaker_id)
        before = SpeakerEdit(row["id"], name=row["name"], kind=row["kind"])
        after = SpeakerEdit(row["id"], name=row["name"], kind=kind.value)
        db.execute("UPDATE speakers SET kind = ? WHERE id = ?", (kind.value, row["id"]))
        review = write_log(db, None, ReviewAction.KIND, before, after, reviewer, session=session)
        record_decision(
            db,
            review,
            Decision(DecisionKind.KIND, row["id"], members_of(db, row["id"]), speaker_kind=kind,
                     by=reviewer),
        )  # fmt: skip
        return str(row["id"])


def mark_different(
    db: sqlite_utils.Database, a: str, b: str, reviewer: str, *, session: str | None = None
) -> None:
    """Two speakers are different people: identity never joins them, and the pair is never
    offered as a duplicate again."""
    with transaction(db):
        ra, rb = _speaker(db, a), _speaker(db, b)
        if ra["id"] == rb["id"]:
            raise ValueError("a speaker is not different from itself")
        pair = fetch_one(
            db,
            "SELECT * FROM speaker_duplicates WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)",
            (ra["id"], rb["id"], rb["id"], ra["id"]),
        )
        before = SpeakerEdit(
            ra["id"], other_id=rb["id"], alias=None if pair is None else json.dumps(pair)
        )
        after = SpeakerEdit(ra["id"], other_id=rb["id"])
        review = write_log(
            db, None, ReviewAction.DIFFERENT, before, after, reviewer, session=session
        )
        record_decision(
            db,
            review,
            Decision(DecisionKind.DIFFERENT, ra["id"], members_of(db, ra["id"]), rb["id"],
                     members_of(db, rb["id"]), by=reviewer),
        )  # fmt: skip
        db.execute(
            "DELETE FROM speaker_duplicates WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)",
            (ra["id"], rb["id"], rb["id"], ra["id"]),
        )


def _new_speaker_id(db: sqlite_utils.Database, name: str) -> str:
    base = slugify(name)
    candidate, n = base, 1
    while db.execute("SELECT 1 FROM speakers WHERE id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _target(
    db: sqlite_utils.Database, target_id: str | None, new_name: str | None, kind: str | None,
    origin: str,
) -> tuple[str, bool]:  # fmt: skip
    if target_id is not None:
        return str(_speaker(db, target_id)["id"]), False
    if not new_name or not name_key(new_name):
        raise ValueError("a target speaker or a new name is needed")
    sid = _new_speaker_id(db, new_name)
    db.execute(
        "INSERT INTO speakers (id, name, kind, created_at, origin) VALUES (?, ?, ?, ?, ?)",
        (sid, new_name, kind, now(), origin),
    )
    add_aliases(db, sid, [new_name])
    return sid, True


def split_alias(
    db: sqlite_utils.Database,
    speaker_id: str,
    alias: str,
    reviewer: str,
    *,
    target_id: str | None = None,
    new_name: str | None = None,
    session: str | None = None,
) -> str:
    """Take an alias off a speaker: the articles' speakers of that name, and their quotes,
    go to ``target_id`` or to a new speaker ``new_name`` (default: the alias); the alias is
    no longer the speaker's. Returns the id the alias went to."""
    key = name_key(alias)
    with transaction(db):
        row = _speaker(db, speaker_id)
        source = str(row["id"])
        aliases = [a for (a,) in db.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (source,))]  # fmt: skip
        if key == name_key(row["name"]):
            raise ValueError("that is the speaker's name: rename it instead")
        members = members_of(db, source)
        moved = tuple(m for m in members if _member_name_key(db, m) == key)
        if key not in {name_key(a) for a in aliases} and not moved:
            raise NotFound(f"{row['name']!r} has no alias {alias!r}")
        target, created = _target(db, target_id, new_name or alias, row["kind"], "engine")
        if target == source:
            raise ValueError("an alias cannot be split off onto its own speaker")
        for doc, local in moved:
            db.execute(
                "UPDATE article_speakers SET speaker_id = ? WHERE document_id = ? AND local_id = ?",
                (target, doc, local),
            )
            db.execute(
                "UPDATE quotes SET engine_speaker_id = ? WHERE document_id = ?"
                " AND engine_local_speaker = ? AND engine_speaker_id = ?",
                (target, doc, local, source),
            )
        gone = [a for a in aliases if name_key(a) == key]
        db.conn.executemany(
            "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
            [(source, a) for a in gone],
        )
        add_aliases(db, target, gone)
        before = SpeakerEdit(source, name=row["name"], alias=alias, other_id=target,
                             created=created, members=moved)  # fmt: skip
        after = before
        review = write_log(db, None, ReviewAction.SPLIT, before, after, reviewer, session=session)
        record_decision(
            db,
            review,
            Decision(DecisionKind.SPLIT, source, members, target,
                     moved + members_of(db, target) if not created else moved, name=alias,
                     by=reviewer),
        )  # fmt: skip
        return target


def _member_name_key(db: sqlite_utils.Database, member: MemberKey) -> str:
    row = db.execute(
        "SELECT record FROM article_speakers WHERE document_id = ? AND local_id = ?", member
    ).fetchone()
    return "" if row is None else name_key(json.loads(row[0])["name"])


def split_quotes(
    db: sqlite_utils.Database,
    quote_ids: Sequence[str],
    reviewer: str,
    *,
    target_id: str | None = None,
    new_name: str | None = None,
    session: str | None = None,
) -> str:
    """Give chosen quotes to another speaker, or to a new one named ``new_name``: each is
    corrected to it, as if corrected one by one, in one step to undo. Returns its id."""
    if not quote_ids:
        raise ValueError("no quotes chosen")
    with transaction(db):
        target, created = _target(db, target_id, new_name, None, "analyst")
        states: list[tuple[str, ReviewState]] = []
        stamp = now()
        # Each quote's decision is this entry's (see ReviewState.decision_id).
        entry = next_entry_id(db)
        for qid in dict.fromkeys(quote_ids):
            row = fetch_one(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
            if row is None:
                raise NotFound(f"no quote {qid!r}")
            state = ReviewState.from_json(row)
            states.append((qid, state))
            after = state.replace(
                status=ReviewStatus.CORRECTED, reviewed_speaker_id=target, reviewer=reviewer,
                reviewed_at=stamp, recheck=None, decision_id=entry,
            )  # fmt: skip
            set_review_fields(db, qid, after.to_json())
        before = SpeakerEdit(target, created=created, quotes=tuple(states))
        after_edit = SpeakerEdit(target, created=created,
                                 quotes=tuple((q, s) for q, s in states))  # fmt: skip
        write_log(
            db, None, ReviewAction.SPLIT_QUOTES, before, after_edit, reviewer, session=session,
            entry_id=entry,
        )  # fmt: skip
        return target


# --------------------------------------------------------------------------- undo


def undo_edit(
    db: sqlite_utils.Database, entry: ReviewEntry, reviewer: str, *, session: str | None = None
) -> SpeakerEditUndone | SpeakerUndoRefused:
    """Take back a rename, kind, split or "different people" (inside undo_last's
    transaction), unless a later decision rests on it: then nothing is written and
    ``SpeakerUndoRefused`` says what was decided since. A split's quotes someone decided over
    since keep that decision; the rest go back."""
    before = entry.before
    assert isinstance(before, SpeakerEdit)
    action = entry.action
    sid = resolve_speaker_id(db, before.speaker_id) or before.speaker_id
    refusal = _undo_refusal(db, entry, before, sid)
    if refusal is not None:
        return SpeakerUndoRefused(entry.id, action, before.speaker_id, refusal)
    deactivate_decision(db, entry.id)
    if action is ReviewAction.RENAME:
        # Only the name: a kind set since is another decision, with its own undo.
        db.execute("UPDATE speakers SET name = ? WHERE id = ?", (before.name, sid))
    elif action is ReviewAction.KIND:
        db.execute("UPDATE speakers SET kind = ? WHERE id = ?", (before.kind, sid))
    elif action is ReviewAction.DIFFERENT and before.alias:
        pair = json.loads(before.alias)
        db.execute(
            "INSERT OR REPLACE INTO speaker_duplicates (a, b, score, rule, evidence)"
            " VALUES (?, ?, ?, ?, ?)",
            (pair["a"], pair["b"], pair["score"], pair["rule"], pair["evidence"]),
        )
    elif action is ReviewAction.SPLIT:
        target = resolve_speaker_id(db, before.other_id) or before.other_id or ""
        for doc, local in before.members:
            # Only those still where the split put them: one split on again since stays.
            moved = db.execute(
                "UPDATE article_speakers SET speaker_id = ? WHERE document_id = ? AND local_id = ?"
                " AND speaker_id = ?",
                (sid, doc, local, target),
            )
            if moved.rowcount:
                db.execute(
                    "UPDATE quotes SET engine_speaker_id = ? WHERE document_id = ?"
                    " AND engine_local_speaker = ? AND engine_speaker_id = ?",
                    (sid, doc, local, target),
                )
        key = name_key(before.alias)
        moved_aliases = [a for (a,) in db.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (target,))
            if name_key(a) == key]  # fmt: skip
        add_aliases(db, sid, moved_aliases)
        if before.created and not members_of(db, target):
            db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (target,))
            db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (sid, target))
        else:
            db.conn.executemany(
                "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                [(target, a) for a in moved_aliases],
            )
    elif action is ReviewAction.SPLIT_QUOTES:
        for qid, state in before.quotes:
            if _decided_since(db, qid, entry.id):
                continue  # someone decided it again since: theirs stays
            # The decisions go back; notes and flags stay as they are now (their own undo).
            restored = {k: v for k, v in state.to_json().items() if k not in ("note", "flag")}
            set_review_fields(db, qid, restored)
    write_log(
        db, None, ReviewAction.UNDO, entry.after, before, reviewer, undo_of=entry.id,
        session=session,
    )  # fmt: skip
    return SpeakerEditUndone(action, sid)


def _decided_since(db: sqlite_utils.Database, qid: str, entry_id: int) -> bool:
    """The quote's decision in force is not ``entry_id``'s (nor gone)."""
    row = db.execute("SELECT decision_id FROM quotes WHERE id = ?", (qid,)).fetchone()
    return row is None or row[0] != entry_id


def _undo_refusal(
    db: sqlite_utils.Database, entry: ReviewEntry, before: SpeakerEdit, sid: str
) -> str | None:
    """Why undoing ``entry`` would take back or move a later decision (None: it would not)."""
    action = entry.action
    if action is ReviewAction.DIFFERENT:
        return None  # it only ever held identity back: nothing later rests on it
    if action is ReviewAction.SPLIT_QUOTES:
        kept = [q for q, _ in before.quotes if not _decided_since(db, q, entry.id)]
        if before.quotes and not kept:
            return "every quote it moved was decided again since, and those decisions stay"
        return None
    if sid != before.speaker_id:
        return f"{_who_merged(db, before.speaker_id, entry.id)} into {_name(db, sid)!r} since"
    if action is ReviewAction.RENAME:
        name = _name(db, sid)
        if name != getattr(entry.after, "name", None):
            return f"{_by(db, entry.id, sid, 'rename')} it {name!r} since"
        return None
    if action is ReviewAction.KIND:
        row = fetch_one(db, "SELECT kind FROM speakers WHERE id = ?", (sid,))
        kind = None if row is None else row["kind"]
        if kind != getattr(entry.after, "kind", None):
            return f"{_by(db, entry.id, sid, 'kind')} its kind to {kind or 'none'} since"
        return None
    assert action is ReviewAction.SPLIT
    target = resolve_speaker_id(db, before.other_id) or before.other_id or ""
    if target != before.other_id:
        return (
            f"{_who_merged(db, before.other_id or '', entry.id)} into {_name(db, target)!r} since"
        )
    members = [m for m in before.members if _speaker_of_member(db, m) == target]
    # Quotes decided since under the speaker the split made: undoing it would move them.
    decided: list[str] = []
    for doc, local in members:
        decided += [r for (r,) in db.execute(
            "SELECT reviewer FROM quotes WHERE decision_id > ? AND status != 'unreviewed'"
            " AND document_id = ? AND engine_local_speaker = ? AND engine_speaker_id = ?",
            (entry.id, doc, local, target))]  # fmt: skip
    if before.created:
        decided += [r for (r,) in db.execute(
            "SELECT reviewer FROM quotes WHERE decision_id > ? AND reviewed_speaker_id = ?",
            (entry.id, target))]  # fmt: skip
    if decided:
        who = ", ".join(sorted({r or "someone" for r in decided}))
        return f"{who} decided {len(decided)} of its quotes under {_name(db, target)!r} since"
    if before.created:
        later = _later_decision(db, entry.id, target)
        if later is not None:
            return f"{later} since"
    return None


def _speaker_of_member(db: sqlite_utils.Database, member: MemberKey) -> str | None:
    row = db.execute(
        "SELECT speaker_id FROM article_speakers WHERE document_id = ? AND local_id = ?", member
    ).fetchone()
    return None if row is None else row[0]


def _name(db: sqlite_utils.Database, speaker_id: str) -> str:
    row = db.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    return speaker_id if row is None else str(row[0])


_DONE = {
    "rename": "renamed",
    "kind": "set",
    "split": "split an alias off",
    "merge": "merged",
    "different": "marked different",
}


def _later_decision(db: sqlite_utils.Database, entry_id: int, speaker_id: str) -> str | None:
    """The first speaker decision in force, made after ``entry_id``, that names
    ``speaker_id``: "who did what", or None."""
    row = db.execute(
        "SELECT r.reviewer, d.action FROM speaker_decisions d JOIN reviews r ON r.id = d.review_id"
        " WHERE d.active = 1 AND d.review_id > ? AND (json_extract(d.payload, '$.speaker_id') = ?"
        " OR json_extract(d.payload, '$.other_id') = ?) ORDER BY d.review_id LIMIT 1",
        (entry_id, speaker_id, speaker_id),
    ).fetchone()
    if row is None:
        return None
    name = _name(db, speaker_id)
    return f"{row[0] or 'someone'} {_DONE.get(row[1], row[1])} {name!r}"


def _by(db: sqlite_utils.Database, entry_id: int, speaker_id: str, action: str) -> str:
    """Who made the latest ``action`` decision on a speaker after ``entry_id`` ("someone"
    when none is in the log: an ingest did)."""
    row = db.execute(
        "SELECT r.reviewer FROM speaker_decisions d JOIN reviews r ON r.id = d.review_id"
        " WHERE d.active = 1 AND d.review_id > ? AND d.action = ?"
        " AND json_extract(d.payload, '$.speaker_id') = ? ORDER BY d.review_id DESC LIMIT 1",
        (entry_id, action, speaker_id),
    ).fetchone()
    who = (row[0] if row else None) or "someone"
    return f"{who} {'named' if action == 'rename' else 'set'}"


def _who_merged(db: sqlite_utils.Database, speaker_id: str, entry_id: int) -> str:
    row = db.execute(
        "SELECT r.reviewer FROM speaker_decisions d JOIN reviews r ON r.id = d.review_id"
        " WHERE d.active = 1 AND d.review_id > ? AND d.action = 'merge'"
        " AND json_extract(d.payload, '$.other_id') = ? ORDER BY d.review_id LIMIT 1",
        (entry_id, speaker_id),
    ).fetchone()
    who = (row[0] if row else None) or "someone"
    return f"{who} merged {_name(db, speaker_id)!r}"


__all__ = [
    "DuplicateRow",
    "EvidenceRow",
    "IdentityReport",
    "decisions",
    "list_duplicates",
    "mark_different",
    "members_of",
    "rename_speaker",
    "resolve_identity",
    "set_speaker_kind",
    "speaker_evidence",
    "split_alias",
    "split_quotes",
    "undo_edit",
]
