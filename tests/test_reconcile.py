"""Ingest reconciliation on its own: old rows and the engine's new answer in, changes out.
No SQLite here; tests/test_store.py checks the same rules through real files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotetui.model import QuoteKind, QuoteRecord, ReviewState, ReviewStatus, SpeakerRecord
from quotetui.store.reconcile import (
    EngineQuote,
    StoredQuote,
    engine_quotes,
    quote_context,
    quote_id,
    reconcile,
    speaker_entries,
)

DOC = "d1"


def new(start: int, text: str = "“yes”", speaker: str | None = "ann", **extra: object):
    return EngineQuote(
        id=quote_id(DOC, start, start + len(text)),
        document_id=DOC,
        start=start,
        end=start + len(text),
        text=text,
        engine_speaker_id=speaker,
        **extra,  # type: ignore[arg-type]
    )


def old(
    start: int,
    text: str = "“yes”",
    status: ReviewStatus = ReviewStatus.UNREVIEWED,
    speaker: str | None = "ann",
    **extra: object,
) -> StoredQuote:
    review = ReviewState(status=status, reviewer=None if status == "unreviewed" else "kim")
    return StoredQuote(
        id=quote_id(DOC, start, start + len(text)),
        start=start,
        end=start + len(text),
        text=text,
        review=review,
        engine_speaker_id=speaker,
        **extra,  # type: ignore[arg-type]
    )


CONFIRMED = ReviewStatus.CONFIRMED


def test_the_same_answer_again_changes_no_decision() -> None:
    stored = [old(0, status=CONFIRMED), old(10, "“no”")]
    changes = reconcile(stored, [new(0), new(10, "“no”")])
    assert [q.id for q in changes.upserts] == [q.id for q in stored]
    assert changes.pins == changes.carries == changes.orphaned == changes.deletes == ()
    assert (changes.kept, changes.new_quotes, changes.speakers) == (1, 0, 1)


def test_a_confirmed_value_the_engine_changed_is_pinned() -> None:
    stored = old(0, status=CONFIRMED, occasion=None, occasion_date="2026-02-11")
    changes = reconcile([stored], [new(0, speaker="bob", occasion="rally", occasion_date=None)])
    (pin,) = changes.pins
    assert pin.before == stored.review
    # What the analyst confirmed: Ann, no occasion (written as ''), the old date.
    assert pin.after == stored.review.replace(
        reviewed_speaker_id="ann", reviewed_occasion="", reviewed_occasion_date="2026-02-11"
    )


def test_nothing_is_pinned_over_an_analysts_own_value_or_an_undecided_quote() -> None:
    corrected = old(0, status=ReviewStatus.CORRECTED)
    corrected = StoredQuote(**{**vars(corrected), "review": corrected.review.replace(
        reviewed_speaker_id="carl")})  # fmt: skip
    rejected = old(10, status=ReviewStatus.REJECTED)
    unreviewed = old(20)
    no_speaker = old(30, status=CONFIRMED, speaker=None)
    changes = reconcile(
        [corrected, rejected, unreviewed, no_speaker],
        [new(0, speaker="bob"), new(10, speaker="bob"), new(20, speaker="bob"), new(30)],
    )
    # A confirmed "no speaker" cannot be written down as a speaker id.
    assert changes.pins == ()


def test_a_moved_decision_is_carried_to_the_nearest_same_text() -> None:
    stored = [old(0, status=CONFIRMED), old(100, "“other”")]
    # The article was edited: "yes" now stands at 40 and at 7; 7 is nearer to 0.
    changes = reconcile(stored, [new(40), new(7), new(100, "“other”")])
    (carry,) = changes.carries
    assert (carry.old.id, carry.new.start) == (stored[0].id, 7)
    assert carry.state == stored[0].review
    assert changes.orphaned == changes.deletes == ()


def test_text_is_matched_across_whitespace_and_a_carry_is_pinned() -> None:
    stored = old(0, "“we  will\nrespond”", status=CONFIRMED)
    changes = reconcile([stored], [new(5, "“we will respond”", speaker="bob")])
    (carry,) = changes.carries
    assert carry.state.reviewed_speaker_id == "ann"


def test_each_new_quote_takes_one_decision_and_reviewed_quotes_take_none() -> None:
    a = old(0, status=CONFIRMED)
    b = old(10, status=ReviewStatus.REJECTED)
    c = old(50, status=CONFIRMED)  # still found: its decision stays, it takes no other
    changes = reconcile([a, b, c], [new(3), new(50)])
    assert [(x.old.id, x.new.start) for x in changes.carries] == [(a.id, 3)]
    assert changes.orphaned == (b,)
    assert changes.kept == 1


def test_gone_quotes_reviewed_are_kept_stale_and_unreviewed_are_deleted() -> None:
    reviewed = old(0, status=CONFIRMED)
    already = old(10, "“no”", status=CONFIRMED, stale=True)
    unreviewed = old(20, "“maybe”")
    changes = reconcile([reviewed, already, unreviewed], [])
    assert changes.orphaned == (reviewed, already)
    assert changes.newly_stale == (reviewed.id,)  # logged once, when it goes stale
    assert changes.deletes == (unreviewed.id,)


def test_a_huge_article_of_words_said_again_and_again_keeps_every_decision_in_its_place() -> None:
    # 20 quotes said again in each of 120 paragraphs: every copy of one quote has the same words
    # and neighbourhood, so only its position tells it apart (more pairs than the article-wide
    # budget: each decision is weighed against its nearest copies only).
    paragraph = "".join(f"He said “point {k}” again. " for k in range(20)) + "\n"
    spans = []
    for copy in range(120):
        base = copy * len(paragraph)
        at = 0
        for k in range(20):
            at = paragraph.index(f"“point {k}”", at)
            spans.append((base + at, f"“point {k}”"))
    text = paragraph * 120
    inserted = "A paragraph added above it all.\n"
    edited = inserted + text

    def around(body: str, start: int, words: str) -> dict[str, str]:
        before, after = quote_context(body, start, start + len(words))
        return {"context_before": before, "context_after": after}

    stored = [
        old(start, words, status=CONFIRMED, **around(text, start, words)) for start, words in spans
    ]
    moved = len(inserted)
    fresh = [
        new(start + moved, words, **around(edited, start + moved, words)) for start, words in spans
    ]
    changes = reconcile(stored, fresh, edited)
    assert changes.orphaned == ()
    assert sorted((c.old.start + moved, c.new.start) for c in changes.carries) == sorted(
        (start + moved, start + moved) for start, _ in spans
    )
    assert not changes.rechecked


def test_duplicate_spans_collapse_to_one_row() -> None:
    changes = reconcile([], [new(0), new(0, speaker="bob")])
    assert len(changes.upserts) == 1 and changes.new_quotes == 1
    assert changes.quotes_by_kind() == {"unknown": 1}


def test_engine_records_become_rows_under_the_stored_speaker_ids() -> None:
    quotes = (
        QuoteRecord(0, 5, "“yes”", speaker="Ann Lee", speaker_id="ann-lee", kind=QuoteKind.SPEECH),
        QuoteRecord(9, 13, "“no”", speaker="José Martí", partial=True),  # no id: a slug
        QuoteRecord(20, 26, "“term”", kind=QuoteKind.TERM),
    )
    speakers = [SpeakerRecord("ann-lee", "Ann Lee", aliases=("Lee",))]
    entries, quote_speakers = speaker_entries(speakers, quotes)
    assert quote_speakers == ["ann-lee", "jose-marti", None]
    assert [e.id for e in entries] == ["ann-lee", "jose-marti"]
    assert entries[1].name == "José Martí"
    rows = engine_quotes(DOC, quotes, quote_speakers, {"ann-lee": "ann", "jose-marti": "jm"})
    assert [r.engine_speaker_id for r in rows] == ["ann", "jm", None]
    assert rows[0].kind == "speech" and type(rows[0].kind) is str
    assert (rows[1].partial, rows[0].partial) == (1, 0)
    assert rows[2].id == quote_id(DOC, 20, 26)


def test_a_record_without_a_span_is_refused() -> None:
    with pytest.raises(TypeError):
        engine_quotes(DOC, [QuoteRecord(0, None, "x")], [None], {})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

TEXTS = st.sampled_from(["“a”", "“b”", "“c”"])
STATUSES = st.sampled_from(list(ReviewStatus))
OLD = st.lists(st.tuples(st.integers(0, 30), TEXTS, STATUSES, st.booleans()), max_size=8)
NEW = st.lists(st.tuples(st.integers(0, 30), TEXTS), max_size=8)


@given(old_spec=OLD, new_spec=NEW)
def test_no_decision_is_ever_lost(old_spec, new_spec) -> None:
    stored = list(
        {
            q.id: q
            for q in (
                old(start, text, status, stale=stale and status != "unreviewed")
                for start, text, status, stale in old_spec
            )
        }.values()
    )
    found = [new(start, text) for start, text in new_spec]
    changes = reconcile(stored, found)
    new_ids = {q.id for q in found}
    assert sorted(q.id for q in changes.upserts) == sorted(new_ids)
    # Issue 11: a span is no longer a quote's identity (its words in their neighbourhood are),
    # so "its id is found again" no longer means "kept": the decision may go with its words to
    # another span, and the span may take another decision (or none). What the assertions
    # below held stays: one fate per decision, no quote holding two, words moving only whole.
    moves = (*changes.carries, *changes.rewords)
    carried_from = [c.old.id for c in moves]
    carried_to = [c.new.id for c in moves]
    assert len(set(carried_from)) == len(carried_from)
    holders = [*changes.kept_ids, *carried_to]
    assert len(set(holders)) == len(holders)  # never a decision over another decision
    assert set(holders) <= new_ids
    for carry in changes.carries:
        assert carry.old.text == carry.new.text
    for carry in changes.rewords:
        assert carry.old.text != carry.new.text and carry.state.recheck  # marked for re-review
    orphaned = [q.id for q in changes.orphaned]
    for quote in stored:
        if quote.reviewed:
            # Exactly one fate: kept on its id, carried, or kept stale.
            fates = (
                changes.kept_ids.count(quote.id)
                + carried_from.count(quote.id)
                + orphaned.count(quote.id)
            )
            assert fates == 1
            assert quote.id not in changes.deletes
        else:
            assert (quote.id in changes.deletes) == (quote.id not in new_ids)
