"""The ``python`` assertion: user functions from files beside the suite, each return shape, and
every load or run failure an ERROR (ScoreError)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from lmops.evals.assertions import python_assertion
from lmops.evals.assertions.python import parse_target, to_score
from lmops.evals.score import JUDGED, METRICS, SLOW, Score, ScoreError
from lmops.evals.suite import SuiteError, load_suite


def _file(folder: Path, body: str, name: str = "checks.py") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


def test_registered_slow_not_judged() -> None:
    assert METRICS["python"] is python_assertion
    assert "python" in SLOW and "python" not in JUDGED


@pytest.mark.parametrize(
    ("value", "target"),
    [
        ("checks.py:is_polite", ("checks.py", "is_polite")),
        ("file://sub/checks.py:f", ("sub/checks.py", "f")),
        ("checks.py", ("checks.py", "get_assert")),
        (" checks.py:f ", ("checks.py", "f")),
    ],
)
def test_parse_target(value: str, target: tuple[str, str]) -> None:
    assert parse_target(value) == target


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "file.py:function"),
        (3, "file.py:function"),
        ("", "file.py:function"),
        ("checks.txt:f", "needs a .py file"),
        ("checks.py:not-a-name", "not a function name"),
        ("checks.py:", "not a function name"),
    ],
)
def test_parse_target_refuses(value: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_target(value)


def test_function_gets_output_and_context(tmp_path: Path) -> None:
    _file(
        tmp_path,
        """
        SEEN = []

        def check(output, context):
            SEEN.append(context)
            return output.endswith("!") and context["vars"]["tone"] == "loud"
        """,
    )
    score = python_assertion(
        "Hi!",
        value="checks.py:check",
        base_dir=tmp_path,
        vars={"tone": "loud"},
        prompt="Greet",
        reference="Hello!",
        latency_ms=12.0,
        cost_usd=None,
    )
    assert (score.value, score.passed, score.reason) == (1.0, True, "checks.py:check returned True")
    assert not python_assertion("Hi.", value="checks.py:check", base_dir=tmp_path, vars={}).passed


@pytest.mark.parametrize(
    ("result", "value", "passed", "reason"),
    [
        (True, 1.0, True, "f.py:f returned True"),
        (False, 0.0, False, "f.py:f returned False"),
        (0.25, 0.25, True, "f.py:f returned 0.25"),
        (0, 0.0, False, "f.py:f returned 0"),
        (1, 1.0, True, "f.py:f returned 1"),
        ({"pass": False, "score": 0.4, "reason": "too long"}, 0.4, False, "too long"),
        ({"pass": True}, 1.0, True, "f.py:f scored 1"),
        ({"score": 0.7, "extra": [1]}, 0.7, True, "f.py:f scored 0.7"),
        ({"score": 0.0}, 0.0, False, "f.py:f scored 0"),
    ],
)
def test_return_shapes(result: Any, value: float, passed: bool, reason: str) -> None:
    assert to_score(result, "f.py:f") == Score(value, passed, reason)


def test_numpy_scalars_are_numbers() -> None:
    np = pytest.importorskip("numpy")
    assert to_score(np.float32(0.5), "f").value == 0.5
    assert to_score(np.bool_(True), "f").passed


@pytest.mark.parametrize(
    ("result", "problem"),
    [
        (None, "returned NoneType"),
        ("yes", "returned str"),
        (float("nan"), "in 0..1, not nan"),
        (float("inf"), "in 0..1, not inf"),
        (1.5, "in 0..1, not 1.5"),
        (-0.1, "in 0..1, not -0.1"),
        ({}, 'without "pass" or "score"'),
        ({"pass": "yes"}, '"pass" must be true or false'),
        ({"pass": True, "score": "high"}, "number in 0..1, not str"),
        ({"score": float("nan")}, "not nan"),
        ([True], "returned list"),
    ],
)
def test_bad_returns_are_errors(result: Any, problem: str) -> None:
    with pytest.raises(ScoreError, match=problem):
        to_score(result, "f.py:f")


@pytest.mark.parametrize(
    ("body", "value", "problem"),
    [
        ("def f(output, context):\n    return 1 / 0\n", "checks.py:f", "raised ZeroDivisionError"),
        ("def f(output):\n    return True\n", "checks.py:f", "raised TypeError"),
        ("def f(output, context)\n    return True\n", "checks.py:f", r"checks.py:1: syntax error"),
        ("import no_such_module_here\n", "checks.py:f", "raised ModuleNotFoundError"),
        ("def g(output, context):\n    return 1\n", "checks.py:f", r"no function 'f'.*\['g'\]"),
        ("f = 3\n", "checks.py:f", "no function 'f'"),
        ("def f(o, c):\n    return True\n", "missing.py:f", "cannot read .*missing.py"),
        ("def get_assert(o, c):\n    return None\n", "checks.py", "returned NoneType"),
    ],
)
def test_failures_are_errors(tmp_path: Path, body: str, value: str, problem: str) -> None:
    _file(tmp_path, body)
    with pytest.raises(ScoreError, match=problem):
        python_assertion("out", value=value, base_dir=tmp_path)


def test_default_function_and_folder(tmp_path: Path) -> None:
    _file(tmp_path, "def get_assert(output, context):\n    return 0.5\n", "sub/grade.py")
    score = python_assertion("o", value="file://sub/grade.py", base_dir=str(tmp_path))
    assert (score.value, score.passed) == (0.5, True)


def test_a_changed_file_is_loaded_again(tmp_path: Path) -> None:
    path = _file(tmp_path, "def f(output, context):\n    return 0.25\n")
    assert python_assertion("o", value="checks.py:f", base_dir=tmp_path).value == 0.25
    path.write_text("def f(output, context):\n    return 0.75\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert python_assertion("o", value="checks.py:f", base_dir=tmp_path).value == 0.75


def test_module_loads_once(tmp_path: Path) -> None:
    _file(
        tmp_path,
        """
        from pathlib import Path

        with open(Path(__file__).with_name("loads.txt"), "a") as log:
            log.write("loaded\\n")

        def f(output, context):
            return True
        """,
        "once.py",
    )
    for _ in range(3):
        assert python_assertion("o", value="once.py:f", base_dir=tmp_path).passed
    assert (tmp_path / "loads.txt").read_text().splitlines() == ["loaded"]


def test_dataclasses_work_in_the_user_module(tmp_path: Path) -> None:
    _file(
        tmp_path,
        """
        from __future__ import annotations
        from dataclasses import dataclass

        @dataclass
        class Verdict:
            ok: bool

        def f(output, context):
            return Verdict(ok=bool(output)).ok
        """,
        "dc.py",
    )
    assert python_assertion("x", value="dc.py:f", base_dir=tmp_path).passed


def test_suite_load_checks_the_value(tmp_path: Path) -> None:
    def suite(value: str) -> Path:
        path = tmp_path / "suite.yaml"
        path.write_text(
            'prompts: ["hi"]\ntargets: [mock]\ntests:\n'
            f"  - assert: [{{type: python, value: {value}}}]\n",
            encoding="utf-8",
        )
        return path

    with pytest.raises(SuiteError, match=r"suite.yaml:4: tests.0.assert.0: python: no such file"):
        load_suite(suite('"checks.py:f"'), environ={})
    (tmp_path / "checks.py").write_text("def f(output, context):\n    return True\n")
    loaded = load_suite(suite('"checks.py:f"'), environ={})
    assert loaded.tests[0].asserts[0].value == "checks.py:f"
    with pytest.raises(SuiteError, match=r"suite.yaml:4: tests.0.assert.0.value: .*\.py file"):
        load_suite(suite('"checks.js:f"'), environ={})
    with pytest.raises(SuiteError, match=r"file\.py:function"):
        load_suite(suite("3"), environ={})
