from __future__ import annotations

import json
import math
from datetime import UTC, datetime

import pytest
from rich.console import Console
from scipy import stats as sps

from lmops.prompts.experiment_store import ArmRow
from lmops.prompts.model import Experiment, Variant
from lmops.prompts.report import experiment_report, report_table

T0 = datetime(2024, 12, 1, tzinfo=UTC)
REL = 1e-9


def experiment(weights: tuple[float, ...] = (1, 1, 2)) -> Experiment:
    names = ("a", "b", "c")[: len(weights)]
    variants = tuple(
        Variant(n, w, prompt=str(i + 1)) for i, (n, w) in enumerate(zip(names, weights))
    )
    return Experiment(
        "exp_1", "tone", "prompt", "support", variants, "a", "s", "running", "", "cli", T0, T0
    )


# Per variant: (score or None, latency, cost or None, status).
DATA: dict[str, list[tuple[float | None, float, float | None, int]]] = {
    "a": [
        (4.0, 120.0, 0.0010, 200),
        (5.0, 98.5, 0.0012, 200),
        (3.0, 143.2, None, 200),
        (None, 110.0, 0.0011, 500),
        (4.0, 101.7, 0.0009, 200),
        (2.0, 180.3, 0.0014, 429),
        (None, 125.1, 0.0010, 200),
        (4.5, 117.6, 0.0013, 200),
        (3.5, 104.4, 0.0010, 200),
        (5.0, 99.9, 0.0011, 200),
    ],
    "b": [
        (3.0, 210.0, 0.0021, 200),
        (2.0, 188.4, 0.0019, 502),
        (3.5, 230.9, 0.0025, 200),
        (None, 199.1, None, 200),
        (2.5, 205.5, 0.0022, 200),
        (3.0, 260.2, 0.0030, 200),
        (4.0, 190.0, 0.0020, 200),
        (2.0, 201.0, 0.0023, 200),
    ],
    "c": [
        (4.0, 90.0, 0.0005, 200),
        (4.0, 95.5, 0.0006, 200),
        (5.0, 87.3, 0.0005, 200),
        (4.5, 99.0, 0.0007, 200),
        (None, 91.2, 0.0005, 200),
        (3.0, 84.4, 0.0006, 400),
        (4.0, 93.9, 0.0005, 200),
        (5.0, 88.8, 0.0004, 200),
        (4.0, 96.1, 0.0006, 200),
        (4.5, 92.2, 0.0005, 200),
        (4.0, 89.9, 0.0005, 200),
        (3.5, 94.4, None, 200),
    ],
}


def rows() -> list[ArmRow]:
    out = []
    for variant, items in DATA.items():
        for i, (score, latency, cost, status) in enumerate(items):
            out.append(ArmRow(f"{variant}{i}", variant, latency, cost, status, score))
    out.append(ArmRow("gone1", "retired", 1.0, None, 200, None))
    return out


def column(variant: str, index: int) -> list[float]:
    return [item[index] for item in DATA[variant] if item[index] is not None]  # type: ignore[misc]


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, float(b), rel_tol=REL)


def test_report_numbers_equal_scipys() -> None:
    report = experiment_report(experiment(), rows())
    assert report.n == 30 and report.control == "a" and report.unknown_variants == {"retired": 1}
    by_name = {v.name: v for v in report.variants}
    for name, index, metric in [("a", 0, "score"), ("b", 1, "latency_ms"), ("c", 2, "cost_usd")]:
        values = column(name, index)
        estimate = getattr(by_name[name], metric)
        low, high = sps.t.interval(
            0.95, len(values) - 1, loc=sps.tmean(values), scale=sps.sem(values)
        )
        assert estimate.n == len(values)
        assert close(estimate.mean, sps.tmean(values))
        assert close(estimate.lo, low) and close(estimate.hi, high)
    b = by_name["b"]
    assert (b.n, b.share, b.expected_share, b.cost_unknown) == (8, 8 / 30, 0.25, 1)
    assert by_name["a"].cost_unknown == 1 and by_name["a"].vs_control == {}
    assert by_name["a"].is_control and not b.is_control
    for metric, index in [("score", 0), ("latency_ms", 1), ("cost_usd", 2)]:
        comparison = b.vs_control[metric]
        expected = sps.ttest_ind(column("b", index), column("a", index), equal_var=False)
        assert comparison.test == "welch_t"
        assert close(comparison.statistic, expected.statistic)
        assert close(comparison.p_value, expected.pvalue)
        assert close(comparison.df, expected.df)
        assert close(
            comparison.difference, sps.tmean(column("b", index)) - sps.tmean(column("a", index))
        )
    errors = b.error_rate
    assert (errors.n, errors.errors) == (8, 1)
    wilson = sps.binomtest(1, 8).proportion_ci(0.95, method="wilson")
    assert close(errors.lo, wilson.low) and close(errors.hi, wilson.high)
    z_test = b.vs_control["error_rate"]
    pooled = (1 + 2) / (8 + 10)
    z = (1 / 8 - 2 / 10) / math.sqrt(pooled * (1 - pooled) * (1 / 8 + 1 / 10))
    assert close(z_test.statistic, z) and close(z_test.p_value, 2 * sps.norm.sf(abs(z)))
    assert close(z_test.difference, 1 / 8 - 2 / 10)
    chi = sps.chisquare([10, 8, 12], [7.5, 7.5, 15])
    assert close(report.srm.chi2, chi.statistic) and close(report.srm.p_value, chi.pvalue)
    assert report.srm.mismatch is False


def test_sample_ratio_mismatch_is_flagged() -> None:
    many = [ArmRow(f"a{i}", "a", 1.0, None, 200, None) for i in range(600)]
    many += [ArmRow(f"b{i}", "b", 1.0, None, 200, None) for i in range(400)]
    report = experiment_report(experiment((1, 1)), many)
    chi = sps.chisquare([600, 400])
    assert close(report.srm.p_value, chi.pvalue) and report.srm.mismatch is True
    # Constant latency and no scores, costs or errors: nothing to test, nothing raises.
    b = report.variants[1]
    assert b.vs_control["latency_ms"].p_value is None
    assert b.vs_control["latency_ms"].difference == 0.0
    assert b.vs_control["score"].difference is None and b.score.mean is None
    assert b.vs_control["error_rate"].p_value is None and b.error_rate.rate == 0.0


def test_empty_experiment_reports_without_numbers() -> None:
    report = experiment_report(experiment(), [])
    assert report.n == 0 and report.srm.chi2 is None and not report.srm.mismatch
    assert all(v.share is None and v.error_rate.rate is None for v in report.variants)
    json.dumps(report.to_json(), allow_nan=False)


def test_to_json_is_strict_json_with_nulls_for_missing_figures() -> None:
    one_each = [ArmRow("a0", "a", 5.0, 0.1, 200, 4.0), ArmRow("b0", "b", 6.0, None, 503, None)]
    data = experiment_report(experiment((1, 1)), one_each).to_json()
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text) == data
    a, b = data["variants"]
    assert a["score"] == {"n": 1, "mean": 4.0, "lo": None, "hi": None}
    assert b["vs_control"]["latency_ms"]["p_value"] is None
    assert b["vs_control"]["latency_ms"]["difference"] == pytest.approx(1.0)
    assert data["srm"] == {"chi2": 0.0, "p_value": 1.0, "mismatch": False}
    assert set(data) >= {"experiment", "control", "n", "variants", "srm"}


def test_report_table_renders_every_variant_and_the_srm_check() -> None:
    table = report_table(experiment_report(experiment(), rows()))
    console = Console(width=200, record=True, color_system=None)
    console.print(table)
    text = console.export_text()
    lines = text.splitlines()
    assert any(line.startswith("│ a (control) │ 10 │") for line in lines)
    assert any(line.startswith("│ b           │  8 │") for line in lines)
    assert "-1.018 (p=0.046)" in text  # b's score vs control
    assert "+90.6 (p<0.001)" in text  # b's latency vs control
    assert "sample ratio: chi2=1.467 p=0.480 ok; unknown variants: {'retired': 1}" in text
    assert len(table.rows) == 3
