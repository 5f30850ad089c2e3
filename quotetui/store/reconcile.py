"""Ingest reconciliation, as a pure function: what the quotes already stored for a document and
the engine's new answer for it mean for the store.

No SQLite here (``ingest`` reads the old rows and applies the changes). A quote's *identity* is
its words in their neighbourhood (the characters just before and after it), not its offsets:
an edit above a quote moves its offsets, and a same-length edit of its words keeps them. Row
ids stay a hash of the span (``quote_id``), so a span may hold other words after a re-ingest.
The rules:

- Every quote the engine finds is written (one row per span), with the engine's values; the
  review columns are the analyst's and are never touched by that.
- Each decision goes to the new quote with the same words (whitespace aside) that matches it
  best, one to one: an assignment over all such pairs that maximises how much of the
  neighbourhoods agree, then minimises how far quotes moved (``kept`` when that is its own
  span, ``carries`` otherwise). Two identical quotes keep their own decisions when a paragraph
  is inserted above them, whatever the distances.
- A decision whose words are gone goes, failing that, to a new quote at its own span or in the
  same neighbourhood (its words were edited): it is moved there and marked for re-review
  (``recheck``), never left silently approving words nobody saw (``rewords``).
- Under every decision that stays, the engine's values are compared: where the engine's
  speaker, occasion or date changed under a confirmed or corrected decision, the value the
  analyst decided on is written down as the reviewed value (``pins``), so the decision keeps
  its meaning; and when the engine now names another speaker than the one decided on, the
  decision is marked for re-review too. A decision that moved to the same words in wholly new
  surroundings is marked as well, and so is an analyst's own occasion when the article's words
  it was decided beside (the engine's occasion and date words then) are gone from the text.
- A decision that finds no quote is kept and marked stale (``orphaned``): nothing an analyst
  decided is lost. If its span now holds another quote, the stale row moves to an id of its
  own (``relocated``).
- Unreviewed quotes the engine no longer finds are deleted.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from quotetui.model import (
    PREDICTION_FIELDS,
    QuoteRecord,
    ReviewState,
    ReviewStatus,
    SpeakerRecord,
)
from quotetui.names import slugify

# Characters of the article kept on each side of a quote: its neighbourhood.
CONTEXT_CHARS = 32
# A neighbourhood "agrees" when this many characters (whitespace collapsed) match on a side,
# or the whole side does when it is shorter (a quote at the start or end of the article).
AGREE_CHARS = 12
# A decision that moves to the same words where fewer characters than this agree on both
# sides has changed surroundings: the article around it was rewritten.
SURROUNDINGS_CHARS = 4


def quote_id(document_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{document_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def relocated_id(document_id: str, start: int, end: int, taken: Iterable[str]) -> str:
    """An id for a stale decision whose span now holds another quote: never a span's id."""
    taken = set(taken)
    n = 0
    while True:
        qid = hashlib.sha1(f"{document_id}\x1f{start}\x1f{end}\x1fstale{n}".encode()).hexdigest()
        if qid[:16] not in taken:
            return qid[:16]
        n += 1


def quote_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The quote's neighbourhood: the characters just before and just after it."""
    return text[max(0, start - CONTEXT_CHARS) : max(0, start)], text[end : end + CONTEXT_CHARS]


@dataclass(frozen=True)
class EngineQuote:
    """A ``quotes`` row as the engine fills it (the review columns are the analyst's)."""

    id: str
    document_id: str
    start: int
    end: int
    text: str
    kind: str | None = None
    partial: int = 0
    engine_speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    occasion: str | None = None
    occasion_date: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None
    occasion_date_text: str | None = None
    occasion_date_start: int | None = None
    occasion_date_end: int | None = None
    occasion_date_source: str | None = None
    occasion_start: int | None = None
    occasion_end: int | None = None
    confidence: float | None = None
    method: str | None = None
    reasons: str | None = None  # a JSON list: the top reasons behind the attribution
    context_before: str | None = None
    context_after: str | None = None
    # The speaker's name as the engine gave it (QuoteRecord.speaker): what the engine said,
    # which merges and identity, moving engine_speaker_id, never rewrite.
    engine_speaker_name: str | None = None


# The columns ingest writes; the ones named as in a prediction record are copied from it.
ENGINE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(EngineQuote) if f.name != "id")
_COPIED = tuple(c for c in ENGINE_COLUMNS if c in PREDICTION_FIELDS)
# Engine values an analyst's decision rests on, and the review column that overrides each.
_OVERRIDDEN = (
    ("engine_speaker_id", "reviewed_speaker_id"),
    ("occasion", "reviewed_occasion"),
    ("occasion_date", "reviewed_occasion_date"),
    ("occasion_type", "reviewed_occasion_type"),
    ("occasion_place", "reviewed_occasion_place"),
)
_VERIFIED = (ReviewStatus.CONFIRMED, ReviewStatus.CORRECTED)
# Fields a decision cannot have rested on while the engine gave none: a type or a place no
# engine (or no engine of the time: they came later) showed was never confirmed as "none".
_PINNED_ONLY_WHEN_GIVEN = frozenset({"reviewed_occasion_type", "reviewed_occasion_place"})


@dataclass(frozen=True)
class StoredQuote:
    """What reconciliation needs of a quote already stored."""

    id: str
    start: int
    end: int
    text: str
    review: ReviewState = ReviewState()
    stale: bool = False
    engine_speaker_id: str | None = None
    occasion: str | None = None
    occasion_date: str | None = None
    context_before: str | None = None
    context_after: str | None = None
    occasion_type: str | None = None
    occasion_place: str | None = None
    # The article's words the engine's occasion and its date were read from, as stored: a
    # decision on the occasion rests on them.
    occasion_words: tuple[str, ...] = ()

    @property
    def reviewed(self) -> bool:
        """Whether an analyst left anything on it: a decision, a note or a flag. Each of them
        follows the quote's words on a re-ingest, and none is ever deleted with it."""
        return self.review.status is not ReviewStatus.UNREVIEWED or self.review.annotated


@dataclass(frozen=True)
class Pin:
    """A decision that stays on its span but whose state ingest changes: ``after`` has the
    analyst's values written down where the engine changed its answer; ``recheck``, when set,
    is the decision's mark for re-review (its words or the engine's speaker changed)."""

    quote_id: str
    before: ReviewState
    after: ReviewState
    recheck: str | None = None

    @property
    def final(self) -> ReviewState:
        """The state written: ``after`` with its mark."""
        return self.after if self.recheck is None else self.after.replace(recheck=self.recheck)


@dataclass(frozen=True)
class Carry:
    """A decision passed from one span to another: the same words moved (``carries``), or
    edited words in the same place (``rewords``, always marked for re-review)."""

    old: StoredQuote
    new: EngineQuote
    state: ReviewState  # the decision, pinned to what the analyst saw, perhaps marked


@dataclass(frozen=True)
class Changes:
    upserts: tuple[EngineQuote, ...]  # every quote the engine found, one per span
    pins: tuple[Pin, ...]  # decisions kept on their span with engine values written down
    carries: tuple[Carry, ...]  # decisions moved to the same words at another span
    rewords: tuple[Carry, ...]  # decisions moved to edited words at another span
    orphaned: tuple[StoredQuote, ...]  # reviewed, no longer found, not moved: kept stale
    # Orphans whose span now holds another quote: (the orphan, the id it is kept under).
    relocated: tuple[tuple[StoredQuote, str], ...]
    deletes: tuple[str, ...]  # unreviewed, no longer found
    # Spans that held a decision which went elsewhere and now hold a quote without one.
    resets: tuple[str, ...]
    kept: int  # decisions that stay on the same quote id
    new_quotes: int  # spans not stored before
    speakers: int  # distinct speakers of the engine's quotes
    kept_ids: tuple[str, ...] = ()
    # Decisions kept on their span that only gain a mark for re-review (no value pinned).
    marks: tuple[Pin, ...] = ()
    # Every decision marked for re-review by this ingest: (quote id it lives under, reason).
    rechecked: tuple[tuple[str, str], ...] = field(default=())

    @property
    def moved_away(self) -> tuple[str, ...]:
        """Rows whose decision moved to another span and which no quote holds any more."""
        found = {q.id for q in self.upserts}
        return tuple(c.old.id for c in (*self.carries, *self.rewords) if c.old.id not in found)

    @property
    def relocated_ids(self) -> tuple[tuple[str, str], ...]:
        return tuple((q.id, fresh) for q, fresh in self.relocated)

    @property
    def newly_stale(self) -> tuple[str, ...]:
        relocated = {q.id for q, _ in self.relocated}
        return tuple(q.id for q in self.orphaned if not q.stale and q.id not in relocated)

    def quotes_by_kind(self) -> dict[str, int]:
        return dict(Counter(q.kind or "unknown" for q in self.upserts))


# --------------------------------------------------------------------------- engine records


def speaker_entries(
    speakers: Iterable[SpeakerRecord], quotes: Sequence[QuoteRecord]
) -> tuple[list[SpeakerRecord], list[str | None]]:
    """The speakers to store (the result's, and any a quote names without listing it) and each
    quote's engine speaker id (None: no speaker)."""
    entries = [s for s in speakers if s.id]
    quote_speakers = [q.speaker_id or (slugify(q.speaker) if q.speaker else None) for q in quotes]
    listed = {s.id for s in entries}
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        if sid is not None and sid not in listed:
            entries.append(SpeakerRecord(id=sid, name=quote.speaker or sid))
            listed.add(sid)
    return entries, quote_speakers


def engine_quotes(
    document_id: str,
    quotes: Sequence[QuoteRecord],
    quote_speakers: Sequence[str | None],
    stored_ids: Mapping[str, str],
    document_text: str = "",
) -> list[EngineQuote]:
    """The rows of the engine's quotes; ``stored_ids`` maps engine speaker ids to the ids they
    are stored under (an analyst may have merged them). ``document_text`` gives each quote its
    neighbourhood."""
    rows = []
    for quote, sid in zip(quotes, quote_speakers, strict=True):
        # int() refuses a record without a span before anything is written.
        start, end = int(quote.start), int(quote.end)
        values: dict[str, Any] = {c: _column_value(getattr(quote, c)) for c in _COPIED}
        values.update(start=start, end=end, partial=int(bool(quote.partial)))
        before, after = quote_context(document_text, start, end)
        rows.append(
            EngineQuote(
                id=quote_id(document_id, start, end),
                document_id=document_id,
                engine_speaker_id=stored_ids[sid] if sid else None,
                engine_speaker_name=quote.speaker if sid else None,
                context_before=before,
                context_after=after,
                **values,
            )
        )
    return rows


def _column_value(value: Any) -> Any:
    # Enums are stored as their values (a StrEnum is a str, but sqlite3 wants the plain type);
    # a list of strings (the reasons) as JSON, none as NULL.
    if isinstance(value, tuple | list):
        return json.dumps([str(v) for v in value], ensure_ascii=False) if value else None
    return str(value) if isinstance(value, str) else value


# --------------------------------------------------------------------------- neighbourhoods


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


# A decision is weighed against many new quotes of the same words (and each new quote against
# many decisions): each neighbourhood is read once, not once a pair.
@functools.lru_cache(maxsize=65_536)
def _side_words(text: str | None, backwards: bool) -> str:
    words = _words(text)
    return words[::-1] if backwards else words


def _common_prefix(a: str, b: str) -> int:
    if a == b:
        return len(a)
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _agreement(old: StoredQuote, new: EngineQuote) -> tuple[int, int]:
    """How many characters of the neighbourhoods agree: before the quote (read backwards from
    it) and after it."""
    before = _common_prefix(
        _side_words(old.context_before, True), _side_words(new.context_before, True)
    )
    after = _common_prefix(
        _side_words(old.context_after, False), _side_words(new.context_after, False)
    )
    return before, after


def _known(old: StoredQuote, new: EngineQuote) -> bool:
    # Rows stored before neighbourhoods existed (or built by hand) have none to compare.
    return old.context_before is not None and new.context_before is not None


def _agrees(old: StoredQuote, new: EngineQuote) -> bool:
    """The neighbourhoods agree on both sides: the same place in the article."""
    if not _known(old, new):
        return False
    before, after = _agreement(old, new)
    sides = (
        (before, _words(old.context_before), _words(new.context_before)),
        (after, _words(old.context_after), _words(new.context_after)),
    )
    need = [min(AGREE_CHARS, len(a), len(b)) for _, a, b in sides]
    return all(n >= k for (n, _, _), k in zip(sides, need, strict=True)) and any(
        n >= AGREE_CHARS for n, _, _ in sides
    )


# --------------------------------------------------------------------------- assignment


# Beyond this much work (rows² × columns) an assignment is made greedily, best pairs first:
# only a pathological article (hundreds of decisions on the same words) gets there.
_ASSIGN_WORK = 20_000_000


def _assign(weights: Mapping[tuple[int, int], int]) -> list[tuple[int, int]]:
    """A one-to-one assignment of rows to columns maximising first how many pairs, then their
    summed weight, over the pairs in ``weights`` ((row, column) → weight; others are not
    allowed). The Hungarian method on the rows and columns that have an allowed pair, the
    smaller side as rows: O(rows² × columns); greedily beyond _ASSIGN_WORK."""
    if not weights:
        return []
    rows = sorted({i for i, _ in weights})
    cols = sorted({j for _, j in weights})
    n, m = min(len(rows), len(cols)), max(len(rows), len(cols))
    if n * n * m > _ASSIGN_WORK:
        return sorted(_greedy(weights))
    flip = len(rows) > len(cols)
    if flip:
        rows, cols = cols, rows
    row_at = {r: k for k, r in enumerate(rows)}
    col_at = {c: k for k, c in enumerate(cols)}
    table: list[list[int | None]] = [[None] * len(cols) for _ in rows]
    for (i, j), w in weights.items():
        r, c = (j, i) if flip else (i, j)
        table[row_at[r]][col_at[c]] = w
    pairs = [(rows[r], cols[c]) for r, c in _hungarian(table)]
    return sorted((c, r) if flip else (r, c) for r, c in pairs)


def _greedy(weights: Mapping[tuple[int, int], int]) -> list[tuple[int, int]]:
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    rows: set[int] = set()
    cols: set[int] = set()
    out = []
    for (i, j), _w in ranked:
        if i not in rows and j not in cols:
            rows.add(i)
            cols.add(j)
            out.append((i, j))
    return out


def _hungarian(table: list[list[int | None]]) -> list[tuple[int, int]]:
    """Minimum-cost assignment of every row (n ≤ m columns); a forbidden pair costs more than
    any allowed assignment could gain, and is dropped from the answer."""
    n, m = len(table), len(table[0])
    allowed = [w for row in table for w in row if w is not None]
    top, bottom = max(allowed), min(allowed)
    forbidden = (top - bottom + 1) * (n + 1)
    cost = [[forbidden if w is None else top - w for w in row] for row in table]
    u: list[float] = [0.0] * (n + 1)
    v: list[float] = [0.0] * (m + 1)
    match = [0] * (m + 1)  # match[j] = row matched to column j (1-based; 0: none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [float("inf")] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = match[j0]
            delta = float("inf")
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    return [
        (match[j] - 1, j - 1)
        for j in range(1, m + 1)
        if match[j] and table[match[j] - 1][j - 1] is not None
    ]


# Beyond this many pairs (in one article: all its groups of the same words together), each
# decision is weighed against the nearest new quotes only (by position): an article with
# thousands of identical quotes, or a huge one with many words said again and again, stays a
# matter of seconds.
_ALL_PAIRS = 200_000
_NEAREST = 32


def _match(
    olds: Sequence[StoredQuote],
    news: Sequence[EngineQuote],
    weight: Any,
    every: bool | None = None,
) -> list[tuple[StoredQuote, EngineQuote]]:
    """The best one-to-one pairing of ``olds`` with ``news`` under ``weight(old, new)``: a
    (primary, secondary) pair of ints to maximise in that order, or None (not allowed).
    ``every``: weigh every pair (else the nearest); by default when they are few."""
    if not olds or not news:
        return []
    raw: dict[tuple[int, int], tuple[int, int]] = {}
    if every is None:
        every = len(olds) * len(news) <= _ALL_PAIRS
    candidates = _candidates(news, every=every)
    for i, o in enumerate(olds):
        for j in candidates(o):
            w = weight(o, news[j])
            if w is not None:
                raw[i, j] = w
    if not raw:
        return []
    seconds = [w[1] for w in raw.values()]
    # The secondary weight only breaks ties of the primary: scale the primary beyond any sum
    # of secondaries.
    spread = max(seconds) - min(seconds) + 1
    scale = spread * (len(olds) + len(news) + 1)
    weights = {pair: w[0] * scale + w[1] for pair, w in raw.items()}
    return [(olds[i], news[j]) for i, j in _assign(weights)]


def _candidates(news: Sequence[EngineQuote], every: bool) -> Callable[[StoredQuote], Sequence[int]]:
    """Which new quotes to weigh a decision against: all, or the _NEAREST by position."""
    if every:
        everything = range(len(news))
        return lambda old: everything
    order = sorted(range(len(news)), key=lambda j: news[j].start)
    starts = [news[j].start for j in order]
    half = _NEAREST // 2

    def nearest(old: StoredQuote) -> Sequence[int]:
        at = bisect.bisect_left(starts, old.start)
        return order[max(0, at - half) : at + half]

    return nearest


def _same_words_weight(old: StoredQuote, new: EngineQuote) -> tuple[int, int]:
    before, after = _agreement(old, new) if _known(old, new) else (0, 0)
    return before + after, -abs(new.start - old.start)


def _edited_words_weight(old: StoredQuote, new: EngineQuote) -> tuple[int, int] | None:
    # A stale decision's offsets point into an older text: only its neighbourhood counts.
    same_span = not old.stale and (old.start, old.end) == (new.start, new.end)
    if not (same_span or _agrees(old, new)):
        return None
    before, after = _agreement(old, new) if _known(old, new) else (0, 0)
    return before + after + (2 * CONTEXT_CHARS + 1) * same_span, -abs(new.start - old.start)


# --------------------------------------------------------------------------- reconciliation


def pinned(old: StoredQuote, new: EngineQuote) -> ReviewState | None:
    """The decision with the analyst's values written down where the engine changed its answer
    under a confirmed or corrected decision; None when nothing needs pinning.

    A decision without an explicit reviewed value rests on the engine's value at the time; the
    pinned state keeps that value, so the decision keeps its meaning.
    """
    if old.review.status not in _VERIFIED:
        return None
    pins: dict[str, str | None] = {}
    for engine_field, review_field in _OVERRIDDEN:
        was, now = getattr(old, engine_field), getattr(new, engine_field)
        if getattr(old.review, review_field) is None and was != now:
            if was is not None:
                pins[review_field] = was
            elif review_field in _PINNED_ONLY_WHEN_GIVEN:
                continue
            elif review_field != "reviewed_speaker_id":
                # '' records "there was none", which overrides whatever the engine says now.
                pins[review_field] = ""
            # A confirmed "no speaker" cannot be pinned as a speaker id; nothing to do then.
    return old.review.replace(**pins) if pins else None


def _snippet(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _recheck_reasons(
    old: StoredQuote, new: EngineQuote, state: ReviewState, edited: bool, text: str | None = None
) -> list[str]:
    """Why the decision ``state`` (now on ``new``) needs another look; [] when it does not."""
    if state.status is ReviewStatus.UNREVIEWED:
        return []  # a note or flag without a decision: nothing decided to look at again
    reasons = []
    if edited:
        reasons.append(f"the words changed; they were {_snippet(old.text)}")
    elif _known(old, new) and old.start != new.start:
        before, after = _agreement(old, new)
        has_context = bool(_words(old.context_before) or _words(old.context_after))
        if has_context and max(before, after) < SURROUNDINGS_CHARS:
            reasons.append("it moved to new surroundings in the article")
    # The engine agreed with the speaker decided on, and no longer does (a confirmed "nobody"
    # included: it cannot be pinned, so the engine's new name would be exported as confirmed).
    decided = state.reviewed_speaker_id or old.engine_speaker_id
    if (
        state.status in _VERIFIED
        and old.engine_speaker_id == decided
        and new.engine_speaker_id != decided
    ):
        reasons.append(f"the engine now says {new.engine_speaker_id or 'nobody'}")
    # The same for the occasion the decision rested on: the decided value is kept (pinned),
    # or, where the engine gave none then, the new one shows under a decision that never saw it.
    if state.status in _VERIFIED:
        changed = [
            _OCCASION_PART[review_field]
            for engine_field, review_field in _OVERRIDDEN
            if review_field in _OCCASION_PART
            and getattr(old.review, review_field) is None
            and getattr(old, engine_field) != getattr(new, engine_field)
        ]
        if changed:
            reasons.append(f"the engine now gives another {', '.join(changed)}")
        if text is not None and _own_occasion(old.review):
            # The analyst's own occasion stays whatever the engine says; but the words it was
            # decided beside are no longer in the article.
            gone = [w for w in old.occasion_words if _words(w) and _words(w) not in _words(text)]
            if gone:
                said = "; ".join(_snippet(w, 40) for w in gone)
                reasons.append(f"the words of its occasion changed; they were {said}")
    return reasons


def _own_occasion(review: ReviewState) -> bool:
    return any(getattr(review, field) is not None for field in _OCCASION_PART)


_OCCASION_PART = {
    "reviewed_occasion": "occasion",
    "reviewed_occasion_date": "date",
    "reviewed_occasion_type": "occasion type",
    "reviewed_occasion_place": "place",
}


def _marked(state: ReviewState, reasons: list[str]) -> ReviewState:
    if not reasons:
        return state
    known = state.recheck.split("; ") if state.recheck else []
    added = [r for r in reasons if r not in known]
    return state.replace(recheck="; ".join([*known, *added])) if added else state


def reconcile(
    old: Iterable[StoredQuote], new: Sequence[EngineQuote], text: str | None = None
) -> Changes:
    """What storing ``new`` (the engine's quotes of a document) over ``old`` (its stored
    quotes) changes; see the module docstring for the rules. ``text``: the article's new text,
    to see whether the words an occasion decision rests on are still in it."""
    old_by_id = {q.id: q for q in old}
    new_by_id = {q.id: q for q in new}  # duplicate spans collapse to one
    news = list(new_by_id.values())
    reviewed = [q for q in old_by_id.values() if q.reviewed]

    # 1. The same words: one assignment per text.
    by_words: dict[str, list[EngineQuote]] = {}
    for found in news:
        by_words.setdefault(_words(found.text), []).append(found)
    olds_by_words: dict[str, list[StoredQuote]] = {}
    for decided in reviewed:
        olds_by_words.setdefault(_words(decided.text), []).append(decided)
    pairs: list[tuple[StoredQuote, EngineQuote, bool]] = []
    every = (
        sum(len(olds) * len(by_words.get(w, ())) for w, olds in olds_by_words.items()) <= _ALL_PAIRS
    )
    for words, olds in olds_by_words.items():
        for o, n in _match(olds, by_words.get(words, []), _same_words_weight, every):
            pairs.append((o, n, False))
    # 2. Edited words at the same span or in the same neighbourhood.
    matched_old = {o.id for o, _, _ in pairs}
    taken = {n.id for _, n, _ in pairs}
    left_old = [q for q in reviewed if q.id not in matched_old]
    left_new = [q for q in news if q.id not in taken]
    for o, n in _match(left_old, left_new, _edited_words_weight):
        pairs.append((o, n, True))

    pins: list[Pin] = []
    marks: list[Pin] = []
    carries: list[Carry] = []
    rewords: list[Carry] = []
    rechecked: list[tuple[str, str]] = []
    kept_ids: list[str] = []
    for o, n, edited in sorted(pairs, key=lambda p: p[1].start):
        values = pinned(o, n) or o.review
        state = _marked(values, _recheck_reasons(o, n, values, edited, text))
        if state.recheck and state.recheck != o.review.recheck:
            rechecked.append((n.id, state.recheck))
        if o.id == n.id:
            kept_ids.append(o.id)
            mark = state.recheck if state.recheck != values.recheck else None
            if values != o.review:
                pins.append(Pin(o.id, o.review, values, mark))
            elif mark is not None:
                marks.append(Pin(o.id, o.review, values, mark))
        else:
            (rewords if edited else carries).append(Carry(o, n, state))

    moved_in = {c.new.id for c in (*carries, *rewords)}
    matched = {o.id for o, _, _ in pairs}
    orphaned = [q for q in reviewed if q.id not in matched]
    relocated: list[tuple[StoredQuote, str]] = []
    ids_in_use = set(old_by_id) | set(new_by_id)
    for q in orphaned:
        if q.id in new_by_id:
            fresh = relocated_id(news[0].document_id, q.start, q.end, ids_in_use)
            ids_in_use.add(fresh)
            relocated.append((q, fresh))
    resets = tuple(
        qid
        for qid in new_by_id
        if qid in old_by_id
        and old_by_id[qid].reviewed
        and qid not in kept_ids
        and qid not in moved_in
    )
    deletes = tuple(qid for qid, q in old_by_id.items() if qid not in new_by_id and not q.reviewed)
    return Changes(
        upserts=tuple(news),
        pins=tuple(pins),
        marks=tuple(marks),
        carries=tuple(carries),
        rewords=tuple(rewords),
        orphaned=tuple(orphaned),
        relocated=tuple(relocated),
        deletes=deletes,
        resets=resets,
        kept=len(kept_ids),
        new_quotes=sum(1 for qid in new_by_id if qid not in old_by_id),
        speakers=len({q.engine_speaker_id for q in new if q.engine_speaker_id}),
        kept_ids=tuple(kept_ids),
        rechecked=tuple(rechecked),
    )
