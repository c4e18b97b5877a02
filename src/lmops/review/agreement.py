"""Agreement between reviewers, and between reviewers and a judge.

Pure functions over plain values. Ratings are given per item: ``units[i]`` holds the values the
reviewers gave item ``i`` (``None`` where a reviewer gave none). Each statistic says how much
more the reviewers agree than chance would have them agree (1 perfect, 0 chance, below 0 worse
than chance); each raises :class:`ValueError` when the data cannot tell, rather than answer a
number that means nothing.

- :func:`cohen_kappa`: two reviewers, every item rated by both (items either skipped are left
  out), categories, or ordered ones with linear or quadratic weights.
- :func:`fleiss_kappa`: any number of reviewers, the same number of ratings for every item.
- :func:`krippendorff_alpha`: any number of reviewers, missing ratings allowed, for nominal,
  ordinal, interval or ratio values.
- :func:`pearson` and :func:`spearman`: a judge's scores against the reviewers' (judge
  alignment).

Ordered statistics (weighted kappa, ordinal alpha) order the values by sorting them: give them
as numbers (a rubric's scale), not as labels.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Literal

import numpy as np
import numpy.typing as npt

__all__ = ["Level", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "pearson", "spearman"]

Level = Literal["nominal", "ordinal", "interval", "ratio"]
Weights = Literal["linear", "quadratic"]
_Floats = npt.NDArray[np.float64]


def cohen_kappa(
    first: Sequence[Hashable | None],
    second: Sequence[Hashable | None],
    weights: Weights | None = None,
) -> float:
    """Cohen's kappa of two reviewers' ratings of the same items, in the same order.

    With ``weights`` the categories are ordered (sorted) and a disagreement counts by its
    distance, linearly or squared; without, every disagreement counts the same.
    """
    if len(first) != len(second):
        raise ValueError(f"two reviewers rated {len(first)} and {len(second)} items")
    pairs = [(a, b) for a, b in zip(first, second, strict=True) if a is not None and b is not None]
    if not pairs:
        raise ValueError("no item was rated by both reviewers")
    categories = _categories(value for pair in pairs for value in pair)
    index = {c: i for i, c in enumerate(categories)}
    k = len(categories)
    observed = np.zeros((k, k))
    for a, b in pairs:
        observed[index[a], index[b]] += 1
    observed /= len(pairs)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0))
    distance = np.abs(np.subtract.outer(np.arange(k), np.arange(k))).astype(np.float64)
    if weights is None:
        cost = (distance > 0).astype(np.float64)
    else:
        cost = distance if weights == "linear" else distance**2
    chance = float((cost * expected).sum())
    if chance == 0:
        raise ValueError("both reviewers gave every item the same one value: kappa is undefined")
    return 1 - float((cost * observed).sum()) / chance


def fleiss_kappa(units: Sequence[Sequence[Hashable | None]]) -> float:
    """Fleiss' kappa: every item rated the same number of times (``None`` ratings dropped), by
    any reviewers; categories, unordered."""
    rated = [[v for v in unit if v is not None] for unit in units]
    if not rated:
        raise ValueError("no items")
    n = len(rated[0])
    for i, values in enumerate(rated):
        if len(values) != n:
            raise ValueError(
                f"item {i} has {len(values)} ratings and item 0 has {n}: Fleiss' kappa needs the"
                " same number for every item (Krippendorff's alpha does not)"
            )
    if n < 2:
        raise ValueError("Fleiss' kappa needs at least two ratings per item")
    categories = _categories(v for values in rated for v in values)
    index = {c: i for i, c in enumerate(categories)}
    counts = np.zeros((len(rated), len(categories)))
    for row, values in enumerate(rated):
        for value in values:
            counts[row, index[value]] += 1
    shares = counts.sum(axis=0) / counts.sum()
    chance = float((shares**2).sum())
    if chance == 1:
        raise ValueError("every rating is the same one value: kappa is undefined")
    per_item = ((counts**2).sum(axis=1) - n) / (n * (n - 1))
    return (float(per_item.mean()) - chance) / (1 - chance)


def krippendorff_alpha(
    units: Sequence[Sequence[Hashable | None]], level: Level = "nominal"
) -> float:
    """Krippendorff's alpha. Items with fewer than two ratings do not count; ``level`` says how
    far apart two values are: nominal (same or not), ordinal (by rank, through the ratings
    that lie between), interval (their difference), ratio (their difference over their sum)."""
    rated = [[v for v in unit if v is not None] for unit in units]
    rated = [values for values in rated if len(values) >= 2]
    if not rated:
        raise ValueError("no item has two ratings or more")
    values = _categories(v for unit in rated for v in unit)
    index = {v: i for i, v in enumerate(values)}
    k = len(values)
    coincidences = np.zeros((k, k))
    for unit in rated:
        counts = np.zeros(k)
        for value in unit:
            counts[index[value]] += 1
        # every ordered pair of ratings of the unit, each unit weighing 1 / (its ratings - 1)
        coincidences += (np.outer(counts, counts) - np.diag(counts)) / (len(unit) - 1)
    totals = coincidences.sum(axis=1)
    n = float(totals.sum())
    distance = _distances(values, totals, level)
    observed = float((coincidences * distance).sum()) / n
    expected = float((np.outer(totals, totals) * distance).sum()) / (n * (n - 1))
    if expected == 0:
        raise ValueError("every rating is the same one value: alpha is undefined")
    return 1 - observed / expected


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's correlation of paired scores."""
    a, b = _paired(x, y)
    a, b = a - a.mean(), b - b.mean()
    spread = float(np.sqrt((a * a).sum() * (b * b).sum()))
    if spread == 0:
        raise ValueError("one side's scores are all the same: the correlation is undefined")
    return float((a * b).sum()) / spread


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation of paired scores (ties share their mean rank)."""
    a, b = _paired(x, y)
    return pearson(list(_ranks(a)), list(_ranks(b)))


def _paired(x: Sequence[float], y: Sequence[float]) -> tuple[_Floats, _Floats]:
    if len(x) != len(y):
        raise ValueError(f"{len(x)} scores against {len(y)}")
    if len(x) < 2:
        raise ValueError("a correlation needs two pairs of scores or more")
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def _ranks(values: _Floats) -> _Floats:
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):  # ties: the mean of the ranks they span
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def _categories(values: Iterable[Hashable]) -> list[Hashable]:
    """The distinct values, sorted when they can be (numbers, strings), else as first seen."""
    seen = list(dict.fromkeys(values))
    try:
        return sorted(seen)  # type: ignore[type-var]
    except TypeError:
        return seen


def _distances(values: list[Hashable], totals: _Floats, level: Level) -> _Floats:
    """The squared distance of every pair of values, for ``level``."""
    k = len(values)
    if level == "nominal":
        return 1 - np.eye(k)
    if level == "ordinal":
        # between ranks c and k: the ratings from c to k, less half of each end's
        cumulative = np.concatenate(([0.0], np.cumsum(totals)))
        c, d = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
        low, high = np.minimum(c, d), np.maximum(c, d)
        spans = cumulative[high + 1] - cumulative[low] - (totals[low] + totals[high]) / 2
        return np.asarray(spans**2, dtype=np.float64)
    try:
        numbers = np.asarray([float(v) for v in values])  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{level} agreement needs numbers as ratings") from None
    difference = np.subtract.outer(numbers, numbers)
    if level == "interval":
        return np.asarray(difference**2, dtype=np.float64)
    sums = np.add.outer(numbers, numbers)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(sums == 0, 0.0, difference / sums)
    return np.asarray(ratio**2, dtype=np.float64)
