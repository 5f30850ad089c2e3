"""Counts in words, the same on the command line and in the review app."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """ "1 quote", "2 quotes", "1,200 review log entries" (a consonant before the final "y")."""
    if n == 1:
        return f"1 {word}"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return f"{n:,} {word[:-1]}ies"
    return f"{n:,} {word}s"
