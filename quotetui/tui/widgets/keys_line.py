"""The keys line at the bottom: the review screen's keys, dimmed when they do nothing now.

Textual's Footer rebuilds a widget per key on every focus change, which costs tens of
milliseconds each time the analyst moves between panes; the review screen's keys do not depend
on focus, so one line of text, redrawn only when a key's state changes, shows the same thing.
It is built from the screen's active bindings, so remapped keys (Binding ids) show as mapped.
When the line is narrower than the keys, the later ones give way; help, quit and the palette
are always shown (help lists the rest).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

# Always on the line, however narrow: the way to every other key, and out.
ESSENTIAL = frozenset({"help", "quit"})


class KeysLine(Static):
    _screen_shown: Screen[Any] | None = None

    def show_keys(self, screen: Screen[Any]) -> None:
        self._screen_shown = screen
        entries: list[tuple[str, str, bool, bool]] = []  # key, description, enabled, essential
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if active.node is not screen or not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            entries.append(
                (
                    self.app.get_key_display(binding),
                    binding.description,
                    active.enabled,
                    binding.action in ESSENTIAL,
                )
            )
        palette = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette")
        entries.append((self.app.get_key_display(palette), "Palette", True, True))
        width = self.size.width or 10_000
        room = width - sum(self._length(e) for e in entries if e[3])
        line = Text()
        for entry in entries:
            if not entry[3]:
                if self._length(entry) > room:
                    continue
                room -= self._length(entry)
            self._append(line, *entry[:3])
        self.update(line, layout=False)

    def on_resize(self) -> None:
        if self._screen_shown is not None:
            self.show_keys(self._screen_shown)

    @staticmethod
    def _length(entry: tuple[str, str, bool, bool]) -> int:
        return cell_len(f" {entry[0]} {entry[1]} ")

    @staticmethod
    def _append(line: Text, key: str, description: str, enabled: bool) -> None:
        line.append(f" {key}", style="bold #ffa62b" if enabled else "dim")
        line.append(f" {description} ", style="" if enabled else "dim")
