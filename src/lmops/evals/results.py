"""What an eval run produces: one :class:`CellResult` per prompt x target x test x repeat, each
with its :class:`ScoreResult` per assertion, gathered in a :class:`RunResult`.

These records are what the run store saves, the reports render and ``eval compare`` reads, so
each of those is written against this module only. All are plain frozen data: JSON-ready through
:meth:`RunResult.to_json` and back through :meth:`RunResult.from_json`.

A cell's status:

* ``error``: the call failed after its retries, the prompt could not be rendered, or an
  assertion could not measure (:class:`lmops.evals.score.ScoreError`: a judge that failed or
  answered unparseably). Counted and shown apart from failures: an outage is not a FAIL.
* ``failed``: the call answered and some assertion did not pass.
* ``passed``: the call answered and every assertion passed (a cell without assertions passes).
* ``skipped``: the cell never ran (the run was interrupted, or its target was unavailable).

The pass rate is passed cells over all cells: errored and skipped cells count against it, so
nothing is silently dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal, get_args

__all__ = ["STATUSES", "CellKey", "CellResult", "RunResult", "ScoreResult", "Status"]

Status = Literal["passed", "failed", "error", "skipped"]
STATUSES: tuple[Status, ...] = get_args(Status)

# prompt id, target id, test index, repeat index
CellKey = tuple[str, str, int, int]


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """One assertion's outcome in one cell, after threshold and negation."""

    type: str  # the assertion type as written: "icontains", "not-regex", "rouge-l"
    metric: str  # the name it is reported under: the assertion's ``metric``, else ``type``
    value: float | None  # 0..1; None when nothing could be measured
    passed: bool
    reason: str = ""
    weight: float = 1.0
    error: bool = False  # the metric could not measure (ERROR, never FAIL)
    expected: Any = None  # the assertion's configured value (the reference, the pattern...)


@dataclass(frozen=True, slots=True)
class CellResult:
    prompt_id: str
    target_id: str
    test_index: int  # position in the suite's tests (the file's, then the dataset's rows)
    repeat_index: int  # 0 .. repeat-1
    description: str
    vars: Mapping[str, Any]
    status: Status
    output: str | None = None  # the model's answer; None when the call did not answer
    error: str | None = None  # why the cell is error or skipped
    scores: tuple[ScoreResult, ...] = ()
    latency_ms: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost_usd: float | None = None
    cached: bool = False  # the answer came from the result cache
    prompt: str = ""  # the rendered prompt as sent (text, or the chat messages as JSON)

    @property
    def key(self) -> CellKey:
        return (self.prompt_id, self.target_id, self.test_index, self.repeat_index)

    @property
    def score(self) -> float | None:
        """The weighted mean of the assertions' values (None when none has a value)."""
        valued = [(s.value, s.weight) for s in self.scores if s.value is not None]
        total = sum(w for _, w in valued)
        if not valued or total == 0:
            return None
        return sum(v * w for v, w in valued) / total

    def to_json(self) -> dict[str, Any]:
        # Not asdict(self): it deep-copies ``vars`` (a MappingProxyType cannot be copied), and
        # its generic walk made this the larger part of saving a run.
        out = {name: getattr(self, name) for name in _CELL_FIELDS}
        out["vars"] = dict(self.vars)
        out["scores"] = [{name: getattr(s, name) for name in _SCORE_FIELDS} for s in self.scores]
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CellResult:
        fields = dict(data)
        fields["vars"] = MappingProxyType(dict(fields.get("vars") or {}))
        fields["scores"] = tuple(ScoreResult(**s) for s in fields.get("scores") or ())
        return cls(**fields)


_SCORE_FIELDS = tuple(f.name for f in fields(ScoreResult))
_CELL_FIELDS = tuple(f.name for f in fields(CellResult))


@dataclass(frozen=True, slots=True)
class RunResult:
    id: str
    suite_path: str
    description: str
    suite_hash: str  # sha256 of the suite file (and its dataset), hex
    started_at: datetime  # timezone-aware, UTC
    finished_at: datetime
    threshold: float  # the pass rate the suite asks for
    cells: tuple[CellResult, ...]
    # prompt id -> the version used: "name:3" for a registry reference, else the content hash
    prompt_versions: Mapping[str, str] = field(default_factory=dict)
    # what else shaped the run: targets, concurrency, repeat, the lmops version...
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> dict[Status, int]:
        """Cells per status; every status present, zero when none."""
        counted = Counter(c.status for c in self.cells)
        return {s: counted.get(s, 0) for s in STATUSES}

    @property
    def pass_rate(self) -> float:
        """Passed cells over all cells (0.0 for a run without cells)."""
        return self.counts["passed"] / len(self.cells) if self.cells else 0.0

    @property
    def ok(self) -> bool:
        """The suite's verdict: the pass rate is at or above its threshold."""
        return bool(self.cells) and self.pass_rate >= self.threshold

    @property
    def duration_s(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "suite_path": self.suite_path,
            "description": self.description,
            "suite_hash": self.suite_hash,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "threshold": self.threshold,
            "pass_rate": self.pass_rate,
            "counts": self.counts,
            "prompt_versions": dict(self.prompt_versions),
            "options": dict(self.options),
            "cells": [c.to_json() for c in self.cells],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RunResult:
        return cls(
            id=data["id"],
            suite_path=data["suite_path"],
            description=data.get("description", ""),
            suite_hash=data["suite_hash"],
            started_at=datetime.fromisoformat(data["started_at"]),
            finished_at=datetime.fromisoformat(data["finished_at"]),
            threshold=float(data["threshold"]),
            cells=tuple(CellResult.from_json(c) for c in data.get("cells") or ()),
            prompt_versions=MappingProxyType(dict(data.get("prompt_versions") or {})),
            options=MappingProxyType(dict(data.get("options") or {})),
        )
