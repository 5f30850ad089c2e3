"""spaCy factory, so ``nlp.add_pipe("quote_attribution")`` works in any English pipeline.

The component needs a parser (or at least sentence boundaries), a tagger and NER upstream. It
writes plain records to ``doc._.quote_attributions`` (a list of dicts, serialisable, so they
survive ``nlp.pipe(n_process=…)``) and the quotes themselves to ``doc.spans["quotes"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotetui.engine.attribute import analyse

if not Doc.has_extension("quote_attributions"):
    Doc.set_extension("quote_attributions", default=None)


class QuoteAttribution:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        records = analyse(doc)
        doc._.quote_attributions = records
        spans = []
        for rec in records:
            span = doc.char_span(rec["start"], rec["end"], label=rec["kind"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["quotes"] = spans
        return doc


@Language.factory(
    "quote_attribution",
    assigns=["doc._.quote_attributions", "doc.spans"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_quote_attribution(nlp: Language, name: str) -> QuoteAttribution:
    return QuoteAttribution(nlp, name)
