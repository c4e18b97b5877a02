"""Experiments and feedback: the relational repository behind ``lmops experiments`` and the
gateway's experiment cache.

Synchronous (async callers wrap it in ``asyncio.to_thread``). Every write runs in one
transaction and sets ``updated_at``, which :meth:`ExperimentStore.changed_since` polls.

Status moves: ``draft -> running``, ``running <-> paused``, anything ``-> stopped``; stopped is
final. At most one experiment per target (a prompt, or a model group) runs at a time.
"""

from __future__ import annotations

import builtins
import hashlib
import secrets
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from lmops.prompts.experiments import check_experiment, check_feedback
from lmops.prompts.model import (
    LATEST,
    Experiment,
    ExperimentStatus,
    Feedback,
    LabelMove,
    TargetKind,
    Variant,
    check_label,
)
from lmops.prompts.store import move_label
from lmops.store.db import write_transaction
from lmops.store.keys import Conflict, NotFound
from lmops.store.tables import experiments, feedback, prompt_labels, prompt_versions, request_log

__all__ = ["ArmRow", "ExperimentStore"]

_MAX_DESCRIPTION = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MIN_TIME = datetime.min.replace(tzinfo=UTC)
_STATUSES: tuple[ExperimentStatus, ...] = ("draft", "running", "paused", "stopped")
# The moves set_status allows besides "-> stopped" (always allowed) and staying put.
_MOVES = {("draft", "running"), ("running", "paused"), ("paused", "running")}


@dataclass(frozen=True, slots=True)
class ArmRow:
    """One logged request of an experiment: its arm, outcome, and mean feedback score (None
    when no feedback with a score was given)."""

    request_id: str
    variant: str
    latency_ms: float
    cost_usd: float | None
    status_code: int
    score: float | None


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ExperimentStore:
    """Creates, reads, starts, stops and promotes experiments; records feedback.

    ``clock`` gives the time written when a call passes no ``now``; ``change_overlap`` is how
    far behind its watermark :meth:`changed_since` looks again (see ``KeyStore``).
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        clock: Callable[[], datetime] = _utcnow,
        change_overlap: timedelta = timedelta(seconds=2),
    ) -> None:
        if change_overlap < timedelta(0):
            raise ValueError("change_overlap must be >= 0")
        self._engine = engine
        self._clock = clock
        self._overlap = change_overlap

    # -- experiments -----------------------------------------------------------------------

    def create(
        self,
        name: str,
        target_kind: TargetKind,
        target: str,
        variants: Sequence[Variant],
        *,
        by: str,
        control: str | None = None,
        description: str = "",
        now: datetime | None = None,
    ) -> Experiment:
        """A new experiment in ``draft`` with a fresh random salt; Conflict if ``name`` is
        taken, ValueError naming the field if the shape is wrong."""
        checked, control = check_experiment(name, target_kind, target, variants, control)
        if not isinstance(description, str) or len(description) > _MAX_DESCRIPTION:
            raise ValueError(f"description: must be a string of at most {_MAX_DESCRIPTION} chars")
        if not isinstance(by, str):
            raise ValueError("by: must be a string (a key id, 'master' or 'cli')")
        at = self._now(now)
        values = {
            "id": "exp_" + secrets.token_hex(6),
            "name": name,
            "target_kind": target_kind,
            "target": target,
            "variants": [v.to_json() for v in checked],
            "control": control,
            "salt": secrets.token_hex(16),
            "status": "draft",
            "description": description,
            "created_by": by,
            "created_at": at,
            "updated_at": at,
        }
        try:
            with self._write() as conn:
                if conn.execute(_by_name(name)).first() is not None:
                    raise Conflict(f"an experiment named {name!r} already exists")
                conn.execute(experiments.insert().values(values))
                return _experiment(conn.execute(_by_name(name)).one())
        except IntegrityError as exc:
            # Two creates of one name at once: the unique constraint decides.
            raise Conflict(f"an experiment named {name!r} already exists") from exc

    def get(self, name: str) -> Experiment:
        """The experiment named ``name``; NotFound if there is none."""
        with self._engine.connect() as conn:
            return _experiment(_find(conn, name))

    def list(self) -> list[Experiment]:
        """Every experiment, oldest first."""
        t = experiments
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(t).order_by(t.c.created_at, t.c.id))
            return [_experiment(row) for row in rows]

    def set_status(
        self, name: str, status: ExperimentStatus, *, now: datetime | None = None
    ) -> Experiment:
        """Move the experiment to ``status``; the same status changes nothing. Conflict for a
        move the rules refuse, or for starting while another experiment on the target runs."""
        if status not in _STATUSES:
            raise ValueError(f"status: must be one of {', '.join(_STATUSES)}, not {status!r}")
        with self._write() as conn:
            if status == "running":
                # The target never changes, so it can be read before the lock that guards it.
                _lock_target(conn, _find(conn, name))
            row = _find(conn, name, for_update=True)
            # Stamped once the row is held: a write that waited must not look older than the
            # one it waited for (replicas keep the newer of two copies).
            at = self._now(now)
            if row.status == status:
                return _experiment(row)
            if row.status == "stopped":
                raise Conflict(f"experiment {name!r} is stopped (stopping is final)")
            if status != "stopped" and (row.status, status) not in _MOVES:
                raise Conflict(f"experiment {name!r} cannot go from {row.status} to {status}")
            changes: dict[str, Any] = {"status": status, "updated_at": at}
            if status == "running":
                _check_target_free(conn, row)
                changes["started_at"] = row.started_at or at
            if status == "stopped":
                changes["stopped_at"] = at
            return _experiment(_update(conn, row.id, changes))

    def promote(
        self, name: str, variant: str, label: str, *, by: str, now: datetime | None = None
    ) -> tuple[LabelMove | None, Experiment]:
        """Move ``label`` of the experiment's prompt to the version ``variant`` uses and stop
        the experiment, in one transaction. ValueError for a model experiment or a variant
        without a prompt; NotFound for an unknown variant or a prompt reference that does not
        resolve. The move is None when the label was already there. A stopped experiment can
        still be promoted (decide after stopping); it stays stopped as it was."""
        check_label(label)
        with self._write() as conn:
            row = _find(conn, name, for_update=True)
            at = self._now(now)  # once the row is held (see set_status)
            experiment = _experiment(row)
            if experiment.target_kind != "prompt":
                raise ValueError(f"experiment {name!r} is over a model: there is no prompt label")
            try:
                chosen = experiment.variant(variant)
            except KeyError as exc:
                raise NotFound(str(exc.args[0])) from exc
            if chosen.prompt is None:
                raise ValueError(
                    f"variant {variant!r} of experiment {name!r} sets no prompt (model only)"
                )
            version = _resolve(conn, experiment.target, chosen.prompt)
            move = move_label(conn, experiment.target, label, version, by=by, now=at)
            if row.status != "stopped":
                changes = {"status": "stopped", "stopped_at": at, "updated_at": at}
                experiment = _experiment(_update(conn, row.id, changes))
            return move, experiment

    def changed_since(
        self, watermark: datetime | None
    ) -> tuple[builtins.list[Experiment], datetime]:
        """Experiments written at or after ``watermark`` (all when None) and the watermark for
        the next call; rows up to ``change_overlap`` older are returned again (upserts)."""
        stmt = sa.select(experiments)
        if watermark is not None:
            watermark = _utc(watermark)
            floor = watermark - min(self._overlap, watermark - _MIN_TIME)
            stmt = stmt.where(experiments.c.updated_at >= floor)
        with self._engine.connect() as conn:
            found = [_experiment(row) for row in conn.execute(stmt)]
        marks = [e.updated_at for e in found]
        if watermark is not None:
            marks.append(watermark)
        return found, max(marks, default=_EPOCH)

    # -- outcomes --------------------------------------------------------------------------

    def add_feedback(
        self,
        request_id: str,
        *,
        score: float | None = None,
        label: str | None = None,
        comment: str | None = None,
        key_id: str | None = None,
        now: datetime | None = None,
    ) -> Feedback:
        """Record an outcome of one request; ValueError naming the field. The request need not
        be logged yet (the log is written in batches, feedback can come first)."""
        values = check_feedback(request_id, score, label, comment)
        values.update(id="fb_" + secrets.token_hex(6), key_id=key_id, created_at=self._now(now))
        with self._write() as conn:
            conn.execute(feedback.insert().values(values))
        return Feedback(**values)

    def arm_rows(self, name: str) -> builtins.list[ArmRow]:
        """The logged requests of experiment ``name`` (NotFound if unknown), oldest first,
        each with the mean of its feedback scores."""
        scores = (
            sa.select(
                feedback.c.request_id.label("request_id"),
                sa.func.avg(feedback.c.score).label("score"),
            )
            .group_by(feedback.c.request_id)
            .subquery()
        )
        log = request_log
        stmt = (
            sa.select(
                log.c.id,
                log.c.variant,
                log.c.latency_ms,
                log.c.cost_usd,
                log.c.status_code,
                scores.c.score,
            )
            .select_from(log.outerjoin(scores, scores.c.request_id == log.c.id))
            .where(log.c.experiment == name, log.c.variant.is_not(None))
            .order_by(log.c.created_at, log.c.id)
        )
        with self._engine.connect() as conn:
            _find(conn, name)
            return [
                ArmRow(
                    request_id=row.id,
                    variant=row.variant,
                    latency_ms=float(row.latency_ms),
                    cost_usd=None if row.cost_usd is None else float(row.cost_usd),
                    status_code=int(row.status_code),
                    score=None if row.score is None else float(row.score),
                )
                for row in conn.execute(stmt)
            ]

    # -- helpers ---------------------------------------------------------------------------

    def _now(self, now: datetime | None) -> datetime:
        value = self._clock() if now is None else now
        if value.tzinfo is None:
            raise ValueError("times given to the ExperimentStore must be timezone-aware")
        return value.astimezone(UTC)

    def _write(self) -> AbstractContextManager[sa.Connection]:
        """One transaction that takes SQLite's write lock up front (``db.write_transaction``)."""
        return write_transaction(self._engine)


def _utc(value: datetime) -> datetime:
    # Naive times are UTC throughout the store (see tables.UTCDateTime).
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _by_name(name: str) -> sa.Select[Any]:
    return sa.select(experiments).where(experiments.c.name == name)


def _find(conn: sa.Connection, name: str, *, for_update: bool = False) -> sa.Row[Any]:
    stmt = _by_name(name)
    row = conn.execute(stmt.with_for_update() if for_update else stmt).first()
    if row is None:
        raise NotFound(f"no experiment named {name!r}")
    return row


def _lock_target(conn: sa.Connection, row: sa.Row[Any]) -> None:
    """Serialise starts of experiments on one target on PostgreSQL until the transaction ends,
    so that of two concurrent starts the second sees the first's commit (SQLite's
    ``BEGIN IMMEDIATE`` already serialises every writer)."""
    if conn.dialect.name != "postgresql":
        return
    text = f"lmops.experiment-target:{row.target_kind}:{row.target}"
    key = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)
    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _check_target_free(conn: sa.Connection, row: sa.Row[Any]) -> None:
    """Conflict if another experiment on ``row``'s target runs (callers hold the target's
    lock, see :func:`_lock_target`)."""
    t = experiments
    stmt = sa.select(t.c.name).where(
        t.c.target_kind == row.target_kind,
        t.c.target == row.target,
        t.c.id != row.id,
        t.c.status == "running",
    )
    running = conn.execute(stmt.order_by(t.c.id)).scalars().first()
    if running is not None:
        raise Conflict(f"experiment {running!r} already runs on {row.target_kind} {row.target!r}")


def _resolve(conn: sa.Connection, prompt: str, ref: str) -> int:
    """The version number a variant's prompt reference (number, label, latest) means now."""
    v = prompt_versions
    if ref.isdigit():
        stmt = sa.select(v.c.version).where(v.c.name == prompt, v.c.version == int(ref))
        found = conn.execute(stmt).scalar()
        what = f"prompt {prompt!r} has no version {ref}"
    elif ref == LATEST:
        found = conn.execute(sa.select(sa.func.max(v.c.version)).where(v.c.name == prompt)).scalar()
        what = f"prompt {prompt!r} has no versions"
    else:
        lab = prompt_labels
        stmt = sa.select(lab.c.version).where(lab.c.name == prompt, lab.c.label == ref)
        found = conn.execute(stmt).scalar()
        what = f"prompt {prompt!r} has no label {ref!r}"
    if found is None:
        raise NotFound(what)
    return int(found)


def _update(conn: sa.Connection, row_id: str, values: dict[str, Any]) -> sa.Row[Any]:
    t = experiments
    conn.execute(t.update().where(t.c.id == row_id).values(**values))
    return conn.execute(sa.select(t).where(t.c.id == row_id)).one()


def _experiment(row: sa.Row[Any]) -> Experiment:
    variants = tuple(
        Variant(
            name=str(v["name"]),
            weight=float(v["weight"]),
            prompt=v.get("prompt"),
            model=v.get("model"),
        )
        for v in row.variants
    )
    return Experiment(
        id=row.id,
        name=row.name,
        target_kind=row.target_kind,
        target=row.target,
        variants=variants,
        control=row.control,
        salt=row.salt,
        status=row.status,
        description=row.description,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        started_at=row.started_at,
        stopped_at=row.stopped_at,
    )
