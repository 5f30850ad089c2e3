"""The forming corpus speakers: union-find over members, which refuses the joins an
analyst's "different people" or split forbids and records every join it makes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from quotetui.identity.records import Join, MemberKey


class _Clusters:
    """Union-find over members, refusing joins an analyst's "different" forbids."""

    def __init__(self, keys: Iterable[MemberKey]) -> None:
        self.parent: dict[MemberKey, MemberKey] = {k: k for k in keys}
        self.tags: dict[MemberKey, set[tuple[int, int]]] = {k: set() for k in self.parent}
        self.joins: list[Join] = []

    def find(self, key: MemberKey) -> MemberKey:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def apart(self, key: MemberKey, group: int, side: int) -> None:
        self.tags[self.find(key)].add((group, side))

    def can_join(self, a: MemberKey, b: MemberKey) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ta, tb = self.tags[ra], self.tags[rb]
        return not any((g, 1 - s) in tb for g, s in ta)

    def join(self, join: Join) -> bool:
        ra, rb = self.find(join.a), self.find(join.b)
        if ra == rb or not self.can_join(ra, rb):
            return False
        # The smaller key is the root, so the outcome never depends on the order of joins.
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        self.tags[root] |= self.tags.pop(child)
        self.joins.append(join)
        return True

    def groups(self) -> dict[MemberKey, list[MemberKey]]:
        out: dict[MemberKey, list[MemberKey]] = defaultdict(list)
        for key in sorted(self.parent):
            out[self.find(key)].append(key)
        return out
