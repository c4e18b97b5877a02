"""Runs built by hand for the report tests: every status, two prompts on two targets, and text
chosen to break a report that forgets to escape (markup of HTML, XML and Rich, a closing script
tag, control characters, a lone surrogate, CRLF, unicode)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any

from lmops.evals.results import CellResult, RunResult, ScoreResult, Status

HOSTILE = (
    "</script><script>window.__pwned = 1</script>"
    '<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned = 2"> & &amp; <b>bold</b>'
    " \"double\" 'single' ]]> <![CDATA[ cdata ]]> [bold]rich markup[/bold]"
    "\n\x00nul \x1b[31mred\x1b[0m bell\x07 \x0bvt \x7fdel \x85nel \ud800lone \ufffe"
    " 日本語 café 🚀 \u202eevil\u202c\r\nCRLF line"
)
HOSTILE_PROMPT = "Say {{ x }} <b>&amp;</b>"
HOSTILE_TARGET = 'mock<&>"'
HOSTILE_VARS: dict[str, Any] = {
    "x": "</textarea><script>alert(1)</script>",
    "<key & ctrl\x1b>": HOSTILE,
    "nested": {"list": ["<li>", 1, None, 2.5], "ok": True},
}

STARTED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def score(
    metric: str, value: float | None, passed: bool, reason: str = "", **kw: Any
) -> ScoreResult:
    return ScoreResult(
        type=kw.pop("type", metric), metric=metric, value=value, passed=passed, reason=reason, **kw
    )


def cell(
    prompt_id: str,
    target_id: str,
    test: int,
    status: Status,
    *,
    repeat: int = 0,
    output: str | None = "ok",
    scores: tuple[ScoreResult, ...] = (),
    vars: dict[str, Any] | None = None,
    **kw: Any,
) -> CellResult:
    return CellResult(
        prompt_id=prompt_id,
        target_id=target_id,
        test_index=test,
        repeat_index=repeat,
        description=kw.pop("description", None) or f"case {chr(97 + test % 26)}",
        vars=MappingProxyType(dict(vars if vars is not None else {"x": f"v{test}"})),
        status=status,
        output=output,
        scores=scores,
        latency_ms=kw.pop("latency_ms", 120.0 + test),
        prompt_tokens=kw.pop("prompt_tokens", 10),
        completion_tokens=kw.pop("completion_tokens", 5),
        cost_usd=kw.pop("cost_usd", 0.00012),
        prompt=kw.pop("prompt", f"Say v{test}"),
        **kw,
    )


PASS = (score("icontains", 1.0, True, "found 'ok'"),)


def mixed_run() -> RunResult:
    """12 cells in suite order (prompt, target, test): 6 passed, 2 failed, 2 error, 1 skipped,
    and one pair (HOSTILE_PROMPT x gpt-4o) all passed. The first cell passes, so a report that
    lists in suite order does not put failures first by accident."""
    g, h = "greet", HOSTILE_PROMPT
    cells = (
        cell(g, "mock", 0, "passed", scores=PASS),
        cell(
            g,
            "mock",
            1,
            "failed",
            output="hello there",
            scores=(
                score("icontains", 0.0, False, "'bye' not found"),
                score("overlap", 0.61, True, "", type="rouge-l", weight=2.0),
            ),
        ),
        cell(g, "mock", 2, "passed", scores=PASS, cached=True),
        cell(
            g,
            HOSTILE_TARGET,
            0,
            "error",
            output=None,
            error="call failed after 3 retries: 503 upstream unavailable",
            latency_ms=None,
            prompt_tokens=None,
            completion_tokens=None,
            cost_usd=None,
        ),
        cell(
            g,
            HOSTILE_TARGET,
            1,
            "failed",
            output=HOSTILE,
            vars=HOSTILE_VARS,
            description="hostile <i>description</i>\nsecond line",
            prompt=HOSTILE,
            scores=(score("not-contains", 0.0, False, "found forbidden '<script>'"),),
        ),
        cell(
            g,
            HOSTILE_TARGET,
            2,
            "skipped",
            output=None,
            error="the run was interrupted",
            latency_ms=None,
        ),
        cell(h, "mock", 0, "passed", scores=PASS),
        cell(
            h,
            "mock",
            1,
            "error",
            output="an answer",
            scores=(
                score(
                    "llm-rubric", None, False, "judge answered unparseably: 'garbage'", error=True
                ),
                score("icontains", 1.0, True),
            ),
        ),
        cell(h, "mock", 2, "passed", scores=PASS, output=""),
        *(cell(h, HOSTILE_TARGET, i, "passed", scores=PASS) for i in range(3)),
    )
    return RunResult(
        id="run-0123456789abcdef",
        suite_path="evals/suite.yaml",
        description="Greeting suite <&>",
        suite_hash="ab" * 32,
        started_at=STARTED,
        finished_at=STARTED + timedelta(seconds=4.5),
        threshold=0.9,
        cells=cells,
        prompt_versions=MappingProxyType({g: "greet:3", h: "c0ffee"}),
        options=MappingProxyType({"concurrency": 4, "repeat": 1}),
    )


def repeated_run() -> RunResult:
    """One prompt, one target, one test run three times: all passed."""
    cells = tuple(cell("p", "t", 0, "passed", repeat=r, scores=PASS) for r in range(3))
    return RunResult(
        id="run-repeat",
        suite_path="s.yaml",
        description="",
        suite_hash="cd" * 32,
        started_at=STARTED,
        finished_at=STARTED + timedelta(seconds=1),
        threshold=1.0,
        cells=cells,
    )


def empty_run() -> RunResult:
    return RunResult(
        id="run-empty",
        suite_path="s.yaml",
        description="nothing",
        suite_hash="00" * 32,
        started_at=STARTED,
        finished_at=STARTED,
        threshold=1.0,
        cells=(),
    )
