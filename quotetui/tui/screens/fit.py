"""A dialog with a list in it keeps its other lines on screen: the list gets the rows they
leave. Without it, the list's fourteen rows pushed the dialog's last lines (its help, the keys
that work) out of an 80×24 terminal, where no scroll reached them."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widget import Widget

# The dialogs' max-height (app.tcss .dialog) and a list's rows at most and at least.
DIALOG_HEIGHT = 0.9
MAX_LIST_ROWS = 14
MIN_LIST_ROWS = 3


def fit_list(screen: Screen[Any], options: Widget, dialog_id: str = "#dialog") -> None:
    """Give ``options`` (a list in the screen's dialog) the rows the dialog's other widgets
    leave of its greatest height. Call once the dialog is laid out (after a refresh)."""
    dialog = screen.query_one(dialog_id)
    shown = [w for w in dialog.children if w.display]
    if options not in shown or not screen.size.height:
        return
    # Heights with the margins between siblings collapsed, as the vertical layout does.
    needed = 0
    below = 0
    for widget in shown:
        margin = widget.styles.margin
        needed += max(below, margin.top) + widget.outer_size.height
        below = margin.bottom
    needed += below
    room = int(screen.size.height * DIALOG_HEIGHT) - dialog.styles.gutter.height
    rows = options.outer_size.height + room - needed
    rows = max(MIN_LIST_ROWS, min(MAX_LIST_ROWS, rows))
    current = options.styles.max_height
    if current is None or current.value != rows:
        options.styles.max_height = rows
