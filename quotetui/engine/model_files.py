"""The engine's learned models as JSON files: the shipped one in the package's data folder, or
one a training script names. Every model module (ranker, terms, antecedents, occasion_model)
reads and writes its file here; each keeps its own record type and ``use`` hook."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from quotetui.files import write_atomically


def read(shipped: str, path: Path | None = None) -> dict[str, Any] | None:
    """The JSON of ``path``, else of the engine's ``shipped`` file (``data/….json``); None when
    no such model ships, so that the engine runs on its rules."""
    if path is None:
        file = resources.files("quotetui.engine").joinpath(shipped)
        if not file.is_file():
            return None
        text = file.read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path or shipped}: a model file holds a JSON object")
    return data


def write(data: dict[str, Any], path: Path) -> None:
    """``data`` as the model file ``path``, written whole or not at all."""
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    write_atomically(path, lambda f: f.write(text))
