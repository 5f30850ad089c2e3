"""Photo captions, credits, bylines and datelines: paragraphs whose names are not what a
pronoun means next."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Token

_CREDIT = re.compile(
    r"\b(?:AP|Reuters|Getty|AFP|EPA|POOL|Photo|Photograph|Photos|Image|Images|Credit|"
    r"Shutterstock|Bloomberg)\b"
)


# A byline or a dateline on its own line names the agency too, but what follows is the story's
# lead, not a caption ("By Jane Roe, AP", "WASHINGTON (Reuters)").
_BYLINE_OR_DATELINE = re.compile(
    r"(?:By\s|[A-Z][A-Z .,'’-]{1,40}\s*\([^()\n]{2,40}\)\s*[-—–]?\s*$)"
)


def _captions(
    text: str,
    paragraphs: Sequence[tuple[int, int]] | None,
    token_paragraph: Sequence[int] | None,
    n_tokens: int,
    tokens: Sequence[Token] = (),
) -> list[bool]:
    """For each token, whether its paragraph is a photo caption: a short paragraph ending in a
    credit ("(AP Photo/Evan Vucci)"), the one before a paragraph that is only a credit
    ("POOL New/Reuters."), or the one after it when it opens in the present tense, as
    captions do ("Sanford police officer Timothy Smith holds up the gun …")."""
    out = [False] * n_tokens
    if not paragraphs or token_paragraph is None:
        return out
    flagged: set[int] = set()
    for k, (start, end) in enumerate(paragraphs):
        para = text[start:end].strip()
        words = para.split()
        if not words or len(words) > 60:
            continue
        if (
            len(words) <= 6
            and _CREDIT.search(para)
            and not re.search(r"[“”\"]", para)
            and not _BYLINE_OR_DATELINE.match(para)
        ):
            flagged.add(k)
            if k > 0:
                prev = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]]
                if len(prev.split()) <= 60 and not re.search(r"[“”\"]", prev):
                    flagged.add(k - 1)
            if k + 1 < len(paragraphs) and _present_tense_caption(
                text, paragraphs[k + 1], token_paragraph, tokens, k + 1
            ):
                flagged.add(k + 1)
        elif re.search(r"\((?:[^()]*\b(?:Photo|Image|Credit)\b[^()]*)\)\s*$", para):
            flagged.add(k)
    if flagged:
        for i in range(n_tokens):
            if token_paragraph[i] in flagged:
                out[i] = True
    return out


def _present_tense_caption(
    text: str,
    span: tuple[int, int],
    token_paragraph: Sequence[int],
    tokens: Sequence[Token],
    k: int,
) -> bool:
    """A short paragraph without quote marks whose first sentence's main verb is in the
    present tense."""
    para = text[span[0] : span[1]]
    if len(para.split()) > 60 or re.search(r"[“”\"]", para):
        return False
    first = bisect.bisect_left(token_paragraph, k) if tokens else len(tokens)
    for tok in tokens[first : first + 40]:
        if token_paragraph[tok.i] != k:
            break
        if tok.dep_ == "ROOT":
            return tok.tag_ in ("VBZ", "VBP")
    return False


# "LONDON (Reuters) -": the agency in a dateline is who filed the story, not who it is about.
_DATELINE_CREDIT = re.compile(r"[A-Z][A-Z .,'’-]{1,40}\s*\(([^()\n]{2,40})\)\s*[-—–]")


def _dateline_credits(
    text: str, paragraphs: Sequence[tuple[int, int]] | None, tokens: Sequence[Token]
) -> list[tuple[int, int]]:
    """Token ranges of a dateline (its place and credit) in the first paragraphs."""
    out = []
    for start, _ in (paragraphs or [])[:3]:
        m = _DATELINE_CREDIT.match(text, start)
        if m is None:
            continue
        lo, hi = m.start(), m.end(1)  # the place and the agency: "LONDON (Reuters)"
        hits = []
        for t in tokens:
            if t.idx >= hi:
                break
            if t.idx >= lo:
                hits.append(t.i)
        if hits:
            out.append((hits[0], hits[-1] + 1))
    return out
