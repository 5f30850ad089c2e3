"""The quotes list: one row per quote, cells built as ``Text`` so quote text is never markup."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from quotetui.model import QuoteRow
from quotetui.tui.text import one_line, status_mark

# (label, key, width); the quote column takes whatever width is left.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("", "status", 1),
    ("Speaker", "speaker", 16),
    ("Quote", "quote", 0),
    ("Article", "article", 12),
    ("Date", "date", 10),
    ("Conf", "conf", 4),
)
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
        # The rows shown, kept to rebuild them when a resize changes the quote column's width.
        self._quotes: list[QuoteRow] = []

    def on_mount(self) -> None:
        self._add_columns()

    def _add_columns(self) -> None:
        for label, key, width in COLUMNS:
            self.add_column(label, key=key, width=width or self._quote_width)

    def quote_width_for(self, total: int) -> int:
        fixed = sum(width for _, _, width in COLUMNS)
        return max(MIN_QUOTE_WIDTH, total - fixed - _CHROME)

    def cells(self, quote: QuoteRow) -> list[Text]:
        confidence = quote.confidence
        date = quote.final_occasion_date or ""
        return [
            status_mark(quote.status, quote.recheck),
            Text(one_line(quote.speaker_name or "—", 16)),
            Text(one_line(quote.text, self._quote_width)),
            Text(one_line(article_label(quote), 12), style="dim"),
            Text(one_line(date, 10)),
            Text("" if confidence is None else f"{confidence:.2f}", justify="right"),
        ]

    def set_quotes(self, quotes: list[QuoteRow], cursor: int = 0) -> None:
        """Replace every row (a new filter); the quote column fits the current width."""
        width = self.quote_width_for(self.size.width) if self.size.width else self._quote_width
        self._quotes = []
        if width != self._quote_width:
            self._quote_width = width
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
        if self.size.width and self.quote_width_for(self.size.width) != self._quote_width:
            self.set_quotes(list(self._quotes), self.cursor_row)

    def update_quote(self, position: int, quote: QuoteRow) -> None:
        """Redraw the row at ``position`` (its quote id is unchanged) with ``quote``."""
        self._quotes[position] = quote
        for (_, key, _), cell in zip(COLUMNS, self.cells(quote), strict=True):
            self.update_cell(quote.id, key, cell)
