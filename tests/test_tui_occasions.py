"""The review app's occasions, through Pilot on a real SQLite file: the occasion shown as its
fields beside the publication date, `o` editing type (from the list), place and date, `O`
giving one quote's occasion to the speaker's (or the event's) other quotes, undone by one
`u`, and `t` filtering by occasion type."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import records
from textual.widgets import Input, Select

from quotetui import store
from quotetui.model import Document
from quotetui.tui import text as tui_text
from quotetui.tui.app import ReviewApp
from quotetui.tui.screens.occasion import ApplyOccasionScreen, OccasionScreen
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.widgets.quotes_table import QuotesTable

REVIEWER = "analyst"
SIZE = (120, 40)
TEXT = (
    "Kim at the rally\n\n"
    "Senator Ada Kim spoke at a rally in Dayton on Tuesday.\n\n"
    "“Nobody should lose their clinic,” Kim said. “We will fight,” she added.\n\n"
    "“It is a disgrace,” Kim told reporters on Wednesday.\n\n"
    "“That is untrue,” said Tom Hale."
)
RALLY = {
    "occasion": "rally in Dayton",
    "occasion_type": "speech",
    "occasion_place": "Dayton",
    "occasion_date": "2026-02-10",
    "occasion_date_text": "on Tuesday",
    "occasion_date_source": "carried",
    "occasion_start": TEXT.index("rally in Dayton"),
    "occasion_end": TEXT.index("rally in Dayton") + 15,
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
QUOTES = [(CLINIC, "ada-kim", RALLY), (FIGHT, "ada-kim", RALLY), (DISGRACE, "ada-kim", PRESS),
          (UNTRUE, "tom-hale", {})]  # fmt: skip
SPEAKERS = {"ada-kim": "Ada Kim", "tom-hale": "Tom Hale"}


def qid(quote: str) -> str:
    start = TEXT.index(quote)
    return store.quote_id("d1", start, start + len(quote))


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    quotes = []
    for quote, sid, occasion in QUOTES:
        start = TEXT.index(quote)
        quotes.append({"start": start, "end": start + len(quote), "text": quote,
                       "speaker": SPEAKERS[sid], "speaker_id": sid, "speaker_mention": "Kim",
                       "cue": "said", "kind": "speech", "confidence": 0.8, "method": "test",
                       **occasion})  # fmt: skip
    speakers = [{"id": s, "name": n, "kind": "person", "aliases": []} for s, n in SPEAKERS.items()]
    document = Document(id="d1", text=TEXT, title="Kim at the rally", source="Daily",
                        date="2026-02-13")  # fmt: skip
    with contextlib.closing(store.open_db(path)) as db:
        store.save_document(db, document, records.result(quotes, speakers))
    return path


def row(path: Path, quote: str) -> dict[str, Any]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM quotes_final WHERE id = ?", (qid(quote),))
        return dict(found.fetchone())


def reviews(path: Path) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM reviews ORDER BY id")]
    for entry in rows:
        entry["after"] = json.loads(entry["after"]) if entry["after"] else None
    return rows


def run(db_file: Path, scenario: Callable[[Any, ReviewApp], Awaitable[None]]) -> None:
    app = ReviewApp(db_file, REVIEWER)

    async def main_() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            await scenario(pilot, app)

    asyncio.run(main_())


def cursor_id(app: ReviewApp) -> str:
    table = app.screen_stack[0].query_one(QuotesTable)
    return str(table.ordered_rows[table.cursor_row].key.value)


def table_ids(app: ReviewApp) -> list[str]:
    table = app.screen_stack[0].query_one(QuotesTable)
    return [str(r.key.value) for r in table.ordered_rows]


def test_the_occasion_is_shown_as_its_fields_beside_the_publication_date(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        carried = store.get_quote(db, qid(FIGHT))
        undated = store.get_quote(db, qid(UNTRUE))
    assert carried is not None and undated is not None
    shown = tui_text.detail(carried, TEXT).plain
    assert "speech  ·  rally in Dayton  ·  place Dayton" in shown
    assert "2026-02-10 (day)  “on Tuesday”, carried from the occasion named before" in shown
    assert "published 2026-02-13" in shown
    bare = tui_text.detail(undated, TEXT).plain
    assert "no type  ·  —" in bare
    # No date in the text: none shown, and the publication date only as the publication date.
    assert "none in the text  ·  published 2026-02-13" in bare


def test_o_edits_type_from_the_list_place_and_date(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j", "j")
        assert cursor_id(app) == qid(DISGRACE)
        await pilot.press("o")
        assert isinstance(app.screen, OccasionScreen)
        await pilot.press("tab", "tab")  # occasion → date → place
        place = app.screen.query_one("#occasion-place", Input)
        assert app.screen.focused is place
        await pilot.press(*"Capitol Hill")
        await pilot.press("tab")  # → the type list
        select = app.screen.query_one("#occasion-type", Select)
        assert app.screen.focused is select
        await pilot.press("enter")  # opens the list of the closed set
        await pilot.pause()
        await pilot.press("up", "up", "enter")  # press → interview → statement
        await pilot.pause()
        assert select.value == "statement"
        app.screen.query_one("#occasion-place", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    saved = row(db_file, DISGRACE)
    assert saved["status"] == "corrected"
    assert (saved["final_occasion_type"], saved["final_occasion_place"]) == (
        "statement",
        "Capitol Hill",
    )
    assert (saved["final_occasion"], saved["final_occasion_date"]) == (
        "told reporters",
        "2026-02-11",
    )
    (entry,) = reviews(db_file)
    assert entry["after"]["reviewed_occasion_type"] == "statement"


def test_o_saved_unchanged_leaves_type_and_place_to_the_engine(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("o")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    saved = row(db_file, CLINIC)
    assert (saved["reviewed_occasion_type"], saved["reviewed_occasion_place"]) == (None, None)
    assert saved["final_occasion_type"] == "speech"


def test_O_gives_the_occasion_to_all_the_speakers_quotes_and_u_undoes_it_at_once(
    db_file: Path,
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        assert cursor_id(app) == qid(CLINIC)
        await pilot.press("O")
        await pilot.pause()
        assert isinstance(app.screen, ApplyOccasionScreen)
        assert [s.count for s in app.screen.scopes] == [3, 2]  # Kim's quotes; the rally's
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert cursor_id(app) == qid(CLINIC)
        for quote in (CLINIC, FIGHT, DISGRACE):
            saved = row(db_file, quote)
            assert saved["status"] == "corrected"
            assert (saved["final_occasion"], saved["final_occasion_type"]) == (
                "rally in Dayton",
                "speech",
            )
            assert saved["final_occasion_date"] == "2026-02-10"
        assert row(db_file, UNTRUE)["status"] == "unreviewed"  # another speaker
        await pilot.press("u")
        await pilot.pause()
        for quote in (CLINIC, FIGHT, DISGRACE):
            assert row(db_file, quote)["status"] == "unreviewed"
        assert row(db_file, DISGRACE)["final_occasion_type"] == "press"
        said = [n.message for n in app._notifications]
        assert any("Undone: the occasion given to 3 quotes" in m for m in said)

    run(db_file, scenario)
    log = reviews(db_file)
    assert [e["action"] for e in log] == ["correct"] * 3 + ["undo"] * 3
    assert len({e["batch"] for e in log[:3]}) == 1


def test_O_2_gives_it_to_the_quotes_of_the_event_only(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("O")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()

    run(db_file, scenario)
    assert [row(db_file, q)["status"] for q in (CLINIC, FIGHT, DISGRACE, UNTRUE)] == [
        "corrected",
        "corrected",
        "unreviewed",
        "unreviewed",
    ]


def test_t_filters_the_queue_by_occasion_type(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        assert len(table_ids(app)) == 4
        await pilot.press("t", "t", "t")  # every type → statement → interview → press
        await pilot.pause()
        assert table_ids(app) == [qid(DISGRACE)]
        await pilot.press("t")  # → speech
        await pilot.pause()
        assert table_ids(app) == [qid(CLINIC), qid(FIGHT)]
        progress = str(app.screen_stack[0].query_one("#progress").content)
        assert "speech" in progress and "2 of 2 left" in progress

    run(db_file, scenario)
