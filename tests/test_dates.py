"""Dates (quotetui.dates): publication dates read from metadata, date phrases of the text
resolved against the publication date, and the occasion-date form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotetui.dates import (
    MONTHS,
    WEEKDAYS,
    date_precision,
    dates_a_time,
    looks_like_date,
    names_a_day,
    occasion_date,
    occasion_date_problem,
    parse_date,
    resolve_date,
)

PUBLISHED = "2026-02-13"  # a Friday


# --- date phrases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wednesday", "2026-02-11"),
        ("on Friday", "2026-02-13"),
        ("last Friday", "2026-02-06"),
        ("on Monday", "2026-02-09"),
        ("yesterday", "2026-02-12"),
        ("today", "2026-02-13"),
        ("earlier in February", "2026-02"),
        ("this month", "2026-02"),
        ("last month", "2026-01"),
        ("in June", "2025-06"),
        ("on Feb 22", "2026-02-22"),
        ("Dec. 30", "2025-12-30"),
        ("October 18, 2024", "2024-10-18"),
        ("18 October 2024", "2024-10-18"),
        ("last week", "2026-02"),
        ("some time ago", None),
    ],
)
def test_relative_dates_resolve_against_publication(phrase, expected):
    assert resolve_date(phrase, PUBLISHED) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_date("on Wednesday", None) is None
    assert resolve_date("October 18, 2024", None) == "2024-10-18"


def test_last_week_across_a_month_boundary_is_unknown():
    assert resolve_date("last week", "2026-03-04") is None


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Wed.", PUBLISHED, "2026-02-11"),
        ("Weds night", PUBLISHED, "2026-02-11"),
        ("Thursday morning", PUBLISHED, "2026-02-12"),
        ("on Friday", "2026-02-14", "2026-02-13"),
        ("last Saturday", "2026-02-14", "2026-02-07"),
        ("yesterday", "2026-03-01", "2026-02-28"),
        ("last night", "2024-03-01", "2024-02-29"),
        ("this morning", PUBLISHED, "2026-02-13"),
        ("Feb. 29", "2024-03-10", "2024-02-29"),
        ("Feb. 29", "2026-03-10", None),  # no such day that year
        ("the 5th of May", "2026-06-01", "2026-05-05"),
        ("on Jan 2", "2025-12-30", "2025-01-02"),  # before publication: the same year
        ("Dec. 30", "2026-01-02", "2025-12-30"),  # well after publication: the year before
        ("Sept. 2016", None, "2016-09"),
        ("in September 2016", PUBLISHED, "2016-09"),
        ("2016-03-04", None, "2016-03-04"),
        ("March 3rd, 2016", None, "2016-03-03"),
        ("this week", PUBLISHED, "2026-02"),
        ("this week", "2026-03-01", None),  # the week began in February
        ("earlier this month", PUBLISHED, "2026-02"),
        ("last month", "2026-01-15", "2025-12"),
        ("in December", PUBLISHED, "2025-12"),
        ("the Mayor spoke", PUBLISHED, None),
        (None, PUBLISHED, None),
    ],
)
def test_more_phrases_resolve(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


def test_every_month_and_weekday_name_of_the_tables_resolves():
    for name, number in MONTHS.items():
        assert resolve_date(f"{name} 2024", None) == f"2024-{number:02d}", name
        assert parse_date(f"{name} 5, 2024") == f"2024-{number:02d}-05", name
    friday = dt.date.fromisoformat(PUBLISHED)
    for name, index in WEEKDAYS.items():
        expected = friday - dt.timedelta(days=(friday.weekday() - index) % 7)
        assert resolve_date(f"on {name}", PUBLISHED) == expected.isoformat(), name
        assert parse_date(f"{name}, Feb 13, 2026") == PUBLISHED, name


@pytest.mark.parametrize(
    ("phrase", "date", "day"),
    [
        ("on Monday", True, True),
        ("Feb 22", True, True),
        ("22 February", True, True),
        ("yesterday", True, True),
        ("this morning", True, True),
        ("earlier this evening", True, True),
        ("last week", True, False),
        ("earlier in February", True, False),
        ("in 2016", True, False),
        ("64", False, False),
        ("the minister", False, False),
    ],
)
def test_what_reads_as_a_date_and_as_a_day(phrase, date, day):
    assert looks_like_date(phrase) is date
    assert names_a_day(phrase) is day


@pytest.mark.parametrize(
    ("value", "fine"),
    [("", True), ("2024-10-21", True), ("2024-10", True), ("2024-02-30", False),
     ("2024-13", False), ("21/10/2024", False), ("October 2024", False)],
)  # fmt: skip
def test_occasion_date_form(value, fine):
    assert (occasion_date_problem(value) is None) is fine


# --- publication dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-10-21", "2024-10-21"),
        ("2024-1-5", "2024-01-05"),
        ("2024/10/21", "2024-10-21"),
        ("2024-10-21T10:07:57+09:00", "2024-10-21"),
        ("2024-10-21 10:07:57Z", "2024-10-21"),
        ("October 21, 2024", "2024-10-21"),
        ("october 21 2024", "2024-10-21"),
        ("21 October 2024", "2024-10-21"),
        ("21st of October, 2024", "2024-10-21"),
        ("Oct. 21, 2024", "2024-10-21"),
        ("Sept. 5, 2024", "2024-09-05"),
        ("Feb 13, 2026", "2026-02-13"),
        ("13 Feb. 2026", "2026-02-13"),
        ("13 Feb. 2026, 16:46", "2026-02-13"),
        ("Monday, October 21, 2024 10:07:57 AM", "2024-10-21"),
        ("Thu 29 February 2024 at 9:30 p.m. (KST)", "2024-02-29"),
        ("  'May 1, 2025'  ", "2025-05-01"),
        ("October 21, 2024.", "2024-10-21"),
    ],
)
def test_parse_date_forms(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "soon",
        "February 30, 2024",
        "2023-02-29",
        "2024-13-01",
        "10/21/2024",
        "21/10/2024",
        "October 2024",
        "Mayor 21, 2024",
        "the 21 October 2024 meeting",
        "October 21, 2024 in Seoul",
        "20241021",
    ],
)
def test_parse_date_refuses(text: str | None) -> None:
    assert parse_date(text) is None


MONTH_NAMES = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_parse_date_round_trips_every_form(day: dt.date) -> None:
    month = MONTH_NAMES[day.month - 1]
    forms = [
        day.isoformat(),
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{month[:3]}. {day.day}, {day.year}",
        f"{day.day} {month[:3]} {day.year}",
        f"{day.strftime('%A')}, {month} {day.day}, {day.year} 10:07:57 AM",
    ]
    for form in forms:
        assert parse_date(form) == day.isoformat(), form


# --- occasion dates (OCCASION-GUIDELINES.md) --------------------------------------------------


DATE_TABLE = [
    # A weekday is the latest such day on or before publication (a Friday).
    ("on Wednesday", "2026-02-11", "day"),
    ("Friday", "2026-02-13", "day"),
    ("on Saturday", "2026-02-07", "day"),
    ("last Thursday", "2026-02-12", "day"),
    ("Tuesday night", "2026-02-10", "day"),
    ("Wednesday evening", "2026-02-11", "day"),
    ("Saturday's", "2026-02-07", "day"),
    ("yesterday", "2026-02-12", "day"),
    ("last night", "2026-02-12", "day"),
    ("last night’s", "2026-02-12", "day"),
    ("today", "2026-02-13", "day"),
    ("this morning", "2026-02-13", "day"),
    ("on Feb. 2", "2026-02-02", "day"),
    ("Dec. 30", "2025-12-30", "day"),
    ("Oct. 18, 2024", "2024-10-18", "day"),
    # A month.
    ("earlier this month", "2026-02", "month"),
    ("in January", "2026-01", "month"),
    ("in December", "2025-12", "month"),
    ("last month", "2026-01", "month"),
    ("in September 2016", "2016-09", "month"),
    # Words only: weeks, years, vague times.
    ("last week", None, None),
    ("this week", None, None),
    ("earlier this week", None, None),
    ("this weekend", None, None),
    ("in 2012", None, None),
    ("this year", None, None),
    ("12 years ago", None, None),
    ("recently", None, None),
    # No dates at all: ages, spans, ranges, repetitions, what is still to come.
    ("the 33-year-old", None, None),
    ("aged 64", None, None),
    ("for two years", None, None),
    ("the past three weeks", None, None),
    ("20 years", None, None),
    ("between January 1 and September 26", None, None),
    ("from 2010 to 2014", None, None),
    ("Sept. 1-5", None, None),
    ("2015-16", None, None),
    ("every Monday", None, None),
    ("on Mondays", None, None),
    ("next Tuesday", None, None),
    ("tomorrow", None, None),
]


@pytest.mark.parametrize(("phrase", "expected", "precision"), DATE_TABLE)
def test_occasion_dates_follow_the_guidelines(phrase, expected, precision):
    assert occasion_date(phrase, PUBLISHED) == expected
    assert date_precision(occasion_date(phrase, PUBLISHED)) == precision


def test_a_phrase_dates_words_whatever_the_day_it_is_read_on():
    # The engine picks date phrases before it knows the publication date: whether a phrase
    # can date words at all is the same against any day.
    for phrase, expected, _ in DATE_TABLE:
        assert dates_a_time(phrase) is (expected is not None), phrase
    assert dates_a_time(None) is False


def test_occasion_dates_need_the_publication_date_unless_the_year_is_written():
    assert occasion_date("on Wednesday", None) is None
    assert occasion_date("Oct. 18, 2024", None) == "2024-10-18"


@pytest.mark.parametrize(
    ("phrase", "point"),
    [("33-year-old", False), ("for two years", False), ("two weeks ago", True),
     ("a year ago", True), ("between January 1 and September 26", False), ("2016-03-04", True),
     ("in his 70s", False), ("last Friday night", True), ("twice a week", False)],
)  # fmt: skip
def test_ages_spans_and_ranges_do_not_read_as_dates(phrase, point):
    assert looks_like_date(phrase) is point


def test_spelled_out_names_are_the_full_calendar_names() -> None:
    from quotetui.dates import MONTH_WORDS, WEEKDAY_WORDS

    assert {dt.date(2001, m, 1).strftime("%B").lower() for m in range(1, 13)} == MONTH_WORDS
    assert {dt.date(2001, 1, d).strftime("%A").lower() for d in range(1, 8)} == WEEKDAY_WORDS
