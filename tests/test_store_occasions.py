"""Structured occasions in the store: the columns and their migration, corrections of type and
place, one occasion applied to many quotes (undone as one step), the type filter."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import records
import sqlite_utils

from quotetui import store
from quotetui.model import DecisionsUndone, DecisionUndone, Document, ReviewAction, ReviewStatus

TEXT = (
    "Senator Ada Kim spoke at a town hall in Dayton on Tuesday. "
    "“Nobody should lose their clinic,” Kim said. “We will fight,” she added. "
    "“It is a disgrace,” Kim told reporters on Wednesday. "
    "“That is untrue,” said Tom Hale."
)
SPEAKERS = {
    "ada-kim": {"id": "ada-kim", "name": "Ada Kim", "kind": "person", "aliases": ["Kim"]},
    "tom-hale": {"id": "tom-hale", "name": "Tom Hale", "kind": "person", "aliases": []},
}
TOWN_HALL = {
    "occasion": "town hall in Dayton",
    "occasion_type": "speech",
    "occasion_place": "Dayton",
    "occasion_date": "2026-02-10",
    "occasion_date_text": "on Tuesday",
    "occasion_date_source": "carried",
    "occasion_start": 28,
    "occasion_end": 47,
}
PRESS = {
    "occasion": "told reporters",
    "occasion_type": "press",
    "occasion_date": "2026-02-11",
    "occasion_date_text": "on Wednesday",
    "occasion_date_source": "text",
    "occasion_start": TEXT.index("told reporters"),
    "occasion_end": TEXT.index("told reporters") + 14,
}
CLINIC, FIGHT, DISGRACE, UNTRUE = (
    "“Nobody should lose their clinic,”",
    "“We will fight,”",
    "“It is a disgrace,”",
    "“That is untrue,”",
)
QUOTES = {CLINIC: ("ada-kim", TOWN_HALL), FIGHT: ("ada-kim", TOWN_HALL),
          DISGRACE: ("ada-kim", PRESS), UNTRUE: ("tom-hale", {})}  # fmt: skip


def make_doc() -> Document:
    return Document(id="d1", text=TEXT, title="Kim", source="Daily", date="2026-02-13")


def quote(text: str, speaker_id: str | None, **occasion: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "speaker": SPEAKERS[speaker_id]["name"] if speaker_id else None,
        "speaker_id": speaker_id,
        "kind": "speech",
        "confidence": 0.8,
        "method": "test",
        **occasion,
    }


def result(quotes: dict[str, tuple[str | None, dict[str, Any]]] | None = None):
    quotes = QUOTES if quotes is None else quotes
    built = [quote(text, sid, **occasion) for text, (sid, occasion) in quotes.items()]
    used = sorted({sid for sid, _ in quotes.values() if sid})
    return records.result(built, [SPEAKERS[s] for s in used])


def qid(text: str) -> str:
    start = TEXT.index(text)
    return store.quote_id("d1", start, start + len(text))


@pytest.fixture
def saved(db):
    store.save_document(db, make_doc(), result())
    return db


def test_the_engines_occasion_is_stored_as_its_fields(saved) -> None:
    row = store.get_quote(saved, qid(DISGRACE))
    assert row is not None
    assert (row.occasion_type, row.occasion_date, row.occasion_date_text) == (
        "press",
        "2026-02-11",
        "on Wednesday",
    )
    assert (row.final_occasion_type, row.final_occasion_date_source) == ("press", "text")
    assert TEXT[row.occasion_start : row.occasion_end] == "told reporters"
    undated = store.get_quote(saved, qid(UNTRUE))
    assert undated is not None
    assert undated.final_occasion_date is None and undated.document_date == "2026-02-13"


def test_type_and_place_are_corrected_and_none_overrides_the_engine(saved) -> None:
    row = store.correct(
        saved, qid(DISGRACE), "ann", occasion_type="interview", occasion_place="Capitol"
    )
    assert (row.final_occasion_type, row.final_occasion_place) == ("interview", "Capitol")
    assert row.final_occasion == "told reporters"  # not passed: kept
    cleared = store.correct(saved, qid(CLINIC), "ann", occasion_type=None, occasion_date="2026-02")
    assert cleared.final_occasion_type is None
    # A date the analyst set rests on no words of the text.
    assert (cleared.final_occasion_date, cleared.final_occasion_date_text) == ("2026-02", None)
    assert cleared.final_occasion_date_source == "reviewed"


def test_an_occasion_applies_to_all_of_a_speakers_quotes_and_undoes_as_one_step(saved) -> None:
    store.confirm(saved, qid(UNTRUE), "ann")
    first = store.get_quote(saved, qid(CLINIC))
    assert first is not None
    scope = store.occasion_scope(saved, first, "speaker")
    assert scope == [qid(CLINIC), qid(FIGHT), qid(DISGRACE)]
    rows = store.correct_occasions(
        saved, scope, "ann", occasion="town hall in Dayton", occasion_type="speech",
        occasion_place="Dayton", occasion_date="2026-02-10",
    )  # fmt: skip
    assert [r.status for r in rows] == [ReviewStatus.CORRECTED] * 3
    assert {(r.final_occasion_type, r.final_occasion_date) for r in rows} == {
        ("speech", "2026-02-10")
    }
    log = [e for e in store.review_log(saved) if e.action is ReviewAction.CORRECT]
    assert len(log) == 3 and len({e.batch for e in log}) == 1 and log[0].batch == log[0].id

    undone = store.undo_last(saved, "ann")
    assert isinstance(undone, DecisionsUndone)
    assert set(undone.quote_ids) == set(scope)
    for text in (CLINIC, FIGHT, DISGRACE):
        row = store.get_quote(saved, qid(text))
        assert row is not None and row.status is ReviewStatus.UNREVIEWED
        assert row.reviewed_occasion_type is None
    assert store.get_quote(saved, qid(DISGRACE)).final_occasion_type == "press"  # type: ignore[union-attr]
    # The next undo goes one step further back: the confirmation before the batch.
    before = store.undo_last(saved, "ann")
    assert isinstance(before, DecisionUndone) and before.quote_id == qid(UNTRUE)
    assert store.undo_last(saved, "ann") is None


def test_the_event_is_every_quote_the_engine_gave_the_same_occasion(saved) -> None:
    first = store.get_quote(saved, qid(FIGHT))
    assert first is not None
    assert store.occasion_scope(saved, first, "event") == [qid(CLINIC), qid(FIGHT)]
    hale = store.get_quote(saved, qid(UNTRUE))
    assert hale is not None
    assert store.occasion_scope(saved, hale, "event") == [qid(UNTRUE)]


def test_quotes_filter_by_occasion_type(saved) -> None:
    def ids(types: list[str]) -> list[str]:
        return [q.id for q in store.iter_quotes(saved, occasion_types=types)]

    assert ids(["speech"]) == [qid(CLINIC), qid(FIGHT)]
    assert ids(["press", store.NO_TYPE]) == [qid(DISGRACE), qid(UNTRUE)]
    store.correct(saved, qid(UNTRUE), "ann", occasion_type="interview")
    assert ids(["interview"]) == [qid(UNTRUE)]
    assert store.count_quotes(saved, occasion_types=["speech"]) == 2
    assert store.count_quotes(saved, ["ada-kim"], occasion_types=["press"]) == 1
    with pytest.raises(ValueError, match="occasion type"):
        ids(["chat show"])


def test_a_confirmed_type_is_pinned_when_the_engine_changes_it(saved) -> None:
    store.confirm(saved, qid(DISGRACE), "ann")
    changed = dict(QUOTES)
    changed[DISGRACE] = ("ada-kim", {**PRESS, "occasion_type": "interview"})
    store.save_document(saved, make_doc(), result(changed))
    row = store.get_quote(saved, qid(DISGRACE))
    assert row is not None
    assert (row.occasion_type, row.final_occasion_type) == ("interview", "press")


def test_a_database_from_before_structured_occasions_keeps_working(db_path: Path) -> None:
    old = sqlite_utils.Database(db_path)
    store.migrations.apply(old, stop_before="m005_structured_occasions")
    old.execute(
        "INSERT INTO documents (id, text, date, sha256, ingested_at)"
        " VALUES ('d1', ?, '2026-02-13', 'x', 'now')",
        (TEXT,),
    )
    old.execute(
        "INSERT INTO speakers (id, name, kind, created_at)"
        " VALUES ('ada-kim', 'Ada Kim', 'person', 'now')"
    )
    start = TEXT.index(DISGRACE)
    # The old engine copied the publication date in; an analyst confirmed it as it was.
    old.execute(
        'INSERT INTO quotes (id, document_id, start, "end", text, engine_speaker_id, occasion,'
        " occasion_date, status, reviewer, reviewed_at)"
        " VALUES (?, 'd1', ?, ?, ?, 'ada-kim', 'told reporters', '2026-02-13', 'confirmed',"
        " 'ann', 'then')",
        (qid(DISGRACE), start, start + len(DISGRACE), DISGRACE),
    )
    before = {"status": "unreviewed", "reviewed_speaker_id": None, "reviewed_occasion": None,
              "reviewed_occasion_date": None, "reviewer": None, "reviewed_at": None}  # fmt: skip
    old.execute(
        "INSERT INTO reviews (quote_id, action, before, after, reviewer, at)"
        " VALUES (?, 'confirm', ?, ?, 'ann', 'then')",
        (qid(DISGRACE), json.dumps(before), json.dumps({**before, "status": "confirmed"})),
    )
    old.conn.commit()
    old.close()

    db = store.open_db(db_path)
    assert store.schema_version(db) == len(store.migrations._migrations)
    row = store.get_quote(db, qid(DISGRACE))
    assert row is not None and row.status is ReviewStatus.CONFIRMED
    assert (row.occasion_type, row.final_occasion_type, row.final_occasion_date) == (
        None,
        None,
        "2026-02-13",
    )
    # The new engine answers with a type and without the guessed date: what the analyst
    # confirmed (the date they saw) is kept; the type, which they never saw, is the engine's.
    store.save_document(db, make_doc(), result())
    row = store.get_quote(db, qid(DISGRACE))
    assert row is not None
    assert (row.final_occasion_type, row.final_occasion_date) == ("press", "2026-02-13")
    undone = store.undo_last(db, "ann")
    assert isinstance(undone, DecisionUndone)
    db.close()


def test_the_review_log_stays_append_only_with_batches(saved) -> None:
    store.correct_occasions(saved, [qid(CLINIC), qid(FIGHT)], "ann", occasion_type="speech")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        saved.execute("UPDATE reviews SET batch = NULL")


def test_an_analysts_occasion_is_kept_and_rechecked_when_the_words_it_rests_on_change(
    saved,
) -> None:
    store.correct(saved, qid(DISGRACE), "ann", occasion="press gaggle", occasion_type="press")
    store.confirm(saved, qid(CLINIC), "ann")
    # The engine changes its mind over the same text: the analyst's own occasion is hers.
    changed = dict(QUOTES)
    changed[DISGRACE] = ("ada-kim", {**PRESS, "occasion_type": "interview"})
    store.save_document(saved, make_doc(), result(changed))
    row = store.get_quote(saved, qid(DISGRACE))
    assert row is not None and row.recheck is None
    assert (row.final_occasion, row.final_occasion_type) == ("press gaggle", "press")
    # The article is edited: the words she decided beside ("told reporters on Wednesday")
    # are gone. Her occasion stays, and the decision asks for another look.
    edited = TEXT.replace("told reporters on Wednesday", "spoke at a rally on Thursday")
    rally = {
        "occasion": "rally", "occasion_type": "speech", "occasion_date": "2026-02-12",
        "occasion_date_text": "on Thursday", "occasion_date_source": "text",
        "occasion_start": edited.index("rally"), "occasion_end": edited.index("rally") + 5,
    }  # fmt: skip
    doc = Document(id="d1", text=edited, title="Kim", source="Daily", date="2026-02-13")
    moved = []
    for text, (sid, occasion) in QUOTES.items():
        start = edited.index(text)
        moved.append({**quote(text, sid, **(rally if text == DISGRACE else occasion)),
                      "start": start, "end": start + len(text)})  # fmt: skip
    store.save_document(saved, doc, records.result(moved, list(SPEAKERS.values())))
    row = store.get_quote(saved, qid(DISGRACE))
    assert row is not None
    assert (row.final_occasion, row.final_occasion_type) == ("press gaggle", "press")
    assert row.status == "corrected" and row.recheck is not None
    assert "the words of its occasion changed" in row.recheck and "told reporters" in row.recheck
    # The confirmation whose occasion words are untouched is left alone.
    clinic = store.get_quote(saved, qid(CLINIC))
    assert clinic is not None and clinic.recheck is None and clinic.status == "confirmed"
