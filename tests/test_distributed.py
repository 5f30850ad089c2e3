"""Extraction on a Dask cluster (issue 17): the partitions a plan cuts, the shards a real
``distributed.LocalCluster`` writes, and the store they load into — compared with what the
plain, single-process commands give on the same input."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetui import distributed, store
from quotetui.cli import main
from quotetui.readers import InputFile, read_documents, read_inputs

REPO = Path(__file__).resolve().parent.parent
GENRES2 = REPO / "benchmarks" / "data" / "genres2" / "docs.jsonl"

dask_distributed = pytest.importorskip("distributed")


# --------------------------------------------------------------------------- plans


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _doc_line(i: int, words: int = 30) -> str:
    text = f"“Line {i} {'word ' * words}” said Ann Lee."
    return json.dumps({"id": f"d{i}", "text": text, "date": "2026-02-13"}) + "\n"


def _messages(paths: list[str], read) -> tuple[list[tuple[str, str]], list[str]]:
    problems: list[str] = []
    docs = [(d.id, d.text) for d in read(paths, problems.append)]
    return docs, [str(p) for p in problems]


def test_a_large_jsonl_file_is_cut_at_line_starts_and_reads_as_the_whole(tmp_path: Path) -> None:
    lines = ["\ufeff" + _doc_line(0)]
    for i in range(1, 60):
        if i == 17:
            lines.append("{not json\n")
        elif i == 23:
            lines.append("   \n")
        elif i == 41:
            lines.append(_doc_line(3))  # a duplicate id within the file
        else:
            lines.append(_doc_line(i, words=i % 7 * 20))
    lines.append(_doc_line(99).rstrip("\n"))  # the last line has no newline
    path = _jsonl(tmp_path / "big.jsonl", lines)
    size = path.stat().st_size

    found: list[str] = []
    the_plan = distributed.plan([str(path)], 2_000, lambda p: found.append(str(p)))
    assert found == []
    ranges = [p.files[0] for p in the_plan.partitions]
    assert len(ranges) > 5
    raw = path.read_bytes()
    # The ranges tile the file, each starting at a line start with its line's number.
    assert ranges[0].start == 0 and ranges[-1].end is None
    for a, b in zip(ranges, ranges[1:], strict=False):
        assert a.end == b.start and raw[b.start - 1 : b.start] == b"\n"
        assert b.first_line == raw[: b.start].count(b"\n") + 1
    assert sum(p.size for p in the_plan.partitions[:-1]) + (size - ranges[-1].start) == size
    assert sum(p.size for p in the_plan.partitions) == size
    assert the_plan.documents == sum(1 for line in lines if line.strip())

    def whole(paths, on_problem):
        return read_documents(paths, on_problem)

    seen: dict[str, str] = {}

    def parts(paths, on_problem):
        for p in the_plan.partitions:
            yield from read_inputs(p.files, on_problem, seen_ids=seen)

    # The same documents, and the same problems with the same line numbers.
    assert _messages([str(path)], parts) == _messages([str(path)], whole)


def test_a_binary_jsonl_file_is_reported_once_by_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01" * 5_000)
    found: list[str] = []
    the_plan = distributed.plan([str(path)], 1_000, lambda p: found.append(str(p)))
    assert the_plan.partitions == ()
    single: list[str] = []
    assert list(read_documents([str(path)], lambda p: single.append(str(p)))) == []
    assert found == single


def test_small_files_are_grouped_in_input_order(tmp_path: Path, corpus_dir: Path) -> None:
    the_plan = distributed.plan([str(corpus_dir), str(GENRES2)], 6_000)
    files = [f.shown for p in the_plan.partitions for f in p.files]
    assert files[:5] == sorted(str(p) for p in corpus_dir.glob("*.txt"))
    assert all(p.size >= 6_000 for p in the_plan.partitions[:-1] if len(p.files) > 1)
    assert [p.index for p in the_plan.partitions] == list(range(len(the_plan.partitions)))
    # Ids come from the files' paths under the folder, read anywhere.
    docs = [d.id for p in the_plan.partitions for d in read_inputs(p.files)]
    assert docs == [d.id for d in read_documents([str(corpus_dir), str(GENRES2)])]


def test_an_input_file_keeps_its_id_read_from_another_folder(
    tmp_path: Path, corpus_dir: Path, monkeypatch
) -> None:
    monkeypatch.chdir(corpus_dir.parent)
    [partition] = distributed.plan(["corpus"], 10**9).partitions
    monkeypatch.chdir(tmp_path)
    assert [d.id for d in read_inputs(partition.files)][:1] == ["000_7e5f5763173ea70b"]
    assert isinstance(partition.files[0], InputFile) and partition.files[0].shown.startswith(
        "corpus"
    )


# --------------------------------------------------------------------------- on a cluster


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, as ``--dask local:2`` starts them."""
    import logging

    with (
        dask_distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        dask_distributed.Client(local) as client,
    ):
        yield local, client


@pytest.fixture
def inputs(tmp_path: Path, corpus_dir: Path) -> list[str]:
    """Files and a folder, with a duplicate id across files and a broken line."""
    extra = tmp_path / "extra.jsonl"
    with GENRES2.open(encoding="utf-8") as f:
        dup = json.loads(f.readline())
    lines = [
        json.dumps({"id": "x1", "text": "“We are ready,” Mayor Jo Park told reporters."}) + "\n",
        "{broken\n",
        json.dumps({**dup, "text": dup["text"] + " More."}) + "\n",
    ]
    _jsonl(extra, lines)
    return [str(corpus_dir), str(GENRES2), str(extra)]


def _run(args: list[str]) -> tuple[int, str, list[str]]:
    result = CliRunner().invoke(main, args)
    lines = result.output.splitlines()
    return result.exit_code, result.output, lines


def _shards(folder: Path) -> str:
    manifest = json.loads((folder / "manifest.json").read_text())
    return "".join(
        (folder / p["predictions"]).read_text(encoding="utf-8") for p in manifest["partitions"]
    )


def _problems(lines: list[str]) -> list[str]:
    return sorted(line for line in lines if line.startswith("problem:"))


def test_local_2_gives_the_predictions_of_a_plain_extract(inputs, tmp_path: Path) -> None:
    code, output, lines = _run(["extract", *inputs, "-o", str(tmp_path / "one.jsonl")])
    assert code == 0, output
    code, output, dask_lines = _run(
        ["extract", *inputs, "-o", str(tmp_path / "shards"), "--dask", "local:2",
         "--partition-size", "4kB"]
    )  # fmt: skip
    assert code == 0, output
    manifest = json.loads((tmp_path / "shards" / "manifest.json").read_text())
    assert len(manifest["partitions"]) >= 6
    assert any(p["source"].startswith(str(GENRES2) + " lines") for p in manifest["partitions"])
    assert all(p["status"] == "done" for p in manifest["partitions"])
    single = (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    # Line for line the same: quotes, speakers and corpus-wide speaker ids, in input order.
    assert _shards(tmp_path / "shards") == single
    ids = {q["speaker_id"] for line in single.splitlines() for q in json.loads(line)["quotes"]}
    assert len(ids - {None}) > 10
    # The same problems, named the same way (the duplicate id across files, the broken line).
    assert _problems(dask_lines) == _problems(lines)
    assert any("duplicate id 'h01_parish_flood'" in p for p in _problems(lines))
    assert any("extra.jsonl:2:" in p for p in _problems(lines))
    assert dask_lines[-1].startswith(f"Wrote {manifest['documents']} documents")


def test_the_ids_do_not_depend_on_the_partitioning(cluster, inputs, tmp_path: Path) -> None:
    address = cluster[0].scheduler_address
    outputs = []
    for size in ("3kB", "1MB"):
        out = tmp_path / f"shards-{size}"
        code, output, _ = _run(
            ["extract", *inputs, "-o", str(out), "--dask", address, "--partition-size", size]
        )
        assert code == 0, output
        outputs.append(_shards(out))
    assert outputs[0] == outputs[1]
    assert (
        len(json.loads((tmp_path / "shards-1MB" / "manifest.json").read_text())["partitions"]) == 1
    )


def test_the_default_partition_size_fits_the_input_to_the_workers(
    cluster, corpus_dir: Path, tmp_path: Path
) -> None:
    fit = distributed.fitted_partition_bytes
    big = distributed.PARTITION_BYTES * distributed.PARTITIONS_PER_WORKER * 100
    assert fit(big, 100) == distributed.PARTITION_BYTES  # a large archive: the default
    assert fit(big, 0) == distributed.PARTITION_BYTES  # no workers yet: the default
    assert fit(10_000_000, 2) == 312_500  # 2,000 articles on 2 workers: 16 partitions each
    assert fit(1_000, 2) == distributed.MIN_PARTITION_BYTES
    # Without --partition-size, a run cuts its input for the workers the cluster has.
    many = _jsonl(tmp_path / "many.jsonl", [_doc_line(i, words=150) for i in range(200)])
    inputs = [str(corpus_dir), str(many)]
    address = cluster[0].scheduler_address
    out = tmp_path / "shards"
    code, output, _ = _run(["extract", *inputs, "-o", str(out), "--dask", address])
    assert code == 0, output
    manifest = json.loads((out / "manifest.json").read_text())
    size = sum(p.size for p in distributed.plan(inputs).partitions)
    assert manifest["partition_bytes"] == fit(size, 2) < distributed.PARTITION_BYTES
    expected = distributed.plan(inputs, manifest["partition_bytes"])
    assert len(manifest["partitions"]) == len(expected.partitions) > 2
    assert manifest["documents"] == 205
    assert all(p["cpu_seconds"] > 0 for p in manifest["partitions"])


def _dump(path: Path) -> dict[str, list[str]]:
    """Every table of a store, rows sorted, without the times of day things were written."""
    times = {"ingested_at", "created_at", "at"}
    out: dict[str, list[str]] = {}
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = [
            t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not t.startswith(("sqlite", "_"))
        ]  # fmt: skip
        for table in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in times]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = sorted(repr(r) for r in con.execute(f"SELECT {quoted} FROM {table}"))
    return out


def test_ingesting_shards_gives_the_database_of_a_plain_ingest(
    cluster, corpus_dir: Path, tmp_path: Path
) -> None:
    address = cluster[0].scheduler_address
    articles = tmp_path / "articles"
    shutil.copytree(corpus_dir, articles)
    # A first version ingested and reviewed: one quote confirmed, one given another speaker.
    base = tmp_path / "base.db"
    code, output, _ = _run(["ingest", str(articles), "--db", str(base)])
    assert code == 0, output
    with contextlib.closing(store.open_db(base)) as db:
        quotes = list(store.iter_quotes(db))
        store.confirm(db, quotes[0].id, "ann")
        other = next(
            q.speaker_id for q in quotes if q.speaker_id not in (None, quotes[1].speaker_id)
        )
        store.correct(db, quotes[1].id, "ann", speaker_id=other)
    # The articles edited: a paragraph inserted above the reviewed quote, and its words changed.
    reviewed = articles / f"{quotes[0].document_id}.txt"
    text = reviewed.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    words = quotes[0].text
    rest = rest.replace(words, words[:-2] + " indeed" + words[-2:], 1)
    reviewed.write_text(f"{head}\n\nA new first paragraph.\n\n{rest}", encoding="utf-8")

    plain, sharded = tmp_path / "plain.db", tmp_path / "sharded.db"
    shutil.copy(base, plain)
    shutil.copy(base, sharded)
    code, plain_out, _ = _run(["ingest", str(articles), "--db", str(plain)])
    assert code == 0, plain_out
    shards = tmp_path / "shards"
    code, output, _ = _run(
        ["extract", str(articles), "-o", str(shards), "--dask", address, "--partition-size", "5kB"]
    )
    assert code == 0, output
    code, sharded_out, _ = _run(["ingest", "--predictions", str(shards), "--db", str(sharded)])
    assert code == 0, sharded_out
    # The same summary of what happened to the reviews, and the same database: documents,
    # quotes with their decisions carried, speakers, aliases, who is who, the review log.
    assert plain_out.splitlines()[1:] == sharded_out.splitlines()[1:]
    assert "to re-review 1" in sharded_out
    assert _dump(plain) == _dump(sharded)
    with contextlib.closing(store.open_db(sharded, readonly=True)) as db:
        decided = [q for q in store.iter_quotes(db) if q.status != "unreviewed"]
    assert len(decided) == 2 and any(q.recheck for q in decided)

    # And from nothing: a fresh database from shards is the one a plain ingest makes.
    fresh_plain, fresh_sharded = tmp_path / "fp.db", tmp_path / "fs.db"
    assert _run(["ingest", str(articles), "--db", str(fresh_plain)])[0] == 0
    assert _run(["ingest", "--predictions", str(shards), "--db", str(fresh_sharded)])[0] == 0
    assert _dump(fresh_plain) == _dump(fresh_sharded)


def test_a_failed_partition_is_tried_again_then_reported_with_its_documents(
    cluster, corpus_dir: Path, tmp_path: Path
) -> None:
    _, client = cluster
    the_plan = distributed.plan([str(corpus_dir)], 5_000)
    assert len(the_plan.partitions) >= 3
    out = tmp_path / "shards"
    out.mkdir()
    # Something in the way of partition 1's shard: every try of it fails to write.
    (out / ".part-00001.local.jsonl").mkdir()
    messages: list[tuple[str, bool]] = []
    report = distributed.extract(
        client, the_plan, out, on_problem=lambda m, note: messages.append((m, note))
    )
    [failure] = report.failures
    assert failure.partition.index == 1 and failure.attempts == distributed.ATTEMPTS
    held = [d.id for d in read_inputs(the_plan.partitions[1].files)]
    assert list(failure.documents) == held and held
    retries = [m for m, note in messages if note and "trying again" in m]
    assert len(retries) == distributed.ATTEMPTS - 1
    [reported] = [m for m, note in messages if not note]
    assert "partition 1" in reported and all(repr(i) in reported for i in held)
    # The rest went on, and the manifest says which documents are missing.
    assert report.documents == 5 - len(held)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["failed"] == [1]
    assert manifest["partitions"][1]["document_ids"] == held
    told: list[str] = []
    stored = [d.id for d, _ in distributed.read_shards(out, told.append)]
    assert set(stored).isdisjoint(held) and len(stored) == 5 - len(held)
    assert len(told) == 1 and "failed in extraction" in told[0]


def test_a_worker_killed_mid_run_costs_nothing(cluster, inputs, tmp_path: Path) -> None:
    local, client = cluster
    code, output, _ = _run(["extract", *inputs, "-o", str(tmp_path / "one.jsonl")])
    assert code == 0, output
    the_plan = distributed.plan(inputs, 3_000)
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one(progress: distributed.Progress) -> None:
        if not killed:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "shards"
    report = distributed.extract(client, the_plan, out, on_progress=kill_one)
    assert killed and not report.failures
    assert _shards(out) == (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    # What the killed worker left half written is gone: only the run's files are there.
    names = {p.name for p in out.iterdir()}
    assert all(n == "manifest.json" or n.startswith(("part-", "articles-")) for n in names), names
    client.wait_for_workers(2, timeout=60)


def test_workers_without_the_model_end_the_run_in_one_line(cluster, corpus_dir, tmp_path) -> None:
    address = cluster[0].scheduler_address
    code, output, lines = _run(
        ["extract", str(corpus_dir), "-o", str(tmp_path / "s"), "--dask", address,
         "--model", "no_such_pipeline"]
    )  # fmt: skip
    assert code == 2, output
    [error] = [line for line in lines if line.startswith("error:")]
    assert "no_such_pipeline" in error and "tcp://" in error


def test_cluster_runs_refuse_what_they_cannot_do(corpus_dir: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    code, output, _ = _run(["extract", str(corpus_dir), "-o", str(full), "--dask", "local:1"])
    assert code == 1 and "not empty" in output and (full / "notes.txt").read_text() == "mine"
    code, output, _ = _run(["extract", str(corpus_dir), "-o", "x", "--dask", "local:1", "-j", "2"])
    assert code == 2 and "not both" in output
    code, output, _ = _run(["extract", "https://example.com/a", "-o", "x", "--dask", "local:1"])
    assert code == 2 and "URLs" in output
    code, output, _ = _run(["extract", str(corpus_dir), "-o", "x", "--dask", "local:zero"])
    assert code == 2 and "local:N" in output
    # A folder that holds no finished run: one line, and no database is made.
    db = tmp_path / "q.db"
    code, output, lines = _run(["ingest", "--predictions", str(full), "--db", str(db)])
    assert code == 1 and "manifest.json" in output and not db.exists()
    assert len([line for line in lines if line.startswith("Error")]) == 1
    code, output, _ = _run(["ingest", str(corpus_dir), "--predictions", str(full)])
    assert code == 2 and "not both" in output
