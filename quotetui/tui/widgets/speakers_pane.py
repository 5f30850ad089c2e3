"""The speakers pane: a filter box and every speaker with quotes left/total, most quoted first.

Speakers are loaded a page at a time (there may be tens of thousands), more as the highlight
nears the end of the list. Choosing one (enter or click) posts ``SpeakerChosen``.
"""

from __future__ import annotations

import contextlib
from typing import Any

import sqlite_utils
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from quotetui import store
from quotetui.tui.text import one_line

ALL_ID = "__all__"  # slugs never start with "_", so this cannot clash with a speaker id
PAGE = 100
COUNTS_WIDTH = 9
# Marker, space before the counts, option padding and a scrollbar take the rest of the width.
_CHROME = 2 + 1 + 2 + 2


def compact(n: int) -> str:
    """At most four characters: 9999, 12k, 999k, 1.2M."""
    if n < 10_000:
        return str(n)
    if n < 999_500:
        return f"{n / 1000:.0f}k"
    return f"{n / 1_000_000:.1f}M"


# A name longer than the pane is wide goes on under itself (an organisation's full name, a
# description such as "spokesperson for the Ministry of Foreign Affairs"), up to this many lines.
NAME_LINES = 2


def name_lines(name: str, width: int, lines: int = NAME_LINES) -> list[str]:
    """The name in lines of at most ``width`` cells, broken between words; the last line is
    clipped with "…" when even ``lines`` lines do not hold it."""
    rest = one_line(name)
    out: list[str] = []
    while len(rest) > width and len(out) < lines - 1:
        cut = rest.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = width
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    out.append(one_line(rest, width))
    return out


def speaker_prompt(
    name: str,
    left: int | None,
    total: int | None,
    chosen: bool,
    width: int = 15,
    counts_width: int = COUNTS_WIDTH,
) -> Text:
    first, *more = name_lines(name, width)
    style = "bold" if chosen else ""
    prompt = Text("▸ " if chosen else "  ", style="bold")
    prompt.append(f"{first:<{width}}", style=style)
    if total is not None and left is not None:
        prompt.append(f" {compact(left) + '/' + compact(total):>{counts_width}}", style="dim")
    for line in more:
        prompt.append(f"\n  {line}", style=style)
    return prompt


class SpeakersPane(Vertical):
    class SpeakerChosen(Message):
        def __init__(self, speaker_id: str | None, name: str | None) -> None:
            super().__init__()
            self.speaker_id = speaker_id
            self.name = name

    def __init__(self, db: sqlite_utils.Database, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.chosen: str | None = None
        self.search = ""
        self.exhausted = False
        self.name_width = 15
        # As wide as the counts of all speakers (no speaker's are wider): on a narrow pane
        # "26/26" leaves the names four cells more than room for "9999/9999" would.
        self.counts_width = COUNTS_WIDTH
        self._loaded = 0
        self._names: dict[str, str] = {}
        self._counts: dict[str, tuple[int, int]] = {}
        # (left, total) over every quote; None until first counted.
        self.all_counts: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filter speakers", id="speaker-filter")
        yield Static(id="speakers-header")
        yield OptionList(id="speakers", markup=False)

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#speakers", OptionList)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        options = self.option_list
        highlighted = options.highlighted
        options.clear_options()
        self._loaded = 0
        self.exhausted = False
        self._names.clear()
        self._counts.clear()
        # Always first, also while filtering: the way back to every speaker.
        options.add_option(Option(self._all_prompt(), id=ALL_ID))
        self.load_more()
        if self.search and options.option_count > 1:
            options.highlighted = 1  # the best match, ready for enter
        elif options.option_count:
            options.highlighted = min(highlighted or 0, options.option_count - 1)

    def load_more(self) -> None:
        if self.exhausted:
            return
        rows = store.list_speakers(
            self.db, search=self.search or None, limit=PAGE, offset=self._loaded
        )
        self._loaded += len(rows)
        self.exhausted = len(rows) < PAGE
        options = []
        for row in rows:
            self._names[row.id] = row.name
            self._counts[row.id] = (row.unreviewed, row.total)
            options.append(Option(self._prompt(row.id), id=row.id))
        self.option_list.add_options(options)

    def _prompt(self, speaker_id: str) -> Text:
        left, total = self._counts[speaker_id]
        chosen = speaker_id == self.chosen
        return speaker_prompt(
            self._names[speaker_id], left, total, chosen, self.name_width, self.counts_width
        )

    def _all_prompt(self) -> Text:
        left, total = self.all_counts or (None, None)
        return speaker_prompt(
            "All speakers", left, total, self.chosen is None, self.name_width, self.counts_width
        )

    def _replace(self, option_id: str, prompt: Text) -> None:
        # Not loaded means filtered out or further down the list: nothing to redraw.
        with contextlib.suppress(OptionDoesNotExist):
            self.option_list.replace_option_prompt(option_id, prompt)

    def set_all_counts(self, left: int, total: int) -> None:
        if self.all_counts != (left, total):
            self.all_counts = (left, total)
            counts_width = len(f"{compact(left)}/{compact(total)}")
            if counts_width != self.counts_width:
                self.counts_width = counts_width
                self._fit(counts_changed=True)
            else:
                self._replace(ALL_ID, self._all_prompt())

    def refresh_counts(self, speaker_ids: set[str | None]) -> None:
        """Re-read the counters of these speakers (after a decision moved them)."""
        ids = [s for s in speaker_ids if s is not None and s in self._names]
        if not ids:
            return
        for sid, counts in store.speaker_counts(self.db, ids).items():
            if self._counts.get(sid) != counts:
                self._counts[sid] = counts
                self._replace(sid, self._prompt(sid))

    def mark_chosen(self, speaker_id: str | None) -> None:
        previous, self.chosen = self.chosen, speaker_id
        for sid in (previous, speaker_id):
            if sid is None:
                self._replace(ALL_ID, self._all_prompt())
            elif sid in self._names:
                self._replace(sid, self._prompt(sid))

    def has(self, speaker_id: str) -> bool:
        """Whether this speaker is loaded in the list."""
        return speaker_id in self._names

    # ------------------------------------------------------------------ events

    def on_mount(self) -> None:
        self._show_header()
        self.reload()

    def _show_header(self) -> None:
        label = "left/total"
        room = self.name_width + 2 + self.counts_width - len(label)
        header = f"  {'speaker':<{max(room, 8)}}{label}"
        self.query_one("#speakers-header", Static).update(Text(header))

    def on_resize(self) -> None:
        self._fit()

    def _fit(self, counts_changed: bool = False) -> None:
        # Names get whatever the counts leave of the pane's width.
        width = max(4, self.size.width - self.counts_width - _CHROME)
        if width != self.name_width or counts_changed:
            self.name_width = width
            self._show_header()
            self.reload()

    @on(Input.Changed, "#speaker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.search = event.value.strip()
        self.reload()

    @on(Input.Submitted, "#speaker-filter")
    def _filter_submitted(self) -> None:
        # One enter picks the best match (highlighted as you type); with nothing typed there
        # is nothing to pick, and enter goes to the list.
        if self.search and self.option_list.highlighted is not None:
            self.option_list.action_select()
        else:
            self.option_list.focus()

    @on(OptionList.OptionHighlighted, "#speakers")
    def _near_end(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index >= self.option_list.option_count - 20:
            self.load_more()

    @on(OptionList.OptionSelected, "#speakers")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == ALL_ID:
            self.post_message(self.SpeakerChosen(None, None))
        else:
            sid = event.option.id or ""
            self.post_message(self.SpeakerChosen(sid, self._names.get(sid, sid)))
