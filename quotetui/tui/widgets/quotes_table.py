"""The quotes list: one row per quote, cells built as ``Text`` so quote text is never markup."""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from quotetui.model import QuoteRow
from quotetui.tui.text import confidence_text, highlight, marks_cell, one_line, status_mark

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
# Below this table width the speaker and article columns narrow; below TIGHT the date column
# gives way (the detail pane shows it), below CRAMPED the article column too (the speakers pane
# shown beside the quotes on an 80-column terminal): at 80 columns the quote keeps room to be
# read and the article column still tells articles apart.
NARROW = 100
TIGHT = 84
CRAMPED = 60
NARROW_WIDTHS = {"speaker": 12, "article": 12}
# Each column has one cell of padding on either side; the scrollbar takes two more.
MIN_QUOTE_WIDTH = 16


def _shown(total: int) -> list[str]:
    """The columns shown when the table is ``total`` cells wide (0: not laid out yet)."""
    hidden = {"date"} if 0 < total < TIGHT else set()
    if 0 < total < CRAMPED:
        hidden.add("article")
    return [key for _, key, _ in COLUMNS if key not in hidden]


def id_prefix(ids: list[str]) -> str:
    """The leading folders every id shares ("" when none): they tell no article apart."""
    parts = [i.split("/")[:-1] for i in ids]
    if not parts:
        return ""
    common: list[str] = []
    for segments in zip(*parts, strict=False):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return "".join(f"{segment}/" for segment in common)


def article_cell(quote: QuoteRow, width: int, prefix: str = "") -> str:
    """What tells the quote's article apart in ``width`` cells: the start of its title, else
    its id without the shared folders, shortened in the middle (ids differ at the start, a
    counter or date, or at the end, a slug or hash). The detail pane shows the whole id."""
    if quote.document_title:
        return one_line(quote.document_title, width)
    ident = one_line(quote.document_id or "")
    if prefix and ident.startswith(prefix) and len(ident) > len(prefix):
        ident = ident[len(prefix) :]
    if len(ident) <= width:
        return ident
    if width < 5:
        return one_line(ident, width)
    head = (width - 1) // 2
    tail = width - 1 - head
    return ident[:head] + "…" + ident[len(ident) - tail :]


class QuotesTable(DataTable[Text]):
    """Rows keyed by quote id; the screen appends pages and updates rows as decisions land."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._quote_width = 40
        self._narrow = False
        self._keys_shown = _shown(0)
        self._id_prefix = ""
        # Highlighted in the quote column: what the search box found (None: no search).
        self.search: re.Pattern[str] | None = None
        # The rows shown, kept to rebuild them when a resize changes the quote column's width.
        self._quotes: list[QuoteRow] = []

    def on_mount(self) -> None:
        self._add_columns()

    def _width(self, key: str, width: int) -> int:
        return NARROW_WIDTHS.get(key, width) if self._narrow else width

    def _keys(self) -> list[str]:
        """The columns shown at the current width."""
        return self._keys_shown

    def _add_columns(self) -> None:
        shown = self._keys()
        for label, key, width in COLUMNS:
            if key in shown:
                self.add_column(label, key=key, width=self._width(key, width) or self._quote_width)

    def quote_width_for(self, total: int) -> int:
        narrow, shown = total < NARROW, _shown(total)
        fixed = sum(
            NARROW_WIDTHS.get(key, width) if narrow else width
            for _, key, width in COLUMNS
            if key in shown
        )
        return max(MIN_QUOTE_WIDTH, total - fixed - 2 * len(shown) - 2)

    def cells(self, quote: QuoteRow) -> list[Text]:
        confidence = quote.confidence
        date = quote.final_occasion_date or ""
        speaker = self._width("speaker", 16)
        article = article_cell(quote, self._width("article", 12), self._id_prefix)
        every = {
            "status": status_mark(quote.status, quote.recheck),
            "marks": marks_cell(quote),
            "speaker": Text(one_line(quote.speaker_name or "—", speaker)),
            "quote": highlight(Text(one_line(quote.text, self._quote_width)), self.search),
            "article": Text(article, style="dim"),
            "date": Text(one_line(date, 10)),
            "conf": Text(confidence_text(confidence), justify="right"),
        }
        return [every[key] for key in self._keys()]

    def set_quotes(self, quotes: list[QuoteRow], cursor: int = 0) -> None:
        """Replace every row (a new filter); the quote column fits the current width."""
        width = self.quote_width_for(self.size.width) if self.size.width else self._quote_width
        narrow = bool(self.size.width) and self.size.width < NARROW
        shown = _shown(self.size.width)
        self._quotes = []
        self._id_prefix = id_prefix([q.document_id or "" for q in quotes if not q.document_title])
        if width != self._quote_width or (narrow, shown) != (self._narrow, self._keys_shown):
            self._quote_width = width
            self._narrow = narrow
            self._keys_shown = shown
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
            self.quote_width_for(width) != self._quote_width
            or (width < NARROW, _shown(width)) != (self._narrow, self._keys_shown)
        ):
            self.set_quotes(list(self._quotes), self.cursor_row)

    def update_quote(self, position: int, quote: QuoteRow) -> None:
        """Redraw the row at ``position`` (its quote id is unchanged) with ``quote``."""
        self._quotes[position] = quote
        for key, cell in zip(self._keys(), self.cells(quote), strict=True):
            self.update_cell(quote.id, key, cell)
