"""spaCy factories, so ``nlp.add_pipe("quote_attribution")`` works in any pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuoteAttribution:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("quote_attribution")
def make_quote_attribution(nlp: Language, name: str) -> QuoteAttribution:
    return QuoteAttribution(nlp, name)
