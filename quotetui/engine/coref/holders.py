"""Role nouns bound to their holder: "the senator", "the company", "the teenager"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.descriptions import (
    _capitalised_modifiers,
    _is_age_epithet,
    _is_demonym_epithet,
    _is_described_speaker,
    _modifiers,
    _tied,
)
from quotetui.engine.coref.pronouns import _best, _Pronouns
from quotetui.engine.coref.records import _State
from quotetui.engine.coref.weights import EPITHET_HORIZON, EPITHET_MARGIN
from quotetui.engine.coref.words import (
    COMPANY_NOUNS,
    GENERIC_ORG_NOUNS,
    NOT_A_COMPANY,
    ORG_ROLES,
    OUTLET_NAME_ENDS,
    OUTLET_NOUNS,
    SUBJECT_DEPS,
    canonical_role,
)
from quotetui.engine.lexicon import (
    ROLE_NOUNS,
    lemma,
)
from quotetui.engine.resolution import (
    ORGANISATION,
    PERSON,
    UNNAMED,
)
from quotetui.engine.syntax import is_cue_word


class _Holders(_Pronouns):
    """A role noun's holder ("the senator", "the company", "the teenager")."""

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
                    # "a Republican strategist" named only further on is not whom "the
                    # Republican nominee" points back to.
                    and (holders or e.index in state)
                ]
                holders = tied or holders
            # A holder the article names only further on ("2012 GOP presidential nominee Mitt
            # Romney") is not whom a description points back to.
            if not any(h in state for h in holders) and (
                (tok.dep_ in SUBJECT_DEPS and _is_age_epithet(tok))
                or _is_demonym_epithet(tok)
                or (
                    _is_described_speaker(tok, tags_quote=self._tags_quote(tok))
                    # "a prominent RNC member …", then "the RNC member said": the one the
                    # article introduced by that role, not the person last named.
                    and not any(at < tok.i for at, _ in self.indefinites.get(role, []))
                )
            ):
                # "the 46-year-old", "the teenager": the person the last sentences are
                # about, if one stands out (an age is said of someone the article named).
                found = self._epithet(state, tok, g)
                if found is not None or not holders:
                    return found
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
        if len(holders) == 1 and (
            holders[0] in state or any(c.dep_ == "poss" for c in tok.children)
        ):
            # The one holder, named long before, or named later for a role that introduces
            # them ("Moscow's ambassador in Seoul thanked …", then "Georgy Zinoviev"). Not one
            # the article names only later for a bare "the" role ("the judge said …", then
            # "the shadow justice secretary, Robert Jessop,"), which points back to whom the
            # reader has met.
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
            and not e.plural
            and (g is None or e.gender in (None, g))
            and e.index in self._seen
            and sent - self._seen[e.index].last_sentence <= EPITHET_HORIZON
        ]
        found = _best(self._ranked(state, tok, people), tok.i)
        if found is not None and (len(people) == 1 or found[1] >= EPITHET_MARGIN):
            return found
        # No one stands out by salience: the one of them the reporter's sentence before (or
        # this one) had as its main subject or speaker ("Ben Carson said Monday …", then "the
        # retired neurosurgeon told"; "Trump said that Clinton …", then "the Republican
        # nominee said"), whom the reporter goes on describing — not one the article gave
        # another office for an office ("Mayor Bill de Blasio" is no "presidential candidate";
        # an age or a nationality is anyone's). Two such
        # stay unnamed.
        role = canonical_role(lemma(tok))
        subjects = [
            e
            for e in people
            if e in self._main_subject
            and self._reported_since(self._main_subject[e], sent) == 0
            and not (role in ROLE_NOUNS and (self.entities[e].roles & ROLE_NOUNS) - {role})
        ]
        if len(subjects) != 1:
            return None
        self.described_links.add(tok.i)
        return subjects[0], found[1] if found is not None and found[0] == subjects[0] else 0.0

    def _tags_quote(self, tok: Token) -> bool:
        """Whether a subject outside quotes, and its verb, stand next to a quote in their
        sentence (within three tokens): the verb tags it, whatever its word."""
        verb = tok.head
        if self.inside[tok.i] != -1 or self.inside[verb.i] != -1:
            return False
        sent = self._sentence[tok.i]
        lo, hi = min(tok.left_edge.i, verb.i), max(tok.i, verb.i)
        near = range(max(0, lo - 3), min(len(self.tokens), hi + 4))
        return any(self.inside[i] != -1 and self._sentence[i] == sent for i in near)

    def _reported_since(self, start: int, end: int) -> int:
        """The reporter's own sentences (words outside quotes) strictly between two: the
        quoted sentences between a speaker and the tag that describes them do not count, and
        further back the article's topic is as likely as its last subject ("Cruz said … Trump
        had spent … The GOP front-runner complained")."""
        return sum(1 for k in range(start + 1, end) if k in self._told_sentences)

    def _org_holders(self, role: str) -> list[int]:
        named = [
            e.index
            for e in self.entities
            if e.kind == ORGANISATION and e.uses > 0 and (role in e.words or role in e.roles)
        ]
        if role in OUTLET_NOUNS:
            # "The newspaper, long a vocal advocate of immigration reform, writes": the
            # outlet the article named, which no one calls "Newspaper".
            named += [
                e.index
                for e in self.entities
                if e.kind == ORGANISATION
                and e.uses > 0
                and e.words
                and e.words[-1] in OUTLET_NAME_ENDS
                and e.index not in named
            ]
        if named or role not in GENERIC_ORG_NOUNS:
            return named
        return [
            e.index
            for e in self.entities
            if e.kind == ORGANISATION
            and e.label == "ORG"
            and e.uses > 0
            and not (
                role in COMPANY_NOUNS
                and e.words
                and e.words[-1] in NOT_A_COMPANY
                and role not in e.roles
            )
        ]
