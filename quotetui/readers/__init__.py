"""Reading news articles: plain text (``.txt``, ``.md``), JSON Lines (``.jsonl``), web pages
(``.html``, ``.htm``, ``.html.gz``), web archives (``.warc``, ``.warc.gz``) and URLs.

``read_documents`` is a generator: folders are walked lazily and JSONL and WARC files are read
record by record, so a folder of 20,000 articles or a 1 GB file never sits in memory at once.
Every bad input is reported once through ``on_problem`` and reading goes on, so one broken
file never costs the rest of an ingest. Only regular files are opened (a FIFO or a symlink to
``/dev/zero`` is named and skipped), each document is at most ``MAX_DOCUMENT_BYTES``, and
files of other types inside a folder are counted in one note per folder.

One module per format: ``text``, ``jsonl``, ``html``, ``warc``, ``urls``; ``ids`` makes
document ids, ``base`` holds the guards every reader shares.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotetui.dates import parse_date
from quotetui.model import Document
from quotetui.readers.base import (
    MAX_DOCUMENT_BYTES,
    FileReport,
    NotReadable,
    Problem,
    ProblemHandler,
    display_path,
    log_problem,
    open_regular,
    os_error_message,
)
from quotetui.readers.html import HTML_SUFFIXES
from quotetui.readers.ids import check_claim, path_id
from quotetui.readers.text import TEXT_SUFFIXES
from quotetui.readers.urls import FetchSettings, is_url
from quotetui.readers.warc import WARC_SUFFIXES

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "InputFile",
    "SUPPORTED_SUFFIXES",
    "Document",
    "FetchSettings",
    "Problem",
    "check_claim",
    "count_documents",
    "is_url",
    "parse_date",
    "read_documents",
    "read_inputs",
    "walk_inputs",
]

logger = logging.getLogger(__name__)

JSONL_SUFFIXES = (".jsonl",)
# Longest first: "a.warc.gz" is a WARC, not a gzip of unknown kind.
SUPPORTED_SUFFIXES = tuple(
    sorted(
        TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES,
        key=len,
        reverse=True,
    )
)
_SUPPORTED_LIST = ".txt, .md, .jsonl, .html, .htm, .html.gz, .warc or .warc.gz"

Source = str | os.PathLike[str]


def kind_suffix(name: str) -> str | None:
    """The supported suffix ``name`` ends with (lower case), or None."""
    lower = name.lower()
    for suffix in SUPPORTED_SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return suffix
    return None


def _unsupported_suffix(name: str) -> str:
    lower = name.lower()
    if lower.startswith(".") and lower.count(".") == 1:
        return "(no extension)"
    stem, dot, ext = lower.rpartition(".")
    if not dot or not stem:
        return "(no extension)"
    if ext == "gz" and "." in stem:
        return "." + stem.rpartition(".")[2] + ".gz"
    return "." + ext


@dataclass(frozen=True)
class _Item:
    path: Path | None  # None for a URL
    root: Path | None  # the folder it was found under, None when named itself
    suffix: str = ""
    url: str | None = None


# --------------------------------------------------------------------------------------------
# Walking paths
# --------------------------------------------------------------------------------------------


def _as_path_list(paths: Iterable[Source] | Source) -> list[Source]:
    # A lone path is a common slip; iterating over a str would yield one "file" per character.
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


def _walk(paths: Iterable[Source], report: ProblemHandler) -> Iterator[_Item]:
    """Supported files under ``paths`` (and URLs) in a stable order, each real file once."""
    seen_files: set[tuple[int, int]] = set()
    for raw in _as_path_list(paths):
        if isinstance(raw, str) and is_url(raw):
            yield _Item(None, None, url=raw.strip())
            continue
        path = Path(raw)
        shown = display_path(path)
        try:
            st = path.stat()
        except OSError as err:
            report(Problem(shown, os_error_message(err)))
            continue
        if stat.S_ISDIR(st.st_mode):
            found = False
            skipped: Counter[str] = Counter()
            for file, file_kind in _walk_dir(path, report, {(st.st_dev, st.st_ino)}, skipped):
                found = True
                if _first_visit(file, seen_files):
                    yield _Item(file, path, file_kind)
            summary = _skipped_summary(skipped)
            if not found:
                also = f" ({summary})" if summary else ""
                report(Problem(shown, f"folder holds no {_SUPPORTED_LIST} files{also}"))
            elif summary:
                report(Problem(shown, summary, note=True))
            continue
        suffix = kind_suffix(path.name)
        if suffix is None:
            ext = _unsupported_suffix(path.name)
            report(Problem(shown, f"unsupported file type {ext!r}: expected {_SUPPORTED_LIST}"))
        elif _first_visit(path, seen_files):
            yield _Item(path, None, suffix)


def _skipped_summary(skipped: Counter[str]) -> str:
    if not skipped:
        return ""
    total = sum(skipped.values())
    kinds = ", ".join(
        f"{ext} ×{n}" for ext, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f"skipped {total} file{'s' if total != 1 else ''} of unsupported types: {kinds}"


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
    folder: Path,
    report: ProblemHandler,
    ancestors: set[tuple[int, int]],
    skipped: Counter[str],
) -> Iterator[tuple[Path, str]]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        report(Problem(display_path(folder), os_error_message(err)))
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
                report(Problem(display_path(path), os_error_message(err)))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                continue  # a symlink back up the tree would loop forever
            yield from _walk_dir(path, report, ancestors | {key}, skipped)
            continue
        suffix = kind_suffix(entry.name)
        if suffix is not None:
            yield path, suffix  # FIFOs and devices too: the reader names them and moves on
        else:
            skipped[_unsupported_suffix(entry.name)] += 1


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def read_documents(
    paths: Iterable[Source],
    on_problem: Callable[[Problem], None] | None = None,
    *,
    language: str | None = "en",
    url_lists: Iterable[Source] = (),
    fetch: FetchSettings | None = None,
) -> Iterator[Document]:
    """Documents from files, folders and URLs, lazily, in a stable order.

    Folders are read recursively in name order, skipping hidden entries; files of other types
    are counted in a note. Every bad input (missing path, unsupported file named explicitly,
    something that is not a regular file, binary or non-UTF-8 or empty file, unreadable file,
    bad JSONL line, broken page or archive, failed URL, id already seen) is passed to
    ``on_problem`` (default: a logged warning) and skipped; reading goes on. Notes
    (``Problem.note``) tell of inputs read with a change: a lone surrogate replaced, unclosed
    front matter, records or files of other types skipped.

    ``paths`` may hold ``http(s)://`` URLs, and ``url_lists`` files of URLs (one a line); they
    are fetched with ``fetch`` (timeouts, size limit, user agent). ``language`` is the language
    the pipeline reads: a web page in another one is reported and skipped (None: read all).
    """
    from quotetui.readers.urls import _Client, read_url, urls_in_file

    report = on_problem or log_problem
    seen_ids: dict[str, str] = {}  # id -> where it was first seen, for the duplicate message
    client = _Client(fetch or FetchSettings())
    items: list[Iterable[_Item]] = [_walk(paths, report)]
    for url_list in _as_path_list(url_lists):
        items.append(
            _Item(None, None, url=url) for url, _line in urls_in_file(Path(url_list), report)
        )
    try:
        for source in items:
            for item in source:
                if item.url is not None:
                    file_report = FileReport(display_path(item.url), report)
                    page = read_url(item.url, client, file_report, seen_ids, language)
                    if page is not None:
                        yield page
                    continue
                assert item.path is not None
                yield from _read_file(item, display_path(item.path), report, seen_ids, language)
    finally:
        client.close()


def _read_file(
    item: _Item,
    shown: str,
    report: ProblemHandler,
    seen_ids: dict[str, str],
    language: str | None,
    span: tuple[int, int | None, int] | None = None,
) -> Iterator[Document]:
    from quotetui.readers.html import read_html_file
    from quotetui.readers.jsonl import read_jsonl
    from quotetui.readers.text import read_text_file
    from quotetui.readers.warc import read_warc

    assert item.path is not None
    path, suffix = item.path, item.suffix
    stored = display_path(os.path.abspath(path))
    file_report = FileReport(shown, report)
    if suffix in JSONL_SUFFIXES:
        start, end, first_line = span or (0, None, 1)
        yield from read_jsonl(
            path, shown, stored, file_report, seen_ids,
            start=start, end=end, first_line=first_line,
        )  # fmt: skip
    elif suffix in WARC_SUFFIXES:
        yield from read_warc(path, shown, stored, file_report, seen_ids, language)
    else:
        doc_id = path_id(path, item.root, suffix)
        if suffix in TEXT_SUFFIXES:
            doc = read_text_file(path, doc_id, stored, file_report)
        else:
            doc = read_html_file(path, doc_id, shown, stored, file_report, language)
        if doc is not None:
            if doc.id in seen_ids:
                file_report(f"duplicate id {doc.id!r}, first seen in {seen_ids[doc.id]}; skipped")
            else:
                seen_ids[doc.id] = shown
                yield doc
    file_report.close()


@dataclass(frozen=True)
class InputFile:
    """One file to read, as ``walk_inputs`` found it: its path, the folder it was found under
    (None when named itself: the two give its id), its format suffix and its name as shown.
    A JSONL file may be read in part: the lines starting in ``[start, end)``, the first of
    them line ``first_line`` (a large file read as several partitions)."""

    path: str
    root: str | None
    suffix: str
    shown: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def walk_inputs(
    paths: Iterable[Source], on_problem: Callable[[Problem], None] | None = None
) -> Iterator[InputFile | str]:
    """What ``read_documents`` would read, in its order, without reading it: each file as an
    ``InputFile`` (paths absolute, so another process in another folder reads the same file
    under the same id) and each URL as its string. Missing paths, unsupported files named
    explicitly and folders without articles are reported as ``read_documents`` reports them."""
    for item in _walk(_as_path_list(paths), on_problem or log_problem):
        if item.url is not None:
            yield item.url
            continue
        assert item.path is not None
        root = None if item.root is None else os.path.abspath(item.root)
        yield InputFile(os.path.abspath(item.path), root, item.suffix, display_path(item.path))


def read_inputs(
    files: Iterable[InputFile],
    on_problem: Callable[[Problem], None] | None = None,
    *,
    language: str | None = "en",
    seen_ids: dict[str, str] | None = None,
) -> Iterator[Document]:
    """The documents of ``files`` (from ``walk_inputs``, or parts of them), read as
    ``read_documents`` reads them: the same ids, the same problems. ``seen_ids`` collects each
    id read and where (``name:line`` or the file's name), for duplicates across calls."""
    report = on_problem or log_problem
    seen = {} if seen_ids is None else seen_ids
    for f in files:
        item = _Item(Path(f.path), None if f.root is None else Path(f.root), f.suffix)
        yield from _read_file(item, f.shown, report, seen, language, (f.start, f.end, f.first_line))


def count_documents(paths: Iterable[Source], url_lists: Iterable[Source] = ()) -> int:
    """A cheap estimate of how many documents ``read_documents`` will yield: one per file or
    URL plus one per non-blank JSONL line (a WARC counts one: counting its pages would mean
    reading it). For a progress bar; never raises."""
    total = 0
    try:
        for item in _walk(_as_path_list(paths), lambda _problem: None):
            if item.path is None or item.suffix not in JSONL_SUFFIXES:
                total += 1
                continue
            # never open a FIFO to count it: that would block before anything was read
            with contextlib.suppress(NotReadable, OSError), open_regular(item.path, None) as f:
                total += sum(1 for raw in f if raw.strip())
        for url_list in _as_path_list(url_lists):
            total += sum(1 for _ in urls_in_file_quietly(Path(url_list)))
    except Exception:  # noqa: BLE001 - a progress estimate must never break an ingest
        logger.debug("count_documents gave up early", exc_info=True)
    return total


def urls_in_file_quietly(path: Path) -> Iterator[tuple[str, int]]:
    from quotetui.readers.urls import urls_in_file

    return urls_in_file(path, lambda _problem: None)
