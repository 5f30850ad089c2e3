"""The command line, through click's CliRunner. Runs that need spaCy share one loaded pipeline
(``quotetui.cli`` caches it per process)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import click
import pytest
import records
from click.testing import CliRunner

from quotetui import __version__, store
from quotetui.cli import main
from quotetui.model import Document


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mixed_dir(tmp_path: Path, corpus_dir: Path) -> Path:
    """Two good articles and three bad files."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(corpus_dir.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Caf\xe9 \xab quoted \xbb".encode("latin-1"))
    return folder


def test_every_command_and_option_has_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, name
        assert "Usage:" in result.output
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"
    assert {"ingest", "extract", "eval", "speakers"} <= set(main.commands)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_ingest_corpus_prints_summary_and_creates_db(
    runner: CliRunner, corpus_dir: Path, db_path: Path
) -> None:
    result = runner.invoke(main, ["ingest", str(corpus_dir), "--db", str(db_path)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Ingested 5 documents" in result.stdout
    for word in ("quotes", "speakers", "problems   0", "reviews    kept 0"):
        assert word in result.stdout
    db = store.open_db(db_path)
    assert store.stats(db)["documents"] == 5
    assert {d["id"] for d in db.query("SELECT id FROM documents")} == {
        p.stem for p in corpus_dir.glob("*.txt")
    }
    db.close()


def test_ingest_reports_bad_files_by_name_and_goes_on(
    runner: CliRunner, mixed_dir: Path, db_path: Path
) -> None:
    result = runner.invoke(main, ["ingest", str(mixed_dir), "--db", str(db_path)])
    assert result.exit_code == 0, result.output + result.stderr
    for name in ("binary.txt", "empty.txt", "latin1.txt"):
        lines = [line for line in result.stderr.splitlines() if name in line]
        assert len(lines) == 1, (name, result.stderr)
    assert "Ingested 2 documents" in result.stdout
    assert "problems   3" in result.stdout


def test_ingest_with_nothing_readable_exits_1(
    runner: CliRunner, tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(
        main,
        [
            "ingest",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "missing.txt"),
            "--db",
            str(db_path),
        ],
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert "nothing was ingested" in result.stderr


def test_a_missing_model_exits_2_with_the_message(
    runner: CliRunner, corpus_dir: Path, db_path: Path
) -> None:
    result = runner.invoke(
        main, ["ingest", str(corpus_dir), "--db", str(db_path), "--model", "no_such_pipeline_x"]
    )
    assert result.exit_code == 2
    assert "no_such_pipeline_x" in result.stderr
    assert "pip install" in result.stderr
    assert not db_path.exists()


def test_db_defaults_to_the_environment_variable(
    runner: CliRunner, corpus_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "from-env.db"
    one = sorted(corpus_dir.glob("*.txt"))[0]
    result = runner.invoke(main, ["ingest", str(one)], env={"QUOTETUI_DB": str(target)})
    assert result.exit_code == 0, result.output + result.stderr
    assert target.exists()


def test_reingest_keeps_decisions(runner: CliRunner, corpus_dir: Path, db_path: Path) -> None:
    args = ["ingest", str(corpus_dir), "--db", str(db_path)]
    assert runner.invoke(main, args).exit_code == 0
    db = store.open_db(db_path)
    quote = next(store.iter_quotes(db), None)
    if quote is None:
        db.close()
        pytest.skip("the engine found no quotes in the corpus")
    store.confirm(db, quote.id, "ann")
    result = runner.invoke(main, args)
    assert result.exit_code == 0
    assert "reviews    kept 1, carried 0, orphaned 0" in result.stdout
    assert store.get_quote(db, quote.id).status == "confirmed"
    db.close()


def test_a_document_whose_engine_output_cannot_be_stored_is_a_problem(db) -> None:
    from quotetui.cli import Progress, _save_batch

    good = Document(id="good", text="“Hi”", path="good.txt")
    bad = Document(id="bad", text="x", path="bad.txt")
    quote = {"start": 0, "end": 4, "text": "“Hi”", "kind": "term"}
    problems: list = []
    reports = _save_batch(
        db,
        [
            (good, records.result([quote])),
            (bad, records.result([{"start": None, "end": None}])),
        ],
        problems,
        Progress(2, "test"),
    )
    assert [r.document_id for r in reports] == ["good"]
    assert len(problems) == 1 and problems[0].startswith("bad.txt: engine output")
    assert store.stats(db)["quotes"] == 1


def test_extract_and_export_files_get_the_same_permissions(
    runner: CliRunner, corpus_dir: Path, tmp_path: Path
) -> None:
    # extract -o used to leave a 0600 file (mkstemp) where export -o left a 0644 one.
    one = sorted(corpus_dir.glob("*.txt"))[0]
    old = os.umask(0o022)
    try:
        preds, db_path, csv_out = tmp_path / "p.jsonl", tmp_path / "q.db", tmp_path / "q.csv"
        assert runner.invoke(main, ["extract", str(one), "-o", str(preds)]).exit_code == 0
        assert runner.invoke(main, ["ingest", str(one), "--db", str(db_path)]).exit_code == 0
        args = ["export", "--db", str(db_path), "--all", "-o", str(csv_out)]
        assert runner.invoke(main, args).exit_code == 0
    finally:
        os.umask(old)
    assert preds.stat().st_mode & 0o777 == csv_out.stat().st_mode & 0o777 == 0o644


def test_extract_writes_one_line_per_document(
    runner: CliRunner, mixed_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "preds.jsonl"
    out.parent.mkdir()
    result = runner.invoke(main, ["extract", str(mixed_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    assert {line["doc_id"] for line in lines} == {p.stem for p in mixed_dir.glob("0*.txt")}
    for line in lines:
        assert set(line) == {"doc_id", "quotes"}
        for quote in line["quotes"]:
            assert {"start", "end", "speaker", "speaker_id", "confidence", "method"} <= set(quote)
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind
    assert "latin1.txt" in result.stderr


def test_extract_to_stdout(runner: CliRunner, corpus_dir: Path) -> None:
    result = runner.invoke(main, ["extract", str(corpus_dir), "-o", "-"])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    assert "Wrote 5 documents" in result.stderr


def test_extract_with_nothing_readable_leaves_no_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_eval_prints_the_report(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("quotetui.evaluate")
    quote = {
        "start": 8,
        "end": 13,
        "text": "“yes”",
        "speaker": "Georgy Zinoviev",
        "kind": "speech",
        "partial": False,
        "occasion": None,
        "occasion_date": None,
    }
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"doc_id": "d", "quotes": [quote]}) + "\n", encoding="utf-8")
    pred.write_text(
        json.dumps({"doc_id": "d", "quotes": [{**quote, "confidence": 0.9}]}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert "span" in result.stdout and "1.000" in result.stdout


def test_speakers_lists_speakers_with_counts(runner: CliRunner, db_path: Path) -> None:
    db = store.open_db(db_path)
    text = "Zinoviev said “yes” and “no”. The \x1b[31mministry\x1b[0m said “maybe”."
    speakers = [
        {"id": "georgy-zinoviev", "name": "Georgy Zinoviev", "kind": "person",
         "aliases": ["Zinoviev"]},
        {"id": "ministry", "name": "The \x1b[31mministry\x1b[0m", "kind": "organisation",
         "aliases": []},
    ]  # fmt: skip

    def quote(words: str, speaker_id: str) -> dict:
        start = text.index(words)
        return {"start": start, "end": start + len(words), "text": words, "kind": "speech",
                "speaker_id": speaker_id}  # fmt: skip

    result = records.result(
        [
            quote("“yes”", "georgy-zinoviev"),
            quote("“no”", "georgy-zinoviev"),
            quote("“maybe”", "ministry"),
        ],
        speakers,
    )
    store.save_document(db, Document(id="d", text=text), result)
    store.confirm(db, store.quote_id("d", text.index("“no”"), text.index("“no”") + 4), "ann")
    db.close()

    result = runner.invoke(main, ["speakers", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "KIND", "QUOTES", "UNREVIEWED", "ALIASES"]
    assert lines[1].split() == ["georgy-zinoviev", "Georgy", "Zinoviev", "person", "2", "1",
                                "Zinoviev"]  # fmt: skip
    assert "\x1b" not in result.stdout and "\\x1b" in result.stdout

    searched = runner.invoke(main, ["speakers", "--db", str(db_path), "--search", "zino"])
    assert searched.exit_code == 0
    assert "georgy-zinoviev" in searched.stdout and "ministry  " not in searched.stdout
    limited = runner.invoke(main, ["speakers", "--db", str(db_path), "--limit", "1"])
    assert "(1 of 2 speakers" in limited.stdout


def test_speakers_without_a_database(runner: CliRunner, db_path: Path) -> None:
    result = runner.invoke(main, ["speakers", "--db", str(db_path)])
    assert result.exit_code == 1
    assert "no database" in result.output
    assert not db_path.exists()


def test_unbalanced_marks_are_named_and_the_rest_goes_on(
    runner: CliRunner, tmp_path: Path, db_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "open.txt").write_text(
        "The mayor said “this never closes.\n\nA new paragraph. “Done,” said Ann Lee.\n",
        encoding="utf-8",
    )
    (folder / "fine.txt").write_text("“Yes,” said Bo Lind.\n", encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "open.txt: 1 quotation mark never closed" in result.stderr
    database = store.open_db(db_path)
    quotes = {q["text"] for q in database["quotes"].rows}
    assert {"“this never closes.", "“Done,”", "“Yes,”"} <= quotes


def test_the_progress_line_of_a_finished_ingest_ends_at_its_count(tmp_path: Path) -> None:
    # Counted beforehand, a file that cannot be read and a JSONL line that is not a document
    # are inputs; once the run is through, the line must not read "2/4" as if it had stopped.
    import pty
    import select
    import subprocess

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\n“Fine,” said Ann Lee.")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.jsonl").write_text('{"id": "c", "text": "“Calm,” said Bo Ray."}\n{broken\n')
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotetui", "ingest", str(folder), "--db", str(tmp_path / "q.db")],
        stdout=subprocess.DEVNULL, stderr=slave,
    )  # fmt: skip
    os.close(slave)
    out = b""
    while select.select([master], [], [], 120)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    assert proc.wait(timeout=60) == 0
    os.close(master)
    import re

    counts = re.findall(rb"ingest \[[#-]+\] (\d+)/(\d+) ", out)
    assert counts and counts[-1] == (b"2", b"2"), out


def test_the_ingest_summary_counts_every_speaker_the_run_made_as_new(
    runner: CliRunner, tmp_path: Path
) -> None:
    # Two articles quote someone known only as "Al": the identity pass keeps them apart, and
    # the second speaker it makes is as new as the first (the summary read "1 new; 2 in the
    # database" on a fresh database).
    docs = tmp_path / "two.jsonl"
    docs.write_text(
        '{"id": "a", "text": "“Hi,” Al said."}\n{"id": "b", "text": "“Bye,” Al said."}\n'
    )
    db_path = tmp_path / "q.db"
    first = runner.invoke(main, ["ingest", str(docs), "--db", str(db_path)])
    assert first.exit_code == 0, first.output
    (line,) = [x for x in first.stdout.splitlines() if x.strip().startswith("speakers")]
    new, total = (int(w) for w in line.replace(";", " ").split() if w.isdigit())
    assert new == total >= 1
    again = runner.invoke(main, ["ingest", str(docs), "--db", str(db_path)])
    assert f"speakers   0 new; {total} in the database" in again.stdout


def test_extract_names_its_output_safely_and_counts_one_quote_as_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    one = tmp_path / "one.txt"
    one.write_text("“Hi,” Al said.\n")
    out = tmp_path / "x\x1b[31m.jsonl"
    result = runner.invoke(main, ["extract", str(one), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.output.splitlines() if x.startswith("Wrote")]
    assert "\x1b" not in line and "\\x1b[31m.jsonl" in line
    assert "Wrote 1 document, 1 quote to" in line
