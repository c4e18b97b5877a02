"""Any OpenAI-compatible HTTP API: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp, Groq, ...

The client's body is forwarded with only ``model`` replaced, unless the deployment's ``options``
(:class:`OpenAIOptions`) drop or rename fields the server refuses; responses and SSE streams pass
back byte for byte. docs/providers.md lists the servers' quirks and the options for each.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import aiohttp
import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator

from lmops.config import Deployment
from lmops.errors import GatewayError
from lmops.providers._http import open_response, read_body, upstream_failures
from lmops.providers.base import (
    SSE_EVENT_END,
    UpstreamRequest,
    UpstreamResponse,
    provider,
    provider_options,
    wants_stream_usage,
)

__all__ = ["OpenAIOptions", "OpenAIProvider", "serves_responses"]

_USAGE_ONLY = b'"choices":[]'
_USAGE_ONLY_SPACED = b'"choices": []'
_PATHS = {
    "chat": "chat/completions",
    "completions": "completions",
    "embeddings": "embeddings",
    "responses": "responses",
}
# The fields no request can do without: no option may drop or rename them.
_ESSENTIAL = frozenset({"model", "messages", "prompt", "input", "stream"})
_PER_MESSAGE = "messages[]."


class OpenAIOptions(BaseModel):
    """The ``options`` of an ``openai`` deployment: what its server refuses in a request.

    Both apply to every endpoint, after the gateway's own checks, so a client may still send
    what the server refuses and have it left out rather than failed with the server's 400 or 422.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    drop_params: frozenset[str] = Field(
        frozenset(),
        description="request fields never sent, e.g. logprobs; 'messages[].name' drops a field "
        "of every message; dropping stream_options also stops asking for stream usage",
    )
    rename_params: dict[str, str] = Field(
        default_factory=dict,
        description="request fields sent under another name, e.g. max_completion_tokens: "
        "max_tokens (a field the client set under the new name wins)",
    )
    responses: bool = Field(
        False,
        description="the server serves OpenAI's Responses API: /v1/responses is passed through "
        "to it as sent (built-in tools, reasoning items, its own previous_response_id)",
    )

    @field_validator("drop_params", "rename_params")
    @classmethod
    def _keeps_the_request(cls, names: Any) -> Any:
        fields = set(names) | (set(names.values()) if isinstance(names, dict) else set())
        if clash := sorted(fields & _ESSENTIAL):
            raise ValueError(f"{', '.join(clash)} cannot be dropped or renamed")
        return names


def serves_responses(deployment: Deployment) -> bool:
    """Whether ``deployment`` passes /v1/responses through: an OpenAI-compatible server that
    says it serves the Responses API (not Azure's deployment paths, which have no such route)."""
    return (
        deployment.provider == "openai"
        and deployment.api_version is None
        and bool(deployment.options)
        and provider_options(deployment, OpenAIOptions).responses
    )


def _options(deployment: Deployment) -> OpenAIOptions | None:
    """The deployment's options, or None when it has none (the common, untouched path)."""
    if not deployment.options:
        return None
    options = provider_options(deployment, OpenAIOptions)
    return options if options.drop_params or options.rename_params else None


def _adapt(body: dict[str, Any], options: OpenAIOptions) -> None:
    """Drop and rename fields of ``body``, a copy of the client's (its messages are not)."""
    for name in options.drop_params:
        if name.startswith(_PER_MESSAGE):
            _drop_from_messages(body, name[len(_PER_MESSAGE) :])
        else:
            body.pop(name, None)
    for old, new in options.rename_params.items():
        if old in body:
            value = body.pop(old)
            if body.get(new) is None:
                body[new] = value


def _drop_from_messages(body: dict[str, Any], field: str) -> None:
    messages = body.get("messages")
    if isinstance(messages, list) and any(field in m for m in messages if isinstance(m, dict)):
        body["messages"] = [
            {k: v for k, v in m.items() if k != field} if isinstance(m, dict) else m
            for m in messages
        ]


@provider("openai")
class OpenAIProvider:
    """OpenAI wire format. With ``api_version`` set, Azure's deployment path and header are used."""

    options_model = OpenAIOptions

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        if not deployment.api_base:
            raise ValueError(f"model {deployment.name!r}: provider openai needs api_base")
        self._deployment = deployment
        self._http = http
        self._model = deployment.upstream_model
        base = deployment.api_base.rstrip("/")
        headers = {"content-type": "application/json", **deployment.headers}
        key = deployment.api_key.get_secret_value() if deployment.api_key else None
        if deployment.api_version:
            self._urls = {
                ep: f"{base}/openai/deployments/{self._model}/{path}"
                f"?api-version={deployment.api_version}"
                for ep, path in _PATHS.items()
            }
            if key:
                headers["api-key"] = key
        else:
            self._urls = {ep: f"{base}/{path}" for ep, path in _PATHS.items()}
            if key:
                headers["authorization"] = f"Bearer {key}"
        self._headers = headers
        self._options = _options(deployment)
        self._ask_usage = deployment.stream_usage and not (
            self._options and "stream_options" in self._options.drop_params
        )

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        url = self._urls.get(request.endpoint)
        if url is None:  # Anthropic's Messages API, reached by an experiment's reroute
            raise GatewayError.bad_request(
                f"provider openai does not serve the {request.endpoint} endpoint"
            )
        body = dict(request.body)
        body["model"] = self._model
        if self._options is not None:
            _adapt(body, self._options)
        # Ask for usage so every stream is counted; hide the extra chunk from a client that
        # did not ask for it (it would find an event with no choices).
        # (The Responses API reports usage in its last event, and takes no include_usage.)
        strip_usage = (
            request.stream
            and self._ask_usage
            and request.endpoint != "responses"
            and not wants_stream_usage(body)
        )
        if strip_usage:
            options = body.get("stream_options")
            body["stream_options"] = {**(options or {}), "include_usage": True}
        resp = await open_response(
            self._http,
            url,
            data=orjson.dumps(body),  # a body that cannot be encoded is the client's fault
            headers=self._headers,
            deployment=self._deployment,
        )
        if not request.stream:
            body_bytes = await read_body(resp, self._deployment)
            return UpstreamResponse(status=resp.status, body=body_bytes)
        response = UpstreamResponse(status=resp.status)
        response.chunks = self._relay(resp, response if strip_usage else None)
        return response

    async def _relay(
        self, resp: aiohttp.ClientResponse, usage_to: UpstreamResponse | None
    ) -> AsyncGenerator[bytes, None]:
        """Pass chunks through; with ``usage_to``, move the usage-only event out of the stream."""
        try:
            with upstream_failures(self._deployment):
                if usage_to is None:
                    async for chunk in resp.content.iter_any():
                        yield chunk
                    return
                pending = b""
                async for chunk in resp.content.iter_any():
                    pending += chunk
                    cut = _end_of_last_event(pending)
                    if cut:
                        ready, pending = pending[:cut], pending[cut:]
                        if _USAGE_ONLY in ready or _USAGE_ONLY_SPACED in ready:
                            ready = _take_usage(ready, usage_to)
                        if ready:
                            yield ready
                if pending:
                    yield pending
        finally:
            resp.release()


def _end_of_last_event(data: bytes) -> int:
    """Offset just past the last complete SSE event in ``data`` (0 if there is none)."""
    lf, crlf = data.rfind(b"\n\n"), data.rfind(b"\r\n\r\n")
    return max(lf + 2 if lf >= 0 else 0, crlf + 4 if crlf >= 0 else 0)


def _take_usage(events: bytes, usage_to: UpstreamResponse) -> bytes:
    """Drop the usage-only event (``"choices": []``) from complete events, keeping its usage."""
    kept = []
    start = 0
    for end in SSE_EVENT_END.finditer(events):
        event = events[start : end.end()]
        start = end.end()
        # Every event carries "usage" (null until the end) once usage is asked for: look for
        # the empty choices list instead, so only the last event is ever parsed.
        if _USAGE_ONLY in event or _USAGE_ONLY_SPACED in event:
            try:
                data = orjson.loads(event.strip().partition(b"data:")[2])
            except orjson.JSONDecodeError:
                data = None
            if (
                isinstance(data, dict)
                and data.get("choices") == []
                and isinstance(data.get("usage"), dict)
            ):
                usage_to.usage = data["usage"]
                continue
        kept.append(event)
    kept.append(events[start:])
    return b"".join(kept)
