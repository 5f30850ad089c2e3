"""The SQLite store: documents, speakers, quotes and the append-only review log.

Built on sqlite-utils 4. It knows nothing of spaCy or Textual. Modules, one concern each:

- ``schema``: the tables, triggers and views, their migrations, ``open_db``;
- ``guard``: recognising a quotetui database before touching it, and checking its schema;
- ``ingest``: storing a document and the engine's result for it;
- ``review``: confirm, reject, correct, undo, merge;
- ``log``: the review columns of a quote and the append-only log;
- ``speakers``: speaker rows, merges and aliases;
- ``identity``: speakers across articles (``quotetui.identity`` over every stored article) and
  the analysts' speaker decisions: rename, kind, split, "different people";
- ``backup``: a consistent copy of a database while it is in use;
- ``queries``: the read side, for the review app, the export and the CLI.

Callers use this package's names (``from quotetui import store; store.open_db(...)``).

Concurrency: two analysts may use one file at once. WAL lets readers and one writer proceed
together; every write runs in a short ``BEGIN IMMEDIATE`` transaction, which takes the write lock
up front, so a read-then-write can never fail on lock upgrade and waits (busy_timeout) instead.
Review operations change one quote row with a single UPDATE inside such a transaction, so two
processes deciding on different quotes never lose each other's writes.
"""

from __future__ import annotations

from quotetui.store.backup import BackupFailed, BackupReport, backup_database
from quotetui.store.guard import (
    Damaged,
    DatabaseProblem,
    Missing,
    NewerSchema,
    NotOurs,
    ReadOnly,
    connect_readonly,
)
from quotetui.store.identity import (
    DuplicateRow,
    EvidenceRow,
    IdentityReport,
    list_duplicates,
    mark_different,
    rename_speaker,
    resolve_identity,
    set_speaker_kind,
    speaker_evidence,
    split_alias,
    split_quotes,
)
from quotetui.store.ingest import SaveReport, save_document, save_documents
from quotetui.store.log import (
    DECISION_ACTIONS,
    REVIEW_FIELDS,
    STATUSES,
    UNDOABLE_ACTIONS,
    review_log,
)
from quotetui.store.queries import (
    FINAL_COLUMNS,
    KIND_FILTERS,
    NO_TYPE,
    NOT_TERMS,
    OCCASION_SCOPES,
    QuoteFilter,
    Totals,
    count_quotes,
    count_recheck,
    count_speakers,
    count_speakers_since,
    export_query,
    export_rows,
    find_speaker,
    get_document,
    get_quote,
    iter_quotes,
    iter_speakers,
    list_speakers,
    occasion_scope,
    speaker_counts,
    speaker_label,
    stats,
)
from quotetui.store.reconcile import quote_id
from quotetui.store.review import (
    BulkResult,
    confirm,
    correct,
    correct_occasions,
    decide_many,
    merge_speakers,
    quote_version,
    reject,
    set_flag,
    set_note,
    undo_last,
)
from quotetui.store.schema import check_db, ensure_schema, migrations, open_db, schema_version
from quotetui.store.search import SearchHit, SearchResult, search_quotes
from quotetui.store.speakers import resolve_speaker_id
from quotetui.store.sql import Conflict, NotFound, is_busy, now

__all__ = [
    "BackupFailed",
    "BackupReport",
    "backup_database",
    "DECISION_ACTIONS",
    "DuplicateRow",
    "EvidenceRow",
    "IdentityReport",
    "list_duplicates",
    "mark_different",
    "rename_speaker",
    "resolve_identity",
    "set_speaker_kind",
    "speaker_evidence",
    "split_alias",
    "split_quotes",
    "FINAL_COLUMNS",
    "KIND_FILTERS",
    "NO_TYPE",
    "NOT_TERMS",
    "BulkResult",
    "QuoteFilter",
    "SearchHit",
    "SearchResult",
    "decide_many",
    "quote_version",
    "search_quotes",
    "set_flag",
    "set_note",
    "OCCASION_SCOPES",
    "REVIEW_FIELDS",
    "STATUSES",
    "UNDOABLE_ACTIONS",
    "Conflict",
    "DatabaseProblem",
    "Damaged",
    "Missing",
    "NewerSchema",
    "NotFound",
    "NotOurs",
    "ReadOnly",
    "SaveReport",
    "Totals",
    "check_db",
    "confirm",
    "connect_readonly",
    "correct",
    "correct_occasions",
    "count_quotes",
    "count_recheck",
    "count_speakers",
    "count_speakers_since",
    "ensure_schema",
    "export_query",
    "export_rows",
    "find_speaker",
    "get_document",
    "get_quote",
    "is_busy",
    "iter_quotes",
    "iter_speakers",
    "list_speakers",
    "merge_speakers",
    "migrations",
    "now",
    "occasion_scope",
    "open_db",
    "quote_id",
    "reject",
    "resolve_speaker_id",
    "review_log",
    "save_document",
    "save_documents",
    "schema_version",
    "speaker_counts",
    "speaker_label",
    "stats",
    "undo_last",
]
