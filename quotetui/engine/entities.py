"""Mentions → canonical speakers, within an article and across the corpus.

Within an article, :class:`ArticleEntities` knows every person the article names, the fullest
form of each name ("Zinoviev" → "Georgy Zinoviev") and the roles it gives them ("Russian
Ambassador Georgy Zinoviev", "Kim Hong-kyun, first vice foreign minister"), so that pronouns
and nominals ("he", "the ambassador") can be resolved. Across articles, ``quotetui.identity``
joins the articles' speakers (no spaCy there).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

from spacy.tokens import Doc, Span, Token

from quotetui.engine.lexicon import (
    ORGANISATION_NOUNS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    ROLE_OF_TITLE,
    lemma,
)
from quotetui.model import SpeakerKind
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

PERSON = SpeakerKind.PERSON
ORGANISATION = SpeakerKind.ORGANISATION
UNNAMED = SpeakerKind.UNNAMED

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


@dataclass
class Speaker:
    """A resolved speaker: canonical name, kind and the aliases seen for it."""

    name: str
    kind: SpeakerKind
    aliases: set[str] = field(default_factory=set)


class ResolutionPath(StrEnum):
    """How a mention was resolved to its canonical speaker; each way has its penalty."""

    PERSON_NAMED = "person named"  # a PERSON entity in the mention
    PROPER_NAME = "proper name"  # proper nouns the NER did not tag: a person, less surely
    ORGANISATION_NAMED = "organisation named"
    TRANSCRIPT_LABEL = "transcript label"  # "PENCE:"
    FIRST_OR_SECOND_PERSON = "first or second person"  # "I", "we", "you": nobody resolved
    HE_OR_SHE = "he or she"
    HE_OR_SHE_UNRESOLVED = "he or she unresolved"
    IT_OR_THEY_EARLIER_SPEAKER = "it or they: earlier speaker"
    IT_OR_THEY_ORGANISATION = "it or they: organisation named before"
    IT_OR_THEY_UNRESOLVED = "it or they unresolved"
    INDEFINITE_DESCRIPTION = "indefinite description"  # "a spokesperson for the NSC"
    ROLE_OF_NAMED_PERSON = "role of a named person"  # "the ambassador" → Georgy Zinoviev
    ROLE_OF_EARLIER_SPEAKER = "role of an earlier speaker"
    ORGANISATION_BY_HEAD_NOUN = "organisation by its head noun"  # "the embassy"
    ORGANISATION_DESCRIBED = "organisation described"
    DESCRIPTION = "description"


def _load_penalties() -> dict[ResolutionPath, float]:
    data = json.loads(
        resources.files("quotetui.engine").joinpath("data/penalties.json").read_text("utf-8")
    )
    table = {ResolutionPath(key): float(value) for key, value in data["penalties"].items()}
    missing = set(ResolutionPath) - set(table)
    if missing:
        raise ValueError(f"data/penalties.json has no penalty for {sorted(missing)}")
    return table


PENALTIES = _load_penalties()


@dataclass(frozen=True)
class Resolution:
    speaker: Speaker | None
    path: ResolutionPath

    @property
    def penalty(self) -> float:
        """How much less sure the attribution is for resting on this resolution."""
        return PENALTIES[self.path]


@dataclass
class _PersonMention:
    token: int  # position of the name's last token
    key: str  # full canonical name
    subject: bool
    sentence: int


class ArticleEntities:
    """What one article tells about its people and organisations."""

    def __init__(self, doc: Doc, inside: list[int]):
        self.doc = doc
        self.inside = inside
        self.full_names: dict[str, str] = {}  # name_key(full) → display name
        self.roles: dict[str, set[str]] = {}  # full display name → role words
        self.gender: dict[str, str] = {}
        self.person_mentions: list[_PersonMention] = []
        self.org_mentions: list[tuple[int, str]] = []  # (token, display name)
        self._collect()

    # -- building ------------------------------------------------------------------------------

    def _collect(self) -> None:
        persons = [e for e in self.doc.ents if e.label_ == "PERSON" and _plausible_name(e)]
        names = [(e, clean_name(e.text)) for e in persons]
        self._register_full_names(names)
        self._sent_starts = [s.start for s in self.doc.sents]
        for ent, name in names:
            full = self._match_full(name)
            if full is None:
                continue
            roles = self.roles.setdefault(full, set())
            roles.update(self._roles_around(ent))
            title = self._title_before(ent)
            if title in FEMALE_TITLES:
                self.gender.setdefault(full, "f")
            elif title in MALE_TITLES:
                self.gender.setdefault(full, "m")
            if self.inside[ent.start] == -1:
                head = ent.root
                self.person_mentions.append(
                    _PersonMention(
                        ent.end - 1,
                        full,
                        head.dep_ in ("nsubj", "nsubjpass"),
                        self._sentence_of(ent.start),
                    )
                )
        for ent in self.doc.ents:
            if ent.label_ in ("ORG", "FAC") and self.inside[ent.start] == -1:
                self.org_mentions.append((ent.end - 1, describe_nominal(ent.text)))
        self._chain_pronouns()

    def _chain_pronouns(self) -> None:
        """Resolve every subject "he"/"she" in order, so later pronouns can lean on them."""
        self.pronoun_links: dict[int, str] = {}
        mentions = sorted(self.person_mentions, key=lambda m: m.token)
        chained: list[_PersonMention] = []
        k = 0
        for tok in self.doc:
            if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.inside[tok.i] != -1:
                continue
            while k < len(mentions) and mentions[k].token < tok.i:
                chained.append(mentions[k])
                k += 1
            gender = PERSONAL_PRONOUNS[tok.lower_]
            best = self._salient(tok.i, gender, chained, [])
            if best is None:
                continue
            self.pronoun_links[tok.i] = best
            self.gender.setdefault(best, gender)
            chained.append(_PersonMention(tok.i, best, True, self._sentence_of(tok.i)))
        self.person_mentions = sorted(chained + mentions[k:], key=lambda m: m.token)

    def _sentence_of(self, token_index: int) -> int:
        return bisect.bisect_right(self._sent_starts, token_index) - 1

    def _salient(
        self,
        before: int,
        gender: str,
        mentions: list[_PersonMention],
        known: list[tuple[int, Speaker]],
    ) -> str | None:
        """The most salient compatible person before a pronoun: recent, a subject, a speaker."""
        here = self._sentence_of(before)
        best: tuple[float, str] | None = None
        speakers = {sp.name for pos, sp in known if pos < before and sp.kind == PERSON}
        for m in mentions:
            if m.token >= before:
                continue
            g = self.gender.get(m.key)
            if g and g != gender:
                continue
            distance = here - m.sentence
            if distance > 12:
                continue
            score = -10.0 * distance + (6 if m.subject else 0) + (4 if m.key in speakers else 0)
            score += m.token / 1e6  # later wins ties
            if best is None or score > best[0]:
                best = (score, m.key)
        if best is None:
            for pos, sp in reversed(known):
                if (
                    pos < before
                    and sp.kind == PERSON
                    and self.gender.get(sp.name, gender) == gender
                ):
                    return sp.name
            return None
        return best[1]

    def _register_full_names(self, names: list[tuple[Span, str]]) -> None:
        """Every name of two or more words, each mapped to the canonical form of its person:
        the most used of the forms that contain one another ("Hillary Clinton" over a quoted
        "Crooked Hillary Clinton"; "Hillary Rodham Clinton" joins them), then the longest."""
        self._uses: dict[str, float] = {}
        display: dict[str, str] = {}
        for ent, name in names:
            key = name_key(name)
            if len(key.split()) < 2:
                continue
            # Names the reporter writes count more than names inside quotations.
            self._uses[key] = self._uses.get(key, 0.0) + (
                1.0 if self.inside[ent.start] == -1 else 0.25
            )
            if key not in display or self.inside[ent.start] == -1:
                display.setdefault(key, name)
        keys = sorted(self._uses, key=lambda k: (-self._uses[k], -len(k.split()), k))
        canonical: dict[str, str] = {}
        for key in keys:
            words = key.split()
            home = next(
                (
                    c
                    for c in keys
                    if c in canonical.values()
                    and _contains(c.split(), words)
                    or c in canonical.values()
                    and _contains(words, c.split())
                ),
                None,
            )
            canonical[key] = home or key
        self.full_names = {key: display[canonical[key]] for key in keys}

    def _match_full(self, name: str) -> str | None:
        key = name_key(name)
        if not key:
            return None
        if key in self.full_names:
            return self.full_names[key]
        words = key.split()
        # "Zinoviev" ⊂ "Georgy Zinoviev"; "Kim" ⊂ "Kim Hong-kyun" (family name first).
        candidates = [
            k
            for k in self.full_names
            if len(k.split()) > len(words)
            and (k.split()[-len(words) :] == words or k.split()[: len(words)] == words)
        ]
        if not candidates:
            return None
        best = max(candidates, key=lambda k: (self._uses.get(k, 0.0), len(k.split())))
        return self.full_names[best]

    def _roles_around(self, ent: Span) -> set[str]:
        roles: set[str] = set()
        doc = self.doc
        # Titles written before the name: "Russian Ambassador to South Korea Georgy Zinoviev".
        i = ent.start - 1
        steps = 0
        while i >= 0 and steps < 7:
            tok = doc[i]
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "DET") or tok.lower_ in ("said", "and"):
                break
            if tok.lower_ in ROLE_NOUNS or tok.lower_ in TITLES:
                role = lemma(tok).rstrip(".")
                roles.add(ROLE_OF_TITLE.get(role, role))
            i -= 1
            steps += 1
        for tok in ent:
            if tok.lower_ in ROLE_NOUNS:
                roles.add(tok.lower_)
        # Appositions either way round: "X, the ambassador" / "the ambassador, X".
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos":
                roles.update(lemma(t) for t in child.subtree if t.lower_ in ROLE_NOUNS)
        if root.dep_ == "appos":
            roles.update(
                lemma(t)
                for t in root.head.subtree
                if t.lower_ in ROLE_NOUNS and not (ent.start <= t.i < ent.end)
            )
        return roles

    def _title_before(self, ent: Span) -> str | None:
        first = ent[0].lower_.rstrip(".")
        if first in HONORIFICS:
            return first
        if ent.start > 0:
            prev = self.doc[ent.start - 1].lower_.rstrip(".")
            if prev in HONORIFICS:
                return prev
        return None

    def _titled(self, name: Span) -> str | None:
        """The name with the capitalised titles written before it ("Ambassador Kim Lee",
        "Mr. Obama"): an alias, since titles are not part of the name."""
        start = name.start
        while start > 0:
            prev = self.doc[start - 1]
            if not (prev.is_title and prev.lower_.rstrip(".") in TITLES):
                break
            start -= 1
        if start == name.start and clean_name(name.text) == name.text:
            return None
        titled = " ".join(self.doc[start : name.end].text.split())
        return re.sub(r"['’]s$", "", titled)

    # -- resolving -----------------------------------------------------------------------------

    def resolve(self, mention: Span, head: Token, known: list[tuple[int, Speaker]]) -> Resolution:
        """Canonical speaker for a mention; ``known`` lists earlier speakers by token position."""
        word = head.lower_
        if word in ("who", "whom", "which", "that") and head.head.dep_ == "relcl":
            # "Trump, who has called the pact “insanity”": the relative pronoun's antecedent.
            antecedent = head.head.head
            return self.resolve(antecedent_span(antecedent), antecedent, known)
        if head.pos_ == "PRON" or word in PERSONAL_PRONOUNS:
            return self._resolve_pronoun(head, known)
        named = _named_apposition(head)
        if named is not None and head.ent_type_ == "":
            # "Lumora's largest shareholder, the fund Aker Capital," / "the minister, Kim".
            return self.resolve(named, named.root, known)
        # The person the mention is about, not one it mentions ("Lumora's shareholder").
        persons = [
            e for e in mention.ents if e.label_ == "PERSON" and not any(t.dep_ == "poss" for t in e)
        ]
        if persons:
            person = persons[-1]
            name = clean_name(person.text)
            full = self._match_full(name) or name
            aliases = {a for a in (name, self._titled(person)) if a}
            return Resolution(Speaker(full, PERSON, aliases), ResolutionPath.PERSON_NAMED)
        if head.ent_type_ == "PERSON" or (
            head.pos_ == "PROPN"
            and head.ent_type_ not in ORG_LABELS
            and lemma(head) not in ROLE_NOUNS
        ):
            chain = _proper_chain(head)
            name = clean_name(chain.text)
            full = self._match_full(name) or name
            aliases = {a for a in (name, self._titled(chain)) if a}
            return Resolution(Speaker(full, PERSON, aliases), ResolutionPath.PROPER_NAME)
        # An organisation or place named as such.
        if head.ent_type_ in ORG_LABELS or (head.pos_ == "PROPN" and head.ent_type_ == ""):
            name = describe_nominal(mention.text)
            return Resolution(
                Speaker(clean_org(name), ORGANISATION, {name}), ResolutionPath.ORGANISATION_NAMED
            )
        # A role or description: "the ambassador", "a North Korean envoy to the UN".
        return self._resolve_nominal(mention, head, known)

    def resolve_label(self, label: str) -> Resolution:
        """A transcript label ("PENCE", "MR. TRUMP"): a person, by the article's names."""
        name = clean_name(label)
        full = self._match_full(name)
        if full is None:
            full = name.title() if name.isupper() else name
        return Resolution(Speaker(full, PERSON, {full}), ResolutionPath.TRANSCRIPT_LABEL)

    def _resolve_pronoun(self, head: Token, known: list[tuple[int, Speaker]]) -> Resolution:
        word = head.lower_
        gender = PERSONAL_PRONOUNS.get(word, "s")
        if word in ("i", "we", "you"):
            return Resolution(None, ResolutionPath.FIRST_OR_SECOND_PERSON)
        if gender in ("m", "f"):
            best = self._recent_person(head.i, gender, known)
            if best is not None:
                self.gender.setdefault(best.name, gender)
                return Resolution(best, ResolutionPath.HE_OR_SHE)
            return Resolution(None, ResolutionPath.HE_OR_SHE_UNRESOLVED)
        # it / they: an organisation, or a group of people.
        for pos, sp in reversed(known):
            if pos < head.i and sp.kind in (ORGANISATION, UNNAMED):
                return Resolution(sp, ResolutionPath.IT_OR_THEY_EARLIER_SPEAKER)
        for pos, name in reversed(self.org_mentions):
            if pos < head.i:
                return Resolution(
                    Speaker(name, ORGANISATION, {name}), ResolutionPath.IT_OR_THEY_ORGANISATION
                )
        return Resolution(None, ResolutionPath.IT_OR_THEY_UNRESOLVED)

    def _recent_person(
        self, before: int, gender: str, known: list[tuple[int, Speaker]]
    ) -> Speaker | None:
        name = self.pronoun_links.get(before) or self._salient(
            before, gender, self.person_mentions, known
        )
        if name is None:
            return None
        for _, sp in reversed(known):
            if sp.name == name:
                return sp
        return Speaker(name, PERSON, {name})

    def _resolve_nominal(
        self, mention: Span, head: Token, known: list[tuple[int, Speaker]]
    ) -> Resolution:
        role = lemma(head)
        role = ROLE_OF_TITLE.get(role, role)
        description = describe_nominal(mention.text)
        indefinite = any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in head.children
        )
        if indefinite:
            # "A spokesperson for the NSC": someone new, described rather than named.
            return Resolution(
                Speaker(description, UNNAMED, {description, mention.text}),
                ResolutionPath.INDEFINITE_DESCRIPTION,
            )
        if role in ROLE_NOUNS and role not in ORGANISATION_NOUNS and head.tag_ != "NNS":
            person = self._person_with_role(role, head.i)
            if person is not None:
                # A role is said of one person in one article, not a name for them elsewhere:
                # kept as the mention, never as an alias the registry would match corpus-wide.
                return Resolution(
                    Speaker(person, PERSON, {person}), ResolutionPath.ROLE_OF_NAMED_PERSON
                )
            for pos, sp in reversed(known):
                if pos < head.i and sp.kind == UNNAMED and _lemma_of_text(sp.name) == role:
                    return Resolution(sp, ResolutionPath.ROLE_OF_EARLIER_SPEAKER)
        if role in ORGANISATION_NOUNS:
            org = self._org_with_head(role, head.i)
            if org is not None:
                # Keep the place that tells one embassy from another: "… in Seoul".
                place = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"]
                if place and place[0].i + 1 < len(self.doc):
                    org = f"{org} {self.doc[place[0].i : place[0].right_edge.i + 1].text}"
                return Resolution(
                    Speaker(org, ORGANISATION, {org}), ResolutionPath.ORGANISATION_BY_HEAD_NOUN
                )
            return Resolution(
                Speaker(clean_org(description), ORGANISATION, {description}),
                ResolutionPath.ORGANISATION_DESCRIBED,
            )
        return Resolution(Speaker(description, UNNAMED, {description}), ResolutionPath.DESCRIPTION)

    def _person_with_role(self, role: str, position: int) -> str | None:
        holders = {name for name, roles in self.roles.items() if role in roles}
        if not holders:
            return None
        before = [m for m in self.person_mentions if m.key in holders and m.token < position]
        if before:
            return before[-1].key
        after = [m for m in self.person_mentions if m.key in holders]
        return after[0].key if after else sorted(holders)[0]

    def _org_with_head(self, head_word: str, position: int) -> str | None:
        named = self._org_entity_with_head(head_word, position)
        if named is not None:
            return named
        # A capitalised use of the same noun names it: "the Russian Embassy" for "its embassy".
        for tok in self.doc:
            if (
                tok.lower_ == head_word
                and tok.text[:1].isupper()
                and tok.i > 0
                and tok.is_sent_start is False
            ):
                start = tok.i
                while (
                    start > 0
                    and self.doc[start - 1].text[:1].isupper()
                    and self.doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
                ):
                    start -= 1
                if start < tok.i:
                    return self.doc[start : tok.i + 1].text
        return None

    def _org_entity_with_head(self, head_word: str, position: int) -> str | None:
        matches = [
            (pos, name)
            for pos, name in self.org_mentions
            if name.split() and name_key(name).split()[-1] == head_word
        ]
        if not matches:
            # "the Russian Embassy building in Seoul": the head word inside a longer name.
            matches = [
                (pos, name)
                for pos, name in self.org_mentions
                if head_word in name_key(name).split()
            ]
        if not matches:
            return None
        before = [m for m in matches if m[0] < position]
        return (before[-1] if before else matches[0])[1]


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


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether one name holds the other: same last word, the shorter's words in order."""
    if len(shorter) > len(longer) or not shorter or longer[-1] != shorter[-1]:
        return False
    it = iter(longer)
    return all(word in it for word in shorter)


def _plausible_name(ent: Span) -> bool:
    """NER calls headline words names ("Trump Stands Tall"); a name has no verbs in it."""
    if len(ent) > 5:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBZ", "VBD", "VBP") for t in ent)


def antecedent_span(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[
        token.left_edge.i if token.left_edge.i >= token.i - 4 else token.i : token.i + 1
    ]


def _proper_chain(head: Token) -> Span:
    doc = head.doc
    start = head.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in TITLES
        and any(c.isalpha() for c in doc[start - 1].text)
    ):
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].dep_ in ("compound", "flat"):
        end += 1
    return doc[start:end]


def _lemma_of_text(name: str) -> str:
    words = name_key(name).split()
    return words[0] if words else ""
