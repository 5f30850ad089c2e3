"""Within one article: which person or organisation each name, pronoun and role noun means.

:class:`ArticleEntities` reads a parsed article once, in three steps, each linear in its length:

1. **Names → entities.** Every person name (NER's PERSON, and a capitalised subject of a
   reporting verb the NER missed) and every organisation name becomes a mention; mentions are
   grouped into entities. Names of two or more words join when one holds the other's words in
   order with the same family name and suffix ("Donald J. Trump" = "Donald Trump", never
   "Donald Trump Jr." nor "Melania Trump"). A one-word name ("Obama", "Hillary") joins the entity
   whose family or given name it is; when two people share it, a title ("Mr.", "Mrs.") or a
   pronoun bound to it ("Obama said he …") picks the one of matching gender, else the more
   prominent; a name no entity has ("Melanie") is an entity of its own. A surname written one
   letter off a known one ("Wines" for "Wimes") is the same person.
2. **Gender** of each person: from titles, gendered nouns said of them ("the spokeswoman",
   "his wife"), the given name (:mod:`quotetui.engine.gender`'s lexicon), and pronouns bound to
   their name in one clause ("Smith said she …" with nobody else named) — never from how this
   resolver linked a pronoun.
3. **Salience, in reading order** (after Lappin & Leass): each mention adds to its entity's
   salience by its grammatical role (subject, speaker of a reporting verb, object, possessor),
   and salience halves with every sentence. A third-person pronoun goes to the most salient
   entity that agrees with it in gender, number and animacy ("he"/"she": a person, not an
   organisation or place, not one of the other gender; "it"/"they": an organisation or group),
   and is then a mention of it; a role noun ("the senator", "the company") goes to the most
   salient entity the article gave that role. Each link keeps its margin over the runner-up,
   which the ranker and the confidence read.

:meth:`ArticleEntities.resolve` turns a speaker mention into a :class:`Speaker`. A pronoun or a
role that cannot be resolved is never written out as a name, and a name that is a pronoun, a
number, a time, a heading or holds quotation marks is no speaker (:func:`is_junk_name`).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, OrderedDict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotetui.engine import antecedents
from quotetui.engine import gender as genders
from quotetui.engine.lexicon import (
    DOCUMENT_NOUNS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    ROLE_OF_TITLE,
    SPEECH_NOUNS,
    lemma,
)
from quotetui.engine.resolution import (
    DOCUMENT,
    ORGANISATION,
    PERSON,
    UNNAMED,
    Resolution,
    ResolutionPath,
    Speaker,
)
from quotetui.engine.syntax import ents_of, is_cue_word
from quotetui.model import SpeakerKind
from quotetui.names import (
    HONORIFICS,
    TITLES,
    clean_name,
    clean_org,
    describe_nominal,
    fold,
    is_title_word,
    name_key,
    title_length,
)

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_State = OrderedDict[int, tuple[float, int, float, bool]]
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "attr", "oprd"})

# Salience weights (Lappin & Leass 1994, adapted to news: the subject of a reporting verb is
# the one a following "he said" most often means).
W_SUBJECT = 80.0
W_SPEAKER = 50.0
W_OBJECT = 40.0
W_POSSESSOR = 30.0
W_OTHER = 25.0
W_MODIFIER = 10.0
W_INSIDE_QUOTE = 0.1  # a name inside someone's quoted words is rarely what "he" means next
DECAY = 0.5  # per sentence
SAME_PARAGRAPH = 40.0  # he/she leans to a person named in its own paragraph, outside quotes
CONTINUITY = 40.0  # a sentence-opening subject pronoun leans to the last sentence's subject
PARALLEL = 20.0  # a subject pronoun leans to an entity last seen as a subject
UNKNOWN_GENDER = 15.0  # an entity whose gender nothing tells is a weaker match for he/she
OTHER_GENDER = 60.0  # a person whose given name alone tells the other gender, mostly
EPITHET_HORIZON = 3  # sentences back an epithet ("the teenager") looks for its person
EPITHET_MARGIN = 30.0  # how far that person must lead the runner-up in salience
HORIZON = 12  # sentences after which an entity is no longer a pronoun's candidate
MAX_CANDIDATES = 40  # entities a pronoun looks at, most recently mentioned first

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_SECOND = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yourself"}
)
RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})
PARTITIVES = frozenset("one some two three several many most few each either neither".split())
PRONOUNS = (
    frozenset(genders.PRONOUN_GENDER)
    | PLURAL_PRONOUNS
    | NEUTER_PRONOUNS
    | FIRST_SECOND
    | RELATIVES
    | frozenset("one someone anyone everyone nobody somebody this these those what".split())
)

# Roles that are the same role ("the nominee" is "the candidate").
ROLE_SYNONYMS = {
    "nominee": "candidate",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "legislator",
    "chairwoman": "chairman",
    "chair": "chairman",
    "advisor": "adviser",
    "organization": "organisation",
    "firm": "company",
    "justice": "judge",  # "Mrs Justice Hart" is "the judge"
}
# Organisation nouns general enough to mean the article's organisation of that kind whatever
# its name says ("the company" for "Lumora Inc.", "the club" for "Leeds United").
GENERIC_ORG_NOUNS = frozenset(
    "company firm group organisation organization club team business agency outfit".split()
)
ORG_ROLES = ORGANISATION_NOUNS | GENERIC_ORG_NOUNS


def _is_given_name(word: str) -> bool:
    """A word the first-name lexicon knows as somebody's given name."""
    return genders.share_women(word) is not None


def canonical_role(word: str) -> str:
    word = word.lower().rstrip(".")
    word = ROLE_OF_TITLE.get(word, word)
    return ROLE_SYNONYMS.get(word, word)


# --------------------------------------------------------------------------- junk names

_NUMERIC = re.compile(r"[\d\s.,:;%/$€£#+-]*\d[\d\s.,:;%/$€£#+-]*(?:[ap]\.?m\.?|percent|pct)?")
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    percent morning afternoon evening night week weekend month year
    """.split()
)


_QUANTIFIERS = frozenset(
    "other others some many several both all few most each either neither none of them".split()
)


def is_junk_name(name: str | None) -> bool:
    """A string that can never be a speaker's name: empty, a pronoun, a number, a time, a
    date, a percentage, an all-caps heading of several words, or text holding quotation marks
    or brackets."""
    return True if not name else _is_junk(name)


@functools.lru_cache(maxsize=65536)
def _is_junk(name: str) -> bool:
    text = " ".join(name.split())
    if any(c in text for c in '"“”„«»()[]{}<>') or "''" in text or "``" in text:
        return True
    # A plural possessive inside a name ("the Supporters' Trust") is no quotation mark.
    marks = re.sub(r"(?<=\ws)['’](?=\s+\w)", "", text)
    if re.search(r"(?:^|\s)['‘’]|['‘’](?:\s|$)", marks) and not re.search(r"\w['’]s$", marks):
        return True
    key = name_key(text)
    words = key.split()
    if not words:
        return True
    acronym = len(words) == 1 and len(text) > 1 and text.isalpha() and text.isupper()
    if not acronym and all(w in PRONOUNS or w in _QUANTIFIERS or w.isdigit() for w in words):
        return True  # "he", "29 others", "some of them"; but "the WHO", "the US" are bodies
    if _NUMERIC.fullmatch(text.lower()) or all(w.isdigit() or w in _TIME_WORDS for w in words):
        return True
    # "IOWA POLLS NOT NECESSARILY WRONG": a heading, not a name.
    letters = re.findall(r"[^\W\d_]+", text)
    return len(letters) >= 2 and all(w.isupper() and len(w) > 1 for w in letters)


# --------------------------------------------------------------------------- entities

_SPEAKER_KINDS: dict[str, SpeakerKind] = {PERSON: PERSON, UNNAMED: UNNAMED, DOCUMENT: DOCUMENT}


@dataclass
class Entity:
    """A person or organisation of one article, or a person it only describes ("a
    29-year-old Berlin woman"), of kind UNNAMED."""

    index: int
    kind: str  # PERSON, ORGANISATION or UNNAMED
    words: tuple[str, ...]  # name_key words of the fullest name, without a suffix
    suffix: str = ""
    forms: dict[str, float] = field(default_factory=dict)  # display forms → weighted uses
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    titles: Counter[str] = field(default_factory=Counter)  # gender votes of titles and nouns
    bound: Counter[str] = field(default_factory=Counter)  # gender votes of bound pronouns
    uses: float = 0.0
    label: str = "PERSON"  # NER label of organisations (ORG, GPE, NORP, FAC)
    _speaker: tuple[tuple[int, int], Speaker] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        # The fullest form the reporter wrote, not one seen only in a heading or a quote.
        multi = [f for f in self.forms if len(name_key(f).split()) > 1 and self.forms[f] >= 0.5]
        pool = multi or list(self.forms)
        name = max(pool, key=lambda f: (self.forms[f], len(name_key(f).split()), f))
        if self.kind == PERSON and name.isupper() and len(name) > 3:
            # "WALLACE:" in a transcript is Wallace; an organisation's "NATO" stays.
            name = name.title()
        return name

    def speaker(self) -> Speaker:
        """The entity as a speaker (the same object each time once the article is read)."""
        key = (len(self.aliases), len(self.forms))
        if self._speaker is None or self._speaker[0] != key:
            name = self.name
            kind = _SPEAKER_KINDS.get(self.kind, ORGANISATION)
            aliases = {a for a in self.aliases | {name} if not is_junk_name(a)}
            self._speaker = (key, Speaker(name, kind, aliases))
        return Speaker(self._speaker[1].name, self._speaker[1].kind, set(self._speaker[1].aliases))


@dataclass
class _Mention:
    start: int  # token range of the name, titles excluded
    end: int
    root: Token
    words: list[str]  # name_key words without the suffix
    suffix: str
    display: str
    titled: str | None  # the name with the titles written before it, an alias
    title_gender: str | None
    inside: bool
    kind: str = PERSON
    label: str = "PERSON"
    entity: int = -1
    bound_gender: str | None = None


# Speech nouns the NER runs into a name in headings ("President Obama Speech"). Only words
# nobody bears as a family name: Post, Banner, Book, Note, Paper, Review and Plan are surnames.
_NEVER_A_SURNAME = frozenset(
    "speech speeches remarks statement interview testimony tweet transcript address".split()
)


class ArticleEntities:
    """What one article tells about its people and organisations (module docstring)."""

    def __init__(
        self,
        doc: Doc,
        inside: Sequence[int],
        sent_start: Sequence[int] | None = None,
        paragraphs: Sequence[tuple[int, int]] | None = None,
        token_paragraph: Sequence[int] | None = None,
        text: str | None = None,
        tokens: Sequence[Token] | None = None,
    ):
        self.doc = doc
        self.inside = inside
        self.tokens: Sequence[Token] = list(doc) if tokens is None else tokens
        # spaCy joins the tokens anew on every ``doc.text``: read it once.
        self.text = text = doc.text if text is None else text
        # Paragraphs that are photo captions: their names are not what a pronoun means next.
        self.caption = _captions(text, paragraphs, token_paragraph, len(doc), self.tokens)
        for lo, hi in _dateline_credits(text, paragraphs, self.tokens):
            for i in range(lo, hi):
                self.caption[i] = True
        # Resolutions memoised: those that never looked at the earlier speakers by mention
        # alone; those that did, also by how many there were. Whether ``_resolve`` reads
        # ``known`` is decided before its first read, so a mention either always reads it or
        # never does, and a quote adding a speaker leaves the first kind as it was.
        self._resolved: dict[tuple[int, int, int], Resolution] = {}
        self._resolved_by_known: dict[tuple[int, int, int, int], Resolution] = {}
        self._read_known = False  # set by every read of ``known`` inside ``_resolve``
        self._issuing: set[int] = set()  # document nouns whose issuer is being looked up
        self.entities: list[Entity] = []
        self.entity_at: dict[int, int] = {}  # token index → entity, for every token of a name
        self.links: dict[int, tuple[int, float]] = {}  # pronoun/role token → (entity, margin)
        self._sentence = self._sentence_index(sent_start)
        self.sentence_of: Sequence[int] = self._sentence  # token index → sentence number
        self._root_at: dict[int, Token] = {}  # token index → root of its name mention
        self._lines = [m.start() for m in re.finditer("\n", text)]
        self._known_titles = self._article_titles()
        self.person_roles: set[str] = set()  # every role the article gave a person
        self.shared_names: set[int] = set()  # heads of bare names two namesakes could own
        self._starts: dict[int, list[int]] = {}  # entity → where its names start
        self._seen: dict[int, antecedents.Seen] = {}  # entity → how it was last mentioned
        self._paragraph: Sequence[int] = (
            token_paragraph if token_paragraph is not None else [0] * len(doc)
        )
        mentions = self._person_mentions() + self._org_mentions()
        self._cluster(mentions)
        self._salience_pass(mentions)

    # -- reading the parse ---------------------------------------------------------------------

    def _sentence_index(self, sent_start: Sequence[int] | None) -> list[int]:
        out = [0] * len(self.doc)
        k = -1
        if sent_start is not None:
            prev = -1
            for i, s in enumerate(sent_start):
                if s != prev:
                    k += 1
                    prev = s
                out[i] = k
            return out
        for k, sent in enumerate(self.doc.sents):
            for i in range(sent.start, sent.end):
                out[i] = k
        return out

    def _article_titles(self) -> set[str]:
        """Words this article writes as titles before a given name and a family name
        ("Headteacher Alison Greaves", "Coach Tony Marsh"), so that "Headteacher Greaves"
        loses its title too."""
        out: set[str] = set()
        for ent in ents_of(self.doc):
            if ent.label_ == "PERSON" and 3 <= len(ent) <= 6:
                words = [t.text for t in ent]
                for w in words[: title_length(words, _is_given_name)]:
                    if w[:1].isupper():
                        out.add(fold(w).rstrip("."))
        return out

    def _make_mention(self, start: int, end: int, kind: str, label: str) -> _Mention | None:
        doc = self.doc
        title_gender = None
        e = end
        while e > start + 1 and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s", "'")):
            e -= 1
        s = start
        if kind == PERSON:
            # Titles and descriptors written at the name's start ("Mr. Obama", "Cllr Dawn
            # Pryce", "Det Insp Kevin Marr"), and titles written just before it.
            words = [t.text for t in doc[start:e]]
            s = start + title_length(words, _is_given_name, self._known_titles)
            for i in range(start, s):
                title_gender = title_gender or genders.of_title(doc[i].lower_)
        t = start - 1
        steps = 0
        while t >= 0 and steps < 3 and is_title_word(doc[t].text, self._known_titles):
            title_gender = title_gender or genders.of_title(doc[t].lower_)
            t -= 1
            steps += 1
        span = doc[s:e]
        display = (
            clean_name(span.text, _is_given_name, self._known_titles)
            if kind == PERSON
            else clean_org(describe_nominal(span.text))
        )
        words = name_key(display).split()
        suffix = ""
        if kind == PERSON and len(words) > 1 and words[-1] in SUFFIXES:
            suffix = words.pop()
        if not words or is_junk_name(display):
            return None
        titled = None
        if kind == PERSON:
            first = t + 1
            while first < s and not doc[first].is_title:
                first += 1
            if first < s:
                titled = re.sub(r"['’]s$", "", " ".join(doc[first:e].text.split()))
        return _Mention(
            start=s,
            end=e,
            root=span.root,
            words=words,
            suffix=suffix,
            display=display,
            titled=titled,
            title_gender=title_gender if kind == PERSON else None,
            inside=self.inside[s] != -1,
            kind=kind,
            label=label,
        )

    def _person_mentions(self) -> list[_Mention]:
        doc = self.doc
        out: list[_Mention] = []
        taken: set[int] = set()
        for ent in ents_of(doc):
            if ent.label_ != "PERSON" or not _plausible_name(ent):
                continue
            end = ent.end
            if end < len(doc) and _family_name_cut_off(ent, doc[end]):
                end += 1  # "Cllr Joan" + "Ashby" the NER called an organisation
            while end - ent.start > 1 and doc[end - 1].lower_ in _NEVER_A_SURNAME:
                end -= 1  # a heading's "President Obama Speech": the name is "President Obama"
            m = self._make_mention(_name_start(ent), end, PERSON, "PERSON")
            if m is not None:
                out.append(m)
                taken.update(range(ent.start, end))
        # A given name and a family name the NER did not tag ("Carly Fiorina:").
        for tok in self.tokens:
            if (
                tok.i in taken
                or tok.ent_type_ not in ("", "NORP")
                or tok.pos_ != "PROPN"
                or not tok.is_title
                or genders.of_given_name(tok.text) is None
                or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title)
            ):
                continue
            end = tok.i + 1
            while (
                end < len(doc)
                and end - tok.i < 4
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and (
                    doc[end].ent_type_ in ("", "PERSON")
                    # "Harriet | Cole" with "Cole" alone taken for a product or a group
                    or (_entity_length(doc[end]) == 1 and doc[end].ent_type_ in _MISTAGGED)
                )
                and end not in taken
            ):
                end += 1
            if end - tok.i >= 2 and lemma(doc[end - 1]) not in ORG_ROLES:
                m = self._make_mention(tok.i, end, PERSON, "PERSON")
                if m is not None:
                    out.append(m)
                    taken.update(range(tok.i, end))
        # A capitalised subject of a reporting verb the NER did not tag ("Nega told me").
        for tok in self.tokens:
            if (
                tok.dep_ in SUBJECT_DEPS
                and tok.pos_ == "PROPN"
                and tok.ent_type_ in ("", "PERSON")
                and tok.i not in taken
                and self.inside[tok.i] == -1
                and tok.text[:1].isupper()
                and not tok.is_upper
                and is_cue_word(tok.head)
                and lemma(tok) not in ROLE_NOUNS
            ):
                start = tok.i
                while (
                    start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken
                ):
                    start -= 1
                m = self._make_mention(start, tok.i + 1, PERSON, "PERSON")
                if m is not None:
                    out.append(m)
                    taken.update(range(start, tok.i + 1))
        return out

    def _known_name_tokens(self, named: list[_Mention]) -> list[_Mention]:
        """A known person's family name where the NER tagged it otherwise or not at all
        ("Sanders continued …" tagged ORG in an article about Bernie Sanders)."""
        names = {
            w
            for e in self.entities
            if e.kind == PERSON and len(e.words) > 1
            for w in (e.words[-1],)
            if len(w) > 2
        }
        if not names:
            return []
        taken = {i for m in named for i in range(m.start, m.end)}
        out = []
        for tok in self.tokens:
            if (
                tok.i in taken
                or not tok.is_title
                or tok.pos_ not in ("PROPN", "NOUN")
                or (tok.lower_ not in names and (tok.is_ascii or name_key(tok.text) not in names))
            ):
                continue
            ent_len = _entity_length(tok)
            if ent_len > 1:
                continue  # "the Clinton Foundation": part of another name
            m = self._make_mention(tok.i, tok.i + 1, PERSON, "PERSON")
            if m is not None:
                out.append(m)
        return out

    def _org_mentions(self) -> list[_Mention]:
        out = []
        surnames = {e[-1].lower_ for e in ents_of(self.doc) if e.label_ == "PERSON"}
        for ent in ents_of(self.doc):
            if len(ent) == 1 and _is_demonym_epithet(ent[0]):
                continue  # "the Spaniard": one person, whom the salience pass looks for
            if ent.label_ in ORG_LABELS and len(ent) <= 8 and not self.caption[ent.start]:
                person = _person_name_tagged_a_body(ent, self._known_titles) and (
                    (ent.label_ == "ORG" and ent[-1].lower_ in surnames)
                    or _told_as_person(ent, self._known_titles)
                )
                kind = PERSON if person else ORGANISATION
                label = "PERSON" if person else ent.label_
                m = self._make_mention(ent.start, ent.end, kind, label)
                if m is not None:
                    out.append(m)
        # A proper name of two or more words the NER missed, as a clause's subject ("Thames
        # Water was fined …"): an organisation when it is no person's name.
        doc = self.doc
        for tok in self.tokens:
            if (
                tok.dep_ not in SUBJECT_DEPS
                or tok.pos_ != "PROPN"
                or tok.ent_type_ not in _MISSED_ORG
                or not tok.is_title
                or self.inside[tok.i] != -1
                or tok.i in self.entity_at
            ):
                continue
            start = tok.i
            while (
                start > 0
                and tok.i - start < 4
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and doc[start - 1].ent_type_ == tok.ent_type_
                and doc[start - 1].dep_ == "compound"
            ):
                start -= 1
            if start == tok.i or genders.of_given_name(doc[start].text) is not None:
                continue  # "Marta Kowal" is a person the NER missed, not a company
            if tok.ent_type_ and _entity_length(tok) != tok.i + 1 - start:
                continue  # a mislabelled name is taken whole or not at all
            span = doc[start : tok.i + 1]
            if _is_heading(span, self._lines, self.text):
                continue
            m = self._make_mention(start, tok.i + 1, ORGANISATION, "ORG")
            if m is not None:
                out.append(m)
        return out

    # -- grouping names into entities ----------------------------------------------------------

    def _new_entity(self, m: _Mention) -> Entity:
        e = Entity(len(self.entities), m.kind, tuple(m.words), m.suffix, label=m.label)
        self.entities.append(e)
        return e

    def _join(self, e: Entity, m: _Mention, *, shared: bool = False) -> None:
        m.entity = e.index
        weight = 0.25 if m.inside else 1.0
        if _is_heading(self.doc[m.start : m.end], self._lines, self.text):
            weight = 0.1  # "Obama Speech Stirs …": a headline's words are no name
        e.uses += weight
        if len(m.words) >= len(e.words) and _contains(list(m.words), list(e.words)):
            e.words = tuple(m.words)
        e.forms[m.display] = e.forms.get(m.display, 0.0) + weight
        if not shared:
            e.aliases.add(m.display)
            if m.titled:
                e.aliases.add(m.titled)
        if m.title_gender:
            e.titles[m.title_gender] += 1
        if m.bound_gender:
            e.bound[m.bound_gender] += 1
        for i in range(m.start, m.end):
            self.entity_at[i] = e.index
            self._root_at[i] = m.root
        self._starts.setdefault(e.index, []).append(m.start)
        if e.kind == PERSON:
            e.gender = _person_gender(e)

    def _cluster(self, mentions: list[_Mention]) -> None:
        for kind in (PERSON, ORGANISATION):
            group = [m for m in mentions if m.kind == kind]
            if kind == ORGANISATION:
                # A known person's name the NER called an organisation is the person's.
                dropped = [m for m in group if m.start in self.entity_at]
                if dropped:
                    group = [m for m in group if m.start not in self.entity_at]
                    # By identity first: ``in`` compares every field of every mention.
                    kept = {id(m) for m in group}
                    mentions[:] = [
                        m for m in mentions if m.kind == PERSON or id(m) in kept or m in group
                    ]
            if kind == PERSON:
                for m in group:
                    m.bound_gender = self._bound_gender(m)
            full = [m for m in group if len(m.words) > 1]
            singles = [m for m in group if len(m.words) == 1]
            # The reporter's own names first: they set the fullest forms.
            full.sort(key=lambda m: (m.inside, m.start))
            by_last: dict[tuple[str, str], list[Entity]] = {}
            for m in full:
                home = None
                for e in by_last.get((m.words[-1], m.suffix), []):
                    fits = e.kind == kind and e.label == m.label and _compatible(e.words, m.words)
                    if fits and (home is None or e.uses > home.uses):
                        home = e
                if home is None:
                    home = self._new_entity(m)
                    by_last.setdefault((m.words[-1], m.suffix), []).append(home)
                self._join(home, m)
            if kind == PERSON:
                # What the full names' contexts say of gender decides where one-word names go.
                self._collect_roles(full)
                extra = self._known_name_tokens(group)
                for m in extra:
                    m.bound_gender = self._bound_gender(m)
                singles += extra
                mentions.extend(extra)
            self._cluster_singles(kind, singles)
            if kind == PERSON:
                self._collect_roles(singles)
            else:
                self._acronyms(group)

    def _cluster_singles(self, kind: str, singles: list[_Mention]) -> None:
        by_word: dict[str, list[_Mention]] = {}
        for m in sorted(singles, key=lambda m: m.start):
            by_word.setdefault(m.words[0], []).append(m)
        multi = [e for e in self.entities if e.kind == kind and len(e.words) > 1]
        for word, group in by_word.items():
            if kind == PERSON:
                candidates = [e for e in multi if word in (e.words[-1], e.words[0])]
            else:
                # "the Post" is "The Washington Post"; "Seoul" is not "Seoul's Foreign Ministry".
                label = group[0].label
                candidates = [e for e in multi if word == e.words[-1] and e.label == label]
            if not candidates and kind == PERSON and len(word) >= 5:
                candidates = [e for e in multi if _one_edit(word, e.words[-1])]
                if len(candidates) > 1:
                    candidates = []
            # What the uses of the word say of gender, together: "Mr. Obama" fifteen times and
            # "Obama said he …" make an untitled "President Obama" the man.
            votes: Counter[str] = Counter()
            for m in group:
                g = m.title_gender or m.bound_gender
                if g is not None:
                    votes[g] += 1
            group_gender = _decided(votes)
            shared = len(candidates) > 1
            own: dict[str | None, Entity] = {}
            for m in group:
                g = m.title_gender or group_gender
                fit = [e for e in candidates if g is None or self._gender_of(e) in (None, g)]
                if (
                    not fit
                    and len(candidates) == 1
                    and m.title_gender is None
                    and not candidates[0].titles
                ):
                    # Pronouns alone against the only person of that name: the lexicon may be
                    # what is wrong ("Marty Walz … Walz … She said"); a title would not be.
                    fit = candidates
                if len(fit) > 1:
                    # "Trump Jr." is the namesake written with that suffix; a bare "Trump",
                    # beside Donald Trump Jr., the one without (who is called so alone).
                    same = [e for e in fit if e.suffix == m.suffix]
                    if same and not m.suffix:
                        self.shared_names.add(m.root.i)  # likely, not certain: a guess
                    fit = same or fit
                if len(fit) > 1:
                    fit = self._context_means(m, fit)
                if fit:
                    home = max(fit, key=lambda e: (e.uses, -e.index))
                    self._join(home, m, shared=shared or len(fit) < len(candidates))
                    continue
                home_single = own.get(g) or (own.get(None) if g is not None else None)
                if home_single is None and g is None and own:
                    home_single = max(own.values(), key=lambda e: e.uses)
                if home_single is None:
                    home_single = self._new_entity(m)
                    own[g] = home_single
                self._join(home_single, m, shared=bool(candidates))

    def _context_means(self, m: _Mention, fit: list[Entity]) -> list[Entity]:
        """Of two or more people a bare name fits ("Lindgren" with Erik and Astrid Lindgren):
        the one whose role is written with it ("managing director Lindgren"), else the one
        named most recently before it. The choice is marked as a guess between namesakes
        (``shared_names``), which confidence reads."""
        self.shared_names.add(m.root.i)
        written = set()
        for i in range(m.start - 1, max(-1, m.start - 5), -1):
            tok = self.tokens[i]
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "DET", "ADP"):
                break
            written.add(canonical_role(lemma(tok)))
        if written:
            by_role = [e for e in fit if written & e.roles]
            if len(by_role) == 1:
                return by_role
            # "the elder Foster", "the younger Foster": of a parent and child who share the
            # name, the generation the article's roles and suffixes tell.
            older = bool(written & _ELDER)
            if older or written & _YOUNGER:
                rank = {e.index: _generation(e) for e in fit}
                pick = max(rank.values()) if older else min(rank.values())
                chosen = [e for e in fit if rank[e.index] == pick]
                if len(chosen) == 1 and len(set(rank.values())) > 1:
                    return chosen
        last = {
            e.index: max((p for p in self._starts.get(e.index, ()) if p < m.start), default=-1)
            for e in fit
        }
        latest = max(last.values())
        if latest < 0:
            return fit
        return [e for e in fit if last[e.index] == latest]

    def _acronyms(self, group: list[_Mention]) -> None:
        """ "DNC" is the "Democratic National Committee" the article names."""
        initials: dict[str, int] = {}
        for e in self.entities:
            if e.kind == ORGANISATION and len(e.words) > 1:
                letters = "".join(w[0] for w in e.words if w not in ("of", "the", "and", "for"))
                initials.setdefault(letters, e.index)
        for m in group:
            if len(m.words) == 1 and m.display.isupper() and m.words[0] in initials:
                target = self.entities[initials[m.words[0]]]
                if m.entity != target.index:
                    old = self.entities[m.entity] if m.entity >= 0 else None
                    if old is not None and old.uses <= 1.0 and len(old.forms) == 1:
                        old.uses = 0.0
                        old.forms.clear()
                    self._join(target, m)

    def _bound_gender(self, m: _Mention) -> str | None:
        """The gender of a pronoun bound to this name in its clause, when nobody else is
        named in the sentence who could be its antecedent: "Obama said he would …", "Smith,
        whose husband …", "Graham called out his rival Donald Trump" (the rival is not his
        own possessor); else of a subject pronoun opening the next sentence, when the name was
        its sentence's only person: "Walz approaches it more diplomatically. She said …"."""
        root = m.root
        if root.dep_ not in SUBJECT_DEPS or self.inside[root.i] != -1:
            return None
        verb = root.head
        doc = self.doc
        sentence = self._sentence[root.i]
        found: set[str] = set()
        possessed: set[int] = set()  # tokens of nouns a bound pronoun possesses
        others: list[Token] = []
        i = root.i + 1
        limit = min(len(doc), max(root.i, verb.i) + 30)
        while i < limit:
            if self._sentence[i] != sentence:
                break
            tok = self.tokens[i]
            i += 1
            if self.inside[tok.i] != -1:
                continue
            if tok.ent_type_ == "PERSON" and not (m.start <= tok.i < m.end):
                others.append(tok)
                continue
            g = genders.PRONOUN_GENDER.get(tok.lower_)
            if g and verb.is_ancestor(tok) and not _in_other_relative(tok, verb, root):
                found.add(g)
                if tok.dep_ == "poss":
                    possessed.add(tok.head.i)
        for tok in others:
            # "his rival Donald Trump": a name in apposition to (or compounded with) the noun
            # the pronoun possesses is not the pronoun's antecedent.
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            if head.i in possessed or (
                head.dep_ in ("appos", "compound") and head.head.i in possessed
            ):
                continue
            return None
        # Anyone named earlier in the sentence could be the pronoun's antecedent too.
        for j in range(m.start - 1, max(-1, m.start - 30), -1):
            if self._sentence[j] != sentence:
                break
            if doc[j].ent_type_ == "PERSON" and self.inside[j] == -1:
                return None
        if found:
            return found.pop() if len(found) == 1 else None
        if others or verb.dep_ != "ROOT":
            return None
        # The next sentence's opening subject pronoun.
        while i < len(doc) and self._sentence[i] == sentence:
            i += 1
        for j in range(i, min(len(doc), i + 4)):
            tok = self.tokens[j]
            if self.inside[j] != -1 or self._sentence[j] != sentence + 1:
                return None
            if tok.is_punct or tok.is_space or tok.pos_ in ("CCONJ", "ADV"):
                continue
            g = genders.PRONOUN_GENDER.get(tok.lower_)
            if g and tok.dep_ in SUBJECT_DEPS:
                return g
            return None
        return None

    def _gender_of(self, e: Entity) -> str | None:
        return e.gender if e.gender is not None else _person_gender(e)

    # -- salience, in reading order ------------------------------------------------------------

    def _salience_pass(self, mentions: list[_Mention]) -> None:
        doc = self.doc
        events: list[tuple[int, int, object]] = []
        for m in mentions:
            if m.entity >= 0:
                events.append((m.root.i, 0, m))
        self._capitalised: dict[str, str] = {}
        self.indefinites: dict[str, list[tuple[int, str]]] = {}
        for tok in self.tokens:
            word = tok.lower_
            pos = tok.pos_
            if (
                word in ORG_ROLES
                and word not in self._capitalised
                and pos in ("NOUN", "PROPN")
                and tok.text[:1].isupper()
                and tok.i > 0
                and tok.is_sent_start is False
            ):
                # "the Russian Embassy": a capitalised use of an organisation noun names it.
                start = tok.i
                while (
                    start > 0
                    and tok.i - start < 5
                    and self.tokens[start - 1].text[:1].isupper()
                    and self.tokens[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
                ):
                    start -= 1
                if start < tok.i:
                    self._capitalised[word] = doc[start : tok.i + 1].text
            if self.inside[tok.i] != -1:
                continue
            if pos == "NOUN" and tok.tag_ != "NNS" and _indefinite(tok):
                # "One person close to the board said …": whom "the person" means later.
                text = describe_nominal(self._describe(tok) or "")
                if text.lower().startswith("one "):
                    text = text[4:]
                if text and not is_junk_name(text):
                    role = canonical_role(lemma(tok))
                    self.indefinites.setdefault(role, []).append((tok.i, text))
                    if (
                        tok.dep_ in SUBJECT_DEPS
                        and _role_category(tok) in antecedents.SUBJECTS
                        and genders.of_noun(tok.lower_)
                    ):
                        # "A 29-year-old Berlin woman said …", then "she said": someone the
                        # article describes, not names, whom a pronoun may mean.
                        events.append((tok.i, 0, self._unnamed_person(tok, text, role)))
            if (
                pos == "NOUN"
                and tok.dep_ in SUBJECT_DEPS
                and tok.tag_ != "NNS"
                and lemma(tok) in DOCUMENT_NOUNS
            ):
                # "A study by Citizens for Tax Justice found …", then "It said": a document
                # that speaks, named by its issuer, whom "it" may mean.
                document = self._document(tok)
                if document is not None:
                    events.append((tok.i, 0, document))
            if word in genders.PRONOUN_GENDER or word in PLURAL_PRONOUNS or word in NEUTER_PRONOUNS:
                events.append((tok.i, 1, tok))
            elif (
                # "said the 46-year-old": the parse makes "old" an adjective.
                (
                    pos == "NOUN"
                    or (tok.dep_ in SUBJECT_DEPS and _is_age_epithet(tok))
                    or _is_demonym_epithet(tok)
                )
                and tok.tag_ != "NNS"
                and tok.i not in self.entity_at
                and _definite(tok)
            ):
                role = canonical_role(lemma(tok))
                if self._named_by_apposition(tok):
                    # "India's captain, Rohan Mehta,": the name says who the role is, not the
                    # captain named before.
                    pass
                elif (
                    role in ROLE_NOUNS
                    or role in ORG_ROLES
                    or role in self.person_roles
                    or genders.of_noun(tok.lower_)
                    or (tok.dep_ in SUBJECT_DEPS and _is_age_epithet(tok))
                    or _is_demonym_epithet(tok)
                ):
                    events.append((tok.i, 2, tok))
            antecedent = self._relative_antecedent(tok)
            if antecedent is not None:
                # "Ellis's mother, Sarah Whitlock, who said she had complained": the relative
                # pronoun makes her the subject of the reporting verb.
                events.append((tok.i, 3, (antecedent, tok)))
        events.sort(key=lambda ev: (ev[0], ev[1]))
        # entity → (salience from earlier sentences, sentence, strongest mention in that
        # sentence, whether its last mention was a subject). As in Lappin & Leass, a sentence
        # counts an entity's strongest mention once, however often it is named there.
        state: _State = OrderedDict()
        seen = self._seen
        para = self._paragraph
        # Per sentence, the first and last token inside a quote: the reporter's words between
        # two pieces of one quoted sentence that a speech tag closes ("“I don't think the
        # conventional wisdom” – that Bloomberg is perceived as … – “is going to last,” he
        # says") gloss the quote; whom they name is its topic, not its speaker, unless they
        # are its tag. (Between two scare quotes, with no tag after them, nothing is glossed.)
        pieces: dict[int, tuple[int, int]] = {}
        for i, q in enumerate(self.inside):
            if q != -1:
                k = self._sentence[i]
                lo, _ = pieces.get(k, (i, i))
                pieces[k] = (lo, i)
        tagged: set[int] = set()
        for k, (_, hi) in pieces.items():
            j = hi + 1
            while j < len(self.tokens) and self._sentence[j] == k and j - hi < 8:
                if self.inside[j] == -1 and is_cue_word(self.tokens[j]):
                    tagged.add(k)
                    break
                j += 1

        def glossed(token: Token) -> bool:
            k = self._sentence[token.i]
            span = pieces.get(k)
            if span is None or k not in tagged or not span[0] < token.i < span[1]:
                return False
            head = token.head if token.dep_ in ("appos", "compound", "flat") else token
            return not (head.dep_ in SUBJECT_DEPS and is_cue_word(head.head))

        def add(entity: int, token: Token, inside: bool = False, full: bool = False) -> None:
            sent = self._sentence[token.i]
            weight = _role_weight(token)
            muted = inside or self.caption[token.i] or glossed(token)
            if muted:
                weight *= W_INSIDE_QUOTE
            record = seen.get(entity)
            if record is None:
                record = seen[entity] = antecedents.Seen(
                    token.i, token.i, sent, para[token.i], OTHER_ROLE, muted, para[token.i]
                )
            record.last, record.last_sentence, record.last_paragraph = token.i, sent, para[token.i]
            record.last_role, record.last_inside = _role_category(token), muted
            if not muted:
                record.told += 1
                if record.last_role in (antecedents.SUBJECT, antecedents.SPEAKER):
                    record.subject_sentence = sent
            record.count += 1
            if full and not muted:
                record.full_paragraphs.add(para[token.i])
            if entity in state:
                base, last, best, _ = state[entity]
                if last == sent:
                    state[entity] = (base, sent, max(best, weight), token.dep_ in SUBJECT_DEPS)
                else:
                    carried = (base + best) * DECAY ** max(0, sent - last)
                    state[entity] = (carried, sent, weight, token.dep_ in SUBJECT_DEPS)
            else:
                state[entity] = (0.0, sent, weight, token.dep_ in SUBJECT_DEPS)
            state.move_to_end(entity)

        for _, what, item in events:
            if what == 0:
                assert isinstance(item, _Mention)
                add(item.entity, item.root, item.inside, full=len(item.words) > 1)
                continue
            if what == 3:
                assert isinstance(item, tuple)
                add(item[0], item[1])
                continue
            assert isinstance(item, Token)
            if what == 1:
                found = self._pick_for_pronoun(state, item)
            else:
                found = self._pick_for_role(state, item)
            if found is not None:
                self.links[item.i] = found
                add(found[0], item)

    def _named_by_apposition(self, noun: Token) -> bool:
        """A role noun a person's name stands in apposition to ("the captain, Rohan Mehta,")."""
        return any(
            child.dep_ == "appos"
            and child.i in self.entity_at
            and self.entities[self.entity_at[child.i]].kind == PERSON
            for child in noun.children
        )

    def _relative_antecedent(self, tok: Token) -> int | None:
        """The person a relative "who" subject stands for ("Sarah Whitlock, who said"): the
        named person the relative clause hangs on, or the name in apposition to its noun."""
        if tok.lower_ != "who" or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "relcl":
            return None
        if self.inside[tok.i] != -1:
            return None
        noun = tok.head.head
        entity = self.entity_at.get(noun.i)
        if entity is None and noun.dep_ == "appos":
            entity = self.entity_at.get(noun.head.i)
        if entity is None:
            return None
        return entity if self.entities[entity].kind == PERSON else None

    def _document(self, head: Token) -> _Mention | None:
        issued = self._issuer(head, (), definite=not _indefinite(head))
        if issued is None or issued.speaker is None or issued.speaker.kind != DOCUMENT:
            return None
        name = issued.speaker.name
        for e in self.entities:
            if e.kind == DOCUMENT and name in e.forms:
                break
        else:
            e = Entity(len(self.entities), DOCUMENT, tuple(name_key(name).split()), label="DOC")
            e.forms[name] = 1.0
            e.aliases.add(name)
            self.entities.append(e)
        e.uses += 1.0
        e.roles.add(lemma(head))
        return _Mention(
            start=head.i,
            end=head.i + 1,
            root=head,
            words=list(e.words),
            suffix="",
            display=name,
            titled=None,
            title_gender=None,
            inside=False,
            kind=DOCUMENT,
            label="DOC",
            entity=e.index,
        )

    def _unnamed_person(self, head: Token, text: str, role: str) -> _Mention:
        e = Entity(len(self.entities), UNNAMED, tuple(name_key(text).split()), label="UNNAMED")
        e.forms[text] = 1.0
        e.aliases.add(text)
        e.roles.add(role)
        e.uses = 1.0
        e.gender = genders.of_noun(head.lower_)
        self.entities.append(e)
        return _Mention(
            start=head.i,
            end=head.i + 1,
            root=head,
            words=list(e.words),
            suffix="",
            display=text,
            titled=None,
            title_gender=None,
            inside=False,
            kind=UNNAMED,
            label="UNNAMED",
            entity=e.index,
        )

    def _ranked(
        self,
        state: _State,
        token: Token,
        accept: Iterable[int] | None,
    ) -> list[tuple[float, int]]:
        sent = self._sentence[token.i]
        allowed = set(accept) if accept is not None else None
        out = []
        for seen, entity in enumerate(reversed(state)):
            if seen >= MAX_CANDIDATES:
                break
            base, last, best, subj = state[entity]
            if sent - last > HORIZON:
                break
            if allowed is not None and entity not in allowed:
                continue
            score = (base + best) * DECAY ** max(0, sent - last)
            if token.dep_ in SUBJECT_DEPS and subj:
                score += PARALLEL
            out.append((score, entity))
        return out

    def _pick_for_pronoun(self, state: _State, tok: Token) -> tuple[int, float] | None:
        word = tok.lower_
        g = genders.PRONOUN_GENDER.get(word)
        excluded = self._clause_mates(tok)
        scored: list[tuple[float, int]] = []
        people: list[antecedents.Candidate] = []
        opening = self._opens_sentence(tok)
        for score, entity in self._ranked(state, tok, None):
            e = self.entities[entity]
            if entity in excluded:
                continue
            if opening and g is not None and entity in self._seen:
                # "Board member Greg Towne voted against it. He said …": a subject pronoun
                # opening a sentence goes on with the last sentence's subject (centering).
                # The last sentence is the last one of the narrative: a sentence all inside
                # the quote ('Graham said, "… them." / He continued, …') is his, not a
                # change of subject; and a later possessive of that subject ("Clinton
                # seized upon it, repeating her line") keeps them its subject.
                seen = self._seen[entity]
                if seen.subject_sentence == self._narrative_before(tok.i):
                    score += CONTINUITY
            if g is not None and entity in self._seen and not self._seen[entity].told:
                # Someone only a caption or a quote names ("Police officer Timothy Smith holds
                # up the gun …") is not whom the reporter's "he" means.
                continue
            if g is not None and entity in self._seen:
                # "And Obama, for all the progress he helped wrangle, seems to agree. “…,” he
                # said": a news paragraph is about whom it names; the speaker of the paragraph
                # before, more salient by their quotes, is not whom its pronoun means.
                seen = self._seen[entity]
                if seen.last_paragraph == self._paragraph[tok.i] and not seen.last_inside:
                    score += SAME_PARAGRAPH
            agreement = "match"
            if g is not None:
                if e.kind not in (PERSON, UNNAMED):
                    continue
                if e.gender not in (None, g):
                    if not _name_alone_decides(e):
                        continue
                    # "Sen. Lindsey Graham (R-SC) … He continued": a given name that one in
                    # ten bearers of the other gender carries leans, it does not forbid.
                    score -= OTHER_GENDER
                    agreement = "lean"
                if e.gender is None:
                    # An undecided person still leans by their given name: a one-word name
                    # ("Melanie", but "Clinton" alone is a family name as often as a given
                    # one), or a given name most of whose bearers share one gender ("Jaime").
                    lean = _lean(e) if e.kind == PERSON else None
                    score -= 0.0 if lean == g else UNKNOWN_GENDER * (2.0 if lean else 1.0)
                    agreement = "lean" if lean is not None and lean != g else "unknown"
                    if lean == g:
                        agreement = "match"
            elif e.kind in (PERSON, UNNAMED):
                continue  # it/they: organisations and groups; plural people go unresolved
            scored.append((score, entity))
            if g is not None and entity in self._seen:
                people.append(
                    antecedents.Candidate(entity, score, self._seen[entity], agreement, e.uses)
                )
        if g is None or len(people) != len(scored):
            return _best(scored, tok.i)
        pronoun = antecedents.Pronoun(
            tok.i, self._sentence[tok.i], self._paragraph[tok.i], _role_category(tok)
        )
        chosen = antecedents.choose(pronoun, people)
        if chosen is None:
            return None
        entity, margin, feats = chosen
        if antecedents.COLLECT is not None and feats:
            antecedents.COLLECT.append(
                (
                    tok.idx,
                    [
                        (c.entity, e.name, tuple(e.forms), f)
                        for c, f in zip(people, feats, strict=True)
                        for e in (self.entities[c.entity],)
                    ],
                )
            )
        if TRACE is not None:
            TRACE[tok.i] = sorted(scored, reverse=True)[:4]
        return entity, margin

    def _narrative_before(self, i: int) -> int:
        """The latest sentence before token ``i``'s with a word outside quotes."""
        sentence = self._sentence[i]
        j = i - 1
        while j >= 0 and self._sentence[j] == sentence:
            j -= 1
        while j >= 0:
            t = self.tokens[j]
            if self.inside[j] == -1 and not (t.is_punct or t.is_space or t.is_quote):
                return self._sentence[j]
            j -= 1
        return -1

    def _opens_sentence(self, tok: Token) -> bool:
        """A subject pronoun that opens its sentence, outside quotes ("He said …")."""
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        sentence = self._sentence[tok.i]
        i = tok.i - 1
        while i >= 0 and self._sentence[i] == sentence:
            t = self.tokens[i]
            if self.inside[i] != -1 or t.is_quote:
                # '"They deserved it," he said.': the quote is the pronoun's object, and the
                # pronoun still carries on the last sentence's subject.
                i -= 1
                continue
            if not (t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV")):
                return False
            i -= 1
        return True

    def _clause_mates(self, tok: Token) -> set[int]:
        """Entities a non-reflexive object pronoun cannot mean: the subject of its own verb
        ("Trump attacked him")."""
        if tok.dep_ not in ("dobj", "dative") or tok.lower_.endswith("self"):
            return set()
        verb = tok.head
        return {
            self.entity_at[c.i]
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and c.i in self.entity_at
        }

    def _pick_for_role(
        self, state: _State, tok: Token, coordinated: bool = False
    ) -> tuple[int, float] | None:
        role = canonical_role(lemma(tok))
        g = genders.of_noun(tok.lower_)
        if role in ORG_ROLES:
            holders = self._org_holders(role)
        else:
            holders = [
                e.index
                for e in self.entities
                if e.kind in (PERSON, UNNAMED)
                and role in e.roles
                and (g is None or e.gender in (None, g))
            ]
            if not holders and not coordinated:
                # "the former secretary of state and current Democratic presidential nominee":
                # one person in two roles, whom the article gave either of them.
                for other in tok.conjuncts:
                    if other.pos_ == "NOUN" and self.inside[other.i] == -1:
                        found = self._pick_for_role(state, other, coordinated=True)
                        if found is not None:
                            return found
            mods = _modifiers(tok)
            # "the council leader": of two leaders, the one the article called that.
            qualified = [f"{mod} {role}" for mod in mods]
            if qualified and len(holders) > 1:
                narrow = [h for h in holders if any(q in self.entities[h].roles for q in qualified)]
                holders = narrow or holders
            # "the Republican nominee" for "Republican contender Donald Trump": a capitalised
            # adjective ties a role to the one the article gave it as well as a noun does.
            mods = mods + [m for m in _capitalised_modifiers(tok) if m not in mods]
            if mods and not any(
                any(_tied(r, mod) for r in self.entities[h].roles for mod in mods) for h in holders
            ):
                # "the Villa manager" for "Villa boss Tom Keane": the one the article tied to
                # the same modifier, whatever the role's word, before a holder tied to another.
                tied = [
                    e.index
                    for e in self.entities
                    if e.kind == PERSON
                    and (g is None or e.gender in (None, g))
                    and any(_tied(r, mod) for r in e.roles for mod in mods)
                ]
                holders = tied or holders
            if not holders and (
                (tok.dep_ in SUBJECT_DEPS and _is_age_epithet(tok)) or _is_demonym_epithet(tok)
            ):
                # "the 46-year-old", "the teenager": the person the last sentences are
                # about, if one stands out (an age is said of someone the article named).
                return self._epithet(state, tok, g)
        framing = self._framing_subject(tok, g, holders) if role not in ORG_ROLES else None
        if framing is not None and framing not in holders:
            # "Cruz defends his record in an ad: “…,” the senator says": the role noun tags
            # the quote that the sentence's subject introduced; the article's other senator
            # is not who says it.
            return framing, 1.0
        if not holders:
            return None
        scored = self._ranked(state, tok, holders)
        if scored:
            return _best(scored, tok.i)
        if len(holders) == 1:
            return holders[0], 1.0
        return None

    def _framing_subject(self, tok: Token, g: str | None, holders: Sequence[int]) -> int | None:
        """The person who is the main subject of a role noun's sentence, named before a quote
        that the role noun, the subject of a reporting verb, tags — unless the clause itself
        names one who holds the role ("Obama mocked Romney: “…,” the governor said": Romney)."""
        if tok.dep_ not in SUBJECT_DEPS or not is_cue_word(tok.head) or self.inside[tok.i] != -1:
            return None
        paragraph = self._paragraph[tok.i]
        quoted = False
        named: set[int] = set()
        i = tok.i - 1
        # Back through the quote to the reporter's clause that opens it, within the paragraph
        # (the parse may end a sentence at the colon before the quote).
        while i >= 0 and self._paragraph[i] == paragraph and tok.i - i < 120:
            t = self.tokens[i]
            if self.inside[i] != -1:
                quoted = True
            elif t.text in (".", "!", "?"):
                return None  # the reporter's sentence before
            elif quoted and i in self.entity_at and self.tokens[i].dep_ in SUBJECT_DEPS:
                e = self.entities[self.entity_at[i]]
                # The clause's verb is the root, or hangs on the tag's verb in the parse.
                head = self.tokens[i].head
                if e.kind == PERSON and (head.dep_ == "ROOT" or head.head.i == tok.head.i):
                    if named.intersection(holders):
                        return None
                    return e.index if g is None or e.gender in (None, g) else None
            if quoted and self.inside[i] == -1 and i in self.entity_at:
                named.add(self.entity_at[i])
            i -= 1
        return None

    def _epithet(self, state: _State, tok: Token, g: str | None) -> tuple[int, float] | None:
        sent = self._sentence[tok.i]
        people = [
            e.index
            for e in self.entities
            if e.kind == PERSON
            and (g is None or e.gender in (None, g))
            and e.index in self._seen
            and sent - self._seen[e.index].last_sentence <= EPITHET_HORIZON
        ]
        found = _best(self._ranked(state, tok, people), tok.i)
        if found is None or (len(people) > 1 and found[1] < EPITHET_MARGIN):
            return None
        return found

    def _org_holders(self, role: str) -> list[int]:
        named = [
            e.index
            for e in self.entities
            if e.kind == ORGANISATION and e.uses > 0 and (role in e.words or role in e.roles)
        ]
        if named or role not in GENERIC_ORG_NOUNS:
            return named
        return [
            e.index
            for e in self.entities
            if e.kind == ORGANISATION and e.label == "ORG" and e.uses > 0
        ]

    def _collect_roles(self, mentions: list[_Mention]) -> None:
        """The roles the article gives each person, whatever the role's word: the descriptor
        written before the name ("council leader Cllr Dawn Pryce", "Manchester striker Luca
        Ferreira", "Sen."), a noun in apposition either way round ("Alison Greaves, headteacher
        of …", "his wife, X") and "X is the Y" clauses. A role's modifiers are kept with it
        ("council leader"), so that "the council leader" prefers the one of two leaders the
        article called that."""
        for m in mentions:
            if m.entity < 0 or m.kind != PERSON:
                continue
            e = self.entities[m.entity]
            i = m.start - 1
            steps = 0
            head_seen = False
            while i >= 0 and steps < 7:
                tok = self.tokens[i]
                if (
                    tok.is_punct
                    or tok.pos_ in ("VERB", "AUX", "DET", "ADP", "PRON")
                    or tok.lower_ in ("said", "and")
                    or self.inside[i] != self.inside[m.start]
                ):
                    break
                if tok.lower_.rstrip(".") in TITLES or is_title_word(tok.text, self._known_titles):
                    role = canonical_role(lemma(tok))
                    e.roles.add(role)
                    head = tok.pos_ == "NOUN" and not head_seen
                    if (
                        head
                        or role in ROLE_NOUNS
                        or role != lemma(tok).rstrip(".")
                        or (tok.is_title and is_person_noun(role))
                    ):
                        # "City coach Tony Marsh" is "the coach", "Supt" the superintendent;
                        # "state" in "state Sen. X" is no role.
                        self.person_roles.add(role)
                    head_seen = head_seen or tok.pos_ == "NOUN"
                    self._gender_vote(e, tok)
                elif tok.pos_ == "NOUN" and not head_seen:
                    # The descriptor's head noun, the one nearest the name: the role.
                    head_seen = True
                    self._add_role(e, tok)
                elif lemma(tok) in ROLE_NOUNS:
                    e.roles.add(canonical_role(lemma(tok)))
                    self._gender_vote(e, tok)
                i -= 1
                steps += 1
            root = m.root
            # Nouns said of the person itself: in apposition either way round ("X, the
            # ambassador" / "his wife, X") or "X is the president of …".
            nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                nouns.append(root.head)
            if root.dep_ in SUBJECT_DEPS and lemma(root.head) == "be":
                nouns.extend(c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
            for t in nouns[:6]:
                self._add_role(e, t)
                # "X, the company's chief executive": conjoined and compound role words.
                for c in t.children:
                    if c.dep_ in ("compound", "conj") and (
                        lemma(c) in ROLE_NOUNS or genders.of_noun(c.lower_)
                    ):
                        e.roles.add(canonical_role(lemma(c)))
                        self._gender_vote(e, c)
        for e in self.entities:
            if e.kind == PERSON:
                e.gender = _person_gender(e)

    def _add_role(self, e: Entity, noun: Token) -> None:
        """A noun said of a person is one of their roles, and with its modifiers a qualified
        role ("council leader", "opposition leader"); organisation nouns, documents and
        plurals are no person's role."""
        role = canonical_role(lemma(noun))
        if noun.tag_ in ("NNS", "NNPS") or not is_person_noun(lemma(noun)):
            return
        e.roles.add(role)
        self._gender_vote(e, noun)
        for mod in _modifiers(noun):
            e.roles.add(f"{mod} {role}")
        self.person_roles.add(role)

    def _gender_vote(self, e: Entity, tok: Token) -> None:
        g = genders.of_noun(tok.lower_) or genders.of_title(tok.lower_)
        if g is not None:
            e.titles[g] += 1

    # -- resolving a speaker mention -----------------------------------------------------------

    def link(self, token: Token) -> tuple[Entity, float] | None:
        """The entity a pronoun or role noun was linked to in the salience pass, and the
        link's margin over the runner-up."""
        found = self.links.get(token.i)
        if found is None:
            return None
        return self.entities[found[0]], found[1]

    def entity_of_token(self, token: Token) -> Entity | None:
        index = self.entity_at.get(token.i)
        if index is None:
            return None
        e = self.entities[index]
        return e if e.uses > 0 else None

    def resolve(
        self, mention: Span, head: Token, known: Sequence[tuple[int, Speaker]] = ()
    ) -> Resolution:
        """The canonical speaker a mention means (``known``: earlier speakers by position)."""
        key = (head.i, mention.start, mention.end)
        found = self._resolved.get(key)
        if found is None:
            counted = (*key, len(known))
            found = self._resolved_by_known.get(counted)
            if found is None:
                self._read_known = False
                found = self._resolve(mention, head, known)
                if self._read_known:
                    self._resolved_by_known[counted] = found
                else:
                    self._resolved[key] = found
        if found.speaker is None:
            return found
        sp = found.speaker
        return Resolution(Speaker(sp.name, sp.kind, set(sp.aliases)), found.path, found.margin)

    def _resolve(
        self, mention: Span, head: Token, known: Sequence[tuple[int, Speaker]]
    ) -> Resolution:
        word = head.lower_
        if head.pos_ == "PROPN" and len(head.text) > 1 and head.text.isupper():
            word = head.text  # "the US", "the WHO": an acronym, not the pronoun it spells
        if word in RELATIVES and head.head.dep_ == "relcl":
            # "Trump, who has called the pact “insanity”": the relative pronoun's antecedent.
            antecedent = head.head.head
            return self._resolve(antecedent_span(antecedent), antecedent, known)
        if word in genders.PRONOUN_GENDER:
            found = self.link(head)
            if found is not None:
                return Resolution(found[0].speaker(), ResolutionPath.HE_OR_SHE, found[1])
            return Resolution(None, ResolutionPath.HE_OR_SHE_UNRESOLVED)
        if word in FIRST_SECOND:
            return Resolution(None, ResolutionPath.FIRST_OR_SECOND_PERSON)
        if word in PLURAL_PRONOUNS or word in NEUTER_PRONOUNS:
            found = self.link(head)
            if found is not None:
                return Resolution(
                    found[0].speaker(), ResolutionPath.IT_OR_THEY_ORGANISATION, found[1]
                )
            self._read_known = True
            for pos, sp in reversed(known):
                if pos < head.i and sp.kind in (ORGANISATION, UNNAMED):
                    if word in NEUTER_PRONOUNS and sp.kind == UNNAMED and _people(sp.name):
                        continue  # "it" is no "supporters", nor "a spokesman"
                    return Resolution(sp, ResolutionPath.IT_OR_THEY_EARLIER_SPEAKER)
            return Resolution(None, ResolutionPath.IT_OR_THEY_UNRESOLVED)
        if word in PARTITIVES:
            group = self._partitive(head)
            if group is not None:
                # "One of them", "one of the residents": one of a group the article described.
                return Resolution(Speaker(group, UNNAMED, {group}), ResolutionPath.DESCRIPTION)
        if head.pos_ == "PRON":
            return Resolution(None, ResolutionPath.IT_OR_THEY_UNRESOLVED)
        if _is_demonym_epithet(head):
            return self._resolve_nominal(mention, head, known)
        named = _named_apposition(head)
        if named is not None and head.ent_type_ == "":
            # "Lumora's largest shareholder, the fund Aker Capital," / "the minister, Kim".
            return self._resolve(named, named.root, known)
        if named is not None and named.label_ == "PERSON" and head.ent_type_ in _PLACES:
            # "Outside County Hall, Mrs Whitlock said": the parse made the place the subject
            # and the person its apposition; a place with a person beside it does not speak.
            return self._resolve(named, named.root, known)
        # The person the mention is about, not one it mentions ("Lumora's shareholder").
        person = self._person_in(mention, head)
        if person is not None:
            if any(t.i in self.shared_names for t in mention):
                return Resolution(person.speaker(), ResolutionPath.SHARED_NAME)
            return Resolution(person.speaker(), ResolutionPath.PERSON_NAMED)
        if head.ent_type_ == "PERSON" or (
            head.pos_ == "PROPN"
            and head.ent_type_ not in ORG_LABELS
            and lemma(head) not in ROLE_NOUNS
            and lemma(head) not in ORGANISATION_NOUNS
            # "the Post", "the Sentinel": a name with an article is an institution's.
            and not _the_name(head)
        ):
            chain = _proper_chain(head)
            name = clean_name(chain.text, _is_given_name, self._known_titles)
            if is_junk_name(name) or _is_heading(chain, self._lines, self.text):
                return Resolution(None, ResolutionPath.PROPER_NAME)
            return Resolution(Speaker(name, PERSON, {name}), ResolutionPath.PROPER_NAME)
        org = self._org_in(mention, head)
        if org is not None:
            return Resolution(org.speaker(), ResolutionPath.ORGANISATION_NAMED)
        if head.ent_type_ in ORG_LABELS or (head.pos_ == "PROPN" and head.ent_type_ == ""):
            name = clean_org(describe_nominal(mention.text))
            if is_junk_name(name) or _is_heading(mention, self._lines, self.text):
                return Resolution(None, ResolutionPath.ORGANISATION_NAMED)
            return Resolution(
                Speaker(name, ORGANISATION, {name}), ResolutionPath.ORGANISATION_NAMED
            )
        return self._resolve_nominal(mention, head, known)

    def _person_in(self, mention: Span, head: Token) -> Entity | None:
        """The person a mention names: its head, or a name the head is built on ("President
        Obama", "the senator, Marco Rubio") — not a possessor ("Lumora's shareholder") nor a
        name in a modifier ("a missive on Trump", "a spokesman for Clinton")."""
        for tok in [head, *mention]:
            e = self.entity_of_token(tok)
            if e is None or e.kind != PERSON:
                continue
            root = self._root_at.get(tok.i, tok)
            if (
                tok.i != head.i
                and root.i != head.i
                and not (root.head.i == head.i and root.dep_ in ("compound", "flat", "appos"))
            ):
                continue
            if root.dep_ == "compound" and root.i != head.i and _people_noun(head):
                continue  # "Clinton supporters", "a Clinton campaign official": not Clinton
            return e
        return None

    def _org_in(self, mention: Span, head: Token) -> Entity | None:
        e = self.entity_of_token(head)
        if e is None or e.kind != ORGANISATION:
            return None
        # "Seoul" in "Seoul's Foreign Ministry" names Seoul, not the ministry.
        root = self._root_at.get(head.i)
        if root is not None and root.i != head.i and head.dep_ == "poss":
            return None
        return e

    def resolve_label(self, label: str) -> Resolution:
        """A transcript label ("PENCE", "MR. TRUMP"): a person, by the article's names."""
        name = clean_name(label, _is_given_name, self._known_titles)
        words = name_key(name).split()
        best = None
        if words:
            for e in self.entities:
                fits = e.kind == PERSON and e.uses > 0 and words[-1] in (e.words[-1], e.words[0])
                if fits and (best is None or e.uses > best.uses):
                    best = e
        if best is not None:
            return Resolution(best.speaker(), ResolutionPath.TRANSCRIPT_LABEL)
        full = name.title() if name.isupper() else name
        if is_junk_name(full):
            return Resolution(None, ResolutionPath.TRANSCRIPT_LABEL)
        return Resolution(Speaker(full, PERSON, {full}), ResolutionPath.TRANSCRIPT_LABEL)

    def _resolve_nominal(
        self, mention: Span, head: Token, known: Sequence[tuple[int, Speaker]]
    ) -> Resolution:
        role = canonical_role(lemma(head))
        description = describe_nominal(mention.text)
        if is_junk_name(description):
            return Resolution(None, ResolutionPath.DESCRIPTION)
        indefinite = _indefinite(head)
        noun = lemma(head)
        if noun in SPEECH_NOUNS or noun in DOCUMENT_NOUNS:
            issued = self._issuer(head, known, definite=not indefinite)
            if issued is not None:
                return issued
            if noun not in DOCUMENT_NOUNS:
                # "according to a speech" by nobody the article names: a medium's words are
                # its speaker's, and "speech" is no one's name.
                return Resolution(None, ResolutionPath.DESCRIPTION)
        if indefinite:
            # "A spokesperson for the NSC": someone new, described rather than named.
            return Resolution(
                Speaker(description, UNNAMED, {description}), ResolutionPath.INDEFINITE_DESCRIPTION
            )
        found = self.link(head)
        if found is not None:
            entity, margin = found
            if entity.kind == PERSON:
                # A role is said of one person in one article, not a name for them elsewhere:
                # kept as the mention, never as an alias the registry would match corpus-wide.
                return Resolution(entity.speaker(), ResolutionPath.ROLE_OF_NAMED_PERSON, margin)
            if entity.kind == UNNAMED:
                return Resolution(entity.speaker(), ResolutionPath.ROLE_OF_EARLIER_SPEAKER, margin)
            org = entity.speaker()
            place = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"]
            if place and place[0].i + 1 < len(self.doc) and place[0].right_edge.i - place[0].i < 6:
                # Keep the place that tells one embassy from another: "… in Seoul".
                where = self.doc[place[0].i : place[0].right_edge.i + 1].text
                org = Speaker(f"{org.name} {where}", ORGANISATION, {f"{org.name} {where}"})
            return Resolution(org, ResolutionPath.ORGANISATION_BY_HEAD_NOUN, margin)
        if role not in ORG_ROLES and head.tag_ != "NNS":
            earlier = self._earlier_description(head, role, known)
            if earlier is not None:
                return Resolution(earlier, ResolutionPath.ROLE_OF_EARLIER_SPEAKER)
        if _is_age_epithet(head):
            # "the 46-year-old" whom the article does not tie to one person: an age is no
            # name, nor a description anyone would look a speaker up by.
            return Resolution(None, ResolutionPath.DESCRIPTION)
        if role in ORG_ROLES:
            named = self._capitalised.get(head.lower_)
            if named is not None:
                place = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"]
                if place and place[0].right_edge.i - place[0].i < 6:
                    named = f"{named} {self.doc[place[0].i : place[0].right_edge.i + 1].text}"
                return Resolution(
                    Speaker(named, ORGANISATION, {named}), ResolutionPath.ORGANISATION_BY_HEAD_NOUN
                )
            return Resolution(
                Speaker(clean_org(description), ORGANISATION, {description}),
                ResolutionPath.ORGANISATION_DESCRIBED,
            )
        return Resolution(Speaker(description, UNNAMED, {description}), ResolutionPath.DESCRIPTION)

    def _partitive(self, head: Token) -> str | None:
        """ "one of them" → "one of the residents" (the group "them" means: the last plural
        noun phrase outside quotes in the three sentences before); "one of the victims'
        relatives" as written."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return None
        if obj.lower_ in ("them", "those", "these"):
            group = self._plural_antecedent(head.i)
        elif obj.pos_ in ("NOUN", "PROPN"):
            group = self._describe(obj)
        else:
            group = None
        if not group:
            return None
        return f"{head.lower_} of {group}"

    def _plural_antecedent(self, position: int) -> str | None:
        sentence = self._sentence[position]
        for i in range(position - 1, max(-1, position - 200), -1):
            if sentence - self._sentence[i] > 3:
                break
            tok = self.tokens[i]
            if self.inside[i] != -1 or tok.pos_ != "NOUN" or tok.tag_ != "NNS":
                continue
            if tok.dep_ in ("compound", "poss") or not is_person_noun(lemma(tok)):
                continue
            return self._describe(tok)
        return None

    def _describe(self, noun: Token) -> str | None:
        """A noun phrase as written, with its determiner and what follows the noun up to ten
        words ("the people close to the board"), never running into a quote or a clause."""
        doc = self.doc
        start = noun.i
        for c in noun.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod"):
                start = min(start, c.left_edge.i)
        end = noun.i + 1
        for c in noun.rights:
            if c.dep_ not in ("prep", "amod", "acl") or c.right_edge.i - noun.i > 10:
                break
            if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                break  # "a judge in October": when, not who
            end = max(end, c.right_edge.i + 1)
        if any(self.inside[i] != -1 for i in range(start, end)):
            return None
        text = " ".join(doc[start:end].text.split()).strip(" ,.;:")
        if not text or is_junk_name(text):
            return None
        return text

    def _issuer(
        self, head: Token, known: Sequence[tuple[int, Speaker]], *, definite: bool
    ) -> Resolution | None:
        """Who issued a document or a medium of words: its possessor ("the agency's latest
        assessment", "its statement"), a name compounded with it ("the Ofsted report"), the
        object of "from"/"by"/"of" ("a statement from the club"); for a definite one, else the
        issuer of the same kind of document named earlier ("Ofsted published a report … The
        report said"), or the subject of the clause that issued it ("The council issued a
        statement", "In a letter, Smith wrote"). A medium's words are its issuer's; a
        document that speaks for itself is the document, named by its issuer."""
        noun = lemma(head)
        who = self._issuer_of(head, known)
        if who is None and definite and noun not in DOCUMENT_NOUNS:
            who = self._writer_before(head, known)
        if who is None and definite:
            sentence = self._sentence[head.i]
            for i in range(head.i - 1, max(-1, head.i - 600), -1):
                if sentence - self._sentence[i] > 15:
                    break
                tok = self.tokens[i]
                if self.inside[i] != -1 or tok.pos_ != "NOUN" or lemma(tok) != noun:
                    continue
                who = self._issuer_of(tok, known) or self._issuing_subject(tok, known)
                if who is not None:
                    break
        if who is None:
            return None
        if noun in DOCUMENT_NOUNS:
            name = f"{who.name} {noun}"
            return Resolution(Speaker(name, DOCUMENT, {name}), ResolutionPath.ISSUER_OF_DOCUMENT)
        return Resolution(who, ResolutionPath.ISSUER_OF_DOCUMENT)

    def _writer_before(self, head: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        """Whoever the sentence before says wrote ("Prof Anita Desai wrote to trusts on
        Sunday … “…,” the letter said"): the letter is theirs."""
        sentence = self._sentence[head.i]
        for i in range(head.i - 1, max(-1, head.i - 200), -1):
            if sentence - self._sentence[i] > 1:
                break
            tok = self.tokens[i]
            if self.inside[i] != -1 or tok.pos_ != "VERB" or lemma(tok) != "write":
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            return None if subject is None else self._named(subject, known)
        return None

    def _issuer_of(self, noun: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        if noun.i in self._issuing:
            return None  # a clause that leads back to the noun itself
        self._issuing.add(noun.i)
        try:
            return self._issuer_among(noun, known)
        finally:
            self._issuing.discard(noun.i)

    def _issuer_among(self, noun: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        for c in noun.children:
            target: Token | None = None
            if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"):
                target = c
            elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                target = next((t for t in c.children if t.dep_ == "pobj"), None)
            elif c.dep_ in ("relcl", "acl") and c.pos_ == "VERB":
                # "a speech Obama delivered", "a statement issued by the club".
                target = next((t for t in c.children if t.dep_ == "nsubj"), None)
                if target is None:
                    agent = next((t for t in c.children if t.dep_ == "agent"), None)
                    if agent is not None:
                        target = next((t for t in agent.children if t.dep_ == "pobj"), None)
                if target is not None and target.lower_ in RELATIVES:
                    continue  # "a statement that said …" is the statement itself
            if target is None or target.lower_ in FIRST_SECOND:
                continue
            return self._named(target, known)
        return None

    def _issuing_subject(self, noun: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        """The subject of "X issued a statement" or of "In a statement, X said"."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return None
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) in _NOT_ISSUING:
            return None  # "Jean Pryce read out a letter": its words are not the reader's
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and c.i != noun.i:
                return self._named(c, known)
            if c.dep_ == "agent":
                obj = next((t for t in c.children if t.dep_ == "pobj"), None)
                if obj is not None:
                    return self._named(obj, known)
        return None

    def _named(self, token: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        """The person or organisation a token names or refers to, if the article tells one."""
        if lemma(token) in SPEECH_NOUNS or lemma(token) in DOCUMENT_NOUNS:
            return None
        span = antecedent_span(token)
        res = self._resolve(span, token, known)
        sp = res.speaker
        if (
            sp is not None
            and res.path is ResolutionPath.DESCRIPTION
            and sp.kind == UNNAMED
            and token.tag_ in ("NN", "NNS")
            and is_person_noun(lemma(token))
        ):
            # "The culture secretary … sent a message. “…,” the message said": the unnamed
            # person who sent it, as the article describes them.
            return sp
        if sp is None or res.path in (
            ResolutionPath.DESCRIPTION,
            ResolutionPath.ORGANISATION_DESCRIBED,
        ):
            return None
        if sp.kind in (PERSON, ORGANISATION):
            return sp
        # "A council spokesperson said in a statement …": someone described, not named.
        described = (ResolutionPath.INDEFINITE_DESCRIPTION, ResolutionPath.ROLE_OF_EARLIER_SPEAKER)
        return sp if sp.kind == UNNAMED and res.path in described else None

    def _earlier_description(
        self, head: Token, role: str, known: Sequence[tuple[int, Speaker]]
    ) -> Speaker | None:
        """ "the person", "the official": the unnamed one the article described before by the
        same noun — an earlier speaker ("a senior official said …") or an indefinite
        description ("One person close to the board said …")."""
        best: tuple[int, Speaker] | None = None
        self._read_known = True
        for pos, sp in reversed(known):
            if pos < head.i and sp.kind == UNNAMED and canonical_role(_head_word(sp.name)) == role:
                best = (pos, sp)
                break
        for pos, text in reversed(self.indefinites.get(role, [])):
            if pos < head.i:
                if best is None or pos > best[0]:
                    best = (pos, Speaker(text, UNNAMED, {text}))
                break
        return best[1] if best is not None else None

    # -- what other parts of the engine ask ----------------------------------------------------

    def person_names_before(self, position: int, window: int = 400) -> list[Entity]:
        """People named (outside quotes) in the ``window`` tokens before ``position``."""
        out = []
        seen = set()
        keys = sorted(self.entity_at)
        lo = bisect.bisect_left(keys, max(0, position - window))
        hi = bisect.bisect_left(keys, position)
        for i in keys[lo:hi]:
            index = self.entity_at[i]
            if index not in seen and self.entities[index].kind == PERSON and self.inside[i] == -1:
                seen.add(index)
                out.append(self.entities[index])
        return out


# --------------------------------------------------------------------------- helpers


_PLACES = frozenset({"GPE", "FAC", "LOC"})

# Verbs whose subject handles a document someone else wrote.
_NOT_ISSUING = frozenset("read quote cite obtain see receive leak show hold".split())


def _people(description: str) -> bool:
    """Whether an unnamed speaker's description names people ("supporters", "a spokesman",
    "one of the residents"), not a body a neuter pronoun could mean ("the coalition")."""
    words = description.lower().split()
    if not words:
        return False
    head = words[0] if words[0] in ("one", "some", "many", "several") else words[-1]
    for word in (head, head[:-1] if head.endswith("s") else head):
        if word in ("one", "some", "many", "several") or is_person_noun(word):
            return True
    return False


_ELDER = frozenset({"elder", "older", "senior"})
_YOUNGER = frozenset({"younger", "junior"})
_PARENT_ROLES = frozenset({"father", "mother", "dad", "mom", "grandfather", "grandmother"})
_CHILD_ROLES = frozenset({"son", "daughter", "grandson", "granddaughter"})


def _generation(e: Entity) -> int:
    """+1 for a parent (a parent's role, "Sr."), -1 for a child ("his son", "Jr."), else 0."""
    if e.roles & _PARENT_ROLES or e.suffix in ("sr",):
        return 1
    if e.roles & _CHILD_ROLES or e.suffix in ("jr", "ii", "iii"):
        return -1
    return 0


def _people_noun(head: Token) -> bool:
    """A common noun for people by their role ("supporters", "official"), not for a body
    ("the Sanders campaign") nor a thing ("the Rove ad")."""
    role = canonical_role(lemma(head))
    return head.pos_ == "NOUN" and role in ROLE_NOUNS and role not in ORG_ROLES


def _role_weight(token: Token) -> float:
    dep = token.dep_
    if dep in SUBJECT_DEPS:
        return W_SUBJECT + (W_SPEAKER if is_cue_word(token.head) else 0.0)
    if dep == "poss":
        return W_POSSESSOR
    if dep in OBJECT_DEPS:
        return W_OBJECT
    if dep in ("appos", "conj"):
        # A name in apposition or coordination takes its head's role ("Flynn, a surrogate,").
        head = token.head
        if head.dep_ in SUBJECT_DEPS:
            return W_SUBJECT + (W_SPEAKER if is_cue_word(head.head) else 0.0)
        if head.dep_ in OBJECT_DEPS:
            return W_OBJECT
    if dep == "compound":
        return W_MODIFIER  # "the Clinton campaign" is about the campaign
    return W_OTHER


OTHER_ROLE = antecedents.OTHER


def _the_name(head: Token) -> bool:
    """A proper name right after "the" and nothing else before it ("the Post", "the Orlando
    Sentinel"; not "the environmental nonprofit E3G", whose words say what it is)."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return False
    return all(c.pos_ == "PROPN" and c.dep_ == "compound" for c in lefts[1:])


def _role_category(token: Token) -> str:
    """A mention's grammatical role, as the antecedent model reads it."""
    dep = token.dep_
    if dep in ("appos", "conj") and token.head.i != token.i:
        token = token.head  # "Flynn, a surrogate," takes its head's role
        dep = token.dep_
    if dep in SUBJECT_DEPS:
        if is_cue_word(token.head):
            return antecedents.SPEAKER
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return antecedents.SUBJECT if verb.dep_ == "ROOT" else antecedents.EMBEDDED
    if dep == "poss":
        return antecedents.POSSESSOR
    if dep in OBJECT_DEPS:
        return antecedents.OBJECT
    return antecedents.OTHER


TRACE: dict[int, list[tuple[float, int]]] | None = None  # diagnostics: token → ranked choices


def _best(scored: list[tuple[float, int]], at: int = -1) -> tuple[int, float] | None:
    if TRACE is not None and at >= 0:
        TRACE[at] = sorted(scored, reverse=True)[:4]
    if not scored:
        return None
    scored.sort(reverse=True)
    top_score, top = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    return top, top_score - runner


def _indefinite(tok: Token) -> bool:
    """ "a spokesperson", "another official", "one person": someone introduced, not named."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one"))
        or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in tok.children
    )


def _definite(tok: Token) -> bool:
    """ "the senator", "this company", "its embassy", "Moscow's ambassador": a definite noun
    phrase."""
    if any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "poss" and c.lower_ not in ("my", "our", "your", "their"))
        for c in tok.children
    ):
        return True
    # "The former secretary of state and current … nominee": the parse hangs the article on
    # the first of two coordinated roles, a modifier of the head noun.
    first = tok.left_edge
    return (
        first.dep_ == "det"
        and first.lower_ in ("the", "this", "that")
        and first.head.head.i == tok.i
        and first.head.dep_ in ("nmod", "compound")
        and first.head.pos_ == "NOUN"
    )


def _decided(votes: Counter[str]) -> str | None:
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    if rest and rest[0][1] >= n:
        return None
    return top


# Gender evidence as log-odds: a title or gendered noun said of the person ("Mrs.", "his wife,
# X") outweighs the first-name lexicon; a pronoun bound to the name counts less, but two of
# them overrule a given name that most, not all, of its bearers share ("Marty", "Lindsey").
TITLE_EVIDENCE = 5.0
BOUND_EVIDENCE = 2.0
GENDER_DECIDES = math.log(85 / 15)


LEANS = 70  # percent of a given name's bearers of one gender for an undecided name to lean


def _lean(e: Entity) -> str | None:
    if e.bound or e.titles:
        return None  # the article's own evidence left it undecided: the name decides nothing
    if len(e.words) == 1:
        return genders.of_given_name(e.words[0])
    given = next((w for w in e.words[:-1] if len(w) > 1), None)
    pct = genders.share_women(given) if given is not None else None
    if pct is None or 100 - LEANS < pct < LEANS:
        return None
    return "f" if pct >= LEANS else "m"


SOFT_SHARE = 10  # percent of a given name's bearers of the other gender that keeps it a lean


def _name_alone_decides(e: Entity) -> bool:
    """Whether the person's gender rests on their given name only, a name borne by at least
    :data:`SOFT_SHARE` percent of the other gender (no title, gendered noun or bound pronoun)."""
    if e.kind != PERSON or e.titles or e.bound or len(e.words) < 2:
        return False
    given = next((w for w in e.words[:-1] if len(w) > 1), None)
    pct = genders.share_women(given) if given is not None else None
    return pct is not None and SOFT_SHARE <= pct <= 100 - SOFT_SHARE


def _person_gender(e: Entity) -> str | None:
    """The gender the article's evidence and the lexicon decide together, or None."""
    score = TITLE_EVIDENCE * (e.titles["f"] - e.titles["m"])
    given = next((w for w in e.words[:-1] if len(w) > 1), None) if len(e.words) > 1 else None
    # A name used alone may be a given name ("Melanie") or a family name ("Clinton"): the
    # lexicon counts for half.
    lone = given is None and len(e.words) == 1
    pct = genders.share_women(given or e.words[0]) if given or lone else None
    if pct is not None:
        p = min(99.0, max(1.0, float(pct))) / 100
        score += math.log(p / (1 - p)) * (0.5 if lone else 1.0)
    score += BOUND_EVIDENCE * (e.bound["f"] - e.bound["m"])
    if score >= GENDER_DECIDES:
        return "f"
    if score <= -GENDER_DECIDES:
        return "m"
    return None


def _in_other_relative(tok: Token, verb: Token, subject: Token) -> bool:
    """Whether a pronoun sits in a relative clause of some other noun than the subject
    ("Melanie said to the nominee, who began his speech"): it is that noun's pronoun."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.i != subject.i:
            return True
        node = node.head
    return False


def _compatible(longer: tuple[str, ...] | list[str], other: list[str]) -> bool:
    a, b = list(longer), list(other)
    if len(a) < len(b):
        a, b = b, a
    if _contains(a, b):
        return True
    # "J. Smith" and "John Smith": an initial stands for the given name.
    return (
        len(a) == len(b) == 2
        and a[-1] == b[-1]
        and (len(a[0]) == 1 or len(b[0]) == 1)
        and a[0][0] == b[0][0]
    )


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether one name holds the other: same last word, the shorter's words in order."""
    if len(shorter) > len(longer) or not shorter or longer[-1] != shorter[-1]:
        return False
    it = iter(longer)
    return all(word in it for word in shorter)


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed, for names of five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


_MISTAGGED = frozenset({"PRODUCT", "WORK_OF_ART", "ORG", "NORP", "EVENT"})
# What the NER calls a company it does not know ("Severn Water" as a work of art).
_MISSED_ORG = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _family_name_cut_off(ent: Span, nxt: Token) -> bool:
    """Whether the NER ended a person's name one word early: the next word is a capitalised
    proper noun the name's last word is compounded with ("Cllr Joan | Ashby"), standing alone
    (not part of a longer name of its own) and no organisation noun."""
    last = ent[-1]
    return (
        nxt.pos_ == "PROPN"
        and nxt.is_title
        and last.head.i == nxt.i
        and last.dep_ in ("compound", "flat")
        and _entity_length(nxt) <= 1
        and lemma(nxt) not in ORG_ROLES
        and nxt.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    )


def _person_name_tagged_a_body(ent: Span, known_titles: Collection[str] = ()) -> bool:
    """A name the NER called an organisation in one sentence ("Gavin Rourke"): a decisive
    given name and a family name, with no word of a body in it, after any titles ("Mrs
    Justice Amelia Hart", "Nurse Abena Owusu"), may be a person whatever the tag says; the
    caller asks for evidence beside it ("Fox" is a given name too)."""
    if ent.label_ not in ("ORG", "FAC"):
        return False  # "Nurse Abena Owusu" has been taken for a building
    name = ent[_title_words(ent, known_titles) :]
    honorific = fold(ent[0].text).rstrip(".") in HONORIFICS
    if not (2 if not honorific or len(name) == len(ent) else 1) <= len(name) <= 3:
        return False  # "Mrs Justice Hart": an honorific before one family name is a person's
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in name):
        return False
    if any(lemma(t) in ORG_ROLES or t.lower_ in ORGANISATION_NOUNS for t in name):
        return False
    return len(name) == 1 or genders.of_given_name(name[0].text) is not None


def _title_words(ent: Span, known_titles: Collection[str] = ()) -> int:
    """How many of the entity's leading words are a person's titles or roles ("Mrs Justice",
    "Nurse"); 0 when they are anything else ("the Washington Post", "New York Times")."""
    n = title_length([t.text for t in ent], _is_given_name, known_titles)
    for t in ent[:n]:
        role = lemma(t)
        if not t.is_title or not (
            is_title_word(t.text, known_titles) or (role in ROLE_NOUNS and role not in ORG_ROLES)
        ):
            return 0
    return n


def _told_as_person(ent: Span, known_titles: Collection[str] = ()) -> bool:
    """Evidence that a given and family name the NER called a body is a person: a title or a
    person's role before it ("Mrs Justice Amelia Hart", "Nurse Abena Owusu"), or it stands in
    apposition to a person's role noun ("The company's chief executive, Marcus Delaney,"); a
    company named after its founder ("John Lewis said") has neither."""
    if _title_words(ent, known_titles) > 0:
        return True
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start:
        role = lemma(head)
        return role in ROLE_NOUNS and role not in ORG_ROLES
    return False


def _plausible_name(ent: Span) -> bool:
    """NER calls headline words names ("Trump Stands Tall"); a name has no verbs in it."""
    if len(ent) > 5:
        return False
    if all(t.lower_ in ORG_ROLES or not t.is_alpha for t in ent):
        return False  # "the USA TODAY NETWORK": an organisation's word is nobody's name
    if len(ent) == 1 and ent[0].tag_ == "NNS":
        return False  # "Campaigners said …": a plural common noun is a group, no one's name
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBZ", "VBD", "VBP") for t in ent)


_FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "ADV", "PART", "PRON", "INTJ"})


def _name_start(ent: Span) -> int:
    """Where a person's name starts in an entity the NER began a word early: "Without
    Bloomberg", "Neither Cruz" (a function word is no part of a name)."""
    start = ent.start
    doc = ent.doc
    while (
        start < ent.end - 1
        and doc[start].pos_ in _FUNCTION_POS
        and doc[start].is_stop  # a tagger's slip on a name ("Barack" as a preposition) stays
        and not _is_given_name(doc[start].text)
    ):
        start += 1
    return start


def _is_heading(span: Span, lines: Sequence[int], text: str) -> bool:
    """A span in a heading line: a short paragraph with no sentence-ending punctuation, or
    Title Case words running into the sentence ("Clinton Hid Past Health …"). ``lines``: the
    offsets of the text's line breaks."""
    k = bisect.bisect_left(lines, span.start_char)
    start = lines[k - 1] + 1 if k > 0 else 0
    end = lines[k] if k < len(lines) else len(text)
    line = text[start : min(end, start + 400)].strip()
    if line.startswith(("[", "(")):
        return True  # "[Video: FULL SPEECH: President Obama Speech at …]": a bracketed note
    short = end - start < 200 and 0 < len(line.split()) <= 12
    if short and not re.search(r"[.!?:;,”\"’']\s*$", line):
        return True
    words = [t for t in span if t.is_alpha]
    return len(words) >= 3 and all(t.is_title for t in words) and span.root.ent_type_ != "PERSON"


def _entity_length(token: Token) -> int:
    if token.ent_iob_ in ("", "O"):
        return 0
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start


_CREDIT = re.compile(
    r"\b(?:AP|Reuters|Getty|AFP|EPA|POOL|Photo|Photograph|Photos|Image|Images|Credit|"
    r"Shutterstock|Bloomberg)\b"
)


# A byline or a dateline on its own line names the agency too, but what follows is the story's
# lead, not a caption ("By Jane Roe, AP", "WASHINGTON (Reuters)").
_BYLINE_OR_DATELINE = re.compile(
    r"(?:By\s|[A-Z][A-Z .,'’-]{1,40}\s*\([^()\n]{2,40}\)\s*[-—–]?\s*$)"
)


def _captions(
    text: str,
    paragraphs: Sequence[tuple[int, int]] | None,
    token_paragraph: Sequence[int] | None,
    n_tokens: int,
    tokens: Sequence[Token] = (),
) -> list[bool]:
    """For each token, whether its paragraph is a photo caption: a short paragraph ending in a
    credit ("(AP Photo/Evan Vucci)"), the one before a paragraph that is only a credit
    ("POOL New/Reuters."), or the one after it when it opens in the present tense, as
    captions do ("Sanford police officer Timothy Smith holds up the gun …")."""
    out = [False] * n_tokens
    if not paragraphs or token_paragraph is None:
        return out
    flagged: set[int] = set()
    for k, (start, end) in enumerate(paragraphs):
        para = text[start:end].strip()
        words = para.split()
        if not words or len(words) > 60:
            continue
        if (
            len(words) <= 6
            and _CREDIT.search(para)
            and not re.search(r"[“”\"]", para)
            and not _BYLINE_OR_DATELINE.match(para)
        ):
            flagged.add(k)
            if k > 0:
                prev = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]]
                if len(prev.split()) <= 60 and not re.search(r"[“”\"]", prev):
                    flagged.add(k - 1)
            if k + 1 < len(paragraphs) and _present_tense_caption(
                text, paragraphs[k + 1], token_paragraph, tokens, k + 1
            ):
                flagged.add(k + 1)
        elif re.search(r"\((?:[^()]*\b(?:Photo|Image|Credit)\b[^()]*)\)\s*$", para):
            flagged.add(k)
    if flagged:
        for i in range(n_tokens):
            if token_paragraph[i] in flagged:
                out[i] = True
    return out


def _present_tense_caption(
    text: str,
    span: tuple[int, int],
    token_paragraph: Sequence[int],
    tokens: Sequence[Token],
    k: int,
) -> bool:
    """A short paragraph without quote marks whose first sentence's main verb is in the
    present tense."""
    para = text[span[0] : span[1]]
    if len(para.split()) > 60 or re.search(r"[“”\"]", para):
        return False
    first = bisect.bisect_left(token_paragraph, k) if tokens else len(tokens)
    for tok in tokens[first : first + 40]:
        if token_paragraph[tok.i] != k:
            break
        if tok.dep_ == "ROOT":
            return tok.tag_ in ("VBZ", "VBP")
    return False


# "LONDON (Reuters) -": the agency in a dateline is who filed the story, not who it is about.
_DATELINE_CREDIT = re.compile(r"[A-Z][A-Z .,'’-]{1,40}\s*\(([^()\n]{2,40})\)\s*[-—–]")


def _dateline_credits(
    text: str, paragraphs: Sequence[tuple[int, int]] | None, tokens: Sequence[Token]
) -> list[tuple[int, int]]:
    """Token ranges of a dateline (its place and credit) in the first paragraphs."""
    out = []
    for start, _ in (paragraphs or [])[:3]:
        m = _DATELINE_CREDIT.match(text, start)
        if m is None:
            continue
        lo, hi = m.start(), m.end(1)  # the place and the agency: "LONDON (Reuters)"
        hits = []
        for t in tokens:
            if t.idx >= hi:
                break
            if t.idx >= lo:
                hits.append(t.i)
        if hits:
            out.append((hits[0], hits[-1] + 1))
    return out


_AGENT_SUFFIXES = (
    "er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "person", "eer", "ee",
    "ive", "ary", "ier",
)  # fmt: skip


def is_person_noun(word: str) -> bool:
    """Whether a common noun can be a person's role: a listed role or title, a gendered noun,
    or a word built as agent nouns are ("headteacher", "striker", "councillor", "physicist",
    "trustee", "representative"); never an organisation, a document or a medium."""
    word = word.lower().rstrip(".")
    if word in ORG_ROLES or word in SPEECH_NOUNS or word in DOCUMENT_NOUNS:
        return False
    if word in ROLE_NOUNS or word in TITLES or genders.of_noun(word):
        return True
    return len(word) > 4 and word.isalpha() and word.endswith(_AGENT_SUFFIXES)


def _is_demonym_epithet(noun: Token) -> bool:
    """ "the Spaniard", "the Dane": one person called by their nationality (a singular
    demonym after "the", which the NER tags as a group), not a people nor a body."""
    if noun.ent_type_ != "NORP" or noun.tag_ not in ("NN", "NNP") or not noun.is_title:
        return False
    if _entity_length(noun) != 1 or noun.lower_.endswith("s"):
        return False
    lefts = list(noun.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and lefts[0].dep_ == "det"


def _is_age_epithet(noun: Token) -> bool:
    """ "the 46-year-old", "the teenager", "the pensioner": a person described by age alone."""
    word = noun.lower_
    if word in ("teenager", "teen", "pensioner", "toddler", "octogenarian", "nonagenarian"):
        return True
    return word == "old" and any(t.lower_ in ("year", "years") for t in noun.lefts)


def _modifiers(noun: Token) -> list[str]:
    """The lower-cased noun and proper-name modifiers of a role noun ("council" in "council
    leader", "Manchester" in "Manchester striker"); not "former" or "senior", which tell no
    one apart."""
    return [
        c.lower_
        for c in noun.children
        if c.i < noun.i
        and c.is_alpha
        and (c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.pos_ == "PROPN"))
    ]


def _capitalised_modifiers(noun: Token) -> list[str]:
    """Capitalised adjectives before a role noun, lower-cased ("Republican" in "the
    Republican presidential nominee"): a party, a nationality, a place."""
    return [
        c.lower_
        for c in noun.children
        if c.i < noun.i
        and c.dep_ == "amod"
        and c.is_alpha
        and c.text[:1].isupper()
        and not c.is_sent_start
    ]


def _tied(role: str, mod: str) -> bool:
    """Whether a role the article gave someone carries the modifier ("republican contender",
    or "republican" alone where the parse split it from its noun)."""
    return role == mod or role.startswith(f"{mod} ")


def _head_word(description: str) -> str:
    """The head noun of a short description: the last word before "for", "at", "of" …
    ("senior official at the ministry" → "official")."""
    words = name_key(description).split()
    for k, w in enumerate(words):
        if w in ("for", "at", "of", "in", "with", "close", "from", "to", "who", "on") and k:
            return words[k - 1]
    return words[-1] if words else ""


def _named_apposition(head: Token) -> Span | None:
    """A person or organisation named in apposition to a common noun, up to two levels deep."""
    frontier = [head]
    for _ in range(2):
        found = [c for t in frontier for c in t.children if c.dep_ == "appos"]
        for tok in found:
            for t in tok.subtree:
                if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B":
                    ent = _entity_starting_at(t)
                    if ent is not None:
                        return ent
        frontier = found
    return None


def _entity_starting_at(token: Token) -> Span | None:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, token.i, end, label=token.ent_type_)


def antecedent_span(token: Token) -> Span:
    """The name or short noun phrase a relative pronoun's antecedent token heads."""
    doc = token.doc
    if token.ent_iob_ in ("B", "I"):
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    return doc[token.left_edge.i if token.left_edge.i >= token.i - 4 else token.i : token.i + 1]


def _proper_chain(head: Token) -> Span:
    doc = head.doc
    start = head.i
    while (
        start > 0
        and head.i - start < 6
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in TITLES
        and any(c.isalpha() for c in doc[start - 1].text)
    ):
        start -= 1
    end = head.i + 1
    while (
        end < len(doc)
        and end - head.i < 6
        and doc[end].pos_ == "PROPN"
        and doc[end].dep_ in ("compound", "flat")
    ):
        end += 1
    return doc[start:end]
