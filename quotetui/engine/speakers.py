"""Cue detection and the speaker sieve: which words in the text a quote's attribution rests on.

For every quote the sieve tries its rules, strongest first, and keeps the first that fires:

``cue-verb subject``
    A reporting verb governs the quote in the parse (the quote is in its complement, or its
    object as in "dismissed the claims as “…”"); the speaker is the verb's subject, climbing
    through "adding that …", "to convey …" and coordinated verbs. Of a chain of reported
    clauses ("Israel said Clinton called … “…”") the outermost reporter wins.
``according to``
    "according to X".
``adjacent cue``
    A reporting clause right next to the quote in its paragraph ("“…,” he said", "X said, “…”",
    "“…?” Hannity pressed") when the parse did not link them.
``colon intro``
    "X said:" / "From the report:" / "NAME:" before the quote or block of quote paragraphs.
``dash``
    "“…” — Name" (posts, epigraphs).
``intro clause``
    "Sanders shot back, “…”": the subject of the clause the quote completes.
``previous sentence`` / ``previous subject``
    A quote standing alone after "Lynch announced the lawsuit." (a reporting verb), or after a
    sentence about one person (any verb; weaker).
``sentence subject``
    Last resort for a quote inside a sentence: the subject of the sentence's main verb.

Continuation (a cue-less quote continuing the previous speaker) is decided by the caller, who
knows the previous attribution. Each rule gives a base confidence, refined in
:mod:`quotetui.engine.confidence`. Turning the mention into a canonical speaker is
:mod:`quotetui.engine.entities`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotetui.engine.lexicon import (
    INFLECTIONS,
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    WRITING_VERBS,
    WRITTEN_NOUNS,
    lemma,
)
from quotetui.engine.quotes import QuoteSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp", "parataxis", "relcl"})
DASHES = frozenset({"—", "―", "–", "--", "-"})
SENTENCE_END = frozenset({".", "!", "?", ";"})
MENTION_PREPS = frozenset({"of", "for", "to", "at", "from", "in", "with", "on"})
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"})

BASE_CONFIDENCE = {
    "cue-verb subject": 0.9,
    "according to": 0.75,
    "adjacent cue": 0.85,
    "colon intro": 0.7,
    "dash": 0.8,
    "intro clause": 0.7,
    "continuation": 0.85,
    "previous sentence": 0.75,
    "previous subject": 0.45,
    "sentence subject": 0.45,
    "passive naming": 0.9,
    "speaker label": 0.8,
}


@dataclass
class Cue:
    """The words a quote's attribution rests on."""

    rule: str
    cue: Span | None  # the reporting word(s)
    subject: Token | None  # head token of the speaker mention (None: nobody, e.g. a term)
    confidence: float
    written: bool = False  # the words were written (wrote, tweeted, a banner …)
    label_span: Span | None = None  # a transcript label inside the quote ("PENCE:")


@dataclass
class QuoteContext:
    """A quote piece with the token range it covers in the parsed Doc."""

    quote: QuoteSpan
    index: int  # position in the document's list of quotes
    tok_start: int
    tok_end: int
    paragraph: int


def is_cue_word(token: Token) -> bool:
    """A reporting verb ("said", "warned", "tweeted"), not the noun ("a warning")."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
        return False
    return lemma(token) in SPEECH_VERBS


class SpeakerSieve:
    """Finds the cue and speaker mention of each quote in one parsed document."""

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
        self.token_paragraph = _token_paragraphs(doc, paragraphs)

    def find(self, ctx: QuoteContext) -> Cue | None:
        """The strongest cue for a quote, or None (continuation and fallbacks are separate)."""
        for rule in (
            self._speaker_label,
            self._governing_cue,
            self._according_to,
            self._adjacent_cue,
            self._colon_intro,
            self._dash,
            self._intro_clause,
        ):
            cue = rule(ctx)
            if cue is not None:
                return cue
        return None

    # -- rules -------------------------------------------------------------------------------

    def _governing_cue(self, ctx: QuoteContext) -> Cue | None:
        best: tuple[int, Token] | None = None
        for i in range(ctx.tok_start, ctx.tok_end):
            tok = self.doc[i]
            if ctx.tok_start <= tok.head.i < ctx.tok_end and tok.head.i != tok.i:
                continue  # only tokens whose head lies outside the quote lead out of it
            node = tok if tok.head.i == tok.i else tok.head
            for steps in range(6):
                if self.inside[node.i] == -1 and self._is_cue(node, ctx):
                    if best is None or steps < best[0]:
                        best = (steps, node)
                    break
                if node.head.i == node.i or self.inside[node.i] not in (-1, ctx.index):
                    break
                node = node.head
        if best is None:
            return None
        verb = best[1]
        if _is_passive_naming(verb, self._agent(verb)):
            # "sometimes described as “human wave” attacks": words nobody is said to have said.
            return Cue(
                "passive naming", self._cue_span(verb), None, BASE_CONFIDENCE["passive naming"]
            )
        verb = self._outer_reporter(verb, ctx)
        subject = self.subject_of(verb)
        if subject is None:
            return None
        return Cue(
            "cue-verb subject",
            self._cue_span(verb),
            subject,
            BASE_CONFIDENCE["cue-verb subject"],
            written=self._is_written(verb),
        )

    def _outer_reporter(self, verb: Token, ctx: QuoteContext) -> Token:
        """ "Israel said Clinton called on members to be “…”": the words reached the reporter
        through Israel, so the outermost reporting verb of a chain of reported clauses wins."""
        node = verb
        best = verb
        for _ in range(4):
            if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
                break
            node = node.head
            if (
                self.inside[node.i] == -1
                and self._is_cue(node, ctx)
                and self.subject_of(node) is not None
            ):
                best = node
        return best

    def _is_cue(self, token: Token, ctx: QuoteContext) -> bool:
        if self.token_paragraph[token.i] != ctx.paragraph:
            return False
        if not is_cue_word(token):
            return False
        return not (lemma(token) in NAMING_VERBS and token.dep_ == "amod")

    def _according_to(self, ctx: QuoteContext) -> Cue | None:
        for tok in self._sentence_tokens(ctx):
            if tok.lower_ != "according" or self.inside[tok.i] != -1:
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is None or nxt.lower_ != "to":
                continue
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is None and nxt.i + 1 < len(self.doc):
                obj = self.doc[nxt.i + 1]
                while (
                    obj.dep_ in ("det", "compound", "amod", "poss", "case") and obj.head.i > obj.i
                ):
                    obj = obj.head
            if obj is not None and self.inside[obj.i] == -1:
                return Cue(
                    "according to",
                    self.doc[tok.i : nxt.i + 1],
                    obj,
                    BASE_CONFIDENCE["according to"],
                )
        return None

    def _adjacent_cue(self, ctx: QuoteContext) -> Cue | None:
        right = self.right_frame(ctx)
        left = self._left_frame(ctx)
        inner = self._inner(ctx)
        expects_right = inner.endswith((",", "—", "–", "-")) or (right and right[0].text == ",")
        # Adjacent means near: a cue further away belongs to another clause. On the right a
        # subject noun phrase may come first ("… the Post's editor responded").
        near_right = right[: _verb_window(right)]
        near_left = left[:8]
        order = (
            (near_right, near_left) if expects_right or not near_left else (near_left, near_right)
        )
        for frame in order:
            for tok in frame:
                if _is_passive_naming(tok, self._agent(tok)):
                    break  # "described as “…”": a passive naming blocks the way
                if not self._is_cue(tok, ctx):
                    continue
                subject = self.subject_of(tok) or self._inverted_subject(tok, frame is near_right)
                if subject is None and frame is near_right:
                    # "“…,” Flynn, a top Trump surrogate, said": the parse lost the subject.
                    subject = _first_noun_phrase_head(frame[: frame.index(tok)])
                if subject is not None and self.inside[subject.i] == -1:
                    return Cue(
                        "adjacent cue",
                        self._cue_span(tok),
                        subject,
                        BASE_CONFIDENCE["adjacent cue"],
                        written=self._is_written(tok),
                    )
        return self._bare_attribution(ctx, right)

    def _bare_attribution(self, ctx: QuoteContext, right: list[Token]) -> Cue | None:
        """ "“…,” he surmised." / "“…?” Hannity pressed." / "“…,” exhorted Jamie Lee Curtis." —
        a subject and a verb right after a quote attribute it, whatever the verb."""
        if not self._inner(ctx).endswith((",", "?", "!", "—", "–")):
            return None
        words = [t for t in right if not t.is_punct][:6]
        if len(words) < 2:
            return None
        # The subject: a pronoun, a name, or "the" + nouns ("the Saudis state in the paper").
        k = 1 if words[0].pos_ == "DET" else 0
        subject_end = k
        if words[k].pos_ == "PRON":
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
                return Cue(
                    "adjacent cue",
                    self._cue_span(verb),
                    words[subject_end - 1],
                    BASE_CONFIDENCE["adjacent cue"] - 0.1,
                )
        if words[0].pos_ == "VERB" and words[1].pos_ in ("PROPN", "DET", "NOUN"):
            head = self._inverted_subject(words[0], True)
            if head is not None:
                return Cue(
                    "adjacent cue",
                    self._cue_span(words[0]),
                    head,
                    BASE_CONFIDENCE["adjacent cue"] - 0.1,
                )
        return None

    def _colon_intro(self, ctx: QuoteContext) -> Cue | None:
        """ "X said:", "From the report:" or "NAME:" right before the quote."""
        i = ctx.tok_start - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.doc[i].text != ":" or self.inside[i] != -1:
            return None
        clause: list[Token] = []
        j = i - 1
        while j >= 0 and self.inside[j] == -1 and len(clause) < 30:
            if self.doc[j].text in SENTENCE_END:
                break
            if not self.doc[j].is_space:
                clause.append(self.doc[j])
            j -= 1
        for tok in clause:
            if is_cue_word(tok):
                subject = self.subject_of(tok) or self._inverted_subject(tok, False)
                if subject is not None:
                    return Cue(
                        "colon intro",
                        self._cue_span(tok),
                        subject,
                        BASE_CONFIDENCE["colon intro"],
                        written=self._is_written(tok),
                    )
        if 1 <= len(clause) <= 4:
            # "PENCE:" in a transcript, "From the report:".
            head = next((t for t in clause if t.pos_ == "PROPN"), None)
            if head is None:
                head = next((t for t in clause if lemma(t) in SPEECH_NOUNS), None)
            if head is not None:
                return Cue("colon intro", None, head, BASE_CONFIDENCE["colon intro"] - 0.1)
        for tok in clause:
            # "Trump went even further:" — a clause of any verb whose subject is someone.
            if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None and _is_person_like(subject):
                    return Cue(
                        "colon intro",
                        self._cue_span(tok),
                        subject,
                        BASE_CONFIDENCE["colon intro"] - 0.1,
                    )
        return None

    def _dash(self, ctx: QuoteContext) -> Cue | None:
        """ "“…” — Jane Doe": read on the characters, as the dash is often glued to the mark."""
        text = self.text
        m = _DASH_AFTER.match(text, ctx.quote.end)
        if m is None:
            return None
        name = self.doc.char_span(m.end(), min(len(text), m.end() + 80), alignment_mode="expand")
        if name is None or not len(name) or name[0].pos_ != "PROPN" or self.inside[name[0].i] != -1:
            return None
        k = name[0].i
        while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN":
            k += 1
        dash = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return Cue("dash", dash, self.doc[k], BASE_CONFIDENCE["dash"])

    def _speaker_label(self, ctx: QuoteContext) -> Cue | None:
        """A transcript line inside the quote: "“PENCE: Well, look …”"."""
        m = _SPEAKER_LABEL.match(self.text, ctx.quote.inner_start)
        if m is None:
            return None
        label = self.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if label is None or not len(label):
            return None
        return Cue("speaker label", None, label[-1], BASE_CONFIDENCE["dash"], label_span=label)

    def _intro_clause(self, ctx: QuoteContext) -> Cue | None:
        """ "Sanders shot back, “…”": the subject of the clause the quote completes."""
        left = self._left_frame(ctx)
        if len(left) < 2 or left[0].text not in (",", ":", "—", "–"):
            return None
        for tok in left[1:]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in (
                "ROOT",
                "conj",
                "ccomp",
                "advcl",
                "parataxis",
            ):
                for child in tok.children:
                    if (
                        child.dep_ in ("nsubj", "nsubjpass")
                        and self.inside[child.i] == -1
                        and child.i < ctx.tok_start
                        and child.pos_ in ("PROPN", "PRON", "NOUN")
                    ):
                        return Cue(
                            "intro clause",
                            self._cue_span(tok),
                            child,
                            BASE_CONFIDENCE["intro clause"],
                        )
        return None

    # -- fallbacks the caller orders around continuation ----------------------------------------

    def has_narrative(self, ctx: QuoteContext) -> bool:
        """Whether the quote's sentence has reporter's words besides the quote itself."""
        return any(
            not t.is_punct and not t.is_space for t in self._left_frame(ctx) + self.right_frame(ctx)
        )

    def previous_sentence(self, ctx: QuoteContext) -> Cue | None:
        """A quote standing alone after "Lynch announced the lawsuit." is Lynch's; after a
        sentence about one person ("Why was he out in the heat?") it is, more weakly, theirs."""
        if self._left_frame(ctx):
            return None  # the reporter's words lead into the quote in its own sentence
        tokens = self._previous_sentence_tokens(ctx)
        if not tokens:
            return None
        for tok in tokens:
            if tok.dep_ in ("ROOT", "conj") and is_cue_word(tok):
                subject = self.subject_of(tok)
                if subject is not None and self.inside[subject.i] == -1:
                    return Cue(
                        "previous sentence",
                        self._cue_span(tok),
                        subject,
                        BASE_CONFIDENCE["previous sentence"],
                        written=self._is_written(tok),
                    )
        for tok in tokens:
            if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
                subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and (
                    subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
                ):
                    return Cue(
                        "previous subject",
                        self._cue_span(tok),
                        subject,
                        BASE_CONFIDENCE["previous subject"],
                    )
        return None

    def _previous_sentence_tokens(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's sentence just before the quote (this paragraph or the one before)."""
        i = ctx.tok_start - 1
        while i >= 0 and (
            self.doc[i].is_space or self.doc[i].text in SENTENCE_END or self.doc[i].is_punct
        ):
            i -= 1
        if i < 0 or self.token_paragraph[i] < ctx.paragraph - 1:
            return []
        out: list[Token] = []
        paragraph = self.token_paragraph[i]
        while i >= 0 and self.token_paragraph[i] == paragraph:
            tok = self.doc[i]
            if tok.text in SENTENCE_END:
                break
            if self.inside[i] != -1:
                return []  # a quote there: continuation decides
            out.append(tok)
            i -= 1
        out.reverse()
        return out

    def sentence_subject(self, ctx: QuoteContext) -> Cue | None:
        """Last resort for a quote inside a sentence: the subject of the sentence's main verb
        ("Trump later defended his comments as being “sarcastic.”")."""
        sent = self.doc[ctx.tok_start].sent
        verbs = [
            t
            for t in sent
            if self.inside[t.i] == -1
            and t.pos_ in ("VERB", "AUX")
            and t.dep_ in ("ROOT", "conj", "ccomp", "advcl")
        ]
        verbs.sort(key=lambda v: (v.dep_ != "ROOT", abs(v.i - ctx.tok_start)))
        for verb in verbs:
            for child in verb.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and self.inside[child.i] == -1
                    and _is_person_like(child)
                    and child.lower_ not in ("it", "there", "this", "that", "what")
                ):
                    return Cue(
                        "sentence subject",
                        self._cue_span(verb),
                        child,
                        BASE_CONFIDENCE["sentence subject"],
                    )
        return None

    # -- frames --------------------------------------------------------------------------------

    def _inner(self, ctx: QuoteContext) -> str:
        return self.text[ctx.quote.inner_start : ctx.quote.inner_end].rstrip()

    def right_frame(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's words after the quote, up to the next quote or sentence end."""
        out: list[Token] = []
        i = ctx.tok_end
        while i < len(self.doc) and len(out) < 12:
            tok = self.doc[i]
            if (
                self.inside[i] != -1
                or self.token_paragraph[i] != ctx.paragraph
                or tok.text in SENTENCE_END
            ):
                break
            if not tok.is_space:
                out.append(tok)
            i += 1
        # “… done.” Then a new sentence starts: it attributes only if it opens with the
        # attribution ("Smith said.", "said Smith.").
        closed = self._inner(ctx).endswith((".", "!", "?", "…"))
        if out and closed and out[0].is_title and not _opens_with_attribution(out):
            return []
        return out

    def _left_frame(self, ctx: QuoteContext) -> list[Token]:
        """The reporter's words before the quote back to the previous quote or sentence
        start, nearest first."""
        out: list[Token] = []
        i = ctx.tok_start - 1
        while i >= 0 and len(out) < 25:
            tok = self.doc[i]
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

    def _sentence_tokens(self, ctx: QuoteContext) -> list[Token]:
        start = self.doc[ctx.tok_start].sent.start
        end = self.doc[max(ctx.tok_end - 1, ctx.tok_start)].sent.end
        return list(self.doc[start:end])

    # -- syntax helpers ------------------------------------------------------------------------

    def subject_of(self, verb: Token, depth: int = 0, shared: bool = False) -> Token | None:
        """The speaker's head token for a reporting verb, climbing to its controller.
        ``shared``: reached from a coordinated verb, which shares the grammatical subject
        ("Silverman was joined by Franken and joked" — Silverman joked)."""
        if _is_passive_naming(verb, self._agent(verb)):
            return None
        for child in verb.children:
            if child.dep_ not in SUBJECT_DEPS or self.inside[child.i] != -1:
                continue
            if child.dep_ == "nsubjpass" and not shared:
                agent = self._agent(verb)
                if agent is not None:
                    return agent
                if child.lower_ in ("it", "there"):
                    return None
            if child.lower_ in ("that", "which") and verb.dep_ == "relcl":
                return child  # "an editorial that accuses …": resolved to its antecedent
            if child.pos_ in ("SCONJ", "ADP") or child.lower_ in ("that", "which", "what"):
                continue
            if lemma(child) in WRITTEN_NOUNS:
                # "Fans held up banners reading …", "the embassy's statement said …": the words
                # are those of whoever wrote or carried the text.
                owner = self._owner_of_speech_noun(child)
                if owner is None and verb.dep_ in ("ccomp", "xcomp", "acl", "advcl") and depth < 3:
                    outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                    holder = outer is not None and outer.pos_ in ("NOUN", "PROPN", "PRON")
                    if holder and self.inside[outer.i] == -1 and lemma(outer) not in WRITTEN_NOUNS:
                        owner = outer
                if owner is not None:
                    return owner
            return child
        agent = self._agent(verb)
        if agent is not None:
            return agent
        if depth >= 3 or verb.head.i == verb.i:
            return None
        if verb.dep_ == "acl":
            noun = verb.head
            owner = self._owner_of_speech_noun(noun)
            if owner is not None:
                return owner  # "a statement from the ministry saying …"
            if (
                _is_person_like(noun)
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
            return self.subject_of(head, depth + 1, shared=verb.dep_ == "conj")
        return None

    def _agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    def _owner_of_speech_noun(self, noun: Token) -> Token | None:
        for child in noun.children:
            if child.dep_ == "poss" and self.inside[child.i] == -1:
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                        return obj
        return None

    def _inverted_subject(self, verb: Token, right_after_quote: bool) -> Token | None:
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

    def _cue_span(self, verb: Token) -> Span:
        """The cue as written: the verb and a particle right after it ("shot back")."""
        end = verb.i + 1
        for child in verb.children:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return self.doc[verb.i : end]

    def _is_written(self, verb: Token) -> bool:
        if lemma(verb) in WRITING_VERBS:
            return True
        return (
            verb.dep_ == "acl"
            and lemma(verb.head) in WRITTEN_NOUNS
            and verb.head.lower_ not in ("statement", "report", "release", "announcement")
        )


_DASH_AFTER = re.compile(r"\s*(?:—|―|–|--)\s*")
# An upper-case name and a colon opening the quoted words: "PENCE: …", "MR. TRUMP: …".
_SPEAKER_LABEL = re.compile(r"\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")


def _first_noun_phrase_head(tokens: list[Token]) -> Token | None:
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


def _is_passive_naming(verb: Token, agent: Token | None) -> bool:
    """ "described as …", "was dubbed …": a naming with nobody doing it."""
    if lemma(verb) not in NAMING_VERBS or verb.tag_ != "VBN" or agent is not None:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "has been described as …"
    # "has called it …" is the active perfect; a bare participle is a reduced passive.
    return not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in verb.children
    )


def _verb_window(frame: list[Token]) -> int:
    """Tokens up to and including the first verb, at most 10."""
    for k, tok in enumerate(frame[:10]):
        if tok.pos_ in ("VERB", "AUX"):
            return k + 1
    return min(len(frame), 6)


def _opens_with_attribution(frame: list[Token]) -> bool:
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


def _is_person_like(token: Token) -> bool:
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if token.pos_ in ("PROPN", "PRON"):
        return True
    word = lemma(token)
    return word in ROLE_NOUNS or word in ORGANISATION_NOUNS


def _token_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[int]:
    out = [0] * len(doc)
    p = 0
    for tok in doc:
        while p + 1 < len(paragraphs) and tok.idx >= paragraphs[p + 1][0]:
            p += 1
        out[tok.i] = p
    return out


def mention_span(doc: Doc, head: Token, inside: list[int]) -> Span:
    """The speaker mention around its head token, as written ("a spokesperson for the NSC")."""
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
    edge = token.i
    for t in token.subtree:
        if t.dep_ in ("relcl", "acl", "appos") or t.text in (",", ";", "(", "—"):
            break
        edge = max(edge, t.i)
    return edge


def _trim(doc: Doc, start: int, end: int) -> Span:
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
