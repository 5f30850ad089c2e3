"""Occasions: the event or medium and its date, found in the attribution clause."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-13"  # a Friday


def test_occasion_and_date_from_the_attribution_clause(attribute):
    text = (
        "“Exports will recover,” Trade Minister Olga Berg said Wednesday at a briefing in "
        "central Vilnius.\n"
        "“We expect growth in spring,” she said.\n"
        "On Thursday, Berg posted on X that talks had stalled."
    )
    quotes = attribute(text, date=PUBLISHED)
    first, second = quotes
    assert first["occasion"] == "briefing in central Vilnius"
    assert first["occasion_date"] == "2026-02-11"
    # The same speaker's next quote keeps the occasion unless a new one is named.
    assert second["occasion"] == first["occasion"]
    assert second["occasion_date"] == "2026-02-11"


def test_told_reporters_is_an_occasion(attribute):
    [q] = attribute("“We are ready,” the coach told reporters on Monday.", date=PUBLISHED)
    assert q["occasion"] == "remarks to reporters"  # the guidelines name the event
    assert q["occasion_date"] == "2026-02-09"


@pytest.mark.parametrize(
    ("text", "occasion", "kind"),
    [
        (
            "“We are ready,” Mayor Tom Hale told the Harbour Gazette.",
            "interview with the Harbour Gazette",
            "interview",
        ),
        (
            "“We are ready,” Mayor Tom Hale told me at the harbour.",
            "interview with the author",
            "interview",
        ),
        ("“We are ready,” Mayor Tom Hale told the delegates.", "told the delegates", None),
    ],
)
def test_a_telling_is_named_as_the_event_it_stands_for(attribute, text, occasion, kind):
    # The guidelines name an event or medium: "told CNN" is an interview with CNN, "told
    # me" the writer's interview; a telling of an audience at an event keeps its words.
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion"] == occasion
    if kind is not None:
        assert q["occasion_type"] == kind


def test_without_publication_date_the_phrase_is_kept(attribute):
    [q] = attribute("“We are ready,” Coach Ann Ford said on Monday.", date=None)
    assert q["occasion_date"] is None
    assert q["occasion"] == "on Monday"


def test_date_from_the_sentence_before_that_names_the_speaker(attribute):
    text = (
        "The row follows remarks earlier in February by Ambassador Ivo Marek.\n"
        "“We stand by every word,” he said during a meeting with students."
    )
    [q] = attribute(text, date="2026-02-23")
    assert q["speaker"] == "Ivo Marek"
    assert q["occasion"] == "meeting with students"
    assert q["occasion_date"] == "2026-02"


def test_undated_news_stays_undated_the_publication_date_is_not_a_guess(attribute):
    # Issue 14: the publication date is never copied into occasion_date (it used to be, for a
    # plain "said"); the review app and the export show it beside, as the publication date.
    text = (
        "The ministry summoned the ambassador to convey “deep regret over the shelling.”\n"
        "Officials have said the strikes were “a grave violation” of the truce."
    )
    first, second = attribute(text, date="2024-10-21")
    assert first["occasion_date"] is None
    assert first["occasion_date_source"] is None
    assert second["occasion_date"] is None
    assert [q["occasion_date"] for q in attribute(text, date=None)] == [None, None]


# --- structured occasions ----------------------------------------------------------------------


def _one(attribute, text, date=PUBLISHED):
    [q] = attribute(text, date=date)
    return q


def test_the_type_is_read_from_the_grammar_of_the_attribution(attribute):
    cases = [
        ("“We are ready,” the coach told reporters after the game.", "press"),
        ("“We are ready,” Senator Ada Kim told The Washington Post.", "interview"),
        ("“We are ready,” the ministry said in a statement.", "statement"),
        ("“We are ready,” Mayor Ann Ford said at a rally in Tampa.", "speech"),
        ("“We are ready,” Ann Ford said on Fox News.", "broadcast"),
        ("“We are ready,” Ann Ford wrote on Twitter.", "social_post"),
        ("“We are ready,” Ann Ford wrote in an op-ed for the Guardian.", "document"),
        ("“We were ready,” the former director testified before the committee.", "hearing"),
        ("“We are ready,” Ann Ford told analysts on a conference call.", "meeting"),
        ("“We are ready,” Ann Ford said during the debate.", "debate"),
    ]
    for text, kind in cases:
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_place_date_and_their_offsets_are_the_words_of_the_text(attribute):
    text = "“We stand firm,” Governor Lena Ortiz said Wednesday at a rally in Columbus, Ohio."
    q = _one(attribute, text)
    assert q["occasion_type"] == "speech"
    assert "rally" in q["occasion"]
    assert q["occasion_place"].startswith("Columbus")
    assert q["occasion_date"] == "2026-02-11"
    assert q["occasion_date_source"] == "text"
    start, end = q["occasion_date_start"], q["occasion_date_end"]
    assert text[start:end] == q["occasion_date_text"] == "Wednesday"
    assert "rally" in text[q["occasion_start"] : q["occasion_end"]]


def test_an_occasion_named_before_the_quotes_is_theirs_and_its_date_carried(attribute):
    text = (
        "Senator Ada Kim spoke at a town hall in Dayton on Tuesday.\n"
        "“Nobody should lose their clinic,” Kim said.\n"
        "“We will fight for it,” she added."
    )
    first, second = attribute(text, date=PUBLISHED)
    for q in (first, second):
        assert q["occasion_type"] == "speech"
        assert q["occasion_date"] == "2026-02-10"
        assert q["occasion_date_source"] == "carried"


def test_a_new_occasion_ends_the_carry(attribute):
    text = (
        "“Nobody should lose their clinic,” Senator Ada Kim said at a rally on Tuesday.\n"
        "“The budget is a disgrace,” Kim told reporters on Thursday.\n"
        "“We will not give up,” she said."
    )
    first, second, third = attribute(text, date=PUBLISHED)
    assert (first["occasion_type"], first["occasion_date"]) == ("speech", "2026-02-10")
    assert (second["occasion_type"], second["occasion_date"]) == ("press", "2026-02-12")
    assert (third["occasion_type"], third["occasion_date"]) == ("press", "2026-02-12")


def test_other_speakers_inside_the_account_of_a_debate_share_it(attribute):
    text = (
        "The two candidates clashed on Thursday night during a televised debate in Leeds.\n"
        "“My opponent has no plan,” said Maria Lopez.\n"
        "“That is simply untrue,” replied Tom Hale."
    )
    lopez, hale = attribute(text, date=PUBLISHED)
    for q in (lopez, hale):
        assert q["occasion_type"] == "debate"
        assert q["occasion_date"] == "2026-02-12"


def test_a_bare_said_gets_no_date_and_no_occasion(attribute):
    q = _one(attribute, "“Prices will fall,” said Tom Hale, an economist at the bank.")
    assert q["occasion_date"] is None
    assert q["occasion_date_text"] is None
    assert q["occasion_date_source"] is None
    assert q["occasion_type"] is None


def test_weeks_years_and_ages_are_kept_as_words_or_not_at_all(attribute):
    last_week = _one(attribute, "“We lost,” the 33-year-old coach told reporters last week.")
    assert last_week["occasion_date"] is None
    assert last_week["occasion_date_text"] == "last week"
    assert last_week["occasion_type"] == "press"


def test_a_wire_dateline_places_an_event_without_a_place_of_its_own(attribute):
    text = (
        "BRUSSELS (Reuters) - Ministers failed to agree on new sanctions on Thursday.\n"
        "“We are not there yet,” the EU's foreign policy chief told a news conference."
    )
    q = _one(attribute, text)
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "Brussels"


def test_placards_at_a_march_are_where_the_story_was_filed_from(attribute):
    # A protest's placards are held up where the marchers are: the dateline's town, as an
    # in-person event without a place of its own is.
    text = (
        "LIMA, May 3 (Reuters) - Police fired tear gas on Saturday at thousands of teachers "
        "who marched on the Congress against a pay freeze.\n\n"
        "Protesters, many holding up placards that read “No to the freeze” and “Pay us what "
        "we earn”, gathered in the old town from early morning."
    )
    quotes = attribute(text, date="2025-05-03")
    assert [q["occasion_type"] for q in quotes] == ["document", "document"]
    assert [q["occasion_place"] for q in quotes] == ["Lima", "Lima"]


def test_words_chanted_are_a_crowds_where_the_story_was_filed_from(attribute):
    # Chanting is no speech to an audience but the crowd's, where it marches: "other", at
    # the dateline's town as the protest's placards are.
    text = (
        "QUITO (Reuters) - Thousands of students marched through the capital on Saturday "
        "against a rise in fuel prices.\n\n"
        'Protesters marching through the old town chanted "No to the tax!" and kept going '
        "until nearly midnight."
    )
    [q] = attribute(text, date="2025-05-03")
    assert q["occasion_type"] == "other"
    assert q["occasion"] == "chant"
    assert q["occasion_place"] == "Quito"


# --- the story's event: its day and venue for the words said at it ------------------------------


def test_told_the_meeting_is_the_meeting_the_lead_tells_on_its_day_and_at_its_venue(attribute):
    text = (
        "Flood meeting\n\n"
        "Residents packed St Aidan's church hall in Bridgwater on Tuesday evening for a public "
        "meeting with the Environment Agency.\n\n"
        "“We got this wrong,” the agency's manager, Paul Hendry, told the meeting.\n\n"
        "“We have heard promises before,” said Janet Cole, who chairs the residents' group."
    )
    hendry, cole = attribute(text, date="2025-01-16")
    assert hendry["occasion_type"] == "meeting"
    assert hendry["occasion_date"] == "2025-01-14"
    assert hendry["occasion_date_source"] == "carried"
    assert "St Aidan's church hall" in hendry["occasion_place"]
    # The next speaker in the account of the meeting is at it too.
    assert (cole["occasion_type"], cole["occasion_date"]) == ("meeting", "2025-01-14")


def test_the_court_a_report_tells_is_the_hearing_of_its_lead(attribute):
    text = (
        "A former councillor was jailed for three years at Maidstone Crown Court on Friday.\n\n"
        "“He is deeply ashamed,” his barrister, Claire Amos, told the court."
    )
    q = _one(attribute, text, date="2025-04-12")
    assert q["occasion_type"] == "hearing"
    assert q["occasion_date"] == "2025-04-11"
    assert q["occasion_place"] == "Maidstone Crown Court"


def test_a_region_in_the_lead_is_not_the_venue_of_the_words(attribute):
    text = (
        "Ted Cruz won most delegates in Wyoming on Saturday.\n\n"
        "“We are grateful,” Cruz told the convention."
    )
    q = _one(attribute, text, date="2016-04-17")
    assert q["occasion_date"] == "2016-04-16"
    assert q["occasion_place"] != "Wyoming"


def test_what_the_speaker_had_told_another_outlet_earlier_is_not_carried_back(attribute):
    text = (
        "Candidates clashed at a hustings in the Subscription Rooms on Thursday evening.\n\n"
        "“That is simply not true,” replied Labour's Priya Shah.\n\n"
        "Earlier in the week, Shah had told the Stroud News that she expected a close race."
    )
    [q] = attribute(text, date="2024-06-21")
    assert q["occasion_type"] != "interview"


def test_hustings_are_debates(attribute):
    q = _one(attribute, "“We built more homes,” Mark Ellis said at a hustings in Stroud.")
    assert q["occasion_type"] == "debate"


def test_a_name_before_a_colon_and_a_quote_is_no_quoted_title(attribute):
    # "told Derek Pike, 61: “…”" — the quote the colon opens is speech, not the name of a show.
    text = "Passing sentence, Judge Alan Reeve told Derek Pike, 61: “You betrayed the trust.”"
    assert _one(attribute, text, date="2025-04-12")["occasion_type"] != "broadcast"


def test_a_broadcasters_host_speaks_on_the_show(attribute):
    q = _one(attribute, "“Pence did everything right,” said MSNBC host Chris Matthews.")
    assert q["occasion_type"] == "broadcast"
    assert q["occasion_date"] is None


def test_an_appearance_on_a_named_show_is_a_broadcast(attribute):
    text = "“We are ready,” Ann Ford said during an appearance on Breitbart News Daily."
    assert _one(attribute, text)["occasion_type"] == "broadcast"


def test_the_interviewers_words_belong_to_the_interview_that_names_them(attribute):
    text = (
        "Clinton spoke in an interview with MSNBC's Rachel Maddow on Thursday.\n\n"
        "“We need a plan,” Clinton said.\n\n"
        "“Is that realistic?” Maddow asked."
    )
    clinton, maddow = attribute(text, date=PUBLISHED)
    assert clinton["occasion_type"] == "interview"
    assert (maddow["occasion_type"], maddow["occasion_date"]) == ("interview", "2026-02-12")


def test_a_document_speaks_in_the_present_and_keeps_its_release_day(attribute):
    text = (
        "The watchdog published a report on Tuesday on hospital waiting times.\n\n"
        "“Delays are getting worse,” the report says."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert q["occasion_type"] == "document"
    assert q["occasion_date"] == "2026-02-10"


def test_those_who_speak_right_after_a_briefing_named_in_the_lead_speak_at_it(attribute):
    text = (
        "Astronomers announced at a press briefing at the Royal Observatory in Edinburgh on "
        "Tuesday that a comet would pass close to Earth.\n\n"
        "“It will be visible to the naked eye,” said Dr Aisha Rahman, who led the team."
    )
    q = _one(attribute, text, date="2025-02-20")
    assert (q["occasion_type"], q["occasion_date"]) == ("press", "2025-02-18")
    assert "Royal Observatory" in q["occasion_place"]


def test_words_followed_by_more_that_name_their_occasion_were_said_there(attribute):
    text = (
        "Speaking at a news conference in London on Tuesday, Professor James Okafor said "
        "farmers were not to blame.\n\n"
        "“It will not end the debate,” said Dr Lucy Marsh, an ecologist. “But it makes the "
        "case harder to dismiss,” she told the BBC."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert second["occasion"] == "interview with the BBC"
    assert first["occasion"] == "interview with the BBC"
    assert first["occasion_type"] == "interview"


def test_an_event_takes_the_one_day_its_sentence_names(attribute):
    text = (
        "Candidates clashed over housing at a hustings organised by the Chamber of Trade at "
        "the Subscription Rooms on Thursday evening.\n\n"
        "“We have built more homes than ever,” the Conservative candidate, Mark Ellis, said."
    )
    q = _one(attribute, text, date="2024-06-21")
    assert (q["occasion_type"], q["occasion_date"]) == ("debate", "2024-06-20")


def test_told_reporters_after_the_talks_is_on_the_day_of_the_talks(attribute):
    text = (
        "NAIROBI (AFP) - East African leaders pledged $2 billion for drought relief at a summit "
        "in Nairobi on Thursday.\n\n"
        "“We will share what we have,” Ethiopia's prime minister told reporters after the talks."
    )
    q = _one(attribute, text, date="2024-06-07")
    assert (q["occasion_type"], q["occasion_date"]) == ("press", "2024-06-06")
    assert q["occasion_date_source"] == "carried"


def test_the_one_a_wire_lead_is_about_is_past_its_dateline(attribute):
    # The parse makes "Porto" the subject of "hit"; the day is the vice president's.
    text = (
        "Matos, stumping for Silva, trashes government.\n\n"
        "Porto (AFP) – Vice President Rui Matos on Monday hit the 2024 campaign trail with Ana "
        "Silva for the first time, trashing the government as unfit to rule.\n\n"
        "“They have failed,” said Matos, who served as mayor for ten years."
    )
    q = _one(attribute, text, date="2024-06-05")
    assert q["occasion_date"] == "2024-06-03"
    assert q["occasion_date_source"] == "carried"


def test_a_persons_words_in_the_present_were_said_to_the_writer(attribute):
    text = (
        "Old allies unite behind the senator.\n\n"
        "“He is the best candidate in decades,” Ruth Vale tells the Ledger in an exclusive "
        "interview.\n\n"
        "Tom Hart, who ran the group in the 1970s, agrees.\n\n"
        "“The party has never looked so divided,” Hart says."
    )
    vale, hart = attribute(text, date="2016-01-19")
    assert vale["occasion_type"] == "interview"
    # No occasion of his own: the story's interview, at no time the text gives.
    assert hart["occasion_type"] == "interview"
    assert "interview" in hart["occasion"]
    assert hart["occasion_date"] is None


def test_a_bare_said_is_no_interview(attribute):
    q = _one(attribute, "“The party has never looked so divided,” Tom Hart said.")
    assert q["occasion_type"] is None


def test_told_the_briefing_is_the_briefing_the_lead_names_in_its_words_and_place(attribute):
    text = (
        "Water shortages loom\n\n"
        "Reservoirs in the south are at record lows, the head of Southern Water warned at a "
        "briefing for farmers in Winchester on Tuesday.\n\n"
        "“We are weeks from rationing,” Mary Olsen told the briefing."
    )
    q = _one(attribute, text, date="2025-07-17")
    assert "farmers" in q["occasion"]
    assert "Winchester" in f"{q['occasion']} {q['occasion_place']}"
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2025-07-15", "carried")


def test_told_the_court_is_no_briefing_of_the_lead(attribute):
    text = (
        "Water shortages loom\n\n"
        "Reservoirs in the south are at record lows, the head of Southern Water warned at a "
        "briefing for farmers in Winchester on Tuesday.\n\n"
        "“We are weeks from rationing,” Mary Olsen told the court."
    )
    q = _one(attribute, text, date="2025-07-17")
    assert q["occasion_type"] == "hearing"
    assert "farmers" not in (q["occasion"] or "")


def test_an_occasion_of_two_coordinated_subjects_is_each_ones(attribute):
    text = (
        "Senator Ann Ford and Governor Tom Hale both attacked the plan in their appearances "
        "on Radio Five Live on Thursday morning.\n\n"
        "“It is a disaster for the region,” Hale said."
    )
    q = _one(attribute, text, date="2025-05-09")
    assert q["speaker"] == "Tom Hale"
    assert q["occasion_type"] == "broadcast"
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2025-05-08", "carried")


def test_a_video_or_message_posted_on_a_platform_is_a_social_post(attribute):
    for text in (
        "“It is time to go,” Gwen Hart said in a video posted on the club's Facebook page.",
        "“It is time to go,” Gwen Hart said in a message on Instagram.",
    ):
        assert _one(attribute, text)["occasion_type"] == "social_post", text
    video = _one(attribute, "“It is time to go,” Gwen Hart said in a video for the BBC.")
    assert video["occasion_type"] != "social_post"


def test_he_wrote_is_the_post_named_for_his_words(attribute):
    text = (
        "The council approved the plan on Tuesday night.\n\n"
        "On Wednesday, shop owner Frank Ortiz said on Facebook that he would fight it. "
        "“This is not over,” he wrote."
    )
    q = _one(attribute, text, date="2025-03-20")
    assert q["occasion_type"] == "social_post"
    assert q["occasion"] is not None and "Facebook" in q["occasion"]
    assert q["occasion_date"] == "2025-03-19"


def test_where_someone_said_something_outside_a_quote_places_their_next_words(attribute):
    text = (
        "Housing minister Helen Marsh toured the north this week.\n\n"
        "In the steel city of Pittsburgh, where she grew up, Marsh said the plan would bring "
        "jobs back.\n\n"
        "“This town deserves better,” she said."
    )
    q = _one(attribute, text, date="2025-05-09")
    assert q["speaker"] == "Helen Marsh"
    assert q["occasion_place"] == "Pittsburgh"
    assert q["occasion_date"] is None


def test_a_mention_of_someones_statements_or_trip_does_not_end_the_account(attribute):
    text = (
        "“We will fix it,” Mayor Ana Ruiz told reporters on Monday at a news conference in "
        "City Hall.\n\n"
        "Critics said her public statements had changed over the year.\n\n"
        "“I have been consistent,” Ruiz said."
    )
    first, second = attribute(text, date="2025-05-07")
    assert first["occasion_type"] == "press"
    assert second["occasion_type"] == "press"
    assert second["occasion_date"] == "2025-05-05"


def test_words_right_after_the_lead_said_at_an_event_of_its_kind_were_said_at_it(attribute):
    text = (
        "Firm unveils cheaper scooter\n\n"
        "Volta unveiled a cheaper electric scooter at an event in Austin on Tuesday.\n\n"
        "“This is the scooter for everyone,” chief executive Mia Lund said on stage."
    )
    q = _one(attribute, text, date="2025-09-10")
    assert q["occasion_type"] == "speech"
    assert q["occasion_place"] == "Austin"
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2025-09-09", "carried")


def test_an_interview_after_the_lead_event_keeps_no_day_of_its_own(attribute):
    text = (
        "Firm unveils cheaper scooter\n\n"
        "Volta unveiled a cheaper electric scooter at an event in Austin on Tuesday.\n\n"
        "“This is the scooter for everyone,” chief executive Mia Lund told The Verge."
    )
    q = _one(attribute, text, date="2025-09-10")
    assert q["occasion_type"] == "interview"
    assert q["occasion_date"] is None


def test_the_day_of_a_role_named_by_apposition_is_the_persons(attribute):
    text = (
        "Trust chair quits\n\n"
        "The chair of the Riverside Housing Trust, Anna Cole, resigned on Wednesday after ten "
        "years in the post.\n\n"
        "“It is time for new ideas,” Cole said in a video posted on Facebook."
    )
    q = _one(attribute, text, date="2024-08-22")
    assert q["occasion_type"] == "social_post"
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2024-08-21", "carried")


def test_an_interview_the_tagger_runs_into_its_date_is_still_an_interview(attribute):
    # The tagger reads "an interview Tuesday" as one date.
    q = _one(
        attribute,
        "“We are ready,” Republican National Committee Chairman Reince Priebus said in an "
        "interview Tuesday.",
        date="2016-07-20",
    )
    assert q["occasion_type"] == "interview"
    assert (q["occasion_date"], q["occasion_date_text"]) == ("2016-07-19", "Tuesday")


def test_at_the_outset_of_an_event_is_that_event(attribute):
    for text, kind in (
        (
            "“We must lead,” Ann Ford said at the outset of a Democratic debate in Des Moines.",
            "debate",
        ),
        ("“We must lead,” Ann Ford said in one of her debates with Tom Hale.", "debate"),
        ("“We must lead,” Ann Ford said at the end of a rally in Tampa.", "speech"),
    ):
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_told_a_local_paper_the_tagger_takes_for_a_place_is_an_interview(attribute):
    text = (
        "The supporters' trust was not satisfied.\n\n"
        "“An apology on social media is not enough,” trust chair Ann Blake told the Northern "
        "Echo."
    )
    q = _one(attribute, text)
    assert q["occasion_type"] == "interview"
    assert q["occasion_place"] is None  # a paper, not a place
    assert (
        _one(attribute, "“It is bleak,” Ann Ford told New York magazine.")["occasion_place"] is None
    )


def test_what_the_lead_closes_or_builds_is_not_where_words_were_said(attribute):
    text = (
        "The school board voted 4-3 on Monday night to close two elementary schools.\n\n"
        "“You are taking the heart out of our town,” parent Lisa Grant told board members."
    )
    q = _one(attribute, text, date="2024-10-10")
    assert q["occasion_type"] == "meeting"
    assert q["occasion_place"] is None or "school" not in q["occasion_place"]


def test_a_day_of_years_before_told_as_history_dates_no_later_words(attribute):
    text = (
        "Station chief Tom Reed arrived in Benghazi in December 2011.\n\n"
        "“We did what we could,” Reed said in a lengthy interview with The Post."
    )
    q = _one(attribute, text, date="2016-01-16")
    assert q["occasion_type"] == "interview"
    assert q["occasion_date"] is None


def test_words_of_a_story_about_one_debate_are_of_that_debate_however_far(attribute):
    filler = "".join(
        f"The candidates then turned to topic number {n}, which took some time.\n\n"
        for n in range(1, 10)
    )
    text = (
        "The Latest Republican Debate Turns Sharp\n\n"
        "The Republican debate in Manchester on Saturday night opened with a long silence.\n\n"
        + filler
        + "“We will cut taxes for every family,” Governor Tom Hale said."
    )
    q = attribute(text, date="2016-02-07")[-1]
    assert q["occasion_type"] == "debate"
    assert "Manchester" in f"{q['occasion']} {q['occasion_place']}"
    assert q["occasion_date"] == "2016-02-06"


def test_a_debate_tonight_in_the_title_is_still_to_come(attribute):
    filler = "".join(
        f"The candidates will have to turn to topic number {n}.\n\n" for n in range(1, 10)
    )
    text = (
        "Five things to watch in tonight's debate\n\n"
        "Senator Ann Ford is swaggering into the sixth debate.\n\n"
        + filler
        + "“We are ready,” Ford's spokesman, Tom Hale, said."
    )
    q = attribute(text, date="2016-02-11")[-1]
    assert q["occasion_type"] is None


def test_a_curly_apostrophe_will_is_still_to_come(attribute):
    for ll in ("'ll", "’ll"):
        text = (
            f"Senator Ann Ford is in Tampa. On Thursday, she{ll} be speaking at a rally in "
            "Tampa.\n\n“We are ready for it,” Ford said."
        )
        q = _one(attribute, text)
        assert (q["occasion_type"], q["occasion_date"]) == (None, None), ll


def test_onstage_in_one_word_is_a_speech_as_on_stage_is(attribute):
    text = "“I started this because I believe in us,” Bond said onstage on Tuesday night."
    q = _one(attribute, text)
    assert (q["occasion_type"], q["occasion_date"]) == ("speech", "2026-02-10")


def test_words_said_to_applause_are_a_speech(attribute):
    text = (
        "Senator Ann Ford spoke in Harlem on Tuesday.\n\n"
        "“You can't just show up at election time,” she said to rousing applause."
    )
    assert _one(attribute, text)["occasion_type"] == "speech"
    text = "“You can't just show up at election time,” Ford said to rousing applause."
    assert _one(attribute, text)["occasion_type"] == "speech"


def test_the_event_a_narrative_sentence_names_as_the_one_told_is_on_the_leads_day(attribute):
    text = (
        "Gallery reopens after refit\n\n"
        "The Whitworth gallery in Manchester reopened to the public on Thursday after a "
        "two-year refurbishment.\n\n"
        "Speaking at the opening ceremony, director Helena Marsh thanked the builders. "
        "“This is your gallery,” she said."
    )
    q = _one(attribute, text, date="2024-03-08")
    assert q["occasion_type"] == "speech"
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2024-03-07", "carried")


def test_an_event_a_narrative_sentence_names_anew_is_not_on_the_leads_day(attribute):
    text = (
        "Gallery reopens after refit\n\n"
        "The Whitworth gallery in Manchester reopened to the public on Thursday after a "
        "two-year refurbishment.\n\n"
        "Speaking at a fundraising dinner, director Helena Marsh thanked the donors. "
        "“This is your gallery,” she said."
    )
    q = _one(attribute, text, date="2024-03-08")
    assert q["occasion_date"] is None


def test_a_day_told_right_after_an_undated_show_is_the_shows_day(attribute):
    text = (
        'Sitting down with MSNBC\'s "The Rachel Maddow Show" on Thursday, Senator Ann Ford '
        "remarked that she was surprised.\n\n"
        '"In any other year they would be on the list," Maddow said.'
    )
    q = attribute(text, date=PUBLISHED)[-1]
    assert q["speaker"].endswith("Maddow")
    assert q["occasion_type"] in ("broadcast", "interview")
    assert (q["occasion_date"], q["occasion_date_source"]) == ("2026-02-12", "carried")


def test_members_of_a_group_that_told_an_outlet_speak_in_what_it_told(attribute):
    text = (
        "Senator Ann Ford met House Democrats on Wednesday. At least a dozen members of "
        "Congress told The Huffington Post she thinks the House is within reach.\n\n"
        "“She said she wants the House,” Rep. Jim McDermott said."
    )
    q = attribute(text, date=PUBLISHED)[-1]
    assert q["speaker"] == "Jim McDermott"
    assert q["occasion_type"] == "interview"
    assert "Huffington Post" in q["occasion"]


def test_according_to_members_names_a_source_not_a_meeting(attribute):
    text = (
        "Notably absent, according to members who spoke with reporters afterward, was any "
        "mention of the inquiry.\n\n"
        "“That is a problem for the party,” said Rep. Jim Clyburn."
    )
    q = _one(attribute, text)
    assert "according" not in (q["occasion"] or "")
    assert q["occasion_type"] != "meeting"


def test_words_right_after_what_the_speaker_had_told_before_are_of_that_telling(attribute):
    text = (
        "Candidates clashed at a hustings in the Subscription Rooms on Thursday evening.\n\n"
        "“That is simply not true,” replied Labour's Priya Shah.\n\n"
        "Earlier in the week, Shah had told the Stroud News that she expected a close race. "
        "“It will come down to a few hundred votes,” she said."
    )
    first, second = attribute(text, date="2024-06-21")
    assert first["occasion_type"] == "debate"
    assert second["occasion_type"] == "interview"
    assert "Stroud News" in second["occasion"]
    assert second["occasion_date"] is None


def test_a_briefing_for_others_than_the_press_is_a_meeting(attribute):
    lead = (
        "Hospitals are full, the head of NHS Highland warned at a briefing for {} in "
        "Inverness on Monday.\n\n"
    )
    quote = "“Every bed is full by nine in the morning,” Fiona Grant told the briefing."
    for audience, kind in (("councillors", "meeting"), ("reporters", "press")):
        q = _one(attribute, lead.format(audience) + quote, date="2024-11-27")
        assert q["occasion_type"] == kind, audience
        assert q["occasion_date"] == "2024-11-25", audience


def test_a_message_posted_with_nowhere_said_is_a_social_post(attribute):
    for where, kind in (("", "social_post"), (" on the club's website", "document")):
        text = (
            f"On Tuesday, Gary Lister posted a second message{where}. "
            "“I was wrong and I apologise,” he wrote."
        )
        q = _one(attribute, text)
        assert q["occasion_type"] == kind, where
    assert q["occasion"] is not None


def test_a_review_is_a_document_and_one_posted_on_a_platform_a_post(attribute):
    text = "“The ending made me cry,” wrote one critic in a review for the Herald."
    q = _one(attribute, text)
    assert (q["occasion_type"], "review" in (q["occasion"] or "")) == ("document", True)
    text = "“The ending made me cry,” wrote one reader in a review posted on Facebook."
    assert _one(attribute, text)["occasion_type"] == "social_post"


def test_the_story_event_is_not_the_occasion_once_the_speaker_is_on_another_day(attribute):
    text = (
        "The Latest: Trump and Clinton debate at Hofstra\n\n"
        "The first presidential debate at Hofstra University on Monday night drew a record "
        "audience.\n\n"
        "On Wednesday, Trump flew to Florida. “I won that debate,” Trump said on Wednesday.\n\n"
        "“The polls are rigged,” Trump said."
    )
    first, second = attribute(text, date="2016-09-29")
    assert first["occasion_date"] == "2016-09-28"
    # Not the debate of Monday: the words of his Wednesday.
    assert second["occasion_type"] != "debate"
    assert second["occasion_date"] == "2016-09-28"


def test_a_day_of_the_story_s_own_year_is_not_history(attribute):
    text = "Clinton attacked Trump on Nov. 8, 2016.\n\n“We will win,” Clinton said."
    assert _one(attribute, text, date="2016-11-10")["occasion_date"] == "2016-11-08"
    text = (
        "On Tuesday, Ann Ford spoke in Leeds.\n\n"
        "On Monday, Jan. 4, 2016, Ford arrived in York. “We will win,” Ford said."
    )
    assert _one(attribute, text, date="2016-01-06")["occasion_date"] == "2016-01-04"


def test_a_press_conference_for_a_launch_is_the_press_s(attribute):
    # "for" names an audience only when it names people; a launch is the conference's purpose.
    text = (
        "“We will build,” Mayor Ann Ford said at a press conference for the launch of the "
        "housing plan."
    )
    assert _one(attribute, text)["occasion_type"] == "press"
    for audience in ("nurses", "the Liberal Democrats"):
        text = f"“We will build,” Mayor Ann Ford said at a briefing for {audience}."
        assert _one(attribute, text)["occasion_type"] == "meeting", audience


def test_a_time_cut_after_an_occasion_noun_still_names_no_day(attribute):
    # The parser runs "an interview hours later that night" into one TIME: what is left after
    # the noun is still a TIME naming no day, so the day told before stays the words' day.
    text = (
        "On Tuesday, Ann Ford lost the vote. “We will build,” Ford said in an interview hours "
        "later that night."
    )
    q = _one(attribute, text)
    assert q["occasion_date_text"] != "hours later that night"
    assert q["occasion_date"] == "2026-02-10"


def test_an_audience_reached_on_the_air_hears_a_broadcast(attribute):
    # A host telling "his radio audience" speaks on his show; "the audience" in a hall is a
    # speech's.
    text = "Ray Dunn told his radio audience on Monday, “The council has lost its way.”"
    q = _one(attribute, text)
    assert q["occasion_type"] == "broadcast"
    assert q["occasion_date"] == "2026-02-09"
    text = "“The council has lost its way,” Ray Dunn told the audience at the town hall."
    assert _one(attribute, text)["occasion_type"] == "speech"


def test_words_said_to_the_television_set_are_no_interview(attribute):
    # Talking back at the screen while watching is not telling a broadcaster; telling "the
    # station" still is an interview.
    text = "“I knew it,” Ellen Price said to the TV."
    assert _one(attribute, text)["occasion_type"] == "other"
    text = "“I knew it,” Ellen Price told the station on Monday."
    assert _one(attribute, text)["occasion_type"] == "interview"


def test_words_said_after_a_meeting_are_no_meeting_that_others_speak_at(attribute):
    # "said after the meeting": to the reporters waiting outside, not at the meeting; the
    # next speaker's words are not of it.
    text = (
        "“The talks went well,” Mayor Ann Ford said after a meeting with the board.\n\n"
        "Councillor Tom Reed called on the mayor to resign.\n\n"
        "“She has failed,” Reed said."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert first["occasion_type"] == "press"
    assert second["occasion_type"] is None


def test_a_panel_that_says_something_is_a_body_not_an_event(attribute):
    # "the panel says …": the committee speaking, not a panel discussion its members spoke at.
    text = (
        "Member of planning panel says bypass has failed\n\n"
        "Councillor Tom Reed said the town had been ignored for a decade.\n\n"
        "“We were never asked,” Reed said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] is None


def test_the_day_after_a_quote_is_its_own_when_the_parse_misses_the_reporting_verb(attribute):
    # The parser takes "Tulsa" for a verb with "Chief" its object; the cue it is taken for is
    # no reporting verb, and "said Monday" is still the frame's own day.
    text = (
        "The U.S. Department of Justice is investigating the shooting.\n"
        "“I will just make this promise to you: We will achieve justice in this case,” Tulsa "
        "police Chief Chuck Jordan said Monday."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_date"] == "2026-02-09"


def test_the_first_of_a_series_told_with_its_day_is_the_storys_event(attribute):
    # "the first debate Monday night": the first of the debates, on the story's day, not an
    # occasion before the story; without a day ("at the first debate") it still may be.
    text = (
        "Ann Ford attacked her rival during the first mayoral debate Monday night.\n\n"
        "“He has no plan,” Ford said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "debate"
    assert q["occasion_date"] == "2026-02-09"


def test_an_event_named_again_with_its_day_dates_the_words_already_at_it(attribute):
    text = (
        "Bill Clinton called the law “a crazy system” during a campaign stop in Flint.\n\n"
        "During the rally Monday, the former president said the law needed fixing."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "speech"
    assert q["occasion_date"] == "2026-02-09"
    text = (
        "“We will fix it,” Bill Clinton said at a campaign stop in Flint.\n\n"
        "“It is crazy,” he said at the rally on Monday."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert first["occasion_date"] == second["occasion_date"] == "2026-02-09"
    # Another event of the kind, with a day of its own, dates nothing before it.
    text = (
        "“We will fix it,” Bill Clinton said at a campaign stop in Flint.\n\n"
        "“It is crazy,” he said at a rally in Detroit on Monday."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert first["occasion_date"] is None


def test_a_ruling_that_speaks_is_a_document_not_the_verb_rule(attribute):
    # Without a lemmatizer a table of verb forms makes "ruling" the verb "rule"; the noun is
    # a ruling, a document, as "the order said" is.
    text = (
        "The appeals court ruled against the county.\n\n"
        "“A state cannot avoid the conclusion,” said the ruling."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "document"


def test_an_audience_named_by_its_event_is_that_events(attribute):
    text = "“The plan is sound,” Ann Ford told the debate audience."
    assert _one(attribute, text)["occasion_type"] == "debate"
    text = "“The plan is sound,” Ann Ford told the audience."
    assert _one(attribute, text)["occasion_type"] == "speech"


def test_words_tweeted_during_an_event_are_a_post_on_its_day(attribute):
    for text in (
        "Ann Ford mocked her rival during the mayoral debate on Monday, tweeting, “No plan.”",
        "During the mayoral debate on Monday, Ann Ford tweeted: “No plan at all.”",
    ):
        q = _one(attribute, text)
        assert q["occasion_type"] == "social_post", text
        assert q["occasion_date"] == "2026-02-09", text
    # Said at it, the words are the debate's.
    q = _one(attribute, "“No plan,” Ann Ford said during the mayoral debate on Monday.")
    assert q["occasion_type"] == "debate"


def test_an_occasion_someone_is_charged_with_is_no_event_of_the_story(attribute):
    # "lit into Rubio for giving the same speech": what he is blamed for, not where the
    # words that follow were said; they stay the debate's.
    text = (
        "Saturday's debate in Manchester turned sharp.\n\n"
        "Chris Christie lit into Marco Rubio for giving the same speech over and over again.\n\n"
        "“You have not been accountable,” Christie said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "debate"


def test_an_afternoon_is_of_its_day(attribute):
    # "Wednesday afternoon" is the day of "on Wednesday": the occasion named for that day
    # goes on to the words dated by it.
    text = (
        "Ann Ford spoke on Wednesday.\n\n"
        "Ford later walked back her comments while appearing on the BBC's Newsnight.\n\n"
        "“I was wrong,” Ford said Wednesday afternoon."
    )
    [q] = attribute(text, date="2026-02-12")
    assert q["occasion_type"] == "broadcast"
    assert q["occasion_date"] == "2026-02-11"


def test_speaking_to_a_broadcasters_reporter_is_an_interview(attribute):
    # The guidelines: "told CNN" is an interview, "on 'Meet the Press'" a broadcast; a person
    # of a broadcaster is a reporter, not a show.
    text = "“We disagree,” Ann Ford said while speaking to NBC’s Hallie Jackson."
    assert _one(attribute, text)["occasion_type"] == "interview"


def test_telling_a_reporter_named_by_their_outlet_is_an_interview(attribute):
    text = "“It is a phony system,” Ann Ford told Bill Reilly of Fox News."
    assert _one(attribute, text)["occasion_type"] == "interview"
    text = "“It is a phony system,” Ann Ford told Tom Reed of the council."
    assert _one(attribute, text)["occasion_type"] != "interview"


def test_an_interview_on_air_is_an_interview_an_appearance_on_a_show_a_broadcast(attribute):
    # The guidelines' line between the two, kept the same for television and radio.
    for medium in ("TV", "television", "radio"):
        text = f"“We will win,” Ann Ford said in a {medium} interview."
        assert _one(attribute, text)["occasion_type"] == "interview", medium
    text = "“We will win,” Ann Ford said on a radio show."
    assert _one(attribute, text)["occasion_type"] == "broadcast"


def test_those_who_speak_after_a_press_conference_a_quote_names_speak_at_it(attribute):
    text = (
        "“We were dead and buried at half-time,” coach Neil Forde said at the post-match "
        "press conference.\n\n"
        "The visitors' captain, Rhys Mahon, was gracious in defeat. “They deserved it,” he said."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert first["occasion_type"] == second["occasion_type"] == "press"


def test_words_on_the_air_near_the_lead_are_of_the_day_it_gives_its_news(attribute):
    text = (
        "England's chief medical officer warned on Thursday that measles cases could triple.\n\n"
        "Speaking on BBC Radio 4's Today programme, Professor Sarah Quinn said: “We are "
        "seeing outbreaks.”"
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "broadcast"
    assert q["occasion_date"] == "2026-02-12"
    assert q["occasion_date_source"] == "carried"
    # Without a day in the lead there is none to give; a present "says" is placed at no time.
    [q] = attribute(text.replace(" on Thursday", ""), date=PUBLISHED)
    assert q["occasion_date"] is None
    text = (
        "England's chief medical officer warned on Thursday that measles cases could triple.\n\n"
        "“We are seeing outbreaks,” Professor Sarah Quinn says on BBC Radio 4's Today programme."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_date"] is None


def test_a_dateline_set_off_by_a_horizontal_bar_is_one(attribute):
    # "HEMPSTEAD, N.Y. ― …": some outlets set the dateline off with a bar (U+2015).
    text = (
        "HEMPSTEAD, N.Y. ― The candidates clashed on Monday night.\n"
        "“We are not there yet,” Ann Ford told a news conference."
    )
    q = _one(attribute, text)
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "Hempstead, N.Y."


def test_sitting_down_with_a_show_is_an_interview_with_it(attribute):
    # The telling is read from its verb ("sitting down with"), and the show it names is
    # its words, not an appearance of its own.
    text = (
        "Sitting down with MSNBC's “The Rachel Maddow Show” on Thursday, Senator Ann Ford "
        "said she was surprised.\n\n"
        "“It is a very general debate,” Ford said."
    )
    q = attribute(text, date=PUBLISHED)[-1]
    assert q["speaker"].endswith("Ford")
    assert q["occasion_type"] == "interview"


def test_an_event_named_as_the_time_of_another_is_not_the_occasion(attribute):
    # "in the spin room after the debate": after it, elsewhere; the words that follow are
    # not the debate's.
    text = (
        "Ann Ford attacked the mayor's record.\n\n"
        "In the spin room after the debate, Ford's aides were also complimentary.\n\n"
        "“It was a rout,” said Senator Claire Hale."
    )
    q = attribute(text, date=PUBLISHED)[-1]
    assert q["speaker"] == "Claire Hale"
    assert q["occasion_type"] != "debate"


def test_the_day_of_someone_elses_remarks_is_not_the_day_of_the_words_about_them(attribute):
    text = "Ann Ford called Mr. Reed's remarks on Saturday “a true wake-up call.”"
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_date"] is None
    text = "Ann Ford on Saturday called the remarks “a true wake-up call.”"
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_date"] == "2026-02-07"


def test_words_said_at_the_leads_event_go_on_telling_it(attribute):
    text = (
        "The housing minister defended the target during heated exchanges in the House of "
        "Lords on Wednesday.\n\n"
        "“We will build the homes,” Lady Shah told peers.\n\n"
        "Her opposition counterpart, Lord Barton, accused her of “fantasy numbers.” “Not one "
        "of these homes has a spade in the ground,” he said."
    )
    quotes = attribute(text, date=PUBLISHED)
    barton = [q for q in quotes if q["speaker"].endswith("Barton")]
    assert barton
    for q in barton:
        assert q["occasion_type"] == quotes[0]["occasion_type"]
        assert q["occasion_date"] == "2026-02-11"


def test_a_video_on_an_x_account_is_a_post_and_named_again_stays_one(attribute):
    # "the club's X account" is an account on a platform, whichever way the parse hangs it:
    # the video posted there is a post (undated: posting says no day), also when named again.
    text = (
        "The club won planning permission on Tuesday.\n\n"
        "Its manager, Tomás Rueda, later posted a video on the club's X account. “Today is a "
        "great day for this club,” Rueda said in the video.\n\n"
        "In a video posted on the league's X account, Mehta said the pitch had “changed "
        "character completely”."
    )
    first, second = attribute(text, date="2026-02-11")
    assert first["occasion_type"] == second["occasion_type"] == "social_post"
    assert first["occasion_date"] is None and second["occasion_date"] is None


def test_telling_a_channel_is_an_interview_telling_a_programme_a_broadcast(attribute):
    text = (
        "The club lost on Saturday.\n\n"
        "Captain Liam Shaw told the club's YouTube channel that the dressing room was "
        "“gutted”."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "interview"
    assert q["occasion_date"] is None
    [q] = attribute(text.replace("club's YouTube channel", "BBC's Sportsweek programme"))
    assert q["occasion_type"] == "broadcast"


def test_an_event_in_what_was_said_is_not_where_it_was_said(attribute):
    text = (
        "Halden Energy cut its dividend on Thursday.\n\n"
        "In an interview with BBC Radio 4's Today programme, chief executive Marcus Delaney "
        "said: “I have the full confidence of the board.” He also said the company was in "
        "talks with the government about a “fairer” system for connecting wind farms."
    )
    first, second = attribute(text, date="2025-02-21")
    assert first["occasion_type"] in ("interview", "broadcast")
    assert second["occasion_type"] == first["occasion_type"]
    text = (
        "Officials met in Beijing on Monday.\n\n"
        "Secretary of State John Kerry said the annual talks remained “one of the best "
        "opportunities that we have”."
    )
    [q] = attribute(text, date="2025-02-21")
    assert q["occasion_type"] != "meeting"


def test_an_interview_on_the_leads_day_is_at_the_venue_the_lead_names(attribute):
    # A ground no tagger knows ("at Lord's", "at Moor Lane") is the lead's venue as "at
    # Castle Park" is; an interview given on the day of the news there was given there.
    text = (
        "Harry Pollard took six for 41 on the fourth day at Lord's on Sunday.\n\n"
        "“It's the best day of my life,” Pollard told Sky Sports at the close."
    )
    [q] = attribute(text, date="2025-07-14")
    assert q["occasion_type"] == "interview"
    assert q["occasion_date"] == "2025-07-13"
    assert q["occasion_place"] == "Lord's"
    # An interview of another day is not placed at the day's venue.
    [q] = attribute(text.replace("at the close", "on Friday"), date="2025-07-14")
    assert q["occasion_place"] is None


def test_reporters_told_without_a_day_are_told_at_the_leads_venue(attribute):
    # Reporters are told at the news the story gives, where its lead gives it ("in the
    # final at the Hurlingham Club"), whether or not a day is said with them; a time set off
    # after the venue is no part of its name.
    text = (
        "Maria Lopez won her first clay-court title on Sunday, beating Jane Kerr 6-4, 3-6, "
        "7-5 in the final at the Hurlingham Club, a week ahead of the county open.\n\n"
        "The 24-year-old Chilean, seeded third, saved a match point at 4-5 in the deciding "
        "set.\n\n"
        "“I was so tired I could not feel my legs,” Lopez said in her on-court interview.\n\n"
        "Kerr, the world No 12 from Canada, was gracious in defeat. “She played the big points "
        "better, it's as simple as that,” Kerr told reporters."
    )
    first, second = attribute(text, date="2025-07-14")
    assert first["occasion_place"] == "Hurlingham Club"
    assert second["speaker"] == "Jane Kerr"
    assert second["occasion_type"] == "press"
    assert second["occasion_place"] == "Hurlingham Club"


def test_the_venue_of_the_event_the_lead_tells_is_the_venue_of_its_news(attribute):
    # "Speaking at a signing ceremony at the Grange Community Centre": the event's venue is
    # where its news was made, and where the reporters asked their questions.
    text = (
        "Mayor Ruth Adeyemi signed a bill on Tuesday capping rents across the city's four "
        "largest districts.\n\n"
        "Speaking at a signing ceremony at the Grange Community Centre, the mayor said the cap "
        "would save a family about $900 a year. “This is about fairness, plain and simple,” "
        "Adeyemi said.\n\n"
        "The landlords' association warned that repairs would be delayed. Asked by reporters "
        "whether tenants could end up with cheaper rents but worse homes, Adeyemi said: "
        "“That's a false choice, and I don't accept it.”"
    )
    _, asked = attribute(text, date="2026-04-15")
    assert asked["occasion_type"] == "press"
    assert asked["occasion_place"] == "Grange Community Centre"


def test_the_town_of_the_event_the_lead_sentence_after_names_is_its_venue(attribute):
    # "at a meeting of foreign ministers in Arica": the town is the meeting's (the parse
    # hangs it on "ministers"), and reporters told after the talks were told there.
    text = (
        "Peru and Chile agreed on Thursday to reopen the Chacalluta border crossing to buses "
        "after a week-long dispute over new entry fees.\n\n"
        "The deal was reached at a meeting of foreign ministers in Arica, the Chilean city "
        "closest to the border. Peru's foreign minister, Ana Rojas, told reporters after the "
        "talks that the fees would be suspended.\n\n"
        '"Nobody wins when families wait for a day at the border," Rojas said.'
    )
    [q] = attribute(text, date="2026-04-09")
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "Arica"


def test_a_commons_committee_sits_in_the_commons(attribute):
    # "told a Commons committee": the chamber named before the committee is where it sat,
    # and the committee told again later is that one.
    text = (
        "The chief executive of Blue Harbour Water was accused by MPs on Tuesday of "
        '"dodging the question" after he told a Commons committee that leaks were largely '
        "outside the company's control.\n\n"
        "Peter Lang appeared before the Environment Committee alongside two other water "
        "bosses.\n\n"
        "“Most of the leaks are on pipes laid before the war,” Mr Lang told the committee."
    )
    told = attribute(text, date="2025-03-27")[-1]
    assert told["speaker"] == "Peter Lang"
    assert told["occasion_type"] == "hearing"
    assert told["occasion_place"] == "Commons"


def test_a_town_hall_hosted_by_a_network_is_the_meeting_not_the_building(attribute):
    text = (
        "The two candidates for governor took questions from voters on Wednesday.\n\n"
        "Ruiz went first at the town hall hosted by NBC, promising lower fares. “We can fix "
        "the buses,” Ruiz said."
    )
    [q] = attribute(text, date="2016-02-04")
    assert q["occasion"] == "town hall hosted by NBC"
    assert q["occasion_place"] is None


def test_the_paper_spoken_to_is_no_place_however_tagged(attribute):
    # The tagger reads "the Harrowfield Gazette" as a building; the paper is who was told.
    text = (
        "The council approved the plan on Tuesday.\n\n"
        "Speaking to the Harrowfield Gazette after the meeting, councillor Jane Rowe said: "
        "“We had no choice.”"
    )
    [q] = attribute(text, date="2025-03-27")
    assert q["occasion_type"] == "interview"
    assert q["occasion_place"] is None


def test_the_town_of_the_crowd_told_is_where_the_words_were_said(attribute):
    # "told a noisy throng of supporters in Denver": the parse hangs the town on
    # "supporters", inside the audience's phrase; it is still where they stood.
    text = (
        '"Taxes will fall," Governor Ann Ford told a noisy throng of supporters in Denver at '
        "a rally shown on local television."
    )
    [q] = attribute(text, date="2016-07-22")
    assert q["occasion_place"] == "Denver"
    # Whose, not where: lawmakers of a state need not be in it.
    [q] = attribute('"We will win," Ruiz told a group of Texas lawmakers.', date="2016-07-22")
    assert q["occasion_place"] is None


def test_the_speakers_own_press_conference_is_of_the_story_but_not_shared(attribute):
    # "at his press conference" places the words at the story's event, on its day and at
    # its venue, as "at the press conference" does; but it is his own, not the conference
    # the next speaker, named anew, speaks at.
    text = (
        "Harry Pollard took six for 41 on the fourth day at Lord's on Sunday.\n\n"
        "England captain Ben Ashworth said at his press conference that the job was “only "
        "half done”.\n\n"
        "India's coach, Rohan Mehta, refused to concede. “We will come out fresh,” Mehta "
        "said."
    )
    first, second = attribute(text, date="2025-07-14")
    assert first["occasion_type"] == "press"
    assert first["occasion_date"] == "2025-07-13"
    assert first["occasion_place"] == "Lord's"
    assert second["speaker"] == "Rohan Mehta"
    assert second["occasion"] != first["occasion"]


def test_a_day_in_a_relative_clause_on_the_speaker_is_not_the_day_of_their_words(attribute):
    text = (
        "Elena Sorensen, who reached the quarter-finals of the French Open this month, had "
        "dropped only one set all week.\n\n"
        "“I was so nervous I could not feel my hands,” Sorensen said."
    )
    [q] = attribute(text, date="2025-06-23")
    assert q["occasion_date"] is None


def test_telling_the_chamber_is_telling_the_meeting_the_lead_tells(attribute):
    text = (
        "The budget was passed at a full council meeting at Harrowfield Town Hall on "
        "Wednesday night.\n\n"
        "Councillor Angela Pryce told the chamber that the authority had lost £38m. “We have "
        "run out of road,” she said."
    )
    [q] = attribute(text, date="2025-02-27")
    assert q["occasion_type"] == "meeting"
    assert q["occasion_date"] == "2025-02-26"
    assert q["occasion_place"] == "Harrowfield Town Hall"


def test_after_the_signing_is_after_the_signing_the_lead_tells(attribute):
    text = (
        "The European Union and Chile signed a lithium memorandum in Brussels on Thursday.\n\n"
        "“Europe needs partners it can trust,” Commissioner Lund told a joint news "
        "conference after the signing."
    )
    [q] = attribute(text, date="2025-10-03")
    assert q["occasion_type"] == "press"
    assert q["occasion_date"] == "2025-10-02"


def test_the_venue_may_be_in_the_sentence_after_the_leads_day(attribute):
    text = (
        "Plans for a 9,000-seat stadium were approved by the planning committee on Tuesday. "
        "Councillors voted seven to four after a three-hour meeting at Leeds Civic Hall.\n\n"
        "Objector Margaret Hale told councillors that matchdays would turn her street into a "
        "car park. “I will not be able to get an ambulance to my door,” she said."
    )
    [q] = attribute(text, date="2025-06-05")
    assert q["occasion_date"] == "2025-06-03"
    assert q["occasion_place"] == "Leeds Civic Hall"
    # Where someone was "in" is no venue of the news: only a place the news was made "at".
    text = text.replace("after a three-hour meeting at Leeds Civic Hall", "in Leeds")
    [q] = attribute(text, date="2025-06-05")
    assert q["occasion_place"] is None


_STADIUM_LEAD = (
    "Plans for a 9,000-seat stadium were approved by the planning committee on Tuesday. "
    "Councillors voted seven to four after a three-hour meeting at Leeds Civic Hall.\n\n"
    "Objector Margaret Hale told councillors that matchdays would turn her street into a "
    "car park. “I will not be able to get an ambulance to my door,” she said."
)


def test_front_matter_does_not_push_the_lead_out_of_its_window(attribute):
    # An archive's labels, a kicker and a standfirst between the title and the story are no
    # paragraphs of it: the lead is counted from its first paragraph of running prose.
    text = (
        "Stadium approved despite fears\n\nCity Life.\n\nABSTRACT.\n\n"
        "Residents lose their fight over the new ground.\n\nFULL TEXT.\n\n" + _STADIUM_LEAD
    )
    [q] = attribute(text, date="2025-06-05")
    assert q["occasion_date"] == "2025-06-03"
    assert q["occasion_place"] == "Leeds Civic Hall"


def test_a_standfirst_tells_no_day_of_the_news(attribute):
    # The day a standfirst names is not the lead's: the lead's own sentence dates the news.
    text = "Stadium approved\n\nCouncillors backed the plans on Monday.\n\n" + _STADIUM_LEAD
    [q] = attribute(text, date="2025-06-05")
    assert q["occasion_date"] == "2025-06-03"


def test_only_labels_stand_apart_once_the_story_has_begun(nlp):
    from quotetui.engine.occasions import lead_numbering
    from quotetui.engine.syntax import token_paragraphs
    from quotetui.paragraphs import paragraph_spans

    text = (
        "Stadium approved\n\nBy Jo Hart, City Desk\n\nThe long fight over the town's new "
        "football ground is over, after years of objections from residents.\n\nFULL TEXT."
        "\n\nNobody expected it to end quietly.\n\nThe committee met on Tuesday.\n\n"
        "Hale spoke next."
    )
    doc = nlp.make_doc(text)
    paragraph = token_paragraphs(doc, paragraph_spans(text))
    numbers, front = lead_numbering(doc, paragraph, [False] * len(doc))
    first = {}
    for i, p in enumerate(paragraph):
        first.setdefault(p, (numbers[i], front[i]))
    # The byline before the story and the label inside its lead share the number before
    # them; a short sentence of the story counts, and later paragraphs move up by two.
    assert [first[p] for p in sorted(first)] == [
        (0, False),
        (0, True),
        (1, False),
        (1, True),
        (2, False),
        (3, False),
        (4, False),
    ]


def test_the_leads_venue_is_more_specific_than_the_dateline(attribute):
    # Words said on the lead's day at an event of no named place: at the venue the lead gives
    # its news at, not just in the dateline's city.
    lead = (
        "Council backs bike lanes\n\nSPRINGFIELD, Ohio — The City Council voted 5-2 at the "
        "Springfield Municipal Building on Tuesday night to add protected bike lanes.\n\n"
        "“Two cyclists died on this road last year,” Councilwoman Dana Reyes said at a news "
        "conference on Tuesday."
    )
    [q] = attribute(lead, date="2025-03-19")
    assert q["occasion_date"] == "2025-03-18"
    assert q["occasion_place"] == "Springfield Municipal Building"
    # Where the lead names no venue, the dateline's city is where the news was made.
    text = lead.replace(" at the Springfield Municipal Building", "")
    [q] = attribute(text, date="2025-03-19")
    assert q["occasion_place"] == "Springfield, Ohio"


# --- places said with the telling (issue 14, eighth round) ------------------------------------


def test_a_venue_noun_on_the_telling_verb_is_its_place(attribute):
    q = _one(attribute, "“We were lucky,” Ann Ford told reporters in the clubhouse afterward.")
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "clubhouse"
    q = _one(attribute, "“It is a good day,” Ivo Marek told reporters on the steps of the court.")
    assert q["occasion_place"] == "steps of the court"
    q = _one(attribute, "“We felt it,” Ivo Marek told reporters at the team's practice facility.")
    assert "practice facility" in q["occasion_place"]
    # A phrase that names no place stays none: "in the end" is no venue.
    q = _one(attribute, "“It is a good day,” Ivo Marek told reporters in the end.")
    assert q["occasion_place"] is None


def test_outside_a_place_is_where_an_interview_was_given(attribute):
    q = _one(attribute, "“The shelves are empty,” Mika Sato told Reuters outside a bakery.")
    assert q["occasion_type"] == "interview"
    assert q["occasion"] == "interview with Reuters"
    assert "bakery" in q["occasion_place"]


def test_the_place_an_event_is_held_at_is_its_place(attribute):
    q = _one(
        attribute,
        "“We will win,” Ann Ford told a town meeting being held in a school gym in Ames.",
    )
    assert q["occasion_type"] == "meeting"
    assert "Ames" in q["occasion_place"]


def test_the_town_of_the_event_the_lead_names_places_the_words_said_at_it(attribute):
    text = (
        "The chief executive, Ivo Marek, announced the plan on Thursday at a mining "
        "conference in Perth.\n"
        "“We want to lead the sector,” he told delegates."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_place"] == "Perth"
    # Where the news is, not an event's town, is no place of the words ("in Wyoming").
    text = (
        "The chief executive, Ivo Marek, announced the plan on Thursday for mines in Perth.\n"
        "“We want to lead the sector,” he told delegates."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_place"] != "Perth"


def test_where_a_telling_outside_the_quotes_was_done_places_the_words_it_carries(attribute):
    text = (
        "Speaking to reporters in Brussels afterwards, Ms Ford said she would call the firm "
        "back. “We will keep asking until we get answers,” she said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "Brussels"


def test_a_programme_named_by_its_title_is_a_broadcast_an_outlet_an_interview(attribute):
    # docs/OCCASION-RULINGS.md, ruling 2: "told [named show]" is the broadcast.
    q = _one(attribute, "“We are ready,” Ann Ford told the Today programme.")
    assert q["occasion_type"] == "broadcast"
    q = _one(attribute, "“We are ready,” Ann Ford told BBC Radio Leeds.")
    assert q["occasion_type"] == "interview"


def test_told_reporters_afterward_is_on_the_day_of_the_leads_event(attribute):
    # docs/OCCASION-RULINGS.md, ruling 1: tied to the lead's event by "afterward", the
    # telling takes its day; a bare "told reporters" (and "told advisers afterward", which
    # may follow any event the story recalls) stays undated.
    lead = "The Hawks beat the Sox 4-3 at Lowe Park on Sunday.\n"
    [q] = attribute(lead + "“I knew it was gone,” Ivo Marek told reporters afterward.", PUBLISHED)
    assert q["occasion_date"] == "2026-02-08"
    assert q["occasion_date_source"] == "carried"
    [q] = attribute(lead + "“I knew it was gone,” Ivo Marek told reporters.", PUBLISHED)
    assert q["occasion_date"] is None
    [q] = attribute(lead + "“I knew it was gone,” Ivo Marek told advisers afterward.", PUBLISHED)
    assert q["occasion_date"] is None


def test_an_interview_with_a_named_programme_is_the_broadcast(attribute):
    # docs/OCCASION-RULINGS.md, ruling 2: the show decides, the outlet alone is an interview.
    q = _one(attribute, "“We are ready,” Ann Ford said in an interview with NBC's Meet the Press.")
    assert q["occasion_type"] == "broadcast"
    q = _one(attribute, "“We are ready,” Ann Ford said in an interview with CNN.")
    assert q["occasion_type"] == "interview"


def test_told_a_broadcasters_reporter_is_an_interview_even_split_by_the_parse(attribute):
    # docs/OCCASION-RULINGS.md, ruling 2: a reporter of a broadcaster, not its show.
    q = _one(attribute, "“I do not know him,” Ann Ford told CNN’s Jake Tapper.")
    assert q["occasion_type"] == "interview"
    q = _one(attribute, "“I do not know him,” Ann Ford told BBC Radio Four's Any Questions.")
    assert q["occasion_type"] == "broadcast"


def test_a_past_deed_in_a_clause_of_what_is_to_come_gives_the_lead_its_day(attribute):
    text = (
        "The town's only pool will close in May after councillors voted to shut it on "
        "Tuesday night.\n"
        "“We cannot keep the doors open,” the council leader, Ann Ford, told the meeting."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "meeting"
    assert q["occasion_date"] == "2026-02-10"
    # What is still to come gives no day: "will vote on Tuesday".
    text = (
        "The town's only pool may close in May if councillors will vote to shut it on "
        "Tuesday night.\n"
        "“We cannot keep the doors open,” the council leader, Ann Ford, told the meeting."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_date"] != "2026-02-10"


def test_an_event_the_lead_names_with_its_place_but_no_day_is_on_the_leads_day(attribute):
    text = (
        "The Hawks and the city agreed on Monday on a new downtown arena.\n"
        "Under the deal announced at a news conference at City Hall, the owners will pay "
        "most of the cost.\n"
        "“This is a great day for the city,” Mayor Ann Ford said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "City Hall"
    assert q["occasion_date"] == "2026-02-09"
    assert q["occasion_date_source"] == "carried"


def test_wrote_on_x_at_the_end_of_a_sentence_is_a_post(attribute):
    # The tokenizer keeps the full stop on the one letter: "X." is still the platform.
    q = _one(attribute, "“The days of polluting are over,” Ann Ford wrote on X.")
    assert q["occasion_type"] == "social_post"


def test_told_a_stations_programme_in_curly_marks_is_the_broadcast(attribute):
    # The parse may make the curly "’s" an object of its own between station and programme.
    text = "‘We know where the doctors are,’ Dr Ann Ford told BBC Radio 4’s Today programme."
    q = _one(attribute, text)
    assert q["occasion_type"] == "broadcast"
    assert q["occasion"] == "told BBC Radio 4’s Today programme"
    # Its reporter is still an interview (docs/OCCASION-RULINGS.md, ruling 2).
    q = _one(attribute, "‘We know where the doctors are,’ Dr Ann Ford told CNN’s Jake Tapper.")
    assert q["occasion_type"] == "interview"


def test_a_show_a_speaker_was_on_is_theirs_not_the_stations(attribute):
    # "BBC Radio 4's Today programme": the station airs the show; the words are the speaker's.
    text = (
        "Bridget Thorne was speaking on BBC Radio 4's Today programme on Tuesday morning.\n\n"
        "“No school will lose a penny in cash terms,” Ms Thorne said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "broadcast"
    assert q["occasion"] == "BBC Radio 4's Today programme"
    assert q["occasion_date"] == "2026-02-10"


def test_the_asker_is_named_once_in_the_occasion(attribute):
    text = (
        "Asked by presenter Nick Rowland whether budgets would shrink, Ms Thorne said: "
        "“No school will lose a penny.”"
    )
    q = _one(attribute, text)
    assert q["occasion"] == "Asked by presenter Nick Rowland"


def test_a_telling_on_the_air_is_a_broadcast(attribute):
    # "said on Fox News" is a broadcast; so is telling an outlet on a station's channel.
    q = _one(attribute, "“We are ready,” Ann Ford told Breitbart News on Sirius XM Channel 125.")
    assert q["occasion_type"] == "broadcast"
    text = (
        "Ann Ford recently spoke to Breitbart News on Sirius XM Patriot Channel 125.\n\n"
        "“We are ready,” Ford said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "broadcast"
    # A day is no show, though "morning" names shows too.
    q = _one(attribute, "“We are ready,” Ann Ford told CNN on Tuesday morning.")
    assert q["occasion_type"] == "interview"


def test_a_question_from_the_presenter_is_asked_on_the_show_told_before(attribute):
    text = (
        "Bridget Thorne was speaking on BBC Radio 4's Today programme on Tuesday morning.\n\n"
        "Asked by presenter Nick Rowland whether budgets would shrink, Ms Thorne said: "
        "“No school will lose a penny.”"
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "broadcast"
    assert q["occasion"] == "BBC Radio 4's Today programme"
    assert q["occasion_date"] == "2026-02-10"
    # With no show told before, the asker makes the occasion.
    [q] = attribute(text.split("\n\n")[1], date=PUBLISHED)
    assert q["occasion_type"] == "interview"


def test_a_host_introduced_as_such_speaks_on_the_show(attribute):
    text = (
        "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the refusal could "
        "disqualify him.\n\n"
        "“It’s breathtaking,” Scarborough said Monday.\n\n"
        "“Is he really so stupid?” Scarborough continued."
    )
    quotes = [q for q in attribute(text, date=PUBLISHED) if q["speaker"] == "Joe Scarborough"]
    assert [q["occasion_type"] for q in quotes] == ["broadcast", "broadcast"]
    assert quotes[0]["occasion"] == "MSNBC’s “Morning Joe”"
    assert quotes[0]["occasion_date"] == "2026-02-09"
    # Words with a medium of their own keep it.
    text = (
        "Ann Ford, host of BBC Radio Leeds, said the council had failed.\n\n"
        "“It is a scandal,” Ford wrote on X."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "social_post"


def test_what_someone_is_expected_to_do_gives_them_no_day(attribute):
    # "expected Hale to testify in June": the parse makes "to testify" a ccomp, and the
    # testifying is still to come, so Hale's words on the call are not of June.
    text = (
        "Chief executive Tom Hale told analysts on a conference call that demand was strong.\n\n"
        "Sen. Ann Ford, who chairs the subcommittee, said in a statement after the results "
        "that she expected Hale to testify in June.\n\n"
        "Hale ended the call by thanking employees. “Our people built this quarter,” he said."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_type"] == "meeting"
    assert q["occasion_date"] is None


# The lead's day goes to the words, told right after it, of the one whose doing it dates;
# not to those of others about an event of that day (said on any day after), nor to a title's.
_LEAD_DAY_CASES = [
    (
        "Ortiz tours flooded district.\n\n"
        "Mayor Lena Ortiz toured the flooded district of Riverside on Tuesday, promising help "
        "to every family.\n\n"
        "“We will rebuild every home on this street,” Ortiz declared in Riverside.",
        "2024-05-08",
        "2024-05-07",
    ),
    (
        "Nominee's surprise trip.\n\n"
        "The Conservative nominee flew briefly to Ottawa on Wednesday for a hastily arranged "
        "visit with the prime minister.\n\n"
        "“We are friends and we will stay friends,” Mark Ellison declared in Ottawa.",
        "2024-05-09",
        "2024-05-08",
    ),
    (
        "Quake hits Peru.\n\n"
        "An earthquake of magnitude 6.1 struck northern Peru on Wednesday, killing at least 12 "
        "people.\n\n"
        "“The damage is severe,” regional official Carla Ruiz said in Lima.",
        "2024-11-14",
        None,
    ),
    (
        "Derby joy for United.\n\n"
        "Sam Ellis scored in the 94th minute to seal a 2-1 derby win over City on Saturday.\n\n"
        "“We were second best for an hour,” said City manager Mark Tully.",
        "2025-01-19",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _LEAD_DAY_CASES)
def test_the_lead_day_dates_the_words_of_the_one_it_is_about(attribute, text, published, expected):
    q = _one(attribute, text, date=published)
    assert q["occasion_date"] == expected
    if expected is not None:
        assert q["occasion_date_source"] == "carried"


# An event of people speaking together (a briefing, a call, a meeting), told right after a lead
# that dates someone's doing, is the news the lead gives, of its day, whoever speaks at it; not
# after a lead that dates what a thing did (a storm), whose words may come any day after.
_NEWS_EVENT_CASES = [
    (
        "Harbour Lines beats forecasts.\n\n"
        "Harbour Lines reported quarterly profit above forecasts on Tuesday, helped by "
        "strong freight demand.\n\n"
        "“We could not keep up with orders,” finance chief Dana Moss told analysts on a "
        "conference call.",
        "2024-05-08",
        "2024-05-07",
    ),
    (
        "Council backs new bridge.\n\n"
        "Councillors in Marlow approved plans for a second river bridge on Tuesday after "
        "years of delay.\n\n"
        "“This is a good day for the town,” Councillor Ruth Penn told a news conference.",
        "2024-05-08",
        "2024-05-07",
    ),
    (
        "Storm floods coast.\n\n"
        "A powerful storm flooded the coastal town of Selby Cove on Tuesday, cutting power to "
        "thousands of homes.\n\n"
        "“We have lost the sea wall,” Mayor Paul Grey told a news briefing.",
        "2024-05-08",
        None,
    ),
    (
        "Salt linked to memory loss.\n\n"
        "Eating too much salt speeds memory loss in older adults, according to a study "
        "published on Tuesday in the journal Brain Health.\n\n"
        "“The effect is clear,” co-author Dr Mira Patel told a news conference in London.",
        "2024-05-08",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _NEWS_EVENT_CASES)
def test_the_lead_day_dates_the_event_of_people_told_after_it(attribute, text, published, expected):
    q = _one(attribute, text, date=published)
    assert q["occasion_date"] == expected
    if expected is not None:
        assert q["occasion_date_source"] == "carried"


def test_a_conference_call_on_the_leads_day_is_not_at_the_leads_venue(attribute):
    text = (
        "Harbour Lines opens new terminal.\n\n"
        "Harbour Lines opened its new freight terminal at Tilbury Docks on Tuesday, its "
        "largest investment in a decade.\n\n"
        "“We could not keep up with orders,” finance chief Dana Moss told analysts on a "
        "conference call."
    )
    [q] = [q for q in attribute(text, date="2024-05-08") if "orders" in q["text"]]
    assert q["occasion_type"] == "meeting"
    assert q["occasion_date"] == "2024-05-07"
    assert q["occasion_place"] is None


def test_the_day_of_a_press_event_goes_on_to_the_next_speaker_told_at_one(attribute):
    text = (
        "Ferris edges Marlow in five sets.\n\n"
        "Anna Ferris came back from two sets down to beat Jo Marlow in the final.\n\n"
        "It was her third title of the year and her first on grass.\n\n"
        "The match lasted four hours and ended in near darkness.\n\n"
        "“I never stopped believing,” Ferris said at her press conference on Sunday.\n\n"
        "Marlow, who had led by a break in the fifth, was less pleased. “I let it slip,” "
        "Marlow told reporters."
    )
    quotes = attribute(text, date="2024-05-13")
    marlow = next(q for q in quotes if "slip" in q["text"])
    assert marlow["occasion_type"] == "press"
    assert marlow["occasion_date"] == "2024-05-12"
    assert marlow["occasion_date_source"] == "carried"


def test_the_day_of_what_someone_urges_others_to_do_is_not_the_day_of_their_words(attribute):
    text = (
        "Hale courts young voters.\n\n"
        "The senator toured the market with his wife, and he urged shoppers to vote Tuesday.\n\n"
        "“This is your election,” Hale told a crowd at the market hall."
    )
    [q] = [q for q in attribute(text, date="2024-05-13") if "election" in q["text"]]
    assert q["occasion_date"] is None


def test_a_headline_quote_takes_the_occasion_of_the_body_quote_it_repeats(attribute):
    text = (
        "“We will not back down on pay”: union chief vows to fight offer\n\n"
        "Nurses in Dalton voted to reject the latest pay offer at a packed meeting.\n\n"
        "The vote followed months of talks with hospital managers.\n\n"
        "The union's regional secretary, Carla Diaz, later addressed a rally outside "
        "St Mary's Hospital.\n\n"
        "“We will not back down on pay,” Diaz told the rally on Thursday. “Not this time.”"
    )
    quotes = [q for q in attribute(text, date="2024-05-13") if "back down" in q["text"]]
    title, body = sorted(quotes, key=lambda q: q["start"])
    assert body["occasion_date"] == "2024-05-09"
    assert title["occasion"] == body["occasion"]
    assert title["occasion_date"] == body["occasion_date"]


def test_a_show_that_ends_a_reporting_sentence_is_the_reporters_medium(attribute):
    # The parse hangs "on Tuesday's “Rick Dalton Show”" on "elected", inside what Ford
    # argued; no one is elected on a show: it is where Ford argued it.
    text = (
        "Ford: Hale Would Raise Taxes.\n\n"
        "Democratic candidate Ohio Senator Ann Ford argued that if fellow candidate Ed Hale is "
        "president “we will see taxes going up, and we will see our jobs sent away” and that "
        "she fears the same is true if fellow candidate Iowa Governor Bill Marsh is elected on "
        "Tuesday’s “Rick Dalton Show.” The primary is in June.\n\n"
        "Ford said, “If we give up on growth, the party no longer stands for anything.”\n"
    )
    quotes = [q for q in attribute(text, date="2024-05-08") if q["speaker"] == "Ann Ford"]
    assert len(quotes) == 2
    for q in quotes:
        assert q["occasion_type"] == "broadcast"
        assert "Rick Dalton Show" in (q["occasion"] or "")
        assert q["occasion_date"] == "2024-05-07"


def test_a_title_quote_takes_no_day_from_the_lead_below_it(attribute):
    text = (
        "Ortiz: “We will rebuild every home”\n\n"
        "Mayor Lena Ortiz toured the flooded district of Riverside on Tuesday.\n\n"
        "She spoke to residents for an hour."
    )
    quotes = [q for q in attribute(text, date="2024-05-08") if q["kind"] != "term"]
    assert quotes and quotes[0]["start"] < text.index("\n")
    assert quotes[0]["occasion_date"] is None


def test_an_interview_on_a_named_show_is_a_broadcast_one_on_a_channel_or_a_day_is_not(attribute):
    # docs/OCCASION-RULINGS.md, ruling 2: the show the interview went out on decides.
    cases = [
        ("“We are ready,” Ann Ford said in an interview on NPR's “Morning Edition.”", "broadcast"),
        ("In an interview on “Fox & Friends,” Ann Ford said: “We are ready.”", "broadcast"),
        ("“We are ready,” Ann Ford said in an interview on CNN.", "interview"),
        ("“We are ready,” Ann Ford said in an interview on Tuesday.", "interview"),
    ]
    for text, kind in cases:
        types = {
            q["occasion_type"] for q in attribute(text, date=PUBLISHED) if "ready" in q["text"]
        }
        assert types == {kind}, text


# --- occasion types: words and asking -----------------------------------------------------------


def test_campaigning_words_bulletins_and_marches_have_their_types(attribute):
    cases = [
        ("“We will win,” Senator Ada Kim said on the stump in Ohio.", "speech"),
        ("“We will not yield,” state Sen. Tom Hale said halfway through the filibuster.", "speech"),
        ("“Ferries will stay in port,” the agency said in its latest bulletin.", "document"),
        ("“Summers are hotter,” the Met Office said in its provisional statistics.", "document"),
        # a march or a protest: no audience addressed, so no speech
        ("“Save our farms,” said Tom Hale, a farmer, at the protest in Leeds.", "other"),
        ("“We walk for our children,” Ann Ford said during the march.", "other"),
    ]
    for text, kind in cases:
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_a_month_named_march_is_no_march(attribute):
    text = "“We are hopeful,” said Ann Ford, who heads the March of Hope Foundation."
    assert _one(attribute, text)["occasion_type"] != "other"


def test_said_outside_a_place_is_an_occasion_of_its_own(attribute):
    # The guidelines: null only when the article says nothing at all of how or where.
    q = _one(attribute, "“We are disappointed,” Ann Ford said outside the court.")
    assert q["occasion_type"] == "other"
    # a telling outranks the place it was given at
    q = _one(attribute, "“We are disappointed,” Ann Ford told reporters outside the court.")
    assert q["occasion_type"] == "press"


def test_words_given_by_telephone_are_an_interview(attribute):
    text = "“The roads are closed,” said Ann Ford, a nurse, speaking by telephone from Tolna."
    assert _one(attribute, text)["occasion_type"] == "interview"
    text = "“The roads are closed,” Ann Ford told reporters by telephone."
    assert _one(attribute, text)["occasion_type"] == "press"


def test_an_outlet_that_sought_the_words_out_makes_an_interview(attribute):
    cases = [
        "Tom Hale, contacted by the Riverton Ledger, said: “I have read the plan.”",
        "“I am here to watch,” Ann Ford said when approached by County Cricket Weekly.",
    ]
    for text in cases:
        assert _one(attribute, text)["occasion_type"] == "interview", text


def test_a_paper_named_by_an_everyday_word_is_an_outlet(attribute):
    text = "“My door is open,” council leader Ann Ford told the Advertiser on Wednesday."
    assert _one(attribute, text)["occasion_type"] == "interview"
    text = "“Our prices will hold,” Ann Ford, the firm's sales chief, told advertisers."
    assert _one(attribute, text)["occasion_type"] != "interview"


def test_a_platform_the_parse_hung_on_the_next_quote_is_still_the_post(attribute):
    text = (
        "Senator Ada Kim accused the ministry of acting late. “The warning came in October,” "
        "she wrote on X. “Somebody must answer for those months.”"
    )
    first, second = attribute(text, date=PUBLISHED)
    assert first["occasion_type"] == "social_post"
    assert second["occasion_type"] == "social_post"


def test_a_broadcasters_show_named_by_its_hour_is_the_broadcast(attribute):
    # docs/OCCASION-RULINGS.md, 2: a named show is a broadcast; the broadcaster an interview.
    text = "“Staff are exhausted,” Dr Ann Ford told BBC Breakfast on Thursday."
    assert _one(attribute, text)["occasion_type"] == "broadcast"
    text = "“Staff are exhausted,” Dr Ann Ford told the BBC on Thursday."
    assert _one(attribute, text)["occasion_type"] == "interview"


def test_written_evidence_is_a_document_not_the_hearing_it_went_to(attribute):
    text = (
        "“Delays are not the only factor,” the regulator said in written evidence submitted "
        "to the committee."
    )
    assert _one(attribute, text)["occasion_type"] == "document"


def test_words_after_an_event_told_in_reported_speech_are_to_the_press(attribute):
    text = (
        "Board chair Ann Ford said after the meeting that the vote had been hard. "
        "“I went to that school,” she said."
    )
    assert _one(attribute, text)["occasion_type"] == "press"


def test_at_the_close_of_play_is_after_the_game(attribute):
    for text in (
        "‘I stopped looking at the scoreboard,’ Tom Hale said at the close of play.",
        "“We were poor,” Ann Ford said at the end of the match.",
    ):
        assert _one(attribute, text)["occasion_type"] == "press", text


def test_telling_friends_or_advisers_is_words_in_private(attribute):
    for text in ("“It is over,” Ann Ford told friends.", "“He can win,” Tom Hale told advisers."):
        assert _one(attribute, text)["occasion_type"] == "other", text


def test_where_a_question_was_put_is_the_occasion_of_the_answer(attribute):
    # the parse hangs "at a news conference" on "the plan", what the question was about
    text = 'Asked about the plan at a news conference, Mayor Ann Ford said, "It is dead."'
    assert _one(attribute, text)["occasion_type"] == "press"


def test_a_show_named_at_the_sentences_end_is_still_its_title(attribute):
    # ABC's “This Week.”: the full stop inside the closing mark ends no title
    text = "“She just made it up,” Tom Hale said of the claim during a call to ABC’s “This Week.”"
    assert attribute(text, date=PUBLISHED)[0]["occasion_type"] == "broadcast"


def test_the_medium_hung_on_the_hour_is_the_medium(attribute):
    text = "“It is plagiarism,” Tom Hale, a strategist, said just after midnight on CNN."
    assert _one(attribute, text)["occasion_type"] == "broadcast"


def test_writing_to_followers_or_on_ones_own_site_is_a_post(attribute):
    cases = [
        "Tom Hale wrote to his 20,000 Twitter followers, “It’s time to go,” and shared a link.",
        "“The banks could be broken up,” Tom Hale wrote in June on his website.",
        # the medium named after the speaker, where the parse hung it, outranks the verb's
        "Members were angry (“I want my dues back,” wrote Tom Hale, a welder in Ames, on the "
        "union's Facebook page).",
    ]
    for text in cases:
        assert _one(attribute, text)["occasion_type"] == "social_post", text


def test_rallying_supporters_is_a_speech(attribute):
    text = 'Before the vote, Mayor Ann Ford rallied supporters by warning that "the city is lost."'
    assert _one(attribute, text)["occasion_type"] == "speech"


def test_passing_sentence_is_the_hearing(attribute):
    text = "Passing sentence, Judge Ann Ford told Tom Hale, 61: “You betrayed the voters.”"
    assert _one(attribute, text)["occasion_type"] == "hearing"


def test_a_discussion_with_a_journalist_hosted_by_others_is_an_interview(attribute):
    # the parse takes "hosted" for the object of "with" and the editor for its subject
    text = (
        "“We do not pay candidates,” Ann Ford said during a discussion Thursday with BuzzFeed "
        "Editor-in-Chief Ben Smith hosted by the Paley Center for Media."
    )
    assert _one(attribute, text)["occasion_type"] == "interview"


def test_an_event_held_by_an_outlet_or_with_others_is_a_meeting(attribute):
    cases = [
        ("“Risks are high,” Ann Ford, a fund manager, said at a recent Reuters event.", "meeting"),
        (
            "“We need new technologies,” Tom Hale said at an event with Ann Ford and Ada Kim.",
            "meeting",
        ),
        # an event alone is where someone took the stage
        ("“This is for everyone,” Ann Ford said at an event in San Jose.", "speech"),
    ]
    for text, kind in cases:
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_a_meeting_with_the_press_or_an_outlet_is_theirs(attribute):
    cases = [
        (
            "“It is a tough call,” Ann Ford said in a meeting with the Post's editorial board.",
            "interview",
        ),
        ("“Probably,” Tom Hale said at a Tuesday breakfast with reporters.", "press"),
        ("“We will cut costs,” Ann Ford said at a meeting with investors.", "meeting"),
        (
            "“We will cut costs,” Ann Ford said at a board meeting with reporters present.",
            "meeting",
        ),
    ]
    for text, kind in cases:
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_before_the_game_says_when_not_to_whom(attribute):
    text = "“Look around you,” Mayor Ann Ford told the crowd before the game."
    assert _one(attribute, text)["occasion_type"] == "speech"


def test_a_story_or_a_passage_that_speaks_is_a_document(attribute):
    for text in (
        "A story by the website Politico says that “a hundred delegates are poised to break.”",
        "“Powell told her to use her own email,” the passage continued.",
    ):
        assert _one(attribute, text)["occasion_type"] == "document", text


def test_the_media_are_no_platform(attribute):
    # "social media" is one platform name, not "social" and "media" each
    text = "“I misspoke,” Ann Ford said in two recent media interviews."
    assert _one(attribute, text)["occasion_type"] == "interview"
    text = "“It is over,” Ann Ford wrote on social media."
    assert _one(attribute, text)["occasion_type"] == "social_post"


# --- the venue of the event the story tells (places round) ------------------------------------


def test_words_told_at_an_event_are_at_the_venue_the_article_gives_it(attribute):
    # The venue is named once, with the hearing, after the lead; words told to the hearing,
    # with no place of their own, were said there, not merely in the dateline's city.
    text = (
        "Senators grill airline boss\n\n"
        "WASHINGTON — The chief executive of Skyline Air, Dana Roe, told senators on Tuesday "
        "that delays were “behind us”.\n\n"
        "Sen. Mark Hale, who chairs the aviation subcommittee, opened the hearing in the "
        "Dirksen Senate Office Building by reading out complaints from passengers. “People "
        "slept on the floor at Denver,” he said.\n\n"
        "Roe, answering questions for the first time since the delays, said the airline "
        "had hired 900 staff. “We have turned the corner,” she said. “Our pilots are back.”"
    )
    quotes = attribute(text, date=PUBLISHED)
    assert [q["occasion_type"] for q in quotes] == ["hearing"] * 4
    # In the dateline's city, as a venue named without its town is.
    assert [q["occasion_place"] for q in quotes] == [
        "Dirksen Senate Office Building, Washington"
    ] * 4


def test_a_court_by_its_name_is_a_place_where_the_tagger_leaves_it_out_of_the_name(nlp):
    from quotetui.engine.occasions.places import _place_of

    doc = nlp("The hearing at North Devon Coroner's Court in Barnstaple lasted two days.")
    court = next(t for t in doc if t.text == "Court")
    place = _place_of(court, [False] * len(doc), "at")
    assert place is not None and "North Devon Coroner's Court" in place
    # A common "court" is the judges, not a building: "told the court".
    doc = nlp("The driver told the court in Barnstaple on Monday that he was sorry.")
    court = next(t for t in doc if t.text == "court")
    assert _place_of(court, [False] * len(doc), "at") is None


def test_a_committee_session_and_words_told_the_committee_share_its_venue():
    # "a session of the committee" reads as a meeting and "told the committee" as a hearing:
    # one sitting, at the one venue the article gives it.
    from quotetui.engine.occasions.places import event_venues, with_event_venue
    from quotetui.engine.occasions.records import Occasion, Placed
    from quotetui.model import OccasionType

    named = [Occasion(OccasionType.MEETING, "session of the committee", "Portland House")]
    told = Placed(Occasion(OccasionType.HEARING, "told the committee"), None)
    placed = with_event_venue(told, event_venues(named))
    assert placed is not None and placed.occasion.place == "Portland House"
    # A town is no venue: a town sees many events.
    named = [Occasion(OccasionType.MEETING, "session in Ely", "Ely")]
    placed = with_event_venue(told, event_venues(named))
    assert placed is not None and placed.occasion.place is None
    # Two venues for one kind of event: which words were said at which is not known here.
    named = [
        Occasion(OccasionType.HEARING, "hearing in Portland House", "Portland House"),
        Occasion(OccasionType.HEARING, "hearing at the Civic Centre", "Civic Centre"),
    ]
    placed = with_event_venue(told, event_venues(named))
    assert placed is not None and placed.occasion.place is None


def test_the_place_on_the_verb_that_holds_an_event_is_the_events(attribute):
    text = (
        "Clinton in Tampa\n\n"
        "Hillary Clinton held a rally in Tampa on Monday to press her case on jobs and "
        "wages.\n\n"
        "“We will win,” she said. “We will fight.”"
    )
    quotes = attribute(text, date=PUBLISHED)
    assert [q["occasion_place"] for q in quotes] == ["Tampa"] * 2


def test_a_dateline_with_the_day_it_was_filed_is_one():
    from quotetui.engine.occasions.places import dateline_place

    for text, place in [
        ("LISBON, March 4 (Reuters) - Portugal will raise", "Lisbon"),
        ("YORK, Pa., Jan. 9 (UPI) — A judge in", "York, Pa."),
        ("OSLO, Sept. 30 (AFP) — Norway said", "Oslo"),
    ]:
        assert dateline_place(text, [(0, len(text))]) == place


def test_the_leads_venue_places_an_undated_event_before_the_dateline(attribute):
    text = (
        "Tennis\n\n"
        "ROME, Sept. 8 (Reuters) — The Lazio veteran Marco Conti scored twice as his side "
        "came from behind to beat Torino 3-2 at the Stadio Olimpico.\n\n"
        "Torino's coach blamed tired legs. “We ran out of energy,” Paolo Greco told "
        "reporters."
    )
    [q] = attribute(text, date="2026-05-04")
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "Stadio Olimpico"


def test_a_conference_call_takes_no_place_from_the_dateline(attribute):
    text = (
        "Results\n\n"
        "OSLO, Feb. 12 (Reuters) — Nordwind Energy reported a fall in profit on Thursday as "
        "wind speeds dropped across its North Sea farms.\n\n"
        "“It was a poor year for wind,” the chief executive, Kari Lund, said on a conference "
        "call with analysts."
    )
    [q] = attribute(text, date=PUBLISHED)
    assert q["occasion_place"] is None


def test_the_audiences_town_places_the_event_the_words_were_said_at(attribute):
    # The rally is the occasion; the town is said with the audience it was told to.
    q = _one(
        attribute,
        "“He does not speak for us,” Ann Ford told a crowd of supporters in Leeds during a rally.",
    )
    assert q["occasion_type"] == "speech"
    assert q["occasion_place"] == "Leeds"


def test_an_interview_right_after_the_event_was_given_at_its_venue(attribute):
    text = (
        "Footbridge opens\n\n"
        "The new Tyne footbridge opened to walkers and cyclists on Tuesday after two years of "
        "delays.\n\n"
        "Cutting the ribbon at a ceremony at the Quayside Pavilion, Mayor Tom Hale thanked "
        "the engineers and the donors.\n\n"
        "Cyclists were less pleased. “The ramps are far too steep,” Jo Marsh, who chairs the "
        "city cycling club, told the Chronicle after the ceremony."
    )
    quotes = attribute(text, date=PUBLISHED)
    assert quotes[-1]["occasion_type"] == "interview"
    assert quotes[-1]["occasion_place"] == "Quayside Pavilion"


def test_a_plane_or_a_bus_is_where_words_were_told(attribute):
    q = _one(attribute, "“We are ahead,” Ann Ford told reporters on her campaign plane.")
    assert q["occasion_type"] == "press"
    assert q["occasion_place"] == "her campaign plane"
    q = _one(attribute, "“We are ahead,” Ann Ford told reporters on the bus to Leeds.")
    assert "bus" in q["occasion_place"]


def test_here_in_a_town_is_where_the_words_were_said(attribute):
    q = _one(attribute, "“We have got to change,” Ann Ford said here in Leeds.")
    assert q["occasion_place"] == "Leeds"
    q = _one(attribute, "Back in Leeds, Ann Ford told supporters: “We have got to change.”")
    assert q["occasion_place"] == "Leeds"


def test_the_commons_is_a_place_though_the_tagger_gives_it_no_label(nlp):
    from quotetui.engine.occasions.places import _place_of

    doc = nlp("That evening, in the Commons, the minister Jo Pike defended the rail fares.")
    commons = next(t for t in doc if t.text == "Commons")
    assert _place_of(commons, [False] * len(doc), "in") == "Commons"


def test_a_venue_without_its_town_is_in_the_datelines_town(attribute):
    text = (
        "Flu warning\n\n"
        "LYON, Nov. 3 (Reuters) — Interpol warned on Monday of a rise in fake vaccine sales "
        "online.\n\n"
        "“Criminals follow the fear,” its deputy head, Marc Roux, told reporters at the "
        "agency's headquarters."
    )
    [q] = attribute(text, date="2026-11-04")
    assert q["occasion_place"] == "the agency's headquarters, Lyon"


# --- shows named by a quoted title (issue 14) ---------------------------------------------------


def test_a_show_named_ahead_of_the_verb_is_the_broadcast_of_the_words(attribute):
    # The parse splits such sentences at the title's possessive; the tokens say it all.
    text = (
        "Sunday on CNN’s “State of the Union,” Senator Jane Roe said the bill “will pass.”\n\n"
        "Roe said, “We have the votes and we will use them.”"
    )
    quotes = attribute(text, date=PUBLISHED)
    assert [q["occasion_type"] for q in quotes if q["kind"] != "term"] == ["broadcast"] * 2
    assert "State of the Union" in quotes[-1]["occasion"]


def test_the_title_after_a_broadcasters_possessive_is_part_of_the_occasion(attribute):
    cases = [
        ("“We will win this,” Tom Hale told CBS’s “Face the Nation” on Sunday.", "Face the Nation"),
        ("Speaking on ABC’s “Good Morning Ohio,” Tom Hale said: “We will win this.”", "Ohio"),
    ]
    for text, title in cases:
        [q] = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
        assert q["occasion_type"] == "broadcast", text
        assert title in q["occasion"] and not q["occasion"].endswith(",”"), q["occasion"]


def test_an_interview_on_a_named_show_is_a_broadcast(attribute):
    # docs/OCCASION-RULINGS.md, 2: the show decides; its words are no date ("Sunday")
    for text in (
        "“We will win this,” Tom Hale said in an interview on “Fox News Sunday.”",
        "In an interview on NBC’s “Meet the Press,” Tom Hale said the plan was “dead on arrival.”",
    ):
        [q] = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
        assert q["occasion_type"] == "broadcast", text
        assert q["occasion"].startswith("interview") and q["occasion"].endswith("”"), q
        assert q["occasion_date"] is None, text


def test_a_show_watched_or_a_book_read_is_no_occasion(attribute):
    for text in (
        "Tom Hale, who watched NBC’s “Meet the Press” on Sunday, said: “It was a mess.”",
        "Tom Hale, who read “The Art of the Deal” in college, said: “It was a mess.”",
    ):
        quotes = [q for q in attribute(text, date=PUBLISHED) if q["text"].startswith("“It")]
        assert [q["occasion_type"] for q in quotes] == [None], text


def test_an_interview_with_a_named_show_stays_an_interview_when_the_parse_lost_it(attribute):
    # "with" a show names the interviewer: the resolved sets keep it an interview
    text = (
        "In an interview with MSNBC’s “The Tom Hale Hour” on Thursday, during which she also "
        "spoke of trade, Senator Ann Ford remarked that she was “a little surprised” by it."
    )
    [q] = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
    assert q["occasion_type"] == "interview"
    assert "Tom Hale Hour" in q["occasion"]


def test_the_day_before_a_fronted_show_is_its_date_and_a_title_after_it_is_not(attribute):
    # The title's own "Sunday" keeps the clause's reading of dates off the day before it;
    # only _fronted_show's reading of the token right before the show dates the broadcast.
    text = "Sunday on NBC’s “Sunday Morning Desk,” Sen. Jane Roe said the bill “will pass.”"
    [q] = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
    assert (q["occasion"], q["occasion_date"]) == ("on NBC’s “Sunday Morning Desk”", "2026-02-08")
    text = "“We are not winning,” Tom Hale said on ABC’s “This Week” on Sunday."
    [q] = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
    assert (q["occasion_type"], q["occasion_date"]) == ("broadcast", "2026-02-08")


def test_news_shared_on_a_platform_is_a_post_of_the_words_that_follow(attribute):
    text = (
        "Ann Ford, who won her first title in May, announced the extension on Instagram last "
        "week. “The club believed in me when nobody did,” she wrote. “Staying was easy.”"
    )
    quotes = attribute(text, date=PUBLISHED)
    assert [q["occasion_type"] for q in quotes] == ["social_post", "social_post"]
    text = "Tom Hale shared the news on social media, writing “Feels great to be back home.”"
    assert _one(attribute, text)["occasion_type"] == "social_post"
    # a ban on a platform is no post on it
    text = "The senator criticized the ban on TikTok last week. “It is absurd,” she said."
    assert _one(attribute, text)["occasion_type"] is None


def test_an_outlet_the_parse_made_a_modifier_is_still_who_was_told(attribute):
    text = "“That is all the crowd, man,” Tom Hale told the BBC trackside."
    q = _one(attribute, text)
    assert q["occasion_type"] == "interview" and "BBC" in q["occasion"]


def test_words_at_a_gala_are_a_speech_and_at_a_dinner_a_meeting(attribute):
    cases = [
        (
            "“We are ready,” Ann Ford said on Saturday at the Tulsa Arts Council gala dinner.",
            "speech",
        ),
        ("“We are ready,” Ann Ford said at the annual gala of the Tulsa Ballet.", "speech"),
        ("“We are ready,” Ann Ford said at a dinner with donors.", "meeting"),
    ]
    for text, kind in cases:
        assert _one(attribute, text)["occasion_type"] == kind, text


def test_a_programme_of_work_is_no_broadcast(attribute):
    text = (
        "Ann Ford, chief executive, told the Post on Wednesday that the results showed the "
        "company could fund its £3.2bn clean-up programme. ‘Investors will lend us the money "
        "if they believe they will be paid back,’ she said."
    )
    assert _one(attribute, text)["occasion_type"] == "interview"
    for text in (
        "“We are ready,” Ann Ford said on the radio programme.",
        "“We are ready,” Ann Ford told the Today programme.",
        "“We are ready,” Ann Ford said during her weekly call-in show on WRVN radio.",
    ):
        assert _one(attribute, text)["occasion_type"] == "broadcast", text


def test_this_morning_is_the_day_of_publication(attribute):
    # "this morning" is a TIME to the parser; like "today" it names the publication day.
    text = (
        "Speaking on BBC Radio 4's Today programme this morning, the minister Ann Ford said "
        "the offer was final. “We have gone as far as we can,” she said."
    )
    [q] = attribute(text, date="2026-02-09")
    assert q["occasion_date"] == "2026-02-09"


def test_told_reporters_after_the_talks_is_of_the_leads_day(attribute):
    # Ruling 1: a telling that places itself right after the story's event ("told reporters
    # after the talks") takes that event's day, and the speaker's quotes that go on from it.
    text = (
        "Port deal struck\n\n"
        "Ghana and Togo agreed on Thursday to reopen the Aflao crossing to buses, officials "
        "said.\n\n"
        "The agreement was reached at a meeting of transport ministers in Lome. Ghana's "
        "transport minister, Kofi Mensah, told reporters after the talks that the fees would "
        "be dropped.\n\n"
        '"Nobody wins when buses sit idle," Mensah said. "We put passengers first."'
    )
    first, second = attribute(text, date="2026-04-09")
    assert first["occasion_date"] == "2026-04-09"
    assert second["occasion_date"] == "2026-04-09"


def test_told_reporters_without_a_tie_stays_undated(attribute):
    text = (
        "Port deal struck\n\n"
        "Ghana and Togo agreed on Thursday to reopen the Aflao crossing to buses, officials "
        "said.\n\n"
        "Ghana's transport minister, Kofi Mensah, told reporters that the fees would be "
        "dropped.\n\n"
        '"Nobody wins when buses sit idle," Mensah said.'
    )
    [q] = attribute(text, date="2026-04-09")
    assert q["occasion_date"] is None


def test_the_day_of_what_someone_made_clear_dates_their_words_after(attribute):
    # "made it clear to X on Wednesday": the parse hangs the day on "clear", which completes
    # the verb; it is still the day of what she did, and of her words told right after.
    text = (
        "Mayor reassures council.\n\n"
        "Mayor Ann Ford made it clear on Wednesday that she backs the plan.\n\n"
        "“We are going to build it,” Ford told reporters as she left the meeting."
    )
    [q] = attribute(text, date="2026-02-13")
    assert q["occasion_date"] == "2026-02-11"


def test_a_day_that_ends_a_shows_name_is_no_date(attribute):
    # “Fox News Sunday” is a show: its "Sunday" says nothing of when the words were said,
    # while "on “Meet the Press” Sunday" does.
    text = (
        "Ford on the strike.\n\n"
        "Senator Ann Ford spoke about the rail strike.\n\n"
        "“We know that the rail unions were misled by the operators,” Ford said in "
        "an interview with “Fox News Sunday.”"
    )
    assert attribute(text, date="2016-07-31")[0]["occasion_date"] is None
    aired = text.replace("in an interview with “Fox News Sunday.”", "on “Meet the Press” Sunday.")
    assert attribute(aired, date="2016-07-31")[0]["occasion_date"] == "2016-07-31"


def test_the_leads_day_may_be_named_after_a_standfirst_and_an_undated_paragraph(attribute):
    text = (
        "Regulator fines water firm\n\n"
        "Regulator says company ‘failed its customers’\n\n"
        "Riverside Water has been ordered to pay £50m, the largest penalty of its kind, after "
        "an investigation found it had failed to run its sewage works properly for years.\n\n"
        "The regulator fined the company on Wednesday and barred bonuses for its executives.\n\n"
        "“It is a record penalty for a record failure,” the regulator's chief executive, Dana "
        "Holt, told a news conference in Leeds."
    )
    quotes = attribute(text, date="2026-06-04")
    assert quotes[-1]["occasion_date"] == "2026-06-03"


def test_a_statement_issued_after_the_hearing_is_not_of_its_day(attribute):
    # Words said at the hearing are of its day; a statement "issued after the hearing" may
    # come any time after, and the text gives it no day of its own.
    text = (
        "Coroner to write to council after boy killed at bus stop\n\n"
        "A coroner has said she will write to the county council after an inquest heard that a "
        "boy was killed at a bus stop on a fast road.\n\n"
        "Senior coroner Dr Jane Hale recorded a conclusion of accidental death at the end of a "
        "two-day inquest at County Hall in Exeter on Thursday. “He did nothing wrong,” she "
        "said.\n\n"
        "Dr Hale said she would issue a report. “I am not satisfied that the risk has been "
        "addressed,” she told the court.\n\n"
        "In a statement issued after the hearing, the county council said the coroner's "
        "findings would be “accepted in full”. “Our thoughts remain with his family,” the "
        "council said."
    )
    quotes = attribute(text, date="2025-03-14")
    assert [q["occasion_date"] for q in quotes[:2]] == ["2025-03-13", "2025-03-13"]
    assert [q["occasion_date"] for q in quotes[2:]] == [None, None]


def test_debate_as_argument_going_on_is_no_debate_held(attribute):
    text = (
        "The council voted 6-3 on Tuesday night to approve the line, ending two years of "
        "debate over the project. “Tonight we changed that,” Mayor Ann Ford said."
    )
    assert _one(attribute, text)["occasion_type"] is None
    assert (
        _one(attribute, "“We won,” Ann Ford said during a debate in Tampa.")["occasion_type"]
        == "debate"
    )


def test_commentary_is_broadcast_and_an_accounts_words_a_post(attribute):
    text = "Tom Hale, commentating on Test Match Special, called the collapse “a horror show”."
    assert _one(attribute, text)["occasion_type"] == "broadcast"
    text = "The Tulsa Ledger’s official account replied within the hour: “We stand by the story.”"
    assert _one(attribute, text)["occasion_type"] == "social_post"


def test_an_outlet_asking_someone_is_the_interview_of_their_answers(attribute):
    text = (
        "The Tulsa Herald asked Ann Ford on Friday whether she would run.\n\n"
        "“I have not decided,” Ford said."
    )
    q = _one(attribute, text)
    assert q["occasion_type"] == "interview" and "Tulsa Herald" in q["occasion"]
    assert q["occasion_date"] == "2026-02-13"


def test_a_show_told_is_a_broadcast_however_the_parse_read_its_title(attribute):
    for text in (
        '"We will win this," Tom Hale told CBS\'s "Face the Nation" on Sunday.',
        "“We will win this,” Tom Hale told “Good Morning America” on Tuesday.",
    ):
        quotes = attribute(text, date=PUBLISHED)
        assert [q["kind"] for q in quotes] == ["speech", "term"], text
        assert quotes[0]["occasion_type"] == "broadcast", text


def test_the_lead_sums_up_words_whose_occasion_the_next_paragraph_names(attribute):
    text = (
        "Ford Speaks Out After Flood.\n\n"
        "Mayor Ann Ford spoke out Tuesday about the flood, arguing the delay was “intolerable.”\n\n"
        "On Tuesday’s episode of “The Tom Hale Show,” Ford said she would sue the state.\n\n"
        "“How many times must this happen?” Ford said."
    )
    quotes = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
    assert [q["occasion_type"] for q in quotes] == ["broadcast", "broadcast"]
    assert "Tom Hale Show" in quotes[0]["occasion"]
    # another day in the lead is another occasion
    text = (
        "Ford Speaks Out After Flood.\n\n"
        "Mayor Ann Ford said last month the delay was “intolerable.”\n\n"
        "On Tuesday’s episode of “The Tom Hale Show,” Ford said: “We will sue the state.”"
    )
    quotes = [q for q in attribute(text, date=PUBLISHED) if q["kind"] != "term"]
    assert [q["occasion_type"] for q in quotes] == [None, "broadcast"]


def test_a_passage_cited_in_brackets_is_an_article_there(attribute):
    text = (
        "More from the pollsters: “Late shifts in voter preferences made the caucus hard "
        "to predict.” [Tulsa Herald.]\n\nSigns of momentum were there all along."
    )
    q = _one(attribute, text)
    assert (q["occasion_type"], q["occasion"]) == ("document", "article in Tulsa Herald")


def test_a_share_of_those_asked_speaks_in_a_poll(attribute):
    text = "Asked whether Ann Ford is “fit to serve as mayor,” 40 percent of voters said yes."
    q = _one(attribute, text)
    assert (q["occasion_type"], q["occasion"]) == ("document", "poll")


def test_the_day_of_what_was_done_meanwhile_dates_the_words(attribute):
    # "As he shook hands … on Sunday afternoon, X said": what was done as he spoke, on his day.
    text = (
        "Reyes campaigns in the city.\n\nThe count is close.\n\n"
        "As he shook hands with voters on Sunday afternoon, Mayor Tom Reyes said: "
        "“There will be a recount.”"
    )
    [q] = attribute(text, date="2016-06-06")
    assert q["occasion_date"] == "2016-06-05"


def test_the_ruling_is_of_the_day_the_court_ruled(attribute):
    # The lead dates another deed (the vote): the ruling's day comes only from "ruled
    # Wednesday", the deed that issued it (mechanisms.ISSUED_NOUNS, threads' _State.issued).
    text = (
        "Town loses fight over parking fees.\n\n"
        "The town council of Elmford voted Monday to appeal a decision on its parking fees.\n\n"
        "A county judge ruled Wednesday that the fees had been set without a public vote.\n\n"
        "Council members said they would meet again next month.\n\n"
        '"A fee set in private cannot stand," said the ruling.'
    )
    [q] = attribute(text, date=PUBLISHED)
    assert (q["occasion"], q["occasion_date"]) == ("ruling", "2026-02-11")
    # No day is told for the ruling where the judge is not said to have ruled on one.
    undated = text.replace("ruled Wednesday that", "has ruled that")
    assert attribute(undated, date=PUBLISHED)[0]["occasion_date"] is None


def test_a_dated_study_that_speaks_dates_the_report_quoted_after(attribute):
    text = (
        "Companies avoid tax, study finds.\n\n"
        "An exhaustive study being released on Tuesday by a group of researchers shows in "
        "detail how companies avoid tax.\n\n"
        "The study, by the Tax Fairness Fund, combed through the filings of the largest "
        "companies.\n\n"
        "Goldman Sachs holds $28 billion offshore, and the report says the company "
        '"reports having 987 subsidiaries in offshore tax havens."'
    )
    [q] = attribute(text, date="2016-10-04")
    assert q["occasion_date"] == "2016-10-04"


def test_an_interview_right_after_the_announcement_is_of_its_day(attribute):
    # "after the announcement" ties the interview to the news the lead tells (ruling 1).
    text = (
        "Administration to expand refugee program.\n\n"
        "WASHINGTON - The administration announced plans Tuesday to expand programs for "
        "refugees from Central America.\n\n"
        "The changes will go into effect in the next few months.\n\n"
        "Children must still wait in their home countries for approval.\n\n"
        "“The basic contradiction of the program has been the wait,” Bill Frey, refugee "
        "program director at Rights First, said in an interview after the announcement."
    )
    quotes = attribute(text, date="2016-07-26")
    assert quotes[-1]["occasion_date"] == "2016-07-26"


def test_an_op_ed_named_in_the_lead_is_the_occasion_of_what_its_writer_wrote(attribute):
    # The tokenizer splits "op-ed" into three; the word as written names the document.
    text = (
        "Columnist Ann Ford wrote in a Daily Post op-ed that the plan would fail.\n\n"
        "“The plan will fail, and everyone knows it,” Ford wrote."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert q["occasion_type"] == "document"
    assert "op-ed" in (q["occasion"] or "")


def test_a_document_named_again_is_the_one_named_before_not_the_verb_of_its_release(attribute):
    text = (
        "The watchdog's final report, published alongside the fine, says staff raised "
        "concerns in 2020. “Managers knew,” the report says."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert q["occasion_type"] == "document"
    assert "final report" in (q["occasion"] or "")


def test_what_a_telling_reports_is_no_occasion_of_the_words_after_it(attribute):
    # No quote hangs on "told": the clause is still what was said, and the telling the
    # occasion of the words that follow.
    text = (
        "Sir Alan Marsh, chief executive, told the Post on Wednesday that the results "
        "showed the company could fund its £3bn clean-up programme. “A profitable company "
        "can afford to clean up,” he said."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert q["occasion_type"] == "interview"
    assert q["occasion_date"] == "2026-02-11"


def test_two_verbs_side_by_side_both_tell_the_interview(attribute):
    text = (
        "Senator Ada Reed blasted the plan and defended the mayor in a recent interview "
        "with the Post. “It is the worst idea I have seen,” Reed said."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert q["occasion_type"] == "interview"
    assert "interview" in (q["occasion"] or "")


def test_the_leads_summary_takes_the_occasion_the_body_names_next(attribute):
    text = (
        "The new plan will help small farms, Senator Ada Reed said “on the record” on "
        "Wednesday.\n\n"
        "“It is the best plan we have had in years,” Reed told the Daily Courier in an "
        "interview."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert second["occasion_type"] == "interview"
    assert first["occasion_type"] == "interview"
    assert first["occasion_date"] == "2026-02-11"


def test_her_in_an_opening_clause_is_the_one_the_sentence_names_next(attribute):
    text = (
        "The county court quashed the bylaw.\n\n"
        "Reading a summary of her ruling at Ridgeway Crown Court, Judge Mary Fenn said the "
        "council had acted beyond its powers.\n\n"
        "The council is reviewing the judgment.\n\n"
        "“The bylaw cannot stand,” Fenn said."
    )
    q = _one(attribute, text, date=PUBLISHED)
    assert "ruling" in (q["occasion"] or "")
    assert "Ridgeway" in (q["occasion_place"] or "")


def test_a_release_verb_of_another_does_not_end_the_speakers_interview(attribute):
    text = (
        "“Running made us,” chief executive Joanna Keane said in an interview at the "
        "company's headquarters in Salford.\n\n"
        "The company's results, published earlier this month, showed sales up 9 per cent. "
        "“We have taken the pain on freight,” she said."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert second["occasion_type"] == "interview"
    assert second["occasion"] == first["occasion"]


def test_the_same_interview_is_the_one_named_before(attribute):
    text = (
        "Chief executive Jonah Pike told The Daily Ledger there were “no plans for layoffs”. "
        "In the same interview, Pike said the firm was “always moving people around”."
    )
    first, second = attribute(text, date=PUBLISHED)
    assert second["occasion"] == first["occasion"]
    assert "Daily Ledger" in (second["occasion"] or "")


def test_the_next_paragraphs_statement_is_not_the_last_quotes_own(attribute):
    text = (
        "County health officer Dr. Samuel Achterberg told a news briefing that cases had "
        "doubled. “The vaccine is safe,” Achterberg said. “There is no reason to wait.”\n\n"
        "Gov. Daniel Prieto said in a statement Tuesday evening that the state would send "
        "teams. “No parent should have to choose,” the governor said."
    )
    quotes = attribute(text, date=PUBLISHED)
    assert [q["occasion_type"] for q in quotes[:2]] == ["press", "press"]
