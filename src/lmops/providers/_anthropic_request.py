"""OpenAI chat completion bodies rewritten as Anthropic Messages requests."""

from __future__ import annotations

from typing import Any

import orjson

from lmops.errors import GatewayError

__all__ = ["Json", "messages_request"]

Json = dict[str, Any]

# Anthropic requires max_tokens; OpenAI clients usually leave it out.
_DEFAULT_MAX_TOKENS = 4096
_TOOL_CHOICES = {"auto": "auto", "none": "none", "required": "any"}


def messages_request(body: Json, model: str, stream: bool) -> Json:
    n = body.get("n")
    if isinstance(n, int) and n > 1:
        raise GatewayError.bad_request("provider anthropic does not support n > 1", param="n")
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
    if body.get("tools"):
        out["tools"] = [_tool(t) for t in body["tools"]]
        choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
        if choice:
            out["tool_choice"] = choice
    if stream:
        out["stream"] = True
    return out


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
