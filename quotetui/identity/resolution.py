"""The whole run (:func:`resolve`): analysts' decisions first, then the join rules, then the
corpus speakers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotetui.identity.clusters import _Clusters
from quotetui.identity.joins import (
    _fix_bare_names,
    _join_analyst_names,
    _join_by_context,
    _join_organisation_words,
    _join_organisations,
    _join_people,
    _join_short_organisation_names,
)
from quotetui.identity.members import _members
from quotetui.identity.records import (
    AnalystSpeaker,
    Article,
    Decision,
    DecisionKind,
    Identity,
    Join,
    Rule,
)
from quotetui.identity.speakers import _finish
from quotetui.model import DocumentResult


def resolve(
    articles: Iterable[Article | DocumentResult],
    decisions: Sequence[Decision] = (),
    analyst_speakers: Sequence[AnalystSpeaker] = (),
    reserved: Iterable[str] = (),
) -> Identity:
    """Join every article's speakers into corpus speakers (see the module docstring).

    ``decisions`` are applied in order (a later one wins where two disagree); ``reserved``
    ids are never given to a speaker (ids of speakers an analyst merged away).
    """
    arts = [a if isinstance(a, Article) else Article.of(a) for a in articles]
    members = _members(arts)
    by_key = {m.key: m for m in members}
    analysts = sorted(analyst_speakers, key=lambda s: s.id)
    analyst_keys = {s.id: ("", s.id) for s in analysts}
    clusters = _Clusters([*by_key, *analyst_keys.values()])
    present = set(by_key)

    # Analysts' "different people" and splits keep members apart from the start.
    for n, d in enumerate(decisions):
        if d.kind in (DecisionKind.DIFFERENT, DecisionKind.SPLIT):
            for k in d.members:
                if k in present and (d.kind is DecisionKind.DIFFERENT or k not in d.other_members):
                    clusters.apart(k, n, 0)
            side_b = [*d.other_members]
            if d.kind is DecisionKind.DIFFERENT and d.other_id in analyst_keys:
                side_b.append(analyst_keys[d.other_id])
            for k in side_b:
                if k in present or k[0] == "":
                    clusters.apart(k, n, 1)
    # Analysts' merges and splits join.
    for d in decisions:
        if d.kind is DecisionKind.MERGE:
            keys = [k for k in (*d.members, *d.other_members) if k in present]
            keys += [analyst_keys[i] for i in (d.speaker_id, d.other_id) if i in analyst_keys]
            for a, b in zip(keys, keys[1:], strict=False):
                clusters.join(Join(Rule.ANALYST_MERGE, a, b, f"merged by {d.by or 'an analyst'}"))
        elif d.kind is DecisionKind.SPLIT:
            keys = [k for k in d.other_members if k in present]
            for a, b in zip(keys, keys[1:], strict=False):
                clusters.join(
                    Join(Rule.ANALYST_MERGE, a, b, f"split off by {d.by or 'an analyst'}")
                )

    _fix_bare_names(members, by_key, clusters)
    _join_analyst_names(members, analysts, analyst_keys, clusters)
    _join_people(members, clusters)
    _join_organisations(members, clusters)
    _join_short_organisation_names(members, clusters)
    _join_organisation_words(members, clusters)
    duplicates = _join_by_context(members, by_key, clusters)

    return _finish(members, by_key, analysts, analyst_keys, clusters, decisions, duplicates,
                   set(reserved))  # fmt: skip
