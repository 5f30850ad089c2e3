"""Word lists the occasion finder rests on: the mechanisms by which words reach print.

An occasion's type (``quotetui.model.OccasionType``) is read from the grammar of the
attribution: the noun that names the event or medium ("in a *statement*", "at a *rally*", "the
*report* says"), the reporting verb ("*tweeted*", "*testified*"), the audience it was said to
("told *reporters*", "told *the committee*", "told *The Post*") and the medium it went out on
("on *Twitter*", "on *CNN's* 'State of the Union'"). The lists name mechanisms (kinds of
event, medium and audience) across news genres, never the events of one article.

Nouns and verbs are matched by lemma (``quotetui.engine.lexicon.lemma``) and lower-cased.
"""

from __future__ import annotations

from quotetui.model import OccasionType

STATEMENT = OccasionType.STATEMENT
INTERVIEW = OccasionType.INTERVIEW
PRESS = OccasionType.PRESS
SPEECH = OccasionType.SPEECH
DEBATE = OccasionType.DEBATE
HEARING = OccasionType.HEARING
BROADCAST = OccasionType.BROADCAST
SOCIAL_POST = OccasionType.SOCIAL_POST
DOCUMENT = OccasionType.DOCUMENT
MEETING = OccasionType.MEETING
OTHER = OccasionType.OTHER


def _table(spec: dict[OccasionType, str]) -> dict[str, OccasionType]:
    out: dict[str, OccasionType] = {}
    for kind, words in spec.items():
        for word in words.split():
            out[word.replace("_", " ")] = kind
    return out


# Two-word names whose type is not their head's ("news conference", "conference call").
# Checked before NOUN_TYPES, on the noun and the modifier right before it.
COMPOUND_TYPES = _table(
    {
        PRESS: "news_conference press_conference news_briefing press_briefing media_briefing "
        "press_gaggle press_availability media_availability press_event news_event "
        "press_call media_call",
        STATEMENT: "press_release news_release written_statement joint_statement",
        MEETING: "conference_call earnings_call investor_call phone_call video_call "
        "board_meeting council_meeting town_meeting zoom_call",
        SPEECH: "town_hall townhall_meeting hall_meeting campaign_event campaign_stop "
        "campaign_trail campaign_rally stump_speech floor_speech "
        "victory_speech concession_speech acceptance_speech state_address "
        # A gala's or an awards dinner's speakers address the room: a speech, where a bare
        # "dinner" may be a meal among a few (a meeting).
        "gala_dinner awards_dinner award_dinner",
        SOCIAL_POST: "facebook_post blog_post instagram_post twitter_post social_media "
        "facebook_page instagram_video facebook_video facebook_live instagram_story "
        "tiktok_video youtube_video twitter_video",
        BROADCAST: "radio_show talk_show tv_show television_show radio_program "
        "television_program tv_program radio_programme television_programme tv_ad "
        "television_ad radio_ad campaign_ad campaign_video attack_ad web_ad video_ad "
        "radio_address",
        DOCUMENT: "court_papers court_filing court_documents email_response text_message "
        "open_letter written_evidence",
        HEARING: "court_hearing bail_hearing sentencing_hearing committee_hearing",
        # The guidelines: an interview with an outlet is an interview, on air or not; an
        # appearance on a show is a broadcast.
        INTERVIEW: "phone_interview telephone_interview radio_interview tv_interview "
        "television_interview",
    }
)

# Events no audience is addressed at: those quoted at one chant, or talk to the reporter
# walking beside them (an "other" occasion in NOUN_TYPES, held where the story is told from).
_PROTESTS = "protest march demonstration"

# The head noun of the occasion phrase. A "weak" noun (WEAK_NOUNS) gives way to what its
# phrase says of the audience or medium: "remarks to reporters" is press, "remarks" alone a
# speech, "an appearance on Fox News" a broadcast.
NOUN_TYPES = _table(
    {
        STATEMENT: "statement release communique communiqué announcement readout declaration",
        INTERVIEW: "interview conversation chat sit-down q&a",
        PRESS: "briefing gaggle presser scrum",
        SPEECH: "speech address rally remarks remark keynote sermon lecture eulogy toast "
        "townhall homily oration commencement appearance event floor exchanges "
        "exchange presentation keynote launch unveiling "
        "fundraiser convention ceremony vigil stump filibuster gala banquet",
        DEBATE: "debate hustings husting",
        HEARING: "hearing testimony trial inquest deposition tribunal sentencing sentence "
        "arraignment "
        "proceedings inquiry courtroom",
        BROADCAST: "show program programme broadcast podcast ad advertisement commercial "
        "spot documentary episode segment telecast newscast video film",
        SOCIAL_POST: "tweet post retweet blog livestream thread",
        DOCUMENT: "letter email e-mail memo memorandum report study book memoir op-ed oped "
        "column editorial article essay piece filing lawsuit suit complaint motion brief "
        "ruling judgment judgement order transcript paper survey poll analysis note sign "
        "banner placard poster headline caption leaflet flyer manifesto document recording "
        "audio tape diary newsletter dossier indictment affidavit petition guidance "
        "description listing journal message text website review bulletin statistics story "
        "passage",
        MEETING: "meeting reception call summit conference session panel roundtable dinner "
        "discussion luncheon breakfast lunch gathering forum seminar webinar workshop talks "
        "negotiation retreat symposium",
        # A protest or a march: those quoted at one chant, or talk to the reporter walking
        # beside them; no audience addressed, so no speech (the guidelines' "speech").
        OTHER: "trip visit tour game match defeat win victory loss draw final semifinal "
        f"semi-final fixture bout fight {_PROTESTS}",
    }
)

# Nouns whose own type yields to the audience or medium their phrase names.
WEAK_NOUNS = frozenset(
    "remarks remark comment comments appearance event call session message video post "
    "conversation response words discussion exchanges exchange".split()
)

# Events several people speak at, whose account may give the occasion of every quote in it
# ("during the debate …", "at the hearing …").
SHARED_TYPES = frozenset({DEBATE, HEARING, MEETING})
# Meetings that are no account several speak at by their noun alone: "at an event in Paris
# with Gates" is where one spoke; who speaks next in the story need not have been there.
UNSHARED_NOUNS = frozenset({"event"})
SHARED_NOUNS = frozenset(
    "forum debate hearing trial summit conference panel roundtable session meeting talks "
    "inquiry inquest sentencing exchanges".split()
)

# Reporting verbs that name their own medium: "tweeted", "testified", "wrote".
VERB_TYPES = _table(
    {
        SOCIAL_POST: "tweet retweet blog",
        HEARING: "testify sentence",
        DOCUMENT: "write pen publish email",
        # Chanted words are a crowd's, at a protest or a march (the guidelines' "other").
        OTHER: "chant",
    }
)
# The occasion they name, in a word ("tweeted" → "tweet").
VERB_NOUNS = {
    "chant": "chant",
    "tweet": "tweet",
    "retweet": "retweet",
    "blog": "blog post",
    "testify": "testimony",
    "sentence": "sentencing",
}

# The document a deed issues, by the deed's verb: "A county judge ruled Wednesday …
# “…,” said the ruling." — the ruling is of the day the judge ruled.
ISSUED_NOUNS = {
    "rule": "ruling",
    "decide": "decision",
    "judge": "judgment",
    "announce": "announcement",
    "report": "report",
    "conclude": "conclusion",
}

# Verbs whose object is the one they were said to: "told reporters", "assured investors".
TELLING_VERBS = frozenset(
    "tell inform assure brief warn remind address reassure promise advise urge rally".split()
)
# Verbs whose "to" names the audience: "speaking to reporters", "wrote to lawmakers".
TO_VERBS = frozenset("say speak talk write explain complain describe announce".split())
# Verbs whose object is the occasion: "released a statement", "gave a speech".
MAKING_VERBS = frozenset(
    """
    release issue put give deliver hold host make post publish send write sign pen tweet
    share air broadcast run file read end begin open close start conclude offer take hit
    pass
    """.split()
)

# Social platforms ("on Twitter", "in a Facebook post"). A two-word name stays one entry:
# split, "social media" made "media" a platform ("a statement to the media" a post).
PLATFORMS = frozenset(
    word.replace("_", " ")
    for word in """
    twitter facebook instagram telegram tiktok youtube threads linkedin snapchat reddit weibo
    wechat bluesky mastodon substack truth_social x.com social_media
    """.split()
)
# Words that make a name a broadcaster or a broadcast ("on Fox News", "on 'Meet the Press'").
BROADCAST_WORDS = frozenset(
    """
    cnn fox msnbc cnbc nbc abc cbs pbs npr bbc itv sky espn c-span cbc rte rté sirius
    siriusxm radio tv television channel network podcast show program programme broadcast
    newshour hour minutes nation press tonight today morning breakfast live
    """.split()
)
# Words that make a name a news outlet, and the people who report for one: "told The Post",
# "told Fox News host Sean Hannity", "wrote in The Nation".
OUTLET_WORDS = frozenset(
    """
    times post news journal tribune herald gazette telegraph guardian observer independent
    chronicle daily radio tv television press reuters afp ap bloomberg cnn cnbc msnbc fox
    nbc abc cbs bbc npr pbs sky itv espn magazine politico axios buzzfeed huffpost huffington
    breitbart yahoo vox slate atlantic economist newsweek mail mirror express standard record
    register bulletin courier dispatch inquirer enquirer examiner sentinel globe echo argus wire
    network sport sports podcast show program programme newspaper paper station outlet
    broadcaster channel
    website site publication agency host anchor reporter journalist correspondent columnist
    interviewer editor presenter commentator newsroom xinhua interfax tass kyodo yonhap
    nikkei spiegel bild monde figaro pais repubblica corriere tagesspiegel zeit
    """.split()
)
# Words of newspapers' and magazines' names that are everyday words too ("told the
# Advertiser", "approached by County Cricket Weekly", "told the Sun"): an outlet only in a
# name, never "told advertisers". No word of people's titles ("Leader", "Monitor").
TITLE_OUTLET_WORDS = frozenset(
    """
    advertiser ledger weekly monthly quarterly star sun mercury advocate beacon messenger
    recorder clarion intelligencer telegram bee
    """.split()
)
# Audiences by what telling them makes of the occasion.
AUDIENCE_TYPES = _table(
    {
        PRESS: "reporter reporters journalist journalists press media newsman newsmen "
        "correspondents newspeople",
        SPEECH: "supporter supporters crowd crowds audience audiences delegate delegates "
        "attendee attendees rally congregation worshipper worshippers graduate graduates "
        "student students voter voters faithful fans convention gathering nation mps "
        "commons parliament house senate assembly lords peers",
        HEARING: "committee subcommittee panel lawmakers senators congress court jury judge "
        "jurors juror inquest tribunal inquiry commission magistrate magistrates coroner "
        "hearing investigators",
        # "told the chamber": those sitting in it, the council or the assembly the story tells
        MEETING: "board council councillors councilors employees staff members colleagues donors "
        "chamber",
        # "told friends", "told advisers afterward": words in private, the guidelines'
        # "other" (no interview, no meeting named)
        OTHER: "investor investors analyst analysts shareholder shareholders friend friends "
        "adviser advisers advisor advisors aide aides confidant confidants associates",
        INTERVIEW: "me us author interviewer",
        BROADCAST: "camera cameras viewers listeners",
    }
)
# The media an audience is reached through: "his radio audience", "the TV audience".
BROADCAST_MEDIA = frozenset("radio tv television podcast show program programme broadcast".split())
# The sets in a room that words may be said at: "she said to the TV".
SETS = frozenset("tv television telly screen".split())
# Those who present a broadcast: "MSNBC host Chris Matthews", "radio host Rush Limbaugh".
HOST_NOUNS = frozenset("host anchor presenter anchorman anchorwoman newscaster".split())
# "took the stage", "took to the podium": a speech.
STAGE_NOUNS = frozenset("stage podium lectern rostrum microphone mic pulpit".split())

# Nouns that name a place where words are said ("on the Senate floor", "at City Hall").
PLACE_NOUNS = frozenset(
    """
    floor office home house hall courthouse steps step statehouse capitol headquarters embassy
    residence studio stage podium airport hotel church school campus stadium arena center
    centre club ground park square street avenue road building parliament chamber palace
    bungalow garden lawn porch field base camp hospital station mosque temple synagogue
    museum library institute university college theater theatre
    clubhouse ballpark gallery lodge supermarket shop restaurant cafe pub factory
    warehouse farm mall gym gymnasium auditorium rotunda lobby courtroom cathedral
    chapel dugout plaza pier harbour harbor waterfront riverfront facility
    plane jet airplane aircraft bus train ship boat helicopter pavilion terminal
    """.split()
)

# Participles that carry the occasion of the verb they modify: "Speaking at a rally, X said".
FRAMING_VERBS = frozenset(
    "speak talk appear write testify address respond answer campaign visit post tweet "
    "reply comment sit sentence give ask pass commentate".split()
)
# "a letter released Monday", "an interview published Thursday": the day of the occasion.
ISSUING_VERBS = frozenset(
    "release publish issue post air broadcast announce file send deliver give hold tape "
    "record film put sign write pen tweet share circulate".split()
)
# "plans to testify", "is scheduled to speak": an occasion still to come.
FUTURE_VERBS = frozenset("plan expect schedule intend prepare due set".split())
# Verbs whose agent sought the words out: "asked by reporters", "contacted by the Ledger",
# "when approached by County Cricket Weekly" — the asker makes the occasion.
ASKING_VERBS = frozenset("ask contact approach reach interview question".split())
# Verbs whose object is where people were: "packed St Aidan's church hall" (not "voted to
# close two elementary schools").
BEING_AT_VERBS = frozenset("pack fill cram crowd attend visit tour throng host".split())

_IRREGULAR = {
    "gave": "give", "given": "give", "held": "hold", "sent": "send", "wrote": "write",
    "written": "write", "took": "take", "taken": "take", "put": "put", "told": "tell",
    "spoke": "speak", "spoken": "speak", "sat": "sit", "read": "read", "ran": "run",
    "made": "make", "began": "begin", "begun": "begin", "set": "set", "shared": "share",
}  # fmt: skip


def _verb_forms() -> dict[str, str]:
    """Inflected forms of the verbs above, for pipelines without a lemmatizer."""
    verbs = (
        MAKING_VERBS
        | TELLING_VERBS
        | TO_VERBS
        | set(VERB_TYPES)
        | FRAMING_VERBS
        | ISSUING_VERBS
        | FUTURE_VERBS
        | BEING_AT_VERBS
        | ASKING_VERBS
    )
    table: dict[str, str] = {}
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        short = len(verb) <= 4 and (verb[-1] in "nptgd" or verb[-2:] in ("am", "im", "um"))
        double = verb + verb[-1] if short else verb  # "planned", "crammed"
        forms = [verb, verb + "s", verb + "es", verb + "d", verb + "ed", stem + "ing"]
        forms += [double + "ed", double + "ing"]
        if verb.endswith("y"):
            forms += [verb[:-1] + "ied", verb[:-1] + "ies"]
        for form in forms:
            table.setdefault(form, verb)
    table.update(_IRREGULAR)
    return table


VERB_FORMS = _verb_forms()

# The events a story is about, referred to as such: "after the meeting", "at the hearing",
# "the game": the news of the day the story's lead names.
EVENT_HEADS = frozenset(
    """
    meeting talks summit session hearing trial debate vote game match defeat win victory
    loss draw final conference briefing rally event ceremony visit presentation launch
    keynote sentencing signing speech announcement
    """.split()
)

# Who asked the question a quote answers ("when asked by reporters", "in response to a
# question from a voter"), and what that makes of the occasion.
ASKER_TYPES = _table(
    {
        PRESS: "reporter reporters journalist journalists press media correspondent correspondents",
        HEARING: "lawmaker lawmakers senator senators committee panel prosecutor prosecutors "
        "lawyer lawyers counsel judge jury mps members",
        INTERVIEW: "host anchor interviewer moderator",
        OTHER: "voter voters resident residents student students audience woman man member "
        "supporter supporters attendee attendees caller callers fan fans",
    }
)

# Broadcasters by name, for "an MSNBC forum", "a CNN town hall".
BROADCASTERS = frozenset(
    "cnn fox msnbc cnbc nbc abc cbs pbs npr bbc itv sky espn c-span cbc rte rté".split()
)

# Results, not occasions: "after Saturday's defeat" dates what follows and places it after the
# event ("said after the win": to reporters), but "Trump's victory in Indiana" is where nobody
# spoke.
RESULT_NOUNS = frozenset("defeat win victory loss draw".split())

# Occasions held where the story is told from, though no audience is addressed there:
# protests, and words shown, not said, at an event ("placards reading …") or chanted at it.
# Matched against an occasion's head as written (``Occasion.head``), plurals and all.
ON_SITE_HEADS = frozenset(
    word + ending
    for word in f"{_PROTESTS} sign banner placard poster chant".split()
    for ending in ("", "es" if word.endswith("ch") else "s")
)
# Those an audience is gathered as, whose town is where they listened: "the Cleveland
# crowd", "a cheering throng of supporters in Tampa" (not "the Ohio senator": whose). By
# lemma; the few of AUDIENCE_TYPES' speech audiences that are one gathered body, and a throng.
CROWD_NOUNS = frozenset("crowd throng audience gathering congregation".split())
# Verbs of making something public: what they make public "on Instagram" was posted there.
# Read of the object of any verb ("Sorensen announced the extension on Instagram"), so
# not only of MAKING_VERBS.
PUBLISHING_VERBS = frozenset("announce share post publish release reveal confirm unveil".split())
# Nouns that name a social account: "her Twitter account", "his Instagram feed".
ACCOUNT_NOUNS = frozenset({"account", "handle", "feed"})
# Subordinators of a clause of what was done at the same time: "As he shook hands …".
MEANWHILE_MARKS = frozenset({"as", "while", "when"})

# Broadcast nouns that also name a plan or an exhibition: "the early-warning programme".
PLAN_NOUNS = frozenset({"program", "programme", "show"})
# What a show on the air is ("a call-in show", "a quiz show"), not what a plan does.
SHOW_KINDS = frozenset(
    "call phone talk chat quiz game comedy reality panel sports cooking cookery late".split()
)
# Words that name a show by the hour it airs, after its broadcaster's name: "BBC Breakfast",
# "CBS This Morning", "ITV Tonight" (docs/OCCASION-RULINGS.md, 2: a named show is a broadcast).
SHOW_HOURS = frozenset("breakfast morning tonight today newsnight newshour".split())
# Words a show title follows directly: "on “Meet the Press”", "told “Good Morning America”".
BEFORE_TITLE = frozenset("on to with told tells telling appeared appearing".split())
# Nouns an "of" ties to a show: "Tuesday's episode of “…”", "this week's edition of “…”".
PART_OF_SHOW = frozenset("episode edition broadcast segment installment instalment".split())
