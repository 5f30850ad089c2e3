"""``quotetui extract``: predictions JSONL for articles, on this machine or a Dask cluster."""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

import click

from quotetui.cli.common import check_output, need_inputs, onto_terminal, writing_output
from quotetui.cli.engine import run_engine
from quotetui.cli.options import (
    batch_size_option,
    model_option,
    paths_argument,
    processes_option,
    urls_option,
)
from quotetui.cli.progress import Progress, duration
from quotetui.cli.signals import exit_status, stop_signals
from quotetui.terminal import escaped
from quotetui.wording import plural


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


@click.command()
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
    need_inputs(paths, url_lists)
    if dask_spec is None:
        if partition_size is not None:
            raise click.UsageError("--partition-size applies to --dask runs only")
        if output != "-":
            check_output(Path(output))  # before the pipeline loads: a wrong -o costs nothing
    else:
        if processes != 1:
            raise click.UsageError(
                "give -j N or --dask, not both (--dask local:N runs N worker processes)"
            )
        from quotetui.readers import is_url

        if url_lists or any(is_url(p) for p in paths):
            raise click.UsageError(
                "--dask reads files and folders; fetch URLs with a plain extract or ingest"
            )
        if output == "-":
            raise click.UsageError("--dask writes a folder of shards; give -o FOLDER")
        from quotetui.distributed import check_output_folder

        problem = check_output_folder(Path(output))
        if problem:
            raise click.ClickException(escaped(problem))
        size = None if partition_size is None else _parse_size(partition_size)
    with stop_signals() as received:
        try:
            if dask_spec is None:
                _extract(paths, url_lists, output, model, processes, batch_size)
            else:
                _extract_on_cluster(paths, Path(output), model, batch_size, dask_spec, size)
        except KeyboardInterrupt:
            if dask_spec is not None:
                click.echo(
                    f"{'stopped' if received else 'interrupted'}: {escaped(output)} holds an"
                    " unfinished run (no manifest); remove it before running again",
                    err=True,
                )
                raise SystemExit(exit_status(received)) from None
            # The output is replaced only once complete: an earlier file is kept as it was.
            click.echo(f"{'stopped' if received else 'interrupted'}: nothing written", err=True)
            raise SystemExit(exit_status(received)) from None


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
        left = f"ETA {duration((total - self.done) / rate)}" if rate and total > self.done else ""
        return (
            f"{self.label}: {self.partitions_done}/{self.partitions} partitions, "
            f"{self.done}/{total} docs, {rate:.1f} docs/s  {left or duration(self.elapsed)}"
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
            click.echo(f"note: {escaped(problem)}", err=True)
        else:
            problems += 1
            click.echo(f"problem: {escaped(problem)}", err=True)

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
                f"cannot reach the Dask scheduler at {escaped(spec)}: {escaped(exc)}"
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
            progress.message(f"{'note' if note else 'problem'}: {escaped(message)}")

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
            progress.message(f"error: {escaped(exc)}")
            raise SystemExit(2) from None
        except OSError as exc:
            raise click.ClickException(
                f"cannot write {escaped(out)}: {escaped(exc.strerror or exc)}"
            ) from None
    problems += report.problems
    noun = "document" if report.documents == 1 else "documents"
    failed = len(report.failures)
    click.echo(
        f"Wrote {report.documents} {noun}, {plural(report.quotes, 'quote')},"
        f" {plural(report.speakers, 'speaker')}"
        f" to {escaped(out)} ({report.partitions} partitions"
        + (f", {failed} failed" if failed else "")
        + f"; {report.seconds:.1f} s, {report.documents / max(report.seconds, 1e-9):.1f}/s);"
        f" {problems} problem{'' if problems == 1 else 's'}"
    )
    if failed:
        click.echo(
            f"{failed} partition{'s' if failed > 1 else ''} failed; their documents are listed"
            f" above and in {escaped(out / distributed.MANIFEST)}",
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
    pairs, progress, problems = run_engine(
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

    with (
        writing_output(output, on_error=pairs.close),
        onto_terminal(output, json_lines=True) as terminal,
    ):
        if terminal is not None or output == "-":
            out = terminal or sys.stdout
            written, quotes = write(out)
            out.flush()
        else:
            from quotetui.files import write_atomically

            # Replaced only when something was written: an empty run keeps an earlier file.
            written, quotes = write_atomically(
                output, write, newline="\n", keep=lambda counts: counts[0] > 0
            )
    progress.close()

    if not written:
        click.echo("error: no documents could be read; nothing was written", err=True)
        raise SystemExit(1)
    where = "stdout" if output == "-" else output
    click.echo(
        f"Wrote {written} document{'' if written == 1 else 's'},"
        f" {plural(quotes, 'quote')} to {escaped(where)};"
        f" {len(problems)} problem{'' if len(problems) == 1 else 's'}",
        err=output == "-",
    )
