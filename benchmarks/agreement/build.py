# ruff: noqa: E501 - one annotation a line reads best as data
"""A blind second annotation of 8 resolved-dev articles, to measure inter-annotator agreement.

Written from the articles and the guidelines only (SPEAKER-GUIDELINES.md, OCCASION-GUIDELINES.md,
FORMATS.md), without opening resolved-dev/gold.jsonl or any predictions. Each quote is named by a
unique piece of the article that starts with its opening quotation mark; the span runs to the
matching closing mark, or to the end of the paragraph when the paragraph closes none (one span per
paragraph piece of a block quote), or to an explicit `end` piece. Writes, next to this file:

- second.gold.jsonl: resolved-gold shape (FORMATS.md), `speaker` = the mention as written;
- second.preds.jsonl: predictions shape, `speaker` = the canonical name, for `quotetui eval`.

Re-run after editing: python benchmarks/agreement/build.py
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / ".." / "shared" / "data" / "resolved-dev" / "docs.jsonl"

# Selection rule, fixed before reading any article: the first article of each of the 7 outlets in
# file order, plus the second line of the file (the second Breitbart article).
SELECTED = [
    "breitbart_2016-09-15_pat-caddell-democrat-voters-worr",
    "breitbart_2016-10-02_washington-post-hit-piece-exploi",
    "huff-post_2016-09-20_hillary-clinton-speaks-directly-",
    "nyt_2016-09-19_obama-sees-personal-insult-if-bl",
    "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a",
    "usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru",
    "wash-post_2016-09-25_federal-court-rules-against-ohio",
    "west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod",
]


@dataclass(frozen=True)
class Q:
    piece: str
    canonical: str | None = None
    skind: str | None = None
    kind: str = "speech"
    partial: bool = False
    occ: str | None = None
    otype: str | None = None
    place: str | None = None
    date: str | None = None
    dtext: str | None = None
    mention: str | None = None
    end: str | None = None
    note: str | None = None
    aliases: tuple[str, ...] = field(default=())


def T(piece: str, end: str | None = None, note: str | None = None) -> Q:
    """A term: scare quotes, a title or a name, nobody's speech."""
    return Q(piece, kind="term", end=end, note=note)


def occ(occasion: str | None, otype: str | None, place: str | None = None,
        date: str | None = None, dtext: str | None = None) -> dict[str, Any]:
    return {"occ": occasion, "otype": otype, "place": place, "date": date, "dtext": dtext}


# --- breitbart 2016-09-15 (Thursday) ---------------------------------------------------------
BND = occ("Breitbart News Daily", "broadcast", None, "2016-09-15", "on Thursday")
CADDELL = {"canonical": "Pat Caddell", "skind": "person", "aliases": ("Caddell",)}
A0 = [
    Q("‘in Their Heads.’", partial=True, note="headline repeats the body quote", **CADDELL, **BND),
    Q("“One of the things I am surprised", mention="Caddell", **CADDELL, **BND),
    Q("“Yesterday, there were two polls.", mention="Caddell", **CADDELL, **BND),
    Q('"The health issue overall', end='forty-six, no."', mention="Caddell", **CADDELL, **BND),
    Q("“As you know, Hillary Clinton left", canonical="Morning Consult poll", skind="document", kind="written",
      note="poll question Caddell reads out; Morning Consult is the poll named first, Rasmussen's is 'similar'",
      mention="the question", **occ("Morning Consult poll", "document", None, "2016-09-14", "Yesterday")),
    Q("“This is in their heads.", mention="Caddell", **CADDELL, **BND),
    Q("“It is one of the things worrying them.", mention="Caddell", **CADDELL, **BND),
]

# --- breitbart 2016-10-02 (Sunday) -----------------------------------------------------------
WAPO = occ("Washington Post feature", "document", None, "2016-10-01", "Saturday")
MCC = {"canonical": "Stephanie McCrummen", "skind": "person", "kind": "written", "aliases": ("McCrummen",)}
MEL = {"canonical": "Melanie", "skind": "person", "aliases": ("the woman",)}
RNC_TV = occ("watching the Republican National Convention", "other", "living room in western Pennsylvania")
TRUMP_RNC = occ("speech at the Republican National Convention", "speech")
TRUMP = {"canonical": "Donald Trump", "skind": "person", "aliases": ("Trump", "Donald")}
A1 = [
    Q("“Finally. Someone who thinks like me.”", mention="the woman’s", note="the Post's headline, her words; occasion not given", **MEL),
    T("“national enterprise reporter”"),
    Q("“a living room in western Pennsylvania”", partial=True, mention="The Post", note="the Post's own words", **MCC, **WAPO),
    Q('"The first time she had seen him', end="“homicidal ideation.”", mention="McCrummen", note="block quote of the Post feature, one span per paragraph", **MCC, **WAPO),
    Q("“rant,”", partial=True, mention="she", **MEL),
    T("“medical problem,”", note="a box label on the discharge papers"),
    Q("“homicidal ideation.”", canonical="doctor", skind="unnamed", kind="written", partial=True, mention="a doctor",
      **occ("discharge papers", "document")),
    Q('"Melanie thought the whole thing', mention="McCrummen", **MCC, **WAPO),
    Q("“It never crossed my mind", end='a pillow."', mention="McCrummen",
      note="last paragraph of the block quote: opens on Melanie's quote, closes with the block's mark", **MCC, **WAPO),
    Q("“It never crossed my mind", end="losing it,”", mention="she", **MEL,
      **occ(None, None, None, None, "several months after her release")),
    Q("“Here comes Big Daddy,”", mention="she", **MEL, **RNC_TV),
    Q("“The Donald. Big Daddy.”", mention="she", **MEL, **RNC_TV),
    Q('"Kevin was snoring.', mention="McCrummen", **MCC, **WAPO),
    Q("“Here he is, babe,”", mention="she", **MEL, **RNC_TV),
    Q("“Donald’s here, babe.”", mention="she", **MEL, **RNC_TV),
    Q('"Trump walked onto the stage', mention="McCrummen", **MCC, **WAPO),
    Q("“U-S-A! U-S-A!”", mention="Trump", note="Trump chanting as he walks on stage", **TRUMP, **TRUMP_RNC),
    Q("“That’s right, Donald — USA, baby,”", mention="Melanie", **MEL, **RNC_TV),
    Q("“Who would have believed", mention="Trump", **TRUMP, **TRUMP_RNC),
    Q("“I would,”", mention="Melanie", **MEL, **RNC_TV),
    Q("“I would, Donald.”", mention="Melanie", **MEL, **RNC_TV),
    T("“head.”", note="echoes her 'In my head'"),
    Q("“You winning?”", mention="she", **MEL, **RNC_TV),
    Q("“how the system is rigged,”", partial=True, mention="Trump", **TRUMP, **TRUMP_RNC),
    Q("“wounded American families”", partial=True, mention="Trump", **TRUMP, **TRUMP_RNC),
    Q("“our own struggling citizens,”", partial=True, mention="Trump", **TRUMP, **TRUMP_RNC),
    Q("“I love you,”", mention="he", **TRUMP, **TRUMP_RNC),
    Q("“He really does love us,”", mention="Melanie", **MEL, **RNC_TV),
    Q("“It’s finished,”", mention="she", **MEL, **RNC_TV),
    Q("“In my head, anyway.”", mention="she", **MEL, **RNC_TV),
]

# --- huff-post 2016-09-20 (Tuesday) ----------------------------------------------------------
HARVEY = occ("The Steve Harvey Morning Show", "broadcast", None, "2016-09-20", "On Tuesday’s episode")
HRC = {"canonical": "Hillary Clinton", "skind": "person", "aliases": ("Clinton", "the former secretary of state")}
JORDAN = {"canonical": "Chuck Jordan", "skind": "person", "aliases": ("Tulsa police Chief Chuck Jordan",)}
A3 = [
    Q("‘Directly To White People’", partial=True, note="headline repeats the body quote", **HRC, **HARVEY),
    Q("“intolerable.”", partial=True, mention="Hillary Clinton", note="lede of the account of the show named next", **HRC, **HARVEY),
    T("“The Steve Harvey Morning Show,”"),
    Q("“directly to white people”", partial=True, mention="the former secretary of state", **HRC, **HARVEY),
    Q("“this is not who we are.”", partial=True, mention="the former secretary of state", **HRC, **HARVEY),
    Q("“How many times do we have", mention="Clinton", **HRC, **HARVEY),
    Q("“In Tulsa, an unarmed man", mention="Clinton", **HRC, **HARVEY),
    Q("“Maybe I can, by speaking", mention="she", **HRC, **HARVEY),
    Q("“We have got to do everything", mention="she", **HRC, **HARVEY),
    Q("“I will just make this promise", mention="Tulsa police Chief Chuck Jordan", **JORDAN, **occ(None, None, None, "2016-09-19", "Monday")),
    Q("“I want to assure our community", mention="Tulsa police Chief Chuck Jordan", **JORDAN, **occ(None, None, None, "2016-09-19", "Monday")),
]

# --- nyt 2016-09-19 (Monday) -----------------------------------------------------------------
GALA = occ("Congressional Black Caucus Foundation gala dinner", "speech", "Washington", "2016-09-17", "on Saturday night")
OBAMA = {"canonical": "Barack Obama", "skind": "person", "aliases": ("Obama", "President Obama", "Mr. Obama", "the president")}
KING = {"canonical": "Charlie King", "skind": "person", "aliases": ("Mr. King",)}
MOORE = {"canonical": "Minyon Moore", "skind": "person", "aliases": ("Ms. Moore",)}
RANGEL = {"canonical": "Charles B. Rangel", "skind": "person", "aliases": ("Rangel",)}
BRAZILE = {"canonical": "Donna Brazile", "skind": "person", "aliases": ("Brazile",)}
NEWKIRK = {"canonical": "Vann R. Newkirk II", "skind": "person", "kind": "written", "aliases": ("Newkirk",)}
TWITTER = occ("Twitter", "social_post")
A6 = [
    Q("'Personal Insult'", partial=True, note="headline repeats the body quote", **OBAMA, **GALA),
    Q('"It\'s about me."', partial=True, mention="President Obama", note="the message of the weekend's speech", **OBAMA, **GALA),
    Q('"personal insult"', partial=True, mention="The president", **OBAMA, **GALA),
    Q('"My name may not be on the ballot', mention="Mr. Obama", **OBAMA, **GALA),
    Q('"Tolerance is on the ballot.', mention="Mr. Obama", **OBAMA, **GALA),
    Q('"That speech went beyond the room.', mention="Donna Brazile", **BRAZILE),
    Q('"That was the president essentially', mention="Donna Brazile", **BRAZILE),
    Q("'Don't leave it on the field.'", mention="the president", note="Brazile's gist of the speech", **OBAMA, **GALA),
    Q('"People say, \'It doesn', mention="Charlie King", **KING),
    Q("'It doesn't matter because", canonical="people", skind="unnamed", mention="People"),
    Q('"The question is,', mention="Charlie King", **KING),
    Q("'Ninety percent of what?'", mention="Charlie King", note="King's own rhetorical question", **KING),
    Q('"a true wake-up call"', partial=True, mention="Minyon Moore", **MOORE),
    Q('"Are we where we need to be?', mention="Ms. Moore", **MOORE),
    Q('"Are we going to get to where', mention="Ms. Moore", **MOORE),
    T('"Keepin\' It Real"'),
    Q('"Making not voting synonymous', mention="Mr. Sharpton", canonical="Al Sharpton", skind="person",
      aliases=("Mr. Sharpton", "Rev. Al Sharpton"), **occ("interview", "interview")),
    Q('"There\'s some thought', mention="Representative Charles B. Rangel", **RANGEL),
    Q('"I think it\'s very smart', mention="Representative Charles B. Rangel", **RANGEL),
    Q('"It\'s a little bit of magic', mention="Ms. Moore", **MOORE),
    Q('"this is not the first generation', partial=True, mention="Marc H. Morial", canonical="Marc H. Morial",
      skind="person", aliases=("Mr. Morial",), **occ("panel discussion", "meeting", "Washington", None, "this weekend")),
    T('"Barack Obama Election Day,"'),
    Q('"It\'s all about creating', mention="Mr. King", **KING),
    Q('"Absolutely hate this framing', mention="Vann R. Newkirk II", **NEWKIRK, **TWITTER),
    Q('"Black folks have done', mention="Vann R. Newkirk II", **NEWKIRK, **TWITTER),
]

# --- politico 2016-09-15 (Thursday) ----------------------------------------------------------
OZ = {"canonical": "Mehmet Oz", "skind": "person", "aliases": ("Oz",)}
GORSKI = {"canonical": "David Gorski", "skind": "person", "aliases": ("Gorski",)}
NYER = occ("The New Yorker’s long profile of Oz", "interview", None, None, "in 2013")
MCCASKILL = {"canonical": "Claire McCaskill", "skind": "person", "aliases": ("McCaskill",)}
HEARING = occ("2014 Senate hearing", "hearing", None, None, "2014")
MOSKO = {"canonical": "Steve Mosko", "skind": "person", "kind": "written", "partial": True, "aliases": ("Mosko",)}
EMAIL = occ("email to the NFL Network’s Rich Eisen", "document")
A9 = [
    T("“quack”", note="the physicians' label, used as a scare quote"),
    Q("“magic” weight loss pills", end="“magic”", partial=True, mention="He", note="Oz's own word, quoted in full later", **OZ, **occ("his show", "broadcast")),
    Q("a cursory review of [his]", end='systems"', partial=True, note="no opening mark; the article never says whose words; span from the phrase start"),
    T('"medical records"'),
    Q("“the healthiest individual", partial=True, kind="written", mention="Bornsten's", canonical="Harold Bornstein", skind="person",
      aliases=("Bornstein",), **occ("earlier missive on Trump", "document")),
    Q("“the operator.”", partial=True, kind="written", mention="The New Yorker", canonical="The New Yorker", skind="organisation",
      **occ("lengthy expose", "document")),
    Q('"Oz has a huge bully pulpit', mention="David Gorski", **GORSKI, **NYER),
    Q("“He can’t simply dispense", mention="David Gorski", **GORSKI, **NYER),
    Q("“magic weight loss cure", partial=True, mention="he", **OZ, **occ("his show", "broadcast")),
    Q("“The scientific community is almost", mention="she", **MCCASKILL, **HEARING),
    Q("‘miracles,’", partial=True, mention="you", note="Oz's word as McCaskill quotes it", **OZ),
    Q("“When you call a product a miracle", mention="she", **MCCASKILL, **HEARING),
    Q("“smart as hell,”", mention="Steve Mosko", **MOSKO, **EMAIL),
    Q("“full of s---.”", mention="Steve Mosko", **MOSKO, **EMAIL),
]

# --- usa-today 2016-09-08 (Thursday) ---------------------------------------------------------
CAPDL = occ("Capital Download", "interview", None, "2016-09-07", "on Wednesday")
SCHIFF = {"canonical": "Adam Schiff", "skind": "person", "aliases": ("Schiff", "Rep. Adam Schiff", "the California congressman")}
OBAMA12 = {"canonical": "Obama", "skind": "person", "aliases": ("President Obama", "the president")}
PUTIN = occ("after meeting with Russian President Vladimir Putin", "other", None, None, "This week")
A12 = [
    Q('"sow discord"', partial=True, mention="the California congressman", note="lede of the interview account", **SCHIFF, **CAPDL),
    Q('"What makes this new', mention="Schiff", **SCHIFF, **CAPDL),
    Q('"but the attempt to interfere', mention="Schiff", **SCHIFF, **CAPDL),
    Q('"We\'ve had problems with cyber', mention="Obama", **OBAMA12, **PUTIN),
    Q('"Our goal is not to suddenly', mention="He", **OBAMA12, **PUTIN),
    Q('"really call out Russia', partial=True, mention="Schiff", **SCHIFF, **CAPDL),
    Q('"We know at least two states', mention="he", **SCHIFF, **CAPDL),
    Q('"Right now, because they paid', mention="he", **SCHIFF, **CAPDL),
    Q('"The other factor the administration', mention="Schiff", **SCHIFF, **CAPDL),
]

# --- wash-post 2016-09-25 (Sunday) -----------------------------------------------------------
RULING = occ("ruling", "document", None, "2016-09-23", "Friday")
HUSTED = {"canonical": "Jon Husted", "skind": "person", "kind": "written", "partial": True, "aliases": ("Husted",)}
PEPPER = {"canonical": "David Pepper", "skind": "person", "kind": "written", "aliases": ("Pepper",)}
A15 = [
    T('"use it or lose it"'),
    Q('"A state cannot avoid', end='hole-in-one,"', kind="written", mention="the ruling",
      canonical="U.S. Court of Appeals for the Sixth Circuit ruling", skind="document", **RULING),
    Q("'solely by reason of a failure to vote'", kind="written", partial=True, mention="the ruling",
      canonical="National Voter Registration Act of 1993", skind="document", note="the ruling quotes the statute",
      **occ("National Voter Registration Act of 1993", "document")),
    Q('"will effectively force us', mention="Husted", **HUSTED, **occ("statement", "statement")),
    Q('"the final resolution requires', mention="He", **HUSTED, **occ("statement", "statement")),
    Q('"huge win for Ohio voters."', partial=True, mention="David Pepper", note="the statement named in the next sentence", **PEPPER, **occ("statement", "statement")),
    Q('"The court\'s decision reaffirms', mention="he", **PEPPER, **occ("statement", "statement")),
]

# --- west-journal 2016-09-26 (Monday) --------------------------------------------------------
RADIO = occ("radio show", "broadcast", None, "2016-09-26", "of Monday")
CBS = occ("CBS This Morning", "interview", None, "2016-09-26", "on Monday")
RUSH = {"canonical": "Rush Limbaugh", "skind": "person", "aliases": ("Limbaugh",)}
MOOK = {"canonical": "Robby Mook", "skind": "person", "aliases": ("Mook",)}
A18 = [
    Q("‘Reeks of Fear.’", partial=True, note="headline repeats the body quote", **RUSH, **RADIO),
    Q("“fear”", partial=True, mention="Rush Limbaugh", **RUSH, **RADIO),
    Q("“lies”", partial=True, mention="Robby Mook", note="Mook's word in the CBS interview, not a bare scare quote", **MOOK, **CBS),
    Q("“What has happened basically", mention="Limbaugh", **RUSH, **RADIO),
    Q("“They are demanding this", mention="Limbaugh", **RUSH, **RADIO),
    Q("“We’re really focused", mention="Mook", **MOOK, **CBS),
    Q("“But we are concerned", mention="Mook", **MOOK, **CBS),
    Q("“[I]f it was left up", mention="Limbaugh", **RUSH, **RADIO),
    Q("‘Hey, moderators", end="role in it.'", canonical="critics", skind="unnamed", mention="the criticism",
      note="the criticism Limbaugh voices; no closing mark of its own type"),
    Q("“The left is saying", mention="Limbaugh", **RUSH, **RADIO),
    Q("‘Yeah, normally", end="time for.", canonical="the left", skind="unnamed", mention="The left",
      note="never closed; span ends where the outer quote does"),
    Q("“The person in this debate", mention="He", **RUSH, **RADIO),
]

ANNOTATIONS: dict[str, list[Q]] = dict(zip(SELECTED, [A0, A1, A3, A6, A9, A12, A15, A18], strict=True))

OPENERS = {"“": "”\"", '"': '"”', "‘": "’'", "'": "'’"}


def quote_span(text: str, q: Q) -> tuple[int, int]:
    assert text.count(q.piece) == 1, q.piece
    start = text.index(q.piece)
    if q.end is not None:
        end = text.index(q.end, start) + len(q.end)
        assert "\n" not in text[start:end], q.piece
        return start, end
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    closers = OPENERS[text[start]]
    for i in range(start + 1, para_end):
        # a single closing mark followed by a letter is an apostrophe ("doesn’t")
        if text[i] in closers and not (text[i] in "’'" and i + 1 < len(text) and text[i + 1].isalpha()):
            return start, i + 1
    return start, len(text[:para_end].rstrip())


def mention_span(text: str, mention: str, start: int, end: int) -> tuple[int, int]:
    """The occurrence of the mention nearest to the quote, outside it."""
    best: tuple[int, int, int] | None = None
    for m in re.finditer(re.escape(mention), text):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    assert best is not None, mention
    return best[1], best[2]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def main() -> None:
    docs = {d["id"]: d for d in map(json.loads, DOCS.read_text(encoding="utf-8").splitlines())}
    golds, preds = [], []
    for doc_id, quotes in ANNOTATIONS.items():
        text = docs[doc_id]["text"]
        gold_quotes, pred_quotes = [], []
        for q in quotes:
            start, end = quote_span(text, q)
            term = q.kind == "term"
            assert term or q.canonical is not None or q.note, q.piece
            if q.dtext is not None:
                assert q.dtext in text, q.dtext
            m_start = m_end = None
            if q.mention is not None:
                m_start, m_end = mention_span(text, q.mention, start, end)
            gold_quotes.append({
                "start": start, "end": end, "text": text[start:end],
                "speaker": q.mention, "speaker_start": m_start, "speaker_end": m_end,
                "speaker_canonical": q.canonical, "speaker_kind": q.skind,
                "speaker_aliases": list(q.aliases), "kind": q.kind, "partial": q.partial,
                "occasion": q.occ, "occasion_type": q.otype, "occasion_place": q.place,
                "occasion_date": q.date, "occasion_date_text": q.dtext, "note": q.note,
            })
            pred_quotes.append({
                "start": start, "end": end, "text": text[start:end],
                "speaker": q.canonical, "speaker_id": slug(q.canonical) if q.canonical else None,
                "speaker_mention": q.mention, "speaker_start": m_start, "speaker_end": m_end,
                "cue": None, "cue_start": None, "cue_end": None,
                "kind": q.kind, "partial": q.partial, "speaker_kind": q.skind,
                "occasion": q.occ, "occasion_type": q.otype, "occasion_place": q.place,
                "occasion_date": q.date, "occasion_date_text": q.dtext,
                "occasion_date_start": None, "occasion_date_end": None,
                "occasion_date_source": "text" if q.date else None,
                "confidence": 1.0, "method": "second annotator",
            })
        order = sorted(range(len(gold_quotes)), key=lambda i: gold_quotes[i]["start"])
        golds.append({"doc_id": doc_id, "quotes": [gold_quotes[i] for i in order]})
        preds.append({"doc_id": doc_id, "quotes": [pred_quotes[i] for i in order]})
    for name, rows in (("second.gold.jsonl", golds), ("second.preds.jsonl", preds)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{len(golds)} articles, {sum(len(g['quotes']) for g in golds)} quotes")


if __name__ == "__main__":
    main()
