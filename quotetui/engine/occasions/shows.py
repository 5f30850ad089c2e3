"""Shows named by a title in quotation marks: "on CBS's “Face the Nation”", "told NBC's “Meet
the Press”", "in an interview on “Fox News Sunday”", "Tuesday's episode of “The Steve Harvey
Morning Show”".

The parse is least reliable exactly there: it hangs the title on the wrong word, makes its
words a date ("Sunday"), or splits the sentence at the possessive. So these rules read the
tokens as written: a few capitalised words between quotation marks that hold no one's speech
(the title is a term, not a quote), right after a broadcaster's or an outlet's possessive, a
date's possessive ("Friday's “PBS NewsHour”"), or a preposition or telling verb ("on", "told",
"with", "episode of"). Such a show is the medium the words went out on: a broadcast
(docs/OCCASION-RULINGS.md, 2: a named show beats a bare interview). No list of show names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotetui.dates import WEEKDAY_WORDS
from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.occasion_types import is_outlet, title_like
from quotetui.engine.occasions.parse import _lemma

_MAX_TITLE = 8  # tokens between the marks, punctuation included
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_OPENING = frozenset({"“", '"', "‘", "'", "``"})


@dataclass(frozen=True)
class ShowTitle:
    """A show's title in quotation marks: the opening and the closing mark's token indices."""

    opening: int
    closing: int


def title_at(doc: Doc, k: int, quoted: Sequence[bool] | None = None) -> ShowTitle | None:
    """The quoted title whose opening mark is token ``k``: a few capitalised words ("Meet the
    Press", "Fox News Sunday.") that are nobody's speech (``quoted``: the tokens of speech)."""
    if not 0 <= k < len(doc) or not _opens(doc, k) or (quoted is not None and quoted[k]):
        return None
    for m in range(k + 1, min(len(doc), k + _MAX_TITLE + 2)):
        tok = doc[m]
        if (quoted is not None and quoted[m]) or "\n" in tok.text:
            return None
        if tok.is_quote and m > k + 1:
            inner = doc[k + 1 : m].text
            return ShowTitle(k, m) if title_like(inner) and _capitalised(inner) else None
    return None


def _opens(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is an opening quotation mark: a curly one, or a straight one with
    a space before it and none after (the closing mark of “This Week” opens nothing)."""
    tok = doc[k]
    if tok.text not in _OPENING:
        return False
    if tok.text in ("“", "‘", "``"):
        return True
    return (k == 0 or bool(doc[k - 1].whitespace_)) and not tok.whitespace_


def in_title(tok: Token) -> bool:
    """Whether a token is a word of a quoted title ("Sunday" of “Fox News Sunday”), looking
    back past a few words to an opening mark."""
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - _MAX_TITLE - 1), -1):
        if doc[k].text in (".", "!", "?", ";", ":") or "\n" in doc[k].text:
            return False
        if doc[k].is_quote:
            title = title_at(doc, k)
            return title is not None and title.closing > tok.i
    return False


def _capitalised(inner: str) -> bool:
    """A title opens with a capital ("The Steve Harvey Morning Show"), never with "the"."""
    first = inner.strip("“”\"'‘’ ")[:1]
    return first.isupper() or first.isdigit()


def title_after(tok: Token, quoted: Sequence[bool]) -> ShowTitle | None:
    """The show title right after ``tok``: after a broadcaster's or outlet's possessive
    ("CBS's “Face the Nation”", "Fox News channel's “…”"), a date's ("Friday's “PBS
    NewsHour”"), or a word a title follows ("on “Meet the Press”", "episode of “…”")."""
    doc = tok.doc
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ in _POSSESSIVE and doc[j].text not in _OPENING:
        if not _names_a_broadcaster(tok):
            return None
        return title_at(doc, j + 1, quoted)
    if tok.lower_ in words.BEFORE_TITLE or (
        tok.lower_ == "of" and tok.i > 0 and _lemma(doc[tok.i - 1]) in words.PART_OF_SHOW
    ):
        return title_at(doc, j, quoted)
    return None


def _names_a_broadcaster(tok: Token) -> bool:
    """A possessor a show belongs to: a broadcaster, an outlet or another organisation's
    name ("WTMJ", "Sirius XM", "Fox News channel"), or the day it aired."""
    if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAY_WORDS:
        return True
    if tok.lower_ in words.BROADCAST_WORDS or is_outlet(tok):
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "", "FAC", "PRODUCT")


def show_before(cue: Token, quoted: Sequence[bool]) -> tuple[int, int] | None:
    """The words naming a show ahead of the reporting verb in its own sentence ("Sunday on
    CNN's “State of the Union,” Senator Roe said", "In an interview with NBC's “Meet the
    Press,” Smith said"), as (first token, closing mark) — from the preposition or telling
    verb that introduces it, so its words read as an occasion."""
    doc = cue.doc
    first = _sentence_start(cue, quoted)
    for k in range(first, cue.i):
        title = title_at(doc, k, quoted)
        if title is None or title.closing >= cue.i:
            continue
        start = _introduced(doc, k, first)
        if start is not None:
            return start, title.closing
    return None


def _introduced(doc: Doc, k: int, first: int) -> int | None:
    """The token that introduces the title opening at ``k`` ("on", "told", "with"), past a
    possessor of a few words ("on Fox News channel's"); None when nothing does."""
    i = k - 1
    if i >= first and doc[i].lower_ in _POSSESSIVE:
        i -= 1
        names = 0
        while i >= first and doc[i].pos_ in ("PROPN", "NOUN") and names < 5:
            i -= 1
            names += 1
        if not names or not _names_a_broadcaster(doc[i + names]):
            return None
    if i < first:
        return None
    word = doc[i]
    if word.lower_ in words.BEFORE_TITLE:
        return i
    if word.lower_ == "of" and i > first and _lemma(doc[i - 1]) in words.PART_OF_SHOW:
        return i - 1
    return None


def _sentence_start(cue: Token, quoted: Sequence[bool]) -> int:
    """The first token of the cue's sentence, by its punctuation (the parse may break a
    sentence at a title's possessive): past the last full stop outside a title and any
    quote, or the paragraph's start."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and cue.i - i < 60:
        tok = doc[i]
        if "\n" in tok.text or (quoted[i] and tok.is_quote):
            return i + 1
        if tok.text in (".", "!", "?") and not (i + 1 < len(doc) and doc[i + 1].is_quote):
            return i + 1
        i -= 1
    return i + 1


def show_text(doc: Doc, first: int, closing: int) -> str:
    """The words from ``first`` to a title's closing mark, without the comma or full stop the
    sentence put inside the mark ("on CBS's “Face the Nation,”" → "… Nation”")."""
    text = doc[first : closing + 1].text
    mark = doc[closing].text
    body = text[: -len(mark)].rstrip()
    return body.rstrip(",.") + mark


def show_told(verb: Token, quoted: Sequence[bool]) -> int | None:
    """The closing mark of a show told right after a telling verb ("told CBS's “Face the
    Nation”", "told “Good Morning America”"), however the parse read the title (it may make
    "Face" a verb and leave "told" without an object)."""
    doc = verb.doc
    title = title_at(doc, verb.i + 1, quoted)
    if title is not None:
        return title.closing
    i = verb.i + 1
    while i < len(doc) and i - verb.i <= 5 and doc[i].pos_ in ("PROPN", "NOUN"):
        i += 1
    if i == verb.i + 1 or i >= len(doc) or doc[i].lower_ not in _POSSESSIVE:
        return None
    if not _names_a_broadcaster(doc[i - 1]):
        return None
    title = title_at(doc, i + 1, quoted)
    return title.closing if title is not None else None
