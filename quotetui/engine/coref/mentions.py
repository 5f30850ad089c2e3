"""Name mentions, and the state every part of an article's reading shares."""

from __future__ import annotations

import re
from collections.abc import Sequence

# spacy.symbols is compiled (Cython) and ships no type stubs.
from spacy.symbols import NOUN, PROPN, VERB  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from quotetui.engine import antecedents
from quotetui.engine import gender as genders
from quotetui.engine.coref.descriptions import _is_demonym_epithet
from quotetui.engine.coref.junk import is_junk_name
from quotetui.engine.coref.records import Entity, _Mention
from quotetui.engine.coref.tagging import (
    _MISSED_ORG,
    _MISTAGGED,
    _NEVER_A_SURNAME,
    _entity_length,
    _family_name_cut_off,
    _family_name_tagged_a_body,
    _name_start,
    _person_name_tagged_a_body,
    _plausible_name,
    _told_as_person,
    _without_possessive,
    name_cased,
)
from quotetui.engine.coref.words import (
    COMPANY_NAME_ENDS,
    ORG_LABELS,
    ORG_ROLES,
    SUBJECT_DEPS,
    SUFFIXES,
    _is_given_name,
)
from quotetui.engine.headings import is_heading
from quotetui.engine.lexicon import (
    ROLE_NOUNS,
    lemma,
)
from quotetui.engine.resolution import (
    ORGANISATION,
    PERSON,
    Resolution,
)
from quotetui.engine.syntax import ents_of, is_cue_word, tokens_among
from quotetui.names import (
    clean_name,
    clean_org,
    describe_nominal,
    fold,
    is_title_word,
    name_key,
    title_length,
)


def _company_named(ent: Span) -> bool:
    """A name the NER called a person's that ends as a company's does ("Anglian Water"), or
    that an organisation's noun describes ("campaign group Save Millbrook Pool", "software
    firm Kestrel")."""
    if ent.label_ != "PERSON" or not 1 <= len(ent) <= 5:
        return False
    if len(ent) >= 2 and ent[-1].is_title and ent[-1].lower_.rstrip(".") in COMPANY_NAME_ENDS:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ == "compound"
        and before.head.i == ent.root.i
        and lemma(before) in ORG_ROLES
        and genders.of_given_name(ent[0].text) is None
    )


class _Article:
    """The state every part of the reading shares (set by ``ArticleEntities.__init__``)."""

    doc: Doc
    inside: Sequence[int]
    tokens: Sequence[Token]
    text: str
    caption: list[bool]
    _resolved: dict[tuple[int, int, int], Resolution]
    _resolved_by_known: dict[tuple[int, int, int, int], Resolution]
    _read_known: bool
    _issuing: set[int]
    entities: list[Entity]
    entity_at: dict[int, int]
    links: dict[int, tuple[int, float]]
    described_links: set[int]
    _main_subject: dict[int, int]
    _told_sentences: set[int]
    _sentence: list[int]
    sentence_of: Sequence[int]
    _root_at: dict[int, Token]
    _lines: list[int]
    _known_titles: set[str]
    person_roles: set[str]
    shared_names: set[int]
    _starts: dict[int, list[int]]
    _full_starts: dict[int, list[int]]
    _seen: dict[int, antecedents.Seen]
    _paragraph: Sequence[int]
    _capitalised: dict[str, str]
    indefinites: dict[str, list[tuple[int, str]]]


class _Mentions(_Article):
    """Name mentions: every person and organisation name the article writes."""

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
        tokens = self.tokens  # spaCy makes a new Token on every doc[i]
        title_gender = None
        e = end
        # "The Intergovernmental Authority on Development (IGAD": the NER may run a name on
        # into the bracketed acronym after it, which is no part of the name.
        bracket = next((i for i in range(start + 1, end) if tokens[i].text == "("), None)
        if bracket is not None:
            e = bracket
        while e > start + 1 and (
            tokens[e - 1].is_punct or tokens[e - 1].lower_ in ("'s", "’s", "'")
        ):
            e -= 1
        s = start
        if kind == PERSON:
            # Titles and descriptors written at the name's start ("Mr. Obama", "Cllr Dawn
            # Pryce", "Det Insp Kevin Marr"), and titles written just before it.
            words = [t.text for t in doc[start:e]]
            s = start + title_length(words, _is_given_name, self._known_titles)
            for i in range(start, s):
                title_gender = title_gender or genders.of_title(tokens[i].lower_)
        t = start - 1
        steps = 0
        while t >= 0 and steps < 3 and is_title_word(tokens[t].text, self._known_titles):
            title_gender = title_gender or genders.of_title(tokens[t].lower_)
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
            while first < s and not tokens[first].is_title:
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
            if _company_named(ent):
                taken.update(range(ent.start, ent.end))  # a body's name, no one's below either
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
        for i in tokens_among(self.doc, (PROPN,)):
            tok = self.tokens[i]
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
        for i in tokens_among(self.doc, (PROPN,)):
            tok = self.tokens[i]
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
        for i in tokens_among(self.doc, (PROPN, NOUN, VERB)):
            tok = self.tokens[i]
            if (
                tok.i in taken
                or not name_cased(tok)
                # "Trump himself was delighted": a name the tagger took for a verb, which no
                # verb's subject is.
                or not (
                    tok.pos_ in ("PROPN", "NOUN")
                    or (tok.pos_ == "VERB" and tok.dep_ in SUBJECT_DEPS)
                )
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
        family = {
            name[-1].lower_
            for e in ents_of(self.doc)
            if e.label_ == "PERSON" and len(name := _without_possessive(e)) > 1
        }
        for ent in ents_of(self.doc):
            if len(ent) == 1 and _is_demonym_epithet(ent[0]):
                continue  # "the Spaniard": one person, whom the salience pass looks for
            if _company_named(ent) and not self.caption[ent.start]:
                m = self._make_mention(ent.start, ent.end, ORGANISATION, "ORG")
                if m is not None:
                    out.append(m)
            elif ent.label_ in ORG_LABELS and len(ent) <= 8 and not self.caption[ent.start]:
                person = _person_name_tagged_a_body(ent, self._known_titles) and (
                    (ent.label_ == "ORG" and _without_possessive(ent)[-1].lower_ in surnames)
                    or _told_as_person(ent, self._known_titles)
                )
                person = person or _family_name_tagged_a_body(ent, family, self._known_titles)
                kind = PERSON if person else ORGANISATION
                label = "PERSON" if person else ent.label_
                m = self._make_mention(ent.start, ent.end, kind, label)
                if m is not None:
                    out.append(m)
        # A proper name of two or more words the NER missed, as a clause's subject ("Thames
        # Water was fined …"): an organisation when it is no person's name.
        doc = self.doc
        for i in tokens_among(self.doc, (PROPN,)):
            tok = self.tokens[i]
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
            if is_heading(span, self._lines, self.text):
                continue
            m = self._make_mention(start, tok.i + 1, ORGANISATION, "ORG")
            if m is not None:
                out.append(m)
        return out
