"""The analyst's workbench in the store (issue 15): full-text search kept in step with ingest,
the review filters, notes and flags, decisions on many quotes at once, the engine's own speaker
name, and the views for Datasette. Real SQLite files; engine results built by hand."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import records
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetui import store
from quotetui.export import export_quotes
from quotetui.model import Document, ReviewAction
from quotetui.plain import plain_quote
from quotetui.store import fts
from quotetui.store.queries import NOT_TERMS, QuoteFilter
from quotetui.store.review import decide_many, quote_version, set_flag, set_note
from quotetui.store.search import search_quotes

D1 = (
    "Kursk front holds\n\n"
    "Russian Ambassador Georgy Zinoviev said “Russia is well aware of this.” at a reception.\n\n"
    "The Foreign Ministry called it “a provocation” in a statement.\n\n"
    "He shared “pic.twitter.com/abc” online."
)
D2 = (
    "Budget talks in Madrid\n\n"
    "Maria Lopez said “We will cut the deficit, whatever Kursk costs,” on Monday.\n\n"
    '"PENCE: Well, look, the front is quiet."'
)
SPEAKERS = {
    "georgy-zinoviev": ("Georgy Zinoviev", "person", ["Zinoviev", "Russian Ambassador"]),
    "foreign-ministry": ("Foreign Ministry", "organisation", ["The Foreign Ministry"]),
    "maria-lopez": ("Maria Lopez", "person", ["Lopez"]),
    "mike-pence": ("Mike Pence", "person", ["Pence"]),
}
# (document text, quote, speaker id, kind, confidence)
QUOTES = [
    (D1, "“Russia is well aware of this.”", "georgy-zinoviev", "speech", 0.97),
    (D1, "“a provocation”", "foreign-ministry", "written", 0.6),
    (D1, "“pic.twitter.com/abc”", None, "term", None),
    (D2, "“We will cut the deficit, whatever Kursk costs,”", "maria-lopez", "speech", 0.99),
    (D2, '"PENCE: Well, look, the front is quiet."', "mike-pence", "speech", 0.8),
]
DOCS = {
    "d1": (D1, "Daily", "2026-02-13"),
    "d2": (D2, "Herald", "2026-03-02"),
}


def engine_result(text: str, quotes: list[tuple] | None = None) -> Any:
    built, used = [], set()
    for doc_text, quote, sid, kind, confidence in quotes or QUOTES:
        if doc_text != text:
            continue
        start = text.index(quote)
        built.append(
            {
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": SPEAKERS[sid][0] if sid else None,
                "speaker_id": sid,
                "speaker_mention": SPEAKERS[sid][0] if sid else None,
                "cue": "said" if sid else None,
                "kind": kind,
                "confidence": confidence,
                "method": "test rule" if sid else "nested",
            }
        )
        if sid:
            used.add(sid)
    speakers = [
        {"id": s, "name": SPEAKERS[s][0], "kind": SPEAKERS[s][1], "aliases": SPEAKERS[s][2]}
        for s in sorted(used)
    ]
    return records.result(built, speakers)


def save(db: sqlite_utils.Database, doc_id: str, text: str | None = None, quotes=None) -> None:
    original, source, date = DOCS[doc_id]
    text = original if text is None else text
    document = Document(
        id=doc_id, title=text.split("\n", 1)[0], source=source, url=f"https://x.test/{doc_id}",
        date=date, text=text, path=None,
    )  # fmt: skip
    store.save_document(db, document, engine_result(text, quotes))


def qid(text: str, quote: str, doc_id: str) -> str:
    start = text.index(quote)
    return store.quote_id(doc_id, start, start + len(quote))


Q_ZINOVIEV = qid(D1, "“Russia is well aware of this.”", "d1")
Q_PROVOCATION = qid(D1, "“a provocation”", "d1")
Q_TERM = qid(D1, "“pic.twitter.com/abc”", "d1")
Q_LOPEZ = qid(D2, "“We will cut the deficit, whatever Kursk costs,”", "d2")
Q_PENCE = qid(D2, '"PENCE: Well, look, the front is quiet."', "d2")


@pytest.fixture
def filled(db):
    save(db, "d1")
    save(db, "d2")
    return db


def log(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    cursor = db.execute("SELECT * FROM reviews ORDER BY id")
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, r, strict=True)) for r in cursor.fetchall()]


def ids(rows) -> list[str]:
    return [r.id for r in rows]


def fts_consistent(db: sqlite_utils.Database) -> None:
    """FTS5's own check that each external-content index matches its table."""
    for table, _ in store.schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")


# --------------------------------------------------------------------------- search


def test_search_finds_quotes_by_words_speaker_and_title(filled) -> None:
    found = search_quotes(filled, "Kursk")
    # Lopez's words hold "Kursk"; the other article's title does (all three of its quotes).
    assert [(h.quote.id, h.matched) for h in found.hits] == [
        (Q_LOPEZ, "quote"),
        (Q_ZINOVIEV, "title"),
        (Q_PROVOCATION, "title"),
        (Q_TERM, "title"),
    ]
    assert (found.by_words, found.speakers, found.titles) == (1, 0, 1)
    by_name = search_quotes(filled, "zinoviev")
    assert [(h.quote.id, h.matched) for h in by_name.hits] == [(Q_ZINOVIEV, "speaker")]
    assert (by_name.speakers, by_name.by_speaker) == (1, 1)
    # An alias, accents folded, a prefix, a phrase, OR.
    assert ids(h.quote for h in search_quotes(filled, "Lopéz").hits) == [Q_LOPEZ]
    assert ids(h.quote for h in search_quotes(filled, "provoc*").hits) == [Q_PROVOCATION]
    assert ids(h.quote for h in search_quotes(filled, '"well aware"').hits) == [Q_ZINOVIEV]
    assert ids(h.quote for h in search_quotes(filled, "“aware well”").hits) == []
    both = search_quotes(filled, "deficit OR provocation")
    assert sorted(ids(h.quote for h in both.hits)) == sorted([Q_LOPEZ, Q_PROVOCATION])
    assert ids(h.quote for h in search_quotes(filled, "Kursk", limit=2).hits) == [
        Q_LOPEZ,
        Q_ZINOVIEV,
    ]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_typed_search_is_a_valid_query(filled, typed: str) -> None:
    search = fts.parse(typed)
    result = search_quotes(filled, typed, limit=0)  # never an FTS5 syntax error
    if search.match is None:
        assert result.hits == []
    if not typed:
        return  # no search: the filter is off
    # The command line's search and the review app's filter are two readings of one search.
    listed = ids(store.iter_quotes(filled, where=QuoteFilter(search=typed)))
    assert sorted(listed) == sorted(h.quote.id for h in result.hits)
    assert store.count_quotes(filled, where=QuoteFilter(search=typed)) == len(listed)


@pytest.mark.parametrize(
    "typed", ["pic.twitter.com/", 'a"b', "NOT", "OR OR", "(", "U.S.-led", "*", ":", "-x", "AND"]
)
def test_punctuation_is_data_not_syntax(filled, typed: str) -> None:
    search_quotes(filled, typed)
    assert search_quotes(filled, "pic.twitter.com").hits[0].quote.id == Q_TERM


def test_search_index_follows_ingest_reingest_and_speaker_changes(filled) -> None:
    fts_consistent(filled)
    edited = D1.replace("“a provocation”", "“a deliberate provocation”")
    save(filled, "d1", edited, [(edited, q if "provocation" not in q else
                                 "“a deliberate provocation”", s, k, c)
                                for _, q, s, k, c in QUOTES[:3]])  # fmt: skip
    assert ids(h.quote for h in search_quotes(filled, "deliberate").hits) == [
        qid(edited, "“a deliberate provocation”", "d1")
    ]
    # Dropped from the article: out of the index too.
    save(filled, "d2", D2, QUOTES[3:4])
    assert search_quotes(filled, "quiet").by_words == 0
    fts_consistent(filled)
    # A rename is found by its new name; a merge moves the aliases the search reads.
    store.rename_speaker(filled, "maria-lopez", "María López-Ruiz", "ana")
    assert [h.matched for h in search_quotes(filled, "Ruiz").hits] == ["speaker"]
    store.merge_speakers(filled, "foreign-ministry", "georgy-zinoviev", "ana")
    hits = search_quotes(filled, '"foreign ministry"').hits
    assert {h.quote.id for h in hits} == {
        Q_ZINOVIEV,
        qid(edited, "“a deliberate provocation”", "d1"),
    }
    fts_consistent(filled)


def test_sqlite_utils_and_datasette_find_the_indexes(filled) -> None:
    assert filled["quotes"].detect_fts() == "quotes_fts"
    assert filled["documents"].detect_fts() == "documents_fts"
    rows = list(filled["quotes"].search("deficit", columns=["id"]))
    assert rows == [{"id": Q_LOPEZ}]
    assert [r["id"] for r in filled["documents"].search("Madrid", columns=["id"])] == ["d2"]


# --------------------------------------------------------------------------- filters


def every(db, **kw) -> list[str]:
    return ids(store.iter_quotes(db, batch=2, **kw))


FILTERS = [
    (QuoteFilter(kind=NOT_TERMS), {Q_ZINOVIEV, Q_PROVOCATION, Q_LOPEZ, Q_PENCE}),
    (QuoteFilter(kind="term"), {Q_TERM}),
    (QuoteFilter(kind="written"), {Q_PROVOCATION}),
    (QuoteFilter(min_confidence=0.95), {Q_ZINOVIEV, Q_LOPEZ}),
    (QuoteFilter(min_confidence=0.6, below_confidence=0.9), {Q_PROVOCATION, Q_PENCE}),
    (QuoteFilter(document_id="d2"), {Q_LOPEZ, Q_PENCE}),
    (QuoteFilter(source="Herald"), {Q_LOPEZ, Q_PENCE}),
    (QuoteFilter(published_from="2026-02", published_to="2026-02"), {Q_ZINOVIEV, Q_PROVOCATION,
                                                                       Q_TERM}),
    (QuoteFilter(published_from="2026-03-01"), {Q_LOPEZ, Q_PENCE}),
    (QuoteFilter(search="Kursk"), {Q_LOPEZ, Q_ZINOVIEV, Q_PROVOCATION, Q_TERM}),
    (QuoteFilter(search="Kursk", kind=NOT_TERMS, source="Daily"), {Q_ZINOVIEV, Q_PROVOCATION}),
    (QuoteFilter(search="nothing-like-it"), set()),
]  # fmt: skip


@pytest.mark.parametrize(("where", "expected"), FILTERS)
@pytest.mark.parametrize("order", ["position", "confidence"])
def test_each_filter_lists_and_counts_the_same_quotes(filled, where, expected, order) -> None:
    listed = every(filled, where=where, order=order)
    assert set(listed) == expected and len(listed) == len(expected)
    assert store.count_quotes(filled, where=where) == len(expected)
    unreviewed = store.count_quotes(filled, statuses=["unreviewed"], where=where)
    assert unreviewed == len(expected)


def test_terms_are_counted_apart_for_a_speaker_too(filled) -> None:
    # An analyst gives the term a speaker: it is still a term, counted as one.
    store.correct(filled, Q_TERM, "ana", speaker_id="georgy-zinoviev")
    quotes = QuoteFilter(kind=NOT_TERMS)
    assert store.count_quotes(filled, ["georgy-zinoviev"], where=quotes) == 1
    assert store.count_quotes(filled, ["georgy-zinoviev"], where=QuoteFilter(kind="term")) == 1
    assert store.count_quotes(filled, ["georgy-zinoviev"]) == 2


def test_reviewer_flag_and_note_filters(filled) -> None:
    store.confirm(filled, Q_LOPEZ, "ana")
    store.reject(filled, Q_PENCE, "ben")
    set_flag(filled, Q_ZINOVIEV, "ana", True)
    set_note(filled, Q_PENCE, "ben", "transcript: check the tape")
    assert every(filled, where=QuoteFilter(reviewer="ben")) == [Q_PENCE]
    assert every(filled, where=QuoteFilter(flagged=True)) == [Q_ZINOVIEV]
    assert every(filled, where=QuoteFilter(noted=True)) == [Q_PENCE]
    assert store.count_quotes(filled, where=QuoteFilter(noted=True, reviewer="ana")) == 0


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        QuoteFilter(kind="poem")


# --------------------------------------------------------------------------- notes and flags


def test_notes_and_flags_are_logged_and_kept_by_decisions(filled) -> None:
    noted = set_note(filled, Q_ZINOVIEV, "ana", "  ask the embassy  ", session="s1")
    assert noted.note == "ask the embassy" and noted.status == "unreviewed"
    flagged = set_flag(filled, Q_ZINOVIEV, "ana", True, expected=noted, session="s1")
    assert flagged.flag is True
    confirmed = store.confirm(filled, Q_ZINOVIEV, "ana", expected=flagged, session="s1")
    assert (confirmed.status, confirmed.note, confirmed.flag) == (
        "confirmed",
        "ask the embassy",
        True,
    )
    entries = log(filled)
    assert [e["action"] for e in entries] == ["note", "flag", "confirm"]
    first = json.loads(entries[0]["after"])
    assert (json.loads(entries[0]["before"])["note"], first["note"]) == (None, "ask the embassy")
    # Undo goes back step by step: the decision (the note stays), then the flag, the note.
    store.undo_last(filled, "ana", session="s1")
    row = store.get_quote(filled, Q_ZINOVIEV)
    assert (row.status, row.note, row.flag) == ("unreviewed", "ask the embassy", True)
    store.undo_last(filled, "ana", session="s1")
    assert store.get_quote(filled, Q_ZINOVIEV).flag is False
    store.undo_last(filled, "ana", session="s1")
    assert store.get_quote(filled, Q_ZINOVIEV).note is None
    # A blank note clears it; the same note again writes nothing.
    set_note(filled, Q_PENCE, "ana", "x")
    set_note(filled, Q_PENCE, "ana", "x")
    assert set_note(filled, Q_PENCE, "ana", "   ").note is None
    assert [e["action"] for e in log(filled)].count("note") == 3


def test_undoing_a_decision_keeps_a_later_note_of_someone_else(filled) -> None:
    store.confirm(filled, Q_LOPEZ, "ana", session="s1")
    set_note(filled, Q_LOPEZ, "ben", "seen", session="s2")
    store.undo_last(filled, "ana", session="s1")
    row = store.get_quote(filled, Q_LOPEZ)
    assert (row.status, row.note) == ("unreviewed", "seen")


def test_a_note_changed_since_is_not_undone_nor_overwritten(filled) -> None:
    seen = store.get_quote(filled, Q_LOPEZ)
    set_note(filled, Q_LOPEZ, "ana", "mine", session="s1")
    with pytest.raises(store.Conflict):
        set_note(filled, Q_LOPEZ, "ben", "theirs", expected=seen, session="s2")
    set_note(filled, Q_LOPEZ, "ben", "theirs", session="s2")
    undone = store.undo_last(filled, "ana", session="s1")
    assert type(undone).__name__ == "UndoRefused"
    assert store.get_quote(filled, Q_LOPEZ).note == "theirs"


def test_a_flag_is_undone_though_someone_noted_the_quote_since(filled) -> None:
    set_flag(filled, Q_LOPEZ, "ana", True, session="s1")
    set_note(filled, Q_LOPEZ, "ben", "seen", session="s2")
    store.undo_last(filled, "ana", session="s1")  # the note is ben's and stays
    row = store.get_quote(filled, Q_LOPEZ)
    assert (row.flag, row.note) == (False, "seen")


def test_a_note_follows_its_words_and_is_never_deleted(filled) -> None:
    set_note(filled, Q_PROVOCATION, "ana", "which provocation?")
    set_flag(filled, Q_TERM, "ana", True)
    # A paragraph inserted above: the words move, the note moves with them.
    moved = D1.replace("Kursk front holds\n\n", "Kursk front holds\n\nA new paragraph.\n\n")
    save(filled, "d1", moved, [(moved, q, s, k, c) for _, q, s, k, c in QUOTES[:3]])
    now = store.get_quote(filled, qid(moved, "“a provocation”", "d1"))
    assert (now.note, now.status) == ("which provocation?", "unreviewed")
    assert store.get_quote(filled, Q_PROVOCATION) is None
    # The flagged term is no longer found: it is kept, stale, with its flag.
    save(filled, "d1", moved, [(moved, q, s, k, c) for _, q, s, k, c in QUOTES[:2]])
    kept = [r for r in store.iter_quotes(filled, include_stale=True, document_id="d1")
            if r.text == "“pic.twitter.com/abc”"]  # fmt: skip
    assert len(kept) == 1 and kept[0].flag and kept[0].stale


# --------------------------------------------------------------------------- many at once


def test_decide_many_is_one_step_with_one_log_row_per_quote(filled) -> None:
    counted = {q.id: quote_version(q) for q in store.iter_quotes(
        filled, where=QuoteFilter(kind=NOT_TERMS, min_confidence=0.9))}  # fmt: skip
    assert set(counted) == {Q_ZINOVIEV, Q_LOPEZ}
    done = decide_many(filled, ReviewAction.CONFIRM, counted, "ana", session="s1")
    assert set(done.decided) == {Q_ZINOVIEV, Q_LOPEZ} and done.skipped == ()
    rows = [e for e in log(filled) if e["action"] == "confirm"]
    assert len(rows) == 2 and {r["batch"] for r in rows} == {done.batch} == {rows[0]["id"]}
    assert {store.get_quote(filled, q).status for q in counted} == {"confirmed"}
    undone = store.undo_last(filled, "ana", session="s1")
    assert set(undone.quote_ids) == {Q_ZINOVIEV, Q_LOPEZ}
    assert {store.get_quote(filled, q).status for q in counted} == {"unreviewed"}
    assert store.undo_last(filled, "ana", session="s1") is None


def test_decide_many_skips_what_changed_since_it_was_counted(filled) -> None:
    counted = {q.id: quote_version(q) for q in store.iter_quotes(filled)}
    store.reject(filled, Q_PENCE, "ben")  # another analyst, meanwhile
    set_note(filled, Q_LOPEZ, "ben", "a note is no decision: still decided")
    done = decide_many(filled, ReviewAction.REJECT, counted, "ana")
    assert done.skipped == (Q_PENCE,)
    assert store.get_quote(filled, Q_PENCE).reviewer == "ben"
    assert store.get_quote(filled, Q_LOPEZ).status == "rejected"
    nothing = decide_many(filled, ReviewAction.CONFIRM, {Q_PENCE: counted[Q_PENCE]}, "ana")
    assert nothing == type(nothing)((), (Q_PENCE,), None)
    with pytest.raises(ValueError, match="confirms or rejects"):
        decide_many(filled, ReviewAction.CORRECT, counted, "ana")


# --------------------------------------------------------------------------- export and views


def export_rows(db, **options: Any) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    export_quotes(db, out, raw=True, **options)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_a_confirmed_term_is_no_verified_quote(filled) -> None:
    for quote in (Q_ZINOVIEV, Q_TERM, Q_PENCE):
        store.confirm(filled, quote, "ana")
    assert [r["quote_id"] for r in export_rows(filled)] == [Q_ZINOVIEV, Q_PENCE]
    assert Q_TERM in {r["quote_id"] for r in export_rows(filled, all_statuses=True)}
    store.correct(filled, Q_TERM, "ana", speaker_id="georgy-zinoviev")
    term = {r["quote_id"]: r for r in export_rows(filled)}[Q_TERM]
    assert (term["speaker"], term["kind"]) == ("Georgy Zinoviev", "term")
    view = [
        r["quote_id"] for r in filled["verified_quotes"].rows_where(order_by="document_id, start")
    ]
    assert view == [r["quote_id"] for r in export_rows(filled)]


def test_export_evidence_and_the_engine_speaker_after_a_merge(filled) -> None:
    store.confirm(filled, Q_PROVOCATION, "ana")
    store.confirm(filled, Q_PENCE, "ana")
    set_note(filled, Q_PENCE, "ana", "transcript")
    set_flag(filled, Q_PENCE, "ana", True)
    store.merge_speakers(filled, "foreign-ministry", "georgy-zinoviev", "ana")
    rows = {r["quote_id"]: r for r in export_rows(filled)}
    merged, pence = rows[Q_PROVOCATION], rows[Q_PENCE]
    assert (merged["speaker"], merged["engine_speaker"]) == ("Georgy Zinoviev", "Foreign Ministry")
    assert (merged["speaker_id"], merged["speaker_kind"]) == ("georgy-zinoviev", "person")
    assert D1[int(merged["start"]) : int(merged["end"])] == merged["quote"]
    assert (merged["mention"], merged["cue"], merged["kind"], merged["method"]) == (
        "Foreign Ministry", "said", "written", "test rule",
    )  # fmt: skip
    assert (pence["note"], pence["flag"]) == ("transcript", "1")
    assert pence["quote_plain"] == "Well, look, the front is quiet."
    assert merged["quote_plain"] == "a provocation"
    # JSON Lines carry the same columns, numbers as numbers.
    out = io.StringIO()
    export_quotes(filled, out, fmt="jsonl")
    record = json.loads(out.getvalue().splitlines()[-1])
    assert (record["start"], record["flag"], record["quote_plain"]) == (
        D2.index('"PENCE'), 1, "Well, look, the front is quiet.",
    )  # fmt: skip


def test_the_effective_speaker_is_visible_to_sqlite_utils(filled) -> None:
    store.correct(filled, Q_PENCE, "ana", "Tim Kaine")
    # A generated column: PRAGMA table_info (and so sqlite-utils) does not list it on quotes.
    assert "speaker_id" not in filled["quotes"].columns_dict
    final = filled["quotes_final"]
    assert {"speaker_id", "speaker_name", "speaker_kind", "engine_speaker_name"} <= set(
        final.columns_dict
    )
    row = next(final.rows_where("id = ?", [Q_PENCE]))
    assert (row["speaker_name"], row["engine_speaker_name"]) == ("Tim Kaine", "Mike Pence")
    store.confirm(filled, Q_LOPEZ, "ana")
    verified = {r["quote_id"]: r for r in filled["verified_quotes"].rows}
    assert {"speaker", "speaker_id", "engine_speaker", "mention", "note", "flag"} <= set(
        filled["verified_quotes"].columns_dict
    )
    assert verified[Q_PENCE]["speaker"] == "Tim Kaine"
    assert verified[Q_LOPEZ]["url"] == "https://x.test/d2"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("“We will respond,”", "We will respond"),
        ('"PENCE: Well, look, it is."', "Well, look, it is."),
        ("“Q: Is it? A: It is.”", "Is it? A: It is."),
        ("“One.\n\n“Two,” he said", "One.\n\nTwo,” he said"),
        ("“First paragraph.\n\n“Second paragraph.”", "First paragraph.\n\nSecond paragraph."),
        ("“He said ‘no’ twice.”", "He said ‘no’ twice."),
        ("«Ничего»", "Ничего"),
        ("“US: a view”", "US: a view"),
        ("", ""),
    ],
)
def test_plain_quote(text: str, plain: str) -> None:
    assert plain_quote(text) == plain


# --------------------------------------------------------------------------- migration


def test_m011_upgrades_a_stored_database(db_path: Path) -> None:
    old = sqlite_utils.Database(db_path)
    store.migrations.apply(old, stop_before="m011_workbench")
    old.execute(
        "INSERT INTO documents (id, title, text, sha256, ingested_at)"
        " VALUES ('d1', 'Kursk front', 'He said “we hold.”', '', 'now')"
    )
    old.execute("INSERT INTO speakers (id, name, created_at) VALUES ('kim', 'Kim Jong', 'now')")
    old.execute(
        "INSERT INTO article_speakers (document_id, local_id, record, speaker_id)"
        " VALUES ('d1', 'a1', ?, 'kim')",
        (json.dumps({"id": "a1", "name": "Kim"}),),
    )
    old.execute(
        'INSERT INTO quotes (id, document_id, start, "end", text, engine_speaker_id,'
        " engine_local_speaker) VALUES ('q1', 'd1', 8, 17, '“we hold.”', 'kim', 'a1')"
    )
    old.close()
    with contextlib.closing(store.open_db(db_path)) as db:
        quote = store.get_quote(db, "q1")
        assert (quote.engine_speaker_name, quote.speaker_name) == ("Kim", "Kim Jong")
        assert (quote.note, quote.flag) == (None, False)
        assert ids(h.quote for h in search_quotes(db, "hold").hits) == ["q1"]
        assert ids(h.quote for h in search_quotes(db, "kursk").hits) == ["q1"]
        fts_consistent(db)


def test_a_dropped_search_index_is_named_as_damage(filled, db_path: Path) -> None:
    filled.execute("DROP TRIGGER quotes_au")
    filled.close()
    with pytest.raises(store.Damaged, match="trigger quotes_au is missing"):
        store.open_db(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5


@pytest.mark.parametrize("order", ["position", "confidence"])
@pytest.mark.parametrize("statuses", [None, ["confirmed", "rejected"], ["unreviewed"]])
def test_flag_note_and_reviewer_queues_page_in_order(filled, order, statuses) -> None:
    # Read from their own partial indexes and sorted per page: the order and the pages must be
    # those of the plain queue, filtered.
    every_id = [Q_ZINOVIEV, Q_PROVOCATION, Q_TERM, Q_LOPEZ, Q_PENCE]
    for qid in every_id[:4]:
        set_flag(filled, qid, "ana", True)
        set_note(filled, qid, "ana", "n")
    store.confirm(filled, Q_LOPEZ, "ana")
    store.reject(filled, Q_ZINOVIEV, "ana")
    store.confirm(filled, Q_TERM, "ana")
    plain = every(filled, order=order, statuses=statuses)
    rows = {r.id: r for r in store.iter_quotes(filled)}
    for where, keep in (
        (QuoteFilter(flagged=True), lambda r: r.flag),
        (QuoteFilter(noted=True), lambda r: r.note is not None),
        (QuoteFilter(reviewer="ana"), lambda r: r.reviewer == "ana"),
        (QuoteFilter(reviewer="ana", flagged=True), lambda r: r.reviewer == "ana" and r.flag),
    ):
        expected = [q for q in plain if keep(rows[q])]
        assert every(filled, where=where, order=order, statuses=statuses) == expected
        assert store.count_quotes(filled, statuses=statuses, where=where) == len(expected)
