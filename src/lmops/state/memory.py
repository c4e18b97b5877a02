"""The quota store for one process: plain objects, atomic because nothing inside awaits.

A caller that checks the same limits and budgets again and again (the gateway, once per key and
model group) asks for a :class:`MemoryGate` once and admits through it: the gate holds the
scopes' and budgets' state objects themselves, so an admission looks nothing up by name. When
the store drops idle state (at most once a window) or a budget period rolls over, gates look
their state up again on their next admission.
"""

from __future__ import annotations

import math
import time
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import count
from typing import TypeVar

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
    WindowUsage,
    budget_alert,
    from_nanos,
    resets_at,
    to_nanos,
)

__all__ = ["MemoryGate", "MemoryQuotaStore"]

_T = TypeVar("_T")

# How long a budget's state outlives its period (late settlements still land in it).
_PERIOD_GRACE = 3600.0
# How long an unsettled ticket is remembered after its lease expired (a late settle still counts).
_OPEN_GRACE = 86400.0
# A scope's log drops the entries that left its window once they are this many and half of it.
_COMPACT_AT = 4096


class _Scope:
    """One scope's state: the leases it holds (max_parallel) and a sliding log of its
    admissions (time, lease number, tokens) with a running token total (rpm, tpm).

    The log is three arrays of machine numbers read from ``head`` on: a busy window holds a
    minute of requests (hundreds of thousands), and arrays keep them compact, contiguous and
    invisible to the garbage collector, where an object or a dict entry per request cost each
    request more the longer the window grew. Lease numbers only grow, so a lease is found again
    by bisection.
    """

    __slots__ = ("head", "held", "leases", "times", "tokens", "total")

    def __init__(self) -> None:
        self.times = array("d")
        self.leases = array("q")
        self.tokens = array("q")
        self.head = 0  # entries before it have left the window
        self.total = 0
        self.held = 0  # leases holding a parallel slot

    def __len__(self) -> int:
        return len(self.times) - self.head

    def idle(self) -> bool:
        return self.held == 0 and len(self.times) == self.head

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


# A limit as checked: rpm, tpm, max_parallel (None: unlimited) and the scope's state.
_Check = tuple[int | None, int | None, int | None, "_Scope"]


class _Binding:
    """A gate's state objects, as of one store epoch and one budget period; tickets keep the
    binding they were admitted under, so settling finds the same objects."""

    __slots__ = (
        "budgets",
        "charged",
        "checks",
        "epoch",
        "logged",
        "metered",
        "parallel",
        "period_ends",
        "period_ids",
        "reserved",
        "states",
        "until",
    )

    def __init__(
        self,
        store: MemoryQuotaStore,
        rate_limits: tuple[RateLimit, ...],
        budgets: tuple[Budget, ...],
        now: float,
    ) -> None:
        self.epoch = store._epoch
        scopes = [store._scope(limit.scope) for limit in rate_limits]
        self.checks = tuple(
            (limit.rpm, limit.tpm, limit.max_parallel, scope)
            for limit, scope in zip(rate_limits, scopes, strict=True)
        )
        # A scope named twice in one admission holds once: a log entry if any of its limits
        # counts requests or tokens, a parallel slot if any counts leases.
        self.logged = _distinct(
            scope for rpm, tpm, _, scope in self.checks if rpm is not None or tpm is not None
        )
        self.metered = _distinct(scope for _, tpm, _, scope in self.checks if tpm is not None)
        self.parallel = _distinct(scope for _, _, par, scope in self.checks if par is not None)
        periods = [store._periods.current(budget.period, now) for budget in budgets]
        self.period_ids = tuple(pid for pid, _ in periods)
        self.period_ends = tuple(end for _, end in periods)
        self.states = tuple(
            store._budget_at(budget.scope, pid, end)
            for budget, (pid, end) in zip(budgets, periods, strict=True)
        )
        self.budgets = tuple(
            (budget.cap_nanos, state) for budget, state in zip(budgets, self.states, strict=True)
        )
        self.reserved = _distinct(self.states)  # a budget named twice reserves once
        # ... and is charged once: (budget, period id, state) for each distinct state.
        charged: list[tuple[Budget, str, _BudgetState]] = []
        for triple in zip(budgets, self.period_ids, self.states, strict=True):
            if not any(triple[2] is other for _, _, other in charged):
                charged.append(triple)
        self.charged = tuple(charged)
        self.until = min((end for end in self.period_ends if end is not None), default=math.inf)


class MemoryGate:
    """Admission through one fixed set of limits and budgets (see the module docstring)."""

    __slots__ = ("_binding", "_budgets", "_rate_limits", "_store")

    def __init__(
        self,
        store: MemoryQuotaStore,
        rate_limits: tuple[RateLimit, ...],
        budgets: tuple[Budget, ...],
    ) -> None:
        self._store = store
        self._rate_limits = rate_limits
        self._budgets = budgets
        self._binding: _Binding | None = None

    def admit(self, request_id: str, tokens: int, cost: float) -> Decision:
        """``QuotaStore.admit`` for these limits and budgets, without a coroutine."""
        store = self._store
        now = store._clock()
        if now >= store._next_sweep:
            store._sweep(now)
        if now >= store._next_expiry:  # rarely: leases last lease_ttl (15 minutes)
            store._expire(now)
        binding = self._binding
        if binding is None or binding.epoch != store._epoch or now >= binding.until:
            binding = self._binding = _Binding(store, self._rate_limits, self._budgets, now)
        if tokens < 0:
            tokens = 0
        span = store._window
        cutoff = now - span
        # Every check, and the most restrictive windows for the headers, in one pass; any
        # failure goes to _refuse, which finds the first in the documented order.
        requests = used = None
        for rpm, tpm, parallel, scope in binding.checks:
            if parallel is not None and scope.held >= parallel:
                return self._refuse(binding, tokens, cost, now)
            if rpm is None and tpm is None:
                continue
            times, head = scope.times, scope.head
            if len(times) > head and times[head] <= cutoff:
                scope.purge(cutoff)
                head = scope.head
            held = len(times) - head
            reset = times[head] + span - now if held else span
            if rpm is not None:
                if held >= rpm:
                    return self._refuse(binding, tokens, cost, now)
                left = rpm - held - 1
                if requests is None or left < requests.remaining:
                    requests = LimitStatus("requests", rpm, left, reset)
            if tpm is not None:
                left = tpm - scope.total - tokens
                if left < 0:
                    return self._refuse(binding, tokens, cost, now)
                if used is None or left < used.remaining:
                    used = LimitStatus("tokens", tpm, left, reset)
        cost_nanos = 0
        if binding.budgets:
            cost_nanos = to_nanos(cost)
            for cap, state in binding.budgets:
                if state.spent >= cap or state.spent + state.reserved + cost_nanos > cap:
                    return self._refuse(binding, tokens, cost, now)
        number = next(store._leases)
        for scope in binding.logged:
            scope.add(number, tokens, now)
        for scope in binding.parallel:
            scope.held += 1
        for state in binding.reserved:
            state.reserved += cost_nanos
        lease = str(number)
        ticket = Ticket(
            request_id,
            lease,
            self._rate_limits,
            self._budgets,
            binding.period_ids,
            binding.period_ends,
            tokens,
            cost,
            (binding, number, cost_nanos),
        )
        store._hold(lease, ticket, now)
        return Decision(True, requests=requests, tokens=used, ticket=ticket)

    def _refuse(self, binding: _Binding, tokens: int, cost: float, now: float) -> Decision:
        """The first failing check, in the order rpm, tpm, parallel, budget."""
        span = self._store._window
        for scope in binding.logged:
            scope.purge(now - span)
        requests, used = _statuses(binding.checks, tokens, now, span)
        reason, i = _first_failure(binding, tokens, to_nanos(cost))
        retry: float | None
        if reason == "budget":
            end = binding.period_ends[i]
            retry = None if end is None else end - now
            return Decision(False, reason, self._budgets[i].scope, retry, requests, used)
        rpm, tpm, _, scope = binding.checks[i]
        if reason == "parallel":
            retry = PARALLEL_RETRY_AFTER
        elif reason == "rpm":
            assert rpm is not None
            retry = scope.rpm_retry(rpm, now, span) if len(scope) else None
        else:
            assert tpm is not None
            retry = scope.tpm_retry(tpm, tokens, now, span) if len(scope) else None
        return Decision(False, reason, self._rate_limits[i].scope, retry, requests, used)


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
        self._scopes: dict[str, _Scope] = {}
        self._budgets: dict[tuple[str, str], _BudgetState] = {}
        self._epoch = 0  # moves on whenever state objects are dropped: gates look them up again
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

    def gate(self, rate_limits: tuple[RateLimit, ...], budgets: tuple[Budget, ...]) -> MemoryGate:
        """Admission for these limits and budgets, to keep and use again and again."""
        return MemoryGate(self, rate_limits, budgets)

    async def admit(self, admission: Admission) -> Decision:
        gate = MemoryGate(self, admission.rate_limits, admission.budgets)
        return gate.admit(admission.request_id, admission.tokens, admission.cost)

    async def settle(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        return self.settle_now(ticket, tokens, cost)

    def settle_now(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        """``settle`` without a coroutine: nothing here waits, so callers may skip a task."""
        lease = ticket.lease_id
        if self._live.pop(lease, None) is not None:
            _release(ticket)
        elif self._late.pop(lease, None) is None:
            return ()  # settled already, or too late to count (or not admitted here)
        binding, number, _ = ticket.handle
        if tokens is not None:
            for scope in binding.metered:
                scope.replace(number, ticket.tokens, max(0, tokens))
        if not binding.states:
            return ()
        spend = to_nanos(cost or 0.0)
        alerts = []
        # The spend belongs to the period of admission, even when that has ended since.
        for budget, pid, state in binding.charged:
            state.spent += spend
            state.spent_recorded = True
            if not state.alerted and state.spent >= budget.soft_nanos:
                state.alerted = True
                alerts.append(budget_alert(budget, pid, state.spent))
        return tuple(alerts)

    async def budget_status(self, budget: Budget) -> BudgetStatus:
        now = self._clock()
        self._expire(now)
        pid, end = self._periods.current(budget.period, now)
        state = self._budgets.get((budget.scope, pid))  # looked at, not made
        spent, reserved = (state.spent, state.reserved) if state is not None else (0, 0)
        return BudgetStatus(
            budget.scope, budget.period, pid, from_nanos(spent), from_nanos(reserved),
            budget.max_usd, resets_at(end),
        )  # fmt: skip

    async def seed_spend(self, budget: Budget, spent: float) -> None:
        pid, end = self._periods.current(budget.period, self._clock())
        state = self._budget_at(budget.scope, pid, end)
        if not state.spent_recorded:
            state.spent = to_nanos(spent)
            state.spent_recorded = True
            # Spend already past the threshold was alerted on when it crossed (before a restart).
            state.alerted = state.alerted or state.spent >= budget.soft_nanos

    async def window_usage(self, scope: str) -> WindowUsage:
        now = self._clock()
        self._expire(now)
        state = self._scopes.get(scope)  # looked at, not made
        if state is None:
            return WindowUsage(scope, 0, 0, 0)
        start = bisect_right(state.times, now - self._window, state.head)
        requests = len(state.times) - start
        return WindowUsage(scope, requests, sum(state.tokens[start:]), state.held)

    async def close(self) -> None:
        self._scopes.clear()
        self._budgets.clear()
        self._live.clear()
        self._late.clear()
        self._epoch += 1

    # -- state -------------------------------------------------------------------------------

    def _scope(self, name: str) -> _Scope:
        scope = self._scopes.get(name)
        if scope is None:
            scope = self._scopes[name] = _Scope()
        return scope

    def _budget_at(self, scope: str, pid: str, end: float | None) -> _BudgetState:
        state = self._budgets.get((scope, pid))
        if state is None:
            expires = None if end is None else end + self._lease_ttl + _PERIOD_GRACE
            state = self._budgets[(scope, pid)] = _BudgetState(expires)
        return state

    def _hold(self, lease: str, ticket: Ticket, now: float) -> None:
        # A clock that steps back must not break the order; the lease then lasts longer.
        expiry = max(now + self._lease_ttl, self._last_expiry)
        self._last_expiry = expiry
        if not self._live:
            self._next_expiry = expiry
        self._live[lease] = (expiry, ticket)

    def _expire(self, now: float) -> None:
        """Release the tickets whose lease ran out (their request died unsettled)."""
        live = self._live
        while live:
            lease, (expiry, ticket) = next(iter(live.items()))
            if expiry > now:
                self._next_expiry = expiry
                return
            del live[lease]
            _release(ticket)
            self._late[lease] = (expiry + _OPEN_GRACE, ticket)
        self._next_expiry = math.inf

    def _sweep(self, now: float) -> None:
        """Drop idle scopes, ended periods and forgotten tickets, once per window, so the state
        stays bounded."""
        self._next_sweep = now + self._window
        cutoff = now - self._window
        self._expire(now)
        dropped = False
        for name, scope in list(self._scopes.items()):
            scope.purge(cutoff)
            if scope.idle():
                del self._scopes[name]
                dropped = True
        for key, state in list(self._budgets.items()):
            if state.expires_at is not None and state.expires_at <= now:
                del self._budgets[key]
                dropped = True
        if dropped:
            self._epoch += 1
        late = self._late
        while late:
            lease, (until, _) = next(iter(late.items()))
            if until > now:
                break
            del late[lease]


def _release(ticket: Ticket) -> None:
    """Give back a live ticket's parallel slots and budget reservations."""
    binding, _, cost_nanos = ticket.handle
    for scope in binding.parallel:
        scope.held -= 1
    for state in binding.reserved:
        state.reserved -= cost_nanos


def _distinct(items: Iterable[_T]) -> tuple[_T, ...]:
    """``items`` in order, each object once."""
    out: list[_T] = []
    for item in items:
        if not any(item is seen for seen in out):
            out.append(item)
    return tuple(out)


def _first_failure(binding: _Binding, tokens: int, cost_nanos: int) -> tuple[Reason, int]:
    checks = binding.checks
    for i, (rpm, _, _, scope) in enumerate(checks):
        if rpm is not None and len(scope) >= rpm:
            return "rpm", i
    for i, (_, tpm, _, scope) in enumerate(checks):
        if tpm is not None and scope.total + tokens > tpm:
            return "tpm", i
    for i, (_, _, parallel, scope) in enumerate(checks):
        if parallel is not None and scope.held >= parallel:
            return "parallel", i
    for i, (cap, state) in enumerate(binding.budgets):
        if state.spent >= cap or state.spent + state.reserved + cost_nanos > cap:
            return "budget", i
    raise AssertionError("refused, yet every check passes")


def _statuses(
    checks: tuple[_Check, ...], tokens: int, now: float, span: float
) -> tuple[LimitStatus | None, LimitStatus | None]:
    """The most restrictive requests and tokens windows of a refused admission (lowest
    remaining, first on ties)."""
    requests: LimitStatus | None = None
    used: LimitStatus | None = None
    for rpm, tpm, _, scope in checks:
        if rpm is None and tpm is None:
            continue
        reset = scope.times[scope.head] + span - now if len(scope) else 0.0
        if rpm is not None:
            left = max(0, rpm - len(scope))
            if requests is None or left < requests.remaining:
                requests = LimitStatus("requests", rpm, left, reset)
        if tpm is not None:
            left = max(0, tpm - scope.total)
            if used is None or left < used.remaining:
                used = LimitStatus("tokens", tpm, left, reset)
    return requests, used
