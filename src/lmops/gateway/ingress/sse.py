"""A chat completions SSE stream, read event by event into another API's events.

:class:`ChatStream` splits the bytes into events (they arrive in pieces that need not align),
follows the answer (text, reasoning, tool calls, finish reason, usage) and calls one hook per
step; a subclass turns each into its own API's events. It also keeps what it saw, so the whole
answer can be stored once the stream has ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["ChatStream", "ToolCall"]

Json = dict[str, Any]


@dataclass(slots=True)
class ToolCall:
    index: int
    id: str
    name: str
    arguments: str = ""


class ChatStream:
    """Feed it the chat stream's bytes; it returns the translated bytes for each piece."""

    def __init__(self) -> None:
        self._buffer = b""
        self.started = False
        self.ended = False
        self.id = ""
        self.model = ""
        self.text = ""
        self.reasoning = ""
        self.tool_calls: dict[int, ToolCall] = {}
        self.finish_reason: str | None = None
        self.usage: Json | None = None

    def feed(self, data: bytes) -> bytes:
        buffer = self._buffer + data if self._buffer else data
        if b"\r" in buffer:  # CRLF framing: read as LF (a lone CR waits for what follows)
            buffer = buffer.replace(b"\r\n", b"\n")
        out: list[bytes] = []
        start = 0
        find = buffer.find
        while not self.ended and (end := find(b"\n\n", start)) >= 0:
            out.append(self._read_event(buffer[start:end]))
            start = end + 2
        self._buffer = buffer[start:]
        return b"".join(out)

    def _read_event(self, event: bytes) -> bytes:
        if event.startswith(b"data: ") and b"\n" not in event:
            data = event[6:]  # what nearly every upstream sends: one data line
        else:
            data = b"".join(
                line[5:].strip() for line in event.splitlines() if line.startswith(b"data:")
            )
        if not data:
            return b""
        if data == b"[DONE]":
            self.ended = True
            return self._read_start({}) + self.on_end()
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return b""
        if not isinstance(chunk, dict):
            return b""
        if "error" in chunk:
            self.ended = True
            error = chunk["error"] if isinstance(chunk["error"], dict) else {}
            status = 400 if error.get("type") == "invalid_request_error" else 500
            return self.on_error(status, orjson.dumps(chunk))
        out = self._read_start(chunk)
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            out += self._read_delta(choice.get("delta") or {})
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return out

    def _read_start(self, chunk: Json) -> bytes:
        if self.started:
            return b""
        self.started = True
        self.id = str(chunk.get("id") or "")
        self.model = str(chunk.get("model") or "")
        return self.on_start(chunk)

    def _read_delta(self, delta: Json) -> bytes:
        out = b""
        reasoning = delta.get("reasoning_content")
        if isinstance(reasoning, str) and reasoning:
            self.reasoning += reasoning
            out += self.on_reasoning(reasoning)
        for block in delta.get("thinking_blocks") or ():
            if isinstance(block, dict):
                out += self.on_thinking_block(block)
        text = delta.get("content")
        if isinstance(text, str) and text:
            self.text += text
            out += self.on_text(text)
        for raw in delta.get("tool_calls") or ():
            if not isinstance(raw, dict):
                continue
            index = raw.get("index", 0)
            function = raw.get("function") or {}
            call = self.tool_calls.get(index)
            if call is None:
                call = ToolCall(index, str(raw.get("id") or ""), str(function.get("name") or ""))
                self.tool_calls[index] = call
                out += self.on_tool_start(call)
            arguments = function.get("arguments")
            if isinstance(arguments, str) and arguments:
                call.arguments += arguments
                out += self.on_tool_arguments(call, arguments)
        return out

    # The hooks: each returns the bytes to send for its step.
    def on_start(self, chunk: Json) -> bytes:
        return b""

    def on_reasoning(self, text: str) -> bytes:
        return b""

    def on_thinking_block(self, block: Json) -> bytes:
        return b""

    def on_text(self, text: str) -> bytes:
        return b""

    def on_tool_start(self, call: ToolCall) -> bytes:
        return b""

    def on_tool_arguments(self, call: ToolCall, delta: str) -> bytes:
        return b""

    def on_end(self) -> bytes:
        return b""

    def on_error(self, status: int, error: bytes) -> bytes:
        return b""
