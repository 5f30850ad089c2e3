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


# --------------------------------------------------------------------------- undo and later work
# Two review windows on one file (issue 11's rule for speaker edits): an analyst's undo never
# takes back, or moves, what someone decided after the step it undoes.


def two_windows(db_file: Path, scenario: Any) -> tuple[ReviewApp, ReviewApp]:
    ana, ben = ReviewApp(db_file, "ana"), ReviewApp(db_file, "ben")

    async def main_() -> None:
        async with ana.run_test(size=(120, 40)) as one, ben.run_test(size=(120, 40)) as two:
            for pilot in (one, two):
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
            await scenario(one, two, ana, ben)

    asyncio.run(main_())
    return ana, ben


def session_of(app: ReviewApp) -> str:
    return screen_of(app).session.session_id


def told(app: ReviewApp) -> list[str]:
    return [n.message for n in app._notifications if n.message.startswith("Not undone")]


async def rename(pilot: Any, app: ReviewApp, sid: str, name: str) -> None:
    await choose(pilot, app, sid)
    await pilot.press("r")
    assert isinstance(app.screen, RenameScreen)
    app.screen.query_one("#new-name").value = ""  # type: ignore[attr-defined]
    await pilot.press(*name, "enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()


async def undo(pilot: Any) -> None:
    await pilot.press("u")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_undoing_a_rename_keeps_a_later_rename_by_someone_else(db_file: Path) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await rename(one, ana, "caddell", "Pat Caddell")
        await rename(two, ben, "caddell", "Caddell Polling")
        assert speaker_row(db_file, "caddell")[0] == "Caddell Polling"
        await undo(one)  # would put back "Caddell" over Ben's name
        assert speaker_row(db_file, "caddell")[0] == "Caddell Polling"
        (message,) = told(ana)
        assert "ben" in message and "Caddell Polling" in message
        await undo(two)  # Ben's own undo goes through: Ana's name is back
        assert speaker_row(db_file, "caddell")[0] == "Pat Caddell"

    two_windows(db_file, scenario)
    assert actions(db_file) == ["rename", "rename", "undo"]


def test_undoing_a_rename_or_kind_after_a_merge_leaves_the_merged_speaker_alone(
    db_file: Path,
) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await rename(one, ana, "caddell", "Caddell Polling")
        with contextlib.closing(store.open_db(db_file)) as db:
            store.set_speaker_kind(db, "caddell", PERSON, "ana", session=session_of(ana))
            store.merge_speakers(db, "caddell", "pat-caddel", "ben", session=session_of(ben))
        await undo(one)  # the kind: it would land on Pat Caddel, whom Ben merged it into
        await undo(one)  # the rename, likewise
        assert speaker_row(db_file, "pat-caddel") == ("Pat Caddel", "person")
        assert len(told(ana)) == 2 and all("ben merged" in m for m in told(ana))
        await undo(two)  # Ben takes his merge back: Ana's rename and kind are as she left them
        assert speaker_row(db_file, "caddell") == ("Caddell Polling", "person")
        assert speaker_row(db_file, "pat-caddel") == ("Pat Caddel", "person")

    two_windows(db_file, scenario)


def test_undoing_an_alias_split_keeps_quotes_decided_under_the_new_speaker(
    db_file: Path,
) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        ryan = store.find_speaker(db, "Paul Ryan")
    assert ryan is not None
    win = read(db_file, "SELECT id FROM quotes WHERE text = '“We will win,”'")[0][0]

    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        with contextlib.closing(store.open_db(db_file)) as db:
            new = store.split_alias(db, ryan.id, "Paul Ryan", "ana", new_name="Paul Ryan Sr.",
                                    session=session_of(ana))  # fmt: skip
            store.confirm(db, win, "ben", session=session_of(ben))  # "Paul Ryan Sr. said it"
        await undo(one)
        assert read(db_file, "SELECT speaker_id, status FROM quotes WHERE id = ?", (win,)) == [
            (new, "confirmed")
        ]
        (message,) = told(ana)
        assert "ben decided 1 of its quotes" in message and "Paul Ryan Sr." in message
        await undo(one)  # a refused step is passed over: nothing more of Ana's to undo
        assert read(db_file, "SELECT speaker_id FROM quotes WHERE id = ?", (win,)) == [(new,)]

    two_windows(db_file, scenario)


def test_undoing_a_quote_split_gives_back_only_what_nobody_decided_since(db_file: Path) -> None:
    later, polls = (
        read(db_file, "SELECT id FROM quotes WHERE text = ?", (t,))[0][0]
        for t in ("“Later,”", "“Polls,”")
    )

    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        with contextlib.closing(store.open_db(db_file)) as db:
            store.split_quotes(db, [later, polls], "ana", new_name="Jim Caddell",
                               session=session_of(ana))  # fmt: skip
            store.reject(db, later, "ben", session=session_of(ben))
        await undo(one)
        rows = read(db_file, "SELECT id, status, reviewer FROM quotes WHERE id IN (?, ?)",
                    (later, polls))  # fmt: skip
        assert sorted(rows) == sorted([(later, "rejected", "ben"), (polls, "unreviewed", None)])

    two_windows(db_file, scenario)


def test_undoing_a_merge_keeps_quotes_decided_since(db_file: Path) -> None:
    later = read(db_file, "SELECT id FROM quotes WHERE text = '“Later,”'")[0][0]

    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        with contextlib.closing(store.open_db(db_file)) as db:
            store.merge_speakers(db, "caddell", "pat-caddel", "ana", session=session_of(ana))
            store.confirm(db, later, "ben", session=session_of(ben))  # as Pat Caddel's
        await undo(one)
        assert read(db_file, "SELECT speaker_id, status FROM quotes WHERE id = ?", (later,)) == [
            ("pat-caddel", "confirmed")
        ]
        assert "ben decided 1 of its quotes" in told(ana)[0]
        await undo(two)

    two_windows(db_file, scenario)


def test_undoing_a_merge_leaves_an_alias_split_off_since_where_it_went(db_file: Path) -> None:
    later = read(db_file, "SELECT id FROM quotes WHERE text = '“Later,”'")[0][0]

    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        with contextlib.closing(store.open_db(db_file)) as db:
            store.merge_speakers(db, "caddell", "pat-caddel", "ana", session=session_of(ana))
        with contextlib.closing(store.open_db(db_file)) as db:
            # Ben now splits the name "Caddell" off Pat Caddel to a speaker of its own.
            elsewhere = store.split_alias(
                db, "pat-caddel", "Caddell", "ben", new_name="Caddell Inc.", session=session_of(ben)
            )
        await undo(one)  # Ana's merge goes; what Ben split off stays where he put it
        assert read(db_file, "SELECT speaker_id FROM article_speakers WHERE local_id = 'caddell'"
                    ) == [(elsewhere,)]  # fmt: skip
        assert read(db_file, "SELECT speaker_id FROM quotes WHERE id = ?", (later,)) == [
            (elsewhere,)
        ]

    two_windows(db_file, scenario)


# --------------------------------------------------------------------------- data is text
EVIL = "[bold]Evil[/] \x1b[31mRed\x1b]8;;https://x.example\x07\u202eRTL\u200bZW [link=https://x.example]y"


def shown_lines(widget: Any) -> str:
    from textual.geometry import Region

    width, height = widget.outer_size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


def test_every_screen_shows_names_occasions_notes_and_reviewers_as_text(db_file: Path) -> None:
    later = read(db_file, "SELECT id FROM quotes WHERE text = '“Later,”'")[0][0]
    with contextlib.closing(store.open_db(db_file)) as db:
        store.rename_speaker(db, "caddell", EVIL + " " + "long" * 300, EVIL)
        store.correct(db, later, EVIL, occasion=EVIL, occasion_place=EVIL)
        store.set_note(db, later, EVIL, EVIL + "\n" + "x" * 5000)
        store.resolve_identity(db)
    seen: dict[str, str] = {}

    def drawn(app: ReviewApp) -> str:
        lines = []
        for widget in app.screen.query("*"):
            if widget.display and widget.size.area:
                lines.append(shown_lines(widget))
        return "\n".join(lines)

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await choose(pilot, app, "caddell")
        await pilot.press("s")  # every status: the corrected quote too
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        seen["queue"] = drawn(app)
        for key in ("w", "d", "question_mark", "r", "K", "p", "m", "e", "o", "n", "v", "F"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            seen[key] = drawn(app)
            assert not isinstance(app.screen, ReviewScreen) or key == "d", key
            while not isinstance(app.screen, ReviewScreen):
                await pilot.press("escape")
                await pilot.pause()

    run(db_file, scenario)
    for where, text in seen.items():
        for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
            assert bad not in text, (where, repr(bad))
    assert "[bold]Evil[/]" in seen["queue"]
    shown = [k for k, text in seen.items() if "[bold]Evil[/]" in text or "[link=" in text]
    assert len(shown) > 5, shown
