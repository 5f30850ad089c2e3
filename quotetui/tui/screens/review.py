"""The review screen: speakers | quotes over detail, a progress line and the keys.

Decisions are written on the UI thread, one store transaction per key, before the cursor moves:
when a key's effect shows, it is on disk. If another process holds the write lock, the decision
is kept pending and retried on a timer (the UI stays live, nothing else is written meanwhile,
and quitting with a decision pending asks first). Counting quotes for the progress line can
take a scan on a big store, so it runs in a worker on its own connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from quotetui import store
from quotetui.model import QuoteRow, ReviewAction, SpeakerKind, SpeakerRow
from quotetui.tui.keys import REVIEW_KEYS, bindings
from quotetui.tui.screens.article import ArticleScreen
from quotetui.tui.screens.bulk import BulkChoice, BulkScreen
from quotetui.tui.screens.correct_speaker import CorrectSpeakerScreen, SpeakerChoice
from quotetui.tui.screens.export import ExportScreen
from quotetui.tui.screens.filters import FilterChoice, FilterScreen
from quotetui.tui.screens.help import HelpScreen
from quotetui.tui.screens.merge import MergeScreen
from quotetui.tui.screens.occasion import (
    ApplyOccasionScreen,
    OccasionChoice,
    OccasionScreen,
    Scope,
)
from quotetui.tui.screens.prompt import PromptScreen
from quotetui.tui.screens.speaker import (
    DuplicateAction,
    DuplicatesScreen,
    KindScreen,
    RenameScreen,
    SplitChoice,
    SplitScreen,
    WhyScreen,
)
from quotetui.tui.session import (
    DEFAULT_FILTER,
    EditNotUndone,
    ReviewSession,
    Suggestion,
    Undone,
    UndoneDecisions,
    UndoneEdit,
    UndoneMerge,
    UndoNotDone,
    count_delta,
    count_progress,
)
from quotetui.tui.text import clean, one_line, search_pattern
from quotetui.tui.widgets.detail import QuoteDetail
from quotetui.tui.widgets.keys_line import KeysLine
from quotetui.tui.widgets.quotes_table import QuotesTable
from quotetui.tui.widgets.speakers_pane import SpeakersPane
from quotetui.wording import plural

if TYPE_CHECKING:
    from quotetui.tui.app import ReviewApp

# Load the next page when the cursor is this close to the end of what is loaded.
LOAD_AHEAD = 20
# Counts are kept current by each decision's own delta; other analysts' decisions show up
# when they are counted again, this often (and on every speaker change).
RECOUNT_SECONDS = 20.0
# Other sessions' decisions (and ingests) are looked for this often: one pragma when nothing
# changed, the new review log entries when something did.
POLL_SECONDS = 1.0
# A locked database is retried this often, this many times (about half a minute in all).
RETRY_SECONDS = 0.5
RETRY_ATTEMPTS = 60

# Actions on the chosen speaker (or the quote's): nothing to act on without one.
_SPEAKER_KEYS = frozenset({"merge", "rename_speaker", "speaker_kind", "split_speaker",
                           "why_speaker"})  # fmt: skip
# Actions that need a quote under the cursor.
QUOTE_ACTIONS = frozenset(
    {"confirm", "reject", "skip", "correct_speaker", "correct_occasion", "apply_occasion",
     "next", "previous", "article", "note", "flag"}
)  # fmt: skip
# Below this many columns the speakers pane hides itself (z shows it again).
NARROW_SCREEN = 100


is_busy = store.is_busy


@dataclass
class _Pending:
    label: str
    op: Callable[[], Any]
    done: Callable[[Any], None]
    attempts: int = 0


class ReviewScreen(Screen[None]):
    BINDINGS = bindings(REVIEW_KEYS, "review")

    class CountsReady(Message):
        """Posted by the counting worker."""

        def __init__(
            self,
            speaker_id: str | None,
            left: int,
            total: int,
            occasion_type: str | None = None,
            recheck: int = 0,
            where: store.QuoteFilter = DEFAULT_FILTER,
        ) -> None:
            super().__init__()
            self.speaker_id = speaker_id
            self.left = left
            self.total = total
            self.recheck = recheck
            self.occasion_type = occasion_type  # the type filter counted under (None: none)
            self.where = where  # the other filters counted under

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self._pending: _Pending | None = None
        self._counts: tuple[int, int] | None = None
        self._recheck = 0  # decisions of the speaker filter marked for re-review
        self._shown: QuoteRow | None = None
        self._document: tuple[str, str] | None = None  # (id, text) of the last article shown
        self._quit_asked = False
        self._keys_state: tuple[bool, bool] | None = None
        # The speakers pane: None follows the width (hidden when narrow); z decides.
        self._pane_shown: bool | None = None

    @property
    def review_app(self) -> ReviewApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield SpeakersPane(self.session.db, id="speakers-pane")
            with Vertical(id="right"):
                yield QuotesTable(id="quotes")
                yield QuoteDetail(id="detail")
        yield Static(id="progress")
        yield KeysLine(id="keys")

    @property
    def table(self) -> QuotesTable:
        return self.query_one("#quotes", QuotesTable)

    @property
    def speakers(self) -> SpeakersPane:
        return self.query_one("#speakers-pane", SpeakersPane)

    def on_mount(self) -> None:
        self.speakers.mark_chosen(self.session.speaker_id)
        self._refilter(self.session.reload, recount=True)
        self.table.focus()
        self.set_interval(RECOUNT_SECONDS, self._count_everything)
        self.set_interval(self.review_app.poll_seconds or POLL_SECONDS, self.poll_others)
        # Bindings are resolved against the active screen: once this one is shown.
        self.call_after_refresh(self._refresh_keys, True)

    # ------------------------------------------------------------------ showing

    def _sync(self) -> None:
        """Bring the table in line with the session after an operation."""
        table = self.table
        if self.session.rekeyed:
            self.session.rekeyed = False
            self.session.take_changed()
            table.set_quotes(self.session.rows, self.session.cursor)
            self._shown = None
        if table.row_count < len(self.session.rows):
            table.add_quotes(self.session.rows[table.row_count :])
        for position in sorted(self.session.take_changed()):
            if position < table.row_count:
                table.update_quote(position, self.session.rows[position])
        if self.session.rows and table.cursor_row != self.session.cursor:
            table.move_cursor(row=self.session.cursor)
        self._show_detail()
        self._update_progress()

    def _show_detail(self) -> None:
        current = self.session.current
        if current is not None:
            # Another analyst may have decided it since the page was loaded.
            with contextlib.suppress(sqlite3.OperationalError):
                self.session.refresh(current.id)
            for position in self.session.take_changed():
                self.table.update_quote(position, self.session.rows[position])
            current = self.session.current
        if current is self._shown and current is not None:
            return
        self._shown = current
        detail = self.query_one("#detail", QuoteDetail)
        if current is None:
            detail.show(None, None)
            return
        detail.show(current, self._document_text(current.document_id), self.table.search)

    def _document_text(self, document_id: str) -> str | None:
        if self._document is None or self._document[0] != document_id:
            document = store.get_document(self.session.db, document_id)
            self._document = (document_id, document.text if document else "")
        return self._document[1]

    def _update_progress(self) -> None:
        # (text, style, rank): on a narrow terminal the parts of highest rank give way first,
        # so the count, the filter, what awaits re-review and a pending save always show.
        parts: list[tuple[str, str, int]] = []
        if self._counts is None:
            parts.append(("counting…", "dim", 0))
        else:
            left, total = self._counts
            parts.append((f"{left:,} of {total:,} left to review", "bold", 0))
        parts.append((self.session.describe(), "", 1))
        shown = len(self.session.rows)
        more = "" if self.session.exhausted else "+"
        position = self.session.cursor + 1 if self.session.rows else 0
        parts.append((f"row {position} of {shown}{more}", "dim", 2))
        if self._recheck:
            parts.append((f"{self._recheck:,} to re-review (!)", "bold yellow", 0))
        parts.append((f"reviewer {clean(self.session.reviewer)}", "dim", 3))
        if self._pending is not None:
            parts.append((f"saving {self._pending.label}…", "bold red", 0))
        room = self.size.width - 2  # the line's padding
        while room > 0 and len(parts) > 1:
            if cell_len("  ·  ".join(text for text, _, _ in parts)) <= room:
                break
            worst = max(parts, key=lambda part: part[2])
            if worst[2] == 0:
                break
            parts.remove(worst)
        progress = Text()
        for i, (text, style, _) in enumerate(parts):
            progress.append(("  ·  " if i else "") + text, style=style)
        # One line, fixed height: no layout pass needed (it would repaint the whole screen).
        self.query_one("#progress", Static).update(progress, layout=False)

    # ------------------------------------------------------------------ counts

    def _count(self, everything: bool = False) -> None:
        """Count the chosen speaker's quotes (kept counters: instant) and, when asked or not
        known yet, every quote ("All speakers": a count over an index, a while on a million
        quotes). Decisions keep both current by their deltas; this catches up with changes
        made elsewhere."""
        speaker_id = self.session.speaker_id
        everything = everything or self.speakers.all_counts is None
        plain = self.session.occasion_type is None and self.session.where == DEFAULT_FILTER
        if speaker_id is None and not everything and plain:
            # Already known: no counting needed to switch back to every speaker.
            self._counts = self.speakers.all_counts
            self._update_progress()
            return
        self._count_worker(speaker_id, everything, self.session.occasion_type, self.session.where)

    def _count_everything(self) -> None:
        self._count(everything=True)

    @work(thread=True, exclusive=True, group="counts")
    def _count_worker(
        self,
        speaker_id: str | None,
        everything: bool,
        occasion_type: str | None = None,
        where: store.QuoteFilter = DEFAULT_FILTER,
    ) -> None:
        app = self.review_app
        # (speaker, type filter, other filters): the list's own count, and every quote of the
        # default queue for the speakers pane.
        wanted: list[tuple[str | None, str | None, store.QuoteFilter]] = []
        if speaker_id is not None or occasion_type is not None or where != DEFAULT_FILTER:
            wanted.append((speaker_id, occasion_type, where))
        if everything:
            wanted.append((None, None, DEFAULT_FILTER))
        try:
            for sid, kind, extra in wanted:
                with app.reader_lock:
                    left, total = count_progress(app.reader, sid, kind, extra)
                    recheck = store.count_recheck(app.reader, sid)
                self.post_message(self.CountsReady(sid, left, total, kind, recheck, extra))
        except sqlite3.Error:
            return  # counted again on the next filter change or timer

    @on(CountsReady)
    def _counts_ready(self, message: CountsReady) -> None:
        plain = message.occasion_type is None and message.where == DEFAULT_FILTER
        if message.speaker_id is None and plain:
            self.speakers.set_all_counts(message.left, message.total)
        if (
            message.speaker_id == self.session.speaker_id
            and message.occasion_type == self.session.occasion_type
            and message.where == self.session.where
        ):
            self._counts = (message.left, message.total)
            self._recheck = message.recheck
            self._update_progress()

    def _adjust_counts(self, before: QuoteRow, after: QuoteRow) -> None:
        if self._counts is None or self.speakers.all_counts is None or self.session.where.search:
            # A count is under way (start it again so that it sees this decision), or the
            # filter holds a search, which only the database can tell a quote passes.
            self._counts = None
            self._count(everything=True)
            return
        left, total = count_delta(
            before, after, self.session.speaker_id, self.session.occasion_type,
            self.session.where,
        )  # fmt: skip
        self._counts = (self._counts[0] + left, self._counts[1] + total)
        all_left, _ = count_delta(before, after, None, None, DEFAULT_FILTER)
        counts = self.speakers.all_counts
        self.speakers.set_all_counts(counts[0] + all_left, counts[1])
        self._update_progress()

    # ------------------------------------------------------------------ events

    @on(DataTable.RowHighlighted, "#quotes")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row < 0 or event.cursor_row >= len(self.session.rows):
            return
        self.session.cursor = event.cursor_row
        if event.cursor_row >= len(self.session.rows) - LOAD_AHEAD and not self.session.exhausted:
            self.table.add_quotes(self.session.load_more())
        self._show_detail()
        self._update_progress()

    @on(SpeakersPane.SpeakerChosen)
    def _speaker_chosen(self, message: SpeakersPane.SpeakerChosen) -> None:
        self.choose_speaker(message.speaker_id, message.name)
        self.table.focus()

    def on_key(self, event: events.Key) -> None:
        # esc leaves the speaker filter box (where letters are text) back to the quotes.
        if event.key == "escape" and isinstance(self.focused, Input):
            event.stop()
            self.table.focus()
        elif event.key == "down" and self.focused is self.query_one("#speaker-filter"):
            event.stop()
            self.speakers.option_list.focus()

    # ------------------------------------------------------------------ filters (also used by
    # the command palette)

    def choose_speaker(self, speaker_id: str | None, name: str | None = None) -> None:
        self.speakers.mark_chosen(speaker_id)
        self._refilter(lambda: self.session.set_speaker(speaker_id, name), recount=True)

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: self.session.set_status(status))

    def set_order(self, order: str) -> None:
        self._refilter(lambda: self.session.set_order(order))

    def set_occasion_type(self, occasion_type: str | None) -> None:
        self._refilter(lambda: self.session.set_occasion_type(occasion_type), recount=True)

    def set_filter(self, where: store.QuoteFilter, occasion_type: str | None = None) -> None:
        def change() -> None:
            self.session.occasion_type = occasion_type
            self.session.set_filter(where)

        self._refilter(change, recount=True)

    def update_filter(self, **changes: Any) -> None:
        self._refilter(lambda: self.session.update_filter(**changes), recount=True)

    def search(self, text: str | None) -> None:
        self._refilter(lambda: self.session.set_search(text), recount=True)

    def _refilter(self, change: Callable[[], Any], recount: bool = False) -> None:
        """Apply a filter change to the session (first page from SQL) and show it. "N of M
        left" is per speaker, so only a speaker change (``recount``) counts again, in the
        background."""
        keep = self.session.current.id if self.session.current else None
        try:
            change()
        except sqlite3.OperationalError as exc:
            self.notify(f"Could not read the database: {exc}", severity="error", markup=False)
            return
        # Stay on the quote being read when it is in the new list (e.g. unreviewed → all).
        position = self.session.position_of(keep) if keep else None
        if position is not None:
            self.session.cursor = position
        self._shown = None
        self.table.search = search_pattern(self.session.where.search)
        self.table.set_quotes(self.session.rows, self.session.cursor)
        self._show_detail()
        if recount or self._counts is None:
            self._counts = None
            self._count()
        self._update_progress()
        self._refresh_keys()

    def _refresh_keys(self, force: bool = False) -> None:
        # Redrawing the keys is not free: only when what check_action answers has changed.
        state = (self.session.current is not None, self._merge_source() is not None)
        if force or state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()
            self.query_one("#keys", KeysLine).show_keys(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in QUOTE_ACTIONS and self.session.current is None:
            return None  # shown dimmed: nothing to decide on
        # m stays live without a speaker: it says why there is nothing to merge.
        if action in _SPEAKER_KEYS and action != "merge" and self._merge_source() is None:
            return None
        return True

    # ------------------------------------------------------------------ saving

    def _save(self, label: str, op: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self._pending is not None:
            self.notify(
                f"Still saving {self._pending.label}; the database is busy. Try again shortly.",
                severity="warning",
            )
            return
        self._pending = _Pending(label, op, done)
        self._attempt()

    def _attempt(self) -> None:
        pending = self._pending
        if pending is None:
            return
        try:
            result = pending.op()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                self._pending = None
                self.notify(f"{pending.label} not saved: {exc}", severity="error", markup=False)
                self._update_progress()
                return
            pending.attempts += 1
            if pending.attempts >= RETRY_ATTEMPTS:
                self._pending = None
                self.notify(
                    f"{pending.label} NOT saved: the database stayed locked by another"
                    " program. Press the key again.",
                    severity="error",
                    timeout=30,
                )
            else:
                if pending.attempts == 1:
                    self.notify(
                        f"Database busy (another session or an ingest is writing);"
                        f" retrying {pending.label}…",
                        severity="warning",
                    )
                self.set_timer(RETRY_SECONDS, self._attempt)
            self._update_progress()
            return
        except store.Conflict as exc:
            # Someone decided it (or an ingest changed it) since it was shown: nothing was
            # written; the row shows what is there now.
            self._pending = None
            self.notify(
                f"{pending.label.capitalize()} NOT saved: {exc}. The row shows it as it is now;"
                " decide again if you still mean it.",
                severity="warning",
                timeout=10,
            )
            self._sync()
            self._refresh_keys()
            return
        except (store.NotFound, ValueError) as exc:
            self._pending = None
            self.notify(f"{pending.label} not saved: {exc}", severity="error", markup=False)
            self._update_progress()
            return
        self._pending = None
        if pending.attempts:
            self.notify(f"Saved {pending.label}.")
        pending.done(result)

    def _target(self) -> QuoteRow | None:
        """The quote under the cursor. The table's cursor is the truth: a highlight event
        may still be on its way to the session."""
        if self.table.row_count:
            self.session.cursor = self.table.cursor_row
        return self.session.current

    def _decide(
        self, label: str, op: Callable[[str, QuoteRow], QuoteRow], quote: QuoteRow | None = None
    ) -> None:
        """Save a decision on ``quote`` (else the one under the cursor), as it was shown: if it
        changed since, the store refuses it (``store.Conflict``)."""
        target = quote or self._target()
        if target is None:
            return
        quote_id = target.id
        self._save(label, lambda: op(quote_id, target), lambda row: self._after(row, target))

    def _after(self, row: QuoteRow | None, before: QuoteRow | None) -> None:
        """Show a decision (or an undo, which has no ``before`` here) that is on disk."""
        self._sync()
        speakers = {row.speaker_id if row else None}
        if before is not None and row is not None:
            speakers.add(before.speaker_id)
            self._adjust_counts(before, row)
        else:
            self._count(everything=True)  # an undo: its before state is not at hand
        self.speakers.refresh_counts(speakers)
        pane = self.speakers
        if pane.exhausted and not pane.search and any(s and not pane.has(s) for s in speakers):
            pane.reload()  # a correction created a speaker the (complete) list lacks
        self._refresh_keys()

    # ------------------------------------------------------------------ actions

    def action_confirm(self) -> None:
        self._decide("confirm", self.session.confirm)

    def action_reject(self) -> None:
        self._decide("reject", self.session.reject)

    def action_skip(self) -> None:
        self.action_next()

    def action_next(self) -> None:
        self.session.cursor = self.table.cursor_row
        self.session.move(1)
        self._sync()

    def action_previous(self) -> None:
        self.session.cursor = self.table.cursor_row
        self.session.move(-1)
        self._sync()

    def action_undo(self) -> None:
        self.undo()

    def undo(self, then: Callable[[], None] | None = None) -> None:
        """Undo this session's last step; ``then`` runs once it is shown (the article view)."""

        def done(undone: Undone | None) -> None:
            self._show_undone(undone)
            if then is not None:
                then()

        self._save("undo", self.session.undo, done)

    def _show_undone(self, undone: Undone | None) -> None:
        if undone is None:
            self.notify("Nothing left to undo.")
            return
        if isinstance(undone, UndoNotDone):
            now = undone.quote
            who = "it changed"
            if now is not None and now.reviewer:
                who = f"{now.reviewer} made it {now.status}"
            when = f" at {now.reviewed_at}" if now and now.reviewed_at else ""
            self.notify(
                f"Not undone: {who}{when} after your decision, and that is kept."
                " Press u again to undo your decision before it.",
                severity="warning",
                timeout=10,
                markup=False,
            )
            self._sync()
            return
        if isinstance(undone, EditNotUndone):
            self.notify(
                f"Not undone: the {undone.action} — {undone.reason}, and that is kept."
                " Press u again to undo your step before it.",
                severity="warning",
                timeout=10,
                markup=False,
            )
            self._speaker_changed()
            return
        if isinstance(undone, UndoneEdit):
            name = undone.speaker.name if undone.speaker else undone.speaker_id
            self.notify(f"Undone: {undone.action} of {name}.", markup=False)
            self._speaker_changed()
            return
        if isinstance(undone, UndoneDecisions):
            count = len(undone.quote_ids)
            what = {
                "confirm": f"the confirmation of {plural(count, 'quote')} at once",
                "reject": f"the rejection of {plural(count, 'quote')} at once",
            }.get(undone.action, f"the occasion given to {plural(count, 'quote')}")
            self.notify(
                f"Undone: {what}; back as they were.",
                markup=False,
                timeout=3,
            )
            self._sync()
            self._count(everything=True)
            self.speakers.refresh_counts({q.speaker_id for q in undone.quotes})
            self._refresh_keys()
            return
        if isinstance(undone, UndoneMerge):
            speaker = undone.speaker
            name = speaker.name if speaker else undone.speaker_id
            self.notify(
                f"Undone: merge of {name}"
                f" ({plural(speaker.total if speaker else 0, 'quote')} back).",
                markup=False,
            )
            self.speakers.reload()
            self._refilter(lambda: None, recount=True)  # the session reloaded itself
            return
        row = undone.quote
        text = one_line(row.text if row else None, 50)
        listed = self.session.position_of(undone.quote_id) is not None
        where = "" if listed else " (not in this list)"
        self.notify(
            f"Undone: back to {row.status if row else 'unreviewed'}{where}: {text}",
            markup=False,
            timeout=3,
        )
        self._after(row, None)
        if undone.shown is not None:
            # An undone correction gives the quote back to its speaker: the one it leaves
            # needs its counts too.
            self.speakers.refresh_counts({undone.shown.speaker_id})

    def action_correct_speaker(self) -> None:
        quote = self._target()
        if quote is None:
            return
        self.correct_speaker_of(quote, lambda row: self._after(row, quote))

    def correct_speaker_of(
        self, quote: QuoteRow, done: Callable[[QuoteRow], None], *, advance: bool = True
    ) -> None:
        """Ask for the speaker of ``quote`` and save it; ``done`` gets the row saved."""

        def chosen(choice: SpeakerChoice | None) -> None:
            if choice:
                self._save(
                    "speaker correction",
                    lambda: self.session.correct_speaker(
                        quote.id,
                        speaker_id=choice.speaker_id,
                        speaker_name=choice.speaker_name,
                        seen=quote,
                        advance=advance,
                    ),
                    done,
                )

        def suggest(search: str | None) -> list[Suggestion]:
            return self.session.speaker_suggestions(quote, search)

        self.app.push_screen(CorrectSpeakerScreen(quote, suggest), chosen)

    # ------------------------------------------------------------------ the workbench

    def save(self, label: str, op: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Save through this screen (retried while the database is busy): for the article
        view, whose decisions are this queue's too."""
        self._save(label, op, done)

    def action_article(self) -> None:
        quote = self._target()
        if quote is None:
            return
        document = store.get_document(self.session.db, quote.document_id)
        if document is None:
            self.notify("The article of this quote is no longer stored.", severity="warning")
            return

        def back(_: None) -> None:
            self._shown = None
            self._sync()
            self.table.focus()

        self.app.push_screen(ArticleScreen(self, document, quote.id), back)

    def action_search(self) -> None:
        def chosen(text: str | None) -> None:
            if text is not None:
                self.search(text)
                found = len(self.session.rows)
                if text.strip():
                    more = "+" if not self.session.exhausted else ""
                    self.notify(
                        f"{found}{more} quotes match in this filter.", markup=False, timeout=3
                    )

        self.app.push_screen(
            PromptScreen(
                "Search quotes, speakers and article titles",
                "",
                self.session.where.search or "",
                placeholder='words, "a phrase", prefix*, OR, NOT',
                hint="enter searches (within the other filters) · an empty search ends it"
                " · esc cancels",
            ),
            chosen,
        )

    def action_filters(self) -> None:
        def chosen(choice: FilterChoice | None) -> None:
            if choice is not None:
                self.set_filter(choice.where, choice.occasion_type)

        self.app.push_screen(
            FilterScreen(self.session.where, self.session.occasion_type, self._target()),
            chosen,
        )

    def action_bulk(self) -> None:
        def count(threshold: float) -> int:
            try:
                return self.session.count_bulk(threshold)
            except sqlite3.OperationalError:
                return 0

        def chosen(choice: BulkChoice | None) -> None:
            if choice is None:
                return

            def done(result: store.BulkResult | None) -> None:
                if result is None:
                    self.notify(
                        f"The filter no longer holds the {plural(choice.count, 'quote')} you"
                        " agreed to (an ingest or another session changed it): nothing decided."
                        " Press b to count again.",
                        severity="warning",
                        markup=False,
                        timeout=8,
                    )
                    self._sync()
                    return
                verb = "Confirmed" if choice.action is ReviewAction.CONFIRM else "Rejected"
                skipped = (
                    f"; {plural(len(result.skipped), 'quote')} left alone (changed since)"
                    if result.skipped
                    else ""
                )
                self.notify(
                    f"{verb} {plural(len(result.decided), 'quote')} at confidence ≥"
                    f" {choice.threshold:g}{skipped}. u undoes it all.",
                    markup=False,
                    timeout=6,
                )
                self._counts = None
                self._sync()
                self._count(everything=True)
                self.speakers.reload()
                self._refresh_keys()

            self._save(
                f"{choice.action.value} of {plural(choice.count, 'quote')}",
                lambda: self.session.bulk_decide(choice.action, choice.threshold, choice.count),
                done,
            )

        self.app.push_screen(BulkScreen(self.session.describe(), count), chosen)

    def note_on(self, quote: QuoteRow, then: Callable[[QuoteRow], None] | None = None) -> None:
        def chosen(text: str | None) -> None:
            if text is None:
                return

            def done(row: QuoteRow) -> None:
                self._sync()
                self.notify("Note cleared." if row.note is None else "Note saved.", timeout=2)
                if then is not None:
                    then(row)

            self._save("note", lambda: self.session.set_note(quote.id, text, quote), done)

        self.app.push_screen(
            PromptScreen(
                "Note on the quote",
                quote.text,
                quote.note or "",
                placeholder="what to remember about it",
                hint="enter saves · an empty note clears it · esc cancels",
            ),
            chosen,
        )

    def flag_on(self, quote: QuoteRow, then: Callable[[QuoteRow], None] | None = None) -> None:
        def done(row: QuoteRow) -> None:
            self._sync()
            self.notify(
                "Flagged: check later (l again takes it off)." if row.flag else "Flag taken off.",
                timeout=2,
            )
            if then is not None:
                then(row)

        self._save("flag", lambda: self.session.toggle_flag(quote.id, quote), done)

    def action_note(self) -> None:
        quote = self._target()
        if quote is not None:
            self.note_on(quote)

    def action_flag(self) -> None:
        quote = self._target()
        if quote is not None:
            self.flag_on(quote)

    def action_toggle_speakers(self) -> None:
        self._pane_shown = not self._pane_visible()
        self._place_pane()

    def _pane_visible(self) -> bool:
        return not self.speakers.has_class("-hidden")

    def _place_pane(self) -> None:
        shown = self._pane_shown
        if shown is None:
            shown = self.size.width >= NARROW_SCREEN
        self.speakers.set_class(not shown, "-hidden")

    def on_resize(self) -> None:
        self._place_pane()
        self._update_progress()

    def action_correct_occasion(self) -> None:
        quote = self._target()
        if quote is None:
            return

        def chosen(choice: OccasionChoice | None) -> None:
            if choice is not None:
                self._decide(
                    "occasion correction",
                    lambda qid, seen: self.session.correct_occasion(
                        qid, choice.occasion, choice.occasion_date, seen, **choice.fields()
                    ),
                    quote,
                )

        self.app.push_screen(OccasionScreen(quote), chosen)

    def action_apply_occasion(self) -> None:
        quote = self._target()
        if quote is None:
            return
        try:
            speaker = self.session.occasion_scope(quote, "speaker")
            event = self.session.occasion_scope(quote, "event")
        except sqlite3.OperationalError as exc:
            self.notify(f"Could not read the database: {exc}", severity="error", markup=False)
            return
        who = one_line(quote.speaker_name or "this speaker", 30)
        scopes = [
            Scope("speaker", f"all quotes of {who} in this article", len(speaker)),
            Scope("event", "all quotes of this occasion in this article", len(event)),
        ]

        def chosen(scope: str | None) -> None:
            if scope is None:
                return

            def done(rows: list[QuoteRow]) -> None:
                self.notify(
                    f"Occasion given to {plural(len(rows), 'quote')} (u undoes it).", markup=False
                )
                self._sync()
                self._count(everything=True)
                self.speakers.refresh_counts({row.speaker_id for row in rows})
                self._refresh_keys()

            self._save(
                "occasion for several quotes",
                lambda: self.session.apply_occasion(quote, scope),
                done,
            )

        self.app.push_screen(ApplyOccasionScreen(quote, scopes), chosen)

    def action_cycle_occasion_type(self) -> None:
        self._refilter(self.session.cycle_occasion_type, recount=True)

    def _merge_source(self) -> str | None:
        if self.session.speaker_id is not None:
            return self.session.speaker_id
        current = self.session.current
        return current.speaker_id if current else None

    def action_merge(self) -> None:
        source_id = self._merge_source()
        if source_id is None:
            self.notify(
                "This quote has no speaker to merge: e gives it one first.", severity="warning"
            )
            return
        source = store.find_speaker(self.session.db, source_id)
        if source is None:
            return

        def chosen(target_id: str | None) -> None:
            if not target_id:
                return

            def done(target: SpeakerRow) -> None:
                self.notify(
                    f"Merged {source.name} into {target.name}"
                    f" ({plural(source.total, 'quote')} and the aliases moved).",
                    markup=False,
                )
                self.speakers.mark_chosen(self.session.speaker_id)
                self.speakers.reload()
                self._refilter(lambda: None, recount=True)  # the session reloaded itself

            self._save("merge", lambda: self.session.merge_speaker(source_id, target_id), done)

        self.app.push_screen(MergeScreen(self.session.db, source), chosen)

    def _chosen_speaker(self) -> SpeakerRow | None:
        source_id = self._merge_source()
        return None if source_id is None else store.find_speaker(self.session.db, source_id)

    def _speaker_changed(self) -> None:
        """A speaker's name, kind, aliases or quotes changed: show it everywhere."""
        self.speakers.mark_chosen(self.session.speaker_id)
        self.speakers.reload()
        self._refilter(lambda: None, recount=True)  # the session reloaded itself

    def action_rename_speaker(self) -> None:
        speaker = self._chosen_speaker()
        if speaker is None:
            return

        def chosen(name: str | None) -> None:
            if not name:
                return

            def done(row: SpeakerRow | None) -> None:
                self.notify(f"Renamed {speaker.name} to {name}.", markup=False)
                self._speaker_changed()

            self._save("rename", lambda: self.session.rename_speaker(speaker.id, name), done)

        self.app.push_screen(RenameScreen(speaker), chosen)

    def action_speaker_kind(self) -> None:
        speaker = self._chosen_speaker()
        if speaker is None:
            return

        def chosen(kind: SpeakerKind | None) -> None:
            if kind is None:
                return

            def done(row: SpeakerRow | None) -> None:
                self.notify(f"{speaker.name} is now: {kind.value}.", markup=False)
                self._speaker_changed()

            self._save("kind", lambda: self.session.set_speaker_kind(speaker.id, kind), done)

        self.app.push_screen(KindScreen(speaker), chosen)

    def action_split_speaker(self) -> None:
        speaker = self._chosen_speaker()
        if speaker is None:
            return
        quote = self._target()
        here = quote if quote is not None and quote.speaker_id == speaker.id else None

        def chosen(choice: SplitChoice | None) -> None:
            if choice is None:
                return
            quotes = [here.id] if here is not None and choice.alias is None else []
            if choice.alias is None and not quotes:
                return

            def done(row: SpeakerRow | None) -> None:
                what = f"“{choice.alias}”" if choice.alias else "the quote"
                to = row.name if row else choice.name
                self.notify(f"Split {what} off {speaker.name} to {to}.", markup=False)
                self._speaker_changed()

            self._save(
                "split",
                lambda: self.session.split_off(speaker.id, choice.name, choice.alias, quotes),
                done,
            )

        self.app.push_screen(SplitScreen(speaker, here.text if here else None), chosen)

    def action_why_speaker(self) -> None:
        speaker = self._chosen_speaker()
        if speaker is None:
            return
        evidence = store.speaker_evidence(self.session.db, speaker.id)
        self.app.push_screen(WhyScreen(speaker, evidence))

    def action_duplicates(self) -> None:
        def act(choice: DuplicateAction) -> None:
            pair = choice.pair
            if choice.action == "merge":
                self._save("merge", lambda: self.session.merge_pair(pair), lambda _: None)
            else:
                self._save("different people", lambda: self.session.mark_different(pair),
                           lambda _: None)  # fmt: skip

        def undo() -> None:
            self._save("undo", self.session.undo, lambda _: None)

        def closed(_: None) -> None:
            self._speaker_changed()

        self.app.push_screen(DuplicatesScreen(self.session.duplicates, act, undo), closed)

    def action_cycle_status(self) -> None:
        self._refilter(self.session.cycle_status)

    def action_toggle_recheck(self) -> None:
        self._refilter(self.session.toggle_recheck)

    def show_recheck(self) -> None:
        self._refilter(lambda: self.session.set_recheck(True))

    # ------------------------------------------------------------------ other sessions

    def poll_others(self) -> None:
        """Show what other sessions decided and ingests changed since the last look."""
        if self._pending is not None:
            return  # the database is busy; the next poll catches up
        try:
            changed = self.session.poll()
        except sqlite3.OperationalError:
            return
        if not changed.entries and not changed.rows and not self.session.rekeyed:
            return
        if changed.speakers:
            self.speakers.reload()
        self._sync()
        self._refresh_keys()
        entry = changed.current
        if entry is not None and entry.reviewer:
            self.notify(
                f"{entry.reviewer} ({entry.action}) just changed the quote you are on;"
                " it shows their decision now.",
                timeout=6,
            )
        if changed.entries:
            self._count(everything=True)

    def action_toggle_order(self) -> None:
        self._refilter(self.session.toggle_order)

    def action_focus_filter(self) -> None:
        self.query_one("#speaker-filter", Input).focus()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        scope = self.session.speaker_name or "all speakers"

        def chosen(path: str | None) -> None:
            if path:
                self.review_app.export(path, self.session.speaker_id)

        self.app.push_screen(ExportScreen(scope), chosen)

    def action_quit(self) -> None:
        if self._pending is not None and not self._quit_asked:
            self._quit_asked = True
            self.notify(
                f"{self._pending.label} is still waiting for the database. Press q again to"
                " quit without it.",
                severity="warning",
                timeout=10,
            )
            return
        self.app.exit()
