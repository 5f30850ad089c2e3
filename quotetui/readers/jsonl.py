"""JSON Lines: one document a line, ``{"id", "text", "title", "date", "source", "url"}``.

Read line by line, so a 1 GB file never sits in memory; a line longer than one document may be
is skipped without being held whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from quotetui.dates import parse_date
from quotetui.model import Document
from quotetui.readers.base import (
    BINARY_SNIFF_BYTES,
    MAX_DOCUMENT_BYTES,
    FileReport,
    NotReadable,
    binary_reason,
    clean_text,
    open_regular,
    os_error_message,
)

__all__ = ["read_jsonl"]

_UTF8_BOM = b"\xef\xbb\xbf"
_SKIP_CHUNK = 1 << 20

# id -> where it was first seen ("file:line" or a path), for the duplicate message
SeenIds = dict[str, str]


def read_jsonl(
    path: Path,
    display: str,
    stored_path: str,
    report: FileReport,
    seen_ids: SeenIds,
    line_limit: int = MAX_DOCUMENT_BYTES,
    *,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
) -> Iterator[Document]:
    """The documents of ``path``, or of the lines starting in its byte range ``[start, end)``
    (``start`` at a line start, which is line ``first_line``): a large file is read as several
    partitions, each its own range. The whole-file checks (binary, empty) are the first
    range's; a later range's lines keep their numbers in the file."""
    whole = start == 0 and end is None
    try:
        f = open_regular(path, limit=None)  # the file may be any size; each line may not
    except NotReadable as err:
        report(str(err))
        return
    with f:
        try:
            if start == 0:
                head = f.read(BINARY_SNIFF_BYTES)
                reason = binary_reason(head)
                if reason:
                    report(reason)
                    return
            f.seek(start)
            offset = start
            any_line = False
            for lineno, raw, length in _lines(f, line_limit, first_line, end):
                line_offset, offset = offset, offset + length
                if raw is None:
                    report(
                        f"line too long ({length / 1e6:.1f} MB; the limit for one document is "
                        f"{line_limit / 1e6:.0f} MB); skipped",
                        lineno,
                    )
                    any_line = True
                    continue
                if line_offset == 0 and raw.startswith(_UTF8_BOM):
                    raw, line_offset = raw[len(_UTF8_BOM) :], line_offset + len(_UTF8_BOM)
                if not raw.strip():
                    continue
                any_line = True
                doc = _parse_line(raw, lineno, line_offset, display, stored_path, report, seen_ids)
                if doc is not None:
                    yield doc
        except OSError as err:
            report(os_error_message(err))
            return
    if not any_line and whole:
        report("empty file (no JSON lines)")


def _lines(
    f: BinaryIO, limit: int, first: int = 1, end: int | None = None
) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line bytes or None when over the limit, byte length)``, numbered from
    ``first``, for the lines that start before ``end``."""
    lineno = first - 1
    while True:
        if end is not None and f.tell() >= end:
            return
        raw = f.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n") and len(raw) == limit + 1:
            yield lineno, raw, len(raw)
            continue
        length = len(raw)
        while not raw.endswith(b"\n"):  # skip the rest of the line without keeping it
            raw = f.readline(_SKIP_CHUNK)
            if not raw:
                break
            length += len(raw)
        yield lineno, None, length


def _parse_line(
    raw: bytes,
    lineno: int,
    offset: int,
    name: str,
    stored_path: str,
    report: FileReport,
    seen_ids: SeenIds,
) -> Document | None:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        report(
            f"not valid UTF-8: byte 0x{raw[err.start]:02x} at byte offset {offset + err.start}",
            lineno,
        )
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        report(f"invalid JSON: {err.msg} (column {err.colno})", lineno)
        return None
    except RecursionError:
        report("invalid JSON: nested too deeply", lineno)
        return None
    if not isinstance(obj, dict):
        report(f"expected a JSON object, got {type(obj).__name__}", lineno)
        return None
    cleaned: list[str] = []
    clean = _cleaner(cleaned)
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)  # numeric ids from spreadsheets are still unambiguous
    if not isinstance(doc_id, str) or not doc_id.strip():
        report("missing or empty 'id'", lineno)
        return None
    doc_id = clean("id", doc_id)
    text = obj.get("text")
    if not isinstance(text, str):
        got = "missing" if "text" not in obj else "null" if text is None else type(text).__name__
        report(f"document {doc_id!r}: 'text' must be a string, got {got}", lineno)
        return None
    if not text.strip():
        report(f"document {doc_id!r}: 'text' is empty", lineno)
        return None
    where = f"{name}:{lineno}"
    if doc_id in seen_ids:
        report(f"duplicate id {doc_id!r}, first seen in {seen_ids[doc_id]}; skipped", lineno)
        return None
    seen_ids[doc_id] = where
    text = clean("text", text)

    raw_date = obj.get("date")
    date = None
    if isinstance(raw_date, str) and raw_date.strip():
        date = parse_date(clean("date", raw_date))
        if date is None:
            report(f"document {doc_id!r}: unrecognised date {raw_date!r}; date left empty", lineno)
    elif raw_date is not None and not isinstance(raw_date, str):
        report(f"document {doc_id!r}: 'date' must be a string or null; date left empty", lineno)
    document = Document(
        id=doc_id,
        text=text,
        title=_optional_str(obj, "title", report, lineno, clean, doc_id),
        source=_optional_str(obj, "source", report, lineno, clean, doc_id),
        url=_optional_str(obj, "url", report, lineno, clean, doc_id),
        date=date,
        path=stored_path,
    )
    if cleaned:
        report.note(
            f"document {doc_id!r}: lone surrogate escapes (half of a UTF-16 pair, as in a cut "
            f"emoji) replaced with U+FFFD, offsets unchanged: {', '.join(cleaned)}",
            lineno,
        )
    return document


def _cleaner(cleaned: list[str]) -> Callable[[str, str], str]:
    def clean(field: str, value: str) -> str:
        value, n = clean_text(value)
        if n:
            cleaned.append(f"{n} in {field!r}")  # "2 in 'text'"
        return value

    return clean


def _optional_str(
    obj: dict[str, Any],
    key: str,
    report: FileReport,
    line: int,
    clean: Callable[[str, str], str],
    doc_id: str,
) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return clean(key, value) if value else None
    # Named like the line's other problems: which document of the file it is.
    got = type(value).__name__
    report(f"document {doc_id!r}: {key!r} must be a string or null, got {got}; ignored", line)
    return None
