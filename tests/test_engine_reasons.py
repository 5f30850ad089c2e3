"""The reasons the review app shows beside an attribution are in an analyst's words, not the
ranker's feature labels."""

from __future__ import annotations

import re

from quotetui.engine import ranker

_LABEL = re.compile(r"\b\w+(?:\+\w+)?:\w")  # "dep+kind:nsubj", "para:same"


def test_every_feature_of_the_shipped_model_has_words() -> None:
    raw = [f for f in ranker.MODEL.weights if ranker.describe(f) == f]
    assert raw == []


def test_features_read_as_words() -> None:
    assert ranker.describe("head_cue:nsubj") == "subject of the cue verb"
    assert ranker.describe("obj_of_cue:dobj:-:tell") == "object of 'tell'"
    assert ranker.describe("obj_of_cue:pobj:by:call") == "object of 'by' with 'call'"
    assert ranker.describe("para:other") == "in another paragraph"
    assert ranker.describe("no-such-template:x") == "no-such-template:x"  # shown as it is
    assert ranker.describe("side+dist") == "side+dist"  # a value missing: no IndexError


def test_reasons_take_the_article_their_words_need() -> None:
    assert ranker.describe("reskind:organisation") == "resolves to an organisation"
    assert ranker.describe("reskind:person") == "resolves to a person"
    articles = {ranker.describe(f).split()[0] for f in ranker.MODEL.weights if f.startswith("dep:")}
    assert articles <= {"a", "an"}
    assert not [
        words
        for f in ranker.MODEL.weights
        for words in [ranker.describe(f)]
        if re.search(r"\ba [aeiou]", words)
    ]


def test_the_engine_s_reasons_have_no_feature_labels(attribute) -> None:
    text = (
        "The council met on Tuesday.\n\n"
        "“We have no money left to cut,” council leader Dawn Pryce told the meeting. "
        "“Every service is at the bone.”"
    )
    reasons = [r for q in attribute(text) for r in q.get("reasons") or []]
    assert reasons  # the ranker weighed in
    assert not [r for r in reasons if _LABEL.search(r)], reasons
