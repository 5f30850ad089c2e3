"""Short quotes: a term (a scare quote, a title) or somebody's words, on hand-written texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Tom Hale has coined a new phrase, “parking pirates,” to describe the firms.",
            "Tom Hale",
        ),
        ("Few voters forgot Mayor Ed Brandt's “lazy towns” comment.", "Ed Brandt"),
        (
            "The towing row began with Dana Wirth's “parking pirates” remark last spring.",
            "Dana Wirth",
        ),
    ],
)
def test_a_short_quote_the_sentence_gives_to_someone_is_theirs(attribute, text, speaker):
    [q] = attribute(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == speaker
    assert q["method"] == "words of"
    assert q["confidence"] < 0.9  # a fragment's speaker, never sure


@pytest.mark.parametrize(
    "text",
    [
        "The dam is known as the “white elephant” of the valley, and the label stuck.",
        "A “just and lasting peace” was the goal of the talks.",
        "Ann Reyes, the treasurer, sent round a memo titled “Where We Stand Now.” It was short.",
        "Gail Moore said she once helped a friend write a book, “Night Harbour Blues,” about it.",
    ],
)
def test_names_and_titles_stay_terms(attribute, text):
    [q] = attribute(text)
    assert q["kind"] == "term"
    assert q["speaker"] is None
