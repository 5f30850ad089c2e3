"""Is a short quotation someone's words, or a term (a scare quote, a title, a name)?

The rules of the sieve already call some quotes terms (Title Case names after "on", "the
so-called …", a quote no rule attributes). For the short quotes they attribute, a small
logistic model trained on PolNeAR train (``benchmarks/train_ranker.py``, with the ranker)
weighs the evidence once more: a quotation PolNeAR's annotators did not list as anyone's words
is, in practice, a term. Its features are the quote's shape (length, case, final punctuation,
mark style), what stands around it (a determiner or preposition before, a noun after, a
heading line) and how the sieve attributed it (rule, cue verb, nearness). Weights ship as
``data/terms.json``; a quote is a term when the model's probability that it is speech falls
below the threshold stored with them (chosen by cross-validation on train).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from quotetui.engine import model_files
from quotetui.engine.syntax import is_person_like

MODEL_FILE = "data/terms.json"
MAX_WORDS = 12  # longer quotations are somebody's words; the model is not asked

SMALL_WORDS = frozenset("the of a an and in on for to at by with from or as".split())


@dataclass(frozen=True)
class TermModel:
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.0  # a quote whose probability of being speech is below is a term
    about: str = ""

    def probability(self, features: Sequence[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TermModel:
        return cls(
            weights={str(k): float(v) for k, v in data.get("weights", {}).items()},
            threshold=float(data.get("threshold", 0.0)),
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> TermModel:
    data = model_files.read(MODEL_FILE, path)
    return TermModel() if data is None else TermModel.from_json(data)


def save(model: TermModel, path: Path) -> None:
    model_files.write(model.to_json(), path)


MODEL = load()


# Training hook: when a list, every short attributed quote appends (quote, features) to it.
COLLECT: list[tuple[Any, list[str]]] | None = None


def use(model: TermModel) -> None:
    global MODEL
    MODEL = model


def _bucket(n: int) -> str:
    for limit in (1, 2, 3, 4, 6, 9):
        if n <= limit:
            return str(limit)
    return "12"


def features(
    doc: Doc,
    text: str,
    *,
    start: int,
    end: int,
    inner_start: int,
    inner_end: int,
    tok_start: int,
    tok_end: int,
    method: str,
    cue_lemma: str | None,
    adjacent: bool,
    resolved: bool,
    heading: bool,
) -> list[str]:
    """The evidence about one quotation (see the module docstring)."""
    inner = text[inner_start:inner_end].strip()
    words = inner.split()
    f = ["bias", f"len:{_bucket(len(words))}", f"method:{method}"]
    last = inner.rstrip("”’\"'")[-1:] if inner else ""
    f.append(f"end:{last if last in '.,!?;:-—…' else 'word'}")
    first = inner[:1]
    f.append(
        "starts:lower" if first.islower() else "starts:upper" if first.isupper() else "starts:other"
    )
    content = [w for w in words if w.lower().strip(".,!?;:'\"") not in SMALL_WORDS]
    if content and all(w[:1].isupper() for w in content):
        f.append("titlecase" if len(content) > 1 else "capitalised")
    if any(c.isdigit() for c in inner):
        f.append("digits")
    mark = text[start : start + 1]
    f.append("mark:single" if mark in "‘'‚‛‹" else "mark:double")
    before = tok_start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0:
        prev = doc[before]
        f.append(f"before:{prev.pos_}")
        if prev.lower_ in ("the", "a", "an", "this", "that", "his", "her", "their", "its"):
            f.append("before:determiner")
        if prev.pos_ == "ADP":
            f.append(
                f"before:prep:{prev.lower_}"
                if prev.lower_ in ("as", "of", "on", "in")
                else "before:prep"
            )
        if prev.text in (",", ":"):
            f.append(f"before:{prev.text}")
    else:
        f.append("before:start")
    after = tok_end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after < len(doc):
        nxt = doc[after]
        f.append(f"after:{nxt.pos_}")
        if nxt.pos_ in ("NOUN", "PROPN") and nxt.i < len(doc) and nxt.dep_ in ("compound", "amod"):
            f.append("after:modifies")
    else:
        f.append("after:end")
    if cue_lemma:
        f.append(f"cue:{cue_lemma}")
        f.append("cue:adjacent" if adjacent else "cue:far")
    f.append("resolved" if resolved else "unresolved")
    if heading:
        f.append("heading")
    if re.search(r"[.!?]", inner[:-1]):
        f.append("sentences")
    return f


# -- whose words a short quote is ----------------------------------------------------------------
#
# A few words in quotation marks that no rule attributes are a term ("the so-called …"), unless
# the sentence itself says whose words they are: the object or complement of a verb of wording
# ("He called them “undocumented Democrats”", "referring to the US as the “Great Satan”",
# "coined a new phrase, “…”", "used the term “…”"), or the words of a speech noun with its
# speaker ("Romney's “47 percent” comment", "her claim that she “never sent …”", "the
# suggestion by a potential president that someone “ought to look into” the judge"). Those
# are somebody's words (SPEAKER-GUIDELINES.md): the one who called, claimed, suggested.

_WORDING_FORMS = {
    form: base
    for base, forms in {
        "call": "call calls called calling",
        "term": "term terms termed terming",
        "dub": "dub dubs dubbed dubbing",
        "label": "label labels labeled labelled labeling labelling",
        "brand": "brand brands branded branding",
        "describe": "describe describes described describing",
        "characterize": "characterize characterizes characterized characterizing "
        "characterise characterises characterised characterising",
        "refer": "refer refers referred referring",
        "coin": "coin coins coined coining",
        "use": "use uses used using",
        "invoke": "invoke invokes invoked invoking",
        "repeat": "repeat repeats repeated repeating",
        "utter": "utter utters uttered uttering",
        "chant": "chant chants chanted chanting",
    }.items()
    for form in forms.split()
}

# The words themselves, named by a noun ("used the term “…”"): only with these verbs does
# "use", "repeat" or "coin" say whose words they are.
_WORDING_NOUNS = frozenset("phrase term word words expression slogan motto line label".split())

_SPEECH_NOUNS = frozenset(
    """
    comment comments remark remarks claim claims statement statements promise promises pledge
    vow rejection assertion description warning suggestion argument quip insistence charge
    accusation denial pronouncement pronouncements characterization characterisation rhetoric
    language tweet answer response reply phrase phrases words call calls line
    """.split()
)

_NEEDS_NOUN = frozenset({"use", "repeat", "invoke"})

_NOBODY = frozenset("it this that what which there".split())


def words_of(
    doc: Doc, tok_start: int, tok_end: int, inside: Sequence[int]
) -> tuple[Token, Token] | None:
    """(speaker token, cue token) when the sentence says whose words the short quote between
    ``tok_start`` and ``tok_end`` is (see above); ``inside[i]`` is -1 for tokens outside every
    quote."""
    for i in range(tok_start, tok_end):
        tok = doc[i]
        if tok_start <= tok.head.i < tok_end or tok.head.i == tok.i:
            continue  # only tokens whose head lies outside the quote lead out of it
        node = tok.head
        # "used the term “kitchen sink”": the noun before the mark names the words.
        via_noun = tok_start > 0 and doc[tok_start - 1].lower_ in _WORDING_NOUNS
        for _ in range(4):
            if inside[node.i] != -1:
                break
            word = node.lower_
            if node.pos_ in ("NOUN", "PROPN"):
                if word in _WORDING_NOUNS:
                    via_noun = True
                if word in _SPEECH_NOUNS:
                    found = _speech_noun_speaker(node, inside) or _possessor(
                        doc, tok_start, tok_end, inside
                    )
                    if found is not None:
                        return found, node
            elif node.pos_ in ("VERB", "AUX"):
                base = _WORDING_FORMS.get(word)
                if base is None:
                    break
                if base in _NEEDS_NOUN and not via_noun:
                    break  # "used “enhanced” methods": the quote is not what was used
                subject = _active_subject(node, inside)
                if subject is not None:
                    return subject, node
                break
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _speakerish(token: Token, inside: Sequence[int]) -> bool:
    return inside[token.i] == -1 and token.lower_ not in _NOBODY and is_person_like(token)


def _active_subject(verb: Token, inside: Sequence[int]) -> Token | None:
    """The one doing the wording: the verb's subject ("Rush Limbaugh called …"), a relative
    clause's antecedent ("critics who call it …"), the subject of the clause a participle
    hangs on ("Trump defended it, calling …") or the noun it modifies ("partners … referring
    to the US as …"). A passive ("described as …") has nobody."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that") and verb.dep_ == "relcl":
                return verb.head if _speakerish(verb.head, inside) else None
            return c if _speakerish(c, inside) else None
    if verb.tag_ == "VBN":
        return None  # a bare participle is a reduced passive ("a phrase used by …" aside)
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        head = verb.head
        for c in head.children:
            if c.dep_ == "nsubj":
                return c if _speakerish(c, inside) else None
        return None
    if verb.dep_ == "acl" and _speakerish(verb.head, inside):
        return verb.head
    return None


def _speech_noun_speaker(noun: Token, inside: Sequence[int]) -> Token | None:
    """Whose comment, claim or suggestion: the possessor ("Romney's", "her") or the agent
    ("by a potential president")."""
    for c in noun.children:
        if c.dep_ == "poss" and _speakerish(c, inside):
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj" and _speakerish(g, inside):
                    return g
    return None


def _possessor(doc: Doc, tok_start: int, tok_end: int, inside: Sequence[int]) -> Token | None:
    """ "Dana Wirth's “parking pirates” remark": the parse may hang the possessor on the
    quoted words rather than on the noun after them."""
    for i in range(tok_start, tok_end):
        for c in doc[i].children:
            if c.dep_ == "poss" and c.i < tok_start and _speakerish(c, inside):
                return c
    return None


# A fragment that repeats another quote's words: at least this many words, so that one common
# word ("hell", "no") is no evidence.
ECHO_MIN_WORDS = 2


def echo_key(inner: str) -> str:
    """The words of a quote, lower-cased, without punctuation: "‘Crazy Bernie’" and "“crazy
    Bernie,”" are one key."""
    return " ".join(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", inner.lower().replace("’", "'")))


_NAMING = frozenset("call term dub label brand describe characterize".split())


def passively_named(doc: Doc, tok_start: int, tok_end: int, inside: Sequence[int]) -> bool:
    """ "celebrating being dubbed the “presumptive nominee”", "was labeled “…”": a naming
    with nobody doing it, so the words are nobody's (a term), whoever the sentence is about."""
    for i in range(tok_start, tok_end):
        tok = doc[i]
        if tok_start <= tok.head.i < tok_end or tok.head.i == tok.i:
            continue
        node = tok.head
        for _ in range(3):
            if inside[node.i] != -1:
                break
            if node.pos_ in ("VERB", "AUX"):
                return _WORDING_FORMS.get(node.lower_) in _NAMING and _passive(node)
            if node.head.i == node.i:
                break
            node = node.head
    return False


def _passive(verb: Token) -> bool:
    """A passive with nobody named doing it ("being dubbed", "was labeled"; not "dubbed …
    by critics")."""
    children = list(verb.children)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


# -- a label before a noun -------------------------------------------------------------------
#
# "a “unity” lunch", "the “establishment” candidate", "the ''third way'' Democrats": quoted
# words that name the kind of the noun right after them are a label the reporter holds at arm's
# length. When only a last resort gave them a speaker (the sentence's subject, a ranker's
# guess) they are nobody's words. A quoted adjective there is often someone's verdict ("a “deep
# and sincere” bond"), so only nouns count, and words ending in punctuation of their own never.
#
# Not a rule, measured: a quoted noun a non-reporting verb acts on with the reporter's
# determiner ("purchase a “promoted trend”") is as often someone's phrase ("advocates a
# “progressive consumption tax”", "pay their “fair share”"): on PolNeAR train it dropped
# about as many listed quotes as unlisted ones.

_LABEL_DEPS = frozenset({"compound", "nmod"})


def labels_a_noun(doc: Doc, tok_start: int, tok_end: int, inside: Sequence[int]) -> bool:
    """Whether the short quote between ``tok_start`` and ``tok_end`` is a noun modifying the
    noun right after its closing mark ("a “unity” lunch")."""
    leading = [
        doc[i]
        for i in range(tok_start, tok_end)
        if not doc[i].is_punct
        and not doc[i].is_space
        and not (tok_start <= doc[i].head.i < tok_end and doc[i].head.i != doc[i].i)
    ]
    if len(leading) != 1:
        return False
    tok = leading[0]
    words = [doc[i] for i in range(tok_start, tok_end) if not doc[i].is_quote]
    if words and words[-1].text in (".", ",", "!", "?", ";", ":"):
        return False
    head = tok.head
    if head.i == tok.i or inside[head.i] != -1:
        return False
    after = tok_end
    while after < len(doc) and doc[after].is_space:
        after += 1
    return (
        tok.pos_ in ("NOUN", "PROPN", "X")
        and tok.dep_ in _LABEL_DEPS
        and head.i == after
        and head.pos_ in ("NOUN", "PROPN")
    )
