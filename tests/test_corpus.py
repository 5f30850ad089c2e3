"""Tests for the corpus reader: metadata, front matter, JSONL, bad inputs, walking, counting."""

from __future__ import annotations

import json
import logging
import os
import tracemalloc
from pathlib import Path

import pytest

from quotetui.corpus import Document, Problem, count_documents, read_documents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS_GOLD = Path("/work/shared/gold/seeds.gold.jsonl")
POLNEAR_DEV = Path("/work/shared/data/polnear/dev/docs.jsonl")


def read(*paths: str | os.PathLike[str]) -> tuple[list[Document], list[Problem]]:
    problems: list[Problem] = []
    docs = list(read_documents(list(paths), on_problem=problems.append))
    return docs, problems


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        # newline="" so "\r\n" in a test reaches the file unchanged
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(content)
    return path


def one_doc(tmp_path: Path, content: str | bytes, name: str = "a.txt") -> Document:
    docs, problems = read(write(tmp_path / name, content))
    assert problems == []
    assert len(docs) == 1
    return docs[0]


# --- the bundled corpus -----------------------------------------------------------------------

BUNDLED = {
    "000_7e5f5763173ea70b": (None, "2026-02-23"),
    "001_76b098cef252d179": (
        "Russian ambassador in Seoul thanks North Korean troops for 'liberation' of Kursk",
        "2026-02-13",
    ),
    "002_258d92ba8758082c": (None, None),
    "003_349974de507a0d9c": (None, None),
    "004_82426c862c5804d0": (
        "South Korea summons Russian ambassador over reports of North Korean troop deployment "
        "to Ukraine",
        "2024-10-21",
    ),
}


@pytest.mark.parametrize("doc_id", sorted(BUNDLED))
def test_bundled_file_metadata(doc_id: str) -> None:
    docs, problems = read(CORPUS / f"{doc_id}.txt")
    assert problems == []
    [doc] = docs
    assert (doc.id, doc.title, doc.date) == (doc_id, *BUNDLED[doc_id])
    assert doc.path == str(CORPUS / f"{doc_id}.txt")
    assert doc.source is None and doc.url is None


def test_bundled_folder_in_name_order_with_raw_text() -> None:
    docs, problems = read(CORPUS)
    assert problems == []
    assert [d.id for d in docs] == sorted(BUNDLED)
    for doc in docs:
        assert doc.text == (CORPUS / f"{doc.id}.txt").read_bytes().decode("utf-8")
    assert docs[0].text.startswith(" date 2026-02-23 Sign up now")


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared gold file not available")
def test_gold_offsets_index_into_the_text_as_read() -> None:
    docs = {d.id: d for d in read(CORPUS)[0]}
    checked = 0
    for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = docs[record["doc_id"]].text
        for quote in record["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            checked += 1
    assert checked > 0


# --- metadata in the first lines --------------------------------------------------------------

HEADERS = [
    # (file content, expected title, expected date)
    pytest.param(
        "Headline here\nPublished: 13 Feb. 2026, 16:46 Updated: 14 Feb. 2026, 16:48\nBody.\n",
        "Headline here",
        "2026-02-13",
        id="published-then-updated",
    ),
    pytest.param(
        "Headline here\nUpdated: 14 Feb. 2026 | Published: 13 Feb. 2026\nBody.\n",
        "Headline here",
        "2026-02-13",
        id="published-wins-over-updated-listed-first",
    ),
    pytest.param(
        "Headline here\nUpdated 14 Feb. 2026\nBody.\n",
        "Headline here",
        "2026-02-14",
        id="updated-as-last-resort",
    ),
    pytest.param(
        " date 2026-02-23 Sign up now: Get insights on fast-moving developments\n\n"
        "The banner went up on the embassy building.\n\nMore text.\n",
        None,
        "2026-02-23",
        id="date-token-then-boilerplate",
    ),
    pytest.param(
        " date 2024-10-21 A real headline about troops Monday, October 21, 2024 10:07:57 AM\n\n"
        "Body sentence.\n",
        "A real headline about troops",
        "2024-10-21",
        id="date-token-headline-and-stamp",
    ),
    pytest.param(
        "Headline with a stamp Tuesday, October 22, 2024\nBody sentence.\n",
        "Headline with a stamp",
        "2024-10-22",
        id="trailing-weekday-stamp",
    ),
    pytest.param(
        "Headline with a time Oct. 22, 2024 9:15 pm KST\nBody sentence.\n",
        "Headline with a time",
        "2024-10-22",
        id="trailing-time-stamp",
    ),
    pytest.param(
        "Protests planned for March 1, 2025\nBody sentence.\n",
        "Protests planned for March 1, 2025",
        None,
        id="headline-ending-in-plain-date-kept",
    ),
    pytest.param(
        "Headline here\nOctober 21, 2024\nBody.\n", "Headline here", "2024-10-21", id="date-line"
    ),
    pytest.param(
        "21 October 2024\nHeadline after the date\nBody.\n",
        "Headline after the date",
        "2024-10-21",
        id="date-line-before-headline",
    ),
    pytest.param(
        "Headline here\nDate: Oct. 21, 2024\nBody.\n",
        "Headline here",
        "2024-10-21",
        id="date-label",
    ),
    pytest.param(
        "Headline here\nPosted on Feb 13, 2026 by Jane Doe\nBody.\n",
        "Headline here",
        "2026-02-13",
        id="posted-on-with-byline",
    ),
    pytest.param(
        "Headline here\nBy Jane Doe\nPublished 2024-10-21T08:00:00Z\nBody.\n",
        "Headline here",
        "2024-10-21",
        id="byline-then-published",
    ),
    pytest.param(
        "By Jane Doe\nHeadline after byline\nBody.\n",
        "Headline after byline",
        None,
        id="byline-first",
    ),
    pytest.param(
        "Advertisement\nHeadline after chrome\nBody.\n",
        "Headline after chrome",
        None,
        id="chrome-line-skipped",
    ),
    pytest.param(
        "Is war coming?\nBody sentence.\n", "Is war coming?", None, id="question-headline"
    ),
    pytest.param(
        "A first sentence that ends with a period.\nMore body.\n",
        None,
        None,
        id="sentence-is-not-a-title",
    ),
    pytest.param("Only one short line\n", None, None, id="nothing-follows"),
    pytest.param("x" * 201 + "\nBody.\n", None, None, id="too-long-for-a-title"),
    pytest.param(
        "Headline here\nThe summit opens on Monday, October 21, 2024 10:00 AM in Seoul.\n",
        "Headline here",
        None,
        id="event-date-in-prose-ignored",
    ),
    pytest.param(
        "21 October 2024 was a day to remember.\nMore.\n",
        None,
        None,
        id="prose-starting-with-date",
    ),
    pytest.param(
        "Long first paragraph that is a sentence.\n— Jane Doe (@jdoe) October 22, 2024\nMore.\n",
        None,
        None,
        id="embedded-tweet-signature",
    ),
    pytest.param(
        "Headline\nb1.\nb2.\nb3.\nb4.\nPublished: 2024-10-21\n",
        "Headline",
        None,
        id="beyond-five-lines",
    ),
    pytest.param(
        "\n\n  Headline after blank lines  \n\nPublished: 2024-10-21\n\nBody.\n",
        "Headline after blank lines",
        "2024-10-21",
        id="blank-lines-not-counted",
    ),
    pytest.param(
        "Headline\r\nPublished: 2024-10-21\r\nBody.\r\n",
        "Headline",
        "2024-10-21",
        id="crlf",
    ),
]


@pytest.mark.parametrize(("content", "title", "date"), HEADERS)
def test_header_metadata(tmp_path: Path, content: str, title: str | None, date: str | None):
    doc = one_doc(tmp_path, content)
    assert (doc.title, doc.date) == (title, date)
    assert doc.text == content  # metadata is read, never cut out of the text


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    doc = one_doc(tmp_path, "# Talks in Seoul\n\n*21 October 2024*\n\nBody.\n", name="n.md")
    assert (doc.id, doc.title) == ("n", "Talks in Seoul")


def test_bom_dropped_and_nothing_else(tmp_path: Path) -> None:
    raw = " Leading space\r\nkept\r\n\ttab\n\n"
    doc = one_doc(tmp_path, b"\xef\xbb\xbf" + raw.encode("utf-8"))
    assert doc.text == raw


def test_ten_megabyte_article(tmp_path: Path) -> None:
    body = ("He said “it is fine,” and left. " * 40 + "\n") * 8000
    doc = one_doc(tmp_path, "Big headline\n" + body)
    assert len(doc.text) == len("Big headline\n") + len(body) > 10_000_000
    assert doc.title == "Big headline"


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    text = "word " * 2_100_000  # one 10 MB line: no title, no hang
    doc = one_doc(tmp_path, text)
    assert (doc.title, doc.date, len(doc.text)) == (None, None, len(text))


# --- front matter -----------------------------------------------------------------------------

FRONT = (
    "---\n"
    'title: "Front title"\n'
    "date: October 21, 2024\n"
    "source: Yonhap\n"
    "url: https://example.com/a?b=1\n"
    "id: custom-id\n"
    "tags: ignored\n"
    "---\n"
)


def test_front_matter_overrides_and_body_offsets(tmp_path: Path) -> None:
    body = "Title in body\nPublished: 2026-02-13\nHe said “yes” then.\n"
    doc = one_doc(tmp_path, FRONT + body, name="file-stem.md")
    assert doc == Document(
        id="custom-id",
        text=body,
        title="Front title",
        source="Yonhap",
        url="https://example.com/a?b=1",
        date="2024-10-21",
        path=str(tmp_path / "file-stem.md"),
    )
    start = doc.text.index("“yes”")
    assert doc.text[start : start + 5] == "“yes”"
    assert start == body.index("“yes”")


def test_front_matter_partial_keeps_detected_metadata(tmp_path: Path) -> None:
    doc = one_doc(tmp_path, "---\nsource: AFP\n---\n\nHeadline\nPublished 13 Feb 2026\nBody.\n")
    assert (doc.id, doc.source, doc.title, doc.date) == ("a", "AFP", "Headline", "2026-02-13")
    assert doc.text == "\nHeadline\nPublished 13 Feb 2026\nBody.\n"


def test_front_matter_crlf(tmp_path: Path) -> None:
    doc = one_doc(tmp_path, "---\r\ntitle: T\r\ndate: '2024-10-21'\r\n---\r\nBody line.\r\n")
    assert (doc.title, doc.date, doc.text) == ("T", "2024-10-21", "Body line.\r\n")


def test_front_matter_bad_date_is_a_problem_and_doc_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt", "---\ntitle: T\ndate: soon\n---\nHeadline\n2024-10-21\nBody.\n"
    )
    docs, problems = read(path)
    assert [d.date for d in docs] == ["2024-10-21"]
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(path), 3)
    assert "'soon'" in problems[0].message


def test_unclosed_front_matter_is_text(tmp_path: Path) -> None:
    content = "---\nJust a rule, then prose.\n"
    assert one_doc(tmp_path, content).text == content


def test_front_matter_without_body(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\ntitle: T\n---\n\n  \n")
    docs, problems = read(path)
    assert docs == []
    assert [(p.path, p.line) for p in problems] == [(str(path), 4)]
    assert "no text after the front matter" in problems[0].message


# --- bad inputs -------------------------------------------------------------------------------


def test_each_bad_file_one_problem_and_reading_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a_binary.txt", b"GIF89a\x00\x01\x02 not text")
    write(folder / "b_latin1.txt", b"ok line\nCaf" + b"\xe9 au lait\n")
    write(folder / "c_empty.txt", "")
    write(folder / "d_blank.md", " \n\t\n")
    write(folder / "e_utf16.txt", "hello".encode("utf-16"))
    write(folder / "z_good.txt", "Headline\nBody.\n")
    docs, problems = read(folder)
    assert [d.id for d in docs] == ["z_good"]
    by_file = {Path(p.path).name: p for p in problems}
    assert sorted(by_file) == [
        "a_binary.txt",
        "b_latin1.txt",
        "c_empty.txt",
        "d_blank.md",
        "e_utf16.txt",
    ]
    assert len(problems) == 5
    assert "binary" in by_file["a_binary.txt"].message
    latin = by_file["b_latin1.txt"]
    assert latin.line == 2
    assert "UTF-8" in latin.message and "0xe9" in latin.message and "offset 11" in latin.message
    assert str(latin) == f"{folder / 'b_latin1.txt'}:2: {latin.message}"
    assert "empty" in by_file["c_empty.txt"].message
    assert "empty" in by_file["d_blank.md"].message
    assert "UTF-16" in by_file["e_utf16.txt"].message


def test_missing_path_and_unsupported_explicit_file(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4")
    good = write(tmp_path / "good.txt", "Body.\n")
    missing = tmp_path / "nope.txt"
    docs, problems = read(missing, pdf, good)
    assert [d.id for d in docs] == ["good"]
    assert [p.path for p in problems] == [str(missing), str(pdf)]
    assert "no such file" in problems[0].message
    assert "'.pdf'" in problems[1].message and ".jsonl" in problems[1].message
    assert str(problems[0]) == f"{missing}: no such file or directory"


def test_unsupported_files_inside_folders_are_counted_in_a_note(tmp_path: Path) -> None:
    # Was "skipped silently" (issue 16: files a folder holds are never skipped without a word;
    # .html is read now, and this fragment holds no article).
    write(tmp_path / "a.pdf", b"%PDF")
    write(tmp_path / "b.html", "<p>x</p>")
    write(tmp_path / "c.TXT", "Upper-case suffix.\n")
    write(tmp_path / "d.csv", "a,b\n")
    write(tmp_path / "sub" / "e.csv", "a,b\n")
    write(tmp_path / "README", "notes\n")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["c"]
    assert [(p.path, p.note) for p in problems] == [
        (str(tmp_path / "b.html"), False),
        (str(tmp_path), True),
    ]
    assert "no article text" in problems[0].message or "not an HTML page" in problems[0].message
    assert problems[1].message == (
        "skipped 4 files of unsupported types: .csv ×2, (no extension) ×1, .pdf ×1"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    locked = write(tmp_path / "a.txt", "Secret.\n")
    write(tmp_path / "b.txt", "Open.\n")
    locked.chmod(0)
    try:
        docs, problems = read(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [d.id for d in docs] == ["b"]
    assert [(p.path, p.message) for p in problems] == [
        (str(locked), "cannot read: permission denied")
    ]


def test_file_that_cannot_be_opened(tmp_path: Path) -> None:
    # a dangling link is listed by the folder walk but fails on open, like an unreadable file
    (tmp_path / "a.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path / "b.txt", "Open.\n")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert [p.path for p in problems] == [str(tmp_path / "a.txt")]


def test_same_name_in_two_folders_gives_two_documents(tmp_path: Path) -> None:
    # Was "duplicate id across files": one/same.txt and two/same.md both claimed "same" and the
    # second was skipped (issue 11). An id is the path under the folder named, so both are read.
    write(tmp_path / "one" / "same.txt", "First.\n")
    write(tmp_path / "two" / "same.md", "Second.\n")
    docs, problems = read(tmp_path)
    assert [(d.id, d.text) for d in docs] == [("one/same", "First.\n"), ("two/same", "Second.\n")]
    assert problems == []


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "same.txt", "First.\n")
    second = write(tmp_path / "one" / "same.md", "Second.\n")
    docs, problems = read(tmp_path)
    assert [d.text for d in docs] == ["Second.\n"]  # name order: same.md before same.txt
    assert len(problems) == 1
    assert problems[0].path == str(first)
    assert "duplicate id 'one/same'" in problems[0].message
    assert str(second) in problems[0].message


def test_files_named_in_two_folders_claim_one_id(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "story.txt", "First.\n")
    second = write(tmp_path / "b" / "story.txt", "Second.\n")
    docs, problems = read(first, second)
    assert [(d.id, d.text) for d in docs] == [("story", "First.\n")]
    assert [p.path for p in problems] == [str(second)]
    assert "duplicate id 'story'" in problems[0].message and str(first) in problems[0].message


def test_default_problem_handler_logs_a_warning(tmp_path: Path, caplog) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "good.txt", "Body.\n")
    with caplog.at_level(logging.WARNING, logger="quotetui.corpus"):
        docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs] == ["good"]
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert str(tmp_path / "empty.txt") in caplog.records[0].getMessage()


def test_problem_str() -> None:
    assert str(Problem("a.jsonl", "invalid JSON", 7)) == "a.jsonl:7: invalid JSON"
    assert str(Problem("a.txt", "empty file")) == "a.txt: empty file"


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_good_and_broken_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Alpha.", "title": "A", "date": "2024-10-21"}),
        "{not json",
        "[1, 2]",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "  ", "text": "blank id"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d"}),
        "",
        json.dumps({"id": "a", "text": "dup"}),
        json.dumps({"id": "b", "text": "Beta.", "source": "AFP", "url": None, "date": None}),
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    docs, problems = read(path)
    assert docs == [
        Document("a", "Alpha.", title="A", date="2024-10-21", path=str(path)),
        Document("b", "Beta.", source="AFP", path=str(path)),
    ]
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7, 9]
    assert all(p.path == str(path) for p in problems)
    messages = [p.message for p in problems]
    assert "invalid JSON" in messages[0]
    assert "JSON object" in messages[1]
    assert "'id'" in messages[2] and "'id'" in messages[3]
    assert "'text'" in messages[4] and "int" in messages[4]
    assert "'text'" in messages[5] and "missing" in messages[5]
    assert "duplicate id 'a'" in messages[6] and f"{path}:1" in messages[6]


def test_jsonl_field_normalisation(tmp_path: Path) -> None:
    lines = [
        {"id": 7, "text": "Numeric id.", "date": "October 21, 2024"},
        {"id": "x", "text": "Bad date.", "date": "someday", "title": ["not", "str"]},
    ]
    path = write(tmp_path / "d.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    docs, problems = read(path)
    assert [(d.id, d.date, d.title) for d in docs] == [("7", "2024-10-21", None), ("x", None, None)]
    assert [p.line for p in problems] == [2, 2]
    assert "someday" in problems[0].message
    assert "'title'" in problems[1].message


def test_jsonl_problems_say_null_for_null_and_name_the_document(tmp_path: Path) -> None:
    lines = [
        {"id": "n", "text": None},
        {"id": "t", "text": "Fine.", "title": {"a": 1}},
    ]
    path = write(tmp_path / "d.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    docs, problems = read(path)
    assert [d.id for d in docs] == ["t"]
    assert "'text' must be a string, got null" in problems[0].message
    assert "document 'n'" in problems[0].message
    assert "document 't'" in problems[1].message and "'title'" in problems[1].message


def test_jsonl_bad_bytes_bom_and_crlf(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": "A\r\nB"}).encode()
    bad = b'{"id": "b", "text": "caf\xe9"}'
    path = write(tmp_path / "d.jsonl", b"\xef\xbb\xbf" + good + b"\r\n" + bad + b"\r\n\r\n")
    docs, problems = read(path)
    assert [(d.id, d.text) for d in docs] == [("a", "A\r\nB")]
    [problem] = problems
    assert problem.line == 2
    offset = len(b"\xef\xbb\xbf" + good + b"\r\n") + bad.index(b"\xe9")
    assert f"offset {offset}" in problem.message and "0xe9" in problem.message


def test_jsonl_empty_and_binary(tmp_path: Path) -> None:
    empty = write(tmp_path / "a.jsonl", "\n  \n")
    binary = write(tmp_path / "b.jsonl", b"\x00\x01\x02")
    docs, problems = read(empty, binary)
    assert docs == []
    assert [(p.path, p.line) for p in problems] == [(str(empty), None), (str(binary), None)]
    assert "empty" in problems[0].message and "binary" in problems[1].message


def test_jsonl_problem_flood_is_capped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "garbage\n" * 120 + '{"id": "ok", "text": "Fine."}\n')
    docs, problems = read(path)
    assert [d.id for d in docs] == ["ok"]
    assert len(problems) == 51
    assert problems[-1].message.startswith("70 more problems")


def test_duplicate_id_between_jsonl_and_txt(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", json.dumps({"id": "b", "text": "From JSONL."}) + "\n")
    write(tmp_path / "b.txt", "From txt.\n")
    docs, problems = read(tmp_path)
    assert [d.text for d in docs] == ["From JSONL."]
    assert f"{tmp_path / 'a.jsonl'}:1" in problems[0].message


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev set not available")
def test_polnear_dev_docs() -> None:
    docs, problems = read(POLNEAR_DEV)
    assert problems == []
    assert len(docs) == 84 == count_documents([POLNEAR_DEV])
    assert len({d.id for d in docs}) == 84
    raw = [json.loads(line) for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines()]
    for doc, record in zip(docs, raw, strict=True):
        assert (doc.id, doc.text, doc.title, doc.date) == (
            record["id"],
            record["text"],
            record["title"],
            record["date"],
        )


def test_large_jsonl_is_streamed(tmp_path: Path) -> None:
    text = "He said “fine.” " * 200
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(6000):
            f.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        n = sum(1 for _ in read_documents([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 6000
    assert peak < 5_000_000  # the ids seen, one line and one document, never the whole file


# --- walking folders --------------------------------------------------------------------------


def test_recursion_order_and_hidden_entries(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B.\n")
    write(tmp_path / "a" / "z.md", "AZ.\n")
    write(tmp_path / "a" / "deeper" / "x.txt", "AX.\n")
    write(tmp_path / "a.txt", "A.\n")
    write(tmp_path / "c.jsonl", json.dumps({"id": "c1", "text": "C1."}) + "\n")
    write(tmp_path / ".hidden.txt", "H.\n")
    write(tmp_path / ".git" / "h.txt", "H.\n")
    write(tmp_path / "a" / ".cache" / "h2.txt", "H.\n")
    docs, problems = read(tmp_path)
    assert problems == []
    # ids were the bare file names ("x", "z"): now the path under the folder (issue 11)
    assert [d.id for d in docs] == ["a/deeper/x", "a/z", "a", "b", "c1"]
    assert docs[0].path == str(tmp_path / "a" / "deeper" / "x.txt")


def test_paths_read_in_the_order_given_and_each_file_once(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "A.\n")
    write(tmp_path / "d" / "b.txt", "B.\n")
    write(tmp_path / "z.txt", "Z.\n")
    docs, problems = read(tmp_path / "z.txt", tmp_path / "d", tmp_path / "d" / "a.txt")
    assert ([d.id for d in docs], problems) == (["z", "a", "b"], [])


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    docs, problems = read(write(tmp_path / ".notes.txt", "Body.\n"))
    assert ([d.id for d in docs], problems) == ([".notes"], [])


def test_a_single_path_string_is_not_split_into_characters(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.\n")
    assert [d.id for d in read_documents(str(tmp_path))] == ["a"]  # type: ignore[arg-type]
    assert count_documents(str(tmp_path)) == 1  # type: ignore[arg-type]


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "A.\n")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    docs, problems = read(tmp_path)
    assert ([d.id for d in docs], problems) == (["d/a"], [])  # was "a" (issue 11: path ids)


def test_empty_folder_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path / "notes.pdf", b"%PDF")
    docs, problems = read(tmp_path)
    assert docs == []
    assert [p.path for p in problems] == [str(tmp_path)]


def test_reading_is_lazy(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.\n")
    later = write(tmp_path / "b.txt", "B.\n")
    problems: list[Problem] = []
    it = read_documents([tmp_path], on_problem=problems.append)
    assert next(it).id == "a"
    later.unlink()  # gone before the reader got to it: so it had not been read yet
    assert list(it) == []
    assert [p.path for p in problems] == [str(later)]


# --- counting ---------------------------------------------------------------------------------


def test_count_documents(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.\n")
    write(tmp_path / "sub" / "b.md", "")  # counted: the count is a cheap upper bound
    write(tmp_path / "c.jsonl", '{"id": "1"}\n\n  \n{"id": "2"}\nbroken\n')
    write(tmp_path / "d.pdf", b"%PDF")
    write(tmp_path / ".e.txt", "hidden\n")
    assert count_documents([tmp_path]) == 5
    assert count_documents([tmp_path / "missing", tmp_path / "d.pdf"]) == 0
    assert count_documents([]) == 0
    assert count_documents([CORPUS]) == len(read(CORPUS)[0]) == 5
