"""Paired differences with bootstrap confidence intervals: is ``new - baseline`` more than noise?

The input is one ``(case, baseline, new)`` value per pair. The statistic is the mean pair
difference ``new - baseline``. Its interval comes from a paired bootstrap: the cases are drawn
with replacement (all the pairs of a drawn case come with it, so repeats of one test, which are
not independent, are never split), each draw's statistic is its pairs' summed differences over
their number, and the interval is the ``(1 - confidence) / 2`` and ``(1 + confidence) / 2``
percentiles of the draws (2.5 and 97.5 for 95%). The generator is numpy's, seeded, so the same
inputs give the same interval. A difference whose interval lies wholly below 0 is a regression,
wholly above 0 an improvement, otherwise no change.

On a handful of cases the percentile interval is too narrow (it cannot know a spread it has not
seen), and when every pair has the same difference it is that difference, however few pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final, Literal

import numpy as np

__all__ = ["Difference", "Verdict", "paired_bootstrap", "paired_difference"]

Verdict = Literal["regression", "improvement", "no change"]

# Resampled case indices held in memory at once: bounds memory on large runs.
_CHUNK_INDICES: Final = 2_000_000


@dataclass(frozen=True, slots=True)
class Difference:
    """``new - baseline`` of one aggregate over the pairs where both sides have a value."""

    name: str
    baseline: float  # mean over the n pairs
    new: float
    delta: float  # new - baseline
    low: float  # the confidence interval of delta
    high: float
    n: int  # pairs taking part
    cases: int  # distinct cases among them
    missing: int  # pairs left out: a side had no value

    @property
    def verdict(self) -> Verdict:
        if self.high < 0.0:
            return "regression"
        if self.low > 0.0:
            return "improvement"
        return "no change"

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"verdict": self.verdict}


def paired_difference(
    name: str,
    values: Iterable[tuple[Hashable, float, float]],
    *,
    missing: int = 0,
    resamples: int = 10_000,
    confidence: float = 0.95,
    seed: int = 0,
) -> Difference | None:
    """The mean of ``new - baseline`` over ``(case, baseline, new)`` values and its bootstrap
    interval; None without values. ``missing`` (pairs without a value) is only reported."""
    by_case: defaultdict[Hashable, list[float]] = defaultdict(list)
    base_total = new_total = 0.0
    for case, base, new in values:
        by_case[case].append(new - base)
        base_total += base
        new_total += new
    if not by_case:
        return None
    sums = [sum(d) for d in by_case.values()]
    counts = [len(d) for d in by_case.values()]
    n = sum(counts)
    low, high = paired_bootstrap(
        sums, counts, resamples=resamples, confidence=confidence, seed=seed
    )
    return Difference(
        name=name,
        baseline=base_total / n,
        new=new_total / n,
        delta=sum(sums) / n,
        low=low,
        high=high,
        n=n,
        cases=len(sums),
        missing=missing,
    )


def paired_bootstrap(
    case_sums: Sequence[float],
    case_counts: Sequence[int],
    *,
    resamples: int,
    confidence: float,
    seed: int,
) -> tuple[float, float]:
    """The percentile interval of ``sum(drawn sums) / sum(drawn counts)`` over ``resamples``
    draws of the cases with replacement: each case's summed pair differences and its number of
    pairs in, the interval of the mean pair difference out."""
    if resamples < 1 or not 0.0 < confidence < 1.0:
        raise ValueError(f"need resamples >= 1 and 0 < confidence < 1: {resamples}, {confidence}")
    sums = np.asarray(case_sums, dtype=np.float64)
    counts = np.asarray(case_counts, dtype=np.float64)
    k = len(sums)
    if k == 0 or len(counts) != k or np.any(counts <= 0):
        raise ValueError("need at least one case, each with a positive count of pairs")
    rng = np.random.default_rng(seed)
    stats = np.empty(resamples, dtype=np.float64)
    step = max(1, _CHUNK_INDICES // k)
    equal = bool(np.all(counts == counts[0]))  # no repeats, or as many for every case
    for start in range(0, resamples, step):
        m = min(step, resamples - start)
        idx = rng.integers(0, k, size=(m, k))
        drawn = sums[idx].sum(axis=1)
        # with equal counts every draw holds k * count pairs: half the work on the usual run
        stats[start : start + m] = drawn / (k * counts[0]) if equal else drawn / counts[idx].sum(1)
    tail = (1.0 - confidence) / 2.0 * 100.0
    low, high = np.percentile(stats, [tail, 100.0 - tail])
    return float(low), float(high)
