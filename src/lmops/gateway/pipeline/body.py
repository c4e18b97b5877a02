"""Read the body once (bounded), parse it once (orjson), check the few fields the gateway uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from lmops.errors import GatewayError
from lmops.gateway.context import RequestContext

__all__ = ["FORBIDDEN_FIELDS", "ParseBody"]

# Anything that would let a client choose where a request goes or with which credential.
FORBIDDEN_FIELDS = frozenset(
    {
        "api_base",
        "base_url",
        "api_key",
        "api_version",
        "api_type",
        "organization",
        "azure_endpoint",
        "azure_ad_token",
        "azure_deployment",
        "deployment_id",
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_session_token",
        "aws_region_name",
        "vertex_credentials",
        "vertex_project",
        "vertex_location",
        "custom_llm_provider",
        "litellm_params",
        "user_config",
        "extra_headers",
        "headers",
        "upstream_url",
        "endpoint",
        "proxy",
    }
)

_REQUIRED: dict[str, tuple[str, tuple[type, ...], str]] = {
    "chat": ("messages", (list,), "an array of messages"),
    "completions": ("prompt", (str, list), "a string or an array"),
    "embeddings": ("input", (str, list), "a string or an array"),
}


class ParseBody:
    """Rejects oversize, malformed, mistyped and forbidden-field bodies; sets model and stream."""

    def __init__(self, max_bytes: int, known_model: Callable[[str], bool]) -> None:
        self._max = max_bytes
        self._known = known_model

    async def __call__(self, ctx: RequestContext) -> None:
        raw = await self._read(ctx)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise GatewayError.bad_request(f"Request body is not valid JSON: {exc}") from None
        if not isinstance(body, dict):
            raise GatewayError.bad_request("Request body must be a JSON object.")
        _check(ctx.endpoint, body)
        model = body["model"]
        if not self._known(model):
            raise GatewayError(
                f"The model {model!r} does not exist or you do not have access to it.",
                status=404,
                type_="invalid_request_error",
                param="model",
                code="model_not_found",
            )
        ctx.raw_body, ctx.body, ctx.model_group = raw, body, model
        # Embeddings have no streaming form; a stray "stream": true is ignored, as OpenAI does.
        ctx.stream = ctx.endpoint != "embeddings" and body.get("stream") is True

    async def _read(self, ctx: RequestContext) -> bytes:
        length = ctx.header(b"content-length")
        if length is not None and length.isdigit() and int(length) > self._max:
            raise _too_large(self._max)
        parts: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await ctx.receive()
            if message["type"] == "http.disconnect":
                raise GatewayError("Client disconnected.", status=499, code="client_disconnected")
            part = message.get("body", b"")
            size += len(part)
            if size > self._max:
                raise _too_large(self._max)
            parts.append(part)
            more = message.get("more_body", False)
        return parts[0] if len(parts) == 1 else b"".join(parts)


def _check(endpoint: str, body: dict[str, Any]) -> None:
    forbidden = FORBIDDEN_FIELDS.intersection(body)
    if forbidden:
        name = sorted(forbidden)[0]
        raise GatewayError.bad_request(
            f"Field {name!r} is not allowed: upstream locations and credentials come only from "
            "the gateway's configuration.",
            param=name,
            code="forbidden_field",
        )
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise GatewayError.bad_request("'model' is required and must be a string.", param="model")
    field, types, expected = _REQUIRED[endpoint]
    value: Any = body.get(field)
    if not isinstance(value, types):
        raise GatewayError.bad_request(
            f"'{field}' is required and must be {expected}.", param=field
        )
    if endpoint == "chat" and not all(isinstance(m, dict) for m in body["messages"]):
        raise GatewayError.bad_request("Each message must be an object.", param="messages")
    _optional(body, "stream", bool, "a boolean")
    _optional(body, "stream_options", dict, "an object")
    _optional(body, "n", int, "an integer")
    _optional(body, "max_tokens", int, "an integer")


def _optional(body: dict[str, Any], name: str, type_: type, expected: str) -> None:
    value = body.get(name)
    # bool is a subclass of int in Python, but not in JSON: true is no integer.
    wrong_bool = isinstance(value, bool) and type_ is not bool
    if value is not None and (not isinstance(value, type_) or wrong_bool):
        raise GatewayError.bad_request(f"'{name}' must be {expected}.", param=name)


def _too_large(limit: int) -> GatewayError:
    return GatewayError(
        f"Request body is larger than the limit of {limit} bytes.",
        status=413,
        type_="invalid_request_error",
        code="request_too_large",
    )
