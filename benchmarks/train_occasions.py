"""Train the occasion models (type, date, place) on hand-annotated articles; cross-validate.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_occasions.py [--cv 5] [--write]

Runs the engine (rules only) over the development articles — ``benchmarks/data/resolved-train``
(PolNeAR train), ``benchmarks/data/genres`` and ``benchmarks/data/genres2`` — and collects, for
every quote that matches a gold quote with a structured occasion, the features of its type and
of its candidate date phrases and places (``quotetui/engine/occasion_model.py``). Labels:

- type: the gold ``occasion_type``, or "none";
- date: a phrase is right when it resolves (against the article's date) to the gold
  ``occasion_date``; a quote whose gold has none has no right phrase;
- place: a place is right when it holds at least half the content words of the gold
  ``occasion_place`` (the scorer's test).

Models are logistic regressions (scikit-learn, liblinear / lbfgs, fixed seed). The date and
place thresholds — how likely the best candidate must be to be taken — are chosen on the
held-out folds to make the most quotes right (a date given where the gold has none counts as
wrong as a date missed). ``--cv K`` reports K-fold cross-validation by document: the decision
accuracy of the rules and the models on held-out folds, and the end-to-end scores
(``quotetui eval``'s occasion rows) of the engine run with each fold's models over its
held-out articles. ``--write`` trains on all articles and writes
``quotetui/engine/data/occasions.json``. resolved-dev and the bundled corpus are never read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_cache import parsed  # noqa: E402

from quotetui.corpus import read_documents  # noqa: E402
from quotetui.dates import occasion_date  # noqa: E402
from quotetui.engine import load_pipeline, occasion_model  # noqa: E402
from quotetui.engine.pipeline import results_from_docs  # noqa: E402
from quotetui.evaluate import content_words, read_jsonl, score_documents, spans_match  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SETS = ("resolved-train", "genres", "genres2")


@dataclass
class Example:
    doc: int
    set_name: str
    type_features: list[str]
    type_label: str
    rule_type: str
    dates: list[tuple[list[str], int]]  # (features, right)
    rule_date_right: bool
    gold_dated: bool
    places: list[tuple[list[str], int]]
    gold_place: bool
    rule_place_right: bool


def _place_right(gold_place: str | None, text: str | None) -> bool:
    place = content_words(gold_place)
    if not place or not text:
        return False
    return len(place & content_words(text)) * 2 >= len(place)


def collect(
    nlp: Any,
    documents: list[Any],
    gold: dict[str, list[dict[str, Any]]],
    cache: Path,
    set_of: dict[str, str],
) -> list[Example]:
    occasion_model.use(occasion_model.Models())
    component = nlp.get_pipe("quote_attribution")
    out: list[Example] = []
    for number, (document, doc) in enumerate(parsed(nlp, documents, cache)):
        occasion_model.COLLECT = []
        component(doc)
        records, occasion_model.COLLECT = occasion_model.COLLECT, None
        quotes = [q for q in gold.get(document.id, []) if "occasion_type" in q]
        published = document.date
        for rec in records:
            g = next((q for q in quotes if spans_match(q, rec)), None)
            if g is None:
                continue
            gold_date = g.get("occasion_date")
            dates = [
                (d["f"], int(bool(gold_date) and occasion_date(d["text"], published) == gold_date))
                for d in rec["dates"]
            ]
            rule_date = rec["rule_date"]
            rule_value = occasion_date(rule_date["text"], published) if rule_date else None
            places = [
                (p["f"], int(_place_right(g.get("occasion_place"), p["text"])))
                for p in rec["places"]
            ]
            out.append(
                Example(
                    number,
                    set_of[document.id],
                    rec["type"],
                    g.get("occasion_type") or occasion_model.NONE,
                    rec["rule_type"],
                    dates,
                    rule_value == gold_date if gold_date else rule_value is None,
                    bool(gold_date),
                    places,
                    bool(g.get("occasion_place")),
                    _place_right(g.get("occasion_place"), rec["rule_place"]),
                )
            )
    return out


def _matrix(rows: Sequence[Sequence[str]], vocab: dict[str, int] | None = None):
    from scipy.sparse import csr_matrix

    grow = vocab is None
    vocab = {} if vocab is None else vocab
    r, c, v = [], [], []
    for k, feats in enumerate(rows):
        for f in set(feats):
            j = vocab.get(f)
            if j is None:
                if not grow:
                    continue
                j = vocab[f] = len(vocab)
            r.append(k)
            c.append(j)
            v.append(1.0)
    return csr_matrix((v, (r, c)), shape=(len(rows), len(vocab))), vocab


def fit_binary(rows: Sequence[tuple[list[str], int]], c: float, seed: int) -> occasion_model.Binary:
    from sklearn.linear_model import LogisticRegression

    if not rows or len({y for _, y in rows}) < 2:
        return occasion_model.Binary({}, -5.0, 1.0)
    X, vocab = _matrix([f for f, _ in rows])
    model = LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=seed)
    model.fit(X, [y for _, y in rows])
    w = model.coef_[0]
    weights = {f: round(float(w[j]), 4) for f, j in vocab.items() if abs(w[j]) >= 1e-4}
    return occasion_model.Binary(weights, round(float(model.intercept_[0]), 4), 0.5)


def fit_classes(
    rows: Sequence[tuple[list[str], str]], c: float, seed: int
) -> occasion_model.Classes:
    from sklearn.linear_model import LogisticRegression

    X, vocab = _matrix([f for f, _ in rows])
    labels = [y for _, y in rows]
    model = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    model.fit(X, labels)
    classes = tuple(str(k) for k in model.classes_)
    weights = {}
    for f, j in vocab.items():
        column = tuple(round(float(model.coef_[k][j]), 4) for k in range(len(classes)))
        if any(abs(x) >= 1e-4 for x in column):
            weights[f] = column
    bias = tuple(round(float(b), 4) for b in model.intercept_)
    return occasion_model.Classes(classes, weights, bias)


def folds(n_docs: int, k: int, seed: int) -> list[set[int]]:
    order = list(range(n_docs))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def fit_all(
    examples: Sequence[Example],
    c: dict[str, float],
    seed: int,
    thresholds: dict[str, float] | None = None,
) -> occasion_model.Models:
    type_model = fit_classes([(e.type_features, e.type_label) for e in examples], c["type"], seed)
    date = fit_binary([row for e in examples for row in e.dates], c["date"], seed)
    place = fit_binary([row for e in examples for row in e.places], c["place"], seed)
    if thresholds:
        date = occasion_model.Binary(date.weights, date.bias, thresholds["date"])
        place = occasion_model.Binary(place.weights, place.bias, thresholds["place"])
    return occasion_model.Models(type=type_model, date=date, place=place)


def _best(model: occasion_model.Binary, rows: Sequence[tuple[list[str], int]]) -> tuple[float, int]:
    """(probability, right) of the best candidate; (0, 0) when there is none."""
    if not rows:
        return 0.0, 0
    scored = [(model.probability(f), y) for f, y in rows]
    return max(scored, key=lambda s: s[0])


def date_right(p: float, right: int, gold_dated: bool, threshold: float) -> bool:
    taken = p >= threshold
    return bool(right) if taken else not gold_dated


def choose_threshold(scored: Sequence[tuple[float, int, bool]]) -> float:
    best = (-1, 0.5)
    for k in range(5, 96, 5):
        t = k / 100
        right = sum(date_right(p, y, g, t) for p, y, g in scored)
        if right > best[0]:
            best = (right, t)
    return best[1]


def _bucket_counts(
    examples: Sequence[Example], models_of: Sequence[tuple[set[int], occasion_model.Models]]
) -> dict[str, tuple[int, int, int]]:
    """By the rules' own type: (typed gold quotes, rules right, model right) on held-out
    folds."""
    counts: dict[str, list[int]] = {}
    for held, models in models_of:
        assert models.type is not None
        for e in examples:
            if e.doc not in held or e.type_label == occasion_model.NONE:
                continue
            row = counts.setdefault(e.rule_type, [0, 0, 0])
            row[0] += 1
            row[1] += e.rule_type == e.type_label
            row[2] += models.type.best(e.type_features)[0] == e.type_label
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def trusted_types(
    examples: Sequence[Example], c: dict[str, float], seed: int, k: int = 4
) -> frozenset[str]:
    """The rules' types where the type model beats them in K-fold cross-validation by
    document within ``examples``: where the model may replace the rules' type (the stacking
    gate). A bucket must gain at least two quotes and 2% of its own."""
    docs = sorted({e.doc for e in examples})
    order = list(docs)
    random.Random(seed + 1).shuffle(order)
    inner = [set(order[i::k]) for i in range(k)]
    models_of = [
        (held, fit_all([e for e in examples if e.doc not in held], c, seed)) for held in inner
    ]
    counts = _bucket_counts(examples, models_of)
    return frozenset(
        b for b, (n, rules, model) in counts.items() if model - rules >= max(2, 0.02 * n)
    )


def stacked_cv(
    examples: Sequence[Example],
    fold_models: Sequence[tuple[set[int], occasion_model.Models]],
    c: dict[str, float],
    seed: int,
) -> None:
    """The type model stacked on the rules, cross-validated by article: each outer fold
    chooses its gate by an inner cross-validation of its own training articles only, then is
    scored on its held-out articles."""
    typed = rules_right = model_right = stacked_right = 0
    untyped = rules_typed = stacked_typed = 0  # gold says nothing of how: a type is wrong
    gates: list[frozenset[str]] = []
    for held, models in fold_models:
        assert models.type is not None
        train = [e for e in examples if e.doc not in held]
        gate = trusted_types(train, c, seed)
        gates.append(gate)
        for e in examples:
            if e.doc not in held:
                continue
            guess = models.type.best(e.type_features)[0]
            if e.type_label == occasion_model.NONE:
                untyped += 1
                rules_typed += e.rule_type != occasion_model.NONE
                stacked_typed += (guess if e.rule_type in gate else e.rule_type) != (
                    occasion_model.NONE
                )
                continue
            typed += 1
            rules_right += e.rule_type == e.type_label
            model_right += guess == e.type_label
            stacked_right += (guess if e.rule_type in gate else e.rule_type) == e.type_label
    print(
        f"  type, stacked on the rules (typed gold, {typed}): rules {rules_right / typed:.3f}, "
        f"model everywhere {model_right / typed:.3f}, model where an inner CV trusts it "
        f"{stacked_right / typed:.3f}"
    )
    print(
        f"    untyped gold given a type: rules {rules_typed}/{untyped}, stacked "
        f"{stacked_typed}/{untyped}"
    )
    print("    gates by fold: " + "; ".join(",".join(sorted(g)) or "-" for g in gates))
    counts = _bucket_counts(examples, fold_models)
    print(
        "    by the rules' type (n, rules, model): "
        + ", ".join(f"{b} {n}/{r}/{m}" for b, (n, r, m) in sorted(counts.items()))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cv", type=int, default=5, help="folds (0: none)")
    parser.add_argument("--c-type", type=float, default=0.5)
    parser.add_argument("--c-date", type=float, default=0.5)
    parser.add_argument("--c-place", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/quotetui-cache"))
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end CV run")
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=REPO / "quotetui/engine" / occasion_model.MODEL_FILE,
        help="write the models trained on all articles (default: the engine's model file)",
    )
    args = parser.parse_args()
    c = {"type": args.c_type, "date": args.c_date, "place": args.c_place}
    started = time.time()
    nlp = load_pipeline()
    documents: list[Any] = []
    gold: dict[str, list[dict[str, Any]]] = {}
    set_of: dict[str, str] = {}
    for name in args.sets.split(","):
        folder = REPO / "benchmarks/data" / name
        if not (folder / "docs.jsonl").exists():
            print(f"# no {folder}; skipped", file=sys.stderr)
            continue
        for d in read_documents([folder / "docs.jsonl"]):
            documents.append(d)
            set_of[d.id] = name
        for g in read_jsonl(folder / "gold.jsonl"):
            gold[g["doc_id"]] = g["quotes"]
    examples = collect(nlp, documents, gold, args.cache, set_of)
    print(
        f"# {len(documents)} articles, {len(examples)} quotes with a structured gold occasion "
        f"({Counter(e.set_name for e in examples)})",
        file=sys.stderr,
    )
    thresholds = {"date": 0.5, "place": 0.5}
    if args.cv:
        splits = folds(len(documents), args.cv, args.seed)
        fold_models = [
            (held, fit_all([e for e in examples if e.doc not in held], c, args.seed))
            for held in splits
        ]
        scored_dates: list[tuple[float, int, bool]] = []
        scored_places: list[tuple[float, int, bool]] = []
        type_right = rule_type_right = typed = 0
        by_type: Counter[str] = Counter()
        by_type_right: Counter[str] = Counter()
        for held, models in fold_models:
            for e in examples:
                if e.doc not in held:
                    continue
                assert models.date is not None and models.place is not None
                assert models.type is not None
                p, y = _best(models.date, e.dates)
                scored_dates.append((p, y, e.gold_dated))
                p, y = _best(models.place, e.places)
                scored_places.append((p, y, e.gold_place))
                if e.type_label != occasion_model.NONE:
                    typed += 1
                    guess = models.type.best(e.type_features)[0]
                    type_right += guess == e.type_label
                    rule_type_right += e.rule_type == e.type_label
                    by_type[e.type_label] += 1
                    by_type_right[e.type_label] += guess == e.type_label
        stacked_cv(examples, fold_models, c, args.seed)
        thresholds["date"] = choose_threshold(scored_dates)
        thresholds["place"] = choose_threshold(scored_places)
        n = len(scored_dates)
        dated = sum(g for _, _, g in scored_dates)
        rule_dates = sum(e.rule_date_right for e in examples)
        model_dates = sum(date_right(p, y, g, thresholds["date"]) for p, y, g in scored_dates)
        dated_right = sum(1 for p, y, g in scored_dates if g and p >= thresholds["date"] and y)
        undated_given = sum(1 for p, _, g in scored_dates if not g and p >= thresholds["date"])
        print(f"{args.cv}-fold CV by document over {n} quotes:")
        print(
            f"  type (typed gold, {typed}): rules {rule_type_right / typed:.3f}, "
            f"model {type_right / typed:.3f}"
        )
        print("    " + ", ".join(f"{t} {by_type_right[t]}/{by_type[t]}" for t in sorted(by_type)))
        print(
            f"  date decision right (all quotes): rules {rule_dates / n:.3f}, model "
            f"{model_dates / n:.3f} (threshold {thresholds['date']}); dated gold right "
            f"{dated_right}/{dated} = {dated_right / max(dated, 1):.3f}, undated given a date "
            f"{undated_given}/{n - dated} = {undated_given / max(n - dated, 1):.3f}"
        )
        placed = sum(g for _, _, g in scored_places)
        rule_places = sum(e.rule_place_right for e in examples if e.gold_place)
        model_places = sum(1 for p, y, g in scored_places if g and y and p >= thresholds["place"])
        extra = sum(1 for p, y, g in scored_places if not g and p >= thresholds["place"])
        print(
            f"  place recall: rules {rule_places / max(placed, 1):.3f}, model "
            f"{model_places / max(placed, 1):.3f} (threshold {thresholds['place']}); "
            f"a place given where the gold has none: {extra}/{n - placed}"
        )
        if not args.no_e2e:
            preds: list[dict[str, Any]] = []
            held_gold: list[dict[str, Any]] = []
            for held, models in fold_models:
                assert models.date is not None and models.place is not None
                occasion_model.use(
                    occasion_model.Models(
                        models.type,
                        occasion_model.Binary(
                            models.date.weights, models.date.bias, thresholds["date"]
                        ),
                        occasion_model.Binary(
                            models.place.weights, models.place.bias, thresholds["place"]
                        ),
                    )
                )
                docs = [d for i, d in enumerate(documents) if i in held]
                pairs = parsed(nlp, docs, args.cache)
                preds += [
                    r.to_prediction() for _, r in results_from_docs(nlp, pairs, on_warning=_quiet)
                ]
                held_gold += [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for d in docs]
            for name in sorted(set(set_of.values())):
                ids = {i for i, s in set_of.items() if s == name}
                report = score_documents(
                    [g for g in held_gold if g["doc_id"] in ids],
                    [p for p in preds if p["doc_id"] in ids],
                )
                _print_report(f"held-out {name}", report)
            _print_report("held-out all", score_documents(held_gold, preds))
    if args.write is not None:
        models = fit_all(examples, c, args.seed, thresholds)
        models = occasion_model.Models(
            models.type,
            models.date,
            models.place,
            about=(
                "Logistic regressions over the occasion rules' proposals (type: multinomial; "
                "date and place: candidate scorers with thresholds chosen by "
                f"{args.cv}-fold cross-validation), trained by benchmarks/train_occasions.py on "
                f"{', '.join(sorted(set(set_of.values())))} (C type {c['type']}, date "
                f"{c['date']}, place {c['place']}; seed {args.seed}); read by "
                "quotetui/engine/occasion_model.py."
            ),
        )
        occasion_model.save(models, args.write)
        print(f"wrote {args.write}", file=sys.stderr)
    print(f"# {time.time() - started:.0f} s", file=sys.stderr)


def _print_report(name: str, report: Any) -> None:
    occ = report.occasion
    if occ is None:
        return
    r = report.date_accuracy_ratio
    print(
        f"  {name}: type {occ.type_accuracy.value:.3f} ({occ.type_accuracy.right}/"
        f"{occ.type_accuracy.total}), date {r.value:.3f} ({r.right}/{r.total}), undated given "
        f"a date {occ.undated_given_date.value:.3f}, place {occ.place_recall.value:.3f}, "
        f"occasion {occ.occasion_recall.value:.3f}"
    )
    print("    " + ", ".join(f"{t} {x.right}/{x.total}" for t, x in occ.by_type))


def _quiet(message: str) -> None:
    pass


if __name__ == "__main__":
    main()
