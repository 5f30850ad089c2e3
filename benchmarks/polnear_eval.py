"""Accuracy on a PolNeAR split, whole and on the documents its gold annotates.

    python benchmarks/polnear_eval.py [--split dev] [--data DIR]

``DIR`` holds one folder per split (``dev/``, ``train/``), each with ``docs.jsonl`` and
``gold.jsonl`` in the format of ``docs/FORMATS.md``. By default it is ``../shared/data/polnear``
beside the repository, when that exists; in a fresh clone pass ``--data``.

Runs the engine over ``<DIR>/<split>/docs.jsonl`` and scores it against ``gold.jsonl`` with
the same scorer as ``quotetui eval``, twice: over every document, and over the documents whose
gold lists at least one quote. PolNeAR's gold names the speaker's mention as written ("he"), so
the speaker is scored by name or mention overlap; ``benchmarks/engine_eval.py`` adds the
by-name scoring on the hand-resolved subset. The second view exists because a few articles have
an empty gold list although they hold quotes, so every quote found there counts as a false
positive.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotetui.corpus import read_documents
from quotetui.engine import attribute_documents, load_pipeline
from quotetui.evaluate import format_report, read_jsonl, score_documents

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", default="dev", help="split folder under DIR (default: dev)")
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        default=DEFAULT_DATA if DEFAULT_DATA.is_dir() else None,
        help=f"folder with one sub-folder per split (default: {DEFAULT_DATA}, if it exists)",
    )
    args = parser.parse_args()
    if args.data is None:
        parser.error(
            f"no PolNeAR data at {DEFAULT_DATA}; pass --data DIR, the folder holding "
            "<split>/docs.jsonl and <split>/gold.jsonl"
        )
    folder = args.data / args.split
    missing = [p for p in (folder / "docs.jsonl", folder / "gold.jsonl") if not p.is_file()]
    if missing:
        parser.error(
            f"{missing[0]} does not exist; --data DIR must hold <split>/docs.jsonl and "
            "<split>/gold.jsonl"
        )
    gold = list(read_jsonl(folder / "gold.jsonl"))
    nlp = load_pipeline()
    preds = [
        r.to_prediction()
        for _, r in attribute_documents(nlp, read_documents([folder / "docs.jsonl"]))
    ]

    print(f"== PolNeAR {args.split}: all {len(gold)} documents")
    print(format_report(score_documents(gold, preds), max_misses=0))
    annotated = [g for g in gold if g["quotes"]]
    skipped = {g["doc_id"] for g in gold if not g["quotes"]}
    found = sum(
        1 for p in preds if p["doc_id"] in skipped for q in p["quotes"] if q["kind"] != "term"
    )
    print(f"\n== PolNeAR {args.split}: the {len(annotated)} documents whose gold lists quotes")
    print(f"   (left out: {len(skipped)} documents with an empty gold list, where the engine")
    print(f"   found {found} quotes)")
    print(format_report(score_documents(annotated, preds), max_misses=0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
