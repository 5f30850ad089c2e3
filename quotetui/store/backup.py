"""A consistent copy of a database, made while review sessions or an ingest may be using it.

SQLite's backup API copies the pages as one snapshot, write-ahead log included (the -wal file
beside the database holds decisions not yet checkpointed, which copying the .db file alone
would lose). The copy is written beside the destination and renamed over it only once it is
complete, checked and on disk, so a failed backup never leaves a broken file at DEST.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from quotetui.store.guard import DatabaseProblem


class BackupFailed(DatabaseProblem):
    """The copy could not be written or did not pass its check; DEST is as it was."""


@dataclass(frozen=True)
class BackupReport:
    quotes: int
    reviews: int  # review log entries in the copy


def backup_database(db: Database, source: Path, dest: Path) -> BackupReport:
    """Copy ``db`` (opened from ``source``) to ``dest``; raise :class:`BackupFailed` with a
    one-line message naming the file if it cannot."""
    if dest.exists() and dest.resolve() == source.resolve():
        raise BackupFailed(f"{dest} is the database itself; give another file")
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.tmp")
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as target:
            db.conn.backup(target)
            check = target.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise BackupFailed(f"the copy of {source} failed its check ({check})")
            quotes = target.execute("SELECT count(*) FROM quotes").fetchone()[0]
            reviews = target.execute("SELECT count(*) FROM reviews").fetchone()[0]
            target.commit()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        raise BackupFailed(f"cannot write {dest}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise BackupFailed(f"cannot write {dest}: {exc}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return BackupReport(quotes=quotes, reviews=reviews)
