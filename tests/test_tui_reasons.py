"""The reasons behind an attribution: stored on ingest (schema m007), read back with the quote,
and shown in the review app's detail pane (Pilot, real SQLite file)."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import records
from textual.geometry import Region

from quotetui import store
from quotetui.model import Document
from quotetui.tui.app import ReviewApp

SIZE = (120, 40)
TEXT = (
    "Budget night\n\n"
    "“We have no money left to cut,” council leader Dawn Pryce said.\n\n"
    "“It is a budget of broken promises,” said Martin Hale."
)
REASONS = [
    "ranker agrees with adjacent cue (0.97)",
    "para:same (+2.3)",
    "role:subject (+1.1)",
    "cue:say (+0.9)",
    "dist:0 (+0.4)",
]


def _quote(quote: str, speaker: str, mention: str, reasons: list[str] | None) -> dict[str, Any]:
    start = TEXT.index(quote)
    m = TEXT.index(mention)
    out: dict[str, Any] = {
        "start": start,
        "end": start + len(quote),
        "text": quote,
        "speaker": speaker,
        "speaker_id": speaker.lower().replace(" ", "-"),
        "speaker_mention": mention,
        "speaker_start": m,
        "speaker_end": m + len(mention),
        "kind": "speech",
        "confidence": 0.9,
        "method": "adjacent cue",
    }
    if reasons is not None:
        out["reasons"] = reasons
    return out


def _save(path: Path, first_reasons: list[str] | None) -> None:
    quotes = [
        _quote("“We have no money left to cut,”", "Dawn Pryce", "Dawn Pryce", first_reasons),
        _quote("“It is a budget of broken promises,”", "Martin Hale", "Martin Hale", None),
    ]
    speakers = [
        {"id": "dawn-pryce", "name": "Dawn Pryce", "kind": "person"},
        {"id": "martin-hale", "name": "Martin Hale", "kind": "person"},
    ]
    document = Document(
        id="b1", title="Budget night", source="Gazette", url=None, date="2026-02-13", text=TEXT
    )
    with contextlib.closing(store.open_db(path)) as db:
        store.save_document(db, document, records.result(quotes, speakers))


def _qid(quote: str) -> str:
    start = TEXT.index(quote)
    return store.quote_id("b1", start, start + len(quote))


def test_reasons_are_stored_read_back_and_replaced_on_reingest(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _save(path, REASONS)
    with contextlib.closing(store.open_db(path)) as db:
        first = store.get_quote(db, _qid("“We have no money left to cut,”"))
        second = store.get_quote(db, _qid("“It is a budget of broken promises,”"))
    assert first is not None and first.reasons == tuple(REASONS)
    assert second is not None and second.reasons == ()
    # A new engine run gives other reasons: the stored ones follow it.
    _save(path, REASONS[:1])
    with contextlib.closing(store.open_db(path)) as db:
        again = store.get_quote(db, _qid("“We have no money left to cut,”"))
    assert again is not None and again.reasons == (REASONS[0],)


def test_a_hand_edited_reasons_value_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _save(path, REASONS)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE quotes SET reasons = 'not json'")
        conn.commit()
    with contextlib.closing(store.open_db(path)) as db:
        q = store.get_quote(db, _qid("“We have no money left to cut,”"))
    assert q is not None and q.reasons == ()


def test_the_engine_s_reasons_reach_the_store(tmp_path: Path, nlp) -> None:
    from quotetui.engine import attribute_documents

    document = Document(id="b1", title="Budget night", text=TEXT)
    [(_, result)] = attribute_documents(nlp, [document])
    path = tmp_path / "e.db"
    with contextlib.closing(store.open_db(path)) as db:
        store.save_document(db, document, result)
        stored = {q.text: q.reasons for q in store.iter_quotes(db)}
    given = {q.text: q.reasons for q in result.quotes}
    assert stored == given
    assert any(given.values())  # the ranker explained at least one attribution


def _shown(widget: Any) -> str:
    width, height = widget.size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


def test_the_detail_pane_shows_the_top_reasons(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _save(path, REASONS)
    app = ReviewApp(path, "analyst")
    seen: dict[str, str] = {}

    async def main() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            seen["first"] = _shown(app.screen.query_one("#detail-body"))
            await pilot.press("j")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            seen["second"] = _shown(app.screen.query_one("#detail-body"))

    asyncio.run(main())
    first = seen["first"]
    assert "Reasons" in first
    assert "ranker agrees with adjacent cue (0.97)" in first
    assert "cue:say (+0.9)" in first
    assert "dist:0" not in first  # only the top ones
    assert "Martin Hale" in seen["second"] and "Reasons" not in seen["second"]
