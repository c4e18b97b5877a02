"""Gemini ``generateContent`` answers and SSE streams rewritten as OpenAI chat completions.

Candidates become choices; text parts the message content (thought summaries left out);
``functionCall`` parts tool calls, with ids made here (see
:func:`lmops.providers._gemini_request.tool_call_id`). Gemini ends a turn of function calls with
``STOP``, so a choice with tool calls finishes with ``tool_calls``. ``usageMetadata`` becomes
OpenAI's usage: thinking tokens are completion tokens (``reasoning_tokens``), as OpenAI counts
them, and the prompt count includes the tool-use prompt.

A stream is a series of partial answers, each with a few parts of some candidates; the last
carries ``finishReason``. Function calls arrive whole, so each is one tool-call delta.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import orjson

from lmops.providers._gemini_request import tool_call_id
from lmops.providers._gemini_schema import Json

__all__ = ["StreamTranslator", "block_reason", "chat_completion", "usage"]

_FILTERED = frozenset(
    {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY"}
)
_FINISH_REASONS = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    **dict.fromkeys(_FILTERED, "content_filter"),
}


def block_reason(data: Json) -> str | None:
    """Why Gemini gave no answer at all, if a filter stopped it: the prompt was blocked, or
    every candidate was stopped before any content. None for an answer."""
    feedback = data.get("promptFeedback") or {}
    reason = feedback.get("blockReason")
    if reason:
        return f"the prompt was blocked ({_detail(reason, feedback)})"
    candidates = data.get("candidates") or []
    if candidates and all(c.get("finishReason") in _FILTERED and not _parts(c) for c in candidates):
        reasons = sorted({str(c["finishReason"]) for c in candidates})
        return f"the answer was blocked ({_detail(', '.join(reasons), candidates[0])})"
    return None


def _detail(reason: str, source: Json) -> str:
    categories = [
        str(r.get("category"))
        for r in source.get("safetyRatings") or []
        if isinstance(r, dict) and r.get("blocked")
    ]
    message = source.get("blockReasonMessage") or source.get("finishMessage")
    extra = "; ".join([*categories, *([str(message)] if message else [])])
    return f"{reason}: {extra}" if extra else str(reason)


def chat_completion(data: Json, model: str) -> Json:
    """A ``chat.completion`` from a whole answer (``block_reason`` must have said None)."""
    candidates = data.get("candidates")
    if not candidates:
        raise ValueError("an answer without candidates")
    return {
        "id": _completion_id(data),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": data.get("modelVersion") or model,
        "choices": [_choice(c, i) for i, c in enumerate(candidates)],
        "usage": usage(data.get("usageMetadata") or {}),
    }


def _choice(candidate: Json, position: int) -> Json:
    texts: list[str] = []
    calls: list[Json] = []
    for part in _parts(candidate):
        if "functionCall" in part:
            calls.append(_tool_call(part))
        elif isinstance(part.get("text"), str):
            texts.append(part["text"])
    # OpenAI reports null content when the turn is only tool calls.
    message: Json = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        message["tool_calls"] = calls
    return {
        "index": candidate.get("index", position),
        "message": message,
        "logprobs": None,
        "finish_reason": _finish_reason(candidate.get("finishReason"), bool(calls)),
    }


def _parts(candidate: Json) -> list[Json]:
    """The parts of a candidate that are answer, not thought summaries."""
    parts = (candidate.get("content") or {}).get("parts") or []
    return [p for p in parts if isinstance(p, dict) and not p.get("thought")]


def _tool_call(part: Json) -> Json:
    call = part["functionCall"]
    arguments = orjson.dumps(call.get("args") or {}).decode()
    return {
        "id": tool_call_id(call.get("id"), part.get("thoughtSignature")),
        "type": "function",
        "function": {"name": call["name"], "arguments": arguments},
    }


def _finish_reason(reason: Any, called: bool) -> str:
    finish = _FINISH_REASONS.get(reason, "stop")
    return "tool_calls" if called and finish == "stop" else finish


def _completion_id(data: Json) -> str:
    response_id = data.get("responseId")
    return f"chatcmpl-{response_id or uuid.uuid4().hex}"


def usage(meta: Json) -> Json:
    """OpenAI's usage object from Gemini's ``usageMetadata``."""
    prompt = (meta.get("promptTokenCount") or 0) + (meta.get("toolUsePromptTokenCount") or 0)
    thoughts = meta.get("thoughtsTokenCount") or 0
    completion = (meta.get("candidatesTokenCount") or 0) + thoughts
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": meta.get("cachedContentTokenCount") or 0},
        "completion_tokens_details": {"reasoning_tokens": thoughts},
    }


class StreamTranslator:
    """Turns one partial Gemini answer at a time into OpenAI SSE chunks.

    A choice's role chunk goes out with its first content, so that until then nothing has been
    sent and a blocked answer can still be refused as a whole (``started`` tells).
    """

    def __init__(self, model: str, usage_chunk: bool) -> None:
        self.head: Json = {
            "id": None,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
        }
        self.usage_chunk = usage_chunk
        self.usage: Json | None = None
        self.calls: dict[int, int] = {}  # per choice: the tool calls sent so far
        self.opened: set[int] = set()
        self.finished: set[int] = set()

    @property
    def started(self) -> bool:
        return bool(self.opened)

    @property
    def complete(self) -> bool:
        """Whether every choice that began has finished (and at least one did)."""
        return bool(self.finished) and self.opened <= self.finished

    def feed(self, data: Json) -> list[bytes]:
        if self.head["id"] is None:
            self.head["id"] = _completion_id(data)
        if data.get("modelVersion"):
            self.head["model"] = data["modelVersion"]
        if isinstance(data.get("usageMetadata"), dict):
            self.usage = usage(data["usageMetadata"])  # counts so far: the last one holds
        out: list[bytes] = []
        for position, candidate in enumerate(data.get("candidates") or []):
            index = candidate.get("index", position)
            for part in _parts(candidate):
                out += self._part(index, part)
            reason = candidate.get("finishReason")
            if reason:
                called = self.calls.get(index, 0) > 0
                out += self._chunk(index, {}, _finish_reason(reason, called))
                self.finished.add(index)
        return out

    def end(self) -> list[bytes]:
        """The last chunks, once the upstream's stream is over and ``complete``."""
        if not self.usage_chunk or self.usage is None:
            return [b"data: [DONE]\n\n"]
        return [_sse({**self.head, "choices": [], "usage": self.usage}), b"data: [DONE]\n\n"]

    def _part(self, index: int, part: Json) -> list[bytes]:
        if "functionCall" in part:
            position = self.calls.get(index, 0)
            self.calls[index] = position + 1
            return self._chunk(index, {"tool_calls": [{"index": position, **_tool_call(part)}]})
        text = part.get("text")
        return self._chunk(index, {"content": text}) if isinstance(text, str) and text else []

    def _chunk(self, index: int, delta: Json, finish_reason: str | None = None) -> list[bytes]:
        chunks = []
        if index not in self.opened:
            self.opened.add(index)
            chunks.append(self._one(index, {"role": "assistant", "content": ""}, None))
        chunks.append(self._one(index, delta, finish_reason))
        return chunks

    def _one(self, index: int, delta: Json, finish_reason: str | None) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return _sse({**self.head, "choices": [choice]})


def _sse(obj: Json) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"
