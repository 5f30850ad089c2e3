"""Web pages: ``.html``, ``.htm`` and ``.html.gz`` files, and the HTML that WARC records and
fetched URLs hold.

The article is the page's main text as trafilatura extracts it (navigation, ads, comments and
related links left out), one paragraph a line; that text is the document's text, and offsets
refer to it. Metadata comes from the page: title, author, site name, canonical URL and language,
and the publication date from htmldate (JSON-LD ``datePublished``, ``article:published_time``,
``<time>`` elements …). trafilatura and the language model load on first use, so reading only
plain-text files never pays for them.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, cast

from quotetui.dates import parse_date
from quotetui.model import Document
from quotetui.readers.base import (
    MAX_DOCUMENT_BYTES,
    FileReport,
    NotReadable,
    clean_text,
    open_regular,
    os_error_message,
    read_limited,
)
from quotetui.readers.language import detect_language, primary_language

__all__ = ["HTML_SUFFIXES", "page_document", "read_html_file"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")

# A page with fewer characters than this in sentence-long paragraphs is an index, a paywall
# stub or an error page: nothing an analyst would call an article (the shortest PolNeAR article
# is ~600 characters). When a page has no main text, the extractor falls back to all of it:
# menus and headline lists, lines of a few words each, which this does not count.
MIN_ARTICLE_CHARS = 200
_PROSE_WORDS = 10

_SNIFF = 4096
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)


def read_html_file(
    path: Path,
    doc_id: str,
    display: str,
    stored_path: str,
    report: FileReport,
    language: str | None,
) -> Document | None:
    try:
        with open_regular(path) as f:
            data = _gunzip(f) if path.name.lower().endswith(".gz") else read_limited(f)
    except NotReadable as err:
        report(str(err))
        return None
    except OSError as err:
        report(os_error_message(err))
        return None
    if not data.strip():
        report("empty file (no HTML)")
        return None
    return page_document(
        data,
        doc_id=doc_id,
        stored_path=stored_path,
        url=None,
        report=report,
        note=report.note,
        language=language,
        id_from_path=True,
    )


def _gunzip(f: Any) -> bytes:
    try:
        with gzip.GzipFile(fileobj=f, mode="rb") as gz:
            return read_limited(cast(BinaryIO, gz), MAX_DOCUMENT_BYTES, "page (unpacked)")
    except gzip.BadGzipFile:
        raise NotReadable("not gzip data, though the name ends in .gz") from None
    except EOFError:
        raise NotReadable("truncated gzip file (it ends before the data does)") from None
    except zlib.error as err:
        raise NotReadable(f"damaged gzip data ({err})") from None


def _has_nul(head: bytes | str) -> bool:
    return b"\x00" in head if isinstance(head, bytes) else "\x00" in head


def looks_like_html(data: bytes) -> bool:
    return _HTML_START.match(data[:_SNIFF]) is not None


def page_document(
    data: bytes | str,
    *,
    doc_id: str,
    stored_path: str | None,
    url: str | None,
    report: Callable[[str], None],
    note: Callable[[str], None],
    language: str | None,
    id_from_path: bool = False,
    fallback_date: str | None = None,
    where: str = "",
) -> Document | None:
    """The article in one HTML page, or None with the reason reported (``where`` prefixes the
    message: "record https://…: ").

    ``language`` is the language the pipeline reads ("en"); a page in another one is reported
    and skipped (None reads every page)."""
    if _has_nul(data[:_SNIFF]):
        report(f"{where}binary data (NUL bytes), not an HTML page")
        return None
    try:
        extracted = _extract(data, url)
    except Exception as err:  # noqa: BLE001 - a broken page is that page's problem, never the run's
        report(f"{where}could not read the HTML ({type(err).__name__}: {err})")
        return None
    if extracted is None:
        report(f"{where}not an HTML page (nothing could be parsed)")
        return None
    meta, page_lang = extracted
    text = (meta.get("text") or "").strip("\n")
    title = _clean_field(meta.get("title"))
    text = _drop_leading_title(text, title)
    prose = _prose_chars(text)
    if prose < MIN_ARTICLE_CHARS:
        found = f" (only {prose} characters of sentences)" if prose else ""
        report(f"{where}no article text found in the page{found}; not an article?")
        return None

    lang, how = primary_language(page_lang), "from the page's metadata"
    if lang is None:
        lang, how = detect_language(text), "detected"
    if language and lang and lang != primary_language(language) and language != "xx":
        report(
            f"{where}the page is in {lang!r} ({how}), not {language!r}: skipped "
            f"(read it with --model naming a pipeline for {lang!r})"
        )
        return None

    text, surrogates = clean_text(text)
    if surrogates:
        note(f"{where}{surrogates} invalid characters replaced with U+FFFD")
    date = parse_date(meta["date"]) if meta.get("date") else None
    return Document(
        id=doc_id,
        text=text,
        title=title,
        source=_clean_field(meta.get("sitename")),
        url=_clean_field(meta.get("url")) or url,
        date=date or fallback_date,
        path=stored_path,
        author=_clean_field(meta.get("author")),
        language=lang,
        id_from_path=id_from_path,
    )


def _quiet_libraries() -> None:
    # trafilatura and htmldate log an ERROR for every page they cannot use; the reader reports
    # that page once, in its own words, with the file's name.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _extract(data: bytes | str, url: str | None) -> tuple[dict[str, Any], str | None] | None:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    _quiet_libraries()
    tree = load_html(data)
    if tree is None:
        return None
    page_lang = _page_language(tree)  # before extraction, which prunes the tree
    result = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # Only dates the page states (meta tags, JSON-LD, <time>, the URL): a date guessed
        # from any text on the page ("© 2019") would anchor "on Monday" to the wrong week.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return {}, page_lang
    fields: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    return fields, page_lang


def _page_language(tree: Any) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        return str(lang).strip()
    for xpath in (
        '//meta[translate(@http-equiv, "CONTENT-LANGUAGE", "content-language")'
        '="content-language"]/@content',
        '//meta[@property="og:locale"]/@content',
        '//meta[@name="language"]/@content',
    ):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def _prose_chars(text: str) -> int:
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS)


def _clean_field(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return clean_text(value)[0] or None


def _drop_leading_title(text: str, title: str | None) -> str:
    """The text without its first line when that line is the headline: the title is kept in its
    own field, and a headline is no sentence for the engine to attribute."""
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    if sep and " ".join(first.split()).casefold() == title.casefold():
        return rest.lstrip("\n")
    return text
