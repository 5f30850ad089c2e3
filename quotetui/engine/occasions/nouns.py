"""The occasion a noun names ("interview with CNN", "statement", "rally in Tampa"), with the
audience or medium that decides a weak noun's type ("remarks to reporters")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotetui.engine import mechanisms as words
from quotetui.engine.lexicon import ROLE_NOUNS
from quotetui.engine.occasions.occasion_types import (
    _named_body,
    audience_type,
    is_broadcast,
    is_outlet,
    is_platform,
    noun_type,
)
from quotetui.engine.occasions.parse import _lemma, _pobj
from quotetui.engine.occasions.phrases import _phrase
from quotetui.engine.occasions.places import _place_in
from quotetui.engine.occasions.records import Occasion, _Found
from quotetui.engine.occasions.shows import title_after
from quotetui.model import OccasionType

_DEFINITE = frozenset({"the", "that", "this"})
_VAGUE_NOUNS = frozenset("comment comments response words".split())


def _noun_occasion(
    noun: Token, quoted: Sequence[bool], *, prefix: str = "", rank: int = 0
) -> _Found | None:
    """The occasion a noun names ("interview with CNN", "statement", "rally in Tampa")."""
    kind, weak = noun_type(noun)
    if kind is None:
        return None
    if _lemma(noun) == "floor" and not any(
        c.dep_ in ("compound", "poss", "amod") for c in noun.children
    ):
        return None  # "the Senate floor", not "the floor" of a hall
    if (
        weak
        and _lemma(noun) == "appearance"
        and any(
            c.dep_ in ("compound", "nmod")
            and c.i < noun.i
            and (is_outlet(c) or is_broadcast(c, quoted))
            for c in noun.children
        )
    ):
        kind, weak = OccasionType.BROADCAST, False  # "his Fox News appearance"
    if kind is OccasionType.INTERVIEW and _with_a_programme(noun, quoted):
        kind = OccasionType.BROADCAST  # docs/OCCASION-RULINGS.md, ruling 2
    if kind is OccasionType.PRESS and _for_others(noun):
        kind = OccasionType.MEETING  # "a briefing for councillors": not the press's
    if _lemma(noun) in _GATHERINGS and not weak:
        # "a meeting with the Washington Post's editorial board", "a Tuesday breakfast with
        # reporters": the press or an outlet across the table, as "remarks to reporters" is
        kind = _with_the_press(noun, quoted) or kind
    if _lemma(noun) == "event" and _not_ones_own(noun):
        kind, weak = OccasionType.MEETING, False  # "a recent Reuters event in New York"
    if weak:
        inner = _audience_in(noun, quoted)
        if inner is not None:
            kind = inner
        elif _lemma(noun) in _VAGUE_NOUNS:
            kind = None  # "in comments to …" names no occasion by itself
    found = _phrase(noun, quoted)
    if found is None:
        return None
    text, start, end, date = found
    if prefix:
        text = f"{prefix} {text}"
    occasion = Occasion(
        type=kind,
        text=text,
        place=_place_in(noun, quoted),
        date=date,
        start=start,
        end=end,
        shared=(kind in words.SHARED_TYPES and _lemma(noun) not in words.UNSHARED_NOUNS)
        or (_lemma(noun) in words.SHARED_NOUNS and kind is not OccasionType.PRESS),
        head=noun.lower_,
        definite=any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children),
    )
    return _Found(rank + (1 if weak else 0), occasion)


# Meetings by their noun alone (not "conference call", "board meeting": COMPOUND_TYPES)
_GATHERINGS = frozenset("meeting breakfast lunch luncheon dinner roundtable".split())


def _with_the_press(noun: Token, quoted: Sequence[bool]) -> OccasionType | None:
    if any(
        c.dep_ == "compound" and f"{_lemma(c)} {_lemma(noun)}" in words.COMPOUND_TYPES
        for c in noun.children
    ):
        return None  # "a board meeting with reporters present" is the board's
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "with":
            continue
        obj = _pobj(child)
        if obj is None:
            continue
        kind = audience_type(obj, quoted)
        if kind in (OccasionType.PRESS, OccasionType.INTERVIEW):
            return kind
        if _lemma(obj) == "board" and any(c.lower_ == "editorial" for c in obj.children):
            return OccasionType.INTERVIEW  # a paper's editorial board is the paper
    return None


def _not_ones_own(event: Token) -> bool:
    """An event held by a news outlet ("a recent POLITICO event on the economy") or with
    others named ("an event with Gates, Hollande and Modi"): the guidelines' meeting, "other
    event that is not mainly a speech"; an event alone ("unveiled it at an event in San Jose")
    is where someone took the stage."""
    for child in event.children:
        if (
            child.dep_ in ("compound", "nmod", "poss")
            and child.pos_ == "PROPN"
            and is_outlet(child)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "with":
            obj = _pobj(child)
            if obj is not None and any(t.ent_type_ == "PERSON" for t in (obj, *obj.conjuncts)):
                return True
    return False


def _with_a_programme(noun: Token, quoted: Sequence[bool]) -> bool:
    """ "an interview with NBC's Meet the Press", "with the Today programme", "an interview on
    NPR's “Morning Edition”": the show the interview went out on names the occasion, as "told
    ABC's “This Week”" does."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "on"):
            # "an interview on “Fox News Sunday”", however the parse hung the title: "on"
            # names the medium. "with" a show is read from the parse alone: the resolved
            # sets mostly keep "an interview with MSNBC's “…”" an interview (the lead's
            # call: docs/OCCASION-RULINGS.md, 2).
            if child.lower_ == "on" and _show_on(child, quoted):
                return True
            obj = _pobj(child)
            if obj is not None and audience_type(obj, quoted) is OccasionType.BROADCAST:
                return True
    return False


def _show_on(prep: Token, quoted: Sequence[bool]) -> bool:
    """ "on “Fox News Sunday”", "on NPR's “Morning Edition”": a quoted show title right after
    the preposition or its object's possessive."""
    if title_after(prep, quoted) is not None:
        return True
    obj = _pobj(prep)
    return obj is not None and title_after(obj, quoted) is not None


def _for_others(noun: Token) -> bool:
    """A briefing given for an audience of people that is not the press ("a briefing for
    councillors in Inverness", "for nurses", "for the Liberal Democrats"; not "a briefing for
    reporters", nor "a press conference for the launch of the plan", which is its purpose)."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "for":
            continue
        obj = _pobj(child)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or is_outlet(obj):
            continue
        audience = words.AUDIENCE_TYPES.get(obj.lower_) or words.AUDIENCE_TYPES.get(_lemma(obj))
        if audience is not None:
            return audience is not OccasionType.PRESS
        return (
            obj.lower_ in ROLE_NOUNS
            or _lemma(obj) in ROLE_NOUNS
            or obj.ent_type_ in ("PERSON", "NORP", "ORG")
        )
    return False


def _reduced_relative(obj: Token | None) -> Token | None:
    """ "a discussion with BuzzFeed Editor-in-Chief Ben Smith hosted by the Paley Center": the
    parse may take the participle for the preposition's object and the person for its
    subject; the person is whom it was with."""
    if obj is None or obj.pos_ != "VERB" or obj.tag_ != "VBN":
        return obj
    subject = next((c for c in obj.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None else obj


def _audience_in(noun: Token, quoted: Sequence[bool]) -> OccasionType | None:
    """The type a weak noun's audience or medium gives: "remarks to reporters" (press),
    "an appearance on Fox News" (broadcast), "a video posted to Facebook" (social post)."""
    for child in noun.children:
        if child.dep_ == "prep":
            obj = _reduced_relative(_pobj(child))
            if obj is None:
                continue
            if child.lower_ in ("to", "with", "for", "before"):
                kind = audience_type(obj, quoted)
                if kind is not None:
                    return kind
            if child.lower_ in ("on", "to", "via") and is_platform(obj):
                return OccasionType.SOCIAL_POST
            if child.lower_ == "on" and is_broadcast(obj, quoted):
                return OccasionType.BROADCAST
            if (
                child.lower_ == "on"
                and _lemma(noun) == "appearance"
                and (is_outlet(obj) or _named_body(obj))
            ):
                return OccasionType.BROADCAST  # "an appearance on Breitbart News Daily"
        elif child.dep_ == "acl":
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in ("on", "to"):
                    obj = _pobj(grand)
                    if obj is not None and is_platform(obj):
                        return OccasionType.SOCIAL_POST
    return None
