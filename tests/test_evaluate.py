"""Scoring as docs/FORMATS.md ("Scoring") describes it."""

from __future__ import annotations

import json

from quotetui.evaluate import (
    format_report,
    match_quotes,
    names_agree,
    normalise_name,
    score,
    score_documents,
)


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
    assert report.band("0.9–1.0").counts == (1, 1)
    assert report.band("0.0–0.5").counts == (0, 1)
    assert {m.what for m in report.misses} == {"missed span", "extra span"}


def test_score_reads_jsonl_files(tmp_path):
    gold = tmp_path / "g.jsonl"
    pred = tmp_path / "p.jsonl"
    gold.write_text(json.dumps({"doc_id": "d", "quotes": [q(0, 5, "Ann Lee")]}) + "\n")
    pred.write_text(json.dumps({"doc_id": "d", "quotes": [q(0, 5, "ann lee")]}) + "\n")
    assert score(gold, pred).attribution_prf == (1.0, 1.0, 1.0)


# --------------------------------------------------------------------------- resolved gold


def rq(start, end, canonical, mention=None, aliases=(), entity=None, **extra):
    """A resolved gold quote: who the mention is, and (by default) no structured occasion."""
    return q(
        start,
        end,
        mention,
        kind="direct",
        speaker_canonical=canonical,
        speaker_aliases=list(aliases),
        speaker_entity=entity if entity is not None or canonical is None else canonical.lower(),
        **extra,
    )


def doc(doc_id, *quotes):
    return {"doc_id": doc_id, "quotes": list(quotes)}


def test_a_pronoun_resolved_to_the_wrong_person_is_wrong_by_name_right_by_mention():
    gold = [
        doc("d", rq(0, 10, "Bill Clinton", "he", ["Clinton"], speaker_start=12, speaker_end=14))
    ]
    pred = [doc("d", q(0, 10, "Hillary Rodham", speaker_start=12, speaker_end=14, confidence=0.95))]
    report = score_documents(gold, pred)
    assert report.speaker.scoring == "name"
    assert (report.speaker.correct, report.speaker.matched) == (0, 1)
    assert report.attribution_prf == (0.0, 0.0, 0.0)
    assert report.speaker.high_confidence.counts == (0, 1)
    mention = report.speaker_by_mention
    assert mention is not None and (mention.correct, mention.matched) == (1, 1)
    assert mention.attribution.f1 == 1.0
    assert mention.high_confidence.counts == (1, 1)
    (miss,) = report.misses
    assert miss.what == "wrong speaker" and miss.gold.speaker_canonical == "Bill Clinton"


def test_plain_gold_still_credits_the_mention():
    gold = [doc("d", q(0, 10, "he", speaker_start=12, speaker_end=14))]
    pred = [doc("d", q(0, 10, "Hillary Rodham", speaker_start=12, speaker_end=14))]
    report = score_documents(gold, pred)
    assert report.speaker.scoring == "plain" and report.speaker_correct == 1
    assert report.speaker_by_mention is None and report.resolved_quotes == 0
    assert report.occasion is None and report.identity is None


def test_a_name_whose_words_are_contained_in_the_other_counts():
    assert names_agree("Caddell", ["Pat Caddell"])
    assert names_agree("Pat Caddell", ["Caddell"])
    assert names_agree("Claire McCaskill", ["Democratic Sen. Claire McCaskill (D-Mo.)"])
    assert names_agree("Sen. Claire McCaskill", ["claire mccaskill"])  # titles and case
    assert names_agree("José Martí", ["Jose Marti"])  # accents fold, as quotetui.names does
    assert not names_agree("Hillary Clinton", ["Bill Clinton"])
    assert not names_agree("Caddell", ["Patrick Cadell"])
    assert not names_agree(None, ["Pat Caddell"])
    assert not names_agree("", [""])

    gold = [doc("d", rq(0, 10, "Pat Caddell", "pollster", ["longtime Democratic pollster"]))]
    for name, right in (("Caddell", 1), ("Democratic pollster", 1), ("Pat Buchanan", 0)):
        report = score_documents(gold, [doc("d", q(0, 10, name))])
        assert report.speaker_correct == right, name


def test_plain_gold_keeps_exact_names():
    # The contained-words rule is resolved gold's; plain gold compares whole names.
    report = score_documents([doc("d", q(0, 10, "Pat Caddell"))], [doc("d", q(0, 10, "Caddell"))])
    assert report.speaker_correct == 0


def test_a_quote_nobody_said_is_scored_like_a_term():
    gold = [
        doc(
            "d",
            rq(0, 10, "Ann Lee"),
            rq(20, 30, None),  # a scare quote: nobody said it
            rq(40, 50, None),
        )
    ]
    pred = [
        doc(
            "d",
            q(0, 10, "Ann Lee"),
            q(20, 30, "Ann Lee", confidence=0.5),  # attributed: wrong
            q(40, 50, None, kind="term"),  # left a term: right, and no prediction to count
        )
    ]
    report = score_documents(gold, pred)
    assert report.gold_quotes == 1 and report.resolved_quotes == 1
    assert report.terms.counts == (1, 2)  # one of two left unattributed
    assert report.pred_quotes == 2  # the term prediction does not count
    assert report.span_prf[0] == 0.5  # the attributed scare quote is an extra span
    assert {m.what for m in report.misses} == {"extra span", "term attributed"}


def test_a_spoken_quote_predicted_as_a_term_is_matched_with_a_wrong_speaker():
    gold = [doc("d", rq(0, 10, "Ann Lee"), rq(20, 30, "Ann Lee"))]
    pred = [
        doc("d", q(0, 10, "Ann Lee"), q(20, 30, None, kind="term"), q(60, 70, None, kind="term"))
    ]
    report = score_documents(gold, pred)
    assert report.matched == 2 and report.matched_as_term == 1
    assert report.pred_quotes == 2  # the unmatched term is no prediction of a quote
    assert report.speaker_correct == 1
    assert report.span_prf == (1.0, 1.0, 1.0)
    # On plain gold the same term is no quote at all: a missed span.
    plain = score_documents([doc("d", q(0, 10, "Ann Lee"), q(20, 30, "Ann Lee"))], pred)
    assert plain.matched == 1 and plain.pred_quotes == 1


def test_occasion_type_date_place_and_occasion_recall():
    def oq(start, occasion_type, occasion=None, place=None, date=None):
        return rq(
            start,
            start + 10,
            "Ann Lee",
            occasion=occasion,
            occasion_type=occasion_type,
            occasion_place=place,
            occasion_date=date,
        )

    gold = [
        doc(
            "d",
            oq(0, "interview", "interview with CNN's State of the Union", date="2016-10-02"),
            oq(20, "speech", "rally in Tampa", place="Tampa, Fla.", date="2016-10-01"),
            oq(40, "speech", "speech at the convention", place="Wells Fargo Center"),
            oq(60, None),  # the article says nothing of how: no type, no date
            oq(80, "statement", "statement"),
        )
    ]
    pred = [
        doc(
            "d",
            q(0, 10, "Ann Lee", occasion_type="interview", occasion="CNN interview",
              occasion_date="2016-10-02"),
            q(20, 30, "Ann Lee", occasion_type="speech", occasion="rally",
              occasion_place="Tampa", occasion_date="2016-10-02"),
            q(40, 50, "Ann Lee", occasion_type="meeting", occasion="convention in the center"),
            q(60, 70, "Ann Lee", occasion_date="2016-10-03"),  # a date the gold does not give
            q(80, 90, "Ann Lee", occasion="press release"),  # an older engine: no occasion_type
        )
    ]  # fmt: skip
    report = score_documents(gold, pred)
    occ = report.occasion
    assert occ is not None
    assert occ.type_accuracy.counts == (2, 4)
    assert dict((t, r.counts) for t, r in occ.by_type) == {
        "interview": (1, 1),
        "speech": (1, 2),
        "statement": (0, 1),
    }
    assert report.date_accuracy_ratio.counts == (1, 2)
    assert occ.undated_given_date.counts == (1, 3)  # 40 and 80 undated, 60 given a date
    # Tampa: "tampa" is half of {tampa, fla}; "Wells Fargo Center": only "center" of three.
    assert occ.place_recall.counts == (1, 2)
    # F1 of content words ≥ 0.5: "CNN interview" vs {interview, cnn, state, union} 0.67;
    # {rally, tampa} vs {rally, tampa, fla} 0.8; {convention, center} vs {speech, convention,
    # wells, fargo, center} 0.57; "press release" vs "statement" 0.
    assert occ.occasion_recall.counts == (3, 4)


def test_confidence_bands_and_high_confidence_are_by_name():
    gold = [
        doc(
            "d",
            rq(0, 10, "Ann Lee", "she", speaker_start=20, speaker_end=23),
            rq(30, 40, "Ann Lee"),
            rq(50, 60, "Bo Chen"),
        )
    ]
    pred = [doc("d", q(0, 10, "Mary Major", speaker_start=20, speaker_end=23, confidence=0.97),
                     q(30, 40, "Lee", confidence=0.92), q(50, 60, "Bo Chen", confidence=0.6),
                     q(70, 80, "Bo Chen", confidence=0.99))]  # fmt: skip
    report = score_documents(gold, pred)
    assert report.speaker.high_confidence.counts == (1, 3)
    assert report.band("0.9–1.0").counts == (1, 3)
    assert report.band("0.5–0.7").counts == (1, 1)
    assert report.speaker_by_mention.high_confidence.counts == (2, 3)


def test_speaker_identity_over_pairs_overall_and_across_articles():
    gold = [
        doc(
            "a",
            rq(0, 10, "Ann Lee", entity="ann"),
            rq(20, 30, "Ann Lee", entity="ann"),
            rq(40, 50, "Bo Chen", entity="bo"),
        ),
        doc("b", rq(0, 10, "Ann Lee", entity="ann"), rq(20, 30, "Bo Chen", entity="bo")),
    ]
    pred = [
        doc("a", q(0, 10, "Ann Lee", speaker_id="ann-lee"), q(20, 30, "Lee", speaker_id="ann-lee"),
                 q(40, 50, "Bo Chen", speaker_id="ann-lee")),
        doc("b", q(0, 10, "Ann Lee", speaker_id="ann-lee"), q(20, 30, "Bo Chen")),  # no id
    ]  # fmt: skip
    identity = score_documents(gold, pred).identity
    assert identity is not None and identity.quotes == 5
    # Same gold entity: Ann a0 a1 b0 (3 pairs), Bo a2 b1 (1 pair). Same predicted id: a0 a1 a2
    # b0 (6 pairs), of which the three Ann pairs are right. An unknown id is never the same.
    overall = identity.all_pairs
    assert (overall.same_both, overall.same_predicted, overall.same_gold) == (3, 6, 4)
    assert overall.precision == 0.5 and overall.recall == 0.75
    # Across articles only: gold (a0,b0) (a1,b0) (a2,b1); predicted (a0,b0) (a1,b0) (a2,b0).
    cross = identity.cross_article
    assert (cross.same_both, cross.same_predicted, cross.same_gold) == (2, 3, 3)


def test_unreadable_records_are_named_and_the_rest_is_scored(tmp_path):
    gold = tmp_path / "g.jsonl"
    pred = tmp_path / "p.jsonl"
    gold.write_text(
        json.dumps(doc("d", rq(0, 5, "Ann Lee"), {"start": "x", "end": 9})) + "\n"
        + "{not json\n"
        + json.dumps({"quotes": []}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    pred.write_text(json.dumps(doc("d", q(0, 5, "Ann Lee"))) + "\n", encoding="utf-8")
    report = score(gold, pred)
    assert report.attribution_prf == (1.0, 1.0, 1.0)
    assert len(report.problems) == 3
    assert f"{gold}:1 (d): quote 2 left out" in report.problems[0]
    assert report.problems[1].startswith(f"{gold}:2: not valid JSON")
    assert report.problems[2] == f"{gold}:3: expected an object with a doc_id"


def test_eval_names_a_predictions_file_it_cannot_read_and_scores_the_rest(tmp_path):
    # Through the command, as a user runs it: one line naming the file and what is wrong with
    # it, no traceback, exit 1; a named pipe is refused rather than waited on.
    import os

    from click.testing import CliRunner

    from quotetui.cli import main

    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(doc("d", rq(0, 5, "Ann Lee"))) + "\n", encoding="utf-8")
    good = json.dumps(doc("d", q(0, 5, "Ann Lee"))).encode() + b"\n"
    cases = {
        "binary.jsonl": (b"\x00\x01\x02" + good, "binary file (NUL bytes)"),
        "latin1.jsonl": (b'{"doc_id": "caf\xe9"}\n' + good, ":1: not valid UTF-8: byte 0xe9"),
        "empty.jsonl": (b"", "empty file"),
        "escapes.jsonl": (b'{"doc_id": "d\\q"}\n' + good, ":1: not valid JSON (Invalid \\escape"),
    }
    for name, (data, said) in cases.items():
        pred = tmp_path / name
        pred.write_bytes(data)
        result = CliRunner().invoke(main, ["eval", str(gold), str(pred)])
        assert result.exit_code == 1, (name, result.output)
        assert isinstance(result.exception, SystemExit), (name, result.output)
        # On stderr, and again under the report.
        problems = {line.strip() for line in result.output.splitlines() if str(pred) in line}
        assert len(problems) == 1 and said in problems.pop(), (name, result.output)
    # The readable line of a file with a bad one is still scored.
    result = CliRunner().invoke(main, ["eval", str(gold), str(tmp_path / "latin1.jsonl")])
    assert "1.000" in result.output
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["eval", str(gold), str(fifo)])
    assert result.exit_code == 1 and "is not a regular file" in result.output, result.output


def test_json_report_round_trips_and_names_its_figures():
    gold = [
        doc(
            "d",
            rq(
                0,
                10,
                "Ann Lee",
                "she",
                speaker_start=12,
                speaker_end=15,
                occasion_type="speech",
                occasion_date=None,
            ),
        )
    ]
    pred = [doc("d", q(0, 10, "Ann Lee", speaker_start=12, speaker_end=15, speaker_id="ann",
                       confidence=0.95))]  # fmt: skip
    data = json.loads(json.dumps(score_documents(gold, pred).to_json()))
    assert data["speaker"]["scoring"] == "name"
    assert data["speaker"]["accuracy"] == 1.0
    assert data["speaker"]["high_confidence"] == {"right": 1, "total": 1, "value": 1.0}
    assert data["speaker_by_mention"]["attribution"]["f1"] == 1.0
    assert data["span"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["occasion"]["type_accuracy"] == {"right": 0, "total": 1, "value": 0.0}
    assert data["occasion"]["undated_given_date"]["total"] == 1
    assert data["speaker_identity"]["all"]["same_gold"] == 0
    assert data["occasion_date"]["value"] is None
    assert data["misses"] == [] and data["problems"] == []


def test_text_report_shows_the_canonical_name_beside_the_prediction():
    gold = [doc("d", rq(0, 10, "Bill Clinton", "he", speaker_start=12, speaker_end=14))]
    pred = [doc("d", q(0, 10, "Hillary Clinton", speaker_mention="he", speaker_start=12,
                       speaker_end=14, confidence=0.9, method="cue-verb subject"))]  # fmt: skip
    text = format_report(score_documents(gold, pred))
    assert "by canonical name" in text and "by name or mention overlap" in text
    assert "gold: Bill Clinton (mention 'he')" in text
    assert "pred: Hillary Clinton (he; cue-verb subject, 0.9)" in text


def test_eval_command_prints_json_and_names_bad_lines(tmp_path):
    from click.testing import CliRunner

    from quotetui.cli import main

    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    quote = rq(0, 10, "Ann Lee", "\u202eshe", speaker_start=12, speaker_end=15)
    gold.write_text(json.dumps(doc("d", quote)) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(doc("d", q(0, 10, "Bo Chen"))) + "\n", encoding="utf-8")
    runner = CliRunner()

    result = runner.invoke(main, ["eval", "--json", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["speaker"]["right"] == 0 and data["resolved_quotes"] == 1
    assert data["misses"][0]["gold"]["speaker_canonical"] == "Ann Lee"
    assert data["misses"][0]["gold"]["speaker"] == "\u202eshe"  # the data, intact …
    assert "\u202e" not in result.stdout  # … but never a live bidi override on the terminal

    with pred.open("a", encoding="utf-8") as fh:
        fh.write("[1, 2]\n")
    result = runner.invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 1
    assert f"{pred}:2: expected an object with a doc_id" in result.stderr
    assert "speaker accuracy" in result.stdout and "gold: Ann Lee" in result.stdout
