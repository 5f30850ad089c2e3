"""Command palette (ctrl+p): jump to a speaker, change a filter or the sort, search, export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from quotetui import store
from quotetui.tui.session import (
    DEFAULT_FILTER,
    KIND_LABELS,
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
                    "List the quotes of every status"
                    if status is None
                    else f"List the {label} quotes",
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
                    f"List the quotes of {label}",
                    partial(screen.set_occasion_type, occasion_type),
                )
            )
        for order, label in ORDER_LABELS.items():
            commands.append(
                (f"Sort: {label}", f"Order the quotes: {label}", partial(screen.set_order, order))
            )
        for kind, label in KIND_LABELS.items():
            commands.append(
                (
                    f"Kind filter: {label}",
                    "Terms (titles, names, scare quotes) are kept out of the queue unless asked"
                    if kind == DEFAULT_FILTER.kind
                    else f"List {label}",
                    partial(screen.update_filter, kind=kind),
                )
            )
        current = screen.session.current
        if current is not None:
            commands.append(
                (
                    "Article filter: this quote's article",
                    "List the quotes of the article under the cursor",
                    partial(screen.update_filter, document_id=current.document_id),
                )
            )
            if current.document_source:
                commands.append(
                    (
                        "Outlet filter: this quote's outlet",
                        "List the quotes of the articles of the outlet under the cursor",
                        partial(screen.update_filter, source=current.document_source),
                    )
                )
        commands += [
            ("Flag filter: flagged only", "List the quotes flagged “check later”",
             partial(screen.update_filter, flagged=True)),
            ("Note filter: with a note only", "List the quotes with a note",
             partial(screen.update_filter, noted=True)),
            ("Reviewer filter: my decisions", "List the quotes this reviewer decided",
             partial(screen.update_filter, reviewer=screen.session.reviewer)),
            ("Filters…", "Kind, confidence, article, outlet, dates, occasion type, reviewer, flags",
             screen.action_filters),
            ("Filters: clear", "Back to the default queue (every quote but the terms)",
             partial(screen.set_filter, DEFAULT_FILTER)),
            ("Search…", "Search quote words, speaker names and article titles",
             screen.action_search),
            ("Article: read this quote's article", "The whole article with its quotes marked",
             screen.action_article),
            ("Bulk: confirm or reject above a confidence…",
             "Every unreviewed quote of this filter at or above a confidence, as one step",
             screen.action_bulk),
        ]  # fmt: skip
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
