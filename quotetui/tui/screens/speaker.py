"""Modals for managing a speaker: rename it, set its kind, split an alias or a quote off it,
see why its names were joined, and the queue of speakers that may be one.

Each dismisses with what the analyst chose (or None); the review screen saves it through the
session, so it is logged and undoable like every decision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quotetui.model import SpeakerKind, SpeakerRow
from quotetui.store import DuplicateRow, EvidenceRow
from quotetui.tui.text import one_line
from quotetui.wording import plural


class RenameScreen(ModalScreen[str | None]):
    """Type the speaker's canonical name; enter saves, esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="rename.cancel")]

    def __init__(self, speaker: SpeakerRow) -> None:
        super().__init__()
        self.speaker = speaker

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(
                Text(f"Rename “{one_line(self.speaker.name, 60)}”"), classes="dialog-title"
            )
            yield Input(value=self.speaker.name, id="new-name", select_on_focus=True)
            yield Static(
                "enter saves the name (the old one stays an alias) · esc cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one("#new-name", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#new-name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        self.dismiss(name if name and name != self.speaker.name else None)


KINDS: tuple[tuple[SpeakerKind, str], ...] = (
    (SpeakerKind.PERSON, "a named person"),
    (SpeakerKind.ORGANISATION, "a company, party, public body, campaign or outlet"),
    (SpeakerKind.UNNAMED, "an unnamed person or group described by role"),
    (SpeakerKind.DOCUMENT, "a report, memo, ad or poll that speaks itself"),
)


class KindScreen(ModalScreen[SpeakerKind | None]):
    """Pick what the speaker is: 1–4 or ↑↓ enter."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="kind.cancel"),
        *(Binding(str(n), f"pick({n})", show=False, id=f"kind.pick{n}") for n in range(1, 5)),
    ]

    def __init__(self, speaker: SpeakerRow) -> None:
        super().__init__()
        self.speaker = speaker

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            now = self.speaker.kind.value if self.speaker.kind else "not set"
            yield Static(
                Text(f"What is “{one_line(self.speaker.name, 50)}”? (now: {now})"),
                classes="dialog-title",
            )
            yield OptionList(id="kinds", markup=False)
            yield Static("1–4 pick · ↑↓ enter choose · esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        options = self.query_one("#kinds", OptionList)
        for n, (kind, about) in enumerate(KINDS, start=1):
            prompt = Text(f"{n} ", style="bold")
            prompt.append(f"{kind.value:<14}")
            prompt.append(about, style="dim")
            options.add_option(Option(prompt, id=kind.value))
        current = [k for k, _ in KINDS].index(self.speaker.kind) if self.speaker.kind else 0
        options.highlighted = current
        options.focus()

    def action_pick(self, n: int) -> None:
        self.dismiss(KINDS[n - 1][0])

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#kinds")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(SpeakerKind(event.option.id or "person"))


@dataclass(frozen=True)
class SplitChoice:
    """What to split off (an alias, or the quotes chosen) and where it goes: ``name`` is a
    known speaker's name, alias or id, or a new speaker's name."""

    name: str
    alias: str | None = None  # None: the quotes


class SplitScreen(ModalScreen[SplitChoice | None]):
    """Choose an alias of the speaker, or the current quote; then type where it goes."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="split.cancel")]

    def __init__(self, speaker: SpeakerRow, quote_text: str | None) -> None:
        super().__init__()
        self.speaker = speaker
        self.quote_text = quote_text
        self.what: str | None = None  # the alias chosen, or "" for the quote

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(
                Text(f"Split off “{one_line(self.speaker.name, 50)}”"), classes="dialog-title"
            )
            yield OptionList(id="parts", markup=False)
            yield Input(placeholder="where it goes: a speaker's name, or a new name", id="to")
            yield Static(
                "↑↓ enter choose what · type where it goes, enter saves · esc cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        options = self.query_one("#parts", OptionList)
        # One line each: the dialog is 95% of an 80-column terminal, less its borders, padding
        # and the list's own.
        room = min(60, int(min(90, self.app.size.width * 0.95)) - 26)
        if self.quote_text is not None:
            text = one_line(self.quote_text, max(10, room))
            options.add_option(Option(Text(f"this quote: {text}"), id="q"))
        for n, alias in enumerate(a for a in self.speaker.aliases if a != self.speaker.name):
            options.add_option(
                Option(Text(f"alias: {one_line(alias, max(10, room + 5))}"), id=f"a{n}")
            )
        self.query_one("#to", Input).display = False
        if options.option_count:
            options.highlighted = 0
        options.focus()

    def _aliases(self) -> list[str]:
        return [a for a in self.speaker.aliases if a != self.speaker.name]

    @on(OptionList.OptionSelected, "#parts")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        self.what = "" if option_id == "q" else self._aliases()[int(option_id[1:])]
        box = self.query_one("#to", Input)
        box.display = True
        box.value = self.what or ""
        box.focus()

    @on(Input.Submitted, "#to")
    def _submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if name and self.what is not None:
            self.dismiss(SplitChoice(name, self.what or None))

    def action_cancel(self) -> None:
        self.dismiss(None)


class WhyScreen(ModalScreen[None]):
    """Why a speaker's names were joined: each join's rule and evidence."""

    BINDINGS = [Binding("escape", "close", "Close", id="why.close")]

    def __init__(self, speaker: SpeakerRow, evidence: list[EvidenceRow]) -> None:
        super().__init__()
        self.speaker = speaker
        self.evidence = evidence

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="dialog"):
            title = f"Why “{one_line(self.speaker.name, 50)}” is one speaker"
            yield Static(Text(title), classes="dialog-title")
            body = Text()
            aliases = [a for a in self.speaker.aliases if a != self.speaker.name]
            body.append("aliases: ", style="bold")
            body.append(one_line("; ".join(aliases), 300) if aliases else "none")
            body.append("\n")
            if not self.evidence:
                body.append("One article's speaker: no names were joined.\n", style="dim")
            for row in self.evidence:
                body.append(f"{row.rule}", style="bold")
                body.append(f"  {one_line(row.evidence, 200)}\n")
            yield Static(body)
            yield Static(
                "esc closes · m merges, p splits on the main screen", classes="dialog-help"
            )

    def action_close(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class DuplicateAction:
    action: str  # "merge" or "different"
    pair: DuplicateRow


class DuplicatesScreen(ModalScreen[None]):
    """The possible duplicates, most likely first: m merges the pair (the one with fewer quotes
    into the other), d marks them different people (never suggested again), u undoes."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="duplicates.close"),
        Binding("m", "merge", "Merge", id="duplicates.merge"),
        Binding("d", "different", "Different people", id="duplicates.different"),
        Binding("u", "undo", "Undo", id="duplicates.undo"),
    ]

    def __init__(
        self,
        load: Callable[[], list[DuplicateRow]],
        act: Callable[[DuplicateAction], None],
        undo: Callable[[], None],
    ) -> None:
        super().__init__()
        self.load = load
        self.act = act
        self.undo = undo
        self.pairs: list[DuplicateRow] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static("Possible duplicates", classes="dialog-title")
            yield OptionList(id="pairs", markup=False)
            yield Static("", id="pair-why", classes="dialog-hint")
            yield Static(
                "m merge the pair · d different people · u undo · ↑↓ move · esc close",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.refill()
        self.query_one("#pairs", OptionList).focus()

    def refill(self) -> None:
        options = self.query_one("#pairs", OptionList)
        keep = options.highlighted or 0
        options.clear_options()
        self.pairs = self.load()
        for n, pair in enumerate(self.pairs):
            prompt = Text(f"{pair.score:.2f}  ", style="bold")
            prompt.append(f"{one_line(pair.a_name, 30)} ({plural(pair.a_quotes, 'quote')})")
            prompt.append("  ↔  ")
            prompt.append(f"{one_line(pair.b_name, 30)} ({plural(pair.b_quotes, 'quote')})")
            options.add_option(Option(prompt, id=f"p{n}"))
        if self.pairs:
            options.highlighted = min(keep, len(self.pairs) - 1)
        else:
            self.query_one("#pair-why", Static).update(Text("No possible duplicates left."))

    @on(OptionList.OptionHighlighted, "#pairs")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.pairs):
            pair = self.pairs[event.option_index]
            self.query_one("#pair-why", Static).update(
                Text(f"{pair.rule}: {one_line(pair.evidence, 160)}")
            )

    def _current(self) -> DuplicateRow | None:
        index = self.query_one("#pairs", OptionList).highlighted
        if index is None or not 0 <= index < len(self.pairs):
            return None
        return self.pairs[index]

    def action_merge(self) -> None:
        pair = self._current()
        if pair is not None:
            self.act(DuplicateAction("merge", pair))
            self.refill()

    def action_different(self) -> None:
        pair = self._current()
        if pair is not None:
            self.act(DuplicateAction("different", pair))
            self.refill()

    def action_undo(self) -> None:
        self.undo()
        self.refill()

    def action_close(self) -> None:
        self.dismiss(None)
