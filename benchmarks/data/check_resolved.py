"""The check of a hand-resolved PolNeAR set (resolved-train2, resolved-train3, check-polnear):
spans against the text, values against the closed sets. Each set's ``check.py`` runs it on its
own folder.

Prints one line per problem and exits non-zero if there is any. It reads only the set's files,
never quotetui, so a gold check does not depend on the system it scores.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

KINDS = {"person", "organisation", "unnamed", "document", None}
TYPES = {
    "statement",
    "interview",
    "press",
    "speech",
    "debate",
    "hearing",
    "broadcast",
    "social_post",
    "document",
    "meeting",
    "other",
    None,
}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
FIELDS = (
    "occasion",
    "occasion_type",
    "occasion_place",
    "occasion_date",
    "occasion_date_text",
    "speaker_canonical",
    "speaker_kind",
    "speaker_aliases",
    "speaker_entity",
)


def main(here: Path) -> int:
    docs: dict[str, dict[str, Any]] = {}
    with (here / "docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["id"]] = d
    problems: list[str] = []
    seen: set[str] = set()
    with (here / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            doc = docs.get(g["doc_id"])
            if doc is None:
                problems.append(f"{g['doc_id']}: not in docs.jsonl")
                continue
            seen.add(g["doc_id"])
            text = doc["text"]
            for i, q in enumerate(g["quotes"], 1):
                where = f"{g['doc_id']} Q{i}"
                if text[q["start"] : q["end"]] != q["text"]:
                    problems.append(f"{where}: quote span does not match its text")
                s, e = q.get("speaker_start"), q.get("speaker_end")
                if s is not None and text[s:e] != q["speaker"]:
                    problems.append(f"{where}: speaker span does not match the mention")
                for f in FIELDS:
                    if f not in q:
                        problems.append(f"{where}: missing {f}")
                if q.get("speaker_kind") not in KINDS:
                    problems.append(f"{where}: speaker_kind {q.get('speaker_kind')!r}")
                if q.get("occasion_type") not in TYPES:
                    problems.append(f"{where}: occasion_type {q.get('occasion_type')!r}")
                date = q.get("occasion_date")
                if date is not None and not DATE.match(date):
                    problems.append(f"{where}: occasion_date {date!r}")
                if date is not None and doc["date"] and date > doc["date"]:
                    problems.append(f"{where}: occasion_date after publication")
                if date is not None and not q.get("occasion_date_text"):
                    problems.append(f"{where}: occasion_date without occasion_date_text")
                if (q.get("speaker_canonical") is None) != (q.get("speaker_kind") is None):
                    problems.append(f"{where}: speaker_canonical and speaker_kind null mismatch")
                if (q.get("speaker_canonical") is None) != (q.get("speaker_entity") is None):
                    problems.append(f"{where}: speaker_canonical and speaker_entity null mismatch")
                if not isinstance(q.get("speaker_aliases"), list):
                    problems.append(f"{where}: speaker_aliases is not a list")
    for doc_id in docs:
        if doc_id not in seen:
            problems.append(f"{doc_id}: no gold line")
    for p in problems:
        print(p)
    print(f"{len(seen)} docs checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()))
