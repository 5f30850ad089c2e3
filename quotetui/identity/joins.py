"""The join rules, one function each (:func:`quotetui.identity.resolve` runs them); joining by
context also gives the unsure pairs an analyst reviews."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from quotetui import gazetteer
from quotetui.engine.gender import of_given_name as given_name_gender
from quotetui.engine.gender import share_women
from quotetui.identity.clusters import _Clusters
from quotetui.identity.context import _article_names, _confidence, _fit, _Profile
from quotetui.identity.members import _Member
from quotetui.identity.naming import _display_of
from quotetui.identity.org_names import _country
from quotetui.identity.person_names import (
    PersonName,
    _initial_agrees,
    first_names_agree,
    parse_person,
)
from quotetui.identity.records import (
    ORGANISATION,
    PERSON,
    AnalystSpeaker,
    Article,
    Join,
    MemberKey,
    Rule,
)
from quotetui.names import fold, name_key


def _join_analyst_names(
    members: list[_Member],
    analysts: list[AnalystSpeaker],
    analyst_keys: dict[str, MemberKey],
    clusters: _Clusters,
) -> None:
    # The store finds a speaker by these keys (``names.name_key`` of a name or alias): the
    # same names join here, so what an analyst typed and what the engine says meet.
    keys: dict[str, str] = {}
    for s in analysts:
        for alias in (s.name, *s.aliases):
            if name_key(alias):
                keys.setdefault(name_key(alias), s.id)
    if not keys:
        return
    for m in members:
        if m.alone:
            continue
        sid = keys.get(name_key(m.record.name)) or keys.get(name_key(m.fixed_name or ""))
        if sid is not None:
            clusters.join(Join(Rule.ANALYST_NAME, analyst_keys[sid], m.key, f"“{m.record.name}”"))


def _fix_bare_names(
    members: list[_Member], by_key: dict[MemberKey, _Member], clusters: _Clusters
) -> None:
    """A bare surname (or a one-word organisation the tagger took for one) takes the one full
    name of that surname its own article gives: "Caddell" → "Pat Caddell"."""
    by_doc: dict[str, list[_Member]] = defaultdict(list)
    for m in members:
        by_doc[m.key[0]].append(m)
    surnames = {
        p.last
        for m in members
        for p in (parse_person(n) for n in (*m.article.people, m.record.name))
        if p is not None and not p.bare
    }  # family names the corpus gives with a first name
    for doc_members in by_doc.values():
        article = doc_members[0].article
        fulls: dict[tuple[str, str, str], tuple[str, str | None]] = {}
        for other in doc_members:
            if other.kind == PERSON and other.person and not other.person.bare:
                fulls.setdefault(other.person.key, (other.record.name, other.record.gender))
        for person in article.people:
            parsed = parse_person(person)
            if parsed is not None and not parsed.bare:
                # The name's gender where its first name decides it, so that "Mr. Obama"
                # never takes the article's "Michelle Obama" (issue 12).
                fulls.setdefault(parsed.key, (person, given_name_gender(parsed.first_word)))
        for m in doc_members:
            if m.alone:
                continue
            bare = m.person if m.kind == PERSON else None
            if _surname_like(m):
                bare = parse_person(m.record.name)
            if bare is None or not bare.bare:
                continue
            matches = {k: v for k, v in fulls.items() if k[1] == bare.last}
            if not matches:
                # The speaker's own aliases are names its article gives it too ("Jeb", also
                # "Jeb Bush").
                own = dict(fulls)
                for alias in m.record.aliases:
                    parsed = parse_person(alias)
                    if parsed is not None and not parsed.bare:
                        own.setdefault(parsed.key, (alias, given_name_gender(parsed.first_word)))
                word = fold(m.fixed_name or m.record.name).split()[-1].strip(".,'’")
                matches = _misspelt_or_first_name(bare, word, own, surnames)
            firsts = {k[0] for k in matches}
            if len(firsts) != 1:
                continue  # none, or two people of that surname: the article does not say
            key, (full, gender) = min(matches.items())
            if gender and m.record.gender and gender != m.record.gender:
                continue
            m.kind = PERSON
            m.person = parse_person(full)
            m.fixed_name = full
            m.display = full
            if m.person is not None:
                m.forms[m.person.key] = full
            holder = next(
                (o for o in doc_members if o.person and o is not m and o.person.key == key
                 and not o.person.bare), None,
            )  # fmt: skip
            evidence = f"“{m.record.name}” is “{full}” in {m.key[0]}"
            if holder is None:
                # Nobody else to join: the fuller name is still worth explaining.
                clusters.joins.append(Join(Rule.FULL_NAME_IN_ARTICLE, m.key, m.key, evidence))
            if holder is not None:
                clusters.join(
                    Join(Rule.FULL_NAME_IN_ARTICLE, holder.key, m.key,
                         f"“{m.record.name}” is “{full}” in {m.key[0]}")
                )  # fmt: skip


def _misspelt_or_first_name(
    bare: PersonName,
    written: str,
    fulls: dict[tuple[str, str, str], tuple[str, str | None]],
    surnames: set[str],
) -> dict[tuple[str, str, str], tuple[str, str | None]]:
    """The article's full names a one-word name that is no surname there stands for: the
    surname with two letters swapped ("Keidis" for Anthony Kiedis: a typo in the copy, when no
    one in the corpus is called that), or the first name ("Jeb" for Jeb Bush: a given name,
    a first-name reference)."""
    word = bare.last
    if word in {k[1] for k in fulls}:
        return {}
    if word not in surnames and len(word) >= 5:
        swapped = {k: v for k, v in fulls.items() if _one_swap(word, k[1])}
        if swapped:
            return swapped
    if share_women(written) is not None:  # a given name (the lexicon knows it)
        return {k: v for k, v in fulls.items() if k[0] == word}
    return {}


def _one_swap(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _surname_like(m: _Member) -> bool:
    """A one-word organisation that is a surname the tagger took for a body ("DuVernay
    said"): its quotes name it by that word alone. A company written as its founder's name
    and quoted as "the company" (Bloomberg) is not."""
    if m.kind != ORGANISATION or m.alone or gazetteer.lookup(m.record.name) is not None:
        return False
    parsed = parse_person(m.record.name)
    if parsed is None or not parsed.bare:
        return False
    mentions = {name_key(x) for x in m.record.mentioned_as}
    return name_key(m.record.name) in mentions


def _join_people(members: list[_Member], clusters: _Clusters) -> None:
    """People of one name: same first name, surname and suffix. Middle initials that differ
    keep two people apart (George W. / George H. W. Bush); a name without one joins only
    the one initial there is."""
    holders: dict[tuple[str, str, str], list[tuple[_Member, str]]] = defaultdict(list)
    for m in members:
        if m.alone or m.kind != PERSON:
            continue
        for key, text in sorted(m.forms.items()):
            holders[key].append((m, text))
    for key in sorted(holders):
        group = holders[key]
        middles = {parse_person(text).middles for _, text in group if parse_person(text)}  # type: ignore[union-attr]
        middles.discard("")
        by_middle: dict[str, list[tuple[_Member, str]]] = defaultdict(list)
        for m, text in group:
            parsed = parse_person(text)
            middle = parsed.middles if parsed else ""
            if len(middles) > 1 and not middle:
                continue  # left to context: which of them is meant?
            if len(middles) > 1 and middle not in middles:
                continue
            by_middle[middle if len(middles) > 1 else ""].append((m, text))
        for same in by_middle.values():
            first, first_text = same[0]
            for m, text in same[1:]:
                if m.key == first.key:
                    continue
                tied = text != m.display or first_text != first.display
                rule = Rule.TIED_IN_ARTICLE if tied else Rule.SAME_NAME
                evidence = f"“{first_text}” = “{text}”"
                if tied:
                    evidence += " (an article gives both forms for one person)"
                clusters.join(Join(rule, first.key, m.key, evidence))


def _join_organisations(members: list[_Member], clusters: _Clusters) -> None:
    orgs = [m for m in members if not m.alone and m.kind != PERSON and m.org is not None]
    by_key: dict[tuple[frozenset[str], str], list[_Member]] = defaultdict(list)
    for m in orgs:
        assert m.org is not None
        by_key[(m.org.words, m.org.country)].append(m)
    # An organisation without its country, in an article that names one country having it:
    # that country's ("the Foreign Ministry" in an article on South Korea).
    for m in orgs:
        assert m.org is not None
        if m.org.country or not m.org.words:
            continue
        countries = gazetteer.countries_in(m.article.names)
        having = sorted(c for c in countries if (m.org.words, c) in by_key)
        if len(having) == 1:
            by_key[(m.org.words, having[0])].append(m)
            by_key[(m.org.words, "")].remove(m)
    for (words, country), group in sorted(
        by_key.items(), key=lambda kv: (sorted(kv[0][0]), kv[0][1])
    ):
        if not group:
            continue
        group = sorted(group, key=lambda m: m.key)
        first = group[0]
        for m in group[1:]:
            rule = Rule.SAME_ORGANISATION if words else Rule.COUNTRY
            evidence = f"“{first.record.name}” = “{m.record.name}”"
            if country:
                place = gazetteer.lookup(m.record.name) if not words else None
                label = next((c.name for c in [_country(country)] if c is not None), country)
                evidence += f" ({label}" + (f", {place.how}" if place else "") + ")"
            clusters.join(Join(rule, first.key, m.key, evidence))


def _join_short_organisation_names(members: list[_Member], clusters: _Clusters) -> None:
    """A one-word organisation is the one longer organisation of the corpus its own article
    names with that first word: "Northmoor said" in an article on Northmoor Water, as a
    company is called after its first mention. Places are left to the country rule
    ("Washington" is no short form of the Washington Post)."""
    bodies: dict[str, list[_Member]] = defaultdict(list)
    for m in sorted(members, key=lambda m: m.key):
        words = name_key(m.record.name).split()
        if not m.alone and m.kind == ORGANISATION and len(words) > 1:
            bodies[name_key(m.record.name)].append(m)
    for m in sorted(members, key=lambda m: m.key):
        words = name_key(m.record.name).split()
        if m.alone or m.kind != ORGANISATION or len(words) != 1:
            continue
        if gazetteer.lookup(m.record.name) is not None:
            continue
        longer = {
            key
            for key in (name_key(n) for n in (*m.article.names, *m.article.people))
            if key in bodies and key.split()[0] == words[0]
        }
        if len(longer) == 1:
            (key,) = longer
            body = bodies[key][0]
            evidence = f"“{m.record.name}” is “{body.record.name}”, which {m.key[0]} names"
            clusters.join(Join(Rule.SHORT_ORGANISATION, body.key, m.key, evidence))


def _join_organisation_words(members: list[_Member], clusters: _Clusters) -> None:
    """A one-word "person" whose word is the whole name of an organisation elsewhere in the
    corpus is that organisation: the NER takes a body's one-word name for a person now and
    then ("Politifact said" beside "PolitiFact, the fact-checking site"), and a surname no
    article gave a first name is weak against a name the corpus uses for a body."""
    bodies: dict[str, _Member] = {}
    for m in sorted(members, key=lambda m: m.key):
        words = fold(m.record.name).split()
        if not m.alone and m.kind == ORGANISATION and len(words) == 1:
            bodies.setdefault(words[0], m)
    for m in sorted(members, key=lambda m: m.key):
        if m.alone or m.kind != PERSON or m.person is None or not m.person.bare:
            continue
        words = fold(m.fixed_name or m.record.name).split()
        body = bodies.get(words[0]) if len(words) == 1 else None
        if body is not None:
            evidence = f"“{m.record.name}” is the organisation “{body.record.name}”"
            clusters.join(Join(Rule.ORGANISATION_WORD, body.key, m.key, evidence))


def _told_apart_by_suffix(articles: Iterable[Article]) -> set[str]:
    """Surnames some article gives one person with a suffix and another without it: the
    corpus has a father and a son of one name (Donald Trump and Donald Trump Jr.)."""
    apart: set[str] = set()
    for article in articles:
        names = (*article.people, *(s.name for s in article.speakers if s.named))
        parsed = [p for p in (parse_person(n) for n in names) if p is not None and not p.bare]
        for a in parsed:
            if a.last in apart or not a.suffix:
                continue
            if any(b.last == a.last and b.suffix != a.suffix and first_names_agree(a, b)
                   for b in parsed):  # fmt: skip
                apart.add(a.last)
    return apart


def _suffixes_agree(a: PersonName, b: PersonName, told_apart: set[str]) -> bool:
    """The same suffix; or one name with a suffix and one without ("Joseph R. Biden Jr." and
    "Joe Biden": the suffix is dropped on later or informal reference), unless an article
    gives two people of the surname that the suffix tells apart."""
    if a.suffix == b.suffix:
        return True
    return not (a.suffix and b.suffix) and a.last not in told_apart


def _join_by_context(
    members: list[_Member], by_key: dict[MemberKey, _Member], clusters: _Clusters
) -> list[tuple[MemberKey, MemberKey, float, str, str]]:
    """Bare surnames, names without the middle initial that would tell two people apart, and
    first-name variants: joined where the context agrees, else offered as duplicates."""
    docs = {m.key[0]: m.article for m in members}
    df: Counter[str] = Counter()
    for article in docs.values():
        df.update(_article_names(article))
    total = max(1, len(docs))
    told_apart = _told_apart_by_suffix(docs.values())
    idf = {n: math.log(1 + total / c) for n, c in df.items()}

    # What every forming speaker with a full name is known for, by surname.
    groups = clusters.groups()
    profiles: dict[MemberKey, _Profile] = {}
    by_surname: dict[str, list[MemberKey]] = defaultdict(list)
    for root, keys in groups.items():
        people = [by_key[k] for k in keys if k in by_key]
        full = [m for m in people if m.kind == PERSON and m.person and not m.person.bare]
        if not full:
            continue
        profile = _Profile()
        for m in people:
            profile.add(m)
        profiles[root] = profile
        for last in sorted({p.last for p in profile.persons}):
            by_surname[last].append(root)

    duplicates: list[tuple[MemberKey, MemberKey, float, str, str]] = []
    pending: list[tuple[_Member, list[MemberKey], str]] = []
    for m in members:
        if m.alone:
            continue
        parsed = m.person
        if _surname_like(m):
            one = parse_person(m.record.name)
            if one is not None and one.last in by_surname:
                parsed = one
        if parsed is None:
            continue
        own = clusters.find(m.key)
        if parsed.bare:
            candidates = [r for r in by_surname.get(parsed.last, []) if r != own]
            pending.append((m, candidates, "bare"))
            continue
        # A full name: candidates are people of that surname with a first name that is a
        # variant of this one, or the same name that some middle initial splits.
        found = []
        for root in by_surname.get(parsed.last, []):
            if clusters.find(root) == own:
                continue
            profile = profiles[root]
            if any(
                _suffixes_agree(p, parsed, told_apart)
                and (first_names_agree(p, parsed) or _initial_agrees(p, parsed))
                and not (p.middles and parsed.middles and p.middles != parsed.middles)
                for p in profile.persons
            ):
                found.append(root)
        if found:
            pending.append((m, found, "variant"))

    for m, candidates, what in pending:
        parsed = m.person or parse_person(m.record.name)
        assert parsed is not None
        own = clusters.find(m.key)
        roots = sorted({r for r in candidates if clusters.find(r) != own})
        if not roots:
            continue
        fits = [(root, _fit(m, profiles[root], idf, parsed.last)) for root in roots]
        # A bare surname in the news most often means the best-known bearer: how many articles
        # name each counts beside the context (never alone: the context must agree somewhat).
        fame = {root: 1.5 * math.log2(1 + len(profiles[root].articles)) for root in roots}
        viable = sorted(
            [(r, f) for r, f in fits if f.conflict is None],
            key=lambda rf: (-(rf[1].score + fame[rf[0]]), rf[0]),
        )
        joined = False
        if viable:
            best_root, best = viable[0]
            second = viable[1] if len(viable) > 1 else None
            margin = (
                None
                if second is None
                else best.score + fame[best_root] - second[1].score - fame[second[0]]
            )
            name = _display_of(best_root, groups, by_key)
            rule: Rule | None = None
            if what == "bare" and second is None and best.score >= 0:
                rule = Rule.SURNAME_IN_CONTEXT if best.score >= 2 else Rule.ONLY_PERSON
            elif best.score >= (1.0 if what == "bare" else 2.0) and (
                margin is None or margin >= 2.0
            ):
                rule = Rule.SURNAME_IN_CONTEXT if what == "bare" else Rule.VARIANT_IN_CONTEXT
            if rule is not None:
                evidence = f"“{m.record.name}” → {name}: " + (
                    best.evidence or "the only person of that surname; nothing disagrees"
                )
                joined = clusters.join(
                    Join(rule, best_root, m.key, evidence, _confidence(best.score))
                )
                if joined and m.kind != PERSON:
                    m.kind, m.person = PERSON, parsed  # a surname the tagger took for a body
        if not joined:
            label = "same surname" if what == "bare" else "first-name variant"
            for root, f in fits:
                score = 0.05 if f.conflict else _confidence(f.score + 1.0)
                duplicates.append((m.key, root, score, label, f.conflict or f.evidence or label))
    return duplicates
