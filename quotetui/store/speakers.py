"""Speaker rows: following merges, adding aliases, creating the speakers ingest and corrections
name. Existing names are never changed here: an analyst may be working with them.

Names and aliases are matched by ``names.name_key`` (stored in ``speaker_aliases.alias_key``),
the key the engine resolves speakers by, so a name the engine treats as one speaker is found
here and vice versa."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from quotetui.model import SpeakerRecord
from quotetui.names import name_key, slugify
from quotetui.store.sql import marks, now


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
    rows = [(speaker_id, a, name_key(a)) for a in {a.strip() for a in aliases if a} if a]
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        rows,
    )


def ensure_speakers(
    db: sqlite_utils.Database, speakers: Sequence[SpeakerRecord]
) -> tuple[dict[str, str], int]:
    """Resolve engine speaker ids through merges and make sure their rows exist; returns
    {engine id: stored id} and how many rows were created.

    Existing names are kept (an engine re-run must not rename a speaker an analyst has been
    working with); aliases only accumulate. One query per batch, not per speaker: ingest calls
    this for every document.
    """
    ids = list(dict.fromkeys(s.id for s in speakers))
    existing: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for sid, merged_into, kind in db.execute(
            f"SELECT id, merged_into, kind FROM speakers WHERE id IN ({marks(chunk)})", chunk
        ):
            existing[sid] = (merged_into, kind)
    resolved: dict[str, str] = {}
    inserts: dict[str, tuple[str, str, str | None, str]] = {}
    kinds: list[tuple[str, str]] = []
    aliases: list[tuple[str, str, str]] = []
    stamp = now()
    for speaker in speakers:
        sid, name = speaker.id, speaker.name
        kind = None if speaker.kind is None else str(speaker.kind)
        if sid in existing:
            merged_into, old_kind = existing[sid]
            target = (resolve_speaker_id(db, sid) or sid) if merged_into else sid
            if kind and old_kind is None and not merged_into:
                kinds.append((kind, sid))
        else:
            target = sid
            inserts.setdefault(sid, (sid, name or sid, kind, stamp))
        resolved[sid] = target
        for alias in {a.strip() for a in [*speaker.aliases, name or ""] if a and a.strip()}:
            aliases.append((target, alias, name_key(alias)))
    db.conn.executemany(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, ?, ?)", inserts.values()
    )
    db.conn.executemany("UPDATE speakers SET kind = ? WHERE id = ? AND kind IS NULL", kinds)
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        aliases,
    )
    return resolved, len(inserts)


def speaker_for_name(db: sqlite_utils.Database, name: str) -> str:
    """The id of the speaker with this id, name or alias; a new speaker (slug id, the name as
    alias) when there is none."""
    found = find_speaker_id(db, name)
    if found is not None:
        return found
    base = slugify(name)
    candidate, n = base, 1
    while db.execute("SELECT 1 FROM speakers WHERE id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    ensure_speakers(db, [SpeakerRecord(id=candidate, name=name)])
    # An analyst named it: it stays whatever the engine says (store.identity).
    db.execute("UPDATE speakers SET origin = 'analyst' WHERE id = ?", (candidate,))
    return candidate


def find_speaker_id(db: sqlite_utils.Database, name_or_alias: str) -> str | None:
    """The speaker with this id, or this name or alias (case and punctuation ignored), merges
    followed; when several share an alias the most quoted wins."""
    if not name_or_alias or not name_or_alias.strip():
        return None
    row = db.execute("SELECT id FROM speakers WHERE id = ?", (name_or_alias,)).fetchone()
    if row is not None:
        return resolve_speaker_id(db, row[0])
    key = name_key(name_or_alias)
    if not key:
        return None
    row = db.execute(
        "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.alias_key = ? ORDER BY s.merged_into IS NOT NULL, s.quote_count DESC, s.id"
        " LIMIT 1",
        (key,),
    ).fetchone()
    return None if row is None else resolve_speaker_id(db, row[0])
