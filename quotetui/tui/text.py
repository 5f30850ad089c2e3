"""Turning article data into display text that cannot style or drive the terminal.

Everything from the database is data: it is made safe with ``clean`` and wrapped in
``rich.text.Text`` (never parsed as markup), so ``[bold]`` or ``[link=…]`` in a quote stay literal
and an ESC byte in an article shows as ``␛`` instead of reaching the terminal.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from typing import Protocol

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.color import Color
from textual.filter import LineFilter

from quotetui.model import QuoteRow
from quotetui.paragraphs import paragraph_spans
from quotetui.store import fts
from quotetui.terminal import FORMAT, UNSAFE

# What an unsafe character is: quotetui.terminal (shared with the command line, which shows
# each as its escape); here each becomes one visible character, keeping offsets.
_REPLACEMENT = "\ufffd"


def _clean_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        if ch in "\n\t":
            return ch
        if ch == "\r":
            return " "
        # Control Pictures: ESC shows as ␛, NUL as ␀ — visible, and the same length.
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code <= 0x9F or code in FORMAT:
        return _REPLACEMENT
    if code in (0x2028, 0x2029):
        return "\n"
    return ch


def clean(text: str | None) -> str:
    """``text`` with every terminal control character replaced by one visible character.

    Length-preserving, so quote, mention and cue offsets still point at the same characters.
    """
    if not text:
        return ""
    if text.isprintable():
        return text
    return "".join(_clean_char(ch) for ch in text)


@functools.lru_cache(maxsize=4096)
def _terminal_safe(text: str) -> str:
    # Each character becomes blanks of its own width: the line keeps its layout.
    return "".join(" " * cell_len(ch) if ord(ch) in UNSAFE else ch for ch in text)


class TerminalSafe(LineFilter):
    """The one boundary between the app and the terminal: every line Textual draws passes
    here, and any control or format character left in it is dropped. ``clean`` has already
    made data visible where the app builds its text; this keeps what any other path (a
    notification, a title, a widget of Textual's own) would let through off the terminal."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        out = []
        for segment in segments:
            text = segment.text
            if not segment.control and not text.isprintable():
                segment = Segment(_terminal_safe(text), segment.style, segment.control)
            out.append(segment)
        return out


def confidence_text(value: float | None, missing: str = "") -> str:
    """A confidence to two places, rounded down: 0.949 shows as 0.94, so a quote shown at
    0.95 is one that confirming at confidence ≥ 0.95 takes."""
    if value is None:
        return missing
    return f"{math.floor(value * 100 + 1e-6) / 100:.2f}"


def one_line(text: str | None, width: int | None = None) -> str:
    """Cleaned text on one line (whitespace runs collapsed), clipped to ``width`` with "…"."""
    line = " ".join(clean(text).split())
    if width is not None and len(line) > width:
        return line[: max(0, width - 1)] + "…"
    return line


# Styles of the detail pane; also used for the legend, so the two always agree.
QUOTE_STYLE = "bold yellow"
MENTION_STYLE = "bold underline cyan"
CUE_STYLE = "underline magenta"
LABEL_STYLE = "bold"
DIM_STYLE = "dim"

SEARCH_STYLE = "bold black on bright_yellow"
FLAG_MARK = ("⚑", "bold red")
NOTE_MARK = ("≡", "bold cyan")

STATUS_MARKS = {
    "unreviewed": ("·", "dim"),
    "confirmed": ("✓", "bold green"),
    "corrected": ("✎", "bold cyan"),
    "rejected": ("✗", "bold red"),
}


RECHECK_MARK = ("!", "bold yellow")


def status_mark(status: str, recheck: str | None = None) -> Text:
    """The status column's mark; ``!`` for a decision marked for re-review."""
    mark, style = RECHECK_MARK if recheck else STATUS_MARKS.get(status, ("?", ""))
    return Text(mark, style=style)


def search_pattern(search: str | None) -> re.Pattern[str] | None:
    """A pattern finding what ``search`` (as typed in the search box) matches in a text, to
    highlight it; None when nothing searchable was typed. Words match case-insensitively and
    whole (a prefix term, ``word*``, any word it begins)."""
    if not search:
        return None
    terms = fts.parse(search).terms
    parts = []
    for term in terms:
        body = r"\W+".join(re.escape(word) for word in term.words)
        parts.append(rf"\b{body}" + (r"\w*" if term.prefix else r"\b"))
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def highlight(text: Text, pattern: re.Pattern[str] | None) -> Text:
    """``text`` with what ``pattern`` finds in it highlighted (``text`` itself, changed)."""
    if pattern is not None:
        for match in pattern.finditer(text.plain):
            if match.end() > match.start():
                text.stylize(SEARCH_STYLE, match.start(), match.end())
    return text


def marks_cell(quote: QuoteRow) -> Text:
    """The table's column of the analyst's own marks: ⚑ flagged, ≡ a note."""
    cell = Text()
    cell.append(FLAG_MARK[0] if quote.flag else " ", style=FLAG_MARK[1])
    cell.append(NOTE_MARK[0] if quote.note else " ", style=NOTE_MARK[1])
    return cell


class Spans(Protocol):
    """The offsets a context needs (a stored ``QuoteRow`` or an engine ``QuoteRecord``)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def cue_start(self) -> int | None: ...
    @property
    def cue_end(self) -> int | None: ...


def _span(lo: int | None, hi: int | None, size: int) -> tuple[int, int] | None:
    if lo is None or hi is None or not 0 <= lo < hi <= size:
        return None
    return int(lo), int(hi)


def context(document_text: str, quote: Spans, limit: int = 2400) -> tuple[Text, int, int]:
    """The paragraph(s) around the quote, with quote, mention and cue highlighted.

    The range runs from the start of the paragraph holding the earliest of the three spans to
    the end of the paragraph holding the last, so a mention in the paragraph before is shown
    too. Very long ranges are clipped around the quote. Returns (text, start, end) where start
    and end are the offsets into the document that the text covers.
    """
    size = len(document_text)
    quote_span = _span(quote.start, quote.end, size)
    if quote_span is None:
        return Text(clean(quote.text), style=QUOTE_STYLE), 0, 0
    found = [
        (quote_span, QUOTE_STYLE),
        (_span(quote.speaker_start, quote.speaker_end, size), MENTION_STYLE),
        (_span(quote.cue_start, quote.cue_end, size), CUE_STYLE),
    ]
    spans = [(s, style) for s, style in found if s is not None]
    lo, hi = _paragraph_range(
        document_text, min(s[0] for s, _ in spans), max(s[1] for s, _ in spans)
    )
    prefix = suffix = ""
    if hi - lo > limit:
        # Keep the quote whole and as much around it as fits.
        spare = max(0, limit - (quote_span[1] - quote_span[0])) // 2
        new_lo = max(lo, quote_span[0] - spare)
        new_hi = min(hi, quote_span[1] + spare)
        prefix = "…" if new_lo > lo else ""
        suffix = "…" if new_hi < hi else ""
        lo, hi = new_lo, new_hi
    text = Text(prefix + clean(document_text[lo:hi]) + suffix)
    shift = len(prefix) - lo
    for (start, end), style in spans:
        start, end = max(start, lo), min(end, hi)
        if start < end:
            text.stylize(style, start + shift, end + shift)
    return text, lo, hi


def previous_paragraph(document_text: str, start: int, limit: int = 400) -> str:
    """The paragraph before the one that begins at ``start`` ("" when none begins there), its
    end kept if long: who "he" is usually stands there."""
    starts, ends = _paragraphs(document_text)
    index = bisect_left(starts, start)
    if index == 0 or index >= len(starts) or starts[index] != start:
        return ""
    paragraph = document_text[starts[index - 1] : ends[index - 1]]
    if len(paragraph) > limit:
        paragraph = "…" + paragraph[-limit:]
    return clean(paragraph)


@functools.lru_cache(maxsize=8)
def _paragraphs(document_text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the paragraphs, by the rule the engine and the export use. Cached:
    the detail pane asks again for every quote of the same article."""
    spans = paragraph_spans(document_text)
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def _paragraph_range(document_text: str, lo: int, hi: int) -> tuple[int, int]:
    """From the start of the paragraph holding ``lo`` to the end of the one holding ``hi``."""
    starts, ends = _paragraphs(document_text)
    if not starts:
        return lo, hi
    first = max(0, bisect_right(starts, lo) - 1)
    last = max(0, bisect_right(starts, max(lo, hi - 1)) - 1)
    return min(lo, starts[first]), max(hi, ends[last])


def _line(label: str, *parts: str | Text) -> Text:
    line = Text(f"{label:<9}", style=LABEL_STYLE)
    for part in parts:
        line.append(part if isinstance(part, Text) else Text(part))
    return line


# How a date was found, in words for the analyst.
DATE_SOURCES = {
    "text": "read in its attribution",
    "carried": "carried from the occasion named before",
    "reviewed": "set by the analyst",
}


def occasion_line(quote: QuoteRow) -> Text:
    """The occasion as its fields: type, the words, place ("—" for what is not known)."""
    line = Text()
    kind = quote.final_occasion_type
    line.append(clean(kind) if kind else "no type", style="bold" if kind else DIM_STYLE)
    line.append("  ·  ")
    line.append(clean(quote.final_occasion) if quote.final_occasion else "—")
    place = quote.final_occasion_place
    line.append("  ·  place ", style=DIM_STYLE)
    line.append(clean(place) if place else "—")
    if _corrected_occasion(quote):
        line.append("  (corrected)", style=DIM_STYLE)
    return line


def _corrected_occasion(quote: QuoteRow) -> bool:
    return any(
        value is not None
        for value in (
            quote.reviewed_occasion,
            quote.reviewed_occasion_type,
            quote.reviewed_occasion_place,
            quote.reviewed_occasion_date,
        )
    )


def date_line(quote: QuoteRow) -> Text:
    """The occasion's date with its words and where they were read, and the article's
    publication date beside it, marked as such: never one for the other."""
    line = Text()
    date = quote.final_occasion_date
    words = quote.final_occasion_date_text
    if date:
        precision = "day" if len(date) == 10 else "month"
        line.append(clean(date), style="bold")
        line.append(f" ({precision})", style=DIM_STYLE)
    elif words:
        line.append("no day or month", style=DIM_STYLE)
    else:
        line.append("none in the text", style=DIM_STYLE)
    if words:
        line.append("  “")
        line.append(clean(words))
        line.append("”")
    source = DATE_SOURCES.get(quote.final_occasion_date_source or "")
    if source and (date or words):
        line.append(f", {source}", style=DIM_STYLE)
    line.append("  ·  published ", style=DIM_STYLE)
    line.append(clean(quote.document_date) if quote.document_date else "unknown")
    return line


REASONS_SHOWN = 4  # the verdict and the three features that weighed most


def detail(
    quote: QuoteRow,
    document_text: str | None,
    search: re.Pattern[str] | None = None,
    compact: bool = False,
) -> Text:
    """Everything the analyst needs to judge one attribution, as one Text: who and why first,
    then the paragraph(s) with the whole quote highlighted (the quote alone when the article
    text cannot show it whole); what ``search`` finds highlighted too.

    ``compact`` (a short pane, e.g. an 80×24 terminal): speaker with confidence, occasion and
    the quote in its paragraph come first, so the common judgement needs no scrolling; the
    mention, rule, reasons, date, article and status follow the context."""
    if compact:
        return highlight(_compact_detail(quote, document_text), search)
    return highlight(_detail(quote, document_text), search)


def _speaker(quote: QuoteRow) -> Text:
    speaker = Text(clean(quote.speaker_name or "(none)"), style="bold")
    engine = quote.engine_speaker_name
    if quote.reviewed_speaker_id and engine != quote.speaker_name:
        speaker.append(Text(f"  (engine said {clean(engine or 'nobody')})", style=DIM_STYLE))
    return speaker


def _marks_lines(quote: QuoteRow) -> Text:
    """Recheck and note lines (empty when neither): what a reviewer asked to look at."""
    out = Text()
    if quote.recheck:
        why = Text("look again: ", style=RECHECK_MARK[1])
        why.append(clean(quote.recheck))
        why.append(Text("  (a, x, e or o decides it again)", style=DIM_STYLE))
        out.append(_line("Recheck", why))
        out.append("\n")
    if quote.flag or quote.note:
        marks = Text()
        if quote.flag:
            marks.append(f"{FLAG_MARK[0]} check later  ", style=FLAG_MARK[1])
        if quote.note:
            marks.append(clean(quote.note))
        out.append(_line("Note", marks))
        out.append("\n")
    return out


def _article_line(quote: QuoteRow) -> Text:
    """Title, then the full id when a title stands for it (the queue shows only part of it)."""
    source = quote.document_source or "unknown source"
    if quote.document_title and quote.document_id:
        return _line(
            "Article",
            one_line(quote.document_title),
            Text(f"  {clean(quote.document_id)}", style=DIM_STYLE),
            "  ",
            clean(source),
        )
    return _line("Article", one_line(quote.document_id), "  ", clean(source))


def _status_line(quote: QuoteRow) -> Text:
    status = str(quote.status)
    state = Text(status, style=STATUS_MARKS.get(status, ("", ""))[1])
    if quote.reviewer and status != "unreviewed":
        state.append(Text(f"  by {clean(quote.reviewer)} at {quote.reviewed_at}"))
    if quote.kind:
        state.append(Text(f"  · {clean(quote.kind)}", style=DIM_STYLE))
    if quote.partial:
        state.append(Text(" (partial)", style=DIM_STYLE))
    return _line("Status", state)


def _rule(quote: QuoteRow) -> Text:
    confidence = quote.confidence
    if quote.kind == "term" and confidence is None:
        # Scare quotes, titles, ids: nobody said them, so no rule attributed them.
        rule = Text("a term (a title, a name, scare quotes): nobody is attributed")
        if quote.method:
            rule.append(f" ({clean(quote.method)})", style=DIM_STYLE)
        rule.append("  · never exported as a verified quote", style=DIM_STYLE)
    else:
        rule = Text(clean(quote.method or "no rule recorded"))
        rule.append(f"  confidence {confidence_text(confidence, 'not given')}")
    return rule


def _mention(quote: QuoteRow) -> Text:
    mention = Text()
    if quote.speaker_mention:
        mention.append("“")
        mention.append(clean(quote.speaker_mention), style=MENTION_STYLE)
        mention.append("”")
    else:
        mention.append("—")
    if quote.cue:
        mention.append("  cue “")
        mention.append(clean(quote.cue), style=CUE_STYLE)
        mention.append("”")
    return mention


def _in_context(quote: QuoteRow, document_text: str | None) -> tuple[Text | None, int]:
    """The quote's paragraph(s) highlighted and where they start; None when the article text
    cannot show the quote whole."""
    if not document_text:
        return None, 0
    paragraph, lo, hi = context(document_text, quote)
    if not (lo < hi and lo <= quote.start and quote.end <= hi):
        return None, 0
    return paragraph, lo


def _legend() -> Text:
    legend = Text("In context: ", style=DIM_STYLE)
    legend.append("quote", style=QUOTE_STYLE)
    legend.append("  ")
    legend.append("mention", style=MENTION_STYLE)
    legend.append("  ")
    legend.append("cue", style=CUE_STYLE)
    return legend


def _compact_detail(quote: QuoteRow, document_text: str | None) -> Text:
    out = Text()
    speaker = _speaker(quote)
    confidence = quote.confidence
    if confidence is not None:
        speaker.append(Text(f"  confidence {confidence_text(confidence)}"))
    out.append(_line("Speaker", speaker))
    out.append("\n")
    out.append(_line("Occasion", occasion_line(quote)))
    out.append("\n")
    out.append(_marks_lines(quote))
    paragraph, lo = _in_context(quote, document_text)
    if paragraph is None or not document_text:
        out.append(Text(clean(quote.text), style=QUOTE_STYLE))
        before = ""
    else:
        out.append(_legend())
        out.append("\n")
        out.append(paragraph)
        before = previous_paragraph(document_text, lo)
    out.append("\n\n")
    out.append(_line("Mention", _mention(quote)))
    out.append("\n")
    out.append(_line("Rule", _rule(quote)))
    out.append("\n")
    if quote.reasons:
        why = Text("; ".join(clean(r) for r in quote.reasons[:REASONS_SHOWN]), style=DIM_STYLE)
        out.append(_line("Reasons", why))
        out.append("\n")
    out.append(_line("Date", date_line(quote)))
    out.append("\n")
    out.append(_article_line(quote))
    out.append("\n")
    out.append(_status_line(quote))
    if before:
        # Who "he" is usually stands in the paragraph before: below, one scroll away.
        out.append("\n\n")
        out.append(Text("The paragraph before:", style=DIM_STYLE))
        out.append("\n")
        out.append(before, style=DIM_STYLE)
    return out


def _detail(quote: QuoteRow, document_text: str | None) -> Text:
    out = Text()
    out.append(_line("Speaker", _speaker(quote)))
    out.append("\n")
    out.append(_line("Mention", _mention(quote)))
    out.append("\n")
    out.append(_line("Rule", _rule(quote)))
    out.append("\n")
    if quote.reasons:
        # The ranker's verdict and the features that weighed most, as the engine gave them.
        why = Text("; ".join(clean(r) for r in quote.reasons[:REASONS_SHOWN]), style=DIM_STYLE)
        out.append(_line("Reasons", why))
        out.append("\n")
    out.append(_line("Occasion", occasion_line(quote)))
    out.append("\n")
    out.append(_line("Date", date_line(quote)))
    out.append("\n")
    out.append(_article_line(quote))
    out.append("\n")
    out.append(_status_line(quote))
    out.append("\n")
    out.append(_marks_lines(quote))
    out.append("\n")

    paragraph, lo = _in_context(quote, document_text)
    if paragraph is None or not document_text:
        out.append(Text(clean(quote.text), style=QUOTE_STYLE))
        return out
    out.append(_legend())
    out.append("\n")
    # Only when the context starts a paragraph (not when a long one was clipped).
    before = previous_paragraph(document_text, lo)
    if before:
        out.append(before, style=DIM_STYLE)
        out.append("\n\n")
    out.append(paragraph)
    return out
