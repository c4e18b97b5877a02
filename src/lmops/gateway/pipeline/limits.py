"""Rate limits and budgets at admission: one atomic reservation, settled when the request ends.

Every level that applies (the key, its team, the model group, the global budget) is checked and
reserved in one call to the quota store, all or nothing: in memory for one process, a Lua script
in Redis for many, so a limit holds exactly across replicas. Tokens are reserved as the prompt
estimate plus the most the answer may hold; money as the dearest price that may serve it. Both are
settled with the real usage afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import structlog

from lmops.background import BackgroundTasks
from lmops.catalog.pricing import Pricing
from lmops.catalog.tokens import estimate_prompt_tokens
from lmops.config import Config, Deployment
from lmops.errors import GatewayError
from lmops.gateway.context import Outcome, Principal, RequestContext
from lmops.gateway.pipeline.keys import allowed
from lmops.gateway.pipeline.quota_replies import quota_headers, refusal
from lmops.providers.router import RouteGuard
from lmops.state.memory import MemoryGate, MemoryQuotaStore
from lmops.state.quota import (
    Admission,
    Budget,
    BudgetAlert,
    Decision,
    QuotaError,
    QuotaStore,
    RateLimit,
    Ticket,
)
from lmops.store.keys import Limits

if TYPE_CHECKING:
    from lmops.state.redis import RedisQuotaStore

__all__ = ["MemoryQuota", "Quota", "QuotaState", "RedisQuota", "budget_of", "rate_limit_of"]

log = structlog.get_logger("lmops.limits")

_WARN_EVERY = 10.0  # seconds between fail-open warnings while Redis stays away
_MAX_PLANS = 10_000  # principals whose limits are kept ready (then the memo starts over)
_SEED_WAIT = 5.0  # seconds a request waits for its budget's seed before it is admitted anyway
_SETTLE_TRIES = 4  # over about a second: a Redis blip must not hold a parallel slot for long


class Quota:
    def __init__(
        self,
        store: QuotaStore,
        config: Config,
        pricing: Pricing,
        *,
        on_unavailable: Callable[[], None],
        on_alerts: Callable[[tuple[BudgetAlert, ...]], None],
        on_refused: Callable[[str, str], None],
        seeding: Callable[[str], asyncio.Future[None] | None] = lambda _: None,
    ) -> None:
        self._store = store
        self._pricing = pricing
        self._fail_open = config.settings.on_redis_error == "fail_open"
        self._default_max_tokens = config.limits.default_max_tokens
        bound = config.limits.bound_output
        # The name to send the reserved output bound under when a budget applies (or None).
        self._bound = None if bound == "off" or not self._default_max_tokens else bound
        self._soft = config.budgets.soft_fraction
        self._groups = {
            name: RateLimit(f"group:{name}", q.rpm, q.tpm, q.max_parallel)
            for name, q in config.limits.groups.items()
        }
        g = config.budgets.global_
        self._global = (Budget("global", g.max_usd, g.period, self._soft),) if g else ()
        self._on_unavailable = on_unavailable
        self._on_alerts = on_alerts
        self._on_refused = on_refused
        self._seeding = seeding  # a budget scope's seed still running, if any
        self._last_warning = float("-inf")
        self._settling = BackgroundTasks()
        # (principal id, group) -> that principal and what its requests must pass. A key's record
        # never changes in place: the directory makes a new principal, so `is` tells a stale one.
        self._plans: dict[tuple[str, str], tuple[Principal, _Plan | None]] = {}
        self._deployments: dict[str, _Plan] = {}  # by deployment id: an upstream's own quota
        self._fallbacks: dict[str, _Plan] = {}  # by group: its own limits, as a fallback target
        self._group_of = {d.id: d.name for d in config.models}  # deployment id -> its group

    async def __call__(self, ctx: RequestContext) -> None:
        plan = self._plan(ctx.principal, ctx.model_group)
        if plan is None:
            return
        for seed in plan.seeds:  # only while a budget that just appeared is being seeded
            if not seed.done():
                with contextlib.suppress(TimeoutError):  # a slow store delays, never stalls
                    await asyncio.wait_for(asyncio.shield(seed), _SEED_WAIT)
        prompt, output = self._estimate(ctx)
        tokens = prompt + output
        cost = self._pricing.estimate(ctx.model_group, prompt, output) if plan.budgets else 0.0
        if plan.gate is not None:
            decision = plan.gate.admit(ctx.request_id, tokens, cost)
        else:
            admission = Admission(ctx.request_id, plan.limits, tokens, plan.budgets, cost)
            unchecked = await self._admit_in_store(admission)
            if unchecked is None:
                return
            decision = unchecked
        ctx.response_headers += quota_headers(decision)
        if not decision.allowed:
            self._on_refused(ctx.model_group, decision.reason or "unknown")
            detail = (
                await self._budget_detail(decision, plan) if decision.reason == "budget" else ""
            )
            raise refusal(decision, detail)
        ctx.quota = QuotaState(decision.ticket, tokens)
        ctx.on_finish(self._finished)
        if plan.budgets and self._bound is not None and ctx.endpoint != "embeddings":
            body = ctx.body
            if not (_count(body.get("max_completion_tokens")) or _count(body.get("max_tokens"))):
                # Reserved for default_max_tokens, so bounded by it: else one long answer
                # could overrun the budget by far more than its reservation.
                body[self._bound] = self._default_max_tokens

    async def _budget_detail(self, decision: Decision, plan: _Plan) -> str:
        """What a budget refusal tells the caller: spent, limit and when it resets."""
        budget = next((b for b in plan.budgets if b.scope == decision.scope), None)
        if budget is None:
            return ""
        try:
            status = await self._store.budget_status(budget)
        except QuotaError:
            return ""
        held = (
            f" (and ${status.reserved:.6g} held by requests in flight)" if status.reserved else ""
        )
        resets = (
            f"it resets at {status.resets_at:%Y-%m-%d %H:%M:%S} UTC"
            if status.resets_at is not None
            else "a total budget does not reset"
        )
        return (
            f" ${status.spent:.6g} spent{held} of ${budget.max_usd:.6g} "
            f"({budget.period}, period {status.period_id}); {resets}."
        )

    def guard(self, ctx: RequestContext) -> RouteGuard:
        """The router's checks for this request: fallback groups and deployment quotas."""
        return _Guard(self, ctx)

    async def _admit_route(self, ctx: RequestContext, scope: str, plan: _Plan) -> bool:
        """Reserve the request's tokens on a fallback group's or a deployment's own limits;
        the ticket is kept under ``scope`` and settled with the request."""
        state = ctx.quota
        if state is None:  # nothing reserved at admission: this is the first reservation
            state = ctx.quota = QuotaState(None, sum(self._estimate(ctx)))
            ctx.on_finish(self._finished)
        tickets = state.route
        if tickets is None:
            tickets = state.route = {}
        # Prompt and the most the answer may hold, as admission reserves for a key: an
        # upstream's tpm counts both, and the caller must not change what it reserves.
        tokens = state.tokens
        attempt = f"{ctx.request_id}:{len(tickets)}"
        if plan.gate is not None:
            decision = plan.gate.admit(attempt, tokens, 0.0)
        else:
            unchecked = await self._admit_in_store(Admission(attempt, plan.limits, tokens, (), 0.0))
            if unchecked is None:
                return True
            decision = unchecked
        if decision.allowed and decision.ticket is not None:
            old = tickets.get(scope)
            if old is not None:  # a retry on the same deployment: the first used nothing
                self.settle_later(old, 0, None)
            tickets[scope] = decision.ticket
        return decision.allowed

    def _finished(self, ctx: RequestContext, outcome: Outcome) -> None:
        """Settle what the request reserved with what it used (its finish callback)."""
        # Answered without a usage we can read, or at an unknown price: keep what was
        # reserved (an answer is never free against a limit or a budget).
        answered = outcome.status < 400 and not outcome.cache_hit
        parsed = outcome.parsed
        used = parsed.prompt_tokens + parsed.completion_tokens if parsed else None
        if used is None and not answered:
            used = 0
        state = ctx.quota
        assert state is not None  # registered with it
        ticket = state.ticket
        if ticket is not None:
            cost = outcome.cost
            self.settle_later(
                ticket, used, cost if cost is not None or not answered else ticket.cost
            )
        if state.route:
            served = outcome.deployment
            group = f"group:{self._group_of.get(served)}" if served else None
            for scope, attempt in state.route.items():
                self.settle_later(attempt, used if scope in (served, group) else 0, None)

    async def _admit_in_store(self, admission: Admission) -> Decision | None:
        """The store's decision; None when it cannot be reached and ``fail_open`` lets the
        request pass unchecked (with ``fail_closed``, a 503)."""
        try:
            return await self._store.admit(admission)
        except QuotaError as exc:
            self._unavailable(exc)
            return None

    def _estimate(self, ctx: RequestContext) -> tuple[int, int]:
        """Prompt tokens (estimated) and the most the answer may hold."""
        prompt = estimate_prompt_tokens(ctx.endpoint, ctx.body)
        if ctx.endpoint == "embeddings":
            return prompt, 0
        return prompt, _max_output(ctx.body, self._default_max_tokens)

    def settle_later(self, ticket: Ticket, tokens: int | None, cost: float | None) -> None:
        """Settle in the background: the client has its answer already."""
        self._settling.spawn(self._settle(ticket, tokens, cost))

    async def drain(self) -> None:
        """Wait for settlements still in flight (at shutdown)."""
        await self._settling.drain()

    async def _settle(self, ticket: Ticket, tokens: int | None, cost: float | None) -> None:
        for attempt in range(_SETTLE_TRIES):
            try:
                alerts = await self._store.settle(ticket, tokens, cost)
                break
            except QuotaError as exc:
                if attempt + 1 == _SETTLE_TRIES:
                    # Leases and reservations expire by themselves (lease TTL) and settling
                    # is idempotent; until then the slot and the money stay held.
                    log.warning("quota_settle_failed", error=str(exc))
                    return
                await asyncio.sleep(0.05 * 4**attempt)
        if alerts:
            self._on_alerts(alerts)

    def _plan(self, principal: Principal, group: str) -> _Plan | None:
        """What a request by ``principal`` to ``group`` must pass (None: nothing)."""
        memo = (principal.id, group)
        known = self._plans.get(memo)
        if known is not None and known[0] is principal:
            return known[1]
        limits, budgets = self._rate_limits(principal, group), self._budgets(principal)
        plan = self._new_plan(limits, budgets) if limits or budgets else None
        if plan is not None and budgets:
            # A budget added or changed a moment ago starts from its period's spend so far:
            # admitting before that seed lands could spend it again, and a settlement that
            # landed first would make the seed (which never overwrites) a no-op.
            seeds = (self._seeding(b.scope) for b in budgets)
            plan = plan._replace(seeds=tuple(f for f in seeds if f is not None and not f.done()))
        if len(self._plans) >= _MAX_PLANS:
            self._plans.clear()
        self._plans[memo] = (principal, plan)
        return plan

    def _group_plan(self, group: str) -> _Plan | None:
        plan = self._fallbacks.get(group)
        if plan is None and group in self._groups:
            plan = self._fallbacks[group] = self._new_plan((self._groups[group],), ())
        return plan

    def _deployment_plan(self, deployment: Deployment) -> _Plan:
        plan = self._deployments.get(deployment.id)
        if plan is None:
            limit = RateLimit(
                f"deployment:{deployment.id}",
                deployment.rpm,
                deployment.tpm,
                deployment.max_parallel,
            )
            plan = self._deployments[deployment.id] = self._new_plan((limit,), ())
        return plan

    def _new_plan(self, limits: tuple[RateLimit, ...], budgets: tuple[Budget, ...]) -> _Plan:
        return _Plan(limits, budgets, None)

    def _rate_limits(self, principal: Principal, group: str) -> tuple[RateLimit, ...]:
        out = []
        if principal.key is not None:
            limit = rate_limit_of(f"key:{principal.key.id}", principal.key.limits)
            if limit is not None:
                out.append(limit)
        if principal.team is not None:
            limit = rate_limit_of(f"team:{principal.team.id}", principal.team.limits)
            if limit is not None:
                out.append(limit)
        group_limit = self._groups.get(group)
        if group_limit is not None:
            out.append(group_limit)
        return tuple(out)

    def _budgets(self, principal: Principal) -> tuple[Budget, ...]:
        out = []
        if principal.key is not None:
            budget = budget_of(f"key:{principal.key.id}", principal.key.limits, self._soft)
            if budget is not None:
                out.append(budget)
        if principal.team is not None:
            budget = budget_of(f"team:{principal.team.id}", principal.team.limits, self._soft)
            if budget is not None:
                out.append(budget)
        return (*out, *self._global)

    def _unavailable(self, exc: QuotaError) -> None:
        self._on_unavailable()
        if not self._fail_open:
            raise GatewayError(
                "Rate limits cannot be checked right now; retry shortly.",
                status=503,
                code="limits_unavailable",
                headers={"retry-after": "1"},
            ) from exc
        now = time.monotonic()
        if now - self._last_warning >= _WARN_EVERY:
            self._last_warning = now
            log.warning("quota_unavailable_fail_open", error=str(exc))


class MemoryQuota(Quota):
    """The quota step on the in-memory store: nothing waits, so admission runs through a gate
    per plan without a coroutine, and settlement at once without a task."""

    def __init__(
        self, store: MemoryQuotaStore, config: Config, pricing: Pricing, **kw: Any
    ) -> None:
        super().__init__(store, config, pricing, **kw)
        self._memory = store

    def _new_plan(self, limits: tuple[RateLimit, ...], budgets: tuple[Budget, ...]) -> _Plan:
        return _Plan(limits, budgets, self._memory.gate(limits, budgets))

    def settle_later(self, ticket: Ticket, tokens: int | None, cost: float | None) -> None:
        alerts = self._memory.settle_now(ticket, tokens, cost)
        if alerts:
            self._on_alerts(alerts)


class RedisQuota(Quota):
    """The quota step on Redis: a settlement is queued on the store's next pipeline without a
    task; only a failure costs one (its retries)."""

    def __init__(self, store: RedisQuotaStore, config: Config, pricing: Pricing, **kw: Any) -> None:
        super().__init__(store, config, pricing, **kw)
        self._redis = store

    def settle_later(self, ticket: Ticket, tokens: int | None, cost: float | None) -> None:
        redis = self._redis
        sent = redis.settle_soon(ticket, tokens, cost)
        if sent is None:
            return

        def settled(reply: Any) -> None:
            alerts = redis.alerts(ticket, reply)
            if alerts:
                self._on_alerts(alerts)

        self._settling.follow(sent, lambda: self._settle(ticket, tokens, cost), settled)


class _Guard:
    """What the router asks on one request's behalf (built only when it may be asked)."""

    __slots__ = ("_ctx", "_quota")

    def __init__(self, quota: Quota, ctx: RequestContext) -> None:
        self._quota = quota
        self._ctx = ctx

    async def group(self, name: str) -> bool:
        # The money is reserved already: admission priced the request at the dearest
        # deployment its fallbacks can reach (Pricing.estimate), so a fallback's budget check
        # is the admission's. What remains is who may use the group and its own limits.
        ctx = self._ctx
        if not allowed(ctx.principal, name):
            return False
        plan = self._quota._group_plan(name)
        return plan is None or await self._quota._admit_route(ctx, f"group:{name}", plan)

    async def deployment(self, deployment: Deployment) -> bool:
        quota = self._quota
        return await quota._admit_route(
            self._ctx, deployment.id, quota._deployment_plan(deployment)
        )


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class QuotaState:
    """The quota step's part of one request: what it reserved, to settle when it ends."""

    ticket: Ticket | None  # the admission's (None: nothing to check at admission)
    tokens: int  # reserved: the prompt estimate and the most the answer may hold
    # The router's reservations: by deployment id (upstream quotas), or "group:NAME" for a
    # fallback group's own limits.
    route: dict[str, Ticket] | None = None


class _Plan(NamedTuple):
    limits: tuple[RateLimit, ...]
    budgets: tuple[Budget, ...]
    gate: MemoryGate | None  # in memory: admission without a coroutine
    seeds: tuple[asyncio.Future[None], ...] = ()  # budget seeds to wait for before admitting


def rate_limit_of(scope: str, limits: Limits) -> RateLimit | None:
    if limits.rpm is None and limits.tpm is None and limits.max_parallel is None:
        return None
    return RateLimit(scope, limits.rpm, limits.tpm, limits.max_parallel)


def budget_of(scope: str, limits: Limits, soft_fraction: float) -> Budget | None:
    if limits.budget_usd is None:
        return None
    return Budget(scope, limits.budget_usd, limits.budget_period or "total", soft_fraction)


def _max_output(body: dict[str, object], default: int) -> int:
    limit = (
        _count(body.get("max_completion_tokens"))
        or _count(body.get("max_tokens"))
        or _count(body.get("max_output_tokens"))  # the Responses API's
    )
    # n answers, each the best of best_of generations (completions): all are paid for.
    n, best_of = body.get("n"), body.get("best_of")
    choices = 1 if n is None and best_of is None else max(_count(n), _count(best_of), 1)
    return (limit or default) * choices


def _count(value: object) -> int:
    return value if type(value) is int and value > 0 else 0  # JSON: an int, not a bool
