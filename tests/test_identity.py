"""A decision stays with the words it was made on (issue 11, "decisions attached to the wrong
words"), on real SQLite files. The "engine" here is a stand-in that reads one quote per
paragraph of a made-up article (``“words,” said Name.``), so edits can be generated freely.
"""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetui import store
from quotetui.export import export_quotes
from quotetui.model import Document, ReviewAction
from quotetui.names import slugify

DOC = "story"


@dataclass(frozen=True)
class Paragraph:
    words: str
    name: str
    lead: str = ""  # words before the quote ("Asked about the deal, ")

    def render(self) -> tuple[str, int, int]:
        """The paragraph's text and its quote's span in it."""
        quote = f"“{self.words},”"
        start = len(self.lead)
        return f"{self.lead}{quote} said {self.name}.", start, start + len(quote)


def article(paragraphs: list[Paragraph]) -> tuple[str, list[dict]]:
    """The article's text and the stand-in engine's quotes (prediction dicts) for it."""
    parts, quotes, offset = [], [], 0
    for paragraph in paragraphs:
        text, start, end = paragraph.render()
        parts.append(text)
        quotes.append(
            {
                "start": offset + start,
                "end": offset + end,
                "text": text[start:end],
                "speaker": paragraph.name,
                "speaker_id": slugify(paragraph.name),
                "speaker_mention": paragraph.name,
                "cue": "said",
                "kind": "speech",
                "confidence": 0.8,
                "method": "test",
            }
        )
        offset += len(text) + 2
    return "\n\n".join(parts), quotes


def ingest(db, paragraphs: list[Paragraph]) -> store.SaveReport:
    text, quotes = article(paragraphs)
    speakers = [
        {"id": slugify(n), "name": n, "kind": "person"}
        for n in sorted({p.name for p in paragraphs})
    ]
    document = Document(id=DOC, text=text, title="Story", date="2026-02-13")
    return store.save_document(db, document, records.result(quotes, speakers))


def quote_at(db, paragraphs: list[Paragraph], index: int):
    """The stored quote of paragraph ``index``."""
    _text, quotes = article(paragraphs)
    q = quotes[index]
    return store.get_quote(db, store.quote_id(DOC, q["start"], q["end"]))


def exported(db) -> list[dict]:
    out = io.BytesIO()
    export_quotes(db, out)
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))


@pytest.fixture
def db(tmp_path: Path):
    database = store.open_db(tmp_path / "identity.db")
    yield database
    database.close()


# --------------------------------------------------------------------------- the cases


def test_identical_quotes_keep_their_own_decisions_when_a_paragraph_is_inserted(db) -> None:
    # Two "No comment," quotes by different people: one confirmed, one corrected. An inserted
    # paragraph moves both by more than half the distance between them, which made the
    # nearest-first carry swap the two decisions.
    paragraphs = [Paragraph("No comment", "Ann Lee"), Paragraph("No comment", "Bob Ray")]
    ingest(db, paragraphs)
    ann, bob = quote_at(db, paragraphs, 0), quote_at(db, paragraphs, 1)
    store.confirm(db, ann.id, "kim")
    store.correct(db, bob.id, "kim", speaker_name="Robert Ray")

    edited = [Paragraph("We will see", "Cy Dee"), *paragraphs]
    report = ingest(db, edited)
    assert len(report.carried) == 2 and report.rechecked == []
    ann, bob = quote_at(db, edited, 1), quote_at(db, edited, 2)
    assert (ann.status, ann.speaker_name) == ("confirmed", "Ann Lee")
    assert (bob.status, bob.speaker_name) == ("corrected", "Robert Ray")
    assert quote_at(db, edited, 0).status == "unreviewed"
    rows = {r["speaker"]: r["quote"] for r in exported(db)}
    assert rows == {"Ann Lee": "“No comment,”", "Robert Ray": "“No comment,”"}


def test_two_identical_quotes_whose_order_is_swapped_keep_their_speakers(db) -> None:
    paragraphs = [Paragraph("No comment", "Ann Lee"), Paragraph("No comment", "Bob Ray")]
    ingest(db, paragraphs)
    store.confirm(db, quote_at(db, paragraphs, 0).id, "kim")
    store.reject(db, quote_at(db, paragraphs, 1).id, "kim")
    swapped = [Paragraph("Something else", "Cy Dee"), paragraphs[1], paragraphs[0]]
    ingest(db, swapped)
    assert quote_at(db, swapped, 1).status == "rejected"  # Bob's, now before Ann's
    assert quote_at(db, swapped, 2).status == "confirmed"


def test_words_edited_in_place_are_marked_for_re_review(db) -> None:
    # A same-length edit keeps the offsets, so the span's id stays: the decision used to be
    # "kept" and the new words exported as confirmed.
    paragraphs = [Paragraph("We will win", "Ann Lee"), Paragraph("Maybe", "Bob Ray")]
    ingest(db, paragraphs)
    confirmed = quote_at(db, paragraphs, 0)
    store.confirm(db, confirmed.id, "kim")
    edited = [Paragraph("We may lose", "Ann Lee"), paragraphs[1]]
    report = ingest(db, edited)

    quote = quote_at(db, edited, 0)
    assert quote.id == confirmed.id and quote.text == "“We may lose,”"
    assert quote.status == "confirmed"  # the decision is kept …
    assert "the words changed" in quote.recheck and "We will win" in quote.recheck  # … marked
    assert report.rechecked == [(quote.id, "“We may lose,”", quote.recheck)]
    assert exported(db) == []  # not exported as verified
    everything = io.BytesIO()
    export_quotes(db, everything, all_statuses=True)
    assert "the words changed" in everything.getvalue().decode()
    assert store.review_log(db)[-1].action is ReviewAction.RECHECK

    # The analyst looks again: the mark goes, and an undo brings it back.
    store.confirm(db, quote.id, "kim")
    assert store.get_quote(db, quote.id).recheck is None
    assert [r["quote"] for r in exported(db)] == ["“We may lose,”"]
    store.undo_last(db, "kim")
    assert "the words changed" in store.get_quote(db, quote.id).recheck


def test_edited_words_in_a_moved_paragraph_are_marked_not_orphaned(db) -> None:
    paragraphs = [Paragraph("We will win", "Ann Lee", lead="Asked about the vote, ")]
    ingest(db, paragraphs)
    store.confirm(db, quote_at(db, paragraphs, 0).id, "kim")
    edited = [
        Paragraph("Later", "Bob Ray"),
        Paragraph("We will certainly win", "Ann Lee", lead="Asked about the vote, "),
    ]
    report = ingest(db, edited)
    quote = quote_at(db, edited, 1)
    assert quote.status == "confirmed" and "the words changed" in quote.recheck
    assert report.orphaned == [] and report.carried


def test_a_changed_engine_speaker_under_a_confirmation_is_marked(db) -> None:
    paragraphs = [Paragraph("We will win", "Ann Lee"), Paragraph("Maybe", "Bob Ray")]
    ingest(db, paragraphs)
    store.confirm(db, quote_at(db, paragraphs, 0).id, "kim")
    store.correct(db, quote_at(db, paragraphs, 1).id, "kim", speaker_name="Cy Dee")
    # The text now names someone else for both; the correction already disagreed with the
    # engine, so only the confirmation needs another look.
    renamed = [Paragraph("We will win", "Dan Roe"), Paragraph("Maybe", "Eve Fox")]
    report = ingest(db, renamed)
    confirmed, corrected = quote_at(db, renamed, 0), quote_at(db, renamed, 1)
    assert confirmed.speaker_name == "Ann Lee"  # what the analyst confirmed, pinned …
    assert confirmed.recheck == "the engine now says dan-roe"  # … and the disagreement told
    assert corrected.recheck is None and corrected.speaker_name == "Cy Dee"
    assert [(qid, why) for qid, _, why in report.rechecked] == [(confirmed.id, confirmed.recheck)]
    assert [r["speaker"] for r in exported(db)] == ["Cy Dee"]
    assert store.review_log(db, confirmed.id)[-1].action is ReviewAction.PIN


def test_a_changed_engine_occasion_under_a_confirmation_is_kept_and_marked(db) -> None:
    text = "“We will win,” Ann Lee told reporters on Tuesday."
    quote = {
        "start": 0, "end": 14, "text": "“We will win,”", "kind": "speech",
        "speaker": "Ann Lee", "speaker_id": "ann-lee",
        "occasion": "told reporters", "occasion_type": "press", "occasion_date": "2026-02-10",
    }  # fmt: skip
    speakers = [{"id": "ann-lee", "name": "Ann Lee", "kind": "person"}]
    document = Document(id=DOC, text=text, date="2026-02-13")
    store.save_document(db, document, records.result([quote], speakers))
    qid = store.quote_id(DOC, 0, 14)
    store.confirm(db, qid, "kim")
    # A new engine reads another date and a place it never gave before; the type is the same.
    moved = {**quote, "occasion_date": "2026-02-11", "occasion_place": "Leeds"}
    store.save_document(db, document, records.result([moved], speakers))
    confirmed = store.get_quote(db, qid)
    assert confirmed.recheck == "the engine now gives another date, place"
    # The date confirmed stays, the type too; the quote waits for another look, unexported.
    assert (confirmed.final_occasion_date, confirmed.final_occasion_type) == ("2026-02-10", "press")
    assert exported(db) == []
    # … and an unchanged engine answer marks nothing more on the next ingest.
    store.save_document(db, document, records.result([moved], speakers))
    assert store.get_quote(db, qid).recheck == confirmed.recheck


def test_a_confirmed_nobody_is_marked_when_the_engine_names_someone(db) -> None:
    text = "“We will win,” the crowd chanted."
    quote = {"start": 0, "end": 14, "text": "“We will win,”", "kind": "speech"}
    document = Document(id=DOC, text=text)
    store.save_document(db, document, records.result([quote]))
    qid = store.quote_id(DOC, 0, 14)
    store.confirm(db, qid, "kim")  # nobody said it: confirmed without a speaker
    named = {**quote, "speaker": "Ann Lee", "speaker_id": "ann-lee"}
    store.save_document(db, document, records.result([named], [{"id": "ann-lee"}]))
    assert store.get_quote(db, qid).recheck == "the engine now says ann-lee"
    assert exported(db) == []  # Ann Lee was never confirmed


def test_a_stale_decision_whose_span_holds_another_quote_keeps_a_row_of_its_own(db) -> None:
    paragraphs = [Paragraph("Aaaa", "Ann Lee"), Paragraph("Bbbb", "Bob Ray")]
    ingest(db, paragraphs)
    first = quote_at(db, paragraphs, 0)
    store.reject(db, first.id, "kim")
    store.confirm(db, quote_at(db, paragraphs, 1).id, "kim")
    # Bob's words now stand where Ann's were, and Ann's are gone: Ann's rejection is stale,
    # Bob's confirmation is on Bob's words.
    edited = [Paragraph("Bbbb", "Bob Ray")]
    report = ingest(db, edited)
    assert quote_at(db, edited, 0).id == first.id
    assert quote_at(db, edited, 0).status == "confirmed"
    ((stale_id, snippet),) = report.orphaned
    assert stale_id != first.id and snippet == "“Aaaa,”"
    stale = store.get_quote(db, stale_id)
    assert (stale.stale, stale.status, stale.text) == (True, "rejected", "“Aaaa,”")
    # The undo of the rejection finds it there.
    assert store.undo_last(db, "kim").quote_id == quote_at(db, edited, 0).id  # the confirm
    assert store.undo_last(db, "kim").quote_id == stale_id


def test_a_database_from_before_neighbourhoods_is_migrated(tmp_path: Path) -> None:
    # Rows written before migration m006 get their neighbourhood from the stored text and the
    # log entry of their decision.
    import sqlite3

    import sqlite_utils

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    store.migrations.apply(db, stop_before="m008_quote_identity")
    text = "Intro. “We will win,” said Ann Lee."
    db.execute(
        "INSERT INTO documents (id, text, sha256, ingested_at) VALUES ('d', ?, '', '')", (text,)
    )
    db.execute(
        'INSERT INTO quotes (id, document_id, start, "end", text, status, reviewer, reviewed_at)'
        " VALUES ('q', 'd', 7, 21, '“We will win,”', 'confirmed', 'kim', '2026-01-02T00:00:00Z')"
    )
    db.execute(
        "INSERT INTO reviews (quote_id, action, before, after, reviewer, at) VALUES"
        " ('q', 'confirm', '{}', ?, 'kim', '2026-01-02T00:00:00Z')",
        ('{"status": "confirmed", "reviewer": "kim", "reviewed_at": "2026-01-02T00:00:00Z"}',),
    )
    db.conn.commit()
    db.close()
    with contextlib.closing(store.open_db(path)) as migrated:
        row = migrated.execute(
            "SELECT context_before, context_after, decision_id FROM quotes WHERE id = 'q'"
        ).fetchone()
        assert row == ("Intro. ", " said Ann Lee.", 1)
        assert store.undo_last(migrated, "kim").quote_id == "q"


# --------------------------------------------------------------------------- the property

NAMES = ["Ann Lee", "Bob Ray", "Cy Dee"]
WORDS = ["No comment", "We will win", "We will lose", "Maybe", "Not now"]
PARAGRAPH = st.builds(
    Paragraph, st.sampled_from(WORDS), st.sampled_from(NAMES), st.sampled_from(["", "So, "])
)
DECIDE = st.tuples(
    st.just("decide"), st.integers(0, 6), st.sampled_from(["confirm", "reject", "correct"])
)
REINGEST = st.tuples(st.just("reingest"), st.none(), st.none())
EDIT = st.one_of(
    DECIDE,
    DECIDE,
    REINGEST,
    st.tuples(st.just("insert"), st.integers(0, 6), PARAGRAPH),
    st.tuples(st.just("delete"), st.integers(0, 6), st.none()),
    st.tuples(st.just("reword"), st.integers(0, 6), st.sampled_from(WORDS)),
    st.tuples(st.just("duplicate"), st.integers(0, 6), st.integers(0, 6)),
    st.tuples(st.just("rename"), st.integers(0, 6), st.sampled_from(NAMES)),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=st.lists(PARAGRAPH, min_size=1, max_size=4), edits=st.lists(EDIT, max_size=30))
def test_no_decision_ever_moves_to_other_words_unmarked(tmp_path: Path, start, edits) -> None:
    path = tmp_path / "property.db"
    path.unlink(missing_ok=True)
    db = store.open_db(path)
    paragraphs = list(start)
    stored = list(paragraphs)  # what the database was last ingested with
    ingest(db, stored)
    words: dict[str, str] = {}  # decision tag (its reviewer name) → the words it was made on
    live: set[str] = set()  # decisions in force: none may be lost
    for n, (op, i, arg) in enumerate(edits):
        if op == "insert":
            paragraphs.insert(min(i, len(paragraphs)), arg)
        elif op == "reingest":
            ingest(db, paragraphs)
            stored = list(paragraphs)
            check(db, words, live)
        elif not paragraphs:
            continue
        elif op == "delete":
            del paragraphs[i % len(paragraphs)]
        elif op == "reword":
            k = i % len(paragraphs)
            paragraphs[k] = replace(paragraphs[k], words=arg)
        elif op == "duplicate":
            paragraphs.insert(arg % (len(paragraphs) + 1), paragraphs[i % len(paragraphs)])
        elif op == "rename":
            k = i % len(paragraphs)
            paragraphs[k] = replace(paragraphs[k], name=arg)
        elif op == "decide" and stored:
            quote = quote_at(db, stored, i % len(stored))
            tag = f"r{n}"
            if arg == "confirm":
                store.confirm(db, quote.id, tag)
            elif arg == "reject":
                store.reject(db, quote.id, tag)
            else:
                store.correct(db, quote.id, tag, speaker_name=NAMES[n % len(NAMES)])
            words[tag] = quote.text
            live.discard(quote.reviewer or "")
            live.add(tag)
    ingest(db, paragraphs)
    check(db, words, live)
    db.close()


def check(db, words: dict[str, str], live: set[str]) -> None:
    rows = list(store.iter_quotes(db, include_stale=True))
    decided = [q for q in rows if q.status != "unreviewed"]
    tags = [q.reviewer for q in decided]
    assert sorted(tags) == sorted(live)  # every decision in force, each on one quote
    for quote in decided:
        decided_on = words[quote.reviewer]
        if quote.text != decided_on:
            # Moved to other words (or its words were edited): always marked, never stale.
            assert quote.recheck and "the words changed" in quote.recheck, quote
        if quote.recheck is None:
            assert quote.text == decided_on
    for row in exported(db):
        assert row["quote"] == words[row["reviewer"]]
        assert row["recheck"] == ""


# --------------------------------------------------------------------------- the assignment

WEIGHTS = st.lists(
    st.lists(st.one_of(st.none(), st.integers(-20, 20)), min_size=1, max_size=5),
    min_size=1,
    max_size=5,
).map(lambda rows: [row + [None] * (5 - len(row)) for row in rows])


@settings(max_examples=300, deadline=None)
@given(weights=WEIGHTS)
def test_the_assignment_is_one_to_one_and_as_good_as_any(weights) -> None:
    import itertools

    from quotetui.store.reconcile import _assign

    found = _assign(
        {(i, j): w for i, row in enumerate(weights) for j, w in enumerate(row) if w is not None}
    )
    assert len({i for i, _ in found}) == len(found) == len({j for _, j in found})
    assert all(weights[i][j] is not None for i, j in found)

    def best() -> tuple[int, int]:
        # Brute force: the most pairs (every allowed pair counts), then the largest sum.
        rows, cols = len(weights), len(weights[0])
        top = (0, 0)
        for k in range(min(rows, cols) + 1):
            for chosen in itertools.permutations(range(cols), k):
                for picked in itertools.combinations(range(rows), k):
                    pairs = list(zip(picked, chosen, strict=True))
                    if all(weights[i][j] is not None for i, j in pairs):
                        top = max(top, (k, sum(weights[i][j] for i, j in pairs)))
        return top

    assert (len(found), sum(weights[i][j] for i, j in found)) == best()


def test_thousands_of_identical_decided_quotes_reconcile_in_seconds() -> None:
    import time

    from quotetui.model import ReviewState, ReviewStatus
    from quotetui.store.reconcile import EngineQuote, StoredQuote, reconcile

    def around(i: int) -> dict[str, str]:
        return {"context_before": f"before {i:05d} ", "context_after": f" after {i:05d}"}

    shift = 9  # a paragraph inserted above them all
    old = [
        StoredQuote(
            id=store.quote_id(DOC, 20 * i, 20 * i + 3),
            start=20 * i,
            end=20 * i + 3,
            text='"a"',
            review=ReviewState(ReviewStatus.CONFIRMED, reviewer=f"r{i}"),
            **around(i),
        )  # fmt: skip
        for i in range(3000)
    ]
    new = [
        EngineQuote(
            id=store.quote_id(DOC, 20 * i + shift, 20 * i + 3 + shift),
            document_id=DOC,
            start=20 * i + shift,
            end=20 * i + 3 + shift,
            text='"a"',
            **around(i),
        )  # fmt: skip
        for i in range(6000)
    ]
    started = time.monotonic()
    changes = reconcile(old, new)
    assert time.monotonic() - started < 20
    assert len(changes.carries) == 3000
    assert all(c.new.start == c.old.start + shift for c in changes.carries)
