"""Scoring predictions against gold, as ``docs/FORMATS.md`` ("Scoring") describes.

A predicted quote matches a gold quote when their spans overlap by at least half of each one's
length (one-to-one, greedy by overlap). Spans are scored over non-``term`` quotes.

Plain gold (no ``speaker_canonical``): the speaker is right when the names agree (ignoring case,
punctuation and titles) or when the predicted mention overlaps the gold mention.

Resolved gold (the quote has ``speaker_canonical``): the speaker is right **by canonical name
only** — the predicted ``speaker`` equals ``speaker_canonical`` or one of its aliases, or the
words of one are all contained in the other's — and a quote nobody said (``speaker_canonical``
null) is scored like a term. On a resolved document the engine's own ``term`` answers take part
in the matching, so a spoken quote the engine called a term is a matched quote whose speaker is
wrong (nobody), not a missed span. The mention-overlap figure (by name *or* by mention) is
reported beside it, and so are the occasion metrics (where the gold has ``occasion_type``) and
speaker identity over pairs of quotes (where the gold has ``speaker_entity``).

JSON records are parsed into typed quotes at the edge; everything after works on those.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeAlias, TypeVar

from quotetui.model import OccasionType
from quotetui.names import HONORIFICS, name_key

JSONValue: TypeAlias = "None | bool | int | float | str | list[JSONValue] | dict[str, JSONValue]"

# Role titles are dropped only before a name of two or more words, so "Ambassador Georgy
# Zinoviev" → "georgy zinoviev" but "Foreign Ministry" stays itself. (Honorifics come from
# quotetui.names; this list stays here until the title lists are consolidated there.)
TITLES = frozenset(
    """
    president vice prime minister chancellor premier governor gov sen senator rep representative
    congressman congresswoman mayor ambassador envoy secretary general gen col lt capt sgt adm
    judge justice chief spokesman spokeswoman spokesperson king queen prince princess pope
    sheikh chairman chairwoman chair ceo director commissioner deputy foreign first
    """.split()
)
ARTICLES = frozenset({"the", "a", "an"})

# Words that carry no content when occasion descriptions are compared ("interview *with* CNN").
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for with by from into onto over under about as after
    before during between through than then that this these those there here its his her their
    our your my him them he she it they we you i me us is was were be been being are am has have
    had do does did not no so if while which who whom whose what when where why how s
    """.split()
)

CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0001))
HIGH_CONFIDENCE = 0.9

_LEADING_WORD = re.compile(r"\W*(\w+)")
_Q = TypeVar("_Q")


# --------------------------------------------------------------------------- names


def normalise_name(name: str | None) -> str:
    """The name key (``quotetui.names.name_key``) without leading articles, honorifics and,
    before a name of two or more words, role titles."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name)
    while True:
        head = _LEADING_WORD.match(text)
        if head is None:
            break
        word = name_key(head.group(1))
        rest = text[head.end() :]
        following = _LEADING_WORD.match(rest)
        is_title = (
            word in TITLES
            and following is not None
            and following.group(1)[:1].isupper()
            and len(name_key(rest).split()) >= 2
        )
        if word in HONORIFICS or word in ARTICLES or is_title:
            text = rest
        else:
            break
    return name_key(text)


def names_agree(predicted: str | None, names: Iterable[str | None]) -> bool:
    """The resolved-gold name rule: equal keys, or the words of one all contained in the
    other's ("Caddell" ↔ "Pat Caddell", "Claire McCaskill" ↔ "Sen. Claire McCaskill (D-Mo.)")."""
    key = normalise_name(predicted)
    if not key:
        return False
    words = set(key.split())
    for name in names:
        other = set(normalise_name(name).split())
        if other and (words <= other or other <= words):
            return True
    return False


def content_words(*texts: str | None) -> frozenset[str]:
    """The words of occasion descriptions that say something (no function words)."""
    return frozenset(
        word for text in texts for word in name_key(text).split() if word not in FUNCTION_WORDS
    )


# --------------------------------------------------------------------------- input records


class QuoteSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class GoldQuote:
    """One gold quote (``docs/FORMATS.md``, "Gold annotations"). The ``has_*`` flags record
    which optional parts the gold gives: a missing key is not the same as a null value."""

    start: int
    end: int
    text: str = ""
    kind: str | None = None
    speaker: str | None = None
    speaker_aliases: tuple[str, ...] = ()
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_canonical: str | None = None
    speaker_entity: str | None = None
    occasion: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None
    occasion_date: str | None = None
    has_canonical: bool = False  # resolved speaker: scored by canonical name
    has_entity: bool = False
    has_structured_occasion: bool = False  # gold gives occasion_type (and place, date)

    @property
    def is_term(self) -> bool:
        """Nobody's speech: a term, or a resolved quote whose canonical speaker is null."""
        return self.kind == "term" or (self.has_canonical and self.speaker_canonical is None)

    @property
    def has_mention(self) -> bool:
        return self.speaker_start is not None and self.speaker_end is not None

    @property
    def names(self) -> tuple[str, ...]:
        """The names a prediction may give: canonical (or plain speaker) and aliases."""
        main = self.speaker_canonical if self.has_canonical else self.speaker
        return tuple(n for n in (main, *self.speaker_aliases) if n)


@dataclass(frozen=True)
class PredQuote:
    """One predicted quote (``docs/FORMATS.md``, "Predictions"); a field the prediction lacks
    (an older engine's output) is None."""

    start: int
    end: int
    text: str = ""
    kind: str | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    occasion: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None
    occasion_date: str | None = None
    confidence: float | None = None
    method: str | None = None

    @property
    def is_term(self) -> bool:
        return self.kind == "term"


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    quotes: tuple[GoldQuote, ...] = ()

    @property
    def resolved(self) -> bool:
        return any(q.has_canonical for q in self.quotes)


@dataclass(frozen=True)
class PredDocument:
    doc_id: str
    quotes: tuple[PredQuote, ...] = ()


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _opt_int(value: object, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be an integer or null, not {value!r}")
    return value


def _req_int(value: object, key: str) -> int:
    number = _opt_int(value, key)
    if number is None:
        raise ValueError(f"{key} is missing")
    return number


def _opt_float(value: object, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number or null, not {value!r}")
    return float(value)


def _span(data: Mapping[str, object]) -> tuple[int, int]:
    start, end = _req_int(data.get("start"), "start"), _req_int(data.get("end"), "end")
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return start, end


def gold_quote(data: Mapping[str, object]) -> GoldQuote:
    """A gold quote from its JSON object; ValueError says what is wrong with it."""
    start, end = _span(data)
    aliases = data.get("speaker_aliases") or []
    if not isinstance(aliases, list):
        raise ValueError("speaker_aliases must be a list")
    return GoldQuote(
        start=start,
        end=end,
        text=_opt_str(data.get("text")) or "",
        kind=_opt_str(data.get("kind")),
        speaker=_opt_str(data.get("speaker")),
        speaker_aliases=tuple(a for a in aliases if isinstance(a, str) and a),
        speaker_start=_opt_int(data.get("speaker_start"), "speaker_start"),
        speaker_end=_opt_int(data.get("speaker_end"), "speaker_end"),
        speaker_canonical=_opt_str(data.get("speaker_canonical")),
        speaker_entity=_opt_str(data.get("speaker_entity")),
        occasion=_opt_str(data.get("occasion")),
        occasion_type=_opt_str(data.get("occasion_type")),
        occasion_place=_opt_str(data.get("occasion_place")),
        occasion_date=_opt_str(data.get("occasion_date")),
        has_canonical="speaker_canonical" in data,
        has_entity="speaker_entity" in data,
        has_structured_occasion="occasion_type" in data,
    )


def pred_quote(data: Mapping[str, object]) -> PredQuote:
    """A predicted quote from its JSON object; missing fields are None."""
    start, end = _span(data)
    return PredQuote(
        start=start,
        end=end,
        text=_opt_str(data.get("text")) or "",
        kind=_opt_str(data.get("kind")),
        speaker=_opt_str(data.get("speaker")),
        speaker_id=_opt_str(data.get("speaker_id")),
        speaker_mention=_opt_str(data.get("speaker_mention")),
        speaker_start=_opt_int(data.get("speaker_start"), "speaker_start"),
        speaker_end=_opt_int(data.get("speaker_end"), "speaker_end"),
        occasion=_opt_str(data.get("occasion")),
        occasion_type=_opt_str(data.get("occasion_type")),
        occasion_place=_opt_str(data.get("occasion_place")),
        occasion_date=_opt_str(data.get("occasion_date")),
        confidence=_opt_float(data.get("confidence"), "confidence"),
        method=_opt_str(data.get("method")),
    )


def _document(
    record: Mapping[str, object],
    parse: Callable[[Mapping[str, object]], _Q],
    where: str,
    problems: list[str],
) -> tuple[str, tuple[_Q, ...]] | None:
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        problems.append(f"{where}: expected an object with a doc_id")
        return None
    quotes = record.get("quotes") or []
    if not isinstance(quotes, list):
        problems.append(f"{where} ({doc_id}): quotes must be a list")
        return str(doc_id), ()
    parsed: list[_Q] = []
    for n, item in enumerate(quotes, 1):
        try:
            if not isinstance(item, Mapping):
                raise ValueError("not an object")
            parsed.append(parse(item))
        except ValueError as exc:
            problems.append(f"{where} ({doc_id}): quote {n} left out: {exc}")
    return str(doc_id), tuple(parsed)


# --------------------------------------------------------------------------- matching


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _bounds(quote: QuoteSpan | Mapping[str, Any]) -> tuple[int, int]:
    if isinstance(quote, Mapping):
        return int(quote["start"]), int(quote["end"])
    return quote.start, quote.end


def spans_match(a: QuoteSpan | Mapping[str, Any], b: QuoteSpan | Mapping[str, Any]) -> bool:
    (a_start, a_end), (b_start, b_end) = _bounds(a), _bounds(b)
    ov = _overlap(a_start, a_end, b_start, b_end)
    return ov > 0 and ov * 2 >= a_end - a_start and ov * 2 >= b_end - b_start


def match_quotes(
    gold: Sequence[QuoteSpan | Mapping[str, Any]], pred: Sequence[QuoteSpan | Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching, largest overlap first; returns (gold index, pred index)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if spans_match(g, p):
                (gs, ge), (ps, pe) = _bounds(g), _bounds(p)
                candidates.append((-_overlap(gs, ge, ps, pe), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _mention_overlaps(gold: GoldQuote, pred: PredQuote) -> bool:
    if gold.speaker_start is None or gold.speaker_end is None:
        return False
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    return _overlap(gold.speaker_start, gold.speaker_end, pred.speaker_start, pred.speaker_end) > 0


def right_by_name(gold: GoldQuote, pred: PredQuote) -> bool:
    """Resolved gold: the predicted name is the canonical name or an alias (contained words
    count); no credit for the mention."""
    return not pred.is_term and names_agree(pred.speaker, gold.names)


def right_plain(gold: GoldQuote, pred: PredQuote) -> bool:
    """Plain gold: the names are equal (ignoring case, punctuation and titles) or the
    predicted mention overlaps the gold mention."""
    names = {normalise_name(n) for n in gold.names} - {""}
    return normalise_name(pred.speaker) in names or _mention_overlaps(gold, pred)


def right_by_mention(gold: GoldQuote, pred: PredQuote) -> bool:
    """The mention-overlap figure on resolved gold: right by name, or the predicted mention
    overlaps the gold mention (PolNeAR's credit)."""
    return right_by_name(gold, pred) or (not pred.is_term and _mention_overlaps(gold, pred))


def speaker_judge(gold: GoldQuote) -> Callable[[GoldQuote, PredQuote], bool]:
    return right_by_name if gold.has_canonical else right_plain


def speaker_right(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether ``pred`` names the speaker of ``gold`` (both JSON objects) as the scorer counts
    it: by canonical name on resolved gold, by name or mention overlap on plain gold."""
    g, p = gold_quote(gold), pred_quote(pred)
    return speaker_judge(g)(g, p)


# --------------------------------------------------------------------------- the report


class MissKind(StrEnum):
    WRONG_SPEAKER = "wrong speaker"
    WRONG_DATE = "wrong date"
    EXTRA_SPAN = "extra span"
    MISSED_SPAN = "missed span"
    TERM_ATTRIBUTED = "term attributed"


@dataclass(frozen=True)
class Ratio:
    """``right`` of ``total``; ``value`` is None when there is nothing to count."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def counts(self) -> tuple[int, int]:
        return self.right, self.total

    def to_json(self) -> dict[str, JSONValue]:
        return {"right": self.right, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, n_pred: int, n_gold: int) -> PRF:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)

    def as_tuple(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1

    def to_json(self) -> dict[str, JSONValue]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Band:
    """Predicted quotes with ``low <= confidence < high`` and how many are right."""

    low: float
    high: float
    right: int = 0
    total: int = 0

    @property
    def label(self) -> str:
        return f"{self.low:.1f}–{min(self.high, 1.0):.1f}"

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    @property
    def counts(self) -> tuple[int, int]:
        return self.right, self.total

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "band": self.label,
            "low": self.low,
            "high": min(self.high, 1.0),
            "right": self.right,
            "total": self.total,
            "accuracy": self.accuracy,
        }


class Scoring(StrEnum):
    """How a speaker score counts a speaker right."""

    NAME = "name"  # resolved gold: canonical name only
    MENTION = "name or mention"  # resolved gold: by name, or the mention overlaps
    PLAIN = "plain"  # plain gold: names agree, or the mention overlaps


@dataclass(frozen=True)
class SpeakerScore:
    scoring: Scoring
    correct: int
    matched: int
    attribution: PRF
    bands: tuple[Band, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def high_confidence(self) -> Ratio:
        """Right among predictions with confidence ≥ 0.9."""
        high = [b for b in self.bands if b.low >= HIGH_CONFIDENCE]
        return Ratio(sum(b.right for b in high), sum(b.total for b in high))

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "scoring": self.scoring.value,
            "right": self.correct,
            "matched": self.matched,
            "accuracy": self.accuracy,
            "attribution": self.attribution.to_json(),
            "high_confidence": self.high_confidence.to_json(),
            "confidence_bands": [b.to_json() for b in self.bands],
        }


@dataclass(frozen=True)
class OccasionScore:
    """Occasion metrics over matched quotes whose gold gives a structured occasion."""

    type_accuracy: Ratio
    by_type: tuple[tuple[str, Ratio], ...]  # gold type → right/total, in OccasionType order
    undated_given_date: Ratio  # gold undated, prediction dated (lower is better)
    place_recall: Ratio
    occasion_recall: Ratio

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "type_accuracy": self.type_accuracy.to_json(),
            "by_type": {name: ratio.to_json() for name, ratio in self.by_type},
            "undated_given_date": self.undated_given_date.to_json(),
            "place_recall": self.place_recall.to_json(),
            "occasion_recall": self.occasion_recall.to_json(),
        }


@dataclass(frozen=True)
class PairAgreement:
    """Over pairs of matched quotes: "same predicted speaker_id" against "same gold
    speaker_entity"."""

    same_both: int
    same_predicted: int
    same_gold: int

    @property
    def precision(self) -> float | None:
        return self.same_both / self.same_predicted if self.same_predicted else None

    @property
    def recall(self) -> float | None:
        return self.same_both / self.same_gold if self.same_gold else None

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "same_both": self.same_both,
            "same_predicted": self.same_predicted,
            "same_gold": self.same_gold,
        }


@dataclass(frozen=True)
class IdentityScore:
    quotes: int  # matched quotes with a gold speaker_entity
    all_pairs: PairAgreement
    cross_article: PairAgreement

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "quotes": self.quotes,
            "all": self.all_pairs.to_json(),
            "cross_article": self.cross_article.to_json(),
        }


@dataclass(frozen=True)
class Miss:
    doc_id: str
    what: MissKind
    gold: GoldQuote | None
    pred: PredQuote | None

    @property
    def start(self) -> int:
        quote = self.gold or self.pred
        return quote.start if quote else 0

    def to_json(self) -> dict[str, JSONValue]:
        g, p = self.gold, self.pred
        return {
            "doc_id": self.doc_id,
            "what": self.what.value,
            "gold": None
            if g is None
            else {
                "start": g.start,
                "end": g.end,
                "text": g.text,
                "speaker": g.speaker,
                "speaker_canonical": g.speaker_canonical,
                "occasion_date": g.occasion_date,
            },
            "pred": None
            if p is None
            else {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "kind": p.kind,
                "speaker": p.speaker,
                "speaker_mention": p.speaker_mention,
                "occasion_date": p.occasion_date,
                "confidence": p.confidence,
                "method": p.method,
            },
        }


@dataclass(frozen=True)
class Report:
    """Everything ``quotetui eval`` reports. ``speaker`` is the headline score as the gold
    calls for it (by canonical name where resolved); ``speaker_by_mention`` is the
    mention-overlap figure beside it on resolved gold that gives mentions."""

    documents: int
    gold_quotes: int  # non-term gold quotes
    pred_quotes: int  # predictions that count for precision
    matched: int
    resolved_quotes: int  # gold quotes scored by canonical name
    gold_mentions: int  # matched gold quotes that give a mention span
    matched_as_term: int  # matched gold quotes the engine called a term (resolved gold)
    speaker: SpeakerScore
    speaker_by_mention: SpeakerScore | None
    date_accuracy_ratio: Ratio
    terms: Ratio  # gold terms the system leaves unattributed
    occasion: OccasionScore | None
    identity: IdentityScore | None
    misses: tuple[Miss, ...] = ()
    problems: tuple[str, ...] = ()

    # The figures by the names FORMATS.md gives them.
    @property
    def span_prf(self) -> tuple[float, float, float]:
        return PRF.of(self.matched, self.pred_quotes, self.gold_quotes).as_tuple()

    @property
    def attribution_prf(self) -> tuple[float, float, float]:
        return self.speaker.attribution.as_tuple()

    @property
    def speaker_correct(self) -> int:
        return self.speaker.correct

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker.accuracy

    @property
    def bands(self) -> tuple[Band, ...]:
        return self.speaker.bands

    def band(self, label: str) -> Band:
        return next(b for b in self.speaker.bands if b.label == label)

    @property
    def date_total(self) -> int:
        return self.date_accuracy_ratio.total

    @property
    def date_correct(self) -> int:
        return self.date_accuracy_ratio.right

    @property
    def date_accuracy(self) -> float:
        return self.date_accuracy_ratio.value or 0.0

    @property
    def terms_total(self) -> int:
        return self.terms.total

    @property
    def terms_unattributed(self) -> int:
        return self.terms.right

    @property
    def term_unattributed_share(self) -> float:
        value = self.terms.value
        return 1.0 if value is None else value

    def to_json(self) -> dict[str, JSONValue]:
        """The report as ``quotetui eval --json`` prints it (keys: docs/FORMATS.md)."""
        return {
            "documents": self.documents,
            "gold_quotes": self.gold_quotes,
            "pred_quotes": self.pred_quotes,
            "matched": self.matched,
            "resolved_quotes": self.resolved_quotes,
            "gold_mentions": self.gold_mentions,
            "matched_as_term": self.matched_as_term,
            "span": PRF.of(self.matched, self.pred_quotes, self.gold_quotes).to_json(),
            "speaker": self.speaker.to_json(),
            "speaker_by_mention": None
            if self.speaker_by_mention is None
            else self.speaker_by_mention.to_json(),
            "occasion_date": self.date_accuracy_ratio.to_json(),
            "terms_unattributed": self.terms.to_json(),
            "occasion": None if self.occasion is None else self.occasion.to_json(),
            "speaker_identity": None if self.identity is None else self.identity.to_json(),
            "misses": [m.to_json() for m in self.misses],
            "problems": list(self.problems),
        }


# --------------------------------------------------------------------------- scoring


def _band_index(confidence: float | None) -> int:
    c = 0.0 if confidence is None else confidence
    for i, (low, high) in enumerate(CONFIDENCE_BANDS):
        if low <= c < high:
            return i
    return 0


@dataclass
class _SpeakerTally:
    scoring: Scoring
    correct: int = 0
    matched: int = 0
    band_right: list[int] = field(default_factory=lambda: [0] * len(CONFIDENCE_BANDS))
    band_total: list[int] = field(default_factory=lambda: [0] * len(CONFIDENCE_BANDS))

    def freeze(self, n_pred: int, n_gold: int) -> SpeakerScore:
        bands = tuple(
            Band(low, high, r, t)
            for (low, high), r, t in zip(
                CONFIDENCE_BANDS, self.band_right, self.band_total, strict=True
            )
        )
        return SpeakerScore(
            self.scoring, self.correct, self.matched, PRF.of(self.correct, n_pred, n_gold), bands
        )


@dataclass
class _Tally:
    """Counts gathered document by document; frozen into a Report at the end."""

    name: _SpeakerTally = field(default_factory=lambda: _SpeakerTally(Scoring.NAME))
    mention: _SpeakerTally = field(default_factory=lambda: _SpeakerTally(Scoring.MENTION))
    documents: int = 0
    gold_quotes: int = 0
    pred_quotes: int = 0
    matched: int = 0
    resolved_quotes: int = 0
    gold_mentions: int = 0
    matched_as_term: int = 0
    date_right: int = 0
    date_total: int = 0
    terms_total: int = 0
    terms_unattributed: int = 0
    structured: int = 0
    type_right: Counter[str] = field(default_factory=Counter)
    type_total: Counter[str] = field(default_factory=Counter)
    undated: int = 0
    undated_dated: int = 0
    place: int = 0
    place_found: int = 0
    occasions: int = 0
    occasions_found: int = 0
    has_entities: bool = False
    identities: list[tuple[str, str, str | None]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)


def _score_document(tally: _Tally, gold_doc: GoldDocument, pred_all: Sequence[PredQuote]) -> None:
    doc_id = gold_doc.doc_id
    tally.documents += 1
    resolved = gold_doc.resolved
    gold = [q for q in gold_doc.quotes if not q.is_term]
    # On resolved gold the engine's "term" is an answer about the speaker (nobody), so it
    # takes part in the matching; on plain gold it keeps today's meaning: no quote at all.
    candidates = list(pred_all) if resolved else [p for p in pred_all if not p.is_term]
    pairs = match_quotes(gold, candidates)
    matched_p = {pi: gi for gi, pi in pairs}
    counted = [
        pi for pi, p in enumerate(candidates) if not p.is_term or pi in matched_p
    ]  # a term that matches no spoken quote is rightly not a quote
    tally.gold_quotes += len(gold)
    tally.pred_quotes += len(counted)
    tally.resolved_quotes += sum(1 for q in gold if q.has_canonical)

    verdicts: dict[int, tuple[bool, bool]] = {}  # pred index → (right, right by mention)
    for gi, pi in pairs:
        g, p = gold[gi], candidates[pi]
        tally.matched += 1
        tally.gold_mentions += g.has_mention
        tally.matched_as_term += p.is_term
        right = speaker_judge(g)(g, p)
        verdicts[pi] = right, right_by_mention(g, p) if g.has_canonical else right
        if not right:
            tally.misses.append(Miss(doc_id, MissKind.WRONG_SPEAKER, g, p))
        if g.occasion_date:
            tally.date_total += 1
            if p.occasion_date == g.occasion_date:
                tally.date_right += 1
            else:
                tally.misses.append(Miss(doc_id, MissKind.WRONG_DATE, g, p))
        if g.has_structured_occasion:
            _score_occasion(tally, g, p)
        if g.has_entity and g.speaker_entity is not None:
            tally.has_entities = True
            tally.identities.append((doc_id, g.speaker_entity, p.speaker_id))

    for pi in counted:
        p = candidates[pi]
        verdict = verdicts.get(pi)
        if verdict is None:
            tally.misses.append(Miss(doc_id, MissKind.EXTRA_SPAN, None, p))
        band = _band_index(p.confidence)
        rights = verdict or (False, False)
        for speaker_tally, right in zip((tally.name, tally.mention), rights, strict=True):
            speaker_tally.band_total[band] += 1
            speaker_tally.band_right[band] += right
            if verdict is not None:
                speaker_tally.matched += 1
                speaker_tally.correct += right
    matched_g = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            tally.misses.append(Miss(doc_id, MissKind.MISSED_SPAN, g, None))
    for term in (q for q in gold_doc.quotes if q.is_term):
        tally.terms_total += 1
        attributed = any(spans_match(term, p) and not p.is_term and p.speaker for p in pred_all)
        if attributed:
            tally.misses.append(Miss(doc_id, MissKind.TERM_ATTRIBUTED, term, None))
        else:
            tally.terms_unattributed += 1


def _score_occasion(tally: _Tally, g: GoldQuote, p: PredQuote) -> None:
    tally.structured += 1
    if g.occasion_type:
        tally.type_total[g.occasion_type] += 1
        tally.type_right[g.occasion_type] += p.occasion_type == g.occasion_type
    if not g.occasion_date:
        tally.undated += 1
        tally.undated_dated += bool(p.occasion_date)
    predicted = content_words(p.occasion, p.occasion_place)
    if g.occasion_place:
        place = content_words(g.occasion_place)
        if place:
            tally.place += 1
            tally.place_found += len(place & predicted) * 2 >= len(place)
    if g.occasion or g.occasion_place:
        described = content_words(g.occasion, g.occasion_place)
        if described:
            tally.occasions += 1
            tally.occasions_found += _f1(described, predicted) >= 0.5


def _f1(gold: frozenset[str], pred: frozenset[str]) -> float:
    common = len(gold & pred)
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def _agreement(items: Sequence[tuple[str, str, str | None]]) -> PairAgreement:
    """Pair counts without listing the pairs: C(n, 2) per group. An unknown predicted id is
    never "the same" as another."""
    same_gold = _pairs(Counter(e for _, e, _ in items).values())
    known = [(e, s) for _, e, s in items if s is not None]
    same_pred = _pairs(Counter(s for _, s in known).values())
    same_both = _pairs(Counter(known).values())
    return PairAgreement(same_both, same_pred, same_gold)


def _identity(items: Sequence[tuple[str, str, str | None]]) -> IdentityScore:
    overall = _agreement(items)
    by_doc: dict[str, list[tuple[str, str, str | None]]] = {}
    for item in items:
        by_doc.setdefault(item[0], []).append(item)
    within = [_agreement(group) for group in by_doc.values()]
    cross = PairAgreement(
        overall.same_both - sum(w.same_both for w in within),
        overall.same_predicted - sum(w.same_predicted for w in within),
        overall.same_gold - sum(w.same_gold for w in within),
    )
    return IdentityScore(len(items), overall, cross)


def _freeze(tally: _Tally, problems: Sequence[str]) -> Report:
    n_pred, n_gold = tally.pred_quotes, tally.gold_quotes
    by_mention = None
    if tally.resolved_quotes and tally.gold_mentions:
        by_mention = tally.mention.freeze(n_pred, n_gold)
    if not tally.resolved_quotes:
        tally.name.scoring = Scoring.PLAIN
    headline = tally.name.freeze(n_pred, n_gold)
    occasion = None
    if tally.structured:
        types = [t.value for t in OccasionType]
        types += sorted(t for t in tally.type_total if t not in types)
        occasion = OccasionScore(
            type_accuracy=Ratio(sum(tally.type_right.values()), sum(tally.type_total.values())),
            by_type=tuple(
                (t, Ratio(tally.type_right[t], tally.type_total[t]))
                for t in types
                if tally.type_total[t]
            ),
            undated_given_date=Ratio(tally.undated_dated, tally.undated),
            place_recall=Ratio(tally.place_found, tally.place),
            occasion_recall=Ratio(tally.occasions_found, tally.occasions),
        )
    return Report(
        documents=tally.documents,
        gold_quotes=n_gold,
        pred_quotes=n_pred,
        matched=tally.matched,
        resolved_quotes=tally.resolved_quotes,
        gold_mentions=tally.gold_mentions,
        matched_as_term=tally.matched_as_term,
        speaker=headline,
        speaker_by_mention=by_mention,
        date_accuracy_ratio=Ratio(tally.date_right, tally.date_total),
        terms=Ratio(tally.terms_unattributed, tally.terms_total),
        occasion=occasion,
        identity=_identity(tally.identities) if tally.has_entities else None,
        misses=tuple(tally.misses),
        problems=tuple(problems),
    )


def score_parsed(
    gold_docs: Iterable[GoldDocument],
    pred_docs: Iterable[PredDocument],
    problems: Sequence[str] = (),
) -> Report:
    """Score typed documents; a gold document missing from the predictions counts as empty."""
    preds = {d.doc_id: d.quotes for d in pred_docs}
    tally = _Tally()
    for gold_doc in gold_docs:
        _score_document(tally, gold_doc, preds.get(gold_doc.doc_id, ()))
    return _freeze(tally, problems)


def parse_gold(
    records: Iterable[tuple[str, Mapping[str, Any]]], problems: list[str]
) -> list[GoldDocument]:
    """Gold documents from (where, JSON object) pairs; what cannot be read goes to problems."""
    docs = []
    for where, record in records:
        parsed = _document(record, gold_quote, where, problems)
        if parsed is not None:
            docs.append(GoldDocument(*parsed))
    return docs


def parse_predictions(
    records: Iterable[tuple[str, Mapping[str, Any]]], problems: list[str]
) -> list[PredDocument]:
    docs: dict[str, PredDocument] = {}
    for where, record in records:
        parsed = _document(record, pred_quote, where, problems)
        if parsed is None:
            continue
        if parsed[0] in docs:
            problems.append(f"{where}: doc_id {parsed[0]} appears again; this line is used")
        docs[parsed[0]] = PredDocument(*parsed)
    return list(docs.values())


def score_documents(
    gold_docs: Iterable[Mapping[str, Any]], pred_docs: Iterable[Mapping[str, Any]]
) -> Report:
    """Score JSON gold and prediction objects; a gold document missing from the predictions
    counts as empty. Malformed records are left out and listed in ``Report.problems``."""
    problems: list[str] = []
    gold = parse_gold(((f"gold document {n}", d) for n, d in enumerate(gold_docs, 1)), problems)
    pred = parse_predictions(
        ((f"prediction document {n}", d) for n, d in enumerate(pred_docs, 1)), problems
    )
    return score_parsed(gold, pred, problems)


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """JSON objects with a doc_id, one a line; a bad line raises ValueError naming it."""
    for _where, record in _records(path, None):
        yield record


def _records(path: str | Path, problems: list[str] | None) -> Iterator[tuple[str, dict[str, Any]]]:
    def bad(message: str, exc: Exception | None = None) -> None:
        if problems is None:
            raise ValueError(message) from exc
        problems.append(message)

    if not Path(path).is_file():
        # A named pipe or a device: reading it would wait for a writer, or forever.
        raise OSError(f"{path} is not a regular file")
    lines = 0
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            lines += 1
            where = f"{path}:{lineno}"
            if b"\0" in raw:
                bad(f"{path}: binary file (NUL bytes), not JSON Lines")
                return
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad(f"{where}: not valid UTF-8: byte 0x{raw[exc.start]:02x} at column"
                    f" {exc.start + 1}", exc)  # fmt: skip
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or "doc_id" not in record:
                    raise ValueError("expected an object with a doc_id")
            except ValueError as exc:
                bad(
                    f"{where}: not valid JSON ({exc.msg})"
                    if isinstance(exc, json.JSONDecodeError)
                    else f"{where}: {exc}",
                    exc,
                )
                continue
            yield where, record
    if not lines:
        bad(f"{path}: empty file (no lines)")


def score(gold_path: str | Path, pred_path: str | Path) -> Report:
    """Score two JSONL files. A line or quote that cannot be read is left out and named in
    ``Report.problems``; an unreadable file raises OSError."""
    problems: list[str] = []
    gold = parse_gold(_records(gold_path, problems), problems)
    pred = parse_predictions(_records(pred_path, problems), problems)
    return score_parsed(gold, pred, problems)


# --------------------------------------------------------------------------- text report


def _short(text: str | None, width: int = 70) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def _ratio(ratio: Ratio, what: str = "") -> str:
    return f"{_num(ratio.value)}  ({ratio.right}/{ratio.total}{' ' + what if what else ''})"


def _pair_text(agreement: PairAgreement) -> str:
    return (
        f"P {_num(agreement.precision)} ({agreement.same_both}/{agreement.same_predicted})  "
        f"R {_num(agreement.recall)} ({agreement.same_both}/{agreement.same_gold})"
    )


_SCORING_TEXT = {
    Scoring.NAME: "by canonical name",
    Scoring.MENTION: "by name or mention overlap",
    Scoring.PLAIN: "name or mention overlap",
}


def _speaker_lines(score: SpeakerScore) -> list[str]:
    ap, ar, af = score.attribution.as_tuple()
    how = _SCORING_TEXT[score.scoring]
    return [
        f"speaker accuracy     {score.accuracy:.3f}  ({score.correct}/{score.matched} matched; "
        f"{how})",
        f"attribution          P {ap:.3f}  R {ar:.3f}  F1 {af:.3f}",
        f"confidence ≥ 0.9     {_ratio(score.high_confidence, 'right')}",
    ]


def format_report(report: Report, max_misses: int = 50) -> str:
    sp, sr, sf = report.span_prf
    lines = [
        f"documents            {report.documents}",
        f"gold quotes          {report.gold_quotes} (non-term"
        + (f"; {report.resolved_quotes} resolved" if report.resolved_quotes else "")
        + ")",
        f"predicted quotes     {report.pred_quotes} ("
        + (
            f"{report.pred_quotes - report.matched_as_term} non-term, "
            f"{report.matched_as_term} terms over spoken quotes"
            if report.matched_as_term
            else "non-term"
        )
        + ")",
        f"span                 P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        *_speaker_lines(report.speaker),
    ]
    if report.speaker_by_mention is not None:
        lines += ["", "beside it, with credit for the mention (PolNeAR's scoring):"]
        lines += _speaker_lines(report.speaker_by_mention)
    lines += [
        "",
        f"occasion-date acc.   {_ratio(report.date_accuracy_ratio, 'with a gold date')}",
        f"terms unattributed   {_ratio(report.terms)}",
    ]
    if report.occasion is not None:
        occ = report.occasion
        lines += [
            f"occasion type acc.   {_ratio(occ.type_accuracy, 'with a gold type')}",
            "undated given date   "
            + _ratio(occ.undated_given_date, "gold undated; lower is better"),
            f"place recall         {_ratio(occ.place_recall, 'with a gold place')}",
            f"occasion recall      {_ratio(occ.occasion_recall, 'with a gold occasion')}",
        ]
        for name, ratio in occ.by_type:
            lines.append(f"  type {name:<14}  {_ratio(ratio)}")
    if report.identity is not None:
        ident = report.identity
        lines += [
            "",
            f"speaker identity over pairs of {ident.quotes} matched quotes "
            "(same speaker_id vs same speaker_entity)",
            f"  all pairs          {_pair_text(ident.all_pairs)}",
            f"  across articles    {_pair_text(ident.cross_article)}",
        ]
    lines += [
        "",
        "accuracy by confidence (predicted quotes whose span and speaker are right, "
        + _SCORING_TEXT[report.speaker.scoring]
        + ")",
    ]
    for band in report.speaker.bands:
        lines.append(f"  {band.label:<9}  {_num(band.accuracy)}  ({band.right}/{band.total})")
    if report.problems:
        lines += ["", f"problems ({len(report.problems)}: left out of the scores)"]
        lines += [f"  {p}" for p in report.problems]
    if report.misses and max_misses:
        shown = report.misses[:max_misses]
        lines += ["", f"misses ({len(report.misses)}, first {len(shown)})"]
        for miss in shown:
            lines += _miss_lines(miss)
    return "\n".join(lines)


def _miss_lines(miss: Miss) -> list[str]:
    g, p = miss.gold, miss.pred
    text = (g.text if g else p.text if p else "") or ""
    lines = [f"  {miss.doc_id}@{miss.start} {miss.what.value}: {_short(text)}"]
    if g is not None and miss.what is not MissKind.MISSED_SPAN:
        if g.has_canonical:
            who = f"{g.speaker_canonical or '(nobody)'}"
            if g.speaker and g.speaker != g.speaker_canonical:
                who += f" (mention {_short(g.speaker, 30)!r})"
        else:
            who = f"{g.speaker!s}"
        lines.append(f"      gold: {who}  {g.occasion_date or ''}".rstrip())
    if p is not None:
        who = "(term)" if p.is_term else f"{p.speaker!s}"
        lines.append(
            f"      pred: {who} ({_short(p.speaker_mention, 30)}; "
            f"{p.method}, {p.confidence})  {p.occasion_date or ''}".rstrip()
        )
    return lines
