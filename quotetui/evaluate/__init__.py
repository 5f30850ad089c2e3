"""Scoring predictions against gold, as ``docs/FORMATS.md`` ("Scoring") describes.

A predicted quote matches a gold quote when their spans overlap by at least half of each one's
length (one-to-one, greedy by overlap). Spans are scored over non-``term`` quotes.

Plain gold (no ``speaker_canonical``): the speaker is right when the names agree (ignoring case,
punctuation and titles) or when the predicted mention overlaps the gold mention.

Resolved gold (the quote has ``speaker_canonical``): the speaker is right **by canonical name
only** — the predicted ``speaker`` equals ``speaker_canonical`` or one of its aliases, or the
words of one are all contained in the other's — and a quote nobody said (``speaker_canonical``
null) is scored like a term. On a resolved document the engine's own ``term`` answers take part
in the matching, so a spoken quote the engine called a term is a matched quote whose speaker is
wrong (nobody), not a missed span. The mention-overlap figure (by name *or* by mention) is
reported beside it, and so are the occasion metrics (where the gold has ``occasion_type``) and
speaker identity over pairs of quotes (where the gold has ``speaker_entity``).

JSON records are parsed into typed quotes at the edge; everything after works on those.

The package, each module building on those before it:

- ``name_agreement``: when two speaker names are one (case, punctuation and titles aside);
- ``records``: the typed gold and predicted quotes and documents, parsed from JSON;
- ``reading``: JSON Lines files read into those, every bad line or quote named;
- ``matching``: which predicted quote is which gold quote, by span overlap;
- ``speakers``: whether a matched quote's speaker is right, by name and by mention;
- ``report``: the report's records (``Report``, ``SpeakerScore``, ``Ratio``, ``Miss``, …)
  and their JSON;
- ``tally``: the counts a scoring run keeps;
- ``occasions``: the occasion of a matched quote (type, date, place, description);
- ``pairs``: speaker identity over pairs of quotes;
- ``scoring``: :func:`score`, :func:`score_documents` and :func:`score_parsed`;
- ``text``: the report as text (:func:`format_report`).

Names with a leading underscore are the package's own: its modules share them, nothing outside
does."""

from __future__ import annotations

from quotetui.evaluate.matching import match_quotes, spans_match
from quotetui.evaluate.name_agreement import ARTICLES, TITLES, names_agree, normalise_name
from quotetui.evaluate.occasions import FUNCTION_WORDS, content_words
from quotetui.evaluate.reading import parse_gold, parse_predictions, read_jsonl
from quotetui.evaluate.records import (
    GoldDocument,
    GoldQuote,
    PredDocument,
    PredQuote,
    QuoteSpan,
    gold_quote,
    pred_quote,
)
from quotetui.evaluate.report import (
    CONFIDENCE_BANDS,
    HIGH_CONFIDENCE,
    PRF,
    Band,
    IdentityScore,
    JSONValue,
    Miss,
    MissKind,
    OccasionScore,
    PairAgreement,
    Ratio,
    Report,
    Scoring,
    SpeakerScore,
)
from quotetui.evaluate.scoring import score, score_documents, score_parsed
from quotetui.evaluate.speakers import (
    right_by_mention,
    right_by_name,
    right_plain,
    speaker_judge,
    speaker_right,
)
from quotetui.evaluate.text import format_report

__all__ = [
    "ARTICLES",
    "Band",
    "CONFIDENCE_BANDS",
    "FUNCTION_WORDS",
    "GoldDocument",
    "GoldQuote",
    "HIGH_CONFIDENCE",
    "IdentityScore",
    "JSONValue",
    "Miss",
    "MissKind",
    "OccasionScore",
    "PRF",
    "PairAgreement",
    "PredDocument",
    "PredQuote",
    "QuoteSpan",
    "Ratio",
    "Report",
    "Scoring",
    "SpeakerScore",
    "TITLES",
    "content_words",
    "format_report",
    "gold_quote",
    "match_quotes",
    "names_agree",
    "normalise_name",
    "parse_gold",
    "parse_predictions",
    "pred_quote",
    "read_jsonl",
    "right_by_mention",
    "right_by_name",
    "right_plain",
    "score",
    "score_documents",
    "score_parsed",
    "spans_match",
    "speaker_judge",
    "speaker_right",
]
