"""Exporting quotes: real SQLite files, documents saved and decided through the store API."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import resource
import signal
from pathlib import Path
from typing import Any

import pytest
import records
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetui import store
from quotetui.cli import main
from quotetui.export import (
    COLUMNS,
    EXPORT_COLUMNS,
    FORMULA_TRIGGERS,
    Column,
    UnknownSpeaker,
    _csv_style,
    _write_rows,
    export_quotes,
)
from quotetui.model import Document, DocumentResult
from quotetui.store import export_query as _query

# Four paragraphs. Quotes hold commas, straight quotes inside curly ones, Korean and Cyrillic;
# the last one runs over a paragraph break, so its text holds a newline.
P1 = "Minister Kim Min-jun said “We will respond, firmly and fast,” at a briefing in Seoul."
P2 = '“Nobody said "never", not once,” the envoy added, “협력은 계속될 것입니다.”'
P3 = "Georgy Zinoviev was blunt. “Прогресс очевиден,"
P4 = "но работа не закончена,” he told reporters."
TEXT = "\n".join([P1, P2, P3, P4])
Q_KIM = "“We will respond, firmly and fast,”"
Q_NOBODY = '“Nobody said "never", not once,”'
Q_KOREAN = "“협력은 계속될 것입니다.”"
Q_RUSSIAN = "“Прогресс очевиден,\nно работа не закончена,”"

SPEAKERS = {
    "kim-min-jun": {
        "id": "kim-min-jun",
        "name": "Kim Min-jun",
        "kind": "person",
        "aliases": ["Minister Kim Min-jun", "Kim"],
    },
    "envoy": {"id": "envoy", "name": "the envoy", "kind": "unnamed", "aliases": []},
    "georgy-zinoviev": {
        "id": "georgy-zinoviev",
        "name": "Georgy Zinoviev",
        "kind": "person",
        "aliases": ["Zinoviev", "Russian Ambassador Georgy Zinoviev"],
    },
}
# quote text → (speaker id, occasion, occasion date, confidence)
QUOTES = {
    Q_KIM: ("kim-min-jun", "briefing in Seoul", "2026-02-11", 0.93),
    Q_NOBODY: ("envoy", None, None, 0.5),
    Q_KOREAN: ("envoy", None, None, None),
    Q_RUSSIAN: ("georgy-zinoviev", "remarks to reporters", "2026-02", 0.8),
}


def make_doc(doc_id: str = "d1", text: str = TEXT, **extra: Any) -> Document:
    fields = {
        "id": doc_id,
        "title": "Envoy speaks, minister answers",
        "source": "Daily",
        "url": f"https://example.org/{doc_id}",
        "date": "2026-02-13",
        "text": text,
        "path": None,
    }
    return Document(**{**fields, **extra})


def make_result(text: str = TEXT, quotes: dict | None = None) -> DocumentResult:
    quotes = QUOTES if quotes is None else quotes
    built = []
    for quote, (sid, occasion, occasion_date, confidence) in quotes.items():
        start = text.index(quote)
        built.append(
            {
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": SPEAKERS[sid]["name"] if sid else None,
                "speaker_id": sid,
                "speaker_mention": None,
                "speaker_start": None,
                "speaker_end": None,
                "cue": "said",
                "cue_start": None,
                "cue_end": None,
                "kind": "speech",
                "partial": False,
                "occasion": occasion,
                "occasion_date": occasion_date,
                "confidence": confidence,
                "method": "test",
            }
        )
    used = sorted({sid for sid, *_ in quotes.values() if sid})
    return records.result(built, [SPEAKERS[s] for s in used])


def save(db, doc_id: str = "d1", text: str = TEXT, quotes: dict | None = None, **extra: Any):
    return store.save_document(db, make_doc(doc_id, text, **extra), make_result(text, quotes))


def qid(quote: str, doc_id: str = "d1", text: str = TEXT) -> str:
    start = text.index(quote)
    return store.quote_id(doc_id, start, start + len(quote))


def read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with open(path, newline="", encoding=encoding) as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["quote_id"]: row for row in rows}


@pytest.fixture
def verified(db):
    """The document saved, three quotes confirmed, the Korean one left unreviewed."""
    save(db)
    for quote in (Q_KIM, Q_NOBODY, Q_RUSSIAN):
        store.confirm(db, qid(quote), "ana")
    return db


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- CSV content


def test_csv_round_trip_keeps_every_character(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out) == 3
    rows = read_csv(out)
    assert [r["quote"] for r in rows] == [Q_KIM, Q_NOBODY, Q_RUSSIAN]
    kim = by_id(rows)[qid(Q_KIM)]
    assert kim == {
        "quote_id": qid(Q_KIM),
        "quote": Q_KIM,
        "speaker": "Kim Min-jun",
        "speaker_aliases": "Kim; Minister Kim Min-jun",  # sorted, without the name itself
        "occasion": "briefing in Seoul",
        # Issue 14 added the structured occasion's columns; this fixture's engine gives none.
        "occasion_type": "",
        "occasion_place": "",
        "occasion_date": "2026-02-11",
        "occasion_date_text": "",
        "occasion_date_source": "",
        "document_id": "d1",
        "title": "Envoy speaks, minister answers",
        "source": "Daily",
        "url": "https://example.org/d1",
        "published": "2026-02-13",
        "paragraph": P1,
        "status": "confirmed",
        "reviewer": "ana",
        "reviewed_at": kim["reviewed_at"],
        "engine_speaker": "Kim Min-jun",
        "confidence": "0.93",
        "recheck": "",  # issue 11: the column added for decisions marked for re-review
        # Issue 15: the evidence; this fixture's engine gives no mention span.
        "mention": "",
        "cue": "said",
        "kind": "speech",
        "speaker_id": "kim-min-jun",
        "speaker_kind": "person",
        "method": "test",
        "start": str(TEXT.index(Q_KIM)),
        "end": str(TEXT.index(Q_KIM) + len(Q_KIM)),
        "note": "",
        "flag": "0",
        "quote_plain": "We will respond, firmly and fast",
    }
    assert kim["reviewed_at"].startswith("20")
    nobody = by_id(rows)[qid(Q_NOBODY)]
    assert nobody["paragraph"] == P2
    assert nobody["speaker_aliases"] == ""
    assert nobody["occasion"] == nobody["occasion_date"] == ""


def test_csv_is_rfc4180_with_crlf_and_no_bom(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_quotes(verified, out)
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    assert text.endswith("\r\n")
    # Embedded quote marks are doubled inside a quoted field; the newline inside the Russian
    # quote stays a bare LF inside its quoted field.
    assert '"“Nobody said ""never"", not once,”"' in text
    assert '"“Прогресс очевиден,\nно работа не закончена,”"' in text
    assert text.count("\r\n") == 4  # header and three records: no CRLF inside any cell


def test_quote_over_two_paragraphs_gets_both(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_quotes(verified, out)
    row = by_id(read_csv(out))[qid(Q_RUSSIAN)]
    assert row["paragraph"] == P3 + "\n" + P4
    assert row["occasion_date"] == "2026-02"


FREE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",\"\r\n\t =+-@;“”‘’'\\")),
        st.characters(blacklist_categories=("Cs",)),  # SQLite text cannot hold lone surrogates
    ),
    max_size=20,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(occasion=FREE_TEXT, occasion_date=FREE_TEXT, reviewer=FREE_TEXT.filter(bool))
def test_any_text_survives_the_csv_round_trip(
    verified, occasion: str, occasion_date: str, reviewer: str
) -> None:
    store.correct(verified, qid(Q_KIM), reviewer, occasion=occasion, occasion_date=occasion_date)
    for raw in (True, False):
        out = io.BytesIO()
        export_quotes(verified, out, raw=raw)
        text = out.getvalue().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        # Byte for byte what the csv module writes (RFC 4180, minimal quoting, CRLF).
        again = io.StringIO(newline="")
        writer = csv.writer(again, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerows([COLUMNS, *(r.values() for r in rows)])
        assert text == again.getvalue()
        row = by_id(rows)[qid(Q_KIM)]
        got = (row["occasion"], row["occasion_date"], row["reviewer"])
        expected = [occasion, occasion_date, reviewer]
        if not raw:
            expected = ["'" + v if v[:1] in FORMULA_TRIGGERS else v for v in expected]
        assert got == tuple(expected)
        assert row["quote"] == Q_KIM and row["paragraph"] == P1


def test_a_column_is_one_declaration(verified) -> None:
    # Issue 15 made kind, cue and mention standard columns: these declare them again under
    # names of their own.
    columns = (*EXPORT_COLUMNS[:2], Column("x_kind", "quote.kind"), Column("x_cue", "quote.cue"),
               Column("x_mention", "quote.speaker_mention", lambda v: (v or "").upper()),
               *EXPORT_COLUMNS[2:], Column("engine_aliases", "engine_speaker.aliases", "|".join),
               Column("doc_path", "document.path", repeats=True))  # fmt: skip
    out = io.StringIO(newline="")
    assert _write_rows(out, verified, ["confirmed"], None, _csv_style(True), columns) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert list(rows[0]) == [c.name for c in columns]
    kim = by_id(rows)[qid(Q_KIM)]
    assert (kim["x_kind"], kim["x_cue"], kim["x_mention"]) == ("speech", "said", "")
    assert kim["engine_aliases"] == "Kim|Minister Kim Min-jun"
    # The declared columns are as in the standard export, around the new ones.
    standard = io.BytesIO()
    export_quotes(verified, standard, statuses=["confirmed"], raw=True)
    rows = list(csv.DictReader(io.StringIO(standard.getvalue().decode("utf-8"), newline="")))
    assert {k: v for k, v in kim.items() if k in COLUMNS} == by_id(rows)[qid(Q_KIM)]


def test_an_unknown_column_source_is_refused(verified) -> None:
    with pytest.raises(ValueError, match="quote.speaker_shoe_size"):
        _write_rows(io.StringIO(), verified, ["confirmed"], None, _csv_style(False),
                    (Column("shoe", "quote.speaker_shoe_size"),))  # fmt: skip


def test_the_readme_lists_the_export_columns() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `quotetui export") :]
    listed = section[section.index("`quote_id") : section.index("`. RFC 4180")]
    assert tuple(" ".join(listed.strip("`").split()).split(", ")) == COLUMNS


# --------------------------------------------------------------------------- filters


def test_default_is_confirmed_and_corrected_only(verified, tmp_path: Path) -> None:
    store.reject(verified, qid(Q_NOBODY), "ana")
    store.correct(verified, qid(Q_KOREAN), "ana", occasion="phone call")
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out) == 3
    assert {r["quote"]: r["status"] for r in read_csv(out)} == {
        Q_KIM: "confirmed",
        Q_KOREAN: "corrected",
        Q_RUSSIAN: "confirmed",
    }


def test_all_statuses_and_a_status_list(verified, tmp_path: Path) -> None:
    store.reject(verified, qid(Q_NOBODY), "ana")
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out, all_statuses=True) == 4
    assert {r["status"] for r in read_csv(out)} == {"confirmed", "rejected", "unreviewed"}
    assert export_quotes(verified, out, statuses=["rejected", "unreviewed"]) == 2
    assert [r["quote"] for r in read_csv(out)] == [Q_NOBODY, Q_KOREAN]
    assert export_quotes(verified, out, statuses="unreviewed") == 1
    with pytest.raises(ValueError, match="'approved'"):
        export_quotes(verified, out, statuses=["confirmed", "approved"])
    with pytest.raises(ValueError, match="no statuses"):
        export_quotes(verified, out, statuses=[])


@pytest.mark.parametrize(
    "names",
    [
        ["georgy-zinoviev"],
        ["Georgy Zinoviev"],
        ["zinoviev"],
        ["RUSSIAN AMBASSADOR GEORGY ZINOVIEV"],
    ],
)
def test_speaker_by_id_name_or_alias(verified, tmp_path: Path, names: list[str]) -> None:
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out, speakers=names) == 1
    assert [r["quote"] for r in read_csv(out)] == [Q_RUSSIAN]


def test_several_speakers_and_the_effective_speaker_counts(verified, tmp_path: Path) -> None:
    # Corrected to Zinoviev: a Zinoviev export has it, a Kim export no longer does.
    store.correct(verified, qid(Q_KIM), "ana", "Zinoviev")
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out, speakers=["Zinoviev"]) == 2
    assert export_quotes(verified, out, speakers=["kim-min-jun"]) == 0
    assert export_quotes(verified, out, speakers=["Kim", "the envoy"]) == 1
    assert [r["quote"] for r in read_csv(out)] == [Q_NOBODY]


def test_unknown_speaker_is_named_and_nothing_is_written(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("earlier export")
    with pytest.raises(UnknownSpeaker, match="Nobody Known") as caught:
        export_quotes(verified, out, speakers=["Zinoviev", "Nobody Known"])
    assert caught.value.name == "Nobody Known"
    assert out.read_text() == "earlier export"
    assert no_temp_files(tmp_path)


def test_a_merged_speaker_exports_as_the_one_it_was_merged_into(verified, tmp_path: Path) -> None:
    store.merge_speakers(verified, "envoy", "georgy-zinoviev", "ana")
    out = tmp_path / "out.csv"
    assert export_quotes(verified, out, speakers=["envoy"]) == 2
    rows = read_csv(out)
    assert {r["speaker"] for r in rows} == {"Georgy Zinoviev"}
    assert "the envoy" in rows[0]["speaker_aliases"].split("; ")


def test_stale_quotes_are_not_exported(verified, tmp_path: Path) -> None:
    # The article is edited so the engine no longer finds the confirmed Kim quote.
    edited = TEXT.replace(Q_KIM, "that they would respond")
    save(verified, text=edited, quotes={k: v for k, v in QUOTES.items() if k != Q_KIM})
    assert store.get_quote(verified, qid(Q_KIM)).stale
    out = tmp_path / "out.csv"
    export_quotes(verified, out, all_statuses=True)
    assert Q_KIM not in {r["quote"] for r in read_csv(out)}
    assert len(read_csv(out)) == 3


# --------------------------------------------------------------------------- corrections


def test_the_analysts_corrections_win(verified, tmp_path: Path) -> None:
    store.correct(
        verified,
        qid(Q_KIM),
        "ben",
        "Park Ji-won",  # a new speaker, created by the correction
        occasion="interview with KBS",
        occasion_date="2026-02-12",
    )
    # occasion=None: the analyst says there was no occasion, whatever the engine found.
    store.correct(verified, qid(Q_RUSSIAN), "ben", occasion=None, occasion_date=None)
    out = tmp_path / "out.csv"
    rows = by_id(read_csv(out)) if export_quotes(verified, out) else {}
    kim = rows[qid(Q_KIM)]
    assert (kim["speaker"], kim["occasion"], kim["occasion_date"]) == (
        "Park Ji-won",
        "interview with KBS",
        "2026-02-12",
    )
    assert (kim["status"], kim["reviewer"], kim["engine_speaker"]) == (
        "corrected",
        "ben",
        "Kim Min-jun",
    )
    russian = rows[qid(Q_RUSSIAN)]
    assert (russian["occasion"], russian["occasion_date"]) == ("", "")
    assert russian["speaker"] == russian["engine_speaker"] == "Georgy Zinoviev"


# --------------------------------------------------------------------------- neutralisation


@pytest.mark.parametrize("trigger", sorted(FORMULA_TRIGGERS))
def test_formula_cells_are_neutralised(db, tmp_path: Path, trigger: str) -> None:
    save(db, title=f'{trigger}HYPERLINK("http://x")')
    formula = f"{trigger}SUM(A1:A9)"
    store.correct(db, qid(Q_KIM), f"{trigger}cmd", occasion=formula)
    out = tmp_path / "out.csv"
    export_quotes(db, out)
    row = read_csv(out)[0]
    assert row["occasion"] == "'" + formula
    assert row["reviewer"] == f"'{trigger}cmd"
    assert row["title"] == f'\'{trigger}HYPERLINK("http://x")'
    # Only the first character counts.
    assert row["paragraph"] == P1 and "-" in row["paragraph"]

    export_quotes(db, out, raw=True)
    row = read_csv(out)[0]
    assert row["occasion"] == formula
    assert row["reviewer"] == f"{trigger}cmd"


# --------------------------------------------------------------------------- outputs


def test_excel_adds_a_bom(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_quotes(verified, out, excel=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfquote_id,")
    assert read_csv(out, encoding="utf-8-sig")[0]["quote"] == Q_KIM
    stream = io.BytesIO()
    export_quotes(verified, stream, excel=True)
    assert stream.getvalue() == data
    with pytest.raises(ValueError, match="CSV only"):
        export_quotes(verified, out, fmt="jsonl", excel=True)


def test_streams_get_the_same_bytes_and_stay_open(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_quotes(verified, out)
    binary = io.BytesIO()
    assert export_quotes(verified, binary) == 3
    assert binary.getvalue() == out.read_bytes()
    assert not binary.closed
    text = io.StringIO(newline="")
    export_quotes(verified, text)
    assert text.getvalue().encode("utf-8") == out.read_bytes()


def test_jsonl_has_the_same_records_unneutralised(verified, tmp_path: Path) -> None:
    store.correct(verified, qid(Q_NOBODY), "=ana", occasion="@channel")
    csv_out, jsonl_out = tmp_path / "out.csv", tmp_path / "out.jsonl"
    assert export_quotes(verified, csv_out, raw=True) == 3
    assert export_quotes(verified, jsonl_out, fmt="jsonl") == 3
    data = jsonl_out.read_text(encoding="utf-8")
    assert "Прогресс" in data and "\\u" not in data  # ensure_ascii=False
    lines = data.splitlines()
    records = [json.loads(line) for line in lines]
    for line, record in zip(lines, records, strict=True):
        assert list(record) == list(COLUMNS)
        assert line == json.dumps(record, ensure_ascii=False)
    nobody = by_id(records)[qid(Q_NOBODY)]
    assert (nobody["reviewer"], nobody["occasion"]) == ("=ana", "@channel")
    assert nobody["confidence"] == 0.5
    assert nobody["occasion_date"] is None
    # Same values as the raw CSV, where null is an empty cell and numbers are text.
    as_text = [{k: "" if v is None else str(v) for k, v in r.items()} for r in records]
    assert as_text == read_csv(csv_out)


def test_order_is_document_then_position_and_stable(db, tmp_path: Path) -> None:
    # Saved out of order; quote ids (hashes) are in no useful order either.
    for doc_id in ("d3", "d1", "d2"):
        save(db, doc_id)
        for quote in QUOTES:
            store.confirm(db, qid(quote, doc_id), "ana")
    out = tmp_path / "out.csv"
    assert export_quotes(db, out) == 12
    rows = read_csv(out)
    expected = [
        (d, TEXT.index(q)) for d in ("d1", "d2", "d3") for q in sorted(QUOTES, key=TEXT.index)
    ]
    assert [(r["document_id"], TEXT.index(r["quote"])) for r in rows] == expected
    first = out.read_bytes()
    export_quotes(db, out)
    assert out.read_bytes() == first
    # A speaker export (read through another index, then sorted) keeps the same order.
    export_quotes(db, out, speakers=["the envoy"])
    assert [r["document_id"] for r in read_csv(out)] == ["d1", "d1", "d2", "d2", "d3", "d3"]


def test_a_large_export_streams_in_position_order_without_sorting(verified) -> None:
    sql, params = _query(verified, ["confirmed", "corrected"], None)
    plan = " ".join(row[3] for row in verified.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "idx_quotes_pos" in plan
    assert "TEMP B-TREE" not in plan


def test_nothing_to_export_writes_the_header(db, tmp_path: Path) -> None:
    save(db)
    out = tmp_path / "out.csv"
    assert export_quotes(db, out) == 0
    assert out.read_bytes() == (",".join(COLUMNS) + "\r\n").encode()


# --------------------------------------------------------------------------- atomic writes


@contextlib.contextmanager
def file_size_limit(limit: int):
    """Writes past ``limit`` bytes fail with EFBIG, as on a full disk: a real failure midway."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def test_a_failure_midway_leaves_the_old_file_and_no_temp_file(db, tmp_path: Path) -> None:
    # 160 rows of over 10 kB each (the title repeats on every row): the first write to disk
    # comes after about a megabyte of rows, long before the last row is read.
    for n in range(40):
        save(db, f"d{n:02d}", title="A long title. " * 750)
        for quote in QUOTES:
            store.confirm(db, qid(quote, f"d{n:02d}"), "ana")
    out = tmp_path / "export.csv"
    out.write_text("the earlier export\n")
    with file_size_limit(8192), pytest.raises(OSError) as caught:
        export_quotes(db, out)
    assert caught.value.errno == errno.EFBIG
    assert out.read_text() == "the earlier export\n"
    assert no_temp_files(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} - {"quotetui.db-wal", "quotetui.db-shm"} == {
        "export.csv",
        "quotetui.db",
    }
    # Nothing else was harmed: the same export succeeds once the disk has room.
    assert export_quotes(db, out) == 160
    assert len(read_csv(out)) == 160


def test_a_closed_stream_fails_cleanly(verified) -> None:
    stream = io.BytesIO()
    stream.close()
    with pytest.raises(ValueError):
        export_quotes(verified, stream)
    # The read cursor was closed: the connection writes at once.
    store.confirm(verified, qid(Q_KOREAN), "ana")


def test_replacing_keeps_the_old_files_permissions(verified, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old")
    os.chmod(out, 0o640)
    export_quotes(verified, out)
    assert out.stat().st_mode & 0o777 == 0o640
    assert no_temp_files(tmp_path)


# --------------------------------------------------------------------------- command line


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_stdout_is_clean_data_and_the_report_goes_to_stderr(
    verified, db_path: Path, runner: CliRunner
) -> None:
    result = runner.invoke(main, ["export", "--db", str(db_path), "-o", "-"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))
    assert [r["quote"] for r in rows] == [Q_KIM, Q_NOBODY, Q_RUSSIAN]
    assert "Exported 3 quotes to stdout" in result.stderr
    assert "Exported" not in result.stdout


def test_cli_default_file_filters_and_formats(
    verified, db_path: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    result = runner.invoke(main, ["export", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Exported 3 quotes to quotetui-export.csv"
    assert len(read_csv(folder / "quotetui-export.csv")) == 3

    result = runner.invoke(
        main,
        [
            "export",
            "--db",
            str(db_path),
            "--format",
            "jsonl",
            "--speaker",
            "Zinoviev",
            "--speaker",
            "kim-min-jun",
            "--status",
            "confirmed",
            "--status",
            "corrected,rejected",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Exported 2 quotes to quotetui-export.jsonl" in result.stdout
    lines = (folder / "quotetui-export.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["quote"] for line in lines] == [Q_KIM, Q_RUSSIAN]

    result = runner.invoke(main, ["export", "--db", str(db_path), "--all", "-o", "a.csv"])
    assert "Exported 4 quotes to a.csv" in result.stdout

    result = runner.invoke(
        main, ["export", "--db", str(db_path), "--excel", "--raw", "-o", "x.csv"]
    )
    assert (folder / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "confirmed,approved"], "unknown status 'approved'"),
        (["--status", ","], "no status given"),
        (["--all", "--status", "rejected"], "not both"),
        (["--format", "jsonl", "--excel"], "CSV only"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--speaker", "Nobody Known"], "no speaker matches 'Nobody Known'"),
    ],
)
def test_cli_usage_errors(
    verified, db_path: Path, runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "never.csv"
    result = runner.invoke(main, ["export", "--db", str(db_path), "-o", str(out), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not out.exists()


def test_cli_reports_an_unwritable_destination_and_a_missing_db(
    verified, db_path: Path, runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder.csv"
    result = runner.invoke(main, ["export", "--db", str(db_path), "-o", str(target)])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_cli_says_how_to_get_more_when_nothing_is_verified(
    db, db_path: Path, runner: CliRunner, tmp_path: Path
) -> None:
    save(db)
    result = runner.invoke(main, ["export", "--db", str(db_path), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 0
    assert "Exported 0 quotes" in result.stdout
    assert "--all" in result.stderr


# --------------------------------------------------------------------------- paragraphs


def test_export_does_not_load_spacy(tmp_path: Path) -> None:
    # The exporter shares the engine's paragraph rule without paying for spaCy's import.
    import subprocess
    import sys

    code = "import sys, quotetui.export; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- bundled corpus


def test_bundled_corpus_export(corpus_dir: Path, db_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(corpus_dir), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = store.open_db(db_path)
    try:
        quotes = list(store.iter_quotes(db))
        speech = [q for q in quotes if q.kind != "term" and q.speaker_id]
        for quote in speech[:3]:
            store.confirm(db, quote.id, "ana")
        corrected = speech[3]
        store.correct(db, corrected.id, "ana", "Maria Zakharova")
        out = tmp_path / "corpus.csv"
        assert export_quotes(db, out) == 4
    finally:
        db.close()
    rows = read_csv(out)
    assert [r["quote_id"] for r in rows] == sorted(
        [q.id for q in speech[:4]],
        key=lambda i: next((q.document_id, q.start) for q in quotes if q.id == i),
    )
    row = by_id(rows)[corrected.id]
    assert row["speaker"] == "Maria Zakharova"
    assert row["engine_speaker"] == corrected.engine_speaker_name
    assert row["status"] == "corrected"
    for row in rows:
        text = next(q for q in quotes if q.id == row["quote_id"])
        assert row["quote"] == text.text
        assert row["quote"] in row["paragraph"]
        assert "\n" not in row["paragraph"]  # one-paragraph quotes in this corpus


# --------------------------------------------------------------------------- structured occasions


def _structured_result() -> DocumentResult:
    """Kim's words read with their occasion in the text; the envoy's carried from it; the
    Korean quote undated (the publication date is no stand-in)."""
    base = make_result().to_prediction()["quotes"]
    by_text = {q["text"]: q for q in base}
    by_text[Q_KIM].update(
        occasion="briefing", occasion_type="press", occasion_place="Seoul",
        occasion_date="2026-02-11", occasion_date_text="on Wednesday",
        occasion_date_start=0, occasion_date_end=12,
        occasion_date_source="text", occasion_start=0, occasion_end=8,
    )  # fmt: skip
    by_text[Q_NOBODY].update(
        occasion="briefing", occasion_type="press", occasion_place="Seoul",
        occasion_date="2026-02-11", occasion_date_text="on Wednesday",
        occasion_date_source="carried", occasion_start=0, occasion_end=8,
    )  # fmt: skip
    by_text[Q_KOREAN].update(occasion=None, occasion_date=None)
    used = sorted({sid for sid, *_ in QUOTES.values() if sid})
    return records.result(base, [SPEAKERS[s] for s in used])


def test_occasion_columns_round_trip_through_csv(db, tmp_path: Path) -> None:
    store.save_document(db, make_doc(), _structured_result())
    for quote in (Q_KIM, Q_NOBODY, Q_KOREAN):
        store.confirm(db, qid(quote), "ana")
    # The analyst gives the Russian quote its own occasion, type and place (no date).
    store.correct(
        db, qid(Q_RUSSIAN), "ben", occasion="interview with KBS", occasion_type="interview",
        occasion_place="Seoul", occasion_date=None,
    )  # fmt: skip
    out = tmp_path / "out.csv"
    assert export_quotes(db, out) == 4
    rows = by_id(read_csv(out))
    kim, nobody = rows[qid(Q_KIM)], rows[qid(Q_NOBODY)]
    korean, russian = rows[qid(Q_KOREAN)], rows[qid(Q_RUSSIAN)]
    fields = ("occasion", "occasion_type", "occasion_place", "occasion_date",
              "occasion_date_text", "occasion_date_source", "published")  # fmt: skip
    assert [kim[f] for f in fields] == [
        "briefing", "press", "Seoul", "2026-02-11", "on Wednesday", "text", "2026-02-13"
    ]  # fmt: skip
    assert (nobody["occasion_date"], nobody["occasion_date_source"]) == ("2026-02-11", "carried")
    # Undated: no date, no words, no source; the publication date only in its own column.
    assert [korean[f] for f in fields[3:]] == ["", "", "", "2026-02-13"]
    assert [russian[f] for f in fields] == [
        "interview with KBS", "interview", "Seoul", "", "", "", "2026-02-13"
    ]  # fmt: skip


def test_an_occasion_type_outside_the_closed_set_is_refused(db) -> None:
    save(db)
    with pytest.raises(ValueError, match="chat show"):
        store.correct(db, qid(Q_KIM), "ana", occasion_type="chat show")
