"""What a forming corpus speaker is known for (titles, party, place, gender, the names its
articles give) and how well a bare surname's member fits it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from quotetui.engine.gender import of_given_name as given_name_gender
from quotetui.identity.members import _Member
from quotetui.identity.person_names import PersonName
from quotetui.identity.records import Article
from quotetui.names import name_key


@dataclass
class _Profile:
    """What a group of members (a forming corpus speaker) is known for."""

    titles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    genders: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # names its articles give
    articles: set[str] = field(default_factory=set)
    persons: list[PersonName] = field(default_factory=list)

    def add(self, m: _Member) -> None:
        self.titles.update(set(m.record.titles))
        self.affiliations.update(set(m.record.affiliations))
        if m.record.gender:
            self.genders[m.record.gender] += 1
        if m.person is not None and m.person.first_word:
            # A decisive first name outweighs what one article's pronouns seemed to say.
            by_name = given_name_gender(m.person.first_word)
            if by_name:
                self.genders[by_name] += 3
        if m.key[0] not in self.articles:
            self.articles.add(m.key[0])
            self.names.update(_article_names(m.article))
        if m.person is not None and not m.person.bare:
            self.persons.append(m.person)

    @property
    def gender(self) -> str | None:
        ranked = self.genders.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None


def _article_names(article: Article) -> set[str]:
    return {k for k in (name_key(n) for n in (*article.people, *article.names)) if k}


@dataclass(frozen=True)
class _Fit:
    score: float
    conflict: str | None
    evidence: str


def _fit(m: _Member, target: _Profile, idf: Mapping[str, float], surname: str) -> _Fit:
    """How well a member's article agrees with what a forming speaker is known for."""
    gender = m.record.gender
    if gender and target.gender and gender != target.gender:
        return _Fit(0.0, f"{'he' if gender == 'm' else 'she'} vs. "
                         f"{'he' if target.gender == 'm' else 'she'}", "")  # fmt: skip
    parties = {"democratic", "republican", "independent"}
    mine = set(m.record.affiliations) & parties
    theirs = set(target.affiliations) & parties
    if mine and theirs and not mine & theirs:
        return _Fit(0.0, f"party {', '.join(sorted(mine))} vs. {', '.join(sorted(theirs))}", "")
    score = 0.0
    said: list[str] = []
    titles = sorted(set(m.record.titles) & set(target.titles))
    if titles:
        score += 2.0 * min(2, len(titles))
        said.append("title " + ", ".join(titles))
    shared = sorted(set(m.record.affiliations) & set(target.affiliations))
    if shared:
        score += 2.0 * min(2, len(shared))
        said.append("affiliation " + ", ".join(shared))
    if gender and target.gender == gender:
        score += 1.0
        said.append("gender")
    names = [n for n in _article_names(m.article) if n in target.names and surname not in n.split()]
    if names:
        weight = sum(idf.get(n, 0.0) for n in names)
        score += min(4.0, weight)
        best = sorted(names, key=lambda n: (-idf.get(n, 0.0), n))[:4]
        said.append("names in both: " + ", ".join(best))
    return _Fit(score, None, "; ".join(said))


def _confidence(score: float) -> float:
    return round(score / (score + 4.0), 3) if score > 0 else 0.0
