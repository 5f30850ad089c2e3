"""The attribution engine: quotes → speakers → occasions, on spaCy Docs.

It knows nothing of SQLite or Textual. The entry points (``load_pipeline``,
``attribute_documents``) live in :mod:`quotetui.engine.pipeline` and are imported on first use,
so that the spaCy-free parts (``quotes``, ``record``) load without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotetui.model import DocumentResult

if TYPE_CHECKING:
    from quotetui.engine.pipeline import (
        ModelNotFound,
        attribute_documents,
        load_pipeline,
    )

__all__ = ["DocumentResult", "ModelNotFound", "attribute_documents", "load_pipeline"]


def __getattr__(name: str) -> Any:
    if name in ("ModelNotFound", "attribute_documents", "load_pipeline"):
        from quotetui.engine import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
