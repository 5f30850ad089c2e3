# ruff: noqa: E501 - one article or annotation a line reads best as data
"""Build genres5/docs.jsonl and gold.jsonl from the articles and annotations below.

Each article lists its speakers (canonical name, kind, aliases, entity id shared across
articles), its occasions and its quotes, and names its house style of quotation marks: `curly`
(“…”), `single` (‘…’, UK style, with “…” inside), `mixed` (headline and standfirst in ‘…’ or “…”
over a body in “…”) or `ascii` ("…", straight). A quote is named by
a unique piece of its text; its speaker mention by an anchor such as "[he] said", whose bracketed
part is the mention and whose nearest occurrence outside the quote is taken. The script finds
every quoted span of the article's style (marks included), checks that each one is annotated,
that spans do not overlap, that weekday dates agree with the publication date and that places,
aliases and full names occur in the text, and writes the gold in FORMATS.md's resolved shape.
Re-run after editing: python build.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
KINDS = {"s": ("speech", False), "sp": ("speech", True), "w": ("written", False),
         "wp": ("written", True), "t": ("term", True), "tw": ("term", False)}
OCCASION_TYPES = {"statement", "interview", "press", "speech", "debate", "hearing", "broadcast",
                  "social_post", "document", "meeting", "other"}

ARTICLES: list[dict[str, Any]] = []


def art(doc_id: str, title: str, date: str, source: str, style: str, text: str,
        speakers: dict[str, tuple[Any, ...]], occasions: dict[str, tuple[Any, ...]],
        quotes: list[tuple[Any, ...]]) -> None:
    assert style in {"curly", "single", "ascii", "mixed"}, doc_id
    ARTICLES.append({"id": doc_id, "title": title, "date": date, "source": source, "style": style,
                     "text": text, "speakers": speakers, "occasions": occasions, "quotes": quotes})


def _single_close(text: str, i: int) -> bool:
    # ’ between two letters or digits is an apostrophe, not a closing mark
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())


def all_spans(text: str, house: str) -> list[tuple[int, int]]:
    """Every quoted span in the article's house style; a quote running over paragraphs (no closing
    mark before its paragraph ends) is one span per paragraph piece."""
    spans: list[tuple[int, int]] = []
    offset = 0
    shown = 0
    for para in text.split("\n"):
        # "mixed": a UK headline and standfirst in single marks over a body in double ones
        styles = (["single", "curly"] if shown < 2 else ["curly"]) if house == "mixed" else [house]
        shown += bool(para.strip())
        for style in styles:
            spans += para_spans(para, offset, style)
        offset += len(para) + 1
    return sorted(spans)


def para_spans(para: str, offset: int, style: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if style == "ascii":
        marks = [m.start() for m in re.finditer('"', para)]
        assert len(marks) % 2 == 0, para[:60]
        spans += [(offset + a, offset + b + 1) for a, b in zip(marks[::2], marks[1::2], strict=True)]
    else:
        opener, closer = ("“", "”") if style == "curly" else ("‘", "’")
        i = para.find(opener)
        while i != -1:
            j = i + 1
            while j < len(para) and not (para[j] == closer and (style == "curly" or _single_close(para, j))):
                j += 1
            spans.append((offset + i, offset + min(j + 1, len(para))))
            i = para.find(opener, j + 1)
        if style == "single":
            # every closing ’ that is not an apostrophe must close a span
            ends = {e - 1 for s, e in spans}
            for j, ch in enumerate(para):
                if ch == "’" and _single_close(para, j):
                    assert offset + j in ends, para[max(0, j - 40):j + 5]
    return spans


def quote_span(text: str, spans: list[tuple[int, int]], piece: str) -> tuple[int, int]:
    assert text.count(piece) == 1, piece
    at = text.index(piece)
    for opener in "“‘":
        if opener in piece:
            # a piece may begin before its quote's opening mark, to be unique
            at += piece.index(opener)
            break
    inside = [(s, e) for s, e in spans if s <= at < e]
    assert len(inside) == 1, (piece, inside)
    return inside[0]


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
    spans = all_spans(text, a["style"])
    out = []
    for row in a["quotes"]:
        piece, anchor, spk, occ, code = row
        kind, partial = KINDS[code]
        start, end = quote_span(text, spans, piece)
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
    for s, e in spans:
        assert s in starts, (doc_id, text[s:e][:50])
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



# --- local (UK and US): council, inquest, planning, transport, schools ---

art(
    "g5_l1_council_leisure_centre", "‘We cannot keep the doors open on goodwill’: council votes to close Millbrook pool", "2026-03-12", "Millbrook Advertiser", "single",
    """‘We cannot keep the doors open on goodwill’: council votes to close Millbrook pool

Councillors reject plea from campaigners as health chief warns of ‘real cost’ to children

Millbrook’s only public swimming pool will close in September after councillors voted to shut the ageing leisure centre on Tuesday night, despite a petition signed by more than 6,000 people.

The cabinet of Millbrook District Council backed the closure by six votes to two at a meeting at the Civic Centre that ran for almost three hours.

Cllr Susan Adair, the council’s cabinet member for leisure, said the building needed £4.2m of repairs the authority did not have. ‘We cannot keep the doors open on goodwill,’ she told the meeting. ‘The roof is failing, the boilers are failing, and I will not ask staff to work in a building that is not safe.’

She said the council would run free buses to the pool in Hatherley, eleven miles away, for school swimming lessons. ‘No child in this district will miss out on learning to swim,’ Cllr Adair added.

Photo: Campaigners outside the Civic Centre before Tuesday’s meeting. (Millbrook Advertiser)

The district’s director of public health, Dr Helen Marchetti, had warned in a briefing note to councillors last week that closing the pool would carry ‘a real cost’ for children from the poorest wards. ‘Families without a car are the least likely to travel to Hatherley, and the most likely to have children who cannot swim,’ the note said.

Speaking at the meeting, Dr Marchetti said she respected the decision but hoped the council would look again at a community-run pool. ‘This is not the end of the conversation,’ she said.

Read more: Millbrook leisure centre roof ‘beyond repair’, survey finds

Opposition leader Cllr Tom Hesketh, a Liberal Democrat, said the administration had ‘run the building into the ground’. ‘For ten years this council has patched and prayed, and now it tells us there is no money,’ he said. ‘That is a choice, not an accident.’

Two members of the Hesketh family spoke during the public session. Margaret Hesketh, the opposition leader’s mother and a former swimming teacher, told councillors: ‘I taught half this town to swim in that pool. Please do not take it from their grandchildren.’

Campaign group Save Millbrook Pool said in a statement after the vote that it was ‘heartbroken but not finished’. ‘We will be asking the council to hand the building to a community trust for a pound,’ the group said.

The council leader, Cllr Rajesh Bhatt, told the Advertiser on Wednesday that he would meet the campaigners. ‘My door is open,’ he said. ‘But I have to be honest with people about what we can afford.’

The leisure centre, which opened in 1974, will close on September 30. Its gym will move to the library building on Market Street.
""",
    {
        "adair": ("Susan Adair", "person", ["Cllr Susan Adair", "Cllr Adair", "cabinet member for leisure"], "susan-adair"),
        "marchetti": ("Helen Marchetti", "person", ["Dr Helen Marchetti", "Dr Marchetti", "director of public health", "health chief"], "helen-marchetti"),
        "tom": ("Tom Hesketh", "person", ["Cllr Tom Hesketh", "Opposition leader"], "tom-hesketh"),
        "margaret": ("Margaret Hesketh", "person", [], "margaret-hesketh"),
        "smp": ("Save Millbrook Pool", "organisation", ["the group", "Campaign group Save Millbrook Pool"], "save-millbrook-pool"),
        "bhatt": ("Rajesh Bhatt", "person", ["Cllr Rajesh Bhatt", "council leader"], "rajesh-bhatt"),
    },
    {
        "cab": ("cabinet meeting at the Civic Centre", "meeting", "Civic Centre", "2026-03-10", "on Tuesday night"),
        "note": ("briefing note to councillors", "document", None, None, "last week"),
        "stmt": ("statement after the vote", "statement", None, None, None),
        "adv": ("told the Advertiser", "interview", None, "2026-03-11", "on Wednesday"),
    },
    [
        ("on goodwill’: council votes", None, "adair", "cab", "s"),
        ("‘real cost’ to children", "as [health chief] warns", "marchetti", "note", "wp"),
        ("We cannot keep the doors open on goodwill,", "[she] told the meeting", "adair", "cab", "s"),
        ("The roof is failing", "[she] told the meeting", "adair", "cab", "s"),
        ("No child in this district", "[Cllr Adair] added", "adair", "cab", "s"),
        ("a real cost’ for children", "[Dr Helen Marchetti], had warned", "marchetti", "note", "wp"),
        ("Families without a car", "the [note] said", "marchetti", "note", "w"),
        ("This is not the end of the conversation", "[she] said.\n\nRead", "marchetti", "cab", "s"),
        ("beyond repair", None, None, None, "t"),
        ("run the building into the ground", "[Cllr Tom Hesketh], a Liberal", "tom", "cab", "sp"),
        ("For ten years this council", "prayed, and now it tells us there is no money,’ [he] said", "tom", "cab", "s"),
        ("That is a choice, not an accident", "prayed, and now it tells us there is no money,’ [he] said", "tom", "cab", "s"),
        ("I taught half this town", "[Margaret Hesketh], the opposition", "margaret", "cab", "s"),
        ("heartbroken but not finished", "[Campaign group Save Millbrook Pool] said", "smp", "stmt", "wp"),
        ("We will be asking the council to hand", "the [group] said", "smp", "stmt", "w"),
        ("My door is open", "[he] said. ‘But", "bhatt", "adv", "s"),
        ("But I have to be honest", "[he] said. ‘But", "bhatt", "adv", "s"),
    ],
)

art(
    "g5_l2_inquest_cyclist", "Inquest: lorry driver ‘never saw’ cyclist at Kettlewell Road junction", "2026-03-20", "Harrogate Courier", "mixed",
    """Inquest: lorry driver ‘never saw’ cyclist at Kettlewell Road junction

By a staff reporter

A lorry driver told an inquest he “never saw” the cyclist he killed at a junction in Harrogate, as the victim's family called for the junction to be redesigned.

Owen Latimer, 34, a physiotherapist from Knaresborough, died at the scene on the morning of October 9 after being struck by a left-turning tipper lorry at the junction of Kettlewell Road and Station Parade.

The inquest at North Yorkshire Coroner's Court in Northallerton on Thursday heard evidence from the driver, Keith Dunmore, 58. Part of the exchange between Mr Dunmore and the area coroner, Jonathan Pell, ran as follows.

Coroner: Did you check your nearside mirror before you turned?

Dunmore: I did, sir. Twice. There was nothing there.

Coroner: And the class V mirror, the one over the door?

Dunmore: I looked. I never saw him. I have gone over it every night since.

Mr Pell told him: “Nobody in this room doubts that you are sorry. My job is to find out how it happened.”

A forensic collision investigator, Sgt Alison Kerr of North Yorkshire Police, said the cyclist would have been in the lorry's blind spot for about two seconds. “Two seconds is enough,” she said. “The design of that junction encourages cyclists to sit exactly where a left-turning driver cannot see them.”

Mr Latimer's partner, Chloe Ashworth, said in a statement read to the court by the coroner's officer that he had “loved that ride to work”. “Owen was careful, he wore everything you are supposed to wear, and he still did not come home,” the statement said.

His brother, Daniel Latimer, told the hearing the family had written to North Yorkshire Council twice about the junction. “We were told it met the standards,” he said. “If it meets the standards, the standards are wrong.”

A council highways officer, Paul Ridley, said a redesign with a separate cycle signal had been drawn up in 2024 but not funded. Asked by the coroner whether it would have prevented the collision, he said: “I can't say that. It would have reduced the risk.”

Recording a conclusion of road traffic collision, Mr Pell said he would send a prevention of future deaths report to the council and to the Department for Transport. “I am concerned that a known design has sat unfunded while cyclists continue to use this junction,” he said.

The council said in a statement after the inquest that it would “review the scheme urgently”. Outside the court Daniel Latimer said: “We did not come here to blame the driver. We came here so this does not happen to anyone else.”

The haulage firm, Dalesway Aggregates, said its lorries had since been fitted with side sensors.
""",
    {
        "dunmore": ("Keith Dunmore", "person", ["Mr Dunmore", "lorry driver", "the driver"], "keith-dunmore"),
        "pell": ("Jonathan Pell", "person", ["Mr Pell", "area coroner", "the coroner"], "jonathan-pell"),
        "kerr": ("Alison Kerr", "person", ["Sgt Alison Kerr", "forensic collision investigator"], "alison-kerr"),
        "chloe": ("Chloe Ashworth", "person", ["Mr Latimer's partner"], "chloe-ashworth"),
        "daniel": ("Daniel Latimer", "person", ["His brother"], "daniel-latimer"),
        "ridley": ("Paul Ridley", "person", ["council highways officer"], "paul-ridley"),
        "council": ("North Yorkshire Council", "organisation", ["The council"], "north-yorkshire-council"),
    },
    {
        "inq": ("inquest at North Yorkshire Coroner's Court", "hearing", "North Yorkshire Coroner's Court, Northallerton", "2026-03-19", "on Thursday"),
        "cstmt": ("statement read to the court", "document", "North Yorkshire Coroner's Court, Northallerton", "2026-03-19", "on Thursday"),
        "stmt": ("statement after the inquest", "statement", None, None, None),
        "outside": ("outside the court", "other", "outside the court", None, None),
    },
    [
        ("never saw’ cyclist", "Inquest: [lorry driver]", "dunmore", "inq", "sp"),
        ("“never saw”", "[A lorry driver] told an inquest", "dunmore", "inq", "sp"),
        ("Nobody in this room doubts", "[Mr Pell] told him", "pell", "inq", "s"),
        ("Two seconds is enough", "[she] said. “The design", "kerr", "inq", "s"),
        ("The design of that junction", "[she] said. “The design", "kerr", "inq", "s"),
        ("loved that ride to work", "[Chloe Ashworth], said in a statement", "chloe", "cstmt", "wp"),
        ("Owen was careful", "the [statement] said", "chloe", "cstmt", "w"),
        ("We were told it met", "[he] said. “If", "daniel", "inq", "s"),
        ("If it meets the standards", "[he] said. “If", "daniel", "inq", "s"),
        ("I can't say that", "[he] said: “I can't", "ridley", "inq", "s"),
        ("I am concerned that a known design", "[he] said.\n\nThe council", "pell", "inq", "s"),
        ("review the scheme urgently", "[The council] said in a statement", "council", "stmt", "wp"),
        ("We did not come here to blame", "[Daniel Latimer] said:", "daniel", "outside", "s"),
    ],
)

art(
    "g5_l3_planning_housing_estate", "Developer says 420-home Ashcombe Fields scheme will \"give young families a future\"", "2026-04-02", "Ashcombe & District Journal", "ascii",
    """Developer says 420-home Ashcombe Fields scheme will \"give young families a future\"

Plans for 420 homes on farmland north of Ashcombe have been submitted to Wealdbridge Borough Council, the developer announced on Wednesday.

Harrowgate Homes said in a press release that the Ashcombe Fields scheme would include 168 affordable homes, a primary school site and a new link road to the A272. "Ashcombe Fields will give young families a future in the village they grew up in," said the company's land director, Fiona Castellane. "We have listened carefully to residents and we believe this is a scheme the whole community can be proud of."

The release said the homes would be built to "net-zero ready" standards and that the developer would contribute £3.1m towards local GP services and road improvements.

Not everyone is convinced. Ashcombe Parish Council chairman Geoffrey Tull told the Journal on Wednesday that the village's roads could not cope with another 800 cars. "The press release talks about a link road, but the link road is phase three, and phase three is ten years away," he said. "In the meantime every one of those cars comes down the High Street."

He said the parish council had voted unanimously last month to object to the scheme. "We are not against new homes. We are against the wrong homes in the wrong place," Mr Tull said.

The site is not allocated for housing in the borough's local plan, which was adopted in 2019. But a council spokesperson said that because Wealdbridge cannot show a five-year supply of housing land, the application would be judged under the government's "presumption in favour of sustainable development".

"Every application is considered on its merits and residents will have a full opportunity to comment," the spokesperson said.

Photo: An artist's impression of the proposed village green at Ashcombe Fields. (Harrowgate Homes)

Local MP Dr Naomi Farrant, a Liberal Democrat, wrote to the council's chief executive on Monday asking for the application to be decided by the full planning committee rather than by officers. "This is the largest development Ashcombe has seen in a generation and it deserves a public hearing," her letter said.

Resident Karen Tull, who is the parish chairman's daughter-in-law and lives on Mill Lane, which backs onto the site, said she had mixed feelings. "My own kids will need somewhere to live," she said. "I just want the school and the surgery built before the houses, not after."

Read more: Ashcombe surgery closes list to new patients

Ms Castellane said in the release that the company expected to begin work in 2027 if permission was granted. The council expects to decide the application by the summer. Comments can be made on the council's planning portal until April 30.
""",
    {
        "castellane": ("Fiona Castellane", "person", ["Ms Castellane", "land director"], "fiona-castellane"),
        "harrowgate": ("Harrowgate Homes", "organisation", ["The release", "the developer", "Developer"], "harrowgate-homes"),
        "tull": ("Geoffrey Tull", "person", ["Mr Tull", "Ashcombe Parish Council chairman", "parish chairman"], "geoffrey-tull"),
        "spokes": ("Wealdbridge Borough Council spokesperson", "unnamed", ["a council spokesperson", "the spokesperson"], "g5l3-council-spokesperson"),
        "farrant": ("Naomi Farrant", "person", ["Dr Naomi Farrant", "Local MP"], "naomi-farrant"),
        "karen": ("Karen Tull", "person", ["Resident Karen Tull"], "karen-tull"),
    },
    {
        "release": ("press release", "statement", None, "2026-04-01", "on Wednesday"),
        "journal": ("told the Journal", "interview", None, "2026-04-01", "on Wednesday"),
        "letter": ("letter to the council's chief executive", "document", None, "2026-03-30", "on Monday"),
    },
    [
        ("\"give young families a future\"\n", "[Developer] says", "harrowgate", "release", "sp"),
        ("Ashcombe Fields will give young families", "said the company's land director, [Fiona Castellane]", "castellane", "release", "s"),
        ("We have listened carefully", "said the company's land director, [Fiona Castellane]", "castellane", "release", "s"),
        ("net-zero ready", "The [release] said the homes", "harrowgate", "release", "wp"),
        ("The press release talks about", "[he] said. \"In the meantime", "tull", "journal", "s"),
        ("In the meantime every one", "[he] said. \"In the meantime", "tull", "journal", "s"),
        ("We are not against new homes", "[Mr Tull] said", "tull", "journal", "s"),
        ("presumption in favour", None, None, None, "t"),
        ("Every application is considered", "the [spokesperson] said", "spokes", None, "s"),
        ("This is the largest development", "her [letter] said", "farrant", "letter", "w"),
        ("My own kids", "[she] said. \"I just", "karen", None, "s"),
        ("I just want the school", "[she] said. \"I just", "karen", None, "s"),
    ],
)

art(
    "g5_l4_transit_fare_cap", "Gov. Prieto signs fare cap as Riverside transit board warns of service cuts", "2026-04-15", "Riverside Ledger", "curly",
    """Gov. Prieto signs fare cap as Riverside transit board warns of service cuts

SACRAMENTO RIVER VALLEY — Gov. Daniel Prieto signed a bill Tuesday capping bus and light-rail fares at $2 across the state's six largest transit districts, calling it “the biggest thing we can do this year for working families.”

Speaking at a signing ceremony at the Riverside Transit Center, the governor said the cap would save a daily commuter about $600 a year. “If you clean our offices at 5 in the morning, you should not be paying more to get to work than the people who own the building,” Prieto said. “This is about fairness, plain and simple.”

But the Riverside Regional Transit board, which runs 41 bus routes and the Blue Line, warned that the state's backfill of lost fare revenue would cover only two years. Board chair Linda Okonkwo-Barrett said the agency faced a $38 million gap by 2028.

“We support the goal. We asked for one thing, which was a permanent funding source, and we did not get it,” she told the Ledger after the ceremony. “Without it, we will be looking at route cuts in the fall of 2028.”

Prieto, a Democrat in his second term, dismissed the warning. Asked by reporters whether riders could end up with cheaper fares but fewer buses, he said: “That's a false choice, and I don't accept it. We'll be back at the table next year.”

The bill's author, state Sen. Marisol Vance of Riverside, said the two-year backfill was “a down payment, not the whole bill.” She said in a statement that she would introduce a measure next session to fund transit through a share of the state's cap-and-trade revenue.

Republican Assembly member Craig Deller, who voted against the bill, called it “an election-year giveaway.” “Nobody is against cheap bus fares,” Deller posted on X on Tuesday afternoon. “But Sacramento just wrote a check and handed the bill to the next governor.”

Riders at the transit center were more enthusiastic. “I take two buses and a train to get to the hospital,” said Rosa Ibarra, 52, a certified nursing assistant from East Riverside. “Two dollars, that's real money back in my pocket.”

The Amalgamated Transit Union Local 1605, which represents about 1,100 Riverside drivers and mechanics, said it welcomed the cap but shared the board's concern. “Our members want full buses, not empty promises about 2028,” the union said in a statement.

The fare cap takes effect July 1. Riverside Regional Transit will hold public hearings on its 2027 budget in May.
""",
    {
        "prieto": ("Daniel Prieto", "person", ["Gov. Daniel Prieto", "Prieto", "the governor", "Gov. Prieto"], "daniel-prieto"),
        "okonkwo": ("Linda Okonkwo-Barrett", "person", ["Board chair Linda Okonkwo-Barrett"], "linda-okonkwo-barrett"),
        "vance": ("Marisol Vance", "person", ["state Sen. Marisol Vance", "The bill's author"], "marisol-vance"),
        "deller": ("Craig Deller", "person", ["Deller", "Republican Assembly member Craig Deller"], "craig-deller"),
        "ibarra": ("Rosa Ibarra", "person", [], "rosa-ibarra"),
        "atu": ("Amalgamated Transit Union Local 1605", "organisation", ["the union"], "atu-local-1605"),
    },
    {
        "signing": ("signing ceremony at the Riverside Transit Center", "speech", "Riverside Transit Center", "2026-04-14", "Tuesday"),
        "reporters": ("asked by reporters at the signing ceremony", "press", "Riverside Transit Center", "2026-04-14", "Tuesday"),
        "ledger": ("told the Ledger after the ceremony", "interview", "Riverside Transit Center", "2026-04-14", "Tuesday"),
        "vstmt": ("statement", "statement", None, None, None),
        "x": ("post on X", "social_post", None, "2026-04-14", "on Tuesday afternoon"),
        "ustmt": ("statement", "statement", None, None, None),
    },
    [
        ("the biggest thing we can do", "[Gov. Daniel Prieto] signed", "prieto", "signing", "sp"),
        ("If you clean our offices", "[Prieto] said. “This", "prieto", "signing", "s"),
        ("This is about fairness", "[Prieto] said. “This", "prieto", "signing", "s"),
        ("We support the goal", "[she] told the Ledger", "okonkwo", "ledger", "s"),
        ("Without it, we will be looking", "[she] told the Ledger", "okonkwo", "ledger", "s"),
        ("That's a false choice", "[he] said: “That's", "prieto", "reporters", "s"),
        ("a down payment, not the whole bill", "[state Sen. Marisol Vance] of Riverside", "vance", None, "sp"),
        ("an election-year giveaway", "[Craig Deller], who voted", "deller", None, "sp"),
        ("Nobody is against cheap bus fares", "[Deller] posted on X", "deller", "x", "w"),
        ("But Sacramento just wrote", "[Deller] posted on X", "deller", "x", "w"),
        ("I take two buses", "said [Rosa Ibarra]", "ibarra", None, "s"),
        ("Two dollars, that's real money", "said [Rosa Ibarra]", "ibarra", None, "s"),
        ("Our members want full buses", "the [union] said in a statement", "atu", "ustmt", "w"),
    ],
)

art(
    "g5_l5_school_board_phones", "Cedar Hollow school board bans phones for the school day after heated meeting", "2026-05-06", "Cedar Hollow Herald", "ascii",
    """Cedar Hollow school board bans phones for the school day after heated meeting

CEDAR HOLLOW, Ohio -- The Cedar Hollow City Schools board voted 4-1 on Monday night to ban student cellphones from the first bell to the last, starting in August, after a three-hour meeting at Lincoln Middle School that drew more than 200 parents.

Superintendent Dr. Gloria Haverford, who proposed the policy, told the board that phones had become "the single biggest disruption" in the district's classrooms. "Our teachers are not competing with a textbook anymore. They are competing with an algorithm designed by the smartest engineers in the world," she said. "That is not a fair fight."

Under the policy, students at all grade levels will lock their phones in magnetic pouches when they arrive. Haverford said the pouches would cost about $74,000, paid from a state safety grant.

Board president Mark Sutter said the vote followed a survey in which 71 percent of teachers said phones hurt learning. "We heard from teachers, we heard from parents, and we heard from the kids themselves," he said. "A lot of the kids told us they want someone to take the decision out of their hands."

The lone no vote came from board member Teresa Sutter, who is Mark Sutter's sister-in-law. She said parents needed to reach their children in an emergency. "After what happened in Uvalde, after what happened at Oxford, you are asking me to tell a mother she cannot text her child," she said. "I can't do that."

Haverford replied that every school office would have a direct line for parents and that the district's emergency alert system did not rely on student phones.

Parents who spoke during public comment were divided. "My son hasn't looked up from a screen since 2020," said Jennifer Alcott, whose son is a sophomore at Cedar Hollow High. "Please, give him seven hours without it." Another parent, Darnell Reese, said the policy was "a solution looking for a problem." "Teach kids to use the tool. Don't pretend it doesn't exist," he said.

Junior Maya Okafor-Lind, the student representative on the board, who cannot vote, said students were split. "Some of my friends are relieved. Some of them are furious," she said. "Honestly, I'm both."

The Cedar Hollow Education Association, the teachers' union, said in a statement Tuesday that it "strongly supports" the ban. "Teachers have been asking for this for years, and we are grateful the board listened," the statement said.

Ohio lawmakers passed a law in 2024 requiring every district to adopt a policy limiting phone use. The governor's office has encouraged districts to go further. The Cedar Hollow policy will be reviewed after one year, Haverford said.
""",
    {
        "haverford": ("Gloria Haverford", "person", ["Superintendent Dr. Gloria Haverford", "Haverford"], "gloria-haverford"),
        "mark": ("Mark Sutter", "person", ["Board president Mark Sutter"], "mark-sutter"),
        "teresa": ("Teresa Sutter", "person", ["board member Teresa Sutter"], "teresa-sutter"),
        "alcott": ("Jennifer Alcott", "person", [], "jennifer-alcott"),
        "reese": ("Darnell Reese", "person", ["Another parent"], "darnell-reese"),
        "maya": ("Maya Okafor-Lind", "person", ["Junior Maya Okafor-Lind", "the student representative"], "maya-okafor-lind"),
        "chea": ("Cedar Hollow Education Association", "organisation", ["the teachers' union", "the statement"], "cedar-hollow-education-association"),
    },
    {
        "board": ("school board meeting at Lincoln Middle School", "meeting", "Lincoln Middle School", "2026-05-04", "on Monday night"),
        "stmt": ("statement", "statement", None, "2026-05-05", "Tuesday"),
    },
    [
        ("the single biggest disruption", "[Superintendent Dr. Gloria Haverford], who proposed", "haverford", "board", "sp"),
        ("Our teachers are not competing", "[she] said. \"That is not", "haverford", "board", "s"),
        ("That is not a fair fight", "[she] said. \"That is not", "haverford", "board", "s"),
        ("We heard from teachers", "[he] said. \"A lot", "mark", "board", "s"),
        ("A lot of the kids told us", "[he] said. \"A lot", "mark", "board", "s"),
        ("After what happened in Uvalde", "[she] said. \"I can't", "teresa", "board", "s"),
        ("I can't do that", "[she] said. \"I can't", "teresa", "board", "s"),
        ("My son hasn't looked up", "said [Jennifer Alcott]", "alcott", "board", "s"),
        ("Please, give him seven hours", "said [Jennifer Alcott]", "alcott", "board", "s"),
        ("a solution looking for a problem", "[Darnell Reese], said the policy", "reese", "board", "sp"),
        ("Teach kids to use the tool", "[he] said.\n\nJunior", "reese", "board", "s"),
        ("Some of my friends are relieved", "[she] said. \"Honestly", "maya", "board", "s"),
        ("Honestly, I'm both", "[she] said. \"Honestly", "maya", "board", "s"),
        ("strongly supports", "[The Cedar Hollow Education Association], the teachers'", "chea", "stmt", "wp"),
        ("Teachers have been asking", "the [statement] said", "chea", "stmt", "w"),
    ],
)


# --- wire: datelines, several sources, a government by its capital, spokespeople, agencies ---

art(
    "g5_w1_nairobi_drought_appeal", "Kenya appeals for $410 million as drought pushes 2.3 million into hunger", "2026-03-18", "Global Wire Service", "curly",
    """Kenya appeals for $410 million as drought pushes 2.3 million into hunger

NAIROBI, March 18 (GWS) — Kenya appealed on Wednesday for $410 million in emergency aid after a fourth failed rainy season left 2.3 million people in its northern counties short of food, the government and United Nations agencies said.

Government spokesman Isaac Mwangi told a news conference at Harambee House that the money would pay for water trucking, livestock feed and cash transfers in 23 counties. “This is not a crisis that is coming. It is a crisis that is here,” Mwangi said. “Children in Turkana and Marsabit are already missing meals.”

He said the Treasury had released 4 billion shillings ($31 million) from a contingency fund but that Nairobi could not meet the need alone. “We are asking our partners to move now, not in six months when the pictures are on television,” he said.

The World Food Programme said in a statement that it had enough funding to feed only a third of the people it had identified as in need until June. “Without new money, we will be forced to cut rations in April,” WFP country director Astrid Solberg said in the statement.

Solberg later told reporters that pastoralist families had lost as much as 70 percent of their herds in some areas. “When the animals die, the economy of a whole family dies with them,” she said.

The drought has been linked by scientists to a persistent pattern of warm water in the western Indian Ocean. The Intergovernmental Authority on Development (IGAD), the regional bloc, said in a bulletin on Monday that below-average rains were “highly likely” to continue into May.

In Lodwar, the main town in Turkana county, residents described walking for hours to reach water points. “Last year we walked two hours. Now it is four,” a herder, Ekai Lokwang, told GWS by telephone. “The donkeys are too weak to carry the jerrycans.”

Opposition senator Fatuma Abdi accused the government of reacting too late. “The early warning came in October. The appeal came in March,” she wrote on X. “Somebody in Nairobi must answer for those five months.”

Asked about the criticism, Mwangi said the government had been distributing food since January. “The senator knows very well that we have been on the ground,” he said.

The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said the appeal would be launched formally in Geneva next week. A spokesperson, Jens Larsen, said OCHA was “deeply concerned” about funding for the region, where appeals for Somalia and Ethiopia were also less than a quarter funded.

The European Union said it would announce a contribution “in the coming days.” The United States, previously the largest donor to the region, did not respond to a request for comment.

(Reporting by GWS staff in Nairobi and Geneva; editing by Paula Brand)
""",
    {
        "mwangi": ("Isaac Mwangi", "person", ["Government spokesman Isaac Mwangi", "Mwangi"], "isaac-mwangi"),
        "wfp": ("World Food Programme", "organisation", ["WFP"], "world-food-programme"),
        "solberg": ("Astrid Solberg", "person", ["WFP country director Astrid Solberg", "Solberg"], "astrid-solberg"),
        "igad": ("Intergovernmental Authority on Development", "organisation", ["IGAD", "the regional bloc"], "igad"),
        "lokwang": ("Ekai Lokwang", "person", ["a herder"], "ekai-lokwang"),
        "abdi": ("Fatuma Abdi", "person", ["Opposition senator Fatuma Abdi", "The senator"], "fatuma-abdi"),
        "laerke": ("Jens Larsen", "person", ["A spokesperson"], "jens-larsen"),
        "eu": ("European Union", "organisation", [], "european-union"),
    },
    {
        "presser": ("news conference at Harambee House", "press", "Harambee House", "2026-03-18", "on Wednesday"),
        "wfpstmt": ("statement", "statement", None, None, None),
        "reporters": ("told reporters", "press", None, None, None),
        "bulletin": ("bulletin", "document", None, "2026-03-16", "on Monday"),
        "phone": ("told GWS by telephone", "interview", None, None, None),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("This is not a crisis that is coming", "[Mwangi] said. “Children", "mwangi", "presser", "s"),
        ("Children in Turkana and Marsabit", "[Mwangi] said. “Children", "mwangi", "presser", "s"),
        ("We are asking our partners", "[he] said.\n\nThe World", "mwangi", "presser", "s"),
        ("Without new money", "WFP country director [Astrid Solberg] said", "solberg", "wfpstmt", "w"),
        ("When the animals die", "[she] said.\n\nThe drought", "solberg", "reporters", "s"),
        ("highly likely", "[The Intergovernmental Authority on Development] (IGAD)", "igad", "bulletin", "wp"),
        ("Last year we walked two hours", "a herder, [Ekai Lokwang], told", "lokwang", "phone", "s"),
        ("The donkeys are too weak", "a herder, [Ekai Lokwang], told", "lokwang", "phone", "s"),
        ("The early warning came in October", "[she] wrote on X", "abdi", "x", "w"),
        ("Somebody in Nairobi must answer", "[she] wrote on X", "abdi", "x", "w"),
        ("The senator knows very well", "[Mwangi] said the government had been distributing", "mwangi", None, "s"),
        ("deeply concerned", "A spokesperson, [Jens Larsen]", "laerke", None, "sp"),
        ("in the coming days", "[The European Union] said", "eu", None, "sp"),
    ],
)

art(
    "g5_w2_geneva_wmo_report", "Last year was hottest on record as oceans break heat records, WMO says", "2026-03-24", "Global Wire Service", "curly",
    """Last year was hottest on record as oceans break heat records, WMO says

GENEVA, March 24 (GWS) — Last year was the hottest since records began, and the world's oceans stored more heat than at any time in modern measurements, the World Meteorological Organization said on Tuesday in its annual State of the Global Climate report.

The global average temperature was 1.58 degrees Celsius above the pre-industrial level, the report said, making it the second year in a row above the 1.5C threshold set in the Paris Agreement. “Every major indicator of climate change is flashing red,” the report said.

WMO Secretary-General Celeste Baptiste told a news conference at the agency's headquarters that two years above 1.5C did not mean the Paris goal was lost, since it refers to a 20-year average. “But we are burning through the margin at a frightening rate,” she said. “Every fraction of a degree matters for lives and livelihoods.”

She said sea-level rise had doubled in pace since the early 1990s and that glaciers had lost the equivalent of 29 metres of ice thickness since 1970.

Prof. Imran Qureshi, a climate scientist at the University of Leeds who was one of the report's lead reviewers, said the ocean heat figure worried him most. “The ocean is the memory of the climate system,” Qureshi said in an interview with GWS. “What we have put into it will keep coming back at us as heatwaves, coral bleaching and stronger storms for decades.”

Asked whether the record could be explained by the El Niño weather pattern, he said its influence had faded by mid-year. “El Niño gave us a push. It does not explain where we ended up,” he said.

The report was released as governments prepared for a round of climate talks in Bonn in June. U.N. Deputy Secretary-General Amara Ndiaye, in a video message played at the launch, called the findings “a planetary distress signal.” “Leaders must respond with new national plans that are worthy of the name,” he said.

Small island states said the report proved that current pledges were inadequate. “We are not debating a number on a chart. We are debating whether our islands exist in 2100,” Tuvalu's climate envoy, Seve Tafua, said in a statement.

Oil producers were more cautious. Saudi Arabia's energy ministry did not respond to a request for comment. A Brazilian official, speaking on condition of anonymity because he was not authorised to discuss negotiating positions, said Brasilia wanted rich countries to “put finance on the table first.”

Baptiste said the WMO's early-warning programme now covered more than half the world's countries. “Warnings save lives. That is the one piece of good news in this report,” she said.

(Reporting by GWS Geneva bureau; editing by Tom Reyes)
""",
    {
        "report": ("WMO State of the Global Climate report", "document", ["the report"], "wmo-state-of-the-global-climate-report"),
        "baptiste": ("Celeste Baptiste", "person", ["WMO Secretary-General Celeste Baptiste", "Baptiste"], "celeste-baptiste"),
        "qureshi": ("Imran Qureshi", "person", ["Prof. Imran Qureshi", "Qureshi", "climate scientist"], "imran-qureshi"),
        "guterres": ("Amara Ndiaye", "person", ["U.N. Deputy Secretary-General Amara Ndiaye"], "amara-ndiaye"),
        "paeniu": ("Seve Tafua", "person", ["Tuvalu's climate envoy"], "seve-tafua"),
        "brazil": ("Brazilian official", "unnamed", ["A Brazilian official"], "g5w2-brazilian-official"),
    },
    {
        "rep": ("State of the Global Climate report", "document", None, "2026-03-24", "on Tuesday"),
        "presser": ("news conference at the agency's headquarters", "press", "Geneva", "2026-03-24", "on Tuesday"),
        "intv": ("interview with GWS", "interview", None, None, None),
        "video": ("video message played at the launch", "other", None, "2026-03-24", "on Tuesday"),
        "stmt": ("statement", "statement", None, None, None),
    },
    [
        ("Every major indicator", "the [report] said", "report", "rep", "w"),
        ("But we are burning through", "[she] said. “Every fraction", "baptiste", "presser", "s"),
        ("Every fraction of a degree", "[she] said. “Every fraction", "baptiste", "presser", "s"),
        ("The ocean is the memory", "[Qureshi] said in an interview", "qureshi", "intv", "s"),
        ("What we have put into it", "[Qureshi] said in an interview", "qureshi", "intv", "s"),
        ("El Niño gave us a push", "[he] said.\n\nThe report", "qureshi", "intv", "s"),
        ("a planetary distress signal", "U.N. Deputy Secretary-General [Amara Ndiaye], in a video", "guterres", "video", "sp"),
        ("Leaders must respond", "[he] said.\n\nSmall", "guterres", "video", "s"),
        ("We are not debating a number", "Tuvalu's climate envoy, [Seve Tafua], said", "paeniu", "stmt", "w"),
        ("put finance on the table first", "A Brazilian [official], speaking", "brazil", None, "sp"),
        ("Warnings save lives", "[she] said.\n\n(Reporting", "baptiste", "presser", "s"),
    ],
)

art(
    "g5_w3_kenya_tanzania_border", "Kenya and Tanzania agree to reopen Namanga crossing to lorries after week-long standoff", "2026-04-09", "Global Wire Service", "ascii",
    """Kenya and Tanzania agree to reopen Namanga crossing to lorries after week-long standoff

NAIROBI/DAR ES SALAAM, April 9 (GWS) - Kenya and Tanzania agreed on Thursday to reopen the Namanga border crossing to cargo lorries after a week-long standoff over new inspection fees that left more than 1,400 trucks stranded, officials from both countries said.

The agreement was reached at a meeting of trade ministers in Arusha, the Tanzanian city that hosts the East African Community (EAC) secretariat. Kenya's trade minister, Wanjiru Kamau, told reporters after the talks that the fees would be suspended for 90 days while a joint committee reviewed them.

"Nobody wins when lorries sit in the sun for a week with fruit rotting in the back," Kamau said. "We have agreed to put the drivers and the traders first."

Nairobi had accused Dodoma of breaching the EAC customs union when it introduced a $150 inspection charge on foreign-registered trucks on April 1. Tanzania said the fee covered the cost of new scanners.

Tanzania's minister for industry and trade, Ally Mwinyimkuu, said the charge had been "misunderstood" but agreed it should be reviewed. "Tanzania is committed to the free movement of goods in our community. That has never been in question," he said.

Government spokesman Isaac Mwangi said in Nairobi that the cabinet welcomed the deal. "This is how neighbours should settle disagreements: at the table, not at the border," he said in a statement. Nairobi would keep a "close eye" on the review, he added.

Drivers at the crossing greeted the news with relief. "I have been sleeping in my cab for eight nights. My children think I have disappeared," said Joseph Oduya, 41, who was carrying avocados to Dar es Salaam. Another driver, who gave only his first name, Baraka, said: "They should pay us for the week we lost."

The Kenya Transporters Association, which represents hauliers, said its members had lost an estimated 600 million shillings. "Many of our members are small operators with one or two trucks. A week without income is a disaster for them," the association's chief executive, Faith Ngugi, said.

EAC Secretary-General Pierre Nzeyimana, who chaired the talks, said the dispute showed the need for a single fee schedule across the bloc. "We cannot have eight countries with eight sets of charges and call it a common market," he told GWS in an interview.

An official at Tanzania's revenue authority, who asked not to be named because he was not authorised to speak to the media, said the scanners would remain in use. "The fee is suspended. The inspections are not," the official said.

The crossing was expected to reopen to lorries on Friday morning. Traffic backed up for about 12 kilometres on the Kenyan side, police said.

(Reporting by GWS staff in Nairobi and Dar es Salaam; editing by Paula Brand)
""",
    {
        "kamau": ("Wanjiru Kamau", "person", ["Kamau", "Kenya's trade minister"], "wanjiru-kamau"),
        "mwinyi": ("Ally Mwinyimkuu", "person", ["Tanzania's minister for industry and trade"], "ally-mwinyimkuu"),
        "mwangi": ("Isaac Mwangi", "person", ["Government spokesman Isaac Mwangi"], "isaac-mwangi"),
        "oduya": ("Joseph Oduya", "person", [], "joseph-oduya"),
        "baraka": ("Baraka", "person", ["Another driver"], "g5w3-baraka"),
        "ngugi": ("Faith Ngugi", "person", ["chief executive"], "faith-ngugi"),
        "nzeyimana": ("Pierre Nzeyimana", "person", ["EAC Secretary-General Pierre Nzeyimana"], "pierre-nzeyimana"),
        "tra": ("official at Tanzania's revenue authority", "unnamed", ["An official at Tanzania's revenue authority", "the official"], "g5w3-tra-official"),
    },
    {
        "arusha": ("talks of trade ministers in Arusha", "press", "Arusha", "2026-04-09", "on Thursday"),
        "tz": ("meeting of trade ministers in Arusha", "meeting", "Arusha", "2026-04-09", "on Thursday"),
        "stmt": ("statement", "statement", "Nairobi", None, None),
        "crossing": ("at the crossing", "other", "Namanga border crossing", None, None),
        "intv": ("interview with GWS", "interview", None, None, None),
    },
    [
        ("Nobody wins when lorries", "[Kamau] said. \"We have", "kamau", "arusha", "s"),
        ("We have agreed to put the drivers", "[Kamau] said. \"We have", "kamau", "arusha", "s"),
        ("misunderstood", "[Ally Mwinyimkuu], said", "mwinyi", "tz", "sp"),
        ("Tanzania is committed", "[he] said.\n\nGovernment", "mwinyi", "tz", "s"),
        ("This is how neighbours", "[he] said in a statement", "mwangi", "stmt", "w"),
        ("close eye", "[he] added", "mwangi", "stmt", "wp"),
        ("I have been sleeping in my cab", "said [Joseph Oduya]", "oduya", "crossing", "s"),
        ("They should pay us", "[Baraka], said", "baraka", "crossing", "s"),
        ("Many of our members are small", "chief executive, [Faith Ngugi], said", "ngugi", None, "s"),
        ("We cannot have eight countries", "[he] told GWS in an interview", "nzeyimana", "intv", "s"),
        ("The fee is suspended", "the [official] said", "tra", None, "s"),
    ],
)

art(
    "g5_w4_typhoon_live_blog", "Typhoon Halong live: storm makes landfall in northern Luzon", "2026-04-21", "Global Wire Service", "curly",
    """Typhoon Halong live: storm makes landfall in northern Luzon

Live updates from the GWS Manila bureau. All times local (GMT+8).

06:12
Typhoon Halong made landfall near the town of Palanan in Isabela province at about 5.40am on Tuesday, the Philippine weather agency PAGASA said, with sustained winds of 185 km/h. “The eye of the storm is now over land. Residents in its path must stay indoors,” PAGASA forecaster Benito Estrella said in a televised briefing.

06:48
More than 310,000 people spent the night in evacuation centres, the National Disaster Risk Reduction and Management Council (NDRRMC) said. Its spokesperson, Diego Manalo, told DZBB radio that power was out across most of Isabela and Cagayan. “We have teams pre-positioned, but the roads are blocked by trees and landslides,” he said.

07:30
Manila has suspended classes and government work in 14 provinces, the presidential palace said in a statement. “The President has directed all agencies to ensure that no family is left without food, water and shelter,” the statement said.

08:05
A GWS reporter in Tuguegarao, the capital of Cagayan province, describes roofs torn from houses and the Cagayan river rising fast. Resident Marites Dizon, 38, sheltering with her three children in a school gym, said: “We heard the roof go at four in the morning. It sounded like a train.”

09:20
The Philippine Red Cross said its volunteers had rescued 46 people from flooded homes in Alcala. Secretary-General Gwendolyn Pardo said on X: “Our teams are wading through chest-deep water. Please, if you are safe, stay where you are so rescuers can reach those who are not.”

10:02
PAGASA says Halong has weakened slightly, to 165 km/h, as it crosses the Cordillera mountains. Estrella warned in an update that the storm could still cause “life-threatening” storm surges of up to three metres along the coast of Ilocos Norte.

11:15
The first confirmed death: a 67-year-old man was killed by a falling tree in Ilagan, the provincial police said. Police Col. Renato Baluyot said two others were missing after a landslide in the mountain town of Dinapigue. “Our search teams cannot reach the area yet,” Baluyot told reporters in Ilagan.

12:40
The United Nations said its agencies were ready to support the government if asked. “We stand ready to assist,” U.N. resident coordinator Arnaud Perrin said in a post on X.

13:25
Back at the evacuation centre in Tuguegarao, Marites Dizon tells our reporter that her husband, Ronaldo Dizon, a fisherman, has gone to check on their boat. “I told him the boat can be replaced. He cannot,” she said.

14:10
Halong is expected to move out over the South China Sea this evening, PAGASA said in its 2pm bulletin. “Signal No. 4 remains raised over Ilocos Norte and Apayao,” the bulletin said.

This live blog has now closed. Follow our main story for further updates.
""",
    {
        "estareja": ("Benito Estrella", "person", ["PAGASA forecaster Benito Estrella", "Estrella"], "benito-estrella"),
        "pagasa": ("PAGASA", "organisation", ["the Philippine weather agency"], "pagasa"),
        "mariano": ("Diego Manalo", "person", ["Its spokesperson"], "diego-manalo"),
        "palace": ("presidential palace", "organisation", ["the presidential palace", "the statement", "Manila"], "philippine-presidential-palace"),
        "bulletin": ("PAGASA 2pm bulletin", "document", ["the bulletin", "2pm bulletin"], "g5w4-pagasa-2pm-bulletin"),
        "dizon": ("Marites Dizon", "person", ["Resident Marites Dizon"], "marites-dizon"),
        "pang": ("Gwendolyn Pardo", "person", ["Secretary-General Gwendolyn Pardo"], "gwendolyn-pardo"),
        "baluyot": ("Renato Baluyot", "person", ["Police Col. Renato Baluyot", "Baluyot"], "renato-baluyot"),
        "peral": ("Arnaud Perrin", "person", ["U.N. resident coordinator Arnaud Perrin"], "arnaud-perrin"),
    },
    {
        "tv": ("televised briefing", "press", None, "2026-04-21", "on Tuesday"),
        "dzbb": ("DZBB radio", "broadcast", None, "2026-04-21", "on Tuesday"),
        "pstmt": ("statement", "statement", None, "2026-04-21", "on Tuesday"),
        "gym": ("evacuation centre in a school gym in Tuguegarao", "interview", "Tuguegarao", "2026-04-21", "on Tuesday"),
        "px": ("post on X", "social_post", None, "2026-04-21", "on Tuesday"),
        "update": ("update", "statement", None, "2026-04-21", "on Tuesday"),
        "ilagan": ("told reporters in Ilagan", "press", "Ilagan", "2026-04-21", "on Tuesday"),
        "bulletin": ("2pm bulletin", "document", None, "2026-04-21", "on Tuesday"),
    },
    [
        ("The eye of the storm is now over land", "forecaster [Benito Estrella] said", "estareja", "tv", "s"),
        ("We have teams pre-positioned", "[he] said.\n\n07:30", "mariano", "dzbb", "s"),
        ("The President has directed", "the [statement] said", "palace", "pstmt", "w"),
        ("We heard the roof go", "[Marites Dizon], 38", "dizon", "gym", "s"),
        ("Our teams are wading", "[Gwendolyn Pardo] said on X", "pang", "px", "w"),
        ("life-threatening", "[Estrella] warned", "estareja", "update", "sp"),
        ("Our search teams cannot reach", "[Baluyot] told reporters", "baluyot", "ilagan", "s"),
        ("We stand ready to assist", "[Arnaud Perrin] said in a post", "peral", "px", "w"),
        ("I told him the boat", "[she] said.\n\n14:10", "dizon", "gym", "s"),
        ("Signal No. 4 remains", "the [bulletin] said", "bulletin", "bulletin", "w"),
    ],
)

art(
    "g5_w5_brussels_kestrel_fine", "EU fines Kestrel Systems 1.2 billion euros over app store rules", "2026-05-13", "Global Wire Service", "ascii",
    """EU fines Kestrel Systems 1.2 billion euros over app store rules

BRUSSELS, May 13 (GWS) - The European Commission fined U.S. software group Kestrel Systems 1.2 billion euros ($1.3 billion) on Wednesday for blocking app developers from telling customers about cheaper offers outside its app store, the largest penalty yet under the bloc's Digital Markets Act.

EU competition chief Margrethe Lindahl told a news conference in Brussels that Kestrel had "deliberately and repeatedly" ignored rules that took effect in 2024. "The law is clear and it applies to everyone, however large," Lindahl said. "Kestrel chose to treat its obligations as a negotiation. They are not."

The Commission ordered the company to change its terms within 60 days or face daily penalties of up to 5 percent of its average daily worldwide turnover.

Kestrel, based in Austin, Texas, said it would appeal. "Today's decision ignores the real investments we have made to comply, and it will hand European users' data to apps we cannot vet," the company said in a statement. "We will challenge it in court."

Chief executive Jonah Ellery said at an investor conference in New York on Tuesday, before the decision was announced, that he expected to be fined. "Brussels has decided it wants a scalp," he said. "We'll see them in Luxembourg," referring to the EU's General Court.

The decision is likely to deepen tensions with Washington. U.S. Sen. Ruth Calloway, a Republican from Indiana who chairs the Senate commerce subcommittee on consumer protection, said on X that the fine was "a tax on American innovation dressed up as competition policy." "The administration should respond in kind," she wrote.

A spokesperson for the U.S. Trade Representative said the office was "reviewing the decision closely" and declined further comment.

Developers welcomed the fine. The Coalition for App Fairness, an industry group whose members include Spotify and Epic Games, said: "For years Kestrel has told developers to take it or leave it. Today the Commission said no."

Analysts said the fine itself would not trouble the company, which reported revenue of $94 billion last year. "The money is a rounding error. The remedy is what matters, because it goes to the heart of how Kestrel makes money from its store," said Ines Walloon, an analyst at Berenberg in London.

Kestrel shares were down 1.4 percent in early trading in New York.

An EU official, speaking on condition of anonymity, said the Commission was also examining Kestrel's cloud business. "This is not the last time you will hear about them from this building," the official said.

The company has 60 days to comply. Its appeal to the General Court would not suspend the order unless judges grant interim measures, a process that could take months.

(Reporting by GWS Brussels bureau; additional reporting by GWS New York; editing by Tom Reyes)
""",
    {
        "lindahl": ("Margrethe Lindahl", "person", ["EU competition chief Margrethe Lindahl", "Lindahl"], "margrethe-lindahl"),
        "kestrel": ("Kestrel Systems", "organisation", ["Kestrel", "the company"], "kestrel-systems"),
        "ellery": ("Jonah Ellery", "person", ["Chief executive Jonah Ellery"], "jonah-ellery"),
        "calloway": ("Ruth Calloway", "person", ["U.S. Sen. Ruth Calloway"], "ruth-calloway"),
        "ustr": ("U.S. Trade Representative spokesperson", "unnamed", ["A spokesperson for the U.S. Trade Representative"], "g5w5-ustr-spokesperson"),
        "caf": ("Coalition for App Fairness", "organisation", ["The Coalition for App Fairness"], "coalition-for-app-fairness"),
        "walloon": ("Ines Walloon", "person", [], "ines-walloon"),
        "euoff": ("EU official", "unnamed", ["An EU official", "the official"], "g5w5-eu-official"),
    },
    {
        "presser": ("news conference in Brussels", "press", "Brussels", "2026-05-13", "on Wednesday"),
        "stmt": ("statement", "statement", None, None, None),
        "conf": ("investor conference in New York", "meeting", "New York", "2026-05-12", "on Tuesday"),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("deliberately and repeatedly", "[Margrethe Lindahl] told a news conference", "lindahl", "presser", "sp"),
        ("The law is clear", "[Lindahl] said. \"Kestrel", "lindahl", "presser", "s"),
        ("Kestrel chose to treat", "[Lindahl] said. \"Kestrel", "lindahl", "presser", "s"),
        ("Today's decision ignores", "the [company] said in a statement", "kestrel", "stmt", "w"),
        ("We will challenge it in court", "the [company] said in a statement", "kestrel", "stmt", "w"),
        ("Brussels has decided it wants", "[he] said. \"We'll", "ellery", "conf", "s"),
        ("We'll see them in Luxembourg", "[he] said. \"We'll", "ellery", "conf", "s"),
        ("a tax on American innovation", "[U.S. Sen. Ruth Calloway], a Republican", "calloway", "x", "wp"),
        ("The administration should respond", "[she] wrote", "calloway", "x", "w"),
        ("reviewing the decision closely", "A [spokesperson] for the U.S. Trade", "ustr", None, "sp"),
        ("For years Kestrel has told", "[The Coalition for App Fairness], an industry", "caf", None, "s"),
        ("The money is a rounding error", "said [Ines Walloon]", "walloon", None, "s"),
        ("This is not the last time", "the [official] said", "euoff", None, "s"),
    ],
)


# --- science, environment, health ---

art(
    "g5_s1_swimming_study", "One in three children leave primary school unable to swim, study finds", "2026-03-26", "The Western Chronicle", "single",
    """One in three children leave primary school unable to swim, study finds

Researchers warn pool closures are widening a ‘swimming gap’ between rich and poor

One in three children in England leave primary school unable to swim 25 metres, and the gap between the richest and poorest areas has doubled in a decade, according to a study published on Wednesday.

The research, by a team at the University of Bristol and published in the journal BMJ Public Health, analysed swimming records for 212,000 pupils from 1,400 schools between 2014 and 2024.

It found that 81 per cent of children in the most affluent fifth of areas could swim the national curriculum standard by the age of 11, compared with 47 per cent in the most deprived fifth. ‘The association between deprivation and swimming ability strengthened over the study period and was partly explained by distance to the nearest public pool,’ the authors wrote.

The lead author, Prof Catherine Doyle, said the findings should worry anyone responsible for children’s safety. ‘Swimming is not a hobby. It is a life skill, and in this country it is increasingly one that depends on your postcode,’ she said at a briefing at the Science Media Centre in London on Tuesday.

Prof Doyle said 114 public pools had closed in England since 2019. ‘Every time a pool shuts, the children who lose out are the ones whose parents cannot drive them to the next town,’ she said.

Dr Helen Marchetti, director of public health for Millbrook, whose council voted this month to close its only pool, said the study confirmed what she had told councillors. ‘I did not need a journal to tell me this, but it helps to have the numbers,’ she told the Chronicle. ‘We are going to see the consequences of these decisions on beaches and riverbanks for years.’

She said the council’s plan to bus pupils to a pool in Hatherley was ‘better than nothing’ but would not reach children outside school hours.

The Royal Life Saving Society UK said in a statement that 277 people drowned accidentally in the UK last year, 19 of them children. ‘Learning to swim and to recognise danger in open water is the single best protection we can give a child,’ the charity’s chief executive, Lee Hebden, said.

Read more: Millbrook council votes to close leisure centre despite 6,000-name petition

The Department for Education said swimming remained a compulsory part of the primary curriculum. ‘Schools receive funding through the PE and sport premium, which can be used to provide additional swimming lessons,’ a spokesperson said.

Dr Ravi Menon, a paediatrician at Bristol Royal Hospital for Children who was not involved in the study, said the findings matched what he saw in A&E each summer. ‘The children we see after near-drownings are overwhelmingly from the areas this study identifies,’ he said. ‘That should shame us.’

The study’s authors called for a national target for swimming ability and for pool closures to be assessed for their effect on children’s health.
""",
    {
        "authors": ("study authors", "unnamed", ["the authors", "Researchers"], "g5s1-study-authors"),
        "doyle": ("Catherine Doyle", "person", ["Prof Catherine Doyle", "Prof Doyle", "The lead author"], "catherine-doyle"),
        "marchetti": ("Helen Marchetti", "person", ["Dr Helen Marchetti", "director of public health for Millbrook"], "helen-marchetti"),
        "heard": ("Lee Hebden", "person", ["chief executive"], "lee-hebden"),
        "dfe": ("Department for Education spokesperson", "unnamed", ["a spokesperson"], "g5s1-dfe-spokesperson"),
        "menon": ("Ravi Menon", "person", ["Dr Ravi Menon"], "ravi-menon"),
    },
    {
        "paper": ("study published in BMJ Public Health", "document", None, "2026-03-25", "on Wednesday"),
        "smc": ("briefing at the Science Media Centre", "press", "Science Media Centre, London", "2026-03-24", "on Tuesday"),
        "chron": ("told the Chronicle", "interview", None, None, None),
        "rlss": ("statement", "statement", None, None, None),
    },
    [
        ("swimming gap", "[Researchers] warn", "authors", "paper", "wp"),
        ("The association between deprivation", "the [authors] wrote", "authors", "paper", "w"),
        ("Swimming is not a hobby", "[she] said at a briefing", "doyle", "smc", "s"),
        ("Every time a pool shuts", "[she] said.\n\nDr Helen", "doyle", "smc", "s"),
        ("I did not need a journal", "[she] told the Chronicle", "marchetti", "chron", "s"),
        ("We are going to see the consequences", "[she] told the Chronicle", "marchetti", "chron", "s"),
        ("better than nothing", "[She] said the council", "marchetti", "chron", "sp"),
        ("Learning to swim and to recognise", "chief executive, [Lee Hebden], said", "heard", "rlss", "w"),
        ("Schools receive funding", "a [spokesperson] said", "dfe", None, "s"),
        ("The children we see after", "[he] said. ‘That", "menon", None, "s"),
        ("That should shame us", "[he] said. ‘That", "menon", None, "s"),
    ],
)

art(
    "g5_s2_northmoor_sewage_spills", "Northmoor Water spilled sewage for 412,000 hours last year, Environment Agency figures show", "2026-04-08", "Northern Daily Record", "curly",
    """Northmoor Water spilled sewage for 412,000 hours last year, Environment Agency figures show

Raw sewage was discharged into rivers and seas from Northmoor Water's storm overflows for more than 412,000 hours last year, the highest total of any company in England, according to Environment Agency data published on Tuesday.

The figures show that the company's 2,900 monitored overflows spilled on average 142 hours each, up 9 per cent on the year before. The River Wenning in the Yorkshire Dales recorded the single longest run, with an overflow at Bentham discharging for 61 days in a row.

The Environment Agency said the rise was “unacceptable”. “Wet weather does not excuse this performance. Companies must invest faster, and we will not hesitate to prosecute where the law has been broken,” its chair, Dame Rosalind Tavener, said.

Northmoor's chief executive, Sir Alan Harbottle, told BBC Radio Leeds on Tuesday morning that the company was “not proud” of the figures. “I understand why people are angry. I am angry,” he said. “We have the biggest investment programme in our history starting this year, and people will see the numbers come down.”

Pressed by the presenter on his £1.4m pay package, Sir Alan said he had waived his bonus for the second year running. “My pay is not what matters here. What matters is whether the river at Bentham is clean, and today it is not,” he said.

In a statement, Northmoor Water said it would spend £3.2bn by 2030 on storage tanks and treatment works. “Our plan will cut spills by 40 per cent by the end of the decade,” the company said.

Campaigners were unimpressed. Emily Sandbrook, who founded the Wenning Valley Swimmers group after her son fell ill swimming near Bentham in 2023, said the company had made the same promise before. “Every spring they publish a plan, and every summer my kids can't go in the river,” she said. “I don't want another plan. I want it to stop.”

Dr Jacob Meyrick, a freshwater ecologist at Lancaster University, said repeated spills were stripping oxygen from the river. “In the worst-hit stretches we are finding almost no mayfly larvae, which are one of the first things to go,” he said. “If the insects go, the fish follow.”

Water minister Emma Hardcastle said the figures were “disgraceful” and that the government's Water (Special Measures) Act gave regulators new powers to ban bonuses. “The days of polluting with impunity are over,” she wrote on X.

Ofwat, the economic regulator, said it was considering enforcement action against Northmoor over its performance on spills and leakage and would announce a decision “in the summer”.

The Environment Agency's full report is available on its website.
""",
    {
        "ea": ("Environment Agency", "organisation", ["The Environment Agency"], "environment-agency"),
        "tavener": ("Rosalind Tavener", "person", ["Dame Rosalind Tavener", "its chair"], "rosalind-tavener"),
        "harbottle": ("Alan Harbottle", "person", ["Sir Alan Harbottle", "Sir Alan", "Northmoor's chief executive"], "alan-harbottle"),
        "northmoor": ("Northmoor Water", "organisation", ["the company", "Northmoor"], "northmoor-water"),
        "sandbrook": ("Emily Sandbrook", "person", [], "emily-sandbrook"),
        "meyrick": ("Jacob Meyrick", "person", ["Dr Jacob Meyrick", "freshwater ecologist"], "jacob-meyrick"),
        "hardcastle": ("Emma Hardcastle", "person", ["Water minister Emma Hardcastle"], "emma-hardcastle"),
        "ofwat": ("Ofwat", "organisation", ["the economic regulator"], "ofwat"),
    },
    {
        "radio": ("BBC Radio Leeds", "broadcast", None, "2026-04-07", "on Tuesday morning"),
        "stmt": ("statement", "statement", None, None, None),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("unacceptable", "[The Environment Agency] said the rise", "ea", None, "sp"),
        ("Wet weather does not excuse", "its chair, [Dame Rosalind Tavener], said", "tavener", None, "s"),
        ("not proud", "[Sir Alan Harbottle], told BBC", "harbottle", "radio", "sp"),
        ("I understand why people are angry", "[he] said. “We have", "harbottle", "radio", "s"),
        ("We have the biggest investment", "[he] said. “We have", "harbottle", "radio", "s"),
        ("My pay is not what matters", "[he] said.\n\nIn a statement", "harbottle", "radio", "s"),
        ("Our plan will cut spills", "the [company] said.\n\nCampaigners", "northmoor", "stmt", "w"),
        ("Every spring they publish a plan", "[she] said. “I don't", "sandbrook", None, "s"),
        ("I don't want another plan", "[she] said. “I don't", "sandbrook", None, "s"),
        ("In the worst-hit stretches", "[he] said. “If", "meyrick", None, "s"),
        ("If the insects go", "[he] said. “If", "meyrick", None, "s"),
        ("disgraceful", "[Water minister Emma Hardcastle] said", "hardcastle", None, "sp"),
        ("The days of polluting", "[she] wrote on X", "hardcastle", "x", "w"),
        ("in the summer", "[Ofwat], the economic regulator, said", "ofwat", None, "sp"),
    ],
)

art(
    "g5_s3_qureshi_interview", "'We have run out of excuses': Imran Qureshi on ocean heat and the next decade", "2026-04-18", "Weekend Science Review", "ascii",
    """"We have run out of excuses": Imran Qureshi on ocean heat and the next decade

The Leeds climate scientist who helped review last month's WMO report talks to Hannah Brightwell about records, doom and what still works

Imran Qureshi has spent twenty years measuring the heat that the oceans soak up. When the World Meteorological Organization published its annual climate report in March, the professor of climate dynamics at the University of Leeds was one of its lead reviewers, and his quote about the ocean being "the memory of the climate system" went round the world.

We met in his office on Thursday, a room stacked with sediment cores and a framed photograph of an Argo float. He was, he said at the start, "tired of being the bearer of bad news". "But the news is what it is," he added. "My job is to measure it, not to make it nicer."

The interview has been edited for length and clarity.

Q: Were you surprised by last year's numbers?

A: Not by the direction. By the size, a little. The ocean took up more heat than any model I know of would have had as its central estimate. That tells you something about how much we still have to learn.

Q: People say scientists are too gloomy. Are you?

A: I am a realist. If I tell you your house is on fire, I am not being gloomy. I am telling you where the door is.

Q: What gives you hope?

A: Solar. Honestly. Ten years ago nobody I worked with thought it would be this cheap this fast. And early warnings: fewer people die in cyclones now than in my parents' time.

Q: And what worries you most?

A: That we get used to it. That a record becomes a headline for a day, and then normal.

After the interview, Qureshi walked me to the lift past a poster advertising a student climate strike. He pointed at its slogan, "There is no planet B", and smiled. "They are right, of course," he said. "I just wish it were not the children who had to say it."

His colleagues describe him as unusually patient with the public. "Imran will answer the same question for the hundredth time as if it were the first," said Dr Sofia Brennan, who runs the Leeds ocean observation group with him. "That is rarer in our field than it should be."

Qureshi will give the Royal Society's public Bakerian Lecture in London in June. Asked what he would tell the audience, he said: "We have run out of excuses. We have not run out of options."

Prof Qureshi's book, Deep Heat, is published by Fathom Press in September.
""",
    {
        "qureshi": ("Imran Qureshi", "person", ["Qureshi", "Prof Qureshi"], "imran-qureshi"),
        "strike": ("student climate strike poster", "document", [], "g5s3-strike-poster"),
        "brennan": ("Sofia Brennan", "person", ["Dr Sofia Brennan"], "sofia-brennan"),
    },
    {
        "office": ("interview in his office", "interview", "University of Leeds", "2026-04-16", "on Thursday"),
        "poster": ("poster advertising a student climate strike", "document", None, None, None),
        "lecture": ("interview in his office", "interview", "University of Leeds", "2026-04-16", "on Thursday"),
    },
    [
        ("\"We have run out of excuses\": Imran", "excuses\": [Imran Qureshi] on", "qureshi", "lecture", "sp"),
        ("the memory of the climate system", "[his] quote about the ocean", "qureshi", None, "sp"),
        ("tired of being the bearer", "[he] said at the start", "qureshi", "office", "sp"),
        ("But the news is what it is", "[he] added", "qureshi", "office", "s"),
        ("My job is to measure it", "[he] added", "qureshi", "office", "s"),
        ("There is no planet B", None, "strike", "poster", "wp"),
        ("They are right, of course", "[he] said. \"I just", "qureshi", "office", "s"),
        ("I just wish it were not", "[he] said. \"I just", "qureshi", "office", "s"),
        ("Imran will answer the same", "said [Dr Sofia Brennan]", "brennan", None, "s"),
        ("That is rarer in our field", "said [Dr Sofia Brennan]", "brennan", None, "s"),
        ("We have run out of excuses. We have not", "[he] said: \"We have", "qureshi", "lecture", "s"),
    ],
)

art(
    "g5_s4_gp_access_report", "‘Two-tier’ GP access leaves poorest areas with fewest doctors, report warns", "2026-05-01", "The Western Chronicle", "single",
    """‘Two-tier’ GP access leaves poorest areas with fewest doctors, report warns

People in the most deprived parts of England have 14 per cent fewer family doctors per head than those in the wealthiest areas, according to a report by the Calder Health Institute published on Thursday.

The think tank’s analysis of NHS workforce data found that the gap had widened every year since 2016. ‘The distribution of general practitioners in England is now inversely related to need, a pattern first described more than fifty years ago and never reversed,’ the report said. It called the situation ‘a two-tier system in all but name’.

The institute’s director of research, Dr Nadia Okonjo, said the findings should be a priority for ministers. ‘We know where the illness is. We know where the doctors are. They are not in the same places,’ she told BBC Radio 4’s Today programme on Thursday morning.

Asked whether more money would fix the problem, Dr Okonjo said funding had to follow patients. ‘You can train as many GPs as you like, but if the funding formula rewards practices in leafy suburbs, that is where they will go,’ she said.

Caption: A GP surgery waiting room in Bristol. The report found wide variation between regions.

Dr Helen Marchetti, director of public health for Millbrook and a former GP, said the figures matched her own district. ‘In our most deprived ward one doctor covers almost 2,900 patients. Four miles away it is 1,700,’ she said in a post on LinkedIn. ‘Nobody designed that, but nobody is fixing it either.’

The Royal College of General Practitioners said the report was ‘a stark reminder’ of the pressures on practices in poorer areas. Its chair, Prof Kamila Hawkridge, said in a statement: ‘GPs in these communities are working flat out. They need more colleagues, not more targets.’

A Department of Health and Social Care spokesperson said: ‘We are recruiting an extra 1,000 GPs this year and will reform the funding formula so that resources go where they are needed most.’

Health minister Stephen Kinnear, asked about the report at a visit to a surgery in Wolverhampton, told reporters that change would take time. ‘We inherited a system that has been stretched for years. I am not going to pretend it can be fixed by the summer,’ he said.

Read more: Millbrook health chief warns over pool closure

The report recommends that NHS England weight GP funding more heavily towards deprivation and offer bonuses to doctors who work in under-doctored areas for at least five years.

Patients in Hatherley, one of the areas singled out, described waits of up to four weeks for a routine appointment. ‘You ring at eight, you wait forty minutes, and then they tell you to ring tomorrow,’ said Brenda Coyle, 71, a retired shop worker.
""",
    {
        "report": ("Calder Health Institute report", "document", ["the report"], "g5s4-calder-health-institute-report"),
        "okonjo": ("Nadia Okonjo", "person", ["Dr Nadia Okonjo", "Dr Okonjo", "director of research"], "nadia-okonjo"),
        "marchetti": ("Helen Marchetti", "person", ["Dr Helen Marchetti", "director of public health for Millbrook"], "helen-marchetti"),
        "rcgp": ("Royal College of General Practitioners", "organisation", ["The Royal College of General Practitioners"], "royal-college-of-general-practitioners"),
        "hawthorne": ("Kamila Hawkridge", "person", ["Prof Kamila Hawkridge", "Its chair"], "kamila-hawkridge"),
        "dhsc": ("Department of Health and Social Care spokesperson", "unnamed", ["A Department of Health and Social Care spokesperson"], "g5s4-dhsc-spokesperson"),
        "kinnear": ("Stephen Kinnear", "person", ["Health minister Stephen Kinnear"], "stephen-kinnear"),
        "coyle": ("Brenda Coyle", "person", [], "brenda-coyle"),
    },
    {
        "rep": ("report by the Calder Health Institute", "document", None, "2026-04-30", "on Thursday"),
        "today": ("BBC Radio 4's Today programme", "broadcast", None, "2026-04-30", "on Thursday morning"),
        "li": ("post on LinkedIn", "social_post", None, None, None),
        "stmt": ("statement", "statement", None, None, None),
        "visit": ("visit to a surgery in Wolverhampton", "press", "Wolverhampton", None, None),
    },
    [
        ("Two-tier’ GP access", "[report] warns", "report", "rep", "wp"),
        ("The distribution of general practitioners", "the [report] said", "report", "rep", "w"),
        ("a two-tier system in all but name", "[It] called the situation", "report", "rep", "wp"),
        ("We know where the illness is", "[she] told BBC Radio 4", "okonjo", "today", "s"),
        ("You can train as many GPs", "[she] said.\n\nCaption", "okonjo", "today", "s"),
        ("In our most deprived ward", "[she] said in a post on LinkedIn", "marchetti", "li", "w"),
        ("Nobody designed that", "[she] said in a post on LinkedIn", "marchetti", "li", "w"),
        ("a stark reminder", "[The Royal College of General Practitioners] said", "rcgp", None, "sp"),
        ("GPs in these communities", "[Prof Kamila Hawkridge], said in a statement", "hawthorne", "stmt", "w"),
        ("We are recruiting an extra 1,000", "A Department of Health and Social Care [spokesperson] said", "dhsc", None, "s"),
        ("We inherited a system", "[he] said.\n\nRead more", "kinnear", "visit", "s"),
        ("You ring at eight", "said [Brenda Coyle]", "coyle", None, "s"),
    ],
)

art(
    "g5_s5_measles_outbreak", "Measles outbreak in Riverside County grows to 38 cases; state urges vaccination", "2026-05-20", "Riverside Ledger", "curly",
    """Measles outbreak in Riverside County grows to 38 cases; state urges vaccination

A measles outbreak centered on two elementary schools in East Riverside has grown to 38 confirmed cases, county health officials said Tuesday, the largest in the state in more than a decade.

Of those infected, 33 were unvaccinated and six have been hospitalized, including a 7-month-old baby who was too young to receive the vaccine, the Riverside County Department of Public Health said.

County health officer Dr. Samuel Achterberg told a news briefing at the county administration building that cases had doubled in ten days. “Measles is the most contagious disease we know. If you are not protected and you walk into a room where an infected person was two hours ago, you have about a nine-in-ten chance of catching it,” he said.

He urged parents to check their children's records. “The MMR vaccine is safe, it is free at every county clinic, and two doses are 97 percent effective,” Achterberg said. “There is no reason to wait.”

Gov. Daniel Prieto said in a statement Tuesday evening that the state would send mobile vaccination teams to East Riverside and extend clinic hours. “No parent should have to choose between a shift at work and protecting their child from a preventable disease,” the governor said.

At Harmon Elementary, one of the two schools at the center of the outbreak, 41 percent of kindergartners had a personal belief or medical exemption last year, according to state data. The school district said it had excluded 212 unvaccinated students from class for 21 days under state rules.

Some parents objected. “They are punishing my kids for a decision I made, and I made it carefully,” said Kristen Dahlberg, whose two sons were sent home. Another mother, who asked that her name not be used because she feared harassment, said she had “read everything” and still had doubts. “I'm not anti-science. I'm scared,” she said.

Others were angry at the exemptions. “My daughter has leukemia. She can't have the shot. She depends on everyone else,” said Arturo Mendes, whose daughter attends Harmon. “This is exactly what we were afraid of.”

Dr. Priya Venkataraman, a pediatric infectious disease specialist at Riverside Children's Hospital, said the hospitalized baby was stable. In an interview with the Ledger on Monday, she said the hospital had set up a separate entrance for suspected measles cases. “We are treating this like the emergency it is,” she said.

The Centers for Disease Control and Prevention said in its weekly update that the United States had recorded 612 measles cases so far this year. “Most of these cases are among people who were not vaccinated,” the update said.

State Sen. Marisol Vance, whose district includes East Riverside, said she would reintroduce a bill to end personal belief exemptions for public schools. “We tried this in 2019 and lost. We won't lose again,” she told reporters Tuesday.
""",
    {
        "dph": ("Riverside County Department of Public Health", "organisation", ["county health officials"], "riverside-county-department-of-public-health"),
        "achterberg": ("Samuel Achterberg", "person", ["County health officer Dr. Samuel Achterberg", "Achterberg"], "samuel-achterberg"),
        "prieto": ("Daniel Prieto", "person", ["Gov. Daniel Prieto", "the governor"], "daniel-prieto"),
        "dahlberg": ("Kristen Dahlberg", "person", [], "kristen-dahlberg"),
        "mother": ("unnamed mother at Harmon Elementary", "unnamed", ["Another mother"], "g5s5-unnamed-mother"),
        "mendes": ("Arturo Mendes", "person", [], "arturo-mendes"),
        "venk": ("Priya Venkataraman", "person", ["Dr. Priya Venkataraman"], "priya-venkataraman"),
        "cdc": ("Centers for Disease Control and Prevention", "organisation", ["The Centers for Disease Control and Prevention", "the update"], "cdc"),
        "vance": ("Marisol Vance", "person", ["State Sen. Marisol Vance"], "marisol-vance"),
    },
    {
        "brief": ("news briefing at the county administration building", "press", "county administration building", "2026-05-19", "Tuesday"),
        "gov": ("statement", "statement", None, "2026-05-19", "Tuesday evening"),
        "ledger": ("interview with the Ledger", "interview", None, "2026-05-18", "on Monday"),
        "cdcup": ("weekly update", "document", None, None, None),
        "vrep": ("told reporters", "press", None, "2026-05-19", "Tuesday"),
    },
    [
        ("Measles is the most contagious", "[he] said.\n\nHe urged", "achterberg", "brief", "s"),
        ("The MMR vaccine is safe", "[Achterberg] said. “There", "achterberg", "brief", "s"),
        ("There is no reason to wait", "[Achterberg] said. “There", "achterberg", "brief", "s"),
        ("No parent should have to choose", "the [governor] said", "prieto", "gov", "w"),
        ("They are punishing my kids", "said [Kristen Dahlberg]", "dahlberg", None, "s"),
        ("read everything", "[Another mother], who asked", "mother", None, "sp"),
        ("I'm not anti-science", "[she] said.\n\nOthers", "mother", None, "s"),
        ("My daughter has leukemia", "said [Arturo Mendes]", "mendes", None, "s"),
        ("This is exactly what we were afraid of", "said [Arturo Mendes]", "mendes", None, "s"),
        ("We are treating this like", "[she] said.\n\nThe Centers", "venk", "ledger", "s"),
        ("Most of these cases are among", "the [update] said", "cdc", "cdcup", "w"),
        ("We tried this in 2019", "[she] told reporters Tuesday", "vance", "vrep", "s"),
    ],
)


# --- sport: post-match press conferences, interviews, statements ---

art(
    "g5_sp1_football_derby", "Marsh fumes at ‘scandalous’ penalty as Harcliffe snatch derby draw", "2026-03-08", "Northern Sports Argus", "single",
    """Marsh fumes at ‘scandalous’ penalty as Harcliffe snatch derby draw

Harcliffe Town 2 Ellesmere United 2

Ellesmere manager Gary Marsh described the stoppage-time penalty that cost his side victory at the Brookfield Stadium on Saturday as ‘scandalous’ and said he would write to the refereeing body.

Ellesmere led 2-1 going into the fifth minute of added time when referee Peter Hulme pointed to the spot after Harcliffe striker Jordan Okoro went down under a challenge from defender Luke Fenwick. Okoro’s younger brother, Sam Okoro, stepped up and sent the goalkeeper the wrong way.

‘I have watched it ten times and there is no contact. None,’ Marsh told his post-match press conference. ‘It is scandalous. We have worked for ninety-five minutes and one decision takes it away.’

The 54-year-old, who was booked for his protests on the touchline, said he would ask the Professional Game Match Officials body for an explanation. ‘I am not going to get a fine for saying what everyone in the ground saw,’ he said. ‘I will put it in writing, politely.’

Photo: Sam Okoro celebrates his equaliser in front of the home fans. (Argus/Martin Bell)

Harcliffe boss Natalie Croft, in her first derby since taking charge in January, saw it differently. ‘From where I was standing it is a penalty all day long. Luke has clipped his heel,’ she said. ‘But I would say that, wouldn’t I?’

Croft had more to say about her side’s first-half display, when Ellesmere went 2-0 up through goals from Danny Kerr and Fenwick himself. ‘We were second to everything. I told them at half-time that if they wanted to play like that they could do it in front of their own families, not these supporters,’ she said.

Jordan Okoro, who scored Harcliffe’s first goal on 63 minutes, told the club’s YouTube channel that his brother had asked to take the penalty. ‘He just took the ball off me and said, “I’ve got this,”’ the striker said. ‘Fair play to him. I was shaking.’

Sam Okoro, 19, said: ‘Jordan has been taking penalties in our back garden since I was five. I have watched him enough times.’

Fenwick, who was visibly upset at full-time, posted on Instagram on Saturday night: ‘Never touched him. Proud of the lads though.’

The PGMOL said it did not comment on individual decisions.

Read more: Croft appointed Harcliffe manager on two-year deal

The draw leaves Ellesmere fourth in League One, two points off the automatic promotion places. Harcliffe are 14th. The sides meet again at Ellesmere’s Carr Lane ground on April 18.
""",
    {
        "marsh": ("Gary Marsh", "person", ["Marsh", "Ellesmere manager Gary Marsh", "The 54-year-old"], "gary-marsh"),
        "croft": ("Natalie Croft", "person", ["Croft", "Harcliffe boss Natalie Croft"], "natalie-croft"),
        "jordan": ("Jordan Okoro", "person", ["the striker", "Harcliffe striker Jordan Okoro"], "jordan-okoro"),
        "sam": ("Sam Okoro", "person", ["Okoro’s younger brother", "his brother"], "sam-okoro"),
        "fenwick": ("Luke Fenwick", "person", ["Fenwick", "defender Luke Fenwick"], "luke-fenwick"),
    },
    {
        "presser": ("post-match press conference", "press", "Brookfield Stadium", "2026-03-07", "on Saturday"),
        "croftp": ("post-match comments", "press", "Brookfield Stadium", "2026-03-07", "on Saturday"),
        "yt": ("club’s YouTube channel", "broadcast", None, None, None),
        "insta": ("post on Instagram", "social_post", None, "2026-03-07", "on Saturday night"),
    },
    [
        ("‘scandalous’ penalty", "[Marsh] fumes", "marsh", "presser", "sp"),
        ("as ‘scandalous’ and said", "[Ellesmere manager Gary Marsh] described", "marsh", "presser", "sp"),
        ("I have watched it ten times", "[Marsh] told his post-match", "marsh", "presser", "s"),
        ("It is scandalous. We have worked", "[Marsh] told his post-match", "marsh", "presser", "s"),
        ("I am not going to get a fine", "[he] said. ‘I will", "marsh", "presser", "s"),
        ("I will put it in writing", "[he] said. ‘I will", "marsh", "presser", "s"),
        ("From where I was standing", "[she] said. ‘But", "croft", "croftp", "s"),
        ("But I would say that", "[she] said. ‘But", "croft", "croftp", "s"),
        ("We were second to everything", "[she] said.\n\nJordan", "croft", "croftp", "s"),
        ("He just took the ball off me", "the [striker] said", "jordan", "yt", "s"),
        ("Fair play to him", "the [striker] said", "jordan", "yt", "s"),
        ("Jordan has been taking penalties", "[Sam Okoro], 19, said", "sam", None, "s"),
        ("Never touched him", "[Fenwick], who was visibly", "fenwick", "insta", "w"),
    ],
)

art(
    "g5_sp2_cricket_championship", "Haddon hits maiden double hundred as Wessex dig in against Northants", "2026-04-26", "County Cricket Weekly", "single",
    """Haddon hits maiden double hundred as Wessex dig in against Northants

Rothesay County Championship, Division Two: Wessex 512-8 dec v Northamptonshire 88-2 (day three of four, at the Ridgeway Ground)

Ben Haddon made the first double century of his career and then said he had ‘no idea’ how he had got there, as Wessex took control on the third day at the Ridgeway Ground on Saturday.

The 23-year-old opener batted for almost eight and a half hours for 214, hitting 27 fours and two sixes before he was caught at deep midwicket. ‘Honestly, I stopped looking at the scoreboard at about 120,’ Haddon said at the close of play. ‘The lads kept telling me to keep going, so I kept going.’

He shared a stand of 203 for the fourth wicket with his captain, Will Haddon, who is no relation. ‘We get asked about that every week,’ the younger Haddon said. ‘He is definitely not my dad. He is too old to be my brother.’

Will Haddon, who made 96, said the innings was the best he had seen from a Wessex batter in his 14 seasons at the club. ‘Ben left the ball beautifully. On this pitch that is the whole game,’ the captain said. ‘He has earned the right to be talked about at the next level.’

Photo: Ben Haddon raises his bat after reaching 200. (County Cricket Weekly/Simon Pryde)

England selector Jenny Allardyce, who watched the first two sessions from the pavilion, declined to comment on Haddon’s prospects when approached by County Cricket Weekly. ‘I am here to watch, not to talk,’ she said.

Northamptonshire lost two wickets before the close. Their coach, Andrew Mbatha, said the pitch had ‘flattened out completely’ and that his side could bat out the final day. ‘It is a good surface. If we apply ourselves there is no reason we can’t save this,’ he said.

Mbatha was less happy with the over rate of his bowlers, who were fined two points last season. ‘We were slow again today and that is on me as much as the players,’ he said.

The England and Wales Cricket Board said in a statement on Friday that it would trial a new two-ball rule in the Championship in July. ‘The trial will help us understand how to keep a better balance between bat and ball,’ the statement said.

Read more: Wessex sign South African seamer for summer

Wessex lead by 424. Play on Sunday starts at 10.30am.
""",
    {
        "ben": ("Ben Haddon", "person", ["Haddon", "the younger Haddon", "The 23-year-old opener"], "ben-haddon"),
        "will": ("Will Haddon", "person", ["the captain", "his captain"], "will-haddon"),
        "allardyce": ("Jenny Allardyce", "person", ["England selector Jenny Allardyce"], "jenny-allardyce"),
        "mbatha": ("Andrew Mbatha", "person", ["Mbatha", "Their coach"], "andrew-mbatha"),
        "ecb": ("England and Wales Cricket Board", "organisation", ["The England and Wales Cricket Board", "the statement"], "england-and-wales-cricket-board"),
    },
    {
        "close": ("at the close of play", "press", "Ridgeway Ground", "2026-04-25", "on Saturday"),
        "ground": ("at the Ridgeway Ground", "other", "Ridgeway Ground", "2026-04-25", "on Saturday"),
        "ccw": ("approached by County Cricket Weekly", "interview", "Ridgeway Ground", "2026-04-25", "on Saturday"),
        "stmt": ("statement", "statement", None, "2026-04-24", "on Friday"),
    },
    [
        ("no idea", "[Ben Haddon] made the first", "ben", "close", "sp"),
        ("Honestly, I stopped looking", "[Haddon] said at the close", "ben", "close", "s"),
        ("The lads kept telling me", "[Haddon] said at the close", "ben", "close", "s"),
        ("We get asked about that", "the younger [Haddon] said", "ben", "close", "s"),
        ("He is definitely not my dad", "the younger [Haddon] said", "ben", "close", "s"),
        ("Ben left the ball beautifully", "the [captain] said", "will", "close", "s"),
        ("He has earned the right", "the [captain] said", "will", "close", "s"),
        ("I am here to watch", "[she] said.\n\nNorthamptonshire", "allardyce", "ccw", "s"),
        ("flattened out completely", "Their coach, [Andrew Mbatha], said", "mbatha", "close", "sp"),
        ("It is a good surface", "[he] said.\n\nMbatha", "mbatha", "close", "s"),
        ("We were slow again today", "[he] said.\n\nThe England", "mbatha", "close", "s"),
        ("The trial will help us", "the [statement] said", "ecb", "stmt", "w"),
    ],
)

art(
    "g5_sp3_tennis_lindqvist", "Lindqvist beats Moreau to win first clay title in Madrid", "2026-05-03", "Global Wire Service", "curly",
    """Lindqvist beats Moreau to win first clay title in Madrid

MADRID, May 3 (GWS) — Sweden's Tara Lindqvist won her first clay-court title on Sunday, beating France's Élodie Moreau 6-4 3-6 7-5 in a Madrid Open final that lasted two hours and 51 minutes at the Caja Mágica.

Lindqvist, the world number seven, saved two break points at 5-5 in the deciding set before breaking Moreau's serve with a backhand pass down the line.

“I grew up on hard courts in Malmö and everybody told me clay would never be my surface,” the 24-year-old said during the trophy ceremony. “So this one is for everybody who said that.”

Speaking later at her press conference, Lindqvist said she had changed her approach after losing in the first round in Rome last year. “I stopped trying to hit through the court and started building points,” she said. “My coach has been telling me that for two years. I'm a slow learner.”

Her coach, Mikael Berg, said the Swede had worked through the winter on her movement. “She slides now. Last year she ran and stopped, ran and stopped,” Berg told GWS. “That is the difference on clay.”

Moreau, 29, who was playing her first final in Madrid, said she was proud despite the loss. “I gave everything. Tara was a little bit braver at 5-5,” she told reporters. “She deserved it.”

The Frenchwoman also had sharp words for the scheduling, after the final was delayed by more than an hour because a men's semi-final overran. “We warmed up three times. It is not professional,” Moreau said. “Would they do that to the men?”

The tournament said in a statement that the delay had been “unavoidable” and that both players had been kept informed.

The Women's Tennis Association said it would discuss scheduling with tournament organisers. “Player welfare and fairness in scheduling are priorities for the WTA,” a spokesperson said.

Lindqvist's father, Anders Lindqvist, a former handball player who travels with her, said the family had watched the final together in the players' box. “Her mother cried from the second set,” he said. “I waited until match point.”

Lindqvist will move up to number five in Monday's rankings. She heads to Rome next, before the French Open begins at Roland Garros on May 24. “Paris is the dream,” she said. “But first I need to sleep.”

(Reporting by GWS sports desk; editing by Tom Reyes)
""",
    {
        "tara": ("Tara Lindqvist", "person", ["Lindqvist", "the 24-year-old", "the Swede"], "tara-lindqvist"),
        "moreau": ("Élodie Moreau", "person", ["Moreau", "The Frenchwoman"], "elodie-moreau"),
        "berg": ("Mikael Berg", "person", ["Berg", "Her coach"], "mikael-berg"),
        "tourn": ("Madrid Open", "organisation", ["The tournament"], "madrid-open"),
        "wta": ("WTA spokesperson", "unnamed", ["a spokesperson"], "g5sp3-wta-spokesperson"),
        "anders": ("Anders Lindqvist", "person", ["Lindqvist's father"], "anders-lindqvist"),
    },
    {
        "trophy": ("trophy ceremony", "speech", "Caja Mágica", "2026-05-03", "on Sunday"),
        "presser": ("press conference", "press", "Caja Mágica", "2026-05-03", "on Sunday"),
        "gws": ("told GWS", "interview", None, None, None),
        "mreporters": ("told reporters", "press", "Caja Mágica", "2026-05-03", "on Sunday"),
        "stmt": ("statement", "statement", None, None, None),
    },
    [
        ("I grew up on hard courts", "the [24-year-old] said", "tara", "trophy", "s"),
        ("So this one is for everybody", "the [24-year-old] said", "tara", "trophy", "s"),
        ("I stopped trying to hit", "[she] said. “My coach", "tara", "presser", "s"),
        ("My coach has been telling me", "[she] said. “My coach", "tara", "presser", "s"),
        ("She slides now", "[Berg] told GWS", "berg", "gws", "s"),
        ("That is the difference on clay", "[Berg] told GWS", "berg", "gws", "s"),
        ("I gave everything", "[she] told reporters", "moreau", "mreporters", "s"),
        ("She deserved it", "[she] told reporters", "moreau", "mreporters", "s"),
        ("We warmed up three times", "[Moreau] said. “Would", "moreau", "mreporters", "s"),
        ("Would they do that to the men", "[Moreau] said. “Would", "moreau", "mreporters", "s"),
        ("unavoidable", "[The tournament] said in a statement", "tourn", "stmt", "wp"),
        ("Player welfare and fairness", "a [spokesperson] said", "wta", None, "s"),
        ("Her mother cried", "[he] said. “I waited", "anders", None, "s"),
        ("I waited until match point", "[he] said. “I waited", "anders", None, "s"),
        ("Paris is the dream", "[she] said. “But first", "tara", None, "s"),
        ("But first I need to sleep", "[she] said. “But first", "tara", None, "s"),
    ],
)

art(
    "g5_sp4_athletics_doping_ban", "‘I have never cheated’: Olympic medallist Adeyinka banned for four years", "2026-05-14", "Track & Field Monthly", "mixed",
    """‘I have never cheated’: Olympic medallist Adeyinka banned for four years

Britain's Olympic 400 metres bronze medallist Femi Adeyinka has been banned for four years after testing positive for a prohibited steroid, the Athletics Integrity Unit (AIU) announced on Wednesday.

The 27-year-old, who won bronze in Paris, returned an adverse finding for trenbolone in an out-of-competition test at his training base in Loughborough in November. He will be ineligible until January 2030, ruling him out of the next Olympic Games.

In a decision published on its website, the AIU said Adeyinka had failed to establish how the substance entered his body. “The athlete's explanation, that the substance came from contaminated meat consumed at a restaurant, was not supported by the evidence,” the decision said.

Adeyinka responded within an hour in a statement posted on Instagram. “I have never cheated and I never will,” he wrote. “I have given samples my whole career and every one has been clean. I will take this to the Court of Arbitration for Sport and I will clear my name.”

His lawyer, Rebecca Ofori, told BBC Sport on Wednesday evening that the panel had “ignored” scientific evidence about meat contamination. “We presented two independent experts. The panel preferred its own view,” she said. “We are confident CAS will see it differently.”

The AIU's head, Brett Colquhoun, said at a media briefing in Monaco that the case had been handled like any other. “Every athlete gets the same process, whether they are a schoolgirl in her first season or an Olympic medallist,” he said. “The rules are strict because clean athletes deserve nothing less.”

UK Athletics said in a statement that it was “deeply disappointed” and that Adeyinka would be removed from its funded programme. “We have a zero-tolerance approach to doping,” the statement said.

Teammates were more guarded. Ellie Grant, who ran with Adeyinka in the mixed relay in Paris, said on Thursday at a meeting in Doha: “I don't know the details. I know Femi, and I'm gutted for everyone involved.”

Adeyinka's former coach, Tony Mills, said he was “shocked”. “In eleven years I never saw anything that made me doubt him,” Mills told Track & Field Monthly. “But I'm not a scientist, and I'm not on that panel.”

The American sprinter Quincy Farrow, who finished fourth in the Paris final behind Adeyinka, posted on X: “Four years late, but I'll take the bronze if they offer it.” He later deleted the post.

Under the rules, Adeyinka's results since November have been annulled. His Olympic medal, won before the test, is not affected. He has 21 days to lodge an appeal with CAS.
""",
    {
        "adeyinka": ("Femi Adeyinka", "person", ["Adeyinka", "Olympic medallist Adeyinka", "The 27-year-old", "Femi"], "femi-adeyinka"),
        "decision": ("Athletics Integrity Unit decision", "document", ["the decision"], "g5sp4-aiu-decision"),
        "ofori": ("Rebecca Ofori", "person", ["His lawyer"], "rebecca-ofori"),
        "clothier": ("Brett Colquhoun", "person", ["The AIU's head"], "brett-colquhoun"),
        "uka": ("UK Athletics", "organisation", ["the statement"], "uk-athletics"),
        "grant": ("Ellie Grant", "person", [], "ellie-grant"),
        "mills": ("Tony Mills", "person", ["Mills", "former coach"], "tony-mills"),
        "farrow": ("Quincy Farrow", "person", ["The American sprinter Quincy Farrow"], "quincy-farrow"),
    },
    {
        "insta": ("statement posted on Instagram", "social_post", None, "2026-05-13", "on Wednesday"),
        "dec": ("decision published on its website", "document", None, "2026-05-13", "on Wednesday"),
        "bbc": ("told BBC Sport", "interview", None, "2026-05-13", "on Wednesday evening"),
        "brief": ("media briefing in Monaco", "press", "Monaco", None, None),
        "stmt": ("statement", "statement", None, None, None),
        "doha": ("meeting in Doha", "other", "Doha", "2026-05-14", "on Thursday"),
        "tfm": ("told Track & Field Monthly", "interview", None, None, None),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("I have never cheated’: Olympic", "[Olympic medallist Adeyinka] banned", "adeyinka", "insta", "w"),
        ("The athlete's explanation", "the [decision] said", "decision", "dec", "w"),
        ("I have never cheated and I never will", "[he] wrote", "adeyinka", "insta", "w"),
        ("I have given samples my whole", "[he] wrote", "adeyinka", "insta", "w"),
        ("ignored", "[His lawyer], Rebecca Ofori", "ofori", "bbc", "sp"),
        ("We presented two independent experts", "[she] said. “We are", "ofori", "bbc", "s"),
        ("We are confident CAS", "[she] said. “We are", "ofori", "bbc", "s"),
        ("Every athlete gets the same process", "[he] said. “The rules", "clothier", "brief", "s"),
        ("The rules are strict", "[he] said. “The rules", "clothier", "brief", "s"),
        ("deeply disappointed", "[UK Athletics] said in a statement", "uka", "stmt", "wp"),
        ("We have a zero-tolerance approach", "the [statement] said", "uka", "stmt", "w"),
        ("I don't know the details", "[Ellie Grant], who ran", "grant", "doha", "s"),
        ("shocked", "former coach, [Tony Mills], said", "mills", None, "sp"),
        ("In eleven years I never saw", "[Mills] told Track", "mills", "tfm", "s"),
        ("But I'm not a scientist", "[Mills] told Track", "mills", "tfm", "s"),
        ("Four years late", "[Quincy Farrow], who finished", "farrow", "x", "w"),
    ],
)

art(
    "g5_sp5_riverside_arena_deal", "Riverside Rapids, city reach deal on new arena; Prieto pledges state help with transit", "2026-04-28", "Riverside Ledger", "ascii",
    """Riverside Rapids, city reach deal on new arena; Prieto pledges state help with transit

The Riverside Rapids will stay in Riverside through at least 2060 after the NBA team and the city agreed Monday on a $1.1 billion downtown arena, ending two years of talk that the franchise could move to Nevada.

Under the deal announced at a news conference at City Hall, the team's owners will pay about $780 million and the city will contribute $240 million, mostly from a hotel tax, plus the land at the old rail yard on Front Street.

"This is a great day for Riverside and a great day for Rapids fans," said Mayor Yvonne Castaneda. "We kept our team, and we did it without raising a single resident's property tax."

Rapids principal owner Howard Lindgren, who had openly explored a move to Las Vegas, said he had always wanted to stay. "I never wanted to be the guy who took the Rapids out of Riverside," Lindgren said. "But I needed a building we could win in, and now we have one."

Gov. Daniel Prieto, appearing by video link, said the state would spend $60 million extending the Blue Line light rail to the arena. "An arena nobody can get to without a car is a parking lot with a roof," the governor said. "Fans will ride the train to the game, at two dollars a ride."

Not everyone was cheering. City Council member Denise Park, who voted against the term sheet last week, said the public contribution was "a subsidy to a billionaire." "Two hundred and forty million dollars could have built a lot of housing," she told the Ledger. "I hope the playoff tickets are worth it."

The Rapids went 51-31 this season and open their first-round playoff series against Denver on Saturday. Star guard Malik Townsend, asked after Monday's practice whether the news was a distraction, laughed. "Distraction? Nah. Now I know where I'm going to retire," he said. "Put my jersey up in the new place."

Head coach Lou Barretta said the players had been told about the deal at breakfast. "You could feel the room relax a little," Barretta told reporters at the team's practice facility. "Guys have families here. They want to know where home is."

The NBA said in a statement that the league's commissioner was "pleased" with the agreement. "Riverside is a great basketball market and this arena will secure the Rapids' future there for decades," the league said.

Economists were skeptical of the city's claims. "The research on this is remarkably consistent: new arenas move spending around a region more than they create it," said Victor Mathers, a sports economist at the College of the Holy Cross, in a phone interview.

Construction is due to begin next spring, with the arena opening for the 2029-30 season. The Rapids will play at the Riverside Coliseum until then.
""",
    {
        "castaneda": ("Yvonne Castaneda", "person", ["Mayor Yvonne Castaneda"], "yvonne-castaneda"),
        "lindgren": ("Howard Lindgren", "person", ["Lindgren", "Rapids principal owner Howard Lindgren"], "howard-lindgren"),
        "prieto": ("Daniel Prieto", "person", ["Gov. Daniel Prieto", "Prieto", "the governor"], "daniel-prieto"),
        "park": ("Denise Park", "person", ["City Council member Denise Park"], "denise-park"),
        "townsend": ("Malik Townsend", "person", ["Star guard Malik Townsend"], "malik-townsend"),
        "barretta": ("Lou Barretta", "person", ["Barretta", "Head coach Lou Barretta"], "lou-barretta"),
        "nba": ("NBA", "organisation", ["The NBA", "the league"], "nba"),
        "matheson": ("Victor Mathers", "person", [], "victor-mathers"),
    },
    {
        "presser": ("news conference at City Hall", "press", "City Hall", "2026-04-27", "Monday"),
        "video": ("video link to the news conference at City Hall", "press", "City Hall", "2026-04-27", "Monday"),
        "ledger": ("told the Ledger", "interview", None, None, None),
        "practice": ("after Monday's practice", "press", None, "2026-04-27", "Monday's"),
        "facility": ("told reporters at the team's practice facility", "press", "team's practice facility", "2026-04-27", "Monday's"),
        "stmt": ("statement", "statement", None, None, None),
        "phone": ("phone interview", "interview", None, None, None),
    },
    [
        ("This is a great day for Riverside", "said [Mayor Yvonne Castaneda]", "castaneda", "presser", "s"),
        ("We kept our team", "said [Mayor Yvonne Castaneda]", "castaneda", "presser", "s"),
        ("I never wanted to be the guy", "[Lindgren] said. \"But", "lindgren", "presser", "s"),
        ("But I needed a building", "[Lindgren] said. \"But", "lindgren", "presser", "s"),
        ("An arena nobody can get to", "the [governor] said", "prieto", "video", "s"),
        ("Fans will ride the train", "the [governor] said", "prieto", "video", "s"),
        ("a subsidy to a billionaire", "[City Council member Denise Park], who voted", "park", "ledger", "sp"),
        ("Two hundred and forty million", "[she] told the Ledger", "park", "ledger", "s"),
        ("I hope the playoff tickets", "[she] told the Ledger", "park", "ledger", "s"),
        ("Distraction? Nah", "[he] said. \"Put", "townsend", "practice", "s"),
        ("Put my jersey up", "[he] said. \"Put", "townsend", "practice", "s"),
        ("You could feel the room", "[Barretta] told reporters", "barretta", "facility", "s"),
        ("Guys have families here", "[Barretta] told reporters", "barretta", "facility", "s"),
        ("pleased", "[The NBA] said in a statement", "nba", "stmt", "wp"),
        ("Riverside is a great basketball market", "the [league] said", "nba", "stmt", "w"),
        ("The research on this is remarkably", "said [Victor Mathers]", "matheson", "phone", "s"),
    ],
)


# --- business and tech: results, analysts, regulators, a CEO interview, a memo ---

art(
    "g5_b1_kestrel_results", "Kestrel Systems beats forecasts but warns EU rules will dent app store growth", "2026-04-30", "Global Wire Service", "curly",
    """Kestrel Systems beats forecasts but warns EU rules will dent app store growth

AUSTIN, Texas, April 30 (GWS) — Kestrel Systems reported first-quarter revenue above Wall Street expectations on Wednesday, driven by its cloud division, but warned that changes to its app store forced by European regulators would slow growth in its most profitable business.

Revenue rose 11 percent to $24.6 billion in the three months to March 31, against analysts' average estimate of $23.9 billion, according to LSEG data. Net income was $6.1 billion, or $2.38 a share.

Chief executive Jonah Ellery told analysts on a conference call that demand for the company's AI hosting services was “running well ahead of our ability to build data centers.” “We could sell more capacity tomorrow if we had it,” he said. “That is a good problem, but it is a problem.”

Kestrel said it would raise capital spending this year to about $41 billion, up from a previous forecast of $36 billion.

Chief financial officer Maren Holt said app store revenue growth would slow to “low single digits” in the second half as the company rolled out changes in Europe. “We are complying with the Digital Markets Act in good faith, and we expect that to have a measurable effect on services margins,” Holt said on the call.

Asked by Morgan Stanley analyst Keith Ramaswamy whether Kestrel would extend the changes outside Europe, Ellery said: “We have no plans to do that. Europe has made its choice. Other markets have not.”

Shares rose 4 percent in extended trading.

“The cloud numbers are spectacular, and that is what the market cares about today,” said Dan Ives-Carter, an analyst at Wedmore Securities. “The app store is the long-term worry. If Brussels wins, Washington and Tokyo will be watching.”

In a note to clients on Thursday, analysts at Redfield Capital said the capital spending increase was “eye-watering” but justified. “Every dollar Kestrel spends on capacity is, for now, being met by a dollar and a half of demand,” the note said.

Kestrel is also facing a Senate inquiry into its hiring of AI researchers from smaller rivals. Sen. Ruth Calloway, who chairs the subcommittee leading the inquiry, said in a statement after the results that she expected Ellery to testify in June. “Record profits come with responsibilities,” Calloway said.

Kestrel declined to comment on the inquiry.

Ellery ended the call by thanking employees. “Our people built this quarter,” he said. “I want every one of them to hear that from me.”

(Reporting by GWS technology desk in Austin and San Francisco; editing by Paula Brand)
""",
    {
        "ellery": ("Jonah Ellery", "person", ["Ellery", "Chief executive Jonah Ellery"], "jonah-ellery"),
        "holt": ("Maren Holt", "person", ["Holt", "Chief financial officer Maren Holt"], "maren-holt"),
        "ives": ("Dan Ives-Carter", "person", [], "dan-ives-carter"),
        "redfield": ("Redfield Capital", "organisation", ["analysts at Redfield Capital", "the note"], "redfield-capital"),
        "calloway": ("Ruth Calloway", "person", ["Sen. Ruth Calloway", "Calloway"], "ruth-calloway"),
    },
    {
        "call": ("conference call with analysts", "meeting", None, "2026-04-29", "on Wednesday"),
        "note": ("note to clients", "document", None, "2026-04-30", "on Thursday"),
        "stmt": ("statement after the results", "statement", None, None, None),
    },
    [
        ("running well ahead of our ability", "[Jonah Ellery] told analysts", "ellery", "call", "sp"),
        ("We could sell more capacity", "[he] said. “That", "ellery", "call", "s"),
        ("That is a good problem", "[he] said. “That", "ellery", "call", "s"),
        ("low single digits", "[Maren Holt] said app store", "holt", "call", "sp"),
        ("We are complying with the Digital", "[Holt] said on the call", "holt", "call", "s"),
        ("We have no plans to do that", "[Ellery] said: “We have", "ellery", "call", "s"),
        ("The cloud numbers are spectacular", "said [Dan Ives-Carter]", "ives", None, "s"),
        ("The app store is the long-term worry", "said [Dan Ives-Carter]", "ives", None, "s"),
        ("eye-watering", "[analysts at Redfield Capital] said", "redfield", "note", "wp"),
        ("Every dollar Kestrel spends", "the [note] said", "redfield", "note", "w"),
        ("Record profits come with", "[Calloway] said.\n\nKestrel", "calloway", "stmt", "w"),
        ("Our people built this quarter", "[he] said. “I want", "ellery", "call", "s"),
        ("I want every one of them", "[he] said. “I want", "ellery", "call", "s"),
    ],
)

art(
    "g5_b2_northmoor_results", "Northmoor Water profits jump 18% as bills rise and spills continue", "2026-05-21", "The Northern Business Post", "single",
    """Northmoor Water profits jump 18% as bills rise and spills continue

Chief executive defends £1bn dividend as ‘fair return’ for investors

Northmoor Water has reported an 18 per cent rise in annual profits, weeks after it was named the worst polluter among England’s water companies, prompting fresh criticism from campaigners and MPs.

The Bradford-based company, which supplies 5.6 million customers across Yorkshire and the north-east, made an underlying pre-tax profit of £612m in the year to March 31, up from £519m. Revenue rose 21 per cent to £2.4bn after average household bills went up by £94.

Sir Alan Harbottle, chief executive, told the Post on Wednesday that the results showed the company could fund its £3.2bn clean-up programme. ‘Investors will only lend us the money to fix the rivers if they believe they will be paid back,’ he said. ‘A profitable Northmoor is a Northmoor that can afford to clean up.’

He defended a £1bn dividend to the company’s owners, a consortium led by the Canadian pension fund Laurentide Capital, as ‘a fair return’ on investment. ‘Most of that money goes to pensioners in Canada and Britain. It is not a yacht fund,’ Sir Alan said.

The company said in its annual report that storm overflow spills had risen in a wet year but that it was ‘on track’ to meet its 2030 targets. ‘We recognise that our environmental performance has fallen short of what our customers expect,’ the report said.

Photo: Sir Alan Harbottle at the company’s headquarters in Bradford. (Northmoor Water)

Labour MP for Skipton and Ripon, Tom Gorse, who sits on the Environment, Food and Rural Affairs Committee, said the results were ‘a slap in the face’ for customers. ‘People in my constituency are paying more for water than ever and watching sewage go into the river their children swim in,’ he said. ‘And the owners are paid a billion pounds.’

Analysts were more positive. Fiona Drakeford, utilities analyst at Peel Hunt, said in a research note that the results were ‘solid’ and that the company’s balance sheet was ‘among the strongest in the sector’.

The consumer body the Consumer Council for Water said it had received 14,200 complaints about Northmoor last year. ‘Customers tell us they feel they are paying for failure,’ its chief executive, Mike Keeling, said in a statement.

Sir Alan is due to appear before MPs on the Environment, Food and Rural Affairs Committee next week. Asked whether he expected a difficult session, he laughed. ‘I have never had an easy one,’ he said.

Read more: Northmoor Water spilled sewage for 412,000 hours last year

The company’s shares are not listed. Ofwat is expected to announce the outcome of its investigation into the company in the summer.
""",
    {
        "harbottle": ("Alan Harbottle", "person", ["Sir Alan Harbottle", "Sir Alan", "Chief executive"], "alan-harbottle"),
        "report": ("Northmoor Water annual report", "document", ["the report"], "g5b2-northmoor-annual-report"),
        "northmoor": ("Northmoor Water", "organisation", ["The company"], "northmoor-water"),
        "gorse": ("Tom Gorse", "person", ["Labour MP for Skipton and Ripon"], "tom-gorse"),
        "drakeford": ("Fiona Drakeford", "person", ["utilities analyst at Peel Hunt"], "fiona-drakeford"),
        "keil": ("Mike Keeling", "person", ["its chief executive"], "mike-keeling"),
    },
    {
        "post": ("told the Post", "interview", None, "2026-05-20", "on Wednesday"),
        "ar": ("annual report", "document", None, None, None),
        "note": ("research note", "document", None, None, None),
        "stmt": ("statement", "statement", None, None, None),
    },
    [
        ("‘fair return’ for investors", "[Chief executive] defends", "harbottle", "post", "sp"),
        ("Investors will only lend us", "[he] said. ‘A profitable", "harbottle", "post", "s"),
        ("A profitable Northmoor", "[he] said. ‘A profitable", "harbottle", "post", "s"),
        ("a fair return’ on investment", "[He] defended a £1bn", "harbottle", "post", "sp"),
        ("Most of that money goes", "[Sir Alan] said.\n\nThe company", "harbottle", "post", "s"),
        ("on track", "[The company] said in its annual report", "northmoor", "ar", "wp"),
        ("We recognise that our environmental", "the [report] said", "report", "ar", "w"),
        ("a slap in the face", "[Tom Gorse], who sits", "gorse", None, "sp"),
        ("People in my constituency", "[he] said. ‘And", "gorse", None, "s"),
        ("And the owners are paid", "[he] said. ‘And", "gorse", None, "s"),
        ("‘solid’", "[Fiona Drakeford], utilities analyst", "drakeford", "note", "wp"),
        ("among the strongest in the sector", "[Fiona Drakeford], utilities analyst", "drakeford", "note", "wp"),
        ("Customers tell us they feel", "its chief executive, [Mike Keeling], said", "keil", "stmt", "w"),
        ("I have never had an easy one", "[he] said.\n\nRead more", "harbottle", "post", "s"),
    ],
)

art(
    "g5_b3_ellery_interview", "Kestrel's Jonah Ellery: 'I don't lose sleep over Brussels'", "2026-05-16", "The Business Weekly", "ascii",
    """Kestrel's Jonah Ellery: "I don't lose sleep over Brussels"

Three days after the European Union fined his company 1.2 billion euros, the Kestrel Systems chief executive talks about regulators, AI and the Senate

Jonah Ellery does not look like a man who has just been handed one of the largest fines in European competition history. When we met on Friday at Kestrel's offices in Austin, he was in jeans and running shoes, and the first thing he wanted to talk about was a hiking trail.

The 51-year-old has run Kestrel for six years, in which its market value has roughly tripled. He calls the company's critics in Brussels "smart people with the wrong theory". "I don't lose sleep over Brussels," he said. "I lose sleep over whether we are building the right things."

This conversation has been condensed and edited.

Business Weekly: You said in New York that Brussels wanted a scalp. Do you still think that?

Ellery: I think the Commission wanted a big number, and it got one. We'll make our arguments in court. I'd rather talk about the products.

Business Weekly: Senator Calloway wants Washington to retaliate. Do you?

Ellery: No. I don't want a trade war over my app store. I want clear rules that apply the same way everywhere.

Business Weekly: Your capital spending is now $41 billion a year. Is that a bubble?

Ellery: If we were building capacity nobody used, yes. Every data center we open is full within months.

After the interview, Ellery's head of communications, Clara Voss, emailed to clarify one point. "Jonah meant that Kestrel respects the Commission's process, even where we disagree with its conclusions," she wrote.

Not everyone at Kestrel shares his calm. A senior engineer, who asked not to be named because employees are not permitted to speak to the press, said staff were anxious about rumored job cuts. "People hear 'efficiency' in every all-hands and they start updating their resumes," the engineer said.

Asked about the rumors, Ellery said there were "no plans for layoffs" that he could announce. "We are always moving people to where the growth is," he said. "That is different from cutting."

His predecessor, Kestrel co-founder Ada Ellery, who is his older sister and still sits on the board, told the magazine in a separate phone interview on Thursday that her brother was "the calmest person in any room". "He was like that when we were kids and the dog ran away," she said. "He just went and found it."

Ellery is due to testify before the Senate commerce subcommittee in June. "I'm looking forward to it," he said, in a tone that suggested he was not.
""",
    {
        "ellery": ("Jonah Ellery", "person", ["Ellery", "Kestrel's Jonah Ellery", "The 51-year-old", "Kestrel Systems chief executive"], "jonah-ellery"),
        "voss": ("Clara Voss", "person", ["head of communications"], "clara-voss"),
        "engineer": ("senior Kestrel engineer", "unnamed", ["A senior engineer", "the engineer"], "g5b3-kestrel-engineer"),
        "ada": ("Ada Ellery", "person", ["Kestrel co-founder Ada Ellery", "His predecessor"], "ada-ellery"),
    },
    {
        "intv": ("interview at Kestrel's offices in Austin", "interview", "Kestrel's offices, Austin", "2026-05-15", "on Friday"),
        "email": ("email after the interview", "document", None, None, None),
        "phone": ("phone interview", "interview", None, "2026-05-14", "on Thursday"),
    },
    [
        ("\"I don't lose sleep over Brussels\"\n", "Kestrel's [Jonah Ellery]:", "ellery", "intv", "s"),
        ("smart people with the wrong theory", "[He] calls the company's critics", "ellery", "intv", "sp"),
        ("I don't lose sleep over Brussels,\"", "[he] said. \"I lose", "ellery", "intv", "s"),
        ("I lose sleep over whether", "[he] said. \"I lose", "ellery", "intv", "s"),
        ("Jonah meant that Kestrel respects", "[she] wrote", "voss", "email", "w"),
        ("People hear 'efficiency'", "the [engineer] said", "engineer", None, "s"),
        ("no plans for layoffs", "[Ellery] said there were", "ellery", "intv", "sp"),
        ("We are always moving people", "[he] said. \"That is different", "ellery", "intv", "s"),
        ("That is different from cutting", "[he] said. \"That is different", "ellery", "intv", "s"),
        ("the calmest person in any room", "[Kestrel co-founder Ada Ellery], who is", "ada", "phone", "sp"),
        ("He was like that when we were kids", "[she] said. \"He just", "ada", "phone", "s"),
        ("He just went and found it", "[she] said. \"He just", "ada", "phone", "s"),
        ("I'm looking forward to it", "[he] said, in a tone", "ellery", "intv", "s"),
    ],
)

art(
    "g5_b4_kestrel_memo", "Kestrel to cut 4,000 jobs in ‘year of focus’, leaked memo shows", "2026-05-27", "TechWire Daily", "mixed",
    """Kestrel to cut 4,000 jobs in ‘year of focus’, leaked memo shows

Kestrel Systems plans to cut about 4,000 jobs, or 5 percent of its workforce, mainly in its consumer devices and app store teams, according to an internal memo seen by TechWire Daily.

The memo, sent to staff on Tuesday by chief operating officer Raymond Achebe, describes 2026 as “a year of focus” and says the company will “concentrate investment where our customers are growing fastest.” It says affected employees will be told by the end of June.

“These decisions are not a reflection of the talent or commitment of the people affected,” Achebe wrote. “They are a reflection of where the world is going and where we need to be.”

The cuts come less than two weeks after chief executive Jonah Ellery told The Business Weekly there were “no plans for layoffs” he could announce. In the same interview, Ellery said Kestrel was “always moving people to where the growth is.”

Asked about the memo, a Kestrel spokesperson said in a statement on Wednesday: “We are reshaping some teams to invest more in cloud and AI. We will support every affected colleague with generous severance and help finding new roles, inside or outside Kestrel.”

The spokesperson did not address the apparent contradiction with Ellery's comments.

Employees reacted angrily on Blind, the anonymous workplace forum. “Two weeks ago the CEO said no layoffs. Today, layoffs,” one post said. Another read: “‘Year of focus’ means year of fear.”

A manager in the app store division, who spoke on condition of anonymity, told TechWire Daily that teams had been asked in March to rank their staff. “We knew something was coming. Nobody thought it would be this big,” the manager said.

Kestrel's shares were little changed on Wednesday morning.

Analysts said the cuts were modest for a company of Kestrel's size. “This is a company spending $41 billion on data centers trimming the parts of the business regulators are squeezing,” said Priscilla Nakamura of Harborview Research. “It's a reallocation, not a retreat.”

The Communications Workers of America, which has been trying to organize Kestrel's contract workers, said the memo showed why employees needed a union. “Workers should not find out about their futures from a leak,” the union's tech campaign director, Luis Carrasco, said.

Sen. Ruth Calloway, whose subcommittee has called Ellery to testify in June, posted on X on Tuesday night: “A company that made $6 billion last quarter can afford to be honest with its own people.”

The memo also says Kestrel will close its hardware design center in Cork, Ireland, which employs about 600 people. Ireland's enterprise minister, Peter Brennock, said on Wednesday that the government would “engage immediately” with the company.
""",
    {
        "memo": ("Kestrel internal memo", "document", ["internal memo", "The memo"], "g5b4-kestrel-memo"),
        "achebe": ("Raymond Achebe", "person", ["Achebe", "chief operating officer Raymond Achebe"], "raymond-achebe"),
        "ellery": ("Jonah Ellery", "person", ["Ellery", "chief executive Jonah Ellery"], "jonah-ellery"),
        "spokes": ("Kestrel spokesperson", "unnamed", ["a Kestrel spokesperson", "The spokesperson"], "g5b4-kestrel-spokesperson"),
        "blind": ("Kestrel employees on Blind", "unnamed", ["one post", "Another"], "g5b4-blind-posters"),
        "manager": ("manager in the app store division", "unnamed", ["A manager in the app store division", "the manager"], "g5b4-app-store-manager"),
        "nakamura": ("Priscilla Nakamura", "person", [], "priscilla-nakamura"),
        "carrasco": ("Luis Carrasco", "person", ["tech campaign director"], "luis-carrasco"),
        "calloway": ("Ruth Calloway", "person", ["Sen. Ruth Calloway"], "ruth-calloway"),
        "burke": ("Peter Brennock", "person", ["Ireland's enterprise minister"], "peter-brennock"),
    },
    {
        "memo": ("internal memo to staff", "document", None, "2026-05-26", "on Tuesday"),
        "bw": ("interview with The Business Weekly", "interview", None, None, "less than two weeks after"),
        "stmt": ("statement", "statement", None, "2026-05-27", "on Wednesday"),
        "blind": ("posts on Blind", "social_post", None, None, None),
        "twd": ("told TechWire Daily", "interview", None, None, None),
        "x": ("post on X", "social_post", None, "2026-05-26", "on Tuesday night"),
        "burke": (None, None, None, "2026-05-27", "on Wednesday"),
    },
    [
        ("year of focus’, leaked memo", "leaked [memo] shows", "memo", "memo", "wp"),
        ("“a year of focus”", "The [memo], sent to staff", "memo", "memo", "wp"),
        ("concentrate investment where", "The [memo], sent to staff", "memo", "memo", "wp"),
        ("These decisions are not a reflection", "[Achebe] wrote", "achebe", "memo", "w"),
        ("They are a reflection of where", "[Achebe] wrote", "achebe", "memo", "w"),
        ("no plans for layoffs", "chief executive [Jonah Ellery] told", "ellery", "bw", "sp"),
        ("always moving people", "[Ellery] said Kestrel", "ellery", "bw", "sp"),
        ("We are reshaping some teams", "a Kestrel [spokesperson] said", "spokes", "stmt", "w"),
        ("Two weeks ago the CEO said", "one [post] said", "blind", "blind", "w"),
        ("Year of focus’ means year of fear", "[Another] read", "blind", "blind", "w"),
        ("We knew something was coming", "the [manager] said", "manager", "twd", "s"),
        ("This is a company spending", "said [Priscilla Nakamura]", "nakamura", None, "s"),
        ("It's a reallocation", "said [Priscilla Nakamura]", "nakamura", None, "s"),
        ("Workers should not find out", "[Luis Carrasco], said", "carrasco", None, "s"),
        ("A company that made $6 billion", "[Sen. Ruth Calloway], whose", "calloway", "x", "w"),
        ("engage immediately", "[Peter Brennock], said on Wednesday", "burke", "burke", "sp"),
    ],
)

art(
    "g5_b5_ofwat_northmoor_penalty", "Ofwat orders Northmoor Water to pay £168m and bans bonuses", "2026-06-04", "The Northern Business Post", "mixed",
    """Ofwat orders Northmoor Water to pay £168m and bans bonuses

Regulator says company ‘failed its customers and the environment’

Northmoor Water has been ordered to pay £168m, the largest penalty ever imposed by the water regulator, after an investigation found it had failed to run its sewage treatment works properly for at least five years.

Ofwat said on Wednesday that £120m of the total would be returned to customers through lower bills over the next two years, with the remaining £48m paid as a fine. The regulator also used new powers to ban the payment of bonuses to Northmoor's senior executives for the 2025-26 year.

“Northmoor failed its customers and the environment, and it did so over a sustained period,” Ofwat's chief executive, David Blakeley, said at a press briefing in Birmingham. “Today's penalty reflects the seriousness of those failures.”

Ofwat's final determination, published alongside the announcement, found that the company had “systematically under-invested” in maintenance at 214 treatment works. “The company's own records show that it was aware of these failures and did not act on them with the urgency required,” the determination said.

In a statement, Northmoor Water said it accepted the findings and would not appeal. “We are sorry. We let our customers down, and we are determined to put that right,” the company said.

Its chief executive, Sir Alan Harbottle, who told a committee of MPs last week that he would “take whatever the regulator decides on the chin”, said in an email to staff on Wednesday that the company must “earn back trust one river at a time”. The email, seen by the Post, added: “I know many of you feel this personally. So do I.”

The ban means Sir Alan will not receive a bonus for the third year in a row.

Environment Secretary Helen Rowe welcomed the penalty. “Water bosses have been put on notice: pollute and you will pay,” she told Sky News on Wednesday.

The campaign group River Action said the fine was “a drop in the ocean” compared with the £1bn the company paid in dividends this year. “Until the owners feel this, nothing changes,” its chair, Charles Wetherby, said.

Emily Sandbrook of the Wenning Valley Swimmers said she felt “vindicated, but not satisfied”. “I want to swim in the Wenning with my kids this summer. A fine doesn't give me that,” she said.

Credit rating agency Moody's said in a note that the penalty was manageable and that it did not expect to downgrade the company. “The penalty represents less than one quarter of annual operating profit,” the note said.

Northmoor's customers will see the £120m returned as a reduction of about £43 a household, spread over two years from April 2027.
""",
    {
        "ofwat": ("Ofwat", "organisation", ["Regulator", "The regulator"], "ofwat"),
        "black": ("David Blakeley", "person", ["Ofwat's chief executive"], "david-blakeley"),
        "determination": ("Ofwat final determination", "document", ["final determination", "the determination"], "g5b5-ofwat-determination"),
        "northmoor": ("Northmoor Water", "organisation", ["the company", "Northmoor"], "northmoor-water"),
        "harbottle": ("Alan Harbottle", "person", ["Sir Alan Harbottle", "Sir Alan", "Its chief executive"], "alan-harbottle"),
        "rowe": ("Helen Rowe", "person", ["Environment Secretary Helen Rowe"], "helen-rowe"),
        "riveraction": ("River Action", "organisation", ["The campaign group River Action"], "river-action"),
        "watson": ("Charles Wetherby", "person", ["its chair"], "charles-wetherby"),
        "sandbrook": ("Emily Sandbrook", "person", [], "emily-sandbrook"),
        "moodys": ("Moody's", "organisation", ["the note"], "moodys"),
    },
    {
        "brief": ("press briefing in Birmingham", "press", "Birmingham", "2026-06-03", "on Wednesday"),
        "det": ("final determination", "document", None, "2026-06-03", "on Wednesday"),
        "stmt": ("statement", "statement", None, None, None),
        "committee": ("committee of MPs", "hearing", None, None, "last week"),
        "email": ("email to staff", "document", None, "2026-06-03", "on Wednesday"),
        "sky": ("told Sky News", "interview", None, "2026-06-03", "on Wednesday"),
        "note": ("note", "document", None, None, None),
    },
    [
        ("failed its customers and the environment’", "[Regulator] says", "ofwat", "brief", "sp"),
        ("Northmoor failed its customers and the environment, and", "[David Blakeley], said at a press briefing", "black", "brief", "s"),
        ("Today's penalty reflects", "[David Blakeley], said at a press briefing", "black", "brief", "s"),
        ("systematically under-invested", "[Ofwat's final determination], published", "determination", "det", "wp"),
        ("The company's own records show", "the [determination] said", "determination", "det", "w"),
        ("We are sorry", "the [company] said.\n\nIts chief", "northmoor", "stmt", "w"),
        ("take whatever the regulator decides", "[Sir Alan Harbottle], who told a committee", "harbottle", "committee", "sp"),
        ("earn back trust one river", "[Sir Alan Harbottle], who told a committee", "harbottle", "email", "wp"),
        ("I know many of you feel this", "The [email], seen by the Post", "harbottle", "email", "w"),
        ("Water bosses have been put on notice", "[she] told Sky News", "rowe", "sky", "s"),
        ("a drop in the ocean", "[The campaign group River Action] said", "riveraction", None, "sp"),
        ("Until the owners feel this", "its chair, [Charles Wetherby], said", "watson", None, "s"),
        ("vindicated, but not satisfied", "[Emily Sandbrook] of the Wenning", "sandbrook", None, "sp"),
        ("I want to swim in the Wenning", "[she] said.\n\nCredit", "sandbrook", None, "s"),
        ("The penalty represents less than", "the [note] said", "moodys", "note", "w"),
    ],
)


# --- politics and courts outside the US election ---

art(
    "g5_p1_efra_committee_northmoor", "‘Do you ever feel ashamed?’ MPs grill Northmoor boss over sewage and dividends", "2026-05-28", "Westminster Daily Briefing", "single",
    """‘Do you ever feel ashamed?’ MPs grill Northmoor boss over sewage and dividends

Sir Alan Harbottle tells committee he will ‘take whatever the regulator decides on the chin’

The chief executive of Northmoor Water was accused by MPs on Wednesday of presiding over a company that ‘pays its owners first and its rivers last’, in a bruising two-hour session of the Environment, Food and Rural Affairs Committee.

Sir Alan Harbottle, who has run the company since 2019, told the committee in Portcullis House that Northmoor had ‘made mistakes’ but was now investing more than at any point in its history.

The committee’s chair, Alistair Crannach, opened by reading from a letter sent to the committee by a Bentham resident. ‘My grandchildren asked me why the river smells of toilets. I did not know what to tell them,’ the letter said.

Mr Crannach then asked Sir Alan directly: ‘Do you ever feel ashamed?’

‘Yes,’ Sir Alan replied. ‘I feel it every time I see those numbers. But shame does not build a storage tank. Money does, and we are spending it.’

Tom Gorse, the Labour MP for Skipton and Ripon, pressed him on the £1bn dividend paid this year. ‘You told the Northern Business Post it was not a yacht fund. Whose yacht fund is it, then?’ Mr Gorse asked, to laughter in the room.

Sir Alan said the dividend was paid to pension funds and that stopping it would raise the company’s borrowing costs. ‘If investors walk away, the bill payer pays more, not less,’ he said.

The Conservative MP Sarah Pennock, who represents a rural Somerset seat and has campaigned on river pollution, asked whether he would accept a bonus this year. ‘I have not taken one for two years and I will not take one this year,’ he said. ‘I will take whatever the regulator decides on the chin.’

Dr Jacob Meyrick of Lancaster University, who gave evidence in a second session, told MPs that the ecology of the Wenning had ‘measurably declined’ since 2020. ‘The river can recover, but only if the spills stop, not if they merely fall,’ he said.

Read more: Northmoor Water profits jump 18% as bills rise and spills continue

After the hearing, Mr Crannach said on X that the committee would write to Ofwat. ‘We heard contrition today. We did not hear a date when the spills will stop,’ he wrote.

Northmoor said in a statement after the session that Sir Alan had ‘answered every question openly’ and that the company would publish river-by-river targets in July.

Ofwat is due to announce the outcome of its investigation into the company next week.
""",
    {
        "mps": ("Environment, Food and Rural Affairs Committee", "organisation", ["MPs", "the committee"], "efra-committee"),
        "harbottle": ("Alan Harbottle", "person", ["Sir Alan Harbottle", "Sir Alan", "Northmoor boss", "The chief executive of Northmoor Water"], "alan-harbottle"),
        "resident": ("Bentham resident", "unnamed", ["a Bentham resident"], "g5p1-bentham-resident"),
        "carmichael": ("Alistair Crannach", "person", ["Mr Crannach", "The committee’s chair"], "alistair-crannach"),
        "gorse": ("Tom Gorse", "person", ["Mr Gorse", "Labour MP for Skipton and Ripon"], "tom-gorse"),
        "dyke": ("Sarah Pennock", "person", ["The Conservative MP Sarah Pennock"], "sarah-pennock"),
        "meyrick": ("Jacob Meyrick", "person", ["Dr Jacob Meyrick"], "jacob-meyrick"),
        "northmoor": ("Northmoor Water", "organisation", ["Northmoor"], "northmoor-water"),
    },
    {
        "hearing": ("session of the Environment, Food and Rural Affairs Committee", "hearing", "Portcullis House", "2026-05-27", "on Wednesday"),
        "letter": ("letter sent to the committee", "document", None, None, None),
        "x": ("post on X", "social_post", None, "2026-05-27", "on Wednesday"),
        "stmt": ("statement after the session", "statement", None, "2026-05-27", "on Wednesday"),
        "post": ("told the Northern Business Post", "interview", None, None, None),
    },
    [
        ("Do you ever feel ashamed?’ MPs", "[Mr Crannach] then asked", "carmichael", "hearing", "s"),
        ("take whatever the regulator decides on the chin’\n", "[Sir Alan Harbottle] tells committee", "harbottle", "hearing", "sp"),
        ("pays its owners first", "accused by [MPs] on Wednesday", "mps", "hearing", "sp"),
        ("made mistakes", "[Sir Alan Harbottle], who has run", "harbottle", "hearing", "sp"),
        ("My grandchildren asked me", "the [letter] said", "resident", "letter", "w"),
        ("‘Do you ever feel ashamed?’\n", "[Mr Crannach] then asked", "carmichael", "hearing", "s"),
        ("‘Yes,’", "[Sir Alan] replied", "harbottle", "hearing", "s"),
        ("I feel it every time", "[Sir Alan] replied", "harbottle", "hearing", "s"),
        ("You told the Northern Business Post", "[Mr Gorse] asked", "gorse", "hearing", "s"),
        ("If investors walk away", "[he] said.\n\nThe Conservative", "harbottle", "hearing", "s"),
        ("I have not taken one for two years", "[he] said. ‘I will take", "harbottle", "hearing", "s"),
        ("I will take whatever the regulator decides on the chin.", "[he] said. ‘I will take", "harbottle", "hearing", "s"),
        ("measurably declined", "[Dr Jacob Meyrick] of Lancaster", "meyrick", "hearing", "sp"),
        ("The river can recover", "[he] said.\n\nRead more", "meyrick", "hearing", "s"),
        ("We heard contrition today", "[he] wrote", "carmichael", "x", "w"),
        ("answered every question openly", "[Northmoor] said in a statement", "northmoor", "stmt", "wp"),
    ],
)

art(
    "g5_p2_minister_today_programme", "Education secretary: ‘No school will lose a penny’ under new funding formula", "2026-03-31", "The Daily Ledger (UK)", "mixed",
    """Education secretary: ‘No school will lose a penny’ under new funding formula

The education secretary has insisted that “no school will lose a penny” under a new national funding formula, after head teachers warned that thousands of primary schools faced real-terms cuts.

Bridget Thorne was speaking on BBC Radio 4's Today programme on Tuesday morning, hours before she was due to set out the formula in the Commons.

Asked by presenter Nick Rowland whether schools with falling rolls would see their budgets shrink, Ms Thorne said: “No school will lose a penny in cash terms. That is a guarantee, and I am giving it to you on this programme.”

When Rowland pointed out that costs were rising faster than the guaranteed minimum increase of 1 per cent, she said: “I'm not going to pretend that every school will find this easy. But the money is going where the children are, and that is the right principle.”

The National Association of Head Teachers said its analysis showed that 11,400 primary schools would receive less money per pupil in real terms next year. Its general secretary, Paul Whitcroft, told the BBC: “A cash guarantee in a year of rising costs is a cut by another name. Parents deserve to be told that plainly.”

Later, in the Commons, Ms Thorne told MPs that the formula would direct an extra £1.3bn to schools in deprived areas. “For too long a child in Knowsley has been funded as if their needs were the same as a child in Surrey. They are not,” she said.

Her shadow, Conservative Laura Tranter, accused the government of “robbing rural schools to pay for urban ones”. “Small village primaries in my constituency are already running on fumes,” she told the House.

The education secretary's husband, the former headteacher Simon Thorne, has been a vocal critic of previous funding rounds. Asked about his views, the minister told LBC on Tuesday afternoon: “Simon and I have argued about school funding over the breakfast table for twenty years. I expect that to continue.”

Simon Thorne, contacted by the Ledger, said: “I've read the formula. I'll tell her what I think at breakfast.”

A Department for Education source said privately that the Treasury had refused a request for a larger settlement. “We asked for more. We got what we got,” the source said.

The formula will be consulted on until June and take effect from April 2027.
""",
    {
        "thorne": ("Bridget Thorne", "person", ["Ms Thorne", "education secretary", "Education secretary", "the minister"], "bridget-thorne"),
        "robinson": ("Nick Rowland", "person", ["Rowland", "presenter Nick Rowland"], "nick-rowland"),
        "whiteman": ("Paul Whitcroft", "person", ["Its general secretary"], "paul-whitcroft"),
        "trott": ("Laura Tranter", "person", ["Her shadow", "Conservative Laura Tranter"], "laura-tranter"),
        "simon": ("Simon Thorne", "person", ["The education secretary's husband"], "simon-thorne"),
        "source": ("Department for Education source", "unnamed", ["A Department for Education source", "the source"], "g5p2-dfe-source"),
    },
    {
        "today": ("BBC Radio 4's Today programme", "broadcast", None, "2026-03-31", "on Tuesday morning"),
        "bbc": ("told the BBC", "interview", None, None, None),
        "commons": ("statement in the Commons", "speech", "Commons", "2026-03-31", "Later"),
        "lbc": ("LBC", "broadcast", None, "2026-03-31", "on Tuesday afternoon"),
        "ledger": ("contacted by the Ledger", "interview", None, None, None),
    },
    [
        ("No school will lose a penny’ under", "[Education secretary]:", "thorne", "today", "sp"),
        ("“no school will lose a penny”", "[The education secretary] has insisted", "thorne", "today", "sp"),
        ("No school will lose a penny in cash terms", "[Ms Thorne] said:", "thorne", "today", "s"),
        ("I'm not going to pretend that every", "[she] said: “I'm", "thorne", "today", "s"),
        ("A cash guarantee in a year", "[Paul Whitcroft], told the BBC", "whiteman", "bbc", "s"),
        ("For too long a child in Knowsley", "[she] said.\n\nHer shadow", "thorne", "commons", "s"),
        ("robbing rural schools", "[Conservative Laura Tranter], accused", "trott", "commons", "sp"),
        ("Small village primaries", "[she] told the House", "trott", "commons", "s"),
        ("Simon and I have argued", "the [minister] told LBC", "thorne", "lbc", "s"),
        ("I've read the formula", "[Simon Thorne], contacted", "simon", "ledger", "s"),
        ("We asked for more", "the [source] said", "source", None, "s"),
    ],
)

art(
    "g5_p3_legal_aid_ruling", "High Court rules legal aid cuts for housing cases unlawful", "2026-04-24", "The Law Gazette Online", "curly",
    """High Court rules legal aid cuts for housing cases unlawful

The government acted unlawfully when it cut legal aid for people facing eviction, the High Court ruled on Thursday, in a judgment that could force ministers to reopen a scheme used by 40,000 tenants a year.

Dame Judith Ferrers, sitting in Court 4 of the Royal Courts of Justice, said the Lord Chancellor had failed to assess the effect of the cuts on disabled tenants before introducing them last April. Reading a summary of her judgment to a packed courtroom, the judge said: “The duty to have due regard to equality is not a box to be ticked after the decision has been taken. It is a duty that must be performed before, and in substance. It was not performed here.”

The claim was brought by the Housing Law Practitioners Association and by a tenant from Croydon, identified in court only as AB, who was evicted last year after being unable to find a legal aid lawyer.

An exchange between the judge and counsel for the Ministry of Justice, Harriet Molyneux, during the hearing in March was quoted in the judgment:

Molyneux: My Lady, the department did consider equality impacts at a high level.

Judge: Where, Ms Molyneux? I have read every page of the bundle twice.

Molyneux: The consideration was informal.

The judge wrote that informal consideration “leaves no trace, and therefore cannot be scrutinised by anyone, including this court.”

Dame Judith quashed the regulations but suspended the order for three months to give the government time to respond. “It is not for this court to decide how legal aid should be funded. It is for this court to ensure that the law is followed when that decision is made,” she said.

Outside the court, AB's solicitor, Marcus Fenn of Fenn & Okafor, read a statement on his client's behalf. “I lost my home because I couldn't find a lawyer. Today a judge has said that should never have happened,” the statement said.

The association's chair, Giles Pembury, called the ruling “a vindication”. “Ministers were warned, repeatedly and in writing, that this would leave disabled tenants without help,” he told the Gazette.

A Ministry of Justice spokesperson said: “We are disappointed with the court's decision and are considering our next steps carefully.”

The shadow justice secretary, Robert Jessop, posted on X that the judgment was “another example of judges doing the job of ministers”. The Law Society president, Mark Everard, said the profession was “delighted”. “Access to justice is not a luxury,” he said in a statement on Thursday evening.

The government has 21 days to decide whether to appeal.
""",
    {
        "ferrers": ("Judith Ferrers", "person", ["Dame Judith Ferrers", "Dame Judith", "the judge"], "judith-ferrers"),
        "ab": ("AB", "person", [], "g5p3-tenant-ab"),
        "fenn": ("Marcus Fenn", "person", ["AB's solicitor"], "marcus-fenn"),
        "pembury": ("Giles Pembury", "person", ["The association's chair"], "giles-pembury"),
        "moj": ("Ministry of Justice spokesperson", "unnamed", ["A Ministry of Justice spokesperson"], "g5p3-moj-spokesperson"),
        "jenrick": ("Robert Jessop", "person", ["The shadow justice secretary"], "robert-jessop"),
        "evans": ("Mark Everard", "person", ["The Law Society president"], "mark-everard"),
    },
    {
        "ruling": ("summary of her judgment read out in Court 4 of the Royal Courts of Justice", "hearing", "Court 4, Royal Courts of Justice", "2026-04-23", "on Thursday"),
        "judgment": ("written judgment", "document", None, None, None),
        "outside": ("statement read outside the court", "statement", "outside the court", "2026-04-23", "on Thursday"),
        "gazette": ("told the Gazette", "interview", None, None, None),
        "x": ("post on X", "social_post", None, None, None),
        "lstmt": ("statement", "statement", None, "2026-04-23", "on Thursday evening"),
    },
    [
        ("The duty to have due regard", "the [judge] said:", "ferrers", "ruling", "s"),
        ("leaves no trace", "The [judge] wrote", "ferrers", "judgment", "wp"),
        ("It is not for this court to decide", "[she] said.\n\nOutside", "ferrers", "ruling", "s"),
        ("I lost my home because", "the [statement] said", "ab", "outside", "w"),
        ("a vindication", "[Giles Pembury], called", "pembury", "gazette", "sp"),
        ("Ministers were warned, repeatedly", "[he] told the Gazette", "pembury", "gazette", "s"),
        ("We are disappointed with the court", "A Ministry of Justice [spokesperson] said", "moj", None, "s"),
        ("another example of judges", "[Robert Jessop], posted on X", "jenrick", "x", "wp"),
        ("delighted", "[Mark Everard], said the profession", "evans", None, "sp"),
        ("Access to justice is not a luxury", "[he] said in a statement", "evans", "lstmt", "w"),
    ],
)

art(
    "g5_p4_nairobi_fuel_tax_protest", "Police fire tear gas as thousands protest fuel tax in Nairobi", "2026-06-02", "Global Wire Service", "ascii",
    """Police fire tear gas as thousands protest fuel tax in Nairobi

NAIROBI, June 2 (GWS) - Kenyan police fired tear gas and water cannon on Tuesday at thousands of mostly young protesters who marched on parliament against a proposed increase in fuel tax, witnesses said.

Protesters, many carrying placards reading "Tax the Rich, Not the Road" and "Reject Finance Bill 2026", gathered in the central business district from early morning. Some blew whistles and chanted "Ruto must listen" as they approached Parliament Road, where riot police had set up barricades.

"We are not criminals. We are students and boda boda riders who cannot afford to get to work," said Wanjiku Njoroge, 23, a university student who said she had been hit by a rubber bullet in the leg. "They answer our questions with tear gas."

The Kenya National Commission on Human Rights said at least 27 people had been injured and 54 arrested by mid-afternoon. "We condemn the use of excessive force against peaceful demonstrators," the commission said in a statement, calling on police to release those detained without charge.

Government spokesman Isaac Mwangi told a news briefing at Harambee House that the tax was needed to fund road maintenance and reduce borrowing. "Nobody likes to pay more tax. But every shilling we borrow today is a shilling our children repay with interest," Mwangi said. "The government has listened, and we have already reduced the rate proposed in April."

Asked about police conduct, Mwangi said any officer found to have broken the law would be held to account. "The right to protest is in our constitution. So is the duty to keep the peace," he said.

Nairobi's police commander, Adamson Bungei, said officers had acted after some protesters threw stones. "We exercised maximum restraint," he told KTN News.

Opposition senator Fatuma Abdi, who joined the march, told GWS the government had "lost touch with the people who elected it". "These young people are not asking for anything radical. They are asking to be able to afford a matatu," she said.

The finance committee of the National Assembly, which is considering the bill, said in a post on X that it would hold public hearings in all 47 counties before a vote. "The committee will listen to every submission," the post said.

The International Monetary Fund, which is negotiating a new loan programme with Kenya, has urged Nairobi to raise revenue. An IMF spokesperson in Washington declined to comment on the protests.

Protests against a finance bill in June 2024 left dozens dead and forced the government to withdraw the bill.

(Reporting by GWS staff in Nairobi; editing by Paula Brand)
""",
    {
        "protesters": ("protesters in Nairobi", "unnamed", ["Protesters"], "g5p4-protesters"),
        "njoroge": ("Wanjiku Njoroge", "person", [], "wanjiku-njoroge"),
        "knchr": ("Kenya National Commission on Human Rights", "organisation", ["The Kenya National Commission on Human Rights", "the commission"], "knchr"),
        "mwangi": ("Isaac Mwangi", "person", ["Government spokesman Isaac Mwangi", "Mwangi"], "isaac-mwangi"),
        "bungei": ("Adamson Bungei", "person", ["Nairobi's police commander"], "adamson-bungei"),
        "abdi": ("Fatuma Abdi", "person", ["Opposition senator Fatuma Abdi"], "fatuma-abdi"),
        "committee": ("finance committee of the National Assembly", "organisation", ["the post"], "kenya-national-assembly-finance-committee"),
    },
    {
        "march": ("march on parliament", "other", "Nairobi", "2026-06-02", "on Tuesday"),
        "placards": ("placards at the march on parliament", "document", "Nairobi", "2026-06-02", "on Tuesday"),
        "stmt": ("statement", "statement", None, None, None),
        "brief": ("news briefing at Harambee House", "press", "Harambee House", "2026-06-02", "on Tuesday"),
        "ktn": ("told KTN News", "interview", None, None, None),
        "gws": ("told GWS", "interview", None, None, None),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("Tax the Rich, Not the Road", "[Protesters], many carrying", "protesters", "placards", "wp"),
        ("Reject Finance Bill 2026", "[Protesters], many carrying", "protesters", "placards", "wp"),
        ("Ruto must listen", "[Protesters], many carrying", "protesters", "march", "sp"),
        ("We are not criminals", "said [Wanjiku Njoroge]", "njoroge", "march", "s"),
        ("They answer our questions", "said [Wanjiku Njoroge]", "njoroge", "march", "s"),
        ("We condemn the use of excessive", "the [commission] said in a statement", "knchr", "stmt", "w"),
        ("Nobody likes to pay more tax", "[Mwangi] said. \"The government", "mwangi", "brief", "s"),
        ("The government has listened", "[Mwangi] said. \"The government", "mwangi", "brief", "s"),
        ("The right to protest is in our", "[he] said.\n\nNairobi's", "mwangi", "brief", "s"),
        ("We exercised maximum restraint", "[he] told KTN News", "bungei", "ktn", "s"),
        ("lost touch with the people", "[Opposition senator Fatuma Abdi], who joined", "abdi", "gws", "sp"),
        ("These young people are not asking", "[she] said.\n\nThe finance", "abdi", "gws", "s"),
        ("The committee will listen", "the [post] said", "committee", "x", "w"),
    ],
)

art(
    "g5_p5_senate_hearing_kestrel", "Calloway and Kestrel's Ellery spar over AI hiring at Senate hearing", "2026-06-11", "Capitol Report", "curly",
    """Calloway and Kestrel's Ellery spar over AI hiring at Senate hearing

WASHINGTON — Kestrel Systems chief executive Jonah Ellery told senators on Wednesday that his company had “never taken a single line of code” from smaller rivals whose researchers it hired, in a tense hearing that spilled onto social media before it had ended.

Sen. Ruth Calloway, the Indiana Republican who chairs the Senate Commerce subcommittee on consumer protection, opened the hearing in the Russell Senate Office Building by accusing Kestrel of “buying startups without buying them.” “You hire the whole team, you license the technology for a fee, and you leave an empty shell behind,” she said. “That is an acquisition in everything but name, and it never gets reviewed.”

Ellery, testifying under oath for the first time, said the company had followed the law. “Every agreement we have signed was disclosed to the Federal Trade Commission,” he said. “People come to Kestrel because they want to build things at scale. That is not a crime.”

The exchange grew sharper when Calloway read aloud from an internal Kestrel email, obtained by the subcommittee, in which a vice president wrote: “If we can't buy them, we hire them and let the cap table die.” Asked who had written it, Ellery said he did not know. “I don't write every email in a company of 80,000 people, senator,” he said.

“You don't read them either, apparently,” Calloway shot back.

Minutes later, while the hearing was still under way, Calloway posted a clip of the exchange on X with the caption: “Big Tech's CEO doesn't know what his own company is doing. We do.” Kestrel's official account replied within the hour: “We answered every question the Senator asked. Watch the full hearing.”

The ranking Democrat on the subcommittee, Sen. Elijah Brandt of Oregon, said both parties shared concerns about so-called acqui-hires. “I don't agree with the chair on much,” he said during the hearing, “but on this we are on the same page.”

Outside the hearing room, Ellery told reporters that he welcomed a debate about new rules. “If Congress wants a review process for these deals, write it, and we'll follow it,” he said.

The Federal Trade Commission chair, Lina Okwuosa, said in a statement after the hearing that the agency was “studying” such arrangements across the technology industry.

Ellery's sister, Kestrel co-founder Ada Ellery, who sat behind him in the hearing room, posted on LinkedIn on Wednesday evening: “Proud of my brother today. Tough questions, honest answers.”

Calloway told Fox Business on Thursday morning that she would introduce legislation within weeks. “We are going to close this loophole,” she said.
""",
    {
        "ellery": ("Jonah Ellery", "person", ["Ellery", "Kestrel Systems chief executive Jonah Ellery", "Kestrel's Ellery"], "jonah-ellery"),
        "calloway": ("Ruth Calloway", "person", ["Calloway", "Sen. Ruth Calloway", "the Senator"], "ruth-calloway"),
        "vp": ("Kestrel vice president", "unnamed", ["a vice president"], "g5p5-kestrel-vice-president"),
        "kestrel": ("Kestrel Systems", "organisation", ["Kestrel's official account", "Kestrel"], "kestrel-systems"),
        "brandt": ("Elijah Brandt", "person", ["Sen. Elijah Brandt", "The ranking Democrat on the subcommittee"], "elijah-brandt"),
        "okwuosa": ("Lina Okwuosa", "person", ["The Federal Trade Commission chair"], "lina-okwuosa"),
        "ada": ("Ada Ellery", "person", ["Kestrel co-founder Ada Ellery", "Ellery's sister"], "ada-ellery"),
    },
    {
        "hearing": ("hearing of the Senate Commerce subcommittee on consumer protection", "hearing", "Russell Senate Office Building", "2026-06-10", "on Wednesday"),
        "email": ("internal Kestrel email", "document", None, None, None),
        "x": ("post on X", "social_post", None, "2026-06-10", "on Wednesday"),
        "reply": ("reply on X", "social_post", None, "2026-06-10", "on Wednesday"),
        "outside": ("told reporters outside the hearing room", "press", "outside the hearing room", "2026-06-10", "on Wednesday"),
        "stmt": ("statement after the hearing", "statement", None, None, None),
        "li": ("post on LinkedIn", "social_post", None, "2026-06-10", "on Wednesday evening"),
        "fox": ("Fox Business", "broadcast", None, "2026-06-11", "on Thursday morning"),
    },
    [
        ("never taken a single line of code", "[Jonah Ellery] told senators", "ellery", "hearing", "sp"),
        ("buying startups without buying them", "[Sen. Ruth Calloway], the Indiana", "calloway", "hearing", "sp"),
        ("You hire the whole team", "[she] said. “That is an", "calloway", "hearing", "s"),
        ("That is an acquisition in everything", "[she] said. “That is an", "calloway", "hearing", "s"),
        ("Every agreement we have signed", "[he] said. “People", "ellery", "hearing", "s"),
        ("People come to Kestrel because", "[he] said. “People", "ellery", "hearing", "s"),
        ("If we can't buy them", "a vice [president] wrote", "vp", "email", "w"),
        ("I don't write every email", "[he] said.\n\n“You", "ellery", "hearing", "s"),
        ("You don't read them either", "[Calloway] shot back", "calloway", "hearing", "s"),
        ("Big Tech's CEO doesn't know", "[Calloway] posted a clip", "calloway", "x", "w"),
        ("We answered every question", "[Kestrel's official account] replied", "kestrel", "reply", "w"),
        ("I don't agree with the chair", "[he] said during the hearing", "brandt", "hearing", "s"),
        ("but on this we are on the same page", "[he] said during the hearing", "brandt", "hearing", "s"),
        ("If Congress wants a review process", "[Ellery] told reporters", "ellery", "outside", "s"),
        ("studying", "[The Federal Trade Commission chair], Lina", "okwuosa", "stmt", "wp"),
        ("Proud of my brother today", "[Ellery's sister], Kestrel", "ada", "li", "w"),
        ("We are going to close this loophole", "[she] said.\n", "calloway", "fox", "s"),
    ],
)


if __name__ == "__main__":
    main()
