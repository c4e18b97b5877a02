"""Fast, conservative token estimates for admission control, and completion text from a stream.

The gateway reserves tokens and money before it calls an upstream, so the estimate must be cheap
(it runs on every request) and should rarely fall below the real count; the real usage settles
the reservation afterwards. No tokenizer is used: OpenAI's tokenizers average about four
characters per token on English, so one token per three characters leaves a margin. Scripts
that need several UTF-8 bytes a character are split more finely by every tokenizer, so each byte
past the first adds half a token: about 0.8 tokens a character for Cyrillic or Arabic, 1.3 for
Chinese, Japanese or Hindi, while an accent or a curly quote in English text adds only a little.
tiktoken is deliberately not used: it downloads its encodings on first use, and the request path
must never wait on the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import orjson

__all__ = [
    "IMAGE_PART_TOKENS",
    "completion_text_from_sse",
    "count_text_tokens",
    "estimate_prompt_tokens",
]

# A high-detail 1024x1024 image on GPT-4o (85 + 4 tiles x 170); any non-text part counts as one.
IMAGE_PART_TOKENS: Final = 765
# OpenAI's chat format adds 3 tokens per message (4 on older models) and 3 to prime the reply.
_PER_MESSAGE: Final = 4
_PER_NAME: Final = 1
_REPLY_PRIMING: Final = 3
_TEXT_PARTS: Final = frozenset({"text", "input_text"})
# Generated text in a streamed chat delta; reasoning_content is DeepSeek's, reasoning others'.
_DELTA_TEXT: Final = frozenset({"content", "reasoning_content", "reasoning", "refusal"})


def count_text_tokens(text: str) -> int:
    """A conservative token count: a third of a token a character, plus half a token for each
    UTF-8 byte of a character past its first."""
    chars = len(text)
    if text.isascii():
        return (chars + 2) // 3
    extra = len(text.encode("utf-8", "surrogatepass")) - chars
    return (2 * chars + 3 * extra + 5) // 6


def _count_json(value: Any) -> int:
    try:
        raw = orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError: not something a parsed body can hold
        return 0
    return (len(raw) + 2) // 3 if raw.isascii() else count_text_tokens(raw.decode())


def estimate_prompt_tokens(endpoint: str, body: Mapping[str, Any]) -> int:
    """Estimate the prompt tokens of a request ``body`` (parsed JSON) for ``endpoint``.

    ``endpoint`` is ``"chat"``, ``"completions"``, ``"embeddings"``, ``"responses"`` (its
    instructions and input items) or ``"messages"`` (Anthropic's); for anything else the
    whole body is counted as JSON text. Parts of the wrong shape are skipped, never raised on.
    """
    if endpoint == "chat":
        return _chat_tokens(body)
    if endpoint == "completions":
        return _prompt_tokens(body.get("prompt"))
    if endpoint == "embeddings":
        return _prompt_tokens(body.get("input"))
    if endpoint == "messages":  # Anthropic's: chat-like turns, the system prompt apart
        system = body.get("system")
        return _chat_tokens(body) + (
            count_text_tokens(system) if isinstance(system, str) else _count_json(system or [])
        )
    if endpoint == "responses":
        instructions, items = body.get("instructions"), body.get("input")
        text = _prompt_tokens(items) if isinstance(items, str) else _count_json(items or [])
        return text + (_prompt_tokens(instructions) if isinstance(instructions, str) else 0)
    return _count_json(dict(body))


def _chat_tokens(body: Mapping[str, Any]) -> int:
    total = _REPLY_PRIMING
    messages = body.get("messages")
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, dict):
                total += _PER_MESSAGE + _message_tokens(message)
    for key in ("tools", "functions"):
        definitions = body.get(key)
        if definitions:
            total += _count_json(definitions)
    return total


def _message_tokens(message: dict[str, Any]) -> int:
    content = message.get("content")
    if len(message) == 2 and type(content) is str:  # role and text: the common message
        return count_text_tokens(content)
    total = _content_tokens(content)
    name = message.get("name")
    if isinstance(name, str):
        total += count_text_tokens(name) + _PER_NAME
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for call in calls:
            if isinstance(call, dict):
                total += _function_tokens(call.get("function"))
    function_call = message.get("function_call")
    if function_call is not None:
        total += _function_tokens(function_call)
    return total


def _content_tokens(content: Any) -> int:
    if isinstance(content, str):
        return count_text_tokens(content)
    if not isinstance(content, list):
        return 0
    total = 0
    for part in content:
        if isinstance(part, dict):
            if part.get("type") in _TEXT_PARTS:
                text = part.get("text")
                total += count_text_tokens(text) if isinstance(text, str) else 0
            else:  # image_url, input_audio, file, ...
                total += IMAGE_PART_TOKENS
        elif isinstance(part, str):
            total += count_text_tokens(part)
    return total


def _function_tokens(function: Any) -> int:
    if not isinstance(function, dict):
        return 0
    total = 0
    name = function.get("name")
    if isinstance(name, str):
        total += count_text_tokens(name)
    arguments = function.get("arguments")
    if isinstance(arguments, str):
        total += count_text_tokens(arguments)
    elif arguments is not None:
        total += _count_json(arguments)
    return total


def _prompt_tokens(prompt: Any) -> int:
    """A completions ``prompt`` or embeddings ``input``: text, texts, token ids, or lists of ids."""
    if isinstance(prompt, str):
        return count_text_tokens(prompt)
    if not isinstance(prompt, list):
        return 0
    total = 0
    for item in prompt:
        if isinstance(item, str):
            total += count_text_tokens(item)
        elif type(item) is int:
            total += 1
        elif isinstance(item, list):
            total += len(item)
    return total


# --- streamed completions ------------------------------------------------------------------------


def completion_text_from_sse(data: bytes) -> str:
    """The generated text of an OpenAI SSE stream, for counting when no usage came with it.

    Joins each choice's ``delta.content`` (chat), ``text`` (completions), reasoning text, and tool
    call names and arguments. Malformed or truncated events are skipped.
    """
    parts: list[str] = []
    pending: list[bytes] = []
    for line in data.splitlines():
        if not line:
            if pending:
                _collect(b"\n".join(pending), parts)
                pending.clear()
        elif line.startswith(b"data:"):
            pending.append(line[6:] if line.startswith(b"data: ") else line[5:])
    if pending:
        _collect(b"\n".join(pending), parts)
    return "".join(parts)


def _collect(payload: bytes, parts: list[str]) -> None:
    if payload == b"[DONE]":
        return
    try:
        event = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return
    choices = event.get("choices") if isinstance(event, dict) else None
    if not isinstance(choices, list):
        return
    for choice in choices:
        if not isinstance(choice, dict):
            continue
        text = choice.get("text")
        if isinstance(text, str):
            parts.append(text)
        delta = choice.get("delta")
        if isinstance(delta, dict):
            _collect_delta(delta, parts)


def _collect_delta(delta: dict[str, Any], parts: list[str]) -> None:
    # Iterating the delta's own keys: it usually holds just content (and a role once).
    for key, value in delta.items():
        if key in _DELTA_TEXT:
            if isinstance(value, str):
                parts.append(value)
        elif key == "tool_calls" and isinstance(value, list):
            for call in value:
                if isinstance(call, dict):
                    _collect_function(call.get("function"), parts)
        elif key == "function_call":
            _collect_function(value, parts)


def _collect_function(function: Any, parts: list[str]) -> None:
    if isinstance(function, dict):
        for key in ("name", "arguments"):
            value = function.get(key)
            if isinstance(value, str):
                parts.append(value)
