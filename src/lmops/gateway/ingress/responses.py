"""OpenAI Responses (``POST /v1/responses``) to chat completions and back.

Input items (messages, function calls and their outputs), ``instructions``, function tools,
``tool_choice``, ``text.format`` (structured output), sampling and ``max_output_tokens`` become
a chat request; the chat answer becomes a response with ``message`` and ``function_call`` output
items, streamed as ``response.*`` events. ``previous_response_id`` continues a conversation the
gateway stored (:mod:`.response_store`): per tenant, for ``settings.responses.ttl`` seconds.
Built-in tools (web search, file search, ...) run inside OpenAI's service only, so they are
refused with a 400 that names them, as is any other field this translation cannot honour.
"""

from __future__ import annotations

import time
from typing import Any

import orjson
import structlog

from lmops.errors import GatewayError
from lmops.gateway.handlers import new_request_id
from lmops.gateway.ingress.response_store import ResponseStore, Stored
from lmops.gateway.ingress.sse import ChatStream, ToolCall

__all__ = ["ResponsesExchange", "ResponsesStream", "chat_request"]

Json = dict[str, Any]
log = structlog.get_logger("lmops.gateway")

# Read by chat_request; the ones after "store" are echoed or ignored, never forwarded.
_KNOWN = frozenset(
    {
        "model",
        "input",
        "instructions",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "temperature",
        "top_p",
        "max_output_tokens",
        "stream",
        "text",
        "reasoning",
        "user",
        "previous_response_id",
        "store",
        "metadata",  # echoed on the response
        "stream_options",  # the chat stream always carries usage
        "truncation",  # "disabled" is the only behaviour: checked below
        "service_tier",
        "prompt_cache_key",
        "safety_identifier",
        "include",
    }
)
_TEXT_DELTA = (
    b"event: response.output_text.delta\n"
    b'data: {"type":"response.output_text.delta","sequence_number":%d,"item_id":"%s",'
    b'"output_index":%d,"content_index":0,"delta":%s,"logprobs":[]}\n\n'
)
_ROLES = frozenset({"user", "assistant", "system", "developer"})


def _bad(message: str, param: str | None = None) -> GatewayError:
    return GatewayError.bad_request(message, param=param)


def chat_request(body: Json, history: list[Json]) -> tuple[Json, list[Json]]:
    """The chat body for a Responses request, and the conversation so far without the
    instructions (what a later ``previous_response_id`` continues). ``history`` is the stored
    conversation of the previous response, if any."""
    unknown = sorted(set(body) - _KNOWN)
    if unknown:
        raise _bad(f"Unsupported parameter: '{unknown[0]}'.", unknown[0])
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise _bad("Missing required parameter: 'model'.", "model")
    if body.get("truncation") not in (None, "disabled"):
        raise _bad("truncation: only 'disabled' is supported.", "truncation")
    conversation = [*history, *_input(body.get("input"))]
    if not conversation:
        raise _bad("Missing required parameter: 'input'.", "input")
    messages = list(conversation)
    instructions = body.get("instructions")
    if instructions is not None:
        if not isinstance(instructions, str):
            raise _bad("instructions: must be a string.", "instructions")
        messages.insert(0, {"role": "system", "content": instructions})
    out: Json = {"model": model, "messages": messages}
    if body.get("stream") is True:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    for name in ("temperature", "top_p", "parallel_tool_calls", "user"):
        if body.get(name) is not None:
            out[name] = body[name]
    if body.get("max_output_tokens") is not None:
        out["max_tokens"] = body["max_output_tokens"]
    tools = body.get("tools")
    if tools:
        out["tools"] = _tools(tools)
    choice = body.get("tool_choice")
    if choice is not None:
        out["tool_choice"] = _tool_choice(choice)
    text = body.get("text")
    if text is not None:
        _text_format(text, out)
    reasoning = body.get("reasoning")
    if isinstance(reasoning, dict) and reasoning.get("effort") is not None:
        out["reasoning_effort"] = reasoning["effort"]
    return out, conversation


def _input(items: Any) -> list[Json]:
    if items is None:
        return []
    if isinstance(items, str):
        return [{"role": "user", "content": items}]
    if not isinstance(items, list):
        raise _bad("input: must be a string or a list of items.", "input")
    out: list[Json] = []
    for index, item in enumerate(items):
        where = f"input[{index}]"
        if not isinstance(item, dict):
            raise _bad(f"{where}: must be an object.", where)
        kind = item.get("type", "message")
        if kind == "message":
            out.append(_message(item, where))
        elif kind == "function_call":
            call = {
                "id": _string(item, "call_id", where),
                "type": "function",
                "function": {
                    "name": _string(item, "name", where),
                    "arguments": _string(item, "arguments", where),
                },
            }
            last = out[-1] if out else None
            if last is not None and last["role"] == "assistant" and "tool_calls" in last:
                last["tool_calls"].append(call)  # parallel calls: one assistant turn
            else:
                out.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            if not isinstance(output, str):
                output = orjson.dumps(output).decode()
            call_id = _string(item, "call_id", where)
            out.append({"role": "tool", "tool_call_id": call_id, "content": output})
        elif kind == "reasoning":
            continue  # an earlier turn's reasoning summary: the chat format has no place for it
        else:
            raise _bad(f"{where}.type: {kind!r} items are not supported.", where)
    return out


def _string(item: Json, name: str, where: str) -> str:
    value = item.get(name)
    if not isinstance(value, str):
        raise _bad(f"Missing required parameter: '{where}.{name}'.", f"{where}.{name}")
    return value


def _message(item: Json, where: str) -> Json:
    role = item.get("role")
    if role not in _ROLES:
        raise _bad(f"{where}.role: must be one of user, assistant, system, developer.", where)
    role = "system" if role == "developer" else role
    content = item.get("content")
    if isinstance(content, str):
        return {"role": role, "content": content}
    if not isinstance(content, list):
        raise _bad(f"{where}.content: must be a string or a list of parts.", where)
    parts: list[Json] = []
    for index, part in enumerate(content):
        at = f"{where}.content[{index}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("input_text", "output_text") and isinstance(part.get("text"), str):
            parts.append({"type": "text", "text": part["text"]})
        elif kind == "refusal" and isinstance(part.get("refusal"), str):
            parts.append({"type": "text", "text": part["refusal"]})
        elif kind == "input_image" and isinstance(part.get("image_url"), str):
            image: Json = {"url": part["image_url"]}
            if part.get("detail"):
                image["detail"] = part["detail"]
            parts.append({"type": "image_url", "image_url": image})
        else:
            raise _bad(f"{at}: a {kind!r} part is not supported.", at)
    if role != "user" or all(part["type"] == "text" for part in parts):
        return {"role": role, "content": "".join(part.get("text", "") for part in parts)}
    return {"role": role, "content": parts}


def _tools(tools: Any) -> list[Json]:
    if not isinstance(tools, list):
        raise _bad("tools: must be a list.", "tools")
    out = []
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        kind = tool.get("type") if isinstance(tool, dict) else None
        if kind != "function":
            raise _bad(
                f"{where}: the {kind!r} tool runs only inside OpenAI's service; "
                "the gateway serves function tools.",
                where,
            )
        function: Json = {"name": _string(tool, "name", where)}
        for name in ("description", "parameters", "strict"):
            if tool.get(name) is not None:
                function[name] = tool[name]
        out.append({"type": "function", "function": function})
    return out


def _tool_choice(choice: Any) -> Any:
    if choice in ("auto", "none", "required"):
        return choice
    if isinstance(choice, dict) and choice.get("type") == "function":
        return {"type": "function", "function": {"name": _string(choice, "name", "tool_choice")}}
    raise _bad("tool_choice: must be auto, none, required or a function.", "tool_choice")


def _text_format(text: Any, out: Json) -> None:
    form = text.get("format") if isinstance(text, dict) else None
    if form is None:
        return
    kind = form.get("type") if isinstance(form, dict) else None
    if kind == "text":
        return
    if kind == "json_object":
        out["response_format"] = {"type": "json_object"}
        return
    if kind == "json_schema":
        assert isinstance(form, dict)
        schema: Json = {"name": _string(form, "name", "text.format"), "schema": form.get("schema")}
        if form.get("strict") is not None:
            schema["strict"] = form["strict"]
        if form.get("description"):
            schema["description"] = form["description"]
        out["response_format"] = {"type": "json_schema", "json_schema": schema}
        return
    raise _bad("text.format.type: must be text, json_object or json_schema.", "text.format")


def _new_id(prefix: str) -> str:
    return f"{prefix}_{new_request_id()}"  # not secrets: os.urandom costs a thread switch


def _usage(usage: Any) -> Json:
    usage = usage if isinstance(usage, dict) else {}
    prompt = int(usage.get("prompt_tokens") or 0)
    completion = int(usage.get("completion_tokens") or 0)
    cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0
    reasoning = (usage.get("completion_tokens_details") or {}).get("reasoning_tokens") or 0
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": int(cached)},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": int(reasoning)},
        "total_tokens": prompt + completion,
    }


def _message_item(item_id: str, text: str, status: str = "completed") -> Json:
    content = [{"type": "output_text", "text": text, "annotations": []}] if text else []
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": content,
    }


def _call_item(call_id: str, name: str, arguments: str, status: str = "completed") -> Json:
    return {
        "type": "function_call",
        "id": f"fc_{call_id.removeprefix('call_')}",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


class ResponsesExchange:
    """One ``/v1/responses`` request (see :class:`lmops.gateway.ingress.adapter.Exchange`)."""

    def __init__(
        self, body: Json, history: list[Json], store: ResponseStore | None, tenant: str
    ) -> None:
        self.body = body
        self.chat, self._conversation = chat_request(body, history)
        self.id = _new_id("resp")
        self.created_at = int(time.time())
        self._store = store if body.get("store", True) is not False else None
        self._tenant = tenant

    def response(self, status: str, output: list[Json], usage: Json | None) -> Json:
        body = self.body
        text = body.get("text") or {"format": {"type": "text"}}
        reasons = {"incomplete": {"reason": "max_output_tokens"}}
        return {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "status": status,
            "error": None,
            "incomplete_details": reasons.get(status),
            "instructions": body.get("instructions"),
            "max_output_tokens": body.get("max_output_tokens"),
            "model": body["model"],
            "output": output,
            "parallel_tool_calls": body.get("parallel_tool_calls", True),
            "previous_response_id": body.get("previous_response_id"),
            "reasoning": body.get("reasoning") or {"effort": None, "summary": None},
            "store": self._store is not None,
            "temperature": body.get("temperature", 1.0),
            "text": text,
            "tool_choice": body.get("tool_choice", "auto"),
            "tools": body.get("tools") or [],
            "top_p": body.get("top_p", 1.0),
            "truncation": "disabled",
            "usage": usage,
            "user": body.get("user"),
            "metadata": body.get("metadata") or {},
        }

    async def _keep(self, message: Json, response: Json) -> None:
        if self._store is None:
            return
        conversation = [*self._conversation, message]
        try:
            await self._store.put(self.id, Stored(self._tenant, conversation, response))
        except Exception:  # the answer is good: only a follow-up on it will not be found
            log.warning("response_store_failed", response_id=self.id, exc_info=True)

    async def answer(self, completion: Json) -> Json:
        choice = (completion.get("choices") or [{}])[0]
        message = choice.get("message") or {}
        output = []
        text = message.get("content") or ""
        if text:
            output.append(_message_item(_new_id("msg"), text))
        calls = message.get("tool_calls") or []
        for call in calls:
            function = call.get("function") or {}
            output.append(
                _call_item(
                    call.get("id") or "", function.get("name", ""), function.get("arguments", "")
                )
            )
        status = "incomplete" if choice.get("finish_reason") == "length" else "completed"
        response = self.response(status, output, _usage(completion.get("usage")))
        kept: Json = {"role": "assistant", "content": text or None}
        if calls:
            kept["tool_calls"] = calls
        await self._keep(kept, response)
        return response

    def error(self, status: int, body: bytes) -> bytes:
        return body  # the Responses API's errors are OpenAI's envelope already

    def stream(self) -> ChatStream:
        return ResponsesStream(self)

    async def stream_ended(self, stream: ChatStream) -> None:
        assert isinstance(stream, ResponsesStream)
        if stream.final is not None:
            kept: Json = {"role": "assistant", "content": stream.text or None}
            calls = [
                {
                    "id": c.id,
                    "type": "function",
                    "function": {"name": c.name, "arguments": c.arguments},
                }
                for c in stream.tool_calls.values()
            ]
            if calls:
                kept["tool_calls"] = calls
            await self._keep(kept, stream.final)


class ResponsesStream(ChatStream):
    """A chat completions stream as ``response.*`` events, each with its sequence number."""

    def __init__(self, exchange: ResponsesExchange) -> None:
        super().__init__()
        self._exchange = exchange
        self._sequence = 0
        self._items: list[Json] = []  # the output items, in order, as they stand
        self._open: Json | None = None  # the item still growing
        self.final: Json | None = None  # the completed response, once the stream has ended

    def _event(self, kind: str, **fields: Any) -> bytes:
        data = {"type": kind, "sequence_number": self._sequence, **fields}
        self._sequence += 1
        return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"

    def on_start(self, chunk: Json) -> bytes:
        response = self._exchange.response("in_progress", [], None)
        return self._event("response.created", response=response) + self._event(
            "response.in_progress", response=response
        )

    def _add(self, item: Json) -> bytes:
        out = self._finish_item()
        self._open = item
        self._items.append(item)
        return out + self._event(
            "response.output_item.added", output_index=len(self._items) - 1, item=item
        )

    def _finish_item(self) -> bytes:
        item = self._open
        if item is None:
            return b""
        self._open = None
        index = len(self._items) - 1
        out = b""
        if item["type"] == "message":
            text = item.pop("_text")
            part = {"type": "output_text", "text": text, "annotations": []}
            where = {"item_id": item["id"], "output_index": index, "content_index": 0}
            out += self._event("response.output_text.done", **where, text=text)
            out += self._event("response.content_part.done", **where, part=part)
            item["content"] = [part]
        else:
            out += self._event(
                "response.function_call_arguments.done",
                item_id=item["id"],
                output_index=index,
                arguments=item["arguments"],
            )
        item["status"] = "completed"
        return out + self._event("response.output_item.done", output_index=index, item=item)

    def on_text(self, text: str) -> bytes:
        out = b""
        item = self._open
        if item is None or item["type"] != "message":
            item = _message_item(_new_id("msg"), "", "in_progress")
            out += self._add(item)
            item["_text"] = ""
            part = {"type": "output_text", "text": "", "annotations": []}
            out += self._event(
                "response.content_part.added",
                item_id=item["id"],
                output_index=len(self._items) - 1,
                content_index=0,
                part=part,
            )
        item["_text"] += text
        # The commonest event of all, written without building its dict.
        self._sequence += 1
        return out + _TEXT_DELTA % (
            self._sequence - 1,
            item["id"].encode(),
            len(self._items) - 1,
            orjson.dumps(text),
        )

    def on_tool_start(self, call: ToolCall) -> bytes:
        return self._add(_call_item(call.id, call.name, "", "in_progress"))

    def on_tool_arguments(self, call: ToolCall, delta: str) -> bytes:
        item = self._open
        if item is None or item["type"] != "function_call":
            return b""  # arguments for a call already closed: kept in the call, not re-sent
        item["arguments"] += delta
        return self._event(
            "response.function_call_arguments.delta",
            item_id=item["id"],
            output_index=len(self._items) - 1,
            delta=delta,
        )

    def on_end(self) -> bytes:
        out = self._finish_item()
        status = "incomplete" if self.finish_reason == "length" else "completed"
        self.final = self._exchange.response(status, self._items, _usage(self.usage))
        return out + self._event(f"response.{status}", response=self.final)

    def on_error(self, status: int, error: bytes) -> bytes:
        try:
            detail = orjson.loads(error)["error"]
        except (orjson.JSONDecodeError, KeyError, TypeError):
            detail = {"message": "The upstream failed.", "code": "upstream_error"}
        code = detail.get("code") or detail.get("type") or "server_error"
        message = detail.get("message") or "The upstream failed."
        failed = self._exchange.response("failed", self._items, _usage(self.usage))
        failed["error"] = {"code": code, "message": message}
        return self._event(
            "error", code=code, message=message, param=detail.get("param")
        ) + self._event("response.failed", response=failed)
