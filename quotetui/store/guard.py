"""What a database file is, before quotetui touches it, and whether its schema is whole.

A file is quotetui's when its header carries quotetui's application id (set by migration
m007), or — written before that — when it records quotetui's migrations. Anything else is
refused with one line and left exactly as it was: a file that is not SQLite, another program's
SQLite database (opening it must not add tables or switch on WAL), one written by a newer
quotetui (migrations this version does not know). The header is read as bytes, so refusing
creates no ``-wal`` or ``-shm`` file either.

``check_schema`` compares a file's tables, columns, views and triggers with those the
migrations create on an empty database, and says what is missing (a dropped column or table,
a lost append-only trigger).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import urllib.parse
import weakref
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import sqlite_utils

# "qtui": written at header offset 68 by migration m007.
APPLICATION_ID = 0x71747569
_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A database file quotetui will not open; the message is one line naming the file."""


class NotOurs(DatabaseProblem):
    """Not a SQLite file, or another program's database."""


class NewerSchema(DatabaseProblem):
    """Written by a newer quotetui."""


class Damaged(DatabaseProblem):
    """quotetui's database, but its schema or pages are broken."""


class ReadOnly(DatabaseProblem):
    """A command that writes was given a file (or folder) it cannot write."""


class Missing(DatabaseProblem):
    """No database at the path (or its folder does not exist)."""


class Kind(Enum):
    NEW = "new"  # no file, an empty file, or a SQLite file without any table
    OURS = "ours"


@dataclass(frozen=True)
class Header:
    application_id: int
    journal_wal: bool


def read_header(path: Path) -> Header | None:
    """The SQLite header of ``path`` (None: an empty file). Raises NotOurs for anything else."""
    with open(path, "rb") as f:
        head = f.read(100)
    if not head:
        return None
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise NotOurs(f"{path} is not a SQLite database; quotetui leaves it alone")
    return Header(
        application_id=int.from_bytes(head[68:72], "big"),
        journal_wal=head[18] == 2 or head[19] == 2,
    )


def _probe(path: Path, header: Header) -> sqlite3.Connection:
    """A connection to look at a file quotetui may not own, creating nothing beside it: a
    reader of a WAL file makes its ``-shm`` and ``-wal`` when they are not there. When they
    are not, nobody has the file open, so reading it as immutable is safe."""
    wal = Path(f"{path}-wal")
    if header.journal_wal and not wal.exists():
        uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True)
    return connect_readonly(path)


def connect_readonly(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that can never write ``path`` (nor create it). In a folder it cannot write,
    a WAL file without its ``-shm`` is opened as immutable: nobody can be writing it then."""
    uri = "file:" + urllib.parse.quote(str(path.resolve()))
    try:
        conn = sqlite3.connect(
            uri + "?mode=ro",
            uri=True,
            check_same_thread=check_same_thread,
            timeout=5.0,
            factory=Connection,
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(
        uri + "?mode=ro&immutable=1",
        uri=True,
        check_same_thread=check_same_thread,
        factory=Connection,
    )


def identify(path: Path, known_migrations: set[str], migration_set: str) -> Kind:
    """NEW or OURS, without changing the file; raises NotOurs or NewerSchema (or Damaged for a
    SQLite file whose pages cannot be read)."""
    if not path.exists():
        return Kind.NEW
    if path.is_dir():
        raise NotOurs(f"{path} is a folder, not a database file")
    # When this process holds connections to the file, its header is not read with a file of
    # our own: closing any descriptor of a file drops all of a process's POSIX locks on it,
    # and another process could then take the WAL from under those connections (SQLite's own
    # connections share their locks). It was opened as ours, so the header is ours.
    header = Header(APPLICATION_ID, journal_wal=False) if _held(path) else read_header(path)
    if header is None:
        return Kind.NEW
    if header.application_id not in (0, APPLICATION_ID):
        raise NotOurs(
            f"{path} is another program's SQLite database (application id"
            f" {header.application_id:#x}); quotetui leaves it alone"
        )
    try:
        with contextlib.closing(_probe(path, header)) as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            applied: list[str] = []
            if "_sqlite_migrations" in tables:
                applied = [
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                        (migration_set,),
                    )
                ]
    except sqlite3.DatabaseError as exc:
        raise Damaged(f"{path} cannot be read as a database ({exc})") from None
    if header.application_id == 0 and not applied:
        if not tables:
            return Kind.NEW
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise NotOurs(
            f"{path} is another program's SQLite database (tables: {shown});"
            " quotetui leaves it alone"
        )
    unknown = sorted(set(applied) - known_migrations)
    if unknown:
        raise NewerSchema(
            f"{path} was written by a newer quotetui (schema steps {', '.join(unknown)} are"
            " unknown here); upgrade quotetui to use it"
        )
    return Kind.OURS


class Connection(sqlite3.Connection):
    """quotetui's connections: a subclass only so that ``_OPENED`` can refer to them weakly."""


# The connections this process has opened to each database file (see identify).
_OPENED: dict[str, weakref.WeakSet[sqlite3.Connection]] = {}


def _key(path: Path) -> str:
    return str(path.resolve())


def opened(path: Path, conn: sqlite3.Connection) -> None:
    """Record a connection this process holds to ``path``."""
    _OPENED.setdefault(_key(path), weakref.WeakSet()).add(conn)


def _held(path: Path) -> bool:
    for conn in list(_OPENED.get(_key(path), ())):
        try:
            conn.in_transaction  # noqa: B018 - raises once the connection is closed
        except sqlite3.ProgrammingError:
            continue
        return True
    return False


def check_writable(path: Path) -> None:
    """Raise ReadOnly (or Missing) unless a command can write ``path`` and the files SQLite
    keeps beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise Missing(f"cannot create {path}: the folder {folder} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnly(f"{path} is read-only; this command writes it (export and speakers read it)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnly(
            f"{path} is in a folder quotetui cannot write ({folder}); SQLite keeps its journal"
            " beside the database, so this command cannot write it (export and speakers read it)"
        )


# --------------------------------------------------------------------------- schema check


@dataclass(frozen=True)
class Shape:
    """What a schema holds: table → columns, and the view and trigger names."""

    tables: dict[str, frozenset[str]]
    views: frozenset[str]
    triggers: frozenset[str]


def shape_of(conn: sqlite3.Connection) -> Shape:
    objects = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables = {}
    for kind, name in objects:
        if kind == "table":
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            tables[name] = frozenset(c[1] for c in columns)
    return Shape(
        tables=tables,
        views=frozenset(n for k, n in objects if k == "view"),
        triggers=frozenset(n for k, n in objects if k == "trigger"),
    )


@functools.cache
def expected_shape(applied: frozenset[str] | None = None) -> Shape:
    """The schema the migrations (those named in ``applied``; None: all) give an empty
    database, computed once per set."""
    from quotetui.store.schema import migrations

    db = sqlite_utils.Database(memory=True)
    for migration in migrations._migrations:
        if applied is None or migration.name in applied:
            migration.fn(db)
    shape = shape_of(db.conn)
    db.close()
    return shape


def schema_problems(conn: sqlite3.Connection, applied: frozenset[str] | None = None) -> list[str]:
    """What the file's schema lacks, as short phrases ("table quotes has no column stale");
    [] when it is whole. Extra tables, columns and indexes are not problems. ``applied``: the
    migrations the file has had (None: all)."""
    want, have = expected_shape(applied), shape_of(conn)
    want_tables = {t: c for t, c in want.tables.items() if t != "_sqlite_migrations"}
    want = Shape(want_tables, want.views, want.triggers)
    problems = []
    for table, columns in sorted(want.tables.items()):
        if table not in have.tables:
            problems.append(f"table {table} is missing")
            continue
        missing = sorted(columns - have.tables[table])
        if missing:
            s = "s" if len(missing) > 1 else ""
            problems.append(f"table {table} has no column{s} {', '.join(missing)}")
    for kind, wanted, found in (
        ("view", want.views, have.views),
        ("trigger", want.triggers, have.triggers),
    ):
        for name in sorted(wanted - found):
            problems.append(f"{kind} {name} is missing")
    return problems


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Raise Damaged, saying what is wrong, unless the schema is whole."""
    try:
        problems = schema_problems(conn)
    except sqlite3.DatabaseError as exc:
        raise Damaged(f"{path} is damaged ({exc}); restore it from a backup") from None
    if problems:
        raise_damaged(path, problems)


def raise_damaged(path: Path, problems: list[str]) -> None:
    shown = "; ".join(problems[:4]) + ("; …" if len(problems) > 4 else "")
    raise Damaged(
        f"{path} is damaged: {shown}. Restore it from a backup (quotetui backup makes one)"
    )
