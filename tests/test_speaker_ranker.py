"""The learned speaker ranker: features of written sentences, ranking, training, evaluation
matching (no spaCy: articles are built by hand)."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.evaluation.speaker_ranker import Example, decide, examples_of, train
from newsgraph.evaluation.speaker_ranking import (
    FEATURES,
    RankerModel,
    load_model,
    quote_candidates,
    rerank,
)
from newsgraph.model import (
    Article,
    Entity,
    EntityRef,
    Mention,
    ParagraphBlock,
    Quote,
    Source,
)

PARA1 = "Der Innenminister Hans Berger besuchte am Montag die Firma Alpenstahl AG in Linz."
PARA2 = "„Wir bleiben hart“, sagte er. Die Alpenstahl AG wies das zurück, das Werk sei sicher."


def _mention(text: str, needle: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(text=needle, start=start, end=start + len(needle))


@pytest.fixture
def article() -> Article:
    text = PARA1 + "\n\n" + PARA2
    berger = Entity(
        id="per-1",
        type="PER",
        name="Hans Berger",
        mentions=[_mention(text, "Hans Berger")],
        roles=["Innenminister"],
    )
    firm = Entity(
        id="org-1",
        type="ORG",
        name="Alpenstahl AG",
        mentions=[_mention(text, "Alpenstahl AG"), _mention(text, "Alpenstahl AG", 1)],
    )
    linz = Entity(id="loc-1", type="LOC", name="Linz", mentions=[_mention(text, "Linz")])
    p2 = len(PARA1) + 2
    direct_start = text.index("Wir")
    direct = Quote(
        kind="direct",
        text="Wir bleiben hart",
        start=direct_start,
        end=direct_start + len("Wir bleiben hart"),
        speaker=None,  # the rules left it open
        cue="sagte er",
        sentence="„Wir bleiben hart“, sagte er.",
        confidence=0.5,
    )
    ind_start = text.index("das Werk")
    indirect = Quote(
        kind="indirect",
        text="das Werk sei sicher",
        start=ind_start,
        end=ind_start + len("das Werk sei sicher"),
        speaker=EntityRef(id="org-1", name="Alpenstahl AG"),
        cue="wies … zurück",
        sentence="Die Alpenstahl AG wies das zurück, das Werk sei sicher.",
        confidence=0.7,
    )
    return Article(
        id="t",
        source=Source(reader="text", content_hash="0"),
        language="de",
        text=text,
        blocks=[
            ParagraphBlock(text=PARA1, start=0, end=len(PARA1)),
            ParagraphBlock(text=PARA2, start=p2, end=len(text)),
        ],
        entities=[berger, firm, linz],
        quotes=[direct, indirect],
    )


def _features(cands: list, name: str | None) -> dict[str, float]:
    for c in cands:
        if (c.entity.name if c.entity else None) == name:
            return dict(zip(FEATURES, c.features, strict=True))
    raise AssertionError(name)


def test_candidates_are_persons_organisations_and_none(article: Article) -> None:
    cands = quote_candidates(article, article.quotes)
    names = [c.entity.name if c.entity else None for c in cands[0]]
    assert names == [None, "Hans Berger", "Alpenstahl AG"]  # no place
    assert all(len(c.features) == len(FEATURES) for cs in cands for c in cs)


def test_features_of_a_pronoun_cue(article: Article) -> None:
    cands = quote_candidates(article, article.quotes)[0]
    berger = _features(cands, "Hans Berger")
    firm = _features(cands, "Alpenstahl AG")
    none = _features(cands, None)
    assert none["rules"] == 1.0 and none["none_rules_none"] == 1.0  # the rules chose nobody
    assert berger["cue_er_m"] == 1.0 and berger["cue_pronoun_per"] == 1.0
    assert firm["cue_er_m"] == 0.0 and firm["cue_sie_org"] == 0.0
    assert berger["before_paras"] > 0 and berger["same_para_before"] == 0.0
    assert berger["has_role"] == 1.0 and firm["has_role"] == 0.0
    assert firm["has_after"] == 1.0 and firm["after_sents"] == pytest.approx(0.2)
    # both were mentioned before; the firm last
    assert firm["nearest_before"] == 1.0 and berger["nearest_before"] == 0.0
    assert berger["next_speaker"] == 0.0 and firm["next_speaker"] == 1.0


def test_features_of_a_named_subject(article: Article) -> None:
    cands = quote_candidates(article, article.quotes)[1]
    firm = _features(cands, "Alpenstahl AG")
    berger = _features(cands, "Hans Berger")
    assert firm["rules"] == 1.0 and firm["rules_indirect"] == 1.0
    assert firm["in_sentence"] == 1.0 and firm["sentence_start_subject"] == 1.0
    assert firm["in_quote"] == 0.0 and berger["in_sentence"] == 0.0
    assert firm["org"] == 1.0 and berger["per"] == 1.0


def _model(**weights: float) -> np.ndarray:
    w = np.zeros(len(FEATURES))
    for name, value in weights.items():
        w[FEATURES.index(name)] = value
    return w


def test_rerank_overrides_only_above_the_threshold(article: Article) -> None:
    w = _model(cue_er_m=4.0, rules=1.0)
    changed = rerank(article, article.quotes, RankerModel(w, 0.6))
    assert changed[0].speaker is not None and changed[0].speaker.name == "Hans Berger"
    assert changed[1].speaker is not None and changed[1].speaker.name == "Alpenstahl AG"
    kept = rerank(article, article.quotes, RankerModel(w, 1.01))
    assert [q.speaker for q in kept] == [q.speaker for q in article.quotes]


def test_examples_and_training(article: Article) -> None:
    gold = {
        "quotes": [
            {"kind": "direct", "text": "Wir bleiben hart", "speaker": "Berger"},
            {"kind": "indirect", "text": "das Werk sei sicher", "speaker": "Alpenstahl"},
            {"kind": "indirect", "text": "nicht im Text", "speaker": "Berger"},
        ]
    }
    examples, missing = examples_of("t", article, gold)
    assert missing == 0 and len(examples) == 2  # the third is not found
    first, second = examples
    assert not first.rules_right and second.rules_right
    assert first.positive.tolist() == [False, True, False]
    w = train(examples * 20, l2=0.1)
    model = RankerModel(w, 0.5)
    assert decide(model, first) and decide(model, second)
    # the trained model prefers the person that the pronoun fits
    assert int(model.scores(first.x).argmax()) == 1


def test_decide_keeps_the_rules_below_the_threshold() -> None:
    x = np.zeros((2, len(FEATURES)))
    x[0, FEATURES.index("rules")] = 1.0
    x[1, FEATURES.index("in_cue")] = 1.0
    e = Example("f", "direct", x, np.asarray([False, True]), False, np.asarray([False, True]))
    w = _model(in_cue=2.0)
    assert decide(RankerModel(w, 0.5), e)
    assert not decide(RankerModel(w, 0.95), e)


def test_shipped_weights_load() -> None:
    model = load_model()
    assert model.features == FEATURES and model.weights.shape == (len(FEATURES),)
