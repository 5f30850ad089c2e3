"""How the review screen looks (pytest-textual-snapshot). Fixed data, reviewer and terminal size,
and no clock text on screen, so the pictures only change when the UI does.

After an intended change to the look: ``pytest tests/test_tui_snapshots.py --snapshot-update``
and check the new SVGs under ``tests/__snapshots__/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_tui import REVIEWER, SIZE, build_db

from quotetui.tui.app import ReviewApp


async def settled(pilot: Any) -> None:
    # The progress counts arrive from a worker: wait for them, or the picture races them.
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen(snap_compare: Any, tmp_path: Path) -> None:
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)
    assert snap_compare(app, terminal_size=SIZE, run_before=settled)


def test_main_screen_hostile_quote_is_literal(snap_compare: Any, tmp_path: Path) -> None:
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)

    async def run_before(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("j", "j", "j")
        await settled(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_correction_modal(snap_compare: Any, tmp_path: Path) -> None:
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)

    async def run_before(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("e")
        await settled(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_main_screen_80x24(snap_compare: Any, tmp_path: Path) -> None:
    # A small terminal: the speakers pane gives way, the keys line keeps help, quit, palette.
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled)


def test_article_view(snap_compare: Any, tmp_path: Path) -> None:
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)

    async def run_before(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("a", "v")
        await settled(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_occasion_editor_80x24(snap_compare: Any, tmp_path: Path) -> None:
    # Every field a row with its name beside its tinted box, all on screen at once.
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)

    async def run_before(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("j", "j", "j", "o")
        await settled(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_filters_80x24(snap_compare: Any, tmp_path: Path) -> None:
    # The short terminal's borderless boxes, tinted so they read as boxes.
    app = ReviewApp(build_db(tmp_path / "review.db"), REVIEWER)

    async def run_before(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("F")
        await settled(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
