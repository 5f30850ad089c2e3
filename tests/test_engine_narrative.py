"""Who owns words that a narrative sentence, not a speech tag, reports: the verb of saying,
complaining or boasting that governs a quoted fragment names its speaker, whoever else the
sentence or the one before is about; a phrase of two roles stands for the one person who holds
them. Hand-written text, one mechanism per test."""

from __future__ import annotations

import pytest
from records import only

from quotetui.engine.syntax import is_cue_word
from quotetui.names import describe_nominal

# --------------------------------------------------------------------------- narrative verbs


def test_a_phrasal_verb_of_talking_owns_the_fragments_it_governs(attribute):
    quotes = attribute(
        "The hall was packed by seven. Councilman Greg Ritter arrived late, as Mayor Linda "
        "Okafor went on about “fiscal discipline” and “hard choices.”"
    )
    assert only(quotes, "fiscal discipline")["speaker"] == "Linda Okafor"
    # Listed with the first, the second fragment is hers too, not the main clause's subject's.
    assert only(quotes, "hard choices")["speaker"] == "Linda Okafor"


@pytest.mark.parametrize(
    "verb",
    ["gloated about", "raved about", "whined about", "harped on", "waxed lyrical about"],
)
def test_a_verb_of_boasting_or_complaining_in_a_subordinate_clause_names_its_subject(
    attribute, verb
):
    quotes = attribute(
        "The directors met on Monday. Director Mark Dunn sat in silence while the chief "
        f"executive, Janet Cole, {verb} “a record quarter for the whole group.”"
    )
    assert only(quotes, "record quarter")["speaker"] == "Janet Cole"


def test_a_phrasal_cue_needs_its_own_words_right_after_the_verb(nlp):
    talking = nlp("She went on about “hard choices” all night.")
    assert is_cue_word(talking[1])
    going = nlp("The campaign will go on without them, and it went on Friday's show.")
    assert not any(is_cue_word(t) for t in going)


# --------------------------------------------------------------------------- roles


def test_two_coordinated_roles_stand_for_the_holder_of_either(attribute):
    quotes = attribute(
        "Jane Holt, the Democratic presidential nominee, spoke in Ohio on Monday. Her rival, "
        "Governor Bob Tate, was in Texas.\n\n"
        "The former secretary of state and current Democratic presidential nominee said, "
        "“We will win this state in November.”"
    )
    assert only(quotes, "win this state")["speaker"] == "Jane Holt"


def test_the_first_of_two_roles_unknown_the_second_decides(attribute):
    quotes = attribute(
        "Senator Jane Holt won her party's nomination in July. Her rival, Governor Bob Tate, "
        "conceded the race.\n\n"
        "The former prosecutor and longtime senator told reporters, “We will win this state.”"
    )
    assert only(quotes, "win this state")["speaker"] == "Jane Holt"


# --------------------------------------------------------------------------- namesakes


def test_a_suffix_tells_father_and_son_apart_and_the_bare_name_is_the_father(attribute):
    quotes = attribute(
        "Donald Trump Jr. spoke on Monday, a day before his father, Donald Trump, took the "
        "stage in Cleveland.\n\n"
        "“My father will win this state,” Trump Jr. said. “We will win big,” Trump said on "
        "Tuesday."
    )
    assert only(quotes, "My father")["speaker"] == "Donald Trump Jr."
    assert only(quotes, "win big")["speaker"] == "Donald Trump"


def test_the_elder_and_the_younger_namesake_follow_the_articles_family_roles(attribute):
    quotes = attribute(
        "Bill Foster and his son, Dan Foster, both ran for the council this year. Bill Foster "
        "lost and Dan Foster won.\n\n"
        "“I am proud of him,” the elder Foster said. “Dad taught me everything,” the younger "
        "Foster said."
    )
    assert only(quotes, "proud of him")["speaker"] == "Bill Foster"
    assert only(quotes, "Dad taught")["speaker"] == "Dan Foster"


# --------------------------------------------------------------------------- long tags


@pytest.mark.parametrize(
    "tag",
    [
        "William M. Daley, President Obama's former chief of staff, said of their time there.",
        "William M. Daley, the chief executive of the Daley Housing Trust, which runs the "
        "estate on behalf of the county council, said on Tuesday.",
    ],
)
def test_a_tag_whose_apposition_runs_long_still_names_its_speaker(attribute, tag):
    quotes = attribute(
        "The two had rarely agreed in public.\n\n"
        f"“They were professionals, but also competitors,” {tag}"
    )
    assert only(quotes, "professionals")["speaker"] == "William M. Daley"


@pytest.mark.parametrize(
    "intro",
    ["As Councillor Dawn Pryce put it,", "Councillor Dawn Pryce was blunt:"],
)
def test_the_next_sentences_reaction_is_no_tag_for_a_quote_introduced_before_it(attribute, intro):
    quotes = attribute(
        f"The council met on Monday. {intro} “We have run out of road.” Mayor Tom Reyes disagreed."
    )
    assert only(quotes, "run out of road")["speaker"] == "Dawn Pryce"


# --------------------------------------------------------------------------- participles


def test_a_participle_after_a_relative_clause_is_the_main_clauses_subjects(attribute):
    quotes = attribute(
        "Developer Frank Mills spoke at the rally on Tuesday. He mocked an architect who said "
        "he was stiffed on a casino project, saying, “He did a lousy job on every floor.”"
    )
    found = only(quotes, "lousy job")
    assert found["speaker"] == "Frank Mills"
    # Found by the participle's own cue, not left to the ranker to overrule "who".
    assert found["method"] == "cue-verb subject"


# --------------------------------------------------------------------------- media


def test_a_message_an_unnamed_official_sent_speaks_for_that_official(attribute):
    quotes = attribute(
        "The new ward opened on Friday. The health minister, who was abroad, sent a message "
        "that was read out at the ceremony. “Hospitals like this are the heart of our towns,” "
        "the message said."
    )
    assert only(quotes, "heart of our towns")["speaker"] == "health minister"


def test_it_never_means_an_earlier_group_of_people(attribute):
    quotes = attribute(
        "Supporters of the club gathered outside the ground on Saturday. “We want our club "
        "back,” the supporters said.\n\n"
        "A banner went up by the gate on Sunday. “Sell the club now,” it read."
    )
    assert only(quotes, "our club back")["speaker"] == "supporters"
    assert only(quotes, "Sell the club")["speaker"] != "supporters"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("the former secretary of state and", "former secretary of state"),
        ("the book co-", "book"),
        ("one owner of a shop that", "one owner of a shop"),
        ("A spokesperson for the NSC", "spokesperson for the NSC"),
        ("Ben & Jerry", "Ben & Jerry"),
    ],
)
def test_a_description_the_parse_cut_short_ends_on_its_last_whole_word(written, name):
    assert describe_nominal(written) == name


# --------------------------------------------------------------------------- owned words


def test_words_a_claim_holds_are_the_claimants_not_the_critics(attribute):
    quotes = attribute(
        "The council met on Monday. Mayor Tom Reyes dismissed Councillor Dawn Pryce’s claim "
        "that the town had “run out of road.”"
    )
    assert only(quotes, "run out of road")["speaker"] == "Dawn Pryce"


def test_words_said_about_someones_remarks_are_the_speakers_own(attribute):
    quotes = attribute(
        "The council met on Monday. Mayor Tom Reyes called Councillor Dawn Pryce's remarks "
        "“deeply irresponsible.”"
    )
    assert only(quotes, "deeply irresponsible")["speaker"] == "Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday. In the words of Councillor Dawn Pryce, “We have run out "
        "of road.” Mayor Tom Reyes disagreed.",
        "Mayor Tom Reyes spoke first. The town was, in the words of Councillor Dawn Pryce, "
        "“out of road and out of time.”",
    ],
)
def test_in_the_words_of_someone_names_whose_words_they_are(attribute, text):
    quotes = attribute(text)
    assert only(quotes, "out of road")["speaker"] == "Dawn Pryce"
