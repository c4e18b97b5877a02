"""``build_runtime``: from the config to everything a started gateway runs on, in one place.

Each part is started in order and its stop is pushed on one exit stack, so whatever started is
stopped in reverse order, on a clean stop and on a start that failed half-way alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
from contextlib import AsyncExitStack
from dataclasses import dataclass

import aiohttp
import sqlalchemy as sa
import structlog

from lmops.catalog.pricing import Pricing
from lmops.config import Config
from lmops.gateway.accounting import Accounting
from lmops.gateway.handlers import ProxyHandler
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline import Step
from lmops.gateway.pipeline.body import ParseBody
from lmops.gateway.pipeline.guardrails import Guardrails, RouterJudge
from lmops.gateway.pipeline.keys import ModelAccess
from lmops.gateway.pipeline.prompts import PromptResolver
from lmops.gateway.services import Services
from lmops.guardrails import injection
from lmops.guardrails.rules import Hit, compile_rules
from lmops.providers.base import create_provider
from lmops.providers.router import Router
from lmops.review.capture import ReviewCapture
from lmops.store import db
from lmops.store.journal import journal_directory
from lmops.store.request_log import RequestLogWriter
from lmops.telemetry import start_tracing

__all__ = ["Runtime", "build_runtime"]

log = structlog.get_logger("lmops.gateway")

_IDLE_WAIT = 2.0  # seconds for requests cut by the graceful-stop timeout to account for themselves


@dataclass(frozen=True, slots=True)
class Runtime:
    """What exists only while the gateway is started (it needs the running loop)."""

    handler: ProxyHandler
    ping: db.Ping
    router: Router


async def build_runtime(
    config: Config,
    engine: sa.Engine,
    metrics: GatewayMetrics,
    services: Services,
    auth: Step,
    stack: AsyncExitStack,
) -> Runtime:
    """Start everything on ``stack``: the request log, the HTTP session, the router, keys,
    quotas and the cache, and the handler that runs the request path over them."""
    settings = config.settings
    writer = RequestLogWriter(
        engine,
        batch_size=settings.request_log.batch_size,
        flush_interval=settings.request_log.flush_interval,
        max_queue=settings.request_log.max_queue,
        journal_dir=journal_directory(settings.database_url, settings.request_log.journal_dir)
        if settings.request_log.journal
        else None,
        journal_fsync=settings.request_log.journal_fsync,
        on_inserted=ReviewCapture(),  # review queues' capture rules, with each batch
    )
    # Before the budgets are seeded from spend: it replays what a killed process left.
    await writer.start()
    stack.push_async_callback(_stopped, writer)
    stack.push_async_callback(writer.stop)
    ping = db.Ping(engine)
    stack.callback(ping.close)
    # Stopped after the requests have ended (the stack unwinds last in, first out): their
    # spans are exported before it stops.
    tracing = start_tracing(config, stack)
    http = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=30),
        skip_auto_headers=("User-Agent",),
    )
    stack.push_async_callback(http.close)
    router = Router(
        config.router,
        [(d, create_provider(d, http)) for d in config.models],
        metrics,
        tracer=tracing,
    )
    quota, cache = await services.start(http, router, stack)
    guardrails = _guardrails(config, router, metrics, services.pricing)
    guard_step: Step | None = guardrails
    cache_step: Step | None = cache
    if tracing is not None:  # the same steps, each in a span of its own
        if guardrails is not None:
            guard_step = tracing.guardrail_step(guardrails)
        if cache is not None:
            cache_step = tracing.cache_step(cache)
    steps: list[Step] = [
        auth,
        ParseBody(settings.max_request_bytes, router.has_group, PromptResolver(services.prompts)),
        ModelAccess(),
        *([cache.plan] if cache is not None else []),
        quota,
        *([guard_step] if guard_step is not None else []),
        *([cache_step] if cache_step is not None else []),
    ]
    accounting = Accounting(
        metrics, writer, settings.log_bodies, settings.request_log.max_body_bytes, services.pricing
    )
    quotas = any(d.rpm or d.tpm or d.max_parallel for d in config.models)
    guarded = quotas or router.has_fallbacks()
    handler = ProxyHandler(
        steps, router, accounting, metrics, quota.guard if guarded else None, tracing
    )
    stack.push_async_callback(_idle, handler)
    # Everything built so far lives as long as the process: keep the collector from walking it
    # again and again (a full collection of it cost milliseconds of p99).
    gc.freeze()
    return Runtime(handler, ping, router)


def _guardrails(
    config: Config, router: Router, metrics: GatewayMetrics, pricing: Pricing
) -> Guardrails | None:
    """The input step, when rules are configured (it also sets up each request's output)."""
    settings = config.guardrails
    if not settings.rules:
        return None
    salt = settings.salt.get_secret_value().encode() if settings.salt else os.urandom(16)

    if any(r.check == "injection" and r.mode != "fast" for r in settings.rules):
        injection.detect("", mode="full")  # the classifier loads now, not on a request

    def hit(found: Hit) -> None:
        metrics.child(metrics.guardrail_hits, found.rule, found.stage, found.action).inc()

    return Guardrails(
        compile_rules(settings.rules, salt),
        settings.stream,
        judge=RouterJudge(router, pricing),
        on_hit=hit,
        on_judge_error=metrics.guardrail_judge_errors.inc,
    )


async def _idle(handler: ProxyHandler) -> None:
    # Requests cancelled by the graceful-stop timeout account for themselves as they unwind;
    # give them a moment so their records reach the writer.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(handler.wait_idle(), _IDLE_WAIT)


async def _stopped(writer: RequestLogWriter) -> None:
    log.info("gateway_stopped", written=writer.written, dropped=writer.dropped)
