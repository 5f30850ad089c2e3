"""The ranker's candidates carry the speaker each resolves to, and features that say how it
resolved: the trainer labels candidates by that name (benchmarks/train_ranker.py)."""

from __future__ import annotations

from quotetui.engine import ranker

TEXT = (
    "The harbour board met on Monday night.\n\n"
    "Harbour master Ivan Petrov said the dredging would start in spring. "
    "“We cannot wait another winter,” he said. "
    "“The channel is silting up faster than anyone expected.”\n\n"
    "Councillor Amy Shaw disagreed. “It is too early to spend that money,” she said."
)


def _collected(nlp) -> list[tuple[str, list[ranker.Candidate]]]:
    doc = nlp.make_doc(TEXT)
    for _, proc in nlp.pipeline:
        if proc is not nlp.get_pipe("quote_attribution"):
            doc = proc(doc)
    ranker.COLLECT = []
    try:
        nlp.get_pipe("quote_attribution")(doc)
        collected = ranker.COLLECT
    finally:
        ranker.COLLECT = None
    return [(TEXT[ctx.quote.start : ctx.quote.end], cands) for ctx, cands, _, _ in collected]


def test_candidates_carry_the_name_they_resolve_to(nlp) -> None:
    quotes = dict(_collected(nlp))
    first = quotes["“We cannot wait another winter,”"]
    he = next(c for c in first if c.span and TEXT[c.span[0] : c.span[1]] == "he")
    assert he.speaker == "Ivan Petrov"
    assert "resgroup:pronoun:clear" in he.features or "resgroup:pronoun:close" in he.features
    assert "same:sieve" in he.features  # the sieve's choice is "he" itself
    petrov = next(c for c in first if c.span and TEXT[c.span[0] : c.span[1]] == "Petrov")
    assert petrov.speaker == "Ivan Petrov"
    assert "same:sieve" in petrov.features  # another mention of the sieve's speaker


def test_the_carry_candidate_is_the_previous_speaker_and_knows_who_spoke_before(nlp) -> None:
    quotes = dict(_collected(nlp))
    second = quotes["“The channel is silting up faster than anyone expected.”"]
    carry = next(c for c in second if c.token == ranker.CARRY)
    assert carry.speaker == "Ivan Petrov"
    third = quotes["“It is too early to spend that money,”"]
    she = next(c for c in third if c.span and TEXT[c.span[0] : c.span[1]] == "she")
    assert she.speaker == "Amy Shaw"
    assert "same:previous" not in she.features
    petrov = [c for c in third if c.speaker == "Ivan Petrov" and c.token != ranker.CARRY]
    assert all("spoke:before" in c.features for c in petrov)
    assert "spoke:before" not in she.features


def test_resolution_features_read_as_words() -> None:
    assert ranker.describe("resgroup:pronoun:close") == "a pronoun resolved narrowly"
    assert ranker.describe("same:sieve") == "the same speaker as the rule's choice"
    assert ranker.describe("spoke:before") == "a speaker the article quoted before"
