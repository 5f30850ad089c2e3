"""The domain types that cross quotetui's layers: the closed vocabularies as enums and the
records passed from the reader to the engine, from the engine to the store and from the store
to the review app and the export.

No spaCy, SQLite or Textual here: every layer imports this module, and nothing else of each
other's. A field added to a record is added here once; the prediction writer, the store's
columns and the export derive their fields from these classes (``docs/FORMATS.md`` is the
contract they follow).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

# --------------------------------------------------------------------------- vocabularies


class QuoteKind(StrEnum):
    """What a quotation is: spoken or stated words, written words, or a term nobody said."""

    SPEECH = "speech"
    WRITTEN = "written"
    TERM = "term"  # scare quotes, titles, names


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"  # company, party, government body, campaign, outlet
    UNNAMED = "unnamed"  # an unnamed person or group described by role
    DOCUMENT = "document"  # a report, memo, ad, poll … when the document itself speaks


class OccasionType(StrEnum):
    """The closed set of OCCASION-GUIDELINES.md."""

    STATEMENT = "statement"
    INTERVIEW = "interview"
    PRESS = "press"
    SPEECH = "speech"
    DEBATE = "debate"
    HEARING = "hearing"
    BROADCAST = "broadcast"
    SOCIAL_POST = "social_post"
    DOCUMENT = "document"
    MEETING = "meeting"
    OTHER = "other"


class DateSource(StrEnum):
    """Where an occasion date was read."""

    TEXT = "text"  # in the quote's own attribution
    CARRIED = "carried"  # from an occasion named elsewhere in the article


class Method(StrEnum):
    """The rule (or model) that decided an attribution. The values are the names stored in
    predictions and databases, so they never change once written."""

    SPEAKER_LABEL = "speaker label"
    CUE_VERB_SUBJECT = "cue-verb subject"
    ACCORDING_TO = "according to"
    ADJACENT_CUE = "adjacent cue"
    COLON_INTRO = "colon intro"
    DASH = "dash"
    INTRO_CLAUSE = "intro clause"
    PASSIVE_NAMING = "passive naming"
    CONTINUATION = "continuation"
    PREVIOUS_SENTENCE = "previous sentence"
    PREVIOUS_SUBJECT = "previous subject"
    SENTENCE_SUBJECT = "sentence subject"
    NESTED = "nested"  # a quote inside a quote: a term
    RANKER = "ranker"  # the learned ranker overrode the sieve (or found what no rule did)
    WORDS_OF = "words of"  # a short quote the sentence gives to someone ("called it “…”")
    ECHO = "echo"  # a fragment repeating another quote's words takes that quote's speaker


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    """One news article as read from a file (``docs/FORMATS.md``, "Documents")."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None  # publication date, "YYYY-MM-DD" (or None)
    path: str | None = None  # file it came from (absolute), or None for a fetched URL
    author: str | None = None  # from a web page's metadata
    language: str | None = None  # a web page's language ("en"), from its metadata or detected
    # Whether the id was made from the file's path (rather than given by the data: a JSONL
    # "id", a front-matter id:, a URL). Such an id belongs to that file: another file claiming
    # it later is a different article, not a new version of this one.
    id_from_path: bool = False


# --------------------------------------------------------------------------- engine records


@dataclass(frozen=True)
class QuoteRecord:
    """One attributed quotation: a line item of a prediction (``docs/FORMATS.md``,
    "Predictions"). Field order is the order of the JSON written by ``quotetui extract``."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_kind: SpeakerKind | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = QuoteKind.SPEECH
    partial: bool = False
    occasion: str | None = None  # the event or medium in the article's words
    occasion_type: OccasionType | None = None
    occasion_place: str | None = None
    # Only a date the text gives ("YYYY-MM-DD", or "YYYY-MM" when only the month is known):
    # never the publication date as a guess.
    occasion_date: str | None = None
    occasion_date_text: str | None = None  # the words it rests on, as written
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: DateSource | None = None
    occasion_start: int | None = None  # the words the occasion rests on (its evidence)
    occasion_end: int | None = None
    confidence: float | None = None
    method: Method | None = None
    # Why it was decided so: the ranker's verdict on the rule's choice and the features that
    # weighed most ("ranker agrees with cue-verb subject (0.97)", "cue:say (+1.4)" …).
    reasons: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object of a prediction line (enums as their values)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteRecord:
        """A record from a prediction line; unknown keys are ignored, missing ones are None."""
        values: dict[str, Any] = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        for name, enum in _ENUM_FIELDS.items():
            if values.get(name) is not None:
                values[name] = enum(values[name])
        values["reasons"] = tuple(values.get("reasons") or ())
        values["partial"] = bool(values.get("partial"))
        return cls(**values)

    def replace(self, **changes: Any) -> QuoteRecord:
        return dataclasses.replace(self, **changes)


PREDICTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(QuoteRecord))
_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "kind": QuoteKind,
    "speaker_kind": SpeakerKind,
    "occasion_type": OccasionType,
    "occasion_date_source": DateSource,
    "method": Method,
}


@dataclass(frozen=True)
class SpeakerRecord:
    """A speaker of one article as the engine resolved it, with what the article says of it.

    ``id`` is the id its quotes carry: the article's own id for the speaker as the engine
    emits it, the corpus-wide id once ``quotetui.identity`` has joined the articles' speakers.
    ``aliases`` are names only (never a pronoun, a role noun, or a surname that another person
    of the article shares). The rest is the evidence identity weighs across articles.
    """

    id: str
    name: str
    kind: SpeakerKind | None = None
    aliases: tuple[str, ...] = ()
    named: bool = True  # a proper name; False for a description ("a spokesman", "police")
    titles: tuple[str, ...] = ()  # titles and roles written with the name: "senator"
    affiliations: tuple[str, ...] = ()  # party, place or body: "democratic", "ohio"
    gender: str | None = None  # "m" / "f" where a title or pronoun tells
    quotes: int = 0  # how many of the article's quotes it speaks
    mentioned_as: tuple[str, ...] = ()  # the mentions its quotes rest on: "Caddell", "he"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": _plain(self.kind),
            "aliases": list(self.aliases),
            "named": self.named,
            "titles": list(self.titles),
            "affiliations": list(self.affiliations),
            "gender": self.gender,
            "quotes": self.quotes,
            "mentioned_as": list(self.mentioned_as),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpeakerRecord:
        kind = data.get("kind")
        return cls(
            id=data["id"],
            name=data.get("name") or data["id"],
            kind=SpeakerKind(kind) if kind else None,
            aliases=tuple(data.get("aliases") or ()),
            named=bool(data.get("named", True)),
            titles=tuple(data.get("titles") or ()),
            affiliations=tuple(data.get("affiliations") or ()),
            gender=data.get("gender"),
            quotes=int(data.get("quotes") or 0),
            mentioned_as=tuple(data.get("mentioned_as") or ()),
        )

    def replace(self, **changes: Any) -> SpeakerRecord:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class DocumentResult:
    """What the engine found in one document."""

    doc_id: str
    quotes: tuple[QuoteRecord, ...] = ()
    speakers: tuple[SpeakerRecord, ...] = ()
    parts: int = 1  # how many pieces a long document was parsed in
    error: str | None = None  # why the engine failed on (part of) the document
    notes: tuple[str, ...] = field(default=())  # warnings worth telling the user
    # The people and the other names (organisations, places) the article gives: the company
    # its speakers keep, which ``quotetui.identity`` weighs across articles.
    people: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def to_prediction(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "quotes": [q.to_json() for q in self.quotes]}


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


# --------------------------------------------------------------------------- store rows
#
# What the store hands to its readers (the review app, the export, the CLI). Each class is the
# shape of one table or view row; the store builds its SELECTs from their fields, so a column
# is added here and in a migration, nowhere else.


class ReviewAction(StrEnum):
    """What a row of the review log records. The values are stored, so they never change."""

    CONFIRM = "confirm"
    REJECT = "reject"
    CORRECT = "correct"
    MERGE = "merge"  # one speaker merged into another
    UNDO = "undo"  # takes back the entry its ``undo_of`` names
    PIN = "pin"  # ingest wrote down what an analyst decided on when the engine changed it
    CARRY = "carry"  # ingest moved a decision to the same quote at a new position
    STALE = "stale"  # ingest no longer finds a reviewed quote; it is kept, marked stale
    RENAME = "rename"  # a speaker's name changed
    KIND = "kind"  # a speaker's kind changed
    SPLIT = "split"  # an alias (its article speakers and quotes) left one speaker for another
    SPLIT_QUOTES = "split quotes"  # chosen quotes went to another (or a new) speaker
    DIFFERENT = "different"  # two speakers are different people: never suggested as one
    RECHECK = "recheck"  # ingest marked a decision for re-review: its words or speaker changed
    NOTE = "note"  # an analyst's free-text note on a quote was written, changed or cleared
    FLAG = "flag"  # a quote was flagged "check later", or the flag taken off


# Decisions on one quote; undo takes these back, and speaker merges too.
DECISION_ACTIONS: tuple[ReviewAction, ...] = (
    ReviewAction.CONFIRM,
    ReviewAction.REJECT,
    ReviewAction.CORRECT,
)
# Decisions on speakers, which identity takes as inputs on every ingest.
SPEAKER_ACTIONS: tuple[ReviewAction, ...] = (
    ReviewAction.MERGE,
    ReviewAction.RENAME,
    ReviewAction.KIND,
    ReviewAction.SPLIT,
    ReviewAction.SPLIT_QUOTES,
    ReviewAction.DIFFERENT,
)
# Notes and flags: the analyst's annotations of a quote, beside (never part of) its decision.
ANNOTATION_ACTIONS: tuple[ReviewAction, ...] = (ReviewAction.NOTE, ReviewAction.FLAG)
UNDOABLE_ACTIONS: tuple[ReviewAction, ...] = (
    *DECISION_ACTIONS,
    *SPEAKER_ACTIONS,
    *ANNOTATION_ACTIONS,
)


@dataclass(frozen=True)
class DocumentRow:
    """A stored article (the ``documents`` table)."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    path: str | None = None
    sha256: str = ""
    ingested_at: str = ""


@dataclass(frozen=True)
class SpeakerRow:
    """A stored speaker with its quote counts (non-stale quotes whose final speaker it is)."""

    id: str
    name: str
    kind: SpeakerKind | None = None
    merged_into: str | None = None
    total: int = 0
    unreviewed: int = 0
    aliases: tuple[str, ...] = ()  # sorted; the name is one of them


@dataclass(frozen=True)
class QuoteRow:
    """A stored quote as the ``quotes_final`` view gives it: the engine's answer, the
    analyst's decision, and the final values where the analyst's answer wins."""

    id: str
    document_id: str
    start: int
    end: int
    text: str
    kind: QuoteKind | None = None
    partial: bool = False
    engine_speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    occasion: str | None = None  # the engine's
    occasion_date: str | None = None  # the engine's
    # The engine's structured occasion (model.QuoteRecord; None in rows stored before it).
    occasion_type: str | None = None
    occasion_place: str | None = None
    occasion_date_text: str | None = None
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: str | None = None
    occasion_start: int | None = None
    occasion_end: int | None = None
    confidence: float | None = None
    # As stored: a rule name of the engine that wrote it (older databases may hold names the
    # Method enum no longer has).
    method: str | None = None
    # The top reasons behind the attribution (QuoteRecord.reasons); none before schema m007.
    reasons: tuple[str, ...] = ()
    status: ReviewStatus = ReviewStatus.UNREVIEWED
    reviewed_speaker_id: str | None = None
    reviewed_occasion: str | None = None  # '' when the analyst said there is none
    reviewed_occasion_date: str | None = None
    reviewed_occasion_type: str | None = None  # '' when the analyst said there is none
    reviewed_occasion_place: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None
    stale: bool = False  # reviewed, but the re-ingested article no longer has it
    # Why the decision needs another look (its words, or the engine's speaker, changed since);
    # None when it does not. A decision marked so is not exported as verified.
    recheck: str | None = None
    decision_id: int | None = None  # the review log entry of the decision in force
    note: str | None = None  # the analyst's free-text note (None: none)
    flag: bool = False  # flagged "check later"
    # Final values: the analyst's where given, else the engine's.
    speaker_id: str | None = None
    speaker_name: str | None = None
    final_occasion: str | None = None
    final_occasion_date: str | None = None
    final_occasion_type: str | None = None
    final_occasion_place: str | None = None
    # The words the final date rests on and where they were read ("text", "carried"); when
    # the analyst set the date, no words and "reviewed".
    final_occasion_date_text: str | None = None
    final_occasion_date_source: str | None = None
    # The speaker's name as the engine gave it in its article: a merge or a rename later never
    # rewrites it (engine_speaker_id is the corpus speaker it was resolved to, which they move).
    engine_speaker_name: str | None = None
    speaker_kind: str | None = None  # the final speaker's kind (model.SpeakerKind value)
    document_title: str | None = None
    document_source: str | None = None
    document_date: str | None = None  # the publication date: never the occasion's
    document_url: str | None = None

    @property
    def review(self) -> ReviewState:
        return ReviewState(
            status=self.status,
            reviewed_speaker_id=self.reviewed_speaker_id,
            reviewed_occasion=self.reviewed_occasion,
            reviewed_occasion_date=self.reviewed_occasion_date,
            reviewed_occasion_type=self.reviewed_occasion_type,
            reviewed_occasion_place=self.reviewed_occasion_place,
            reviewer=self.reviewer,
            reviewed_at=self.reviewed_at,
            recheck=self.recheck,
            decision_id=self.decision_id,
            note=self.note,
            flag=self.flag,
        )


# ---- review-log payloads: the JSON ``before`` and ``after`` of each action, declared.


@dataclass(frozen=True)
class ReviewState:
    """The review columns of one quote: before and after a decision, an undo or a pin.

    ``recheck``: why ingest asks for another look at the decision (None: it does not); a new
    decision clears it. ``decision_id``: the log entry of the decision in force, which moves
    with it when ingest carries it to another span, so an undo finds it and can tell whether
    someone decided since. Both are absent from entries logged before they existed.
    """

    status: ReviewStatus = ReviewStatus.UNREVIEWED
    reviewed_speaker_id: str | None = None
    reviewed_occasion: str | None = None
    reviewed_occasion_date: str | None = None
    # Logs written before occasions had a type and a place hold neither: read as None.
    reviewed_occasion_type: str | None = None
    reviewed_occasion_place: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None
    recheck: str | None = None
    decision_id: int | None = None
    # The analyst's note and "check later" flag travel with the quote's words like its
    # decision, but are not part of it: deciding keeps them, and undoing a decision leaves
    # them as they are (a note or flag is undone on its own). Absent from older entries.
    note: str | None = None
    flag: bool = False

    def to_json(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @property
    def annotated(self) -> bool:
        """Whether the analyst left a note or a flag on the quote."""
        return self.note is not None or self.flag

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewState:
        decision = data.get("decision_id")
        return cls(
            status=ReviewStatus(data.get("status") or ReviewStatus.UNREVIEWED),
            reviewed_speaker_id=data.get("reviewed_speaker_id"),
            reviewed_occasion=data.get("reviewed_occasion"),
            reviewed_occasion_date=data.get("reviewed_occasion_date"),
            reviewed_occasion_type=data.get("reviewed_occasion_type"),
            reviewed_occasion_place=data.get("reviewed_occasion_place"),
            reviewer=data.get("reviewer"),
            reviewed_at=data.get("reviewed_at"),
            recheck=data.get("recheck"),
            decision_id=None if decision is None else int(decision),
            note=data.get("note"),
            flag=bool(data.get("flag")),
        )

    @property
    def decided(self) -> tuple[str, str | None, str | None]:
        """Which decision this is: status, reviewer and time (what pins and carries keep)."""
        return str(self.status), self.reviewer, self.reviewed_at

    def replace(self, **changes: Any) -> ReviewState:
        return dataclasses.replace(self, **changes)


REVIEW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ReviewState))


@dataclass(frozen=True)
class CarriedState:
    """One side of a ``carry``: the quote (id and span) and the decision it holds."""

    quote_id: str
    start: int
    end: int
    state: ReviewState

    def to_json(self) -> dict[str, Any]:
        return {"quote_id": self.quote_id, "start": self.start, "end": self.end,
                **self.state.to_json()}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CarriedState:
        return cls(data["quote_id"], data["start"], data["end"], ReviewState.from_json(data))


@dataclass(frozen=True)
class StaleFlag:
    """One side of a ``stale`` entry."""

    stale: bool

    def to_json(self) -> dict[str, Any]:
        return {"stale": int(self.stale)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StaleFlag:
        return cls(bool(data["stale"]))


@dataclass(frozen=True)
class MergedSpeaker:
    """The ``before`` of a merge: the source speaker and everything the merge moved off it,
    so that an undo can move it back."""

    speaker_id: str
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    quotes: int = 0
    engine_quotes: tuple[str, ...] = ()
    reviewed_quotes: tuple[str, ...] = ()
    merged_here: tuple[str, ...] = ()  # speakers merged into the source earlier

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker_id": self.speaker_id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "quotes": self.quotes,
            "engine_quotes": list(self.engine_quotes),
            "reviewed_quotes": list(self.reviewed_quotes),
            "merged_here": list(self.merged_here),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MergedSpeaker:
        return cls(
            speaker_id=data["speaker_id"],
            name=data.get("name") or data["speaker_id"],
            kind=data.get("kind"),
            aliases=tuple(data.get("aliases") or ()),
            quotes=int(data.get("quotes") or 0),
            engine_quotes=tuple(data.get("engine_quotes") or ()),
            reviewed_quotes=tuple(data.get("reviewed_quotes") or ()),
            merged_here=tuple(data.get("merged_here") or ()),
        )


@dataclass(frozen=True)
class MergeLink:
    """The ``after`` of a merge (and the ``before`` of its undo): where the source went and
    which aliases the target gained from it."""

    speaker_id: str
    merged_into: str
    added_aliases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"speaker_id": self.speaker_id, "merged_into": self.merged_into,
                "added_aliases": list(self.added_aliases)}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MergeLink:
        return cls(data["speaker_id"], data["merged_into"], tuple(data.get("added_aliases") or ()))


@dataclass(frozen=True)
class SpeakerSplit:
    """The ``after`` of undoing a merge: the speaker stands alone again."""

    speaker_id: str

    def to_json(self) -> dict[str, Any]:
        return {"speaker_id": self.speaker_id, "merged_into": None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpeakerSplit:
        return cls(data["speaker_id"])


@dataclass(frozen=True)
class SpeakerEdit:
    """One side of a rename, kind, split or "different people": the speaker and what the
    action changed, so that an undo can put it back."""

    speaker_id: str
    name: str | None = None
    kind: str | None = None
    other_id: str | None = None  # different: the other speaker; a split: where it went
    alias: str | None = None  # a split: the alias that moved
    created: bool = False  # a split: the speaker it went to was made for it
    members: tuple[tuple[str, str], ...] = ()  # a split: the articles' speakers that moved
    quotes: tuple[tuple[str, ReviewState], ...] = ()  # split quotes: each quote's decision

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker_id": self.speaker_id,
            "name": self.name,
            "kind": self.kind,
            "other_id": self.other_id,
            "alias": self.alias,
            "created": self.created,
            "members": [list(m) for m in self.members],
            "quotes": [{"quote_id": q, **state.to_json()} for q, state in self.quotes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpeakerEdit:
        return cls(
            speaker_id=data["speaker_id"],
            name=data.get("name"),
            kind=data.get("kind"),
            other_id=data.get("other_id"),
            alias=data.get("alias"),
            created=bool(data.get("created")),
            members=tuple((str(m[0]), str(m[1])) for m in data.get("members") or ()),
            quotes=tuple(
                (q["quote_id"], ReviewState.from_json(q)) for q in data.get("quotes") or ()
            ),
        )


ReviewPayload = (
    ReviewState | CarriedState | StaleFlag | MergedSpeaker | MergeLink | SpeakerSplit | SpeakerEdit
)


@dataclass(frozen=True)
class ReviewEntry:
    """One row of the append-only review log."""

    id: int
    action: ReviewAction
    at: str
    quote_id: str | None = None  # None for speaker merges (and their undos)
    before: ReviewPayload | None = None
    after: ReviewPayload | None = None
    reviewer: str | None = None  # None for what ingest wrote
    undo_of: int | None = None
    # Decisions made by one key on several quotes share the id of the first one's row, and
    # are undone together.
    batch: int | None = None
    session: str | None = None  # the review session that wrote it (None: ingest, older entries)


# ---- what undo took back


@dataclass(frozen=True)
class DecisionUndone:
    """A decision on one quote was taken back."""

    action: ReviewAction
    # Where the decision lives now (ingest may have carried it to a moved span); the quote may
    # be gone altogether when its article changed.
    quote_id: str


@dataclass(frozen=True)
class DecisionsUndone:
    """Decisions made together (one occasion applied to several quotes) were taken back."""

    action: ReviewAction
    quote_ids: tuple[str, ...]  # where each decision lives now


@dataclass(frozen=True)
class MergeUndone:
    """A speaker merge was taken back: ``speaker_id`` stands alone again."""

    speaker_id: str
    merged_into: str | None  # where it had gone (followed through later merges)


@dataclass(frozen=True)
class SpeakerEditUndone:
    """A rename, kind, split or "different people" was taken back."""

    action: ReviewAction
    speaker_id: str


@dataclass(frozen=True)
class UndoRefused:
    """Undo left a decision alone: someone decided the quote since (``current`` is the decision
    in force now). Nothing was written; the next undo goes one step further back."""

    entry_id: int  # the log entry that was not undone
    action: ReviewAction
    quote_id: str
    current: ReviewState


@dataclass(frozen=True)
class SpeakerUndoRefused:
    """Undo left a speaker edit or merge alone: a later decision (anyone's) rests on it, and
    undoing it would take that back or move it. Nothing was written; the next undo goes one step
    further back."""

    entry_id: int  # the log entry that was not undone
    action: ReviewAction
    speaker_id: str
    reason: str  # what was decided since, for the analyst ("ben merged it into …")


UndoResult = (
    DecisionUndone
    | DecisionsUndone
    | MergeUndone
    | SpeakerEditUndone
    | UndoRefused
    | SpeakerUndoRefused
)
