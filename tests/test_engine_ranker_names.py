"""The ranker's candidates carry the speaker each resolves to: the trainer labels candidates
by that name (benchmarks/train_ranker.py --labels name)."""

from __future__ import annotations

from quotetui.engine import ranker

TEXT = (
    "The harbour board met on Monday night.\n\n"
    "Harbour master Ivan Petrov said the dredging would start in spring. "
    "“We cannot wait another winter,” he said. "
    "“The channel is silting up faster than anyone expected.”\n\n"
    "Councillor Amy Shaw disagreed. “It is too early to spend that money,” she said."
)


def _collected(nlp) -> dict[str, list[ranker.Candidate]]:
    component = nlp.get_pipe("quote_attribution")
    doc = nlp.make_doc(TEXT)
    for _, proc in nlp.pipeline:
        if proc is not component:
            doc = proc(doc)
    ranker.COLLECT = []
    try:
        component(doc)
        collected = ranker.COLLECT
    finally:
        ranker.COLLECT = None
    return {TEXT[ctx.quote.start : ctx.quote.end]: cands for ctx, cands, _, _ in collected}


def _word(candidates: list[ranker.Candidate], word: str) -> ranker.Candidate:
    return next(c for c in candidates if c.span and TEXT[c.span[0] : c.span[1]] == word)


def test_candidates_carry_the_name_they_resolve_to(nlp) -> None:
    quotes = _collected(nlp)
    first = quotes["“We cannot wait another winter,”"]
    assert _word(first, "he").speaker == "Ivan Petrov"  # the pronoun, resolved
    assert _word(first, "Petrov").speaker == "Ivan Petrov"
    third = quotes["“It is too early to spend that money,”"]
    assert _word(third, "she").speaker == "Amy Shaw"


def test_the_carry_candidate_is_the_previous_speaker(nlp) -> None:
    second = _collected(nlp)["“The channel is silting up faster than anyone expected.”"]
    carry = next(c for c in second if c.token == ranker.CARRY)
    assert carry.speaker == "Ivan Petrov"
