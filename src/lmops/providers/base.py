"""The provider contract: one small Protocol, registered by name.

A provider turns an OpenAI-shaped request into a call to one upstream API and hands back an
OpenAI-shaped answer: JSON bytes, or an iterator of OpenAI SSE bytes for a stream. It raises
:class:`lmops.errors.UpstreamError` for every failure, marking which ones are worth a retry.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import aiohttp

from lmops.config import Deployment

__all__ = [
    "SSE_EVENT_END",
    "Endpoint",
    "Provider",
    "ProviderFactory",
    "UpstreamRequest",
    "UpstreamResponse",
    "create_provider",
    "provider",
    "registered_providers",
    "upstream_name",
    "wants_stream_usage",
]

Endpoint = Literal["chat", "completions", "embeddings"]


@dataclass(frozen=True, slots=True)
class UpstreamRequest:
    """What the gateway asks of a provider. ``body`` is the parsed client body: never mutate it."""

    endpoint: Endpoint
    body: dict[str, Any]
    stream: bool
    request_id: str


@dataclass(slots=True)
class UpstreamResponse:
    """An OpenAI-shaped answer: ``body`` (JSON bytes) when not streaming, else ``chunks``.

    ``chunks`` yields raw OpenAI SSE bytes (``data: {...}\\n\\n`` ... ``data: [DONE]\\n\\n``), in
    pieces that need not align with event boundaries. It raises ``UpstreamError`` if the upstream
    breaks mid-stream. A stream carries a usage chunk only if the client asked for one
    (``stream_options.include_usage``); either way the provider puts the stream's token usage in
    ``usage`` when it knows it, for the request log.
    """

    status: int = 200
    body: bytes | None = None
    chunks: AsyncGenerator[bytes, None] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    usage: dict[str, Any] | None = None  # set by the provider once a stream has ended


class Provider(Protocol):
    """One deployment's upstream API."""

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        """Call the upstream; return once the response status is known to be a success."""
        ...


ProviderFactory = Callable[[Deployment, aiohttp.ClientSession], Provider]

_REGISTRY: dict[str, ProviderFactory] = {}


# The blank line that ends a server-sent event, with LF or CRLF line ends.
SSE_EVENT_END = re.compile(rb"\r?\n\r?\n")


def upstream_name(deployment: Deployment) -> str:
    """How errors that reach clients name an upstream: never its address or credentials."""
    return f"the upstream of model {deployment.name!r}"


def wants_stream_usage(body: dict[str, Any]) -> bool:
    """Whether the client asked for a usage chunk at the end of its stream."""
    options = body.get("stream_options")
    return isinstance(options, dict) and options.get("include_usage") is True


def provider(name: str) -> Callable[[ProviderFactory], ProviderFactory]:
    """Register a provider factory (usually the class) under ``name``."""

    def register(factory: ProviderFactory) -> ProviderFactory:
        _REGISTRY[name] = factory
        return factory

    return register


def registered_providers() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create_provider(deployment: Deployment, http: aiohttp.ClientSession) -> Provider:
    """Build the provider for ``deployment`` with the process's shared HTTP session."""
    _load_builtin()
    try:
        factory = _REGISTRY[deployment.provider]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ValueError(
            f"model {deployment.name!r}: unknown provider {deployment.provider!r} (known: {known})"
        ) from None
    return factory(deployment, http)


def _load_builtin() -> None:
    # Importing the built-in modules runs their @provider registrations.
    from lmops.providers import anthropic, mock, openai  # noqa: F401
