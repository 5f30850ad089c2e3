"""Web archives: ``.warc`` and ``.warc.gz`` (and ARC) files, read with warcio.

Every HTML response (or resource) record is a document: its id is the record's target URI, its
date the page's, else the record's capture date. Other records that hold a payload (images,
PDFs, scripts, error responses) are counted and skipped with one note per file; requests,
metadata and warcinfo records carry no page and are passed over. A truncated or damaged archive
keeps the documents read before the damage and says where it stopped.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotetui.model import Document
from quotetui.readers.base import (
    MAX_DOCUMENT_BYTES,
    FileReport,
    NotReadable,
    open_regular,
)
from quotetui.readers.html import looks_like_html, page_document

__all__ = ["WARC_SUFFIXES", "read_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

_HTML_TYPES = ("text/html", "application/xhtml+xml")

SeenIds = dict[str, str]


def read_warc(
    path: Path,
    display: str,
    stored_path: str,
    report: FileReport,
    seen_ids: SeenIds,
    language: str | None,
) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        f = open_regular(path, limit=None)  # an archive may be any size; each page may not
    except NotReadable as err:
        report(str(err))
        return

    class _Quiet(ArchiveIterator):  # type: ignore[misc]
        # warcio writes a warning for each bad record straight to stderr, through the progress
        # line; the damage is reported once, below, with the file's name.
        INC_RECORD = ""

    skipped: Counter[str] = Counter()
    records = pages = 0
    with f:
        problem = _not_an_archive(f.read(_SNIFF))
        if problem:
            report(problem)
            return
        f.seek(0)
        size = os.fstat(f.fileno()).st_size
        it = _Quiet(f, arc2warc=True)
        damaged = False
        try:
            for record in it:
                records += 1
                if not record.rec_type:  # what warcio makes of headers cut off at the end
                    report(
                        f"truncated or damaged: record {records} has no WARC-Type; the "
                        f"{records - 1} records before were read"
                    )
                    damaged = True
                    break
                doc = _record_document(record, stored_path, report, seen_ids, language, skipped)
                if _drain(record):
                    report(
                        f"truncated: record {records} ({_uri(record) or 'no URI'}) ends before "
                        f"its Content-Length says; the {records - 1} records before were read"
                    )
                    damaged = True
                    break
                if doc is not None:
                    seen_ids[doc.id] = f"{display} (record {doc.id})"
                    pages += 1
                    yield doc
        except ArchiveLoadFailed as err:
            report(f"damaged after {records} records ({_one_line(err)})")
            damaged = True
        except (EOFError, zlib.error, OSError, ValueError) as err:
            report(
                f"truncated or damaged after {records} records ({type(err).__name__}: "
                f"{_one_line(err)}); the records before were read"
            )
            damaged = True
        if not damaged and _left_over(f, it, size):
            # warcio ends quietly when the last record is cut off inside its headers (or
            # inside its gzip member): what is left after the last whole record says so
            report(
                f"truncated: the archive ends inside a record; the {records} records before "
                "were read"
            )
            damaged = True
        if getattr(it, "err_count", 0):
            report.note(f"{it.err_count} records with a wrong Content-Length (read as found)")
    if skipped:
        total = sum(skipped.values())
        kinds = ", ".join(f"{kind} ×{n}" for kind, n in skipped.most_common())
        what = "records that are not HTML pages" if total != 1 else "record that is not a page"
        report.note(f"skipped {total} {what}: {kinds}")
    if records and not pages and not skipped and not damaged:
        report.note("no page records (responses or resources) in the archive")


_SNIFF = 4096
_GZIP_MAGIC = b"\x1f\x8b"


def _not_an_archive(head: bytes) -> str | None:
    """Why a file that starts with ``head`` is no WARC (or ARC), or None."""
    if not head:
        return "empty file (no WARC records)"
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error as err:
            return f"damaged gzip data ({err})"
    if head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        return None
    start = head[:40].decode("utf-8", "replace").split("\n")[0]
    return f"not a WARC file (it starts with {start!r}, not 'WARC/')"


def _left_over(f: Any, it: Any, size: int) -> bool:
    end = getattr(it, "offset", size)
    if not isinstance(end, int) or end >= size:
        return False
    f.seek(end)
    return bool(f.read(64).strip())


def _drain(record: Any) -> bool:
    """Read what is left of ``record`` and tell whether it ended before its Content-Length:
    a truncated archive otherwise just stops, without a word from warcio."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return bool(getattr(raw, "limit", 0))


def _uri(record: Any) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "").strip()


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200] or type(err).__name__


def _record_document(
    record: Any,
    stored_path: str,
    report: FileReport,
    seen_ids: SeenIds,
    language: str | None,
    skipped: Counter[str],
) -> Document | None:
    if record.rec_type not in ("response", "resource"):
        return None
    uri = _uri(record)
    http = record.http_headers if record.rec_type == "response" else None
    if http is not None:
        status = http.get_statuscode()
        if status and not str(status).startswith("2"):
            skipped[f"HTTP {status}"] += 1
            return None
        content_type = http.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    mime = (content_type or "").split(";")[0].strip().lower()
    stream = record.content_stream()
    head = stream.read(4096)
    if mime not in _HTML_TYPES and not (not mime and looks_like_html(head)):
        skipped[mime or "no content type"] += 1
        return None
    where = f"record {uri or '(no URI)'}: "
    rest = stream.read(MAX_DOCUMENT_BYTES + 1 - len(head))
    data = head + rest
    if len(data) > MAX_DOCUMENT_BYTES:
        report(f"{where}page too large (over {MAX_DOCUMENT_BYTES / 1e6:.0f} MB); skipped")
        return None
    if not uri:
        report(f"{where}no WARC-Target-URI to name the document by; skipped")
        return None
    if uri in seen_ids:
        report(f"{where}duplicate id {uri!r}, first seen in {seen_ids[uri]}; skipped")
        return None
    captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    doc = page_document(
        data,
        doc_id=uri,
        stored_path=stored_path,
        url=uri,
        report=report,
        note=report.note,
        language=language,
        fallback_date=captured if captured and len(captured) == 10 else None,
        where=where,
    )
    return doc
