"""Modal: the keys of the review screen."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("a", "confirm the attribution and move to the next quote"),
    ("x", "reject: not a quote, or not attributable"),
    ("space", "skip to the next quote without deciding"),
    ("u", "undo your last decision or merge (again for the one before)"),
    ("j / ↓, k / ↑", "next / previous quote"),
    ("e", "correct the speaker (1–9 pick a suggestion, or type a name)"),
    ("o", "correct the occasion and its date"),
    ("m", "merge the chosen speaker (or the quote's) into another"),
    ("s", "status filter: unreviewed → all → confirmed → corrected → rejected"),
    ("c", "sort: article order ↔ lowest confidence first"),
    ("/", "filter the speakers list; enter picks, esc returns"),
    ("tab", "move between the speakers, quotes and detail panes"),
    ("ctrl+p", "command palette: jump to a speaker, filters, sort, export"),
    ("?", "this help"),
    ("q", "quit (every decision is already saved)"),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close", id="help.close"),
        Binding("question_mark", "close", "Close", show=False, id="help.close2"),
        Binding("q", "close", "Close", show=False, id="help.close3"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Static("Keys", classes="dialog-title")
            yield Static(table)
            yield Static(
                Text("Each decision is saved the moment you press its key. esc closes."),
                classes="dialog-help",
            )

    def action_close(self) -> None:
        self.dismiss(None)
