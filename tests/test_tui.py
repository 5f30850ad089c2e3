"""The review TUI on a real SQLite file: the session logic alone, then the app through Pilot.

Quotes are stored with the store's own save function from hand-made engine results (no spaCy).
Every key test checks the database afterwards: the quote's status and the reviews log.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import records
from click.testing import CliRunner
from rich.text import Text
from textual.geometry import Region
from textual.widgets import Input, OptionList, Static

from quotetui import store
from quotetui.cli import main
from quotetui.model import Document, DocumentResult, QuoteRow
from quotetui.tui import text as tui_text
from quotetui.tui.app import ReviewApp
from quotetui.tui.keys import REVIEW_KEYS
from quotetui.tui.screens.correct_speaker import CorrectSpeakerScreen
from quotetui.tui.screens.help import HelpScreen
from quotetui.tui.screens.merge import MergeScreen
from quotetui.tui.screens.occasion import OccasionScreen, date_problem
from quotetui.tui.screens.review import RETRY_SECONDS, ReviewScreen
from quotetui.tui.session import ReviewSession, count_delta
from quotetui.tui.widgets.quotes_table import QuotesTable

REVIEWER = "analyst"
SIZE = (120, 40)

D1 = (
    "Envoy speaks\n\n"
    "Russian Ambassador Georgy Zinoviev said “Russia is well aware of this.” at a reception.\n\n"
    "The Foreign Ministry called it “a provocation”.\n\n"
    "“We will respond,” the spokesperson added."
)
# Markup and terminal control characters inside an article: data, never styling or commands.
HOSTILE = "“[bold]Free[/bold] [link=https://evil.example]click[/link] \x1b[2Jgone\x07”"
D2 = f"Hostile text\n\nMaria Lopez said {HOSTILE} on Monday."

SPEAKERS = {
    "georgy-zinoviev": ("Georgy Zinoviev", "person", ["Zinoviev", "Russian Ambassador"]),
    "foreign-ministry": ("Foreign Ministry", "organisation", ["The Foreign Ministry"]),
    "spokesperson": ("Foreign Ministry spokesperson", "unnamed", ["the spokesperson"]),
    "maria-lopez": ("Maria Lopez", "person", ["Lopez"]),
}
# (document text, quote, speaker id, mention, cue, confidence, occasion, occasion date)
QUOTES = [
    (D1, "“Russia is well aware of this.”", "georgy-zinoviev", "Russian Ambassador Georgy Zinoviev",
     "said", 0.9, "reception", "2026-02-11"),
    (D1, "“a provocation”", "foreign-ministry", "The Foreign Ministry", "called", 0.6, None, None),
    (D1, "“We will respond,”", "spokesperson", "the spokesperson", "added", None, None, None),
    (D2, HOSTILE, "maria-lopez", "Maria Lopez", "said", 0.5, None, None),
]  # fmt: skip


def engine_result(text: str) -> DocumentResult:
    quotes, used = [], set()
    for doc_text, quote, sid, mention, cue, confidence, occasion, date in QUOTES:
        if doc_text != text:
            continue
        start = text.index(quote)
        m_start = text.index(mention)
        c_start = text.index(cue, m_start if mention in text[:start] else start)
        quotes.append(
            {
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": SPEAKERS[sid][0],
                "speaker_id": sid,
                "speaker_mention": mention,
                "speaker_start": m_start,
                "speaker_end": m_start + len(mention),
                "cue": cue,
                "cue_start": c_start,
                "cue_end": c_start + len(cue),
                "kind": "speech",
                "partial": False,
                "occasion": occasion,
                "occasion_date": date,
                "confidence": confidence,
                "method": "test rule",
            }
        )
        used.add(sid)
    speakers = [
        {"id": sid, "name": SPEAKERS[sid][0], "kind": SPEAKERS[sid][1], "aliases": SPEAKERS[sid][2]}
        for sid in sorted(used)
    ]
    return records.result(quotes, speakers)


def build_db(path: Path) -> Path:
    """A store file with two articles and four quotes, as an ingest would leave it."""
    with contextlib.closing(store.open_db(path)) as db:
        for doc_id, text in (("d1", D1), ("d2", D2)):
            document = Document(
                id=doc_id,
                title=text.split("\n", 1)[0],
                source="Daily",
                url=None,
                date="2026-02-13",
                text=text,
                path=None,
            )
            store.save_document(db, document, engine_result(text))
    return path


def quote_id(text: str, quote: str, doc_id: str = "d1") -> str:
    start = text.index(quote)
    return store.quote_id(doc_id, start, start + len(quote))


Q_ZINOVIEV = quote_id(D1, "“Russia is well aware of this.”")
Q_PROVOCATION = quote_id(D1, "“a provocation”")
Q_RESPOND = quote_id(D1, "“We will respond,”")
Q_HOSTILE = quote_id(D2, HOSTILE, "d2")


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return build_db(tmp_path / "review.db")


def read(path: Path, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    """Read with a fresh connection: what another process would see on disk."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def status(path: Path, qid: str) -> str:
    return read(path, "SELECT status FROM quotes WHERE id = ?", (qid,))[0]["status"]


def reviews(path: Path) -> list[dict[str, Any]]:
    rows = read(path, "SELECT * FROM reviews ORDER BY id")
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows


def run(
    db_file: Path,
    scenario: Callable[[Any, ReviewApp], Awaitable[None]],
    reviewer: str = REVIEWER,
    **kwargs: Any,
) -> ReviewApp:
    """Run ``scenario(pilot, app)`` against a real app on ``db_file``."""
    app = ReviewApp(db_file, reviewer, **kwargs)

    async def main_() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await scenario(pilot, app)

    asyncio.run(main_())
    return app


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_of(app: ReviewApp) -> ReviewScreen:
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


def shown_lines(widget: Any) -> str:
    """The text a widget actually draws, line by line (what reaches the terminal)."""
    width, height = widget.size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


# --------------------------------------------------------------------------- plain logic


def test_clean_replaces_control_characters_one_for_one() -> None:
    raw = "a\x1b[31mb\x07c\x9bd\u202ee\tf\ng\r"
    cleaned = tui_text.clean(raw)
    assert len(cleaned) == len(raw)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned
    assert "\u202e" not in cleaned and "\r" not in cleaned
    assert cleaned.startswith("a␛[31mb␇c")
    assert "\t" in cleaned and "\n" in cleaned


def test_context_highlights_quote_mention_and_cue() -> None:
    quote = engine_result(D1).quotes[0]
    shown, lo, hi = tui_text.context(D1, quote)
    assert shown.plain == D1[lo:hi]
    assert shown.plain.startswith("Russian Ambassador") and shown.plain.endswith("reception.")
    styled = {shown.plain[s.start : s.end]: str(s.style) for s in shown.spans}
    assert styled["“Russia is well aware of this.”"] == tui_text.QUOTE_STYLE
    assert styled["Russian Ambassador Georgy Zinoviev"] == tui_text.MENTION_STYLE
    assert styled["said"] == tui_text.CUE_STYLE


def test_context_spans_paragraphs_and_detail_shows_the_one_before() -> None:
    text = "Intro line.\n\nThe minister spoke.\n\n“We are ready,” he said."
    start = text.index("“")
    quote = QuoteRow(
        id="q",
        document_id="d",
        start=start,
        end=text.index("”") + 1,
        text="“We are ready,”",
        speaker_start=text.index("minister"),
        speaker_end=text.index("minister") + len("minister"),
        cue_start=text.index("said"),
        cue_end=text.index("said") + 4,
        speaker_name="The Minister",
    )
    shown, lo, hi = tui_text.context(text, quote)
    # The mention sits a paragraph earlier: both paragraphs are shown.
    assert shown.plain == "The minister spoke.\n\n“We are ready,” he said."
    detail = tui_text.detail(quote, text).plain
    assert detail.endswith("Intro line.\n\nThe minister spoke.\n\n“We are ready,” he said.")


def test_the_context_is_the_paragraph_the_export_shows_also_for_hard_wrapped_text() -> None:
    from quotetui.export import _paragraph_finder

    # Hard-wrapped: lines of similar length that do not end sentences; blank lines part the
    # paragraphs. The quote runs over a wrapped line, so a line-based context would cut it.
    first = (
        "The committee met on Tuesday to discuss the budget for the\n"
        "coming year and the plans of the ministry, which were read\n"
        "aloud by the chair before the members had a chance to ask\n"
        "questions about the figures that had been sent to them in\n"
    )
    second = (
        "The minister answered that “the figures are final and the\n"
        "budget will pass as it stands,” and that nobody should have\n"
        "doubts about the timing of the vote or about the amounts of\n"
        "money that had been set aside for the regions and the cities"
    )
    text = first + "\n" + second
    start = text.index("“")
    quote = QuoteRow(
        id="q",
        document_id="d",
        start=start,
        end=text.index("”") + 1,
        text=text[start : text.index("”") + 1],
        speaker_start=text.index("minister"),
        speaker_end=text.index("minister") + len("minister"),
        cue_start=text.index("answered"),
        cue_end=text.index("answered") + len("answered"),
        speaker_name="The Minister",
    )
    shown, lo, hi = tui_text.context(text, quote)
    assert shown.plain == text[lo:hi] == _paragraph_finder(text)(quote.start, quote.end)
    assert shown.plain == second
    assert tui_text.detail(quote, text).plain.endswith(first.strip() + "\n\n" + second)


def test_count_delta() -> None:
    row = SimpleNamespace
    before = row(speaker_id="a", status="unreviewed")
    assert count_delta(before, row(speaker_id="a", status="confirmed"), None) == (-1, 0)
    assert count_delta(before, row(speaker_id="a", status="confirmed"), "a") == (-1, 0)
    moved = row(speaker_id="b", status="corrected")
    assert count_delta(before, moved, "a") == (-1, -1)
    assert count_delta(before, moved, "b") == (0, 1)
    assert count_delta(moved, before, "a") == (1, 1)


def test_occasion_date_validation() -> None:
    assert date_problem("2026-02-11") is None
    assert date_problem("2026-02") is None
    assert date_problem("") is None
    assert date_problem("2026-02-30") is not None
    assert date_problem("2026-13") is not None
    assert date_problem("11/02/2026") is not None


def test_session_pages_and_filters(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        session = ReviewSession(db, REVIEWER, page_size=2)
        session.reload()
        assert [r.id for r in session.rows] == [Q_ZINOVIEV, Q_PROVOCATION]
        assert not session.exhausted
        session.move_to(3)  # loads the next page on the way
        assert session.current.id == Q_HOSTILE
        session.toggle_order()
        # Unknown confidence first, then the least confident.
        assert [r.id for r in session.rows] == [Q_RESPOND, Q_HOSTILE]
        session.set_speaker("georgy-zinoviev", "Georgy Zinoviev")
        assert [r.id for r in session.rows] == [Q_ZINOVIEV]
        assert session.cycle_status() is None  # unreviewed → all
        described = "Georgy Zinoviev · showing all statuses · lowest confidence first"
        assert session.describe() == described


def test_session_decides_moves_on_and_undoes(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        session = ReviewSession(db, REVIEWER)
        session.reload()
        session.confirm(Q_ZINOVIEV)
        assert session.current.id == Q_PROVOCATION
        session.reject(Q_PROVOCATION)
        assert session.current.id == Q_RESPOND
        assert session.take_changed() == {0, 1}
        assert session.undo().quote_id == Q_PROVOCATION
        assert session.current.id == Q_PROVOCATION
        assert session.current.status == "unreviewed"
        assert session.undo().quote_id == Q_ZINOVIEV
        assert session.undo() is None


def test_session_suggests_article_speakers_first(db_file: Path) -> None:
    with contextlib.closing(store.open_db(db_file)) as db:
        session = ReviewSession(db, REVIEWER)
        session.reload()
        suggestions = session.speaker_suggestions(session.rows[1])  # "a provocation"
        names = [s.name for s in suggestions]
        # Same-article speakers first, the quote's own speaker left out, then the rest.
        assert names[:2] == ["Georgy Zinoviev", "Foreign Ministry spokesperson"]
        assert "Foreign Ministry" not in names
        assert names[2:] == ["Maria Lopez"]
        narrowed = session.speaker_suggestions(session.rows[1], "lop")
        assert [s.name for s in narrowed] == ["Maria Lopez"]


# --------------------------------------------------------------------------- the app


def test_first_screen(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        assert table_ids(app) == [Q_ZINOVIEV, Q_PROVOCATION, Q_RESPOND, Q_HOSTILE]
        assert cursor_id(app) == Q_ZINOVIEV
        assert progress(app).startswith(
            "4 of 4 left to review  ·  All speakers · showing unreviewed · article order"
        )
        detail = shown_lines(app.screen.query_one("#detail-body"))
        assert "Georgy Zinoviev" in detail and "test rule" in detail and "2026-02-11" in detail
        assert "Envoy speaks" in detail and "Daily" in detail
        assert isinstance(app.focused, QuotesTable)
        speakers = app.screen.query_one("#speakers", OptionList)
        assert speakers.option_count == 5  # All speakers + 4
        assert str(speakers.get_option_at_index(0).prompt).strip().startswith("▸ All speakers")

    run(db_file, scenario)


def test_a_confirms_and_moves_on(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("a")
        # Written the moment the key is pressed: another connection sees it already.
        assert status(db_file, Q_ZINOVIEV) == "confirmed"
        assert cursor_id(app) == Q_PROVOCATION
        await settle(pilot)
        assert progress(app).startswith("3 of 4 left")

    run(db_file, scenario)
    (entry,) = reviews(db_file)
    assert entry["action"] == "confirm" and entry["reviewer"] == REVIEWER
    assert entry["quote_id"] == Q_ZINOVIEV
    assert entry["before"]["status"] == "unreviewed"
    assert entry["after"]["status"] == "confirmed" and entry["after"]["reviewer"] == REVIEWER


def test_x_rejects_and_moves_on(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("down", "x")
        assert cursor_id(app) == Q_RESPOND

    run(db_file, scenario)
    assert status(db_file, Q_PROVOCATION) == "rejected"
    assert status(db_file, Q_ZINOVIEV) == "unreviewed"
    (entry,) = reviews(db_file)
    assert (entry["action"], entry["after"]["status"]) == ("reject", "rejected")


def test_space_skips_without_writing(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("space")
        assert cursor_id(app) == Q_PROVOCATION

    run(db_file, scenario)
    assert reviews(db_file) == []
    assert status(db_file, Q_ZINOVIEV) == "unreviewed"


def test_j_k_and_arrows_move(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j", "j")
        assert cursor_id(app) == Q_RESPOND
        await pilot.press("k")
        assert cursor_id(app) == Q_PROVOCATION
        await pilot.press("down", "down")
        assert cursor_id(app) == Q_HOSTILE
        await pilot.press("up")
        await pilot.pause()
        assert cursor_id(app) == Q_RESPOND
        assert screen_of(app).session.current.id == Q_RESPOND
        detail = shown_lines(app.screen.query_one("#detail-body"))
        assert "We will respond" in detail

    run(db_file, scenario)
    assert reviews(db_file) == []


def test_u_undoes_twice(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("a", "x")
        assert cursor_id(app) == Q_RESPOND
        await pilot.press("u")
        assert cursor_id(app) == Q_PROVOCATION
        assert status(db_file, Q_PROVOCATION) == "unreviewed"
        assert any("Undone: back to unreviewed" in n.message for n in app._notifications)
        assert status(db_file, Q_ZINOVIEV) == "confirmed"
        await pilot.press("u")
        assert cursor_id(app) == Q_ZINOVIEV
        assert status(db_file, Q_ZINOVIEV) == "unreviewed"
        await pilot.press("u")  # nothing left: says so, changes nothing
        await pilot.pause()
        assert any("Nothing left to undo" in n.message for n in app._notifications)

    run(db_file, scenario)
    log = reviews(db_file)
    assert [r["action"] for r in log] == ["confirm", "reject", "undo", "undo"]
    assert log[2]["undo_of"] == log[1]["id"] and log[3]["undo_of"] == log[0]["id"]
    assert all(r["reviewer"] == REVIEWER for r in log)
    assert log[2]["after"]["status"] == "unreviewed"


def test_undoing_a_correction_gives_both_speakers_their_counts_back(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = screen_of(app)
        await pilot.press("down", "e", "1")  # "a provocation" → Zinoviev
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        stored = {s.id: (s.unreviewed, s.total) for s in store.list_speakers(app.db)}
        shown = {sid: screen.speakers._counts[sid] for sid in stored}  # noqa: SLF001
        assert shown == stored
        assert shown["georgy-zinoviev"] == (1, 1)

    run(db_file, scenario)


def test_e_picks_a_suggestion_with_a_digit(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("down", "e")
        assert isinstance(app.screen, CorrectSpeakerScreen)
        labels = [s.name for s in app.screen.suggestions]
        assert labels[1] == "Foreign Ministry spokesperson"
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert cursor_id(app) == Q_RESPOND

    run(db_file, scenario)
    row = read(db_file, "SELECT * FROM quotes WHERE id = ?", (Q_PROVOCATION,))[0]
    assert row["status"] == "corrected"
    assert row["reviewed_speaker_id"] == "spokesperson"
    (entry,) = reviews(db_file)
    assert entry["action"] == "correct" and entry["reviewer"] == REVIEWER
    assert entry["before"]["reviewed_speaker_id"] is None
    assert entry["after"]["reviewed_speaker_id"] == "spokesperson"


def test_e_arrows_and_enter_pick(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("e", "down", "down", "enter")
        await pilot.pause()

    run(db_file, scenario)
    row = read(db_file, "SELECT reviewed_speaker_id FROM quotes WHERE id = ?", (Q_ZINOVIEV,))
    # Suggestions for the Zinoviev quote: Foreign Ministry, spokesperson, then Maria Lopez.
    assert row[0]["reviewed_speaker_id"] == "maria-lopez"


def test_e_types_a_new_name(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("e")
        # Typing a letter moves into the name box; the list narrows as you type.
        await pilot.press(*"Jane Doe")
        name = app.screen.query_one("#name", Input)
        assert name.value == "Jane Doe" and app.focused is name
        assert app.screen.suggestions == []
        hint = str(app.screen.query_one("#name-hint", Static).content)
        assert "enter saves “Jane Doe”" in hint
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        row = screen_of(app).session.rows[0]
        assert row.speaker_name == "Jane Doe"

    run(db_file, scenario)
    row = read(db_file, "SELECT * FROM quotes WHERE id = ?", (Q_ZINOVIEV,))[0]
    assert row["status"] == "corrected" and row["reviewed_speaker_id"] == "jane-doe"
    assert read(db_file, "SELECT name FROM speakers WHERE id = 'jane-doe'") == [
        {"name": "Jane Doe"}
    ]


def test_e_escape_changes_nothing(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("e", "escape")
        assert isinstance(app.screen, ReviewScreen)
        assert cursor_id(app) == Q_ZINOVIEV

    run(db_file, scenario)
    assert reviews(db_file) == []


def test_o_corrects_the_occasion_and_validates_the_date(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("o")
        assert isinstance(app.screen, OccasionScreen)
        occasion = app.screen.query_one("#occasion", Input)
        assert occasion.value == "reception"
        occasion.value = ""
        await pilot.press(*"press conference", "tab")
        date = app.screen.query_one("#occasion-date", Input)
        date.value = ""
        await pilot.press(*"2026-02-30", "enter")
        await pilot.pause()
        # Not a date: the modal stays and says why.
        assert isinstance(app.screen, OccasionScreen)
        assert "not a calendar date" in str(app.screen.query_one("#date-problem").content)
        date.value = ""
        await pilot.press(*"2026-02", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)
    row = read(db_file, "SELECT * FROM quotes WHERE id = ?", (Q_ZINOVIEV,))[0]
    assert row["status"] == "corrected"
    assert (row["reviewed_occasion"], row["reviewed_occasion_date"]) == (
        "press conference",
        "2026-02",
    )
    assert row["reviewed_speaker_id"] is None  # the speaker was not touched
    (entry,) = reviews(db_file)
    assert entry["after"]["reviewed_occasion"] == "press conference"


def test_m_merges_the_chosen_speaker(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen_of(app).choose_speaker("spokesperson", "Foreign Ministry spokesperson")
        await pilot.pause()
        assert table_ids(app) == [Q_RESPOND]
        await pilot.press("m")
        assert isinstance(app.screen, MergeScreen)
        await pilot.press(*"foreign", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        # The filter follows the speaker into the target.
        session = screen_of(app).session
        assert session.speaker_id == "foreign-ministry"
        assert set(table_ids(app)) == {Q_PROVOCATION, Q_RESPOND}
        assert progress(app).startswith("2 of 2 left to review  ·  Foreign Ministry")

    run(db_file, scenario)
    merged = read(db_file, "SELECT merged_into FROM speakers WHERE id = 'spokesperson'")
    assert merged == [{"merged_into": "foreign-ministry"}]
    aliases = {r["alias"] for r in read(db_file, "SELECT alias FROM speaker_aliases")}
    assert "the spokesperson" in aliases
    assert read(
        db_file, "SELECT speaker_id FROM speaker_aliases WHERE alias = 'the spokesperson'"
    ) == [{"speaker_id": "foreign-ministry"}]
    (entry,) = reviews(db_file)
    assert entry["action"] == "merge" and entry["reviewer"] == REVIEWER


def test_u_takes_a_merge_back(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen_of(app).choose_speaker("spokesperson", "Foreign Ministry spokesperson")
        await pilot.pause()
        await pilot.press("m", *"foreign", "enter", "enter")
        await settle(pilot)
        assert screen_of(app).session.speaker_id == "foreign-ministry"
        await pilot.press("u")
        await settle(pilot)
        assert any("Undone: merge of" in n.message for n in app._notifications)
        # The speaker is back in the list, with its quote.
        screen_of(app).choose_speaker("spokesperson", "Foreign Ministry spokesperson")
        await pilot.pause()
        assert table_ids(app) == [Q_RESPOND]

    run(db_file, scenario)
    merged = read(db_file, "SELECT merged_into FROM speakers WHERE id = 'spokesperson'")
    assert merged == [{"merged_into": None}]
    assert read(
        db_file, "SELECT speaker_id FROM speaker_aliases WHERE alias = 'the spokesperson'"
    ) == [{"speaker_id": "spokesperson"}]
    assert [r["action"] for r in reviews(db_file)] == ["merge", "undo"]


def test_s_cycles_the_status_filter(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("a", "x")  # Zinoviev confirmed, provocation rejected
        seen = []
        for _ in range(5):
            await pilot.press("s")
            await settle(pilot)
            seen.append((screen_of(app).session.status, table_ids(app)))
        assert seen == [
            (None, [Q_ZINOVIEV, Q_PROVOCATION, Q_RESPOND, Q_HOSTILE]),
            ("confirmed", [Q_ZINOVIEV]),
            ("corrected", []),
            ("rejected", [Q_PROVOCATION]),
            ("unreviewed", [Q_RESPOND, Q_HOSTILE]),
        ]

    run(db_file, scenario)


def test_empty_filter_disables_decisions(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("s", "s", "s")  # corrected: none
        assert table_ids(app) == []
        assert screen_of(app).check_action("confirm", ()) is None
        await pilot.press("a", "x", "e", "o")
        assert isinstance(app.screen, ReviewScreen)
        body = shown_lines(app.screen.query_one("#detail-body"))
        assert "No quotes match this filter" in body

    run(db_file, scenario)
    assert reviews(db_file) == []


def test_c_sorts_by_lowest_confidence(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("c")
        assert table_ids(app) == [Q_RESPOND, Q_HOSTILE, Q_PROVOCATION, Q_ZINOVIEV]
        assert "lowest confidence first" in progress(app)
        await pilot.press("c")
        assert table_ids(app) == [Q_ZINOVIEV, Q_PROVOCATION, Q_RESPOND, Q_HOSTILE]

    run(db_file, scenario)


def test_slash_filters_speakers_and_enter_chooses(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#speaker-filter", Input)
        await pilot.press(*"zino")
        speakers = app.screen.query_one("#speakers", OptionList)
        # "All speakers" stays first (the way back); the best match is highlighted.
        assert [o.id for o in speakers.options] == ["__all__", "georgy-zinoviev"]
        assert speakers.highlighted == 1
        assert reviews(db_file) == []  # letters went into the box, not to the keys
        await pilot.press("enter")  # one enter picks the best match (issue 15: it took two)
        await settle(pilot)
        assert table_ids(app) == [Q_ZINOVIEV]
        assert isinstance(app.focused, QuotesTable)
        assert progress(app).startswith("1 of 1 left to review  ·  Georgy Zinoviev")
        await pilot.press("slash", "escape")
        assert isinstance(app.focused, QuotesTable)

    run(db_file, scenario)


def test_speaker_option_via_keys_and_all_speakers(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("shift+tab")  # from the table back to the speakers list
        assert isinstance(app.focused, OptionList)
        await pilot.press("down", "enter")  # the most quoted speaker
        await settle(pilot)
        assert screen_of(app).session.speaker_id is not None
        assert len(table_ids(app)) == 1
        screen_of(app).choose_speaker(None)
        await settle(pilot)
        assert len(table_ids(app)) == 4

    run(db_file, scenario)


def test_counts_follow_decisions_and_match_a_recount(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = screen_of(app)
        await pilot.press("a", "e", "1")  # confirm; correct "a provocation" to Zinoviev
        await settle(pilot)
        assert screen._counts == (2, 4)
        assert screen.speakers.all_counts == (2, 4)
        screen.choose_speaker("georgy-zinoviev", "Georgy Zinoviev")
        await settle(pilot)
        assert screen._counts == (0, 2)
        await pilot.press("s")  # all statuses: both of his quotes, decided
        await pilot.press("e", "2")  # move the first to another speaker
        await settle(pilot)
        kept = screen._counts
        screen._count()  # what counting from scratch says
        await settle(pilot)
        assert kept == screen._counts == (0, 1)

    run(db_file, scenario)


def test_status_change_keeps_the_current_quote(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("a", "j")  # confirm the first, move to the third
        assert cursor_id(app) == Q_RESPOND
        await pilot.press("s")  # all statuses: the first is back, the cursor stays put
        assert table_ids(app)[0] == Q_ZINOVIEV
        assert cursor_id(app) == Q_RESPOND
        await pilot.press("s")  # confirmed: not in there, so the top
        assert cursor_id(app) == Q_ZINOVIEV

    run(db_file, scenario)


def test_start_with_speaker(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        assert table_ids(app) == [Q_HOSTILE]
        assert progress(app).startswith("1 of 1 left to review  ·  Maria Lopez")

    run(db_file, scenario, speaker_id="maria-lopez")


def test_rows_are_loaded_page_by_page_as_the_cursor_moves(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        session = screen_of(app).session
        # One row a page: each highlight near the end of what is loaded fetches the next page.
        assert session.page_size == 1
        await pilot.press("j", "j", "j")
        assert cursor_id(app) == Q_HOSTILE
        assert table_ids(app) == [Q_ZINOVIEV, Q_PROVOCATION, Q_RESPOND, Q_HOSTILE]
        assert session.exhausted
        assert "row 4 of 4 " in progress(app)

    run(db_file, scenario, page_size=1)


def test_killing_the_process_right_after_a_key_loses_nothing(db_file: Path) -> None:
    """A real `quotetui review` in a pseudo-terminal, killed with SIGKILL after one key."""
    import os
    import pty
    import signal
    import sys
    import threading
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command an analyst runs
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        os.execv(
            sys.executable,
            [sys.executable, "-m", "quotetui", "review", "--db", str(db_file), "--reviewer", "kim"],
        )
    screen = bytearray()

    def drain() -> None:  # the app blocks if nobody reads its output
        with contextlib.suppress(OSError):
            while chunk := os.read(fd, 65536):
                screen.extend(chunk)

    threading.Thread(target=drain, daemon=True).start()
    try:
        deadline = time.monotonic() + 30
        while b"left to review" not in screen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"left to review" in screen, "the app did not start"
        os.write(fd, b"a")
        while status(db_file, Q_ZINOVIEV) != "confirmed" and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    assert status(db_file, Q_ZINOVIEV) == "confirmed"
    (entry,) = reviews(db_file)
    assert (entry["action"], entry["reviewer"]) == ("confirm", "kim")


def test_question_mark_shows_help(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario)


def test_q_quits(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("a", "q")
        await pilot.pause()
        assert app._exit  # noqa: SLF001 — the app is shutting down

    run(db_file, scenario)
    assert status(db_file, Q_ZINOVIEV) == "confirmed"


def test_command_palette_jumps_to_speaker_and_changes_filters(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("ctrl+p")
        await pilot.press(*"Lopez")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert screen_of(app).session.speaker_id == "maria-lopez"
        assert table_ids(app) == [Q_HOSTILE]
        await pilot.press("ctrl+p")
        await pilot.press(*"Status filter: all statuses")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert screen_of(app).session.status is None
        await pilot.press("ctrl+p")
        await pilot.press(*"Sort: lowest")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert screen_of(app).session.order == "confidence"

    run(db_file, scenario)


def test_command_palette_exports_with_the_speaker_filter(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("quotetui.export")
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "quotetui-export.csv"

    async def export() -> None:
        await pilot_.press("ctrl+p")
        await pilot_.press(*"Export")
        await pilot_.pause(0.3)
        await pilot_.press("enter")
        await pilot_.pause()

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        nonlocal pilot_
        pilot_ = pilot
        await pilot.press("a", "a")  # Zinoviev and "a provocation" confirmed
        screen_of(app).choose_speaker("georgy-zinoviev", "Georgy Zinoviev")
        await export()
        path = app.screen.query_one("#export-path", Input)
        assert path.value == "quotetui-export.csv"
        await pilot.press("enter")
        await settle(pilot)
        assert any(f"Wrote 1 quote to {target}" in n.message for n in app._notifications)
        # Again: the file exists, so the first enter only asks.
        target.write_text("keep me", encoding="utf-8")
        await export()
        await pilot.press("enter")
        await pilot.pause()
        assert "exists" in str(app.screen.query_one("#export-problem", Static).content)
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)

    pilot_: Any = None
    run(db_file, scenario)
    exported = target.read_text(encoding="utf-8")
    assert "Russia is well aware of this." in exported
    assert "a provocation" not in exported  # confirmed, but another speaker


def test_markup_and_control_characters_are_shown_literally(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert cursor_id(app) == Q_HOSTILE
        body = app.screen.query_one("#detail-body", Static)
        content = body.content
        assert isinstance(content, Text)
        assert "[bold]Free[/bold]" in content.plain
        assert "[link=https://evil.example]click[/link]" in content.plain
        assert not any("link" in str(span.style) for span in content.spans)
        drawn = shown_lines(body)
        assert "[bold]Free[/bold]" in drawn and "␛[2Jgone␇" in drawn
        assert "\x1b" not in drawn and "\x07" not in drawn
        cell = app.screen.query_one(QuotesTable).get_cell(Q_HOSTILE, "quote")
        assert isinstance(cell, Text) and "[bold]Free[/bold]" in cell.plain
        assert "\x1b" not in cell.plain
        table_drawn = shown_lines(app.screen.query_one(QuotesTable))
        assert "[bold]Free" in table_drawn and "\x1b" not in table_drawn

    run(db_file, scenario)


def test_two_analysts_on_one_file(db_file: Path) -> None:
    first = ReviewApp(db_file, "ana")
    second = ReviewApp(db_file, "ben")

    async def main_() -> None:
        async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
            await settle(one)
            await settle(two)
            await one.press("a")  # ana confirms Zinoviev
            await two.press("down", "down", "x")  # ben rejects "We will respond"
            assert status(db_file, Q_ZINOVIEV) == "confirmed"
            assert status(db_file, Q_RESPOND) == "rejected"
            # ben's list still shows what he loaded; moving onto ana's quote shows her decision.
            await two.press("up", "up", "up")
            await two.pause()
            assert cursor_id(second) == Q_ZINOVIEV
            assert screen_of(second).session.current.status == "confirmed"
            # Each undo takes back only that analyst's own decision.
            await two.press("u")
            assert status(db_file, Q_RESPOND) == "unreviewed"
            assert status(db_file, Q_ZINOVIEV) == "confirmed"
            await one.press("x")  # ana goes on: rejects "a provocation"
            assert status(db_file, Q_PROVOCATION) == "rejected"

    asyncio.run(main_())
    log = reviews(db_file)
    assert [(r["action"], r["reviewer"]) for r in log] == [
        ("confirm", "ana"),
        ("reject", "ben"),
        ("undo", "ben"),
        ("reject", "ana"),
    ]


def test_locked_database_is_retried_not_lost(db_file: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        blocker = sqlite3.connect(db_file, isolation_level=None)
        try:
            blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
            await pilot.press("a")
            await pilot.pause()
            assert status(db_file, Q_ZINOVIEV) == "unreviewed"
            assert cursor_id(app) == Q_ZINOVIEV  # not moved on: not saved yet
            assert any("Database busy" in n.message for n in app._notifications)
            assert "saving confirm" in progress(app)
            await pilot.press("x")  # refused while the first decision waits
            assert any("Still saving" in n.message for n in app._notifications)
        finally:
            blocker.execute("COMMIT")
            blocker.close()
        await pilot.pause(RETRY_SECONDS * 3)
        assert status(db_file, Q_ZINOVIEV) == "confirmed"
        assert cursor_id(app) == Q_PROVOCATION
        assert "saving" not in progress(app)

    run(db_file, scenario)
    assert [r["action"] for r in reviews(db_file)] == ["confirm"]


def test_every_key_binding_has_an_id() -> None:
    keys = {b.key: b for b in ReviewScreen.BINDINGS}
    wanted = {"a", "x", "space", "u", "e", "o", "m", "s", "c", "slash", "j", "k"}
    assert wanted | {"question_mark", "q"} <= set(keys)
    assert all(b.id for b in ReviewScreen.BINDINGS)


def test_the_key_table_drives_bindings_help_and_keys_line(db_file: Path) -> None:
    bound = {b.action: b for b in ReviewScreen.BINDINGS}
    for key in REVIEW_KEYS:
        if key.action is None:
            continue
        assert callable(getattr(ReviewScreen, f"action_{key.action}", None)), key.action
        assert bound[key.action].key == (key.binding or key.shown[0])
    assert len(bound) == sum(key.action is not None for key in REVIEW_KEYS)

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        line = str(app.screen.query_one("#keys", Static).content)
        for key in REVIEW_KEYS:
            if key.action is not None:
                assert (f" {key.label} " in line) == key.on_line, key.label
        await pilot.press("question_mark")
        await pilot.pause()
        drawn = "\n".join(shown_lines(static) for static in app.screen.query(Static))
        for key in REVIEW_KEYS:
            assert key.help[:40] in drawn, key.help

    run(db_file, scenario)


def test_the_readme_key_table_is_the_key_table() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| key | action |") :].split("\n\n", 1)[0].splitlines()[2:]
    rows = [tuple(cell.strip() for cell in line.strip("|").split(" | ")) for line in table]
    expected = [(" / ".join(f"`{k}`" for k in key.shown), key.help) for key in REVIEW_KEYS]
    assert rows == expected


# --------------------------------------------------------------------------- command line


def test_review_help() -> None:
    result = CliRunner().invoke(main, ["review", "--help"])
    assert result.exit_code == 0
    assert "--reviewer" in result.output and "--speaker" in result.output


def test_review_needs_an_existing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_review_unknown_speaker(db_file: Path) -> None:
    result = CliRunner().invoke(main, ["review", "--db", str(db_file), "--speaker", "Nobody"])
    assert result.exit_code == 1
    assert "no speaker 'Nobody'" in result.output


def test_e_suggestions_keep_to_one_line_on_a_small_terminal(db_file: Path) -> None:
    from rich.cells import cell_len
    from textual.widgets import OptionList

    widths: list[tuple[int, int]] = []
    app = ReviewApp(db_file, REVIEWER)

    async def main_() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("down", "e")
            await pilot.pause()
            assert isinstance(app.screen, CorrectSpeakerScreen)
            options = app.screen.query_one("#suggestions", OptionList)
            room = options.scrollable_content_region.width
            for i in range(options.option_count):
                prompt = options.get_option_at_index(i).prompt
                widths.append((cell_len(getattr(prompt, "plain", str(prompt))), room))

    asyncio.run(main_())
    assert widths and all(used <= room for used, room in widths), widths
