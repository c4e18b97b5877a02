"""The eval runner's callers (:class:`lmops.evals.calls.Caller`): a model group of the config
called in-process, a running gateway over HTTP, and :class:`TargetCaller` choosing between them
by the suite's target.

In-process calls go through the gateway's own :class:`~lmops.providers.router.Router` and
providers (deployment choice, router retries, fallbacks and cooldowns as configured), and the
body is checked as the gateway checks it; no keys, quotas, cache or request log are involved.
Cost comes from :class:`~lmops.catalog.pricing.Pricing` (the config's prices over the catalog).

Where a request goes, and with which credential, comes only from the config or from the suite's
gateway target: request ``params`` naming a location or key are refused, and ``model``,
``messages`` and ``stream`` in ``params`` are ignored (the target and the rendered prompt decide
them; calls never stream). Every failure becomes a :class:`~lmops.evals.calls.CallError`,
retryable for a timeout, a connection failure, 408, 429 and 5xx (but not the 502 of an
upstream refusing the config's own key or address, which no retry fixes); messages never carry
a key.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import aiohttp
import httpx
import orjson

from lmops.catalog.prices import PriceCatalog, cost, usage_from_openai
from lmops.catalog.pricing import Pricing
from lmops.config import Config, CooldownSettings, Deployment, RetrySettings
from lmops.errors import GatewayError, UpstreamError
from lmops.evals.calls import CallError, Completion, Message
from lmops.evals.suite import Suite, Target
from lmops.providers.base import Endpoint, UpstreamRequest, create_provider
from lmops.providers.params import FORBIDDEN_FIELDS, check_params
from lmops.providers.router import Router

__all__ = ["GatewayCaller", "InProcessCaller", "TargetCaller", "fingerprinted", "is_retryable"]

# The target and the rendered prompt decide these; a prompt's config may still name them.
_IGNORED_PARAMS = frozenset(
    {"model", "messages", "stream", "stream_options", "prompt_id", "prompt_variables"}
)
_RETRYABLE_4XX = frozenset({408, 429})
# Upstream failures reported as a 502 that no retry fixes: the config's upstream key or address
# is wrong. The gateway sends the kind as the error's code.
_FINAL_KINDS = frozenset({"upstream_auth_error", "upstream_redirect"})
_REQUEST_ID = "lmops-eval"


def is_retryable(status: int) -> bool:
    """Whether an HTTP status says "try again later" (408, 429, 5xx) rather than "wrong"."""
    return status in _RETRYABLE_4XX or status >= 500


def chat_body(
    target: Target, messages: Sequence[Message], params: Mapping[str, Any]
) -> dict[str, Any]:
    """The chat request for ``target``: ``params`` less what the caller decides, refusing a
    location or credential (:data:`~lmops.providers.params.FORBIDDEN_FIELDS`)."""
    forbidden = FORBIDDEN_FIELDS.intersection(params)
    if forbidden:
        raise CallError(
            f"target {target.id!r}: parameter {sorted(forbidden)[0]!r} is not allowed (where a "
            "request goes and its key come only from the config or the suite's gateway target)",
            retryable=False,
        )
    body = {k: v for k, v in params.items() if k not in _IGNORED_PARAMS}
    body["model"] = target.model
    body["messages"] = [dict(m) for m in messages]
    return body


def completion_from(target: Target, data: Any, latency_ms: float) -> tuple[Completion, Any]:
    """The answer of an OpenAI chat response, and its ``usage`` (cost is the caller's).

    The text is the first choice's content; a choice that calls tools instead has the JSON of
    its ``tool_calls`` as text, so JSON assertions can check them.
    """
    try:
        message = data["choices"][0]["message"]
        content = message.get("content")
        if not isinstance(content, str):
            calls = message.get("tool_calls")
            if not calls:
                raise TypeError
            content = orjson.dumps(calls).decode()
    except (KeyError, IndexError, TypeError, AttributeError):
        raise CallError(
            f"target {target.id!r} answered without a message", retryable=False
        ) from None
    usage = data.get("usage")
    parsed = usage_from_openai(usage) if isinstance(usage, dict) else None
    return Completion(
        text=content,
        latency_ms=latency_ms,
        prompt_tokens=parsed.prompt_tokens if parsed else None,
        completion_tokens=parsed.completion_tokens if parsed else None,
    ), usage


def embeddings_from(target: Target, data: Any, count: int) -> list[list[float]]:
    """One vector per input, in input order (by each item's ``index``)."""
    try:
        items = sorted(data["data"], key=lambda item: item["index"])
        vectors = [[float(x) for x in item["embedding"]] for item in items]
    except (KeyError, TypeError, ValueError):
        vectors = []
    if len(vectors) != count:
        raise CallError(
            f"target {target.id!r} answered {len(vectors)} embeddings for {count} texts",
            retryable=False,
        )
    return vectors


class _Unobserved:
    """The router's observer in-process: the runner reports failures per cell itself."""

    def on_attempt_failed(self, group: str, deployment: Deployment, error: UpstreamError) -> None:
        pass

    def on_retry(self, group: str, deployment: Deployment, delay: float) -> None:
        pass

    def on_fallback(self, from_group: str, to_group: str, reason: str) -> None:
        pass

    def on_cooldown(self, deployment: Deployment, until: float) -> None:
        pass


class InProcessCaller:
    """Calls model groups of ``config`` in this process, through the gateway's router.

    The HTTP session and router are built on the first call (aiohttp needs the running loop)
    and live until :meth:`aclose`; the caller belongs to that one event loop.
    """

    def __init__(
        self,
        config: Config,
        *,
        catalog: PriceCatalog | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._config = config
        self._groups = sorted(config.groups())
        self._pricing = Pricing(config, catalog if catalog is not None else PriceCatalog.load())
        self._clock = clock
        self._http: aiohttp.ClientSession | None = None
        self._router: Router | None = None

    def problem(self, target: Target) -> str | None:
        """Why every call of ``target`` would fail here (a group the config lacks), or None."""
        if target.model in self._groups:
            return None
        known = ", ".join(self._groups)
        return (
            f"target {target.id!r}: no model group {target.model!r} in the config (known: {known})"
        )

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        body = chat_body(target, messages, params)
        started = self._clock()
        routed = await self._route(target, "chat", body)
        latency_ms = (self._clock() - started) * 1000
        completion, usage = completion_from(target, _json(target, routed.response.body), latency_ms)
        _, cost_usd = self._pricing.cost(routed.state.deployment.id, usage)
        return replace(completion, cost_usd=cost_usd)

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        routed = await self._route(
            target, "embeddings", {"model": target.model, "input": list(texts)}
        )
        return embeddings_from(target, _json(target, routed.response.body), len(texts))

    async def aclose(self) -> None:
        http, self._http, self._router = self._http, None, None
        if http is not None:
            await http.close()

    async def _route(self, target: Target, endpoint: Endpoint, body: dict[str, Any]) -> Any:
        problem = self.problem(target)
        if problem is not None:
            raise CallError(problem, retryable=False, status=404)
        try:
            check_params(endpoint, body)
            router = self._router or await self._start()
            return await router.route(
                target.model, UpstreamRequest(endpoint, body, False, _REQUEST_ID)
            )
        except UpstreamError as exc:
            retryable = exc.retryable or is_retryable(exc.status)
            retryable = retryable and exc.kind not in _FINAL_KINDS
            raise CallError(
                f"target {target.id!r}: {exc.message}", retryable=retryable, status=exc.status
            ) from None
        except GatewayError as exc:
            raise CallError(
                f"target {target.id!r}: {exc.message}",
                retryable=is_retryable(exc.status),
                status=exc.status,
            ) from None
        except orjson.JSONEncodeError as exc:
            raise CallError(f"target {target.id!r}: {exc}", retryable=False) from None

    async def _start(self) -> Router:
        # As the gateway's runtime builds them (lmops.gateway.runtime.build_runtime). Nothing
        # awaits before the router is set, so concurrent first calls build it once.
        http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=30),
            skip_auto_headers=("User-Agent",),
        )
        try:
            deployments = [(d, create_provider(d, http)) for d in self._config.models]
        except ValueError as exc:  # a deployment its provider cannot serve (no api_base...)
            await http.close()
            raise CallError(str(exc), retryable=False) from None
        self._http = http
        # The runner's retries, with backoff, are the one retry policy of an eval: router retries
        # inside them would multiply, and a cooldown after a brief outage would fail every cell
        # queued for the group until it ends.
        settings = self._config.router.model_copy(
            update={"retries": RetrySettings(attempts=0), "cooldown": _NO_COOLDOWN}
        )
        self._router = Router(settings, deployments, _Unobserved())
        return self._router


_NO_COOLDOWN = CooldownSettings(failures=2**31)


def fingerprinted(suite: Suite, config: Config | None) -> Suite:
    """``suite`` with each in-process target (and judge, and embeddings group) carrying the
    hash of the deployments behind its model group (keys left out), for the result cache."""
    if config is None:
        return suite

    def mark(target: Target | None) -> Target | None:
        if target is None or target.gateway is not None:
            return target
        group = [
            d.model_dump(mode="json", exclude={"api_key"})
            for d in config.models
            if d.name == target.model
        ]
        digest = hashlib.sha256(orjson.dumps(group, option=orjson.OPT_SORT_KEYS)).hexdigest()
        return replace(target, fingerprint=digest[:32])

    targets = tuple(t for t in map(mark, suite.targets) if t is not None)
    return replace(
        suite, targets=targets, judge=mark(suite.judge), embeddings=mark(suite.embeddings)
    )


def _json(target: Target, body: bytes | None) -> Any:
    try:
        return orjson.loads(body or b"")
    except orjson.JSONDecodeError:
        raise CallError(f"target {target.id!r} answered invalid JSON", retryable=False) from None


class GatewayCaller:
    """Calls a running gateway's ``/v1/chat/completions`` and ``/v1/embeddings`` with the
    target's key as ``Authorization: Bearer``.

    One HTTP client serves every gateway target. Cost is the public catalog's price of the model
    the gateway says answered (``None`` when the catalog does not know it): the gateway's own
    configured prices are not visible from outside.
    """

    def __init__(
        self,
        *,
        timeout: float = 600.0,
        catalog: PriceCatalog | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._catalog = catalog if catalog is not None else PriceCatalog.load()
        # No connection cap below the runner's own concurrency bound.
        self._client = httpx.AsyncClient(
            timeout=timeout,
            transport=transport,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=64),
            follow_redirects=False,
        )
        self._clock = clock

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        body = chat_body(target, messages, params)
        started = self._clock()
        data = await self._post(target, "chat/completions", body)
        latency_ms = (self._clock() - started) * 1000
        completion, usage = completion_from(target, data, latency_ms)
        return replace(completion, cost_usd=self._cost(data, usage))

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        data = await self._post(target, "embeddings", {"model": target.model, "input": list(texts)})
        return embeddings_from(target, data, len(texts))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _post(self, target: Target, path: str, body: dict[str, Any]) -> Any:
        if target.gateway is None:
            raise CallError(f"target {target.id!r} names no gateway", retryable=False)
        base = target.gateway.rstrip("/").removesuffix("/v1")
        headers = {"content-type": "application/json"}
        if target.api_key:
            headers["authorization"] = f"Bearer {target.api_key}"
        try:
            response = await self._client.post(
                f"{base}/v1/{path}", content=orjson.dumps(body), headers=headers
            )
        except httpx.TimeoutException:
            raise CallError(
                f"target {target.id!r}: the gateway timed out", retryable=True
            ) from None
        except httpx.TransportError as exc:
            raise CallError(
                f"target {target.id!r}: could not reach the gateway ({type(exc).__name__})",
                retryable=True,
            ) from None
        except orjson.JSONEncodeError as exc:
            raise CallError(f"target {target.id!r}: {exc}", retryable=False) from None
        if response.status_code >= 400:
            status = response.status_code
            message, code = _error_of(response)
            raise CallError(
                f"target {target.id!r}: the gateway answered {status}: {message}",
                retryable=is_retryable(status) and code not in _FINAL_KINDS,
                status=status,
            )
        return _json(target, response.content)

    def _cost(self, data: Any, usage: Any) -> float | None:
        model = data.get("model") if isinstance(data, dict) else None
        price = self._catalog.lookup(model) if isinstance(model, str) else None
        parsed = usage_from_openai(usage) if isinstance(usage, dict) else None
        if price is None or parsed is None:
            return None
        return float(cost(price, parsed))


def _error_of(response: httpx.Response) -> tuple[str, str | None]:
    """The OpenAI error envelope's message and code, or the start of whatever else came back."""
    try:
        error = orjson.loads(response.content)["error"]
        message, code = error["message"], error.get("code")
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return response.text[:200] or response.reason_phrase, None
    return str(message), code if isinstance(code, str) else None


class TargetCaller:
    """The runner's caller for a suite's targets: a gateway target (``target.gateway`` set)
    over HTTP, any other through ``config`` in-process (a :class:`CallError` without one)."""

    def __init__(self, config: Config | None, *, gateway: GatewayCaller | None = None) -> None:
        self._local = InProcessCaller(config) if config is not None else None
        self._gateway = gateway
        self._owns_gateway = gateway is None

    def check(self, targets: Sequence[Target]) -> None:
        """Refuse, before any call, a target that every call would fail: ``ValueError`` naming
        it (an in-process target without a config, or a model group the config lacks)."""
        for target in targets:
            if target.gateway is not None:
                continue
            problem = _no_config(target) if self._local is None else self._local.problem(target)
            if problem is not None:
                raise ValueError(problem)

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        if target.gateway is not None:
            return await self._remote().complete(target, messages, params)
        return await self._in_process(target).complete(target, messages, params)

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        if target.gateway is not None:
            return await self._remote().embed(target, texts)
        return await self._in_process(target).embed(target, texts)

    async def aclose(self) -> None:
        if self._local is not None:
            await self._local.aclose()
        if self._gateway is not None and self._owns_gateway:
            await self._gateway.aclose()
            self._gateway = None

    def _in_process(self, target: Target) -> InProcessCaller:
        if self._local is None:
            raise CallError(_no_config(target), retryable=False)
        return self._local

    def _remote(self) -> GatewayCaller:
        if self._gateway is None:
            self._gateway = GatewayCaller()
        return self._gateway


def _no_config(target: Target) -> str:
    return f"target {target.id!r} is a model group of the config, and no config was given"
