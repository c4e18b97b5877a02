"""Runs, cells and an encoder with known cosines, for the comparison tests (plain functions,
shared by the library and the CLI tests)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

import numpy as np

from lmops.evals.metrics.semantic import Matrix
from lmops.evals.results import CellResult, RunResult, ScoreResult, Status

T0 = datetime(2026, 1, 1, tzinfo=UTC)


class FakeEncoder:
    """Each text's first word names a unit vector at a known angle from "base" (the x axis):
    ``"cos0.97 ..."`` has cosine 0.97 with any ``"base ..."`` text."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def sentences(self, texts: Sequence[str]) -> Matrix:
        self.encoded.extend(texts)
        rows = []
        for text in texts:
            head = text.split()[0]
            cos = 1.0 if head == "base" else float(head.removeprefix("cos"))
            rows.append([cos, math.sqrt(max(0.0, 1.0 - cos * cos))])
        return np.asarray(rows, dtype=np.float32)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        raise AssertionError("compare needs sentence embeddings only")


def cell(
    test: int,
    output: str | None = "base answer",
    status: Status = "passed",
    *,
    prompt: str = "p",
    target: str = "t",
    repeat: int = 0,
    scores: dict[str, float | None] | None = None,
    vars: dict[str, Any] | None = None,
    error: str | None = None,
) -> CellResult:
    results = tuple(
        ScoreResult(type=m, metric=m, value=v, passed=status == "passed", error=v is None)
        for m, v in (scores or {}).items()
    )
    return CellResult(
        prompt_id=prompt,
        target_id=target,
        test_index=test,
        repeat_index=repeat,
        description=f"test {test}",
        vars=MappingProxyType(vars if vars is not None else {"q": test}),
        status=status,
        output=output,
        error=error,
        scores=results,
    )


def run(run_id: str, *cells: CellResult, started_at: datetime = T0) -> RunResult:
    return RunResult(
        id=run_id,
        suite_path="suite.yaml",
        description="",
        suite_hash="0" * 64,
        started_at=started_at,
        finished_at=started_at,
        threshold=1.0,
        cells=cells,
    )
