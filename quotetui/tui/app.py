"""The review app: opens the store, holds the session, and shows the review screen."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from textual import work
from textual.app import App
from textual.filter import LineFilter
from textual.notifications import SeverityLevel
from textual.screen import Screen

from quotetui import store
from quotetui.tui.commands import ReviewCommands
from quotetui.tui.keys import load_keymap
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.session import ReviewSession
from quotetui.tui.text import TerminalSafe, clean
from quotetui.wording import plural

# A decision waits at most this long for another process's write lock before the screen
# retries on a timer: long enough for ordinary contention, short enough not to freeze the UI.
BUSY_TIMEOUT_MS = 200


class ReviewApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quotetui review"
    COMMANDS = App.COMMANDS | {ReviewCommands}

    def __init__(
        self,
        db_path: str | Path,
        reviewer: str,
        *,
        speaker_id: str | None = None,
        page_size: int = 50,
        poll_seconds: float | None = None,
    ) -> None:
        super().__init__()
        # How often the screen looks for other sessions' changes (None: POLL_SECONDS).
        self.poll_seconds = poll_seconds
        self.db_path = Path(db_path)
        self.db = store.open_db(self.db_path, busy_timeout_ms=BUSY_TIMEOUT_MS)
        # Counting for the progress line runs in a worker thread, on its own connection.
        self.reader = store.open_db(self.db_path, check_same_thread=False, readonly=True)
        self.reader_lock = threading.Lock()
        self.session = ReviewSession(self.db, reviewer, page_size=page_size)
        # Keys remapped in $XDG_CONFIG_HOME/quotetui/keys.toml (binding id → keys).
        self.keymap, self.keymap_problems = load_keymap()
        if self.keymap:
            self.set_keymap(self.keymap)
        if speaker_id is not None:
            found = store.find_speaker(self.db, speaker_id)
            self.session.speaker_id = found.id if found else speaker_id
            self.session.speaker_name = found.name if found else speaker_id

    def get_default_screen(self) -> Screen[None]:
        return ReviewScreen(self.session)

    def on_mount(self) -> None:
        for problem in self.keymap_problems:
            self.notify(problem, severity="warning", timeout=15)

    # Text from articles and from the user is data: every notification is shown as plain,
    # cleaned text (a speaker name in "Merged X into Y" comes from an article), and every line
    # drawn passes TerminalSafe on its way to the terminal.
    _terminal_safe = TerminalSafe()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(
            clean(message), title=clean(title), severity=severity, timeout=timeout, markup=False
        )

    def get_line_filters(self) -> Sequence[LineFilter]:
        return [*super().get_line_filters(), self._terminal_safe]

    def on_unmount(self) -> None:
        self.db.close()
        with self.reader_lock:
            self.reader.close()

    def export(self, path: str, speaker_id: str | None) -> None:
        self._export_worker(path, speaker_id)

    @work(thread=True, exclusive=True, group="export")
    def _export_worker(self, path: str, speaker_id: str | None) -> None:
        try:
            from quotetui.export import export_quotes
        except ImportError:
            self.call_from_thread(
                self.notify, "Export is not available in this version.", severity="error"
            )
            return
        try:
            with contextlib.closing(store.open_db(self.db_path, readonly=True)) as db:
                written = export_quotes(
                    db, Path(path), speakers=None if speaker_id is None else [speaker_id]
                )
        except (OSError, sqlite3.Error, ValueError, LookupError, store.DatabaseProblem) as exc:
            self.call_from_thread(
                self.notify, f"Export failed: {exc}", severity="error", markup=False
            )
            return
        where = Path(path).resolve()
        self.call_from_thread(
            self.notify, f"Wrote {plural(written, 'quote')} to {where}", markup=False, timeout=8
        )
