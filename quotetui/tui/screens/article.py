"""The article view: the whole article (title, outlet, date, text) with every quote marked by
its status and its speaker shown after it. j/k move between its quotes, a/x/e decide the one
chosen, n and l note and flag it, u undoes; esc (or v) returns to the queue where it was.

Decisions go through the review screen's saving (retries on a locked database, conflicts
refused), made on the quote as this view shows it; the queue's cursor does not move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from quotetui.model import DocumentRow, QuoteRow
from quotetui.paragraphs import paragraph_spans
from quotetui.tui.text import (
    STATUS_MARKS,
    clean,
    confidence_text,
    highlight,
    one_line,
    status_mark,
)
from quotetui.wording import plural

if TYPE_CHECKING:
    from quotetui.tui.screens.review import ReviewScreen

# How each quote is marked in the text, by status; the chosen one is shown reversed too.
QUOTE_STYLES = {
    "unreviewed": "bold yellow",
    "confirmed": "bold green",
    "corrected": "bold cyan",
    "rejected": "red strike",
}
CHOSEN_STYLE = "reverse"
SPEAKER_STYLE = "italic dim"

# (key as shown, what it does, the action a keys.toml remap of the review screen carries to)
ARTICLE_KEYS = (
    ("j / ↓", "next quote", None),
    ("k / ↑", "previous quote", None),
    ("a", "confirm", "confirm"),
    ("x", "reject", "reject"),
    ("e", "correct the speaker", "correct_speaker"),
    ("n", "note", "note"),
    ("l", "flag check later", "flag"),
    ("u", "undo", "undo"),
    ("esc / v", "back to the queue", None),
)


class ArticleScreen(Screen[None]):
    BINDINGS = [
        Binding("j,down", "next_quote", "Next", id="article.next"),
        Binding("k,up", "previous_quote", "Previous", id="article.previous"),
        Binding("a", "confirm", "Confirm", id="article.confirm"),
        Binding("x", "reject", "Reject", id="article.reject"),
        Binding("e", "correct_speaker", "Speaker", id="article.correct_speaker"),
        Binding("n", "note", "Note", id="article.note"),
        Binding("l", "flag", "Later", id="article.flag"),
        Binding("u", "undo", "Undo", id="article.undo"),
        Binding("escape,v", "back", "Back", id="article.back"),
    ]

    def __init__(self, host: ReviewScreen, document: DocumentRow, quote_id: str) -> None:
        super().__init__()
        self.host = host
        self.document = document
        self.quotes: list[QuoteRow] = []
        self.index = 0
        self._first = quote_id
        self._paragraphs = paragraph_spans(document.text) or [(0, len(document.text))]

    def compose(self) -> ComposeResult:
        yield Static(id="article-head")
        with VerticalScroll(id="article-body"):
            for n in range(len(self._paragraphs)):
                yield Static(id=f"par-{n}", classes="article-paragraph")
        yield Static(id="article-current")
        yield Static(self._keys_text(self.app.size.width), id="article-keys")

    def _keys_text(self, width: int) -> Text:
        """The keys, a new line before one that would not fit: never "e correct the" on one
        line and "speaker" on the next."""
        line = Text()
        used = 0
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        for key, what, action in ARTICLE_KEYS:
            remapped = keymap.get(f"article.{action}") if action else None
            if remapped:
                key = " / ".join(k.strip() for k in remapped.split(","))
            size = cell_len(f" {key} {what} ")
            if used and width and used + size > width:
                line.append("\n")
                used = 0
            line.append(f" {key}", style="bold #ffa62b")
            line.append(f" {what} ")
            used += size
        return line

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#article-keys", Static).update(self._keys_text(event.size.width))

    def on_mount(self) -> None:
        self.reload(self._first)

    # ------------------------------------------------------------------ showing

    @property
    def current(self) -> QuoteRow | None:
        return self.quotes[self.index] if 0 <= self.index < len(self.quotes) else None

    def reload(self, quote_id: str | None = None) -> None:
        """Read the article's quotes again (after a decision, an undo) and show them."""
        keep = quote_id or (self.current.id if self.current else None)
        self.quotes = self.host.session.article_quotes(self.document.id)
        ids = [q.id for q in self.quotes]
        self.index = ids.index(keep) if keep in ids else min(self.index, len(ids) - 1)
        self._show()

    def _show(self) -> None:
        doc = self.document
        head = Text(clean(doc.title or doc.id), style="bold")
        head.append("\n")
        head.append(clean(doc.source or "unknown outlet"))
        head.append("  ·  published ", style="dim")
        head.append(clean(doc.date) if doc.date else "unknown")
        if doc.url:
            head.append("  ·  ", style="dim")
            head.append(one_line(doc.url, 80), style="dim")
        counts: dict[str, int] = {}
        for quote in self.quotes:
            counts[str(quote.status)] = counts.get(str(quote.status), 0) + 1
        head.append("\n")
        head.append(f"{plural(len(self.quotes), 'quote')}: ", style="dim")
        for status, n in counts.items():
            head.append(f"{STATUS_MARKS.get(status, ('?', ''))[0]} {n} {status}  ",
                        style=QUOTE_STYLES.get(status, ""))  # fmt: skip
        self.query_one("#article-head", Static).update(head)
        for n, (lo, hi) in enumerate(self._paragraphs):
            self.query_one(f"#par-{n}", Static).update(self._paragraph(lo, hi))
        self._show_current()

    def _paragraph(self, lo: int, hi: int) -> Text:
        text = self.document.text
        chosen = self.current.id if self.current else None
        out = Text()
        at = lo
        for quote in self.quotes:
            start, end = max(quote.start, lo), min(quote.end, hi)
            if start >= end or start < at:
                continue
            out.append(clean(text[at:start]))
            style = QUOTE_STYLES.get(str(quote.status), "bold")
            if quote.id == chosen:
                style = f"{style} {CHOSEN_STYLE}"
            out.append(clean(text[start:end]), style=style)
            at = end
            if quote.end <= hi:  # the speaker after the quote's last part
                who = Text(" ⟨", style=SPEAKER_STYLE)
                who.append_text(status_mark(str(quote.status), quote.recheck))
                who.append(" " + one_line(quote.speaker_name or "no speaker", 40))
                if quote.flag:
                    who.append(" ⚑", style="bold red")
                who.append("⟩")
                out.append_text(who)
        out.append(clean(text[at:hi]))
        return highlight(out, self.host.table.search)

    def _show_current(self) -> None:
        quote = self.current
        line = Text()
        if quote is None:
            line.append("No quotes in this article.", style="dim")
        else:
            line.append(f"Quote {self.index + 1} of {len(self.quotes)}  ", style="bold")
            line.append_text(status_mark(str(quote.status), quote.recheck))
            line.append(f" {quote.status}  ·  ")
            line.append(one_line(quote.speaker_name or "no speaker", 40), style="bold")
            shown = confidence_text(quote.confidence)
            confidence = f"  ·  {shown}" if shown else ""
            line.append(f"{confidence}  ·  {quote.kind or ''}")
            if quote.note:
                line.append("  ·  note: ")
                line.append(one_line(quote.note, 60))
        self.query_one("#article-current", Static).update(line)
        if quote is not None:
            self.query_one(f"#par-{self._paragraph_of(quote)}", Static).scroll_visible(
                animate=False
            )

    def _paragraph_of(self, quote: QuoteRow) -> int:
        for n, (lo, hi) in enumerate(self._paragraphs):
            if lo <= quote.start < hi:
                return n
        return 0

    def _move(self, delta: int) -> None:
        if not self.quotes:
            return
        before = self.current
        self.index = max(0, min(self.index + delta, len(self.quotes) - 1))
        if self.current is not before:
            self._redraw(before, self.current)

    def _redraw(self, *quotes: QuoteRow | None) -> None:
        """Redraw the paragraphs holding ``quotes`` (the chosen mark moved) and the line."""
        for n in {self._paragraph_of(q) for q in quotes if q is not None}:
            lo, hi = self._paragraphs[n]
            self.query_one(f"#par-{n}", Static).update(self._paragraph(lo, hi))
        self._show_current()

    # ------------------------------------------------------------------ actions

    def action_next_quote(self) -> None:
        self._move(1)

    def action_previous_quote(self) -> None:
        self._move(-1)

    def _decided(self, before: QuoteRow) -> Any:
        def done(row: QuoteRow) -> None:
            self.host._after(row, before)  # noqa: SLF001 — the queue's counts and rows
            self.reload(before.id)
            self._move(1)

        return done

    def action_confirm(self) -> None:
        quote = self.current
        if quote is not None:
            session = self.host.session
            self.host.save(
                "confirm", lambda: session.confirm(quote.id, quote, advance=False),
                self._decided(quote),
            )  # fmt: skip

    def action_reject(self) -> None:
        quote = self.current
        if quote is not None:
            session = self.host.session
            self.host.save(
                "reject", lambda: session.reject(quote.id, quote, advance=False),
                self._decided(quote),
            )  # fmt: skip

    def action_correct_speaker(self) -> None:
        quote = self.current
        if quote is not None:
            self.host.correct_speaker_of(quote, self._decided(quote), advance=False)

    def action_note(self) -> None:
        quote = self.current
        if quote is not None:
            self.host.note_on(quote, lambda row: self.reload(quote.id))

    def action_flag(self) -> None:
        quote = self.current
        if quote is not None:
            self.host.flag_on(quote, lambda row: self.reload(quote.id))

    def action_undo(self) -> None:
        self.host.undo(lambda: self.reload())

    def action_back(self) -> None:
        self.dismiss(None)
