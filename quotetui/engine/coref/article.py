"""The article's reading, put together (:class:`ArticleEntities`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotetui.engine import antecedents
from quotetui.engine.coref.captions import _captions, _dateline_credits
from quotetui.engine.coref.records import Entity
from quotetui.engine.coref.salience import _Salience
from quotetui.engine.resolution import (
    Resolution,
)


class ArticleEntities(_Salience):
    """What one article tells about its people and organisations (package docstring)."""

    def __init__(
        self,
        doc: Doc,
        inside: Sequence[int],
        sent_start: Sequence[int] | None = None,
        paragraphs: Sequence[tuple[int, int]] | None = None,
        token_paragraph: Sequence[int] | None = None,
        text: str | None = None,
        tokens: Sequence[Token] | None = None,
    ):
        self.doc = doc
        self.inside = inside
        self.tokens: Sequence[Token] = list(doc) if tokens is None else tokens
        # spaCy joins the tokens anew on every ``doc.text``: read it once.
        self.text = text = doc.text if text is None else text
        # Paragraphs that are photo captions: their names are not what a pronoun means next.
        self.caption = _captions(text, paragraphs, token_paragraph, len(doc), self.tokens)
        for lo, hi in _dateline_credits(text, paragraphs, self.tokens):
            for i in range(lo, hi):
                self.caption[i] = True
        # Resolutions memoised: those that never looked at the earlier speakers by mention
        # alone; those that did, also by how many there were. Whether ``_resolve`` reads
        # ``known`` is decided before its first read, so a mention either always reads it or
        # never does, and a quote adding a speaker leaves the first kind as it was.
        self._resolved: dict[tuple[int, int, int], Resolution] = {}
        self._resolved_by_known: dict[tuple[int, int, int, int], Resolution] = {}
        self._read_known = False  # set by every read of ``known`` inside ``_resolve``
        self._issuing: set[int] = set()  # document nouns whose issuer is being looked up
        self.entities: list[Entity] = []
        self.entity_at: dict[int, int] = {}  # token index → entity, for every token of a name
        self.links: dict[int, tuple[int, float]] = {}  # pronoun/role token → (entity, margin)
        # Epithets linked to the one person the last sentences had as their subject, with no
        # lead in salience: a resolution of their own, less sure than a role the article gave.
        self.described_links: set[int] = set()
        self._sentence = self._sentence_index(sent_start)
        self.sentence_of: Sequence[int] = self._sentence  # token index → sentence number
        self._root_at: dict[int, Token] = {}  # token index → root of its name mention
        self._lines = [m.start() for m in re.finditer("\n", text)]
        self._known_titles = self._article_titles()
        self.person_roles: set[str] = set()  # every role the article gave a person
        self.shared_names: set[int] = set()  # heads of bare names two namesakes could own
        self._starts: dict[int, list[int]] = {}  # entity → where its names start
        self._full_starts: dict[int, list[int]] = {}  # … its full names, outside quotes
        self._seen: dict[int, antecedents.Seen] = {}  # entity → how it was last mentioned
        self._paragraph: Sequence[int] = (
            token_paragraph if token_paragraph is not None else [0] * len(doc)
        )
        mentions = self._person_mentions() + self._org_mentions()
        self._cluster(mentions)
        self._salience_pass(mentions)
