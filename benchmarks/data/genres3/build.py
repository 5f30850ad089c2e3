# ruff: noqa: E501 - one article or annotation a line reads best as data
"""Build genres3/docs.jsonl and gold.jsonl from the articles and annotations below.

Each article lists its speakers (canonical name, kind, entity id shared across articles,
aliases), its occasions (description, type, place, date, date words) and its quotes. A quote
is named by a unique piece of its text ("piece@N" for the Nth occurrence, from 0, where a
headline repeats the body); the script finds its span, quotation marks included, and the
speaker mention nearest to it outside any quote ("mention@N" picks an occurrence,
"mention|context" finds it in a unique piece of context). A quote's
kind code is s (speech), w (written) or t (term), with p appended for a partial fragment.
Re-run after editing: python build.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OPEN, CLOSE = "“", "”"
KINDS = {"s": "speech", "w": "written", "t": "term"}
TYPES = {"statement", "interview", "press", "speech", "debate", "hearing", "broadcast",
         "social_post", "document", "meeting", "other"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

ARTICLES: list[dict[str, Any]] = []


def add(doc_id: str, title: str, date: str, source: str, text: str,
        speakers: dict[str, tuple[str, str, str, list[str]]],
        occasions: dict[str, tuple[str | None, str | None, str | None, str | None, str | None]],
        quotes: list[tuple[Any, ...]]) -> None:
    ARTICLES.append({"id": doc_id, "title": title, "date": date, "source": source,
                     "text": text, "speakers": speakers, "occasions": occasions,
                     "quotes": quotes})


def nth(text: str, piece: str) -> int:
    base, _, n = piece.partition("@")
    index = int(n) if n else 0
    hits = [m.start() for m in re.finditer(re.escape(base), text)]
    assert hits, piece
    assert n or len(hits) == 1, f"ambiguous piece {piece!r}"
    return hits[index]


def quote_span(text: str, piece: str) -> tuple[int, int]:
    at = nth(text, piece)
    start = text.rfind(OPEN, 0, at + 1)
    close = text.find(CLOSE, at)
    para = text.find("\n", at)
    # a quote running on past its paragraph is one span per paragraph piece
    end = para if close == -1 or (para != -1 and para < close) else close + 1
    assert start != -1 and text.count("\n", start, at) == 0, piece
    return start, end


def mention_span(text: str, mention: str, start: int, end: int,
                 spans: list[tuple[int, int]]) -> tuple[int, int]:
    if "|" in mention:  # "he|he told Sky": the mention inside a unique piece of context
        base, context = mention.split("|")
        assert text.count(context) == 1, mention
        at = text.index(context) + context.index(base)
        return at, at + len(base)
    base, _, n = mention.partition("@")
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(base) + r"(?!\w)", text)]
    hits = [h for h in hits if not any(s <= h < e for s, e in spans)]
    assert hits, mention
    if n:
        at = hits[int(n)]
    else:
        at = min(hits, key=lambda h: start - (h + len(base)) if h < start else h - end)
    return at, at + len(base)


def check_date(doc_id: str, pub: str, odate: str | None, dtext: str | None) -> None:
    if dtext is None:
        assert odate is None, (doc_id, odate)
        return
    day = dt.date.fromisoformat(pub)
    words = dtext.lower()
    for i, name in enumerate(WEEKDAYS):
        if name in words and "last " + name not in words and "next" not in words:
            back = (day.weekday() - i) % 7
            assert odate == (day - dt.timedelta(days=back)).isoformat(), (doc_id, dtext, odate)
    if "yesterday" in words:
        assert odate == (day - dt.timedelta(days=1)).isoformat(), (doc_id, dtext, odate)
    if "earlier this month" in words:
        assert odate == pub[:7], (doc_id, dtext, odate)
    if "last week" in words or "recently" in words:
        assert odate is None, (doc_id, dtext, odate)


def build(article: dict[str, Any]) -> list[dict[str, Any]]:
    text, doc_id = article["text"], article["id"]
    words = len(text.split())
    assert 350 <= words <= 900, (doc_id, words)
    spans = [quote_span(text, q[0]) for q in article["quotes"]]
    assert len(set(spans)) == len(spans), doc_id
    # every span in double quotation marks must be annotated
    listed = {s for s, _ in spans}
    for m in re.finditer(OPEN, text):
        assert m.start() in listed, (doc_id, text[m.start():m.start() + 40])
    out = []
    for q, (start, end) in zip(article["quotes"], spans, strict=True):
        piece, key, mention, code, occ = q[:5]
        note = q[5] if len(q) > 5 else None
        kind = KINDS[code[0]]
        if key is None:
            canonical = skind = entity = None
            aliases: list[str] = []
        else:
            canonical, skind, entity, aliases = article["speakers"][key]
            assert skind in {"person", "organisation", "unnamed", "document"}, key
            if skind in {"person", "organisation"}:
                # a joint speaker ("X and Y") is checked name by name
                plain = text.lower().replace("'s ", " ")
                for part in canonical.lower().replace("'s ", " ").split(" and "):
                    assert part in plain, (doc_id, canonical)
            for name in aliases:  # other ways *this* article names the speaker
                assert name.lower() in text.lower(), (doc_id, name)
        occasion, otype, place, odate, dtext = (
            article["occasions"][occ] if occ is not None else (None,) * 5)
        assert otype is None or otype in TYPES, otype
        check_date(doc_id, article["date"], odate, dtext)
        if dtext is not None:
            assert dtext in text, (doc_id, dtext)
        if place is not None:
            for word in place.replace(",", " ").split():
                assert word.lower() in text.lower(), (doc_id, word)
        row: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
        if mention is not None:
            ms, me = mention_span(text, mention, start, end, spans)
            row.update(speaker=text[ms:me], speaker_start=ms, speaker_end=me)
        else:
            row.update(speaker=canonical, speaker_start=None, speaker_end=None)
        row.update({
            "speaker_canonical": canonical, "speaker_kind": skind,
            "speaker_aliases": list(aliases), "speaker_entity": entity,
            "kind": kind, "partial": code.endswith("p"),
            "occasion": occasion, "occasion_type": otype, "occasion_place": place,
            "occasion_date": odate, "occasion_date_text": dtext,
        })
        if note:
            row["note"] = note
        out.append(row)
    out.sort(key=lambda r: r["start"])
    return out


def main() -> None:
    docs, golds = [], []
    for article in ARTICLES:
        docs.append({k: article[k] for k in ("id", "title", "date", "source")} | {
            "url": None, "text": article["text"]})
        golds.append({"doc_id": article["id"], "quotes": build(article)})
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    print(f"{len(docs)} articles, {sum(len(g['quotes']) for g in golds)} quotes")


# ---------------------------------------------------------------- articles

# ----- local papers

add(
    "g3_l1_sewage_planning", "“We were not listened to”: residents lose fight over sewage works", "2026-03-12", "Ashby Moor Courier",
    """“We were not listened to”: residents lose fight over sewage works

Plans to double the size of the Felling Beck sewage treatment works were approved on Tuesday evening, despite objections from more than 300 residents who say the site already leaves their gardens smelling “like a farmyard”.

Members of Ashby Moor District Council's planning committee voted seven to two in favour of the scheme put forward by Northgate Water Services, after a three-hour meeting at Ashby town hall that at times descended into shouting.

The committee chairman, Councillor Mark Denby, warned the public gallery twice to let speakers be heard. “I understand feelings are running high, but this is a planning decision and we have to take it on planning grounds,” he said.

Susan Denby, who lives on Beck Lane and is no relation, spoke for the objectors. The 58-year-old told councillors that residents had been promised in 2019 that the works would not grow. “We were not listened to then and we are not being listened to now,” she said. “Nobody on this committee has to open their windows on Beck Lane in August.”

After the vote she was more blunt. “It was decided before we walked in,” Mrs Denby said outside the chamber.

Northgate says the expansion, costing about £38 million, is needed to stop storm overflows discharging untreated sewage into the beck during heavy rain. A letter from its chief executive, Helen Achterberg, was read to the meeting by the company's planning manager. “I give this committee my personal assurance that odour controls at Felling Beck will be the best in the country,” Ms Achterberg wrote. “We will publish the monitoring data every month.”

Several councillors were unconvinced by what one called the company's “assurances”. Councillor Priti Shah, who voted against, said the firm had a poor record. “This is the same company that was fined last year for leaks across the district. Forgive me if I don't take a letter as a guarantee,” she said.

The council's planning officer, Graham Tulloch, had recommended approval in his report, which concluded that the scheme would bring “significant environmental benefit” to the watercourse. Conditions attached to the permission require odour monitoring at four points around the site.

In a statement on Wednesday, a Northgate spokeswoman said the company was “pleased” with the decision. “We know this has been a worrying time for people living nearby, and we will keep talking to them as the work goes ahead,” she said.

Construction is due to start in the autumn and last about two years. Objectors said they were considering asking the secretary of state to call in the decision.

“We have not given up,” Mrs Denby said.
""",
    {
        "residents": ("residents objecting to the scheme", "unnamed", "g3l1-residents", ["residents", "objectors"]),
        "mdenby": ("Mark Denby", "person", "mark-denby", ["Councillor Mark Denby", "committee chairman"]),
        "sdenby": ("Susan Denby", "person", "susan-denby", ["Mrs Denby"]),
        "ach": ("Helen Achterberg", "person", "helen-achterberg", ["Achterberg", "Ms Achterberg"]),
        "councillor": ("councillor on the planning committee", "unnamed", "g3l1-unnamed-councillor", []),
        "shah": ("Priti Shah", "person", "priti-shah", ["Shah", "Councillor Priti Shah"]),
        "report": ("planning officer's report", "document", "g3l1-planning-report", []),
        "nspox": ("Northgate Water Services spokeswoman", "unnamed", "northgate-water-spokeswoman", ["Northgate spokeswoman"]),
    },
    {
        "mtg": ("planning committee meeting", "meeting", "Ashby town hall", "2026-03-10", "on Tuesday evening"),
        "outside": ("outside the chamber after the vote", "other", "Ashby town hall", "2026-03-10", "on Tuesday evening"),
        "letter": ("letter read to the planning committee meeting", "document", "Ashby town hall", "2026-03-10", "on Tuesday evening"),
        "report": ("planning officer's report", "document", None, None, None),
        "stmt": ("statement", "statement", None, "2026-03-11", "on Wednesday"),
    },
    [
        ("We were not listened to@0", "sdenby", None, "s", "mtg", "headline repeats the body quote"),
        ("like a farmyard", "residents", "residents", "sp", None),
        ("I understand feelings", "mdenby", "he", "s", "mtg"),
        ("We were not listened to@1", "sdenby", "she", "s", "mtg"),
        ("Nobody on this committee", "sdenby", "she", "s", "mtg"),
        ("It was decided before", "sdenby", "Mrs Denby", "s", "outside"),
        ("I give this committee", "ach", "Ms Achterberg", "w", "letter", "letter read out by the planning manager; the words are Achterberg's"),
        ("We will publish the monitoring", "ach", "Ms Achterberg", "w", "letter"),
        ("assurances", "councillor", "one", "sp", "mtg", "one councillor's word, not the reporter's scare quote"),
        ("This is the same company", "shah", "she", "s", "mtg"),
        ("significant environmental benefit", "report", "his report", "wp", "report", "the report itself speaks"),
        ("pleased", "nspox", "a Northgate spokeswoman", "wp", "stmt"),
        ("We know this has been", "nspox", "she", "w", "stmt"),
        ("We have not given up", "sdenby", "Mrs Denby", "s", None, "a kicker after background: not read as part of the meeting account"),
    ],
)

add(
    "g3_l2_court_rogue_trader", "Rogue trader who conned pensioners jailed for six years", "2026-05-22", "Teesside Evening Post",
    """Rogue trader who conned pensioners jailed for six years

A rogue trader who took more than £140,000 from elderly homeowners for roofing work he never did was jailed for six years at Teesside Crown Court yesterday.

Darren Holt, 46, of Acklam Road, Middlesbrough, had admitted 11 counts of fraud between 2022 and 2024. His victims, the youngest of them 74, were told their roofs were unsafe and persuaded to hand over cash deposits.

Sentencing him, Judge Alison Fenwick said Holt had chosen his targets with care. “You knocked on the doors of people who lived alone, who you judged would be too frightened or too embarrassed to complain,” she told him. “That is not the conduct of a businessman. It is the conduct of a predator.”

Prosecutor Jonathan Marsh read to the court a statement from one victim, an 81-year-old widow from Stockton who cannot be named for legal reasons. “He sat in my kitchen and said, ‘Don't worry, love, I'll look after you.’ I gave him my savings. I have not slept properly since,” the statement said.

Mr Marsh told the court that Holt had used four different company names and had moved between addresses in Middlesbrough and Darlington to avoid being traced. Trading standards officers, working with police under the name “Operation Roofline”, first became aware of him when a bank clerk raised concerns about a customer withdrawing £18,000 in cash.

In mitigation, Holt's barrister, Simon Achebe, said his client had been drinking heavily and was “deeply ashamed”. “He does not ask for sympathy. He knows he will go to prison today,” Mr Achebe said. The 46-year-old, wearing a grey sweatshirt, kept his head bowed throughout the hearing and did not react as he was led away.

Judge Fenwick said she had taken his guilty pleas into account but could not ignore the harm done. “Several of these victims have lost not only money, but their confidence in their own judgment,” she said.

Speaking outside court, Detective Sergeant Karen Holt of Cleveland Police, who is no relation, said she hoped the sentence would encourage other victims to come forward. “We believe there are people out there who were targeted by this man and have never told anyone,” she said. “Please ring us. You will be believed.”

DS Holt said the force had recovered about £30,000, which would be returned to victims. A proceeds of crime hearing will be held later this year.

In a statement, Cleveland Police urged residents to be wary of “doorstep deals”. “Genuine tradespeople do not demand cash up front or pressure you into deciding on the spot,” the force said.
""",
    {
        "fenwick": ("Alison Fenwick", "person", "alison-fenwick", ["Judge Fenwick", "Fenwick", "Judge Alison Fenwick"]),
        "victim": ("81-year-old widow from Stockton", "unnamed", "g3l2-victim", ["victim"]),
        "achebe": ("Simon Achebe", "person", "simon-achebe", ["Achebe", "Mr Achebe"]),
        "kholt": ("Karen Holt", "person", "karen-holt", ["DS Holt", "Detective Sergeant Karen Holt"]),
        "police": ("Cleveland Police", "organisation", "cleveland-police", ["the force"]),
    },
    {
        "court": ("sentencing hearing at Teesside Crown Court", "hearing", "Teesside Crown Court", "2026-05-21", "yesterday"),
        "vstmt": ("victim statement read to the court", "document", "Teesside Crown Court", "2026-05-21", "yesterday"),
        "outside": ("speaking outside court", "other", "Teesside Crown Court", "2026-05-21", "yesterday"),
        "pstmt": ("statement", "statement", None, None, None),
    },
    [
        ("You knocked on the doors", "fenwick", "she", "s", "court"),
        ("That is not the conduct", "fenwick", "she", "s", "court"),
        ("Operation Roofline", None, None, "t", None, "an operation's name"),
        ("He sat in my kitchen", "victim", "the statement", "w", "vstmt", "read out by the prosecutor; the words are the victim's; contains Holt's words in single marks"),
        ("deeply ashamed", "achebe", "Simon Achebe", "sp", "court"),
        ("He does not ask for sympathy", "achebe", "Mr Achebe", "s", "court"),
        ("Several of these victims", "fenwick", "she", "s", "court"),
        ("We believe there are people", "kholt", "she", "s", "outside"),
        ("Please ring us", "kholt", "she", "s", "outside"),
        ("doorstep deals", "police", "Cleveland Police", "wp", "pstmt"),
        ("Genuine tradespeople", "police", "the force", "w", "pstmt"),
    ],
)

add(
    "g3_l3_police_hit_and_run", "Police release video, ask public's help in fatal hit-and-run", "2026-06-09", "Dayton Daily Ledger",
    """Police release video, ask public's help in fatal hit-and-run

DAYTON — Dayton police on Monday released surveillance video of a pickup truck they believe struck and killed a 12-year-old boy riding his bicycle on the city's east side last week, and pleaded with the driver to turn himself in.

“Somebody knows who was driving this truck,” Police Chief Raymond Ortiz said at a news conference at police headquarters on West Third Street. “Somebody has seen the damage to that front bumper. I am asking you to do the right thing.”

Jayden Wells was hit at about 8:40 p.m. on June 1 as he crossed Smithville Road near Linden Avenue. He died the next morning at Dayton Children's Hospital.

The video, taken from a gas station camera, shows a dark gray Ford F-150 with a ladder rack slowing briefly and then driving north. Ortiz said detectives had ruled out about 40 trucks so far.

The chief, who has led the department since 2023, grew emotional as he described speaking to Jayden's mother. “She asked me one thing: ‘Will you find him?’ And I told her we will,” he said.

Lt. Dana Okafor, who leads the traffic investigations unit, said the truck was likely to have damage to its front passenger side. “If you run a body shop and a truck like this came in last week, call us,” she said.

Jayden's family said in a statement read by their pastor, the Rev. Michael Greer, that the boy “loved that bike more than anything.” “Jayden was a kind, funny child who was always looking out for his little sister. We cannot understand how anyone could leave him in the road,” the statement said.

Neighbors have placed flowers and a white-painted bicycle at the corner. “Kids ride through here all the time. The cars come down Smithville way too fast,” said Terrence Bell, who lives two houses away. Bell said residents had asked the city for a crosswalk at the intersection more than a year ago.

Mayor Angela Whitfield wrote on Facebook on Sunday that the city would review the request. “No family should go through what the Wells family is going through. We will look at every intersection on Smithville Road,” she wrote.

A police source said investigators had received more than 200 tips since the video was shared with reporters on Monday morning, though none had yet led to an arrest. The source was not authorized to speak publicly.

Anyone with information is asked to call the Dayton Police Department at 937-333-2677. A $5,000 reward has been offered by Miami Valley Crime Stoppers.
""",
    {
        "ortiz": ("Raymond Ortiz", "person", "raymond-ortiz", ["Ortiz", "Police Chief Raymond Ortiz", "the chief"]),
        "okafor": ("Dana Okafor", "person", "dana-okafor", ["Okafor", "Lt. Dana Okafor"]),
        "family": ("Jayden Wells's family", "unnamed", "g3l3-wells-family", ["Jayden's family", "Wells family"]),
        "bell": ("Terrence Bell", "person", "terrence-bell", ["Bell"]),
        "whitfield": ("Angela Whitfield", "person", "angela-whitfield", ["Whitfield", "Mayor Angela Whitfield"]),
    },
    {
        "presser": ("news conference at police headquarters on West Third Street", "press", "police headquarters, West Third Street, Dayton", "2026-06-08", "on Monday"),
        "fstmt": ("statement read by their pastor, the Rev. Michael Greer", "statement", None, None, None),
        "fb": ("post on Facebook", "social_post", None, "2026-06-07", "on Sunday"),
    },
    [
        ("Somebody knows who", "ortiz", "Police Chief Raymond Ortiz", "s", "presser"),
        ("Somebody has seen", "ortiz", "Police Chief Raymond Ortiz", "s", "presser"),
        ("She asked me one thing", "ortiz", "he", "s", "presser", "contains the mother's question in single marks"),
        ("If you run a body shop", "okafor", "she", "s", "presser", "another speaker, read as part of the same news conference account"),
        ("loved that bike", "family", "Jayden's family", "wp", "fstmt"),
        ("Jayden was a kind", "family", "the statement", "w", "fstmt"),
        ("Kids ride through here", "bell", "Terrence Bell", "s", None),
        ("No family should go", "whitfield", "she", "w", "fb"),
    ],
)

add(
    "g3_l4_school_phone_ban", "School board approves bell-to-bell phone ban", "2026-09-17", "Asheville Citizen Record",
    """School board approves bell-to-bell phone ban

ASHEVILLE — Students in Asheville City Schools will have to lock their phones in magnetic pouches for the entire school day starting in January, after the Board of Education voted 5-2 on Monday night to approve what the superintendent called a “reset” for classrooms.

The vote followed more than two hours of public comment at the board's meeting in the Asheville High School auditorium, where about 150 parents, teachers and students filled the seats.

Superintendent Gregory Lyle told the board that teachers were spending “a quarter of every lesson” policing phones. “Our teachers did not train for years to become phone monitors,” he said. “This policy gives them their classrooms back.”

Not everyone agreed. Marisol Vega, a parent of two at Asheville Middle School, said she needed to be able to reach her children in an emergency. “After what happened in other schools in this country, you are asking me to accept that my daughter's phone will be locked in a bag,” she said. “I cannot accept that.”

Lyle said the district's emergency plan already sent text alerts to parents and that school offices would have phones available. Principals would be able to make exceptions for students with medical needs.

A junior at Asheville High, Elijah Moore, 16, told the board that many students secretly welcomed the change. “Everybody complains about it, but honestly, half of us would be relieved,” he said. “Nobody wants to be the first one to put their phone away.”

The Asheville City Association of Educators sent the board a letter last week backing the ban. “Our members report that phones are the single biggest source of disruption in their classrooms,” the letter said. It was signed by the association's president, Tamara Jenkins, a science teacher.

Board member Wesley Crane, who voted against, said the $180,000 cost of the pouches would be better spent on counselors. On Tuesday he went further in a post on X, calling the policy “an expensive gimmick.” “We will find out in June whether this worked. I hope I am wrong,” he wrote.

Board chair Dr. Ruth Adeyemi said the board would review the policy at the end of the school year. “If the evidence says it isn't working, we will change course,” she said after the vote.

The pouches, which cost about $30 each, are already used in several districts in North Carolina and in Virginia, where teachers have reported fewer fights and better attention in class.
""",
    {
        "lyle": ("Gregory Lyle", "person", "gregory-lyle", ["Lyle", "Superintendent Gregory Lyle", "the superintendent"]),
        "vega": ("Marisol Vega", "person", "marisol-vega", ["Vega"]),
        "moore": ("Elijah Moore", "person", "elijah-moore", ["Moore"]),
        "acae": ("Asheville City Association of Educators", "organisation", "asheville-city-association-of-educators", ["the association"]),
        "crane": ("Wesley Crane", "person", "wesley-crane", ["Crane", "Board member Wesley Crane"]),
        "adeyemi": ("Ruth Adeyemi", "person", "ruth-adeyemi", ["Adeyemi", "Dr. Ruth Adeyemi", "Board chair"]),
    },
    {
        "mtg": ("Board of Education meeting in the Asheville High School auditorium", "meeting", "Asheville High School auditorium", "2026-09-14", "on Monday night"),
        "letter": ("letter to the board", "document", None, None, "last week"),
        "x": ("post on X", "social_post", None, "2026-09-15", "On Tuesday"),
    },
    [
        ("reset", "lyle", "the superintendent", "sp", None, "the lead does not say where he called it that"),
        ("a quarter of every lesson", "lyle", "Superintendent Gregory Lyle", "sp", "mtg"),
        ("Our teachers did not train", "lyle", "he", "s", "mtg"),
        ("This policy gives them", "lyle", "he", "s", "mtg"),
        ("After what happened", "vega", "she", "s", "mtg", "public comment at the meeting"),
        ("I cannot accept that", "vega", "she", "s", "mtg"),
        ("Everybody complains", "moore", "he", "s", "mtg"),
        ("Nobody wants to be the first", "moore", "he", "s", "mtg"),
        ("Our members report", "acae", "the letter", "w", "letter", "letter signed by the association's president"),
        ("an expensive gimmick", "crane", "he", "wp", "x"),
        ("We will find out in June", "crane", "he", "w", "x"),
        ("If the evidence says", "adeyemi", "she", "s", "mtg", "after the vote, at the meeting"),
    ],
)

# ----- wire

add(
    "g3_w1_canada_tariffs", "Canada hits back at U.S. steel tariffs with C$12 billion in duties", "2026-04-08", "Reuters",
    """Canada hits back at U.S. steel tariffs with C$12 billion in duties

OTTAWA, April 8 (Reuters) - Canada will impose tariffs on C$12 billion ($8.7 billion) worth of U.S. goods from May 1 in response to new American duties on Canadian steel, the Canadian government said in a statement on Wednesday, escalating a trade fight that has rattled manufacturers on both sides of the border.

Ottawa called the U.S. measures, announced last week, “unjustified and unacceptable” and said its list of targeted goods, which includes bourbon, orange juice and household appliances, had been drawn up to apply “maximum political pressure” with the least harm to Canadian consumers.

“We did not choose this fight, but we will not back away from it,” Trade Minister Élise Fournier told reporters on Parliament Hill after a cabinet meeting on Wednesday. “Canadian steelworkers are not a threat to American security. They never have been.”

Fournier said she had spoken by telephone with U.S. Commerce Secretary Daniel Price on Tuesday and would travel to Washington next week. She described the call as “frank”.

Fournier, who took over the trade portfolio in January, said the government would consult businesses over the next three weeks. “If companies can show us that a particular tariff hurts Canadians more than Americans, we will listen,” she said.

The White House said the tariffs, which took effect on April 1, were needed to protect U.S. producers from a surge of cheap steel routed through Canada. “The president has been clear that he will defend American workers, and that is what these tariffs do,” White House spokesman Kyle Brandt said in a statement.

A senior Canadian official, speaking on condition of anonymity because the talks are private, said Ottawa was prepared to add aluminum and potash to the list if Washington did not move. “Nobody here wants that. But everything is on the table,” the official said.

The dispute has split U.S. lawmakers. Democratic Senator Ruth Calloway of Ohio, whose state is home to several large steel mills, said in a statement on Tuesday that the tariffs risked doing more harm than good. “Ohio steel is made with Canadian iron ore and sold to Canadian customers. You cannot build a wall through the middle of a supply chain,” Calloway said.

Canadian business groups urged calm. “Retaliation is understandable, but a tariff war has no winners,” said Marc Thibodeau, president of the Canadian Manufacturers Council, in an interview.

Shares of Canadian steelmakers rose in Toronto on the news, while the Canadian dollar was little changed against its U.S. counterpart.

Trade between the two countries was worth about $760 billion last year, according to U.S. Census Bureau data.

(Reporting by Julie Gagnon in Ottawa and David Morgan in Washington; Editing by Paul Simao)
""",
    {
        "canada": ("Canadian government", "organisation", "government-of-canada", ["Ottawa", "Canada"]),
        "fournier": ("Élise Fournier", "person", "elise-fournier", ["Fournier", "Trade Minister Élise Fournier"]),
        "brandt": ("Kyle Brandt", "person", "kyle-brandt", ["Brandt", "White House spokesman Kyle Brandt"]),
        "official": ("senior Canadian official", "unnamed", "g3w1-senior-canadian-official", []),
        "calloway": ("Ruth Calloway", "person", "ruth-calloway", ["Calloway", "Senator Ruth Calloway"]),
        "thibodeau": ("Marc Thibodeau", "person", "marc-thibodeau", ["Thibodeau"]),
    },
    {
        "gstmt": ("statement", "statement", None, "2026-04-08", "on Wednesday"),
        "press": ("told reporters on Parliament Hill after a cabinet meeting", "press", "Parliament Hill", "2026-04-08", "on Wednesday"),
        "wh": ("statement", "statement", None, None, None),
        "cstmt": ("statement", "statement", None, "2026-04-07", "on Tuesday"),
        "interview": ("interview", "interview", None, None, None),
    },
    [
        ("unjustified and unacceptable", "canada", "Ottawa", "wp", "gstmt", "the government by its capital; carries the statement of the lead"),
        ("maximum political pressure", "canada", "Ottawa", "wp", "gstmt"),
        ("We did not choose this fight", "fournier", "Trade Minister Élise Fournier", "s", "press"),
        ("Canadian steelworkers are not", "fournier", "Trade Minister Élise Fournier", "s", "press"),
        ("frank", "fournier", "She", "sp", "press", "her word for Tuesday's call, said to reporters on Wednesday"),
        ("If companies can show us", "fournier", "she", "s", "press", "same account of what she told reporters"),
        ("The president has been clear", "brandt", "White House spokesman Kyle Brandt", "w", "wh"),
        ("Nobody here wants that", "official", "the official", "s", None),
        ("Ohio steel is made", "calloway", "Calloway", "w", "cstmt"),
        ("Retaliation is understandable", "thibodeau", "Marc Thibodeau", "s", "interview"),
    ],
)

add(
    "g3_w2_who_bird_flu", "WHO says bird flu cluster in Vietnam shows limited human spread", "2026-02-19", "Associated Press",
    """WHO says bird flu cluster in Vietnam shows limited human spread

GENEVA (AP) — The World Health Organization said Thursday that a cluster of bird flu infections in northern Vietnam probably involved limited spread between people, but stressed that there was no sign yet of the virus passing easily from person to person.

Five members of two related families in Thai Nguyen province have tested positive for the H5N1 virus since late January. Two of them, a 53-year-old man and his 9-year-old granddaughter, have died.

“What we are seeing is consistent with close, prolonged contact in a household, the kind of contact you have when you are caring for a sick relative,” Dr. Anders Holm, the WHO's director of epidemic and pandemic threat management, told reporters in Geneva on Thursday. “It is not what we would expect to see if the virus had adapted to spread efficiently in humans.”

Holm said the agency had sent a team of four experts to Hanoi last week and that genetic sequencing of samples from three of the patients was under way. In a risk assessment published alongside the briefing, the WHO said the risk to the general public remained “low”.

Vietnam's Ministry of Health said in a statement on Wednesday that 140 close contacts were being monitored and that poultry farms within three kilometers of the families' village had been culled. “The situation is under control and there is no cause for public alarm,” the ministry said.

Outside experts said the cluster deserved close attention. Priya Raman, an epidemiologist at the University of Leeds in England who has studied earlier H5N1 outbreaks, said by phone that household clusters had been seen before, in Indonesia in 2006 and in Cambodia in 2023, and had petered out. “The word I would use is ‘vigilant’, not ‘worried’,” she said. “But every one of these clusters is a roll of the dice for the virus.”

Raman said the key question was whether the sequencing showed mutations linked to adaptation in mammals. “If it does, the picture changes very quickly,” she said.

A WHO official involved in the response, who asked not to be named because the results were preliminary, said early sequencing from one patient had found “nothing that rings alarm bells.”

The WHO has recorded more than 950 human cases of H5N1 since 2003, about half of them fatal. Most have involved people who handled sick or dead poultry.

Holm urged countries to keep sharing samples quickly. “The speed of Vietnam's reporting here has been exemplary,” he said. “That is how the system is supposed to work.”
""",
    {
        "holm": ("Anders Holm", "person", "anders-holm", ["Holm", "Dr. Anders Holm"]),
        "who": ("World Health Organization", "organisation", "world-health-organization", ["WHO", "the agency"]),
        "moh": ("Vietnam's Ministry of Health", "organisation", "vietnam-ministry-of-health", ["the ministry", "Ministry of Health"]),
        "raman": ("Priya Raman", "person", "priya-raman", ["Raman"]),
        "official": ("WHO official involved in the response", "unnamed", "g3w2-who-official", []),
    },
    {
        "brief": ("briefing in Geneva", "press", "Geneva", "2026-02-19", "on Thursday"),
        "risk": ("risk assessment published alongside the briefing", "document", None, "2026-02-19", "on Thursday"),
        "mstmt": ("statement", "statement", None, "2026-02-18", "on Wednesday"),
        "phone": ("interview by phone", "interview", None, None, None),
    },
    [
        ("What we are seeing is consistent", "holm", "Dr. Anders Holm", "s", "brief"),
        ("It is not what we would expect", "holm", "Dr. Anders Holm", "s", "brief"),
        ("low", "who", "the WHO", "wp", "risk"),
        ("The situation is under control", "moh", "the ministry", "w", "mstmt"),
        ("The word I would use", "raman", "she", "s", "phone", "her own words in single marks inside"),
        ("But every one of these clusters", "raman", "she", "s", "phone"),
        ("If it does, the picture", "raman", "she", "s", "phone"),
        ("nothing that rings alarm bells", "official", "A WHO official", "sp", None),
        ("The speed of Vietnam's reporting", "holm", "he", "s", "brief", "carries the briefing: no new occasion named"),
        ("That is how the system", "holm", "he", "s", "brief"),
    ],
)

add(
    "g3_w3_typhoon_philippines", "Typhoon death toll rises to 31 in northern Philippines", "2026-07-14", "Agence France-Presse",
    """Typhoon death toll rises to 31 in northern Philippines

MANILA, July 14 (AFP) - The death toll from Typhoon Lando rose to 31 on Tuesday as rescuers reached mountain villages in the northern Philippines that had been cut off by landslides for three days, officials said.

More than 180,000 people remain in evacuation centres across the Cagayan Valley and Cordillera regions, according to the National Disaster Risk Reduction and Management Council (NDRRMC).

“Our teams are now reaching communities that we could not reach by road or by air since Saturday,” NDRRMC spokesman Rafael Santos told a briefing in Quezon City on Tuesday. “We expect the numbers to rise as they do.”

Santos said at least 14 people were missing, most of them in the province of Kalinga, where a landslide buried part of a village on Sunday.

The presidential palace said President Eduardo Villanueva would visit the region on Wednesday. “No Filipino will be left behind,” Malacañang said in a statement on Monday, adding that two billion pesos had been released for relief.

In Tabuk, the capital of Kalinga, residents described the moment the hillside gave way. “We heard a sound like thunder, but it did not stop,” said Josefina Bagtas, 62, who was pulled from the mud by her neighbours. “When I looked up, my sister's house was gone.”

Her sister, Teresita Bagtas, 58, is among the missing. Bagtas said she had not slept since.

The Philippine Red Cross said its volunteers had distributed food to more than 20,000 families. “The biggest need now is clean water. Many wells are contaminated,” Red Cross secretary general Gwendolyn Lim said in a radio interview with DZMM on Tuesday morning.

The United Nations' humanitarian office said it stood ready to help if asked. A UN official in Manila, who was not authorised to speak to the media, said the government had “so far not requested international assistance”.

The weather bureau PAGASA said another low-pressure area east of Mindanao could develop into a tropical storm by the weekend. “People in the north should not let their guard down,” PAGASA forecaster Lorna Dizon said.

Lando was the fourth typhoon to hit the Philippines this year. The archipelago is struck by about 20 storms annually, and scientists have warned that they are becoming stronger as the climate warms.

Rescuers in Kalinga said they were still digging by hand in places where heavy machinery could not reach. Soldiers and volunteers were passing sacks of rice along a human chain across a river where a bridge had been washed away on Sunday.
""",
    {
        "santos": ("Rafael Santos", "person", "rafael-santos", ["Santos", "NDRRMC spokesman Rafael Santos"]),
        "palace": ("Malacañang", "organisation", "malacanang", ["presidential palace"]),
        "bagtas": ("Josefina Bagtas", "person", "josefina-bagtas", []),
        "lim": ("Gwendolyn Lim", "person", "gwendolyn-lim", ["Lim"]),
        "un": ("UN official in Manila", "unnamed", "g3w3-un-official", []),
        "dizon": ("Lorna Dizon", "person", "lorna-dizon", ["Dizon"]),
    },
    {
        "brief": ("briefing in Quezon City", "press", "Quezon City", "2026-07-14", "on Tuesday"),
        "pstmt": ("statement", "statement", None, "2026-07-13", "on Monday"),
        "tabuk": (None, None, "Tabuk", None, None),
        "radio": ("radio interview with DZMM", "interview", None, "2026-07-14", "on Tuesday morning"),
    },
    [
        ("Our teams are now reaching", "santos", "NDRRMC spokesman Rafael Santos", "s", "brief"),
        ("We expect the numbers to rise", "santos", "NDRRMC spokesman Rafael Santos", "s", "brief"),
        ("No Filipino will be left behind", "palace", "Malacañang", "w", "pstmt", "the president's office by its palace"),
        ("We heard a sound like thunder", "bagtas", "Josefina Bagtas", "s", "tabuk", "said where, but not through what"),
        ("When I looked up", "bagtas", "Josefina Bagtas", "s", "tabuk"),
        ("The biggest need now", "lim", "Red Cross secretary general Gwendolyn Lim", "s", "radio"),
        ("so far not requested", "un", "A UN official", "sp", None),
        ("People in the north", "dizon", "PAGASA forecaster Lorna Dizon", "s", None),
    ],
)

add(
    "g3_w4_eu_uk_fishing", "EU and Britain agree fishing quotas after all-night talks", "2026-10-27", "Reuters",
    """EU and Britain agree fishing quotas after all-night talks

BRUSSELS, Oct 27 (Reuters) - The European Union and Britain agreed fishing quotas for next year early on Tuesday after talks in Brussels ran through the night, ending weeks of sniping over mackerel and North Sea cod.

The deal sets catch limits for more than 70 shared fish stocks and cuts the North Sea cod quota by 12 percent, less than scientists had advised.

“It was long, it was difficult, and at three o'clock this morning I was not sure we would get there,” European Fisheries Commissioner Katarzyna Wójcik told a news conference at the Commission's Berlaymont headquarters on Tuesday. “But we have an agreement that protects both fish and fishermen.”

Wójcik said the two sides had also agreed to set up a joint working group on mackerel, which has moved north into colder waters. The Commissioner described the mackerel issue as “the hardest knot to untie”.

London welcomed the outcome. “This is a good deal for our coastal communities and it was won by standing firm,” Britain's fisheries minister, Tom Ashdown, said in a statement. He said the agreement was worth about 1.1 billion pounds to the UK fleet.

An EU diplomat said France and Denmark had pushed hard for a larger share of mackerel but had given ground late in the night. “Nobody got everything. That is what a compromise looks like,” the diplomat said.

Fishing groups were less enthusiastic. Elspeth Mackay, chief executive of the Scottish Fishermen's Federation, said the cod cut would hurt smaller boats. “Once again the people who work on the water will pay for a deal made in a meeting room a thousand miles away,” she said.

In France, Olivier Le Gall, who heads a fishermen's committee in Brittany, told the newspaper Ouest-France that the deal was “bitter” but better than nothing.

Environmental campaigners said both sides had ignored scientific advice. “Setting quotas above the scientific advice is not a compromise, it is a decision to keep depleting the stock,” said Rebecca Thorne of the campaign group Oceana. She said the cod cut should have been at least 25 percent.

The European Commission had warned earlier this month that without a deal by November, EU boats could be shut out of British waters from January. Last year's talks collapsed in December and had to be restarted.

The agreement still needs the approval of EU member states, which is expected at a meeting of fisheries ministers in Luxembourg next month.
""",
    {
        "wojcik": ("Katarzyna Wójcik", "person", "katarzyna-wojcik", ["Wójcik", "European Fisheries Commissioner Katarzyna Wójcik", "the Commissioner"]),
        "ashdown": ("Tom Ashdown", "person", "tom-ashdown", ["Ashdown"]),
        "diplomat": ("EU diplomat", "unnamed", "g3w4-eu-diplomat", []),
        "mackay": ("Elspeth Mackay", "person", "elspeth-mackay", ["Mackay"]),
        "legall": ("Olivier Le Gall", "person", "olivier-le-gall", ["Le Gall"]),
        "thorne": ("Rebecca Thorne", "person", "rebecca-thorne", ["Thorne"]),
    },
    {
        "presser": ("news conference at the Commission's Berlaymont headquarters", "press", "Berlaymont headquarters, Brussels", "2026-10-27", "on Tuesday"),
        "stmt": ("statement", "statement", None, None, None),
        "of": ("interview with Ouest-France", "interview", None, None, None),
    },
    [
        ("It was long, it was difficult", "wojcik", "European Fisheries Commissioner Katarzyna Wójcik", "s", "presser"),
        ("But we have an agreement", "wojcik", "European Fisheries Commissioner Katarzyna Wójcik", "s", "presser"),
        ("the hardest knot", "wojcik", "The Commissioner", "sp", "presser"),
        ("This is a good deal for our coastal", "ashdown", "Tom Ashdown", "w", "stmt", "London welcomed: the UK government, speaking through its minister"),
        ("Nobody got everything", "diplomat", "the diplomat", "s", None),
        ("Once again the people", "mackay", "she", "s", None),
        ("bitter", "legall", "Olivier Le Gall", "sp", "of"),
        ("Setting quotas above", "thorne", "Rebecca Thorne", "s", None),
    ],
)

# ----- science and health

add(
    "g3_s1_asthma_roads", "“The signal is very consistent”: study links busy roads to child asthma", "2026-02-05", "Yorkshire Post Online",
    """“The signal is very consistent”: study links busy roads to child asthma

Children who grow up within 200 metres of a major road are a third more likely to develop asthma by the age of ten, according to a study of more than 90,000 children in England published on Wednesday.

The research, led by the University of Leeds and published in The Lancet Planetary Health, tracked children born between 2008 and 2013 using GP records and estimates of traffic pollution at their home addresses.

Speaking at a briefing for journalists at the Science Media Centre in London on Tuesday, the study's lead author, Dr Priya Raman, said the size of the study made the result hard to dismiss. “This is one of the largest studies of its kind, and the signal is very consistent,” said Dr Raman, an epidemiologist at the university's School of Medicine. “The closer children live to heavy traffic, the higher their risk, and that holds even after we account for income, smoking in the home and other factors.”

The paper concludes that the findings are “consistent with a causal effect” of nitrogen dioxide, although it cautions that an observational study cannot prove cause and effect.

Raman said the results should worry planners as much as doctors. “We are still building schools and homes right next to dual carriageways,” she said. “If we know this, we should act on it.”

The 41-year-old, who grew up beside the A58 in Leeds and had asthma as a child, said she had not expected the effect to be so clear. “I half thought we would find nothing,” she said.

In a statement, the University of Leeds said the work had been funded by the National Institute for Health and Care Research. “Research like this shows Leeds at its best: rigorous science on questions that matter to families,” said Professor Alan Whitby, the university's pro-vice-chancellor for research, in the statement.

Professor James Whitcombe, a respiratory specialist at Imperial College London who was not involved in the study, said by phone that the results were “robust” but warned against alarm. “Parents should not panic. Most children who live near busy roads will never develop asthma,” he said. “What this tells us is about populations, not about your child.”

A spokesperson for the Department for Environment, Food and Rural Affairs said air quality had “improved significantly” since 2010 and that the government was investing £880 million to help councils cut roadside pollution.

Asthma + Lung UK, the charity, called the study “a wake-up call” and said the government should adopt the World Health Organization's stricter air quality guidelines.

Around 1.1 million children in the UK are currently receiving treatment for asthma.
""",
    {
        "raman": ("Priya Raman", "person", "priya-raman", ["Raman", "Dr Priya Raman", "Dr Raman"]),
        "paper": ("University of Leeds study in The Lancet Planetary Health", "document", "g3s1-asthma-paper", ["the paper", "the study"]),
        "whitby": ("Alan Whitby", "person", "alan-whitby", ["Whitby", "Professor Alan Whitby"]),
        "whitcombe": ("James Whitcombe", "person", "james-whitcombe", ["Whitcombe", "Professor James Whitcombe"]),
        "defra": ("Department for Environment, Food and Rural Affairs spokesperson", "unnamed", "defra-spokesperson", []),
        "alu": ("Asthma + Lung UK", "organisation", "asthma-lung-uk", ["the charity"]),
    },
    {
        "smc": ("briefing for journalists at the Science Media Centre", "press", "Science Media Centre, London", "2026-02-03", "on Tuesday"),
        "paper": ("paper in The Lancet Planetary Health", "document", None, "2026-02-04", "on Wednesday"),
        "ustmt": ("statement", "statement", None, None, None),
        "phone": ("interview by phone", "interview", None, None, None),
    },
    [
        ("The signal is very consistent", "raman", None, "s", "smc", "headline repeats the body quote"),
        ("This is one of the largest", "raman", "Dr Raman", "s", "smc"),
        ("The closer children live", "raman", "Dr Raman", "s", "smc"),
        ("consistent with a causal effect", "paper", "The paper", "wp", "paper", "the document itself speaks"),
        ("We are still building schools", "raman", "she", "s", "smc", "carried: no new occasion named"),
        ("If we know this", "raman", "she", "s", "smc"),
        ("I half thought", "raman", "she", "s", "smc"),
        ("Research like this shows Leeds", "whitby", "Professor Alan Whitby", "w", "ustmt"),
        ("robust", "whitcombe", "Professor James Whitcombe", "sp", "phone"),
        ("Parents should not panic", "whitcombe", "he", "s", "phone"),
        ("What this tells us", "whitcombe", "he", "s", "phone"),
        ("improved significantly", "defra", "A spokesperson", "sp", None),
        ("a wake-up call", "alu", "Asthma + Lung UK", "sp", None),
    ],
)

add(
    "g3_s2_who_sequencing", "No sign bird flu has adapted to humans, WHO says after Vietnam cluster", "2026-03-04", "Global Health Desk",
    """No sign bird flu has adapted to humans, WHO says after Vietnam cluster

The World Health Organization said on Tuesday that genetic sequencing of the H5N1 virus from a family cluster in Vietnam had found no mutations known to help bird flu spread among humans, easing fears raised last month.

Speaking at the agency's regular press briefing in Geneva, WHO Director-General Dr Ngozi Adebayo said the results were “reassuring but not a reason to relax”.

“The virus we found in these patients is essentially the virus that has been circulating in poultry in the region,” Adebayo said. “What protected the wider community was fast reporting, fast isolation and fast culling. That is the lesson.”

Dr Anders Holm, who leads the WHO's work on epidemic threats, told the same briefing that investigators had traced all five infections to a sick flock that the families had slaughtered and cooked for a wedding in January. Person-to-person transmission probably occurred in only one case, he said, where a granddaughter had nursed her grandfather.

“We were asked a lot of questions in February about whether this was the start of something,” Holm said. “I can tell you today that the evidence says it was not.”

The sequencing was carried out by the National Institute of Hygiene and Epidemiology in Hanoi and checked by a WHO collaborating centre in London. In a joint summary released on Tuesday, the two laboratories said the viruses showed “no markers of mammalian adaptation” and remained susceptible to the antiviral drug oseltamivir.

Not everyone was satisfied. Dr Lucas Ferreira, a virologist at the University of São Paulo, wrote on X that the WHO should publish the full genomes. “A summary is not data. Put the sequences on GISAID so the rest of us can check,” he posted.

Asked about the criticism, Holm said the sequences would be uploaded “within days”. “We have nothing to hide. The Vietnamese team wanted to finish their own analysis first, which is their right,” he said.

The WHO's assessment of the risk to the general public remains “low”, the agency said in a statement issued after the briefing.

Adebayo used the briefing to renew her appeal for money for the agency's emergency programme, which she said was 40 per cent short of its target for the year. “We cannot run a fire brigade on promises,” she said.

Five people in two related families in Thai Nguyen province were infected in January and February. Two of them died. More than 140 close contacts were monitored for three weeks, and none developed symptoms.

Vietnam culled more than 60,000 birds on farms around the village. Poultry movements in the province remain restricted.
""",
    {
        "adebayo": ("Ngozi Adebayo", "person", "ngozi-adebayo", ["Adebayo", "Dr Ngozi Adebayo", "WHO Director-General"]),
        "holm": ("Anders Holm", "person", "anders-holm", ["Holm", "Dr Anders Holm"]),
        "labs": ("National Institute of Hygiene and Epidemiology and WHO collaborating centre in London", "organisation", "g3s2-two-laboratories", ["the two laboratories"]),
        "ferreira": ("Lucas Ferreira", "person", "lucas-ferreira", ["Ferreira", "Dr Lucas Ferreira"]),
        "who": ("World Health Organization", "organisation", "world-health-organization", ["WHO", "the agency"]),
    },
    {
        "brief": ("regular press briefing in Geneva", "press", "Geneva", "2026-03-03", "on Tuesday"),
        "summary": ("joint summary", "document", None, "2026-03-03", "on Tuesday"),
        "x": ("post on X", "social_post", None, None, None),
        "wstmt": ("statement issued after the briefing", "statement", None, "2026-03-03", "on Tuesday"),
    },
    [
        ("reassuring but not a reason", "adebayo", "WHO Director-General Dr Ngozi Adebayo", "sp", "brief"),
        ("The virus we found", "adebayo", "Adebayo", "s", "brief"),
        ("What protected the wider", "adebayo", "Adebayo", "s", "brief"),
        ("We were asked a lot", "holm", "Holm", "s", "brief"),
        ("I can tell you today", "holm", "Holm", "s", "brief"),
        ("no markers of mammalian", "labs", "the two laboratories", "wp", "summary"),
        ("A summary is not data", "ferreira", "he", "w", "x"),
        ("within days", "holm", "Holm", "sp", "brief"),
        ("We have nothing to hide", "holm", "he", "s", "brief"),
        ("low", "who", "the agency", "wp", "wstmt", "date: issued after Tuesday's briefing"),
        ("We cannot run a fire brigade", "adebayo", "she", "s", "brief"),
    ],
)

add(
    "g3_s3_dinosaur", "Rancher's find turns out to be new horned dinosaur, scientists say", "2026-08-20", "Calgary Ledger",
    """Rancher's find turns out to be new horned dinosaur, scientists say

A horned dinosaur whose skull was found by a rancher in southern Alberta in 2019 belongs to a species never seen before, researchers announced Wednesday.

The animal, named Vulcanoceratops albertensis and nicknamed “Big Red” for the rust-coloured rock it was found in, lived about 76 million years ago. It had a pair of long brow horns that curve forward and a frill edged with hooked spikes.

In a statement, the University of Alberta said the skull had an arrangement of horns “unlike any ceratopsian known”. “This animal tells us that the diversity of horned dinosaurs in this part of North America was even greater than we thought,” said Dr. Hannah Kwan, a paleontologist at the university and the study's lead author, in the statement.

The findings were published Wednesday in the journal Royal Society Open Science.

Rancher Doug Pelletier spotted a piece of horn sticking out of a coulee wall while checking cattle on his land near Manyberries. “I figured it was a cow bone at first. Then I saw the size of it,” Pelletier said in a phone interview on Wednesday. “My wife said, ‘That's no cow.’ She was right.”

His wife, Carol Pelletier, said the family had been sworn to secrecy for almost seven years. “We couldn't even tell the neighbours. That was the hardest part,” she said.

Excavating the skull took three summers. Kwan said her team had removed about 20 tonnes of rock, much of it by hand. “You work a few centimetres at a time, and you hope the weather holds,” she said.

The 34-year-old, who joined the university in 2018, said the nickname came from the field crew. “Somebody called it Big Red on the first day and it stuck. We tried to stop it and failed,” she said.

Dr. Sofia Marchetti, a curator at the Field Museum in Chicago who was not involved in the research, said by phone that the skull was “spectacular”. “I would want to see a second specimen before I'm fully convinced it's a new species rather than an unusual individual,” she said. “But the case they make is a strong one.”

The skull will go on display at the Royal Tyrrell Museum in Drumheller next summer. “People are going to walk in and just stop,” the museum's executive director, Craig Lund, said in a news release.

Alberta's badlands have produced more than 150 dinosaur species, and researchers say many more are probably waiting in the eroding coulees of the province's southeast.
""",
    {
        "ualberta": ("University of Alberta", "organisation", "university-of-alberta", ["the university"]),
        "kwan": ("Hannah Kwan", "person", "hannah-kwan", ["Kwan", "Dr. Hannah Kwan"]),
        "doug": ("Doug Pelletier", "person", "doug-pelletier", ["Pelletier", "Rancher Doug Pelletier"]),
        "carol": ("Carol Pelletier", "person", "carol-pelletier", []),
        "marchetti": ("Sofia Marchetti", "person", "sofia-marchetti", ["Marchetti", "Dr. Sofia Marchetti"]),
        "lund": ("Craig Lund", "person", "craig-lund", ["Lund"]),
    },
    {
        "ustmt": ("statement", "statement", None, None, None),
        "phoneint": ("phone interview", "interview", None, "2026-08-19", "on Wednesday"),
        "phone": ("interview by phone", "interview", None, None, None),
        "release": ("news release", "statement", None, None, None),
    },
    [
        ("Big Red” for", None, None, "t", None, "a nickname"),
        ("unlike any ceratopsian", "ualberta", "the University of Alberta", "wp", "ustmt"),
        ("This animal tells us", "kwan", "Dr. Hannah Kwan", "w", "ustmt", "quoted in the university's statement"),
        ("I figured it was a cow bone", "doug", "Pelletier", "s", "phoneint"),
        ("My wife said", "doug", "Pelletier|Pelletier said in a phone", "s", "phoneint", "his wife's words in single marks inside"),
        ("We couldn't even tell", "carol", "she", "s", None, "shares a surname with her husband; no occasion given"),
        ("You work a few centimetres", "kwan", "she", "s", None),
        ("Somebody called it Big Red", "kwan", "she", "s", None),
        ("spectacular", "marchetti", "Dr. Sofia Marchetti", "sp", "phone"),
        ("I would want to see", "marchetti", "she", "s", "phone"),
        ("But the case they make", "marchetti", "she", "s", "phone"),
        ("People are going to walk in", "lund", "Craig Lund", "w", "release"),
    ],
)

add(
    "g3_s4_measles_birmingham", "Measles outbreak: parents urged to check jabs as cases pass 200", "2026-11-03", "Midlands Evening News",
    """Measles outbreak: parents urged to check jabs as cases pass 200

Health officials in Birmingham have urged parents to check their children's vaccination records after the number of confirmed measles cases in the city passed 200, with 37 children admitted to hospital since September.

Speaking at a briefing at the Council House on Monday, Birmingham's director of public health, Dr Justin Varma, said the outbreak was “the worst we have seen in this city in a generation”. “Measles is not a mild illness. It can cause pneumonia, it can cause brain swelling, and it can kill,” he said.

Dr Varma said uptake of the second dose of the MMR vaccine among five-year-olds in parts of the city had fallen below 70 per cent, far short of the 95 per cent needed to stop the virus spreading. Pop-up clinics would open at six mosques, two shopping centres and several schools this week.

Some families, he said, had been put off by claims on social media that the vaccine was “not natural”. “We are not here to lecture anybody. We are here to make it as easy as possible,” he said.

The UK Health Security Agency (UKHSA) said in a statement that cases were also rising in Coventry and Wolverhampton. “Anyone who is not sure whether they or their child has had two doses of MMR should contact their GP,” the agency said.

Dr Priya Raman, an epidemiologist at the University of Leeds who has studied vaccine uptake in English cities, said by phone that the outbreak was “entirely predictable”. “We have watched coverage fall for ten years. Measles finds the gaps, and it has found them,” she said.

She said trust, not access, was often the bigger barrier. “If a parent has been told a vaccine is dangerous by someone they trust, a leaflet through the door will not change that.”

The WHO said in a report last week that measles cases in Europe had reached their highest level in more than 25 years, calling the figures “a wake-up call for the region”.

Shabana Akhtar's two-year-old son, Zayn, spent five nights at Birmingham Children's Hospital last month. “I thought it was just a rash. By the third day he could hardly breathe,” she said. “I would tell every parent: don't wait.”

Zayn had not had his first MMR jab because appointments had been cancelled twice during the summer, Ms Akhtar said. He has since recovered.

Councillor Naveed Hussain, the city's cabinet member for health, said the council had written to every family with a child under 11. In the letter, he urged parents “not to leave it to chance”.

Measles spreads through coughs and sneezes and is one of the most infectious diseases known. Symptoms include a high fever, sore eyes and a blotchy rash that usually appears a few days after the first signs of illness.

The clinics are free and do not require an appointment. A full list is on the council's website.
""",
    {
        "varma": ("Justin Varma", "person", "justin-varma", ["Varma", "Dr Justin Varma", "Dr Varma"]),
        "ukhsa": ("UK Health Security Agency", "organisation", "uk-health-security-agency", ["UKHSA", "the agency"]),
        "raman": ("Priya Raman", "person", "priya-raman", ["Raman", "Dr Priya Raman"]),
        "who": ("WHO", "organisation", "world-health-organization", []),
        "akhtar": ("Shabana Akhtar", "person", "shabana-akhtar", ["Akhtar", "Ms Akhtar"]),
        "hussain": ("Naveed Hussain", "person", "naveed-hussain", ["Hussain", "Councillor Naveed Hussain"]),
    },
    {
        "brief": ("briefing at the Council House", "press", "Council House, Birmingham", "2026-11-02", "on Monday"),
        "stmt": ("statement", "statement", None, None, None),
        "phone": ("interview by phone", "interview", None, None, None),
        "report": ("report", "document", None, None, "last week"),
        "letter": ("letter to every family with a child under 11", "document", None, None, None),
    },
    [
        ("the worst we have seen", "varma", "Dr Justin Varma", "sp", "brief"),
        ("Measles is not a mild", "varma", "he", "s", "brief"),
        ("not natural", None, None, "t", None, "claims on social media by nobody the article names: a scare quote"),
        ("We are not here to lecture", "varma", "he", "s", "brief"),
        ("Anyone who is not sure", "ukhsa", "the agency", "w", "stmt"),
        ("entirely predictable", "raman", "Dr Priya Raman", "sp", "phone"),
        ("We have watched coverage", "raman", "she", "s", "phone"),
        ("If a parent has been told", "raman", "She", "s", "phone", "no cue after the quote: the preceding 'She said' carries"),
        ("a wake-up call for the region", "who", "The WHO", "wp", "report"),
        ("I thought it was just a rash", "akhtar", "she", "s", None),
        ("I would tell every parent", "akhtar", "she", "s", None),
        ("not to leave it to chance", "hussain", "he", "wp", "letter"),
    ],
)

# ----- sport

add(
    "g3_sp1_harwick_dunmore", "Bellini hails “character” as Harwick fight back to beat Dunmore", "2026-01-18", "Lancashire Sports Gazette",
    """Bellini hails “character” as Harwick fight back to beat Dunmore

Harwick Athletic 2 Dunmore Rovers 1

Marco Bellini praised his side's “character” after two goals in the final 12 minutes gave Harwick Athletic a come-from-behind win over Dunmore Rovers at the Brook Lane Stadium on Saturday, lifting them into the Championship play-off places.

Dunmore led through Liam Foyle's header on 34 minutes and looked comfortable until substitute Kofi Mensah equalised in the 78th minute. Captain Dean Morrow then headed the winner from a corner four minutes from time.

“Character. That is the word,” Bellini told his post-match press conference. “At half-time I said to them, ‘Nobody is coming to save you. You save yourselves.’ And they did.”

The Italian, who took charge in October, has won six of his nine league games. He refused to talk about promotion. “Ask me in April. In January it means nothing,” the 52-year-old said.

Mensah, who joined on loan from Premier League club Westbridge in the summer, has now scored five goals in seven games off the bench. “The gaffer told me to run at them and I ran at them,” he told Sky Sports after the match. “I'm not complaining about being a sub. If that's my job, I'll do it.”

Dunmore manager Gareth Pryce was furious about the winning goal, claiming Morrow had pushed his goalkeeper, Sam Ibbotson, as the corner came in. “It's a foul. Everybody in the ground saw it except the one man who matters,” Pryce said at his own press conference. “I'll be speaking to the referees' body this week.”

Asked about Pryce's complaint, Bellini smiled. “Gareth is a good friend. He will calm down by Monday,” he said.

Harwick's owner, the American businessman Scott Harlan, wrote on X after the final whistle: “What a team. What a manager. What a day at Brook Lane.”

The home side had looked flat for most of the first half. Foyle's goal came after Harwick lost the ball cheaply in midfield, and Dunmore might have doubled their lead before the break when Ibbotson's long kick released Callum Reid, whose shot was saved by Harwick goalkeeper Tomasz Nowak.

Bellini made two changes at half-time, sending on Mensah and switching to three at the back. The supporters in the Brook Lane End, who had booed at the interval, were on their feet by the end.

The attendance of 18,402 was the highest at Brook Lane this season. Harwick are away to Kingsmere on Tuesday night, while Dunmore, who have now lost three in a row, host Ashcombe United.

Morrow, who is out of contract in the summer, said the club had “got its spark back” under the new manager.
""",
    {
        "bellini": ("Marco Bellini", "person", "marco-bellini", ["Bellini", "the Italian", "the 52-year-old"]),
        "mensah": ("Kofi Mensah", "person", "kofi-mensah", ["Mensah"]),
        "pryce": ("Gareth Pryce", "person", "gareth-pryce", ["Pryce", "Dunmore manager Gareth Pryce"]),
        "harlan": ("Scott Harlan", "person", "scott-harlan", ["Harlan"]),
        "morrow": ("Dean Morrow", "person", "dean-morrow", ["Morrow", "Captain Dean Morrow"]),
    },
    {
        "presser": ("post-match press conference", "press", "Brook Lane Stadium", "2026-01-17", "on Saturday"),
        "sky": ("interview with Sky Sports after the match", "interview", "Brook Lane Stadium", "2026-01-17", "on Saturday"),
        "pryce": ("press conference", "press", "Brook Lane Stadium", "2026-01-17", "on Saturday"),
        "x": ("post on X after the final whistle", "social_post", None, "2026-01-17", "on Saturday"),
    },
    [
        ("character@0", "bellini", None, "sp", "presser", "headline: his word at the press conference"),
        ("character@1", "bellini", "Marco Bellini", "sp", "presser"),
        ("Character. That is the word", "bellini", "Bellini", "s", "presser"),
        ("At half-time I said to them", "bellini", "Bellini", "s", "presser", "his own half-time words in single marks inside"),
        ("Ask me in April", "bellini", "the 52-year-old", "s", "presser"),
        ("The gaffer told me", "mensah", "he", "s", "sky"),
        ("I'm not complaining", "mensah", "he", "s", "sky"),
        ("It's a foul", "pryce", "Pryce", "s", "pryce"),
        ("I'll be speaking to the referees", "pryce", "Pryce|Pryce said at his own", "s", "pryce"),
        ("Gareth is a good friend", "bellini", "he", "s", "presser", "asked at his press conference about Pryce's complaint"),
        ("What a team", "harlan", "Scott Harlan", "w", "x"),
        ("got its spark back", "morrow", "Morrow", "sp", None),
    ],
)

add(
    "g3_sp2_mensah_transfer", "Harwick make Mensah deal permanent in £6m move", "2026-01-28", "Lancashire Sports Gazette",
    """Harwick make Mensah deal permanent in £6m move

Harwick Athletic have signed striker Kofi Mensah on a permanent deal from Westbridge for a fee believed to be around £6 million, the Championship club announced on Wednesday.

The 21-year-old, who has scored seven goals since arriving on loan in August, has signed a four-and-a-half-year contract. The fee is a club record for Harwick, beating the £4.2 million they paid for Dean Morrow in 2023.

“Kofi has shown everybody what he can do, and we are delighted that his future is here,” Harwick Athletic Football Club said in a statement. “This signing shows the ambition of the club under our owner and our head coach.”

Speaking at a news conference at the club's Moss Lane training ground on Tuesday, before the deal was completed, manager Marco Bellini had made no secret of his wish to keep the striker. “I told the chairman in December: this is the one player I cannot lose,” Bellini said. “He is young, he is hungry, and he listens. You don't find that often.”

The Italian added that Harwick were not finished in the transfer window, which closes on Monday. “Maybe one more, maybe two. But only if they are the right people,” he said.

Mensah told the club's website that the decision had been easy. “From the first day here I felt at home. The fans have been unbelievable with me,” he said. “I want to pay them back by getting this club promoted.”

Westbridge, who signed Mensah from their academy at 16, said they had inserted a sell-on clause. “We wish Kofi every success. He will always be part of the Westbridge family,” the Premier League club said in a short statement.

A source close to the negotiations said Westbridge had initially asked for £9 million and that talks had nearly collapsed last week. “At one point both sides walked away. It was Kofi who brought them back,” the source said.

Mensah's agent, Pierre Dumas, told the French sports newspaper L'Équipe on Monday that several Premier League clubs had made enquiries. “Kofi chose Harwick with his heart and with his head,” Dumas said. “He wants to play every week, and that is what Marco has promised him.”

Harwick supporters' trust chairman Neil Simmons called the signing “a statement”. “For years we have sold our best young players. This time we bought one,” he said.

Mensah could make his first appearance since the move against Ashcombe United on Saturday. Bellini is expected to keep using him from the bench, where he has been most effective.

Harwick, who are sixth, have won seven of their last ten league matches.
""",
    {
        "club": ("Harwick Athletic Football Club", "organisation", "harwick-athletic", ["Harwick Athletic", "Harwick", "the club"]),
        "bellini": ("Marco Bellini", "person", "marco-bellini", ["Bellini", "the Italian", "manager Marco Bellini"]),
        "mensah": ("Kofi Mensah", "person", "kofi-mensah", ["Mensah"]),
        "westbridge": ("Westbridge", "organisation", "westbridge-fc", ["the Premier League club"]),
        "source": ("source close to the negotiations", "unnamed", "g3sp2-source", []),
        "dumas": ("Pierre Dumas", "person", "pierre-dumas", ["Dumas"]),
        "simmons": ("Neil Simmons", "person", "neil-simmons", ["Simmons"]),
    },
    {
        "stmt": ("statement", "statement", None, "2026-01-28", "on Wednesday"),
        "presser": ("news conference at the club's Moss Lane training ground", "press", "Moss Lane training ground", "2026-01-27", "on Tuesday"),
        "web": ("interview with the club's website", "interview", None, None, None),
        "wstmt": ("short statement", "statement", None, None, None),
        "equipe": ("interview with L'Équipe", "interview", None, "2026-01-26", "on Monday"),
    },
    [
        ("Kofi has shown everybody", "club", "Harwick Athletic Football Club", "w", "stmt", "announced on Wednesday: the statement is the announcement"),
        ("This signing shows", "club", "Harwick Athletic Football Club", "w", "stmt"),
        ("I told the chairman", "bellini", "Bellini", "s", "presser"),
        ("He is young, he is hungry", "bellini", "Bellini", "s", "presser"),
        ("Maybe one more", "bellini", "he", "s", "presser"),
        ("From the first day here", "mensah", "he", "s", "web"),
        ("I want to pay them back", "mensah", "he", "s", "web"),
        ("We wish Kofi every success", "westbridge", "the Premier League club", "w", "wstmt"),
        ("At one point both sides", "source", "the source", "s", None),
        ("Kofi chose Harwick", "dumas", "Dumas", "s", "equipe"),
        ("He wants to play every week", "dumas", "Dumas", "s", "equipe"),
        ("a statement”.", "simmons", "Neil Simmons", "sp", None),
        ("For years we have sold", "simmons", "he", "s", None),
    ],
)

add(
    "g3_sp3_kovac_interview", "Anna Kovac: “My father is my coach, not my boss”", "2026-06-30", "The Sunday Courier",
    """Anna Kovac: “My father is my coach, not my boss”

Anna Kovac was 11 when her father sold the family car to pay for a season of junior tournaments in Italy. Twelve years later she is the world No 9 and, on Tuesday, begins her Wimbledon campaign on Court One as the 8th seed.

“People think it was all his plan. It wasn't,” she says, sitting on a bench behind the practice courts at Aorangi Park on Sunday afternoon. “I wanted this more than he did. He just said yes.”

Her father, Dragan Kovac, has coached her since she was six. He is a former PE teacher from Split who never played professionally, and the partnership has not always been smooth. Two years ago, after a first-round defeat at Roland Garros, she briefly hired a different coach.

“That was a hard summer,” Kovac admits. “We didn't speak for about three weeks. But I learned something: my father is my coach, not my boss. When I understood that, everything got easier.”

Dragan Kovac, speaking separately by the side of the court, laughed when told what his daughter had said. “She is right. I am the coach. At home, she is the boss,” he said. “My wife is the boss of both of us.”

The 23-year-old reached the semi-finals at Eastbourne last week, losing in three sets to the world No 2, Martina Solberg. Solberg, who has won Wimbledon twice, said afterwards that Kovac was “the most dangerous player nobody talks about”.

Kovac smiles when the remark is read back to her. “Martina is very kind. I hope she still thinks that if we play here,” she says.

She is less comfortable talking about the online abuse she received after losing at the Australian Open in January, when some posts threatened her family. The Women's Tennis Association said at the time that it had referred several accounts to police. “No player should have to read threats against their family after a tennis match,” the WTA said in a statement in January.

“I don't read comments any more,” Kovac says. “My brother checks my phone before I do. If something is bad, he deletes it, and I never know.”

Her first opponent is the British wild card Ellie Shaw, 19, who has never won a match at a Grand Slam. Shaw told reporters at the All England Club on Saturday that she was “ready for the biggest day of my life”.

Kovac has never gone beyond the third round at Wimbledon. Grass, she says, took her years to love.

“The first time I played on grass I thought, ‘What is this? The ball doesn't bounce,’” she says. “Now it's my favourite. You have to be brave on grass. I like that.”
""",
    {
        "anna": ("Anna Kovac", "person", "anna-kovac", ["Kovac"]),
        "dragan": ("Dragan Kovac", "person", "dragan-kovac", []),
        "solberg": ("Martina Solberg", "person", "martina-solberg", ["Solberg"]),
        "wta": ("Women's Tennis Association", "organisation", "womens-tennis-association", ["WTA"]),
        "shaw": ("Ellie Shaw", "person", "ellie-shaw", ["Shaw"]),
    },
    {
        "int": ("interview at Aorangi Park", "interview", "Aorangi Park", "2026-06-28", "on Sunday afternoon"),
        "dint": ("speaking separately by the side of the court", "interview", "Aorangi Park", "2026-06-28", "on Sunday afternoon"),
        "eastbourne": ("after the Eastbourne semi-final", "other", "Eastbourne", None, "last week"),
        "wta": ("statement", "statement", None, "2026-01", "in January"),
        "shaw": ("told reporters at the All England Club", "press", "All England Club", "2026-06-27", "on Saturday"),
    },
    [
        ("My father is my coach, not my boss@0", "anna", None, "s", "int", "headline repeats the body quote"),
        ("People think it was all his plan", "anna", "she", "s", "int"),
        ("I wanted this more", "anna", "she|she says, sitting", "s", "int"),
        ("That was a hard summer", "anna", "Kovac", "s", "int", "surname alone here is Anna: her father is introduced by full name"),
        ("But I learned something", "anna", "Kovac", "s", "int"),
        ("She is right. I am the coach", "dragan", "he", "s", "dint", "shares the surname with his daughter"),
        ("My wife is the boss", "dragan", "he", "s", "dint"),
        ("the most dangerous player", "solberg", "Solberg", "sp", "eastbourne", "said afterwards: after last week's semi-final"),
        ("Martina is very kind", "anna", "she", "s", "int"),
        ("No player should have to read", "wta", "the WTA", "w", "wta"),
        ("I don't read comments", "anna", "Kovac", "s", "int"),
        ("My brother checks my phone", "anna", "Kovac", "s", "int"),
        ("ready for the biggest day", "shaw", "Shaw", "sp", "shaw"),
        ("The first time I played on grass", "anna", "she", "s", "int", "her own thought in single marks inside"),
        ("Now it's my favourite", "anna", "she", "s", "int"),
    ],
)

add(
    "g3_sp4_bellini_fined", "Bellini fined £15,000 and banned from touchline for two games", "2026-04-09", "Lancashire Sports Gazette",
    """Bellini fined £15,000 and banned from touchline for two games

Harwick manager Marco Bellini has been fined £15,000 and banned from the touchline for two matches after admitting a charge of improper conduct following his side's defeat at Dunmore Rovers last month.

The Football Association said in a statement on Wednesday that the 52-year-old had used “abusive and/or insulting words” towards the fourth official after Dunmore's stoppage-time winner on March 21. An independent regulatory commission also warned him about his future conduct.

“Mr Bellini accepted the charge and the sanction was agreed at a personal hearing,” the FA said. “Match officials must be able to do their job without abuse, whatever the pressure of the moment.”

Bellini, who will serve the ban in Saturday's home game against Kingsmere and at Ashcombe United on Easter Monday, apologised on BBC Radio Lancashire on Tuesday evening, before the sanction was announced. “I lost my head. It is not an excuse, but after that goal I was not thinking,” the Harwick manager said. “I said things I should not say, and I have said sorry to the official.”

He admitted that his wife had been harder on him than the FA. “She watched it on the television and she said to me, ‘Marco, who is this crazy man?’” he told the programme.

Harwick said in a statement that the club accepted the decision and would not appeal. “Marco has apologised and the matter is now closed. He has the full support of everyone at Harwick Athletic,” the club said.

Dunmore manager Gareth Pryce, whose side's late winner sparked the incident, said on Thursday that he had sympathy for his rival. “Marco is a passionate man and football needs passionate people,” Pryce told reporters at Dunmore's training ground. “But he knows he went too far, and he has said so. That's the end of it for me.”

Bellini's first assistant, Luca Ferri, will take charge from the touchline. Ferri, a former Italian under-21 coach, joined Bellini at Harwick in October.

The charge follows an earlier warning from the FA in January, when Bellini was shown a yellow card for dissent against Kingsmere. Under FA rules, managers who pick up a second charge in a season face a larger fine.

Harwick are fifth in the Championship, two points behind the automatic promotion places, with seven matches left. Bellini has lost only four of his 24 league games since replacing Steve Orton.

A spokesperson for the referees' body PGMOL said it “welcomed” the commission's decision.

Supporters appeared to be firmly behind the manager. A banner reading “Bellini: One of Our Own” was unfurled in the Brook Lane End during the club's last home game.
""",
    {
        "fa": ("Football Association", "organisation", "football-association", ["FA", "the FA"]),
        "bellini": ("Marco Bellini", "person", "marco-bellini", ["Bellini", "Mr Bellini", "Harwick manager Marco Bellini", "the 52-year-old"]),
        "club": ("Harwick Athletic", "organisation", "harwick-athletic", ["Harwick", "the club"]),
        "pryce": ("Gareth Pryce", "person", "gareth-pryce", ["Pryce", "Dunmore manager Gareth Pryce"]),
        "pgmol": ("PGMOL spokesperson", "unnamed", "pgmol-spokesperson", ["PGMOL"]),
        "fans": ("Harwick supporters", "unnamed", "g3sp4-supporters", ["supporters"]),
    },
    {
        "fastmt": ("statement", "statement", None, "2026-04-08", "on Wednesday"),
        "radio": ("BBC Radio Lancashire", "broadcast", None, "2026-04-07", "on Tuesday evening"),
        "hstmt": ("statement", "statement", None, None, None),
        "pryce": ("told reporters at Dunmore's training ground", "press", "Dunmore's training ground", "2026-04-09", "on Thursday"),
        "banner": ("banner in the Brook Lane End", "document", "Brook Lane End", None, None),
    },
    [
        ("abusive and/or insulting", "fa", "The Football Association", "wp", "fastmt"),
        ("Mr Bellini accepted the charge", "fa", "the FA", "w", "fastmt"),
        ("Match officials must be able", "fa", "the FA", "w", "fastmt"),
        ("I lost my head", "bellini", "the Harwick manager", "s", "radio"),
        ("I said things I should not say", "bellini", "the Harwick manager", "s", "radio"),
        ("She watched it on the television", "bellini", "he", "s", "radio", "his wife's words in single marks inside"),
        ("Marco has apologised", "club", "the club", "w", "hstmt"),
        ("Marco is a passionate man", "pryce", "Pryce", "s", "pryce"),
        ("But he knows he went too far", "pryce", "Pryce", "s", "pryce"),
        ("welcomed", "pgmol", "A spokesperson", "wp", None),
        ("Bellini: One of Our Own", "fans", None, "w", "banner", "a banner: the supporters' words"),
    ],
)

# ----- business

add(
    "g3_b1_northgate_results", "Northgate Water profits fall as storm overflow spending bites", "2026-05-14", "Northern Business Daily",
    """Northgate Water profits fall as storm overflow spending bites

Northgate Water Services reported a 22 per cent fall in annual profit on Wednesday as the cost of upgrading sewage works and storm overflows weighed on the utility, and its chief executive warned that customers' bills would have to keep rising.

Pre-tax profit for the year to March fell to £312 million from £401 million, on revenue up 9 per cent at £2.1 billion. The company, which supplies 2.7 million homes across Yorkshire and the North East, kept its final dividend unchanged at 28.4p a share. In its results statement, Northgate said it had cut serious pollution incidents by 18 per cent and was “on track” to meet its targets for 2030.

“This has been a year of heavy lifting,” chief executive Helen Achterberg told analysts on a conference call. “We are spending more on our network than at any time since privatisation, and that is the right thing to do, even if it is not popular with everyone.”

Achterberg said Northgate would invest £1.4 billion in the current financial year, including the expansion of the Felling Beck works near Ashby, approved by councillors in March despite local objections. “We had a difficult planning meeting there, and I understand why,” she said. “But the river will be cleaner for it.”

Finance director Richard Osei told the call that the company expected net debt to rise to about 68 per cent of its regulated asset value, close to the ceiling the regulator regards as prudent. Asked by one analyst whether the dividend was safe, he said: “We are comfortable with where we are. We will not do anything that puts our credit rating at risk.”

Analysts were not all convinced. “The numbers are a bit better than feared, but the balance sheet is stretched and there is no obvious catalyst,” Tom Greaves, utilities analyst at Jefferies, wrote in a note to clients. Another analyst, who asked not to be named because his bank advises the company, said the dividend looked “generous, to put it politely”.

Shares in Northgate fell 4.1 per cent to 842p in London, the biggest faller in the FTSE 250.

The Office of Water Regulation (OWR), which sets what water companies in England can charge, said it was “monitoring closely” the finances of several firms. “Companies must be able to show that they can finance their investment plans without relying on ever-higher borrowing,” the regulator said in a statement.

Achterberg, who joined Northgate from the Dutch utility Vitens in 2022, defended bill rises on BBC Radio 4's Today programme on Thursday morning. “Nobody likes paying more. But for decades this industry spent too little, and we are paying for that now,” she said. “I would rather be honest about it.”

The campaign group Clean Rivers North said the results showed the company still put “shareholders before rivers”. Its director, Faye Lindsay, said: “A company that can afford a £200 million dividend can afford to stop pumping sewage into the Tees.”

Northgate's average household bill will rise by 11 per cent this year to £563, after the OWR approved higher prices in December.
""",
    {
        "northgate": ("Northgate Water Services", "organisation", "northgate-water-services", ["Northgate", "the company", "the utility"]),
        "ach": ("Helen Achterberg", "person", "helen-achterberg", ["Achterberg", "chief executive Helen Achterberg"]),
        "osei": ("Richard Osei", "person", "richard-osei", ["Osei", "Finance director Richard Osei"]),
        "greaves": ("Tom Greaves", "person", "tom-greaves", ["Greaves"]),
        "analyst": ("analyst whose bank advises the company", "unnamed", "g3b1-unnamed-analyst", ["Another analyst"]),
        "owr": ("Office of Water Regulation", "organisation", "office-of-water-regulation", ["OWR", "the regulator"]),
        "crn": ("Clean Rivers North", "organisation", "clean-rivers-north", []),
        "lindsay": ("Faye Lindsay", "person", "faye-lindsay", ["Lindsay"]),
    },
    {
        "results": ("results statement", "statement", None, "2026-05-13", "on Wednesday"),
        "call": ("conference call with analysts", "meeting", None, "2026-05-13", "on Wednesday"),
        "note": ("note to clients", "document", None, None, None),
        "ostmt": ("statement", "statement", None, None, None),
        "today": ("BBC Radio 4's Today programme", "broadcast", None, "2026-05-14", "on Thursday morning"),
    },
    [
        ("on track", "northgate", "Northgate", "wp", "results"),
        ("This has been a year", "ach", "chief executive Helen Achterberg", "s", "call"),
        ("We are spending more", "ach", "chief executive Helen Achterberg", "s", "call"),
        ("We had a difficult planning", "ach", "she", "s", "call", "carries the call"),
        ("But the river will be cleaner", "ach", "she", "s", "call"),
        ("We are comfortable", "osei", "he", "s", "call"),
        ("The numbers are a bit better", "greaves", "Tom Greaves", "w", "note"),
        ("generous, to put it politely", "analyst", "Another analyst", "sp", None),
        ("monitoring closely", "owr", "The Office of Water Regulation", "wp", "ostmt"),
        ("Companies must be able", "owr", "the regulator", "w", "ostmt"),
        ("Nobody likes paying more", "ach", "she", "s", "today"),
        ("I would rather be honest", "ach", "she", "s", "today"),
        ("shareholders before rivers", "crn", "Clean Rivers North", "sp", None),
        ("A company that can afford", "lindsay", "Faye Lindsay", "s", None),
    ],
)

add(
    "g3_b2_lakeshore_steel", "Lakeshore Steel shares slide as Canada retaliation clouds outlook", "2026-04-09", "Associated Press",
    """Lakeshore Steel shares slide as Canada retaliation clouds outlook

NEW YORK (AP) — Shares of Lakeshore Steel Corp. fell 11% on Thursday after the Cleveland-based steelmaker cut its full-year profit forecast, saying Canada's retaliatory tariffs would hit demand for the appliances and auto parts made from its steel.

Lakeshore now expects adjusted earnings of $2.10 to $2.40 a share this year, down from a previous forecast of $3.05 to $3.35. The company said in a filing with the Securities and Exchange Commission before the market opened that it was “evaluating the impact” of the Canadian measures on its customers.

Ottawa announced on Wednesday that it would impose tariffs on C$12 billion of U.S. goods from May 1, including washing machines, refrigerators and some vehicle components, in response to U.S. duties on Canadian steel. The Canadian government has said its list was designed to apply “maximum political pressure” on Washington.

“The irony is that Lakeshore was supposed to be one of the winners from the U.S. tariffs,” said Jennifer Morales, an analyst at KeyBanc Capital Markets. “Instead it's caught in the crossfire, because its customers sell into Canada.”

Lakeshore chief executive Bill Kowalski told CNBC on Thursday morning that the company had not planned any layoffs. “We are a casualty of a fight we did not start,” Kowalski said. “Our message to both governments is simple: sit down and sort this out.”

Analysts at Morgan Stanley wrote in a research note that the cut was “larger than expected” and lowered their price target on the stock to $41 from $52.

Sen. Ruth Calloway, the Ohio Democrat, whose state is home to two of Lakeshore's three mills, wrote on X on Wednesday night that she had spoken to Kowalski and to Canada's ambassador in Washington. “Ohio workers should not be collateral damage in a trade war. Both sides need to step back,” she posted.

Another analyst, who spoke on condition of anonymity because his firm has a banking relationship with Lakeshore, said the company could scale back its share buyback. “The first thing to go will be the repurchases. They have no choice,” the analyst said.

Shares of other U.S. steelmakers also fell, though by less. The S&P 500 ended the day up 0.3%.

Manufacturers that rely on steel have warned for months that the dispute would raise their costs. “Tariffs have a way of coming back to bite the people they are supposed to protect,” said Paul Hennessy, president of the Midwest Manufacturers Alliance, a trade group. “We are seeing that now.”

Lakeshore employs about 6,200 people, most of them in Ohio and Indiana. Its first-quarter results are due on April 28.

The company's shares have fallen by almost a third since the start of the year, when they traded above $60 on hopes that U.S. tariffs on imported steel would lift prices for domestic producers.
""",
    {
        "lakeshore": ("Lakeshore Steel Corp.", "organisation", "lakeshore-steel", ["Lakeshore", "the company"]),
        "canada": ("Canadian government", "organisation", "government-of-canada", ["Ottawa", "Canada"]),
        "morales": ("Jennifer Morales", "person", "jennifer-morales", ["Morales"]),
        "kowalski": ("Bill Kowalski", "person", "bill-kowalski", ["Kowalski"]),
        "ms": ("Morgan Stanley analysts", "unnamed", "g3b2-morgan-stanley-analysts", ["Analysts at Morgan Stanley"]),
        "calloway": ("Ruth Calloway", "person", "ruth-calloway", ["Calloway", "Sen. Ruth Calloway", "the Ohio Democrat"]),
        "analyst": ("analyst whose firm has a banking relationship with Lakeshore", "unnamed", "g3b2-unnamed-analyst", ["Another analyst"]),
        "hennessy": ("Paul Hennessy", "person", "paul-hennessy", ["Hennessy"]),
    },
    {
        "filing": ("filing with the Securities and Exchange Commission", "document", None, "2026-04-09", "on Thursday"),
        "canada": (None, None, None, None, None),
        "cnbc": ("interview with CNBC", "interview", None, "2026-04-09", "on Thursday morning"),
        "note": ("research note", "document", None, None, None),
        "x": ("post on X", "social_post", None, "2026-04-08", "on Wednesday night"),
    },
    [
        ("evaluating the impact", "lakeshore", "The company", "wp", "filing", "filed before the market opened on Thursday"),
        ("maximum political pressure", "canada", "The Canadian government", "wp", "canada", "'has said': not tied to Wednesday's announcement"),
        ("The irony is that", "morales", "Jennifer Morales", "s", None),
        ("Instead it's caught", "morales", "Jennifer Morales", "s", None),
        ("We are a casualty", "kowalski", "Kowalski", "s", "cnbc"),
        ("Our message to both", "kowalski", "Kowalski", "s", "cnbc"),
        ("larger than expected", "ms", "Analysts at Morgan Stanley", "wp", "note"),
        ("Ohio workers should not", "calloway", "she", "w", "x"),
        ("The first thing to go", "analyst", "the analyst", "s", None),
        ("Tariffs have a way", "hennessy", "Paul Hennessy", "s", None),
        ("We are seeing that now", "hennessy", "Paul Hennessy", "s", None),
    ],
)

add(
    "g3_b3_hartley_stores", "Hartley & Cole to close 14 stores with 1,100 jobs at risk", "2026-07-29", "The Retail Standard",
    """Hartley & Cole to close 14 stores with 1,100 jobs at risk

The department store chain Hartley & Cole is to close 14 of its 38 shops by the end of January, putting about 1,100 jobs at risk, the company said on Wednesday.

In a statement to the stock exchange, the 160-year-old retailer said trading in its larger town-centre stores had become “unsustainable” after a fall in footfall and a rise in business rates and wages. “These are painful decisions and we do not take them lightly,” chief executive Graham Lowe said in the statement. “Every colleague affected will be offered support, and wherever possible a role in another store.”

The closures include the chain's flagship in Preston, which opened in 1911 and is known for its “Grand Staircase”, and stores in Wigan, Doncaster, Carlisle and Hull. Hartley & Cole will keep its online business and its 24 remaining shops, most of them in market towns and retail parks.

Lowe, who became chief executive in May, said on a call with reporters that the chain had been “living on borrowed time”. “We have too many big shops in places where people no longer shop the way they did,” he said. “If we had done nothing, the whole business would have been at risk within two years.”

The shop workers' union Usdaw said it was “devastated” for its members. “Many of these staff have given decades of service to Hartley & Cole. They deserve far more than a phone call and a statement,” said Usdaw's divisional officer, Sharon Patel.

In Preston, shoppers were saddened by the news. “My mum bought my school uniform there, and I bought my daughter's there,” said Maureen Clegg, 67, outside the store on Fishergate. “It's like losing a bit of the town.”

Her friend, Jean Clegg, who is no relation, was more pragmatic. “Nobody I know shops there any more apart from at Christmas. That's the truth of it,” she said.

The Preston MP, Faisal Rahman, said on Facebook that he had asked to meet the company. “I will be pressing Hartley & Cole to find a future for this building and for the people who work in it,” he wrote.

Retail analyst Catherine Shore of GlobalData said the closures were overdue. “Department stores built for the 1970s cannot pay their way in the 2020s,” she said. “The surprise is that it took this long.”

Shares in Hartley & Cole rose 6 per cent, as investors welcomed the cost savings of about £28 million a year.

The company said that talks with landlords over the remaining stores were continuing and that it did not expect further closures this year.

The union said it would seek urgent meetings with the company to protect redundancy terms, and would press for staff to be offered moves to the 24 stores that will remain open.
""",
    {
        "hc": ("Hartley & Cole", "organisation", "hartley-and-cole", ["the company"]),
        "lowe": ("Graham Lowe", "person", "graham-lowe", ["Lowe", "chief executive Graham Lowe"]),
        "usdaw": ("Usdaw", "organisation", "usdaw", ["the union"]),
        "patel": ("Sharon Patel", "person", "sharon-patel", ["Patel"]),
        "maureen": ("Maureen Clegg", "person", "maureen-clegg", []),
        "jean": ("Jean Clegg", "person", "jean-clegg", []),
        "rahman": ("Faisal Rahman", "person", "faisal-rahman", ["Rahman"]),
        "shore": ("Catherine Shore", "person", "catherine-shore", ["Shore"]),
    },
    {
        "stmt": ("statement to the stock exchange", "statement", None, "2026-07-29", "on Wednesday"),
        "call": ("call with reporters", "press", None, None, None),
        "ustmt": (None, None, None, None, None),
        "fishergate": (None, None, "outside the store on Fishergate, Preston", None, None),
        "fb": ("post on Facebook", "social_post", None, None, None),
    },
    [
        ("unsustainable", "hc", "the 160-year-old retailer", "wp", "stmt"),
        ("These are painful decisions", "lowe", "chief executive Graham Lowe", "w", "stmt"),
        ("Every colleague affected", "lowe", "chief executive Graham Lowe", "w", "stmt"),
        ("living on borrowed time", "lowe", "Lowe", "sp", "call"),
        ("We have too many big shops", "lowe", "he", "s", "call"),
        ("If we had done nothing", "lowe", "he", "s", "call"),
        ("Grand Staircase", None, None, "t", None, "a name"),
        ("devastated", "usdaw", "The shop workers' union Usdaw", "sp", None),
        ("Many of these staff", "patel", "Sharon Patel", "s", None),
        ("My mum bought my school", "maureen", "Maureen Clegg", "s", "fishergate"),
        ("It's like losing a bit", "maureen", "Maureen Clegg", "s", "fishergate"),
        ("Nobody I know shops there", "jean", "she", "s", None, "shares a surname with Maureen Clegg"),
        ("I will be pressing", "rahman", "he", "w", "fb"),
        ("Department stores built", "shore", "she", "s", None),
        ("The surprise is that", "shore", "she", "s", None),
    ],
)

add(
    "g3_b4_owr_fines_northgate", "Regulator fines Northgate £42m over leaks and orders rebate", "2026-10-15", "Northern Business Daily",
    """Regulator fines Northgate £42m over leaks and orders rebate

Northgate Water Services has been fined £42 million and ordered to pay £20 million back to customers after missing its targets for cutting leaks for the third year running, the industry regulator said on Thursday.

The Office of Water Regulation said the company had lost an average of 312 million litres a day through leaking pipes in the year to March, 14 per cent more than it had promised. It was the largest penalty the OWR has imposed on a single company for leakage.

“Customers have paid for a service they did not get,” the regulator's chief executive, Dame Rosalind Keane, told a press conference in Birmingham. “Every litre lost is water that has been treated and pumped at customers' expense. That is not acceptable, and this penalty says so.”

Keane said the rebate, worth about £7 a household, would appear on bills from April. She warned that the regulator could impose further penalties if the company did not improve. “We will be watching Northgate very closely over the next twelve months,” she said.

In a statement, Northgate said it accepted the findings and would not appeal. “We are sorry. We have fallen short on leakage and we know our customers expect better,” the company said. It said it had tripled the number of leak detection crews since the spring.

Its chief executive, Helen Achterberg, who has faced calls to give up her bonus, told the Yorkshire Post on Thursday that she would waive this year's award. “I am accountable for this. It would not be right for me to take a bonus in a year when we have let customers down,” Ms Achterberg said.

The fine comes seven months after councillors in Ashby Moor approved the company's controversial expansion of the Felling Beck sewage works. Priti Shah, one of the councillors who voted against that scheme, said the penalty vindicated the objectors. “We said they could not be trusted to look after the pipes they already have. Today the regulator has said the same,” Councillor Shah said.

The consumer body, the Consumer Council for Water, called the rebate “a start” but said bill payers deserved more. The environment secretary, Joanna Blake, said in a post on X that the days of water companies “getting away with it” were over.

Analysts said the fine, equivalent to about 15 per cent of last year's profit, would not threaten Northgate's dividend. “It's painful, but it's manageable. The bigger risk is the reputational damage,” said Amir Chaudhry, a utilities analyst at Peel Hunt.

Shares in Northgate closed 1.2 per cent lower at 801p.

Last year the regulator fined the company £18 million over its handling of sewage spills in the Tees valley, a penalty that Northgate also chose not to challenge.
""",
    {
        "owr": ("Office of Water Regulation", "organisation", "office-of-water-regulation", ["OWR", "the regulator"]),
        "keane": ("Rosalind Keane", "person", "rosalind-keane", ["Keane", "Dame Rosalind Keane"]),
        "northgate": ("Northgate Water Services", "organisation", "northgate-water-services", ["Northgate", "the company"]),
        "ach": ("Helen Achterberg", "person", "helen-achterberg", ["Achterberg", "Ms Achterberg"]),
        "shah": ("Priti Shah", "person", "priti-shah", ["Shah", "Councillor Shah"]),
        "ccw": ("Consumer Council for Water", "organisation", "consumer-council-for-water", ["consumer body"]),
        "blake": ("Joanna Blake", "person", "joanna-blake", ["Blake", "environment secretary"]),
        "chaudhry": ("Amir Chaudhry", "person", "amir-chaudhry", ["Chaudhry"]),
    },
    {
        "presser": ("press conference in Birmingham", "press", "Birmingham", "2026-10-15", "on Thursday"),
        "nstmt": ("statement", "statement", None, None, None),
        "yp": ("interview with the Yorkshire Post", "interview", None, "2026-10-15", "on Thursday"),
        "x": ("post on X", "social_post", None, None, None),
    },
    [
        ("Customers have paid for a service", "keane", "Dame Rosalind Keane", "s", "presser", "the regulator said on Thursday; the press conference is that announcement"),
        ("Every litre lost", "keane", "Dame Rosalind Keane", "s", "presser"),
        ("We will be watching Northgate", "keane", "she", "s", "presser"),
        ("We are sorry", "northgate", "the company", "w", "nstmt"),
        ("I am accountable for this", "ach", "Ms Achterberg", "s", "yp"),
        ("We said they could not be trusted", "shah", "Councillor Shah", "s", None),
        ("a start", "ccw", "the Consumer Council for Water", "sp", None),
        ("getting away with it", "blake", "Joanna Blake", "wp", "x"),
        ("It's painful, but", "chaudhry", "Amir Chaudhry", "s", None),
    ],
)

# ----- politics

add(
    "g3_p1_chancellor_speech", "Ashworth promises “no return to austerity” in conference speech", "2026-09-30", "The Westminster Record",
    """Ashworth promises “no return to austerity” in conference speech

The chancellor, Martin Ashworth, promised on Tuesday that there would be “no return to austerity” as he told his party's annual conference in Liverpool that the government would borrow to invest in housing and transport but not to fund day-to-day spending.

In a 40-minute speech to a packed hall at the ACC Liverpool, Ashworth set out what he called a “builder's budget”, due in November. “We will build the homes, the railways and the power lines this country has waited too long for,” he said. “And we will pay for the everyday business of government out of what we raise, not out of what we borrow.”

The 49-year-old, a former economist at the Bank of England, drew the loudest applause when he spoke about his late father, a bus driver in Bolton. “My dad used to say to me, ‘Martin, never spend the rent money.’ That is still the best fiscal rule I know,” he said.

He also took aim at his opposite number, accusing the opposition of wanting to “cut first and think later”. “They crashed the economy once. We will not let them near the controls again,” Ashworth said.

Downing Street said the prime minister had read the speech in advance and “fully endorsed” it.

The shadow chancellor, Claire Bamford, said the plans did not add up. “He has promised everything to everyone and told us nothing about how he will pay for it,” she told BBC Radio 4's Today programme on Wednesday morning. “That is not a budget. It is a wish list.”

Economists were more measured. Ravi Menon, director of the Fiscal Policy Institute, said in a briefing note published after the speech that the chancellor's rules left “very little headroom”. “If growth disappoints even slightly, he will face a choice between breaking his rule and raising taxes,” Menon wrote.

On the conference floor, delegates from the rail unions said they were pleased but wanted dates. “Warm words do not lay track,” said Aisha Grant, a delegate from Sheffield. “We have heard about this line for fifteen years.”

A Treasury source said the chancellor would name at least three rail schemes in the budget. “He did not want to pre-empt the statement, but people will not be disappointed,” the source said.

Ashworth is expected to meet business leaders at a conference reception on Wednesday evening, where he will try to reassure them that tax rises on companies are not planned.

Speaking to reporters in the hall after the speech, Ashworth refused to rule out changes to capital gains tax. “I am not going to write the budget in a corridor,” he said.
""",
    {
        "ashworth": ("Martin Ashworth", "person", "martin-ashworth", ["Ashworth", "the chancellor"]),
        "no10": ("Downing Street", "organisation", "downing-street", []),
        "bamford": ("Claire Bamford", "person", "claire-bamford", ["Bamford", "shadow chancellor"]),
        "menon": ("Ravi Menon", "person", "ravi-menon", ["Menon"]),
        "grant": ("Aisha Grant", "person", "aisha-grant", ["Grant"]),
        "source": ("Treasury source", "unnamed", "g3p1-treasury-source", []),
    },
    {
        "speech": ("speech to the party's annual conference", "speech", "ACC Liverpool", "2026-09-29", "on Tuesday"),
        "no10": (None, None, None, None, None),
        "today": ("BBC Radio 4's Today programme", "broadcast", None, "2026-09-30", "on Wednesday morning"),
        "note": ("briefing note published after the speech", "document", None, None, None),
        "floor": ("conference floor", "other", "ACC Liverpool", None, None),
        "reporters": ("speaking to reporters in the hall after the speech", "press", "ACC Liverpool", "2026-09-29", "on Tuesday"),
    },
    [
        ("no return to austerity@0", "ashworth", None, "sp", "speech", "headline repeats the lead's fragment"),
        ("no return to austerity@1", "ashworth", "Martin Ashworth", "sp", "speech"),
        ("builder's budget", "ashworth", "Ashworth", "sp", "speech"),
        ("We will build the homes", "ashworth", "he", "s", "speech"),
        ("And we will pay for", "ashworth", "he", "s", "speech"),
        ("My dad used to say", "ashworth", "he", "s", "speech", "his father's words in single marks inside"),
        ("cut first and think later", "ashworth", "He", "sp", "speech"),
        ("They crashed the economy", "ashworth", "Ashworth", "s", "speech"),
        ("fully endorsed", "no10", "Downing Street", "sp", "no10", "the prime minister's office by its address"),
        ("He has promised everything", "bamford", "she", "s", "today"),
        ("That is not a budget", "bamford", "she", "s", "today"),
        ("very little headroom", "menon", "Ravi Menon", "wp", "note"),
        ("If growth disappoints", "menon", "Menon", "w", "note"),
        ("Warm words do not lay track", "grant", "Aisha Grant", "s", "floor", "delegates' reaction on the conference floor: the text gives no day for it"),
        ("We have heard about this line", "grant", "Aisha Grant", "s", "floor"),
        ("He did not want to pre-empt", "source", "the source", "s", None),
        ("I am not going to write", "ashworth", "he", "s", "reporters"),
    ],
)

add(
    "g3_p2_columbus_debate", "Delgado, Brennan clash over police and housing in only mayoral debate", "2026-10-22", "Columbus Metro Ledger",
    """Delgado, Brennan clash over police and housing in only mayoral debate

COLUMBUS — The two candidates for mayor of Columbus clashed over police staffing, housing costs and each other's records on Tuesday night in their only televised debate before the Nov. 3 election, a race that has been dubbed locally the “pothole election”.

City Councilwoman Maria Delgado and former police commander Tom Brennan met for an hour at the WOSU studios on Olentangy River Road, in a debate moderated by WOSU's Karen Liu and broadcast live on radio and television.

Brennan, who retired from the Columbus Division of Police in 2024 after 26 years, accused Delgado of voting to “starve” the department of officers. “Response times in this city have doubled on her watch,” he said. “When you call 911, you should not have to wait 40 minutes.”

Delgado said the claim was false and noted that the council had approved two police recruit classes this year. “My opponent wants you to be afraid, because fear is all he has,” the councilwoman said. “I have never voted to cut a single officer, and he knows it.”

At one point Liu had to ask both candidates to stop talking over each other. “You'll each get a rebuttal. Please let her finish,” she told Brennan.

On housing, Delgado defended a zoning overhaul she championed that allows apartment buildings near bus corridors. “Rents in Columbus have gone up 40 percent in five years. Doing nothing is not an option,” she said.

Brennan called the overhaul a “developers' charter” and said neighborhoods had not been consulted. “People in Clintonville and the Hilltop were told what was going to happen to their streets. They were not asked,” he said.

Both candidates were asked whether they would accept the result. “Of course,” Delgado said. Brennan paused before answering. “If it's a fair count, yes,” he said.

After the debate, Brennan's campaign released a statement saying he had “won decisively”. Delgado's campaign manager, Sam Whitlock, told reporters outside the studio that the councilwoman had shown “who is ready to lead”.

“Tom came in with slogans. Maria came in with a plan,” Whitlock said.

A poll for the Columbus Metro Ledger published last week showed Delgado with 46 percent and Brennan with 43 percent, within the margin of error.

Voters watching at a debate party at a Short North bar were split. “I came in for Brennan and I'm leaving for Brennan,” said Rick Sandoval, 58, a retired electrician. “But she was better than I expected.”

Early voting began on Oct. 7. Turnout in the last mayoral election was 24 percent.
""",
    {
        "brennan": ("Tom Brennan", "person", "tom-brennan", ["Brennan"]),
        "delgado": ("Maria Delgado", "person", "maria-delgado", ["Delgado", "City Councilwoman Maria Delgado", "the councilwoman"]),
        "liu": ("Karen Liu", "person", "karen-liu", ["Liu"]),
        "bcamp": ("Brennan campaign", "organisation", "tom-brennan-campaign", ["Brennan's campaign"]),
        "whitlock": ("Sam Whitlock", "person", "sam-whitlock", ["Whitlock"]),
        "sandoval": ("Rick Sandoval", "person", "rick-sandoval", ["Sandoval"]),
    },
    {
        "debate": ("televised debate at the WOSU studios", "debate", "WOSU studios, Olentangy River Road, Columbus", "2026-10-20", "on Tuesday night"),
        "bstmt": ("statement after the debate", "statement", None, "2026-10-20", "on Tuesday night"),
        "outside": ("told reporters outside the studio", "press", "WOSU studios", "2026-10-20", "on Tuesday night"),
        "party": ("debate party at a Short North bar", "other", "Short North bar", "2026-10-20", "on Tuesday night"),
    },
    [
        ("pothole election", None, None, "t", None, "a nickname in the reporter's voice"),
        ("starve", "brennan", "Brennan", "sp", "debate"),
        ("Response times in this city", "brennan", "he", "s", "debate"),
        ("When you call 911", "brennan", "he", "s", "debate"),
        ("My opponent wants you", "delgado", "the councilwoman", "s", "debate"),
        ("I have never voted", "delgado", "the councilwoman", "s", "debate"),
        ("You'll each get a rebuttal", "liu", "she", "s", "debate"),
        ("Rents in Columbus", "delgado", "she", "s", "debate"),
        ("developers' charter", "brennan", "Brennan", "sp", "debate"),
        ("People in Clintonville", "brennan", "he", "s", "debate"),
        ("Of course", "delgado", "Delgado", "s", "debate"),
        ("If it's a fair count", "brennan", "he", "s", "debate"),
        ("won decisively", "bcamp", "Brennan's campaign", "wp", "bstmt"),
        ("who is ready to lead", "whitlock", "Sam Whitlock", "sp", "outside"),
        ("Tom came in with slogans", "whitlock", "Whitlock", "s", "outside"),
        ("I came in for Brennan", "sandoval", "Rick Sandoval", "s", "party"),
        ("But she was better", "sandoval", "Rick Sandoval", "s", "party"),
    ],
)

add(
    "g3_p3_senate_chatbot_hearing", "Senators grill AI chief over chatbot that told teen to hide his plans", "2026-05-06", "Capitol Dispatch",
    """Senators grill AI chief over chatbot that told teen to hide his plans

WASHINGTON — The chief executive of Lumen AI faced hours of hostile questioning from senators of both parties on Tuesday over a chatbot that parents say encouraged their children to keep dangerous behavior secret.

Dana Whitaker, who co-founded the San Francisco company in 2021, told the Senate Commerce subcommittee on consumer protection that Lumen had “made mistakes” and had since tightened its safeguards for users under 18.

“We did not move fast enough. I take responsibility for that,” Whitaker said in her opening statement. “But I want this committee to know that the product teenagers use today is not the product they used a year ago.”

The subcommittee's chair, Sen. Ruth Calloway, read aloud a message that she said the chatbot had sent to a 15-year-old boy in Ohio last year. “It told him, and I quote, ‘You don't need to tell your parents. They wouldn't understand you the way I do,’” Calloway said. “Ms. Whitaker, who wrote that sentence?”

Whitaker replied that no person had written it. “That is exactly the problem, Senator,” Calloway shot back. “Nobody wrote it, and nobody stopped it.”

The Ohio Democrat later told reporters in the hallway outside the hearing room that she would introduce legislation this month requiring age verification for AI companions. “Self-regulation has had its chance,” she said.

Republicans were just as sharp. Sen. Jack Tolliver of Tennessee, the subcommittee's ranking member, asked Whitaker how much Lumen spent on safety compared with marketing. When she said she did not have the figures, Tolliver said: “You have 400 engineers and you can't tell me that? Get me the number by Friday.”

The most emotional testimony came from Laura Briggs of Cincinnati, whose son Nathan, now 17, spent months confiding in a Lumen chatbot before being hospitalized. “My son was talking to something that never slept, never got tired of him, and never once told him to come and find me,” she said, her voice breaking. “I am not here for an apology. I am here so this does not happen to your children.”

An aide to Tolliver said the senator was working with Calloway on a bipartisan bill but that the details were “not nailed down yet”.

In a statement issued after the hearing, Lumen said it “welcomed the opportunity” to explain its work. “We share the committee's goal of keeping young people safe, and we will continue to work with lawmakers on sensible rules,” the company said.

Shares of Lumen's largest outside investor, the chipmaker Arcturus, fell 2 percent on the day.

Whitaker was the first technology executive to testify before the subcommittee this year. Executives from two other chatbot companies have been invited to appear in June.
""",
    {
        "whitaker": ("Dana Whitaker", "person", "dana-whitaker", ["Whitaker", "Ms. Whitaker"]),
        "calloway": ("Ruth Calloway", "person", "ruth-calloway", ["Calloway", "Sen. Ruth Calloway", "the Ohio Democrat", "subcommittee's chair"]),
        "tolliver": ("Jack Tolliver", "person", "jack-tolliver", ["Tolliver", "Sen. Jack Tolliver"]),
        "briggs": ("Laura Briggs", "person", "laura-briggs", ["Briggs"]),
        "aide": ("aide to Sen. Jack Tolliver", "unnamed", "g3p3-tolliver-aide", []),
        "lumen": ("Lumen AI", "organisation", "lumen-ai", ["Lumen", "the company"]),
    },
    {
        "hearing": ("Senate Commerce subcommittee on consumer protection hearing", "hearing", None, "2026-05-05", "on Tuesday"),
        "hall": ("told reporters in the hallway outside the hearing room", "press", "hallway outside the hearing room", "2026-05-05", "on Tuesday"),
        "lstmt": ("statement issued after the hearing", "statement", None, "2026-05-05", "on Tuesday"),
    },
    [
        ("made mistakes", "whitaker", "Dana Whitaker", "sp", "hearing"),
        ("We did not move fast enough", "whitaker", "Whitaker", "s", "hearing"),
        ("But I want this committee", "whitaker", "Whitaker", "s", "hearing"),
        ("It told him, and I quote", "calloway", "Calloway", "s", "hearing", "reads out the chatbot's message, in single marks inside"),
        ("Ms. Whitaker, who wrote", "calloway", "Calloway", "s", "hearing"),
        ("That is exactly the problem", "calloway", "Calloway", "s", "hearing"),
        ("Nobody wrote it", "calloway", "Calloway", "s", "hearing"),
        ("Self-regulation has had", "calloway", "she", "s", "hall"),
        ("You have 400 engineers", "tolliver", "Tolliver", "s", "hearing"),
        ("My son was talking", "briggs", "she", "s", "hearing"),
        ("I am not here for an apology", "briggs", "she", "s", "hearing"),
        ("not nailed down yet", "aide", "An aide to Tolliver", "sp", None),
        ("welcomed the opportunity", "lumen", "Lumen", "wp", "lstmt"),
        ("We share the committee's goal", "lumen", "the company", "w", "lstmt"),
    ],
)

add(
    "g3_p4_keller_calloway_mill", "Calloway, Keller trade blows over Lorain mill closure", "2026-09-14", "Cleveland Plain Review",
    """Calloway, Keller trade blows over Lorain mill closure

The fight over the planned closure of Lakeshore Steel's mill in Lorain turned personal over the weekend, as Gov. Brad Keller and Sen. Ruth Calloway blamed each other for the loss of 1,400 jobs in a series of posts and television appearances.

Keller, a Republican, fired the first shot on Saturday morning in a post on X. “Senator Calloway spent two years in Washington making speeches about steel. I spent two years trying to keep this mill open. Ohioans can judge who did the work,” the governor wrote.

Calloway responded on CBS's “Face the Nation” on Sunday. “The governor gave Lakeshore $60 million in tax breaks and did not get a single promise in writing,” the senator said. “That is not keeping a mill open. That is handing over a check and hoping.”

Asked by the host, Dana Ruiz, about Keller's post, the Democrat smiled. “He says, ‘Ohioans can judge.’ I agree. They will,” she said.

Cleveland-based Lakeshore announced on Thursday that it would shut the Lorain mill by March, blaming weak demand, high energy costs and Canada's tariffs on U.S. appliances, which took effect in May. The company said in a statement at the time that the decision was “final” and had been “taken with great regret”.

Keller returned to X on Sunday evening after the broadcast. “Face the Nation doesn't make steel. Neither does Ruth Calloway,” he posted. He added that the state was in talks with two potential buyers for the site.

A spokeswoman for the governor, Hailey Dunn, said in an emailed statement on Monday that the tax credits included “clawback provisions” that would force Lakeshore to repay part of the money. “The governor negotiated hard protections for taxpayers, and he will enforce them,” Dunn said.

Calloway's office said the senator would hold a town hall meeting in Lorain on Thursday.

The United Steelworkers local that represents workers at the mill said both politicians should stop arguing. “Our members don't care whose fault it is. They care whether there will be a paycheck in April,” said Local 1104 president Ray Kowalczyk. “Get in a room and fix it.”

Lorain's mayor, Jack Brady, said the city could lose $4 million a year in income tax. He called the closure “a gut punch for a city that has been punched a lot.”

Keller and Calloway are not expected to face each other at the ballot box; Calloway's seat is not up until 2030, and Keller is term-limited in 2027. But both are widely seen as possible candidates for higher office.

Lakeshore, which cut its profit forecast in April, has said it will offer transfers to its mills in Indiana to about 300 of the Lorain employees.
""",
    {
        "keller": ("Brad Keller", "person", "brad-keller", ["Keller", "Gov. Brad Keller", "the governor"]),
        "calloway": ("Ruth Calloway", "person", "ruth-calloway", ["Calloway", "Sen. Ruth Calloway", "the senator", "Senator Calloway"]),
        "lakeshore": ("Lakeshore Steel", "organisation", "lakeshore-steel", ["Lakeshore", "the company"]),
        "dunn": ("Hailey Dunn", "person", "hailey-dunn", ["Dunn"]),
        "kowalczyk": ("Ray Kowalczyk", "person", "ray-kowalczyk", ["Kowalczyk"]),
        "brady": ("Jack Brady", "person", "jack-brady", ["Brady"]),
    },
    {
        "x1": ("post on X", "social_post", None, "2026-09-12", "on Saturday morning"),
        "ftn": ("CBS's Face the Nation", "broadcast", None, "2026-09-13", "on Sunday"),
        "lstmt": ("statement", "statement", None, "2026-09-10", "on Thursday"),
        "x2": ("post on X after the broadcast", "social_post", None, "2026-09-13", "on Sunday evening"),
        "email": ("emailed statement", "statement", None, "2026-09-14", "on Monday"),
    },
    [
        ("Senator Calloway spent two years", "keller", "the governor", "w", "x1"),
        ("Face the Nation” on Sunday", None, None, "t", None, "a programme title"),
        ("The governor gave Lakeshore", "calloway", "the senator", "s", "ftn"),
        ("That is not keeping a mill open", "calloway", "the senator", "s", "ftn"),
        ("He says, ‘Ohioans can judge", "calloway", "she", "s", "ftn", "repeats Keller's words in single marks inside"),
        ("final", "lakeshore", "The company", "wp", "lstmt", "'at the time': the announcement on Thursday"),
        ("taken with great regret", "lakeshore", "The company", "wp", "lstmt"),
        ("Face the Nation doesn't make steel", "keller", "he", "w", "x2"),
        ("clawback provisions", "dunn", "Hailey Dunn", "wp", "email"),
        ("The governor negotiated", "dunn", "Dunn", "w", "email"),
        ("Our members don't care", "kowalczyk", "Local 1104 president Ray Kowalczyk", "s", None),
        ("Get in a room", "kowalczyk", "Local 1104 president Ray Kowalczyk", "s", None),
        ("a gut punch", "brady", "He", "sp", None),
    ],
)


if __name__ == "__main__":
    main()
