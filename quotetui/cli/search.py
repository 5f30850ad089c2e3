"""``quotetui search``: quotes by their words, their speaker's names or their article's title."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quotetui.cli.common import (
    clipped,
    database,
    format_table,
    json_line,
    need_database,
)
from quotetui.cli.options import db_option
from quotetui.terminal import escaped
from quotetui.wording import plural


@click.command()
@click.argument("query")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one matching quote a line.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    metavar="N",
    default=50,
    show_default=True,
    help="How many quotes to show (0: all).",
)
def search(query: str, db_path: Path, as_json: bool, limit: int) -> None:
    """Find quotes by their words, their speaker's names or their article's title.

    Words must all match (accents and case do not matter); "a phrase" in double quotes,
    prefix* and OR / NOT in capitals are understood. Quotes whose own words match come first
    (best first), then the quotes of speakers whose name or an alias matches, then those of
    articles whose title matches.
    """
    from quotetui.store.search import search_quotes

    need_database(db_path)
    with database(db_path, readonly=True) as db:
        found = search_quotes(db, query, limit=limit)
    records = [
        {
            "quote_id": hit.quote.id,
            "quote": hit.quote.text,
            "speaker": hit.quote.speaker_name,
            "speaker_id": hit.quote.speaker_id,
            "kind": None if hit.quote.kind is None else str(hit.quote.kind),
            "status": str(hit.quote.status),
            "document_id": hit.quote.document_id,
            "title": hit.quote.document_title,
            "source": hit.quote.document_source,
            "published": hit.quote.document_date,
            "occasion_date": hit.quote.final_occasion_date,
            "confidence": hit.quote.confidence,
            "matched": hit.matched,
        }
        for hit in found.hits
    ]
    if found.search.match is None:
        raise click.ClickException(f"nothing to search for in {escaped(query)!r}")
    if as_json:
        for rec in records:
            click.echo(json_line(rec))
        return
    order = "best first" if found.ranked else "in the order stored"
    click.echo(
        escaped(
            f"{query}: {plural(found.by_words, 'quote')} by their words ({order}),"
            f" {plural(found.speakers, 'speaker')} by name"
            f" ({plural(found.by_speaker, 'quote')}), {plural(found.titles, 'article')} by title"
        )
    )
    if not records:
        return
    terminal = sys.stdout.isatty()
    table: list[tuple[str, ...]] = [("MATCH", "STATUS", "SPEAKER", "PUBLISHED", "ARTICLE", "QUOTE")]
    for rec in records:
        quote = " ".join(str(rec["quote"]).split())
        table.append(
            (
                str(rec["matched"]),
                str(rec["status"]),
                escaped(rec["speaker"] or "-"),
                escaped(rec["published"] or "-"),
                escaped(rec["title"] or rec["document_id"]),
                escaped(clipped(quote, 70) if terminal else quote),
            )
        )
    click.echo(format_table(table, numeric=set(), clip=terminal))
    shown = len(records)
    if limit and shown == limit:
        click.echo(f"(the first {shown}; --limit 0 shows all)")
