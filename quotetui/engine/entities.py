"""Mentions → canonical speakers, within an article and across the corpus.

Within an article, :class:`ArticleEntities` (:mod:`quotetui.engine.coref`) knows every person
and organisation the article names, the fullest form of each name, their gender and roles, and
what each pronoun and role noun refers to. Across articles, ``quotetui.identity`` joins the
articles' speakers (no spaCy there).
"""

from __future__ import annotations

from quotetui.engine.coref import ArticleEntities, antecedent_span, is_junk_name
from quotetui.engine.resolution import (
    DOCUMENT,
    ORGANISATION,
    PENALTIES,
    PERSON,
    UNNAMED,
    Resolution,
    ResolutionPath,
    Speaker,
)

__all__ = [
    "DOCUMENT",
    "ORGANISATION",
    "PENALTIES",
    "PERSON",
    "UNNAMED",
    "ArticleEntities",
    "Resolution",
    "ResolutionPath",
    "Speaker",
    "antecedent_span",
    "is_junk_name",
]
