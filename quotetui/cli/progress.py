"""The progress line of long runs, on stderr."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from quotetui.terminal import escaped, is_terminal


class Progress:
    """A one-line progress display on stderr: done/total, documents per second and ETA.

    Drawn only on a terminal; problem lines are printed above it without breaking it.
    """

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = is_terminal(self.stream)
        self.done = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        # Where the run is inside a long document (its parts done), shown after the count.
        self._inside = ""

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._inside = ""
        if self.enabled and time.monotonic() - self._last_draw >= 0.1:
            self._draw()

    def part(self, document_id: str, done: int, parts: int) -> None:
        """A part of a long document is done: a sign of life in one that takes minutes."""
        self._inside = (
            ""
            if done >= parts
            else f"{shortened(escaped(document_id), 20)}: part {done + 1} of {parts}"
        )
        if self.enabled:
            self._draw()

    def message(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)
        if self.enabled:
            self._draw()

    def close(self, complete: bool = True) -> None:
        """The last line: a run that went through ends at its count (the total was an
        estimate: a file that could not be read, a JSONL line that was not a document); one
        stopped early shows where it stopped."""
        if complete:
            self.total = self.done
        if self.enabled:
            self._draw()
            print(file=self.stream, flush=True)

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")

    def _draw(self) -> None:
        self._last_draw = time.monotonic()
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        total = max(self.total, self.done)
        width = 24
        filled = int(width * self.done / total) if total else width
        if rate > 0 and total > self.done:
            eta = f"ETA {duration((total - self.done) / rate)}"
        else:
            eta = f"{duration(self.elapsed)}"
        self._clear()
        # Inside a long document, where it has got to says more than a rate of documents.
        doing = self._inside or f"{rate:.1f} docs/s"
        bar = f"[{'#' * filled}{'-' * (width - filled)}]"
        line = f"{self.label} {bar} {self.done}/{total}  {doing}  {eta}"
        # A line wider than the terminal wraps, and the next draw would clear only its end.
        columns = shutil.get_terminal_size().columns
        self.stream.write(line[: max(columns - 1, 20)])
        self.stream.flush()


def shortened(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    keep = width - 1
    return f"{text[: keep - keep // 2]}…{text[len(text) - keep // 2 :]}"


def duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
