"""The types and ranges of the OpenAI request parameters, checked as one table per endpoint.

This is the request path, so there is no model of the whole body: the required field and the
messages are walked once, then each top-level field costs one dict lookup and, when it has a
rule, one predicate call. A parameter may be ``null`` (OpenAI's schema makes them nullable);
fields without a rule, including ones OpenAI may add later, are forwarded unchecked. Each
refusal is a 400 whose ``param`` is the path of the offending field (``messages[2].content``).

Python's ``bool`` is an ``int``; JSON's ``true`` is no number. So every check here compares
``type(value)`` exactly instead of calling ``isinstance``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lmops.errors import GatewayError

__all__ = ["FORBIDDEN_FIELDS", "ROLES", "check_params"]

# Anything that would let a client choose where a request goes or with which credential.
FORBIDDEN_FIELDS = frozenset(
    {
        "api_base",
        "base_url",
        "api_key",
        "api_version",
        "api_type",
        "organization",
        "azure_endpoint",
        "azure_ad_token",
        "azure_deployment",
        "deployment_id",
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_session_token",
        "aws_region_name",
        "vertex_credentials",
        "vertex_project",
        "vertex_location",
        "custom_llm_provider",
        "litellm_params",
        "user_config",
        "extra_headers",
        "headers",
        "upstream_url",
        "endpoint",
        "proxy",
    }
)

Predicate = Callable[[Any], bool]
Rule = tuple[Predicate, str]  # the check, and what the field must be (for the message)

ROLES = ("system", "developer", "user", "assistant", "tool", "function")
_ROLE_SET = frozenset(ROLES)
_NUMBER = (int, float)
_INT, _STR, _LIST = {int}, {str}, {list}


def _bad(param: str, must_be: str) -> GatewayError:
    return GatewayError.bad_request(f"'{param}' must be {must_be}.", param=param)


def _int(lo: int, hi: int | None = None) -> Rule:
    if hi is None:
        return (lambda v: type(v) is int and v >= lo), f"an integer of at least {lo}"
    return (lambda v: type(v) is int and lo <= v <= hi), f"an integer from {lo} to {hi}"


def _number(lo: float, hi: float) -> Rule:
    return (lambda v: type(v) in _NUMBER and lo <= v <= hi), f"a number from {lo:g} to {hi:g}"


def _of(type_: type, expected: str) -> Rule:
    return (lambda v: type(v) is type_), expected


def _stop(v: Any) -> bool:
    if type(v) is str:
        return True
    return type(v) is list and len(v) <= 4 and all(type(s) is str for s in v)


def _tokens(v: Any) -> bool:
    return type(v) is list and bool(v) and set(map(type, v)) == _INT and min(v) >= 0


def _text_or_tokens(v: Any) -> bool:
    """A string, or a non-empty array: of strings, of token ids, or of arrays of token ids."""
    if type(v) is str:
        return True
    if type(v) is not list or not v:
        return False
    kinds = set(map(type, v))  # the element types, in C: no bytecode per element
    if kinds == _STR:
        return True
    if kinds == _INT:
        return bool(min(v) >= 0)
    return kinds == _LIST and all(map(_tokens, v))


def _objects(v: Any) -> bool:
    return type(v) is list and all(type(x) is dict for x in v)


_TEXT_OR_TOKENS = (
    "a string, or a non-empty array of strings, of token ids or of arrays of token ids"
)
_COMMON: dict[str, Rule] = {
    "stream": _of(bool, "a boolean"),
    "stream_options": (
        lambda v: type(v) is dict and type(v.get("include_usage", False)) is bool,
        "an object whose 'include_usage' is a boolean",
    ),
    "n": _int(1, 128),
    "max_tokens": _int(1),
    "temperature": _number(0, 2),
    "top_p": _number(0, 1),
    "presence_penalty": _number(-2, 2),
    "frequency_penalty": _number(-2, 2),
    "seed": _of(int, "an integer"),
    "stop": (_stop, "a string or an array of at most 4 strings"),
    "user": _of(str, "a string"),
    "logit_bias": _of(dict, "an object"),
}
_COMMON_TOOLS: Rule = (_objects, "an array of objects")
_CHAT: dict[str, Rule] = {
    **_COMMON,
    "max_completion_tokens": _int(1),
    "logprobs": _of(bool, "a boolean"),
    "top_logprobs": _int(0, 20),
    "tools": _COMMON_TOOLS,
    "tool_choice": ((lambda v: type(v) in (str, dict)), "a string or an object"),
    "parallel_tool_calls": _of(bool, "a boolean"),
    "response_format": (
        lambda v: type(v) is dict and type(v.get("type")) is str,
        "an object with a string 'type'",
    ),
    "functions": (_objects, "an array of objects"),
    "function_call": ((lambda v: type(v) in (str, dict)), "a string or an object"),
    "store": _of(bool, "a boolean"),
    "metadata": _of(dict, "an object"),
}
_COMPLETIONS: dict[str, Rule] = {
    **_COMMON,
    "max_tokens": _int(0),  # 0 with echo scores a prompt without generating
    "logprobs": _int(0, 5),
    "best_of": _int(0, 20),
    "echo": _of(bool, "a boolean"),
    "suffix": _of(str, "a string"),
}
_EMBEDDINGS: dict[str, Rule] = {
    # stream, n and max_tokens mean nothing here, but a wrong type was refused before: still is.
    "stream": _COMMON["stream"],
    "stream_options": _COMMON["stream_options"],
    "n": _COMMON["n"],
    "max_tokens": _COMMON["max_tokens"],
    "dimensions": _int(1),
    "encoding_format": ((lambda v: v in ("float", "base64")), "'float' or 'base64'"),
    "user": _COMMON["user"],
}
# OpenAI's Responses API, where it is passed through: the fields a gateway step reads.
_RESPONSES: dict[str, Rule] = {
    "stream": _COMMON["stream"],
    "temperature": _COMMON["temperature"],
    "top_p": _COMMON["top_p"],
    "user": _COMMON["user"],
    "max_output_tokens": _int(1),
    "instructions": _of(str, "a string"),
    "tools": _COMMON_TOOLS,
    "tool_choice": _CHAT["tool_choice"],
    "parallel_tool_calls": _CHAT["parallel_tool_calls"],
    "store": _CHAT["store"],
    "metadata": _CHAT["metadata"],
    "previous_response_id": _of(str, "a string"),
}
# Anthropic's Messages API, where it is passed through: the fields a gateway step reads.
_MESSAGES: dict[str, Rule] = {
    "stream": _COMMON["stream"],
    "max_tokens": _COMMON["max_tokens"],
    "temperature": _number(0, 1),
    "top_p": _COMMON["top_p"],
    "top_k": _int(0),
    "system": ((lambda v: type(v) is str or _objects(v)), "a string or an array of blocks"),
    "stop_sequences": (
        lambda v: type(v) is list and all(type(x) is str for x in v),
        "an array of strings",
    ),
    "tools": _COMMON_TOOLS,
    "tool_choice": _of(dict, "an object"),
    "metadata": _CHAT["metadata"],
}
_RULES: dict[str, dict[str, Rule]] = {
    "chat": _CHAT,
    "completions": _COMPLETIONS,
    "embeddings": _EMBEDDINGS,
    "responses": _RESPONSES,
    "messages": _MESSAGES,
}
_REQUIRED: dict[str, str] = {"completions": "prompt", "embeddings": "input"}


def check_params(endpoint: str, body: dict[str, Any]) -> None:
    """Raise a 400 naming the first field of ``body`` of the wrong type or out of range."""
    model = body.get("model")
    if type(model) is not str or not model:
        raise GatewayError.bad_request("'model' is required and must be a string.", param="model")
    if endpoint == "chat":
        check_messages(body.get("messages"))
    elif endpoint == "messages":
        messages = body.get("messages")
        if not _objects(messages) or not messages:
            raise GatewayError.bad_request(
                "'messages' is required and must be a non-empty array of messages.",
                param="messages",
            )
        if type(body.get("max_tokens")) is not int:
            raise GatewayError.bad_request("'max_tokens' is required.", param="max_tokens")
    elif endpoint == "responses":
        text = body.get("input")
        if not (type(text) is str or _objects(text)) and "previous_response_id" not in body:
            raise GatewayError.bad_request(
                "'input' is required and must be a string or an array of items.", param="input"
            )
    else:
        field = _REQUIRED[endpoint]
        if not _text_or_tokens(body.get(field)):
            raise GatewayError.bad_request(
                f"'{field}' is required and must be {_TEXT_OR_TOKENS}.", param=field
            )
    rules = _RULES[endpoint]
    for name, value in body.items():
        rule = rules.get(name)
        if rule is not None and value is not None and not rule[0](value):
            raise _bad(name, rule[1])


def check_messages(messages: Any) -> None:
    """A non-empty array of messages, each with a known role and content of the right shape."""
    if type(messages) is not list or not messages:
        raise GatewayError.bad_request(
            "'messages' is required and must be a non-empty array of messages.", param="messages"
        )
    for i, message in enumerate(messages):
        if type(message) is not dict:
            raise _bad(f"messages[{i}]", "an object with a 'role'")
        role = message.get("role")
        if type(role) is not str or role not in _ROLE_SET:
            raise _bad(f"messages[{i}].role", "one of " + ", ".join(map(repr, ROLES)))
        content = message.get("content")
        # The common case, a string from anyone but an assistant, stops here.
        if type(content) is not str or role == "assistant":
            _check_message(i, role, content, message)


def _check_message(i: int, role: str, content: Any, message: dict[str, Any]) -> None:
    if role == "assistant":
        calls = message.get("tool_calls")
        if calls is not None and (not _objects(calls) or not calls):
            raise _bad(f"messages[{i}].tool_calls", "a non-empty array of objects")
    if type(content) is list:
        if not content:
            raise _bad(f"messages[{i}].content", "a string or a non-empty array of content parts")
        for j, part in enumerate(content):
            if type(part) is not dict or type(part.get("type")) is not str:
                raise _bad(f"messages[{i}].content[{j}]", "an object with a string 'type'")
    elif content is None:
        # Only an assistant's call of a tool or function may come without content.
        if role == "function" or (
            role == "assistant"
            and any(message.get(k) is not None for k in ("tool_calls", "function_call", "audio"))
        ):
            return
        raise _bad(f"messages[{i}].content", "a string or an array of content parts")
    elif type(content) is not str:
        raise _bad(f"messages[{i}].content", "a string or an array of content parts")
