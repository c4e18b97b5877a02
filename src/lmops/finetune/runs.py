"""Fine-tuning runs in the relational store: what ``lmops finetune runs`` and ``show`` read.

A run is keyed by its output folder: training into a folder that already has a run is refused
unless it resumes that run (``--resume``), which keeps its id and its steps. Each logged step is
written as it happens (a step logged again after a resume replaces its row), so a run killed
half way still shows its curve, with the status ``running`` until it is resumed.

Synchronous (SQLAlchemy Core); the trainer calls it between steps, never on a request path.
"""

from __future__ import annotations

import builtins
import os
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa

from lmops.store.db import dialect_insert
from lmops.store.keys import Conflict
from lmops.store.tables import finetune_runs, finetune_steps, model_adapters

__all__ = ["Adapter", "Conflict", "Run", "RunStore", "Status", "Step"]

Status = Literal["running", "finished", "failed", "stopped"]
_METRICS = ("epoch", "loss", "eval_loss", "learning_rate", "tokens_per_s", "mfu")


@dataclass(frozen=True, slots=True)
class Step:
    step: int
    at: datetime
    epoch: float | None = None
    loss: float | None = None
    eval_loss: float | None = None
    learning_rate: float | None = None
    tokens_per_s: float | None = None
    mfu: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "at": self.at.isoformat()} | {
            k: getattr(self, k) for k in _METRICS
        }


@dataclass(frozen=True, slots=True)
class Run:
    id: str
    name: str
    output_dir: str
    base_model: str
    dataset_hash: str | None
    config: Mapping[str, Any]
    status: Status
    started_at: datetime
    finished_at: datetime | None
    step: int
    total_steps: int
    train_loss: float | None
    eval_loss: float | None
    tokens: int
    error: str | None
    host: str | None
    pid: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "finetune.run",
            "name": self.name,
            "output_dir": self.output_dir,
            "adapter": f"{self.output_dir}/adapter" if self.status == "finished" else None,
            "base_model": self.base_model,
            "dataset_hash": self.dataset_hash,
            "status": self.status,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "step": self.step,
            "total_steps": self.total_steps,
            "train_loss": self.train_loss,
            "eval_loss": self.eval_loss,
            "tokens": self.tokens,
            "error": self.error,
            "host": self.host,
            "pid": self.pid,
            "config": dict(self.config),
        }


@dataclass(frozen=True, slots=True)
class Adapter:
    """A registered LoRA adapter: what ``lmops models serve --adapter NAME`` finds."""

    name: str
    base_model: str
    path: str
    run_id: str | None
    dataset_hash: str | None
    evals: Mapping[str, Any]
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "object": "model.adapter",
            "base_model": self.base_model,
            "path": self.path,
            "run_id": self.run_id,
            "dataset_hash": self.dataset_hash,
            "evals": dict(self.evals),
            "created_at": self.created_at.isoformat(),
        }


class RunStore:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def start(
        self,
        name: str,
        output_dir: str,
        base_model: str,
        config: Mapping[str, Any],
        dataset_hash: str | None,
        resume: bool,
    ) -> str:
        """The run's id: a new run, or with ``resume`` the folder's run, running again (in
        this process, which :meth:`Run.signal` reaches).
        :class:`Conflict` when the folder has a run and ``resume`` is not given, or has none
        and it is."""
        now = datetime.now(UTC)
        here = {"host": socket.gethostname(), "pid": os.getpid()}
        with self.engine.begin() as conn:
            found = conn.execute(
                sa.select(finetune_runs.c.id, finetune_runs.c.status).where(
                    finetune_runs.c.output_dir == output_dir
                )
            ).first()
            if found is not None and not resume:
                raise Conflict(
                    f"{output_dir} holds run {found.id} ({found.status}): resume it with "
                    "--resume, or train into another output_dir"
                )
            if found is None and resume:
                raise Conflict(f"{output_dir} holds no run to resume")
            if found is not None:
                conn.execute(
                    finetune_runs.update()
                    .where(finetune_runs.c.id == found.id)
                    .values(
                        status="running", finished_at=None, error=None, config=dict(config), **here
                    )
                )
                return str(found.id)
            run_id = uuid.uuid4().hex
            conn.execute(
                finetune_runs.insert().values(
                    id=run_id,
                    name=name,
                    output_dir=output_dir,
                    base_model=base_model,
                    dataset_hash=dataset_hash,
                    config=dict(config),
                    status="running",
                    started_at=now,
                    **here,
                )
            )
            return run_id

    def log(self, run_id: str, step: Step, total_steps: int, tokens: int) -> None:
        """Store one logged step and bring the run's progress up to it."""
        values = {k: getattr(step, k) for k in _METRICS}
        progress: dict[str, Any] = {"step": step.step, "total_steps": total_steps, "tokens": tokens}
        if step.loss is not None:
            progress["train_loss"] = step.loss
        if step.eval_loss is not None:
            progress["eval_loss"] = step.eval_loss
        with self.engine.begin() as conn:
            insert = dialect_insert(conn, finetune_steps).values(
                run_id=run_id, step=step.step, at=step.at, **values
            )
            # A step logged twice (train loss, then eval loss; or again after a resume):
            # what the later log gives wins, what it leaves out is kept.
            given = {k: v for k, v in values.items() if v is not None}
            update = {k: insert.excluded[k] for k in given} | {"at": insert.excluded.at}
            conn.execute(
                insert.on_conflict_do_update(index_elements=["run_id", "step"], set_=update)
            )
            conn.execute(
                finetune_runs.update().where(finetune_runs.c.id == run_id).values(**progress)
            )

    def finish(
        self, run_id: str, status: Status, step: int, tokens: int, error: str | None = None
    ) -> None:
        """The run's end: where it got to, and why it ended."""
        with self.engine.begin() as conn:
            conn.execute(
                finetune_runs.update()
                .where(finetune_runs.c.id == run_id)
                .values(
                    status=status,
                    error=error,
                    step=step,
                    tokens=tokens,
                    finished_at=datetime.now(UTC),
                )
            )

    def get(self, ref: str) -> Run:
        """The run whose id starts with ``ref``, or whose name or output folder is ``ref`` (an
        exact match first); :class:`KeyError` naming what was asked for when none or several
        match."""
        c = finetune_runs.c
        query = sa.select(finetune_runs).where(
            sa.or_(c.id.startswith(ref, autoescape=True), c.name == ref, c.output_dir == ref)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(c.started_at.desc()).limit(6)).all()
        if not rows:
            raise KeyError(f"no fine-tuning run {ref!r}")
        if len(rows) > 1:
            # A run named (or kept in) exactly ``ref`` wins over ids that merely start with it:
            # ids are hex, so a short name like "b" starts some other run's id one time in 16.
            exact = [r for r in rows if ref in (r.id, r.name, r.output_dir)]
            if len(exact) == 1:
                return _run(exact[0])
            named = ", ".join(f"{r.id[:12]} ({r.output_dir})" for r in rows[:5])
            raise KeyError(f"{ref!r} names several runs: {named}")
        return _run(rows[0])

    def list(self, limit: int = 50) -> builtins.list[Run]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(finetune_runs).order_by(finetune_runs.c.started_at.desc()).limit(limit)
            ).all()
        return [_run(r) for r in rows]

    def steps(self, run_id: str) -> builtins.list[Step]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(finetune_steps)
                .where(finetune_steps.c.run_id == run_id)
                .order_by(finetune_steps.c.step)
            ).all()
        return [Step(r.step, r.at, *(getattr(r, k) for k in _METRICS)) for r in rows]

    def register(self, name: str, base_model: str, path: str, run_id: str | None,
                 dataset_hash: str | None) -> None:  # fmt: skip
        """Register an adapter under ``name``, replacing one of that name (and its scores)."""
        values: dict[str, Any] = {
            "base_model": base_model,
            "path": path,
            "run_id": run_id,
            "dataset_hash": dataset_hash,
            "evals": {},
            "created_at": datetime.now(UTC),
        }
        with self.engine.begin() as conn:
            insert = dialect_insert(conn, model_adapters).values(name=name, **values)
            conn.execute(insert.on_conflict_do_update(index_elements=["name"], set_=values))

    def adapters(self) -> builtins.list[Adapter]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(model_adapters).order_by(model_adapters.c.name)).all()
        return [Adapter(**row._mapping) for row in rows]

    def adapter(self, name: str) -> Adapter:
        """The adapter registered as ``name``; KeyError naming it when none is."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(model_adapters).where(model_adapters.c.name == name)
            ).first()
        if row is None:
            raise KeyError(f"no adapter {name!r} is registered")
        return Adapter(**row._mapping)

    def record_eval(self, name: str, suite: str, scores: Mapping[str, Any]) -> None:
        """Keep an eval suite's scores on the adapter (the suite's latest run wins)."""
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(model_adapters.c.evals).where(model_adapters.c.name == name)
            ).first()
            if row is None:
                raise KeyError(f"no adapter {name!r} is registered")
            evals = dict(row.evals) | {suite: dict(scores)}
            conn.execute(
                model_adapters.update().where(model_adapters.c.name == name).values(evals=evals)
            )


def _run(row: sa.Row[Any]) -> Run:
    m = row._mapping
    return Run(**{f.name: m[f.name] for f in fields(Run)})
