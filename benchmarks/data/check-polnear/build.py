"""Draw the 40 PolNeAR train articles of check-polnear and copy their docs verbatim.

Rule: among PolNeAR *train* articles that are in none of resolved-train, resolved-train2 and
resolved-train3 and have 3 to 12 gold quotes, shuffle each outlet's ids (sorted first) with one
``random.Random(2028)``, outlets in sorted order, then take one article per outlet in turn
until 40 are drawn. The upper bound of
12 quotes (as in resolved-train2) keeps the hand annotation within one sitting; it is a stated
bias towards shorter articles.

Writes ``docs.jsonl`` and, when ``gold.jsonl`` does not exist yet, the unresolved PolNeAR gold
(``gold.unresolved.jsonl``) as the annotation worksheet. The resolved fields in ``gold.jsonl``
were added by hand.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parents[2] / ".." / "shared" / "data" / "polnear" / "train"
TAKEN = (
    HERE.parent / "resolved-train" / "docs.jsonl",
    HERE.parent / "resolved-train2" / "docs.jsonl",
    HERE.parent / "resolved-train3" / "docs.jsonl",
)
N_ARTICLES = 40
MIN_QUOTES, MAX_QUOTES = 3, 12
SEED = 2028


def _read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draw() -> list[str]:
    docs = _read(POLNEAR / "docs.jsonl")
    gold = {str(g["doc_id"]): g for g in _read(POLNEAR / "gold.jsonl")}
    taken = {str(d["id"]) for path in TAKEN for d in _read(path)}
    by_outlet: dict[str, list[str]] = {}
    for d in docs:
        doc_id = str(d["id"])
        quotes = gold.get(doc_id, {}).get("quotes", [])
        assert isinstance(quotes, list)
        if doc_id in taken or not MIN_QUOTES <= len(quotes) <= MAX_QUOTES:
            continue
        by_outlet.setdefault(doc_id.split("_")[0], []).append(doc_id)
    rng = random.Random(SEED)
    pools = []
    for outlet in sorted(by_outlet):
        ids = sorted(by_outlet[outlet])
        rng.shuffle(ids)
        pools.append(ids)
    chosen: list[str] = []
    turn = 0
    while len(chosen) < N_ARTICLES:
        pool = pools[turn % len(pools)]
        if pool:
            chosen.append(pool.pop(0))
        turn += 1
    return chosen


def main() -> None:
    chosen = draw()
    docs = {str(d["id"]): d for d in _read(POLNEAR / "docs.jsonl")}
    gold = {str(g["doc_id"]): g for g in _read(POLNEAR / "gold.jsonl")}
    with (HERE / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for doc_id in chosen:
            fh.write(json.dumps(docs[doc_id], ensure_ascii=False) + "\n")
    if not (HERE / "gold.jsonl").exists():
        with (HERE / "gold.unresolved.jsonl").open("w", encoding="utf-8") as fh:
            for doc_id in chosen:
                fh.write(json.dumps(gold[doc_id], ensure_ascii=False) + "\n")
    print("\n".join(chosen))


if __name__ == "__main__":
    main()
