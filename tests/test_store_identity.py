"""Speakers across articles in the store: identity after ingest whatever the order, and every
analyst's speaker decision (rename, kind, merge, split, "different people") surviving the next
ingest, each undoable and logged."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import sqlite_utils

from quotetui import store
from quotetui.model import (
    Document,
    DocumentResult,
    MergeUndone,
    QuoteRecord,
    ReviewAction,
    SpeakerEditUndone,
    SpeakerKind,
    SpeakerUndoRefused,
)
from quotetui.model import SpeakerRecord as Speaker

PERSON, ORG = SpeakerKind.PERSON, SpeakerKind.ORGANISATION

# Four short articles, as the engine gives them: each its own speakers and ids.
ARTICLES: list[tuple[str, list[tuple[str, Speaker]]]] = [
    ("a", [("“We will win,”", Speaker("barack-obama", "Barack Obama", PERSON,
                                       titles=("president",), gender="m"))]),
    ("b", [("“We go high,”", Speaker("michelle-obama", "Michelle Obama", PERSON, gender="f")),
           ("“Yes we can,”", Speaker("obama", "Obama", PERSON, ("Mr. Obama",),
                                     titles=("president",), gender="m"))]),
    ("c", [("“No comment,”", Speaker("seoul-foreign-ministry", "Seoul’s Foreign Ministry", ORG)),
           ("“A threat,”", Speaker("seoul", "Seoul", ORG))]),
    ("d", [("“We protest,”",
            Speaker("south-korea-ministry-of-foreign-affairs",
                    "South Korea's Ministry of Foreign Affairs", ORG)),
           ("“Ready,”", Speaker("caddell", "Caddell", ORG, mentioned_as=("Caddell",)))]),
]  # fmt: skip
PEOPLE = {"d": ("Pat Caddell",)}


def _pairs(order: list[str]) -> list[tuple[Document, DocumentResult]]:
    out = []
    by_id = dict(ARTICLES)
    for doc_id in order:
        text, quotes, speakers, at = "", [], [], 0
        for words, speaker in by_id[doc_id]:
            text += words + " someone said. "
            quotes.append(
                QuoteRecord(at, at + len(words), words, speaker=speaker.name, speaker_id=speaker.id)
            )
            speakers.append(speaker)
            at = len(text)
        result = DocumentResult(
            doc_id, tuple(quotes), tuple(speakers), people=PEOPLE.get(doc_id, ())
        )
        out.append((Document(id=doc_id, text=text), result))
    return out


def ingest(db: sqlite_utils.Database, order: list[str] | None = None) -> None:
    store.save_documents(db, _pairs(order or [a for a, _ in ARTICLES]))
    store.resolve_identity(db)


def snapshot(db: sqlite_utils.Database) -> tuple[list[tuple], list[tuple]]:
    speakers = [
        (s.id, s.name, s.kind, s.total, s.aliases) for s in store.list_speakers(db, limit=-1)
    ]
    quotes = sorted((q.id, q.speaker_id) for q in store.iter_quotes(db))
    return speakers, quotes


def speaker_of(db: sqlite_utils.Database, doc_id: str, words: str) -> str | None:
    quote = next(q for q in store.iter_quotes(db, document_id=doc_id) if q.text == words)
    return quote.speaker_id


def test_the_same_articles_give_the_same_speakers_in_any_order(tmp_path: Path) -> None:
    states = []
    for n, order in enumerate([["a", "b", "c", "d"], ["d", "c", "b", "a"], ["c", "a", "d", "b"]]):
        with contextlib.closing(store.open_db(tmp_path / f"{n}.db")) as db:
            ingest(db, order)
            if n == 1:
                ingest(db)  # and again, forwards, over what the reverse order left
            states.append(snapshot(db))
    assert states[0] == states[1] == states[2]


def test_identity_joins_what_is_one_and_keeps_apart_what_is_not(db) -> None:
    ingest(db)
    # Michelle and Barack Obama are two people; the bare "Obama" ("Mr.", a president) is his.
    assert speaker_of(db, "a", "“We will win,”") == speaker_of(db, "b", "“Yes we can,”")
    assert speaker_of(db, "b", "“We go high,”") != speaker_of(db, "a", "“We will win,”")
    michelle = store.find_speaker(db, "Michelle Obama")
    assert michelle is not None and "Mr. Obama" not in michelle.aliases
    # One ministry, named by its capital and by its country; "Seoul" alone is South Korea.
    assert speaker_of(db, "c", "“No comment,”") == speaker_of(db, "d", "“We protest,”")
    korea = store.find_speaker(db, speaker_of(db, "c", "“A threat,”"))
    assert korea is not None and korea.name == "South Korea" and "Seoul" in korea.aliases
    # The surname the tagger took for a body is the person the article names.
    caddell = store.find_speaker(db, speaker_of(db, "d", "“Ready,”"))
    assert caddell is not None and (caddell.name, caddell.kind) == ("Pat Caddell", PERSON)
    why = store.speaker_evidence(db, caddell.id)
    assert why == [] or all(e.rule for e in why)
    ministry = speaker_of(db, "c", "“No comment,”")
    assert ministry is not None
    assert any("South Korea" in e.evidence for e in store.speaker_evidence(db, ministry))


def test_a_rename_and_a_kind_survive_reingest_and_undo(db) -> None:
    ingest(db)
    sid = speaker_of(db, "c", "“No comment,”")
    assert sid is not None
    store.rename_speaker(db, sid, "South Korean Foreign Ministry", "ann")
    store.set_speaker_kind(db, sid, "unnamed", "ann")
    ingest(db, ["d", "c", "b", "a"])
    row = store.find_speaker(db, speaker_of(db, "c", "“No comment,”"))
    assert row is not None and row.id == sid
    assert (row.name, row.kind) == ("South Korean Foreign Ministry", SpeakerKind.UNNAMED)
    assert [e.action for e in store.review_log(db)][-2:] == [ReviewAction.RENAME, ReviewAction.KIND]
    store.undo_last(db, "ann")
    store.undo_last(db, "ann")
    ingest(db)
    row = store.find_speaker(db, sid)
    assert row is not None and row.name == "South Korea's Ministry of Foreign Affairs"
    assert row.kind == ORG


def test_a_merge_survives_reingest_and_undo_splits_it_again(db) -> None:
    ingest(db)
    michelle = speaker_of(db, "b", "“We go high,”")
    barack = speaker_of(db, "a", "“We will win,”")
    assert michelle is not None and barack is not None
    store.merge_speakers(db, michelle, barack, "ann")
    ingest(db, ["b", "a", "d", "c"])
    assert speaker_of(db, "b", "“We go high,”") == barack
    store.undo_last(db, "ann")
    ingest(db)
    assert speaker_of(db, "b", "“We go high,”") == michelle


def test_different_people_are_never_joined_nor_offered_again(db) -> None:
    ingest(db)
    barack = speaker_of(db, "a", "“We will win,”")
    bare = speaker_of(db, "b", "“Yes we can,”")
    assert barack == bare  # joined by context
    # An analyst says the bare "Obama" of article b is someone else: split it off first.
    assert barack is not None
    other = store.split_alias(db, barack, "Obama", "ann", new_name="Obama")
    store.mark_different(db, other, barack, "ann")
    ingest(db, ["d", "c", "b", "a"])
    assert speaker_of(db, "b", "“Yes we can,”") != speaker_of(db, "a", "“We will win,”")
    pairs = {(d.a, d.b) for d in store.list_duplicates(db)}
    assert (min(other, barack), max(other, barack)) not in pairs
    assert "Obama" not in (store.find_speaker(db, barack) or store.find_speaker(db, "x")).aliases  # type: ignore[union-attr]
    # Undo both: the next ingest joins them again.
    store.undo_last(db, "ann")
    store.undo_last(db, "ann")
    ingest(db)
    assert speaker_of(db, "b", "“Yes we can,”") == speaker_of(db, "a", "“We will win,”")


def test_split_quotes_survive_reingest_and_undo(db) -> None:
    ingest(db)
    quote = next(q for q in store.iter_quotes(db, document_id="b") if q.text == "“Yes we can,”")
    target = store.split_quotes(db, [quote.id], "ann", new_name="Barack Obama Sr.")
    ingest(db, ["d", "c", "b", "a"])
    row = store.get_quote(db, quote.id)
    assert row is not None and row.speaker_id == target and row.status == "corrected"
    store.undo_last(db, "ann")
    row = store.get_quote(db, quote.id)
    assert row is not None and row.status == "unreviewed" and row.reviewed_speaker_id is None
    ingest(db)
    assert store.find_speaker(db, target) is None or store.find_speaker(db, target).total == 0  # type: ignore[union-attr]


def test_an_analysts_speaker_takes_the_engines_of_its_name(db) -> None:
    ingest(db, ["a", "b", "c"])
    quote = next(q for q in store.iter_quotes(db, document_id="c") if q.text == "“A threat,”")
    corrected = store.correct(db, quote.id, "ann", "Pat Caddell")
    ingest(db)
    # Article d's "Caddell" is Pat Caddell: the analyst's speaker, not a second one.
    assert speaker_of(db, "d", "“Ready,”") == corrected.speaker_id
    assert len([s for s in store.list_speakers(db, limit=-1) if s.name == "Pat Caddell"]) == 1


def test_empty_speakers_are_hidden(db) -> None:
    ingest(db)
    michelle = speaker_of(db, "b", "“We go high,”")
    barack = speaker_of(db, "a", "“We will win,”")
    assert michelle and barack
    store.merge_speakers(db, michelle, barack, "ann")
    ids = {s.id for s in store.list_speakers(db, limit=-1)}
    assert michelle not in ids and barack in ids
    assert store.count_speakers(db) == len(ids)


@pytest.mark.parametrize("bad", ["", "   "])
def test_a_rename_needs_a_name(db, bad: str) -> None:
    ingest(db)
    sid = speaker_of(db, "a", "“We will win,”")
    assert sid is not None
    with pytest.raises(ValueError):
        store.rename_speaker(db, sid, bad, "ann")


def test_ones_own_steps_undo_in_turn_and_a_later_merge_holds_an_earlier_rename(db) -> None:
    ingest(db)
    sid = speaker_of(db, "d", "“Ready,”")
    other = speaker_of(db, "a", "“We will win,”")
    assert sid is not None and other is not None and sid != other
    name_before = store.find_speaker(db, other).name  # type: ignore[union-attr]
    own_name = store.find_speaker(db, sid).name  # type: ignore[union-attr]
    store.rename_speaker(db, sid, "Caddell & Co.", "ann", session="s1")
    store.merge_speakers(db, sid, other, "ann", session="s1")
    # Each undo takes back the last step not undone: the merge, then the rename.
    assert isinstance(store.undo_last(db, "ann", session="s1"), MergeUndone)
    assert isinstance(store.undo_last(db, "ann", session="s1"), SpeakerEditUndone)
    assert store.find_speaker(db, sid).name == own_name  # type: ignore[union-attr]
    # Another window's merge since: the rename's undo is refused and renames nobody.
    store.rename_speaker(db, sid, "Caddell & Co.", "ann", session="s1")
    store.merge_speakers(db, sid, other, "ben", session="s2")
    refused = store.undo_last(db, "ann", session="s1")
    assert isinstance(refused, SpeakerUndoRefused) and "ben merged" in refused.reason
    assert store.find_speaker(db, other).name == name_before  # type: ignore[union-attr]
    assert store.undo_last(db, "ann", session="s1") == refused  # nothing was written
