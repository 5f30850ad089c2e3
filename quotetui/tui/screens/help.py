"""Modal: the keys of the review screen (from ``quotetui.tui.keys``)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quotetui.tui.keys import REVIEW_KEYS, keys_file, shown


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
        # The keys as they are now: remapped ones (keys.toml) as remapped.
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        for key in REVIEW_KEYS:
            table.add_row(Text(shown(key, keymap)), Text(key.help))
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Static("Keys", classes="dialog-title")
            yield Static(table)
            yield Static(
                Text(
                    "Each decision is saved the moment you press its key. Keys are remapped in"
                    f' {keys_file()} ([review] action = "key"). esc closes.'
                ),
                classes="dialog-help",
            )

    def action_close(self) -> None:
        self.dismiss(None)
