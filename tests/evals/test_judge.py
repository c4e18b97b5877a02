"""llm-rubric and g-eval against a scripted fake judge: lenient parsing, validation, retries
with the problem shown to the judge, and every judge failure an ERROR (ScoreError), never a
FAIL and never NaN."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from lmops.evals.calls import Message
from lmops.evals.metrics import g_eval, llm_rubric
from lmops.evals.metrics.judge import (
    JUDGE_RETRIES,
    JudgeAnswerError,
    check_g_eval,
    parse_json_object,
)
from lmops.evals.score import JUDGED, METRICS, SLOW, ScoreError
from lmops.evals.suite import SuiteError, load_suite


class FakeJudge:
    """Answers from a script, one per call (the last repeats); an exception in the script is
    raised. Records every conversation it was sent."""

    def __init__(self, *answers: str | BaseException) -> None:
        self.answers = list(answers)
        self.calls: list[list[dict[str, Any]]] = []
        self.json_modes: list[bool] = []

    def complete(self, messages: Sequence[Message], *, json_mode: bool = True) -> str:
        self.calls.append([dict(m) for m in messages])
        self.json_modes.append(json_mode)
        answer = self.answers[min(len(self.calls), len(self.answers)) - 1]
        if isinstance(answer, BaseException):
            raise answer
        return answer


def test_registered_as_judged_and_slow() -> None:
    for name, fn in (("llm-rubric", llm_rubric), ("g-eval", g_eval)):
        assert METRICS[name] is fn
        assert name in JUDGED and name in SLOW


@pytest.mark.parametrize(
    "text",
    [
        '{"pass": true, "score": 1}',
        '  \n{"pass": true, "score": 1}\n',
        'Here you go:\n```json\n{"pass": true, "score": 1}\n```\nHope that helps.',
        '```\n{"pass": true, "score": 1}\n```',
        'I think {"pass": true, "score": 1} is right; {"pass": false}',
        'Sets like {a, b} are not JSON, but {"pass": true, "score": 1} is.',
    ],
)
def test_parse_finds_the_object(text: str) -> None:
    assert parse_json_object(text) == {"pass": True, "score": 1}


def test_parse_keeps_braces_inside_strings() -> None:
    got = parse_json_object('Answer: {"reason": "uses {braces} and \\"quotes\\"", "pass": false}')
    assert got == {"reason": 'uses {braces} and "quotes"', "pass": False}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "I cannot grade this.",
        "[1, 2, 3]",
        '{"pass": true, "score": NaN}',
        '{"score": Infinity}',
        '{"pass": true,',  # cut off
        "```json\n{'pass': True}\n```",  # a Python dict, not JSON
    ],
)
def test_parse_refuses(text: str) -> None:
    with pytest.raises(JudgeAnswerError):
        parse_json_object(text)


def test_rubric_pass_with_reason_and_score() -> None:
    judge = FakeJudge('{"reason": "Polite and correct.", "pass": true, "score": 0.9}')
    score = llm_rubric("Paris.", value="is polite", judge=judge, prompt="Capital of France?")
    assert (score.value, score.passed, score.reason) == (0.9, True, "Polite and correct.")
    assert judge.json_modes == [True]
    user = judge.calls[0][-1]["content"]
    assert "<output>\nParis.\n</output>" in user
    assert "<rubric>\nis polite\n</rubric>" in user
    assert "Capital of France?" in user
    assert "JSON" in judge.calls[0][0]["content"]


def test_rubric_fail_and_default_score() -> None:
    score = llm_rubric("x", value="r", judge=FakeJudge('{"pass": "no", "reason": "rude"}'))
    assert (score.value, score.passed, score.reason) == (0.0, False, "rude")
    score = llm_rubric("x", value="r", judge=FakeJudge('{"pass": true}'))
    assert (score.value, score.passed) == (1.0, True)


def test_garbage_is_retried_with_the_problem_then_accepted() -> None:
    judge = FakeJudge("Sure! The output is great.", '{"pass": true, "score": 0.8}')
    score = llm_rubric("out", value="rubric", judge=judge)
    assert (score.value, score.passed) == (0.8, True)
    assert len(judge.calls) == 2
    retry = judge.calls[1]
    assert retry[: len(judge.calls[0])] == judge.calls[0]
    assert retry[-2] == {"role": "assistant", "content": "Sure! The output is great."}
    assert "no JSON object" in retry[-1]["content"]


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("no json here", "no JSON object"),
        ('{"pass": true, "score": 1.7}', "between 0 and 1"),
        ('{"pass": true, "score": -0.1}', "between 0 and 1"),
        ('{"pass": true, "score": NaN}', "no JSON object"),
        ('{"pass": true, "score": "high"}', "must be a number"),
        ('{"pass": "maybe", "score": 0.5}', "true or false"),
        ('{"score": 0.5}', '"pass" is missing'),
    ],
)
def test_unusable_answers_end_as_error_after_retries(answer: str, problem: str) -> None:
    judge = FakeJudge(answer)
    with pytest.raises(ScoreError, match="llm-rubric") as info:
        llm_rubric("out", value="rubric", judge=judge)
    assert problem in str(info.value)
    assert len(judge.calls) == 1 + JUDGE_RETRIES == 3


@pytest.mark.parametrize("error", [RuntimeError("connection reset"), ScoreError("judge timed out")])
def test_a_judge_that_raises_is_an_error_not_retried(error: Exception) -> None:
    judge = FakeJudge(error)
    with pytest.raises(ScoreError, match=str(error)):
        llm_rubric("out", value="rubric", judge=judge)
    assert len(judge.calls) == 1
    with pytest.raises(ScoreError, match=str(error)):
        g_eval("out", value="criteria", judge=FakeJudge(error))


def test_no_judge_is_an_error() -> None:
    with pytest.raises(ScoreError, match=r"options\.judge"):
        llm_rubric("out", value="rubric", judge=None)
    with pytest.raises(ScoreError, match=r"options\.judge"):
        g_eval("out", value="criteria")


@pytest.mark.parametrize(
    "answer",
    [
        '{"pass": true, "score": 0.25}',
        '{"pass": false, "score": 1e-9}',
        '{"pass": true, "score": 1e999}',  # inf
        '{"pass": true, "score": "nan"}',
        '{"pass": 1, "score": 0.5}',
        '{"score": 2, "pass": false}',
        "null",
        "{}",
        '{"pass": false, "score": 0}',
        '{"pass": true, "score": true}',
    ],
)
def test_never_nan(answer: str) -> None:
    """Whatever the judge says, the result is a finite value in 0..1 or an ERROR."""
    for metric, value in ((llm_rubric, "r"), (g_eval, {"criteria": "c", "steps": ["s"]})):
        try:
            score = metric("out", value=value, judge=FakeJudge(answer))
        except ScoreError:
            continue
        assert score.value is not None and math.isfinite(score.value)
        assert 0.0 <= score.value <= 1.0


def test_g_eval_writes_steps_then_scores() -> None:
    judge = FakeJudge(
        '{"steps": ["Check the facts.", "Check the tone."]}',
        '```json\n{"reason": "Mostly right.", "score": 4}\n```',
    )
    score = g_eval("Paris is big.", value="accuracy", judge=judge, prompt="Q?", reference="Paris")
    assert (score.value, score.passed) == (0.75, True)
    assert score.reason == "4/5: Mostly right."
    assert len(judge.calls) == 2
    assert "<criteria>\naccuracy\n</criteria>" in judge.calls[0][-1]["content"]
    scoring = judge.calls[1][-1]["content"]
    assert "1. Check the facts.\n2. Check the tone." in scoring
    assert "<expected output>\nParis\n</expected output>" in scoring
    assert "<input>\nQ?\n</input>" in scoring


def test_g_eval_expected_output_as_the_runner_passes_it() -> None:
    """The runner passes a string value as ``reference``: then the test's own reference (its
    vars) is the expected output, never the criteria."""
    judge = FakeJudge('{"score": 5}')
    value = {"criteria": "accuracy", "steps": ["s"]}
    g_eval("o", value=value, judge=judge, reference="Paris", vars={"reference": "x"})
    assert "<expected output>\nParis\n" in judge.calls[0][-1]["content"]
    judge = FakeJudge('{"steps": ["s"]}', '{"score": 5}')
    g_eval("o", value="accuracy", reference="accuracy", vars={"reference": "Rome"}, judge=judge)
    assert "<expected output>\nRome\n" in judge.calls[1][-1]["content"]
    judge = FakeJudge('{"steps": ["s"]}', '{"score": 5}')
    g_eval("o", value="accuracy", reference="accuracy", vars={}, judge=judge)
    assert "expected output" not in judge.calls[1][-1]["content"]


@pytest.mark.parametrize(
    ("stated", "value", "passed"),
    [(1, 0.0, False), (2.5, 0.375, False), (3, 0.5, True), (5, 1.0, True)],
)
def test_g_eval_normalises(stated: float, value: float, passed: bool) -> None:
    judge = FakeJudge(f'{{"score": {stated}}}')
    score = g_eval("o", value={"criteria": "c", "steps": ["look"]}, judge=judge)
    assert (score.value, score.passed) == (value, passed)
    assert len(judge.calls) == 1  # given steps: no step-writing call


def test_g_eval_out_of_range_and_bad_steps_are_errors() -> None:
    with pytest.raises(ScoreError, match="between 1 and 5, not 6"):
        g_eval("o", value={"criteria": "c", "steps": ["s"]}, judge=FakeJudge('{"score": 6}'))
    with pytest.raises(ScoreError, match="steps"):
        g_eval("o", value="c", judge=FakeJudge('{"steps": []}'))
    judge = FakeJudge('{"steps": "one"}', '{"steps": ["a"]}', '{"score": 0}')
    with pytest.raises(ScoreError, match="between 1 and 5"):
        g_eval("o", value="c", judge=judge)
    assert len(judge.calls) == 2 + 1 + JUDGE_RETRIES


@pytest.mark.parametrize(
    "value", [None, "", 3, {"criteria": ""}, {"criteria": "c", "steps": [1]}, {"x": "c"}]
)
def test_g_eval_value_checked(value: Any) -> None:
    with pytest.raises(ValueError, match="g-eval needs"):
        check_g_eval(value)


def _suite(folder: Path, asserts: str, options: str = "options: {judge: mock}") -> Path:
    path = folder / "suite.yaml"
    text = f"""
        prompts: ["Say {{{{ x }}}}"]
        targets: [mock]
        tests:
          - vars: {{x: hi}}
            assert: {asserts}
        {options}
        """
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_suite_load_checks_values_and_needs_a_judge(tmp_path: Path) -> None:
    ok = load_suite(_suite(tmp_path, '[{type: llm-rubric, value: "is short"}]'), environ={})
    assert ok.judge is not None and ok.tests[0].asserts[0].metric_name == "llm-rubric"
    with pytest.raises(SuiteError, match=r"value: llm-rubric needs the rubric"):
        load_suite(_suite(tmp_path, "[{type: llm-rubric, value: 3}]"), environ={})
    with pytest.raises(SuiteError, match="g-eval needs"):
        load_suite(_suite(tmp_path, "[{type: g-eval, value: {steps: [a]}}]"), environ={})
    with pytest.raises(SuiteError, match=r"set options\.judge"):
        load_suite(_suite(tmp_path, "[{type: g-eval, value: c}]", options=""), environ={})
