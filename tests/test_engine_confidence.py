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
