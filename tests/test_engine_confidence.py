"""Calibration and penalty tables: data files the engine reads and the calibration script
writes."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from quotetui.engine import confidence
from quotetui.engine.entities import PENALTIES, ResolutionPath
from quotetui.model import Method


def test_the_shipped_calibration_names_rules_by_method() -> None:
    cal = confidence.load()
    assert cal == confidence.CALIBRATION
    methods = {m.value for m in Method}
    assert set(cal.rules) <= methods | {"unattributed"}
    assert {key.split("|", 1)[0] for key in cal.table} <= methods
    assert all(0.0 <= v <= 1.0 for v in [*cal.table.values(), *cal.rules.values()])


def test_score_reads_the_table_then_the_rule_then_the_default() -> None:
    cal = confidence.CALIBRATION
    key, value = next(iter(cal.table.items()))
    assert confidence.score(key) == round(value, 3)
    rule = next(iter(cal.rules))
    assert confidence.score(f"{rule}|no|such|key") == round(cal.rules[rule], 3)
    assert confidence.score("no such rule") == cal.default
    assert confidence.score(key, penalty=0.5) == round(value * 0.5, 3)


def test_a_written_calibration_reads_back(tmp_path: Path) -> None:
    cal = confidence.Calibration(
        table={"dash|adj|other|full": 0.8}, rules={"dash": 0.75}, data="x/train", min_cases=3
    )
    path = tmp_path / "confidence.json"
    confidence.save(cal, path)
    assert confidence.load(path) == cal
    assert json.loads(path.read_text())["table"] == {"dash|adj|other|full": 0.8}


def test_every_resolution_path_has_its_penalty_from_the_data_file() -> None:
    shipped = json.loads(
        resources.files("quotetui.engine").joinpath("data/penalties.json").read_text()
    )["penalties"]
    assert set(shipped) == {p.value for p in ResolutionPath}
    assert {p.value: v for p, v in PENALTIES.items()} == shipped
    assert all(0.0 <= v < 1.0 for v in PENALTIES.values())


def test_the_lower_bound_takes_most_from_thin_cells() -> None:
    assert confidence.lower_bound(0.96, 20, 0.0) == 0.96
    thin = confidence.lower_bound(0.96, 20, 1.645)
    thick = confidence.lower_bound(0.96, 800, 1.645)
    assert thin < thick < 0.96
    assert confidence.lower_bound(0.96, 800, 2.0) < thick


def test_the_bound_is_written_and_lowers_confidence_by_name(tmp_path: Path) -> None:
    point = confidence.Calibration(
        table={},
        rules={"dash": 0.97},
        resolution={"named": 1.0},
        by_name={"cue:far|named": (19, 20)},
    )
    bounded = confidence.Calibration(**{**point.__dict__, "bound": 1.645})
    path = tmp_path / "confidence.json"
    confidence.save(bounded, path)
    assert confidence.load(path).bound == 1.645
    key = "dash|far|other|full"
    assert confidence.by_name(key, "named", bounded) < confidence.by_name(key, "named", point)
