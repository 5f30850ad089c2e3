"""Who is who across the corpus: every article's speakers joined into one speaker per real
person or body, each join explained.

The engine resolves speakers within one article (``model.SpeakerRecord``: an id of the
article's own, the canonical name, kind, names-only aliases and what the article says of the
speaker). :func:`resolve` takes all articles' speakers at once, with the analysts' decisions,
and gives every one a corpus speaker. It is a function of its inputs only: the same articles
give the same speakers and ids whatever order they come in and however they were split among
workers, and it knows nothing of spaCy, SQLite or Textual.

How names are joined (each join is a :class:`Join` naming its :class:`Rule` and evidence):

- People whose names agree up to titles, middle names and initials, diacritics, hyphenation
  and transliteration (Zelensky / Zelenskiy / Zelenskyy), with the same suffix: Donald Trump
  and Donald Trump Jr. are two people; George W. and George H. W. Bush are two, and a plain
  "George Bush" is weighed by context between them.
- A short form an article ties to the full name (that article's speaker has both "Len Burman"
  and "Leonard E. Burman"), when the first names are variants of each other (``nicknames``).
- A bare surname takes the one full name of that surname the same article gives ("Caddell" in
  an article naming "Pat Caddell"). Across articles it joins a person only when the context
  agrees (titles, party, place, gender, the names the articles share) and no other person of
  the surname fits as well; with only one person of that surname in the corpus, it joins unless
  something disagrees. Unsure pairs go to the duplicates an analyst reviews.
- Organisations whose content words agree in any order, with the synonyms of government bodies
  ("Foreign Ministry" = "Ministry of Foreign Affairs"), and with the country written as a name,
  a capital or a demonym ("South Korea's", "Seoul's", "South Korean"), from the ``countryinfo``
  gazetteer (:mod:`quotetui.gazetteer`). A country or its capital speaking by itself ("Seoul
  said") is that country's government: one speaker named after the country. Lowercase words
  before the name are no part of it ("the federal Securities and Exchange Commission"); a
  one-word body is the one longer organisation its article names with that first word
  ("Northmoor" → Northmoor Water), places aside; a body its article calls "the company" stays a
  body though the tagger listed its name among the people.
- A name with a suffix and one without ("Joseph R. Biden Jr.", "Joe Biden") join by context,
  never for a surname an article gives one person with the suffix and another without it.
- A bare one-word name that is no surname in its article is the article's one full name it is a
  two-letter swap of ("Keidis" for Kiedis, unless the corpus has someone of that name) or whose
  first name it is ("Jeb", where the article or the speaker's aliases give "Jeb Bush").
- Described speakers ("a spokesman", "the company") are their article's own: two articles'
  spokesmen are not one person.

Analysts' decisions (:class:`Decision`) are inputs and win: a merge joins, "different people"
and a split keep apart, a rename or a kind is applied, and an analyst's own speaker takes the
engine's speakers of its names.

The package, each module building on those before it:

- ``records``: what goes in and comes out (``Article``, ``Decision``, ``AnalystSpeaker``,
  ``Identity`` with its ``CorpusSpeaker``s, ``Join``s and ``Duplicate``s) and the ``Rule`` of
  each join;
- ``person_names``: a person's name in parts, and when first names agree;
- ``org_names``: an organisation's content words, and the country a code names;
- ``members``: every article's speakers as the members identity joins;
- ``clusters``: union-find over members, refusing what an analyst kept apart;
- ``context``: what a forming speaker is known for, and how well a bare surname fits it;
- ``naming``: the name, kind and aliases a corpus speaker goes by;
- ``joins``: the join rules, one function each, and the unsure pairs they leave;
- ``decisions``: which speaker an analyst's decision is about now;
- ``ids``: each corpus speaker's id;
- ``duplicates``: organisations that may be one, for an analyst to decide;
- ``speakers``: the corpus speakers out of the clusters, with the analysts' decisions applied;
- ``resolution``: :func:`resolve`, the whole run;
- ``results``: the engine's results and prediction lines with the corpus speakers' ids.

Names with a leading underscore are the package's own: its modules share them, nothing outside
does."""

from __future__ import annotations

from quotetui.identity.org_names import OrgName, parse_org
from quotetui.identity.person_names import PersonName, first_names_agree, parse_person, skeleton
from quotetui.identity.records import (
    DOCUMENT,
    ORGANISATION,
    PERSON,
    UNNAMED,
    AnalystSpeaker,
    Article,
    CorpusSpeaker,
    Decision,
    DecisionKind,
    Duplicate,
    Identity,
    Join,
    MemberKey,
    Rule,
)
from quotetui.identity.resolution import resolve
from quotetui.identity.results import apply, apply_to_prediction

__all__ = [
    "AnalystSpeaker",
    "Article",
    "CorpusSpeaker",
    "DOCUMENT",
    "Decision",
    "DecisionKind",
    "Duplicate",
    "Identity",
    "Join",
    "MemberKey",
    "ORGANISATION",
    "OrgName",
    "PERSON",
    "PersonName",
    "Rule",
    "UNNAMED",
    "apply",
    "apply_to_prediction",
    "first_names_agree",
    "parse_org",
    "parse_person",
    "resolve",
    "skeleton",
]
