"""Train the he/she antecedent model on the hand-resolved train articles; cross-validate.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_antecedents.py [--data benchmarks/data/resolved-train] [--cv 5]
        [--write]

Every gold quote of ``--data`` whose speaker mention is "he" or "she" (with the mention's
offsets) is a training case: the engine's salience pass is run over the article
(``quotetui/engine/antecedents.py`` with no model, so the most salient person wins, as the
engine did before it had one), the candidates it weighed at that pronoun are collected with
their features, and the candidate whose name is the gold ``speaker_canonical`` (or one of its
aliases) is the right one. Cases where no candidate or more than one is right are left out of
the fit and counted. The model is a pairwise logistic regression (scikit-learn, fixed seed) on
the difference of the right candidate's features and each wrong one's; its weights are written
as JSON (``quotetui/engine/data/antecedents.json``), read by the engine without scikit-learn.

``--cv K`` reports K-fold cross-validation by article: how often the most salient candidate and
the model's choice are right on the held-out articles, and the engine's speaker accuracy by
canonical name on them with each fold's model (``quotetui eval``'s scorer). ``--write`` trains
on all articles and writes the model. Dev (``../shared/data/resolved-dev``) is never read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_cache import parsed  # noqa: E402

from quotetui.corpus import read_documents  # noqa: E402
from quotetui.engine import antecedents, load_pipeline  # noqa: E402
from quotetui.engine.pipeline import results_from_docs  # noqa: E402
from quotetui.evaluate import gold_quote, names_agree, read_jsonl, score_documents  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


@dataclass
class Case:
    doc: int
    features: list[dict[str, float]]
    right: int  # index of the right candidate
    top: int  # index of the most salient candidate


def collect(
    nlp: Any, documents: Sequence[Any], gold: dict[str, list[dict[str, Any]]], cache: Path
) -> tuple[list[Case], dict[str, int]]:
    antecedents.use(antecedents.Model({}))
    component = nlp.get_pipe("quote_attribution")
    cases: list[Case] = []
    tally = {"pronoun quotes": 0, "no choice made": 0, "no right candidate": 0, "ambiguous": 0}
    for k, (document, doc) in enumerate(parsed(nlp, documents, cache)):
        antecedents.COLLECT = []
        component(doc)
        choices = {offset: cands for offset, cands in antecedents.COLLECT}
        antecedents.COLLECT = None
        for raw in gold.get(document.id, []):
            g = gold_quote(raw)
            if (g.speaker or "").lower() not in PRONOUNS or g.speaker_start is None:
                continue
            if not g.speaker_canonical:
                continue
            tally["pronoun quotes"] += 1
            cands = choices.get(g.speaker_start)
            if cands is None:
                tally["no choice made"] += 1
                continue
            right = [
                i
                for i, (_, name, forms, _) in enumerate(cands)
                if names_agree(name, g.names) or any(names_agree(f, g.names) for f in forms)
            ]
            if not right:
                tally["no right candidate"] += 1
                continue
            if len(right) > 1:
                tally["ambiguous"] += 1
                continue
            feats = [f for _, _, _, f in cands]
            top = max(range(len(feats)), key=lambda i: feats[i].get("top", 0.0))
            cases.append(Case(k, feats, right[0], top))
    return cases, tally


def fit(cases: Sequence[Case], c: float, seed: int) -> dict[str, float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    labels: list[int] = []
    r = 0
    for case in cases:
        good = case.features[case.right]
        for n, bad in enumerate(case.features):
            if n == case.right:
                continue
            diff = dict(good)
            for name, x in bad.items():
                diff[name] = diff.get(name, 0.0) - x
            for sign in (1.0, -1.0):
                for name, x in diff.items():
                    if x:
                        rows.append(r)
                        cols.append(vocab.setdefault(name, len(vocab)))
                        vals.append(sign * x)
                labels.append(1 if sign > 0 else 0)
                r += 1
    X = csr_matrix((vals, (rows, cols)), shape=(r, len(vocab)))
    model = LogisticRegression(
        C=c, fit_intercept=False, solver="liblinear", max_iter=5000, random_state=seed
    )
    model.fit(X, labels)
    w = model.coef_[0]
    return {name: round(float(w[j]), 4) for name, j in vocab.items() if abs(w[j]) >= 1e-4}


def chosen(case: Case, model: antecedents.Model) -> int:
    scores = [model.score(f) for f in case.features]
    return max(range(len(scores)), key=lambda i: scores[i])


def folds(n_docs: int, k: int, seed: int) -> list[set[int]]:
    order = list(range(n_docs))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "benchmarks/data/resolved-train")
    parser.add_argument("--cv", type=int, default=5, help="folds (0: none)")
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/quotetui-cache"))
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=REPO / "quotetui/engine" / antecedents.MODEL_FILE,
        help="write the model trained on all articles (default: the engine's model file)",
    )
    args = parser.parse_args()
    if "resolved-dev" in str(args.data.resolve()):
        parser.error("dev stays out of every fit")
    started = time.time()
    nlp = load_pipeline()
    documents = list(read_documents([args.data / "docs.jsonl"]))
    gold = {g["doc_id"]: g["quotes"] for g in read_jsonl(args.data / "gold.jsonl")}
    cases, tally = collect(nlp, documents, gold, args.cache)
    print(f"# {len(cases)} cases; " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    shipped = antecedents.load()
    if args.cv:
        splits = folds(len(documents), args.cv, args.seed)
        salient = learned = 0
        preds: list[dict[str, Any]] = []
        held_gold: list[dict[str, Any]] = []
        baseline_preds: list[dict[str, Any]] = []
        for held in splits:
            train = [x for x in cases if x.doc not in held]
            model = antecedents.Model(fit(train, args.c, args.seed))
            test = [x for x in cases if x.doc in held]
            salient += sum(x.top == x.right for x in test)
            learned += sum(chosen(x, model) == x.right for x in test)
            docs = [d for i, d in enumerate(documents) if i in held]
            for which, out in ((model, preds), (antecedents.Model({}), baseline_preds)):
                antecedents.use(which)
                pairs = parsed(nlp, docs, args.cache)
                results = results_from_docs(nlp, pairs, on_warning=_quiet)
                out += [r.to_prediction() for _, r in results]
            held_gold += [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for d in docs]
        n = len(cases)
        print(f"{args.cv}-fold CV by article over {n} he/she speaker cases:")
        print(f"  right antecedent: most salient {salient / n:.3f}, model {learned / n:.3f}")
        for label, out in (("salience", baseline_preds), ("model", preds)):
            s = score_documents(held_gold, out).speaker
            print(
                f"  engine on held-out folds with {label}: speaker accuracy by name "
                f"{s.accuracy:.3f} ({s.correct}/{s.matched}), attribution F1 {s.attribution.f1:.3f}"
            )
    antecedents.use(shipped)
    if args.write is not None:
        weights = fit(cases, args.c, args.seed)
        model = antecedents.Model(
            weights,
            about=(
                "Pairwise logistic regression over the persons a he/she may mean, trained by "
                f"benchmarks/train_antecedents.py on {args.data.name} ({len(cases)} cases, "
                f"C={args.c}, seed {args.seed}); read by quotetui/engine/antecedents.py."
            ),
        )
        antecedents.save(model, args.write)
        print(f"wrote {args.write} ({len(weights)} weights)", file=sys.stderr)
    print(f"# {time.time() - started:.0f} s", file=sys.stderr)


def _quiet(message: str) -> None:
    pass


if __name__ == "__main__":
    main()
