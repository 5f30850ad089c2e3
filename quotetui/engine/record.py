"""The engine's record of one quote between the parse and ``attribute.finalise``: what the
article alone says (a date as written, a speaker without a corpus-wide id).

It is made inside the spaCy component, so it may be made in a worker process: the component
stores its JSON form in ``doc._.quote_attributions`` (plain values survive
``nlp.pipe(n_process=…)``, ``DocBin`` and pickling), and the pipeline reads it back with
:meth:`Attribution.from_json`. No spaCy here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from quotetui.model import DateSource, Method, OccasionType, QuoteKind, SpeakerKind

# Fields holding character offsets into the document text (shifted when a long document is
# parsed in parts).
OFFSET_FIELDS = (
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "occasion_date_start",
    "occasion_date_end",
    "occasion_start",
    "occasion_end",
)


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    text: str
    speaker: str | None = None  # canonical name in the article, or the mention as written
    speaker_kind: SpeakerKind | None = None
    speaker_aliases: tuple[str, ...] = ()
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = QuoteKind.SPEECH
    partial: bool = False
    occasion: str | None = None
    occasion_type: OccasionType | None = None
    occasion_place: str | None = None
    occasion_date_phrase: str | None = None  # as written; resolved by finalise
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: DateSource | None = None
    occasion_start: int | None = None
    occasion_end: int | None = None
    confidence: float | None = None
    method: Method | None = None
    group: int = 0  # pieces of one multi-paragraph quote share it (see quotes.QuoteSpan)
    piece: int = 0
    closed: bool = True
    confidence_key: str = ""  # the calibration key (confidence.py); "" for terms
    reasons: tuple[str, ...] = ()  # the ranker's verdict and top features
    same_day: bool = False  # a plain "said": an undated report of the day's news
    lead_date_phrase: str | None = None  # the day the article's lead names
    # How the speaker was resolved (entities.ResolutionPath's value): whether the speaker is
    # named ("person named") or only described ("indefinite description").
    speaker_path: str | None = None

    def shifted(self, offset: int, group_base: int) -> Attribution:
        """The record of a part of a document, placed in the whole document."""
        if not offset and not group_base:
            return self
        changes: dict[str, Any] = {
            name: value + offset
            for name in OFFSET_FIELDS
            if (value := getattr(self, name)) is not None
        }
        return dataclasses.replace(self, group=self.group + group_base, **changes)

    def to_json(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Attribution:
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        values["speaker_aliases"] = tuple(values.get("speaker_aliases") or ())
        values["reasons"] = tuple(values.get("reasons") or ())
        values["kind"] = QuoteKind(values.get("kind", QuoteKind.SPEECH))
        for name, enum in _ENUM_FIELDS.items():
            if values.get(name) is not None:
                values[name] = enum(values[name])
        return cls(**values)


@dataclass(frozen=True)
class SpeakerContext:
    """What one article says about one of its speakers besides the name: what tells two
    people of one name apart across articles (``quotetui.identity``)."""

    name: str  # the speaker's canonical name in the article (``Attribution.speaker``)
    titles: tuple[str, ...] = ()  # titles and roles: "senator", "nominee", "spokesperson"
    affiliations: tuple[str, ...] = ()  # party, place, organisation: "democratic", "ohio"
    gender: str | None = None  # "m" or "f" where a title or a pronoun tells


@dataclass(frozen=True)
class ArticleContext:
    """One article's speakers' contexts and the names it gives, made beside the attributions
    (``doc._.quote_speakers``) and sent back from worker processes as JSON like them."""

    speakers: tuple[SpeakerContext, ...] = ()
    people: tuple[str, ...] = ()  # person names the article writes (outside quotations)
    names: tuple[str, ...] = ()  # organisations, places and groups it names

    def to_json(self) -> dict[str, Any]:
        return {
            "speakers": [
                {"name": s.name, "titles": list(s.titles), "affiliations": list(s.affiliations),
                 "gender": s.gender}
                for s in self.speakers
            ],
            "people": list(self.people),
            "names": list(self.names),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ArticleContext:
        if not data:
            return cls()
        return cls(
            speakers=tuple(
                SpeakerContext(
                    s["name"],
                    tuple(s.get("titles") or ()),
                    tuple(s.get("affiliations") or ()),
                    s.get("gender"),
                )
                for s in data.get("speakers") or ()
            ),
            people=tuple(data.get("people") or ()),
            names=tuple(data.get("names") or ()),
        )

    def joined(self, other: ArticleContext) -> ArticleContext:
        """The context of a document parsed in parts: both parts' speakers and names."""
        by_name: dict[str, SpeakerContext] = {s.name: s for s in self.speakers}
        for s in other.speakers:
            mine = by_name.get(s.name)
            if mine is None:
                by_name[s.name] = s
                continue
            by_name[s.name] = SpeakerContext(
                s.name,
                tuple(dict.fromkeys([*mine.titles, *s.titles])),
                tuple(dict.fromkeys([*mine.affiliations, *s.affiliations])),
                mine.gender if mine.gender == s.gender or s.gender is None else
                (s.gender if mine.gender is None else None),
            )  # fmt: skip
        return ArticleContext(
            tuple(by_name.values()),
            tuple(dict.fromkeys([*self.people, *other.people])),
            tuple(dict.fromkeys([*self.names, *other.names])),
        )


_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "speaker_kind": SpeakerKind,
    "occasion_type": OccasionType,
    "occasion_date_source": DateSource,
    "method": Method,
}


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value
