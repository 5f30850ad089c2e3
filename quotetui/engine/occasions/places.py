"""Places: the place a phrase names ("at a rally in Tampa", "the Senate floor"), the venue a lead
sentence gives its news at, a wire story's dateline, and the in-person events placed at the
story's place when the text gives them none."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotetui.dates import occasion_date
from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.date_phrases import DatePhrase
from quotetui.engine.occasions.occasion_types import _PLACED_TYPES, is_outlet, noun_type
from quotetui.engine.occasions.parse import _lemma, _pobj
from quotetui.engine.occasions.phrases import _phrase
from quotetui.engine.occasions.records import Occasion, Placed
from quotetui.engine.syntax import entity_of
from quotetui.model import OccasionType

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "on", "outside", "inside", "near", "from", "aboard"})
_SETTLEMENTS = frozenset("town city village county state region capital district".split())


def _place_of(noun: Token, quoted: Sequence[bool], prep_word: str) -> str | None:
    """The place a noun names, when it is one: "Tampa", "City Hall", "the Senate floor"."""
    if quoted[noun.i] or _event_not_building(noun):
        return None
    label = noun.ent_type_
    placeish = (
        label in PLACE_LABELS
        or (label == "ORG" and prep_word == "at" and not is_outlet(noun))
        or (label == "ORG" and _lemma(noun) in words.PLACE_NOUNS | {"court", "commons"})
        or (_lemma(noun) in words.PLACE_NOUNS and noun.pos_ in ("NOUN", "PROPN"))
        # "at North Yorkshire Coroner's Court", "at Maidstone Crown Court": a court by its
        # name is a building (a common "court" may be the judges: "told the court").
        or (_lemma(noun) == "court" and noun.pos_ == "PROPN")
        # "in the Commons", "in the Lords": the chambers, whether tagged or not.
        or _chamber(noun)
    )
    if not placeish and _lemma(noun) in _SETTLEMENTS:
        for child in noun.children:  # "the former coal mining town of Scranton"
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = _pobj(child)
                if obj is not None and obj.ent_type_ in PLACE_LABELS:
                    return _place_of(obj, quoted, prep_word)
    if not placeish or label == "DATE":
        return None
    found = _phrase(noun, quoted)
    return found[0] if found is not None else None


def _chamber(tok: Token) -> bool:
    """ "Commons", "Lords": a chamber of parliament by its name, whether tagged or not."""
    return tok.text in ("Commons", "Lords") and tok.pos_ == "PROPN"


def _event_not_building(noun: Token) -> bool:
    """ "a town hall", "the town hall hosted by CNN": the meeting a building's name is used
    for, not the building ("in the town hall" is one)."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in words.PLACE_NOUNS or noun.ent_type_:
        return False
    if noun_type(noun)[0] is None:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an"))
        or (c.dep_ == "acl" and _lemma(c) in ("host", "organize", "organise", "moderate"))
        for c in noun.children
    )


def _place_in(noun: Token, quoted: Sequence[bool]) -> str | None:
    """The place an occasion's phrase names: "rally in Tampa" → Tampa, "the Cleveland crowd"
    → Cleveland, "a discussion hosted by the Paley Center" → the Paley Center."""
    for child in noun.children:
        if (
            child.dep_ in ("compound", "nmod")
            and child.i < noun.i
            and child.ent_type_ in ("GPE", "LOC", "FAC")
            and not quoted[child.i]
        ):
            entity = entity_of(child)
            if entity is not None:
                return entity.text
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and _chamber(child):
            return child.text  # "told a Commons committee": the committee sat in the Commons
        if child.dep_ == "acl" and _lemma(child) in ("host", "hold", "organize", "organise"):
            for grand in child.children:
                obj = _pobj(grand) if grand.dep_ in ("agent", "prep") else None
                if obj is not None and grand.dep_ == "prep" and grand.lower_ in PLACE_PREPS:
                    # "a caucus meeting being held in a Catholic church in West Des Moines"
                    held_at = _place_of(obj, quoted, grand.lower_)
                    if held_at is not None:
                        return held_at
                if (
                    obj is not None
                    and obj.ent_type_ in ("FAC", "ORG", "GPE")
                    and (obj.ent_type_ != "ORG" or _lemma(obj) in words.PLACE_NOUNS)
                ):
                    found = _phrase(obj, quoted)
                    if found is not None:
                        return found[0]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            obj = _pobj(child)
            if obj is not None:
                place = _place_of(obj, quoted, child.lower_)
                if place is not None:
                    return place
                inner = _place_in(obj, quoted)
                if inner is not None:
                    return inner
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = _pobj(child)
            if obj is not None and _lemma(obj) in _AUDIENCE_WORDS:
                # "a cheering throng of supporters in Tampa": the audience's town, however
                # the parse hangs it (not "a group of Texas lawmakers": whose, not where).
                for grand in obj.children:
                    held = _pobj(grand) if grand.dep_ == "prep" else None
                    if held is not None and grand.lower_ in PLACE_PREPS:
                        place = _place_of(held, quoted, grand.lower_)
                        if place is not None:
                            return place
    if _lemma(noun) in ("floor", "stage") and noun.pos_ == "NOUN":
        found = _phrase(noun, quoted)
        return found[0] if found is not None else None
    return None


_AUDIENCE_WORDS = frozenset(words.AUDIENCE_TYPES)

# The place a wire story was filed from: "BRUSSELS (Reuters) -", "Cleveland (AFP) –",
# "RENO, Nev. (AP) —", "WASHINGTON —", and with the day it was filed on: "WASHINGTON, June
# 10 (UPI) —", "PASADENA, Calif., Jan. 1 (UPI) —".
_DATELINE = re.compile(
    r"\s*(?P<place>(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"
    r"|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+)*)"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"\s*(?P<agency>\([A-Za-z ]{2,24}\))?\s*[-–—―]{1,2}\s+\S"  # ― : HuffPost's bar
)
_NOT_PLACES = frozenset(
    "EXCLUSIVE UPDATE UPDATED BREAKING WATCH ANALYSIS OPINION EDITORIAL REVIEW LIVE VIDEO "
    "PHOTOS COMMENT FACT CHECK NEWS".split()
)


def dateline_place(text: str, paragraphs: Sequence[tuple[int, int]]) -> str | None:
    """The place of a story's dateline, in the first paragraphs that read as prose."""
    for start, end in paragraphs[:4]:
        m = _DATELINE.match(text, start, end)
        if m is None:
            continue
        place = m.group("place")
        caps = place.replace(",", " ").replace(".", "").split()[0].isupper()
        if not caps and m.group("agency") is None:
            continue  # "The U.S. Supreme Court - and …" is a sentence, not a dateline
        if place.split()[0].strip(",.").upper() in _NOT_PLACES:
            continue
        return " ".join(
            w.capitalize() if w.isupper() and len(w.strip(",.").replace(".", "")) > 2 else w
            for w in place.split()  # "N.Y." and "D.C." stay as they are
        )
    return None


_STORY_PLACED = _PLACED_TYPES | {OccasionType.INTERVIEW}


def with_story_place(
    placed: Placed | None, lead: tuple[DatePhrase | None, str | None]
) -> Placed | None:
    """An in-person event or an interview on the day the lead gives its news, without a
    place of its own: where the lead places that news ("… at Castle Park on Saturday";
    "… at Lord's on Sunday. / “…,” Pollard told Sky Sports at the close")."""
    day, place = lead
    if placed is None or day is None or place is None:
        return placed
    occasion = placed.occasion
    if occasion.place is not None or occasion.type not in _STORY_PLACED:
        return placed
    if occasion.head == "call":
        return placed  # "told analysts on a conference call": said from wherever they were
    if occasion.date is None:
        if occasion.type is not OccasionType.PRESS:
            return placed
    elif occasion.date.key != day.key:
        return placed
    return Placed(dataclasses.replace(occasion, place=place), placed.date_source)


def with_dateline(
    placed: Placed | None, place: str | None, venue: str | None = None
) -> Placed | None:
    """An in-person event without a place of its own, placed at the story's dateline, or
    at the venue the lead gives its news at (``venue``), the more exact of the two: "MADRID,
    May 3 — … won the final at the Caja Mágica. / “…,” she told reporters." """
    if placed is None or place is None:
        return placed
    occasion = placed.occasion
    if occasion.place is not None and occasion.type in _STORY_PLACED:
        # "the agency's headquarters" in a story filed from Geneva: in the dateline's town.
        if occasion.outside or not _names_venue(occasion.place) or _has_town(occasion.place, place):
            return placed
        town = f"{occasion.place}, {place}"
        return Placed(dataclasses.replace(occasion, place=town), placed.date_source)
    if occasion.place is not None or not _on_site(occasion) or remote(occasion):
        return placed
    if venue is not None:
        place = venue
    return Placed(dataclasses.replace(occasion, place=place), placed.date_source)


def _on_site(occasion: Occasion) -> bool:
    """Whether an occasion was where the story is told from: an in-person event, a protest,
    or what a crowd holds up at one ("placards reading …")."""
    if occasion.type in _PLACED_TYPES:
        return True
    return occasion.head in words.ON_SITE_HEADS


def _has_town(place: str, town: str) -> bool:
    """Whether a venue's words already say where it is: "the hall in Bridgwater", "St.
    Anselm College, Manchester", "Springfield Municipal Building" (in Springfield, Ohio)."""
    return " in " in place or "," in place or town.split(",")[0] in place


def _lead_place(
    sentence: Span, quoted: Sequence[bool], preps: tuple[str, ...] = ("at", "in")
) -> str | None:
    """The venue a lead sentence gives its news at ("at Castle Park", "St Aidan's church
    hall in Bridgwater"); ``preps``: the prepositions that may name it."""
    for tok in sentence:
        if quoted[tok.i]:
            continue
        if (
            tok.dep_ == "dobj"
            and _lemma(tok.head) in words.BEING_AT_VERBS
            and (tok.ent_type_ == "FAC" or _lemma(tok) in words.PLACE_NOUNS)
        ):
            place = _place_of(tok, quoted, "at")  # "packed St Aidan's church hall"
            if place is not None:
                return place
        if tok.dep_ != "pobj":
            continue
        holder = _holder(tok.head.head)
        # "at a meeting of trade ministers in Arusha": the town of an event held "at" is the
        # event's, even where "in" alone would not name the news's place.
        held_in = tok.head.lower_ == "in" and holder.dep_ == "pobj" and holder.head.lower_ in preps
        if tok.head.lower_ not in preps and not held_in:
            continue
        if holder.dep_ == "pobj" and holder.head.lower_ in ("at", "in"):
            if (
                tok.head.lower_ == "at"
                and _place_of(holder, quoted, holder.head.lower_) is None
                and (tok.ent_type_ in ("FAC", "ORG") or _lemma(tok) in words.PLACE_NOUNS)
            ):
                # "beating Novak in the final at Queen's Club": the venue of what was done.
                place = _place_of(tok, quoted, "at")
                if place is not None:
                    return place
            if (
                tok.head.lower_ != "in"
                or tok.ent_type_ not in ("GPE", "LOC", "FAC")
                or noun_type(holder)[0] not in _PLACED_TYPES
                or _place_of(holder, quoted, holder.head.lower_) is not None
            ):
                continue  # "in Bridgwater" of "the hall in Bridgwater": the hall's phrase holds it
            # "at a renewable energy conference in Aberdeen": an event's town is the place
            # of the news told at it, as a venue is.
            found = _phrase(tok, quoted)
            if found is not None:
                return found[0]
            continue
        place = _place_of(tok, quoted, tok.head.lower_)
        if place is None and tok.head.lower_ == "at" and _venue_name(tok):
            found = _phrase(tok, quoted)
            place = found[0] if found is not None else None
            if place is not None:
                # "took six for 41 at Lord's", "drew 2-2 at Moor Lane"; the possessive is
                # part of the name of a ground called by its owner's.
                owned = [c.text for c in tok.children if c.tag_ == "POS" and c.i == tok.i + 1]
                return place + "".join(owned)
        if place is None:
            continue
        # A venue only: "in Wyoming", "in Asia" is where the news is, not where words were said.
        if tok.ent_type_ in ("FAC", "ORG") or _lemma(tok) in words.PLACE_NOUNS:
            return place
    return None


def _holder(noun: Token) -> Token:
    """The noun a phrase's place is of, past the "of" phrases between: "a meeting" of "a
    meeting of trade ministers in Arusha" (the parse may hang the town on "ministers")."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.dep_ == "pobj"
        and noun_type(noun)[0] is None
    ):
        noun = noun.head.head
    return noun


def _venue_name(tok: Token) -> bool:
    """A name no tagger knows, where something was done ("at Lord's", "at Moor Lane"): a
    proper noun after "at" that is no person, time, outlet or number."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "FAC", "LOC"):
        return False
    return not is_outlet(tok)


def event_venues(named: Sequence[Occasion]) -> dict[OccasionType, Occasion]:
    """The one venue the article gives each kind of in-person event it tells of ("opened the
    hearing in the Russell Senate Office Building", "backed the closure at a meeting at the
    Civic Centre"), as the occasion it was named with. ``named``: the occasions the article
    names, in and outside attributions, without those told as earlier or away from the event
    ("outside court"). A kind of event given two venues has none: which words were said at
    which is the order of the text's, and the threads carry that."""
    found: dict[OccasionType, Occasion | None] = {}
    for occasion in named:
        place = occasion.place
        if occasion.type not in _PLACED_TYPES or place is None or occasion.outside:
            continue
        kind = _venue_kind(occasion.type)
        if not _names_venue(place):
            continue  # "a rally in Concord": a town sees many events, and "here" is another
        if kind in found:
            known = found[kind]
            if known is not None and known.place != place:
                found[kind] = None
            continue
        found[kind] = occasion
    return {kind: occasion for kind, occasion in found.items() if occasion is not None}


def _venue_kind(kind: OccasionType) -> OccasionType:
    """The kind of event a venue is kept for: a sitting several people speak at (a hearing,
    a meeting, a debate) is one, whichever of the three a quote's words make of it ("a
    session of the committee", "told the committee", "during the debate" at the council)."""
    return OccasionType.MEETING if kind in _SITTINGS else kind


def remote(occasion: Occasion) -> bool:
    """An event held at a distance ("a conference call with analysts", "only one call"): at
    no one place. (A phone bank's "calls" are made from the room the callers are in.)"""
    words_ = occasion.text.lower().split() if occasion.text else []
    return (
        occasion.head in _REMOTE_HEADS
        or bool(words_ and words_[-1] in _REMOTE_HEADS)
        or "call with" in " ".join(words_)
    )


_REMOTE_HEADS = frozenset("call teleconference videoconference webinar".split())
_SITTINGS = frozenset({OccasionType.HEARING, OccasionType.MEETING, OccasionType.DEBATE})


def _names_venue(place: str) -> bool:
    """Whether a place names a building or room, not only a town or a region: "the Civic
    Centre", "Russell Senate Office Building", "the Senate floor"."""
    return any(w in _VENUE_WORDS for w in place.lower().replace(",", " ").split())


_VENUE_WORDS = words.PLACE_NOUNS | {"court", "commons"}


def with_event_venue(
    placed: Placed | None, venues: dict[OccasionType, Occasion], published: str | None = None
) -> Placed | None:
    """Words said at an in-person event without a place of their own ("… told the
    hearing", "… told councillors"), at the venue the article gives that kind of event,
    unless the two are told on different days (then they are two events; ``published``
    resolves the days)."""
    if placed is None:
        return placed
    occasion = placed.occasion
    if occasion.place is not None or occasion.type is None or occasion.outside:
        return placed
    if remote(occasion):
        return placed  # "a conference call": a meeting held from wherever each one was
    venue = venues.get(_venue_kind(occasion.type))
    if (
        venue is None
        and occasion.refers_back
        and occasion.type in _STORY_PLACED
        and len({v.place for v in venues.values()}) == 1
    ):
        # "… she told the Ledger after the ceremony": an interview right after the one event
        # the article gives a venue was given there.
        venue = next(iter(venues.values()))
    if venue is None or venue.place is None:
        return placed
    if venue.date is not None and occasion.date is not None:
        days = {occasion_date(d.text, published) or d.key for d in (venue.date, occasion.date)}
        if len(days) > 1:
            return placed
    return Placed(dataclasses.replace(occasion, place=venue.place), placed.date_source)
