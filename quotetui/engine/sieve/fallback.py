"""The last resorts, for a quote no cue rule attributed: the subject of its own sentence, then
the sentence before it (``sentence subject``, ``previous sentence``, ``previous subject``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, Finding, QuoteContext, Scope, Verdict, cue
from quotetui.engine.syntax import is_cue_word, is_person_like
from quotetui.model import Method

TERM_MAX_WORDS = 4


def looks_short(article: Article, ctx: QuoteContext) -> bool:
    """A few words that do not end a sentence: a term, unless someone is reported saying them."""
    inner = article.text[ctx.quote.inner_start : ctx.quote.inner_end]
    if _FIRST_PERSON.search(inner):
        return False  # “Yes, I support Ted Cruz,”: a scare quote never says "I"
    return len(inner.split()) <= TERM_MAX_WORDS + 2 and not re.search(r"[.!?]\W*$", inner.strip())


_FIRST_PERSON = re.compile(r"\b(I|I['’](m|ve|d|ll)|[Mm]y|[Mm]e)\b")  # a slogan may say "we"


class SentenceSubject:
    """A quote embedded in the reporter's sentence is its main verb's subject's ("Trump later
    defended his comments as being “sarcastic.”"), or, when short and the subject names
    nobody, a scare quote."""

    method = Method.SENTENCE_SUBJECT
    scope = Scope.TURN
    base = 0.45

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Finding | None:
        if not article.has_narrative(ctx):
            return None
        guess = self._subject(article, ctx)
        if looks_short(article, ctx) and (guess is None or not _names_someone(guess)):
            # A clause with its own subject right after a quote of the same paragraph ("…,"
            # he said. "We'll see them in Luxembourg,") goes on with that quote's words, not a
            # scare quote: the continuation after this rule may take it.
            goes_on = previous is not None and previous.ctx.paragraph == ctx.paragraph
            return None if goes_on and _is_clause(article, ctx) else Verdict.TERM
        return guess

    def _subject(self, article: Article, ctx: QuoteContext) -> Cue | None:
        start, end = article.sentence_bounds(ctx)
        sent = article.tokens[start:end]
        verbs = [
            t
            for t in sent
            if article.inside[t.i] == -1
            and t.pos_ in ("VERB", "AUX")
            and (
                t.dep_ in ("ROOT", "conj", "ccomp", "advcl")
                or (t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ == "PROPN")
            )
        ]
        verbs.sort(key=lambda v: (v.dep_ != "ROOT", abs(v.i - ctx.tok_start)))
        for verb in verbs:
            root = verb.head
            if (
                verb.dep_ in ("advcl", "acl")
                and root.dep_ == "ROOT"
                and root.pos_ in ("NOUN", "PROPN")
                and root.i < verb.i
                and is_person_like(root)
            ):
                # A name the parse took for the sentence's root, a long apposition between
                # it and its verb ("Aaron Kall, the director …, compared Trump to …"): the
                # name is the verb's subject.
                return cue(self, article.cue_span(verb), root)
            for child in verb.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and article.inside[child.i] == -1
                    and is_person_like(child)
                    and child.lower_ not in ("it", "there", "this", "that", "what")
                ):
                    return cue(self, article.cue_span(verb), child)
        return None


_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _is_clause(article: Article, ctx: QuoteContext) -> bool:
    """Whether the quote holds a finite verb with its subject, both inside the marks."""
    tokens = article.tokens
    for i in range(ctx.tok_start, ctx.tok_end):
        tok = tokens[i]
        head = tok.head
        if (
            tok.dep_ in ("nsubj", "nsubjpass", "expl")
            and ctx.tok_start <= head.i < ctx.tok_end
            and (
                head.tag_ in _FINITE
                or any(c.tag_ in _FINITE and c.dep_ in ("aux", "auxpass") for c in head.children)
            )
        ):
            return True
    return False


def _names_someone(found: Cue) -> bool:
    """A short quote in a sentence whose subject is a person or organisation is likely their
    words ("Trump later defended his comments as being “sarcastic.”"), not a scare quote."""
    subject = found.subject
    if subject is None:
        return False
    if subject.lower_ in ("he", "she", "they"):
        return True
    return subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _previous_sentence(article: Article, ctx: QuoteContext) -> list[Token]:
    """The sentence before a quote that stands alone (no reporter's words lead into it)."""
    if article.left_frame(ctx):
        return []  # the reporter's words lead into the quote in its own sentence
    return article.previous_sentence_tokens(ctx)


class PreviousSentence:
    """A quote standing alone after "Lynch announced the lawsuit." is Lynch's."""

    method = Method.PREVIOUS_SENTENCE
    scope = Scope.TURN
    base = 0.75

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        for tok in _previous_sentence(article, ctx):
            if tok.dep_ in ("ROOT", "conj") and is_cue_word(tok):
                subject = article.subject_of(tok)
                if subject is not None and article.inside[subject.i] == -1:
                    return cue(
                        self, article.cue_span(tok), subject, written=article.is_written(tok)
                    )
        return None


class PreviousSubject:
    """After a sentence about one person ("Why was he out in the heat?") a quote standing
    alone is, more weakly, theirs."""

    method = Method.PREVIOUS_SUBJECT
    scope = Scope.TURN
    base = 0.45

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        for tok in _previous_sentence(article, ctx):
            if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
                subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and (
                    subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
                ):
                    return cue(self, article.cue_span(tok), subject)
        return None
