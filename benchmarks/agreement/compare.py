"""Compare the second annotation with the shared resolved-dev gold on the same 8 articles.

Writes, into OUT (default /tmp/agreement): shared8.gold.jsonl (the shared gold of the 8 articles),
shared8.preds.jsonl (that gold in the predictions shape, `speaker` = its canonical name, for the
reverse `quotetui eval`), and prints every disagreement between matched quotes plus the
unmatched spans of each side, then the confusion pairs of `occasion_type`.

    python benchmarks/agreement/compare.py [OUT]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotetui.evaluate import content_words, match_quotes, names_agree

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / ".." / "shared" / "data" / "resolved-dev" / "gold.jsonl"


def load(path: Path) -> dict[str, list[dict[str, Any]]]:
    return {r["doc_id"]: r["quotes"] for r in map(json.loads, path.read_text("utf-8").splitlines())}


FIELDS = (
    "start",
    "end",
    "text",
    "kind",
    "partial",
    "speaker_kind",
    "occasion",
    "occasion_type",
    "occasion_place",
    "occasion_date",
    "occasion_date_text",
)


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def as_pred(q: dict[str, Any]) -> dict[str, Any]:
    name = q.get("speaker_canonical")
    return {
        **{k: q.get(k) for k in FIELDS},
        "speaker": name,
        "speaker_id": re.sub(r"[^a-z0-9]+", "-", name.lower()) if name else None,
        "speaker_mention": q.get("speaker"),
        "speaker_start": q.get("speaker_start"),
        "speaker_end": q.get("speaker_end"),
        "confidence": 1.0,
        "method": "shared gold",
    }


def who(q: dict[str, Any]) -> str | None:
    return None if q.get("kind") == "term" else q.get("speaker_canonical")


def same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if who(a) is None or who(b) is None:
        return who(a) is None and who(b) is None
    return names_agree(who(a), [who(b), *b.get("speaker_aliases", [])]) or names_agree(
        who(b), [who(a), *a.get("speaker_aliases", [])]
    )


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/agreement")
    out.mkdir(parents=True, exist_ok=True)
    second = load(HERE / "second.gold.jsonl")
    shared = {k: v for k, v in load(SHARED).items() if k in second}
    write(out / "shared8.gold.jsonl", [{"doc_id": d, "quotes": shared[d]} for d in second])
    write(
        out / "shared8.preds.jsonl",
        [{"doc_id": d, "quotes": [as_pred(q) for q in shared[d]]} for d in second],
    )
    confusion: Counter[tuple[str | None, str | None]] = Counter()
    tally: Counter[str] = Counter()
    for doc_id, mine in second.items():
        theirs = shared[doc_id]
        pairs = match_quotes(theirs, mine)
        print(f"===== {doc_id}")
        for gi, mi in pairs:
            g, m = theirs[gi], mine[mi]
            tally["matched"] += 1
            diffs = []
            if (g["kind"] == "term") != (m["kind"] == "term"):
                diffs.append(f"kind {g['kind']}|{m['kind']}")
            if not same_speaker(g, m):
                diffs.append(f"speaker {who(g)}|{who(m)}")
            if who(g) and who(m) and g.get("speaker_kind") != m.get("speaker_kind"):
                diffs.append(f"speaker_kind {g.get('speaker_kind')}|{m.get('speaker_kind')}")
            if g.get("occasion_place") != m.get("occasion_place"):
                diffs.append(f"place {g.get('occasion_place')!r}|{m.get('occasion_place')!r}")
            if g.get("occasion_type") != m.get("occasion_type"):
                diffs.append(f"type {g.get('occasion_type')}|{m.get('occasion_type')}")
            confusion[(g.get("occasion_type"), m.get("occasion_type"))] += 1
            if g.get("occasion_date") != m.get("occasion_date"):
                diffs.append(f"date {g.get('occasion_date')}|{m.get('occasion_date')}")
            gw = content_words(g.get("occasion"), g.get("occasion_place"))
            mw = content_words(m.get("occasion"), m.get("occasion_place"))
            if gw != mw:
                diffs.append(
                    f"occ {g.get('occasion')!r}@{g.get('occasion_place')!r}|"
                    f"{m.get('occasion')!r}@{m.get('occasion_place')!r}"
                )
            if diffs:
                print(f"  {g['start']:5} {g['text'][:50]!r}\n        " + "\n        ".join(diffs))
        for gi in sorted(set(range(len(theirs))) - {p[0] for p in pairs}):
            g = theirs[gi]
            print(f"  shared only {g['start']}-{g['end']} {g['kind']} {g['text'][:60]!r} {who(g)}")
        for mi in sorted(set(range(len(mine))) - {p[1] for p in pairs}):
            m = mine[mi]
            print(f"  second only {m['start']}-{m['end']} {m['kind']} {m['text'][:60]!r} {who(m)}")
    print("\noccasion_type pairs (shared, second) that differ:")
    for (a, b), n in confusion.most_common():
        if a != b:
            print(f"  {a} -> {b}: {n}")
    print(f"matched spans: {tally['matched']}")


if __name__ == "__main__":
    main()
