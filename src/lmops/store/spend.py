"""Spend: a daily rollup per key, team and model group, and the reports read from it.

The request-log writer adds each batch to ``spend_daily`` in the transaction that inserts the
batch, so the rollup always agrees with the log, and reports never scan ``request_log``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from lmops.store.db import adding_upsert
from lmops.store.tables import spend_daily

if TYPE_CHECKING:
    from lmops.store.request_log import RequestRecord

__all__ = [
    "NO_GROUP",
    "SpendRow",
    "refused",
    "rollup_rows",
    "spend_report",
    "spend_since",
    "upsert_rollup",
]

# The group shown for spend with no key (the master key, no auth) or no team.
NO_GROUP = "(none)"

_KEY = ("day", "key_id", "team_id", "model")
_SUMS = (
    "requests",
    "prompt_tokens",
    "completion_tokens",
    "cached_tokens",
    "cache_hits",
    "unpriced_requests",
    "cost_usd",
)


@dataclass(frozen=True, slots=True)
class SpendRow:
    """Totals for one group of a report: a key id, team id, model group or UTC day."""

    group: str
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int
    cache_hits: int
    unpriced_requests: int
    cost_usd: float


def rollup_rows(records: Sequence[RequestRecord]) -> list[dict[str, Any]]:
    """``spend_daily`` rows for ``records``: one per UTC day, key, team and model group.

    A refused request (see :func:`refused`) is left out: it cost nothing and was not served.
    Only known costs are added to ``cost_usd``; a record without one (``None``: tokens were used
    at an unknown price) counts as unpriced, so a missing price never reads as free. The gateway
    records 0.0, not None, for requests that used nothing.
    """
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in records:
        if refused(r):
            continue
        day = datetime.fromtimestamp(r.created_at, UTC).date().isoformat()
        key = (day, r.key_id or "", r.team_id or "", r.model_group)
        row = rows.get(key)
        if row is None:
            row = rows[key] = dict(zip(_KEY, key, strict=True)) | dict.fromkeys(_SUMS, 0)
            row["cost_usd"] = 0.0
        row["requests"] += 1
        row["prompt_tokens"] += r.prompt_tokens or 0
        row["completion_tokens"] += r.completion_tokens or 0
        row["cached_tokens"] += r.cached_tokens or 0
        row["cache_hits"] += 1 if r.cache_hit else 0
        if r.cost_usd is not None:
            row["cost_usd"] += r.cost_usd
        else:
            row["unpriced_requests"] += 1
    return list(rows.values())


def refused(record: RequestRecord) -> bool:
    """Refused or failed without using anything (a 401, a limit's 429, an upstream that never
    answered): not a request in the spend reports, which count what was served or paid for."""
    return (
        record.status_code >= 400
        and not record.prompt_tokens
        and not record.completion_tokens
        and not record.cost_usd
    )


def upsert_rollup(conn: sa.Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Add ``rows`` to ``spend_daily`` (creating the missing ones) on ``conn``'s transaction.

    Rows with the same key are merged first. They are written in key order, so that two
    writers adding to the same rows lock them in the same order and cannot deadlock.
    """
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple(row[name] for name in _KEY)
        if key in merged:
            for name in _SUMS:
                merged[key][name] += row[name]
        else:
            merged[key] = {name: row[name] for name in (*_KEY, *_SUMS)}
    if not merged:
        return
    stmt = adding_upsert(conn.dialect.name, spend_daily, _KEY, _SUMS)
    conn.execute(stmt, [merged[key] for key in sorted(merged)])


def spend_report(
    engine: sa.Engine,
    *,
    by: Literal["key", "team", "model", "day"],
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    key_id: str | None = None,
    team_id: str | None = None,
) -> list[SpendRow]:
    """Spend grouped ``by`` one dimension, from the daily rollup.

    ``since`` and ``until`` select whole UTC days, both inclusive: the days the interval
    touches (naive datetimes are UTC). ``key_id``/``team_id`` keep one key's or team's spend
    (``""`` selects spend with no key/team). Ordered by cost, highest first (by day: oldest
    first); spend with no key or team is grouped as :data:`NO_GROUP`.
    """
    column = {"key": "key_id", "team": "team_id", "model": "model", "day": "day"}.get(by)
    if column is None:
        raise ValueError(f"by must be key, team, model or day, not {by!r}")
    group = spend_daily.c[column]
    sums = [sa.func.sum(spend_daily.c[name]).label(name) for name in _SUMS]
    stmt = (
        sa.select(group.label("group"), *sums)
        .where(*_filters(since=since, until=until, key_id=key_id, team_id=team_id))
        .group_by(group)
    )
    if by == "day":
        stmt = stmt.order_by(group.asc())
    else:
        stmt = stmt.order_by(sa.func.sum(spend_daily.c.cost_usd).desc(), group.asc())
    with engine.connect() as conn:
        return [_spend_row(row) for row in conn.execute(stmt)]


def spend_since(
    engine: sa.Engine,
    *,
    key_id: str | None = None,
    team_id: str | None = None,
    since: date,
) -> float:
    """Known cost in the rollup from the UTC day ``since`` on (inclusive), for one key, one
    team, both, or (neither given) everything. Seeds budgets when a gateway starts."""
    stmt = sa.select(sa.func.coalesce(sa.func.sum(spend_daily.c.cost_usd), 0.0)).where(
        *_filters(since=since, until=None, key_id=key_id, team_id=team_id)
    )
    with engine.connect() as conn:
        return float(conn.execute(stmt).scalar_one())


def _day(value: date | datetime) -> str:
    if isinstance(value, datetime):
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return utc.date().isoformat()
    return value.isoformat()


def _filters(
    *,
    since: date | datetime | None,
    until: date | datetime | None,
    key_id: str | None,
    team_id: str | None,
) -> list[sa.ColumnElement[bool]]:
    t = spend_daily
    conditions: list[sa.ColumnElement[bool]] = []
    # YYYY-MM-DD strings compare in date order.
    if since is not None:
        conditions.append(t.c.day >= _day(since))
    if until is not None:
        conditions.append(t.c.day <= _day(until))
    if key_id is not None:
        conditions.append(t.c.key_id == key_id)
    if team_id is not None:
        conditions.append(t.c.team_id == team_id)
    return conditions


def _spend_row(row: sa.Row[Any]) -> SpendRow:
    values = row._mapping
    return SpendRow(
        group=values["group"] or NO_GROUP,
        cost_usd=float(values["cost_usd"]),
        **{name: int(values[name]) for name in _SUMS if name != "cost_usd"},
    )
