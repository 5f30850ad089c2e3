"""Speaker management in the review app, through Pilot on a real file: rename, kind, split
(an alias, a quote), the duplicates queue and "different people", each undone with u, and
the database checked after each step."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from quotetui import store
from quotetui.model import Document, DocumentResult, QuoteRecord, SpeakerKind, SpeakerRecord
from quotetui.tui.app import ReviewApp
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.screens.speaker import (
    DuplicatesScreen,
    KindScreen,
    RenameScreen,
    SplitScreen,
    WhyScreen,
)

REVIEWER = "analyst"
PERSON, ORG = SpeakerKind.PERSON, SpeakerKind.ORGANISATION


def _article(doc_id: str, *speakers: tuple[str, SpeakerRecord]) -> tuple[Document, DocumentResult]:
    text, quotes = "", []
    for words, speaker in speakers:
        start = len(text)
        text += words + " someone said.\n\n"
        quotes.append(QuoteRecord(start, start + len(words), words, speaker=speaker.name,
                                  speaker_id=speaker.id))  # fmt: skip
    result = DocumentResult(doc_id, tuple(quotes), tuple(s for _, s in speakers))
    return Document(id=doc_id, title=doc_id, text=text), result


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "speakers.db"
    with contextlib.closing(store.open_db(path)) as db:
        store.save_documents(
            db,
            [
                _article("a", ("“We will win,”", SpeakerRecord(
                    "paul-ryan", "Paul Ryan", PERSON, ("Speaker Ryan",)))),
                _article("b", ("“Taxes,”", SpeakerRecord("ryan", "Ryan", PERSON)),
                         ("“Fine,”", SpeakerRecord("paul-d-ryan", "Paul D. Ryan", PERSON))),
                _article("c", ("“Later,”", SpeakerRecord("caddell", "Caddell", ORG)),
                         ("“Polls,”", SpeakerRecord("pat-caddel", "Pat Caddel", PERSON))),
                _article("e", ("“Strike,”", SpeakerRecord("nolan-ryan", "Nolan Ryan", PERSON))),
                # A bare "Ryan" with two people of that surname and nothing to choose by.
                _article("f", ("“Maybe,”", SpeakerRecord("ryan", "Ryan", PERSON))),
            ],
        )  # fmt: skip
        store.resolve_identity(db)
    return path


def read(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.execute(sql, params))


def speaker_row(path: Path, sid: str) -> tuple:
    return read(path, "SELECT name, kind FROM speakers WHERE id = ?", (sid,))[0]


def actions(path: Path) -> list[str]:
    return [r[0] for r in read(path, "SELECT action FROM reviews ORDER BY id")]


def run(db_file: Path, scenario: Any, size: tuple[int, int] = (120, 40)) -> None:
    app = ReviewApp(db_file, REVIEWER)

    async def main_() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            await scenario(pilot, app)

    asyncio.run(main_())


def screen_of(app: ReviewApp) -> ReviewScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ReviewScreen)
    return screen


async def choose(pilot: Any, app: ReviewApp, sid: str) -> None:
    screen_of(app).choose_speaker(sid)
    await pilot.pause()


def test_r_renames_and_u_takes_it_back(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await choose(pilot, app, "caddell")
        await pilot.press("r")
        assert isinstance(app.screen, RenameScreen)
        box = app.screen.query_one("#new-name")
        box.value = ""  # type: ignore[attr-defined]
        await pilot.press(*"Pat Caddell", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert speaker_row(db_file, "caddell")[0] == "Pat Caddell"
        assert screen_of(app).session.speaker_name == "Pat Caddell"
        await pilot.press("u")
        await pilot.pause()
        assert speaker_row(db_file, "caddell")[0] == "Caddell"

    run(db_file, scenario)
    assert actions(db_file) == ["rename", "undo"]
    active = read(db_file, "SELECT active FROM speaker_decisions")
    assert active == [(0,)]


def test_shift_k_sets_the_kind_and_u_takes_it_back(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await choose(pilot, app, "caddell")
        await pilot.press("K")
        assert isinstance(app.screen, KindScreen)
        await pilot.press("1")
        await pilot.pause()
        assert speaker_row(db_file, "caddell")[1] == "person"
        await pilot.press("u")
        await pilot.pause()
        assert speaker_row(db_file, "caddell")[1] == "organisation"

    run(db_file, scenario)
    assert actions(db_file) == ["kind", "undo"]


def test_p_splits_an_alias_off_and_u_puts_it_back(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        ryan = store.find_speaker(db, "Paul Ryan")
        assert ryan is not None and "Paul Ryan" in ryan.aliases  # article a's joined him
        before = {q.id: q.speaker_id for q in store.iter_quotes(db)}

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await choose(pilot, app, ryan.id)
        await pilot.press("p")
        assert isinstance(app.screen, SplitScreen)
        options = app.screen.query_one("#parts")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]  # type: ignore[attr-defined]
        options.highlighted = labels.index("alias: Paul Ryan")  # type: ignore[attr-defined]
        await pilot.press("enter")  # the alias; where it goes defaults to its own name
        box = app.screen.query_one("#to")
        assert box.value == "Paul Ryan"  # type: ignore[attr-defined]
        box.value = "Paul Ryan Sr."  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        moved = read(db_file, "SELECT id, name FROM speakers WHERE name = 'Paul Ryan Sr.'")
        assert len(moved) == 1
        quote = read(db_file, "SELECT speaker_id FROM quotes WHERE text = '“We will win,”'")
        assert quote == [(moved[0][0],)]
        aliases = {
            r[0]
            for r in read(
                db_file, "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (ryan.id,)
            )
        }
        assert "Paul Ryan" not in aliases
        await pilot.press("u")
        await pilot.pause()

    run(db_file, scenario)
    assert actions(db_file) == ["split", "undo"]
    with contextlib.closing(store.open_db(db_file)) as db:
        assert {q.id: q.speaker_id for q in store.iter_quotes(db)} == before
        assert "Paul Ryan" in (store.find_speaker(db, ryan.id) or ryan).aliases


def test_p_splits_the_quote_off_into_a_new_speaker_and_u_puts_it_back(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await choose(pilot, app, "caddell")
        await pilot.press("p")
        assert isinstance(app.screen, SplitScreen)
        await pilot.press("enter")  # this quote
        await pilot.press(*"Jim Caddell", "enter")
        await pilot.pause()
        sql = "SELECT q.status, s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id"
        row = read(db_file, sql + " WHERE q.text = '“Later,”'")
        assert row == [("corrected", "Jim Caddell")]
        await pilot.press("u")
        await pilot.pause()
        row = read(
            db_file, "SELECT status, reviewed_speaker_id FROM quotes WHERE text = '“Later,”'"
        )
        assert row == [("unreviewed", None)]

    run(db_file, scenario)
    assert actions(db_file) == ["split quotes", "undo"]


def test_d_merges_a_suggested_pair_and_u_takes_it_back(db_file: Path) -> None:
    pairs = read(db_file, "SELECT a, b FROM speaker_duplicates")
    assert pairs, "the bare Ryan of article f is offered with each Ryan"

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("d")
        assert isinstance(app.screen, DuplicatesScreen)
        first = app.screen.pairs[0]
        await pilot.press("m")
        await pilot.pause()
        merged = read(db_file, "SELECT id FROM speakers WHERE merged_into IS NOT NULL"
                               " AND id IN (?, ?)", (first.a, first.b))  # fmt: skip
        assert len(merged) == 1
        assert all((p.a, p.b) != (first.a, first.b) for p in app.screen.pairs)
        await pilot.press("u")
        await pilot.pause()
        assert read(db_file, "SELECT id FROM speakers WHERE merged_into IS NOT NULL"
                             " AND id IN (?, ?)", (first.a, first.b)) == []  # fmt: skip
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    assert actions(db_file) == ["merge", "undo"]


def test_d_marks_different_people_never_suggested_again(db_file: Path) -> None:
    marked: list[tuple[str, str]] = []

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("d")
        assert isinstance(app.screen, DuplicatesScreen)
        first = app.screen.pairs[0]
        marked.append((first.a, first.b))
        await pilot.press("d")
        await pilot.pause()
        assert read(db_file, "SELECT 1 FROM speaker_duplicates WHERE a = ? AND b = ?",
                    (first.a, first.b)) == []  # fmt: skip
        await pilot.press("u")
        await pilot.pause()
        assert read(db_file, "SELECT 1 FROM speaker_duplicates WHERE a = ? AND b = ?",
                    (first.a, first.b)) == [(1,)]  # fmt: skip
        await pilot.press("d")  # different again, and this time it stays
        await pilot.pause()

    run(db_file, scenario)
    assert actions(db_file) == ["different", "undo", "different"]
    with contextlib.closing(store.open_db(db_file)) as db:
        store.resolve_identity(db)  # what the next ingest does
        assert marked[0] not in {(p.a, p.b) for p in store.list_duplicates(db)}
    assert read(db_file, "SELECT count(*) FROM speaker_decisions WHERE active = 1") == [(1,)]


def test_w_shows_why_and_the_small_terminal_fits(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        with contextlib.closing(store.open_db(db_file)) as db:
            ryan = store.find_speaker(db, "Paul Ryan")
        assert ryan is not None
        await choose(pilot, app, ryan.id)
        await pilot.press("w")
        assert isinstance(app.screen, WhyScreen)
        drawn = " ".join(str(w.content) for w in app.screen.query("Static"))
        assert "same name" in drawn and "Paul D. Ryan" in drawn
        await pilot.press("escape")

    run(db_file, scenario, size=(80, 24))


def test_every_key_of_the_review_screen_is_one_action() -> None:
    from quotetui.tui.keys import REVIEW_KEYS

    keys = [k.binding or k.shown[0] for k in REVIEW_KEYS if k.action is not None]
    assert len(keys) == len(set(keys))
