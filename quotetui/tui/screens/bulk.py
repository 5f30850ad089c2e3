"""Modal: confirm or reject every unreviewed quote of the current filter at or above a
confidence. The count is shown as the threshold is typed; enter asks "Confirm N quotes?",
and only ``y`` then decides. Dismisses with a ``BulkChoice`` or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from quotetui.model import ReviewAction
from quotetui.wording import plural

DEFAULT_THRESHOLD = "0.95"
# Above this many quotes the dialog warns that writing them takes a while (one transaction).
BIG = 20_000


@dataclass(frozen=True)
class BulkChoice:
    action: ReviewAction  # CONFIRM or REJECT
    threshold: float
    count: int  # how many the analyst was told


def parse_threshold(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


class BulkScreen(ModalScreen[BulkChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="bulk.cancel")]

    def __init__(self, scope: str, count: Callable[[float], int]) -> None:
        super().__init__()
        self.scope = scope
        self.count = count
        self._asked: BulkChoice | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Decide many quotes at once", classes="dialog-title")
            yield Static(Text(f"The unreviewed quotes of: {self.scope}"), classes="dialog-quote")
            yield Select(
                [("confirm them", ReviewAction.CONFIRM.value),
                 ("reject them", ReviewAction.REJECT.value)],
                value=ReviewAction.CONFIRM.value, allow_blank=False, id="bulk-action",
            )  # fmt: skip
            yield Static("at or above the confidence", classes="dialog-hint")
            yield Input(value=DEFAULT_THRESHOLD, placeholder="0.95", id="bulk-threshold")
            yield Static("", id="bulk-count")
            yield Static(
                "enter: count and ask · esc cancels · one u undoes it afterwards",
                classes="dialog-help",
                id="bulk-help",
            )

    def on_mount(self) -> None:
        self.query_one("#bulk-threshold", Input).focus()
        self._recount()

    def _action(self) -> ReviewAction:
        return ReviewAction(str(self.query_one("#bulk-action", Select).value))

    def _recount(self) -> int | None:
        self._asked = None
        shown = self.query_one("#bulk-count", Static)
        threshold = parse_threshold(self.query_one("#bulk-threshold", Input).value)
        if threshold is None:
            shown.update(Text("A confidence from 0 to 1, e.g. 0.95.", style="red"))
            return None
        n = self.count(threshold)
        line = Text(f"{plural(n, 'quote')} at confidence ≥ {threshold:g}", style="bold")
        if n > BIG:
            line.append("  (a big step: the app waits while it is written)", style="yellow")
        shown.update(line)
        return n

    @on(Input.Changed, "#bulk-threshold")
    def _typed(self) -> None:
        self._recount()

    @on(Select.Changed, "#bulk-action")
    def _action_changed(self) -> None:
        self._recount()

    @on(Input.Submitted, "#bulk-threshold")
    def _submitted(self) -> None:
        n = self._recount()
        threshold = parse_threshold(self.query_one("#bulk-threshold", Input).value)
        if n is None or threshold is None:
            return
        if n == 0:
            self.query_one("#bulk-count", Static).update(
                Text(f"No unreviewed quote at confidence ≥ {threshold:g}: nothing to do.")
            )
            return
        action = self._action()
        self._asked = BulkChoice(action, threshold, n)
        verb = "Confirm" if action is ReviewAction.CONFIRM else "Reject"
        question = Text(f"{verb} {plural(n, 'quote')}? ", style="bold yellow")
        question.append("y: yes · n or esc: no", style="")
        self.query_one("#bulk-count", Static).update(question)
        self.set_focus(None)  # off the box: y and n are keys now, not text

    def on_key(self, event: events.Key) -> None:
        if self._asked is None:
            return
        if event.key == "y":
            event.stop()
            self.dismiss(self._asked)
        elif event.key == "n":
            event.stop()
            self._asked = None
            self._recount()
            self.query_one("#bulk-threshold", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
