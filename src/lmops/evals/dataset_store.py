"""Named eval datasets kept in the store, one row per logged request added to them (from the
dashboard's request page): the rows ``lmops logs export --with-bodies`` would write for those
requests (:mod:`lmops.evals.log_dataset`), written out by ``lmops eval dataset NAME`` for a
suite's ``dataset:``. A request is in a dataset at most once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from lmops.evals.log_dataset import dataset_from_log
from lmops.store.db import write_transaction
from lmops.store.request_log import RequestRecord
from lmops.store.tables import dataset_rows

__all__ = ["DatasetStore", "DatasetSummary", "check_dataset_name"]

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def check_dataset_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"dataset: {name!r} must be 1-64 letters, digits, '.', '_' or '-'")
    return name


@dataclass(frozen=True, slots=True)
class DatasetSummary:
    name: str
    rows: int
    updated_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


class DatasetStore:
    def __init__(self, engine: sa.Engine, clock: Callable[[], datetime] = _now) -> None:
        self._engine = engine
        self._clock = clock

    def add_request(self, name: str, record: RequestRecord) -> bool:
        """Add the request's row to dataset ``name``: True when added, False when the dataset
        has it already; ValueError saying why a request makes no row (no bodies logged...)."""
        check_dataset_name(name)
        made = dataset_from_log([record])
        if not made.rows:
            [reason] = made.skipped
            raise ValueError(f"request {record.id} makes no dataset row: {reason}")
        return self.add(name, record.id, made.rows[0])

    def add(self, name: str, source_ref: str, row: Mapping[str, Any]) -> bool:
        values = {
            "dataset": check_dataset_name(name),
            "source_ref": source_ref,
            "row": dict(row),
            "created_at": self._clock(),
        }
        try:
            with write_transaction(self._engine) as conn:
                conn.execute(dataset_rows.insert().values(values))
        except IntegrityError:
            return False
        return True

    def names(self) -> list[DatasetSummary]:
        t = dataset_rows
        stmt = (
            sa.select(t.c.dataset, sa.func.count(), sa.func.max(t.c.created_at))
            .group_by(t.c.dataset)
            .order_by(t.c.dataset)
        )
        with self._engine.connect() as conn:
            return [DatasetSummary(n, c, at) for n, c, at in conn.execute(stmt)]

    def rows(self, name: str) -> list[dict[str, Any]]:
        """The dataset's rows in the order they were added (none for an unknown name)."""
        t = dataset_rows
        stmt = sa.select(t.c.row).where(t.c.dataset == name).order_by(t.c.id)
        with self._engine.connect() as conn:
            return [dict(row) for row in conn.execute(stmt).scalars()]
