"""Hostile and awkward inputs at the reader (issue 11): what is not a regular file, what is too
big, JSON strings that cannot be encoded, file names that are not UTF-8, broken front matter,
an unreadable path on the command line, and two files that claim one document id."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetui import store
from quotetui.cli import main
from quotetui.readers import Document, Problem, count_documents, read_documents
from quotetui.readers.base import NotReadable, open_regular

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE = CORPUS / "001_76b098cef252d179.txt"
OTHER = CORPUS / "004_82426c862c5804d0.txt"


def read(*paths: str | Path) -> tuple[list[Document], list[Problem]]:
    problems: list[Problem] = []
    docs = list(read_documents(list(paths), on_problem=problems.append))
    return docs, problems


def in_thread(fn, timeout: float = 20.0):
    """Run ``fn`` with a deadline: a reader that blocks on a FIFO must fail the test, not hang."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(fn()), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading blocked"
    return result[0]


# --- only regular files -----------------------------------------------------------------------


def test_fifos_and_devices_are_named_and_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.mkfifo(tmp_path / "pipe.warc")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "null.html").symlink_to("/dev/null")
    shutil.copy(ARTICLE, tmp_path / "story.txt")
    assert in_thread(lambda: count_documents([tmp_path])) >= 1
    docs, problems = in_thread(lambda: read(tmp_path))
    assert [d.id for d in docs] == ["story"]
    messages = {Path(p.path).name: p.message for p in problems}
    assert sorted(messages) == ["null.html", "pipe.jsonl", "pipe.txt", "pipe.warc", "zero.txt"]
    assert "named pipe" in messages["pipe.txt"] and "skipped" in messages["pipe.txt"]
    assert "character device" in messages["zero.txt"]
    # named on the command line, too
    docs, problems = in_thread(lambda: read(tmp_path / "pipe.txt", tmp_path / "zero.txt"))
    assert docs == [] and len(problems) == 2


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(NotReadable, match="too large"):
        open_regular(big, limit=1000)
    with open_regular(big, limit=2000) as f:
        assert len(f.read()) == 2000


def test_a_jsonl_line_over_the_size_limit_is_skipped_not_held(tmp_path: Path) -> None:
    from quotetui.readers.base import FileReport
    from quotetui.readers.jsonl import read_jsonl

    path = tmp_path / "d.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Short."}),
        json.dumps({"id": "b", "text": "y" * 5000}),
        json.dumps({"id": "c", "text": "After."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems: list[Problem] = []
    report = FileReport(str(path), problems.append)
    docs = list(read_jsonl(path, str(path), str(path), report, {}, line_limit=1000))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(p.line, "too long" in p.message) for p in problems] == [(2, True)]


# --- text that cannot be encoded --------------------------------------------------------------


def _surrogate_jsonl(path: Path) -> Path:
    lines = [
        '{"id": "s1", "title": "Emoji \\ud83d", "text": "He said \\"hi \\ud800 there,\\" '
        'he said. \\"We are ready \\udfff,\\" said Jane Smith."}'
    ]
    lines += [
        json.dumps({"id": f"ok{i}", "text": f"“We are fine {i},” said Jane Smith on Monday."})
        for i in range(5)
    ]
    lines.append('{"id": "pair", "text": "A whole emoji \\ud83d\\ude00 stays: “yes,” he said."}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lone_surrogates_are_replaced_and_reported(tmp_path: Path) -> None:
    docs, problems = read(_surrogate_jsonl(tmp_path / "s.jsonl"))
    assert [d.id for d in docs] == ["s1", "ok0", "ok1", "ok2", "ok3", "ok4", "pair"]
    s1 = docs[0]
    assert s1.text == 'He said "hi \ufffd there," he said. "We are ready \ufffd," said Jane Smith.'
    assert s1.title == "Emoji \ufffd"
    s1.text.encode("utf-8")
    assert docs[-1].text.startswith("A whole emoji \U0001f600 stays")
    [note] = problems
    assert note.note and note.line == 1
    assert "'s1'" in note.message and "2 in 'text'" in note.message
    assert "1 in 'title'" in note.message


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_lone_surrogates_abort_neither_ingest_nor_extract(tmp_path: Path, jobs: str) -> None:
    source = _surrogate_jsonl(tmp_path / "s.jsonl")
    runner = CliRunner()
    db_path = tmp_path / "q.db"
    result = runner.invoke(main, ["ingest", str(source), "--db", str(db_path), "-j", jobs])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Ingested 7 documents" in result.stdout
    assert "note: " in result.stderr and "s.jsonl:1" in result.stderr
    db = store.open_db(db_path)
    try:
        assert store.get_document(db, "s1").text.count("\ufffd") == 2
    finally:
        db.close()
    out = tmp_path / "preds.jsonl"
    result = runner.invoke(main, ["extract", str(source), "-o", str(out), "-j", jobs])
    assert result.exit_code == 0, result.output + result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7


# --- file names that are not UTF-8 ------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_read_stored_and_named(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    name = os.path.join(folder, b"caf\xe9.txt")
    shutil.copy(ARTICLE, name)
    os.mkfifo(os.path.join(folder, b"\xff.txt"))
    docs, problems = read(os.fsdecode(folder))
    assert [d.id for d in docs] == ["caf\\xe9"]
    assert docs[0].path == str(tmp_path / "in" / "caf\\xe9.txt")
    [problem] = problems
    assert problem.path == str(tmp_path / "in" / "\\xff.txt")
    str(problem).encode("utf-8")  # prints on any terminal
    db_path = tmp_path / "q.db"
    result = CliRunner().invoke(main, ["ingest", os.fsdecode(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "\\xff.txt: not a regular file" in result.stderr
    assert "engine" not in result.stderr
    db = store.open_db(db_path)
    try:
        assert store.get_document(db, "caf\\xe9") is not None
    finally:
        db.close()


# --- front matter -----------------------------------------------------------------------------


def one(tmp_path: Path, content: str) -> tuple[Document, list[Problem]]:
    path = tmp_path / "a.md"
    path.write_text(content, encoding="utf-8")
    docs, problems = read(path)
    assert len(docs) == 1
    return docs[0], problems


def test_front_matter_without_a_closing_fence(tmp_path: Path) -> None:
    body = '"We are ready," said Jane Smith on Monday.\n'
    doc, problems = one(tmp_path, f"---\ntitle: Unclosed\ndate: 2024-10-21\n\n{body}")
    assert (doc.title, doc.date, doc.text) == ("Unclosed", "2024-10-21", body)
    [note] = problems
    assert note.note and "not closed" in note.message and "lines 1-4" in note.message


def test_front_matter_block_scalars_and_continuations(tmp_path: Path) -> None:
    content = (
        "---\n"
        "title: >\n"
        "  A folded title\n"
        "  over two lines\n"
        "summary: |\n"
        "  title: not this one\n"
        "tags:\n"
        "  - a\n"
        "source: Korea\n"
        "  JoongAng Daily\n"
        "url: 'https://example.com/it''s'\n"
        "# a comment\n"
        "date: 2024-10-21\n"
        "...\n"
        "Body.\n"
    )
    doc, problems = one(tmp_path, content)
    assert problems == []
    assert (doc.title, doc.source, doc.url, doc.date, doc.text) == (
        "A folded title over two lines",
        "Korea JoongAng Daily",
        "https://example.com/it's",
        "2024-10-21",
        "Body.\n",
    )


@pytest.mark.parametrize(
    "content",
    ["---\n“Quote,” he said.\nMore.\n", "***\n\n“Quote,” he said.\nMore.\n", "---\ntitle: |\n"],
    ids=["rule", "stars", "block-at-end"],
)
def test_a_rule_or_indicator_is_never_the_title(tmp_path: Path, content: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    docs, _problems = read(path)
    for doc in docs:
        assert doc.title not in ("---", "***", "|", ">")


# --- an unreadable path on the command line ---------------------------------------------------


def test_an_unreadable_path_is_one_problem_not_a_usage_error(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    shutil.copy(ARTICLE, tmp_path / "good.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret.\n", encoding="utf-8")
    secret.chmod(0)
    command = [
        sys.executable,
        "-c",
        "from quotetui.cli import main; main()",
        "ingest",
        str(tmp_path / "good.txt"),
        str(secret),
        "--db",
        str(tmp_path / "q.db"),
    ]
    if os.geteuid() == 0:
        # root reads any file: drop the capabilities that let it, as an analyst's shell has none
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Ingested 1 document" in result.stdout
    assert f"{secret}: cannot read: permission denied" in result.stderr
    assert "Usage:" not in result.stderr


# --- two files, one id ------------------------------------------------------------------------


def test_a_file_never_replaces_another_files_article(tmp_path: Path, monkeypatch) -> None:
    for folder, source in (("a", ARTICLE), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "story.txt")
    runner = CliRunner()
    db_path = tmp_path / "q.db"

    def ingest(*paths: Path):
        result = runner.invoke(main, ["ingest", *map(str, paths), "--db", str(db_path)])
        return result

    # one run over the folder: two documents, ids a/story and b/story
    result = ingest(tmp_path)
    assert result.exit_code == 0, result.output + result.stderr
    assert "Ingested 2 documents" in result.stdout
    # later runs over each folder: a/story.txt is "story"; b/story.txt may not take it
    assert ingest(tmp_path / "a").exit_code == 0
    db = store.open_db(db_path)
    try:
        first = store.get_document(db, "story")
        quote = next(q for q in store.iter_quotes(db) if q.document_id == "story")
        store.confirm(db, quote.id, "ann")
        result = ingest(tmp_path / "b")
        assert result.exit_code == 1
        assert "document id 'story' already belongs to" in result.stderr
        assert str(tmp_path / "a" / "story.txt") in result.stderr
        assert store.get_document(db, "story").text == first.text
        assert store.get_quote(db, quote.id).status == "confirmed"
        # the same file again, named another way, is the same article
        monkeypatch.chdir(tmp_path)
        result = ingest(Path("a") / "story.txt")
        assert result.exit_code == 0, result.output + result.stderr
        assert "kept 1" in result.stdout
        # a moved file takes its id along, with a note
        (tmp_path / "a" / "story.txt").rename(tmp_path / "moved.txt")
        (tmp_path / "c").mkdir()
        shutil.copy(tmp_path / "moved.txt", tmp_path / "c" / "story.txt")
        result = ingest(tmp_path / "c" / "story.txt")
        assert result.exit_code == 0, result.output + result.stderr
        assert "which is gone" in result.stderr
        assert "kept 1" in result.stdout
    finally:
        db.close()
