"""Occasions: the event or medium and its date, found in the attribution clause."""

from __future__ import annotations

PUBLISHED = "2026-02-13"  # a Friday


def test_occasion_and_date_from_the_attribution_clause(attribute):
    text = (
        "“Exports will recover,” Trade Minister Olga Berg said Wednesday at a briefing in "
        "central Vilnius.\n"
        "“We expect growth in spring,” she said.\n"
        "On Thursday, Berg posted on X that talks had stalled."
    )
    quotes = attribute(text, date=PUBLISHED)
    first, second = quotes
    assert first["occasion"] == "briefing in central Vilnius"
    assert first["occasion_date"] == "2026-02-11"
    # The same speaker's next quote keeps the occasion unless a new one is named.
    assert second["occasion"] == first["occasion"]
    assert second["occasion_date"] == "2026-02-11"


def test_told_reporters_is_an_occasion(attribute):
    [q] = attribute("“We are ready,” the coach told reporters on Monday.", date=PUBLISHED)
    assert q["occasion"] == "told reporters"
    assert q["occasion_date"] == "2026-02-09"


def test_without_publication_date_the_phrase_is_kept(attribute):
    [q] = attribute("“We are ready,” Coach Ann Ford said on Monday.", date=None)
    assert q["occasion_date"] is None
    assert q["occasion"] == "on Monday"


def test_date_from_the_sentence_before_that_names_the_speaker(attribute):
    text = (
        "The row follows remarks earlier in February by Ambassador Ivo Marek.\n"
        "“We stand by every word,” he said during a meeting with students."
    )
    [q] = attribute(text, date="2026-02-23")
    assert q["speaker"] == "Ivo Marek"
    assert q["occasion"] == "meeting with students"
    assert q["occasion_date"] == "2026-02"


def test_undated_news_stays_undated_the_publication_date_is_not_a_guess(attribute):
    # Issue 14: the publication date is never copied into occasion_date (it used to be, for a
    # plain "said"); the review app and the export show it beside, as the publication date.
    text = (
        "The ministry summoned the ambassador to convey “deep regret over the shelling.”\n"
        "Officials have said the strikes were “a grave violation” of the truce."
    )
    first, second = attribute(text, date="2024-10-21")
    assert first["occasion_date"] is None
    assert first["occasion_date_source"] is None
    assert second["occasion_date"] is None
    assert [q["occasion_date"] for q in attribute(text, date=None)] == [None, None]
