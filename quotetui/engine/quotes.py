"""Finding quotation spans in raw text: mark pairing, nesting, multi-paragraph quotes.

Works on the text alone (no parse), so it is cheap, total (never raises) and easy to test.
Whether a span is speech, writing or a mere term is decided later, with the parse.

Marks are paired inside one paragraph at a time with a stack, so an unbalanced mark can never
swallow more than its own paragraph. A quote left open at the end of a paragraph continues when
the next paragraph starts with an opening mark (the newspaper convention for quotes that run over
several paragraphs); each paragraph piece is its own span, tied to the others by ``group``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotetui.paragraphs import paragraph_spans

# paragraph_spans is re-exported: the paragraph rule lives in quotetui.paragraphs.
__all__ = ["DOUBLE", "SINGLE", "QuoteSpan", "find_quotes", "paragraph_spans"]

DOUBLE = "double"
SINGLE = "single"

# Two-character marks first so that `` and '' win over their single characters.
_MARK_RE = re.compile(r"``|''|‘‘|’’|,,|[\"“”„‟«»‘’‚‛'‹›]")

_OPENERS = {
    "“": DOUBLE,
    "„": DOUBLE,
    "‟": DOUBLE,
    "«": DOUBLE,
    "``": DOUBLE,
    "‘‘": DOUBLE,
    ",,": DOUBLE,
    "‘": SINGLE,
    "‚": SINGLE,
    "‛": SINGLE,
    "‹": SINGLE,
}
_CLOSERS = {"”": DOUBLE, "»": DOUBLE, "''": DOUBLE, "’’": DOUBLE, "’": SINGLE, "›": SINGLE}
_EITHER = {'"': DOUBLE, "'": SINGLE}

# Characters after which a mark is at the start of a word (it may open a quote).
_OPEN_CONTEXT = set(" \t\n\r\f\v\u00a0\u2009\u202f([{<—–-/:;") | set("“„«‘‚‹\"'`")
# Characters before which a mark is at the end of a word (it may close a quote).
_CLOSE_CONTEXT = set(" \t\n\r\f\v\u00a0\u2009\u202f)]}>—–-/:;,.!?…") | set("”»’›\"'")


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation, or one paragraph piece of a quotation, with its marks."""

    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the piece's last character)
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside a quote, …
    group: int = 0  # pieces of one multi-paragraph quote share a group number
    piece: int = 0  # 0 for the first paragraph piece
    closed: bool = True  # False when the piece ends at a paragraph end without a closing mark
    open_len: int = 1  # length of the opening mark
    close_len: int = 1  # length of the closing mark (0 when not closed)

    @property
    def inner_start(self) -> int:
        return self.start + self.open_len

    @property
    def inner_end(self) -> int:
        return self.end - self.close_len


@dataclass
class _Mark:
    pos: int
    text: str
    family: str
    can_open: bool
    can_close: bool


@dataclass
class _Open:
    mark: _Mark
    group: int
    piece: int


def _classify(text: str, pos: int, mark: str) -> _Mark | None:
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    at_word_start = before in _OPEN_CONTEXT and not after.isspace()
    at_word_end = after in _CLOSE_CONTEXT and not before.isspace()
    if mark in _OPENERS:
        family = _OPENERS[mark]
        if family == SINGLE and before.isalnum() and after.isalnum():
            return None  # a letter-bound ‘ is a misprinted apostrophe
        if family == SINGLE and at_word_start and _LEFT_ELISIONS.match(text, after_pos):
            return None  # ‘bout, ‘em, ‘90s: an elision whose apostrophe was typed (or
            # auto-corrected) as an opening mark
        # A misprinted “ at the end of a word closes (“Mostly False.“).
        if at_word_end and not at_word_start:
            return _Mark(pos, mark, family, False, True)
        return _Mark(pos, mark, family, True, False)
    if mark in _CLOSERS:
        family = _CLOSERS[mark]
        if family == SINGLE:
            if before.isalnum() and after.isalnum():
                return None  # don’t, O’Brien
            if before.isspace() and after.isalnum() and not at_word_start:
                return None
        if at_word_start and not at_word_end:
            # ’90s or ’em are elisions; a double ” here is a misprinted opener.
            if family == SINGLE:
                return _Mark(pos, mark, family, True, False) if _single_opens(text, pos) else None
            return _Mark(pos, mark, family, True, False)
        return _Mark(pos, mark, family, False, True)
    family = _EITHER[mark]
    if family == SINGLE and before.isalnum() and after.isalnum():
        return None  # don't
    if family == SINGLE and before.isdigit():
        return None  # 5' 10" and '90s are measures and years, not quotes
    if family == DOUBLE and before in ",.!?":
        return _Mark(pos, mark, family, at_word_start, True)  # "Hello,"she said
    if at_word_start and not at_word_end:
        if family == SINGLE and not _single_opens(text, pos):
            return None
        return _Mark(pos, mark, family, True, False)
    if at_word_end and not at_word_start:
        return _Mark(pos, mark, family, False, True)
    if family == SINGLE:
        return None
    return _Mark(pos, mark, family, True, True)


_ELISIONS = re.compile(r"(?i)(em|tis|twas|n|cause|til|bout|\d\d?s?)\b")
# After an opening ‘ only the unmistakable elisions: a quote may open on a number (‘10 years’).
_LEFT_ELISIONS = re.compile(r"(?i)(em|tis|twas|n|cause|til|bout|\d0s)\b")


def _single_opens(text: str, pos: int) -> bool:
    """A word-initial single mark opens a quote unless it starts a common elision ('em, '90s)."""
    return not _ELISIONS.match(text, pos + 1)


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotation spans in ``text``, sorted by start, outer quotes before inner ones."""
    found: list[QuoteSpan] = []
    group_counter = [0]
    carried: _Open | None = None
    paragraphs = paragraph_spans(text)
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = [
            m
            for m in (
                _classify(text, x.start(), x.group())
                for x in _MARK_RE.finditer(text, p_start, p_end)
            )
            if m is not None
        ]
        stack: list[_Open] = []
        if carried is not None:
            first = marks[0] if marks else None
            if (
                first is not None
                and first.pos == p_start
                and first.can_open
                and first.family == carried.mark.family
            ):
                marks.pop(0)
                stack.append(_Open(first, carried.group, carried.piece + 1))
            carried = None
        for mark in marks:
            top = _top_of_family(stack, mark.family)
            closes = mark.can_close and top is not None
            if closes:
                assert top is not None
                where = stack.index(top)
                del stack[where:]
                found.append(
                    QuoteSpan(
                        top.mark.pos,
                        mark.pos + len(mark.text),
                        depth=where,
                        group=top.group,
                        piece=top.piece,
                        open_len=len(top.mark.text),
                        close_len=len(mark.text),
                    )
                )
            elif mark.can_open:
                group_counter[0] += 1
                stack.append(_Open(mark, group_counter[0], 0))
        if stack:
            outer = stack[0]
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            continues = nxt is not None and _opens_paragraph(text, nxt[0], outer.mark.family)
            # Continued quotes and unclosed double quotes run to the paragraph end, never beyond.
            runs_on = continues or outer.mark.family == DOUBLE
            if runs_on and p_end - outer.mark.pos > len(outer.mark.text):
                found.append(
                    QuoteSpan(
                        outer.mark.pos,
                        p_end,
                        depth=0,
                        group=outer.group,
                        piece=outer.piece,
                        closed=False,
                        open_len=len(outer.mark.text),
                        close_len=0,
                    )
                )
            if continues:
                carried = outer
    found.sort(key=lambda q: (q.start, -q.end))
    return _renumber_groups(found)


def _top_of_family(stack: list[_Open], family: str) -> _Open | None:
    for item in reversed(stack):
        if item.mark.family == family:
            return item
    return None


def _opens_paragraph(text: str, pos: int, family: str) -> bool:
    m = _MARK_RE.match(text, pos)
    if not m:
        return False
    mark = _classify(text, pos, m.group())
    return mark is not None and mark.can_open and mark.family == family


def _renumber_groups(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Groups numbered 0, 1, 2 … in order of first appearance, for stable output."""
    mapping: dict[int, int] = {}
    out = []
    for q in spans:
        if q.group not in mapping:
            mapping[q.group] = len(mapping)
        out.append(
            QuoteSpan(
                q.start,
                q.end,
                q.depth,
                mapping[q.group],
                q.piece,
                q.closed,
                q.open_len,
                q.close_len,
            )
        )
    return out
