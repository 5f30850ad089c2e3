"""Document ids: one per source, the same on every re-ingest of that source.

A file's id is its path under the folder that was named, without its extension
(``a/story`` for ``corpus/a/story.txt`` when ``corpus/`` is ingested); a file named on its own
is its name without the extension (``story``), so the bundled articles keep the ids their gold
gives them. Ids the data states (a JSONL ``id``, a front-matter ``id:``) are kept, and a web
page from a WARC record or a fetched URL is its URL.

Two inputs that claim one id in one run: the second is reported and skipped. An id made from
a path that the database already holds for *another* file that still exists: reported and
skipped, never a silent replacement of that article (``check_claim``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from quotetui.model import Document
from quotetui.readers.base import Problem, display_path

__all__ = ["check_claim", "path_id", "strip_kind_suffix"]


def strip_kind_suffix(name: str, suffix: str) -> str:
    """``name`` without the format suffix it was recognised by (``story.html.gz`` → ``story``)."""
    return name[: len(name) - len(suffix)] if suffix and len(name) > len(suffix) else name


def path_id(path: Path, root: Path | None, suffix: str) -> str:
    """The id of the file at ``path``, found under the folder ``root`` (None when the file was
    named itself). Parts are joined with ``/`` on every platform; bytes of a name that are not
    UTF-8 show as ``\\xe9`` escapes, so the id can be stored and printed."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    parts = list(rel.parts)
    parts[-1] = strip_kind_suffix(parts[-1], suffix)
    return "/".join(display_path(part) for part in parts)


def check_claim(
    document: Document,
    stored_path: str | None,
    exists: Callable[[str], bool] = os.path.exists,
) -> Problem | None:
    """Whether ``document`` may replace the article the database holds under its id.

    ``stored_path`` is the path stored with that article (None when there is none, or it came
    from a URL). Returns None (go ahead), a note (go ahead, but say so) or a problem (skip)."""
    if stored_path is None and not document.id_from_path:
        return None
    new = document.path
    if new is not None and stored_path is not None and _same_file(new, stored_path):
        return None
    if not document.id_from_path:
        # The data named the id itself (JSONL, front matter, a URL): the same id is the same
        # article, read again from wherever it is now.
        return None
    where = display_path(new or document.id)
    if stored_path is not None and not exists(stored_path):
        return Problem(
            where,
            f"document {document.id!r} was read from {stored_path}, which is gone; "
            "now read from this file",
            note=True,
        )
    owner = stored_path or "a document without a file"
    return Problem(
        where,
        f"document id {document.id!r} already belongs to {owner} in the database; skipped, so "
        "that article is not replaced (ingest a folder that holds both files, which gives each "
        "its path as id, or give this one an id: in front matter)",
    )


def _same_file(a: str, b: str) -> bool:
    if os.path.abspath(a) == os.path.abspath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
