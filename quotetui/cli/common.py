"""What the commands share: opening the database, checking outputs and inputs, and the one-line
messages and tables they print."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, cast

import click

from quotetui.terminal import TerminalText, escaped, is_terminal, json_visible


def database_error(db_path: Path, exc: BaseException) -> str:
    """One line for a database error met while a command runs."""
    message = str(exc)
    lower = message.lower()
    if "full" in lower:
        return f"cannot write {db_path}: the disk is full ({message})"
    if "readonly" in lower or "read-only" in lower:
        return f"cannot write {db_path}: it is read-only ({message})"
    if "malformed" in lower or "not a database" in lower or "corrupt" in lower:
        return f"{db_path} is damaged ({message}); restore it from a backup"
    if "locked" in lower or "busy" in lower:
        return f"{db_path} stayed locked by another program ({message}); try again later"
    if "disk i/o error" in lower or "unable to open" in lower:
        return f"cannot write {db_path}: {message} (is the disk full, or the file not writable?)"
    return f"{db_path}: {message}"


@contextlib.contextmanager
def database(db_path: Path, *, readonly: bool = False, **options: Any) -> Iterator[Any]:
    """The store at ``db_path``; whatever is wrong with it (not ours, newer, damaged, read-only,
    missing, a full disk) ends the command with one line instead of a traceback."""
    from quotetui import store

    try:
        db = store.open_db(db_path, readonly=readonly, **options)
    except store.DatabaseProblem as exc:
        raise click.ClickException(escaped(exc)) from None
    except (sqlite3.Error, OSError) as exc:
        raise click.ClickException(escaped(database_error(db_path, exc))) from None
    try:
        yield db
    except sqlite3.Error as exc:
        raise click.ClickException(escaped(database_error(db_path, exc))) from None
    finally:
        db.close()


def check_output(path: Path) -> None:
    """One line, before any work, when ``path`` cannot be written as an output file."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise click.ClickException(f"cannot write {path}: it is a folder; give a file name")
    if not folder.is_dir():
        raise click.ClickException(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.ClickException(f"cannot write {path}: the folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise click.ClickException(f"cannot write {path}: it is read-only")


def need_database(db_path: Path) -> None:
    if not db_path.exists():
        raise click.ClickException(
            f"no database at {db_path}; create one with  quotetui ingest PATH --db {db_path}"
        )


def need_inputs(paths: tuple[str, ...], url_lists: tuple[str, ...]) -> None:
    if not paths and not url_lists:
        raise click.UsageError("give files, folders or URLs to read (PATHS), or --urls FILE")


def clipped(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(rows: list[tuple[str, ...]], numeric: set[int], clip: bool = True) -> str:
    def fit(cell: str) -> str:
        return clipped(cell, 40) if clip else cell

    widths = [max(len(fit(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            text = cell if i == len(row) - 1 else fit(cell)
            cells.append(text.rjust(widths[i]) if i in numeric else text.ljust(widths[i]))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


@contextlib.contextmanager
def writing_output(output: str, on_error: Callable[[], object] | None = None) -> Iterator[None]:
    """Writing records to ``output`` ('-': stdout): a reader that went away (``| head``) ends
    the command quietly with status 1, any other write error with one line (``on_error`` is
    called first)."""
    to_stdout = output == "-"
    try:
        yield
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours, and nothing to report.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
    except OSError as exc:
        if on_error is not None:
            on_error()
        where = "stdout" if to_stdout else escaped(output)
        kept = "" if to_stdout else "; an earlier file there is kept as it was"
        raise click.ClickException(f"cannot write {where}: {exc.strerror or exc}{kept}") from None


@contextlib.contextmanager
def onto_terminal(output: str, *, json_lines: bool = False) -> Iterator[TextIO | None]:
    """A stream that shows records' unsafe characters as escapes when ``output`` is a terminal:
    stdout ('-') on one, or a device path that is one (``-o /dev/stdout``, ``-o /dev/tty``);
    None when the records go to a file or a pipe, which get them exactly."""
    if output == "-":
        yield (
            _text(TerminalText(sys.stdout, json_lines=json_lines))
            if is_terminal(sys.stdout)
            else None
        )
        return
    try:
        device = stat.S_ISCHR(os.stat(output).st_mode)
    except (OSError, ValueError):
        device = False
    if not device:
        yield None
        return
    # Never made this process's controlling terminal by being opened.
    with open(
        output, "w", encoding="utf-8", newline="", opener=lambda p, f: os.open(p, f | os.O_NOCTTY)
    ) as stream:
        if not stream.isatty():
            yield None
            return
        shown = TerminalText(stream, json_lines=json_lines)
        yield _text(shown)
        shown.flush()


def _text(stream: TerminalText) -> TextIO:
    # A text stream (io.TextIOBase) as the writers take one; typing's TextIO is a protocol of
    # its own that no io class declares.
    return cast(TextIO, stream)


def json_line(record: Any) -> str:
    """A record as one JSON line; on a terminal, characters JSON leaves as they are (C1
    controls, format characters) are JSON escapes too, so the line is still the same JSON."""
    line = json.dumps(record, ensure_ascii=False)
    return json_visible(line) if is_terminal(sys.stdout) else line
