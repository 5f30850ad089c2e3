"""Which forming speaker an analyst's decision is about now (its members may have moved), and
whether a decision kept two corpus speakers apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from quotetui.identity.clusters import _Clusters
from quotetui.identity.members import _Member
from quotetui.identity.records import Decision, DecisionKind, MemberKey


def _kept_apart_ids(
    pair: tuple[str, str], decisions: Sequence[Decision], assignment: Mapping[MemberKey, str]
) -> bool:
    for d in decisions:
        if d.kind is not DecisionKind.DIFFERENT:
            continue
        a = {assignment.get(k) for k in d.members} | {d.speaker_id}
        b = {assignment.get(k) for k in d.other_members} | {d.other_id}
        if (pair[0] in a and pair[1] in b) or (pair[1] in a and pair[0] in b):
            return True
    return False


def _holder(
    keys: Sequence[MemberKey],
    speaker_id: str,
    clusters: _Clusters,
    by_key: Mapping[MemberKey, _Member],
    analyst_keys: Mapping[str, MemberKey],
) -> MemberKey | None:
    """The forming speaker holding most of ``keys`` (a decision's speaker now)."""
    roots = Counter(clusters.find(k) for k in keys if k in by_key)
    if not roots and speaker_id in analyst_keys:
        return clusters.find(analyst_keys[speaker_id])
    if not roots:
        return None
    return min(roots, key=lambda r: (-roots[r], r))
