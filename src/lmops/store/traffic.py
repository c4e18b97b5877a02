"""Traffic: a rollup of every logged request per minute and per hour, model group, key and team,
for the dashboard's overview.

The request-log writer adds each batch to ``traffic_rollup`` in the transaction that inserts it
(as it does ``spend_daily``), so the overview reads a few thousand rollup rows for any range,
never ``request_log``. Latency is kept as a histogram (fixed bucket bounds, below), so
percentiles over any range and any group are read from the summed counts: each is the bound of
the bucket it falls in, linearly placed within it, so it is exact to within that bucket.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from lmops.store.db import dialect_insert
from lmops.store.tables import LATENCY_BOUNDS_MS, traffic_rollup

if TYPE_CHECKING:
    from lmops.store.request_log import RequestRecord

__all__ = [
    "LATENCY_BOUNDS_MS",
    "TrafficPoint",
    "Width",
    "percentile",
    "traffic_rows",
    "traffic_series",
    "upsert_traffic",
]

Width = Literal["minute", "hour"]
_STEP = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}
_FORMAT = {"minute": "%Y-%m-%dT%H:%M", "hour": "%Y-%m-%dT%H"}
_KEY = ("width", "bucket", "model", "key_id", "team_id")
_HISTOGRAM = tuple(f"lat_{i:02d}" for i in range(len(LATENCY_BOUNDS_MS) + 1))
_SUMS = (
    "requests",
    "errors",
    "rate_limited",
    "cache_hits",
    "prompt_tokens",
    "completion_tokens",
    "unpriced_requests",
    "cost_usd",
    "latency_ms",
    "ttft_ms",
    "ttft_count",
    *_HISTOGRAM,
)


def bucket(at: datetime, width: Width) -> str:
    return at.astimezone(UTC).strftime(_FORMAT[width])


def traffic_rows(records: Sequence[RequestRecord]) -> list[dict[str, Any]]:
    """``traffic_rollup`` rows for ``records``: per minute and per hour, model, key and team."""
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in records:
        at = datetime.fromtimestamp(r.created_at, UTC)
        lat = _HISTOGRAM[bisect.bisect_left(LATENCY_BOUNDS_MS, r.latency_ms)]
        for width in ("minute", "hour"):
            key = (
                width,
                at.strftime(_FORMAT[width]),
                r.model_group,
                r.key_id or "",
                r.team_id or "",
            )
            row = rows.get(key)
            if row is None:
                row = rows[key] = dict(zip(_KEY, key, strict=True)) | dict.fromkeys(_SUMS, 0)
            row["requests"] += 1
            row["errors"] += r.status_code >= 400
            row["rate_limited"] += r.status_code == 429
            row["cache_hits"] += r.cache_hit
            row["prompt_tokens"] += r.prompt_tokens or 0
            row["completion_tokens"] += r.completion_tokens or 0
            if r.cost_usd is None:
                row["unpriced_requests"] += 1
            else:
                row["cost_usd"] += r.cost_usd
            row["latency_ms"] += r.latency_ms
            if r.ttft_ms is not None:
                row["ttft_ms"] += r.ttft_ms
                row["ttft_count"] += 1
            row[lat] += 1
    return list(rows.values())


def upsert_traffic(conn: sa.Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Add ``rows`` to ``traffic_rollup`` on ``conn``'s transaction, in key order (two writers
    then lock rows in the same order and cannot deadlock)."""
    ordered = sorted(rows, key=lambda row: tuple(row[name] for name in _KEY))
    if not ordered:
        return
    insert = dialect_insert(conn, traffic_rollup)
    stmt = insert.on_conflict_do_update(
        index_elements=list(_KEY),
        set_={name: traffic_rollup.c[name] + insert.excluded[name] for name in _SUMS},
    )
    conn.execute(stmt, ordered)


@dataclass(frozen=True, slots=True)
class TrafficPoint:
    """The totals of one bucket (or of a whole range): what the overview charts."""

    bucket: str
    requests: int
    errors: int
    rate_limited: int
    cache_hits: int
    prompt_tokens: int
    completion_tokens: int
    unpriced_requests: int
    cost_usd: float
    latency_ms: float  # summed
    ttft_ms: float  # summed over ttft_count requests
    ttft_count: int
    histogram: tuple[int, ...]

    @property
    def mean_latency_ms(self) -> float | None:
        return self.latency_ms / self.requests if self.requests else None

    @property
    def mean_ttft_ms(self) -> float | None:
        return self.ttft_ms / self.ttft_count if self.ttft_count else None

    def latency_percentile(self, q: float) -> float | None:
        return percentile(self.histogram, q)


def percentile(histogram: Sequence[int], q: float) -> float | None:
    """The ``q`` quantile (0-1) of a latency histogram, placed linearly within its bucket."""
    total = sum(histogram)
    if not total:
        return None
    rank = q * total
    seen = 0
    for i, count in enumerate(histogram):
        if count and seen + count >= rank:
            low = LATENCY_BOUNDS_MS[i - 1] if i > 0 else 0.0
            high = LATENCY_BOUNDS_MS[i] if i < len(LATENCY_BOUNDS_MS) else low * 2
            return low + (high - low) * max(0.0, rank - seen) / count
        seen += count
    return None  # pragma: no cover - the loop ends on the last non-empty bucket


def traffic_series(
    engine: sa.Engine,
    start: datetime,
    end: datetime,
    width: Width,
    *,
    group_by: Literal["model", "key_id", "team_id"] | None = None,
    model: str | None = None,
    key_id: str | None = None,
    team_id: str | None = None,
) -> list[tuple[str, list[TrafficPoint]]]:
    """Totals per ``width`` bucket from ``start`` to ``end`` (UTC), one series per value of
    ``group_by`` (or one series, ``""``), optionally narrowed to a model, key or team."""
    t = traffic_rollup
    group = t.c[group_by] if group_by is not None else sa.literal("")
    sums = [sa.func.sum(t.c[name]).label(name) for name in _SUMS]
    conditions = [
        t.c.width == width,
        t.c.bucket >= bucket(start, width),
        t.c.bucket <= bucket(end, width),
    ]
    for column, value in (("model", model), ("key_id", key_id), ("team_id", team_id)):
        if value is not None:
            conditions.append(t.c[column] == value)
    stmt = (
        sa.select(group.label("grp"), t.c.bucket, *sums)
        .where(*conditions)
        .group_by(group, t.c.bucket)
        .order_by(group, t.c.bucket)
    )
    series: dict[str, list[TrafficPoint]] = {}
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            series.setdefault(row.grp, []).append(_point(row))
    return list(series.items())


def _point(row: sa.Row[Any]) -> TrafficPoint:
    return TrafficPoint(
        row.bucket,
        int(row.requests),
        int(row.errors),
        int(row.rate_limited),
        int(row.cache_hits),
        int(row.prompt_tokens),
        int(row.completion_tokens),
        int(row.unpriced_requests),
        float(row.cost_usd),
        float(row.latency_ms),
        float(row.ttft_ms),
        int(row.ttft_count),
        tuple(int(row[i]) for i in range(len(row) - len(_HISTOGRAM), len(row))),
    )


def buckets(start: datetime, end: datetime, width: Width) -> list[str]:
    """Every bucket name from ``start`` to ``end``: the chart's x axis, gaps included."""
    step = _STEP[width]
    at = start.astimezone(UTC).replace(second=0, microsecond=0)
    if width == "hour":
        at = at.replace(minute=0)
    found = []
    while at <= end:
        found.append(at.strftime(_FORMAT[width]))
        at += step
    return found
