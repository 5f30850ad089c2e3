"""Speaker names in the store: one key (``names.name_key``) for the store's lookup and the
engine's identity, old keys recomputed by a migration, and properties tying the two together."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quotetui import store
from quotetui.model import Document, DocumentResult, QuoteRecord, SpeakerKind, SpeakerRecord
from quotetui.names import name_key


def save_speakers(db: sqlite_utils.Database, *speakers: SpeakerRecord) -> None:
    """Store speakers as ingest does: each with one quote in its own document."""
    pairs = []
    for n, speaker in enumerate(speakers):
        text = "“Yes,” one said."
        quote = QuoteRecord(0, 6, "“Yes,”", speaker=speaker.name, speaker_id=speaker.id)
        result = DocumentResult(f"d{n}", quotes=(quote,), speakers=(speaker,))
        pairs.append((Document(id=f"d{n}", text=text), result))
    store.save_documents(db, pairs)


def test_review_speaker_finds_accented_names_and_possessives(db) -> None:
    save_speakers(
        db,
        SpeakerRecord("jose-marti", "José Martí", SpeakerKind.PERSON),
        SpeakerRecord("trump-campaign", "Trump’s campaign", SpeakerKind.ORGANISATION),
    )
    assert store.find_speaker(db, "Jose Marti").id == "jose-marti"
    assert store.find_speaker(db, "JOSÉ MARTÍ").id == "jose-marti"
    assert store.find_speaker(db, "Trump campaign").id == "trump-campaign"
    assert store.find_speaker(db, "Trump's campaign").id == "trump-campaign"
    assert [s.id for s in store.list_speakers(db, search="marti")] == ["jose-marti"]
    assert store.find_speaker(db, "’s") is None  # nothing left of it to match


def test_a_database_with_the_old_keys_is_migrated(db_path: Path) -> None:
    old = sqlite_utils.Database(db_path)
    store.migrations.apply(old, stop_before="m004_name_keys")
    old.execute(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES"
        " ('jose-marti', 'José Martí', 'person', '2025-01-01T00:00:00Z')"
    )
    # The keys the store wrote before: accents kept, "'s" turned into " s".
    old.execute(
        "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES"
        " ('jose-marti', 'José Martí', 'josé martí'), ('jose-marti', 'Martí''s', 'martí s')"
    )
    old.close()
    with contextlib.closing(store.open_db(db_path)) as db:
        keys = {r[0] for r in db.execute("SELECT alias_key FROM speaker_aliases")}
        assert keys == {"jose marti", "marti"}
        assert store.find_speaker(db, "Jose Marti").id == "jose-marti"
        assert store.find_speaker(db, "Marti").id == "jose-marti"


# --------------------------------------------------------------------------- properties

# Name material that exercises every rule of the key: case, accents, curly and straight
# apostrophes, possessives, punctuation, stray whitespace.
WORD = st.sampled_from(
    "José Jose MARTÍ Marti Trump Trump's Trump’s Trumps' campaign O'Neil Ségolène Royal "
    "U.S. Foreign-Ministry ministry's Zinoviev ZINOVIEV the Ms. Ça Øre".split()
)
NAME = st.builds(
    lambda words, pad, mark: pad + " ".join(words) + mark + pad,
    st.lists(WORD, min_size=1, max_size=3),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", ".", ",", "!", "’"]),
)
ANY_TEXT = st.one_of(NAME, st.text(max_size=12))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(aliases=st.lists(NAME, min_size=1, max_size=4), others=st.lists(NAME, max_size=3),
       queries=st.lists(ANY_TEXT, min_size=1, max_size=6))  # fmt: skip
def test_the_store_finds_a_speaker_exactly_by_the_name_key(
    tmp_path_factory: pytest.TempPathFactory,
    aliases: list[str],
    others: list[str],
    queries: list[str],
) -> None:
    """find_speaker(q) is the speaker one of whose names has q's key, and nobody else."""
    mine = {name_key(a) for a in aliases} - {""}
    theirs = {name_key(a) for a in others} - {""}
    assume(mine and not mine & theirs)
    path = tmp_path_factory.mktemp("names") / "names.db"
    with contextlib.closing(store.open_db(path)) as db:
        speakers = [SpeakerRecord("s-1", aliases[0], SpeakerKind.PERSON, tuple(aliases[1:]))]
        if theirs:
            speakers.append(SpeakerRecord("s-2", others[0], SpeakerKind.PERSON, tuple(others)))
        save_speakers(db, *speakers)
        for query in [q for q in [*aliases, *queries] if q not in ("s-1", "s-2")]:
            found = store.find_speaker(db, query)
            key = name_key(query)
            expected = "s-1" if key in mine else "s-2" if key in theirs else None
            assert (found.id if found else None) == expected, (query, key)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(aliases=st.lists(NAME, min_size=1, max_size=4), queries=st.lists(ANY_TEXT, max_size=6))
def test_the_engine_and_the_store_agree_on_who_a_name_is(
    tmp_path_factory: pytest.TempPathFactory, aliases: list[str], queries: list[str]
) -> None:
    """Every name identity joins to a stored speaker (an analyst's, which the engine's
    speakers of its names join), the store's lookup finds, and vice versa."""
    from quotetui import identity

    assume(any(name_key(a) for a in aliases))
    path = tmp_path_factory.mktemp("agree") / "agree.db"
    with contextlib.closing(store.open_db(path)) as db:
        stored = SpeakerRecord("s-1", aliases[0], SpeakerKind.ORGANISATION, tuple(aliases[1:]))
        save_speakers(db, stored)
        for query in [q for q in [*aliases, *queries] if q.strip() and q != "s-1"]:
            known = [
                identity.AnalystSpeaker(s.id, s.name, s.kind, s.aliases)
                for s in store.iter_speakers(db)
            ]
            member = SpeakerRecord("q", query, SpeakerKind.ORGANISATION)
            found_by = identity.resolve(
                [identity.Article("query", (member,))], analyst_speakers=known
            )
            engine_says = found_by.assignment[("query", "q")] == "s-1"
            found = store.find_speaker(db, query)
            assert engine_says == (found is not None and found.id == "s-1"), query
