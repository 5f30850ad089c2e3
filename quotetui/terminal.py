"""Article text and ids are data: the one definition of what may not reach a terminal, and the
two ways the program shows such text there.

A character is unsafe on a terminal when it can drive it (C0 and C1 controls, DEL: ESC starts
a sequence that clears the screen, sets the title or makes a link; BEL rings; CR returns to the
line's start and lets what follows overwrite what came before) or hide or reorder what is shown
(format characters: bidi overrides, zero-width spaces and joiners; line and paragraph
separators). The command line shows each as its escape (``\\x1b``, ``\\u202e``): the text is
still all there to read and copy. The review app (``quotetui.tui.text``) shows each as one
visible character instead, so offsets into the text still point at the same characters.

Nothing here changes data written to a file or a pipe: there it is written exactly.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any, TextIO

__all__ = [
    "FORMAT_RANGES",
    "UNSAFE",
    "TerminalText",
    "escaped",
    "is_terminal",
    "json_visible",
    "visible",
]

# Every format character (category Cf, Unicode 14; a test checks the running Python's):
# zero-width spaces and joiners, bidi marks (LRM, RLM, ALM), embeddings, overrides and
# isolates, the word joiner and invisible operators, soft hyphens, tag characters, the BOM.
# They are invisible, so "Zino\u200bviev" would pass for "Zinoviev", or a mark reorder the line.
FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
FORMAT = frozenset(code for lo, hi in FORMAT_RANGES for code in range(lo, hi + 1))

# Controls (C0, DEL, C1), format characters, line and paragraph separators: Unicode's Cc, Cf,
# Zl and Zp, as code points.
UNSAFE = frozenset(range(0x20)) | {0x7F, 0x2028, 0x2029} | frozenset(range(0x80, 0xA0)) | FORMAT


def _escape(ch: str) -> str:
    return ch.encode("unicode_escape").decode("ascii")


def _json_escape(ch: str) -> str:
    # JSON's own escape ("\\u202e", a surrogate pair beyond the BMP): the line stays JSON
    # that reads back to the very same data.
    return json.dumps(ch)[1:-1]


def escaped(text: object) -> str:
    """``text`` on one line with every unsafe character (newlines too) shown as its escape:
    for a name, an id or a message."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(_escape(ch) if ord(ch) in UNSAFE else ch for ch in text)


def visible(text: str) -> str:
    """``escaped`` for text whose lines and tabs mean something (a record, a report): newlines
    and tabs stay, every other unsafe character (CR among them) shows as its escape."""
    return _shown(text, _escape)


def json_visible(text: str) -> str:
    """``visible`` for JSON text: unsafe characters that JSON leaves as they are (C1 controls,
    format characters, line separators) become JSON escapes, so the line is still the same
    JSON."""
    return _shown(text, _json_escape)


def _shown(text: str, escape: Callable[[str], str]) -> str:
    if text.isprintable():
        return text
    return "".join(escape(ch) if ord(ch) in UNSAFE and ch not in "\n\t" else ch for ch in text)


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (a stream without ``isatty`` is not)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class TerminalText(io.TextIOBase):
    """A text stream onto a terminal for records made of data: the record writer's own line
    ends (``\\r\\n`` of CSV) reach the terminal, every unsafe character inside them shows as
    its escape (an ANSI sequence in a speaker's name must not drive the terminal)."""

    def __init__(self, stream: TextIO, *, json_lines: bool = False) -> None:
        self._stream = stream
        self._shown = json_visible if json_lines else visible

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        shown = text
        if not text.isprintable():
            # A CR is the writer's only where a CRLF ends a line; any other is data.
            shown = "\r\n".join(self._shown(line) for line in text.split("\r\n"))
        self._stream.write(shown)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()
