"""Eval runs to store and read back, shared by the run store, export and CLI tests."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from lmops.evals.results import CellResult, RunResult, ScoreResult

STARTED = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)


def make_cells() -> tuple[CellResult, ...]:
    """One cell of each status, with the awkward values a run can hold."""
    contains = ScoreResult("icontains", "icontains", 1.0, True, "found 'paris'")
    rouge = ScoreResult("rouge-l", "overlap", 0.25, False, "0.25 < 0.5", weight=2.0)
    judged = ScoreResult("llm-rubric", "llm-rubric", None, False, "judge said 'xx'", error=True)
    return (
        CellResult(
            "p1", "mock", 0, 0, "capital", MappingProxyType({"city": "Paris", "n": 3}),
            "passed", output="Paris, of course.", scores=(contains,), latency_ms=12.5,
            prompt_tokens=10, completion_tokens=4, cost_usd=0.00012, cached=True,
            prompt="What is the capital? Paris",
        ),
        CellResult(
            "p1", "mock", 1, 0, "ünïcode, \"quotes\"\nnew line",
            MappingProxyType({"text": "a,b;c\n\"d\"", "when": "2026-01-02"}),
            "failed", output="=SUM(A1)\n, \"quoted\"", scores=(contains, rouge),
            latency_ms=30.0, prompt_tokens=None, completion_tokens=None, cost_usd=None,
            prompt='[{"role": "user", "content": "hi"}]',
        ),
        CellResult(
            "p2", "gpt", 0, 1, "", MappingProxyType({}), "error",
            error="judge answered unparseably", scores=(judged,),
        ),
        CellResult("p2", "gpt", 1, 1, "", MappingProxyType({}), "skipped", error="interrupted"),
    )  # fmt: skip


def make_run(run_id: str = "run0123456789abcdef", *, minutes: int = 0) -> RunResult:
    """A run ``minutes`` after :data:`STARTED`, with :func:`make_cells`."""
    started = STARTED + timedelta(minutes=minutes)
    return RunResult(
        id=run_id,
        suite_path="suites/capitals.yaml",
        description="capitals",
        suite_hash="ab" * 32,
        started_at=started,
        finished_at=started + timedelta(seconds=42, microseconds=5),
        threshold=0.75,
        cells=make_cells(),
        prompt_versions=MappingProxyType({"p1": "capital:3", "p2": "cd" * 32}),
        options=MappingProxyType({"concurrency": 4, "repeat": 2, "targets": ["mock", "gpt"]}),
    )


def dated_vars_cell() -> CellResult:
    """A cell whose variables hold a value JSON has no type for (YAML reads 2026-01-02 so)."""
    return CellResult(
        "p1", "mock", 2, 0, "", MappingProxyType({"day": dt.date(2026, 1, 2)}), "passed"
    )
