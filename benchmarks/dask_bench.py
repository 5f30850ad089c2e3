"""``quotetui extract --dask local:2`` against ``quotetui extract -j 2`` on the same articles,
in one run, and what a cluster run's shards cost to load into the store.

Each step is the real command in a fresh child process (``python -m quotetui extract …``),
timed from start to exit: the model load, the cluster's start (scheduler, nannies, workers)
and the identity reduce are inside the time, as a user waits for them. The steps alternate
within each round (``-j 2`` first in odd rounds, ``--dask`` first in even ones), so a change
of the machine's load during the run weighs on both. The parent samples every process of the
child's tree every 0.2 s: the peak PSS summed over the tree, and each process's own peak RSS
and PSS, from which the peak of the largest worker is reported (a Dask worker is a process
whose command line runs ``distributed``'s spawn entry point; a ``-j`` worker is a forked
child of the main process).

    python benchmarks/dask_bench.py -n 2000 --repeat 2
    python benchmarks/dask_bench.py --docs /tmp/bench/docs2000.jsonl --sizes auto,1MB

Then ``quotetui ingest --predictions`` of the first ``--dask`` run's shards into a fresh
database (no parsing) is timed the same way, against the time ``identity`` and the store take.

Prints a table and writes the raw figures as JSON (``--out``). No timing asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import TreeMemory  # noqa: E402 - the memory sampler benchmarks/run.py uses


def _busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (all processes, all cores)."""
    import psutil

    t = psutil.cpu_times()
    return float(t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0))


def run(label: str, cmd: list[str], cwd: Path) -> dict[str, Any]:
    load_before = os.getloadavg()
    busy_before = _busy_seconds()
    started = time.perf_counter()
    log = cwd / f"{label}.log"
    with log.open("w") as f:
        child = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=cwd)
        sampler = TreeMemory(child.pid)
        sampler.start()
        # wait4: the CPU time of the child and of every descendant it reaped (the workers).
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
        busy = _busy_seconds() - busy_before
        sampler.stopped.set()
        sampler.join()
    if code != 0:
        raise SystemExit(f"{label} failed ({code}):\n{log.read_text()[-3000:]}")
    root = child.pid
    workers = [
        p for pid, p in sampler.per_process.items()
        if pid != root and ("spawn_main" in p["cmd"] or p["parent"] == root)
        and "resource_tracker" not in p["cmd"]
    ]  # fmt: skip
    dask_workers = [p for p in workers if "spawn_main" in p["cmd"]]
    # A LocalCluster's nannies and workers both run spawn_main; the workers are the nannies'
    # children, and hold the pipeline (the larger ones).
    nanny_pids = {pid for pid, p in sampler.per_process.items() if p["parent"] == root}
    if dask_workers:
        workers = [p for p in dask_workers if p["parent"] in nanny_pids] or dask_workers
    main = sampler.per_process.get(root, {"rss": 0, "pss": 0})
    return {
        "label": label,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        # What else the machine ran meanwhile (other helpers' work), in cores on average.
        "other_cores": max(0.0, busy - usage.ru_utime - usage.ru_stime) / wall,
        "peak_pss_mb": sampler.peak_pss / 1e6,
        "peak_rss_mb": sampler.peak_rss / 1e6,
        "main_rss_mb": main["rss"] / 1e6,
        "worker_rss_mb": [p["rss"] / 1e6 for p in workers],
        "worker_pss_mb": [p["pss"] / 1e6 for p in workers],
        "processes": len(sampler.per_process),
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "log_tail": log.read_text()[-400:],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--docs", type=Path, help="a docs.jsonl instead of generating one")
    parser.add_argument(
        "--sizes", default="auto", help="--partition-size values, comma list ('auto': none given)"
    )
    parser.add_argument("--workers", type=int, default=2, help="-j N and local:N (2)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, help="raw figures (JSON)")
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="qdask-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.docs:
        docs = args.docs.resolve()
    else:
        sys.path.insert(0, str(HERE))
        from make_corpus import main as make_corpus

        docs = work / f"docs-{args.count}.jsonl"
        if not docs.exists():
            make_corpus(["-n", str(args.count), "-o", str(docs)])
    n_docs = sum(1 for line in docs.open(encoding="utf-8") if line.strip())
    quotetui = [sys.executable, "-m", "quotetui"]
    n = args.workers
    sizes = [s for s in args.sizes.split(",") if s]
    rows: list[dict[str, Any]] = []
    first_shards: Path | None = None
    for round_ in range(1, args.repeat + 1):
        steps: list[tuple[str, list[str], Path | None]] = [
            (f"-j {n}", ["extract", str(docs), "-o", str(work / f"j{round_}.jsonl"), "-j", str(n)],
             None),
        ]  # fmt: skip
        for size in sizes:
            out = work / f"shards-{size}-{round_}"
            # "auto": no --partition-size, the size extract fits to the input and the workers.
            given = [] if size == "auto" else ["--partition-size", size]
            steps.append(
                (f"--dask local:{n} ({size})",
                 ["extract", str(docs), "-o", str(out), "--dask", f"local:{n}", *given], out)
            )  # fmt: skip
        if round_ % 2 == 0:
            steps.reverse()
        for label, cmd, out in steps:
            if out is not None and out.exists():
                import shutil

                shutil.rmtree(out)
            print(f"round {round_}: {label} …", flush=True)
            row = run(label.replace(" ", "_").replace("/", ""), [*quotetui, *cmd], work)
            row.update(label=label, round=round_, docs=n_docs, docs_per_s=n_docs / row["wall_s"])
            if out is not None:
                manifest = json.loads((out / "manifest.json").read_text())
                parts = manifest["partitions"]
                busy = sum(p.get("seconds", 0) for p in parts)
                row.update(
                    partitions=len(parts),
                    partition_docs=sorted(p.get("documents", 0) for p in parts),
                    worker_busy_s=busy,
                    worker_cpu_s=sum(p.get("cpu_seconds", 0) for p in parts),
                    partition_bytes=manifest.get("partition_bytes"),
                    run_s=manifest["seconds"],
                    identity_s=manifest.get("identity_seconds"),
                )
                first_shards = first_shards or out
            rows.append(row)
            print(f"  {row['wall_s']:.1f} s, {row['docs_per_s']:.2f} docs/s", flush=True)

    ingest: dict[str, Any] | None = None
    if first_shards is not None:
        db = work / "from-shards.db"
        for p in work.glob("from-shards.db*"):
            p.unlink()
        ingest = run("ingest_predictions",
                     [*quotetui, "ingest", "--predictions", str(first_shards), "--db", str(db)],
                     work)  # fmt: skip
        ingest["docs_per_s"] = n_docs / ingest["wall_s"]
        ingest["db_mb"] = sum(p.stat().st_size for p in work.glob("from-shards.db*")) / 1e6
        ingest["shards_mb"] = sum(p.stat().st_size for p in first_shards.iterdir()) / 1e6
        ingest["predictions_mb"] = (
            sum(p.stat().st_size for p in first_shards.glob("part-*.jsonl")) / 1e6
        )
        ingest["input_mb"] = docs.stat().st_size / 1e6

    head = (
        f"{'round':>5} {'step':26} {'wall s':>7} {'docs/s':>7} {'CPU s':>6} {'peak PSS':>9} "
        f"{'worker RSS':>11} {'worker PSS':>11} {'parts':>5} {'other':>5}"
    )
    print("\n" + head + "\n" + "-" * len(head))
    for r in rows:
        wr = max(r["worker_rss_mb"], default=0)
        wp = max(r["worker_pss_mb"], default=0)
        print(
            f"{r['round']:>5} {r['label']:26} {r['wall_s']:>7.1f} {r['docs_per_s']:>7.2f} "
            f"{r['cpu_s']:>6.0f} {r['peak_pss_mb']:>7.0f}MB {wr:>9.0f}MB {wp:>9.0f}MB "
            f"{r.get('partitions', ''):>5} {r['other_cores']:>5.2f}"
        )
        if "worker_busy_s" in r:
            print(
                f"{'':>5} {'':26} in tasks {r['worker_busy_s']:.0f} worker-s "
                f"({r['docs'] / r['worker_busy_s']:.2f} docs/s a worker), "
                f"{r['worker_cpu_s']:.0f} worker CPU s, {r['partition_bytes']} B a partition, "
                f"run {r['run_s']:.1f} s"
                f" of which identity {r['identity_s']:.2f} s; partitions of"
                f" {r['partition_docs'][0]}–{r['partition_docs'][-1]} docs"
            )
    for round_ in range(1, args.repeat + 1):
        base = next(r for r in rows if r["round"] == round_ and r["label"].startswith("-j"))
        for r in rows:
            if r["round"] == round_ and r is not base:
                print(
                    f"round {round_}: {r['label']} / {base['label']} docs/s = "
                    f"{r['docs_per_s'] / base['docs_per_s']:.3f}"
                )
    if ingest:
        print(
            f"ingest --predictions: {ingest['wall_s']:.1f} s, {ingest['docs_per_s']:.1f} docs/s,"
            f" {ingest['cpu_s']:.0f} CPU s, peak {ingest['peak_rss_mb']:.0f} MB RSS,"
            f" database {ingest['db_mb']:.0f} MB, shards {ingest['shards_mb']:.1f} MB"
        )
    if args.out:
        import platform

        meta = {
            "command": " ".join(["python", "benchmarks/dask_bench.py", *(argv or sys.argv[1:])]),
            "git": subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE
            ).stdout.strip(),  # fmt: skip
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "docs": str(docs),
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"meta": meta, "rows": rows, "ingest": ingest}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
