"""Metrics: pure functions ``(prediction, reference, ...) -> Score``, each registered in
:data:`lmops.evals.score.METRICS` under its suite name."""

from lmops.evals.metrics.rouge import rouge_1, rouge_2, rouge_l

__all__ = ["rouge_1", "rouge_2", "rouge_l"]
