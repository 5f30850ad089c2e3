# ruff: noqa: E501 - one article or annotation a line reads best as data
"""Build genres2/docs.jsonl and gold.jsonl from the articles and annotations below.

Each quote is named by a unique piece of its text; the script finds its span (quotation marks
included) and writes the gold in FORMATS.md's shape. Re-run after editing: python build.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, title, date, text, [(quote piece, speaker, kind, occasion, type, place, date, date_text)])
ARTICLES = [
    (
        "h01_parish_flood",
        "Residents demand answers over flood defences",
        "2025-01-16",
        """Residents demand answers over flood defences

Angry residents packed St Aidan's church hall in Bridgwater on Tuesday evening for a public meeting with the Environment Agency, two weeks after the River Parrett burst its banks.

Agency area manager Paul Hendry told the meeting that new pumps would be installed by the spring. “We got this wrong and I am not going to pretend otherwise,” he said.

“We have heard promises before,” said Janet Cole, who chairs the residents' association. “In the summer of 2023 we were told the same thing.”

Mr Hendry said the agency had bid for £4m of government money. “If that bid succeeds, the work starts in April,” he added.

The local MP, Sarah Quinn, who did not attend, said in a statement on Wednesday that she had written to the environment secretary. “Bridgwater cannot go through another winter like this,” the statement said.

A spokesperson for Somerset Council said: “We are working with the agency and will support any resident who needs help with clean-up costs.”
""",
        [
            ("We got this wrong", "Paul Hendry", "person", "public meeting with the Environment Agency", "meeting", "St Aidan's church hall, Bridgwater", "2025-01-14", "on Tuesday evening"),
            ("We have heard promises", "Janet Cole", "person", "public meeting with the Environment Agency", "meeting", "St Aidan's church hall, Bridgwater", "2025-01-14", "on Tuesday evening"),
            ("In the summer of 2023", "Janet Cole", "person", "public meeting with the Environment Agency", "meeting", "St Aidan's church hall, Bridgwater", "2025-01-14", "on Tuesday evening"),
            ("If that bid succeeds", "Paul Hendry", "person", "public meeting with the Environment Agency", "meeting", "St Aidan's church hall, Bridgwater", "2025-01-14", "on Tuesday evening"),
            ("Bridgwater cannot go through", "Sarah Quinn", "person", "statement", "statement", None, "2025-01-15", "on Wednesday"),
            ("We are working with the agency", "Somerset Council", "organisation", None, None, None, None, None),
        ],
    ),
    (
        "h02_cabinet_rail",
        "Minister defends rail timetable changes",
        "2024-09-26",
        """Minister defends rail timetable changes

The transport minister, Helen Okafor, told a cabinet meeting on Tuesday that the new timetable would cut journey times on four routes, according to officials who were present.

“People will see the difference within a month,” Okafor told colleagues, one official said.

On Wednesday she took questions from MPs in the Commons. “I will not apologise for modernising a network built for steam trains,” she said. “Every change was consulted on.”

Labour's transport spokesman, Owen Price, accused her of ignoring rural passengers. “The villages have been forgotten again,” Price told MPs.

Rail unions will meet the minister next Tuesday.

“We expect real answers at that meeting,” said Kim Walsh, general secretary of the drivers' union, in an interview with BBC Radio 5 Live on Thursday.
""",
        [
            ("People will see the difference", "Helen Okafor", "person", "cabinet meeting", "meeting", None, "2024-09-24", "on Tuesday"),
            ("I will not apologise", "Helen Okafor", "person", "questions from MPs in the Commons", "hearing", "Commons", "2024-09-25", "On Wednesday"),
            ("Every change was consulted on", "Helen Okafor", "person", "questions from MPs in the Commons", "hearing", "Commons", "2024-09-25", "On Wednesday"),
            ("The villages have been forgotten", "Owen Price", "person", "questions from MPs in the Commons", "hearing", "Commons", "2024-09-25", "On Wednesday"),
            ("We expect real answers", "Kim Walsh", "person", "interview with BBC Radio 5 Live", "interview", None, "2024-09-26", "on Thursday"),
        ],
    ),
    (
        "h03_wire_summit",
        "Leaders pledge aid at Nairobi summit",
        "2024-06-07",
        """NAIROBI (AFP) - East African leaders pledged $2 billion for drought relief at a summit in Nairobi on Thursday, as the United Nations warned that millions faced hunger.

“This is the worst drought our region has seen in forty years,” Kenyan President Daniel Mwangi told the summit in his opening address.

Ethiopia's prime minister, Abebe Tesfaye, said his country would contribute grain reserves. “We will share what we have,” he told reporters after the talks.

The UN's humanitarian coordinator, Maria Lindqvist, said at a news conference in Geneva on Wednesday that the appeal was only 30 percent funded. “Pledges are welcome, but pledges do not feed children,” she said.

Aid agencies were cautious. “We have seen summits like this before,” said Peter Otieno of Oxfam, speaking by telephone from Mombasa.
""",
        [
            ("This is the worst drought", "Daniel Mwangi", "person", "opening address to the summit", "speech", "Nairobi", "2024-06-06", "on Thursday"),
            ("We will share what we have", "Abebe Tesfaye", "person", "told reporters after the talks", "press", "Nairobi", "2024-06-06", "on Thursday"),
            ("Pledges are welcome", "Maria Lindqvist", "person", "news conference in Geneva", "press", "Geneva", "2024-06-05", "on Wednesday"),
            ("We have seen summits like this", "Peter Otieno", "person", "speaking by telephone from Mombasa", "interview", "Mombasa", None, None),
        ],
    ),
    (
        "h04_science_comet",
        "Astronomers spot comet heading for close pass",
        "2025-02-20",
        """Astronomers spot comet heading for close pass

A newly discovered comet will pass closer to Earth than any in a century, astronomers announced at a press briefing at the Royal Observatory in Edinburgh on Tuesday.

“It will be visible to the naked eye for about two weeks,” said Dr Aisha Rahman, who led the team that found it.

The comet was first seen in images taken on January 30 by a survey telescope in Chile.

“There is no risk of a collision whatsoever,” Rahman said. “The closest approach is still forty million kilometres.”

In a paper posted online on Wednesday, the team estimated the comet's nucleus at about three kilometres across. “That is large for a comet on this orbit,” the paper says.

Professor Tom Ellery of the University of Leeds, who was not involved, said the find was remarkable. “This is the kind of thing you hope to see once in a career,” he told the Guardian.
""",
        [
            ("It will be visible", "Aisha Rahman", "person", "press briefing at the Royal Observatory", "press", "Royal Observatory, Edinburgh", "2025-02-18", "on Tuesday"),
            ("There is no risk", "Aisha Rahman", "person", "press briefing at the Royal Observatory", "press", "Royal Observatory, Edinburgh", "2025-02-18", "on Tuesday"),
            ("The closest approach", "Aisha Rahman", "person", "press briefing at the Royal Observatory", "press", "Royal Observatory, Edinburgh", "2025-02-18", "on Tuesday"),
            ("That is large for a comet", "the team's paper", "document", "paper posted online", "document", None, "2025-02-19", "on Wednesday"),
            ("This is the kind of thing", "Tom Ellery", "person", "told the Guardian", "interview", None, None, None),
        ],
    ),
    (
        "h05_rugby_final",
        "Harlow edge cup final in extra time",
        "2024-05-13",
        """Harlow edge cup final in extra time

Harlow Wanderers won the county cup for the first time in 31 years after beating Dunmore 24-21 in extra time at Castle Park on Saturday.

Winger Luke Baines scored the decisive try two minutes from the end. “I just closed my eyes and ran,” Baines told the BBC after the final whistle.

Harlow coach Neil Forde said his players had shown remarkable character. “We were dead and buried at half-time,” Forde said at the post-match press conference. “The dressing room was very quiet.”

Dunmore's captain, Rhys Mahon, was gracious in defeat. “They deserved it,” he said. “We will be back next season.”

On Sunday, Forde posted on Instagram a picture of the trophy with the caption: “For everyone who never stopped believing.”
""",
        [
            ("I just closed my eyes", "Luke Baines", "person", "told the BBC after the final whistle", "interview", "Castle Park", "2024-05-11", "on Saturday"),
            ("We were dead and buried", "Neil Forde", "person", "post-match press conference", "press", "Castle Park", "2024-05-11", "on Saturday"),
            ("The dressing room was very quiet", "Neil Forde", "person", "post-match press conference", "press", "Castle Park", "2024-05-11", "on Saturday"),
            ("They deserved it", "Rhys Mahon", "person", "after the final", "press", "Castle Park", "2024-05-11", "on Saturday"),
            ("We will be back next season", "Rhys Mahon", "person", "after the final", "press", "Castle Park", "2024-05-11", "on Saturday"),
            ("For everyone who never stopped", "Neil Forde", "person", "Instagram post", "social_post", None, "2024-05-12", "On Sunday"),
        ],
    ),
    (
        "h06_earnings_call",
        "Harbour Foods shares fall after profit warning",
        "2024-10-31",
        """Harbour Foods shares fall after profit warning

Shares in Harbour Foods fell 12 percent on Wednesday after the supermarket supplier cut its profit forecast for the second time this year.

Chief executive Laura Brennan told analysts on a conference call that higher energy costs had hit its bakery division. “We were too slow to pass costs on,” she said. “That is on me.”

Asked whether the dividend was safe, finance director Mark Tully said: “We are committed to the dividend, but we will review it in March.”

In a note to clients on Thursday, analysts at Barclays cut their price target. “The recovery story has been pushed back by at least a year,” the note said.

Brennan, who took over in 2022, has cut 400 jobs. “There will be no further cuts this year,” she told the Financial Times.
""",
        [
            ("We were too slow", "Laura Brennan", "person", "conference call with analysts", "meeting", None, "2024-10-30", "on Wednesday"),
            ("That is on me", "Laura Brennan", "person", "conference call with analysts", "meeting", None, "2024-10-30", "on Wednesday"),
            ("We are committed to the dividend", "Mark Tully", "person", "conference call with analysts", "meeting", None, "2024-10-30", "on Wednesday"),
            ("The recovery story", "Barclays", "organisation", "note to clients", "document", None, "2024-10-31", "on Thursday"),
            ("There will be no further cuts", "Laura Brennan", "person", "told the Financial Times", "interview", None, None, None),
        ],
    ),
    (
        "h07_court_fraud",
        "Former councillor jailed for expenses fraud",
        "2025-04-12",
        """Former councillor jailed for expenses fraud

A former councillor who claimed £58,000 in false expenses was jailed for three years at Maidstone Crown Court on Friday.

Passing sentence, Judge Alan Reeve told Derek Pike, 61: “You betrayed the trust of the people who elected you.”

The court heard that Pike had claimed mileage for journeys he never made between 2019 and 2022.

“He is deeply ashamed,” his barrister, Claire Amos, told the court. “He has repaid every penny.”

Outside court, the council's chief executive, Joanne Marsh, said: “Today's sentence sends a clear message.”

Pike's wife declined to comment as she left the building.
""",
        [
            ("You betrayed the trust", "Alan Reeve", "person", "sentencing at Maidstone Crown Court", "hearing", "Maidstone Crown Court", "2025-04-11", "on Friday"),
            ("He is deeply ashamed", "Claire Amos", "person", "sentencing at Maidstone Crown Court", "hearing", "Maidstone Crown Court", "2025-04-11", "on Friday"),
            ("He has repaid every penny", "Claire Amos", "person", "sentencing at Maidstone Crown Court", "hearing", "Maidstone Crown Court", "2025-04-11", "on Friday"),
            ("Today's sentence sends", "Joanne Marsh", "person", "outside court", "press", "outside Maidstone Crown Court", "2025-04-11", "on Friday"),
        ],
    ),
    (
        "h08_festival_director",
        "Festival director steps down after twenty years",
        "2024-08-22",
        """Festival director steps down after twenty years

The founder of the Lakeside Music Festival, Gwen Harper, announced on Wednesday that this year's festival would be her last as director.

“It has been the joy of my life,” Harper said in a video posted on the festival's Facebook page. “But it is time for new ideas.”

Speaking to the Westmorland Gazette later that day, she said the decision had been hers alone. “Nobody pushed me,” she said. “I want to leave while it is still fun.”

The festival's chair, Robin Clay, paid tribute at a reception for volunteers in Kendal on Wednesday night. “Gwen built this from a field and a borrowed stage,” he told the volunteers.

Harper will stay on as an adviser.
""",
        [
            ("It has been the joy", "Gwen Harper", "person", "video posted on the festival's Facebook page", "social_post", None, "2024-08-21", "on Wednesday"),
            ("But it is time for new ideas", "Gwen Harper", "person", "video posted on the festival's Facebook page", "social_post", None, "2024-08-21", "on Wednesday"),
            ("Nobody pushed me", "Gwen Harper", "person", "speaking to the Westmorland Gazette", "interview", None, "2024-08-21", "later that day"),
            ("I want to leave while", "Gwen Harper", "person", "speaking to the Westmorland Gazette", "interview", None, "2024-08-21", "later that day"),
            ("Gwen built this from a field", "Robin Clay", "person", "reception for volunteers in Kendal", "meeting", "Kendal", "2024-08-21", "on Wednesday night"),
        ],
    ),
    (
        "h09_us_city_council",
        "Council approves bike lanes after heated debate",
        "2025-03-20",
        """Council approves bike lanes after heated debate

SPRINGFIELD, Ohio — The City Council voted 5-2 on Tuesday night to add protected bike lanes on Main Street, after more than three hours of public comment.

“This is about keeping people alive,” Councilwoman Dana Reyes said before the vote. “Two cyclists died on this street last year.”

Business owners packed the chamber. “You are going to kill the few shops we have left,” said Frank Ortiz, who owns a hardware store on Main Street.

Mayor Tom Hickey, who voted in favor, said afterward that the city would study parking. “We heard the concerns and we will act on them,” he told reporters.

Construction is scheduled to begin in June.

On Wednesday, Ortiz said on Facebook that he would collect signatures for a ballot measure. “This isn't over,” he wrote.
""",
        [
            ("This is about keeping people alive", "Dana Reyes", "person", "City Council meeting", "meeting", "Springfield, Ohio", "2025-03-18", "on Tuesday night"),
            ("Two cyclists died", "Dana Reyes", "person", "City Council meeting", "meeting", "Springfield, Ohio", "2025-03-18", "on Tuesday night"),
            ("You are going to kill", "Frank Ortiz", "person", "public comment at the City Council meeting", "meeting", "Springfield, Ohio", "2025-03-18", "on Tuesday night"),
            ("We heard the concerns", "Tom Hickey", "person", "told reporters after the vote", "press", "Springfield, Ohio", "2025-03-18", "on Tuesday night"),
            ("This isn't over", "Frank Ortiz", "person", "post on Facebook", "social_post", None, "2025-03-19", "On Wednesday"),
        ],
    ),
    (
        "h10_hustings",
        "Candidates clash over housing at hustings",
        "2024-06-21",
        """Candidates clash over housing at hustings

Candidates for the Stroud seat clashed over housing and sewage at a hustings organised by the Chamber of Trade at the Subscription Rooms on Thursday evening.

The Conservative candidate, Mark Ellis, defended his party's record. “We have built more homes in this district than at any time since the 1970s,” he said.

“That is simply not true,” replied Labour's Priya Shah. “Ask anyone under 35 in this room if they can afford to buy.”

The Green candidate, Tom Yates, said the rivers came first. “Our rivers are being used as open sewers,” he told the audience, to loud applause.

Earlier in the week, Shah had told the Stroud News that she expected a close race. “It will come down to a few hundred votes,” she said.
""",
        [
            ("We have built more homes", "Mark Ellis", "person", "hustings organised by the Chamber of Trade", "debate", "Subscription Rooms", "2024-06-20", "on Thursday evening"),
            ("That is simply not true", "Priya Shah", "person", "hustings organised by the Chamber of Trade", "debate", "Subscription Rooms", "2024-06-20", "on Thursday evening"),
            ("Ask anyone under 35", "Priya Shah", "person", "hustings organised by the Chamber of Trade", "debate", "Subscription Rooms", "2024-06-20", "on Thursday evening"),
            ("Our rivers are being used", "Tom Yates", "person", "hustings organised by the Chamber of Trade", "debate", "Subscription Rooms", "2024-06-20", "on Thursday evening"),
            ("It will come down to", "Priya Shah", "person", "told the Stroud News", "interview", None, None, "Earlier in the week"),
        ],
    ),
    (
        "h11_health_briefing",
        "Health board warns of winter pressure",
        "2024-11-28",
        """Health board warns of winter pressure

Hospitals in the Highlands are already running at full capacity, the chief executive of NHS Highland warned at a briefing for councillors in Inverness on Monday.

“We have had no breathing space at all since the summer,” Fiona Grant told the briefing. “Every bed is full by nine in the morning.”

She urged people to get flu vaccinations. “It is the single best thing anyone can do to help us,” she said.

The Scottish Government said in a statement that an extra £12m had been allocated to the board. A spokesman added: “We recognise the extraordinary pressure staff are under.”

Dr Ian Munro, a GP in Dingwall, said on BBC Radio Scotland on Tuesday that surgeries were struggling too. “We are seeing patients in corridors,” he said.
""",
        [
            ("We have had no breathing space", "Fiona Grant", "person", "briefing for councillors in Inverness", "meeting", "Inverness", "2024-11-25", "on Monday"),
            ("Every bed is full", "Fiona Grant", "person", "briefing for councillors in Inverness", "meeting", "Inverness", "2024-11-25", "on Monday"),
            ("It is the single best thing", "Fiona Grant", "person", "briefing for councillors in Inverness", "meeting", "Inverness", "2024-11-25", "on Monday"),
            ("We recognise the extraordinary", "Scottish Government", "organisation", "statement", "statement", None, None, None),
            ("We are seeing patients", "Ian Munro", "person", "BBC Radio Scotland", "broadcast", None, "2024-11-26", "on Tuesday"),
        ],
    ),
    (
        "h12_tweet_row",
        "Club owner apologises for post about fans",
        "2025-01-09",
        """Club owner apologises for post about fans

The owner of Fenwick Town, Gary Lister, has apologised after describing supporters who protested against him as “a noisy minority” in a post on X.

The post, published late on Monday, was viewed more than a million times before it was deleted. “Real fans back the club, not a noisy minority,” it read.

On Tuesday, Lister posted a second message. “I was wrong to say what I said and I apologise to every supporter,” he wrote.

The supporters' trust was not satisfied. “An apology on social media is not enough,” trust chair Ann Blake told the Northern Echo. “We want a meeting.”

Lister is due to meet the trust next week.
""",
        [
            ("a noisy minority”", "Gary Lister", "person", "post on X", "social_post", None, "2025-01-06", "late on Monday"),
            ("Real fans back the club", "Gary Lister", "person", "post on X", "social_post", None, "2025-01-06", "late on Monday"),
            ("I was wrong to say", "Gary Lister", "person", "second message", "social_post", None, "2025-01-07", "On Tuesday"),
            ("An apology on social media", "Ann Blake", "person", "told the Northern Echo", "interview", None, None, None),
            ("We want a meeting", "Ann Blake", "person", "told the Northern Echo", "interview", None, None, None),
        ],
    ),
    (
        "h13_school_board",
        "School board delays vote on four-day week",
        "2024-04-18",
        """School board delays vote on four-day week

DENVER — The Jefferson County school board postponed a vote on a four-day school week on Wednesday night after parents filled the meeting room at the district's headquarters in Golden.

Superintendent Laura Kim told the board that the change would save $2 million a year. “Nobody wants this, but we are out of options,” Kim said.

Parent Maria Lopez said working families would suffer. “Who is going to watch my kids on Fridays?” she asked the board.

Board president Eric Dunn said a decision would come in May. “We owe it to families to get this right,” he said after the meeting.

Teachers' union president Sam Holt welcomed the delay. “We were never consulted,” he said in an interview on Thursday.
""",
        [
            ("Nobody wants this", "Laura Kim", "person", "school board meeting", "meeting", "Golden", "2024-04-17", "on Wednesday night"),
            ("Who is going to watch", "Maria Lopez", "person", "school board meeting", "meeting", "Golden", "2024-04-17", "on Wednesday night"),
            ("We owe it to families", "Eric Dunn", "person", "after the meeting", "press", "Golden", "2024-04-17", "on Wednesday night"),
            ("We were never consulted", "Sam Holt", "person", "interview", "interview", None, "2024-04-18", "on Thursday"),
        ],
    ),
    (
        "h14_book_launch",
        "Novelist returns to her home town for launch",
        "2024-10-05",
        """Novelist returns to her home town for launch

The novelist Ruth Abernethy launched her new book at a packed event in Stonehaven library on Thursday night, thirty years after she left the town.

“This building is where I learned to read,” Abernethy told the audience. “It feels right to start here.”

The book, set in a fishing village during the war, has already been shortlisted for a prize. In an interview with The Herald last month, she said it had taken her eleven years to write. “I threw away two whole drafts,” she said.

Local councillor Iain Reid, who introduced her, said the town was proud. “She has put Stonehaven on the literary map,” he said.

“The ending made me cry,” wrote one reader in a review posted on Goodreads.
""",
        [
            ("This building is where", "Ruth Abernethy", "person", "book launch event in Stonehaven library", "speech", "Stonehaven library", "2024-10-03", "on Thursday night"),
            ("It feels right to start here", "Ruth Abernethy", "person", "book launch event in Stonehaven library", "speech", "Stonehaven library", "2024-10-03", "on Thursday night"),
            ("I threw away two whole drafts", "Ruth Abernethy", "person", "interview with The Herald", "interview", None, "2024-09", "last month"),
            ("She has put Stonehaven", "Iain Reid", "person", "book launch event in Stonehaven library", "speech", "Stonehaven library", "2024-10-03", "on Thursday night"),
            ("The ending made me cry", "reader", "unnamed", "review posted on Goodreads", "social_post", None, None, None),
        ],
    ),
    (
        "h15_police_appeal",
        "Police appeal for witnesses after hit-and-run",
        "2025-05-29",
        """Police appeal for witnesses after hit-and-run

Police have appealed for witnesses after a cyclist was seriously injured in a hit-and-run on the A38 near Lichfield on Sunday night.

Detective Inspector Karen Shaw said at a news conference at Lichfield police station on Tuesday that officers were searching for a dark blue van. “Someone knows who was driving that van,” she said. “I would urge them to come forward.”

The cyclist, a 42-year-old man, remains in a critical condition.

His sister, Emma Ward, spoke at the same news conference. “He is a husband and a dad of three,” she said. “Please help us.”

Staffordshire Police said in a statement on Wednesday that a man had been arrested. “A 36-year-old man from Tamworth has been arrested on suspicion of causing serious injury by dangerous driving,” the statement said.
""",
        [
            ("Someone knows who was driving", "Karen Shaw", "person", "news conference at Lichfield police station", "press", "Lichfield police station", "2025-05-27", "on Tuesday"),
            ("I would urge them", "Karen Shaw", "person", "news conference at Lichfield police station", "press", "Lichfield police station", "2025-05-27", "on Tuesday"),
            ("He is a husband and a dad", "Emma Ward", "person", "news conference at Lichfield police station", "press", "Lichfield police station", "2025-05-27", "on Tuesday"),
            ("Please help us", "Emma Ward", "person", "news conference at Lichfield police station", "press", "Lichfield police station", "2025-05-27", "on Tuesday"),
            ("A 36-year-old man from Tamworth", "Staffordshire Police", "organisation", "statement", "statement", None, "2025-05-28", "on Wednesday"),
        ],
    ),
    (
        "h16_gallery_opening",
        "Gallery reopens after two-year refit",
        "2024-03-08",
        """Gallery reopens after two-year refit

The Whitworth gallery in Manchester reopened to the public on Thursday after a two-year, £15m refurbishment.

Speaking at the opening ceremony, director Helena Marsh thanked the builders and the donors. “This is your gallery, and it is finally back,” she said.

Visitors queued from before 10 a.m. “I have been coming here since I was a child,” said retired teacher Colin Price, who was first through the doors. “It looks wonderful.”

The culture secretary, who was unable to attend, sent a message that was read out at the ceremony. “Galleries like this are the beating heart of our cities,” the message said.

In a radio interview on Wednesday, Marsh had admitted the project ran over budget. “We found problems nobody could have predicted,” she told BBC Radio Manchester.
""",
        [
            ("This is your gallery", "Helena Marsh", "person", "opening ceremony", "speech", "Whitworth gallery, Manchester", "2024-03-07", "on Thursday"),
            ("I have been coming here", "Colin Price", "person", "opening of the gallery", "other", "Whitworth gallery, Manchester", "2024-03-07", "on Thursday"),
            ("It looks wonderful", "Colin Price", "person", "opening of the gallery", "other", "Whitworth gallery, Manchester", "2024-03-07", "on Thursday"),
            ("Galleries like this", "culture secretary", "person", "message read out at the ceremony", "document", "Whitworth gallery, Manchester", "2024-03-07", "on Thursday"),
            ("We found problems nobody", "Helena Marsh", "person", "radio interview with BBC Radio Manchester", "interview", None, "2024-03-06", "on Wednesday"),
        ],
    ),
]

OPEN = "“"
CLOSE = "”"


def quote_span(text: str, piece: str) -> tuple[int, int]:
    at = text.index(piece)
    assert text.count(piece) == 1, piece
    start = text.rfind(OPEN, 0, at + 1)
    end = text.index(CLOSE, at) + 1
    return start, end


def main() -> None:
    docs, golds = [], []
    for doc_id, title, date, text, quotes in ARTICLES:
        docs.append({"id": doc_id, "title": title, "date": date, "source": None, "url": None,
                     "text": text})
        out = []
        for piece, speaker, kind, occasion, otype, place, odate, dtext in quotes:
            start, end = quote_span(text, piece)
            if dtext is not None:
                assert dtext in text, dtext
            if place is not None:
                for word in place.replace(",", " ").split():
                    assert word.lower() in text.lower(), (doc_id, word)
            out.append({
                "start": start, "end": end, "text": text[start:end], "speaker": speaker,
                "speaker_canonical": speaker, "speaker_kind": kind, "speaker_aliases": [],
                "kind": "speech", "occasion": occasion, "occasion_type": otype,
                "occasion_place": place, "occasion_date": odate, "occasion_date_text": dtext,
            })
        out.sort(key=lambda q: q["start"])
        golds.append({"doc_id": doc_id, "quotes": out})
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    print(f"{len(docs)} articles, {sum(len(g['quotes']) for g in golds)} quotes")


if __name__ == "__main__":
    main()
