"""Full-text search: turning what an analyst types into an FTS5 query that cannot fail, and the
filter it makes over quotes.

What is typed is data, not FTS5 syntax: every word and phrase is quoted, so a stray ``"``,
``:``, ``(`` or ``-`` ("pic.twitter.com/", "U.S.-led", "O'Brien") never makes a syntax error.
What is kept of the syntax: ``"a phrase"`` (straight or curly marks), ``word*`` for a prefix,
and ``OR`` / ``NOT`` written in capitals between terms. Words next to each other must all
match (AND).

A quote matches a search when its own words do, when its final speaker's name or one of its
aliases does, or when its article's title does (the indexes are ``quotes_fts``,
``speakers_fts``, ``speaker_aliases_fts`` and ``documents_fts``, made by migration m011).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

_OPERATORS = frozenset({"OR", "NOT", "AND"})
# A phrase in straight or curly double marks, or a run of anything else but space.
_TOKEN = re.compile(r'"([^"]*)"?|“([^”]*)”?|(\S+)')
# What the unicode61 tokenizer keeps of a word: letters, digits (and marks inside words).
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """One word or phrase of a search: its words (casefolded, accents kept) and whether the
    last one is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Search:
    """A search as typed, parsed: ``match`` is the FTS5 MATCH expression (None when nothing
    searchable was typed), ``terms`` the positive terms (to highlight)."""

    text: str
    match: str | None
    terms: tuple[Term, ...]


def _quoted(words: list[str], prefix: bool) -> str:
    body = " ".join(words).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def parse(text: str) -> Search:
    """``text`` as an FTS5 query (see the module docstring); never raises."""
    parts: list[str] = []  # terms and operators, in order
    terms: list[Term] = []
    negate = False
    for match in _TOKEN.finditer(text or ""):
        phrase = match.group(1) if match.group(1) is not None else match.group(2)
        raw = match.group(3)
        if raw is not None and raw in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(raw)
            continue
        source = phrase if phrase is not None else raw or ""
        prefix = phrase is None and source.endswith("*")
        words = _WORD.findall(source)
        if not words:
            continue
        if parts and parts[-1] == "AND":
            parts.pop()  # AND is what words next to each other mean anyway
        negate = bool(parts) and parts[-1] == "NOT"
        parts.append(_quoted(words, prefix))
        if not negate:
            terms.append(Term(tuple(w.casefold() for w in words), prefix))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    match_text = " ".join(parts) or None
    return Search(text, match_text, tuple(terms))


# A search matching at most this many quotes is answered from its matches (each looked up,
# then sorted); one matching more, by walking the usual index of the other filters and keeping
# the matches, which then come often enough that a page is found soon.
FEW_MATCHES = 20_000


def clause(search: Search, *, union: bool = True) -> tuple[str, list[Any]]:
    """The condition on ``quotes_final q`` that keeps the quotes matching ``search``, and its
    parameters: the quotes' own words (by rowid), the speakers' names and aliases (their
    quotes by the speaker index) and the articles' titles (their quotes by the position
    index). A match only in an article's body does not bring every quote of the article: in a
    news corpus nearly every article has nearly every word.

    ``union``: one list of rowids, the union of the three, for a query that starts from the
    matches; else three lists, each probed, for a query that walks another index (building
    one sorted union of many matches costs more than the probes)."""
    if search.match is None:
        return "0", []
    speakers = (
        "SELECT a.speaker_id FROM speaker_aliases_fts f"
        " JOIN speaker_aliases a ON a.rowid = f.rowid WHERE speaker_aliases_fts MATCH ?"
        " UNION SELECT s.id FROM speakers_fts f JOIN speakers s ON s.rowid = f.rowid"
        " WHERE speakers_fts MATCH ?"
    )
    titles = (
        "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
        " WHERE documents_fts MATCH ?"
    )
    words = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
    if union:
        sql = (
            f"q.quote_rowid IN ({words} UNION SELECT rowid FROM quotes WHERE speaker_id IN"
            f" ({speakers}) UNION SELECT rowid FROM quotes WHERE document_id IN ({titles}))"
        )
    else:
        sql = (
            f"(q.quote_rowid IN ({words}) OR q.speaker_id IN ({speakers})"
            f" OR q.document_id IN ({titles}))"
        )
    return sql, [search.match, search.match, search.match, title_match(search)]


def estimate(db: sqlite_utils.Database, search: Search) -> int:
    """At most about how many quotes ``search`` matches, from the indexes' counts alone: the
    quotes whose words match, the quotes of the speakers whose names match (their kept
    counters), and the articles whose titles match times the quotes an article has on
    average."""
    if search.match is None:
        return 0

    def one(sql: str, *params: Any) -> int:
        return int(db.execute(sql, params).fetchone()[0] or 0)

    words = one("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", search.match)
    speakers = one(
        "SELECT sum(quote_count) FROM speakers WHERE merged_into IS NULL AND id IN ("
        "SELECT a.speaker_id FROM speaker_aliases_fts f JOIN speaker_aliases a"
        " ON a.rowid = f.rowid WHERE speaker_aliases_fts MATCH ?"
        " UNION SELECT s.id FROM speakers_fts f JOIN speakers s ON s.rowid = f.rowid"
        " WHERE speakers_fts MATCH ?)",
        search.match,
        search.match,
    )
    titles = one(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", title_match(search)
    )
    per_article = 0.0
    if titles:
        documents = one("SELECT max(rowid) FROM documents") or 1
        quotes = one("SELECT max(rowid) FROM quotes")
        per_article = quotes / documents
    return words + speakers + int(titles * per_article + 0.5)


def title_match(search: Search) -> str:
    """The search restricted to the articles' titles."""
    return f"title : ({search.match})"
