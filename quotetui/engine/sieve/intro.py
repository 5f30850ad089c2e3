"""``intro clause``: "Sanders shot back, “…”"."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine.lexicon import CONDITION_MARKERS
from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.engine.speakable import can_speak
from quotetui.model import Method

_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")


class IntroClause:
    """The subject of the clause the quote completes, whatever its verb."""

    method = Method.INTRO_CLAUSE
    scope = Scope.QUOTE
    base = 0.7

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        left = article.left_frame(ctx)
        if len(left) < 2 or left[0].text not in (",", ":", "—", "–"):
            return None
        for tok in left[1:]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS:
                if tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in tok.children
                ):
                    # "Unless rivals quit the race, “…”": a condition the quote is the
                    # outcome of; whoever it is about says nothing. ("As X put it, “…”"
                    # is a cue.)
                    continue
                for child in tok.children:
                    if (
                        child.dep_ in ("nsubj", "nsubjpass")
                        and article.inside[child.i] == -1
                        and child.i < ctx.tok_start
                        and child.pos_ in ("PROPN", "PRON", "NOUN")
                    ):
                        if can_speak(child):
                            return cue(self, article.cue_span(tok), child)
                        # "The timing does not surprise pollster Jo Lin: “…”": a thing
                        # acts on someone, who then speaks.
                        target = _person_object(article, tok, ctx)
                        return None if target is None else cue(self, article.cue_span(tok), target)
        return None


def _person_object(article: Article, verb: Token, ctx: QuoteContext) -> Token | None:
    """The verb's object before the quote when it names a person or a body."""
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and article.inside[child.i] == -1
            and child.i < ctx.tok_start
            and child.ent_type_ in ("PERSON", "ORG")
        ):
            return child
    return None
