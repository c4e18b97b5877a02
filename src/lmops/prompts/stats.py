"""The statistics of an experiment report, in pure Python (``math`` and ``statistics`` only).

The distributions are computed the classical way (Numerical Recipes, 3rd ed., 6.2 and 6.4):
Student's t through the regularized incomplete beta function and chi-square through the
regularized upper incomplete gamma function, both by series or Lentz's continued fraction,
always evaluating the smaller tail directly so that small p-values keep their relative
precision. The normal tail is ``erfc``; normal quantiles come from ``statistics.NormalDist``.
The tests compare every function with scipy's.

Degenerate inputs never raise: a test that cannot be computed (too few values, no variance,
no observations) returns None, and an interval bound that does not exist is NaN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

__all__ = [
    "chi2_sf",
    "chi_square_gof",
    "mean_ci",
    "norm_sf",
    "proportion_ci",
    "t_isf",
    "t_sf",
    "two_proportion_z",
    "welch_t",
]

_EPS = 1e-16
_TINY = 1e-300  # keeps Lentz's recurrences off zero
_MAX_ITER = 100_000
_NAN = float("nan")


# -- special functions ---------------------------------------------------------------------


def _beta_cf(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _MAX_ITER):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            step = d * c
            h *= step
        if abs(step - 1.0) < _EPS:
            break
    return h


def _beta_inc(a: float, b: float, x: float, y: float) -> tuple[float, float]:
    """``(I_x(a, b), 1 - I_x(a, b))`` with ``y = 1 - x`` given separately (computed without
    cancellation by the caller); each tail is evaluated directly where it is the smaller."""
    if x <= 0.0:
        return 0.0, 1.0
    if y <= 0.0:
        return 1.0, 0.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        lower = front * _beta_cf(a, b, x) / a
        return lower, 1.0 - lower
    upper = front * _beta_cf(b, a, y) / b
    return 1.0 - upper, upper


def _gamma_q(a: float, x: float) -> float:
    """The regularized upper incomplete gamma function Q(a, x)."""
    if x <= 0.0:
        return 1.0
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        # The series for P(a, x); Q is then not small, so 1 - P loses nothing that matters.
        term = total = 1.0 / a
        ap = a
        for _ in range(_MAX_ITER):
            ap += 1.0
            term *= x / ap
            total += term
            if abs(term) < abs(total) * _EPS:
                break
        return 1.0 - total * math.exp(log_front)
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITER):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = b + an / c
        c = c if abs(c) > _TINY else _TINY
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return math.exp(log_front) * h


def t_sf(t: float, df: float) -> float:
    """P(T > t) for Student's t with ``df`` degrees of freedom (df > 0, may be fractional)."""
    if math.isnan(t) or not df > 0:
        return _NAN
    if math.isinf(t):
        return 0.0 if t > 0 else 1.0
    t2 = t * t
    # P(|T| > |t|) = I_x(df/2, 1/2) with x = df / (df + t^2).
    two_sided, _ = _beta_inc(df / 2.0, 0.5, df / (df + t2), t2 / (df + t2))
    return two_sided / 2.0 if t > 0 else 1.0 - two_sided / 2.0


def _t_pdf(t: float, df: float) -> float:
    log_pdf = (
        math.lgamma((df + 1.0) / 2.0)
        - math.lgamma(df / 2.0)
        - 0.5 * math.log(df * math.pi)
        - (df + 1.0) / 2.0 * math.log1p(t * t / df)
    )
    return math.exp(log_pdf)


def t_isf(alpha: float, df: float) -> float:
    """The t with P(T > t) = ``alpha`` (0 < alpha < 1): Newton's method on :func:`t_sf`,
    kept inside a bracket that bisection shrinks whenever a Newton step would leave it."""
    if not 0.0 < alpha < 1.0 or not df > 0:
        return _NAN
    if alpha > 0.5:
        return -t_isf(1.0 - alpha, df)
    if alpha == 0.5:
        return 0.0
    lo, hi = 0.0, 1.0
    while t_sf(hi, df) > alpha:
        lo, hi = hi, hi * 2.0
        if math.isinf(hi):
            return math.inf
    q = (lo + hi) / 2.0
    for _ in range(200):
        f = t_sf(q, df) - alpha
        if f > 0:
            lo = q
        else:
            hi = q
        slope = _t_pdf(q, df)
        step = f / slope if slope > 0 else math.inf
        nxt = q + step
        if not lo < nxt < hi:
            nxt = (lo + hi) / 2.0
        if abs(nxt - q) <= 4e-16 * abs(nxt) or hi - lo <= 4e-16 * hi:
            return nxt
        q = nxt
    return q


def norm_sf(z: float) -> float:
    """P(Z > z) for the standard normal distribution (``erfc``: precise in the far tail)."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def chi2_sf(x: float, k: float) -> float:
    """P(X > x) for chi-square with ``k`` degrees of freedom."""
    if math.isnan(x) or not k > 0:
        return _NAN
    return _gamma_q(k / 2.0, x / 2.0)


# -- estimates and tests -------------------------------------------------------------------


def _mean_var(values: Sequence[float]) -> tuple[int, float, float]:
    """Count, mean and sample variance (NaN for fewer than two values), both by fsum."""
    n = len(values)
    if min(values) == max(values):
        # The rounded mean of equal values can differ from them, faking a tiny variance.
        return n, float(values[0]), 0.0 if n > 1 else _NAN
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else _NAN
    return n, mean, var


def _check_level(level: float) -> None:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level: must be between 0 and 1 (exclusive), not {level!r}")


def mean_ci(values: Sequence[float], level: float = 0.95) -> tuple[float, float, float] | None:
    """``(mean, lo, hi)``: the mean and its two-sided t interval (scipy's
    ``t.interval(level, n - 1, mean, sem)``). None for no values; NaN bounds for one."""
    _check_level(level)
    if not values:
        return None
    n, mean, var = _mean_var(values)
    if n < 2:
        return mean, _NAN, _NAN
    half = t_isf((1.0 - level) / 2.0, n - 1) * math.sqrt(var / n)
    return mean, mean - half, mean + half


def proportion_ci(successes: int, n: int, level: float = 0.95) -> tuple[float, float, float] | None:
    """``(rate, lo, hi)``: the proportion and its Wilson score interval (no continuity
    correction); None for n = 0."""
    _check_level(level)
    if n <= 0:
        return None
    z = NormalDist().inv_cdf(1.0 - (1.0 - level) / 2.0)
    p = successes / n
    z2n = z * z / n
    center = (p + z2n / 2.0) / (1.0 + z2n)
    half = z / (1.0 + z2n) * math.sqrt(p * (1.0 - p) / n + z2n / (4.0 * n))
    return p, max(0.0, center - half), min(1.0, center + half)


def welch_t(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float] | None:
    """``(t, df, p)``: Welch's unequal-variances t-test of mean(a) - mean(b), p two-sided
    (scipy's ``ttest_ind(a, b, equal_var=False)``). None when a side has fewer than two
    values or both have no variance."""
    if len(a) < 2 or len(b) < 2:
        return None
    na, mean_a, var_a = _mean_var(a)
    nb, mean_b, var_b = _mean_var(b)
    sa, sb = var_a / na, var_b / nb
    se2 = sa + sb
    if not se2 > 0:
        return None
    t = (mean_a - mean_b) / math.sqrt(se2)
    df = se2 * se2 / (sa * sa / (na - 1) + sb * sb / (nb - 1))
    return t, df, min(1.0, 2.0 * t_sf(abs(t), df))


def two_proportion_z(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float] | None:
    """``(z, p)``: the pooled two-proportion z-test of x1/n1 - x2/n2, p two-sided. None when
    a side is empty or the pooled rate is 0 or 1 (no variance)."""
    if n1 <= 0 or n2 <= 0:
        return None
    pooled = (x1 + x2) / (n1 + n2)
    se2 = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)
    if not se2 > 0:
        return None
    z = (x1 / n1 - x2 / n2) / math.sqrt(se2)
    return z, min(1.0, 2.0 * norm_sf(abs(z)))


def chi_square_gof(
    observed: Sequence[int | float], expected_weights: Sequence[float]
) -> tuple[float, float] | None:
    """``(chi2, p)``: Pearson's goodness of fit of ``observed`` counts to ``expected_weights``
    scaled to the observed total (scipy's ``chisquare``), k - 1 degrees of freedom. None for
    fewer than two categories, no observations, or a weight that is not > 0."""
    if len(observed) != len(expected_weights):
        raise ValueError("observed and expected_weights must have the same length")
    total = math.fsum(observed)
    weight_sum = math.fsum(expected_weights)
    if len(observed) < 2 or not total > 0 or not all(w > 0 for w in expected_weights):
        return None
    expected = [total * w / weight_sum for w in expected_weights]
    chi2 = math.fsum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True))
    return chi2, chi2_sf(chi2, len(observed) - 1)
