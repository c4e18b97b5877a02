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
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from lmops.config import Deployment
from lmops.errors import GatewayError, UpstreamError
from lmops.providers._http import status_error
from lmops.providers._json_example import example
from lmops.providers.base import (
    UpstreamRequest,
    UpstreamResponse,
    provider,
    upstream_name,
    wants_stream_usage,
)

__all__ = ["MockProvider"]

# OpenAI's own limit on `n`; it also bounds what one request can make the mock allocate.
_MAX_CHOICES = 128
_NO_PARAMETERS = {"type": "object", "properties": {}}
_Delta = tuple[dict[str, Any], str | None]  # a stream event's delta and finish_reason


@dataclass(frozen=True, slots=True)
class _Answer:
    """What every choice says: ``text``, or a call of the function ``tool`` with ``arguments``."""

    text: str | None
    tool: str | None = None
    arguments: str = ""


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
        if request.endpoint not in ("chat", "completions"):
            raise GatewayError.bad_request(
                f"provider mock does not serve the {request.endpoint} endpoint"
            )
        n = _choice_count(request.body)
        answer = self._answer(request)
        usage = self._usage(request, answer, n)
        if request.stream:
            return UpstreamResponse(chunks=self._stream(request, answer, n, usage), usage=usage)
        return UpstreamResponse(body=orjson.dumps(self._completion(request, answer, n, usage)))

    def _answer(self, request: UpstreamRequest) -> _Answer:
        text = self._content(request)
        if request.endpoint != "chat":
            return _Answer(text)
        tool = _chosen_tool(request.body)
        if tool is not None:
            name, parameters = tool
            return _Answer(None, name, orjson.dumps(example(parameters)).decode())
        return _Answer(_formatted(request.body.get("response_format"), text))

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

    def _usage(self, request: UpstreamRequest, answer: _Answer, n: int) -> dict[str, int]:
        opts = self._opts
        body = request.body
        if opts.prompt_tokens is not None:
            prompt = opts.prompt_tokens
        else:
            source: Any = body.get("messages", body.get("prompt", ""))
            if body.get("tools"):
                source = [source, body["tools"]]  # tool definitions are read as prompt too
            prompt = _count_words(orjson.dumps(source).decode())
        per_choice = (
            opts.completion_tokens
            if opts.completion_tokens is not None
            else _count_words(answer.text if answer.text is not None else answer.arguments)
        )
        # Every choice is generated and paid for.
        completion = per_choice * n
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _completion(
        self, request: UpstreamRequest, answer: _Answer, n: int, usage: dict[str, int]
    ) -> dict[str, Any]:
        chat = request.endpoint == "chat"
        base = _envelope(request, "chat.completion" if chat else "text_completion")
        if not chat:
            choices = [
                {"index": i, "text": answer.text, "finish_reason": "stop", "logprobs": None}
                for i in range(n)
            ]
        else:
            choices = [_chat_choice(answer, i, _call_id(request, i)) for i in range(n)]
        return {**base, "choices": choices, "usage": usage}

    async def _stream(
        self, request: UpstreamRequest, answer: _Answer, n: int, usage: dict[str, int]
    ) -> AsyncGenerator[bytes, None]:
        chat = request.endpoint == "chat"
        base = _envelope(request, "chat.completion.chunk" if chat else "text_completion")
        chunks = self._opts.stream_chunks
        steps = [_deltas(answer, _call_id(request, i), chunks) for i in range(n)]
        delay = self._opts.latency_ms / 1000 / max(1, len(steps[0]))
        for step in range(len(steps[0])):
            if step and delay:
                await asyncio.sleep(delay)
            # One choice per event, the choices taking turns, as OpenAI sends them.
            for index in range(n):
                delta, finish_reason = steps[index][step]
                choice: dict[str, Any] = {"index": index}
                if chat:
                    choice["delta"] = delta
                else:
                    choice["text"] = delta["content"]
                choice["finish_reason"] = finish_reason
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


def _choice_count(body: dict[str, Any]) -> int:
    n = body.get("n")
    if n is None:
        return 1
    if type(n) is not int or not 1 <= n <= _MAX_CHOICES:
        raise GatewayError.bad_request(
            f"'n' must be an integer from 1 to {_MAX_CHOICES}.", param="n"
        )
    return n


def _chosen_tool(body: dict[str, Any]) -> tuple[str, Any] | None:
    """The function to call and its parameters' schema, or ``None`` to answer in text."""
    tools, choice = body.get("tools"), body.get("tool_choice", "auto")
    if not isinstance(tools, list) or not tools or choice == "none":
        return None
    functions: dict[str, Any] = {}
    for tool in tools:
        if not isinstance(tool, dict) or tool.get("type", "function") != "function":
            continue  # custom and built-in tools: the mock answers in text
        function = tool.get("function")
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise GatewayError.bad_request(
                "Each function tool needs a function name.", param="tools"
            )
        functions.setdefault(function["name"], function.get("parameters") or _NO_PARAMETERS)
    if not functions:
        return None
    wanted = _named_function(choice)
    if wanted is None:
        wanted = next(iter(functions))
    elif wanted not in functions:
        raise GatewayError.bad_request(
            f"tool_choice names the function {wanted!r}, which is not in tools.",
            param="tool_choice",
        )
    return wanted, functions[wanted]


def _named_function(choice: Any) -> str | None:
    """The function that ``tool_choice`` names, if any ("auto" and "required" name none)."""
    if not isinstance(choice, dict):
        return None
    if choice.get("type") == "allowed_tools":
        allowed = choice.get("allowed_tools")
        tools = allowed.get("tools") if isinstance(allowed, dict) else None
        choice = (
            next((t for t in tools if isinstance(t, dict)), {}) if isinstance(tools, list) else {}
        )
    function = choice.get("function")
    name = function.get("name") if isinstance(function, dict) else None
    return name if isinstance(name, str) else None


def _formatted(response_format: Any, text: str) -> str:
    """The answer's content for ``response_format``: JSON when JSON is asked for."""
    if not isinstance(response_format, dict):
        return text
    kind = response_format.get("type")
    if kind == "json_schema":
        spec = response_format.get("json_schema")
        if not isinstance(spec, dict):
            raise GatewayError.bad_request(
                "response_format of type json_schema needs a json_schema object.",
                param="response_format",
            )
        return orjson.dumps(example(spec.get("schema", {"type": "object"}))).decode()
    if kind == "json_object":
        # Configured content that is already a JSON object is what the user wants back.
        try:
            parsed = orjson.loads(text)
        except orjson.JSONDecodeError:
            parsed = None
        return text if isinstance(parsed, dict) else orjson.dumps({"content": text}).decode()
    return text


def _chat_choice(answer: _Answer, index: int, call_id: str) -> dict[str, Any]:
    if answer.tool is None:
        message: dict[str, Any] = {"role": "assistant", "content": answer.text}
        return {"index": index, "message": message, "finish_reason": "stop"}
    function = {"name": answer.tool, "arguments": answer.arguments}
    call = {"id": call_id, "type": "function", "function": function}
    message = {"role": "assistant", "content": None, "tool_calls": [call]}
    return {"index": index, "message": message, "finish_reason": "tool_calls"}


def _call_id(request: UpstreamRequest, index: int) -> str:
    digest = hashlib.sha256(f"{request.request_id}:{index}".encode()).hexdigest()
    return f"call_{digest[:24]}"


def _deltas(answer: _Answer, call_id: str, chunks: int) -> list[_Delta]:
    """One choice's stream: text in ``chunks`` pieces, or a tool call as OpenAI streams it."""
    if answer.tool is None:
        pieces = _split(answer.text or "", chunks)
        out: list[_Delta] = [({"content": piece}, None) for piece in pieces]
        out[0][0]["role"] = "assistant"
        out[-1] = (out[-1][0], "stop")
        return out
    # The id, type and name once, first; the arguments in pieces under the same index.
    function = {"name": answer.tool, "arguments": ""}
    head = {"index": 0, "id": call_id, "type": "function", "function": function}
    out = [({"role": "assistant", "content": None, "tool_calls": [head]}, None)]
    for piece in _split(answer.arguments, chunks):
        out.append(({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}, None))
    out.append(({}, "tool_calls"))
    return out


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
