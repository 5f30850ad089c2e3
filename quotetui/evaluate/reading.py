"""Gold and prediction files read into typed documents: a line or quote that cannot be read is
named (file and line) and left out, the rest goes on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from quotetui.evaluate.records import GoldDocument, PredDocument, _document, gold_quote, pred_quote


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
