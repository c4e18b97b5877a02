"""The one result every metric and assertion returns, and the registry they are found in.

A metric is a pure function ``(output, **args) -> Score``; the runner, not the metric, applies a
test's ``threshold``, ``not-`` negation and ``weight`` (:func:`apply`), so each of those is
written once. ``value`` is in 0..1 (or None when nothing could be measured); ``passed`` is the
metric's own verdict before any threshold; ``reason`` says why, for people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

__all__ = [
    "CHECKS",
    "JUDGED",
    "METRICS",
    "SLOW",
    "Metric",
    "Score",
    "ScoreError",
    "UnknownMetric",
    "apply",
    "metric",
]


@dataclass(frozen=True, slots=True)
class Score:
    value: float | None
    passed: bool
    reason: str = ""


Metric = Callable[..., Score]
F = TypeVar("F", bound=Metric)

METRICS: dict[str, Metric] = {}
# Metrics the runner calls on a worker thread, off the event loop: they encode with a model,
# ask a judge, or run the user's code. The rest are cheap and run inline.
SLOW: set[str] = set()
# Metrics that ask the judge model (options.judge): a suite using one without a judge is refused.
JUDGED: set[str] = set()
# Load-time checks of an assertion's value: raise the ValueError every cell would raise.
CHECKS: dict[str, Callable[[Any], object]] = {}


class ScoreError(Exception):
    """A metric that could not measure: a judge that failed or answered unparseably, an
    embeddings call that failed, a user's scoring function that raised. The runner records the
    assertion as ERROR (counted apart), never as FAIL and never as NaN."""


class UnknownMetric(KeyError):
    """A metric name nobody registered; the message lists the known ones."""

    def __init__(self, name: str) -> None:
        known = ", ".join(sorted(METRICS))
        super().__init__(f"unknown metric {name!r}; known: {known}")


def metric(
    name: str,
    *,
    slow: bool = False,
    judged: bool = False,
    check: Callable[[Any], object] | None = None,
) -> Callable[[F], F]:
    """Register ``fn`` under ``name`` (``@metric("rouge-l")``); ``slow`` puts it in
    :data:`SLOW`, ``judged`` in :data:`JUDGED` (and SLOW), ``check`` in :data:`CHECKS`. A second
    registration of the same name is a bug and raises."""

    def register(fn: F) -> F:
        if name in METRICS:
            raise ValueError(f"metric {name!r} is registered twice")
        METRICS[name] = fn
        if slow or judged:
            SLOW.add(name)
        if judged:
            JUDGED.add(name)
        if check is not None:
            CHECKS[name] = check
        return fn

    return register


def apply(score: Score, *, threshold: float | None = None, negate: bool = False, **_: Any) -> Score:
    """A test's own verdict on ``score``: ``threshold`` (value at least it passes), then
    ``not-`` negation. A score without a value cannot pass a threshold either way."""
    passed = score.passed
    if threshold is not None:
        passed = score.value is not None and score.value >= threshold
    if negate:
        passed = score.value is not None and not passed
    return replace(score, passed=passed)
