"""The eval runner's scoring: the metric calling convention, metrics that raise (ERROR, never
FAIL), the judge and embeddings models reached from worker threads through the bridges."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lmops.evals.calls import CallError, Completion, Judge, Message
from lmops.evals.runner import MemoryCache, run_suite
from lmops.evals.score import Score, ScoreError, metric
from lmops.evals.suite import Target
from tests.evals.runner_fakes import FakeCaller, write_suite

_seen: dict[str, Any] = {}


@metric("runner-test-judged", judged=True)
def _judged(output: str, *, judge: Judge | None = None, **context: Any) -> Score:
    assert judge is not None
    _seen.update(context)
    verdict = json.loads(judge.complete([{"role": "user", "content": f"grade: {output}"}]))
    return Score(1.0 if verdict["pass"] else 0.0, bool(verdict["pass"]), "judged")


@metric("runner-test-raises")
def _raises(output: str, **_: Any) -> Score:
    if "boom" in output:
        raise ScoreError("the judge said nothing useful")
    raise KeyError("surprise")


JUDGED = """
    prompts: ["{{ q }}"]
    targets: [m]
    tests:
      - vars: {q: good}
        assert: [{type: runner-test-judged}]
      - vars: {q: bad, reference: the ref}
        assert: [{type: runner-test-judged}]
    options: {judge: grader, retries: 0, concurrency: 1}
"""


def _grader(target: Target, messages: Sequence[Message], params: Mapping[str, Any]) -> str:
    if target.id != "grader":
        return str(messages[-1]["content"])
    assert params == {"temperature": 0, "response_format": {"type": "json_object"}}
    return json.dumps({"pass": "good" in messages[-1]["content"]})


async def test_judge_bridge_calls_through_the_cached_caller(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, JUDGED)
    cache = MemoryCache()
    caller = FakeCaller(_grader)
    run = await run_suite(suite, caller, cache=cache)
    assert [c.status for c in run.cells] == ["passed", "failed"]
    assert [t for t, _, _ in caller.calls].count("grader") == 2
    assert _seen["reference"] == "the ref" == _seen["vars"]["reference"]
    assert _seen["prompt"] == "bad" and _seen["base_dir"] == tmp_path
    assert (_seen["latency_ms"], _seen["cost_usd"]) == (12.5, 0.001)
    assert len(cache) == 4  # two answers, two judgements
    calls = len(caller.calls)
    again = await run_suite(suite, caller, cache=cache)
    assert len(caller.calls) == calls and [c.status for c in again.cells] == ["passed", "failed"]


async def test_a_judge_that_fails_scores_error_not_fail(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, JUDGED)

    class JudgeDown(FakeCaller):
        async def complete(self, target: Target, *args: Any) -> Completion:
            if target.id == "grader":
                raise CallError("judge timed out", retryable=False)
            return await super().complete(target, *args)

    run = await run_suite(suite, JudgeDown())
    assert [c.status for c in run.cells] == ["error", "error"]
    score = run.cells[0].scores[0]
    assert score.error and score.value is None and not score.passed
    assert score.reason == "judge grader: judge timed out"


async def test_metrics_that_raise_are_errors_and_negation_never_passes_them(
    tmp_path: Path,
) -> None:
    suite = write_suite(
        tmp_path,
        """
        prompts: ["{{ q }}"]
        targets: [m]
        tests:
          - vars: {q: boom}
            assert: [{type: runner-test-raises}, {type: contains, value: boom}]
          - vars: {q: other}
            assert: [{type: not-runner-test-raises}]
        """,
    )
    run = await run_suite(suite, FakeCaller(lambda t, m, p: str(m[-1]["content"])))
    boom, other = run.cells
    assert boom.status == "error" and boom.output == "boom"
    assert boom.scores[0].reason == "the judge said nothing useful" and boom.scores[1].passed
    assert other.status == "error" and other.scores[0].error and not other.scores[0].passed
    assert other.scores[0].reason == "KeyError: 'surprise'"


SIMILAR = """
    prompts: ["{{ q }}"]
    targets: [m]
    tests:
      - vars: {q: Paris is it}
        assert: [{type: similar, value: paris}]
      - vars: {q: Rome}
        assert: [{type: similar, value: paris}]
"""


async def test_slow_metrics_use_the_given_encoder(tmp_path: Path) -> None:
    class Fixed:
        def sentences(self, texts: Sequence[str]) -> Any:
            return np.array([[1.0, 0.0] if "aris" in t else [0.0, 1.0] for t in texts], "f4")

        def tokens(self, texts: Sequence[str]) -> Any:
            raise AssertionError

    suite = write_suite(tmp_path, SIMILAR)
    run = await run_suite(suite, FakeCaller(lambda t, m, p: str(m[-1]["content"])), encoder=Fixed())
    assert [(c.status, c.scores[0].value) for c in run.cells] == [("passed", 1.0), ("failed", 0.0)]


async def test_embeddings_model_group_through_the_bridge(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, SIMILAR + "    options: {embeddings: embedder}\n")
    caller = FakeCaller(lambda t, m, p: str(m[-1]["content"]))
    run = await run_suite(suite, caller)
    assert [c.status for c in run.cells] == ["passed", "failed"]
    assert sorted(map(sorted, caller.embedded)) == [["Paris is it", "paris"], ["Rome", "paris"]]
