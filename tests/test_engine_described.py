"""Described speakers ("the retired neurosurgeon", "the Republican nominee"): a definite
description the article gave nobody goes to the one person the sentences before had as their
main subject or speaker; two such, an indefinite or a plural stay unnamed. Hand-written text."""

from __future__ import annotations

from records import only

from quotetui.engine.coref import is_person_noun


def test_a_compound_of_a_listed_role_is_a_person_noun():
    assert is_person_noun("neurosurgeon")
    assert not is_person_noun("surgery")


def test_an_event_or_an_abstract_noun_built_like_an_agent_is_no_person_noun():
    # "-ent" makes "agent" and "resident" people, not "incident" nor "involvement".
    assert not is_person_noun("incident")
    assert not is_person_noun("involvement")
    assert is_person_noun("resident")
    assert is_person_noun("regiment")  # a body of soldiers, listed among people


def test_a_described_speaker_is_the_one_who_spoke_just_before(attribute):
    # Oakes is the subject of the clause Marsh reported; the reporter goes on describing
    # the one who spoke.
    text = (
        "Peter Oakes will lower taxes for small firms, Daniel Marsh said on Monday.\n\n"
        "“They have waited long enough for this,” the retired cardiologist told a radio "
        "station in Leeds."
    )
    q = only(attribute(text), "waited long enough")
    assert q["speaker"] == "Daniel Marsh"
    assert q["speaker_kind"] == "person"


def test_a_party_nominee_after_the_speaker_who_named_a_rival(attribute):
    text = (
        "Walter Brandt said on Friday that Laura Kemp should have thanked him for the "
        "debate.\n\n"
        "“I expected a little respect from her,” the Republican nominee said at a rally."
    )
    assert only(attribute(text), "a little respect")["speaker"] == "Walter Brandt"


def test_two_people_who_both_spoke_leave_the_description_unnamed(attribute):
    text = (
        "Daniel Marsh said on Monday that taxes would fall, and Peter Oakes said they "
        "would rise.\n\n"
        "“They have waited long enough for this,” the retired cardiologist told a radio "
        "station in Leeds."
    )
    q = only(attribute(text), "waited long enough")
    assert q["speaker"] not in ("Daniel Marsh", "Peter Oakes")


def test_an_indefinite_description_stays_unnamed(attribute):
    text = (
        "Peter Oakes will lower taxes for small firms, Daniel Marsh said on Monday.\n\n"
        "“They have waited long enough for this,” a retired cardiologist told a radio "
        "station in Leeds."
    )
    q = only(attribute(text), "waited long enough")
    assert q["speaker"] not in ("Daniel Marsh", "Peter Oakes")
    assert q["speaker_kind"] == "unnamed"


def test_a_plural_description_stays_unnamed(attribute):
    text = (
        "Peter Oakes will lower taxes for small firms, Daniel Marsh said on Monday.\n\n"
        "“They have waited long enough for this,” the retired cardiologists told a radio "
        "station in Leeds."
    )
    q = only(attribute(text), "waited long enough")
    assert q["speaker"] not in ("Daniel Marsh", "Peter Oakes")


def test_one_the_article_gave_another_office_is_not_the_description(attribute):
    # Reed was last the subject, but the article made him the mayor: no "candidate".
    text = (
        "Laura Kemp urged Mayor Tom Reed to reopen the depot. Reed closed it in 2019.\n\n"
        "“It was a mistake and everyone knows it,” the Republican presidential candidate "
        "said in an interview."
    )
    assert only(attribute(text), "a mistake")["speaker"] != "Tom Reed"


def test_the_resolution_says_it_is_a_description_of_the_last_subject(nlp):
    from quotetui.engine.confidence import resolution_group
    from quotetui.engine.coref import ArticleEntities
    from quotetui.engine.resolution import ResolutionPath

    doc = nlp(
        "Peter Oakes will lower taxes for small firms, Daniel Marsh said on Monday.\n\n"
        "Small firms have waited long enough, the retired cardiologist told a radio station."
    )
    head = next(t for t in doc if t.lower_ == "cardiologist")
    found = ArticleEntities(doc, [-1] * len(doc)).resolve(doc[head.i - 2 : head.i + 1], head)
    assert found.speaker is not None and found.speaker.name == "Daniel Marsh"
    assert found.path is ResolutionPath.DESCRIBED_LAST_SUBJECT
    # Not calibrated apart yet: confidence reads it as a description.
    assert resolution_group(found.path.value, found.margin) == "description"


def test_a_description_tagging_a_quote_with_any_verb(attribute):
    # "riffed" is no reporting verb the lexicon knows, but it tags the quote.
    text = (
        "At a rally on Friday, Walter Brandt showed the crowd a clip of Governor Laura Kemp "
        "defending the budget.\n\n"
        "“Governor, let me help you out,” the Republican vice-presidential nominee riffed to "
        "loud cheers."
    )
    assert only(attribute(text), "help you out")["speaker"] == "Walter Brandt"


def test_one_named_later_with_the_same_party_is_not_the_description(attribute):
    text = (
        "At a rally on Friday, Walter Brandt showed the crowd a clip of Governor Laura Kemp "
        "defending the budget.\n\n"
        "“Governor, let me help you out,” the Republican vice-presidential nominee said to "
        "loud cheers.\n\n"
        "Republican strategist Tom Reed said the clip would run in advertisements."
    )
    assert only(attribute(text), "help you out")["speaker"] == "Walter Brandt"


def test_a_holder_named_only_later_leaves_the_description_to_the_last_subject(attribute):
    text = (
        "At a rally on Friday, Walter Brandt showed the crowd a clip of Governor Laura Kemp "
        "defending the budget.\n\n"
        "“Governor, let me help you out,” the Republican vice-presidential nominee said to "
        "loud cheers.\n\n"
        "He was a full-fledged booster of 2012 presidential nominee Tom Reed."
    )
    assert only(attribute(text), "help you out")["speaker"] == "Walter Brandt"
