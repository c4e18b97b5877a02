"""The quota store for one process: plain dictionaries, atomic because nothing inside awaits."""

from __future__ import annotations

import math
import time
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import count
from typing import NamedTuple

from lmops.state.quota import (
    PARALLEL_RETRY_AFTER,
    Admission,
    Budget,
    BudgetAlert,
    BudgetStatus,
    Decision,
    LimitStatus,
    PeriodClock,
    RateLimit,
    Reason,
    Ticket,
    budget_alert,
    from_nanos,
    resets_at,
    to_nanos,
)

__all__ = ["MemoryQuotaStore"]

# How long a budget's state outlives its period (late settlements still land in it).
_PERIOD_GRACE = 3600.0
# How long an unsettled ticket is remembered after its lease expired (a late settle still counts).
_OPEN_GRACE = 86400.0
# A window's log drops the entries that left it once they are this many and half of it.
_COMPACT_AT = 4096


class _Window:
    """A sliding log of admissions (time, lease number, tokens) with a running token total.

    The log is three arrays of machine numbers read from ``head`` on: a busy window holds a
    minute of requests (hundreds of thousands), and arrays keep them compact, contiguous and
    invisible to the garbage collector, where an object or a dict entry per request cost each
    request more the longer the window grew. Lease numbers only grow, so a lease is found again
    by bisection.
    """

    __slots__ = ("head", "leases", "times", "tokens", "total")

    def __init__(self) -> None:
        self.times = array("d")
        self.leases = array("q")
        self.tokens = array("q")
        self.head = 0  # entries before it have left the window
        self.total = 0

    def __len__(self) -> int:
        return len(self.times) - self.head

    def oldest(self) -> float | None:
        return self.times[self.head] if len(self.times) > self.head else None

    def purge(self, cutoff: float) -> None:
        times, head, end = self.times, self.head, len(self.times)
        if head == end or times[head] > cutoff:
            return
        tokens, total = self.tokens, self.total
        while head < end and times[head] <= cutoff:
            total -= tokens[head]
            head += 1
        self.total = total
        if head >= _COMPACT_AT and 2 * head >= end:  # amortised: each entry moves at most once
            del times[:head], self.leases[:head], tokens[:head]
            head = 0
        self.head = head

    def add(self, lease: int, tokens: int, now: float) -> None:
        times = self.times
        # A clock that steps back must not break the log's order; the entry then counts longer.
        times.append(max(now, times[-1]) if len(times) > self.head else now)
        self.leases.append(lease)
        self.tokens.append(tokens)
        self.total += tokens

    def replace(self, lease: int, reserved: int, tokens: int) -> None:
        i = bisect_left(self.leases, lease, self.head)
        if i < len(self.leases) and self.leases[i] == lease and self.tokens[i] == reserved:
            self.total += tokens - reserved
            self.tokens[i] = tokens

    def rpm_retry(self, rpm: int, now: float, window: float) -> float | None:
        if rpm <= 0:
            return None
        # The (count + 1 - rpm)-th oldest entry must leave before one more fits.
        k = len(self) + 1 - rpm
        return self.times[self.head + k - 1] + window - now

    def tpm_retry(self, tpm: int, tokens: int, now: float, window: float) -> float | None:
        if tokens > tpm:
            return None
        need = self.total + tokens - tpm
        freed = 0
        for i in range(self.head, len(self.times)):
            freed += self.tokens[i]
            if freed >= need:
                return self.times[i] + window - now
        return window


@dataclass(slots=True)
class _BudgetState:
    """One budget in one period; amounts in nano-dollars."""

    expires_at: float | None
    spent: int = 0
    spent_recorded: bool = False
    reserved: int = 0
    alerted: bool = False


class _BudgetProbe(NamedTuple):
    period_id: str
    end: float | None
    spent: int
    reserved: int


class MemoryQuotaStore:
    """``QuotaStore`` for one process. ``clock`` and ``window`` exist for tests."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        lease_ttl: float = 900.0,
        window: float = 60.0,
    ) -> None:
        self._clock = clock
        self._lease_ttl = lease_ttl
        self._window = window
        self._windows: dict[str, _Window] = {}
        self._parallel: dict[str, int] = {}  # scope -> leases held
        self._budgets: dict[tuple[str, str], _BudgetState] = {}
        # Admitted, unsettled tickets by lease, oldest first (every lease lasts lease_ttl):
        # ``_live`` ones hold their parallel slots and budget reservations; ``_late`` ones
        # outlived their lease and released both, but a late settlement still counts.
        self._live: OrderedDict[str, tuple[float, Ticket]] = OrderedDict()
        self._late: OrderedDict[str, tuple[float, Ticket]] = OrderedDict()
        # No live lease expires before _next_expiry (the oldest's, or earlier if it settled).
        self._next_expiry = math.inf
        self._last_expiry = -math.inf
        self._periods = PeriodClock()
        self._leases = count(1)  # lease ids are these numbers, as text
        self._next_sweep = float("-inf")

    async def admit(self, admission: Admission) -> Decision:
        return self._admit(admission)

    def admit_now(self, admission: Admission) -> Decision:
        """``admit`` without a coroutine: nothing here waits."""
        return self._admit(admission)

    async def settle(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        return self._settle(ticket, tokens, cost)

    def settle_now(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        """``settle`` without a coroutine: nothing here waits, so callers may skip a task."""
        return self._settle(ticket, tokens, cost)

    async def budget_status(self, budget: Budget) -> BudgetStatus:
        now = self._clock()
        self._expire(now)
        probe = self._probe_budget(budget, now)
        spent, reserved = from_nanos(probe.spent), from_nanos(probe.reserved)
        return BudgetStatus(
            budget.scope, budget.period, probe.period_id, spent, reserved, budget.max_usd,
            resets_at(probe.end),
        )  # fmt: skip

    async def seed_spend(self, budget: Budget, spent: float) -> None:
        pid, end = self._periods.current(budget.period, self._clock())
        state = self._budget_at(budget.scope, pid, end)
        if not state.spent_recorded:
            state.spent = to_nanos(spent)
            state.spent_recorded = True
            # Spend already past the threshold was alerted on when it crossed (before a restart).
            soft = budget.soft_nanos
            state.alerted = state.alerted or state.spent >= soft

    async def close(self) -> None:
        self._windows.clear()
        self._parallel.clear()
        self._budgets.clear()
        self._live.clear()
        self._late.clear()

    # -- admission ---------------------------------------------------------------------------

    def _admit(self, admission: Admission) -> Decision:
        if admission.tokens < 0:
            admission = replace(admission, tokens=0)
        now = self._clock()
        if now >= self._next_sweep:
            self._sweep(now)
        if now >= self._next_expiry:  # rarely: leases last lease_ttl (15 minutes)
            self._expire(now)
        cutoff = now - self._window
        windows = [self._probe_window(limit, cutoff) for limit in admission.rate_limits]
        parallel = self._parallel
        leases = [parallel.get(limit.scope, 0) for limit in admission.rate_limits]
        budgets = [self._probe_budget(budget, now) for budget in admission.budgets]
        failure = _first_failure(admission, windows, leases, budgets)
        allowed = failure is None
        requests, tokens = _statuses(admission, windows, allowed, now, self._window)
        if failure is not None:
            reason, i = failure
            retry = self._retry_after(admission, reason, i, windows, budgets, now)
            scope = (admission.budgets if reason == "budget" else admission.rate_limits)[i].scope
            return Decision(False, reason, scope, retry, requests, tokens)
        ticket = self._reserve(admission, budgets, now)
        return Decision(True, requests=requests, tokens=tokens, ticket=ticket)

    def _probe_window(self, limit: RateLimit, cutoff: float) -> _Window | None:
        if limit.rpm is None and limit.tpm is None:
            return None
        window = self._windows.get(limit.scope)
        if window is not None:
            window.purge(cutoff)
        return window

    def _probe_budget(self, budget: Budget, now: float) -> _BudgetProbe:
        pid, end = self._periods.current(budget.period, now)
        state = self._budgets.get((budget.scope, pid))
        if state is None:
            return _BudgetProbe(pid, end, 0, 0)
        return _BudgetProbe(pid, end, state.spent, state.reserved)

    def _retry_after(
        self,
        admission: Admission,
        reason: Reason,
        i: int,
        windows: list[_Window | None],
        budgets: list[_BudgetProbe],
        now: float,
    ) -> float | None:
        if reason == "parallel":
            return PARALLEL_RETRY_AFTER
        if reason == "budget":
            end = budgets[i].end
            return None if end is None else end - now
        limit, window = admission.rate_limits[i], windows[i]
        if window is None:
            return None  # refused on an empty window: the request can never fit
        if reason == "rpm":
            assert limit.rpm is not None
            return window.rpm_retry(limit.rpm, now, self._window)
        assert limit.tpm is not None
        return window.tpm_retry(limit.tpm, admission.tokens, now, self._window)

    def _reserve(self, admission: Admission, budgets: list[_BudgetProbe], now: float) -> Ticket:
        number = next(self._leases)
        lease = str(number)
        limits = admission.rate_limits
        parallel = self._parallel
        for limit in _distinct(limits):
            if limit.rpm is not None or limit.tpm is not None:
                window = self._windows.get(limit.scope)
                if window is None:
                    window = self._windows[limit.scope] = _Window()
                window.add(number, admission.tokens, now)
            if limit.max_parallel is not None:
                parallel[limit.scope] = parallel.get(limit.scope, 0) + 1
        period_ids: tuple[str, ...] = ()
        period_ends: tuple[float | None, ...] = ()
        if budgets:
            cost = to_nanos(admission.cost)
            for i in _distinct_indices(admission.budgets):
                pid, end = budgets[i].period_id, budgets[i].end
                self._budget_at(admission.budgets[i].scope, pid, end).reserved += cost
            period_ids = tuple([probe.period_id for probe in budgets])
            period_ends = tuple([probe.end for probe in budgets])
        ticket = Ticket(
            admission.request_id,
            lease,
            limits,
            admission.budgets,
            period_ids,
            period_ends,
            admission.tokens,
            admission.cost,
        )
        # A clock that steps back must not break the order; the lease then lasts longer.
        expiry = max(now + self._lease_ttl, self._last_expiry)
        self._last_expiry = expiry
        if not self._live:
            self._next_expiry = expiry
        self._live[lease] = (expiry, ticket)
        return ticket

    def _release(self, ticket: Ticket) -> None:
        """Give back a live ticket's parallel slots and budget reservations."""
        parallel = self._parallel
        for limit in _distinct(ticket.rate_limits):
            if limit.max_parallel is not None:
                held = parallel.get(limit.scope, 0) - 1
                if held > 0:
                    parallel[limit.scope] = held
                else:
                    parallel.pop(limit.scope, None)
        if ticket.budgets:
            reserved = to_nanos(ticket.cost)
            for i in _distinct_indices(ticket.budgets):
                state = self._budgets.get((ticket.budgets[i].scope, ticket.period_ids[i]))
                if state is not None:
                    state.reserved -= reserved

    def _expire(self, now: float) -> None:
        """Release the tickets whose lease ran out (their request died unsettled)."""
        live = self._live
        while live:
            lease, (expiry, ticket) = next(iter(live.items()))
            if expiry > now:
                self._next_expiry = expiry
                return
            del live[lease]
            self._release(ticket)
            self._late[lease] = (expiry + _OPEN_GRACE, ticket)
        self._next_expiry = math.inf

    def _budget_at(self, scope: str, pid: str, end: float | None) -> _BudgetState:
        state = self._budgets.get((scope, pid))
        if state is None:
            expires = None if end is None else end + self._lease_ttl + _PERIOD_GRACE
            state = self._budgets[(scope, pid)] = _BudgetState(expires)
        return state

    # -- settlement --------------------------------------------------------------------------

    def _settle(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        lease = ticket.lease_id
        if self._live.pop(lease, None) is not None:
            self._release(ticket)
        elif self._late.pop(lease, None) is None:
            return ()  # settled already, or too late to count
        if tokens is not None:
            tokens = max(0, tokens)
            for limit in ticket.rate_limits:
                if limit.tpm is not None:
                    window = self._windows.get(limit.scope)
                    if window is not None:
                        window.replace(int(lease), ticket.tokens, tokens)
        if not ticket.budgets:
            return ()
        return self._settle_budgets(ticket, to_nanos(cost or 0.0))

    def _settle_budgets(self, ticket: Ticket, spend: int) -> tuple[BudgetAlert, ...]:
        alerts = []
        periods = zip(ticket.budgets, ticket.period_ids, ticket.period_ends, strict=True)
        for budget, pid, end in periods:
            # The spend belongs to the period of admission, even when that has ended since.
            state = self._budget_at(budget.scope, pid, end)
            state.spent += spend
            state.spent_recorded = True
            soft = budget.soft_nanos
            if not state.alerted and state.spent >= soft:
                state.alerted = True
                alerts.append(budget_alert(budget, pid, state.spent))
        return tuple(alerts)

    # -- housekeeping ------------------------------------------------------------------------

    def _sweep(self, now: float) -> None:
        """Drop idle scopes, ended periods and forgotten tickets, once per window, so the state
        stays bounded."""
        self._next_sweep = now + self._window
        cutoff = now - self._window
        for scope, window in list(self._windows.items()):
            window.purge(cutoff)
            if len(window) == 0:
                del self._windows[scope]
        self._expire(now)
        for key, state in list(self._budgets.items()):
            if state.expires_at is not None and state.expires_at <= now:
                del self._budgets[key]
        late = self._late
        while late:
            lease, (until, _) = next(iter(late.items()))
            if until > now:
                break
            del late[lease]


def _distinct_indices(items: Sequence[RateLimit | Budget]) -> Sequence[int]:
    """Where each scope first appears: a scope named twice in one admission holds once."""
    if len(items) < 2:
        return range(len(items))
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        first.setdefault(item.scope, i)
    return list(first.values())


def _distinct(limits: tuple[RateLimit, ...]) -> Sequence[RateLimit]:
    if len(limits) < 2:
        return limits
    return [limits[i] for i in _distinct_indices(limits)]


def _first_failure(
    admission: Admission,
    windows: list[_Window | None],
    leases: list[int],
    budgets: list[_BudgetProbe],
) -> tuple[Reason, int] | None:
    limits = admission.rate_limits
    for i, limit in enumerate(limits):
        window = windows[i]
        if limit.rpm is not None and (len(window) if window is not None else 0) + 1 > limit.rpm:
            return "rpm", i
    for i, limit in enumerate(limits):
        window = windows[i]
        used = window.total if window is not None else 0
        if limit.tpm is not None and used + admission.tokens > limit.tpm:
            return "tpm", i
    for i, limit in enumerate(limits):
        if limit.max_parallel is not None and leases[i] + 1 > limit.max_parallel:
            return "parallel", i
    cost = to_nanos(admission.cost)
    for i, (budget, probe) in enumerate(zip(admission.budgets, budgets, strict=True)):
        cap = budget.cap_nanos
        if probe.spent >= cap or probe.spent + probe.reserved + cost > cap:
            return "budget", i
    return None


def _statuses(
    admission: Admission,
    windows: list[_Window | None],
    allowed: bool,
    now: float,
    span: float,
) -> tuple[LimitStatus | None, LimitStatus | None]:
    """The most restrictive requests and tokens windows (lowest remaining, first on ties)."""
    requests: LimitStatus | None = None
    tokens: LimitStatus | None = None
    for limit, window in zip(admission.rate_limits, windows, strict=True):
        held, oldest = (len(window), window.oldest()) if window is not None else (0, None)
        if oldest is None and allowed:
            oldest = now
        reset = 0.0 if oldest is None else oldest + span - now
        if limit.rpm is not None:
            used = held + allowed
            left = max(0, limit.rpm - used)
            if requests is None or left < requests.remaining:
                requests = LimitStatus("requests", limit.rpm, left, reset)
        if limit.tpm is not None:
            used = (window.total if window is not None else 0) + (
                admission.tokens if allowed else 0
            )
            left = max(0, limit.tpm - used)
            if tokens is None or left < tokens.remaining:
                tokens = LimitStatus("tokens", limit.tpm, left, reset)
    return requests, tokens
