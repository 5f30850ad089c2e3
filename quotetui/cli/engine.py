"""Running the engine for ingest and extract: the pipeline loaded once, documents read and
attributed as a stream, problems told on stderr."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

import click

from quotetui.cli.progress import Progress
from quotetui.model import Document, DocumentResult
from quotetui.terminal import escaped

# Loaded pipelines by (--model, $QUOTETUI_MODEL): loading takes seconds, and tests and other
# in-process callers run several commands in one interpreter.
_PIPELINES: dict[tuple[str | None, str | None], Any] = {}


def get_pipeline(model: str | None) -> Any:
    """The spaCy pipeline for ``--model`` (or the engine's default), loaded once per process."""
    from quotetui.engine import load_pipeline

    key = (model, os.environ.get("QUOTETUI_MODEL"))
    if key not in _PIPELINES:
        _PIPELINES[key] = load_pipeline(model)
    return _PIPELINES[key]


# glibc gives a freed block over its mmap threshold back to the system at once, and trims the
# heap's top past its trim threshold. It raises both as large blocks are freed, but a process
# starts at 128 kB, and what the engine runs on is freed and taken again for every batch (a
# batch's arrays, an article's objects): ~2,000 page faults an article, each a page zeroed
# anew. With the mmap threshold pinned where glibc's own raising stops (32 MB) and the heap
# trimmed only past 256 MB (more than extract's whole peak), the memory is kept for the next
# batch: the same results, ~3% less CPU, the same peak (benchmarks/README.md). Left alone when
# the environment sets either.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory() -> None:
    if not sys.platform.startswith("linux") or any(
        name in os.environ for name in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")
    ):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc's; musl has none
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)
    mallopt(_M_TRIM_THRESHOLD, 256 * 1024 * 1024)


def run_engine(
    paths: Iterable[str],
    model: str | None,
    processes: int,
    batch_size: int,
    label: str,
    url_lists: Iterable[str] = (),
    claim: Callable[[Document], Any] | None = None,
) -> tuple[Generator[tuple[Document, DocumentResult], None, None], Progress, list[Any]]:
    """Stream ``(document, result)`` pairs with progress and problem reporting on stderr.

    ``claim(document)`` may return a reader ``Problem`` for a document: a note is printed and
    the document read, a problem is counted and the document left out."""
    from quotetui.engine import attribute_documents
    from quotetui.readers import count_documents, read_documents

    nlp = load_pipeline_or_exit(model)
    keep_freed_memory()
    paths, url_lists = list(paths), list(url_lists)
    progress = Progress(count_documents(paths, url_lists), label, sys.stderr)
    problems: list[Any] = []

    def on_problem(problem: Any) -> None:
        if getattr(problem, "note", False):
            progress.message(f"note: {escaped(problem)}")
            return
        problems.append(problem)
        progress.message(f"problem: {escaped(problem)}")

    def on_warning(message: str) -> None:
        progress.message(f"note: {escaped(message)}")

    def claimed(documents: Iterable[Any]) -> Iterator[Any]:
        for document in documents:
            verdict = claim(document) if claim is not None else None
            if verdict is not None:
                on_problem(verdict)
                if not verdict.note:
                    continue
            yield document

    # A web page in another language than the pipeline's is reported, not parsed as English.
    documents = claimed(
        read_documents(
            paths, on_problem=on_problem, language=getattr(nlp, "lang", None), url_lists=url_lists
        )
    )
    pairs = attribute_documents(
        nlp,
        documents,
        batch_size=batch_size,
        n_process=processes,
        on_warning=on_warning,
        on_part=lambda document, done, parts: progress.part(document.id, done, parts),
    )

    def checked() -> Generator[tuple[Document, DocumentResult], None, None]:
        # A document the engine failed on is reported; the caller decides what to keep of it.
        try:
            for pair in pairs:
                document, result = pair
                if result.error:
                    where = document.path or document.id
                    problem = f"{where}: engine failed on document {document.id!r} ({result.error})"
                    problems.append(problem)
                    progress.message(f"problem: {escaped(problem)}")
                yield document, result
        finally:
            pairs.close()  # stops worker processes at once if the caller stops early

    return checked(), progress, problems


def load_pipeline_or_exit(model: str | None) -> Any:
    from quotetui.engine import ModelNotFound

    try:
        return get_pipeline(model)
    except ModelNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
