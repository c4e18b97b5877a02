"""Response bodies of the fake upstream: OpenAI wire shapes, deterministic for a given request.

Stream and non-stream replies are built from the same pieces, so a replayed or reassembled stream
can be compared with the non-stream answer to the same request.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import time
from collections.abc import Mapping, Sequence
from functools import lru_cache
from http import HTTPStatus
from typing import Any

import orjson

__all__ = [
    "CONTEXT_WINDOW_MESSAGE",
    "DEFAULT_REPLY",
    "chat_completion",
    "chat_stream_events",
    "completion",
    "completion_stream_events",
    "context_window_error",
    "embeddings",
    "error_body",
    "estimate_tokens",
    "model_list",
    "reply_pieces",
]

DEFAULT_REPLY = "Hello from the fake upstream, a deterministic reply for tests and benchmarks."
CONTEXT_WINDOW_MESSAGE = (
    "This model's maximum context length is 8192 tokens. However, your messages resulted in "
    "9000 tokens. Please reduce the length of the messages."
)
DONE_EVENT = b"data: [DONE]\n\n"

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    409: "conflict_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}
_ERROR_CODES = {429: "rate_limit_exceeded", 401: "invalid_api_key", 404: "not_found"}


def error_body(status: int, message: str | None = None) -> bytes:
    """An OpenAI error JSON for ``status``; 5xx are ``server_error`` as OpenAI reports them."""
    if message is None:
        try:
            message = f"fake upstream: {HTTPStatus(status).phrase}"
        except ValueError:
            message = f"fake upstream: status {status}"
    kind = _ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    error = {"message": message, "type": kind, "param": None, "code": _ERROR_CODES.get(status)}
    return orjson.dumps({"error": error})


def context_window_error() -> bytes:
    """The 400 body an OpenAI-compatible server sends when the prompt is too long."""
    error = {
        "message": CONTEXT_WINDOW_MESSAGE,
        "type": "invalid_request_error",
        "param": "messages",
        "code": "context_length_exceeded",
    }
    return orjson.dumps({"error": error})


@lru_cache(maxsize=64)
def reply_pieces(text: str, n: int) -> tuple[str, ...]:
    """``n`` word pieces cycling through ``text``; a stream sends one piece per chunk."""
    words = text.split() or ["ok"]
    return tuple(("" if i == 0 else " ") + words[i % len(words)] for i in range(n))


def estimate_tokens(value: Any) -> int:
    """A cheap, stable token count (about 4 characters a token) over the text in ``value``."""
    chars = _text_length(value)
    return max(1, chars // 4)


def _text_length(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_text_length(v) if not isinstance(v, int) else 4 for v in value)
    if isinstance(value, dict):
        # Only message content and text parts count; roles and types are framing.
        return _text_length(value.get("content")) + _text_length(value.get("text"))
    return 0


def _usage(
    prompt: int, completion_tokens: int, override: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Counts from the reply itself, unless the test set a fixed ``override``."""
    if override is not None:
        return dict(override)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt + completion_tokens,
    }


def chat_completion(
    rid: str,
    model: str,
    pieces: Sequence[str],
    prompt_tokens: int,
    usage: Mapping[str, Any] | None = None,
) -> bytes:
    """A complete ``chat.completion`` with ``usage`` (counted, or the ``usage`` given)."""
    message = {"role": "assistant", "content": "".join(pieces), "refusal": None}
    return orjson.dumps(
        {
            "id": rid,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
            ],
            "usage": _usage(prompt_tokens, len(pieces), usage),
            "system_fingerprint": "fp_fake",
        }
    )


def chat_stream_events(
    rid: str,
    model: str,
    pieces: Sequence[str],
    prompt_tokens: int,
    include_usage: bool,
    usage: Mapping[str, Any] | None = None,
) -> list[bytes]:
    """One SSE event per piece (the first carries the role, the last ``finish_reason``);
    with ``include_usage`` a usage event (counted, or the ``usage`` given) before [DONE]."""
    created = int(time.time())
    last = len(pieces) - 1
    events = []
    for i, piece in enumerate(pieces):
        delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
        choice = {
            "index": 0,
            "delta": delta,
            "logprobs": None,
            "finish_reason": "stop" if i == last else None,
        }
        chunk: dict[str, Any] = {
            "id": rid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [choice],
        }
        if include_usage:
            chunk["usage"] = None
        events.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
    if include_usage:
        events.append(
            _usage_event(
                rid,
                "chat.completion.chunk",
                created,
                model,
                _usage(prompt_tokens, len(pieces), usage),
            )
        )
    events.append(DONE_EVENT)
    return events


def _usage_event(rid: str, obj: str, created: int, model: str, usage: dict[str, Any]) -> bytes:
    """The closing chunk ``stream_options.include_usage`` asks for: no choices, only usage."""
    chunk = {
        "id": rid,
        "object": obj,
        "created": created,
        "model": model,
        "choices": [],
        "usage": usage,
    }
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


def completion(
    rid: str,
    model: str,
    pieces: Sequence[str],
    prompt_tokens: int,
    usage: Mapping[str, Any] | None = None,
) -> bytes:
    """A complete legacy ``text_completion`` with ``usage`` (counted, or the ``usage`` given)."""
    choice = {"text": "".join(pieces), "index": 0, "logprobs": None, "finish_reason": "stop"}
    return orjson.dumps(
        {
            "id": rid,
            "object": "text_completion",
            "created": int(time.time()),
            "model": model,
            "choices": [choice],
            "usage": _usage(prompt_tokens, len(pieces), usage),
        }
    )


def completion_stream_events(
    rid: str,
    model: str,
    pieces: Sequence[str],
    prompt_tokens: int,
    include_usage: bool,
    usage: Mapping[str, Any] | None = None,
) -> list[bytes]:
    """Legacy completions stream: ``text_completion`` chunks, optional usage chunk, [DONE]."""
    created = int(time.time())
    last = len(pieces) - 1
    events = []
    for i, piece in enumerate(pieces):
        choice = {
            "text": piece,
            "index": 0,
            "logprobs": None,
            "finish_reason": "stop" if i == last else None,
        }
        chunk = {
            "id": rid,
            "object": "text_completion",
            "created": created,
            "model": model,
            "choices": [choice],
        }
        events.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
    if include_usage:
        events.append(
            _usage_event(
                rid, "text_completion", created, model, _usage(prompt_tokens, len(pieces), usage)
            )
        )
    events.append(DONE_EVENT)
    return events


def _embedding_inputs(value: Any) -> list[str]:
    """Normalise every input shape OpenAI accepts to one stable string per vector."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return [",".join(map(str, value))]
    if isinstance(value, list):
        return [v if isinstance(v, str) else ",".join(map(str, v)) for v in value]
    raise ValueError("'input' must be a string, a list of strings or a list of token lists")


def _vector(text: str, dim: int) -> list[float]:
    raw = hashlib.shake_128(text.encode()).digest(dim * 2)
    return [round(v / 32767.5 - 1.0, 6) for v in struct.unpack(f"<{dim}H", raw)]


def embeddings(model: str, value: Any, dim: int, encoding_format: str | None) -> bytes:
    """Deterministic vectors, one per input, as floats or as base64 little-endian float32."""
    inputs = _embedding_inputs(value)
    data = []
    for i, text in enumerate(inputs):
        vec = _vector(text, dim)
        emb: list[float] | str = vec
        if encoding_format == "base64":
            emb = base64.b64encode(struct.pack(f"<{dim}f", *vec)).decode()
        data.append({"object": "embedding", "index": i, "embedding": emb})
    tokens = sum(estimate_tokens(t) for t in inputs)
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return orjson.dumps({"object": "list", "data": data, "model": model, "usage": usage})


def model_list(models: Sequence[str]) -> bytes:
    """``GET /v1/models``."""
    data = [{"id": m, "object": "model", "created": 1700000000, "owned_by": "fake"} for m in models]
    return orjson.dumps({"object": "list", "data": data})
