"""The records of one article's reading: its entities and the name mentions they are built of."""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from spacy.tokens import Token

from quotetui.engine.coref.junk import is_junk_name
from quotetui.engine.resolution import (
    DOCUMENT,
    ORGANISATION,
    PERSON,
    UNNAMED,
    Speaker,
)
from quotetui.model import SpeakerKind
from quotetui.names import (
    name_key,
)

_State = OrderedDict[int, tuple[float, int, float, bool]]


_SPEAKER_KINDS: dict[str, SpeakerKind] = {PERSON: PERSON, UNNAMED: UNNAMED, DOCUMENT: DOCUMENT}


@dataclass
class Entity:
    """A person or organisation of one article, or a person it only describes ("a
    29-year-old Berlin woman"), of kind UNNAMED."""

    index: int
    kind: str  # PERSON, ORGANISATION or UNNAMED
    words: tuple[str, ...]  # name_key words of the fullest name, without a suffix
    suffix: str = ""
    forms: dict[str, float] = field(default_factory=dict)  # display forms → weighted uses
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    titles: Counter[str] = field(default_factory=Counter)  # gender votes of titles and nouns
    bound: Counter[str] = field(default_factory=Counter)  # gender votes of bound pronouns
    uses: float = 0.0
    label: str = "PERSON"  # NER label of organisations (ORG, GPE, NORP, FAC)
    _speaker: tuple[tuple[int, int], Speaker] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        # The fullest form the reporter wrote, not one seen only in a heading or a quote.
        multi = [f for f in self.forms if len(name_key(f).split()) > 1 and self.forms[f] >= 0.5]
        pool = multi or list(self.forms)
        name = max(pool, key=lambda f: (self.forms[f], len(name_key(f).split()), f))
        if self.kind == PERSON and name.isupper() and len(name) > 3:
            # "WALLACE:" in a transcript is Wallace; an organisation's "NATO" stays.
            name = name.title()
        return name

    def speaker(self) -> Speaker:
        """The entity as a speaker (the same object each time once the article is read)."""
        key = (len(self.aliases), len(self.forms))
        if self._speaker is None or self._speaker[0] != key:
            name = self.name
            kind = _SPEAKER_KINDS.get(self.kind, ORGANISATION)
            aliases = {a for a in self.aliases | {name} if not is_junk_name(a)}
            self._speaker = (key, Speaker(name, kind, aliases))
        return Speaker(self._speaker[1].name, self._speaker[1].kind, set(self._speaker[1].aliases))


@dataclass
class _Mention:
    start: int  # token range of the name, titles excluded
    end: int
    root: Token
    words: list[str]  # name_key words without the suffix
    suffix: str
    display: str
    titled: str | None  # the name with the titles written before it, an alias
    title_gender: str | None
    inside: bool
    kind: str = PERSON
    label: str = "PERSON"
    entity: int = -1
    bound_gender: str | None = None
