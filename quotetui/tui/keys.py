"""The review screen's keys, in one table.

The screen's bindings, the help screen and the keys line are built from ``REVIEW_KEYS``, and a
test keeps the README's key table equal to it: a key is added here, with its action method on
the screen, and nowhere else.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

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
        "correct_occasion", "Occasion", on_line=False),
    Key(("O",), "give this quote's occasion to all the speaker's quotes in the article (or to"
        " all quotes of its event); one u undoes it", "apply_occasion", "Apply",
        on_line=False),
    Key(("m",), "merge the chosen speaker (or the quote's) into another", "merge", "Merge",
        on_line=False),
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
    Key(("v",), "read the whole article: its quotes marked by status with their speakers; j/k"
        " move between them, a/x/e decide, esc returns to the queue where it was", "article",
        "Article"),
    Key(("f",), "search quote words, speaker names and article titles (\"a phrase\", word*,"
        " OR, NOT); the matches are the queue, highlighted; an empty search ends it", "search",
        "Search"),
    Key(("F",), "filters: kind (terms apart), confidence band, article, outlet, publication"
        " dates, occasion type, reviewer, flagged, noted", "filters", "Filter", on_line=False),
    Key(("b",), "confirm or reject every unreviewed quote of this filter at or above a"
        " confidence: a count and a question first; one u undoes it", "bulk", "Bulk",
        on_line=False),
    Key(("n",), "write a note on the quote (an empty note clears it)", "note", "Note",
        on_line=False),
    Key(("l",), "flag the quote “check later” ⚑ (again: the flag comes off)", "flag", "Later",
        on_line=False),
    Key(("s",), "status filter: unreviewed → all → confirmed → corrected → rejected",
        "cycle_status", "Status"),
    Key(("t",), "occasion type filter: every type → statement → … → other → no type",
        "cycle_occasion_type", "Type", on_line=False),
    Key(("!",),
        "decisions to re-review (their words or the engine's speaker or occasion changed) ↔ back",
        "toggle_recheck", "Re-review", binding="exclamation_mark", on_line=False),
    Key(("c",), "sort: article order (article, then position in it) ↔ lowest confidence first"
        " (no confidence first)", "toggle_order", "Sort", on_line=False),
    Key(("/",), "filter the speakers list; enter picks, esc returns", "focus_filter",
        "Speakers", binding="slash", on_line=False),
    Key(("z",), "show or hide the speakers pane (hidden by itself below 100 columns)",
        "toggle_speakers", "Pane", on_line=False),
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


def shown(key: Key, keymap: dict[str, str] | None = None, prefix: str = "review") -> str:
    """How ``key`` is written in the help: as remapped in ``keymap`` (binding id → keys)."""
    if keymap and key.action is not None and f"{prefix}.{key.action}" in keymap:
        return " / ".join(k.strip() for k in keymap[f"{prefix}.{key.action}"].split(","))
    return " / ".join(key.shown)


def keys_file() -> Path:
    """``$XDG_CONFIG_HOME/quotetui/keys.toml`` (``~/.config`` when the variable is unset)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "quotetui" / "keys.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """The remapped keys of ``path`` (default ``keys_file()``) as Textual's keymap (binding id
    → keys), and the problems found, each naming the file. The file::

        [review]
        confirm = "y"          # an action of REVIEW_KEYS, and its key
        reject = "n,delete"    # several keys, comma-separated

    A missing file is no problem; a broken one, an unknown action or a key given to two
    actions is reported and left out, the rest applies."""
    path = path or keys_file()
    if not path.is_file():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{path}: not read ({exc}); the usual keys apply"]
    problems: list[str] = []
    actions = {key.action for key in REVIEW_KEYS if key.action is not None}
    section = data.get("review", {})
    if not isinstance(section, dict):
        return {}, [f'{path}: [review] must be a table of action = "key"']
    for extra in sorted(set(data) - {"review"}):
        problems.append(f"{path}: unknown section [{extra}] left out")
    keymap: dict[str, str] = {}
    taken: dict[str, str] = {}
    for action, value in section.items():
        if action not in actions:
            problems.append(f"{path}: no action {action!r} (see the help, ?); left out")
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}: {action} needs a key as a string; left out")
            continue
        keys = [k.strip() for k in value.split(",") if k.strip()]
        clash = [k for k in keys if k in taken]
        if clash:
            problems.append(
                f"{path}: {clash[0]!r} is given to both {taken[clash[0]]} and {action};"
                f" {action} keeps its key"
            )
            continue
        for k in keys:
            taken[k] = action
        keymap[f"review.{action}"] = ",".join(keys)
    # A remapped key must not fall on another action's default key either.
    defaults = {
        (key.binding or key.shown[0]): key.action
        for key in REVIEW_KEYS
        if key.action is not None and f"review.{key.action}" not in keymap
    }
    for k, action in taken.items():
        if k in defaults and f"review.{action}" in keymap:
            del keymap[f"review.{action}"]
            problems.append(
                f"{path}: {k!r} is already {defaults[k]}'s key; {action} keeps its own"
                f" (give {defaults[k]} another key to free it)"
            )
    # The article view decides with the same keys as the queue: a remapped one there too.
    for action in ARTICLE_SHARED:
        if f"review.{action}" in keymap:
            keymap[f"article.{action}"] = keymap[f"review.{action}"]
    return keymap, problems


# Actions the article view (screens/article.py, bindings ``article.<action>``) shares with the
# review screen.
ARTICLE_SHARED = ("confirm", "reject", "correct_speaker", "note", "flag", "undo")
