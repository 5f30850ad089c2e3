"""Ingest: storing a document and the engine's result for it, keeping every review decision."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from quotetui.store.log import review_state, set_review_fields, write_log
from quotetui.store.speakers import ensure_speakers, slugify
from quotetui.store.sql import fetch_all, now, transaction


def quote_id(document_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{document_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def _text_key(text: str) -> str:
    return " ".join(text.split())


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


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
    with transaction(db):
        return _save(db, document, result)


def save_documents(db: sqlite_utils.Database, pairs: Iterable[tuple[Any, Any]]) -> list[SaveReport]:
    """Store many ``(document, result)`` pairs in one transaction (one fsync per batch)."""
    with transaction(db):
        return [_save(db, document, result) for document, result in pairs]


def _save(db: sqlite_utils.Database, document: Any, result: Any) -> SaveReport:
    doc_id = str(_get(document, "id"))
    text = _get(document, "text") or ""
    path = _get(document, "path")
    report = SaveReport(document_id=doc_id)
    stamp = now()

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
            stamp,
        ),
    )

    # Speakers first: quotes reference them. A quote may name a speaker the result's speaker
    # list lacks; it gets a row too.
    entries = [
        (s["id"], s.get("name"), s.get("kind"), s.get("aliases") or ())
        for s in _get(result, "speakers") or ()
        if s.get("id")
    ]
    quotes = list(_get(result, "quotes") or ())
    quote_speakers = [
        q.get("speaker_id") or (slugify(q["speaker"]) if q.get("speaker") else None) for q in quotes
    ]
    listed = {e[0] for e in entries}
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        if sid is not None and sid not in listed:
            entries.append((sid, quote.get("speaker"), None, ()))
            listed.add(sid)
    speaker_map, report.new_speakers = ensure_speakers(db, entries)

    old_rows = fetch_all(db, "SELECT * FROM quotes WHERE document_id = ?", (doc_id,))
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
                set_review_fields(db, qid, pins)
                write_log(db, qid, "pin", review_state(old), {**review_state(old), **pins}, None)

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
        state = {**review_state(old), **_pins(old, new_by_id[new_id])}
        set_review_fields(db, new_id, state)
        db.execute("DELETE FROM quotes WHERE id = ?", (old_id,))
        write_log(
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
            write_log(db, old["id"], "stale", {"stale": 0}, {"stale": 1}, None)

    if unreviewed_gone:
        db.conn.executemany("DELETE FROM quotes WHERE id = ?", [(q,) for q in unreviewed_gone])
        report.removed = len(unreviewed_gone)
    return report
