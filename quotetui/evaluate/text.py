"""The report as the text ``quotetui eval`` prints, misses listed with their quotes."""

from __future__ import annotations

from quotetui.evaluate.report import (
    Miss,
    MissKind,
    PairAgreement,
    Ratio,
    Report,
    Scoring,
    SpeakerScore,
)


def _short(text: str | None, width: int = 70) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def _ratio(ratio: Ratio, what: str = "") -> str:
    return f"{_num(ratio.value)}  ({ratio.right}/{ratio.total}{' ' + what if what else ''})"


def _pair_text(agreement: PairAgreement) -> str:
    return (
        f"P {_num(agreement.precision)} ({agreement.same_both}/{agreement.same_predicted})  "
        f"R {_num(agreement.recall)} ({agreement.same_both}/{agreement.same_gold})"
    )


_SCORING_TEXT = {
    Scoring.NAME: "by canonical name",
    Scoring.MENTION: "by name or mention overlap",
    Scoring.PLAIN: "name or mention overlap",
}


def _speaker_lines(score: SpeakerScore) -> list[str]:
    ap, ar, af = score.attribution.as_tuple()
    how = _SCORING_TEXT[score.scoring]
    return [
        f"speaker accuracy     {score.accuracy:.3f}  ({score.correct}/{score.matched} matched; "
        f"{how})",
        f"attribution          P {ap:.3f}  R {ar:.3f}  F1 {af:.3f}",
        f"confidence ≥ 0.9     {_ratio(score.high_confidence, 'right')}",
    ]


def format_report(report: Report, max_misses: int = 50) -> str:
    sp, sr, sf = report.span_prf
    lines = [
        f"documents            {report.documents}",
        f"gold quotes          {report.gold_quotes} (non-term"
        + (f"; {report.resolved_quotes} resolved" if report.resolved_quotes else "")
        + ")",
        f"predicted quotes     {report.pred_quotes} ("
        + (
            f"{report.pred_quotes - report.matched_as_term} non-term, "
            f"{report.matched_as_term} terms over spoken quotes"
            if report.matched_as_term
            else "non-term"
        )
        + ")",
        f"span                 P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        *_speaker_lines(report.speaker),
    ]
    if report.speaker_by_mention is not None:
        lines += ["", "beside it, with credit for the mention (PolNeAR's scoring):"]
        lines += _speaker_lines(report.speaker_by_mention)
    lines += [
        "",
        f"occasion-date acc.   {_ratio(report.date_accuracy_ratio, 'with a gold date')}",
        f"terms unattributed   {_ratio(report.terms)}",
    ]
    if report.occasion is not None:
        occ = report.occasion
        lines += [
            f"occasion type acc.   {_ratio(occ.type_accuracy, 'with a gold type')}",
            "undated given date   "
            + _ratio(occ.undated_given_date, "gold undated; lower is better"),
            f"place recall         {_ratio(occ.place_recall, 'with a gold place')}",
            f"occasion recall      {_ratio(occ.occasion_recall, 'with a gold occasion')}",
        ]
        for name, ratio in occ.by_type:
            lines.append(f"  type {name:<14}  {_ratio(ratio)}")
    if report.identity is not None:
        ident = report.identity
        lines += [
            "",
            f"speaker identity over pairs of {ident.quotes} matched quotes "
            "(same speaker_id vs same speaker_entity)",
            f"  all pairs          {_pair_text(ident.all_pairs)}",
            f"  across articles    {_pair_text(ident.cross_article)}",
        ]
    lines += [
        "",
        "accuracy by confidence (predicted quotes whose span and speaker are right, "
        + _SCORING_TEXT[report.speaker.scoring]
        + ")",
    ]
    for band in report.speaker.bands:
        lines.append(f"  {band.label:<9}  {_num(band.accuracy)}  ({band.right}/{band.total})")
    if report.problems:
        lines += ["", f"problems ({len(report.problems)}: left out of the scores)"]
        lines += [f"  {p}" for p in report.problems]
    if report.misses and max_misses:
        shown = report.misses[:max_misses]
        lines += ["", f"misses ({len(report.misses)}, first {len(shown)})"]
        for miss in shown:
            lines += _miss_lines(miss)
    return "\n".join(lines)


def _miss_lines(miss: Miss) -> list[str]:
    g, p = miss.gold, miss.pred
    text = (g.text if g else p.text if p else "") or ""
    lines = [f"  {miss.doc_id}@{miss.start} {miss.what.value}: {_short(text)}"]
    if g is not None and miss.what is not MissKind.MISSED_SPAN:
        if g.has_canonical:
            who = f"{g.speaker_canonical or '(nobody)'}"
            if g.speaker and g.speaker != g.speaker_canonical:
                who += f" (mention {_short(g.speaker, 30)!r})"
        else:
            who = f"{g.speaker!s}"
        lines.append(f"      gold: {who}  {g.occasion_date or ''}".rstrip())
    if p is not None:
        who = "(term)" if p.is_term else f"{p.speaker!s}"
        lines.append(
            f"      pred: {who} ({_short(p.speaker_mention, 30)}; "
            f"{p.method}, {p.confidence})  {p.occasion_date or ''}".rstrip()
        )
    return lines
