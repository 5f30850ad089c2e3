"""``quotetui speakers``: the speakers, their possible duplicates, why names were joined."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from quotetui.cli.common import (
    clipped,
    database,
    format_table,
    json_line,
    need_database,
    onto_terminal,
)
from quotetui.cli.options import db_option
from quotetui.terminal import escaped

if TYPE_CHECKING:
    import sqlite_utils


@click.command()
@db_option
@click.option("--search", "-s", metavar="TEXT", help="Only speakers whose name or alias has TEXT.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    metavar="N",
    default=None,
    help="How many speakers to show (0: all). Default: 50 on a terminal, all otherwise.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    metavar="N",
    default=0,
    help="Skip this many speakers first.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one speaker a line.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")
@click.option(
    "--duplicates",
    is_flag=True,
    help="List the pairs of speakers that may be one, with their scores and why.",
)
@click.option(
    "--why",
    metavar="NAME",
    help="Show why a speaker's names were joined: each rule and its evidence.",
)
def speakers(
    db_path: Path,
    search: str | None,
    limit: int | None,
    offset: int,
    as_json: bool,
    as_csv: bool,
    duplicates: bool,
    why: str | None,
) -> None:
    """List speakers, most quoted first, with their quote counts and aliases.

    On a terminal long names and aliases are clipped and 50 speakers shown; piped or with
    --json / --csv nothing is cut and every speaker is listed.
    """
    from quotetui import store

    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")
    need_database(db_path)
    terminal = sys.stdout.isatty() and not (as_json or as_csv)
    if limit is None:
        limit = 50 if terminal else 0
    with database(db_path, readonly=True) as db:
        if why is not None:
            _print_why(db, why, as_json, as_csv)
            return
        if duplicates:
            _print_duplicates(db, limit, as_json, as_csv, terminal)
            return
        rows = store.list_speakers(db, search=search, limit=limit or -1, offset=offset)
        records = [
            {
                "id": row.id,
                "name": row.name,
                "kind": None if row.kind is None else row.kind.value,
                "quotes": row.total,
                "unreviewed": row.unreviewed,
                "aliases": [a for a in row.aliases if a != row.name],
            }
            for row in rows
        ]
        if as_json or as_csv:
            _print_records(records, as_json)
            return
        if not rows:
            click.echo("No speakers" + (f" matching {search!r}" if search else "") + ".")
            return
        table: list[tuple[str, ...]] = [("ID", "NAME", "KIND", "QUOTES", "UNREVIEWED", "ALIASES")]
        for rec in records:
            aliases = "; ".join(rec["aliases"])  # type: ignore[arg-type]
            table.append(
                (
                    escaped(rec["id"]),
                    escaped(rec["name"]),
                    escaped(rec["kind"] or "-"),
                    str(rec["quotes"]),
                    str(rec["unreviewed"]),
                    escaped(clipped(aliases, 60) if terminal else aliases),
                )
            )
        click.echo(format_table(table, numeric={3, 4}, clip=terminal))
        total = store.count_speakers(db, search)
        if len(rows) < total:
            click.echo(f"({len(rows)} of {total} speakers; --limit 0 shows all)")


def _print_records(records: list[dict[str, Any]], as_json: bool) -> None:
    """Records as JSON Lines or CSV (lists joined by "; "), nothing clipped; names are data,
    so CSV cells a spreadsheet would run as formulas are neutralised as the export does."""
    if as_json:
        for rec in records:
            click.echo(json_line(rec))
        return
    from quotetui.export import _csv_cell

    if not records:
        return
    out = [",".join(_csv_cell(k) for k in records[0])]
    for rec in records:
        cells = []
        for value in rec.values():
            text = "; ".join(value) if isinstance(value, list) else value
            if isinstance(text, (int, float)):
                cells.append(str(text))  # numbers as numbers, whatever their sign
            else:
                cells.append(_csv_cell(text))
        out.append(",".join(cells))
    with onto_terminal("-") as terminal:
        (terminal or sys.stdout).write("\r\n".join(out) + "\r\n")


def _print_duplicates(
    db: sqlite_utils.Database, limit: int, as_json: bool, as_csv: bool, terminal: bool
) -> None:
    from quotetui import store

    pairs = store.list_duplicates(db, limit=limit or -1)
    records = [
        {
            "score": p.score,
            "a": p.a,
            "a_name": p.a_name,
            "a_quotes": p.a_quotes,
            "b": p.b,
            "b_name": p.b_name,
            "b_quotes": p.b_quotes,
            "rule": p.rule,
            "evidence": p.evidence,
        }
        for p in pairs
    ]
    if as_json or as_csv:
        _print_records(records, as_json)
        return
    if not pairs:
        click.echo("No possible duplicates.")
        return
    table: list[tuple[str, ...]] = [("SCORE", "SPEAKER", "QUOTES", "SPEAKER", "QUOTES", "WHY")]
    for p in pairs:
        why = f"{p.rule}: {p.evidence}"
        table.append(
            (
                f"{p.score:.2f}",
                escaped(f"{p.a_name} ({p.a})"),
                str(p.a_quotes),
                escaped(f"{p.b_name} ({p.b})"),
                str(p.b_quotes),
                escaped(clipped(why, 70) if terminal else why),
            )
        )
    click.echo(format_table(table, numeric={0, 2, 4}, clip=terminal))


def _print_why(db: sqlite_utils.Database, name: str, as_json: bool, as_csv: bool) -> None:
    from quotetui import store

    found = store.find_speaker(db, name)
    if found is None:
        raise click.ClickException(f"no speaker {escaped(name)!r}")
    rows = store.speaker_evidence(db, found.id)
    records = [
        {"rule": r.rule, "a": r.a, "b": r.b, "evidence": r.evidence, "score": r.score} for r in rows
    ]
    if as_json or as_csv:
        _print_records(records, as_json)
        return
    click.echo(escaped(f"{found.name} ({found.id}): {len(rows)} joins"))
    for r in rows:
        click.echo(escaped(f"  {r.rule}: {r.evidence}"))
