"""Cross-article identity on hand-written names: the patterns of naming that make one person
or body look like two (benchmarks/identity_pairs.py measures them on the development sets)."""

from __future__ import annotations

from quotetui import identity
from quotetui.model import SpeakerKind, SpeakerRecord
from quotetui.names import clean_name, slugify

PERSON = SpeakerKind.PERSON
ORGANISATION = SpeakerKind.ORGANISATION


def speaker(name: str, kind: SpeakerKind = PERSON, **fields) -> SpeakerRecord:
    return SpeakerRecord(slugify(name), name, kind, **fields)


def ids_of(*articles: identity.Article) -> dict[tuple[str, str], str]:
    """Each article speaker's corpus id, in both orders (identity must not care)."""
    forward = identity.resolve(articles).assignment
    assert identity.resolve(reversed(articles)).assignment == forward
    return dict(forward)


def test_a_possessive_with_a_turned_comma_is_the_same_name():
    assert identity.parse_person("Helena Marsh‘s") == identity.parse_person("Helena Marsh")
    assert clean_name("Helena Marsh‘s") == "Helena Marsh"
    ids = ids_of(
        identity.Article("a", (speaker("Helena Marsh"),)),
        identity.Article("b", (speaker("Helena Marsh‘s"),)),
    )
    assert ids[("a", "helena-marsh")] == ids[("b", slugify("Helena Marsh‘s"))]


def test_a_body_its_article_calls_the_company_stays_a_body_though_tagged_a_person():
    ids = ids_of(
        identity.Article("a", (speaker("Harwick Foods", ORGANISATION),)),
        identity.Article(
            "b",
            (speaker("Harwick Foods", ORGANISATION, mentioned_as=("the company",)),),
            people=("Harwick Foods",),
        ),
    )
    assert ids[("a", "harwick-foods")] == ids[("b", "harwick-foods")]
    result = identity.resolve(
        [
            identity.Article("a", (speaker("Harwick Foods", ORGANISATION),)),
            identity.Article(
                "b",
                (speaker("Harwick Foods", ORGANISATION, mentioned_as=("the company",)),),
                people=("Harwick Foods",),
            ),
        ]
    )
    assert [s.kind for s in result.speakers] == [ORGANISATION]


def test_a_suffix_dropped_on_informal_reference_is_one_person_unless_an_article_has_both():
    senator = {"titles": ("senator",), "affiliations": ("democratic",)}
    ids = ids_of(
        identity.Article("formal", (speaker("Joseph R. Walden Jr.", **senator),)),
        identity.Article("informal", (speaker("Joe Walden", **senator),)),
    )
    assert ids[("formal", "joseph-r-walden-jr")] == ids[("informal", "joe-walden")]

    # A father and a son: an article gives both, so the suffix tells two people apart.
    family = ids_of(
        identity.Article(
            "son",
            (speaker("Martin Hale Jr.", **senator),),
            people=("Martin Hale Jr.", "Martin Hale"),
        ),
        identity.Article("father", (speaker("Martin Hale", **senator),)),
    )
    assert family[("son", "martin-hale-jr")] != family[("father", "martin-hale")]


def test_a_surname_with_two_letters_swapped_is_the_article_s_one_person_of_that_name():
    ids = ids_of(
        identity.Article(
            "a", (speaker("Anselm Kovrig"), speaker("Kovirg")), people=("Anselm Kovrig",)
        ),
        identity.Article("b", (speaker("Anselm Kovrig"),)),
    )
    assert ids[("a", "kovirg")] == ids[("a", "anselm-kovrig")] == ids[("b", "anselm-kovrig")]

    # Someone in the corpus is called that: no typo, another person.
    other = ids_of(
        identity.Article(
            "a", (speaker("Anselm Kovrig"), speaker("Kovirg")), people=("Anselm Kovrig",)
        ),
        identity.Article("b", (speaker("Ilse Kovirg"),)),
    )
    assert other[("a", "kovirg")] != other[("a", "anselm-kovrig")]


def test_a_given_name_alone_is_the_article_s_one_person_of_that_first_name():
    ids = ids_of(
        identity.Article(
            "a",
            (speaker("Wendell", aliases=("Wendell Ostrander",)),),
            people=("Wendell",),
        ),
        identity.Article("b", (speaker("Wendell Ostrander"),)),
    )
    assert ids[("a", "wendell")] == ids[("b", "wendell-ostrander")]

    # The word is a surname in its article: the family name, not the first name.
    surname = ids_of(
        identity.Article(
            "a",
            (speaker("Wendell"), speaker("Mary Wendell")),
            people=("Mary Wendell", "Wendell Ostrander"),
        ),
        identity.Article("b", (speaker("Wendell Ostrander"),)),
    )
    assert surname[("a", "wendell")] == surname[("a", "mary-wendell")]
    assert surname[("a", "wendell")] != surname[("b", "wendell-ostrander")]


def test_an_organisation_s_first_word_is_the_organisation_its_article_names():
    ids = ids_of(
        identity.Article("a", (speaker("Brackmoor Water", ORGANISATION),)),
        identity.Article(
            "b", (speaker("Brackmoor", ORGANISATION),), names=("Brackmoor Water", "Ofwat")
        ),
    )
    assert ids[("a", "brackmoor-water")] == ids[("b", "brackmoor")]

    # A place speaking is its government, never the newspaper named after it.
    place = ids_of(
        identity.Article("a", (speaker("Washington Post", ORGANISATION),)),
        identity.Article("b", (speaker("Washington", ORGANISATION),), names=("Washington Post",)),
    )
    assert place[("a", "washington-post")] != place[("b", "washington")]


def test_lowercase_words_before_an_organisation_s_name_are_no_part_of_it():
    ids = ids_of(
        identity.Article("a", (speaker("Halvard Broadcasting Corporation", ORGANISATION),)),
        identity.Article(
            "b", (speaker("state-run Halvard Broadcasting Corporation", ORGANISATION),)
        ),
    )
    assert (
        ids[("a", "halvard-broadcasting-corporation")]
        == ids[("b", "state-run-halvard-broadcasting-corporation")]
    )
    result = identity.resolve(
        [
            identity.Article("a", (speaker("Halvard Broadcasting Corporation", ORGANISATION),)),
            identity.Article(
                "b", (speaker("state-run Halvard Broadcasting Corporation", ORGANISATION),)
            ),
        ]
    )
    assert [s.name for s in result.speakers] == ["Halvard Broadcasting Corporation"]
    assert identity.parse_org("the government") == identity.parse_org("government")


def test_identity_runs_without_loading_spacy():
    # The store resolves identity after a merge in the review app: no spaCy import for it.
    import subprocess
    import sys

    code = "import sys, quotetui.identity; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
