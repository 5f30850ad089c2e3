"""Where the story's lead begins: paragraphs numbered from the first of running prose.

An archive's or outlet's front matter ("ABSTRACT.", "FULL TEXT.", a section kicker, a
standfirst, a byline or photo credit) stands between the title and the story on lines of
their own. The rules count the lead as the title and the first paragraphs after it
(``threads._LEAD_PARAGRAPHS``): counted as paragraphs, such lines would push the story's own
first paragraphs out of the lead. They are told apart by what they are, short lines, not by
any one outlet's labels.
"""

from __future__ import annotations

from collections.abc import Sequence

# spacy.attrs is compiled (Cython) and ships no type stubs.
from spacy.attrs import IS_ALPHA, ORTH  # type: ignore[import-not-found]
from spacy.tokens import Doc

# Before the story's first paragraph of running prose, a paragraph of fewer words than this is
# front matter: labels and kickers are one to four words, standfirsts and credits about ten,
# while a news lead is a full sentence of twenty and more.
_PROSE_WORDS = 12
# After it, until the lead is complete, only a label stands apart ("FULL TEXT.", "CORRECTION
# APPENDED."): a short sentence there is the story's ("Maybe the old rules still apply."), and
# so is an embed (a tweet's markup has no words).
_LABEL_WORDS = 3
# At most this many lines of front matter before the story: a title's kicker, an archive's
# label and abstract label, a standfirst, a byline.
_FRONT_LINES = 4
# How many paragraphs after the title the lead is counted over (the title is paragraph 0).
_LEAD = 2


def lead_numbering(
    doc: Doc, token_paragraph: Sequence[int], quoted: Sequence[bool]
) -> tuple[list[int], list[bool]]:
    """Each token's paragraph as the occasion rules count it, and whether it is front matter:
    the lines of front matter between the title and the end of the lead share the number of
    the paragraph before them, and every later paragraph moves up by as many. Front matter
    tells no news of its own ("Email inquiry bruises Democratic candidate's efforts" is no
    inquiry anyone speaks at): the rules read past it."""
    if not token_paragraph:
        return [], []
    count = token_paragraph[-1] + 1
    words = [0] * count
    story = [False] * count  # quoted words or markup: the story's, however short
    # Read as columns: a Token made for each of the article's words costs more than the test.
    alpha = doc.to_array(IS_ALPHA).tolist()
    orth = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    for i in range(len(doc)):
        p = token_paragraph[i]
        if alpha[i]:
            words[p] += 1
        elif quoted[i] or strings[orth[i]].startswith("<"):
            story[p] = True
    # The short lines between the title and the first paragraph of running prose, if a few:
    # a run of short paragraphs is a story told in short paragraphs.
    opening = 1
    while opening < count and not story[opening] and words[opening] < _PROSE_WORDS:
        opening += 1
    if opening - 1 > _FRONT_LINES or opening == count:
        opening = 1
    number = [0] * count
    front = [False] * count
    rank = 0
    for p in range(1, count):
        label = not story[p] and 0 < words[p] <= _LABEL_WORDS
        if p < opening or (rank < _LEAD and label):
            number[p] = rank
            front[p] = True
            continue
        rank += 1
        number[p] = rank
    return [number[p] for p in token_paragraph], [front[p] for p in token_paragraph]
