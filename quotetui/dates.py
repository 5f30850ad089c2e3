"""Dates: a publication date read from an article's metadata, a date phrase of the text
("Wednesday", "earlier in February", "Feb 22") resolved against it, and the occasion-date form.

One table of month names and one of weekday names; every pattern here is built from them.
No spaCy here: the corpus reader, the engine and the review app all use it.

Occasion dates are ``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = [
    "MONTHS",
    "MONTH_WORDS",
    "WEEKDAYS",
    "WEEKDAY_WORDS",
    "DateMatch",
    "date_precision",
    "dates_a_time",
    "looks_like_date",
    "match_date",
    "names_a_day",
    "occasion_date",
    "occasion_date_problem",
    "parse_date",
    "resolve_date",
]

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Monday is 0, as datetime.date.weekday() counts.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# fmt: on


def _spelled_out(names: dict[str, int]) -> frozenset[str]:
    # The full name is the longest of each number's names ("sep", "sept", "september").
    longest: dict[int, str] = {}
    for name, number in names.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return frozenset(longest.values())


MONTH_WORDS = _spelled_out(MONTHS)  # january … december
WEEKDAY_WORDS = _spelled_out(WEEKDAYS)  # monday … sunday


def _alternation(names: dict[str, int]) -> str:
    # Longest first, so "march" is tried before "mar" and "sept" before "sep".
    return "|".join(sorted(names, key=lambda n: (-len(n), n)))


_MONTH_NAMES = _alternation(MONTHS)
_WEEKDAY_NAMES = _alternation(WEEKDAYS)
_MONTH_STEMS = "|".join(sorted({name[:3] for name in MONTHS}))  # jan … dec
_WEEKDAY_STEMS = "|".join(  # mon, tues, wednes …: what comes before "day"
    sorted(name.removesuffix("day") for name in WEEKDAYS if name.endswith("day"))
)


# --------------------------------------------------------------------------- publication dates

# "\b" after the name keeps "Mayor" or "Marching" from reading as a month.
_PUB_MONTH = rf"(?P<mon>{_MONTH_NAMES})\b\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
# Numeric d/m/y vs m/d/y is ambiguous, so only year-first numeric dates are accepted.
_DATE_FORMS = [
    re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
    re.compile(_PUB_MONTH + r"\s*(?P<d>\d{1,2})" + _ORDINAL + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
    re.compile(
        r"(?P<d>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _PUB_MONTH + r",?\s*(?P<y>\d{4})(?!\d)",
        re.I,
    ),
]
_WEEKDAY = re.compile(rf"(?:{_WEEKDAY_NAMES})\b\.?,?\s*", re.I)
_TIME = re.compile(
    r"(?:\s*,?\s*(?:at\s+)?|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s*(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    r"|\s*\(?(?:Z|UTC|GMT|KST|JST|CST|CET|CEST|BST|IST|EST|EDT|CDT|MST|MDT|PST|PDT|AEST|AEDT)\b\)?)?",
    re.I,
)


@dataclass(frozen=True)
class DateMatch:
    iso: str
    end: int
    has_weekday: bool
    has_time: bool


def match_date(text: str, pos: int = 0) -> DateMatch | None:
    """A date (optionally with weekday before and a time after) starting exactly at ``pos``."""
    weekday = _WEEKDAY.match(text, pos)
    start = weekday.end() if weekday else pos
    for form in _DATE_FORMS:
        m = form.match(text, start)
        if m is None:
            continue
        numeric = m.groupdict().get("m")
        month = int(numeric) if numeric else MONTHS[m["mon"].lower()]
        try:
            iso = dt.date(int(m["y"]), month, int(m["d"])).isoformat()
        except ValueError:
            return None  # "February 30, 2024" is not a different, looser date: it is none
        end = m.end()
        time = _TIME.match(text, end)
        if time:
            end = time.end()
        return DateMatch(iso, end, weekday is not None, time is not None)
    return None


def parse_date(value: str | None) -> str | None:
    """The ISO ``YYYY-MM-DD`` form of a string that is a date, or None.

    Accepted: ``2024-10-21`` (also ``/`` or ``.``, and ISO timestamps), ``October 21, 2024``,
    ``Oct. 21, 2024``, ``Feb 13, 2026``, ``21 October 2024``, ``13 Feb. 2026``, ``21st of
    October 2024``, each optionally preceded by a weekday and followed by a time and time zone.
    Numeric day-first/month-first dates (``10/21/2024``) are refused as ambiguous, and so is
    anything with words left over, so a sentence that merely contains a date is not a date.
    """
    if not value:
        return None
    text = value.strip().strip("\"'")
    m = match_date(text)
    if m is None or text[m.end :].strip(" .,;") != "":
        return None
    return m.iso


# --------------------------------------------------------------------------- date phrases

_DATE_WORDS = re.compile(
    rf"(?i)\b({_WEEKDAY_STEMS})day|\b({_MONTH_STEMS})[a-z]*\.?\b|\b(today|tonight|yesterday|"
    r"week|weekend|month|year|ago|morning|afternoon|evening|night)\b|\b\d{4}\b|\b\d{1,2}/\d{1,2}\b"
)
_DAY_WORDS = re.compile(
    rf"(?i)\b({_WEEKDAY_STEMS})day\b|\b(today|tonight|yesterday|last\s+night)\b|"
    # "this morning" is the day of publication, as "today" is (OCCASION-GUIDELINES.md)
    r"\bthis\s+(?:morning|afternoon|evening)\b|"
    rf"\b({_MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({_MONTH_STEMS})"
)


def looks_like_date(text: str) -> bool:
    """A point in time ("on Monday", "Feb 22", "last week"), not an age or a bare number."""
    return bool(_DATE_WORDS.search(text)) and not _NOT_A_POINT.search(text)


def names_a_day(text: str) -> bool:
    """A phrase that names one day ("Thursday", "yesterday", "Feb 22"), not a month or week."""
    return bool(_DAY_WORDS.search(text))


_UNITS = r"(?:days?|nights?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies))"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)"
_RELATIVE = r"(?!\s+(?:ago|earlier|later|before|after|back)\b)"
# What a date word can be part of without placing anything in time: an age ("the 33-year-old",
# "aged 64", "in his 70s"), a span ("for two years", "the past three weeks", "20 years"), a
# range ("between January 1 and September 26", "from 2010 to 2014", "2015-16", "Sept. 1-5")
# or a repetition ("every Monday", "on Mondays", "twice a week").
_NOT_A_POINT = re.compile(
    rf"(?i)\b{_UNITS}[- ]old\b|\baged?\s+\d"
    r"|\bin\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?\d0s\b"
    rf"|\bfor\s+(?:(?:a|an|the|past|last|next|first|coming|couple|of)\s+)*(?:{_NUMBER}\s+)?{_UNITS}\b"
    rf"|\b(?:past|last|next|coming|first)\s+(?:couple\s+of\s+|few\s+)?{_NUMBER}\s+{_UNITS}\b"
    rf"|^\W*(?:(?:the|a|some|about|nearly|almost|more\s+than|over)\s+)*{_NUMBER}\s+"
    rf"(?:days|nights|weeks|weekends|months|years|decades){_RELATIVE}"
    r"|\bbetween\b.+\band\b|\bfrom\b.+\b(?:to|until|till|through|thru)\b"
    r"|(?<![\d-])\d{1,2}\s*[-–—]\s*\d{1,2}(?![\d-])|\b(?:19|20)\d\d\s*[-–—/]\s*(?:\d\d)?\d\d(?![\d-])"
    r"|\bthrough\b|\buntil\b|\btill\b|\bevery\b|\beach\b"
    rf"|\b(?:{_WEEKDAY_STEMS})days\b|\b(?:a|per)\s+(?:day|week|month|year){_RELATIVE}"
)


_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = rf"({_MONTH_NAMES})\.?"


def resolve_date(phrase: str | None, published: str | None, *, weeks: bool = True) -> str | None:
    """A date phrase as ``YYYY-MM-DD`` or ``YYYY-MM`` against the publication date, or None.

    "Wednesday" is the latest Wednesday on or before publication, "earlier in February" that
    month, "Feb 22" that day of the publication year (or the year before, when that would lie
    more than a month after publication); a phrase with its year needs no publication date.
    "last week" and "this week" are the month they lie in, when they lie in one, unless
    ``weeks`` is false. An age, a span, a range or a repetition is no date.
    """
    if not phrase or _NOT_A_POINT.search(phrase):
        return None
    text = phrase.lower().strip()
    # Explicit years do not need the publication date.
    m = re.search(_MONTH + r"\s+" + _ORD + r",?\s+(\d{4})", text) or None
    if m:
        return _ymd(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = re.search(_ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})", text)
    if m:
        return _ymd(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b" + _MONTH + r"\s+(\d{4})\b", text)
    if m:
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}"
    pub = _parse_iso(published)
    if pub is None:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return pub.isoformat()
    if re.search(r"\b(yesterday|last night)\b", text):
        return (pub - dt.timedelta(days=1)).isoformat()
    m = re.search(r"\b" + _MONTH + r"\s+" + _ORD + r"\b", text) or re.search(
        _ORD + r"\s+(?:of\s+)?" + _MONTH + r"\b", text
    )
    if m:
        if m.group(1).isdigit():
            day, month = int(m.group(1)), _month(m.group(2))
        else:
            month, day = _month(m.group(1)), int(m.group(2))
        return _in_past_year(pub, month, day)
    for name, index in WEEKDAYS.items():
        if re.search(rf"\b{name}\b\.?", text):
            back = (pub.weekday() - index) % 7
            if "last" in text.split() and back == 0:
                back = 7
            return (pub - dt.timedelta(days=back)).isoformat()
    if not weeks and re.search(r"\b(last|this|next) week", text):
        return None
    if re.search(r"\blast week\b", text):
        start = pub - dt.timedelta(days=pub.weekday() + 7)
        end = start + dt.timedelta(days=6)
        return f"{start.year:04d}-{start.month:02d}" if start.month == end.month else None
    if re.search(r"\bthis week\b", text):
        start = pub - dt.timedelta(days=pub.weekday())
        return f"{pub.year:04d}-{pub.month:02d}" if start.month == pub.month else None
    if re.search(r"\blast month\b", text):
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if re.search(r"\b(this|earlier this|later this) month\b", text):
        return f"{pub.year:04d}-{pub.month:02d}"
    m = re.search(r"\b" + _MONTH + r"\b", text)
    if m:
        month = _month(m.group(1))
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}"
    return None


def occasion_date(phrase: str | None, published: str | None) -> str | None:
    """The occasion date a date phrase gives, as ``OCCASION-GUIDELINES.md`` has it: a day
    ("on Wednesday", "yesterday", "Feb. 22") or a month ("earlier this month", "in February"),
    resolved against the publication date; None for what names neither ("last week",
    "recently", "this year", "in 2012" are kept as words only), and for ages, spans and
    ranges. What is still to come ("next Tuesday", "tomorrow") dates no words already said."""
    if phrase and _FUTURE.search(phrase):
        return None
    return resolve_date(phrase, published, weeks=False)


_FUTURE = re.compile(r"(?i)\b(?:next|tomorrow|coming|upcoming)\b")

# Any day will do: whether a phrase dates words does not depend on which day it is read on.
_SOME_DAY = "2001-06-15"


def dates_a_time(phrase: str | None) -> bool:
    """Whether a phrase gives words said an occasion date (a day or a month) once read
    against a publication date: "on Wednesday", "Feb. 22", "earlier this month" do; "last
    week", "in 2012", "next Tuesday", "for two years" do not."""
    return occasion_date(phrase, _SOME_DAY) is not None


def date_precision(value: str | None) -> str | None:
    """ "day" for ``YYYY-MM-DD``, "month" for ``YYYY-MM``, else None."""
    if value is None:
        return None
    match = _OCCASION_DATE.match(value.strip())
    if match is None:
        return None
    return "day" if match.group(3) else "month"


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key, MONTHS.get(key[:3], 1))


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _in_past_year(pub: dt.date, month: int, day: int) -> str | None:
    try:
        candidate = dt.date(pub.year, month, day)
    except ValueError:
        return None
    # A date well after publication is last year's ("Dec 30" in an article of Jan 2).
    if candidate > pub + dt.timedelta(days=31):
        try:
            candidate = dt.date(pub.year - 1, month, day)
        except ValueError:
            return None
    return candidate.isoformat()


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- occasion dates

_OCCASION_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def occasion_date_problem(value: str) -> str | None:
    """Why ``value`` is no valid occasion date, or None when it is fine (empty is fine)."""
    value = value.strip()
    if not value:
        return None
    match = _OCCASION_DATE.match(value)
    if match is None:
        return "use YYYY-MM-DD, or YYYY-MM when only the month is known"
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return f"{value} is not a calendar date"
    return None
