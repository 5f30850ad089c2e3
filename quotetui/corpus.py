"""Reading news articles from files and folders: ``.txt``, ``.md`` and ``.jsonl``.

``read_documents`` is a generator: folders are walked lazily and JSONL files are read line by line,
so a folder of 20,000 articles or a 1 GB JSONL file never sits in memory at once. Every bad input
is reported once through ``on_problem`` and reading goes on, so one broken file never costs the
rest of an ingest.

Plain-text articles carry their metadata, if any, in their first lines (a title line, a
``Published: …`` line, a ``date 2024-10-21`` token …) or in a ``---`` front-matter block.
The document text is kept byte-for-byte as stored (only a leading BOM is dropped), because gold
and predicted offsets index into it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotetui.dates import match_date, parse_date
from quotetui.model import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Document",
    "Problem",
    "count_documents",
    "parse_date",
    "read_documents",
]

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".jsonl")
TEXT_SUFFIXES = (".txt", ".md")

# How much of the start of a file is checked for NUL bytes to call it binary.
_BINARY_SNIFF_BYTES = 8192
# Metadata only ever sits at the top of an article; looking further invites false hits in the body.
_HEADER_LINES = 5
# Lines longer than this are body text, and capping them keeps a 10 MB one-line file cheap.
_HEADER_LINE_CAP = 1000
_TITLE_MAX_CHARS = 200
# A front-matter block longer than this is not front matter but a document starting with "---".
_FRONT_MATTER_MAX_LINES = 100
# A file that is not JSONL at all (say pretty-printed JSON) would otherwise flood the log.
_MAX_PROBLEMS_PER_FILE = 50

_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


ProblemHandler = Callable[[Problem], None]


def _log_problem(problem: Problem) -> None:
    logger.warning("%s", problem)


# --------------------------------------------------------------------------------------------
# Metadata in the first lines of an article
# --------------------------------------------------------------------------------------------

_LABEL = re.compile(
    r"(?P<label>first\s+published|published|posted|date[d]?|created|last\s+updated|updated"
    r"|last\s+modified|modified)(?:\s+on)?\s*[:\-–—]?\s*",
    re.I,
)
_UPDATE_LABELS = ("updated", "modified")
_SEPARATORS = " \t|·•,;–—-"
_BYLINE = re.compile(r"by\s+\S", re.I)
# Site chrome that ends up on the first lines of scraped articles: never a headline. Phrases
# are specific enough ("subscribe now", not "subscribe") that a real headline rarely trips them.
_BOILERPLATE = re.compile(
    r"\b(?:sign\s+up|subscribe\s+(?:now|today|to\s+our)|newsletter|click\s+here|read\s+more"
    r"|follow\s+us|download\s+(?:the|our)\s+app|accept\s+(?:all\s+)?cookies"
    r"|cookie\s+(?:policy|settings)|log\s*in\s+to|register\s+now|share\s+this\s+article"
    r"|skip\s+to\s+(?:main\s+)?content|listen\s+to\s+this\s+article"
    r"|\d+\s+min(?:ute)?s?\s+read|all\s+rights\s+reserved)\b"
    r"|^(?:advertisement|sponsored(?:\s+content)?|share|menu|home)$",
    re.I,
)
_MD_HEADING = re.compile(r"#{1,6}\s+")  # used with .match: only a leading "# "


@dataclass
class _Header:
    title: str | None = None
    date: str | None = None


def _first_lines(text: str, limit: int) -> Iterator[tuple[str, bool]]:
    """The first ``limit`` non-blank lines, stripped and capped, each with whether more
    non-blank text follows it; without splitting the whole (possibly huge) text."""
    pos, n = 0, len(text)
    found: list[str] = []
    while pos < n and len(found) <= limit:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line = text[pos : min(end, pos + _HEADER_LINE_CAP)].strip()
        if line:
            found.append(line)
        pos = end + 1
    for i, line in enumerate(found[:limit]):
        yield line, i + 1 < len(found)


def _labelled_dates(line: str, pos: int) -> tuple[list[tuple[bool, str]], int]:
    """Dates introduced by labels ("Published: …", "Updated …") from ``pos`` onwards:
    ``[(is_update, iso), …]`` and where the labelled run ends."""
    found: list[tuple[bool, str]] = []
    while True:
        label = _LABEL.match(line, pos)
        if label is None:
            break
        m = match_date(line, label.end())
        if m is None:
            break
        is_update = label["label"].lower().split()[-1] in _UPDATE_LABELS
        found.append((is_update, m.iso))
        pos = _skip_separators(line, m.end)
    return found, pos


def _skip_separators(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in _SEPARATORS:
        pos += 1
    return pos


def _strip_trailing_stamp(line: str) -> tuple[str, str | None]:
    """Split "Headline Monday, October 21, 2024 10:07:57 AM" into headline and date.

    Only a stamp with a weekday or a time counts: a headline may well end in a plain date
    ("Protests planned for March 1, 2025") and must not lose it."""
    # the stamp is a few words at most; never the whole line (that would leave no headline)
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", line)][1:][-8:]
    for start in starts:
        m = match_date(line, start)
        if m and (m.has_weekday or m.has_time) and not line[m.end :].strip(" .,;"):
            return line[:start].rstrip(_SEPARATORS), m.iso
    return line, None


def _looks_like_title(candidate: str, more_follows: bool) -> bool:
    return (
        more_follows
        and 0 < len(candidate) <= _TITLE_MAX_CHARS
        and not candidate.endswith(".")  # a headline is not a sentence; "?" and "!" are fine
    )


def _read_header(text: str) -> _Header:
    """Title and publication date from the first few non-blank lines.

    Date preference: a labelled date ("Published: …", "date 2026-02-23"), then a line that is
    only a date, then a stamp after the headline, then a labelled update date. The title is the
    first line that is not metadata, if short and headline-like, with a leading date label and a
    trailing stamp cut off; boilerplate ("Sign up now: …") and bylines are passed over."""
    labelled: list[str] = []
    updates: list[str] = []
    standalone: list[str] = []
    stamps: list[str] = []
    title: str | None = None
    title_open = True  # still in the run of metadata lines before the first content line

    for line, more_follows in _first_lines(text, _HEADER_LINES):
        pos = 0
        dates, pos = _labelled_dates(line, 0)
        if not dates:
            m = match_date(line)
            # A date opening a line counts only when nothing but other metadata follows it:
            # "21 October 2024 was the day …" is prose.
            if m:
                after = _skip_separators(line, m.end)
                more, after = _labelled_dates(line, after)
                if after >= len(line):
                    standalone.append(m.iso)
                    dates, pos = more, after
        for is_update, iso in dates:
            (updates if is_update else labelled).append(iso)
        rest = line[pos:].strip()
        if not rest or (_BYLINE.match(rest) and len(rest) <= 80):
            continue
        if len(line) >= _HEADER_LINE_CAP:
            title_open = False
            continue
        if not title_open:
            continue
        # only the headline line may carry a stamp: in prose "on Monday, October 21, 2024"
        # is an event date, not the publication date
        candidate, stamp = _strip_trailing_stamp(rest)
        if stamp:
            stamps.append(stamp)
        if _BOILERPLATE.search(candidate):
            continue
        heading = _MD_HEADING.match(candidate)
        if heading:
            candidate = candidate[heading.end() :].strip()
        title_open = False
        if _looks_like_title(candidate, more_follows):
            title = candidate

    for pool in (labelled, standalone, stamps, updates):
        if pool:
            return _Header(title, pool[0])
    return _Header(title, None)


# --------------------------------------------------------------------------------------------
# Front matter
# --------------------------------------------------------------------------------------------

_FM_FENCE = re.compile(r"---[ \t]*\r?\n?")
_FM_ENTRY = re.compile(r"\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*")
_FM_KEYS = ("title", "date", "source", "url", "id")


@dataclass
class _FrontMatter:
    fields: dict[str, tuple[str, int]]  # key -> (value, 1-based line number in the file)
    body_start: int  # offset of the text after the closing fence
    body_line: int  # 1-based line number where the body starts


def _read_front_matter(text: str) -> _FrontMatter | None:
    if not text.startswith("---"):
        return None
    # maxsplit keeps a huge body in one piece: only the first lines are ever looked at
    lines = text.split("\n", _FRONT_MATTER_MAX_LINES + 1)
    if _FM_FENCE.fullmatch(lines[0] + "\n") is None:
        return None
    fields: dict[str, tuple[str, int]] = {}
    offset = len(lines[0]) + 1
    for lineno, line in enumerate(lines[1 : _FRONT_MATTER_MAX_LINES + 1], start=2):
        offset += len(line) + 1
        if _FM_FENCE.fullmatch(line + "\n"):
            return _FrontMatter(fields, min(offset, len(text)), lineno + 1)
        m = _FM_ENTRY.fullmatch(line.rstrip("\r"))
        if m and m[1].lower() in _FM_KEYS:
            value = m[2]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields.setdefault(m[1].lower(), (value.strip(), lineno))
    return None  # no closing fence: a document that happens to start with a rule


# --------------------------------------------------------------------------------------------
# Walking paths
# --------------------------------------------------------------------------------------------


def _as_path_list(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
) -> list[str | os.PathLike[str]]:
    # A lone path is a common slip; iterating over a str would yield one "file" per character.
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


def _os_error_message(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "cannot read: permission denied"
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    return f"cannot read: {err.strerror or err}"


def _walk(paths: Iterable[str | os.PathLike[str]], report: ProblemHandler) -> Iterator[Path]:
    """Supported files under ``paths`` in a stable order, each real file once."""
    seen_files: set[tuple[int, int]] = set()
    for raw in _as_path_list(paths):
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as err:
            report(Problem(str(path), _os_error_message(err)))
            continue
        if stat.S_ISDIR(st.st_mode):
            found = False
            for file in _walk_dir(path, report, {(st.st_dev, st.st_ino)}):
                found = True
                if _first_visit(file, seen_files):
                    yield file
            if not found:
                report(Problem(str(path), "folder holds no .txt, .md or .jsonl files"))
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report(
                Problem(
                    str(path),
                    f"unsupported file type {path.suffix or '(no extension)'!r}: "
                    "expected .txt, .md or .jsonl",
                )
            )
        elif _first_visit(path, seen_files):
            yield path


def _first_visit(path: Path, seen: set[tuple[int, int]]) -> bool:
    # Naming a folder and a file inside it must not read the file twice and cry "duplicate id".
    try:
        st = path.stat()
    except OSError:
        return True  # let the reader report why it cannot be opened
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk_dir(
    folder: Path, report: ProblemHandler, ancestors: set[tuple[int, int]]
) -> Iterator[Path]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        report(Problem(str(folder), _os_error_message(err)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            try:
                st = entry.stat()
            except OSError as err:
                report(Problem(str(path), _os_error_message(err)))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                continue  # a symlink back up the tree would loop forever
            yield from _walk_dir(path, report, ancestors | {key})
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


class _FileReport:
    """Per-file problem reporting with a cap, so a garbage file cannot flood the log."""

    def __init__(self, path: str, report: ProblemHandler) -> None:
        self.path = path
        self._report = report
        self.count = 0

    def __call__(self, message: str, line: int | None = None) -> None:
        self.count += 1
        if self.count <= _MAX_PROBLEMS_PER_FILE:
            self._report(Problem(self.path, message, line))

    def close(self) -> None:
        hidden = self.count - _MAX_PROBLEMS_PER_FILE
        if hidden > 0:
            self._report(Problem(self.path, f"{hidden} more problems in this file not shown"))


def _decode(data: bytes, report: _FileReport, base_offset: int = 0) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        offset = base_offset + err.start
        line = data.count(b"\n", 0, err.start) + 1
        report(f"not valid UTF-8: byte 0x{data[err.start]:02x} at byte offset {offset}", line)
        return None


def _binary_reason(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; only UTF-8 is supported (re-save the file as UTF-8)"
    if b"\x00" in head[:_BINARY_SNIFF_BYTES]:
        return "binary file (NUL bytes), not text"
    return None


def _read_text_file(path: Path, report: _FileReport) -> Document | None:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        report(_os_error_message(err))
        return None
    reason = _binary_reason(data[:_BINARY_SNIFF_BYTES])
    if reason:
        report(reason)
        return None
    bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    text = _decode(data[bom:], report, base_offset=bom)
    del data
    if text is None:
        return None
    if not text.strip():
        report("empty file (no text)")
        return None

    doc_id = path.stem
    front = _read_front_matter(text)
    fields: dict[str, tuple[str, int]] = {}
    if front is not None:
        fields = front.fields
        text = text[front.body_start :]
        if not text.strip():
            report("no text after the front matter", front.body_line)
            return None

    header = _read_header(text)
    title, date = header.title, header.date
    source = url = None
    for key, (value, line) in fields.items():
        if not value:
            continue
        if key == "date":
            iso = parse_date(value)
            if iso is None:
                fallback = f"kept {date} from the text" if date else "date left empty"
                report(f"front matter: unrecognised date {value!r}; {fallback}", line)
            else:
                date = iso
        elif key == "title":
            title = value
        elif key == "source":
            source = value
        elif key == "url":
            url = value
        elif key == "id":
            doc_id = value
    return Document(id=doc_id, text=text, title=title, source=source, url=url, date=date, path=name)


def _optional_str(obj: dict[str, Any], key: str, report: _FileReport, line: int) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    report(f"{key!r} must be a string or null, got {type(value).__name__}; ignored", line)
    return None


def _read_jsonl(path: Path, report: _FileReport, seen_ids: dict[str, str]) -> Iterator[Document]:
    name = str(path)
    try:
        f = path.open("rb")
    except OSError as err:
        report(_os_error_message(err))
        return
    with f:
        try:
            head = f.read(_BINARY_SNIFF_BYTES)
            reason = _binary_reason(head)
            if reason:
                report(reason)
                return
            f.seek(0)
            offset = 0
            any_line = False
            for lineno, raw in enumerate(f, start=1):
                line_offset, offset = offset, offset + len(raw)
                if lineno == 1 and raw.startswith(_UTF8_BOM):
                    raw, line_offset = raw[len(_UTF8_BOM) :], line_offset + len(_UTF8_BOM)
                if not raw.strip():
                    continue
                any_line = True
                doc = _parse_jsonl_line(raw, lineno, line_offset, name, report, seen_ids)
                if doc is not None:
                    yield doc
        except OSError as err:
            report(_os_error_message(err))
            return
    if not any_line:
        report("empty file (no JSON lines)")


def _parse_jsonl_line(
    raw: bytes,
    lineno: int,
    offset: int,
    name: str,
    report: _FileReport,
    seen_ids: dict[str, str],
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
    if not isinstance(obj, dict):
        report(f"expected a JSON object, got {type(obj).__name__}", lineno)
        return None
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)  # numeric ids from spreadsheets are still unambiguous
    if not isinstance(doc_id, str) or not doc_id.strip():
        report("missing or empty 'id'", lineno)
        return None
    text = obj.get("text")
    if not isinstance(text, str):
        got = "missing" if text is None else type(text).__name__
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

    raw_date = obj.get("date")
    date = None
    if isinstance(raw_date, str) and raw_date.strip():
        date = parse_date(raw_date)
        if date is None:
            report(f"document {doc_id!r}: unrecognised date {raw_date!r}; date left empty", lineno)
    elif raw_date is not None and not isinstance(raw_date, str):
        report(f"document {doc_id!r}: 'date' must be a string or null; date left empty", lineno)
    return Document(
        id=doc_id,
        text=text,
        title=_optional_str(obj, "title", report, lineno),
        source=_optional_str(obj, "source", report, lineno),
        url=_optional_str(obj, "url", report, lineno),
        date=date,
        path=name,
    )


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[Document]:
    """Documents from files and folders, lazily, in a stable order.

    Folders are read recursively in name order, skipping hidden entries and files of other
    types. Every bad input (missing path, unsupported file named explicitly, binary or
    non-UTF-8 or empty file, unreadable file, bad JSONL line, id already seen) is passed to
    ``on_problem`` (default: a logged warning) and skipped; reading goes on.
    """
    report = on_problem or _log_problem
    seen_ids: dict[str, str] = {}  # id -> where it was first seen, for the duplicate message
    for path in _walk(paths, report):
        file_report = _FileReport(str(path), report)
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, file_report, seen_ids)
        else:
            doc = _read_text_file(path, file_report)
            if doc is not None:
                if doc.id in seen_ids:
                    file_report(
                        f"duplicate id {doc.id!r}, first seen in {seen_ids[doc.id]}; skipped"
                    )
                else:
                    seen_ids[doc.id] = str(path)
                    yield doc
        file_report.close()


def count_documents(paths: Iterable[str | os.PathLike[str]]) -> int:
    """A cheap upper estimate of how many documents ``read_documents`` will yield: one per
    text file plus one per non-blank JSONL line. For a progress bar; never raises."""
    total = 0
    try:
        for path in _walk(_as_path_list(paths), lambda _problem: None):
            if path.suffix.lower() != ".jsonl":
                total += 1
                continue
            try:
                with path.open("rb") as f:
                    total += sum(1 for raw in f if raw.strip())
            except OSError:
                continue
    except Exception:  # noqa: BLE001 - a progress estimate must never break an ingest
        logger.debug("count_documents gave up early", exc_info=True)
    return total
