"""A quote's words alone: without its quotation marks and transcript labels.

The export's ``quote`` column keeps a quote exactly as the article writes it (“We will respond,”
with its marks; "PENCE: Well, look, …" in a transcript). ``plain_quote`` gives what was said:
the outer marks dropped, and the opening mark that starts each further paragraph of a quote
running over several; a speaker label a transcript puts before the words ("PENCE:", "MR.
SMITH:", "Q:") dropped; the comma that ends a quote before its attribution ("…respond,” he
said) dropped, as the sentence it belongs to is the reporter's. Marks inside the quote (a quote
within the quote) stay. No spaCy: the export calls it once per row.
"""

from __future__ import annotations

import re

OPENING = "“‘\"'«‹„‚「『"
CLOSING = "”’\"'»›“‘」』"
# A transcript's speaker label: a name in capitals (words, initials, titles) of three
# characters or more ("US:" starts a sentence as often), or Q / A, then a colon and a space.
_LABEL = re.compile(r"(?:[A-Z][A-Z.'’\- ]+[A-Z.]|Q|A):[ \t]+")


def _unlabelled(line: str) -> str:
    found = _LABEL.match(line)
    return line[found.end() :] if found else line


def plain_quote(text: str | None) -> str:
    """``text`` without outer quotation marks and transcript labels (see the module docstring);
    "" for None."""
    if not text:
        return ""
    # The export calls this for every row: the common case (“…,” on one line, no colon near
    # the start) is a few character tests and one slice.
    last = len(text) - 1
    if text[0].isspace() or text[last].isspace() or "\n" in text or text.find(":", 0, 48) >= 0:
        return _plain(text)
    start = 1 if text[0] in OPENING else 0
    end = last if last >= start and text[last] in CLOSING else last + 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return text[start:end].strip() if end > start else ""


def _plain(text: str) -> str:
    words = text.strip()
    if words and words[0] in OPENING:
        words = words[1:]
    if words and words[-1] in CLOSING:
        words = words[:-1]
    if "\n" in words:
        lines = []
        for line in words.split("\n"):
            stripped = line.lstrip()
            if stripped and stripped[0] in OPENING:
                stripped = stripped[1:]
            lines.append(_unlabelled(stripped))
        words = "\n".join(lines)
    else:
        words = _unlabelled(words)
    words = words.strip()
    if words.endswith(","):
        words = words[:-1].rstrip()
    return words
