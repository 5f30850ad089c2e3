"""Plain-text articles: ``.txt`` and ``.md``.

Metadata, if any, sits in the first lines (a title line, a ``Published: …`` line, a
``date 2024-10-21`` token …) or in a ``---`` front-matter block. The document text is kept
byte-for-byte as stored (only a leading BOM, and front matter, are dropped), because gold and
predicted offsets index into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quotetui.dates import match_date, parse_date
from quotetui.model import Document
from quotetui.readers.base import (
    BINARY_SNIFF_BYTES,
    FileReport,
    NotReadable,
    binary_reason,
    open_regular,
    os_error_message,
    read_limited,
)

__all__ = ["TEXT_SUFFIXES", "read_text_file"]

TEXT_SUFFIXES = (".txt", ".md")

# Metadata only ever sits at the top of an article; looking further invites false hits in the body.
_HEADER_LINES = 5
# Lines longer than this are body text, and capping them keeps a 10 MB one-line file cheap.
_HEADER_LINE_CAP = 1000
_TITLE_MAX_CHARS = 200
# A front-matter block longer than this is not front matter but a document starting with "---".
_FRONT_MATTER_MAX_LINES = 100

_UTF8_BOM = b"\xef\xbb\xbf"


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
# A line with no letter or digit ("---", "* * *", "===", a YAML ">") is a rule or markup, never a
# headline.
_RULE = re.compile(r"[^\w]*")


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
        and not _RULE.fullmatch(candidate)
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
        if not rest or (_BYLINE.match(rest) and len(rest) <= 80) or _RULE.fullmatch(rest):
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

_FM_FENCE = re.compile(r"---[ \t]*\r?")
_FM_END = re.compile(r"(?:---|\.\.\.)[ \t]*\r?")  # YAML ends a document with either
_FM_ENTRY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*\r?")
# A YAML block scalar ("title: >", "summary: |-", "title: >2"): the value is on the indented
# lines below.
_FM_BLOCK = re.compile(r"[|>][+-]?[1-9]?[+-]?(?:[ \t]+#.*)?")
_FM_KEYS = ("title", "date", "source", "url", "id")


@dataclass
class _FrontMatter:
    fields: dict[str, tuple[str, int]]  # key -> (value, 1-based line number in the file)
    body_start: int  # offset of the text after the block
    body_line: int  # 1-based line number where the body starts
    closed: bool  # whether a closing fence ended the block


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def _read_front_matter(text: str) -> _FrontMatter | None:
    """The ``---`` block at the top of ``text``, if there is one.

    Understood: ``key: value`` lines (quotes stripped), block scalars (``title: >`` or ``|``
    with the value on indented lines, folded into one line) and plain values continued on
    indented lines; indented lines under other keys (lists, maps) are passed over. A block
    that opens like front matter (its first line is ``key: value``) but is never closed ends at
    the first line that is neither an entry nor indented, with ``closed=False`` so the caller
    can say so; a ``---`` followed by prose is a rule, not front matter."""
    if not text.startswith("---"):
        return None
    # maxsplit keeps a huge body in one piece: only the first lines are ever looked at
    lines = text.split("\n", _FRONT_MATTER_MAX_LINES + 1)
    if _FM_FENCE.fullmatch(lines[0]) is None:
        return None
    fields: dict[str, tuple[str, int]] = {}
    offset = len(lines[0]) + 1
    current: tuple[str, int, bool] | None = None  # key, its line, whether a block scalar
    parts: list[str] = []
    entries = 0
    last_entry_end = offset  # offset just after the last line that belonged to the block
    last_entry_line = 2

    def finish() -> None:
        if current is not None:
            key, lineno, _block = current
            value = " ".join(p for p in parts if p)
            if key in _FM_KEYS and key not in fields:
                fields[key] = (value.strip() if _block else _unquote(value.strip()), lineno)

    for lineno, line in enumerate(lines[1 : _FRONT_MATTER_MAX_LINES + 1], start=2):
        line_start, offset = offset, offset + len(line) + 1
        if _FM_END.fullmatch(line):
            finish()
            return _FrontMatter(fields, min(offset, len(text)), lineno + 1, closed=True)
        stripped = line.strip()
        if line[:1] in (" ", "\t") or not stripped:
            # a continuation, a nested item, or a blank line inside a block scalar
            if current is not None and stripped and not stripped.startswith("#"):
                parts.append(stripped)
            if stripped:
                last_entry_end, last_entry_line = offset, lineno + 1
            continue
        m = _FM_ENTRY.fullmatch(line)
        if m is None:
            if stripped.startswith("#"):  # a YAML comment
                last_entry_end, last_entry_line = offset, lineno + 1
                continue
            if entries == 0:
                return None  # "---" then prose: a rule opening the document
            finish()
            # an unclosed block: it ends where its entries end
            return _FrontMatter(fields, line_start, lineno, closed=False)
        finish()
        entries += 1
        value = m[2] or ""
        block = _FM_BLOCK.fullmatch(value) is not None
        current = (m[1].lower(), lineno, block)
        parts = [] if block else [value]
        last_entry_end, last_entry_line = offset, lineno + 1
    if entries == 0:
        return None
    finish()
    if len(lines) <= _FRONT_MATTER_MAX_LINES + 1:
        # the whole file is an unclosed block
        return _FrontMatter(fields, min(last_entry_end, len(text)), last_entry_line, closed=False)
    return None  # 100 lines without a fence: a document that happens to start with a rule


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _decode(data: bytes, report: FileReport, base_offset: int = 0) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        offset = base_offset + err.start
        line = data.count(b"\n", 0, err.start) + 1
        report(f"not valid UTF-8: byte 0x{data[err.start]:02x} at byte offset {offset}", line)
        return None


def read_text_file(path: Path, doc_id: str, display: str, report: FileReport) -> Document | None:
    """One ``.txt`` or ``.md`` article, or None (the reason reported)."""
    try:
        with open_regular(path) as f:
            data = read_limited(f)
    except NotReadable as err:
        report(str(err))
        return None
    except OSError as err:
        report(os_error_message(err))
        return None
    reason = binary_reason(data[:BINARY_SNIFF_BYTES])
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

    id_from_path = True
    front = _read_front_matter(text)
    fields: dict[str, tuple[str, int]] = {}
    if front is not None:
        fields = front.fields
        if not front.closed:
            report.note(
                f"front matter is not closed with '---': read lines 1-{front.body_line - 1} as "
                "front matter and the rest as the article",
                1,
            )
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
            id_from_path = False
    return Document(
        id=doc_id,
        text=text,
        title=title,
        source=source,
        url=url,
        date=date,
        path=display,
        id_from_path=id_from_path,
    )
