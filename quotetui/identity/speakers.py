"""The corpus speakers out of the clusters: names, kinds and aliases, analysts' renames, kinds
and splits on top, ids, the possible duplicates and the names each article's speakers go by."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from quotetui.identity.clusters import _Clusters
from quotetui.identity.decisions import _holder, _kept_apart_ids
from quotetui.identity.duplicates import _org_duplicates
from quotetui.identity.ids import _ids
from quotetui.identity.members import _Member
from quotetui.identity.naming import (
    _cluster_aliases,
    _cluster_kind,
    _cluster_name,
    _drop_shared_surnames,
)
from quotetui.identity.records import (
    PERSON,
    AnalystSpeaker,
    CorpusSpeaker,
    Decision,
    DecisionKind,
    Duplicate,
    Identity,
    Join,
    MemberKey,
)
from quotetui.model import SpeakerKind
from quotetui.names import name_key


def _finish(
    members: list[_Member],
    by_key: dict[MemberKey, _Member],
    analysts: list[AnalystSpeaker],
    analyst_keys: dict[str, MemberKey],
    clusters: _Clusters,
    decisions: Sequence[Decision],
    duplicates: list[tuple[MemberKey, MemberKey, float, str, str]],
    reserved: set[str],
) -> Identity:
    analyst_of = {v: analysts_by_id for analysts_by_id, v in analyst_keys.items()}
    analyst_by_id = {s.id: s for s in analysts}
    groups = clusters.groups()
    joins_by_root: dict[MemberKey, list[Join]] = defaultdict(list)
    for join in clusters.joins:
        joins_by_root[clusters.find(join.a)].append(join)

    # Names, kinds and aliases from the members; analysts' renames and kinds on top.
    drafts: dict[MemberKey, dict[str, object]] = {}
    for root, keys in groups.items():
        ms = [by_key[k] for k in keys if k in by_key]
        mine = [analyst_by_id[analyst_of[k]] for k in keys if k in analyst_of]
        if not ms and not mine:
            continue
        drafts[root] = {
            "name": mine[0].name if mine else _cluster_name(ms),
            "kind": (mine[0].kind if mine and mine[0].kind else None) or _cluster_kind(ms),
            "aliases": _cluster_aliases(ms, mine),
            "members": [m.key for m in ms],
        }
    suppressed: dict[MemberKey, set[str]] = defaultdict(set)
    for d in decisions:
        if d.kind in (DecisionKind.RENAME, DecisionKind.KIND):
            holder = _holder(d.members, d.speaker_id, clusters, by_key, analyst_keys)
            if holder is None or holder not in drafts:
                continue
            if d.kind is DecisionKind.RENAME and d.name:
                drafts[holder]["name"] = d.name
            if d.kind is DecisionKind.KIND and d.speaker_kind:
                drafts[holder]["kind"] = d.speaker_kind
        elif d.kind is DecisionKind.SPLIT and d.name:
            staying = [k for k in d.members if k not in d.other_members]
            holder = _holder(staying, d.speaker_id, clusters, by_key, analyst_keys)
            if holder is not None:
                suppressed[holder].add(name_key(d.name))
            moved = _holder(d.other_members, d.other_id or "", clusters, by_key, analyst_keys)
            if moved is not None and moved in drafts:
                aliases = drafts[moved]["aliases"]
                assert isinstance(aliases, set)
                aliases.add(d.name)

    _drop_shared_surnames(drafts, by_key)
    ids = _ids(drafts, groups, by_key, analyst_of, decisions, clusters, analyst_keys, reserved)
    speakers = []
    assignment: dict[MemberKey, str] = {}
    for root in sorted(drafts, key=lambda r: ids[r]):
        draft = drafts[root]
        name = str(draft["name"])
        aliases = draft["aliases"]
        assert isinstance(aliases, set)
        shown = sorted(
            a for a in aliases if a != name and name_key(a) not in suppressed.get(root, set())
        )
        member_keys = draft["members"]
        assert isinstance(member_keys, list)
        kind = draft["kind"]
        assert kind is None or isinstance(kind, SpeakerKind)
        speakers.append(
            CorpusSpeaker(ids[root], name, kind, tuple(shown), tuple(member_keys),
                          tuple(joins_by_root.get(root, ())))
        )  # fmt: skip
        for k in member_keys:
            assignment[k] = ids[root]

    speakers_by_id = {s.id: s for s in speakers}
    pairs: dict[tuple[str, str], Duplicate] = {}
    for a, b, score, rule, evidence in duplicates:
        ia, ib = assignment.get(a) or ids.get(clusters.find(a)), ids.get(clusters.find(b))
        if ia is None or ib is None or ia == ib:
            continue
        if not clusters.can_join(a, b):
            continue  # an analyst said they are different people
        pair = (min(ia, ib), max(ia, ib))
        if pair not in pairs or score > pairs[pair].score:
            pairs[pair] = Duplicate(pair[0], pair[1], score, rule, evidence)
    pairs.update(
        {p: d for p, d in _org_duplicates(speakers, by_key).items() if p not in pairs
         and not _kept_apart_ids(p, decisions, assignment)}
    )  # fmt: skip
    ordered = tuple(sorted(pairs.values(), key=lambda d: (-d.score, d.a, d.b)))
    fixed = {m.key: m.fixed_name for m in members if m.fixed_name}
    for m in members:
        # A bare surname joined to a person elsewhere is that person here too ("Sokol" is
        # Lina Sokol): the full name is what the analyst records.
        corpus = speakers_by_id.get(assignment.get(m.key, ""))
        if (
            m.key not in fixed
            and m.kind == PERSON
            and m.person is not None
            and m.person.bare
            and corpus is not None
            and corpus.kind == PERSON
            and len(name_key(corpus.name).split()) > 1
        ):
            fixed[m.key] = corpus.name
    return Identity(tuple(speakers), assignment, ordered, fixed)
