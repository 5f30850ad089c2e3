"""Speaker identity over pairs of quotes: do two quotes the gold gives one speaker get one
predicted speaker, and two different ones two, in an article and across articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from quotetui.evaluate.report import IdentityScore, PairAgreement


def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def _agreement(items: Sequence[tuple[str, str, str | None]]) -> PairAgreement:
    """Pair counts without listing the pairs: C(n, 2) per group. An unknown predicted id is
    never "the same" as another."""
    same_gold = _pairs(Counter(e for _, e, _ in items).values())
    known = [(e, s) for _, e, s in items if s is not None]
    same_pred = _pairs(Counter(s for _, s in known).values())
    same_both = _pairs(Counter(known).values())
    return PairAgreement(same_both, same_pred, same_gold)


def _identity(items: Sequence[tuple[str, str, str | None]]) -> IdentityScore:
    overall = _agreement(items)
    by_doc: dict[str, list[tuple[str, str, str | None]]] = {}
    for item in items:
        by_doc.setdefault(item[0], []).append(item)
    within = [_agreement(group) for group in by_doc.values()]
    cross = PairAgreement(
        overall.same_both - sum(w.same_both for w in within),
        overall.same_predicted - sum(w.same_predicted for w in within),
        overall.same_gold - sum(w.same_gold for w in within),
    )
    return IdentityScore(len(items), overall, cross)
