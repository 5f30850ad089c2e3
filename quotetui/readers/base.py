"""What every reader shares: problems and their reporting, opening only regular files within a
size limit, names that print, and text that every later layer can encode.

The guards live here rather than in each format's reader, so a FIFO named ``pipe.txt``, a
``.html`` symlink to ``/dev/zero`` or a JSON string holding a lone surrogate is handled the same
way whatever format it claims to be.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "FileReport",
    "NotReadable",
    "Problem",
    "ProblemHandler",
    "binary_reason",
    "clean_text",
    "display_path",
    "log_problem",
    "open_regular",
    "os_error_message",
]

logger = logging.getLogger("quotetui.readers")

# One article, however it is stored (a text file, an HTML page, a gunzipped page, a JSONL line,
# a WARC record, a download), is at most this big. News articles are a few kB; a 50 MB page is
# a mistake or an attack, and reading it would cost seconds of parsing and hundreds of MB.
MAX_DOCUMENT_BYTES = 50_000_000

# How much of the start of a file is checked for NUL bytes to call it binary.
BINARY_SNIFF_BYTES = 8192
# A file that is not JSONL at all (say pretty-printed JSON) would otherwise flood the log.
MAX_PROBLEMS_PER_FILE = 50


@dataclass(frozen=True)
class Problem:
    """A bad input (``note=False``: the file, line, record or URL was skipped) or a note about
    one that was read all the same (``note=True``: text cleaned, files of other types skipped)."""

    path: str
    message: str
    line: int | None = None
    note: bool = False

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


ProblemHandler = Callable[[Problem], None]


def log_problem(problem: Problem) -> None:
    logger.warning("%s", problem)


class FileReport:
    """Per-file problem reporting with a cap, so a garbage file cannot flood the log."""

    def __init__(self, path: str, report: ProblemHandler) -> None:
        self.path = path
        self._report = report
        self.count = 0

    def __call__(self, message: str, line: int | None = None) -> None:
        self.count += 1
        if self.count <= MAX_PROBLEMS_PER_FILE:
            self._report(Problem(self.path, message, line))

    def note(self, message: str, line: int | None = None) -> None:
        self._report(Problem(self.path, message, line, note=True))

    def close(self) -> None:
        hidden = self.count - MAX_PROBLEMS_PER_FILE
        if hidden > 0:
            self._report(Problem(self.path, f"{hidden} more problems in this file not shown"))


# --------------------------------------------------------------------------- names


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as it can be printed and stored: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) shown as ``\\xe9`` escapes instead of making every later
    encode fail."""
    text = os.fspath(path)
    if not _has_surrogates(text):
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many there were.

    JSON may escape half of a surrogate pair (``"\\ud800"``, a truncated emoji); such a string
    cannot be encoded as UTF-8, so spaCy's string store, SQLite and every output file would fail
    on it. One character for one keeps every offset into the text where it was."""
    count = 0

    def swap(_m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\ufffd"

    if not _has_surrogates(text):
        return text, 0
    return _SURROGATE.sub(swap, text), count


# --------------------------------------------------------------------------- opening files


class NotReadable(Exception):
    """The file is not to be read; the message says why, for the user."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe, FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return f"not a regular file but {kind}; skipped"
    return "not a regular file; skipped"


def _too_large(size: int, limit: int) -> str:
    return (
        f"file too large ({size / 1e6:.1f} MB; the limit for one document is "
        f"{limit / 1e6:.0f} MB); skipped"
    )


def open_regular(path: Path, limit: int | None = MAX_DOCUMENT_BYTES) -> BinaryIO:
    """Open ``path`` for reading in binary, if it is a regular file (after symlinks) of at
    most ``limit`` bytes; else raise ``NotReadable``.

    A FIFO would block the reader forever and ``/dev/zero`` would fill memory, so the type is
    checked before opening (opening a tape or a serial device can have effects of its own) and
    again on the open descriptor (the path may have been swapped in between); the open itself
    does not block, which a FIFO's would until a writer came."""
    try:
        st = os.stat(path)
    except OSError as err:
        raise NotReadable(os_error_message(err)) from None
    reason = _not_regular(st.st_mode)
    if reason:
        raise NotReadable(reason)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise NotReadable(os_error_message(err)) from None
    try:
        st = os.fstat(fd)
        reason = _not_regular(st.st_mode)
        if reason:
            raise NotReadable(reason)
        if limit is not None and st.st_size > limit:
            raise NotReadable(_too_large(st.st_size, limit))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(f: BinaryIO, limit: int = MAX_DOCUMENT_BYTES, what: str = "file") -> bytes:
    """All of ``f`` up to ``limit`` bytes; ``NotReadable`` if there is more (a file that grew
    after it was measured, or a stream with no size, like a gzip)."""
    data = f.read(limit + 1)
    if len(data) > limit:
        raise NotReadable(
            f"{what} too large (over {limit / 1e6:.0f} MB, the limit for one document); skipped"
        )
    return data


def os_error_message(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "cannot read: permission denied"
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    return f"cannot read: {err.strerror or err}"


def binary_reason(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; only UTF-8 is supported (re-save the file as UTF-8)"
    if b"\x00" in head[:BINARY_SNIFF_BYTES]:
        return "binary file (NUL bytes), not text"
    return None
