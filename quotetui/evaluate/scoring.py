"""Scoring documents: each gold document's quotes matched and judged, then the tallies frozen
into a :class:`~quotetui.evaluate.report.Report`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from quotetui.evaluate.matching import match_quotes, spans_match
from quotetui.evaluate.occasions import _score_occasion
from quotetui.evaluate.pairs import _identity
from quotetui.evaluate.reading import _records, parse_gold, parse_predictions
from quotetui.evaluate.records import GoldDocument, PredDocument, PredQuote
from quotetui.evaluate.report import Miss, MissKind, OccasionScore, Ratio, Report, Scoring
from quotetui.evaluate.speakers import right_by_mention, speaker_judge
from quotetui.evaluate.tally import _band_index, _Tally
from quotetui.model import OccasionType


def _score_document(tally: _Tally, gold_doc: GoldDocument, pred_all: Sequence[PredQuote]) -> None:
    doc_id = gold_doc.doc_id
    tally.documents += 1
    resolved = gold_doc.resolved
    gold = [q for q in gold_doc.quotes if not q.is_term]
    # On resolved gold the engine's "term" is an answer about the speaker (nobody), so it
    # takes part in the matching; on plain gold it keeps today's meaning: no quote at all.
    candidates = list(pred_all) if resolved else [p for p in pred_all if not p.is_term]
    pairs = match_quotes(gold, candidates)
    matched_p = {pi: gi for gi, pi in pairs}
    counted = [
        pi for pi, p in enumerate(candidates) if not p.is_term or pi in matched_p
    ]  # a term that matches no spoken quote is rightly not a quote
    tally.gold_quotes += len(gold)
    tally.pred_quotes += len(counted)
    tally.resolved_quotes += sum(1 for q in gold if q.has_canonical)

    verdicts: dict[int, tuple[bool, bool]] = {}  # pred index → (right, right by mention)
    for gi, pi in pairs:
        g, p = gold[gi], candidates[pi]
        tally.matched += 1
        tally.gold_mentions += g.has_mention
        tally.matched_as_term += p.is_term
        right = speaker_judge(g)(g, p)
        verdicts[pi] = right, right_by_mention(g, p) if g.has_canonical else right
        if not right:
            tally.misses.append(Miss(doc_id, MissKind.WRONG_SPEAKER, g, p))
        if g.occasion_date:
            tally.date_total += 1
            if p.occasion_date == g.occasion_date:
                tally.date_right += 1
            else:
                tally.misses.append(Miss(doc_id, MissKind.WRONG_DATE, g, p))
        if g.has_structured_occasion:
            _score_occasion(tally, g, p)
        if g.has_entity and g.speaker_entity is not None:
            tally.has_entities = True
            tally.identities.append((doc_id, g.speaker_entity, p.speaker_id))

    for pi in counted:
        p = candidates[pi]
        verdict = verdicts.get(pi)
        if verdict is None:
            tally.misses.append(Miss(doc_id, MissKind.EXTRA_SPAN, None, p))
        band = _band_index(p.confidence)
        rights = verdict or (False, False)
        for speaker_tally, right in zip((tally.name, tally.mention), rights, strict=True):
            speaker_tally.band_total[band] += 1
            speaker_tally.band_right[band] += right
            if verdict is not None:
                speaker_tally.matched += 1
                speaker_tally.correct += right
    matched_g = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            tally.misses.append(Miss(doc_id, MissKind.MISSED_SPAN, g, None))
    for term in (q for q in gold_doc.quotes if q.is_term):
        tally.terms_total += 1
        attributed = any(spans_match(term, p) and not p.is_term and p.speaker for p in pred_all)
        if attributed:
            tally.misses.append(Miss(doc_id, MissKind.TERM_ATTRIBUTED, term, None))
        else:
            tally.terms_unattributed += 1


def _freeze(tally: _Tally, problems: Sequence[str]) -> Report:
    n_pred, n_gold = tally.pred_quotes, tally.gold_quotes
    by_mention = None
    if tally.resolved_quotes and tally.gold_mentions:
        by_mention = tally.mention.freeze(n_pred, n_gold)
    if not tally.resolved_quotes:
        tally.name.scoring = Scoring.PLAIN
    headline = tally.name.freeze(n_pred, n_gold)
    occasion = None
    if tally.structured:
        types = [t.value for t in OccasionType]
        types += sorted(t for t in tally.type_total if t not in types)
        occasion = OccasionScore(
            type_accuracy=Ratio(sum(tally.type_right.values()), sum(tally.type_total.values())),
            by_type=tuple(
                (t, Ratio(tally.type_right[t], tally.type_total[t]))
                for t in types
                if tally.type_total[t]
            ),
            undated_given_date=Ratio(tally.undated_dated, tally.undated),
            place_recall=Ratio(tally.place_found, tally.place),
            occasion_recall=Ratio(tally.occasions_found, tally.occasions),
        )
    return Report(
        documents=tally.documents,
        gold_quotes=n_gold,
        pred_quotes=n_pred,
        matched=tally.matched,
        resolved_quotes=tally.resolved_quotes,
        gold_mentions=tally.gold_mentions,
        matched_as_term=tally.matched_as_term,
        speaker=headline,
        speaker_by_mention=by_mention,
        date_accuracy_ratio=Ratio(tally.date_right, tally.date_total),
        terms=Ratio(tally.terms_unattributed, tally.terms_total),
        occasion=occasion,
        identity=_identity(tally.identities) if tally.has_entities else None,
        misses=tuple(tally.misses),
        problems=tuple(problems),
    )


def score_parsed(
    gold_docs: Iterable[GoldDocument],
    pred_docs: Iterable[PredDocument],
    problems: Sequence[str] = (),
) -> Report:
    """Score typed documents; a gold document missing from the predictions counts as empty."""
    preds = {d.doc_id: d.quotes for d in pred_docs}
    tally = _Tally()
    for gold_doc in gold_docs:
        _score_document(tally, gold_doc, preds.get(gold_doc.doc_id, ()))
    return _freeze(tally, problems)


def score_documents(
    gold_docs: Iterable[Mapping[str, Any]], pred_docs: Iterable[Mapping[str, Any]]
) -> Report:
    """Score JSON gold and prediction objects; a gold document missing from the predictions
    counts as empty. Malformed records are left out and listed in ``Report.problems``."""
    problems: list[str] = []
    gold = parse_gold(((f"gold document {n}", d) for n, d in enumerate(gold_docs, 1)), problems)
    pred = parse_predictions(
        ((f"prediction document {n}", d) for n, d in enumerate(pred_docs, 1)), problems
    )
    return score_parsed(gold, pred, problems)


def score(gold_path: str | Path, pred_path: str | Path) -> Report:
    """Score two JSONL files. A line or quote that cannot be read is left out and named in
    ``Report.problems``; an unreadable file raises OSError."""
    problems: list[str] = []
    gold = parse_gold(_records(gold_path, problems), problems)
    pred = parse_predictions(_records(pred_path, problems), problems)
    return score_parsed(gold, pred, problems)
