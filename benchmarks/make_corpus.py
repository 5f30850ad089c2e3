"""Build a benchmark corpus of N news articles from real PolNeAR paragraphs.

Each generated article takes its length (in paragraphs) from a real article drawn at random, a
real title and publication date, and a body of whole paragraphs sampled from the whole source
corpus. Paragraphs that belong together because one quotation runs over them (an opening mark at
each paragraph start and a closing mark only at the end) are sampled as one unit, so every quote
stays intact. The same ``--seed`` gives the same file.

    python benchmarks/make_corpus.py -n 2000 -o /tmp/bench/docs.jsonl

Output: FORMATS.md "Documents" JSONL (id, title, date, text).
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "polnear" / "train" / "docs.jsonl"


def paragraph_units(text: str) -> list[str]:
    """The article's paragraphs, those joined by a multi-paragraph quote merged into one unit.

    The first paragraph (the headline line in PolNeAR) is left out: it is the title.
    """
    from quotetui.engine.quotes import find_quotes, paragraph_spans

    paragraphs = paragraph_spans(text)
    if len(paragraphs) > 1:
        paragraphs = paragraphs[1:]
    # Which paragraph each quote piece is in, and so which paragraphs one quote group spans.
    starts = [s for s, _ in paragraphs]
    group_span: dict[int, tuple[int, int]] = {}
    for q in find_quotes(text):
        i = _paragraph_at(starts, q.start)
        if i < 0:
            continue
        lo, hi = group_span.get(q.group, (i, i))
        group_span[q.group] = (min(lo, i), max(hi, i))
    # Union the paragraph ranges of multi-paragraph groups.
    joined_to_next = [False] * len(paragraphs)
    for lo, hi in group_span.values():
        for i in range(lo, hi):
            joined_to_next[i] = True
    units: list[str] = []
    current: list[str] = []
    for i, (start, end) in enumerate(paragraphs):
        current.append(text[start:end])
        if not joined_to_next[i]:
            units.append("\n\n".join(current))
            current = []
    if current:
        units.append("\n\n".join(current))
    return units


def _paragraph_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def load_source(path: Path) -> tuple[list[dict], list[str]]:
    """The source articles (with their unit counts) and the pool of paragraph units."""
    articles = []
    pool: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            obj = json.loads(line)
            units = paragraph_units(obj["text"])
            if not units:
                continue
            pool.extend(units)
            articles.append(
                {"title": obj.get("title"), "date": obj.get("date"), "units": len(units)}
            )
    return articles, pool


def generate(source: Path, n: int, seed: int):
    """Yield ``n`` article dicts, deterministic for a given source file and seed."""
    articles, pool = load_source(source)
    rng = random.Random(seed)
    width = len(str(n - 1))
    for i in range(n):
        model = rng.choice(articles)  # length, title and date of a real article
        body = [rng.choice(pool) for _ in range(model["units"])]
        title = model["title"] or body[0][:80]
        yield {
            "id": f"bench-{i:0{width}d}",
            "title": title,
            "date": model["date"],
            "text": f"{title}.\n\n" + "\n\n".join(body),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="docs.jsonl to write")
    parser.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"PolNeAR docs.jsonl to sample from (default {DEFAULT_SOURCE})",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if not args.source.exists():
        parser.error(f"no source corpus at {args.source}; pass --source")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    chars = 0
    with args.output.open("w", encoding="utf-8", newline="\n") as out:
        for article in generate(args.source, args.count, args.seed):
            chars += len(article["text"])
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(
        f"wrote {args.count} articles ({chars / 1e6:.1f} M chars, "
        f"{chars / max(args.count, 1):.0f} per article) to {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
