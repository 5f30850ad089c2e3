"""Build the first-name gender lexicon the engine ships (``engine/data/first_names.tsv.gz``).

    pip install nomquamgender==0.1.4      # only to build; the engine reads the shipped file
    python benchmarks/build_first_names.py [--source name_data.json] [--out FILE]

The source is the name–gender table of nomquamgender (Van Buskirk, Clauset & Larremore, "An
open-source cultural consensus approach to name-based gender classification", ICWSM 2023; MIT
licence, copyright notice shipped beside the lexicon as ``first_names.LICENSE``). It pools 36
name lists from many countries (censuses, birth registers, author lists), so it covers British,
European, African and Asian given names as well as American ones, and for each name gives the
number of sources, the number of people and the share of them who are women.

The engine needs a compact table, not 720,000 names: this keeps names (ASCII-folded, letters,
apostrophes and hyphens) seen in at least ``--min-sources`` sources and ``--min-count`` people,
with the share of women in whole percent. Deterministic: same source, same file. (A name from
one source counts: regional lists such as a US state register hold names no other list has.)
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
from pathlib import Path

from quotetui.names import fold

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "quotetui/engine/data/first_names.tsv.gz"
_NAME = re.compile(r"[a-z][a-z'-]*[a-z]")


def default_source() -> Path | None:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "name_data.json"


def build(source: Path, min_sources: int, min_count: int) -> list[tuple[str, int]]:
    data = json.loads(source.read_text(encoding="utf-8"))
    kept: dict[str, tuple[int, int]] = {}  # name → (people, percent women)
    for raw, values in data.items():
        sources, count, share = int(values[0]), int(values[1]), float(values[2])
        name = fold(raw).strip()
        if sources < min_sources or count < min_count or not _NAME.fullmatch(name):
            continue
        if name not in kept or count > kept[name][0]:
            kept[name] = (count, round(share * 100))
    return sorted((name, pct) for name, (_, pct) in kept.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--source", type=Path, default=default_source())
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-sources", type=int, default=1)
    parser.add_argument("--min-count", type=int, default=100)
    args = parser.parse_args()
    if args.source is None or not args.source.exists():
        parser.error("no source: pip install nomquamgender==0.1.4, or pass --source name_data.json")
    rows = build(args.source, args.min_sources, args.min_count)
    body = "".join(f"{name}\t{pct}\n" for name, pct in rows)
    header = (
        "# first name<TAB>percent women; built by benchmarks/build_first_names.py from "
        "nomquamgender 0.1.4 (MIT, see first_names.LICENSE)\n"
    )
    # mtime=0: the same table gives the same bytes.
    args.out.write_bytes(gzip.compress((header + body).encode("utf-8"), mtime=0))
    print(f"wrote {len(rows)} names to {args.out}")


if __name__ == "__main__":
    main()
