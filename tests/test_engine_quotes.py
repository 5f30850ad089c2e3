"""The quote finder: every mark form, nesting, paragraphs, apostrophes, unbalanced marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotetui.engine.quotes import find_quotes, paragraph_spans


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_double_and_single_marks():
    text = "He called it “a disaster” and ‘a mess’ on Monday."
    assert spans(text) == ["“a disaster”", "‘a mess’"]


def test_straight_double_and_single_marks():
    text = "She said \"we will win\" and then 'we must' again."
    assert spans(text) == ['"we will win"', "'we must'"]


def test_guillemets_and_doubled_marks():
    assert spans("Il a dit «non merci» hier.") == ["«non merci»"]
    assert spans("He said ``no comment'' twice.") == ["``no comment''"]
    assert spans("He said ‘‘no comment’’ twice.") == ["‘‘no comment’’"]
    assert spans("He said ''no comment'' twice.") == ["''no comment''"]


def test_apostrophes_are_not_marks():
    text = "Don’t touch Barnes’ boat; it’s the ’90s and rock ’n’ roll, isn't it? O'Brien's too."
    assert find_quotes(text) == []


def test_an_elision_typed_with_an_opening_mark_is_no_quote():
    # Autocorrect turns the apostrophe of 'bout, 'em, '90s into an opening ‘; taken for a
    # quote it would swallow the real quote that follows.
    text = "How ‘bout the sign: “Save our ‘90s arcade,” it read. Rock ‘n’ roll, ‘em all."
    assert spans(text) == ["“Save our ‘90s arcade,”"]
    assert spans("He said ‘10 years is enough’ twice.") == ["‘10 years is enough’"]


def test_quote_containing_apostrophes_stays_whole():
    text = "“We don’t sell Barnes’ boats,” he said."
    assert spans(text) == ["“We don’t sell Barnes’ boats,”"]


def test_quote_inside_quote_is_nested():
    text = "“He told me ‘never again’ last year,” she said."
    found = find_quotes(text)
    assert [text[q.start : q.end] for q in found] == [
        "“He told me ‘never again’ last year,”",
        "‘never again’",
    ]
    assert [q.depth for q in found] == [0, 1]


def test_multi_paragraph_quote_is_one_quote_in_pieces():
    text = (
        "The minister said:\n\n"
        "“We will not give up. This is the first paragraph.\n\n"
        "“And this is the second one, still the same quote.\n\n"
        "“It ends here.”\n\n"
        "Then the reporter goes on."
    )
    found = find_quotes(text)
    assert len(found) == 3
    assert len({q.group for q in found}) == 1
    assert [q.piece for q in found] == [0, 1, 2]
    assert [q.closed for q in found] == [False, False, True]
    assert all("\n" not in text[q.start : q.end] for q in found)
    assert text[found[-1].start : found[-1].end] == "“It ends here.”"


def test_unbalanced_mark_never_swallows_the_next_paragraph():
    text = "He said “this never closes.\n\nA new paragraph with “a quote” in it."
    found = find_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["“this never closes.", "“a quote”"]
    assert found[0].closed is False


def test_misprinted_opening_mark_closes():
    text = "PolitiFact rated it “Mostly False.“\n\nNext paragraph."
    assert spans(text) == ["“Mostly False.“"]


def test_missing_space_after_closing_mark():
    text = '"Hello,"she said. "Bye," he answered.'
    assert spans(text) == ['"Hello,"', '"Bye,"']


def test_paragraphs_are_lines_unless_hard_wrapped():
    assert paragraph_spans("One.\nTwo.\n\nThree.") == [(0, 4), (5, 9), (11, 17)]
    wrapped = "\n".join(["word " * 13 + "and"] * 10) + "\n\nNext paragraph starts here."
    assert len(paragraph_spans(wrapped)) == 2


MARKS = st.sampled_from(list("“”‘’\"'«»`„ \n.,a") + ["''", "``", "\n\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=4)), max_size=60).map("".join))
def test_finder_is_total_and_spans_nest(text):
    found = find_quotes(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.inner_start <= q.inner_end
    # Any two spans are disjoint or one contains the other.
    for a in found:
        for b in found:
            if a is b:
                continue
            disjoint = a.end <= b.start or b.end <= a.start
            nested = (a.start <= b.start and b.end <= a.end) or (
                b.start <= a.start and a.end <= b.end
            )
            assert disjoint or nested, (text, a, b)
