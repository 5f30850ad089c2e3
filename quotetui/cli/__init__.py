"""Command line: ``quotetui ingest | extract | eval | speakers | search | review | export |
backup``, one module per command or family of commands (``quotetui/cli/*.py``).

spaCy and the engine are imported inside the commands that need them, so ``--help`` and the
database-only commands start at once.
"""

from __future__ import annotations

import click

from quotetui import __version__
from quotetui.cli.engine import _PIPELINES, get_pipeline
from quotetui.cli.evaluate import eval_command
from quotetui.cli.export import backup, export_command
from quotetui.cli.extract import extract
from quotetui.cli.ingest import _save_batch, ingest
from quotetui.cli.progress import Progress
from quotetui.cli.review import review
from quotetui.cli.search import search
from quotetui.cli.speakers import speakers

__all__ = ["Progress", "_PIPELINES", "_save_batch", "get_pipeline", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetui")
def main() -> None:
    """quotetui: who said what, where and when, in a folder of news articles.

    Ingest articles (text, JSONL, web pages, web archives, URLs) into a SQLite database, review
    the attributions, and export the verified quotes.
    """


for _command in (ingest, extract, eval_command, speakers, search, review, export_command, backup):
    main.add_command(_command)
