"""What the engine keeps to avoid doing work twice gives what doing it again would."""

from __future__ import annotations

from spacy.tokens import Doc

from quotetui.engine.coref import ArticleEntities
from quotetui.engine.lexicon import lemma
from quotetui.engine.resolution import UNNAMED, Speaker
from quotetui.engine.syntax import ents_held, ents_of

PROTEST = (
    "Protesters gathered outside the town hall on Monday.\n\n"
    "“We will not leave,” said a woman holding a sign.\n\n"
    "They marched to the station, and the woman said the council had ignored them.\n\n"
    "Mayor Tom Reed said he would meet them."
)


def _parsed(nlp, text: str) -> Doc:
    with nlp.select_pipes(disable=["quote_attribution"]):
        return nlp(text)


def _answer(entities: ArticleEntities, doc: Doc, i: int, known) -> tuple:
    res = entities.resolve(doc[i : i + 1], doc[i], known)
    sp = res.speaker
    return (sp.name if sp else None, sp.kind if sp else None, res.path, res.margin)


def test_a_resolution_kept_while_quotes_add_speakers_is_the_one_a_fresh_lookup_gives(nlp):
    doc = _parsed(nlp, PROTEST)
    they = next(t.i for t in doc if t.text == "They")
    reed = next(t.i for t in doc if t.text == "Reed")
    kept = ArticleEntities(doc, [-1] * len(doc))
    known: list[tuple[int, Speaker]] = []
    answers = []
    for added in (
        None,
        (5, Speaker("a woman holding a sign", UNNAMED, {"a woman holding a sign"})),
        (6, Speaker("the protesters", UNNAMED, {"the protesters"})),
    ):
        if added is not None:
            known.append(added)  # as a quote's speaker joins the earlier ones
        for i in (they, reed):
            fresh = _answer(ArticleEntities(doc, [-1] * len(doc)), doc, i, list(known))
            assert _answer(kept, doc, i, known) == fresh
            answers.append(fresh)
    # "They" reads the earlier speakers and follows the last one; the name never does.
    they_answers = [a[0] for a in answers[::2]]
    assert they_answers == [None, "a woman holding a sign", "the protesters"]
    assert len({a for a in answers[1::2]}) == 1


def test_entities_are_held_for_one_run_only(nlp):
    doc = _parsed(nlp, PROTEST)
    assert ents_of(doc)
    with ents_held(doc):
        held = ents_of(doc)
        assert ents_of(doc) is held
        assert [(e.start, e.end, e.label_) for e in held] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
    doc.ents = []  # a Doc's entities may be set anew between two runs
    assert ents_of(doc) == ()


def test_the_lemma_rule_of_thumb_is_kept_per_word_and_tag(nlp):
    doc = Doc(nlp.vocab, words=["papers", "papers", "papers"])
    doc[0].tag_ = "NNS"
    doc[1].tag_ = "VBZ"
    doc[2].tag_ = "NNS"
    doc[2].lemma_ = "Papers"  # a lemmatizer's answer wins over the rule
    for _ in range(2):
        assert [lemma(t) for t in doc] == ["paper", "papers", "papers"]


def test_the_tokens_a_pass_visits_are_those_its_tests_could_pass(nlp):
    from spacy.symbols import NOUN, PROPN

    from quotetui.engine.coref.salience import _SALIENCE_WORDS
    from quotetui.engine.syntax import tokens_among

    doc = _parsed(
        nlp,
        "The Danish ambassador, who spoke to the Embassy, said it was late. "
        "A teenager and Mr Lund said they would go. The 46-year-old left.",
    )
    assert tokens_among(doc, (NOUN,), _SALIENCE_WORDS, ("NORP",)) == [
        t.i for t in doc if t.pos_ == "NOUN" or t.lower_ in _SALIENCE_WORDS or t.ent_type_ == "NORP"
    ]
    assert tokens_among(doc, (PROPN, NOUN)) == [t.i for t in doc if t.pos_ in ("PROPN", "NOUN")]
    assert tokens_among(doc, (), ("who", "they")) == [
        t.i for t in doc if t.lower_ in ("who", "they")
    ]
    assert tokens_among(doc[0:0].as_doc(), (NOUN,)) == []
