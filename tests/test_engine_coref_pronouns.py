"""Pronouns after a sentence that tells whose view it gives ("For X, …") and after a person's
family name the NER took for an organisation (issue 12)."""

from __future__ import annotations

from records import only
from spacy.tokens import Span

from quotetui.engine.coref.tagging import _family_name_tagged_a_body, _without_possessive
from quotetui.engine.coref.weights import W_OBJECT, _role_weight, _viewpoint


def test_an_opening_for_names_whose_view_the_sentence_gives(nlp):
    doc = nlp("For Harriet Collins, Mendez is exposing the weakness of the whole plan.")
    collins = next(t for t in doc if t.text == "Collins")
    mendez = next(t for t in doc if t.text == "Mendez")
    assert _viewpoint(collins) and not _viewpoint(mendez)
    assert _role_weight(collins) > _role_weight(mendez)
    # Not any object of "for": one inside the clause is an object as before.
    later = nlp("The council voted for Collins, and then it adjourned.")
    voted = next(t for t in later if t.text == "Collins")
    assert not _viewpoint(voted) and _role_weight(voted) == W_OBJECT


def test_the_quote_after_a_viewpoint_is_the_viewpoints_holder(attribute):
    text = (
        "The council published its budget on Monday.\n\n"
        "For Harriet Collins, Diana Mendez is exposing the weakness of the whole plan. "
        "“The numbers were never going to add up,” she said."
    )
    q = only(attribute(text), "never going")
    assert q["speaker"] == "Harriet Collins"


def test_a_family_name_tagged_an_organisation_is_the_person_named_in_full(nlp):
    doc = nlp("Christie's been making the case for weeks, and Acme agreed.")
    christies = Span(doc, 0, 2, label="ORG")  # as the NER tags it, possessive and all
    assert _without_possessive(christies).text == "Christie"
    assert _family_name_tagged_a_body(christies, {"christie"})
    at = next(t.i for t in doc if t.text == "Acme")
    acme = Span(doc, at, at + 1, label="ORG")
    assert not _family_name_tagged_a_body(acme, {"christie"})
    assert not _family_name_tagged_a_body(Span(doc, 0, 2, label="GPE"), {"christie"})


def test_a_name_in_apposition_to_a_persons_role_is_a_person(nlp):
    doc = nlp("Priebus, the party chairman, announced the creation of a website.")
    priebus = Span(doc, 0, 1, label="ORG")
    assert _family_name_tagged_a_body(priebus, set())
    company = nlp("Brightwater, the company, announced the creation of a website.")
    assert not _family_name_tagged_a_body(Span(company, 0, 1, label="ORG"), set())


def test_a_viewpoint_after_a_paragraph_ending_in_a_quote_still_names_the_speaker(attribute):
    # The parse starts the "For X," sentence at the closing mark and paragraph break before it.
    text = (
        'Volunteers filled the phone bank on Monday night. "We have had offices here since '
        'April," said Laura Pike, the campaign\'s local organiser, "and we have been building '
        'support that lasts."\n\n'
        "For Helen Carter, a retiree and one of the volunteers at the phone bank, making calls "
        "twice a week is a way to set an example for her grandchildren.\n\n"
        '"I want them to see that everyone can do something," she said.'
    )
    assert only(attribute(text), "everyone can do")["speaker"] == "Helen Carter"


def test_a_viewpoints_holder_outweighs_a_subject_named_often_before(attribute):
    # Whose view the sentence gives is its subject for the pronoun that follows, as much as
    # the parse's subject is ("For Jonathan Chait, Williamson is exposing …").
    text = (
        "Diana Mendez published her budget plan on Monday. Mendez wants to cut the library "
        "service. Mendez also plans to sell two parks.\n\n"
        "Critics were quick to respond. For Harriet Collins, Mendez is exposing the weakness of "
        'the whole plan. "The numbers were never going to add up," she says.'
    )
    assert only(attribute(text), "never going")["speaker"] == "Harriet Collins"


def test_they_goes_on_with_the_group_the_last_sentence_was_about(attribute):
    text = (
        "The march set off from Halden College on Saturday morning. Hundreds joined along "
        "the way, and the nurses also paid tribute to colleagues who had died.\n\n"
        'As they passed the hospital, they chanted "staff not slogans" and waved flags.'
    )
    q = only(attribute(text), "staff not slogans")
    assert q["speaker"] == "the nurses"  # the group the last sentence was about
