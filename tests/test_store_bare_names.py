"""A bare surname in the store takes the article's full name of that surname only when the
genders agree: "Mr. Obama" never becomes the "Michelle Obama" his article names (issue 12)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from quotetui import store
from quotetui.model import Document

TEXT = (
    "President Obama is rolling out a new campaign message.\n\n"
    "The Clinton campaign will employ Mr. Obama and the first lady, Michelle Obama, in the "
    "final weeks.\n\n"
    "“My name may not be on the ballot,” Mr. Obama said on Saturday.\n\n"
    "“It is about me,” he added."
)


def test_a_titled_surname_keeps_its_gender_against_the_article_s_full_name(
    tmp_path: Path, nlp
) -> None:
    from quotetui.engine import attribute_documents

    document = Document(id="o1", title="Obama", text=TEXT)
    [(_, result)] = attribute_documents(nlp, [document])
    with contextlib.closing(store.open_db(tmp_path / "o.db")) as db:
        store.save_document(db, document, result)
        store.resolve_identity(db)  # as ingest does after its articles
        speakers = {q.text: q.speaker_name for q in store.iter_quotes(db)}
    ballot = next(name for text, name in speakers.items() if "ballot" in text)
    assert ballot is not None and "Michelle" not in ballot
    assert all("Michelle" not in (name or "") for name in speakers.values())
