"""Articles fetched from URLs the user gives (``quotetui ingest https://…``, ``--urls FILE``).

Nothing is fetched unless the user names a URL. httpx, rather than trafilatura's fetcher:
its errors say what went wrong (refused, timed out, HTTP 404, too many redirects) where the
fetcher returns None, it streams a body so the size limit holds while downloading (also for a
gzip-encoded body, counted unpacked), and it takes one timeout for connecting and each read.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotetui import __version__
from quotetui.model import Document
from quotetui.readers.base import (
    MAX_DOCUMENT_BYTES,
    FileReport,
    NotReadable,
    Problem,
    clean_text,
    open_regular,
    read_limited,
)
from quotetui.readers.html import looks_like_html, page_document

__all__ = ["FetchSettings", "is_url", "read_url", "urls_in_file"]

_URL = re.compile(r"https?://\S+", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 20.0  # seconds to connect, and for each read
    total: float = 60.0  # seconds for a whole page, so a server dripping bytes cannot stall
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_redirects: int = 5
    user_agent: str = f"quotetui/{__version__} (news quote attribution; python-httpx)"


def is_url(text: str) -> bool:
    return _URL.fullmatch(text.strip()) is not None


def urls_in_file(path: Path, report: Callable[[Problem], None]) -> Iterator[tuple[str, int]]:
    """``(url, line)`` for each URL in a list (one a line; blank lines and ``#`` comments
    skipped); a line that is not an http(s) URL is reported."""
    name = str(path)
    try:
        with open_regular(path) as f:
            data = read_limited(f)
    except NotReadable as err:
        report(Problem(name, str(err)))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        report(Problem(name, f"not valid UTF-8: byte 0x{data[err.start]:02x}"))
        return
    found = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            report(Problem(name, f"not an http(s) URL: {line[:100]!r}; skipped", lineno))
            continue
        found = True
        yield line, lineno
    if not found:
        report(Problem(name, "no URLs in the file"))


class _Client:
    """One httpx client for a run (connections are reused), created on the first URL."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self._client: Any = None

    def get(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                timeout=httpx.Timeout(self.settings.timeout),
                follow_redirects=True,
                max_redirects=self.settings.max_redirects,
                headers={"User-Agent": self.settings.user_agent, "Accept": "text/html,*/*;q=0.5"},
                trust_env=False,  # no proxy or netrc from the environment: fetch what was named
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def read_url(
    url: str,
    client: _Client,
    report: FileReport,
    seen_ids: dict[str, str],
    language: str | None,
) -> Document | None:
    import httpx

    url = url.strip()
    if clean_text(url)[1]:
        # bytes that are not UTF-8 on the command line: no URL, and no id that could be stored
        report("not a URL that can be fetched (it holds bytes that are not UTF-8)")
        return None
    if url in seen_ids:
        report(f"duplicate id {url!r}, first seen in {seen_ids[url]}; skipped")
        return None
    settings = client.settings
    try:
        data, final_url, mime = _fetch(client.get(), url, settings)
    except NotReadable as err:
        report(str(err))
        return None
    except httpx.TimeoutException:
        report(f"timed out (no answer within {settings.timeout:.0f} s)")
        return None
    except httpx.TooManyRedirects:
        report(f"more than {settings.max_redirects} redirects")
        return None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
        report(f"not a URL that can be fetched ({err})")
        return None
    except httpx.HTTPError as err:
        report(f"cannot fetch: {type(err).__name__}: {' '.join(str(err).split()) or 'failed'}")
        return None
    if mime not in _HTML_TYPES and not (not mime and looks_like_html(data)):
        report(f"not an HTML page (content type {mime or 'missing'}); skipped")
        return None
    doc = page_document(
        data,
        doc_id=url,
        stored_path=None,
        url=final_url,
        report=report,
        note=report.note,
        language=language,
    )
    if doc is not None:
        seen_ids[url] = url
    return doc


def _fetch(client: Any, url: str, settings: FetchSettings) -> tuple[bytes, str, str]:
    started = time.monotonic()
    with client.stream("GET", url) as response:
        if response.status_code >= 400:
            raise NotReadable(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > settings.max_bytes:
            raise NotReadable(_too_large(settings.max_bytes))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > settings.max_bytes:
                raise NotReadable(_too_large(settings.max_bytes))
            if time.monotonic() - started > settings.total:
                raise NotReadable(f"took longer than {settings.total:.0f} s to download; skipped")
            chunks.append(chunk)
        mime = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return b"".join(chunks), str(response.url), mime


def _too_large(limit: int) -> str:
    return f"page too large (over {limit / 1e6:.0f} MB, the limit for one document); skipped"
