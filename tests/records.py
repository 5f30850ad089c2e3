"""Engine records built by hand for store, export and review tests (no spaCy needed).

Tests describe quotes and speakers as plain dicts in the prediction format; these helpers turn
them into the model's records, the store's input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from quotetui.model import (
    Document,
    DocumentResult,
    QuoteKind,
    QuoteRecord,
    SpeakerKind,
    SpeakerRecord,
)

_QUOTE_FIELDS = {f.name for f in fields(QuoteRecord)}


def quote_record(data: dict[str, Any]) -> QuoteRecord:
    """A record from a prediction-format dict. ``method`` is kept as given: tests use rule
    names of their own, and the store keeps whatever name the engine gives."""
    values = {k: v for k, v in data.items() if k in _QUOTE_FIELDS}
    if values.get("kind") is not None:
        values["kind"] = QuoteKind(values["kind"])
    values.setdefault("text", "")
    return QuoteRecord(**values)


def speaker_record(data: dict[str, Any]) -> SpeakerRecord:
    kind = data.get("kind")
    return SpeakerRecord(
        id=data["id"],
        name=data.get("name") or data["id"],
        kind=None if kind is None else SpeakerKind(kind),
        aliases=tuple(data.get("aliases") or ()),
    )


def result(
    quotes: Iterable[dict[str, Any]], speakers: Iterable[dict[str, Any]] = (), doc_id: str = ""
) -> DocumentResult:
    return DocumentResult(
        doc_id=doc_id,
        quotes=tuple(quote_record(q) for q in quotes),
        speakers=tuple(speaker_record(s) for s in speakers),
    )


def document(**values: Any) -> Document:
    return Document(**values)


def only(quotes: list[dict], fragment: str) -> dict:
    """The one quote whose text holds ``fragment`` (fails if none or several do)."""
    [found] = [q for q in quotes if fragment in q["text"]]
    return found
