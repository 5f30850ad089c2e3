"""Occasion types: which type a noun names ("interview", "a Facebook post", "a CNN town hall"),
what telling an audience makes of it (reporters → press, a news outlet → interview), what a
platform, a broadcast and a news outlet are, and the sets of types the other rules reason with
(in-person events, written words, tellings). The words themselves are in
:mod:`quotetui.engine.mechanisms`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.parse import _lemma, _pobj
from quotetui.engine.syntax import entity_of
from quotetui.model import OccasionType

_EVENT_TYPES = frozenset(
    {
        OccasionType.SPEECH,
        OccasionType.PRESS,
        OccasionType.MEETING,
        OccasionType.HEARING,
        OccasionType.DEBATE,
        OccasionType.OTHER,
    }
)


# Every word a noun's lemma must be for ``noun_type`` to find a type by it: a one-word type,
# or what follows a space in a two-word one ("conference" of "news conference"). Every other
# noun, most of an article's, names none unless it is a platform, and is let go at once.
_TYPED_WORDS = frozenset(words.NOUN_TYPES) | frozenset(
    pair[i + 1 :] for pair in words.COMPOUND_TYPES for i, c in enumerate(pair) if c == " "
)


def noun_type(noun: Token) -> tuple[OccasionType | None, bool]:
    """The occasion type a noun names, and whether it is a weak one that gives way to the
    audience or medium of its phrase. ``(None, False)`` when it names none."""
    word = _lemma(noun)
    if word not in _TYPED_WORDS:
        word = _hyphenated(noun) or word
    if word not in _TYPED_WORDS and noun.lower_ not in words.PLATFORMS:
        return None, False
    if word == "march" and noun.text[:1].isupper() and noun.ent_type_ != "EVENT":
        return None, False  # the month, or a name ("March of Dimes"), not a march
    if word == "debate" and _debate_as_discussion(noun):
        return None, False  # "ending two years of debate over the project"
    before = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    for child in reversed(before):
        pair = f"{_lemma(child)} {word}"
        if pair in words.COMPOUND_TYPES:
            return words.COMPOUND_TYPES[pair], False
        if f"{child.lower_} {word}" in words.COMPOUND_TYPES:
            return words.COMPOUND_TYPES[f"{child.lower_} {word}"], False
        if child.lower_ in words.PLATFORMS and word in words.NOUN_TYPES:
            return OccasionType.SOCIAL_POST, False  # "a Facebook post", "an Instagram video"
    if word in words.NOUN_TYPES:
        kind = words.NOUN_TYPES[word]
        if kind is OccasionType.BROADCAST and word in words.PLAN_NOUNS and _a_plan(noun, before):
            return None, False  # "its £3.2bn clean-up programme", "a trade show"
        if kind in _POSTABLE and _posted_on_platform(noun):
            return OccasionType.SOCIAL_POST, False  # "a video posted on its Facebook page"
        if kind in (OccasionType.DOCUMENT, OccasionType.BROADCAST) and _posted_bare(noun):
            return OccasionType.SOCIAL_POST, False  # "Lister posted a second message"
        if kind in (OccasionType.MEETING, OccasionType.SPEECH) and any(
            c.lower_ in words.BROADCASTERS for c in before
        ):
            return OccasionType.BROADCAST, False  # "an MSNBC forum", "a CNN town hall"
        return kind, word in words.WEAK_NOUNS
    if noun.lower_ in words.PLATFORMS:
        return OccasionType.SOCIAL_POST, False
    return None, False


def _a_plan(noun: Token, before: Sequence[Token]) -> bool:
    """A programme of work, not on the air: a sum ("£3.2bn", "$40 million") or a
    common word that says what the programme does ("clean-up", "early-warning",
    "training"), where a show on the air is named by its medium or its name ("the radio
    programme", "the Today programme", "his show")."""
    for prep in noun.rights:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "on" else None
        if obj is not None and _phrase_words(obj) & words.BROADCAST_WORDS:
            return False  # "her weekly call-in show on WRVN radio"
    for child in noun.lefts:
        if child.dep_ in ("nummod", "quantmod") or child.like_num or child.tag_ == "$":
            return True
        if child.dep_ not in ("compound", "amod", "nmod") or child.text[:1].isupper():
            continue
        words_of = {t.lower_ for t in child.subtree}
        if words_of & (words.BROADCAST_WORDS | words.OUTLET_WORDS | words.SHOW_KINDS):
            return False
        hyphenated = any(t.tag_ == "HYPH" for t in child.subtree)
        if child.pos_ in ("NOUN", "VERB") or (child.pos_ == "ADJ" and hyphenated):
            return True  # "training programme", "early-warning programme", "clean-up"
    return any(t.tag_ == "$" or t.like_num for c in before for t in c.subtree)


def _debate_as_discussion(noun: Token) -> bool:
    """Debate as a mass noun ("two years of debate over the project", "after much debate
    about it"): argument going on, not a debate held. An event has its article, owner or
    name ("the debate", "Saturday's debate", "a Democratic debate")."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return False
    return not any(
        c.dep_ in ("det", "poss", "compound", "nummod", "nmod")
        or (c.dep_ == "amod" and c.lower_ not in ("much", "more", "heated", "fierce", "long"))
        for c in noun.lefts
    )


def _hyphenated(noun: Token) -> str | None:
    """ "op-ed": the tokenizer splits a hyphenated word into three ("op", "-", "ed"), and
    the last alone names nothing; the word as written does."""
    doc = noun.doc
    i = noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{noun.lower_}"


_POSTABLE = frozenset({OccasionType.BROADCAST, OccasionType.DOCUMENT, OccasionType.STATEMENT})


def _posted_on_platform(noun: Token) -> bool:
    """ "a video on Facebook", "a message posted on the club's X account"."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "to", "via"):
                continue
            obj = _pobj(prep)
            if obj is not None and (is_platform(obj) or _phrase_words(obj) & words.PLATFORMS):
                return True
    return False


def _posted_bare(noun: Token) -> bool:
    """What someone posted, with nothing said of where ("posted a second message", "posted
    a video"): posting is done on a platform; "posted a letter on its website" is not."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _lemma(verb) != "post":
        return False
    for prep in verb.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("on", "to", "in") else None
        if obj is not None and is_platform(obj):
            return True  # "posted a video on the club's X account"
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return False  # "on its website", not "on Tuesday"
    return True


def is_platform(noun: Token) -> bool:
    """A social platform or an account on one: "Twitter", "Facebook", "X" (the name,
    capitalised), "social media", "the club's X account"."""
    if noun.text in ("X", "X."):
        return True  # "X." at a sentence's end: the tokenizer keeps the stop on one letter
    if any(c.dep_ == "compound" and c.text == "X" for c in noun.lefts):
        return True  # "the club's X account": the name, capitalised, naming the account
    return noun.lower_ in words.PLATFORMS or _phrase_words(noun) & {"social"} == {"social"}


def is_broadcast(noun: Token, quoted: Sequence[bool]) -> bool:
    """A broadcaster or a broadcast: "Fox News", "CNN's “State of the Union”", "“Meet the
    Press”", "BBC Radio Four's Any Questions"."""
    if noun.pos_ not in ("PROPN", "NOUN", "X") and not _quoted_title(noun, quoted):
        return False  # "X": what the tagger makes of a name it does not know ("SiriusXM")
    found = _phrase_words(noun) & words.BROADCAST_WORDS
    if found and (noun.pos_ in ("PROPN", "X") or noun.lower_ in words.BROADCAST_WORDS):
        return True
    return _quoted_title(noun, quoted)


def is_outlet(noun: Token) -> bool:
    """A news outlet or someone reporting for one: "The Post", "Fox News host Sean Hannity",
    "NBC's Hallie Jackson", "the Associated Press"."""
    found = _phrase_words(noun) & words.OUTLET_WORDS
    if not found:
        return (
            noun.pos_ == "PROPN"
            and noun.ent_type_ != "PERSON"
            and bool(_phrase_words(noun) & words.TITLE_OUTLET_WORDS)
        )
    # "the paper" / "the station" as common nouns count; "a news story about …" does not.
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in ("ORG", "PERSON")
        or bool({_lemma(noun)} & words.OUTLET_WORDS)
    )


def audience_type(noun: Token, quoted: Sequence[bool]) -> OccasionType | None:
    """What telling ``noun`` makes of the occasion: reporters → press, the committee →
    hearing, supporters → speech, a news outlet → interview (a programme → broadcast)."""
    word = _lemma(noun)
    proper_outlet = noun.pos_ == "PROPN" and is_outlet(noun)  # "the Associated Press"
    for key in (noun.lower_, word):
        if key in words.AUDIENCE_TYPES and not proper_outlet:
            kind = words.AUDIENCE_TYPES[key]
            if kind is OccasionType.SPEECH and _on_the_air(noun):
                return OccasionType.BROADCAST  # "told his radio audience"
            if kind is OccasionType.SPEECH:
                return _audience_of(noun) or kind  # "told the debate audience"
            return kind
    if noun.ent_type_ == "PERSON" and _of_an_outlet(noun):
        return OccasionType.INTERVIEW  # "told Bill O'Reilly of Fox News"
    if _a_set(noun):
        # "said to the TV": someone watching, talking back at the screen, is no interview.
        return OccasionType.OTHER
    if is_broadcast(noun, quoted) and (
        _quoted_title(noun, quoted)
        # "NBC's Hallie Jackson" is a reporter: an interview, as "told CNN" is
        or _titled_programme(noun)
        or _show_of_a_broadcaster(noun)
        or (
            noun.ent_type_ != "PERSON"
            and any(c.dep_ == "poss" for c in noun.children)
            # a programme, not the channel or station that airs it: "told the club's
            # YouTube channel" is an interview with it, as "told Sky News" is
            and (noun.pos_ != "NOUN" or _lemma(noun) in words.BROADCAST_MEDIA)
        )
    ):
        return OccasionType.BROADCAST  # "told ABC's “This Week”"
    if is_outlet(noun):
        return OccasionType.INTERVIEW
    return None


def _titled_programme(noun: Token) -> bool:
    """ "told the Today programme", "told the Andrew Marr Show": a programme named by its
    title is the broadcast the words went out on, as "told ABC's “This Week”" is."""
    return (
        noun.pos_ == "NOUN"
        and _lemma(noun) in ("programme", "program", "show", "podcast")
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _show_of_a_broadcaster(noun: Token) -> bool:
    """ "told BBC Breakfast": a broadcaster's show, named by its hour, not the broadcaster
    ("told the BBC", "told BBC Radio Leeds", interviews)."""
    if noun.pos_ != "PROPN" or noun.lower_ not in words.SHOW_HOURS:
        return False
    return bool(_phrase_words(noun) & words.BROADCASTERS)


def _on_the_air(audience: Token) -> bool:
    """An audience reached through a medium ("his radio audience", "the TV audience", "the
    show's audience"): the words were said on the air, not to people in the room."""
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and _lemma(c) in words.BROADCAST_MEDIA
        for c in audience.children
    )


def _audience_of(audience: Token) -> OccasionType | None:
    """The event an audience is named by ("the debate audience", "the hearing crowd"): its
    type, when it is an event people speak at in person."""
    for child in audience.children:
        if child.dep_ in ("compound", "nmod") and child.i < audience.i:
            kind = words.NOUN_TYPES.get(_lemma(child))
            if kind in _IN_PERSON:
                return kind
    return None


def _of_an_outlet(person: Token) -> bool:
    """ "Bill O'Reilly of Fox News", "Jake Tapper of CNN": a person named by the outlet they
    report for."""
    for prep in person.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = _pobj(prep)
            if obj is not None and is_outlet(obj):
                return True
    return False


def _a_set(noun: Token) -> bool:
    """The television set or the radio in the room ("the TV", "the television"), not a
    broadcaster: a common noun with its article and nothing that names a station."""
    if noun.pos_ != "NOUN" or noun.lower_ not in words.SETS:
        return False
    return any(c.dep_ == "det" for c in noun.children) and not any(
        c.dep_ in ("compound", "poss", "nmod", "amod") for c in noun.children
    )


def _named_body(noun: Token) -> bool:
    """A name that is no person and no place ("Capital Download", "the LDRS", "Decode DC"):
    told, it is almost always a news outlet."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
        return False
    entity = entity_of(noun)
    return entity is None or entity.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC")


def _phrase_words(noun: Token) -> set[str]:
    """The lower-cased words of a noun's own phrase (modifiers and flat names, not clauses)."""
    out = {noun.lower_}
    for child in noun.children:
        if (
            child.dep_ in ("compound", "poss", "amod", "nmod", "flat", "appos")
            and abs(child.i - noun.i) <= 6
        ):
            out.update(t.lower_.strip("'’") for t in child.subtree)
    entity = entity_of(noun)
    if entity is not None:
        out.update(t.lower_ for t in entity)
    return out


def _quoted_title(noun: Token, quoted: Sequence[bool]) -> bool:
    """Whether a name is (or is named by) a title in quotation marks: “Meet the Press”,
    ABC's “This Week” — marks that enclose a name, not the quote a colon opens after it
    ("told Derek Pike, 61: “You …”")."""
    doc = noun.doc
    i = noun.i
    if quoted[i] or noun.pos_ != "PROPN":
        return False
    if (i > 0 and doc[i - 1].is_quote) or (i + 1 < len(doc) and doc[i + 1].is_quote):
        return _encloses_title(doc, i)
    if i + 2 < len(doc) and doc[i + 1].tag_ == "POS" and doc[i + 2].is_quote:
        return _encloses_title(doc, i + 3)
    near = [t.i for t in noun.subtree if t.is_quote and abs(t.i - i) <= 6]
    return any(_encloses_title(doc, k + 1 if k > i else k - 1) for k in near)


def _encloses_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` lies between two quotation marks a few words apart that hold a
    title ("Meet the Press"), not a sentence."""
    if not 0 <= i < len(doc):
        return False
    left = right = None
    for k in range(i, max(-1, i - 8), -1):
        if doc[k].is_quote and k != i:
            left = k
            break
        if doc[k].text in (".", ":", ";", "!", "?"):
            return False
    for k in range(i, min(len(doc), i + 8)):
        if doc[k].is_quote and k != i:
            right = k
            break
        if doc[k].text in (".", ":", ";", "!", "?") and not (
            # ABC's “This Week.”: the sentence's full stop, inside the closing mark
            doc[k].text == "." and k + 1 < len(doc) and doc[k + 1].is_quote
        ):
            return False
    if left is None or right is None:
        return False
    return title_like(doc[left + 1 : right].text)


def title_like(text: str) -> bool:
    """Quoted words that read as a name ("This Week", "Meet the Press", "Fox & Friends"):
    a few capitalised words, no sentence."""
    inner = text.strip("“”\"'‘’ .,")
    parts = inner.split()
    if not parts or len(parts) > 6 or any(ch in inner for ch in "!?;:"):
        return False
    small = {"the", "of", "a", "an", "and", "&", "in", "on", "for", "to", "at", "with"}
    return all(p[:1].isupper() or p.lower() in small or not p[:1].isalpha() for p in parts)


_IN_PERSON = frozenset(
    {
        OccasionType.SPEECH,
        OccasionType.MEETING,
        OccasionType.HEARING,
        OccasionType.DEBATE,
    }
)


# In-person events happen where the story was filed, unless the text says otherwise.
_PLACED_TYPES = frozenset(
    {
        OccasionType.SPEECH,
        OccasionType.PRESS,
        OccasionType.MEETING,
        OccasionType.HEARING,
        OccasionType.DEBATE,
    }
)


_WRITTEN = frozenset({OccasionType.DOCUMENT, OccasionType.STATEMENT, OccasionType.SOCIAL_POST})


_TOLD_TYPES = frozenset({OccasionType.INTERVIEW, OccasionType.PRESS})
