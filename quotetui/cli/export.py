"""``quotetui export`` and ``quotetui backup``: what leaves the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from quotetui.cli.common import (
    check_output,
    database,
    need_database,
    onto_terminal,
    writing_output,
)
from quotetui.cli.options import db_option
from quotetui.terminal import escaped
from quotetui.wording import plural


@click.command(name="export")
@db_option
@click.option(
    "-o",
    "--output",
    metavar="FILE|-",
    help="File to write, or '-' for stdout. Default: quotetui-export.csv (quotetui-export.jsonl "
    "with --format jsonl) in the current folder. A file is replaced only once the export is "
    "complete; a failed export leaves it as it was.",
)
@click.option(
    "--speaker",
    "speakers",
    multiple=True,
    metavar="NAME",
    help="Only quotes by this speaker (name, alias or id); repeat for several.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    metavar="LIST",
    help="Review statuses to export, comma-separated, from: confirmed, corrected, unreviewed, "
    "rejected. Default: confirmed,corrected (the verified quotes).",
)
@click.option(
    "--all", "all_statuses", is_flag=True, help="Export quotes of every status, not only verified."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV (RFC 4180, UTF-8, header row) or JSON Lines (one object per quote, same keys).",
)
@click.option(
    "--excel",
    is_flag=True,
    help="Start the CSV with a byte order mark, so Excel reads accents and curly quotes right.",
)
@click.option(
    "--raw",
    is_flag=True,
    help="Keep CSV cells that start with = + - @, tab or CR as they are; by default they get a "
    "leading ' so a spreadsheet does not run them as formulas. JSON Lines is never changed.",
)
def export_command(
    db_path: Path,
    output: str | None,
    speakers: tuple[str, ...],
    statuses: tuple[str, ...],
    all_statuses: bool,
    fmt: str,
    excel: bool,
    raw: bool,
) -> None:
    """Export quotes with their speaker, occasion, article and context, one row per quote.

    By default only verified quotes (confirmed or corrected), with the analyst's speaker and
    occasion winning over the engine's, ordered by article and position. Quotes whose article
    changed so that the engine no longer finds them (stale) are never exported. The closing line
    (on stderr when writing to stdout) says how many quotes were written and where.
    """
    from quotetui import store
    from quotetui.export import UnknownSpeaker, export_quotes

    wanted = [s.strip() for value in statuses for s in value.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in store.STATUSES]
    if unknown:
        raise click.BadParameter(
            f"unknown status {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(store.STATUSES)}",
            param_hint="'--status'",
        )
    if statuses and not wanted:
        raise click.BadParameter("no status given", param_hint="'--status'")
    if all_statuses and wanted:
        raise click.UsageError("--all exports every status; give --status or --all, not both")
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to CSV only")
    need_database(db_path)
    output = output or f"quotetui-export.{fmt}"
    to_stdout = output == "-"
    if not to_stdout:
        check_output(Path(output))
    with (
        database(db_path, readonly=True) as db,
        writing_output(output),
        onto_terminal(output, json_lines=fmt == "jsonl") as terminal,
    ):
        # A terminal gets the records with their control characters shown; stdout otherwise
        # through its byte layer (CSV line ends untranslated, UTF-8 whatever the locale says),
        # a file by its path (replaced once complete).
        out = terminal or (_stdout_bytes() if to_stdout else Path(output))
        try:
            written = export_quotes(
                db,
                out,
                speakers=list(speakers),
                statuses=wanted or ("confirmed", "corrected"),
                all_statuses=all_statuses,
                fmt=fmt,
                excel=excel,
                raw=raw,
            )
        except UnknownSpeaker as exc:
            raise click.BadParameter(
                f"no speaker matches {escaped(exc.name)!r}; list them with  "
                f"quotetui speakers --db {db_path}",
                param_hint="'--speaker'",
            ) from None
    where = "stdout" if to_stdout else output
    noun = "quote" if written == 1 else "quotes"
    click.echo(f"Exported {written} {noun} to {where}", err=to_stdout)
    if not written and not all_statuses and not wanted:
        click.echo(
            "Only confirmed and corrected quotes are exported by default; --all exports every "
            "status.",
            err=True,
        )


def _stdout_bytes() -> Any:
    sys.stdout.flush()
    return getattr(sys.stdout, "buffer", sys.stdout)


@click.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(db_path: Path, dest: Path) -> None:
    """Copy the database to DEST, consistently, even while review sessions or an ingest use it.

    Uses SQLite's backup API: the copy holds every decision, also those still in the
    write-ahead log (the -wal file beside the database), which copying the .db file alone
    would lose. DEST is replaced only once the copy is complete and checked.
    """
    from quotetui import store

    need_database(db_path)
    check_output(dest)
    with database(db_path, readonly=True) as db:
        try:
            report = store.backup_database(db, db_path, dest)
        except store.BackupFailed as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(
        f"Backed up {escaped(db_path)} to {escaped(dest)}: {plural(report.quotes, 'quote')},"
        f" {plural(report.reviews, 'review log entry')}"
    )
