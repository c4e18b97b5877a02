"""Traffic: a rollup of every logged request per minute and per hour, in all and by model group,
key, team and deployment, for the dashboard's overview and deployments pages.

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

from lmops.store.db import adding_upsert
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
Dim = Literal["model", "key", "team", "deployment"]
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
    record's model group, key, team and deployment.

    The writer calls this for every batch, so each record is only added to its group's vector
    (minute, model, key, team, deployment: a batch has few); the groups are then added to the
    ten rows.
    """
    groups: dict[tuple[int, str, str, str, str], list[float]] = {}
    lat = len(_SCALARS)  # the histogram's first slot in a vector
    for r in records:
        group = (
            int(r.created_at // 60),
            r.model_group,
            r.key_id or "",
            r.team_id or "",
            r.deployment or "",
        )
        v = groups.get(group)
        if v is None:
            v = groups[group] = [0.0] * len(_SUMS)
        v[0] += 1
        if r.status_code >= 400:
            v[1] += 1
            v[2] += r.status_code == 429
        v[3] += r.cache_hit
        v[4] += r.prompt_tokens or 0
        v[5] += r.completion_tokens or 0
        if r.cost_usd is None:
            v[6] += 1
        else:
            v[7] += r.cost_usd
        v[8] += r.latency_ms
        if r.ttft_ms is not None:
            v[9] += r.ttft_ms
            v[10] += 1
        v[lat + bisect.bisect_left(LATENCY_BOUNDS_MS, r.latency_ms)] += 1
    rows: dict[tuple[str, ...], list[float]] = {}
    for (minute, model, key, team, deployment), v in groups.items():
        at = datetime.fromtimestamp(minute * 60, UTC)
        stamps = [at.strftime(_FORMAT[width]) for width in ("minute", "hour")]
        dims = (
            ("all", ""),
            ("model", model),
            ("key", key),
            ("team", team),
            ("deployment", deployment),
        )
        for (width, stamp), (dim, value) in itertools.product(
            zip(("minute", "hour"), stamps, strict=True), dims
        ):
            row_key = (width, stamp, dim, value)
            total = rows.get(row_key)
            if total is None:
                rows[row_key] = list(v)
            else:
                for i, x in enumerate(v):
                    total[i] += x
    return [
        dict(zip(_KEY, row_key, strict=True))
        | {name: x if name in _FLOATS else int(x) for name, x in zip(_SUMS, v, strict=True)}
        for row_key, v in rows.items()
    ]


def upsert_traffic(conn: sa.Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Add ``rows`` to ``traffic_rollup`` on ``conn``'s transaction, in key order (two writers
    then lock rows in the same order and cannot deadlock)."""
    ordered = sorted(rows, key=lambda row: tuple(row[name] for name in _KEY))
    if not ordered:
        return
    stmt = adding_upsert(conn.dialect.name, traffic_rollup, _KEY, _SUMS)
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
