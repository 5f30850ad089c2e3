"""Processes and locks (issue 11): an `ingest -j 2` killed with SIGKILL or SIGTERM leaves no
worker behind; SIGTERM stores what is finished, as Ctrl-C does; ingest waits for another
program's write lock and says so. Real processes, real files, the real pipeline."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from quotetui import cli, store
from quotetui.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def many_articles(folder: Path, copies: int) -> Path:
    """``copies`` copies of each bundled article, each a file of its own (an id of its own)."""
    folder.mkdir()
    for n in range(copies):
        for article in sorted(CORPUS.glob("*.txt")):
            (folder / f"{article.stem}-{n:03d}.txt").write_text(article.read_text())
    return folder


def start_ingest(folder: Path, db_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "quotetui", "ingest", str(folder), "--db", str(db_path), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def workers_of(process: subprocess.Popen[str], timeout: float = 120) -> list[psutil.Process]:
    """The worker processes of a running ingest, once both exist."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = psutil.Process(process.pid).children(recursive=True)
        if len(children) >= 2:
            return children
        if process.poll() is not None:
            raise AssertionError(f"ingest ended early: {process.communicate()}")
        time.sleep(0.1)
    raise AssertionError("no worker processes started")


def stored(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def gone(processes: list[psutil.Process], timeout: float = 15) -> bool:
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return not alive


def test_sigkill_of_ingest_leaves_no_worker_behind(tmp_path: Path) -> None:
    folder = many_articles(tmp_path / "in", 40)
    process = start_ingest(folder, tmp_path / "q.db")
    try:
        workers = workers_of(process)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        # The workers used to wait on the task pipe forever (each holds its other end).
        assert gone(workers), [w.pid for w in workers if w.is_running()]
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()


def test_sigterm_stores_what_is_finished_and_stops_the_workers(tmp_path: Path) -> None:
    folder = many_articles(tmp_path / "in", 40)
    db_path = tmp_path / "q.db"
    process = start_ingest(folder, db_path)
    try:
        workers = workers_of(process)
        deadline = time.monotonic() + 120
        while stored(db_path) == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        before = stored(db_path)
        assert before > 0
        os.kill(process.pid, signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    (line,) = [x for x in err.splitlines() if x.startswith("stopped:")]
    reported = int(line.split()[1])
    assert reported == stored(db_path) >= before
    assert reported < 200  # stopped, not finished
    assert gone(workers)


def test_ingest_waits_for_another_programs_write_lock_and_says_so(
    tmp_path: Path, monkeypatch
) -> None:
    from quotetui.engine import load_pipeline

    monkeypatch.setitem(cli._PIPELINES, (None, None), load_pipeline())
    monkeypatch.delenv("QUOTETUI_MODEL", raising=False)
    db_path = tmp_path / "q.db"
    store.open_db(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program writes … for 8 s
    release = threading.Timer(8.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        started = time.monotonic()
        result = CliRunner().invoke(
            main, ["ingest", str(sorted(CORPUS.glob("*.txt"))[0]), "--db", str(db_path)]
        )
        waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
    assert result.exit_code == 0, result.output
    assert "is locked by another program" in result.output
    assert "Traceback" not in result.output
    assert waited >= 7
    assert stored(db_path) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_of_extract_keeps_an_earlier_output_and_says_so(tmp_path: Path) -> None:
    folder = many_articles(tmp_path / "in", 40)
    out = tmp_path / "preds.jsonl"
    out.write_text("earlier\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "quotetui", "extract", str(folder), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        workers = workers_of(process)
        time.sleep(1.0)
        os.kill(process.pid, signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "stopped: nothing written" in err and "Traceback" not in err
    assert out.read_text() == "earlier\n"
    assert not list(tmp_path.glob(".preds.jsonl.*"))
    assert gone(workers)
