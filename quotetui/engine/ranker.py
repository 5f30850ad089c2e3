"""The learned choice among candidate speaker mentions of a quote.

For every quote the sieve has an answer for (or none), :func:`candidates` gathers the words
that could be its speaker's mention: the subjects each rule of the sieve proposes, and the
names, noun phrases and pronouns in the quote's sentence, the sentences either side and its
paragraph — plus, when the quote could go on with the previous quote's speaker, that choice
("carry"). Each candidate is described by sparse features: which rules proposed it, its
grammatical role and the reporting verb it is the subject of, where it stands from the quote,
what kind of word it is and how it resolves to a speaker. Each candidate also carries the name
it resolves to (``speaker``), for the trainer's labels by name. A linear model scores them
(pairwise logistic regression, trained by ``benchmarks/train_ranker.py`` with scikit-learn on
PolNeAR train by the gold mention; labels by name on the hand-resolved sets were measured and
lost by cross-validation; the weights ship as ``data/ranker.json`` and are read here with
plain Python, so the engine needs neither scikit-learn nor a pickle), and the scores become
probabilities by a softmax over the quote's candidates.

:func:`decide` keeps the sieve's answer when the model agrees or is not sure enough, and
overrides it when the model is sure and the sieve's choice is unlikely; either way the
decision carries the top reasons (the features that weighed most) for the review app.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine import model_files
from quotetui.engine.lexicon import (
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    lemma,
)
from quotetui.engine.speakable import can_speak
from quotetui.engine.syntax import is_cue_word, run_memo

MODEL_FILE = "data/ranker.json"
CARRY = -1  # the candidate "the previous quote's speaker goes on"
MAX_CANDIDATES = 14
WINDOW = 45  # tokens either side of the quote
_HEAD_POS = frozenset({"PROPN", "NOUN", "PRON"})
_NOT_HEAD_DEPS = frozenset({"compound", "flat", "amod", "det", "nummod", "quantmod", "npadvmod"})
_SKIP_WORDS = frozenset(
    "there here what whatever something nothing anything everything all this these those "
    "that which one ones it's".split()
)
_DIST_BUCKETS = ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"))


@dataclass
class Candidate:
    token: int  # head token index, or CARRY
    features: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # sieve rules that proposed it
    span: tuple[int, int] | None = None  # characters of the head (carry: the earlier mention)
    # The name the engine resolves the candidate to (carry: the previous quote's speaker), for
    # the trainer's labels by name; never a feature.
    speaker: str | None = None
    score: float = 0.0
    probability: float = 0.0


@dataclass(frozen=True)
class Model:
    """Feature weights, and by the rule that made the sieve's choice ("none": no rule), how
    sure the model must be to override it (``(override, keep)``: the model's top at least
    ``override`` likely and the sieve's choice at most ``keep``). A rule not listed is never
    overridden: where cross-validation saw too few of its cases, or saw overriding it lose."""

    weights: dict[str, float]
    thresholds: dict[str, tuple[float, float]] = field(default_factory=dict)
    about: str = ""

    def score(self, features: Sequence[str]) -> float:
        w = self.weights
        return sum([w.get(f, 0.0) for f in features])

    def to_json(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "thresholds": {k: list(v) for k, v in sorted(self.thresholds.items())},
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            weights={str(k): float(v) for k, v in data.get("weights", {}).items()},
            thresholds={
                str(k): (float(v[0]), float(v[1])) for k, v in data.get("thresholds", {}).items()
            },
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> Model:
    """The model in ``path``, by default the one shipped with the engine (no model file: an
    empty model, which always keeps the sieve's answer)."""
    data = model_files.read(MODEL_FILE, path)
    return Model({}) if data is None else Model.from_json(data)


def save(model: Model, path: Path) -> None:
    model_files.write(model.to_json(), path)


MODEL = load()


def use(model: Model) -> None:
    """Swap the model the engine uses (training and cross-validation)."""
    global MODEL
    MODEL = model


# Training hook: when a list, every ranked quote appends (quote index, candidates) to it.
COLLECT: list[tuple[Any, list[Candidate], int | None, str]] | None = None


# --------------------------------------------------------------------------- scoring


def rank(candidates: list[Candidate], model: Model | None = None) -> list[Candidate]:
    """Score and sort candidates, best first, with softmax probabilities."""
    model = model or MODEL
    for c in candidates:
        c.score = model.score(c.features)
    if not candidates:
        return candidates
    top = max(c.score for c in candidates)
    exps = [math.exp(c.score - top) for c in candidates]
    total = sum(exps)
    for c, e in zip(candidates, exps, strict=True):
        c.probability = e / total
    return sorted(candidates, key=lambda c: -c.score)


def reasons(candidate: Candidate, model: Model | None = None, n: int = 3) -> list[str]:
    """The features that weighed most for a candidate, in words, as "in the quote's
    paragraph (+2.3)"."""
    model = model or MODEL
    weighted = [(model.weights.get(f, 0.0), f) for f in candidate.features]
    weighted.sort(key=lambda x: -abs(x[0]))
    return [f"{describe(f)} ({w:+.1f})" for w, f in weighted[:n] if w]


# Words for what a feature names; anything else is shown as the feature's own label.
_ROLES = {
    "nsubj": "subject",
    "nsubjpass": "passive subject",
    "csubj": "subject clause",
    "dobj": "object",
    "pobj": "object of a preposition",
    "dative": "indirect object",
    "poss": "possessor",
    "appos": "apposition",
    "compound": "name part",
    "conj": "coordinated word",
    "ROOT": "main word",
    "agent": "agent ('by …')",
    "attr": "complement",
    "oprd": "complement",
    "nmod": "noun modifier",
    "npadvmod": "adverbial noun",
    "amod": "adjective",
    "advcl": "word of an adverbial clause",
    "ccomp": "word of a reported clause",
    "xcomp": "word of a clause",
    "relcl": "word of a relative clause",
    "acl": "word of a clause on a noun",
    "pcomp": "word of a prepositional clause",
    "dep": "loosely attached word",
}
_KINDS = {
    "pron": "a pronoun",
    "person": "a person's name",
    "org": "an organisation's or place's name",
    "org_noun": "an organisation noun",
    "role": "a role noun",
    "noun": "a noun",
    "propn": "a proper noun",
    "speech_noun": "a word for words (statement, interview …)",
}
_ENTITIES = {
    "-": "not a named entity",
    "PERSON": "a person's name",
    "ORG": "an organisation's name",
    "GPE": "a place's name",
    "NORP": "a nationality or group",
    "FAC": "a building's name",
    "LOC": "a location",
    "DATE": "a date",
    "TIME": "a time",
    "PERCENT": "a percentage",
    "CARDINAL": "a number",
    "ORDINAL": "an ordinal",
    "MONEY": "an amount of money",
    "QUANTITY": "a quantity",
    "EVENT": "an event",
    "WORK_OF_ART": "a title",
    "LAW": "a law",
    "PRODUCT": "a product",
    "LANGUAGE": "a language",
}
_QUOTE_FLAGS = {
    "starts_para": "the quote opens its paragraph",
    "partial": "a partial quote",
    "short": "a short quote",
    "comma": "the quote ends in a comma",
}
_SENTENCES = {
    "same": "in the quote's sentence",
    "prev": "in the sentence before",
    "next": "in the sentence after",
    "far": "sentences away",
}
_CARRY = {
    "": "the last speaker goes on",
    "same": "the last speaker, same paragraph",
    "next": "the last speaker, next paragraph",
    "starts": "the quote opens its paragraph",
    "inner": "the quote is inside its paragraph",
    "narrative": "narration between",
    "alone": "nothing between",
    "sure": "the last speaker was sure",
    "unsure": "the last speaker was unsure",
}


def _role(dep: str) -> str:
    return _ROLES.get(dep, dep)


def _as(dep: str) -> str:
    return f"as {_role(dep)}"


def _kind_words(kind: str) -> str:
    return _KINDS.get(kind, kind.replace("_", " "))


def _bare(kind: str) -> str:
    return _kind_words(kind).removeprefix("a ").removeprefix("an ")


def _object(p: list[str]) -> str:
    dep, prep = p[0], p[1]
    return f"object of '{prep}'" if prep != "-" else _role(dep)


def _quote_flag(p: list[str]) -> str:
    flag, _, side = p[0].partition("+")
    words = _QUOTE_FLAGS.get(flag, flag)
    if side == "dep" and len(p) > 1:
        return f"{words}; {_a(_role(p[1]))}"
    return f"{words}; {side} it" if side else words


def _a(words: str) -> str:
    """The indefinite article an analyst would write before ``words``."""
    vowel = bool(words) and words[0].lower() in "aeiou"
    return f"{'an' if vowel else 'a'} {words}"


_WORDS: dict[str, Callable[[list[str]], str]] = {
    "bias": lambda p: "any candidate",
    "side": lambda p: f"{p[0]} the quote",
    "dist": lambda p: f"{p[0]} words from the quote",
    "side+dist": lambda p: f"{p[1]} words {p[0]} the quote",
    "sent": lambda p: _SENTENCES.get(p[0], p[0]),
    "para": lambda p: "in the quote's paragraph" if p[0] == "same" else "in another paragraph",
    "dep": lambda p: _a(_role(p[0])),
    "side+dep": lambda p: f"{_a(_role(p[1]))} {p[0]} the quote",
    "kind": lambda p: _kind_words(p[0]),
    "dep+kind": lambda p: f"{_kind_words(p[1])} {_as(p[0])}",
    "ent": lambda p: _ENTITIES.get(p[0], p[0]),
    "res": lambda p: "resolved to nobody" if p[0] == "none" else f"resolved as {p[0]}",
    "reskind": lambda p: "resolves to nobody" if p[0] == "-" else f"resolves to {_a(p[0])}",
    "kind+res": lambda p: f"{_kind_words(p[0])} resolved as {p[1]}",
    "nearest": lambda p: f"the nearest {_bare(p[0])}",
    "nearest+side": lambda p: f"the nearest {_bare(p[0])} {p[1]} the quote",
    "head_cue": lambda p: f"{_role(p[0])} of the cue verb",
    "cue": lambda p: f"cue '{p[0]}'",
    "cue+dep": lambda p: f"{_role(p[1])} of '{p[0]}'",
    "cue+side": lambda p: f"{_role(p[1])} of a cue {p[0]} the quote",
    "cue_finite": lambda p: f"{_role(p[0])} of a cue in the past or present tense",
    "obj": _object,
    "obj_of_cue": lambda p: f"object of '{p[2]}'" if p[1] == "-" else f"{_object(p)} with '{p[2]}'",
    "possessive": lambda p: "a possessive",
    "possessed": lambda p: "has a possessor",
    "pron": lambda p: f"the pronoun '{p[0]}'",
    "pron+side": lambda p: f"the pronoun '{p[0]}' {p[1]} the quote",
    "src": lambda p: "proposed by no rule" if p[0] == "none" else f"proposed by {p[0]}",
    "src+dep": lambda p: f"proposed by {p[0]} {_as(p[1])}",
    "picked": lambda p: f"the rule's choice ({p[0]})" if p else "the rule's choice",
    "carry": lambda p: _CARRY.get(p[0] if p else "", ":".join(p)),
    "q": _quote_flag,
}


def describe(feature: str) -> str:
    """A ranker feature in an analyst's words ("head_cue:nsubj" → "subject of the cue verb");
    the feature itself where no words are known."""
    name, _, value = feature.partition(":")
    describer = _WORDS.get(name)
    if describer is None:
        return feature
    try:
        return describer(value.split(":") if value else [])
    except IndexError:
        return feature


@dataclass(frozen=True)
class Decision:
    token: int | None  # the chosen head token, CARRY, or None (keep the sieve's none)
    agreed: bool  # the model's top is the sieve's choice
    overrode: bool  # the model's choice replaced the sieve's
    probability: float  # the model's probability for the chosen candidate
    reasons: tuple[str, ...] = ()


def decide(
    candidates: list[Candidate],
    sieve_choice: int | None,
    rule: str = "none",
    model: Model | None = None,
) -> Decision:
    """The sieve's choice, or the model's when it is sure and the sieve's is unlikely."""
    model = model or MODEL
    if not model.weights or not candidates:
        return Decision(sieve_choice, True, False, 0.0)
    ranked = rank(candidates, model)
    top = ranked[0]
    mine = next((c for c in ranked if c.token == sieve_choice), None)
    if mine is not None and mine is top:
        return Decision(sieve_choice, True, False, top.probability, tuple(reasons(top, model)))
    p_mine = mine.probability if mine is not None else 0.0
    override, keep = model.thresholds.get(rule, (2.0, -1.0))
    if top.probability >= override and p_mine <= keep:
        return Decision(top.token, False, True, top.probability, tuple(reasons(top, model)))
    if mine is None:
        return Decision(sieve_choice, False, False, 0.0)
    return Decision(sieve_choice, False, False, p_mine, tuple(reasons(mine, model)))


# --------------------------------------------------------------------------- candidates


def _bucket(distance: int) -> str:
    for limit, name in _DIST_BUCKETS:
        if distance <= limit:
            return name
    return "21+"


def candidate_heads(
    doc_len: int,
    tokens: Iterable[Token],
    inside: Sequence[int],
    tok_start: int,
    tok_end: int,
    proposed: dict[int, list[str]],
) -> list[int]:
    """Head tokens of the noun phrases near the quote that could be its speaker, nearest
    first (the sieve's proposals always among them)."""
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    # Whether a token may head a candidate is the token's own business: told once per run,
    # for the windows of all the quotes it is near.
    heads_ok: dict[int, bool] | None = None
    for tok in tokens:
        i = tok.i
        if i in seen or inside[i] != -1:
            continue
        if heads_ok is None:
            heads_ok = run_memo(tok.doc, "ranker.may_head")
        ok = heads_ok.get(i)
        if ok is None:
            ok = heads_ok[i] = _may_head(tok)
        if not ok:
            continue
        seen.add(i)
        distance = tok_start - i if i < tok_start else i - tok_end + 1
        out.append((distance, i))
    out.sort()
    heads = [i for _, i in out[:MAX_CANDIDATES]]
    for i in proposed:
        if i not in heads and 0 <= i < doc_len:
            heads.append(i)
    return heads


def _may_head(tok: Token) -> bool:
    if tok.pos_ not in _HEAD_POS:
        return False
    if tok.dep_ in _NOT_HEAD_DEPS and tok.head.pos_ in _HEAD_POS:
        return False
    if tok.lower_ in _SKIP_WORDS or not any(c.isalpha() for c in tok.text):
        return False
    return can_speak(tok)  # not "those services", "the timing": things say nothing


def token_features(
    tok: Token,
    *,
    tok_start: int,
    tok_end: int,
    quote_sent: int,
    sent_of: Sequence[int],
    para_of: Sequence[int],
    paragraph: int,
    rules: Sequence[str],
    picked: bool,
    picked_method: str | None,
    resolution: str,
    resolved_kind: str | None,
    quote: dict[str, bool],
    nearest: bool,
) -> list[str]:
    """The features of one candidate head token (see the module docstring)."""
    i = tok.i
    side = "before" if i < tok_start else "after"
    distance = tok_start - i if i < tok_start else i - tok_end + 1
    s = sent_of[i] - quote_sent
    sent = "same" if s == 0 else ("prev" if s == -1 else ("next" if s == 1 else "far"))
    para = "same" if para_of[i] == paragraph else "other"
    own = _own_features(tok)
    dep, kind, cue, fixed, after_cue, pronoun = own
    bucket = _bucket(distance)
    # In the order the model was trained on: its score is a sum, taken in this order.
    f: list[str] = [
        "bias",
        f"side:{side}",
        f"dist:{bucket}",
        f"side+dist:{side}:{bucket}",
        f"sent:{sent}",
        f"para:{para}",
        fixed[0],
        f"side+dep:{side}:{dep}",
        *fixed[1:],
        f"res:{resolution}",
        f"reskind:{resolved_kind or '-'}",
        f"kind+res:{kind}:{resolution}",
    ]
    if nearest:
        f.append(f"nearest:{kind}")
        f.append(f"nearest+side:{kind}:{side}")
    if cue is not None:
        f += [f"head_cue:{dep}", f"cue:{cue}", f"cue+dep:{cue}:{dep}", f"cue+side:{side}:{dep}"]
    f += after_cue
    if pronoun is not None:
        f.append(f"pron:{pronoun}")
        f.append(f"pron+side:{pronoun}:{side}")
    for rule in rules:
        f.append(f"src:{rule}")
        f.append(f"src+dep:{rule}:{dep}")
    if not rules:
        f.append("src:none")
    if picked:
        f.append("picked")
        f.append(f"picked:{picked_method}")
    for name, value in quote.items():
        if value:
            f.append(f"q:{name}+{side}")
            f.append(f"q:{name}+dep:{dep}")
    return f


# What a candidate's features say of the token alone (its dependency, kind, entity, the cue it
# hangs on, …): the same for every quote it is a candidate of, so worked out once per token
# while one run of the engine reads the Doc (syntax.run_memo).
_Own = tuple[str, str, str | None, tuple[str, ...], tuple[str, ...], str | None]


def _own_features(tok: Token) -> _Own:
    memo: dict[int, _Own] = run_memo(tok.doc, "ranker.own_features")
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = _own_features_of(tok)
    return found


def _own_features_of(tok: Token) -> _Own:
    i = tok.i
    dep = tok.dep_
    head = tok.head
    head_is_cue = head.i != i and is_cue_word(head)
    word = tok.lower_
    kind = _kind(tok)
    fixed = (f"dep:{dep}", f"kind:{kind}", f"dep+kind:{dep}:{kind}", f"ent:{tok.ent_type_ or '-'}")
    cue: str | None = None
    after: list[str] = []
    if head_is_cue:
        cue = lemma(head)
        if head.tag_ in ("VBD", "VBZ", "VBP"):
            after.append(f"cue_finite:{dep}")
    elif dep in ("pobj", "dobj", "dative") and head.i != i:
        # "told CNN's Dana Bash": the addressee; "according to X": the source.
        owner = head.head if dep == "pobj" else head
        prep = head.lower_ if dep == "pobj" else "-"
        after.append(f"obj:{dep}:{prep}")
        if is_cue_word(owner):
            after.append(f"obj_of_cue:{dep}:{prep}:{lemma(owner)}")
    child_deps = {c.dep_ for c in tok.children}  # one walk over the children, not two
    if dep == "poss" or "case" in child_deps:
        after.append("possessive")
    if "poss" in child_deps:
        after.append("possessed")
    pronoun = (
        word if word in genders.PRONOUN_GENDER or word in ("they", "it", "i", "we", "you") else None
    )
    return dep, kind, cue, fixed, tuple(after), pronoun


def carry_features(
    *, same_paragraph: bool, starts_paragraph: bool, narrative: bool, sure: bool, picked: bool
) -> list[str]:
    f = ["carry", "carry:same" if same_paragraph else "carry:next"]
    f.append("carry:starts" if starts_paragraph else "carry:inner")
    f.append("carry:narrative" if narrative else "carry:alone")
    f.append("carry:sure" if sure else "carry:unsure")
    if picked:
        f.append("picked")
        f.append("picked:continuation")
    return f


def _kind(tok: Token) -> str:
    word = tok.lower_
    if tok.pos_ == "PRON":
        return "pron"
    if tok.ent_type_ == "PERSON":
        return "person"
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
        return "org"
    w = lemma(tok)
    if tok.pos_ == "PROPN":
        return "propn"
    if w in SPEECH_NOUNS:
        return "speech_noun"
    if w in ORGANISATION_NOUNS:
        return "org_noun"
    if w in ROLE_NOUNS or genders.of_noun(word):
        return "role"
    return "noun"
