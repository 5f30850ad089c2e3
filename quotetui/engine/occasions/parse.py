"""What every part of the occasions reads off a token: its lemma (also without a lemmatizer),
a preposition's object, the verb a word hangs on, the characters of a stretch of tokens."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotetui.engine import mechanisms as words
from quotetui.engine.lexicon import lemma
from quotetui.engine.syntax import text_of

# Without a lemmatizer the answer depends on the word, its tag and its part of speech alone,
# and the occasion rules ask it of the same tokens again and again: kept by the three ids
# (cheaper to read than their strings), cleared when a long run's vocabulary has made the
# table large.
_GUESSED: dict[tuple[int, int, int], str] = {}


def _lemma(token: Token) -> str:
    """The lemma our word lists are written in, also for pipelines without a lemmatizer
    ("released" → release, "gave" → give)."""
    if token.lemma:  # the lemmatizer's (the id of "" is 0)
        return lemma(token)
    key = (token.lower, token.tag, token.pos)
    found = _GUESSED.get(key)
    if found is None:
        if len(_GUESSED) > 500_000:
            _GUESSED.clear()
        found = _GUESSED[key] = _guessed_lemma(token)
    return found


def _guessed_lemma(token: Token) -> str:
    if token.pos_ in ("VERB", "AUX") and not token.lemma_:
        form = words.VERB_FORMS.get(token.lower_)
        if form is not None:
            return form
    if token.pos_ == "NOUN" and not token.lemma_ and token.lower_ in words.NOUN_TYPES:
        # "the ruling", not the verb "rule" a table of verb forms makes of it.
        return token.lower_
    return lemma(token)


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def _span_of(tokens: Sequence[Token]) -> tuple[int, int]:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def doc_text(doc: Doc, start: int, end: int) -> str:
    return text_of(doc)[start:end]


def _anchor_verb(token: Token) -> Token | None:
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None
