"""What a queue's reviews say: per rubric field, the scores' mean and distribution, how far the
reviewers agree, and how well a judge's metric follows them.

Agreement is measured on the items that two reviewers or more finished: Krippendorff's alpha
(ordinal and interval for numeric fields, nominal for the others), Fleiss' kappa when every
such item has the same number of reviews, and Cohen's kappa for each pair of reviewers who share
items (quadratic weights on numeric fields). Judge alignment compares, item by item, the mean
of the reviewers' values of a numeric or boolean field with each metric the item carries
(``meta["metrics"]``: an eval cell's scores), by Pearson's and Spearman's correlation. A
statistic the data cannot give is ``None``, with the reason beside it.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lmops.review import agreement
from lmops.review.rubric import AnyField, NumericField, Rubric, TextField
from lmops.review.store import Item, Review

__all__ = ["Alignment", "FieldStats", "QueueStats", "Statistic", "queue_stats"]

_MIN_PAIRS = 3  # items two reviewers share, or items with a metric, before a figure is given


@dataclass(frozen=True, slots=True)
class Statistic:
    name: str
    value: float | None
    n: int  # the items it was computed on
    reason: str = ""  # why ``value`` is None


@dataclass(frozen=True, slots=True)
class FieldStats:
    name: str
    kind: str
    n: int  # finished reviews that gave this field a value
    mean: float | None  # numeric: the values' mean; boolean: the share of true
    distribution: dict[str, int]  # value -> reviews (not for free text)
    agreement: list[Statistic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Alignment:
    field: str
    metric: str
    n: int
    pearson: float | None
    spearman: float | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class QueueStats:
    items: int  # items with a finished review
    reviews: int
    reviewers: dict[str, int]
    fields: list[FieldStats]
    alignment: list[Alignment]

    def to_json(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def queue_stats(rubric: Rubric, reviewed: Iterable[tuple[Item, Sequence[Review]]]) -> QueueStats:
    """The statistics of the finished reviews in ``reviewed`` (items with their reviews)."""
    rows = [(item, [r for r in reviews if r.status == "done"]) for item, reviews in reviewed]
    rows = [(item, reviews) for item, reviews in rows if reviews]
    reviewers = Counter(r.reviewer for _, reviews in rows for r in reviews)
    fields = [_field_stats(f, rows) for f in rubric.fields]
    alignment = [
        _alignment(f, metric, rows)
        for f in rubric.fields
        if _is_scored(f)
        for metric in sorted({m for item, _ in rows for m in _metrics(item)})
    ]
    return QueueStats(len(rows), sum(reviewers.values()), dict(reviewers), fields, alignment)


def _is_scored(f: AnyField) -> bool:
    return f.kind in ("numeric", "boolean")


def _value(f: AnyField, review: Review) -> Any:
    return (review.scores or {}).get(f.name)


def _number(value: Any) -> float:
    return float(value)  # numeric values are floats, booleans count as 1 and 0


def _field_stats(f: AnyField, rows: list[tuple[Item, list[Review]]]) -> FieldStats:
    values = [v for _, reviews in rows for r in reviews if (v := _value(f, r)) is not None]
    if isinstance(f, TextField):
        return FieldStats(f.name, f.kind, len(values), None, {})
    mean = statistics.fmean(_number(v) for v in values) if _is_scored(f) and values else None
    distribution = {_label(v): n for v, n in sorted(Counter(values).items(), key=_order)}
    units = [
        [_value(f, r) for r in reviews]
        for _, reviews in rows
        if sum(_value(f, r) is not None for r in reviews) >= 2
    ]
    return FieldStats(f.name, f.kind, len(values), mean, distribution, _agreement(f, units, rows))


def _label(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _order(pair: tuple[Any, int]) -> tuple[int, Any]:
    value = pair[0]
    return (0, float(value)) if isinstance(value, int | float) else (1, str(value))


def _agreement(
    f: AnyField, units: list[list[Any]], rows: list[tuple[Item, list[Review]]]
) -> list[Statistic]:
    numeric = isinstance(f, NumericField)
    levels: list[agreement.Level] = ["ordinal", "interval"] if numeric else ["nominal"]
    found = [
        _measure(
            f"krippendorff_alpha_{level}",
            len(units),
            lambda level=level: agreement.krippendorff_alpha(units, level),  # type: ignore[misc]
        )
        for level in levels
    ]
    counts = {sum(v is not None for v in unit) for unit in units}
    if len(counts) > 1:
        found.append(
            Statistic("fleiss_kappa", None, len(units), "items have different numbers of reviews")
        )
    else:
        found.append(_measure("fleiss_kappa", len(units), lambda: agreement.fleiss_kappa(units)))
    found.extend(_cohen(f, rows))
    return found


def _cohen(f: AnyField, rows: list[tuple[Item, list[Review]]]) -> list[Statistic]:
    """Cohen's kappa for every pair of reviewers with items in common."""
    by_reviewer: dict[str, dict[int, Hashable]] = {}
    for item, reviews in rows:
        for r in reviews:
            value = _value(f, r)
            if value is not None:
                by_reviewer.setdefault(r.reviewer, {})[item.id] = value
    weights: agreement.Weights | None = "quadratic" if isinstance(f, NumericField) else None
    found = []
    for a, b in itertools.combinations(sorted(by_reviewer), 2):
        shared = sorted(by_reviewer[a].keys() & by_reviewer[b].keys())
        if not shared:
            continue
        first = [by_reviewer[a][i] for i in shared]
        second = [by_reviewer[b][i] for i in shared]
        found.append(
            _measure(
                f"cohen_kappa {a} {b}",
                len(shared),
                lambda first=first, second=second: agreement.cohen_kappa(  # type: ignore[misc]
                    first, second, weights
                ),
            )
        )
    return found


def _measure(name: str, n: int, compute: Callable[[], float]) -> Statistic:
    if n < _MIN_PAIRS:
        return Statistic(name, None, n, f"{n} items reviewed twice or more, {_MIN_PAIRS} needed")
    try:
        return Statistic(name, compute(), n)
    except ValueError as exc:
        return Statistic(name, None, n, str(exc))


def _metrics(item: Item) -> dict[str, float]:
    found = item.meta.get("metrics")
    if not isinstance(found, dict):
        return {}
    return {
        str(k): float(v)
        for k, v in found.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }


def _alignment(f: AnyField, metric: str, rows: list[tuple[Item, list[Review]]]) -> Alignment:
    human: list[float] = []
    judge: list[float] = []
    for item, reviews in rows:
        score = _metrics(item).get(metric)
        values = [_number(v) for r in reviews if (v := _value(f, r)) is not None]
        if score is not None and values:
            human.append(statistics.fmean(values))
            judge.append(score)
    if len(human) < _MIN_PAIRS:
        reason = f"{len(human)} items with both, {_MIN_PAIRS} needed"
        return Alignment(f.name, metric, len(human), None, None, reason)
    try:
        return Alignment(
            f.name,
            metric,
            len(human),
            agreement.pearson(human, judge),
            agreement.spearman(human, judge),
        )
    except ValueError as exc:
        return Alignment(f.name, metric, len(human), None, None, str(exc))
