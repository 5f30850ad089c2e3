"""Issue 11's other classes: the review log cannot be rewritten; databases that are not ours,
damaged, newer or read-only get one clear line and are left as they were; output files that
cannot be written get one line; `review` refuses without a terminal; `quotetui backup` copies
what is still in the write-ahead log; strings from data reach the terminal only through one
boundary; the test summary line is shown."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import records
from click.testing import CliRunner
from rich.segment import Segment
from textual.color import Color

from quotetui import store
from quotetui.cli import main
from quotetui.model import Document
from quotetui.tui import text as tui_text

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def make_db(path: Path, decided: bool = True) -> Path:
    with contextlib.closing(store.open_db(path)) as db:
        text = "Intro.\n\n“We will win,” said Ann Lee."
        quote = {"start": 8, "end": 22, "text": "“We will win,”", "speaker": "Ann Lee",
                 "speaker_id": "ann-lee", "kind": "speech"}  # fmt: skip
        store.save_document(
            db,
            Document(id="d", text=text),
            records.result([quote], [{"id": "ann-lee", "name": "Ann Lee"}]),
        )
        if decided:
            store.confirm(db, store.quote_id("d", 8, 22), "kim")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


# --------------------------------------------------------------------------- the review log


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO reviews (id, action, reviewer, at) VALUES (1, 'confirm', 'x', 'y')",
        "REPLACE INTO reviews (id, action, reviewer, at) VALUES (1, 'confirm', 'x', 'y')",
        "INSERT INTO reviews (id, action, at) VALUES (1, 'confirm', 'y')"
        " ON CONFLICT(id) DO UPDATE SET reviewer = 'x'",
        "UPDATE OR REPLACE reviews SET reviewer = 'x'",
        "UPDATE reviews SET id = 99",
        "DELETE FROM reviews",
        "INSERT OR IGNORE INTO reviews (id, action, reviewer, at) VALUES (1, 'reject', 'x', 'y')",
    ],
)
def test_the_review_log_cannot_be_rewritten(tmp_path: Path, statement: str) -> None:
    path = make_db(tmp_path / "q.db")
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM reviews").fetchall()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    conn.commit()
    assert conn.execute("SELECT * FROM reviews").fetchall() == before
    conn.close()


# --------------------------------------------------------------------------- databases

READING = [["speakers"], ["export", "-o", "-"]]
WRITING = [["ingest", str(CORPUS)], ["review"]]


def refuses(path: Path, expected: str) -> None:
    """Every command says ``expected`` in one line (exit 1, no traceback); the file and its
    folder are left exactly as they were."""
    before = digest(path) if path.is_file() else None
    beside = sorted(p.name for p in path.parent.iterdir())
    for command in [*READING, *WRITING]:
        code, output = run_cli(*command, "--db", str(path))
        assert code == 1, (command, output)
        lines = [line for line in output.splitlines() if line.strip()]
        assert len(lines) == 1 and expected in lines[0], (command, output)
        assert "Traceback" not in output
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == beside


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes\n" * 20)
    refuses(path, "is not a SQLite database")


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
        conn.commit()
    # It used to get quotetui's tables and WAL before the crash.
    refuses(path, "another program's SQLite database (tables: notes)")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.commit()
    refuses(path, "application id 0x4d2")


def test_a_database_written_by_a_newer_quotetui_is_refused_and_untouched(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('quotetui', 'm900_from_the_future', '2030-01-01')"
        )
        conn.commit()
    refuses(path, "written by a newer quotetui (schema steps m900_from_the_future")


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("DROP TABLE speaker_aliases", "table speaker_aliases is missing"),
        (
            # verified_quotes (m011) reads quotes_final: SQLite drops a column only once no
            # view refers to it.
            "DROP VIEW verified_quotes; DROP VIEW quotes_final; ALTER TABLE quotes DROP COLUMN cue",
            "table quotes has no column cue",
        ),
        ("DROP VIEW quotes_final", "view quotes_final is missing"),
        ("DROP TRIGGER reviews_no_replace", "trigger reviews_no_replace is missing"),
    ],
)
def test_a_damaged_schema_says_what_is_wrong(tmp_path: Path, damage: str, said: str) -> None:
    path = make_db(tmp_path / "q.db")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.executescript(damage)
    refuses(path, f"is damaged: {said}")


def test_damaged_pages_are_one_line(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))
    for command in [*READING, *WRITING]:
        code, output = run_cli(*command, "--db", str(path))
        assert code == 1 and "damaged" in output and "Traceback" not in output, output


def test_quotetuis_database_gets_its_mark_and_older_files_are_still_ours(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    assert int.from_bytes(path.read_bytes()[68:72], "big") == store.guard.APPLICATION_ID
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA application_id = 0")  # as every file was before m007
        conn.commit()
    code, output = run_cli("speakers", "--db", str(path))
    assert code == 0 and "Ann Lee" in output


def _as_unprivileged(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user who cannot write root's files: itself when not root, else in a
    user namespace (where root's files belong to nobody and permissions apply)."""
    command = [sys.executable, "-m", "quotetui", *args]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare: cannot drop the right to write")
        probe = subprocess.run(["unshare", "--user", "true"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip("user namespaces are not available")
        command = ["unshare", "--user", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_a_database_in_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = make_db(folder / "q.db")
    folder.chmod(0o555)
    try:
        listed = _as_unprivileged(["speakers", "--db", str(path)])
        exported = _as_unprivileged(["export", "--db", str(path), "-o", "-"])
        ingested = _as_unprivileged(["ingest", str(CORPUS), "--db", str(path)])
    finally:
        folder.chmod(0o755)
    assert listed.returncode == 0 and "Ann Lee" in listed.stdout, listed.stderr
    assert exported.returncode == 0 and "We will win" in exported.stdout, exported.stderr
    assert ingested.returncode == 1 and "Traceback" not in ingested.stderr
    assert "in a folder quotetui cannot write" in ingested.stderr


def test_reading_commands_do_not_migrate_or_write(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    before = digest(path)
    assert run_cli("speakers", "--db", str(path))[0] == 0
    assert run_cli("export", "--db", str(path), "-o", "-")[0] == 0
    assert digest(path) == before


def test_a_missing_database_or_folder_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "q.db"
    for command in [["speakers"], ["export", "-o", "-"], ["review"], ["ingest", str(CORPUS)]]:
        code, output = run_cli(*command, "--db", str(missing))
        assert code == 1 and "Traceback" not in output, output
        assert "no database at" in output or "does not exist" in output, output


# --------------------------------------------------------------------------- output files


def test_extract_into_a_missing_folder_or_onto_a_folder_is_one_line(tmp_path: Path) -> None:
    code, output = run_cli("extract", str(CORPUS), "-o", str(tmp_path / "no" / "p.jsonl"))
    assert code == 1 and "the folder" in output and "does not exist" in output
    code, output = run_cli("extract", str(CORPUS), "-o", str(tmp_path))
    assert code == 1 and "it is a folder" in output
    code, output = run_cli("export", "--db", str(make_db(tmp_path / "q.db")), "-o", str(tmp_path))
    assert code == 1 and "it is a folder" in output
    assert "Traceback" not in output


def _limited(size: int) -> None:
    # A full disk, for one process: writes past ``size`` bytes fail (EFBIG, not a signal).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    db_path = make_db(tmp_path / "q.db")
    with open("/dev/full", "w") as full:
        export = subprocess.run(
            [sys.executable, "-m", "quotetui", "export", "--all", "--db", str(db_path), "-o", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert export.returncode == 1 and "Traceback" not in export.stderr
    assert "cannot write stdout: No space left on device" in export.stderr
    out = tmp_path / "preds.jsonl"
    out.write_text("earlier\n")
    extract = subprocess.run(
        [sys.executable, "-m", "quotetui", "extract", str(CORPUS), "-o", str(out)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _limited(2048),
    )
    assert extract.returncode == 1 and "Traceback" not in extract.stderr, extract.stderr
    assert f"cannot write {out}: File too large; an earlier file there is kept" in extract.stderr
    assert out.read_text() == "earlier\n"
    ingest = subprocess.run(
        [sys.executable, "-m", "quotetui", "ingest", str(CORPUS), "--db", str(tmp_path / "n.db")],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _limited(60_000),
    )
    assert ingest.returncode == 1 and "Traceback" not in ingest.stderr, ingest.stderr
    assert f"cannot write {tmp_path / 'n.db'}" in ingest.stderr


def test_a_read_only_database_file_for_a_writing_command_is_one_line(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    path.chmod(0o444)
    try:
        result = _as_unprivileged(["ingest", str(CORPUS), "--db", str(path)])
    finally:
        path.chmod(0o644)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "is read-only" in result.stderr


# --------------------------------------------------------------------------- review, backup


def test_review_without_a_terminal_refuses(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db")
    review = subprocess.run(
        [sys.executable, "-m", "quotetui", "review", "--db", str(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert review.returncode == 1
    assert "needs a terminal" in review.stderr
    assert review.stdout == "" and "\x1b" not in review.stderr


def test_backup_holds_the_decisions_a_copy_of_the_file_loses(tmp_path: Path) -> None:
    path = make_db(tmp_path / "q.db", decided=False)
    # A review session is open, and has just decided: the decision is in the -wal file.
    session = store.open_db(path)
    try:
        store.confirm(session, store.quote_id("d", 8, 22), "kim")
        shutil.copy(path, tmp_path / "copied.db")
        code, output = run_cli("backup", "--db", str(path), str(tmp_path / "backup.db"))
    finally:
        session.close()
    assert code == 0, output
    assert "1 quote, 1 review log entry" in output

    def decided(p: Path) -> list[str]:
        with contextlib.closing(sqlite3.connect(p)) as conn:
            return [r[0] for r in conn.execute("SELECT status FROM quotes")]

    assert decided(tmp_path / "copied.db") == ["unreviewed"]  # what copying loses
    assert decided(tmp_path / "backup.db") == ["confirmed"]
    code, output = run_cli("speakers", "--db", str(tmp_path / "backup.db"))
    assert code == 0 and "Ann Lee" in output
    code, output = run_cli("backup", "--db", str(path), str(path))
    assert code == 1 and "the database itself" in output


def test_the_readme_says_to_back_up_with_quotetui_backup() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "quotetui backup" in readme and "rather than copying the `.db` file" in readme


# --------------------------------------------------------------------------- the terminal


def test_every_format_character_is_made_visible() -> None:
    import unicodedata

    formats = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    cleaned = tui_text.clean("".join(formats))
    assert len(cleaned) == len(formats) and set(cleaned) == {"\ufffd"}
    # Zero-width and bidi marks that used to pass invisibly: a name that looks like another.
    assert tui_text.clean("Zino\u200bviev") != "Zinoviev"
    for mark in "\u200e\u200f\u061c\u2060\u2064\ufeff\u00ad\U000e0041":
        assert tui_text.clean(f"a{mark}b") == "a\ufffdb"


def test_the_terminal_boundary_drops_control_and_format_characters() -> None:
    safe = tui_text.TerminalSafe()
    line = [Segment("ok \x1b]0;pwned\x07 \u202egnp.exe"), Segment("Zino\u200bviev \x9b2J")]
    out = safe.apply(line, Color(0, 0, 0))
    drawn = "".join(s.text for s in out)
    assert not any(ch in drawn for ch in "\x1b\x07\u202e\u200b\x9b")
    assert "ok " in drawn and "pwned" in drawn and "Zinoviev" in drawn
    from rich.cells import cell_len

    assert [cell_len(s.text) for s in out] == [cell_len(s.text) for s in line]


def test_merge_notifications_and_the_progress_line_show_data_as_text(tmp_path: Path) -> None:
    import asyncio

    from test_tui import D1, build_db, settle

    from quotetui.tui.app import ReviewApp

    path = build_db(tmp_path / "review.db")
    hostile = "Evil\x1b[2J\x1b]0;owned\x07 \u202eName\u200b"
    with contextlib.closing(store.open_db(path)) as db:
        db.execute("UPDATE speakers SET name = ? WHERE id = 'spokesperson'", (hostile,))
    assert D1  # the article whose spokesperson is renamed
    app = ReviewApp(path, "ana\x1b[31m\u202e")

    async def main_() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = app.screen
            source = store.find_speaker(screen.session.db, "spokesperson")
            screen.session.merge_speaker(source.id, "foreign-ministry")
            app.notify(f"Merged {source.name} into Foreign Ministry")
            await pilot.press("u")  # the undo names the speaker split off again
            await pilot.pause()
            progress = str(screen.query_one("#progress").content)
            assert "\x1b" not in progress and "\u202e" not in progress
            assert "reviewer ana␛[31m\ufffd" in progress
            shown = [n.message for n in app._notifications]
            assert shown and all("\x1b" not in m and "\u202e" not in m for m in shown)
            assert any("Evil␛[2J" in m for m in shown)
            # And what is drawn: every line passes the terminal boundary.
            assert tui_text.TerminalSafe in {type(f) for f in app.get_line_filters()}

    asyncio.run(main_())


# --------------------------------------------------------------------------- the test summary


def test_pytest_q_shows_the_summary_line(tmp_path: Path) -> None:
    tests = tmp_path / "test_tiny.py"
    tests.write_text("def test_one():\n    assert True\n")
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stdout
    assert "1 passed" in ran.stdout  # hidden when pyproject's addopts added a second -q


def test_the_json_of_review_states_reads_entries_without_the_new_fields() -> None:
    from quotetui.model import ReviewState

    old = json.loads('{"status": "confirmed", "reviewer": "kim", "reviewed_at": "2025"}')
    state = ReviewState.from_json(old)
    assert (state.recheck, state.decision_id) == (None, None)


def test_a_reader_beside_a_writer_in_one_process_keeps_the_writers_locks(tmp_path: Path) -> None:
    # Reading the header of a file this process holds SQLite connections to, with a file
    # descriptor of its own, dropped their POSIX locks when it was closed: another process's
    # connection then took itself for the last one, checkpointed and deleted the WAL, and the
    # writer's next decisions went to a deleted file (the review app opens a reader beside its
    # writer, and lost a decision that way).
    path = make_db(tmp_path / "q.db", decided=False)
    writer = store.open_db(path)
    reader = store.open_db(path, readonly=True)
    try:
        other = (
            "import sqlite3, sys\nfor _ in range(20):\n    c = sqlite3.connect(sys.argv[1])\n"
            "    c.execute('SELECT count(*) FROM quotes').fetchone()\n    c.close()"
        )
        subprocess.run([sys.executable, "-c", other, str(path)], check=True)
        store.confirm(writer, store.quote_id("d", 8, 22), "kim")
        seen = subprocess.run(
            [sys.executable, "-c",
             "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
             "\"SELECT status FROM quotes\").fetchone()[0])", str(path)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    finally:
        reader.close()
        writer.close()
    assert seen.stdout.strip() == "confirmed"


def _on_a_terminal(args: list[str]) -> bytes:
    """What the CLI writes to stdout when stdout is a terminal (a pseudo-terminal here)."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotetui", *args], stdout=slave, stderr=subprocess.DEVNULL
    )
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=60)
    os.close(master)
    return out


def test_records_written_to_a_terminal_cannot_drive_it_and_piped_are_exact(
    tmp_path: Path,
) -> None:
    name = "Ann \x1b[2J\x1b]8;;https://x.example\x07Lee\u202e"
    path = tmp_path / "q.db"
    with contextlib.closing(store.open_db(path)) as db:
        text = "Intro.\n\n“We will win,” said Ann Lee."
        quote = {"start": 8, "end": 22, "text": "“We will win,”", "speaker": name,
                 "speaker_id": "ann-lee", "kind": "speech"}  # fmt: skip
        store.save_document(
            db, Document(id="d", text=text), records.result([quote], [{"id": "ann-lee",
                                                                        "name": name}])
        )  # fmt: skip
        store.confirm(db, store.quote_id("d", 8, 22), "kim")
    commands = [
        ["export", "--db", str(path), "-o", "-"],
        ["export", "--db", str(path), "--format", "jsonl", "-o", "-"],
        ["speakers", "--db", str(path), "--csv"],
        ["speakers", "--db", str(path), "--json"],
    ]
    for command in commands:
        shown = _on_a_terminal(command)
        assert b"We will win" in shown or b"ann-lee" in shown, (command, shown)
        for byte in (b"\x1b", b"\x07", "\u202e".encode()):
            assert byte not in shown, (command, byte, shown)
        piped = subprocess.run(
            [sys.executable, "-m", "quotetui", *command], capture_output=True, timeout=60
        ).stdout
        # Into a pipe or a file the records are the data, exactly.
        assert "\u202e".encode() in piped or b"\\u202e" in piped, (command, piped)


def test_a_backup_that_cannot_be_written_names_the_file_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    path = make_db(tmp_path / "q.db", decided=True)
    dest = tmp_path / "no-such-folder" / "backup.db"
    db = store.open_db(path)
    with contextlib.closing(db), pytest.raises(store.BackupFailed, match=f"cannot write {dest}"):
        store.backup_database(db, path, dest)
    # A folder where the copy should go: the rename over it fails after the copy is made.
    folder = tmp_path / "out"
    (folder / "backup.db").mkdir(parents=True)
    db = store.open_db(path)
    with contextlib.closing(db), pytest.raises(store.BackupFailed, match="cannot write"):
        store.backup_database(db, path, folder / "backup.db")
    assert sorted(p.name for p in folder.iterdir()) == ["backup.db"]
    assert (folder / "backup.db").is_dir()
