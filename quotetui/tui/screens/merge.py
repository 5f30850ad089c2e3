"""Modal: merge one speaker into another (its quotes and aliases move to the target).

Type to narrow the candidates, ↓ or enter to reach the list, enter to merge into the
highlighted one; with a single candidate left, enter in the box merges into it. Dismisses
with the target speaker's id, or None.
"""

from __future__ import annotations

import sqlite_utils
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quotetui import store
from quotetui.model import SpeakerRow
from quotetui.tui.screens.fit import fit_list
from quotetui.tui.text import one_line
from quotetui.wording import plural


class MergeScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="merge.cancel")]

    def __init__(self, db: sqlite_utils.Database, source: SpeakerRow) -> None:
        super().__init__()
        self.db = db
        self.source = source

    def compose(self) -> ComposeResult:
        name = one_line(self.source.name, 60)
        aliases = [a for a in self.source.aliases if a != self.source.name]
        with Vertical(id="dialog", classes="dialog"):
            yield Static(Text(f"Merge “{name}” into another speaker"), classes="dialog-title")
            about = plural(self.source.total, "quote")
            if aliases:
                about += "; aliases " + one_line("; ".join(aliases), 80)
            yield Static(Text(about + " — all move to the speaker you pick."))
            yield Input(placeholder="type to find the target speaker", id="target-search")
            yield OptionList(id="targets", markup=False)
            yield Static(
                "↓ to the list · enter merge into the highlighted speaker (the only match:"
                " at once) · esc cancel"
                " · u takes a merge back",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#target-search", Input).focus()
        self.call_after_refresh(self._fit_list)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        fit_list(self, self.query_one("#targets", OptionList))

    def _fill(self, search: str) -> None:
        options = self.query_one("#targets", OptionList)
        options.clear_options()
        for row in store.list_speakers(self.db, search=search or None, limit=50):
            if row.id == self.source.id:
                continue
            prompt = Text(f"{one_line(row.name, 50):<50}")
            prompt.append(f"  {plural(row.total, 'quote')}", style="dim")
            options.add_option(Option(prompt, id=row.id))
        if options.option_count:
            options.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Changed, "#target-search")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value.strip())

    @on(Input.Submitted, "#target-search")
    def _to_list(self) -> None:
        options = self.query_one("#targets", OptionList)
        if options.option_count == 1:
            # One match: enter merges into it, as the help line says.
            self.dismiss(options.get_option_at_index(0).id)
            return
        options.focus()

    def on_key(self, event: events.Key) -> None:
        options = self.query_one("#targets", OptionList)
        if event.key == "down" and self.focused is self.query_one("#target-search", Input):
            event.stop()
            options.focus()

    @on(OptionList.OptionSelected, "#targets")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
