"""The typed quotes and documents the scorer works on, parsed from JSON records at the edge:
a bad field raises ValueError naming it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

_Q = TypeVar("_Q")


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
