"""The occasion a quote's own attribution names, read from its grammar: a prepositional phrase on
the reporting verb ("said *in a statement*"), the audience of a telling verb ("told
*reporters*"), the asker ("asked by CNN's Jake Tapper"), a document that speaks ("*the report*
says"), a broadcaster's host, the words right after a quote, or the verb itself ("tweeted")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.date_phrases import _date_entity, date_near, date_phrase
from quotetui.engine.occasions.nouns import _DEFINITE, _noun_occasion
from quotetui.engine.occasions.occasion_types import (
    _IN_PERSON,
    _WRITTEN,
    _named_body,
    audience_type,
    is_broadcast,
    is_outlet,
    is_platform,
    noun_type,
)
from quotetui.engine.occasions.parse import _lemma, _pobj, _span_of, doc_text
from quotetui.engine.occasions.phrases import _phrase
from quotetui.engine.occasions.places import PLACE_PREPS, _place_in, _place_of
from quotetui.engine.occasions.records import Occasion, _Found
from quotetui.engine.occasions.shows import show_before, show_text, show_told
from quotetui.engine.syntax import is_cue_word
from quotetui.model import OccasionType

OCCASION_PREPS = frozenset(
    {"at", "during", "in", "on", "before", "via", "through", "over", "from", "while"}
)
# "said after the game": the occasion, when nothing better is named; a time, not a medium.
LATER_PREPS = frozenset({"after", "following"})
# Prepositions that tie words to an event: at it, during it, before it or after it.
_AROUND_PREPS = frozenset({"at", "during", "before"}) | LATER_PREPS
_ELSEWHEN = frozenset("earlier previously formerly once before".split())


# Nouns that name a part or a moment of an event: "at the outset of a debate".
_PART_NOUNS = frozenset("outset start beginning end close middle height course one part".split())


def _part_of(obj: Token) -> Token:
    """ "at the outset of a Democratic debate", "in one of her debates": the event."""
    if _lemma(obj) not in _PART_NOUNS and obj.lower_ not in _PART_NOUNS:
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = _pobj(prep)
            if inner is not None and noun_type(inner)[0] is not None:
                return inner
    return obj


def _own_site(obj: Token) -> bool:
    """ "his website", "her blog": a person's own site, not a body's ("its website")."""
    return _lemma(obj) in ("website", "blog", "site") and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for c in obj.children
    )


def _at_the_close(obj: Token) -> bool:
    """ "the close of play", "the end of the match": the moment a game is over."""
    if _lemma(obj) not in ("close", "end"):
        return False
    for prep in obj.children:
        inner = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        if inner is not None and (
            _lemma(inner) == "play" or words.NOUN_TYPES.get(_lemma(inner)) is OccasionType.OTHER
        ):
            return inner.lower_ not in ("trip", "visit", "tour")
    return False


_ON_STAGE = frozenset({"onstage", "on-stage"})
_TELEPHONE = frozenset({"telephone", "phone", "cellphone"})
_CROWD_SOUNDS = frozenset("applause cheer cheers laughter ovation boo boos jeer jeers".split())


def _prep_occasion(verb: Token, prep: Token, obj: Token, quoted: Sequence[bool]) -> _Found | None:
    """What a prepositional phrase on a reporting verb says of the occasion."""
    word = prep.lower_
    verb_word = _lemma(verb)
    if word == "at" and _at_the_close(obj):
        # "Haddon said at the close of play", "at the end of the match": the day's play is
        # over, and those who speak then speak to the reporters there, as "after the game".
        end = obj.right_edge.idx + len(obj.right_edge)
        text = doc_text(verb.doc, prep.idx, end)
        return _Found(2, Occasion(OccasionType.PRESS, text, None, None, prep.idx, end))
    obj = _part_of(obj)
    if word == "on" and verb_word in ("commentate", "commentating"):
        # "commentating on Test Match Special": commentary goes out on the air, on whatever
        # programme or match it is given
        phrase = _phrase(obj, quoted)
        if phrase is not None:
            text = f"{verb.text} {prep.text} {phrase[0]}"
            return _Found(
                1, Occasion(OccasionType.BROADCAST, text, None, phrase[3], verb.idx, phrase[2])
            )
    if word == "on" and verb_word in ("write", "post", "blog") and _own_site(obj):
        # "he wrote in June on his website": the guidelines' "blog post by the speaker"
        end = obj.idx + len(obj)
        text = doc_text(verb.doc, prep.idx, end)
        return _Found(0, Occasion(OccasionType.SOCIAL_POST, text, None, None, prep.idx, end))
    if word in OCCASION_PREPS and _lemma(obj) not in words.RESULT_NOUNS:
        found = _noun_occasion(obj, quoted)
        if found is not None and word == "before" and found.occasion.type is OccasionType.OTHER:
            # "told the crowd before the game": when, beside whom it was told
            return _Found(2, found.occasion)
        if found is not None:
            return found
    if word in LATER_PREPS:
        # "said after the game", "after a campaign stop": words said right after an event,
        # not at it, are words to the reporters waiting there.
        found = _noun_occasion(obj, quoted, prefix=prep.text, rank=2)
        if found is not None and found.occasion.type not in (
            OccasionType.DOCUMENT,
            OccasionType.STATEMENT,
            OccasionType.SOCIAL_POST,
            OccasionType.BROADCAST,
            OccasionType.INTERVIEW,
        ):
            # Nor is that moment the event several people spoke at: those who speak next
            # were not there.
            press = dataclasses.replace(found.occasion, type=OccasionType.PRESS, shared=False)
            return _Found(2, press)
        return None
    if word in ("on", "from") and _lemma(obj) in words.STAGE_NOUNS:
        phrase = _phrase(obj, quoted)
        if phrase is not None:  # "said on stage", "from the podium"
            return _Found(
                1,
                Occasion(
                    OccasionType.SPEECH,
                    f"{prep.text} {phrase[0]}",
                    None,
                    phrase[3],
                    prep.idx,
                    phrase[2],
                ),
            )
    sound = obj if obj.dep_ == "pobj" else next((c for c in obj.rights if c.dep_ == "dobj"), obj)
    if word == "to" and _lemma(sound) in _CROWD_SOUNDS:
        # "she said to rousing applause" (the parse may take "rousing" for a verb): words
        # to an audience in the room, a speech.
        end = sound.idx + len(sound)
        return _Found(2, Occasion(OccasionType.SPEECH, None, None, None, prep.idx, end))
    if word == "outside":
        phrase = _phrase(obj, quoted)
        if phrase is not None:  # "outside court": not inside the event
            # Where it was said is said, and no event or medium: the guidelines' "other"
            # ("null only when the article says nothing at all about how or where").
            where = f"outside {phrase[0]}"
            return _Found(
                2,
                Occasion(OccasionType.OTHER, where, where, None, prep.idx, phrase[2], outside=True),
            )
    if word in ("by", "over") and _lemma(obj) in _TELEPHONE:
        # "speaking by telephone from Mombasa", "said over the phone": words given to the
        # reporter who rang, an interview, when nobody else is named as told.
        end = obj.idx + len(obj)
        text = doc_text(verb.doc, prep.idx, end)
        return _Found(2, Occasion(OccasionType.INTERVIEW, text, None, None, prep.idx, end))
    if verb_word == "take" and word == "to" and _lemma(obj) in words.STAGE_NOUNS:
        phrase = _phrase(obj, quoted)
        if phrase is not None:
            return _Found(
                0, Occasion(OccasionType.SPEECH, None, None, phrase[3], verb.idx, phrase[2])
            )
    if word == "in" and _lemma(obj) == "court" and not any(c.dep_ == "det" for c in obj.children):
        return _Found(
            1,
            Occasion(
                OccasionType.HEARING, "in court", None, None, prep.idx, obj.idx + len(obj), True
            ),
        )
    phrase = _phrase(obj, quoted)
    if phrase is None:
        return None
    text, start, end, date = phrase
    start = min(start, prep.idx)
    if word in ("on", "via", "to") and is_platform(obj):
        return _Found(
            1, Occasion(OccasionType.SOCIAL_POST, f"{prep.text} {text}", None, date, start, end)
        )
    if word == "on" and is_broadcast(obj, quoted):
        return _Found(
            1, Occasion(OccasionType.BROADCAST, f"{prep.text} {text}", None, date, start, end)
        )
    strong_audience = _lemma(obj) in words.AUDIENCE_TYPES or obj.lower_ in words.AUDIENCE_TYPES
    if verb.lower_ == "according":
        return None  # "according to members who spoke with reporters": a source, no audience
    if (
        word == "to"
        and verb_word in words.TO_VERBS
        and any(is_platform(t) for t in obj.subtree if not quoted[t.i])
    ):
        # "wrote to his 20,000 Twitter followers": a post, whoever the followers are
        return _Found(
            1, Occasion(OccasionType.SOCIAL_POST, f"{prep.text} {text}", None, date, start, end)
        )
    if word in ("to", "with", "before") and (
        verb_word in words.TO_VERBS | {"testify", "appear", "sit"}
        or (word == "to" and strong_audience)
    ):
        kind = audience_type(obj, quoted)
        if kind is None and verb_word == "testify":
            kind = OccasionType.HEARING
        if verb_word == "sit" and kind in (OccasionType.BROADCAST, OccasionType.INTERVIEW):
            kind = OccasionType.INTERVIEW  # "sitting down with MSNBC's “The Rachel Maddow Show”"
        if kind is not None:
            if verb_word == "write" and word == "to":
                # "wrote to lawmakers": a letter; "wrote to his Twitter followers": a post.
                platform = any(is_platform(t) for t in obj.subtree if not quoted[t.i])
                kind = OccasionType.SOCIAL_POST if platform else OccasionType.DOCUMENT
            lead = doc_text(verb.doc, verb.idx, prep.idx + len(prep))
            return _Found(
                1,
                Occasion(
                    kind,
                    f"{lead} {text}",
                    _audience_place(obj, text, quoted),
                    date,
                    verb.idx,
                    end,
                    kind in words.SHARED_TYPES,
                ),
            )
    if word == "in" and is_outlet(obj) and obj.pos_ == "PROPN":
        # "wrote in The Nation", "said in the Times": an article in it.
        return _Found(1, Occasion(OccasionType.DOCUMENT, f"in {text}", None, date, start, end))
    return None


def _audience_occasion(verb: Token, objs: Sequence[Token], quoted: Sequence[bool]) -> _Found | None:
    """ "told reporters", "told The Post", "assured investors at the annual meeting"."""
    kind = None
    obj = objs[0]
    for candidate in objs:
        kind = audience_type(candidate, quoted)
        if kind is not None:
            obj = candidate
            break
    if kind is OccasionType.INTERVIEW and obj.lower_ == "us" and _lemma(verb) != "tell":
        return None  # "Trump has warned us": the public, not this paper's reporter
    if (
        kind is OccasionType.INTERVIEW
        and len(objs) > 1
        and (
            any(c.tag_ == "POS" for c in objs[0].children)
            # "told BBC Radio 4’s Today programme": the parse may make the curly "’s" an
            # object of its own between the station and its programme
            or objs[1].lower_ in ("'s", "’s")
        )
        and is_broadcast(objs[0], quoted)
        # "told CNN's Jake Tapper" is its reporter: an interview (docs/OCCASION-RULINGS.md, 2)
        and objs[-1].ent_type_ != "PERSON"
    ):
        kind = OccasionType.BROADCAST  # "told BBC Radio Four's Any Questions"
    if kind is OccasionType.INTERVIEW and _aired_on(verb, quoted, objs):
        kind = OccasionType.BROADCAST  # "told Breitbart News on Sirius XM Patriot Channel 125"
    if kind is None:
        # "told a news conference", "told a townhall meeting with young leaders"
        found = _noun_occasion(objs[0], quoted, prefix=verb.text, rank=1)
        if found is not None and found.occasion.type is not None:
            told = found.occasion
            # "told the meeting", "told the summit": the event the story tells.
            back = told.definite and told.type in _IN_PERSON | {OccasionType.PRESS}
            return _Found(
                1, dataclasses.replace(told, start=verb.idx, refers_back=told.refers_back or back)
            )
        if _lemma(verb) == "tell" and _named_body(objs[0]):
            kind = OccasionType.INTERVIEW  # "Tester told Capital Download"
        elif _lemma(verb) == "tell" and _outlet_compound(objs[0]):
            # "told the BBC trackside": the parse made the outlet a modifier of the word
            # after it; the outlet is who was told
            kind = OccasionType.INTERVIEW
        else:
            return None
    phrase = _phrase(objs[0], quoted, keep_det=True, more=objs[1:])
    if phrase is None:
        return None
    text, _, end, date = phrase
    place = _audience_place(obj, text, quoted)
    # "told the meeting", "told the court", "told councillors": the event the story tells.
    back = kind in _IN_PERSON and (
        any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children)
        or (obj.tag_ == "NNS" and kind in (OccasionType.MEETING, OccasionType.HEARING))
    )
    return _Found(
        1,
        Occasion(
            kind,
            _telling_described(verb, kind, text),
            place,
            date,
            verb.idx,
            end,
            kind in words.SHARED_TYPES,
            refers_back=back,
        ),
        telling=_lemma(verb) == "tell",
    )


def _outlet_compound(obj: Token) -> bool:
    """An object that no audience word names, modified by an outlet's name ("the BBC
    trackside", "the Guardian afterwards")."""
    if obj.pos_ != "NOUN" or _lemma(obj) in words.AUDIENCE_TYPES:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and is_outlet(c) for c in obj.children)


def _audience_place(obj: Token, text: str, quoted: Sequence[bool]) -> str | None:
    """The place an audience's phrase names ("a crowd in Tampa"), unless it is the audience
    itself: "the Northern Echo", "Speaking to the Harrowfield Gazette", a paper the tagger
    took for a place."""
    place = _place_in(obj, quoted)
    if place is not None and is_outlet(obj) and place.lower().removeprefix("the ") in text.lower():
        return None
    return place


def _telling_described(verb: Token, kind: OccasionType | None, told: str) -> str:
    """The event a telling stands for, named as the guidelines name it: "told CNN" is an
    interview with CNN, "told reporters" remarks to reporters, "told me" an interview with
    the author; other tellings keep their words ("told the delegates")."""
    if _lemma(verb) != "tell":
        return f"{verb.text} {told}"
    if kind is OccasionType.INTERVIEW:
        return (
            "interview with the author"
            if told.lower() in ("me", "us")
            else f"interview with {told}"
        )
    if kind is OccasionType.PRESS:
        return f"remarks to {told}"
    return f"{verb.text} {told}"


def _aired_on(verb: Token, quoted: Sequence[bool], more: Sequence[Token] = ()) -> bool:
    """A verb with "on [a broadcaster or a show]" ("on Sirius XM Patriot Channel 125"), not
    "on Tuesday morning" (a day: "morning" and "today" are words of shows' names too).
    ``more``: the telling's objects, which the parse may hang the phrase on."""
    for child in [c for head in (verb, *more) for c in head.children]:
        if child.dep_ != "prep" or child.lower_ != "on" or quoted[child.i]:
            continue
        obj = _pobj(child)
        if obj is None or quoted[obj.i] or obj.ent_type_ in ("DATE", "TIME"):
            continue
        if is_broadcast(obj, quoted):
            return True
    return False


def _objects(verb: Token, quoted: Sequence[bool]) -> list[Token]:
    """The objects of a telling verb, as one phrase: the parse may split "BBC Radio Four's
    Any Questions" into two; objects further apart are other things ("told supporters …
    that he had renewed faith")."""
    objs = [c for c in verb.children if c.dep_ in ("dative", "dobj") and not quoted[c.i]]
    out = objs[:1]
    for obj in objs[1:]:
        if obj.left_edge.i != out[-1].right_edge.i + 1:
            break
        out.append(obj)
    return out


def clause_verbs(cue: Token, subject: Token | None = None) -> list[Token]:
    """The verbs whose modifiers may name a quote's occasion: the cue, the verb it hangs on
    ("took to Twitter to say", "went on to say"), and participles framing it ("Speaking at
    a rally, …", "Rubio, appearing on Fox News, said …")."""
    verbs = [cue]
    if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.pos_ in ("VERB", "AUX"):
        verbs.append(cue.head)
    framing = list(verbs)
    if subject is not None:
        framing.append(subject)
    for verb in framing:
        for child in verb.children:
            if (
                child.dep_ in ("advcl", "xcomp", "acl")
                and child.pos_ == "VERB"
                and _lemma(child) in words.FRAMING_VERBS
                and child.tag_ in ("VBG", "VBN", "VB")
            ):
                verbs.append(child)
    return verbs


def clause_occasion(cue: Token, quoted: Sequence[bool], subject: Token | None = None) -> Occasion:
    """The occasion the attribution around a reporting word names (the empty occasion when
    it names none)."""
    candidates: list[_Found] = []
    places: list[str] = []
    verbs = clause_verbs(cue, subject)
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        found = _noun_occasion(cue.head, quoted)  # "a statement saying …"
        if found is not None:
            candidates.append(found)
    for verb in verbs:
        verb_word = _lemma(verb)
        for child in _modifiers(verb):
            if quoted[child.i]:
                continue
            dep = child.dep_
            found = None
            if dep == "advmod" and child.lower_ in _ON_STAGE:
                # "Bond said onstage Tuesday night": in one word as "said on stage" is.
                found = _Found(
                    1,
                    Occasion(
                        OccasionType.SPEECH,
                        child.text,
                        None,
                        None,
                        child.idx,
                        child.idx + len(child),
                    ),
                )
            elif dep == "prep":
                obj = _pobj(child) or _stranded_platform(child, quoted)
                if obj is None or quoted[obj.i]:
                    continue
                found = _prep_occasion(verb, child, obj, quoted)
                if found is None and child.lower_ in PLACE_PREPS:
                    place = _place_of(obj, quoted, child.lower_)
                    if place is not None:
                        places.append(place)
            elif dep in ("dative", "dobj") and verb_word in words.TELLING_VERBS:
                objs = _objects(verb, quoted)
                if not objs or child.i != objs[0].i:
                    continue
                found = _audience_occasion(verb, objs, quoted)
                if found is None and _lemma(child) in words.CROWD_NOUNS:
                    # "told a cheering throng of supporters in Tampa": where they were
                    place = _audience_place(child, child.text, quoted)
                    if place is not None:
                        places.append(place)
            elif dep == "dobj" and verb_word in words.MAKING_VERBS:
                found = (
                    _stage_occasion(verb, child, quoted)
                    or _noun_occasion(child, quoted)
                    or _shared_on_platform(verb, child, quoted)
                )
            elif dep in ("nsubj", "nsubjpass"):
                kind, weak = noun_type(child)
                if kind is not None and not weak:
                    found = _noun_occasion(child, quoted)  # "the statement said"
                elif verb_word in ("report", "write", "publish") and is_outlet(child):
                    found = _outlet_report(child, quoted)  # "the Washington Post reported"
            if found is not None:
                candidates.append(found)
        asked = _asker_occasion(verb, quoted)
        if asked is not None:
            candidates.append(asked)
        if verb_word == "tell" and not candidates:
            closing = show_told(verb, quoted)
            if closing is not None:
                # docs/OCCASION-RULINGS.md, 2: "told ABC's “This Week”" is a broadcast
                text = show_text(verb.doc, verb.i, closing)
                end = verb.doc[closing].idx + len(verb.doc[closing])
                told = Occasion(OccasionType.BROADCAST, text, None, None, verb.idx, end)
                candidates.append(_Found(1, told))
        if verb_word in words.VERB_TYPES and not candidates:
            kind = words.VERB_TYPES[verb_word]
            noun = words.VERB_NOUNS.get(verb_word)
            candidates.append(
                _Found(
                    3, Occasion(kind, noun, None, None, verb.idx, verb.idx + len(verb), head=noun)
                )
            )
    best = _best(candidates)
    fronted = _fronted_show(cue, best, quoted)
    if fronted is not None:
        best = fronted
    posted = _posted_at(cue, best)
    if posted is not None:
        best = posted
    if not best.named and places:
        framing = _framing_place(verbs, quoted)
        if framing is not None:
            best = framing  # "Macron, speaking in Berlin on Saturday, had urged …"
    # Written words "after the hearing" are not of its day: a statement or a post may come
    # at any time after (the gold leaves "statement issued after the hearing" undated).
    later = best.type not in _WRITTEN
    if any(_tells_the_event(verb, quoted, later=later) for verb in verbs):
        best = dataclasses.replace(best, refers_back=True)
    if any(c.dep_ == "advmod" and c.lower_ in _ELSEWHEN for v in verbs for c in v.children):
        best = dataclasses.replace(best, elsewhen=True, refers_back=False)
    if best.place is None and places:
        best = dataclasses.replace(best, place=places[0])
    if best.place is None and best.named:
        # "told a cheering throng of supporters in Tampa in a rally broadcast on the
        # networks": the rally is the occasion, and the audience's town its place.
        placed = [
            f.occasion.place for f in candidates if f.occasion.place and not f.occasion.outside
        ]
        if placed:
            best = dataclasses.replace(best, place=placed[0])
    if best.place is None and best.named:
        # "told AFP outside a supermarket": where the interview was given, though a
        # telling outranks the "outside" phrase as the occasion.
        away = [f.occasion for f in candidates if f.occasion.outside]
        if away:
            best = dataclasses.replace(best, place=away[0].place, outside=True)
    if best.date is None:
        for verb in verbs:
            date = date_near(verb, quoted)
            if date is not None:
                best = best.with_date(date)
                break
    return best


def _fronted_show(cue: Token, best: Occasion, quoted: Sequence[bool]) -> Occasion | None:
    """ "Sunday on CNN's “State of the Union,” Senator Roe said", "In an interview with NBC's
    “Meet the Press,” Smith said": a show named ahead of the reporting verb in its sentence
    is the medium, when the attribution names none or only a bare interview (a named show
    beats it: docs/OCCASION-RULINGS.md, 2). Read from the tokens: the parse often splits
    such a sentence at the title."""
    if best.type not in (None, OccasionType.INTERVIEW):
        return None
    if best.text is not None and ("“" in best.text or '"' in best.text):
        return None  # the attribution's own words already hold a title
    found = show_before(cue, quoted)
    if found is None:
        return None
    first, closing = found
    doc = cue.doc
    if doc[first].lower_ == "with":
        # "In an interview with MSNBC's “…”", "Sitting down with NBC's “…”": "with" a show
        # names the interviewer, an interview (see nouns._with_a_programme), which the
        # narrative's reading of the sentence gives every voice in it
        return None
    if best.type is OccasionType.INTERVIEW and doc[first].lower_ != "on":
        return None  # "told The Post after appearing on “…”": the telling is the occasion
    start = doc[first].idx
    end = doc[closing].idx + len(doc[closing])
    text = show_text(doc, first, closing)
    if best.date is None and first > 0:
        # "Sunday on CNN's “State of the Union,”": the day the show aired, right before it
        ent = _date_entity(doc[first - 1])
        if ent is not None and ent.end == first:
            best = best.with_date(date_phrase(ent))
    if best.type is OccasionType.INTERVIEW and best.start is not None and best.end is not None:
        if not (best.start <= start and end <= best.end + 2) and best.end > start:
            return None  # an interview named elsewhere in the clause than the show
        if best.start < start:
            text = f"{doc_text(doc, best.start, start).strip()} {text}"
            start = best.start
    return dataclasses.replace(best, type=OccasionType.BROADCAST, text=text, start=start, end=end)


def _shared_on_platform(verb: Token, obj: Token, quoted: Sequence[bool]) -> _Found | None:
    """ "shared the news on social media, writing “…”", "announced the extension on
    Instagram": what was made public, the parse hanging the platform on the thing made, not
    the verb ("lifted the ban on TikTok" is no post)."""
    if _lemma(verb) not in words.PUBLISHING_VERBS:
        return None
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "via") or quoted[prep.i]:
            continue
        platform = _pobj(prep)
        if platform is None or quoted[platform.i] or not is_platform(platform):
            continue
        phrase = _phrase(platform, quoted)
        if phrase is None:
            continue
        text, _, end, date = phrase
        occasion = Occasion(
            OccasionType.SOCIAL_POST, f"{prep.text} {text}", None, date, prep.idx, end
        )
        return _Found(1, occasion)
    return None


def _stranded_platform(prep: Token, quoted: Sequence[bool]) -> Token | None:
    """ "she wrote on X. “Somebody must answer …”": the parse hangs the platform on the quote
    that follows and leaves the preposition without its object (``_pobj`` found none); the
    word right after it is."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return None
    after = doc[prep.i + 1]
    return after if not quoted[after.i] and is_platform(after) else None


def _posted_at(cue: Token, best: Occasion) -> Occasion | None:
    """ "… poked at Trump during the Monday night debate, tweeting, “…”", "During the debate,
    Dean tweeted: “…”": a reporting verb that names a post is the medium of the words; the
    event named with it is when they were posted, not where they were said."""
    verb_word = _lemma(cue)
    if words.VERB_TYPES.get(verb_word) is not OccasionType.SOCIAL_POST:
        return None
    if best.type not in _IN_PERSON:
        return None
    noun = words.VERB_NOUNS.get(verb_word)
    return Occasion(OccasionType.SOCIAL_POST, noun, None, best.date, cue.idx, cue.idx + len(cue))


def _best(candidates: Sequence[_Found]) -> Occasion:
    """The occasion the strongest candidate names. Telling reporters or an outlet at an
    event makes the event the place, not the occasion: "told reporters Friday at a
    convention of journalists in Washington" is press."""
    if not candidates:
        return Occasion()
    best = min(candidates, key=lambda f: f.rank)
    told = [
        f
        for f in candidates
        if f.rank == 1
        and f.occasion.type in (OccasionType.PRESS, OccasionType.INTERVIEW)
        and f.telling
    ]
    if (
        told
        and best.rank == 0
        and best.occasion.type
        in (
            OccasionType.SPEECH,
            OccasionType.MEETING,
        )
    ):
        venue = best.occasion
        audience = told[0].occasion
        text = audience.text if venue.text is None else f"{audience.text} at {venue.text}"
        return dataclasses.replace(
            audience,
            text=text,
            place=audience.place or venue.place,
            date=audience.date or venue.date,
            start=min(s for s in (audience.start, venue.start) if s is not None),
            end=max(e for e in (audience.end, venue.end) if e is not None),
        )
    return best.occasion


def _framing_place(verbs: Sequence[Token], quoted: Sequence[bool]) -> Occasion | None:
    for verb in verbs[1:]:
        if _lemma(verb) not in ("speak", "talk", "address", "appear") or verb.tag_ != "VBG":
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                obj = _pobj(child)
                place = _place_of(obj, quoted, child.lower_) if obj is not None else None
                if obj is not None and place is not None:
                    start, end = _span_of([verb, obj])
                    return Occasion(
                        None, f"{verb.text} {child.text} {place}", place, None, start, end
                    )
    return None


_EVENT_PRESS = frozenset({"reporter", "journalist", "medium", "media", "press"})


def _tells_the_event(verb: Token, quoted: Sequence[bool], *, later: bool = True) -> bool:
    """ "told reporters after the meeting", "said at the hearing", "in his post-match press
    conference": the words place themselves at the event the story is about. ``later``
    false: only words said at or during it count, not after ("in a statement issued after
    the hearing" was written some time after, on no day the text gives)."""
    doc = verb.doc
    # "told reporters in the clubhouse afterward": the reporters who were at the story's
    # event; "told advisers afterward" may follow any event the story recalls.
    if any(
        c.dep_ == "advmod" and c.lower_ in ("afterward", "afterwards") for c in verb.children
    ) and any(
        c.dep_ in ("dobj", "dative", "pobj") and _lemma(c) in _EVENT_PRESS for c in verb.children
    ):
        return True
    for tok in verb.subtree:
        if quoted[tok.i]:
            continue
        if tok.lower_.startswith(("post-", "pre-")) and tok.lower_.split("-", 1)[1] in (
            words.EVENT_HEADS
        ):
            return True
        if (
            tok.lower_ in ("post", "pre")
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].text == "-"
            and doc[tok.i + 2].lower_ in words.EVENT_HEADS
        ):
            return True  # "post-match", as the tokenizer splits it
        if quoted[tok.i] or tok.pos_ != "NOUN":
            continue
        if _lemma(tok) not in words.EVENT_HEADS and tok.lower_ not in words.EVENT_HEADS:
            continue  # "talks" is the event, "talk" its lemma
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in _AROUND_PREPS:
            continue
        if not later and prep.lower_ in LATER_PREPS:
            continue
        if not any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE)
            # "said at his press conference": the speaker's own, of the story's event
            or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in tok.children
        ):
            continue
        node = prep
        while node.i != verb.i and node.dep_ not in ("ccomp", "relcl", "advcl", "xcomp"):
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _asker_occasion(verb: Token, quoted: Sequence[bool]) -> _Found | None:
    """ "when asked by reporters", "asked about it by CNN's Jake Tapper", "in response to a
    question from a voter", "answering questions from lawmakers": the asker makes the
    occasion."""
    askers: list[tuple[Token, Token]] = []  # (asker, first word of the phrase)
    for tok in verb.subtree:
        if quoted[tok.i] or tok.dep_ != "pobj" or tok.head.dep_ not in ("agent", "prep"):
            continue
        by = tok.head
        # "contacted by the Ledger", "when approached by County Cricket Weekly": the asker
        # who sought the words out, as "asked by" names one.
        asked = by.lower_ == "by" and _lemma(by.head) in words.ASKING_VERBS
        questioned = by.lower_ in ("from", "by") and _lemma(by.head) in ("question", "questions")
        if asked or questioned:
            askers.append((tok, by.head))
    for asker, first in askers:
        word = _lemma(asker)
        kind = words.ASKER_TYPES.get(asker.lower_) or words.ASKER_TYPES.get(word)
        if kind is None and is_outlet(asker):
            kind = OccasionType.INTERVIEW
        if kind is None:
            continue
        phrase = _phrase(asker, quoted, keep_det=True)
        if phrase is None:
            continue
        text, begin, end, date = phrase
        # up to the asker's phrase, not the asker: "Asked by presenter Nick Rowland" once
        lead = doc_text(verb.doc, first.idx, min(begin, asker.idx)).strip()
        return _Found(
            1,
            Occasion(
                kind,
                f"{lead} {text}".strip(),
                None,
                date,
                first.idx,
                end,
                kind in words.SHARED_TYPES,
                asked=True,
            ),
        )
    return None


def _modifiers(verb: Token) -> list[Token]:
    """A verb's children, and the prepositions the parse hung on its date ("Wednesday on
    Fox News Channel's “Fox & Friends,” McCaul discussed …")."""
    out = list(verb.children)
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
            out.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ != "of")
        when = _pobj(child) if child.dep_ == "prep" else None
        if when is not None and when.ent_type_ in ("DATE", "TIME"):
            # "said just after midnight on CNN": the medium, hung on the hour
            out.extend(c for c in when.children if c.dep_ == "prep" and c.lower_ == "on")
        if child.dep_ == "prep" and child.lower_ == "about" and _lemma(verb) == "ask":
            # "Asked about the plan at a news conference, Ford said": the parse hangs where
            # the question was put on what it was about.
            topic = _pobj(child)
            if topic is not None:
                out.extend(
                    c for c in topic.children if c.dep_ == "prep" and c.lower_ in ("at", "during")
                )
        if child.dep_ == "advmod" and child.lower_ in _PLACE_ADVERBS:
            # "Here in Columbia, Sanders said …", "back in Leeds": the place the adverb points at.
            out.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in ("in", "at"))
    return out


_PLACE_ADVERBS = frozenset("here there back".split())


def _outlet_report(outlet: Token, quoted: Sequence[bool]) -> _Found | None:
    phrase = _phrase(outlet, quoted)
    if phrase is None:
        return None
    text, start, end, date = phrase
    return _Found(1, Occasion(OccasionType.DOCUMENT, f"{text} report", None, date, start, end))


def _stage_occasion(verb: Token, obj: Token, quoted: Sequence[bool]) -> _Found | None:
    """ "took the stage", "took the podium": a speech."""
    if _lemma(verb) != "take" or _lemma(obj) not in words.STAGE_NOUNS:
        return None
    start, end = _span_of([verb, obj])
    return _Found(0, Occasion(OccasionType.SPEECH, None, None, None, start, end))


def subject_occasion(subject: Token, quoted: Sequence[bool]) -> Occasion:
    """The occasion a speaking document names: "according to *the report*", "*the letter*
    reads"."""
    kind, weak = noun_type(subject)
    if kind is None or weak:
        return Occasion()
    found = _noun_occasion(subject, quoted)
    return found.occasion if found is not None else Occasion()


def host_occasion(mention: Span, quoted: Sequence[bool]) -> Occasion:
    """ "MSNBC host Chris Matthews said", "talk radio host Rush Limbaugh": a broadcaster's
    host speaks on the show, when nothing else is said of the occasion. "Kestrel's official
    account replied": an account's words are a post."""
    root = mention.root
    if any(t.lower_ in ("percent", "per", "%") for t in mention if not quoted[t.i]):
        # "75 percent of Democrats said yes": a share of those asked, the words a poll's
        start, end = mention.start_char, mention.end_char
        return Occasion(OccasionType.DOCUMENT, "poll", None, None, start, end)
    if _lemma(root) in words.ACCOUNT_NOUNS and root.pos_ == "NOUN" and not quoted[root.i]:
        start, end = mention.start_char, mention.end_char
        return Occasion(OccasionType.SOCIAL_POST, f"post by {mention.text}", None, None, start, end)
    # The mention may be the name alone: its title ("MSNBC host") is in the name's phrase.
    phrase = sorted(
        {t.i: t for t in [*mention, *(t for c in root.lefts for t in c.subtree)]}.values(),
        key=lambda t: t.i,
    )
    for tok in phrase:
        if quoted[tok.i] or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _lemma(tok) not in words.HOST_NOUNS:
            continue
        before = [t for t in phrase if t.i < tok.i and not quoted[t.i]]
        if any(t.lower_ in words.BROADCAST_WORDS for t in before):
            start, end = _span_of([*before, tok])
            text = doc_text(mention.doc, start, end)
            return Occasion(OccasionType.BROADCAST, text, None, None, start, end)
    return Occasion()


def frame_occasion(
    frame: Sequence[Token], quoted: Sequence[bool], cue: Token | None = None
) -> Occasion:
    """The occasion in the words right after a quote ("… “blackmail” in a statement on
    Wednesday.", "said James Lewis, an expert at CSIS, via email"), for when the parse hung
    those words on the quote or on the speaker instead of the verb; never inside a clause of
    its own ("…,” Trump said, referring to the Sept. 16 debate")."""
    if cue is not None and not is_cue_word(cue):
        # A parse that lost the reporting verb ("…,” Tulsa police Chief Chuck Jordan said
        # Monday", "Tulsa" taken for a verb and the cue): the frame's reporting verb is it.
        cue = next((t for t in frame if t.pos_ == "VERB" and is_cue_word(t)), cue)
    occasion = Occasion()
    for tok in frame:
        if not _in_frame_clause(tok, quoted, cue):
            continue
        if not occasion.named and tok.dep_ == "prep" and tok.lower_ in OCCASION_PREPS:
            obj = _pobj(tok)
            if obj is not None and not quoted[obj.i]:
                found = _noun_occasion(obj, quoted)
                if found is not None:
                    occasion = found.occasion.filled_from(occasion)
        if occasion.date is None:
            ent = _date_entity(tok)
            if ent is not None and tok.i == ent.start:
                occasion = occasion.with_date(date_phrase(ent))
    return occasion


def _in_frame_clause(tok: Token, quoted: Sequence[bool], cue: Token | None) -> bool:
    """Whether the way from a token up to the quote or the cue meets no other verb."""
    node = tok
    for _ in range(8):
        if quoted[node.i] or (cue is not None and node.i == cue.i):
            return True
        if node.head.i == node.i:
            return True
        node = node.head
        if node.pos_ in ("VERB", "AUX") and not quoted[node.i] and (cue is None or node.i != cue.i):
            return False
    return False
