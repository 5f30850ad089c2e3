"""Train the speaker-mention ranker on PolNeAR train and the resolved sets; cross-validate;
write the model file.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_ranker.py [--data ../shared/data/polnear/train] [--cv 5] [--write]
        [--names benchmarks/data/resolved-train … genres5] [--labels name|mention]
        [--name-weight 1]

Runs the engine (with no ranker) over the training articles and collects, for every quote the
engine attributes, its candidate mentions and their features (``quotetui/engine/ranker.py``).

**By name** on the resolved sets (``--names``: resolved-train, resolved-train2, resolved-train3
— PolNeAR train articles whose gold gives ``speaker_canonical`` — and genres4, genres5): a
candidate is right when the speaker the engine resolves it to within the article (the
candidate's ``speaker``; carry: the previous quote's speaker) is the gold canonical name by the
scorer's rule (``quotetui.evaluate.names_agree``): what the analyst gets is the name, so a "he"
that resolves to the wrong person is wrong however right the mention. A quote none of whose
candidates resolves to the gold name teaches nothing and is left out of fitting.
``--labels mention`` (the default) labels them by the gold mention instead; ``mention-name``
takes the gold mention where it resolves to the gold name and the by-name candidates where it
does not. By 5-fold CV by article, labels by name lost to labels by mention (the engine by
name on the 280 held-out resolved articles: 0.930 and 0.931 against 0.935), so the shipped
model is still the one trained on PolNeAR train alone by mention: ``--names`` with no folder
and ``--write`` is that recipe (the per-rule thresholds then chosen by mention, as before),
though on today's engine it gives other weights than the shipped file's, written before many
rule changes.

**By mention** on the other PolNeAR train articles: a candidate is right when its head is the
head of PolNeAR's gold mention (or, for "carry on
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

``--cv K`` reports K-fold cross-validation by article (the folds' models never see their
held-out articles, resolved or not):

- the by-name diagnostic on the resolved quotes the ranker weighs, for the shipped model
  (in-sample: it was trained on these articles), the rules alone and the folds' models: how
  often the sieve's choice, the model's top, the combined decision and *any* candidate (the
  oracle) resolve to the gold name, and, where the decision is wrong although a candidate was
  right, the kind of the chosen candidate (pronoun, carry, role noun, …) and how often it is
  the gold mention resolved to another name;
- the engine end to end on the held-out resolved articles (``quotetui eval``'s scorer, by
  name: speaker accuracy, attribution F1, ≥ 0.9 right), rules only, shipped ranker, folds'
  models;
- the labels' accuracy of the sieve, the ranker and the combined decision, and the engine's
  PolNeAR scores (by mention) on the held-out PolNeAR train articles.

The per-rule thresholds are chosen on the same held-out folds (as before by-name labels).
``--write`` trains on all articles and writes the model.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_cache import parsed  # noqa: E402

from quotetui.corpus import read_documents  # noqa: E402
from quotetui.engine import load_pipeline, ranker, terms  # noqa: E402
from quotetui.engine.lexicon import lemma  # noqa: E402
from quotetui.engine.pipeline import results_from_docs  # noqa: E402
from quotetui.engine.syntax import is_cue_word  # noqa: E402
from quotetui.evaluate import (  # noqa: E402
    gold_quote,
    names_agree,
    read_jsonl,
    score_documents,
    spans_match,
)

REPO = Path(__file__).resolve().parent.parent
MEDIA = frozenset(
    "audio video footage tape recording recordings ad ads advertisement commercial spot clip "
    "transcript broadcast".split()
)


@dataclass
class Example:
    doc: int  # document number, for folds
    candidates: list[ranker.Candidate]
    positives: set[int]  # indices into candidates: the labels the model is fitted on
    picked: int | None  # index of the sieve's choice
    rule: str  # the rule that made it ("none": no rule)
    # Resolved gold only: the candidates whose resolved speaker is the gold canonical name
    # (None: plain gold, labelled by mention).
    named: set[int] | None = None
    mention: set[int] = field(default_factory=set)  # the candidates right by PolNeAR's mention
    weight: float = 1.0
    neutral: set[int] = field(default_factory=set)  # neither right nor wrong when fitting

    @property
    def right(self) -> set[int]:
        """The candidates a choice is scored right with: by name on resolved gold."""
        return self.named if self.named is not None else self.positives


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


def _by_mention(doc: Any, g: dict[str, Any], ctx: Any, candidates: list[Any]) -> set[int] | None:
    """The candidates right by PolNeAR's gold mention (relabelled as the module says); None
    when the example is dropped (a medium relays a person)."""
    root = _gold_root(doc, g)
    if root is None:
        return set()
    target = _relabel(doc, root, ctx.quote.start, ctx.quote.end)
    if target is None:
        return None
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
    return positives


def _parsed_sets(
    nlp: Any, sets: Sequence[Sequence[Any]], cache: Path, only: set[str] | None = None
) -> Iterable[tuple[Any, Any]]:
    """(document, Doc) of each set in turn, parsed (or read from the cache) set by set, so
    that every set keeps its one cache file; ``only``: just these document ids."""
    for documents in sets:
        for document, doc in parsed(nlp, documents, cache):
            if only is None or document.id in only:
                yield document, doc


def collect(
    nlp: Any,
    documents: Sequence[Sequence[Any]],
    gold: dict[str, list[dict[str, Any]]],
    cache: Path,
    *,
    by_name: frozenset[str] = frozenset(),
    weight: float = 1.0,
):
    """Candidates with labels for every attributed quote of the document sets (numbered in
    turn, set after set). Documents whose
    ids are in ``by_name`` have resolved gold: their candidates are right when the speaker the
    engine resolves them to is the gold canonical name (``names_agree``, the scorer's rule),
    and their examples weigh ``weight``; a quote none of whose candidates resolves to the gold
    name is left out. The others are labelled by PolNeAR's mention."""
    ranker.use(ranker.Model({}))
    examples: list[Example] = []
    dropped = unlabelled = 0
    component = nlp.get_pipe("quote_attribution")
    for number, (document, doc) in enumerate(_parsed_sets(nlp, documents, cache)):
        ranker.COLLECT = []
        component(doc)
        collected, ranker.COLLECT = ranker.COLLECT, None
        quotes = gold.get(document.id, [])
        resolved = document.id in by_name
        for ctx, candidates, picked, rule in collected:
            span = {"start": ctx.quote.start, "end": ctx.quote.end}
            g = next((q for q in quotes if spans_match(q, span)), None)
            if g is None:
                continue
            index = next((k for k, c in enumerate(candidates) if c.token == picked), None)
            mention = _by_mention(doc, g, ctx, candidates)
            if not resolved:
                if mention is None:
                    dropped += 1
                elif not mention:
                    unlabelled += 1
                else:
                    examples.append(Example(number, candidates, mention, index, rule))
                continue
            gq = gold_quote(g)
            if gq.is_term:
                continue
            named = {k for k, c in enumerate(candidates) if names_agree(c.speaker, gq.names)}
            if not named:
                unlabelled += 1
            examples.append(
                Example(number, candidates, named, index, rule, named, mention or set(), weight)
            )
    print(
        f"# {len(examples)} quotes ({sum(e.named is not None for e in examples)} by name); "
        f"{unlabelled} without a right candidate; {dropped} dropped (a medium relays a person)",
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
    weights_of_rows: list[float] = []
    r = 0
    for ex in examples:
        if not ex.positives:
            continue
        vectors = []
        for cand in ex.candidates:
            v: dict[int, float] = {}
            for f in cand.features:
                j = vocab.setdefault(f, len(vocab))
                v[j] = v.get(j, 0.0) + 1.0
            vectors.append(v)
        for p in ex.positives:
            for n in range(len(ex.candidates)):
                if n in ex.positives or n in ex.neutral:
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
                    weights_of_rows.append(ex.weight)
                    r += 1
    X = csr_matrix((vals, (rows, cols)), shape=(r, len(vocab)))
    model = LogisticRegression(
        C=c, fit_intercept=False, solver="liblinear", max_iter=5000, random_state=seed
    )
    model.fit(X, labels, sample_weight=weights_of_rows)
    weights = model.coef_[0]
    return {f: round(float(weights[j]), 4) for f, j in vocab.items() if abs(weights[j]) >= 1e-4}


def _unscored(ex: Example) -> list[ranker.Candidate]:
    # Ranking writes its scores into the candidates: each model ranks copies of its own.
    return [dataclasses.replace(c, score=0.0, probability=0.0) for c in ex.candidates]


def decisions(examples: Iterable[Example], model: ranker.Model) -> list[tuple[bool, bool, bool]]:
    """(sieve right, ranker top right, combined decision right) per example."""
    out = []
    for ex in examples:
        cands = _unscored(ex)
        picked = ex.candidates[ex.picked].token if ex.picked is not None else None
        ranked = ranker.rank(list(cands), model)
        top = ranked[0].token
        d = ranker.decide(cands, picked, ex.rule, model)
        right = {ex.candidates[k].token for k in ex.right}
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
        never = sum(e.picked is not None and bool({e.picked} & e.right) for e, _ in cases)
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


RESOLVED = ("resolved-train", "resolved-train2", "resolved-train3", "genres4", "genres5")


def label(examples: Sequence[Example], by: str, weight: float) -> None:
    """Fit resolved examples on their by-name labels (``by="name"``: every candidate resolving
    to the gold name is right), on their gold mention (``by="mention"``, PolNeAR's labels, as
    before by-name labels), or on both (``by="mention-name"``: the gold mention is right when
    it resolves to the gold name, else the candidates that do; the other candidates resolving
    to the gold name are neither right nor wrong; any other candidate is wrong); by-name
    labels weigh ``weight``."""
    for e in examples:
        if e.named is None:
            continue
        e.weight = 1.0 if by == "mention" else weight
        e.neutral = set()
        if by == "name":
            e.positives = set(e.named)
        elif by == "mention":
            e.positives = set(e.mention)
        else:
            e.positives = (e.mention & e.named) or set(e.named)
            e.neutral = e.named - e.positives


def by_name_rows(examples: Iterable[Example], model: ranker.Model) -> list[dict[str, Any]]:
    """For every resolved example: whether the sieve's choice, the model's top, the combined
    decision and any candidate (the oracle) resolve to the gold name, and the kind of the
    decision's candidate (carry, pron, role, person, …) and whether it is the gold mention."""
    out = []
    for ex in examples:
        if ex.named is None:
            continue
        cands = _unscored(ex)
        picked = ex.candidates[ex.picked].token if ex.picked is not None else None
        top = ranker.rank(list(cands), model)[0].token if model.weights else picked
        d = ranker.decide(cands, picked, ex.rule, model)
        right = {ex.candidates[k].token for k in ex.named}
        mention = {ex.candidates[k].token for k in ex.mention}
        chosen = next((c for c in ex.candidates if c.token == d.token), None)
        out.append(
            {
                "sieve": picked in right,
                "top": top in right,
                "decision": d.token in right,
                "oracle": bool(right),
                "kind": _kind_of(chosen),
                "mention": d.token in mention,
                "rule": ex.rule,
            }
        )
    return out


def _kind_of(candidate: ranker.Candidate | None) -> str:
    if candidate is None:
        return "no answer"
    if candidate.token == ranker.CARRY:
        return "carry"
    kind = next((f[5:] for f in candidate.features if f.startswith("kind:")), "?")
    return kind


def print_diagnostic(title: str, rows: Sequence[dict[str, Any]]) -> None:
    """The by-name gap: how often each choice resolves to the gold name, and where the
    decision goes wrong although a candidate was right."""
    n = len(rows)
    if not n:
        return

    def share(key: str) -> str:
        k = sum(r[key] for r in rows)
        return f"{k / n:.3f} ({k})"

    print(
        f"{title}: {n} ranked resolved quotes; right by name: sieve {share('sieve')}, "
        f"ranker top {share('top')}, decision {share('decision')}, any candidate (oracle) "
        f"{share('oracle')}"
    )
    gap = [r for r in rows if r["oracle"] and not r["decision"]]
    kinds: dict[str, list[int]] = {}
    for r in gap:
        tally = kinds.setdefault(r["kind"], [0, 0])
        tally[0] += 1
        tally[1] += r["mention"]
    print(
        f"  wrong although a candidate was right: {len(gap)}; by the kind of the chosen "
        "candidate (of them, the gold mention resolved to another name):"
    )
    for kind, (k, m) in sorted(kinds.items(), key=lambda x: -x[1][0]):
        print(f"    {kind:12} {k:4}  ({m} the gold mention)")
    by_rule: dict[str, list[int]] = {}
    for r in gap:
        by_rule.setdefault(r["rule"], [0])[0] += 1
    print(
        "  … by the rule that made the sieve's choice: "
        + ", ".join(f"{rule} {k}" for rule, (k,) in sorted(by_rule.items(), key=lambda x: -x[1][0]))
    )


def engine_by_name(
    nlp: Any,
    sets: Sequence[Sequence[Any]],
    gold: dict[str, list[dict[str, Any]]],
    cache: Path,
    models: Sequence[tuple[set[int], ranker.Model]],
    numbers: dict[str, int],
):
    """The engine's report (``quotetui eval``'s scorer, by name on resolved gold) over the
    document sets, each document run with the model of the fold that held it out."""
    from quotetui import identity

    results = []
    for held, model in models:
        ranker.use(model)
        ids = {d.id for docs in sets for d in docs if numbers[d.id] in held}
        pairs = _parsed_sets(nlp, sets, cache, ids)
        results += [r for _, r in results_from_docs(nlp, pairs, on_warning=_quiet)]
    preds = [r.to_prediction() for r in identity.apply(results)]
    everything = [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for docs in sets for d in docs]
    return score_documents(everything, preds)


def _line(report: Any) -> str:
    s = report.speaker
    hc = s.high_confidence
    return (
        f"by name {s.accuracy:.3f} ({s.correct}/{s.matched}), attribution F1 "
        f"{s.attribution.f1:.3f}, ≥ 0.9 right {hc.right}/{hc.total}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data/polnear/train")
    parser.add_argument(
        "--names",
        type=Path,
        nargs="*",
        default=[REPO / "benchmarks/data" / n for n in RESOLVED],
        help="resolved sets (docs.jsonl, gold.jsonl): their quotes are labelled by name",
    )
    parser.add_argument(
        "--labels",
        choices=("name", "mention", "mention-name"),
        default="mention",
        help="how the resolved sets' candidates are labelled (mention: PolNeAR's, as before; "
        "mention-name: the gold mention when it resolves to the gold name, else by name)",
    )
    parser.add_argument(
        "--name-weight", type=float, default=1.0, help="weight of a by-name example"
    )
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
    shipped = ranker.MODEL
    nlp = load_pipeline()
    polnear = list(read_documents([args.data / "docs.jsonl"]))
    gold = {g["doc_id"]: g["quotes"] for g in read_jsonl(args.data / "gold.jsonl")}
    # The resolved sets: their gold replaces PolNeAR's for the ranker's labels (the PolNeAR
    # train articles among them have the same text); the others are added.
    resolved_gold: dict[str, list[dict[str, Any]]] = {}
    extra = []
    known = {d.id for d in polnear}
    resolved_sets = []
    for folder in args.names:
        for g in read_jsonl(folder / "gold.jsonl"):
            resolved_gold[g["doc_id"]] = g["quotes"]
        resolved_sets.append(list(read_documents([folder / "docs.jsonl"])))
        if all(d.id not in known for d in resolved_sets[-1]):
            extra.append(resolved_sets[-1])
    documents = [polnear, *extra]
    numbers = {d.id: i for i, d in enumerate(d for docs in documents for d in docs)}
    n_docs = len(numbers)
    ranker_gold = {**gold, **resolved_gold}
    examples = collect(
        nlp,
        documents,
        ranker_gold,
        args.cache,
        by_name=frozenset(resolved_gold),
        weight=args.name_weight,
    )
    print_diagnostic(
        "shipped ranker on the resolved sets (in-sample for it)",
        by_name_rows(examples, shipped),
    )
    print_diagnostic("rules only", by_name_rows(examples, ranker.Model({})))
    label(examples, args.labels, args.name_weight)
    thresholds: dict[str, tuple[float, float]] = {}
    term_threshold = 0.0
    if args.cv:
        models = []
        splits = folds(n_docs, args.cv, args.seed)
        for held in splits:
            train = [e for e in examples if e.doc not in held]
            models.append((held, fit(train, args.c, args.seed)))
        thresholds = choose_thresholds(examples, models)
        cv_rows = []
        for held, weights in models:
            m = ranker.Model(weights, thresholds)
            cv_rows += by_name_rows((e for e in examples if e.doc in held), m)
        print_diagnostic(
            f"{args.cv}-fold CV by article (labels {args.labels}, by-name weight "
            f"{args.name_weight}), held-out resolved quotes",
            cv_rows,
        )
        fold_models = [(held, ranker.Model(w, thresholds)) for held, w in models]
        n_resolved = sum(len(docs) for docs in resolved_sets)
        print(f"engine on the held-out resolved articles ({n_resolved}):")
        for title, ms in (
            ("rules only", [(set(range(n_docs)), ranker.Model({}))]),
            ("shipped ranker (in-sample)", [(set(range(n_docs)), shipped)]),
            (f"CV ranker ({args.labels})", fold_models),
        ):
            report = engine_by_name(nlp, resolved_sets, resolved_gold, args.cache, ms, numbers)
            print(f"  {title:28} {_line(report)}")
        # The term model learns on what the engine with the ranker attributes.
        ranker.use(ranker.Model(fit(examples, args.c, args.seed), thresholds))
        term_rows = collect_terms(nlp, polnear, gold, args.cache)
        term_splits = [{k for k in held if k < len(polnear)} for held in splits]
        term_models = [
            (held, fit_terms([r for r in term_rows if r[0] not in held], args.c, args.seed))
            for held in term_splits
        ]
        term_threshold = choose_term_threshold(term_rows, term_models)
        tallies = [0, 0, 0]
        for held, weights in models:
            m = ranker.Model(weights, thresholds)
            for row in decisions((e for e in examples if e.doc in held), m):
                for i, ok in enumerate(row):
                    tallies[i] += ok
        n = len(examples)
        print(f"{args.cv}-fold CV over {n} quotes (fitted labels):")
        print(
            f"  right: sieve {tallies[0] / n:.3f}, ranker alone {tallies[1] / n:.3f}, "
            f"combined {tallies[2] / n:.3f}"
        )
        preds = []
        held_gold = []
        for (held, weights), (_, term_weights) in zip(models, term_models, strict=True):
            ranker.use(ranker.Model(weights, thresholds))
            terms.use(terms.TermModel(term_weights, term_threshold))
            docs = [d for i, d in enumerate(polnear) if i in held]
            pairs = _parsed_sets(nlp, [polnear], args.cache, {d.id for d in docs})
            preds += [
                r.to_prediction() for _, r in results_from_docs(nlp, pairs, on_warning=_quiet)
            ]
            held_gold += [{"doc_id": d.id, "quotes": gold.get(d.id, [])} for d in docs]
        terms.use(terms.load())
        report = score_documents(held_gold, preds)
        s = report.speaker
        a = s.attribution
        print(
            f"  engine on held-out PolNeAR train folds (by mention): span F1 "
            f"{report.span_prf[2]:.3f}, speaker accuracy {s.accuracy:.3f} ({s.correct}/"
            f"{s.matched}), attribution P/R/F1 {a.precision:.3f} / {a.recall:.3f} / {a.f1:.3f}, "
            f"≥ 0.9 right {s.high_confidence.value}"
        )
    if args.write is not None:
        weights = fit(examples, args.c, args.seed)
        named = ", ".join(p.name for p in args.names)
        model = ranker.Model(
            weights,
            about=(
                "Pairwise logistic regression over candidate speaker mentions, trained by "
                f"benchmarks/train_ranker.py on {args.data.parent.name}/{args.data.name} "
                f"by mention and on {named or 'no resolved set'} by {args.labels} (weight "
                f"{args.name_weight}; C={args.c}, seed {args.seed}); read by "
                "quotetui/engine/ranker.py."
            ),
            thresholds=thresholds,
        )
        ranker.save(model, args.write)
        print(f"wrote {args.write} ({len(weights)} weights)", file=sys.stderr)
        ranker.use(model)
        term_rows = collect_terms(nlp, polnear, gold, args.cache)
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
