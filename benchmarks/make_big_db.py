"""Generate a large quotetui database for the review TUI benchmark.

    python benchmarks/make_big_db.py /tmp/big.db --quotes 1000000 --speakers 20000

Documents, speakers (with aliases) and quotes are streamed into the store's own schema
(``store.open_db`` creates it) in batches, so memory stays flat. The store's triggers keep the
speaker counters, exactly as in a real ingest. Speakers are Zipf-distributed (a few are quoted a
lot, most a little), about a tenth of the quotes are already reviewed, and every quote's offsets,
mention and cue point into its article's text, so the detail pane has real context to show.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from quotetui import store
from quotetui.names import name_key, slugify

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jamal",
    "Kim",
    "Lars",
    "Maria",
    "Nikolai",
    "Olga",
    "Pedro",
    "Qiu",
    "Rosa",
    "Sergei",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wei",
    "Ximena",
    "Yusuf",
    "Zara",
    "Ahmed",
    "Beatriz",
    "Carlos",
    "Daria",
    "Emil",
    "Fatima",
    "Georg",
    "Hana",
    "Ivan",
    "Julia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Rafael",
    "Sofia",
    "Taro",
    "Uma",
    "Vera",
    "Walter",
    "Yara",
]
LAST = [
    "Kim",
    "Lee",
    "Park",
    "Ivanov",
    "Petrova",
    "Smith",
    "Garcia",
    "Muller",
    "Rossi",
    "Dubois",
    "Tanaka",
    "Nakamura",
    "Chen",
    "Wang",
    "Singh",
    "Patel",
    "Okafor",
    "Mensah",
    "Silva",
    "Santos",
    "Novak",
    "Horvat",
    "Kowalski",
    "Nielsen",
    "Berg",
    "Larsen",
    "Costa",
    "Moreau",
    "Fischer",
    "Weber",
    "Romano",
    "Haddad",
    "Rahman",
    "Yilmaz",
    "Demir",
    "Kaya",
    "Sato",
    "Suzuki",
    "Zhang",
    "Liu",
    "Huang",
    "Nguyen",
    "Tran",
    "Pham",
    "Hoang",
    "Gonzalez",
    "Lopez",
    "Martin",
    "Bernard",
    "Laurent",
]
ORGS = [
    "Foreign Ministry",
    "Defence Ministry",
    "Central Bank",
    "Supreme Court",
    "Electoral Commission",
    "Health Ministry",
    "Finance Ministry",
    "Police Agency",
    "Trade Union Federation",
    "Chamber of Commerce",
]
PLACES = [
    "Seoul",
    "Tokyo",
    "Berlin",
    "Paris",
    "Lagos",
    "Nairobi",
    "Lima",
    "Oslo",
    "Warsaw",
    "Hanoi",
    "Cairo",
    "Ankara",
    "Madrid",
    "Rome",
    "Kyiv",
    "Manila",
    "Jakarta",
    "Dhaka",
    "Quito",
    "Accra",
]
TITLES = ("Minister", "Ambassador", "President", "Senator", "Governor", "spokesperson", "Mayor")
WORDS = [
    "government",
    "position",
    "security",
    "agreement",
    "talks",
    "economy",
    "border",
    "region",
    "policy",
    "support",
    "measures",
    "response",
    "crisis",
    "people",
    "country",
    "future",
    "cooperation",
    "development",
    "reforms",
    "budget",
    "election",
    "court",
    "decision",
    "investigation",
    "troops",
    "peace",
    "trade",
    "prices",
    "market",
    "workers",
    "families",
    "schools",
    "hospitals",
    "energy",
    "water",
    "climate",
    "plan",
    "proposal",
    "report",
    "evidence",
    "allies",
    "partners",
]
VERBS = [
    "will not accept",
    "must respect",
    "is committed to",
    "cannot ignore",
    "has always supported",
    "strongly opposes",
    "welcomes",
    "is deeply concerned about",
    "will review",
    "remains open to",
]
CUES = ("said", "told reporters", "warned", "added", "stressed", "according to", "wrote")
OCCASIONS = (
    "press conference",
    "statement",
    "interview with local radio",
    "parliamentary hearing",
    "speech",
    "meeting with reporters",
    None,
    None,
)
METHODS = ("cue-verb subject", "continuation", "according-to", "previous sentence", "pronoun")
STATUS_WEIGHTS = (("unreviewed", 90), ("confirmed", 6), ("corrected", 2), ("rejected", 2))


def make_speakers(rng: random.Random, n: int) -> list[tuple[str, str, str, list[str]]]:
    """(id, name, kind, aliases) for ``n`` distinct speakers."""
    out: list[tuple[str, str, str, list[str]]] = []
    seen: set[str] = set()
    i = 0
    while len(out) < n:
        i += 1
        if i % 10 == 0:
            place = rng.choice(PLACES)
            name = f"{place} {rng.choice(ORGS)}"
            kind, aliases = "organisation", [name, f"the {name.split(' ', 1)[1]}"]
        else:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            kind = "person"
            aliases = [name, last, f"{rng.choice(TITLES)} {name}"]
        if name in seen:
            # Plenty of people share a name: number them as an analyst would not, but keep ids
            # and names distinct for the benchmark.
            name = f"{name} {len(out)}"
            aliases[0] = name
        seen.add(name)
        out.append((slugify(name), name, kind, aliases))
    return out


def sentence(rng: random.Random) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
    return f"The {rng.choice(WORDS)} {rng.choice(VERBS)} the {words}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int, default=20_000)
    parser.add_argument("--per-doc", type=int, default=10, help="quotes per article")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    if args.path.exists():
        print(f"{args.path} exists; remove it first", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    started = time.monotonic()
    db = store.open_db(args.path)
    conn = db.conn
    # A throwaway file: durability per batch is not needed while generating.
    conn.execute("PRAGMA synchronous = OFF")

    speakers = make_speakers(rng, args.speakers)
    now = "2026-01-01T00:00:00.000Z"
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO speakers (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
        [(sid, name, kind, now) for sid, name, kind, _ in speakers],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
        [(sid, a, name_key(a)) for sid, _, _, aliases in speakers for a in aliases],
    )
    conn.execute("COMMIT")

    # Zipf-ish: speaker k is chosen with weight 1/(k+1).
    weights = [1.0 / (k + 1) for k in range(len(speakers))]
    statuses = [s for s, _ in STATUS_WEIGHTS]
    status_weights = [w for _, w in STATUS_WEIGHTS]
    docs = (args.quotes + args.per_doc - 1) // args.per_doc
    written = 0
    conn.execute("BEGIN")
    for d in range(docs):
        doc_id = f"{d:07d}_{rng.getrandbits(48):012x}"
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = f"{rng.choice(PLACES)}: {sentence(rng)[:60]}"
        parts: list[str] = [title, "\n\n"]
        offset = len(title) + 2
        quotes = []
        chosen = rng.choices(range(len(speakers)), weights=weights, k=args.per_doc)
        for k in chosen:
            if written + len(quotes) >= args.quotes:
                break
            sid, name, _kind, aliases = speakers[k]
            filler = f"{sentence(rng).capitalize()}. {sentence(rng).capitalize()}.\n\n"
            parts.append(filler)
            offset += len(filler)
            quote = f"“{sentence(rng)}.”"
            mention = rng.choice(aliases)
            cue = rng.choice(CUES)
            occasion = rng.choice(OCCASIONS)
            tail = f" in a {occasion} on {date}" if occasion else ""
            para = f"{quote} {mention} {cue}{tail}.\n\n"
            q_start = offset
            m_start = q_start + len(quote) + 1
            c_start = m_start + len(mention) + 1
            parts.append(para)
            offset += len(para)
            status = rng.choices(statuses, weights=status_weights)[0]
            reviewed = status != "unreviewed"
            quotes.append(
                (
                    store.quote_id(doc_id, q_start, q_start + len(quote)),
                    doc_id,
                    q_start,
                    q_start + len(quote),
                    quote,
                    "speech",
                    0,
                    sid,
                    mention,
                    m_start,
                    m_start + len(mention),
                    cue,
                    c_start,
                    c_start + len(cue),
                    occasion,
                    date if occasion else None,
                    round(rng.uniform(0.3, 0.99), 2),
                    rng.choice(METHODS),
                    status,
                    "bench" if reviewed else None,
                    now if reviewed else None,
                )
            )
        text = "".join(parts)
        conn.execute(
            "INSERT INTO documents (id, title, source, url, date, text, path, sha256, ingested_at)"
            " VALUES (?, ?, ?, NULL, ?, ?, NULL, '', ?)",
            (doc_id, title, rng.choice(("Daily", "Herald", "Wire", "Times")), date, text, now),
        )
        conn.executemany(
            'INSERT INTO quotes (id, document_id, start, "end", text, kind, partial,'
            " engine_speaker_id, speaker_mention, speaker_start, speaker_end, cue, cue_start,"
            " cue_end, occasion, occasion_date, confidence, method, status, reviewer, reviewed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            quotes,
        )
        written += len(quotes)
        if d % 2000 == 1999:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            rate = written / (time.monotonic() - started)
            print(f"\r{written:,} quotes ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    conn.execute("COMMIT")
    db.close()
    elapsed = time.monotonic() - started
    size = args.path.stat().st_size / 1e6
    print(
        f"\r{args.path}: {docs:,} documents, {written:,} quotes, {len(speakers):,} speakers,"
        f" {size:,.0f} MB in {elapsed:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
