"""Metrics: pure functions ``(prediction, reference, ...) -> Score``, each registered in
:data:`lmops.evals.score.METRICS` under its suite name. The reference metrics that are also
plain assertions (BLEU, Levenshtein, exact match) live with the assertions and are listed here
too."""

from lmops.evals.assertions.bleu import bleu
from lmops.evals.assertions.similarity import exact_match, levenshtein
from lmops.evals.metrics.rouge import rouge_1, rouge_2, rouge_l

__all__ = ["bleu", "exact_match", "levenshtein", "rouge_1", "rouge_2", "rouge_l"]
