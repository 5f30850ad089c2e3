"""Benchmark: export 1,000,000 verified quotes; wall time, peak memory, rows per second.

    python benchmarks/export_bench.py                      # build a fresh database in a temp folder
    python benchmarks/export_bench.py --db /tmp/bench.db   # reuse it (built there if missing)
    python benchmarks/export_bench.py --format jsonl --quotes 200000

The database is built in a child process with plain ``executemany`` in large transactions (the
engine is not involved), so this process's peak RSS reflects the export alone. Each document is
an article-like text whose paragraphs hold its quotes at their real offsets; quote texts include
commas, curly quotes, Korean and Cyrillic, and some cells that need formula neutralisation.
Besides the verified quotes, ``--others`` unreviewed and rejected quotes make the status filter
do real work. Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from quotetui import store
from quotetui.export import export_quotes
from quotetui.names import name_key

QUOTE_TEMPLATES = (
    "“We will not forget this, and we will respond,” ",
    "“Прогресс очевиден, но работа не закончена,” ",
    "“협력은 계속될 것입니다,” ",
    '“-5% is a "disaster" for exporters,” ',
    "“=SUM(A1:A9) is not an argument, it’s a spreadsheet,” ",
    "“The talks were constructive; we agreed on the next steps,” ",
)
OCCASIONS = ("press conference in Brussels", "statement", "reception at the embassy", None)


def build(path: Path, verified: int, others: int, per_doc: int, n_speakers: int) -> None:
    """Create the benchmark database at ``path``."""
    db = store.open_db(path)
    conn = db.conn
    now = "2026-02-13T10:00:00.000Z"
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, 'person', ?)",
        ((f"speaker-{i}", f"Speaker Number {i}", now) for i in range(n_speakers)),
    )
    conn.executemany(
        "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        (
            (f"speaker-{i}", alias, name_key(alias))
            for i in range(n_speakers)
            for alias in (f"Speaker Number {i}", f"Number {i}", f"the {i}th minister")
        ),
    )
    conn.execute("COMMIT")

    total = verified + others
    n_docs = (total + per_doc - 1) // per_doc
    made = 0
    batch_docs: list[tuple] = []
    batch_quotes: list[tuple] = []
    for d in range(n_docs):
        doc_id = f"doc-{d:07d}"
        paragraphs: list[str] = []
        pos = 0
        quotes = []
        for k in range(min(per_doc, total - made)):
            i = made + k
            quote = QUOTE_TEMPLATES[i % len(QUOTE_TEMPLATES)].rstrip()
            speaker = f"speaker-{i % n_speakers}"
            para = (
                f"{quote} Speaker Number {i % n_speakers} said on Tuesday at a briefing. "
                "Officials added that the matter, discussed for weeks, remained open."
            )
            quotes.append((i, pos, pos + len(quote), quote, speaker))
            paragraphs.append(para)
            pos += len(para) + 1
        text = "\n".join(paragraphs)
        made += len(quotes)
        batch_docs.append(
            (
                doc_id,
                f"Article {d}",
                "Bench Daily",
                f"https://example.org/{d}",
                "2026-02-13",
                text,
                None,
                "0" * 64,
                now,
            )
        )
        for i, start, end, quote, speaker in quotes:
            verified_row = i < verified
            status = (
                ("confirmed" if i % 5 else "corrected")
                if verified_row
                else ("unreviewed" if i % 2 else "rejected")
            )
            corrected = status == "corrected"
            batch_quotes.append(
                (
                    store.quote_id(doc_id, start, end),
                    doc_id,
                    start,
                    end,
                    quote,
                    "speech",
                    speaker,
                    "he",
                    "said",
                    OCCASIONS[i % len(OCCASIONS)],
                    "2026-02-10",
                    (i % 100) / 100,
                    "bench",
                    status,
                    f"speaker-{(i + 1) % n_speakers}" if corrected else None,
                    "interview with Reuters" if corrected else None,
                    "2026-02-11" if corrected else None,
                    None if status == "unreviewed" else "analyst",
                    None if status == "unreviewed" else now,
                )
            )
        if len(batch_quotes) >= 100_000 or d == n_docs - 1:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO documents (id, title, source, url, date, text, path, sha256,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch_docs,
            )
            conn.executemany(
                'INSERT INTO quotes (id, document_id, start, "end", text, kind,'
                " engine_speaker_id, speaker_mention, cue, occasion, occasion_date, confidence,"
                " method, status, reviewed_speaker_id, reviewed_occasion, reviewed_occasion_date,"
                " reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?)",
                batch_quotes,
            )
            conn.execute("COMMIT")
            batch_docs.clear()
            batch_quotes.clear()
            print(f"  built {made:,} quotes", file=sys.stderr, flush=True)
    # No ANALYZE: the store never runs it, so the export must do well without statistics.
    db.close()


@contextlib.contextmanager
def rss_sampler(interval: float = 0.01) -> Iterator[dict[str, int]]:
    """Peak resident memory of this process while the block runs, sampled by a thread."""
    proc = psutil.Process()
    figures = {"start": proc.memory_info().rss, "peak": 0}
    figures["peak"] = figures["start"]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            figures["peak"] = max(figures["peak"], proc.memory_info().rss)
            stop.wait(interval)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield figures
    finally:
        stop.set()
        thread.join()
        figures["peak"] = max(figures["peak"], proc.memory_info().rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to reuse (built there if missing)")
    parser.add_argument("--quotes", type=int, default=1_000_000, help="verified quotes to build")
    parser.add_argument("--others", type=int, default=100_000, help="unreviewed/rejected quotes")
    parser.add_argument("--per-doc", type=int, default=10, help="quotes per document")
    parser.add_argument("--speakers", type=int, default=5_000, help="speakers to build")
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--raw", action="store_true", help="no formula neutralisation")
    parser.add_argument("--out", type=Path, help="export file (default: a temp file, removed)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="quotetui-bench-") as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        if not db_path.exists():
            print(f"building {db_path} …", file=sys.stderr)
            started = time.perf_counter()
            # A child process, so building leaves no trace in this process's memory figures.
            child = multiprocessing.Process(
                target=build,
                args=(db_path, args.quotes, args.others, args.per_doc, args.speakers),
            )
            child.start()
            child.join()
            if child.exitcode:
                sys.exit(f"building the database failed (exit {child.exitcode})")
            print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        out = args.out or Path(tmp) / f"export.{args.format}"

        db = store.open_db(db_path)
        with rss_sampler() as rss:
            started, cpu = time.perf_counter(), time.process_time()
            rows = export_quotes(db, out, fmt=args.format, raw=args.raw)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        db.close()
        size = out.stat().st_size
        if args.out is None:
            out.unlink()

    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    mib = 1024 * 1024
    print(
        f"database       {db_path} ({os.path.getsize(db_path) / mib:,.0f} MiB)"
        if db_path.exists()
        else f"database       {db_path} (temporary, removed)"
    )
    print(f"format         {args.format}{' raw' if args.raw else ''}")
    print(f"rows written   {rows:,}")
    print(f"output         {size / mib:,.1f} MiB")
    print(f"wall time      {elapsed:.2f} s")
    print(f"CPU time       {cpu:.2f} s (the wall time includes waiting on a busy machine)")
    print(f"rows/s         {rows / elapsed:,.0f}")
    print(f"RSS before     {rss['start'] / mib:,.1f} MiB")
    print(f"RSS peak       {rss['peak'] / mib:,.1f} MiB (sampled every 10 ms)")
    print(f"RSS growth     {(rss['peak'] - rss['start']) / mib:,.1f} MiB")
    print(f"ru_maxrss      {maxrss_kib / 1024:,.1f} MiB (whole process)")


if __name__ == "__main__":
    main()
