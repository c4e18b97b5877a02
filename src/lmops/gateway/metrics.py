"""Prometheus metrics for the gateway, correct under ``--workers N`` (multiprocess mode).

Labels are bounded: endpoint, configured model group, configured deployment, status code and
error kind. Never a user or a client-supplied model name, and never an upstream's address
(``/metrics`` may be public): a deployment is its id, ``<group>/<n>``. Keys and teams appear only
behind ``settings.metrics_per_key``, as ids, the busiest ``top_n`` of each (``key_metrics``).
"""

from __future__ import annotations

import os
from typing import Any

import structlog
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.metrics import MetricWrapperBase

from lmops.config import Deployment, MetricsPerKeySettings
from lmops.errors import UpstreamError
from lmops.gateway.key_metrics import KeySeries

__all__ = ["GatewayMetrics"]

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

log = structlog.get_logger("lmops.router")


class GatewayMetrics:
    """The gateway's metric families; also the router's observer (metrics plus a log line)."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self, per_key: MetricsPerKeySettings | None = None) -> None:
        self.multiprocess = bool(os.environ.get(_MULTIPROC_ENV))
        # In multiprocess mode values live in per-process files and are gathered at scrape time.
        self._registry = None if self.multiprocess else CollectorRegistry()
        reg = self._registry
        self.requests = Counter(
            "lmops_requests",
            "Requests by endpoint, model group and status",
            ["endpoint", "model", "status"],
            registry=reg,
        )
        self.latency = Histogram(
            "lmops_request_duration_seconds",
            "Time to the full response",
            ["endpoint", "model"],
            buckets=_LATENCY_BUCKETS,
            registry=reg,
        )
        self.ttft = Histogram(
            "lmops_time_to_first_token_seconds",
            "Time to the first streamed chunk",
            ["model"],
            buckets=_LATENCY_BUCKETS,
            registry=reg,
        )
        self.tokens = Counter(
            "lmops_tokens",
            "Tokens by model group and direction",
            ["model", "direction"],
            registry=reg,
        )
        self.in_flight = Gauge(
            "lmops_requests_in_flight",
            "Requests being served",
            registry=reg,
            multiprocess_mode="livesum",
        )
        # One process: a plain counter read at scrape time is cheaper than a locked gauge.
        self._in_flight = 0
        if not self.multiprocess:
            self.in_flight.set_function(lambda: self._in_flight)
        self.upstream_errors = Counter(
            "lmops_upstream_errors",
            "Failed upstream attempts",
            ["model", "deployment", "kind"],
            registry=reg,
        )
        self.retries = Counter(
            "lmops_retries", "Retried upstream attempts", ["model", "deployment"], registry=reg
        )
        self.fallbacks = Counter(
            "lmops_fallbacks",
            "Fallbacks to another model group",
            ["model", "to", "reason"],
            registry=reg,
        )
        self.cooldowns = Counter(
            "lmops_cooldowns", "Deployments put in cooldown", ["model", "deployment"], registry=reg
        )
        self.request_log_dropped = Counter(
            "lmops_request_log_dropped", "Request log records dropped (queue full)", registry=reg
        )
        self.spend = Counter(
            "lmops_spend_usd", "Cost of answered requests, in USD", ["model"], registry=reg
        )
        self.unpriced = Counter(
            "lmops_unpriced_requests",
            "Answered requests whose cost is unknown (no price for the model)",
            ["model"],
            registry=reg,
        )
        self.limited = Counter(
            "lmops_rate_limited",
            "Requests refused by a rate limit or budget",
            ["model", "reason"],
            registry=reg,
        )
        self.quota_unavailable = Counter(
            "lmops_quota_unavailable",
            "Admissions that could not reach the quota store (Redis)",
            registry=reg,
        )
        self.budget_alerts = Counter(
            "lmops_budget_alerts",
            "Budgets that reached their soft threshold",
            ["scope"],
            registry=reg,
        )
        self.cache_lookups = Counter(
            "lmops_cache_lookups",
            "Cache lookups by result: exact, semantic or miss",
            ["model", "result"],
            registry=reg,
        )
        self.cache_errors = Counter(
            "lmops_cache_errors",
            "Cache operations that failed (served as misses)",
            ["operation"],
            registry=reg,
        )
        self.unusable_rows = Counter(
            "lmops_store_unusable_rows",
            "Stored keys and teams left out because a value cannot be used (see the log)",
            ["table"],
            registry=reg,
        )
        self.cache_too_large = Counter(
            "lmops_cache_too_large",
            "Answers not cached: larger than cache.max_entry_bytes",
            registry=reg,
        )
        self.guardrail_hits = Counter(
            "lmops_guardrail_hits",
            "Guardrail rules that fired, by rule, stage and action",
            ["rule", "stage", "action"],
            registry=reg,
        )
        self.guardrail_judge_errors = Counter(
            "lmops_guardrail_judge_errors",
            "Injection judge calls that failed (the text was let through)",
            registry=reg,
        )
        # Off (the default): no such series at all, and the request path checks one attribute.
        self.per_key = (
            KeySeries(per_key, reg, self.multiprocess)
            if per_key is not None and per_key.enabled
            else None
        )
        # Children by labels: prometheus_client's labels() costs microseconds a call.
        self._children: dict[tuple[MetricWrapperBase, tuple[str, ...]], Any] = {}

    def child(self, metric: MetricWrapperBase, *labels: str) -> Any:
        """``metric.labels(*labels)``, looked up once per label values."""
        key = (metric, labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def request_started(self) -> None:
        if self.multiprocess:
            self.in_flight.inc()
        else:
            self._in_flight += 1

    def request_finished(self) -> None:
        if self.multiprocess:
            self.in_flight.dec()
        else:
            self._in_flight -= 1

    def observe_request(self, endpoint: str, model: str, status: int, seconds: float) -> None:
        self.child(self.requests, endpoint, model, str(status)).inc()
        self.child(self.latency, endpoint, model).observe(seconds)

    def add_spend(self, model: str, usd: float) -> None:
        self.child(self.spend, model).inc(usd)

    def render(self) -> bytes:
        if self._registry is not None:
            return generate_latest(self._registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)

    def close(self) -> None:
        """Tell the multiprocess collector this process is gone (drops its live gauges)."""
        if self.multiprocess:
            multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]

    # RouterObserver

    def on_attempt_failed(self, group: str, deployment: Deployment, error: UpstreamError) -> None:
        self.upstream_errors.labels(group, deployment.id, error.kind).inc()
        log.warning(
            "upstream_attempt_failed",
            model=group,
            deployment=deployment.id,
            kind=error.kind,
            status=error.status,
        )

    def on_retry(self, group: str, deployment: Deployment, delay: float) -> None:
        self.retries.labels(group, deployment.id).inc()
        log.info("upstream_retry", model=group, deployment=deployment.id, delay_s=round(delay, 3))

    def on_fallback(self, from_group: str, to_group: str, reason: str) -> None:
        self.fallbacks.labels(from_group, to_group, reason).inc()
        log.warning("fallback", model=from_group, to=to_group, reason=reason)

    def on_cooldown(self, deployment: Deployment, until: float) -> None:
        self.cooldowns.labels(deployment.name, deployment.id).inc()
        log.warning("deployment_cooldown", model=deployment.name, deployment=deployment.id)
