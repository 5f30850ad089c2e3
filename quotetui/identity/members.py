"""Every article's speakers as the members identity joins, each with its name parsed and the
fuller name its article gives a bare surname."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotetui import gazetteer
from quotetui.engine.gender import share_women
from quotetui.identity.org_names import OrgName, parse_org
from quotetui.identity.person_names import PersonName, first_names_agree, parse_person
from quotetui.identity.records import DOCUMENT, ORGANISATION, PERSON, UNNAMED, Article, MemberKey
from quotetui.model import SpeakerKind, SpeakerRecord
from quotetui.names import ORGANISATION_NOUNS, fold, name_key


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


def _called_a_body(record: SpeakerRecord) -> bool:
    """Its article calls it by a body's noun ("the company said"): an organisation, though the
    tagger listed its name ("Harwick Foods") among the people there."""
    return any(
        words[-1] in ORGANISATION_NOUNS
        for words in (fold(m).split() for m in record.mentioned_as)
        if len(words) == 2 and words[0] in ("the", "this", "that")
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
                    and not _called_a_body(record)
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
