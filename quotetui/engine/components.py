"""spaCy factory, so ``nlp.add_pipe("quote_attribution")`` works in any English pipeline.

The component needs a parser (or at least sentence boundaries), a tagger and NER upstream. It
writes plain records to ``doc._.quote_attributions`` (a list of dicts, serialisable, so they
survive ``nlp.pipe(n_process=…)`` and ``DocBin``) and the quotes themselves to
``doc.spans["quotes"]``.

A document the engine fails on does not stop the pipeline: it gets no records, and
``doc._.quote_attribution_error`` says what went wrong (``None`` when all went well), so one odd
article cannot end an ingest of thousands.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from quotetui.engine.attribute import analyse

logger = logging.getLogger(__name__)

if not Doc.has_extension("quote_attributions"):
    Doc.set_extension("quote_attributions", default=None)
if not Doc.has_extension("quote_attribution_error"):
    Doc.set_extension("quote_attribution_error", default=None)


class QuoteAttribution:
    """The attribution engine as a pipeline component (stateless, so it pickles cheaply)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            records = analyse(doc)
        except Exception as exc:  # noqa: BLE001 - reported per document, see module docstring
            logger.debug("quote attribution failed", exc_info=True)
            doc._.quote_attributions = []
            doc._.quote_attribution_error = f"{type(exc).__name__}: {exc}"
            doc.spans["quotes"] = []
            return doc
        doc._.quote_attributions = records
        doc._.quote_attribution_error = None
        spans = []
        for rec in records:
            span = doc.char_span(
                rec["start"], rec["end"], label=rec["kind"], alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans["quotes"] = spans
        return doc


@Language.factory(
    "quote_attribution",
    assigns=["doc._.quote_attributions", "doc._.quote_attribution_error", "doc.spans"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_quote_attribution(nlp: Language, name: str) -> QuoteAttribution:
    return QuoteAttribution(nlp, name)
