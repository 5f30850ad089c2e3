"""The records the occasions are made of and handed out as: an occasion (type, words, place, date,
evidence), an occasion named outside every quote's attribution (:class:`Mention`), a quote as
:func:`~quotetui.engine.occasions.threads.attach` sees it (:class:`Slot`) and what it gives
each quote (:class:`Placed`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Token

from quotetui.engine.occasions.date_phrases import _WITH_YEAR, _YEAR_ONLY, DatePhrase
from quotetui.model import DateSource, OccasionType

# "the same interview", "that same speech": the one named before, said so.
_SAME = frozenset({"same"})


@dataclass(frozen=True)
class Occasion:
    """What the text says of how, where and when words were said. Every field may be None."""

    type: OccasionType | None = None
    text: str | None = None
    place: str | None = None
    date: DatePhrase | None = None
    start: int | None = None  # the evidence: the words the occasion rests on
    end: int | None = None
    shared: bool = False  # an event several people speak at (debate, hearing, meeting)
    head: str | None = None  # the noun it is named by ("interview"), to find it named again
    definite: bool = False  # "the letter to Senate Democrats", "that interview"
    refers_back: bool = False  # "after the meeting": the event the story's lead tells
    outside: bool = False  # "outside court": away from the event being told
    elsewhen: bool = False  # "Earlier, …", "previously": not the day the story is about
    asked: bool = False  # "Asked by presenter Nick Rowland": a question, in an occasion told

    @property
    def anaphoric(self) -> bool:
        """ "the show", "the interview": an occasion named before, named again by its noun
        ("the same interview": by its noun and the word that says so)."""
        if not self.definite or self.text is None:
            return False
        words = [w for w in self.text.split() if w.lower() not in _SAME]
        return words == [self.head or ""]

    @property
    def named(self) -> bool:
        """Whether it names an event or medium, not only a place or a date."""
        return self.type is not None or self.text is not None

    @property
    def empty(self) -> bool:
        return not self.named and self.place is None and self.date is None

    def filled_from(self, other: Occasion | None) -> Occasion:
        """This occasion, with what it leaves unsaid taken from ``other``."""
        if other is None:
            return self
        named = self.named
        filled = Occasion(
            type=self.type if named else other.type,
            text=self.text if named else other.text,
            place=self.place or other.place,
            date=self.date or other.date,
            start=self.start if named or other.start is None else other.start,
            end=self.end if named or other.end is None else other.end,
            shared=self.shared if named else other.shared,
            head=self.head if named else other.head,
            definite=self.definite if named else other.definite,
            refers_back=self.refers_back or other.refers_back,
            outside=self.outside or other.outside,
            elsewhen=self.elsewhen or other.elsewhen,
            asked=self.asked if named else other.asked,
        )
        return self if filled == self else filled

    def with_date(self, date: DatePhrase | None) -> Occasion:
        return dataclasses.replace(self, date=date)


@dataclass(frozen=True)
class Mention:
    """An occasion named outside every quote's attribution, and who it is about."""

    occasion: Occasion
    position: int  # token index, for reading order
    paragraph: int
    anchor: int  # token index of the verb (or noun) it hangs on
    actor: Token | None  # the one it is about: "Clinton" in "Clinton said during the debate"
    vague: bool = False  # "Starr's remarks": names an occasion only where none is known

    earlier: bool = False  # "at an earlier hearing", "in a previous interview"
    generic: bool = False  # "her public statements", "a trip to Vietnam": no one event of words
    story_year: int | None = None  # the year the article was published, when known
    told: bool = False  # a telling to an audience: "told The Huffington Post"
    issued: str | None = None  # the document a dated deed issues: "ruled Friday", a "ruling"

    @property
    def background(self) -> bool:
        """An occasion of years before ("in a 1994 interview") or said to be earlier: it
        gives the quotes told with it their occasion, not the quotes that follow."""
        date = self.occasion.date
        if date is None:
            return self.earlier
        if _YEAR_ONLY.search(date.text) is not None:
            return True
        # "was in Benghazi in December 2011" in a story of 2016: a day of years before, told
        # as history ("on Nov. 8, 2016" in a story of 2016 is the story's own time).
        return self.earlier or (not self.occasion.named and self._before_the_story(date.text))

    def _before_the_story(self, text: str) -> bool:
        years = [int(y) for y in _WITH_YEAR.findall(text)]
        return self.story_year is not None and bool(years) and max(years) < self.story_year


@dataclass
class _Found:
    rank: int  # lower wins: 0 a named event or medium … 3 the verb alone
    occasion: Occasion
    telling: bool = False  # an audience told ("told reporters", "told The Post")


@dataclass(frozen=True)
class Slot:
    """A quote as :func:`attach` sees it."""

    position: int  # token index of its start
    paragraph: int
    speaker: str | None  # canonical name within the article
    own: Occasion  # what its own attribution names
    continues: bool  # it continues the previous quote's speaker's turn
    proper: bool  # its speaker mention is a name (not "he", "the official")
    refers: bool = False  # its speaker mention refers back: "he", "the group", "the president"
    mention: str | None = None  # the speaker mention as written
    introduced: bool = False  # the text named this speaker since the quote before
    timeless: bool = False  # "says", "has said": no time of its own, none carried to it


@dataclass(frozen=True)
class Placed:
    occasion: Occasion
    date_source: DateSource | None
