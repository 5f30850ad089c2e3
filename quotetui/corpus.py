"""The readers under their first name: ``quotetui.corpus.read_documents`` and friends are
``quotetui.readers``' (one module per format there)."""

from __future__ import annotations

from quotetui.readers import (
    SUPPORTED_SUFFIXES,
    Document,
    Problem,
    count_documents,
    parse_date,
    read_documents,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Document",
    "Problem",
    "count_documents",
    "parse_date",
    "read_documents",
]
