"""The detail pane: the whole quote, why it is attributed as it is, and its context."""

from __future__ import annotations

import re
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from quotetui.model import QuoteRow
from quotetui.tui import text

# A pane shorter than this many lines (an 80×24 terminal gives it about 12) shows the compact
# order: speaker, occasion and the quote in its paragraph first, the rest below.
COMPACT_HEIGHT = 18


class QuoteDetail(VerticalScroll):
    """Scrollable; focusable so long articles can be read with the arrow keys."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[QuoteRow | None, str | None, re.Pattern[str] | None] | None = None
        self._compact: bool | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    @property
    def compact(self) -> bool:
        height = self.size.height
        return bool(height) and height < COMPACT_HEIGHT

    def show(
        self,
        quote: QuoteRow | None,
        document_text: str | None,
        search: re.Pattern[str] | None = None,
    ) -> None:
        self._shown = (quote, document_text, search)
        self._render_shown()
        self.scroll_home(animate=False)

    def _render_shown(self) -> None:
        if self._shown is None:
            return
        quote, document_text, search = self._shown
        self._compact = self.compact
        body = self.query_one("#detail-body", Static)
        if quote is None:
            body.update(
                "No quotes match this filter. Press s to change the status filter, F for the"
                " other filters, f to change the search."
            )
        else:
            body.update(text.detail(quote, document_text, search, compact=self._compact))

    def on_resize(self) -> None:
        # A terminal resized across the threshold changes the order, not just the wrapping.
        if self._compact is not None and self.compact != self._compact:
            self._render_shown()
