"""The end of every request: its price, then (the last finish callback) its request-log record
and metrics."""

from __future__ import annotations

import time
from typing import Any

import orjson

from lmops.catalog.pricing import Pricing
from lmops.gateway.context import Outcome, RequestContext
from lmops.gateway.metrics import GatewayMetrics
from lmops.store.request_log import RequestLogWriter, RequestRecord

__all__ = ["Accounting", "usage_from_body", "usage_from_sse_tail"]


class Accounting:
    def __init__(
        self,
        metrics: GatewayMetrics,
        writer: RequestLogWriter,
        log_bodies: bool,
        max_body_bytes: int,
        pricing: Pricing,
    ) -> None:
        self._metrics = metrics
        self._writer = writer
        self._pricing = pricing
        self._log_bodies = log_bodies
        self._max_body = max_body_bytes
        self._dropped = writer.dropped
        self._per_key = metrics.per_key  # None unless settings.metrics_per_key is on

    def price(self, ctx: RequestContext, outcome: Outcome) -> None:
        """The outcome's usage read and its cost, for every finish callback to use: the
        answer's, plus the guardrail judge calls made for the request."""
        usage = outcome.usage if isinstance(outcome.usage, dict) else None
        parsed, cost = self._pricing.cost(outcome.deployment, usage)
        outcome.parsed = parsed
        if outcome.cache_hit:
            cost = 0.0  # served from the cache: no upstream was paid
        elif cost is not None:
            outcome.charged = True
        elif parsed is None and outcome.status >= 400:
            cost = 0.0  # refused or failed before any answer: nothing to pay
        judged = ctx.judge_cost
        if judged and cost is not None:
            cost += judged
            outcome.charged = True
        elif judged is None:
            cost = None  # a judge call at an unknown price: the whole is unknown
            outcome.charged = False
        outcome.cost = cost

    def _body(self, body: bytes | None) -> str | None:
        if not self._log_bodies or body is None:
            return None
        return _cut(body, self._max_body)

    def finish(self, ctx: RequestContext, outcome: Outcome) -> None:
        """The request's record and metrics (registered first, so it runs last)."""
        now = time.perf_counter()
        elapsed = now - ctx.started
        model = ctx.model_group or "unknown"
        self._metrics.observe_request(ctx.endpoint, model, outcome.status, elapsed)
        usage = outcome.usage if isinstance(outcome.usage, dict) else {}
        prompt_tokens = _int(usage.get("prompt_tokens"))
        completion_tokens = _int(usage.get("completion_tokens"))
        parsed, cost = outcome.parsed, outcome.cost
        if outcome.charged:
            assert cost is not None
            self._metrics.add_spend(model, cost)
        elif cost is None:
            self._metrics.child(self._metrics.unpriced, model).inc()
        principal = ctx.principal
        if prompt_tokens:
            self._metrics.child(self._metrics.tokens, model, "prompt").inc(prompt_tokens)
        if completion_tokens:
            self._metrics.child(self._metrics.tokens, model, "completion").inc(completion_tokens)
        if outcome.ttft is not None:
            self._metrics.child(self._metrics.ttft, model).observe(outcome.ttft)
        per_key = self._per_key
        if per_key is not None:
            spent = cost if outcome.charged else None
            per_key.record(principal, prompt_tokens, completion_tokens, spent, now)
        record = RequestRecord(
            id=ctx.request_id,
            created_at=ctx.created_at,
            principal=principal.id,
            endpoint=ctx.endpoint,
            model_group=model,
            deployment=outcome.deployment,
            status_code=outcome.status,
            error_type=outcome.error_type,
            latency_ms=elapsed * 1000,
            ttft_ms=None if outcome.ttft is None else outcome.ttft * 1000,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            streamed=ctx.stream,
            request_body=self._body(ctx.raw_body),
            response_body=self._body(outcome.response_body),
            key_id=principal.key.id if principal.key is not None else None,
            team_id=principal.team_id,
            cost_usd=cost,
            cached_tokens=parsed.cached_tokens if parsed else None,
            cache_hit=outcome.cache_hit,
            attempts=outcome.attempts,
        )
        prompt = ctx.prompt
        if prompt is not None:
            record.prompt_name, record.prompt_version = prompt.name, prompt.version
            record.experiment, record.variant = prompt.experiment, prompt.variant
        if ctx.guardrails:
            record.guardrails = ", ".join(hit.label() for hit in ctx.guardrails)
        self._writer.submit(record)
        dropped = self._writer.dropped
        if dropped != self._dropped:
            self._metrics.request_log_dropped.inc(dropped - self._dropped)
            self._dropped = dropped


def usage_from_body(body: bytes) -> dict[str, Any] | None:
    """The ``usage`` of an answer (or stream event), in chat completions' terms."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    response = data.get("response")  # a Responses stream's last event holds the response
    usage = (response if isinstance(response, dict) else data).get("usage")
    if not isinstance(usage, dict):
        return None
    return usage if "input_tokens" not in usage else _chat_usage(usage)


def _chat_usage(usage: dict[str, Any]) -> dict[str, Any]:
    """Input and output tokens (the Responses API's, or Anthropic's, whose input leaves out the
    prompt cache's reads and writes) named as chat completions' are."""
    read = _int(usage.get("cache_read_input_tokens")) or 0
    written = _int(usage.get("cache_creation_input_tokens")) or 0
    prompt = _int(usage.get("input_tokens"))
    if prompt is not None:
        prompt += read + written
    completion = _int(usage.get("output_tokens"))
    total = usage.get("total_tokens")
    if total is None and prompt is not None and completion is not None:
        total = prompt + completion
    out: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": total,
    }
    if read or written:
        out["prompt_tokens_details"] = {"cached_tokens": read}
        out["cache_creation_input_tokens"] = written
    details = usage.get("input_tokens_details")
    if isinstance(details, dict):
        out["prompt_tokens_details"] = {"cached_tokens": details.get("cached_tokens") or 0}
    details = usage.get("output_tokens_details")
    if isinstance(details, dict):
        out["completion_tokens_details"] = {
            "reasoning_tokens": details.get("reasoning_tokens") or 0
        }
    return out


def usage_from_sse_tail(tail: bytes) -> dict[str, Any] | None:
    """Usage from the last events of an OpenAI stream (sent when ``include_usage`` is on).

    Searched from the end, one event holding ``"usage"`` at a time (every chunk holds a null
    one once usage is asked for): an event is one ``data:`` line, since JSON escapes newlines.
    """
    end = len(tail)
    while (found := tail.rfind(b'"usage"', 0, end)) >= 0:
        start = tail.rfind(b"data:", 0, found)
        if start < 0:
            return None  # the tail begins inside that event
        stop = tail.find(b"\n", found)
        usage = usage_from_body(tail[start + 5 : stop if stop >= 0 else len(tail)].strip())
        if usage is not None:
            return usage
        end = start
    return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _cut(body: bytes, limit: int) -> str:
    # The queue holds up to max_queue records: an unbounded body each would be unbounded memory.
    if len(body) <= limit:
        return body.decode("utf-8", "replace")
    head = body[:limit].decode("utf-8", "ignore")
    return f"{head}...[{len(body) - limit} more bytes not logged]"
