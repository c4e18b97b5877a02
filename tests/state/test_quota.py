"""The quota stores' behaviour, the same tests on the memory and the Redis backend."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import redis

from lmops.config import Config
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.services import Services
from lmops.state import (
    Admission,
    Budget,
    Decision,
    MemoryQuotaStore,
    QuotaError,
    QuotaStore,
    RateLimit,
    Ticket,
    WindowUsage,
    period_end,
    period_id,
)
from lmops.state.redis import RedisQuotaStore
from lmops.store import db
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.tcp_proxy import ReplyDropper

START = datetime(2026, 11, 27, 12, 0, tzinfo=UTC).timestamp()


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Env:
    """A backend under test: ``make`` builds stores; time passes by the fake clock or for real."""

    backend: str
    make: Callable[..., QuotaStore]
    clock: FakeClock | None
    stores: list[QuotaStore] = field(default_factory=list)

    async def until(
        self, check: Callable[[], Awaitable[bool]], *, after: float, timeout: float = 5.0
    ) -> float:
        """Let ``after`` seconds pass, then ``check`` must hold; returns the seconds waited.

        Memory: the fake clock jumps. Redis: ``check`` is polled until it holds (or fails the
        test at the deadline), since Redis's clock cannot be faked.
        """
        if self.clock is not None:
            self.clock.advance(after)
            assert await check()
            return after
        start = time.monotonic()
        while not await check():
            assert time.monotonic() - start < timeout, "condition not reached before the deadline"
            await asyncio.sleep(0.01)
        return time.monotonic() - start


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def env(request: pytest.FixtureRequest) -> AsyncIterator[Env]:
    if request.param == "memory":
        clock = FakeClock()
        holder = Env("memory", lambda **kw: MemoryQuotaStore(clock=clock, **kw), clock)
        yield holder
        return
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        stores: list[RedisQuotaStore] = []

        def make(**kw: Any) -> RedisQuotaStore:
            store = RedisQuotaStore.from_url(url, prefix=prefix, **kw)
            stores.append(store)
            return store

        try:
            yield Env("redis", make, None)
        finally:
            for store in stores:
                await store.close()


def ask(
    *limits: RateLimit, tokens: int = 10, budgets: tuple[Budget, ...] = (), cost: float = 0.0
) -> Admission:
    return Admission("req", limits, tokens, budgets, cost)


async def allowed(store: QuotaStore, admission: Admission) -> Ticket:
    decision = await store.admit(admission)
    assert decision.allowed, decision
    assert decision.ticket is not None
    return decision.ticket


async def refused(store: QuotaStore, admission: Admission) -> Decision:
    decision = await store.admit(admission)
    assert not decision.allowed, decision
    assert decision.ticket is None
    return decision


async def count_allowed(store: QuotaStore, admission: Admission, tries: int) -> int:
    return sum([(await store.admit(admission)).allowed for _ in range(tries)])


# -- requests per minute ---------------------------------------------------------------------


async def test_rpm_admits_exactly_the_limit_then_again_after_the_window(env: Env) -> None:
    store = env.make(window=1.0)
    limit = RateLimit("key:k1", rpm=5)
    remaining = []
    for _ in range(5):
        decision = await store.admit(ask(limit))
        assert decision.allowed and decision.requests is not None
        remaining.append(decision.requests.remaining)
    assert remaining == [4, 3, 2, 1, 0]
    decision = await refused(store, ask(limit))
    assert decision.reason == "rpm" and decision.scope == "key:k1"
    assert decision.retry_after is not None and 0 < decision.retry_after <= 1.0
    assert decision.requests is not None and decision.requests.remaining == 0
    # Refusals record nothing: the window frees up when the five admitted age out.
    waited = await env.until(lambda: _admits(store, ask(limit)), after=1.0)
    assert waited >= decision.retry_after - 0.05


async def _admits(store: QuotaStore, admission: Admission) -> bool:
    return (await store.admit(admission)).allowed


async def test_rpm_window_slides_per_request() -> None:
    """Each request leaves the window exactly 60 s after its own admission (no fixed window)."""
    clock = FakeClock()
    store = MemoryQuotaStore(clock=clock)
    limit = RateLimit("key:k", rpm=3)
    for _ in range(3):
        await allowed(store, ask(limit))
        clock.advance(10)
    decision = await refused(store, ask(limit))
    assert decision.retry_after == pytest.approx(30.0)  # the first entry, 30 s ago
    assert decision.requests is not None and decision.requests.reset == pytest.approx(30.0)
    clock.advance(29.999)
    await refused(store, ask(limit))
    clock.advance(0.001)
    await allowed(store, ask(limit))  # one slot freed, exactly one
    await refused(store, ask(limit))
    clock.advance(10)
    await allowed(store, ask(limit))


async def test_rpm_retry_after_counts_the_entries_that_must_leave(env: Env) -> None:
    store = env.make()
    many = RateLimit("key:many", rpm=4)
    for _ in range(4):
        await allowed(store, ask(many))
    tight = RateLimit("key:many", rpm=2)  # the same window under a lower limit (config change)
    decision = await refused(store, ask(tight))
    # Three of the four entries must leave: the retry is the third-oldest's age-out.
    assert decision.retry_after is not None and 59 < decision.retry_after <= 60
    assert decision.requests is not None and decision.requests.remaining == 0
    never = await refused(store, ask(RateLimit("key:zero", rpm=0)))
    assert never.reason == "rpm" and never.retry_after is None


# -- tokens per minute -----------------------------------------------------------------------


async def test_tpm_settling_fewer_tokens_frees_room(env: Env) -> None:
    store = env.make()
    limit = RateLimit("key:t", tpm=1000)
    first = await store.admit(ask(limit, tokens=600))
    assert first.tokens is not None and first.tokens.remaining == 400
    decision = await refused(store, ask(limit, tokens=600))
    assert decision.reason == "tpm" and decision.retry_after is not None
    assert 0 < decision.retry_after <= 60
    assert first.ticket is not None
    await store.settle(first.ticket, 100, None)
    second = await store.admit(ask(limit, tokens=600))
    assert second.allowed and second.tokens is not None
    assert second.tokens.remaining == 300  # 1000 - 100 - 600


async def test_tpm_settling_more_tokens_consumes_more(env: Env) -> None:
    store = env.make()
    limit = RateLimit("key:t", tpm=1000)
    ticket = await allowed(store, ask(limit, tokens=300))
    await store.settle(ticket, 900, None)
    decision = await refused(store, ask(limit, tokens=200))
    assert decision.tokens is not None and decision.tokens.remaining == 100
    await allowed(store, ask(limit, tokens=100))


async def test_tpm_settle_without_a_count_keeps_the_reservation(env: Env) -> None:
    store = env.make()
    limit = RateLimit("key:t", tpm=1000)
    ticket = await allowed(store, ask(limit, tokens=700))
    await store.settle(ticket, None, None)
    await refused(store, ask(limit, tokens=301))
    await allowed(store, ask(limit, tokens=300))


async def test_tpm_request_larger_than_the_limit_never_fits(env: Env) -> None:
    store = env.make()
    decision = await refused(store, ask(RateLimit("key:t", tpm=100), tokens=101))
    assert decision.reason == "tpm" and decision.retry_after is None
    assert decision.tokens is not None
    assert (decision.tokens.remaining, decision.tokens.reset) == (100, 0.0)


async def test_tpm_retry_after_waits_for_enough_tokens_to_leave() -> None:
    clock = FakeClock()
    store = MemoryQuotaStore(clock=clock)
    limit = RateLimit("key:t", tpm=1000)
    for tokens in (300, 300, 300):
        await allowed(store, ask(limit, tokens=tokens))
        clock.advance(5)
    # 900 used; 700 more need 600 freed: the first two entries (admitted 15 s and 10 s ago).
    decision = await refused(store, ask(limit, tokens=700))
    assert decision.retry_after == pytest.approx(50.0)


async def test_tpm_retry_after_reads_past_the_first_hundred_entries(env: Env) -> None:
    store = env.make()
    limit = RateLimit("key:t", tpm=1000)
    for _ in range(250):
        await allowed(store, ask(limit, tokens=4))
        if env.clock is not None:
            env.clock.advance(0.1)
    first = await refused(store, ask(limit, tokens=4))  # the oldest entry must leave
    deep = await refused(store, ask(limit, tokens=500))  # the 125 oldest must leave
    assert first.retry_after is not None and deep.retry_after is not None
    assert 0 < first.retry_after < deep.retry_after <= 60
    if env.clock is not None:
        assert first.retry_after == pytest.approx(35.0)
        assert deep.retry_after == pytest.approx(47.4)


# -- parallel --------------------------------------------------------------------------------


async def test_parallel_leases_are_released_by_settle_once(env: Env) -> None:
    store = env.make()
    limit = RateLimit("key:p", max_parallel=2)
    first = await allowed(store, ask(limit))
    await allowed(store, ask(limit))
    decision = await refused(store, ask(limit))
    assert decision.reason == "parallel" and decision.retry_after == 1.0
    await store.settle(first, 10, None)
    await store.settle(first, 10, None)  # a second settle frees nothing more
    assert await count_allowed(store, ask(limit), 3) == 1


async def test_parallel_leases_expire(env: Env) -> None:
    store = env.make(lease_ttl=0.5)
    limit = RateLimit("key:p", max_parallel=2)
    await allowed(store, ask(limit))
    await allowed(store, ask(limit))
    await refused(store, ask(limit))
    await env.until(lambda: _admits(store, ask(limit)), after=0.5)


async def test_window_usage_reads_what_the_limits_count_and_changes_nothing(env: Env) -> None:
    store = env.make(window=1.0)
    limit = RateLimit("key:u", rpm=3, tpm=1000, max_parallel=5)
    assert await store.window_usage("key:u") == WindowUsage("key:u", 0, 0, 0)
    first = await allowed(store, ask(limit, tokens=100))
    await allowed(store, ask(limit, tokens=50))
    await refused(store, ask(limit, tokens=2000))  # a refusal counts nowhere
    assert await store.window_usage("key:u") == WindowUsage("key:u", 2, 150, 2)
    await store.settle(first, 30, None)  # the real count replaces the reservation
    assert await store.window_usage("key:u") == WindowUsage("key:u", 2, 80, 1)
    assert await store.window_usage("key:other") == WindowUsage("key:other", 0, 0, 0)
    # Reading took nothing out of the window: one more request fits the rpm of 3, not three.
    assert await count_allowed(store, ask(limit, tokens=1), 3) == 1
    assert await store.window_usage("key:u") == WindowUsage("key:u", 3, 81, 2)

    async def aged_out() -> bool:
        return await store.window_usage("key:u") == WindowUsage("key:u", 0, 0, 2)

    await env.until(aged_out, after=1.0)  # the window empty, the two leases still held


# -- several levels at once ------------------------------------------------------------------


async def test_refusal_by_the_team_leaves_the_key_unchanged(env: Env) -> None:
    store = env.make()
    key = RateLimit("key:a", rpm=3, tpm=100, max_parallel=1)
    team = RateLimit("team:t", rpm=2)
    other = RateLimit("key:b", rpm=100)
    await allowed(store, ask(other, team))
    await allowed(store, ask(other, team))
    key_budget = Budget("key:a", 1.0, "monthly")
    decision = await refused(store, ask(key, team, budgets=(key_budget,), cost=0.5))
    assert (decision.reason, decision.scope) == ("rpm", "team:t")
    assert decision.requests is not None and decision.requests.limit == 2
    # Nothing was reserved for the key: all three requests, all 100 tokens, its parallel slot
    # and its budget are still free.
    status = await store.budget_status(key_budget)
    assert status.reserved == 0
    ticket = await allowed(store, ask(key, tokens=100, budgets=(key_budget,), cost=1.0))
    await store.settle(ticket, 1, None)
    passed = 0
    for _ in range(5):
        decision = await store.admit(ask(key, tokens=1))
        if decision.ticket is not None:
            passed += 1
            await store.settle(decision.ticket, 1, None)
    assert passed == 2


async def test_refusal_reason_is_the_first_kind_that_fails(env: Env) -> None:
    store = env.make()
    first = RateLimit("key:a", rpm=10, max_parallel=0)
    second = RateLimit("team:t", rpm=0, tpm=1)
    broke = Budget("global", 0.0, "total")
    decision = await refused(store, ask(first, second, tokens=5, budgets=(broke,)))
    assert (decision.reason, decision.scope) == ("rpm", "team:t")
    decision = await refused(store, ask(first, RateLimit("team:t", tpm=1), budgets=(broke,)))
    assert (decision.reason, decision.scope) == ("tpm", "team:t")
    decision = await refused(store, ask(first, budgets=(broke,)))
    assert (decision.reason, decision.scope) == ("parallel", "key:a")
    decision = await refused(store, ask(RateLimit("key:a", rpm=10), budgets=(broke,)))
    assert (decision.reason, decision.scope, decision.retry_after) == ("budget", "global", None)


async def test_most_restrictive_window_goes_to_the_headers(env: Env) -> None:
    store = env.make()
    key = RateLimit("key:a", rpm=10, tpm=1000)
    team = RateLimit("team:t", rpm=3, tpm=5000)
    decision = await store.admit(ask(key, team, tokens=200))
    assert decision.requests is not None and decision.tokens is not None
    assert (decision.requests.limit, decision.requests.remaining) == (3, 2)
    assert (decision.tokens.limit, decision.tokens.remaining) == (1000, 800)
    assert 59 < decision.requests.reset <= 60


async def test_a_scope_named_twice_is_reserved_once(env: Env) -> None:
    store = env.make()
    twice = ask(RateLimit("key:a", rpm=2, tpm=100), RateLimit("key:a", rpm=2), tokens=50)
    first = await allowed(store, twice)
    await store.settle(first, 10, None)
    second = await store.admit(twice)
    assert second.allowed and second.tokens is not None and second.tokens.remaining == 40
    await refused(store, twice)


async def test_a_budget_named_twice_is_reserved_and_charged_once(env: Env) -> None:
    store = env.make()
    budget = Budget("team:t", 1.0, "total", soft_fraction=0.5)
    twice = ask(budgets=(budget, Budget("team:t", 1.0, "total", soft_fraction=0.5)), cost=0.2)
    ticket = await allowed(store, twice)
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (0.0, pytest.approx(0.2))
    alerts = await store.settle(ticket, 10, 0.6)
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (pytest.approx(0.6), 0.0)
    assert [(a.scope, a.spent) for a in alerts] == [("team:t", pytest.approx(0.6))]


async def test_scopes_with_any_characters_stay_apart(env: Env) -> None:
    store = env.make()
    names = ["key:a b", "key:a%20b", "key:a{b}", "key:a:b", "key:a", "key:a\nb", "key:ä"]
    for name in names:
        await allowed(store, ask(RateLimit(name, rpm=1)))
    for name in names:
        await refused(store, ask(RateLimit(name, rpm=1)))


# -- budgets ---------------------------------------------------------------------------------


async def test_budget_reserve_and_settle_arithmetic(env: Env) -> None:
    store = env.make()
    budget = Budget("key:b", 1.0, "daily")
    tickets = [await allowed(store, ask(budgets=(budget,), cost=0.3)) for _ in range(3)]
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (0.0, pytest.approx(0.9))
    decision = await refused(store, ask(budgets=(budget,), cost=0.3))
    assert (decision.reason, decision.scope) == ("budget", "key:b")
    now = env.clock() if env.clock else time.time()
    until_midnight = datetime(2026, 11, 28, tzinfo=UTC).timestamp() - now
    if env.clock is not None:
        assert decision.retry_after == pytest.approx(until_midnight)
    else:
        end = period_end("daily", datetime.now(UTC))
        assert end is not None and decision.retry_after is not None
        assert decision.retry_after == pytest.approx(end.timestamp() - time.time(), abs=2)
    await store.settle(tickets[0], 100, 0.25)
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (0.25, pytest.approx(0.6))
    await refused(store, ask(budgets=(budget,), cost=0.3))  # 0.25 + 0.6 + 0.3 > 1
    await store.settle(tickets[1], None, None)  # unknown price: nothing spent, reservation gone
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (0.25, pytest.approx(0.3))
    await allowed(store, ask(budgets=(budget,), cost=0.3))
    assert status.resets_at == period_end("daily", datetime.fromtimestamp(now, UTC))
    assert status.period_id == period_id("daily", datetime.fromtimestamp(now, UTC))


async def test_budget_refuses_once_spent_reaches_the_maximum(env: Env) -> None:
    store = env.make()
    budget = Budget("key:b", 0.5, "total")
    ticket = await allowed(store, ask(budgets=(budget,), cost=0.1))
    await store.settle(ticket, 10, 0.5)  # more than reserved: the real cost counts
    decision = await refused(store, ask(budgets=(budget,), cost=0.0))
    assert decision.reason == "budget" and decision.retry_after is None
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved, status.resets_at) == (0.5, 0.0, None)


async def test_settle_is_idempotent(env: Env) -> None:
    store = env.make()
    budget = Budget("key:b", 10.0, "total")
    limit = RateLimit("key:b", tpm=1000, max_parallel=5)
    ticket = await allowed(store, ask(limit, tokens=500, budgets=(budget,), cost=1.0))
    await store.settle(ticket, 100, 0.4)
    await store.settle(ticket, 300, 0.4)
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (pytest.approx(0.4), 0.0)
    decision = await store.admit(ask(limit, tokens=0))
    assert decision.tokens is not None and decision.tokens.remaining == 900


async def test_expired_reservations_are_reclaimed(env: Env) -> None:
    store = env.make(lease_ttl=0.5)
    budget = Budget("key:b", 1.0, "total")
    await allowed(store, ask(budgets=(budget,), cost=1.0))
    await refused(store, ask(budgets=(budget,), cost=0.01))

    async def reclaimed() -> bool:
        return (await store.budget_status(budget)).reserved == 0

    await env.until(reclaimed, after=0.5)
    await allowed(store, ask(budgets=(budget,), cost=1.0))


async def test_soft_alert_fires_once_per_period(env: Env) -> None:
    store = env.make()
    budget = Budget("team:t", 1.0, "monthly", soft_fraction=0.5)
    alerts = []
    for _ in range(9):
        ticket = await allowed(store, ask(budgets=(budget,), cost=0.1))
        alerts.append(await store.settle(ticket, 1, 0.1))
    fired = [(i, a) for i, batch in enumerate(alerts) for a in batch]
    assert len(fired) == 1
    i, alert = fired[0]
    assert i == 4  # the fifth settlement reaches 0.5
    assert (alert.scope, alert.max_usd) == ("team:t", 1.0)
    assert alert.spent == pytest.approx(0.5) and alert.fraction == pytest.approx(0.5)
    assert alert.period_id == (await store.budget_status(budget)).period_id


async def test_soft_alert_fires_again_in_a_new_period() -> None:
    clock = FakeClock(datetime(2026, 11, 27, 23, 59, 59, tzinfo=UTC).timestamp())
    store = MemoryQuotaStore(clock=clock)
    budget = Budget("team:t", 1.0, "daily", soft_fraction=0.5)
    ticket = await allowed(store, ask(budgets=(budget,), cost=0.6))
    clock.advance(2)  # settled after midnight: the spend still belongs to the day it started
    (alert,) = await store.settle(ticket, 1, 0.6)
    assert alert.period_id == "d2026-11-27"
    status = await store.budget_status(budget)
    assert (status.period_id, status.spent) == ("d2026-11-28", 0.0)
    ticket = await allowed(store, ask(budgets=(budget,), cost=0.6))
    (alert,) = await store.settle(ticket, 1, 0.6)
    assert alert.period_id == "d2026-11-28"
    ticket = await allowed(store, ask(budgets=(budget,), cost=0.1))
    assert await store.settle(ticket, 1, 0.1) == ()


async def test_seed_spend_only_when_nothing_is_recorded(env: Env) -> None:
    store = env.make()
    budget = Budget("key:s", 1.0, "weekly")
    await store.seed_spend(budget, 0.7)
    await store.seed_spend(budget, 0.1)
    assert (await store.budget_status(budget)).spent == pytest.approx(0.7)
    await refused(store, ask(budgets=(budget,), cost=0.31))
    other = Budget("key:s2", 1.0, "weekly")
    ticket = await allowed(store, ask(budgets=(other,), cost=0.2))
    await store.settle(ticket, 1, 0.2)
    await store.seed_spend(other, 0.9)
    assert (await store.budget_status(other)).spent == pytest.approx(0.2)


async def test_seeded_spend_past_the_soft_threshold_does_not_alert_again(env: Env) -> None:
    # A restart seeds what was spent; that crossing was alerted on when it happened.
    store = env.make()
    past = Budget("key:past", 1.0, "weekly", soft_fraction=0.5)
    await store.seed_spend(past, 0.6)
    ticket = await allowed(store, ask(budgets=(past,), cost=0.1))
    assert await store.settle(ticket, 1, 0.1) == ()
    below = Budget("key:below", 1.0, "weekly", soft_fraction=0.5)
    await store.seed_spend(below, 0.4)
    ticket = await allowed(store, ask(budgets=(below,), cost=0.2))
    alerts = await store.settle(ticket, 1, 0.2)
    assert [a.scope for a in alerts] == ["key:below"]


async def test_memory_window_stays_exact_through_compaction() -> None:
    # A busy window: far more entries than the point where the log drops its dead head, with
    # settlements that change tokens of entries on both sides of every compaction.
    clock = FakeClock()
    store = MemoryQuotaStore(clock=clock, window=10)
    limit = RateLimit("key:busy", rpm=5000, tpm=10**9)
    live: list[tuple[float, int]] = []  # (admitted at, tokens as settled)
    for i in range(30_000):
        ticket = await allowed(store, ask(limit, tokens=100))
        settled = i % 7  # tokens the request really used
        await store.settle(ticket, settled, None)
        live.append((clock.now, settled))
        clock.advance(0.004)  # 250 a second: 2,500 in the 10 s window
    cutoff = clock.now - 10
    expected = [tokens for at, tokens in live if at > cutoff]
    decision = await store.admit(ask(limit, tokens=1))
    assert decision.requests is not None and decision.tokens is not None
    assert decision.requests.remaining == 5000 - len(expected) - 1
    assert decision.tokens.remaining == 10**9 - sum(expected) - 1
    assert decision.ticket is not None
    await store.settle(decision.ticket, 0, None)


async def test_memory_store_drops_idle_scopes() -> None:
    clock = FakeClock()
    store = MemoryQuotaStore(clock=clock, lease_ttl=10)
    for i in range(50):
        limit = RateLimit(f"key:{i}", rpm=5, max_parallel=5)
        await allowed(store, ask(limit, budgets=(Budget(f"key:{i}", 1.0, "daily"),), cost=0.1))
    clock.advance(2 * 86400)
    await allowed(store, ask(RateLimit("key:last", rpm=5)))
    assert list(store._scopes) == ["key:last"]
    assert not store._budgets


async def test_a_kept_gate_stays_exact_when_the_store_drops_idle_state() -> None:
    # The gateway keeps one gate per key; the store drops idle scopes and ended budget periods
    # once a window. The gate must look its state up again, not count into dropped objects.
    clock = FakeClock()
    store = MemoryQuotaStore(clock=clock, window=10, lease_ttl=5)
    limit = RateLimit("key:g", rpm=2, max_parallel=1)
    budget = Budget("key:g", 1.0, "total")
    gate = store.gate((limit,), (budget,))
    first = gate.admit("r1", 10, 0.25)
    assert first.allowed and first.ticket is not None
    assert not gate.admit("r2", 10, 0.25).allowed  # the parallel slot is held
    await store.settle(first.ticket, 10, 0.25)
    clock.advance(30)  # the window emptied: the next admission sweeps the scope away
    decisions = [gate.admit(f"r{i}", 10, 0.25) for i in range(3, 5)]
    assert decisions[0].allowed and decisions[0].ticket is not None
    assert not decisions[1].allowed and decisions[1].reason == "parallel"
    # Another gate (or a plain admit) over the same scope sees the same state.
    assert (await store.admit(ask(limit))).reason == "parallel"
    await store.settle(decisions[0].ticket, 10, 0.25)
    status = await store.budget_status(budget)
    assert (status.spent, status.reserved) == (0.5, 0.0)
    assert gate.admit("r5", 10, 0.25).allowed
    refusal = gate.admit("r6", 10, 0.25)
    assert refusal.reason == "rpm" and refusal.requests is not None
    assert refusal.requests.remaining == 0


async def test_a_kept_gate_follows_the_budget_period() -> None:
    clock = FakeClock()  # noon: the daily period ends in 12 hours
    store = MemoryQuotaStore(clock=clock)
    budget = Budget("key:d", 1.0, "daily")
    gate = store.gate((), (budget,))
    late = gate.admit("r1", 0, 0.75)
    assert late.allowed and late.ticket is not None
    assert not gate.admit("r2", 0, 0.75).allowed
    clock.advance(13 * 3600)  # the next day: a new period, nothing spent or held in it
    fresh = gate.admit("r3", 0, 0.75)
    assert fresh.allowed and fresh.ticket is not None
    # Yesterday's request ends now: its spend stays in yesterday's period.
    await store.settle(late.ticket, 0, 0.5)
    await store.settle(fresh.ticket, 0, 0.25)
    today = await store.budget_status(budget)
    assert (today.spent, today.reserved) == (0.25, 0.0)
    assert today.period_id == "d2026-11-28"


# -- periods and errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "daily", "weekly", "monthly"),
    [
        (datetime(2026, 11, 27, 13, 5), "d2026-11-27", "w2026-W48", "m2026-11"),
        (datetime(2026, 12, 31, 23, 59), "d2026-12-31", "w2026-W53", "m2026-12"),
        (datetime(2027, 1, 3, 12, 0), "d2027-01-03", "w2026-W53", "m2027-01"),
        (datetime(2027, 1, 4, 0, 0), "d2027-01-04", "w2027-W01", "m2027-01"),
    ],
)
def test_period_ids_are_utc_calendar_periods(
    moment: datetime, daily: str, weekly: str, monthly: str
) -> None:
    assert period_id("daily", moment) == daily
    assert period_id("weekly", moment) == weekly
    assert period_id("monthly", moment) == monthly
    assert period_id("total", moment) == "total"


def test_period_ends() -> None:
    moment = datetime(2026, 12, 31, 22, 30, tzinfo=timezone(timedelta(hours=-3)))  # 01:30 UTC
    assert period_id("daily", moment) == "d2027-01-01"
    assert period_end("daily", moment) == datetime(2027, 1, 2, tzinfo=UTC)
    assert period_end("weekly", moment) == datetime(2027, 1, 4, tzinfo=UTC)
    assert period_end("monthly", moment) == datetime(2027, 2, 1, tzinfo=UTC)
    assert period_end("weekly", datetime(2027, 1, 4)) == datetime(2027, 1, 11, tzinfo=UTC)
    assert period_end("total", moment) is None


async def test_unreachable_redis_raises_quota_error_quickly() -> None:
    store = RedisQuotaStore.from_url("redis://user:s3cret-pw@127.0.0.1:1/0", timeout=0.5)
    start = time.monotonic()
    with pytest.raises(QuotaError) as info:
        await store.admit(ask(RateLimit("key:a", rpm=1)))
    assert time.monotonic() - start < 2
    assert "s3cret-pw" not in str(info.value)
    assert info.value.__cause__ is not None
    with pytest.raises(QuotaError):
        await store.settle(
            Ticket("r", "l", (RateLimit("key:a", max_parallel=1),), (), (), (), 1, 0.0), 1, 0.0
        )
    with pytest.raises(QuotaError):
        await store.budget_status(Budget("key:a", 1.0, "total"))
    await store.close()


async def test_a_redis_that_never_answers_raises_quota_error_within_the_timeout() -> None:
    # Accepts the connection, reads, never replies: only the per-pipeline timeout ends the wait
    # (the store's client has no socket timeout of its own).
    held: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        while await reader.read(4096):
            pass

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    store = RedisQuotaStore.from_url(f"redis://127.0.0.1:{port}/0", timeout=0.3)
    try:
        start = time.monotonic()
        with pytest.raises(QuotaError):
            await store.admit(ask(RateLimit("key:a", rpm=1)))
        assert 0.25 < time.monotonic() - start < 2
        with pytest.raises(QuotaError):  # and again: every call stays bounded
            await store.budget_status(Budget("key:a", 1.0, "total"))
    finally:
        await store.close()
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


def test_the_configured_redis_timeout_bounds_every_round_trip(tmp_path: Path) -> None:
    config = Config.model_validate(
        {
            "models": [{"name": "m", "provider": "mock"}],
            "settings": {
                "database_url": f"sqlite:///{tmp_path / 'lmops.db'}",
                "redis_url": "redis://127.0.0.1:1/0",
                "redis_timeout": 2.5,
                "auth": "none",
            },
        }
    )
    services = Services(config, db.create_engine(config.settings.database_url), GatewayMetrics())
    assert isinstance(services.store, RedisQuotaStore)
    assert services.store.batcher.timeout == 2.5
    kwargs = services.store.client.connection_pool.connection_kwargs
    assert kwargs["socket_connect_timeout"] == 2.5


def test_bad_redis_url_does_not_leak_the_password() -> None:
    with pytest.raises(ValueError) as info:
        RedisQuotaStore.from_url("http://user:s3cret-pw@127.0.0.1:1/0")
    assert "s3cret-pw" not in str(info.value)


@pytest.mark.redis
async def test_redis_keys_expire_and_hold_no_raw_scope() -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        store = RedisQuotaStore.from_url(url, prefix=prefix)
        limit = RateLimit("key:a b{c}", rpm=10, tpm=1000, max_parallel=3)
        daily, total = Budget("key:a b{c}", 5.0, "daily"), Budget("global", 5.0, "total")
        try:
            for _ in range(2):
                ticket = await allowed(store, ask(limit, budgets=(daily, total), cost=0.1))
                await store.settle(ticket, 5, 0.1)
            await allowed(store, ask(limit, budgets=(daily, total), cost=0.1))  # left open
        finally:
            await store.close()
        client = redis.Redis.from_url(url)
        try:
            ttls = {k.decode(): client.pttl(k) for k in client.scan_iter(match=f"{prefix}*")}
        finally:
            client.close()
    assert not any("a b" in key or "{" in key for key in ttls)
    windows = {k: v for k, v in ttls.items() if k.endswith((":log", ":sum"))}
    assert len(windows) == 2 and all(0 < ttl <= 65_000 for ttl in windows.values())
    forever = {k for k, v in ttls.items() if v == -1}
    assert forever and all(":b:global:total:" in k for k in forever)
    daily_keys = [k for k in ttls if ":d20" in k]
    assert len(daily_keys) == 2 and all(ttls[k] > 0 for k in daily_keys)


@pytest.mark.redis
async def test_an_admission_whose_reply_was_lost_is_given_back() -> None:
    url = redis_url_or_skip()
    proxy = ReplyDropper(url)
    port = await proxy.start()
    with redis_prefix(url) as prefix:
        lossy = RedisQuotaStore.from_url(f"redis://127.0.0.1:{port}/0", prefix=prefix, timeout=0.3)
        direct = RedisQuotaStore.from_url(url, prefix=prefix)
        limit = RateLimit("key:lost", max_parallel=1)
        budget = Budget("key:lost", 1.0, "total")
        admission = Admission("r1", (limit,), 10, (budget,), 0.6)
        try:
            await lossy.budget_status(budget)  # a connection in the pool, its handshake done
            proxy.drop, proxy.commands = True, 1  # the admission reaches Redis, then nothing
            with pytest.raises(QuotaError):
                await lossy.admit(admission)
            # Redis did admit it: the slot and the money are held, though nobody knows.
            assert (await direct.budget_status(budget)).reserved == pytest.approx(0.6)
            assert not (await direct.admit(Admission("r2", (limit,), 10, (), 0.0))).allowed
            proxy.drop, proxy.commands = False, None
            deadline = time.monotonic() + 5  # the give-back retries at most every 2 s
            while (await direct.budget_status(budget)).reserved:
                assert time.monotonic() < deadline, "the lost admission was never given back"
                await asyncio.sleep(0.02)
            assert (await direct.admit(Admission("r3", (limit,), 10, (), 0.0))).allowed
            assert (await direct.budget_status(budget)).spent == 0.0
        finally:
            await lossy.close()
            await direct.close()
            await proxy.close()


@pytest.mark.redis
async def test_an_admission_given_up_while_in_flight_is_given_back() -> None:
    url = redis_url_or_skip()
    proxy = ReplyDropper(url)
    port = await proxy.start()
    with redis_prefix(url) as prefix:
        lossy = RedisQuotaStore.from_url(f"redis://127.0.0.1:{port}/0", prefix=prefix, timeout=5)
        direct = RedisQuotaStore.from_url(url, prefix=prefix)
        budget = Budget("key:gone", 1.0, "total")
        try:
            await lossy.budget_status(budget)
            proxy.drop, proxy.commands = True, 1
            admitting = asyncio.ensure_future(lossy.admit(Admission("r1", (), 10, (budget,), 0.4)))
            deadline = time.monotonic() + 5
            while not (await direct.budget_status(budget)).reserved:  # it reached Redis
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
            admitting.cancel()  # the client hung up: nobody waits for the reply any more
            with pytest.raises(asyncio.CancelledError):
                await admitting
            proxy.drop, proxy.commands = False, None
            while (await direct.budget_status(budget)).reserved:
                assert time.monotonic() < deadline + 5, "the abandoned admission was kept"
                await asyncio.sleep(0.02)
        finally:
            await lossy.close()
            await direct.close()
            await proxy.close()
