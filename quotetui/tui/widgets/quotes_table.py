"""The quotes list: one row per quote, cells built as ``Text`` so quote text is never markup."""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from quotetui.model import QuoteRow
from quotetui.tui.text import highlight, marks_cell, one_line, status_mark

# (label, key, width); the quote column takes whatever width is left.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("", "status", 1),
    ("", "marks", 2),  # ⚑ flagged "check later", ≡ a note
    ("Speaker", "speaker", 16),
    ("Quote", "quote", 0),
    ("Article", "article", 12),
    ("Date", "date", 10),
    ("Conf", "conf", 4),
)
# Narrower speaker and article columns when the table is narrower than this: at 80 columns
# the quote keeps room to be read.
NARROW = 100
NARROW_WIDTHS = {"speaker": 11, "article": 7}
# Each column has one cell of padding on either side; the scrollbar takes two more.
_CHROME = 2 * len(COLUMNS) + 2
MIN_QUOTE_WIDTH = 20


def article_label(quote: QuoteRow) -> str:
    return quote.document_title or quote.document_id or ""


class QuotesTable(DataTable[Text]):
    """Rows keyed by quote id; the screen appends pages and updates rows as decisions land."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._quote_width = 40
        self._narrow = False
        # Highlighted in the quote column: what the search box found (None: no search).
        self.search: re.Pattern[str] | None = None
        # The rows shown, kept to rebuild them when a resize changes the quote column's width.
        self._quotes: list[QuoteRow] = []

    def on_mount(self) -> None:
        self._add_columns()

    def _width(self, key: str, width: int) -> int:
        return NARROW_WIDTHS.get(key, width) if self._narrow else width

    def _add_columns(self) -> None:
        for label, key, width in COLUMNS:
            self.add_column(label, key=key, width=self._width(key, width) or self._quote_width)

    def quote_width_for(self, total: int) -> int:
        narrow = total < NARROW
        fixed = sum(NARROW_WIDTHS.get(key, width) if narrow else width for _, key, width in COLUMNS)
        return max(MIN_QUOTE_WIDTH, total - fixed - _CHROME)

    def cells(self, quote: QuoteRow) -> list[Text]:
        confidence = quote.confidence
        date = quote.final_occasion_date or ""
        speaker = self._width("speaker", 16)
        return [
            status_mark(quote.status, quote.recheck),
            marks_cell(quote),
            Text(one_line(quote.speaker_name or "—", speaker)),
            highlight(Text(one_line(quote.text, self._quote_width)), self.search),
            Text(one_line(article_label(quote), self._width("article", 12)), style="dim"),
            Text(one_line(date, 10)),
            Text("" if confidence is None else f"{confidence:.2f}", justify="right"),
        ]

    def set_quotes(self, quotes: list[QuoteRow], cursor: int = 0) -> None:
        """Replace every row (a new filter); the quote column fits the current width."""
        width = self.quote_width_for(self.size.width) if self.size.width else self._quote_width
        narrow = bool(self.size.width) and self.size.width < NARROW
        self._quotes = []
        if width != self._quote_width or narrow != self._narrow:
            self._quote_width = width
            self._narrow = narrow
            self.clear(columns=True)
            self._add_columns()
        else:
            self.clear()
        self.add_quotes(quotes)
        if quotes:
            self.move_cursor(row=min(cursor, len(quotes) - 1), animate=False)

    def add_quotes(self, quotes: list[QuoteRow]) -> None:
        for quote in quotes:
            self._quotes.append(quote)
            self.add_row(*self.cells(quote), key=quote.id)

    def on_resize(self) -> None:
        width = self.size.width
        if width and (
            self.quote_width_for(width) != self._quote_width or (width < NARROW) != self._narrow
        ):
            self.set_quotes(list(self._quotes), self.cursor_row)

    def update_quote(self, position: int, quote: QuoteRow) -> None:
        """Redraw the row at ``position`` (its quote id is unchanged) with ``quote``."""
        self._quotes[position] = quote
        for (_, key, _), cell in zip(COLUMNS, self.cells(quote), strict=True):
            self.update_cell(quote.id, key, cell)
