"""Throughput of ingesting web pages against plain text of the same articles.

The bundled articles as .txt (corpus/) and as the news pages in tests/data/web/bundled/ are
copied ``--copies`` times each into two folders (so both sides hold the same N articles), and
each folder goes through ``quotetui ingest`` in-process (``quotetui.cli.main``, the exact CLI
path: reader → pipeline → engine → SQLite) into a fresh database. The pipeline is loaded and
warmed before timing. Also timed: the reader alone (``read_documents``), where the difference
lies. Prints documents per second for each and the HTML/txt ratios. No assertions.

    python benchmarks/html_bench.py --copies 40
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotetui.cli import get_pipeline, main  # noqa: E402
from quotetui.readers import read_documents  # noqa: E402


def copies(source: Path, suffix: str, target: Path, n: int) -> int:
    files = sorted(source.glob(f"*{suffix}"))
    for i in range(n):
        folder = target / f"c{i:03d}"
        folder.mkdir(parents=True)
        for file in files:
            shutil.copy(file, folder / file.name)
    return n * len(files)


def time_reader(folder: Path) -> tuple[float, int]:
    started = time.perf_counter()
    count = sum(1 for _ in read_documents([folder], on_problem=lambda p: None))
    return time.perf_counter() - started, count


def time_ingest(folder: Path, db: Path) -> float:
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    elapsed = time.perf_counter() - started
    if result.exit_code != 0:
        raise SystemExit(result.output + result.stderr)
    return elapsed


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=40, help="copies of the 5 articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()

    get_pipeline(None)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n_txt = copies(ROOT / "corpus", ".txt", work / "txt", args.copies)
        n_html = copies(
            ROOT / "tests" / "data" / "web" / "bundled", ".html", work / "html", args.copies
        )
        assert n_txt == n_html
        # warm-up: imports (trafilatura, py3langid), caches, the pipeline's first batches
        time_ingest(work / "txt" / "c000", work / "warm1.db")
        time_ingest(work / "html" / "c000", work / "warm2.db")

        # the two kinds alternate, so a change in the load of a shared machine hits both
        reads: dict[str, list[float]] = {"txt": [], "html": []}
        ingests: dict[str, list[float]] = {"txt": [], "html": []}
        counts: dict[str, int] = {}
        for i in range(args.repeat):
            for kind in ("txt", "html"):
                read_s, counts[kind] = time_reader(work / kind)
                reads[kind].append(read_s)
                ingests[kind].append(time_ingest(work / kind, work / f"{kind}{i}.db"))
        rows = {kind: (min(reads[kind]), min(ingests[kind]), counts[kind]) for kind in reads}

        print(f"{n_txt} articles each (the 5 bundled ones ×{args.copies}), best of {args.repeat}")
        print(f"{'':6} {'reader docs/s':>14} {'ingest s':>9} {'ingest docs/s':>14}")
        for kind, (read_s, ingest_s, n) in rows.items():
            print(f"{kind:6} {n / read_s:14.1f} {ingest_s:9.2f} {n / ingest_s:14.2f}")
        r_txt, i_txt, _ = rows["txt"]
        r_html, i_html, _ = rows["html"]
        print(
            f"ratio html/txt: ingest throughput {i_txt / i_html:.3f}, "
            f"reader throughput {r_txt / r_html:.4f}"
        )
        print(
            f"reader time per page: {1000 * r_html / n_html:.1f} ms (html), "
            f"{1000 * r_txt / n_txt:.2f} ms (txt)"
        )


if __name__ == "__main__":
    main_()
