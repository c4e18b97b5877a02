"""Agreement statistics against the libraries reviewers' statistics are usually taken from
(scikit-learn, statsmodels, the krippendorff package, scipy), on many random rating sets, and
against Krippendorff's own worked example."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import numpy.typing as npt
import pytest
import scipy.stats
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as statsmodels_fleiss

from lmops.review.agreement import (
    Level,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    pearson,
    spearman,
)

SEEDS = range(40)
Ints = npt.NDArray[np.int64]


def noisy_ratings(rng: np.random.Generator, items: int, raters: int, scale: int) -> Ints:
    """Raters who mostly agree on a true value, off by one now and then, sometimes at random."""
    truth = rng.integers(1, scale + 1, items)
    ratings = np.repeat(truth[:, None], raters, axis=1)
    ratings += rng.choice([-1, 0, 0, 0, 1], size=ratings.shape)
    noise = rng.random(ratings.shape) < 0.2
    ratings[noise] = rng.integers(1, scale + 1, noise.sum())
    return np.clip(ratings, 1, scale)


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_cohen_kappa_matches_scikit_learn(weights: str | None) -> None:
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        ratings = noisy_ratings(rng, int(rng.integers(5, 60)), 2, int(rng.integers(2, 6)))
        a, b = ratings[:, 0].tolist(), ratings[:, 1].tolist()
        if len(set(a) | set(b)) < 2:
            continue
        expected = cohen_kappa_score(a, b, weights=weights)
        assert cohen_kappa(a, b, weights) == pytest.approx(expected, abs=1e-12), seed  # type: ignore[arg-type]


def test_cohen_kappa_leaves_out_items_either_reviewer_skipped() -> None:
    a = ["yes", "no", None, "yes", "no", "yes"]
    b = ["yes", "no", "no", None, "yes", "yes"]
    kept = [0, 1, 4, 5]
    expected = cohen_kappa_score([a[i] for i in kept], [b[i] for i in kept])
    assert cohen_kappa(a, b) == pytest.approx(expected)


def test_fleiss_kappa_matches_statsmodels() -> None:
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        ratings = noisy_ratings(rng, int(rng.integers(5, 80)), int(rng.integers(2, 7)), 4)
        table, _ = aggregate_raters(ratings)
        expected = statsmodels_fleiss(table, method="fleiss")
        assert fleiss_kappa(ratings.tolist()) == pytest.approx(expected, abs=1e-12), seed


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_krippendorff_alpha_matches_the_krippendorff_package_with_missing_ratings(
    level: Level,
) -> None:
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        ratings = noisy_ratings(rng, int(rng.integers(5, 60)), int(rng.integers(2, 6)), 5)
        data = ratings.astype(float)
        data[rng.random(data.shape) < 0.25] = np.nan  # reviewers skip a quarter of the items
        units = [[None if math.isnan(v) else int(v) for v in row] for row in data]
        if sum(len([v for v in u if v is not None]) >= 2 for u in units) < 2:
            continue
        expected = krippendorff.alpha(reliability_data=data.T, level_of_measurement=level)
        got = krippendorff_alpha(units, level)
        assert got == pytest.approx(expected, abs=1e-9), seed


# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": four observers, twelve
# units, values 1-5, missing ones as None; the paper's results to three places.
PAPER: list[list[int | None]] = [
    [1, 1, None, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [None, 5, 5, 5],
    [None, None, 1, 1],
    [None, None, 3, None],
]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_alpha_reproduces_the_paper_s_example(level: Level, published: float) -> None:
    assert round(krippendorff_alpha(PAPER, level), 3) == published


def test_judge_alignment_correlations_match_scipy() -> None:
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        human = rng.integers(1, 6, 30).astype(float)
        judge = human + rng.normal(0, 1.2, 30)
        judge[rng.random(30) < 0.3] = 3.0  # ties
        h, j = human.tolist(), judge.tolist()
        assert pearson(h, j) == pytest.approx(scipy.stats.pearsonr(human, judge)[0])
        assert spearman(h, j) == pytest.approx(scipy.stats.spearmanr(human, judge)[0])


def test_what_cannot_be_measured_is_an_error_not_a_number() -> None:
    with pytest.raises(ValueError, match="same one value"):
        cohen_kappa(["a", "a"], ["a", "a"])
    with pytest.raises(ValueError, match="rated by both"):
        cohen_kappa(["a", None], [None, "b"])
    with pytest.raises(ValueError, match="item 1 has 3 ratings and item 0 has 2"):
        fleiss_kappa([["a", "b"], ["a", "b", "a"]])
    with pytest.raises(ValueError, match="two ratings or more"):
        krippendorff_alpha([[1, None], [None, 2]])
    with pytest.raises(ValueError, match="needs numbers"):
        krippendorff_alpha([["good", "bad"], ["bad", "bad"]], "interval")
    with pytest.raises(ValueError, match="all the same"):
        pearson([1, 2, 3], [2, 2, 2])
