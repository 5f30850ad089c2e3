"""The layers stay apart: the engine knows nothing of SQLite or Textual, the store nothing of
spaCy or Textual, the review app nothing of spaCy. Each import runs in a fresh interpreter, so
what one module pulls in cannot hide behind another test's imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

LAYERS = [
    ("quotetui.engine.pipeline", ("sqlite_utils", "textual")),
    ("quotetui.engine.components", ("sqlite_utils", "textual")),
    ("quotetui.store", ("spacy", "textual")),
    ("quotetui.export", ("spacy", "textual")),
    ("quotetui.tui.app", ("spacy",)),
    ("quotetui.model", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.names", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.paragraphs", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.dates", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.corpus", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.readers", ("spacy", "sqlite_utils", "textual")),
    # web pages, archives and URLs load their libraries on first use, not on import
    ("quotetui.readers", ("trafilatura", "warcio", "httpx", "py3langid")),
    ("quotetui.engine.record", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.files", ("spacy", "sqlite_utils", "textual")),
    # Identity across articles is a reduce step over records: no spaCy, no store, no app.
    ("quotetui.identity", ("spacy", "sqlite_utils", "textual")),
    ("quotetui.gazetteer", ("spacy", "sqlite_utils", "textual")),
    # The CLI loads the engine, the store and the app inside the commands that need them.
    ("quotetui.cli", ("spacy", "sqlite_utils", "textual")),
]


@pytest.mark.parametrize(("module", "forbidden"), LAYERS)
def test_layer_does_not_import(module: str, forbidden: tuple[str, ...]) -> None:
    probe = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        f"print(' '.join(m for m in {forbidden!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imports {out}"
