"""The pytest plugin (lmops.testing): its fixtures in a project's own test run (pytester), the
assertion helpers, and that importing it stays cheap (it loads in every pytest run)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from lmops.config import parse_config
from lmops.evals.calls import Completion
from lmops.evals.score import ScoreError
from lmops.testing import ModelClient, assert_metric, score
from tests.conftest import MASTER_KEY, RunningGateway

pytest_plugins = ["pytester"]

ROOT = Path(__file__).parents[2]
# Load the plugin by module whether or not the installed lmops declares its entry point yet;
# hypothesis's end-of-run summary costs seconds per inner run, for nothing here.
PLUGIN = ("-p", "no:lmops", "-p", "lmops.testing", "-p", "no:hypothesispytest")

ECHO = """
models:
  - name: echo
    provider: mock
    mock: {echo: true}
settings: {auth: none}
"""
TWO = """
models:
  - name: echo
    provider: mock
    mock: {echo: true}
  - name: fixed
    provider: mock
    mock: {content: '{"pass": true, "score": 1, "reason": "fine"}'}
  - name: down
    provider: mock
    mock: {error_rate: 1.0, error_status: 400}
router: {retries: {attempts: 0}}
settings: {auth: none}
"""


def _tests(pytester: pytest.Pytester, body: str) -> None:
    pytester.makeini(
        """
        [pytest]
        asyncio_default_fixture_loop_scope = function
        filterwarnings =
            error
            # lmops.testing is imported by this module already: nothing to rewrite in it
            ignore::pytest.PytestAssertRewriteWarning
        """
    )
    pytester.makepyfile(
        test_llm="from lmops.testing import assert_metric\n\n" + textwrap.dedent(body)
    )


def test_importing_the_plugin_is_cheap() -> None:
    heavy = ["aiohttp", "httpx", "torch", "numpy", "pydantic", "lmops.evals.targets"]
    code = f"import sys, lmops.testing; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_the_entry_point_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["entry-points"]["pytest11"] == {"lmops": "lmops.testing"}


def test_model_fixture_calls_the_config_in_process(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", lmops=ECHO)
    _tests(
        pytester,
        """
        import pytest

        def test_echo(lmops_model):
            answer = lmops_model.complete("Paris is the capital of France")
            assert_metric(answer, "contains", "Paris")
            assert_metric(answer, "rouge-l", "Paris is the capital", threshold=0.8)

        def test_messages_and_params(lmops_model):
            messages = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
            assert lmops_model.complete(messages, model="echo", temperature=0) == "u"

        def test_a_failing_metric_says_why(lmops_model):
            assert_metric(lmops_model.complete("hello"), "contains", "bye")

        @pytest.mark.asyncio
        async def test_async(lmops_model):
            assert await lmops_model.acomplete("hi") == "hi"
        """,
    )
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*AssertionError: contains: *'bye'*; score 0.000"])


def test_config_from_the_option_and_model_from_the_environment(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makefile(".yaml", other=TWO)
    monkeypatch.setenv("LMOPS_MODEL", "fixed")
    _tests(
        pytester,
        """
        import json

        def test_default_model(lmops_model):
            assert json.loads(lmops_model.complete("x"))["reason"] == "fine"

        def test_a_failed_call_raises_with_its_reason(lmops_model):
            lmops_model.complete("x", model="down")
        """,
    )
    result = pytester.runpytest(*PLUGIN, "--lmops-config", "other.yaml")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*CallError: target 'down': *mock provider injected error*"])


def test_without_a_default_model_complete_asks_for_one(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    (pytester.path / "conf").mkdir()
    (pytester.path / "conf" / "two.yaml").write_text(TWO)
    monkeypatch.setenv("LMOPS_CONFIG", "conf/two.yaml")
    monkeypatch.delenv("LMOPS_MODEL", raising=False)
    _tests(pytester, "def test_it(lmops_model):\n    lmops_model.complete('x')\n")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*ValueError: no model: pass model=...*"])


def test_a_missing_config_errors_naming_the_file(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LMOPS_CONFIG", raising=False)
    _tests(pytester, "def test_it(lmops_model):\n    pass\n")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*lmops: no config file at lmops.yaml (pass --lmops-config or set LMOPS_CONFIG)*"]
    )


def test_an_invalid_config_errors_naming_the_field(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", lmops="models: [{name: m}]\nsettings: {auth: none}\n")
    _tests(pytester, "def test_it(lmops_model):\n    pass\n")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*lmops: lmops.yaml*provider*"])


def test_gateway_fixture_is_skipped_without_a_url(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LMOPS_GATEWAY_URL", raising=False)
    _tests(pytester, "def test_it(lmops_gateway):\n    pass\n")
    result = pytester.runpytest(*PLUGIN, "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*LMOPS_GATEWAY_URL not set*"])


def test_gateway_fixture_calls_a_running_gateway(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    gateway_factory: Callable[..., RunningGateway],
) -> None:
    gw = gateway_factory(
        ECHO.replace("settings: {auth: none}", "settings:\n  master_key: ${LMOPS_MASTER_KEY}")
        + "  database_url: ${DB_URL}\n"
    )
    monkeypatch.setenv("LMOPS_GATEWAY_URL", gw.url)
    monkeypatch.setenv("LMOPS_API_KEY", MASTER_KEY)
    _tests(
        pytester,
        """
        def test_it(lmops_gateway):
            assert lmops_gateway.complete("over http", model="echo") == "over http"
        """,
    )
    pytester.runpytest(*PLUGIN).assert_outcomes(passed=1)
    monkeypatch.setenv("LMOPS_API_KEY", "sk-not-a-key-0123456789")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*CallError: *the gateway answered 401*"])
    assert "sk-not-a-key-0123456789" not in result.stdout.str()


# --- the helpers, called directly ----------------------------------------------------------


def test_score_applies_threshold_negation_and_reference() -> None:
    assert score("the cat sat", "rouge-l", "the cat sat").value == pytest.approx(1.0)
    assert not score("the cat", "rouge-l", "the cat sat on the mat", threshold=0.9).passed
    assert score("the cat", "rouge-l", "the cat sat on the mat", threshold=0.4).passed
    assert score("no dogs here", "not-contains", "cat").passed
    assert not score("a cat here", "not-contains", "cat").passed
    with pytest.raises(ValueError, match="unknown assertion type 'nope'"):
        score("x", "nope")


def test_a_completion_brings_its_latency_and_cost() -> None:
    fast = Completion("ok", latency_ms=120.0, cost_usd=0.002)
    assert_metric(fast, "latency", 500)
    assert_metric(fast, "cost", 0.01)
    with pytest.raises(AssertionError, match=r"^latency: .*120.*; score"):
        assert_metric(fast, "latency", 100)
    with pytest.raises(AssertionError, match="cost unknown"):
        assert_metric("ok", "cost", 0.01)


def test_a_gateway_url_must_be_http(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LMOPS_GATEWAY_URL", "localhost:4000")
    _tests(pytester, "def test_it(lmops_gateway):\n    pass\n")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*LMOPS_GATEWAY_URL: a gateway URL starts with http://*"])


def test_reference_from_vars_as_a_suite_reads_it() -> None:
    assert score("the cat sat", "rouge-l", vars={"reference": "the cat sat"}).value == 1.0
    assert score("the cat sat", "rouge-l", "the dog", vars={"reference": "x"}).value < 1.0


def test_judge_client_answers_json_and_fails_as_a_score_error() -> None:
    with ModelClient.in_process(parse_config(TWO, environ={})) as client:
        assert [len(v) for v in client.embed(["a", "b"], model="echo")] == [16, 16]
        answer = client.judge("echo").complete([{"role": "user", "content": "grade"}])
        assert json.loads(answer) == {"content": "grade"}  # JSON mode was asked for
        with pytest.raises(ScoreError, match="the judge could not answer"):
            client.judge("down").complete([{"role": "user", "content": "grade"}])
