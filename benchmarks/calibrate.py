"""Measure how often each kind of attribution is right, to calibrate confidence.

    python benchmarks/calibrate.py [--data ../shared/data/polnear/train] [--write [FILE]]

Runs the engine over a gold-annotated split, groups predicted quotes by their calibration key
(``quotetui/engine/confidence.py``) and measures the precision of each group — span matched and
speaker right, as ``quotetui eval`` scores them. It prints the calibration as JSON; ``--write``
writes it to the file the engine reads (``quotetui/engine/data/confidence.json``, or FILE).
Documents whose gold lists no quote at all although the text has quotation
marks are left out: their gold is incomplete (PolNeAR's conversion skipped ''-style marks), so
they would say nothing about how often an attribution is right.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from quotetui.corpus import read_documents
from quotetui.engine import confidence, load_pipeline
from quotetui.engine.attribute import finalise
from quotetui.engine.record import Attribution
from quotetui.evaluate import match_quotes, read_jsonl, speaker_right

MIN_CASES = 30


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=here.parent.parent / "shared/data/polnear/train"
    )
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=here.parent / "quotetui/engine" / confidence.DATA_FILE,
        help="write the calibration to the engine's data file (or to FILE)",
    )
    args = parser.parse_args()
    gold = {g["doc_id"]: g["quotes"] for g in read_jsonl(args.data / "gold.jsonl")}
    nlp = load_pipeline()
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    documents = list(read_documents([args.data / "docs.jsonl"]))
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=32):
        gold_quotes = gold.get(document.id, [])
        records = [Attribution.from_json(r) for r in doc._.quote_attributions or ()]
        if not gold_quotes and any(r.kind != "term" for r in records):
            continue
        predicted, _ = finalise(records, document.date)
        keys = [r.confidence_key or "term" for r in records]
        kept = [(p.to_json(), k) for p, k in zip(predicted, keys, strict=True) if p.kind != "term"]
        pred = [p for p, _ in kept]
        matched = dict((pi, gi) for gi, pi in match_quotes(gold_quotes, pred))
        for pi, (p, key) in enumerate(kept):
            ok = pi in matched and speaker_right(gold_quotes[matched[pi]], p)
            for k in (key, key.split("|", 1)[0]):
                total[k] += 1
                right[k] += ok
    table = {
        k: _smoothed(right[k], total[k])
        for k in sorted(total)
        if "|" in k and total[k] >= MIN_CASES
    }
    rules = {k: _smoothed(right[k], total[k]) for k in sorted(total) if "|" not in k}
    calibration = confidence.Calibration(
        table=table,
        rules=rules,
        default=confidence.CALIBRATION.default,
        data="/".join(args.data.resolve().parts[-2:]),
        min_cases=MIN_CASES,
        about=confidence.CALIBRATION.about,
    )
    print(json.dumps(calibration.to_json(), indent=2, ensure_ascii=False))
    if args.write is not None:
        confidence.save(calibration, args.write)
        print(f"wrote {args.write}", file=sys.stderr)
    for k in sorted(total, key=lambda k: -total[k]):
        print(f"# {k:55} {right[k]:5}/{total[k]:<5} {right[k] / total[k]:.3f}", file=sys.stderr)


def _smoothed(right: int, total: int) -> float:
    # One imagined miss and one imagined hit keep tiny groups away from 0 and 1.
    return round((right + 1) / (total + 2), 3)


if __name__ == "__main__":
    main()
