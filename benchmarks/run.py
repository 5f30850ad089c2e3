"""Throughput and memory of quotetui against bare spaCy, on the same documents in one run.

Steps, each with 1 and 2 processes (``--processes``):

- ``same``: bare ``nlp.pipe(texts, batch_size=B, n_process=P)`` of the components ``extract``
  runs, as spaCy runs them: ``spacy.load(<default model>, exclude=UNUSED_COMPONENTS)`` (no
  lemmatizer), over the texts streamed from the JSONL file (documents are consumed and their
  tokens counted; nothing else). ``extract``'s docs/s over this step's is the headline ratio
  (issue 12's bar): ``extract`` runs the same components and gives the same Docs, and what it
  does faster (``FastAttributeRuler``) or on top (the engine, reading, writing) counts.
- ``bare``: the same with nothing disabled (the model as spaCy ships it, lemmatizer included).
- ``parse`` (not run by default): ``extract``'s own spaCy pipeline, ``load_pipeline()`` without
  its ``quote_attribution`` (the fast attribute ruler included), so that extract/parse is what
  the engine and the CLI around it cost.
- ``extract``: ``quotetui extract DOCS -o OUT -j P --batch-size B`` run in-process through
  ``quotetui.cli.main`` (the exact CLI code path: reader, pipeline, engine, JSONL writer).
- ``ingest``: ``quotetui ingest DOCS --db FRESH.db -j P --batch-size B``, the same way, into a
  database created for the run.

Every step runs in a fresh child Python process (``--child``), so no step inherits another's
loaded model, caches or memory. In the child, the model load and a warm-up on the first
``--warmup`` documents come first and are timed separately; the timed run then processes all N
documents. The parent samples the memory of the child and all its descendants (the worker
processes) every 0.2 s: peak RSS summed over the tree, and peak PSS (proportional set size,
which counts pages shared by forked workers once). CPU seconds are the child's user+system time
plus its reaped workers' (``getrusage``), which stays meaningful on a busy machine where wall
time does not.

    python benchmarks/run.py -n 2000                      # all steps, 1 and 2 processes
    python benchmarks/run.py -n 600 --processes 1 --steps same,extract --repeat 2  # issue 12's bar
    python benchmarks/run.py -n 20000 --steps extract,ingest --processes 2

No timing asserts: it prints a table and the ratios, and writes the raw figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STEPS = ("same", "bare", "parse", "extract", "ingest")
DEFAULT_STEPS = ("same", "bare", "extract", "ingest")
BARE_STEPS = ("same", "bare", "parse")


# --------------------------------------------------------------------------- child side


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _texts(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]


def run_child(args: argparse.Namespace) -> dict[str, Any]:
    """One step in this (fresh) process; returns its timings."""
    docs, warm = Path(args.docs), Path(args.warm)
    work = Path(args.workdir)
    out: dict[str, Any] = {"step": args.child, "processes": args.processes}
    if args.child in BARE_STEPS:
        t = time.perf_counter()
        if args.child == "parse":
            from quotetui.engine.pipeline import load_pipeline

            nlp = load_pipeline(args.model)
            nlp.remove_pipe("quote_attribution")
        else:
            import spacy

            from quotetui.engine.pipeline import UNUSED_COMPONENTS, resolve_model_name

            skip = UNUSED_COMPONENTS if args.child == "same" else ()
            nlp = spacy.load(resolve_model_name(args.model), exclude=list(skip))
        out["load_s"] = time.perf_counter() - t
        out["pipeline"] = nlp.pipe_names
        t = time.perf_counter()
        for _doc in nlp.pipe(_texts(warm), batch_size=args.batch_size):
            pass
        out["warmup_s"] = time.perf_counter() - t
        cpu, t = _cpu_seconds(), time.perf_counter()
        n = tokens = 0
        for doc in nlp.pipe(_texts(docs), batch_size=args.batch_size, n_process=args.processes):
            n += 1
            tokens += len(doc)
        out["run_s"] = time.perf_counter() - t
        out["cpu_s"] = _cpu_seconds() - cpu
        out["docs"], out["tokens"] = n, tokens
        return out

    from quotetui import cli

    t = time.perf_counter()
    nlp = cli.get_pipeline(args.model)
    out["load_s"] = time.perf_counter() - t
    out["pipeline"] = nlp.pipe_names
    common = ["-j", str(args.processes), "--batch-size", str(args.batch_size)]
    if args.model:
        common += ["--model", args.model]
    if args.child == "extract":
        warm_cmd = ["extract", str(warm), "-o", str(work / "warm.jsonl"), *common]
        cmd = ["extract", str(docs), "-o", str(work / "predictions.jsonl"), *common]
    else:
        warm_cmd = ["ingest", str(warm), "--db", str(work / "warm.db"), *common]
        cmd = ["ingest", str(docs), "--db", str(work / "bench.db"), *common]
    t = time.perf_counter()
    cli.main(warm_cmd, standalone_mode=False)
    out["warmup_s"] = time.perf_counter() - t
    cpu, t = _cpu_seconds(), time.perf_counter()
    cli.main(cmd, standalone_mode=False)
    out["run_s"] = time.perf_counter() - t
    out["cpu_s"] = _cpu_seconds() - cpu
    out["docs"] = sum(1 for _ in _texts(docs))
    if args.child == "ingest":
        out["db_mb"] = sum(p.stat().st_size for p in work.glob("bench.db*")) / 1e6
    return out


# --------------------------------------------------------------------------- parent side


class TreeMemory(threading.Thread):
    """Peak RSS (summed over a process and its descendants) and peak PSS, sampled; and each
    process's own peaks with its command line and parent (``dask_bench.py`` reads them)."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self.per_process: dict[int, dict[str, Any]] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stopped.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            rss = pss = 0
            for proc in procs:
                try:
                    info = proc.memory_full_info()
                    if proc.pid not in self.per_process:
                        self.per_process[proc.pid] = {
                            "cmd": " ".join(proc.cmdline())[:200],
                            "parent": proc.ppid(),
                            "rss": 0,
                            "pss": 0,
                        }
                except psutil.Error:
                    continue
                own = getattr(info, "pss", info.rss)
                entry = self.per_process[proc.pid]
                entry["rss"] = max(entry["rss"], info.rss)
                entry["pss"] = max(entry["pss"], own)
                rss += info.rss
                pss += own
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(procs))
            self.stopped.wait(self.interval)


def run_step(step: str, processes: int, args: argparse.Namespace, docs: Path, warm: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"qbench-{step}-") as work:
        result_file = Path(work) / "result.json"
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            step,
            "--docs",
            str(docs),
            "--warm",
            str(warm),
            "--workdir",
            work,
            "--result",
            str(result_file),
            "--processes",
            str(processes),
            "--batch-size",
            str(args.batch_size),
        ]
        if args.model:
            cmd += ["--model", args.model]
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        log = Path(work) / "child.log"
        with log.open("w") as log_f:
            child = subprocess.Popen(cmd, stdout=log_f, stderr=subprocess.STDOUT, cwd=work)
            monitor = TreeMemory(child.pid)
            monitor.start()
            code = child.wait()
            monitor.stopped.set()
            monitor.join()
        if code != 0:
            raise SystemExit(f"{step} -j{processes} failed ({code}):\n{log.read_text()[-3000:]}")
        result = json.loads(result_file.read_text())
        result.update(
            wall_total_s=time.perf_counter() - started,
            peak_rss_mb=monitor.peak_rss / 1e6,
            peak_pss_mb=monitor.peak_pss / 1e6,
            peak_procs=monitor.peak_procs,
            load_before=load_before,
            load_after=os.getloadavg()[0],
        )
        return result


def count_tokens(docs: Path, model: str | None) -> int:
    import spacy

    from quotetui.engine.pipeline import resolve_model_name

    tokenizer = spacy.load(resolve_model_name(model)).tokenizer
    return sum(len(doc) for doc in tokenizer.pipe(_texts(docs)))


def fmt_table(rows: list[dict], tokens: int) -> str:
    head = (
        f"{'step':8} {'proc':>4} {'docs':>6} {'run s':>8} {'docs/s':>7} {'tokens/s':>9} "
        f"{'cpu s':>8} {'docs/cpu-s':>10} {'load s':>6} {'peak RSS':>9} {'peak PSS':>9} "
        f"{'loadavg':>7}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['step']:8} {r['processes']:>4} {r['docs']:>6} {r['run_s']:>8.1f} "
            f"{r['docs'] / r['run_s']:>7.2f} {tokens / r['run_s']:>9.0f} {r['cpu_s']:>8.1f} "
            f"{r['docs'] / r['cpu_s']:>10.2f} {r['load_s']:>6.1f} "
            f"{r['peak_rss_mb']:>7.0f}MB {r['peak_pss_mb']:>7.0f}MB "
            f"{(r['load_before'] + r['load_after']) / 2:>7.2f}"
        )
    return "\n".join(lines)


def fmt_ratios(best: dict[tuple[str, int], dict]) -> str:
    def rate(step: str, p: int) -> float | None:
        r = best.get((step, p))
        return r["docs"] / r["run_s"] if r else None

    out = []
    procs = sorted({p for _, p in best})
    for p in procs:
        for base in BARE_STEPS:
            bare = rate(base, p)
            for step in ("extract", "ingest"):
                mine = rate(step, p)
                if bare and mine:
                    ran, ref = best[(step, p)], best[(base, p)]
                    headline = " (headline)" if base == "same" and step == "extract" else ""
                    out.append(
                        f"{step}/{base} {p} proc: docs/s {mine / bare:.3f}, "
                        f"CPU {ref['cpu_s'] / ran['cpu_s']:.3f} ({base} CPU s / {step} CPU s)"
                        f"{headline}"
                    )
        ext, ing = best.get(("extract", p)), best.get(("ingest", p))
        if ext and ing:
            out.append(f"ingest time / extract time, {p} proc: {ing['run_s'] / ext['run_s']:.2f}")
    for step in STEPS:
        one, two = rate(step, 1), rate(step, 2)
        if one and two:
            out.append(f"{step} 2-proc/1-proc docs/s: {two / one:.2f}")
    return "\n".join(out)


def _source_digest() -> str:
    """A digest of the quotetui sources the children import, to tell whether they changed."""
    import hashlib
    import importlib.util

    spec = importlib.util.find_spec("quotetui")
    root = Path(spec.origin).parent if spec and spec.origin else REPO / "quotetui"
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.read_bytes())
    return f"{root} {digest.hexdigest()[:12]}"


def _git_state() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "quotetui"],
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return head + (" (+ uncommitted changes in quotetui/)" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--docs", type=Path, help="use this docs.jsonl instead of generating one")
    parser.add_argument("--seed", type=int, default=1, help="corpus generator seed (default 1)")
    parser.add_argument("--source", type=Path, help="PolNeAR docs.jsonl for the generator")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch (32)")
    parser.add_argument("--processes", default="1,2", help="comma list (default 1,2)")
    parser.add_argument(
        "--steps", default=",".join(DEFAULT_STEPS), help="comma list of " + ",".join(STEPS)
    )
    parser.add_argument("--warmup", type=int, default=20, help="warm-up documents (default 20)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; best of each is reported")
    parser.add_argument("--model", help="spaCy pipeline (default: as the CLI chooses)")
    parser.add_argument("--out", type=Path, help="write the raw figures here (JSON)")
    parser.add_argument("--workdir", type=Path, help="where the corpus is generated (default: tmp)")
    # internal: one step in a child process
    parser.add_argument("--child", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--warm", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        args.processes = int(args.processes)
        result = run_child(args)
        Path(args.result).write_text(json.dumps(result))
        return 0

    steps = [s for s in args.steps.split(",") if s]
    procs = [int(p) for p in args.processes.split(",") if p]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="qbench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.docs:
        docs = args.docs.resolve()
    else:
        sys.path.insert(0, str(HERE))
        from make_corpus import main as make_corpus

        docs = workdir / f"docs-{args.count}-seed{args.seed}.jsonl"
        if not docs.exists():
            extra = ["--source", str(args.source)] if args.source else []
            make_corpus(["-n", str(args.count), "-o", str(docs), "--seed", str(args.seed), *extra])
    warm = workdir / "warmup.jsonl"
    with docs.open(encoding="utf-8") as src, warm.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= args.warmup:
                break
            dst.write(line)
    n_docs = sum(1 for _ in _texts(docs))
    chars = sum(len(t) for t in _texts(docs))

    sources = _source_digest()
    print(f"quotetui benchmark  {time.strftime('%Y-%m-%d %H:%M')}  git {_git_state()}")
    print(f"sources: {sources}")
    print(
        f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"loadavg at start {os.getloadavg()[0]:.2f}"
    )
    print(f"documents: {docs} ({n_docs} docs, {chars / 1e6:.1f} M chars)")
    print(f"batch size {args.batch_size}; steps {steps}; processes {procs}; rounds {args.repeat}")
    print(flush=True)

    rows: list[dict] = []
    for round_no in range(args.repeat):
        for p in procs:
            for step in steps:
                r = run_step(step, p, args, docs, warm)
                r["round"] = round_no
                rows.append(r)
                print(
                    f"  round {round_no + 1} {step:7} -j{p}: {r['run_s']:.1f} s "
                    f"({r['docs'] / r['run_s']:.2f} docs/s, {r['cpu_s']:.0f} cpu-s), "
                    f"peak RSS {r['peak_rss_mb']:.0f} MB, PSS {r['peak_pss_mb']:.0f} MB, "
                    f"load {r['load_before']:.1f}->{r['load_after']:.1f}",
                    flush=True,
                )

    if _source_digest() != sources:
        print("WARNING: the quotetui sources changed during the run; figures may mix versions")
    bare_tokens = [r["tokens"] for r in rows if r.get("tokens")]
    tokens = bare_tokens[0] if bare_tokens else count_tokens(docs, args.model)
    best: dict[tuple[str, int], dict] = {}
    for r in rows:
        key = (r["step"], r["processes"])
        if key not in best or r["run_s"] < best[key]["run_s"]:
            best[key] = r
    print()
    print(f"{n_docs} documents, {tokens} tokens; best of {args.repeat} round(s)")
    print(fmt_table(list(best.values()), tokens))
    print()
    print(fmt_ratios(best))
    pipelines = {r["step"]: r["pipeline"] for r in rows}
    for step, names in pipelines.items():
        print(f"{step} pipeline: {', '.join(names)}")
    if args.out:
        args.out.write_text(
            json.dumps(
                {"docs": str(docs), "n_docs": n_docs, "tokens": tokens, "rows": rows}, indent=1
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
