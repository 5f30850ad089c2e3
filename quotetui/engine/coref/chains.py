"""Names into entities: which mentions are one person or organisation, and each person's gender."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.agreement import (
    _compatible,
    _contains,
    _decided,
    _in_other_relative,
    _one_edit,
    _person_gender,
)
from quotetui.engine.coref.descriptions import _ELDER, _YOUNGER, _generation
from quotetui.engine.coref.records import Entity, _Mention
from quotetui.engine.coref.roles import _Roles
from quotetui.engine.coref.words import SUBJECT_DEPS, canonical_role
from quotetui.engine.headings import is_heading
from quotetui.engine.lexicon import (
    lemma,
)
from quotetui.engine.resolution import (
    ORGANISATION,
    PERSON,
)

# Sentences after a namesake's mention within which the shared bare name is theirs.
NAMESAKE_HORIZON = 2


# A title line: at most this many words, at least this share of them capitalised.
TITLE_WORDS = 15


SHORT_TITLE_WORDS = 12  # a first paragraph this short is a title, whatever its case


TITLE_SHARE = 0.7


class _Chains(_Roles):
    """Mentions grouped into entities, and each person's gender."""

    def _new_entity(self, m: _Mention) -> Entity:
        e = Entity(len(self.entities), m.kind, tuple(m.words), m.suffix, label=m.label)
        self.entities.append(e)
        return e

    def _join(self, e: Entity, m: _Mention, *, shared: bool = False) -> None:
        m.entity = e.index
        weight = 0.25 if m.inside else 1.0
        if is_heading(self.doc[m.start : m.end], self._lines, self.text):
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
        if len(m.words) > 1 and weight == 1.0 and not self._in_title_line(m.start):
            self._full_starts.setdefault(e.index, []).append(m.start)
        if e.kind == PERSON:
            e.gender = _person_gender(e)

    def _in_title_line(self, i: int) -> bool:
        """Whether token ``i`` is in a title line opening the text ("Ken Starr praises,
        laments Bill Clinton's legacy."): a first paragraph too short for a news lede, or a
        short one of capitalised words ("Bolton and Gorka Slam ‘Neocons For Hillary.’")."""
        if self._paragraph[i] != 0:
            return False
        words = [t for t in self.tokens[: i + 40] if self._paragraph[t.i] == 0 and t.is_alpha]
        if not words or len(words) > TITLE_WORDS:
            return False
        capitalised = sum(t.text[:1].isupper() for t in words)
        return len(words) <= SHORT_TITLE_WORDS or capitalised >= TITLE_SHARE * len(words)

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
                for m in full + singles:
                    self._org_roles(m)
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
        # Named just before, in full or by the shared name ("Bill Clinton spoke first.
        # Clinton said …"): that one. Further on, the bare name is the article's own subject,
        # whom it named in full first; a reporter names a namesake in full each time.
        last = {
            e.index: max((p for p in self._starts.get(e.index, ()) if p < m.start), default=-1)
            for e in fit
        }
        latest = max(last.values())
        if latest < 0:
            return fit
        near = self._sentence[m.start] - self._sentence[latest] <= NAMESAKE_HORIZON
        if near or self._paragraph[latest] == self._paragraph[m.start]:
            return [e for e in fit if last[e.index] == latest]
        first = {
            e.index: min(starts)
            for e in fit
            if (starts := [p for p in self._full_starts.get(e.index, ()) if p < m.start])
        }
        if not first:
            return [e for e in fit if last[e.index] == latest]
        earliest = min(first.values())
        return [e for e in fit if first.get(e.index) == earliest]

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
            if self.tokens[j].ent_type_ == "PERSON" and self.inside[j] == -1:
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
