"""Exporting quotes to CSV or JSON Lines, streamed straight from the store.

``export_quotes`` is the one entry point, shared by ``quotetui export`` and the TUI's command
palette. Rows come from a single SQL query over ``quotes`` in (document, position) order and are
written as they arrive, so memory stays flat however many quotes there are: only the current
document (its text and paragraph offsets) and bounded caches of short recurring values (speaker
names and aliases, formatted cells) are held.

Everything an export shows is what the analyst settled on: the reviewed speaker, occasion and
occasion date win over the engine's; the engine's speaker and confidence are kept in their own
columns for audit. Stale quotes (reviewed quotes the engine no longer finds in the re-ingested
article) are never exported: their offsets no longer point into the stored text, so their
paragraph would be wrong.

Speed (a million rows in about 7 s of CPU, see benchmarks/export_bench.py) comes from keeping
per-row work small: the raw sqlite3 cursor, speaker names from a dict instead of a join, and cells
formatted with ``str`` searches (which run in C) and cached when they repeat. ``csv.writer`` and
``json.dumps`` per row each took longer than the whole query.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import secrets
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import sqlite_utils

from quotetui import store
from quotetui.paragraphs import paragraph_spans

__all__ = [
    "COLUMNS",
    "DEFAULT_STATUSES",
    "FORMATS",
    "FORMULA_TRIGGERS",
    "UnknownSpeaker",
    "export_quotes",
]

COLUMNS = (
    "quote_id",
    "quote",
    "speaker",
    "speaker_aliases",
    "occasion",
    "occasion_date",
    "document_id",
    "title",
    "source",
    "url",
    "published",
    "paragraph",
    "status",
    "reviewer",
    "reviewed_at",
    "engine_speaker",
    "confidence",
)
DEFAULT_STATUSES = ("confirmed", "corrected")
FORMATS = ("csv", "jsonl")
ALIAS_SEPARATOR = "; "

# OWASP "CSV injection": a spreadsheet evaluates a cell starting with one of these as a formula
# (tab and carriage return can hide one behind whitespace that the spreadsheet strips).
FORMULA_TRIGGERS = frozenset("=+-@\t\r")

# Large writes through the text layer: fewer system calls for millions of short rows.
_BUFFER = 1 << 20

# What each row reads from the store's quotes_final view, in this order.
_SOURCE = (
    "id",
    "text",
    "speaker_id",
    "final_occasion",
    "final_occasion_date",
    "document_id",
    "start",
    "end",
    "status",
    "reviewer",
    "reviewed_at",
    "engine_speaker_id",
    "confidence",
)


class UnknownSpeaker(store.NotFound):
    """A speaker filter names no speaker (by id, name or alias)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no speaker matches {name!r} (by id, name or alias)")
        self.name = name


def export_quotes(
    db: sqlite_utils.Database,
    out: TextIO | BinaryIO | str | os.PathLike[str],
    *,
    speakers: Sequence[str] | None = None,
    statuses: Iterable[str] = DEFAULT_STATUSES,
    all_statuses: bool = False,
    fmt: str = "csv",
    excel: bool = False,
    raw: bool = False,
) -> int:
    """Write one row per matching quote to ``out``; return how many rows were written.

    ``out`` is a path (written to a temporary file beside it and renamed over it only once
    complete, so a failed export leaves any earlier file untouched and no temporary file), a
    binary stream (UTF-8 is written to it), or a text stream (open it with ``newline=""`` so the
    CSV line ends are not translated). Streams are flushed, not closed.

    ``speakers``: ids, names or aliases; only quotes whose effective speaker is one of them.
    ``None`` or empty: every speaker. An unknown one raises ``UnknownSpeaker`` before anything
    is written. ``statuses``: review statuses to include (default confirmed and corrected);
    ``all_statuses=True`` includes every status instead. Stale quotes are never exported.
    Bad arguments raise ``ValueError`` before anything is written.

    ``fmt="csv"``: RFC 4180 with a header row, CRLF line ends, UTF-8; ``excel=True`` starts with a
    byte order mark. Cells starting with ``= + - @``, tab or CR get a leading ``'`` unless
    ``raw=True``. ``fmt="jsonl"``: one JSON object per line with the ``COLUMNS`` as keys and the
    values as stored (never neutralised; confidence a number; null when unknown).

    Rows are ordered by document id, then position in the document. The export reads one
    consistent snapshot; do not write through ``db`` from another thread while it runs.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("excel applies to CSV only (JSON Lines is plain UTF-8 without a BOM)")
    if isinstance(statuses, str):
        statuses = [statuses]
    wanted = list(store.STATUSES) if all_statuses else list(dict.fromkeys(statuses))
    unknown = [s for s in wanted if s not in store.STATUSES]
    if unknown:
        raise ValueError(
            f"unknown status {', '.join(map(repr, unknown))}; "
            f"expected one of {', '.join(store.STATUSES)}"
        )
    if not wanted:
        raise ValueError("no statuses to export")
    speaker_ids = _resolve_speakers(db, speakers or ())

    style = _csv_style(raw) if fmt == "csv" else _JSONL
    encoding = "utf-8-sig" if excel else "utf-8"

    def write(f: TextIO) -> int:
        return _write_rows(f, db, wanted, speaker_ids, style)

    if isinstance(out, str | os.PathLike):
        return _write_atomically(Path(out), encoding, write)
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        text_out: TextIO = out  # type: ignore[assignment]
        if excel:
            text_out.write("\ufeff")
        count = write(text_out)
        text_out.flush()
        return count
    wrapper = io.TextIOWrapper(out, encoding=encoding, newline="")  # type: ignore[arg-type]
    try:
        count = write(wrapper)
        wrapper.flush()
    finally:
        # Hand the caller's stream back open; detach flushes, which fails on a dead stream.
        with contextlib.suppress(ValueError, OSError):
            wrapper.detach()
    return count


def _resolve_speakers(db: sqlite_utils.Database, names: Sequence[str]) -> list[str] | None:
    if isinstance(names, str):
        names = [names]
    if not names:
        return None
    ids: list[str] = []
    for name in names:
        found = store.find_speaker(db, name)
        if found is None:
            raise UnknownSpeaker(name)
        ids.append(found.id)
    return list(dict.fromkeys(ids))


# --------------------------------------------------------------------------- rows


class _Memo(dict):
    """``memo[key]`` is ``fn(key)``, computed once; dropped whole past ``limit`` entries, so
    memory stays bounded however many distinct values an export meets. A hit is a plain dict
    lookup, in C."""

    def __init__(self, fn: Callable[[Any], Any], limit: int) -> None:
        super().__init__()
        self.fn = fn
        self.limit = limit

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.fn(key)
        return value


# Speakers are far fewer than quotes and a few of them say most; a cap this size keeps every
# often-quoted speaker (about 25 MB at most) while a corpus with very many stays bounded.
_SPEAKER_CACHE = 32_768
_NO_SPEAKER: tuple[None, None] = (None, None)


def _speaker_lookup(db: sqlite_utils.Database) -> _Memo:
    """speaker id → (name, aliases joined), aliases without the name (it has its own column).

    Looked up here rather than joined in the query: a join, and a subquery for the aliases, cost
    the query 1.9 s per million rows; a dict hit costs almost nothing, a miss one small query.
    """

    def fetch(speaker_id: str | None) -> tuple[str | None, str | None]:
        if speaker_id is None:
            return _NO_SPEAKER
        found = store.speaker_label(db, speaker_id)
        if found is None:  # foreign keys forbid it; an export should still not die on it
            return _NO_SPEAKER
        name, aliases = found
        return name, ALIAS_SEPARATOR.join(aliases)

    return _Memo(fetch, _SPEAKER_CACHE)


def _no_paragraph(start: int, end: int) -> str:
    return ""


def _document(
    db: sqlite_utils.Database, doc_id: str
) -> tuple[Any, Any, Any, Any, Callable[[int, int], str]]:
    document = store.get_document(db, doc_id)
    if document is None:  # foreign keys forbid it; an export should still not die on it
        return None, None, None, None, _no_paragraph
    d = document
    return d.title, d.source, d.url, d.date, _paragraph_finder(d.text or "")


def _paragraph_finder(text: str) -> Callable[[int, int], str]:
    """``(start, end) -> text of every paragraph the span touches`` for one document.

    Paragraphs are the engine's (see ``paragraph_spans``), so the context shown is the one the
    attribution was made in. Quotes come in position order and often share a paragraph: the last
    answer is tried first.
    """
    spans = paragraph_spans(text)
    starts = [s for s, _ in spans]
    # The last single paragraph answered: (start, end, text).
    last_start, last_end, last_text = 0, -1, ""

    def find(start: int, end: int) -> str:
        nonlocal last_start, last_end, last_text
        if last_start <= start and end <= last_end:
            return last_text
        if start < 0 or end <= start:
            return ""
        first = bisect_right(starts, start) - 1
        # A span that begins in the gap between paragraphs starts with the next one.
        if first < 0 or spans[first][1] <= start:
            first += 1
        final = bisect_right(starts, end - 1) - 1
        if first >= len(spans) or final < first:
            return ""
        found = text[spans[first][0] : spans[final][1]]
        if first == final:
            # Only a one-paragraph answer holds for every span inside it.
            last_start, last_end, last_text = spans[first][0], spans[first][1], found
        return found

    return find


# --------------------------------------------------------------------------- writers


def _csv_cell_raw(value: Any) -> str:
    """One RFC 4180 field, exactly as ``csv.writer`` with ``QUOTE_MINIMAL`` writes it."""
    if value is None:
        return ""
    if value.__class__ is not str:
        return str(value)
    # str searches run at memchr speed; csv.writer tests every character in turn, which made it
    # the slowest part of a million-row export.
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def _csv_cell(value: Any) -> str:
    """``_csv_cell_raw``, with a leading ``'`` when the value would start a formula."""
    if value is None:
        return ""
    if value.__class__ is not str:
        return str(value)
    if value and value[0] in FORMULA_TRIGGERS:
        value = "'" + value
    # Inlined rather than calling _csv_cell_raw: this runs for millions of cells.
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def _json_value(value: Any) -> str:
    if value is None:
        return "null"
    if value.__class__ is str:
        return encode_basestring(value)  # the C encoder json.dumps(ensure_ascii=False) uses
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class _Style:
    """How a record becomes a line: ``start`` + cells joined by ``sep`` + ``end``."""

    header: str
    start: str
    sep: str
    end: str
    # column name → function formatting that column's value as its part of the line
    cell: Callable[[str], Callable[[Any], str]]


def _csv_style(raw: bool) -> _Style:
    cell = _csv_cell_raw if raw else _csv_cell
    return _Style(",".join(map(cell, COLUMNS)) + "\r\n", "", ",", "\r\n", lambda _name: cell)


def _json_cell(name: str) -> Callable[[Any], str]:
    key = encode_basestring(name) + ": "

    def cell(value: Any) -> str:
        return key + _json_value(value)

    return cell


# json.dumps(record, ensure_ascii=False), built like a CSV line: one dumps of a dict per row was
# twice as slow.
_JSONL = _Style("", "{", ", ", "}\n", _json_cell)

# How many formatted values are kept for columns that repeat from row to row; a miss only
# formats the value again.
_CELL_CACHE = 4096


def _write_rows(
    out: TextIO,
    db: sqlite_utils.Database,
    statuses: list[str],
    speaker_ids: list[str] | None,
    style: _Style,
) -> int:
    """Write the header and one line per quote, straight from the query; return the count.

    Per row, only the quote's own cells are formatted; cells that repeat (the document's, the
    paragraph, the speaker's, short recurring values) are formatted once and reused, which
    halved the time of a million-row export.
    """
    cell = {name: style.cell(name) for name in COLUMNS}
    start, sep, end = style.start, style.sep, style.end
    speaker = _speaker_lookup(db)

    def speaker_cells(speaker_id: str | None) -> str:
        name, aliases = speaker[speaker_id]
        return cell["speaker"](name) + sep + cell["speaker_aliases"](aliases)

    def engine_cell(speaker_id: str | None) -> str:
        return cell["engine_speaker"](speaker[speaker_id][0])

    speaker_cell = _Memo(speaker_cells, _SPEAKER_CACHE)
    engine_speaker_cell = _Memo(engine_cell, _SPEAKER_CACHE)
    occasion_cell = _Memo(cell["occasion"], _CELL_CACHE)
    occasion_date_cell = _Memo(cell["occasion_date"], _CELL_CACHE)
    status_cell = _Memo(cell["status"], _CELL_CACHE)
    reviewer_cell = _Memo(cell["reviewer"], _CELL_CACHE)
    confidence_cell = _Memo(cell["confidence"], _CELL_CACHE)
    quote_id_cell, quote_cell, reviewed_at_cell = (
        cell["quote_id"],
        cell["quote"],
        cell["reviewed_at"],
    )
    doc_columns = ("document_id", "title", "source", "url", "published")

    write = out.write
    write(style.header)
    count = 0
    # While the rows are read the connection stays in one read transaction, so the
    # per-document and per-speaker lookups below see the same snapshot as the rows.
    current_doc: Any = object()
    doc_cells = paragraph_cell = ""
    paragraph_of: Callable[[int, int], str] = _no_paragraph
    last_paragraph: str | None = None
    with store.export_rows(db, _SOURCE, statuses, speaker_ids) as rows:
        for (
            qid,
            text,
            speaker_id,
            occasion,
            occasion_date,
            doc_id,
            begin,
            finish,
            status,
            reviewer,
            reviewed_at,
            engine_speaker_id,
            confidence,
        ) in rows:
            if doc_id != current_doc:
                # Rows come in document order, so each document's text is read once and only
                # the current one is kept.
                current_doc = doc_id
                title, source, url, published, paragraph_of = _document(db, doc_id)
                values = (doc_id, title, source, url, published)
                doc_cells = sep.join(cell[c](v) for c, v in zip(doc_columns, values, strict=True))
                last_paragraph = None
            paragraph = paragraph_of(begin, finish)
            if paragraph is not last_paragraph:
                last_paragraph = paragraph
                paragraph_cell = cell["paragraph"](paragraph)
            # In COLUMNS order.
            write(
                start
                + sep.join(
                    (
                        quote_id_cell(qid),
                        quote_cell(text),
                        speaker_cell[speaker_id],
                        occasion_cell[occasion],
                        occasion_date_cell[occasion_date],
                        doc_cells,
                        paragraph_cell,
                        status_cell[status],
                        reviewer_cell[reviewer],
                        reviewed_at_cell(reviewed_at),
                        engine_speaker_cell[engine_speaker_id],
                        confidence_cell[confidence],
                    )
                )
                + end
            )
            count += 1
    return count


def _write_atomically(target: Path, encoding: str, write: Callable[[TextIO], int]) -> int:
    """Write through a temporary file beside ``target``, renamed over it only when complete."""
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder")
    tmp, fd = _create_temp(target)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="", buffering=_BUFFER) as f:
            count = write(f)
            f.flush()
            # On disk before the rename, so a crash never leaves an empty file in its place.
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            # An export that replaces an earlier one keeps who may read it.
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
        return count
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _create_temp(target: Path) -> tuple[Path, int]:
    # os.open with mode 0o666 (not mkstemp's 0o600) so a new export gets the umask's usual
    # permissions; O_EXCL makes the name ours alone.
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
