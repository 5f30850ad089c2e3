"""Shared fixtures. Keep this small: helpers used by one test module live in that module."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh (not yet created) database file in a temporary folder."""
    return tmp_path / "quotetui.db"


@pytest.fixture
def db(db_path: Path):
    """An open, migrated store database on a real file."""
    from quotetui import store

    database = store.open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def corpus_dir() -> Path:
    """The bundled demo corpus (five articles)."""
    return CORPUS


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline with the attribution component, loaded once per session."""
    from quotetui.engine import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def attribute(nlp):
    """attribute(text, date=None) → the FORMATS.md prediction records for one text."""
    from quotetui.corpus import Document
    from quotetui.engine import attribute_documents

    def run(text: str, date: str | None = None) -> list[dict]:
        [(_, result)] = attribute_documents(nlp, [Document(id="t", text=text, date=date)])
        return [q.to_json() for q in result.quotes]

    return run


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's own settings (the review app's keys.toml)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
