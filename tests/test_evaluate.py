"""Scoring as FORMATS.md describes it."""

from __future__ import annotations

import json

from quotetui.evaluate import match_quotes, normalise_name, score, score_documents


def q(start, end, speaker=None, kind="speech", **extra):
    return {"start": start, "end": end, "text": "x", "speaker": speaker, "kind": kind, **extra}


def test_spans_match_when_each_overlaps_the_other_by_half():
    gold = [q(0, 10)]
    assert match_quotes(gold, [q(4, 12)]) == [(0, 0)]  # 6 of 10 and 6 of 8
    assert match_quotes(gold, [q(6, 30)]) == []  # 4 of 10: too little


def test_matching_is_one_to_one_largest_overlap_first():
    gold = [q(0, 10), q(12, 20)]
    pred = [q(0, 8), q(0, 10), q(11, 20)]
    assert match_quotes(gold, pred) == [(0, 1), (1, 2)]


def test_names_compare_without_case_punctuation_or_titles():
    assert normalise_name("Ambassador Georgy Zinoviev") == normalise_name("georgy zinoviev")
    assert normalise_name("Mr. Obama") == "obama"
    assert normalise_name("Foreign Ministry") == "foreign ministry"


def test_scores_terms_mentions_dates_and_bands():
    gold = [
        {
            "doc_id": "d",
            "quotes": [
                q(0, 10, "Jane Roe", speaker_aliases=["Roe"], occasion_date="2024-01-02"),
                q(20, 30, "he", speaker_start=40, speaker_end=42),
                q(50, 60, None, kind="term"),
                q(70, 80, "Ann Lee"),
            ],
        }
    ]
    pred = [
        {
            "doc_id": "d",
            "quotes": [
                q(0, 10, "Roe", occasion_date="2024-01-02", confidence=0.95),
                q(20, 30, "Max Muster", speaker_start=40, speaker_end=42, confidence=0.8),
                q(50, 60, None, kind="term"),
                q(90, 99, "Someone", confidence=0.3),
            ],
        }
    ]
    report = score_documents(gold, pred)
    assert report.gold_quotes == 3 and report.pred_quotes == 3
    assert report.matched == 2 and report.speaker_correct == 2  # alias, then mention overlap
    assert report.date_correct == report.date_total == 1
    assert report.term_unattributed_share == 1.0
    assert report.bands["0.9–1.0"] == [1, 1]
    assert report.bands["0.0–0.5"] == [0, 1]
    assert {m["what"] for m in report.misses} == {"missed span", "extra span"}


def test_score_reads_jsonl_files(tmp_path):
    gold = tmp_path / "g.jsonl"
    pred = tmp_path / "p.jsonl"
    gold.write_text(json.dumps({"doc_id": "d", "quotes": [q(0, 5, "Ann Lee")]}) + "\n")
    pred.write_text(json.dumps({"doc_id": "d", "quotes": [q(0, 5, "ann lee")]}) + "\n")
    assert score(gold, pred).attribution_prf == (1.0, 1.0, 1.0)
