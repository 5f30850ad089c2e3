"""Command palette (ctrl+p): jump to a speaker, change the status filter or sort, export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from quotetui import store
from quotetui.tui.session import (
    ORDER_LABELS,
    STATUS_CYCLE,
    TYPE_CYCLE,
    status_label,
    type_label,
)
from quotetui.tui.text import one_line

if TYPE_CHECKING:
    from quotetui.tui.screens.review import ReviewScreen

SPEAKER_HITS = 15


class ReviewCommands(Provider):
    def _review_screen(self) -> ReviewScreen | None:
        from quotetui.tui.screens.review import ReviewScreen

        return self.screen if isinstance(self.screen, ReviewScreen) else None

    def _commands(self, screen: ReviewScreen) -> list[tuple[str, str, Callable[[], object]]]:
        commands: list[tuple[str, str, Callable[[], object]]] = [
            (
                "Speaker: All speakers",
                "Show every speaker's quotes",
                partial(screen.choose_speaker, None),
            )
        ]
        for status in STATUS_CYCLE:
            label = status_label(status)
            commands.append(
                (
                    f"Status filter: {label}",
                    f"List {label} quotes",
                    partial(screen.set_status, status),
                )
            )
        commands.append(
            (
                "Status filter: to re-review",
                "List the decisions whose words or engine speaker changed since",
                screen.show_recheck,
            )
        )
        for occasion_type in TYPE_CYCLE:
            label = type_label(occasion_type)
            commands.append(
                (
                    f"Occasion type filter: {label}",
                    f"List quotes of {label}",
                    partial(screen.set_occasion_type, occasion_type),
                )
            )
        for order, label in ORDER_LABELS.items():
            commands.append(
                (f"Sort: {label}", f"Order the quotes {label}", partial(screen.set_order, order))
            )
        commands.append(
            (
                "Export verified quotes…",
                "Write the confirmed and corrected quotes of the current speaker filter to CSV",
                screen.action_export,
            )
        )
        commands.append(("Help: keys", "Show every key of the review screen", screen.action_help))
        return commands

    async def discover(self) -> Hits:
        screen = self._review_screen()
        if screen is None:
            return
        for text, help_text, callback in self._commands(screen):
            yield DiscoveryHit(text, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        screen = self._review_screen()
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, help_text, callback in self._commands(screen):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)
        # Speakers straight from SQL (there may be tens of thousands); names are data, so
        # they are shown as plain Content, never through the markup-parsing highlighter.
        for row in store.list_speakers(screen.session.db, search=query, limit=SPEAKER_HITS):
            name = one_line(row.name, 60)
            text = f"Speaker: {name}"
            score = matcher.match(text) or 0.3
            yield Hit(
                score,
                Content(text),
                partial(screen.choose_speaker, row.id, row.name),
                text=text,
                help=f"{row.unreviewed} of {row.total} quotes left to review",
            )
