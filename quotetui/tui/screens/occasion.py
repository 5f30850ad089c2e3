"""Modal: correct the occasion (where or through what it was said) and its date.

Dismisses with ``{"occasion": str | None, "occasion_date": str | None}`` (None: there is none)
or None when cancelled. The date must be YYYY-MM-DD or YYYY-MM, a real calendar date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Label, Static

from quotetui.model import QuoteRow
from quotetui.tui.text import one_line

_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def date_problem(value: str) -> str | None:
    """Why ``value`` is no valid occasion date, or None when it is fine (empty is fine)."""
    value = value.strip()
    if not value:
        return None
    match = _DATE.match(value)
    if match is None:
        return "use YYYY-MM-DD, or YYYY-MM when only the month is known"
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return f"{value} is not a calendar date"
    return None


class OccasionDate(Validator):
    def validate(self, value: str) -> ValidationResult:
        problem = date_problem(value)
        return self.failure(problem) if problem else self.success()


@dataclass(frozen=True)
class OccasionChoice:
    """What the analyst entered; None: there is none (occasion) or it is unknown (date)."""

    occasion: str | None
    occasion_date: str | None


class OccasionScreen(ModalScreen[OccasionChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="occasion.cancel")]

    def __init__(self, quote: QuoteRow) -> None:
        super().__init__()
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Correct the occasion", classes="dialog-title")
            yield Static(Text(one_line(self.quote.text, 200)), classes="dialog-quote")
            engine = Text("Engine said: ", style="dim")
            engine.append(one_line(self.quote.occasion or "—", 60))
            engine.append(f"  {self.quote.occasion_date or '(no date)'}")
            engine.append(f"   · article published {self.quote.document_date or '?'}")
            yield Static(engine, classes="dialog-hint")
            yield Label("Occasion (event or medium, place)")
            yield Input(
                value=self.quote.final_occasion or "",
                placeholder="e.g. press conference in Brussels; empty: none",
                id="occasion",
            )
            yield Label("Date")
            yield Input(
                value=self.quote.final_occasion_date or "",
                placeholder="YYYY-MM-DD or YYYY-MM; empty: unknown",
                validators=[OccasionDate()],
                id="occasion-date",
            )
            yield Static("", id="date-problem", classes="dialog-error")
            yield Static(
                "typing replaces the selected text, ← → edit it · tab next field · enter save"
                " · esc cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one("#occasion", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Changed, "#occasion-date")
    def _date_changed(self, event: Input.Changed) -> None:
        self.query_one("#date-problem", Static).update(Text(date_problem(event.value) or ""))

    @on(Input.Submitted)
    def _save(self) -> None:
        occasion = self.query_one("#occasion", Input).value.strip()
        date_input = self.query_one("#occasion-date", Input)
        date = date_input.value.strip()
        problem = date_problem(date)
        if problem:
            self.query_one("#date-problem", Static).update(Text(problem))
            date_input.focus()
            return
        self.dismiss(OccasionChoice(occasion or None, date or None))
