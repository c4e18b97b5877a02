"""The Anthropic Messages API behind the OpenAI chat shape, translated both ways.

Requests are rewritten from OpenAI chat completions into ``/v1/messages`` bodies; responses and
SSE streams are rewritten back into ``chat.completion`` / ``chat.completion.chunk`` objects, with
Anthropic's prompt-cache counters folded into OpenAI's usage fields. A ``response_format`` is
sent as a forced tool; its input comes back as the message content (a JSON string), as OpenAI's
structured output gives it, and its stream as content deltas.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator
from typing import Any

import aiohttp
import orjson

from lmops.config import Deployment
from lmops.errors import GatewayError, UpstreamError
from lmops.providers._anthropic_request import Json, MessagesRequest, messages_request
from lmops.providers._http import (
    iter_sse_events,
    open_response,
    read_body,
    scrub,
    upstream_failures,
)
from lmops.providers.base import (
    UpstreamRequest,
    UpstreamResponse,
    json_object,
    provider,
    upstream_name,
    wants_stream_usage,
)

__all__ = ["AnthropicProvider"]

_DEFAULT_BASE = "https://api.anthropic.com"
_DEFAULT_VERSION = "2023-06-01"

_FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}
# Error types an Anthropic stream can end with: (status, kind, retryable).
_STREAM_ERRORS = {
    "overloaded_error": (502, "upstream_error", True),
    "api_error": (502, "upstream_error", True),
    "rate_limit_error": (429, "rate_limited", True),
}


# The events of a passed-through stream that are read, not only relayed.
_READ_EVENTS = frozenset({"message_start", "message_delta", "error"})


@provider("anthropic")
class AnthropicProvider:
    """Anthropic's Messages API: chat completions translated, or a Messages request as is."""

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        self._deployment = deployment
        self._http = http
        self._model = deployment.upstream_model
        base = (deployment.api_base or _DEFAULT_BASE).rstrip("/")
        base = base.removesuffix("/v1")
        self._url = f"{base}/v1/messages"
        headers = {
            "content-type": "application/json",
            "anthropic-version": deployment.api_version or _DEFAULT_VERSION,
            **deployment.headers,
        }
        if deployment.api_key:
            headers["x-api-key"] = deployment.api_key.get_secret_value()
        self._headers = headers

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        """Translate, call ``/v1/messages``, and translate the answer (or stream) back; a
        Messages request (the gateway's /v1/messages passed through) goes as it came."""
        if request.endpoint == "messages":
            return await self._pass(request)
        if request.endpoint != "chat":
            raise GatewayError.bad_request(
                f"provider anthropic does not support the {request.endpoint} endpoint"
            )
        translated = messages_request(request.body, self._model, request.stream)
        resp = await open_response(
            self._http,
            self._url,
            data=orjson.dumps(translated.body),
            headers=self._headers,
            deployment=self._deployment,
        )
        if not request.stream:
            raw = await read_body(resp, self._deployment)
            with upstream_failures(self._deployment):  # an answer of the wrong shape
                completion = _chat_completion(
                    json_object(raw, self._deployment), translated.answer_tool
                )
            return UpstreamResponse(status=200, body=orjson.dumps(completion))
        response = UpstreamResponse(status=200)
        response.chunks = self._relay(resp, response, translated, wants_stream_usage(request.body))
        return response

    async def count_tokens(self, body: Json) -> int:
        """Anthropic's own count of a Messages request's input tokens (``count_tokens``)."""
        resp = await open_response(
            self._http,
            f"{self._url}/count_tokens",
            data=orjson.dumps({**body, "model": self._model}),
            headers=self._headers,
            deployment=self._deployment,
        )
        data = json_object(await read_body(resp, self._deployment), self._deployment)
        tokens = data.get("input_tokens")
        if type(tokens) is not int:
            raise UpstreamError(
                f"{upstream_name(self._deployment)} counted no input_tokens",
                kind="malformed_response",
            )
        return tokens

    async def _pass(self, request: UpstreamRequest) -> UpstreamResponse:
        body = {**request.body, "model": self._model}
        resp = await open_response(
            self._http,
            self._url,
            data=orjson.dumps(body),
            headers=self._headers,
            deployment=self._deployment,
        )
        if not request.stream:
            return UpstreamResponse(status=200, body=await read_body(resp, self._deployment))
        response = UpstreamResponse(status=200)
        response.chunks = self._pass_stream(resp, response)
        return response

    async def _pass_stream(
        self, resp: aiohttp.ClientResponse, response: UpstreamResponse
    ) -> AsyncGenerator[bytes, None]:
        """Anthropic's events as they came; its usage (input tokens in message_start, output
        in message_delta) read on the way, and an error event raised, as a broken stream."""
        usage: Json = {}
        try:
            with upstream_failures(self._deployment):
                async for event, raw in iter_sse_events(resp.content):
                    if event in _READ_EVENTS:
                        data = json_object(raw, self._deployment)
                        if event == "error":
                            raise _stream_error(data, self._deployment)
                        found = (data.get("message") or {}).get("usage") or data.get("usage")
                        if isinstance(found, dict):
                            usage.update(found)
                    yield b"event: %s\ndata: %s\n\n" % (
                        event.encode(),
                        raw.replace(b"\n", b"\ndata: "),
                    )
                    if event == "message_stop":
                        response.usage = _usage(usage)
                        return
            raise UpstreamError(
                f"{upstream_name(self._deployment)} ended the stream before message_stop",
                kind="upstream_disconnected",
                retryable=True,
            )
        finally:
            resp.release()

    async def _relay(
        self,
        resp: aiohttp.ClientResponse,
        response: UpstreamResponse,
        translated: MessagesRequest,
        usage_chunk: bool,
    ) -> AsyncGenerator[bytes, None]:
        translator = _StreamTranslator(int(time.time()), usage_chunk, translated.answer_tool)
        try:
            with upstream_failures(self._deployment):
                async for event, raw in iter_sse_events(resp.content):
                    data = json_object(raw, self._deployment)
                    if data.get("type", event) == "error":
                        raise _stream_error(data, self._deployment)
                    for chunk in translator.feed(event, data):
                        yield chunk
                    if translator.done:
                        response.usage = _usage(translator.usage)
                        return
            raise UpstreamError(
                f"{upstream_name(self._deployment)} ended the stream before message_stop",
                kind="upstream_disconnected",
                retryable=True,
            )
        finally:
            resp.release()


# --- response: Anthropic Messages -> OpenAI chat completion ------------------------------------


def _chat_completion(data: Json, answer_tool: str | None) -> Json:
    texts: list[str] = []
    calls: list[Json] = []
    thinking: list[Json] = []
    for block in data.get("content") or []:
        if block.get("type") == "text":
            texts.append(block.get("text", ""))
        elif block.get("type") in ("thinking", "redacted_thinking"):
            thinking.append(block)
        elif block.get("type") == "tool_use":
            arguments = orjson.dumps(block.get("input") or {}).decode()
            if answer_tool is not None and block.get("name") == answer_tool:
                texts.append(arguments)  # the structured answer is the message itself
            else:
                calls.append(_tool_call(block, arguments))
    # OpenAI reports null content when the turn is only tool calls.
    message: Json = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        message["tool_calls"] = calls
    if thinking:  # extended thinking, where the request enabled it
        # The text as DeepSeek and vLLM name it; the blocks, signed, as LiteLLM does (a client
        # sends them back with the turn, which Anthropic requires when tools are used).
        message["reasoning_content"] = "".join(b.get("thinking", "") for b in thinking)
        message["thinking_blocks"] = thinking
    return {
        "id": data.get("id"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": data.get("model"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _finish_reason(data.get("stop_reason"), answer_tool),
            }
        ],
        "usage": _usage(data.get("usage") or {}),
    }


def _tool_call(block: Json, arguments: str) -> Json:
    function = {"name": block.get("name"), "arguments": arguments}
    return {"id": block.get("id"), "type": "function", "function": function}


def _finish_reason(stop_reason: Any, answer_tool: str | None) -> str:
    reason = _FINISH_REASONS.get(stop_reason, "stop") if stop_reason else "stop"
    # The forced answer tool ends the turn as a finished answer, not as a call to make.
    return "stop" if reason == "tool_calls" and answer_tool is not None else reason


def _usage(usage: Json) -> Json:
    # Anthropic counts cache reads and writes apart from input_tokens; OpenAI counts them in.
    cache_read = usage.get("cache_read_input_tokens") or 0
    cache_write = usage.get("cache_creation_input_tokens") or 0
    prompt = (usage.get("input_tokens") or 0) + cache_read + cache_write
    completion = usage.get("output_tokens") or 0
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cache_read},
        "cache_creation_input_tokens": cache_write,
    }


# --- streaming: Anthropic SSE events -> OpenAI chunks ------------------------------------------


class _StreamTranslator:
    """Turns one Anthropic event at a time into zero or more OpenAI SSE chunks."""

    def __init__(self, created: int, usage_chunk: bool, answer_tool: str | None) -> None:
        self.head: Json = {"id": None, "object": "chat.completion.chunk", "created": created}
        self.usage_chunk = usage_chunk
        self.answer_tool = answer_tool
        self.usage: Json = {}
        self.stop_reason: Any = None
        # Anthropic numbers all content blocks; OpenAI numbers tool calls only.
        self.tool_index: dict[Any, int] = {}
        # Blocks of the forced answer tool, and whether any of their JSON went out yet.
        self.answer_blocks: dict[Any, bool] = {}
        self.done = False

    def feed(self, event: str, data: Json) -> list[bytes]:
        kind = data.get("type", event)
        if kind == "message_start":
            message = data.get("message") or {}
            self.head.update(id=message.get("id"), model=message.get("model"))
            self._merge_usage(message.get("usage"))
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "content_block_start":
            return self._block_start(data.get("index"), data.get("content_block") or {})
        if kind == "content_block_delta":
            return self._block_delta(data.get("index"), data.get("delta") or {})
        if kind == "content_block_stop" and self.answer_blocks.get(data.get("index")) is False:
            # A tool input streamed with no fragment is {}, as the non-streamed answer says.
            return [self._chunk({"content": "{}"})]
        if kind == "message_delta":
            self.stop_reason = (data.get("delta") or {}).get("stop_reason") or self.stop_reason
            self._merge_usage(data.get("usage"))
        elif kind == "message_stop":
            self.done = True
            final = self._chunk(
                {}, finish_reason=_finish_reason(self.stop_reason, self.answer_tool)
            )
            if not self.usage_chunk:
                return [final, b"data: [DONE]\n\n"]
            usage = {**self.head, "choices": [], "usage": _usage(self.usage)}
            return [final, _sse(usage), b"data: [DONE]\n\n"]
        return []

    def _block_start(self, index: Any, block: Json) -> list[bytes]:
        if block.get("type") == "text" and block.get("text"):
            return [self._chunk({"content": block["text"]})]
        if block.get("type") == "redacted_thinking":
            return [self._chunk({"thinking_blocks": [block]})]
        if block.get("type") != "tool_use":
            return []
        if self.answer_tool is not None and block.get("name") == self.answer_tool:
            self.answer_blocks[index] = False
            return []
        position = self.tool_index[index] = len(self.tool_index)
        # id and name go out once, first; argument fragments follow under the same index.
        call = {"index": position, **_tool_call(block, "")}
        return [self._chunk({"tool_calls": [call]})]

    def _block_delta(self, index: Any, delta: Json) -> list[bytes]:
        if delta.get("type") == "text_delta" and delta.get("text"):
            return [self._chunk({"content": delta["text"]})]
        if delta.get("type") == "thinking_delta" and delta.get("thinking"):
            return [self._chunk({"reasoning_content": delta["thinking"]})]
        if delta.get("type") == "signature_delta" and delta.get("signature"):
            # The signature ends a thinking block: a block of no new text, signed.
            signed = {"type": "thinking", "thinking": "", "signature": delta["signature"]}
            return [self._chunk({"thinking_blocks": [signed]})]
        fragment = delta.get("partial_json")
        if delta.get("type") != "input_json_delta" or not fragment:
            return []
        if index in self.answer_blocks:
            self.answer_blocks[index] = True
            return [self._chunk({"content": fragment})]
        if index in self.tool_index:
            call = {"index": self.tool_index[index], "function": {"arguments": fragment}}
            return [self._chunk({"tool_calls": [call]})]
        return []

    def _merge_usage(self, usage: Any) -> None:
        # message_delta counts are cumulative, and some Anthropic-compatible hosts only report
        # input tokens there, so later numbers replace earlier ones.
        if isinstance(usage, dict):
            self.usage.update({k: v for k, v in usage.items() if isinstance(v, int)})

    def _chunk(self, delta: Json, finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return _sse({**self.head, "choices": [choice]})


def _sse(obj: Json) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def _stream_error(data: Json, deployment: Deployment) -> UpstreamError:
    err = data.get("error") or {}
    if not isinstance(err, dict):
        err = {}
    kind = str(err.get("type") or "unknown_error")
    message = err.get("message") or "stream error"
    status, error_kind, retryable = _STREAM_ERRORS.get(kind, (502, "upstream_error", False))
    return UpstreamError(
        scrub(f"{upstream_name(deployment)} failed mid-stream ({kind}): {message}", deployment),
        status=status,
        kind=error_kind,
        retryable=retryable,
    )
