"""``cue-verb subject``: a reporting verb governs the quote in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine.lexicon import NON_PERSON_POSSESSIVES, lemma
from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.engine.syntax import is_passive_naming, is_person_like
from quotetui.model import Method


class GoverningCueVerb:
    """The quote is in a reporting verb's complement, or its object ("dismissed the claims as
    “…”"); the speaker is the verb's subject, climbing through "adding that …", "to convey …"
    and coordinated verbs. Of a chain of reported clauses ("Israel said Clinton called … “…”")
    the outermost reporter wins. A passive naming ("described as “…”") is found here too: a
    cue with nobody behind it, which makes the quote a term."""

    method = Method.CUE_VERB_SUBJECT
    scope = Scope.QUOTE
    base = 0.9

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        best: tuple[int, Token] | None = None
        said: tuple[int, Token, Token] | None = None  # a speech noun on the way, its owner
        worded: int | None = None  # steps to the nearest cue from the quote's words, not marks
        for i in range(ctx.tok_start, ctx.tok_end):
            tok = article.tokens[i]
            if ctx.tok_start <= tok.head.i < ctx.tok_end and tok.head.i != tok.i:
                continue  # only tokens whose head lies outside the quote lead out of it
            node = tok if tok.head.i == tok.i else tok.head
            via = tok  # the token the climb reached ``node`` from
            for steps in range(6):
                if article.inside[node.i] == -1 and article.is_cue(node, ctx):
                    if best is None or steps < best[0]:
                        best = (steps, node)
                    if not tok.is_punct and (worded is None or steps < worded):
                        worded = steps
                    break
                # The quote is what the noun says ("claim that …", "promise of …"), not a
                # word about it ("called Trump's comments “racially toxic”", "played down
                # Trump's comments as “…”").
                content = via.dep_ in _CONTENT_DEPS and via.lower_ != "as"
                owner = _owner(article, node) if content else None
                if owner is not None:
                    if said is None or steps < said[0]:
                        said = (steps, node, owner)
                    break
                if node.head.i == node.i or article.inside[node.i] not in (-1, ctx.index):
                    break
                via, node = node, node.head
        if said is not None and (worded is None or said[0] <= worded):
            # "Reyes dismissed Pryce's claim that the town had “run out of road”": the words
            # are the claim's owner's, not those of whoever reports on the claim.
            noun, owner = said[1], said[2]
            if noun.i < ctx.tok_start and _speech_tag_after(article, ctx):
                return None  # the quote's own tag, after it, is the adjacent cue's to take
            return cue(self, article.doc[noun.i : noun.i + 1], owner)
        if best is None:
            return None
        verb = best[1]
        if verb.i < ctx.tok_start and _speech_tag_after(article, ctx):
            return None  # the quote's own tag, after it, is the adjacent cue's to take
        if is_passive_naming(verb):
            # "sometimes described as “human wave” attacks": words nobody is said to have said.
            return Cue(Method.PASSIVE_NAMING, article.cue_span(verb), None, self.base)
        verb = _outer_reporter(article, verb, ctx)
        subject = article.subject_of(verb)
        if subject is None:
            return None
        return cue(self, article.cue_span(verb), subject, written=article.is_written(verb))


def _outer_reporter(article: Article, verb: Token, ctx: QuoteContext) -> Token:
    """ "Israel said Clinton called on members to be “…”": the words reached the reporter
    through Israel, so the outermost reporting verb of a chain of reported clauses wins."""
    node = verb
    best = verb
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            break
        node = node.head
        if (
            article.inside[node.i] == -1
            and article.is_cue(node, ctx)
            and article.subject_of(node) is not None
        ):
            best = node
    return best


_RELAYING = frozenset({"report", "quote", "write"})

# Nouns of saying whose possessor or "by"/"from" object owns the words they hold ("Pryce's
# claim that …", "a warning from the minister that …").
_OWNED_NOUNS = frozenset(
    "claim claims remark remarks comment comments warning warnings assertion accusation "
    "charge suggestion insistence promise pledge vow words argument contention quote quotes".split()
)


_CONTENT_DEPS = frozenset({"acl", "ccomp", "prep", "relcl", "xcomp", "advcl", "appos"})


def _owner(article: Article, noun: Token) -> Token | None:
    if noun.pos_ != "NOUN" or article.inside[noun.i] != -1 or lemma(noun) not in _OWNED_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and article.inside[child.i] == -1:
            found: Token | None = child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        if (
            found is not None
            and found.lower_ not in NON_PERSON_POSSESSIVES
            and (found.pos_ in ("PROPN", "PRON") or is_person_like(found))
        ):
            return found
    return None


def _speech_tag_after(article: Article, ctx: QuoteContext) -> bool:
    """ "… but Moscow strongly denies — “why wouldn't you …?” asked Dunn", "Nothing the
    president said “will assuage …,” the Florida senator said": a quote that ends on a comma,
    question or exclamation mark and is followed at once by a reporting verb and its speaker
    ("asked Dunn", "he said", "the senator said") is that speaker's; a reporting verb before
    it governs only in the parse."""
    if not article.inner(ctx).endswith((",", "?", "!")):
        return False
    right = [t for t in article.right_frame(ctx) if not t.is_punct]
    for k, tok in enumerate(right[:6]):
        if article.is_cue(tok, ctx):
            if lemma(tok) in _RELAYING:
                return False  # "He said … “…,” The Post reported": the outlet relays his words
            # The speaker in the tag itself: the verb's subject may also be a word before the
            # quote ("Nothing … the senator said" has both as subjects in the parse).
            subject = next(
                (c for c in tok.children if c.dep_ == "nsubj" and c.i >= ctx.tok_end), None
            ) or article.inverted_subject(tok, True)
            if subject is None or subject.i < ctx.tok_end or article.inside[subject.i] != -1:
                return False
            # Nothing but the speaker between the quote and the verb.
            return all(subject.left_edge.i <= t.i <= subject.right_edge.i for t in right[:k])
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False
