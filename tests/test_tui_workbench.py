"""The analyst's workbench in the review app (issue 15): search, the article view, the filters
(terms apart), bulk decisions, notes and flags, small terminals and remapped keys, and the rough
edges. The real app through Pilot on real SQLite files; every key test checks the database."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from test_store_workbench import (
    Q_LOPEZ,
    Q_PENCE,
    Q_PROVOCATION,
    Q_TERM,
    Q_ZINOVIEV,
    save,
)
from test_tui import shown_lines
from textual.widgets import Button, Checkbox, Input, Select, Static

from quotetui import store
from quotetui.tui.app import ReviewApp
from quotetui.tui.keys import REVIEW_KEYS, load_keymap
from quotetui.tui.screens.article import ArticleScreen
from quotetui.tui.screens.bulk import BulkScreen
from quotetui.tui.screens.filters import FilterScreen
from quotetui.tui.screens.help import HelpScreen
from quotetui.tui.screens.merge import MergeScreen
from quotetui.tui.screens.prompt import PromptScreen
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.widgets.quotes_table import QuotesTable

REVIEWER = "analyst"
SIZE = (120, 40)
EVERY = [Q_ZINOVIEV, Q_PROVOCATION, Q_LOPEZ, Q_PENCE]  # the default queue: no term


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "bench.db"
    with contextlib.closing(store.open_db(path)) as db:
        save(db, "d1")
        save(db, "d2")
    return path


def read(path: Path, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def quote(path: Path, qid: str) -> dict[str, Any]:
    return read(path, "SELECT * FROM quotes WHERE id = ?", (qid,))[0]


def actions(path: Path) -> list[tuple[str, str | None]]:
    return [(r["action"], r["quote_id"]) for r in read(path, "SELECT * FROM reviews ORDER BY id")]


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def run(
    db_file: Path,
    scenario: Callable[[Any, ReviewApp], Awaitable[None]],
    size: tuple[int, int] = SIZE,
) -> ReviewApp:
    app = ReviewApp(db_file, REVIEWER)

    async def main_() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(pilot, app)

    asyncio.run(main_())
    return app


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ReviewScreen)
    return screen


def table_ids(app: ReviewApp) -> list[str]:
    table = app.screen_stack[0].query_one(QuotesTable)
    return [row.key.value for row in table.ordered_rows]


def cursor_id(app: ReviewApp) -> str:
    table = app.screen_stack[0].query_one(QuotesTable)
    return table.ordered_rows[table.cursor_row].key.value


def progress(app: ReviewApp) -> str:
    return str(app.screen_stack[0].query_one("#progress", Static).content)


async def type_in(pilot: Any, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)


# --------------------------------------------------------------------------- the queue


def test_terms_are_out_of_the_default_queue_and_under_their_own_filter(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        assert table_ids(app) == EVERY
        assert progress(app).startswith("4 of 4 left to review")
        screen = review(app)
        screen.update_filter(kind="term")
        await settle(pilot)
        assert table_ids(app) == [Q_TERM]
        assert "kind: terms" in progress(app) and progress(app).startswith("1 of 1 left")
        detail = str(app.screen.query_one("#detail-body", Static).content)
        assert "a term" in detail and "Rule ?" not in detail and "confidence ?" not in detail
        await pilot.press("a")  # a term can be confirmed…
        screen.update_filter(kind=None)
        await settle(pilot)
        assert set(table_ids(app)) == {*EVERY}  # unreviewed only: the term is decided

    run(db_file, scenario)
    assert quote(db_file, Q_TERM)["status"] == "confirmed"
    with contextlib.closing(store.open_db(db_file, readonly=True)) as db:
        # …but a confirmed term is never a verified (speaker-less) quote.
        verified = [r[0] for r in db.execute("SELECT quote_id FROM verified_quotes").fetchall()]
    assert Q_TERM not in verified


def test_search_key_makes_a_queue_with_the_matches_highlighted(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("f")
        assert isinstance(app.screen, PromptScreen)
        await type_in(pilot, "kursk")
        await pilot.press("enter")
        await settle(pilot)
        # The quote saying it, and every quote of the article whose title says it.
        assert set(table_ids(app)) == {Q_LOPEZ, Q_ZINOVIEV, Q_PROVOCATION}
        assert "search “kursk”" in progress(app)
        assert progress(app).startswith("3 of 3 left")
        review(app).search("deficit")
        await settle(pilot)
        assert table_ids(app) == [Q_LOPEZ]
        table = app.screen.query_one(QuotesTable)
        cell = table.get_cell(Q_LOPEZ, "quote")
        marked = [cell.plain[s.start : s.end] for s in cell.spans if "yellow" in str(s.style)]
        assert marked == ["deficit"]
        review(app).search("kursk")
        await settle(pilot)
        review(app).choose_speaker("maria-lopez", "Maria Lopez")
        await settle(pilot)
        body = app.screen.query_one("#detail-body", Static).content
        assert any(body.plain[s.start : s.end] == "Kursk" for s in body.spans
                   if "on bright_yellow" in str(s.style))  # fmt: skip
        await pilot.press("a")  # decide from the results
        await pilot.press("f")
        box = app.screen.query_one("#prompt-input", Input)
        assert box.value == "kursk"  # the search in force, to change
        box.value = ""
        await pilot.press("enter")  # an empty search ends it
        await settle(pilot)
        review(app).choose_speaker(None)
        await settle(pilot)
        assert "search" not in progress(app)
        assert len(table_ids(app)) == 3  # the unreviewed of the default queue

    run(db_file, scenario)
    assert quote(db_file, Q_LOPEZ)["status"] == "confirmed"
    assert actions(db_file) == [("confirm", Q_LOPEZ)]


def test_search_with_markup_and_syntax_is_data(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        review(app).search('"pic.twitter.com/ (')
        await settle(pilot)
        assert table_ids(app) == []  # the term is out of the default queue; no error
        review(app).update_filter(kind=None)
        await settle(pilot)
        assert table_ids(app) == [Q_TERM]

    run(db_file, scenario)


def test_filter_dialog_sets_kind_band_outlet_dates_and_flags(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("F")
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#f-min", Input).value = "0.7"
        app.screen.query_one("#f-source", Input).value = "Herald"
        await pilot.pause()
        app.screen.query_one("#f-min", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert table_ids(app) == [Q_LOPEZ, Q_PENCE]
        assert "0.7 ≤ confidence" in progress(app) and "outlet Herald" in progress(app)
        assert progress(app).startswith("2 of 2 left")
        # A bad date is one clear message; nothing applied.
        await pilot.press("F")
        app.screen.query_one("#f-from", Input).value = "13/02/2026"
        app.screen.query_one("#f-from", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "YYYY-MM-DD" in str(app.screen.query_one("#f-problem", Static).content)
        app.screen.query_one("#f-from", Input).value = "2026-13"  # the right shape, no month
        await pilot.press("enter")
        await pilot.pause()
        assert "'2026-13'" in str(app.screen.query_one("#f-problem", Static).content)
        app.screen.query_one("#f-from", Input).value = "2026-02"
        app.screen.query_one("#f-to", Input).value = "2026-02"
        app.screen.query_one("#f-source", Input).value = ""
        app.screen.query_one("#f-min", Input).value = ""
        app.screen.query_one("#f-kind", Select).value = "written"
        await pilot.pause()
        app.screen.query_one("#f-to", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert table_ids(app) == [Q_PROVOCATION]
        # This quote's article, ticked: the quotes of d1, any kind but terms.
        await pilot.press("F")
        app.screen.query_one("#f-kind", Select).value = store.NOT_TERMS
        app.screen.query_one("#f-from", Input).value = ""
        app.screen.query_one("#f-to", Input).value = ""
        app.screen.query_one("#f-here-article", Checkbox).value = True
        await pilot.pause()
        app.screen.query_one("#f-to", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert table_ids(app) == [Q_ZINOVIEV, Q_PROVOCATION]
        assert "article d1" in progress(app)
        # Clear: the default queue again.
        await pilot.press("F")
        app.screen.query_one("#f-clear", Button).press()
        await settle(pilot)
        assert table_ids(app) == EVERY

    run(db_file, scenario)
    assert actions(db_file) == []


def test_filter_by_reviewer_and_occasion_type(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        store.confirm(db, Q_PENCE, "kim")

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        screen.set_status(None)
        await settle(pilot)
        await pilot.press("F")
        app.screen.query_one("#f-reviewer", Input).value = "kim"
        app.screen.query_one("#f-reviewer", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert table_ids(app) == [Q_PENCE]
        assert "decided by kim" in progress(app)
        await pilot.press("F")
        assert app.screen.query_one("#f-reviewer", Input).value == "kim"  # kept
        app.screen.query_one("#f-type", Select).value = "none"
        app.screen.query_one("#f-reviewer", Input).value = ""
        app.screen.query_one("#f-reviewer", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert screen.session.occasion_type == "none"
        assert set(table_ids(app)) == set(EVERY)

    run(db_file, scenario)


# --------------------------------------------------------------------------- the article


def test_article_view_shows_every_quote_decides_and_returns_to_the_same_place(
    db_file: Path,
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j")  # "a provocation", the second of the queue
        assert cursor_id(app) == Q_PROVOCATION
        await pilot.press("v")
        article = app.screen
        assert isinstance(article, ArticleScreen)
        head = str(article.query_one("#article-head", Static).content)
        assert "Kursk front holds" in head and "Daily" in head and "2026-02-13" in head
        shown = "\n".join(str(s.content) for s in article.query(".article-paragraph"))
        # The whole article, each quote followed by its speaker; the term too.
        assert "He shared “pic.twitter.com/abc”" in shown
        assert "“Russia is well aware of this.” ⟨· Georgy Zinoviev⟩" in shown
        assert "no speaker" in shown
        assert article.current.id == Q_PROVOCATION
        await pilot.press("k")  # to Zinoviev
        assert article.current.id == Q_ZINOVIEV
        await pilot.press("a")  # confirm it here; the view moves on to the next quote
        await settle(pilot)
        assert article.current.id == Q_PROVOCATION
        assert "✓ Georgy Zinoviev" in "\n".join(
            str(s.content) for s in article.query(".article-paragraph")
        )
        await pilot.press("j", "x")  # reject the term
        await settle(pilot)
        await pilot.press("u")  # undo that
        await settle(pilot)
        assert quote(db_file, Q_TERM)["status"] == "unreviewed"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert cursor_id(app) == Q_PROVOCATION  # where it was
        assert progress(app).startswith("3 of 4 left")

    run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["status"] == "confirmed"
    assert actions(db_file) == [("confirm", Q_ZINOVIEV), ("reject", Q_TERM), ("undo", Q_TERM)]


def test_article_view_highlights_status_and_the_search(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        review(app).search("deficit")
        await settle(pilot)
        await pilot.press("v")
        article = app.screen
        assert isinstance(article, ArticleScreen)
        texts = [s.content for s in article.query(".article-paragraph")]
        styled = {t.plain[s.start : s.end]: str(s.style) for t in texts for s in t.spans}
        assert "on bright_yellow" in styled["deficit"]
        assert "reverse" in styled["“We will cut the deficit, whatever Kursk costs,”"]
        await pilot.press("v")
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)


# --------------------------------------------------------------------------- many at once


def test_bulk_confirm_counts_asks_and_is_one_undo(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("b")
        assert isinstance(app.screen, BulkScreen)
        count = str(app.screen.query_one("#bulk-count", Static).content)
        assert count.startswith("2 quotes at confidence ≥ 0.95")  # Zinoviev 0.97, Lopez 0.99
        app.screen.query_one("#bulk-threshold", Input).value = "0.8"
        await pilot.pause()
        assert str(app.screen.query_one("#bulk-count", Static).content).startswith("3 quotes")
        await pilot.press("enter")
        await pilot.pause()
        assert "Confirm 3 quotes?" in str(app.screen.query_one("#bulk-count", Static).content)
        assert actions(db_file) == []  # asked, not done
        await pilot.press("n")  # not yet
        await pilot.press("enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert progress(app).startswith("1 of 4 left")
        statuses = {q: quote(db_file, q)["status"] for q in EVERY}
        assert statuses == {Q_ZINOVIEV: "confirmed", Q_PROVOCATION: "unreviewed",
                            Q_LOPEZ: "confirmed", Q_PENCE: "confirmed"}  # fmt: skip
        log = read(db_file, "SELECT * FROM reviews ORDER BY id")
        assert len(log) == 3 and len({r["batch"] for r in log}) == 1
        await pilot.press("u")
        await settle(pilot)
        assert progress(app).startswith("4 of 4 left")

    run(db_file, scenario)
    assert {quote(db_file, q)["status"] for q in EVERY} == {"unreviewed"}
    assert [a for a, _ in actions(db_file)] == ["confirm"] * 3 + ["undo"] * 3


def test_bulk_decides_nothing_when_the_filter_changed_after_the_count(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("b")
        app.screen.query_one("#bulk-threshold", Input).value = "0.8"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Confirm 3 quotes?" in str(app.screen.query_one("#bulk-count", Static).content)
        # Another session decides one of the three while the question is on screen.
        with contextlib.closing(store.open_db(db_file)) as db:
            store.confirm(db, Q_PENCE, "kim", session="other")
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["status"] == "unreviewed"  # not decided behind the count
    assert quote(db_file, Q_LOPEZ)["status"] == "unreviewed"
    assert [a for a, _ in actions(db_file)] == ["confirm"]  # kim's only


def test_bulk_reject_within_the_filter_only(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        review(app).update_filter(source="Daily")
        await settle(pilot)
        await pilot.press("b")
        app.screen.query_one("#bulk-action", Select).value = "reject"
        app.screen.query_one("#bulk-threshold", Input).value = "0.5"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Reject 2 quotes?" in str(app.screen.query_one("#bulk-count", Static).content)
        await pilot.press("y")
        await settle(pilot)

    run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["status"] == "rejected"
    assert quote(db_file, Q_PROVOCATION)["status"] == "rejected"
    assert quote(db_file, Q_LOPEZ)["status"] == "unreviewed"  # another outlet


# --------------------------------------------------------------------------- notes and flags


def test_note_and_flag_keys_are_saved_shown_filterable_and_undone(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("n")
        assert isinstance(app.screen, PromptScreen)
        await type_in(pilot, "[red]ask the desk[/red]")
        await pilot.press("enter")
        await settle(pilot)
        assert cursor_id(app) == Q_ZINOVIEV  # a note does not move on
        await pilot.press("j", "l")  # flag "a provocation"
        await settle(pilot)
        table = app.screen.query_one(QuotesTable)
        assert table.get_cell(Q_ZINOVIEV, "marks").plain == " ≡"
        assert table.get_cell(Q_PROVOCATION, "marks").plain == "⚑ "
        detail = app.screen.query_one("#detail-body", Static).content
        assert "check later" in detail.plain
        review(app).update_filter(flagged=True)
        await settle(pilot)
        assert table_ids(app) == [Q_PROVOCATION]
        review(app).update_filter(flagged=False, noted=True)
        await settle(pilot)
        assert table_ids(app) == [Q_ZINOVIEV]
        detail = app.screen.query_one("#detail-body", Static).content
        assert "[red]ask the desk[/red]" in detail.plain  # literal, never markup
        await pilot.press("u")  # takes the last (the flag) back
        await settle(pilot)
        assert quote(db_file, Q_PROVOCATION)["flag"] == 0

    run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["note"] == "[red]ask the desk[/red]"
    assert quote(db_file, Q_ZINOVIEV)["status"] == "unreviewed"
    assert actions(db_file) == [("note", Q_ZINOVIEV), ("flag", Q_PROVOCATION),
                                ("undo", Q_PROVOCATION)]  # fmt: skip


# --------------------------------------------------------------------------- small terminals


def test_80x24_hides_the_speakers_pane_and_keeps_help_quit_palette(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        assert not screen.speakers.display or screen.speakers.has_class("-hidden")
        table = screen.query_one(QuotesTable)
        assert table.size.width >= 76
        assert table.quote_width_for(table.size.width) >= 25
        line = str(screen.query_one("#keys", Static).content)
        assert "Help" in line and "Quit" in line and "Palette" in line and "Confirm" in line
        assert len(line) <= 80
        await pilot.press("z")
        await pilot.pause()
        assert not screen.speakers.has_class("-hidden")
        await pilot.press("z", "a")
        await pilot.pause()
        assert screen.speakers.has_class("-hidden")

    run(db_file, scenario, size=(80, 24))
    assert quote(db_file, Q_ZINOVIEV)["status"] == "confirmed"


def test_keys_toml_remaps_and_help_shows_the_active_keys(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "xdg"
    (config / "quotetui").mkdir(parents=True)
    (config / "quotetui" / "keys.toml").write_text(
        '[review]\nconfirm = "y"\nnote = "N"\nnothing = "z"\nreject = "a"\n', encoding="utf-8"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    keymap, problems = load_keymap()
    assert keymap == {
        "review.confirm": "y", "review.note": "N", "review.reject": "a",
        # the article view decides with the same keys
        "article.confirm": "y", "article.note": "N", "article.reject": "a",
    }  # fmt: skip
    assert any("nothing" in p and "keys.toml" in p for p in problems)

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        line = str(app.screen.query_one("#keys", Static).content)
        assert " y Confirm " in line
        await pilot.press("y")  # confirms
        await pilot.press("a")  # now rejects
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        drawn = "\n".join(shown_lines(s) for s in app.screen.query(Static))
        assert re.search(r"^y +confirm the attribution", drawn, re.MULTILINE)
        assert re.search(r"^N +write a note", drawn, re.MULTILINE)
        assert any("nothing" in n.message for n in app._notifications)
        await pilot.press("escape", "v")  # the article view: the same remapped keys
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert " y confirm " in str(app.screen.query_one("#article-keys", Static).content)
        current = app.screen.current
        assert current is not None and current.status == "unreviewed"
        await pilot.press("y")
        await settle(pilot)
        in_article.append(current.id)

    in_article: list[str] = []
    app = run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["status"] == "confirmed"
    assert quote(db_file, Q_PROVOCATION)["status"] == "rejected"
    assert quote(db_file, in_article[0])["status"] == "confirmed"
    del app


def test_a_broken_keys_file_is_one_message_and_the_usual_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "quotetui").mkdir()
    (tmp_path / "quotetui" / "keys.toml").write_text("[review\nconfirm=", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    keymap, problems = load_keymap()
    assert keymap == {}
    assert len(problems) == 1 and "keys.toml" in problems[0]
    clash = tmp_path / "clash.toml"
    clash.write_text('[review]\nconfirm = "x"\n', encoding="utf-8")
    keymap, problems = load_keymap(clash)
    assert keymap == {} and "reject" in problems[0]


def test_help_lists_every_key(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        drawn = "\n".join(shown_lines(s) for s in app.screen.query(Static))
        for key in REVIEW_KEYS:
            assert key.help[:30] in drawn

    run(db_file, scenario)


# --------------------------------------------------------------------------- rough edges


def test_merge_dialog_enter_with_one_match_merges(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("m")  # Zinoviev's quote: merge him…
        assert isinstance(app.screen, MergeScreen)
        await type_in(pilot, "lopez")
        await pilot.press("enter")  # …into the one match
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    assert quote(db_file, Q_ZINOVIEV)["speaker_id"] == "maria-lopez"
    assert [a for a, _ in actions(db_file)] == ["merge"]


def test_m_without_a_speaker_says_why(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        review(app).update_filter(kind="term")
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert any("no speaker to merge" in n.message for n in app._notifications)

    run(db_file, scenario)
    assert actions(db_file) == []


def test_after_a_merge_the_list_keeps_its_filter_and_place(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("s")  # all statuses
        await settle(pilot)
        await pilot.press("j", "j")  # Lopez
        assert cursor_id(app) == Q_LOPEZ
        await pilot.press("m")
        await type_in(pilot, "pence")
        await pilot.press("enter")
        await settle(pilot)
        assert review(app).session.status is None
        assert cursor_id(app) == Q_LOPEZ

    run(db_file, scenario)
    assert quote(db_file, Q_LOPEZ)["speaker_id"] == "mike-pence"


def test_correction_suggestions_keep_their_numbers(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        session = review(app).session
        current = session.current
        first = [s.name for s in session.speaker_suggestions(current)]
        again = [s.name for s in session.speaker_suggestions(current)]
        assert first == again

    run(db_file, scenario)


def test_palette_wording(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        from quotetui.tui.commands import ReviewCommands

        provider = ReviewCommands(app.screen)
        helps = [h for _, h, _ in provider._commands(review(app))]
        assert "List the quotes of every status" in helps
        assert "Order the quotes: article order" in helps
        assert not any("statuses quotes" in h for h in helps)

    run(db_file, scenario)


def test_article_view_corrects_the_speaker_there(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("v")
        article = app.screen
        assert isinstance(article, ArticleScreen) and article.current.id == Q_ZINOVIEV
        await pilot.press("e")
        await type_in(pilot, "Maria Lopez")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is article
        assert "⟨✎ Maria Lopez⟩" in str(article.query_one("#par-1", Static).content)
        await pilot.press("escape")
        await settle(pilot)
        assert cursor_id(app) == Q_ZINOVIEV  # the queue's place is kept

    run(db_file, scenario)
    row = quote(db_file, Q_ZINOVIEV)
    assert (row["status"], row["reviewed_speaker_id"]) == ("corrected", "maria-lopez")


def test_the_readme_lists_every_remappable_action() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    listed = readme[readme.index("The actions are those of the table above:") :]
    listed = listed[: listed.index(". An")]
    assert re.findall(r"`(\w+)`", listed) == [k.action for k in REVIEW_KEYS if k.action]


def test_article_view_shows_markup_and_control_characters_literally(tmp_path: Path) -> None:
    from test_tui import HOSTILE, Q_HOSTILE, build_db

    db_file = build_db(tmp_path / "hostile.db")

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        review(app).search("Free")
        await settle(pilot)
        assert table_ids(app) == [Q_HOSTILE]
        await pilot.press("v")
        article = app.screen
        assert isinstance(article, ArticleScreen)
        texts = [s.content for s in article.query(".article-paragraph")]
        plain = "\n".join(t.plain for t in texts)
        assert "[bold]Free[/bold]" in plain and "[link=https://evil.example]" in plain
        assert "\x1b" not in plain and "\x07" not in plain and "␛[2Jgone␇" in plain
        assert not any("link" in str(span.style) for t in texts for span in t.spans)
        drawn = "\n".join(shown_lines(s) for s in article.query(".article-paragraph"))
        assert "[bold]Free[/bold]" in drawn and "\x1b" not in drawn
        await pilot.press("n")
        await type_in(pilot, "[b]x[/b]")
        await pilot.press("enter")
        await settle(pilot)
        assert "note: [b]x[/b]" in str(article.query_one("#article-current", Static).content)

    run(db_file, scenario)
    assert quote(db_file, Q_HOSTILE)["note"] == "[b]x[/b]"
    assert HOSTILE
