"""The draw of PolNeAR train articles for a hand-resolved set (resolved-train2, resolved-train3,
check-polnear): each set's ``build.py`` states its rule (articles already taken, the range of gold
quotes, the seed) and calls :func:`build`.

Rule: among PolNeAR *train* articles not taken by an earlier set and with ``min_quotes`` to
``max_quotes`` gold quotes, shuffle each outlet's ids (sorted first) with one
``random.Random(seed)``, outlets in sorted order, then take one article per outlet in turn until
``n_articles`` are drawn. Writes ``docs.jsonl`` and, when ``gold.jsonl`` does not exist yet, the
unresolved PolNeAR gold (``gold.unresolved.jsonl``) as the annotation worksheet.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

POLNEAR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "polnear" / "train"


def _read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draw(
    taken_by: Sequence[Path], min_quotes: int, max_quotes: int, seed: int, n_articles: int
) -> list[str]:
    docs = _read(POLNEAR / "docs.jsonl")
    gold = {str(g["doc_id"]): g for g in _read(POLNEAR / "gold.jsonl")}
    taken = {str(d["id"]) for path in taken_by for d in _read(path)}
    by_outlet: dict[str, list[str]] = {}
    for d in docs:
        doc_id = str(d["id"])
        quotes = gold.get(doc_id, {}).get("quotes", [])
        assert isinstance(quotes, list)
        if doc_id in taken or not min_quotes <= len(quotes) <= max_quotes:
            continue
        by_outlet.setdefault(doc_id.split("_")[0], []).append(doc_id)
    rng = random.Random(seed)
    pools = []
    for outlet in sorted(by_outlet):
        ids = sorted(by_outlet[outlet])
        rng.shuffle(ids)
        pools.append(ids)
    chosen: list[str] = []
    turn = 0
    while len(chosen) < n_articles:
        pool = pools[turn % len(pools)]
        if pool:
            chosen.append(pool.pop(0))
        turn += 1
    return chosen


def build(
    here: Path,
    taken_by: Sequence[Path],
    min_quotes: int,
    max_quotes: int,
    seed: int,
    n_articles: int = 40,
) -> None:
    """Draw the set's articles and write them into ``here``."""
    chosen = draw(taken_by, min_quotes, max_quotes, seed, n_articles)
    docs = {str(d["id"]): d for d in _read(POLNEAR / "docs.jsonl")}
    gold = {str(g["doc_id"]): g for g in _read(POLNEAR / "gold.jsonl")}
    with (here / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for doc_id in chosen:
            fh.write(json.dumps(docs[doc_id], ensure_ascii=False) + "\n")
    if not (here / "gold.jsonl").exists():
        with (here / "gold.unresolved.jsonl").open("w", encoding="utf-8") as fh:
            for doc_id in chosen:
                fh.write(json.dumps(gold[doc_id], ensure_ascii=False) + "\n")
    print("\n".join(chosen))
