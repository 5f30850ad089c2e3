"""The engine's results and prediction lines with corpus-wide speaker ids, what ``quotetui
extract`` and the distributed run write once every article is read."""

from __future__ import annotations

from collections.abc import Sequence

from quotetui.identity.records import Identity
from quotetui.identity.resolution import resolve
from quotetui.model import DocumentResult, SpeakerRecord


def apply(
    results: Sequence[DocumentResult], identity: Identity | None = None
) -> list[DocumentResult]:
    """The results with corpus-wide speaker ids (what ``quotetui extract`` writes once every
    document is read). A quote's ``speaker`` stays the name its article gives (the fullest,
    as an analyst records it per article); the speaker records carry the corpus speaker's
    name, kind and aliases."""
    identity = identity or resolve(results)
    out = []
    for result in results:
        local: dict[str, str] = {}
        for s in result.speakers:
            local[s.id] = identity.assignment.get((result.doc_id, s.id), s.id)
        quotes = tuple(
            q if q.speaker_id is None or q.speaker_id not in local
            else q.replace(
                speaker_id=local[q.speaker_id],
                speaker=identity.article_names.get((result.doc_id, q.speaker_id), q.speaker),
            )
            for q in result.quotes
        )  # fmt: skip
        speakers: dict[str, SpeakerRecord] = {}
        for s in result.speakers:
            corpus = identity.by_id.get(local[s.id])
            if corpus is None:
                continue
            speakers.setdefault(
                corpus.id,
                s.replace(id=corpus.id, name=corpus.name, kind=corpus.kind, aliases=corpus.aliases),
            )
        out.append(_replace_result(result, quotes, tuple(speakers.values())))
    return out


def apply_to_prediction(prediction: dict[str, object], identity: Identity) -> dict[str, object]:
    """A prediction line (``DocumentResult.to_prediction``) with corpus-wide speaker ids."""
    doc_id = str(prediction["doc_id"])
    quotes = prediction.get("quotes")
    assert isinstance(quotes, list)
    for quote in quotes:
        local = quote.get("speaker_id")
        if local is None:
            continue
        key = (doc_id, str(local))
        if key in identity.assignment:
            quote["speaker_id"] = identity.assignment[key]
            quote["speaker"] = identity.article_names.get(key, quote.get("speaker"))
    return prediction


def _replace_result(result: DocumentResult, quotes: tuple, speakers: tuple) -> DocumentResult:  # type: ignore[type-arg]
    import dataclasses

    return dataclasses.replace(result, quotes=quotes, speakers=speakers)
