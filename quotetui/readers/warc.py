"""Web archives: ``.warc`` and ``.warc.gz`` (and ARC) files, read with warcio.

Every HTML response (or resource) record is a document: its id is the record's target URI, its
date the page's, else the record's capture date. Other records that hold a payload (images,
PDFs, scripts, error responses) are counted and skipped with one note per file; requests,
metadata and warcinfo records carry no page and are passed over. A truncated or damaged archive
keeps the documents read before the damage and says where it stopped.
"""

from __future__ import annotations

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
    skipped: Counter[str] = Counter()
    records = pages = 0
    with f:
        if not f.read(1):
            report("empty file (no WARC records)")
            return
        f.seek(0)
        try:
            for record in ArchiveIterator(f, arc2warc=True):
                records += 1
                doc = _record_document(
                    record, display, stored_path, report, seen_ids, language, skipped
                )
                if doc is not None:
                    pages += 1
                    yield doc
        except ArchiveLoadFailed as err:
            what = "not a WARC file" if records == 0 else f"damaged after {records} records"
            report(f"{what} ({_one_line(err)})")
        except (EOFError, zlib.error, OSError, ValueError) as err:
            report(
                f"truncated or damaged after {records} records ({type(err).__name__}: "
                f"{_one_line(err)}); the records before were read"
            )
    if skipped:
        total = sum(skipped.values())
        kinds = ", ".join(f"{kind} ×{n}" for kind, n in skipped.most_common())
        report.note(
            f"skipped {total} record{'s' if total != 1 else ''} that are not HTML pages: {kinds}"
        )
    if records and not pages and not skipped:
        report.note("no page records (responses or resources) in the archive")


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200] or type(err).__name__


def _record_document(
    record: Any,
    display: str,
    stored_path: str,
    report: FileReport,
    seen_ids: SeenIds,
    language: str | None,
    skipped: Counter[str],
) -> Document | None:
    if record.rec_type not in ("response", "resource"):
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
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
    if doc is not None:
        seen_ids[uri] = f"{display} ({where.rstrip(': ')})"
    return doc
