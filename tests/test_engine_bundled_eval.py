"""The bar the engine must clear on the bundled corpus, measured with `quotetui eval`'s scorer."""

from __future__ import annotations

from pathlib import Path

from quotetui import identity
from quotetui.corpus import read_documents
from quotetui.engine import attribute_documents
from quotetui.evaluate import read_jsonl, score_documents

GOLD = Path(__file__).parent / "data" / "seeds.gold.jsonl"


def test_bundled_corpus_meets_the_bar(nlp, corpus_dir):
    results = identity.apply([r for _, r in attribute_documents(nlp, read_documents([corpus_dir]))])
    report = score_documents(read_jsonl(GOLD), [r.to_prediction() for r in results])
    assert report.attribution_prf[2] >= 0.96, report.misses
    assert report.date_accuracy >= 0.9, report.misses
    assert report.term_unattributed_share == 1.0

    # Georgy Zinoviev is one speaker holding every quote gold gives him, in every article.
    gold_zinoviev = {
        (g["doc_id"], quote["start"])
        for g in read_jsonl(GOLD)
        for quote in g["quotes"]
        if quote["speaker"] == "Georgy Zinoviev"
    }
    predicted = {(r.doc_id, quote.start): quote.speaker_id for r in results for quote in r.quotes}
    ids = {predicted.get(key) for key in gold_zinoviev}
    assert ids == {"georgy-zinoviev"}
    assert len({doc for doc, _ in gold_zinoviev}) >= 2


HANDMADE = Path(__file__).parent / "data" / "handmade"


def test_handmade_articles_keep_their_score(nlp):
    # Five short articles written for these tests (wire, feature, politics, business, sport),
    # with their gold:
    # names, roles, pronouns, unnamed sources, organisations, multi-paragraph quotes, terms
    # and dates placed by weekday, statement, lead and publication.
    from quotetui.corpus import read_documents

    documents = read_documents([HANDMADE / "docs.jsonl"])
    results = [r.to_prediction() for _, r in attribute_documents(nlp, documents)]
    report = score_documents(read_jsonl(HANDMADE / "gold.jsonl"), results)
    assert report.attribution_prf[2] >= 0.9, report.misses
    assert report.date_accuracy >= 0.8, report.misses
    assert report.term_unattributed_share == 1.0
