"""Cost planning: a monthly estimate from a workload's shape, a replay of the logged traffic at
another model's prices, and when each budget runs out at its current daily rate.

All three read rollups (``spend_daily``), never the request log: re-pricing is linear in the
token counts, so a day's sums re-price exactly as its requests would one by one.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

import sqlalchemy as sa

from lmops.catalog.prices import ModelPrice, Usage, cost
from lmops.state.quota import period_start
from lmops.store.keys import KeyRecord, KeyStore, TeamRecord
from lmops.store.spend import spend_since
from lmops.store.tables import spend_daily

__all__ = [
    "DAYS_PER_MONTH",
    "BudgetForecast",
    "DayTokens",
    "Period",
    "Projection",
    "Replay",
    "daily_tokens",
    "forecast_budget",
    "forecast_budgets",
    "monthly_estimate",
    "project",
    "replay",
    "reprice",
    "whole_days",
]

DAYS_PER_MONTH = 30
Period = Literal["daily", "weekly", "monthly", "total"]
# The t distribution's 97.5% quantile by degrees of freedom (1-30); past 30, the normal's 1.96.
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
         2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
         2.060, 2.056, 2.052, 2.048, 2.045, 2.042)  # fmt: skip


def monthly_estimate(
    price: ModelPrice,
    requests_per_day: int,
    input_tokens: int,
    output_tokens: int,
    *,
    cache_hit_rate: float = 0.0,
    cached_input_share: float = 0.0,
    days: int = DAYS_PER_MONTH,
) -> Decimal:
    """USD a month: ``requests_per_day`` x ``days`` requests of ``input_tokens`` in and
    ``output_tokens`` out, less the share the gateway's response cache answers
    (``cache_hit_rate``: no upstream call, no cost), with ``cached_input_share`` of each prompt
    read from the provider's prompt cache (billed at its cached-input price)."""
    per_request = cost(
        price,
        Usage(input_tokens, output_tokens, cached_tokens=round(input_tokens * cached_input_share)),
    )
    upstream = Decimal(requests_per_day * days) * (1 - Decimal(str(cache_hit_rate)))
    return upstream * per_request


@dataclass(frozen=True, slots=True)
class DayTokens:
    """One UTC day's answered requests, as the spend rollup summed them."""

    day: date
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int
    cost_usd: float  # the known cost
    unpriced_requests: int


def daily_tokens(
    engine: sa.Engine, first: date, last: date, model_group: str | None = None
) -> list[DayTokens]:
    """Every UTC day from ``first`` to ``last`` (both included; a day without traffic is a day
    of zeros), of all model groups or one."""
    s = spend_daily
    sums = ("requests", "prompt_tokens", "completion_tokens", "cached_tokens", "cost_usd",
            "unpriced_requests")  # fmt: skip
    stmt = (
        sa.select(s.c.day, *(sa.func.sum(s.c[n]).label(n) for n in sums))
        .where(s.c.day >= first.isoformat(), s.c.day <= last.isoformat())
        .group_by(s.c.day)
    )
    if model_group is not None:
        stmt = stmt.where(s.c.model == model_group)
    with engine.connect() as conn:
        found = {row.day: row for row in conn.execute(stmt)}
    days = []
    for i in range((last - first).days + 1):
        day = first + timedelta(days=i)
        row = found.get(day.isoformat())
        if row is None:
            days.append(DayTokens(day, 0, 0, 0, 0, 0.0, 0))
            continue
        days.append(
            DayTokens(
                day,
                int(row.requests),
                int(row.prompt_tokens),
                int(row.completion_tokens),
                int(row.cached_tokens),
                float(row.cost_usd),
                int(row.unpriced_requests),
            )
        )
    return days


def reprice(
    days: Sequence[DayTokens], price: ModelPrice, prompt_ratio: float = 1.0,
    completion_ratio: float = 1.0,
) -> list[float]:  # fmt: skip
    """Each day's cost had ``price`` served its tokens (scaled by the ratios, when the logged
    text was re-counted with the model's own tokenizer)."""
    return [
        float(
            cost(
                price,
                Usage(
                    round(d.prompt_tokens * prompt_ratio),
                    round(d.completion_tokens * completion_ratio),
                    cached_tokens=round(d.cached_tokens * prompt_ratio),
                ),
            )
        )
        for d in days
    ]


@dataclass(frozen=True, slots=True)
class Projection:
    """A month (30 days) projected from daily totals: their mean x 30, with a 95% interval from
    the day-to-day variation (a t interval on the daily mean; none from a single day)."""

    days: int
    total: float
    daily_mean: float
    monthly: float
    low: float | None
    high: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "total_usd": self.total,
            "daily_mean_usd": self.daily_mean,
            "monthly_usd": self.monthly,
            "monthly_low_usd": self.low,
            "monthly_high_usd": self.high,
        }


def project(daily: Sequence[float]) -> Projection:
    n = len(daily)
    if not n:
        raise ValueError("no whole day to project from")
    mean = statistics.fmean(daily)
    low = high = None
    if n > 1:
        t = _T975[n - 2] if n - 1 <= len(_T975) else 1.96
        half = t * statistics.stdev(daily) / math.sqrt(n)
        low, high = max(0.0, mean - half) * DAYS_PER_MONTH, (mean + half) * DAYS_PER_MONTH
    return Projection(n, sum(daily), mean, mean * DAYS_PER_MONTH, low, high)


@dataclass(frozen=True, slots=True)
class Replay:
    """The whole UTC days ``first`` to ``last``: what they cost, and each model's re-pricing."""

    first: date
    last: date
    model_group: str | None
    requests: int
    unpriced_requests: int
    actual: Projection
    models: tuple[tuple[str, Projection], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "first_day": self.first.isoformat(),
            "last_day": self.last.isoformat(),
            "model_group": self.model_group,
            "requests": self.requests,
            "actual": self.actual.to_json() | {"unpriced_requests": self.unpriced_requests},
            "replays": [{"model": name} | p.to_json() for name, p in self.models],
        }


def whole_days(span: timedelta, now: datetime) -> tuple[date, date]:
    """The whole UTC days within ``span`` before ``now`` (today, not whole yet, left out);
    ``first`` after ``last`` when there is none."""
    return (now - span).date() + timedelta(days=1), now.date() - timedelta(days=1)


def replay(
    engine: sa.Engine,
    first: date,
    last: date,
    priced: Sequence[tuple[str, ModelPrice]],
    model_group: str | None = None,
    ratios: tuple[float, float] = (1.0, 1.0),
) -> Replay:
    """The days' traffic (of one model group, or all) re-priced at each model's prices."""
    days = daily_tokens(engine, first, last, model_group)
    return Replay(
        first=first,
        last=last,
        model_group=model_group,
        requests=sum(d.requests for d in days),
        unpriced_requests=sum(d.unpriced_requests for d in days),
        actual=project([d.cost_usd for d in days]),
        models=tuple((name, project(reprice(days, price, *ratios))) for name, price in priced),
    )


# The days whose spend sets a budget's current daily rate.
RATE_DAYS = 7


def forecast_budgets(
    engine: sa.Engine,
    keys: KeyStore,
    global_budget: tuple[Period, float] | None,
    now: datetime,
) -> list[BudgetForecast]:
    """Every budget: the global one (``(period, max_usd)``), then each team's and key's, with
    the rate of the last RATE_DAYS whole days."""
    today = now.date()

    def rate(key_id: str | None = None, team_id: str | None = None) -> float:
        recent = spend_since(engine, key_id=key_id, team_id=team_id,
                             since=today - timedelta(days=RATE_DAYS))  # fmt: skip
        todays = spend_since(engine, key_id=key_id, team_id=team_id, since=today)
        return (recent - todays) / RATE_DAYS

    def spent(period: Period, key_id: str | None = None, team_id: str | None = None) -> float:
        start = period_start(period, now)
        since = date(1970, 1, 1) if start is None else start.date()
        return spend_since(engine, key_id=key_id, team_id=team_id, since=since)

    found = []
    if global_budget is not None:
        period, max_usd = global_budget
        found.append(forecast_budget("global", "", "global", period, max_usd, spent(period),
                                     rate(), now))  # fmt: skip
    owners: list[tuple[str, KeyRecord | TeamRecord]] = [
        *(("team", t) for t in keys.list_teams()),
        *(("key", k) for k in keys.list_keys()),
    ]
    for scope, owner in owners:
        limit = owner.limits.budget_usd
        if limit is None:
            continue
        ids = {"key_id": owner.id} if scope == "key" else {"team_id": owner.id}
        period = owner.limits.budget_period or "monthly"
        found.append(forecast_budget(scope, owner.id, owner.name, period, limit,
                                     spent(period, **ids), rate(**ids), now))  # fmt: skip
    return found


Outlook = Literal["exhausted", "runs out", "lasts the period", "no recent spend"]


@dataclass(frozen=True, slots=True)
class BudgetForecast:
    """One budget: spent in its current period, the daily rate of the last whole days, and the
    day it runs out at that rate (None when it lasts until the period resets)."""

    scope: str  # global | team | key
    id: str
    name: str
    period: str
    max_usd: float
    spent_usd: float
    daily_rate_usd: float
    outlook: Outlook
    runs_out_on: date | None
    resets_on: date | None  # None for a "total" budget

    def to_json(self) -> dict[str, Any]:
        return {
            "scope": self.scope,
            "id": self.id,
            "name": self.name,
            "period": self.period,
            "max_usd": self.max_usd,
            "spent_usd": self.spent_usd,
            "daily_rate_usd": self.daily_rate_usd,
            "outlook": self.outlook,
            "runs_out_on": self.runs_out_on.isoformat() if self.runs_out_on else None,
            "resets_on": self.resets_on.isoformat() if self.resets_on else None,
        }


def forecast_budget(
    scope: str,
    ident: str,
    name: str,
    period: Period,
    max_usd: float,
    spent_usd: float,
    rate: float,
    now: datetime,
) -> BudgetForecast:
    """When ``max_usd`` runs out, ``spent_usd`` spent so far, at ``rate`` USD a day from now."""
    resets = _period_end(period, now)
    remaining = max_usd - spent_usd
    outlook: Outlook
    runs_out: date | None = None
    if remaining <= 0:
        outlook, runs_out = "exhausted", now.date()
    elif rate <= 0:
        outlook = "no recent spend"
    else:
        when = now + timedelta(days=remaining / rate)
        if resets is not None and when.date() >= resets:
            outlook = "lasts the period"
        else:
            outlook, runs_out = "runs out", when.date()
    return BudgetForecast(scope, ident, name, period, max_usd, spent_usd, rate, outlook,
                          runs_out, resets)  # fmt: skip


def _period_end(
    period: Literal["daily", "weekly", "monthly", "total"], now: datetime
) -> date | None:
    """The UTC day the next period begins."""
    start = period_start(period, now.astimezone(UTC))
    if start is None:
        return None
    if period == "daily":
        return start.date() + timedelta(days=1)
    if period == "weekly":
        return start.date() + timedelta(days=7)
    first = start.date()
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)
