"""How fast the review TUI answers on a big store.

    python benchmarks/make_big_db.py /tmp/big.db          # once: 1M quotes, 20k speakers
    python benchmarks/tui_bench.py /tmp/big.db [--tmux]

Measures, through Textual's own test harness (App.run_test + Pilot, headless, 120x40):
the time from creating the app (which opens the database) until the first page of quotes and
the detail pane are on screen; how long each status filter change, speaker change, sort change
and decision takes until the new rows are shown; when the "N of M left" counts arrive (they are
counted in a worker); each filter of the filter dialog and each search, until its rows are
shown; ``quotetui search`` (``store.search_quotes``) alone. With ``--tmux`` it also times a
real terminal: from starting ``quotetui review`` in a tmux pane until the first quote row is
drawn. Prints figures; asserts
nothing. It makes 20 decisions and undoes them: both land in the file's reviews log, so run it
on a throwaway database.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from quotetui import store
from quotetui.tui.app import ReviewApp
from quotetui.tui.screens.review import ReviewScreen
from quotetui.tui.session import DEFAULT_FILTER
from quotetui.tui.widgets.quotes_table import QuotesTable

SIZE = (120, 40)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


async def until(pilot: Any, condition: Any, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        await pilot.pause(0.001)


def shown(app: ReviewApp) -> bool:
    """The table shows the session's first page and the detail pane shows its quote."""
    screen = app.screen_stack[0]
    if not isinstance(screen, ReviewScreen):
        return False
    table = screen.query_one(QuotesTable)
    rows = screen.session.rows
    if not rows:
        return table.row_count == 0
    return (
        table.row_count == len(rows)
        and table.ordered_rows[0].key.value == rows[0].id
        and screen._shown is screen.session.current  # noqa: SLF001
    )


def counted(app: ReviewApp) -> bool:
    return app.screen_stack[0]._counts is not None  # noqa: SLF001


async def timed(pilot: Any, app: ReviewApp, action: Any) -> tuple[float, float]:
    """(until rows are shown, until counts are in) for one filter change."""
    start = time.perf_counter()
    await action()
    await until(pilot, lambda: shown(app))
    rows_at = time.perf_counter() - start
    await until(pilot, lambda: counted(app))
    return rows_at, time.perf_counter() - start


async def bench(path: Path) -> None:
    start = time.perf_counter()
    app = ReviewApp(path, "bench")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: shown(app) and bool(app.screen_stack[0].session.rows))
        first = time.perf_counter() - start
        await until(pilot, lambda: counted(app))
        counts = time.perf_counter() - start
        print(f"first screen (app created → first page + detail shown)  {ms(first)}")
        print(f"  'N of M left' for all speakers shown after             {ms(counts)}")

        # What Pilot itself costs per key (it waits for the screen to settle): a key bound to
        # nothing. The figures below include it; subtract it for the app's own share.
        idle = []
        for _ in range(5):
            start = time.perf_counter()
            await pilot.press("f12")
            idle.append(time.perf_counter() - start)
        overhead = ms(statistics.median(idle))
        print(f"Pilot overhead per key press (an unbound key), median    {overhead}")

        screen = app.screen_stack[0]
        assert isinstance(screen, ReviewScreen)
        session = screen.session

        print("status filter (s), unreviewed → all → confirmed → corrected → rejected → …")
        for _ in range(5):

            async def press_s() -> None:
                await pilot.press("s")

            rows_at, counts_at = await timed(pilot, app, press_s)
            print(
                f"  → {str(session.status or 'all'):<10}  rows {ms(rows_at)}"
                f"   counts {ms(counts_at)}   ({len(session.rows)} rows loaded)"
            )

        print("sort toggle (c)")
        for _ in range(2):

            async def press_c() -> None:
                await pilot.press("c")

            rows_at, _ = await timed(pilot, app, press_c)
            print(f"  → {session.order:<10}  rows {ms(rows_at)}")

        print("speaker filter: enter on a speaker in the speakers pane (found with the box)")
        speakers = store.list_speakers(session.db, limit=1)
        speakers += store.list_speakers(session.db, limit=1, offset=100)
        speakers += store.list_speakers(session.db, limit=1, offset=10_000)
        pane = screen.speakers
        for speaker in speakers:
            # Untimed: find the speaker with the filter box, highlight it in the list.
            pane.query_one("#speaker-filter").value = speaker.name
            await pilot.pause()
            pane.option_list.focus()
            await pilot.pause()

            async def enter() -> None:
                await pilot.press("enter")

            rows_at, counts_at = await timed(pilot, app, enter)
            assert session.speaker_id == speaker.id
            print(
                f"  → {speaker.name[:24]:<24} {speaker.total:>6} quotes"
                f"  rows {ms(rows_at)}   counts {ms(counts_at)}"
            )
        pane.query_one("#speaker-filter").value = ""
        await pilot.pause()
        pane.option_list.focus()
        pane.option_list.highlighted = 0
        await pilot.pause()

        async def enter_all() -> None:
            await pilot.press("enter")

        rows_at, counts_at = await timed(pilot, app, enter_all)
        label = "All speakers"
        print(f"  → {label:<24} {'all':>6}  rows {ms(rows_at)}   counts {ms(counts_at)}")

        print("speaker search box (/ then typing 'kim': the list is refiltered per keystroke)")
        await pilot.press("slash")
        for key in "kim":
            start = time.perf_counter()
            await pilot.press(key)
            print(f"  '{key}'  {ms(time.perf_counter() - start)}")
        await pilot.press("escape")

        print("filters (F dialog / palette: the session's filter set, until rows are shown)")
        for label, changes in FILTERS:

            async def refilter(changes: dict[str, Any] = changes) -> None:
                screen.update_filter(**changes)

            rows_at, counts_at = await timed(pilot, app, refilter)
            print(
                f"  → {label:<28} rows {ms(rows_at)}   counts {ms(counts_at)}"
                f"   ({len(session.rows)} rows loaded)"
            )
        screen.set_filter(DEFAULT_FILTER)
        await until(pilot, lambda: shown(app) and counted(app))

        print("search (f, a query, enter: the matches become the queue, until rows are shown)")
        for query in searches(session.db):

            async def search(query: str = query) -> None:
                screen.search(query)

            rows_at, counts_at = await timed(pilot, app, search)
            print(
                f"  → {query[:28]:<28} rows {ms(rows_at)}   counts {ms(counts_at)}"
                f"   ({len(session.rows)} rows loaded)"
            )
        screen.search(None)
        await until(pilot, lambda: shown(app) and counted(app))

        print("decisions (a, then the next quote is shown)")
        times = []
        for _ in range(20):
            before = session.cursor
            start = time.perf_counter()
            await pilot.press("a")
            await until(pilot, lambda before=before: session.cursor == before + 1 and shown(app))
            times.append(time.perf_counter() - start)
        print(f"  median {ms(statistics.median(times))}   max {ms(max(times))}   (20 decisions)")
        for _ in range(20):
            await pilot.press("u")

        print("scrolling past the loaded page (pagedown ×12)")
        start = time.perf_counter()
        for _ in range(12):
            await pilot.press("pagedown")
        print(f"  {ms(time.perf_counter() - start)} for 12 pages; {len(session.rows)} rows loaded")


# Filter changes timed (each from the default queue's filter plus the ones before).
FILTERS: list[tuple[str, dict[str, Any]]] = [
    ("kind: terms", {"kind": "term"}),
    ("kind: every kind", {"kind": None}),
    ("confidence ≥ 0.95", {"kind": store.NOT_TERMS, "min_confidence": 0.95}),
    ("outlet Herald (+ ≥ 0.95)", {"source": "Herald"}),
    ("published 2025-03 (+ above)", {"published_from": "2025-03", "published_to": "2025-03"}),
    ("flagged", {"min_confidence": None, "source": None, "published_from": None,
                 "published_to": None, "flagged": True}),
    ("decided by bench", {"flagged": False, "reviewer": "bench"}),
]  # fmt: skip


def searches(db: Any) -> list[str]:
    """Queries of every size: a rare speaker's full name, a mid one's, a phrase, a common
    word, a prefix, and words matching nothing."""
    rare = store.list_speakers(db, limit=1, offset=10_000)[0].name
    mid = store.list_speakers(db, limit=1, offset=100)[0].name
    return [rare, mid, '"border talks"', "crisis", "secur*", "zyzzyva"]


def bench_search(path: Path) -> None:
    """``quotetui search`` (store.search_quotes, the first 50 hits and the counts)."""
    print("quotetui search (store.search_quotes, limit 50), median of 5")
    with contextlib.closing(store.open_db(path, readonly=True)) as db:
        for query in searches(db):
            times = []
            for _ in range(5):
                start = time.perf_counter()
                result = store.search_quotes(db, query, limit=50)
                times.append(time.perf_counter() - start)
            print(
                f"  {query[:28]:<28} {ms(statistics.median(times))}   {len(result.hits)} shown,"
                f" {result.by_words:,} by words, {result.by_speaker:,} by speaker,"
                f" {result.titles:,} titles"
            )


def bench_tmux(path: Path) -> None:
    if shutil.which("tmux") is None:
        print("tmux not found; skipping the real-terminal measurement")
        return
    name = "quotetui-bench"
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    command = f"{sys.executable} -m quotetui review --db {path} --reviewer bench"
    start = time.perf_counter()
    subprocess.run(["tmux", "new", "-d", "-s", name, "-x", "120", "-y", "40", command], check=True)
    try:
        first = counts = None
        while time.perf_counter() - start < 30:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-t", name, "-p"], capture_output=True, text=True
            ).stdout
            now = time.perf_counter() - start
            if (
                first is None
                and "Conf" in screen
                and ("counting…" in screen or " left  " in screen)
            ):
                first = now
            if "left to review" in screen:
                counts = now
                break
            time.sleep(0.01)
        print("real terminal (tmux 120x40, process start incl. Python imports):")
        print(f"  first quote rows drawn after  {ms(first) if first else 'n/a'}")
        print(f"  'N of M left' drawn after     {ms(counts) if counts else 'n/a'}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="database made by benchmarks/make_big_db.py")
    parser.add_argument("--tmux", action="store_true", help="also time a real terminal")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"no database at {args.path}; make one with benchmarks/make_big_db.py")
        return 1
    with contextlib.closing(store.open_db(args.path)) as db:
        totals = store.stats(db)
    print(
        f"{args.path}: {totals['quotes']:,} quotes, {totals['speakers']:,} speakers,"
        f" {totals['documents']:,} documents"
    )
    bench_search(args.path)
    asyncio.run(bench(args.path))
    if args.tmux:
        bench_tmux(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
