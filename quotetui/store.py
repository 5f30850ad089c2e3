"""The SQLite store: documents, speakers, quotes and the append-only review log.

Built on sqlite-utils 4. It knows nothing of spaCy: ingest takes any document object (``id``,
``title``, ``source``, ``url``, ``date``, ``text``, ``path``) and any result object with
``.quotes`` (FORMATS.md prediction quote dicts) and ``.speakers`` (``{"id", "name", "kind",
"aliases"}``).

Concurrency: two analysts may use one file at once. WAL lets readers and one writer proceed
together; every write runs in a short ``BEGIN IMMEDIATE`` transaction, which takes the write lock
up front, so a read-then-write can never fail on lock upgrade and waits (busy_timeout) instead.
Review operations change one quote row with a single UPDATE inside such a transaction, so two
processes deciding on different quotes never lose each other's writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import heapq
import itertools
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

__all__ = [
    "DECISION_ACTIONS",
    "REVIEW_FIELDS",
    "STATUSES",
    "NotFound",
    "SaveReport",
    "alias_key",
    "confirm",
    "correct",
    "count_quotes",
    "count_speakers",
    "ensure_schema",
    "find_speaker",
    "get_document",
    "get_quote",
    "iter_quotes",
    "iter_speakers",
    "list_speakers",
    "merge_speakers",
    "open_db",
    "quote_id",
    "reject",
    "resolve_speaker_id",
    "save_document",
    "save_documents",
    "schema_version",
    "slugify",
    "stats",
    "undo_last",
]

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

_UNSET: Any = object()


class NotFound(LookupError):
    """No quote or speaker with that id."""


# --------------------------------------------------------------------------- schema

migrations = Migrations("quotetui")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    # Plain DDL rather than table.create(): sqlite-utils cannot declare generated columns,
    # CHECK constraints or triggers, and the schema reads better in one place.
    for statement in _SCHEMA_V1:
        db.execute(statement)


_SCHEMA_V1 = [
    """
    CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        title TEXT,
        source TEXT,
        url TEXT,
        date TEXT,
        text TEXT NOT NULL,
        path TEXT,
        sha256 TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT,
        merged_into TEXT REFERENCES speakers(id),
        created_at TEXT NOT NULL,
        -- Kept by triggers on quotes, so the speaker list never needs a GROUP BY over
        -- a million quotes: non-stale quotes whose effective speaker is this one.
        quote_count INTEGER NOT NULL DEFAULT 0,
        unreviewed_count INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS idx_speakers_quote_count ON speakers(quote_count DESC, name)",
    "CREATE INDEX IF NOT EXISTS idx_speakers_merged_into ON speakers(merged_into)",
    """
    CREATE TABLE IF NOT EXISTS speaker_aliases (
        speaker_id TEXT NOT NULL REFERENCES speakers(id),
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (speaker_id, alias)
    )""",
    "CREATE INDEX IF NOT EXISTS idx_speaker_aliases_key ON speaker_aliases(alias_key)",
    """
    CREATE TABLE IF NOT EXISTS quotes (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT,
        partial INTEGER NOT NULL DEFAULT 0,
        engine_speaker_id TEXT REFERENCES speakers(id),
        speaker_mention TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        occasion TEXT,
        occasion_date TEXT,
        confidence REAL,
        method TEXT,
        status TEXT NOT NULL DEFAULT 'unreviewed'
            CHECK (status IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
        reviewed_speaker_id TEXT REFERENCES speakers(id),
        reviewed_occasion TEXT,
        reviewed_occasion_date TEXT,
        reviewer TEXT,
        reviewed_at TEXT,
        stale INTEGER NOT NULL DEFAULT 0,
        -- The effective speaker. A VIRTUAL generated column costs no storage, cannot drift
        -- from its inputs, and can be indexed for the speaker/status filters of the review UI.
        speaker_id TEXT GENERATED ALWAYS AS (COALESCE(reviewed_speaker_id, engine_speaker_id))
            VIRTUAL
    )""",
    # The review UI filters by speaker and status and pages in article order or by confidence;
    # rowid (implicitly the last column of every index) breaks ties for keyset paging.
    "CREATE INDEX IF NOT EXISTS idx_quotes_speaker_status_pos"
    " ON quotes(speaker_id, status, document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_status_pos ON quotes(status, document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_pos ON quotes(document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_speaker_status_conf"
    " ON quotes(speaker_id, status, confidence)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_status_conf ON quotes(status, confidence)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_engine_speaker ON quotes(engine_speaker_id)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_reviewed_speaker ON quotes(reviewed_speaker_id)",
    """
    CREATE TABLE IF NOT EXISTS reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        quote_id TEXT,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        reviewer TEXT,
        at TEXT NOT NULL,
        undo_of INTEGER REFERENCES reviews(id)
    )""",
    "CREATE INDEX IF NOT EXISTS idx_reviews_reviewer ON reviews(reviewer, id)",
    "CREATE INDEX IF NOT EXISTS idx_reviews_undo_of ON reviews(undo_of)",
    "CREATE INDEX IF NOT EXISTS idx_reviews_quote ON reviews(quote_id)",
    # The log is the analysts' record; nothing may rewrite or erase it.
    """
    CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
    """
    CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
    # Speaker counters follow every quote change in the same transaction, whoever writes it.
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_insert AFTER INSERT ON quotes
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count + (NEW.stale = 0),
            unreviewed_count = unreviewed_count + (NEW.stale = 0 AND NEW.status = 'unreviewed')
        WHERE id = NEW.speaker_id;
    END""",
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_delete AFTER DELETE ON quotes
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count - (OLD.stale = 0),
            unreviewed_count = unreviewed_count - (OLD.stale = 0 AND OLD.status = 'unreviewed')
        WHERE id = OLD.speaker_id;
    END""",
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_update
    AFTER UPDATE OF engine_speaker_id, reviewed_speaker_id, status, stale ON quotes
    WHEN OLD.speaker_id IS NOT NEW.speaker_id OR OLD.status IS NOT NEW.status
        OR OLD.stale IS NOT NEW.stale
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count - (OLD.stale = 0),
            unreviewed_count = unreviewed_count - (OLD.stale = 0 AND OLD.status = 'unreviewed')
        WHERE id = OLD.speaker_id;
        UPDATE speakers SET
            quote_count = quote_count + (NEW.stale = 0),
            unreviewed_count = unreviewed_count + (NEW.stale = 0 AND NEW.status = 'unreviewed')
        WHERE id = NEW.speaker_id;
    END""",
]


@migrations()
def m002_partial_indexes(db: sqlite_utils.Database) -> None:
    # Stale quotes are few: a partial index lets counts subtract them without reading rows.
    # Reviewed speakers are set only on corrected quotes: a partial index is all merges need.
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_stale ON quotes(status, speaker_id) WHERE stale = 1"
    )
    db.execute("DROP INDEX IF EXISTS idx_quotes_reviewed_speaker")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_reviewed_speaker_partial"
        " ON quotes(reviewed_speaker_id) WHERE reviewed_speaker_id IS NOT NULL"
    )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Apply pending migrations; a no-op on an up-to-date file, safe to call any number of times."""
    if not migrations.pending(db):
        return
    # Under the write lock, so two processes opening a fresh file do not both migrate it:
    # the second one finds nothing pending once it gets the lock.
    with _write(db):
        migrations.apply(db)


def schema_version(db: sqlite_utils.Database) -> int:
    """Number of migrations applied to this file."""
    return len(migrations.applied(db))


def open_db(path: str | Path, *, check_same_thread: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a quotetui database file, migrated to the current schema.

    Pass ``check_same_thread=False`` to share the connection with worker threads (the sqlite3
    module is built serialized here); transactions are still per connection, so do not
    interleave writes from several threads.
    """
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=check_same_thread)
    db = sqlite_utils.Database(conn)
    db.enable_wal()
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    # 64 MB page cache (a cap, not an allocation): on a million quotes the indexes no longer
    # fit the 2 MB default and ingest slows by a fifth.
    db.execute("PRAGMA cache_size = -65536")
    ensure_schema(db)
    return db


@contextlib.contextmanager
def _write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction: BEGIN IMMEDIATE at the outermost level, a savepoint when nested."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


# --------------------------------------------------------------------------- helpers


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def quote_id(document_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{document_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def alias_key(text: str) -> str:
    """Casefolded, punctuation-free, whitespace-collapsed form used to match names and aliases."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return " ".join(text.split())


def slugify(name: str) -> str:
    """A speaker id in the engine's style: ``Georgy Zinoviev`` → ``georgy-zinoviev``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    slug = re.sub(r"[^\w]+", "-", text).strip("-_")
    return slug or "speaker"


def _text_key(text: str) -> str:
    return " ".join(text.split())


def _as_dict(record: Any) -> Any:
    # The engine's typed records (quotetui.model) as the prediction dicts read below.
    return record.to_json() if hasattr(record, "to_json") else record


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence | dict = ()) -> list[dict]:
    cursor = db.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def _row(db: sqlite_utils.Database, sql: str, params: Sequence | dict = ()) -> dict | None:
    rows = _rows(db, sql, params)
    return rows[0] if rows else None


def _log(
    db: sqlite_utils.Database,
    quote: str | None,
    action: str,
    before: Any,
    after: Any,
    reviewer: str | None,
    undo_of: int | None = None,
) -> int:
    cursor = db.execute(
        "INSERT INTO reviews (quote_id, action, before, after, reviewer, at, undo_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            quote,
            action,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
            reviewer,
            _now(),
            undo_of,
        ),
    )
    return int(cursor.lastrowid or 0)


def _set_fields(db: sqlite_utils.Database, qid: str, values: dict[str, Any]) -> None:
    # One UPDATE of named review columns: concurrent writers on other quotes are untouched.
    assignments = ", ".join(f"{f} = :{f}" for f in values)
    db.execute(f"UPDATE quotes SET {assignments} WHERE id = :_id", {**values, "_id": qid})


def resolve_speaker_id(db: sqlite_utils.Database, speaker_id: str | None) -> str | None:
    """Follow ``merged_into`` to the speaker that now stands for ``speaker_id``."""
    seen: set[str] = set()
    current = speaker_id
    while current is not None and current not in seen:
        seen.add(current)
        row = db.execute("SELECT merged_into FROM speakers WHERE id = ?", (current,)).fetchone()
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def _add_aliases(db: sqlite_utils.Database, speaker_id: str, aliases: Iterable[str]) -> None:
    rows = [(speaker_id, a, alias_key(a)) for a in {a.strip() for a in aliases if a} if a]
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        rows,
    )


def _ensure_speaker(
    db: sqlite_utils.Database,
    speaker_id: str,
    name: str | None,
    kind: str | None,
    aliases: Iterable[str] = (),
) -> tuple[str, bool]:
    """``_ensure_speakers`` for one speaker: returns the id to store and whether it was created."""
    resolved, created = _ensure_speakers(db, [(speaker_id, name, kind, list(aliases))])
    return resolved[speaker_id], bool(created)


def _ensure_speakers(
    db: sqlite_utils.Database,
    speakers: Sequence[tuple[str, str | None, str | None, Sequence[str]]],
) -> tuple[dict[str, str], int]:
    """Resolve engine speaker ids ``(id, name, kind, aliases)`` through merges and make sure
    their rows exist; returns {engine id: stored id} and how many rows were created.

    Existing names are kept (an engine re-run must not rename a speaker an analyst has been
    working with); aliases only accumulate. One query per batch, not per speaker: ingest calls
    this for every document.
    """
    ids = list(dict.fromkeys(sid for sid, *_ in speakers))
    existing: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        for sid, merged_into, kind in db.execute(
            f"SELECT id, merged_into, kind FROM speakers WHERE id IN ({marks})", chunk
        ):
            existing[sid] = (merged_into, kind)
    resolved: dict[str, str] = {}
    inserts: dict[str, tuple] = {}
    kinds: list[tuple[str, str]] = []
    aliases: list[tuple[str, str, str]] = []
    now = _now()
    for sid, name, kind, names in speakers:
        if sid in existing:
            merged_into, old_kind = existing[sid]
            target = (resolve_speaker_id(db, sid) or sid) if merged_into else sid
            if kind and old_kind is None and not merged_into:
                kinds.append((kind, sid))
        else:
            target = sid
            inserts.setdefault(sid, (sid, name or sid, kind, now))
        resolved[sid] = target
        for alias in {a.strip() for a in [*(names or ()), name or ""] if a and a.strip()}:
            aliases.append((target, alias, alias_key(alias)))
    db.conn.executemany(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, ?, ?)", inserts.values()
    )
    db.conn.executemany("UPDATE speakers SET kind = ? WHERE id = ? AND kind IS NULL", kinds)
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        aliases,
    )
    return resolved, len(inserts)


# --------------------------------------------------------------------------- ingest


@dataclass
class SaveReport:
    """What saving one document did."""

    document_id: str
    quotes: int = 0
    quotes_by_kind: dict[str, int] = field(default_factory=dict)
    new_quotes: int = 0
    speakers: int = 0
    new_speakers: int = 0
    # Review decisions that stayed on the same quote id.
    kept: int = 0
    # (old quote id, new quote id): decisions moved to the same text at a new position.
    carried: list[tuple[str, str]] = field(default_factory=list)
    # (quote id, text snippet): reviewed quotes the engine no longer finds; kept with stale=1.
    orphaned: list[tuple[str, str]] = field(default_factory=list)
    # Unreviewed quotes the engine no longer finds, deleted.
    removed: int = 0


_QUOTE_ENGINE_COLUMNS = (
    "document_id",
    "start",
    "end",
    "text",
    "kind",
    "partial",
    "engine_speaker_id",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "occasion",
    "occasion_date",
    "confidence",
    "method",
)
_UPSERT_QUOTE = (
    "INSERT INTO quotes (id, {cols}, stale) VALUES (:id, {params}, 0)"
    " ON CONFLICT(id) DO UPDATE SET {updates}, stale = 0"
).format(
    cols=", ".join(f'"{c}"' for c in _QUOTE_ENGINE_COLUMNS),
    params=", ".join(f":{c}" for c in _QUOTE_ENGINE_COLUMNS),
    updates=", ".join(f'"{c}" = excluded."{c}"' for c in _QUOTE_ENGINE_COLUMNS),
)


def _snippet(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _review_state(row: dict) -> dict[str, Any]:
    return {f: row.get(f) for f in REVIEW_FIELDS}


def _pins(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Review values to pin when the engine changed what an analyst confirmed or corrected.

    A decision without an explicit reviewed value rests on the engine's value at the time; if a
    re-run changes that value, the analyst's version is written down so the decision keeps its
    meaning instead of silently approving the new engine output.
    """
    if old["status"] not in ("confirmed", "corrected"):
        return {}
    pins: dict[str, Any] = {}
    for engine_field, review_field in (
        ("engine_speaker_id", "reviewed_speaker_id"),
        ("occasion", "reviewed_occasion"),
        ("occasion_date", "reviewed_occasion_date"),
    ):
        if old[review_field] is None and old[engine_field] != new[engine_field]:
            empty = None if engine_field == "engine_speaker_id" else ""
            pins[review_field] = old[engine_field] if old[engine_field] is not None else empty
    # A confirmed "no speaker" cannot be pinned as a speaker id; nothing to do then.
    if pins.get("reviewed_speaker_id", "x") is None:
        del pins["reviewed_speaker_id"]
    return pins


def save_document(db: sqlite_utils.Database, document: Any, result: Any) -> SaveReport:
    """Store one document and the engine's result for it, in one transaction.

    Re-saving updates the engine output but keeps every review decision (see ``_save``).
    """
    with _write(db):
        return _save(db, document, result)


def save_documents(db: sqlite_utils.Database, pairs: Iterable[tuple[Any, Any]]) -> list[SaveReport]:
    """Store many ``(document, result)`` pairs in one transaction (one fsync per batch)."""
    with _write(db):
        return [_save(db, document, result) for document, result in pairs]


def _save(db: sqlite_utils.Database, document: Any, result: Any) -> SaveReport:
    doc_id = str(_get(document, "id"))
    text = _get(document, "text") or ""
    path = _get(document, "path")
    report = SaveReport(document_id=doc_id)
    now = _now()

    db.execute(
        "INSERT INTO documents (id, title, source, url, date, text, path, sha256, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, source = excluded.source,"
        " url = excluded.url, date = excluded.date, text = excluded.text, path = excluded.path,"
        " sha256 = excluded.sha256, ingested_at = excluded.ingested_at",
        (
            doc_id,
            _get(document, "title"),
            _get(document, "source"),
            _get(document, "url"),
            _get(document, "date"),
            text,
            None if path is None else str(path),
            hashlib.sha256(text.encode("utf-8")).hexdigest(),
            now,
        ),
    )

    # Speakers first: quotes reference them. A quote may name a speaker the result's speaker
    # list lacks; it gets a row too.
    entries = [
        (s["id"], s.get("name"), s.get("kind"), s.get("aliases") or ())
        for s in map(_as_dict, _get(result, "speakers") or ())
        if s.get("id")
    ]
    quotes = [_as_dict(q) for q in _get(result, "quotes") or ()]
    quote_speakers = [
        q.get("speaker_id") or (slugify(q["speaker"]) if q.get("speaker") else None) for q in quotes
    ]
    listed = {e[0] for e in entries}
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        if sid is not None and sid not in listed:
            entries.append((sid, quote.get("speaker"), None, ()))
            listed.add(sid)
    speaker_map, report.new_speakers = _ensure_speakers(db, entries)

    old_rows = _rows(db, "SELECT * FROM quotes WHERE document_id = ?", (doc_id,))
    old_by_id = {row["id"]: row for row in old_rows}

    new_rows: list[dict[str, Any]] = []
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        row = {c: quote.get(c) for c in _QUOTE_ENGINE_COLUMNS}
        row["document_id"] = doc_id
        row["partial"] = int(bool(quote.get("partial")))
        row["engine_speaker_id"] = speaker_map[sid] if sid else None
        row["id"] = quote_id(doc_id, int(quote["start"]), int(quote["end"]))
        new_rows.append(row)
    new_by_id = {row["id"]: row for row in new_rows}  # duplicate spans collapse to one
    for row in new_by_id.values():
        kind = row["kind"] or "unknown"
        report.quotes_by_kind[kind] = report.quotes_by_kind.get(kind, 0) + 1
    report.quotes = len(new_by_id)
    report.speakers = len({r["engine_speaker_id"] for r in new_rows if r["engine_speaker_id"]})
    report.new_quotes = sum(1 for qid in new_by_id if qid not in old_by_id)

    db.conn.executemany(_UPSERT_QUOTE, list(new_by_id.values()))

    for qid, old in old_by_id.items():
        if qid in new_by_id and old["status"] != "unreviewed":
            pins = _pins(old, new_by_id[qid])
            if pins:
                _set_fields(db, qid, pins)
                _log(db, qid, "pin", _review_state(old), {**_review_state(old), **pins}, None)

    # Old quotes the engine no longer reports at the same span.
    gone = [row for qid, row in old_by_id.items() if qid not in new_by_id]
    report.kept = sum(
        1 for qid, row in old_by_id.items() if qid in new_by_id and row["status"] != "unreviewed"
    )
    unreviewed_gone = [row["id"] for row in gone if row["status"] == "unreviewed"]
    reviewed_gone = [row for row in gone if row["status"] != "unreviewed"]

    # A reviewed quote whose text reappears elsewhere (edited article, offsets moved) passes its
    # decision on to the nearest unreviewed new quote with the same text.
    targets = [
        row
        for qid, row in new_by_id.items()
        if qid not in old_by_id or old_by_id[qid]["status"] == "unreviewed"
    ]
    pairs = sorted(
        (abs(new["start"] - old["start"]), old["start"], new["start"], old["id"], new["id"])
        for old in reviewed_gone
        for new in targets
        if _text_key(new["text"]) == _text_key(old["text"])
    )
    carried_from: set[str] = set()
    carried_to: set[str] = set()
    for _dist, _os, _ns, old_id, new_id in pairs:
        if old_id in carried_from or new_id in carried_to:
            continue
        carried_from.add(old_id)
        carried_to.add(new_id)
        old = old_by_id[old_id]
        state = {**_review_state(old), **_pins(old, new_by_id[new_id])}
        _set_fields(db, new_id, state)
        db.execute("DELETE FROM quotes WHERE id = ?", (old_id,))
        _log(
            db,
            new_id,
            "carry",
            {"quote_id": old_id, "start": old["start"], "end": old["end"], **state},
            {
                "quote_id": new_id,
                "start": new_by_id[new_id]["start"],
                "end": new_by_id[new_id]["end"],
                **state,
            },
            None,
        )
        report.carried.append((old_id, new_id))

    for old in reviewed_gone:
        if old["id"] in carried_from:
            continue
        report.orphaned.append((old["id"], _snippet(old["text"])))
        if not old["stale"]:
            db.execute("UPDATE quotes SET stale = 1 WHERE id = ?", (old["id"],))
            _log(db, old["id"], "stale", {"stale": 0}, {"stale": 1}, None)

    if unreviewed_gone:
        db.conn.executemany("DELETE FROM quotes WHERE id = ?", [(q,) for q in unreviewed_gone])
        report.removed = len(unreviewed_gone)
    return report


# --------------------------------------------------------------------------- review operations


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
    with _write(db):
        row = _row(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
        if row is None:
            raise NotFound(f"no quote {qid!r}")
        before = _review_state(row)
        after = {**before, **changes, "reviewer": reviewer, "reviewed_at": _now()}
        _set_fields(db, qid, after)
        _log(db, qid, action, before, after, reviewer)
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
    with _write(db):
        if speaker_id is not None:
            resolved = resolve_speaker_id(db, speaker_id)
            if db.execute("SELECT 1 FROM speakers WHERE id = ?", (resolved,)).fetchone() is None:
                raise NotFound(f"no speaker {speaker_id!r}")
            changes["reviewed_speaker_id"] = resolved
        elif speaker_name is not None and speaker_name.strip():
            changes["reviewed_speaker_id"] = _speaker_for_name(db, speaker_name.strip())
        if occasion is not _UNSET:
            changes["reviewed_occasion"] = "" if occasion is None else occasion
        if occasion_date is not _UNSET:
            changes["reviewed_occasion_date"] = "" if occasion_date is None else occasion_date
        return _decide(db, quote_id, reviewer, "correct", changes)


def _speaker_for_name(db: sqlite_utils.Database, name: str) -> str:
    found = find_speaker(db, name)
    if found is not None:
        return found["id"]
    base = slugify(name)
    candidate, n = base, 1
    while db.execute("SELECT 1 FROM speakers WHERE id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    _ensure_speaker(db, candidate, name, None)
    return candidate


def undo_last(db: sqlite_utils.Database, reviewer: str) -> dict[str, Any] | None:
    """Take back ``reviewer``'s most recent decision or speaker merge that is not undone yet.

    Logs an 'undo' row pointing at it, so the next call goes one step further back. Returns
    ``{"action", "quote_id", "speaker_id"}``: for a decision the quote id (where the decision
    lives now), for a merge the id of the speaker split off again; None when nothing is left.
    """
    placeholders = ", ".join("?" for _ in UNDOABLE_ACTIONS)
    with _write(db):
        entry = _row(
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
            _log(db, entry["quote_id"], "undo", None, restored, reviewer, undo_of=entry["id"])
            return undone
        row = _row(db, "SELECT * FROM quotes WHERE id = ?", (qid,))
        assert row is not None
        _set_fields(db, qid, {f: restored.get(f) for f in REVIEW_FIELDS})
        _log(db, qid, "undo", _review_state(row), restored, reviewer, undo_of=entry["id"])
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
    _add_aliases(db, source, [a for a in before.get("aliases", []) if a in on_target])
    db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (source,))
    db.conn.executemany(
        "UPDATE speakers SET merged_into = ? WHERE id = ? AND merged_into = ?",
        [(source, s, target) for s in before.get("merged_here", [])],
    )
    _log(
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
    with _write(db):
        source = _row(db, "SELECT * FROM speakers WHERE id = ?", (source_id,))
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
        _add_aliases(db, target, [*aliases, source["name"]])
        db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (source_id,))
        # Keep chains one step long.
        db.execute("UPDATE speakers SET merged_into = ? WHERE merged_into = ?", (target, source_id))
        db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (target, source_id))
        _log(
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


# --------------------------------------------------------------------------- read side

_SPEAKER_COLUMNS = (
    "s.id, s.name, s.kind, s.merged_into, s.quote_count AS total,"
    " s.unreviewed_count AS unreviewed,"
    " (SELECT json_group_array(alias) FROM"
    "   (SELECT alias FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY alias))"
    " AS aliases"
)


def _speaker_dict(row: dict) -> dict[str, Any]:
    row["aliases"] = json.loads(row["aliases"] or "[]")
    return row


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _speaker_search(search: str | None) -> tuple[str, list[Any]]:
    where = "s.merged_into IS NULL"
    if not search or not search.strip():
        return where, []
    where += (
        " AND (s.id LIKE ? ESCAPE '\\' OR s.id IN (SELECT speaker_id FROM speaker_aliases"
        " WHERE alias_key LIKE ? ESCAPE '\\'))"
    )
    return where, [f"%{_like_escape(search.strip())}%", f"%{_like_escape(alias_key(search))}%"]


def list_speakers(
    db: sqlite_utils.Database, search: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Speakers (not merged away) with ``total`` and ``unreviewed`` quote counts, most quoted first.

    ``search`` matches a substring of the id, name or any alias (case and punctuation ignored).
    Counts cover non-stale quotes whose effective speaker is this one. ``limit=-1``: no limit.
    """
    where, params = _speaker_search(search)
    sql = (
        f"SELECT {_SPEAKER_COLUMNS} FROM speakers s WHERE {where}"
        " ORDER BY s.quote_count DESC, s.name LIMIT ? OFFSET ?"
    )
    return [_speaker_dict(r) for r in _rows(db, sql, [*params, limit, offset])]


def count_speakers(db: sqlite_utils.Database, search: str | None = None) -> int:
    """How many speakers ``list_speakers`` would list without a limit."""
    where, params = _speaker_search(search)
    return int(db.execute(f"SELECT count(*) FROM speakers s WHERE {where}", params).fetchone()[0])


def iter_speakers(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Every speaker not merged away, as ``{"id", "name", "kind", "aliases"}`` (the engine's
    speaker shape), streamed: ingest seeds the engine's registry with it so that re-runs reuse
    the ids, names and merges analysts have settled on."""
    cursor = db.execute(
        "SELECT s.id, s.name, s.kind, json_group_array(a.alias) FILTER (WHERE a.alias IS NOT NULL)"
        " FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id"
        " WHERE s.merged_into IS NULL GROUP BY s.id ORDER BY s.id"
    )
    for sid, name, kind, aliases in cursor:
        yield {"id": sid, "name": name, "kind": kind, "aliases": json.loads(aliases or "[]")}


def find_speaker(db: sqlite_utils.Database, name_or_alias: str) -> dict[str, Any] | None:
    """The speaker with this id, or this name/alias (case and punctuation ignored).

    Merged speakers resolve to their target; when several share an alias the most quoted wins.
    """
    if not name_or_alias or not name_or_alias.strip():
        return None
    row = db.execute("SELECT id FROM speakers WHERE id = ?", (name_or_alias,)).fetchone()
    sid = row[0] if row else None
    if sid is None:
        row = db.execute(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
            " WHERE a.alias_key = ? ORDER BY s.merged_into IS NOT NULL, s.quote_count DESC, s.id"
            " LIMIT 1",
            (alias_key(name_or_alias),),
        ).fetchone()
        sid = row[0] if row else None
    if sid is None:
        return None
    sid = resolve_speaker_id(db, sid)
    found = _row(db, f"SELECT {_SPEAKER_COLUMNS} FROM speakers s WHERE s.id = ?", (sid,))
    return _speaker_dict(found) if found else None


_QUOTE_SELECT = (
    "SELECT q.rowid AS _rowid, q.*, s.name AS speaker_name, es.name AS engine_speaker_name,"
    " NULLIF(COALESCE(q.reviewed_occasion, q.occasion), '') AS final_occasion,"
    " NULLIF(COALESCE(q.reviewed_occasion_date, q.occasion_date), '') AS final_occasion_date,"
    " d.title AS document_title, d.source AS document_source, d.date AS document_date"
    " FROM quotes q JOIN documents d ON d.id = q.document_id"
    " LEFT JOIN speakers s ON s.id = q.speaker_id"
    " LEFT JOIN speakers es ON es.id = q.engine_speaker_id"
)


def _quote_dict(row: dict) -> dict[str, Any]:
    row.pop("_rowid", None)
    row["partial"] = bool(row["partial"])
    row["stale"] = bool(row["stale"])
    return row


def get_quote(db: sqlite_utils.Database, quote_id: str) -> dict[str, Any] | None:
    """One quote with its effective speaker name, final occasion and document title/source/date."""
    row = _row(db, _QUOTE_SELECT + " WHERE q.id = ?", (quote_id,))
    return _quote_dict(row) if row else None


def get_document(db: sqlite_utils.Database, document_id: str) -> dict[str, Any] | None:
    return _row(db, "SELECT * FROM documents WHERE id = ?", (document_id,))


def _as_list(values: str | Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [values] if isinstance(values, str) else list(dict.fromkeys(values))


def _check_statuses(statuses: list[str] | None) -> None:
    unknown = set(statuses or ()) - set(STATUSES)
    if unknown:
        raise ValueError(f"unknown status {sorted(unknown)}; expected one of {STATUSES}")


def _quote_filters(
    speaker_ids: list[str] | None,
    statuses: list[str] | None,
    include_stale: bool,
    document_id: str | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if speaker_ids is not None:
        where.append(f"q.speaker_id IN ({', '.join('?' for _ in speaker_ids)})")
        params += speaker_ids
    if statuses is not None:
        where.append(f"q.status IN ({', '.join('?' for _ in statuses)})")
        params += statuses
    if document_id is not None:
        where.append("q.document_id = ?")
        params.append(document_id)
    if not include_stale:
        where.append("q.stale = 0")
    return where, params


# Beyond this many (speaker, status) streams, one query with IN filters (sorting each page)
# is cheaper than merging streams.
_MAX_STREAMS = 64


def iter_quotes(
    db: sqlite_utils.Database,
    speaker_ids: str | Sequence[str] | None = None,
    statuses: str | Sequence[str] | None = None,
    include_stale: bool = False,
    order: str = "position",
    batch: int = 1000,
    document_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream quotes (``get_quote`` shape) page by page, holding about ``batch`` rows at a time.

    ``order="position"``: by document id, then start. ``order="confidence"``: least confident
    first (unknown confidence before all). Keyset paging, so writes between pages are fine.
    """
    if order not in ("position", "confidence"):
        raise ValueError("order must be 'position' or 'confidence'")
    speakers = _as_list(speaker_ids)
    wanted = _as_list(statuses)
    _check_statuses(wanted)
    if document_id is not None:
        # One document's quotes are few: a single query, sorted per page, is fine.
        arms = [(speakers, wanted)]
    else:
        # Every index leads with (speaker_id, status) or (status): one stream per exact
        # (speaker, status) pair is an ordered index range, and merging the streams keeps each
        # page an index seek instead of a sort of all a speaker's quotes.
        if wanted is None and (speakers is not None or order == "confidence"):
            wanted = list(STATUSES)
        speaker_arms = [None] if speakers is None else [[s] for s in speakers]
        status_arms = [None] if wanted is None else [[s] for s in wanted]
        arms = [(sp, st) for sp in speaker_arms for st in status_arms]
        if len(arms) > _MAX_STREAMS:
            arms = [(speakers, wanted)]
    per_stream = max(50, batch // len(arms)) if arms else batch
    streams = []
    for arm_speakers, arm_statuses in arms:
        where, params = _quote_filters(arm_speakers, arm_statuses, include_stale, document_id)
        if order == "position":
            streams.append(_pages(db, where, params, ["document_id", "start"], per_stream))
        else:
            # Row values do not compare NULLs, so unknown confidences get their own pass.
            streams.append(
                itertools.chain(
                    _pages(db, [*where, "q.confidence IS NULL"], params, [], per_stream),
                    _pages(
                        db, [*where, "q.confidence IS NOT NULL"], params, ["confidence"], per_stream
                    ),
                )
            )
    if order == "position":
        key = lambda r: (r["document_id"], r["start"], r["_rowid"])  # noqa: E731
    else:
        key = lambda r: (r["confidence"] is not None, r["confidence"] or 0.0, r["_rowid"])  # noqa: E731
    merged = streams[0] if len(streams) == 1 else heapq.merge(*streams, key=key)
    for row in merged:
        yield _quote_dict(row)


def _pages(
    db: sqlite_utils.Database, where: list[str], params: list[Any], key: list[str], batch: int
) -> Iterator[dict[str, Any]]:
    # rowid ends every index entry, so (key..., rowid) is both a total order and index-ordered.
    columns = [f"q.{c}" for c in key] + ["q.rowid"]
    names = [*key, "_rowid"]
    order_by = ", ".join(columns)
    last: list[Any] | None = None
    while True:
        clauses, page_params = list(where), list(params)
        if last is not None:
            clauses.append(f"({order_by}) > ({', '.join('?' for _ in last)})")
            page_params += last
        sql = _QUOTE_SELECT
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = _rows(db, f"{sql} ORDER BY {order_by} LIMIT ?", [*page_params, batch])
        if not rows:
            return
        last = [rows[-1][n] for n in names]
        yield from rows
        if len(rows) < batch:
            return


def count_quotes(
    db: sqlite_utils.Database,
    speaker_id: str | Sequence[str] | None = None,
    statuses: str | Sequence[str] | None = None,
    include_stale: bool = False,
) -> int:
    """How many quotes match; the same filters as ``iter_quotes``."""
    speakers = _as_list(speaker_id)
    wanted = _as_list(statuses)
    _check_statuses(wanted)
    counted = speakers is not None and len(speakers) == 1 and wanted in (None, ["unreviewed"])
    if counted and not include_stale:
        # The trigger-kept counters answer the review UI's "N left" without counting.
        column = "quote_count" if wanted is None else "unreviewed_count"
        row = db.execute(f"SELECT {column} FROM speakers WHERE id = ?", speakers).fetchone()
        return int(row[0]) if row else 0
    # Counting all rows, then subtracting the few stale ones, stays inside covering indexes;
    # filtering on stale directly would read every table row.
    where, params = _quote_filters(speakers, wanted, include_stale=True)
    condition = " AND ".join(where) or "1"
    total = int(
        db.execute(f"SELECT count(*) FROM quotes q WHERE {condition}", params).fetchone()[0]
    )
    if not include_stale:
        total -= int(
            db.execute(
                "SELECT count(*) FROM quotes q INDEXED BY idx_quotes_stale"
                f" WHERE {condition} AND q.stale = 1",
                params,
            ).fetchone()[0]
        )
    return total


def stats(db: sqlite_utils.Database) -> dict[str, Any]:
    """Totals: documents, quotes and quotes by status (both without stale ones), speakers (not
    merged away), stale quotes, review log rows."""
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in db.execute("SELECT status, count(*) FROM quotes GROUP BY status"):
        by_status[status] = n
    stale = 0
    for status, n in db.execute(
        "SELECT status, count(*) FROM quotes INDEXED BY idx_quotes_stale"
        " WHERE stale = 1 GROUP BY status"
    ):
        by_status[status] -= n
        stale += n

    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return {
        "documents": one("SELECT count(*) FROM documents"),
        "quotes": sum(by_status.values()),
        "speakers": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL"),
        "by_status": by_status,
        "stale": stale,
        "reviews": one("SELECT count(*) FROM reviews"),
    }
