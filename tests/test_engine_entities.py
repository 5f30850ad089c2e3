"""Canonical names within an article and one speaker id across the corpus."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from quotetui import identity
from quotetui.corpus import Document
from quotetui.engine import attribute_documents
from quotetui.model import SpeakerKind, SpeakerRecord
from quotetui.names import clean_name, describe_nominal, name_key, slugify

PERSON = SpeakerKind.PERSON
ORGANISATION = SpeakerKind.ORGANISATION


class SpeakerRegistry:
    """The corpus-wide ids of speakers met one article at a time, as the registry these tests
    were written for gave them: each ``resolve`` is one more article, and the ids are
    ``quotetui.identity``'s over all the articles so far."""

    def __init__(self) -> None:
        self.articles: list[identity.Article] = []
        self.seeded: list[identity.AnalystSpeaker] = []
        self.result = identity.resolve([])

    def add(self, speaker_id: str, name: str, kind: str | None, aliases=()) -> None:
        kind_ = SpeakerKind(kind) if kind else None
        self.seeded.append(identity.AnalystSpeaker(speaker_id, name, kind_, tuple(aliases)))

    def resolve(self, speaker: Speaker) -> str:
        doc = f"article-{len(self.articles)}"
        record = SpeakerRecord(
            slugify(speaker.name), speaker.name, speaker.kind, tuple(sorted(speaker.aliases))
        )
        self.articles.append(identity.Article(doc, (record,)))
        self.result = identity.resolve(self.articles, analyst_speakers=self.seeded)
        return self.result.assignment[(doc, record.id)]

    def record(self, speaker_id: str) -> identity.CorpusSpeaker:
        return self.result.by_id[speaker_id]


class Speaker:
    def __init__(self, name: str, kind: SpeakerKind | str, aliases=()) -> None:
        self.name, self.kind, self.aliases = name, SpeakerKind(kind), set(aliases)


def corpus_results(nlp, docs):
    """The documents' results with corpus-wide speaker ids (identity over all of them)."""
    return identity.apply([r for _, r in attribute_documents(nlp, docs)])


def test_clean_name_drops_titles_and_possessives():
    assert clean_name("Ambassador Georgy Zinoviev") == "Georgy Zinoviev"
    assert clean_name("Mr. Obama") == "Obama"
    assert clean_name("Zinoviev’s") == "Zinoviev"
    assert clean_name("President") == "President"  # a lone title stays


def test_name_keys_and_slugs_ignore_case_accents_and_punctuation():
    assert name_key("José  Álvarez-Ruiz") == name_key("jose alvarez ruiz")
    assert slugify("Georgy Zinoviev") == "georgy-zinoviev"


def test_describe_nominal_drops_the_article():
    assert describe_nominal("a North Korean envoy to the United Nations") == (
        "North Korean envoy to the United Nations"
    )


def test_registry_joins_a_surname_to_the_one_known_full_name():
    registry = SpeakerRegistry()
    full = registry.resolve(Speaker("Georgy Zinoviev", PERSON, {"Ambassador Georgy Zinoviev"}))
    assert registry.resolve(Speaker("Zinoviev", PERSON, {"Zinoviev"})) == full
    assert "Zinoviev" in registry.record(full).aliases

    # Two people with the same family name: the short form is not guessed.
    other = SpeakerRegistry()
    other.resolve(Speaker("Georgy Zinoviev", PERSON, set()))
    other.resolve(Speaker("Anna Zinoviev", PERSON, set()))
    assert other.resolve(Speaker("Zinoviev", PERSON, set())) == "zinoviev"


def test_a_one_word_person_named_as_an_organisation_elsewhere_is_that_organisation():
    registry = SpeakerRegistry()
    body = registry.resolve(Speaker("FactWatch", ORGANISATION, {"FactWatch"}))
    assert registry.resolve(Speaker("Factwatch", PERSON, {"Factwatch"})) == body
    assert registry.resolve(Speaker("FactWatch", PERSON, set())) == body
    assert registry.record(body).kind == ORGANISATION
    assert registry.record(body).name == "FactWatch"
    # A person with a given name is a person, whatever a body is called.
    assert registry.resolve(Speaker("Ann FactWatch", PERSON, set())) != body
    # A one-word person with no body of that name stays apart from the rest.
    lone = SpeakerRegistry()
    lone.resolve(Speaker("FactWatch", ORGANISATION, set()))
    assert lone.resolve(Speaker("Marlow", PERSON, set())) == "marlow"


def test_a_full_name_the_tagger_called_a_body_is_the_person_another_article_names():
    registry = SpeakerRegistry()
    person = registry.resolve(Speaker("Gavin Rourke", PERSON, {"Rourke"}))
    assert registry.resolve(Speaker("Gavin Rourke", ORGANISATION, {"Rourke"})) == person
    assert registry.record(person).kind == PERSON
    # Without a person of that name anywhere, the tagger's kind stands.
    lone = SpeakerRegistry()
    assert lone.resolve(Speaker("Gavin Rourke", ORGANISATION, set())) == "gavin-rourke"
    assert lone.record("gavin-rourke").kind == ORGANISATION
    # A body whose first word is no given name stays a body, whatever a person is called.
    bodies = SpeakerRegistry()
    bodies.resolve(Speaker("Harrowfield Rovers", PERSON, set()))
    body = bodies.resolve(Speaker("Harrowfield Rovers", ORGANISATION, set()))
    assert bodies.record(body).kind == ORGANISATION


def test_a_capital_taken_for_a_person_is_its_country_s_government():
    def article(doc: str, name: str, kind: SpeakerKind, named: bool = True, people=()):
        record = SpeakerRecord(slugify(name), name, kind, named=named)
        return identity.Article(doc, (record,), people=people, names=("Santiago",))

    result = identity.resolve(
        [
            article("wire", "Santiago", PERSON),
            article("talks", "the Chilean government", ORGANISATION, named=False),
            article("profile", "Santiago", PERSON, people=("Maria Santiago",)),
            article("other", "the government", ORGANISATION, named=False),
        ]
    )
    ids = {doc: speaker for (doc, _), speaker in result.assignment.items()}
    assert ids["wire"] == ids["talks"]
    assert result.by_id[ids["wire"]].kind == ORGANISATION
    # A family name of someone in the article, and a government no country names, stay apart.
    assert ids["profile"] not in (ids["wire"], ids["other"])
    assert ids["other"] != ids["wire"]


def test_registry_is_seeded_from_known_speakers():
    registry = SpeakerRegistry()
    registry.add("kim-hong-kyun", "Kim Hong-kyun", PERSON, ["Kim"])
    assert registry.resolve(Speaker("Kim Hong-kyun", PERSON, set())) == "kim-hong-kyun"


def test_same_person_across_articles_is_one_speaker(nlp):
    docs = [
        Document(id="a", text="“We will rebuild,” Mayor Lina Sokol said on Monday."),
        Document(id="b", text="Sokol spoke again.\n“The bridge opens in May,” Sokol said."),
    ]
    results = corpus_results(nlp, docs)
    ids = {q.speaker_id for r in results for q in r.quotes}
    assert ids == {"lina-sokol"}
    assert results[1].quotes[0].speaker == "Lina Sokol"


def test_a_role_is_not_an_alias_carried_to_other_articles(nlp):
    # One article's ambassador is John Miller; another article's unnamed "the ambassador in
    # Oslo" may be his successor, and must not be matched to him through the role.
    docs = [
        Document(
            id="old",
            text="John Miller, the ambassador in Oslo, arrived on Monday.\n"
            "“We are ready,” the ambassador in Oslo said.",
        ),
        Document(id="new", text="“Nothing has changed,” the ambassador in Oslo said on Friday."),
    ]
    old, new = corpus_results(nlp, docs)
    assert old.quotes[0].speaker == "John Miller"
    assert old.quotes[0].speaker_mention == "the ambassador in Oslo"
    assert all("Oslo" not in alias for sp in old.speakers for alias in sp.aliases)
    assert new.quotes[0].speaker_id != old.quotes[0].speaker_id


def test_the_titled_name_is_an_alias(nlp):
    docs = [Document(id="t", text="“We will rebuild,” Mayor Lina Sokol said on Monday.")]
    [result] = corpus_results(nlp, docs)
    assert result.quotes[0].speaker == "Lina Sokol"
    assert list(result.speakers[0].aliases) == ["Mayor Lina Sokol"]


def test_the_registry_keys_names_as_the_names_module_does():
    registry = SpeakerRegistry()
    first = registry.resolve(Speaker("Trump’s campaign", ORGANISATION, set()))
    assert first == "trump-campaign"
    assert registry.resolve(Speaker("Trump campaign", ORGANISATION, set())) == first
    assert registry.resolve(Speaker("José Martí", PERSON, set())) == "jose-marti"
    assert registry.resolve(Speaker("Jose Marti", PERSON, set())) == "jose-marti"


_LETTERS = "abcdefghijklmnopqrstuvwxyzéèáíóúñçäöüøå"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=8), min_size=1, max_size=4),
    st.sampled_from(["upper", "title", "possessive", "decomposed", "spaced"]),
)
def test_names_with_one_key_are_one_speaker(words, change):
    name = " ".join(words)
    variant = {
        "upper": name.upper(),
        "title": name.title(),
        "possessive": name + "’s",
        "decomposed": unicodedata.normalize("NFD", name),
        "spaced": "  ".join(words) + " ",
    }[change]
    assert name_key(variant) == name_key(name)
    registry = SpeakerRegistry()
    speaker_id = registry.resolve(Speaker(name, ORGANISATION, set()))
    assert registry.resolve(Speaker(variant, ORGANISATION, set())) == speaker_id
    assert slugify(variant) == speaker_id


def test_a_name_ending_in_an_initialism_keeps_its_last_period():
    from quotetui.names import clean_org

    assert describe_nominal("the U.N.") == "U.N."
    assert clean_org(describe_nominal("The U.S.,")) == "U.S."
    assert describe_nominal("Washington, D.C.") == "Washington, D.C."
    # Other final periods are the sentence's, not the name's.
    assert describe_nominal("the company.") == "company"
    assert clean_org("Fox Inc.") == "Fox Inc"
