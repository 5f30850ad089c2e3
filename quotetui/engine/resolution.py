"""What resolving a speaker mention yields: a :class:`Speaker`, the :class:`ResolutionPath`
taken to it, and how sure that path is (``data/penalties.json``). No spaCy here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

from quotetui.model import SpeakerKind

PERSON = SpeakerKind.PERSON
ORGANISATION = SpeakerKind.ORGANISATION
UNNAMED = SpeakerKind.UNNAMED
DOCUMENT = SpeakerKind.DOCUMENT


@dataclass
class Speaker:
    """A resolved speaker: canonical name, kind and the aliases seen for it."""

    name: str
    kind: SpeakerKind
    aliases: set[str] = field(default_factory=set)


class ResolutionPath(StrEnum):
    """How a mention was resolved to its canonical speaker; each way has its penalty."""

    PERSON_NAMED = "person named"  # a PERSON entity in the mention
    SHARED_NAME = "name two people share"  # "Lindgren" with Erik and Astrid Lindgren
    PROPER_NAME = "proper name"  # proper nouns the NER did not tag: a person, less surely
    ORGANISATION_NAMED = "organisation named"
    TRANSCRIPT_LABEL = "transcript label"  # "PENCE:"
    FIRST_OR_SECOND_PERSON = "first or second person"  # "I", "we", "you": nobody resolved
    IN_QUOTE_FIRST_PERSON = "first person in a quote"  # "I" inside X's quote: X
    HE_OR_SHE = "he or she"
    HE_OR_SHE_UNRESOLVED = "he or she unresolved"
    IT_OR_THEY_EARLIER_SPEAKER = "it or they: earlier speaker"
    IT_OR_THEY_ORGANISATION = "it or they: organisation named before"
    IT_OR_THEY_UNRESOLVED = "it or they unresolved"
    INDEFINITE_DESCRIPTION = "indefinite description"  # "a spokesperson for the NSC"
    ROLE_OF_NAMED_PERSON = "role of a named person"  # "the ambassador" → Georgy Zinoviev
    ROLE_OF_EARLIER_SPEAKER = "role of an earlier speaker"
    # "Ben Carson said … “…,” the retired neurosurgeon told": the one person the sentences
    # before had as their subject, for a description the article gave nobody.
    DESCRIBED_LAST_SUBJECT = "description of the last subject"
    ORGANISATION_BY_HEAD_NOUN = "organisation by its head noun"  # "the embassy"
    ISSUER_OF_DOCUMENT = "issuer of a document"  # "the statement" → the council that issued it
    ORGANISATION_DESCRIBED = "organisation described"
    DESCRIPTION = "description"


def _load_penalties() -> dict[ResolutionPath, float]:
    data = json.loads(
        resources.files("quotetui.engine").joinpath("data/penalties.json").read_text("utf-8")
    )
    table = {ResolutionPath(key): float(value) for key, value in data["penalties"].items()}
    missing = set(ResolutionPath) - set(table)
    if missing:
        raise ValueError(f"data/penalties.json has no penalty for {sorted(missing)}")
    return table


PENALTIES = _load_penalties()


@dataclass(frozen=True)
class Resolution:
    speaker: Speaker | None
    path: ResolutionPath
    # How far the chosen antecedent of a pronoun or role noun led the runner-up in salience
    # (None: not a choice among antecedents).
    margin: float | None = None

    @property
    def penalty(self) -> float:
        """How much less sure the attribution is for resting on this resolution."""
        return PENALTIES[self.path]
