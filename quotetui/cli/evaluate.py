"""``quotetui eval``: score predictions against gold annotations."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from quotetui.terminal import escaped, json_visible


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--misses",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    metavar="N",
    help="How many misses the text report lists (--json lists all).",
)
def eval_command(gold: Path, pred: Path, as_json: bool, misses: int) -> None:
    """Score predictions PRED against gold annotations GOLD (both JSONL, docs/FORMATS.md).

    Prints span precision/recall/F1, speaker accuracy and attribution F1 (by canonical name on
    resolved gold, with the mention-overlap figure beside it), accuracy by confidence,
    occasion-date accuracy and the share of terms left unattributed; on resolved gold also
    occasion type, date, place and occasion recall, and speaker identity over quote pairs.

    Exit status: 0, or 1 when a line or quote could not be read (it is named on stderr and left
    out of the scores).
    """
    from quotetui.evaluate import format_report, score

    try:
        report = score(gold, pred)
    except OSError as exc:
        raise click.ClickException(f"cannot score {gold} against {pred}: {exc}") from exc
    for problem in report.problems:
        click.echo(escaped(problem), err=True)
    if as_json:
        # Article text is data here too: what JSON leaves as it is (C1 controls, bidi
        # overrides, line separators) leaves as JSON escapes, on a terminal or not.
        click.echo(json_visible(json.dumps(report.to_json(), ensure_ascii=False, indent=2)))
    else:
        for line in format_report(report, max_misses=misses).splitlines():
            click.echo(escaped(line))
    if report.problems:
        sys.exit(1)
