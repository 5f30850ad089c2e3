"""Learned decisions over what the occasion rules read: each quote's type, date and place.

The rules of :mod:`quotetui.engine.occasions` read occasions from the grammar of attributions
and carry them along the text. What they cannot weigh well is *which* of the article's
occasions, days and places a quote belongs to when its own attribution names none: the day a
lead gives the council meeting ("Councillors approved the plan on Tuesday"), the hall named
with the event, the debate the whole story is about. Those calls are made here by linear models
trained on hand-annotated articles (``benchmarks/train_occasions.py``, scikit-learn at
training time only; the weights ship as ``data/occasions.json`` and are scored in plain
Python):

- **type**: a multinomial logistic regression over the closed set and "none", from the
  attribution's grammar (cue lemma and tense, the head nouns of its prepositional objects,
  told-whom, outlets, platforms and broadcasters, the document that speaks), what the rules
  made of it (own and carried), the occasions named around the quote, the previous quote's
  and the article's (title, dateline, the events it names).
- **date**: every phrase of the article outside quotes that names a day or a month is a
  candidate; a binary model scores (quote, phrase) pairs — where the phrase stands from the
  quote (sentence, paragraph, phrases between), what it is attached to (the cue, an event noun,
  another verb), who its clause is about (the quote's speaker, someone else), whether the
  rules chose it or it is with the event the rules carried — and the best phrase is taken
  when its probability reaches the stored threshold, else the quote stays undated.
- **place**: places named outside quotes (GPE, LOC, FAC entities, the rules' places, the
  dateline) scored the same way.

Each model is *stacked* on the rules: it reads their answer among its features, and changes it
only when sure — the type model when its class reaches ``Classes.override``; the date and place
models when a candidate other than the rules' reaches ``Binary.override``, when they give the
rules' own candidate less than ``Binary.drop`` (then none), or, where the rules gave none, when
the best candidate reaches ``Binary.threshold``. No model file, or a section missing from it:
the rules' answer stands. Training collects the candidates and their features through
:data:`COLLECT`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from quotetui.dates import WEEKDAY_WORDS, dates_a_time, names_a_day
from quotetui.engine import mechanisms as words
from quotetui.engine import model_files
from quotetui.engine.lexicon import lemma
from quotetui.engine.occasions import (
    DatePhrase,
    Mention,
    Occasion,
    Placed,
    Slot,
    audience_type,
    date_phrase,
    is_broadcast,
    is_outlet,
    is_platform,
    noun_type,
    occasion_date_entity,
)
from quotetui.engine.syntax import ents_of, is_cue_word
from quotetui.model import DateSource, OccasionType
from quotetui.names import name_key

MODEL_FILE = "data/occasions.json"
NONE = "none"  # the type class of a quote whose article says nothing of how it was said
TYPE_CLASSES: tuple[str, ...] = (*(t.value for t in OccasionType), NONE)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_AFTER = 1  # candidates at most this many paragraphs after the quote


# --------------------------------------------------------------------------- models


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Binary:
    """A logistic model over sparse string features, and the probability a candidate needs
    to be taken."""

    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = 0.5
    # Stacked on the rules (None: the model alone, its best candidate taken when it reaches
    # ``threshold``): the rules' answer stands unless the model's best other candidate reaches
    # ``override``, or the model gives the rules' own candidate less than ``drop`` (then none);
    # where no candidate is the rules' (they gave none), the best is taken at ``threshold``.
    # Moving a date keeps a quote dated, filling one in dates it: the second is what gives
    # dates to undated gold, so it has its own bar.
    override: float | None = None
    drop: float = 0.0

    def probability(self, features: Sequence[str]) -> float:
        w = self.weights
        return _sigmoid(self.bias + sum(w.get(f, 0.0) for f in features))

    def choose(self, rows: Sequence[Sequence[str]], ruled: Sequence[bool]) -> int | None:
        """The candidate taken (its index), None for none, or :data:`RULES` for the rules'
        answer; ``ruled`` marks the candidates that are the rules' answer."""
        return self.pick([self.probability(f) for f in rows], ruled)

    def pick(self, scored: Sequence[float], ruled: Sequence[bool]) -> int | None:
        """:meth:`choose` over the candidates' probabilities."""
        if not scored:
            return None if self.override is None else RULES
        best = max(range(len(scored)), key=lambda k: (scored[k], -k))
        if self.override is None:
            return best if scored[best] >= self.threshold else None
        if ruled[best]:
            return RULES
        mine = [p for p, r in zip(scored, ruled, strict=True) if r]
        if not mine:
            return best if scored[best] >= self.threshold else RULES
        if scored[best] >= self.override:
            return best
        if max(mine) < self.drop:
            return None
        return RULES

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"bias": self.bias, "threshold": self.threshold}
        if self.override is not None:
            out["override"] = self.override
            out["drop"] = self.drop
        out["weights"] = dict(sorted(self.weights.items()))
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Binary:
        return cls(
            {str(k): float(v) for k, v in data.get("weights", {}).items()},
            float(data.get("bias", 0.0)),
            float(data.get("threshold", 0.5)),
            float(data["override"]) if data.get("override") is not None else None,
            float(data.get("drop", 0.0)),
        )


RULES = -1  # Binary.choose: the rules' answer stands


def stacked_type(guess: str, p: float, rule: str, override: float) -> str:
    """The type class stacked on the rules: the model's ``guess`` (of probability ``p``)
    where it is the rules' ``rule`` or reaches ``override``, else ``rule``."""
    return guess if guess == rule or p >= override else rule


def rules_date(features: Sequence[str]) -> bool:
    """Whether a date candidate is the phrase the rules dated the quote by."""
    return any(f.startswith("rule=") and "&" not in f for f in features)


def rules_place(features: Sequence[str]) -> bool:
    """Whether a place candidate is (in) the rules' place."""
    return "rule" in features


@dataclass(frozen=True)
class Classes:
    """A multinomial logistic model: per feature, a weight for each class."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    # Stacked on the rules: the model's class replaces the rules' type only when its
    # probability reaches this (0: the model everywhere). Typed gold is what the scorer counts,
    # so without it a model types quotes the article says nothing of how were said.
    override: float = 0.0

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        scores = list(self.bias)
        for f in features:
            row = self.weights.get(f)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def best(self, features: Sequence[str]) -> tuple[str, float]:
        probs = self.probabilities(features)
        name = max(probs, key=lambda c: probs[c])
        return name, probs[name]

    def decide(self, features: Sequence[str], rule: str) -> str:
        """The quote's type class: the model's, where it is sure enough to overrule ``rule``
        (the rules' type, or :data:`NONE`)."""
        name, p = self.best(features)
        return stacked_type(name, p, rule, self.override)

    def to_json(self) -> dict[str, Any]:
        return {
            "override": self.override,
            "classes": list(self.classes),
            "bias": list(self.bias),
            "weights": {k: list(v) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Classes:
        classes = tuple(str(c) for c in data["classes"])
        return cls(
            classes,
            {str(k): tuple(float(x) for x in v) for k, v in data.get("weights", {}).items()},
            tuple(float(x) for x in data.get("bias", [0.0] * len(classes))),
            float(data.get("override", 0.0)),
        )


@dataclass(frozen=True)
class Models:
    type: Classes | None = None
    date: Binary | None = None
    place: Binary | None = None
    about: str = ""

    @property
    def empty(self) -> bool:
        return self.type is None and self.date is None and self.place is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"about": self.about}
        for name in ("type", "date", "place"):
            model = getattr(self, name)
            if model is not None:
                out[name] = model.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Models:
        return cls(
            type=Classes.from_json(data["type"]) if "type" in data else None,
            date=Binary.from_json(data["date"]) if "date" in data else None,
            place=Binary.from_json(data["place"]) if "place" in data else None,
            about=str(data.get("about", "")),
        )


def load(path: Path | None = None) -> Models:
    """The models in ``path``, by default those shipped with the engine (none: the rules)."""
    data = model_files.read(MODEL_FILE, path)
    return Models() if data is None else Models.from_json(data)


def save(models: Models, path: Path) -> None:
    model_files.write(models.to_json(), path)


MODELS = load()


def use(models: Models) -> None:
    """Swap the models the engine uses (training and cross-validation)."""
    global MODELS
    MODELS = models


# Training hook: when a list, every article appends one dict per spoken quote (see decide).
COLLECT: list[dict[str, Any]] | None = None


# --------------------------------------------------------------------------- the article


@dataclass(frozen=True)
class QuoteView:
    """What the models see of one quote besides the rules' slot and answer."""

    start: int  # characters
    end: int
    tok_start: int
    tok_end: int
    paragraph: int
    cue: Token | None  # the reporting word's root
    subject: Token | None  # the speaker mention's head
    speaker_kind: str | None
    method: str | None


@dataclass
class _DateCandidate:
    phrase: DatePhrase
    token: int  # first token
    paragraph: int
    sentence: int
    static: list[str]
    day: bool


@dataclass
class _PlaceCandidate:
    text: str
    token: int  # -1: not a position in the text (the dateline, a rule's place)
    paragraph: int
    sentence: int
    static: list[str]


@dataclass
class Article:
    """One article's tokens as the models read them."""

    doc: Doc
    quoted: Sequence[bool]
    token_paragraph: Sequence[int]
    sentence_of: Sequence[int]
    entity_name: dict[int, str]  # token → canonical name of the person or group it names
    cue_verbs: set[int]
    dateline: str | None
    dates: list[_DateCandidate] = field(default_factory=list)
    places: list[_PlaceCandidate] = field(default_factory=list)
    sentence_names: dict[int, set[str]] = field(default_factory=dict)
    paragraph_names: dict[int, set[str]] = field(default_factory=dict)
    sentence_events: dict[int, set[str]] = field(default_factory=dict)  # occasion types named
    article_events: dict[str, int] = field(default_factory=dict)
    title_events: set[str] = field(default_factory=set)
    first_prose: int = 0  # paragraph of the lead

    def sentence_tokens(self, sentence: int) -> tuple[int, int]:
        start, end = self._bounds[sentence]
        return start, end

    def __post_init__(self) -> None:
        doc = self.doc
        bounds: dict[int, list[int]] = {}
        for i in range(len(doc)):
            s = self.sentence_of[i]
            b = bounds.setdefault(s, [i, i + 1])
            b[1] = i + 1
        self._bounds = {s: (b[0], b[1]) for s, b in bounds.items()}
        for i, name in self.entity_name.items():
            if self.quoted[i]:
                continue
            self.sentence_names.setdefault(self.sentence_of[i], set()).add(name)
            self.paragraph_names.setdefault(self.token_paragraph[i], set()).add(name)
        first_prose = None
        for tok in doc:
            if self.quoted[tok.i] or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            kind, weak = noun_type(tok)
            if kind is None or tok.dep_ == "compound":
                continue
            self.sentence_events.setdefault(self.sentence_of[tok.i], set()).add(kind.value)
            self.article_events[kind.value] = self.article_events.get(kind.value, 0) + 1
            if self.token_paragraph[tok.i] == 0:
                self.title_events.add(kind.value)
        for tok in doc:
            if tok.pos_ == "VERB" and not self.quoted[tok.i]:
                first_prose = self.token_paragraph[tok.i]
                break
        self.first_prose = first_prose or 0
        self.dates = self._date_candidates()
        self.places = self._place_candidates()

    # -- candidates ---------------------------------------------------------------------------

    def _date_candidates(self) -> list[_DateCandidate]:
        doc = self.doc
        out: list[_DateCandidate] = []
        seen_day = False
        for ent in ents_of(doc):
            if ent.label_ not in ("DATE", "TIME") or self.quoted[ent.start]:
                continue
            found = occasion_date_entity(ent[0])
            if found is None or found.start != ent.start:
                continue
            phrase = date_phrase(found)
            if not dates_a_time(phrase.text):
                continue
            day = names_a_day(phrase.text)
            static = _date_static(found, phrase, self)
            if not out:
                static.append("d:first_date")
            if day and not seen_day:
                static.append("d:first_day")
                seen_day = True
            out.append(
                _DateCandidate(
                    phrase,
                    found.start,
                    self.token_paragraph[found.start],
                    self.sentence_of[found.start],
                    static,
                    day,
                )
            )
        keys = {_day_key(c.phrase.text) for c in out if c.day}
        many = "1" if len(keys) <= 1 else ("2" if len(keys) == 2 else "3+")
        for c in out:
            c.static.append(f"d:days_in_article={many}")
        return out

    def _place_candidates(self) -> list[_PlaceCandidate]:
        doc = self.doc
        out: list[_PlaceCandidate] = []
        for ent in ents_of(doc):
            if ent.label_ not in _PLACE_LABELS or self.quoted[ent.start]:
                continue
            if ent.root.dep_ in ("compound", "amod", "poss", "nmod") and ent.root.head.pos_ in (
                "NOUN",
                "PROPN",
            ):
                head = ent.root.head
                static = ["p:modifier", f"p:label={ent.label_}"]
                if noun_type(head)[0] is not None:
                    static.append(f"p:modifies_event={noun_type(head)[0]}")
                else:
                    continue  # "the Texas senator": which senator, not where
            else:
                static = [f"p:label={ent.label_}"] + _place_static(ent, self)
            text = ent.text
            if text.lower().startswith("the "):
                text = text[4:]
            out.append(
                _PlaceCandidate(
                    text,
                    ent.start,
                    self.token_paragraph[ent.start],
                    self.sentence_of[ent.start],
                    static,
                )
            )
        return out


def _day_key(text: str) -> str:
    kept = [w.strip(".,’'s") for w in text.lower().split()]
    drop = {"on", "in", "at", "earlier", "late", "early", "night", "morning", "evening"}
    return " ".join(w for w in kept if w and w not in drop)


def _anchor(token: Token) -> tuple[Token | None, Token | None]:
    """The verb a date or place hangs on, and the occasion noun on the way, if any."""
    node = token
    noun = None
    for _ in range(6):
        if node.head.i == node.i:
            return (node if node.pos_ in ("VERB", "AUX") else None), noun
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node, noun
        if noun is None and node.pos_ in ("NOUN", "PROPN") and noun_type(node)[0] is not None:
            noun = node
    return None, noun


def _verb_features(verb: Token | None, article: Article, prefix: str) -> list[str]:
    if verb is None:
        return [f"{prefix}:verb=none"]
    out = [f"{prefix}:tag={verb.tag_}"]
    word = lemma(verb)
    if verb.i in article.cue_verbs:
        out.append(f"{prefix}:verb=cue")
    elif is_cue_word(verb):
        out.append(f"{prefix}:verb=speech")
    elif word in words.MAKING_VERBS or word in words.FRAMING_VERBS:
        out.append(f"{prefix}:verb=making")
    else:
        out.append(f"{prefix}:verb=other")
    out.append(f"{prefix}:lemma={word}")
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("will", "'ll", "would", "could", "may"):
            out.append(f"{prefix}:modal")
        if child.dep_ == "aux" and child.lower_ in ("has", "have", "'s", "'ve"):
            out.append(f"{prefix}:perfect")
    return out


def _date_static(ent: Span, phrase: DatePhrase, article: Article) -> list[str]:
    text = phrase.text.lower()
    tokens = text.replace(",", " ").split()
    out: list[str] = []
    if any(w.rstrip(".’'s") in WEEKDAY_WORDS for w in tokens):
        form = "weekday"
    elif "yesterday" in tokens or "night" in tokens and "last" in tokens:
        form = "yesterday"
    elif any(w in ("today", "tonight") for w in tokens) or "this morning" in text:
        form = "today"
    elif any(ch.isdigit() for ch in text):
        form = "monthday"
    else:
        form = "month"
    out.append(f"d:form={form}")
    for w in ("last", "earlier", "this", "late", "early", "later", "since", "at"):
        if w in tokens:
            out.append(f"d:word={w}")
    if text.endswith(("'s", "’s")):
        out.append("d:possessive")
    verb, noun = _anchor(ent.root)
    out += _verb_features(verb, article, "d")
    if noun is not None:
        kind = noun_type(noun)[0]
        out.append(f"d:event={kind}")
        if noun.lower_ in words.EVENT_HEADS or lemma(noun) in words.EVENT_HEADS:
            out.append("d:event_head")
    sentence = article.sentence_of[ent.start]
    for kind_name in sorted(article.sentence_events.get(sentence, ())):
        out.append(f"d:sent_event={kind_name}")
    lead = article.token_paragraph[ent.start] - article.first_prose
    out.append(f"d:lead={_bucket(lead, (0, 1, 2, 5))}")
    return out


def _place_static(ent: Span, article: Article) -> list[str]:
    out: list[str] = []
    root = ent.root
    if root.dep_ == "pobj":
        prep = root.head
        out.append(f"p:prep={prep.lower_}")
        head = prep.head
        if head.pos_ in ("NOUN", "PROPN"):
            kind = noun_type(head)[0]
            out.append(f"p:of_noun={kind}" if kind is not None else "p:of_noun=other")
        elif head.pos_ in ("VERB", "AUX"):
            out += _verb_features(head, article, "p")
    elif root.dep_ in ("nsubj", "nsubjpass"):
        out.append("p:subject")
    elif root.dep_ == "appos":
        out.append("p:appos")
    else:
        out.append(f"p:dep={root.dep_}")
    if root.head.lower_ == "of" and root.head.head.lower_ in ("town", "city", "village"):
        out.append("p:settlement")
    sentence = article.sentence_of[ent.start]
    for kind_name in sorted(article.sentence_events.get(sentence, ())):
        out.append(f"p:sent_event={kind_name}")
    lead = article.token_paragraph[ent.start] - article.first_prose
    out.append(f"p:lead={_bucket(lead, (0, 1, 2, 5))}")
    return out


def _bucket(value: int, limits: Sequence[int]) -> str:
    for limit in limits:
        if value <= limit:
            return str(limit)
    return f"{limits[-1]}+"


def _rel(paragraph: int, sentence: int, token: int, q: QuoteView, q_sentence: int) -> str:
    if sentence == q_sentence:
        return "sent_before" if token < q.tok_start else "sent_after"
    if paragraph == q.paragraph:
        return "par_before" if token < q.tok_start else "par_after"
    d = q.paragraph - paragraph
    if d < 0:
        return "next_par"
    return "par-" + _bucket(d, (1, 2, 3, 5, 10))


# --------------------------------------------------------------------------- features


def _speaker_words(speaker: str | None) -> tuple[str, str]:
    key = name_key(speaker)
    return key, (key.split()[-1] if key else "")


def _names_speaker(names: set[str] | None, speaker: str | None) -> bool:
    if not names or not speaker:
        return False
    key, last = _speaker_words(speaker)
    for name in names:
        other = name_key(name)
        if other == key or (last and other.split()[-1:] == [last]):
            return True
    return False


def _quote_flags(slot: Slot, placed: Placed | None, q: QuoteView, article: Article) -> list[str]:
    out = []
    if slot.timeless:
        out.append("timeless")
    if slot.continues:
        out.append("continues")
    if slot.own.named:
        out.append("own_named")
    if slot.own.date is not None:
        out.append("own_date")
    if q.paragraph - article.first_prose <= 1:
        out.append("q_lead")
    if q.speaker_kind:
        out.append(f"kind={q.speaker_kind}")
    if q.cue is not None:
        out.append(f"cue_tag={q.cue.tag_}")
    if placed is not None and placed.occasion.named:
        out.append(f"placed={placed.occasion.type}")
    return out


def date_features(
    article: Article,
    cand: _DateCandidate,
    q: QuoteView,
    slot: Slot,
    placed: Placed | None,
    previous: tuple[Slot, Placed | None] | None,
    between: int,
    q_sentence: int,
    context: Sequence[str] = (),
) -> list[str]:
    """The features of one (quote, date phrase) pair."""
    rel = _rel(cand.paragraph, cand.sentence, cand.token, q, q_sentence)
    primary = [f"rel={rel}", *context]
    own = slot.own.date
    if own is not None and _overlaps(own, cand.phrase):
        primary.append("own")
    rule = placed.occasion.date if placed is not None else None
    if rule is not None and _overlaps(rule, cand.phrase):
        source = placed.date_source if placed is not None else None
        primary.append(f"rule={source}")
    else:
        # The rules left the quote undated, or dated it by another phrase: both weigh
        # against this one.
        primary.append("rule_undated" if rule is None else "rule_other")
    occasion = placed.occasion if placed is not None else None
    if occasion is not None and occasion.named and occasion.start is not None:
        ev = _token_at(article.doc, occasion.start)
        if ev is not None and article.sentence_of[ev] == cand.sentence:
            primary.append("event_sentence")
    if previous is not None and previous[1] is not None:
        prev_date = previous[1].occasion.date
        if prev_date is not None and _overlaps(prev_date, cand.phrase):
            same = previous[0].speaker == slot.speaker and slot.speaker is not None
            primary.append("prev_rule_same" if same else "prev_rule")
    secondary = list(cand.static)
    speaker = slot.speaker
    if _names_speaker(article.sentence_names.get(cand.sentence), speaker):
        secondary.append("spk_sentence")
    elif article.sentence_names.get(cand.sentence):
        secondary.append("others_sentence")
    if _names_speaker(article.paragraph_names.get(cand.paragraph), speaker):
        secondary.append("spk_paragraph")
    secondary.append(f"between={_bucket(between, (0, 1, 2))}")
    secondary += _quote_flags(slot, placed, q, article)
    out = ["bias", *primary, *secondary]
    for p in primary:
        for s in secondary:
            out.append(f"{p}&{s}")
    return out


def place_features(
    article: Article,
    cand: _PlaceCandidate,
    q: QuoteView,
    slot: Slot,
    placed: Placed | None,
    q_sentence: int,
    rule_place: str | None,
    date_sentence: int | None,
) -> list[str]:
    if cand.token >= 0:
        rel = _rel(cand.paragraph, cand.sentence, cand.token, q, q_sentence)
    else:
        rel = "nowhere"
    primary = [f"rel={rel}"]
    key = name_key(cand.text)
    if rule_place is not None and key and key in name_key(rule_place):
        primary.append("rule")
        if slot.own.place is not None and key in name_key(slot.own.place):
            primary.append("own")
    else:
        primary.append("rule_unplaced" if rule_place is None else "rule_other")
    occasion = placed.occasion if placed is not None else None
    if occasion is not None and occasion.named and occasion.start is not None and cand.token >= 0:
        ev = _token_at(article.doc, occasion.start)
        if ev is not None and article.sentence_of[ev] == cand.sentence:
            primary.append("event_sentence")
        if occasion.start <= article.doc[cand.token].idx < (occasion.end or 0):
            primary.append("in_event")
    if date_sentence is not None and cand.sentence == date_sentence:
        primary.append("date_sentence")
    secondary = list(cand.static)
    if _names_speaker(article.sentence_names.get(cand.sentence), slot.speaker):
        secondary.append("spk_sentence")
    elif cand.token >= 0 and article.sentence_names.get(cand.sentence):
        secondary.append("others_sentence")
    secondary += _quote_flags(slot, placed, q, article)
    out = ["bias", *primary, *secondary]
    for p in primary:
        for s in secondary:
            out.append(f"{p}&{s}")
    return out


def type_features(
    article: Article,
    q: QuoteView,
    slot: Slot,
    placed: Placed | None,
    previous: tuple[Slot, Placed | None] | None,
    mentions: Sequence[tuple[Mention, str | None]],
    quoted: Sequence[bool],
) -> list[str]:
    """The features the type of one quote is read from."""
    out = ["bias"]
    own = slot.own
    ruled = placed.occasion.type if placed is not None else None
    out.append(f"rule={ruled.value if ruled is not None else NONE}")
    out.append(f"own={own.type}")
    if own.head:
        out.append(f"own_head={own.head.lower()}")
    occasion = placed.occasion if placed is not None else None
    carried = occasion is not None and occasion.named and occasion.text != own.text
    if occasion is not None and occasion.named:
        out.append(f"placed={occasion.type}")
        out.append(f"placed_{'carried' if carried else 'own'}={occasion.type}")
        if occasion.head:
            out.append(f"placed_head={occasion.head.lower()}")
    else:
        out.append("placed=none")
    out += _quote_flags(slot, placed, q, article)
    if q.method:
        out.append(f"method={q.method}")
    cue = q.cue
    if cue is not None:
        out.append(f"cue={lemma(cue)}")
        out.append(f"cue_tag={cue.tag_}")
        out += _grammar_features(cue, quoted)
        if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.pos_ in ("VERB", "AUX"):
            out.append(f"cue_head={lemma(cue.head)}")
            out += [f"h_{f}" for f in _grammar_features(cue.head, quoted)]
    subject = q.subject
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not quoted[subject.i]:
        out.append(f"subj={lemma(subject)}")
        kind = noun_type(subject)[0]
        if kind is not None:
            out.append(f"subj_type={kind}")
        if is_outlet(subject):
            out.append("subj_outlet")
    # The occasions named around the quote.
    q_sentence = article.sentence_of[q.tok_start]
    for kind_name in sorted(article.sentence_events.get(q_sentence, ())):
        out.append(f"sent_event={kind_name}")
    for mention, actor in mentions:
        kind = mention.occasion.type
        if kind is None:
            continue
        if mention.position > q.tok_end and mention.paragraph != q.paragraph:
            continue  # a later paragraph's occasion is no context of this quote
        d = q.paragraph - mention.paragraph
        if d < 0 or d > 8:
            continue
        where = _bucket(d, (0, 1, 3))
        out.append(f"m{where}={kind}")
        if actor is not None and actor == slot.speaker:
            out.append(f"m{where}_spk={kind}")
        if mention.occasion.shared:
            out.append(f"m{where}_shared={kind}")
    if previous is not None:
        prev_slot, prev_placed = previous
        prev_type = (
            prev_placed.occasion.type
            if prev_placed is not None and prev_placed.occasion.named
            else None
        )
        same = prev_slot.speaker == slot.speaker and slot.speaker is not None
        out.append(f"prev{'_same' if same else ''}={prev_type}")
        if q.paragraph - prev_slot.paragraph <= 1:
            out.append(f"prev_near={prev_type}")
    for kind_name in sorted(article.title_events):
        out.append(f"title={kind_name}")
    if article.article_events:
        top = max(article.article_events, key=lambda k: (article.article_events[k], k))
        out.append(f"article_top={top}")
        for kind_name in sorted(article.article_events):
            out.append(f"article_has={kind_name}")
    if article.dateline:
        out.append("dateline")
    return out


def _grammar_features(verb: Token, quoted: Sequence[bool]) -> list[str]:
    """The attribution's grammar: prepositional objects, told-whom, the medium."""
    out = []
    for child in verb.children:
        if quoted[child.i]:
            continue
        if child.dep_ == "prep":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None or quoted[obj.i]:
                continue
            prep = child.lower_
            out.append(f"prep={prep}:{lemma(obj)}")
            kind = noun_type(obj)[0]
            if kind is not None:
                out.append(f"prep={prep}:type={kind}")
            if obj.ent_type_:
                out.append(f"prep={prep}:ent={obj.ent_type_}")
            if is_platform(obj):
                out.append(f"prep={prep}:platform")
            elif is_broadcast(obj, quoted):
                out.append(f"prep={prep}:broadcast")
            elif is_outlet(obj):
                out.append(f"prep={prep}:outlet")
        elif child.dep_ in ("dobj", "dative"):
            out.append(f"obj={lemma(child)}")
            if child.ent_type_:
                out.append(f"obj_ent={child.ent_type_}")
            kind = audience_type(child, quoted)
            if kind is not None:
                out.append(f"obj_audience={kind}")
            kind = noun_type(child)[0]
            if kind is not None:
                out.append(f"obj_type={kind}")
        elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
            out.append("dated")
        elif child.dep_ == "advcl" and child.pos_ == "VERB":
            out.append(f"advcl={lemma(child)}")
    return out


def _overlaps(a: DatePhrase, b: DatePhrase) -> bool:
    return a.start < b.end and b.start < a.end


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


# --------------------------------------------------------------------------- the events


@dataclass(frozen=True)
class _Event:
    """An occasion the article names: in a quote's attribution or in the narrative."""

    position: int
    paragraph: int
    occasion: Occasion
    actor: str | None
    quote: int  # the quote whose attribution names it, or -1


def _events(mentions: Sequence[tuple[Mention, str | None]], slots: Sequence[Slot]) -> list[_Event]:
    out = [
        _Event(m.position, m.paragraph, m.occasion, name, -1)
        for m, name in mentions
        if m.occasion.type is not None and not m.background
    ]
    out += [
        _Event(s.position, s.paragraph, s.own, s.speaker, k)
        for k, s in enumerate(slots)
        if s.own.type is not None
    ]
    out.sort(key=lambda e: e.position)
    return out


def _same_name(one: str | None, other: str | None) -> bool:
    if not one or not other:
        return False
    a, b = name_key(one), name_key(other)
    return a == b or a.split()[-1:] == b.split()[-1:]


_SHARED = frozenset({"debate", "hearing", "meeting"})


def _context(
    events: Sequence[_Event], index: int, slot: Slot, q: QuoteView, article: Article
) -> dict[str, tuple[_Event, int]]:
    """The events a quote may belong to, by role, with their distance in paragraphs: the
    article's lead event, the speaker's last, the last shared one (a debate, a hearing, a
    meeting), the nearest before and the next in the quote's paragraph."""
    out: dict[str, tuple[_Event, int]] = {}
    before = [e for e in events if e.position < q.tok_start and e.quote != index]
    lead = next(
        (e for e in events if e.paragraph - article.first_prose <= 2 and e.quote != index), None
    )
    if lead is not None:
        out["lead"] = (lead, q.paragraph - lead.paragraph)
    for e in reversed(before):
        d = q.paragraph - e.paragraph
        if "nearest" not in out:
            out["nearest"] = (e, d)
        if "speaker" not in out and _same_name(e.actor, slot.speaker):
            out["speaker"] = (e, d)
        if "shared" not in out and (e.occasion.shared or str(e.occasion.type) in _SHARED):
            out["shared"] = (e, d)
    for e in events:
        if e.position > q.tok_end and e.paragraph == q.paragraph and e.quote != index:
            out["next"] = (e, 0)
            break
    return out


def _context_type_features(context: dict[str, tuple[_Event, int]], slot: Slot) -> list[str]:
    out = []
    own = "own" if slot.own.named else "noown"
    for role, (event, d) in context.items():
        kind = event.occasion.type
        where = _bucket(max(d, 0), (0, 1, 3, 8))
        spk = "spk" if _same_name(event.actor, slot.speaker) else "other"
        out += [
            f"c_{role}={kind}",
            f"c_{role}={kind}@{where}",
            f"c_{role}={kind}&{spk}",
            f"c_{role}={kind}&{own}",
            f"c_{role}={kind}&{own}&{where}",
        ]
    return out


def _context_date_features(
    context: dict[str, tuple[_Event, int]], cand: _DateCandidate, article: Article
) -> list[str]:
    out = []
    for role, (event, _) in context.items():
        date = event.occasion.date
        if date is not None and _overlaps(date, cand.phrase):
            out.append(f"date_of_{role}")
        elif event.occasion.start is not None:
            ev = _token_at(article.doc, event.occasion.start)
            if ev is not None and article.sentence_of[ev] == cand.sentence:
                out.append(f"sentence_of_{role}")
    return out


# --------------------------------------------------------------------------- deciding


def decide(
    article: Article,
    quotes: Sequence[QuoteView],
    slots: Sequence[Slot],
    placed: Sequence[Placed | None],
    mentions: Sequence[tuple[Mention, str | None]],
    models: Models | None = None,
) -> list[Placed | None]:
    """Each quote's occasion: the rules' answer with the models' type, date and place."""
    models = models or MODELS
    collect = COLLECT
    if collect is None and models.type is None and models.date is None and models.place is None:
        return list(placed)
    out: list[Placed | None] = []
    previous: tuple[Slot, Placed | None] | None = None
    events = _events(mentions, slots)
    for index, (q, slot, rule) in enumerate(zip(quotes, slots, placed, strict=True)):
        q_sentence = article.sentence_of[q.tok_start]
        record: dict[str, Any] = {"start": q.start, "end": q.end}
        context = _context(events, index, slot, q, article)
        # -- type
        t_features = type_features(article, q, slot, rule, previous, mentions, article.quoted)
        t_features += _context_type_features(context, slot)
        record["type"] = t_features
        record["rule_type"] = (
            rule.occasion.type.value
            if rule is not None and rule.occasion.type is not None
            else NONE
        )
        # -- date
        d_rows = []
        visible = [c for c in article.dates if c.paragraph <= q.paragraph + _MAX_AFTER]
        for k, cand in enumerate(visible):
            between = _between(visible, k, q)
            feats = date_features(
                article,
                cand,
                q,
                slot,
                rule,
                previous,
                between,
                q_sentence,
                _context_date_features(context, cand, article),
            )
            d_rows.append((cand, feats))
        record["dates"] = [
            {"text": c.phrase.text, "start": c.phrase.start, "end": c.phrase.end, "f": f}
            for c, f in d_rows
        ]
        rule_date = rule.occasion.date if rule is not None else None
        record["rule_date"] = (
            {"text": rule_date.text, "start": rule_date.start} if rule_date is not None else None
        )
        date_pick = _choose(d_rows, models.date, rules_date)
        chosen_date = (
            d_rows[date_pick][0] if isinstance(date_pick, int) and date_pick >= 0 else None
        )
        if date_pick == RULES:
            ruled = next((c for c, f in d_rows if rules_date(f)), None)
            date_sentence = ruled.sentence if ruled is not None else None
        else:
            date_sentence = chosen_date.sentence if chosen_date is not None else None
        # -- place
        rule_place = rule.occasion.place if rule is not None else None
        p_rows = []
        visible_places = [c for c in article.places if c.paragraph <= q.paragraph + _MAX_AFTER]
        extra = []
        if rule_place is not None:
            extra.append(_PlaceCandidate(rule_place, -1, -1, -1, ["p:rules"]))
        if article.dateline is not None:
            extra.append(_PlaceCandidate(article.dateline, -1, -1, -1, ["p:dateline"]))
        for place_cand in [*visible_places, *extra]:
            feats = place_features(
                article, place_cand, q, slot, rule, q_sentence, rule_place, date_sentence
            )
            p_rows.append((place_cand, feats))
        record["places"] = [{"text": c.text, "f": f} for c, f in p_rows]
        record["rule_place"] = rule_place
        if collect is not None:
            collect.append(record)
        place_pick = _choose(p_rows, models.place, rules_place)
        out.append(_compose(rule, slot, t_features, date_pick, d_rows, place_pick, p_rows, models))
        previous = (slot, rule)
    return out


def _between(visible: Sequence[_DateCandidate], k: int, q: QuoteView) -> int:
    cand = visible[k]
    if cand.token < q.tok_start:
        return sum(1 for c in visible[k + 1 :] if c.token < q.tok_start)
    return sum(1 for c in visible[:k] if c.token > q.tok_end)


def _choose(
    rows: Sequence[tuple[Any, list[str]]],
    model: Binary | None,
    ruled: Callable[[Sequence[str]], bool],
) -> int | None | str:
    """The model's pick among candidates (see Binary.choose); "off" without a model."""
    if model is None:
        return "off"
    return model.choose([f for _, f in rows], [ruled(f) for _, f in rows])


def _compose(
    rule: Placed | None,
    slot: Slot,
    t_features: list[str],
    date_pick: int | None | str,
    d_rows: Sequence[tuple[_DateCandidate, list[str]]],
    place_pick: int | None | str,
    p_rows: Sequence[tuple[_PlaceCandidate, list[str]]],
    models: Models,
) -> Placed | None:
    occasion = rule.occasion if rule is not None else Occasion()
    source = rule.date_source if rule is not None else None
    if models.type is not None:
        ruled = occasion.type.value if occasion.type is not None else NONE
        name = models.type.decide(t_features, ruled)
        kind = None if name == NONE else OccasionType(name)
        occasion = Occasion(
            type=kind,
            text=occasion.text,
            place=occasion.place,
            date=occasion.date,
            start=occasion.start,
            end=occasion.end,
        )
    if date_pick not in ("off", RULES):
        if isinstance(date_pick, int):
            chosen_date = d_rows[date_pick][0]
            mine = slot.own.date is not None and _overlaps(slot.own.date, chosen_date.phrase)
            occasion = _with(occasion, date=chosen_date.phrase)
            source = DateSource.TEXT if mine else DateSource.CARRIED
        else:
            # An undatable phrase of the quote's own words ("last week") stays as words.
            own = slot.own.date
            keep = own is not None and not dates_a_time(own.text)
            occasion = _with(occasion, date=own if keep else None)
            source = DateSource.TEXT if keep else None
    if place_pick not in ("off", RULES):
        place = p_rows[place_pick][0] if isinstance(place_pick, int) else None
        occasion = _with(occasion, place=place.text if place is not None else None)
    if occasion.empty and occasion.type is None:
        return None
    return Placed(occasion, source if occasion.date is not None else None)


def _with(occasion: Occasion, **changes: Any) -> Occasion:
    return dataclasses.replace(occasion, **changes)
