"""Speaker rows: following merges, adding aliases, creating the speakers ingest and corrections
name. Existing names are never changed here: an analyst may be working with them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import sqlite_utils

from quotetui.store.sql import now


def alias_key(text: str) -> str:
    """Casefolded, punctuation-free, whitespace-collapsed form used to match names and aliases."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return " ".join(text.split())


def slugify(name: str) -> str:
    """A speaker id in the engine's style: ``Georgy Zinoviev`` → ``georgy-zinoviev``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    slug = re.sub(r"[^\w]+", "-", text).strip("-_")
    return slug or "speaker"


def resolve_speaker_id(db: sqlite_utils.Database, speaker_id: str | None) -> str | None:
    """Follow ``merged_into`` to the speaker that now stands for ``speaker_id``."""
    seen: set[str] = set()
    current = speaker_id
    while current is not None and current not in seen:
        seen.add(current)
        row = db.execute("SELECT merged_into FROM speakers WHERE id = ?", (current,)).fetchone()
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def add_aliases(db: sqlite_utils.Database, speaker_id: str, aliases: Iterable[str]) -> None:
    rows = [(speaker_id, a, alias_key(a)) for a in {a.strip() for a in aliases if a} if a]
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        rows,
    )


def ensure_speaker(
    db: sqlite_utils.Database,
    speaker_id: str,
    name: str | None,
    kind: str | None,
    aliases: Iterable[str] = (),
) -> tuple[str, bool]:
    """``ensure_speakers`` for one speaker: returns the id to store and whether it was created."""
    resolved, created = ensure_speakers(db, [(speaker_id, name, kind, list(aliases))])
    return resolved[speaker_id], bool(created)


def ensure_speakers(
    db: sqlite_utils.Database,
    speakers: Sequence[tuple[str, str | None, str | None, Sequence[str]]],
) -> tuple[dict[str, str], int]:
    """Resolve engine speaker ids ``(id, name, kind, aliases)`` through merges and make sure
    their rows exist; returns {engine id: stored id} and how many rows were created.

    Existing names are kept (an engine re-run must not rename a speaker an analyst has been
    working with); aliases only accumulate. One query per batch, not per speaker: ingest calls
    this for every document.
    """
    ids = list(dict.fromkeys(sid for sid, *_ in speakers))
    existing: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        for sid, merged_into, kind in db.execute(
            f"SELECT id, merged_into, kind FROM speakers WHERE id IN ({marks})", chunk
        ):
            existing[sid] = (merged_into, kind)
    resolved: dict[str, str] = {}
    inserts: dict[str, tuple] = {}
    kinds: list[tuple[str, str]] = []
    aliases: list[tuple[str, str, str]] = []
    stamp = now()
    for sid, name, kind, names in speakers:
        if sid in existing:
            merged_into, old_kind = existing[sid]
            target = (resolve_speaker_id(db, sid) or sid) if merged_into else sid
            if kind and old_kind is None and not merged_into:
                kinds.append((kind, sid))
        else:
            target = sid
            inserts.setdefault(sid, (sid, name or sid, kind, stamp))
        resolved[sid] = target
        for alias in {a.strip() for a in [*(names or ()), name or ""] if a and a.strip()}:
            aliases.append((target, alias, alias_key(alias)))
    db.conn.executemany(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, ?, ?)", inserts.values()
    )
    db.conn.executemany("UPDATE speakers SET kind = ? WHERE id = ? AND kind IS NULL", kinds)
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        aliases,
    )
    return resolved, len(inserts)
