"""The quota store for one process: plain dictionaries, atomic because nothing inside awaits."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from lmops.state.quota import (
    PARALLEL_RETRY_AFTER,
    Admission,
    Budget,
    BudgetAlert,
    BudgetStatus,
    Decision,
    LeaseIds,
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


class _Window:
    """A sliding log of admissions with a running token total.

    The log holds (time, lease) tuples and the tokens live in a dict by lease: plain tuples of a
    float and a str are not tracked by the garbage collector, so a busy window (a minute of
    requests) adds nothing to each full collection, as objects per entry would.
    """

    __slots__ = ("entries", "index", "total")

    def __init__(self) -> None:
        self.entries: deque[tuple[float, str]] = deque()
        self.index: dict[str, int] = {}  # lease -> tokens
        self.total = 0

    def purge(self, cutoff: float) -> None:
        entries = self.entries
        while entries and entries[0][0] <= cutoff:
            _, lease = entries.popleft()
            self.total -= self.index.pop(lease)

    def add(self, lease: str, tokens: int, now: float) -> None:
        if lease in self.index:
            return
        # A clock that steps back must not break the log's order; the entry then counts longer.
        ts = max(now, self.entries[-1][0]) if self.entries else now
        self.entries.append((ts, lease))
        self.index[lease] = tokens
        self.total += tokens

    def replace(self, lease: str, reserved: int, tokens: int) -> None:
        if self.index.get(lease) == reserved:
            self.total += tokens - reserved
            self.index[lease] = tokens

    def rpm_retry(self, rpm: int, now: float, window: float) -> float | None:
        if rpm <= 0:
            return None
        # The (count + 1 - rpm)-th oldest entry must leave before one more fits.
        k = len(self.entries) + 1 - rpm
        return self.entries[k - 1][0] + window - now

    def tpm_retry(self, tpm: int, tokens: int, now: float, window: float) -> float | None:
        if tokens > tpm:
            return None
        need = self.total + tokens - tpm
        freed = 0
        for ts, lease in self.entries:
            freed += self.index[lease]
            if freed >= need:
                return ts + window - now
        return window


class _Expiring:
    """Ids with expiry times, oldest first (every expiry is now + a constant)."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: OrderedDict[str, tuple[float, int]] = OrderedDict()

    def purge(self, now: float) -> int:
        """Drop what expired; returns the sum of the dropped amounts."""
        items = self.items
        dropped = 0
        while items:
            lease, (expiry, amount) = next(iter(items.items()))
            if expiry > now:
                break
            del items[lease]
            dropped += amount
        return dropped

    def add(self, lease: str, expiry: float, amount: int = 0) -> bool:
        if lease in self.items:
            return False
        if self.items:
            expiry = max(expiry, next(reversed(self.items.values()))[0])
        self.items[lease] = (expiry, amount)
        return True


@dataclass(slots=True)
class _BudgetState:
    """One budget in one period; amounts in nano-dollars."""

    expires_at: float | None
    spent: int = 0
    spent_recorded: bool = False
    reserved: int = 0
    alerted: bool = False
    reservations: _Expiring = field(default_factory=_Expiring)

    def purge(self, now: float) -> None:
        self.reserved -= self.reservations.purge(now)


@dataclass(frozen=True, slots=True)
class _BudgetProbe:
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
        self._leases: dict[str, _Expiring] = {}
        self._budgets: dict[tuple[str, str], _BudgetState] = {}
        self._open = _Expiring()
        self._periods = PeriodClock()
        self._ids = LeaseIds()
        self._next_sweep = float("-inf")

    async def admit(self, admission: Admission) -> Decision:
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
        probe = self._probe_budget(budget, self._clock())
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
            soft = to_nanos(budget.soft_fraction * budget.max_usd)
            state.alerted = state.alerted or state.spent >= soft

    async def close(self) -> None:
        self._windows.clear()
        self._leases.clear()
        self._budgets.clear()
        self._open.items.clear()

    # -- admission ---------------------------------------------------------------------------

    def _admit(self, admission: Admission) -> Decision:
        if admission.tokens < 0:
            admission = replace(admission, tokens=0)
        now = self._clock()
        self._sweep(now)
        cutoff = now - self._window
        windows = [self._probe_window(limit, cutoff) for limit in admission.rate_limits]
        leases = [self._probe_leases(limit, now) for limit in admission.rate_limits]
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

    def _probe_leases(self, limit: RateLimit, now: float) -> int:
        if limit.max_parallel is None:
            return 0
        leases = self._leases.get(limit.scope)
        if leases is None:
            return 0
        leases.purge(now)
        return len(leases.items)

    def _probe_budget(self, budget: Budget, now: float) -> _BudgetProbe:
        pid, end = self._periods.current(budget.period, now)
        state = self._budgets.get((budget.scope, pid))
        if state is None:
            return _BudgetProbe(pid, end, 0, 0)
        state.purge(now)
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
        lease = self._ids.next()
        expiry = now + self._lease_ttl
        for limit in admission.rate_limits:
            if limit.rpm is not None or limit.tpm is not None:
                window = self._windows.get(limit.scope)
                if window is None:
                    window = self._windows[limit.scope] = _Window()
                window.add(lease, admission.tokens, now)
            if limit.max_parallel is not None:
                leases = self._leases.get(limit.scope)
                if leases is None:
                    leases = self._leases[limit.scope] = _Expiring()
                leases.add(lease, expiry)
        cost = to_nanos(admission.cost)
        for budget, probe in zip(admission.budgets, budgets, strict=True):
            state = self._budget_at(budget.scope, probe.period_id, probe.end)
            if state.reservations.add(lease, expiry, cost):
                state.reserved += cost
        self._open.add(lease, expiry + _OPEN_GRACE)
        return Ticket(
            admission.request_id,
            lease,
            admission.rate_limits,
            admission.budgets,
            tuple(probe.period_id for probe in budgets),
            tuple(probe.end for probe in budgets),
            admission.tokens,
            admission.cost,
        )

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
        if self._open.items.pop(lease, None) is None:
            return ()
        tokens = None if tokens is None else max(0, tokens)
        for limit in ticket.rate_limits:
            if limit.max_parallel is not None:
                leases = self._leases.get(limit.scope)
                if leases is not None:
                    leases.items.pop(lease, None)
                    if not leases.items:
                        del self._leases[limit.scope]
            if tokens is not None and limit.tpm is not None:
                window = self._windows.get(limit.scope)
                if window is not None:
                    window.replace(lease, ticket.tokens, tokens)
        if not ticket.budgets:
            return ()
        return self._settle_budgets(ticket, to_nanos(cost or 0.0))

    def _settle_budgets(self, ticket: Ticket, spend: int) -> tuple[BudgetAlert, ...]:
        alerts = []
        reserved = to_nanos(ticket.cost)
        periods = zip(ticket.budgets, ticket.period_ids, ticket.period_ends, strict=True)
        for budget, pid, end in periods:
            # The spend belongs to the period of admission, even when that has ended since.
            state = self._budget_at(budget.scope, pid, end)
            if state.reservations.items.pop(ticket.lease_id, None) is not None:
                state.reserved -= reserved
            state.spent += spend
            state.spent_recorded = True
            soft = to_nanos(budget.soft_fraction * budget.max_usd)
            if not state.alerted and state.spent >= soft:
                state.alerted = True
                alerts.append(budget_alert(budget, pid, state.spent))
        return tuple(alerts)

    # -- housekeeping ------------------------------------------------------------------------

    def _sweep(self, now: float) -> None:
        """Drop idle scopes and ended periods, once per window, so the state stays bounded."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + self._window
        cutoff = now - self._window
        for scope, window in list(self._windows.items()):
            window.purge(cutoff)
            if not window.entries:
                del self._windows[scope]
        for scope, leases in list(self._leases.items()):
            leases.purge(now)
            if not leases.items:
                del self._leases[scope]
        for key, state in list(self._budgets.items()):
            state.purge(now)
            if state.expires_at is not None and state.expires_at <= now:
                del self._budgets[key]
        self._open.purge(now)


def _first_failure(
    admission: Admission,
    windows: list[_Window | None],
    leases: list[int],
    budgets: list[_BudgetProbe],
) -> tuple[Reason, int] | None:
    limits = admission.rate_limits
    for i, limit in enumerate(limits):
        window = windows[i]
        if limit.rpm is not None and (len(window.entries) if window else 0) + 1 > limit.rpm:
            return "rpm", i
    for i, limit in enumerate(limits):
        window = windows[i]
        used = window.total if window else 0
        if limit.tpm is not None and used + admission.tokens > limit.tpm:
            return "tpm", i
    for i, limit in enumerate(limits):
        if limit.max_parallel is not None and leases[i] + 1 > limit.max_parallel:
            return "parallel", i
    cost = to_nanos(admission.cost)
    for i, (budget, probe) in enumerate(zip(admission.budgets, budgets, strict=True)):
        cap = to_nanos(budget.max_usd)
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
        entries = window.entries if window else None
        oldest = entries[0][0] if entries else (now if allowed else None)
        reset = 0.0 if oldest is None else oldest + span - now
        if limit.rpm is not None:
            used = (len(entries) if entries else 0) + allowed
            left = max(0, limit.rpm - used)
            if requests is None or left < requests.remaining:
                requests = LimitStatus("requests", limit.rpm, left, reset)
        if limit.tpm is not None:
            used = (window.total if window else 0) + (admission.tokens if allowed else 0)
            left = max(0, limit.tpm - used)
            if tokens is None or left < tokens.remaining:
                tokens = LimitStatus("tokens", limit.tpm, left, reset)
    return requests, tokens
