"""The records identity reads and gives: articles' speakers, analysts' decisions and
speakers, and the corpus speakers with the joins and possible duplicates that explain them."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from quotetui.model import DocumentResult, SpeakerKind, SpeakerRecord

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
    SHORT_ORGANISATION = "first word of an organisation the article names"
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
