"""Metrics: pure functions ``(prediction, reference, ...) -> Score``, each registered in
:data:`lmops.evals.score.METRICS` under its suite name. The reference metrics that are also
plain assertions (BLEU, Levenshtein, exact match) live with the assertions and are listed here
too. The semantic metrics import numpy only; their model (torch) loads on first use."""

from lmops.evals.assertions.bleu import bleu
from lmops.evals.assertions.similarity import exact_match, levenshtein
from lmops.evals.metrics.rouge import rouge_1, rouge_2, rouge_l
from lmops.evals.metrics.semantic import (
    bert_score,
    bert_score_many,
    semantic_similarity,
    similarity_many,
)

__all__ = [
    "bert_score",
    "bert_score_many",
    "bleu",
    "exact_match",
    "levenshtein",
    "rouge_1",
    "rouge_2",
    "rouge_l",
    "semantic_similarity",
    "similarity_many",
]
