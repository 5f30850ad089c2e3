"""The salience pass, in reading order: each mention adds to its entity, pronouns and role
nouns are linked."""

from __future__ import annotations

from collections import OrderedDict

# spacy.symbols is compiled (Cython) and ships no type stubs.
from spacy.symbols import NOUN  # type: ignore[import-not-found]
from spacy.tokens import Token

from quotetui.engine import antecedents
from quotetui.engine import gender as genders
from quotetui.engine.coref.descriptions import (
    AGE_WORDS,
    _definite,
    _indefinite,
    _is_age_epithet,
    _is_demonym_epithet,
    _is_described_speaker,
)
from quotetui.engine.coref.holders import _Holders
from quotetui.engine.coref.junk import is_junk_name
from quotetui.engine.coref.records import Entity, _Mention, _State
from quotetui.engine.coref.weights import (
    DECAY,
    OTHER_ROLE,
    W_INSIDE_QUOTE,
    _role_category,
    _role_weight,
    _viewpoint,
)
from quotetui.engine.coref.words import (
    NEUTER_PRONOUNS,
    ORG_ROLES,
    PLURAL_PRONOUNS,
    SUBJECT_DEPS,
    canonical_role,
)
from quotetui.engine.lexicon import (
    DOCUMENT_NOUNS,
    ROLE_NOUNS,
    lemma,
)
from quotetui.engine.resolution import (
    DOCUMENT,
    PERSON,
    UNNAMED,
)
from quotetui.engine.syntax import is_cue_word, tokens_among
from quotetui.names import (
    describe_nominal,
    name_key,
)

# Every word the salience pass tests a token's lower-case form against, whatever its part of
# speech: the organisation nouns, the pronouns, the age epithets and the relative "who".
_SALIENCE_WORDS = (
    ORG_ROLES
    | frozenset(genders.PRONOUN_GENDER)
    | PLURAL_PRONOUNS
    | NEUTER_PRONOUNS
    | AGE_WORDS
    | {"who"}
)


def _main_clause_subject(token: Token) -> bool:
    """The subject of the sentence's own verb ("Carson said", "Trump plans …"), not of a
    clause it reports ("Carson said that Trump plans …")."""
    if token.dep_ in ("appos", "conj", "compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


class _Salience(_Holders):
    """The salience pass: every mention in reading order, linking pronouns and role nouns."""

    def _salience_pass(self, mentions: list[_Mention]) -> None:
        doc = self.doc
        events: list[tuple[int, int, object]] = []
        for m in mentions:
            if m.entity >= 0:
                events.append((m.root.i, 0, m))
                group = self._group(m)
                if group is not None:
                    events.append(group)
        self._capitalised: dict[str, str] = {}
        self.indefinites: dict[str, list[tuple[int, str]]] = {}
        # Only these tokens can pass a test below (a common noun, a demonym, a word the tests
        # name): the rest of the article is left unread.
        for i in tokens_among(doc, (NOUN,), _SALIENCE_WORDS, ("NORP",)):
            tok = self.tokens[i]
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
                    or _is_described_speaker(tok)
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
        self._main_subject: dict[int, int] = {}  # entity → last sentence it was main subject
        self._told_sentences = {
            self._sentence[t.i] for t in self.tokens if self.inside[t.i] == -1 and t.is_alpha
        }
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
                if _main_clause_subject(token):
                    self._main_subject[entity] = sent
                if record.last_role in (antecedents.SUBJECT, antecedents.SPEAKER):
                    record.subject_sentence = sent
            record.count += 1
            if full and not muted:
                record.full_paragraphs.add(para[token.i])
            # "For Jonathan Chait, Williamson is exposing …": whose view the sentence gives
            # is its subject as much as the parse's subject is.
            subject = token.dep_ in SUBJECT_DEPS or _viewpoint(token)
            if entity in state:
                base, last, best, _ = state[entity]
                if last == sent:
                    state[entity] = (base, sent, max(best, weight), subject)
                else:
                    carried = (base + best) * DECAY ** max(0, sent - last)
                    state[entity] = (carried, sent, weight, subject)
            else:
                state[entity] = (0.0, sent, weight, subject)
            state.move_to_end(entity)

        for _, what, item in events:
            if what == 0:
                assert isinstance(item, _Mention)
                add(item.entity, item.root, item.inside, full=len(item.words) > 1)
                continue
            if what in (3, 4):
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

    def _group(self, m: _Mention) -> tuple[int, int, object] | None:
        """People the reporter names together ("Professors Foner and Alba suggest …"), as
        one plural entity whom a later "they" means: an event after the last conjunct's."""
        head = m.root
        subject = head.dep_ in SUBJECT_DEPS or (
            head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS
        )
        if m.inside or not subject or self.caption[head.i]:
            # People who do something together ("three economists -- David Autor …, David
            # Dorn … and Gordon Hanson … -- raised"); not a list ("the deaths of Walter
            # Scott, Eric Garner and Tamir Rice").
            return None
        members: list[int] = []
        last = head
        for tok in [head, *sorted(head.conjuncts, key=lambda t: t.i)]:
            entity = self.entity_at.get(tok.i)
            if entity is None or self.entities[entity].kind != PERSON or entity in members:
                return None
            members.append(entity)
            last = tok
        if len(members) < 2:
            return None
        names = [self.entities[e].name for e in members]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        for e in self.entities:
            if e.plural and name in e.forms:
                break
        else:
            e = Entity(len(self.entities), PERSON, tuple(name_key(name).split()), label="PERSON")
            e.plural = True
            e.forms[name] = 1.0
            e.aliases.add(name)
            self.entities.append(e)
        e.uses += 1.0
        return (last.i, 4, (e.index, head))

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
