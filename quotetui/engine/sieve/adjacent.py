"""``adjacent cue``: a reporting clause right next to the quote that the parse did not link."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine.lexicon import INFLECTIONS
from quotetui.engine.sieve.article import Article
from quotetui.engine.sieve.base import Cue, Earlier, QuoteContext, Scope, cue
from quotetui.engine.syntax import (
    first_noun_phrase_head,
    is_passive_naming,
    verb_window,
)
from quotetui.model import Method

# How far after a quote a tag with a long apposition is read ("“…,” Name, …, said").
APPOSITION_FRAME = 24


class AdjacentCue:
    """ "“…,” he said", "X said, “…”", "“…?” Hannity pressed": a reporting verb next to the
    quote in its paragraph, or failing one, a subject and any verb right after it."""

    method = Method.ADJACENT_CUE
    scope = Scope.QUOTE
    base = 0.85

    def find(self, article: Article, ctx: QuoteContext, previous: Earlier | None) -> Cue | None:
        right = article.right_frame(ctx)
        left = article.left_frame(ctx)
        inner = article.inner(ctx)
        # A question or exclamation the sentence goes on after ("“…?” asked Dunn") has its tag
        # on the right too (a new sentence after it leaves the right frame empty).
        expects_right = (
            inner.endswith((",", "—", "–", "-"))
            or (right and right[0].text == ",")
            or (inner.endswith(("?", "!")) and bool(right))
        )
        # Adjacent means near: a cue further away belongs to another clause. On the right a
        # subject noun phrase may come first ("… the Post's editor responded").
        near_right = right[: verb_window(right)]
        near_left = left[:8]
        if right and inner.endswith(".") and any(not t.is_punct and not t.is_space for t in left):
            # "As Pryce put it, “We have run out of road.” Reyes disagreed.": the reporter's
            # words before a quote that ends its sentence introduce it; the next sentence's
            # verb is someone else's reaction, not its tag.
            near_right = []
        order = (
            (near_right, near_left) if expects_right or not near_left else (near_left, near_right)
        )
        for frame in order:
            for tok in frame:
                if is_passive_naming(tok):
                    break  # "described as “…”": a passive naming blocks the way
                if not article.is_cue(tok, ctx):
                    continue
                subject = (
                    article.subject_of(tok)
                    or _apposition_outside(article, tok)
                    or article.inverted_subject(tok, frame is near_right)
                )
                if frame is near_right and subject is not None and subject.i < ctx.tok_start:
                    # "Nothing the president said “…,” the senator said": of two subjects the
                    # parse gives the verb, the one in the tag.
                    subject = next(
                        (c for c in tok.children if c.dep_ == "nsubj" and c.i >= ctx.tok_end),
                        subject,
                    )
                if subject is None and frame is near_right:
                    # "“…,” Flynn, a top Trump surrogate, said": the parse lost the subject.
                    subject = first_noun_phrase_head(frame[: frame.index(tok)])
                if subject is not None and article.inside[subject.i] == -1:
                    return cue(
                        self, article.cue_span(tok), subject, written=article.is_written(tok)
                    )
        if expects_right:
            found = self._after_apposition(article, ctx)
            if found is not None:
                return found
        return self._bare_attribution(article, ctx, right)

    def _after_apposition(self, article: Article, ctx: QuoteContext) -> Cue | None:
        """ "“…,” William M. Daley, President Obama's former chief of staff, said of …": a
        name, an apposition between commas too long for the near frame, then the tag's
        reporting verb."""
        words = article.words_after(ctx, APPOSITION_FRAME)
        if words and words[0].text == ",":
            words = words[1:]
        commas = [k for k, t in enumerate(words) if t.text == ","]
        if len(commas) < 2 or not 0 < commas[0] <= 5:
            return None
        name = words[: commas[0]]
        if not all(t.pos_ in ("PROPN", "DET", "NOUN", "PRON") or t.is_punct for t in name):
            return None
        # The comma that closes the apposition is the one the reporting verb follows ("…, the
        # chief executive of the trust, which runs the estate, said").
        verb = next(
            (
                words[k + 1]
                for k in commas[1:]
                if k + 1 < len(words) and article.is_cue(words[k + 1], ctx)
            ),
            None,
        )
        if verb is None or is_passive_naming(verb):
            return None
        subject = first_noun_phrase_head(name)
        if subject is None or article.inside[subject.i] != -1:
            return None
        return cue(self, article.cue_span(verb), subject, written=article.is_written(verb))

    def _bare_attribution(
        self, article: Article, ctx: QuoteContext, right: list[Token]
    ) -> Cue | None:
        """ "“…,” he surmised." / "“…?” Hannity pressed." / "“…,” exhorted Jamie Lee Curtis." —
        a subject and a verb right after a quote attribute it, whatever the verb."""
        if not article.inner(ctx).endswith((",", "?", "!", "—", "–")):
            return None
        words = [t for t in right if not t.is_punct][:6]
        if len(words) < 2:
            return None
        # The subject: a pronoun, a name, or "the" + nouns ("the Saudis state in the paper").
        k = 1 if words[0].pos_ == "DET" else 0
        subject_end = k
        if words[k].pos_ == "PRON" or (
            # "“…,” Trump shot back": a name the tagger took for a verb is still its subject.
            words[k].dep_ == "nsubj"
            and words[k].text[:1].isupper()
            and words[k].head.i > words[k].i
        ):
            subject_end = k + 1
        else:
            while subject_end < len(words) and (
                words[subject_end].pos_ == "PROPN" or (k == 1 and words[subject_end].pos_ == "NOUN")
            ):
                subject_end += 1
        if k < subject_end < len(words):
            verb = words[subject_end]
            looks_verb = verb.pos_ == "VERB" or verb.lower_ in INFLECTIONS
            if looks_verb and verb.dep_ not in ("amod", "compound"):
                return cue(self, article.cue_span(verb), words[subject_end - 1], weaker=True)
        if words[0].pos_ == "VERB" and words[1].pos_ in ("PROPN", "DET", "NOUN"):
            head = article.inverted_subject(words[0], True)
            if head is not None:
                return cue(self, article.cue_span(words[0]), head, weaker=True)
        return None


def _apposition_outside(article: Article, verb: Token) -> Token | None:
    """ "''…, Mr. President,'' Representative Steve Cohen, Democrat of Tennessee, told Mr.
    Obama": the parse made the quote's last words the subject and the name after the quote
    their apposition (or conjunct); the name outside the quote is the subject."""
    return next(
        (
            a
            for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass") and article.inside[subject.i] != -1
            for a in subject.children
            if a.dep_ in ("appos", "conj") and article.inside[a.i] == -1 and a.i > subject.i
        ),
        None,
    )
