"""``quotetui ingest``: read, attribute and store articles (or stored prediction shards)."""

from __future__ import annotations

import functools
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from quotetui.cli.common import database, need_inputs
from quotetui.cli.engine import load_pipeline_or_exit, run_engine
from quotetui.cli.options import (
    batch_size_option,
    db_option,
    model_option,
    paths_argument,
    processes_option,
    urls_option,
)
from quotetui.cli.progress import Progress
from quotetui.cli.signals import exit_status, ignore_stop_signals, stop_signals
from quotetui.model import Document, DocumentResult
from quotetui.terminal import escaped

if TYPE_CHECKING:
    import sqlite_utils

    from quotetui.store import SaveReport

T = TypeVar("T")

# A store transaction takes at most this many documents or this many seconds of engine work:
# enough that commits are cheap, few enough that another analyst never waits long for the write
# lock and new articles show up in the review UI while an ingest runs.
STORE_BATCH = 100
STORE_SECONDS = 2.0

# How long ingest waits for another program's write lock (a review session deciding, another
# ingest storing a batch) before it gives up, telling the user meanwhile.
LOCK_WAIT_SECONDS = 600.0
LOCK_NOTE_SECONDS = 60.0


@click.command()
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
        need_inputs(paths, url_lists)
    shards = _check_shards(prediction_dirs)
    try:
        store.check_db(db_path)  # a database we would refuse: said before the pipeline loads
    except store.DatabaseProblem as exc:
        raise click.ClickException(escaped(exc)) from None
    if not prediction_dirs:
        load_pipeline_or_exit(
            model
        )  # before creating the database: a missing model changes nothing
    with database(db_path) as db, stop_signals() as received:
        # Speakers made from here on are this run's new ones: the engine's and those the
        # identity pass makes when it keeps two people of one name apart.
        since = store.now()
        if prediction_dirs:
            pairs, progress, problems = _read_predictions(shards, claim=_claim_checker(db))
        else:
            pairs, progress, problems = run_engine(
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
                    # Reported by run_engine; storing a failed run would drop the document's
                    # quotes (and mark its reviewed quotes stale), so it is left as it was.
                    continue
                batch.append(pair)
                if len(batch) >= STORE_BATCH or time.monotonic() - last_flush >= STORE_SECONDS:
                    flush()
            flush()
        except KeyboardInterrupt:
            # Ctrl-C, SIGTERM or SIGHUP. Finished documents are worth keeping; the next ingest
            # picks up the rest. The workers are stopped first: nobody wants their results.
            ignore_stop_signals()
            pairs.close()
            flush()
            _waiting_for_lock(db_path, progress, lambda: store.resolve_identity(db))
            progress.close(complete=False)
            how = "stopped" if received else "interrupted"
            click.echo(f"{how}: {len(reports)} documents stored in {db_path}", err=True)
            raise SystemExit(exit_status(received)) from None
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
            raise click.ClickException(escaped(exc)) from None
    return list(folders)


def _read_predictions(
    folders: list[Path], claim: Callable[[Document], Any]
) -> tuple[Generator[tuple[Document, DocumentResult], None, None], Progress, list[Any]]:
    """``(document, result)`` pairs from prediction shards, as ``run_engine`` gives them
    from articles: the same progress, problems, claims and duplicate ids."""
    from quotetui.distributed import read_shards, shard_documents

    progress = Progress(sum(shard_documents(f) for f in folders), "ingest", sys.stderr)
    problems: list[Any] = []

    def problem(message: str) -> None:
        problems.append(message)
        progress.message(f"problem: {escaped(message)}")

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
                        progress.message(f"note: {escaped(verdict)}")
                    else:
                        problems.append(verdict)
                        progress.message(f"problem: {escaped(verdict)}")
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
            progress.message(f"problem: {escaped(problem)}")
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
            click.echo(f"  {escaped(doc_id)}  {qid}  {escaped(snippet)}")
        if len(orphaned) > 50:
            click.echo(f"  … and {len(orphaned) - 50} more")
    if rechecked:
        click.echo(
            "Review decisions to look at again (not exported as verified until decided again;"
            " `quotetui review`, key !):"
        )
        for doc_id, qid, snippet, reason in rechecked[:50]:
            click.echo(f"  {escaped(doc_id)}  {qid}  {escaped(snippet)}  ({escaped(reason)})")
        if len(rechecked) > 50:
            click.echo(f"  … and {len(rechecked) - 50} more")
