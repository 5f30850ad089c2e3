"""One bad document never kills or stalls a run (issue 11): whatever fails on a document —
a pipeline component, the engine, or the time it takes — is that document's problem, and
the others keep their results. Real spaCy pipelines; the failing component is a real spaCy
component of the test's own."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

from quotetui import cli, store
from quotetui.cli import main
from quotetui.engine.pipeline import attribute_documents, load_pipeline


@Language.component("test_trips_on_boom")
def trips_on_boom(doc: SpacyDoc) -> SpacyDoc:
    # A stand-in for a parser or tokenizer crash on one odd text.
    if "BOOM" in doc.text:
        raise RuntimeError("tripped on BOOM")
    return doc


@dataclass
class Doc:
    id: str
    text: str
    date: str | None = "2026-02-13"


# Eight hundred quotes in one paragraph: a fifth of a second of attribution (it was seconds
# while attribution was quadratic in quotation marks), where a short text takes a millisecond.
# The tests set the limit between the two.
MARKS = '"a" said Bob. ' * 800
LIMIT = 0.05


@pytest.fixture(scope="module")
def tripping_nlp():
    nlp = load_pipeline()
    nlp.add_pipe("test_trips_on_boom", before="quote_attribution")
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_a_component_fails_on_is_that_documents_problem(tripping_nlp, n_process):
    docs = [
        Doc("a", "“Fine,” she said."),
        Doc("b", "BOOM. “No,” he said."),
        Doc("c", "“Calm,” they said."),
    ]
    out = list(attribute_documents(tripping_nlp, docs, batch_size=3, n_process=n_process))
    assert [d.id for d, _ in out] == ["a", "b", "c"]
    assert out[0][1].error is None and out[0][1].quotes
    assert out[1][1].error == "RuntimeError: tripped on BOOM" and out[1][1].quotes == ()
    assert out[2][1].error is None and out[2][1].quotes


def test_a_document_over_the_time_limit_is_reported_and_the_rest_go_on(nlp) -> None:
    pipe = nlp.get_pipe("quote_attribution")
    default = pipe.time_limit
    pipe.time_limit = LIMIT
    try:
        docs = [Doc("a", "“Fine,” she said."), Doc("marks", MARKS), Doc("c", "“Calm,” he said.")]
        started = time.monotonic()
        out = dict((d.id, r) for d, r in attribute_documents(nlp, docs))
        elapsed = time.monotonic() - started
    finally:
        pipe.time_limit = default
    assert out["marks"].error == "attribution took longer than 0.05 s, the limit per document"
    assert out["marks"].quotes == ()
    assert out["a"].quotes and out["c"].quotes and not out["a"].error
    assert elapsed < 15  # the parse, and 0.05 s of attribution


def test_a_long_document_shows_its_parts_and_names_the_parts_over_the_limit_once(nlp) -> None:
    # A huge document is parsed in parts, each under the time limit on its own: the parts it
    # stopped are named in one clause (not one clause a part), and each part done is reported
    # as it is done, a sign of life in a document that takes minutes.
    pipe = nlp.get_pipe("quote_attribution")
    default = pipe.time_limit
    pipe.time_limit = LIMIT
    seen: list[tuple[str, int, int]] = []
    long = Doc("long", MARKS + "\n" + MARKS + "\n“Calm,” he said.")
    try:
        out = dict(
            (d.id, r)
            for d, r in attribute_documents(
                nlp,
                [long, Doc("a", "“Fine,” she said.")],
                split_chars=len(MARKS) + 10,
                on_part=lambda doc, done, parts: seen.append((doc.id, done, parts)),
            )
        )
    finally:
        pipe.time_limit = default
    assert out["long"].parts == 3
    assert out["long"].error == (
        "parts 1–2 of 3: attribution took longer than 0.05 s, the limit per document"
    )
    assert [q.text for q in out["long"].quotes] == ["“Calm,”"]
    assert seen == [("long", 1, 3), ("long", 2, 3), ("long", 3, 3)]
    assert out["a"].quotes and not out["a"].error


def test_progress_inside_a_long_document_is_drawn_on_a_terminal_only() -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown, piped = Terminal(), io.StringIO()
    for stream in (shown, piped):
        progress = cli.Progress(3, "ingest", stream)
        progress.part("folder/a-very-long-document-id-of-an-archive", 4, 22)
        progress.advance()
        progress.message("note: done")
    assert piped.getvalue() == "note: done\n"
    drawn = shown.getvalue().split("\r\x1b[K")
    assert any("part 5 of 22" in line and line.startswith("ingest [") for line in drawn)
    assert all(len(line.split("\n")[0]) < 80 for line in drawn)
    # The document done, the line says the rate again.
    assert "part" not in drawn[-1] and "docs/s" in drawn[-1]


def test_the_time_limit_holds_off_the_main_thread(nlp) -> None:
    # A Dask worker runs its tasks on a thread of its own, where no timer signal reaches.
    import concurrent.futures

    pipe = nlp.get_pipe("quote_attribution")
    default = pipe.time_limit
    pipe.time_limit = LIMIT
    docs = [Doc("a", "“Fine,” she said."), Doc("marks", MARKS), Doc("c", "“Calm,” he said.")]
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            out = pool.submit(lambda: list(attribute_documents(nlp, docs))).result()
    finally:
        pipe.time_limit = default
    by_id = {d.id: r for d, r in out}
    assert by_id["marks"].error == "attribution took longer than 0.05 s, the limit per document"
    assert by_id["a"].quotes and by_id["c"].quotes and not by_id["a"].error
    # Nothing is left armed to land in what the thread runs next.
    time.sleep(0.2)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        assert pool.submit(lambda: sum(range(10**6))).result() == sum(range(10**6))


def test_the_garbage_collector_is_as_the_caller_left_it_after_each_document(nlp) -> None:
    # The component pauses cyclic collection while it attributes a document (components.py):
    # after a document and after one over the time limit (the alarm fires inside the pause),
    # it must be on again, and a caller who turned it off keeps it off.
    import gc

    pipe = nlp.get_pipe("quote_attribution")
    default = pipe.time_limit
    pipe.time_limit = LIMIT
    docs = [Doc("a", "“Fine,” she said."), Doc("marks", MARKS)]
    try:
        assert gc.isenabled()
        out = dict((d.id, r) for d, r in attribute_documents(nlp, docs))
        assert out["marks"].error and out["a"].quotes
        assert gc.isenabled()
        gc.disable()
        try:
            out = dict((d.id, r) for d, r in attribute_documents(nlp, docs[:1]))
            assert out["a"].quotes
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        pipe.time_limit = default


def test_ingest_reports_a_document_over_the_time_limit_and_stores_the_rest(
    nlp, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(cli._PIPELINES, (None, None), nlp)
    monkeypatch.delenv("QUOTETUI_MODEL", raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "marks.txt").write_text(MARKS)
    (folder / "fine.txt").write_text("Title\n\n“Fine,” said Ann Lee.")
    pipe = nlp.get_pipe("quote_attribution")
    default, pipe.time_limit = pipe.time_limit, LIMIT
    try:
        result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "q.db")])
    finally:
        pipe.time_limit = default
    assert result.exit_code == 0, result.output
    problem = [line for line in result.output.splitlines() if line.startswith("problem:")]
    assert len(problem) == 1 and "marks.txt" in problem[0]
    assert "attribution took longer than 0.05 s" in problem[0]
    with contextlib.closing(store.open_db(tmp_path / "q.db", readonly=True)) as db:
        assert [r[0] for r in db.execute("SELECT id FROM documents")] == ["fine"]


def test_the_time_limit_is_part_of_the_component_config(tmp_path: Path) -> None:
    nlp = load_pipeline()
    assert nlp.get_pipe_config("quote_attribution")["time_limit"] == 20.0
    nlp.to_disk(tmp_path / "pipe")
    import spacy

    config = {"components": {"quote_attribution": {"time_limit": 5}}}
    again = spacy.load(tmp_path / "pipe", config=config)
    assert again.get_pipe("quote_attribution").time_limit == 5


# --------------------------------------------------------------------------- where it lands
# The limit is an exception raised into the attributing thread between two bytecodes. Landing
# in a finalizer (a __del__, a weakref callback) it would be "ignored" there: printed as
# "Exception ignored in …", the finalizer cut short, and the document not stopped. It lands
# only where the block can handle it.


RUNS = 20


class _Slow:
    """An object whose finalizer takes a while, so that the limit is likely to come due in it."""

    def __del__(self) -> None:
        sum(range(20_000))


def _finalizer_heavy_block(seconds: float) -> None:
    import weakref

    from quotetui.engine.components import time_limit

    with time_limit(seconds):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for _ in range(20_000):  # the block's own work …
                pass
            _Slow()  # … and a finalizer, about half as long, run at once, here
            weakref.finalize(_Slow(), sum, range(20_000))


def _run_capturing_unraisable(target) -> tuple[list[str], list[BaseException]]:
    import sys

    ignored: list[str] = []
    raised: list[BaseException] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda u: ignored.append(f"{u.exc_type.__name__} in {u.object!r}")
    try:
        for _ in range(RUNS):
            try:
                target()
            except BaseException as exc:  # noqa: BLE001 - the limit, to check
                raised.append(exc)
    finally:
        sys.unraisablehook = previous
    return ignored, raised


def test_the_time_limit_never_lands_in_a_finalizer_on_the_main_thread() -> None:
    from quotetui.engine.components import TimeLimitExceeded

    started = time.monotonic()
    ignored, raised = _run_capturing_unraisable(lambda: _finalizer_heavy_block(0.05))
    assert ignored == []
    assert len(raised) == RUNS and all(isinstance(e, TimeLimitExceeded) for e in raised)
    assert time.monotonic() - started < 5  # each stopped near its limit, not at the deadline


def test_the_time_limit_never_lands_in_a_finalizer_off_the_main_thread() -> None:
    import concurrent.futures

    from quotetui.engine.components import TimeLimitExceeded

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        ignored, raised = pool.submit(
            _run_capturing_unraisable, lambda: _finalizer_heavy_block(0.05)
        ).result()
    assert ignored == []
    assert len(raised) == RUNS and all(isinstance(e, TimeLimitExceeded) for e in raised)


def test_extract_names_a_document_over_the_time_limit_and_goes_on_to_the_next(
    nlp, monkeypatch, tmp_path: Path
) -> None:
    import json

    monkeypatch.setitem(cli._PIPELINES, (None, None), nlp)
    monkeypatch.delenv("QUOTETUI_MODEL", raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\n“Fine,” said Ann Lee.")
    (folder / "marks.txt").write_text(MARKS)
    (folder / "next.txt").write_text("Title\n\n“Calm,” said Bo Ray.")
    pipe = nlp.get_pipe("quote_attribution")
    default, pipe.time_limit = pipe.time_limit, LIMIT
    out = tmp_path / "p.jsonl"
    try:
        result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])
    finally:
        pipe.time_limit = default
    assert result.exit_code == 0, result.output
    problems = [line for line in result.output.splitlines() if "took longer" in line]
    assert len(problems) == 1 and "marks.txt" in problems[0], result.output
    assert "Exception ignored" not in result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    by_id = {line["doc_id"]: line for line in lines}
    assert by_id["next"]["quotes"] and by_id["a"]["quotes"]
