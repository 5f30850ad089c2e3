"""The review app on a laptop terminal (80×24) and a roomy one (120×40): what the analyst sees
without scrolling. The real app through Pilot on real SQLite files; assertions are on what the
widgets draw."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import records
from rich.cells import cell_len
from test_tui import D1, D2, REVIEWER, build_db, cursor_id, engine_result, shown_lines
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, OptionList, Static

from quotetui import store
from quotetui.model import Document
from quotetui.tui.app import ReviewApp
from quotetui.tui.screens.article import ARTICLE_KEYS, ArticleScreen
from quotetui.tui.screens.correct_speaker import CorrectSpeakerScreen
from quotetui.tui.screens.filters import FilterScreen
from quotetui.tui.screens.help import HelpScreen
from quotetui.tui.screens.occasion import OccasionScreen
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.screens.speaker import KindScreen, SplitScreen
from quotetui.tui.widgets.detail import QuoteDetail
from quotetui.tui.widgets.quotes_table import QuotesTable

SIZES = [(80, 24), (120, 40)]
# Untitled articles whose ids share their folders and a long common start, as a crawl names them.
LONG_IDS = ("wires/2026/02/000_7e5f5763173ea70b", "wires/2026/02/001_76b098cef252d179")


def flat(text: str) -> str:
    return " ".join(text.split())


def on_screen(detail: QuoteDetail) -> str:
    """The detail pane's lines inside its window (the pane scrolls its body)."""
    lines = shown_lines(detail.query_one("#detail-body")).split("\n")
    top = round(detail.scroll_y)
    return "\n".join(lines[top : top + detail.scrollable_content_region.height])


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def run(
    db_file: Path, scenario: Callable[[Any, ReviewApp], Awaitable[None]], size: tuple[int, int]
) -> None:
    app = ReviewApp(db_file, REVIEWER)

    async def main_() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(pilot, app)

    asyncio.run(main_())


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ReviewScreen)
    return screen


# What the ranker says of an attribution, as long as the engine's usual three reasons.
REASONS = (
    "ranker agrees with test rule (0.90)",
    "in the quote's paragraph (+2.3)",
    "a person's name as subject (+1.5)",
    "subject of the cue verb (+1.4)",
)


def reasoned_db(path: Path) -> Path:
    """The review fixture with the engine's reasons on every quote: the detail pane as a real
    ingest fills it."""
    with contextlib.closing(store.open_db(path)) as db:
        for doc_id, text in (("d1", D1), ("d2", D2)):
            result = engine_result(text)
            quotes = tuple(dataclasses.replace(q, reasons=REASONS) for q in result.quotes)
            document = Document(
                id=doc_id, title=text.split("\n", 1)[0], source="Daily", url=None,
                date="2026-02-13", text=text, path=None,
            )  # fmt: skip
            store.save_document(db, document, dataclasses.replace(result, quotes=quotes))
    return path


def untitled_db(path: Path) -> Path:
    with contextlib.closing(store.open_db(path)) as db:
        for doc_id, text in zip(LONG_IDS, (D1, D2), strict=True):
            document = Document(
                id=doc_id, title=None, source="Daily", url=None, date="2026-02-13", text=text,
                path=None,
            )  # fmt: skip
            store.save_document(db, document, engine_result(text))
    return path


@pytest.mark.parametrize("size", SIZES)
def test_the_detail_pane_shows_speaker_confidence_occasion_and_the_quote_in_context(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        detail = review(app).query_one(QuoteDetail)
        assert detail.scroll_y == 0
        drawn = flat(on_screen(detail))
        assert "Georgy Zinoviev" in drawn and "0.90" in drawn and "reception" in drawn
        # The whole sentence around the quote, not only its words.
        paragraph = (
            "Russian Ambassador Georgy Zinoviev said “Russia is well aware of this.” at a"
            " reception."
        )
        assert paragraph in drawn, drawn

    run(reasoned_db(tmp_path / "review.db"), scenario, size)


def test_a_terminal_made_short_puts_the_quote_in_context_first(tmp_path: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        detail = review(app).query_one(QuoteDetail)
        tall = flat(on_screen(detail))
        assert tall.index("Mention") < tall.index("In context")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        short = flat(on_screen(detail))
        assert short.index("“Russia is well aware of this.”") < short.index("Mention")
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        again = flat(on_screen(detail))
        assert again.index("Mention") < again.index("In context")

    run(build_db(tmp_path / "review.db"), scenario, (120, 40))


@pytest.mark.parametrize("size", SIZES)
def test_the_article_column_tells_articles_apart_and_the_detail_names_the_whole_id(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        table = screen.query_one(QuotesTable)
        cells = {
            table.get_row(row.key)[list(table.columns).index("article")].plain
            for row in table.ordered_rows
        }
        assert len(cells) == 2, cells  # one label per article, and the two differ
        assert all(cell in flat(shown_lines(table)) for cell in cells)
        assert LONG_IDS[0] in flat(on_screen(screen.query_one(QuoteDetail)))
        # Every column fits: nothing runs off the right edge.
        assert table.virtual_size.width <= table.size.width

    run(untitled_db(tmp_path / "review.db"), scenario, size)


def test_at_80_columns_with_the_speakers_pane_shown_the_quotes_still_fit(tmp_path: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        table = screen.query_one(QuotesTable)
        assert "date" not in table.columns  # the detail pane shows it
        await pilot.press("z")
        await settle(pilot)
        assert not screen.speakers.has_class("-hidden")
        assert table.virtual_size.width <= table.size.width
        assert "Conf" in shown_lines(table) and "Speaker" in shown_lines(table)

    run(untitled_db(tmp_path / "review.db"), scenario, (80, 24))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("keys", "modal"),
    [
        (("question_mark",), HelpScreen),
        (("e",), CorrectSpeakerScreen),
        (("o",), OccasionScreen),
        (("F",), FilterScreen),
    ],
)
def test_every_dialog_fits_the_terminal(
    tmp_path: Path, size: tuple[int, int], keys: tuple[str, ...], modal: type
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press(*keys)
        await settle(pilot)
        assert isinstance(app.screen, modal)
        screen_region = app.screen.region
        for widget in app.screen.query(VerticalScroll):
            assert screen_region.contains_region(widget.region), widget
            # Long lines wrap inside the dialog: no sideways scrolling.
            assert widget.virtual_size.width <= widget.scrollable_content_region.width

    run(build_db(tmp_path / "review.db"), scenario, size)


# At 80×24 the reviewer box and the two buttons are one scroll away; at 120×40 nothing is.
@pytest.mark.parametrize(("size", "hidden"), [((80, 24), 3), ((120, 40), 0)])
def test_the_filters_show_their_boxes_without_scrolling(
    tmp_path: Path, size: tuple[int, int], hidden: int
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen)
        dialog = app.screen.query_one("#dialog", VerticalScroll)
        visible = dialog.scrollable_content_region
        boxes = [*app.screen.query(Input), *app.screen.query(Button)]
        shown = [box for box in boxes if visible.contains_region(box.region)]
        assert len(shown) >= len(boxes) - hidden, [b.id for b in boxes if b not in shown]
        await pilot.press("escape")

    run(build_db(tmp_path / "review.db"), scenario, size)


def test_the_progress_line_at_80_columns_keeps_the_count_and_the_filter_on_one_line(
    tmp_path: Path,
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        line = review(app).query_one("#progress", Static)
        drawn = shown_lines(line)
        assert "4 of 4 left to review" in drawn and "showing unreviewed" in drawn
        assert cell_len(str(line.content)) <= 78  # within the padding: nothing cut at the edge
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert "row 1 of 4" in str(line.content) and f"reviewer {REVIEWER}" in str(line.content)

    run(build_db(tmp_path / "review.db"), scenario, (80, 24))


@pytest.mark.parametrize(
    ("keys", "modal", "list_id"),
    [
        (("j", "j", "j", "p"), SplitScreen, "#parts"),  # Maria Lopez's long quote
        (("K",), KindScreen, "#kinds"),
    ],
)
def test_at_80x24_the_speaker_choices_keep_to_one_line(
    tmp_path: Path, keys: tuple[str, ...], modal: type, list_id: str
) -> None:
    widths: list[tuple[int, int]] = []

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press(*keys)
        await settle(pilot)
        assert isinstance(app.screen, modal)
        options = app.screen.query_one(list_id, OptionList)
        room = options.scrollable_content_region.width
        for i in range(options.option_count):
            prompt = options.get_option_at_index(i).prompt
            widths.append((cell_len(getattr(prompt, "plain", str(prompt))), room))

    run(build_db(tmp_path / "review.db"), scenario, (80, 24))
    assert len(widths) >= 2 and all(used <= room for used, room in widths), widths


@pytest.mark.parametrize("size", SIZES)
def test_the_article_views_keys_break_between_keys_never_inside_one(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        drawn = shown_lines(app.screen.query_one("#article-keys", Static))
        lines = [line.strip() for line in drawn.split("\n") if line.strip()]
        for _, what, _ in ARTICLE_KEYS:
            assert any(what in line for line in lines), (what, lines)

    run(build_db(tmp_path / "review.db"), scenario, size)


# Twenty people quoted once each, and one quoted by a long description: more speakers than the
# merge and correction dialogs' lists have rows for.
FIRST = ("Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo")
LAST = ("Moreau", "Okafor")
LONG_NAME = "spokesperson for the Ministry of Foreign Affairs of the Republic of Korea"


def crowded_db(path: Path) -> Path:
    names = [f"{first} {last}" for last in LAST for first in FIRST] + [LONG_NAME]
    lines = [f"“We agree on point {n},” said {name}." for n, name in enumerate(names)]
    text = "Crowded\n\n" + "\n\n".join(lines)
    quotes, speakers = [], []
    for n, (name, line) in enumerate(zip(names, lines, strict=True)):
        at = text.index(line)
        words = f"“We agree on point {n},”"
        sid = f"s{n}"
        mention = text.index(name, at)
        quotes.append({
            "start": at, "end": at + len(words), "text": words, "speaker": name,
            "speaker_id": sid, "speaker_mention": name, "speaker_start": mention,
            "speaker_end": mention + len(name), "kind": "speech", "confidence": 0.9,
        })  # fmt: skip
        kind = "unnamed" if name == LONG_NAME else "person"
        speakers.append({"id": sid, "name": name, "kind": kind, "aliases": [name]})
    with contextlib.closing(store.open_db(path)) as db:
        document = Document(
            id="crowd", title="Crowded", source="Daily", url=None, date="2026-02-13", text=text,
            path=None,
        )  # fmt: skip
        store.save_document(db, document, records.result(quotes, speakers))
    return path


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("keys", "list_id"), [(("m",), "#targets"), (("e",), "#suggestions")])
def test_a_dialogs_list_leaves_room_for_its_help_line(
    tmp_path: Path, size: tuple[int, int], keys: tuple[str, ...], list_id: str
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press(*keys)
        await settle(pilot)
        await pilot.pause()
        dialog = app.screen.query_one("#dialog")
        help_line = app.screen.query_one(".dialog-help", Static)
        options = app.screen.query_one(list_id, OptionList)
        assert options.option_count >= 9
        # The help and the list inside the dialog, and the dialog on the screen.
        assert app.screen.region.contains_region(dialog.region)
        assert dialog.region.contains_region(help_line.region), (dialog.region, help_line.region)
        assert "esc cancel" in flat(shown_lines(help_line))
        assert options.scrollable_content_region.height >= 3
        if size[1] >= 40:  # a tall terminal shows every option it has room for
            assert options.scrollable_content_region.height >= min(options.option_count, 12)
        if keys == ("e",):  # typing shows a hint line: the list gives it a row
            await pilot.press("B", "e")
            await settle(pilot)
            await pilot.pause()
            assert dialog.region.contains_region(help_line.region)
            assert app.screen.region.contains_region(dialog.region)

    run(crowded_db(tmp_path / "review.db"), scenario, size)


@pytest.mark.parametrize("size", SIZES)
def test_the_speakers_pane_shows_a_long_name_on_two_lines_and_the_counts_beside_it(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        if size[0] < 100:
            await pilot.press("z")
            await settle(pilot)
        options = screen.speakers.option_list
        room = options.scrollable_content_region.width
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        plain = [getattr(p, "plain", str(p)) for p in prompts]
        for text in plain:
            lines = text.split("\n")
            assert all(cell_len(line) <= room for line in lines), (lines, room)
            assert lines[0].rstrip().endswith("/1") or "All speakers" in text or "All" in text
        (long,) = [t for t in plain if t.lstrip().startswith("spokes")]
        first, second = long.split("\n")
        # Twice the words a single line held, broken between words.
        shown = " ".join(first.split()[:-1]) + " " + second.strip()
        assert LONG_NAME.startswith(shown.rstrip("…").strip())
        assert len(shown) > room - 9
        drawn = flat(shown_lines(options))
        assert "Ann Moreau" in drawn and "1/1" in drawn

    run(crowded_db(tmp_path / "review.db"), scenario, size)


def test_at_80_columns_with_the_speakers_pane_the_quote_column_keeps_twenty_cells(
    tmp_path: Path,
) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        screen = review(app)
        await pilot.press("z")
        await settle(pilot)
        table = screen.query_one(QuotesTable)
        assert table.columns[next(k for k in table.columns if k.value == "quote")].width >= 20
        assert table.virtual_size.width <= table.size.width

    run(untitled_db(tmp_path / "review.db"), scenario, (80, 24))


def test_the_article_view_counts_one_quote_as_one_quote(tmp_path: Path) -> None:
    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j", "j", "j")  # Maria Lopez's quote, the only one of its article
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        head = flat(str(app.screen.query_one("#article-head", Static).content))
        assert "1 quote:" in head and "1 quotes" not in head

    run(build_db(tmp_path / "review.db"), scenario, (80, 24))


OCCASION_FIELDS = ("#occasion", "#occasion-date", "#occasion-place", "#occasion-type")


@pytest.mark.parametrize("size", SIZES)
def test_the_occasion_editor_shows_every_field_and_takes_each_without_scrolling(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # At 80×24 the place and the type were below the fold and the boxes could not be told from
    # their labels; now each field is a row, its name beside its box, and all fit at once.
    db_file = build_db(tmp_path / "review.db")
    quote_id: list[str] = []

    async def scenario(pilot: Any, app: ReviewApp) -> None:
        await pilot.press("j", "j", "j")  # Maria Lopez's long quote
        quote_id.append(cursor_id(app))
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OccasionScreen)
        dialog = screen.query_one("#dialog", VerticalScroll)
        assert dialog.max_scroll_y == 0, "nothing may need scrolling"
        room = dialog.scrollable_content_region
        labels = list(screen.query(".field-label"))
        assert [str(label.content) for label in labels] == ["Occasion", "Date", "Place", "Type"]
        for label, field_id in zip(labels, OCCASION_FIELDS, strict=True):
            box = screen.query_one(field_id)
            assert room.contains_region(box.region), field_id
            assert room.contains_region(label.region), field_id
            assert box.region.y == label.region.y and box.region.x > label.region.right - 1
            assert box.region.width >= 40, (field_id, box.region)
        assert room.contains_region(screen.query_one(".dialog-help").region)
        # A wrong date is said under its box, and everything still shows.
        await pilot.press("tab", *"2026-13")
        problem = screen.query_one("#date-problem", Static)
        await pilot.pause()
        assert problem.display and "not a calendar date" in shown_lines(problem)
        assert room.contains_region(problem.region)
        assert room.contains_region(screen.query_one("#occasion-type").region)
        # Each field takes keys: occasion, date, place typed, the type picked from its list.
        screen.query_one("#occasion", Input).focus()
        await pilot.press(*"rally in Dayton", "tab", *"2026-02-09", "tab", *"Dayton", "tab")
        await pilot.press("enter")  # opens the type list
        await pilot.pause()
        await pilot.press("home", "down", "enter")  # no type → statement
        await pilot.pause()
        screen.query_one("#occasion-place", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)

    run(db_file, scenario, size)
    with contextlib.closing(store.open_db(db_file, readonly=True)) as db:
        saved = store.get_quote(db, quote_id[0])
    assert saved is not None
    assert (saved.final_occasion, saved.final_occasion_date, saved.final_occasion_place) == (
        "rally in Dayton",
        "2026-02-09",
        "Dayton",
    )
    assert saved.final_occasion_type == "statement"
