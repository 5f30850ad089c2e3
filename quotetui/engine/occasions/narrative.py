"""Occasions the article names outside its quotes' attributions ("Clinton stretched the truth during
Saturday's debate", "In a letter released Monday, Sanders rips …", "Trump told reporters on
Monday that …"), with the one each is about, and the day and place the story's lead gives its
news."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

# spacy.symbols is compiled (Cython) and ships no type stubs.
from spacy.symbols import NOUN, PROPN, VERB  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from quotetui.dates import dates_a_time, names_a_day
from quotetui.engine import mechanisms as words
from quotetui.engine.lexicon import SAID_NOUNS
from quotetui.engine.occasions.clause import (
    _ELSEWHEN,
    LATER_PREPS,
    OCCASION_PREPS,
    _aired_on,
    _audience_occasion,
    _modifiers,
    _objects,
    _prep_occasion,
    _shared_on_platform,
    _stage_occasion,
    _tells_the_event,
)
from quotetui.engine.occasions.date_phrases import (
    DatePhrase,
    _date_entity,
    _date_of_clause,
    _modifies_other_noun,
    date_phrase,
    meanwhile,
)
from quotetui.engine.occasions.nouns import _VAGUE_NOUNS, _audience_in, _noun_occasion
from quotetui.engine.occasions.occasion_types import (
    _IN_PERSON,
    _phrase_words,
    is_broadcast,
    is_outlet,
    noun_type,
)
from quotetui.engine.occasions.parse import _anchor_verb, _lemma, _pobj, doc_text
from quotetui.engine.occasions.places import PLACE_PREPS, _lead_place, _place_of, remote
from quotetui.engine.occasions.records import Mention, Occasion, _Found
from quotetui.engine.syntax import DASHES, ents_of, is_cue_word, tokens_among
from quotetui.model import OccasionType

_EARLIER = frozenset("earlier previous prior former last first".split())
# "the first debate": one of a series, told as before the story only without a day of its own
# ("during the first presidential debate Monday night" is the story's event).
_ORDINALS = frozenset({"first"})


def narrative_mentions(
    doc: Doc,
    quoted: Sequence[bool],
    token_paragraph: Sequence[int],
    cue_verbs: set[int],
    subject_of: Callable[[Token], Token | None],
    tokens: Sequence[Token] | None = None,
    *,
    published: str | None = None,
) -> list[Mention]:
    """Occasions the article names outside its quotes' attributions, in reading order: an
    occasion phrase ("during Saturday's debate", "In a letter released Monday, Sanders …",
    "her prime-time speech"), a telling ("Trump told reporters on Monday that …") or a date
    on what someone did ("On Sunday, Trump went on the offensive"). What is still to come
    ("will speak at the convention on Thursday", "the next debate") is no occasion yet.
    ``tokens``: the Doc's tokens when the caller has them (spaCy makes new ones on each
    iteration); ``published``: the article's publication date, when known."""
    out: list[Mention] = []
    seen_dates: set[int] = set()
    covered: list[tuple[int, int]] = []  # the words of a telling found from its verb
    tokens = list(doc) if tokens is None else tokens
    # Only nouns and verbs can name an occasion: the rest of the article is left unread.
    for i in tokens_among(doc, (NOUN, PROPN, VERB)):
        tok = tokens[i]
        if quoted[tok.i]:
            continue
        pos = tok.pos_
        if pos not in ("NOUN", "PROPN", "VERB"):
            continue
        if pos == "VERB":
            mention = _verb_mention(tok, quoted, token_paragraph, cue_verbs, subject_of)
            if mention is None:
                mention = _said_at(tok, quoted, token_paragraph, cue_verbs, subject_of)
            if mention is not None:
                out.append(mention)
                if mention.occasion.date is not None:
                    seen_dates.add(mention.occasion.date.start)
                told = mention.occasion
                if told.start is not None and told.end is not None:
                    covered.append((told.start, told.end))
            continue
        if tok.dep_ == "compound":
            continue
        hosting = _host_of_a_show(tok, quoted, token_paragraph)
        if hosting is not None:
            out.append(hosting)
            continue
        if any(start <= tok.idx < end for start, end in covered):
            continue  # "Sitting down with MSNBC's “The Rachel Maddow Show”": the sitting's
        found = _noun_occasion(tok, quoted)
        if found is None or found.occasion.type is None:
            continue
        anchor = _anchor_verb(tok)
        if anchor is not None and anchor.i in cue_verbs:
            continue  # the attribution of a quote: that quote's own occasion
        aired = _aired_in_report(tok, anchor, found, cue_verbs)
        if aired is not None:
            # "Cruz argued that … Rubio is elected on Wednesday's “Sean Hannity Show.”": the
            # show the sentence ends on is where the one reporting spoke, wherever the parse
            # hung it in what they said (no one is elected on a show).
            occasion = found.occasion
            if occasion.date is None:
                occasion = occasion.with_date(_sentence_day(tok, quoted))
            if occasion.date is not None:
                seen_dates.add(occasion.date.start)
            out.append(Mention(occasion, tok.i, token_paragraph[tok.i], aired.i, subject_of(aired)))
            continue
        if anchor is not None and _said_of(anchor, cue_verbs):
            continue  # "He said the company was in talks … a “fairer” system": what was said
        role = _narrative_role(tok, anchor, found, quoted)
        if _still_to_come(tok, anchor):
            continue
        if role is None or _lemma(tok) in words.RESULT_NOUNS:
            dated = _event_date(tok, anchor, found.occasion, token_paragraph)
            if dated is not None and dated.occasion.date is not None:
                out.append(dated)
                seen_dates.add(dated.occasion.date.start)
            continue
        occasion = found.occasion
        if (
            anchor is not None
            and role == "done"
            and occasion.definite
            and occasion.type in _IN_PERSON | {OccasionType.PRESS}
            and _tells_the_event(anchor, quoted)
        ):
            # "Speaking at the opening ceremony, director Helena Marsh thanked …": the event
            # the story's lead tells, as "said at the hearing" is for a quote's own words.
            occasion = dataclasses.replace(occasion, refers_back=True)
        if occasion.date is None and anchor is not None and role != "owned":
            occasion = occasion.with_date(
                _date_of_clause(anchor, quoted) or _sentence_day(tok, quoted)
            )
        if (
            occasion.place is None
            and anchor is not None
            and role == "done"
            and tok.dep_ == "dobj"
            and occasion.type in _IN_PERSON | {OccasionType.PRESS}
            and not remote(occasion)
        ):
            # "held a rally in Tampa on Monday", "gave a speech at the Capitol": the place on
            # the verb of making the event is the event's, as its day is.
            occasion = dataclasses.replace(occasion, place=_verb_place(anchor, quoted, occasion))
        actor = _owner(tok) if role == "owned" else None
        if actor is not None and actor.lower_ == "their" and anchor is not None:
            actor = _own_subject(anchor) or actor  # "Ford and Hale … in their appearances"
        if actor is not None and actor.pos_ == "PRON" and anchor is not None:
            # "Reading a summary of her ruling on Thursday, Mrs Justice Hart said …": the
            # pronoun is of the one the sentence names next, the doer of the reading.
            doer = subject_of(anchor)
            if doer is not None and doer.i > actor.i and doer.sent.start == actor.sent.start:
                actor = doer
        if actor is None and role == "done" and anchor is not None:
            actor = subject_of(anchor)
        if occasion.date is not None:
            seen_dates.add(occasion.date.start)
        vague = noun_type(tok)[1] and _audience_in(tok, quoted) is None
        has_day = occasion.date is not None and names_a_day(occasion.date.text)
        earlier = any(
            c.dep_ == "amod" and c.lower_ in _EARLIER and not (has_day and c.lower_ in _ORDINALS)
            for c in tok.children
        )
        generic = tok.tag_ in ("NNS", "NNPS") or occasion.type is OccasionType.OTHER
        out.append(
            Mention(
                occasion,
                tok.i,
                token_paragraph[tok.i],
                anchor.i if anchor else tok.i,
                actor,
                vague,
                earlier,
                generic,
            )
        )
    # Dates on what a person did, not yet part of an occasion named above.
    for ent in ents_of(doc):
        if ent.label_ not in ("DATE", "TIME") or quoted[ent.start]:
            continue
        if _date_entity(ent.root) is None:
            continue
        phrase = date_phrase(ent)
        if phrase.start in seen_dates:
            continue
        verb = _anchor_verb(ent.root)
        if verb is None or verb.i in cue_verbs or not _adverbial(ent, verb):
            continue
        if _still_to_come(ent.root, verb):
            continue
        if verb.dep_ == "relcl":
            # "Sorensen, who reached the quarter-finals of the French Open this month, had
            # dropped only one set": what the clause tells of someone is another deed, told
            # to say who they are, not the moment the story is at.
            continue
        if meanwhile(verb) and verb.head.pos_ == "VERB":
            verb = verb.head  # "As he shook hands … Sunday, Sanders reiterated": his deed's day
        actor = _own_subject(verb)
        if actor is None or actor.pos_ not in ("PROPN", "PRON", "NOUN") or quoted[actor.i]:
            continue
        if token_paragraph[actor.i] != token_paragraph[ent.start]:
            continue  # a title run into a metadata line by the parse
        out.append(
            Mention(
                Occasion(date=phrase),
                ent.start,
                token_paragraph[ent.start],
                verb.i,
                actor,
                issued=words.ISSUED_NOUNS.get(_lemma(verb)),
            )
        )
    # "Bolton and Gorka both denounced … in their appearances Thursday": each of them.
    out.extend(dataclasses.replace(m, actor=c) for m in list(out) for c in _conjuncts(m.actor))
    out.sort(key=lambda m: m.position)
    year = _year_of(published)
    if year is not None:
        out = [dataclasses.replace(m, story_year=year) for m in out]
    return out


def _year_of(published: str | None) -> int | None:
    match = re.match(r"(\d{4})-", published or "")
    return int(match.group(1)) if match else None


def _conjuncts(token: Token | None) -> list[Token]:
    """The others a subject is coordinated with ("Bolton and Gorka")."""
    found: list[Token] = []
    todo = [token] if token is not None else []
    while todo:
        for child in todo.pop().children:
            if (
                child.dep_ == "conj"
                and child.pos_ in ("PROPN", "NOUN")
                and len(found) < _MAX_CONJUNCTS
            ):
                found.append(child)
                todo.append(child)
    return found


def _event_date(
    noun: Token, anchor: Token | None, occasion: Occasion, token_paragraph: Sequence[int]
) -> Mention | None:
    """ "Coach Varga did not hide her frustration after Saturday's defeat": not the occasion
    of her words, but the day of what she did, and so of her words right after."""
    if anchor is None or occasion.date is None or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.head.i != anchor.i or prep.lower_ not in LATER_PREPS | {"at", "during", "before"}:
        return None
    actor = _own_subject(anchor)
    if actor is None or token_paragraph[actor.i] != token_paragraph[noun.i]:
        return None
    return Mention(Occasion(date=occasion.date), noun.i, token_paragraph[noun.i], anchor.i, actor)


def _own_subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb, or of the verb it is coordinated with or completes
    ("Trump went on the offensive", "Kasich suspended … and told …"); none for a verb without
    one (a metadata line's "Updated 13 Feb. 2026")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _adverbial(ent: Span, verb: Token) -> bool:
    """A date that says when something was done ("On Sunday, Trump went …", "addressed the
    concerns last Thursday"), not which thing ("referring to the Sept. 16 debate")."""
    root = ent.root
    if root.head.i == verb.i:
        return root.dep_ in ("npadvmod", "tmod", "advmod", "obl", "nmod", "dobj", "attr")
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    # "approved a plan on Tuesday": the parse may hang the date on the object, and "made it
    # clear to House Democrats on Wednesday" on the adjective that completes the verb.
    return prep.head.i == verb.i or (
        prep.head.head.i == verb.i
        and (
            prep.head.dep_ == "dobj"
            or (prep.head.pos_ == "ADJ" and prep.head.dep_ in ("ccomp", "oprd", "acomp"))
        )
    )


def _narrative_role(
    noun: Token, anchor: Token | None, found: _Found, quoted: Sequence[bool]
) -> str | None:
    """How an occasion noun outside every attribution names an occasion: "done" (the subject
    of its verb said something at or through it: "In a letter, Sanders rips …", "Trump gave a
    speech"), "owned" ("her prime-time speech", "the Texan's words at the debate"), "event"
    (an event several people speak at, told as such: "the debate featured …"), or None (a
    mere mention: "his message of gun control", "Trump mocked the report")."""
    weak = noun_type(noun)[1] and _audience_in(noun, quoted) is None
    if _owner(noun) is not None and (not weak or _lemma(noun) in _EVENT_NOUNS):
        return "owned"  # "her prime-time speech", "remarks by Ambassador Marek"
    if anchor is None:
        return None
    node = noun
    while node.head.i != anchor.i and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and _lemma(node) in SAID_NOUNS and _owner(node):
            return "owned"  # "The Texan's sharp words at the October 28 CNBC debate"
        if node.dep_ == "prep" and node.lower_ in LATER_PREPS and node.head.i != anchor.i:
            return None  # "In the spin room after the debate, …": a time, not the occasion
    vague = _lemma(noun) in _VAGUE_NOUNS or found.occasion.type is None
    if node.dep_ == "prep" and node.lower_ in OCCASION_PREPS and not vague:
        # "doing better in the polls" is no occasion; "In a letter, Sanders rips …" is.
        written = found.occasion.type is OccasionType.DOCUMENT
        if not written or is_cue_word(anchor) or node.i < anchor.i:
            return "done"
    if node.dep_ in ("dobj", "attr") and _lemma(anchor) in words.MAKING_VERBS:
        if anchor.dep_ == "pcomp" and anchor.head.lower_ == "for":
            return None  # "lit into Rubio for giving the same speech": a charge, not an event
        return "done"
    if (
        node.dep_ == "nsubj"
        and found.occasion.type is OccasionType.DOCUMENT
        and found.occasion.date is not None
    ):
        # "An exhaustive study being released on Tuesday … shows": a dated document that
        # speaks, as "the study says" does of its words.
        return "done"
    if found.occasion.shared and (
        # "the panel says", "the committee said": the body that speaks, not an event.
        (node.dep_ in ("nsubj", "nsubjpass") and not is_cue_word(anchor))
        or (node.dep_ == "prep" and node.lower_ in ("at", "during"))
    ):
        return "event"
    return None


# Weak nouns that still name an event when someone's: "remarks by …", "his appearance".
_EVENT_NOUNS = frozenset("remarks remark appearance".split())
_FUTURE_WORDS = frozenset("next upcoming future coming planned scheduled".split())


def _still_to_come(token: Token, anchor: Token | None) -> bool:
    """ "the next debate", "will address the convention on Thursday", "plans to testify"."""
    if any(c.lower_ in _FUTURE_WORDS for c in token.children):
        return True
    if anchor is not None and _urged_to(anchor):
        # "he urged them to vote Tuesday": the day of what others are asked to do, not of
        # the urging.
        return True
    verb = anchor
    for _ in range(3):
        if verb is None:
            return False
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_.replace("’", "'") in ("will", "'ll", "shall"):
                return True
        if _lemma(verb) in words.FUTURE_VERBS and any(_infinitive(c) for c in verb.children):
            return True  # "plans to testify", "is scheduled to speak"
        if verb.tag_ == "VBD" and verb.dep_ == "advcl":
            # "The pool will close in September after councillors voted on Tuesday night":
            # a clause in the past tense tells what was done, whatever is still to come.
            return False
        if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _urged_to(verb: Token) -> bool:
    """ "urged them to vote", "asked voters to turn out": an infinitive with an object of the
    verb above it as its doer — what someone is asked to do, still to come."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ != "VB" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)


def _infinitive(child: Token) -> bool:
    """ "to testify" under "plans" (xcomp), or with a subject of its own under "expected
    Ellery to testify" (the parse makes it a ccomp)."""
    if child.dep_ == "xcomp":
        return True
    return child.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children
    )


def _aired_in_report(
    noun: Token, anchor: Token | None, found: _Found, cue_verbs: set[int]
) -> Token | None:
    """The reporting verb of the sentence a named show ends ("X argued that … Rubio is
    elected on Wednesday's “Sean Hannity Show.”", "… on Friday's “PBS NewsHour.”"): a show
    is the medium of the reporting, wherever the parse hung it in what was reported, unless
    a verb of appearing or speaking holds it ("Trump appeared on Fox News")."""
    occasion = found.occasion
    if occasion.type is not OccasionType.BROADCAST or occasion.text is None:
        return None
    if anchor is not None and (is_cue_word(anchor) or _lemma(anchor) in _ON_AIR_VERBS):
        return None
    if not _after_on(noun):
        return None
    # The reporting verb before it in its sentence (the parse may end a sentence at the
    # show's opening mark, so the sentence is read back to its full stop).
    doc = noun.doc
    cue = None
    for i in range(noun.i - 1, max(-1, noun.i - _SENTENCE_REACH), -1):
        tok = doc[i]
        if tok.text in (".", "!", "?") or "\n" in tok.text:
            break
        if i in cue_verbs and is_cue_word(tok):
            cue = tok
    return cue


def _after_on(noun: Token) -> bool:
    """ "on Friday's “PBS NewsHour”", "on “Fox News Sunday”": the words before the show's
    name, past its day and quotation marks, are "on"."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and doc[i].dep_ == "compound" and doc[i].head.i > i:
        i -= 1  # the show's name: "Lou Brant" of "Lou Brant Show"
    for _ in range(_ON_REACH):
        if i < 0:
            return False
        tok = doc[i]
        if tok.lower_ == "on":
            return True
        if not (tok.is_punct or tok.tag_ == "POS" or tok.ent_type_ in ("DATE", "TIME")):
            return tok.dep_ == "case" and tok.head.ent_type_ in ("DATE", "TIME")
        i -= 1
    return False


# Verbs whose subject is the one on the air ("appeared on", "spoke on"), and how many words
# (a day, its "'s", quotation marks) may stand between "on" and the show's name.
_ON_AIR_VERBS = frozenset("appear air broadcast speak talk interview host".split())
_ON_REACH = 5
# Words back from a show's name within which the reporting verb of its sentence is sought.
_SENTENCE_REACH = 80


def _said_of(verb: Token, cue_verbs: set[int]) -> bool:
    """Whether a clause is what a quote's reporting verb, or a telling without a quote of its
    own, tells was said ("Kerry said the annual talks remained “one of the best
    opportunities”", "One of them said the offer had been “rejected” in informal talks"): an
    event named in it is what the words are about, not where they were said, nor an account
    later quotes are in."""
    node = verb
    content = False  # the path passed a clause that is what a verb tells
    for _ in range(4):
        if node.dep_ not in ("ccomp", "conj") or node.head is node:
            return False
        content = content or node.dep_ == "ccomp"
        node = node.head
        if not is_cue_word(node) or node.i > verb.i:
            continue
        if node.i in cue_verbs or content:
            # "Harbottle told the Post on Wednesday that the company could fund its £3.2bn
            # clean-up programme": what a telling reports, quoted or not, is what was said;
            # the telling is the occasion (not "blasted Rubio and defended Cruz in an
            # interview": the verbs side by side both tell it).
            return True
    return False


_SAYING_VERBS = frozenset({"say", "tell", "speak", "talk"})


def _verb_mention(
    verb: Token,
    quoted: Sequence[bool],
    token_paragraph: Sequence[int],
    cue_verbs: set[int],
    subject_of: Callable[[Token], Token | None],
) -> Mention | None:
    """ "Trump told reporters on Monday that …", "Fallon responded on Twitter", "Trump
    tweeted on Friday": a telling, a medium or a verb that names its medium."""
    asked = _asked_by_an_outlet(verb, quoted, token_paragraph, subject_of)
    if asked is not None:
        return asked
    if verb.i in cue_verbs or _still_to_come(verb, verb):
        return None  # "she expected Ellery to testify in June": no occasion yet
    word = _lemma(verb)
    found: _Found | None = None
    told = False
    for child in _modifiers(verb):
        if quoted[child.i]:
            continue
        if child.dep_ in ("dative", "dobj") and word in words.TELLING_VERBS:
            objs = _objects(verb, quoted)
            if objs:
                found = _audience_occasion(verb, objs, quoted)
                told = found is not None and word == "tell"
        elif child.dep_ == "prep" and (
            child.lower_ in ("on", "to", "via", "before", "with")
            # "Cho said after the meeting that …": to the reporters waiting there, as "“…,”
            # Cho said after the meeting" is (a telling's "after", not a deed's)
            or (child.lower_ in LATER_PREPS and word in _SAYING_VERBS)
        ):
            obj = _pobj(child)
            if obj is not None and not quoted[obj.i]:
                candidate = _prep_occasion(verb, child, obj, quoted)
                if candidate is not None and not _is_noun_led(candidate, obj):
                    found = candidate
        if found is not None:
            break
    if found is None and word == "take":
        for child in verb.children:
            if child.dep_ == "dobj":
                found = _stage_occasion(verb, child, quoted)
            elif child.dep_ == "prep" and child.lower_ == "to":
                obj = _pobj(child)
                if obj is not None:
                    found = _stage_occasion(verb, obj, quoted)
            if found is not None:
                break
    if found is None:
        # "Sorensen announced the extension on Instagram last week. “…,” she wrote."
        for child in verb.children:
            if child.dep_ == "dobj" and not quoted[child.i]:
                found = _shared_on_platform(verb, child, quoted)
                break
    if found is None and word in words.VERB_TYPES and word != "write":
        found = _Found(
            3,
            Occasion(
                words.VERB_TYPES[word],
                words.VERB_NOUNS.get(word),
                None,
                None,
                verb.idx,
                verb.idx + len(verb),
                head=words.VERB_NOUNS.get(word),
            ),
        )
    if found is None:
        return None
    occasion = found.occasion
    told_to = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    told_to += [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    if occasion.type is OccasionType.INTERVIEW and _aired_on(verb, quoted, told_to):
        # "spoke to Breitbart News Saturday on Sirius XM Patriot Channel 125": the telling
        # went out on the air, as "said on Fox News" does
        occasion = dataclasses.replace(occasion, type=OccasionType.BROADCAST)
    if (
        occasion.type in _IN_PERSON | {OccasionType.PRESS}
        and not _told_before(verb)
        and _tells_the_event(verb, quoted)
    ):
        # "Kamau told reporters after the talks that …": the telling places itself at the
        # event the story tells, as "“…,” Kamau told reporters after the talks" does
        # (docs/OCCASION-RULINGS.md, 1); the quotes that go on from it are of its day.
        occasion = dataclasses.replace(occasion, refers_back=True)
    if occasion.date is None:
        occasion = occasion.with_date(_date_of_clause(verb, quoted))
    if occasion.place is None:
        occasion = dataclasses.replace(occasion, place=_verb_place(verb, quoted, occasion))
    actor = subject_of(verb) or _own_subject(verb)
    return Mention(
        occasion,
        verb.i,
        token_paragraph[verb.i],
        verb.i,
        actor,
        earlier=_told_before(verb),
        told=told,
    )


def _asked_by_an_outlet(
    verb: Token,
    quoted: Sequence[bool],
    token_paragraph: Sequence[int],
    subject_of: Callable[[Token], Token | None],
) -> Mention | None:
    """ "New Hampshire Public Radio asked Clinton Friday how …": an outlet putting questions
    to someone is an interview of them; their answers that follow are given in it. The one
    it is about is the one asked, whether or not the question is itself quoted (so also when
    the verb is a quote's cue)."""
    if _lemma(verb) != "ask" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    outlet = subject_of(verb) or _own_subject(verb)
    if outlet is None or quoted[outlet.i] or outlet.pos_ != "PROPN" or not is_outlet(outlet):
        return None
    person = next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and not quoted[c.i]), None
    )
    if person is None or person.pos_ != "PROPN" or person.ent_type_ not in ("PERSON", ""):
        return None
    start = outlet.left_edge.idx
    end = outlet.idx + len(outlet)
    text = f"questions from {doc_text(verb.doc, start, end)}"
    occasion = Occasion(
        OccasionType.INTERVIEW, text, None, _date_of_clause(verb, quoted), start, end
    )
    return Mention(occasion, verb.i, token_paragraph[verb.i], verb.i, person)


def _host_of_a_show(
    noun: Token, quoted: Sequence[bool], token_paragraph: Sequence[int]
) -> Mention | None:
    """ "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested …": a host's words, with
    nothing else said of where, go out on the show, as "MSNBC host Chris Matthews said" does
    (``host_occasion``)."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in words.HOST_NOUNS or quoted[noun.i]:
        return None
    person = noun.head
    if noun.dep_ != "appos" or person.ent_type_ != "PERSON":
        return None
    for prep in noun.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        if obj is None or not is_broadcast(obj, quoted):
            continue
        # The show's title may be set off after the broadcaster, in marks of its own.
        last = obj.right_edge.i
        doc = noun.doc
        while last + 1 < len(doc) and doc[last + 1].i != person.head.i:
            nxt = doc[last + 1]
            if nxt.text == "," and not quoted[nxt.i]:
                break
            last += 1
        start = doc[obj.left_edge.i].idx
        end = doc[last].idx + len(doc[last])
        text = doc_text(doc, start, end).replace(",”", "”").replace(',"', '"')
        text = text.rstrip(", ")
        if text.count("“") > text.count("”"):
            text += "”"  # the comma before the closing mark ended the scan
        occasion = Occasion(OccasionType.BROADCAST, text, None, None, start, end)
        return Mention(occasion, noun.i, token_paragraph[noun.i], noun.i, person)
    return None


def _verb_place(verb: Token, quoted: Sequence[bool], occasion: Occasion) -> str | None:
    """Where a telling was done, in a phrase on its verb: "Speaking to reporters in
    Westminster afterwards, Tozer said she would …" (not the phrase that names the occasion
    itself: "said on stage")."""
    own = (occasion.start, occasion.end)
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS or quoted[child.i]:
            continue
        if own[0] is not None and own[1] is not None and own[0] <= child.idx < own[1]:
            continue
        obj = _pobj(child)
        if obj is not None and not quoted[obj.i]:
            place = _place_of(obj, quoted, child.lower_)
            if place is not None:
                return place
    return None


def _said_at(
    verb: Token,
    quoted: Sequence[bool],
    token_paragraph: Sequence[int],
    cue_verbs: set[int],
    subject_of: Callable[[Token], Token | None],
) -> Mention | None:
    """ "In the coal town of Scranton, the vice president said Clinton was …": where
    someone spoke, told outside any quote's attribution — where their words around it were
    said too."""
    if verb.i in cue_verbs or not is_cue_word(verb) or _still_to_come(verb, verb):
        return None
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "at") or quoted[child.i]:
            continue
        obj = _pobj(child)
        if obj is None or obj.ent_type_ in ("DATE", "TIME"):
            continue
        place = _place_of(obj, quoted, child.lower_)
        if place is None:
            continue
        actor = subject_of(verb) or _own_subject(verb)
        occasion = Occasion(place=place, date=_date_of_clause(verb, quoted))
        return Mention(
            occasion, verb.i, token_paragraph[verb.i], verb.i, actor, earlier=_told_before(verb)
        )
    return None


def _told_before(verb: Token) -> bool:
    """ "Shah had told the Stroud News", "Earlier in the week, she told …": an account of
    before the story's day, which the quotes around it do not continue."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("had", "'d"):
            return True
        if child.dep_ in ("advmod", "npadvmod", "prep") and child.lower_ in _ELSEWHEN:
            return True
    return False


def _sentence_day(token: Token, quoted: Sequence[bool]) -> DatePhrase | None:
    """The one day a sentence names, for an event it tells that the parse left without it
    ("clashed at a hustings organised by … at the Subscription Rooms on Thursday evening");
    none when the sentence names two days or the day is still to come."""
    found: dict[str, DatePhrase] = {}
    for tok in token.sent:
        if quoted[tok.i] or tok.ent_iob_ != "B":
            continue
        ent = _date_entity(tok)
        if ent is None or _modifies_other_noun(ent):
            continue
        phrase = date_phrase(ent)
        if not names_a_day(phrase.text) or not dates_a_time(phrase.text):
            continue
        if _still_to_come(ent.root, _anchor_verb(ent.root)):
            return None
        found.setdefault(phrase.key, phrase)
    return next(iter(found.values())) if len(found) == 1 else None


def _is_noun_led(found: _Found, obj: Token) -> bool:
    # An occasion noun under the preposition is found from the noun itself.
    return noun_type(obj)[0] is not None and found.rank == 0


def actor_of(token: Token | None, sent_start: Sequence[int] | None = None) -> Token | None:
    """The one a mention is about: "his remarks were translated" is about "his".
    ``sent_start``: each token's sentence start (syntax.sentence_bounds), when the caller
    has them."""
    if token is not None and token.pos_ in ("NOUN", "PROPN") and noun_type(token)[0] is not None:
        return _owner(token)
    return _named_apposition(_past_dateline(token, sent_start))


def _named_apposition(token: Token | None) -> Token | None:
    """ "The housing minister, Priya Shah, defended …", "The founder of the festival, Gwen
    Harper, announced …": the person a role noun is named as."""
    if token is None or token.pos_ != "NOUN":
        return token
    heads = [token] + [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for head in heads:
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i > token.i:
                return child
    return token


def _past_dateline(token: Token | None, sent_start: Sequence[int] | None) -> Token | None:
    """ "SEOUL (Reuters) - South Korea's president on Tuesday urged …": the parse makes the
    dateline the subject and the one the lead is about its apposition after the dash."""
    if token is None:
        return token
    start = sent_start[token.i] if sent_start is not None else token.sent.start
    if token.left_edge.i != start:
        return token
    dashes = [c.i for c in token.children if c.dep_ == "punct" and c.text in DASHES]
    if not dashes:
        return token
    after = [c for c in token.children if c.dep_ == "appos" and c.i > dashes[0]]
    return after[0] if after else token


def _owner(noun: Token) -> Token | None:
    """ "her speech", "Obama's address", "a speech by the president"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PRON", "PROPN", "NOUN"):
            if child.ent_type_ in ("DATE", "TIME"):
                continue  # "Saturday's defeat": when, not whose
            if child.pos_ == "PROPN" and _phrase_words(child) & words.BROADCAST_WORDS:
                # "was speaking on BBC Radio 4's Today programme": the station airs the
                # show; whose words went out on it the verb's subject tells
                continue
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            obj = _pobj(child)
            if obj is not None and obj.pos_ in ("PROPN", "PRON"):
                return obj
    return None


def story_lead(
    doc: Doc, quoted: Sequence[bool], token_paragraph: Sequence[int]
) -> tuple[DatePhrase | None, str | None]:
    """The day the story's lead gives its news ("Councillors approved the plan on Tuesday",
    "won the cup … at Castle Park on Saturday") and the place named with it: the first
    phrase naming a day in the first three paragraphs (the title among them) that says when
    something was done, not what is to come or which thing ("the 2012 law")."""
    for ent in ents_of(doc):
        if ent.label_ not in ("DATE", "TIME") or quoted[ent.start]:
            continue
        if token_paragraph[ent.start] > 2:
            break
        found = _date_entity(ent[0])
        if found is None or found.start != ent.start or _modifies_other_noun(found):
            continue
        phrase = date_phrase(found)
        if not names_a_day(phrase.text) or not dates_a_time(phrase.text):
            continue
        anchor = _anchor_verb(found.root)
        if anchor is None or _still_to_come(found.root, anchor):
            continue
        sentence = found.root.sent
        place = _lead_place(sentence, quoted)
        after = doc[sentence.end].sent if sentence.end < len(doc) else None
        while after is not None and after.text.strip() == "" and after.end < len(doc):
            after = doc[after.end].sent
        if place is None and after is not None and token_paragraph[after.start] <= 2:
            # "… approved by the planning committee on Tuesday. / Councillors voted seven to
            # four after a three-hour meeting at Leeds Civic Hall": the next sentence of the
            # lead tells where the news it dated was made ("at" a venue: "He died in
            # hospital" is no place of the news).
            place = _lead_place(after, quoted, ("at",))
        return phrase, place
    return None, None


# Subjects coordinated with one ("Bolton, Gorka and …") that a mention is also about, at
# most: a bound on the walk down a long list (a roll of names is not of those who spoke
# together); no figure moves from 1 to 20.
_MAX_CONJUNCTS = 6
