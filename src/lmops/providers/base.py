"""The provider contract: one small Protocol, registered by name.

A provider turns an OpenAI-shaped request into a call to one upstream API and hands back an
OpenAI-shaped answer: JSON bytes, or an iterator of OpenAI SSE bytes for a stream. It raises
:class:`lmops.errors.UpstreamError` for every failure, marking which ones are worth a retry.

Providers are found by name: the built-in ones register with :func:`provider`; any other name is
looked up, on first use, among the ``lmops.providers`` entry points of the installed packages
(the entry point's name is the provider's name, its object the factory). A factory that takes
settings of its own names their pydantic model (``extra="forbid"``) in an ``options_model``
attribute and reads them with :func:`provider_options`; the config checks a deployment's
``options:`` against that model when the file is loaded, so a typo is an error naming
``models.<i>.options.<field>``. A provider without ``options_model`` takes no options.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Literal, Protocol, TypeVar

import aiohttp
import orjson
from pydantic import BaseModel, ValidationError

from lmops.config import Deployment, FieldError
from lmops.errors import UpstreamError

__all__ = [
    "ENTRY_POINT_GROUP",
    "SSE_EVENT_END",
    "Endpoint",
    "Provider",
    "ProviderFactory",
    "UpstreamRequest",
    "UpstreamResponse",
    "check_options",
    "create_provider",
    "json_object",
    "provider",
    "provider_options",
    "registered_providers",
    "upstream_name",
    "wants_stream_usage",
]

# Passed through to deployments that serve them: "responses", OpenAI's Responses API;
# "messages", Anthropic's Messages API.
Endpoint = Literal["chat", "completions", "embeddings", "responses", "messages"]


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
OptionsT = TypeVar("OptionsT", bound=BaseModel)

# Where installed packages offer providers (pyproject: [project.entry-points."lmops.providers"]).
ENTRY_POINT_GROUP = "lmops.providers"

_REGISTRY: dict[str, ProviderFactory] = {}


# The blank line that ends a server-sent event, with LF or CRLF line ends.
SSE_EVENT_END = re.compile(rb"\r?\n\r?\n")


def upstream_name(deployment: Deployment) -> str:
    """How errors that reach clients name an upstream: never its address or credentials."""
    return f"the upstream of model {deployment.name!r}"


def json_object(raw: bytes, deployment: Deployment) -> dict[str, Any]:
    """An upstream's answer (or stream event) as a JSON object; anything else is a retryable
    ``malformed_response``."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        raise UpstreamError(
            f"{upstream_name(deployment)} sent malformed JSON",
            kind="malformed_response",
            retryable=True,
        )
    return data


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
    """Every provider name a deployment may use: built in, registered, or an entry point's."""
    _load_builtin()
    offered = {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return sorted(_REGISTRY.keys() | offered)


def create_provider(deployment: Deployment, http: aiohttp.ClientSession) -> Provider:
    """Build the provider for ``deployment`` with the process's shared HTTP session.

    Raises ``ValueError`` naming the deployment for an unknown provider, an entry point that
    cannot be loaded, or options the provider does not take.
    """
    factory = _factory(deployment)
    model = _options_model(factory)
    if model is not None:
        provider_options(deployment, model)  # also when the file left them out: required ones
    elif deployment.options:
        raise ValueError(f"model {deployment.name!r}: options: {_no_options(deployment)}")
    return factory(deployment, http)


def provider_options(deployment: Deployment, model: type[OptionsT]) -> OptionsT:
    """``deployment.options`` checked by a provider's own model, for its constructor.

    Raises ``ValueError`` naming the deployment and the field (``options.location``).
    """
    try:
        return model.model_validate(deployment.options)
    except ValidationError as exc:
        path, message = _first_problem(exc)
        dotted = ".".join(str(p) for p in path)
        raise ValueError(f"model {deployment.name!r}: {dotted}: {message}") from None


def check_options(deployment: Deployment) -> None:
    """Check ``deployment.options`` against its provider's model, while the config is loaded.

    Raises :class:`lmops.config.FieldError` at ``options.<field>`` (or at ``provider``, for an
    entry point that cannot be loaded). A provider that is not known yet is left to
    :func:`create_provider`, which reports it with the list of known names.
    """
    try:
        factory = _find(deployment.provider)
    except ValueError as exc:
        raise FieldError(("provider",), str(exc)) from None
    if factory is None:
        return
    model = _options_model(factory)
    if model is None:
        if deployment.options:
            raise FieldError(("options",), _no_options(deployment))
        return
    try:
        model.model_validate(deployment.options)
    except ValidationError as exc:
        path, message = _first_problem(exc)
        raise FieldError(path, message) from None


def _factory(deployment: Deployment) -> ProviderFactory:
    try:
        factory = _find(deployment.provider)
    except ValueError as exc:
        raise ValueError(f"model {deployment.name!r}: {exc}") from exc
    if factory is None:
        known = ", ".join(registered_providers())
        raise ValueError(
            f"model {deployment.name!r}: unknown provider {deployment.provider!r} (known: {known})"
        )
    return factory


def _find(name: str) -> ProviderFactory | None:
    """The factory registered as ``name``, loading its entry point the first time."""
    _load_builtin()
    if name in _REGISTRY:
        return _REGISTRY[name]
    found = list(entry_points(group=ENTRY_POINT_GROUP, name=name))
    if not found:
        return None
    if len(found) > 1:
        offers = "; ".join(_entry_point_name(ep) for ep in found)
        raise ValueError(f"provider {name!r} is offered by several entry points: {offers}")
    entry = found[0]
    try:
        factory = entry.load()
    except Exception as exc:  # a plugin's import can fail in any way: report which one failed
        problem = f"{type(exc).__name__}: {exc}"
        raise ValueError(
            f"provider {name!r}: cannot load {_entry_point_name(entry)}: {problem}"
        ) from exc
    if not callable(factory):
        raise ValueError(f"provider {name!r}: {_entry_point_name(entry)} is not callable")
    _REGISTRY[name] = factory
    return factory  # type: ignore[no-any-return]


def _entry_point_name(entry: EntryPoint) -> str:
    dist = f" of package {entry.dist.name}" if entry.dist is not None else ""
    return f"entry point {entry.name} = {entry.value} ({ENTRY_POINT_GROUP}{dist})"


def _options_model(factory: ProviderFactory) -> type[BaseModel] | None:
    model = getattr(factory, "options_model", None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _no_options(deployment: Deployment) -> str:
    return f"provider {deployment.provider!r} takes no options"


def _first_problem(exc: ValidationError) -> tuple[tuple[str | int, ...], str]:
    """Where under ``options`` the first error is, and what it says, as config errors say it."""
    error = exc.errors()[0]
    message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
    context = error.get("ctx", {}).get("error")
    if isinstance(context, ValueError):
        message = str(context)  # not pydantic's "Value error, " prefix
    return ("options", *error["loc"]), message


def _load_builtin() -> None:
    # Importing the built-in modules runs their @provider registrations.
    from lmops.providers import anthropic, gemini, mock, openai  # noqa: F401
