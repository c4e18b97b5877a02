"""Traffic: a rollup of every logged request per minute and per hour, in all and by model group,
key and team, for the dashboard's overview.

The request-log writer adds each batch to ``traffic_rollup`` in the transaction that inserts it
(as it does ``spend_daily``), so the overview reads a few thousand rollup rows for any range,
never ``request_log``. Latency is kept as a histogram (fixed bucket bounds, below), so
percentiles over any range and any group are read from the summed counts: each is the bound of
the bucket it falls in, linearly placed within it, so it is exact to within that bucket.
"""

from __future__ import annotations

import bisect
import itertools
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
    "Dim",
    "TrafficPoint",
    "Width",
    "percentile",
    "traffic_rows",
    "traffic_series",
    "traffic_totals",
    "upsert_traffic",
    "usage_lines",
]

Width = Literal["minute", "hour"]
Dim = Literal["model", "key", "team"]
_STEP = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}
_FORMAT = {"minute": "%Y-%m-%dT%H:%M", "hour": "%Y-%m-%dT%H"}
_KEY = ("width", "bucket", "dim", "value")
_HISTOGRAM = tuple(f"lat_{i:02d}" for i in range(len(LATENCY_BOUNDS_MS) + 1))
_SCALARS = (
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
)
_SUMS = (*_SCALARS, *_HISTOGRAM)
_FLOATS = frozenset({"cost_usd", "latency_ms", "ttft_ms"})


def bucket(at: datetime, width: Width) -> str:
    return at.astimezone(UTC).strftime(_FORMAT[width])


def traffic_rows(records: Sequence[RequestRecord]) -> list[dict[str, Any]]:
    """``traffic_rollup`` rows for ``records``: per minute and per hour, in all and for the
    record's model group, key and team."""
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in records:
        at = datetime.fromtimestamp(r.created_at, UTC)
        lat = _HISTOGRAM[bisect.bisect_left(LATENCY_BOUNDS_MS, r.latency_ms)]
        dims = (("all", ""), ("model", r.model_group), ("key", r.key_id or ""))
        for width, (dim, value) in itertools.product(
            ("minute", "hour"), (*dims, ("team", r.team_id or ""))
        ):
            key = (width, at.strftime(_FORMAT[width]), dim, value)
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
    engine: sa.Engine, start: datetime, end: datetime, width: Width, by: Dim | None = None
) -> list[tuple[str, list[TrafficPoint]]]:
    """Totals per ``width`` bucket from ``start`` to ``end`` (UTC): one series per model group,
    key or team (``by``; ``""`` for none), or one series of all traffic, named ``""``."""
    t = traffic_rollup
    stmt = sa.select(t).where(*_in_range(start, end, width, by)).order_by(t.c.value, t.c.bucket)
    series: dict[str, list[TrafficPoint]] = {}
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            series.setdefault(row.value, []).append(_point(row))
    return list(series.items())


def traffic_totals(
    engine: sa.Engine, start: datetime, end: datetime, width: Width, by: Dim
) -> list[tuple[str, TrafficPoint]]:
    """Totals over the whole range per model group, key or team, summed by the database."""
    t = traffic_rollup
    stmt = (
        sa.select(
            t.c.value,
            sa.literal("").label("bucket"),
            *(sa.func.sum(t.c[n]).label(n) for n in _SUMS),
        )
        .where(*_in_range(start, end, width, by))
        .group_by(t.c.value)
    )
    with engine.connect() as conn:
        return [(row.value, _point(row)) for row in conn.execute(stmt)]


def usage_lines(
    engine: sa.Engine,
    start: datetime,
    end: datetime,
    width: Width,
    by: Dim,
    values: Sequence[str],
) -> dict[str, dict[str, tuple[int, float]]]:
    """Tokens and cost per bucket of the given model groups, keys or teams: what a chart of a
    few of them needs, without the rest of the rollup's columns."""
    t = traffic_rollup
    stmt = sa.select(
        t.c.value, t.c.bucket, t.c.prompt_tokens + t.c.completion_tokens, t.c.cost_usd
    ).where(*_in_range(start, end, width, by), t.c.value.in_(list(values)))
    found: dict[str, dict[str, tuple[int, float]]] = {}
    with engine.connect() as conn:
        for value, at, tokens, cost in conn.execute(stmt):
            found.setdefault(value, {})[at] = (int(tokens), float(cost))
    return found


def _in_range(
    start: datetime, end: datetime, width: Width, by: Dim | None
) -> list[sa.ColumnElement[bool]]:
    t = traffic_rollup
    return [
        t.c.width == width,
        t.c.dim == (by or "all"),
        t.c.bucket >= bucket(start, width),
        t.c.bucket <= bucket(end, width),
    ]


def _point(row: sa.Row[Any]) -> TrafficPoint:
    values = row._mapping
    # Sums come back as Decimal from PostgreSQL's bigint columns: plain numbers here.
    scalars: dict[str, Any] = {
        name: float(values[name]) if name in _FLOATS else int(values[name]) for name in _SCALARS
    }
    histogram = tuple(int(values[n]) for n in _HISTOGRAM)
    return TrafficPoint(row.bucket, histogram=histogram, **scalars)


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
