"""A queue's statistics: field aggregates, agreement on the items reviewed twice or more, judge
alignment against the metrics items carry, and reasons where a figure cannot be given."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
import scipy.stats
from sklearn.metrics import cohen_kappa_score

from lmops.review.agreement import krippendorff_alpha
from lmops.review.rubric import Rubric
from lmops.review.stats import FieldStats, Statistic, queue_stats
from lmops.review.store import Item, Review

RUBRIC = Rubric.model_validate(
    {
        "fields": [
            {"kind": "numeric", "name": "helpful", "min": 1, "max": 5},
            {"kind": "boolean", "name": "correct"},
            {"kind": "category", "name": "tone", "categories": ["formal", "casual"]},
            {"kind": "text", "name": "comment"},
        ]
    }
)
AT = datetime(2026, 12, 5, tzinfo=UTC)
# item -> (ann's, bob's) helpful scores; the judge's score per item
HELPFUL = [(5, 5), (4, 5), (2, 1), (3, 3), (1, 2), (4, 4)]
JUDGE = [0.9, 0.8, 0.3, 0.5, 0.1, 0.7]


def item(i: int, metrics: dict[str, Any] | None = None) -> Item:
    meta = {"metrics": metrics} if metrics is not None else {}
    return Item(i, 1, "eval", f"run:{i}", f"q{i}", None, f"a{i}", None, meta, 2, AT)


def review(i: int, who: str, **scores: Any) -> Review:
    return Review(i, who, "done", scores, AT, AT)


def rows() -> list[tuple[Item, Sequence[Review]]]:
    found: list[tuple[Item, Sequence[Review]]] = []
    for i, ((a, b), judge) in enumerate(zip(HELPFUL, JUDGE, strict=True)):
        tone = "formal" if i % 2 else "casual"
        reviews = [
            review(i, "ann", helpful=float(a), correct=a >= 3, tone=tone, comment="ok"),
            review(i, "bob", helpful=float(b), correct=b >= 3, tone=tone),
        ]
        found.append((item(i, {"judge": judge, "flag": True}), reviews))
    # one item only cy reviewed, and one claimed but not finished
    found.append((item(6), [review(6, "cy", helpful=3.0, correct=True, tone="formal")]))
    found.append((item(7), [Review(7, "dee", "claimed", None, AT, None)]))
    return found


def by_name(stats: list[Statistic]) -> dict[str, Statistic]:
    return {s.name: s for s in stats}


def test_fields_are_summed_up_by_kind() -> None:
    stats = queue_stats(RUBRIC, rows())
    assert (stats.items, stats.reviews) == (7, 13)
    assert stats.reviewers == {"ann": 6, "bob": 6, "cy": 1}
    fields: dict[str, FieldStats] = {f.name: f for f in stats.fields}
    helpful = [float(v) for pair in HELPFUL for v in pair] + [3.0]
    assert fields["helpful"].mean == pytest.approx(sum(helpful) / 13)
    assert fields["helpful"].distribution == {"1": 2, "2": 2, "3": 3, "4": 3, "5": 3}
    assert fields["correct"].mean == pytest.approx(9 / 13)  # 8 of the pairs, and cy
    assert fields["tone"].distribution == {"casual": 6, "formal": 7}
    assert (fields["comment"].n, fields["comment"].distribution) == (6, {})


def test_agreement_is_measured_on_the_items_reviewed_twice() -> None:
    fields = {f.name: f for f in queue_stats(RUBRIC, rows()).fields}
    helpful = by_name(fields["helpful"].agreement)
    units = [[float(a), float(b)] for a, b in HELPFUL]
    alpha = helpful["krippendorff_alpha_ordinal"]
    assert alpha.n == 6 and alpha.value == pytest.approx(krippendorff_alpha(units, "ordinal"))
    kappa = helpful["cohen_kappa ann bob"]
    expected = cohen_kappa_score(*zip(*HELPFUL, strict=True), weights="quadratic")
    assert kappa.value == pytest.approx(expected)
    assert "cohen_kappa ann cy" not in helpful  # no item in common
    # Every item has the same tone from both: perfect agreement, where chance is not perfect.
    assert by_name(fields["tone"].agreement)["fleiss_kappa"].value == pytest.approx(1.0)


def test_judge_alignment_follows_the_reviewers_mean_per_item() -> None:
    aligned = {(a.field, a.metric): a for a in queue_stats(RUBRIC, rows()).alignment}
    judge = aligned[("helpful", "judge")]
    means = [(a + b) / 2 for a, b in HELPFUL]
    assert judge.n == 6
    assert judge.pearson == pytest.approx(scipy.stats.pearsonr(means, JUDGE)[0])
    assert judge.spearman == pytest.approx(scipy.stats.spearmanr(means, JUDGE)[0])
    assert ("helpful", "flag") not in aligned  # a boolean is no metric score
    assert ("tone", "judge") not in aligned  # nor is a category a score


def test_too_little_data_gives_reasons_not_numbers() -> None:
    few = rows()[:2] + rows()[6:]
    stats = queue_stats(RUBRIC, few)
    helpful = by_name({f.name: f for f in stats.fields}["helpful"].agreement)
    assert helpful["krippendorff_alpha_ordinal"].value is None
    assert (
        "2 items reviewed twice or more, 3 needed" in helpful["krippendorff_alpha_ordinal"].reason
    )
    judge = {(a.field, a.metric): a for a in stats.alignment}[("helpful", "judge")]
    assert judge.pearson is None and "2 items with both" in judge.reason
    mixed = [*rows()[:5], (item(9), [review(9, w, helpful=2.0) for w in ("ann", "bob", "cy")])]
    fleiss = by_name({f.name: f for f in queue_stats(RUBRIC, mixed).fields}["helpful"].agreement)
    assert fleiss["fleiss_kappa"].reason == "items have different numbers of reviews"
