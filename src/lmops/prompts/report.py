"""The report of an experiment: per variant, what happened and how it compares with control.

Per variant: the requests it got and their share against its weight; the mean feedback score
(of the requests that have one), latency and cost (of the requests whose cost is known) with
95% t intervals; the error rate (status >= 400) with its Wilson interval. Each other variant is
compared with control: the difference of the means (Welch's t-test) and of the error rates
(pooled two-proportion z-test), with two-sided p-values. The sample-ratio-mismatch check is a
chi-square goodness of fit of the counts to the weights; ``p < 0.001`` flags a mismatch, which
means the split itself is broken (a bug, or a filter that drops one arm's requests) and no
other figure of the report can be trusted.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.table import Table

from lmops.prompts.experiment_store import ArmRow
from lmops.prompts.model import Experiment
from lmops.prompts.stats import chi_square_gof, mean_ci, proportion_ci, two_proportion_z, welch_t

__all__ = [
    "SRM_ALPHA",
    "Comparison",
    "ErrorRate",
    "ExperimentReport",
    "MeanEstimate",
    "SampleRatio",
    "VariantReport",
    "experiment_report",
    "report_table",
]

SRM_ALPHA = 0.001
ERROR_STATUS = 400  # a request with this status or above counts as an error


@dataclass(frozen=True, slots=True)
class MeanEstimate:
    """The mean of ``n`` values and its 95% t interval (None where it does not exist)."""

    n: int
    mean: float | None
    lo: float | None
    hi: float | None


@dataclass(frozen=True, slots=True)
class ErrorRate:
    """``errors`` of ``n`` requests failed (status >= 400); rate and its 95% Wilson interval."""

    n: int
    errors: int
    rate: float | None
    lo: float | None
    hi: float | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Variant minus control, the test's statistic and its two-sided p-value (None when the
    test cannot be computed: too few values, or no variance)."""

    test: str  # "welch_t" or "two_proportion_z"
    difference: float | None
    statistic: float | None
    p_value: float | None
    df: float | None = None  # Welch's degrees of freedom


@dataclass(frozen=True, slots=True)
class VariantReport:
    """One variant's figures; ``vs_control`` maps metric to comparison (empty for control)."""

    name: str
    is_control: bool
    n: int
    share: float | None
    expected_share: float
    score: MeanEstimate
    latency_ms: MeanEstimate
    cost_usd: MeanEstimate
    cost_unknown: int  # requests left out of cost_usd: their cost is not known
    error_rate: ErrorRate
    vs_control: dict[str, Comparison]


@dataclass(frozen=True, slots=True)
class SampleRatio:
    """Chi-square of the assignment counts against the weights; ``mismatch`` when p < 0.001."""

    chi2: float | None
    p_value: float | None
    mismatch: bool


@dataclass(frozen=True, slots=True)
class ExperimentReport:
    experiment: str
    target_kind: str
    target: str
    status: str
    control: str
    n: int
    variants: tuple[VariantReport, ...]
    srm: SampleRatio
    # Requests logged under a variant the experiment no longer has: counted, not reported.
    unknown_variants: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """JSON values (no NaN or infinity: a figure that does not exist is null)."""
        data: dict[str, Any] = _finite(dataclasses.asdict(self))
        return data


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _estimate(values: Sequence[float]) -> MeanEstimate:
    found = mean_ci(values)
    if found is None:
        return MeanEstimate(0, None, None, None)
    mean, lo, hi = (None if math.isnan(v) else v for v in found)
    return MeanEstimate(len(values), mean, lo, hi)


def _error_rate(rows: Sequence[ArmRow]) -> ErrorRate:
    errors = sum(1 for r in rows if r.status_code >= ERROR_STATUS)
    found = proportion_ci(errors, len(rows))
    if found is None:
        return ErrorRate(0, 0, None, None, None)
    return ErrorRate(len(rows), errors, *found)


@dataclass(frozen=True, slots=True)
class _Arm:
    rows: list[ArmRow]
    scores: list[float]
    latencies: list[float]
    costs: list[float]

    @classmethod
    def of(cls, rows: list[ArmRow]) -> _Arm:
        return cls(
            rows,
            [r.score for r in rows if r.score is not None],
            [r.latency_ms for r in rows],
            [r.cost_usd for r in rows if r.cost_usd is not None],
        )


def _welch(variant: list[float], control: list[float]) -> Comparison:
    difference = None
    if variant and control:
        difference = math.fsum(variant) / len(variant) - math.fsum(control) / len(control)
    found = welch_t(variant, control)
    if found is None:
        return Comparison("welch_t", difference, None, None)
    t, df, p = found
    return Comparison("welch_t", difference, t, p, df)


def _z(variant: ErrorRate, control: ErrorRate) -> Comparison:
    difference = None
    if variant.rate is not None and control.rate is not None:
        difference = variant.rate - control.rate
    found = two_proportion_z(variant.errors, variant.n, control.errors, control.n)
    z, p = found if found is not None else (None, None)
    return Comparison("two_proportion_z", difference, z, p)


def experiment_report(experiment: Experiment, rows: Sequence[ArmRow]) -> ExperimentReport:
    """The report of ``experiment`` from its logged requests (``ExperimentStore.arm_rows``)."""
    names = [v.name for v in experiment.variants]
    grouped: dict[str, list[ArmRow]] = {name: [] for name in names}
    unknown: dict[str, int] = {}
    for row in rows:
        if row.variant in grouped:
            grouped[row.variant].append(row)
        else:
            unknown[row.variant] = unknown.get(row.variant, 0) + 1
    arms = {name: _Arm.of(grouped[name]) for name in names}
    total = sum(len(arm.rows) for arm in arms.values())
    weight_sum = math.fsum(v.weight for v in experiment.variants)
    control = arms[experiment.control]
    control_errors = _error_rate(control.rows)
    reports = []
    for variant in experiment.variants:
        arm = arms[variant.name]
        errors = _error_rate(arm.rows)
        is_control = variant.name == experiment.control
        vs_control = {}
        if not is_control:
            vs_control = {
                "score": _welch(arm.scores, control.scores),
                "latency_ms": _welch(arm.latencies, control.latencies),
                "cost_usd": _welch(arm.costs, control.costs),
                "error_rate": _z(errors, control_errors),
            }
        reports.append(
            VariantReport(
                name=variant.name,
                is_control=is_control,
                n=len(arm.rows),
                share=len(arm.rows) / total if total else None,
                expected_share=variant.weight / weight_sum,
                score=_estimate(arm.scores),
                latency_ms=_estimate(arm.latencies),
                cost_usd=_estimate(arm.costs),
                cost_unknown=len(arm.rows) - len(arm.costs),
                error_rate=errors,
                vs_control=vs_control,
            )
        )
    return ExperimentReport(
        experiment=experiment.name,
        target_kind=experiment.target_kind,
        target=experiment.target,
        status=experiment.status,
        control=experiment.control,
        n=total,
        variants=tuple(reports),
        srm=_sample_ratio(experiment, [len(arms[name].rows) for name in names]),
        unknown_variants=unknown,
    )


def _sample_ratio(experiment: Experiment, counts: list[int]) -> SampleRatio:
    found = chi_square_gof(counts, [v.weight for v in experiment.variants])
    if found is None:
        return SampleRatio(None, None, False)
    chi2, p = found
    return SampleRatio(chi2, p, p < SRM_ALPHA)


# -- the CLI's table -----------------------------------------------------------------------


def _num(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def _p(value: float | None) -> str:
    if value is None:
        return "p=-"
    return "p<0.001" if value < 0.001 else f"p={value:.3f}"


def _mean_cell(estimate: MeanEstimate, fmt: str, comparison: Comparison | None) -> str:
    cell = f"{_num(estimate.mean, fmt)} [{_num(estimate.lo, fmt)}, {_num(estimate.hi, fmt)}]"
    if comparison is not None:
        sign = "+" if (comparison.difference or 0.0) >= 0 else ""
        cell += f"\n{sign}{_num(comparison.difference, fmt)} ({_p(comparison.p_value)})"
    return cell


def _rate_cell(rate: ErrorRate, comparison: Comparison | None) -> str:
    fmt = ".2%"
    cell = f"{_num(rate.rate, fmt)} [{_num(rate.lo, fmt)}, {_num(rate.hi, fmt)}]"
    if comparison is not None:
        sign = "+" if (comparison.difference or 0.0) >= 0 else ""
        cell += f"\n{sign}{_num(comparison.difference, fmt)} ({_p(comparison.p_value)})"
    return cell


def report_table(report: ExperimentReport) -> Table:
    """The report as one table: a row per variant, means with [95% CI] and, under them for the
    non-control variants, the difference to control and its p-value; the SRM check in the
    caption."""
    table = Table(title=f"experiment {report.experiment} ({report.target_kind} {report.target})")
    for header in ("variant", "n", "share (weight)", "score", "latency ms", "cost $", "errors"):
        table.add_column(header, justify="left" if header == "variant" else "right")
    columns: list[tuple[str, Callable[[VariantReport, Comparison | None], str]]] = [
        ("score", lambda v, c: f"{_mean_cell(v.score, '.3f', c)}\n(n={v.score.n})"),
        ("latency_ms", lambda v, c: _mean_cell(v.latency_ms, ".1f", c)),
        ("cost_usd", lambda v, c: _mean_cell(v.cost_usd, ".6f", c)),
        ("error_rate", lambda v, c: _rate_cell(v.error_rate, c)),
    ]
    for variant in report.variants:
        name = f"{variant.name} (control)" if variant.is_control else variant.name
        share = f"{_num(variant.share, '.1%')} ({variant.expected_share:.1%})"
        cells = [render(variant, variant.vs_control.get(key)) for key, render in columns]
        table.add_row(name, str(variant.n), share, *cells)
    srm = report.srm
    verdict = "MISMATCH: the split is broken" if srm.mismatch else "ok"
    table.caption = f"sample ratio: chi2={_num(srm.chi2, '.3f')} {_p(srm.p_value)} {verdict}" + (
        f"; unknown variants: {report.unknown_variants}" if report.unknown_variants else ""
    )
    return table
