"""The review screen's keys, in one table.

The screen's bindings, the help screen and the keys line are built from ``REVIEW_KEYS``, and a
test keeps the README's key table equal to it: a key is added here, with its action method on
the screen, and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class Key:
    """One key of the review screen.

    ``shown``: how it is written in the help and the README ("j", "↓"). ``binding``: the
    Textual key name bound to ``action`` (``action_<name>`` on the screen); None for keys the
    app or a widget already handles (tab, the arrows, the command palette), listed so they are
    documented. ``label``: its word on the keys line at the bottom; ``on_line=False`` keeps it
    off that line (there is room for the deciding keys only). ``help``: what it does.
    """

    shown: tuple[str, ...]
    help: str
    action: str | None = None
    label: str = ""
    binding: str | None = None
    on_line: bool = True


REVIEW_KEYS: tuple[Key, ...] = (
    Key(("a",), "confirm the attribution and move to the next quote", "confirm", "Confirm"),
    Key(("x",), "reject: not a quote, or not attributable", "reject", "Reject"),
    Key(("space",), "skip to the next quote without deciding", "skip", "Skip"),
    Key(("u",), "undo this window's last decision or speaker change (again for the one before)",
        "undo", "Undo"),
    Key(("j", "↓"), "next quote", "next", "Next", on_line=False),
    Key(("k", "↑"), "previous quote", "previous", "Previous", on_line=False),
    Key(("e",), "correct the speaker (1–9 pick a suggestion, or type a name)", "correct_speaker",
        "Speaker"),
    Key(("o",), "correct the occasion: type (from a list), words, place, date",
        "correct_occasion", "Occasion"),
    Key(("O",), "give this quote's occasion to all the speaker's quotes in the article (or to"
        " all quotes of its event); one u undoes it", "apply_occasion", "Apply",
        on_line=False),
    Key(("m",), "merge the chosen speaker (or the quote's) into another", "merge", "Merge"),
    Key(("r",), "rename the chosen speaker (or the quote's)", "rename_speaker", "Rename",
        on_line=False),
    Key(("K",), "set the speaker's kind: person, organisation, unnamed, document", "speaker_kind",
        "Kind", on_line=False),
    Key(("p",), "split an alias, or this quote, off the speaker into another or a new one",
        "split_speaker", "Split", on_line=False),
    Key(("d",), "possible duplicates: m merges a pair, d marks them different people",
        "duplicates", "Duplicates", on_line=False),
    Key(("w",), "why the speaker's names were joined (rule and evidence)", "why_speaker", "Why",
        on_line=False),
    Key(("s",), "status filter: unreviewed → all → confirmed → corrected → rejected",
        "cycle_status", "Status"),
    Key(("t",), "occasion type filter: every type → statement → … → other → no type",
        "cycle_occasion_type", "Type", on_line=False),
    Key(("!",),
        "decisions to re-review (their words or the engine's speaker or occasion changed) ↔ back",
        "toggle_recheck", "Re-review", binding="exclamation_mark", on_line=False),
    Key(("c",), "sort: article order ↔ lowest confidence first", "toggle_order", "Sort",
        on_line=False),
    Key(("/",), "filter the speakers list; enter picks, esc returns", "focus_filter", "Find",
        binding="slash"),
    Key(("tab",), "move between the speakers, quotes and detail panes"),
    Key(("ctrl+p",), "command palette: jump to a speaker, filters, sort, export"),
    Key(("?",), "this help", "help", "Help", binding="question_mark"),
    Key(("q",), "quit (every decision is already saved)", "quit", "Quit"),
)  # fmt: skip


def bindings(keys: tuple[Key, ...], prefix: str) -> list[BindingType]:
    """The Textual bindings of ``keys``; each has an id (``prefix.action``) so it can be
    remapped."""
    return [
        Binding(
            key.binding or key.shown[0],
            key.action,
            key.label,
            show=key.on_line,
            id=f"{prefix}.{key.action}",
        )
        for key in keys
        if key.action is not None
    ]


def shown(key: Key) -> str:
    return " / ".join(key.shown)
