"""The read side: quotes, speakers, documents and totals, for the review app, the export and
the CLI. Nothing here writes."""

from __future__ import annotations

import contextlib
import dataclasses
import heapq
import itertools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypedDict

import sqlite_utils

from quotetui.model import (
    DocumentRow,
    OccasionType,
    QuoteKind,
    QuoteRow,
    ReviewStatus,
    SpeakerKind,
    SpeakerRecord,
    SpeakerRow,
)
from quotetui.names import name_key
from quotetui.store import fts
from quotetui.store.log import STATUSES
from quotetui.store.speakers import find_speaker_id
from quotetui.store.sql import fetch_all, fetch_one, marks

_SPEAKER_COLUMNS = (
    "s.id, s.name, s.kind, s.merged_into, s.quote_count AS total,"
    " s.unreviewed_count AS unreviewed,"
    " (SELECT json_group_array(alias) FROM"
    "   (SELECT alias FROM speaker_aliases a WHERE a.speaker_id = s.id ORDER BY alias))"
    " AS aliases"
)


def _speaker_kind(value: str | None) -> SpeakerKind | None:
    return None if value is None else SpeakerKind(value)


def _speaker_row(row: dict[str, Any]) -> SpeakerRow:
    return SpeakerRow(
        id=row["id"],
        name=row["name"],
        kind=_speaker_kind(row["kind"]),
        merged_into=row["merged_into"],
        total=row["total"],
        unreviewed=row["unreviewed"],
        aliases=tuple(json.loads(row["aliases"] or "[]")),
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _speaker_search(search: str | None) -> tuple[str, list[Any]]:
    # A speaker left with no quotes (all moved away by a merge, a split or a re-ingest) is
    # not listed; find_speaker still finds it.
    where = "s.merged_into IS NULL AND s.quote_count > 0"
    if not search or not search.strip():
        return where, []
    where += (
        " AND (s.id LIKE ? ESCAPE '\\' OR s.id IN (SELECT speaker_id FROM speaker_aliases"
        " WHERE alias_key LIKE ? ESCAPE '\\'))"
    )
    return where, [f"%{_like_escape(search.strip())}%", f"%{_like_escape(name_key(search))}%"]


def list_speakers(
    db: sqlite_utils.Database, search: str | None = None, limit: int = 100, offset: int = 0
) -> list[SpeakerRow]:
    """Speakers (not merged away) with ``total`` and ``unreviewed`` quote counts, most quoted first.

    ``search`` matches a substring of the id, name or any alias (case and punctuation ignored).
    Counts cover non-stale quotes whose effective speaker is this one. ``limit=-1``: no limit.
    """
    where, params = _speaker_search(search)
    sql = (
        f"SELECT {_SPEAKER_COLUMNS} FROM speakers s WHERE {where}"
        " ORDER BY s.quote_count DESC, s.name LIMIT ? OFFSET ?"
    )
    return [_speaker_row(r) for r in fetch_all(db, sql, [*params, limit, offset])]


def count_speakers(db: sqlite_utils.Database, search: str | None = None) -> int:
    """How many speakers ``list_speakers`` would list without a limit."""
    where, params = _speaker_search(search)
    return int(db.execute(f"SELECT count(*) FROM speakers s WHERE {where}", params).fetchone()[0])


def iter_speakers(db: sqlite_utils.Database) -> Iterator[SpeakerRecord]:
    """Every speaker not merged away, as the engine's speaker records, streamed: ingest seeds
    the engine's registry with it so that re-runs reuse the ids, names and merges analysts have
    settled on."""
    cursor = db.execute(
        "SELECT s.id, s.name, s.kind, json_group_array(a.alias) FILTER (WHERE a.alias IS NOT NULL)"
        " FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id"
        " WHERE s.merged_into IS NULL GROUP BY s.id ORDER BY s.id"
    )
    for sid, name, kind, aliases in cursor:
        yield SpeakerRecord(sid, name, _speaker_kind(kind), tuple(json.loads(aliases or "[]")))


def find_speaker(db: sqlite_utils.Database, name_or_alias: str | None) -> SpeakerRow | None:
    """The speaker with this id, or this name/alias (case and punctuation ignored).

    Merged speakers resolve to their target; when several share an alias the most quoted wins.
    """
    sid = find_speaker_id(db, name_or_alias or "")
    if sid is None:
        return None
    found = fetch_one(db, f"SELECT {_SPEAKER_COLUMNS} FROM speakers s WHERE s.id = ?", (sid,))
    return _speaker_row(found) if found else None


# Quotes are read through the quotes_final view (schema m003): its columns are QuoteRow's
# fields, and the quotes' rowid for keyset paging.
_QUOTE_COLUMNS = ", ".join(f'q."{f.name}"' for f in fields(QuoteRow))
_QUOTE_SELECT = f"SELECT q.quote_rowid AS _rowid, {_QUOTE_COLUMNS} FROM quotes_final q"


def _quote_row(row: dict[str, Any]) -> QuoteRow:
    row.pop("_rowid", None)
    row["kind"] = None if row["kind"] is None else QuoteKind(row["kind"])
    row["status"] = ReviewStatus(row["status"])
    row["partial"] = bool(row["partial"])
    row["stale"] = bool(row["stale"])
    row["flag"] = bool(row["flag"])
    row["reasons"] = _reasons(row["reasons"])
    return QuoteRow(**row)


def _reasons(stored: str | None) -> tuple[str, ...]:
    """The stored JSON list of reasons; anything else (NULL, a hand-edited value) is none."""
    if not stored:
        return ()
    try:
        value = json.loads(stored)
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def get_quote(db: sqlite_utils.Database, quote_id: str) -> QuoteRow | None:
    """One quote with its final speaker and occasion and its document's title, source, date."""
    row = fetch_one(db, _QUOTE_SELECT + " WHERE q.id = ?", (quote_id,))
    return _quote_row(row) if row else None


_DOCUMENT_SELECT = (
    f"SELECT {', '.join(f.name for f in fields(DocumentRow))} FROM documents WHERE id = ?"
)


def get_document(db: sqlite_utils.Database, document_id: str) -> DocumentRow | None:
    # The plain sqlite3 cursor: the export reads one document per article, and sqlite-utils'
    # dict rows doubled what that cost.
    row = db.conn.execute(_DOCUMENT_SELECT, (document_id,)).fetchone()
    return None if row is None else DocumentRow(*row)


def _as_list(values: str | Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [values] if isinstance(values, str) else list(dict.fromkeys(values))


def _check_statuses(statuses: list[str] | None) -> None:
    unknown = set(statuses or ()) - set(STATUSES)
    if unknown:
        raise ValueError(f"unknown status {sorted(unknown)}; expected one of {STATUSES}")


# The occasion-type filter's word for quotes without a type.
NO_TYPE = "none"


def _check_types(types: list[str] | None) -> None:
    known = {t.value for t in OccasionType} | {NO_TYPE}
    unknown = set(types or ()) - known
    if unknown:
        raise ValueError(
            f"unknown occasion type {sorted(unknown)}; expected one of {sorted(known)}"
        )


def _type_filter(types: list[str]) -> tuple[str, list[Any]]:
    named = [t for t in types if t != NO_TYPE]
    terms = []
    if named:
        terms.append(f"q.final_occasion_type IN ({marks(named)})")
    if NO_TYPE in types:
        terms.append("q.final_occasion_type IS NULL")
    return "(" + " OR ".join(terms) + ")", named


# The kind filter's word for every quote but the terms (speech, written, and rows stored
# without a kind): what the review queue shows unless asked for terms.
NOT_TERMS = "quotes"
KIND_FILTERS = (NOT_TERMS, *(k.value for k in QuoteKind))


@dataclass(frozen=True)
class QuoteFilter:
    """The review app's filters beside speaker, status and occasion type; every field left at
    its default keeps every quote.

    ``kind``: a ``QuoteKind`` value, or ``NOT_TERMS``. ``min_confidence`` / ``below_confidence``:
    a band, ``min ≤ confidence < below`` (a quote without a confidence is in no band).
    ``document_id``: one article. ``source``: the articles of one outlet (exact). ``published_from``
    / ``published_to``: the articles published in that range of ``YYYY-MM-DD`` dates (both
    included; a month or year prefix works too). ``reviewer``: decided by that analyst.
    ``flagged`` / ``noted``: only quotes flagged "check later" / with a note. ``search``:
    the words typed in the search box (``store.fts``).
    """

    kind: str | None = None
    min_confidence: float | None = None
    below_confidence: float | None = None
    document_id: str | None = None
    source: str | None = None
    published_from: str | None = None
    published_to: str | None = None
    reviewer: str | None = None
    flagged: bool = False
    noted: bool = False
    search: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KIND_FILTERS:
            raise ValueError(f"unknown kind {self.kind!r}; expected one of {KIND_FILTERS}")

    @property
    def few(self) -> bool:
        """Whether the filter keeps few quotes (one article, the flags, the notes, a search):
        then one query sorted per page beats merging index streams."""
        return self.document_id is not None or self.flagged or self.noted or bool(self.search)

    def conditions(self, ordered_by_confidence: bool = False) -> tuple[list[str], list[Any]]:
        """The conditions on ``quotes_final q`` but the search's (``search_condition``)."""
        where: list[str] = []
        params: list[Any] = []
        # In article order a confidence band is checked on the rows the position index gives
        # (a unary + keeps SQLite from reading the band from the confidence index and sorting
        # all of it); in confidence order the band is that index's range.
        confidence = "q.confidence" if ordered_by_confidence else "+q.confidence"
        # Kinds are a closed set (checked on creation), written as literals so that the
        # partial indexes on terms serve them.
        if self.kind == NOT_TERMS:
            where.append("q.kind IS NOT 'term'")
        elif self.kind is not None:
            where.append(f"q.kind = '{QuoteKind(self.kind).value}'")
        if self.min_confidence is not None:
            where.append(f"{confidence} >= ?")
            params.append(float(self.min_confidence))
        if self.below_confidence is not None:
            where.append(f"{confidence} < ?")
            params.append(float(self.below_confidence))
        if self.document_id is not None:
            where.append("q.document_id = ?")
            params.append(self.document_id)
        if self.source is not None:
            where.append("q.document_id IN (SELECT id FROM documents WHERE source = ?)")
            params.append(self.source)
        if self.published_from or self.published_to:
            # A prefix ("2025-03") reaches to the end of that month: compare with its last day.
            low = self.published_from or ""
            high = (self.published_to or "9999") + "\uffff"
            where.append(
                "q.document_id IN (SELECT id FROM documents WHERE date >= ? AND date <= ?)"
            )
            params += [low, high]
        if self.reviewer is not None:
            where.append("q.reviewer = ?")
            params.append(self.reviewer)
        if self.flagged:
            where.append("q.flag = 1")
        if self.noted:
            where.append("q.note IS NOT NULL")
        return where, params


@dataclass(frozen=True)
class _SearchPlan:
    """A search's condition and how to run it: ``drive`` when it matches few quotes, so the
    query starts from its matches and every other condition is kept from the indexes."""

    clause: str
    params: list[Any]
    drive: bool


def _search_plan(db: sqlite_utils.Database, where: QuoteFilter | None) -> _SearchPlan | None:
    if where is None or not where.search:
        return None
    search = fts.parse(where.search)
    matches = fts.estimate(db, search)
    if matches == 0:
        return _SearchPlan("0", [], True)
    drive = matches <= fts.FEW_MATCHES
    clause, params = fts.clause(search, union=drive)
    return _SearchPlan(clause, params, drive)


# The quotes_final columns the filters compare: prefixed with a unary + when a search drives
# the query, so that SQLite reads its matches rather than one of these columns' indexes.
_INDEXED = re.compile(
    r"(?<![+\w.])q\.(speaker_id|status|document_id|final_occasion_type|recheck|confidence"
    r"|kind|flag|note|stale|reviewer)\b"
)


_INDEXED_BUT_STATUS = re.compile(_INDEXED.pattern.replace("|status|", "|"))
# Conditions with a partial index of their own, whose quotes are few beside the status's or a
# speaker's: flagged, noted, decided by one analyst.
_ANNOTATED = ("q.flag = 1", "q.note IS NOT NULL", "q.reviewer = ?")


def _with_search(
    clauses: list[str], params: list[Any], plan: _SearchPlan | None
) -> tuple[list[str], list[Any]]:
    if plan is None:
        if any(c in _ANNOTATED for c in clauses):
            # Read them from their partial index rather than from the status or speaker
            # index, which holds every quote of the filter.
            # (The reviewer's index has the status after the reviewer: that one is kept.)
            indexed = _INDEXED_BUT_STATUS if "q.reviewer = ?" in clauses else _INDEXED
            clauses = [c if c in _ANNOTATED else indexed.sub(r"+q.\1", c) for c in clauses]
        return clauses, params
    if plan.drive:
        clauses = [_INDEXED.sub(r"+q.\1", c) for c in clauses]
    return [*clauses, plan.clause], [*params, *plan.params]


def _quote_filters(
    speaker_ids: list[str] | None,
    statuses: list[str] | None,
    include_stale: bool,
    document_id: str | None = None,
    occasion_types: list[str] | None = None,
    recheck_only: bool = False,
    extra: QuoteFilter | None = None,
    ordered_by_confidence: bool = False,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if extra is not None:
        where, params = extra.conditions(ordered_by_confidence)
    if recheck_only:
        where.append("q.recheck IS NOT NULL")
    if occasion_types is not None:
        clause, values = _type_filter(occasion_types)
        where.append(clause)
        params += values
    if speaker_ids is not None:
        where.append(f"q.speaker_id IN ({', '.join('?' for _ in speaker_ids)})")
        params += speaker_ids
    if statuses is not None:
        where.append(f"q.status IN ({', '.join('?' for _ in statuses)})")
        params += statuses
    if document_id is not None:
        where.append("q.document_id = ?")
        params.append(document_id)
    if not include_stale:
        where.append("q.stale = 0")
    return where, params


# Beyond this many (speaker, status) streams, one query with IN filters (sorting each page)
# is cheaper than merging streams.
_MAX_STREAMS = 64


def iter_quotes(
    db: sqlite_utils.Database,
    speaker_ids: str | Sequence[str] | None = None,
    statuses: str | Sequence[str] | None = None,
    include_stale: bool = False,
    order: str = "position",
    batch: int = 1000,
    document_id: str | None = None,
    occasion_types: str | Sequence[str] | None = None,
    recheck_only: bool = False,
    where: QuoteFilter | None = None,
) -> Iterator[QuoteRow]:
    """Stream quotes (``get_quote`` rows) page by page, holding about ``batch`` rows at a time.

    ``order="position"``: by document id, then start. ``order="confidence"``: least confident
    first (unknown confidence before all). Keyset paging, so writes between pages are fine.
    ``occasion_types``: final occasion types to keep (``model.OccasionType`` values, and
    ``NO_TYPE`` for quotes without one). ``recheck_only``: only decisions marked for
    re-review (few: one query, sorted per page). ``where``: the other filters
    (``QuoteFilter``).
    """
    if order not in ("position", "confidence"):
        raise ValueError("order must be 'position' or 'confidence'")
    speakers = _as_list(speaker_ids)
    wanted = _as_list(statuses)
    _check_statuses(wanted)
    types = _as_list(occasion_types)
    _check_types(types)
    if document_id is not None or recheck_only or (where is not None and where.few):
        # One document's quotes, or the decisions to re-review, are few: a single query,
        # sorted per page, is fine.
        arms = [(speakers, wanted)]
    else:
        # Every index leads with (speaker_id, status) or (status): one stream per exact
        # (speaker, status) pair is an ordered index range, and merging the streams keeps each
        # page an index seek instead of a sort of all a speaker's quotes.
        if wanted is None and (speakers is not None or order == "confidence"):
            wanted = list(STATUSES)
        speaker_arms = [None] if speakers is None else [[s] for s in speakers]
        status_arms = [None] if wanted is None else [[s] for s in wanted]
        arms = [(sp, st) for sp in speaker_arms for st in status_arms]
        if len(arms) > _MAX_STREAMS:
            arms = [(speakers, wanted)]
    per_stream = max(50, batch // len(arms)) if arms else batch
    streams: list[Iterator[dict[str, Any]]] = []
    plan = _search_plan(db, where)
    for arm_speakers, arm_statuses in arms:
        clauses, params = _quote_filters(
            arm_speakers, arm_statuses, include_stale, document_id, types, recheck_only, where,
            order == "confidence",
        )  # fmt: skip
        clauses, params = _with_search(clauses, params, plan)
        if order == "position":
            streams.append(_pages(db, clauses, params, ["document_id", "start"], per_stream))
        else:
            # A partial index of few quotes (flagged, noted, one reviewer's) serves them best,
            # sorted per page: the confidence index would walk every quote of the status.
            few = "+" if _few_annotated(db, clauses, where, arm_statuses) else ""
            # Row values do not compare NULLs, so unknown confidences get their own pass.
            streams.append(
                itertools.chain(
                    _pages(
                        db,
                        [*clauses, f"{few}q.confidence IS NULL"],
                        params,
                        [],
                        per_stream,
                        plus=bool(few),
                    ),
                    _pages(
                        db,
                        [*clauses, f"{few}q.confidence IS NOT NULL"],
                        params,
                        ["confidence"],
                        per_stream,
                        plus=bool(few),
                    ),
                )
            )
    key = _by_position if order == "position" else _by_confidence
    merged = streams[0] if len(streams) == 1 else heapq.merge(*streams, key=key)
    for row in merged:
        yield _quote_row(row)


def _few_annotated(
    db: sqlite_utils.Database,
    clauses: list[str],
    where: QuoteFilter | None,
    statuses: list[str] | None,
) -> bool:
    """Whether the quotes of a flag, note or reviewer condition are few enough to be read from
    its partial index and sorted per page: flags and notes always are; one analyst's decisions
    when they number at most ``fts.FEW_MATCHES`` (else the status's confidence index, in
    order, finds a page sooner)."""
    if not any(c in _ANNOTATED for c in clauses):
        return False
    if where is None or where.flagged or where.noted or where.reviewer is None:
        return True
    sql = "SELECT count(*) FROM quotes INDEXED BY idx_quotes_reviewer_status WHERE reviewer = ?"
    params: list[Any] = [where.reviewer]
    if statuses is not None:
        sql += f" AND status IN ({marks(statuses)})"
        params += statuses
    return int(db.execute(sql, params).fetchone()[0]) <= fts.FEW_MATCHES


def _by_position(row: dict[str, Any]) -> tuple[str, int, int]:
    return row["document_id"], row["start"], row["_rowid"]


def _by_confidence(row: dict[str, Any]) -> tuple[bool, float, int]:
    return row["confidence"] is not None, row["confidence"] or 0.0, row["_rowid"]


def _pages(
    db: sqlite_utils.Database,
    where: list[str],
    params: list[Any],
    key: list[str],
    batch: int,
    *,
    plus: bool = False,
) -> Iterator[dict[str, Any]]:
    """``plus``: neither the order nor the keyset comparison reads an index (the conditions'
    own partial index serves the query, and its rows are sorted per page)."""
    # rowid ends every index entry, so (key..., rowid) is both a total order and index-ordered.
    columns = [f"{'+' if plus else ''}q.{c}" for c in key] + [f"{'+' if plus else ''}q.quote_rowid"]
    names = [*key, "_rowid"]
    order_by = ", ".join(columns)
    after = order_by
    last: list[Any] | None = None
    while True:
        clauses, page_params = list(where), list(params)
        if last is not None:
            clauses.append(f"({after}) > ({', '.join('?' for _ in last)})")
            page_params += last
        sql = _QUOTE_SELECT
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = fetch_all(db, f"{sql} ORDER BY {order_by} LIMIT ?", [*page_params, batch])
        if not rows:
            return
        last = [rows[-1][n] for n in names]
        yield from rows
        if len(rows) < batch:
            return


def count_quotes(
    db: sqlite_utils.Database,
    speaker_id: str | Sequence[str] | None = None,
    statuses: str | Sequence[str] | None = None,
    include_stale: bool = False,
    occasion_types: str | Sequence[str] | None = None,
    where: QuoteFilter | None = None,
) -> int:
    """How many quotes match; the same filters as ``iter_quotes``."""
    speakers = _as_list(speaker_id)
    wanted = _as_list(statuses)
    _check_statuses(wanted)
    types = _as_list(occasion_types)
    _check_types(types)
    if where is not None and where != QuoteFilter():
        rest = dataclasses.replace(where, kind=None)
        if where.kind == NOT_TERMS and rest == QuoteFilter():
            # Every quote but the terms: the count without a kind (kept counters, covering
            # indexes) less the terms, which a partial index counts.
            everything = count_quotes(db, speakers, wanted, include_stale, types)
            return everything - _count_terms(db, speakers, wanted, include_stale, types)
        # A confidence band is the (status, confidence) index's range here: no order to keep.
        clauses, params = _quote_filters(
            speakers, wanted, include_stale, None, types, False, where, ordered_by_confidence=True
        )
        # A count needs no order: a search's matches always drive it.
        plan = _search_plan(db, where)
        if plan is not None and not plan.drive:
            search = fts.parse(where.search or "")
            plan = _SearchPlan(*fts.clause(search, union=True), drive=True)
        clauses, params = _with_search(clauses, params, plan)
        condition = " AND ".join(clauses) or "1"
        # Every condition is on the quote's own columns: counted on the table, without the
        # view's joins (a fifth of the time on a million quotes).
        condition = re.sub(r"\bq\.quote_rowid\b", "q.rowid", condition)
        sql = f"SELECT count(*) FROM quotes q WHERE {condition}"
        return int(db.execute(sql, params).fetchone()[0])
    if types is not None:
        clauses, params = _quote_filters(speakers, wanted, include_stale, None, types)
        condition = " AND ".join(clauses) or "1"
        sql = f"SELECT count(*) FROM quotes q WHERE {condition}"
        return int(db.execute(sql, params).fetchone()[0])
    counted = speakers is not None and len(speakers) == 1 and wanted in (None, ["unreviewed"])
    if counted and not include_stale:
        # The trigger-kept counters answer the review UI's "N left" without counting.
        column = "quote_count" if wanted is None else "unreviewed_count"
        row = db.execute(f"SELECT {column} FROM speakers WHERE id = ?", speakers).fetchone()
        return int(row[0]) if row else 0
    # Counting all rows, then subtracting the few stale ones, stays inside covering indexes;
    # filtering on stale directly would read every table row.
    clauses, params = _quote_filters(speakers, wanted, include_stale=True)
    condition = " AND ".join(clauses) or "1"
    total = int(
        db.execute(f"SELECT count(*) FROM quotes q WHERE {condition}", params).fetchone()[0]
    )
    if not include_stale:
        total -= int(
            db.execute(
                "SELECT count(*) FROM quotes q INDEXED BY idx_quotes_stale"
                f" WHERE {condition} AND q.stale = 1",
                params,
            ).fetchone()[0]
        )
    return total


def _count_terms(
    db: sqlite_utils.Database,
    speakers: list[str] | None,
    statuses: list[str] | None,
    include_stale: bool,
    types: list[str] | None,
) -> int:
    clauses, params = _quote_filters(speakers, statuses, include_stale, None, types)
    condition = " AND ".join([*clauses, "q.kind = 'term'"])
    sql = f"SELECT count(*) FROM quotes q INDEXED BY idx_quotes_terms_count WHERE {condition}"
    return int(db.execute(sql, params).fetchone()[0])


class Totals(TypedDict):
    documents: int
    quotes: int
    speakers: int
    by_status: dict[str, int]
    stale: int
    reviews: int
    recheck: int  # decisions marked for re-review (not stale)


def count_speakers_since(db: sqlite_utils.Database, since: str) -> int:
    """Speakers created at or after ``since`` (a ``now()`` stamp) that stand on their own and
    have quotes: counted as ``stats`` counts the database's speakers."""
    row = db.execute(
        "SELECT count(*) FROM speakers"
        " WHERE merged_into IS NULL AND quote_count > 0 AND created_at >= ?",
        (since,),
    ).fetchone()
    return int(row[0])


def stats(db: sqlite_utils.Database) -> Totals:
    """Totals: documents, quotes and quotes by status (both without stale ones), speakers (not
    merged away), stale quotes, review log rows."""
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in db.execute("SELECT status, count(*) FROM quotes GROUP BY status"):
        by_status[status] = n
    stale = 0
    for status, n in db.execute(
        "SELECT status, count(*) FROM quotes INDEXED BY idx_quotes_stale"
        " WHERE stale = 1 GROUP BY status"
    ):
        by_status[status] -= n
        stale += n

    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return Totals(
        documents=one("SELECT count(*) FROM documents"),
        quotes=sum(by_status.values()),
        speakers=one("SELECT count(*) FROM speakers WHERE merged_into IS NULL AND quote_count > 0"),
        by_status=by_status,
        stale=stale,
        reviews=one("SELECT count(*) FROM reviews"),
        recheck=count_recheck(db),
    )


def count_recheck(db: sqlite_utils.Database, speaker_id: str | None = None) -> int:
    """How many decisions (not stale) are marked for re-review, of one speaker or of all."""
    sql = "SELECT count(*) FROM quotes INDEXED BY idx_quotes_recheck WHERE recheck IS NOT NULL"
    params: list[Any] = []
    if speaker_id is not None:
        sql += " AND speaker_id = ?"
        params.append(speaker_id)
    return int(db.execute(sql + " AND stale = 0", params).fetchone()[0])


def speaker_counts(
    db: sqlite_utils.Database, speaker_ids: Sequence[str]
) -> dict[str, tuple[int, int]]:
    """``{speaker id: (unreviewed, total)}`` from the counters the triggers keep."""
    ids = list(speaker_ids)
    if not ids:
        return {}
    sql = f"SELECT id, unreviewed_count, quote_count FROM speakers WHERE id IN ({marks(ids)})"
    return {sid: (left, total) for sid, left, total in db.execute(sql, ids)}


OCCASION_SCOPES = ("speaker", "event")


def occasion_scope(db: sqlite_utils.Database, quote: QuoteRow, scope: str) -> list[str]:
    """The quotes an occasion applies to, with ``quote`` itself, in article order:
    ``"speaker"``, every quote of its final speaker in its article; ``"event"``, every quote of
    its article the engine gave the same occasion (the same words in the text, or, without
    them, the same occasion and date)."""
    if scope not in OCCASION_SCOPES:
        raise ValueError(f"scope must be one of {OCCASION_SCOPES}")
    where = ["q.document_id = ?", "q.stale = 0"]
    params: list[Any] = [quote.document_id]
    if scope == "speaker":
        if quote.speaker_id is None:
            where.append("q.id = ?")
            params.append(quote.id)
        else:
            where.append("q.speaker_id = ?")
            params.append(quote.speaker_id)
    elif quote.occasion_start is not None:
        where.append("(q.id = ? OR (q.occasion_start = ? AND q.occasion_end = ?))")
        params += [quote.id, quote.occasion_start, quote.occasion_end]
    elif quote.final_occasion is not None:
        where.append("(q.id = ? OR (q.final_occasion = ? AND q.final_occasion_date IS ?))")
        params += [quote.id, quote.final_occasion, quote.final_occasion_date]
    else:
        where.append("q.id = ?")
        params.append(quote.id)
    sql = (
        f"SELECT q.id FROM quotes_final q WHERE {' AND '.join(where)}"
        " ORDER BY q.start, q.quote_rowid"
    )
    return [row[0] for row in db.execute(sql, params)]


# --------------------------------------------------------------------------- export


def speaker_label(
    db: sqlite_utils.Database, speaker_id: str
) -> tuple[str, tuple[str, ...], str | None] | None:
    """A speaker's name, its other aliases (sorted) and its kind; None when there is no such
    speaker."""
    found = db.conn.execute(
        "SELECT s.name, a.alias, s.kind FROM speakers s LEFT JOIN speaker_aliases a"
        " ON a.speaker_id = s.id AND a.alias <> s.name WHERE s.id = ? ORDER BY a.alias",
        (speaker_id,),
    ).fetchall()
    if not found:
        return None
    return found[0][0], tuple(alias for _, alias, _ in found if alias is not None), found[0][2]


# Below this share of all quotes, an export reads its quotes through the status/speaker index
# and sorts them; above it, it walks the quotes in position order and skips the others.
_SORT_SHARE = 0.1
# The columns of quotes_final a query may select.
FINAL_COLUMNS = frozenset(f.name for f in fields(QuoteRow))


def export_query(
    db: sqlite_utils.Database,
    statuses: Sequence[str],
    speaker_ids: Sequence[str] | None,
    columns: Sequence[str] = ("id",),
    include_recheck: bool = False,
) -> tuple[str, list[Any]]:
    """The export's query over quotes_final: ``columns`` of the non-stale quotes with these
    statuses (and final speakers), in (document, position) order; and its parameters.

    Left to itself (the store keeps no ANALYZE statistics) SQLite reads the status index and
    sorts every match: for a million verified quotes that took twice the time, 130 MB more
    memory, and nothing came out until the sort was done. Walking idx_quotes_pos streams rows
    from the first one at a cost proportional to the whole table, which is right unless the
    export wants a small part of a large table (one speaker, say); then the index and a small
    sort win. A unary ``+`` keeps a term from being used as an index key, which steers SQLite
    to the position index without naming it.
    """
    unknown = [c for c in columns if c not in FINAL_COLUMNS]
    if unknown:
        raise ValueError(f"quotes_final has no column {unknown}")
    terms: list[tuple[str, Sequence[str]]] = [("q.status", statuses)]
    if speaker_ids is not None:
        terms.append(("q.speaker_id", speaker_ids))
    params: list[Any] = [value for _, values in terms for value in values]

    def where(prefix: str) -> str:
        return " AND ".join(f"{prefix}{column} IN ({marks(values)})" for column, values in terms)

    # Both counts stay inside indexes (stale quotes are few and ignored here).
    total = db.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    wanted = db.conn.execute(f"SELECT count(*) FROM quotes q WHERE {where('')}", params)
    prefix = "+" if wanted.fetchone()[0] >= total * _SORT_SHARE else ""
    selected = ", ".join(f'q."{c}"' for c in columns)
    # A decision marked for re-review is not verified any more (its words or the engine's
    # speaker changed under it): out unless every status is asked for.
    recheck = "" if include_recheck else " AND q.recheck IS NULL"
    # A term (scare quotes, a title) nobody said is no verified quote, whoever confirmed it:
    # out unless an analyst gave it a speaker, or every status is asked for.
    if not include_recheck:
        recheck += " AND NOT (q.kind IS 'term' AND q.speaker_id IS NULL)"
    sql = (
        f"SELECT {selected} FROM quotes_final q WHERE q.stale = 0{recheck} AND {where(prefix)}"
        " ORDER BY q.document_id, q.start, q.quote_rowid"
    )
    return sql, params


@contextlib.contextmanager
def export_rows(
    db: sqlite_utils.Database,
    columns: Sequence[str],
    statuses: Sequence[str],
    speaker_ids: Sequence[str] | None,
    include_recheck: bool = False,
) -> Iterator[Iterator[tuple[Any, ...]]]:
    """The rows of ``export_query`` as plain tuples, straight from the sqlite3 cursor.

    sqlite-utils' dict rows would cost more than writing the export. While the cursor is open
    the connection stays in one read transaction, so lookups made meanwhile (documents,
    speakers) see the same snapshot; it is closed on leaving, also when writing failed.
    """
    sql, params = export_query(db, statuses, speaker_ids, columns, include_recheck)
    cursor = db.conn.execute(sql, params)
    try:
        yield iter(cursor)
    finally:
        cursor.close()
