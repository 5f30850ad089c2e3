"""The resolver's entry points: a speaker mention, a transcript label or a document as a speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from quotetui.engine import gender as genders
from quotetui.engine.coref.chains import _Chains
from quotetui.engine.coref.descriptions import (
    _definite,
    _head_word,
    _indefinite,
    _is_age_epithet,
    _is_demonym_epithet,
    _people,
    _people_noun,
    _the_name,
    is_person_noun,
)
from quotetui.engine.coref.junk import is_junk_name
from quotetui.engine.coref.records import Entity
from quotetui.engine.coref.spans import (
    _apposition_past_phrase,
    _coordinated_role_name,
    _named_apposition,
    _proper_chain,
    antecedent_span,
)
from quotetui.engine.coref.words import (
    _NOT_ISSUING,
    _PLACES,
    FIRST_SECOND,
    NEUTER_PRONOUNS,
    ORG_LABELS,
    ORG_ROLES,
    PARTITIVES,
    PERSONAL_BODIES,
    PLURAL_PRONOUNS,
    RELATIVES,
    SUBJECT_DEPS,
    _is_given_name,
    canonical_role,
)
from quotetui.engine.headings import is_heading
from quotetui.engine.lexicon import (
    DOCUMENT_NOUNS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    WRITTEN_NOUNS,
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
from quotetui.engine.syntax import is_cue_word
from quotetui.names import (
    clean_name,
    clean_org,
    describe_nominal,
    name_key,
)

# An entity's uses weigh 1 in the body, 0.25 inside a quote and 0.1 in a heading
# (chains._join): below this, one named in a heading was not named in the body's own words.
_BODY_USES = 0.5
_NUMBERING = re.compile(r"[\d\s.,:;#)–—-]*")


class _Resolver(_Chains):
    """A speaker mention as a speaker: names, pronouns and role nouns by their links,
    descriptions of the unnamed, and the issuers of documents."""

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
        if word == "it" and head.dep_ == "nsubj" and lemma(head.head) == "read":
            # "A coalition … sent a letter … “…,” it read": what reads is a text, the one
            # the reporter just named; its words are its sender's.
            written = self._written_before(head)
            if written is not None:
                who = self._issuer_of(written, known) or self._issuing_subject(written, known)
                if who is not None:
                    return Resolution(who, ResolutionPath.ISSUER_OF_DOCUMENT)
        if word in PLURAL_PRONOUNS or word in NEUTER_PRONOUNS:
            found = self.link(head)
            if word in PLURAL_PRONOUNS and (found is None or not _a_group(found[0])):
                group = self._group_subject_before(head)
                if group is not None:
                    # "… the protesters also paid tribute … they chanted “…”": the people
                    # the last sentences were about, not a body named earlier.
                    return Resolution(Speaker(group, UNNAMED, {group}), ResolutionPath.DESCRIPTION)
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
        both = _coordinated_role_name(head) or _apposition_past_phrase(head)
        if both is not None:
            # "The television presenter and farmer Rob Harlow posted": one person, named.
            return self._resolve(both, both.root, known)
        body = self._body_of_person(head)
        if body is not None:
            return Resolution(body, ResolutionPath.ORGANISATION_NAMED)
        # The person the mention is about, not one it mentions ("Lumora's shareholder").
        person = self._person_in(mention, head)
        if person is not None and len(mention) >= len(person.words) + 3 and self._heading(mention):
            # "Latinos Share Their Most Honest Thoughts …": a headline read as one noun
            # phrase, whose first words the NER took for a name.
            return Resolution(None, ResolutionPath.PERSON_NAMED)
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
            if (
                is_junk_name(name)
                or is_heading(chain, self._lines, self.text)
                or self._heading(mention)
            ):
                return Resolution(None, ResolutionPath.PROPER_NAME)
            return Resolution(Speaker(name, PERSON, {name}), ResolutionPath.PROPER_NAME)
        org = self._org_in(mention, head)
        if org is not None and org.uses < _BODY_USES and self._heading(mention):
            # "Veto Power Impedes Peace Efforts: …": a run-in heading the NER took for a
            # name, named nowhere but in headings.
            return Resolution(None, ResolutionPath.ORGANISATION_NAMED)
        if org is not None:
            return Resolution(org.speaker(), ResolutionPath.ORGANISATION_NAMED)
        if head.ent_type_ in ORG_LABELS or (head.pos_ == "PROPN" and head.ent_type_ == ""):
            name = clean_org(describe_nominal(mention.text))
            if is_junk_name(name) or is_heading(mention, self._lines, self.text):
                return Resolution(None, ResolutionPath.ORGANISATION_NAMED)
            return Resolution(
                Speaker(name, ORGANISATION, {name}), ResolutionPath.ORGANISATION_NAMED
            )
        return self._resolve_nominal(mention, head, known)

    def _body_of_person(self, head: Token) -> Speaker | None:
        """A body named after the person it serves ("the Trump campaign", "Clinton's
        campaign", "her campaign", "the Obama administration"): an organisation the analyst
        records by the person's family name ("Trump campaign"), not the person."""
        noun = lemma(head)
        if head.pos_ != "NOUN" or noun not in PERSONAL_BODIES:
            return None
        for c in head.children:
            if c.dep_ not in ("compound", "poss"):
                continue
            if c.lower_ in genders.PRONOUN_GENDER:
                found = self.link(c)
                e = found[0] if found is not None else None
                family = e.name.split()[-1] if e is not None else ""
            else:
                # The name's last word as written: the family name the body goes by.
                e, family = self.entity_of_token(c), c.text
            if e is None or e.kind != PERSON or e.plural or not family[:1].isupper():
                continue
            name = f"{family} {noun}"
            return Speaker(name, ORGANISATION, {name})
        return None

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

    def _heading(self, span: Span) -> bool:
        """A heading's words taken for a mention: a line that is a heading, or one opening
        with a Title Case run that ends it or sets off its text with a colon ("Veto Power
        Impedes Peace Efforts: …"). A name that opens an ordinary sentence is none."""
        text = self.text
        line_start = text.rfind("\n", 0, span.start_char) + 1
        # Only a number may come first ("31 Latinos Share …", "2. Turnout Falls: …").
        if not _NUMBERING.fullmatch(text[line_start : span.start_char]) or not is_heading(
            span, self._lines, self.text
        ):
            return False
        line_end = text.find("\n", span.end_char)
        rest = text[span.end_char : line_end if line_end != -1 else len(text)].strip()
        return rest.startswith(":") or len(rest.split()) <= 1

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
                fits = e.kind == PERSON and not e.plural and e.uses > 0
                fits = fits and words[-1] in (e.words[-1], e.words[0])
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
        if is_junk_name(description) or (len(mention) >= 3 and self._heading(mention)):
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
            if entity.kind == PERSON and head.i in self.described_links:
                return Resolution(entity.speaker(), ResolutionPath.DESCRIBED_LAST_SUBJECT, margin)
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

    def _outside_quotes_before(
        self, position: int, *, sentences: int, tokens: int
    ) -> Iterator[Token]:
        """The tokens outside quotes before ``position``, nearest first, back at most
        ``tokens`` tokens and ``sentences`` sentences before its own: where a group's
        pronoun finds the noun it stands for."""
        sentence = self._sentence[position]
        for i in range(position - 1, max(-1, position - tokens), -1):
            if sentence - self._sentence[i] > sentences:
                break
            if self.inside[i] == -1:
                yield self.tokens[i]

    def _group_subject_before(self, pronoun: Token) -> str | None:
        """A plural noun for people ("the protesters", "residents") that is a subject outside
        quotes in the pronoun's sentence before it or in the sentence before that: the group
        "they" goes on with. The nearest subject decides; a name or a body there leaves the
        pronoun to its link."""
        for tok in self._outside_quotes_before(pronoun.i, sentences=1, tokens=120):
            if tok.dep_ not in SUBJECT_DEPS:
                continue
            if tok.pos_ == "PRON":
                continue  # an earlier "they" of the same run
            if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.ent_type_:
                return None
            if not is_person_noun(lemma(tok)):
                return None
            return self._describe(tok)
        return None

    def _plural_antecedent(self, position: int) -> str | None:
        for tok in self._outside_quotes_before(position, sentences=3, tokens=200):
            if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
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
            first = head  # the article's first mention of this statement
            for i in range(head.i - 1, max(-1, head.i - 600), -1):
                if sentence - self._sentence[i] > 15:
                    break
                tok = self.tokens[i]
                if self.inside[i] != -1 or tok.pos_ != "NOUN" or lemma(tok) != noun:
                    continue
                first = tok
                who = self._issuer_of(tok, known) or self._issuing_subject(tok, known)
                if who is not None:
                    break
            if who is None and noun not in DOCUMENT_NOUNS and not _indefinite(first):
                who = self._reporter_before(first, known)
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

    def _written_before(self, head: Token) -> Token | None:
        """The last written thing ("letter", "statement", "sign") the reporter named, outside
        quotes, in the pronoun's sentence or the two before it."""
        sentence = self._sentence[head.i]
        for i in range(head.i - 1, max(-1, head.i - 200), -1):
            if sentence - self._sentence[i] > 2:
                break
            tok = self.tokens[i]
            if self.inside[i] == -1 and tok.pos_ == "NOUN" and lemma(tok) in WRITTEN_NOUNS:
                return tok
        return None

    def _reporter_before(self, head: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        """Whoever the reporter's sentence just before has report something ("The Trump
        campaign on Tuesday responded that … “…,” the statement said"; "Fox News confirmed
        that … According to the statement, …"): a statement the article names for the first
        time is the one that sentence reported."""
        sentence = self._sentence[head.i]
        before = -1
        for i in range(head.i - 1, max(-1, head.i - 200), -1):
            if self._sentence[i] == sentence:
                continue
            if self.inside[i] != -1:
                continue
            k = self._sentence[i]
            if before == -1 and k in self._told_sentences:
                before = k
            if k != before:
                if before != -1:
                    break
                continue
            tok = self.tokens[i]
            if tok.dep_ != "ROOT" or not is_cue_word(tok):
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
            elif c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and lemma(c) not in _NOT_ISSUING:
                # "a speech Obama delivered", "a statement issued by the club"; not "a
                # statement read to the court by the coroner's officer", who only read it.
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
        described: Speaker | None = None
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and c.i != noun.i:
                # "Credit rating agency Moody's said in a note": the parse may give the verb
                # two subjects, the description and the name; the one that names is the issuer.
                found = self._named(c, known)
                if found is not None:
                    return found
                if described is None and _definite(c):
                    # "The presidential palace said in a statement": a body the article
                    # describes, not names, issued it all the same.
                    described = self._described(c, known)
                continue
            if c.dep_ == "agent":
                obj = next((t for t in c.children if t.dep_ == "pobj"), None)
                if obj is not None:
                    return self._named(obj, known)
        return described

    def _described(self, token: Token, known: Sequence[tuple[int, Speaker]]) -> Speaker | None:
        """The body or group a definite description of the subject stands for ("the
        presidential palace", "the finance committee of the National Assembly"), as written."""
        if lemma(token) in SPEECH_NOUNS or lemma(token) in DOCUMENT_NOUNS:
            return None
        res = self._resolve(antecedent_span(token), token, known)
        described = (ResolutionPath.DESCRIPTION, ResolutionPath.ORGANISATION_DESCRIBED)
        return res.speaker if res.path in described else None

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


def _a_group(e: Entity) -> bool:
    """People the article names together, or a people named by a plural ("Democrats"):
    whom "they" means when the salience pass linked it."""
    if e.plural:
        return True
    last = e.words[-1] if e.words else ""
    return e.label == "NORP" and last.endswith("s") and not last.endswith("ss")
