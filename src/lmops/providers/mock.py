"""A deterministic in-process provider for users' tests and ours.

Content is fixed or echoed; latency, token counts, stream chunking and failures (status, rate,
timeouts) are set per deployment under ``mock:`` in the config.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import random
import time
from collections.abc import AsyncGenerator
from typing import Any

import aiohttp
import orjson

from lmops.config import Deployment
from lmops.errors import UpstreamError
from lmops.providers._http import status_error
from lmops.providers.base import (
    UpstreamRequest,
    UpstreamResponse,
    provider,
    upstream_name,
    wants_stream_usage,
)

__all__ = ["MockProvider"]


@provider("mock")
class MockProvider:
    """Answers without any network call."""

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        self._d = deployment
        self._opts = deployment.mock
        self._rng = random.Random(self._opts.seed)

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        opts = self._opts
        if opts.timeout_rate and self._rng.random() < opts.timeout_rate:
            await asyncio.sleep(self._d.timeout.first_byte)
            raise UpstreamError(
                f"{upstream_name(self._d)} timed out", status=504, kind="timeout", retryable=True
            )
        if opts.latency_ms:
            await asyncio.sleep(opts.latency_ms / 1000)
        if opts.error_rate and self._rng.random() < opts.error_rate:
            status = opts.error_status
            message = f"{upstream_name(self._d)} returned {status}: {opts.error_message}"
            raise status_error(status, message)
        if request.endpoint == "embeddings":
            return UpstreamResponse(body=orjson.dumps(self._embeddings(request.body)))
        text = self._content(request)
        usage = self._usage(request, text)
        if request.stream:
            return UpstreamResponse(chunks=self._stream(request, text, usage), usage=usage)
        return UpstreamResponse(body=orjson.dumps(self._completion(request, text, usage)))

    def _content(self, request: UpstreamRequest) -> str:
        if not self._opts.echo:
            return self._opts.content
        if request.endpoint == "completions":
            prompt = request.body.get("prompt", "")
            return prompt if isinstance(prompt, str) else orjson.dumps(prompt).decode()
        for message in reversed(request.body.get("messages") or []):
            if isinstance(message, dict) and message.get("role") == "user":
                return _text_of(message.get("content"))
        return ""

    def _usage(self, request: UpstreamRequest, text: str) -> dict[str, int]:
        opts = self._opts
        if opts.prompt_tokens is not None:
            prompt = opts.prompt_tokens
        else:
            source = request.body.get("messages", request.body.get("prompt", ""))
            prompt = _count_words(orjson.dumps(source).decode())
        completion = (
            opts.completion_tokens if opts.completion_tokens is not None else _count_words(text)
        )
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _completion(
        self, request: UpstreamRequest, text: str, usage: dict[str, int]
    ) -> dict[str, Any]:
        base = _envelope(
            request, "chat.completion" if request.endpoint == "chat" else "text_completion"
        )
        if request.endpoint == "chat":
            choice: dict[str, Any] = {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        else:
            choice = {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}
        return {**base, "choices": [choice], "usage": usage}

    async def _stream(
        self, request: UpstreamRequest, text: str, usage: dict[str, int]
    ) -> AsyncGenerator[bytes, None]:
        chat = request.endpoint == "chat"
        base = _envelope(request, "chat.completion.chunk" if chat else "text_completion")
        pieces = _split(text, self._opts.stream_chunks)
        delay = self._opts.latency_ms / 1000 / max(1, len(pieces))
        for i, piece in enumerate(pieces):
            if i and delay:
                await asyncio.sleep(delay)
            last = i == len(pieces) - 1
            if chat:
                delta: dict[str, Any] = {"content": piece}
                if i == 0:
                    delta["role"] = "assistant"
                choice: dict[str, Any] = {"index": 0, "delta": delta}
            else:
                choice = {"index": 0, "text": piece}
            choice["finish_reason"] = "stop" if last else None
            yield b"data: " + orjson.dumps({**base, "choices": [choice]}) + b"\n\n"
        if wants_stream_usage(request.body):
            yield b"data: " + orjson.dumps({**base, "choices": [], "usage": usage}) + b"\n\n"
        yield b"data: [DONE]\n\n"

    def _embeddings(self, body: dict[str, Any]) -> dict[str, Any]:
        inputs = body.get("input", "")
        items = inputs if isinstance(inputs, list) else [inputs]
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": _vector(item, self._opts.embedding_dim),
            }
            for i, item in enumerate(items)
        ]
        tokens = sum(_count_words(str(item)) for item in items)
        return {
            "object": "list",
            "data": data,
            "model": body.get("model", self._d.name),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }


def _envelope(request: UpstreamRequest, obj: str) -> dict[str, Any]:
    return {
        "id": f"mock-{request.request_id}",
        "object": obj,
        "created": int(time.time()),
        "model": request.body.get("model", "mock"),
    }


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"
        )
    return ""


def _count_words(text: str) -> int:
    return max(1, len(text.split())) if text else 0


def _split(text: str, n: int) -> list[str]:
    if not text:
        return [""]
    size = max(1, math.ceil(len(text) / n))
    return [text[i : i + size] for i in range(0, len(text), size)]


def _vector(item: Any, dim: int) -> list[float]:
    seed = hashlib.sha256(orjson.dumps(item)).digest()
    rng = random.Random(seed)
    raw = [rng.uniform(-1, 1) for _ in range(dim)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [x / norm for x in raw]
