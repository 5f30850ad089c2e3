"""Cue detection and the speaker sieve: which words in the text a quote's attribution rests on.

For every quote the sieve tries its rules strongest first and keeps the first that fires:

1. ``cue-verb subject``: a reporting verb that governs the quote in the parse (the quote sits in
   its complement, or is its object as in "dismissed the claims as “…”"); the speaker is the
   verb's subject, climbing through "adding that …", "to convey …" and coordinated verbs.
2. ``according to``: "according to X".
3. ``adjacent cue``: a reporting clause next to the quote in the same paragraph ("“…,” he said",
   "X said, “…”") when the parse did not link them.
4. ``colon intro``: "X said:" ending the paragraph before a block of quote paragraphs.
5. ``dash``: "“…” — Name" (social posts, epigraphs).
6. ``continuation``: a quote with no cue of its own continues the previous quote's speaker in the
   same paragraph, or the previous paragraph's when it opens its own paragraph.

The result names the mention (a token span), the cue, the rule and a base confidence; turning the
mention into a canonical speaker is :mod:`quotetui.engine.entities`' job.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotetui.engine.lexicon import NAMING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, WRITTEN_NOUNS
from quotetui.engine.quotes import QuoteSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp", "parataxis", "relcl"})
DASHES = frozenset({"—", "―", "–", "--", "-"})
MENTION_STOP_DEPS = frozenset(
    {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis", "prep_stop"}
)
MENTION_PREPS = frozenset({"of", "for", "to", "at", "from", "in", "with", "on"})

# Base confidences per rule; refined by calibration against PolNeAR train (see benchmarks/).
BASE_CONFIDENCE = {
    "cue-verb subject": 0.93,
    "according to": 0.9,
    "adjacent cue": 0.85,
    "colon intro": 0.8,
    "dash": 0.8,
    "continuation": 0.7,
    "intro clause": 0.75,
    "previous sentence": 0.6,
    "sentence subject": 0.45,
}


@dataclass
class Cue:
    """The words a quote's attribution rests on."""

    rule: str
    cue: Span | None  # the reporting word(s)
    subject: Token | None  # head token of the speaker mention
    confidence: float
    written: bool = False  # the cue says the words were written (wrote, tweeted, banner …)


@dataclass
class QuoteContext:
    """A quote piece with the token range it covers in the parsed Doc."""

    quote: QuoteSpan
    index: int  # position in the document's list of quotes
    tok_start: int
    tok_end: int
    paragraph: int


def is_cue_word(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX", "NOUN") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    return _lemma(token) in SPEECH_VERBS and token.pos_ != "NOUN"


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower() if token.lemma_ else ""
    return lemma or _INFLECTIONS.get(token.lower_, token.lower_)


def _inflections() -> dict[str, str]:
    irregular = {
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
        "telling": "tell", "wrote": "write", "written": "write", "writes": "write",
        "writing": "write", "spoke": "speak", "spoken": "speak", "read": "read",
        "reads": "read", "sang": "sing", "sung": "sing", "found": "find", "thought": "think",
    }
    table: dict[str, str] = {}
    for verb in SPEECH_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb + "s", verb + "es", verb + "ed", verb + "d", stem + "ing",
                     verb[:-1] + "ied" if verb.endswith("y") else verb + "ed",
                     verb[:-1] + "ies" if verb.endswith("y") else verb + "s"):
            table.setdefault(form, verb)
    table.update(irregular)
    return table


_INFLECTIONS = _inflections()


class SpeakerSieve:
    """Finds the cue and speaker mention of each quote in one parsed document."""

    def __init__(self, doc: Doc, contexts: list[QuoteContext], paragraphs: list[tuple[int, int]]):
        self.doc = doc
        self.contexts = contexts
        self.paragraphs = paragraphs
        n = len(doc)
        # Which top-level quote each token is in (-1: narrative text).
        self.inside = [-1] * n
        for ctx in contexts:
            if ctx.quote.depth == 0:
                for i in range(ctx.tok_start, ctx.tok_end):
                    self.inside[i] = ctx.index
        self.token_paragraph = _token_paragraphs(doc, paragraphs)

    # -- rules -------------------------------------------------------------------------------

    def find(self, ctx: QuoteContext) -> Cue | None:
        for rule in (self._governing_cue, self._according_to, self._adjacent_cue,
                     self._colon_intro, self._dash, self._intro_clause):
            cue = rule(ctx)
            if cue is not None:
                return cue
        return None

    def _governing_cue(self, ctx: QuoteContext) -> Cue | None:
        """A reporting verb above the quote in the parse, nearest first."""
        best: tuple[int, Token] | None = None
        for i in range(ctx.tok_start, ctx.tok_end):
            tok = self.doc[i]
            head = tok.head
            if ctx.tok_start <= head.i < ctx.tok_end and head.i != tok.i:
                continue
            steps = 0
            node = tok if head.i == tok.i else head
            while steps < 6:
                if self.inside[node.i] == -1 and self._is_cue(node, ctx):
                    if best is None or steps < best[0]:
                        best = (steps, node)
                    break
                if node.head.i == node.i:
                    break
                # Do not climb out of the quote's sentence through another quote.
                if self.inside[node.i] not in (-1, ctx.index):
                    break
                node = node.head
                steps += 1
        if best is None:
            return None
        verb = self._outer_reporter(best[1], ctx)
        if verb.i == best[1].i and _is_passive_naming(verb, self._agent(verb)):
            # "sometimes described as “human wave” attacks": words nobody is said to have said.
            return Cue("passive naming", self._cue_span(verb), None, BASE_CONFIDENCE["cue-verb subject"])
        subject = self.subject_of(verb)
        if subject is None:
            return None
        return Cue("cue-verb subject", self._cue_span(verb), subject,
                   BASE_CONFIDENCE["cue-verb subject"], written=self._is_written(verb))

    def _outer_reporter(self, verb: Token, ctx: QuoteContext) -> Token:
        """"Israel said Clinton called on members to be “…”": the words reached the reporter
        through Israel, so the outermost reporting verb of a chain of reported clauses wins."""
        node = verb
        best = verb
        for _ in range(4):
            if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
                break
            node = node.head
            if self.inside[node.i] == -1 and self._is_cue(node, ctx) and self.subject_of(node) is not None:
                best = node
        return best

    def _is_cue(self, token: Token, ctx: QuoteContext) -> bool:
        if self.token_paragraph[token.i] != ctx.paragraph:
            return False
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            return False  # handled by its own rule
        if not is_cue_word(token):
            return False
        lemma = _lemma(token)
        if lemma in NAMING_VERBS and token.dep_ == "amod":
            return False
        return True

    def _according_to(self, ctx: QuoteContext) -> Cue | None:
        sent = self._sentence_tokens(ctx)
        for tok in sent:
            if tok.lower_ == "according" and self.inside[tok.i] == -1:
                for to in tok.children:
                    if to.lower_ == "to":
                        for obj in to.children:
                            if obj.dep_ == "pobj" and self.inside[obj.i] == -1:
                                return Cue("according to", self.doc[tok.i: to.i + 1], obj,
                                           BASE_CONFIDENCE["according to"])
                nxt = tok.i + 2
                if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to" and nxt < len(self.doc):
                    obj = self.doc[nxt]
                    while obj.i + 1 < len(self.doc) and obj.dep_ in ("det", "compound", "amod", "poss", "case"):
                        obj = obj.head if obj.head.i > obj.i else self.doc[obj.i + 1]
                    if self.inside[obj.i] == -1:
                        return Cue("according to", self.doc[tok.i: tok.i + 2], obj,
                                   BASE_CONFIDENCE["according to"] - 0.05)
        return None

    def _adjacent_cue(self, ctx: QuoteContext) -> Cue | None:
        right = self._right_frame(ctx)
        left = self._left_frame(ctx)
        inner = self.doc.text[ctx.quote.inner_start: ctx.quote.inner_end].rstrip()
        expects_right = inner.endswith((",", "—", "–", "-")) or (
            right and right[0].is_punct and right[0].text == ","
        )
        # Adjacent means near: a cue further away is another clause's, not this quote's.
        # On the right, a subject noun phrase may come first ("… the Post's editor responded").
        right = right[: _verb_window(right)]
        left = left[:8]
        order = (right, left) if expects_right or not left else (left, right)
        for frame in order:
            for tok in frame:
                if _lemma(tok) in NAMING_VERBS and tok.tag_ == "VBN":
                    break  # "described as “…”": a passive naming blocks the way
                if self._is_cue(tok, ctx):
                    subject = self.subject_of(tok)
                    if subject is None:
                        subject = self._inverted_subject(tok, frame)
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
        """ "“…,” he surmised." — a subject and verb right after a quote attribute it,
        whatever the verb."""
        inner = self.doc.text[ctx.quote.inner_start : ctx.quote.inner_end].rstrip()
        if not inner.endswith((",", "?", "!", "—")):
            return None
        words = [t for t in right if not t.is_punct][:4]
        if len(words) < 2:
            return None
        first, second = words[0], words[1]
        if (
            first.pos_ in ("PRON", "PROPN")
            and second.pos_ == "VERB"
            and second.dep_ in ("ROOT", "parataxis", "conj")
        ):
            subject = first
            k = first.i
            while k + 1 < second.i and self.doc[k + 1].pos_ == "PROPN":
                k += 1
            subject = self.doc[k]
            return Cue(
                "adjacent cue",
                self._cue_span(second),
                subject,
                BASE_CONFIDENCE["adjacent cue"] - 0.1,
            )
        if first.pos_ == "VERB" and second.pos_ == "PROPN":
            k = second.i
            while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN":
                k += 1
            return Cue(
                "adjacent cue",
                self._cue_span(first),
                self.doc[k],
                BASE_CONFIDENCE["adjacent cue"] - 0.1,
            )
        return None

    def _right_frame(self, ctx: QuoteContext) -> list[Token]:
        """Narrative tokens after the quote up to the next quote, paragraph or sentence end."""
        out: list[Token] = []
        i = ctx.tok_end
        while i < len(self.doc) and len(out) < 12:
            tok = self.doc[i]
            if self.inside[i] != -1 or self.token_paragraph[i] != ctx.paragraph:
                break
            if tok.text in (".", "!", "?", ";"):
                break
            out.append(tok)
            i += 1
        if out and self._ends_sentence(ctx) and out[0].is_title and not _is_short_attribution(out):
            return []  # “… done.” The next sentence starts: not an attribution of this quote.
        return out

    def _ends_sentence(self, ctx: QuoteContext) -> bool:
        inner = self.doc.text[ctx.quote.inner_start: ctx.quote.inner_end].rstrip()
        return inner.endswith((".", "!", "?", "…"))

    def _left_frame(self, ctx: QuoteContext) -> list[Token]:
        """Narrative tokens before the quote back to the previous quote or sentence start."""
        out: list[Token] = []
        i = ctx.tok_start - 1
        while i >= 0 and len(out) < 25:
            tok = self.doc[i]
            if self.inside[i] != -1 or self.token_paragraph[i] != ctx.paragraph:
                break
            if tok.text in (".", "!", "?", ";"):
                break
            out.append(tok)
            i -= 1
        return out  # nearest first

    def _colon_intro(self, ctx: QuoteContext) -> Cue | None:
        """"X said:" at the end of the previous paragraph, or before the quote in this one."""
        start = ctx.tok_start
        i = start - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.doc[i].text != ":" or self.inside[i] != -1:
            return None
        clause: list[Token] = []
        j = i - 1
        while j >= 0 and self.inside[j] == -1 and len(clause) < 30:
            if self.doc[j].text in (".", "!", "?") and clause:
                break
            clause.append(self.doc[j])
            j -= 1
        for tok in clause:
            if is_cue_word(tok):
                subject = self.subject_of(tok) or self._inverted_subject(tok, clause)
                if subject is not None:
                    return Cue("colon intro", self._cue_span(tok), subject,
                               BASE_CONFIDENCE["colon intro"], written=self._is_written(tok))
        # "Name:" alone (transcripts, interviews).
        if clause and 1 <= len([t for t in clause if not t.is_space]) <= 4:
            head = next((t for t in clause if t.pos_ == "PROPN"), None)
            if head is not None:
                return Cue("colon intro", None, head, BASE_CONFIDENCE["colon intro"] - 0.1)
        return None

    def _dash(self, ctx: QuoteContext) -> Cue | None:
        i = ctx.tok_end
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        if i >= len(self.doc) or self.doc[i].text not in DASHES or self.inside[i] != -1:
            return None
        j = i + 1
        while j < len(self.doc) and self.doc[j].is_space:
            j += 1
        if j < len(self.doc) and self.doc[j].pos_ == "PROPN" and self.inside[j] == -1:
            # The last token of the name chain is the mention head.
            k = j
            while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN":
                k += 1
            return Cue("dash", self.doc[i: i + 1], self.doc[k], BASE_CONFIDENCE["dash"])
        return None

    def _intro_clause(self, ctx: QuoteContext) -> Cue | None:
        """"Sanders shot back, “…”" / "Trump went even further: “…”": any verb's subject."""
        left = self._left_frame(ctx)
        if len(left) < 2 or left[0].text not in (",", ":", "—", "–"):
            return None
        for tok in left[1:]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis"):
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and self.inside[child.i] == -1 and child.i < ctx.tok_start:
                        if child.pos_ in ("PROPN", "PRON", "NOUN"):
                            subject = child
                            return Cue(
                                "intro clause",
                                self._cue_span(tok),
                                subject,
                                BASE_CONFIDENCE["intro clause"],
                            )
        return None

    def previous_sentence(self, ctx: QuoteContext) -> Cue | None:
        """A cue-less quote after a sentence like "Lynch announced the lawsuit." is Lynch's."""
        first = self.doc[ctx.tok_start]
        if ctx.tok_start == 0:
            return None
        if self._left_frame(ctx):
            return None  # narrative text before the quote in its own sentence
        prev_sent = self.doc[ctx.tok_start - 1].sent
        if prev_sent.start == first.sent.start and ctx.tok_start - 1 >= 0:
            prev_sent = self.doc[max(prev_sent.start - 1, 0)].sent
        if self.token_paragraph[prev_sent.end - 1] not in (ctx.paragraph, ctx.paragraph - 1):
            return None
        if any(self.inside[t.i] != -1 for t in prev_sent):
            return None  # a quote there: continuation decides
        for tok in prev_sent:
            if tok.dep_ in ("ROOT", "conj") and is_cue_word(tok):
                subject = self.subject_of(tok)
                if subject is not None and self.inside[subject.i] == -1:
                    return Cue("previous sentence", self._cue_span(tok), subject,
                               BASE_CONFIDENCE["previous sentence"], written=self._is_written(tok))
        return None

    def has_narrative(self, ctx: QuoteContext) -> bool:
        """Whether the quote's sentence has reporter's words besides the quote itself."""
        frames = self._left_frame(ctx) + self._right_frame(ctx)
        return any(not t.is_punct and not t.is_space for t in frames)

    def sentence_subject(self, ctx: QuoteContext) -> Cue | None:
        """Last resort for a quote inside a sentence: the subject of the sentence's main verb
        ("Trump later defended his comments as being “sarcastic.”")."""
        sent = self.doc[ctx.tok_start].sent
        narrative = [t for t in sent if self.inside[t.i] == -1 and not t.is_punct]
        if not narrative:
            return None
        verbs = [t for t in narrative if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp", "advcl")]
        verbs.sort(key=lambda v: (v.dep_ != "ROOT", abs(v.i - ctx.tok_start)))
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and self.inside[child.i] == -1 and _is_person_like(child):
                    if child.lower_ in ("it", "there", "this", "that", "what"):
                        continue
                    return Cue("sentence subject", self._cue_span(verb), child,
                               BASE_CONFIDENCE["sentence subject"])
        return None

    # -- syntax helpers ------------------------------------------------------------------------

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The speaker's head token for a reporting verb, climbing to its controller."""
        if _is_passive_naming(verb, self._agent(verb)):
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and self.inside[child.i] == -1:
                if child.dep_ == "nsubjpass":
                    agent = self._agent(verb)
                    if agent is not None:
                        return agent
                    if child.lower_ in ("it", "there"):
                        return None
                if child.pos_ in ("SCONJ", "ADP") or child.lower_ in ("that", "which", "what"):
                    continue
                return child
        agent = self._agent(verb)
        if agent is not None:
            return agent
        if depth >= 3 or verb.head.i == verb.i:
            return None
        if verb.dep_ == "acl":
            noun = verb.head
            # "a statement from the ministry saying …", "the banner declaring …"
            owner = self._owner_of_speech_noun(noun)
            if owner is not None:
                return owner
            if (
                _is_person_like(noun)
                and noun.ent_type_ not in ("GPE", "LOC", "FAC")
                and self.inside[noun.i] == -1
            ):
                return noun  # "protesters chanting “…”"
            # "Trump released a radio ad calling it …": the one behind the ad or text.
            return self.subject_of(noun.head, depth + 1) if noun.head.i != noun.i else None
        if verb.dep_ in CLIMB_DEPS:
            head = verb.head
            # "He said trade had fallen and argued that …": the parse hangs "argued" on "fallen";
            # the one who argued is the one who said.
            if (
                verb.dep_ in ("conj", "advcl")
                and not is_cue_word(head)
                and head.dep_ == "ccomp"
                and is_cue_word(head.head)
            ):
                head = head.head
            return self.subject_of(head, depth + 1)
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

    def _inverted_subject(self, verb: Token, frame: list[Token]) -> Token | None:
        """"… said Mr. Smith" when the parse gives no subject: the name right after the verb."""
        doc = self.doc
        i = verb.i + 1
        while i < len(doc) and i <= verb.i + 5 and self.inside[i] == -1:
            tok = doc[i]
            if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG"):
                k = i
                while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and self.inside[k + 1] == -1:
                    k += 1
                return doc[k]
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT") or tok.text in (".", ";"):
                break
            if tok.pos_ == "NOUN":
                return tok
            i += 1
        return None

    def _cue_span(self, verb: Token) -> Span:
        """The cue as written: the verb plus a following particle or "to X" ("told reporters")."""
        end = verb.i + 1
        for child in verb.children:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return self.doc[verb.i: end]

    def _is_written(self, verb: Token) -> bool:
        from quotetui.engine.lexicon import WRITING_VERBS

        if _lemma(verb) in WRITING_VERBS:
            return True
        if verb.dep_ == "acl" and _lemma(verb.head) in WRITTEN_NOUNS and verb.head.lower_ not in (
            "statement", "report", "release", "announcement"
        ):
            return True
        return False

    def _sentence_tokens(self, ctx: QuoteContext) -> list[Token]:
        sent = self.doc[ctx.tok_start].sent
        start, end = sent.start, sent.end
        last = self.doc[max(ctx.tok_end - 1, ctx.tok_start)].sent
        end = max(end, last.end)
        return [t for t in self.doc[start:end]]


def _is_passive_naming(verb: Token, agent: Token | None) -> bool:
    """"described as …", "so-called", "was dubbed …": a naming with nobody doing it."""
    if _lemma(verb) not in NAMING_VERBS or verb.tag_ != "VBN" or agent is not None:
        return False
    # "has called it …" is active perfect, not passive.
    return not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in verb.children)


def _verb_window(frame: list[Token]) -> int:
    """Tokens up to and including the first verb, at most 10."""
    for k, tok in enumerate(frame[:10]):
        if tok.pos_ in ("VERB", "AUX"):
            return k + 1
    return min(len(frame), 6)


def _is_short_attribution(frame: list[Token]) -> bool:
    """ "Smith said." / "Trump tweeted, quoting …" after a closed quote: the cue comes first."""
    head = [t for t in frame[:5] if not t.is_punct]
    return any(is_cue_word(t) for t in head[:4])


def _is_person_like(token: Token) -> bool:
    from quotetui.engine.lexicon import ORGANISATION_NOUNS, ROLE_NOUNS

    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if token.pos_ in ("PROPN", "PRON"):
        return True
    word = (token.lemma_ or token.lower_).lower()
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
    if head.ent_type_ and head.ent_iob_ != "O":
        ent = _entity_of(doc, head)
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
        return doc[head.i: head.i + 1]
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "conj", "appos", "relcl", "acl"):
            continue
        if inside[child.left_edge.i] != -1:
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


def _entity_of(doc: Doc, token: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None
