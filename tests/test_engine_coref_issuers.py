"""Whose a statement is when the article says so only around it: a body it describes, the
reporter's sentence before, and bodies that go by a person's name."""

from __future__ import annotations

from records import only


def test_a_statement_said_in_by_a_described_body_is_that_bodys(attribute):
    text = (
        "A storm hit the coast overnight.\n\n"
        "Flights were cancelled at two airports, the presidential palace said in a statement. "
        "“Every agency must keep families fed and dry,” the statement said."
    )
    assert only(attribute(text), "Every agency")["speaker"] == "presidential palace"
    text = (
        "A storm hit the coast overnight.\n\n"
        "The finance committee of the regional assembly said in a post on X that it would hold "
        "hearings. “The committee will read every letter,” the post said."
    )
    speaker = only(attribute(text), "read every letter")["speaker"]
    assert speaker is not None and speaker.startswith("finance committee")


def test_a_statement_named_first_after_a_reporting_sentence_is_its_subjects(attribute):
    text = (
        "Brightwater Foods confirmed on Tuesday that it would close its plant in Dunmore.\n\n"
        "“The decision was not taken lightly and we will support every worker,” "
        "the statement said."
    )
    q = only(attribute(text), "not taken lightly")
    assert q["speaker"] == "Brightwater Foods"


def test_a_statement_someone_only_read_out_is_not_the_readers(attribute):
    text = (
        "Outside the court, the family's lawyer, Ruth Hallam, read a statement.\n\n"
        "“We are relieved that this is over,” the statement said."
    )
    q = only(attribute(text), "relieved")
    assert q["speaker"] != "Ruth Hallam"


def test_a_campaign_named_after_a_person_is_the_campaign(attribute):
    text = (
        "Senator Margaret Ellison opened an office in Dayton on Monday.\n\n"
        "“We are building the biggest ground game this state has seen,” the Ellison "
        "campaign said.\n\n"
        "Ellison herself spoke later. “I will win Ohio,” she said. "
        "“We have the volunteers to do it,” her campaign added."
    )
    quotes = attribute(text)
    assert only(quotes, "ground game")["speaker"] == "Ellison campaign"
    assert only(quotes, "win Ohio")["speaker"] == "Margaret Ellison"
    assert only(quotes, "volunteers")["speaker"] == "Ellison campaign"


def test_it_read_is_the_text_just_named_and_its_words_its_senders(attribute):
    # What "reads" is a text, not the body last named beside it ("a letter to the council").
    text = (
        "A group of 40 charities sent a letter to the Harlow County Council on Friday, urging "
        "it to keep the shelter open.\n\n"
        '"The council has failed the most vulnerable people in this town," it read.'
    )
    speaker = only(attribute(text), "most vulnerable")["speaker"]
    assert speaker is not None and speaker != "Harlow County Council"
    assert speaker.startswith("group")
