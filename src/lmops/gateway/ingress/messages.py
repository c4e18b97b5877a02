"""Anthropic Messages (``POST /v1/messages``) to chat completions and back.

The request table: every Messages parameter is translated, or refused with a 400 that names it.
For a model group whose deployments are all Anthropic's, the fields only Anthropic's API reads
(``thinking``, ``top_k``, ``service_tier``, and any field this table does not know, such as a
newer API's) travel on as extra chat fields, which the ``anthropic`` provider forwards untouched.
For other groups ``thinking`` and ``service_tier`` are left out and an unknown field is refused,
as Anthropic's API refuses one.
"""

from __future__ import annotations

from typing import Any

import orjson

from lmops.errors import GatewayError
from lmops.gateway.ingress.sse import ChatStream, ToolCall

__all__ = [
    "MessagesExchange",
    "MessagesStream",
    "chat_request",
    "count_tokens_request",
    "error_body",
    "message_from_chat",
]

Json = dict[str, Any]

_STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}
_TOOL_CHOICES = {"auto": "auto", "any": "required", "none": "none"}
# Fields of a request read by chat_request, besides model, messages, max_tokens and stream.
_KNOWN = frozenset(
    {
        "model",
        "messages",
        "max_tokens",
        "stream",
        "system",
        "tools",
        "tool_choice",
        "stop_sequences",
        "temperature",
        "top_p",
        "top_k",
        "metadata",
        "thinking",
    }
)
# Read by Anthropic's API only: forwarded to an Anthropic group, else left out.
_ANTHROPIC_ONLY = frozenset({"thinking", "service_tier"})
# The error types of Anthropic's envelope, by HTTP status.
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
    529: "overloaded_error",
}


def _bad(message: str, param: str | None = None) -> GatewayError:
    return GatewayError.bad_request(message, param=param)


def chat_request(body: Json, anthropic_upstream: bool) -> Json:
    """The chat completions body for a Messages request ``body`` (already a JSON object).

    ``anthropic_upstream``: every deployment of the model group is Anthropic's, so ``thinking``
    can be forwarded.
    """
    unknown = sorted(set(body) - _KNOWN - _ANTHROPIC_ONLY)
    if unknown and not anthropic_upstream:
        raise _bad(f"{unknown[0]}: Extra inputs are not permitted.", unknown[0])
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise _bad("model: Field required (a model group name).", "model")
    max_tokens = body.get("max_tokens")
    if type(max_tokens) is not int or max_tokens < 1:
        raise _bad("max_tokens: Field required (a positive integer).", "max_tokens")
    out: Json = {"model": model, "max_tokens": max_tokens}
    messages = _system(body.get("system"))
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise _bad("messages: Field required (a non-empty list).", "messages")
    for index, message in enumerate(raw):
        messages += _message(message, f"messages.{index}", anthropic_upstream)
    out["messages"] = messages
    if body.get("stream") is True:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}  # message_delta carries the usage
    for name in ("temperature", "top_p", "top_k"):
        if body.get(name) is not None:
            out[name] = body[name]
    stop = body.get("stop_sequences")
    if stop:
        if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
            raise _bad("stop_sequences: must be a list of strings.", "stop_sequences")
        out["stop"] = stop
    metadata = body.get("metadata")
    if isinstance(metadata, dict) and metadata.get("user_id") is not None:
        out["user"] = str(metadata["user_id"])
    tools = body.get("tools")
    if tools:
        out["tools"] = _tools(tools)
    choice = body.get("tool_choice")
    if choice is not None:
        _tool_choice(choice, out)
    if anthropic_upstream:
        for name in (*_ANTHROPIC_ONLY, *unknown):
            if body.get(name) is not None:
                out[name] = body[name]
    return out


def count_tokens_request(body: Json) -> Json:
    """The chat body whose prompt a ``count_tokens`` request counts (no max_tokens needed)."""
    return chat_request({"max_tokens": 1, **body}, anthropic_upstream=False)


def _system(system: Any) -> list[Json]:
    if system is None or system == "" or system == []:
        return []
    if isinstance(system, str):
        return [{"role": "system", "content": system}]
    if isinstance(system, list):
        parts = [_text_part(block, f"system.{i}") for i, block in enumerate(system)]
        return [{"role": "system", "content": parts}]
    raise _bad("system: must be a string or a list of text blocks.", "system")


def _text_part(block: Any, where: str) -> Json:
    if not isinstance(block, dict) or block.get("type") != "text":
        raise _bad(f"{where}: expected a text block.", where)
    text = block.get("text")
    if not isinstance(text, str):
        raise _bad(f"{where}.text: Field required (a string).", where)
    part: Json = {"type": "text", "text": text}
    if "cache_control" in block:
        part["cache_control"] = block["cache_control"]
    return part


def _message(message: Any, where: str, anthropic_upstream: bool) -> list[Json]:
    """One Messages message as chat messages: a user turn's tool results become tool messages
    (first, as the chat format puts them right after the assistant's calls). An assistant's
    thinking blocks ride in ``thinking_blocks`` to an Anthropic group, whose API wants them
    back (signed) when tools are used; to others they are left out."""
    if not isinstance(message, dict):
        raise _bad(f"{where}: must be an object.", where)
    role = message.get("role")
    if role not in ("user", "assistant"):
        raise _bad(f"{where}.role: must be 'user' or 'assistant'.", where)
    content = message.get("content")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    if not isinstance(content, list):
        raise _bad(f"{where}.content: must be a string or a list of blocks.", where)
    parts: list[Json] = []
    calls: list[Json] = []
    results: list[Json] = []
    thinking: list[Json] = []
    for index, block in enumerate(content):
        at = f"{where}.content.{index}"
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            parts.append(_text_part(block, at))
        elif kind == "image" and role == "user":
            parts.append(_image(block, at))
        elif kind == "tool_use" and role == "assistant":
            calls.append(_tool_call(block, at))
        elif kind == "tool_result" and role == "user":
            results.append(_tool_result(block, at))
        elif kind in ("thinking", "redacted_thinking") and role == "assistant":
            thinking.append(block)
        else:
            raise _bad(f"{at}: a {kind!r} block is not supported in a {role} message.", at)
    out: list[Json] = list(results)
    if role == "assistant":
        text = "".join(part["text"] for part in parts)
        turn: Json = {"role": "assistant", "content": text or None}
        if calls:
            turn["tool_calls"] = calls
        if thinking and anthropic_upstream:
            turn["thinking_blocks"] = thinking
        if text or calls:
            out.append(turn)
    elif parts:
        plain = all(set(part) == {"type", "text"} for part in parts)
        if plain and len(parts) == 1:
            out.append({"role": "user", "content": parts[0]["text"]})
        else:
            out.append({"role": "user", "content": parts})
    return out


def _image(block: Json, where: str) -> Json:
    source = block.get("source")
    if isinstance(source, dict) and source.get("type") == "base64":
        media, data = source.get("media_type"), source.get("data")
        if isinstance(media, str) and isinstance(data, str):
            return {"type": "image_url", "image_url": {"url": f"data:{media};base64,{data}"}}
    if isinstance(source, dict) and source.get("type") == "url":
        url = source.get("url")
        if isinstance(url, str):
            return {"type": "image_url", "image_url": {"url": url}}
    raise _bad(f"{where}.source: expected a base64 or url image source.", where)


def _tool_call(block: Json, where: str) -> Json:
    call_id, name = block.get("id"), block.get("name")
    if not isinstance(call_id, str) or not isinstance(name, str):
        raise _bad(f"{where}: a tool_use block needs an id and a name.", where)
    arguments = orjson.dumps(block.get("input") or {}).decode()
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def _tool_result(block: Json, where: str) -> Json:
    call_id = block.get("tool_use_id")
    if not isinstance(call_id, str):
        raise _bad(f"{where}.tool_use_id: Field required.", where)
    content = block.get("content")
    if content is None:
        text = ""
    elif isinstance(content, str):
        text = content
    elif isinstance(content, list):
        texts = []
        for index, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") != "text":
                at = f"{where}.content.{index}"
                raise _bad(f"{at}: only text is supported in a tool result.", at)
            texts.append(str(part.get("text", "")))
        text = "\n".join(texts)
    else:
        raise _bad(f"{where}.content: must be a string or a list of text blocks.", where)
    if block.get("is_error") is True:
        text = f"Error: {text}"
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def _tools(tools: Any) -> list[Json]:
    if not isinstance(tools, list):
        raise _bad("tools: must be a list.", "tools")
    out = []
    for index, tool in enumerate(tools):
        where = f"tools.{index}"
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise _bad(f"{where}.name: Field required.", where)
        if tool.get("type") not in (None, "custom"):
            kind = tool["type"]
            raise _bad(f"{where}: Anthropic's server tool {kind!r} is not supported.", where)
        function: Json = {"name": tool["name"]}
        if tool.get("description"):
            function["description"] = tool["description"]
        function["parameters"] = tool.get("input_schema") or {"type": "object", "properties": {}}
        out.append({"type": "function", "function": function})
    return out


def _tool_choice(choice: Any, out: Json) -> None:
    kind = choice.get("type") if isinstance(choice, dict) else None
    if kind == "tool":
        name = choice.get("name")
        if not isinstance(name, str):
            raise _bad("tool_choice.name: Field required.", "tool_choice")
        out["tool_choice"] = {"type": "function", "function": {"name": name}}
    elif kind in _TOOL_CHOICES:
        out["tool_choice"] = _TOOL_CHOICES[kind]
    else:
        raise _bad("tool_choice: type must be auto, any, tool or none.", "tool_choice")
    if choice.get("disable_parallel_tool_use") is True and kind != "none":
        out["parallel_tool_calls"] = False


def message_from_chat(completion: Json) -> Json:
    """A chat completion as an Anthropic message."""
    choices = completion.get("choices") or [{}]
    choice = choices[0]
    message = choice.get("message") or {}
    content: list[Json] = list(message.get("thinking_blocks") or ())
    reasoning = message.get("reasoning_content")
    if reasoning and not content:  # an upstream's reasoning text, unsigned
        content.append({"type": "thinking", "thinking": reasoning, "signature": ""})
    text = message.get("content")
    if text:
        content.append({"type": "text", "text": text})
    for call in message.get("tool_calls") or ():
        function = call.get("function") or {}
        content.append(
            {
                "type": "tool_use",
                "id": call.get("id") or "",
                "name": function.get("name") or "",
                "input": _arguments(function.get("arguments")),
            }
        )
    return {
        "id": _message_id(completion.get("id")),
        "type": "message",
        "role": "assistant",
        "model": completion.get("model") or "",
        "content": content,
        "stop_reason": _STOP_REASONS.get(choice.get("finish_reason") or "stop", "end_turn"),
        "stop_sequence": None,
        "usage": _usage(completion.get("usage")),
    }


def _message_id(chat_id: Any) -> str:
    text = str(chat_id or "")
    return text if text.startswith("msg_") else f"msg_{text.removeprefix('chatcmpl-')}"


def _arguments(arguments: Any) -> Json:
    if isinstance(arguments, dict):
        return arguments
    try:
        parsed = orjson.loads(arguments or "{}")
    except orjson.JSONDecodeError:
        return {"_raw_arguments": arguments}
    return parsed if isinstance(parsed, dict) else {"value": parsed}


def _usage(usage: Any) -> Json:
    """Chat usage in Anthropic's terms, where cache reads and writes are not input tokens."""
    usage = usage if isinstance(usage, dict) else {}
    details = usage.get("prompt_tokens_details")
    read = int((details.get("cached_tokens") if isinstance(details, dict) else 0) or 0)
    written = int(usage.get("cache_creation_input_tokens") or 0)
    out: Json = {
        "input_tokens": max(int(usage.get("prompt_tokens") or 0) - read - written, 0),
        "output_tokens": int(usage.get("completion_tokens") or 0),
    }
    if read:
        out["cache_read_input_tokens"] = read
    if written:
        out["cache_creation_input_tokens"] = written
    return out


def error_body(status: int, openai_error: bytes) -> bytes:
    """An OpenAI-shaped error body in Anthropic's envelope, its type by HTTP status."""
    message = _error_message(openai_error)
    kind = _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return orjson.dumps({"type": "error", "error": {"type": kind, "message": message}})


def _error_message(openai_error: bytes) -> str:
    try:
        error = orjson.loads(openai_error)["error"]
        return str(error["message"])
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return openai_error.decode("utf-8", "replace") or "Error."


_TEXT_DELTA = b'event: content_block_delta\ndata: {"type":"content_block_delta","index":'
_TEXT_DELTA_MID = b',"delta":{"type":"text_delta","text":'


def _event(name: str, data: Json) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


class MessagesStream(ChatStream):
    """A chat completions stream as Anthropic's event sequence: message_start, each content
    block's start, deltas and stop, message_delta (stop reason, usage), message_stop; an
    ``error`` event where the stream was cut."""

    def __init__(self) -> None:
        super().__init__()
        self._block = -1  # the open content block's index; -1: none open
        self._kind = ""  # the open block's type
        self._tool_blocks: dict[int, int] = {}  # a tool call's index -> its block's index

    def on_start(self, chunk: Json) -> bytes:
        message: Json = {
            "id": _message_id(chunk.get("id")),
            "type": "message",
            "role": "assistant",
            "model": chunk.get("model") or "",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return _event("message_start", {"type": "message_start", "message": message})

    def _open(self, kind: str, block: Json) -> bytes:
        out = self._close()
        self._block += 1
        self._kind = kind
        start = {"type": "content_block_start", "index": self._block, "content_block": block}
        return out + _event("content_block_start", start)

    def _close(self) -> bytes:
        if not self._kind:
            return b""
        self._kind = ""
        return _event("content_block_stop", {"type": "content_block_stop", "index": self._block})

    def _block_delta(self, index: int, delta: Json) -> bytes:
        return _event(
            "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
        )

    def on_reasoning(self, text: str) -> bytes:
        out = b""
        if self._kind != "thinking":
            out = self._open("thinking", {"type": "thinking", "thinking": "", "signature": ""})
        return out + self._block_delta(self._block, {"type": "thinking_delta", "thinking": text})

    def on_thinking_block(self, block: Json) -> bytes:
        if block.get("type") == "redacted_thinking":
            return self._open("redacted_thinking", block)
        signature = block.get("signature")
        if not signature:
            return b""
        out = b""
        if self._kind != "thinking":
            out = self._open("thinking", {"type": "thinking", "thinking": "", "signature": ""})
        delta = {"type": "signature_delta", "signature": signature}
        return out + self._block_delta(self._block, delta)

    def on_text(self, text: str) -> bytes:
        out = b""
        if self._kind != "text":
            out = self._open("text", {"type": "text", "text": ""})
        # The commonest event of all, written without building its dict.
        delta = orjson.dumps(text)
        return out + b"%s%d%s%s}}\n\n" % (_TEXT_DELTA, self._block, _TEXT_DELTA_MID, delta)

    def on_tool_start(self, call: ToolCall) -> bytes:
        block = {"type": "tool_use", "id": call.id, "name": call.name, "input": {}}
        out = self._open("tool_use", block)
        self._tool_blocks[call.index] = self._block
        return out

    def on_tool_arguments(self, call: ToolCall, delta: str) -> bytes:
        block = self._tool_blocks.get(call.index, self._block)
        return self._block_delta(block, {"type": "input_json_delta", "partial_json": delta})

    def on_end(self) -> bytes:
        usage = _usage(self.usage)
        stop = _STOP_REASONS.get(self.finish_reason or "stop", "end_turn")
        delta = {
            "type": "message_delta",
            "delta": {"stop_reason": stop, "stop_sequence": None},
            "usage": usage,
        }
        return (
            self._close()
            + _event("message_delta", delta)
            + _event("message_stop", {"type": "message_stop"})
        )

    def on_error(self, status: int, error: bytes) -> bytes:
        return b"event: error\ndata: " + error_body(status, error) + b"\n\n"


class MessagesExchange:
    """One ``/v1/messages`` request (see :class:`lmops.gateway.ingress.adapter.Exchange`)."""

    def __init__(self, body: Json, anthropic_groups: frozenset[str]) -> None:
        self.chat = chat_request(body, body.get("model") in anthropic_groups)

    async def answer(self, completion: Json) -> Json:
        return message_from_chat(completion)

    def error(self, status: int, body: bytes) -> bytes:
        return error_body(status, body)

    def stream(self) -> ChatStream:
        return MessagesStream()

    async def stream_ended(self, stream: ChatStream) -> None:
        return None
