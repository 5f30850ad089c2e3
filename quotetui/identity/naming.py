"""The name, kind and aliases a corpus speaker goes by, from its members' (a surname two people
share is no alias of either)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from quotetui.identity.members import _Member
from quotetui.identity.org_names import _country, _without_descriptors, parse_org
from quotetui.identity.person_names import first_names_agree, parse_person
from quotetui.identity.records import ORGANISATION, PERSON, AnalystSpeaker, MemberKey
from quotetui.model import SpeakerKind
from quotetui.names import name_key


def _display_of(
    root: MemberKey, groups: dict[MemberKey, list[MemberKey]], by_key: dict[MemberKey, _Member]
) -> str:
    names = [by_key[k].display for k in groups.get(root, [root]) if k in by_key]
    return f"“{_best_person_name(names)}”" if names else str(root)


def _best_person_name(names: Sequence[str]) -> str:
    counts = Counter(names)
    return max(
        counts, key=lambda n: (len(name_key(n).split()) > 1, counts[n], len(name_key(n).split()), n)
    )


def _drop_shared_surnames(
    drafts: Mapping[MemberKey, dict[str, object]], by_key: Mapping[MemberKey, _Member]
) -> None:
    """A surname (with or without a title: "Obama", "Mr. Obama") that two people of the corpus
    share is no alias of either: it would find the wrong one."""
    holders: dict[str, set[MemberKey]] = defaultdict(set)
    for root, draft in drafts.items():
        keys = draft["members"]
        assert isinstance(keys, list)
        for k in keys:
            m = by_key[k]
            if m.kind == PERSON and m.person is not None and not m.person.bare:
                holders[m.person.last].add(root)
    for draft in drafts.values():
        aliases = draft["aliases"]
        assert isinstance(aliases, set)
        for alias in list(aliases):
            parsed = parse_person(alias)
            if parsed is not None and parsed.bare and len(holders.get(parsed.last, ())) > 1:
                aliases.discard(alias)


def _cluster_name(ms: list[_Member]) -> str:
    people = [m for m in ms if m.kind == PERSON]
    if people and _cluster_kind(ms) == ORGANISATION:
        ms = [m for m in ms if m.kind != PERSON]  # a body's one-word name: the body writes it
    elif people:
        return _best_person_name([m.display for m in people])
    countries = [m.org for m in ms if m.org is not None and m.org.country and not m.org.words]
    if countries and all(c.how == "capital" for c in countries) and len(countries) == len(ms):
        # "Seoul said": the government of the country, called by the country's name.
        country = _country(countries[0].country)
        if country is not None:
            return country.name
    counts = Counter(m.display for m in ms)

    def rank(name: str) -> tuple[int, int, int, int, str]:
        org = parse_org(name)
        # "South Korea's Foreign Ministry" before "Seoul's": the country by its name.
        by_name = int(org is not None and org.how in ("name", "demonym"))
        # The name itself before the writer's words ahead of it ("federal …").
        bare = int(_without_descriptors(name) == name)
        return by_name, bare, counts[name], len(name), name

    return max(counts, key=rank)


def _cluster_kind(ms: list[_Member]) -> SpeakerKind | None:
    if any(m.kind == PERSON and m.person and not m.person.bare for m in ms):
        return PERSON
    if any(m.kind == ORGANISATION for m in ms) and all(
        m.kind != PERSON or (m.person is not None and m.person.bare) for m in ms
    ):
        return ORGANISATION  # bare one-word "people" joined to a body (_join_organisation_words)
    kinds = Counter(m.kind for m in ms)
    if not kinds:
        return None
    return max(kinds, key=lambda k: (kinds[k], k.value))


def _cluster_aliases(ms: list[_Member], mine: list[AnalystSpeaker]) -> set[str]:
    aliases: set[str] = set()
    for s in mine:
        aliases.update([s.name, *s.aliases])
    for m in ms:
        aliases.add(m.record.name)
        if m.fixed_name:
            aliases.add(m.fixed_name)
        for alias in m.record.aliases:
            if m.kind == PERSON and m.person and not m.person.bare:
                other = parse_person(alias)
                # An alias with another first name is the article confusing two people.
                if (
                    other
                    and not other.bare
                    and not (other.last == m.person.last and first_names_agree(other, m.person))
                ):
                    continue
            aliases.add(alias)
    return aliases
