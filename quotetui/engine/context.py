"""What an article says about its speakers besides their names, for identity across articles.

Two articles' "Husted" and "Jon Husted" are one person when the articles agree on who he is:
the titles and roles written with the name ("Ohio Secretary of State Jon Husted"), his party
and place ("R-Ohio", "the Republican"), whether "he" or "she" is said of him, and the other
people and bodies the articles name. :func:`article_context` reads these off the parsed Doc
for every speaker the attributions name; ``quotetui.identity`` weighs them (no spaCy there).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from quotetui.engine.lexicon import ROLE_NOUNS, ROLE_OF_TITLE, lemma
from quotetui.engine.record import ArticleContext, Attribution, SpeakerContext
from quotetui.engine.syntax import ents_of, text_of
from quotetui.model import QuoteKind, SpeakerKind
from quotetui.names import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    TITLES,
    clean_name,
    clean_org,
    describe_nominal,
    name_key,
)

# Words of a title that say nothing of the office: "former", "acting", "first" vice minister.
_MODIFIERS = frozenset(
    "former acting interim first senior junior assistant associate executive managing deputy "
    "vice then longtime top chief new".split()
)
_PARTIES = {
    "democratic": "democratic",
    "democrat": "democratic",
    "democrats": "democratic",
    "republican": "republican",
    "republicans": "republican",
    "gop": "republican",
}
# "(D-Ohio)", "R-Texas", "I-Vt.": the party letter and the state of a US lawmaker.
_PARTY_TAG = re.compile(r"\(?\b([DRI])-([A-Z][A-Za-z.]+)")
_PARTY_LETTER = {"D": "democratic", "R": "republican", "I": "independent"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_NAME_LABELS = ("ORG", "GPE", "NORP", "FAC")
# Words before a name that end its title: "told" the senator, "of" the party, "the".
_STOP = frozenset({"VERB", "AUX", "DET", "PRON", "ADP", "SCONJ", "CCONJ"})


# A name the article gives outside quotations: the entity, its key, whether a person's, the
# key's words.
_Named = tuple[Span, str, bool, list[str]]


def article_context(doc: Doc, records: Sequence[Attribution]) -> ArticleContext:
    """The context of every speaker ``records`` name, and the names the article gives."""
    inside = _inside_quotes(doc, records)
    people = _people(doc, inside)
    names = _names(doc, inside)
    speakers: dict[str, list[Attribution]] = {}
    for rec in records:
        if rec.speaker and rec.kind is not QuoteKind.TERM:
            speakers.setdefault(rec.speaker, []).append(rec)
    # The article's names outside quotations with their keys (and whether each is a person's,
    # and its key's words), read once for every speaker.
    named = [
        (ent, key, label == "PERSON", key.split())
        for ent in ents_of(doc)
        for label in (ent.label_,)
        if not inside[ent.start] and label in ("PERSON", *_NAME_LABELS)
        for key in (name_key(clean_name(ent.text)),)
        if key
    ]
    contexts = [_speaker_context(doc, name, recs, named) for name, recs in sorted(speakers.items())]
    return ArticleContext(tuple(contexts), people, names)


def _inside_quotes(doc: Doc, records: Sequence[Attribution]) -> list[bool]:
    inside = [False] * len(doc)
    for rec in records:
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = True
    return inside


def _plausible(ent: Span) -> bool:
    return len(ent) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in ent)


def _people(doc: Doc, inside: list[bool]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for ent in ents_of(doc):
        if ent.label_ == "PERSON" and not inside[ent.start] and _plausible(ent):
            name = clean_name(ent.text)
            key = name_key(name)
            if key and key not in seen:
                seen[key] = name
    return tuple(seen.values())


def _names(doc: Doc, inside: list[bool]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for ent in ents_of(doc):
        if ent.label_ in _NAME_LABELS and not inside[ent.start]:
            name = clean_org(describe_nominal(ent.text))
            key = name_key(name)
            if key and key not in seen:
                seen[key] = name
    return tuple(seen.values())


def _speaker_context(
    doc: Doc, name: str, records: list[Attribution], named: Sequence[_Named]
) -> SpeakerContext:
    one_word = len(name_key(name).split()) == 1
    if records[0].speaker_kind is not SpeakerKind.PERSON and not one_word:
        # An organisation's name says what it is; the words around it are other bodies'.
        # (A one-word one may be a surname the tagger took for a body: "DuVernay said".)
        return SpeakerContext(name)
    keys = {name_key(a) for a in (name, *records[0].speaker_aliases) if a}
    words = name_key(name).split()
    spans = list(_mentions_of(named, keys, words))
    for rec in records:
        if rec.speaker_start is not None and rec.speaker_end is not None:
            span = doc.char_span(rec.speaker_start, rec.speaker_end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    titles: dict[str, None] = {}
    affiliations: dict[str, None] = {}
    gender: Counter[str] = Counter()
    for span in spans:
        for word in _titles_before(doc, span):
            if word in _PARTIES:
                affiliations[_PARTIES[word]] = None
            else:
                titles[word] = None
        for place in _places_before(doc, span):
            affiliations[place] = None
        for word in _apposition_roles(span):
            titles[word] = None
        party = _party_tag(doc, span)
        if party:
            for value in party:
                affiliations[value] = None
        honorific = _honorific(doc, span)
        if honorific in FEMALE_TITLES:
            gender["f"] += 1
        elif honorific in MALE_TITLES:
            gender["m"] += 1
    for rec in records:
        said = _PRONOUN_GENDER.get((rec.speaker_mention or "").strip().lower())
        if said:
            gender[said] += 1
    sure = None
    if len(gender) == 1:
        sure = next(iter(gender))
    return SpeakerContext(name, tuple(titles), tuple(affiliations), sure)


def _mentions_of(named: Sequence[_Named], keys: set[str], words: list[str]) -> Iterable[Span]:
    """The article's mentions of the speaker outside quotations (``named``: its names there,
    with their keys): its name or an alias, or (for a person) a shorter form ending in its
    surname."""
    for ent, key, person, ent_words in named:
        if key in keys or (
            person
            and len(words) > 1
            and ent_words[-1] == words[-1]
            and all(w in words for w in ent_words)
        ):
            yield ent


def _title_word(token_text: str) -> str | None:
    word = token_text.lower().rstrip(".")
    if word in _PARTIES:
        return word
    if word in _MODIFIERS or word in HONORIFICS:
        return None
    if word in TITLES or word in ROLE_NOUNS or word in ROLE_OF_TITLE:
        return ROLE_OF_TITLE.get(word, word)
    return None


def _titles_before(doc: Doc, span: Span) -> list[str]:
    """Titles and roles written before the name: "longtime Democratic pollster Pat Caddell"."""
    out: list[str] = []
    i = span.start - 1
    steps = 0
    while i >= 0 and steps < 7:
        tok = doc[i]
        if tok.is_punct or (tok.pos_ in _STOP and tok.lower_ != "of") or tok.lower_ == "and":
            break
        word = _title_word(tok.text)
        if word is not None:
            out.append(word)
        i -= 1
        steps += 1
    for tok in span:
        word = _title_word(tok.text)
        if word is not None and word in ROLE_NOUNS | set(ROLE_OF_TITLE.values()):
            out.append(word)
    return out


def _places_before(doc: Doc, span: Span) -> list[str]:
    """Places and groups among the words before the name: "Ohio Secretary of State …"."""
    out: list[str] = []
    i = span.start - 1
    steps = 0
    while i >= 0 and steps < 7:
        tok = doc[i]
        if tok.is_punct or (tok.pos_ in _STOP and tok.lower_ != "of"):
            break
        if tok.ent_type_ in ("GPE", "NORP") and tok.lower_ not in _PARTIES:
            out.append(name_key(tok.text))
        i -= 1
        steps += 1
    return out


def _apposition_roles(span: Span) -> list[str]:
    """Roles in an apposition either way round: "X, the ambassador" / "the ambassador, X"."""
    root = span.root
    out: list[str] = []
    for child in root.children:
        if child.dep_ == "appos":
            out += [_role(t.lemma_ or lemma(t)) for t in child.subtree if t.lower_ in ROLE_NOUNS]
    if root.dep_ == "appos":
        out += [
            _role(lemma(t))
            for t in root.head.subtree
            if t.lower_ in ROLE_NOUNS and not (span.start <= t.i < span.end)
        ]
    return [w for w in out if w]


def _role(word: str) -> str:
    word = word.lower()
    return ROLE_OF_TITLE.get(word, word)


def _party_tag(doc: Doc, span: Span) -> list[str]:
    # The few tokens after the name (at most 8, at most 16 characters), cut from the Doc's
    # text joined once (text_of), not joined anew from the tokens for every mention.
    if span.end >= len(doc):
        return []
    start = doc[span.end].idx
    last = span.end + 8
    end = doc[last].idx if last < len(doc) else len(text_of(doc))
    after = text_of(doc)[start : min(end, start + 16)]
    match = _PARTY_TAG.match(after.lstrip(" ,"))
    if match is None:
        return []
    return [_PARTY_LETTER[match.group(1)], name_key(match.group(2))]


def _honorific(doc: Doc, span: Span) -> str | None:
    first = span[0].lower_.rstrip(".")
    if first in HONORIFICS:
        return first
    if span.start > 0:
        prev = doc[span.start - 1].lower_.rstrip(".")
        if prev in HONORIFICS:
            return prev
    return None
