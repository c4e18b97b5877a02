"""Router: deployment selection, retries with backoff, fallbacks and cooldowns.

Everything runs in process: scripted fake providers, a fake clock, a fake ``sleep`` that records
the delays it is asked for (and advances the clock instead of waiting), a seeded RNG.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from lmops.config import CooldownSettings, Deployment, RetrySettings, RouterSettings
from lmops.errors import UpstreamError
from lmops.providers.base import UpstreamRequest, UpstreamResponse
from lmops.providers.router import DeploymentState, Routed, RouteGuard, Router

# ---------------------------------------------------------------------------------------------
# fakes


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeSleep:
    """Records each requested delay and moves the clock on by it; never waits."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        self.clock.advance(delay)


@dataclass
class RecordingObserver:
    events: list[tuple[object, ...]] = field(default_factory=list)

    def on_attempt_failed(self, group: str, deployment: Deployment, error: UpstreamError) -> None:
        self.events.append(("failed", group, deployment.model, error.kind))

    def on_retry(self, group: str, deployment: Deployment, delay: float) -> None:
        self.events.append(("retry", group, deployment.model, delay))

    def on_fallback(self, from_group: str, to_group: str, reason: str) -> None:
        self.events.append(("fallback", from_group, to_group, reason))

    def on_cooldown(self, deployment: Deployment, until: float) -> None:
        self.events.append(("cooldown", deployment.model, until))

    def of(self, kind: str) -> list[tuple[object, ...]]:
        return [e[1:] for e in self.events if e[0] == kind]


class Chunks:
    """An async chunk iterator; an ``UpstreamError`` item is raised when reached."""

    def __init__(self, items: Sequence[bytes | UpstreamError]) -> None:
        self._items = list(items)
        self.closed = False

    def __aiter__(self) -> Chunks:
        return self

    async def __anext__(self) -> bytes:
        if not self._items:
            raise StopAsyncIteration
        item = self._items.pop(0)
        if isinstance(item, UpstreamError):
            raise item
        return item

    async def aclose(self) -> None:
        self.closed = True


class Hang:
    """A script step whose call never returns (until cancelled)."""


OK = "ok"
Step = str | UpstreamError | Chunks | Hang


class FakeProvider:
    """Follows ``script`` one step per call, then answers OK for ever.

    ``latency`` advances the fake clock during the call; ``gate`` (if given) holds every call
    until it is set; ``entered`` (if given) receives this provider's label as each call starts.
    """

    def __init__(
        self,
        deployment: Deployment,
        script: Sequence[Step] = (),
        *,
        clock: FakeClock | None = None,
        latency: float = 0.0,
        gate: asyncio.Event | None = None,
        entered: asyncio.Queue[str] | None = None,
    ) -> None:
        self.deployment = deployment
        self.script = list(script)
        self.clock = clock
        self.latency = latency
        self.gate = gate
        self.entered = entered
        self.calls = 0
        self.streams: list[Chunks] = []

    @property
    def label(self) -> str:
        assert self.deployment.model is not None
        return self.deployment.model

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        self.calls += 1
        step = self.script.pop(0) if self.script else OK
        if self.entered is not None:
            self.entered.put_nowait(self.label)
        if self.clock is not None:
            self.clock.advance(self.latency)
        if self.gate is not None:
            await self.gate.wait()
        if isinstance(step, Hang):
            await asyncio.Event().wait()
        if isinstance(step, UpstreamError):
            raise step
        if isinstance(step, Chunks):
            self.streams.append(step)
            return UpstreamResponse(chunks=step)
        return UpstreamResponse(body=self.label.encode())


# ---------------------------------------------------------------------------------------------
# helpers


def dep(
    group: str,
    label: str,
    *,
    weight: float = 1.0,
    input_cost: float | None = None,
    output_cost: float | None = None,
) -> Deployment:
    """A deployment of ``group``; ``label`` (its upstream model) tells deployments apart."""
    return Deployment(
        name=group,
        provider="mock",
        model=label,
        weight=weight,
        input_cost_per_token=input_cost,
        output_cost_per_token=output_cost,
    )


def fail(
    status: int = 502,
    kind: str = "upstream_error",
    *,
    retryable: bool = True,
    retry_after: float | None = None,
) -> UpstreamError:
    return UpstreamError(
        f"{kind} ({status})", status=status, kind=kind, retryable=retryable, retry_after=retry_after
    )


def context_window() -> UpstreamError:
    return UpstreamError("too long", status=400, kind="context_window_exceeded")


def retries(
    attempts: int = 2,
    *,
    initial: float = 0.1,
    multiplier: float = 2.0,
    max_delay: float = 5.0,
    jitter: bool = False,
) -> RetrySettings:
    return RetrySettings(
        attempts=attempts,
        initial_delay=initial,
        multiplier=multiplier,
        max_delay=max_delay,
        jitter=jitter,
    )


# A breaker that never trips, for tests about something else.
NO_COOLDOWN = CooldownSettings(failures=1000)


@dataclass
class Harness:
    router: Router
    clock: FakeClock
    sleep: FakeSleep
    observer: RecordingObserver

    async def route(
        self, group: str = "g", *, stream: bool = False, guard: RouteGuard | None = None
    ) -> Routed:
        request = UpstreamRequest("chat", {"model": group}, stream, "req-1")
        return await self.router.route(group, request, guard)

    async def route_error(self, group: str = "g", guard: RouteGuard | None = None) -> UpstreamError:
        with pytest.raises(UpstreamError) as info:
            await self.route(group, guard=guard)
        return info.value

    def state(self, label: str, group: str = "g") -> DeploymentState:
        return next(s for s in self.router.states(group) if s.deployment.model == label)


def make(
    *providers: FakeProvider,
    clock: FakeClock | None = None,
    seed: int = 7,
    **settings: Any,
) -> Harness:
    settings.setdefault("retries", retries())
    settings.setdefault("cooldown", NO_COOLDOWN)
    clock = clock or FakeClock()
    sleep = FakeSleep(clock)
    observer = RecordingObserver()
    router = Router(
        RouterSettings(**settings),
        [(p.deployment, p) for p in providers],
        observer,
        clock=clock,
        sleep=sleep,
        rng=random.Random(seed),
    )
    return Harness(router, clock, sleep, observer)


def served_by(routed: Routed) -> str:
    assert routed.state.deployment.model is not None
    return routed.state.deployment.model


# ---------------------------------------------------------------------------------------------
# selection strategies


async def test_weighted_distribution_follows_weights() -> None:
    light = FakeProvider(dep("g", "light", weight=1))
    heavy = FakeProvider(dep("g", "heavy", weight=3))
    h = make(light, heavy)

    picks = Counter([served_by(await h.route()) for _ in range(4000)])

    assert picks["light"] + picks["heavy"] == 4000
    assert 0.72 < picks["heavy"] / 4000 < 0.78  # expected 0.75; sd ~0.007


async def test_weighted_is_deterministic_for_a_seed() -> None:
    async def run() -> list[str]:
        h = make(FakeProvider(dep("g", "a")), FakeProvider(dep("g", "b")), seed=42)
        return [served_by(await h.route()) for _ in range(50)]

    assert await run() == await run()


async def test_least_busy_sends_each_call_to_the_deployment_with_fewer_in_flight() -> None:
    gate = asyncio.Event()
    entered: asyncio.Queue[str] = asyncio.Queue()
    a = FakeProvider(dep("g", "a"), gate=gate, entered=entered)
    b = FakeProvider(dep("g", "b"), gate=gate, entered=entered)
    h = make(a, b, strategy="least-busy")

    tasks: list[asyncio.Task[Routed]] = []

    async def hold_one_call() -> str:
        tasks.append(asyncio.create_task(h.route()))
        return await entered.get()

    for held in range(1, 4):
        # From a tie, the first call goes to either; the next must go to the idle one.
        first = await hold_one_call()
        second = await hold_one_call()
        assert {first, second} == {"a", "b"}
        assert h.state("a").in_flight == h.state("b").in_flight == held

    gate.set()
    await asyncio.gather(*tasks)
    assert h.state("a").in_flight == h.state("b").in_flight == 0


async def test_least_busy_avoids_a_deployment_holding_a_call() -> None:
    gate = asyncio.Event()
    entered: asyncio.Queue[str] = asyncio.Queue()
    slow = FakeProvider(dep("g", "slow"), gate=gate, entered=entered)
    idle = FakeProvider(dep("g", "idle"))
    h = make(slow, idle, strategy="least-busy")
    h.state("idle").in_flight = 1  # so the first pick goes to "slow" (no random tie-break)
    held = asyncio.create_task(h.route())
    assert await entered.get() == "slow"
    h.state("idle").in_flight = 0

    assert [served_by(await h.route()) for _ in range(10)] == ["idle"] * 10
    assert h.state("slow").in_flight == 1

    gate.set()
    assert served_by(await held) == "slow"
    assert h.state("slow").in_flight == 0


async def test_lowest_latency_tries_unmeasured_deployments_then_prefers_the_faster() -> None:
    clock = FakeClock()
    slow = FakeProvider(dep("g", "slow"), clock=clock, latency=0.5)
    fast = FakeProvider(dep("g", "fast"), clock=clock, latency=0.1)
    h = make(slow, fast, clock=clock, strategy="lowest-latency")

    warmup = {served_by(await h.route()) for _ in range(2)}
    assert warmup == {"slow", "fast"}  # an unmeasured deployment counts as fastest

    assert [served_by(await h.route()) for _ in range(10)] == ["fast"] * 10
    assert h.state("slow").latency == pytest.approx(0.5)
    assert h.state("fast").latency == pytest.approx(0.1)


async def test_lowest_latency_is_a_moving_average() -> None:
    clock = FakeClock()
    p = FakeProvider(dep("g", "a"), clock=clock, latency=0.1)
    h = make(p, clock=clock, strategy="lowest-latency", latency_alpha=0.5)

    await h.route()
    p.latency = 0.5
    await h.route()

    assert h.state("a").latency == pytest.approx(0.5 * 0.5 + 0.5 * 0.1)


async def test_lowest_latency_switches_when_the_fast_one_slows_down() -> None:
    clock = FakeClock()
    a = FakeProvider(dep("g", "a"), clock=clock, latency=0.2)
    b = FakeProvider(dep("g", "b"), clock=clock, latency=0.3)
    h = make(a, b, clock=clock, strategy="lowest-latency", latency_alpha=1.0)
    for _ in range(2):
        await h.route()
    assert served_by(await h.route()) == "a"

    a.latency = 0.9  # one slow answer (alpha=1 keeps only the newest sample)
    await h.route()

    assert served_by(await h.route()) == "b"


async def test_lowest_cost_prefers_cheapest_and_treats_unknown_price_as_most_expensive() -> None:
    unknown = FakeProvider(dep("g", "unknown"))
    half_known = FakeProvider(dep("g", "half", input_cost=0.000001))
    pricey = FakeProvider(dep("g", "pricey", input_cost=0.00003, output_cost=0.00006))
    cheap = FakeProvider(dep("g", "cheap", input_cost=0.0000001, output_cost=0.0000004))
    h = make(unknown, half_known, pricey, cheap, strategy="lowest-cost")

    assert [served_by(await h.route()) for _ in range(5)] == ["cheap"] * 5

    # Failing over walks up the price list: priced before unknown.
    cheap.script = [fail()]
    assert served_by(await h.route()) == "pricey"
    for p in (cheap, pricey):
        p.script = [fail()]
    routed = await h.route()
    assert served_by(routed) in {"unknown", "half"}
    assert routed.attempts == 3


# ---------------------------------------------------------------------------------------------
# retries and backoff


async def test_retryable_error_moves_to_another_deployment_without_sleeping() -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [fail(503)])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    h = make(a, b, strategy="lowest-cost")

    routed = await h.route()

    assert served_by(routed) == "b"
    assert routed.attempts == 2
    assert h.sleep.delays == []
    assert h.observer.events == [
        ("failed", "g", "a", "upstream_error"),
        ("retry", "g", "b", 0.0),
    ]


async def test_backoff_on_the_same_deployment_is_exponential_and_capped() -> None:
    p = FakeProvider(dep("g", "only"), [fail(), fail(), fail(), fail()])
    h = make(p, retries=retries(4, initial=0.1, multiplier=3.0, max_delay=0.5))

    routed = await h.route()

    assert routed.attempts == 5
    assert h.sleep.delays == pytest.approx([0.1, 0.3, 0.5, 0.5])
    assert [e[2] for e in h.observer.of("retry")] == pytest.approx([0.1, 0.3, 0.5, 0.5])


async def test_backoff_with_jitter_stays_within_the_exponential_bound() -> None:
    p = FakeProvider(dep("g", "only"), [fail()] * 4)
    h = make(p, retries=retries(4, initial=0.1, multiplier=2.0, max_delay=0.3, jitter=True))

    await h.route()

    bounds = [0.1, 0.2, 0.3, 0.3]
    assert len(h.sleep.delays) == 4
    assert all(0 <= d <= bound for d, bound in zip(h.sleep.delays, bounds, strict=True))
    assert len(set(h.sleep.delays)) == 4  # jittered, not constant


async def test_two_deployments_retry_the_other_first_then_back_off() -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [fail()])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2), [fail()])
    h = make(a, b, strategy="lowest-cost", retries=retries(2))

    routed = await h.route()

    assert served_by(routed) == "a"
    assert (a.calls, b.calls) == (2, 1)
    assert len(h.sleep.delays) == 1 and h.sleep.delays[0] > 0  # only the return to "a" waits
    assert h.observer.of("retry") == [("g", "b", 0.0), ("g", "a", h.sleep.delays[0])]


async def test_exhausted_retries_raise_the_last_error() -> None:
    p = FakeProvider(dep("g", "only"), [fail(502), fail(503), fail(504, "timeout")])
    h = make(p, retries=retries(2))

    error = await h.route_error()

    assert (error.status, error.kind) == (504, "timeout")
    assert p.calls == 3


async def test_zero_retries_means_one_attempt() -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [fail()])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    h = make(a, b, strategy="lowest-cost", retries=retries(0))

    await h.route_error()

    assert (a.calls, b.calls) == (1, 0)


async def test_retry_after_is_honoured() -> None:
    p = FakeProvider(dep("g", "only"), [fail(429, "rate_limited", retry_after=2.0)])
    h = make(p, retries=retries(2, initial=0.1, max_delay=5.0, jitter=True))

    routed = await h.route()

    assert routed.attempts == 2
    assert h.sleep.delays == [pytest.approx(2.0)]
    assert h.sleep.delays[0] >= 2.0


async def test_retry_after_below_the_backoff_keeps_the_backoff() -> None:
    p = FakeProvider(dep("g", "only"), [fail(429, "rate_limited", retry_after=0.01)])
    h = make(p, retries=retries(2, initial=0.5))

    await h.route()

    assert h.sleep.delays == [pytest.approx(0.5)]


async def test_retry_after_above_max_delay_stops_retrying_the_group() -> None:
    p = FakeProvider(dep("g", "only"), [fail(429, "rate_limited", retry_after=60.0)])
    h = make(p, retries=retries(3, max_delay=5.0))

    error = await h.route_error()

    assert (error.status, error.kind, error.retry_after) == (429, "rate_limited", 60.0)
    assert p.calls == 1
    assert h.sleep.delays == []
    assert h.observer.of("retry") == []


async def test_retry_after_above_max_delay_still_falls_back() -> None:
    p = FakeProvider(dep("g", "only"), [fail(429, "rate_limited", retry_after=60.0)])
    backup = FakeProvider(dep("backup", "backup"))
    h = make(p, backup, retries=retries(3, max_delay=5.0), fallbacks={"g": ["backup"]})

    routed = await h.route()

    assert routed.group == "backup"
    assert routed.attempts == 2
    assert h.sleep.delays == []


async def test_retry_after_above_max_delay_still_tries_a_fresh_deployment() -> None:
    a = FakeProvider(
        dep("g", "a", input_cost=1, output_cost=1), [fail(429, "rate_limited", retry_after=60)]
    )
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    h = make(a, b, strategy="lowest-cost")

    assert served_by(await h.route()) == "b"
    assert h.sleep.delays == []


async def test_retry_after_of_the_retried_deployment_is_honoured() -> None:
    # "a" says "come back in 3 s"; "b" then fails without Retry-After; the retry of "a"
    # must still wait at least 3 s.
    a = FakeProvider(
        dep("g", "a", input_cost=1, output_cost=1), [fail(429, "rate_limited", retry_after=3.0)]
    )
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2), [fail(502)])
    h = make(a, b, strategy="lowest-cost", retries=retries(2, initial=0.1, max_delay=5.0))

    routed = await h.route()

    assert served_by(routed) == "a"
    assert h.sleep.delays and h.sleep.delays[0] >= 3.0


# ---------------------------------------------------------------------------------------------
# non-retryable errors


@pytest.mark.parametrize("status", [400, 413, 422])
async def test_client_errors_are_raised_at_once_without_retry_or_fallback(status: int) -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [fail(status, retryable=False)])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    backup = FakeProvider(dep("backup", "backup"))
    h = make(a, b, backup, strategy="lowest-cost", fallbacks={"g": ["backup"]})

    error = await h.route_error()

    assert error.status == status
    assert (a.calls, b.calls, backup.calls) == (1, 0, 0)
    assert h.observer.events == [("failed", "g", "a", "upstream_error")]
    assert len(h.state("a").failures) == 0  # the client's fault, not the deployment's


async def test_client_error_marked_retryable_is_still_not_retried() -> None:
    p = FakeProvider(dep("g", "only"), [fail(400, retryable=True)])
    h = make(p)

    assert (await h.route_error()).status == 400
    assert p.calls == 1


async def test_non_retryable_server_error_skips_to_the_fallback_group() -> None:
    p = FakeProvider(dep("g", "only"), [fail(401, "auth_error", retryable=False)])
    backup = FakeProvider(dep("backup", "backup"))
    h = make(p, backup, fallbacks={"g": ["backup"]})

    routed = await h.route()

    assert routed.group == "backup"
    assert p.calls == 1
    assert h.sleep.delays == []
    assert h.observer.of("retry") == []
    assert h.observer.of("fallback") == [("g", "backup", "auth_error")]
    assert len(h.state("only").failures) == 1  # counts towards the breaker


async def test_non_retryable_server_error_without_fallback_is_raised() -> None:
    p = FakeProvider(dep("g", "only"), [fail(401, "auth_error", retryable=False)])
    h = make(p)

    error = await h.route_error()

    assert (error.status, error.kind) == (401, "auth_error")
    assert p.calls == 1


# ---------------------------------------------------------------------------------------------
# fallbacks


async def test_fallbacks_are_tried_in_order_after_the_group_is_exhausted() -> None:
    g = FakeProvider(dep("g", "g"), [fail()] * 3)
    fb1 = FakeProvider(dep("fb1", "fb1"), [fail(503, "overloaded")] * 3)
    fb2 = FakeProvider(dep("fb2", "fb2"))
    h = make(g, fb1, fb2, retries=retries(2), fallbacks={"g": ["fb1", "fb2"]})

    routed = await h.route()

    assert routed.group == "fb2"
    assert routed.attempts == 7
    assert (g.calls, fb1.calls, fb2.calls) == (3, 3, 1)
    assert h.observer.of("fallback") == [
        ("g", "fb1", "upstream_error"),
        ("g", "fb2", "overloaded"),
    ]


async def test_when_every_fallback_fails_the_last_error_is_raised() -> None:
    g = FakeProvider(dep("g", "g"), [fail(502)])
    fb = FakeProvider(dep("fb", "fb"), [fail(504, "timeout")])
    h = make(g, fb, retries=retries(0), fallbacks={"g": ["fb"]})

    error = await h.route_error()

    assert (error.status, error.kind) == (504, "timeout")


class AllowGroups:
    """A guard that lets only some fallback groups through, and records what it was asked."""

    def __init__(self, *groups: str) -> None:
        self.groups = set(groups)
        self.asked: list[str] = []

    async def group(self, name: str) -> bool:
        self.asked.append(name)
        return name in self.groups

    async def deployment(self, deployment: Deployment) -> bool:
        return True


async def test_a_fallback_the_guard_refuses_is_skipped() -> None:
    g = FakeProvider(dep("g", "g"), [fail(502)])
    fb1 = FakeProvider(dep("fb1", "fb1"))
    fb2 = FakeProvider(dep("fb2", "fb2"))
    h = make(g, fb1, fb2, retries=retries(0), fallbacks={"g": ["fb1", "fb2"]})
    guard = AllowGroups("fb2")

    routed = await h.route(guard=guard)

    assert routed.group == "fb2" and fb1.calls == 0
    assert guard.asked == ["fb1", "fb2"]  # never the group the request asked for
    assert h.observer.of("fallback") == [("g", "fb2", "upstream_error")]


async def test_when_the_guard_refuses_every_fallback_the_original_error_is_raised() -> None:
    g = FakeProvider(dep("g", "g"), [fail(502)])
    fb = FakeProvider(dep("fb", "fb"))
    h = make(g, fb, retries=retries(0), fallbacks={"g": ["fb"]})

    error = await h.route_error(guard=AllowGroups())

    assert (error.status, error.kind) == (502, "upstream_error")
    assert fb.calls == 0


async def test_a_group_is_never_tried_twice_in_one_request() -> None:
    g = FakeProvider(dep("g", "g"), [fail(), fail()])
    fb = FakeProvider(dep("fb", "fb"), [fail()])
    h = make(g, fb, retries=retries(0), fallbacks={"g": ["fb", "g", "fb"]})

    await h.route_error()

    assert (g.calls, fb.calls) == (1, 1)


async def test_fallbacks_of_a_fallback_are_not_followed() -> None:
    g = FakeProvider(dep("g", "g"), [fail()])
    fb = FakeProvider(dep("fb", "fb"), [fail()])
    other = FakeProvider(dep("other", "other"))
    h = make(g, fb, other, retries=retries(0), fallbacks={"g": ["fb"], "fb": ["other"]})

    await h.route_error()

    assert other.calls == 0


async def test_no_fallback_on_success() -> None:
    g = FakeProvider(dep("g", "g"))
    fb = FakeProvider(dep("fb", "fb"))
    h = make(g, fb, fallbacks={"g": ["fb"]})

    routed = await h.route()

    assert (routed.group, routed.attempts) == ("g", 1)
    assert fb.calls == 0
    assert h.observer.events == []


# ---------------------------------------------------------------------------------------------
# context-window errors


async def test_context_window_error_goes_to_context_window_fallbacks_only() -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [context_window()])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    ordinary = FakeProvider(dep("ordinary", "ordinary"))
    big = FakeProvider(dep("big", "big"))
    h = make(
        a,
        b,
        ordinary,
        big,
        strategy="lowest-cost",
        fallbacks={"g": ["ordinary"]},
        context_window_fallbacks={"g": ["big"]},
    )

    routed = await h.route()

    assert routed.group == "big"
    assert routed.attempts == 2
    assert (a.calls, b.calls, ordinary.calls) == (1, 0, 0)  # no retry inside the group either
    assert [e[1:] for e in h.observer.of("fallback")] == [("big", "context_window_exceeded")]
    assert len(h.state("a").failures) == 0


async def test_context_window_error_without_a_context_window_fallback_is_a_400() -> None:
    p = FakeProvider(dep("g", "only"), [context_window()])
    ordinary = FakeProvider(dep("ordinary", "ordinary"))
    h = make(p, ordinary, fallbacks={"g": ["ordinary"]})

    error = await h.route_error()

    assert (error.status, error.kind) == (400, "context_window_exceeded")
    assert (p.calls, ordinary.calls) == (1, 0)
    assert h.observer.of("fallback") == []


async def test_context_window_error_in_a_fallback_group_uses_its_own_cw_fallbacks() -> None:
    g = FakeProvider(dep("g", "g"), [fail()])
    fb = FakeProvider(dep("fb", "fb"), [context_window()])
    big = FakeProvider(dep("big", "big"))
    h = make(
        g,
        fb,
        big,
        retries=retries(0),
        fallbacks={"g": ["fb"]},
        context_window_fallbacks={"fb": ["big"]},
    )

    assert (await h.route()).group == "big"


async def test_context_window_fallback_reports_the_group_it_left() -> None:
    p = FakeProvider(dep("g", "only"), [context_window()])
    big = FakeProvider(dep("big", "big"))
    h = make(p, big, context_window_fallbacks={"g": ["big"]})

    await h.route()

    assert h.observer.of("fallback") == [("g", "big", "context_window_exceeded")]


# ---------------------------------------------------------------------------------------------
# cooldowns


def breaker(failures: int = 2, window: float = 10.0, duration: float = 30.0) -> CooldownSettings:
    return CooldownSettings(failures=failures, window=window, duration=duration)


def cheap_and_backup(script: Sequence[Step] = ()) -> tuple[FakeProvider, FakeProvider]:
    """``cheap`` is always preferred under lowest-cost; ``backup`` serves when it is skipped."""
    cheap = FakeProvider(dep("g", "cheap", input_cost=1, output_cost=1), script)
    backup = FakeProvider(dep("g", "backup", input_cost=2, output_cost=2))
    return cheap, backup


async def test_deployment_cools_down_after_failures_in_window_then_recovers() -> None:
    cheap, backup = cheap_and_backup([fail(), fail()])
    h = make(cheap, backup, strategy="lowest-cost", retries=retries(0), cooldown=breaker())

    await h.route_error()
    h.clock.advance(5)
    await h.route_error()

    start = h.clock.now
    assert h.observer.of("cooldown") == [("cheap", start + 30.0)]
    assert h.state("cheap").cooldown_until == start + 30.0

    h.clock.advance(29.9)
    assert served_by(await h.route()) == "backup"
    assert cheap.calls == 2

    h.clock.advance(0.1)  # duration has passed
    assert served_by(await h.route()) == "cheap"
    assert cheap.calls == 3


async def test_failures_outside_the_window_do_not_cool_down() -> None:
    cheap, backup = cheap_and_backup([fail(), fail()])
    h = make(cheap, backup, strategy="lowest-cost", retries=retries(0), cooldown=breaker())

    await h.route_error()
    h.clock.advance(10.5)
    await h.route_error()

    assert h.observer.of("cooldown") == []
    assert served_by(await h.route()) == "cheap"


async def test_a_success_clears_the_failure_count() -> None:
    cheap, backup = cheap_and_backup([fail(), OK, fail()])
    h = make(cheap, backup, strategy="lowest-cost", retries=retries(0), cooldown=breaker())

    await h.route_error()
    await h.route()
    assert len(h.state("cheap").failures) == 0
    await h.route_error()

    assert h.observer.of("cooldown") == []
    assert served_by(await h.route()) == "cheap"


async def test_cooling_down_mid_request_moves_on_without_a_503() -> None:
    p = FakeProvider(dep("g", "only"), [fail(502), fail(502)])
    h = make(p, retries=retries(3), cooldown=breaker(failures=1))

    error = await h.route_error()

    assert (error.status, error.kind) == (502, "upstream_error")  # the real error, not a 503
    assert p.calls == 1
    assert h.sleep.delays == []


async def test_all_deployments_cooling_down_is_a_503() -> None:
    a = FakeProvider(dep("g", "a"), [fail()])
    b = FakeProvider(dep("g", "b"), [fail()])
    h = make(a, b, retries=retries(1), cooldown=breaker(failures=1))
    await h.route_error()  # each fails once and cools down

    error = await h.route_error()

    assert (error.status, error.kind) == (503, "no_healthy_deployment")
    assert (a.calls, b.calls) == (1, 1)


async def test_all_deployments_cooling_down_falls_back_when_possible() -> None:
    p = FakeProvider(dep("g", "only"), [fail()])
    backup = FakeProvider(dep("backup", "backup"))
    h = make(
        p, backup, retries=retries(0), cooldown=breaker(failures=1), fallbacks={"g": ["backup"]}
    )
    await h.route()  # "only" fails and cools down; backup answers
    h.observer.events.clear()

    routed = await h.route()

    assert routed.group == "backup"
    assert p.calls == 1
    assert h.observer.of("fallback") == [("g", "backup", "no_healthy_deployment")]


# ---------------------------------------------------------------------------------------------
# streams


async def test_stream_first_chunk_error_retries_before_anything_is_returned() -> None:
    broken = Chunks([fail(502, "upstream_disconnected")])
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [broken])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2), [Chunks([b"b-1", b"b-2"])])
    h = make(a, b, strategy="lowest-cost")

    routed = await h.route(stream=True)

    assert served_by(routed) == "b"
    assert routed.first_chunk == b"b-1"
    assert routed.response.chunks is not None
    assert [c async for c in routed.response.chunks] == [b"b-2"]
    assert broken.closed
    assert ("failed", "g", "a", "upstream_disconnected") in h.observer.events


async def test_stream_first_chunk_error_falls_back_to_another_group() -> None:
    g = FakeProvider(dep("g", "g"), [Chunks([fail(504, "timeout")])])
    fb = FakeProvider(dep("fb", "fb"), [Chunks([b"fb-1"])])
    h = make(g, fb, retries=retries(0), fallbacks={"g": ["fb"]})

    routed = await h.route(stream=True)

    assert (routed.group, routed.first_chunk, routed.attempts) == ("fb", b"fb-1", 2)
    assert h.observer.of("fallback") == [("g", "fb", "timeout")]


async def test_an_empty_stream_counts_as_a_failure() -> None:
    a = FakeProvider(dep("g", "a", input_cost=1, output_cost=1), [Chunks([])])
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2), [Chunks([b"b-1"])])
    h = make(a, b, strategy="lowest-cost")

    routed = await h.route(stream=True)

    assert served_by(routed) == "b"
    assert ("failed", "g", "a", "empty_stream") in h.observer.events
    assert len(h.state("a").failures) == 1


async def test_only_empty_streams_raise_a_retryable_empty_stream_error() -> None:
    p = FakeProvider(dep("g", "only"), [Chunks([]), Chunks([])])
    h = make(p, retries=retries(1))

    error = await h.route_error()

    assert (error.status, error.kind, error.retryable) == (502, "empty_stream", True)
    assert p.calls == 2


async def test_stream_first_chunk_client_error_is_raised_at_once() -> None:
    a = FakeProvider(
        dep("g", "a", input_cost=1, output_cost=1), [Chunks([fail(400, retryable=False)])]
    )
    b = FakeProvider(dep("g", "b", input_cost=2, output_cost=2))
    h = make(a, b, strategy="lowest-cost")

    assert (await h.route_error()).status == 400
    assert b.calls == 0


# ---------------------------------------------------------------------------------------------
# attempts and in-flight bookkeeping


async def test_attempts_counts_every_call_made() -> None:
    p = FakeProvider(dep("g", "only"))
    h = make(p)
    assert (await h.route()).attempts == 1

    p.script = [fail(), fail()]
    assert (await h.route()).attempts == 3


@pytest.mark.parametrize(
    "script",
    [[OK], [fail(), fail(), fail()], [fail(401, retryable=False)], [fail(400)]],
    ids=["success", "retryable", "non-retryable", "client-error"],
)
async def test_in_flight_returns_to_zero(script: list[Step]) -> None:
    p = FakeProvider(dep("g", "only"), script)
    h = make(p, retries=retries(2))

    with contextlib.suppress(UpstreamError):
        await h.route()

    assert h.state("only").in_flight == 0


async def test_a_stream_stays_in_flight_until_it_is_done() -> None:
    p = FakeProvider(dep("g", "only"), [Chunks([b"x"]), Chunks([fail()]), Chunks([])])
    h = make(p, retries=retries(0))

    routed = await h.route(stream=True)
    assert h.state("only").in_flight == 1  # least-busy must see a running stream as busy
    h.router.stream_done(routed)
    await h.route_error()
    await h.route_error()

    assert h.state("only").in_flight == 0


async def test_a_stream_broken_after_its_first_byte_counts_towards_cooldown() -> None:
    p = FakeProvider(dep("g", "only"), [Chunks([b"x"]), Chunks([b"y"])])
    h = make(p, retries=retries(0), cooldown=CooldownSettings(failures=2, window=60, duration=30))

    for _ in range(2):
        routed = await h.route(stream=True)
        h.router.stream_done(routed, UpstreamError("cut off", kind="upstream_disconnected"))

    assert h.state("only").cooldown_until > h.clock.now
    assert [e[0] for e in h.observer.events].count("failed") == 2


async def test_cancelling_a_hung_call_releases_in_flight() -> None:
    entered: asyncio.Queue[str] = asyncio.Queue()
    p = FakeProvider(dep("g", "only"), [Hang()], entered=entered)
    h = make(p)
    task = asyncio.create_task(h.route())
    await entered.get()
    assert h.state("only").in_flight == 1

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert h.state("only").in_flight == 0
    assert h.observer.events == []  # a cancellation is not an upstream failure


async def test_cancelling_while_waiting_for_the_first_chunk_closes_the_stream() -> None:
    started = asyncio.Event()

    class HangingChunks(Chunks):
        async def __anext__(self) -> bytes:
            started.set()
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

    stream = HangingChunks([])
    p = FakeProvider(dep("g", "only"), [stream])
    h = make(p)
    task = asyncio.create_task(h.route(stream=True))
    await started.wait()

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert stream.closed
    assert h.state("only").in_flight == 0


async def test_the_snapshot_shows_failures_cooldowns_and_the_latency_average() -> None:
    cheap, backup = cheap_and_backup([fail(), fail()])
    h = make(cheap, backup, strategy="lowest-cost", retries=retries(0), cooldown=breaker())
    before = {s.model: s for s in h.router.snapshot()}
    assert before["cheap"].cooldown_left_s == 0 and before["cheap"].latency_ms is None
    await h.route_error()
    assert {s.model: s.recent_failures for s in h.router.snapshot()} == {"cheap": 1, "backup": 0}
    h.clock.advance(5)
    await h.route_error()  # the second failure in the window: cooling down for 30 s
    h.clock.advance(10)
    await h.route()  # served by backup
    now = {s.model: s for s in h.router.snapshot()}
    assert now["cheap"].cooldown_left_s == pytest.approx(20.0)
    assert now["cheap"].recent_failures == 0  # cleared when the cooldown began
    assert now["backup"].latency_ms is not None and now["backup"].in_flight == 0
    assert [s.group for s in h.router.snapshot()] == ["g", "g"]
    assert len(now) == 2
