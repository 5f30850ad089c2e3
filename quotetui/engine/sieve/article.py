"""A parsed article as the sieve's rules read it: which tokens are quoted, which paragraph each
token is in, the reporter's words around a quote, and the syntax the rules share (the speaker of
a reporting verb, a cue as written)."""

from __future__ import annotations

import numpy as np

# spacy.attrs is compiled (Cython) and ships no type stubs.
from spacy.attrs import LOWER  # type: ignore[import-not-found]
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotetui.engine.coref.descriptions import is_person_noun
from quotetui.engine.coref.words import RELATIVES
from quotetui.engine.lexicon import NAMING_VERBS, WRITING_VERBS, WRITTEN_NOUNS, lemma
from quotetui.engine.sieve.base import QuoteContext
from quotetui.engine.speakable import can_speak
from quotetui.engine.syntax import (
    SENTENCE_END,
    agent,
    is_cue_word,
    is_passive_naming,
    is_person_like,
    opens_with_attribution,
    sentence_bounds,
    token_paragraphs,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# How far from a quote, in tokens, a rule reads the quote's sentence. Attribution is read close
# to the quote; the cap keeps the work per quote bounded, so that a paragraph of thousands of
# quotation marks (or one endless run-on sentence) costs time linear in its length.
SENTENCE_WINDOW = 60
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp", "parataxis", "relcl"})
_ACCORDING, _TO = get_string_id("according"), get_string_id("to")


class Article:
    """One parsed document and its quote pieces."""

    def __init__(
        self,
        doc: Doc,
        contexts: list[QuoteContext],
        paragraphs: list[tuple[int, int]],
        text: str | None = None,
    ):
        self.doc = doc
        # spaCy joins the tokens anew on every ``doc.text``: read it once.
        self.text = doc.text if text is None else text
        self.contexts = contexts
        self.paragraphs = paragraphs
        # Which top-level quote each token is in (-1: the reporter's own words).
        self.inside = [-1] * len(doc)
        for ctx in contexts:
            if ctx.quote.depth == 0:
                for i in range(ctx.tok_start, ctx.tok_end):
                    self.inside[i] = ctx.index
        # Every Token object once: spaCy makes a new one on each ``doc[i]`` and iteration.
        self.tokens: list[Token] = list(doc)
        self.token_paragraph = token_paragraphs(doc, paragraphs)
        # Sentence bounds of every token, once: ``Token.sent`` walks the sentence on each call.
        self.sent_start, self.sent_end = sentence_bounds(doc)
        # By the words' ids, not their strings: one array for the whole article.
        lower = doc.to_array(LOWER)
        self.according: list[int] = np.flatnonzero(
            (lower[:-1] == _ACCORDING) & (lower[1:] == _TO)
        ).tolist()

    def sentence_bounds(self, ctx: QuoteContext) -> tuple[int, int]:
        """The token range of the quote's sentence(s), at most ``SENTENCE_WINDOW`` tokens
        either side of the quote."""
        if not len(self.doc):
            return 0, 0
        last = max(ctx.tok_end - 1, ctx.tok_start)
        start = max(self.sent_start[ctx.tok_start], ctx.tok_start - SENTENCE_WINDOW)
        end = min(self.sent_end[last], ctx.tok_end + SENTENCE_WINDOW)
        return start, end

    def is_cue(self, token: Token, ctx: QuoteContext) -> bool:
        """A reporting verb in the quote's paragraph that is not a naming adjective."""
        if self.token_paragraph[token.i] != ctx.paragraph:
            return False
        if not is_cue_word(token):
            return False
        return not (lemma(token) in NAMING_VERBS and token.dep_ == "amod")

    def inner(self, ctx: QuoteContext) -> str:
        return self.text[ctx.quote.inner_start : ctx.quote.inner_end].rstrip()

    def words_after(self, ctx: QuoteContext, limit: int) -> list[Token]:
        """Up to ``limit`` words after the quote, in its paragraph, before the next quote or
        sentence end."""
        out: list[Token] = []
        i = ctx.tok_end
        while i < len(self.tokens) and len(out) < limit:
            tok = self.tokens[i]
            if (
                self.inside[i] != -1
                or self.token_paragraph[i] != ctx.paragraph
                or tok.text in SENTENCE_END
            ):
                break
            if not tok.is_space:
                out.append(tok)
            i += 1
        return out

    def right_frame(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's words after the quote, up to the next quote or sentence end."""
        out = self.words_after(ctx, 12)
        # “… done.” Then a new sentence starts: it attributes only if it opens with the
        # attribution ("Smith said.", "said Smith.").
        closed = self.inner(ctx).endswith((".", "!", "?", "…"))
        if out and closed and out[0].is_title and not opens_with_attribution(out):
            return []
        return out

    def left_frame(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's words before the quote back to the previous quote or sentence
        start, nearest first."""
        out: list[Token] = []
        i = ctx.tok_start - 1
        while i >= 0 and len(out) < 25:
            tok = self.tokens[i]
            if (
                self.inside[i] != -1
                or self.token_paragraph[i] != ctx.paragraph
                or tok.text in SENTENCE_END
            ):
                break
            if not tok.is_space:
                out.append(tok)
            i -= 1
        return out

    def sentence_tokens(self, ctx: QuoteContext) -> list[Token]:
        start, end = self.sentence_bounds(ctx)
        return self.tokens[start:end]

    def has_narrative(self, ctx: QuoteContext) -> bool:
        """Whether the quote's sentence has reporter's words besides the quote itself."""
        return any(
            not t.is_punct and not t.is_space for t in self.left_frame(ctx) + self.right_frame(ctx)
        )

    def previous_sentence_tokens(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's sentence just before the quote (this paragraph or the one before)."""
        i = ctx.tok_start - 1
        floor = ctx.tok_start - SENTENCE_WINDOW
        while i >= max(0, floor) and (
            self.tokens[i].is_space
            or self.tokens[i].text in SENTENCE_END
            or self.tokens[i].is_punct
        ):
            i -= 1
        if i < 0 or i < floor or self.token_paragraph[i] < ctx.paragraph - 1:
            return []
        out: list[Token] = []
        paragraph = self.token_paragraph[i]
        stop = i - SENTENCE_WINDOW
        while i >= 0 and i > stop and self.token_paragraph[i] == paragraph:
            tok = self.tokens[i]
            if tok.text in SENTENCE_END:
                break
            if self.inside[i] != -1:
                return []  # a quote there: continuation decides
            out.append(tok)
            i -= 1
        out.reverse()
        return out

    # -- syntax helpers ------------------------------------------------------------------------

    def subject_of(self, verb: Token, depth: int = 0, shared: bool = False) -> Token | None:
        """The speaker's head token for a reporting verb, climbing to its controller.
        ``shared``: reached from a coordinated verb, which shares the grammatical subject
        ("Silverman was joined by Franken and joked" — Silverman joked)."""
        if is_passive_naming(verb):
            return None
        for child in verb.children:
            if child.dep_ not in SUBJECT_DEPS or self.inside[child.i] != -1:
                continue
            if not any(c.isalpha() for c in child.text):
                continue  # a dash the parse took for a noun ("made public ― Trump boasted")
            if self.token_paragraph[child.i] != self.token_paragraph[verb.i]:
                # A parse run over a paragraph break: a headline is no subject; the person
                # who opens the verb's own paragraph is ("Alison Greaves, headteacher of …,
                # said").
                return self._opening_person(verb)
            if child.dep_ == "nsubjpass" and not shared:
                by = agent(verb)
                if by is not None:
                    return by
                if child.lower_ in ("it", "there"):
                    return None
            if child.lower_ in ("that", "which") and verb.dep_ == "relcl":
                return child  # "an editorial that accuses …": resolved to its antecedent
            if child.pos_ in ("SCONJ", "ADP") or child.lower_ in ("that", "which", "what"):
                continue
            if lemma(child) in WRITTEN_NOUNS:
                # "Fans held up banners reading …", "the embassy's statement said …": the words
                # are those of whoever wrote or carried the text.
                owner = self.owner_of_speech_noun(child)
                if owner is None and verb.dep_ in ("ccomp", "xcomp", "acl", "advcl") and depth < 3:
                    outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                    if (
                        outer is not None
                        and outer.pos_ in ("NOUN", "PROPN", "PRON")
                        and self.inside[outer.i] == -1
                        and lemma(outer) not in WRITTEN_NOUNS
                    ):
                        owner = outer
                if owner is not None:
                    return owner
            return child
        by = agent(verb)
        if by is not None:
            return by
        if depth >= 3 or verb.head.i == verb.i:
            return None
        if verb.dep_ == "acl":
            noun = verb.head
            owner = self.owner_of_speech_noun(noun)
            if owner is not None:
                return owner  # "a statement from the ministry saying …"
            if (
                is_person_like(noun)
                and noun.ent_type_ not in ("GPE", "LOC", "FAC")
                and self.inside[noun.i] == -1
            ):
                return noun  # "protesters chanting “…”"
            # "Trump released a radio ad calling it …": the one behind the ad.
            return self.subject_of(noun.head, depth + 1) if noun.head.i != noun.i else None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            return self.subject_of(verb.head.head, depth + 1)  # "responded by saying …"
        if verb.dep_ in CLIMB_DEPS:
            head = verb.head
            # "He said trade had fallen and argued that …": the parse hangs "argued" on
            # "fallen"; the one who argued is the one who said.
            if (
                verb.dep_ in ("conj", "advcl")
                and not is_cue_word(head)
                and head.dep_ == "ccomp"
                and is_cue_word(head.head)
            ):
                head = head.head
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and head.dep_ == "relcl"
                and head.head.head.i != head.head.i
                and any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which")
                    for c in head.children
                )
                and verb.i > 0
                and self.tokens[verb.i - 1].text == ","
            ):
                # "He mocked an architect who said he was stiffed …, saying, “…”": a participle
                # set off after a relative clause goes with the main clause, not with "who".
                head = head.head.head
            if verb.dep_ == "advcl" and verb.tag_ == "VBG":
                nearer = self._speaker_of_nearer_clause(head, verb)
                if nearer is not None:
                    return nearer
            return self.subject_of(head, depth + 1, shared=verb.dep_ == "conj")
        return None

    def _speaker_of_nearer_clause(self, head: Token, participle: Token) -> Token | None:
        """ "The first incident came during a rally, when tenants interrupted the landlord,
        shouting “…”": the parse hangs the participle on the main verb, whose subject is a
        thing that says nothing; the one shouting is the subject of the nearest clause
        between the two, when that is someone."""
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or can_speak(subject):
            return None
        for i in range(participle.i - 1, head.i, -1):
            verb = self.tokens[i]
            if verb.pos_ not in ("VERB", "AUX") or self.inside[i] != -1:
                continue
            for c in verb.children:
                if (
                    c.dep_ == "nsubj"
                    and self.inside[c.i] == -1
                    and c.lower_ not in RELATIVES
                    and (is_person_like(c) or is_person_noun(lemma(c)))
                    and can_speak(c)
                ):
                    return c
        return None

    def _opening_person(self, verb: Token) -> Token | None:
        paragraph = self.token_paragraph[verb.i]
        i = verb.i
        while i > 0 and self.token_paragraph[i - 1] == paragraph:
            i -= 1
        doc = self.doc
        for j in range(i, min(verb.i, i + 8)):
            tok = doc[j]
            if self.inside[j] != -1 or tok.is_space or tok.is_punct:
                continue
            if tok.ent_type_ != "PERSON":
                return None
            end = j + 1
            while end < verb.i and doc[end].ent_iob_ == "I":
                end += 1
            return doc[end - 1]
        return None

    def owner_of_speech_noun(self, noun: Token) -> Token | None:
        for child in noun.children:
            if child.dep_ == "poss" and self.inside[child.i] == -1:
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                        return obj
        return None

    def inverted_subject(self, verb: Token, right_after_quote: bool) -> Token | None:
        """ "… said Mr. Smith" when the parse gives no subject: the name after the verb."""
        doc = self.doc
        # "saying Japan should …": Japan is the reported clause's subject, not the speaker.
        # Right after a quote any tense will do ("“…,” read the statement").
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not right_after_quote:
            return None
        i = verb.i + 1
        while i < len(doc) and i <= verb.i + 5 and self.inside[i] == -1:
            tok = doc[i]
            if tok.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or tok.dep_ in ("npadvmod", "tmod"):
                i += 1
                continue  # "said Wednesday, …"
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != verb.i:
                break
            if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG"):
                k = i
                while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and self.inside[k + 1] == -1:
                    k += 1
                return doc[k]
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT") or tok.text in SENTENCE_END:
                break
            if tok.pos_ == "NOUN":
                return tok
            i += 1
        return None

    def cue_span(self, verb: Token) -> Span:
        """The cue as written: the verb and a particle right after it ("shot back")."""
        end = verb.i + 1
        for child in verb.children:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return self.doc[verb.i : end]

    def is_written(self, verb: Token) -> bool:
        if lemma(verb) in WRITING_VERBS:
            return True
        return (
            verb.dep_ == "acl"
            and lemma(verb.head) in WRITTEN_NOUNS
            and verb.head.lower_ not in ("statement", "report", "release", "announcement")
        )
