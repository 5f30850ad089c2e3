"""Web inputs: saved pages (.html, .htm, .html.gz), web archives (WARC built here with warcio)
and URLs fetched from a local http.server on 127.0.0.1 (never the internet). Each checks the
stored text holds the article's quotes and none of the page's boilerplate, the metadata, and
the attributions the real engine makes on it."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetui import store
from quotetui.cli import main
from quotetui.readers import Document, FetchSettings, Problem, read_documents

WEB = Path(__file__).resolve().parent / "data" / "web"
BUNDLED = WEB / "bundled"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def read(*paths: str | Path, **kwargs: object) -> tuple[list[Document], list[Problem]]:
    problems: list[Problem] = []
    docs = list(read_documents(list(paths), on_problem=problems.append, **kwargs))  # type: ignore[arg-type]
    return docs, problems


def speakers_of(attribute_docs, doc: Document) -> dict[str, str | None]:
    return {q.text: q.speaker for q in attribute_docs(doc)}


@pytest.fixture(scope="module")
def attribute_docs(nlp):
    from quotetui.engine import attribute_documents

    def run(doc: Document):
        [(_, result)] = attribute_documents(nlp, [doc])
        return result.quotes

    return run


# --- saved pages ------------------------------------------------------------------------------

NEWS_BOILERPLATE = [
    "cookie",
    "Subscribe",
    "Log in",
    "Advertisement",
    "Switch your energy supplier",
    "Holiday cottages",
    "Read more",
    "Bridge repairs to close",
    "Bus fares frozen",
    "Share on Facebook",
    "About time",  # a reader's comment, with a quote of its own
    "daylight robbery",
    "mark my words",
    "More from News",
    "Ferry timetable",
    "Most read",
    "Seagulls",
    "Sign up to our daily newsletter",
    "All rights reserved",
    "Privacy policy",
    "Topics:",
    "Photo: Herald archive",
    "Weather",
]


def test_news_page_keeps_the_article_and_drops_the_page(attribute_docs) -> None:
    [doc], problems = read(WEB / "news_page.html")
    assert problems == []
    assert (doc.id, doc.title, doc.date) == (
        "news_page",
        "Harbour bridge toll scrapped after council vote",
        "2025-06-12",
    )
    assert doc.author == "Megan O'Rourke"
    assert doc.source == "The Harbour Herald"
    assert doc.url == "https://harbourherald.example/news/2025/06/harbour-bridge-toll-scrapped"
    assert doc.language == "en"
    assert doc.path == str(WEB / "news_page.html")
    for quote in (
        "“This is a victory for every family that has paid twice to get to work,”",
        "“The bridge was paid for years ago.”",
        "“We will have to find that money somewhere, and I have not yet heard where,”",
        "“bring shoppers back to the old town”",
    ):
        assert quote in doc.text
    for chrome in NEWS_BOILERPLATE:
        assert chrome.lower() not in doc.text.lower(), chrome
    assert not doc.text.startswith("Harbour bridge toll")  # the headline is the title, not text
    assert len(doc.text.split("\n")) == 5  # one line a paragraph

    speakers = speakers_of(attribute_docs, doc)
    assert "Aisha Rahman" in (
        speakers["“This is a victory for every family that has paid twice to get to work,”"] or ""
    )
    assert "Aisha Rahman" in (speakers["“The bridge was paid for years ago.”"] or "")
    assert "Graham Pell" in (
        speakers["“We will have to find that money somewhere, and I have not yet heard where,”"]
        or ""
    )


def test_json_ld_date_published(attribute_docs) -> None:
    [doc], problems = read(WEB / "jsonld_date.html")
    assert problems == []
    assert doc.title == "Water company fined over river pollution"
    assert doc.date == "2025-03-04"  # datePublished, not dateModified (03-06)
    assert doc.author == "Tom Okafor"
    for chrome in ("Share this", "Related", "Flood warning", "Registered in England", "Jobs"):
        assert chrome not in doc.text
    speakers = speakers_of(attribute_docs, doc)
    assert "Helen Marsh" in (speakers["“The scale of this offending is staggering,”"] or "")
    assert "Lucy Brand" in (
        speakers["“It is a fraction of what they paid their shareholders last year.”"] or ""
    )


def test_only_meta_published_time(attribute_docs) -> None:
    [doc], problems = read(WEB / "meta_date.html")
    assert problems == []
    assert (doc.title, doc.date, doc.source) == (
        "Library to open on Sundays after petition",
        "2024-11-19",  # the meta tag, not "March 3, 2009" in the text
        "Northgate Gazette",
    )
    for chrome in ("NORTHGATE GAZETTE", "Advertise with us", "Front page", "Copyright"):
        assert chrome not in doc.text
    speakers = speakers_of(attribute_docs, doc)
    assert "Owen Price" in (
        speakers["“We will run a homework club and a knitting circle on Sundays,”"] or ""
    )
    quote = next(q for q in speakers if q.startswith("“People told us"))
    assert "Sandra Kowalski" in (speakers[quote] or "")


def test_page_without_an_article_is_a_problem() -> None:
    docs, problems = read(WEB / "no_article.html", WEB / "news_page.html")
    assert [d.id for d in docs] == ["news_page"]
    assert [p.path for p in problems] == [str(WEB / "no_article.html")]
    assert "no article text" in problems[0].message


def article_page(body: str, lang: str | None = "en", title: str = "A headline") -> bytes:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!doctype html><html{lang_attr}><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</article><footer>Footer text here</footer></body></html>"
    ).encode()


ENGLISH = (
    "“We have done everything we could to keep the plant open,” said Maria Lopez, the union's "
    "regional secretary, speaking outside the gates on Friday.\n"
    "The company said in a statement that the closure was the result of falling orders and "
    "rising energy costs over the past two years, and that talks would continue."
)
GERMAN = (
    "„Wir haben alles getan, um das Werk offen zu halten“, sagte die Gewerkschafterin Maria "
    "Lopez am Freitag vor dem Werkstor.\n"
    "Das Unternehmen erklärte, die Schließung sei die Folge sinkender Aufträge und steigender "
    "Energiekosten in den vergangenen zwei Jahren, die Gespräche gingen aber weiter."
)
FRENCH = (
    "« Nous avons tout fait pour garder l'usine ouverte », a déclaré Maria Lopez, secrétaire "
    "régionale du syndicat, vendredi devant les grilles.\n"
    "L'entreprise a indiqué dans un communiqué que la fermeture résultait de la baisse des "
    "commandes et de la hausse des coûts de l'énergie au cours des deux dernières années."
)


def test_pages_in_another_language_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a_de.html").write_bytes(article_page(GERMAN, lang="de-DE"))
    (tmp_path / "b_fr.html").write_bytes(article_page(FRENCH, lang=None))  # detected
    (tmp_path / "c_en.html").write_bytes(article_page(ENGLISH, lang=None))
    docs, problems = read(tmp_path)
    assert [(d.id, d.language) for d in docs] == [("c_en", "en")]
    assert [Path(p.path).name for p in problems] == ["a_de.html", "b_fr.html"]
    assert "'de' (from the page's metadata)" in problems[0].message
    assert "'fr' (detected)" in problems[1].message
    assert "--model" in problems[0].message
    # a pipeline for German reads the German page (and names the English one)
    docs, problems = read(tmp_path, language="de")
    assert [d.id for d in docs] == ["a_de"]
    # no language given: every page is read
    docs, problems = read(tmp_path, language=None)
    assert [d.id for d in docs] == ["a_de", "b_fr", "c_en"]


def test_gzipped_pages_and_broken_ones(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(article_page(ENGLISH)))
    (tmp_path / "b.html.gz").write_bytes(article_page(ENGLISH))  # not gzip at all
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(article_page(ENGLISH))[:60])  # truncated
    (tmp_path / "d.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)  # binary
    (tmp_path / "e.html").write_bytes(b"")
    (tmp_path / "f.HTM").write_bytes(article_page(ENGLISH))
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["a", "f"]
    assert docs[0].text == docs[1].text and "Maria Lopez" in docs[0].text
    by_name = {Path(p.path).name: p.message for p in problems}
    assert sorted(by_name) == ["b.html.gz", "c.html.gz", "d.htm", "e.html"]
    assert "not gzip" in by_name["b.html.gz"]
    assert "truncated" in by_name["c.html.gz"]
    assert "binary" in by_name["d.htm"]
    assert "empty" in by_name["e.html"]


def test_a_gzip_bomb_stops_at_the_size_limit(tmp_path: Path, monkeypatch) -> None:
    from quotetui.readers import html

    monkeypatch.setattr(html, "MAX_DOCUMENT_BYTES", 1_000_000)
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b" " * 20_000_000))
    docs, problems = read(tmp_path / "bomb.html.gz")
    assert docs == []
    assert "too large" in problems[0].message


# --- the bundled articles as web pages --------------------------------------------------------


def test_bundled_pages_give_the_quotes_and_speakers_of_the_txt_files(nlp) -> None:
    from quotetui.engine import attribute_documents

    pages, problems = read(BUNDLED)
    assert problems == []
    texts, _ = read(CORPUS)
    assert [d.id for d in pages] == [d.id for d in texts]  # same names, same ids
    results = {}
    for label, docs in (("txt", texts), ("html", pages)):
        for doc, result in attribute_documents(nlp, docs):
            results[label, doc.id] = (doc, result)
    compared = 0
    for text_doc in texts:
        _, txt_result = results["txt", text_doc.id]
        page_doc, page_result = results["html", text_doc.id]
        # The .txt keeps its headline line in the text; the page has it as its title.
        headline_end = 0
        if text_doc.title:
            headline_end = text_doc.text.index(text_doc.title) + len(text_doc.title)
        expected = [(q.text, q.speaker) for q in txt_result.quotes if q.start >= headline_end]
        got = [(q.text, q.speaker) for q in page_result.quotes]
        assert got == expected, text_doc.id
        for q in page_result.quotes:
            assert page_doc.text[q.start : q.end] == q.text
        assert page_doc.date == text_doc.date or text_doc.date is None
        assert page_doc.title and page_doc.url and page_doc.source
        compared += len(got)
    assert compared >= 20


# --- WARC -------------------------------------------------------------------------------------


def _warc(records: list[tuple[str, str, bytes, str | None]], *, gz: bool) -> bytes:
    """A WARC with one record per (type, uri, payload, content type)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for rec_type, uri, payload, content_type in records:
        if rec_type == "response":
            status = "404 Not Found" if uri.endswith("/missing") else "200 OK"
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type or "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-07-01T12:00:00Z"},
            )
        elif rec_type == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            record = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b""), http_headers=headers
            )
        else:  # resource
            record = writer.create_warc_record(
                uri,
                "resource",
                payload=io.BytesIO(payload),
                warc_content_type=content_type,
                warc_headers_dict={"WARC-Date": "2025-07-02T08:00:00Z"},
            )
        writer.write_record(record)
    return out.getvalue()


def _crawl() -> list[tuple[str, str, bytes, str | None]]:
    return [
        ("request", "https://harbourherald.example/news/toll", b"", None),
        (
            "response",
            "https://harbourherald.example/news/toll",
            (WEB / "news_page.html").read_bytes(),
            "text/html; charset=utf-8",
        ),
        ("response", "https://harbourherald.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("response", "https://harbourherald.example/missing", b"<html>gone</html>", "text/html"),
        (
            "resource",
            "https://courier.example/a",
            (WEB / "jsonld_date.html").read_bytes(),
            "text/html",
        ),
        ("resource", "https://courier.example/report.pdf", b"%PDF-1.4 ...", "application/pdf"),
        ("response", "https://plain.example/story", article_page(ENGLISH), "text/html"),
        (
            "response",
            "https://harbourherald.example/sport",
            (WEB / "no_article.html").read_bytes(),
            "text/html",
        ),
    ]


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_records_are_documents(tmp_path: Path, gz: bool, attribute_docs) -> None:
    name = "crawl.warc.gz" if gz else "crawl.warc"
    path = tmp_path / name
    path.write_bytes(_warc(_crawl(), gz=gz))
    docs, problems = read(path)
    assert [d.id for d in docs] == [
        "https://harbourherald.example/news/toll",
        "https://courier.example/a",
        "https://plain.example/story",
    ]
    toll, courier, plain = docs
    assert (toll.title, toll.date, toll.path) == (
        "Harbour bridge toll scrapped after council vote",
        "2025-06-12",  # the page's date, not the capture's
        str(path),
    )
    assert toll.url == "https://harbourherald.example/news/2025/06/harbour-bridge-toll-scrapped"
    assert "“The bridge was paid for years ago.”" in toll.text
    for chrome in NEWS_BOILERPLATE:
        assert chrome.lower() not in toll.text.lower(), chrome
    assert courier.date == "2025-03-04"
    assert plain.date == "2025-07-01"  # no date on the page: the record's WARC-Date
    assert plain.url == "https://plain.example/story"
    speakers = speakers_of(attribute_docs, toll)
    assert "Aisha Rahman" in (speakers["“The bridge was paid for years ago.”"] or "")
    assert "Maria Lopez" in speakers_of(attribute_docs, plain).values()

    notes = [p for p in problems if p.note]
    skips = [p for p in problems if not p.note]
    assert [p.path for p in problems] == [name, name] or all(p.path == str(path) for p in problems)
    assert len(skips) == 1 and "record https://harbourherald.example/sport" in skips[0].message
    assert "no article text" in skips[0].message
    assert len(notes) == 1
    assert notes[0].message == (
        "skipped 3 records that are not HTML pages: image/png ×1, HTTP 404 ×1, application/pdf ×1"
    )


def test_broken_warcs(tmp_path: Path) -> None:
    whole = _warc(_crawl(), gz=True)
    cut = whole.index(b"\x1f\x8b", len(whole) // 2)  # start of a record past the middle
    (tmp_path / "a_truncated.warc.gz").write_bytes(whole[: cut + 40])
    plain = _warc(_crawl(), gz=False)
    (tmp_path / "a_truncated_in_headers.warc").write_bytes(
        plain[: plain.index(b"WARC/1", len(plain) // 2) + 30]
    )
    (tmp_path / "a_truncated_in_payload.warc").write_bytes(plain[: len(plain) // 2])
    (tmp_path / "b_empty.warc").write_bytes(b"")
    (tmp_path / "c_not_gzip.warc.gz").write_bytes(b"this is not an archive\n" * 10)
    (tmp_path / "d_text.warc").write_bytes(b"hello\nworld\n")
    for name in ("a_truncated.warc.gz", "a_truncated_in_headers.warc"):
        # the records before the damage are read, and the damage named
        docs, problems = read(tmp_path / name)
        assert [d.id for d in docs] == ["https://harbourherald.example/news/toll"]
        [problem] = [p for p in problems if not p.note]
        assert "truncated" in problem.message and "records before were read" in problem.message
    docs, problems = read(tmp_path / "a_truncated_in_payload.warc")
    assert docs == []  # the one page is the record cut off: not stored half
    assert ["truncated" in p.message for p in problems] == [True]
    docs, problems = read(tmp_path)
    bad = {Path(p.path).name: p.message for p in problems if not p.note}
    assert sorted(bad) == [
        "a_truncated.warc.gz",
        "a_truncated_in_headers.warc",
        "a_truncated_in_payload.warc",
        "b_empty.warc",
        "c_not_gzip.warc.gz",
        "d_text.warc",
    ]
    assert "empty" in bad["b_empty.warc"]
    assert "not a WARC" in bad["c_not_gzip.warc.gz"]
    assert "not a WARC" in bad["d_text.warc"]


# --- URLs -------------------------------------------------------------------------------------


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(WEB), **kwargs)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.server.requests.append((self.path, self.headers.get("User-Agent")))  # type: ignore[attr-defined]
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>" + b"<p>word word word</p>" * 200_000)
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/news_page.html")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


class Server:
    def __init__(self, base: str, requests: list[tuple[str, str | None]]) -> None:
        self.base = base
        self.requests = requests


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", httpd.requests)  # type: ignore[attr-defined]
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_urls_are_fetched_and_each_failure_named(server: Server) -> None:
    base = server.base
    refused = f"http://127.0.0.1:{_closed_port()}/x"
    urls = [
        f"{base}/news_page.html",
        f"{base}/redirect",
        f"{base}/nothing-here.html",
        f"{base}/make_bundled_pages.py",
        f"{base}/no_article.html",
        refused,
        f"{base}/slow",
        f"{base}/big",
        f"{base}/news_page.html",
    ]
    settings = FetchSettings(timeout=1.0, max_bytes=1_000_000)
    docs, problems = read(*urls, fetch=settings)
    assert [d.id for d in docs] == [f"{base}/news_page.html", f"{base}/redirect"]
    agents = {agent for _path, agent in server.requests}
    assert len(agents) == 1 and agents.pop().startswith("quotetui/")
    page = docs[0]
    assert (page.title, page.date, page.path) == (
        "Harbour bridge toll scrapped after council vote",
        "2025-06-12",
        None,
    )
    assert page.url == "https://harbourherald.example/news/2025/06/harbour-bridge-toll-scrapped"
    assert "“The bridge was paid for years ago.”" in page.text
    assert "About time" not in page.text
    by_url = {p.path: p.message for p in problems}
    assert list(by_url) == urls[2:]  # one message per failed URL, named by its URL
    assert "HTTP 404" in by_url[urls[2]]
    assert "not an HTML page" in by_url[urls[3]]
    assert "no article text" in by_url[urls[4]]
    assert "cannot fetch" in by_url[refused] and "ConnectError" in by_url[refused]
    assert "timed out" in by_url[urls[6]]
    assert "too large" in by_url[urls[7]]
    assert "duplicate id" in by_url[urls[8]]


def test_a_url_that_is_not_text_is_named_not_fetched(server: Server) -> None:
    bad = server.base + "/caf\udce9.html"  # a non-UTF-8 byte from the command line
    docs, problems = read(bad, server.base + "/news_page.html")
    assert len(docs) == 1
    [problem] = problems
    assert "not UTF-8" in problem.message and "\\xe9" in problem.path
    assert [path for path, _agent in server.requests] == ["/news_page.html"]


def test_ingest_urls_from_the_command_line_and_a_list(
    server: Server, tmp_path: Path, db_path: Path
) -> None:
    base = server.base
    url_list = tmp_path / "urls.txt"
    url_list.write_text(
        f"# pages to read\n{base}/jsonld_date.html\n\nnot a url\n{base}/gone.html\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main,
        ["ingest", f"{base}/news_page.html", "--urls", str(url_list), "--db", str(db_path)],
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert "Ingested 2 documents" in result.stdout
    assert f"{url_list}:4: not an http(s) URL" in result.stderr
    assert f"{base}/gone.html: HTTP 404" in result.stderr
    db = store.open_db(db_path)
    try:
        doc = store.get_document(db, f"{base}/news_page.html")
        assert doc is not None
        assert doc.title == "Harbour bridge toll scrapped after council vote"
        assert doc.date == "2025-06-12"
        assert "Advertisement" not in doc.text
        speakers = {
            q.text: q.speaker_name for q in store.iter_quotes(db) if q.document_id == doc.id
        }
        assert "Aisha Rahman" in (speakers["“The bridge was paid for years ago.”"] or "")
        assert store.get_document(db, f"{base}/jsonld_date.html").date == "2025-03-04"
    finally:
        db.close()


def test_nothing_is_fetched_unless_a_url_is_given(server: Server, tmp_path: Path) -> None:
    # a page whose canonical link, images, scripts and links all point to the server
    (tmp_path / "a.html").write_bytes(
        (WEB / "news_page.html").read_bytes().replace(b"https://", server.base.encode() + b"/")
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps(
            {
                "id": "j",
                "text": "See " + server.base + "/news_page.html",
                "url": server.base + "/news_page.html",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    docs, _ = read(tmp_path)
    assert len(docs) == 2
    assert server.requests == []


def test_json_keys_of_a_page_document_round_trip(tmp_path: Path) -> None:
    # the reader's records stay plain data: everything a page adds is a str or None
    [doc], _ = read(WEB / "news_page.html")
    for value in (doc.title, doc.author, doc.source, doc.url, doc.language, doc.date):
        assert isinstance(value, str)
    json.dumps(doc.__dict__)
