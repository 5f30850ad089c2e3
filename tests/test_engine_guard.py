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
