"""The SQLite store, on real files. Engine results are built by hand: the store needs no spaCy."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
import records
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetui import names, store
from quotetui.model import (
    DecisionUndone,
    Document,
    MergeUndone,
    QuoteRow,
    ReviewAction,
    ReviewStatus,
    StaleFlag,
)

TEXT = (
    "Russian Ambassador Georgy Zinoviev said “Russia is well aware of this.” "
    "The Foreign Ministry called it “a provocation”. "
    "“We will respond,” the spokesperson added."
)
SPEAKERS = {
    "georgy-zinoviev": {
        "id": "georgy-zinoviev",
        "name": "Georgy Zinoviev",
        "kind": "person",
        "aliases": ["Zinoviev", "Russian Ambassador Georgy Zinoviev"],
    },
    "foreign-ministry": {
        "id": "foreign-ministry",
        "name": "Foreign Ministry",
        "kind": "organisation",
        "aliases": ["The Foreign Ministry"],
    },
    "spokesperson": {
        "id": "spokesperson",
        "name": "Foreign Ministry spokesperson",
        "kind": "unnamed",
        "aliases": ["the spokesperson"],
    },
}
# quote text → (speaker id, kind, confidence)
QUOTES = {
    "“Russia is well aware of this.”": ("georgy-zinoviev", "speech", 0.9),
    "“a provocation”": ("foreign-ministry", "written", 0.6),
    "“We will respond,”": ("spokesperson", "speech", None),
}


def make_doc(text: str = TEXT, doc_id: str = "d1", **extra: Any) -> Document:
    fields = {
        "id": doc_id,
        "title": "Envoy speaks",
        "source": "Daily",
        "url": None,
        "date": "2026-02-13",
        "text": text,
        "path": f"corpus/{doc_id}.txt",
    }
    return Document(**{**fields, **extra})


def make_quote(text: str, quote: str, speaker_id: str | None, kind: str = "speech", **extra: Any):
    start = text.index(quote)
    speaker = SPEAKERS[speaker_id]["name"] if speaker_id else None
    return {
        "start": start,
        "end": start + len(quote),
        "text": quote,
        "speaker": speaker,
        "speaker_id": speaker_id,
        "speaker_mention": speaker,
        "speaker_start": None,
        "speaker_end": None,
        "cue": "said",
        "cue_start": None,
        "cue_end": None,
        "kind": kind,
        "partial": False,
        "occasion": None,
        "occasion_date": None,
        "confidence": 0.8,
        "method": "test",
        **extra,
    }


def make_result(text: str = TEXT, quotes: dict | None = None, speakers: dict | None = None):
    quotes = QUOTES if quotes is None else quotes
    speakers = SPEAKERS if speakers is None else speakers
    # Quotes the (edited) text no longer has are not found by the "engine".
    quotes = {q: v for q, v in quotes.items() if q in text}
    built = [
        make_quote(text, q, sid, kind, confidence=conf) for q, (sid, kind, conf) in quotes.items()
    ]
    used = {sid for sid, _, _ in quotes.values() if sid}
    return records.result(built, [speakers[s] for s in sorted(used)])


def ingest(db, text: str = TEXT, doc_id: str = "d1", **kw) -> store.SaveReport:
    return store.save_document(db, make_doc(text, doc_id), make_result(text, **kw))


def qid(text: str, quote: str, doc_id: str = "d1") -> str:
    start = text.index(quote)
    return store.quote_id(doc_id, start, start + len(quote))


def reviews(db) -> list[dict]:
    return list(db.query("SELECT * FROM reviews ORDER BY id"))


def assert_counters_consistent(db) -> None:
    """The trigger-kept speaker counters equal a GROUP BY over the quotes."""
    expected = {
        row["speaker_id"]: (row["total"], row["unreviewed"])
        for row in db.query(
            "SELECT speaker_id, count(*) AS total, sum(status = 'unreviewed') AS unreviewed"
            " FROM quotes WHERE stale = 0 AND speaker_id IS NOT NULL GROUP BY speaker_id"
        )
    }
    for row in db.query("SELECT id, quote_count, unreviewed_count FROM speakers"):
        assert (row["quote_count"], row["unreviewed_count"]) == expected.get(row["id"], (0, 0)), (
            row["id"]
        )


# --------------------------------------------------------------------------- schema


def test_schema_is_created(db, db_path: Path) -> None:
    tables = set(db.table_names())
    assert {"documents", "speakers", "speaker_aliases", "quotes", "reviews"} <= tables
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    columns = {row[1]: row for row in db.execute("PRAGMA table_xinfo(quotes)")}
    assert columns["speaker_id"][6] == 2  # hidden=2: a VIRTUAL generated column
    assert columns["status"][4] == "'unreviewed'"
    indexes = {i.name: i.columns for i in db["quotes"].indexes}
    assert indexes["idx_quotes_speaker_status_pos"] == [
        "speaker_id",
        "status",
        "document_id",
        "start",
    ]
    assert ["status", "document_id", "start"] in indexes.values()
    assert ["speaker_id", "status", "confidence"] in indexes.values()
    assert "alias_key" in {c for i in db["speaker_aliases"].indexes for c in i.columns}
    assert store.schema_version(db) == len(store.migrations._migrations)


def test_the_speaker_filter_uses_an_index(db) -> None:
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM quotes WHERE speaker_id = ? AND status = ?"
        " ORDER BY document_id, start",
        ("x", "unreviewed"),
    ).fetchall()
    detail = " ".join(row[3] for row in plan)
    assert "idx_quotes_speaker_status_pos" in detail
    assert "TEMP B-TREE" not in detail


def test_quotes_final_has_a_column_for_every_quote_row_field(db) -> None:
    columns = [row[1] for row in db.execute("PRAGMA table_info(quotes_final)")]
    assert columns == ["quote_rowid", *(f.name for f in dataclasses.fields(QuoteRow))]


def test_quotes_final_gives_the_analysts_answer_over_the_engines(db) -> None:
    text = "He said “yes” at the summit. She said “no”."
    result = records.result(
        [
            make_quote(text, "“yes”", "georgy-zinoviev", occasion="summit", occasion_date="2026"),
            make_quote(text, "“no”", "spokesperson", occasion="call"),
        ],
        [SPEAKERS["georgy-zinoviev"], SPEAKERS["spokesperson"]],
    )
    store.save_document(db, make_doc(text), result)
    yes, no = qid(text, "“yes”"), qid(text, "“no”")
    store.correct(db, yes, "ann", speaker_id="spokesperson", occasion=None)
    sql = (
        "SELECT speaker_id, speaker_name, engine_speaker_name, final_occasion,"
        " final_occasion_date FROM quotes_final WHERE id = ?"
    )
    assert db.execute(sql, (yes,)).fetchone() == (
        "spokesperson",
        "Foreign Ministry spokesperson",
        "Georgy Zinoviev",
        None,  # the analyst said there was none
        "2026",  # not corrected: the engine's
    )
    assert db.execute(sql, (no,)).fetchone() == (
        "spokesperson",
        "Foreign Ministry spokesperson",
        "Foreign Ministry spokesperson",
        "call",
        None,
    )


def test_paging_through_quotes_final_is_an_index_range(db) -> None:
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM quotes_final q WHERE q.speaker_id = ?"
        " AND q.status = ? AND (q.document_id, q.start, q.quote_rowid) > (?, ?, ?)"
        " ORDER BY q.document_id, q.start, q.quote_rowid LIMIT 50",
        ("x", "unreviewed", "d", 0, 0),
    ).fetchall()
    detail = " ".join(row[3] for row in plan)
    assert "idx_quotes_speaker_status_pos" in detail
    assert "TEMP B-TREE" not in detail


def test_migrations_are_idempotent(db, db_path: Path) -> None:
    ingest(db)
    store.ensure_schema(db)
    store.ensure_schema(db)
    version = store.schema_version(db)
    db.close()
    again = store.open_db(db_path)
    assert store.schema_version(again) == version
    assert again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == version
    assert again.execute("SELECT count(*) FROM quotes").fetchone()[0] == 3
    again.close()


def test_an_older_schema_is_migrated_forward(db_path: Path) -> None:
    old = sqlite_utils.Database(db_path)
    store.migrations.apply(old, stop_before="m002_partial_indexes")
    assert store.schema_version(old) == 1
    old.close()
    db = store.open_db(db_path)
    # Was "== 2" while the schema had two migrations; now: every migration there is.
    assert store.schema_version(db) == len(store.migrations._migrations)
    names = {i.name for i in db["quotes"].indexes}
    assert {"idx_quotes_stale", "idx_quotes_reviewed_speaker_partial"} <= names
    assert "idx_quotes_reviewed_speaker" not in names
    db.close()


def test_ensure_schema_on_a_plain_sqlite_utils_database(tmp_path: Path) -> None:
    plain = sqlite_utils.Database(tmp_path / "plain.db")
    store.ensure_schema(plain)
    store.ensure_schema(plain)
    assert "quotes" in plain.table_names()


def test_reviews_log_refuses_update_and_delete(db) -> None:
    ingest(db)
    store.confirm(db, qid(TEXT, "“a provocation”"), "ann")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE reviews SET reviewer = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM reviews")
    assert [r["reviewer"] for r in reviews(db)] == ["ann"]


# --------------------------------------------------------------------------- ingest


def test_save_document_stores_document_quotes_and_speakers(db) -> None:
    report = ingest(db)
    assert report.quotes == 3
    assert report.new_quotes == 3
    assert report.new_speakers == 3
    assert report.quotes_by_kind == {"speech": 2, "written": 1}
    doc = store.get_document(db, "d1")
    assert doc.title == "Envoy speaks"
    assert doc.date == "2026-02-13"
    assert doc.path == "corpus/d1.txt"
    assert len(doc.sha256) == 64
    assert doc.ingested_at.endswith("Z")
    quote = store.get_quote(db, qid(TEXT, "“Russia is well aware of this.”"))
    assert quote.text == TEXT[quote.start : quote.end]
    assert quote.speaker_id == quote.engine_speaker_id == "georgy-zinoviev"
    assert quote.speaker_name == "Georgy Zinoviev"
    assert quote.status == "unreviewed"
    assert quote.partial is False
    assert quote.document_title == "Envoy speaks"
    assert quote.document_source == "Daily"
    assert quote.document_date == "2026-02-13"
    zinoviev = store.find_speaker(db, "Zinoviev")
    assert zinoviev.id == "georgy-zinoviev"
    assert zinoviev.kind == "person"
    assert set(zinoviev.aliases) == {
        "Georgy Zinoviev",
        "Zinoviev",
        "Russian Ambassador Georgy Zinoviev",
    }
    assert_counters_consistent(db)


def test_resaving_the_same_document_changes_nothing_and_keeps_aliases(db) -> None:
    ingest(db)
    speakers = {**SPEAKERS, "georgy-zinoviev": {**SPEAKERS["georgy-zinoviev"], "aliases": []}}
    report = ingest(db, speakers=speakers)
    assert report.new_quotes == 0
    assert report.new_speakers == 0
    assert report.removed == 0
    assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert "Zinoviev" in store.find_speaker(db, "georgy-zinoviev").aliases
    assert_counters_consistent(db)


def test_engine_fields_are_updated_on_reingest(db) -> None:
    ingest(db)
    quote_text = "“a provocation”"
    changed = make_result()
    changed = dataclasses.replace(
        changed,
        quotes=tuple(
            q.replace(cue="called", confidence=0.95) if q.text == quote_text else q
            for q in changed.quotes
        ),
    )
    store.save_document(db, make_doc(), changed)
    quote = store.get_quote(db, qid(TEXT, quote_text))
    assert (quote.cue, quote.confidence) == ("called", 0.95)


def test_decisions_survive_reingest_of_the_same_text(db) -> None:
    ingest(db)
    q1, q2, q3 = (qid(TEXT, q) for q in QUOTES)
    store.confirm(db, q1, "ann")
    store.reject(db, q2, "ann")
    store.correct(db, q3, "bob", speaker_name="Maria Zakharova", occasion="briefing")
    report = ingest(db)
    assert report.kept == 3
    assert report.carried == [] and report.orphaned == []
    assert store.get_quote(db, q1).status == "confirmed"
    assert store.get_quote(db, q2).status == "rejected"
    corrected = store.get_quote(db, q3)
    assert corrected.status == "corrected"
    assert corrected.speaker_name == "Maria Zakharova"
    assert corrected.final_occasion == "briefing"
    assert corrected.reviewer == "bob"
    assert_counters_consistent(db)


def test_decisions_are_carried_when_an_edited_article_moves_the_quotes(db) -> None:
    ingest(db)
    old_q1 = qid(TEXT, "“Russia is well aware of this.”")
    old_q2 = qid(TEXT, "“a provocation”")
    store.confirm(db, old_q1, "ann")
    store.correct(db, old_q2, "ann", speaker_name="Zinoviev")

    edited = "UPDATED with the ministry's reply.\n\n" + TEXT
    report = ingest(db, text=edited)

    new_q1 = qid(edited, "“Russia is well aware of this.”")
    new_q2 = qid(edited, "“a provocation”")
    assert new_q1 != old_q1
    assert sorted(report.carried) == sorted([(old_q1, new_q1), (old_q2, new_q2)])
    assert report.orphaned == []
    assert store.get_quote(db, old_q1) is None
    moved = store.get_quote(db, new_q1)
    assert (moved.status, moved.reviewer) == ("confirmed", "ann")
    assert store.get_quote(db, new_q2).speaker_id == "georgy-zinoviev"
    carries = [r for r in reviews(db) if r["action"] == "carry"]
    assert {(json.loads(r["before"])["quote_id"], r["quote_id"]) for r in carries} == {
        (old_q1, new_q1),
        (old_q2, new_q2),
    }
    assert_counters_consistent(db)


def test_a_repeated_quote_text_carries_to_the_nearest_occurrence(db) -> None:
    text = "He said “yes”. Later she said “yes”."
    first = text.index("“yes”")
    second = text.index("“yes”", first + 1)
    result = records.result(
        [
            make_quote(text, "“yes”", "georgy-zinoviev"),
            {**make_quote(text, "“yes”", "spokesperson"), "start": second, "end": second + 5},
        ],
        [SPEAKERS["georgy-zinoviev"], SPEAKERS["spokesperson"]],
    )
    store.save_document(db, make_doc(text), result)
    second_id = store.quote_id("d1", second, second + 5)
    store.reject(db, second_id, "ann")

    edited = text.replace("Later", "Much later")
    shifted = edited.index("“yes”", edited.index("“yes”") + 1)
    moved = result.quotes[1].replace(start=shifted, end=shifted + 5)
    result = dataclasses.replace(result, quotes=(result.quotes[0], moved))
    report = store.save_document(db, make_doc(edited), result)
    assert report.carried == [(second_id, store.quote_id("d1", shifted, shifted + 5))]
    assert store.get_quote(db, store.quote_id("d1", first, first + 5)).status == "unreviewed"


def test_a_reviewed_quote_that_disappears_is_kept_stale_and_reported(db) -> None:
    ingest(db)
    gone = qid(TEXT, "“We will respond,”")
    unreviewed_gone = qid(TEXT, "“a provocation”")
    store.reject(db, gone, "ann")

    edited = TEXT.replace("“We will respond,”", "They will respond,").replace(
        "“a provocation”", "a provocation"
    )
    report = ingest(
        db,
        text=edited,
        quotes={"“Russia is well aware of this.”": QUOTES["“Russia is well aware of this.”"]},
    )
    assert report.orphaned == [(gone, "“We will respond,”")]
    assert report.removed == 1
    assert store.get_quote(db, unreviewed_gone) is None
    stale = store.get_quote(db, gone)
    assert stale.stale is True and stale.status == "rejected"
    assert gone not in {q.id for q in store.iter_quotes(db)}
    assert gone in {q.id for q in store.iter_quotes(db, include_stale=True)}
    assert store.count_quotes(db) == 1
    assert any(r["action"] == "stale" and r["quote_id"] == gone for r in reviews(db))
    # Reported again on the next ingest, logged once.
    again = ingest(
        db,
        text=edited,
        quotes={"“Russia is well aware of this.”": QUOTES["“Russia is well aware of this.”"]},
    )
    assert again.orphaned == [(gone, "“We will respond,”")]
    assert sum(r["action"] == "stale" for r in reviews(db)) == 1
    # And revived with its decision when the article gets the quote back.
    ingest(db)
    revived = store.get_quote(db, gone)
    assert (revived.stale, revived.status) == (False, "rejected")
    assert_counters_consistent(db)


def test_a_stale_decision_is_carried_when_its_text_comes_back_elsewhere(db) -> None:
    ingest(db)
    quote = "“a provocation”"
    old = qid(TEXT, quote)
    store.confirm(db, old, "ann")
    without = TEXT.replace(quote, "a provocation")
    only_q1 = {"“Russia is well aware of this.”": QUOTES["“Russia is well aware of this.”"]}
    assert ingest(db, text=without, quotes=only_q1).orphaned == [(old, quote)]
    back = "Breaking. " + TEXT
    report = ingest(db, text=back)
    assert report.carried == [(old, qid(back, quote))]
    assert store.get_quote(db, qid(back, quote)).status == "confirmed"
    assert store.get_quote(db, old) is None


def test_a_confirmed_speaker_is_pinned_when_the_engine_changes_its_mind(db) -> None:
    ingest(db)
    q1 = qid(TEXT, "“Russia is well aware of this.”")
    store.confirm(db, q1, "ann")
    changed = dict(QUOTES)
    changed["“Russia is well aware of this.”"] = ("spokesperson", "speech", 0.4)
    report = ingest(db, quotes=changed)
    assert report.kept == 1
    quote = store.get_quote(db, q1)
    assert quote.engine_speaker_id == "spokesperson"
    assert quote.speaker_id == "georgy-zinoviev"  # what ann confirmed
    assert quote.status == "confirmed"
    assert [r["action"] for r in reviews(db)][-1] == "pin"
    assert_counters_consistent(db)


def test_save_documents_writes_a_batch(db) -> None:
    pairs = [(make_doc(doc_id=f"d{i}"), make_result()) for i in range(5)]
    reports = store.save_documents(db, pairs)
    assert [r.document_id for r in reports] == [f"d{i}" for i in range(5)]
    assert store.stats(db)["quotes"] == 15
    assert store.find_speaker(db, "Zinoviev").total == 5


def test_a_failing_batch_is_rolled_back(db) -> None:
    bad = records.result([{"start": 0, "end": None}])  # no end
    with pytest.raises((KeyError, TypeError)):
        store.save_documents(db, [(make_doc(), make_result()), (make_doc(doc_id="d2"), bad)])
    assert store.stats(db)["documents"] == 0
    assert not db.conn.in_transaction


def test_quotes_without_speaker_and_minimal_documents_are_accepted(db) -> None:
    document = Document(id="x", text="A “term” here.", title=None)
    result = records.result(
        [{"start": 2, "end": 8, "text": "“term”", "kind": "term", "speaker": None}]
    )
    report = store.save_document(db, document, result)
    assert report.quotes_by_kind == {"term": 1}
    quote = next(store.iter_quotes(db))
    assert quote.speaker_id is None and quote.speaker_name is None


# --------------------------------------------------------------------------- review operations


def test_each_review_operation_writes_the_quote_and_a_log_row(db) -> None:
    ingest(db)
    q1, q2, q3 = (qid(TEXT, q) for q in QUOTES)

    confirmed = store.confirm(db, q1, "ann")
    assert (confirmed.status, confirmed.reviewer) == ("confirmed", "ann")
    assert confirmed.reviewed_at
    rejected = store.reject(db, q2, "ann")
    assert rejected.status == "rejected"
    corrected = store.correct(
        db, q3, "bob", speaker_name="Maria Zakharova", occasion="briefing", occasion_date="2026-02"
    )
    assert corrected.status == "corrected"
    assert corrected.speaker_id == "maria-zakharova"
    assert corrected.engine_speaker_id == "spokesperson"
    assert (corrected.final_occasion, corrected.final_occasion_date) == (
        "briefing",
        "2026-02",
    )

    log = reviews(db)
    assert [(r["quote_id"], r["action"], r["reviewer"]) for r in log] == [
        (q1, "confirm", "ann"),
        (q2, "reject", "ann"),
        (q3, "correct", "bob"),
    ]
    assert json.loads(log[0]["before"])["status"] == "unreviewed"
    assert json.loads(log[0]["after"])["status"] == "confirmed"
    assert json.loads(log[2]["after"])["reviewed_speaker_id"] == "maria-zakharova"
    assert all(r["at"].endswith("Z") for r in log)
    new = store.find_speaker(db, "maria zakharova")
    assert new.name == "Maria Zakharova" and "Maria Zakharova" in new.aliases
    assert_counters_consistent(db)


def test_correct_reuses_a_speaker_found_by_alias_or_id(db) -> None:
    ingest(db)
    q3 = qid(TEXT, "“We will respond,”")
    assert store.correct(db, q3, "ann", speaker_name="zinoviev").speaker_id == "georgy-zinoviev"
    assert store.correct(db, q3, "ann", speaker_id="foreign-ministry").speaker_id == (
        "foreign-ministry"
    )
    with pytest.raises(store.NotFound):
        store.correct(db, q3, "ann", speaker_id="nobody")
    assert db.execute("SELECT count(*) FROM speakers").fetchone()[0] == 3


def test_correct_can_clear_the_occasion_and_keeps_untouched_fields(db) -> None:
    text = "He said “yes” at the summit."
    result = records.result(
        [make_quote(text, "“yes”", "georgy-zinoviev", occasion="summit")],
        [SPEAKERS["georgy-zinoviev"]],
    )
    store.save_document(db, make_doc(text), result)
    q = qid(text, "“yes”")
    cleared = store.correct(db, q, "ann", occasion=None)
    assert cleared.occasion == "summit" and cleared.final_occasion is None
    assert cleared.speaker_id == "georgy-zinoviev"
    dated = store.correct(db, q, "ann", occasion_date="2026-02-11")
    assert dated.final_occasion is None  # not passed: kept
    assert dated.final_occasion_date == "2026-02-11"


def test_review_operations_on_a_missing_quote_raise(db) -> None:
    with pytest.raises(store.NotFound):
        store.confirm(db, "nope", "ann")
    assert reviews(db) == []


def test_undo_is_repeatable_and_per_reviewer(db) -> None:
    ingest(db)
    q1, q2, q3 = (qid(TEXT, q) for q in QUOTES)
    store.confirm(db, q1, "ann")
    store.reject(db, q1, "ann")
    store.confirm(db, q2, "bob")
    store.correct(db, q3, "ann", speaker_name="Zinoviev")

    assert store.undo_last(db, "ann").quote_id == q3
    assert store.get_quote(db, q3).status == "unreviewed"
    assert store.get_quote(db, q3).speaker_id == "spokesperson"
    assert store.undo_last(db, "ann").quote_id == q1
    assert store.get_quote(db, q1).status == "confirmed"
    assert store.undo_last(db, "ann").quote_id == q1
    assert store.get_quote(db, q1).status == "unreviewed"
    assert store.get_quote(db, q1).reviewer is None
    assert store.undo_last(db, "ann") is None
    assert store.get_quote(db, q2).status == "confirmed"  # bob's decision untouched
    undo_rows = [r for r in reviews(db) if r["action"] == "undo"]
    assert len(undo_rows) == 3 and all(r["undo_of"] for r in undo_rows)
    # A new decision after undoing is undone first.
    store.reject(db, q3, "ann")
    assert store.undo_last(db, "ann").quote_id == q3
    assert store.get_quote(db, q3).status == "unreviewed"
    assert_counters_consistent(db)


def test_undo_follows_a_decision_carried_to_a_moved_quote(db) -> None:
    ingest(db)
    old = qid(TEXT, "“a provocation”")
    store.reject(db, old, "ann")
    edited = "Breaking. " + TEXT
    ingest(db, text=edited)
    new = qid(edited, "“a provocation”")
    assert store.undo_last(db, "ann").quote_id == new
    assert store.get_quote(db, new).status == "unreviewed"


def test_merge_moves_quotes_and_aliases_and_survives_reingest(db) -> None:
    ingest(db)
    q3 = qid(TEXT, "“We will respond,”")
    q2 = qid(TEXT, "“a provocation”")
    store.correct(db, q2, "ann", speaker_id="spokesperson")

    target = store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    assert target.id == "foreign-ministry"
    assert {"the spokesperson", "Foreign Ministry spokesperson"} <= set(target.aliases)
    assert store.get_quote(db, q3).speaker_id == "foreign-ministry"
    assert store.get_quote(db, q3).engine_speaker_id == "foreign-ministry"
    assert store.get_quote(db, q2).reviewed_speaker_id == "foreign-ministry"
    assert target.total == 2
    source = db["speakers"].get("spokesperson")
    assert source["merged_into"] == "foreign-ministry" and source["quote_count"] == 0
    assert "spokesperson" not in {s.id for s in store.list_speakers(db)}
    merge = reviews(db)[-1]
    assert merge["action"] == "merge" and merge["quote_id"] is None
    after = json.loads(merge["after"])
    assert (after["speaker_id"], after["merged_into"]) == ("spokesperson", "foreign-ministry")
    assert "the spokesperson" in after["added_aliases"]

    # The engine still says "spokesperson"; the analyst's merge wins.
    report = ingest(db)
    assert report.new_speakers == 0
    assert store.get_quote(db, q3).engine_speaker_id == "foreign-ministry"
    assert store.find_speaker(db, "the spokesperson").id == "foreign-ministry"
    assert store.find_speaker(db, "spokesperson").id == "foreign-ministry"
    assert not list(db.query("SELECT * FROM speaker_aliases WHERE speaker_id = 'spokesperson'"))
    assert_counters_consistent(db)


def test_undo_never_points_a_quote_at_a_merged_away_speaker(db) -> None:
    ingest(db)
    q1 = qid(TEXT, "“Russia is well aware of this.”")
    store.correct(db, q1, "ann", speaker_id="spokesperson")
    store.correct(db, q1, "ann", speaker_id="foreign-ministry")
    store.merge_speakers(db, "spokesperson", "georgy-zinoviev", "bob")
    assert store.undo_last(db, "ann").quote_id == q1
    assert store.get_quote(db, q1).reviewed_speaker_id == "georgy-zinoviev"
    assert_counters_consistent(db)


def test_merge_chains_resolve_and_bad_merges_are_refused(db) -> None:
    ingest(db)
    store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    store.merge_speakers(db, "foreign-ministry", "georgy-zinoviev", "ann")
    assert db["speakers"].get("spokesperson")["merged_into"] == "georgy-zinoviev"
    assert store.resolve_speaker_id(db, "spokesperson") == "georgy-zinoviev"
    with pytest.raises(ValueError):
        store.merge_speakers(db, "georgy-zinoviev", "spokesperson", "ann")  # resolves to itself
    with pytest.raises(ValueError):
        store.merge_speakers(db, "spokesperson", "georgy-zinoviev", "ann")  # already merged
    with pytest.raises(store.NotFound):
        store.merge_speakers(db, "nobody", "georgy-zinoviev", "ann")
    assert store.find_speaker(db, "georgy-zinoviev").total == 3
    assert_counters_consistent(db)


def test_undo_splits_a_merged_speaker_off_again(db) -> None:
    ingest(db)
    respond = qid(TEXT, "“We will respond,”")
    provocation = qid(TEXT, "“a provocation”")
    store.correct(db, provocation, "ann", speaker_id="spokesperson")
    before = {s.id: (s.total, s.aliases) for s in store.list_speakers(db)}

    store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    # Another analyst merges the target on; the undo follows the quotes there.
    store.merge_speakers(db, "foreign-ministry", "georgy-zinoviev", "bob")
    undone = store.undo_last(db, "ann")
    assert isinstance(undone, MergeUndone) and undone.speaker_id == "spokesperson"
    assert db["speakers"].get("spokesperson")["merged_into"] is None
    assert store.get_quote(db, respond).engine_speaker_id == "spokesperson"
    assert store.get_quote(db, provocation).reviewed_speaker_id == "spokesperson"
    zinoviev = store.find_speaker(db, "georgy-zinoviev")
    assert "the spokesperson" not in zinoviev.aliases
    assert store.find_speaker(db, "the spokesperson").id == "spokesperson"
    assert_counters_consistent(db)

    # bob's merge undone too: every speaker is as it was.
    assert store.undo_last(db, "bob").speaker_id == "foreign-ministry"
    after = {s.id: (s.total, s.aliases) for s in store.list_speakers(db)}
    assert after == before
    assert store.undo_last(db, "ann").quote_id == provocation  # then the correction
    assert store.undo_last(db, "ann") is None
    actions = [r["action"] for r in reviews(db)]
    assert actions == ["correct", "merge", "merge", "undo", "undo", "undo"]
    assert_counters_consistent(db)


def test_the_review_log_reads_back_as_typed_entries(db) -> None:
    ingest(db)
    q1, q2, q3 = (qid(TEXT, q) for q in QUOTES)
    store.confirm(db, q1, "ann")
    store.correct(db, q2, "ann", speaker_name="Zinoviev", occasion="briefing")
    store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    store.undo_last(db, "ann")  # the merge
    store.undo_last(db, "ann")  # the correction
    edited = "Breaking. " + TEXT.replace("“We will respond,”", "they would respond")
    ingest(db, text=edited)  # q1 carried; q3 unreviewed and gone
    store.reject(db, qid(edited, "“a provocation”"), "bob")
    ingest(db, text=edited.replace("“a provocation”", "a provocation"))  # stale

    log = store.review_log(db)
    kinds = [(e.action, type(e.before).__name__, type(e.after).__name__) for e in log]
    assert kinds == [
        (ReviewAction.CONFIRM, "ReviewState", "ReviewState"),
        (ReviewAction.CORRECT, "ReviewState", "ReviewState"),
        (ReviewAction.MERGE, "MergedSpeaker", "MergeLink"),
        (ReviewAction.UNDO, "MergeLink", "SpeakerSplit"),
        (ReviewAction.UNDO, "ReviewState", "ReviewState"),
        (ReviewAction.CARRY, "CarriedState", "CarriedState"),
        (ReviewAction.REJECT, "ReviewState", "ReviewState"),
        (ReviewAction.STALE, "StaleFlag", "StaleFlag"),
    ]
    merge = log[2]
    assert merge.before.engine_quotes == (q3,) and merge.after.merged_into == "foreign-ministry"
    assert log[3].undo_of == merge.id
    assert log[1].after.status is ReviewStatus.CORRECTED
    carry = log[5]
    assert carry.before.quote_id == q1
    assert carry.after.quote_id == carry.quote_id == qid(edited, "“Russia is well aware of this.”")
    assert (
        carry.after.state.status is ReviewStatus.CONFIRMED and carry.after.state.reviewer == "ann"
    )
    assert log[-1].after == StaleFlag(True)
    assert store.review_log(db, quote_id=q1)[0].action is ReviewAction.CONFIRM


def test_log_entries_written_by_older_versions_still_undo(db) -> None:
    """A merge logged before its undo data was recorded: only the id and the target."""
    ingest(db)
    db.execute("UPDATE speakers SET merged_into = 'foreign-ministry' WHERE id = 'spokesperson'")
    db.execute(
        "INSERT INTO reviews (quote_id, action, before, after, reviewer, at) VALUES"
        " (NULL, 'merge', ?, ?, 'ann', '2025-01-01T00:00:00Z')",
        (
            json.dumps({"speaker_id": "spokesperson", "name": "Foreign Ministry spokesperson"}),
            json.dumps({"speaker_id": "spokesperson", "merged_into": "foreign-ministry"}),
        ),
    )
    undone = store.undo_last(db, "ann")
    assert undone == MergeUndone(speaker_id="spokesperson", merged_into="foreign-ministry")
    assert db["speakers"].get("spokesperson")["merged_into"] is None
    (entry,) = [e for e in store.review_log(db) if e.action is ReviewAction.MERGE]
    assert entry.before.aliases == () and entry.after.added_aliases == ()


def test_undo_says_what_it_took_back(db) -> None:
    ingest(db)
    q1 = qid(TEXT, "“Russia is well aware of this.”")
    store.reject(db, q1, "ann")
    assert store.undo_last(db, "ann") == DecisionUndone(ReviewAction.REJECT, q1)
    store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    assert store.undo_last(db, "ann") == MergeUndone("spokesperson", "foreign-ministry")
    assert store.undo_last(db, "ann") is None


# --------------------------------------------------------------------------- concurrency


def test_two_connections_deciding_interleaved_keep_both_decisions(db, db_path: Path) -> None:
    ingest(db)
    other = store.open_db(db_path)
    q1, q2, q3 = (qid(TEXT, q) for q in QUOTES)
    store.confirm(db, q1, "ann")
    store.reject(other, q2, "bob")
    store.correct(db, q3, "ann", speaker_name="Zinoviev")
    store.undo_last(other, "bob")
    store.confirm(other, q2, "bob")
    for conn in (db, other):
        assert store.get_quote(conn, q1).status == "confirmed"
        assert store.get_quote(conn, q2).status == "confirmed"
        assert store.get_quote(conn, q3).status == "corrected"
    assert len(reviews(db)) == 5
    other.close()
    assert_counters_consistent(db)


def _decide_many(path: str, reviewer: str, quote_ids: list[str]) -> None:
    database = store.open_db(path)
    for i, quote in enumerate(quote_ids):
        (store.confirm if i % 2 else store.reject)(database, quote, reviewer)
    database.close()


def test_two_processes_deciding_at_once_lose_nothing(db, db_path: Path) -> None:
    docs = [(make_doc(doc_id=f"d{i}"), make_result()) for i in range(40)]
    store.save_documents(db, docs)
    ids = [row[0] for row in db.execute("SELECT id FROM quotes ORDER BY id")]
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_decide_many, args=(str(db_path), name, ids[k::2]))
        for k, name in enumerate(["ann", "bob"])
    ]
    for worker in workers:
        worker.start()
    # Meanwhile this process keeps re-ingesting (and so rewriting) the same documents, pausing
    # between batches as a real ingest does while spaCy works (a writer that never pauses
    # would starve the others until their busy timeout).
    rounds = 0
    while any(worker.is_alive() for worker in workers) or rounds == 0:
        store.save_documents(db, docs)
        rounds += 1
        time.sleep(0.02)
    assert rounds > 1  # the re-ingests really ran alongside the decisions
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert store.count_quotes(db, statuses=["unreviewed"]) == 0
    assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == len(ids)
    assert_counters_consistent(db)


# --------------------------------------------------------------------------- read side


def test_list_speakers_sorts_counts_and_searches(db) -> None:
    ingest(db)
    ingest(
        db,
        text=TEXT,
        doc_id="d2",
        quotes={"“Russia is well aware of this.”": QUOTES["“Russia is well aware of this.”"]},
    )
    store.reject(db, qid(TEXT, "“a provocation”"), "ann")
    rows = store.list_speakers(db)
    assert [r.id for r in rows][0] == "georgy-zinoviev"
    counts = {r.id: (r.total, r.unreviewed) for r in rows}
    assert counts == {
        "georgy-zinoviev": (2, 2),
        "foreign-ministry": (1, 0),
        "spokesperson": (1, 1),
    }
    assert [r.id for r in store.list_speakers(db, search="ZINOVIEV")] == ["georgy-zinoviev"]
    assert {r.id for r in store.list_speakers(db, search="ministry")} == {
        "foreign-ministry",
        "spokesperson",
    }
    assert store.list_speakers(db, search="100%") == []
    assert len(store.list_speakers(db, limit=1, offset=1)) == 1
    assert store.find_speaker(db, "nobody") is None
    assert store.find_speaker(db, "") is None


def test_iter_speakers_and_count_speakers(db) -> None:
    ingest(db)
    store.merge_speakers(db, "spokesperson", "foreign-ministry", "ann")
    speakers = {s.id: s for s in store.iter_speakers(db)}
    assert set(speakers) == {"georgy-zinoviev", "foreign-ministry"}
    assert speakers["foreign-ministry"].kind == "organisation"
    assert "the spokesperson" in speakers["foreign-ministry"].aliases
    assert store.count_speakers(db) == 2
    assert store.count_speakers(db, search="spokes") == 1


def test_iter_quotes_pages_in_order_and_filters(db) -> None:
    store.save_documents(db, [(make_doc(doc_id=f"d{i:02d}"), make_result()) for i in range(12)])
    everything = list(store.iter_quotes(db))
    assert len(everything) == 36
    assert [(q.document_id, q.start) for q in everything] == sorted(
        (q.document_id, q.start) for q in everything
    )
    assert [q.id for q in store.iter_quotes(db, batch=5)] == [q.id for q in everything]

    by_confidence = list(store.iter_quotes(db, order="confidence", batch=4))
    assert len(by_confidence) == 36
    confidences = [q.confidence for q in by_confidence]
    assert confidences[:12] == [None] * 12
    assert confidences[12:] == sorted(confidences[12:])

    # Several speakers and statuses are merged from per-(speaker, status) index streams.
    store.reject(db, everything[4].id, "ann")
    store.confirm(db, everything[7].id, "ann")
    pair = ["georgy-zinoviev", "spokesperson"]
    expected = [q.id for q in everything if q.speaker_id in pair]
    assert [q.id for q in store.iter_quotes(db, speaker_ids=pair, batch=3)] == expected
    by_conf = list(store.iter_quotes(db, speaker_ids=pair, order="confidence", batch=3))
    assert sorted(q.id for q in by_conf) == sorted(expected)
    keys = [(q.confidence is not None, q.confidence or 0) for q in by_conf]
    assert keys == sorted(keys)
    undecided = [q.id for q in everything if q.id not in (everything[4].id, everything[7].id)]
    assert [q.id for q in store.iter_quotes(db, statuses=["unreviewed"], batch=7)] == undecided
    assert list(store.iter_quotes(db, speaker_ids=[])) == []
    store.undo_last(db, "ann")
    store.undo_last(db, "ann")

    one = list(store.iter_quotes(db, speaker_ids=["georgy-zinoviev"], statuses=["unreviewed"]))
    assert len(one) == 12 and {q.speaker_id for q in one} == {"georgy-zinoviev"}
    store.confirm(db, one[0].id, "ann")
    assert store.count_quotes(db, speaker_id="georgy-zinoviev", statuses=["unreviewed"]) == 11
    assert store.count_quotes(db, statuses="confirmed") == 1
    assert len(list(store.iter_quotes(db, statuses="confirmed"))) == 1
    assert len(list(store.iter_quotes(db, document_id="d03"))) == 3
    with pytest.raises(ValueError):
        list(store.iter_quotes(db, statuses=["maybe"]))
    with pytest.raises(ValueError):
        list(store.iter_quotes(db, order="random"))


def test_stats(db) -> None:
    ingest(db)
    store.reject(db, qid(TEXT, "“a provocation”"), "ann")
    totals = store.stats(db)
    assert totals["documents"] == 1
    assert totals["quotes"] == 3
    assert totals["speakers"] == 3
    assert totals["by_status"] == {"unreviewed": 2, "confirmed": 0, "corrected": 0, "rejected": 1}
    assert totals["stale"] == 0
    assert totals["reviews"] == 1
    ingest(db, text=TEXT.replace("“a provocation”", "a provocation"))
    totals = store.stats(db)
    assert totals["stale"] == 1
    assert totals["quotes"] == 2
    assert totals["by_status"]["rejected"] == 0
    assert store.count_quotes(db) == 2
    assert store.count_quotes(db, include_stale=True) == 3
    assert store.count_quotes(db, statuses="rejected") == 0
    assert store.count_quotes(db, speaker_id="foreign-ministry") == 0
    assert store.count_quotes(db, speaker_id="foreign-ministry", include_stale=True) == 1


def test_helpers() -> None:
    # The store keys names with names.name_key now, which drops a possessive: this was
    # store.alias_key(...) == "the foreign ministry s" (issue 10: one key for engine and store).
    assert names.name_key("  The  Foreign-Ministry's ") == "the foreign ministry"
    assert names.slugify("Ségolène Royal") == "segolene-royal"
    assert store.quote_id("d", 1, 2) == store.quote_id("d", 1, 2) != store.quote_id("d", 1, 3)
    assert len(store.quote_id("d", 1, 2)) == 16


# --------------------------------------------------------------------------- properties

OPS = st.lists(
    st.tuples(
        st.sampled_from(["confirm", "reject", "correct", "undo", "merge", "reingest", "edit"]),
        st.integers(0, 2),
        st.sampled_from(["ann", "bob"]),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_any_sequence_of_operations_keeps_decisions_and_counters(tmp_path: Path, ops) -> None:
    path = tmp_path / "prop.db"
    path.unlink(missing_ok=True)
    database = store.open_db(path)
    text = TEXT
    ingest(database, text=text)
    speaker_ids = list(SPEAKERS)
    for op, k, reviewer in ops:
        quote = qid(text, list(QUOTES)[k])
        if op == "confirm":
            store.confirm(database, quote, reviewer)
        elif op == "reject":
            store.reject(database, quote, reviewer)
        elif op == "correct":
            store.correct(database, quote, reviewer, speaker_id=speaker_ids[(k + 1) % 3])
        elif op == "undo":
            store.undo_last(database, reviewer)
        elif op == "merge":
            source, target = speaker_ids[k], speaker_ids[(k + 1) % 3]
            if store.resolve_speaker_id(database, source) == source and (
                store.resolve_speaker_id(database, target) != source
            ):
                store.merge_speakers(database, source, target, reviewer)
        else:
            before = {q.text: q.status for q in store.iter_quotes(database, include_stale=True)}
            if op == "edit":
                text = ("Update. " + text) if len(text) < len(TEXT) + 40 else TEXT
            ingest(database, text=text)
            after = {q.text: q.status for q in store.iter_quotes(database)}
            assert after == before  # every decision is still on its quote
        assert_counters_consistent(database)
    decided = database.execute(
        "SELECT count(*) FROM reviews WHERE action IN ('confirm', 'reject', 'correct')"
    ).fetchone()[0]
    assert decided == sum(op in ("confirm", "reject", "correct") for op, _, _ in ops)
    database.close()
