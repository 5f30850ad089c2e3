"""Train the occasion models (type, date, place) on hand-annotated articles; cross-validate.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_occasions.py [--cv 5] [--write]

Runs the engine (rules only) over the development articles with structured occasions —
``benchmarks/data/resolved-train``, ``resolved-train2``, ``resolved-train3`` (PolNeAR train),
``genres``, ``genres2``, ``genres4`` and ``genres5`` — and collects, for every quote that matches
a gold quote with a structured occasion, the features of its type and of its candidate date
phrases and places (``quotetui/engine/occasion_model.py``). Labels:

- type: the gold ``occasion_type``, or "none";
- date: a phrase is right when it resolves (against the article's date) to the gold
  ``occasion_date``; a quote whose gold has none has no right phrase;
- place: a place is right when it holds at least half the content words of the gold
  ``occasion_place`` (the scorer's test).

Models are logistic regressions (scikit-learn, liblinear / lbfgs, fixed seed). Thresholds are
chosen on the held-out folds: the date and place thresholds (how likely the best candidate
must be to be taken) to make the most quotes right, the date's with at most
``MAX_UNDATED_GIVEN`` of undated gold given a date; the type model's ``override`` (how sure it
must be to overrule the rules' type, "none" included) to make the most typed gold right — what
the scorer's type accuracy counts — without giving a type to more untyped gold than the rules.

``--cv K`` reports K-fold cross-validation by article (folds grouped by article across all sets,
fixed seed): the decisions of the rules and the models on held-out folds, and the end-to-end
scores (``quotetui eval``'s occasion rows, plus untyped gold given a type) of the engine run
over each fold's held-out articles three ways — the rules; the models everywhere; the type
model stacked on the rules with the date and place models — per set and pooled. A section
(type, date, place) *ships* only when its stacked end-to-end figure beats the rules' pooled and
falls on none of the PolNeAR train sets (``resolved-train*``); ``--write`` trains on all
articles and writes ``quotetui/engine/data/occasions.json`` with the sections that ship (none:
an empty file, the rules). resolved-dev, the check sets and the bundled corpus are never read.
"""

from __future__ import annotations

import argparse
import math
import pickle
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
from quotetui.evaluate import (  # noqa: E402
    content_words,
    match_quotes,
    read_jsonl,
    score_documents,
    spans_match,
)

REPO = Path(__file__).resolve().parent.parent
SETS = (
    "resolved-train",
    "resolved-train2",
    "resolved-train3",
    "genres",
    "genres2",
    "genres4",
    "genres5",
)
REAL_NEWS = ("resolved-train", "resolved-train2", "resolved-train3")  # a section must not fall here
MAX_UNDATED_GIVEN = 0.10


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
    # Columns in a fixed order (sets of strings iterate by hash, which varies by run), so that
    # liblinear's coordinate descent gives the same weights every run.
    for k, feats in enumerate(rows):
        for f in sorted(set(feats)):
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
        return with_thresholds(occasion_model.Models(type_model, date, place), thresholds)
    return occasion_model.Models(type=type_model, date=date, place=place)


def with_thresholds(
    models: occasion_model.Models, thresholds: dict[str, Any], stacked: bool = True
) -> occasion_model.Models:
    """The models with the thresholds chosen by CV; ``stacked``: on the rules (else each
    model alone)."""
    assert models.type is not None and models.date is not None and models.place is not None
    t, d, p = models.type, models.date, models.place
    date_stack = thresholds["date_stack"] if stacked else None
    place_stack = thresholds["place_stack"] if stacked else None
    return occasion_model.Models(
        occasion_model.Classes(
            t.classes, t.weights, t.bias, thresholds["type"] if stacked else 0.0
        ),
        _binary(d, thresholds["date"], date_stack),
        _binary(p, thresholds["place"], place_stack),
    )


def _binary(
    model: occasion_model.Binary, alone: float, stack: tuple[float, float, float] | None
) -> occasion_model.Binary:
    """``model`` alone at threshold ``alone``, or stacked: (override, drop, fill)."""
    if stack is None:
        return occasion_model.Binary(model.weights, model.bias, alone)
    override, drop, fill = stack
    return occasion_model.Binary(model.weights, model.bias, fill, override, drop)


@dataclass(frozen=True)
class Scored:
    """One held-out quote's candidates as a fold's model scored them, for choosing how the
    model is stacked on the rules."""

    set_name: str
    gold: bool  # the gold has a date (a place)
    rules_right: bool
    scored: tuple[float, ...]
    ruled: tuple[bool, ...]
    right: tuple[int, ...]

    def outcome(self, model: occasion_model.Binary) -> tuple[bool, bool]:
        """(right, a date or place given) of the model's pick; for RULES, the rules'."""
        pick = model.pick(self.scored, self.ruled)
        if pick == occasion_model.RULES:
            return self.rules_right, (not self.rules_right) if not self.gold else True
        if pick is None:
            return not self.gold, False
        return bool(self.right[pick]), True


def choose_stack(
    items: Sequence[Scored], max_given: float | None
) -> tuple[tuple[float, float, float], dict[str, str]]:
    """The (override, drop, fill) that make the most gold dates (places) right on the pooled
    held-out folds while falling on no PolNeAR train set and, for dates, giving a date to at
    most ``max_given`` of undated gold (or as many as the rules); (1.01, 0, 1.01): the
    rules."""
    sets = sorted({i.set_name for i in items if i.set_name in REAL_NEWS})

    def score(stack: tuple[float, float, float]) -> tuple[Counter[str], float]:
        model = _binary(occasion_model.Binary({}), 0.5, stack)
        right: Counter[str] = Counter()
        given = ungold = 0
        for i in items:
            ok, gave = i.outcome(model)
            if i.gold:
                right[i.set_name] += ok
                right["all"] += ok
            else:
                ungold += 1
                given += gave
        return right, given / max(ungold, 1)

    never = (1.01, 0.0, 1.01)
    rules, rules_given = score(never)
    if max_given is not None:
        # Here the rules' own dates count before finalise drops any, so they may be over it.
        max_given = max(max_given, rules_given)
    best: tuple[int, tuple[float, float, float]] = (rules["all"], never)
    for override in [*_grid()[9:], 1.01]:
        for drop in (0.0, 0.05, 0.1, 0.2, 0.3):
            for fill in [*_grid()[9:], 1.01]:
                right, given = score((override, drop, fill))
                if max_given is not None and given > max_given:
                    continue
                if any(right[s] < rules[s] for s in sets):
                    continue
                if right["all"] > best[0]:
                    best = (right["all"], (override, drop, fill))
    right, given = score(best[1])
    report = {s: f"{rules[s]} → {right[s]}" for s in ["all", *sets]}
    report["given where the gold has none"] = f"{rules_given:.3f} → {given:.3f}"
    return best[1], report


def _best(model: occasion_model.Binary, rows: Sequence[tuple[list[str], int]]) -> tuple[float, int]:
    """(probability, right) of the best candidate; (0, 0) when there is none."""
    if not rows:
        return 0.0, 0
    scored = [(model.probability(f), y) for f, y in rows]
    return max(scored, key=lambda s: s[0])


def date_right(p: float, right: int, gold_dated: bool, threshold: float) -> bool:
    taken = p >= threshold
    return bool(right) if taken else not gold_dated


def _grid() -> list[float]:
    return [k / 100 for k in range(5, 96, 5)]


def choose_threshold(
    scored: Sequence[tuple[float, int, bool]], max_undated_given: float = 1.0
) -> float:
    """The threshold that makes the most quotes right, among those that give a date (or a
    place) to at most ``max_undated_given`` of the quotes whose gold has none."""
    undated = sum(1 for _, _, g in scored if not g) or 1
    best = (-1, 0.95)
    for t in _grid():
        given = sum(1 for p, _, g in scored if not g and p >= t)
        if given / undated > max_undated_given:
            continue
        right = sum(date_right(p, y, g, t) for p, y, g in scored)
        if right > best[0]:
            best = (right, t)
    return best[1]


@dataclass(frozen=True)
class TypeCall:
    label: str  # gold class
    rule: str
    guess: str
    p: float

    def stacked(self, override: float) -> str:
        """The class the type model stacked on the rules at ``override`` gives (the engine's
        rule, ``occasion_model.stacked_type``)."""
        return occasion_model.stacked_type(self.guess, self.p, self.rule, override)


def choose_override(calls: Sequence[TypeCall]) -> float:
    """How sure the type model must be to overrule the rules: the most typed gold right
    (the scorer's type accuracy), without typing more untyped gold than the rules do. 1.01:
    never (the rules)."""
    rules_typed = sum(1 for c in calls if c.label == occasion_model.NONE and c.rule != c.label)
    best = (sum(c.rule == c.label for c in calls if c.label != occasion_model.NONE), 1.01)
    none = occasion_model.NONE
    for t in [0.0, *_grid()]:
        chosen = [(c, c.stacked(t)) for c in calls]
        typed = sum(1 for c, x in chosen if c.label == none and x != none)
        if typed > rules_typed:
            continue
        right = sum(1 for c, x in chosen if c.label != none and x == c.label)
        if right > best[0]:
            best = (right, t)
    return best[1]


@dataclass
class Scores:
    """End-to-end occasion figures of one run over held-out articles: (right, total)."""

    type: tuple[int, int]
    untyped_typed: tuple[int, int]
    date: tuple[int, int]
    undated_dated: tuple[int, int]
    place: tuple[int, int]
    occasion: tuple[int, int]

    def cell(self, name: str) -> str:
        right, total = getattr(self, name)
        return f"{right / total:.3f}" if total else "–"


def _scores(gold_docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Scores:
    report = score_documents(gold_docs, preds)
    occ = report.occasion
    assert occ is not None
    # Untyped gold given a type is not a scorer row (type accuracy counts typed gold only):
    # the same matching, over matched quotes whose gold types none.
    by_doc = {p["doc_id"]: p["quotes"] for p in preds}
    untyped = typed = 0
    for g in gold_docs:
        quotes = [q for q in g["quotes"] if not q.get("term")]
        pred = by_doc.get(g["doc_id"], [])
        for gi, pi in match_quotes(quotes, pred):
            q = quotes[gi]
            if "occasion_type" in q and not q["occasion_type"]:
                untyped += 1
                typed += bool(pred[pi].get("occasion_type"))
    return Scores(
        occ.type_accuracy.counts,
        (typed, untyped),
        report.date_accuracy_ratio.counts,
        occ.undated_given_date.counts,
        occ.place_recall.counts,
        occ.occasion_recall.counts,
    )


def end_to_end(
    nlp: Any,
    documents: list[Any],
    gold: dict[str, list[dict[str, Any]]],
    cache: Path,
    fold_models: Sequence[tuple[set[int], occasion_model.Models]],
) -> list[dict[str, Any]]:
    """The engine's predictions for every article, each by the models of the fold that
    held it out."""
    preds: list[dict[str, Any]] = []
    for held, models in fold_models:
        occasion_model.use(models)
        docs = [d for i, d in enumerate(documents) if i in held]
        pairs = parsed(nlp, docs, cache)
        preds += [r.to_prediction() for _, r in results_from_docs(nlp, pairs, on_warning=_quiet)]
    occasion_model.use(occasion_model.Models())
    return preds


SECTIONS = ("type", "date", "place")


def _better(mine: Scores, rules: Scores, name: str) -> bool:
    return _value(getattr(mine, name)) > _value(getattr(rules, name))


def _value(ratio: tuple[int, int]) -> float:
    return ratio[0] / ratio[1] if ratio[1] else 0.0


def sign_test(gains: int, losses: int) -> float:
    """One-sided p of at least ``gains`` of the quotes the stacked model changes the outcome
    of going its way if each went either way at even odds."""
    n = gains + losses
    return sum(math.comb(n, k) for k in range(gains, n + 1)) / 2**n if n else 1.0


def paired(
    calls: Sequence[TypeCall],
    stacked: Any,
    items: dict[str, Sequence[Scored]],
    thresholds: dict[str, Any],
) -> dict[str, tuple[int, int]]:
    """Per section, on the held-out decisions: (quotes the stacked model gets right and the
    rules wrong, the other way round) over typed gold, dated gold, placed gold."""
    out = {}
    typed = [k for k in calls if k.label != occasion_model.NONE]
    out["type"] = (
        sum(1 for k in typed if stacked(k) == k.label != k.rule),
        sum(1 for k in typed if k.rule == k.label != stacked(k)),
    )
    for section, rows in items.items():
        model = _binary(occasion_model.Binary({}), 0.5, thresholds[f"{section}_stack"])
        gains = losses = 0
        for i in rows:
            if not i.gold:
                continue
            ok, _ = i.outcome(model)
            gains += ok and not i.rules_right
            losses += i.rules_right and not ok
        out[section] = (gains, losses)
    return out


MAX_P = 0.05  # a gain no likelier than this by chance


def ships(runs: dict[str, dict[str, Scores]], pairs: dict[str, tuple[int, int]]) -> dict[str, bool]:
    """A section ships when the stacked run beats the rules on the pooled held-out folds and
    falls on no PolNeAR train set; the date also keeps undated gold given a date at most
    MAX_UNDATED_GIVEN; and the quotes it changes for the better outnumber those it changes for
    the worse beyond chance (a sign test on the held-out decisions, p < MAX_P): a gain of a
    couple of quotes in two thousand is no gain."""
    rules, mine = runs["rules"], runs["stacked"]
    out = {}
    for section in SECTIONS:
        pooled = _better(mine["all"], rules["all"], section)
        kept = all(
            _value(getattr(mine[s], section)) >= _value(getattr(rules[s], section))
            for s in REAL_NEWS
            if s in mine
        )
        if section == "type":
            kept = kept and _value(mine["all"].untyped_typed) <= _value(rules["all"].untyped_typed)
        if section == "date":
            kept = kept and _value(mine["all"].undated_dated) <= MAX_UNDATED_GIVEN
        out[section] = pooled and kept and sign_test(*pairs[section]) < MAX_P
    return out


def print_table(runs: dict[str, dict[str, Scores]]) -> None:
    columns = ("type", "untyped_typed", "date", "undated_dated", "place", "occasion")
    heads = ("type", "untyped given a type", "date", "undated given a date", "place", "occasion")
    print("| set | run | " + " | ".join(heads) + " |")
    print("|---|---|" + "---|" * len(heads))
    names = list(next(iter(runs.values())))
    for name in names:
        for run, by_set in runs.items():
            s = by_set[name]
            cells = [f"{s.cell(c)} ({getattr(s, c)[0]}/{getattr(s, c)[1]})" for c in columns]
            print(f"| {name} | {run} | " + " | ".join(cells) + " |")


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
        "--examples", type=Path, help="keep the collected features here (reused when present)"
    )
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=REPO / "quotetui/engine" / occasion_model.MODEL_FILE,
        help="write the sections that ship, trained on all articles (default: the engine's "
        "model file); needs the end-to-end CV",
    )
    args = parser.parse_args()
    if args.write is not None and (not args.cv or args.no_e2e):
        parser.error("--write ships only what the end-to-end CV measured; drop --no-e2e")
    c = {"type": args.c_type, "date": args.c_date, "place": args.c_place}
    started = time.time()
    nlp = load_pipeline()
    documents: list[Any] = []
    gold: dict[str, list[dict[str, Any]]] = {}
    set_of: dict[str, str] = {}
    for name in args.sets.split(","):
        if name not in SETS:
            parser.error(f"{name}: not a development set with occasions ({', '.join(SETS)})")
        folder = REPO / "benchmarks/data" / name
        for d in read_documents([folder / "docs.jsonl"]):
            documents.append(d)
            set_of[d.id] = name
        for g in read_jsonl(folder / "gold.jsonl"):
            gold[g["doc_id"]] = g["quotes"]
    if args.examples is not None and args.examples.exists():
        examples = pickle.loads(args.examples.read_bytes())
    else:
        examples = collect(nlp, documents, gold, args.cache, set_of)
        if args.examples is not None:
            args.examples.write_bytes(pickle.dumps(examples))
    print(
        f"# {len(documents)} articles, {len(examples)} quotes with a structured gold occasion "
        f"({Counter(e.set_name for e in examples)})",
        file=sys.stderr,
    )
    thresholds: dict[str, Any] = {
        "type": 1.01,
        "date": 0.5,
        "place": 0.5,
        "date_stack": (1.01, 0.0, 1.01),
        "place_stack": (1.01, 0.0, 1.01),
    }
    shipped = {"type": False, "date": False, "place": False}
    if args.cv:
        splits = folds(len(documents), args.cv, args.seed)
        fold_models = [
            (held, fit_all([e for e in examples if e.doc not in held], c, args.seed))
            for held in splits
        ]
        scored_dates: list[tuple[float, int, bool]] = []
        scored_places: list[tuple[float, int, bool]] = []
        calls: list[TypeCall] = []
        date_items: list[Scored] = []
        place_items: list[Scored] = []
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
                guess, p = models.type.best(e.type_features)
                calls.append(TypeCall(e.type_label, e.rule_type, guess, p))
                date_items.append(_scored(e, models.date, e.dates, e.gold_dated, True))
                place_items.append(_scored(e, models.place, e.places, e.gold_place, False))
        thresholds["type"] = choose_override(calls)
        thresholds["date"] = choose_threshold(scored_dates, MAX_UNDATED_GIVEN)
        thresholds["place"] = choose_threshold(scored_places)
        thresholds["date_stack"], date_report = choose_stack(date_items, MAX_UNDATED_GIVEN)
        thresholds["place_stack"], place_report = choose_stack(place_items, None)
        n = len(scored_dates)
        typed = [k for k in calls if k.label != occasion_model.NONE]
        untyped = [k for k in calls if k.label == occasion_model.NONE]
        t = thresholds["type"]

        def stacked(k: TypeCall) -> str:
            return k.stacked(t)

        print(f"{args.cv}-fold CV by article over {n} quotes (decisions on matched quotes):")
        print(
            f"  type (typed gold, {len(typed)}): rules {_share(typed, lambda k: k.rule == k.label)}"
            f", model {_share(typed, lambda k: k.guess == k.label)}, stacked (override {t}) "
            f"{_share(typed, lambda k: stacked(k) == k.label)}; untyped gold given a type: "
            f"rules {_share(untyped, lambda k: k.rule != k.label)}, model "
            f"{_share(untyped, lambda k: k.guess != k.label)}, stacked "
            f"{_share(untyped, lambda k: stacked(k) != k.label)}"
        )
        by_type: Counter[str] = Counter(k.label for k in typed)
        print(
            "    by gold type (rules/model/stacked of n): "
            + ", ".join(
                f"{x} {sum(k.rule == x for k in typed if k.label == x)}/"
                f"{sum(k.guess == x for k in typed if k.label == x)}/"
                f"{sum(stacked(k) == x for k in typed if k.label == x)} of {by_type[x]}"
                for x in sorted(by_type)
            )
        )
        dated = sum(g for _, _, g in scored_dates)
        rule_dates = sum(e.rule_date_right for e in examples)
        model_dates = sum(date_right(p, y, g, thresholds["date"]) for p, y, g in scored_dates)
        dated_right = sum(1 for p, y, g in scored_dates if g and p >= thresholds["date"] and y)
        undated_given = sum(1 for p, _, g in scored_dates if not g and p >= thresholds["date"])
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
        print(
            f"  date stacked on the rules (override, drop, fill) {thresholds['date_stack']}: "
            f"gold dates right, rules → stacked: {date_report}"
        )
        print(
            f"  place stacked on the rules (override, drop, fill) {thresholds['place_stack']}: "
            f"gold places right, rules → stacked: {place_report}"
        )
        if not args.no_e2e:
            variants = {
                "rules": [(held, occasion_model.Models()) for held, _ in fold_models],
                "model": [
                    (held, with_thresholds(m, thresholds, stacked=False)) for held, m in fold_models
                ],
                "stacked": [(held, with_thresholds(m, thresholds)) for held, m in fold_models],
            }
            runs: dict[str, dict[str, Scores]] = {}
            held_gold = [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for d in documents]
            for run, models_of in variants.items():
                preds = end_to_end(nlp, documents, gold, args.cache, models_of)
                by_set = {}
                for name in [s for s in SETS if s in set(set_of.values())]:
                    ids = {i for i, s in set_of.items() if s == name}
                    by_set[name] = _scores(
                        [g for g in held_gold if g["doc_id"] in ids],
                        [p for p in preds if p["doc_id"] in ids],
                    )
                by_set["all"] = _scores(held_gold, preds)
                runs[run] = by_set
            print(
                f"end to end on held-out folds (model: each model alone, date threshold "
                f"{thresholds['date']}, place {thresholds['place']}; stacked on the rules: type "
                f"override {thresholds['type']}, date (override, drop, fill) "
                f"{thresholds['date_stack']}, place {thresholds['place_stack']}):"
            )
            print_table(runs)
            pairs = paired(calls, stacked, {"date": date_items, "place": place_items}, thresholds)
            print(
                "held-out decisions the stacked models change (better/worse, sign test p): "
                + ", ".join(
                    f"{k} {g}/{b_} p={sign_test(g, b_):.3g}" for k, (g, b_) in pairs.items()
                )
            )
            shipped = ships(runs, pairs)
            print("ships: " + ", ".join(f"{k} {'yes' if v else 'no'}" for k, v in shipped.items()))
    if args.write is not None:
        models = fit_all(examples, c, args.seed, thresholds)
        kept = [k for k, v in shipped.items() if v]
        models = occasion_model.Models(
            models.type if shipped["type"] else None,
            models.date if shipped["date"] else None,
            models.place if shipped["place"] else None,
            about=(
                "Logistic regressions over the occasion rules' proposals (type: multinomial, "
                "overruling the rules only above its override; date and place: candidate "
                f"scorers), thresholds chosen by {args.cv}-fold cross-validation, trained by "
                f"benchmarks/train_occasions.py on {', '.join(sorted(set(set_of.values())))} "
                f"(C type {c['type']}, date {c['date']}, place {c['place']}; seed {args.seed}). "
                f"Sections that beat the rules end to end and ship: {', '.join(kept) or 'none'}; "
                "read by quotetui/engine/occasion_model.py."
            ),
        )
        occasion_model.save(models, args.write)
        print(f"wrote {args.write} ({', '.join(kept) or 'no section'})", file=sys.stderr)
    print(f"# {time.time() - started:.0f} s", file=sys.stderr)


def _scored(
    e: Example,
    model: occasion_model.Binary | None,
    rows: Sequence[tuple[list[str], int]],
    gold: bool,
    date: bool,
) -> Scored:
    assert model is not None
    ruled = occasion_model.rules_date if date else occasion_model.rules_place
    return Scored(
        e.set_name,
        gold,
        e.rule_date_right if date else e.rule_place_right,
        tuple(model.probability(f) for f, _ in rows),
        tuple(ruled(f) for f, _ in rows),
        tuple(y for _, y in rows),
    )


def _share(items: Sequence[TypeCall], test: Any) -> str:
    right = sum(1 for k in items if test(k))
    return f"{right / max(len(items), 1):.3f} ({right}/{len(items)})"


def _quiet(message: str) -> None:
    pass


if __name__ == "__main__":
    main()
