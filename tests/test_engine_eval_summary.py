"""The summary table `benchmarks/engine_eval.py --summary` writes: one row per set, a cell per
column, the figures from the scorer."""

import importlib.util
import sys
from pathlib import Path

from quotetui.evaluate import score_documents

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "engine_eval.py"


def _engine_eval():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("engine_eval", _PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["engine_eval"] = module
    spec.loader.exec_module(module)
    return module


TEXT = 'Ann Lee said: "We will build it." Bob Roe said: "We will not."'


def _gold_quote(text: str, speaker: str, entity: str) -> dict[str, object]:
    start = TEXT.index(text)
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "speaker": speaker,
        "speaker_canonical": speaker,
        "speaker_kind": "person",
        "speaker_aliases": [],
        "speaker_entity": entity,
        "kind": "speech",
        "partial": False,
        "occasion": None,
        "occasion_type": "statement",
        "occasion_place": None,
        "occasion_date": None,
        "occasion_date_text": None,
    }


def _pred_quote(text: str, speaker: str) -> dict[str, object]:
    start = TEXT.index(text)
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "speaker": speaker,
        "speaker_id": speaker.lower().replace(" ", "-"),
        "speaker_kind": "person",
        "kind": "speech",
        "confidence": 0.95,
        "occasion_type": "statement",
    }


def test_summary_row_has_a_cell_per_column_and_the_scores() -> None:
    ev = _engine_eval()
    first, second = '"We will build it."', '"We will not."'
    gold = [
        {
            "doc_id": "d1",
            "quotes": [
                _gold_quote(first, "Ann Lee", "ann-lee"),
                _gold_quote(second, "Bob Roe", "bob-roe"),
            ],
        }
    ]
    # The second quote goes to the wrong person: half right by name.
    preds = [
        {"doc_id": "d1", "quotes": [_pred_quote(first, "Ann Lee"), _pred_quote(second, "Ann Lee")]}
    ]
    report = score_documents(gold, preds)
    row = ev.summary_row("tiny", report)
    cells = [c.strip() for c in row.strip("|").split("|")]
    head = [c.strip() for c in ev.SUMMARY_HEAD.strip("|").split("|")]
    assert len(cells) == len(head)
    by = dict(zip(head, cells, strict=True))
    assert by["set"] == "tiny"
    assert by["quotes"] == "2"
    assert by["speaker by name"] == "0.500"
    assert by["≥ 0.9 right"] == "0.500 (1/2)"
    assert by["type"] == "1.000"
    table = ev.summary([row], "python benchmarks/engine_eval.py --sets tiny")
    lines = table.splitlines()
    assert lines.index(ev.SUMMARY_HEAD) + 2 == lines.index(row)
