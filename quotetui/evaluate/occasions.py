"""The occasion of a matched quote against the gold's: type, date, place, and the words of the
event or medium."""

from __future__ import annotations

from quotetui.evaluate.records import GoldQuote, PredQuote
from quotetui.evaluate.tally import _Tally
from quotetui.names import name_key

# Words that carry no content when occasion descriptions are compared ("interview *with* CNN").
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for with by from into onto over under about as after
    before during between through than then that this these those there here its his her their
    our your my him them he she it they we you i me us is was were be been being are am has have
    had do does did not no so if while which who whom whose what when where why how s
    """.split()
)


def content_words(*texts: str | None) -> frozenset[str]:
    """The words of occasion descriptions that say something (no function words)."""
    return frozenset(
        word for text in texts for word in name_key(text).split() if word not in FUNCTION_WORDS
    )


def _score_occasion(tally: _Tally, g: GoldQuote, p: PredQuote) -> None:
    tally.structured += 1
    if g.occasion_type:
        tally.type_total[g.occasion_type] += 1
        tally.type_right[g.occasion_type] += p.occasion_type == g.occasion_type
    if not g.occasion_date:
        tally.undated += 1
        tally.undated_dated += bool(p.occasion_date)
    predicted = content_words(p.occasion, p.occasion_place)
    if g.occasion_place:
        place = content_words(g.occasion_place)
        if place:
            tally.place += 1
            tally.place_found += len(place & predicted) * 2 >= len(place)
    if g.occasion or g.occasion_place:
        described = content_words(g.occasion, g.occasion_place)
        if described:
            tally.occasions += 1
            tally.occasions_found += _f1(described, predicted) >= 0.5


def _f1(gold: frozenset[str], pred: frozenset[str]) -> float:
    common = len(gold & pred)
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)
