"""Pronouns: the candidates a pronoun ranks by salience and agreement, and the one it picks."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotetui.engine import antecedents
from quotetui.engine import gender as genders
from quotetui.engine.coref.agreement import _lean, _name_alone_decides
from quotetui.engine.coref.records import Entity, _State
from quotetui.engine.coref.resolver import _Resolver
from quotetui.engine.coref.weights import (
    CONTINUITY,
    DECAY,
    HORIZON,
    MAX_CANDIDATES,
    OTHER_GENDER,
    PARALLEL,
    SAME_PARAGRAPH,
    SINGULAR_BODY,
    UNKNOWN_GENDER,
    _role_category,
)
from quotetui.engine.coref.words import _PLACES, PLURAL_PRONOUNS, SUBJECT_DEPS
from quotetui.engine.resolution import (
    PERSON,
    UNNAMED,
)

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


def _plural_group(e: Entity) -> bool:
    """A group named by a plural ("Democrats", "the Saudis", "Germans"): "they", not "it"."""
    if e.label != "NORP" or not e.words:
        return False
    last = e.words[-1]
    return last.endswith("s") and not last.endswith("ss")


class _Pronouns(_Resolver):
    """A pronoun's candidates, ranked by salience and agreement."""

    def _ranked(
        self,
        state: _State,
        token: Token,
        accept: Iterable[int] | None,
    ) -> list[tuple[float, int]]:
        sent = self._sentence[token.i]
        allowed = set(accept) if accept is not None else None
        subject = token.dep_ in SUBJECT_DEPS
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
            if subject and subj:
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
            if opening and entity in self._seen:
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
                if e.kind not in (PERSON, UNNAMED) or e.plural:
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
            elif e.plural:
                if word not in PLURAL_PRONOUNS:
                    continue  # "it" is no pair of people
            elif e.kind in (PERSON, UNNAMED):
                continue  # it/they: organisations and groups; people named apart go unresolved
            elif word not in PLURAL_PRONOUNS and _plural_group(e):
                continue  # "Democrats regularly attacked …": a group is "they", never "it"
            elif word in PLURAL_PRONOUNS and e.label in _PLACES:
                # "In the United States, they write, …": a plural pronoun in a place's
                # sentence is the people who write about it; a country that speaks is "it".
                continue
            elif word in PLURAL_PRONOUNS and not _plural_group(e):
                # "Cohen and DeLong, of the University of California, Berkeley, … they
                # write": news calls one body "it"; "they" leans to people, or a group.
                score -= SINGULAR_BODY
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
