"""The roles the article gives each person, whatever the role's word."""

from __future__ import annotations

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.agreement import _person_gender
from quotetui.engine.coref.descriptions import _modifiers, is_person_noun
from quotetui.engine.coref.mentions import _Mentions
from quotetui.engine.coref.records import Entity, _Mention
from quotetui.engine.coref.words import SUBJECT_DEPS, canonical_role
from quotetui.engine.lexicon import (
    ROLE_NOUNS,
    lemma,
)
from quotetui.engine.resolution import (
    PERSON,
)
from quotetui.names import (
    TITLES,
    is_title_word,
)


class _Roles(_Mentions):
    """The roles the article gives each person."""

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
