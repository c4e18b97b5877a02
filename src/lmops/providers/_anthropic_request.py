"""OpenAI chat completion bodies rewritten as Anthropic Messages requests.

Every OpenAI chat parameter is accounted for (the tables below): translated, ignored because it
cannot change the answer, or refused with a 400 naming it unless it has its no-op value. A key
that is not an OpenAI parameter is forwarded untouched, as Anthropic's own (``top_k``), so
nothing a client sends is silently dropped. ``response_format`` becomes a forced tool whose
input is the answer; the provider turns that tool call back into message content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from lmops.errors import GatewayError
from lmops.providers._translate import add_the_rest, unset

__all__ = ["Json", "MessagesRequest", "messages_request"]

Json = dict[str, Any]

# Anthropic requires max_tokens; OpenAI clients usually leave it out.
_DEFAULT_MAX_TOKENS = 4096
_TOOL_CHOICES = {"auto": "auto", "none": "none", "required": "any"}
# The forced tool behind response_format {"type": "json_object"}.
_JSON_OBJECT_TOOL = "json_response"
_ANSWER_DESCRIPTION = "Reply through this tool: its input is your whole answer, as JSON."
_ONE_CALL = {"disable_parallel_tool_use": True}

# Read by messages_request itself.
_TRANSLATED = frozenset(
    {
        "model",
        "messages",
        "max_tokens",
        "max_completion_tokens",
        "temperature",
        "top_p",
        "stop",
        "user",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
        "stream",
    }
)
# OpenAI parameters that change how a call is billed, stored or reported, never its answer.
_IGNORED = frozenset(
    {
        "stream_options",  # the provider reads include_usage from the client's body
        "metadata",  # OpenAI's stored-completion tags, not Anthropic's metadata
        "store",
        "service_tier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "safety_identifier",
        "prediction",  # a latency hint: the answer is the same without it
    }
)


def _zero(value: Any) -> bool:
    return value is None or (type(value) in (int, float) and value == 0)


def _false(value: Any) -> bool:
    return value is None or value is False


def _one(value: Any) -> bool:
    return value is None or (type(value) is int and value == 1)


def _empty(value: Any) -> bool:
    return value is None or value == {} or value == []


def _text_only(value: Any) -> bool:
    return value is None or value == ["text"]


def _no_function_call(value: Any) -> bool:
    return value is None or value in ("none", "auto")


# OpenAI parameters the Messages API has no equivalent for: refused unless at their no-op value.
_UNSUPPORTED: dict[str, Callable[[Any], bool]] = {
    "n": _one,
    "seed": unset,
    "logprobs": _false,
    "top_logprobs": _zero,
    "logit_bias": _empty,
    "presence_penalty": _zero,
    "frequency_penalty": _zero,
    "audio": unset,
    "modalities": _text_only,
    "reasoning_effort": unset,
    "verbosity": unset,
    "web_search_options": unset,
    "functions": _empty,
    "function_call": _no_function_call,
}
_HANDLED = _TRANSLATED | _IGNORED


@dataclass(frozen=True, slots=True)
class MessagesRequest:
    """A Messages API body, and the forced tool whose input is the answer, if any."""

    body: Json
    answer_tool: str | None = None


def messages_request(body: Json, model: str, stream: bool) -> MessagesRequest:
    """Translate an OpenAI chat body; raise a 400 ``GatewayError`` for what cannot be."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        raise GatewayError.bad_request("messages must be a list", param="messages")
    system, turns = _split_messages(messages)
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    out: Json = {"model": model, "messages": turns, "max_tokens": max_tokens or _DEFAULT_MAX_TOKENS}
    if system:
        out["system"] = system
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = body.get("stop")
    if stop:
        out["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    if body.get("user"):
        out["metadata"] = {"user_id": str(body["user"])}
    answer = _answer_tool(body.get("response_format"))
    if answer is not None:
        if body.get("tools"):
            raise GatewayError.bad_request(
                "provider anthropic cannot combine response_format with tools: the format is "
                "itself a forced tool; send one or the other",
                param="response_format",
                code="unsupported_parameter",
            )
        out["tools"] = [answer]
        # One call exactly: its input is the whole answer.
        out["tool_choice"] = {"type": "tool", "name": answer["name"], **_ONE_CALL}
    elif body.get("tools"):
        out["tools"] = [_tool(t) for t in body["tools"]]
        choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
        if choice:
            out["tool_choice"] = choice
    add_the_rest(body, out, _HANDLED, _UNSUPPORTED, "anthropic", "Messages API")
    if stream:
        out["stream"] = True
    return MessagesRequest(out, None if answer is None else answer["name"])


def _answer_tool(response_format: Any) -> Json | None:
    """The forced tool that carries a JSON answer; None for plain text."""
    if response_format is None:
        return None
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        any_object = {"type": "object"}
        return {
            "name": _JSON_OBJECT_TOOL,
            "description": _ANSWER_DESCRIPTION,
            "input_schema": any_object,
        }
    if kind != "json_schema":
        raise GatewayError.bad_request(
            "response_format type must be text, json_object or json_schema",
            param="response_format",
        )
    spec = response_format.get("json_schema")
    name = spec.get("name") if isinstance(spec, dict) else None
    if not isinstance(spec, dict) or not isinstance(name, str) or not name:
        raise GatewayError.bad_request(
            "response_format json_schema needs a name", param="response_format"
        )
    schema = spec.get("schema") or {"type": "object"}
    # Anthropic's tool input is always an object, as OpenAI's structured output root must be.
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        raise GatewayError.bad_request(
            "provider anthropic needs a response_format schema whose root is an object",
            param="response_format",
            code="unsupported_parameter",
        )
    description = spec.get("description") or _ANSWER_DESCRIPTION
    return {"name": name, "description": description, "input_schema": schema}


def _split_messages(messages: list[Any]) -> tuple[str | list[Json], list[Json]]:
    """System/developer text goes to the top-level ``system``; same-role turns are merged."""
    system: list[Json] = []
    turns: list[Json] = []
    for msg in messages:
        if not isinstance(msg, dict):
            raise GatewayError.bad_request("each message must be an object", param="messages")
        role = msg.get("role")
        if role in ("system", "developer"):
            system.extend(_content_blocks(msg.get("content")))
            continue
        if role == "tool":
            role, blocks = "user", [_tool_result(msg)]
        elif role in ("user", "assistant"):
            blocks = _content_blocks(msg.get("content"))
            if role == "assistant":
                # Extended thinking with tools needs the turn's signed thinking back, first.
                blocks = _thinking_blocks(msg.get("thinking_blocks")) + blocks
                blocks += [_tool_use(call) for call in msg.get("tool_calls") or []]
        else:
            raise GatewayError.bad_request(f"unsupported message role {role!r}", param="messages")
        if not blocks:
            continue
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    # A plain string unless a block carries cache_control, which only the block form can hold.
    if any("cache_control" in b for b in system):
        return system, turns
    return "\n\n".join(b["text"] for b in system if b.get("type") == "text"), turns


def _thinking_blocks(blocks: Any) -> list[Json]:
    """An assistant message's ``thinking_blocks`` (as the provider answered them, LiteLLM's
    name): Anthropic's ``thinking`` (with its signature) and ``redacted_thinking`` blocks."""
    if blocks is None:
        return []
    out: list[Json] = []
    for block in blocks if isinstance(blocks, list) else [None]:
        if not isinstance(block, dict):
            block = {}
        kind = block.get("type")
        if kind == "thinking":
            out.append(
                {
                    "type": kind,
                    "thinking": block.get("thinking", ""),
                    "signature": block.get("signature", ""),
                }
            )
        elif kind == "redacted_thinking":
            out.append({"type": kind, "data": block.get("data", "")})
        else:
            raise GatewayError.bad_request(
                "thinking_blocks holds thinking and redacted_thinking blocks only",
                param="messages",
            )
    return out


def _content_blocks(content: Any) -> list[Json]:
    if content is None:
        return []
    if isinstance(content, str):
        # Anthropic rejects empty text blocks, so an empty message adds nothing.
        return [{"type": "text", "text": content}] if content else []
    if not isinstance(content, list):
        raise GatewayError.bad_request("message content must be a string or a list of parts")
    blocks = []
    for part in content:
        block = _part_block(part)
        if block is None:
            continue
        if isinstance(part, dict) and "cache_control" in part:
            block["cache_control"] = part["cache_control"]
        blocks.append(block)
    return blocks


def _part_block(part: Any) -> Json | None:
    kind = part.get("type") if isinstance(part, dict) else None
    if kind == "text":
        text = part.get("text") or ""
        return {"type": "text", "text": text} if text else None
    if kind == "image_url":
        image = part.get("image_url")
        url = image.get("url") if isinstance(image, dict) else image
        if not isinstance(url, str):
            raise GatewayError.bad_request("image_url part needs a url")
        return {"type": "image", "source": _source(url)}
    if kind == "file":
        data = (part.get("file") or {}).get("file_data")
        if not isinstance(data, str) or not data.startswith("data:"):
            raise GatewayError.bad_request("provider anthropic needs file parts as file_data")
        return {"type": "document", "source": _source(data)}
    raise GatewayError.bad_request(f"provider anthropic does not support content part {kind!r}")


def _source(url: str) -> Json:
    if url.startswith(("http://", "https://")):
        return {"type": "url", "url": url}
    header, sep, data = url.partition(",")
    if not (header.startswith("data:") and header.endswith(";base64") and sep):
        raise GatewayError.bad_request("images and files must be http(s) or base64 data: URLs")
    return {"type": "base64", "media_type": header[5:-7], "data": data}


def _tool_use(call: Any) -> Json:
    fn = call.get("function") if isinstance(call, dict) else None
    if not isinstance(fn, dict) or not fn.get("name"):
        raise GatewayError.bad_request("tool_calls entries need a function name")
    args = fn.get("arguments") or {}
    if isinstance(args, str):
        try:
            args = orjson.loads(args)
        except orjson.JSONDecodeError:
            raise GatewayError.bad_request("tool call arguments are not valid JSON") from None
    if not isinstance(args, dict):
        raise GatewayError.bad_request("tool call arguments must be a JSON object")
    return {"type": "tool_use", "id": call.get("id"), "name": fn["name"], "input": args}


def _tool_result(msg: Json) -> Json:
    content = msg.get("content")
    result: Json = {"type": "tool_result", "tool_use_id": msg.get("tool_call_id")}
    if isinstance(content, str):
        result["content"] = content
    elif content is not None:
        result["content"] = _content_blocks(content)
    return result


def _tool(tool: Any) -> Json:
    fn = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(fn, dict) or tool.get("type") != "function" or not fn.get("name"):
        raise GatewayError.bad_request("provider anthropic supports only function tools")
    out: Json = {
        "name": fn["name"],
        "input_schema": fn.get("parameters") or {"type": "object", "properties": {}},
    }
    if fn.get("description"):
        out["description"] = fn["description"]
    return out


def _tool_choice(choice: Any, parallel: Any) -> Json | None:
    if isinstance(choice, str):
        if choice not in _TOOL_CHOICES:
            raise GatewayError.bad_request(f"unknown tool_choice {choice!r}", param="tool_choice")
        out: Json = {"type": _TOOL_CHOICES[choice]}
    elif isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if not name:
            raise GatewayError.bad_request("tool_choice needs a function name", param="tool_choice")
        out = {"type": "tool", "name": name}
    elif parallel is False:
        out = {"type": "auto"}
    else:
        return None
    if parallel is False and out["type"] != "none":
        out["disable_parallel_tool_use"] = True
    return out
