"""Modal: the review queue's filters beside speaker and status: kind (terms apart), confidence
band, article, outlet, publication dates, occasion type, reviewer, flagged, noted.

Enter in any box (or the Apply button) applies them all; "Clear" goes back to the default
queue (every quote but the terms). Dismisses with a ``FilterChoice`` or None.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from quotetui import store
from quotetui.dates import occasion_date_problem
from quotetui.model import QuoteRow
from quotetui.tui.session import DEFAULT_FILTER, KIND_LABELS, TYPE_CYCLE, type_label

_ALL = "__all__"  # Select values cannot be None
# Below this terminal height the dialog's boxes lose their borders: with them it needs about
# 50 lines, without them about 25, so 120×40 shows every filter at once too.
SHORT_HEIGHT = 50


@dataclass(frozen=True)
class FilterChoice:
    where: store.QuoteFilter
    occasion_type: str | None


def _confidence(text: str, label: str) -> tuple[float | None, str | None]:
    text = text.strip()
    if not text:
        return None, None
    try:
        value = float(text)
    except ValueError:
        return None, f"{label}: a number from 0 to 1"
    if not 0.0 <= value <= 1.0:
        return None, f"{label}: a number from 0 to 1"
    return value, None


class FilterScreen(ModalScreen[FilterChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="filters.cancel")]

    def __init__(
        self, where: store.QuoteFilter, occasion_type: str | None, quote: QuoteRow | None
    ) -> None:
        super().__init__()
        self.where = where
        self.occasion_type = occasion_type
        self.quote = quote  # the one under the cursor: its article and outlet are offered

    def compose(self) -> ComposeResult:
        w = self.where
        here = self.quote
        with VerticalScroll(id="dialog", classes="dialog"):
            yield Static("Filters", classes="dialog-title")
            yield Label("Kind")
            yield Select(
                [(label, _ALL if value is None else value) for value, label in KIND_LABELS.items()],
                value=_ALL if w.kind is None else w.kind, allow_blank=False, id="f-kind",
            )  # fmt: skip
            yield Label("Confidence: at least … and below …")
            with Horizontal(classes="dialog-row"):
                yield Input(_num(w.min_confidence), placeholder="0.0", id="f-min")
                yield Input(_num(w.below_confidence), placeholder="1.0", id="f-below")
            yield Label("Article (its id)")
            yield Input(
                w.document_id or "", id="f-article",
                placeholder=f"this one: {here.document_id}" if here else "article id",
            )  # fmt: skip
            if here is not None:
                yield Checkbox(
                    "only the article of the quote under the cursor", id="f-here-article"
                )
            yield Label("Outlet (exact)")
            yield Input(
                w.source or "", id="f-source",
                placeholder=f"this one: {here.document_source}" if here and here.document_source
                else "outlet",
            )  # fmt: skip
            if here is not None and here.document_source:
                yield Checkbox("only the outlet of the quote under the cursor", id="f-here-source")
            yield Label("Published from … to … (YYYY, YYYY-MM or YYYY-MM-DD)")
            with Horizontal(classes="dialog-row"):
                yield Input(w.published_from or "", placeholder="from", id="f-from")
                yield Input(w.published_to or "", placeholder="to", id="f-to")
            yield Label("Occasion type")
            yield Select(
                [(type_label(t), _ALL if t is None else t) for t in TYPE_CYCLE],
                value=_ALL if self.occasion_type is None else self.occasion_type,
                allow_blank=False, id="f-type",
            )  # fmt: skip
            yield Label("Decided by (reviewer)")
            yield Input(w.reviewer or "", placeholder="any reviewer", id="f-reviewer")
            yield Checkbox("flagged “check later” only", w.flagged, id="f-flagged")
            yield Checkbox("with a note only", w.noted, id="f-noted")
            yield Static("", id="f-problem", classes="dialog-error")
            with Horizontal(classes="dialog-row"):
                yield Button("Apply", variant="primary", id="f-apply")
                yield Button("Clear", id="f-clear")
            yield Static("enter in a box applies · tab moves · esc cancels", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#f-kind", Select).focus()
        self._fit(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        # A short terminal (80×24): boxes without borders and labels without a gap, so most of
        # the filters show at once instead of three of them.
        short = height < SHORT_HEIGHT
        self.set_class(short, "-short")
        for widget in self.query("Input, Select, Checkbox, Button"):
            if isinstance(widget, Input | Select | Checkbox | Button):
                widget.compact = short

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def _checked(self, widget_id: str) -> bool:
        found = self.query(f"#{widget_id}")
        return bool(found) and found.only_one(Checkbox).value

    def _choice(self) -> FilterChoice | None:
        problems: list[str] = []
        low, problem = _confidence(self._value("f-min"), "at least")
        problems += [problem] if problem else []
        below, problem = _confidence(self._value("f-below"), "below")
        problems += [problem] if problem else []
        dates = self._value("f-from"), self._value("f-to")
        for date in dates:
            # A year alone is a range too; a month or a day must be on the calendar.
            valid = re.fullmatch(r"\d{4}", date) or occasion_date_problem(date) is None
            if date and not valid:
                problems.append(f"{date!r}: a date is YYYY, YYYY-MM or YYYY-MM-DD")
        if problems:
            self.query_one("#f-problem", Static).update(Text("; ".join(problems)))
            return None
        article = self._value("f-article") or None
        source = self._value("f-source") or None
        if self.quote is not None and self._checked("f-here-article"):
            article = self.quote.document_id
        if self.quote is not None and self._checked("f-here-source"):
            source = self.quote.document_source
        kind = str(self.query_one("#f-kind", Select).value)
        occasion_type = str(self.query_one("#f-type", Select).value)
        where = dataclasses.replace(
            self.where,
            kind=None if kind == _ALL else kind,
            min_confidence=low,
            below_confidence=below,
            document_id=article,
            source=source,
            published_from=dates[0] or None,
            published_to=dates[1] or None,
            reviewer=self._value("f-reviewer") or None,
            flagged=self.query_one("#f-flagged", Checkbox).value,
            noted=self.query_one("#f-noted", Checkbox).value,
        )
        return FilterChoice(where, None if occasion_type == _ALL else occasion_type)

    def _apply(self) -> None:
        choice = self._choice()
        if choice is not None:
            self.dismiss(choice)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._apply()

    @on(Button.Pressed, "#f-apply")
    def _apply_pressed(self) -> None:
        self._apply()

    @on(Button.Pressed, "#f-clear")
    def _clear(self) -> None:
        # The search is kept: it has its own key (f) and is ended there.
        self.dismiss(
            FilterChoice(dataclasses.replace(DEFAULT_FILTER, search=self.where.search), None)
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
