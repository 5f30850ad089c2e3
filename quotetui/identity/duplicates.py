"""Organisations that may be one speaker without any rule joining them, for an analyst to
decide."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from quotetui.identity.members import _Member
from quotetui.identity.records import PERSON, CorpusSpeaker, Duplicate, MemberKey


def _org_duplicates(
    speakers: Sequence[CorpusSpeaker], by_key: Mapping[MemberKey, _Member]
) -> dict[tuple[str, str], Duplicate]:
    """Organisations whose words mostly agree (one word more or less) without being one."""
    orgs: list[tuple[CorpusSpeaker, frozenset[str], str]] = []
    for s in speakers:
        if s.kind == PERSON or not s.members:
            continue
        ms = [by_key[k] for k in s.members if k in by_key]
        if not ms or any(m.alone for m in ms):
            continue
        parsed = [m.org for m in ms if m.org is not None]
        if not parsed or not parsed[0].words:
            continue
        orgs.append((s, parsed[0].words, parsed[0].country))
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, (_, words, _) in enumerate(orgs):
        for w in words:
            by_word[w].append(i)
    out: dict[tuple[str, str], Duplicate] = {}
    for i, (s, words, country) in enumerate(orgs):
        near = Counter(j for w in words for j in by_word[w] if j > i)
        for j, shared in near.items():
            t, other, other_country = orgs[j]
            if country and other_country and country != other_country:
                continue
            union = len(words | other)
            jaccard = shared / union
            if jaccard >= 0.5 and union - shared <= 2:
                pair = (min(s.id, t.id), max(s.id, t.id))
                out[pair] = Duplicate(pair[0], pair[1], round(0.4 + 0.4 * jaccard, 3),
                                      "similar organisation names",
                                      f"“{s.name}” / “{t.name}”: words "
                                      f"{', '.join(sorted(words & other))} in both")  # fmt: skip
    return out
