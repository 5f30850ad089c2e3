"""Searching quotes by their words, their speakers' names and their articles' titles, for
``quotetui search`` (the review app's search is a filter: ``QuoteFilter.search``).

Each part is answered from its FTS5 index (``store.fts``): the quotes whose own words match
first, best match first (FTS5's bm25) unless there are very many, in which case in the order
they were stored, as ranking all of them would cost more than a search may; then the quotes of
the speakers whose name or an alias matches, most quoted speaker first; then the quotes of the
articles whose title matches. A quote is listed once, under the first reason it matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

from quotetui.model import QuoteRow
from quotetui.store import fts
from quotetui.store.queries import _QUOTE_SELECT, _quote_row
from quotetui.store.sql import fetch_all, marks

# Above this many matches, bm25 is not computed (it reads every match): the matches come in
# the order they were stored.
RANKED_MATCHES = 20_000
MATCHED_ON = ("quote", "speaker", "title")


@dataclass(frozen=True)
class SearchHit:
    quote: QuoteRow
    matched: str  # "quote": its words; "speaker": its speaker's name or alias; "title"


@dataclass(frozen=True)
class SearchResult:
    """The first hits, and how many match in all: quotes by their words, speakers by a name
    (and how many quotes they have), articles by their title."""

    search: fts.Search
    hits: list[SearchHit] = field(default_factory=list)
    by_words: int = 0
    speakers: int = 0
    by_speaker: int = 0
    titles: int = 0
    ranked: bool = True  # the word matches are best first (else in the order stored)


def search_quotes(
    db: sqlite_utils.Database, text: str, *, limit: int = 50, include_stale: bool = False
) -> SearchResult:
    """The quotes matching ``text`` (see the module docstring), at most ``limit`` (0: all)."""
    search = fts.parse(text)
    if search.match is None:
        return SearchResult(search)
    wanted = limit if limit > 0 else -1
    stale = "" if include_stale else " AND q.stale = 0"
    hits: list[SearchHit] = []
    seen: set[str] = set()

    def room() -> int:
        return -1 if wanted < 0 else wanted - len(hits)

    def add(rows: Iterable[QuoteRow], matched: str) -> None:
        for row in rows:
            if room() == 0:
                return
            if row.id not in seen:
                seen.add(row.id)
                hits.append(SearchHit(row, matched))

    def count(sql: str, params: tuple[str, ...]) -> int:
        return int(db.execute(sql, params).fetchone()[0])

    by_words = count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (search.match,))
    ranked = by_words <= RANKED_MATCHES
    if by_words:
        order = "f.rank" if ranked else "f.rowid"
        rows = fetch_all(
            db,
            f"SELECT q.quote_rowid AS _rowid, {_columns()} FROM quotes_fts f"
            " JOIN quotes_final q ON q.quote_rowid = f.rowid"
            f" WHERE quotes_fts MATCH ?{stale} ORDER BY {order} LIMIT ?",
            (search.match, wanted),
        )
        add((_quote_row(r) for r in rows), "quote")

    speakers = [
        row[0]
        for row in db.execute(
            "SELECT s.id FROM speakers s WHERE s.merged_into IS NULL AND s.quote_count > 0"
            " AND s.id IN (SELECT a.speaker_id FROM speaker_aliases_fts f"
            " JOIN speaker_aliases a ON a.rowid = f.rowid WHERE speaker_aliases_fts MATCH ?"
            " UNION SELECT x.id FROM speakers_fts f JOIN speakers x ON x.rowid = f.rowid"
            " WHERE speakers_fts MATCH ?)"
            " ORDER BY s.quote_count DESC, s.name",
            (search.match, search.match),
        )
    ]
    by_speaker = 0
    for start in range(0, len(speakers), 500):
        chunk = speakers[start : start + 500]
        by_speaker += count(
            f"SELECT sum(quote_count) FROM speakers WHERE id IN ({marks(chunk)})", tuple(chunk)
        )
    for speaker in speakers:
        if room() == 0:
            break
        rows = fetch_all(
            db,
            # In the order of the (speaker, status, position) index: no sort of all of a
            # speaker's quotes; decided ones first.
            _QUOTE_SELECT + f" WHERE q.speaker_id = ?{stale}"
            " ORDER BY q.status, q.document_id, q.start, q.quote_rowid LIMIT ?",
            # At most len(seen) of them are listed already.
            (speaker, room() + len(seen) if room() > 0 else -1),
        )
        add((_quote_row(r) for r in rows), "speaker")

    title = fts.title_match(search)
    titles = count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (title,))
    if titles and room() != 0:
        order = "f.rank" if titles <= RANKED_MATCHES else "f.rowid"
        documents = db.execute(
            "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
            f" WHERE documents_fts MATCH ? ORDER BY {order}",
            (title,),
        )
        for (document,) in documents:
            if room() == 0:
                break
            rows = fetch_all(
                db,
                _QUOTE_SELECT + f" WHERE q.document_id = ?{stale} ORDER BY q.start, q.quote_rowid",
                (document,),
            )
            add((_quote_row(r) for r in rows), "title")
        documents.close()
    return SearchResult(search, hits, by_words, len(speakers), by_speaker, titles, ranked)


def _columns() -> str:
    # The view's columns as _QUOTE_SELECT names them.
    return _QUOTE_SELECT.removeprefix("SELECT q.quote_rowid AS _rowid, ").split(" FROM ")[0]
