""" "It" and "they" for bodies and groups: a group named by a plural is "they", never "it";
"they" leans to a group over one body; an outlet is "the newspaper"; "the panel" is the
committee; and a pronoun after a quote carries on the last sentence's subject."""

from __future__ import annotations

from records import only


def test_it_is_never_a_group_named_by_a_plural(attribute):
    text = (
        "The Harlow County Council met on Tuesday to discuss the new budget.\n\n"
        "Residents packed the hall as Republicans accused the council of hiding the costs. "
        '"We have published every figure we hold," it said in reply.'
    )
    assert only(attribute(text), "every figure")["speaker"] == "Harlow County Council"


def test_they_leans_to_a_group_over_one_body(attribute):
    text = (
        "The European Union hopes to seal the trade deal this year.\n\n"
        "In Berlin, the chancellor will be greeted by thousands of Germans protesting against "
        'the deal. In a nod to the campaign, they will carry banners reading: "Stop the deal '
        'now!"'
    )
    assert only(attribute(text), "Stop the deal")["speaker"] == "Germans"


def test_the_newspaper_is_the_outlet_and_they_carry_it_on(attribute):
    text = (
        "The Yorkshire Evening Post ran the story on its front page on Sunday, and the council "
        "leader, Sarah Bright, said she would reply.\n\n"
        "The newspaper writes that the plan was rushed while the Liberal Democrats want more "
        'time. "Nobody asked the people who live there," they conclude.'
    )
    assert only(attribute(text), "Nobody asked")["speaker"] == "Yorkshire Evening Post"


def test_the_panel_is_the_committee(attribute):
    text = (
        "The Senate Select Committee on Rivers met for the first time in March.\n\n"
        "Environmental groups have criticised its slow progress. "
        '"Forty witnesses have now been heard," the panel said.'
    )
    speaker = only(attribute(text), "Forty witnesses")["speaker"]
    assert speaker == "Senate Select Committee on Rivers"


def test_a_name_the_ner_runs_into_its_bracketed_acronym_is_the_name(attribute):
    text = (
        "The drought has been linked by scientists to warm water in the Indian Ocean. "
        "The Intergovernmental Authority on Development (IGAD), the regional bloc, said in a "
        'bulletin on Monday that below-average rains were "highly likely" to continue.'
    )
    speaker = only(attribute(text), "highly likely")["speaker"]
    assert speaker == "Intergovernmental Authority on Development"
