"""Exporting quotes to CSV or JSON Lines, streamed straight from the store.

``export_quotes`` is the one entry point, shared by ``quotetui export`` and the TUI's command
palette. Rows come from the store's ``quotes_final`` view in (document, position) order and are
written as they arrive, so memory stays flat however many quotes there are: only the current
document (its text and paragraph offsets) and bounded caches of short recurring values (speaker
names and aliases, formatted cells) are held.

The columns are declared once, in ``EXPORT_COLUMNS``: a name, where the value comes from and an
optional formatter. The header, the query's column list and each line are built from it, so a
column is added with one line there.

Everything an export shows is what the analyst settled on: the reviewed speaker, occasion and
occasion date win over the engine's (the view holds that rule); the engine's speaker and
confidence are kept in their own columns for audit. Stale quotes (reviewed quotes the engine no
longer finds in the re-ingested article) are never exported: their offsets no longer point into
the stored text, so their paragraph would be wrong.

Speed (a million rows in about 7 s of CPU, see benchmarks/export_bench.py) comes from keeping
per-row work small: the raw sqlite3 cursor, speaker names from a dict instead of a join, cells
formatted with ``str`` searches (which run in C) and cached when they repeat, and the columns of
one speaker or one document formatted once and reused. ``csv.writer`` and ``json.dumps`` per row
each took longer than the whole query.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from json.encoder import encode_basestring
from typing import Any, BinaryIO, TextIO

import sqlite_utils

from quotetui import store
from quotetui.files import write_atomically
from quotetui.model import DocumentRow
from quotetui.paragraphs import paragraph_spans
from quotetui.plain import plain_quote

__all__ = [
    "COLUMNS",
    "DEFAULT_STATUSES",
    "EXPORT_COLUMNS",
    "FORMATS",
    "FORMULA_TRIGGERS",
    "Column",
    "UnknownSpeaker",
    "export_quotes",
]

ALIAS_SEPARATOR = "; "


def _join_aliases(aliases: tuple[str, ...]) -> str:
    return ALIAS_SEPARATOR.join(aliases)


@dataclass(frozen=True)
class Column:
    """One column of the export.

    ``source`` says where the value comes from:

    - ``quote.FIELD``: a column of the store's quotes_final view (a ``model.QuoteRow`` field);
    - ``document.FIELD``: a field of the quote's document (``model.DocumentRow``);
    - ``speaker.name`` / ``speaker.aliases``: the final speaker's name, or its other aliases
      (sorted); ``engine_speaker.…``: the same of the engine's speaker;
    - ``paragraph``: the text of every paragraph the quote touches (``quotetui.paragraphs``).

    ``format`` turns the value into the cell's value (default: as it is). ``repeats``: the values
    recur from row to row (a status, an occasion), so formatted cells are cached.
    """

    name: str
    source: str
    format: Callable[[Any], Any] | None = None
    repeats: bool = False
    # Never NULL and always an int (offsets): written with ``str``, as CSV and JSON both spell
    # an int, without the per-cell checks text needs.
    integer: bool = False

    @property
    def level(self) -> str:
        return self.source.split(".", 1)[0]

    @property
    def field(self) -> str:
        return self.source.split(".", 1)[-1]


EXPORT_COLUMNS: tuple[Column, ...] = (
    Column("quote_id", "quote.id"),
    Column("quote", "quote.text"),
    Column("speaker", "speaker.name"),
    Column("speaker_aliases", "speaker.aliases", _join_aliases),
    Column("occasion", "quote.final_occasion", repeats=True),
    Column("occasion_type", "quote.final_occasion_type", repeats=True),
    Column("occasion_place", "quote.final_occasion_place", repeats=True),
    # Only a date the text gives (or the analyst set): the publication date is its own
    # column, "published", and never stands in for it.
    Column("occasion_date", "quote.final_occasion_date", repeats=True),
    Column("occasion_date_text", "quote.final_occasion_date_text", repeats=True),
    Column("occasion_date_source", "quote.final_occasion_date_source", repeats=True),
    Column("document_id", "document.id"),
    Column("title", "document.title"),
    Column("source", "document.source"),
    Column("url", "document.url"),
    Column("published", "document.date"),
    Column("paragraph", "paragraph"),
    Column("status", "quote.status", repeats=True),
    Column("reviewer", "quote.reviewer", repeats=True),
    Column("reviewed_at", "quote.reviewed_at"),
    # What the engine said, as it said it in the article: a merge or rename never rewrites it.
    Column("engine_speaker", "quote.engine_speaker_name"),
    Column("confidence", "quote.confidence", repeats=True),
    Column("recheck", "quote.recheck"),
    # The evidence (issue 15): the words the attribution rests on, how it was decided, where
    # the quote stands in its article, and what the analyst noted.
    Column("mention", "quote.speaker_mention"),
    Column("cue", "quote.cue", repeats=True),
    Column("kind", "quote.kind", repeats=True),
    Column("speaker_id", "quote.speaker_id", repeats=True),
    Column("speaker_kind", "speaker.kind"),
    Column("method", "quote.method", repeats=True),
    Column("start", "quote.start", integer=True),
    Column("end", "quote.end", integer=True),
    Column("note", "quote.note"),
    Column("flag", "quote.flag", repeats=True),
    Column("quote_plain", "quote.text", plain_quote),
)
COLUMNS: tuple[str, ...] = tuple(c.name for c in EXPORT_COLUMNS)
DEFAULT_STATUSES = ("confirmed", "corrected")
FORMATS = ("csv", "jsonl")

# OWASP "CSV injection": a spreadsheet evaluates a cell starting with one of these as a formula
# (tab and carriage return can hide one behind whitespace that the spreadsheet strips).
FORMULA_TRIGGERS = frozenset("=+-@\t\r")

# Large writes through the text layer: fewer system calls for millions of short rows.
_BUFFER = 1 << 20


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
    ``all_statuses=True`` includes every status instead. Stale quotes are never exported, and a
    decision marked for re-review (its words or the engine's speaker changed since; the
    ``recheck`` column says why) only with ``all_statuses``: it is not verified any more.
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
        return _write_rows(f, db, wanted, speaker_ids, style, include_recheck=all_statuses)

    if isinstance(out, str | os.PathLike):
        return write_atomically(out, write, encoding=encoding, newline="", buffering=_BUFFER)
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        text_out: TextIO = out  # type: ignore[assignment]
        if excel:
            text_out.write("\ufeff")
        count = write(text_out)
        text_out.flush()
        return count
    wrapper = io.TextIOWrapper(out, encoding=encoding, newline="")
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


class _Memo(dict[Any, Any]):
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


@dataclass(frozen=True)
class _Speaker:
    """What the ``speaker.*`` and ``engine_speaker.*`` sources read."""

    name: str | None = None
    aliases: tuple[str, ...] = ()  # without the name (it has its own column)
    kind: str | None = None


_NO_SPEAKER = _Speaker()
_SPEAKER_FIELDS = frozenset(f.name for f in fields(_Speaker))
_DOCUMENT_FIELDS = frozenset(f.name for f in fields(DocumentRow))


def _speaker_lookup(db: sqlite_utils.Database) -> _Memo:
    """speaker id → ``_Speaker``.

    Looked up here rather than joined in the query: a join, and a subquery for the aliases, cost
    the query 1.9 s per million rows; a dict hit costs almost nothing, a miss one small query.
    """

    def fetch(speaker_id: str | None) -> _Speaker:
        if speaker_id is None:
            return _NO_SPEAKER
        found = store.speaker_label(db, speaker_id)
        if found is None:  # foreign keys forbid it; an export should still not die on it
            return _NO_SPEAKER
        return _Speaker(*found)

    return _Memo(fetch, _SPEAKER_CACHE)


def _no_paragraph(start: int, end: int) -> str:
    return ""


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
    text: str = value
    if text and text[0] in FORMULA_TRIGGERS:
        text = "'" + text
    # Inlined rather than calling _csv_cell_raw: this runs for millions of cells.
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _json_value(value: Any) -> str:
    if value is None:
        return "null"
    if value.__class__ is str:
        return encode_basestring(value)  # the C encoder json.dumps(ensure_ascii=False) uses
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class _Style:
    """How a record becomes a line: ``start`` + cells joined by ``sep`` + ``end``."""

    header: Callable[[Sequence[str]], str]  # column names → the file's first line
    start: str
    sep: str
    end: str
    # column name → function formatting that column's value as its part of the line
    cell: Callable[[str], Callable[[Any], str]]
    # the same for a column of ints that are never NULL
    integer: Callable[[str], Callable[[Any], str]] = lambda _name: str


def _csv_style(raw: bool) -> _Style:
    cell = _csv_cell_raw if raw else _csv_cell

    def header(names: Sequence[str]) -> str:
        return ",".join(map(cell, names)) + "\r\n"

    return _Style(header, "", ",", "\r\n", lambda _name: cell)


def _json_cell(name: str) -> Callable[[Any], str]:
    key = encode_basestring(name) + ": "

    def cell(value: Any) -> str:
        return key + _json_value(value)

    return cell


def _json_integer(name: str) -> Callable[[Any], str]:
    key = encode_basestring(name) + ": "

    def cell(value: Any) -> str:
        return key + str(value)

    return cell


# json.dumps(record, ensure_ascii=False), built like a CSV line: one dumps of a dict per row was
# twice as slow.
_JSONL = _Style(lambda _names: "", "{", ", ", "}\n", _json_cell, _json_integer)

# How many formatted values are kept for columns that repeat from row to row; a miss only
# formats the value again.
_CELL_CACHE = 4096


def _check_columns(columns: Sequence[Column]) -> None:
    """Every source names something that exists: a typo fails at import, not mid-export."""
    for column in columns:
        level, name = column.level, column.field
        known = {
            "quote": store.FINAL_COLUMNS,
            "document": _DOCUMENT_FIELDS,
            "speaker": _SPEAKER_FIELDS,
            "engine_speaker": _SPEAKER_FIELDS,
            "paragraph": {"paragraph"},
        }.get(level)
        if known is None or name not in known:
            raise ValueError(f"export column {column.name!r}: unknown source {column.source!r}")


_check_columns(EXPORT_COLUMNS)

# What every row needs besides its cells: the document, the span, the speakers.
_KEYS = ("document_id", "start", "end", "speaker_id", "engine_speaker_id")
Row = tuple[Any, ...]


class _Document:
    """The document of the rows being written (rows come in document order, so each
    document's text is read once and only the current one is kept)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.id: object = object()
        self.row: DocumentRow | None = None
        self.paragraph_of: Callable[[int, int], str] = _no_paragraph
        self.cells: list[str] = []

    def load(
        self, document_id: str, segments: Sequence[Callable[[DocumentRow | None], str]]
    ) -> None:
        self.id = document_id
        self.row = store.get_document(self.db, document_id)
        self.paragraph_of = _paragraph_finder(self.row.text or "") if self.row else _no_paragraph
        # In place: the line function holds this list.
        self.cells[:] = [segment(self.row) for segment in segments]


def _write_rows(
    out: TextIO,
    db: sqlite_utils.Database,
    statuses: list[str],
    speaker_ids: list[str] | None,
    style: _Style,
    columns: Sequence[Column] = EXPORT_COLUMNS,
    include_recheck: bool = False,
) -> int:
    """Write the header and one line per quote, straight from the query; return the count.

    A run of consecutive columns from one speaker or one document is formatted once per
    speaker or document and reused, quote cells that repeat are cached, the paragraph is found
    once per row: only the other cells are formatted per row.
    """
    plan = _Plan(db, style, columns)
    document, at = plan.document, plan.at
    doc_at, start_at, end_at = at["document_id"], at["start"], at["end"]
    line, paragraph_cells = plan.line, plan.paragraph_cells
    write = out.write
    write(style.header([c.name for c in columns]))
    count = 0
    last_paragraph: str | None = None
    paragraphs: tuple[str, ...] = ()
    has_paragraphs = plan.paragraphs
    with store.export_rows(db, plan.fields, statuses, speaker_ids, include_recheck) as rows:
        for row in rows:
            if row[doc_at] != document.id:
                document.load(row[doc_at], plan.doc_segments)
            if has_paragraphs:
                # Quotes in a row often share a paragraph: its cells are formatted once.
                paragraph = document.paragraph_of(row[start_at], row[end_at])
                if paragraph is not last_paragraph:
                    last_paragraph = paragraph
                    paragraphs = paragraph_cells(paragraph)
            write(line(row, paragraphs))
            count += 1
    return count


class _Plan:
    """How the declared columns become a line: the fields to read, the caches, and the line
    function ``line(row, paragraph_cells) -> str``.

    The line function is generated from the columns (as ``dataclasses`` generates methods):
    a hand-written line of cached lookups and cell calls is what made a million-row export
    take 7 s of CPU, and a generic loop calling one function per column took a fifth longer.
    """

    def __init__(self, db: sqlite_utils.Database, style: _Style, columns: Sequence[Column]):
        _check_columns(columns)
        self.fields = list(
            dict.fromkeys([*_KEYS, *(c.field for c in columns if c.level == "quote")])
        )
        self.at = at = {name: i for i, name in enumerate(self.fields)}
        self.document = _Document(db)
        self.doc_segments: list[Callable[[DocumentRow | None], str]] = []
        paragraph_cells: list[str] = []
        speakers = _speaker_lookup(db)
        namespace: dict[str, Any] = {"document_cells": self.document.cells}
        cells: list[str] = []  # one expression per cell (or run of cells)
        for level, run in itertools.groupby(columns, key=lambda c: c.level):
            group = list(run)
            if level == "quote":
                for column in group:
                    name, cell = f"c{len(namespace)}", _formatter(style, column)
                    if column.repeats:
                        namespace[name] = _Memo(cell, _CELL_CACHE)
                        cells.append(f"{name}[row[{at[column.field]}]]")
                    else:
                        namespace[name] = cell
                        cells.append(f"{name}(row[{at[column.field]}])")
            elif level in ("speaker", "engine_speaker"):
                name = f"c{len(namespace)}"
                namespace[name] = _speaker_segment(style, group, speakers)
                key = at["speaker_id" if level == "speaker" else "engine_speaker_id"]
                cells.append(f"{name}[row[{key}]]")
            elif level == "document":
                cells.append(f"document_cells[{len(self.doc_segments)}]")
                self.doc_segments.append(_document_segment(style, group))
            else:
                for column in group:
                    name = f"c{len(namespace)}"
                    namespace[name] = _formatter(style, column)
                    cells.append(f"paragraphs[{len(paragraph_cells)}]")
                    paragraph_cells.append(f"{name}(paragraph)")
        namespace.update(head=style.start, sep=style.sep, end=style.end)
        # The names become default arguments: locals are the fastest lookups there are.
        bound = ", ".join(f"{name}={name}" for name in namespace)
        source = (
            f"def line(row, paragraphs, {bound}):\n"
            f"    return head + sep.join(({', '.join(cells)},)) + end\n"
            f"def paragraph_cells(paragraph, {bound}):\n"
            f"    return ({''.join(c + ', ' for c in paragraph_cells)})\n"
        )
        exec(source, namespace)  # noqa: S102 — names and row indices only, never data
        self.line: Callable[[Row, tuple[str, ...]], str] = namespace["line"]
        self.paragraph_cells: Callable[[str], tuple[str, ...]] = namespace["paragraph_cells"]
        self.paragraphs = bool(paragraph_cells)


def _formatter(style: _Style, column: Column) -> Callable[[Any], str]:
    if column.integer and column.format is None:
        return style.integer(column.name)
    cell = style.cell(column.name)
    fmt = column.format
    if fmt is None:
        return cell
    return lambda value: cell(fmt(value))


def _speaker_segment(style: _Style, group: list[Column], speakers: _Memo) -> _Memo:
    """speaker id → the cells of a run of speaker columns."""
    cells = [(_formatter(style, c), c.field) for c in group]

    def segment(speaker_id: str | None) -> str:
        speaker = speakers[speaker_id]
        return style.sep.join(cell(getattr(speaker, name)) for cell, name in cells)

    return _Memo(segment, _SPEAKER_CACHE)


def _document_segment(style: _Style, group: list[Column]) -> Callable[[DocumentRow | None], str]:
    """document → the cells of a run of document columns."""
    cells = [(_formatter(style, c), c.field) for c in group]

    def segment(document: DocumentRow | None) -> str:
        return style.sep.join(
            cell(None if document is None else getattr(document, name)) for cell, name in cells
        )

    return segment
