"""Mentions → canonical speakers, within an article and across the corpus.

Within an article, :class:`ArticleEntities` (:mod:`quotetui.engine.coref`) knows every person
and organisation the article names, the fullest form of each name, their gender and roles, and
what each pronoun and role noun refers to. Across articles, :class:`SpeakerRegistry` gives the
same person or organisation one stable id.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from quotetui.engine.coref import ArticleEntities, antecedent_span, is_junk_name
from quotetui.engine.resolution import (
    DOCUMENT,
    ORGANISATION,
    PENALTIES,
    PERSON,
    UNNAMED,
    Resolution,
    ResolutionPath,
    Speaker,
)
from quotetui.model import SpeakerKind, SpeakerRecord
from quotetui.names import name_key, slugify

__all__ = [
    "DOCUMENT",
    "ORGANISATION",
    "PENALTIES",
    "PERSON",
    "UNNAMED",
    "ArticleEntities",
    "Resolution",
    "ResolutionPath",
    "Speaker",
    "SpeakerRegistry",
    "antecedent_span",
    "is_junk_name",
]


class SpeakerRegistry:
    """One id per person or organisation across the corpus, with the aliases seen for it.

    Ids are slugs of the canonical name, so they are stable across runs. A one-word person name
    ("Zinoviev") joins the one known person whose name ends or starts with it.
    """

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # speaker id → display name
        self.kinds: dict[str, SpeakerKind] = {}
        self.aliases: dict[str, set[str]] = {}
        self._by_key: dict[str, str] = {}  # name_key(alias) → id
        self._by_word: dict[str, set[str]] = {}  # first/last word of person names → ids

    def add(
        self, speaker_id: str, name: str, kind: str | None, aliases: Iterable[str] = ()
    ) -> None:
        """Teach the registry a speaker (e.g. loaded from the store)."""
        self.names.setdefault(speaker_id, name)
        self.kinds.setdefault(speaker_id, _speaker_kind(kind))
        known = self.aliases.setdefault(speaker_id, set())
        for alias in [name, *aliases]:
            if not alias:
                continue
            known.add(alias)
            self._by_key.setdefault(name_key(alias), speaker_id)
        if (kind or "") == PERSON:
            words = name_key(name).split()
            if len(words) > 1:
                for w in (words[0], words[-1]):
                    self._by_word.setdefault(w, set()).add(speaker_id)

    def resolve(self, speaker: Speaker, avoid: Collection[str] = ()) -> str:
        """The id for a speaker, registering it when new. ``avoid``: ids of other speakers of
        the same article, which this one cannot be (the article told them apart: "Mr. Obama"
        is not the article's Michelle Obama)."""
        key = name_key(speaker.name)
        speaker_id = self._by_key.get(key)
        if speaker_id in avoid:
            speaker_id = None
        if speaker_id is None and speaker.kind != UNNAMED and len(key.split()) == 1:
            ids = self._by_word.get(key, set()) - set(avoid)
            if len(ids) == 1:
                speaker_id = next(iter(ids))
        if speaker_id is None:
            speaker_id = slugify(speaker.name)
            while speaker_id in avoid or (
                speaker_id in self.names and name_key(self.names[speaker_id]) != key
            ):
                speaker_id += "-2"
        self.add(speaker_id, speaker.name, speaker.kind, speaker.aliases)
        return speaker_id

    def record(self, speaker_id: str) -> SpeakerRecord:
        name = self.names[speaker_id]
        return SpeakerRecord(
            id=speaker_id,
            name=name,
            kind=self.kinds.get(speaker_id),
            aliases=tuple(sorted(a for a in self.aliases.get(speaker_id, ()) if a != name)),
        )


def _speaker_kind(kind: str | None) -> SpeakerKind:
    """A kind read from outside (the store) as the engine's; unknown or none: unnamed."""
    try:
        return SpeakerKind(kind) if kind else UNNAMED
    except ValueError:
        return UNNAMED
