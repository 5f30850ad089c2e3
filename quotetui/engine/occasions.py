"""Occasions: the event or medium, place and date of what was said.

The occasion phrase comes from the attribution clause ("said Wednesday at a reception at the
Russian Embassy in central Seoul", "in a statement on Feb 22", "told reporters", "posted on X").
The date phrase is kept as written; :func:`quotetui.dates.resolve_date` places it against the
article's publication date once that is known (``attribute.finalise``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotetui.dates import looks_like_date, names_a_day
from quotetui.engine.lexicon import OCCASION_NOUNS, lemma
from quotetui.engine.syntax import entity_of

OCCASION_PREPS = frozenset({"at", "during", "in", "on", "to", "before", "via", "through"})
MEDIA = frozenset(
    "twitter facebook instagram x telegram tiktok youtube truth social linkedin threads "
    "television tv radio cnn fox msnbc nbc abc cbs bbc".split()
)
AUDIENCE_NOUNS = frozenset(
    "reporters journalists press media audience crowd supporters lawmakers students "
    "viewers listeners".split()
)


@dataclass
class Occasion:
    text: str | None  # event or medium ("reception at the Russian Embassy in central Seoul")
    date_phrase: str | None  # as written ("Wednesday", "on Feb 22")
    date: str | None = None  # resolved YYYY-MM-DD / YYYY-MM


def occasion_for_cue(cue: Token, inside: list[int]) -> Occasion:
    """The occasion named around a reporting verb, and the date attached to it."""
    text = None
    verbs = [cue]
    # "adding that …", "to convey …": the occasion usually sits on the main verb.
    if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.pos_ in ("VERB", "AUX"):
        verbs.append(cue.head)
    for verb in verbs:
        for child in verb.children:
            if inside[child.i] != -1 or text is not None:
                continue
            if child.dep_ == "prep" and child.lower_ in OCCASION_PREPS:
                obj = _pobj(child)
                if obj is not None and _is_occasion_noun(obj):
                    text = _phrase_without_date(obj, inside)
            elif child.dep_ in ("dobj", "dative") and child.lower_ in AUDIENCE_NOUNS:
                text = f"{cue.text} {_plain(child.subtree, inside)}"
    date_phrase = None
    for verb in verbs:
        date_phrase = date_near(verb, inside)
        if date_phrase is not None:
            break
    return Occasion(text, date_phrase)


def occasion_in_frame(frame: list[Token], inside: list[int]) -> Occasion:
    """The occasion in the words right after a quote ("… “blackmail” in a statement on
    Wednesday."), for when the parse hung those words on the quote instead of the verb."""
    text = None
    date_phrase = None
    for tok in frame:
        if text is None and tok.dep_ == "prep" and tok.lower_ in OCCASION_PREPS:
            obj = _pobj(tok)
            if obj is not None and _is_occasion_noun(obj) and inside[obj.i] == -1:
                text = _phrase_without_date(obj, inside)
        if date_phrase is None and tok.ent_type_ == "DATE" and tok.ent_iob_ == "B":
            ent = entity_of(tok)
            if ent is not None and looks_like_date(ent.text):
                date_phrase = with_preposition(ent)
    return Occasion(text, date_phrase)


def date_near(verb: Token, inside: list[int]) -> str | None:
    """The date phrase attached to a verb: "Wednesday", "on Friday", "in a statement on
    Feb 22" — reached through its modifiers, never through its subject ("Gonzalez, 64,") or
    another clause."""
    best: tuple[int, Span] | None = None
    doc = verb.doc
    for i in range(verb.left_edge.i, verb.right_edge.i + 1):
        tok = doc[i]
        if tok.ent_iob_ != "B" or tok.ent_type_ != "DATE" or inside[i] != -1:
            continue
        ent = entity_of(tok)
        if ent is None or not looks_like_date(ent.text):
            continue
        hops = _hops_to(ent.root, verb)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, ent)
    if best is None:
        return None
    return with_preposition(best[1])


def lead_date(
    doc: Doc, text: str, paragraphs: list[tuple[int, int]], inside: list[int]
) -> str | None:
    """The day the story is about: the first specific day the lead (its first two real
    paragraphs) names, e.g. "failed on Thursday to agree". An undated quote reported in the
    plain past most likely belongs to it."""
    seen = 0
    for start, end in paragraphs:
        if len(text[start:end].split()) < 8:
            continue  # a title, a dateline, a byline
        seen += 1
        span = doc.char_span(start, end, alignment_mode="expand")
        for ent in span.ents if span is not None else ():
            if ent.label_ == "DATE" and inside[ent.start] == -1 and names_a_day(ent.text):
                return with_preposition(ent)
        if seen >= 2:
            break
    return None


def with_preposition(ent: Span) -> str:
    """The date phrase with the words that place it: "earlier in February", "last week"."""
    doc = ent.doc
    words: list[str] = []
    i = ent.start - 1
    while (
        i >= 0
        and doc[i].lower_ in ("in", "on", "earlier", "later", "late", "early", "since")
        and len(words) < 3
    ):
        words.insert(0, doc[i].text)
        i -= 1
    return " ".join([*words, ent.text])


def _hops_to(token: Token, verb: Token) -> int | None:
    """Steps from a token up to the verb, or None when the way passes through a subject,
    an apposition or another verb."""
    node = token
    for hops in range(1, 7):
        if node.dep_ in ("nsubj", "nsubjpass", "appos", "relcl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.i == verb.i:
            return hops
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def _is_occasion_noun(token: Token) -> bool:
    word = lemma(token)
    return word in OCCASION_NOUNS or token.lower_ in MEDIA


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
    return None


def _plain(tokens: Iterable[Token], inside: list[int]) -> str:
    toks = [t for t in tokens if inside[t.i] == -1]
    return "".join(t.text_with_ws for t in toks).strip()


def _phrase_without_date(obj: Token, inside: list[int]) -> str:
    """ "a statement on Feb 22" → "statement"; keeps places ("… in central Seoul")."""
    drop: set[int] = set()
    for child in obj.children:
        if child.dep_ == "det":
            drop.add(child.i)
        if child.dep_ == "prep":
            pobj = _pobj(child)
            if pobj is not None and pobj.ent_type_ == "DATE":
                drop.update(t.i for t in child.subtree)
        if child.dep_ in ("relcl", "acl", "appos", "punct") and child.i > obj.i:
            drop.update(t.i for t in child.subtree)
    toks = [t for t in obj.subtree if t.i not in drop and inside[t.i] == -1]
    text = "".join(t.text_with_ws for t in toks).strip().rstrip(",;:")
    return text
