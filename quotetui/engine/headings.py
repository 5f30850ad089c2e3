"""Heading and headline tests over an article's text, shared by the sieve's attribution and
coref: a heading's Title Case words are no sentence, and its capitalised words no names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Span

from quotetui.engine import terms


def is_heading(span: Span, lines: Sequence[int], text: str) -> bool:
    """A span in a heading line: a short paragraph with no sentence-ending punctuation, or
    Title Case words running into the sentence ("Clinton Hid Past Health …"). ``lines``: the
    offsets of the text's line breaks."""
    k = bisect.bisect_left(lines, span.start_char)
    start = lines[k - 1] + 1 if k > 0 else 0
    end = lines[k] if k < len(lines) else len(text)
    line = text[start : min(end, start + 400)].strip()
    if line.startswith(("[", "(")):
        return True  # "[Video: FULL SPEECH: President Obama Speech at …]": a bracketed note
    short = end - start < 200 and 0 < len(line.split()) <= 12
    if short and not re.search(r"[.!?:;,”\"’']\s*$", line):
        return True
    words = [t for t in span if t.is_alpha]
    if len(words) < 3 or not all(t.is_title for t in words) or span.root.ent_type_ == "PERSON":
        return False
    # Title Case words make a heading when the run goes on past them ("Clinton Hid Past Health
    # Problems"), not when lower-case words follow: "The New York Post reports that …" is a name.
    doc = span.doc
    after = next((t for t in doc[span.end :] if t.is_alpha or "\n" in t.text), None)
    return after is None or "\n" in after.text or after.idx >= end or after.is_title


def is_heading_paragraph(text: str, start: int, end: int) -> bool:
    """A short paragraph ``text[start:end]`` with no closing punctuation: a heading."""
    if end - start > 160:
        return False
    para = text[start:end].strip()
    return not re.search(r"[.!?:”\"’']$", para)


def is_title_case(words: Sequence[str]) -> bool:
    content = [
        w for w in words if w.lower().strip(",.!?:;") not in terms.SMALL_WORDS and w[:1].isalpha()
    ]
    return bool(content) and all(w[:1].isupper() for w in content)
