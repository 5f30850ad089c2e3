"""Short quotes: a term (a scare quote, a title) or somebody's words, on hand-written texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Tom Hale has coined a new phrase, “parking pirates,” to describe the firms.",
            "Tom Hale",
        ),
        ("Few voters forgot Mayor Ed Brandt's “lazy towns” comment.", "Ed Brandt"),
        ("This week the mayor, Tom Hale, has often used the term “parking pirates”.", "Tom Hale"),
        (
            "The towing row began with Dana Wirth's “parking pirates” remark last spring.",
            "Dana Wirth",
        ),
    ],
)
def test_a_short_quote_the_sentence_gives_to_someone_is_theirs(attribute, text, speaker):
    [q] = attribute(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == speaker
    assert q["method"] == "words of"
    assert q["confidence"] < 0.9  # a fragment's speaker, never sure


@pytest.mark.parametrize(
    "text",
    [
        "The dam is known as the “white elephant” of the valley, and the label stuck.",
        "A “just and lasting peace” was the goal of the talks.",
        "Ann Reyes, the treasurer, sent round a memo titled “Where We Stand Now.” It was short.",
        "Gail Moore said she once helped a friend write a book, “Night Harbour Blues,” about it.",
        "Mayor Tom Hale then reiterated the basic premise of the “Harbour Line Effect.”",
        "The vote is awkward for Ana Ruiz, who could be celebrating being dubbed the"
        " “likely winner” even as she loses her own town.",
    ],
)
def test_names_and_titles_stay_terms(attribute, text):
    [q] = attribute(text)
    assert q["kind"] == "term"
    assert q["speaker"] is None


def test_a_fragment_repeating_a_quote_takes_its_speaker(attribute):
    text = (
        "“The towing firms are parking pirates, and I will stop them,” Mayor Tom Hale said on"
        " Monday.\n\nBy Friday the council had taken up the “parking pirates” question."
    )
    full, fragment = attribute(text)
    assert full["speaker"] == "Tom Hale"
    assert fragment["text"] == "“parking pirates”"
    assert fragment["speaker"] == "Tom Hale" and fragment["method"] == "echo"
    assert fragment["confidence"] < 0.9


def test_a_fragment_two_speakers_used_and_a_name_stay_terms(attribute):
    text = (
        "“The towing firms are parking pirates,” Mayor Tom Hale said.\n\n"
        "“They are not parking pirates,” the towing boss Eva Lund said.\n\n"
        "The council took up the “parking pirates” question.\n\n"
        "“We want the Harbour Road Group to stay out of it,” Hale said.\n\n"
        "The “Harbour Road Group” met on Friday."
    )
    quotes = attribute(text)
    for fragment in ("“parking pirates”", "“Harbour Road Group”"):
        [q] = [q for q in quotes if q["text"] == fragment]
        assert q["kind"] == "term" and q["speaker"] is None


def test_a_short_quote_saying_i_is_never_a_term(attribute):
    text = (
        "“Yes, I back Ana Ruiz,” Tom Brook Jr., founder of the River Action Centre,"
        " tells the Valley Gazette in an interview."
    )
    [q] = attribute(text)
    assert q["kind"] == "speech"


def test_a_headline_quote_is_the_words_it_repeats(attribute):
    text = (
        "Hale: Towing Firms Are ‘Parking Pirates’\n\n"
        "“The towing firms are parking pirates, and I will stop them,” Mayor Tom Hale said on"
        " Monday."
    )
    quotes = attribute(text)
    [headline] = [q for q in quotes if q["text"] == "‘Parking Pirates’"]
    assert headline["speaker"] == "Tom Hale" and headline["method"] == "echo"


def test_a_headline_quote_of_the_very_words_a_body_quote_says_is_theirs(attribute):
    # Not only a shorter piece of a longer quote: the headline may repeat the words exactly.
    text = (
        "Ferry pilot ‘never saw’ the kayak, inquiry hears\n\n"
        "A ferry pilot, Tom Hale, told the inquiry on Monday that he “never saw” the kayak"
        " before the crash."
    )
    quotes = attribute(text)
    [headline] = [q for q in quotes if q["text"] == "‘never saw’"]
    assert headline["speaker"] == "Tom Hale" and headline["method"] == "echo"
    assert headline["confidence"] < 0.9


def test_a_headline_ending_in_a_quote_gives_no_speaker_by_its_verb(attribute):
    # A headline's Title Case words are no clause: "Widow Corners Hale … Use The Words"
    # names no speaker of the words, even when the headline ends on the closing mark.
    text = (
        "Gold Star Widow Corners Hale On His Refusal To Use The Words ‘Clean Coal.’\n\n"
        "Senator Tom Hale answered a war widow on Wednesday night by saying his refusal to use"
        " the words was a “made-up” issue."
    )
    headline = attribute(text)[0]
    assert headline["text"] == "‘Clean Coal.’"
    assert headline["kind"] == "term" and headline["speaker"] is None


def test_a_lead_fragment_given_to_a_group_is_the_words_one_of_them_says_later(attribute):
    # The first paragraph sums up what the article quotes in full below: the group's
    # fragment is the words of the one member who says them.
    text = (
        "Judge rules protest restrictions unlawful\n\n"
        "The High Court has ruled that police powers to restrict protests were unlawful, in a "
        "judgment that campaigners called “a victory for democracy”.\n\n"
        "Outside the court, Tom Gallow, director of Freedom to Assemble, spoke to reporters. "
        "“This is a victory for democracy, and a warning to ministers,” Gallow said."
    )
    quotes = attribute(text)
    [lead] = [q for q in quotes if q["text"] == "“a victory for democracy”"]
    assert lead["speaker"] == "Tom Gallow" and lead["method"] == "echo"
    assert lead["speaker_mention"] == "campaigners"
    # Deeper in the article a group's words stay the group's.
    text = (
        "The High Court ruled on Thursday.\n\n"
        "Tom Gallow spoke to reporters. “This is a victory for democracy,” Gallow said.\n\n"
        "Later, campaigners called the ruling “a victory for democracy”."
    )
    quotes = attribute(text)
    [late] = [q for q in quotes if q["text"] == "“a victory for democracy”"]
    assert late["method"] != "echo"


def test_a_short_quote_listed_with_an_attributed_one_shares_its_speaker(attribute):
    text = (
        "Tom Platt, a farmer, was fined in May.\n\nThe farmer had posted online that the"
        " inspectors should “get lost” or “drown” in the river."
    )
    first, second = attribute(text)
    assert first["speaker"] == "Tom Platt"
    assert second["text"] == "“drown”"
    assert second["speaker"] == "Tom Platt" and second["kind"] == first["kind"]
    assert second["confidence"] < 0.9


def test_title_case_slogans_listed_after_someones_title_case_slogan_are_theirs_too(attribute):
    # The first of the list is already someone's words, so a Title Case list is slogans, not
    # names; a list of titles nobody is said to say stays terms.
    text = (
        "Mayor Tom Hale urged supporters to keep repeating “Safe Streets,” “Fair Rents” and"
        " “Clean Parks” at every door."
    )
    slogans = attribute(text)
    assert [q["text"] for q in slogans] == ["“Safe Streets,”", "“Fair Rents”", "“Clean Parks”"]
    assert all(q["speaker"] == "Tom Hale" for q in slogans)
    titles = attribute("The festival showed “Bloodline” and “Mercy Street” on Sunday.")
    assert all(q["kind"] == "term" and q["speaker"] is None for q in titles)


def test_a_fragment_a_tournament_said_is_its_words(attribute):
    # A tournament speaks through its organisers: "tournament" names no event here.
    text = (
        "The match began two hours late.\n\nThe tournament said in a statement that the delay"
        " had been “unavoidable” and that both players had been told."
    )
    [q] = attribute(text)
    assert q["kind"] == "speech" and q["speaker"] is not None
    assert "tournament" in q["speaker"].lower()


def test_a_fragment_someones_quote_is_about_is_their_words(attribute):
    # "his quote about …": the noun names the words as his, as "his claim that …" does.
    text = (
        "Tom Hale teaches at Leeds.\n\nWhen the agency published its report in March, the"
        " professor was one of its lead reviewers, and his quote about the sea being “the"
        " memory of the climate” went round the world."
    )
    [q] = attribute(text)
    assert q["kind"] == "speech" and q["speaker_mention"] == "his"
    assert q["method"] == "cue-verb subject"


def test_fragments_in_a_sentence_whose_name_the_parse_took_for_its_root(attribute):
    # A long apposition between the name and its verb: the parse may make the name the
    # root and the verb a clause hung on it; the name is still the one comparing.
    text = (
        "Ann Reyes, the director of debate at the University of Leeds, compared Hale to a"
        " coach at a football game who is “shouting at the referee” in hopes that “they’ll go"
        " easier” on him."
    )
    quotes = attribute(text)
    assert [q["speaker"] for q in quotes] == ["Ann Reyes", "Ann Reyes"]
    assert all(q["confidence"] < 0.9 for q in quotes)


def test_the_slogans_on_signs_people_hold_are_theirs_title_case_or_not(attribute):
    text = (
        "The county closed the library on Monday.\n\n"
        "Outside, residents held placards reading “Books Not Bulldozers” and “Save Our Shelves”."
        " A few students carried a banner reading “Where Will We Study?” past the gates."
    )
    slogans = {q["text"]: q for q in attribute(text)}
    for words in ("“Books Not Bulldozers”", "“Save Our Shelves”"):
        assert slogans[words]["kind"] == "written"
        assert slogans[words]["speaker"] == "residents"
    assert slogans["“Where Will We Study?”"]["kind"] == "written"
    assert "students" in (slogans["“Where Will We Study?”"]["speaker"] or "")


def test_a_title_case_quote_someone_owns_is_a_title(attribute):
    text = (
        "“We were never told,” Mayor Ines Calder said on WRTV’s “Morning Desk” on Monday."
        " She later told the Herald’s “Inside Track” the same."
    )
    quotes = {q["text"]: q for q in attribute(text)}
    assert quotes["“We were never told,”"]["speaker"] == "Ines Calder"
    assert quotes["“Morning Desk”"]["kind"] == "term"
    assert quotes["“Inside Track”"]["kind"] == "term"


def test_a_name_someone_goes_by_is_a_term(attribute):
    text = (
        "The second incident came when Paul Greer was caught again. Greer wrote under the"
        " pseudonym “Silver Fox,” but it did him no good, as he was found out."
    )
    quotes = {q["text"]: q for q in attribute(text)}
    assert quotes["“Silver Fox,”"]["kind"] == "term"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "“We will not back down,” Mayor Ines Calder said, alluding to the actor's role as a"
            " trapper in “The Trapper.”",
            "“The Trapper.”",
        ),
        (
            "Ines Calder, the mayor, said she had watched Gil Hart's brother in ‘The 300-Mile"
            " Walk,’ twice.",
            "‘The 300-Mile Walk,’",
        ),
        (
            "Councillor Ray Osei said the budget fell under the 2019 “Harbour Renewal Scheme.”",
            "“Harbour Renewal Scheme.”",
        ),
        (
            "Hale was speaking on the weekly program, “Ask Tom Hale Live,” broadcast on Sunday.",
            "“Ask Tom Hale Live,”",
        ),
    ],
)
def test_a_title_after_a_preposition_or_a_program_is_a_term(attribute, text, title):
    # A period or comma inside the closing mark is the sentence's (American style); a title
    # may be one word after its own "The", or hold a number.
    quotes = {q["text"]: q for q in attribute(text)}
    assert quotes[title]["kind"] == "term"
    assert quotes[title]["speaker"] is None


def test_a_short_capitalised_reply_stays_speech(attribute):
    text = "Asked who would pay, Mayor Ines Calder said, “The Council.” Nobody laughed."
    [q] = attribute(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == "Ines Calder"


def test_a_quoted_noun_labelling_the_next_noun_is_a_term_unless_a_cue_gives_it(attribute):
    # "a “unity” lunch": only the sentence's subject would give the label a speaker.
    [label] = attribute(
        "By noon, Councillor Ray Osei was hosting a “unity” lunch for the two factions at the"
        " Harbour Hotel."
    )
    assert label["kind"] == "term"
    assert label["speaker"] is None
    [words] = attribute(
        "Mayor Tom Hale said on Monday that the city faced a “cash” crisis by spring."
    )
    assert words["kind"] == "speech"
    assert words["speaker"] == "Tom Hale"


def test_a_quoted_noun_a_reporting_verb_governs_stays_speech(attribute):
    [q] = attribute(
        "Ray Osei said the council would finally end the “rigged system” at the harbour."
    )
    assert q["kind"] == "speech"
    assert q["speaker"] == "Ray Osei"


def test_a_short_clause_after_a_quote_in_its_paragraph_goes_on_with_that_speaker(attribute):
    # A few words with their own subject and verb are a sentence someone says, not a scare
    # quote, even when nothing but a participle ("referring to …") stands beside them.
    text = (
        'Mayor Tom Hale said on Tuesday that he expected to lose the case. "The harbour board'
        ' wants a scalp," he said. "We\'ll see them in court," referring to the appeal judges.'
    )
    quotes = {q["text"]: q for q in attribute(text)}
    later = quotes['"We\'ll see them in court,"']
    assert later["kind"] == "speech"
    assert later["speaker"] == "Tom Hale"
    assert later["method"] == "continuation"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Hale said his favourite song as a boy was “we will walk down to the harbour"
        " tonight” (1998), by a local band.",
        "The party of Mayor Tom Hale has won such votes before, Hale said. It ran “Stop the"
        " tower blocks now, and save our green fields” (2014) and won.",
    ],
)
def test_a_quote_dated_by_a_year_in_brackets_is_a_title(attribute, text):
    # “Jaws” (1975), a referendum's slogan (2014): titles are dated so; speech never is.
    [q] = attribute(text)
    assert q["kind"] == "term"
    assert q["speaker"] is None


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        (
            "Mayor Tom Hale ended his speech with “Nil Desperandum,” Latin for “never give up"
            " in the face of the harbour board.”",
            "“never give up in the face of the harbour board.”",
        ),
        (
            "Tom Hale signed off the letter with the word “Slán,” Irish for “goodbye and safe"
            " home to you all,” the council said.",
            "“goodbye and safe home to you all,”",
        ),
    ],
)
def test_what_foreign_words_mean_is_a_gloss_not_speech(attribute, text, gloss):
    quotes = {q["text"]: q for q in attribute(text)}
    assert quotes[gloss]["kind"] == "term"
    assert quotes[gloss]["speaker"] is None


def test_a_double_marked_quote_inside_a_quote_is_the_outer_speakers(attribute):
    text = (
        '"We cannot keep calling it a “temporary measure” forever," Mayor Tom Hale said on Monday.'
    )
    outer, inner = attribute(text)
    assert outer["speaker"] == "Tom Hale"
    assert inner["text"] == "“temporary measure”"
    assert inner["kind"] != "term" and inner["method"] == "nested"
    assert inner["speaker"] == "Tom Hale" and inner["confidence"] < 0.9


def test_a_single_marked_quote_inside_a_quote_stays_a_term(attribute):
    text = "“We cannot keep calling it a ‘temporary measure’ forever,” Mayor Tom Hale said."
    outer, inner = attribute(text)
    assert outer["speaker"] == "Tom Hale"
    assert inner["kind"] == "term" and inner["speaker"] is None
