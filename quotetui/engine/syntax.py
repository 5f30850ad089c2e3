"""Reading the parse: token and span helpers the sieve's rules, the speaker resolution and the
occasion finder share (reporting verbs, naming verbs, mentions, entities)."""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

import numpy as np
from spacy.attrs import ENT_TYPE, LOWER, POS  # type: ignore[import-not-found]
from spacy.strings import get_string_id

# spacy.symbols is compiled (Cython) and ships no type stubs.
from spacy.symbols import AUX, VERB  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from quotetui.engine.lexicon import (
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    PHRASAL_SPEECH_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    lemma,
)

SENTENCE_END = frozenset({".", "!", "?", ";"})
# The dashes news text sets between a dateline or heading and what follows.
DASHES = frozenset({"-", "–", "—", "--"})
MENTION_PREPS = frozenset({"of", "for", "to", "at", "from", "in", "with", "on"})
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"})
# The same by id (``token.pos``, ``token.tag``), for the tests run on every token: cheaper to
# read than the strings, which spaCy decodes anew on each access.
_VERB_POS = frozenset({VERB, AUX})
_VERB_TAG_IDS = frozenset(get_string_id(tag) for tag in VERB_TAGS)

# spaCy joins every token anew on each ``doc.text`` (~0.2 ms for a news article); a Doc's text
# never changes (retokenising keeps it), so each Doc's is joined once. Weak keys: a Doc is
# forgotten when it goes.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


# ``doc.ents`` builds a new Span for every entity on each read, and the rules read it a dozen
# times per document. Unlike the text, a Doc's entities may be set anew between two runs of
# the engine, so they are held only while one run reads the Doc.
_ENTS: weakref.WeakKeyDictionary[Doc, Sequence[Span]] = weakref.WeakKeyDictionary()


# Tables of what the rules work out from a token alone, kept while one run of the engine
# reads the Doc (``run_memo``), for the same reason as its entities.
_RUN: weakref.WeakKeyDictionary[Doc, dict[str, dict[Any, Any]]] = weakref.WeakKeyDictionary()


@contextlib.contextmanager
def ents_held(doc: Doc) -> Iterator[None]:
    """While the engine reads ``doc``: its entities built once, for ``ents_of``, and its
    ``run_memo`` tables."""
    _ENTS[doc] = doc.ents
    _RUN[doc] = {}
    try:
        yield
    finally:
        _ENTS.pop(doc, None)
        _RUN.pop(doc, None)


def run_memo(doc: Doc, name: str) -> dict[Any, Any]:
    """The table ``name`` kept while one run of the engine reads ``doc`` (``ents_held``);
    outside a run, a new empty one each time (nothing kept)."""
    tables = _RUN.get(doc)
    if tables is None:
        return {}
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
    return table


def ents_of(doc: Doc) -> Sequence[Span]:
    """``doc.ents``: those held for this run of the engine, else read anew."""
    held = _ENTS.get(doc)
    return doc.ents if held is None else held


def is_cue_word(token: Token) -> bool:
    """A reporting verb ("said", "warned", "tweeted"), not the noun ("a warning")."""
    if token.pos not in _VERB_POS and token.tag not in _VERB_TAG_IDS:
        return False
    word = lemma(token)
    if word in SPEECH_VERBS:
        return True
    completing = PHRASAL_SPEECH_VERBS.get(word)
    if completing is None:
        return False
    # Right after the verb: "went on about “…”", not "going “…” … on Friday's show" nor "the
    # campaign will go on without …".
    doc, i = token.doc, token.i
    return any(
        i + len(words) < len(doc)
        and doc[i + 1].head.i == i
        and all(doc[i + 1 + k].lower_ == w for k, w in enumerate(words))
        for words in completing
    )


def agent(verb: Token) -> Token | None:
    """The "by …" of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def first_noun_phrase_head(tokens: list[Token]) -> Token | None:
    """The head of the noun phrase a stretch of words opens with: "Flynn" in "Flynn, a top
    surrogate,", "spokesman" in "the White House spokesman"."""
    words = [t for t in tokens if not t.is_space]
    if not words:
        return None
    if words[0].pos_ == "PRON":
        return words[0]
    k = 1 if words[0].pos_ == "DET" else 0
    head = None
    while k < len(words) and words[k].pos_ in ("PROPN", "NOUN", "ADJ"):
        if words[k].pos_ != "ADJ":
            head = words[k]
        k += 1
    return head


def is_passive_naming(verb: Token) -> bool:
    """ "described as …", "was dubbed …": a naming with nobody doing it."""
    if lemma(verb) not in NAMING_VERBS or verb.tag_ != "VBN" or agent(verb) is not None:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "has been described as …"
    # "has called it …" is the active perfect; a bare participle is a reduced passive.
    return not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in verb.children
    )


def verb_window(frame: list[Token]) -> int:
    """Tokens up to and including the first verb, at most 10."""
    for k, tok in enumerate(frame[:10]):
        if tok.pos_ in ("VERB", "AUX"):
            return k + 1
    return min(len(frame), 6)


def opens_with_attribution(frame: list[Token]) -> bool:
    """ "Smith said.", "said Smith.", "Hannity pressed.", "Trump tweeted, quoting …"."""
    words = [t for t in frame[:7] if not t.is_punct]
    if not words:
        return False
    if is_cue_word(words[0]):
        return True
    k = 1
    if words[0].pos_ != "PRON":
        while k < len(words) - 1 and k < 4 and words[k].pos_ in ("PROPN", "NOUN"):
            k += 1
    if k >= len(words):
        return False
    verb = words[k]
    if verb.pos_ != "VERB":
        return False
    # Any verb when the sentence is just "Name verb." — a reporting verb otherwise.
    return is_cue_word(verb) or len(words) <= k + 2


def is_person_like(token: Token) -> bool:
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if token.pos_ in ("PROPN", "PRON"):
        return True
    word = lemma(token)
    return word in ROLE_NOUNS or word in ORGANISATION_NOUNS


def token_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The paragraph number of every token."""
    if not len(doc):
        return []
    starts = np.array([s for s, _ in paragraphs] or [0], dtype=np.int64)
    idx = doc.to_array("IDX").astype(np.int64)
    found = np.searchsorted(starts, idx, side="right") - 1
    return cast(list[int], np.maximum(found, 0).tolist())


def tokens_among(
    doc: Doc,
    pos: Iterable[int] = (),
    words: Iterable[str] = (),
    ents: Iterable[str] = (),
) -> list[int]:
    """The indices, in order, of the tokens whose part of speech (an id: ``spacy.symbols``),
    lower-case form or entity label is among those given. A pass over every token that acts
    only on a few kinds of them visits those alone: reading a token's strings decodes them
    anew each time, and most tokens fail the first test (benchmarks/README.md)."""
    n = len(doc)
    if not n:
        return []
    columns = doc.to_array([POS, LOWER, ENT_TYPE]).reshape(n, 3)
    keep = np.isin(columns[:, 0], np.array(list(pos), dtype=np.uint64))
    wanted = [get_string_id(w) for w in words]
    if wanted:
        keep |= np.isin(columns[:, 1], np.array(wanted, dtype=np.uint64))
    labels = [get_string_id(e) for e in ents]
    if labels:
        keep |= np.isin(columns[:, 2], np.array(labels, dtype=np.uint64))
    return np.flatnonzero(keep).tolist()


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For every token, the index of its sentence's first token and the end of its sentence."""
    n = len(doc)
    if not n:
        return [], []
    flags = doc.to_array("SENT_START").astype(np.int64)
    flags[0] = 1
    starts = np.flatnonzero(flags == 1)
    number = np.cumsum(flags == 1) - 1
    ends = np.append(starts[1:], n)
    return cast(list[int], starts[number].tolist()), cast(list[int], ends[number].tolist())


def mention_span(doc: Doc, head: Token, inside: Sequence[int]) -> Span:
    """The speaker mention around its head token, as written ("a spokesperson for the NSC")."""
    # Asked of the same head again for every quote it is a candidate speaker of: kept for the
    # run, with the marks of quoted words it was read with (the article's, made once).
    memo: dict[int, tuple[Sequence[int], Span]] = run_memo(doc, "mention_span")
    found = memo.get(head.i)
    if found is not None and found[0] is inside:
        return found[1]
    span = _mention_span(doc, head, inside)
    memo[head.i] = (inside, span)
    return span


def _mention_span(doc: Doc, head: Token, inside: Sequence[int]) -> Span:
    ent = entity_of(head)
    if ent is not None:
        start = ent.start
        # "Seoul’s Foreign Ministry": keep the possessor with an organisation.
        for child in head.children:
            if child.dep_ == "poss" and child.i < start:
                start = min(start, child.left_edge.i)
        end = ent.end
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in MENTION_PREPS and child.i == end:
                end = _right_edge(child) + 1
        return _trim(doc, start, end)
    if head.pos_ == "PRON":
        return doc[head.i : head.i + 1]
    start = head.i
    for child in head.lefts:
        if (
            child.dep_ in ("punct", "cc", "conj", "appos", "relcl", "acl")
            or inside[child.left_edge.i] != -1
        ):
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in MENTION_PREPS and child.i == end:
            end = _right_edge(child) + 1
        elif child.dep_ in ("compound", "flat", "nummod") and child.i == end:
            end = child.i + 1
        else:
            break
    return _trim(doc, start, end)


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, found from its IOB tags (no scan of doc.ents)."""
    if token.ent_iob_ in ("", "O"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _right_edge(token: Token) -> int:
    """The end of a prepositional phrase in a mention ("of the NSC"), at most 12 words on."""
    doc = token.doc
    edge = token.i
    last = min(token.right_edge.i, token.i + 12)
    for i in range(token.i + 1, last + 1):
        t = doc[i]
        if t.dep_ in ("relcl", "acl", "appos") or t.text in (",", ";", "(", "—"):
            break
        edge = i
    return edge


def _trim(doc: Doc, start: int, end: int) -> Span:
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
