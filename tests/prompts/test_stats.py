"""The report's statistics against scipy's: fixed data to 1e-9 relative, random data to 1e-7."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps

import lmops.prompts.stats as stats_module
from lmops.prompts.stats import (
    chi2_sf,
    chi_square_gof,
    mean_ci,
    norm_sf,
    proportion_ci,
    t_isf,
    t_sf,
    two_proportion_z,
    welch_t,
)

REL = 1e-9
SCORES_A = [4.0, 5.0, 3.0, 4.0, 4.0, 5.0, 2.0, 4.0, 3.0, 5.0, 4.0, 4.0]
SCORES_B = [3.0, 4.0, 2.0, 3.0, 3.0, 4.0, 3.0, 2.0, 3.0]
LATENCY_A = [120.5, 98.2, 143.0, 110.1, 101.7, 99.9, 180.3, 125.0, 117.6, 104.4]
LATENCY_B = [210.0, 188.4, 230.9, 199.1, 205.5, 260.2, 190.0]


def close(actual: float, expected: float, rel: float = REL) -> bool:
    return math.isclose(actual, expected, rel_tol=rel, abs_tol=1e-300)


@pytest.mark.parametrize("df", [1, 1.5, 2, 3, 7, 29.3, 100, 1000])
@pytest.mark.parametrize("t", [-30.0, -2.1, -0.3, 0.0, 0.7, 1.96, 4.5, 60.0])
def test_t_sf_equals_scipy(t: float, df: float) -> None:
    assert close(t_sf(t, df), float(sps.t.sf(t, df)))


@pytest.mark.parametrize("df", [1, 2, 4.5, 9, 30, 250])
@pytest.mark.parametrize("alpha", [0.4, 0.05, 0.025, 0.005, 1e-6, 0.975])
def test_t_isf_equals_scipy(alpha: float, df: float) -> None:
    assert close(t_isf(alpha, df), float(sps.t.isf(alpha, df)))


@pytest.mark.parametrize("k", [1, 2, 3, 4, 10, 60])
@pytest.mark.parametrize("x", [0.01, 0.9, 2.5, 7.0, 33.0, 150.0])
def test_chi2_sf_equals_scipy(x: float, k: int) -> None:
    assert close(chi2_sf(x, k), float(sps.chi2.sf(x, k)))


@pytest.mark.parametrize("z", [-3.0, 0.0, 1.2, 5.0, 12.0])
def test_norm_sf_equals_scipy(z: float) -> None:
    assert close(norm_sf(z), float(sps.norm.sf(z)))


@pytest.mark.parametrize("values", [SCORES_A, LATENCY_B, [0.5, 0.7], [1.0, 1.0, 1.0]])
@pytest.mark.parametrize("level", [0.95, 0.9, 0.99])
def test_mean_ci_equals_scipys_t_interval(values: list[float], level: float) -> None:
    result = mean_ci(values, level)
    assert result is not None
    mean, lo, hi = result
    sem = float(sps.sem(values))
    assert close(mean, float(sps.tmean(values)))
    if sem == 0:
        assert lo == hi == mean
        return
    expected = sps.t.interval(level, len(values) - 1, loc=mean, scale=sem)
    assert close(lo, float(expected[0])) and close(hi, float(expected[1]))


@pytest.mark.parametrize(("k", "n"), [(0, 10), (3, 10), (10, 10), (17, 250), (1, 1), (400, 1000)])
def test_proportion_ci_equals_scipys_wilson(k: int, n: int) -> None:
    result = proportion_ci(k, n)
    assert result is not None
    rate, lo, hi = result
    ci = sps.binomtest(k, n).proportion_ci(0.95, method="wilson")
    assert rate == k / n
    assert math.isclose(lo, ci.low, rel_tol=REL, abs_tol=1e-15)
    assert math.isclose(hi, ci.high, rel_tol=REL, abs_tol=1e-15)


@pytest.mark.parametrize(
    ("a", "b"),
    [(SCORES_A, SCORES_B), (LATENCY_A, LATENCY_B), (SCORES_B, SCORES_A), ([1, 2], [1, 3])],
)
def test_welch_t_equals_scipy(a: list[float], b: list[float]) -> None:
    result = welch_t(a, b)
    assert result is not None
    expected = sps.ttest_ind(a, b, equal_var=False)
    assert close(result[0], float(expected.statistic))
    assert close(result[1], float(expected.df))
    assert close(result[2], float(expected.pvalue))


def textbook_z(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return z, float(2 * sps.norm.sf(abs(z)))


@pytest.mark.parametrize(
    "counts", [(12, 200, 25, 210), (50, 1000, 50, 1000), (3, 40, 0, 35), (900, 1000, 700, 1000)]
)
def test_two_proportion_z_equals_the_textbook_formula(counts: tuple[int, int, int, int]) -> None:
    result = two_proportion_z(*counts)
    assert result is not None
    z, p = textbook_z(*counts)
    assert math.isclose(result[0], z, rel_tol=REL, abs_tol=1e-15)
    assert close(result[1], p)


@pytest.mark.parametrize(
    ("observed", "weights"),
    [
        ([5010, 4990], [1, 1]),
        ([1900, 3100, 5000], [20, 30, 50]),
        ([430, 570], [1, 1]),
        ([7, 3], [3, 7]),
    ],
)
def test_chi_square_gof_equals_scipy(observed: list[int], weights: list[float]) -> None:
    result = chi_square_gof(observed, weights)
    assert result is not None
    total = sum(observed)
    f_exp = [total * w / sum(weights) for w in weights]
    expected = sps.chisquare(observed, f_exp)
    assert close(result[0], float(expected.statistic))
    assert close(result[1], float(expected.pvalue))


def test_degenerate_inputs_return_none_or_nan() -> None:
    assert mean_ci([]) is None
    single = mean_ci([3.0])
    assert single is not None and single[0] == 3.0 and math.isnan(single[1])
    assert math.isnan(single[2])
    assert proportion_ci(0, 0) is None
    assert welch_t([1.0], [1.0, 2.0]) is None
    assert welch_t([], []) is None
    assert welch_t([2.0, 2.0], [2.0, 2.0, 2.0]) is None  # no variance on either side
    assert two_proportion_z(0, 0, 1, 5) is None
    assert two_proportion_z(0, 10, 0, 10) is None  # no errors anywhere
    assert two_proportion_z(10, 10, 5, 5) is None
    assert chi_square_gof([0, 0], [1, 1]) is None
    assert chi_square_gof([5], [1]) is None
    assert chi_square_gof([5, 5], [1, 0]) is None
    with pytest.raises(ValueError):
        chi_square_gof([1, 2], [1])
    assert math.isnan(t_sf(float("nan"), 3)) and math.isnan(t_isf(0.0, 3))
    assert t_sf(math.inf, 3) == 0.0 and t_sf(-math.inf, 3) == 1.0
    for level in (0.0, 1.0, 95.0):
        with pytest.raises(ValueError, match="level"):
            mean_ci([1.0, 2.0], level)
        with pytest.raises(ValueError, match="level"):
            proportion_ci(1, 2, level)


@pytest.mark.filterwarnings("ignore:Precision loss occurred")
def test_one_side_without_variance_still_tests() -> None:
    result = welch_t([2.0, 2.0, 2.0], [1.0, 2.0, 4.0])
    expected = sps.ttest_ind([2.0, 2.0, 2.0], [1.0, 2.0, 4.0], equal_var=False)
    assert result is not None and close(result[2], float(expected.pvalue))


def test_no_scipy_or_numpy_at_run_time() -> None:
    tree = ast.parse(Path(stats_module.__file__).read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert imported <= {"__future__", "math", "statistics", "collections"}


# -- random data ---------------------------------------------------------------------------

SAMPLE = st.lists(
    st.floats(min_value=-1e3, max_value=1e3, allow_nan=False).map(lambda v: round(v, 3)),
    min_size=2,
    max_size=80,
)


# scipy warns of "catastrophic cancellation" for a side whose values are all equal; its
# result is still exact there (the variance is zero).
@pytest.mark.filterwarnings("ignore:Precision loss occurred")
@settings(max_examples=150, deadline=None)
@given(a=SAMPLE, b=SAMPLE)
def test_welch_t_matches_scipy_on_random_data(a: list[float], b: list[float]) -> None:
    result = welch_t(a, b)
    if len(set(a)) == 1 and len(set(b)) == 1:
        assert result is None
        return
    expected = sps.ttest_ind(a, b, equal_var=False)
    assert result is not None
    t, df, p = result
    # abs_tol: means that (nearly) cancel leave t at rounding noise around 0.
    assert math.isclose(t, float(expected.statistic), rel_tol=1e-7, abs_tol=1e-9)
    assert close(df, float(expected.df), 1e-7)
    assert math.isclose(p, float(expected.pvalue), rel_tol=1e-7, abs_tol=1e-300)


@pytest.mark.filterwarnings("ignore:Precision loss occurred")
@settings(max_examples=150, deadline=None)
@given(values=SAMPLE, level=st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_mean_ci_matches_scipy_on_random_data(values: list[float], level: float) -> None:
    result = mean_ci(values, level)
    assert result is not None
    mean, lo, hi = result
    if len(set(values)) == 1:
        # Exactly no spread (numpy's rounded mean can fake a tiny one).
        assert lo == hi == mean == values[0]
        return
    sem = float(sps.sem(values))
    low, high = sps.t.interval(level, len(values) - 1, loc=mean, scale=sem)
    width = high - low
    assert abs(lo - low) <= 1e-7 * width and abs(hi - high) <= 1e-7 * width


@settings(max_examples=200, deadline=None)
@given(
    x1=st.integers(0, 500),
    extra1=st.integers(0, 500),
    x2=st.integers(0, 500),
    extra2=st.integers(0, 500),
)
def test_two_proportion_z_matches_on_random_counts(
    x1: int, extra1: int, x2: int, extra2: int
) -> None:
    n1, n2 = x1 + extra1, x2 + extra2
    result = two_proportion_z(x1, n1, x2, n2)
    pooled_var = 0 if n1 == 0 or n2 == 0 else (x1 + x2) * (n1 + n2 - x1 - x2)
    if pooled_var == 0:
        assert result is None
        return
    assert result is not None
    z, p = textbook_z(x1, n1, x2, n2)
    assert math.isclose(result[0], z, rel_tol=1e-7, abs_tol=1e-12)
    assert math.isclose(result[1], p, rel_tol=1e-7)


@settings(max_examples=200, deadline=None)
@given(
    observed=st.lists(st.integers(0, 5000), min_size=2, max_size=6),
    data=st.data(),
)
def test_chi_square_gof_matches_scipy_on_random_counts(
    observed: list[int], data: st.DataObject
) -> None:
    weights = data.draw(
        st.lists(st.floats(0.05, 10.0), min_size=len(observed), max_size=len(observed))
    )
    result = chi_square_gof(observed, weights)
    if sum(observed) == 0:
        assert result is None
        return
    assert result is not None
    total = sum(observed)
    f_exp = [total * w / math.fsum(weights) for w in weights]
    expected = sps.chisquare(observed, f_exp)
    assert close(result[0], float(expected.statistic), 1e-7)
    assert math.isclose(result[1], float(expected.pvalue), rel_tol=1e-7, abs_tol=1e-300)


@settings(max_examples=200, deadline=None)
@given(t=st.floats(-200, 200), df=st.floats(0.5, 5000))
def test_t_sf_matches_scipy_on_random_points(t: float, df: float) -> None:
    assert close(t_sf(t, df), float(sps.t.sf(t, df)), 1e-7)
