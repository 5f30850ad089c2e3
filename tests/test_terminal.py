"""Article text and ids are data, never terminal control, wherever the command line shows them
(quotetui.terminal): on a terminal every control, format and separator character shows as its
escape; into a file or a pipe the records are the data, exactly. Hostile ids, names and text
are written by hand here and go through the real commands, on a pseudo-terminal where it
matters whether stdout is one."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_safety import _on_a_terminal

from quotetui import store, terminal
from quotetui.cli import main
from quotetui.model import Document, DocumentResult, QuoteRecord, SpeakerKind, SpeakerRecord

# What can drive or deceive a terminal: ESC (clear screen, set the title, a link), BEL, a lone
# CR (the rest of the line overwrites its start), C1 controls (CSI, NEL) and bidi overrides
# and isolates (the line shown in another order than it is).
ESC, BEL, CR, CSI, NEL, RLO, LRI = "\x1b", "\x07", "\r", "\x9b", "\x85", "\u202e", "\u2066"
HOSTILE_ID = f"doc{ESC}]0;owned{BEL}{RLO}{CSI}{NEL}"
HOSTILE_NAME = f"Nolan {ESC}[2JRyan{RLO}{CSI}{LRI}"
HOSTILE_QUOTE = f"“We{CR} will{ESC}[31m win{RLO},”"
NOTE = f"=HYPERLINK(1){CR}{ESC}[5m"


def _article(doc_id: str, title: str, *said: tuple[str, SpeakerRecord]) -> tuple:
    text, quotes = "", []
    for words, speaker in said:
        start = len(text)
        text += words + " someone said.\n\n"
        quotes.append(
            QuoteRecord(start, start + len(words), words, speaker=speaker.name,
                        speaker_id=speaker.id)
        )  # fmt: skip
    return (
        Document(id=doc_id, title=title, text=text),
        DocumentResult(doc_id, tuple(quotes), tuple(s for _, s in said)),
    )


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two Ryans the store offers as possible duplicates, one renamed to a hostile name; a
    document id, title, quote and note full of terminal control; every quote confirmed."""
    path = tmp_path_factory.mktemp("terminal") / "hostile.db"
    person = SpeakerKind.PERSON
    with contextlib.closing(store.open_db(path)) as db:
        store.save_documents(
            db,
            [
                _article(HOSTILE_ID, f"Title{ESC}[1m{RLO}",
                         (HOSTILE_QUOTE, SpeakerRecord("nolan-ryan", "Nolan Ryan", person))),
                _article("paul", "Paul", ("“Taxes,”", SpeakerRecord("paul-ryan", "Paul Ryan",
                                                                     person))),
                # A bare "Ryan" with two people of that surname: offered with each.
                _article("plain", "Plain", ("“Maybe,”", SpeakerRecord("ryan", "Ryan", person))),
            ],
        )  # fmt: skip
        store.resolve_identity(db)
        nolan = store.find_speaker(db, "Nolan Ryan")
        assert nolan is not None and store.list_duplicates(db)
        store.rename_speaker(db, nolan.id, HOSTILE_NAME, "kim")
        for row in db.execute("SELECT id FROM quotes").fetchall():
            store.confirm(db, row[0], "kim")
            store.set_note(db, row[0], "kim", NOTE)
    return path


UNSAFE_BYTES = [ESC.encode(), BEL.encode(), CSI.encode(), NEL.encode(), RLO.encode(),
                LRI.encode()]  # fmt: skip


def assert_harmless(shown: bytes, command: list[str]) -> None:
    for unsafe in UNSAFE_BYTES:
        assert unsafe not in shown, (command, unsafe, shown)
    # A pseudo-terminal turns each newline into CRLF (a CSV line's CRLF into CR CRLF); any
    # other CR came from the data.
    assert not re.search(rb"\r(?!\n)", shown.replace(b"\r\n", b"\n")), (command, shown)


def test_the_one_place_shows_every_unsafe_character_as_its_escape() -> None:
    hostile = f"a{ESC}[2J{BEL}{CR}{CSI}{NEL}{RLO}{LRI}\u200b\u2028\tb\n"
    assert terminal.escaped(hostile) == (
        "a\\x1b[2J\\x07\\r\\x9b\\x85\\u202e\\u2066\\u200b\\u2028\\tb\\n"
    )
    # Lines and tabs of a record stay; a CR is data (no record line ends in a lone CR).
    assert terminal.visible(hostile) == (
        "a\\x1b[2J\\x07\\r\\x9b\\x85\\u202e\\u2066\\u200b\\u2028\tb\n"
    )
    line = json.dumps({"name": hostile}, ensure_ascii=False)
    shown = terminal.json_visible(line)
    assert not any(ch in shown for ch in (CSI, NEL, RLO, LRI, "\u200b", "\u2028"))
    assert json.loads(shown) == {"name": hostile}  # still the same JSON
    assert terminal.escaped("Zoë Ødegaard “quoted” 中文") == "Zoë Ødegaard “quoted” 中文"
    # One definition: the review app's line filter drops exactly these code points.
    from quotetui.tui import text as tui_text

    assert tui_text.UNSAFE is terminal.UNSAFE


@pytest.mark.parametrize(
    "args",
    [
        ["export", "-o", "-"],
        ["export", "-o", "/dev/stdout"],
        ["export", "--format", "jsonl", "-o", "-"],
        ["export", "--format", "jsonl", "-o", "/dev/stdout"],
        ["export", "--excel", "--raw", "-o", "/dev/stdout"],
        ["speakers"],
        ["speakers", "--csv"],
        ["speakers", "--json"],
        ["speakers", "--duplicates"],
        ["speakers", "--duplicates", "--json"],
        ["speakers", "--why", "nolan-ryan"],
        ["search", "win"],
        ["search", "--json", "win"],
    ],
)
def test_data_on_a_terminal_cannot_drive_it(hostile_db: Path, args: list[str]) -> None:
    command = [*args, "--db", str(hostile_db)]
    shown = _on_a_terminal(command)
    assert_harmless(shown, command)
    # The data is all there, as escapes a reader sees.
    assert b"\\x1b" in shown or b"\\u001b" in shown or b"owned" in shown, (command, shown)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_to_a_file_or_a_pipe_keeps_the_data_exact(
    hostile_db: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        main, ["export", "--db", str(hostile_db), "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    piped = subprocess.run(
        [sys.executable, "-m", "quotetui", "export", "--db", str(hostile_db), "--format", fmt,
         "-o", "-"],
        capture_output=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    written = out.read_bytes()
    assert written == piped
    text = written.decode("utf-8")
    if fmt == "csv":
        for value in (HOSTILE_ID, HOSTILE_QUOTE):
            assert value in text
        assert f"'{NOTE}" in text  # a formula is neutralised, the rest of the cell kept
        assert HOSTILE_NAME.replace(CR, " ") in text
    else:
        # Not splitlines(): NEL and the line separator in the data are no line ends of JSON.
        rows = [json.loads(line) for line in text.split("\n") if line]
        assert {r["document_id"] for r in rows} == {HOSTILE_ID, "paul", "plain"}
        assert HOSTILE_QUOTE in {r["quote"] for r in rows}
        assert NOTE in {r["note"] for r in rows}  # JSON Lines is never neutralised


@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_json_lines_on_a_terminal_read_back_to_the_same_records(
    hostile_db: Path, output: str
) -> None:
    command = ["export", "--db", str(hostile_db), "--format", "jsonl", "-o", output]
    shown = _on_a_terminal(command).replace(b"\r\n", b"\n").decode("utf-8")
    piped = subprocess.run(
        [sys.executable, "-m", "quotetui", *command[:-2], "-o", "-"],
        capture_output=True, timeout=120, check=True,
    ).stdout.decode("utf-8")  # fmt: skip
    records = [json.loads(line) for line in shown.split("\n") if line.startswith("{")]
    assert records == [json.loads(line) for line in piped.split("\n") if line]
    assert len(records) == 3


def test_eval_messages_and_misses_show_hostile_ids_and_names_as_escapes(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    quote = {"start": 0, "end": 9, "text": HOSTILE_QUOTE[:9], "speaker": HOSTILE_NAME,
             "speaker_canonical": HOSTILE_NAME, "kind": "direct"}  # fmt: skip
    gold.write_text(
        json.dumps({"doc_id": HOSTILE_ID, "quotes": [quote]}) + "\n"
        + json.dumps({"doc_id": f"broken{ESC}[2J", "quotes": "not a list"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    pred.write_text(json.dumps({"doc_id": HOSTILE_ID, "quotes": []}) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(main, ["eval", str(gold), str(pred), *extra])
        shown = result.output.encode("utf-8")
        assert_harmless(shown.replace(b"\r\n", b"\n"), ["eval", *extra])
        assert b"doc\\x1b]0;owned" in shown or b"doc\\u001b]0;owned" in shown, shown


def test_ingest_problems_naming_a_hostile_document_id_show_it_as_escapes(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    line = {"id": HOSTILE_ID, "text": "“We will win,” said Ann Lee, the mayor."}
    articles.write_text(json.dumps(line) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(articles), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    shown = result.output.encode("utf-8")
    assert b"duplicate id" in shown, shown
    assert_harmless(shown, ["ingest"])
