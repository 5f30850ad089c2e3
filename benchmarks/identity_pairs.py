"""Which quote pairs speaker identity misses and which it makes falsely, and why.

    python benchmarks/identity_pairs.py --preds DIR [--sets resolved-train,genres4] [--list N]
    python benchmarks/identity_pairs.py --results DIR [--sets …] [--list N]

Reads the predictions ``engine_eval.py --save DIR`` wrote (or, with ``--results DIR``, runs the
engine once per set, keeps its results before identity in DIR as pickles, and applies today's
identity to them: an identity change re-measures in seconds) and the sets' gold, matches quotes
as ``quotetui eval`` does, and counts the pairs behind "pair identity P / R" (same predicted
speaker id vs same gold ``speaker_entity``, docs/FORMATS.md "Scoring") by cause:

- ``engine: wrong speaker`` — one quote of the pair has the wrong speaker in its own article
  (the attribution, not identity's doing; a person of another first name is wrong here though
  the scorer lets a shared surname pass), and ``identity: renamed a right speaker`` where the
  engine's own name was right (``--results`` only);
- ``engine: described, gold names`` — a missed pair where the engine left a described speaker
  ("the GOP front-runner") that the gold resolves to a named one: the article's coreference;
- missed pairs of one entity with both quotes right: ``split in article`` (one article, two
  ids), and across articles ``surname vs full name``, ``first-name variant``, ``spelling``
  (names whose parsed parts differ otherwise), ``organisation`` (gold kind organisation),
  ``unnamed``, ``same name, two ids``;
- false pairs of two entities with both quotes right: ``fused: shared surname``,
  ``fused: organisation`` and ``fused: other``.

``--list N`` prints the N biggest groups of each cause (the predicted names and gold entities).
resolved-dev is report-only: for it the script prints the P / R line and nothing of its causes.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_eval import EXTRA_SETS, eval_sets  # noqa: E402

from quotetui.evaluate.matching import match_quotes  # noqa: E402
from quotetui.evaluate.pairs import _identity  # noqa: E402
from quotetui.evaluate.reading import _records, parse_gold, parse_predictions  # noqa: E402
from quotetui.evaluate.speakers import speaker_judge  # noqa: E402
from quotetui.identity import parse_person  # noqa: E402
from quotetui.identity.person_names import first_names_agree  # noqa: E402

DEV_SETS = "resolved-train,resolved-train2,resolved-train3,genres4,genres5"


@dataclass(frozen=True)
class _Item:
    doc: str
    entity: str
    gold_name: str
    gold_kind: str
    pred_id: str | None
    pred_name: str
    pred_kind: str
    right: bool
    right_before: bool  # right with the engine's own names, before identity


def _items(gold_path: Path, preds_path: Path, raw_path: Path | None = None) -> list[_Item]:
    import json

    kinds: dict[tuple[str, int, int], str] = {}
    pred_kinds: dict[tuple[str, int, int], str] = {}
    for path, into in ((gold_path, kinds), (preds_path, pred_kinds)):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    doc = json.loads(line)
                    for q in doc.get("quotes", []):
                        into[(doc["doc_id"], q["start"], q["end"])] = q.get("speaker_kind") or ""
    problems: list[str] = []
    gold = {d.doc_id: d for d in parse_gold(_records(gold_path, problems), problems)}
    preds = {d.doc_id: d for d in parse_predictions(_records(preds_path, problems), problems)}
    raw = preds
    if raw_path is not None:
        raw = {d.doc_id: d for d in parse_predictions(_records(raw_path, problems), problems)}
    out = []
    for doc_id, gdoc in sorted(gold.items()):
        golds = [q for q in gdoc.quotes if not q.is_term]
        cands = list(preds[doc_id].quotes) if doc_id in preds else []
        before = list(raw[doc_id].quotes) if doc_id in raw else []
        for gi, pi in match_quotes(golds, cands):
            g, p = golds[gi], cands[pi]
            # identity changes ids and names, never spans: the quote at the same index
            right_before = pi < len(before) and _right(g, before[pi])
            if not (g.has_entity and g.speaker_entity is not None):
                continue
            out.append(
                _Item(doc_id, g.speaker_entity, g.speaker_canonical or g.speaker or "",
                      kinds.get((doc_id, g.start, g.end), ""), p.speaker_id, p.speaker or "",
                      pred_kinds.get((doc_id, p.start, p.end), ""),
                      _right(g, p), right_before)
            )  # fmt: skip
    return out


def _wrong(a: _Item, b: _Item) -> str | None:
    if a.right and b.right:
        return None
    if all(x.right or not x.right_before for x in (a, b)):
        return "engine: wrong speaker"
    return "identity: renamed a right speaker"


def _right(g: Any, p: Any) -> bool:
    """The scorer's verdict, but a person of another first name is wrong: the scorer lets a
    shared surname pass ("Birgitte Sorensen" for Elena Sorensen, whose alias is "Sorensen"),
    which would put the engine's wrong speaker down to identity."""
    if not speaker_judge(g)(g, p):
        return False
    x, y = parse_person(p.speaker or ""), parse_person(g.speaker_canonical or "")
    return not (x and y and not x.bare and not y.bare and not first_names_agree(x, y))


def _missed_cause(a: _Item, b: _Item) -> str:
    if wrong := _wrong(a, b):
        return wrong
    if "unnamed" in (a.pred_kind, b.pred_kind) and a.gold_kind != "unnamed":
        return "engine: described, gold names"
    if a.doc == b.doc:
        return "split in article"
    if a.gold_kind == "organisation":
        return "organisation"
    if a.gold_kind not in ("person", ""):
        return "unnamed"
    x, y = parse_person(a.pred_name), parse_person(b.pred_name)
    if x is None or y is None:
        return "same name, two ids"
    if x.bare != y.bare:
        return "surname vs full name"
    if x.last == y.last and not x.bare and not first_names_agree(x, y):
        return "first-name variant"
    if x.key != y.key:
        return "spelling"
    return "same name, two ids"


def _false_cause(a: _Item, b: _Item) -> str:
    if wrong := _wrong(a, b):
        return wrong
    if "organisation" in (a.gold_kind, b.gold_kind):
        return "fused: organisation"
    x, y = parse_person(a.gold_name), parse_person(b.gold_name)
    if x is not None and y is not None and x.last == y.last:
        return "fused: shared surname"
    return "fused: other"


def measure(items: list[_Item]) -> tuple[Counter[str], Counter[tuple[str, str, str, str]]]:
    """Pair counts by cause (``missed/…``, ``false/…``, and the cross-article ones
    ``missed-x/…``, ``false-x/…``) and by group, for listing."""
    causes: Counter[str] = Counter()
    groups: Counter[tuple[str, str, str, str]] = Counter()
    for a, b in itertools.combinations(items, 2):
        same_gold = a.entity == b.entity
        same_pred = a.pred_id is not None and a.pred_id == b.pred_id
        if same_gold == same_pred:
            continue
        side = "missed" if same_gold else "false"
        cause = _missed_cause(a, b) if same_gold else _false_cause(a, b)
        cross = a.doc != b.doc
        causes[f"{side}/{cause}"] += 1
        if cross:
            causes[f"{side}-x/{cause}"] += 1
        if same_gold:
            label = " | ".join(
                sorted({f"{a.pred_id} ({a.pred_name})", f"{b.pred_id} ({b.pred_name})"})
            )
            groups[(side, cause, a.entity, label)] += 1
        else:
            ents = " | ".join(sorted({a.entity, b.entity}))
            groups[(side, cause, ents, f"{a.pred_id} ({a.pred_name} / {b.pred_name})")] += 1
    return causes, groups


def _predict(s: Any, results_dir: Path, cache: Path | None) -> Path:
    """The set's predictions with today's identity, from the engine's results kept in
    ``results_dir`` (the engine runs when they are not there yet)."""
    import json
    import pickle

    from quotetui import identity

    results_dir.mkdir(parents=True, exist_ok=True)
    kept = results_dir / f"{s.preds_file}.results.pickle"
    if kept.exists():
        results = pickle.loads(kept.read_bytes())
    else:
        from parse_cache import parsed

        from quotetui.corpus import read_documents
        from quotetui.engine import load_pipeline
        from quotetui.engine.pipeline import results_from_docs

        nlp = load_pipeline()
        pairs = parsed(nlp, read_documents([s.docs]), cache)
        results = [r for _, r in results_from_docs(nlp, pairs, on_warning=lambda _: None)]
        kept.write_bytes(pickle.dumps(results))
    out = results_dir / s.preds_file
    with out.open("w", encoding="utf-8") as f:
        for r in identity.apply(results):
            f.write(json.dumps(r.to_prediction(), ensure_ascii=False) + "\n")
    with (results_dir / f"{s.preds_file}.raw").open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r.to_prediction(), ensure_ascii=False) + "\n")
    return out


def _ceiling(score: Any, causes: Counter[str]) -> str:
    """Pair P / R had identity none of the missed or false pairs that are not the engine's
    (all pairs, then across articles): how far identity alone can go."""
    out = []
    for agreement, cross in ((score.all_pairs, ""), (score.cross_article, "-x")):

        def mine(side: str, cross: str = cross) -> int:
            return sum(
                n
                for c, n in causes.items()
                if c.startswith(f"{side}{cross}/") and not c.split("/", 1)[1].startswith("engine")
            )

        missed, false = mine("missed"), mine("false")
        both = agreement.same_both + missed
        pred = agreement.same_predicted + missed - false
        p = both / pred if pred else None
        r = both / agreement.same_gold if agreement.same_gold else None
        out.append("–" if p is None or r is None else f"{p:.3f} / {r:.3f}")
    return f"{out[0]}, across articles {out[1]}"


def _pr(agreement: Any) -> str:
    p, r = agreement.precision, agreement.recall
    return f"{p:.3f} / {r:.3f}" if p is not None and r is not None else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preds", type=Path)
    parser.add_argument("--results", type=Path, help="engine results cache (see above)")
    parser.add_argument("--cache", type=Path, default=None, help="parse cache (parse_cache.py)")
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--sets", default=DEV_SETS)
    parser.add_argument("--list", type=int, default=0, help="groups to print per cause")
    args = parser.parse_args(argv)
    if (args.preds is None) == (args.results is None):
        parser.error("give --preds or --results")
    by_slug = {s.name.lower().replace(" ", "-"): s for s in eval_sets(args.shared)}
    by_slug.update({k: f(args.shared) for k, f in EXTRA_SETS.items()})
    for name in args.sets.split(","):
        s = by_slug[name]
        preds_path = (
            args.preds / s.preds_file if args.preds else _predict(s, args.results, args.cache)
        )
        raw_path = args.results / f"{s.preds_file}.raw" if args.results else None
        items = _items(s.gold, preds_path, raw_path)
        causes, groups = measure(items)
        score = _identity([(i.doc, i.entity, i.pred_id) for i in items])
        print(f"## {s.name}: {len(items)} quotes with an entity; pairs P / R "
              f"{_pr(score.all_pairs)}, across articles {_pr(score.cross_article)}")  # fmt: skip
        if name == "resolved-dev":
            print("(report-only: its causes are not shown)\n")
            continue
        print(f"with identity's own pairs right (the engine's left): {_ceiling(score, causes)}")
        print("| cause | all pairs | across articles |")
        print("|---|---|---|")
        for side in ("missed", "false"):
            names = sorted({c.split("/", 1)[1] for c in causes if c.startswith(side + "/")})
            for cause in sorted(names, key=lambda c: -causes[f"{side}/{c}"]):
                print(f"| {side}: {cause} | {causes[f'{side}/{cause}']} | "
                      f"{causes[f'{side}-x/{cause}']} |")  # fmt: skip
        if args.list:
            by_cause: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
            for (side, cause, ent, label), n in groups.items():
                by_cause[(side, cause)].append((n, ent, label))
            for key in sorted(by_cause):
                if key[1].startswith("engine"):
                    continue
                print(f"\n{key[0]}: {key[1]}")
                for n, ent, label in sorted(by_cause[key], reverse=True)[: args.list]:
                    print(f"  {n:5d}  {ent}  ::  {label}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
