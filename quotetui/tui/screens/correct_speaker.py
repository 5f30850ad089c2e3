"""Modal: correct the speaker of one quote.

Suggestions (speakers and names from the same article first, then known speakers) are picked with
the arrows and enter, or at once with 1–9. Typing a letter moves into the name box, which
narrows the suggestions; enter there saves the typed name (an existing speaker when the name or
an alias matches, else a new speaker). Dismisses with a ``SpeakerChoice`` or None.
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
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quotetui.model import QuoteRow
from quotetui.tui.screens.fit import fit_list
from quotetui.tui.session import Suggestion
from quotetui.tui.text import one_line

Suggest = Callable[[str | None], list[Suggestion]]


@dataclass(frozen=True)
class SpeakerChoice:
    """A known speaker (``speaker_id``) or a name to find or create (``speaker_name``)."""

    speaker_id: str | None = None
    speaker_name: str | None = None


class CorrectSpeakerScreen(ModalScreen[SpeakerChoice | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="correct.cancel"),
        *[
            Binding(str(n), f"pick({n})", f"Pick {n}", show=False, id=f"correct.pick{n}")
            for n in range(1, 10)
        ],
    ]

    def __init__(self, quote: QuoteRow, suggest: Suggest) -> None:
        super().__init__()
        self.quote = quote
        self.suggest = suggest
        self.suggestions: list[Suggestion] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Correct the speaker", classes="dialog-title")
            yield Static(Text(one_line(self.quote.text, 200)), classes="dialog-quote")
            current = Text("Current: ", style="bold")
            current.append(one_line(self.quote.speaker_name or "(none)"))
            if self.quote.speaker_mention:
                current.append(f"   mention “{one_line(self.quote.speaker_mention, 40)}”")
            yield Static(current, id="current-speaker")
            yield Input(
                placeholder="type a name (new or known) to filter or save",
                select_on_focus=False,
                id="name",
            )
            yield Static("", id="name-hint", classes="dialog-hint")
            yield OptionList(id="suggestions", markup=False)
            yield Static(
                "1–9 pick · ↑↓ enter choose · type a name, enter saves it · esc cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self._fill(None)
        self.query_one("#suggestions", OptionList).focus()
        self.call_after_refresh(self._fit_list)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        fit_list(self, self.query_one("#suggestions", OptionList))

    def _fill(self, search: str | None) -> None:
        self.suggestions = self.suggest(search)
        options = self.query_one("#suggestions", OptionList)
        options.clear_options()
        # Each suggestion on one line: the name column gives way on a narrow terminal (80
        # columns left "in this article" wrapping under every name).
        width = max(16, min(50, self.app.size.width - 36))
        for n, suggestion in enumerate(self.suggestions, start=1):
            prompt = Text(f"{n} ", style="bold")
            prompt.append(f"{one_line(suggestion.label, width):<{width}}")
            prompt.append(f"  {suggestion.origin}", style="dim")
            options.add_option(Option(prompt, id=f"s{n}"))
        if self.suggestions:
            options.highlighted = 0

    def _choose(self, index: int) -> None:
        if not 0 <= index < len(self.suggestions):
            return
        suggestion = self.suggestions[index]
        if suggestion.speaker_id:
            self.dismiss(SpeakerChoice(speaker_id=suggestion.speaker_id))
        else:
            self.dismiss(SpeakerChoice(speaker_name=suggestion.name))

    def action_pick(self, n: int) -> None:
        self._choose(n - 1)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#suggestions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    @on(Input.Changed, "#name")
    def _typed(self, event: Input.Changed) -> None:
        typed = event.value.strip()
        self._fill(typed or None)
        hint = Text()
        if typed:
            hint.append("enter saves “")
            hint.append(one_line(typed, 50), style="bold")
            hint.append("”: the known speaker with that name or alias, else a new speaker")
        self.query_one("#name-hint", Static).update(hint)
        self.call_after_refresh(self._fit_list)  # the hint's lines come out of the list's

    @on(Input.Submitted, "#name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if name:
            self.dismiss(SpeakerChoice(speaker_name=name))
        elif self.suggestions:
            self._choose(0)

    def on_key(self, event: events.Key) -> None:
        name = self.query_one("#name", Input)
        options = self.query_one("#suggestions", OptionList)
        if self.focused is options and event.is_printable and event.character:
            if event.character.isdigit():
                return  # 1–9 are bindings
            # A letter starts a name: the list cannot take text, the box can.
            event.stop()
            event.prevent_default()
            name.focus()
            name.insert_text_at_cursor(event.character)
        elif self.focused is name and event.key == "down" and self.suggestions:
            event.stop()
            options.focus()
