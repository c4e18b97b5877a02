"""OpenAI chat completion bodies rewritten as Gemini ``generateContent`` requests.

Every OpenAI chat parameter is accounted for (the tables below): translated, ignored because it
cannot change the answer, or refused with a 400 naming it unless it has its no-op value. A key
that is not an OpenAI parameter is forwarded untouched, as Gemini's own (``cachedContent``,
``safetySettings``); a ``generationConfig`` object from the client is merged into the one the
OpenAI parameters make (``thinkingConfig``, ``topK``), a key of both being a 400.

System and developer messages become ``systemInstruction``; assistant turns are ``model`` turns
whose tool calls are ``functionCall`` parts; tool messages are ``functionResponse`` parts named
after the call they answer. Gemini 3 models sign their function calls and refuse a history that
drops the signature, so a signature travels inside the tool call's id (:func:`tool_call_id`)
and is put back here.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Callable
from typing import Any

import orjson

from lmops.errors import GatewayError
from lmops.providers._gemini_schema import Json, gemini_schema
from lmops.providers._translate import add_the_rest, unset

__all__ = ["generate_request", "tool_call_id"]

_SIGNATURE = "__thought__"  # between a tool call's own id and its thought signature
_MODES = {"auto": "AUTO", "none": "NONE", "required": "ANY"}
# OpenAI's name and Gemini's, for the generationConfig fields that are the same number.
_SAME = (
    ("temperature", "temperature"),
    ("top_p", "topP"),
    ("n", "candidateCount"),
    ("seed", "seed"),
    ("presence_penalty", "presencePenalty"),
    ("frequency_penalty", "frequencyPenalty"),
)
# Read by generate_request itself.
_TRANSLATED = frozenset(
    {"model", "messages", "max_tokens", "max_completion_tokens", "stop", "stream"}
    | {"tools", "tool_choice", "response_format", "generationConfig"}
    | {openai for openai, _ in _SAME}
)
# OpenAI parameters that change how a call is billed, stored or reported, never its answer.
_IGNORED = frozenset(
    {
        "stream_options",  # the provider reads include_usage from the client's body
        "metadata",
        "store",
        "service_tier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "safety_identifier",
        "user",
        "prediction",
    }
)


def _empty(value: Any) -> bool:
    return value is None or value == {} or value == []


# OpenAI parameters Gemini has no equivalent for: refused unless at their no-op value.
_UNSUPPORTED: dict[str, Callable[[Any], bool]] = {
    "parallel_tool_calls": lambda v: v is None or v is True,
    "logprobs": lambda v: v is None or v is False,
    "top_logprobs": lambda v: v is None or (type(v) is int and v == 0),
    "logit_bias": _empty,
    "audio": unset,
    "modalities": lambda v: v is None or v == ["text"],
    "reasoning_effort": unset,  # Gemini's thinkingConfig goes in generationConfig instead
    "verbosity": unset,
    "web_search_options": unset,
    "functions": _empty,
    "function_call": lambda v: v is None or v in ("none", "auto"),
}
_HANDLED = _TRANSLATED | _IGNORED


def tool_call_id(own_id: str | None, signature: str | None) -> str:
    """The OpenAI id of a Gemini function call: its own id (or a new one), and its signature."""
    base = own_id or f"call_{uuid.uuid4().hex[:24]}"
    return f"{base}{_SIGNATURE}{signature}" if signature else base


def generate_request(body: Json, safety_settings: list[Json]) -> Json:
    """Translate an OpenAI chat body; raise a 400 ``GatewayError`` for what cannot be."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        raise GatewayError.bad_request("messages must be a list", param="messages")
    system, contents = _contents(messages)
    out: Json = {"contents": contents}
    if system:
        out["systemInstruction"] = {"parts": system}
    if body.get("tools"):
        out["tools"] = [{"functionDeclarations": [_function(t) for t in body["tools"]]}]
        config = _tool_config(body.get("tool_choice"))
        if config:
            out["toolConfig"] = config
    generation = _generation_config(body)
    if generation:
        out["generationConfig"] = generation
    if safety_settings:
        out["safetySettings"] = safety_settings
    add_the_rest(
        body,
        out,
        _HANDLED,
        _UNSUPPORTED,
        "gemini",
        "Gemini API",
        "what the OpenAI parameters and the deployment's options translate to",
    )
    return out


def _generation_config(body: Json) -> Json:
    config: Json = {}
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    if max_tokens:
        config["maxOutputTokens"] = max_tokens
    for openai, gemini in _SAME:
        if body.get(openai) is not None:
            config[gemini] = body[openai]
    stop = body.get("stop")
    if stop:
        config["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    config.update(_response_format(body.get("response_format")))
    extra = body.get("generationConfig")
    if extra is not None:
        if not isinstance(extra, dict):
            raise GatewayError.bad_request(
                "generationConfig must be an object", param="generationConfig"
            )
        both = sorted(config.keys() & extra.keys())
        if both:
            raise GatewayError.bad_request(
                f"generationConfig.{both[0]} conflicts with what the OpenAI parameters "
                "translate to; send one or the other",
                param="generationConfig",
            )
        config.update(extra)
    return config


def _response_format(response_format: Any) -> Json:
    if response_format is None:
        return {}
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind == "text":
        return {}
    if kind == "json_object":
        return {"responseMimeType": "application/json"}
    if kind != "json_schema":
        raise GatewayError.bad_request(
            "response_format type must be text, json_object or json_schema",
            param="response_format",
        )
    spec = response_format.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    if schema is None:
        return {"responseMimeType": "application/json"}
    return {
        "responseMimeType": "application/json",
        "responseSchema": gemini_schema(schema, "response_format"),
    }


# --- messages -----------------------------------------------------------------------------------


def _contents(messages: list[Any]) -> tuple[list[Json], list[Json]]:
    """System text parts, and the turns, same-role neighbours merged (Gemini alternates)."""
    system: list[Json] = []
    contents: list[Json] = []
    names: dict[str, str] = {}  # tool call id -> function name, which a response must repeat
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise GatewayError.bad_request("each message must be an object", param="messages")
        role = msg.get("role")
        where = f"messages[{i}]"
        if role in ("system", "developer"):
            system.extend(_system_parts(msg.get("content"), where))
            continue
        if role == "user":
            turn, parts = "user", _parts(msg.get("content"), where)
        elif role == "assistant":
            turn, parts = "model", _parts(msg.get("content"), where)
            parts += [_function_call(c, names, where) for c in msg.get("tool_calls") or []]
        elif role == "tool":
            turn, parts = "user", [_function_response(msg, names, where)]
        else:
            raise GatewayError.bad_request(
                f"provider gemini does not support message role {role!r}", param=where
            )
        if not parts:
            continue
        if contents and contents[-1]["role"] == turn:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": turn, "parts": parts})
    return system, contents


def _system_parts(content: Any, where: str) -> list[Json]:
    parts = _parts(content, where)
    if any("text" not in p for p in parts):
        raise GatewayError.bad_request(
            "provider gemini takes only text in system messages", param=f"{where}.content"
        )
    return parts


def _parts(content: Any, where: str) -> list[Json]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"text": content}] if content else []  # Gemini refuses an empty part
    if not isinstance(content, list):
        raise GatewayError.bad_request(
            "message content must be a string or a list of parts", param=f"{where}.content"
        )
    parts = []
    for j, item in enumerate(content):
        part = _part(item, f"{where}.content[{j}]")
        if part is not None:
            parts.append(part)
    return parts


def _part(item: Any, where: str) -> Json | None:
    kind = item.get("type") if isinstance(item, dict) else None
    if kind in ("text", "refusal"):
        text = item.get(kind) or ""
        return {"text": text} if text else None
    if kind == "image_url":
        image = item.get("image_url")
        url = image.get("url") if isinstance(image, dict) else image
        if not isinstance(url, str):
            raise GatewayError.bad_request("image_url part needs a url", param=where)
        return _media(url, where)
    if kind == "input_audio":
        audio = item.get("input_audio") or {}
        data, form = audio.get("data"), audio.get("format")
        if not isinstance(data, str) or not isinstance(form, str):
            raise GatewayError.bad_request("input_audio needs data and format", param=where)
        return {"inlineData": {"mimeType": f"audio/{form}", "data": data}}
    if kind == "file":
        data = (item.get("file") or {}).get("file_data")
        if not isinstance(data, str) or not data.startswith("data:"):
            raise GatewayError.bad_request(
                "provider gemini needs file parts as file_data (a data: URL)", param=where
            )
        return _media(data, where)
    raise GatewayError.bad_request(
        f"provider gemini does not support content part {kind!r}", param=where
    )


def _media(url: str, where: str) -> Json:
    """A data: URL is sent inline; a URL Gemini fetches itself (gs://, https://) by reference."""
    if url.startswith(("http://", "https://", "gs://")):
        reference: Json = {"fileUri": url}
        mime, _ = mimetypes.guess_type(url.partition("?")[0])
        if mime:
            reference["mimeType"] = mime
        return {"fileData": reference}
    header, sep, data = url.partition(",")
    if not (header.startswith("data:") and header.endswith(";base64") and sep):
        raise GatewayError.bad_request(
            "images and files must be http(s), gs:// or base64 data: URLs", param=where
        )
    return {"inlineData": {"mimeType": header[5:-7], "data": data}}


def _function_call(call: Any, names: dict[str, str], where: str) -> Json:
    fn = call.get("function") if isinstance(call, dict) else None
    if not isinstance(fn, dict) or not isinstance(fn.get("name"), str) or not fn["name"]:
        raise GatewayError.bad_request(
            "tool_calls entries need a function name", param=f"{where}.tool_calls"
        )
    args = fn.get("arguments") or {}
    if isinstance(args, str):
        try:
            args = orjson.loads(args)
        except orjson.JSONDecodeError:
            args = None
    if not isinstance(args, dict):
        raise GatewayError.bad_request(
            "tool call arguments must be a JSON object", param=f"{where}.tool_calls"
        )
    part: Json = {"functionCall": {"name": fn["name"], "args": args}}
    call_id = call.get("id")
    if isinstance(call_id, str):
        names[call_id] = fn["name"]
        signature = call_id.partition(_SIGNATURE)[2]
        if signature:
            part["thoughtSignature"] = signature
    return part


def _function_response(msg: Json, names: dict[str, str], where: str) -> Json:
    call_id = msg.get("tool_call_id")
    name = names.get(call_id) if isinstance(call_id, str) else None
    if name is None:
        raise GatewayError.bad_request(
            "a tool message must answer a tool call of an earlier assistant message (Gemini "
            "names the function it answers)",
            param=f"{where}.tool_call_id",
        )
    content = msg.get("content")
    if isinstance(content, list):
        content = "".join(p.get("text") or "" for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        raise GatewayError.bad_request("tool message content must be text", param=where)
    # Gemini reads the "output" key of a function response as the function's result.
    return {"functionResponse": {"name": name, "response": {"output": content}}}


# --- tools ----------------------------------------------------------------------------------------


def _function(tool: Any) -> Json:
    fn = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(fn, dict) or tool.get("type") != "function" or not fn.get("name"):
        raise GatewayError.bad_request(
            "provider gemini supports only function tools", param="tools"
        )
    out: Json = {"name": fn["name"]}
    if fn.get("description"):
        out["description"] = fn["description"]
    parameters = fn.get("parameters")
    # Gemini refuses an object schema without properties: a function of no arguments has none.
    if isinstance(parameters, dict) and parameters.get("properties"):
        out["parameters"] = gemini_schema(parameters, "tools")
    return out


def _tool_config(choice: Any) -> Json | None:
    if choice is None:
        return None
    if isinstance(choice, str):
        if choice not in _MODES:
            raise GatewayError.bad_request(f"unknown tool_choice {choice!r}", param="tool_choice")
        return {"functionCallingConfig": {"mode": _MODES[choice]}}
    name = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
    if not isinstance(name, str) or not name:
        raise GatewayError.bad_request("tool_choice needs a function name", param="tool_choice")
    return {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": [name]}}
