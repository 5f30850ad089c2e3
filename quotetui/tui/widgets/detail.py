"""The detail pane: the whole quote, why it is attributed as it is, and its context."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from quotetui.model import QuoteRow
from quotetui.tui import text


class QuoteDetail(VerticalScroll):
    """Scrollable; focusable so long articles can be read with the arrow keys."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    def show(
        self,
        quote: QuoteRow | None,
        document_text: str | None,
        search: re.Pattern[str] | None = None,
    ) -> None:
        body = self.query_one("#detail-body", Static)
        if quote is None:
            body.update(
                "No quotes match this filter. Press s to change the status filter, F for the"
                " other filters, f to change the search."
            )
        else:
            body.update(text.detail(quote, document_text, search))
        self.scroll_home(animate=False)
