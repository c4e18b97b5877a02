"""Eval runs and the eval result cache in the relational store (SQLite or PostgreSQL).

Synchronous, like the prompt registry's store: async callers wrap it in ``asyncio.to_thread``.

- :meth:`RunStore.save` writes a run and its cells in one transaction: a reader sees the whole
  run or none of it. A run is written once; saving an id that is already there is a
  :class:`Conflict` (run ids are random, so a second save is a bug, not an update).
- A run is found by its id or by a prefix of it that only one run has (as git takes a short
  commit id); :meth:`RunStore.get` raises :class:`KeyError` naming what was asked for and, for
  an ambiguous prefix, the runs it matches.
- Values the suite gave (a cell's variables, the run's options) are stored as JSON; anything
  JSON has no type for (a YAML date, a set) is stored as its text.
- :class:`StoreCache` is :class:`lmops.evals.calls.ResultCache` on the ``eval_cache`` table: the
  last answer written for a key wins, and an entry that cannot be read back is a miss.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

import orjson
import sqlalchemy as sa
import structlog
from sqlalchemy.exc import IntegrityError

from lmops.evals.calls import Completion
from lmops.evals.results import CellResult, RunResult, ScoreResult, Status
from lmops.store.db import dialect_insert
from lmops.store.keys import Conflict
from lmops.store.tables import eval_cache, eval_cells, eval_runs

__all__ = ["Conflict", "RunStore", "RunSummary", "StoreCache"]

# Rows per INSERT and keys per IN (...): far below SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500
# How many runs an ambiguous prefix names in its error.
_AMBIGUOUS_SHOWN = 5

log = structlog.get_logger("lmops.evals")


@dataclass(frozen=True, slots=True)
class RunSummary:
    """A stored run without its cells: what ``lmops eval list`` shows."""

    id: str
    suite_path: str
    description: str
    suite_hash: str
    started_at: datetime
    finished_at: datetime
    threshold: float
    counts: Mapping[Status, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def pass_rate(self) -> float:
        """As :attr:`RunResult.pass_rate`: passed cells over all cells (0.0 without cells)."""
        return self.counts["passed"] / self.total if self.total else 0.0

    @property
    def ok(self) -> bool:
        """As :attr:`RunResult.ok`: the pass rate is at or above the suite's threshold."""
        return self.total > 0 and self.pass_rate >= self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "suite_path": self.suite_path,
            "description": self.description,
            "suite_hash": self.suite_hash,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "threshold": self.threshold,
            "cells": self.total,
            "counts": dict(self.counts),
            "pass_rate": self.pass_rate,
            "ok": self.ok,
        }


class RunStore:
    """Saves and reads eval runs (see the module docstring for the rules)."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def save(self, run: RunResult) -> None:
        """Write ``run`` and its cells; :class:`Conflict` if a run with its id is stored."""
        rows = [_cell_values(run.id, i, cell) for i, cell in enumerate(run.cells)]
        try:
            with self._engine.begin() as conn:
                # The run's row first: a second writer of the id fails here, on the primary key.
                conn.execute(eval_runs.insert().values(_run_values(run)))
                for chunk in _chunks(rows):
                    conn.execute(eval_cells.insert(), chunk)
        except IntegrityError as exc:
            if not self._stored(run.id):
                raise  # not the run's id: a bug to see, not a conflict to report
            raise Conflict(f"an eval run with id {run.id!r} is already stored") from exc

    def list(self, limit: int = 50) -> builtins.list[RunSummary]:
        """The newest ``limit`` runs, newest first (by start time, then id)."""
        if limit < 1:
            raise ValueError("limit must be >= 1")
        r = eval_runs.c
        stmt = sa.select(*_SUMMARY_COLUMNS).order_by(r.started_at.desc(), r.id.desc()).limit(limit)
        with self._engine.connect() as conn:
            return [_summary(row) for row in conn.execute(stmt)]

    def get(self, run_id: str) -> RunResult:
        """The run whose id is ``run_id``, or the only run whose id starts with it.

        KeyError (its message says what was asked and why it matches no single run) when no
        run matches, or when several do.
        """
        with self._engine.connect() as conn:
            row = _find(conn, run_id)
            return _run(conn, row)

    def summary(self, run_id: str) -> RunSummary:
        """As :meth:`get`, without reading the cells."""
        with self._engine.connect() as conn:
            return _summary(_find(conn, run_id))

    def latest(self) -> RunResult | None:
        """The newest run (by start time), or None when none is stored."""
        r = eval_runs.c
        stmt = sa.select(eval_runs).order_by(r.started_at.desc(), r.id.desc()).limit(1)
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
            return None if row is None else _run(conn, row)

    def _stored(self, run_id: str) -> bool:
        with self._engine.connect() as conn:
            stmt = sa.select(eval_runs.c.id).where(eval_runs.c.id == run_id)
            return conn.execute(stmt).first() is not None


class StoreCache:
    """:class:`lmops.evals.calls.ResultCache` on the store's ``eval_cache`` table."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def get_many(self, keys: Sequence[str]) -> dict[str, Completion]:
        """The cached answers of those ``keys`` that have one."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Completion] = {}
        c = eval_cache.c
        with self._engine.connect() as conn:
            for chunk in _chunks(wanted):
                for key, value in conn.execute(sa.select(c.key, c.value).where(c.key.in_(chunk))):
                    completion = _completion(key, value)
                    if completion is not None:
                        found[key] = completion
        return found

    def put_many(self, items: Mapping[str, Completion]) -> None:
        """Store each answer under its key, replacing what a key held before."""
        if not items:
            return
        now = datetime.now(UTC)
        rows = [
            {"key": key, "value": completion.to_json(), "created_at": now}
            for key, completion in sorted(items.items())  # one lock order for every writer
        ]
        with self._engine.begin() as conn:
            insert = dialect_insert(conn, eval_cache)
            stmt = insert.on_conflict_do_update(
                index_elements=["key"],
                set_={"value": insert.excluded.value, "created_at": insert.excluded.created_at},
            )
            for chunk in _chunks(rows):
                conn.execute(stmt, chunk)


def _completion(key: str, value: Any) -> Completion | None:
    try:
        return Completion.from_json(value)
    except (TypeError, ValueError):
        # Written by another version, or edited by hand: answering again is the safe way out.
        log.warning("eval_cache_entry_unreadable", key=key)
        return None


def _jsonable(value: Any) -> Any:
    """``value`` with only JSON types inside (a date becomes its ISO text, anything else
    unknown its ``str``), so that the JSON columns can always store it."""
    return orjson.loads(orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS))


def _run_values(run: RunResult) -> dict[str, Any]:
    counts = run.counts
    return {
        "id": run.id,
        "suite_path": run.suite_path,
        "description": run.description,
        "suite_hash": run.suite_hash,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "threshold": run.threshold,
        "passed": counts["passed"],
        "failed": counts["failed"],
        "errors": counts["error"],
        "skipped": counts["skipped"],
        "prompt_versions": _jsonable(dict(run.prompt_versions)),
        "options": _jsonable(dict(run.options)),
    }


def _cell_values(run_id: str, position: int, cell: CellResult) -> dict[str, Any]:
    values = cell.to_json()
    values["vars"] = _jsonable(values["vars"])
    values["scores"] = _jsonable(values["scores"])
    for name in _TEXT_FIELDS:
        if isinstance(values[name], str):
            values[name] = values[name].replace("\0", _NUL_STORED)
    return {**values, "run_id": run_id, "position": position, "score": cell.score}


# PostgreSQL's text cannot hold NUL, which a model's answer or a dataset may: stored as U+FFFD
# (the JSON columns keep it, escaped). The other characters are stored as they are.
_NUL_STORED = "\ufffd"
_TEXT_FIELDS = ("prompt_id", "target_id", "description", "output", "error", "prompt")


_SUMMARY_COLUMNS = tuple(
    eval_runs.c[name]
    for name in (
        "id",
        "suite_path",
        "description",
        "suite_hash",
        "started_at",
        "finished_at",
        "threshold",
        "passed",
        "failed",
        "errors",
        "skipped",
    )
)


def _summary(row: sa.Row[Any]) -> RunSummary:
    return RunSummary(
        id=row.id,
        suite_path=row.suite_path,
        description=row.description,
        suite_hash=row.suite_hash,
        started_at=row.started_at,
        finished_at=row.finished_at,
        threshold=row.threshold,
        counts=MappingProxyType(
            {
                "passed": row.passed,
                "failed": row.failed,
                "error": row.errors,
                "skipped": row.skipped,
            }
        ),
    )


def _find(conn: sa.Connection, run_id: str) -> sa.Row[Any]:
    r = eval_runs.c
    exact = conn.execute(sa.select(eval_runs).where(r.id == run_id)).first()
    if exact is not None:
        return exact
    if not run_id:
        raise KeyError("no eval run id given")
    stmt = (
        sa.select(eval_runs)
        .where(r.id.startswith(run_id, autoescape=True))
        .order_by(r.started_at.desc(), r.id.desc())
        .limit(_AMBIGUOUS_SHOWN + 1)
    )
    rows = conn.execute(stmt).all()
    if not rows:
        raise KeyError(f"no eval run with id {run_id!r} (see 'lmops eval list')")
    if len(rows) > 1:
        shown = ", ".join(row.id for row in rows[:_AMBIGUOUS_SHOWN])
        more = ", ..." if len(rows) > _AMBIGUOUS_SHOWN else ""
        raise KeyError(
            f"eval run id prefix {run_id!r} is ambiguous: it matches {shown}{more}; "
            "give more of the id"
        )
    return rows[0]


def _run(conn: sa.Connection, row: sa.Row[Any]) -> RunResult:
    c = eval_cells.c
    stmt = sa.select(eval_cells).where(c.run_id == row.id).order_by(c.position)
    cells = tuple(_cell(cell) for cell in conn.execute(stmt))
    return RunResult(
        id=row.id,
        suite_path=row.suite_path,
        description=row.description,
        suite_hash=row.suite_hash,
        started_at=row.started_at,
        finished_at=row.finished_at,
        threshold=row.threshold,
        cells=cells,
        prompt_versions=MappingProxyType(dict(row.prompt_versions)),
        options=MappingProxyType(dict(row.options)),
    )


def _cell(row: sa.Row[Any]) -> CellResult:
    return CellResult(
        prompt_id=row.prompt_id,
        target_id=row.target_id,
        test_index=row.test_index,
        repeat_index=row.repeat_index,
        description=row.description,
        vars=MappingProxyType(dict(row.vars)),
        status=row.status,
        output=row.output,
        error=row.error,
        scores=tuple(ScoreResult(**s) for s in row.scores),
        latency_ms=row.latency_ms,
        prompt_tokens=row.prompt_tokens,
        completion_tokens=row.completion_tokens,
        cost_usd=row.cost_usd,
        cached=bool(row.cached),
        prompt=row.prompt,
    )


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
