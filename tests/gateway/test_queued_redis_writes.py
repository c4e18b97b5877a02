"""Settlements and cache writes go to Redis without a task each; a failed one is retried."""

from __future__ import annotations

import pytest

from lmops.cache import RedisCache
from lmops.catalog.prices import PriceCatalog
from lmops.catalog.pricing import Pricing
from lmops.config import CacheSettings, parse_config
from lmops.gateway.context import RequestContext
from lmops.gateway.pipeline.cache import CacheState, RedisResponseCache
from lmops.gateway.pipeline.limits import RedisQuota
from lmops.state import Admission, Budget, BudgetAlert, RateLimit
from lmops.state.redis import RedisQuotaStore
from tests.conftest_redis import redis_prefix, redis_url_or_skip

pytestmark = pytest.mark.redis


async def test_a_settlement_queued_after_redis_lost_its_scripts_still_lands() -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        store = RedisQuotaStore.from_url(url, prefix=prefix)
        config = parse_config(
            "models:\n  - {name: m, provider: mock}\nsettings: {auth: none}\n", environ={}
        )
        alerts: list[BudgetAlert] = []
        quota = RedisQuota(
            store,
            config,
            Pricing(config, PriceCatalog.load()),
            on_unavailable=lambda: None,
            on_alerts=alerts.extend,
            on_refused=lambda group, reason: None,
        )
        limit = RateLimit("key:q", max_parallel=1)
        budget = Budget("key:q", 1.0, "total", soft_fraction=0.5)
        try:
            first = await store.admit(Admission("r1", (limit,), 10, (budget,), 0.6))
            assert first.allowed and first.ticket is not None
            await store.client.script_flush()  # the queued EVALSHA now fails: NOSCRIPT
            quota.settle_later(first.ticket, 10, 0.6)
            await quota.drain()
            status = await store.budget_status(budget)
            assert status.spent == pytest.approx(0.6)
            assert status.reserved == 0
            assert [alert.scope for alert in alerts] == ["key:q"]
            second = await store.admit(Admission("r2", (limit,), 10, (), 0.0))
            assert second.allowed  # the parallel slot was given back
        finally:
            await store.close()


async def test_a_cache_write_queued_after_redis_lost_its_scripts_still_lands() -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        store = RedisQuotaStore.from_url(url, prefix=prefix)
        backend = RedisCache(store.client, prefix=f"{prefix}cache:", batcher=store.batcher)
        errors: list[str] = []
        cache = RedisResponseCache(
            CacheSettings(),
            backend,
            {},
            on_error=errors.append,
            on_lookup=lambda group, result: None,
        )
        ctx = RequestContext({"headers": []}, None, "chat", "request-1")
        ctx.model_group, ctx.cache = "m", CacheState("key-1", 60.0, lookup=False)
        try:
            await store.client.script_flush()
            cache.store(ctx, b'{"answer": 1}', None)
            await cache.drain()
            hit = await backend.get("key-1")
            assert hit is not None and hit.body == b'{"answer": 1}'
            assert errors == []
        finally:
            await store.close()
