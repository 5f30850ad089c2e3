"""Two analysts, or one analyst in two windows, on one database file (issue 11): a decision is
written only over the state its analyst saw, undo belongs to the session and never overwrites a
later decision by anyone, and open screens learn of other sessions' changes by polling the log.

Each case runs two real review apps (Textual Pilot) on one real SQLite file; the store-level
rules are checked through the store's own functions too.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from test_tui import (
    D1,
    Q_PROVOCATION,
    Q_RESPOND,
    Q_ZINOVIEV,
    SIZE,
    build_db,
    cursor_id,
    engine_result,
    reviews,
    screen_of,
    settle,
    shown_lines,
    status,
)

from quotetui import store
from quotetui.model import Document, UndoRefused
from quotetui.tui.app import ReviewApp
from quotetui.tui.widgets.quotes_table import QuotesTable

# Polling off (an hour) where a test needs a screen that has not looked again yet; fast where
# a test waits for it.
NO_POLL = 3600.0
FAST_POLL = 0.05


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return build_db(tmp_path / "two.db")


Scenario = Callable[[Any, Any, ReviewApp, ReviewApp], Awaitable[None]]


def two_apps(
    db_file: Path,
    scenario: Scenario,
    reviewers: tuple[str, str] = ("ana", "ben"),
    poll: float = NO_POLL,
) -> tuple[ReviewApp, ReviewApp]:
    first = ReviewApp(db_file, reviewers[0], poll_seconds=poll)
    second = ReviewApp(db_file, reviewers[1], poll_seconds=poll)

    async def main_() -> None:
        async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
            await settle(one)
            await settle(two)
            await scenario(one, two, first, second)

    asyncio.run(main_())
    return first, second


def messages(app: ReviewApp) -> list[str]:
    return [n.message for n in app._notifications]


def reviewer_of(path: Path, qid: str) -> str | None:
    with contextlib.closing(store.open_db(path)) as db:
        quote = store.get_quote(db, qid)
        return None if quote is None else quote.reviewer


async def wait_for_poll(pilot: Any) -> None:
    await pilot.pause(FAST_POLL * 6)
    await settle(pilot)


# --------------------------------------------------------------------------- last writer


def test_a_decision_on_a_quote_decided_since_is_refused_and_the_row_refreshed(db_file) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        # Both look at Zinoviev's quote, unreviewed. Ana confirms; Ben, not having seen that,
        # rejects: refused, and his screen shows Ana's decision.
        await one.press("a")
        assert status(db_file, Q_ZINOVIEV) == "confirmed"
        await two.press("x")
        await two.pause()
        assert status(db_file, Q_ZINOVIEV) == "confirmed"
        assert reviewer_of(db_file, Q_ZINOVIEV) == "ana"
        (refusal,) = [m for m in messages(ben) if "NOT saved" in m]
        assert "ana made it confirmed" in refusal
        assert cursor_id(ben) == Q_ZINOVIEV  # not moved on: nothing was decided
        assert screen_of(ben).session.current.status == "confirmed"
        detail = shown_lines(ben.screen.query_one("#detail-body"))
        assert "confirmed" in detail and "by ana" in detail
        # Now he has seen it: a second x is his decision, over hers.
        await two.press("x")
        assert status(db_file, Q_ZINOVIEV) == "rejected"

    two_apps(db_file, scenario)
    assert [(r["action"], r["reviewer"]) for r in reviews(db_file)] == [
        ("confirm", "ana"),
        ("reject", "ben"),
    ]


def test_a_correction_on_a_quote_changed_since_creates_nothing(db_file) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await one.press("x")  # Ana rejects Zinoviev's quote
        await two.press("e")  # Ben opened the correction on the quote as it was
        await two.pause()
        await two.press(*"Maria Lopez Junior", "enter")
        await two.pause()
        assert status(db_file, Q_ZINOVIEV) == "rejected"
        assert any("NOT saved" in m for m in messages(ben))

    two_apps(db_file, scenario)
    with contextlib.closing(store.open_db(db_file)) as db:
        assert store.find_speaker(db, "Maria Lopez Junior") is None


def test_the_store_refuses_a_decision_over_a_state_not_seen(db_file) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        seen = store.get_quote(db, Q_RESPOND)
        store.confirm(db, Q_RESPOND, "ana")
        with pytest.raises(store.Conflict, match="ana made it confirmed"):
            store.reject(db, Q_RESPOND, "ben", expected=seen)
        # An ingest that changes the engine's answer changes what was seen as well.
        seen = store.get_quote(db, Q_PROVOCATION)
        result = engine_result(D1)
        changed = tuple(
            dataclasses.replace(q, confidence=0.1) if "provocation" in q.text else q
            for q in result.quotes
        )
        document = Document(id="d1", text=D1, title="Envoy speaks", source="Daily")
        store.save_document(db, document, dataclasses.replace(result, quotes=changed))
        with pytest.raises(store.Conflict, match="changed since you looked"):
            store.confirm(db, Q_PROVOCATION, "ben", expected=seen)
        assert store.confirm(db, Q_PROVOCATION, "ben", expected=store.get_quote(db, Q_PROVOCATION))


# --------------------------------------------------------------------------- undo


def test_undo_never_overwrites_a_later_decision_by_someone_else(db_file) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await one.press("a")  # Ana confirms Zinoviev
        await wait_for_poll(two)  # Ben's screen learns of it …
        assert screen_of(ben).session.current.status == "confirmed"
        await two.press("x")  # … and he rejects it, knowingly
        assert status(db_file, Q_ZINOVIEV) == "rejected"
        await one.press("u")  # Ana's undo would put back "unreviewed" over Ben's decision
        await one.pause()
        assert status(db_file, Q_ZINOVIEV) == "rejected"
        assert reviewer_of(db_file, Q_ZINOVIEV) == "ben"
        (told,) = [m for m in messages(ana) if m.startswith("Not undone")]
        assert "ben made it rejected" in told
        await one.press("u")  # nothing before it in Ana's session
        await one.pause()
        assert "Nothing left to undo." in messages(ana)

    two_apps(db_file, scenario, poll=FAST_POLL)
    assert [r["action"] for r in reviews(db_file)] == ["confirm", "reject"]


def test_the_store_never_undoes_over_a_later_decision(db_file) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        store.confirm(db, Q_RESPOND, "ana", session="s1")
        store.correct(db, Q_PROVOCATION, "ana", speaker_id="spokesperson", session="s1")
        store.reject(db, Q_RESPOND, "ben", session="s2")
        assert store.undo_last(db, "ana", session="s1").quote_id == Q_PROVOCATION
        undone = store.undo_last(db, "ana", session="s1")
        assert isinstance(undone, UndoRefused) and undone.quote_id == Q_RESPOND
        assert store.undo_last(db, "ana", session="s1") == undone  # nothing was written
        assert undone.current.reviewer == "ben"
        assert store.get_quote(db, Q_RESPOND).status == "rejected"
        assert store.undo_last(db, "ana", session="s1", skip=[undone.entry_id]) is None
        # Ben undoes his own: Ana's confirmation is in force again, and hers to undo.
        store.undo_last(db, "ben", session="s2")
        assert store.get_quote(db, Q_RESPOND).reviewer == "ana"
        assert store.undo_last(db, "ana", session="s1").quote_id == Q_RESPOND
        assert store.get_quote(db, Q_RESPOND).status == "unreviewed"


def test_undo_belongs_to_the_window_not_the_reviewer_name(db_file) -> None:
    async def scenario(one: Any, two: Any, first: ReviewApp, second: ReviewApp) -> None:
        await one.press("a")  # window 1 confirms Zinoviev
        await two.press("down", "down", "x")  # window 2 rejects "We will respond"
        assert status(db_file, Q_RESPOND) == "rejected"
        await one.press("u")  # window 1 takes back its own decision only
        await one.pause()
        assert status(db_file, Q_ZINOVIEV) == "unreviewed"
        assert status(db_file, Q_RESPOND) == "rejected"
        await one.press("u")
        await one.pause()
        assert "Nothing left to undo." in messages(first)
        assert status(db_file, Q_RESPOND) == "rejected"
        await two.press("u")
        assert status(db_file, Q_RESPOND) == "unreviewed"

    two_apps(db_file, scenario, reviewers=("ana", "ana"))
    log = reviews(db_file)
    assert [(r["action"], r["reviewer"]) for r in log] == [
        ("confirm", "ana"),
        ("reject", "ana"),
        ("undo", "ana"),
        ("undo", "ana"),
    ]
    assert log[0]["session"] == log[2]["session"] != log[1]["session"] == log[3]["session"]


# --------------------------------------------------------------------------- polling


def test_an_open_screen_shows_another_sessions_decision_without_a_reload(db_file) -> None:
    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await two.press("down")  # Ben reads "a provocation"
        await one.press("a", "x")  # Ana confirms Zinoviev, rejects "a provocation"
        await wait_for_poll(two)
        table = ben.screen.query_one(QuotesTable)
        assert table.get_cell(Q_ZINOVIEV, "status").plain == "✓"
        assert table.get_cell(Q_PROVOCATION, "status").plain == "✗"
        detail = shown_lines(ben.screen.query_one("#detail-body"))
        assert "rejected" in detail and "by ana" in detail
        assert any("ana (reject) just changed the quote you are on" in m for m in messages(ben))
        # Ana's screen learns of Ben's decisions the same way.
        await two.press("down", "a")  # Ben confirms "We will respond"
        await wait_for_poll(one)
        cell = ana.screen.query_one(QuotesTable).get_cell(Q_RESPOND, "status")
        assert cell.plain == "✓"

    two_apps(db_file, scenario, poll=FAST_POLL)


def test_an_open_screen_follows_quotes_an_ingest_moved(db_file) -> None:
    edited = "Breaking: a reply.\n\n" + D1

    async def scenario(one: Any, two: Any, ana: ReviewApp, ben: ReviewApp) -> None:
        await one.press("s")  # all statuses
        await settle(one)
        await one.press("down")
        await two.press("x")  # Ben rejects Zinoviev's quote …
        with contextlib.closing(store.open_db(db_file)) as db:  # … and an ingest moves it
            document = Document(id="d1", text=edited, title="Envoy speaks", source="Daily")
            store.save_document(db, document, engine_result_for(edited))
        await wait_for_poll(one)
        moved = store.quote_id("d1", edited.index("“Russia"), edited.index("” at") + 1)
        shown = [row.key.value for row in ana.screen.query_one(QuotesTable).ordered_rows]
        assert moved in shown and Q_ZINOVIEV not in shown
        # Ana can decide on what she sees now: the new span, as it is.
        await one.press("a")
        await one.pause()
        assert status(db_file, store.quote_id("d1", *span(edited, "“a provocation”"))) == (
            "confirmed"
        )

    two_apps(db_file, scenario, poll=FAST_POLL)


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def engine_result_for(text: str) -> Any:
    """test_tui's engine result for D1, its offsets moved to ``text``."""
    result = engine_result(D1)
    shift = text.index(D1)
    quotes = tuple(
        dataclasses.replace(
            q,
            start=q.start + shift,
            end=q.end + shift,
            speaker_start=None if q.speaker_start is None else q.speaker_start + shift,
            speaker_end=None if q.speaker_end is None else q.speaker_end + shift,
            cue_start=None if q.cue_start is None else q.cue_start + shift,
            cue_end=None if q.cue_end is None else q.cue_end + shift,
        )
        for q in result.quotes
    )
    return dataclasses.replace(result, quotes=quotes)
