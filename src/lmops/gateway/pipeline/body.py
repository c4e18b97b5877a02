"""Read the body once (bounded, decompressed if sent so), parse it once (orjson), check it."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

import orjson
from starlette.types import Receive, Scope

from lmops.errors import GatewayError
from lmops.gateway.context import RequestContext
from lmops.gateway.pipeline.prompts import PromptResolver
from lmops.providers.params import FORBIDDEN_FIELDS, check_params

__all__ = ["ParseBody", "decode_body", "read_json_body"]

Json = dict[str, Any]


class ParseBody:
    """Rejects oversize, malformed, mistyped and forbidden-field bodies; sets model and stream.

    With ``prompts``, a body that names a registry prompt (or whose model group an experiment
    splits) is resolved first, and the checks apply to the body as it will be sent.
    """

    def __init__(
        self,
        max_bytes: int,
        known_model: Callable[[str], bool],
        prompts: PromptResolver | None = None,
    ) -> None:
        self._max = max_bytes
        self._known = known_model
        self._prompts = prompts

    async def __call__(self, ctx: RequestContext) -> None:
        raw, body = await read_json_body(ctx.scope, ctx.receive, self._max)
        prompts = self._prompts
        if prompts is not None and prompts.wanted(body):
            # The body is resolved in place; ``raw`` stays what the client sent (the log's
            # request body), and the prompt's name and version say what it was rendered from.
            prompts(ctx, body)
        _check(ctx.endpoint, body)
        model = body["model"]
        if not self._known(model):
            raise _unknown_model(model)
        if ctx.prompt is not None:
            asked = ctx.prompt.access_model
            if asked is not None and asked != model and not self._known(asked):
                raise _unknown_model(asked)
        ctx.raw_body, ctx.body, ctx.model_group = raw, body, model
        # Embeddings have no streaming form; a stray "stream": true is ignored, as OpenAI does.
        ctx.stream = ctx.endpoint != "embeddings" and body.get("stream") is True


async def read_json_body(scope: Scope, receive: Receive, max_bytes: int) -> tuple[bytes, Json]:
    """The body as sent (decompressed) and parsed: a JSON object, or a 4xx that says why."""
    headers = dict(scope["headers"])  # built in C: cheaper than three scans
    _check_content_type(headers.get(b"content-type"))
    length = headers.get(b"content-length")
    if length is not None and length.isdigit() and int(length) > max_bytes:
        raise _too_large(max_bytes)
    raw = await _read(receive, max_bytes)
    coding = headers.get(b"content-encoding")
    if coding is not None:
        raw = decode_body(raw, coding, max_bytes)
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise GatewayError.bad_request(f"Request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise GatewayError.bad_request("Request body must be a JSON object.")
    return raw, body


async def _read(receive: Receive, max_bytes: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise GatewayError("Client disconnected.", status=499, code="client_disconnected")
        part = message.get("body", b"")
        size += len(part)
        if size > max_bytes:
            raise _too_large(max_bytes)
        parts.append(part)
        more = message.get("more_body", False)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _check_content_type(value: bytes | None) -> None:
    # No header at all is read as JSON (a raw-bytes client sends none); any other media type is
    # refused as OpenAI refuses it: 400 unsupported_content_type. Parameters (charset) are fine.
    if value is None or value == b"application/json":
        return
    if value.split(b";", 1)[0].strip().lower() == b"application/json":
        return
    shown = value.decode("latin-1")
    raise GatewayError.bad_request(
        f"Unsupported content type: {shown!r}. This API accepts only 'application/json' "
        "request bodies.",
        code="unsupported_content_type",
    )


# zlib's window bits for each content coding: gzip framing, or the zlib framing that HTTP's
# "deflate" means (RFC 9110 8.4.1.2).
_CODINGS = {b"gzip": 31, b"x-gzip": 31, b"deflate": 15}


def decode_body(raw: bytes, header: bytes, limit: int) -> bytes:
    """Undo ``Content-Encoding`` (gzip, deflate, identity; listed in the order applied).

    Decoded size is bounded by ``limit`` as it is produced (413), so a small compressed body
    cannot expand into an unbounded one. Data that is not what the header declares is a 400; a
    coding the gateway does not know is a 415.
    """
    codings = [c.strip().lower() for c in header.split(b",")]
    for coding in reversed(codings):
        if coding in (b"identity", b""):
            continue
        wbits = _CODINGS.get(coding)
        if wbits is None:
            raise GatewayError(
                f"Unsupported content encoding: {coding.decode('latin-1')!r}. Send the body "
                "uncompressed, or compressed with gzip or deflate.",
                status=415,
                type_="invalid_request_error",
                code="unsupported_content_encoding",
            )
        raw = _inflate(raw, wbits, limit, coding.decode("latin-1"))
    return raw


def _inflate(data: bytes, wbits: int, limit: int, name: str) -> bytes:
    out: list[bytes] = []
    size = 0
    # A gzip body may hold several members, one after another (RFC 1952 2.2).
    while True:
        inflater = zlib.decompressobj(wbits)
        try:
            chunk = inflater.decompress(data, limit + 1 - size)
        except zlib.error:
            raise _not_encoded(name) from None
        size += len(chunk)
        if size > limit or inflater.unconsumed_tail:
            raise _too_large(limit)
        out.append(chunk)
        if not inflater.eof:
            raise _not_encoded(name)
        data = inflater.unused_data
        if not data or wbits != 31:
            break
    if data:
        raise _not_encoded(name)
    return b"".join(out)


def _not_encoded(name: str) -> GatewayError:
    return GatewayError.bad_request(
        f"Request body declares Content-Encoding {name!r} but is not valid {name} data.",
        code="invalid_content_encoding",
    )


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
    check_params(endpoint, body)


def _unknown_model(model: str) -> GatewayError:
    return GatewayError(
        f"The model {model!r} does not exist or you do not have access to it.",
        status=404,
        type_="invalid_request_error",
        param="model",
        code="model_not_found",
    )


def _too_large(limit: int) -> GatewayError:
    return GatewayError(
        f"Request body is larger than the limit of {limit} bytes.",
        status=413,
        type_="invalid_request_error",
        code="request_too_large",
    )
