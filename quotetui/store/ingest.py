"""Ingest: storing a document and the engine's result for it, keeping every review decision.

Saving one document is: the document row; its speakers (through analysts' merges); the old
quotes read and reconciled with the new ones (``reconcile``, a pure function); the changes
applied; a report. Each step is one function here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from quotetui.model import (
    CarriedState,
    Document,
    DocumentResult,
    ReviewAction,
    ReviewState,
    StaleFlag,
)
from quotetui.store.log import set_review_fields, write_log
from quotetui.store.reconcile import (
    ENGINE_COLUMNS,
    Changes,
    StoredQuote,
    engine_quotes,
    quote_id,
    reconcile,
    speaker_entries,
)
from quotetui.store.speakers import ensure_speakers
from quotetui.store.sql import fetch_all, now, transaction


@dataclass(frozen=True)
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
    # (old quote id, new quote id): decisions moved to another span (the same words moved, or
    # edited words in their place).
    carried: list[tuple[str, str]] = field(default_factory=list)
    # (quote id, text snippet): reviewed quotes the engine no longer finds; kept with stale=1.
    orphaned: list[tuple[str, str]] = field(default_factory=list)
    # Unreviewed quotes the engine no longer finds, deleted.
    removed: int = 0
    # (quote id, text snippet, reason): decisions this ingest marked for re-review (their
    # words or the engine's speaker changed); not exported as verified until decided again.
    rechecked: list[tuple[str, str, str]] = field(default_factory=list)


def save_document(
    db: sqlite_utils.Database, document: Document, result: DocumentResult
) -> SaveReport:
    """Store one document and the engine's result for it, in one transaction.

    Re-saving updates the engine output but keeps every review decision (see ``reconcile``).
    """
    with transaction(db):
        return _save(db, document, result)


def save_documents(
    db: sqlite_utils.Database, pairs: Iterable[tuple[Document, DocumentResult]]
) -> list[SaveReport]:
    """Store many ``(document, result)`` pairs in one transaction (one fsync per batch)."""
    with transaction(db):
        return [_save(db, document, result) for document, result in pairs]


def _save(db: sqlite_utils.Database, document: Document, result: DocumentResult) -> SaveReport:
    doc_id = str(document.id)
    # The text as it was: the words the stored occasions were read from.
    was = db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    _upsert_document(db, document)
    # Speakers first: quotes reference them.
    entries, quote_speakers = speaker_entries(result.speakers, result.quotes)
    stored_ids, new_speakers = ensure_speakers(db, entries)
    new = engine_quotes(doc_id, result.quotes, quote_speakers, stored_ids, document.text or "")
    stored = _stored_quotes(db, doc_id, was[0] if was else None)
    changes = reconcile(stored, new, document.text or "")
    _apply(db, changes)
    _save_article_speakers(db, doc_id, result, stored_ids)
    return _report(doc_id, changes, new_speakers)


def _save_article_speakers(
    db: sqlite_utils.Database, doc_id: str, result: DocumentResult, stored_ids: dict[str, str]
) -> None:
    """The article's own speakers and names, for identity across articles (store.identity),
    and each quote's speaker as the article knows it."""
    db.execute(
        "UPDATE documents SET people = ?, names = ? WHERE id = ?",
        (json.dumps(list(result.people), ensure_ascii=False),
         json.dumps(list(result.names), ensure_ascii=False), doc_id),
    )  # fmt: skip
    db.execute("DELETE FROM article_speakers WHERE document_id = ?", (doc_id,))
    db.conn.executemany(
        "INSERT INTO article_speakers (document_id, local_id, record, speaker_id)"
        " VALUES (?, ?, ?, ?)",
        [
            (doc_id, s.id, json.dumps(s.to_json(), ensure_ascii=False), stored_ids.get(s.id))
            for s in result.speakers
            if s.id
        ],
    )
    db.conn.executemany(
        "UPDATE quotes SET engine_local_speaker = ? WHERE id = ?",
        [
            (q.speaker_id, quote_id(doc_id, int(q.start), int(q.end)))
            for q in result.quotes
            if q.speaker_id
        ],
    )


def _upsert_document(db: sqlite_utils.Database, document: Document) -> None:
    text = document.text or ""
    db.execute(
        "INSERT INTO documents (id, title, source, url, date, text, path, sha256, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, source = excluded.source,"
        " url = excluded.url, date = excluded.date, text = excluded.text, path = excluded.path,"
        " sha256 = excluded.sha256, ingested_at = excluded.ingested_at",
        (
            str(document.id),
            document.title,
            document.source,
            document.url,
            document.date,
            text,
            None if document.path is None else str(document.path),
            hashlib.sha256(text.encode("utf-8")).hexdigest(),
            now(),
        ),
    )


_STORED_COLUMNS = (
    'id, start, "end", text, stale, engine_speaker_id, occasion, occasion_date, occasion_type,'
    " occasion_place, status, reviewed_speaker_id, reviewed_occasion, reviewed_occasion_date,"
    " reviewed_occasion_type, reviewed_occasion_place, reviewer, reviewed_at,"
    " recheck, decision_id, note, flag, context_before, context_after, occasion_start,"
    " occasion_end, occasion_date_text"
)


def _occasion_words(row: dict[str, Any], text: str | None) -> tuple[str, ...]:
    words = []
    lo, hi = row["occasion_start"], row["occasion_end"]
    if text and lo is not None and hi is not None and 0 <= lo < hi <= len(text):
        words.append(text[lo:hi])
    if row["occasion_date_text"]:
        words.append(row["occasion_date_text"])
    return tuple(words)


def _stored_quotes(
    db: sqlite_utils.Database, doc_id: str, text: str | None = None
) -> list[StoredQuote]:
    rows = fetch_all(db, f"SELECT {_STORED_COLUMNS} FROM quotes WHERE document_id = ?", (doc_id,))
    return [
        StoredQuote(
            id=row["id"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            review=ReviewState.from_json(row),
            stale=bool(row["stale"]),
            engine_speaker_id=row["engine_speaker_id"],
            occasion=row["occasion"],
            occasion_date=row["occasion_date"],
            context_before=row["context_before"],
            context_after=row["context_after"],
            occasion_type=row["occasion_type"],
            occasion_place=row["occasion_place"],
            occasion_words=_occasion_words(row, text),
        )
        for row in rows
    ]


_UPSERT_QUOTE = (
    "INSERT INTO quotes (id, {cols}, stale) VALUES (:id, {params}, 0)"
    " ON CONFLICT(id) DO UPDATE SET {updates}, stale = 0"
).format(
    cols=", ".join(f'"{c}"' for c in ENGINE_COLUMNS),
    params=", ".join(f":{c}" for c in ENGINE_COLUMNS),
    updates=", ".join(f'"{c}" = excluded."{c}"' for c in ENGINE_COLUMNS),
)


def _apply(db: sqlite_utils.Database, changes: Changes) -> None:
    """Write what ``reconcile`` decided, logging every change to a decision (by nobody:
    ingest did it)."""
    # Stale decisions whose span now holds another quote keep their row under an id of their
    # own, copied before the new quote's values are written over it.
    columns = ", ".join(f'"{c}"' for c in _quote_columns(db) if c not in ("id", "stale"))
    for quote, fresh in changes.relocated:
        db.execute(
            f"INSERT INTO quotes (id, stale, {columns}) SELECT ?, 1, {columns} FROM quotes"
            " WHERE id = ?",
            (fresh, quote.id),
        )
        write_log(
            db,
            fresh,
            ReviewAction.CARRY,
            CarriedState(quote.id, quote.start, quote.end, quote.review),
            CarriedState(fresh, quote.start, quote.end, quote.review),
            None,
        )
        if not quote.stale:
            write_log(db, fresh, ReviewAction.STALE, StaleFlag(False), StaleFlag(True), None)
    gone = [*changes.deletes, *changes.moved_away]
    if gone:
        db.conn.executemany("DELETE FROM quotes WHERE id = ?", [(q,) for q in gone])
    db.conn.executemany(_UPSERT_QUOTE, [vars(q) for q in changes.upserts])
    unreviewed = ReviewState().to_json()
    for qid in changes.resets:
        set_review_fields(db, qid, unreviewed)
    for pin in (*changes.pins, *changes.marks):
        changed = _changed(pin.before, pin.final)
        set_review_fields(db, pin.quote_id, changed)
        action = ReviewAction.PIN if set(changed) - {"recheck"} else ReviewAction.RECHECK
        write_log(db, pin.quote_id, action, pin.before, pin.final, None)
    for carry in (*changes.carries, *changes.rewords):
        old, new = carry.old, carry.new
        set_review_fields(db, new.id, carry.state.to_json())
        write_log(
            db,
            new.id,
            ReviewAction.CARRY,
            CarriedState(old.id, old.start, old.end, old.review),
            CarriedState(new.id, new.start, new.end, carry.state),
            None,
        )
    for qid in changes.newly_stale:
        db.execute("UPDATE quotes SET stale = 1 WHERE id = ?", (qid,))
        write_log(db, qid, ReviewAction.STALE, StaleFlag(False), StaleFlag(True), None)


def _quote_columns(db: sqlite_utils.Database) -> list[str]:
    # The stored columns (the generated speaker_id is not one).
    return [row[1] for row in db.execute("PRAGMA table_info(quotes)")]


def _changed(before: ReviewState, after: ReviewState) -> dict[str, object]:
    old, new = before.to_json(), after.to_json()
    return {k: v for k, v in new.items() if old[k] != v}


def _report(doc_id: str, changes: Changes, new_speakers: int) -> SaveReport:
    relocated = dict(changes.relocated_ids)
    texts = {q.id: q.text for q in changes.upserts}
    return SaveReport(
        document_id=doc_id,
        quotes=len(changes.upserts),
        quotes_by_kind=changes.quotes_by_kind(),
        new_quotes=changes.new_quotes,
        speakers=changes.speakers,
        new_speakers=new_speakers,
        kept=changes.kept,
        carried=[(c.old.id, c.new.id) for c in (*changes.carries, *changes.rewords)],
        orphaned=[(relocated.get(q.id, q.id), _snippet(q.text)) for q in changes.orphaned],
        removed=len(changes.deletes),
        rechecked=[(qid, _snippet(texts.get(qid, "")), why) for qid, why in changes.rechecked],
    )


def _snippet(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
