"""Speaker kinds where the NER called a person a body: a name written with an inner capital
("McCain", "DeLacey"), and the evidence beside a full name that it is a person's (a person's
role in apposition, "who", "of" an organisation). Real parses; the NER's slip is reproduced by
re-tagging the name, since the model's tags on a given text are not ours to choose."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from quotetui.engine.coref.tagging import (
    _person_name_tagged_a_body,
    _told_as_person,
    name_cased,
)


def _retagged(nlp, text: str, name: str, label: str = "ORG"):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    others = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.ents = sorted([*others, span], key=lambda e: e.start)
    return doc, Span(doc, span.start, span.end, label=label)


@pytest.mark.parametrize(
    ("word", "cased"),
    [("Novak", True), ("McCain", True), ("DeLacey", True), ("VanderMeer", True),
     ("NASA", False), ("iPhone", False), ("said", False)],
)  # fmt: skip
def test_a_name_with_an_inner_capital_is_written_as_a_name(nlp, word, cased):
    doc = nlp.make_doc(word)
    assert name_cased(doc[0]) is cased


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frank DeLacey, a billionaire head of a firm, said it took weeks.", "Frank DeLacey"),
        ("“We are ready,” said Vanessa Okoro, who graduated in 2011.", "Vanessa Okoro"),
        ("“It is a disgrace,” said Lucía Mamani of the Andean Water Network.", "Lucía Mamani"),
    ],
)  # fmt: skip
def test_a_full_name_tagged_a_body_with_a_person_s_evidence_is_a_person(nlp, text, name):
    _, ent = _retagged(nlp, text, name)
    assert _person_name_tagged_a_body(ent)
    assert _told_as_person(ent)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morgan Stanley, the investment bank, said profits rose.", "Morgan Stanley"),
        ("Morgan Stanley, which advised on the deal, said profits rose.", "Morgan Stanley"),
        ("John Lewis said sales had fallen in the spring.", "John Lewis"),
    ],
)
def test_a_company_named_after_a_person_stays_a_body(nlp, text, name):
    _, ent = _retagged(nlp, text, name)
    assert not _told_as_person(ent)


def test_a_company_name_the_ner_called_a_person_is_the_company(attribute):
    text = (
        "Polls close\n\n"
        "The Electoral Commission said turnout was high. Halvorsen Media, whose website "
        "carried the results, said traffic had doubled. “It was our busiest night,” the "
        "company said."
    )
    [q] = attribute(text)
    assert (q["speaker"], q["speaker_kind"]) == ("Halvorsen Media", "organisation")


def test_a_person_whose_name_ends_in_no_company_word_stays_a_person(attribute):
    text = (
        "Storm damage\n\nThe council said roads were closed. Harriet Waters, whose shop "
        "flooded, said the drains had failed. “Nobody came for hours,” she said."
    )
    [q] = attribute(text)
    assert (q["speaker"], q["speaker_kind"]) == ("Harriet Waters", "person")


def test_a_name_an_organisation_s_noun_describes_is_the_organisation(attribute):
    text = (
        "Residents lose fight over pool\n\n"
        "The Liberal councillors voted against. Campaign group Save Harlow Baths said in a "
        "statement after the vote that it was disappointed. “We will ask the council to hand "
        "the building to a trust,” the group said."
    )
    [q] = attribute(text)
    assert (q["speaker"], q["speaker_kind"]) == ("Save Harlow Baths", "organisation")
