"""spaCy factories: ``quote_attribution`` (the engine, so ``nlp.add_pipe("quote_attribution")``
works in any English pipeline) and ``quotetui_attribute_ruler`` (a faster drop-in for spaCy's
``attribute_ruler``, see :class:`FastAttributeRuler`).

The component needs a parser (or at least sentence boundaries), a tagger and NER upstream. It
writes the engine's records to ``doc._.quote_attributions`` in their JSON form
(``quotetui.engine.record.Attribution.to_json``: plain values, so they survive
``nlp.pipe(n_process=…)`` and ``DocBin``, which serialise user data with msgpack), and shows
them the spaCy way:

- ``doc.spans["quotes"]``: the quotations, labelled ``speech``, ``written`` or ``term``;
- ``doc.spans["quote_mentions"]``: the speaker mention of each attributed quote, labelled with
  the canonical speaker; ``doc.spans["quote_cues"]``: the cues ("said", "according to"),
  labelled ``cue`` — so displaCy (``style="span"``) and annotation tools can show them;
- on each quote span (getters over the records, so nothing but plain values is stored):
  ``span._.speaker`` (canonical name within the article), ``span._.speaker_kind``,
  ``span._.mention`` and ``span._.cue`` (Spans or None), ``span._.confidence``,
  ``span._.method``, ``span._.reasons`` (why: the ranker's verdict and top features),
  ``span._.occasion`` and ``span._.occasion_date``.

Relative dates ("on Wednesday") resolve against ``doc._.published`` ("YYYY-MM-DD"), which the
caller sets before the component runs::

    doc = nlp.make_doc(text)
    doc._.published = "2026-02-13"
    doc = nlp(doc)

Without it ``span._.occasion_date`` is None where the date is relative.

What the article says of its speakers (titles, party, the names it gives:
``quotetui.engine.record.ArticleContext``) goes to ``doc._.quote_speakers``.

A document the engine fails on does not stop the pipeline: it gets no records, and
``doc._.quote_attribution_error`` says what went wrong (``None`` when all went well), so one odd
article cannot end an ingest of thousands. The same holds for a document that takes longer than
the component's ``time_limit`` (seconds, default ``TIME_LIMIT``): attribution is stopped there
and the document reported, so a pathological text (thousands of quotation marks in one
paragraph) costs at most that long. The limit holds on any thread: a timer signal on a
process's main thread (as the pipeline and its worker processes run it), a timer thread on
another (as a Dask worker runs its tasks).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import math
import re
import signal
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, Literal, cast

import numpy as np
from numpy.typing import NDArray

# spacy.attrs is compiled (Cython) and ships no type stubs.
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span

from quotetui.engine.attribute import analyse, dated
from quotetui.engine.context import article_context
from quotetui.engine.record import ArticleContext, Attribution
from quotetui.engine.syntax import ents_held
from quotetui.model import QuoteKind

logger = logging.getLogger(__name__)

if not Doc.has_extension("quote_attributions"):
    Doc.set_extension("quote_attributions", default=None)
if not Doc.has_extension("quote_speakers"):
    Doc.set_extension("quote_speakers", default=None)
if not Doc.has_extension("quote_attribution_error"):
    Doc.set_extension("quote_attribution_error", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def _record_of(span: Span) -> dict[str, Any] | None:
    """The engine's record of a quote span (the one it was made from)."""
    records = span.doc._.quote_attributions or ()
    for rec in records:
        if rec["start"] == span.start_char and rec["end"] == span.end_char:
            return dict(rec)
    for rec in records:
        if span.start_char <= rec["start"] and rec["end"] <= span.end_char:
            return dict(rec)
    return None


def _field(name: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        rec = _record_of(span)
        return None if rec is None else rec.get(name)

    return get


def _span_of(start: str, end: str) -> Callable[[Span], Span | None]:
    def get(span: Span) -> Span | None:
        rec = _record_of(span)
        if rec is None or rec.get(start) is None or rec.get(end) is None:
            return None
        return span.doc.char_span(rec[start], rec[end], alignment_mode="expand")

    return get


def _reasons(span: Span) -> list[str]:
    rec = _record_of(span)
    return list(rec.get("reasons") or ()) if rec is not None else []


def _occasion_date(span: Span) -> str | None:
    rec = _record_of(span)
    if rec is None or rec.get("kind") == "term":
        return None
    return dated(Attribution.from_json(rec), span.doc._.published)[1]


def _occasion(span: Span) -> str | None:
    rec = _record_of(span)
    if rec is None or rec.get("kind") == "term":
        return None
    return dated(Attribution.from_json(rec), span.doc._.published)[0]


_SPAN_EXTENSIONS: dict[str, Callable[[Span], Any]] = {
    "speaker": _field("speaker"),
    "speaker_kind": _field("speaker_kind"),
    "mention": _span_of("speaker_start", "speaker_end"),
    "cue": _span_of("cue_start", "cue_end"),
    "confidence": _field("confidence"),
    "method": _field("method"),
    "reasons": _reasons,
    "occasion": _occasion,
    "occasion_date": _occasion_date,
}
for _name, _getter in _SPAN_EXTENSIONS.items():
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter)


# Seconds of attribution one document may take: a news article takes milliseconds, so this is
# only ever reached by text no article is made of.
TIME_LIMIT = 20.0


class TimeLimitExceeded(BaseException):
    """Attribution of one document ran past the component's time limit. A BaseException, like
    KeyboardInterrupt, so that no ``except Exception`` inside the engine swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once ``seconds`` have passed (no limit when
    None or 0). On a process's main thread a timer signal raises it; on another thread (a Dask
    worker runs its tasks on one, a web server its requests) a timer thread raises it in the
    block's thread. Either lands between two Python bytecodes, which is where the engine
    spends its time, but never in a finalizer (a ``__del__``, a weakref or garbage collector
    callback), where Python would print it as ignored and go on: it waits for the block's own
    code, a few milliseconds on."""
    if not seconds:
        yield
        return
    on_main = threading.current_thread() is threading.main_thread()
    if on_main and hasattr(signal, "setitimer"):
        with _unraisable_filtered(), _signal_limit(seconds):
            yield
    elif not on_main:
        with _unraisable_filtered(), _thread_limit(seconds):
            yield
    else:
        yield


def _expired_message(seconds: float) -> str:
    return f"attribution took longer than {seconds:g} s, the limit per document"


_WEAKREF_FILE = weakref.__file__


def _deliverable(frame: FrameType | None) -> bool:
    """Whether an exception raised in ``frame`` (a thread's innermost) reaches the block: not
    while the thread runs a finalizer or a callback Python calls on its own, which would
    swallow it."""
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code.co_filename == _WEAKREF_FILE or code in callbacks:
            return False
        frame = frame.f_back
    return True


# Threads inside a time limit now: one that lands in a finalizer anyway (a weakref callback of
# the caller's own) is not reported, as it comes again where the block handles it.
_ARMED = threading.local()


class _UnraisableFilter:
    def __init__(self, previous: Callable[[Any], object]) -> None:
        self.previous = previous

    def __call__(self, unraisable: Any) -> None:
        armed: int = getattr(_ARMED, "depth", 0)
        if armed and isinstance(unraisable.exc_value, TimeLimitExceeded):
            return
        self.previous(unraisable)


@contextlib.contextmanager
def _unraisable_filtered() -> Iterator[None]:
    hook = sys.unraisablehook
    mine = hook if isinstance(hook, _UnraisableFilter) else _UnraisableFilter(hook)
    sys.unraisablehook = mine
    _ARMED.depth = getattr(_ARMED, "depth", 0) + 1
    try:
        yield
    finally:
        _ARMED.depth -= 1
        if mine is not hook and sys.unraisablehook is mine:
            sys.unraisablehook = hook


# How soon a limit that came due at a place it cannot land tries again.
_RETRY = 0.002


@contextlib.contextmanager
def _signal_limit(seconds: float) -> Iterator[None]:
    armed = [True]

    def expired(signum: int, frame: FrameType | None) -> None:
        if not armed[0]:
            return
        if _deliverable(frame):
            raise TimeLimitExceeded(_expired_message(seconds))
        signal.setitimer(signal.ITIMER_REAL, _RETRY, 0.05)

    previous = signal.signal(signal.SIGALRM, expired)
    # Again every 50 ms after the first, should anything catch it on the way out.
    old_timer = signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        # Disarmed before anything else: an alarm already on its way then does nothing, and
        # one that lands before that is caught here rather than in whatever runs next.
        while True:
            try:
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                break
            except TimeLimitExceeded:
                continue
        signal.signal(signal.SIGALRM, previous)
        if old_timer[0]:
            signal.setitimer(signal.ITIMER_REAL, *old_timer)


@contextlib.contextmanager
def _thread_limit(seconds: float) -> Iterator[None]:
    # An exception raised asynchronously is raised as its class, without arguments: a class
    # of its own carries the message.
    message = _expired_message(seconds)

    class Expired(TimeLimitExceeded):
        def __init__(self) -> None:
            super().__init__(message)

    ident = threading.get_ident()
    target = ctypes.c_ulong(ident)
    set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    lock = threading.Lock()
    armed = [True]
    timers: list[threading.Timer] = []

    def again(after: float) -> None:
        timer = threading.Timer(after, fire)
        timer.daemon = True
        timers.append(timer)
        timer.start()

    def fire() -> None:
        with lock:
            if not armed[0]:
                return
            if not _deliverable(sys._current_frames().get(ident)):
                again(_RETRY)
                return
            set_async(target, ctypes.py_object(Expired))
            # Again every 50 ms after the first, should anything catch it on the way out.
            again(0.05)

    again(seconds)
    try:
        yield
    finally:
        # Disarmed under the lock, and an exception set but not yet raised taken back, so
        # nothing lands in whatever this thread runs next; one raised before that is caught.
        while True:
            try:
                with lock:
                    armed[0] = False
                    set_async(target, None)
                    for timer in timers:
                        timer.cancel()
                break
            except TimeLimitExceeded:
                continue


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one document is attributed, on the main
    thread (where the pipeline and its worker processes run it). The engine holds thousands of
    Token and Span objects of the article while it reads it, and the collections its
    allocations trigger walk them again and again (~9% of its time on news articles); what it
    makes and drops is freed by reference counting, and the collector, running again after the
    document, finds any cycle left. On another thread (a Dask worker's) it is left alone:
    pausing is for the whole process."""
    if threading.current_thread() is not threading.main_thread() or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class QuoteAttribution:
    """The attribution engine as a pipeline component (stateless, so it pickles cheaply)."""

    def __init__(self, nlp: Language, name: str, time_limit: float | None = TIME_LIMIT) -> None:
        self.name = name
        self.time_limit = time_limit

    def attribute(self, doc: Doc) -> tuple[list[Attribution], ArticleContext, str | None]:
        """The engine's records of a parsed ``doc`` and its speakers' context, or no records
        and why the engine failed (within the time limit, as the component runs it). Nothing
        is written to the Doc: the pipeline takes the records from here when the Doc is not
        kept, rather than through their JSON form and spans (benchmarks/README.md)."""
        try:
            # The collector outside the limit: the alarm is disarmed before it is re-enabled.
            with _collector_paused(), time_limit(self.time_limit), ents_held(doc):
                records = analyse(doc)
                context = article_context(doc, records)
        except TimeLimitExceeded as exc:
            return [], ArticleContext(), str(exc)
        except Exception as exc:  # noqa: BLE001 - reported per document, see module docstring
            logger.debug("quote attribution failed", exc_info=True)
            return [], ArticleContext(), f"{type(exc).__name__}: {exc}"
        return records, context, None

    def __call__(self, doc: Doc) -> Doc:
        records, context, error = self.attribute(doc)
        if error is not None:
            return self._failed(doc, error)
        doc._.quote_attributions = [rec.to_json() for rec in records]
        doc._.quote_speakers = context.to_json()
        doc._.quote_attribution_error = None
        spans, mentions, cues = [], [], []
        for rec in records:
            span = doc.char_span(rec.start, rec.end, label=rec.kind.value, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            if rec.kind == QuoteKind.TERM:
                continue
            if rec.speaker_start is not None and rec.speaker_end is not None:
                label = rec.speaker or rec.speaker_mention or "speaker"
                mention = doc.char_span(
                    rec.speaker_start, rec.speaker_end, label=label, alignment_mode="expand"
                )
                if mention is not None:
                    mentions.append(mention)
            if rec.cue_start is not None and rec.cue_end is not None:
                cue = doc.char_span(
                    rec.cue_start, rec.cue_end, label="cue", alignment_mode="expand"
                )
                if cue is not None:
                    cues.append(cue)
        doc.spans["quotes"] = spans
        doc.spans["quote_mentions"] = mentions
        doc.spans["quote_cues"] = cues
        return doc

    @staticmethod
    def _failed(doc: Doc, error: str) -> Doc:
        doc._.quote_attributions = []
        doc._.quote_speakers = None
        doc._.quote_attribution_error = error
        doc.spans["quotes"] = []
        doc.spans["quote_mentions"] = []
        doc.spans["quote_cues"] = []
        return doc


@Language.factory(
    "quote_attribution",
    assigns=[
        "doc._.quote_attributions",
        "doc._.quote_speakers",
        "doc._.quote_attribution_error",
        "doc.spans",
        *(f"span._.{name}" for name in _SPAN_EXTENSIONS),
    ],
    requires=["token.dep", "token.pos", "doc.ents"],
    default_config={"time_limit": TIME_LIMIT},
)
def make_quote_attribution(nlp: Language, name: str, time_limit: float | None) -> QuoteAttribution:
    return QuoteAttribution(nlp, name, time_limit)


# --------------------------------------------------------------------------- attribute ruler

# Token attributes a compiled pattern may test, and those a rule may set.
_TESTED = {"TAG", "LOWER", "DEP", "ORTH", "TEXT", "NORM", "IS_SPACE", "SHAPE", "ENT_TYPE"}
_SET = (POS, TAG, LEMMA, MORPH, DEP)

# A compiled pattern: ("in" | "not_in", string ids) or ("regex", pattern) on one column …
_Test = tuple[str, tuple[int, ...] | str]
# … for each token of an alternative, which must match at its offset; the rule sets values
# (index into _SET, value) on the token at ``index`` of every match.
_Alternative = tuple[list[list[tuple[int, _Test]]], int]
_Rule = tuple[list[_Alternative], list[tuple[int, int]]]
_Plan = tuple[list[int | str], list[_Rule]]


class _Lookup:
    """The compiled rules split for speed, with the same outcome as applying them in order.

    Every value a rule tests for (TAG, LOWER, DEP, IS_SPACE against fixed strings) is coded by
    its place among the strings the rules name for its column (0: none of them), so that a test
    is a look-up in a small table of codes. Almost every alternative is one token tested on its
    own values: what all of those do to a token depends only on its combination of codes, and
    the outcome of a combination (for each attribute, the last alternative setting it, and the
    value) is worked out once and kept. Alternatives over several tokens, or with a regex, are
    applied as array operations, each winning over the single-token ones before it in rule
    order and losing to those after.
    """

    def __init__(self, rules: list[_Rule], width: int) -> None:
        # Every alternative numbered in the order the rules apply them (a later one wins).
        self.single: list[tuple[int, list[tuple[int, _Test]], list[tuple[int, int]]]] = []
        self.multi: list[tuple[int, list[list[tuple[int, _Test]]], int, list[tuple[int, int]]]]
        self.multi = []
        known: list[set[int]] = [set() for _ in range(width)]
        order = 0
        for alternatives, sets in rules:
            for tokens, index in alternatives:
                tests = tokens[0] if len(tokens) == 1 else []
                if len(tokens) == 1 and all(not isinstance(arg, str) for _, (_, arg) in tests):
                    self.single.append((order, tests, sets))
                else:
                    self.multi.append((order, tokens, index, sets))
                for token in tokens:
                    for column, (_, arg) in token:
                        if not isinstance(arg, str):
                            known[column].update(arg)
                order += 1
        self.known = [np.array(sorted(values), dtype=np.uint64) for values in known]
        self.radix = [len(values) + 1 for values in known]
        if math.prod(self.radix) >= 2**62:  # too many to number the combinations: all as arrays
            self.multi = [(o, [tests], 0, sets) for o, tests, sets in self.single] + self.multi
            self.multi.sort(key=lambda alternative: alternative[0])
            self.single = []
        # Each in/not_in test as a table over its column's codes.
        self.tables: dict[tuple[int, _Test], NDArray[np.bool_]] = {}
        for _, tokens, _, _ in self.multi:
            for token in tokens:
                for column, test in token:
                    op, arg = test
                    if isinstance(arg, str):
                        continue
                    table = np.array(
                        [False] + [int(v) in arg for v in self.known[column].tolist()],
                        dtype=np.bool_,
                    )
                    self.tables[(column, test)] = ~table if op == "not_in" else table
        # A combination of codes → its row in ``orders`` and ``values``: for each attribute in
        # _SET, the order of the last single-token alternative that sets it (-1: none), and
        # the value it sets.
        self.rows: dict[int, int] = {}
        self.orders = np.full((64, len(_SET)), -1, dtype=np.int64)
        self.values = np.zeros((64, len(_SET)), dtype=np.uint64)

    def codes(self, values: NDArray[Any]) -> list[NDArray[np.int64]]:
        """Each token's code, column by column."""
        out = []
        for column, known in enumerate(self.known):
            if not len(known):
                out.append(np.zeros(len(values), dtype=np.int64))
                continue
            found = np.searchsorted(known, values[:, column])
            hit = known[np.minimum(found, len(known) - 1)] == values[:, column]
            out.append(np.where(hit, found + 1, 0))
        return out

    def combined(self, codes: list[NDArray[np.int64]]) -> NDArray[np.int64]:
        """Each token's combination of codes, as one number."""
        key = np.zeros(len(codes[0]), dtype=np.int64)
        for column, code in enumerate(codes):
            key *= self.radix[column]
            key += code
        return key

    def row(self, key: int) -> int:
        found = self.rows.get(key)
        if found is not None:
            return found
        value: list[int | None] = [None] * len(self.known)
        rest = key
        for column in reversed(range(len(self.known))):
            rest, code = divmod(rest, self.radix[column])
            value[column] = int(self.known[column][code - 1]) if code else None
        row = len(self.rows)
        if row == len(self.orders):
            self.orders = np.concatenate([self.orders, np.full_like(self.orders, -1)])
            self.values = np.concatenate([self.values, np.zeros_like(self.values)])
        for order, tests, sets in self.single:
            if all(
                (value[column] in cast(tuple[int, ...], arg)) == (op == "in")
                for column, (op, arg) in tests
            ):
                for k, v in sets:
                    self.orders[row, k] = order
                    self.values[row, k] = v
        self.rows[key] = row
        return row


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its patterns run as array operations over the whole Doc.

    The stock ruler runs a Matcher over every token for ~180 patterns (tag → POS and morphology,
    a few word and dependency exceptions): ~14% of the parse of a news article with
    ``en_core_web_sm``, for what is a table lookup. This subclass compiles the patterns (fixed
    length token sequences testing TAG, LOWER, DEP, ORTH, NORM, SHAPE, ENT_TYPE or IS_SPACE
    against strings, booleans, ``IN``, ``NOT_IN`` or ``REGEX``; setting POS, TAG, LEMMA, MORPH
    or DEP) and applies them with numpy, later patterns winning as in the stock ruler. The
    result is the same token for token (tests/test_pipeline.py checks it on real articles);
    patterns it cannot compile make it fall back to the stock Matcher path. Serialisation,
    scoring and pattern management are the stock ruler's.
    """

    _plan: _Plan | Literal[False] | None = None  # None: not compiled yet; False: not compilable
    _lookup: _Lookup | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._regex_hits: dict[str, dict[int, bool]] = {}

    def add(self, patterns: Any, attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None
        self._lookup = None

    def clear(self) -> None:
        super().clear()
        self._plan = None
        self._lookup = None

    def _compile(self) -> _Plan | Literal[False]:
        columns: dict[str, int] = {}
        rules: list[_Rule] = []
        strings = self.vocab.strings
        for i, attrs in enumerate(self.attrs):
            if not set(attrs) <= set(_SET):
                return False
            sets = [(_SET.index(attr), value) for attr, value in attrs.items()]
            alternatives: list[_Alternative] = []
            for pattern in self.matcher.get(str(i))[1]:
                index = self.indices[i]
                if not pattern or not -len(pattern) <= index < len(pattern):
                    return False
                tokens: list[list[tuple[int, _Test]]] = []
                for spec in pattern:
                    tests: list[tuple[int, _Test]] = []
                    for key, value in spec.items():
                        key = "ORTH" if key.upper() == "TEXT" else key.upper()
                        if key not in _TESTED:
                            return False
                        column = columns.setdefault(key, len(columns))
                        if isinstance(value, bool):
                            test: _Test = ("in", (int(value),))
                        elif isinstance(value, str):
                            test = ("in", (strings.add(value),))
                        elif isinstance(value, dict) and len(value) == 1:
                            ((op, arg),) = value.items()
                            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                                test = (op.lower(), tuple(strings.add(str(v)) for v in arg))
                            elif op == "REGEX" and isinstance(arg, str):
                                test = ("regex", arg)
                            else:
                                return False
                        else:
                            return False
                        tests.append((column, test))
                    tokens.append(tests)
                alternatives.append((tokens, index % len(pattern)))
            rules.append((alternatives, sets))
        return [IDS[key] for key in sorted(columns, key=columns.__getitem__)], rules

    def __call__(self, doc: Doc) -> Doc:
        if self._plan is None:
            self._plan = self._compile()
        if self._plan is False:
            return super().__call__(doc)
        n = len(doc)
        if n == 0:
            return doc
        columns, rules = self._plan
        lookup = self._lookup
        if lookup is None:
            lookup = self._lookup = _Lookup(rules, len(columns))
        values = doc.to_array(columns).reshape(n, len(columns))
        out = doc.to_array(list(_SET)).reshape(n, len(_SET))
        codes = lookup.codes(values)
        # Per token and attribute: the order of the alternative that set it last (-1: none)
        # and its value; first the single-token alternatives, by combination of codes.
        combinations, which = np.unique(lookup.combined(codes), return_inverse=True)
        rows = np.array([lookup.row(key) for key in combinations.tolist()], dtype=np.int64)
        rows = rows[which.reshape(-1)]
        order = lookup.orders[rows]
        value = lookup.values[rows]
        masks: dict[tuple[int, _Test], NDArray[np.bool_]] = {}

        def mask(column: int, test: _Test) -> NDArray[np.bool_]:
            found = masks.get((column, test))
            if found is None:
                table = lookup.tables.get((column, test))
                found = table[codes[column]] if table is not None else None
                if found is None:
                    found = self._test(values[:, column], test)
                masks[(column, test)] = found
            return found

        for rank, tokens, index, sets in lookup.multi:
            width = n - len(tokens) + 1
            if width <= 0:
                continue
            hit: NDArray[np.bool_] | None = None
            for j, tests in enumerate(tokens):
                for column, test in tests:
                    part = mask(column, test)[j : j + width]
                    hit = part if hit is None else hit & part
            targets = np.flatnonzero(hit) + index if hit is not None else np.arange(width) + index
            if not len(targets):
                continue
            for k, v in sets:
                later = targets[order[targets, k] < rank]
                order[later, k] = rank
                value[later, k] = v
        set_here = order >= 0
        out[set_here] = value[set_here]
        # spaCy's stub says to_array gives floats; it gives the uint64 ids from_array takes.
        doc.from_array(list(_SET), cast(Any, out))
        return doc

    def _test(self, column: NDArray[Any], test: _Test) -> NDArray[np.bool_]:
        op, arg = test
        if isinstance(arg, str):  # a regex
            pattern = re.compile(arg)
            unique, inverse = np.unique(column, return_inverse=True)
            strings = self.vocab.strings
            # Whether a string matches is kept: the same words come back in every Doc (forgotten
            # when a long run's vocabulary has made the table large).
            seen = self._regex_hits.setdefault(arg, {})
            if len(seen) > 200_000:
                seen.clear()
            hits = []
            for u in unique.tolist():
                hit = seen.get(u)
                if hit is None:
                    hit = seen[u] = _known(strings, u) and bool(pattern.search(strings[u]))
                hits.append(hit)
            return np.array(hits, dtype=np.bool_)[inverse.reshape(-1)]
        if len(arg) == 1:
            found: NDArray[np.bool_] = np.asarray(column == arg[0])
        else:
            found = np.isin(column, np.array(arg, dtype=column.dtype))
        return ~found if op == "not_in" else found


def _known(strings: Any, key: int) -> bool:
    # StringStore answers ``in`` for hashes as well as strings; its stub knows only strings.
    return bool(key in strings)


@Language.factory(
    "quotetui_attribute_ruler",
    default_config={
        "validate": False,
        "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"},
    },
)
def make_fast_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
