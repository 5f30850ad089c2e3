"""Each corpus speaker's id, stable whatever order the articles come in: the id an analyst's
speaker or decision gave it, else a slug of its name."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from quotetui.identity.clusters import _Clusters
from quotetui.identity.decisions import _holder
from quotetui.identity.members import _Member
from quotetui.identity.records import Decision, DecisionKind, MemberKey
from quotetui.names import slugify


def _ids(
    drafts: Mapping[MemberKey, Mapping[str, object]],
    groups: Mapping[MemberKey, list[MemberKey]],
    by_key: Mapping[MemberKey, _Member],
    analyst_of: Mapping[MemberKey, str],
    decisions: Sequence[Decision],
    clusters: _Clusters,
    analyst_keys: Mapping[str, MemberKey],
    reserved: set[str],
) -> dict[MemberKey, str]:
    """Each speaker's id: the one an analyst's speaker or decision gave it, else a slug of
    its name (a described speaker's with its article's mark when the slug is shared)."""
    ids: dict[MemberKey, str] = {}
    used: set[str] = set(reserved)
    claims: list[tuple[MemberKey, str]] = []
    for root, keys in groups.items():
        for k in keys:
            if k in analyst_of:
                claims.append((root, analyst_of[k]))
    for d in reversed(decisions):
        if d.kind is DecisionKind.MERGE:
            holder = _holder(
                [*d.members, *d.other_members], d.speaker_id, clusters, by_key, analyst_keys
            )
            if holder is not None:
                claims.append((holder, d.speaker_id))
        elif d.kind in (DecisionKind.RENAME, DecisionKind.KIND):
            holder = _holder(d.members, d.speaker_id, clusters, by_key, analyst_keys)
            if holder is not None:
                claims.append((holder, d.speaker_id))
        elif d.kind is DecisionKind.SPLIT and d.other_id:
            holder = _holder(d.other_members, d.other_id, clusters, by_key, analyst_keys)
            if holder is not None:
                claims.append((holder, d.other_id))
    for root, sid in claims:
        if root in drafts and root not in ids and sid not in used:
            ids[root] = sid
            used.add(sid)
    # Slugs: by slug, the speaker with more articles first.
    wanted: dict[str, list[MemberKey]] = defaultdict(list)
    for root, draft in drafts.items():
        if root not in ids:
            wanted[slugify(str(draft["name"]))].append(root)
    for slug in sorted(wanted):
        roots = sorted(
            wanted[slug],
            key=lambda r: (-len({k[0] for k in groups[r]}), groups[r][0]),
        )
        alone = [r for r in roots if all(by_key[k].alone for k in groups[r] if k in by_key)]
        for n, root in enumerate(roots):
            if len(roots) > 1 and root in alone:
                mark = hashlib.sha1(groups[root][0][0].encode()).hexdigest()[:6]
                candidate = f"{slug}-{mark}"
            else:
                candidate = slug if n == 0 else f"{slug}-{n + 1}"
            suffix = 2
            base = candidate
            while candidate in used:
                candidate = f"{base}-{suffix}"
                suffix += 1
            ids[root] = candidate
            used.add(candidate)
    return ids
