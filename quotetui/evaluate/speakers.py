"""Whether a matched quote's speaker is right: by canonical name on resolved gold, by name or
mention on plain gold, and by mention overlap beside it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from quotetui.evaluate.matching import _overlap
from quotetui.evaluate.name_agreement import names_agree, normalise_name
from quotetui.evaluate.records import GoldQuote, PredQuote, gold_quote, pred_quote


def _mention_overlaps(gold: GoldQuote, pred: PredQuote) -> bool:
    if gold.speaker_start is None or gold.speaker_end is None:
        return False
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    return _overlap(gold.speaker_start, gold.speaker_end, pred.speaker_start, pred.speaker_end) > 0


def right_by_name(gold: GoldQuote, pred: PredQuote) -> bool:
    """Resolved gold: the predicted name is the canonical name or an alias (contained words
    count); no credit for the mention."""
    return not pred.is_term and names_agree(pred.speaker, gold.names)


def right_plain(gold: GoldQuote, pred: PredQuote) -> bool:
    """Plain gold: the names are equal (ignoring case, punctuation and titles) or the
    predicted mention overlaps the gold mention."""
    names = {normalise_name(n) for n in gold.names} - {""}
    return normalise_name(pred.speaker) in names or _mention_overlaps(gold, pred)


def right_by_mention(gold: GoldQuote, pred: PredQuote) -> bool:
    """The mention-overlap figure on resolved gold: right by name, or the predicted mention
    overlaps the gold mention (PolNeAR's credit)."""
    return right_by_name(gold, pred) or (not pred.is_term and _mention_overlaps(gold, pred))


def speaker_judge(gold: GoldQuote) -> Callable[[GoldQuote, PredQuote], bool]:
    return right_by_name if gold.has_canonical else right_plain


def speaker_right(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether ``pred`` names the speaker of ``gold`` (both JSON objects) as the scorer counts
    it: by canonical name on resolved gold, by name or mention overlap on plain gold."""
    g, p = gold_quote(gold), pred_quote(pred)
    return speaker_judge(g)(g, p)
