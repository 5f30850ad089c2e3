"""Scoring predictions against gold, as FORMATS.md describes.

A predicted quote matches a gold quote when their spans overlap by at least half of each one's
length (one-to-one, greedy by overlap). Spans are scored over non-``term`` quotes; the speaker is
right when the names agree (ignoring case, punctuation and titles) or when the predicted mention
overlaps the gold mention.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Honorifics never belong to a canonical name; role titles are dropped only before a name of
# two or more words, so "Ambassador Georgy Zinoviev" → "georgy zinoviev" but "Foreign Ministry"
# stays itself.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev".split())
TITLES = frozenset(
    """
    president vice prime minister chancellor premier governor gov sen senator rep representative
    congressman congresswoman mayor ambassador envoy secretary general gen col lt capt sgt adm
    judge justice chief spokesman spokeswoman spokesperson king queen prince princess pope
    sheikh chairman chairwoman chair ceo director commissioner deputy foreign first
    """.split()
)

CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0001))


def normalise_name(name: str | None) -> str:
    """Casefolded name without punctuation, articles or leading titles."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    words = re.findall(r"\w+", text)
    while words:
        head = words[0].casefold()
        is_title = head in TITLES and len(words) > 2 and words[1][:1].isupper()
        if head in HONORIFICS or head in {"the", "a", "an"} or is_title:
            words.pop(0)
        else:
            break
    return " ".join(w.casefold() for w in words)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def spans_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ov = _overlap(a["start"], a["end"], b["start"], b["end"])
    return ov * 2 >= (a["end"] - a["start"]) and ov * 2 >= (b["end"] - b["start"]) and ov > 0


def match_quotes(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching, largest overlap first; returns (gold index, pred index)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if spans_match(g, p):
                candidates.append((-_overlap(g["start"], g["end"], p["start"], p["end"]), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def speaker_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    names = {normalise_name(gold.get("speaker"))}
    names.update(normalise_name(a) for a in gold.get("speaker_aliases") or [])
    names.discard("")
    if normalise_name(pred.get("speaker")) in names:
        return True
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    ps, pe = pred.get("speaker_start"), pred.get("speaker_end")
    if None not in (gs, ge, ps, pe):
        return _overlap(gs, ge, ps, pe) > 0
    return False


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    documents: int = 0
    gold_quotes: int = 0
    pred_quotes: int = 0
    matched: int = 0
    speaker_correct: int = 0
    date_total: int = 0
    date_correct: int = 0
    terms_total: int = 0
    terms_unattributed: int = 0
    bands: dict[str, list[int]] = field(default_factory=dict)  # band -> [right, total]
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def span_prf(self) -> tuple[float, float, float]:
        return _prf(self.matched, self.pred_quotes, self.gold_quotes)

    @property
    def attribution_prf(self) -> tuple[float, float, float]:
        return _prf(self.speaker_correct, self.pred_quotes, self.gold_quotes)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched if self.matched else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.date_total if self.date_total else 0.0

    @property
    def term_unattributed_share(self) -> float:
        return self.terms_unattributed / self.terms_total if self.terms_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        sp, sr, sf = self.span_prf
        ap, ar, af = self.attribution_prf
        return {
            "documents": self.documents,
            "gold_quotes": self.gold_quotes,
            "pred_quotes": self.pred_quotes,
            "span": {"precision": sp, "recall": sr, "f1": sf},
            "speaker_accuracy": self.speaker_accuracy,
            "attribution": {"precision": ap, "recall": ar, "f1": af},
            "occasion_date_accuracy": self.date_accuracy,
            "occasion_dates": self.date_total,
            "terms": self.terms_total,
            "terms_unattributed": self.term_unattributed_share,
            "confidence_bands": {
                band: {"right": r, "total": t, "accuracy": (r / t if t else None)}
                for band, (r, t) in self.bands.items()
            },
        }


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or "doc_id" not in record:
                raise ValueError(f"{path}:{lineno}: expected an object with a doc_id")
            yield record


def _band(confidence: float | None) -> str:
    c = 0.0 if confidence is None else float(confidence)
    for low, high in CONFIDENCE_BANDS:
        if low <= c < high:
            return f"{low:.1f}–{min(high, 1.0):.1f}"
    return f"{CONFIDENCE_BANDS[0][0]:.1f}–{CONFIDENCE_BANDS[0][1]:.1f}"


def score_documents(
    gold_docs: Iterable[dict[str, Any]], pred_docs: Iterable[dict[str, Any]]
) -> Report:
    """Score predictions against gold; documents missing from the predictions count as empty."""
    preds = {d["doc_id"]: d.get("quotes") or [] for d in pred_docs}
    report = Report()
    report.bands = {_band(low): [0, 0] for low, _ in CONFIDENCE_BANDS}
    for gold_doc in gold_docs:
        doc_id = gold_doc["doc_id"]
        report.documents += 1
        gold_all = gold_doc.get("quotes") or []
        pred_all = preds.get(doc_id, [])
        gold = [q for q in gold_all if q.get("kind") != "term"]
        pred = [q for q in pred_all if q.get("kind") != "term"]
        report.gold_quotes += len(gold)
        report.pred_quotes += len(pred)
        pairs = match_quotes(gold, pred)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi: gi for gi, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            report.matched += 1
            right = speaker_right(g, p)
            if right:
                report.speaker_correct += 1
            else:
                report.misses.append(_miss(doc_id, "wrong speaker", g, p))
            if g.get("occasion_date"):
                report.date_total += 1
                if p.get("occasion_date") == g["occasion_date"]:
                    report.date_correct += 1
                else:
                    report.misses.append(_miss(doc_id, "wrong date", g, p))
        for pi, p in enumerate(pred):
            band = report.bands[_band(p.get("confidence"))]
            band[1] += 1
            gi = matched_p.get(pi)
            if gi is not None and speaker_right(gold[gi], p):
                band[0] += 1
            if gi is None:
                report.misses.append(_miss(doc_id, "extra span", None, p))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                report.misses.append(_miss(doc_id, "missed span", g, None))
        for term in (q for q in gold_all if q.get("kind") == "term"):
            report.terms_total += 1
            attributed = any(
                spans_match(term, p) and p.get("kind") != "term" and p.get("speaker")
                for p in pred_all
            )
            if not attributed:
                report.terms_unattributed += 1
            else:
                report.misses.append(_miss(doc_id, "term attributed", term, None))
    return report


def _miss(
    doc_id: str, what: str, gold: dict[str, Any] | None, pred: dict[str, Any] | None
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "what": what,
        "gold": None
        if gold is None
        else {k: gold.get(k) for k in ("start", "end", "text", "speaker", "occasion_date")},
        "pred": None
        if pred is None
        else {
            k: pred.get(k)
            for k in (
                "start",
                "end",
                "text",
                "speaker",
                "speaker_mention",
                "occasion_date",
                "confidence",
                "method",
            )
        },
    }


def score(gold_path: str | Path, pred_path: str | Path) -> Report:
    return score_documents(read_jsonl(gold_path), read_jsonl(pred_path))


def _short(text: str | None, width: int = 70) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report: Report, max_misses: int = 50) -> str:
    sp, sr, sf = report.span_prf
    ap, ar, af = report.attribution_prf
    lines = [
        f"documents            {report.documents}",
        f"gold quotes          {report.gold_quotes} (non-term)",
        f"predicted quotes     {report.pred_quotes} (non-term)",
        f"span                 P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        f"speaker accuracy     {report.speaker_accuracy:.3f}  "
        f"({report.speaker_correct}/{report.matched} matched)",
        f"attribution          P {ap:.3f}  R {ar:.3f}  F1 {af:.3f}",
        f"occasion-date acc.   {report.date_accuracy:.3f}  "
        f"({report.date_correct}/{report.date_total} with a gold date)",
        f"terms unattributed   {report.term_unattributed_share:.3f}  "
        f"({report.terms_unattributed}/{report.terms_total})",
        "",
        "accuracy by confidence (predicted quotes whose span and speaker are right)",
    ]
    for band, (right, total) in report.bands.items():
        acc = f"{right / total:.3f}" if total else "  –  "
        lines.append(f"  {band:<9}  {acc}  ({right}/{total})")
    if report.misses:
        shown = report.misses[:max_misses]
        lines += ["", f"misses ({len(report.misses)}, first {len(shown)})"]
        for m in shown:
            g, p = m["gold"], m["pred"]
            where = (g or p)["start"]
            lines.append(f"  {m['doc_id']}@{where} {m['what']}: {_short((g or p)['text'])}")
            if g and m["what"] != "missed span":
                lines.append(f"      gold: {g['speaker']!s}  {g.get('occasion_date') or ''}")
            if p:
                lines.append(
                    f"      pred: {p['speaker']!s} ({_short(p.get('speaker_mention'), 30)}; "
                    f"{p.get('method')}, {p.get('confidence')})  {p.get('occasion_date') or ''}"
                )
    return "\n".join(lines)
