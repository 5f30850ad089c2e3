"""The schema and its migrations, and opening a database file.

Plain DDL rather than ``table.create()``: sqlite-utils cannot declare generated columns, CHECK
constraints, triggers or views, and the schema reads better in one place. Migrations are
append-only: a change to the schema is a new function at the end, never an edit of an old one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from quotetui.names import name_key
from quotetui.store import guard
from quotetui.store.sql import transaction

migrations = Migrations("quotetui")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    for statement in _SCHEMA_V1:
        db.execute(statement)


_SCHEMA_V1 = [
    """
    CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        title TEXT,
        source TEXT,
        url TEXT,
        date TEXT,
        text TEXT NOT NULL,
        path TEXT,
        sha256 TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT,
        merged_into TEXT REFERENCES speakers(id),
        created_at TEXT NOT NULL,
        -- Kept by triggers on quotes, so the speaker list never needs a GROUP BY over
        -- a million quotes: non-stale quotes whose effective speaker is this one.
        quote_count INTEGER NOT NULL DEFAULT 0,
        unreviewed_count INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS idx_speakers_quote_count ON speakers(quote_count DESC, name)",
    "CREATE INDEX IF NOT EXISTS idx_speakers_merged_into ON speakers(merged_into)",
    """
    CREATE TABLE IF NOT EXISTS speaker_aliases (
        speaker_id TEXT NOT NULL REFERENCES speakers(id),
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (speaker_id, alias)
    )""",
    "CREATE INDEX IF NOT EXISTS idx_speaker_aliases_key ON speaker_aliases(alias_key)",
    """
    CREATE TABLE IF NOT EXISTS quotes (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT,
        partial INTEGER NOT NULL DEFAULT 0,
        engine_speaker_id TEXT REFERENCES speakers(id),
        speaker_mention TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        occasion TEXT,
        occasion_date TEXT,
        confidence REAL,
        method TEXT,
        status TEXT NOT NULL DEFAULT 'unreviewed'
            CHECK (status IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
        reviewed_speaker_id TEXT REFERENCES speakers(id),
        reviewed_occasion TEXT,
        reviewed_occasion_date TEXT,
        reviewer TEXT,
        reviewed_at TEXT,
        stale INTEGER NOT NULL DEFAULT 0,
        -- The effective speaker. A VIRTUAL generated column costs no storage, cannot drift
        -- from its inputs, and can be indexed for the speaker/status filters of the review UI.
        speaker_id TEXT GENERATED ALWAYS AS (COALESCE(reviewed_speaker_id, engine_speaker_id))
            VIRTUAL
    )""",
    # The review UI filters by speaker and status and pages in article order or by confidence;
    # rowid (implicitly the last column of every index) breaks ties for keyset paging.
    "CREATE INDEX IF NOT EXISTS idx_quotes_speaker_status_pos"
    " ON quotes(speaker_id, status, document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_status_pos ON quotes(status, document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_pos ON quotes(document_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_speaker_status_conf"
    " ON quotes(speaker_id, status, confidence)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_status_conf ON quotes(status, confidence)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_engine_speaker ON quotes(engine_speaker_id)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_reviewed_speaker ON quotes(reviewed_speaker_id)",
    """
    CREATE TABLE IF NOT EXISTS reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        quote_id TEXT,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        reviewer TEXT,
        at TEXT NOT NULL,
        undo_of INTEGER REFERENCES reviews(id)
    )""",
    "CREATE INDEX IF NOT EXISTS idx_reviews_reviewer ON reviews(reviewer, id)",
    "CREATE INDEX IF NOT EXISTS idx_reviews_undo_of ON reviews(undo_of)",
    "CREATE INDEX IF NOT EXISTS idx_reviews_quote ON reviews(quote_id)",
    # The log is the analysts' record; nothing may rewrite or erase it.
    """
    CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
    """
    CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
    # Speaker counters follow every quote change in the same transaction, whoever writes it.
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_insert AFTER INSERT ON quotes
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count + (NEW.stale = 0),
            unreviewed_count = unreviewed_count + (NEW.stale = 0 AND NEW.status = 'unreviewed')
        WHERE id = NEW.speaker_id;
    END""",
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_delete AFTER DELETE ON quotes
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count - (OLD.stale = 0),
            unreviewed_count = unreviewed_count - (OLD.stale = 0 AND OLD.status = 'unreviewed')
        WHERE id = OLD.speaker_id;
    END""",
    """
    CREATE TRIGGER IF NOT EXISTS quotes_count_update
    AFTER UPDATE OF engine_speaker_id, reviewed_speaker_id, status, stale ON quotes
    WHEN OLD.speaker_id IS NOT NEW.speaker_id OR OLD.status IS NOT NEW.status
        OR OLD.stale IS NOT NEW.stale
    BEGIN
        UPDATE speakers SET
            quote_count = quote_count - (OLD.stale = 0),
            unreviewed_count = unreviewed_count - (OLD.stale = 0 AND OLD.status = 'unreviewed')
        WHERE id = OLD.speaker_id;
        UPDATE speakers SET
            quote_count = quote_count + (NEW.stale = 0),
            unreviewed_count = unreviewed_count + (NEW.stale = 0 AND NEW.status = 'unreviewed')
        WHERE id = NEW.speaker_id;
    END""",
]


@migrations()
def m002_partial_indexes(db: sqlite_utils.Database) -> None:
    # Stale quotes are few: a partial index lets counts subtract them without reading rows.
    # Reviewed speakers are set only on corrected quotes: a partial index is all merges need.
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_stale ON quotes(status, speaker_id) WHERE stale = 1"
    )
    db.execute("DROP INDEX IF EXISTS idx_quotes_reviewed_speaker")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_reviewed_speaker_partial"
        " ON quotes(reviewed_speaker_id) WHERE reviewed_speaker_id IS NOT NULL"
    )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Apply pending migrations; a no-op on an up-to-date file, safe to call any number of times."""
    if not migrations.pending(db):
        return
    # Under the write lock, so two processes opening a fresh file do not both migrate it:
    # the second one finds nothing pending once it gets the lock.
    with transaction(db):
        migrations.apply(db)


def schema_version(db: sqlite_utils.Database) -> int:
    """Number of migrations applied to this file."""
    return len(migrations.applied(db))


def open_db(
    path: str | Path,
    *,
    check_same_thread: bool = True,
    busy_timeout_ms: int = 5000,
    readonly: bool = False,
) -> sqlite_utils.Database:
    """Open (creating if needed) a quotetui database file, migrated to the current schema.

    The file is recognised before anything touches it (``guard``): another program's database,
    a file that is not SQLite, or one written by a newer quotetui raises ``DatabaseProblem``
    (one line, naming the file) and is left as it was; so does a damaged schema, and a file or
    folder a writing command cannot write. ``readonly=True`` (the reading commands) opens a
    connection that cannot write, so a database in a folder the user cannot write is read.

    Pass ``check_same_thread=False`` to share the connection with worker threads (the sqlite3
    module is built serialized here); transactions are still per connection, so do not
    interleave writes from several threads. ``busy_timeout_ms``: how long a write waits for
    another process's write lock before it fails as busy (after the schema is migrated).
    """
    path = Path(path)
    known = {m.name for m in migrations._migrations}
    kind = guard.identify(path, known, migrations.name)
    if readonly:
        return _open_readonly(path, kind, check_same_thread)
    guard.check_writable(path)
    conn = sqlite3.connect(
        str(path), timeout=5.0, check_same_thread=check_same_thread, factory=guard.Connection
    )
    guard.opened(path, conn)
    db = sqlite_utils.Database(conn)
    try:
        if kind is guard.Kind.OURS:
            _check_applied(db, path)
        db.enable_wal()
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        # 64 MB page cache (a cap, not an allocation): on a million quotes the indexes no
        # longer fit the 2 MB default and ingest slows by a fifth.
        db.execute("PRAGMA cache_size = -65536")
        ensure_schema(db)
        guard.check_schema(db.conn, path)
    except BaseException:
        db.close()
        raise
    if busy_timeout_ms != 5000:
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    return db


def check_db(path: str | Path, *, readonly: bool = False) -> None:
    """What ``open_db`` would refuse, found without creating or changing anything (a command
    checks its database before it loads a pipeline for minutes)."""
    path = Path(path)
    guard.identify(path, {m.name for m in migrations._migrations}, migrations.name)
    if not readonly:
        guard.check_writable(path)


def _open_readonly(path: Path, kind: guard.Kind, check_same_thread: bool) -> sqlite_utils.Database:
    if kind is guard.Kind.NEW:
        if not path.exists():
            raise guard.Missing(f"no database at {path}")
        raise guard.NotOurs(f"{path} holds no quotetui database (it is empty)")
    conn = guard.connect_readonly(path, check_same_thread=check_same_thread)
    guard.opened(path, conn)
    db = sqlite_utils.Database(conn)
    try:
        _check_applied(db, path)
        if migrations.pending(db):
            # Written by an older quotetui: upgrading it writes it, once.
            db.close()
            try:
                guard.check_writable(path)
            except guard.ReadOnly:
                raise guard.ReadOnly(
                    f"{path} was written by an older quotetui and needs upgrading, which writes"
                    " it; it cannot be written here (run quotetui ingest or review on it where"
                    " it can)"
                ) from None
            open_db(path).close()
            conn = guard.connect_readonly(path, check_same_thread=check_same_thread)
            guard.opened(path, conn)
            db = sqlite_utils.Database(conn)
        guard.check_schema(db.conn, path)
        db.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        db.close()
        raise
    return db


def _check_applied(db: sqlite_utils.Database, path: Path) -> None:
    """The schema the applied migrations should have made is whole: a migration run over a
    damaged one would fail half-way."""
    applied = frozenset(m.name for m in migrations.applied(db))
    try:
        problems = guard.schema_problems(db.conn, applied)
    except sqlite3.DatabaseError as exc:
        raise guard.Damaged(f"{path} is damaged ({exc}); restore it from a backup") from None
    if problems:
        guard.raise_damaged(path, problems)


@migrations()
def m003_quotes_final(db: sqlite_utils.Database) -> None:
    # One row per quote as readers show it (model.QuoteRow), the analyst's answer winning over
    # the engine's, written once here. The review app, the export and the CLI read quotes
    # through this view. SQLite flattens it into each query, so the quotes indexes still serve
    # the filters and orders, and the joins a query does not use are left out.
    db.execute(
        """
        CREATE VIEW IF NOT EXISTS quotes_final AS
        SELECT
            q.rowid AS quote_rowid,  -- ends every index entry: keyset paging's tie-breaker
            q.id, q.document_id, q.start, q."end", q.text, q.kind, q.partial,
            q.engine_speaker_id, q.speaker_mention, q.speaker_start, q.speaker_end,
            q.cue, q.cue_start, q.cue_end, q.occasion, q.occasion_date, q.confidence, q.method,
            q.status, q.reviewed_speaker_id, q.reviewed_occasion, q.reviewed_occasion_date,
            q.reviewer, q.reviewed_at, q.stale,
            -- The analyst's speaker, else the engine's: the generated column
            -- COALESCE(reviewed_speaker_id, engine_speaker_id), so that it can be indexed and
            -- the speakers' counters can follow it.
            q.speaker_id,
            s.name AS speaker_name,
            -- The analyst's occasion and date, else the engine's; '' from the analyst means
            -- there is none, whatever the engine found.
            NULLIF(COALESCE(q.reviewed_occasion, q.occasion), '') AS final_occasion,
            NULLIF(COALESCE(q.reviewed_occasion_date, q.occasion_date), '') AS final_occasion_date,
            es.name AS engine_speaker_name,
            d.title AS document_title,
            d.source AS document_source,
            d.date AS document_date
        FROM quotes q
        LEFT JOIN documents d ON d.id = q.document_id
        LEFT JOIN speakers s ON s.id = q.speaker_id
        LEFT JOIN speakers es ON es.id = q.engine_speaker_id
        """
    )


@migrations()
def m004_name_keys(db: sqlite_utils.Database) -> None:
    # Alias keys were casefolded text with punctuation turned into spaces, which kept accents
    # and "'s" ("josé martí", "trump s campaign") where the engine's key folds and drops them,
    # so `review --speaker "Jose Marti"` missed José Martí. Recomputed with names.name_key, the
    # key both now use. (Should name_key change again, a new migration recomputes them again.)
    rows = db.execute("SELECT rowid, alias FROM speaker_aliases").fetchall()
    db.conn.executemany(
        "UPDATE speaker_aliases SET alias_key = ? WHERE rowid = ?",
        [(name_key(alias), rowid) for rowid, alias in rows],
    )


# The engine's structured occasion (model.QuoteRecord), and the analyst's type and place.
_OCCASION_COLUMNS = (
    ("occasion_type", "TEXT"),
    ("occasion_place", "TEXT"),
    ("occasion_date_text", "TEXT"),
    ("occasion_date_start", "INTEGER"),
    ("occasion_date_end", "INTEGER"),
    ("occasion_date_source", "TEXT"),
    ("occasion_start", "INTEGER"),
    ("occasion_end", "INTEGER"),
    ("reviewed_occasion_type", "TEXT"),
    ("reviewed_occasion_place", "TEXT"),
)


@migrations()
def m005_structured_occasions(db: sqlite_utils.Database) -> None:
    # Occasions as fields (issue 14). Existing rows get NULLs (the engine's next run fills
    # them); existing review logs read as they are (a state without a type or place means
    # the analyst set neither).
    existing = {row[1] for row in db.execute("PRAGMA table_info(quotes)")}
    for name, kind in _OCCASION_COLUMNS:
        if name not in existing:
            db.execute(f"ALTER TABLE quotes ADD COLUMN {name} {kind}")
    # The final type, generated so the review app's type filter can use an index.
    if "final_occasion_type" not in {row[1] for row in db.execute("PRAGMA table_xinfo(quotes)")}:
        db.execute(
            "ALTER TABLE quotes ADD COLUMN final_occasion_type TEXT GENERATED ALWAYS AS"
            " (NULLIF(COALESCE(reviewed_occasion_type, occasion_type), '')) VIRTUAL"
        )
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_occasion_type_pos"
        " ON quotes(final_occasion_type, status, document_id, start)"
    )
    # Decisions one key made on several quotes ("this occasion for all of the speaker's
    # quotes"): they share a batch, and undo takes the batch back as one step.
    if "batch" not in {row[1] for row in db.execute("PRAGMA table_info(reviews)")}:
        db.execute("ALTER TABLE reviews ADD COLUMN batch INTEGER REFERENCES reviews(id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_reviews_batch ON reviews(batch)")
    db.execute("DROP VIEW IF EXISTS quotes_final")
    db.execute(_QUOTES_FINAL_V2)


_QUOTES_FINAL_V2 = """
    CREATE VIEW quotes_final AS
    SELECT
        q.rowid AS quote_rowid,  -- ends every index entry: keyset paging's tie-breaker
        q.id, q.document_id, q.start, q."end", q.text, q.kind, q.partial,
        q.engine_speaker_id, q.speaker_mention, q.speaker_start, q.speaker_end,
        q.cue, q.cue_start, q.cue_end, q.occasion, q.occasion_date,
        q.occasion_type, q.occasion_place, q.occasion_date_text, q.occasion_date_start,
        q.occasion_date_end, q.occasion_date_source, q.occasion_start, q.occasion_end,
        q.confidence, q.method,
        q.status, q.reviewed_speaker_id, q.reviewed_occasion, q.reviewed_occasion_date,
        q.reviewed_occasion_type, q.reviewed_occasion_place,
        q.reviewer, q.reviewed_at, q.stale,
        q.speaker_id,
        s.name AS speaker_name,
        -- The analyst's occasion, type, place and date, else the engine's; '' from the
        -- analyst means there is none, whatever the engine found.
        NULLIF(COALESCE(q.reviewed_occasion, q.occasion), '') AS final_occasion,
        NULLIF(COALESCE(q.reviewed_occasion_date, q.occasion_date), '') AS final_occasion_date,
        q.final_occasion_type,
        NULLIF(COALESCE(q.reviewed_occasion_place, q.occasion_place), '') AS final_occasion_place,
        -- The words a date rests on are the engine's only while the date is the engine's.
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_text END
            AS final_occasion_date_text,
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_source
             WHEN q.reviewed_occasion_date <> '' THEN 'reviewed' END
            AS final_occasion_date_source,
        es.name AS engine_speaker_name,
        d.title AS document_title,
        d.source AS document_source,
        d.date AS document_date
    FROM quotes q
    LEFT JOIN documents d ON d.id = q.document_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN speakers es ON es.id = q.engine_speaker_id
"""


@migrations()
def m006_identity(db: sqlite_utils.Database) -> None:
    # Speakers across articles (quotetui.identity): each article's own speakers as the engine
    # gave them, the corpus speaker each now belongs to, why their names were joined, the pairs
    # that may be one speaker, and the analysts' decisions that identity takes as inputs.
    for statement in (
        """
        CREATE TABLE IF NOT EXISTS article_speakers (
            document_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,       -- the engine's id for the speaker in its article
            record TEXT NOT NULL,         -- model.SpeakerRecord as JSON, with its context
            speaker_id TEXT,              -- the corpus speaker it belongs to
            PRIMARY KEY (document_id, local_id)
        )""",
        "CREATE INDEX IF NOT EXISTS idx_article_speakers_speaker ON article_speakers(speaker_id)",
        # The article's people and other names (JSON lists): the company its speakers keep.
        "ALTER TABLE documents ADD COLUMN people TEXT",
        "ALTER TABLE documents ADD COLUMN names TEXT",
        # The quote's speaker as its article knows it; engine_speaker_id is the corpus one.
        "ALTER TABLE quotes ADD COLUMN engine_local_speaker TEXT",
        # 'analyst' for a speaker an analyst named (a correction to a new name, a split into a
        # new speaker): it stays whatever the engine says, and takes the engine's of its name.
        "ALTER TABLE speakers ADD COLUMN origin TEXT NOT NULL DEFAULT 'engine'",
        """
        CREATE TABLE IF NOT EXISTS speaker_evidence (
            speaker_id TEXT NOT NULL,
            rule TEXT NOT NULL,
            a_document TEXT, a_local TEXT, b_document TEXT, b_local TEXT,
            evidence TEXT NOT NULL,
            score REAL
        )""",
        "CREATE INDEX IF NOT EXISTS idx_speaker_evidence ON speaker_evidence(speaker_id)",
        """
        CREATE TABLE IF NOT EXISTS speaker_duplicates (
            a TEXT NOT NULL, b TEXT NOT NULL,
            score REAL NOT NULL, rule TEXT NOT NULL, evidence TEXT NOT NULL,
            PRIMARY KEY (a, b)
        )""",
        "CREATE INDEX IF NOT EXISTS idx_speaker_duplicates_score ON speaker_duplicates(score DESC)",
        """
        CREATE TABLE IF NOT EXISTS speaker_decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            review_id INTEGER REFERENCES reviews(id),  -- the log row that made it
            action TEXT NOT NULL,
            payload TEXT NOT NULL,         -- identity.Decision as JSON
            active INTEGER NOT NULL DEFAULT 1  -- 0 once undone
        )""",
        "CREATE INDEX IF NOT EXISTS idx_speaker_decisions_review ON speaker_decisions(review_id)",
    ):
        db.execute(statement)


@migrations()
def m007_review_log_cannot_be_replaced(db: sqlite_utils.Database) -> None:
    # INSERT OR REPLACE (or REPLACE INTO) of an existing id deletes the old row without firing
    # the DELETE trigger (recursive_triggers is off), so it rewrote the log. A BEFORE INSERT
    # trigger sees the old row still there and refuses.
    db.execute(
        """
        CREATE TRIGGER IF NOT EXISTS reviews_no_replace BEFORE INSERT ON reviews
        WHEN EXISTS (SELECT 1 FROM reviews WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END"""
    )


@migrations()
def m008_quote_identity(db: sqlite_utils.Database) -> None:
    # A quote is its words in their neighbourhood, not its offsets: the characters around it let
    # a re-ingest tell two identical quotes apart and find a quote whose words were edited in
    # place. ``recheck`` marks a decision whose words or engine speaker changed under it;
    # ``decision_id`` names the log entry of the decision in force, so that an undo finds it
    # wherever ingest moved it and sees whether anyone decided since. The log's ``session``
    # says which review session wrote an entry: undo belongs to the session.
    for column in (
        "context_before TEXT",
        "context_after TEXT",
        "recheck TEXT",
        "decision_id INTEGER",
    ):
        db.execute(f"ALTER TABLE quotes ADD COLUMN {column}")
    db.execute("ALTER TABLE reviews ADD COLUMN session TEXT")
    # 32 characters each side, as reconcile.CONTEXT_CHARS was when this was written. Stale
    # quotes' offsets point into an older text: their context is unknown.
    db.execute(
        """
        UPDATE quotes SET
            context_before = (SELECT substr(d.text, max(0, quotes.start - 32) + 1,
                                            quotes.start - max(0, quotes.start - 32))
                              FROM documents d WHERE d.id = quotes.document_id),
            context_after = (SELECT substr(d.text, quotes."end" + 1, 32)
                             FROM documents d WHERE d.id = quotes.document_id)
        WHERE stale = 0
        """
    )
    # The decision in force on each reviewed quote: the latest decision entry with its reviewer
    # and time (an undo restores an earlier decision's reviewer and time, so this finds it too).
    db.execute(
        "CREATE TEMP TABLE _decisions AS SELECT json_extract(after, '$.reviewed_at') AS at,"
        " reviewer, max(id) AS id FROM reviews"
        " WHERE action IN ('confirm', 'reject', 'correct') GROUP BY 1, 2"
    )
    db.execute("CREATE INDEX temp._decisions_at ON _decisions(at, reviewer)")
    db.execute(
        "UPDATE quotes SET decision_id = (SELECT d.id FROM _decisions d"
        " WHERE d.at = quotes.reviewed_at AND d.reviewer = quotes.reviewer)"
        " WHERE status <> 'unreviewed'"
    )
    db.execute("DROP TABLE temp._decisions")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_recheck ON quotes(speaker_id, stale)"
        " WHERE recheck IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_decision ON quotes(decision_id)"
        " WHERE decision_id IS NOT NULL"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_reviews_session ON reviews(session, id)")
    db.execute("DROP VIEW IF EXISTS quotes_final")
    # m005's view with the new review columns.
    db.execute(_QUOTES_FINAL_V3)


_QUOTES_FINAL_V3 = """
    CREATE VIEW quotes_final AS
    SELECT
        q.rowid AS quote_rowid,  -- ends every index entry: keyset paging's tie-breaker
        q.id, q.document_id, q.start, q."end", q.text, q.kind, q.partial,
        q.engine_speaker_id, q.speaker_mention, q.speaker_start, q.speaker_end,
        q.cue, q.cue_start, q.cue_end, q.occasion, q.occasion_date,
        q.occasion_type, q.occasion_place, q.occasion_date_text, q.occasion_date_start,
        q.occasion_date_end, q.occasion_date_source, q.occasion_start, q.occasion_end,
        q.confidence, q.method,
        q.status, q.reviewed_speaker_id, q.reviewed_occasion, q.reviewed_occasion_date,
        q.reviewed_occasion_type, q.reviewed_occasion_place,
        q.reviewer, q.reviewed_at, q.stale, q.recheck, q.decision_id,
        q.speaker_id,
        s.name AS speaker_name,
        -- The analyst's occasion, type, place and date, else the engine's; '' from the
        -- analyst means there is none, whatever the engine found.
        NULLIF(COALESCE(q.reviewed_occasion, q.occasion), '') AS final_occasion,
        NULLIF(COALESCE(q.reviewed_occasion_date, q.occasion_date), '') AS final_occasion_date,
        q.final_occasion_type,
        NULLIF(COALESCE(q.reviewed_occasion_place, q.occasion_place), '') AS final_occasion_place,
        -- The words a date rests on are the engine's only while the date is the engine's.
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_text END
            AS final_occasion_date_text,
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_source
             WHEN q.reviewed_occasion_date <> '' THEN 'reviewed' END
            AS final_occasion_date_source,
        es.name AS engine_speaker_name,
        d.title AS document_title,
        d.source AS document_source,
        d.date AS document_date
    FROM quotes q
    LEFT JOIN documents d ON d.id = q.document_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN speakers es ON es.id = q.engine_speaker_id
"""


@migrations()
def m009_application_id(db: sqlite_utils.Database) -> None:
    # quotetui's mark in the file header (offset 68), read before a file is opened: a database
    # that is not ours is refused before anything touches it.
    db.execute(f"PRAGMA application_id = {guard.APPLICATION_ID}")


@migrations()
def m010_reasons(db: sqlite_utils.Database) -> None:
    # The top reasons behind an attribution (model.QuoteRecord.reasons: the ranker's verdict
    # and the features that weighed most), a JSON list, for the review app's detail pane.
    # Rows stored before it have NULL until the engine's next run.
    if "reasons" not in {row[1] for row in db.execute("PRAGMA table_info(quotes)")}:
        db.execute("ALTER TABLE quotes ADD COLUMN reasons TEXT")
    db.execute("DROP VIEW IF EXISTS quotes_final")
    db.execute(_QUOTES_FINAL_V4)


# quotes_final as of m008, with the engine's reasons beside its rule and confidence.
_QUOTES_FINAL_V4 = _QUOTES_FINAL_V3.replace(
    "q.confidence, q.method,\n", "q.confidence, q.method, q.reasons,\n", 1
)
assert _QUOTES_FINAL_V4 != _QUOTES_FINAL_V3


# Full-text search (issue 15; after m010's reasons): FTS5 indexes over the quotes' words, the
# articles' titles and text, and the speakers' names and aliases. Each is an external-content
# table named as sqlite-utils' enable_fts names it (``<table>_fts``, ``content=[<table>]``), so
# ``sqlite-utils search`` and Datasette's ``_search`` find them. The triggers are written here
# rather than by enable_fts: its UPDATE trigger re-indexes a row on every change of any column,
# and a quote's row changes on every decision; these fire only when the indexed words change.
# ``remove_diacritics 2``: "Zelenskiy" and "Zelenskíy", "Jose" and "José" are one word.
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
FTS_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("quotes", ("text",)),
    ("documents", ("title", "text")),
    ("speakers", ("name",)),
    ("speaker_aliases", ("alias",)),
)


def _fts_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = f"{table}_fts"
    cols = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE [{fts}] USING FTS5 ({cols}, tokenize='{FTS_TOKENIZE}',"
        f" content=[{table}])",
        f"INSERT INTO [{fts}] (rowid, {cols}) SELECT rowid, {cols} FROM [{table}]",
        f"CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN"
        f" INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN"
        f" INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER [{table}_au] AFTER UPDATE OF {', '.join(columns)} ON [{table}] BEGIN"
        f" INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES ('delete', old.rowid, {old});"
        f" INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new}); END",
    ]


@migrations()
def m011_workbench(db: sqlite_utils.Database) -> None:
    # The analyst's workbench (issue 15): notes and flags on quotes, the engine's own speaker
    # name, full-text search, the filters' indexes, and the views for Datasette.
    existing = {row[1] for row in db.execute("PRAGMA table_info(quotes)")}
    for column in ("note TEXT", "flag INTEGER NOT NULL DEFAULT 0", "engine_speaker_name TEXT"):
        if column.split()[0] not in existing:
            db.execute(f"ALTER TABLE quotes ADD COLUMN {column}")
    # What the engine said, kept apart from engine_speaker_id (the corpus speaker it resolved
    # to, which merges and identity move): the article's own speaker as the engine named it;
    # for rows stored before article speakers were kept, the speaker's name as it is now.
    db.execute(
        """
        UPDATE quotes SET engine_speaker_name = coalesce(
            (SELECT json_extract(a.record, '$.name') FROM article_speakers a
             WHERE a.document_id = quotes.document_id AND a.local_id = quotes.engine_local_speaker),
            (SELECT s.name FROM speakers s WHERE s.id = quotes.engine_speaker_id))
        WHERE engine_speaker_name IS NULL
            AND (engine_local_speaker IS NOT NULL OR engine_speaker_id IS NOT NULL)
        """
    )
    for statement in (
        # Flags and notes are few: partial indexes in article order keep their lists one seek.
        "CREATE INDEX IF NOT EXISTS idx_quotes_flag ON quotes(document_id, start) WHERE flag = 1",
        "CREATE INDEX IF NOT EXISTS idx_quotes_note ON quotes(document_id, start)"
        " WHERE note IS NOT NULL",
        # One analyst's decisions ("decided by") in article order, of every status or of one.
        "CREATE INDEX IF NOT EXISTS idx_quotes_reviewer ON quotes(reviewer, document_id, start)"
        " WHERE reviewer IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS idx_quotes_reviewer_status"
        " ON quotes(reviewer, status, document_id, start) WHERE reviewer IS NOT NULL",
        # Terms (about a tenth of the quotes) have their own queue and are left out of the
        # others' counts: partial indexes serve both without reading the other quotes.
        "CREATE INDEX IF NOT EXISTS idx_quotes_terms_pos ON quotes(status, document_id, start)"
        " WHERE kind = 'term'",
        "CREATE INDEX IF NOT EXISTS idx_quotes_terms_count"
        " ON quotes(speaker_id, status, stale, final_occasion_type) WHERE kind = 'term'",
        # The outlet and publication-date filters pick articles first.
        "CREATE INDEX IF NOT EXISTS idx_documents_source ON documents(source)",
        "CREATE INDEX IF NOT EXISTS idx_documents_date ON documents(date)",
    ):
        db.execute(statement)
    have = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    for table, columns in FTS_TABLES:
        if f"{table}_fts" not in have:
            for statement in _fts_statements(table, columns):
                db.execute(statement)
    db.execute("DROP VIEW IF EXISTS quotes_final")
    db.execute(_QUOTES_FINAL_V5)
    db.execute("DROP VIEW IF EXISTS verified_quotes")
    db.execute(_VERIFIED_QUOTES_V1)


_QUOTES_FINAL_V5 = """
    CREATE VIEW quotes_final AS
    SELECT
        q.rowid AS quote_rowid,  -- ends every index entry: keyset paging's tie-breaker
        q.id, q.document_id, q.start, q."end", q.text, q.kind, q.partial,
        q.engine_speaker_id, q.speaker_mention, q.speaker_start, q.speaker_end,
        q.cue, q.cue_start, q.cue_end, q.occasion, q.occasion_date,
        q.occasion_type, q.occasion_place, q.occasion_date_text, q.occasion_date_start,
        q.occasion_date_end, q.occasion_date_source, q.occasion_start, q.occasion_end,
        q.confidence, q.method, q.reasons,
        q.status, q.reviewed_speaker_id, q.reviewed_occasion, q.reviewed_occasion_date,
        q.reviewed_occasion_type, q.reviewed_occasion_place,
        q.reviewer, q.reviewed_at, q.stale, q.recheck, q.decision_id, q.note, q.flag,
        -- The effective speaker: the analyst's, else the engine's (the generated column
        -- quotes.speaker_id, which sqlite-utils and Datasette do not list among the table's
        -- columns: this view is where they see it).
        q.speaker_id,
        s.name AS speaker_name,
        -- The analyst's occasion, type, place and date, else the engine's; '' from the
        -- analyst means there is none, whatever the engine found.
        NULLIF(COALESCE(q.reviewed_occasion, q.occasion), '') AS final_occasion,
        NULLIF(COALESCE(q.reviewed_occasion_date, q.occasion_date), '') AS final_occasion_date,
        q.final_occasion_type,
        NULLIF(COALESCE(q.reviewed_occasion_place, q.occasion_place), '') AS final_occasion_place,
        -- The words a date rests on are the engine's only while the date is the engine's.
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_text END
            AS final_occasion_date_text,
        CASE WHEN q.reviewed_occasion_date IS NULL THEN q.occasion_date_source
             WHEN q.reviewed_occasion_date <> '' THEN 'reviewed' END
            AS final_occasion_date_source,
        -- What the engine said, as it said it: merges and renames never rewrite it.
        q.engine_speaker_name,
        s.kind AS speaker_kind,
        d.title AS document_title,
        d.source AS document_source,
        d.date AS document_date,
        d.url AS document_url
    FROM quotes q
    LEFT JOIN documents d ON d.id = q.document_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
"""

# The verified quotes, one row each, named as the export names its columns: what `quotetui
# export` writes by default (confirmed and corrected, not stale, not marked for re-review, no
# speaker-less term), for Datasette and sqlite-utils.
_VERIFIED_QUOTES_V1 = """
    CREATE VIEW verified_quotes AS
    SELECT
        q.id AS quote_id, q.text AS quote, q.speaker_name AS speaker,
        q.final_occasion AS occasion, q.final_occasion_type AS occasion_type,
        q.final_occasion_place AS occasion_place, q.final_occasion_date AS occasion_date,
        q.final_occasion_date_text AS occasion_date_text,
        q.final_occasion_date_source AS occasion_date_source,
        q.document_id, q.document_title AS title, q.document_source AS source,
        q.document_url AS url, q.document_date AS published,
        q.status, q.reviewer, q.reviewed_at, q.engine_speaker_name AS engine_speaker,
        q.confidence, q.speaker_mention AS mention, q.cue, q.kind, q.speaker_id,
        q.speaker_kind, q.method, q.start, q."end", q.note, q.flag
    FROM quotes_final q
    WHERE q.status IN ('confirmed', 'corrected') AND q.stale = 0 AND q.recheck IS NULL
        AND NOT (q.kind IS 'term' AND q.speaker_id IS NULL)
"""
