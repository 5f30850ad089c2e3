"""Occasions: how, where and when each quote was said, as structured facts.

An occasion is a type (``quotetui.model.OccasionType``), the event or medium in the article's
words ("interview with CNN's “State of the Union”"), a place, a date phrase as written (with
its offsets) and the span of text it rests on. It is read from the grammar of the attribution
(:func:`clause_occasion`): the noun of a prepositional phrase on the reporting verb ("said *in
a statement*", "*at a rally in Tampa*"), the audience of a telling verb ("told *reporters*",
"told *The Post*"), the medium ("*on Twitter*", "*on Fox News*"), a document that speaks ("*the
report* says"), or the verb itself ("tweeted", "testified"). What each word makes of the type
is in :mod:`quotetui.engine.mechanisms`.

Occasions are also named outside any quote's attribution ("Clinton stretched the truth during
Saturday's debate", "In a letter released Monday, Sanders rips …"): :func:`narrative_mentions`
finds them, with the one they are about, and :func:`attach` gives them to the quotes that
belong to them, by the order of the text: the same speaker's following quotes, a quote that
continues the account, and every quote inside the account of an event several people speak at
(a debate, a hearing, a meeting), until a new occasion is named.

Date phrases are kept as written; ``attribute.finalise`` resolves them against the publication
date with :func:`quotetui.dates.occasion_date`, and never puts the publication date itself in
their place. No SQLite or Textual here, and the only spaCy is the parse read.

The package, each module building on those before it:

- ``parse``: what every part reads off a token;
- ``occasion_types``: which type a word names, and the sets of types the rules reason with;
- ``shows``: show titles in quotation marks ("on CBS's “Face the Nation”"), read from the
  tokens where the parse breaks around them;
- ``date_phrases``: which words say when (resolved by :mod:`quotetui.dates`, the one home of
  date rules);
- ``records``: the records (``Occasion``, ``Mention``, ``Slot``, ``Placed``);
- ``phrases``: an occasion's words; ``places``: places, the lead's venue and the dateline;
- ``nouns``: the occasion a noun names; ``clause``: the occasion a quote's attribution names;
- ``lead``: where the story's lead begins, past any front matter;
- ``narrative``: occasions named outside the attributions, and the story's lead;
- ``threads``: the occasion of each quote along the text (``attach``).

Names with a leading underscore are the package's own: its modules share them, nothing outside
does.
"""

from __future__ import annotations

from quotetui.engine.occasions.clause import (
    LATER_PREPS,
    OCCASION_PREPS,
    clause_occasion,
    clause_verbs,
    frame_occasion,
    host_occasion,
    subject_occasion,
)
from quotetui.engine.occasions.date_phrases import (
    DatePhrase,
    date_near,
    date_phrase,
    occasion_date_entity,
)
from quotetui.engine.occasions.lead import lead_numbering
from quotetui.engine.occasions.narrative import actor_of, narrative_mentions, story_lead
from quotetui.engine.occasions.occasion_types import (
    audience_type,
    is_broadcast,
    is_outlet,
    is_platform,
    noun_type,
    title_like,
)
from quotetui.engine.occasions.parse import doc_text
from quotetui.engine.occasions.places import (
    PLACE_LABELS,
    PLACE_PREPS,
    dateline_place,
    event_venues,
    with_dateline,
    with_event_venue,
    with_story_place,
)
from quotetui.engine.occasions.records import Mention, Occasion, Placed, Slot
from quotetui.engine.occasions.threads import attach

__all__ = [
    "DatePhrase",
    "LATER_PREPS",
    "Mention",
    "OCCASION_PREPS",
    "Occasion",
    "PLACE_LABELS",
    "PLACE_PREPS",
    "Placed",
    "Slot",
    "actor_of",
    "attach",
    "audience_type",
    "clause_occasion",
    "clause_verbs",
    "date_near",
    "date_phrase",
    "dateline_place",
    "event_venues",
    "doc_text",
    "frame_occasion",
    "host_occasion",
    "is_broadcast",
    "is_outlet",
    "is_platform",
    "lead_numbering",
    "narrative_mentions",
    "noun_type",
    "occasion_date_entity",
    "story_lead",
    "subject_occasion",
    "title_like",
    "with_dateline",
    "with_event_venue",
    "with_story_place",
]
