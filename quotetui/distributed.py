"""Extraction on a Dask cluster: the input cut into partitions, each attributed on a worker
into a shard of predictions, the speakers joined across the whole corpus in one reduce step,
and the shards read back into the store without parsing again.

``quotetui extract PATH… -o FOLDER --dask ADDRESS|local[:N]`` runs :func:`extract`; ``quotetui
ingest --predictions FOLDER`` reads what it wrote with :func:`read_shards`. Dask is imported
only when a cluster is used (``pip install 'quotetui[dask]'``): reading shards needs none.

The run, step by step:

1. **Plan** (on the client, :func:`plan`): the files and folders named are walked as
   ``read_documents`` walks them (same order, same ids, same problems). Small files are
   grouped into partitions of about ``partition_bytes`` of input; a JSONL file larger than that
   is cut into byte ranges that start and end at line starts (one pass over the file, which
   also numbers the lines, so a problem on a worker names the line as a plain run would).
2. **Map** (on the workers, one task per partition): each worker process loads the pipeline
   once (a cached loader) and attributes its partitions with ``attribute_documents``, as
   ``extract`` does; the per-document crash guard and time limit hold there too. A task writes
   the partition's predictions (article-local speaker ids) and its articles sidecar, and sends
   back only what the reduce needs: each document's id and where it was read, and each
   article's speakers (``identity.Article``). A partition whose task fails (a worker that dies,
   a disk that fills) is tried again, up to ``attempts`` times, then reported with its
   documents; the others go on.
3. **Reduce** (on the client): ids seen in two partitions keep the first (in input order, as a
   plain run keeps it) and the later one is reported; ``identity.resolve`` gives the corpus
   speaker ids. It depends on the set of articles only, so the same corpus gets the same ids
   however it was partitioned.
4. **Finish** (on the workers, one task per partition): each shard is rewritten with the
   corpus ids (``identity.apply_to_prediction``, the function a plain extract applies), and
   the manifest is written last: a folder without ``manifest.json`` is an unfinished run.

The output folder (docs/FORMATS.md, "Prediction shards"): ``part-NNNNN.jsonl`` (predictions,
one line per document, exactly the lines a plain ``extract`` writes, in the same order when
the shards are read in order), ``articles-NNNNN.jsonl`` (per document: its metadata and
text, the engine's speakers with what the article says of them, and each quote's
article-local speaker, which ``ingest --predictions`` stores as a plain ingest would), and
``manifest.json``.

Workers read the input and write the output by path: the client and every worker must see
them at the same paths (a shared filesystem), as ``dask.dataframe.read_csv`` of local paths
needs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from quotetui import __version__, identity
from quotetui.files import write_atomically
from quotetui.model import Document, DocumentResult, QuoteRecord, SpeakerRecord
from quotetui.readers import InputFile, Problem, read_inputs, walk_inputs
from quotetui.readers.base import BINARY_SNIFF_BYTES, NotReadable, binary_reason, open_regular

if TYPE_CHECKING:
    from spacy.language import Language

MANIFEST = "manifest.json"
FORMAT = "quotetui prediction shards"
FORMAT_VERSION = 1

# A partition is about this much input (~200 news articles, ~10 s of one worker core at the
# measured ~20 articles/s on 2 cores). Small enough that the last partitions of a run leave
# workers idle only briefly, that a partition retried costs little, and that each task's
# result (the articles' speakers) is small; large enough that per-task overhead (~10 ms of
# scheduling, two files written) is noise, and that 10 million articles are ~50,000 shards,
# not millions of files (benchmarks/README.md, "On a Dask cluster").
PARTITION_BYTES = 1_000_000
# Unless a size is given, a run whose input is small for its cluster takes smaller
# partitions: at least this many for each worker thread, so the last ones to finish leave the
# others idle for a small part of the run (a 2,000-article run on 2 workers at 1 MB is 10
# partitions, and one worker sat idle for a tenth of it), but no smaller than the floor.
PARTITIONS_PER_WORKER = 16
MIN_PARTITION_BYTES = 64_000
# A partition never holds more files than this, however small they are: a folder of tiny
# files still makes partitions of a useful size for retries and progress.
PARTITION_FILES = 500
# Tries of a partition before it is reported as failed.
ATTEMPTS = 3

_BLOCK = 1 << 20


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class Partition:
    """One task's input: whole files, or one byte range of a large JSONL file."""

    index: int
    files: tuple[InputFile, ...]
    documents: int  # expected: a JSONL file's non-blank lines, one per other file
    size: int  # bytes of input

    def describe(self) -> str:
        if len(self.files) == 1:
            f = self.files[0]
            if f.start or f.end is not None:
                last = f.first_line + max(self.documents, 1) - 1
                return f"{f.shown} lines {f.first_line}–{last}"
            return f.shown
        return f"{len(self.files)} files, {self.files[0].shown} … {self.files[-1].shown}"

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "source": self.describe(),
            "size": self.size,
            "files": [dataclasses.asdict(f) for f in self.files],
        }


@dataclass(frozen=True)
class Plan:
    partitions: tuple[Partition, ...]
    urls: tuple[str, ...] = ()  # URLs named: a cluster run reads files only

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)


def plan(
    paths: Iterable[str | os.PathLike[str]],
    partition_bytes: int = PARTITION_BYTES,
    on_problem: Callable[[Problem], None] | None = None,
    partition_files: int = PARTITION_FILES,
) -> Plan:
    """Cut the input into partitions (see the module docstring), in the order a plain run
    reads it. Problems found on the way (a missing path, a binary JSONL file) are reported
    through ``on_problem``, as ``read_documents`` would report them, and left out."""
    report = on_problem or (lambda _p: None)
    partitions: list[Partition] = []
    urls: list[str] = []
    group: list[InputFile] = []
    size = docs = 0

    def flush() -> None:
        nonlocal size, docs
        if group:
            partitions.append(Partition(len(partitions), tuple(group), docs, size))
            group.clear()
        size = docs = 0

    for item in walk_inputs(paths, report):
        if isinstance(item, str):
            urls.append(item)
            continue
        file_size = _regular_size(item.path)
        if item.suffix == ".jsonl" and file_size > partition_bytes:
            ranges = _split_jsonl(item, partition_bytes, report)
            if ranges is None:
                continue  # reported: nothing of it is read
            if ranges:
                flush()
                for f, n in ranges:
                    end = file_size if f.end is None else f.end  # the last reaches the end
                    partitions.append(Partition(len(partitions), (f,), n, end - f.start))
                continue
        group.append(item)
        size += file_size
        docs += _count_lines(item.path) if item.suffix == ".jsonl" else 1
        if size >= partition_bytes or len(group) >= partition_files:
            flush()
    flush()
    return Plan(tuple(partitions), tuple(urls))


def fitted_partition_bytes(input_bytes: int, workers: int) -> int:
    """The partition size for ``input_bytes`` of input on ``workers`` worker threads when
    none is given: ``PARTITION_BYTES``, or less so that each worker gets
    ``PARTITIONS_PER_WORKER`` partitions, but at least ``MIN_PARTITION_BYTES``. A cluster
    with no workers yet (one that scales up as work comes) gets ``PARTITION_BYTES``."""
    if workers < 1:
        return PARTITION_BYTES
    fitted = -(-input_bytes // (workers * PARTITIONS_PER_WORKER))
    return max(MIN_PARTITION_BYTES, min(PARTITION_BYTES, fitted))


def _regular_size(path: str) -> int:
    try:
        st = os.stat(path)
    except OSError:
        return 0  # the reader names what is wrong with it
    import stat

    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def _count_lines(path: str) -> int:
    # Never opens a FIFO or a device (open_regular refuses them): the reader reports those.
    try:
        with open_regular(Path(path), None) as f:
            return sum(1 for raw in f if raw.strip())
    except (NotReadable, OSError):
        return 0


def _split_jsonl(
    item: InputFile, partition_bytes: int, report: Callable[[Problem], None]
) -> list[tuple[InputFile, int]] | None:
    """``item`` cut into ranges of about ``partition_bytes``, each ending after a newline,
    with the number of its first line and its count of non-blank lines. Empty when the file
    cannot be read (the reader then reports why) or is binary (reported here, as the reader
    would: its lines are not read at all)."""
    out: list[tuple[InputFile, int]] = []
    try:
        f = open_regular(Path(item.path), None)
    except (NotReadable, OSError):
        return []
    with f:
        try:
            reason = binary_reason(f.read(BINARY_SNIFF_BYTES))
            if reason:
                report(Problem(item.shown, reason))
                return None
            f.seek(0)
            pos = start = 0
            line = first_line = 1
            docs = 0  # non-blank lines of the range so far
            blank = True  # the line read so far is blank
            # In pieces of at most a block: a line of a gigabyte is never held whole.
            while piece := f.readline(_BLOCK):
                pos += len(piece)
                if blank and piece.strip():
                    blank = False
                if not piece.endswith(b"\n"):
                    continue
                docs += not blank
                blank = True
                line += 1
                if pos - start >= partition_bytes:
                    out.append((_range(item, start, pos, first_line), docs))
                    start, first_line, docs = pos, line, 0
        except OSError:
            return []
    docs += not blank
    if pos > start or not out:
        out.append((_range(item, start, pos, first_line), docs))
    if len(out) == 1:
        return [(item, out[0][1])]
    # The last range reaches the end of the file, however long it is when read.
    last, n = out[-1]
    out[-1] = (dataclasses.replace(last, end=None), n)
    return out


def _range(item: InputFile, start: int, end: int | None, first_line: int) -> InputFile:
    return dataclasses.replace(item, start=start, end=end, first_line=first_line)


# --------------------------------------------------------------------------- on a worker


@dataclass(frozen=True)
class PartitionDone:
    """What a worker sends back for a partition it attributed."""

    index: int
    documents: int
    quotes: int
    # Each document read, in order: its id and where it was read ("name:line" or the file).
    ids: tuple[tuple[str, str], ...]
    articles: tuple[identity.Article, ...]
    problems: tuple[tuple[str, bool], ...]  # (message, is a note)
    pipeline: str
    worker: str
    seconds: float
    # The worker process's CPU time over the task: below ``seconds`` when the machine is
    # shared (other work took the cores), so the two together tell a slow worker from a busy one.
    cpu_seconds: float = 0.0


@dataclass(frozen=True)
class PartitionFailed:
    index: int
    error: str
    worker: str = ""
    fatal: bool = False  # the worker cannot attribute anything (no pipeline): stop the run


_PIPELINES: dict[str | None, Language] = {}
_LOAD_LOCK = threading.Lock()
# spaCy pipelines are not safe to share between threads: a worker run with several threads
# runs its partitions one at a time (run workers with one thread each and more processes).
_USE_LOCK = threading.Lock()


def worker_pipeline(model: str | None) -> Language:
    """The pipeline for ``model``, loaded once per worker process."""
    from quotetui.engine import load_pipeline

    with _LOAD_LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = load_pipeline(model)
        return _PIPELINES[model]


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


def shard_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def articles_name(index: int) -> str:
    return f"articles-{index:05d}.jsonl"


def _local_name(index: int) -> str:
    # The predictions with the articles' own speaker ids, until the reduce has run.
    return f".part-{index:05d}.local.jsonl"


def attribute_partition(
    partition: Partition, out: str, model: str | None, batch_size: int
) -> PartitionDone | PartitionFailed:
    """The map task: attribute one partition into its shard and sidecar (on a worker)."""
    from quotetui.engine import ModelNotFound

    worker = _worker_address()
    try:
        nlp = worker_pipeline(model)
    except ModelNotFound as exc:
        return PartitionFailed(partition.index, f"{worker}: {exc}", worker, fatal=True)
    try:
        with _USE_LOCK:
            return _attribute(nlp, partition, Path(out), batch_size, worker)
    except Exception as exc:  # noqa: BLE001 - this partition's failure, tried again by the client
        return PartitionFailed(partition.index, f"{type(exc).__name__}: {exc}", worker)


def _attribute(
    nlp: Language, partition: Partition, out: Path, batch_size: int, worker: str
) -> PartitionDone:
    from quotetui.engine import attribute_documents

    started = time.monotonic()
    cpu_started = time.process_time()
    problems: list[tuple[str, bool]] = []
    seen: dict[str, str] = {}
    articles: list[identity.Article] = []

    def on_problem(problem: Problem) -> None:
        problems.append((str(problem), problem.note))

    documents = read_inputs(partition.files, on_problem, language=nlp.lang, seen_ids=seen)
    pairs = attribute_documents(
        nlp, documents, batch_size=batch_size, on_warning=lambda m: problems.append((m, True))
    )

    def write_both(predictions: TextIO) -> tuple[int, int]:
        def write_articles(sidecar: TextIO) -> tuple[int, int]:
            n = quotes = 0
            for document, result in pairs:
                if result.error:
                    where = document.path or document.id
                    problems.append(
                        (f"{where}: engine failed on document {document.id!r} ({result.error})",
                         False)
                    )  # fmt: skip
                predictions.write(_dumps(result.to_prediction()))
                sidecar.write(_dumps(article_line(document, result)))
                articles.append(identity.Article.of(result))
                n += 1
                quotes += len(result.quotes)
            return n, quotes

        return write_atomically(out / articles_name(partition.index), write_articles)

    try:
        n, quotes = write_atomically(out / _local_name(partition.index), write_both)
    finally:
        pairs.close()
    return PartitionDone(
        index=partition.index,
        documents=n,
        quotes=quotes,
        ids=tuple(seen.items()),
        articles=tuple(articles),
        problems=tuple(problems),
        pipeline=f"{nlp.lang}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}",
        worker=worker,
        seconds=time.monotonic() - started,
        cpu_seconds=time.process_time() - cpu_started,
    )


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


_DOCUMENT_FIELDS = ("title", "source", "url", "date", "path", "author", "language")


def article_line(document: Document, result: DocumentResult) -> dict[str, Any]:
    """A line of the articles sidecar: what ``ingest --predictions`` needs beside the
    prediction line to store the document as a plain ingest would."""
    return {
        "doc_id": result.doc_id,
        "document": {
            **{name: getattr(document, name) for name in _DOCUMENT_FIELDS},
            "id_from_path": document.id_from_path,
        },
        "text": document.text,
        "speakers": [s.to_json() for s in result.speakers],
        "people": list(result.people),
        "names": list(result.names),
        # Each quote's speaker as the engine gave it: the article's own id and name, which
        # the prediction line gives up for the corpus id and the name identity found.
        "engine": [[q.speaker_id, q.speaker] for q in result.quotes],
        "parts": result.parts,
        "error": result.error,
    }


def finish_partition(
    out: str,
    index: int,
    assignment: dict[identity.MemberKey, str],
    article_names: dict[identity.MemberKey, str],
    drop: frozenset[str],
) -> PartitionFailed | tuple[int, int]:
    """The finishing task: the shard rewritten with corpus speaker ids, and documents whose id
    an earlier partition holds left out of it and of the sidecar. Returns (documents, quotes)."""
    folder = Path(out)
    corpus = identity.Identity((), assignment, article_names=article_names)
    local = folder / _local_name(index)
    try:

        def rewrite(f: TextIO) -> tuple[int, int]:
            n = quotes = 0
            with local.open(encoding="utf-8") as lines:
                for text in lines:
                    prediction = json.loads(text)
                    if prediction["doc_id"] in drop:
                        continue
                    f.write(_dumps(identity.apply_to_prediction(prediction, corpus)))
                    n += 1
                    quotes += len(prediction["quotes"])
            return n, quotes

        counts = write_atomically(folder / shard_name(index), rewrite)
        if drop:
            sidecar = folder / articles_name(index)

            def keep(f: TextIO) -> None:
                with sidecar.open(encoding="utf-8") as lines:
                    for text in lines:
                        if json.loads(text)["doc_id"] not in drop:
                            f.write(text)

            write_atomically(sidecar, keep)
        local.unlink()
        return counts
    except Exception as exc:  # noqa: BLE001 - reported with the partition
        return PartitionFailed(index, f"{type(exc).__name__}: {exc}", _worker_address())


# --------------------------------------------------------------------------- on the client


class WorkersCannotRun(RuntimeError):
    """The workers cannot attribute at all (no spaCy pipeline installed there)."""


@dataclass(frozen=True)
class Failure:
    partition: Partition
    error: str
    attempts: int
    documents: tuple[str, ...]  # the ids it holds, as far as they can be read here


@dataclass
class Progress:
    """What :func:`extract` tells its caller after each partition."""

    partitions: int
    documents: int  # expected
    partitions_done: int = 0
    documents_done: int = 0
    failed: int = 0


@dataclass
class ExtractReport:
    out: Path
    documents: int = 0
    quotes: int = 0
    partitions: int = 0
    speakers: int = 0
    failures: list[Failure] = field(default_factory=list)
    problems: int = 0
    pipelines: tuple[str, ...] = ()
    seconds: float = 0.0
    identity_seconds: float = 0.0


def check_output_folder(out: Path) -> str | None:
    """Why ``out`` cannot take a run's shards (None: it can). It must be new or empty:
    nothing in it is ever overwritten."""
    if out.exists() and not out.is_dir():
        return f"cannot write {out}: it is a file; --dask writes a folder of shards"
    if out.is_dir():
        with contextlib.suppress(OSError):
            if any(out.iterdir()):
                return (
                    f"cannot write {out}: the folder is not empty; give a new or empty folder"
                    " (nothing in it is overwritten)"
                )
        if not os.access(out, os.W_OK | os.X_OK):
            return f"cannot write {out}: the folder is not writable"
        return None
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        return f"cannot write {out}: the folder {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot write {out}: the folder {parent} is not writable"
    return None


def extract(
    client: Any,
    the_plan: Plan,
    out: str | os.PathLike[str],
    *,
    model: str | None = None,
    batch_size: int = 32,
    attempts: int = ATTEMPTS,
    on_problem: Callable[[str, bool], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    inputs: Sequence[str] = (),
    partition_bytes: int | None = None,
) -> ExtractReport:
    """Run ``the_plan`` on the Dask ``client``'s cluster into the folder ``out`` (see the
    module docstring). ``on_problem(message, note)`` hears every problem and note as it comes;
    ``on_progress`` the counts after each partition. Raises ``WorkersCannotRun`` when the
    workers have no pipeline."""
    from distributed import as_completed

    started = time.monotonic()
    folder = Path(out).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    tell = on_problem or (lambda _m, _n: None)
    report = ExtractReport(folder, partitions=len(the_plan.partitions))
    progress = Progress(len(the_plan.partitions), the_plan.documents)
    token = os.urandom(4).hex()
    by_index = {p.index: p for p in the_plan.partitions}

    def submit(p: Partition, attempt: int) -> Any:
        return client.submit(
            attribute_partition, p, str(folder), model, batch_size,
            key=f"quotetui-attribute-{token}-{p.index}-{attempt}", pure=False,
        )  # fmt: skip

    futures: dict[Any, tuple[Partition, int]] = {}
    for p in the_plan.partitions:
        futures[submit(p, 1)] = (p, 1)
    done: dict[int, PartitionDone] = {}
    pending = as_completed(list(futures))
    try:
        for future in pending:
            p, attempt = futures.pop(future)
            try:
                outcome = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost mid-task, a cancelled key
                outcome = PartitionFailed(p.index, f"{type(exc).__name__}: {exc}")
            future.release()
            if isinstance(outcome, PartitionFailed):
                if outcome.fatal:
                    raise WorkersCannotRun(outcome.error)
                if attempt < attempts:
                    tell(
                        f"partition {p.index} ({p.describe()}) failed ({outcome.error}); "
                        f"trying again ({attempt + 1} of {attempts})",
                        True,
                    )
                    again = submit(p, attempt + 1)
                    futures[again] = (p, attempt + 1)
                    pending.add(again)
                    continue
                failure = Failure(p, outcome.error, attempt, _documents_of(p))
                report.failures.append(failure)
                tell(_failure_message(failure), False)
                progress.failed += 1
            else:
                done[p.index] = outcome
                for message, note in outcome.problems:
                    tell(message, note)
                    report.problems += 0 if note else 1
                progress.documents_done += outcome.documents
            progress.partitions_done += 1
            if on_progress:
                on_progress(progress)
    finally:
        for future in futures:
            future.cancel()

    # ---- reduce: one id one document, then who is who across the corpus
    first: dict[str, str] = {}
    drops: dict[int, set[str]] = {}
    articles: list[identity.Article] = []
    partition_of: dict[str, int] = {}
    for index in sorted(done):
        result = done[index]
        dropped = drops.setdefault(index, set())
        for doc_id, where in result.ids:
            if doc_id in first:
                dropped.add(doc_id)
                tell(f"{where}: duplicate id {doc_id!r}, first seen in {first[doc_id]}; skipped",
                     False)  # fmt: skip
                report.problems += 1
            else:
                first[doc_id] = where
                partition_of[doc_id] = index
        articles.extend(a for a in result.articles if a.document_id not in dropped)
    t = time.monotonic()
    corpus = identity.resolve(articles)
    report.identity_seconds = time.monotonic() - t
    report.speakers = len(corpus.speakers)
    del articles
    assignments: dict[int, dict[identity.MemberKey, str]] = {i: {} for i in done}
    names: dict[int, dict[identity.MemberKey, str]] = {i: {} for i in done}
    for key, sid in corpus.assignment.items():
        owner = partition_of.get(key[0])
        if owner is not None:
            assignments[owner][key] = sid
    for key, name in corpus.article_names.items():
        owner = partition_of.get(key[0])
        if owner is not None:
            names[owner][key] = name

    # ---- finish: the shards with corpus ids, then the manifest
    finishing = {
        client.submit(
            finish_partition, str(folder), index, assignments[index], names[index],
            frozenset(drops[index]), key=f"quotetui-finish-{token}-{index}", pure=False,
        ): index
        for index in sorted(done)
    }  # fmt: skip
    counts: dict[int, tuple[int, int]] = {}
    for future in as_completed(list(finishing)):
        index = finishing[future]
        try:
            outcome = future.result()
        except Exception as exc:  # noqa: BLE001
            outcome = PartitionFailed(index, f"{type(exc).__name__}: {exc}")
        if isinstance(outcome, PartitionFailed):
            failure = Failure(by_index[index], outcome.error, 1, _documents_of(by_index[index]))
            report.failures.append(failure)
            tell(_failure_message(failure), False)
            del done[index]
        else:
            counts[index] = outcome
    report.documents = sum(n for n, _ in counts.values())
    report.quotes = sum(q for _, q in counts.values())
    report.pipelines = tuple(sorted({r.pipeline for r in done.values()}))
    if len(report.pipelines) > 1:
        tell(f"the workers ran different pipelines: {', '.join(report.pipelines)}", True)
    report.failures.sort(key=lambda f: f.partition.index)
    _tidy(folder, {f.partition.index for f in report.failures})
    report.seconds = time.monotonic() - started
    _write_manifest(folder, the_plan, done, counts, report, model, inputs, partition_bytes)
    return report


def _tidy(folder: Path, failed: set[int]) -> None:
    """Leave only the run's finished files: what a worker killed mid-write left behind (its
    temporary files) and the partial files of failed partitions go."""
    names = {_local_name(i) for i in failed} | {articles_name(i) for i in failed}
    for path in folder.iterdir():
        name = path.name
        ours = name.startswith((".part-", ".articles-", "..part-")) and name.endswith(".tmp")
        if ours or name in names:
            with contextlib.suppress(OSError):
                path.unlink()


def _documents_of(partition: Partition) -> tuple[str, ...]:
    """The ids of the documents a partition holds, read here (no pipeline needed)."""
    try:
        return tuple(d.id for d in read_inputs(partition.files, lambda _p: None, language=None))
    except Exception:  # noqa: BLE001 - the report then names the partition's files only
        return ()


def _failure_message(failure: Failure) -> str:
    p = failure.partition
    ids = failure.documents
    more = f" and {len(ids) - 10} more" if len(ids) > 10 else ""
    shown = ", ".join(repr(i) for i in ids[:10]) + more
    held = f"; its {len(ids)} documents were not attributed: {shown}" if ids else ""
    tries = "try" if failure.attempts == 1 else "tries"
    return (
        f"partition {p.index} ({p.describe()}) failed after {failure.attempts} {tries}"
        f" ({failure.error}){held}"
    )


def _write_manifest(
    folder: Path,
    the_plan: Plan,
    done: dict[int, PartitionDone],
    counts: dict[int, tuple[int, int]],
    report: ExtractReport,
    model: str | None,
    inputs: Sequence[str],
    partition_bytes: int | None,
) -> None:
    failed = {f.partition.index: f for f in report.failures}
    partitions = []
    for p in the_plan.partitions:
        entry = p.to_json()
        if p.index in failed:
            f = failed[p.index]
            entry.update(status="failed", error=f.error, attempts=f.attempts,
                         document_ids=list(f.documents))  # fmt: skip
        elif p.index in counts:
            r = done[p.index]
            entry.update(
                status="done",
                predictions=shard_name(p.index),
                articles=articles_name(p.index),
                documents=counts[p.index][0],
                quotes=counts[p.index][1],
                worker=r.worker,
                seconds=round(r.seconds, 3),
                cpu_seconds=round(r.cpu_seconds, 3),
            )
        else:
            entry.update(status="failed", error="not run")
        partitions.append(entry)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "quotetui": __version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "inputs": list(inputs),
        "model": model,
        "pipelines": list(report.pipelines),
        "partition_bytes": partition_bytes,
        "documents": report.documents,
        "quotes": report.quotes,
        "speakers": report.speakers,
        "problems": report.problems,
        "failed": [f.partition.index for f in report.failures],
        "seconds": round(report.seconds, 3),
        "identity_seconds": round(report.identity_seconds, 3),
        "partitions": partitions,
    }
    write_atomically(
        folder / MANIFEST, lambda f: f.write(json.dumps(manifest, ensure_ascii=False, indent=1))
    )


# --------------------------------------------------------------------------- the cluster

# What ``local:N`` changes in Dask's defaults for its workers (a worker takes its nanny's
# configuration), each measured to cost CPU time on every document (benchmarks/README.md, "On
# a Dask cluster"); README.md says how to set them on a cluster of your own.
LOCAL_WORKER_CONFIG: dict[str, Any] = {
    # The statistical profiler samples every thread's stack every 10 ms, under the GIL, for
    # the dashboard's profile page: ~2% of a worker's CPU with spaCy's deep stacks.
    "distributed.worker.profile.enabled": False,
    # Dask sets glibc's trim threshold (to give freed memory back to the system early), which
    # also turns off glibc's adaptive mmap threshold: every array spaCy frees above 128 kB is
    # unmapped and the next one mapped and zeroed again, ~10% more CPU in system time. The
    # pipeline's memory is flat (batches of at most 50,000 characters), so nothing is gained.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


@contextlib.contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A Dask client for ``spec``: ``local`` or ``local:N`` (a ``LocalCluster`` of N worker
    processes with one thread each, on this machine; N defaults to its cores), a scheduler
    file (``….json``, as ``dask scheduler --scheduler-file`` writes), or a scheduler address
    (``tcp://host:8786``). Raises ``ValueError`` for a spec that is none of these and
    ``ImportError`` when Dask is not installed."""
    import logging

    try:
        from dask import config as dask_config
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ImportError(
            "--dask needs Dask: pip install 'quotetui[dask]' (on the client and every worker)"
        ) from exc
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise ValueError(f"--dask {spec!r}: local:N needs a whole number of workers above 0")
        n = int(count) if count else (os.cpu_count() or 1)
        with (
            dask_config.set(LOCAL_WORKER_CONFIG),
            LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    if spec.endswith(".json"):
        with Client(scheduler_file=spec, timeout="30s") as client:
            yield client
        return
    with Client(spec, timeout="30s") as client:
        yield client


# --------------------------------------------------------------------------- reading shards


class NotShards(ValueError):
    """A folder that holds no finished run of ``extract --dask``."""


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise NotShards(f"{folder}: not a folder of prediction shards")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotShards(
            f"{folder}: no {MANIFEST}; not the output of a finished `quotetui extract --dask`"
            " (an interrupted run leaves none)"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotShards(f"{path}: cannot be read ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotShards(f"{path}: not a quotetui manifest")
    version = manifest.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise NotShards(
            f"{path}: written by a newer quotetui (shard format {version}); upgrade quotetui"
        )
    return manifest


def shard_documents(folder: Path) -> int:
    """How many documents the shards hold (from the manifest; 0 when it cannot be read)."""
    try:
        return int(read_manifest(folder).get("documents") or 0)
    except (NotShards, TypeError, ValueError):
        return 0


def read_shards(
    folder: Path, on_problem: Callable[[str], None] | None = None
) -> Iterator[tuple[Document, DocumentResult]]:
    """The documents and the engine's results a run of ``extract --dask`` wrote to
    ``folder``, in input order, as the engine gave them (article-local speaker ids: the store
    joins speakers across articles itself). A failed partition, a missing file or a line that
    cannot be read is reported through ``on_problem`` and left out; the rest is read. Raises
    ``NotShards`` when ``folder`` holds no finished run."""
    tell = on_problem or (lambda _m: None)
    manifest = read_manifest(folder)
    for entry in manifest.get("partitions") or ():
        source = entry.get("source", f"partition {entry.get('index')}")
        if entry.get("status") != "done":
            ids = entry.get("document_ids") or []
            held = f"; its {len(ids)} documents are not in the shards" if ids else ""
            tell(f"{folder}: partition {entry.get('index')} ({source}) failed in extraction"
                 f" ({entry.get('error')}){held}")  # fmt: skip
            continue
        yield from _read_shard(folder, entry, tell)


def _read_shard(
    folder: Path, entry: dict[str, Any], tell: Callable[[str], None]
) -> Iterator[tuple[Document, DocumentResult]]:
    predictions = folder / str(entry.get("predictions"))
    sidecar = folder / str(entry.get("articles"))
    try:
        with (
            predictions.open(encoding="utf-8") as preds,
            sidecar.open(encoding="utf-8") as arts,
        ):
            for lineno, (pred_text, art_text) in enumerate(zip(preds, arts, strict=False), 1):
                try:
                    pair = _pair(json.loads(pred_text), json.loads(art_text))
                except (ValueError, KeyError, TypeError) as exc:
                    tell(f"{predictions}:{lineno}: cannot be read with {sidecar.name}"
                         f" ({type(exc).__name__}: {exc}); skipped")  # fmt: skip
                    continue
                yield pair
    except OSError as exc:
        tell(f"{folder}: cannot read the shard of partition {entry.get('index')}: {exc}")


def _pair(prediction: dict[str, Any], article: dict[str, Any]) -> tuple[Document, DocumentResult]:
    doc_id = prediction["doc_id"]
    if article["doc_id"] != doc_id:
        raise ValueError(f"the sidecar's line is {article['doc_id']!r}, not {doc_id!r}")
    meta = article["document"]
    document = Document(
        id=doc_id,
        text=article["text"],
        id_from_path=bool(meta.get("id_from_path")),
        **{name: meta.get(name) for name in _DOCUMENT_FIELDS},
    )
    engine = article["engine"]
    quotes = prediction["quotes"]
    if len(engine) != len(quotes):
        raise ValueError(f"{len(quotes)} quotes but {len(engine)} engine speakers")
    records = tuple(
        QuoteRecord.from_json(q).replace(speaker_id=local, speaker=name)
        for q, (local, name) in zip(quotes, engine, strict=True)
    )
    result = DocumentResult(
        doc_id,
        records,
        tuple(SpeakerRecord.from_json(s) for s in article["speakers"]),
        parts=int(article.get("parts") or 1),
        error=article.get("error"),
        people=tuple(article.get("people") or ()),
        names=tuple(article.get("names") or ()),
    )
    return document, result
