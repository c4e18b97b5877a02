"""The gateway's stateful parts: keys, prompts, quotas, budgets, cache. Built at start, closed
at stop.

With ``settings.redis_url`` quotas and (with ``cache.backend: redis``) the cache live in Redis,
shared by every replica; without it, in this process's memory.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import aiohttp
import orjson
import sqlalchemy as sa
import structlog

from lmops.background import BackgroundTasks
from lmops.catalog.prices import PriceCatalog
from lmops.catalog.pricing import Pricing
from lmops.config import Config
from lmops.errors import GatewayError
from lmops.gateway.alerts import BudgetAlerts
from lmops.gateway.ingress.response_store import MemoryResponses, RedisResponses, ResponseStore
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline.keys import KeyDirectory
from lmops.gateway.pipeline.limits import MemoryQuota, Quota, RedisQuota, budget_of
from lmops.prompts.changes import ChangeChannel
from lmops.prompts.directory import PromptDirectory
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.store import PromptStore
from lmops.providers.base import UpstreamRequest
from lmops.providers.router import Router
from lmops.state.memory import MemoryQuotaStore
from lmops.state.quota import (
    Budget,
    BudgetStatus,
    QuotaError,
    QuotaStore,
    WindowUsage,
    period_start,
)
from lmops.store.keys import KeyRecord, KeyStore, Limits, TeamRecord
from lmops.store.spend import spend_report, spend_since

if TYPE_CHECKING:
    from lmops.cache import MiniLMEmbedder, RedisCache
    from lmops.gateway.pipeline.cache import ResponseCache
    from lmops.state.redis import RedisQuotaStore

__all__ = ["Services"]

log = structlog.get_logger("lmops.gateway")

_DRAIN_FOR = 5.0  # seconds each part's background work may take at stop


class Services:
    def __init__(self, config: Config, engine: sa.Engine, metrics: GatewayMetrics) -> None:
        self.config = config
        self.engine = engine
        self.metrics = metrics
        self.pricing = Pricing(config, PriceCatalog.load())
        self.keys = KeyStore(
            engine, on_unusable=lambda row: metrics.unusable_rows.labels(row.table).inc()
        )
        self.directory = KeyDirectory(self.keys, config.settings.key_sync_interval)
        redis_url = config.settings.redis_url
        self.redis_url = redis_url.get_secret_value() if redis_url else None
        self.prefix = config.settings.redis_prefix
        # Prompts work with or without auth: the directory is always started.
        self.prompt_store = PromptStore(engine)
        self.experiment_store = ExperimentStore(engine)
        self.prompts = PromptDirectory(
            self.prompt_store,
            self.experiment_store,
            config.settings.key_sync_interval,
            channel=ChangeChannel(
                self.redis_url,
                f"{self.prefix}prompts:changed",
                timeout=config.settings.redis_timeout,
            )
            if self.redis_url
            else None,
        )
        self.store: QuotaStore
        self._quota: Callable[..., Quota]  # the quota step for that store, chosen here once
        self.redis_ping: Callable[[], Awaitable[bool]] | None = None  # for /health/ready
        # Redis, numpy (the cache) and FastAPI (the admin API) are imported only when used:
        # a second each of start-up time otherwise.
        if self.redis_url:
            from lmops.state.redis import RedisQuotaStore

            redis_store = RedisQuotaStore.from_url(
                self.redis_url, prefix=self.prefix, timeout=config.settings.redis_timeout
            )
            self.store, self._quota = redis_store, partial(RedisQuota, redis_store)
            self._redis_store: RedisQuotaStore | None = redis_store
            self.redis_ping = redis_store.ping
        else:
            self._redis_store = None
            memory_store = MemoryQuotaStore()
            self.store, self._quota = memory_store, partial(MemoryQuota, memory_store)
        self.responses = _response_store(config, self._redis_store)
        self._cache: ResponseCache | None = None
        self._minilm: MiniLMEmbedder | None = None
        self._redis_cache: RedisCache | None = None
        self._seeding = BackgroundTasks()
        self._seeds: dict[str, asyncio.Future[None]] = {}  # budget scope -> its seed, running

    async def start(
        self, http: aiohttp.ClientSession, router: Router, stack: AsyncExitStack
    ) -> tuple[Quota, ResponseCache | None]:
        """Start keys, prompts, quotas, budget alerts and the cache; their stops go on
        ``stack``."""
        config = self.config
        metrics = self.metrics
        stack.push_async_callback(self.store.close)
        if config.settings.master_key is not None:
            await self.directory.start()
        await self.prompts.start()
        stack.push_async_callback(self.prompts.stop)
        alerts = BudgetAlerts(
            config.budgets.webhook, http, lambda kind: metrics.budget_alerts.labels(kind).inc()
        )
        stack.push_async_callback(_drained, alerts.drain)
        quota = self._quota(
            config,
            self.pricing,
            on_unavailable=metrics.quota_unavailable.inc,
            on_alerts=alerts,
            on_refused=lambda group, reason: metrics.limited.labels(group, reason).inc(),
            seeding=self._seeds.get,
        )
        stack.push_async_callback(_drained, quota.drain)
        await self._seed_budgets()
        self.directory.on_budget = self._seed_later
        stack.push_async_callback(_drained, self._seeding.drain)
        # First to stop: a sync may otherwise start seeds after their drain.
        stack.push_async_callback(self.directory.stop)
        if config.cache is None:
            return quota, None
        cache = self._cache = self._build_cache(router)
        stack.callback(setattr, self, "_cache", None)
        for index in cache.indexes():
            stack.push_async_callback(index.close)
        if self._redis_cache is not None:
            await self._redis_cache.check_memory()  # warns about an unbounded Redis
        stack.push_async_callback(cache.backend.close)
        stack.push_async_callback(_drained, cache.drain)
        if self._minilm is not None:
            # Seconds (torch is imported): at start, not on the first request.
            await self._minilm.load()
        return quota, cache

    def apply(self, keys: Sequence[KeyRecord], teams: Sequence[TeamRecord]) -> None:
        """An admin write in this process: take effect here at once (other replicas poll)."""
        self.directory.apply(keys, teams)

    async def budget_status(self, scope: str, limits: Limits) -> dict[str, Any] | None:
        budget = budget_of(scope, limits, self.config.budgets.soft_fraction)
        if budget is None:
            return None
        try:
            status = await self.store.budget_status(budget)
        except QuotaError:
            return None
        return {
            "period": status.period,
            "period_id": status.period_id,
            "spent_usd": status.spent,
            "reserved_usd": status.reserved,
            "max_usd": status.max_usd,
            "resets_at": status.resets_at.isoformat() if status.resets_at else None,
        }

    async def usage(self, scope: str, limits: Limits) -> tuple[WindowUsage, BudgetStatus | None]:
        """What ``scope`` ("key:<id>", "team:<id>") holds of its rate limits now, and its budget
        in the current period, as the quota store counts them (``QuotaError`` when it cannot be
        reached). Without Redis, this process's traffic alone."""
        window = await self.store.window_usage(scope)
        budget = budget_of(scope, limits, self.config.budgets.soft_fraction)
        return window, await self.store.budget_status(budget) if budget is not None else None

    async def invalidate_cache(self, key: str | None, model: str | None) -> int:
        if self._cache is None:  # not started, or no cache configured
            return 0
        return await self._cache.invalidate(key=key, model=model)

    async def _seed_budgets(self) -> None:
        """Spend so far this period, from the rollup, for every budget (the quota store may be
        fresh memory after a restart; Redis keeps what it has, and seeding never overwrites)."""
        soft = self.config.budgets.soft_fraction
        budgets: list[Budget] = []
        for key in self.directory.all_keys():
            budget = budget_of(f"key:{key.id}", key.limits, soft)
            if budget is not None and key.revoked_at is None:
                budgets.append(budget)
        for team in self.directory.all_teams():
            budget = budget_of(f"team:{team.id}", team.limits, soft)
            if budget is not None and team.deleted_at is None:
                budgets.append(budget)
        g = self.config.budgets.global_
        if g is not None:
            budgets.append(Budget("global", g.max_usd, g.period, soft))
        if not budgets:
            return
        now = datetime.now(UTC)
        starts = {_period_start(b, now) for b in budgets}

        def totals() -> dict[tuple[str, date], float]:
            # One grouped query per dimension and period start, not one per key.
            out: dict[tuple[str, date], float] = {}
            for since in starts:
                for by in ("key", "team"):
                    for row in spend_report(self.engine, by=by, since=since):
                        out[f"{by}:{row.group}", since] = row.cost_usd
                out["global", since] = spend_since(self.engine, since=since)
            return out

        spent = await asyncio.to_thread(totals)
        try:
            for budget in budgets:
                amount = spent.get((budget.scope, _period_start(budget, now)), 0.0)
                await self.store.seed_spend(budget, amount)
        except QuotaError as exc:
            log.warning("budget_seed_failed", error=str(exc))

    def _seed_later(self, records: Sequence[KeyRecord | TeamRecord]) -> None:
        """A budget added or changed at run time starts from the spend of its period so far;
        its requests wait for that (the quota step asks ``_seeds``)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        scopes = [_scope(record) for record in records]
        for scope in scopes:
            self._seeds[scope] = done

        def seeded(_: object) -> None:  # also when cancelled before it ran (at stop)
            done.set_result(None)
            for scope in scopes:
                if self._seeds.get(scope) is done:
                    del self._seeds[scope]

        self._seeding.spawn(self._seed(records)).add_done_callback(seeded)

    async def _seed(self, records: Sequence[KeyRecord | TeamRecord]) -> None:
        soft = self.config.budgets.soft_fraction
        now = datetime.now(UTC)
        for record in records:
            is_key = isinstance(record, KeyRecord)
            budget = budget_of(_scope(record), record.limits, soft)
            if budget is None:
                continue
            try:
                spent = await asyncio.to_thread(
                    spend_since,
                    self.engine,
                    key_id=record.id if is_key else None,
                    team_id=None if is_key else record.id,
                    since=_period_start(budget, now),
                )
                await self.store.seed_spend(budget, spent)
            except Exception as exc:  # the database or Redis away: the next change retries
                log.warning("budget_seed_failed", scope=budget.scope, error=str(exc))

    def _build_cache(self, router: Router) -> ResponseCache:
        from lmops.cache import (
            CacheBackend,
            Embedder,
            MemoryCache,
            MemorySemanticIndex,
            MiniLMEmbedder,
            RedisCache,
            RedisSemanticIndex,
            SemanticIndex,
        )
        from lmops.gateway.pipeline.cache import (
            MemoryResponseCache,
            RedisResponseCache,
            Semantic,
        )

        settings = self.config.cache
        assert settings is not None
        backend: CacheBackend
        step: Callable[..., ResponseCache]
        if settings.backend == "redis":
            # One client and one pipeline per event-loop turn for quotas and cache together.
            redis = self._redis_store
            assert redis is not None  # config validation: cache.backend redis needs redis_url
            backend = self._redis_cache = RedisCache(
                redis.client,
                prefix=f"{self.prefix}cache:",
                batcher=redis.batcher,
                max_entry_bytes=settings.max_entry_bytes,
                on_too_large=self.metrics.cache_too_large.inc,
            )
            step = partial(RedisResponseCache, settings, backend)
        else:
            backend = MemoryCache(settings.max_bytes)
            step = partial(MemoryResponseCache, settings, backend)
        semantic: dict[str, Semantic] = {}
        for group, options in settings.models.items():
            if options.semantic is None:
                continue
            s = options.semantic
            embedder: Embedder
            if s.embedder == "minilm":
                self._minilm = self._minilm or MiniLMEmbedder()
                embedder = self._minilm
            else:
                embedder = DeploymentEmbedder(router, s.embedder)
            index: SemanticIndex = (
                RedisSemanticIndex.from_url(
                    self.redis_url, prefix=f"{self.prefix}semantic:", max_entries=s.max_entries
                )
                if settings.backend == "redis" and self.redis_url
                else MemorySemanticIndex(max_entries=s.max_entries)
            )
            semantic[group] = Semantic(index, embedder, s.threshold)
        metrics = self.metrics
        return step(
            semantic,
            on_error=lambda op: metrics.cache_errors.labels(op).inc(),
            on_lookup=lambda group, result: metrics.child(
                metrics.cache_lookups, group, result
            ).inc(),
        )


class DeploymentEmbedder:
    """Embeds with one of the gateway's own embeddings model groups (routed like any request)."""

    def __init__(self, router: Router, group: str) -> None:
        self._router = router
        self._group = group

    async def embed(self, text: str) -> list[float]:
        from lmops.cache import EmbedderError

        body = {"model": self._group, "input": text}
        try:
            routed = await self._router.route(
                self._group, UpstreamRequest("embeddings", body, False, "semantic-cache")
            )
            data = orjson.loads(routed.response.body or b"{}")
            return [float(x) for x in data["data"][0]["embedding"]]
        except GatewayError as exc:
            raise EmbedderError(f"embeddings group {self._group!r}: {exc.message}") from None
        except (ValueError, KeyError, IndexError, TypeError):
            raise EmbedderError(f"embeddings group {self._group!r} answered no embedding") from None


async def _drained(drain: Callable[[], Awaitable[None]]) -> None:
    """Wait for background work at stop, for a bounded time."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(drain(), _DRAIN_FOR)


def _scope(record: KeyRecord | TeamRecord) -> str:
    return f"{'key' if isinstance(record, KeyRecord) else 'team'}:{record.id}"


def _period_start(budget: Budget, now: datetime) -> date:
    """The first day of the budget's current period (the rollup is per day)."""
    start = period_start(budget.period, now)
    return date(1970, 1, 1) if start is None else start.date()


def _response_store(config: Config, redis: RedisQuotaStore | None) -> ResponseStore | None:
    """Where ``/v1/responses`` keeps answers for ``previous_response_id``: Redis when the
    replicas share one, else this process's memory; None when ``responses.ttl`` is 0."""
    settings = config.settings.responses
    if not settings.ttl:
        return None
    if redis is not None:
        return RedisResponses(redis.client, config.settings.redis_prefix, settings.ttl)
    return MemoryResponses(settings.ttl, settings.max_stored)
