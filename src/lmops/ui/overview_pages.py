"""The dashboard's overview: traffic, errors, latency percentiles, time to first token, tokens,
cost and cache hits over a chosen range, from the traffic rollup (never the request log).

Ranges: 1h and 6h by minute, 24h, 7d and 30d by hour, or a custom start and end (by minute up
to six hours, by hour beyond). A breakdown by model, key or team splits the tokens and cost
charts and the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lmops.store.keys import KeyRecord, KeyStore, TeamRecord
from lmops.store.traffic import (
    Dim,
    TrafficPoint,
    Width,
    buckets,
    percentile,
    traffic_series,
    traffic_totals,
    usage_lines,
)
from lmops.ui.key_pages import spends
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["RANGES", "routes"]

RANGES = {
    "1h": timedelta(hours=1),
    "6h": timedelta(hours=6),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
}
_BY: dict[str, Dim] = {"model": "model", "key": "key", "team": "team"}
_MINUTES_UP_TO = timedelta(hours=6)
_BUDGETS_SHOWN = 10
_CHARTED = 7  # the groups drawn in the tokens and cost charts: the costliest (all in the table)


def routes() -> list[BaseRoute]:
    return [Route("/overview", overview, methods=["GET"])]


@dataclass(frozen=True, slots=True)
class _Range:
    name: str
    start: datetime
    end: datetime
    width: Width


def _range(request: Request, now: datetime) -> _Range | str:
    """The range asked for, or what is wrong with it."""
    q = request.query_params
    name = q.get("range", "24h")
    if name == "custom":
        try:
            start = datetime.fromisoformat(q.get("start", "")).replace(tzinfo=UTC)
            end = datetime.fromisoformat(q.get("end", "")).replace(tzinfo=UTC)
        except ValueError:
            return "start, end: give both as YYYY-MM-DDTHH:MM (UTC)"
        if end <= start:
            return "end: must be after start"
    elif name in RANGES:
        start, end = now - RANGES[name], now
    else:
        return f"range: {name!r} is not one of {', '.join(RANGES)} or custom"
    return _Range(name, start, end, "minute" if end - start <= _MINUTES_UP_TO else "hour")


def _total(points: list[TrafficPoint]) -> dict[str, Any]:
    histogram = [sum(p.histogram[i] for p in points) for i in range(len(points[0].histogram))]
    requests = sum(p.requests for p in points)
    ttft_count = sum(p.ttft_count for p in points)
    return {
        "requests": requests,
        "errors": sum(p.errors for p in points),
        "error_rate": sum(p.errors for p in points) / requests if requests else None,
        "rate_limited": sum(p.rate_limited for p in points),
        "cache_hit_rate": sum(p.cache_hits for p in points) / requests if requests else None,
        "tokens": sum(p.prompt_tokens + p.completion_tokens for p in points),
        "cost_usd": sum(p.cost_usd for p in points),
        "unpriced": sum(p.unpriced_requests for p in points),
        "p50": percentile(histogram, 0.5),
        "p95": percentile(histogram, 0.95),
        "p99": percentile(histogram, 0.99),
        "ttft": sum(p.ttft_ms for p in points) / ttft_count if ttft_count else None,
    }


def _charts(
    r: _Range, total: list[TrafficPoint], lines: dict[str, dict[str, tuple[int, float]]]
) -> dict[str, Any]:
    """The chart data: an x axis of every bucket (epoch seconds) and one array per line."""
    axis = buckets(r.start, r.end, r.width)
    seconds = 60 if r.width == "minute" else 3600
    at = {p.bucket: p for p in total}

    def line(value: Any) -> list[float | None]:
        return [value(at[b]) if b in at else None for b in axis]

    def usage(i: int) -> dict[str, list[float | None]]:
        return {
            name or "(none)": [mine[b][i] if b in mine else None for b in axis]
            for name, mine in lines.items()
        }

    pattern = "%Y-%m-%dT%H:%M" if r.width == "minute" else "%Y-%m-%dT%H"
    return {
        "x": [datetime.strptime(b, pattern).replace(tzinfo=UTC).timestamp() for b in axis],
        "requests_per_s": line(lambda p: p.requests / seconds),
        "error_rate": line(lambda p: p.errors / p.requests if p.requests else None),
        "p50": line(lambda p: p.latency_percentile(0.5)),
        "p95": line(lambda p: p.latency_percentile(0.95)),
        "p99": line(lambda p: p.latency_percentile(0.99)),
        "ttft": line(lambda p: p.mean_ttft_ms),
        "cache_hit_rate": line(lambda p: p.cache_hits / p.requests if p.requests else None),
        "tokens": usage(0),
        "cost": usage(1),
    }


@dataclass(frozen=True, slots=True)
class _Budget:
    kind: str  # key | team
    id: str
    name: str
    period: str
    limit: float
    spent: float

    @property
    def used(self) -> float:
        return self.spent / self.limit


def _budgets(ui: Ui) -> list[_Budget]:
    """The keys and teams with a budget, most used first: spend in the budget's current period
    against its amount."""
    store = KeyStore(ui.engine)
    found: list[_Budget] = []
    kinds: tuple[tuple[Literal["key", "team"], Sequence[KeyRecord | TeamRecord]], ...] = (
        ("key", [k for k in store.list_keys() if k.limits.budget_usd and k.revoked_at is None]),
        ("team", [t for t in store.list_teams() if t.limits.budget_usd]),
    )
    for kind, records in kinds:
        spent = spends(ui, kind, records)
        for r in records:
            assert r.limits.budget_usd is not None
            period = r.limits.budget_period or "monthly"
            found.append(
                _Budget(kind, r.id, r.name, period, r.limits.budget_usd, spent.get(r.id, 0.0))
            )
    found.sort(key=lambda b: -b.used)
    return found[:_BUDGETS_SHOWN]


@page("view")
async def overview(request: Request, ui: Ui, session: Session) -> Response:
    now = datetime.now(UTC)
    chosen = _range(request, now)
    by = request.query_params.get("by", "model")
    if isinstance(chosen, str) or by not in _BY:
        error = chosen if isinstance(chosen, str) else f"by: {by!r} is not model, key or team"
        return ui.render(
            request, "overview.html", session, 400, error=error, ranges=RANGES, r=None, by=by
        )
    r = chosen
    dim = _BY[by]

    def load() -> tuple[list[TrafficPoint], list[tuple[str, TrafficPoint]], dict[str, Any]]:
        [(_, total)] = traffic_series(ui.engine, r.start, r.end, r.width) or [("", [])]
        groups = traffic_totals(ui.engine, r.start, r.end, r.width, dim)
        groups.sort(key=lambda g: (-g[1].cost_usd, -g[1].requests, g[0]))
        top = [name for name, _ in groups[:_CHARTED]]
        return total, groups, usage_lines(ui.engine, r.start, r.end, r.width, dim, top)

    total, groups, lines = await blocking(load)
    budgets = await blocking(lambda: _budgets(ui))
    table = [(name or "(none)", _total([point])) for name, point in groups]
    return ui.render(
        request,
        "overview.html",
        session,
        error=None,
        ranges=RANGES,
        r=r,
        by=by,
        summary=_total(total) if total else None,
        table=table,
        budgets=budgets,
        # inside <script type="application/json">: no "</" may close it early
        charts=orjson.dumps(_charts(r, total, lines)).decode().replace("</", "<\\/"),
    )
