"""Modals: correct the occasion (how, where and when it was said) as its fields, and apply one
quote's occasion to the other quotes of its speaker or its event.

``OccasionScreen`` dismisses with an ``OccasionChoice`` or None when cancelled. The date must be
YYYY-MM-DD or YYYY-MM, a real calendar date; the type is one of the closed set
(``model.OccasionType``), picked from a list. ``ApplyOccasionScreen`` dismisses with the scope
chosen ("speaker" or "event") or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Label, Select, Static

from quotetui.dates import occasion_date_problem
from quotetui.model import OccasionType, QuoteRow
from quotetui.tui.text import date_line, occasion_line, one_line

# The review app names the date rule once: quotetui.dates.
date_problem = occasion_date_problem

# Below this many rows the editor drops its blank lines (it has 21 at 80×24).
SHORT_HEIGHT = 32

TYPE_OPTIONS: tuple[tuple[str, str], ...] = tuple(
    (t.value.replace("_", " "), t.value) for t in OccasionType
)


class OccasionDate(Validator):
    def validate(self, value: str) -> ValidationResult:
        problem = date_problem(value)
        return self.failure(problem) if problem else self.success()


@dataclass(frozen=True)
class OccasionChoice:
    """What the analyst entered; None: there is none (occasion, type, place) or it is unknown
    (date). ``changed`` names the type and place fields the analyst changed: the others are
    left as they are (the engine's, or an earlier correction)."""

    occasion: str | None
    occasion_date: str | None
    occasion_type: str | None = None
    occasion_place: str | None = None
    changed: frozenset[str] = frozenset()

    def fields(self) -> dict[str, str | None]:
        """The type and place to save: only those changed."""
        values = {"occasion_type": self.occasion_type, "occasion_place": self.occasion_place}
        return {k: v for k, v in values.items() if k in self.changed}


class OccasionScreen(ModalScreen[OccasionChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="occasion.cancel")]

    def __init__(self, quote: QuoteRow) -> None:
        super().__init__()
        self.quote = quote

    def compose(self) -> ComposeResult:
        quote = self.quote
        # Each field is one row, its name beside its box, so all four and the keys that work
        # show at once at 80×24; the dialog still scrolls on a shorter terminal.
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Static("Correct the occasion", classes="dialog-title")
            yield Static(Text(one_line(quote.text, 200)), classes="dialog-quote")
            yield Static(Text("Now: ", style="dim") + occasion_line(quote), classes="dialog-hint")
            # Indented by padding, not spaces: a wrapped date line keeps under the occasion.
            yield Static(date_line(quote), classes="dialog-hint occasion-now-date")
            with Horizontal(classes="field-row occasion-first"):
                yield Label("Occasion", classes="field-label")
                yield Input(
                    value=quote.final_occasion or "",
                    placeholder="e.g. press conference in Brussels; empty: none",
                    id="occasion",
                    compact=True,
                )
            with Horizontal(classes="field-row"):
                yield Label("Date", classes="field-label")
                yield Input(
                    value=quote.final_occasion_date or "",
                    placeholder="YYYY-MM-DD or YYYY-MM; empty: unknown",
                    validators=[OccasionDate()],
                    id="occasion-date",
                    compact=True,
                )
            yield Static("", id="date-problem", classes="dialog-error field-note")
            with Horizontal(classes="field-row"):
                yield Label("Place", classes="field-label")
                yield Input(
                    value=quote.final_occasion_place or "",
                    placeholder="e.g. Senate floor, Tampa; empty: not said",
                    id="occasion-place",
                    compact=True,
                )
            with Horizontal(classes="field-row"):
                yield Label("Type", classes="field-label")
                yield Select(
                    TYPE_OPTIONS,
                    prompt="no type (the article says nothing of how)",
                    value=quote.final_occasion_type or Select.NULL,
                    id="occasion-type",
                    compact=True,
                )
            yield Static(
                "occasion: the event or medium, in the article's words · date: never the"
                " publication date unless the text says so",
                classes="dialog-hint occasion-guide",
            )
            yield Static(
                "typing replaces the selected text, ← → edit it · tab next field · enter"
                " opens the type list / saves · esc cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one("#occasion", Input).focus()
        self._fit(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        # A short terminal (80×24): no blank lines between the parts and the quote on one
        # line, so every field and the keys show without scrolling.
        self.set_class(height < SHORT_HEIGHT, "-short")

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Changed, "#occasion-date")
    def _date_changed(self, event: Input.Changed) -> None:
        self._tell(date_problem(event.value))

    def _tell(self, problem: str | None) -> None:
        # The line is there only while there is a problem: no blank row under a good date.
        line = self.query_one("#date-problem", Static)
        line.update(Text(problem or ""))
        line.display = bool(problem)

    @on(Input.Submitted)
    def _save(self) -> None:
        occasion = self.query_one("#occasion", Input).value.strip()
        date_input = self.query_one("#occasion-date", Input)
        date = date_input.value.strip()
        problem = date_problem(date)
        if problem:
            self._tell(problem)
            date_input.focus()
            return
        place = self.query_one("#occasion-place", Input).value.strip() or None
        selected = self.query_one("#occasion-type", Select).value
        kind = selected if isinstance(selected, str) else None
        changed = set()
        if kind != self.quote.final_occasion_type:
            changed.add("occasion_type")
        if place != self.quote.final_occasion_place:
            changed.add("occasion_place")
        self.dismiss(
            OccasionChoice(occasion or None, date or None, kind, place, frozenset(changed))
        )


@dataclass(frozen=True)
class Scope:
    """One choice of ``ApplyOccasionScreen``: which quotes, how many."""

    key: str  # "speaker" or "event"
    label: str
    count: int


class ApplyOccasionScreen(ModalScreen[str | None]):
    """Apply the quote's occasion to all quotes of its speaker in the article (1, enter) or to
    all quotes of its event (2)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="apply.cancel"),
        Binding("1", "choose(0)", "Speaker", id="apply.speaker"),
        Binding("enter", "choose(0)", "Speaker", show=False, id="apply.enter"),
        Binding("2", "choose(1)", "Event", id="apply.event"),
    ]

    def __init__(self, quote: QuoteRow, scopes: list[Scope]) -> None:
        super().__init__()
        self.quote = quote
        self.scopes = scopes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Apply this occasion to other quotes", classes="dialog-title")
            yield Static(occasion_line(self.quote), classes="dialog-hint")
            yield Static(date_line(self.quote), classes="dialog-hint")
            for number, scope in enumerate(self.scopes, start=1):
                line = Text(f"{number}  ", style="bold")
                line.append(f"{scope.label} ({scope.count} quote{'' if scope.count == 1 else 's'})")
                yield Static(line, classes="dialog-option")
            yield Static(
                "1 or enter / 2 apply (each quote becomes corrected; u undoes all of them at"
                " once) · esc cancel",
                classes="dialog-help",
            )

    def action_choose(self, index: int) -> None:
        if 0 <= index < len(self.scopes):
            self.dismiss(self.scopes[index].key)

    def action_cancel(self) -> None:
        self.dismiss(None)
