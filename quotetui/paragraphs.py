"""What a paragraph is, for the engine, the review app and the export alike.

No spaCy here: the store, the export and the review app use it without loading the engine.
"""

from __future__ import annotations

import re

__all__ = ["paragraph_spans"]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) offsets, trimmed of surrounding whitespace.

    A line break ends a paragraph, unless the text is hard-wrapped (most lines of similar length
    that do not end a sentence), where only blank lines do.
    """
    lines = text.split("\n")
    separator = r"\n" if not _looks_hard_wrapped(lines) else r"\n[ \t\r]*\n"
    spans = []
    pos = 0
    for m in re.finditer(separator, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def _looks_hard_wrapped(lines: list[str]) -> bool:
    long_lines = [ln.rstrip() for ln in lines if len(ln.strip()) > 0]
    if len(long_lines) < 8:
        return False
    widths = sorted(len(ln) for ln in long_lines)
    median = widths[len(widths) // 2]
    if not 40 <= median <= 100 or widths[-1] > median * 1.6:
        return False
    unfinished = sum(1 for ln in long_lines if ln[-1] not in ".!?:\"”'’)")
    return unfinished > len(long_lines) * 0.5
