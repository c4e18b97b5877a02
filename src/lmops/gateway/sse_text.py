"""The generated text inside OpenAI answers, read and rewritten: whole bodies and SSE events.

Text lives in slots: a choice's ``message.content`` (streams: ``delta.content``), a completion's
``text``, and each tool call's ``function.arguments``. A slot is ``(choice index, "text")`` or
``(choice index, tool call index)``. Everything else in an event is kept as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import orjson

from lmops.providers.base import SSE_EVENT_END

__all__ = [
    "TEXT",
    "EventBuffer",
    "Slot",
    "body_slots",
    "carrier_event",
    "event_slots",
    "finished_choices",
    "rewrite_body",
    "rewrite_event",
]

TEXT = "text"
Slot = tuple[int, str | int]
_Holder = tuple[dict[str, Any], str]


class EventBuffer:
    """Cuts a byte stream into whole SSE events (each with its blank-line terminator)."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk
        events: list[bytes] = []
        start = 0
        for match in SSE_EVENT_END.finditer(data):
            events.append(data[start : match.end()])
            start = match.end()
        self._pending = data[start:]
        return events

    def rest(self) -> bytes:
        """What came after the last whole event (a stream cut mid-event)."""
        rest, self._pending = self._pending, b""
        return rest


def _payload(event: bytes) -> dict[str, Any] | None:
    """The JSON object of a ``data:`` event, or None ([DONE], comments, anything else)."""
    lines = [line for line in event.splitlines() if line.startswith(b"data:")]
    if not lines:
        return None
    data = b"\n".join(line[5:].strip() for line in lines)
    if not data.startswith(b"{"):
        return None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _choices(data: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    choices = data.get("choices")
    if not isinstance(choices, list):
        return
    for position, choice in enumerate(choices):
        if isinstance(choice, dict):
            index = choice.get("index", position)
            yield (index if isinstance(index, int) else position), choice


def _holders(choice: dict[str, Any], stream: bool) -> Iterator[tuple[str | int, _Holder]]:
    """Where a choice keeps its text: (slot key, (the dict, the key in it))."""
    if isinstance(choice.get("text"), str):
        yield TEXT, (choice, "text")
    message = choice.get("delta" if stream else "message")
    if not isinstance(message, dict):
        return
    if isinstance(message.get("content"), str):
        yield TEXT, (message, "content")
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                index = call.get("index", position)
                yield (index if isinstance(index, int) else position), (function, "arguments")


def _slots(data: dict[str, Any], stream: bool) -> dict[Slot, _Holder]:
    return {
        (index, key): holder
        for index, choice in _choices(data)
        for key, holder in _holders(choice, stream)
    }


def event_slots(event: bytes) -> dict[Slot, str]:
    """Each slot's text piece in one SSE event."""
    data = _payload(event)
    if data is None:
        return {}
    return {slot: h[0][h[1]] for slot, h in _slots(data, stream=True).items()}


def finished_choices(event: bytes) -> set[int]:
    """The choices an event finishes (``finish_reason`` set)."""
    data = _payload(event)
    if data is None:
        return set()
    return {i for i, choice in _choices(data) if choice.get("finish_reason")}


def rewrite_event(event: bytes, pieces: dict[Slot, str]) -> bytes:
    """``event`` with its slots' text pieces replaced by ``pieces``."""
    data = _payload(event)
    if data is None:
        return event
    for slot, (holder, key) in _slots(data, stream=True).items():
        if slot in pieces:
            holder[key] = pieces[slot]
    return b"data: " + orjson.dumps(data) + b"\n\n"


def carrier_event(template: bytes, slot: Slot, text: str) -> bytes:
    """A fresh event with only ``text`` for ``slot``, dressed like ``template`` (id, model)."""
    data = _payload(template) or {}
    out: dict[str, Any] = {k: data[k] for k in ("id", "object", "created", "model") if k in data}
    index, key = slot
    if key == TEXT:
        delta: dict[str, Any] = {"content": text}
    else:
        delta = {"tool_calls": [{"index": key, "function": {"arguments": text}}]}
    out["choices"] = [{"index": index, "delta": delta, "finish_reason": None}]
    return b"data: " + orjson.dumps(out) + b"\n\n"


def body_slots(body: bytes) -> dict[Slot, str]:
    """Each slot's text in a whole (not streamed) answer."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {slot: h[0][h[1]] for slot, h in _slots(data, stream=False).items()}


def rewrite_body(body: bytes, change: Callable[[Slot, str], str]) -> bytes:
    """``body`` with each slot's text replaced by ``change(slot, text)``."""
    data = orjson.loads(body)
    for slot, (holder, key) in _slots(data, stream=False).items():
        holder[key] = change(slot, holder[key])
    return orjson.dumps(data)
