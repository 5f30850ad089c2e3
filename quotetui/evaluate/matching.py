"""Which predicted quote is which gold quote: spans overlapping by at least half of each one's
length, one-to-one, greedy by overlap."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quotetui.evaluate.records import QuoteSpan


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _bounds(quote: QuoteSpan | Mapping[str, Any]) -> tuple[int, int]:
    if isinstance(quote, Mapping):
        return int(quote["start"]), int(quote["end"])
    return quote.start, quote.end


def spans_match(a: QuoteSpan | Mapping[str, Any], b: QuoteSpan | Mapping[str, Any]) -> bool:
    (a_start, a_end), (b_start, b_end) = _bounds(a), _bounds(b)
    ov = _overlap(a_start, a_end, b_start, b_end)
    return ov > 0 and ov * 2 >= a_end - a_start and ov * 2 >= b_end - b_start


def match_quotes(
    gold: Sequence[QuoteSpan | Mapping[str, Any]], pred: Sequence[QuoteSpan | Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching, largest overlap first; returns (gold index, pred index)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if spans_match(g, p):
                (gs, ge), (ps, pe) = _bounds(g), _bounds(p)
                candidates.append((-_overlap(gs, ge, ps, pe), gi, pi))
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
