"""Metrics: pure functions ``(prediction, reference, ...) -> Score``, each registered in
:data:`lmops.evals.score.METRICS` under its suite name. The reference metrics that are also
plain assertions (BLEU, Levenshtein, exact match) live with the assertions and are listed here
too. The semantic and grounding metrics import numpy only; their model (torch) loads on first
use. The judged metrics (llm-rubric, g-eval, and the grounding metrics' judge mode) ask the
suite's judge model through :func:`lmops.evals.metrics.judge.ask_json`."""

from lmops.evals.assertions.bleu import bleu
from lmops.evals.assertions.similarity import exact_match, levenshtein
from lmops.evals.metrics.grounding import (
    answer_relevance,
    context_precision,
    context_recall,
    context_relevance,
    faithfulness,
    hallucination,
)
from lmops.evals.metrics.judge import g_eval, llm_rubric
from lmops.evals.metrics.rouge import rouge_1, rouge_2, rouge_l
from lmops.evals.metrics.semantic import (
    bert_score,
    bert_score_many,
    semantic_similarity,
    similarity_many,
)

__all__ = [
    "answer_relevance",
    "bert_score",
    "bert_score_many",
    "bleu",
    "context_precision",
    "context_recall",
    "context_relevance",
    "exact_match",
    "faithfulness",
    "g_eval",
    "hallucination",
    "levenshtein",
    "llm_rubric",
    "rouge_1",
    "rouge_2",
    "rouge_l",
    "semantic_similarity",
    "similarity_many",
]
