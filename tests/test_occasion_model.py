"""The learned occasion layer: the type model stacked on the rules, and what it reads."""

from __future__ import annotations

import pytest

from quotetui.engine import occasion_model
from quotetui.engine.occasion_model import NONE, TYPE_CLASSES, Classes, Models

PUBLISHED = "2026-02-13"


def _leaning(kind: str, score: float) -> Classes:
    """A type model that, whatever it reads, gives ``kind`` the score ``score`` against 0."""
    return Classes(TYPE_CLASSES, {}, tuple(score if c == kind else 0.0 for c in TYPE_CLASSES))


@pytest.fixture
def models():
    """use(models) for one test; the engine's own models back afterwards."""
    saved = occasion_model.MODELS
    yield occasion_model.use
    occasion_model.use(saved)


def test_the_type_model_overrules_the_rules_only_when_sure(attribute, models):
    text = "“We are ready,” the coach told reporters after the game."
    models(Models())
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] == "press"  # the rules
    lean = _leaning("interview", 4.0)
    p = lean.probabilities([])["interview"]
    assert 0.5 < p < 0.9
    models(Models(type=Classes(lean.classes, lean.weights, lean.bias, override=0.9)))
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] == "press"
    models(Models(type=Classes(lean.classes, lean.weights, lean.bias, override=0.5)))
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] == "interview"


def test_a_quote_the_rules_leave_untyped_stays_untyped_unless_the_model_is_sure(attribute, models):
    text = "“We are ready,” Ann Ford said."
    models(Models())
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] is None
    lean = _leaning("statement", 4.0)
    models(Models(type=Classes(lean.classes, lean.weights, lean.bias, override=0.9)))
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] is None
    models(Models(type=Classes(lean.classes, lean.weights, lean.bias, override=0.0)))
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] == "statement"


def test_a_sure_none_takes_the_rules_type_away():
    model = _leaning(NONE, 8.0)
    assert Classes(model.classes, model.weights, model.bias, 0.9).decide([], "press") == NONE


def test_the_override_is_kept_in_the_model_file_and_an_old_file_is_the_model_everywhere(
    tmp_path,
):
    lean = _leaning("speech", 1.0)
    path = tmp_path / "occasions.json"
    occasion_model.save(Models(type=Classes(lean.classes, lean.weights, lean.bias, 0.7)), path)
    loaded = occasion_model.load(path)
    assert loaded.type is not None and loaded.type.override == 0.7
    data = loaded.type.to_json()
    del data["override"]
    assert Classes.from_json(data).override == 0.0


def test_the_models_read_what_the_rules_decided(attribute, models):
    models(Models())
    occasion_model.COLLECT = []
    try:
        attribute(
            "Councillors met on Tuesday to vote on the budget.\n"
            "“We are ready,” the mayor, Ann Ford, said.",
            date=PUBLISHED,
        )
        [record] = occasion_model.COLLECT
    finally:
        occasion_model.COLLECT = None
    assert f"rule={record['rule_type']}" in record["type"]
    ruled = record["rule_date"]
    for date in record["dates"]:
        if ruled is None:
            assert "rule_undated" in date["f"]
        elif date["start"] != ruled["start"]:
            assert "rule_other" in date["f"]


def test_the_date_model_stacked_on_the_rules_moves_or_drops_their_date_only_when_sure(
    attribute, models
):
    text = (
        "“We are ready,” Mayor Ann Ford said Wednesday at a rally.\n"
        "The council had met on Monday to vote on the budget."
    )
    models(Models())
    assert attribute(text, date=PUBLISHED)[0]["occasion_date"] == "2026-02-11"  # the rules
    # Sure of every phrase but the rules' (p .95 against .05).
    weights = {"rule_other": 6.0}

    def dated(override: float | None, drop: float = 0.0, threshold: float = 0.5) -> str | None:
        models(Models(date=occasion_model.Binary(weights, -3.0, threshold, override, drop)))
        return attribute(text, date=PUBLISHED)[0]["occasion_date"]

    assert dated(0.9) == "2026-02-09"
    assert dated(0.99) == "2026-02-11"
    assert dated(0.99, drop=0.1) is None
    assert dated(None) == "2026-02-09"  # the model alone


def test_a_stacked_model_moves_drops_or_fills_in_the_rules_answer():
    alone = occasion_model.Binary({}, 0.0, 0.5)
    stacked = occasion_model.Binary({}, 0.0, 0.5, 0.9, 0.1)
    assert alone.pick([], []) is None
    assert stacked.pick([], []) == occasion_model.RULES
    assert stacked.pick([0.95, 0.2], [False, True]) == 0
    assert stacked.pick([0.6, 0.2], [False, True]) == occasion_model.RULES
    assert stacked.pick([0.6, 0.05], [False, True]) is None
    # The rules gave none: a candidate fills it in at the threshold, not the override.
    assert stacked.pick([0.6], [False]) == 0
    assert stacked.pick([0.4], [False]) == occasion_model.RULES


def test_the_place_model_stacked_on_the_rules_moves_their_place_only_when_sure(attribute, models):
    text = (
        "“We are ready,” Mayor Ann Ford said at a rally in Tampa.\n"
        "Her campaign bus then drove on to Orlando."
    )
    models(Models())
    assert attribute(text, date=PUBLISHED)[0]["occasion_place"] == "Tampa"  # the rules
    weights = {"rule_other": 6.0}

    def placed(override: float) -> str | None:
        models(Models(place=occasion_model.Binary(weights, -3.0, 0.5, override, 0.0)))
        return attribute(text, date=PUBLISHED)[0]["occasion_place"]

    assert placed(0.9) == "Orlando"
    assert placed(0.99) == "Tampa"
