"""The keys line at the bottom: the review screen's keys, dimmed when they do nothing now.

Textual's Footer rebuilds a widget per key on every focus change, which costs tens of
milliseconds each time the analyst moves between panes; the review screen's keys do not depend
on focus, so one line of text, redrawn only when a key's state changes, shows the same thing.
It is built from the screen's active bindings, so remapped keys (Binding ids) show as mapped.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static


class KeysLine(Static):
    def show_keys(self, screen: Screen[Any]) -> None:
        line = Text()
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if active.node is not screen or not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            self._append(
                line, self.app.get_key_display(binding), binding.description, active.enabled
            )
        palette = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette")
        self._append(line, self.app.get_key_display(palette), "Palette", True)
        self.update(line, layout=False)

    @staticmethod
    def _append(line: Text, key: str, description: str, enabled: bool) -> None:
        line.append(f" {key}", style="bold #ffa62b" if enabled else "dim")
        line.append(f" {description} ", style="" if enabled else "dim")
