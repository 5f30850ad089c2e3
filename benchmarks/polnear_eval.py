"""Accuracy on a PolNeAR split, whole and on the documents its gold annotates.

    python benchmarks/polnear_eval.py [--split dev] [--data ../shared/data/polnear]

Runs the engine over ``<data>/<split>/docs.jsonl`` and scores it against ``gold.jsonl`` with
the same scorer as ``quotetui eval``, twice: over every document, and over the documents whose
gold lists at least one quote. The second view exists because PolNeAR's conversion kept only
quotes in “ ” and " marks: articles written with ''…'' marks (NYT style) have an empty gold
list although they are full of quotes, so every quote found there counts as a false positive.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quotetui.corpus import read_documents
from quotetui.engine import attribute_documents, load_pipeline
from quotetui.evaluate import format_report, read_jsonl, score_documents


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", type=Path, default=here.parent.parent / "shared/data/polnear")
    args = parser.parse_args()
    folder = args.data / args.split
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


if __name__ == "__main__":
    main()
