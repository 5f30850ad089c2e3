"""Who is who across the corpus: every article's speakers joined into one speaker per real
person or body, each join explained.

The engine resolves speakers within one article (``model.SpeakerRecord``: an id of the
article's own, the canonical name, kind, names-only aliases and what the article says of the
speaker). :func:`resolve` takes all articles' speakers at once, with the analysts' decisions,
and gives every one a corpus speaker. It is a function of its inputs only: the same articles
give the same speakers and ids whatever order they come in and however they were split among
workers, and it knows nothing of spaCy, SQLite or Textual.

How names are joined (each join is a :class:`Join` naming its :class:`Rule` and evidence):

- People whose names agree up to titles, middle names and initials, diacritics, hyphenation
  and transliteration (Zelensky / Zelenskiy / Zelenskyy), with the same suffix: Donald Trump
  and Donald Trump Jr. are two people; George W. and George H. W. Bush are two, and a plain
  "George Bush" is weighed by context between them.
- A short form an article ties to the full name (that article's speaker has both "Len Burman"
  and "Leonard E. Burman"), when the first names are variants of each other (``nicknames``).
- A bare surname takes the one full name of that surname the same article gives ("Caddell" in
  an article naming "Pat Caddell"). Across articles it joins a person only when the context
  agrees (titles, party, place, gender, the names the articles share) and no other person of
  the surname fits as well; with only one person of that surname in the corpus, it joins unless
  something disagrees. Unsure pairs go to the duplicates an analyst reviews.
- Organisations whose content words agree in any order, with the synonyms of government bodies
  ("Foreign Ministry" = "Ministry of Foreign Affairs"), and with the country written as a name,
  a capital or a demonym ("South Korea's", "Seoul's", "South Korean"), from the ``countryinfo``
  gazetteer (:mod:`quotetui.gazetteer`). A country or its capital speaking by itself ("Seoul
  said") is that country's government: one speaker named after the country.
- Described speakers ("a spokesman", "the company") are their article's own: two articles'
  spokesmen are not one person.

Analysts' decisions (:class:`Decision`) are inputs and win: a merge joins, "different people"
and a split keep apart, a rename or a kind is applied, and an analyst's own speaker takes the
engine's speakers of its names.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from quotetui import gazetteer
from quotetui.engine.gender import of_given_name as given_name_gender
from quotetui.engine.gender import share_women
from quotetui.model import DocumentResult, SpeakerKind, SpeakerRecord
from quotetui.names import HONORIFICS, TITLES, fold, name_key, slugify

MemberKey = tuple[str, str]  # (document id, the article's own speaker id)

PERSON = SpeakerKind.PERSON
ORGANISATION = SpeakerKind.ORGANISATION
UNNAMED = SpeakerKind.UNNAMED
DOCUMENT = SpeakerKind.DOCUMENT


class Rule(StrEnum):
    """Why two speakers are one. The values are stored with the speakers' evidence."""

    SAME_NAME = "same name"
    TIED_IN_ARTICLE = "short form tied in an article"
    FULL_NAME_IN_ARTICLE = "full name in the article"
    SURNAME_IN_CONTEXT = "surname, context agrees"
    ONLY_PERSON = "surname of the only such person"
    VARIANT_IN_CONTEXT = "first-name variant, context agrees"
    SAME_ORGANISATION = "same organisation"
    ORGANISATION_WORD = "one word, an organisation's name"
    COUNTRY = "country, capital or demonym"
    ANALYST_NAME = "name of an analyst's speaker"
    ANALYST_MERGE = "merged by an analyst"


class DecisionKind(StrEnum):
    MERGE = "merge"  # speaker_id's members and other_members are one speaker, speaker_id
    DIFFERENT = "different"  # speaker_id's members and other_id's are different people
    RENAME = "rename"  # the speaker holding members is called name
    KIND = "kind"  # the speaker holding members is of speaker_kind
    SPLIT = "split"  # other_members leave speaker_id's members for other_id, with alias name


@dataclass(frozen=True)
class Decision:
    """An analyst's decision about speakers, as identity reads it: who it was about (the
    articles' speakers the speakers held then, so it applies to the same people however the
    ids turn out) and what it said."""

    kind: DecisionKind
    speaker_id: str
    members: tuple[MemberKey, ...] = ()
    other_id: str | None = None
    other_members: tuple[MemberKey, ...] = ()
    name: str | None = None
    speaker_kind: SpeakerKind | None = None
    by: str | None = None  # who decided, for the explanation


@dataclass(frozen=True)
class AnalystSpeaker:
    """A speaker an analyst named (a correction to a new name): the engine's speakers of
    the same name or alias join it."""

    id: str
    name: str
    kind: SpeakerKind | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One article's speakers and the names it gives (``DocumentResult``'s)."""

    document_id: str
    speakers: tuple[SpeakerRecord, ...]
    people: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @classmethod
    def of(cls, result: DocumentResult) -> Article:
        return cls(result.doc_id, result.speakers, result.people, result.names)


@dataclass(frozen=True)
class Join:
    """Why two articles' speakers are one: the rule, and what it rests on."""

    rule: Rule
    a: MemberKey
    b: MemberKey
    evidence: str
    score: float = 1.0


@dataclass(frozen=True)
class CorpusSpeaker:
    id: str
    name: str
    kind: SpeakerKind | None
    aliases: tuple[str, ...]  # sorted, the name left out
    members: tuple[MemberKey, ...]  # sorted
    joins: tuple[Join, ...] = ()


@dataclass(frozen=True)
class Duplicate:
    """Two corpus speakers that may be one, for an analyst to decide."""

    a: str
    b: str
    score: float  # 0–1: how likely the pair is one speaker
    rule: str
    evidence: str


@dataclass(frozen=True)
class Identity:
    speakers: tuple[CorpusSpeaker, ...]
    assignment: Mapping[MemberKey, str]  # every article speaker → its corpus speaker's id
    duplicates: tuple[Duplicate, ...] = ()
    # The name each article speaker goes by in its own article, where identity found a fuller
    # one the article gives ("Caddell" → "Pat Caddell"); the others keep the engine's.
    article_names: Mapping[MemberKey, str] = field(default_factory=dict)

    @functools.cached_property
    def by_id(self) -> dict[str, CorpusSpeaker]:
        return {s.id: s for s in self.speakers}


# --------------------------------------------------------------------------- names of people

_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii",
             "iv": "iv", "2nd": "ii", "3rd": "iii"}  # fmt: skip
_PARTICLES = frozenset("de da di del della der den van von du la le st bin ibn al el ter".split())
_NOT_NAME = TITLES | HONORIFICS


@functools.cache
def _nicknames() -> object | None:
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return NickNamer()


def skeleton(word: str) -> str:
    """A surname or first name as transliterations agree on it: accents, hyphens and case
    gone, doubled letters single, y as i ("Zelenskyy", "Zelenskiy", "Zelensky" → "zelenski";
    "Holtz-Eakin" → "holtzeakin")."""
    letters = re.sub(r"[^a-z]", "", fold(word))
    letters = letters.replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", letters)


@dataclass(frozen=True)
class PersonName:
    first: str  # skeleton of the first given name; "" for a bare surname
    first_word: str  # the first given name folded, for nickname lookups
    middles: str  # initials of the middle names ("j" for Donald J. Trump)
    last: str  # skeleton of the surname (particles and hyphens joined)
    suffix: str  # "jr", "ii" … or ""

    @property
    def bare(self) -> bool:
        return not self.first

    @property
    def key(self) -> tuple[str, str, str]:
        return self.first, self.last, self.suffix


def parse_person(name: str) -> PersonName | None:
    """The parts of a person's name, titles dropped; None when nothing of a name is left."""
    text = fold(name).replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    words = [w.strip(".'") for w in re.split(r"[\s,]+", text) if w.strip(".,'")]
    words = [w for w in words if any(c.isalpha() or c.isdigit() for c in w)]
    while len(words) > 1 and words[0].rstrip(".") in _NOT_NAME:
        words.pop(0)
    suffix = ""
    if len(words) > 1 and words[-1] in _SUFFIXES:
        suffix = _SUFFIXES[words.pop()]
    if not words:
        return None
    # The surname starts at its particles: "Bill de Blasio", "Ludwig van Beethoven".
    start = len(words) - 1
    while start > 0 and words[start - 1] in _PARTICLES:
        start -= 1
    last = skeleton("".join(words[start:]))
    given = words[:start]
    if not last:
        return None
    if not given:
        return PersonName("", "", "", last, suffix)
    first = given[0]
    middles = "".join(w[0] for w in given[1:] if w)
    return PersonName(skeleton(first), first, middles, last, suffix)


def first_names_agree(a: PersonName, b: PersonName) -> bool:
    """Same first name, or one a usual variant of the other (Len / Leonard, Joe / Joseph)."""
    if a.first == b.first:
        return True
    namer = _nicknames()
    if namer is None or not a.first_word or not b.first_word:
        return False
    x, y = a.first_word, b.first_word
    related = (
        namer.nicknames_of(x) | namer.canonicals_of(x),  # type: ignore[attr-defined]
        namer.nicknames_of(y) | namer.canonicals_of(y),  # type: ignore[attr-defined]
    )
    return (
        y in related[0]
        or x in related[1]
        or bool(
            namer.canonicals_of(x) & namer.canonicals_of(y)  # type: ignore[attr-defined]
        )
    )


def _initial_agrees(a: PersonName, b: PersonName) -> bool:
    # "J. Smith" and "John Smith": a first name given as its initial.
    short, long_ = (a, b) if len(a.first) <= len(b.first) else (b, a)
    return len(short.first) == 1 and long_.first.startswith(short.first)


# --------------------------------------------------------------------------- organisations

_ORG_STOP = frozenset("the of for and on to at in 's".split())
# Words that say the same thing of a government body in other words.
_ORG_SYNONYMS = {
    "affairs": "",  # "Ministry of Foreign Affairs" is the "Foreign Ministry"
    "dept": "department",
    "govt": "government",
    "gov": "government",
    "intl": "international",
    "natl": "national",
    "corp": "corporation",
    "co": "company",
    "inc": "",
    "ltd": "",
    "ministries": "ministry",
}
# A country "government" or "administration" is the country speaking.
_GOVERNMENT = frozenset({"government", "administration", "state"})


@dataclass(frozen=True)
class OrgName:
    words: frozenset[str]  # content words, synonyms applied; empty: the country itself
    country: str  # ISO code of the country it belongs to, or ""
    how: str  # how the country was written ("name", "capital", "demonym") or ""


def parse_org(name: str) -> OrgName | None:
    words = name_key(name).split()
    while words and words[0] == "the":
        words.pop(0)
    if not words:
        return None
    country, how = "", ""
    found = gazetteer.find_prefix(words)
    if found is not None and found[1] <= len(words):
        place, n = found
        country, how = place.country.code, place.how
        words = words[n:]
    else:
        for link in ("of", "in"):
            if link in words[:-1]:
                at = len(words) - 1 - words[::-1].index(link)
                tail = gazetteer.find_suffix(words[at + 1 :])
                if tail is not None and tail[1] == len(words) - at - 1:
                    country, how = tail[0].country.code, tail[0].how
                    words = words[:at]
                    break
    content = set()
    for word in words:
        word = _ORG_SYNONYMS.get(word, word)
        if word and word not in _ORG_STOP:
            content.add(word)
    if country and content <= _GOVERNMENT:
        content = set()
    if not content and not country:
        return None
    return OrgName(frozenset(content), country, how)


# --------------------------------------------------------------------------- members


@dataclass
class _Member:
    key: MemberKey
    record: SpeakerRecord
    article: Article
    kind: SpeakerKind
    person: PersonName | None = None  # its canonical name's parts (people)
    forms: dict[tuple[str, str, str], str] = field(default_factory=dict)  # person keys → text
    org: OrgName | None = None
    display: str = ""  # the name it brings to the corpus speaker
    fixed_name: str | None = None  # a fuller name the article gives for a bare surname
    government: bool = False  # described as a country's government ("the Chilean government")

    @property
    def alone(self) -> bool:
        """A described speaker: its article's own, but for a country's government, which is
        as much that country's as its name or its capital."""
        if self.government:
            return False
        return not self.record.named or self.kind in (UNNAMED, DOCUMENT)


def _people_elsewhere(articles: Sequence[Article]) -> set[tuple[str, str, str]]:
    """The full names (first name, surname, suffix) some article's speakers give a person."""
    keys: set[tuple[str, str, str]] = set()
    for article in articles:
        for record in article.speakers:
            if record.named and record.kind == PERSON:
                parsed = parse_person(record.name)
                if parsed is not None and not parsed.bare:
                    keys.add(parsed.key)
    return keys


def _capital_as_person(name: str, article: Article) -> bool:
    """One word that names a country or its capital ("Santiago said" of a government) is no
    person's name when no one in the article bears it as a family name (Maria Santiago)."""
    words = fold(name).split()
    if len(words) != 1:
        return False
    place = gazetteer.lookup(name)
    if place is None or place.how not in ("name", "capital"):
        return False
    if share_women(words[0]) is not None and name_key(name) not in {
        name_key(n) for n in article.names
    }:
        return False  # "Georgia, 12, said": a given name, unless the article names the place
    return not any(
        len(parts) > 1 and parts[-1] == words[0]
        for parts in (fold(p).split() for p in article.people)
    )


def _members(articles: Iterable[Article]) -> list[_Member]:
    out: list[_Member] = []
    ordered = sorted(articles, key=lambda a: a.document_id)
    people = _people_elsewhere(ordered)
    for article in ordered:
        for record in sorted(article.speakers, key=lambda s: s.id):
            kind = record.kind or UNNAMED
            if kind == ORGANISATION and record.named:
                parsed = parse_person(record.name)
                if (
                    parsed is not None
                    and not parsed.bare
                    and (
                        name_key(record.name) in {name_key(p) for p in article.people}
                        or (parsed.key in people and share_women(parsed.first_word) is not None)
                    )
                ):
                    # The tagger called a body what this article, or another one, names a
                    # person: its kind is a guess per sentence, a full name is better evidence.
                    kind = PERSON
            elif kind == PERSON and record.named and _capital_as_person(record.name, article):
                kind = ORGANISATION
            m = _Member((article.document_id, record.id), record, article, kind)
            m.display = record.name
            if kind == ORGANISATION and not record.named:
                org = parse_org(record.name)
                m.government = org is not None and bool(org.country) and not org.words
            if not m.alone:
                if kind == PERSON:
                    m.person = parse_person(record.name)
                    if m.person is not None and not m.person.bare:
                        m.forms[m.person.key] = record.name
                        for alias in record.aliases:
                            other = parse_person(alias)
                            if (
                                other is not None
                                and not other.bare
                                and other.last == m.person.last
                                and other.suffix == m.person.suffix
                                and first_names_agree(other, m.person)
                            ):
                                m.forms.setdefault(other.key, alias)
                else:
                    # A name of nothing but function words ("Of") is still its own key.
                    m.org = parse_org(record.name) or OrgName(
                        frozenset(name_key(record.name).split() or [record.name]), "", ""
                    )
            out.append(m)
    return out


# --------------------------------------------------------------------------- union-find


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


# --------------------------------------------------------------------------- context


@dataclass
class _Profile:
    """What a group of members (a forming corpus speaker) is known for."""

    titles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    genders: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # names its articles give
    articles: set[str] = field(default_factory=set)
    persons: list[PersonName] = field(default_factory=list)

    def add(self, m: _Member) -> None:
        self.titles.update(set(m.record.titles))
        self.affiliations.update(set(m.record.affiliations))
        if m.record.gender:
            self.genders[m.record.gender] += 1
        if m.person is not None and m.person.first_word:
            # A decisive first name outweighs what one article's pronouns seemed to say.
            by_name = given_name_gender(m.person.first_word)
            if by_name:
                self.genders[by_name] += 3
        if m.key[0] not in self.articles:
            self.articles.add(m.key[0])
            self.names.update(_article_names(m.article))
        if m.person is not None and not m.person.bare:
            self.persons.append(m.person)

    @property
    def gender(self) -> str | None:
        ranked = self.genders.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None


def _article_names(article: Article) -> set[str]:
    return {k for k in (name_key(n) for n in (*article.people, *article.names)) if k}


@dataclass(frozen=True)
class _Fit:
    score: float
    conflict: str | None
    evidence: str


def _fit(m: _Member, target: _Profile, idf: Mapping[str, float], surname: str) -> _Fit:
    """How well a member's article agrees with what a forming speaker is known for."""
    gender = m.record.gender
    if gender and target.gender and gender != target.gender:
        return _Fit(0.0, f"{'he' if gender == 'm' else 'she'} vs. "
                         f"{'he' if target.gender == 'm' else 'she'}", "")  # fmt: skip
    parties = {"democratic", "republican", "independent"}
    mine = set(m.record.affiliations) & parties
    theirs = set(target.affiliations) & parties
    if mine and theirs and not mine & theirs:
        return _Fit(0.0, f"party {', '.join(sorted(mine))} vs. {', '.join(sorted(theirs))}", "")
    score = 0.0
    said: list[str] = []
    titles = sorted(set(m.record.titles) & set(target.titles))
    if titles:
        score += 2.0 * min(2, len(titles))
        said.append("title " + ", ".join(titles))
    shared = sorted(set(m.record.affiliations) & set(target.affiliations))
    if shared:
        score += 2.0 * min(2, len(shared))
        said.append("affiliation " + ", ".join(shared))
    if gender and target.gender == gender:
        score += 1.0
        said.append("gender")
    names = [n for n in _article_names(m.article) if n in target.names and surname not in n.split()]
    if names:
        weight = sum(idf.get(n, 0.0) for n in names)
        score += min(4.0, weight)
        best = sorted(names, key=lambda n: (-idf.get(n, 0.0), n))[:4]
        said.append("names in both: " + ", ".join(best))
    return _Fit(score, None, "; ".join(said))


def _confidence(score: float) -> float:
    return round(score / (score + 4.0), 3) if score > 0 else 0.0


# --------------------------------------------------------------------------- resolving


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
    _join_organisation_words(members, clusters)
    duplicates = _join_by_context(members, by_key, clusters)

    return _finish(members, by_key, analysts, analyst_keys, clusters, decisions, duplicates,
                   set(reserved))  # fmt: skip


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


@functools.cache
def _country(code: str) -> gazetteer.Country | None:
    for place in gazetteer._table()[0].values():
        if place.country.code == code:
            return place.country
    return None


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
                p.suffix == parsed.suffix
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


# --------------------------------------------------------------------------- finishing


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

    def rank(name: str) -> tuple[int, int, int, str]:
        org = parse_org(name)
        # "South Korea's Foreign Ministry" before "Seoul's": the country by its name.
        by_name = int(org is not None and org.how in ("name", "demonym"))
        return by_name, counts[name], len(name), name

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


# --------------------------------------------------------------------------- applying


def apply(
    results: Sequence[DocumentResult], identity: Identity | None = None
) -> list[DocumentResult]:
    """The results with corpus-wide speaker ids (what ``quotetui extract`` writes once every
    document is read). A quote's ``speaker`` stays the name its article gives (the fullest,
    as an analyst records it per article); the speaker records carry the corpus speaker's
    name, kind and aliases."""
    identity = identity or resolve(results)
    out = []
    for result in results:
        local: dict[str, str] = {}
        for s in result.speakers:
            local[s.id] = identity.assignment.get((result.doc_id, s.id), s.id)
        quotes = tuple(
            q if q.speaker_id is None or q.speaker_id not in local
            else q.replace(
                speaker_id=local[q.speaker_id],
                speaker=identity.article_names.get((result.doc_id, q.speaker_id), q.speaker),
            )
            for q in result.quotes
        )  # fmt: skip
        speakers: dict[str, SpeakerRecord] = {}
        for s in result.speakers:
            corpus = identity.by_id.get(local[s.id])
            if corpus is None:
                continue
            speakers.setdefault(
                corpus.id,
                s.replace(id=corpus.id, name=corpus.name, kind=corpus.kind, aliases=corpus.aliases),
            )
        out.append(_replace_result(result, quotes, tuple(speakers.values())))
    return out


def apply_to_prediction(prediction: dict[str, object], identity: Identity) -> dict[str, object]:
    """A prediction line (``DocumentResult.to_prediction``) with corpus-wide speaker ids."""
    doc_id = str(prediction["doc_id"])
    quotes = prediction.get("quotes")
    assert isinstance(quotes, list)
    for quote in quotes:
        local = quote.get("speaker_id")
        if local is None:
            continue
        key = (doc_id, str(local))
        if key in identity.assignment:
            quote["speaker_id"] = identity.assignment[key]
            quote["speaker"] = identity.article_names.get(key, quote.get("speaker"))
    return prediction


def _replace_result(result: DocumentResult, quotes: tuple, speakers: tuple) -> DocumentResult:  # type: ignore[type-arg]
    import dataclasses

    return dataclasses.replace(result, quotes=quotes, speakers=speakers)
