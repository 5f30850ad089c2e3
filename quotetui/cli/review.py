"""``quotetui review``: the review app, started once the database and the terminal are fit."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quotetui.cli.common import database, need_database
from quotetui.cli.options import db_option
from quotetui.terminal import escaped


@click.command()
@db_option
@click.option(
    "--speaker", metavar="NAME", help="Start with this speaker's quotes (name, alias or id)."
)
@click.option(
    "--reviewer",
    metavar="NAME",
    help="Name recorded with every decision (default: your login name).",
)
def review(db_path: Path, speaker: str | None, reviewer: str | None) -> None:
    """Review attributions in a terminal app: confirm (a), reject (x), correct (e, o), undo (u).

    Every decision is saved the moment its key is pressed; ? in the app lists the keys.
    """
    import getpass

    from quotetui import store

    need_database(db_path)
    if not reviewer:
        try:
            reviewer = getpass.getuser()
        except (KeyError, OSError):
            raise click.ClickException("cannot tell who you are; pass --reviewer NAME") from None
    speaker_id = None
    # Opened once here, so a database that is not ours, newer, damaged or read-only is one
    # line before any screen is drawn.
    with database(db_path) as db:
        if speaker:
            found = store.find_speaker(db, speaker)
            if found is None:
                raise click.ClickException(
                    f"no speaker {escaped(speaker)!r}; list them with  quotetui speakers"
                    f" --db {db_path}"
                )
            speaker_id = found.id
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Without a terminal the app would write escape codes into a pipe or file and wait for
        # keys that never come.
        raise click.ClickException(
            "review is an interactive app and needs a terminal (stdin and stdout are not one);"
            " to read the quotes without one, use  quotetui export"
        )

    from quotetui.tui.app import ReviewApp

    ReviewApp(db_path, reviewer, speaker_id=speaker_id).run()
