"""The standard accuracy table every engine note reports.

    python benchmarks/engine_eval.py [--shared DIR] [--model NAME] [--save DIR]
    python benchmarks/engine_eval.py --preds DIR      # score saved predictions, no engine run
    python benchmarks/engine_eval.py --cache /tmp/quotetui-cache --sets resolved-train --brief

Loads the pipeline once and runs the engine once over each set — the hand-resolved
``resolved-dev`` articles, PolNeAR dev (all 84 articles), the bundled ``corpus/`` and the
hand-resolved ``resolved-train`` articles (``benchmarks/data/resolved-train``, PolNeAR train
articles: development data, not a held-out measure) — then
prints one Markdown table per set with ``quotetui eval``'s scorer: span, speaker and attribution
by canonical name and, beside them, by mention overlap (PolNeAR's credit), accuracy at
confidence ≥ 0.9 and by band, the occasion metrics and speaker identity over pairs of quotes.
A cell is "–" where the set's gold cannot say it (PolNeAR's gold names mentions, not people; the
bundled gold gives no mention spans). Definitions: ``docs/FORMATS.md``, "Scoring".

``--shared`` is the shared data folder (``data/resolved-dev``, ``data/polnear/dev``,
``gold/seeds.gold.jsonl``); by default ``../shared`` beside the repository. ``--save DIR``
writes each set's predictions as ``DIR/<name>.preds.jsonl``; ``--preds DIR`` reads files of
those names instead of running the engine. ``--sets`` picks sets by name (comma-separated;
``polnear-train``, ``resolved-train2``, ``resolved-train3``, ``genres``, ``genres2``,
``genres4``, ``genres5`` known too); ``--cache DIR`` keeps the parsed Docs there
(``benchmarks/parse_cache.py``) so that a second run only re-runs the engine; ``--brief``
prints one line per set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotetui.corpus import read_documents
from quotetui.engine import attribute_documents, load_pipeline
from quotetui.evaluate import Ratio, Report, SpeakerScore, read_jsonl, score_documents

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class EvalSet:
    name: str
    docs: Path  # a docs.jsonl file or a folder of articles
    gold: Path
    preds_file: str  # name under --preds / --save


def eval_sets(shared: Path) -> tuple[EvalSet, ...]:
    seeds = shared / "gold" / "seeds.gold.jsonl"
    train = REPO / "benchmarks/data/resolved-train"
    return (
        EvalSet(
            "resolved-dev",
            shared / "data/resolved-dev/docs.jsonl",
            shared / "data/resolved-dev/gold.jsonl",
            "resolved-dev.preds.jsonl",
        ),
        EvalSet(
            "PolNeAR dev",
            shared / "data/polnear/dev/docs.jsonl",
            shared / "data/polnear/dev/gold.jsonl",
            "polnear_dev.preds.jsonl",
        ),
        EvalSet(
            "bundled corpus",
            REPO / "corpus",
            seeds if seeds.exists() else REPO / "tests/data/seeds.gold.jsonl",
            "corpus.preds.jsonl",
        ),
        EvalSet(
            "resolved-train",
            train / "docs.jsonl",
            train / "gold.jsonl",
            "resolved-train.preds.jsonl",
        ),
    )


EXTRA_SETS = {
    "polnear-train": lambda shared: EvalSet(
        "PolNeAR train",
        shared / "data/polnear/train/docs.jsonl",
        shared / "data/polnear/train/gold.jsonl",
        "polnear_train.preds.jsonl",
    ),
    # Development sets annotated for quotetui (benchmarks/data/*/README.md); genres3 is a
    # check set and is deliberately not listed.
    **{
        name: (
            lambda shared, name=name: EvalSet(
                name,
                REPO / "benchmarks/data" / name / "docs.jsonl",
                REPO / "benchmarks/data" / name / "gold.jsonl",
                f"{name}.preds.jsonl",
            )
        )
        for name in (
            "resolved-train2",
            "resolved-train3",
            "genres",
            "genres2",
            "genres4",
            "genres5",
        )
    },
}


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


# --------------------------------------------------------------------------- the table


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _ratio(ratio: Ratio | None) -> str:
    if ratio is None or not ratio.total:
        return "–"
    return f"{_num(ratio.value)} ({ratio.right}/{ratio.total})"


def _columns(report: Report) -> tuple[SpeakerScore | None, SpeakerScore | None]:
    """(by name, by mention) as far as the gold can say them."""
    if report.resolved_quotes:
        return report.speaker, report.speaker_by_mention
    if report.gold_mentions:  # plain gold naming the mention as written (PolNeAR)
        return None, report.speaker
    return report.speaker, None  # plain gold naming the speaker, no mention spans


def _band_cell(i: int) -> Callable[[SpeakerScore], str]:
    def cell(s: SpeakerScore) -> str:
        band = s.bands[i]
        return _ratio(Ratio(band.right, band.total))

    return cell


def table(name: str, report: Report) -> str:
    by_name, by_mention = _columns(report)
    sp, sr, sf = report.span_prf

    def both(cell: Callable[[SpeakerScore], str]) -> list[str]:
        return [cell(s) if s is not None else "–" for s in (by_name, by_mention)]

    def prf(s: SpeakerScore) -> str:
        a = s.attribution
        return f"{a.precision:.3f} / {a.recall:.3f} / {a.f1:.3f}"

    rows: list[list[str]] = [
        ["span P / R / F1", f"{sp:.3f} / {sr:.3f} / {sf:.3f}", "(same)"],
        ["speaker accuracy", *both(lambda s: f"{s.accuracy:.3f} ({s.correct}/{s.matched})")],
        ["attribution P / R / F1", *both(prf)],
        ["confidence ≥ 0.9 right", *both(lambda s: _ratio(s.high_confidence))],
    ]
    for i, band in enumerate(report.speaker.bands):
        rows.append([f"  confidence {band.label}", *both(_band_cell(i))])
    occ = report.occasion
    ident = report.identity
    rows += [
        ["occasion date right", _ratio(report.date_accuracy_ratio), ""],
        [
            "undated gold given a date (lower is better)",
            _ratio(occ.undated_given_date if occ else None),
            "",
        ],
        ["occasion type right", _ratio(occ.type_accuracy if occ else None), ""],
        ["place recall", _ratio(occ.place_recall if occ else None), ""],
        ["occasion recall", _ratio(occ.occasion_recall if occ else None), ""],
    ]
    if occ is not None:
        for type_name, ratio in occ.by_type:
            rows.append([f"  type {type_name}", _ratio(ratio), ""])
    for label, agreement in (
        ("pair identity P / R", ident and ident.all_pairs),
        ("  across articles P / R", ident and ident.cross_article),
    ):
        cell = "–" if not agreement else f"{_num(agreement.precision)} / {_num(agreement.recall)}"
        rows.append([label, cell, ""])
    rows.append(["terms unattributed", _ratio(report.terms), ""])

    head = (
        f"### {name}: {report.documents} documents, {report.gold_quotes} gold quotes"
        f"{' (resolved)' if report.resolved_quotes else ''}, {report.pred_quotes} predicted, "
        f"{report.matched} matched"
    )
    lines = [head, "", "| metric | by name | by mention |", "|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    lines.append("\nRows from *occasion date right* on do not depend on how the speaker is scored.")
    if report.matched_as_term:
        lines.append(
            f"\n{report.matched_as_term} matched quotes were predicted as terms (speaker wrong)."
        )
    if report.problems:
        lines.append(f"\n{len(report.problems)} problems: " + "; ".join(report.problems[:5]))
    return "\n".join(lines)


# --------------------------------------------------------------------------- running


def predictions(nlp: Any, docs: Path, cache: Path | None = None) -> list[dict[str, Any]]:
    """What ``quotetui extract`` writes for DOCS: the engine's results with the corpus-wide
    speaker ids identity gives them (the pair-identity scores depend on those ids)."""
    from quotetui import identity

    if cache is None:
        results = [r for _, r in attribute_documents(nlp, read_documents([docs]))]
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from parse_cache import parsed

        from quotetui.engine.pipeline import results_from_docs

        pairs = parsed(nlp, read_documents([docs]), cache)
        quiet = lambda message: None  # noqa: E731 - unclosed marks are not news in a benchmark
        results = [r for _, r in results_from_docs(nlp, pairs, on_warning=quiet)]
    return [r.to_prediction() for r in identity.apply(results)]


def brief(name: str, report: Report) -> str:
    """One line: speaker accuracy, attribution F1 and confidence ≥ 0.9 right, by name and by
    mention where the gold says them."""
    by_name, by_mention = _columns(report)
    parts = [f"{name:15}", f"span F1 {report.span_prf[2]:.3f}"]
    for label, s in (("name", by_name), ("mention", by_mention)):
        if s is not None:
            hc = s.high_confidence
            parts.append(
                f"{label}: acc {s.accuracy:.3f} ({s.correct}/{s.matched}) F1 "
                f"{s.attribution.f1:.3f} ≥.9 {_num(hc.value)} ({hc.right}/{hc.total})"
            )
    return " | ".join(parts)


SUMMARY_HEAD = (
    "| set | quotes | span F1 | speaker by name | attribution F1 | ≥ 0.9 right | by mention F1 "
    "| type | date | undated given a date | place | occasion | pairs P / R | across P / R |"
)


def summary_row(name: str, report: Report) -> str:
    """One row of the summary table: the figures the issues' bars are set in."""
    by_name, by_mention = _columns(report)
    occ = report.occasion
    ident = report.identity

    def value(ratio: Ratio | None) -> str:
        return "–" if ratio is None or not ratio.total else _num(ratio.value)

    def pair(agreement: Any) -> str:
        if not agreement:
            return "–"
        return f"{_num(agreement.precision)} / {_num(agreement.recall)}"

    cells = [
        name,
        str(report.gold_quotes),
        _num(report.span_prf[2]),
        _num(by_name.accuracy) if by_name else "–",
        _num(by_name.attribution.f1) if by_name else "–",
        _ratio(by_name.high_confidence) if by_name else "–",
        _num(by_mention.attribution.f1) if by_mention else "–",
        value(occ.type_accuracy if occ else None),
        value(report.date_accuracy_ratio),
        value(occ.undated_given_date if occ else None),
        value(occ.place_recall if occ else None),
        value(occ.occasion_recall if occ else None),
        pair(ident and ident.all_pairs),
        pair(ident and ident.cross_article),
    ]
    return f"| {' | '.join(cells)} |"


def summary(rows: Sequence[str], command: str) -> str:
    lines = [
        "# Engine accuracy by set",
        "",
        f'Written by `{command}`; definitions in docs/FORMATS.md, "Scoring". '
        "Speaker by name and its F1 only where the gold resolves speakers; by mention only where "
        "it gives mention spans.",
        "",
        SUMMARY_HEAD,
        "|" + "---|" * (SUMMARY_HEAD.count("|") - 1),
    ]
    return "\n".join([*lines, *rows]) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", metavar="DIR")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the engine's)")
    parser.add_argument("--preds", type=Path, metavar="DIR", help="score saved predictions")
    parser.add_argument("--save", type=Path, metavar="DIR", help="write the predictions here")
    parser.add_argument("--sets", help="comma-separated set names (default: all four)")
    parser.add_argument("--cache", type=Path, metavar="DIR", help="cache parsed Docs here")
    parser.add_argument("--brief", action="store_true", help="one line per set")
    parser.add_argument(
        "--summary", type=Path, metavar="FILE", help="also write one markdown table of all sets"
    )
    args = parser.parse_args(argv)

    candidates = list(eval_sets(args.shared))
    if args.sets:
        wanted = [w.strip() for w in args.sets.split(",") if w.strip()]
        known = {_slug(s.name): s for s in candidates}
        known.update({k: f(args.shared) for k, f in EXTRA_SETS.items()})
        unknown = [w for w in wanted if w not in known]
        if unknown:
            parser.error(f"unknown set {unknown[0]!r}; known: {', '.join(sorted(known))}")
        candidates = [known[w] for w in wanted]
    sets = []
    for s in candidates:
        needed = [s.gold] + ([args.preds / s.preds_file] if args.preds else [s.docs])
        missing = [p for p in needed if not p.exists()]
        if missing:
            print(f"skipped {s.name}: no {missing[0]} (pass --shared DIR)", file=sys.stderr)
        else:
            sets.append(s)
    if not sets:
        print(
            f"nothing to score: no shared data at {args.shared}; pass --shared DIR", file=sys.stderr
        )
        return 1

    nlp = None if args.preds else load_pipeline(args.model)
    rows = []
    for s in sets:
        if args.preds:
            preds = list(read_jsonl(args.preds / s.preds_file))
        else:
            preds = predictions(nlp, s.docs, args.cache)
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                with open(args.save / s.preds_file, "w", encoding="utf-8") as out:
                    out.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
        report = score_documents(read_jsonl(s.gold), preds)
        print(
            brief(s.name, report) if args.brief else table(s.name, report),
            end="\n" if args.brief else "\n\n",
        )
        rows.append(summary_row(s.name, report))
    if args.summary:
        names = ",".join(_slug(s.name) for s in sets)
        command = f"python benchmarks/engine_eval.py --sets {names} --summary {args.summary}"
        args.summary.write_text(summary(rows, command), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
