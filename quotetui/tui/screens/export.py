"""Modal: confirm the file name for an export of verified quotes.

Dismisses with the path typed (default ``quotetui-export.csv`` in the current folder) or None.
An existing file is only replaced after a second enter.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

DEFAULT_EXPORT = "quotetui-export.csv"


class ExportScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, scope: str, default: str = DEFAULT_EXPORT) -> None:
        super().__init__()
        self.scope = scope
        self.default = default
        self._replace_ok: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Export verified quotes to CSV", classes="dialog-title")
            yield Static(Text(f"Confirmed and corrected quotes of {self.scope}."))
            yield Static(Text(f"Relative names are saved in {Path.cwd()}"), classes="dialog-hint")
            yield Input(value=self.default, placeholder="file name", id="export-path")
            yield Static("", id="export-problem", classes="dialog-error")
            yield Static("enter export · esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        problem = self.query_one("#export-problem", Static)
        if not path:
            problem.update("A file name is needed.")
            return
        target = Path(path).expanduser()
        if target.is_dir():
            problem.update(Text(f"{target} is a folder; give a file name."))
            return
        if target.exists() and self._replace_ok != path:
            self._replace_ok = path
            problem.update(Text(f"{target} exists: enter again to replace it."))
            return
        self.dismiss(str(target))
