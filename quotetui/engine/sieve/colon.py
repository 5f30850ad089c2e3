"""``colon intro``: "X said:" / "From the report:" / "NAME:" before the quote."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine.lexicon import (
    NON_PERSON_POSSESSIVES,
    OWNED_WORDS_NOUNS,
    SPEECH_NOUNS,
    lemma,
)
from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.engine.speakable import can_speak
from quotetui.engine.syntax import DASHES, SENTENCE_END, is_cue_word, is_person_like
from quotetui.model import Method


class ColonIntro:
    """A clause ending in a colon right before the quote, or before a block of quote
    paragraphs: a reporting verb's subject, else a short label ("PENCE:", "From the report:"),
    else the subject of any verb in it ("Trump went even further:")."""

    method = Method.COLON_INTRO
    scope = Scope.QUOTE
    base = 0.7

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        clause = colon_clause(article, ctx)
        if clause is None:
            return None
        for tok in clause:
            if is_cue_word(tok):
                subject = article.subject_of(tok) or article.inverted_subject(tok, False)
                if subject is not None:
                    return cue(
                        self, article.cue_span(tok), subject, written=article.is_written(tok)
                    )
        if 1 <= len(clause) <= 4:
            # "PENCE:" in a transcript, "From the report:".
            head = next((t for t in clause if t.pos_ == "PROPN"), None)
            if head is None:
                head = next((t for t in clause if lemma(t) in SPEECH_NOUNS), None)
            if head is not None:
                return cue(self, None, head, weaker=True)
        owner = _owner_of_words(clause)
        if owner is not None:
            return cue(self, None, owner, weaker=True)
        for tok in clause:
            # "Trump went even further:" — a clause of any verb whose subject is someone.
            if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None and is_person_like(subject):
                    return cue(self, article.cue_span(tok), subject, weaker=True)
        return None


def _owner_of_words(clause: list[Token]) -> Token | None:
    """Whose words the colon introduces, when the clause names them by a noun with a
    possessor ("The piece used one of the woman's quotes as its headline:"): the possessor,
    whatever the clause's subject (a medium, a thing) did with them."""
    for tok in clause:
        if tok.pos_ != "NOUN" or tok.lower_ not in OWNED_WORDS_NOUNS:
            continue
        for child in tok.children:
            if (
                child.dep_ == "poss"
                and child.lower_ not in NON_PERSON_POSSESSIVES
                and is_person_like(child)
                and can_speak(child)
            ):
                return child
    return None


_LABEL_LEADS = frozenset({"more", "from", "via", "says"})  # "- More from Jones:"


def _label_after_dash(clause: list[Token]) -> list[Token] | None:
    """ "Pollsters agree - Carl Bialik: “…”", "RED STATES OUTNUMBER BLUE STATES - Jeffrey M.
    Jones: “…”": a round-up's heading, a dash, and the source's name before the colon. The
    name is the speaker, not the heading's subject. ``clause`` runs from the colon back."""
    words: list[Token] = []
    for tok in clause[:7]:
        if tok.text in DASHES:
            break
        words.append(tok)
    else:
        return None
    if not words or len(words) + 1 == len(clause):
        return None  # nothing before the dash: not a heading and a source
    words.reverse()
    while words and words[0].lower_ in _LABEL_LEADS:
        words = words[1:]
    if not words or words[-1].pos_ != "PROPN":
        return None
    if not all(t.pos_ == "PROPN" or t.lower_ in ("and", "&") for t in words):
        return None
    return words


def colon_clause(article: Article, ctx: QuoteContext) -> list[Token] | None:
    """The words before a colon right before the quote, back to the sentence start, nearest
    first; None without such a colon."""
    doc = article.doc
    i = ctx.tok_start - 1
    while i >= 0 and i > ctx.tok_start - 8 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or article.inside[i] != -1:
        return None
    clause: list[Token] = []
    j = i - 1
    while j >= 0 and article.inside[j] == -1 and len(clause) < 30:
        if doc[j].text in SENTENCE_END:
            break
        if not doc[j].is_space:
            clause.append(doc[j])
        j -= 1
    return clause


def dash_label(article: Article, ctx: QuoteContext) -> list[Token] | None:
    """The source between a dash and the colon before the quote (:func:`_label_after_dash`)."""
    clause = colon_clause(article, ctx)
    return _label_after_dash(clause) if clause is not None else None
