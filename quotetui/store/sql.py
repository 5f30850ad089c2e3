"""What every store module needs: the write transaction, row fetching, the clock, NotFound."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import sqlite_utils

Params = Sequence[Any] | dict[str, Any]


class NotFound(LookupError):
    """No quote or speaker with that id."""


class Conflict(RuntimeError):
    """A decision was refused: the quote is no longer in the state the analyst saw (someone
    decided it, or an ingest changed it, since). ``current`` is the quote as it is now (a
    ``model.QuoteRow``, None when it is gone); nothing was written."""

    def __init__(self, quote_id: str, current: Any) -> None:
        who = getattr(current, "reviewer", None)
        at = getattr(current, "reviewed_at", None)
        if current is None:
            what = "it is gone (its article was re-ingested)"
        elif who:
            what = f"{who} made it {current.status} at {at}"
        else:
            what = f"it is {current.status} now"
        super().__init__(f"quote {quote_id} changed since you looked: {what}")
        self.quote_id = quote_id
        self.current = current


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction: BEGIN IMMEDIATE at the outermost level, a savepoint when nested.

    BEGIN IMMEDIATE takes the write lock up front, so a read-then-write never fails on lock
    upgrade; it waits (busy_timeout) instead.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if _open(conn):
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if _open(conn):
                conn.execute("ROLLBACK")
            raise


def _open(conn: sqlite3.Connection) -> bool:
    # A function, not the attribute: the transaction state changes behind the type checker.
    return conn.in_transaction


def is_busy(exc: BaseException) -> bool:
    """Whether a sqlite3 error means another connection holds the lock (try again later)."""
    message = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def fetch_all(db: sqlite_utils.Database, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def fetch_one(db: sqlite_utils.Database, sql: str, params: Params = ()) -> dict[str, Any] | None:
    rows = fetch_all(db, sql, params)
    return rows[0] if rows else None


def marks(values: Sequence[Any]) -> str:
    """``?, ?, ?`` for an IN list of ``values``."""
    return ", ".join("?" for _ in values)
