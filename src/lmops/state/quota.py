"""Shared quota state: rate limits and budgets, reserved at admission and settled afterwards.

Both backends (``MemoryQuotaStore`` for one process, ``RedisQuotaStore`` for many) implement
``QuotaStore`` with the same behaviour:

- rpm and tpm are sliding logs over the last ``window`` seconds (60): a request counts from the
  moment it is admitted until exactly one window later; never a bucket, never a fixed window.
- max_parallel counts leases, released by ``settle`` or reclaimed after ``lease_ttl`` seconds.
- a budget holds, per (scope, calendar period), the money spent and the money reserved by
  requests still running; a reservation is reclaimed after ``lease_ttl`` seconds.
- ``admit`` is all or nothing over every limit and budget it names.

Money is kept as integer nano-dollars inside both backends, so sums never drift and both backends
compare the same numbers; the API speaks float USD.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any, Literal, Protocol

__all__ = [
    "Admission",
    "Budget",
    "BudgetAlert",
    "BudgetStatus",
    "Decision",
    "LeaseIds",
    "LimitStatus",
    "Period",
    "PeriodClock",
    "QuotaError",
    "QuotaStore",
    "RateLimit",
    "Reason",
    "Ticket",
    "WindowUsage",
    "budget_alert",
    "from_nanos",
    "period_end",
    "period_id",
    "period_start",
    "resets_at",
    "to_nanos",
]

Period = Literal["daily", "weekly", "monthly", "total"]
Reason = Literal["rpm", "tpm", "parallel", "budget"]

NANOS_PER_USD = 1_000_000_000
PARALLEL_RETRY_AFTER = 1.0


@dataclass(frozen=True, slots=True)
class RateLimit:
    """Limits on one scope ("key:...", "team:...", "group:..."); None means unlimited."""

    scope: str
    rpm: int | None = None
    tpm: int | None = None
    max_parallel: int | None = None


@dataclass(frozen=True, slots=True)
class Budget:
    """At most ``max_usd`` spent per calendar ``period`` (UTC) on one scope."""

    scope: str
    max_usd: float
    period: Period
    soft_fraction: float = 0.8
    # In nano-dollars, computed once: the stores compare them on every admission and settlement.
    cap_nanos: int = field(init=False, repr=False, compare=False)
    soft_nanos: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cap_nanos", to_nanos(self.max_usd))
        object.__setattr__(self, "soft_nanos", to_nanos(self.soft_fraction * self.max_usd))


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class Admission:
    """One request asking to pass: what to check and what to reserve.

    ``tokens`` is the prompt estimate plus the most the answer may hold; ``cost`` the most it may
    cost in USD (0.0 when the price is unknown).
    """

    request_id: str
    rate_limits: tuple[RateLimit, ...]
    tokens: int
    budgets: tuple[Budget, ...]
    cost: float


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class LimitStatus:
    """One window's state for the ``x-ratelimit-*`` headers.

    ``remaining`` counts this admission when it was allowed. ``reset`` is the number of seconds
    until the oldest entry leaves the window (0 when the window is empty).
    """

    kind: Literal["requests", "tokens"]
    limit: int
    remaining: int
    reset: float


@dataclass(frozen=True, slots=True)
class BudgetAlert:
    """A budget's spend crossed its soft threshold (reported once per scope and period)."""

    scope: str
    period_id: str
    spent: float
    max_usd: float
    fraction: float


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class Ticket:
    """What ``settle`` needs to undo and replace a reservation. Opaque to callers.

    ``lease_id`` is unique per admission (the store makes it), so a repeated ``request_id`` can
    never overwrite another request's window entry.
    """

    request_id: str
    lease_id: str
    rate_limits: tuple[RateLimit, ...]
    budgets: tuple[Budget, ...]
    period_ids: tuple[str, ...]
    period_ends: tuple[float | None, ...]
    tokens: int
    cost: float
    handle: Any = None  # the store's own: what it needs to find this reservation's state again


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class Decision:
    """The answer to ``admit``.

    On refusal, ``reason`` and ``scope`` name the first failing check in the order rpm, tpm,
    parallel, budget (each kind across the limits in the order given), and ``retry_after`` is the
    number of seconds until that check could pass: None when it never can (a request larger than
    the tpm alone, an rpm of 0, a budget of period "total").
    """

    allowed: bool
    reason: Reason | None = None
    scope: str | None = None
    retry_after: float | None = None
    requests: LimitStatus | None = None
    tokens: LimitStatus | None = None
    ticket: Ticket | None = None


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """A budget's state in its current period."""

    scope: str
    period: Period
    period_id: str
    spent: float
    reserved: float
    max_usd: float
    resets_at: datetime | None


@dataclass(frozen=True, slots=True)
class WindowUsage:
    """What a rate limit's scope holds now: the requests and tokens it admitted in the last
    window (tokens as reserved, replaced by the real count once settled) and its leases."""

    scope: str
    requests: int
    tokens: int
    parallel: int


class QuotaError(Exception):
    """The backend cannot be reached or failed (Redis down, timeout)."""


class QuotaStore(Protocol):
    """Shared rate-limit and budget state; see the module docstring for the semantics."""

    async def admit(self, admission: Admission) -> Decision:
        """Check every limit and budget and reserve them all, or change nothing."""
        ...

    async def settle(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        """Replace the reservation with the real usage (None: unknown); a second call is a no-op.

        Returns the budgets whose soft threshold this settlement crossed first in its period.
        """
        ...

    async def budget_status(self, budget: Budget) -> BudgetStatus:
        """The budget's spend and reservations in the current period."""
        ...

    async def seed_spend(self, budget: Budget, spent: float) -> None:
        """Set the current period's spend unless some is recorded already (startup seeding)."""
        ...

    async def window_usage(self, scope: str) -> WindowUsage:
        """What ``scope``'s rate limits count now, changing nothing (for people to read)."""
        ...

    async def close(self) -> None:
        """Release what the store holds (connections it created)."""
        ...


def to_nanos(usd: float) -> int:
    """USD as integer nano-dollars (negative amounts count as 0)."""
    if not math.isfinite(usd):
        raise ValueError(f"amount must be finite, got {usd!r}")
    return max(0, round(usd * NANOS_PER_USD))


def from_nanos(nanos: int) -> float:
    return nanos / NANOS_PER_USD


def budget_alert(budget: Budget, period_id: str, spent_nanos: int) -> BudgetAlert:
    spent = from_nanos(spent_nanos)
    fraction = spent / budget.max_usd if budget.max_usd > 0 else math.inf
    return BudgetAlert(budget.scope, period_id, spent, budget.max_usd, fraction)


def _utc(now: datetime) -> datetime:
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def period_id(period: Period, now: datetime) -> str:
    """The UTC calendar period holding ``now``: "d2026-11-27", "w2026-W48", "m2026-11", "total".

    A naive ``now`` is taken as UTC. Weeks are ISO weeks (Monday first, ISO week-year).
    """
    if period == "total":
        return "total"
    now = _utc(now)
    if period == "daily":
        return f"d{now:%Y-%m-%d}"
    if period == "weekly":
        year, week, _ = now.isocalendar()
        return f"w{year:04d}-W{week:02d}"
    if period == "monthly":
        return f"m{now:%Y-%m}"
    raise ValueError(f"unknown period {period!r}")


def resets_at(end: float | None) -> datetime | None:
    """A period end from ``PeriodClock.current`` as a UTC datetime."""
    return None if end is None else datetime.fromtimestamp(end, UTC)


def period_end(period: Period, now: datetime) -> datetime | None:
    """When the period holding ``now`` ends (UTC), or None for "total"."""
    if period == "total":
        return None
    now = _utc(now)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "daily":
        return midnight + timedelta(days=1)
    if period == "weekly":
        return midnight + timedelta(days=7 - now.weekday())
    if period == "monthly":
        first = midnight.replace(day=1)
        return (first + timedelta(days=32)).replace(day=1)
    raise ValueError(f"unknown period {period!r}")


class PeriodClock:
    """Period ids and ends for timestamps, recomputed only when a period rolls over."""

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[Period, tuple[float, float, str, float | None]] = {}

    def current(self, period: Period, now: float) -> tuple[str, float | None]:
        """(period id, end as a unix timestamp or None) for ``now`` (a unix timestamp)."""
        hit = self._cache.get(period)
        if hit is not None and hit[0] <= now < hit[1]:
            return hit[2], hit[3]
        moment = datetime.fromtimestamp(now, UTC)
        end = period_end(period, moment)
        end_ts = None if end is None else end.timestamp()
        start = _period_start(period, moment)
        pid = period_id(period, moment)
        self._cache[period] = (start, math.inf if end_ts is None else end_ts, pid, end_ts)
        return pid, end_ts


def _period_start(period: Period, moment: datetime) -> float:
    start = period_start(period, moment)
    return -math.inf if start is None else start.timestamp()


def period_start(period: Period, now: datetime) -> datetime | None:
    """The UTC midnight the period containing ``now`` began at; None for "total"."""
    if period == "total":
        return None
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "weekly":
        midnight -= timedelta(days=now.weekday())
    elif period == "monthly":
        midnight = midnight.replace(day=1)
    return midnight


class LeaseIds:
    """Unique lease ids: a random per-store nonce and a counter (unique across replicas)."""

    __slots__ = ("_counter", "_nonce")

    def __init__(self) -> None:
        self._nonce = os.urandom(6).hex()
        self._counter = count(1)

    def next(self) -> str:
        return f"{self._nonce}.{next(self._counter)}"
