"""Parsed documents cached on disk, so that engine work iterates in seconds, not minutes.

    from parse_cache import parsed
    for document, doc in parsed(nlp, documents, "/tmp/quotetui-cache"): ...

Parsing PolNeAR train takes minutes; the attribution component takes seconds. ``parsed`` runs
the pipeline *without* ``quote_attribution`` once per set of texts and keeps the Docs in a
``DocBin`` under the cache folder (by default ``$QUOTETUI_CACHE`` or ``/tmp/quotetui-cache``;
never inside the repository), keyed by the pipeline's name, version and components and by the
texts themselves, so a changed text or model is parsed anew. Benchmarks only: the product never
reads a cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

DEFAULT_CACHE = Path(os.environ.get("QUOTETUI_CACHE", "/tmp/quotetui-cache"))
ENGINE = "quote_attribution"


def _key(nlp: Language, texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    meta = nlp.meta
    h.update(f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}".encode())
    h.update("|".join(n for n in nlp.pipe_names if n != ENGINE).encode())
    for text in texts:
        h.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()[:20]


def parse_all(nlp: Language, texts: Sequence[str], cache: Path | str | None = None) -> list[Doc]:
    """The parsed Docs of ``texts`` (without the attribution component), from the cache when
    it has them."""
    folder = Path(cache) if cache is not None else DEFAULT_CACHE
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_key(nlp, texts)}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(texts):
            return docs
    disabled = [ENGINE] if ENGINE in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        docs = list(nlp.pipe(texts, batch_size=32))
    # Written aside and renamed: several processes may share the cache and read it meanwhile.
    partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
    DocBin(store_user_data=False, docs=docs).to_disk(partial)
    partial.replace(path)
    return docs


def parsed(
    nlp: Language, documents: Iterable[Any], cache: Path | str | None = None
) -> Iterator[tuple[Any, Doc]]:
    """(document, parsed Doc) for documents with a ``text``, in input order."""
    documents = list(documents)
    docs = parse_all(nlp, [d.text for d in documents], cache)
    yield from zip(documents, docs, strict=True)
