"""What an upstream's error body says, in every shape OpenAI-compatible servers send it.

OpenAI's ``{"error": {"message", "type"}}`` and Ollama's ``{"error": "..."}``; Cohere's and
Together's ``{"message": ...}``; vLLM's ``{"object": "error", "message": ...}``; FastAPI's
``{"detail": "..."}`` and pydantic's ``{"detail": [{"loc", "msg"}, ...]}`` (Mistral sends that
list as its body, inside its ``message``, or as JSON text inside its ``message``); plain text.
llama.cpp names a prompt over its context size by the error type ``exceed_context_size_error``
(status 400, 500 in some builds), in words that match none of OpenAI's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["ErrorBody", "read_error_body"]

_LIMIT = 500  # characters of an upstream's message passed on
_CONTEXT_SIZE_TYPE = "exceed_context_size_error"


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """``message``: the upstream's own words, if any. ``exceeds_context``: said by its type."""

    message: str | None
    exceeds_context: bool = False


def read_error_body(raw: bytes) -> ErrorBody:
    """Read a non-2xx body; a pydantic error reads as ``body.store: Extra inputs ...``."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return ErrorBody(raw.decode("utf-8", "replace").strip()[:_LIMIT] or None)
    if not isinstance(data, dict):
        return ErrorBody(None)
    error = data.get("error")
    if isinstance(error, str):
        return ErrorBody(error[:_LIMIT] or None)
    if isinstance(error, dict):
        data = error
    message = _readable(data.get("message")) or _readable(data.get("detail"))
    return ErrorBody(message[:_LIMIT] if message else None, data.get("type") == _CONTEXT_SIZE_TYPE)


def _readable(value: Any, depth: int = 0) -> str | None:
    """Text of a message that may be a string, JSON in a string, an object or a list of errors."""
    if depth > 3:
        return None
    if isinstance(value, str):
        if value[:1] in ("{", "["):
            try:
                return _readable(orjson.loads(value), depth + 1) or value
            except orjson.JSONDecodeError:
                return value
        return value or None
    if isinstance(value, dict):
        if isinstance(value.get("msg"), str):
            loc = value.get("loc")
            where = ".".join(map(str, loc)) if isinstance(loc, list) else ""
            return f"{where}: {value['msg']}" if where else str(value["msg"])
        return _readable(value.get("message") or value.get("detail"), depth + 1)
    if isinstance(value, list):
        return "; ".join(part for item in value if (part := _readable(item, depth + 1))) or None
    return None
