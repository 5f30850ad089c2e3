"""``quotetui search``: on a store built by hand, and on the bundled corpus ingested for real."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store_workbench import Q_LOPEZ, Q_PROVOCATION, Q_TERM, Q_ZINOVIEV, save

from quotetui import store
from quotetui.cli import main


@pytest.fixture
def searched(db_path: Path) -> Path:
    with contextlib.closing(store.open_db(db_path)) as db:
        save(db, "d1")
        save(db, "d2")
        store.confirm(db, Q_LOPEZ, "ana")
    return db_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["search", *args])
    return result.exit_code, result.output


def test_search_prints_quotes_with_speaker_article_and_date(searched: Path) -> None:
    code, out = run("Kursk", "--db", str(searched))
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == (
        "Kursk: 1 quote by their words (best first), 0 speakers by name (0 quotes),"
        " 1 article by title"
    )
    assert lines[1].split() == ["MATCH", "STATUS", "SPEAKER", "PUBLISHED", "ARTICLE", "QUOTE"]
    first = lines[2]
    for cell in ("quote", "confirmed", "Maria Lopez", "2026-03-02", "Budget talks in Madrid",
                 "“We will cut the deficit, whatever Kursk costs,”"):  # fmt: skip
        assert cell in first
    assert [line.split()[0] for line in lines[3:]] == ["title"] * 3


def test_search_json_lines(searched: Path) -> None:
    code, out = run("kursk", "--db", str(searched), "--json")
    assert code == 0, out
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["quote_id"], r["matched"]) for r in records] == [
        (Q_LOPEZ, "quote"),
        (Q_ZINOVIEV, "title"),
        (Q_PROVOCATION, "title"),
        (Q_TERM, "title"),
    ]
    lopez = records[0]
    assert (lopez["speaker"], lopez["status"], lopez["published"], lopez["title"]) == (
        "Maria Lopez", "confirmed", "2026-03-02", "Budget talks in Madrid",
    )  # fmt: skip
    assert records[3]["kind"] == "term" and records[3]["speaker"] is None
    code, out = run("kursk", "--db", str(searched), "--json", "-n", "1")
    assert len(out.splitlines()) == 1


def test_search_problems_are_one_line(searched: Path, tmp_path: Path) -> None:
    code, out = run("?!", "--db", str(searched))
    assert code == 1 and "nothing to search for in '?!'" in out
    code, out = run("?!", "--db", str(searched), "--json")  # not an empty success
    assert code == 1 and "nothing to search for in '?!'" in out
    code, out = run("x", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no database" in out
    assert not (tmp_path / "none.db").exists()


def test_search_reads_a_database_it_cannot_write(searched: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes any file")
    searched.chmod(0o444)
    try:
        code, out = run("deficit", "--db", str(searched), "--json")
    finally:
        searched.chmod(0o644)
    assert code == 0 and json.loads(out)["quote_id"] == Q_LOPEZ


def test_search_the_bundled_corpus(corpus_dir: Path, db_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(corpus_dir), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    code, out = run("Kursk", "--db", str(db_path), "--json")
    assert code == 0, out
    records = [json.loads(line) for line in out.splitlines()]
    by_words = [r for r in records if r["matched"] == "quote"]
    assert by_words and all("kursk" in r["quote"].casefold() for r in by_words)
    assert all(r["speaker"] == "Georgy Zinoviev" for r in by_words)
    titled = [r for r in records if r["matched"] == "title"]
    assert titled and all("Kursk" in r["title"] for r in titled)
