"""The attribution engine: quotes → speakers → occasions, on spaCy Docs.

Public entry points live in :mod:`quotetui.engine.pipeline`; this package knows nothing of
SQLite or Textual.
"""

from quotetui.engine.pipeline import (
    DocumentResult,
    ModelNotFound,
    attribute_documents,
    load_pipeline,
)

__all__ = ["DocumentResult", "ModelNotFound", "attribute_documents", "load_pipeline"]
