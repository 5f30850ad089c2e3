"""Train the speaker-mention ranker on PolNeAR train; cross-validate; write the model file.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_ranker.py [--data ../shared/data/polnear/train] [--cv 5] [--write]

Runs the engine (with no ranker) over the training articles and collects, for every quote the
engine attributes, its candidate mentions and their features (``quotetui/engine/ranker.py``).
A candidate is right when its head is the head of PolNeAR's gold mention (or, for "carry on
the previous speaker", when the earlier mention is the gold one). Where PolNeAR's convention
differs from the product's — the words belong to the person who said them — the example is
relabelled or dropped:

- an outer frame ("The Times reported that Smith said “…”", gold: the Times): the subject of the
  innermost reporting verb whose clause holds the quote is the speaker;
- a recording or document relaying someone ("according to audio obtained by …", gold: audio;
  "the ad shows Trump saying …", gold: ad) when a person is reported speaking in the same
  sentence: dropped, as the gold names the medium.

The model is a pairwise logistic regression (scikit-learn, fixed seed): each right candidate is
paired with each wrong one of the same quote, on the difference of their features. Its weights
are written as JSON (``quotetui/engine/data/ranker.json``), read by the engine without
scikit-learn. The two decision thresholds (how sure the model must be to override the sieve,
and how unlikely the sieve's choice) are chosen on the cross-validation folds.

``--cv K`` reports K-fold cross-validation by document: mention accuracy of the sieve alone,
the ranker alone and the combined decision on the held-out folds, and the end-to-end PolNeAR
scores (``quotetui eval``'s scorer, by mention) of the engine run with each fold's model over
its held-out articles. ``--write`` trains on all articles and writes the model.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_cache import parsed  # noqa: E402

from quotetui.corpus import read_documents  # noqa: E402
from quotetui.engine import load_pipeline, ranker, terms  # noqa: E402
from quotetui.engine.lexicon import lemma  # noqa: E402
from quotetui.engine.pipeline import results_from_docs  # noqa: E402
from quotetui.engine.syntax import is_cue_word  # noqa: E402
from quotetui.evaluate import read_jsonl, score_documents, spans_match  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MEDIA = frozenset(
    "audio video footage tape recording recordings ad ads advertisement commercial spot clip "
    "transcript broadcast".split()
)


@dataclass
class Example:
    doc: int  # document number, for folds
    candidates: list[ranker.Candidate]
    positives: set[int]  # indices into candidates
    picked: int | None  # index of the sieve's choice
    rule: str  # the rule that made it ("none": no rule)


def _gold_root(doc: Any, gold: dict[str, Any]) -> Any | None:
    s, e = gold.get("speaker_start"), gold.get("speaker_end")
    if s is None or e is None:
        return None
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _relabel(doc: Any, root: Any, quote_start: int, quote_end: int) -> Any | None:
    """The inner reporter when PolNeAR's gold names an outer frame's subject; None to drop."""
    if lemma(root) in MEDIA:
        sentence = root.sent
        for tok in sentence:
            speaker = tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she")
            subject = tok.dep_ in ("nsubj", "nsubjpass") and is_cue_word(tok.head)
            if subject and speaker and tok.i != root.i:
                return None
        return root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or not is_cue_word(verb):
        return root
    inner = root
    for tok in verb.subtree:
        if tok.i == verb.i or not is_cue_word(tok):
            continue
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "parataxis"):
            continue
        covers = tok.left_edge.idx <= quote_start and tok.right_edge.idx >= quote_end - 1
        if not covers:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN"):
            inner = subj
    return inner


def collect(nlp: Any, documents: list[Any], gold: dict[str, list[dict[str, Any]]], cache: Path):
    """Candidates with labels for every attributed quote of the documents."""
    ranker.use(ranker.Model({}))
    examples: list[Example] = []
    dropped = unlabelled = 0
    component = nlp.get_pipe("quote_attribution")
    for number, (document, doc) in enumerate(parsed(nlp, documents, cache)):
        ranker.COLLECT = []
        component(doc)
        collected, ranker.COLLECT = ranker.COLLECT, None
        quotes = gold.get(document.id, [])
        for ctx, candidates, picked, rule in collected:
            span = {"start": ctx.quote.start, "end": ctx.quote.end}
            g = next((q for q in quotes if spans_match(q, span)), None)
            if g is None:
                continue
            root = _gold_root(doc, g)
            if root is None:
                continue
            target = _relabel(doc, root, ctx.quote.start, ctx.quote.end)
            if target is None:
                dropped += 1
                continue
            gs, ge = (target.idx, target.idx + len(target))
            if target.i == root.i:
                gs, ge = g["speaker_start"], g["speaker_end"]
            positives = set()
            for k, c in enumerate(candidates):
                if c.token == ranker.CARRY:
                    if c.span is not None and c.span[0] < ge and gs < c.span[1]:
                        positives.add(k)
                elif c.token == target.i:
                    positives.add(k)
            if not positives:
                unlabelled += 1
                continue
            index = next((k for k, c in enumerate(candidates) if c.token == picked), None)
            examples.append(Example(number, candidates, positives, index, rule))
    print(
        f"# {len(examples)} quotes with a right candidate; {unlabelled} without one; "
        f"{dropped} dropped (a medium relays a person)",
        file=sys.stderr,
    )
    return examples


def collect_terms(
    nlp: Any, documents: list[Any], gold: dict[str, list[dict[str, Any]]], cache: Path
) -> list[tuple[int, list[str], int]]:
    """(document number, features, listed) for every short quote the engine attributes in
    documents whose gold lists quotes: listed = 1 when PolNeAR's gold has it."""
    terms.use(terms.TermModel())
    out = []
    component = nlp.get_pipe("quote_attribution")
    for number, (document, doc) in enumerate(parsed(nlp, documents, cache)):
        quotes = gold.get(document.id, [])
        if not quotes:
            continue  # an empty gold list says nothing about which quotes are speech
        terms.COLLECT = []
        component(doc)
        collected, terms.COLLECT = terms.COLLECT, None
        for ctx, features in collected:
            span = {"start": ctx.quote.start, "end": ctx.quote.end}
            listed = any(spans_match(q, span) for q in quotes)
            out.append((number, features, int(listed)))
    return out


TERM_COST = 2.0  # a real quote called a term costs twice what an extra quote kept does


def fit_terms(rows: Sequence[tuple[int, list[str], int]], c: float, seed: int) -> dict[str, float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    r, cols, vals, labels = [], [], [], []
    for k, (_, features, label) in enumerate(rows):
        for f in set(features):
            r.append(k)
            cols.append(vocab.setdefault(f, len(vocab)))
            vals.append(1.0)
        labels.append(label)
    X = csr_matrix((vals, (r, cols)), shape=(len(rows), len(vocab)))
    model = LogisticRegression(
        C=c, fit_intercept=False, solver="liblinear", max_iter=5000, random_state=seed
    )
    model.fit(X, labels)
    w = model.coef_[0]
    return {f: round(float(w[j]), 4) for f, j in vocab.items() if abs(w[j]) >= 1e-4}


def choose_term_threshold(
    rows: Sequence[tuple[int, list[str], int]], models: list[tuple[set[int], dict[str, float]]]
) -> float:
    scored = []
    for held, weights in models:
        m = terms.TermModel(weights)
        scored += [(m.probability(f), label) for doc, f, label in rows if doc in held]
    best = (0.0, 0.0)
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        gain = sum((1.0 if label == 0 else -TERM_COST) for p, label in scored if p < threshold)
        if gain > best[0]:
            best = (gain, threshold)
    removed = [label for p, label in scored if p < best[1]]
    print(
        f"#   terms: {len(scored)} short attributed quotes, {sum(1 - x for _, x in scored)} "
        f"not in the gold; threshold {best[1]} calls {len(removed)} terms, "
        f"{sum(removed)} of them listed",
        file=sys.stderr,
    )
    return best[1]


def fit(examples: Sequence[Example], c: float, seed: int) -> dict[str, float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    labels: list[int] = []
    r = 0
    for ex in examples:
        vectors = []
        for cand in ex.candidates:
            v: dict[int, float] = {}
            for f in cand.features:
                j = vocab.setdefault(f, len(vocab))
                v[j] = v.get(j, 0.0) + 1.0
            vectors.append(v)
        for p in ex.positives:
            for n in range(len(ex.candidates)):
                if n in ex.positives:
                    continue
                diff = dict(vectors[p])
                for j, x in vectors[n].items():
                    diff[j] = diff.get(j, 0.0) - x
                for sign in (1.0, -1.0):
                    for j, x in diff.items():
                        if x:
                            rows.append(r)
                            cols.append(j)
                            vals.append(sign * x)
                    labels.append(1 if sign > 0 else 0)
                    r += 1
    X = csr_matrix((vals, (rows, cols)), shape=(r, len(vocab)))
    model = LogisticRegression(
        C=c, fit_intercept=False, solver="liblinear", max_iter=5000, random_state=seed
    )
    model.fit(X, labels)
    weights = model.coef_[0]
    return {f: round(float(weights[j]), 4) for f, j in vocab.items() if abs(weights[j]) >= 1e-4}


def decisions(examples: Iterable[Example], model: ranker.Model) -> list[tuple[bool, bool, bool]]:
    """(sieve right, ranker top right, combined decision right) per example."""
    out = []
    for ex in examples:
        cands = [ranker.Candidate(c.token, c.features, c.rules, c.span) for c in ex.candidates]
        picked = ex.candidates[ex.picked].token if ex.picked is not None else None
        ranked = ranker.rank(list(cands), model)
        top = ranked[0].token
        d = ranker.decide(cands, picked, ex.rule, model)
        right = {ex.candidates[k].token for k in ex.positives}
        out.append((picked in right, top in right, d.token in right))
    return out


def folds(n_docs: int, k: int, seed: int) -> list[set[int]]:
    order = list(range(n_docs))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


MIN_CASES = 40  # a rule with fewer cross-validated cases is never overridden
GRID = [(o, k) for o in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95) for k in (0.05, 0.1, 0.2, 0.3, 0.5)]


def choose_thresholds(
    examples: Sequence[Example], models: list[tuple[set[int], dict[str, float]]]
) -> dict[str, tuple[float, float]]:
    """For each rule, the thresholds that make the most right choices on the held-out folds,
    if they beat never overriding it by at least two cases."""
    by_rule: dict[str, list[tuple[Example, dict[str, float]]]] = {}
    for held, weights in models:
        for e in examples:
            if e.doc in held:
                by_rule.setdefault(e.rule, []).append((e, weights))
    chosen: dict[str, tuple[float, float]] = {}
    for rule, cases in sorted(by_rule.items()):
        if len(cases) < MIN_CASES:
            continue
        never = sum(e.picked is not None and bool({e.picked} & e.positives) for e, _ in cases)
        best = (never + 1, None)
        for override, keep in GRID:
            right = 0
            for e, weights in cases:
                m = ranker.Model(weights, {rule: (override, keep)})
                right += decisions([e], m)[0][2]
            if right > best[0]:
                best = (right, (override, keep))
        if best[1] is not None:
            chosen[rule] = best[1]
        print(
            f"#   {rule:20} {len(cases):5} cases: sieve right {never}, "
            f"with ranker {max(best[0], never)} {best[1] or '(never overridden)'}",
            file=sys.stderr,
        )
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data/polnear/train")
    parser.add_argument("--cv", type=int, default=5, help="folds (0: none)")
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/quotetui-cache"))
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=REPO / "quotetui/engine" / ranker.MODEL_FILE,
        help="write the model trained on all articles (default: the engine's model file)",
    )
    args = parser.parse_args()
    started = time.time()
    nlp = load_pipeline()
    documents = list(read_documents([args.data / "docs.jsonl"]))
    gold = {g["doc_id"]: g["quotes"] for g in read_jsonl(args.data / "gold.jsonl")}
    examples = collect(nlp, documents, gold, args.cache)
    thresholds: dict[str, tuple[float, float]] = {}
    term_threshold = 0.0
    if args.cv:
        models = []
        for held in folds(len(documents), args.cv, args.seed):
            train = [e for e in examples if e.doc not in held]
            models.append((held, fit(train, args.c, args.seed)))
        thresholds = choose_thresholds(examples, models)
        # The term model learns on what the engine with the ranker attributes.
        ranker.use(ranker.Model(fit(examples, args.c, args.seed), thresholds))
        term_rows = collect_terms(nlp, documents, gold, args.cache)
        splits = folds(len(documents), args.cv, args.seed)
        term_models = [
            (held, fit_terms([r for r in term_rows if r[0] not in held], args.c, args.seed))
            for held in splits
        ]
        term_threshold = choose_term_threshold(term_rows, term_models)
        tallies = [0, 0, 0]
        for held, weights in models:
            m = ranker.Model(weights, thresholds)
            for row in decisions((e for e in examples if e.doc in held), m):
                for i, ok in enumerate(row):
                    tallies[i] += ok
        n = len(examples)
        print(f"{args.cv}-fold CV over {n} quotes with a right candidate:")
        print(
            f"  mention right: sieve {tallies[0] / n:.3f}, ranker alone {tallies[1] / n:.3f}, "
            f"combined {tallies[2] / n:.3f}"
        )
        preds = []
        held_gold = []
        for (held, weights), (_, term_weights) in zip(models, term_models, strict=True):
            ranker.use(ranker.Model(weights, thresholds))
            terms.use(terms.TermModel(term_weights, term_threshold))
            docs = [d for i, d in enumerate(documents) if i in held]
            pairs = parsed(nlp, docs, args.cache)
            preds += [
                r.to_prediction() for _, r in results_from_docs(nlp, pairs, on_warning=_quiet)
            ]
            held_gold += [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for d in docs]
        report = score_documents(held_gold, preds)
        s = report.speaker
        a = s.attribution
        print(
            f"  engine on held-out folds (by mention): span F1 {report.span_prf[2]:.3f}, speaker "
            f"accuracy {s.accuracy:.3f} ({s.correct}/{s.matched}), attribution P/R/F1 "
            f"{a.precision:.3f} / {a.recall:.3f} / {a.f1:.3f}, ≥ 0.9 right "
            f"{s.high_confidence.value}"
        )
    if args.write is not None:
        weights = fit(examples, args.c, args.seed)
        model = ranker.Model(
            weights,
            about=(
                "Pairwise logistic regression over candidate speaker mentions, trained by "
                f"benchmarks/train_ranker.py on {args.data.parent.name}/{args.data.name} "
                f"(C={args.c}, seed {args.seed}); read by quotetui/engine/ranker.py."
            ),
            thresholds=thresholds,
        )
        ranker.save(model, args.write)
        print(f"wrote {args.write} ({len(weights)} weights)", file=sys.stderr)
        ranker.use(model)
        term_rows = collect_terms(nlp, documents, gold, args.cache)
        term_model = terms.TermModel(
            fit_terms(term_rows, args.c, args.seed),
            term_threshold,
            about=(
                "Logistic regression: is a short attributed quote someone's words (listed in "
                f"{args.data.parent.name}/{args.data.name}'s gold) or a term; trained by "
                "benchmarks/train_ranker.py; read by quotetui/engine/terms.py."
            ),
        )
        path = args.write.with_name(Path(terms.MODEL_FILE).name)
        terms.save(term_model, path)
        print(f"wrote {path} ({len(term_model.weights)} weights)", file=sys.stderr)
    print(f"# {time.time() - started:.0f} s", file=sys.stderr)


def _quiet(message: str) -> None:
    pass


if __name__ == "__main__":
    main()
