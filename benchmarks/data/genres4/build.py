# ruff: noqa: E501 - one article or annotation a line reads best as data
"""Build genres4/docs.jsonl and gold.jsonl from the articles and annotations below.

Each article lists its speakers (canonical name, kind, aliases, entity id shared across
articles), its occasions and its quotes. A quote is named by a unique piece of its text; its
speaker mention by an anchor such as "[he] said", whose bracketed part is the mention and whose
nearest occurrence to the quote is taken. The script finds the spans (quotation marks included),
checks them (every opening mark is annotated, dates agree with weekdays, places and aliases occur
in the text) and writes the gold in FORMATS.md's resolved shape. Re-run after editing:
python build.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OPEN = "“"
CLOSE = "”"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
KINDS = {"s": ("speech", False), "sp": ("speech", True), "w": ("written", False),
         "wp": ("written", True), "t": ("term", True), "tw": ("term", False)}
OCCASION_TYPES = {"statement", "interview", "press", "speech", "debate", "hearing", "broadcast",
                  "social_post", "document", "meeting", "other"}

ARTICLES: list[dict[str, Any]] = []


def art(doc_id: str, title: str, date: str, source: str, text: str, speakers: dict[str, tuple[Any, ...]],
        occasions: dict[str, tuple[Any, ...]], quotes: list[tuple[Any, ...]]) -> None:
    ARTICLES.append({"id": doc_id, "title": title, "date": date, "source": source, "text": text,
                     "speakers": speakers, "occasions": occasions, "quotes": quotes})


def quote_span(text: str, piece: str) -> tuple[int, int]:
    assert text.count(piece) == 1, piece
    at = text.index(piece)
    if OPEN in piece:
        at += piece.index(OPEN)
    start = text.rfind(OPEN, 0, at + 1)
    close = text.find(CLOSE, at + 1)
    para_end = text.find("\n", at)
    # a quote running over paragraphs has no closing mark before its paragraph ends
    end = para_end if close == -1 or (para_end != -1 and para_end < close) else close + 1
    assert start != -1 and "\n" not in text[start:end], piece
    return start, end


def mention_span(text: str, anchor: str, qstart: int, qend: int) -> tuple[int, int]:
    m = re.fullmatch(r"(.*)\[(.+)\](.*)", anchor, re.S)
    assert m, anchor
    plain = m.group(1) + m.group(2) + m.group(3)
    best: tuple[int, int] | None = None
    for found in re.finditer(re.escape(plain), text):
        s = found.start() + len(m.group(1))
        e = s + len(m.group(2))
        if qstart <= s < qend:
            continue
        gap = qstart - e if e <= qstart else s - qend
        if best is None or gap < best[0]:
            best = (gap, s)
    assert best is not None and best[0] < 1200, (anchor, best)
    return best[1], best[1] + len(m.group(2))


def check_date(doc_date: str, odate: str | None, dtext: str | None, where: str) -> None:
    if odate is None or dtext is None:
        return
    pub = dt.date.fromisoformat(doc_date)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", dtext.lower()) and len(odate) == 10:
            day = dt.date.fromisoformat(odate)
            assert day.weekday() == i and 0 <= (pub - day).days < 7, (where, odate, dtext)
    if "yesterday" in dtext.lower():
        assert dt.date.fromisoformat(odate) == pub - dt.timedelta(days=1), where
    if dtext.lower() in {"today", "this morning"}:
        assert odate == doc_date, where


def build_article(a: dict[str, Any]) -> list[dict[str, Any]]:
    text, doc_id = a["text"], a["id"]
    out = []
    for row in a["quotes"]:
        piece, anchor, spk, occ, code = row
        kind, partial = KINDS[code]
        start, end = quote_span(text, piece)
        q: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
        if spk is None:
            assert kind == "term" and anchor is None, piece
            q.update(speaker=None, speaker_canonical=None, speaker_kind=None, speaker_aliases=[],
                     speaker_entity=None)
        else:
            canonical, skind, aliases, entity = a["speakers"][spk]
            assert skind in {"person", "organisation", "unnamed", "document"}, spk
            if skind in {"person", "organisation"}:
                assert canonical in text, (doc_id, canonical)
            for alias in aliases:
                assert alias in text, (doc_id, alias)
            mention = None
            if anchor is not None:
                ms, me = mention_span(text, anchor, start, end)
                mention = text[ms:me]
                q.update(speaker_start=ms, speaker_end=me)
            q.update(speaker=mention or canonical, speaker_canonical=canonical, speaker_kind=skind,
                     speaker_aliases=list(aliases), speaker_entity=entity)
        q.update(kind=kind, partial=partial)
        if occ is None:
            q.update(occasion=None, occasion_type=None, occasion_place=None, occasion_date=None,
                     occasion_date_text=None)
        else:
            occasion, otype, place, odate, dtext = a["occasions"][occ]
            assert otype is None or otype in OCCASION_TYPES, occ
            if dtext is not None:
                assert dtext in text, (doc_id, dtext)
            if place is not None:
                for word in place.replace(",", " ").split():
                    assert word.lower() in text.lower(), (doc_id, word)
            check_date(a["date"], odate, dtext, f"{doc_id}:{occ}")
            q.update(occasion=occasion, occasion_type=otype, occasion_place=place,
                     occasion_date=odate, occasion_date_text=dtext)
        out.append(q)
    out.sort(key=lambda q: q["start"])
    for before, after in pairwise(out):
        assert before["end"] <= after["start"], (doc_id, before["text"], after["text"])
    starts = {q["start"] for q in out}
    for i, ch in enumerate(text):
        if ch == OPEN:
            assert i in starts, (doc_id, text[i:i + 40])
    words = len(text.split())
    assert 350 <= words <= 900, (doc_id, words)
    return out


def main() -> None:
    docs, golds = [], []
    for a in ARTICLES:
        golds.append({"doc_id": a["id"], "quotes": build_article(a)})
        docs.append({"id": a["id"], "title": a["title"], "date": a["date"], "source": a["source"],
                     "url": None, "text": a["text"]})
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    seen: dict[str, set[str]] = {}
    for g in golds:
        for q in g["quotes"]:
            if q["speaker_entity"]:
                seen.setdefault(q["speaker_entity"], set()).add(g["doc_id"])
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    quotes = [q for g in golds for q in g["quotes"]]
    recurring = sorted(e for e, d in seen.items() if len(d) > 1)
    print(f"{len(docs)} articles, {len(quotes)} quotes "
          f"({sum(q['kind'] == 'term' for q in quotes)} terms, "
          f"{sum(q['partial'] for q in quotes if q['kind'] != 'term')} partial), "
          f"{sum(len(d['text'].split()) for d in docs)} words; "
          f"recurring entities: {', '.join(f'{e} ({len(seen[e])})' for e in recurring)}")




# --- local (UK and US): inquest, council, planning, transport, schools ---

art(
    "g4_l1_inquest_bus_stop", "Coroner to write to council after teenager killed at rural bus stop", "2025-03-14", "Exeter Evening Post",
    """Coroner to write to council after teenager killed at rural bus stop

A coroner has said she will write to Devon County Council after an inquest heard that a 16-year-old boy was killed while waiting at a bus stop with no pavement on a 60mph road.

Ellis Whitlock, from Crediton, was struck by a car on the A377 near Copplestone on the evening of November 4 last year. He died in hospital two days later.

Senior coroner Dr Fiona Marsden recorded a conclusion of accidental death at the end of a two-day inquest at County Hall in Exeter on Thursday. “Ellis did nothing wrong,” she said. “He was standing exactly where the timetable told him to stand.”

Dr Marsden said she would issue a prevention of future deaths report. “I am not satisfied that the risk at this stop has been addressed, and I intend to say so to the council in writing,” she told the court.

The inquest heard on Wednesday from Ellis's mother, Sarah Whitlock, who said she had complained about the stop twice in 2023. “I was told it was on a list,” she said. “Nobody ever told me what the list was.”

His father, Mark Whitlock, told the hearing that his son had texted him minutes before the collision. Mr Whitlock read the message aloud: “At the stop, bus is late again, see you at 7.” He said the family had since counted 14 near misses reported by neighbours.

The driver, a 71-year-old man from Okehampton who was not named in court, told police he had been dazzled by low sun. PC Daniel Royle, a collision investigator with Devon and Cornwall Police, said the car had been travelling at about 48mph. “There was no evidence of excessive speed,” he said, “but at that speed a pedestrian has little chance.”

A council highways engineer, Ruth Appleby, said a review of rural stops had been delayed by staff shortages. Asked by Mrs Whitlock's solicitor why the stop had not been moved, she replied: “It should have been. I accept that.”

In a statement issued after the hearing, Devon County Council said it had “accepted in full” the coroner's findings and that work to move the stop would begin “within weeks”. “Our thoughts remain with Ellis's family and everyone who loved him,” the statement said.

Outside County Hall, Mrs Whitlock said the family felt “listened to for the first time”. Her husband added: “We don't want another family sitting where we sat this week.”

The council must respond to the coroner's report within 56 days. Stagecoach, which runs the route, said it would review the position of stops on the A377 with the council.
""",
    {
        "marsden": ("Fiona Marsden", "person", ["Dr Fiona Marsden", "Dr Marsden", "Senior coroner", "coroner"], "fiona-marsden"),
        "sarah": ("Sarah Whitlock", "person", ["Mrs Whitlock", "Ellis's mother"], "sarah-whitlock"),
        "mark": ("Mark Whitlock", "person", ["Mr Whitlock", "His father", "Her husband"], "mark-whitlock"),
        "ellis": ("Ellis Whitlock", "person", ["Ellis"], "ellis-whitlock"),
        "royle": ("Daniel Royle", "person", ["PC Daniel Royle"], "daniel-royle"),
        "appleby": ("Ruth Appleby", "person", ["council highways engineer"], "ruth-appleby"),
        "council": ("Devon County Council", "organisation", ["the council"], "devon-county-council"),
    },
    {
        "thu": ("inquest at County Hall in Exeter", "hearing", "County Hall, Exeter", "2025-03-13", "on Thursday"),
        "wed": ("inquest at County Hall in Exeter", "hearing", "County Hall, Exeter", "2025-03-12", "on Wednesday"),
        "inq": ("inquest at County Hall in Exeter", "hearing", "County Hall, Exeter", None, None),
        "text": ("text message to his father", "document", None, "2024-11-04", "November 4"),
        "stmt": ("statement issued after the hearing", "statement", None, None, None),
        "outside": ("outside County Hall", "other", "County Hall", None, None),
    },
    [
        ("Ellis did nothing wrong", "wrong,” [she] said", "marsden", "thu", "s"),
        ("He was standing exactly", "wrong,” [she] said", "marsden", "thu", "s"),
        ("I am not satisfied", "[she] told the court", "marsden", "thu", "s"),
        ("I was told it was on a list", "list,” [she] said", "sarah", "wed", "s"),
        ("Nobody ever told me", "list,” [she] said", "sarah", "wed", "s"),
        ("At the stop, bus is late", "[his son] had texted", "ellis", "text", "w"),
        ("There was no evidence", "speed,” [he] said", "royle", "inq", "s"),
        ("but at that speed", "speed,” [he] said", "royle", "inq", "s"),
        ("It should have been", "[she] replied", "appleby", "inq", "s"),
        ("accepted in full", "[Devon County Council] said it had", "council", "stmt", "wp"),
        ("within weeks", "[Devon County Council] said it had", "council", "stmt", "wp"),
        ("Our thoughts remain", "the [statement] said", "council", "stmt", "w"),
        ("listened to for the first time", "[Mrs Whitlock] said the family", "sarah", "outside", "sp"),
        ("We don't want another family", "[Her husband] added", "mark", "outside", "s"),
    ],
)

art(
    "g4_l2_council_budget", "“We have run out of road”: council leader warns of cuts as tax rises 4.99%", "2025-02-27", "Harrowfield Gazette",
    """“We have run out of road”: council leader warns of cuts as tax rises 4.99%

Harrowfield's council leader has warned that the authority has “run out of road” after councillors approved a 4.99 per cent rise in council tax and the closure of two libraries.

The budget was passed by 31 votes to 22 at a full council meeting at Harrowfield Town Hall on Wednesday night, after a debate lasting more than four hours.

Councillor Angela Pryce, the Labour leader of the council, told the chamber that the authority had lost £38m in government funding since 2015. “We have run out of road,” she said. “Every option left to us is a bad one, and I will not pretend otherwise.”

She said the two libraries, in Dunmere and Ashby Vale, would be offered to community groups. “If a group comes forward with a workable plan, we will hand over the keys,” Cllr Pryce said.

The leader of the Conservative opposition, Cllr Robert Nkemelu, called the budget “a counsel of despair”. “This administration has had ten years to fix its finances and has chosen to blame everyone but itself,” he said.

Liberal Democrat councillor Jean Pryce, who is no relation of the leader, read out a letter from 40 Dunmere residents. “Our library is the only warm public building within two miles,” the letter said. “Closing it will leave older people with nowhere to go.”

The council's finance director, Michael Trent, warned in a report to councillors earlier this month that reserves could be exhausted by 2027. “Without further savings the council's general reserve will fall below its legal minimum within two years,” the report said.

Dave Collins, branch secretary of Unison, said staff were “exhausted”. In a statement on Thursday, the union said: “Our members have absorbed cut after cut. This budget asks them to do the impossible.”

Speaking to the Harrowfield Gazette after the vote, Cllr Angela Pryce said she expected more difficult decisions next year, when the council's funding settlement is due to be reviewed. “I would love to be standing here announcing new libraries,” she said. “That is not the world we are in.”

Residents will see the increase in their bills from April. A band D household will pay £2,214 a year, an increase of about £105.
""",
    {
        "pryce": ("Angela Pryce", "person", ["Councillor Angela Pryce", "Cllr Angela Pryce", "Cllr Pryce", "Harrowfield's council leader", "council leader"], "angela-pryce"),
        "nkemelu": ("Robert Nkemelu", "person", ["Cllr Robert Nkemelu", "leader of the Conservative opposition"], "robert-nkemelu"),
        "residents": ("40 Dunmere residents", "unnamed", [], "g4l2-dunmere-residents"),
        "trent": ("Michael Trent", "person", ["finance director"], "michael-trent"),
        "collins": ("Dave Collins", "person", [], "dave-collins"),
        "unison": ("Unison", "organisation", ["the union"], "unison"),
    },
    {
        "meet": ("full council meeting at Harrowfield Town Hall", "meeting", "Harrowfield Town Hall", "2025-02-26", "on Wednesday night"),
        "letter": ("letter from 40 Dunmere residents", "document", None, None, None),
        "report": ("report to councillors", "document", None, "2025-02", "earlier this month"),
        "stmt": ("statement", "statement", None, "2025-02-27", "on Thursday"),
        "gazette": ("interview with the Harrowfield Gazette", "interview", None, None, None),
    },
    [
        ("We have run out of road”:", "[council leader] warns", "pryce", "meet", "s"),
        ("has “run out of road”", "[Harrowfield's council leader] has warned", "pryce", "meet", "sp"),
        ("We have run out of road,”", "road,” [she] said", "pryce", "meet", "s"),
        ("Every option left", "road,” [she] said", "pryce", "meet", "s"),
        ("If a group comes forward", "keys,” [Cllr Pryce] said", "pryce", "meet", "s"),
        ("a counsel of despair", "[Cllr Robert Nkemelu], called", "nkemelu", "meet", "sp"),
        ("This administration has had", "itself,” [he] said", "nkemelu", "meet", "s"),
        ("Our library is the only", "the [letter] said", "residents", "letter", "w"),
        ("Closing it will leave", "the [letter] said", "residents", "letter", "w"),
        ("Without further savings", "the [report] said", "trent", "report", "w"),
        ("“exhausted”", "[Dave Collins], branch", "collins", None, "sp"),
        ("Our members have absorbed", "[the union] said", "unison", "stmt", "w"),
        ("I would love to be standing", "libraries,” [she] said", "pryce", "gazette", "s"),
        ("That is not the world", "libraries,” [she] said", "pryce", "gazette", "s"),
    ],
)

art(
    "g4_l3_stadium_planning", "Bramley Town's new stadium approved despite residents' fears", "2025-06-05", "Yorkshire Evening Press",
    """Bramley Town's new stadium approved despite residents' fears

Bramley Town Football Club's plans for a 9,000-seat stadium on the former Kirkgate gasworks site were approved by Leeds City Council's planning committee on Tuesday.

Councillors voted seven to four in favour after a three-hour meeting at Leeds Civic Hall, at which more than 30 residents spoke against the scheme.

A report by council planning officers, published last week, had recommended approval. “The benefits of bringing a derelict brownfield site back into use are considered to outweigh the harm to residential amenity,” the report said. It described parking as “the principal outstanding concern”.

Objector Margaret Hale, 68, who has lived on Gasworks Lane for 40 years, told the committee that matchdays would turn her street into a car park. “On a Saturday I will not be able to get an ambulance to my door,” she said.

The club's chief executive, Sandra Boateng, said the stadium would create 140 permanent jobs and host a community sports hall. “This is about far more than football,” she told councillors. “It is a community building that happens to have a pitch in the middle.”

The committee chair, Cllr Neil Farrow, said the decision had not been easy. “We have listened to every objection,” he said, before proposing a condition requiring a residents' parking scheme to be in place before the first match.

Bramley Town's manager, Tomás Rueda, who watched from the public gallery, later posted a video on the club's X account. “Today is a great day for this club and for the city,” the Spaniard said in the video. “The players will have a home they deserve.”

Rueda, whose side finished fourth in League One this season, said in a separate interview with BBC Radio Leeds on Wednesday that the move would help him attract players. “When I talk to a player now, I have to apologise for the dressing rooms,” he said, laughing. “In two years I will not have to.”

Not everyone was convinced. The Kirkgate Residents' Association said in a statement that it was considering a legal challenge and had begun raising money for a barrister. “The committee has ignored the people who actually live here,” it said.

The club has played at the 4,000-capacity Moor Lane ground since 1921. Building work is expected to begin in the autumn, with the first match at the new stadium pencilled in for August 2027.
""",
    {
        "report": ("planning officers' report", "document", ["the report"], "g4l3-planning-report"),
        "hale": ("Margaret Hale", "person", ["Objector Margaret Hale"], "margaret-hale"),
        "boateng": ("Sandra Boateng", "person", ["chief executive"], "sandra-boateng"),
        "farrow": ("Neil Farrow", "person", ["Cllr Neil Farrow", "committee chair"], "neil-farrow"),
        "rueda": ("Tomás Rueda", "person", ["Rueda", "the Spaniard", "Bramley Town's manager"], "tomas-rueda"),
        "kra": ("Kirkgate Residents' Association", "organisation", [], "kirkgate-residents-association"),
    },
    {
        "report": ("report by council planning officers", "document", None, None, "last week"),
        "meet": ("planning committee meeting", "meeting", "Leeds Civic Hall", "2025-06-03", "on Tuesday"),
        "video": ("video on the club's X account", "social_post", None, None, None),
        "radio": ("interview with BBC Radio Leeds", "interview", None, "2025-06-04", "on Wednesday"),
        "stmt": ("statement", "statement", None, None, None),
    },
    [
        ("The benefits of bringing", "the [report] said", "report", "report", "w"),
        ("the principal outstanding concern", "[It] described parking", "report", "report", "wp"),
        ("On a Saturday I will not", "door,” [she] said", "hale", "meet", "s"),
        ("This is about far more", "[she] told councillors", "boateng", "meet", "s"),
        ("It is a community building", "[she] told councillors", "boateng", "meet", "s"),
        ("We have listened to every", "objection,” [he] said", "farrow", "meet", "s"),
        ("Today is a great day", "[the Spaniard] said in the video", "rueda", "video", "s"),
        ("The players will have a home", "[the Spaniard] said in the video", "rueda", "video", "s"),
        ("When I talk to a player", "[he] said, laughing", "rueda", "radio", "s"),
        ("In two years I will not", "[he] said, laughing", "rueda", "radio", "s"),
        ("The committee has ignored", "here,” [it] said", "kra", "stmt", "w"),
    ],
)

art(
    "g4_l4_transit_vote", "Riverton council backs $310 million bus rapid transit line", "2025-04-23", "The Riverton Ledger",
    """Riverton council backs $310 million bus rapid transit line

RIVERTON, Ohio — The Riverton City Council voted 6-3 on Tuesday night to approve a $310 million bus rapid transit line along Main Street, ending two years of debate over the project.

Mayor Dana Whitfield, who has made the line the centerpiece of her second term, called the vote “a turning point for this city.” Speaking to reporters outside the council chamber after the vote, she said the line would connect the east side to jobs downtown for the first time in decades.

“For too long, if you didn't own a car in this city, you didn't really have a way to get to work,” Whitfield said. “Tonight we changed that.”

Councilwoman Tanya Brooks, who represents the east side, said her constituents had waited long enough. “My grandmother rode a streetcar on Main Street,” Brooks said during the debate. “My kids deserve a bus that actually shows up.”

Opponents argued the project would hurt small businesses during construction. Councilman Greg Lutz said he had heard from dozens of shop owners. “They are terrified,” Lutz said. “Eighteen months of orange barrels on Main Street could put half of them out of business.”

The Riverton Area Chamber of Commerce, which had urged a delay, said in a statement Wednesday that it would work with the city “to keep Main Street open for business.”

Federal money will cover about half the cost. A spokeswoman for the Federal Transit Administration said the agency had received Riverton's application and was reviewing it. “We do not comment on pending grant decisions,” she said.

Construction is expected to start next spring. Jim Castellano, who has run a hardware store on Main Street since 1987, said he would believe it when he saw it. “I've heard about this bus for 20 years,” he told The Riverton Ledger on Wednesday. “I'll be retired before it comes.”

Whitfield, asked about the business concerns on Wednesday morning during her weekly call-in show on WRVN radio, said the city would set up a $5 million fund to help affected shops with rent and marketing. “No one should lose a business because the city finally decided to build something,” she said.
""",
    {
        "whitfield": ("Dana Whitfield", "person", ["Mayor Dana Whitfield", "Whitfield"], "dana-whitfield"),
        "brooks": ("Tanya Brooks", "person", ["Councilwoman Tanya Brooks", "Brooks"], "tanya-brooks"),
        "lutz": ("Greg Lutz", "person", ["Councilman Greg Lutz", "Lutz"], "greg-lutz"),
        "chamber": ("Riverton Area Chamber of Commerce", "organisation", [], "riverton-area-chamber-of-commerce"),
        "fta": ("Federal Transit Administration spokeswoman", "unnamed", ["A spokeswoman for the Federal Transit Administration"], "g4l4-fta-spokeswoman"),
        "castellano": ("Jim Castellano", "person", [], "jim-castellano"),
    },
    {
        "press": ("remarks to reporters outside the council chamber", "press", "outside the council chamber", "2025-04-22", "on Tuesday night"),
        "meet": ("Riverton City Council meeting", "meeting", "council chamber", "2025-04-22", "on Tuesday night"),
        "stmt": ("statement", "statement", None, "2025-04-23", "Wednesday"),
        "ledger": ("interview with The Riverton Ledger", "interview", None, "2025-04-23", "on Wednesday"),
        "radio": ("weekly call-in show on WRVN radio", "broadcast", None, "2025-04-23", "on Wednesday morning"),
    },
    [
        ("a turning point for this city", "[Mayor Dana Whitfield], who", "whitfield", "press", "sp"),
        ("For too long", "work,” [Whitfield] said", "whitfield", "press", "s"),
        ("Tonight we changed that", "work,” [Whitfield] said", "whitfield", "press", "s"),
        ("My grandmother rode", "[Brooks] said during the debate", "brooks", "meet", "s"),
        ("My kids deserve", "[Brooks] said during the debate", "brooks", "meet", "s"),
        ("They are terrified", "terrified,” [Lutz] said", "lutz", "meet", "s"),
        ("Eighteen months of orange", "terrified,” [Lutz] said", "lutz", "meet", "s"),
        ("to keep Main Street open", "[The Riverton Area Chamber of Commerce], which", "chamber", "stmt", "wp"),
        ("We do not comment on pending", "decisions,” [she] said", "fta", None, "s"),
        ("I've heard about this bus", "[he] told The Riverton Ledger", "castellano", "ledger", "s"),
        ("I'll be retired", "[he] told The Riverton Ledger", "castellano", "ledger", "s"),
        ("No one should lose a business", "something,” [she] said", "whitfield", "radio", "s"),
    ],
)

art(
    "g4_l5_school_closures", "Cosumnes Valley board votes to close two elementary schools", "2025-05-16", "Sacramento Valley Courier",
    """Cosumnes Valley board votes to close two elementary schools

ELK GROVE, Calif. — Trustees of the Cosumnes Valley Unified School District voted 4-1 on Thursday night to close Harmon and Willow Creek elementary schools at the end of the next school year, citing a $14 million deficit and falling enrollment.

The vote followed nearly three hours of public comment at the district office, where parents held signs reading “Save Willow Creek” and “Kids Not Cuts.”

Superintendent Dr. Alan Mercer told the board the district had “no good choices left.” “We have 1,900 empty seats across our elementary schools,” Mercer said. “We cannot keep heating and staffing buildings for children who are not there.”

Trustee Linda Okafor, the only no vote, said the district had not done enough to find savings elsewhere, including in its central office. “We are asking the youngest kids in this district to pay for decisions the adults made,” she said.

Parent Rosa Delgado, whose two sons attend Willow Creek, fought back tears as she addressed trustees. “My boys walk to school,” she said. “Now they will be on a bus for 40 minutes. Did anyone on this board think about that?”

The Cosumnes Valley Teachers Association said in a letter to trustees earlier this month that closures should be “the last resort, not the first.” Association president Kevin Marsh said Friday that teachers at both schools would be offered positions elsewhere in the district. “Nobody is losing a job because of this vote, and we intend to keep it that way,” he said in a phone interview.

Board President Steven Cho said after the meeting that the decision was the hardest of his 12 years on the board. “I went to Harmon,” he said. “My daughter went to Harmon. This was not easy.”

Enrollment in the district's elementary schools has fallen by 18 percent since 2015, according to state figures, as young families have moved to cheaper suburbs further south.

The district will hold community meetings at both schools next month to plan the transition. A district spokeswoman said students would be assigned to their new schools by February and that bus routes would be published at the same time.
""",
    {
        "parents": ("parents", "unnamed", [], "g4l5-parents"),
        "mercer": ("Alan Mercer", "person", ["Superintendent Dr. Alan Mercer", "Mercer"], "alan-mercer"),
        "okafor": ("Linda Okafor", "person", ["Trustee Linda Okafor"], "linda-okafor"),
        "delgado": ("Rosa Delgado", "person", ["Parent Rosa Delgado"], "rosa-delgado"),
        "cvta": ("Cosumnes Valley Teachers Association", "organisation", [], "cosumnes-valley-teachers-association"),
        "marsh": ("Kevin Marsh", "person", ["Association president Kevin Marsh"], "kevin-marsh"),
        "cho": ("Steven Cho", "person", ["Board President Steven Cho"], "steven-cho"),
    },
    {
        "signs": ("signs at the board meeting", "document", "district office", "2025-05-15", "on Thursday night"),
        "meet": ("school board meeting", "meeting", "district office", "2025-05-15", "on Thursday night"),
        "letter": ("letter to trustees", "document", None, "2025-05", "earlier this month"),
        "phone": ("phone interview", "interview", None, "2025-05-16", "Friday"),
        "after": ("after the meeting", "press", "district office", "2025-05-15", "on Thursday night"),
    },
    [
        ("Save Willow Creek", "[parents] held signs", "parents", "signs", "wp"),
        ("Kids Not Cuts", "[parents] held signs", "parents", "signs", "wp"),
        ("no good choices left", "[Superintendent Dr. Alan Mercer] told", "mercer", "meet", "sp"),
        ("We have 1,900 empty seats", "[Mercer] said", "mercer", "meet", "s"),
        ("We cannot keep heating", "[Mercer] said", "mercer", "meet", "s"),
        ("We are asking the youngest", "made,” [she] said", "okafor", "meet", "s"),
        ("My boys walk to school", "school,” [she] said", "delgado", "meet", "s"),
        ("Now they will be on a bus", "school,” [she] said", "delgado", "meet", "s"),
        ("the last resort, not the first", "[The Cosumnes Valley Teachers Association] said", "cvta", "letter", "wp"),
        ("Nobody is losing a job", "[he] said in a phone interview", "marsh", "phone", "s"),
        ("I went to Harmon", "Harmon,” [he] said", "cho", "after", "s"),
        ("My daughter went to Harmon", "Harmon,” [he] said", "cho", "after", "s"),
    ],
)


# --- wire: datelines, several sources, governments by their capitals, agencies ---

art(
    "g4_w1_chile_royalty", "Chile raises copper royalty, miners warn of investment freeze", "2025-07-09", "Reuters",
    """Chile raises copper royalty, miners warn of investment freeze

SANTIAGO, July 9 (Reuters) - Chile will raise the royalty it charges large copper miners from next year, Mining Minister Carolina Fuentes said on Tuesday, brushing aside warnings from the industry that the move would freeze new investment.

The increase, which takes the top rate to 32 percent of operating margin for the biggest producers, is expected to raise about $1.1 billion a year for regional development funds, according to finance ministry estimates.

“Copper belongs to all Chileans, and its wealth must reach every region, not only the shareholders,” Fuentes told a news conference at the La Moneda presidential palace. “This is a fair rate by any international comparison.”

The National Mining Society (Sonami), which represents the industry, said in a statement that the change “sends exactly the wrong signal” to investors at a time of rising costs. “Projects worth more than $20 billion are now under review,” the statement said.

Santiago pushed back against that figure. “The royalty was approved by Congress and will be applied as approved,” Santiago said in a statement on Wednesday, adding that production had risen in each of the past three years.

A senior finance ministry official went further. “The industry has been predicting a collapse for ten years,” the official told Reuters, speaking on condition of anonymity because talks with companies were continuing.

Analysts were divided. “The rate itself is manageable. What worries investors is that this is the third change in five years,” said Ignacio Varela, a mining analyst at BTG Pactual in Santiago. “Predictability is worth more than a few points of royalty.”

Workers at state-owned Codelco, the world's largest copper producer, welcomed the decision. The president of the Federation of Copper Workers, Héctor Molina, told Radio Bío-Bío on Wednesday that the money would “finally stay in the north.”

The Chilean government has said the revenue will be shared among the country's 16 regions, with mining areas such as Antofagasta receiving the largest share.

BHP, which operates the Escondida mine, the world's biggest, declined to comment. Anglo American said it was “studying the details” of the change.

Copper prices were little changed on the London Metal Exchange on Wednesday at $9,640 a tonne.

(Reporting by Fabián Cambero; Editing by Natalie Thomas)
""",
    {
        "fuentes": ("Carolina Fuentes", "person", ["Mining Minister Carolina Fuentes", "Fuentes"], "carolina-fuentes"),
        "sonami": ("National Mining Society", "organisation", ["Sonami"], "national-mining-society"),
        "gov": ("Chilean government", "organisation", ["Santiago"], "chilean-government"),
        "official": ("senior finance ministry official", "unnamed", ["A senior finance ministry official", "the official"], "g4w1-finance-official"),
        "varela": ("Ignacio Varela", "person", [], "ignacio-varela"),
        "molina": ("Héctor Molina", "person", ["president of the Federation of Copper Workers"], "hector-molina"),
        "anglo": ("Anglo American", "organisation", [], "anglo-american"),
    },
    {
        "press": ("news conference at the La Moneda presidential palace", "press", "La Moneda presidential palace", "2025-07-08", "on Tuesday"),
        "sonami": ("statement", "statement", None, None, None),
        "gov": ("statement", "statement", None, "2025-07-09", "on Wednesday"),
        "reuters": ("told Reuters", "interview", None, None, None),
        "radio": ("told Radio Bío-Bío", "interview", None, "2025-07-09", "on Wednesday"),
    },
    [
        ("Copper belongs to all Chileans", "[Fuentes] told a news conference", "fuentes", "press", "s"),
        ("This is a fair rate", "[Fuentes] told a news conference", "fuentes", "press", "s"),
        ("sends exactly the wrong signal", "[The National Mining Society] (Sonami)", "sonami", "sonami", "wp"),
        ("Projects worth more than", "the [statement] said", "sonami", "sonami", "w"),
        ("The royalty was approved", "[Santiago] said in a statement", "gov", "gov", "w"),
        ("The industry has been predicting", "the [official] told Reuters", "official", "reuters", "s"),
        ("The rate itself is manageable", "said [Ignacio Varela]", "varela", None, "s"),
        ("Predictability is worth more", "said [Ignacio Varela]", "varela", None, "s"),
        ("finally stay in the north", "[Héctor Molina], told", "molina", "radio", "sp"),
        ("studying the details", "[Anglo American] said it was", "anglo", None, "sp"),
    ],
)

art(
    "g4_w2_chad_refugees", "UN warns of “catastrophic” gap as Sudanese refugees pour into Chad", "2025-08-20", "AFP",
    """UN warns of “catastrophic” gap as Sudanese refugees pour into Chad

GENEVA (AFP) - The UN refugee agency warned on Tuesday that it faced a “catastrophic” shortfall in funding for eastern Chad, where more than 40,000 people fleeing fighting in Sudan's Darfur region have arrived since the start of the month.

“We are seeing families who have walked for ten days with nothing, arriving at sites where we cannot even give them a plastic sheet,” UNHCR spokeswoman Marta Lindgren told reporters at the regular UN briefing in Geneva.

She said the agency's appeal for Chad was only 19 percent funded. “If money does not arrive in the next few weeks, we will have to cut water and food rations in camps that are already overcrowded,” Lindgren said.

The World Food Programme said it had already halved rations for 200,000 refugees. “We are being forced to choose between the hungry and the starving,” WFP's country director in Chad, Idriss Baldé, said in a statement.

N'Djamena, which hosts more than 1.2 million Sudanese refugees, says its patience is running out. “Chad has kept its border open when others closed theirs. The international community must now keep its promises,” the Chadian government said in a statement read on state television on Monday.

Doctors Without Borders (MSF), which runs clinics in the border town of Adré, said cases of acute malnutrition among children under five had doubled in a month. “Our teams are seeing children die of causes that are entirely preventable,” said Claire Dubois, MSF's emergency coordinator, speaking by telephone from Adré.

Refugees described attacks on their villages. Fatima Abakar, 34, who reached Adré with her four children last week, told AFP that armed men had burned her home in El Geneina. “They took everything. They said: ‘Leave or die.’ So we left,” she said.

The war between Sudan's army and the paramilitary Rapid Support Forces has killed tens of thousands of people since April 2023 and driven more than 12 million from their homes, according to UN figures.

At the same briefing, UN human rights office spokesman Jonas Weber said the office had received reports of “ethnically targeted killings” in West Darfur. “These reports must be investigated urgently and those responsible held to account,” he said.

The UN Security Council is due to discuss Sudan on Thursday.
""",
    {
        "unhcr": ("UNHCR", "organisation", ["UN refugee agency", "UN"], "unhcr"),
        "lindgren": ("Marta Lindgren", "person", ["Lindgren", "UNHCR spokeswoman"], "marta-lindgren"),
        "balde": ("Idriss Baldé", "person", ["WFP's country director in Chad"], "idriss-balde"),
        "chad": ("Chadian government", "organisation", ["N'Djamena"], "chadian-government"),
        "dubois": ("Claire Dubois", "person", ["MSF's emergency coordinator"], "claire-dubois"),
        "abakar": ("Fatima Abakar", "person", [], "fatima-abakar"),
        "weber": ("Jonas Weber", "person", ["UN human rights office spokesman"], "jonas-weber"),
    },
    {
        "brief": ("regular UN briefing in Geneva", "press", "Geneva", "2025-08-19", "on Tuesday"),
        "wfp": ("statement", "statement", None, None, None),
        "chad": ("statement read on state television", "statement", None, "2025-08-18", "on Monday"),
        "phone": ("speaking by telephone from Adré", "interview", "Adré", None, None),
        "afp": ("told AFP", "interview", None, None, None),
    },
    [
        ("“catastrophic” gap", "[UN] warns", "unhcr", "brief", "sp"),
        ("a “catastrophic” shortfall", "[The UN refugee agency] warned", "unhcr", "brief", "sp"),
        ("We are seeing families", "UNHCR spokeswoman [Marta Lindgren] told", "lindgren", "brief", "s"),
        ("If money does not arrive", "[Lindgren] said", "lindgren", "brief", "s"),
        ("We are being forced to choose", "[Idriss Baldé], said", "balde", "wfp", "w"),
        ("Chad has kept its border open", "[the Chadian government] said", "chad", "chad", "w"),
        ("Our teams are seeing children", "said [Claire Dubois]", "dubois", "phone", "s"),
        ("They took everything", "left,” [she] said", "abakar", "afp", "s"),
        ("ethnically targeted killings", "[Jonas Weber] said", "weber", "brief", "sp"),
        ("These reports must be investigated", "account,” [he] said", "weber", "brief", "s"),
    ],
)

art(
    "g4_w3_ghana_cholera", "Ghana cholera outbreak spreads to capital as cases pass 4,000", "2025-09-12", "Associated Press",
    """Ghana cholera outbreak spreads to capital as cases pass 4,000

ACCRA, Ghana (AP) — A cholera outbreak in Ghana has spread to the capital, with more than 4,000 suspected cases and 61 deaths recorded since late July, health officials said Thursday.

The Ghana Health Service said in a statement that 312 new cases had been confirmed in the Greater Accra region in the past week, most of them in low-lying neighborhoods that flooded during heavy rains earlier this month.

“We are at a critical point,” Health Minister Kofi Mensah-Bonsu told lawmakers in parliament on Thursday. “If we do not get clean water to these communities within days, this outbreak will get away from us.”

The World Health Organization said it had shipped 500,000 doses of oral cholera vaccine from the global stockpile. “Vaccines buy time, but they are not a substitute for safe water and sanitation,” the WHO's regional director for Africa, Dr. Amina Diallo, said in a statement from Brazzaville.

Dr. Kwame Asante, a Ghanaian epidemiologist at the London School of Hygiene & Tropical Medicine who has studied earlier outbreaks in the country, said the timing was worrying. “The rainy season is only half over,” Asante told The Associated Press in a phone interview. “The pattern we saw in 2014 was a slow start and then an explosion in October.”

In 2014, Ghana recorded more than 28,000 cases and 243 deaths, one of its worst outbreaks in decades.

At the Korle Bu Teaching Hospital, Accra's largest, a temporary treatment tent has been set up in the car park. Nurse Abena Owusu said staff were working double shifts. “We had 40 patients last night and only 25 beds,” she said. “People are lying on mats on the floor.”

Ghana's government has been criticized for slow progress on sanitation. Opposition lawmaker Samuel Adjei said the outbreak was “entirely predictable.” In a post on X on Wednesday, he wrote: “Every year we bury people because we cannot build drains. This is a national disgrace.”

The WHO has assessed the risk at the national level as “high” and at the regional level as “moderate.”

Authorities have banned street food sales in the affected districts and urged residents to boil drinking water.
""",
    {
        "minister": ("Kofi Mensah-Bonsu", "person", ["Health Minister Kofi Mensah-Bonsu"], "kofi-mensah-bonsu"),
        "diallo": ("Amina Diallo", "person", ["Dr. Amina Diallo", "WHO's regional director for Africa"], "amina-diallo"),
        "asante": ("Kwame Asante", "person", ["Dr. Kwame Asante", "Asante"], "kwame-asante"),
        "owusu": ("Abena Owusu", "person", ["Nurse Abena Owusu"], "abena-owusu"),
        "adjei": ("Samuel Adjei", "person", ["Opposition lawmaker Samuel Adjei"], "samuel-adjei"),
        "who": ("World Health Organization", "organisation", ["WHO", "The WHO"], "world-health-organization"),
    },
    {
        "parl": ("address to lawmakers in parliament", "speech", "parliament", "2025-09-11", "on Thursday"),
        "who": ("statement from Brazzaville", "statement", "Brazzaville", None, None),
        "ap": ("phone interview with The Associated Press", "interview", None, None, None),
        "x": ("post on X", "social_post", None, "2025-09-10", "on Wednesday"),
    },
    [
        ("We are at a critical point", "[Health Minister Kofi Mensah-Bonsu] told", "minister", "parl", "s"),
        ("If we do not get clean water", "[Health Minister Kofi Mensah-Bonsu] told", "minister", "parl", "s"),
        ("Vaccines buy time", "[Dr. Amina Diallo], said", "diallo", "who", "w"),
        ("The rainy season is only half", "[Asante] told The Associated Press", "asante", "ap", "s"),
        ("The pattern we saw in 2014", "[Asante] told The Associated Press", "asante", "ap", "s"),
        ("We had 40 patients", "beds,” [she] said", "owusu", None, "s"),
        ("People are lying on mats", "beds,” [she] said", "owusu", None, "s"),
        ("entirely predictable", "Opposition lawmaker [Samuel Adjei] said", "adjei", None, "sp"),
        ("Every year we bury people", "[he] wrote", "adjei", "x", "w"),
        ("“high”", "[The WHO] has assessed", "who", None, "sp"),
        ("“moderate.”", "[The WHO] has assessed", "who", None, "sp"),
    ],
)

art(
    "g4_w4_eu_chile_lithium", "EU and Chile sign lithium pact as Brussels races to secure battery metals", "2025-10-03", "Reuters",
    """EU and Chile sign lithium pact as Brussels races to secure battery metals

BRUSSELS, Oct 2 (Reuters) - The European Union and Chile signed an agreement on Thursday to cooperate on lithium and copper supply, as Brussels seeks to reduce its dependence on China for the raw materials needed for electric car batteries.

EU trade commissioner Henrik Lund and Chilean Foreign Minister Rodrigo Salas signed the memorandum at the European Commission's Berlaymont headquarters. “Europe needs partners it can trust, and Chile is one of them,” Lund told a joint news conference after the signing.

Salas said the deal would bring investment in refining, not just mining. “We do not want to be a country that digs holes and ships rocks,” he said. “We want the value to stay in Chile.”

The agreement commits both sides to joint projects on processing and recycling but sets no binding volumes, according to a text seen by Reuters. “The parties shall endeavour to facilitate investment in sustainable raw material value chains,” the text says.

Santiago has been cautious about foreign control of its lithium, which it declared a strategic resource in 2023. In a statement issued in Santiago on Thursday evening, the Chilean government said the memorandum “fully respects national sovereignty over strategic minerals.”

Chile's mining minister, Carolina Fuentes, who led a round of talks with European companies in Brussels earlier this week, told Reuters in an interview on Wednesday that several firms were preparing bids. “We have had serious conversations with at least four European groups,” Fuentes said. “I expect announcements before the end of the year.”

Environmental groups were less enthusiastic. “Lithium extraction in the Atacama is already draining water from indigenous communities,” said Sofía Quispe of the Observatorio Plurinacional de Salares Andinos. “Signing a memorandum in Brussels does not change that.”

Industry welcomed the deal. Eurometaux, the European non-ferrous metals association, said in a statement that it was “an important first step” but warned that Europe still lacked refining capacity.

One EU diplomat, who asked not to be named, said the text had been “watered down” during the negotiations. “Everyone wanted a signing ceremony more than they wanted commitments,” the diplomat said.

Chile is the world's second-largest producer of lithium after Australia and holds the largest known reserves.
""",
    {
        "lund": ("Henrik Lund", "person", ["EU trade commissioner Henrik Lund", "Lund"], "henrik-lund"),
        "salas": ("Rodrigo Salas", "person", ["Chilean Foreign Minister Rodrigo Salas", "Salas"], "rodrigo-salas"),
        "text": ("EU-Chile memorandum", "document", ["the memorandum", "the text"], "g4w4-memorandum"),
        "gov": ("Chilean government", "organisation", ["Santiago"], "chilean-government"),
        "fuentes": ("Carolina Fuentes", "person", ["Chile's mining minister", "Fuentes"], "carolina-fuentes"),
        "quispe": ("Sofía Quispe", "person", [], "sofia-quispe"),
        "eurometaux": ("Eurometaux", "organisation", ["European non-ferrous metals association"], "eurometaux"),
        "diplomat": ("EU diplomat", "unnamed", ["the diplomat"], "g4w4-eu-diplomat"),
    },
    {
        "press": ("joint news conference after the signing", "press", "European Commission's Berlaymont headquarters", "2025-10-02", "on Thursday"),
        "text": ("text of the agreement", "document", None, None, None),
        "gov": ("statement", "statement", "Santiago", "2025-10-02", "on Thursday evening"),
        "reuters": ("interview with Reuters", "interview", None, "2025-10-01", "on Wednesday"),
        "euro": ("statement", "statement", None, None, None),
    },
    [
        ("Europe needs partners", "[Lund] told a joint news conference", "lund", "press", "s"),
        ("We do not want to be a country", "rocks,” [he] said", "salas", "press", "s"),
        ("We want the value to stay", "rocks,” [he] said", "salas", "press", "s"),
        ("The parties shall endeavour", "the [text] says", "text", "text", "w"),
        ("fully respects national sovereignty", "[the Chilean government] said", "gov", "gov", "wp"),
        ("We have had serious conversations", "groups,” [Fuentes] said", "fuentes", "reuters", "s"),
        ("I expect announcements", "groups,” [Fuentes] said", "fuentes", "reuters", "s"),
        ("Lithium extraction in the Atacama", "said [Sofía Quispe]", "quispe", None, "s"),
        ("Signing a memorandum in Brussels", "said [Sofía Quispe]", "quispe", None, "s"),
        ("an important first step", "[Eurometaux], the European", "eurometaux", "euro", "wp"),
        ("watered down", "[One EU diplomat], who", "diplomat", None, "sp"),
        ("Everyone wanted a signing ceremony", "the [diplomat] said", "diplomat", None, "s"),
    ],
)

art(
    "g4_w5_typhoon_hinamo", "Typhoon Hinamo forces 900,000 to evacuate in southern Japan", "2025-09-01", "AFP",
    """Typhoon Hinamo forces 900,000 to evacuate in southern Japan

TOKYO (AFP) - More than 900,000 people in southern Japan were ordered to evacuate on Monday as Typhoon Hinamo approached Kyushu with gusts of up to 250 kilometres an hour, the government said.

The Japan Meteorological Agency (JMA) issued its highest “special warning” for Kagoshima prefecture, a level used only when a disaster on a scale seen once in several decades is expected.

“Please take action to protect your life immediately,” JMA forecast division chief Ryota Kuroda told a news conference in Tokyo on Sunday evening. “Conditions will be unlike anything most residents have experienced.”

Chief Cabinet Secretary Hiroshi Tanabe said at his regular briefing on Monday morning that the Self-Defense Forces were on standby to help with rescues. “The government will do everything in its power to protect people's lives,” he said.

Japan Airlines and All Nippon Airways cancelled more than 1,200 domestic flights. “Safety is our absolute priority,” All Nippon Airways said in a statement, adding that it would waive change fees for affected passengers. Kyushu Railway suspended bullet train services between Hakata and Kagoshima-Chuo.

In Kagoshima city, residents taped up windows and queued for supplies. “I have lived here for 70 years and I have never seen the shops empty like this,” Michiko Yamada, 78, told AFP outside a supermarket on Sunday.

Her son, Takeshi Yamada, said he had driven from Fukuoka to take her to an evacuation centre. “She did not want to leave, but I told her the house can be rebuilt and she cannot,” he said.

Across the sea, the South Korean government raised its storm alert for the southern island of Jeju. “All passenger ferries to Jeju will remain in port until the storm has passed,” Seoul said on Monday.

“The typhoon may affect Jeju and the southern coast from Tuesday afternoon,” the Korea Meteorological Administration said in its latest bulletin.

South Korea's interior minister, Park Min-seo, told a meeting of disaster officials that local authorities should move people out of low-lying areas early. “We are preparing for the worst case,” she said.

Hinamo is the tenth named storm of the Pacific season. Forecasters expect it to weaken as it crosses Kyushu and heads north towards the Sea of Japan on Wednesday.
""",
    {
        "kuroda": ("Ryota Kuroda", "person", ["JMA forecast division chief Ryota Kuroda"], "ryota-kuroda"),
        "tanabe": ("Hiroshi Tanabe", "person", ["Chief Cabinet Secretary Hiroshi Tanabe"], "hiroshi-tanabe"),
        "ana": ("All Nippon Airways", "organisation", [], "all-nippon-airways"),
        "michiko": ("Michiko Yamada", "person", [], "michiko-yamada"),
        "takeshi": ("Takeshi Yamada", "person", ["Her son"], "takeshi-yamada"),
        "seoul": ("South Korean government", "organisation", ["Seoul"], "south-korean-government"),
        "kma": ("Korea Meteorological Administration", "organisation", [], "korea-meteorological-administration"),
        "park": ("Park Min-seo", "person", ["South Korea's interior minister"], "park-min-seo"),
    },
    {
        "jma": ("news conference in Tokyo", "press", "Tokyo", "2025-08-31", "on Sunday evening"),
        "brief": ("regular briefing", "press", None, "2025-09-01", "on Monday morning"),
        "ana": ("statement", "statement", None, None, None),
        "afp": ("told AFP outside a supermarket", "interview", "outside a supermarket, Kagoshima", "2025-08-31", "on Sunday"),
        "seoul": (None, None, None, "2025-09-01", "on Monday"),
        "kma": ("latest bulletin", "statement", None, None, None),
        "meet": ("meeting of disaster officials", "meeting", None, None, None),
    },
    [
        ("special warning", None, None, None, "t"),
        ("Please take action", "[Ryota Kuroda] told a news conference", "kuroda", "jma", "s"),
        ("Conditions will be unlike", "[Ryota Kuroda] told a news conference", "kuroda", "jma", "s"),
        ("The government will do everything", "lives,” [he] said", "tanabe", "brief", "s"),
        ("Safety is our absolute priority", "[All Nippon Airways] said in a statement", "ana", "ana", "w"),
        ("I have lived here for 70 years", "[Michiko Yamada], 78", "michiko", "afp", "s"),
        ("She did not want to leave", "cannot,” [he] said", "takeshi", None, "s"),
        ("All passenger ferries to Jeju", "[Seoul] said on Monday", "seoul", "seoul", "s"),
        ("The typhoon may affect Jeju", "the [Korea Meteorological Administration] said", "kma", "kma", "w"),
        ("We are preparing for the worst", "case,” [she] said", "park", "meet", "s"),
    ],
)


# --- science, environment and health ---

art(
    "g4_s1_songbird_migration", "Songbirds arriving in Britain a week earlier than in the 1990s, study finds", "2025-04-10", "The Courier",
    """Songbirds arriving in Britain a week earlier than in the 1990s, study finds

Migrating songbirds are arriving in Britain almost a week earlier than they did 30 years ago, but many are still missing the peak of the insects they feed their chicks, according to a study published on Wednesday in the journal Nature.

Researchers at the University of Bristol analysed more than 2.4 million records collected by volunteer birdwatchers between 1994 and 2023 for 28 species, including the swallow, the willow warbler and the cuckoo.

“Birds are doing their best to keep up with a warming climate, and on average they are doing remarkably well,” said Dr Hannah Okoye, the study's lead author. “But ‘on average’ hides a lot of losers.”

She told the Guardian that long-distance migrants from sub-Saharan Africa were struggling most. “A cuckoo in the Congo basin has no way of knowing that spring has come early in Sussex,” Okoye said.

The paper reports that species whose arrival dates had not shifted declined by an average of 38 per cent over the period. “Failure to advance arrival is strongly associated with population decline,” the authors write.

Prof Lars Eriksen, a co-author from Lund University in Sweden, said in a press release issued by the journal that the findings showed the value of citizen science. “No research team could ever collect data on this scale,” he said. “This study belongs to the thousands of volunteers who went out every spring with a notebook.”

Dr Julia Benton, head of conservation science at the RSPB, who was not involved in the research, called the study “a landmark”. “It confirms what many birdwatchers have been telling us for years,” she said. “The question now is what we can do about it, and the answer has to include protecting stopover sites in Europe and Africa.”

The British Trust for Ornithology, which coordinated much of the volunteer data, said in a statement that it would use the results to decide where to focus its monitoring. “We will be asking our volunteers to pay particular attention to cuckoos and nightingales this spring,” the statement said.

The researchers now plan to fit tracking tags to 200 birds to study how they time their journeys north.
""",
    {
        "okoye": ("Hannah Okoye", "person", ["Dr Hannah Okoye", "Okoye", "the study's lead author"], "hannah-okoye"),
        "authors": ("study's authors", "unnamed", ["the authors"], "g4s1-authors"),
        "eriksen": ("Lars Eriksen", "person", ["Prof Lars Eriksen"], "lars-eriksen"),
        "benton": ("Julia Benton", "person", ["Dr Julia Benton", "head of conservation science at the RSPB"], "julia-benton"),
        "bto": ("British Trust for Ornithology", "organisation", [], "british-trust-for-ornithology"),
    },
    {
        "guardian": ("told the Guardian", "interview", None, None, None),
        "paper": ("paper in the journal Nature", "document", None, "2025-04-09", "on Wednesday"),
        "release": ("press release issued by the journal", "statement", None, None, None),
        "bto": ("statement", "statement", None, None, None),
    },
    [
        ("Birds are doing their best", "said [Dr Hannah Okoye]", "okoye", None, "s"),
        ("hides a lot of losers", "said [Dr Hannah Okoye]", "okoye", None, "s"),
        ("A cuckoo in the Congo basin", "Sussex,” [Okoye] said", "okoye", "guardian", "s"),
        ("Failure to advance arrival", "the [authors] write", "authors", "paper", "w"),
        ("No research team could ever", "scale,” [he] said", "eriksen", "release", "w"),
        ("This study belongs to the thousands", "scale,” [he] said", "eriksen", "release", "w"),
        ("a landmark", "[Dr Julia Benton], head", "benton", None, "sp"),
        ("It confirms what many birdwatchers", "years,” [she] said", "benton", None, "s"),
        ("The question now is what", "years,” [she] said", "benton", None, "s"),
        ("We will be asking our volunteers", "the [statement] said", "bto", "bto", "w"),
    ],
)

art(
    "g4_s2_porpoise_piling", "Wind farm builder agrees to halt piling during porpoise calving season", "2025-05-02", "The Northern Echo",
    """Wind farm builder agrees to halt piling during porpoise calving season

Halden Energy has agreed to suspend the noisiest construction work on its Dogger Ridge offshore wind farm for three months each summer, after conservationists warned that piling noise could drive harbour porpoises from their breeding grounds.

The company's chief executive, Marcus Delaney, announced the change on Thursday at a renewable energy conference in Aberdeen. “We want to build the biggest wind farm in the North Sea without harming the animals that live there,” he told delegates. “Those two things are not in conflict if we plan properly.”

Piling, in which steel foundations are hammered into the seabed, produces noise that porpoises can hear more than 20 kilometres away. A study published last year by researchers at the University of St Andrews found that porpoises left areas near piling for up to three days.

The North Sea Wildlife Trust, which had threatened legal action, welcomed the decision. “This is a real win for porpoises, and it shows that pressure works,” said its director of marine policy, Dr Fiona Gallagher. She said the trust would monitor the site. “We will be watching, with hydrophones in the water, to make sure the promise is kept,” she added.

Natural England, the government's adviser on the natural environment, said in a letter to the company dated April 14 that the original construction plan posed “a significant risk” to the population. The letter, published on Thursday, said: “Without seasonal restrictions we are unable to advise that an adverse effect on site integrity can be ruled out.”

Delaney had previously argued that restrictions would add cost. In an interview with the Financial Times in February, he said delays could cost the project “tens of millions of pounds”. On Thursday he said the company had found ways to make up the time. “Our engineers have re-sequenced the whole programme,” he said.

Not everyone is happy. Fishermen in Whitby say the wind farm's exclusion zones will cut them off from traditional grounds. “They talk about porpoises, but nobody talks about us,” said skipper Alan Birtwhistle, whose family has fished from Whitby for four generations.

In a statement, Halden Energy said the wind farm, due to be completed in 2028, would power 1.8 million homes. “Dogger Ridge remains on schedule and on budget,” the company said.

The project is one of the largest in the government's plan to quadruple offshore wind capacity by 2030.
""",
    {
        "delaney": ("Marcus Delaney", "person", ["Delaney", "chief executive"], "marcus-delaney"),
        "gallagher": ("Fiona Gallagher", "person", ["Dr Fiona Gallagher", "director of marine policy"], "fiona-gallagher"),
        "ne": ("Natural England", "organisation", ["The letter"], "natural-england"),
        "birtwhistle": ("Alan Birtwhistle", "person", ["skipper Alan Birtwhistle"], "alan-birtwhistle"),
        "halden": ("Halden Energy", "organisation", ["the company"], "halden-energy"),
    },
    {
        "conf": ("renewable energy conference in Aberdeen", "speech", "Aberdeen", "2025-05-01", "on Thursday"),
        "conf2": ("renewable energy conference in Aberdeen", "speech", "Aberdeen", "2025-05-01", "On Thursday"),
        "letter": ("letter to the company", "document", None, "2025-04-14", "April 14"),
        "ft": ("interview with the Financial Times", "interview", None, "2025-02", "in February"),
        "stmt": ("statement", "statement", None, None, None),
    },
    [
        ("We want to build the biggest", "[he] told delegates", "delaney", "conf", "s"),
        ("Those two things are not", "[he] told delegates", "delaney", "conf", "s"),
        ("This is a real win", "[Dr Fiona Gallagher]", "gallagher", None, "s"),
        ("We will be watching", "[she] added", "gallagher", None, "s"),
        ("a significant risk", "[Natural England], the government's", "ne", "letter", "wp"),
        ("Without seasonal restrictions", "[The letter], published", "ne", "letter", "w"),
        ("tens of millions of pounds", "[he] said delays", "delaney", "ft", "sp"),
        ("Our engineers have re-sequenced", "programme,” [he] said", "delaney", "conf2", "s"),
        ("They talk about porpoises", "said skipper [Alan Birtwhistle]", "birtwhistle", None, "s"),
        ("Dogger Ridge remains on schedule", "the [company] said", "halden", "stmt", "w"),
    ],
)

art(
    "g4_s3_corridor_care", "Health secretary “not in denial” as report finds record trolley waits", "2025-01-16", "The Courier",
    """Health secretary “not in denial” as report finds record trolley waits

Nearly one in five patients admitted through A&E in England last month waited more than 12 hours on a trolley, the highest figure on record, according to a report published on Thursday by the Health Policy Institute.

The think tank's analysis of NHS England data found that 54,000 people waited at least 12 hours from the decision to admit them to getting a bed in December, and that “corridor care” had become routine in more than half of hospital trusts.

“What was once an emergency measure has become a feature of the system,” the report says. “Patients are being treated in spaces never designed for care.”

Its author, Dr Tom Reilly, said the figures should “shock everyone”. Speaking at the report's launch in Westminster on Thursday morning, he said: “We are now seeing people die on trolleys in corridors. That is not a crisis, it is a choice.”

The health secretary, Priya Raman, said in a statement that the government was “not in denial” about the pressure on hospitals. “These figures are unacceptable and I take responsibility for fixing them,” Ms Raman said. “Our urgent care plan will put 5,000 more beds into the system by next winter.”

Dr Sunita Rao, president of the Royal College of Emergency Medicine, said the plan was welcome but late. “Every winter we hear about next winter,” she told BBC Breakfast on Thursday. “Staff are exhausted and patients are frightened.”

One senior NHS England official, who spoke on condition of anonymity, said hospitals had been told to avoid using the phrase corridor care in public. “The language changes, the corridors don't,” the official said.

Jean Hollis, 81, from Stockport, spent 31 hours on a trolley at Stepping Hill Hospital earlier this month after a fall. Her daughter, Karen Hollis, wrote about it on Facebook in a post that has been shared more than 40,000 times. “My mum lay in a corridor next to the toilets for a day and a half,” she wrote. “The nurses were wonderful. The system is broken.”

NHS England said in a statement that it was “working flat out” with trusts to free up beds, including by discharging medically fit patients faster.

The report comes a week before MPs on the health select committee are due to question Ms Raman on winter pressures.
""",
    {
        "report": ("Health Policy Institute report", "document", ["the report"], "g4s3-hpi-report"),
        "reilly": ("Tom Reilly", "person", ["Dr Tom Reilly", "Its author"], "tom-reilly"),
        "raman": ("Priya Raman", "person", ["Ms Raman", "health secretary", "Health secretary"], "priya-raman"),
        "rao": ("Sunita Rao", "person", ["Dr Sunita Rao", "president of the Royal College of Emergency Medicine"], "sunita-rao"),
        "official": ("senior NHS England official", "unnamed", ["the official"], "g4s3-nhs-official"),
        "karen": ("Karen Hollis", "person", ["Her daughter"], "karen-hollis"),
        "nhse": ("NHS England", "organisation", [], "nhs-england"),
    },
    {
        "report": ("report published by the Health Policy Institute", "document", None, "2025-01-16", "on Thursday"),
        "launch": ("report's launch in Westminster", "speech", "Westminster", "2025-01-16", "on Thursday morning"),
        "stmt": ("statement", "statement", None, None, None),
        "bbc": ("BBC Breakfast", "broadcast", None, "2025-01-16", "on Thursday"),
        "fb": ("post on Facebook", "social_post", None, None, None),
    },
    [
        ("“not in denial” as report", "[Health secretary] “not", "raman", "stmt", "wp"),
        ("corridor care”", None, None, None, "t"),
        ("What was once an emergency", "the [report] says", "report", "report", "w"),
        ("Patients are being treated", "the [report] says", "report", "report", "w"),
        ("shock everyone", "[Dr Tom Reilly], said", "reilly", "launch", "sp"),
        ("We are now seeing people die", "morning, [he] said", "reilly", "launch", "s"),
        ("was “not in denial” about", "[Priya Raman], said in a statement", "raman", "stmt", "wp"),
        ("These figures are unacceptable", "them,” [Ms Raman] said", "raman", "stmt", "w"),
        ("Our urgent care plan", "them,” [Ms Raman] said", "raman", "stmt", "w"),
        ("Every winter we hear", "[she] told BBC Breakfast", "rao", "bbc", "s"),
        ("Staff are exhausted", "[she] told BBC Breakfast", "rao", "bbc", "s"),
        ("The language changes", "the [official] said", "official", None, "s"),
        ("My mum lay in a corridor", "[she] wrote", "karen", "fb", "w"),
        ("The nurses were wonderful", "[she] wrote", "karen", "fb", "w"),
        ("working flat out", "[NHS England] said in a statement", "nhse", "stmt", "wp"),
    ],
)

art(
    "g4_s4_antibiotic_resistance", "Drug-resistant infections linked to 1.4 million deaths in a year, study finds", "2025-11-06", "The Courier",
    """Drug-resistant infections linked to 1.4 million deaths in a year, study finds

Infections that no longer respond to antibiotics were directly responsible for about 1.4 million deaths worldwide in 2023, according to the largest analysis of its kind, published in The Lancet on Wednesday.

The study, led by researchers at the London School of Hygiene & Tropical Medicine, drew on hospital records, death certificates and laboratory data from 198 countries. It estimates that deaths from antimicrobial resistance (AMR) could rise by 70 per cent by 2050 without new drugs and better use of existing ones.

“This is a slow-moving pandemic, and it is already here,” said Prof Kwame Asante, an epidemiologist at the school and one of the study's senior authors. “The numbers are not projections from a model. They are people who died last year because the drugs stopped working.”

Asante, who has spent two decades studying infectious disease in west Africa, said the burden fell most heavily on poorer countries. Speaking at a briefing for journalists at the Science Media Centre in London on Tuesday, before the paper was published, he said: “A child in sub-Saharan Africa is ten times more likely to die of a resistant infection than a child in western Europe.”

The paper's authors call for “urgent and sustained” investment in new antibiotics, noting that only two new classes have been approved since 2000.

The World Health Organization, which contributed data to the study, said in a statement that the findings were “a stark warning”. “Antimicrobial resistance threatens to undo a century of medical progress,” the WHO said. “Routine surgery, caesarean sections and cancer treatment all depend on antibiotics that work.”

Dr Rachel Whitcombe, a microbiologist at the University of Birmingham who was not involved in the study, called it “robust”. “The methods are careful and, if anything, the estimates are likely to be conservative,” she told The Courier.

The pharmaceutical industry says the market for new antibiotics is broken because new drugs are held in reserve and sold in small quantities. “Companies cannot recoup the cost of development when the best outcome is a drug that sits on a shelf,” said Thomas Brandt, director general of the International Federation of Pharmaceutical Manufacturers and Associations.

The study was funded by the Wellcome Trust and the Gates Foundation.

Asante said he hoped the figures would focus minds at a UN meeting on AMR next year. “Politicians respond to numbers,” he said. “Now they have one.”
""",
    {
        "asante": ("Kwame Asante", "person", ["Prof Kwame Asante", "Asante"], "kwame-asante"),
        "authors": ("study's authors", "unnamed", ["The paper's authors"], "g4s4-authors"),
        "who": ("World Health Organization", "organisation", ["the WHO"], "world-health-organization"),
        "whitcombe": ("Rachel Whitcombe", "person", ["Dr Rachel Whitcombe"], "rachel-whitcombe"),
        "brandt": ("Thomas Brandt", "person", ["director general of the International Federation of Pharmaceutical Manufacturers and Associations"], "thomas-brandt"),
    },
    {
        "smc": ("briefing for journalists at the Science Media Centre", "press", "Science Media Centre, London", "2025-11-04", "on Tuesday"),
        "paper": ("paper in The Lancet", "document", None, "2025-11-05", "on Wednesday"),
        "stmt": ("statement", "statement", None, None, None),
        "courier": ("told The Courier", "interview", None, None, None),
    },
    [
        ("This is a slow-moving pandemic", "said [Prof Kwame Asante]", "asante", None, "s"),
        ("The numbers are not projections", "said [Prof Kwame Asante]", "asante", None, "s"),
        ("A child in sub-Saharan Africa", "published, [he] said", "asante", "smc", "s"),
        ("urgent and sustained", "[The paper's authors] call", "authors", "paper", "wp"),
        ("a stark warning", "[The World Health Organization], which", "who", "stmt", "wp"),
        ("Antimicrobial resistance threatens", "progress,” [the WHO] said", "who", "stmt", "w"),
        ("Routine surgery, caesarean", "progress,” [the WHO] said", "who", "stmt", "w"),
        ("“robust”", "[Dr Rachel Whitcombe], a microbiologist", "whitcombe", "courier", "sp"),
        ("The methods are careful", "[she] told The Courier", "whitcombe", "courier", "s"),
        ("Companies cannot recoup", "said [Thomas Brandt]", "brandt", None, "s"),
        ("Politicians respond to numbers", "numbers,” [he] said", "asante", None, "s"),
        ("Now they have one", "numbers,” [he] said", "asante", None, "s"),
    ],
)

art(
    "g4_s5_hottest_summer", "Summer 2025 was the UK's hottest on record, Met Office confirms", "2025-09-03", "The Courier",
    """Summer 2025 was the UK's hottest on record, Met Office confirms

This summer was the hottest in the UK since records began in 1884, the Met Office confirmed on Monday, with a mean temperature of 16.3C across June, July and August.

The figure beats the previous record, set in 2018, by 0.4C. England had its driest summer for half a century, and hosepipe bans remain in force for 14 million people across the south and east.

“A summer like this would have been almost impossible without climate change,” said Dr Eleanor Hughes, head of the Met Office's National Climate Information Centre. “What we once called extreme is becoming normal,” she added.

In its provisional statistics, the Met Office said: “The chance of a summer as hot as 2025 has increased from around one in 300 in a pre-industrial climate to around one in five today.”

Farmers say they have been hit hard. Speaking at a National Farmers' Union meeting in Peterborough last week, the NFU's deputy president, Gareth Lloyd, said wheat yields in eastern England were down by up to a third. “Some of my members have had the worst harvest they can remember,” he said. “We cannot keep absorbing these shocks without help.”

Water companies have come under fire for leaks. Anglian Water, which imposed a hosepipe ban in July, said in a statement that it was investing £1bn in new reservoirs. “We know customers are frustrated, and we are sorry,” the company said.

Campaigners said the record should prompt action. “This is what the science told us would happen, and it is happening faster than most people expected,” Friends of the Earth's climate campaigner, Ruth Adeyemi, told The Times. She called the government's adaptation plan “a document full of good intentions and empty of money”.

A spokesperson for the Department for Environment, Food and Rural Affairs said: “We are investing record sums in flood and drought resilience, and we will set out further plans this autumn.”

At Kew Gardens, the lawns have turned brown for the third summer in five years. “We are rethinking what a British garden looks like,” said Kew's director of horticulture, Marta Ferreira, who is trialling drought-tolerant plants from the Mediterranean.

The Met Office's autumn outlook, published on Tuesday, suggests a wetter than average September.
""",
    {
        "hughes": ("Eleanor Hughes", "person", ["Dr Eleanor Hughes", "head of the Met Office's National Climate Information Centre"], "eleanor-hughes"),
        "metoffice": ("Met Office", "organisation", [], "met-office"),
        "lloyd": ("Gareth Lloyd", "person", ["NFU's deputy president"], "gareth-lloyd"),
        "anglian": ("Anglian Water", "organisation", ["the company"], "anglian-water"),
        "adeyemi": ("Ruth Adeyemi", "person", ["Friends of the Earth's climate campaigner"], "ruth-adeyemi"),
        "defra": ("Department for Environment, Food and Rural Affairs spokesperson", "unnamed", ["A spokesperson for the Department for Environment, Food and Rural Affairs"], "g4s5-defra-spokesperson"),
        "ferreira": ("Marta Ferreira", "person", ["Kew's director of horticulture"], "marta-ferreira"),
    },
    {
        "stats": ("provisional statistics", "document", None, "2025-09-01", "on Monday"),
        "nfu": ("National Farmers' Union meeting in Peterborough", "meeting", "Peterborough", None, "last week"),
        "stmt": ("statement", "statement", None, None, None),
        "times": ("told The Times", "interview", None, None, None),
    },
    [
        ("A summer like this would have", "said [Dr Eleanor Hughes]", "hughes", None, "s"),
        ("What we once called extreme", "[she] added", "hughes", None, "s"),
        ("The chance of a summer as hot", "the [Met Office] said:", "metoffice", "stats", "w"),
        ("Some of my members have had", "remember,” [he] said", "lloyd", "nfu", "s"),
        ("We cannot keep absorbing", "remember,” [he] said", "lloyd", "nfu", "s"),
        ("We know customers are frustrated", "the [company] said", "anglian", "stmt", "w"),
        ("This is what the science told us", "[Ruth Adeyemi], told The Times", "adeyemi", "times", "s"),
        ("a document full of good intentions", "[She] called", "adeyemi", "times", "sp"),
        ("We are investing record sums", "A [spokesperson] for the Department", "defra", None, "s"),
        ("We are rethinking what a British garden", "[Marta Ferreira], who", "ferreira", None, "s"),
    ],
)


# --- sport: football, cricket, tennis, athletics, US baseball ---

art(
    "g4_sp1_rueda_penalty", "Rueda fumes at “scandalous” penalty as Bramley slip out of play-off places", "2025-03-03", "Yorkshire Evening Press",
    """Rueda fumes at “scandalous” penalty as Bramley slip out of play-off places

Bramley Town manager Tomás Rueda accused referee Simon Cole of making a “scandalous” decision after a late penalty handed Portsdown Athletic a 2-1 win at Moor Lane on Saturday.

Bramley led through Kofi Antwi's first-half header until the 81st minute, when Portsdown's Danny Fry went down under a challenge from defender Liam Shaw. Fry converted the penalty himself, and substitute Jordan Oyelaran headed the winner in stoppage time.

Antwi's goal, his ninth of the season, came from a Shaw free-kick in the 23rd minute, and Bramley might have been further ahead had Portsdown goalkeeper Ryan Doyle not saved twice from winger Marcus Teale before the break. The win was Portsdown's first away from home since October.

“I have watched it ten times and there is no contact, none,” Rueda said in his post-match press conference. “The referee was 40 yards away and he guessed. It is scandalous.”

The Spaniard, whose side have now lost three of their last four League One games, said he would not be writing to the referees' body. “What is the point? They will send me a letter saying ‘we support our officials’, and that is it,” he said.

Portsdown manager Gary Whitmore said he had not yet seen a replay. “From where I was standing it looked a penalty, but I'm biased,” he told reporters. “I thought we deserved something from the second half anyway.”

Fry, asked by BBC Radio Leeds whether he had dived, said: “I felt the contact and I went down. I'm not going to apologise for that.”

Bramley captain Liam Shaw told the club's YouTube channel that the dressing room was “gutted”. “We've thrown away points from winning positions too many times this season,” Shaw said. “That's on us, not the referee.”

In a brief statement on Sunday, Professional Game Match Officials Limited, which manages referees, said: “We do not comment on individual decisions outside our regular review process.”

Rueda could face a Football Association charge for his comments. An FA spokesman said on Monday that the governing body was “looking into” the remarks.

Bramley are seventh in League One, two points off the play-off places, and travel to Lincoln on Tuesday night.
""",
    {
        "rueda": ("Tomás Rueda", "person", ["Rueda", "The Spaniard", "Bramley Town manager"], "tomas-rueda"),
        "whitmore": ("Gary Whitmore", "person", ["Portsdown manager Gary Whitmore"], "gary-whitmore"),
        "fry": ("Danny Fry", "person", ["Fry"], "danny-fry"),
        "shaw": ("Liam Shaw", "person", ["Bramley captain Liam Shaw", "Shaw"], "liam-shaw"),
        "pgmol": ("Professional Game Match Officials Limited", "organisation", [], "pgmol"),
        "fa": ("Football Association spokesman", "unnamed", ["An FA spokesman"], "g4sp1-fa-spokesman"),
    },
    {
        "press": ("post-match press conference", "press", "Moor Lane", "2025-03-01", "on Saturday"),
        "whitmore": ("told reporters", "press", "Moor Lane", "2025-03-01", "on Saturday"),
        "radio": ("BBC Radio Leeds", "interview", None, None, None),
        "yt": ("club's YouTube channel", "interview", None, None, None),
        "pgmol": ("brief statement", "statement", None, "2025-03-02", "on Sunday"),
        "fa": (None, None, None, "2025-03-03", "on Monday"),
    },
    [
        ("“scandalous” penalty", "[Rueda] fumes", "rueda", "press", "sp"),
        ("a “scandalous” decision", "manager [Tomás Rueda] accused", "rueda", "press", "sp"),
        ("I have watched it ten times", "[Rueda] said in his post-match", "rueda", "press", "s"),
        ("The referee was 40 yards away", "[Rueda] said in his post-match", "rueda", "press", "s"),
        ("What is the point?", "it,” [he] said", "rueda", "press", "s"),
        ("From where I was standing", "[he] told reporters", "whitmore", "whitmore", "s"),
        ("I thought we deserved something", "[he] told reporters", "whitmore", "whitmore", "s"),
        ("I felt the contact", "[Fry], asked by", "fry", "radio", "s"),
        ("gutted", "Bramley captain [Liam Shaw] told", "shaw", "yt", "sp"),
        ("We've thrown away points", "season,” [Shaw] said", "shaw", "yt", "s"),
        ("That's on us, not the referee", "season,” [Shaw] said", "shaw", "yt", "s"),
        ("We do not comment on individual", "[Professional Game Match Officials Limited], which", "pgmol", "pgmol", "w"),
        ("looking into", "An FA [spokesman] said", "fa", "fa", "sp"),
    ],
)

art(
    "g4_sp2_pollard_lords", "Pollard's six wickets put England on brink of Lord's victory", "2025-07-14", "The Courier",
    """Pollard's six wickets put England on brink of Lord's victory

England need 94 more runs with seven wickets in hand to win the third Test against India after Harry Pollard took a career-best six for 41 on the fourth day at Lord's on Sunday.

The Lancashire fast bowler, playing only his fifth Test, ripped through India's middle order after lunch as the tourists collapsed from 187 for three to 231 all out. India had resumed on 98 for one, and opener Karan Malhotra made a patient 71 before edging Pollard to second slip, the first of four wickets to fall in 29 balls.

“It's the best day of my life, honestly,” Pollard told Sky Sports at the close. “My dad's in the crowd, and he's been coming here since before I was born.”

Pollard, 24, said the ball had started to swing when the clouds came over. “Once it started going, I just tried to keep it simple and hit the top of off stump,” he said.

England captain Ben Ashworth, who will resume on 38 not out, said at his press conference that the job was “only half done”. “We've been in this position before and not finished it,” Ashworth said. “Tomorrow morning is everything.”

India's captain, Rohan Mehta, refused to concede. “We have bowled sides out for less than 100 at Lord's before,” he said. “Our bowlers will come out fresh, and the new ball is due early.”

Not everyone was impressed with India's batting. Former England captain Michael Holt, commentating on Test Match Special, called the collapse “a horror show”.

There was concern for England opener Sam Cullinan, who retired hurt on 12 after being struck on the helmet by a short ball from Arjun Rao. In a statement on Sunday evening, the England and Wales Cricket Board said: “Sam passed a concussion assessment and is expected to bat if required.”

Mehta also took aim at the surface. In a video posted on the BCCI's X account, he said the pitch had “changed character completely” after the second day and was now offering uneven bounce.

Pollard's figures are the best by an England bowler at Lord's against India since 2011. Play on the final day starts at 11am, with rain forecast for the afternoon.
""",
    {
        "pollard": ("Harry Pollard", "person", ["Pollard", "The Lancashire fast bowler"], "harry-pollard"),
        "ashworth": ("Ben Ashworth", "person", ["England captain Ben Ashworth", "Ashworth"], "ben-ashworth"),
        "mehta": ("Rohan Mehta", "person", ["Mehta", "India's captain"], "rohan-mehta"),
        "holt": ("Michael Holt", "person", ["Former England captain Michael Holt"], "michael-holt"),
        "ecb": ("England and Wales Cricket Board", "organisation", [], "england-and-wales-cricket-board"),
    },
    {
        "sky": ("interview with Sky Sports at the close", "interview", "Lord's", "2025-07-13", "on Sunday"),
        "press": ("press conference", "press", "Lord's", "2025-07-13", "on Sunday"),
        "tms": ("commentating on Test Match Special", "broadcast", None, None, None),
        "ecb": ("statement", "statement", None, "2025-07-13", "on Sunday evening"),
        "x": ("video posted on the BCCI's X account", "social_post", None, None, None),
    },
    [
        ("It's the best day of my life", "[Pollard] told Sky Sports", "pollard", "sky", "s"),
        ("My dad's in the crowd", "[Pollard] told Sky Sports", "pollard", "sky", "s"),
        ("Once it started going", "stump,” [he] said", "pollard", "sky", "s"),
        ("only half done", "England captain [Ben Ashworth], who", "ashworth", "press", "sp"),
        ("We've been in this position", "it,” [Ashworth] said", "ashworth", "press", "s"),
        ("Tomorrow morning is everything", "it,” [Ashworth] said", "ashworth", "press", "s"),
        ("We have bowled sides out", "before,” [he] said", "mehta", None, "s"),
        ("Our bowlers will come out fresh", "before,” [he] said", "mehta", None, "s"),
        ("a horror show", "Former England captain [Michael Holt], commentating", "holt", "tms", "sp"),
        ("Sam passed a concussion", "the [England and Wales Cricket Board] said", "ecb", "ecb", "w"),
        ("changed character completely", "X account, [he] said", "mehta", "x", "sp"),
    ],
)

art(
    "g4_sp3_sorensen_queens", "Sorensen beats Novak to win Queen's title and eyes Wimbledon", "2025-06-23", "The Courier",
    """Sorensen beats Novak to win Queen's title and eyes Wimbledon

Elena Sorensen won her first grass-court title on Sunday, beating Katarina Novak 6-4, 3-6, 7-5 in the final at Queen's Club, eight days before the start of Wimbledon.

The 22-year-old Dane, seeded fourth, saved two break points at 5-5 in the deciding set before breaking Novak's serve to love.

Sorensen, who reached the quarter-finals of the French Open this month, had dropped only one set all week, against the American Jessica Hale in the second round. Novak had beaten two top-10 players on her way to the final, including the defending champion, and led 3-1 in the third set before a run of double faults let Sorensen back in.

“I was so nervous I could not feel my hands,” Sorensen said in her on-court interview. “I want to thank the crowd. You carried me in that last game.”

Novak, the world No 9 from Croatia, was gracious in defeat. “She played the big points better, it's as simple as that,” Novak told reporters. “But I'm happy with where my game is for Wimbledon.”

At her press conference, Sorensen said she had been working on her serve with her mother and coach, Birgitte Sorensen, a former Danish Fed Cup player. “My mum has been telling me for three years that I need more slice on the second serve,” she said, laughing. “I finally listened.”

Birgitte Sorensen, speaking to the Danish broadcaster DR, said her daughter was ready to challenge for a Grand Slam title. “Elena has always had the game. Now she believes it,” she said.

Sorensen later posted a photo of herself with the trophy on Instagram, with the caption: “Grass, I think I love you.”

The win will take Sorensen to a career-high No 6 in the world rankings on Monday. Asked whether she could win Wimbledon, she said: “Everyone in the draw can. I'm one of 128.”

Her sponsor, the sportswear company Strideline, said it was “thrilled” and would release a limited-edition shoe to mark the title. Sorensen is expected to play an exhibition match at the Hurlingham Club this week before her first-round match at Wimbledon on Monday week.
""",
    {
        "elena": ("Elena Sorensen", "person", ["Sorensen", "The 22-year-old Dane"], "elena-sorensen"),
        "novak": ("Katarina Novak", "person", ["Novak"], "katarina-novak"),
        "birgitte": ("Birgitte Sorensen", "person", ["her mother and coach"], "birgitte-sorensen"),
        "strideline": ("Strideline", "organisation", ["Her sponsor"], "strideline"),
    },
    {
        "court": ("on-court interview", "interview", "Queen's Club", "2025-06-22", "on Sunday"),
        "novak": ("told reporters", "press", "Queen's Club", "2025-06-22", "on Sunday"),
        "press": ("press conference", "press", "Queen's Club", "2025-06-22", "on Sunday"),
        "dr": ("speaking to the Danish broadcaster DR", "interview", None, None, None),
        "insta": ("caption on Instagram", "social_post", None, None, None),
    },
    [
        ("I was so nervous", "[Sorensen] said in her on-court", "elena", "court", "s"),
        ("I want to thank the crowd", "[Sorensen] said in her on-court", "elena", "court", "s"),
        ("She played the big points", "[Novak] told reporters", "novak", "novak", "s"),
        ("But I'm happy with where", "[Novak] told reporters", "novak", "novak", "s"),
        ("My mum has been telling me", "[she] said, laughing", "elena", "press", "s"),
        ("I finally listened", "[she] said, laughing", "elena", "press", "s"),
        ("Elena has always had the game", "it,” [she] said", "birgitte", "dr", "s"),
        ("Grass, I think I love you", "[Sorensen] later posted", "elena", "insta", "w"),
        ("Everyone in the draw can", "Wimbledon, [she] said", "elena", None, "s"),
        ("thrilled", "[Strideline], said", "strideline", None, "sp"),
    ],
)

art(
    "g4_sp4_london_diamond_league", "Adebayo wins home 100m as Chepkoech breaks mile world record", "2025-07-07", "The Courier",
    """Adebayo wins home 100m as Chepkoech breaks mile world record

Daniel Adebayo gave the home crowd what it came for at the London Diamond League on Saturday, winning the 100 metres in a British record of 9.84 seconds.

But the night belonged to Kenya's Ruth Chepkoech, who broke the women's mile world record by more than a second, running 4:06.21 at the London Stadium. The 27-year-old, a former steeplechaser from Iten, was paced for the first two laps before running the last 800 metres alone, to a standing ovation from a crowd of 58,000.

“I did not come here for a record, I came here to win,” Chepkoech said through an interpreter afterwards. “When I heard the bell and saw the clock, I thought, why not?”

Adebayo, 25, trailed the American Trey Mitchell at halfway before surging clear in the final 30 metres. His time broke a British record that had stood since 1993, a year after he missed most of the season with a torn hamstring. “That's the crowd, man. That's all the crowd,” Adebayo told the BBC trackside. “I heard them at 60 metres and I just found another gear.”

Mitchell, who finished second in 9.88, said he had no complaints. “He was the better man tonight,” Mitchell said. “Ask me again in Tokyo.”

World Athletics said in a statement on Sunday that Chepkoech's time would go through the usual ratification procedure. “All conditions for a world record were met, including a doping control immediately after the race,” the statement said.

UK Athletics performance director Sarah Whitford said the result showed Adebayo was “a genuine medal contender” for the world championships in Tokyo in September. Speaking at a media briefing on Monday, she said: “We always said Daniel had this in him. The rest of the world has noticed.”

Adebayo's coach, Marcus Ibe, who has worked with him since he was 14, posted a picture of the scoreboard on Instagram with the words: “Proud is not the word.”

Elsewhere, Britain's Keely Hodgson was third in the 800 metres behind the Olympic champion, and the British 1500m champion, Tom Ellery, was fifth in a race won by Norway's Henrik Dahl.

The Diamond League moves on to Monaco on Friday.
""",
    {
        "chepkoech": ("Ruth Chepkoech", "person", ["Chepkoech", "Kenya's Ruth Chepkoech"], "ruth-chepkoech"),
        "adebayo": ("Daniel Adebayo", "person", ["Adebayo", "Daniel"], "daniel-adebayo"),
        "mitchell": ("Trey Mitchell", "person", ["Mitchell", "the American Trey Mitchell"], "trey-mitchell"),
        "wa": ("World Athletics", "organisation", [], "world-athletics"),
        "whitford": ("Sarah Whitford", "person", ["UK Athletics performance director Sarah Whitford"], "sarah-whitford"),
        "ibe": ("Marcus Ibe", "person", ["Adebayo's coach"], "marcus-ibe"),
    },
    {
        "after": ("after the race at the London Diamond League", "other", "London Stadium", "2025-07-05", "on Saturday"),
        "bbc": ("trackside interview with the BBC", "interview", "London Stadium", "2025-07-05", "on Saturday"),
        "wa": ("statement", "statement", None, "2025-07-06", "on Sunday"),
        "brief": ("media briefing", "press", None, "2025-07-07", "on Monday"),
        "insta": ("post on Instagram", "social_post", None, None, None),
    },
    [
        ("I did not come here for a record", "[Chepkoech] said through", "chepkoech", "after", "s"),
        ("When I heard the bell", "[Chepkoech] said through", "chepkoech", "after", "s"),
        ("That's the crowd, man", "[Adebayo] told the BBC", "adebayo", "bbc", "s"),
        ("I heard them at 60 metres", "[Adebayo] told the BBC", "adebayo", "bbc", "s"),
        ("He was the better man", "tonight,” [Mitchell] said", "mitchell", None, "s"),
        ("Ask me again in Tokyo", "tonight,” [Mitchell] said", "mitchell", None, "s"),
        ("All conditions for a world record", "the [statement] said", "wa", "wa", "w"),
        ("a genuine medal contender", "performance director [Sarah Whitford] said", "whitford", "brief", "sp"),
        ("We always said Daniel", "Monday, [she] said", "whitford", "brief", "s"),
        ("Proud is not the word", "Adebayo's coach, [Marcus Ibe], who", "ibe", "insta", "w"),
    ],
)

art(
    "g4_sp5_river_hawks_ballpark", "River Hawks christen new ballpark with walk-off win", "2025-08-11", "The Riverton Ledger",
    """River Hawks christen new ballpark with walk-off win

RIVERTON, Ohio — The Riverton River Hawks opened their $78 million riverfront ballpark on Sunday with a 5-4 walk-off win over the Akron Ironmen, as a sellout crowd of 7,200 watched Luis Ortega's two-run single in the bottom of the ninth. Akron had led 4-1 after six innings before a solo home run from catcher Danny Ruiz and a bases-loaded walk cut the gap.

Mayor Dana Whitfield, who pushed the ballpark through the City Council over fierce opposition in 2022, threw the ceremonial first pitch. “Three years ago people told me this would never get built,” Whitfield told the crowd before the game. “Look around you.”

“I've played in front of bigger crowds, but never louder,” Ortega told reporters in the clubhouse afterward. “When it left the bat I knew. I just didn't want to cry on the field.”

River Hawks manager Pete Salazar said the ballpark had already changed the mood in the clubhouse. “For two years we've been playing in a high school stadium and dressing in a trailer,” Salazar said. “These guys deserve this.”

Starting pitcher Cody Marlowe left in the fifth inning with tightness in his right shoulder. In a statement after the game, the River Hawks said Marlowe would undergo an MRI. “Cody is day-to-day and we'll know more after the imaging,” the statement said.

Not everyone was celebrating. Outside the stadium, a small group of protesters held a banner reading “Ballparks Before Buses?”, a reference to delays on the city's bus rapid transit line. Council member Greg Lutz, a longtime critic of the ballpark's cost, posted on X on Saturday: “Enjoy the game. Then ask who's paying for it.”

Whitfield, asked by The Riverton Ledger about the criticism, said the ballpark was paid for mostly by a hotel tax. “Not a dollar of it came out of the transit budget,” she said.

Season-ticket holder Barb Kowalski, 71, who has followed the team since it played at the old Municipal Stadium, said she teared up when she walked in. “It's like Riverton finally believes in itself,” she said.

The River Hawks, who sit third in their division, host Akron again on Monday night before a six-game road trip.
""",
    {
        "whitfield": ("Dana Whitfield", "person", ["Mayor Dana Whitfield", "Whitfield"], "dana-whitfield"),
        "ortega": ("Luis Ortega", "person", ["Ortega"], "luis-ortega"),
        "salazar": ("Pete Salazar", "person", ["River Hawks manager Pete Salazar", "Salazar"], "pete-salazar"),
        "hawks": ("Riverton River Hawks", "organisation", ["the River Hawks"], "riverton-river-hawks"),
        "protesters": ("protesters", "unnamed", [], "g4sp5-protesters"),
        "lutz": ("Greg Lutz", "person", ["Council member Greg Lutz"], "greg-lutz"),
        "kowalski": ("Barb Kowalski", "person", ["Season-ticket holder Barb Kowalski"], "barb-kowalski"),
    },
    {
        "pitch": ("remarks to the crowd before the game", "speech", "riverfront ballpark", "2025-08-10", "on Sunday"),
        "club": ("told reporters in the clubhouse afterward", "press", "clubhouse", "2025-08-10", "on Sunday"),
        "stmt": ("statement after the game", "statement", None, None, None),
        "banner": ("banner", "document", "Outside the stadium", None, None),
        "x": ("post on X", "social_post", None, "2025-08-09", "on Saturday"),
        "ledger": ("asked by The Riverton Ledger", "interview", None, None, None),
    },
    [
        ("Three years ago people told me", "[Whitfield] told the crowd", "whitfield", "pitch", "s"),
        ("Look around you", "[Whitfield] told the crowd", "whitfield", "pitch", "s"),
        ("I've played in front of bigger", "[Ortega] told reporters", "ortega", "club", "s"),
        ("When it left the bat", "[Ortega] told reporters", "ortega", "club", "s"),
        ("For two years we've been playing", "trailer,” [Salazar] said", "salazar", None, "s"),
        ("These guys deserve this", "trailer,” [Salazar] said", "salazar", None, "s"),
        ("Cody is day-to-day", "the [statement] said", "hawks", "stmt", "w"),
        ("Ballparks Before Buses?", "[protesters] held a banner", "protesters", "banner", "wp"),
        ("Enjoy the game. Then ask", "Council member [Greg Lutz], a", "lutz", "x", "w"),
        ("Not a dollar of it came out", "budget,” [she] said", "whitfield", "ledger", "s"),
        ("It's like Riverton finally", "itself,” [she] said", "kowalski", None, "s"),
    ],
)


# --- business and tech: results, regulators, analysts, a CEO interview, a memo ---

art(
    "g4_b1_halden_results", "Halden Energy profits fall 28% as wind delays bite", "2025-02-20", "The Courier",
    """Halden Energy profits fall 28% as wind delays bite

Halden Energy reported a 28 per cent fall in annual profit on Wednesday, blaming delays at its Dogger Ridge wind farm and lower power prices, and cut its dividend for the first time since the company listed in 2011.

Pre-tax profit fell to £1.31bn in 2024 from £1.82bn a year earlier, the Edinburgh-based company said. Shares fell 7.4 per cent to 812p, their lowest level in three years.

Chief executive Marcus Delaney told analysts on a conference call that 2024 had been “a year of building, not harvesting”. “We are investing through the cycle, and I make no apology for that,” he said. “When Dogger Ridge is generating, this business will look very different.”

Asked by one analyst whether the dividend cut signalled deeper problems, Delaney said: “No. It signals discipline.”

Finance director Nadia Karim said on the same call that the company expected capital spending of about £4bn this year. “Our balance sheet is strong, and we intend to keep it that way,” she said.

Analysts were unconvinced. “Management has now missed its own guidance three times in two years,” Oliver Strand, an analyst at Jefferies, wrote in a note to clients. “The market will want to see delivery before it believes the story again.”

The GMB union, which represents about 2,000 Halden workers, said in a statement that it would resist any compulsory redundancies. “Workers should not pay for management's mistakes,” said GMB national officer Claire Pennington.

In an interview with BBC Radio 4's Today programme on Thursday morning, Delaney rejected suggestions that he should step down. “I have been doing this job for six years and I have the full confidence of the board,” he said. He also said the company was in talks with the government about a “fairer” system for connecting wind farms to the grid.

Halden said it would cut 300 jobs in its retail division, mostly at its call centre in Dundee, as it moves customers to online services. The company supplies gas and electricity to 3.4 million homes in Britain and owns wind and hydro assets in Scotland, Norway and Spain.
""",
    {
        "delaney": ("Marcus Delaney", "person", ["Chief executive Marcus Delaney", "Delaney"], "marcus-delaney"),
        "karim": ("Nadia Karim", "person", ["Finance director Nadia Karim"], "nadia-karim"),
        "strand": ("Oliver Strand", "person", ["analyst at Jefferies"], "oliver-strand"),
        "pennington": ("Claire Pennington", "person", ["GMB national officer Claire Pennington"], "claire-pennington"),
    },
    {
        "call": ("conference call with analysts", "meeting", None, "2025-02-19", "on Wednesday"),
        "note": ("note to clients", "document", None, None, None),
        "gmb": ("statement", "statement", None, None, None),
        "today": ("interview with BBC Radio 4's Today programme", "broadcast", None, "2025-02-20", "on Thursday morning"),
    },
    [
        ("a year of building, not harvesting", "Chief executive [Marcus Delaney] told", "delaney", "call", "sp"),
        ("We are investing through the cycle", "that,” [he] said", "delaney", "call", "s"),
        ("When Dogger Ridge is generating", "that,” [he] said", "delaney", "call", "s"),
        ("No. It signals discipline", "[Delaney] said:", "delaney", "call", "s"),
        ("Our balance sheet is strong", "way,” [she] said", "karim", "call", "s"),
        ("Management has now missed", "[Oliver Strand], an analyst", "strand", "note", "w"),
        ("The market will want to see", "[Oliver Strand], an analyst", "strand", "note", "w"),
        ("Workers should not pay", "GMB national officer [Claire Pennington]", "pennington", "gmb", "w"),
        ("I have been doing this job", "board,” [he] said", "delaney", "today", "s"),
        ("“fairer”", "[He] also said", "delaney", "today", "sp"),
    ],
)

art(
    "g4_b2_cma_lumen", "CMA opens inquiry into Orbis's $2.4bn deal for London AI start-up Lumen", "2025-10-15", "The Courier",
    """CMA opens inquiry into Orbis's $2.4bn deal for London AI start-up Lumen

Britain's competition regulator has opened a formal investigation into Orbis Technologies' $2.4bn (£1.8bn) acquisition of Lumen AI, the London start-up behind the popular Quill coding assistant.

The Competition and Markets Authority said on Tuesday it was concerned the deal could “substantially lessen competition” in the market for AI tools used by software developers. “Lumen is one of very few independent challengers in this space,” said Helen Achterberg, the CMA's executive director for mergers. “We need to understand whether this deal would remove a rival before it has had the chance to grow.”

Orbis, the Seattle-based cloud computing company, said it would cooperate fully. In a blog post on Tuesday, its chief executive, Raj Menon, wrote that the deal would “put Lumen's technology in the hands of millions more developers”. “We think the CMA will conclude, as we have, that this acquisition is good for competition, not bad for it,” he wrote.

Lumen's co-founder and chief executive, Anya Petrova, told the Web Summit in Lisbon last month that selling the company had been a difficult decision. “We could have raised another round, but we would have spent the next three years fundraising instead of building,” she said then.

Two people familiar with the deal said Orbis had offered to keep Lumen's products available on rival cloud platforms for at least five years to address regulators' concerns. One of them said the offer had been “rejected as insufficient” in informal talks with the CMA in September.

The European Commission is also examining the deal. “We are in contact with the parties and with the CMA,” a Commission spokesperson said on Wednesday.

Analysts said the investigation could take months. “The CMA has shown with Microsoft and Activision that it is willing to block or reshape big tech deals, and AI is now its top priority,” said Matthew Coyle, a technology analyst at Hargreaves Lansdown. “Investors should not assume this closes on time.”

Lumen, founded in 2021 by Petrova and two former Google engineers, employs 240 people in London and Warsaw. Orbis shares were little changed in New York on Tuesday. The CMA has set a deadline of December 9 for its first-phase decision.
""",
    {
        "cma": ("Competition and Markets Authority", "organisation", ["CMA", "Britain's competition regulator"], "competition-and-markets-authority"),
        "achterberg": ("Helen Achterberg", "person", ["the CMA's executive director for mergers"], "helen-achterberg"),
        "menon": ("Raj Menon", "person", ["its chief executive"], "raj-menon"),
        "petrova": ("Anya Petrova", "person", ["Petrova", "Lumen's co-founder and chief executive"], "anya-petrova"),
        "source": ("person familiar with the deal", "unnamed", ["One of them"], "g4b2-person-familiar"),
        "ec": ("European Commission spokesperson", "unnamed", ["a Commission spokesperson"], "g4b2-commission-spokesperson"),
        "coyle": ("Matthew Coyle", "person", ["technology analyst at Hargreaves Lansdown"], "matthew-coyle"),
    },
    {
        "cma": (None, None, None, "2025-10-14", "on Tuesday"),
        "blog": ("blog post", "social_post", None, "2025-10-14", "on Tuesday"),
        "summit": ("Web Summit in Lisbon", "speech", "Lisbon", "2025-09", "last month"),
        "ec": (None, None, None, "2025-10-15", "on Wednesday"),
    },
    [
        ("substantially lessen competition", "[The Competition and Markets Authority] said", "cma", "cma", "sp"),
        ("Lumen is one of very few", "said [Helen Achterberg]", "achterberg", None, "s"),
        ("We need to understand whether", "said [Helen Achterberg]", "achterberg", None, "s"),
        ("put Lumen's technology", "[Raj Menon], wrote", "menon", "blog", "wp"),
        ("We think the CMA will conclude", "[he] wrote", "menon", "blog", "w"),
        ("We could have raised another round", "[she] said then", "petrova", "summit", "s"),
        ("rejected as insufficient", "[One of them] said", "source", None, "sp"),
        ("We are in contact with the parties", "a Commission [spokesperson] said", "ec", "ec", "s"),
        ("The CMA has shown with Microsoft", "said [Matthew Coyle]", "coyle", None, "s"),
        ("Investors should not assume", "said [Matthew Coyle]", "coyle", None, "s"),
    ],
)

art(
    "g4_b3_strideline_ceo", "Strideline boss bets on tennis as running boom slows", "2025-11-20", "The Courier",
    """Strideline boss bets on tennis as running boom slows

Strideline's chief executive, Joanna Keane, has never played competitive tennis. But the sportswear company she has run since 2019 is betting its next decade on the sport.

“Running made us, but running is crowded now,” Keane said in an interview at Strideline's headquarters in Salford on Tuesday. “Tennis is where running was ten years ago: a global sport with a young audience that nobody owns.”

The company last week extended its sponsorship of Elena Sorensen, the Danish world No 3, to 2032 in a deal reported to be worth £60m, the largest in its history. Keane would not confirm the figure. “It's a lot of money. It's also the best money we will ever spend,” she said.

Sorensen, who won her first Grand Slam title at the US Open in September, announced the extension on Instagram last week. “Strideline believed in me when I was ranked 140 in the world,” she wrote. “Staying was the easiest decision of my career.”

The company's half-year results, published earlier this month, showed sales up 9 per cent to £412m but margins squeezed by higher shipping costs. Keane said margins would recover next year. “We've taken the pain on freight so our customers didn't have to,” she said.

Not all investors are convinced by the tennis strategy. “It's a big concentration of risk in one athlete,” said Fiona Marr, an analyst at Peel Hunt, in a note published on Monday. “If Sorensen gets injured, what is plan B?”

Keane, 47, is one of only nine women running a FTSE 250 company. She started her career on the shop floor at a sports shop in Bolton and rose through the ranks at Nike before joining Strideline as chief operating officer in 2016.

Asked about being a role model, she laughed. “I'd rather be judged on the share price,” she said. “But if a girl in Bolton reads this and thinks she could do my job, good.”

Strideline, founded in 1987 as a running shoe maker in Stockport, will open its first store in New York next spring and plans to double its tennis range by 2027.
""",
    {
        "keane": ("Joanna Keane", "person", ["Keane", "Strideline's chief executive"], "joanna-keane"),
        "elena": ("Elena Sorensen", "person", ["Sorensen"], "elena-sorensen"),
        "marr": ("Fiona Marr", "person", ["an analyst at Peel Hunt"], "fiona-marr"),
    },
    {
        "int": ("interview at Strideline's headquarters in Salford", "interview", "Strideline's headquarters, Salford", "2025-11-18", "on Tuesday"),
        "insta": ("post on Instagram", "social_post", None, None, "last week"),
        "note": ("note", "document", None, "2025-11-17", "on Monday"),
    },
    [
        ("Running made us", "[Keane] said in an interview", "keane", "int", "s"),
        ("Tennis is where running was", "[Keane] said in an interview", "keane", "int", "s"),
        ("It's a lot of money", "spend,” [she] said", "keane", "int", "s"),
        ("Strideline believed in me", "[she] wrote", "elena", "insta", "w"),
        ("Staying was the easiest", "[she] wrote", "elena", "insta", "w"),
        ("We've taken the pain on freight", "to,” [she] said", "keane", "int", "s"),
        ("It's a big concentration of risk", "said [Fiona Marr]", "marr", "note", "w"),
        ("If Sorensen gets injured", "said [Fiona Marr]", "marr", "note", "w"),
        ("I'd rather be judged", "price,” [she] said", "keane", "int", "s"),
        ("But if a girl in Bolton", "price,” [she] said", "keane", "int", "s"),
    ],
)

art(
    "g4_b4_bramley_memo", "Bramley Town takeover: chairman's memo tells staff to expect “difficult months”", "2025-08-28", "Yorkshire Evening Press",
    """Bramley Town takeover: chairman's memo tells staff to expect “difficult months”

Bramley Town's chairman has warned staff that the club faces “difficult months” as talks continue over a takeover by an American investment group, according to an internal memo seen by the Yorkshire Evening Press.

In the memo, sent to all 180 employees on Monday, Geoffrey Marwood said the club's owners had entered exclusive talks with Red Oak Sports Capital, a Boston-based fund that owns stakes in clubs in Portugal and Belgium. “I know there has been a great deal of speculation, and I want you to hear it from me first,” the memo says. “No decisions about jobs have been taken, and none will be taken without consultation.”

Marwood, who has owned the club since 2009, also wrote that the new stadium project would “proceed regardless” of the outcome of the talks.

Red Oak confirmed the talks in a short statement on Tuesday. “We are excited by the potential of Bramley Town and its new stadium, and we will say more when it is appropriate to do so,” it said.

Manager Tomás Rueda, speaking at his pre-match press conference at the club's training ground in Thorner on Wednesday, said he had been told about the talks a week ago. “My job is to win football matches. The owners' job is to own the club,” Rueda said. “If they want to talk to me, my door is open.”

Asked whether he had been promised money for new players, the Bramley boss smiled. “Ask me again on Monday,” he said, referring to the close of the transfer window.

The Bramley Town Supporters' Trust said it was “deeply concerned” about the lack of information. Its chair, Denise Hargreaves, said: “Supporters have been here for 150 years. Owners come and go. We want a seat at the table, not a press release.”

A club spokesperson said the memo was “an internal communication” and declined to comment further.

Red Oak's managing partner, Brett Kaminski, told Sports Business Journal in an interview published in June that the fund was looking for “undervalued clubs with a new stadium and a passionate fan base”.

Bramley, who are 11th in League One after four games, host Wigan Athletic on Saturday.
""",
    {
        "marwood": ("Geoffrey Marwood", "person", ["Marwood", "Bramley Town's chairman"], "geoffrey-marwood"),
        "redoak": ("Red Oak Sports Capital", "organisation", ["Red Oak"], "red-oak-sports-capital"),
        "rueda": ("Tomás Rueda", "person", ["Manager Tomás Rueda", "Rueda", "the Bramley boss"], "tomas-rueda"),
        "trust": ("Bramley Town Supporters' Trust", "organisation", [], "bramley-town-supporters-trust"),
        "hargreaves": ("Denise Hargreaves", "person", ["Its chair"], "denise-hargreaves"),
        "club": ("Bramley Town spokesperson", "unnamed", ["A club spokesperson"], "g4b4-club-spokesperson"),
        "kaminski": ("Brett Kaminski", "person", ["Red Oak's managing partner"], "brett-kaminski"),
    },
    {
        "memo": ("internal memo to staff", "document", None, "2025-08-25", "on Monday"),
        "redoak": ("short statement", "statement", None, "2025-08-26", "on Tuesday"),
        "press": ("pre-match press conference", "press", "training ground in Thorner", "2025-08-27", "on Wednesday"),
        "sbj": ("interview with Sports Business Journal", "interview", None, "2025-06", "in June"),
    },
    [
        ("“difficult months”\n", "[chairman's memo] tells", "marwood", "memo", "wp"),
        ("faces “difficult months”", "[Bramley Town's chairman] has warned", "marwood", "memo", "wp"),
        ("I know there has been a great deal", "the [memo] says", "marwood", "memo", "w"),
        ("No decisions about jobs", "the [memo] says", "marwood", "memo", "w"),
        ("proceed regardless", "[Marwood], who has owned", "marwood", "memo", "wp"),
        ("We are excited by the potential", "so,” [it] said", "redoak", "redoak", "w"),
        ("My job is to win football matches", "club,” [Rueda] said", "rueda", "press", "s"),
        ("If they want to talk to me", "club,” [Rueda] said", "rueda", "press", "s"),
        ("Ask me again on Monday", "Monday,” [he] said", "rueda", "press", "s"),
        ("deeply concerned", "[The Bramley Town Supporters' Trust] said", "trust", None, "sp"),
        ("Supporters have been here", "[Denise Hargreaves], said", "hargreaves", None, "s"),
        ("an internal communication", "A club [spokesperson] said", "club", None, "sp"),
        ("undervalued clubs with a new stadium", "[Brett Kaminski], told", "kaminski", "sbj", "sp"),
    ],
)

art(
    "g4_b5_castlegate_fine", "Castlegate Bank fined £42m over money laundering failings", "2025-12-04", "The Courier",
    """Castlegate Bank fined £42m over money laundering failings

The City watchdog has fined Castlegate Bank £42.3m for “serious and sustained” failures in its anti-money laundering controls, which allowed criminals to move more than £180m through accounts opened online.

The Financial Conduct Authority said on Wednesday that the bank, which has 2.1 million customers, had failed to check the source of funds for thousands of business accounts between 2019 and 2023, despite internal warnings.

“Castlegate grew quickly, but its controls did not keep up, and criminals noticed,” said Rebecca Lang, the FCA's joint executive director of enforcement. “Banks are the front line against financial crime. When they fail, the public pays.”

The FCA's final notice, published alongside the fine, says staff raised concerns as early as 2020. “Senior management was aware that the onboarding process was not operating as intended, but did not take adequate steps to address it,” the notice says.

Castlegate, which agreed to settle and so qualified for a 30 per cent discount on the penalty, said in a statement that it had “transformed” its controls. “We fully accept the FCA's findings and apologise for falling short of the standards expected of us,” the bank's chief executive, Alistair Brook, said in the statement.

The bank's shares rose 2 per cent in London, as analysts said the fine was smaller than feared. “This draws a line under the issue at a manageable cost,” said Sophie Lennox, banking analyst at Shore Capital, in a note on Wednesday.

Consumer group Which? said the case showed that some digital banks had put growth before safety. “Every pound laundered through a bank account is a pound taken from a victim of fraud or exploitation,” said Harriet Doyle, Which?'s director of policy.

The chair of the Treasury select committee, Lucy Fairbairn, wrote to Brook last week asking how many customers had been affected by fraud linked to the accounts. “The committee would be grateful for a full account of the steps the bank has taken to identify and compensate victims,” she wrote.

Castlegate was founded in 2016 and became one of Britain's fastest-growing challenger banks, opening more than 400,000 business accounts through its app in four years. It now says every new business customer is checked by a member of staff.
""",
    {
        "fca": ("Financial Conduct Authority", "organisation", ["FCA", "The City watchdog"], "financial-conduct-authority"),
        "lang": ("Rebecca Lang", "person", ["the FCA's joint executive director of enforcement"], "rebecca-lang"),
        "notice": ("FCA final notice", "document", ["the notice"], "g4b5-final-notice"),
        "castlegate": ("Castlegate Bank", "organisation", ["Castlegate", "the bank"], "castlegate-bank"),
        "brook": ("Alistair Brook", "person", ["Brook", "the bank's chief executive"], "alistair-brook"),
        "lennox": ("Sophie Lennox", "person", ["banking analyst at Shore Capital"], "sophie-lennox"),
        "doyle": ("Harriet Doyle", "person", ["Which?'s director of policy"], "harriet-doyle"),
        "fairbairn": ("Lucy Fairbairn", "person", ["chair of the Treasury select committee"], "lucy-fairbairn"),
    },
    {
        "fca": (None, None, None, "2025-12-03", "on Wednesday"),
        "notice": ("final notice", "document", None, None, None),
        "stmt": ("statement", "statement", None, None, None),
        "note": ("note", "document", None, "2025-12-03", "on Wednesday"),
        "letter": ("letter to Brook", "document", None, None, "last week"),
    },
    [
        ("serious and sustained", "[The City watchdog] has fined", "fca", "fca", "sp"),
        ("Castlegate grew quickly", "said [Rebecca Lang]", "lang", None, "s"),
        ("Banks are the front line", "said [Rebecca Lang]", "lang", None, "s"),
        ("Senior management was aware", "the [notice] says", "notice", "notice", "w"),
        ("“transformed”", "[Castlegate], which agreed", "castlegate", "stmt", "wp"),
        ("We fully accept the FCA's findings", "[Alistair Brook], said in the statement", "brook", "stmt", "w"),
        ("This draws a line under", "said [Sophie Lennox]", "lennox", "note", "w"),
        ("Every pound laundered", "said [Harriet Doyle]", "doyle", None, "s"),
        ("The committee would be grateful", "[she] wrote", "fairbairn", "letter", "w"),
    ],
)


# --- politics and courts outside the US election ---

art(
    "g4_p1_delaney_committee", "MPs accuse Halden boss of “marking his own homework” on wind farm delays", "2025-03-27", "The Courier",
    """MPs accuse Halden boss of “marking his own homework” on wind farm delays

The chief executive of Halden Energy was accused by MPs on Tuesday of “marking his own homework” after he told a Commons committee that delays to the Dogger Ridge wind farm were largely outside the company's control.

Marcus Delaney appeared before the Energy Security and Net Zero Committee alongside executives from two other energy companies building offshore wind farms in the North Sea.

“Around 80 per cent of the delay is down to the grid connection, which we do not control,” Mr Delaney told the committee. “We have been ready to connect since last autumn.”

The committee's chair, Helen Tozer, the Labour MP for Stroud, said the company's own documents told a different story. “Your annual report lists supply chain failures, a cracked foundation and a contractor dispute,” she told him. “Forgive me, but it sounds like you are marking your own homework.”

Conservative MP Andrew Pike asked whether Mr Delaney would give back his £2.4m bonus. “That is a matter for the remuneration committee,” Mr Delaney replied, prompting laughter from the public gallery.

Ofgem, the energy regulator, said in written evidence submitted to the committee last week that connection delays were “a significant but not the only” factor behind the slow progress of offshore wind.

The energy minister, Daniel Osei, was not at the hearing, but his department issued a statement on Wednesday. “We are reforming the grid connection queue so that shovel-ready projects can connect years sooner,” the Department for Energy Security and Net Zero said.

In a letter to Ms Tozer after the session, released by the committee on Wednesday, Mr Delaney wrote: “I regret that my answer on the bonus was taken as flippant. It was not intended that way.”

Speaking to reporters in Westminster afterwards, Ms Tozer said she would call the company back if needed. “We will keep asking until we get straight answers,” she said.

The committee is expected to publish its report on offshore wind delays in June. Halden's shares have fallen by almost a fifth since the company cut its dividend last month.
""",
    {
        "tozer": ("Helen Tozer", "person", ["Ms Tozer", "The committee's chair"], "helen-tozer"),
        "delaney": ("Marcus Delaney", "person", ["Mr Delaney", "chief executive of Halden Energy"], "marcus-delaney"),
        "ofgem": ("Ofgem", "organisation", ["the energy regulator"], "ofgem"),
        "desnz": ("Department for Energy Security and Net Zero", "organisation", ["his department"], "department-for-energy-security-and-net-zero"),
    },
    {
        "hearing": ("Energy Security and Net Zero Committee hearing", "hearing", "Commons", "2025-03-25", "on Tuesday"),
        "evidence": ("written evidence submitted to the committee", "document", None, None, "last week"),
        "desnz": ("statement", "statement", None, "2025-03-26", "on Wednesday"),
        "letter": ("letter to Ms Tozer", "document", None, None, None),
        "reporters": ("speaking to reporters in Westminster", "press", "Westminster", "2025-03-25", "on Tuesday"),
    },
    [
        ("“marking his own homework” on", "[MPs] accuse", "tozer", "hearing", "sp"),
        ("of “marking his own homework” after", "accused by [MPs]", "tozer", "hearing", "sp"),
        ("Around 80 per cent of the delay", "[Mr Delaney] told the committee", "delaney", "hearing", "s"),
        ("We have been ready to connect", "[Mr Delaney] told the committee", "delaney", "hearing", "s"),
        ("Your annual report lists", "[she] told him", "tozer", "hearing", "s"),
        ("Forgive me, but it sounds", "[she] told him", "tozer", "hearing", "s"),
        ("That is a matter for the remuneration", "[Mr Delaney] replied", "delaney", "hearing", "s"),
        ("a significant but not the only", "[Ofgem], the energy regulator", "ofgem", "evidence", "wp"),
        ("We are reforming the grid connection", "the [Department for Energy Security and Net Zero] said", "desnz", "desnz", "w"),
        ("I regret that my answer", "[Mr Delaney] wrote", "delaney", "letter", "w"),
        ("We will keep asking until", "answers,” [she] said", "tozer", "reporters", "s"),
    ],
)

art(
    "g4_p2_raman_today", "Raman rules out new pay offer for resident doctors as strike looms", "2025-02-10", "The Courier",
    """Raman rules out new pay offer for resident doctors as strike looms

The health secretary, Priya Raman, has ruled out reopening this year's pay award for resident doctors in England, days before a five-day strike is due to begin.

Speaking on BBC Radio 4's Today programme this morning, Ms Raman said the government had “gone as far as it can”. “I will not find money for doctors' pay by cutting the number of operations patients receive,” she said. “That is the choice the BMA is asking me to make.”

Pressed by the presenter, Simon Hale, on whether she would meet union leaders before Friday, she said: “My door is always open. But a meeting is not a negotiation if the only thing on the table is 29 per cent.”

The British Medical Association, whose resident doctors committee called the strike last month, said the minister's comments were “deeply disappointing”. Its chair, Dr Omar Siddiqui, told Sky News on Monday: “Doctors are leaving for Australia every week. The secretary of state can either pay to keep them or pay to replace them.”

The shadow health secretary, Edward Lyle, accused the government of “sleepwalking into a strike”. In a post on X, he wrote: “Patients will pay the price for Labour's failure to plan.”

Ms Raman later posted a clip of the interview on X with the message: “Patients first. Always.”

NHS England's medical director, Prof Anita Desai, wrote to hospital trusts on Sunday telling them to prioritise cancer and emergency care during the walkout. “Trusts must ensure that urgent and emergency services are maintained at safe levels throughout,” the letter said.

The strike, from 7am on Friday to 7am the following Wednesday, will be the first since Ms Raman became health secretary in September. She was previously a junior minister at the Treasury, where colleagues nicknamed her “the abacus” for her grip on detail.

Patients' groups urged both sides to return to talks. “Every strike day means thousands of cancelled appointments, and behind each one is a person in pain,” said Graham Pugh, chief executive of the Patients Association. The association said patients should attend appointments unless their hospital had told them otherwise.
""",
    {
        "raman": ("Priya Raman", "person", ["Ms Raman", "health secretary", "the minister"], "priya-raman"),
        "bma": ("British Medical Association", "organisation", ["BMA"], "british-medical-association"),
        "siddiqui": ("Omar Siddiqui", "person", ["Dr Omar Siddiqui", "Its chair"], "omar-siddiqui"),
        "lyle": ("Edward Lyle", "person", ["shadow health secretary"], "edward-lyle"),
        "desai": ("Anita Desai", "person", ["Prof Anita Desai", "NHS England's medical director"], "anita-desai"),
        "pugh": ("Graham Pugh", "person", ["chief executive of the Patients Association"], "graham-pugh"),
    },
    {
        "today": ("BBC Radio 4's Today programme", "broadcast", None, "2025-02-10", "this morning"),
        "sky": ("told Sky News", "interview", None, "2025-02-10", "on Monday"),
        "x": ("post on X", "social_post", None, None, None),
        "letter": ("letter to hospital trusts", "document", None, "2025-02-09", "on Sunday"),
    },
    [
        ("gone as far as it can", "[Ms Raman] said the government", "raman", "today", "sp"),
        ("I will not find money", "receive,” [she] said", "raman", "today", "s"),
        ("That is the choice the BMA", "receive,” [she] said", "raman", "today", "s"),
        ("My door is always open", "Friday, [she] said", "raman", "today", "s"),
        ("deeply disappointing", "[The British Medical Association], whose", "bma", None, "sp"),
        ("Doctors are leaving for Australia", "Its chair, [Dr Omar Siddiqui], told", "siddiqui", "sky", "s"),
        ("sleepwalking into a strike", "[Edward Lyle], accused", "lyle", None, "sp"),
        ("Patients will pay the price", "[he] wrote", "lyle", "x", "w"),
        ("Patients first. Always.", "[Ms Raman] later posted", "raman", "x", "w"),
        ("Trusts must ensure that urgent", "the [letter] said", "desai", "letter", "w"),
        ("the abacus", None, None, None, "t"),
        ("Every strike day means", "said [Graham Pugh]", "pugh", None, "s"),
    ],
)

art(
    "g4_p3_protest_ruling", "Judge rules Home Office protest restrictions unlawful", "2025-06-13", "The Courier",
    """Judge rules Home Office protest restrictions unlawful

The High Court has ruled that government regulations lowering the threshold at which police can restrict protests were unlawful, in a judgment that campaigners called “a victory for democracy”.

Reading a summary of her ruling at the Royal Courts of Justice on Thursday, Mrs Justice Amelia Hart said ministers had used secondary legislation to make a change that Parliament had already rejected. “It is not open to a minister to achieve by the back door what Parliament has declined to allow through the front,” she said.

The regulations allowed police to impose conditions on any protest causing “more than minor” disruption to the life of the community. Mrs Justice Hart said:

“The court does not express any view on the merits of the policy. Its concern is only whether the power was lawfully exercised.

“It was not. The regulations are quashed.”

The case was brought by the civil liberties group Freedom to Assemble. Its director, Tom Gallow, said outside court that the ruling should make ministers think again. “This is a victory for democracy, and a warning to any government that thinks it can rewrite the law without asking Parliament,” he told reporters on the steps of the court.

The Home Office said it was “disappointed” and would appeal. “The police need the powers to stop a small minority causing serious disruption to the law-abiding majority,” a Home Office spokesperson said.

The Home Secretary, Jonathan Reeve, told LBC on Friday morning that the government would consider bringing the measure back in a bill. “If the court says we need an act of Parliament, then we will put it to Parliament,” he said.

Protesters who had gathered outside the court chanted “Whose streets? Our streets!” as news of the ruling spread.

The judge refused the government permission to appeal but said it could apply directly to the Court of Appeal. “The point is of general public importance, and the Court of Appeal may wish to consider it,” she said.

Police forces have used the powers more than 700 times since they came into force, according to figures obtained by Freedom to Assemble.
""",
    {
        "gallow": ("Tom Gallow", "person", ["Its director"], "tom-gallow"),
        "hart": ("Amelia Hart", "person", ["Mrs Justice Amelia Hart", "Mrs Justice Hart", "The judge"], "amelia-hart"),
        "homeoffice": ("Home Office", "organisation", [], "home-office"),
        "spokesperson": ("Home Office spokesperson", "unnamed", ["a Home Office spokesperson"], "g4p3-home-office-spokesperson"),
        "reeve": ("Jonathan Reeve", "person", ["The Home Secretary"], "jonathan-reeve"),
        "protesters": ("protesters", "unnamed", ["Protesters"], "g4p3-protesters"),
    },
    {
        "ruling": ("reading a summary of her ruling", "hearing", "Royal Courts of Justice", "2025-06-12", "on Thursday"),
        "steps": ("told reporters on the steps of the court", "press", "steps of the court", "2025-06-12", "on Thursday"),
        "lbc": ("told LBC", "interview", None, "2025-06-13", "on Friday morning"),
        "chant": ("chant outside the court", "other", "outside the court", "2025-06-12", "on Thursday"),
    },
    [
        ("a victory for democracy”.", "[campaigners] called", "gallow", "steps", "sp"),
        ("It is not open to a minister", "front,” [she] said", "hart", "ruling", "s"),
        ("more than minor", None, None, None, "t"),
        ("The court does not express", "[Mrs Justice Hart] said:", "hart", "ruling", "s"),
        ("It was not. The regulations", "[Mrs Justice Hart] said:", "hart", "ruling", "s"),
        ("This is a victory for democracy, and", "[he] told reporters", "gallow", "steps", "s"),
        ("disappointed", "[The Home Office] said", "homeoffice", None, "sp"),
        ("The police need the powers", "a Home Office [spokesperson] said", "spokesperson", None, "s"),
        ("If the court says we need", "Parliament,” [he] said", "reeve", "lbc", "s"),
        ("Whose streets? Our streets!", "[Protesters] who had gathered", "protesters", "chant", "s"),
        ("The point is of general public", "it,” [she] said", "hart", "ruling", "s"),
    ],
)

art(
    "g4_p4_farmers_whitehall", "Thousands of farmers bring tractors to Whitehall in tax protest", "2025-02-13", "The Courier",
    """Thousands of farmers bring tractors to Whitehall in tax protest

More than 10,000 farmers converged on Westminster on Wednesday, many of them driving tractors down Whitehall, in the biggest protest yet against changes to inheritance tax on agricultural land.

The rally, organised by the National Farmers' Union, filled Parliament Square for most of the afternoon, with banners reading “No Farmers, No Food” and “Stop the Family Farm Tax”.

Addressing the crowd from a trailer, the NFU's deputy president, Gareth Lloyd, said the policy threatened the future of British agriculture. “Every family farm in this country is now one funeral away from being broken up,” Mr Lloyd told the crowd. “We are not asking for special treatment. We are asking to be allowed to carry on feeding the nation.”

Emma Pryor, a dairy farmer from Shropshire who drove her tractor 160 miles overnight, said she had never been on a protest before. “My grandad farmed this land, my dad farmed it, and I want my son to farm it,” she said. “Right now I don't know if he'll be able to.”

The Metropolitan Police said the protest had been “peaceful and good-natured”. In a post on X on Wednesday evening, the force wrote: “Thank you to everyone who attended today for working with officers.” Two people were arrested for obstructing the highway.

The Treasury said the changes would affect only the wealthiest estates. “Three-quarters of farms will pay nothing at all, and the rest will pay half the usual rate over ten years,” a Treasury spokesperson said.

The health secretary, Priya Raman, whose South Norfolk constituency is one of the most rural in England, drew criticism from farmers when she posted on X on Tuesday: “I understand the anger, but the policy is fair and it is staying.”

The shadow environment secretary, Richard Cotton, who also spoke at the rally, accused ministers of ignoring rural voters. “This government has declared war on the countryside,” he said.

The television presenter and farmer Rob Harlow, who did not attend, posted a video on Instagram urging farmers to “keep going”.

The NFU says it will hold further protests in March if the government does not change course before the Budget.
""",
    {
        "farmers": ("protesting farmers", "unnamed", [], "g4p4-farmers"),
        "lloyd": ("Gareth Lloyd", "person", ["Mr Lloyd", "NFU's deputy president"], "gareth-lloyd"),
        "pryor": ("Emma Pryor", "person", [], "emma-pryor"),
        "met": ("Metropolitan Police", "organisation", ["the force"], "metropolitan-police"),
        "treasury": ("Treasury spokesperson", "unnamed", ["a Treasury spokesperson"], "g4p4-treasury-spokesperson"),
        "raman": ("Priya Raman", "person", ["health secretary"], "priya-raman"),
        "cotton": ("Richard Cotton", "person", ["shadow environment secretary"], "richard-cotton"),
        "harlow": ("Rob Harlow", "person", [], "rob-harlow"),
    },
    {
        "banners": ("banners at the rally", "document", "Parliament Square", "2025-02-12", "on Wednesday"),
        "rally": ("rally in Parliament Square", "speech", "Parliament Square", "2025-02-12", "on Wednesday"),
        "protest": ("protest in Westminster", "other", "Westminster", "2025-02-12", "on Wednesday"),
        "metx": ("post on X", "social_post", None, "2025-02-12", "on Wednesday evening"),
        "ramanx": ("post on X", "social_post", None, "2025-02-11", "on Tuesday"),
        "insta": ("video on Instagram", "social_post", None, None, None),
    },
    [
        ("No Farmers, No Food", None, "farmers", "banners", "wp"),
        ("Stop the Family Farm Tax", None, "farmers", "banners", "wp"),
        ("Every family farm in this country", "[Mr Lloyd] told the crowd", "lloyd", "rally", "s"),
        ("We are not asking for special", "[Mr Lloyd] told the crowd", "lloyd", "rally", "s"),
        ("My grandad farmed this land", "it,” [she] said", "pryor", "protest", "s"),
        ("Right now I don't know", "it,” [she] said", "pryor", "protest", "s"),
        ("peaceful and good-natured", "[The Metropolitan Police] said", "met", None, "sp"),
        ("Thank you to everyone who attended", "the [force] wrote", "met", "metx", "w"),
        ("Three-quarters of farms", "a Treasury [spokesperson] said", "treasury", None, "s"),
        ("I understand the anger", "[she] posted on X", "raman", "ramanx", "w"),
        ("This government has declared war", "countryside,” [he] said", "cotton", "rally", "s"),
        ("keep going", "[Rob Harlow], who did not attend", "harlow", "insta", "sp"),
    ],
)

art(
    "g4_p5_cable_route_ruling", "Campaigners lose High Court challenge to Dogger Ridge cable route", "2025-10-24", "Yorkshire Evening Press",
    """Campaigners lose High Court challenge to Dogger Ridge cable route

A campaign group has lost its High Court challenge to the onshore cable route for the Dogger Ridge offshore wind farm, clearing the way for construction to begin across the Yorkshire Wolds next year.

Save the Wolds had argued that the energy secretary failed to consider alternative routes when granting development consent in January. The group, which has about 600 members, raised more than £90,000 from local residents to bring the case.

In a written judgment handed down on Thursday, Mrs Justice Amelia Hart dismissed the claim on all four grounds. “The secretary of state was entitled to prefer the applicant's route, and gave adequate reasons for doing so,” she wrote. “The claimant's disagreement with that judgment, however sincerely held, is not a ground for judicial review.”

The judge, who in June struck down government restrictions on protests, said the court's role in planning cases was “narrow”.

Halden Energy, which is building the wind farm, welcomed the ruling. “This decision gives certainty to a project that will power 1.8 million homes,” the company said in a statement. Its chief executive, Marcus Delaney, told BBC Look North on Thursday evening that the company would keep talking to residents. “We have always tried to listen to local people, and we will keep doing that,” he said.

Save the Wolds chair Janet Ormerod said the group was considering an appeal. “We are disappointed but not defeated,” she said outside the court. “The judge has said the process was lawful. She has not said it was right.”

The Department for Energy Security and Net Zero said: “We welcome the court's decision.”

The group's barrister, Hugh Bentley KC, had told the court at a two-day hearing in September that the consultation had been “a box-ticking exercise”.

Residents in the village of Huggate, where the cable will pass within 200 metres of homes, said they feared years of disruption from lorries and trenching. “They keep saying it's underground, as if that means it's invisible,” said farmer Colin Stather, whose land the route crosses.

Construction of the 55-kilometre onshore section is due to start in the spring and take about two years.
""",
    {
        "hart": ("Amelia Hart", "person", ["Mrs Justice Amelia Hart", "The judge"], "amelia-hart"),
        "halden": ("Halden Energy", "organisation", ["the company"], "halden-energy"),
        "delaney": ("Marcus Delaney", "person", ["Its chief executive"], "marcus-delaney"),
        "ormerod": ("Janet Ormerod", "person", ["Save the Wolds chair Janet Ormerod"], "janet-ormerod"),
        "desnz": ("Department for Energy Security and Net Zero", "organisation", [], "department-for-energy-security-and-net-zero"),
        "bentley": ("Hugh Bentley", "person", ["Hugh Bentley KC", "The group's barrister"], "hugh-bentley"),
        "stather": ("Colin Stather", "person", ["farmer Colin Stather"], "colin-stather"),
    },
    {
        "judgment": ("written judgment", "document", None, "2025-10-23", "on Thursday"),
        "stmt": ("statement", "statement", None, None, None),
        "lookn": ("told BBC Look North", "interview", None, "2025-10-23", "on Thursday evening"),
        "outside": ("outside the court", "other", "outside the court", None, None),
        "hearing": ("two-day hearing", "hearing", None, "2025-09", "in September"),
    },
    [
        ("The secretary of state was entitled", "[she] wrote", "hart", "judgment", "w"),
        ("The claimant's disagreement", "[she] wrote", "hart", "judgment", "w"),
        ("“narrow”", "[The judge], who in June", "hart", "judgment", "wp"),
        ("This decision gives certainty", "the [company] said in a statement", "halden", "stmt", "w"),
        ("We have always tried to listen", "that,” [he] said", "delaney", "lookn", "s"),
        ("We are disappointed but not defeated", "[she] said outside the court", "ormerod", "outside", "s"),
        ("The judge has said the process", "[she] said outside the court", "ormerod", "outside", "s"),
        ("We welcome the court's decision", "The [Department for Energy Security and Net Zero] said:", "desnz", None, "s"),
        ("a box-ticking exercise", "[Hugh Bentley KC], had told", "bentley", "hearing", "sp"),
        ("They keep saying it's underground", "said farmer [Colin Stather]", "stather", None, "s"),
    ],
)


if __name__ == "__main__":
    main()
